"""Export screen: prepare and download tables (CSV, XLSX), the Word report, REFI-QDA and the codebook."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import streamlit as st

from pipeline.errors import NeedsmapError
from pipeline.ui import state
from pipeline.ui.keys import Keys

FILES_KEY = "export_files"
ERROR_KEY = "export_error"

# name -> (what it is, mime type)
DESCRIPTIONS = {
    "needsmap-tables-csv.zip": ("The study tables as CSV files (one per table), zipped", "application/zip"),
    "needsmap-tables.xlsx": ("The study tables in one Excel workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "needsmap-report.docx": ("A Word report with Tables 1-3 and the frequency tables", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "codings.csv": ("Every coder's decisions, one row per coder, passage and code", "text/csv"),
    "project.qdpx": ("The whole project for NVivo, ATLAS.ti or MAXQDA (REFI-QDA)", "application/zip"),
    "codebook.yaml": ("The current codebook (YAML, for needsmap)", "application/x-yaml"),
    "codebook.csv": ("The current codebook (CSV, for a spreadsheet)", "text/csv"),
}


def build_exports(database) -> dict[str, bytes]:
    """Every download, as bytes by file name (built in a temporary folder, nothing kept)."""
    from pipeline.codebook import current_codebook, to_csv, to_yaml
    from pipeline.exporters.codings import export_codings
    from pipeline.exporters.tables_files import export_tables
    from pipeline.refi import export_qdpx

    files: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="needsmap-export-") as tmp:
        out = Path(tmp)
        with database.session() as s:
            paths = export_tables(s, out / "tables")
            export_codings(s, out / "codings.csv")
            spec = current_codebook(s)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for p in paths:
                if p.suffix == ".csv":
                    zf.write(p, p.name)
        files["needsmap-tables-csv.zip"] = buf.getvalue()
        for p in paths:
            if p.suffix in (".xlsx", ".docx"):
                files[p.name] = p.read_bytes()
        files["codings.csv"] = (out / "codings.csv").read_bytes()
        qdpx = export_qdpx(database, out / "project.qdpx")
        files["project.qdpx"] = Path(qdpx).read_bytes()
    files["codebook.yaml"] = to_yaml(spec).encode("utf-8")
    files["codebook.csv"] = to_csv(spec).encode("utf-8")
    return files


def _on_build() -> None:
    try:
        st.session_state[FILES_KEY] = build_exports(state.db())
    except NeedsmapError as err:
        st.session_state[ERROR_KEY] = state.error_words(err)


def render() -> None:
    st.title("Export")
    st.write("Make files to share or to open in other programs. Only pseudonyms are written, never real names. "
             "The files are made on this computer and stay on it until you download them.")
    st.button("Prepare the files", key=Keys.EXPORT_BUILD, on_click=_on_build, type="primary",
              icon=":material/inventory_2:")
    problem = st.session_state.pop(ERROR_KEY, None)
    if problem:
        st.error(problem, icon=":material/error:")
    files = st.session_state.get(FILES_KEY)
    if not files:
        st.caption("Press the button to make the files (this takes a few seconds).")
        return
    for name, data in files.items():
        what, mime = DESCRIPTIONS.get(name, (name, "application/octet-stream"))
        c1, c2 = st.columns([7, 3], vertical_alignment="center")
        c1.markdown(f"**{name}** — {what}")
        c2.download_button("Download", data=data, file_name=name, mime=mime, key=Keys.DOWNLOAD.of(name),
                           icon=":material/download:", width="stretch", on_click="ignore")

