"""Word (.docx) transcripts: speaker conventions in paragraphs, and speaker | text tables.

Paragraphs and tables are read in document order. Paragraphs go through the same
header rules as plain text; a table whose rows are speaker | text (optionally with a
timestamp column) gives one turn per row. Other tables are read as lines.
"""

from __future__ import annotations

import io

from ..errors import NeedsmapError, ProblemList
from ..records import ParsedTranscript
from .columns import guess_columns, header_columns
from .labels import clean_label
from .text import Line, could_be_header, parse_lines

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _is_heading(paragraph) -> bool:
    """True for Word's Title and Heading 1-9 styles (a section title, never a turn)."""
    try:
        name = (paragraph.style.name or "") if paragraph.style is not None else ""
    except (KeyError, AttributeError, ValueError):
        return False
    return name == "Title" or name.startswith("Heading ")


def _cell_text(cell) -> str:
    return " ".join(p.text for p in cell.paragraphs).strip()


def _table_lines(table, start_no: int, problems: ProblemList) -> list[Line]:
    """Rows of a table as header lines (talk tables) or plain lines (anything else)."""
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        last = None
        for cell in row.cells:
            # Merged cells repeat the same cell object; read it once.
            if cell._tc is last:
                continue
            last = cell._tc
            cells.append(_cell_text(cell))
        rows.append(cells)
    out: list[Line] = []
    if not rows:
        return out
    # A title row or two ("Focus group 9 - 14 March", often merged across the table) may sit
    # above the header: the header is the first of the top rows that names both columns,
    # and the titles above it are not talk.
    head = next((k for k in range(min(3, len(rows)))
                 if None not in header_columns(rows[k])[:2]), 0)
    start_no += head
    rows = rows[head:]
    spk, txt, ts = header_columns(rows[0])
    body = rows[1:]
    if spk is None or txt is None:
        guessed = guess_columns(rows)
        if guessed is None:
            for k, r in enumerate(rows):
                out.append(Line(no=start_no + k, text=" ".join(c for c in r if c)))
            return out
        spk, txt, ts = guessed
        body = rows
    offset = 0 if body is rows else 1
    for k, r in enumerate(body):
        no = start_no + k + offset
        speaker = clean_label(r[spk]) if spk < len(r) else ""
        words = r[txt].strip() if txt < len(r) else ""
        stamp = r[ts].strip() if ts is not None and ts < len(r) and r[ts].strip() else None
        if not speaker and not words:
            continue
        if not speaker:
            problems.add("E019", line=no)
            continue
        out.append(Line(no=no, text="", header=(speaker, stamp, words)))
    return out


def parse_docx(data: bytes, name: str, known: tuple[str, ...] = ()) -> ParsedTranscript:
    """Parse .docx bytes into turns, or raise NeedsmapError (damaged file E004, empty E021)."""
    import docx

    problems = ProblemList(name)
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        lines: list[Line] = []
        no = 1
        for child in body.iterchildren():
            if child.tag == f"{_W}p":
                paragraph = Paragraph(child, document)
                if _is_heading(paragraph) and not could_be_header(paragraph.text, known):
                    no += 1  # a section title between turns ("Barriers"), not talk
                    continue
                text = paragraph.text
                for part in text.replace("\r", "\n").split("\n"):
                    lines.append(Line(no=no, text=part))
                no += 1
            elif child.tag == f"{_W}tbl":
                table_lines = _table_lines(Table(child, document), no, problems)
                lines.extend(table_lines)
                no += len(Table(child, document).rows)
    except NeedsmapError:
        raise
    except Exception:  # noqa: BLE001 - python-docx raises many types on a damaged zip or XML
        problems.add("E004")
        raise NeedsmapError(problems.items) from None
    if not any(ln.text.strip() or ln.header for ln in lines):
        problems.add("E021")
        raise NeedsmapError(problems.items)
    try:
        parsed = parse_lines(lines, name, "docx", known)
    except NeedsmapError as err:
        raise NeedsmapError(problems.items + err.problems) from None
    if problems:
        raise NeedsmapError(problems.items)
    return parsed
