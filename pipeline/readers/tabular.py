"""CSV and XLSX transcripts: one row per turn, columns found by their header names."""

from __future__ import annotations

import csv
import io

from ..errors import NeedsmapError, ProblemList
from ..records import ParsedTranscript, RawTurn
from .columns import guess_columns, header_columns
from .labels import TS_RE, clean_label
from .text import unify_labels

csv.field_size_limit(10_000_000)


def _rows_to_turns(rows: list[tuple[int, list[str]]], name: str, fmt: str) -> ParsedTranscript:
    """Build turns from (line number, cells) rows whose first row is the header."""
    problems = ProblemList(name)
    header_at = next((k for k, (_, cells) in enumerate(rows) if any(c.strip() for c in cells)), None)
    if header_at is None:
        problems.add("E001")
        raise NeedsmapError(problems.items)
    # A title row or two may sit above the header: take the first row naming a text column.
    for k in range(header_at, min(header_at + 10, len(rows))):
        if header_columns(rows[k][1])[1] is not None:
            header_at = k
            break
    header = rows[header_at][1]
    spk, txt, ts = header_columns(header)
    if spk is None and txt is None:
        # No header we know: rows of speaker, text (and maybe time) straight away, or a
        # header in words we do not know ("Intervenant;Horodatage;Texte").
        body = [cells for _, cells in rows[header_at:]]
        guessed = guess_columns(body)
        # A first row with a word where the rows below it have times is a header. (Its
        # word can also hide the time column from the guess over all rows.)
        below = guess_columns(body[1:])
        named_header = False
        if below is not None and below[2] is not None:
            stamp = body[0][below[2]].strip() if below[2] < len(body[0]) else ""
            if stamp and not TS_RE.match(stamp):
                guessed, named_header = below, True
        if guessed is not None:
            spk, txt, ts = guessed
            if not named_header:
                header_at -= 1
    shown = ", ".join(repr(h.strip()) for h in header if h.strip())[:300] or "none"
    if txt is None:
        problems.add("E006", line=rows[header_at][0], columns=shown)
    if spk is None:
        problems.add("E018", line=rows[header_at][0], columns=shown)
    if problems:
        raise NeedsmapError(problems.items)
    turns: list[RawTurn] = []
    for no, cells in rows[max(header_at + 1, 0):]:
        def cell(i: int | None) -> str:
            return cells[i].strip() if i is not None and i < len(cells) and cells[i] is not None else ""

        speaker, words, stamp = clean_label(cell(spk)), " ".join(cell(txt).split()), cell(ts)
        if not speaker and not words:
            continue
        if not words:
            problems.add("E010", line=no)
            continue
        if not speaker:
            problems.add("E019", line=no)
            continue
        turns.append(RawTurn(speaker=speaker, text=words, line=no, timestamp=stamp[:20] or None))
    if problems:
        raise NeedsmapError(problems.items)
    if not turns:
        problems.add("E020")
        raise NeedsmapError(problems.items)
    return ParsedTranscript(source_name=name, format=fmt, turns=unify_labels(turns))


def parse_csv(text: str, name: str) -> ParsedTranscript:
    """Parse decoded CSV (comma, semicolon or tab separated) into turns."""
    # The header row rarely holds quotes, so the separator it uses most is the file's.
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    delimiter = max(",;\t|", key=lambda d: (first.count(d), d == ","))
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows = []
        for cells in reader:
            rows.append((reader.line_num, [c.replace("\x00", "") for c in cells]))
    except csv.Error as exc:
        raise NeedsmapError.of("E009", file=name, reason=str(exc)) from None
    return _rows_to_turns(rows, name, "csv")


def parse_xlsx(data: bytes, name: str) -> ParsedTranscript:
    """Parse .xlsx bytes: the first sheet that has a text column."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheets = []
        for ws in book.worksheets:
            rows = []
            for no, values in enumerate(ws.iter_rows(values_only=True), start=1):
                rows.append((no, ["" if v is None else str(v) for v in values]))
            sheets.append(rows)
        book.close()
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types on damaged files
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise NeedsmapError.of("E012", file=name, reason=reason) from None
    if not sheets:
        raise NeedsmapError.of("E001", file=name)
    first_error: NeedsmapError | None = None
    for rows in sheets:
        try:
            return _rows_to_turns(rows, name, "xlsx")
        except NeedsmapError as err:
            first_error = first_error or err
    raise first_error
