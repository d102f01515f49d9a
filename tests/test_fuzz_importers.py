"""Random and broken files at every importer: only NeedsmapError, never a traceback, never partial rows.

Transcript readers and ingest have their own fuzz tests (test_readers_fuzz.py,
test_ingest_fuzz.py); this file covers the other importers: codebooks (YAML, CSV,
.qdc), REFI-QDA projects (.qdpx), the demographics CSV, the labelled-text CSV, the
de-identification roster, and the CLI path once per command.
"""

from __future__ import annotations

import io
import itertools
import json
import sqlite3
import zipfile

from hypothesis import HealthCheck, example, given, settings, strategies as st
from sqlalchemy import func, select

from pipeline.backup import SQLITE_MAGIC, backup, restore
from pipeline.codebook import load_codebook_file, parse_csv, parse_yaml, store_codebook
from pipeline.deid import load_roster
from pipeline.demographics import import_demographics, read_demographics
from pipeline.errors import NeedsmapError
from pipeline.evaluation import parse_labelled_csv, read_labelled_csv
from pipeline.models import Base
from pipeline.refi import import_qdpx, read_qdc
from pipeline.refi.qdc import parse_qdc


def fuzz(n: int):
    return settings(max_examples=n, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


_names = itertools.count()
# An unclosed quote makes one cell swallow the rest of a file: past any csv field size limit.
HUGE_CELL = '"' + "z" * 10_500_000


def _refused_cleanly(err: NeedsmapError) -> None:
    """A refusal says, in words, what went wrong: at least one problem, none blank."""
    assert err.problems
    for p in err.problems:
        assert p.code and p.message and p.message.strip()
        assert "\n" not in p.message  # the CLI prints one line per problem
        assert "Traceback" not in p.message


def _counts(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t.name: conn.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def _write(tmp_path, suffix: str, data: bytes):
    path = tmp_path / f"fuzz{next(_names)}{suffix}"
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- strategies

ODD = st.sampled_from([
    "", " ", "\t", "\x00", "\ufeff", "\u2028", "\r", "\n", "\r\n", '"', '""', "'", ",", ";", "|", ":", "-",
    "é", "Ω", "🙂", "\U0001F9EA", "\u200b", "\u202e", "\ud7ff", "NaN", "null", "~", "0", "-1", "1e309",
    "9" * 40, "x" * 5000, "Ana", "fraser-1", "housing", "self care", "[crosstalk]", "{", "}", "[", "]",
])
CELL = st.one_of(ODD, st.text(max_size=20), st.integers().map(str), st.floats().map(str))


def _csv_text(columns: list[str]):
    """CSV-looking text: a plausible (or mangled) header, then rows of garbage cells."""
    header = st.lists(st.sampled_from(columns + ["", "extra", "ID", " Name ", "\ufeffid", "codes;", "x"]),
                      min_size=0, max_size=len(columns) + 2)
    row = st.lists(CELL, max_size=len(columns) + 3)

    @st.composite
    def build(draw):
        head = draw(st.one_of(st.just(list(columns)), header))
        rows = draw(st.lists(row, max_size=12))
        sep = draw(st.sampled_from([",", ";", "\t"]))
        eol = draw(st.sampled_from(["\n", "\r\n", "\r"]))
        quote = draw(st.booleans())
        cells = (lambda r: [f'"{c}"' if quote else c for c in r])
        text = eol.join(sep.join(cells(r)) for r in [head, *rows])
        if draw(st.booleans()):
            text = "\ufeff" + text
        cut = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=len(text))))
        return text if cut is None else text[:cut]

    return build()


def _encoded(text_strategy):
    """Bytes of the text in a likely encoding, or plain random bytes."""
    encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
    as_bytes = st.tuples(text_strategy, encodings).map(lambda te: te[0].encode(te[1], errors="replace"))
    return st.one_of(as_bytes, st.binary(max_size=1500))


YAML_PIECES = st.sampled_from([
    "codes:\n", "  - id: ", "    label: ", "    parent: ", "    theme: ", "    sem_level: ", "    examples: ",
    "themes:\n", "sem_levels:\n", "name: ", "description: ", "- ", "  ", "\t", "\n", "\r\n", ": ", "&a ", "*a",
    "!!python/object:os.system ", "!!binary ", "? ", "|\n", ">\n", "[", "]", "{", "}", ",", "'", '"', "#", "---\n",
    "...\n", "~", "null", "true", "1.5", "2021-03-31", "\x00", "\ufeff", "é", "🙂", "[[[[[[[[", "x" * 3000,
])
YAML_TEXT = st.lists(st.one_of(YAML_PIECES, st.text(max_size=10)), max_size=50).map("".join)

CODEBOOK_CSV = _csv_text(["id", "label", "definition", "inclusion", "exclusion", "examples", "theme",
                          "sem_level", "parent", "keywords"])
DEMOGRAPHICS_CSV = _csv_text(["participant", "site", "group", "sex", "age_band", "education"])
LABELLED_CSV = _csv_text(["id", "text", "codes"])
ROSTER_CSV = _csv_text(["name", "pseudonym", "aliases"])


# ---------------------------------------------------------------- codebooks


@fuzz(400)
@given(text=YAML_TEXT)
def test_random_yaml_codebook_is_read_or_refused(text):
    try:
        spec = parse_yaml(text, "fuzz.yaml")
    except NeedsmapError as err:
        _refused_cleanly(err)
        return
    assert spec.codes and len(set(spec.code_ids())) == len(spec.codes)


@fuzz(400)
@given(text=CODEBOOK_CSV)
@example(text="id,label,definition\rx,y,z\r")
@example(text="id,label,definition\nx,y," + HUGE_CELL)
def test_random_csv_codebook_is_read_or_refused(text):
    try:
        spec = parse_csv(text, "fuzz.csv")
    except NeedsmapError as err:
        _refused_cleanly(err)
        return
    assert spec.codes and len(set(spec.code_ids())) == len(spec.codes)


def _xml_attr(value: str) -> str:
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;"))


ATTR_VALUE = st.one_of(ODD, st.text(max_size=12), st.uuids().map(str), st.uuids().map(lambda u: "{%s}" % str(u).upper()))
TRAILER_DATA = st.dictionaries(
    st.sampled_from(["id", "theme", "implicit", "definition", "inclusion", "exclusion", "examples", "keywords",
                     "sem_level", "pos", "label", "name", "description", "codebook"]),
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8), st.lists(st.text(max_size=5), max_size=3),
              st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)),
    max_size=6,
)


@st.composite
def _description(draw):
    human = draw(st.text(max_size=15))
    if draw(st.booleans()):
        return _xml_attr(human)
    return _xml_attr(f"{human}\nneedsmap: {json.dumps(draw(TRAILER_DATA))}")


@st.composite
def _code_xml(draw, guids, depth=0):
    guid = draw(st.one_of(st.sampled_from(guids), ATTR_VALUE))
    attrs = {"guid": guid, "name": draw(ATTR_VALUE), "isCodable": draw(st.sampled_from(["true", "false", "0", "", "x"])),
             "color": draw(st.sampled_from(["#FF0000", "#abc", "1,2,3", "rgb(300,1,1)", "", "blue"]))}
    keep = draw(st.lists(st.sampled_from(list(attrs)), unique=True))
    head = " ".join(f'{k}="{_xml_attr(attrs[k])}"' for k in keep)
    inner = ""
    if draw(st.booleans()):
        inner += f"<Description>{draw(_description())}</Description>"
    if depth < 2:
        kids = draw(st.lists(_code_xml(guids, depth + 1), max_size=3))
        inner += "".join(kids)
    return f"<Code {head}>{inner}</Code>"


@st.composite
def _sets_xml(draw, guids):
    sets = []
    for _ in range(draw(st.integers(0, 2))):
        members = "".join(f'<MemberCode guid="{g}"/>' for g in draw(st.lists(st.sampled_from(guids), max_size=3)))
        sets.append(f'<Set name="s" guid="{draw(st.uuids())}"><Description>{draw(_description())}</Description>{members}</Set>')
    return f"<Sets>{''.join(sets)}</Sets>" if sets else ""


GUIDS = [f"00000000-0000-4000-8000-00000000000{i}" for i in range(6)]


@st.composite
def _qdc_bytes(draw):
    """A .qdc that looks right: namespaces, codes nested, descriptions with needsmap data, sets."""
    ns = draw(st.sampled_from(['xmlns="urn:QDA-XML:codebook:1.0"', 'xmlns="urn:QDA-XML:codebook:1:0"', "",
                               'xmlns:q="urn:QDA-XML:codebook:1.0"']))
    top = draw(st.sampled_from(["CodeBook", "Codebook", "Project", "codebook"]))
    codes = "".join(draw(st.lists(_code_xml(GUIDS), max_size=4)))
    comment = draw(st.sampled_from(["", "<!-- needsmap: {\"name\": 5} -->", "<!-- needsmap: {\"name\":\"x\",\"description\":[1]} -->",
                                    "<!-- needsmap: {bad -->"]))
    xml = f'<?xml version="1.0" encoding="utf-8"?><{top} {ns} origin="fuzz">{comment}<Codes>{codes}</Codes>{draw(_sets_xml(GUIDS))}</{top}>'
    data = xml.encode("utf-8")
    cut = draw(st.one_of(st.none(), st.none(), st.integers(0, len(data))))
    return data if cut is None else data[:cut]


@fuzz(300)
@given(data=st.one_of(_qdc_bytes(), st.binary(max_size=800)))
def test_random_qdc_codebook_is_read_or_refused(data):
    try:
        spec = parse_qdc(data, "fuzz.qdc")
    except NeedsmapError as err:
        _refused_cleanly(err)
        return
    assert spec.codes and len(set(spec.code_ids())) == len(spec.codes)


@fuzz(250)
@given(suffix=st.sampled_from([".yaml", ".yml", ".csv", ".qdc", ".txt"]),
       data=st.one_of(_encoded(YAML_TEXT), _encoded(CODEBOOK_CSV), _qdc_bytes()))
def test_codebook_file_import_stores_whole_codebook_or_nothing(suffix, data, db, tmp_path):
    path = _write(tmp_path, suffix, data)
    before = _counts(db)
    try:
        spec = read_qdc(path) if suffix == ".qdc" and data[:1] == b"<" else load_codebook_file(path)
        with db.session() as s:
            row, created = store_codebook(s, spec, actor="fuzz")
    except NeedsmapError as err:
        _refused_cleanly(err)
        assert _counts(db) == before
        return
    after = _counts(db)
    if created:
        assert after["codebooks"] == before["codebooks"] + 1
        assert after["codes"] == before["codes"] + len(spec.codes)
    else:
        assert after == before


# ---------------------------------------------------------------- REFI-QDA projects


POSITION = st.one_of(st.integers(-5, 400), st.sampled_from(["", "x", "1.5", "-0", "1e3", "99999999999999999999", " 3 "]))
SOURCE_TEXT = st.lists(st.one_of(st.sampled_from(["Facilitator: hi\n", "P1: yes\r\n", "\n", "🙂", "é", "\x00"]),
                                 st.text(max_size=20)), max_size=10).map("".join)


@st.composite
def _qdpx_bytes(draw):
    """A .qdpx: a zip with a (possibly garbled) project.qde and some of its sources."""
    kind = draw(st.sampled_from(["bytes", "garbled", "project", "project", "project"]))
    if kind == "bytes":
        return draw(st.binary(max_size=800))
    files: dict[str, bytes] = {}
    if kind == "garbled":
        files[draw(st.sampled_from(["project.qde", "x/other.qde", "project.QDE"]))] = draw(
            st.one_of(st.binary(max_size=400), st.text(max_size=200).map(lambda t: ("<Project>" + t).encode())))
    else:
        users = [f"{g[:-1]}a" for g in GUIDS[:3]]
        user_xml = "".join(f'<User guid="{u}" name="{_xml_attr(draw(ATTR_VALUE))}"/>' for u in users[:draw(st.integers(0, 3))])
        codes = "".join(draw(st.lists(_code_xml(GUIDS), max_size=3)))
        var_guid = "11111111-1111-4111-8111-111111111111"
        sources = []
        for i in range(draw(st.integers(0, 3))):
            sels = []
            for _ in range(draw(st.integers(0, 4))):
                codings = "".join(
                    f'<Coding guid="{draw(st.uuids())}" creatingUser="{draw(st.sampled_from(users + ["", "nobody"]))}">'
                    f'<CodeRef targetGUID="{draw(st.sampled_from(GUIDS + ["", "missing"]))}"/></Coding>'
                    for _ in range(draw(st.integers(0, 2))))
                desc = f"<Description>{_xml_attr(draw(st.text(max_size=10)))}</Description>" if draw(st.booleans()) else ""
                sels.append(f'<PlainTextSelection guid="{draw(st.uuids())}" startPosition="{draw(POSITION)}" '
                            f'endPosition="{draw(POSITION)}" creatingUser="{draw(st.sampled_from(users))}">{desc}{codings}</PlainTextSelection>')
            variables = (f'<VariableValue><VariableRef targetGUID="{var_guid}"/><TextValue>{_xml_attr(draw(ATTR_VALUE))}</TextValue></VariableValue>'
                         if draw(st.booleans()) else "")
            text = draw(SOURCE_TEXT)
            where = draw(st.sampled_from(["inline", "internal", "missing", "docx", "external"]))
            clean = text.replace("\x00", "")
            if where == "inline":
                body, path_attr = f"<PlainTextContent>{_xml_attr(clean)}</PlainTextContent>", ""
            elif where == "internal":
                name = f"s{i}.txt"
                files[f"sources/{name}"] = text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16"])), errors="replace")
                body, path_attr = "", f'plainTextPath="internal://{name}"'
            elif where == "docx":
                files[f"Sources/s{i}.docx"] = draw(st.binary(max_size=200))
                body, path_attr = "", f'richTextPath="internal://s{i}.docx"'
            elif where == "external":
                body, path_attr = "", 'plainTextPath="relative://../../nowhere/s.txt"'
            else:
                body, path_attr = "", f'plainTextPath="internal://gone{i}.txt"'
            tag = draw(st.sampled_from(["TextSource", "TextSource", "PictureSource", "Oddity"]))
            sources.append(f'<{tag} guid="{draw(st.uuids())}" name="{_xml_attr(draw(ATTR_VALUE))}" {path_attr}>'
                           f'{body}{variables}{"".join(sels)}</{tag}>')
        notes = "".join(f'<Note guid="{draw(st.uuids())}" name="n"><PlainTextContent>{_xml_attr(draw(st.text(max_size=10)))}'
                        f"</PlainTextContent></Note>" for _ in range(draw(st.integers(0, 2))))
        project_desc = _xml_attr(f"needsmap: {json.dumps(draw(TRAILER_DATA))}") if draw(st.booleans()) else ""
        ns = draw(st.sampled_from(['xmlns="urn:QDA-XML:project:1.0"', ""]))
        xml = (f'<?xml version="1.0" encoding="utf-8"?><Project {ns} name="{_xml_attr(draw(ATTR_VALUE))}" '
               f'origin="{draw(st.sampled_from(["NVivo 14", "ATLAS.ti", "needsmap", "", "MAXQDA"]))}">'
               f"<Users>{user_xml}</Users><CodeBook><Codes>{codes}</Codes></CodeBook>{draw(_sets_xml(GUIDS))}"
               f'<Variables><Variable guid="{var_guid}" name="{draw(st.sampled_from(["site", "Site", "group", "date", "x"]))}" typeOfVariable="Text"/></Variables>'
               f'<Sources>{"".join(sources)}</Sources><Notes>{notes}</Notes>'
               f"<Description>{project_desc}</Description></Project>")
        data = xml.encode("utf-8")
        cut = draw(st.one_of(st.none(), st.none(), st.none(), st.integers(0, len(data))))
        files["project.qde"] = data if cut is None else data[:cut]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, payload in files.items():
            z.writestr(name, payload)
    data = buf.getvalue()
    if draw(st.integers(0, 9)) == 0:  # a truncated download
        data = data[: draw(st.integers(0, len(data)))]
    return data


def _one_source_qdpx(path, spans: list[tuple[int, int]]):
    sels = "".join(f'<PlainTextSelection guid="00000000-0000-4000-8000-0000000000{i:02d}" startPosition="{s}" '
                   f'endPosition="{e}"/>' for i, (s, e) in enumerate(spans))
    xml = ('<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="NVivo 14">'
           '<Sources><TextSource guid="f7c1bd87-4da5-4709-8471-3d60c8a70639" name="s" plainTextPath="internal://s0.txt">'
           f"{sels}</TextSource></Sources></Project>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("sources/s0.txt", "P1: yes\r\n")
        z.writestr("project.qde", xml)
    return path


def test_qdpx_reimport_numbers_new_segments_after_a_lone_existing_one(db, tmp_path):
    # found by CI's fuzzing: the next segment number came out 0 when the only segment had number 0
    assert import_qdpx(db, _one_source_qdpx(tmp_path / "a.qdpx", [(0, 1)])).segments == 1
    assert import_qdpx(db, _one_source_qdpx(tmp_path / "b.qdpx", [(0, 2)])).segments == 1
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT idx, start, \"end\" FROM segments ORDER BY idx").all()
    assert [tuple(r) for r in rows] == [(0, 0, 1), (1, 0, 2)]


@fuzz(250)
@given(data=_qdpx_bytes())
def test_random_qdpx_is_imported_whole_or_not_at_all(data, db, tmp_path):
    path = _write(tmp_path, ".qdpx", data)
    before = _counts(db)
    try:
        report = import_qdpx(db, path)
    except NeedsmapError as err:
        _refused_cleanly(err)
        assert _counts(db) == before
        return
    after = _counts(db)
    assert after["transcripts"] - before["transcripts"] == report.transcripts
    assert after["segments"] - before["segments"] == report.segments
    assert after["codings"] - before["codings"] == report.codings
    for p in report.problems:
        assert p.message.strip()


# ---------------------------------------------------------------- demographics


@fuzz(300)
@given(text=DEMOGRAPHICS_CSV)
@example(text="participant,site\rP1,victoria\r")
@example(text="participant,site\nP1," + HUGE_CELL)
def test_random_demographics_text_is_read_or_refused(text):
    try:
        rows = read_demographics(text, "fuzz.csv")
    except NeedsmapError as err:
        _refused_cleanly(err)
        return
    assert all(r["participant"] and r["site"] for r in rows)


@fuzz(200)
@given(data=_encoded(DEMOGRAPHICS_CSV))
def test_demographics_import_stores_every_row_or_none(data, db, tmp_path):
    path = _write(tmp_path, ".csv", data)
    before = _counts(db)
    try:
        with db.session() as s:
            n = import_demographics(s, path, actor="fuzz")
    except NeedsmapError as err:
        _refused_cleanly(err)
        assert _counts(db) == before
        return
    after = _counts(db)
    # new participants plus updated ones: never more than the file holds
    assert 0 <= after["participants"] - before["participants"] <= n
    assert after["audit_log"] == before["audit_log"] + 1


# ---------------------------------------------------------------- labelled texts and roster


@fuzz(300)
@given(text=LABELLED_CSV, with_codebook=st.booleans())
@example(text="id,text,codes\r1,hello,housing\r", with_codebook=True)
@example(text="id,text,codes\n1,hello," + HUGE_CELL, with_codebook=False)
@example(text='"id","text","codes"\n"","","0\n0"', with_codebook=True)  # a code cell with a line break
def test_random_labelled_text_is_read_or_refused(text, with_codebook):
    codebook = parse_yaml("codes:\n  - {id: housing, label: Housing}\n  - {id: stigma, label: Stigma}\n") if with_codebook else None
    try:
        rows = parse_labelled_csv(text, "fuzz.csv", codebook)
    except NeedsmapError as err:
        _refused_cleanly(err)
        return
    assert rows and all(r.text for r in rows)
    assert len({r.id for r in rows}) == len(rows)


@fuzz(200)
@given(data=_encoded(LABELLED_CSV))
def test_random_labelled_file_is_read_or_refused(data, tmp_path):
    path = _write(tmp_path, ".csv", data)
    try:
        rows = read_labelled_csv(path)
    except NeedsmapError as err:
        _refused_cleanly(err)
        return
    assert rows and all(r.text for r in rows)


@fuzz(300)
@given(data=_encoded(ROSTER_CSV))
@example(data=b"name,pseudonym\rAna Lopez,P1\r")
@example(data=("name,pseudonym\nAna Lopez," + HUGE_CELL).encode())
def test_random_roster_is_read_or_refused(data, tmp_path):
    path = _write(tmp_path, ".csv", data)
    try:
        roster = load_roster(path)
    except NeedsmapError as err:
        _refused_cleanly(err)
        return
    assert roster.entries and all(e.name and e.pseudonym for e in roster.entries)


# ---------------------------------------------------------------- backups (restore)


@st.composite
def _backup_recipe(draw):
    """How to make a would-be backup: plain bytes, an SQLite file of odd tables, or a damaged real backup."""
    kind = draw(st.sampled_from(["bytes", "magic", "tables", "damaged", "damaged"]))
    if kind == "bytes":
        return kind, draw(st.binary(max_size=600))
    if kind == "magic":
        return kind, SQLITE_MAGIC + draw(st.binary(max_size=600))
    if kind == "tables":
        version = draw(st.one_of(st.none(), st.sampled_from(["0001", "0002", "0001_initial_schema"]),
                                 st.text(max_size=12)))
        tables = draw(st.lists(st.sampled_from([t.name for t in Base.metadata.sorted_tables] + ["x", "notes"]),
                               unique=True, max_size=3))
        return kind, (version, tables)
    flips = draw(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=6))
    cut = draw(st.one_of(st.none(), st.integers(0, 10**6)))
    return kind, (flips, cut)


def _make_backup(recipe, path, good: bytes):
    kind, spec = recipe
    if kind in ("bytes", "magic"):
        path.write_bytes(spec)
    elif kind == "tables":
        version, tables = spec
        con = sqlite3.connect(path)
        if version is not None:
            con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
            con.execute("INSERT INTO alembic_version VALUES (?)", (version,))
        for name in tables:
            con.execute(f'CREATE TABLE "{name}" (junk TEXT)')
            con.execute(f'INSERT INTO "{name}" VALUES (?)', ("garbage",))
        con.commit()
        con.close()
    else:
        flips, cut = spec
        data = bytearray(good)
        for offset, value in flips:
            data[offset % len(data)] = value
        path.write_bytes(bytes(data if cut is None else data[: cut % len(data)]))


@fuzz(100)
@given(recipe=_backup_recipe())
# found by CI: damage that puts broken UTF-8 into integrity_check's own message
@example(recipe=("damaged", ([(93384, 128)], None)))
def test_restore_of_a_random_backup_file_is_refused_cleanly(recipe, db, tmp_path):
    good_path = tmp_path / "good-backup.db"
    if not good_path.exists():
        with db.session() as s:
            store_codebook(s, parse_yaml("codes:\n  - {id: housing, label: Housing}\n"), actor="fuzz")
        backup(db, good_path)
    source = _write(tmp_path, ".db", b"")
    _make_backup(recipe, source, good_path.read_bytes())
    target = tmp_path / f"restored{next(_names)}.db"
    try:
        restored = restore(str(target), source)
    except NeedsmapError as err:
        _refused_cleanly(err)
        return
    try:
        with restored.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        restored.dispose()


# ---------------------------------------------------------------- the CLI path


CLI_CASES = {
    "ingest": (lambda p: ["ingest", str(p), "--site", "fuzz"], [".txt", ".vtt", ".srt", ".csv", ".docx", ".xlsx"]),
    "codebook": (lambda p: ["codebook", "import", str(p)], [".yaml", ".csv", ".qdc"]),
    "refi": (lambda p: ["import", "refi", str(p)], [".qdpx"]),
    "demographics": (lambda p: ["demographics", "import", str(p)], [".csv"]),
}


@fuzz(80)
@given(command=st.sampled_from(sorted(CLI_CASES)), pick=st.integers(0, 5),
       data=st.one_of(st.binary(max_size=800), _encoded(CODEBOOK_CSV), _encoded(DEMOGRAPHICS_CSV),
                      _encoded(YAML_TEXT), _qdpx_bytes()))
def test_cli_import_of_a_random_file_exits_0_or_2_without_traceback(command, pick, data, db, db_path, cli_run, tmp_path):
    argv_for, suffixes = CLI_CASES[command]
    path = _write(tmp_path, suffixes[pick % len(suffixes)], data)
    before = _counts(db)
    code, out, err = cli_run(["--db", str(db_path), *argv_for(path)])
    assert code in (0, 2), err
    assert "Traceback" not in err and "something went wrong inside" not in err
    if code == 2:
        lines = [ln for ln in err.splitlines() if ln.strip()]
        assert lines and all(ln.startswith("error: ") and ln[len("error: "):].strip() for ln in lines)
        assert _counts(db) == before


# ---------------------------------------------------------------- what the fuzzing found (kept as plain checks)


def test_an_unclosed_quote_in_any_csv_importer_is_refused_in_words(tmp_path):
    roster = _write(tmp_path, ".csv", ("name,pseudonym\nAna Lopez," + HUGE_CELL).encode())
    attempts = [
        lambda: parse_csv("id,label,definition\nx,y," + HUGE_CELL, "codes.csv"),
        lambda: read_demographics("participant,site\nP1," + HUGE_CELL, "demo.csv"),
        lambda: parse_labelled_csv("id,text,codes\n1,hello," + HUGE_CELL, "gold.csv"),
        lambda: load_roster(roster),
    ]
    for attempt in attempts:
        try:
            attempt()
        except NeedsmapError as err:
            assert [p.code for p in err.problems] == ["E901"]
            assert "quote" in err.problems[0].message
        else:
            raise AssertionError("a file with a 10 MB cell was accepted")


def test_old_mac_line_endings_are_read_like_any_other():
    assert parse_csv("id,label,definition\rhousing,Housing,A place to live\r").code_ids() == ["housing"]
    assert [r["participant"] for r in read_demographics("participant,site\rP1,victoria\rP2,victoria\r")] == ["P1", "P2"]
    assert [r.id for r in parse_labelled_csv("id,text,codes\r1,hello,x\r", "gold.csv")] == ["1"]


def test_a_damaged_needsmap_line_in_a_qdc_is_read_as_a_plain_code():
    data = ('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="{0}" name="Housing" isCodable="true">'
            '<Description>Somewhere to live\nneedsmap: {{"id": "housing", "examples": 5, "definition": null}}'
            "</Description></Code></Codes></CodeBook>").format(GUIDS[0]).encode()
    spec = parse_qdc(data, "damaged.qdc")
    assert [(c.id, c.label, c.definition, c.examples) for c in spec.codes] == [("housing", "Housing", "Somewhere to live", [])]


def test_a_database_from_an_unknown_needsmap_version_is_refused_in_words(tmp_path):
    from pipeline.db import open_db

    path = tmp_path / "future.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    con.commit()
    con.close()
    try:
        open_db(path)
    except NeedsmapError as err:
        assert [p.code for p in err.problems] == ["E902"] and "9999_from_the_future" in err.problems[0].message
    else:
        raise AssertionError("a database with an unknown schema version was opened")


def test_demographics_for_a_site_with_a_capital_accented_letter_import_twice(db, tmp_path):
    path = _write(tmp_path, ".csv", "participant,site\nP1,Île-de-France\n".encode())
    again = _write(tmp_path, ".csv", "participant,site\nP1,île-de-france\nP2,ÎLE-DE-FRANCE\n".encode())
    for file in (path, path, again):
        with db.session() as s:
            import_demographics(s, file, actor="test")
    counts = _counts(db)
    assert counts["sites"] == 1 and counts["participants"] == 2
