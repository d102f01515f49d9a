"""Write the study tables as CSV files, one XLSX workbook and one Word report.

Only pseudonyms reach these files: the tables are built from `pipeline.tables`,
which never reads speaker labels.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
from sqlalchemy.orm import Session

from ..errors import NeedsmapError, problem

TITLES = {
    "table1_participants": "Table 1. Demographic characteristics of focus group participants",
    "table2_issues_by_sem_level": "Table 2. Issues identified, by socio-ecological level",
    "table3_key_issues_and_strategies": "Table 3. Key issues prioritized by the team, and strategies",
    "code_frequencies_by_site": "Coded segments per issue and site",
    "code_frequencies_by_sem_level": "Coded segments per socio-ecological level and site",
}
NOTES = {
    "table1_participants": "From the demographic questionnaire. Percentages are of all participants (N), "
    "so people who did not answer a question are counted as Unknown rather than left out.",
    "table2_issues_by_sem_level": "Segments: how many transcript passages were coded with the issue. Participants: how many "
    "different people raised it. Focus groups: in how many groups it came up. Where the team resolved a disagreement, "
    "the agreed (consensus) decision is counted. The quote is one example, shown with the speaker's pseudonym only.",
    "table3_key_issues_and_strategies": "Key issues are the ones the peer research assistants ranked highest in the latest "
    "closed priority round (ties kept). If no round has closed yet, the most often coded issues are shown instead. "
    "Strategies are the actions the team linked to each issue.",
    "code_frequencies_by_site": "Number of coded segments for each issue at each site.",
    "code_frequencies_by_sem_level": "Number of coded segments at each socio-ecological level at each site; "
    "a passage with two issues at the same level counts once.",
}
XLSX_NAME = "needsmap-tables.xlsx"
DOCX_NAME = "needsmap-report.docx"
SHEET_NAMES = {
    "table1_participants": "Table 1",
    "table2_issues_by_sem_level": "Table 2",
    "table3_key_issues_and_strategies": "Table 3",
    "code_frequencies_by_site": "By site",
    "code_frequencies_by_sem_level": "By SEM level",
}


def _header(col: str) -> str:
    return col.replace("_", " ").capitalize()


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def write_xlsx(tables: dict[str, pd.DataFrame], path: Path) -> Path:
    """One sheet per table, bold header, wrapped text and widths that fit the content."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    for stem, df in tables.items():
        ws = wb.create_sheet(SHEET_NAMES.get(stem, stem[:31]))
        ws.append([_header(c) for c in df.columns])
        for row in df.itertuples(index=False):
            ws.append([None if (isinstance(v, float) and pd.isna(v)) else v for v in row])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
        for idx, col in enumerate(df.columns, start=1):
            longest = max([len(_header(col))] + [max((len(line) for line in _cell(v).split("\n")), default=0) for v in df[col]])
            ws.column_dimensions[get_column_letter(idx)].width = min(max(10, longest + 2), 60)
            for cell in ws[get_column_letter(idx)][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(path)
    return path


def write_docx(tables: dict[str, pd.DataFrame], path: Path, project: str = "needsmap project") -> Path:
    """A Word report: a heading and plain-language note per table, each a real Word table."""
    from docx import Document

    doc = Document()
    doc.add_heading(f"Needs assessment tables: {project}", level=0)
    doc.add_paragraph(
        f"Made by needsmap on {dt.date.today():%d %B %Y}. People are shown only by pseudonym. "
        "Counts use the team's consensus decisions where a disagreement was resolved."
    )
    for stem, df in tables.items():
        title = TITLES.get(stem, stem)
        if stem == "table1_participants":
            title += f" (N={df.attrs.get('N', 0)})"
        doc.add_heading(title, level=1)
        doc.add_paragraph(NOTES.get(stem, ""))
        if df.empty:
            doc.add_paragraph("Nothing to show yet.")
            continue
        table = doc.add_table(rows=1, cols=len(df.columns))
        table.style = "Table Grid"
        for cell, col in zip(table.rows[0].cells, df.columns):
            cell.text = ""
            cell.paragraphs[0].add_run(_header(col)).bold = True
        for row in df.itertuples(index=False):
            cells = table.add_row().cells
            for cell, value in zip(cells, row):
                cell.text = _cell(value)
    doc.save(path)
    return path


def export_tables(session: Session, out_dir: str | Path) -> list[Path]:
    """Write every study table as CSV, plus one XLSX workbook and one DOCX report; returns the paths."""
    from ..tables import all_tables

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise NeedsmapError(problem("E419", path=str(out)))
    out.mkdir(parents=True, exist_ok=True)
    tables = all_tables(session)
    paths = []
    for stem, df in tables.items():
        path = out / f"{stem}.csv"
        df.to_csv(path, index=False, encoding="utf-8")
        paths.append(path)
    paths.append(write_xlsx(tables, out / XLSX_NAME))
    paths.append(write_docx(tables, out / DOCX_NAME))
    return paths
