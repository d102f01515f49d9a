"""All shared test fixtures (one file, as in spaCy). Temp dirs only, never the user's home."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _isolate_home(tmp_path_factory, monkeypatch):
    """Keep every test away from the real home directory and any real project."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("NEEDSMAP_DB", raising=False)
    monkeypatch.delenv("NEEDSMAP_CONFIG", raising=False)


@pytest.fixture
def repo_root() -> Path:
    return REPO


@pytest.fixture
def shared_dir() -> Path:
    return SHARED


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "project.db"


@pytest.fixture
def db(db_path):
    from pipeline.db import open_db

    database = open_db(db_path)
    yield database
    database.dispose()


# --- core fixtures -----------------------------------------------------------


def add_turns_transcript(s, group_id: int, source_name: str, turns) -> list[tuple[int, str]]:
    """Write one transcript of `Label: words` turns (one segment per turn) straight through the models.

    `turns` holds (label, pseudonym, role, words); returns (segment id, role) per turn.
    """
    import hashlib

    from pipeline.models import Segment, Speaker, Transcript, Turn

    blocks = [f"{label}: {words}" for label, _p, _r, words in turns]
    text = "\n\n".join(blocks)
    tr = Transcript(group_id=group_id, source_name=source_name, sha256=hashlib.sha256(text.encode()).hexdigest(),
                    format="txt", unit="turn", text=text)
    s.add(tr)
    s.flush()
    speakers, pos, out = {}, 0, []
    for idx, (label, pseudo, role, words) in enumerate(turns):
        if label not in speakers:
            speakers[label] = Speaker(transcript_id=tr.id, label=label, pseudonym=pseudo, role=role)
            s.add(speakers[label])
            s.flush()
        turn = Turn(transcript_id=tr.id, speaker_id=speakers[label].id, idx=idx, start=pos, end=pos + len(blocks[idx]))
        s.add(turn)
        s.flush()
        start = pos + len(label) + 2
        seg = Segment(transcript_id=tr.id, turn_id=turn.id, idx=idx, start=start, end=start + len(words),
                      text=words)
        assert text[seg.start:seg.end] == words
        s.add(seg)
        s.flush()
        out.append((seg.id, role))
        pos += len(blocks[idx]) + 2
    return out

# --- ingest fixtures ----------------------------------------------------------

from dataclasses import dataclass  # noqa: E402

# Speaker labels a transcriber might use, with the role the ingest must give them.
INGEST_LABEL_ROLES = {
    "Facilitator": "facilitator", "Moderator": "facilitator", "Co-facilitator": "facilitator",
    "FAC1": "facilitator", "Facilitator 2": "facilitator", "RESEARCHER": "facilitator",
    "Maria": "participant", "Dev": "participant", "P3": "participant", "Participant 12": "participant",
    "Speaker 2": "participant", "Ana de Souza": "participant", "Mr. Oduya": "participant",
    "ALL PARTICIPANTS": "group", "Several": "group", "Group": "group",
}
# Talk that tempts a parser: colons, times, numbers, markers, smart quotes, filler.
INGEST_SENTENCES = [
    "I think the bus never comes on time.", "Note: we met at 5 on the Tuesday.",
    "He said: no, not again.", "Cost: it is too high for families like ours.", "[crosstalk]",
    "(laughs) That is so true.", "Yeah.", "Mm-hm.", "We waited from 10:30 until noon.",
    "There were 12 people in the room and 3 kids.", "“Smart quotes” stay, and so does café’s menu.",
    "[inaudible] something about the clinic hours.", "Okay.", "So what do you need most?",
    "Housing is the big one, honestly, rent keeps going up every single year.",
    "My daughter: she needs a doctor who speaks Punjabi.", "Right.", "No.",
    "We tried the food bank but the line was around the block by 8 am.",
    "[laughter] Well, the youth centre closed in 2019 and nothing replaced it.",
]


@dataclass
class SpecTurn:
    speaker: str
    text: str
    ts: str


def ingest_spec(rng, n_turns: int, labels: list[str] | None = None) -> list[SpecTurn]:
    """A random but known conversation: who speaks, what they say, when."""
    labels = labels or list(INGEST_LABEL_ROLES)
    pool = rng.sample(labels, k=min(len(labels), rng.randint(2, 6)))
    turns, seconds = [], 5
    for _ in range(n_turns):
        words = " ".join(rng.choice(INGEST_SENTENCES) for _ in range(rng.randint(1, 4)))
        seconds += rng.randint(2, 90)
        h, rem = divmod(seconds, 3600)
        turns.append(SpecTurn(rng.choice(pool), words, f"{h:02d}:{rem // 60:02d}:{rem % 60:02d}"))
    return turns


def _wrap(text: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False) or [""]


class TranscriptFactory:
    """Writes one known conversation in every supported format (the test knows the truth)."""

    TEXT_STYLES = ("plain", "plain_wrapped", "bracket_ts", "pdf", "otter", "rev", "tab", "ts_below")
    FORMATS = TEXT_STYLES + ("docx_paragraphs", "docx_table", "vtt", "srt", "csv", "xlsx")

    @staticmethod
    def suffix(fmt: str) -> str:
        return {"docx_paragraphs": ".docx", "docx_table": ".docx", "vtt": ".vtt", "srt": ".srt",
                "csv": ".csv", "xlsx": ".xlsx"}.get(fmt, ".txt")

    @staticmethod
    def expected_turns(turns: list[SpecTurn], fmt: str) -> list[SpecTurn]:
        """Turns as the contract defines them: captions merge consecutive cues of one speaker."""
        if fmt not in ("vtt", "srt"):
            return list(turns)
        out: list[SpecTurn] = []
        for t in turns:
            if out and out[-1].speaker == t.speaker:
                out[-1] = SpecTurn(t.speaker, out[-1].text + " " + t.text, out[-1].ts)
            else:
                out.append(SpecTurn(t.speaker, t.text, t.ts))
        return out

    def text_lines(self, turns: list[SpecTurn], style: str) -> list[str]:
        lines: list[str] = []
        page = 1
        if style == "pdf":
            lines += ["Focus group transcript - confidential", ""]
        for k, t in enumerate(turns):
            short = t.ts[3:] if t.ts.startswith("00:") else t.ts
            if style == "plain":
                lines.append(f"{t.speaker}: {t.text}")
            elif style == "plain_wrapped":
                lines += [*_wrap(f"{t.speaker}: {t.text}", 55), ""]
                if k % 4 == 3:
                    page += 1
                    lines += [f"Page {page}", ""]
            elif style == "bracket_ts":
                lines += [f"[{t.ts}] {t.speaker}: {t.text}", ""]
            elif style == "pdf":
                lines.append(f"{short} {t.speaker.upper()}: ")
                for j, part in enumerate(_wrap(t.text, 60)):
                    lines.append(part + " ")
                    if (k + j) % 7 == 3:  # page break debris in the middle of a turn
                        page += 1
                        lines += ["", f"Page {page} of 99", "\f" + "Focus group transcript - confidential"]
                lines.append("")
                if k % 5 == 4:
                    page += 1
                    lines += [str(page), "\f" + "Focus group transcript - confidential", "   "]
            elif style == "otter":
                h, m, sec = (int(x) for x in t.ts.split(":"))
                otter = f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"
                lines += [f"{t.speaker}  {otter}", t.text, ""]
            elif style == "rev":
                lines += [f"{t.speaker} ({t.ts}):", *_wrap(t.text, 70), ""]
            elif style == "tab":
                lines.append(f"{t.speaker}\t{t.text}")
            elif style == "ts_below":
                lines += [f"{short} {t.speaker}:", t.text, ""]
        return lines

    def write(self, turns: list[SpecTurn], fmt: str, path: Path) -> Path:
        if fmt in self.TEXT_STYLES:
            path.write_text("\n".join(self.text_lines(turns, fmt)) + "\n", encoding="utf-8")
        elif fmt == "docx_paragraphs":
            import docx

            d = docx.Document()
            d.add_paragraph("Focus group 3 transcript")
            d.add_paragraph("")
            for t in turns:
                d.add_paragraph(f"{t.speaker}: {t.text}")
            d.save(path)
        elif fmt == "docx_table":
            import docx

            d = docx.Document()
            table = d.add_table(rows=1, cols=3)
            for cell, name in zip(table.rows[0].cells, ("Speaker", "Text", "Time")):
                cell.text = name
            for t in turns:
                row = table.add_row().cells
                row[0].text, row[1].text, row[2].text = t.speaker, t.text, t.ts
            d.save(path)
        elif fmt in ("vtt", "srt"):
            blocks, sec = [], 0
            for t in turns:
                words = t.text.split()
                for c in range(0, len(words), 6):  # captioning cuts speech at arbitrary points
                    chunk = " ".join(words[c:c + 6])
                    a, b = sec, sec + 2
                    sec = b
                    if fmt == "vtt":
                        stamp = f"00:{a // 60:02d}:{a % 60:02d}.000 --> 00:{b // 60:02d}:{b % 60:02d}.000"
                        blocks.append(f"{stamp}\n<v {t.speaker}>{chunk}</v>")
                    else:
                        stamp = f"00:{a // 60:02d}:{a % 60:02d},000 --> 00:{b // 60:02d}:{b % 60:02d},000"
                        blocks.append(f"{len(blocks) + 1}\n{stamp}\n{t.speaker}: {chunk}")
            head = "WEBVTT\n\n" if fmt == "vtt" else ""
            path.write_text(head + "\n\n".join(blocks) + "\n", encoding="utf-8")
        elif fmt == "csv":
            import csv

            with path.open("w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(["Time", "SPEAKER", "Utterance"])
                for t in turns:
                    w.writerow([t.ts, t.speaker, t.text])
        elif fmt == "xlsx":
            import openpyxl

            wb = openpyxl.Workbook()
            ws = wb.active
            ws.append(["speaker", "text", "timestamp"])
            for t in turns:
                ws.append([t.speaker, t.text, t.ts])
            wb.save(path)
        else:
            raise ValueError(fmt)
        return path


@pytest.fixture
def transcript_factory() -> TranscriptFactory:
    return TranscriptFactory()


@pytest.fixture
def ingest_data_dir() -> Path:
    return REPO / "tests" / "data" / "ingest"


@pytest.fixture
def real_transcripts_dir() -> Path:
    d = SHARED / "benchmarks" / "real_transcripts"
    if not d.is_dir() or not any(d.glob("*.txt")):
        pytest.skip("real transcripts are not available in ../shared/benchmarks/real_transcripts")
    return d


@pytest.fixture
def cli_run():
    """Run the needsmap CLI in-process: returns (exit code, stdout, stderr)."""
    import contextlib
    import io

    def run(argv: list[str]) -> tuple[int, str, str]:
        from pipeline.cli.base import run as cli

        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                cli(argv)
                code = 0
            except SystemExit as exc:
                code = int(exc.code or 0)
        return code, out.getvalue(), err.getvalue()

    return run


# --- sample data fixtures -----------------------------------------------------

SAMPLE_DATA = REPO / "data"


@pytest.fixture(scope="session")
def sample_transcripts_dir() -> Path:
    """The synthetic sample transcripts shipped with the repo (data/sample_transcripts)."""
    return SAMPLE_DATA / "sample_transcripts"


@pytest.fixture(scope="session")
def sample_manifest() -> list[dict]:
    """Rows of data/sample_transcripts/manifest.csv: file, site, group, date."""
    import csv

    with open(SAMPLE_DATA / "sample_transcripts" / "manifest.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="session")
def sample_codings() -> list[dict]:
    """Rows of data/sample_codings.csv: id, text, codes (';'-separated)."""
    import csv

    with open(SAMPLE_DATA / "sample_codings.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="session")
def sample_codings_path() -> Path:
    return SAMPLE_DATA / "sample_codings.csv"


@pytest.fixture(scope="session")
def sample_demographics() -> list[dict]:
    """Rows of data/sample_demographics.csv (the Table 1 questionnaire)."""
    import csv

    with open(SAMPLE_DATA / "sample_demographics.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="session")
def sample_generator():
    """data/make_sample_files.py as a module (it is a script, not part of the package)."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("needsmap_sample_generator", SAMPLE_DATA / "make_sample_files.py")
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up by name while the file runs.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def rose_codebook_path() -> Path:
    return REPO / "codebooks" / "rose.yaml"

# --- suggestion fixtures ------------------------------------------------------

SUGG_CODEBOOK = {
    "name": "needs",
    "codes": [
        {"id": "housing", "label": "Housing", "definition": "Having or losing a place to live: rent, shelter, eviction.",
         "exclusion": "Money for food or bills in general is low income.",
         "examples": ["I got evicted and slept at the shelter for a month.", "Rent went up again and we had to move."],
         "keywords": ["rent", "shelter", "evicted", "housing"]},
        {"id": "stigma", "label": "Stigma", "definition": "Being judged, looked down on or treated badly because of drug use.",
         "examples": ["The pharmacist looks at me like I'm dirt.", "People cross the street when they see us."],
         "keywords": ["judged", "looked down", "stigma", "dirt"]},
        {"id": "training", "label": "Training", "definition": "Wanting or getting courses and skills for the job.",
         "examples": ["I want a proper first aid course.", "Nobody trained me on naloxone."],
         "keywords": ["training", "course", "first aid", "naloxone"]},
        {"id": "training_cpr", "label": "CPR training", "parent": "training",
         "definition": "Training in CPR or rescue breathing.", "keywords": ["cpr"]},
    ],
}

# (speaker label, role, words, codes confirmed by the coder 'ana'; None = not reviewed)
SUGG_TURNS = [
    ("Facilitator", "facilitator", "What makes it hard to find a place to live?", None),
    ("P1", "participant", "The rent is way too high and the landlord evicted me last winter.", ["housing"]),
    ("P2", "participant", "I slept in the shelter for two months because nothing was available.", ["housing"]),
    ("Facilitator", "facilitator", "How do people in town treat you?", None),
    ("P1", "participant", "Honestly they look down on us, the pharmacist treats me like dirt.", ["stigma"]),
    ("P3", "participant", "People judged me at the clinic the moment I walked in.", ["stigma"]),
    ("Facilitator", "facilitator", "Did you get any training for this job?", None),
    ("P2", "participant", "Nobody gave me a first aid course, I learned naloxone on the street.", ["training"]),
    ("P3", "participant", "I'd love a CPR course, I never did rescue breathing before.", ["training_cpr"]),
    ("P1", "participant", "The weather was nice on Tuesday.", []),
    ("Facilitator", "facilitator", "Would a course on de-escalation help?", None),
    ("P2", "participant", "Yes, definitely.", None),
    ("P3", "participant", "The landlord wants first and last month's rent and I can't pay that.", None),
    ("P1", "participant", "At the hospital they treated me like a junkie, like I was nothing.", None),
    ("P2", "participant", "mm-hm", None),
    ("P3", "participant", "We had pizza at the meeting.", None),
]


def build_suggest_project(database, turns=SUGG_TURNS, codebook=SUGG_CODEBOOK, coder="ana") -> dict:
    """Write a one-transcript project through the models: codebook, turns, segments, 'ana''s codings.

    Returns {"segments": [ids in order], "coded": [ids], "uncoded": [ids]}.
    """
    import hashlib

    from pipeline.codebook import CodebookSpec, store_codebook
    from pipeline.models import Coder, Coding, FocusGroup, Segment, Site, Speaker, Transcript, Turn

    ids, coded, uncoded = [], [], []
    with database.session() as s:
        store_codebook(s, CodebookSpec.model_validate(codebook))
        who = Coder(name=coder)
        site = Site(name="victoria")
        s.add_all([who, site])
        s.flush()
        group = FocusGroup(site_id=site.id, name="fg1")
        s.add(group)
        s.flush()
        blocks, pos, spans = [], 0, []
        for label, _role, words, _codes in turns:
            prefix = f"{label}: "
            spans.append((pos, pos + len(prefix) + len(words), pos + len(prefix)))
            blocks.append(prefix + words)
            pos += len(prefix) + len(words) + 2
        text = "\n\n".join(blocks)
        tr = Transcript(group_id=group.id, source_name="fg1.txt", sha256=hashlib.sha256(text.encode()).hexdigest(),
                        format="txt", unit="turn", text=text)
        s.add(tr)
        s.flush()
        speakers = {}
        for idx, ((label, role, words, codes), (t0, t1, w0)) in enumerate(zip(turns, spans)):
            if label not in speakers:
                speakers[label] = Speaker(transcript_id=tr.id, label=label, pseudonym=label, role=role)
                s.add(speakers[label])
                s.flush()
            turn = Turn(transcript_id=tr.id, speaker_id=speakers[label].id, idx=idx, start=t0, end=t1)
            s.add(turn)
            s.flush()
            seg = Segment(transcript_id=tr.id, turn_id=turn.id, idx=idx, start=w0, end=t1, text=words,
                          is_backchannel=words == "mm-hm")
            s.add(seg)
            s.flush()
            ids.append(seg.id)
            if codes is None:
                if role == "participant":
                    uncoded.append(seg.id)
                continue
            coded.append(seg.id)
            for code in codes:
                s.add(Coding(segment_id=seg.id, code_key=code, coder_id=who.id, decision="confirmed", source="typed"))
            if not codes:
                s.add(Coding(segment_id=seg.id, code_key="housing", coder_id=who.id, decision="rejected", source="typed"))
    return {"segments": ids, "coded": coded, "uncoded": uncoded}


@pytest.fixture
def fake_encoder(monkeypatch):
    """The deterministic hashing encoder, also switched on for load_encoder via NEEDSMAP_ENCODER=hashing."""
    from pipeline.embeddings import HashingEncoder

    monkeypatch.setenv("NEEDSMAP_ENCODER", "hashing")
    return HashingEncoder()


class DetailHashingEncoder:
    """A hashing encoder that also gives detail vectors (word-level hashes), counting its passes."""

    def __init__(self, dim: int = 64):
        from pipeline.embeddings import HashingEncoder

        self.sentences = HashingEncoder(dim)
        self.model_id = self.sentences.model_id
        self.detail_id = f"{self.model_id}#words"
        self.passes: list[list[str]] = []
        from sklearn.feature_extraction.text import HashingVectorizer

        self._words = HashingVectorizer(n_features=dim, alternate_sign=False, norm="l2")

    def encode(self, texts, progress=None):
        return self.encode_both(texts, progress)[0]

    def encode_both(self, texts, progress=None):
        import numpy as np

        self.passes.append(list(texts))
        detail = self._words.transform(list(texts)).toarray().astype(np.float32)
        return self.sentences.encode(list(texts), progress), detail

    def encode_detail(self, texts, progress=None):
        return self.encode_both(texts, progress)[1]


@pytest.fixture
def detail_encoder():
    """An encoder with detail vectors and no model (see DetailHashingEncoder)."""
    return DetailHashingEncoder()


@pytest.fixture
def sugg_codebook():
    from pipeline.codebook import CodebookSpec

    return CodebookSpec.model_validate(SUGG_CODEBOOK)


def conversation_rows(order: list[int]):
    """40 labelled rows: ten topics of four lines each, the lines of a topic sharing their words."""
    from pipeline.evaluation import LabelledRow

    topics = ["rent eviction landlord", "police arrest warrant", "nurse clinic doctor", "wage paycheque money",
              "shelter bed winter", "training course certificate", "manager meeting schedule",
              "funeral grief friend", "bus pass transit", "phone text message"]
    rows = [LabelledRow(f"line-{k}", f"{topics[i // 4]} {topics[i // 4]} number {i}", ["housing"] if i % 3 else [])
            for k, i in enumerate(order)]
    return rows


@pytest.fixture
def sugg_project(db, fake_encoder):
    """A small coded project (hashing encoder) ready for `run_suggest`."""
    info = build_suggest_project(db)
    info["db"] = db
    return info


# --- team analysis fixtures ---------------------------------------------------

TEAM_CODEBOOK = {
    "name": "team-test",
    "sem_levels": [
        {"id": "individual", "label": "Individual"}, {"id": "interpersonal", "label": "Inter-personal"},
        {"id": "organizational", "label": "Organizational"}, {"id": "community", "label": "Community"},
        {"id": "policy", "label": "Policy or society"},
    ],
    "themes": [
        {"id": "recognition", "label": "Recognition of peer work"},
        {"id": "organizational_support", "label": "Organizational support"},
        {"id": "skill_development", "label": "Skill development"},
    ],
    "codes": [
        {"id": "skills_confidence", "label": "Skills and confidence", "sem_level": "individual", "theme": "skill_development"},
        {"id": "debriefing_access", "label": "Debriefing access", "sem_level": "interpersonal", "theme": "organizational_support"},
        {"id": "workplace_respect", "label": "Respect at work", "sem_level": "organizational", "theme": "recognition"},
        {"id": "role_clarity", "label": "Role clarity", "sem_level": "organizational", "theme": "organizational_support"},
        {"id": "community_recognition", "label": "Community recognition", "sem_level": "community", "theme": "recognition"},
        {"id": "stigma", "label": "Stigma", "sem_level": "policy", "theme": "recognition"},
        {"id": "low_wage", "label": "Low minimum wage", "sem_level": "policy"},
    ],
}

# (site, group, [(speaker label, pseudonym, role, words)]). Labels look like real names on
# purpose: exports must show only the pseudonyms.
TEAM_TRANSCRIPTS = [
    ("north", "north-1", [
        ("Facilitator", "FAC1", "facilitator", "What makes the work hard for you?"),
        ("Maria Lopez", "P1", "participant", "Nobody at work respects what we do, they treat us like we are nothing."),
        ("Daniel Okafor", "P2", "participant", "I never got training in first aid so I feel unsure at an overdose."),
        ("Maria Lopez", "P1", "participant", "The wage is so low I cannot pay rent with it."),
    ]),
    ("north", "north-2", [
        ("Facilitator", "FAC2", "facilitator", "And after a hard shift?"),
        ("Aisha Khan", "P3", "participant", "There is nobody to debrief with after someone dies on a call."),
        ("Tom Reyes", "P4", "participant", "People in the neighbourhood do not know what a peer worker even is."),
    ]),
    ("south", "south-1", [
        ("Facilitator", "FAC3", "facilitator", "Tell me about your job description."),
        ("Lena Novak", "P5", "participant", "I do not have a job description, I do not know what is expected of me."),
        ("Sam Birch", "P6", "participant", "The stigma from the public follows us everywhere we go."),
        ("Lena Novak", "P5", "participant", "At work they do not listen to peers, they push us aside."),
    ]),
]

# Participant segment number (0-based, in order) -> codes confirmed by alice, by bob.
TEAM_PLAN = {
    0: (["workplace_respect"], ["workplace_respect"]),
    1: (["skills_confidence"], ["skills_confidence"]),
    2: (["low_wage"], ["low_wage", "workplace_respect"]),
    3: (["debriefing_access"], ["debriefing_access"]),
    4: (["community_recognition"], ["community_recognition", "stigma"]),
    5: (["role_clarity"], ["role_clarity"]),
    6: (["stigma"], ["stigma"]),
    7: (["workplace_respect"], []),
}


def build_team_project(db) -> dict:
    """Insert sites, groups, transcripts, speakers, turns and segments directly (no ingest)."""
    from pipeline.codebook import CodebookSpec, store_codebook
    from pipeline.models import FocusGroup, Site

    participant_segments, facilitator_segments = [], []
    with db.session() as s:
        store_codebook(s, CodebookSpec.model_validate(TEAM_CODEBOOK), actor="test")
        sites = {}
        for site_name, group_name, turns in TEAM_TRANSCRIPTS:
            site = sites.get(site_name) or Site(name=site_name)
            sites[site_name] = site
            s.add(site)
            s.flush()
            group = FocusGroup(site_id=site.id, name=group_name, date="2021-03-01")
            s.add(group)
            s.flush()
            for seg_id, role in add_turns_transcript(s, group.id, f"{group_name}.txt", turns):
                (participant_segments if role == "participant" else facilitator_segments).append(seg_id)
    return {"participant_segments": participant_segments, "facilitator_segments": facilitator_segments}


@pytest.fixture
def team_project(db):
    """Transcripts and the team codebook, nobody has coded yet; coders alice, bob (PRAs) and pia (PI)."""
    from types import SimpleNamespace

    from pipeline.coding import ensure_coder

    ids = build_team_project(db)
    with db.session() as s:
        ensure_coder(s, "alice", "pra")
        ensure_coder(s, "bob", "pra")
        ensure_coder(s, "pia", "pi")
    return SimpleNamespace(db=db, segments=ids["participant_segments"], facilitator_segments=ids["facilitator_segments"])


@pytest.fixture
def coded_project(team_project):
    """`team_project` with alice and bob having coded every participant segment per TEAM_PLAN.

    Each coder confirms their codes and rejects the other coder's extra ones, as a
    review screen would record.
    """
    from pipeline.coding import record_decision

    db, segs = team_project.db, team_project.segments
    with db.session() as s:
        for i, (a_codes, b_codes) in TEAM_PLAN.items():
            for coder, mine, theirs in (("alice", a_codes, b_codes), ("bob", b_codes, a_codes)):
                for code in mine:
                    record_decision(s, segment_id=segs[i], code_key=code, coder=coder)
                for code in theirs:
                    if code not in mine:
                        record_decision(s, segment_id=segs[i], code_key=code, coder=coder, decision="rejected")
    team_project.plan = TEAM_PLAN
    return team_project

# --- refi fixtures ------------------------------------------------------------

REFI_CODEBOOK = {
    "name": "refi-test",
    "description": "Codebook for the REFI-QDA round trip",
    "sem_levels": [{"id": "individual", "label": "Individual", "description": "One person"},
                   {"id": "community", "label": "Community"}],
    "themes": [{"id": "access", "label": "Access to care", "description": "Getting to services"},
               {"id": "wellbeing", "label": "Wellbeing"}],
    "codes": [
        {"id": "transport", "label": "Transport", "definition": "Getting there.\nBy any means.",
         "inclusion": "buses, rides", "exclusion": "moving house", "examples": ["The bus is late", "no car"],
         "keywords": ["bus", "ride"], "theme": "access", "sem_level": "community", "color": "#4E79A7"},
        {"id": "bus", "label": "Bus service", "definition": "Public buses", "theme": "access", "parent": "transport"},
        {"id": "cost", "label": "Cost & money <€>", "definition": "Prices", "theme": "access", "sem_level": "individual"},
        {"id": "stress", "label": "Stress", "definition": "Feeling under pressure", "theme": "wellbeing",
         "sem_level": "individual"},
        {"id": "joy", "label": "Joie 😀", "definition": "Moments of joy"},
    ],
}

# (site, group, date, [(speaker label, pseudonym, role, words)]); emoji and accents on
# purpose: they are where code points and UTF-16 units part ways. "Maria Lopez" is a
# real-looking label: exports must show only her pseudonym.
REFI_TRANSCRIPTS = [
    ("victoria", "FG1", "2021-03-31", [
        ("Facilitator", "F1", "facilitator", "What makes it hard to get to the clinic?"),
        ("P1", "P1", "participant", "The bus 🚌 only comes twice a day, and it costs too much."),
        ("Maria Lopez", "P2", "participant", "Honestly I feel stressed 😀 all the time, café visits help."),
        ("P1", "P1", "participant", "Naïve question: is there a shuttle? 🤔"),
    ]),
    ("nanaimo", "FG2", None, [
        ("Facilitator", "F2", "facilitator", "Anything else?"),
        ("P3", "P3", "participant", "Money is tight 💸💸 and I worry about rent."),
    ]),
]

# (transcript number, segment number within it, code, coder, decision)
REFI_PLAN = [
    (0, 1, "transport", "ana", "confirmed"), (0, 1, "bus", "ana", "confirmed"), (0, 1, "cost", "ana", "confirmed"),
    (0, 1, "transport", "ben", "confirmed"), (0, 2, "stress", "ben", "confirmed"), (0, 2, "stress", "ana", "rejected"),
    (0, 2, "joy", "ana", "confirmed"), (0, 3, "transport", "ben", "confirmed"), (1, 1, "cost", "ben", "confirmed"),
    (1, 1, "stress", "ana", "confirmed"),
]


def build_refi_project(database) -> dict:
    """Insert a small coded project with memos straight through the models (no ingest)."""
    from pipeline.codebook import CodebookSpec, store_codebook
    from pipeline.models import Coder, Coding, FocusGroup, Memo, Site

    segs: list[list[int]] = []
    with database.session() as s:
        store_codebook(s, CodebookSpec.model_validate(REFI_CODEBOOK), actor="test")
        coders = {n: Coder(name=n, role=r) for n, r in (("ana", "pra"), ("ben", "pi"), ("cleo", "pra"))}
        s.add_all(coders.values())
        for site_name, group_name, date, turns in REFI_TRANSCRIPTS:
            site = Site(name=site_name)
            s.add(site)
            s.flush()
            group = FocusGroup(site_id=site.id, name=group_name, date=date)
            s.add(group)
            s.flush()
            ids = [seg_id for seg_id, _role in add_turns_transcript(s, group.id, f"{group_name}.txt", turns)]
            segs.append(ids)
        s.flush()
        for t_no, seg_no, code, coder, decision in REFI_PLAN:
            s.add(Coding(segment_id=segs[t_no][seg_no], code_key=code, coder_id=coders[coder].id,
                         decision=decision, source="typed"))
        s.add(Memo(segment_id=segs[0][2], coder_id=coders["ana"].id, text="Ask the PI: is café a wellbeing place?"))
        s.add(Memo(segment_id=None, coder_id=coders["ben"].id, text="Project note: rural sites next."))
    return {"segments": segs}


@pytest.fixture
def refi_project(db):
    """A coded project (2 sites, 3 coders, 5 codes, emoji in the text, 2 memos) built from the models."""
    from types import SimpleNamespace

    ids = build_refi_project(db)
    return SimpleNamespace(db=db, segments=ids["segments"], plan=REFI_PLAN, codebook=REFI_CODEBOOK)


@pytest.fixture
def refi_dir(shared_dir) -> Path:
    """The shared REFI-QDA material (schemas and real exports); skips when absent."""
    path = shared_dir / "refi"
    if not (path / "Project.xsd").is_file():
        pytest.skip("the shared REFI-QDA material is not available")
    return path

# --- ui fixtures --------------------------------------------------------------

UI_CODEBOOK = {
    "name": "ui-test",
    "sem_levels": [
        {"id": "individual", "label": "Individual", "description": "a person's own life"},
        {"id": "community", "label": "Community", "description": "services and people around them"},
        {"id": "policy", "label": "Policy", "description": "laws and rules"},
    ],
    "themes": [{"id": "needs", "label": "Needs"}, {"id": "barriers", "label": "Barriers"}],
    "codes": [
        {"id": "housing", "label": "Housing and shelter", "definition": "Talk about a place to live or sleep.",
         "theme": "needs", "sem_level": "community", "keywords": ["shelter", "housing"]},
        {"id": "stigma", "label": "Stigma from staff", "definition": "Being judged or looked down on.",
         "theme": "barriers", "sem_level": "community", "keywords": ["judged", "dirt"]},
        {"id": "peer_support", "label": "Peer support", "definition": "Help from people with lived experience.",
         "theme": "needs", "sem_level": "individual", "keywords": ["peer"]},
        {"id": "safe_supply", "label": "Safer supply", "definition": "A known, regulated drug supply.",
         "theme": "needs", "sem_level": "policy", "keywords": ["supply"]},
        {"id": "using_alone", "label": "Using alone", "definition": "Using with nobody nearby to help.",
         "theme": "barriers", "sem_level": "individual", "keywords": ["alone"]},
    ],
}

UI_TRANSCRIPTS = [
    ("victoria", "vic-1", "vic-1.txt", [
        ("FAC", "Facilitator", "facilitator", "00:00:05", "What makes it hard to stay safe when you use?", None),
        ("P1", "Rose", "participant", "00:00:12",
         "The shelter kicks you out at seven and you have nowhere to go, so you use alone in a stairwell.", "shelter"),
        ("P2", "Jay", "participant", "00:00:30", "Mm-hm.", "mmhm"),
        ("P2", "Jay", "participant", "00:00:33",
         "And when the pharmacist looks at you like you're dirt, you don't go back.", "pharmacist"),
        ("FAC", "Facilitator", "facilitator", "00:01:02", "What helps?", None),
        ("P1", "Rose", "participant", "00:01:09", "The peer workers at the site, they actually know us.", "peer"),
    ]),
    ("nanaimo", "nan-1", "nan-1.txt", [
        ("FAC", "Facilitator", "facilitator", "00:00:04", "What would you change first?", None),
        ("P1", "Kit", "participant", "00:00:10", "A safer supply you can count on, not whatever is on the street.", "supply"),
        ("P2", "Lou", "participant", "00:00:25", "Somewhere to sleep that doesn't kick you out.", "sleep"),
    ]),
]

UI_SUGGESTIONS = {
    "shelter": [("housing", 0.86, {"matched_terms": ["shelter"]}),
                ("using_alone", 0.58, {"similar_example": "I use by myself in the bathroom", "similarity": 0.61})],
    "pharmacist": [("stigma", 0.79, {"matched_terms": ["dirt"]})],
    "peer": [("peer_support", 0.9, {"matched_terms": ["peer"]})],
    "supply": [("safe_supply", 0.81, {"matched_terms": ["supply"]})],
    "sleep": [("housing", 0.55, {"similar_example": "a place to stay at night", "similarity": 0.57})],
}


def build_ui_project(database) -> dict:
    """Write a small two-site project straight through the models (no ingest, no encoder)."""
    import hashlib

    from pipeline.codebook import CodebookSpec, store_codebook
    from pipeline.models import Coder, FocusGroup, Segment, Site, Speaker, Suggestion, Transcript, Turn

    segs: dict[str, int] = {}
    transcripts: dict[str, int] = {}
    with database.session() as s:
        store_codebook(s, CodebookSpec(**UI_CODEBOOK))
        for name, role in (("ana", "pra"), ("ben", "pra"), ("pia", "pi")):
            s.add(Coder(name=name, role=role))
        for site_name, group_name, source, turns in UI_TRANSCRIPTS:
            site = Site(name=site_name)
            s.add(site)
            s.flush()
            group = FocusGroup(site_id=site.id, name=group_name, date="2021-03-31")
            s.add(group)
            s.flush()
            blocks, spans, pos = [], [], 0
            for label, _pseudo, _role, ts, words, _tag in turns:
                prefix = f"[{ts}] {label}: "
                block = prefix + words
                spans.append((pos, pos + len(block), pos + len(prefix)))
                blocks.append(block)
                pos += len(block) + 2
            text = "\n\n".join(blocks)
            tr = Transcript(group_id=group.id, source_name=source, sha256=hashlib.sha256(text.encode()).hexdigest(),
                            format="txt", unit="turn", text=text)
            s.add(tr)
            s.flush()
            transcripts[source] = tr.id
            speakers: dict[str, Speaker] = {}
            for idx, ((label, pseudo, role, ts, words, tag), (t0, t1, w0)) in enumerate(zip(turns, spans)):
                if label not in speakers:
                    speakers[label] = Speaker(transcript_id=tr.id, label=label, pseudonym=pseudo, role=role)
                    s.add(speakers[label])
                    s.flush()
                turn = Turn(transcript_id=tr.id, speaker_id=speakers[label].id, idx=idx, start=t0, end=t1,
                            timestamp=ts, source_line=idx * 2 + 1)
                s.add(turn)
                s.flush()
                assert text[w0:t1] == words
                seg = Segment(transcript_id=tr.id, turn_id=turn.id, idx=idx, start=w0, end=t1, text=words,
                              is_backchannel=(tag == "mmhm"))
                s.add(seg)
                s.flush()
                if tag:
                    segs[tag] = seg.id
        for tag, items in UI_SUGGESTIONS.items():
            for code, score, evidence in items:
                s.add(Suggestion(segment_id=segs[tag], code_key=code, engine="needsmap.hybrid.v1",
                                 model_version="hashing-test", score=score, accepted=score >= 0.5,
                                 evidence=evidence))
    return {"segments": segs, "transcripts": transcripts}


@pytest.fixture
def ui_project(tmp_path, monkeypatch):
    """A small two-site project with stored suggestions; NEEDSMAP_DB points at it, encoder is the hashing fake."""
    from pipeline.db import open_db

    path = tmp_path / "ui.db"
    database = open_db(path)
    info = build_ui_project(database)
    monkeypatch.setenv("NEEDSMAP_DB", str(path))
    monkeypatch.setenv("NEEDSMAP_ENCODER", "hashing")
    monkeypatch.setenv("NEEDSMAP_UI_RAISE", "1")
    info.update(db=database, path=path)
    yield info
    database.dispose()


@pytest.fixture
def ui_app(ui_project, repo_root):
    """A factory of AppTests of app.py, signed in as the given coder (default PRA 'ana')."""
    from streamlit.testing.v1 import AppTest

    from pipeline.ui.keys import Keys

    def make(coder: str | None = "ana", role: str = "pra") -> AppTest:
        from pipeline.access import verify_login

        at = AppTest.from_file(str(repo_root / "app.py"), default_timeout=30)
        if coder:
            # A real sign-in (these coders have no password): the app checks the token on every rerun.
            with ui_project["db"].session() as s:
                token = verify_login(s, coder, None)
            at.session_state[Keys.CODER] = coder
            at.session_state[Keys.CODER_ROLE] = role
            at.session_state[Keys.AUTH_TOKEN] = token
        return at

    return make


@pytest.fixture
def ui_server(ui_project, repo_root, tmp_path):
    """`streamlit run app.py` on a free loopback port against the ui_project database; yields the URL."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    # imported before the server starts, so a broken import cannot leave it running
    from pipeline.ui.launch import stop_server

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = dict(os.environ, NEEDSMAP_DB=str(ui_project["path"]), NEEDSMAP_UI_RAISE="0")
    log = (tmp_path / "streamlit.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(repo_root / "app.py"), "--server.address", "127.0.0.1",
         "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=repo_root, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.time() > deadline:
                    raise RuntimeError("the streamlit server did not start: " + (tmp_path / "streamlit.log").read_text())
                time.sleep(0.3)
        yield url
    finally:
        stop_server(proc)
        log.close()


@pytest.fixture
def chromium_browser():
    """Headless Chromium from Debian's package driven by Playwright; skipped when it is not installed."""
    exe = Path("/usr/bin/chromium")
    if not exe.exists():
        pytest.skip("/usr/bin/chromium is missing (apt-get install -y chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(exe),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )
        try:
            yield browser
        finally:
            browser.close()

# --- privacy and durability fixtures ------------------------------------------

PG_BIN = Path("/usr/lib/postgresql/15/bin")
DEID_DATA = REPO / "tests" / "data" / "deid"


class PgCluster:
    """A throwaway PostgreSQL 15 cluster on a free loopback port (trust auth, stopped by stop()).

    initdb refuses to run as root, so as root the cluster belongs to the `postgres` user.
    Also used by benchmarks/bench_concurrency.py.
    """

    def __init__(self, bin_dir: Path = PG_BIN):
        import socket
        import tempfile

        self.bin = Path(bin_dir)
        self.base = Path(tempfile.mkdtemp(prefix="needsmap-pg-"))
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.data = self.base / "data"
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        import subprocess

        cmd = [str(a) for a in args]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, cwd=self.base)

    def start(self) -> "PgCluster":
        import shutil

        if os.geteuid() == 0:
            shutil.chown(self.base, "postgres", "postgres")
        self._run(self.bin / "initdb", "-D", self.data, "-U", "postgres", "--auth=trust",
                  "--no-sync", "-E", "UTF8", "--locale=C")
        opts = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
        self._run(self.bin / "pg_ctl", "-D", self.data, "-o", opts, "-l", self.base / "log", "-w", "start")
        return self

    def stop(self) -> None:
        import shutil

        try:
            self._run(self.bin / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        except Exception:  # noqa: BLE001 - already stopped
            pass
        shutil.rmtree(self.base, ignore_errors=True)


def pg_admin_conninfo(url: str) -> str:
    """A libpq URI (for psycopg.connect) from an SQLAlchemy URL."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_url():
    """An SQLAlchemy URL of a PostgreSQL server: $NEEDSMAP_TEST_PG_URL, else a throwaway cluster."""
    env = os.environ.get("NEEDSMAP_TEST_PG_URL")
    if env:
        yield env
        return
    if not (PG_BIN / "initdb").exists():
        pytest.skip("PostgreSQL 15 is not installed here and NEEDSMAP_TEST_PG_URL is not set")
    try:
        cluster = PgCluster().start()
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"a throwaway PostgreSQL cluster could not start: {exc}")
    yield cluster.url
    cluster.stop()


@pytest.fixture
def make_pg_db(pg_url):
    """Return make() -> URL of a fresh, empty PostgreSQL database (all dropped after the test)."""
    import uuid

    import psycopg
    from sqlalchemy.engine import make_url

    made = []

    def make() -> str:
        name = f"needsmap_test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(pg_admin_conninfo(pg_url), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return make_url(pg_url).set(database=name).render_as_string(hide_password=False)

    yield make
    with psycopg.connect(pg_admin_conninfo(pg_url), autocommit=True) as conn:
        for name in made:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_db_url(make_pg_db):
    """A fresh, empty PostgreSQL database for one test (dropped afterwards)."""
    return make_pg_db()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db_url(request, tmp_path):
    """The same test on an SQLite file and on a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "project.db")
    return request.getfixturevalue("pg_db_url")


@pytest.fixture
def any_db(any_db_url):
    """An open project database on SQLite and on PostgreSQL (see `any_db_url`)."""
    from pipeline.db import open_db

    database = open_db(any_db_url)
    yield database
    database.dispose()


@pytest.fixture
def deid_dir() -> Path:
    """Synthetic transcripts with invented names, and their roster (tests/data/deid)."""
    return DEID_DATA


@pytest.fixture
def deid_roster(deid_dir):
    from pipeline.deid import load_roster

    return load_roster(deid_dir / "roster.csv")


def seed_project(db_url, n_segments: int = 20, codes=("housing", "stigma", "safe_supply")) -> list[int]:
    """A codebook and one transcript of `n_segments` segments, written via the models; returns segment ids.

    Also used by benchmarks/bench_concurrency.py.
    """
    import hashlib

    from pipeline.codebook import CodebookSpec, store_codebook
    from pipeline.db import open_db
    from pipeline.models import FocusGroup, Segment, Site, Speaker, Transcript, Turn

    spec = CodebookSpec.model_validate({"name": "load", "codes": [
        {"id": c, "label": c.replace("_", " ").title(), "definition": f"talk about {c}"} for c in codes]})
    sentences = [f"Sentence number {i} about needs." for i in range(n_segments)]
    text = "P1: " + " ".join(sentences)
    database = open_db(db_url)
    with database.session() as s:
        store_codebook(s, spec)
        site = Site(name="seed")
        s.add(site)
        s.flush()
        grp = FocusGroup(site_id=site.id, name="g1")
        s.add(grp)
        s.flush()
        tr = Transcript(group_id=grp.id, source_name="seed.txt", format="txt", unit="sentence", text=text,
                        sha256=hashlib.sha256(text.encode()).hexdigest())
        s.add(tr)
        s.flush()
        sp = Speaker(transcript_id=tr.id, label="P1", pseudonym="P1", role="participant")
        s.add(sp)
        s.flush()
        turn = Turn(transcript_id=tr.id, speaker_id=sp.id, idx=0, start=0, end=len(text))
        s.add(turn)
        s.flush()
        ids, pos = [], 4
        for i, sent in enumerate(sentences):
            seg = Segment(transcript_id=tr.id, turn_id=turn.id, idx=i, start=pos, end=pos + len(sent), text=sent)
            s.add(seg)
            s.flush()
            ids.append(seg.id)
            pos += len(sent) + 1
    database.dispose()
    return ids


@pytest.fixture
def seeded_project():
    """Return seed_project(db_url, n_segments, codes) -> segment ids."""
    return seed_project

# --- new site fixtures --------------------------------------------------------


def _sample_paths(repo_root):
    import csv
    from types import SimpleNamespace

    tdir = repo_root / "data" / "sample_transcripts"
    paths = SimpleNamespace(transcripts=tdir, manifest=tdir / "manifest.csv",
                            codings=repo_root / "data" / "sample_codings.csv",
                            demographics=repo_root / "data" / "sample_demographics.csv",
                            codebook=repo_root / "codebooks" / "rose.yaml")
    if not (paths.manifest.is_file() and paths.codings.is_file() and paths.codebook.is_file()):
        pytest.skip("the sample study (data/sample_transcripts, data/sample_codings.csv, codebooks/rose.yaml) is not there yet")
    with paths.manifest.open(encoding="utf-8-sig", newline="") as fh:
        paths.rows = list(csv.DictReader(fh))
    paths.sites = sorted({r["site"] for r in paths.rows})
    half = (len(paths.sites) + 1) // 2
    paths.a_sites, paths.b_sites = paths.sites[:half], paths.sites[half:]
    return paths


def _ingest_sample_sites(path, study, sites, *, codebook=True):
    """Open a project at `path`, import rose.yaml (unless told not to) and the given sites' transcripts."""
    from pipeline.codebook import load_codebook_file, store_codebook
    from pipeline.db import open_db
    from pipeline.ingest import ingest_paths

    db = open_db(path)
    if codebook:
        with db.session() as s:
            store_codebook(s, load_codebook_file(study.codebook))
    for row in study.rows:
        if row["site"] in sites:
            report = ingest_paths(db, [study.transcripts / row["file"]], site=row["site"],
                                  group=row.get("group") or None, date=row.get("date") or None)
            assert not report.problems, report.problems
    return db


@pytest.fixture
def ingest_sample_sites():
    """Return ingest(path, study, sites, codebook=True) -> open Database with those sites imported."""
    return _ingest_sample_sites


@pytest.fixture
def sample_study():
    """The synthetic sample study in the repo: transcripts dir, manifest rows, codings, codebook, site split."""
    return _sample_paths(REPO)


@pytest.fixture(scope="module")
def sample_project_a(tmp_path_factory):
    """Project A: the first half of the sample sites, every labelled text confirmed by 'pra-a'.

    Built once per test module (ingest is the slow part); tests copy nothing into it.
    """
    from pipeline.evaluation import read_labelled_csv
    from pipeline.newsite import confirm_labelled_rows

    study = _sample_paths(REPO)
    path = tmp_path_factory.mktemp("site_a") / "a.db"
    db = _ingest_sample_sites(path, study, study.a_sites)
    study.labelled = read_labelled_csv(study.codings)
    study.confirmed_decisions = confirm_labelled_rows(db, study.labelled, coder="pra-a", sites=study.a_sites)
    db.dispose()
    study.a_path = path
    return study



@pytest.fixture
def small_codebook_spec():
    """A four-code codebook (one child code, one code without a theme) for site tests."""
    from pipeline.codebook import CodebookSpec

    return CodebookSpec.model_validate({
        "name": "mini",
        "sem_levels": [{"id": "organizational", "label": "Organizational"}, {"id": "policy", "label": "Policy"}],
        "themes": [{"id": "recognition", "label": "Recognition"}, {"id": "support", "label": "Support"}],
        "codes": [
            {"id": "housing", "label": "Housing", "definition": "no stable place to live, shelters, rent",
             "theme": "support", "sem_level": "policy", "keywords": ["housing", "rent"]},
            {"id": "shelter", "label": "Shelter beds", "parent": "housing", "theme": "support", "sem_level": "policy"},
            {"id": "stigma", "label": "Stigma", "definition": "being judged or looked down on for using drugs",
             "theme": "recognition", "sem_level": "policy", "keywords": ["judged", "stigma"]},
            {"id": "low_wage", "label": "Low wage", "definition": "pay too low to live on",
             "sem_level": "policy", "keywords": ["pay", "wage"]},
        ],
    })


@pytest.fixture
def build_sites_project():
    """Return build(db_path, groups, spec): a project written straight through the models.

    `groups` maps (site, group) or (site, group, file name) -> list of (speaker label, role,
    [sentences]); each key is one transcript and each sentence one segment. Returns
    {sentence: segment_id}. Needs no reader or segmenter.
    """
    def build(db_path, groups, spec):
        import hashlib

        from pipeline.codebook import store_codebook
        from pipeline.db import open_db
        from pipeline.models import FocusGroup, Segment, Site, Speaker, Transcript, Turn

        database = open_db(db_path)
        ids = {}
        with database.session() as s:
            store_codebook(s, spec)
            sites = {}
            made_groups = {}
            for key, turns in groups.items():
                site_name, group_name = key[0], key[1]
                file_name = key[2] if len(key) > 2 else f"{group_name}.txt"
                if site_name not in sites:
                    sites[site_name] = Site(name=site_name)
                    s.add(sites[site_name])
                    s.flush()
                if (site_name, group_name) not in made_groups:
                    made_groups[(site_name, group_name)] = FocusGroup(site_id=sites[site_name].id, name=group_name)
                    s.add(made_groups[(site_name, group_name)])
                    s.flush()
                grp = made_groups[(site_name, group_name)]
                blocks, spans, pos = [], [], 0
                for label, _role, sentences in turns:
                    head = f"{label}: "
                    body = " ".join(sentences)
                    spans.append((pos, pos + len(head), sentences))
                    blocks.append(head + body)
                    pos += len(head + body) + 2
                text = "\n\n".join(blocks)
                tr = Transcript(group_id=grp.id, source_name=file_name, format="txt", unit="sentence",
                                text=text, sha256=hashlib.sha256(text.encode()).hexdigest())
                s.add(tr)
                s.flush()
                speakers, seg_idx = {}, 0
                for t_idx, ((label, role, sentences), (t_start, body_start, _)) in enumerate(zip(turns, spans)):
                    if label not in speakers:
                        speakers[label] = Speaker(transcript_id=tr.id, label=label, pseudonym=f"P{len(speakers) + 1}", role=role)
                        s.add(speakers[label])
                        s.flush()
                    end = body_start + len(" ".join(sentences))
                    turn = Turn(transcript_id=tr.id, speaker_id=speakers[label].id, idx=t_idx, start=t_start, end=end)
                    s.add(turn)
                    s.flush()
                    cur = body_start
                    for sentence in sentences:
                        assert text[cur:cur + len(sentence)] == sentence
                        seg = Segment(transcript_id=tr.id, turn_id=turn.id, idx=seg_idx, start=cur, end=cur + len(sentence),
                                      text=sentence)
                        s.add(seg)
                        s.flush()
                        ids[sentence] = seg.id
                        seg_idx += 1
                        cur += len(sentence) + 1
        database.dispose()
        return ids

    return build
