"""The synthetic sample study: manifest, transcripts in every format, codings, demographics.

The transcripts are read straight from the files here (python-docx, openpyxl, plain
text), independently of needsmap's own readers, so a broken sample shows up as a sample
problem and not as an ingest problem.
"""

from __future__ import annotations

import csv
import datetime
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

PARTICIPANT = re.compile(r"^(P|Participant |PARTICIPANT )\d+$")
FACILITATOR_OR_GROUP = {"FAC", "Facilitator", "FACILITATOR", "Co-facilitator", "Moderator", "MOD", "Interviewer", "ALL"}
ALL_FORMATS = {"txt_colon", "txt_bracket", "txt_pdf", "txt_speaker_ts", "docx_paragraphs", "docx_table",
               "vtt", "srt", "csv", "xlsx"}
AGE_BANDS = {"Under 20", "21-30", "31-40", "41-50", "51-60", "61-70", "71+", "Unknown"}
EDUCATION = {"Some high school", "Completed high school", "Some community college or technical school",
             "Completed community college or technical school", "Some university",
             "Completed Bachelor's degree", "Post graduate training", "Unknown"}
SEX = {"Male", "Female", "Prefer not to say"}


# ---------------------------------------------------------------- independent readers


def _decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    return raw.decode("utf-8-sig")


def _sniff(path: Path) -> str:
    """Which transcript convention a file uses, from its own content."""
    suffix = path.suffix.lower()
    if suffix in (".vtt", ".srt", ".csv", ".xlsx"):
        return suffix[1:]
    if suffix == ".docx":
        from docx import Document

        return "docx_table" if Document(path).tables else "docx_paragraphs"
    first = _decode(path.read_bytes()).splitlines()[0]
    if re.match(r"^\[\d\d:\d\d:\d\d\] [^:]+: ", first):
        return "txt_bracket"
    if re.match(r"^\d\d:\d\d [^:]+:\s*$", first):
        return "txt_pdf"
    if re.match(r"^\S+(?: \d+)?  \d+:\d\d(?::\d\d)?$", first):
        return "txt_speaker_ts"
    if re.match(r"^[^:\[]+: \S", first):
        return "txt_colon"
    return "unknown"


def _merge_cues(cues: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Consecutive captions of one speaker are one turn."""
    turns: list[tuple[str, str]] = []
    for speaker, text in cues:
        if turns and turns[-1][0] == speaker:
            turns[-1] = (speaker, turns[-1][1] + " " + text)
        else:
            turns.append((speaker, text))
    return turns


def read_turns(path: Path) -> list[tuple[str, str]]:
    """(speaker, words) per turn, with wrapped lines joined by one space."""
    fmt = _sniff(path)
    if fmt == "xlsx":
        from openpyxl import load_workbook

        rows = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
        head = [str(c).lower() for c in rows[0]]
        return [(str(r[head.index("speaker")]), str(r[head.index("text")])) for r in rows[1:] if r[0]]
    if fmt == "docx_table":
        from docx import Document

        rows = Document(path).tables[0].rows[1:]
        return [(r.cells[0].text.strip(), r.cells[1].text.strip()) for r in rows]
    if fmt == "docx_paragraphs":
        from docx import Document

        paras = [p.text for p in Document(path).paragraphs if p.text.strip()]
        return [tuple(p.split(": ", 1)) for p in paras]
    text = _decode(path.read_bytes())
    if fmt == "csv":
        return [(r["speaker"], r["text"]) for r in csv.DictReader(text.splitlines())]
    lines = text.splitlines()
    if fmt == "vtt":
        cues = [re.match(r"^<v ([^>]+)>(.*)$", ln).groups() for ln in lines if ln.startswith("<v ")]
        return _merge_cues(cues)
    if fmt == "srt":
        cues = []
        for i, ln in enumerate(lines):
            if "-->" in ln:
                cues.append(tuple(lines[i + 1].split(": ", 1)))
        return _merge_cues(cues)
    if fmt in ("txt_colon", "txt_bracket"):
        out = []
        for ln in lines:
            ln = re.sub(r"^\[\d\d:\d\d:\d\d\] ", "", ln)
            out.append(tuple(ln.split(": ", 1)))
        return out
    header = re.compile(r"^(?:\d+:)?\d\d:\d\d ([^:]+):\s*$") if fmt == "txt_pdf" else re.compile(r"^(\S+(?: \d+)?)  \d+:\d\d(?::\d\d)?$")
    turns: list[list] = []
    for ln in lines:
        m = header.match(ln)
        if m:
            turns.append([m.group(1), []])
        elif ln.strip() and not re.match(r"^Page \d+ of \d+$", ln.strip()):
            turns[-1][1].append(ln.strip())
    return [(s, " ".join(words)) for s, words in turns]


@pytest.fixture(scope="module")
def group_turns(sample_manifest, sample_transcripts_dir) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in sample_manifest:
        out[row["group"]].extend(read_turns(sample_transcripts_dir / row["file"]))
    return dict(out)


# ---------------------------------------------------------------- manifest and formats


def test_sample_manifest_covers_groups_sites_and_files(sample_manifest, sample_transcripts_dir):
    groups = {r["group"]: r["site"] for r in sample_manifest}
    assert len(groups) >= 8
    per_site = Counter(groups.values())
    assert per_site == Counter({"fraser": 2, "vancouver": 2, "victoria": 4})
    for row in sample_manifest:
        assert (sample_transcripts_dir / row["file"]).is_file(), row["file"]
        assert row["group"].startswith(row["site"] + "-")
        datetime.date.fromisoformat(row["date"])


def test_sample_files_use_every_supported_format(sample_manifest, sample_transcripts_dir):
    found = {_sniff(sample_transcripts_dir / r["file"]) for r in sample_manifest}
    assert found == ALL_FORMATS


def test_sample_groups_have_enough_talk(group_turns):
    for group, turns in group_turns.items():
        participant = [s for s, _ in turns if PARTICIPANT.match(s)]
        assert len(participant) >= 25, group
        assert len(turns) >= 60, group
        # a two-hour group holds about 15,000 spoken words at 130 words a minute, pauses aside
        assert 3_000 <= sum(len(text.split()) for _, text in turns) <= 15_000, group
        assert len(set(participant)) >= 3, group


def test_sample_speakers_are_pseudonymous_labels(group_turns):
    for group, turns in group_turns.items():
        for speaker, words in turns:
            assert PARTICIPANT.match(speaker) or speaker in FACILITATOR_OR_GROUP, (group, speaker)
            assert words.strip(), (group, speaker)


def test_sample_talk_has_realistic_markers(group_turns):
    everything = " ".join(w for turns in group_turns.values() for _, w in turns)
    for marker in ("[crosstalk]", "[inaudible]", "[laughter]"):
        assert marker in everything
    speakers = Counter(s for turns in group_turns.values() for s, _ in turns)
    assert speakers["ALL"] >= 1
    backchannel = [w for turns in group_turns.values() for s, w in turns if PARTICIPANT.match(s) and w in ("Yeah.", "Mm-hm.")]
    assert len(backchannel) >= 8


def test_sample_files_are_marked_synthetic(sample_transcripts_dir, repo_root):
    from docx import Document
    from openpyxl import load_workbook

    for path in sample_transcripts_dir.glob("*.docx"):
        assert "SYNTHETIC" in Document(path).core_properties.comments
    for path in sample_transcripts_dir.glob("*.xlsx"):
        assert "SYNTHETIC" in load_workbook(path).properties.description
    for path in sample_transcripts_dir.glob("*.vtt"):
        assert "SYNTHETIC" in path.read_text(encoding="utf-8")
    assert "synthetic" in (repo_root / "data" / "README.md").read_text(encoding="utf-8").lower()


def test_sample_files_match_their_generator(sample_generator, sample_manifest, sample_transcripts_dir, tmp_path, sample_codings):
    """The committed files are exactly what data/make_sample_files.py writes."""
    for group in sample_generator.GROUPS:
        for part in group.parts():
            fresh = sample_generator.write_part(group, part, tmp_path)
            shipped = sample_transcripts_dir / part.file
            if fresh.suffix in (".docx", ".xlsx"):
                assert read_turns(fresh) == read_turns(shipped), part.file
            else:
                assert fresh.read_bytes() == shipped.read_bytes(), part.file
            assert read_turns(shipped) == [(t.speaker, t.text) for t in part.turns], part.file
    assert sample_generator.coded_sentences() == sample_codings
    files = [(p.file, g.site, g.id, g.date) for g in sample_generator.GROUPS for p in g.parts()]
    assert files == [(r["file"], r["site"], r["group"], r["date"]) for r in sample_manifest]


# ---------------------------------------------------------------- codings


def _spoken_by_participant(sample_codings, group_turns) -> list[bool]:
    """Per codings row: is it participant speech (False: only a facilitator or the group said it)?"""
    speech = {g: [w for s, w in turns if PARTICIPANT.match(s)] for g, turns in group_turns.items()}
    return [any(r["text"] in words for words in speech[r["id"].rsplit(":", 1)[0]]) for r in sample_codings]


def test_sample_codings_text_is_verbatim_speech_and_facilitators_go_uncoded(sample_codings, group_turns):
    for row in sample_codings:
        group = row["id"].rsplit(":", 1)[0]
        assert any(row["text"] in words for _, words in group_turns[group]), row["id"]
    by_participant = _spoken_by_participant(sample_codings, group_turns)
    facilitator_rows = [r for r, p in zip(sample_codings, by_participant) if not p]
    # the facilitators' questions are in the file, so an engine learns they are not coded
    assert len(facilitator_rows) >= 200
    assert any(r["text"].endswith("?") for r in facilitator_rows)
    assert all(not r["codes"] for r in facilitator_rows), [r["id"] for r in facilitator_rows if r["codes"]][:5]


def test_sample_codings_rows_are_single_sentences(sample_codings, group_turns):
    """Each row is one sentence as spaCy's sentencizer splits a turn."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    sentences = defaultdict(set)
    for group, turns in group_turns.items():
        for doc in nlp.pipe(w for s, w in turns):
            sentences[group].update(s.text for s in doc.sents)
    for row in sample_codings:
        assert row["text"] in sentences[row["id"].rsplit(":", 1)[0]], row["id"]


def test_sample_codings_codes_are_rose_codes_and_frequent(sample_codings, rose_codebook_path, group_turns):
    from pipeline.codebook import load_codebook_file

    ids = set(load_codebook_file(rose_codebook_path).code_ids())
    assert len(sample_codings) >= 400
    assert len({r["id"] for r in sample_codings}) == len(sample_codings)
    counts: Counter = Counter()
    for row in sample_codings:
        assert re.match(r"^[a-z]+-\d+:\d{3}$", row["id"]), row["id"]
        codes = [c for c in row["codes"].split(";") if c]
        assert len(codes) == len(set(codes)), row["id"]
        assert set(codes) <= ids, row["id"]
        counts.update(codes)
    assert set(counts) == ids
    assert min(counts.values()) >= 20, counts.most_common()[-3:]
    said = [r for r, p in zip(sample_codings, _spoken_by_participant(sample_codings, group_turns)) if p]
    empty = sum(1 for r in said if not r["codes"]) / len(said)
    multi = sum(1 for r in said if ";" in r["codes"]) / len(said)
    assert 0.2 <= empty <= 0.35
    assert 0.1 <= multi <= 0.25


def test_sample_codings_file_is_labelled_text_format(sample_codings_path):
    with open(sample_codings_path, encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == ["id", "text", "codes"]


# ---------------------------------------------------------------- demographics


def test_sample_demographics_match_participants_and_table1(sample_demographics, group_turns, sample_manifest):
    assert list(sample_demographics[0]) == ["participant", "site", "group", "sex", "age_band", "education"]
    assert len(sample_demographics) >= 31
    site_of = {r["group"]: r["site"] for r in sample_manifest}
    in_files = {(g, s) for g, turns in group_turns.items() for s, _ in turns if PARTICIPANT.match(s)}
    assert {(r["group"], r["participant"]) for r in sample_demographics} == in_files
    assert len({(r["site"], r["participant"]) for r in sample_demographics}) == len(sample_demographics)
    for row in sample_demographics:
        assert row["site"] == site_of[row["group"]]
        assert row["sex"] in SEX and row["age_band"] in AGE_BANDS and row["education"] in EDUCATION, row
    unknown_age = sum(r["age_band"] == "Unknown" for r in sample_demographics) / len(sample_demographics)
    assert 0.3 <= unknown_age <= 0.5
    known_age = [r for r in sample_demographics if r["age_band"] != "Unknown"]
    # As in the paper: everyone who answered reported at least some high school.
    assert all(r["education"] != "Unknown" for r in known_age)
    sexes = Counter(r["sex"] for r in sample_demographics)
    assert sexes["Male"] > sexes["Female"] > 0


def test_other_writers_benchmark_file_is_valid_rose_labelled_text(repo_root, rose_codebook_path, sample_codings):
    """benchmarks/data/rose_other_writers.csv: synthetic, ROSE codes only, every code, no line shared with the sample."""
    from pipeline.codebook import load_codebook_file
    from pipeline.evaluation import read_labelled_csv

    folder = repo_root / "benchmarks" / "data"
    assert "synthetic" in (folder / "README.md").read_text(encoding="utf-8").lower()
    spec = load_codebook_file(rose_codebook_path)
    rows = read_labelled_csv(folder / "rose_other_writers.csv", spec)
    assert len(rows) >= 400 and len({r.id for r in rows}) == len(rows)
    assert {c for r in rows for c in r.codes} == set(spec.code_ids())
    assert 0.15 <= sum(1 for r in rows if not r.codes) / len(rows) <= 0.35
    # held out means held out: no line of it is in the training sample
    assert not {r.text for r in rows} & {r["text"] for r in sample_codings}
