"""REFI-QDA exchange: .qdc codebooks and .qdpx projects (QDA-XML 1.0).

Offsets: needsmap writes selection positions in Unicode code points, end exclusive,
as the standard says; on import it detects the units the exporting program used
(UTF-16 units for NVivo, CRLF as one character for ATLAS.ti). See offsets.py.
"""

from __future__ import annotations

from .importer import ImportReport, import_qdpx
from .qdc import read_qdc, write_qdc
from .writer import export_qdpx

__all__ = ["read_qdc", "write_qdc", "export_qdpx", "import_qdpx", "ImportReport"]
