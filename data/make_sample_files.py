"""Write the synthetic sample study: transcripts in every supported format, codings, manifest.

Everything here is SYNTHETIC: written by the needsmap team to look like peer-led focus
groups with peer workers in harm reduction (modelled on the study design of Mamdani et
al. 2021). No real person said any of it, and every speaker is a pseudonymous label.

The dialogue below is the single source: each group's script is rendered into its file
format(s), and the `{code,...}` tags after participant sentences become
`data/sample_codings.csv`, together with the facilitators' sentences as uncoded rows
(tags never reach the transcripts). Re-running the script
rewrites the same files, so the binary formats (.docx, .xlsx) stay reproducible.

Usage: python data/make_sample_files.py [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import textwrap
import zlib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent

SYNTHETIC_NOTE = (
    "SYNTHETIC sample transcript written by the needsmap team for testing and demos. "
    "Not a real focus group; all speakers are pseudonymous labels."
)

# Short tags keep the dialogue readable; they expand to the fixed ROSE code ids.
CODE_ALIASES = {
    "sk": "skills_confidence",
    "sc": "self_care",
    "db": "debriefing_access",
    "pr": "professional_relations",
    "st": "staff_communication",
    "ineq": "workplace_inequity",
    "prec": "precarious_work",
    "resp": "workplace_respect",
    "role": "role_clarity",
    "res": "workplace_resources",
    "comm": "community_recognition",
    "acc": "resource_access",
    "stig": "stigma",
    "wage": "low_wage",
    "crim": "criminalization",
    "hous": "housing",
}

PARTICIPANT_RE = re.compile(r"^(P|Participant |PARTICIPANT )\d+$")
TAG_RE = re.compile(r"[ ]?\{([a-z,\-]+)\}")
SPLIT_MARK = "--- part 2 ---"


@dataclass
class Turn:
    speaker: str
    text: str  # exactly the words that appear in the file
    tags: dict[int, list[str]] = field(default_factory=dict)  # sentence end offset -> code ids
    seconds: float = 0.0

    @property
    def is_participant(self) -> bool:
        return bool(PARTICIPANT_RE.match(self.speaker))


@dataclass
class Part:
    file: str
    fmt: str
    turns: list[Turn]


@dataclass
class Group:
    id: str
    site: str
    date: str
    files: list[tuple[str, str]]  # (file name, format) per part
    script: str
    smart_quotes: bool = False
    encoding: str = "utf-8"

    def parts(self) -> list[Part]:
        chunks = self.script.split(SPLIT_MARK)
        if len(chunks) != len(self.files):
            raise ValueError(f"{self.id}: {len(chunks)} script parts but {len(self.files)} files")
        return [Part(f, fmt, _timed(parse_script(chunk, self.smart_quotes)))
                for (f, fmt), chunk in zip(self.files, chunks)]


def _smarten(text: str) -> str:
    """Word-style typographic apostrophes and quotes."""
    text = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", text)
    text = re.sub(r"(^|[\s(])'", "\\1\u2018", text)
    text = text.replace("'", "\u2019")
    text = re.sub(r'(^|[\s(])"', "\\1\u201c", text)
    return text.replace('"', "\u201d")


def parse_script(script: str, smart_quotes: bool = False) -> list[Turn]:
    """One `SPEAKER: words {tags}` line per turn -> turns with tag offsets into the clean words."""
    turns = []
    for raw in script.strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        speaker, _, body = raw.partition(": ")
        if not body:
            raise ValueError(f"script line without 'SPEAKER: ': {raw!r}")
        clean, tags, pos = [], {}, 0
        for m in TAG_RE.finditer(body):
            piece = body[pos:m.start()]
            clean.append(piece)
            offset = len("".join(clean))
            codes = [] if m.group(1) == "-" else [CODE_ALIASES[a] for a in m.group(1).split(",")]
            tags[offset] = codes
            pos = m.end()
        clean.append(body[pos:])
        text = "".join(clean)
        if smart_quotes:
            text = _smarten(text)  # same length, so tag offsets stay valid
        turns.append(Turn(speaker.strip(), text.strip(), tags))
        if text != text.strip() or "  " in text:
            raise ValueError(f"stray spaces in turn: {raw!r}")
    return turns


def _timed(turns: list[Turn]) -> list[Turn]:
    """Plausible start times: about 2.6 words a second plus a short pause between turns."""
    t = 4.0
    for turn in turns:
        turn.seconds = t
        t += max(1.2, len(turn.text.split()) / 2.6) + 0.9
    return turns


def _hms(seconds: float, sep: str = ".") -> str:
    ms = int(round(seconds * 1000))
    h, rem = divmod(ms, 3_600_000)
    m, rem = divmod(rem, 60_000)
    s, ms = divmod(rem, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def _clock(seconds: float) -> str:
    """`4:12` or `1:02:15`, as transcription services print it."""
    s = int(seconds)
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _caption_chunks(text: str, max_words: int = 13) -> list[str]:
    words = text.split(" ")
    return [" ".join(words[i:i + max_words]) for i in range(0, len(words), max_words)]


# ---------------------------------------------------------------- renderers


def render_txt_colon(turns: list[Turn]) -> str:
    return "".join(f"{t.speaker}: {t.text}\n" for t in turns)


def render_txt_bracket(turns: list[Turn]) -> str:
    return "".join(f"[{_hms(t.seconds)[:8]}] {t.speaker}: {t.text}\r\n" for t in turns)


def render_txt_pdf(turns: list[Turn], lines_per_page: int = 46) -> str:
    """`mm:ss SPEAKER:` header, words wrapped as a PDF converter leaves them, page footers."""
    lines: list[str] = []
    for t in turns:
        lines.append(f"{_clock(t.seconds).zfill(5)} {t.speaker}: ")
        lines.extend(w + " " for w in textwrap.wrap(t.text, width=92, break_long_words=False, break_on_hyphens=False))
        lines.append(" ")
    pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    out = []
    for n, page in enumerate(pages, start=1):
        out.extend(page)
        if n < len(pages):
            out.append(f"Page {n + 1} of {len(pages)}")
    return "\n".join(out) + "\n"


def render_txt_speaker_ts(turns: list[Turn]) -> str:
    blocks = []
    for t in turns:
        body = "\n".join(textwrap.wrap(t.text, width=78, break_long_words=False, break_on_hyphens=False))
        blocks.append(f"{t.speaker}  {_clock(t.seconds)}\n{body}\n")
    return "\n".join(blocks)


def render_vtt(turns: list[Turn]) -> str:
    out = ["WEBVTT", "", "NOTE", SYNTHETIC_NOTE, ""]
    for t in turns:
        chunks = _caption_chunks(t.text)
        span = max(1.2, len(t.text.split()) / 2.6)
        for i, chunk in enumerate(chunks):
            a = t.seconds + span * i / len(chunks)
            b = t.seconds + span * (i + 1) / len(chunks)
            out += [f"{_hms(a)} --> {_hms(b)}", f"<v {t.speaker}>{chunk}", ""]
    return "\n".join(out)


def render_srt(turns: list[Turn]) -> str:
    out, n = [], 0
    for t in turns:
        chunks = _caption_chunks(t.text)
        span = max(1.2, len(t.text.split()) / 2.6)
        for i, chunk in enumerate(chunks):
            n += 1
            a = t.seconds + span * i / len(chunks)
            b = t.seconds + span * (i + 1) / len(chunks)
            out += [str(n), f"{_hms(a, ',')} --> {_hms(b, ',')}", f"{t.speaker}: {chunk}", ""]
    return "\n".join(out)


def render_csv(turns: list[Turn]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["speaker", "text", "timestamp"])
    for t in turns:
        w.writerow([t.speaker, t.text, _hms(t.seconds)[:8]])
    return buf.getvalue()


def write_docx(turns: list[Turn], path: Path, table: bool, title: str) -> None:
    import datetime

    from docx import Document

    doc = Document()
    props = doc.core_properties
    props.title = title
    props.comments = SYNTHETIC_NOTE
    props.author = "needsmap sample generator"
    # Fixed dates so re-running the script gives the same document properties.
    props.created = props.modified = datetime.datetime(2024, 1, 1)
    props.last_modified_by = "needsmap sample generator"
    if table:
        tbl = doc.add_table(rows=1, cols=2)
        tbl.rows[0].cells[0].text, tbl.rows[0].cells[1].text = "Speaker", "Text"
        for t in turns:
            cells = tbl.add_row().cells
            cells[0].text, cells[1].text = t.speaker, t.text
    else:
        for t in turns:
            doc.add_paragraph(f"{t.speaker}: {t.text}")
    doc.save(path)


def write_xlsx(turns: list[Turn], path: Path, title: str) -> None:
    import datetime

    from openpyxl import Workbook

    wb = Workbook()
    wb.properties.title = title
    wb.properties.description = SYNTHETIC_NOTE
    wb.properties.creator = "needsmap sample generator"
    wb.properties.created = wb.properties.modified = datetime.datetime(2024, 1, 1)
    ws = wb.active
    ws.title = "transcript"
    ws.append(["speaker", "text", "timestamp"])
    for t in turns:
        ws.append([t.speaker, t.text, _hms(t.seconds)[:8]])
    ws.column_dimensions["B"].width = 100
    wb.save(path)


TEXT_RENDERERS = {
    "txt_colon": render_txt_colon,
    "txt_bracket": render_txt_bracket,
    "txt_pdf": render_txt_pdf,
    "txt_speaker_ts": render_txt_speaker_ts,
    "vtt": render_vtt,
    "srt": render_srt,
    "csv": render_csv,
}
FORMATS = set(TEXT_RENDERERS) | {"docx_paragraphs", "docx_table", "xlsx"}


def write_part(group: Group, part: Part, out: Path) -> Path:
    path = out / part.file
    title = f"Synthetic sample focus group {group.id} ({group.date})"
    if part.fmt in TEXT_RENDERERS:
        text = TEXT_RENDERERS[part.fmt](part.turns)
        # newline="" keeps the renderer's own line endings (CRLF where it chose them).
        with open(path, "w", encoding=group.encoding, newline="") as fh:
            fh.write(text)
    elif part.fmt in ("docx_paragraphs", "docx_table"):
        write_docx(part.turns, path, table=part.fmt == "docx_table", title=title)
    elif part.fmt == "xlsx":
        write_xlsx(part.turns, path, title=title)
    else:
        raise ValueError(f"unknown format {part.fmt}")
    return path


# ---------------------------------------------------------------- codings


def _sentencizer():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _keep_uncoded(sentence: str) -> bool:
    """Which uncoded sentences (`{-}` and the facilitators') go into the codings file.

    All longer ones (on-topic talk with no code teaches the most), and a fixed fifth of
    the short ones (back-channel, fragments), so short filler does not swamp the file.
    """
    return len(sentence.split()) >= 5 or zlib.crc32(sentence.encode("utf-8")) % 5 == 0


def coded_sentences(groups: list[Group] | None = None) -> list[dict]:
    """Rows `id,text,codes` for every tagged participant sentence and the facilitators' sentences, in transcript order.

    Facilitator, moderator and whole-group sentences are rows with no code: a team's coded
    transcript has them too, and without them an engine never learns that 'Let's talk about
    pay.' opens a topic rather than raising it.

    Raises ValueError when a tag does not sit at the end of a sentence as spaCy's
    sentencizer splits it, so every row is exactly one unit the tool will show.
    """
    nlp = _sentencizer()
    rows = []
    for group in groups or GROUPS:
        n = 0
        for part in group.parts():
            for turn in part.turns:
                if not turn.is_participant:
                    if turn.tags:
                        raise ValueError(f"{group.id}: codes on a non-participant turn: {turn.text[:40]}")
                    for sent in nlp(turn.text).sents:
                        if _keep_uncoded(sent.text):
                            n += 1
                            rows.append({"id": f"{group.id}:{n:03d}", "text": sent.text, "codes": ""})
                    continue
                if not turn.tags:
                    continue
                ends = {s.end_char: s.text for s in nlp(turn.text).sents}
                for offset, codes in sorted(turn.tags.items()):
                    if offset not in ends:
                        raise ValueError(f"{group.id}: tag not at a sentence end: {turn.text[:offset][-60:]!r}")
                    if not codes and not _keep_uncoded(ends[offset]):
                        continue
                    n += 1
                    rows.append({"id": f"{group.id}:{n:03d}", "text": ends[offset], "codes": ";".join(codes)})
    return rows


def participant_speech(groups: list[Group] | None = None) -> dict[str, list[str]]:
    """Participant turn texts by group id, as the script holds them."""
    out: dict[str, list[str]] = {}
    for group in groups or GROUPS:
        out[group.id] = [t.text for p in group.parts() for t in p.turns if t.is_participant]
    return out


def write_all(out: Path, codings_path: Path | None = None) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    for group in GROUPS:
        for part in group.parts():
            write_part(group, part, out)
            manifest.append({"file": part.file, "site": group.site, "group": group.id, "date": group.date})
    with open(out / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "site", "group", "date"], lineterminator="\n")
        w.writeheader()
        w.writerows(manifest)
    rows = coded_sentences()
    if codings_path is not None:
        with open(codings_path, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=["id", "text", "codes"], lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE / "sample_transcripts")
    ap.add_argument("--codings", type=Path, default=HERE / "sample_codings.csv")
    args = ap.parse_args()
    rows = write_all(args.out, args.codings)
    counts: dict[str, int] = {}
    for r in rows:
        for c in filter(None, r["codes"].split(";")):
            counts[c] = counts.get(c, 0) + 1
    empty = sum(1 for r in rows if not r["codes"])
    multi = sum(1 for r in rows if r["codes"].count(";") >= 1)
    print(f"{len(rows)} rows in the codings file, {empty} with no code, {multi} with several codes")
    for code in CODE_ALIASES.values():
        print(f"  {code:24s} {counts.get(code, 0)}")
    for group in GROUPS:
        parts = group.parts()
        n_all = sum(len(p.turns) for p in parts)
        n_p = sum(t.is_participant for p in parts for t in p.turns)
        print(f"{group.id:12s} turns={n_all:3d} participant turns={n_p:3d} files={[p.file for p in parts]}")


# ---------------------------------------------------------------- the groups
# Tags: {sk} skills_confidence, {sc} self_care, {db} debriefing_access,
# {pr} professional_relations, {st} staff_communication, {ineq} workplace_inequity,
# {prec} precarious_work, {resp} workplace_respect, {role} role_clarity,
# {res} workplace_resources, {comm} community_recognition, {acc} resource_access,
# {stig} stigma, {wage} low_wage, {crim} criminalization, {hous} housing,
# {-} a participant sentence kept in the codings file with no code.

GROUPS: list[Group] = []

# Fraser region, group 1: plain text, `Name: text` lines.
GROUPS.append(Group(
    id="fraser-1", site="fraser", date="2018-11-20",
    files=[("fraser-1_maple_ridge.txt", "txt_colon")],
    script=r"""
FAC: Okay, I think it's recording now. Can everybody hear me alright?
P2: Yep. {-}
P4: Loud and clear. {-}
FAC: Thanks for coming out, I know it's pouring out there. Coffee and muffins are on the side table, help yourselves. We're only using numbers today, so you're P1 through P4, and nothing you say leaves this room with your name on it.
P1: Is that the real coffee or the decaf? {-}
FAC: Real stuff, I checked.
P1: Thank God, I was on the overnight. {-}
FAC: So, first question, and it's an easy one. Tell me a bit about what a normal shift looks like for you.
P3: There's no normal shift, that's the thing. {-} Some nights it's quiet and I'm doing laundry and making coffee for the residents, and then some nights I'm doing three overdoses before midnight. {-}
P2: For me it's mostly the front desk and the washroom checks. {-} Every ten minutes you knock, you wait, you knock again. {-}
P4: And the sharps. {-} Don't forget the sharps. {-}
P2: Oh yeah, the rig dig, every morning, the whole parking lot and the field behind the building. {-}
FAC: And who decides what you do on a shift?
P1: Whoever's on. {-} Honestly it depends which staff is on that day, because nobody ever sat me down and said this is your job, this is where it stops. {role}
P3: Right. {-}
P1: One supervisor wants me doing intake with her, the next one says peers aren't supposed to touch intake. {role} So I stopped offering. {-}
FAC: What's the hardest part of the job for you?
P4: The overdoses, for sure. {-} You never get used to it. {-} I've been doing this two years and my hands still shake after. {sc}
P3: For me it's the going home part. {-} You close the door and it's all still in your head, the colour of their face, the sound. {sc}
P2: Yeah. {-}
P3: I don't sleep good after a bad night, I'll lie there until four. {sc}
FAC: Has anyone ever debriefed you after an overdose?
P4: Never. {-} Not once. {-}
P1: [laughter] Debriefed, that's a good one. {-}
P2: The staff get a debrief, they sit in the office with the door closed after a big one. {db,ineq} We're out on the floor mopping up. {resp}
P4: We debrief each other out by the dumpster, having a smoke. {db} That's our debriefing. {-}
FAC: What would a good debrief look like, if you could design it?
P3: Somebody who's been there. {-} Not a counsellor reading off a sheet, somebody who's actually done a reversal and knows what it does to you. {db}
P1: And not two weeks later. {-} Same night, or next morning at least, before you have to walk back into that room. {db}
P2: Mm-hm. {-}
FAC: Let's talk about the staff who don't have lived experience. How is it working with them?
P2: Some of them are great, I'm not gonna lie. {-} But there's a wall. {-}
P1: There's a wall, yeah. {-}
P2: They have their meeting every Thursday and we're not invited, and then things just change and nobody tells us. {st} Like last month they changed the guest policy and I found out when a resident yelled at me for enforcing the old one. {st}
P4: The whiteboard. {-} Tell her about the whiteboard. {-}
P2: [laughter] Okay so, they started writing the important stuff on a whiteboard in the staff office, and peers aren't allowed in the staff office. {st,ineq} So the information is literally behind a locked door. {st}
FAC: Wow.
P3: And if you ask, you're being difficult. {resp}
P1: We know the residents better than anyone, we know who's using alone, who's got a new dealer, who's not eating. {-} But when I bring it up, they nod and write nothing down. {resp}
FAC: How does pay compare, for those who are comfortable talking about it?
P4: Comfortable, sure, it's not a secret. {-} I get fifteen an hour and the support worker beside me doing the exact same desk shift gets close to twenty-five. {ineq,wage}
P3: And they have benefits. {ineq} I had a toothache for three months because I couldn't afford the dentist. {wage,sc}
P2: We're not even on the same payroll. {ineq} We get a separate cheque, like we're volunteers who get a tip. {ineq}
P1: Fifteen bucks doesn't go far out here anymore. {wage} Rent in Maple Ridge is the same as the city now. {hous}
FAC: Is the work steady?
P4: Steady like the weather. {-}
P3: [laughter] It's all casual. {prec} You get a text, can you come in at two, and if you say no three times they stop texting. {prec}
P1: I asked for a contract last year and they said the peer program is a pilot, so there's no contracts. {prec} It's been a pilot for four years. {prec}
P2: Yeah, four years. {-}
FAC: What about training? When you started, what did they give you?
P2: A naloxone kit and a tour of the building. {sk}
P4: That's about it. {-}
P3: I did the first aid course but I paid for it myself, a hundred and twenty bucks. {sk,wage}
P1: I'd like to know more about mental health stuff. {sk} We've got guys in here who are hearing voices and I don't know if I'm making it worse or better when I talk to them. {sk}
P4: And de-escalation. {sk} Somebody comes at you with a bottle at three in the morning, there's no staff around, what do you do? {sk}
FAC: What about police and paramedics? How do they treat you?
P3: The paramedics out here are mostly okay, I'll give them that. {pr} A couple of them know me by now. {pr}
P4: Not the fire guys. {-} Fire shows up first and they push right past you, even if you've got the bag mask on and you're in the middle of a breath. {pr}
P1: It's because we don't have anything that says who we are. {res} I'm wearing a hoodie, I look like everybody else in the room. {res}
P2: A vest, a badge, something. {res}
P4: Exactly. {-}
FAC: Let's take a little break there. Anybody want more coffee?
P1: Is that a dog barking? {-}
P3: That's the neighbour's dog, he does that all day. {-}
FAC: Okay, we're back. How do you think people in Maple Ridge see the work you do?
P2: They don't see it. {-} People think we're residents who got a lanyard. {comm}
P3: My sister asked me when I'm going to get a real job. {comm} I've saved more lives than she's ever met. {comm}
P1: There's a lot of anger in town right now about the camp, about needles in the park. {comm} And we're the face of it, so we get yelled at. {comm,stig}
P4: At the grocery store a lady said, "You people are ruining this town." {stig} I was on my lunch break, in my work shirt. {-}
FAC: Do you think that's about drugs, or about the work?
P4: Both. {-} Once they know you used, you're a junkie, doesn't matter if you're clean ten years or if you're working. {stig}
P2: Mm-hm. {-}
FAC: What about things outside of work? Housing, ID, that kind of thing.
P3: Half of us are one bad month away from losing our place. {hous} I was in the shelter when I started here. {hous}
P1: Yeah. {-}
P2: And getting ID is a nightmare. {acc} I lost my wallet in the summer at the [inaudible] and it took till October to get a new BC ID, because you need your birth certificate to get the card and you need the card to get the birth certificate. {acc}
P4: And you can't get a cheque without it. {-}
FAC: If you could change one thing tomorrow, what would it be?
P1: A job description. {role} Something on paper that says this is what a peer worker does, and this is what we don't do. {role}
P4: Pay. {-} Just pay us like the other staff. {ineq}
P3: Somebody to talk to after. {db}
P2: Get us into the Thursday meeting. {st}
ALL: Yeah.
FAC: Before we wrap up, I want to go back to the Thursday meeting, because I saw a lot of nodding when P2 brought it up. When something changes at the building, how do you actually find out?
P1: You find out by walking into it. {st} Two weeks ago I showed up for the overnight and the door code was different. {st}
P4: Oh, the door code. {-}
P1: The staff had the new code in their inbox since the Monday, and peers aren't on that email list. {st,ineq}
P3: I don't think it's on purpose, we're just not on their radar when they send stuff out. {st}
FAC: Does anybody ever ask you before a change gets made?
P2: One time they asked us about the new sign-in sheet for guests, and we said it would start fights at the door, and they did it anyway. {resp} And yeah, it started fights at the door. {-}
P4: I swear to God they hear "peer" and think extra pair of hands. {role} Mop this, carry that, go sit with this guy while I make a call. {resp}
FAC: So what do you think your job is, P4?
P4: Keeping people breathing. {-} The rest is whatever the staff don't feel like doing that day. {resp}
P1: See, and I'd say it's being the one the residents actually trust, which isn't written down anywhere. {role}
P3: I got written up for letting a guy use the office phone to call his mom, and nobody had ever told me that was a staff-only thing. {role,st}
P2: When there's a fight at the door, suddenly I'm security. {resp,role}
P1: Sorry, that's my phone, hang on. {-}
P4: [laughter] It's his mom, she calls every night at eight. {-}
FAC: [laughter] Okay. I want to go back to money for a minute. How does the pay actually play out for you, week to week?
P3: By the last week of the month I'm at the church lunch on 224th like everybody else. {wage}
P2: I work weekends at the bottle depot, and I don't know anybody here who gets by on just this one job. {wage}
P1: I did the math once, and after the bus pass and my phone bill I'm clearing maybe eight bucks an hour. {wage}
P4: And every time they hire a new support worker, guess who trains her on the floor? {ineq} She makes more than me on her first day. {ineq}
P1: I'm on disability, so if I go over my limit in a month they take it back, and I end up turning shifts down. {wage}
P3: Can I be a bit of a downer? {-} I'm not even sure we'll have jobs in the spring, so I'm not gonna fight over a couple of bucks. {prec}
FAC: What have you heard about the spring?
P3: Somebody said the money from Fraser Health is only signed till the end of March. {prec}
P1: We'd find out when the new schedule comes out without our names on it. {prec,st}
P4: I already put in an application at the casino, just in case. {prec} Don't look at me like that. {-}
FAC: I want to go back to the overdoses too. P4, you said your hands still shake after. What happens right after one, on shift?
P4: You fill out the incident report. {-} That's your support, a form. {db}
P2: Last month I brought back a young girl in the second floor bathroom, nineteen maybe. {-} The staff on shift asked me if I was done with the paperwork, and that was the whole conversation. {db} I went home and scrubbed my hands until they were raw. {sc}
P1: [crosstalk] And if you ask to step out for ten minutes after, you get told the desk can't be empty. {db}
P3: There was a peer at the Mission site who used to phone me after the bad ones. {db} But they moved her to days and cut her hours, so that's gone. {prec,db}
P1: What kills me is the staff get that employee assistance line, six free sessions, and we can't use it because we're not employees. {db,ineq}
P4: We're "peer contractors." {role} Whatever that means. {-}
P2: I'd settle for a quiet room, just somewhere that isn't the smoke pit where you can sit for ten minutes with the door shut. {sc}
FAC: What about training, or equipment? What's missing that you've seen other people get?
P3: The staff did a two-day thing on trauma last spring, and we were the ones covering their shifts so they could go. {sk,ineq}
P1: Sometimes I'm scared I'll blank on the steps right when it's happening. {sk}
P2: We asked for vests back in the summer and got told there's no line in the budget for it. {res}
P1: I bought my own headlamp for the field, there's no lights back there and you're feeling around in the dark for rigs. {res}
P4: There's one radio for the whole floor and the staff keep it in the office. {res,ineq}
FAC: You mentioned fire and paramedics earlier. What about the RCMP out here, or the hospital?
P4: The RCMP are a mixed bag. {pr} One of them stood in the doorway while I was doing breaths and asked me what the guy took, like I'd sold it to him. {pr}
P1: Oh, don't get me started. {-} At Ridge Meadows the emerg nurse told me to wait outside, and I'm the only one who knew what he used. {pr}
P3: To be fair, the fire captain came by last year and had coffee with us, and his crew is way better now. {pr}
P2: And the ambulance guy last week actually asked me how many doses and wrote it down. {pr}
P1: The real problem is if there's a cruiser in the lot, nobody in the building will call for help. {crim}
P2: My old possession charge popped up on the criminal record check here, and they almost didn't hire me. {crim}
FAC: Okay, last piece. Getting people into things, like detox, housing, a doctor. How does that go?
P1: For detox you're calling every morning at eight to see if a bed opened. {acc} By the fourth day he's stopped answering his phone. {-}
P2: And when a bed does come up it's in Surrey or out in Abbotsford, and how's he getting there with no bus fare? {acc}
P4: I don't even know half the places we're supposed to send people. {acc} There's a list taped by the front desk from like two thousand twelve. {acc}
P3: The walk-in on the highway has a sign up now that says they don't do methadone, so where do my guys go? {acc}
P2: When the camp got cleared, some of those folks got into the modular building and the rest just scattered into the bush. {hous} I still see a couple of them at the bottle depot. {-}
P3: And I'm not much better, I'm renting a room off a guy in Haney because a one-bedroom on what we make is a joke, and he just told me he's selling. {hous,wage}
P2: The bakery across the road won't let us use their washroom anymore, because we're "from that place." {comm,stig} They used to give us the day-old bread, too. {-}
P3: The girl at the pharmacy waves at me now, though, she knows I'm the one bringing people in for their carries. {comm}
P4: At my kid's hockey I just say I work at a front desk. {stig} The second you say harm reduction, those parents look at you like you're gonna sell to their kids. {stig}
P2: Some of the new staff still say "the addicts" right in front of us, like we're not standing there. {stig,resp}
P1: One of them locks her purse in the drawer when I come on shift. {stig}
FAC: Before we wrap up, I want to ask about something we haven't touched yet. Say a brand-new peer starts at the building next Monday. What would you tell them on their first day?
P3: Bring a lunch, because the line for the microwave is brutal at noon. {-}
P1: Write everything down, because the rules they give you on Monday won't be the rules on Friday, and nobody's going to announce the switch. {st}
P4: I'd tell them to ask each supervisor what they want from you, since you'll get four different answers about what a peer is even for. {role}
P2: [laughter] And then go with whichever one gets you in the least trouble. {-}
FAC: Is that a joke, or is that how it works?
P2: Half and half. {-} I got chewed out on a Tuesday for doing the exact thing I'd been told to do on the Sunday. {role}
P3: I'd tell them to find the other peers fast, because we're the only ones who'll sit with you when somebody doesn't make it. {db}
P4: And don't wait for anybody in the office to ask how you're holding up after a rough night. {db}
FAC: What would you tell them about the residents?
P1: Some of them are going to be people you used with, and there was nothing in my orientation about how to handle that. {sk}
P2: A guy I went to high school with moved onto the third floor in my second week. {-} We're good now, he still calls me by my old nickname. {-}
P3: Honestly the residents say thanks to us more than the staff ever have. {resp}
FAC: Let's talk about time off. What happens when you're sick, or you just need a day?
P4: If I call in sick I just lose the money for that day, while the staff have sick days sitting in the bank. {ineq}
P1: I came in with a fever in January because one missed shift means I'm short on rent. {sc,wage}
P2: The last time I asked for a day for my own head, my supervisor wanted to know if I was using again. {sc,stig}
P4: That's messed up, man. {-}
P3: I book my counsellor on my days off, she's been seeing me since way before this job. {-} The staff put in for their two paid weeks every January, and if we go anywhere we just don't get put on the schedule. {ineq}
P4: I haven't had more than two days off in a row since the summer before last. {sc} My back is wrecked and I'm snapping at my kids over nothing. {sc}
FAC: If you wanted to change something about your schedule, who would you go to?
P2: The program coordinator, in theory, she does the schedule on the last Friday of every month. {-}
P1: She's nice enough, she just works Monday to Friday in the daytime and we're mostly nights and weekends. {-} So I leave notes in her mailbox and maybe get an answer a week later, maybe not. {st}
P3: I've been trying to get a yes or no on dropping down to four nights since the fall, and it's just silence from upstairs. {st}
P4: They moved the naloxone cabinet to the back hall over a long weekend, and nobody on my shift knew where it went until a guy went down. {st}
FAC: Has anything actually gotten better since you started?
P3: The coffee, and they finally got a second fridge in the back room. {-} And the last two overdoses we had, both guys were sitting up and talking before the ambulance even got here. {-}
P4: [laughter] The coffee is exactly the same, you just got used to it. {-}
P1: No, seriously, the new night supervisor asks what we think before she makes a call about a resident, and sometimes she actually goes with it. {resp}
P2: After that week in August with all the overdoses, she ordered pizza and sat with us for two hours and let us talk it out. {db} First time in three years anybody at work did that. {-}
P4: One person can't fix the whole place, though. {-} She's moving over to days in the new year anyway. {-}
P1: When the people from the health authority toured last month, the coordinator walked them right past the peer desk like we were furniture. {resp}
P3: And it's still us they hand the plunger to when a toilet overflows at two in the morning. {resp}
FAC: What about out in town? Anything changed out there?
P1: The paper ran a whole story on the overdose numbers and never said that peers did most of the reversals in this town. {comm}
P2: We did a naloxone talk at the library, and after, an older guy told me he had no clue anybody got paid to do what we do. {comm}
P4: When I tell people I do overdose response, they figure I'm volunteering through a church or something. {comm}
P3: There's an RCMP cruiser parked across the street most nights now, just sitting there with the engine running. {-} I see it every morning when I walk out at seven after the overnight. {-}
P1: That cruiser is why people go use in the bushes by the tracks instead of inside where we can see them. {crim}
P2: The paramedics on the night crew have started phoning the desk to give us a heads up when they're bringing somebody back from emerg. {pr}
FAC: Okay, one more. If the people who fund this were sitting right here, what would you want them to hear?
P1: That they can't keep renewing us three months at a time and expect anybody to stick around. {prec}
P4: Put us on the same grid as the support workers, because we're standing on the same floor doing the same desk. {ineq} Even the parking, the staff all get a spot out back and we walk from two blocks over. {ineq}
P3: Fifteen dollars an hour in this valley means you're picking between the bus pass and groceries. {wage} And I'm still on the BC Housing list from before I even started here. {hous}
P2: Give us a title that says what we actually do, like overdose responder. {role} Right now the word on my timesheet is just "peer" and that's it. {role}
P1: And pay for our phones, because I'm burning my own minutes on hold with detox for residents who need a bed. {res,acc} Then detox tells you there's no bed and to try again tomorrow. {acc}
P3: Even a ride once a month, to get people to the ID office, would make a difference. {acc}
P4: I'd want them to come work one Friday night, because from an office in Surrey they've got no idea what this job is. {comm}
P2: Pay day is every second Friday, so they could at least come on a pay day. {-}
FAC: Before we stop, I want to ask about last summer. A couple of you mentioned August. What was it like in the building when the heat wave hit, and then the smoke from the fires?
P3: The third floor hit thirty-four degrees one night, I checked it on my phone. {-}
P1: Everybody was sitting in the lobby because it was the only room with a fan that actually worked. {-}
P2: I'll be honest, I kind of liked the lobby being full like that, it felt like a big family for a couple of weeks. {-}
P4: Speak for yourself. {-} I was on a double the hottest day and I threw up in the back lane around three in the afternoon. {sc} Nobody told me to go home, and I wouldn't have anyway, because a short shift means a short cheque and I was already behind. {wage}
FAC: Was there a plan for the heat, that you knew of?
P1: There was a plan, apparently. {-} It was in a binder in the office, and I only found out it existed when the coordinator asked why I hadn't done the two o'clock room checks. {st,role}
P3: Nobody ever showed me what heat stroke looks like, and at two in the morning it looks a lot like somebody who's just really high. {sk}
P2: There was a guy on the fourth floor, all red and mixed up and not sweating, and I figured he got a bad batch. {-} Turned out it was the heat, and the paramedic told me I should've had ice on his neck, which is news to me. {sk}
FAC: And then the smoke came in.
P1: The sky was orange for about a week, you couldn't see the mountains from the front steps. {-}
P3: My asthma went sideways that week. {sc} I was doing the morning sharps sweep along the field in all that smoke, and there wasn't a single mask in the building for us. {res}
P4: I bought a box of masks at Canadian Tire with my own money and handed them out at the desk. {res}
P1: [laughter] You looked like a dentist for two weeks. {-}
P2: When the proper masks finally came in, the staff took the N95s and we got the thin paper ones that do nothing. {res,ineq}
FAC: What happened with overdoses during that stretch?
P2: They went through the roof. {-} People were using alone in their rooms with the doors shut, because the hallway was hot and crowded, and that's how you end up finding somebody too late. {-}
P3: We had six in four days, and one of them was a woman I'd known since we were kids in Mission. {-} She didn't come back. {-} Forty minutes after we lost her I was back at the desk signing in guests like it was any other Tuesday. {db}
P1: Was that the week of the long weekend? {-}
P3: The one right after. {-}
FAC: Did anyone check in with you after that one?
P3: The coordinator sent everybody a text with a little heart on it, and that was the whole debrief. {db}
P4: Four of us went to the Tim Hortons after the shift and talked it through ourselves, because that's the only debrief we were getting. {db}
P2: I couldn't do that one. {-} I went home and slept fourteen hours and still woke up wrecked. {sc}
P1: I asked for somebody to talk to, and they gave me a toll-free number, and the lady on it kept calling it my "incident." {db}
FAC: What happened with staffing after the summer?
P1: Three of the support workers quit in September, and another one went on stress leave. {-}
P4: Which, good for her, honestly. {-}
P2: And who do you think covered? {-} I was doing the med count with the casual nurse because there was literally nobody else, and that's not a peer thing, that's not anything I signed up for. {role}
P1: For most of October I was basically running the overnight, the shift log, the fire checks, the door, all of it. {role} Doing a support worker's whole shift for peer pay, while the agency guy next to me is making thirty-something an hour. {ineq}
P3: The agency ones were the strangest part. {-} They'd come in from Burnaby for one night, not know a single resident, and ask me which ones were the dangerous ones. {-}
P4: One of them asked me where the staff washroom was and then told me I wasn't allowed to use it. {ineq}
P2: [laughter] Classic. {-}
FAC: Did anyone explain what was going on with the staffing?
P1: No. {-} We figured it out from the schedule, all these blank shifts with "peer to cover" written in pencil. {st}
P3: They had a meeting about the shortage in September, and the only way I knew was the empty sandwich trays in the recycling. {st}
P4: I asked my supervisor straight out if they were hiring, and she said that was above her pay grade. {st}
P2: To be fair, I'd rather she say she doesn't know than make something up. {-}
P3: I opened the door at eleven one night and some stranger told me he was my relief, and that was the first I heard of it. {st}
FAC: How did the extra load land on you personally?
P4: I did eleven nights in a row in September, and by the end I was nodding off at red lights on the drive home. {sc}
P1: The extra money was nice, I won't pretend it wasn't. {-} Then the ministry took a chunk of my November cheque because of all that overtime, so half those nights were basically for free. {wage}
P3: My partner says I talk in my sleep now, mostly room numbers. {sc}
P2: I stopped going to my meetings, I just didn't have a single evening left in the week. {sc}
P4: My kids pretty much lived at their grandma's for the month. {-}
P2: I was scared to turn down any of the extra shifts, because the one time I said no in the spring I didn't hear from them for two weeks. {prec}
P3: The shifts came by text at midnight for the next morning. {prec}
P1: And the second they hired two new people in October, my hours dropped back to twelve a week, no conversation. {prec}
FAC: Was there any recognition for carrying all that?
P3: They put a thank-you card up in the staff office for getting through the summer, and it named every staff person and not one peer. {resp}
P1: At the barbecue in September the director gave a speech and thanked the nurses and the kitchen by name. {-} We were out front watching the door, so I guess we didn't count. {resp}
P4: The support workers got a retention bonus in October for sticking it out through the summer, and we got nothing, and we stuck it out too. {ineq}
P2: The casual nurse got time and a half for her extra shifts, and mine were paid straight. {ineq} One of the new hires did come find me to say she wouldn't have survived her first week without me. {resp} That meant a lot, actually. {-}
P3: And when I said we should be checking the top floor every hour in that heat, the manager said she'd take it under advisement, and that's the last I heard. {resp}
FAC: What about training, going through all that?
P4: The new hires got a three-day orientation, paid, with lunch, and mine was a Tuesday afternoon and a binder. {ineq,sk}
P1: I'd want something on how to talk to the other residents when somebody dies in the building, because all I did was say sorry a lot. {sk}
P3: Heat and smoke first aid, and what to do for somebody with COPD when the air's like that. {sk}
P2: And how to run a debrief for each other, since we're doing it anyway, we might as well do it right. {sk}
P4: I did a mental health first aid course in October, two days at the rec centre in Pitt Meadows, and it changed how I talk to people on the bad nights. {sk}
P1: Is that the one they had in Langley too? {-}
P4: Same one, I think. {-}
P1: I didn't know how to read the air quality numbers either, so when residents asked if it was safe to go out, I was just guessing. {sk}
FAC: And equipment, over that stretch?
P2: The one oxygen tank we have was empty for most of August, and it took a resident going blue for anybody to order a refill. {res}
P3: When the power went out on the hottest night, there wasn't a flashlight at the desk, so I did room checks with the light on my phone. {res}
P1: And I had to call the ambulance on my own cell, because the desk phone was dead with the power. {res}
P4: I still don't have a badge, so when the medics came in one of them asked the resident beside me if I lived here. {res,pr}
P2: A ten-dollar thermometer on each floor, that's all I asked for in August, and I'm still asking. {res}
P3: Our first aid kit had band-aids and some expired gauze in it, no ice packs, nothing for heat. {res}
FAC: What about the paramedics and police over the summer?
P4: The ambulance took forty minutes one night in August because every crew in the valley was out. {-} So it's me and a guy from the second floor doing breaths, and when they finally walk in, the first thing the medic says is who gave him all that naloxone, like I did something wrong. {pr}
P2: The paramedics were cooked too, they looked worse than we did by the end. {-}
P3: One of the medics came by in the smoke week with a case of Gatorade from the station for the residents, and stayed to chat. {pr}
P1: At Ridge Meadows the triage nurse actually came out to the waiting room to get my report, which is a first. {pr}
P2: Then the hospital sent a guy back to us at three in the morning in paper scrubs without calling, and when I phoned they said he was discharged and hung up. {pr}
P4: One firefighter told me to step back and let the professionals handle it, while he was reading the instructions off the naloxone box. {pr}
P3: [laughter] I remember that guy. {-}
P2: Honestly it'd be good to sit down with the ambulance crews before next summer, so they know our faces before the calls start. {pr}
P1: The RCMP started sweeping the park by the river in the heat, searching everybody's pockets, and they called it wellness checks. {crim} A wellness check doesn't need four cruisers and somebody's whole tent thrown in a dumpster. {crim,hous}
P2: A guy I work with got stopped walking to his shift with his naloxone bag and a sharps container, and they dumped the whole thing out on the hood of the car in front of the Safeway. {crim}
P3: One resident has a no-go area on his probation that covers the cooling centre, so on the worst day he just sat in his room at thirty-five degrees. {crim,acc}
P4: When a guy dropped on the sidewalk in the heat, the people around him scattered instead of calling 911, because they figured the cops would come too. {crim}
FAC: Where did people go to cool off, the ones without anywhere?
P2: The city opened the library as a cooling centre, but only until five, and out here the hottest part of the day is six or seven. {acc}
P1: And the library won't let you in with a cart or a big bag, so anybody carrying everything they own is out of luck. {acc,hous}
P3: The tents along the river were like ovens. {hous} I had a guy come to the desk with burns on his arm from the tent wall touching him while he slept. {hous}
P4: Then the smoke came, and they're breathing that all day and all night because there's no inside to go to. {hous}
P2: Housing told one of my guys the modular was full and there was nothing for the summer. {hous,acc}
P1: And a resident got picked up on an old warrant at the cooling centre, so after that nobody from our building would go near it. {crim,acc}
FAC: And what about your own places, through all that?
P1: My landlord wouldn't let me put a window unit in, and then in September he raised the rent anyway. {hous}
P3: Since the guy in Haney told me he's selling, I've looked at nine places, and the cheapest was a basement with no window for nine hundred a month, which is most of what I take home. {hous,wage}
P2: I'm alright there, actually, I'm in my aunt's suite and she barely charges me. {-}
P1: Lucky. {-}
P4: Half the peers I started with were couch surfing at some point this year, and you'd never know it from how they showed up. {hous}
P3: If this job came with even a little help finding a place, I wouldn't be looking out in Mission right now. {hous}
P1: I couldn't run a fan all night in August, because my hydro bill was already more than I could cover. {wage}
P2: With the smoke I was buying masks and my own inhaler refills, and that's money I don't have at fifteen an hour. {wage}
FAC: P4, you mentioned the shifts. Is there anything in writing now, after all that?
P4: Still no contract, by the way. {prec}
P3: They told the agency staff their contract runs to March, and we don't even have one to run out. {prec,ineq}
P1: The extra overnight peer we had in August was paid out of some summer emergency money, so that's gone now. {prec}
P2: I keep thinking if there's another summer like that, they'll just shut the peer desk to save money. {prec}
P4: I would've picked up porter shifts at the hospital when they were short too, but the criminal record check killed that. {crim}
FAC: What did the rest of the staff shortage look like from the desk?
P2: In September I was giving out the noon meds because there was no one else, and in October I got told off for even opening the med room door. {role}
P3: Somebody asked me to sit in on a tenancy meeting with a resident who was getting a warning, and I had no idea if I was there as his support or as staff. {role}
P1: There's a difference between helping out and being the free spare staff person, and nobody ever drew that line for us. {role}
P4: My paperwork says peer support and nothing else, and in August I was doing three people's jobs. {role}
P2: Nobody could tell me if I'm allowed to let residents sleep in the lobby when it's that hot. {role}
P3: The agency nurse handed me a mop the second she walked in, like that's what I'm for. {resp}
P1: Honestly, the night supervisor got us each a card in September with a real note in it, and I kept mine. {resp}
P2: Even now I couldn't tell you if they've hired anybody permanent, because nobody's said a word. {st}
P4: When I finally asked the manager about it she sent me an email full of words like capacity and retention, and I still don't know what it meant. {st}
FAC: How did the summer look from out in town?
P2: There was a letter in the paper in August saying our program was the reason people were lighting fires by the river. {comm}
P3: We set up a table out front with water and cold cloths for anybody walking by, and people crossed the street like we were handing out needles. {comm,stig}
P1: A woman from the church did stop and ask what we do, and she came back the next day with a cooler of ice. {comm}
P4: The mayor thanked the firefighters and the hospital at council, and we were the ones knocking on every door every two hours all month. {comm}
P2: The seniors' centre wanted to borrow our fans, and when I phoned over they asked if my supervisor could call them back instead. {comm}
P3: If we'd had a vest with something written on it, the people at the cooling centre might have let me in with my residents. {res,comm}
P1: My brother-in-law asked if I got hazard pay for babysitting junkies in the smoke. {comm,stig}
P4: At the Safeway a guy told me to go cool off in the river with the rest of the addicts. {stig}
P2: When I went to the walk-in for my chest, the doctor asked me twice if I was looking for something stronger. {stig}
P3: Even my mom asked if working nights in all that was going to make me slip. {stig}
P1: I don't tell my landlord what I do, because then he'd start wondering how I know so much about it. {stig}
P4: Some of the agency staff called the residents frequent flyers and looked right at me when they said it. {stig,resp}
FAC: What about getting people into services over the summer?
P2: The walk-in clinic shut for two weeks in August, and half my guys ran out of their inhalers. {acc}
P1: Detox had no beds because half their staff were off too. {acc}
P3: I didn't find out until October that there's a program through the health authority that gives out free fans. {acc}
P4: I spent a whole afternoon trying to get a resident's cheque sorted after he lost his ID when the camp got cleared, and I got bounced between four offices. {acc}
P2: That's pretty much every Tuesday. {-}
FAC: Some of you mentioned the new staff. How is it working alongside them now?
P3: Mostly fine. {-} One of them sat with me on my break last week, asked how I got into this work, and actually listened to the answer. {resp}
P4: They're young, a lot of them, straight out of the college program in Coquitlam. {-}
P1: They know the theory, I'll give them that, they can name every drug in the cabinet. {-}
P2: But one of them called the cops on a resident for yelling in the hallway, when I'd have had him calmed down in two minutes if anybody asked me. {resp}
P4: The new ones got their own login for the computer, and we still have to ask somebody to print the shift notes for us. {ineq,st}
P3: They go permanent part-time after three months, and I've been casual since the day I walked in. {prec,ineq}
P1: I like the tall one, he brings his own coffee and leaves the good stuff for us. {-}
P2: The residents handled the whole summer better than I expected, they really looked out for each other. {-} A couple of the old-timers showed the new guys how to hang wet sheets in the windows. {-}
P4: I actually like nights better now, it's quieter and you get to know people. {-}
FAC: Is anything in place now, in case it gets that hot again next year?
P2: Not that anyone's told us. {st}
P4: When it got over thirty, the staff took their breaks in the air-conditioned office and we took ours on the curb out front. {ineq,sc}
P1: Cooling towels, cold water in a fridge at the desk, the stuff that costs nothing, and we still don't have it. {res}
P3: And a heat plan we actually get to read, with our part in it written down. {st,role}
P2: I'd want somebody to teach us the signs properly, heat, smoke, all of it, before June. {sk}
P1: We finally got a pulse oximeter in October, and nobody showed us how to read it, so it lives in a drawer. {sk,res}
P4: And somebody from outside to come in after a bad week, someone who's used, not the manager with a clipboard. {db}
P2: After those six in four days I wasn't sleeping, and there was nobody to talk it over with except my cat. {sc,db}
P3: A cop at one call in the smoke week asked for my name and ran it on his radio while I was still bagging the guy. {pr,crim}
P4: The guy at the hardware store wouldn't sell me the last two fans because he figured I'd flip them, and I had my work shirt on. {stig,comm} My rent went up seventy-five bucks in September, and peer pay didn't go up a cent. {hous,wage}
P1: The overdose numbers in October were way down from August, for what it's worth. {-}
P3: I got a fan from my brother and gave my old one to the guy across the hall. {-}
P2: Mm-hm. {-}
FAC: How are you all doing now, a few months on?
P4: I'm still tired, honestly, it's November and I haven't caught up. {sc}
P3: My cousin's place in the Cariboo was on evacuation alert in August and I couldn't take a single day to go help her pack. {sc}
P1: The overtime looked big on paper, but after taxes and the bus it was basically one grocery run. {wage}
P2: In September I had to borrow sixty bucks from a friend to make it to payday, which I'm not proud of. {wage}
P4: A living wage would mean I don't have to grab every shift they throw at me. {wage}
P3: Four years in, and I make exactly what I made on my first day. {wage}
P1: What I'd want is a peer from another site to come over after a bad week and just sit with us. {db}
P2: Nobody phoned me on my day off to ask how I was after those six in four days. {db}
P3: A debrief at the staff meeting three weeks later, that we're not even at, doesn't count. {db,st}
P4: If there was a safe supply, the heat wouldn't have hit so hard, because people wouldn't be using whatever they could get. {crim}
P1: Decriminalize it and half of what we deal with just goes away, that's my opinion. {crim}
P2: The air's clear now, anyway. {-} I can see Golden Ears from my window again. {-}
P3: And it rained for three days straight last week, which I never thought I'd be happy about. {-}
P4: The new hires are settling in, and the schedule's finally full again. {-}
P1: The lobby's back to normal too, just the same four guys playing crib by the window. {-}
P3: Yeah. {-}
FAC: One more topic, and it's a different one. Has anybody here had a performance review yet, a sit-down where somebody tells you how you're doing?
P2: I had my first one in October, three and a half years after I started. {-}
P4: Mine was just last week. {-} Nobody told me peers even get reviewed until the coordinator grabbed me on my way out the door the night before. {st}
P2: It was the coordinator and a woman from HR I'd never seen before, up in the boardroom on the second floor. {-} They had a form with twelve boxes, and I got "meets expectations" on most of them. {-}
FAC: What were the boxes, do you remember?
P2: Punctuality, appearance, teamwork, that kind of thing. {-} And one called "maintains professional boundaries," which I asked about, and neither of them could tell me what it meant for a peer. {role}
P3: Appearance. {-} I got marked down on appearance for wearing my hoodie on the overnights, when nobody's ever handed us a shirt or anything with the agency on it. {res}
P1: Mine was mostly the logbook. {-} She said my notes were too short and full of spelling mistakes, and I left school in grade nine, so nobody ever showed me how a proper shift note is supposed to go. {sk}
P4: I'd take a course on that tomorrow, report writing, the right words for things. {sk}
FAC: And what do you think you were actually measured on?
P3: Honestly? {-} As far as I can tell I'm graded on how clean the lobby looks when the manager walks through at nine. {resp}
P2: I had eleven reversals this year. {-} The only number anywhere on my review was how many times I came in late. {resp}
P4: Late because the bus from Haney comes once an hour after ten. {-}
P2: [laughter] Exactly. {-}
P1: There wasn't one line on that form about keeping people alive, which is the whole reason we're in the building. {resp}
P3: I don't know, I'd rather they didn't count bodies, to be honest. {-} It'd turn into a scoreboard. {-}
P1: Fair. {-}
P2: My review was forty minutes, and twenty of it was the coordinator looking for a pen. {-}
FAC: How does that compare with the way the other staff get reviewed?
P4: The support workers get theirs every April, and there's a pay step tied to it, so a good review is money in their pocket. {ineq}
P3: Ours is a chat with no step at the end of it, so a perfect review gets a peer the exact same fifteen bucks. {ineq,wage}
P1: I asked her if a good review meant a raise, and she said the peer budget is whatever the grant says, so no. {wage}
P3: The coordinator told me straight out the review doesn't count for much, since the peer money only runs year to year. {prec}
P1: If the program gets cut in March, a good review won't mean a thing. {prec}
FAC: Did it feel fair, overall?
P3: Parts of it. {-} She told me residents ask for me by name at the desk, and I'm not gonna lie, I floated out of that room. {resp}
P4: I'll tell you what wasn't fair. {-} The HR lady asked me, in my review, if I was "still in recovery." {stig}
P1: She asked you that? {-}
P4: Right there with the coordinator sitting beside her, pen in hand. {-} Like if I said the wrong thing it was going in a box. {-}
P3: They'd never ask a support worker about their recovery, I guarantee it. {ineq,stig}
P4: The HR lady did bring a box of tissues, which, thanks. {-}
P2: Mine felt like an exam on rules nobody ever handed me in writing. {role}
FAC: Let's talk about moving up. Does anybody have hopes of doing something more, or something different?
P3: I want the support worker job, I'm not shy about it. {-} I've basically been doing it since September anyway, minus the title. {role}
P1: The support workers here are mostly decent, I'd be happy on their team. {-}
P3: But the posting says you need the community support worker certificate from the college, and that's a year of school I can't afford to take off work for. {sk,wage}
P1: And the college runs a criminal record check before your practicum, so that's the end of that for me. {crim}
P2: You can get a pardon, though, can't you? {-}
P1: Record suspension, they call it now, and it's six hundred and something bucks and a year of waiting, and that's if nothing new is on there. {crim}
P4: Mine's a breach of conditions from when I was twenty-two, for standing on the wrong side of a street. {crim}
P2: [laughter] The wrong side of the street. {-}
P4: I'm serious, my area restriction ended at the curb. {crim}
FAC: So what's the path, if there is one?
P2: There's no ladder, that's the honest answer. {-} You're a peer on day one and you're a peer on day one thousand. {-}
P1: The lead peer job at the Surrey site came up in the summer, and they gave it to a guy from outside who's never used in his life. {resp}
P3: A lead peer with no lived experience, that's a new one. {-}
P4: [laughter] Lead of what? {-}
P1: I trained the last two support workers they hired, and both of them got reviewed before I did. {ineq}
P4: For me, moving up would just be days. {-} Days and a contract, so I could plan my kids' stuff more than a week out. {prec} Right now the schedule comes out the Friday before, so every single week I'm telling the hockey coach maybe. {prec}
P2: I'd want to do outreach, out at the camp by the river, instead of sitting at a desk all night. {-} But outreach is a staff thing here, peers aren't allowed off the property on shift. {ineq}
P1: You can't get promoted when you're casual, there's nothing to get promoted from. {prec}
P4: The new support worker got a letter of offer with her hours on it, and I've never had a letter of anything. {prec,ineq}
P2: I'd take a part-time staff spot at another agency just to have something guaranteed, even if it paid the same. {prec}
FAC: Did the review say anything about where you're headed?
P1: There was a box at the bottom, goals for next year, and she'd filled it in herself before I even sat down. {resp} It said "continue to build relationships with residents." {-}
P3: Mine said "take on more responsibility," and when I asked what responsibility, like what exactly, she said we'd figure that out as we go. {role}
P2: More responsibility, same fifteen an hour. {wage}
P4: They love that word up there. {-}
P1: My job description is one paragraph long, and half the review was about stuff that's nowhere in it. {role}
P3: One of my "areas for growth" was taking initiative, and last spring I got written up for taking initiative. {role}
P2: [laughter] Grow, but not like that. {-}
P4: The review asked me to "model healthy choices for residents," and I'm not sure if that's about my job or about my using. {role,stig}
FAC: Did anybody get feedback from people outside the building?
P2: The coordinator read out a note from one of the paramedics, saying I give the best handovers on their route. {pr} I didn't even know they'd asked him. {-}
P1: Nobody's asking the RCMP about me, I hope. {-}
P4: The one Mountie who knows my face still calls me "the junkie from the housing," so I wouldn't score great there. {pr,stig}
P3: The triage nurse at Ridge Meadows takes my notes now without the eye roll, which I'd count as a good review. {pr}
P1: The fire crew from the hall on Dewdney asked me to come talk to their new guys about naloxone last month, and honestly that felt more like a promotion than anything at work. {pr}
P3: An RCMP constable wrote me down as a witness at a scene in October, not as the one who responded, and that's what's in his report. {pr}
P4: Half the ambulance guys call us "the girls at the desk," and two of us are men. {pr}
FAC: Did the review come with anything else, like a plan for training?
P2: The one good thing, the coordinator signed me up for the two-day suicide intervention course in January. {sk}
P1: I'd want to learn how to actually supervise people, if I'm ever going to be a lead, because right now I'd do it the way I got bossed, which is badly. {sk}
P2: I asked if I could shadow a support worker for a few shifts to learn the job, and I never heard back. {sk,st}
P3: After my review I asked for the de-escalation course, and they said it's staff only because it costs four hundred a seat. {sk,ineq}
P4: I'm not sure I could even do a support worker's paperwork, if I'm honest, all those care plans and risk assessments. {sk}
P3: The support workers get the college course paid for by the agency after a year, and peers don't qualify. {ineq,sk}
P4: I got four shifts this week and two next week, so tell me how I'm supposed to plan a course around that. {prec,sk}
P3: Staff do their online modules on the office computer, and we don't have a login, so I did the WHMIS one on my phone in the bus shelter. {res,ineq}
FAC: How did you hear about the review in the first place?
P2: I found out the date from the schedule, it just said "review 10am" next to my name on the Tuesday. {st}
P1: They said we'd get a copy, and it went to our work email, which none of us has ever logged into. {st}
P3: The support worker posting went up on the board in the staff office, so by the time a peer heard about it, it had closed. {st,ineq}
P4: Nobody's told us what happens to the review after, if it goes in a file, who reads it. {st}
P1: She uses words like competencies and outcomes, and I just nod along. {st}
P2: I asked twice what "meets expectations" means in real life and I'm still waiting on an answer. {st}
P3: To be fair, the coordinator's drowning too, she's got three sites. {-}
FAC: How did you feel going into it?
P2: I didn't sleep the night before, I was that sure they were letting me go. {sc,prec}
P3: Same, I had my whole speech ready. {-}
P4: The review said I've seemed "flat" lately, and yeah, I buried two friends this fall. {sc}
P1: Honestly I'm too burnt to want a promotion right now, I just want a week where nobody needs me. {sc}
P3: By the time I get home from an overnight I can't read a paragraph, so going back to school is a joke. {sc}
P2: She asked about my sick time, and I said I haven't taken any, and she said "great," like that's the goal. {sc}
P3: I've had a cold since Thanksgiving that won't quit, because I never get two nights off in a row to shake it. {sc}
P1: Every time I think about applying for the lead job, I picture the phone going on my days off, and my chest gets tight. {sc}
P4: Between this and the second job I'm running on four hours of sleep most days. {sc,wage}
FAC: Did the review touch on the hard nights at all, the overdoses?
P3: She asked how I cope with the deaths, and I wanted to say, you tell me, because nobody here ever asked before today. {db}
P2: I brought back two people the night before my review, and I walked into that boardroom at ten in the morning without anyone asking if I was alright. {db}
P1: The best part of mine was the last ten minutes, when the coordinator closed her folder and asked how I was really doing after the summer. {db}
P4: We check on each other in a group chat after every overdose, and that's the only debrief that happens at night. {db}
P3: The staff get a clinical supervisor once a month to talk things through, and we don't. {db,ineq}
P1: If they want us to stay long enough to move up, start with somebody to talk to after the bad nights. {db}
P2: A peer from another site, ten years in, someone I could phone after a bad one, that's worth more to me than any form. {db}
FAC: Let's go back to what you're measured on. Some of you mentioned referrals.
P1: Oh, there's a referral count now. {-} They want a number every month, how many people we hooked up with services. {-} How am I supposed to hit a number when the detox line says call back every morning and the treatment place out in Abbotsford has a ten-week wait? {acc}
P3: I made a referral to the mental health team in August and the guy still hasn't had his intake appointment. {acc}
P4: Most of the residents don't even know we have a boss, they think we run the place. {-}
P2: Half my referrals are me walking somebody to the Service Canada office to replace their SIN card. {acc}
P4: And that doesn't count, because it's not on their list. {-}
P2: The income assistance office went to appointments only, and you book those online. {acc}
P4: I'd be a navigator if I could pick anything, because nobody out here knows where anything is. {acc}
P2: I wouldn't even know where you'd go out here to get help putting a resume together. {acc}
P3: My own doctor retired in the spring and I haven't found a new one, so it's the walk-in every time. {acc} For the college, the student loan forms wanted my tax returns from three years back, and I never filed them. {acc}
P2: Most of my housing referrals go nowhere, the modular's full and the shelter's turning people away. {hous,acc}
FAC: What would moving up mean at home, for those of you who've thought about it?
P2: There's a peer at the Mission building who got offered a staff job, and she turned it down because staff can't live in the building, and she'd have lost her unit. {hous}
P4: I'd take the support worker pay and it'd all go straight to my landlord anyway. {hous,wage}
P3: If I moved up I'd want out of the valley, maybe Kamloops, but nobody's moving anywhere with rents like this. {hous}
P1: For me the dream is a place with my own bathroom, that's it. {hous}
P3: The basement I'm in now floods every time it really pours, and I'm bailing water at midnight before an overnight. {hous}
P1: They review us every year, but nobody's checking how many of us are one renovation away from the street. {hous}
P4: One of the residents I'd been working with on his goals got picked up for possession the week before his housing interview. {crim,hous}
P2: The RCMP took down a tent by the tracks last week and charged the guy for what was in it. {crim,hous}
P4: A resident got evicted over a guest policy thing the week before my review, and I'm the one who got asked why his goals slipped. {hous,role}
FAC: Some of you mentioned money. What would a raise actually change?
P1: If I went full time I'd lose my disability medical, and this pay doesn't cover my meds. {wage}
P4: A promotion here is a quarter an hour, I asked. {wage}
P2: With a real raise I could stop working Saturdays at the car wash. {wage}
P3: I don't even know what I'd do with a raise, honestly, probably just pay off the payday loan. {wage}
P1: [laughter] That's the dream, being broke but not in debt. {-}
FAC: P4, you mentioned the hockey. What do people outside work make of the job?
P4: My brother-in-law thinks a performance review means I'm in trouble with my probation officer. {stig}
P1: I went to the job fair at the rec centre and the lady at the health authority table asked if peer work was volunteer. {comm}
P3: Other agencies don't count peer years as experience, so on paper I've done nothing since I was thirty. {comm}
P2: I'd want the review on letterhead, something I could show the next place that says this is real work. {comm}
P4: At the Legion my uncle tells everybody I work in security. {comm}
P3: The women's centre in Haney called last month to ask if I'd teach their staff naloxone, so somebody out there knows what we do. {comm}
P1: The business association put our building in their newsletter as a problem property again. {comm}
P2: If I wore a vest with the agency name on it, the shop owners on our block might stop asking me to move along. {res,comm}
P1: I left my whole history off the college application because I figured they'd bin it. {stig}
P3: My mother-in-law said a promotion there is still a promotion at a junkie hotel. {stig,comm}
P2: Some people think if you move up you'll just relapse with a bigger paycheque. {stig}
FAC: Does the RCMP or the law come into any of this, moving up or staying put?
P3: The review asked about my "conduct outside of work," and I know exactly which night that's about, the night I got stopped and searched walking home. {crim} The officer who searched me knew I worked at the building and did it anyway, right in front of two residents. {pr,crim}
P1: A guy I trained with got breached for being downtown on his shift, because his red zone covers the exact blocks where we do our sweeps. {crim}
P4: If I got promoted I'd have to do the vulnerable sector check, and that's a whole other level. {crim}
P2: Most of the overdoses I dealt with this year were from stuff cut with benzos, and as long as it's all illegal that's what's out there. {crim}
P3: I'd feel better about moving up if I didn't have to hide where I've been from every form. {stig}
FAC: What about the equipment side, if you were going to take on more?
P1: She wrote that I'm hard to reach on my days off, and that's on a pay-as-you-go phone I pay for myself. {res}
P3: If I'm going to be walking people to appointments, I need a photo ID with the agency's name, because the clinic receptionist won't talk to me without one. {res}
P4: The naloxone kits at the desk only have two doses, and some nights two doesn't cut it. {res}
P2: The gloves are all extra large, so I'm doing compressions with the fingers flopping around. {res}
P1: The paramedic wanted to send a thank-you back, and I had nothing with my name on it, no card, nothing. {res}
P3: If they want typed notes, give us a computer that works, because the one at the peer desk takes ten minutes to start. {res}
FAC: What would you want the next review to look like?
P3: The coordinator called me the glue on the overnight, and I wrote it on a sticky note and put it on my fridge. {resp}
P1: When I said peers should review each other, she said that wouldn't be objective. {resp}
P4: When I told the coordinator I wanted to sit in on the resident case conferences, she actually put me on the list for December. {resp}
P2: I'd want the residents to fill in a page, honestly, they see more of us than anybody. {-}
P3: What I'd put on next year's form is a line saying who checks on the peer after a death on shift, because right now it's nobody. {db}
P4: And I'd want the paramedics on there, they see me at my best. {pr}
P2: I'm "peer support worker two" on the form, and there's no peer support worker one, so don't ask me. {role}
P1: Honestly, I'd just want it to be the same form the staff get. {ineq}
P3: The room upstairs has a nice view of the mountains, I'll give them that. {-}
P4: And there were cookies, the good ones from the bakery on Lougheed. {-}
P2: Mm-hm. {-}
P1: I'd go for the lead job next time if they posted it where we can see it. {st}
P3: I think I'd still be doing this in five years even if nothing changed, to be honest. {-}
P4: I probably would too, and I hate that I'm saying it. {-}
P2: I told my mom I passed, and she stuck it on the fridge like a report card. {-}
P4: My kid asked if I got a gold star. {-}
P3: [laughter] Did you? {-}
P1: Yeah, same. {-}
P3: I actually like the desk, I'm not in a rush to leave it. {-}
FAC: Okay, that's a good place to stop. Thank you all so much, there's gift cards on the way out.
P4: Can we take the muffins? {-}
FAC: Take the muffins.
""",
))

# Fraser region, group 2: Word document, one `Name: text` paragraph per turn,
# typographic quotes as Word writes them.
GROUPS.append(Group(
    id="fraser-2", site="fraser", date="2018-12-04",
    files=[("fraser-2_coquitlam.docx", "docx_paragraphs")],
    smart_quotes=True,
    script=r"""
Facilitator: Alright, we're rolling. Thanks everyone for being here. I'm facilitating today and my co-facilitator is taking notes.
Co-facilitator: Hi everyone. I'll mostly be quiet, just scribbling.
Facilitator: We've got four people today, so you're P5 to P8. There are no right answers. We want to hear what it's really like being a peer worker here.
P5: Can I ask something first? {-} Is my manager going to read this? {-}
Facilitator: No. Nobody at your workplace sees the recording, and the notes don't have names.
P5: Okay, good, because I've got things to say. {-}
P7: [laughter] Here we go. {-}
Facilitator: Let's start there then. What's on your mind, P5?
P5: The word peer. {role} I hate it. {-} When I'm introduced to someone new, it's "this is our peer," like I'm a pet or a project. {role,resp}
P6: Or "the peers," plural, like a herd. {role}
P5: Everybody else has a title, they're a support worker, a coordinator, a nurse. {role} We're just peers. {role}
P8: I don't mind the word so much. {-} What I mind is nobody knows what it means, including us. {role}
Facilitator: Say more about that.
P8: So when I got hired, I asked what the job was and they said, "Oh, you'll just help out." {role} Help out with what? {-} I've been here fourteen months and I still couldn't tell you where my job starts and stops. {role}
P7: It's whatever nobody else wants to do. {resp}
P6: Mm-hm. {-}
P7: If there's puke in the hallway, get the peer. {resp} If a toilet overflows, get the peer. {resp} If someone's kicking off in the lobby, get the peer, because they know him. {resp}
P5: And then they take the credit when it goes well. {resp}
Facilitator: How do you find out about changes at work? Like new rules or schedule changes?
P6: The grapevine. {-}
P8: The residents, honestly. {-} The residents find out before we do. {st}
P6: Last week a resident told me we were switching to a new visitor sign-in, and I'm like, since when? {st} Nobody said a word to us. {st}
P7: There's a staff email list, and we're not on it because we don't get work emails. {st,ineq}
P5: I asked about getting an email and they said it costs money per account. {ineq}
Co-facilitator: Sorry, just to clarify for my notes, you don't have work email at all?
P5: None of us. {-}
P7: Nope. {-}
Facilitator: What about things like ID or equipment?
P8: I'd love a badge. {res} When I do outreach at the skytrain, I walk up to somebody and they think I'm selling them something, or I'm a cop. {res}
P6: Business cards would be huge. {res} I give out my number on a napkin, and you know how professional that looks. {res}
P5: We don't even have our own naloxone. {res} We use the site kits, and when they're empty they're empty. {res}
P7: And there's no oximeter. {res} The nurse has one but she's only here Tuesdays. {-}
Facilitator: How do other agencies treat you, when you're doing referrals or outreach?
P6: Depends who picks up the phone. {-}
P8: If I say I'm calling from the agency, they're nice. {comm} If I say I'm the peer worker, suddenly the person I need is busy. {comm,stig}
P5: Yeah. {-}
P8: I've started just saying my first name and the agency name and leaving out the peer part. {comm}
Facilitator: Do you feel you get the training you need?
P7: No. {-} I got shadowing, two shifts following another peer around, and that was it. {sk}
P5: I'd want conflict resolution. {sk} Like real training, not a video. {sk}
P6: Mental health first aid. {sk} Half our residents have something going on and I only know what I've figured out on my own. {sk}
P8: And cultural stuff. {sk} We have a lot of Indigenous residents and I want to do right by them and I don't always know how. {sk}
P7: Self-defence, honestly. {sk} I got cornered in a stairwell in September and I just froze. {sk}
Facilitator: That sounds scary. Did anybody follow up with you after that?
P7: All my supervisor said was "you're okay though, right," and that was the end of it. {db}
P6: That's the whole debrief right there, "you're okay though, right?" {-}
P7: [laughter] Yeah, that's the debrief. {-}
Facilitator: How do you take care of yourselves, with all this going on?
P5: I go fishing. {-} When I can. {-}
P8: I don't, really. {-} I go home and crash and then I come back. {sc}
P6: I started going to a meeting again, because I felt myself slipping. {sc} This job is triggering sometimes, you're around it all day. {sc}
P7: We used to have a barbecue once a year, all the staff, and then it stopped. {sc} Something like that would be nice, a day where we're just people, not peers and staff. {sc}
Facilitator: What does the job pay, and is it enough?
P6: It's not enough, but nothing is these days. {-}
P5: I'm on disability, so I can only earn so much before they start taking it off my cheque. {wage,acc} So I have to turn down shifts. {-}
P8: Same. {-} It's a trap. {-} You work more, you get less. {-}
Facilitator: What about your hours, are they predictable?
P7: They give the schedule two days before, sometimes the night before. {prec}
P6: Mine got cut in half in the summer because of a budget thing nobody explained. {prec,st}
P8: Yeah. {-}
Co-facilitator: Can I ask, do any of you have a written contract?
P5: No. {-}
P7: I signed something when I started, but it was more like a volunteer waiver. {prec}
P6: Nope. {-}
Facilitator: Let's talk about the bigger picture. What's it like out in the community for people who use drugs right now?
P8: It's bad. {-} The supply is poison. {crim} People are dropping who never used to drop. {-}
P5: And the cops here are still doing sweeps. {crim} They took a guy's whole kit last week, rigs, cookers, his naloxone, everything, and told him to move on. {crim}
P6: So he uses alone in the bush and nobody finds him. {crim}
P7: Until the decriminalization thing happens, it's going to keep going like this. {crim}
Facilitator: What about housing for you or the people you work with?
P6: I'm in the building I work in. {-} So I live at work, basically. {-} If I lose the job I lose the room, and if I lose the room I can't do the job. {hous,prec}
P5: That's messed up. {-}
P6: It is what it is. {-}
P8: There's no housing for anybody out here. {hous} The waitlist is years. {-}
P7: And detox is worse. {acc} A guy finally says he wants to go, and they tell him call back every morning at eight to see if there's a bed. {acc} He doesn't have a phone. {-}
Facilitator: If this project could give you one thing, what would it be?
P8: A real title and a job description. {role}
P6: ID and business cards. {res}
P5: Respect. {-} Just respect. {-}
P7: Somebody whose job it is to help us with all the outside stuff, the ID, the welfare forms, the housing forms. {acc,hous}
Facilitator: Before we wrap up, I want to go back to the split some of you described between peers and the regular staff. Can someone give me an example from the last month or so?
P7: Oh, I've got one. {-} Two weeks ago they moved the supply room upstairs and changed the code on the door. {-} I found out at two in the morning, standing there with a resident who needed a kit, punching in the old numbers like an idiot. {st} The staff all knew, it was written in the shift log, but the shift log lives on the office computer and we don't get a login. {st,ineq}
Facilitator: Does anyone ask you before things change?
P6: Once. {-} They sat us down about the new guest rules, we spent a whole lunch hour giving them ideas, and not one thing we said made it onto the paper. {resp}
P5: [laughter] Free lunch though. {-}
Co-facilitator: Is there a regular staff meeting you could go to?
P8: There's the Thursday one at ten. {-} Technically we're allowed to sit in, but it's right in the middle of the floor shift and nobody covers us, so it's a meeting for staff, period. {st,ineq}
P7: And if you do go, it's all acronyms and budget lines, and you walk out not knowing what just got decided. {st}
Facilitator: P5, earlier you said the one thing you'd want is respect. When do you feel respected at work, if ever?
P5: Honestly, the overnight support worker is good to me, he'll ask what I think about a resident before he makes a call. {resp} Days are a whole other story. {-}
P8: I had a day manager ask me to stand by the door during the tenant meeting so the regulars would behave themselves. {resp}
P7: I don't totally agree, though. {-} My supervisor went to bat for me when a tenant made up a complaint, and she took my word over his. {resp}
Facilitator: Do staff ever take the credit for things you did?
P5: Every time. {-}
Facilitator: Let's go a bit deeper on money, since it came up with the disability cheque.
P8: By the last week of the month I'm living on whatever's left over from the community kitchen downstairs. {wage}
P5: Rent in Coquitlam eats my whole paycheque before it even clears. {wage,hous}
P6: The support workers on my floor start at something like twenty-five an hour, and I'm doing the exact same room checks for fifteen. {ineq}
P7: Wait, you're at fifteen? {-} I've been stuck at fourteen since I started, and fourteen doesn't buy groceries and a bus pass in the same month. {wage}
P5: And staff got a cost of living raise in the spring. {ineq} We got a pizza party. {-}
Co-facilitator: What happens when you get sick?
P6: Staff call in sick and they still get paid, we call in sick and the day's just gone. {ineq}
P7: I worked a whole shift in October with a fever because I couldn't afford to lose it. {wage,sc}
Facilitator: P7, you told us about the stairwell earlier. Has anything changed since then, in how people are looked after after a bad night?
P7: No. {-}
P8: We lost a tenant in November, in his room, and I was the one who opened the door. {-} The manager sent staff an email about grief counselling, and I never saw it, a resident mentioned it to me a week later. {db,st}
P6: What actually helps me is the two of us sitting in the laundry room after a bad one, folding towels and talking it out. {db} Nobody from upstairs has ever come down to ask how we're holding up. {db}
P7: They offered me a counsellor once. {-} If she's never watched somebody go blue, I'm not opening up to her. {db}
P5: I'd rather have a peer from some other site, somebody I don't have to see on shift the next day. {db} Me, I haven't even been out fishing since September, there's nothing left in the tank by the weekend. {sc}
Facilitator: You mentioned training earlier. Has anything you've learned actually helped?
P5: The naloxone refresher the health authority ran in the fall was good, I finally feel like I know what I'm doing on a call. {sk} That's the one thing I'd keep. {-}
P7: I still have no clue what to say to someone who's talking about hurting themselves. {sk}
Facilitator: And where does your job end, these days?
P7: [laughter] Good question. {-} Last month I got told off for helping a tenant with his rent form, because apparently that's the support worker's job. {role}
P6: Can I lend a resident bus fare, can I give him a smoke, I've been told yes and no by two different people in the same week. {role} On the whiteboard I'm not even a name, I'm just PEER in red marker. {role}
P8: Nobody can show me one single page that says what I'm there for. {role}
P5: [crosstalk] And then you get blamed for stuff you didn't know was yours. {role}
Facilitator: What about your hours since the summer, has that settled down?
P8: They hired two new peers in the fall and my shifts got chopped up to make room for them. {prec}
P7: I turned down one Saturday in August, and I didn't see a weekend shift again until the middle of October. {prec}
P5: My pay stub still says casual relief, and I've worked every Monday for two years. {prec}
P6: The program money comes from the province year to year, so every March we all hold our breath. {prec} And I'm scared to even ask what happens to us if it closes, in case it gives them ideas. {prec}
Facilitator: Let's go back to outreach for a minute. How are the paramedics and police with you lately?
P6: The ambulance crews that come to our building mostly know us now. {pr} One of them asked me what the guy took and how long he'd been down, and actually wrote it down. {pr}
P5: The RCMP are another story. {pr} One of them stood over me while I was doing breaths and asked if I was the one who sold it to him. {pr,stig}
P8: At emerg I told the triage nurse he'd had two doses of naloxone, and she turned around and asked him, and he could barely open his eyes. {pr}
P7: Half our tenants won't let you call 911 for them. {crim} They've got warrants or conditions and they'd rather take their chances on the floor. {crim}
Facilitator: How do people outside the building see you?
P8: Out at the station, people step around us on the platform like we're contagious. {stig}
P5: My sister still won't leave her kids alone with me, and I've been clean six years. {stig}
P6: Even here, a new staff made a joke about counting the petty cash after I'd been in the office. {stig,resp}
P7: The mental health team won't call me back, but my coordinator leaves one message and gets a call the same afternoon about the same guy. {comm} To them I'm a user with a lanyard. {comm,stig}
P5: People at my church think I volunteer, they can't believe anybody pays me for this. {comm}
Facilitator: And getting people connected to services out here, is that any easier?
P6: One of my tenants has been trying to replace his status card since the summer, and without it nothing moves. {acc}
P8: The walk-in near the station closed, so now it's a bus and a train just to see a doctor. {acc}
P7: I honestly don't know where to send somebody who wants to start methadone on a weekend. {acc} And there's supposed to be a navigator at the health unit, but good luck ever finding her. {acc}
P8: My own building got sold, and on what they pay me I can't touch a one-bedroom anywhere near here. {wage,hous} Meanwhile I'm filling out housing applications for residents all day. {hous,acc}
P6: I'm still on my own phone for outreach, and it's dead by two in the afternoon. {res} We finally got one radio for the building, and it lives in the office, which is locked at night. {res}
Facilitator: Before we wrap up, I want to ask about something we haven't touched yet. It's December now and the holidays are coming. What does this time of year look like in the building, for you and for the tenants?
P8: Cheque day lands on the twenty-fourth this month, so everybody's got money the same week as Christmas. {-}
P5: And every year somebody tries to stay off it for the holidays, loses their tolerance, and then goes out on Boxing Day. {-}
P7: I stop sleeping in December, every single year, because it's the month I've buried the most people. {sc}
Facilitator: What's planned for the tenants?
P6: There's a turkey dinner on the twenty-second in the common room, and the church on the corner is bringing pies again. {-} The hampers come over from the food bank on Thursday, and we hand them out Friday. {-} We went over all of it at last week's meeting, and I signed up for the dinner shift. {-}
P5: Guess who got put on setting up chairs and mopping after, again, while the staff do the fun part with the hampers. {resp}
P7: [laughter] You're so good with a mop, though. {-}
Co-facilitator: Who decides who gets which job for the dinner?
P8: Honestly, no idea. {-} I offered three times to run the tenant cooking night, and it went to a support worker who's been here since August. {resp}
P6: The hamper list got handed to somebody else this year and not one word came down to us, so the first I heard was a tenant yelling that I'd skipped him. {st}
Facilitator: And for you, is working over the holidays any different?
P7: I'm on Christmas Day, three to eleven, same as last year. {-} The support worker beside me gets time and a half for it and I get my regular fourteen. {ineq}
P8: Last year the agency gave staff a fifty dollar grocery card, and we found a candy cane taped to the clipboard. {ineq}
P6: Nobody's said whether the relief shifts over the break go to us or to the agency casuals, so I can't plan a thing past the fifteenth. {prec}
P5: And the presents go on a credit card I'll be paying off till Easter, because once rent's out there's nothing. {wage}
Facilitator: P7, you said this is the month you stop sleeping. How do you get through it?
P7: I went to my niece's birthday out in Port Moody on Sunday, and that was a really nice day. {-} But after a week of nights I'm so wrung out I can't hold a conversation with my own kid. {sc}
P8: I've had this cold since Halloween that won't quit, because I never stop long enough to shake it. {sc}
P6: I hit the gym on my days off, that's my thing. {-} What I'd love is for all of us to go skating at the rec centre one afternoon, staff and peers, and nobody says the word overdose once. {sc}
Facilitator: You mentioned nights. Has anything big happened on shift lately?
P8: We had three go down on the second floor last Friday, and all three came back. {-} I drove home after and sat in the parking lot for an hour, because there wasn't one person at work I could have said it to. {db,sc}
P5: My manager's whole follow-up on that Friday was asking whether I'd finished the incident report. {db} There's a counsellor who comes in on Wednesdays for the tenants, and she's pretty good with them, I'll give her that. {-}
P6: We wrote everything up in the log before we left, like always. {-} The only reason I was okay is the other peer on shift stood out by the bins with me till I quit shaking, because nobody upstairs was going to. {db}
P7: I'd like somebody to teach us how to sit with each other after a death, because right now we just smoke and stare at the ground. {sk,db}
Facilitator: If a new peer started tomorrow, what would you tell them?
P8: Bring your own flashlight, because the one on the night cart has been dead since October and I do the stairwell checks with my phone. {res}
P7: Nobody's going to tell you what you're for, so follow me around and guess. {role} And don't bother asking at shift change, because last night the staff person was already halfway out the door with her coat on when I asked about the guy on five. {st}
P5: I'd tell them I've been here two years and I still can't say whether the wellness checks on three are mine or the support workers'. {role}
P6: If a tenant asks you to hold his money till cheque day, nobody has ever written down whether that's being kind or breaking a rule. {role} And when staff write "monitor closely" beside somebody's name, they never say why, so you're guessing whether he's suicidal or just behind on rent. {st}
P8: Learn what to do when someone's on benzos, because naloxone doesn't touch that and I still just stand there. {sk}
Facilitator: What about outside the building lately, the people you run into?
P6: The paramedics who came on Friday had me hold the tenant's head while they worked, and one of them said good work on the way out. {pr}
P5: The pharmacy down the street won't tell me a thing about a tenant's carries unless I hand the phone to a staff person. {comm}
P7: When I told the lady at the bank what I do, she asked which program was paying me, like I had to be the one getting helped. {comm}
P8: The condos across the road think we're a bunch of junkies running a flophouse. {comm,stig}
P6: At my son's hockey game another dad found out I used to use, and his boy doesn't come over anymore. {stig}
Facilitator: Is there much police presence around the building?
P5: There's a cruiser parked out front most mornings, they just sit there and do their paperwork. {-} A couple of them even wave when I'm out front with my coffee. {-}
P8: One of our tenants spent last Christmas in pretrial for a breach, just for crossing onto the wrong block on his conditions. {crim}
P7: And half the walk-ins and the detox intake shut from the twenty-fourth till after New Year's, so if somebody's ready that week, too bad. {acc}
P5: My cousin's been sleeping on my floor since her place in Port Coquitlam got sold. {hous}
Facilitator: Has anything good happened at work lately?
P5: Last week the day supervisor told the whole office I handled the fight on three better than she could have, and I grinned the whole day. {resp} She's been here about a year, she came over from the shelter in Maple Ridge. {-}
P8: Payday is this Friday, so that's something to look forward to. {-} And the Canucks won last night. {-}
P6: Staff walk in and out of the donation room whenever they like, but we have to hunt one of them down to unlock it, like we'd walk off with the toques. {ineq,resp}
P8: They get a pass for the lot out back too, and I'm parked six blocks away because I can't swing the meter on fourteen an hour. {ineq,wage}
P5: They changed the guest rules for the holidays, and I learned it off the sign on the front door, same as the visitors. {st}
P7: [laughter] Well, the holiday schedule went up on the board by the time clock yesterday, so that's one thing. {-}
Facilitator: One more topic before we finish. While we were setting up, a couple of you mentioned there's a new program manager. What's changed since she started?
P6: She started the first week of November, so she's barely a month in. {-}
P8: She came over from a desk job at the health authority, I think. {-} Brought muffins on her first day, the good ones from the bakery on Austin Avenue. {-}
P5: And the first thing she did was hand every peer a folder of forms to fill out by the fifteenth. {-}
P7: Eleven pages. {-} I had to read most of them twice to figure out what they were even asking. {-}
Facilitator: What's in the folder?
P6: A tally sheet where you write down every contact in fifteen-minute blocks, which tenant, what you did and for how long. {-} She says the funder wants numbers, or the program doesn't get renewed in March. {prec}
P8: So it's count your overdoses or lose your job, basically. {prec}
P5: Numbers are fine by me, I like knowing how many people we saw. {-} What gets me is there's a box at the top for peer role, and nobody could tell me what to put in it. {role}
P7: Under job duties I just wrote whatever's needed, because that's the honest answer. {role}
P8: The tally sheet has a category for every little thing the support workers do, and nothing for sitting two hours with a guy who's dope sick. {role}
P6: Last month I had sixty-two contacts, which is way more than I would have guessed. {-}
P5: [laughter] Show-off. {-}
Facilitator: Was there anything else in there that stood out?
P8: A consent form for a criminal record check, which is brand new. {crim}
P5: Half of us have records, that's kind of the reason they hire peers in the first place. {crim}
P6: I've got a possession charge from 2004, and I've been dreading that page since the day I saw it. {crim}
Co-facilitator: Did anybody explain why the check is there now?
P7: The manager said it's the funder's rule for anyone who works with vulnerable adults. {-} She also said it won't cost anybody their job, but there's nothing in writing, so who knows. {prec}
P5: That one question about being convicted made me feel like I was applying to be a prisoner, not a worker. {crim} Three nights this week I lay awake going over what I wrote on it. {sc}
P8: A guy who'd been our best relief peer all summer quit rather than sign the record check consent. {crim}
P5: And the record check means I can't do the drop-in at the youth centre anymore, because of something I did when I was nineteen. {crim}
P6: Mine's going to be fine. {-}
Facilitator: What about the rest of the paperwork?
P6: It asks for a home address, and I had to put the work address, because my room upstairs is the only place I've got. {hous}
P7: A guy on our relief list has been couch surfing since August, so he left that line blank and they sent the whole thing back. {hous}
P5: There's a direct deposit form that wants a bank account and two pieces of ID. {-} My BC ID expired in the spring, and I can't pay to renew it until the end of the month. {acc,wage}
P8: Up till now I picked up a paper cheque from the office every second Friday. {-}
P7: I filled mine out in pencil so I could fix it later. {-}
P6: Then there's the peer agreement. {-} The staff sign an actual employment contract, and we sign something called an agreement, which tells you everything. {ineq,prec} There's a line in ours that says any relapse has to be reported to the manager, and nothing like that is in the staff one. {stig,ineq}
P7: So they hire us because we used, and then they threaten to fire us for using. {stig}
P8: Yeah. {-}
Facilitator: How have you found her so far, the new manager?
P7: To be fair, she came down and worked a floor shift with me in her second week, which no manager here has ever done. {resp}
P5: She asked me what the tenants actually need and wrote it down right in front of me. {resp}
P8: I don't buy it yet. {-} The last one did a listening tour too, and a month later we were back to mopping the common room. {resp}
P6: I think she means well, I really do. {-} But when she introduced herself to the board, she went through every staff position and forgot we exist. {resp}
P7: The tenants on five made her a little welcome card, which was sweet. {-}
P5: She keeps her purse in a locked drawer when one of us is in the office and leaves it on the desk for the staff. {stig}
P8: She calls the support workers by name and calls me hey you. {resp}
P6: [laughter] Hey you. {-} That's a good title, put that on the badge. {-}
Facilitator: Let's talk about the funding renewal itself. What have you heard?
P8: We heard about the renewal from the cleaner, who heard it from somebody in the manager's office. {st}
P6: The staff had a whole planning day for the renewal in November, and we got the leftover sandwiches after. {st,resp}
P5: From what I understand the current money runs out at the end of March. {prec} After that it's either another two years or nothing. {prec}
P7: The health authority does this renewal every two years, so it's not a crisis on its own. {-}
P8: I've heard they might cut us to three shifts each so the numbers look better on paper. {prec}
P7: And I heard the opposite, that there's more money for peers in the new proposal. {-}
P6: See, that's the problem, two rumours and no answer. {st}
P5: When I asked what outcomes they promised in the proposal, she said it's complicated and she'd get back to me, and that was three weeks ago. {st}
P7: The minutes from the staff meeting say peers were consulted, and I'd love to know which peers. {st,resp}
P6: She puts updates in an email, and since we still don't have email, it's a printout in my cubby if I'm lucky. {st}
P8: The due date on the folder moved up a week, and we heard about it when our forms were already late. {st}
Co-facilitator: What would it mean for you personally if the hours got cut?
P8: My landlord put my rent up eighty dollars in October, so if my shifts drop after March, I'm out. {hous,prec} I did the math, and three shifts a week would come to less than my rent. {wage,prec}
P6: I put my name back on the BC Housing list last month, just in case. {hous}
P7: My daughter and I are in a basement suite with black mould on the bathroom ceiling, and the landlord says it's just steam. {hous}
P5: I'd be fine for a while, honestly, I've got a bit put away. {-}
P7: Must be nice. {-}
P5: [laughter] A bit, I said. {-}
Facilitator: What do the tenants make of all this?
P5: Half of them think the renewal is about their rooms, and they keep asking me if they're getting put out in the spring. {hous}
P6: One guy on four asked me if the new manager was a cop. {-}
P8: Most of them actually like her, she says good morning to everybody. {-}
Facilitator: You mentioned earlier that the funder wants numbers. Does anybody at the health authority know what your shifts look like?
P6: The people who decide the funding have never once set foot on our floor, so they have no idea what a peer shift even is. {comm}
P8: If the funders came on a Friday night, they'd stop asking for tally sheets and start asking what we need. {comm}
P7: The word addict is on their intake form three times, and the word worker isn't on it once. {stig}
P5: City council had a meeting about our program in October, and not one person mentioned what the peers do, only homeowners who wanted us gone. {comm}
P6: Somebody wrote a letter to the Tri-City News saying the building brings crime, and didn't say a thing about the people we've kept alive. {comm}
P7: Another agency phoned asking for whoever's in charge of the peers, and when I said I'm a peer, they asked to speak to my supervisor. {comm}
P5: The library staff know me now, and they'll call me instead of the police when somebody's nodding off in their washroom. {comm}
P8: When I told a neighbour in my elevator the program might close, she said good, fewer of those people around. {comm,stig}
Facilitator: Was there anything in the folder that you were glad to see?
P8: Honestly, the form for a photo ID badge. {res} She took our pictures against the office wall with her own phone. {-}
P6: Badges are supposed to come in January, which I'll believe when one is around my neck. {res}
P7: I asked if the badge comes with a work phone, and she laughed. {res} I'd rather the badge said outreach worker than just peer. {role,res}
P5: It needs a phone number on it that actually rings somewhere, or what's the point. {res}
P8: Maybe with a badge the security guard at the mall would stop trailing me past the food court like I'm about to lift something. {res,stig}
P6: A reflective vest would help too, because the crossing guard by the school thinks I'm loitering when I'm looking for a tenant. {res,comm}
P8: And the new job description she handed out has one line for peers, support tenants as needed, and that's it. {role}
P6: At least it's a piece of paper now, even if it says nothing. {-}
Facilitator: Is the paperwork changing anything about how you do the work day to day?
P5: She wants the tally sheets done on a tablet, and there's one tablet for the four of us, while the staff each have a laptop. {res,ineq}
P7: The outreach backpack still has a broken zipper, so I carry the sharps containers in a grocery bag. {res}
P6: The naloxone kits in the outreach bag expired in September, and nobody's swapped them out. {res}
P8: My shoes are wrecked from the stairwell checks, and the boot allowance is for staff only. {res,ineq}
P5: I asked if driving a tenant to his appointment in Burnaby counts as my job or a favour, and she said she'd have to check with the funder. {role}
P7: [crosstalk] It's a favour until something goes wrong. {-}
P8: There's a new critical incident form, four pages, and not one line on it asks how the person who found him is doing. {db}
P6: We used to do a quick circle at the end of nights, and the new shift times don't leave the ten minutes for it anymore. {db}
Facilitator: Say more about that, what happens after a hard call now?
P6: When the tenant on six passed, she sat with me in the office for twenty minutes, and honestly that meant a lot. {db}
P5: The counselling line is printed right in the new folder, but it's only for staff on benefits, so that's not us. {db,ineq}
P8: When I called the crisis line after that Friday, the guy kept asking if I was safe at home, like I was the client. {db}
P7: I asked if the renewal could pay for a peer from outside, somebody we could phone after a death. {db}
P6: After a bad night I just want one person who's used to tell me I did okay. {db}
P5: Mm-hm. {-}
Facilitator: And how are you holding up with all the extra forms on top of the shifts?
P8: The forms get done at my kitchen table at midnight, after the shift, on my own time. {sc}
P7: My head's been pounding since that folder showed up, I'm not even kidding. {sc}
P6: I took one sick day in November, the first one in a year, and I felt guilty the entire day. {sc}
P8: I'm running on coffee and about four hours of sleep a night. {sc}
P5: What I need over the break is one whole week where my phone stays off. {sc}
P7: My back is shot from the stairs, and I haven't seen a physio because I can't find the time. {sc}
P6: That folder is sitting on my fridge under a magnet right now. {-}
Facilitator: Did the new paperwork say anything about training?
P6: She wants every peer to have standard first aid by March, because the funder asks for it. {sk} Which I think is great, I've only ever had the naloxone part. {sk}
P5: The course is a hundred and twenty dollars, which is more than I have left most weeks, so if they don't cover it I'm not going. {sk,wage}
P7: I'd sign up for the first aid tomorrow if they paid for it. {sk}
P8: The form asks you to rate yourself from one to five on things like de-escalation and suicide intervention, and I gave myself twos across the board. {sk}
P5: There was a line about trauma-informed practice, and I had to ask the night worker what that even means. {sk}
P6: I'd like somebody to walk us through writing an incident report properly, because I've been guessing for two years. {sk}
P8: Meanwhile the staff are off to a four-day training in Richmond, paid, and we got told there's an online module we can do at home. {ineq,sk}
P7: Support workers get the staff room fridge, and we eat our lunch in the smoking area. {ineq}
P6: Staff got their renewal letters in sealed envelopes with next year's salary typed in, and we got a photocopy with blanks. {ineq}
Facilitator: Let's come back to money for a minute. Did the new manager's changes touch your pay?
P6: She wanted me to pick up extra shifts over the break, and I had to explain the earnings limit on my PWD to her twice. {wage}
P7: Every time the website calls us a living wage employer, I laugh, because I'm not living on it. {wage}
P8: I borrowed sixty bucks from my sister to get to payday, and I'm forty-three years old. {wage}
P6: At the food bank a volunteer asked me if I was still using before she'd hand me the box. {stig,wage}
P5: I bought a new winter coat with my last cheque, the first one in five years. {-}
P7: Good for you. {-}
Facilitator: You've talked about police and paramedics before. Has the new manager's arrival changed anything there?
P5: She wants to set up a sit-down with the fire hall on Pinetree Way, which I'd actually go to. {pr}
P8: Last time the firefighters came, the captain asked me to step out of the room so the professionals could work. {pr}
P7: A Mountie at the detachment asked to see my badge, and when I said it's coming in January, he said come back in January then. {pr,res}
P6: At Royal Columbian the social worker talked to me like I was a nosy relative, not the person who'd been with him for three hours. {pr}
P5: The paramedic on Tuesday let me finish my breaths and then just nodded at me, which is about as good as it gets. {pr}
P8: One of the nurses at Eagle Ridge still calls me the peer lady, but at least she phones when our guys get discharged. {pr}
P7: The officer who came for a noise complaint on Saturday wanted my name and date of birth before he'd even look at the tenant. {pr}
P6: The police had the street blocked off on Sunday for a car accident, nothing to do with us. {-}
Facilitator: And out in the community, anything new with the people you serve?
P8: A tenant got picked up on a warrant last week while he was standing in line at the pharmacy for his methadone. {crim}
P7: If the supply wasn't this poisoned, half the boxes on that incident form wouldn't exist. {crim}
P6: As long as a point in your pocket can get you locked up, nothing on these tally sheets is going to change the numbers. {crim}
P7: The new proposal has a section about safe supply, and I'd love to see that actually happen out here. {crim}
P5: Another tenant needs a lawyer for his breach, and legal aid told him the wait is two months. {acc,crim}
P8: There's a guy sleeping in the bus shelter across the road, and we can't refer him in because our waitlist is closed. {hous,acc}
P5: The intake form for the building asks for a landlord reference, and most of our people haven't had a landlord in years. {hous,acc}
P6: A tenant next door got evicted on Friday for having a guest overnight, and he's in a tent down by the river now. {hous} My tenant with the bad leg waited four months for a specialist in Burnaby, and then the appointment was at seven in the morning. {acc}
P8: She gave us a binder of local services, but half the numbers are places in Vancouver that won't take Tri-Cities people. {acc}
P5: I still can't get a family doctor, so my own prescriptions go through the walk-in every time. {acc}
P7: There's one treatment bed for the whole region this month, and the list is twenty names long. {acc} If the renewal set aside a couple of rooms for peers who are couch surfing, that would change lives. {hous}
P8: My brother-in-law still checks his medicine cabinet after I've used the washroom. {stig}
P5: I had a guy on three tell me he's been off it a month, and I almost cried. {-}
Facilitator: What does all this mean for peers who are just starting out, with the new paperwork?
P7: The two new peers from the fall got the folder on their first shift, and nobody has explained to them what the job actually is. {role}
P5: One of them asked whether she's supposed to sit in on tenant meetings or stay on the desk, and I had nothing for her. {role}
P8: New peers should get a real orientation, a week at least, with somebody showing them how to respond to an overdose on the floor. {sk}
P6: She's a sweet kid, she reminds me of me at that age. {-} But she's going to burn out by February if nobody checks in with her after the rough nights. {db,sc}
P7: Somebody should tell the new ones they can turn down a shift without getting punished, because I'm not sure that's true. {prec}
P8: A lot of people who'd be great at this won't even apply now, not with the record check and the relapse clause. {crim,stig}
Co-facilitator: Does the new paperwork make the role any clearer, in your view?
P5: The new forms spell out everything we're not allowed to do and nothing about what we're there for. {role}
P6: I think it's a step, honestly. {-}
P7: It's a step sideways. {-}
P8: She did say she'd like to hear from us at the January staff meeting. {-}
P6: If they put the staff meeting in the middle of the floor shift again, none of us will be there to hear anything. {st}
P5: She put my name in the monthly newsletter for the save in the lobby, which nobody here has ever done before. {resp}
P7: Meanwhile I'm still the one they call down to bail out the bike room when it floods. {resp}
P8: The night staff get a proper dinner break, and we eat standing up at the desk in case the buzzer goes. {ineq,sc}
P7: I've been on fourteen an hour for three years, and the new paperwork didn't change a cent of that. {wage}
P5: The phone bill and the hydro eat half my paycheque before I've bought a single grocery. {wage}
P6: The fire crew that came in on Wednesday asked me which room and then walked right past me. {pr}
P8: The guy who runs bingo at the Legion figures the building pays us in meal tickets, he can't picture it being an actual job. {comm}
P5: My own blood work requisition has been in my wallet since September, because every time I plan to go, a shift comes up. {sc}
P8: My tenant on two got his first pay stub from his dishwashing job, and he showed it to everybody in the lobby. {-}
P7: The Christmas lights went up in the lobby this morning, and half of them are already out. {-}
P6: I don't mind paperwork when it's for the tenants, like their benefit forms. {-}
P5: Honestly, the old manager was around so little I forgot what she looked like. {-}
P8: The cops drove by twice while I was out front this morning and didn't even slow down. {-}
P6: My cousin does payroll for a hotel in Burnaby, and she says their forms are worse. {-}
P7: I'm not against her, I'm just waiting to see what she does when it gets hard. {-}
Facilitator: So if you could tell the new manager one thing about the renewal, what would it be?
P7: Put our hours in writing, whatever they end up being. {prec}
P8: Ask us before you send the proposal, not after. {st}
P6: I'll give her until spring before I make up my mind. {-}
P5: Tell her the tenants are the reason any of us get up in the morning, paperwork or no paperwork. {-}
Facilitator: Before we finish, I want to go somewhere heavier, and anybody can pass. On the break a couple of you mentioned a death in the building a few weeks back. Can you tell us what happened?
P5: I'll start, since I'm the one who found her. {-} The lady in five-twelve had been living here longer than any of us have been working here. {-} She hadn't come down for her mail in two days, and her chain was on. {-}
P6: She used to leave little mandarin oranges on the front desk every Saturday. {-}
P5: Somebody had to cut the chain, and I stood in that hallway for ten minutes because I honestly didn't know if I was allowed to go in without staff. {role} Nobody ever showed us what you do when it's past the point of naloxone, what you touch, what you leave alone. {sk}
P8: I went looking afterwards, and there's no procedure anywhere for an unexpected death in a room. {role}
P7: Was she using? {-}
P5: Not that anybody knew. {-} She had a bad hip and a lot of pills for it, that's all I can tell you. {-}
Facilitator: What happened once you found her?
P5: I called 911 from my own cell, because the desk phone cuts out past the second floor. {res} Then I went down to wait at the front door for the ambulance, since nobody else was on. {-}
P6: The paramedics were up and back down in about five minutes, there wasn't anything left for them to do. {-}
P5: Then two Mounties came, and one of them stood in the doorway asking me what I'd moved and how I knew she was gone, in this voice like I'd been through her drawers. {pr} I had nothing on me that said I worked there, so to him I was just some woman from the hallway. {res,pr}
P7: And that's the whole argument for the badges, right there. {res}
P8: Mm. {-}
Facilitator: And the coroner, what was that like?
P5: She came around four, a tall woman in a grey coat, and she was decent, I'll say that. {-} But she asked for whoever was in charge, and the support worker who'd just clocked in, who never even met the lady, walked her up like it was his floor. {resp} I'm the one who found her, and I stood at the end of the hall like a spare part. {resp}
P8: To be fair, the coroner has to deal with a supervisor, that's just how they do it. {-}
P5: I know. {-} Still. {-}
P6: A week later somebody from the coroner's office phoned the desk asking for her doctor's name, and I happened to pick up. {-} She talked to me like a colleague and thanked me for the details, which is more than I get from most of the ambulance crews. {pr}
Facilitator: How did the rest of you find out?
P8: I came in the next morning and read it off a note a tenant had taped up in the elevator. {st}
P7: I was off that weekend, and I only heard on Monday when I asked why there was tape across her door. {st}
P6: The manager texted the staff that same night, but the text went to work phones, and we don't get those. {st,res}
P5: And my very next shift they had me doing the wellness checks on five again, same hallway, same door, first thing. {db}
Co-facilitator: Did anybody sit down with you about it afterwards?
P5: Nobody sat down with me. {db} The coroner asked how I was holding up, and that was the only person who did. {db} Staff get paid bereavement time, and when I asked, I was told I could go home but the hours would come off my cheque. {ineq}
P6: The support worker who was on with me that week got two shifts off with pay, and I was back the following morning. {ineq,db}
P8: What I wanted was the four of us in a room with a door, on the clock, just talking about her for an hour. {db}
P6: We sort of got one. {-} The agency brought a grief counsellor out from Burnaby for the staff, and we were told we could drop in if the floor was covered. {db,ineq}
P7: Which it never is. {-}
P6: He was good, though, the ten minutes I caught. {-} You could tell he'd buried people of his own. {-}
Facilitator: How have the weeks since been for you?
P5: I hear that chain snapping when I'm trying to fall asleep. {sc} I drove out to Buntzen Lake on my day off and sat in the car the whole afternoon, I couldn't make myself get out. {sc}
P7: I'm alright, honestly, I didn't know her the way some of you did. {-}
P8: For me it's not her on her own, it's that she's on top of everybody else this year. {sc}
P6: I started counting the tenants I've lost since I started here, and I quit at eleven because I didn't want the real number. {sc}
P8: When I get like that I bake, I've made more banana loaves this month than in my whole life. {-}
P7: [laughter] Bring some in. {-}
P6: I didn't sleep at all the night before the memorial, and there was nobody I could call at that hour who'd understand. {sc,db}
P8: The only debrief I got was on the bus home, with a peer from the other building who happened to be sitting behind me. {db}
P5: I can't talk about it with my own family either, because they'd start in on whether I'm using again. {db,stig}
P6: What would actually help is one paid afternoon a month where none of us can be reached, just to reset. {sc}
P7: I've had a twitch in my eye since the week after, and my doctor says it's stress. {sc}
Facilitator: What happened to her room and her things?
P6: The family got two weeks to clear the room, and nobody came. {-}
P7: So guess who got handed a roll of garbage bags and told to pack up her whole life into the storage cage. {resp} The support workers wouldn't go in because of the smell, and we're the ones who actually knew her. {resp}
P6: The coroner asked if I was staff, and I honestly didn't know what to answer. {role}
P7: Nobody could tell me if I'm supposed to be the one phoning the family, or if that's the manager's job. {role}
P8: And nobody could say if packing a dead tenant's stuff is part of a peer's job or not, it just landed on us. {role}
P5: I kept her church bulletin and a photo of her on a horse, in case anybody ever asks. {-}
P6: Her cat went to the shelter on the highway, because nobody could take it with the no-pets rule. {-}
P8: The room was rented again ten days later, to a guy who'd been waiting at the shelter on Lougheed since spring. {hous}
P7: They put new flooring down and a fresh coat of paint before he moved in, the whole floor still smells like paint. {-}
P6: Ten days is quick, I'll give them that. {-} There are forty names on that list, and some of them are sleeping out by the river. {hous}
P7: Her best friend on four asked to move into her room because it faces the mountains, and they said no, you're housed already. {-} A guy who used to sleep in her doorway when it was cold is back in the parkade now. {hous}
P8: Three people asked me that first week how to get on the list for her room, and I had to tell them there's a list for the list. {hous,acc}
P5: A couple of tenants asked me whether they could lose their rooms for using in them now, because they'd heard the police were involved. {hous,crim}
Facilitator: How have the tenants been since?
P8: Jumpy. {-} A lot of them think the Mounties went through her room looking for drugs, so now they lock the door and use alone rather than have anything in there. {crim}
P7: The police did bag up her pill bottles, and a tenant saw it and told the whole building there were room searches coming. {crim}
P6: And the dope this month is worse than I've ever seen, people are going down off a quarter of what they used to do. {crim}
P5: There's a place in Vancouver that will test your stuff, but our guys won't carry it across on the SkyTrain because of what happens if they get stopped. {crim,acc}
P6: After the police took those pill bottles, two of my regulars stopped keeping naloxone in their rooms, in case it looks like evidence. {crim}
P8: A guy on two told me he'd rather die alone in his room than end up in the back of a cruiser again. {crim}
P7: Half of them have conditions, and if they call 911 for a friend, the warrant comes up before the paramedics even get the door open. {crim}
P5: It didn't help that cheque day landed the same week, so the whole building was wild anyway. {-}
P6: We did one big naloxone refresher for the tenants in the common room, and eighteen people showed up. {-}
Co-facilitator: Did the building do anything to mark her passing?
P6: We set up a little memorial in the common room, with her photo on an easel and the tea she liked. {-}
P7: The peers did every piece of it, and at the end the manager thanked the support workers for putting on such a lovely service. {resp}
P5: About thirty tenants came, way more than I expected. {-}
P8: Most of them came up and hugged the peers after, and walked right past the staff. {resp} Her son drove up from Chilliwack, and when I told him I'm a peer worker he said oh, so you're a volunteer. {comm} He wanted a number to call about her pension, and I couldn't give him a work line, because I don't have one. {res}
P7: Her church printed a thank you in their bulletin to the staff at the building, like the peers were never there. {comm}
P8: The paramedic who came up with the police wouldn't look at me, he asked the support worker for her date of birth. {pr}
P6: The funeral home guy asked me which tenant I was, when I'd brought the photo over on my lunch. {comm}
P5: He was a nice man otherwise, he gave me a coffee. {-}
Facilitator: Could everybody get to the funeral?
P7: I took the Tuesday morning off for it, and when I got back my Thursday had gone to the new relief peer, so I lost that shift too. {prec}
P6: I didn't go. {-} The bus out to the funeral home and a few flowers was more than I had left until Friday. {wage}
P8: I went in borrowed black pants, because on what this job pays I don't own anything you'd wear to a funeral. {wage}
P5: A woman from her church who knows I used to use asked me, right by the coffee urn, if I was where she got her pills. {stig}
P7: That's a disgusting thing to say at a funeral. {-}
P5: She's not a bad person, she just thinks anybody who ever used is a dealer for life. {stig}
P7: The security guard they hired for the memorial made more that night than any of us, and he stood by the door the whole time. {ineq}
P5: I put twenty dollars in her sympathy card, and that was my groceries for two days. {wage}
Facilitator: You said earlier it's been a hard year. Has anything come back from the coroner yet?
P6: The manager told the staff meeting last week that the toxicology came back, and I heard it secondhand from the night worker. {st} Fentanyl, pressed into street pills that looked exactly like her prescription. {crim}
P8: So she bought a few pills off somebody when her prescription ran short, and that's what killed her. {crim}
P7: Which is what the law does, it sends a sixty-eight-year-old with a bad hip to the parking lot for her pain meds. {crim}
P5: One of the day staff said well, she was a user after all, like that settles it. {stig}
P8: She was a grandmother who fed the pigeons, and now the day staff talk about her like she was just another addict. {stig}
P6: Her doctor had cut her dose in the summer, and she couldn't get in to see him again till January. {acc}
Facilitator: Did the agency do a review of what happened?
P5: Afterwards the manager asked me what I'd change about the wellness checks, and she actually used two of my ideas. {resp}
P7: There was an incident review, and the only peer in the room was the one they asked to take the notes. {resp} The date of the memorial got moved twice, and both times a tenant told me before the office did. {st}
P8: I didn't even know there was a review until I saw the minutes pinned up in the office. {st}
P5: Nobody from the review asked me a single question, and I'm the one who was there. {st,resp}
P6: They changed the wellness check to once a day, which I think is good, but nobody told us it's our job now. {st,role}
P8: Now we're supposed to knock on every door on five each morning, and nobody's said if that's extra hours or part of the shift we already have. {role,st} So now if someone's been gone a day and a half, is that on us, or on the staff who do the rounds at night? {role}
P6: I've done the naloxone training four times, but nobody has ever trained us on what comes after, when it's a body and not an overdose. {sk}
P5: The grief workshop Fraser Health ran in the spring gave me words for it, and I've used them with three tenants since. {sk}
P6: The staff got a paid half day on trauma after she died, booked on a Monday when none of the peers work. {ineq,sk} I'd like a course on grief for us, and then an hour a month with a peer counsellor to actually use it. {sk,db}
P7: I'd want a proper course on what to do at a death, the scene, the police, the families, all of it, before I'm the one who finds somebody. {sk}
P5: I had to fill in an incident report for a death and I didn't know what half the boxes meant. {sk}
P6: The night worker showed me how to check for signs that someone's been gone a while, which I'd never been taught, and it helped me more than anything. {sk}
P8: I'd like some training in how to tell a tenant that their friend died, because I fumbled it with her friend on four. {sk}
P7: And I need to learn what to say to a grieving family without crying on them. {sk} Give us the training and the masks and gloves to go with it, not one without the other. {sk,res}
Facilitator: Has money or hours changed since?
P6: They closed five for two days to clean her room, so all the floor shifts on five got cancelled, and nobody paid us for the hours we'd been booked, while the staff just got moved to other floors. {prec,ineq}
P8: I found out my shift was off when I showed up and the floor was taped. {prec,st}
P5: I lost two shifts that week and still had to cover the rent, so I'm behind now. {prec,wage}
P7: Every time there's a death, I think, is this the one that makes the funder pull the program. {prec}
P5: The cleanup company got paid more for one afternoon than I make in a week. {wage} And their guys had the full suits, masks, booties, and I'd been in there in my own runners and a pair of kitchen gloves. {res,ineq}
P6: We should have a kit for that, gloves, masks, the proper bags, not whatever's under the sink. {res}
P8: The first aid kit on five is a shoebox with some gauze and gloves that expired last year. {res}
P5: The manager gave out new key cards for the floors in the week after, and the staff cards open the office and ours don't. {ineq}
P7: Staff also get an extra paid day off over the holidays for their mental health, and we were told to take a day without pay. {ineq}
Facilitator: And you, personally, outside of work, how are things?
P5: My landlord's selling the house I rent the basement in, so on top of all this I've got till February. {hous}
P7: The mould's back in our bathroom, and I've been sleeping on the couch so my daughter can have the good room. {hous}
P8: I'd move into the building if they'd let me, but peers aren't allowed to rent there unless they already did before they were hired. {hous}
P6: Living upstairs from where she died is strange. {-} I hear the new guy's music through the floor, and I'm glad of it, honestly. {-}
P5: The waitlist for a one-bedroom through BC Housing is longer than I've been sober. {hous}
P7: I asked about the income assistance funeral money for her, and the form needed a death certificate that nobody could find. {acc}
P8: A tenant who was close to her decided after the funeral that he wants to start methadone, and the earliest intake is the middle of January. {acc}
P6: Her friend on four wanted to see a counsellor after, and the only free one in Coquitlam has a three-month wait. {acc}
P7: He's been drinking since it happened, and the detox in Maple Ridge has no beds until after New Year's. {acc}
P5: Nobody in the building knew how a tenant with no money gets cremated, I was on the phone for two days finding out. {acc}
P6: I didn't know there's a grief group at the library on Wednesdays until a tenant told me. {acc}
P5: I went to it once. {-} It was nice, actually, a lot of older ladies. {-}
Facilitator: What about the people outside, the neighbours, the police, the press?
P6: The Tri-City News ran a line about a death at the building, and the comments underneath said things like one less junkie. {stig}
P8: The neighbours along the back lane think the building is where people come to die, they don't see the people we bring back. {comm}
P5: The health unit ran a grief night for every agency in town this fall, and they asked our manager to send staff, not peers. {comm}
P8: If the city saw how many of their own neighbours we've kept breathing, they'd stop calling us the problem building. {comm}
P7: A guy at the gas station asked if I was one of the druggies from the building, and I said no, I'm staff there, and he laughed. {stig,comm}
P5: The fire crew that came for a false alarm the week after were lovely, they asked how all of us were doing after the death. {pr,db}
P7: When the constable came back for her pill bottles, he asked me in front of two tenants whether I'd ever done time. {pr,stig}
P8: At Eagle Ridge last week the nurse wouldn't give me an update on a tenant because I'm not family and not staff, even though I called the ambulance. {pr}
P7: If the RCMP would sit down with the peers once a year and hear how a death call feels from our side, that'd be worth a lot. {pr}
P5: They're under a lot of pressure too, I get that. {-} Honestly the RCMP were in and out faster than I expected, forty minutes maybe. {-}
P6: The new manager says she's going to invite the detachment in for coffee in January. {-}
P7: We'll see if that happens. {-}
Facilitator: Has anybody in your own lives noticed a change in you since then?
P8: My sister says I've been short with everybody, and she's right. {sc}
P6: My son asked why I keep checking on him at night when he's asleep. {sc}
P5: At my nephew's birthday somebody brought up the overdose crisis, and the whole table went quiet and looked at me. {stig}
P7: My neighbour asked if I'd been crying at work, and I told her allergies. {-}
P8: My old friends from the kitchen job think I'm a social worker, and I've quit correcting them. {comm}
P7: The home care nurse who visited her for two years didn't even know there were peer workers in the building. {comm}
P6: My friend asked if they pay us extra for finding somebody, and I had to laugh, because we get fifteen an hour, same as always. {wage}
P7: My daughter needed winter boots, so I skipped the phone bill, which is why you can't reach me half the time. {wage}
P5: The minimum wage goes up next June, and we'll be right there at the bottom with it. {wage}
P8: My hours were already chopped in the fall, and now with the floor closures I'm down to two shifts a week. {prec} I signed up for a Christmas hamper this year, and last year I was the one handing them out. {wage}
P7: The relief peer who took my Thursday is on call too, so we're basically bidding against each other for hours. {prec}
P5: My schedule for January still isn't posted, and it's the fourth of December. {prec}
P6: If I took a week off to grieve, I'm honestly not sure I'd have a job to come back to. {prec,sc} I'm afraid to complain about any of this, because there's always another peer waiting for my shifts. {prec}
Facilitator: Is there anything that went right, in all of this?
P8: After my bad night in November, the new manager phoned me at home the next day to ask how I was doing, and I nearly dropped the phone. {db}
P6: The peer who's been here longest came in on her day off just to walk the floor with me, and that got me through the week. {db} The tenant on four brought her rosary down to the memorial and let everybody hold it. {-}
P8: The tenants on three chipped in for a big card, and it's still up in the lobby. {-}
P7: The kids on the fourth floor drew pictures for her memorial and stuck them on the wall. {-}
P5: It was a beautiful day for the funeral, sunny and cold. {-}
P8: Yeah. {-}
Facilitator: Last question on this. If the agency could change one thing about what happens after a death, what would it be?
P5: Call the peer who found the person, same day, and keep calling. {db}
P8: Write down who does what when somebody dies, so we're not standing in hallways guessing. {role}
P6: Give us the same bereavement days the staff get. {ineq}
P7: A work phone and a badge, so the next time the police come I'm not a stranger in a doorway. {res,pr}
Facilitator: That's a great list. Thank you all, really. We'll stop the recording here.
Co-facilitator: Thanks everyone.
""",
))

# Vancouver, group 1: `[hh:mm:ss] Name: text`, saved with a byte-order mark and CRLF.
GROUPS.append(Group(
    id="vancouver-1", site="vancouver", date="2019-01-15",
    files=[("vancouver-1_downtown.txt", "txt_bracket")],
    encoding="utf-8-sig",
    script=r"""
Moderator: Okay, we're on. Welcome, everybody. Just so you know, this is recorded, but we'll only use Participant 1, Participant 2 and so on in the transcript.
Participant 2: Participant 2, that's me, I'm famous. {-}
Moderator: [laughter] You are. So the first question is a warm-up. How long have you each been doing peer work?
Participant 1: Three years on the unit, plus before that I was volunteering at the tent. {-}
Participant 3: Eight months. {-}
Participant 4: Since the start of the crisis, so going on three years. {-}
Participant 2: Me, about a year and a half, on and off. {prec} On and off because they keep running out of money for the position. {prec}
Moderator: We'll come back to that. What's the hardest part of the work?
Participant 4: The cops. {-} Sorry, but that's the honest answer. {-}
Participant 1: [crosstalk] Yeah, the cops. {-}
Participant 4: You're working the alley, you've got your bag, you've got your naloxone, and they still roll up on you like you're dealing. {pr,crim} I got patted down twice last month, on shift. {crim}
Participant 3: It's because the gear looks the same, right? {-} A pocket full of rigs is a pocket full of rigs to them. {crim}
Participant 4: And then they find your old record and it's a whole thing. {crim}
Moderator: Has that changed how you do the work?
Participant 4: Yeah, I don't carry as much anymore. {-} Which means I run out, which means someone doesn't get a clean rig. {crim}
Participant 1: The paramedics are a different story, they're mostly good down here. {pr} They've seen us work. {-}
Participant 2: Mostly. {-} There was one, I won't say which [inaudible], who told me to go stand over there while he did the exact thing I was already doing. {pr} I'd been bagging the guy for six minutes. {-}
Participant 3: Every time. {-}
Participant 2: And then he writes it up like he found him. {pr}
Moderator: How did that feel?
Participant 2: Like I'm nothing. {-} Like my six minutes don't count because I don't have the uniform. {pr,res}
Moderator: Let's talk about pay. Is it enough to live on?
Participant 1: No. {-}
Participant 3: [laughter] Next question. {-}
Participant 1: No, seriously, nobody is living on this. {wage} Everybody I work with is on income assistance or disability and doing shifts on the side. {wage}
Participant 4: And you can't go over the limit or welfare claws it back. {wage} So it's like, you're allowed to save lives for about twenty hours a month. {wage}
Participant 2: I did the math once, with the clawback I was making about four dollars an hour for the last few shifts of the month. {wage}
Moderator: That's a striking number.
Participant 2: It's a striking life. {-}
Moderator: How do you see the other staff being paid, compared to you?
Participant 3: The outreach workers on the same corner as us make double, easy. {ineq} Same corner, same people, same overdoses. {-}
Participant 1: Mm-hm. {-}
Participant 3: And they go home with benefits and a pension and we go home with a stipend in an envelope. {ineq}
Moderator: Where are people living right now? Only share if you want to.
Participant 4: SRO. {hous} Room's the size of this table. {-}
Participant 1: I'm in a supportive building, which is good, I'm grateful, but there's no privacy, you're always being watched. {hous}
Participant 2: I was couch surfing until about September. {hous} Doing shifts while I didn't know where I was sleeping that night. {hous,sc}
Participant 3: A lot of us are in the same buildings we work in, or the same buildings as the people we serve. {hous} So you never really clock off. {sc}
Moderator: Say more about never clocking off.
Participant 3: Someone knocks on my door at two in the morning because their buddy is blue. {sc} I'm not on shift, I'm not getting paid, but what am I going to do, not go? {sc,wage}
Participant 1: That's every one of us. {-}
Participant 3: And then you go to your actual shift at nine. {sc}
Moderator: Do you get any support for that part?
Participant 3: From who? {-}
Participant 4: We have each other. {-} That's it. {-}
Participant 1: There's supposed to be a counsellor you can call through the health authority, but the wait is like a month and by then you've stuffed it down. {db,acc}
Participant 2: And they don't get it. {-} You tell a regular counsellor you did three reversals and one didn't make it, and they look at you like you're speaking another language. {db}
Participant 4: Yeah. {-}
Moderator: What would actually help, emotionally?
Participant 2: Another peer, paid to be there for us. {db} Someone we can call right after. {db}
Participant 1: A room. {-} A quiet room to sit for ten minutes after a call. {sc} Right now we sit in the stairwell. {-}
Moderator: How does the public see the work you do?
Participant 4: The public steps over us. {comm} Literally. {-}
Participant 3: People think the volunteers in the vests are from the city. {comm} They don't know it's people from the neighbourhood keeping the neighbourhood alive. {comm}
Participant 2: There's this thing where you're a hero in the newspaper for one day and then the next day you're a junkie again. {stig,comm}
Participant 1: I had a lady at the pharmacy move her purse to the other side when I stood behind her. {stig} I was in my work jacket. {-}
Participant 4: The jacket doesn't help. {-} Nothing helps once they've clocked you. {-}
Moderator: Does that stigma get in the way of people getting help?
Participant 3: Oh, big time. {-} Guys won't go to emerg because last time they got treated like they were drug seeking. {stig,acc}
Participant 1: Or they go and sit for nine hours and leave. {acc}
Participant 4: We do a lot of walking people to appointments now, because if we go with them, they get seen. {acc,comm}
Moderator: That's interesting. So your presence changes how they're treated?
Participant 4: Sometimes. {-} Depends who's at the desk. {-}
Moderator: What training do you want?
Participant 2: Oxygen. {-} The new stuff in the supply, the benzos, people aren't waking up even after the naloxone, and I don't really know what to do after that. {sk,crim}
Participant 1: I want the oximeter training, and the oximeters, we don't have any. {sk,res}
Participant 3: Communication, honestly, like how to talk to a manager without losing my cool. {sk,st}
Participant 4: [laughter] That one's for me too. {-}
Participant 3: Because I know what I want to say, but it comes out street, and then they write me off. {sk,resp}
Moderator: Anything else before we take a break?
Participant 2: Is it still raining? {-}
Participant 1: It's Vancouver, it's always raining. {-}
Moderator: Ten minutes, everybody. Washrooms are down the hall.
Moderator: Okay, we're back. Let's talk about the future. What would make this a job people could stay in?
Participant 1: A contract. {prec} Even a one-year contract. {prec} Right now I could be gone next week and nobody would have to explain why. {prec}
Participant 4: Knowing what my job is. {role} I get told I'm overstepping when I do too much, and I get told I'm lazy when I don't. {role}
Participant 2: A living wage. {wage} Not a stipend, a wage. {wage}
Participant 3: And ID. {-} A proper card with my picture that I can show the cops. {res,pr}
Participant 1: Right. {-}
Participant 3: So they stop asking what I'm doing in the alley. {pr}
Moderator: And if you could change something bigger, at the level of the law or the government?
Participant 4: Decriminalize it. {crim} The whole thing. {-} As long as it's a crime, people hide, and people who hide die. {crim}
Participant 2: Safe supply, so we're not reviving the same person four times a week. {crim}
Participant 1: And housing. {hous} Real housing, not a shelter mat. {hous}
Moderator: Before we wrap up, I want to go back to something Participant 3 said about talking to managers. How do you usually find out when something changes at work?
Participant 3: Last week there was a new lock on the supply room, and I stood there with a guy waiting on a kit while I phoned around for the code. {st}
Participant 1: The coordinators have their own group chat, and we're not on it. {st} And the phone I'd be checking it on is my own, I pay the bill. {res}
Participant 4: I found out my Thursday shift was gone because my name wasn't on the whiteboard anymore. {st,prec}
Participant 2: [laughter] At least you got the whiteboard. {-} I hear it third hand from somebody in the lineup who heard it from the cook. {st}
Moderator: And when you do get a chance to speak up, in a meeting or wherever, how does that go?
Participant 1: I mean, I told them to put a naloxone kit by the back door, because that's where people go down. {-} The manager said great idea, and the kits stayed in the office for another four months. {resp}
Participant 3: When the new program lead started, she said hi to every staff person by name and walked straight past the three of us. {resp}
Moderator: What kinds of tasks end up on your plate?
Participant 4: Depends who's running the floor. {-} With one lead I'm sitting with people in the booths, with another I'm not supposed to go past the front counter. {role}
Participant 2: [crosstalk] Sharps, the bathrooms, whatever nobody with a degree wants to touch. {resp}
Participant 1: And the door, because somebody gets loud and suddenly we're security, even though nobody ever said that was part of it. {resp,role}
Participant 3: I've asked twice for something in writing about what a peer on the unit does and doesn't do, and I got a photocopy of the volunteer handbook. {role}
Participant 2: And I hate when a coordinator goes, oh, the peers will take care of it, like we're a department for whatever's left over. {role,resp}
Moderator: Let's stay with the staff for a second. How does the money line up?
Participant 3: The overdose response workers inside are union. {ineq} They get a raise every April, and we've been at the same rate since I started. {ineq} I'm not saying they don't work hard. {-}
Participant 1: Their lunch break is paid and ours comes off the top. {ineq}
Participant 2: [laughter] Different coffee too, they've got the good stuff upstairs. {ineq}
Moderator: And is it enough to get by on?
Participant 4: I had toast for supper three nights last week. {wage} I'm not even joking. {-}
Participant 1: I work four days and I still line up for the Wednesday hamper at the church. {wage} The soup's pretty good, to be fair. {-}
Participant 2: My ministry worker wants every pay stub dropped off in person, and the office is only open while I'm on shift. {acc} And if I go over by thirty bucks, it comes straight off the next cheque. {wage}
Participant 3: Like, I turn down shifts at the end of the month on purpose. {wage} Think about that. {-}
Moderator: What about knowing whether the job will still be there?
Participant 1: Every March we hold our breath. {prec} The money for our spots comes year to year, and nobody upstairs says anything until the last week. {prec,st}
Participant 4: They put me on a three-month trial two years ago, and it just kept rolling over without anybody signing anything. {prec} Anyway. {-}
Participant 2: I got a text at midnight saying don't bother coming in tomorrow, they're covered, no reason given. {prec}
Moderator: Earlier you said you mostly have each other after a bad call. Is there anything beyond that?
Participant 2: They set up a wellness line, and the one time I called, a recording said someone would get back to me within three business days. {db}
Participant 4: After the guy in the tent behind the unit passed, I was back handing out cookers twenty minutes later. {db} Nobody pulled me aside, nobody. {db}
Participant 3: What I want is to sit with somebody who has actually done a reversal, not someone reading off a sheet. {db}
Moderator: What happens to you after a string of bad nights?
Participant 1: I stop answering my phone, I just need the world to go away for a day. {sc} Sorry, that's kind of a downer. {-}
Participant 4: I had to take a week off in the fall because I was done, and none of it was paid, because peers don't get sick time. {sc,ineq}
Participant 2: Can I grab a coffee while we do the next one? {-}
Moderator: Go ahead. Let's talk about other agencies. How do they treat you when you call on someone's behalf?
Participant 3: When I phone detox intake, they want my supervisor on the line before they'll tell me if a bed opened up. {comm,acc}
Participant 1: There's no beds anyway, the young guy I had ready to go on a Monday got told the middle of next month. {acc}
Participant 4: A new birth certificate is six weeks and a fee nobody has. {acc,wage}
Participant 1: My own doctor gives me half the pain meds he'd give anyone else, because my history is right there in the chart. {stig,acc}
Moderator: And the police and the ambulance crews, has anything shifted with them lately?
Participant 4: The new beat cop on our corner actually asked what I do and shook my hand. {pr}
Participant 2: Don't get attached, they rotate them out every six months. {-}
Participant 3: Two weeks ago I was checking on a woman slumped in a doorway, and an officer told me to move along before he even knew if she was breathing. {pr} I couldn't even call it in, because the one radio for the lane team was with my partner. {res}
Participant 1: People scatter when they see the car, so whoever was using with her takes off and I'm working on her alone. {crim}
Participant 4: And once they run your name, you're not a worker anymore, you're a junkie with a record. {stig,crim}
Participant 3: When I walked a guy into emergency last month, the triage desk wouldn't let me stay with him, even though I'd been with him since the alley. {pr}
Participant 4: The fire crew down here is good though. {pr} Last month one of them handed me the bag and let me keep going. {pr}
Moderator: What about housing, for you or for the people you're helping?
Participant 3: The tents along the street got cleared again on Tuesday, so now we spend the week trying to find everybody. {hous} Some of them I've known for ten years. {-}
Participant 1: My building got sold, and the new owner wants everyone out for renovations by summer. {hous}
Participant 2: [laughter] Then you're on my floor, and my floor has mice. {hous}
Moderator: How do people outside the work see you, your families, people in the neighbourhood?
Participant 4: My sister still introduces me as being in recovery, never as somebody with a job. {comm,stig}
Participant 3: When the news did a story on the overdose numbers, they filmed the nurses and the ambulance crews and not one of us. {comm} It was a nice story otherwise. {-}
Participant 2: The bakery on the corner has a washroom code for customers, and somehow I'm never a customer when I walk in. {stig}
Participant 1: People hear you used and they stop listening to anything else you say. {stig}
Moderator: Last thing on this. If you could pick one more thing to be trained in, what would it be?
Participant 1: How to talk somebody down when they're coming up on a bad batch and swinging at you. {sk}
Participant 3: I'd like someone to teach us how to run a debrief ourselves, so we're not stuck waiting on the wellness line. {sk,db}
Participant 4: Are we almost done, the game starts at seven? {-}
Moderator: Before we wrap up, I want to ask about something we haven't touched yet, which is cheque week at the end of the month. What does the work look like that week?
Participant 1: Welfare Wednesday is the busiest day we have, every single month. {-}
Participant 4: We did eleven reversals on the unit last cheque day, and every one of them came back. {-}
Participant 2: [laughter] Don't say that out loud, you'll jinx next month. {-}
Participant 3: The coordinators sort out the staffing for that week in their own meeting, and the first I hear of it is walking in and finding six of us on the floor instead of three. {st}
Moderator: Does the extra staffing help, at least?
Participant 3: Honestly, yes, more hands is more hands. {-}
Participant 1: Somebody always brings pizza in on the Thursday, I think it comes out of the petty cash. {-} I worked a double that Friday because somebody called in, which I didn't mind at all. {-} And then the weekend is dead quiet, because nobody's got a dollar left. {-}
Participant 4: My pay goes in on the twenty-fifth anyway, so cheque week is a good week for me too. {-}
Moderator: [laughter] How do you come down after a week like that?
Participant 1: By the Saturday I can't put a sentence together, I just lie on the couch with the blinds shut until it's dark again. {sc}
Participant 3: I still hear the alarm from the booths when I'm trying to fall asleep, days later. {sc}
Participant 4: I sleep fine, for the record. {-} I've always been a good sleeper, even back in my shelter days. {-}
Moderator: Is there anyone to talk to once it's over?
Participant 2: The counsellor from the health authority comes by on Tuesdays and sits in the back office with a plant. {-} She's nice, I've got nothing against her. {-}
Participant 3: But after we lost the young guy from the hotel on cheque night, what I needed was somebody who'd been on that floor with me, not an appointment nine days later. {db}
Participant 1: The best talk I ever had after a bad one was with the old night peer, who just sat beside me on the curb for twenty minutes and let me shake. {db}
Participant 4: He moved over to the island, and since then nobody sits with you after, you wash your hands and go back out. {db}
Participant 3: And the support workers who were on that night got a sit-down with the clinical lead the next morning, while the peers were told the door was short-handed. {db,ineq}
Moderator: Different question. If a brand new peer started here tomorrow, what would you tell them on their first day?
Participant 4: Nobody's going to tell you what you're allowed to do, you find the lines by stepping over them. {role}
Participant 2: On my first day nobody had worked out what I was there for, so I folded pamphlets in the back for four hours. {role}
Participant 3: Eight months in, and I still couldn't tell you if I'm allowed to sign for the supply delivery. {role}
Participant 4: And don't give up your disability, because this job on its own won't cover a room and groceries. {wage}
Participant 1: Eat before you come in, because once the doors open there's no sitting down until close. {sc} The paramedics down here will mostly let you finish what you started, if you talk clear and give them the numbers. {pr}
Participant 2: Learn the bag and mask properly before your first cheque week, not in the middle of it like I did. {sk}
Participant 3: Tell them the support workers call us the kids when they think we can't hear, and some of us are pushing sixty. {resp} And the night notes go to the staff at the counter, the coordinator walks right past us with the clipboard. {st}
Participant 2: [laughter] I'm one of the kids. {-}
Participant 1: A coordinator once handed me her dirty mug on her way out the door, like I was the dishwasher. {resp}
Participant 4: When I bring something to the manager she answers me in deliverables and outcomes, and I nod along like I know what any of it means. {st} And the support workers get a whole orientation week with practice scenarios, and the peers get a tour of the building and a binder. {sk,ineq}
Participant 1: The one time they asked me to show a new support worker around the floor, I walked around for a week like I'd won the lottery. {resp}
Participant 2: On the list by the door our names are under a heading that says "Peers and Volunteers", like it's the same job. {role}
Participant 4: Staff got a holiday bonus in December, and the peers got a card with the manager's signature on it. {ineq}
Participant 3: If I miss a shift for a funeral I lose the money, and the support worker next to me gets bereavement leave. {ineq}
Participant 2: [crosstalk] And they eat lunch in the staff room, we eat ours on milk crates by the back door. {ineq}
Participant 1: The manager was away for two weeks over Christmas, and the coordinator from the other site covered for her. {-} We all sat in on the holiday schedule meeting, and it went fine, actually. {-}
Moderator: Good to hear something went fine. What about outside the unit on cheque week?
Participant 4: There was a police car parked out front all Wednesday afternoon, just sitting there with the engine running. {-} When that car sits there the alley empties, and people go use alone in the parkade where nobody's going to find them. {crim}
Participant 3: Two officers stood by their cruiser eating sandwiches while I was doing breaths on a guy ten feet away. {pr} And the only flashlight on the unit died halfway through that same walk, so I was checking people with my phone screen. {res}
Participant 2: Half the people coming in on cheque day lost their ID the month before, so they can't even cash the thing. {acc}
Participant 1: The bank teller counts my pay twice and stares at my arms the whole time she's doing it. {stig}
Participant 4: Two of our regulars got put out of their rooms the day after cheques, because the landlord found somebody who'd pay more, and the housing line just reads us the same three shelters to call. {hous,acc}
Participant 2: By the twenty-second I'm counting dimes for the bus. {wage}
Participant 1: Don't plan your life around this job, because the hours you get in January aren't the hours you'll get in June. {prec}
Moderator: Has anyone outside work ever noticed what you do that week?
Participant 2: A lady from the building across the lane brought us a tray of sandwiches and a card that said thanks for keeping our block alive. {comm}
Participant 4: The guy at the hardware store asked if I was doing community service hours when I told him where I work, like anybody working down here must be on probation. {comm,stig}
Participant 3: My nephew put me in his school project as his hero, and his teacher asked him if peer worker was a real job. {comm}
Participant 1: My very first reversal was on a cheque day too, right outside the bottle depot. {-}
Participant 2: Did anybody catch the Canucks game last night? {-}
Moderator: One more thing before we stop. At the end of December the cheques came out, and then the police did a big sweep of the alley behind the unit. Can somebody walk me through those days?
Participant 4: It started on the Thursday, the day after cheques went out. {-} I came in at eight and there were four wagons lined up at the mouth of the lane. {-} By noon they'd hauled off maybe fifteen people, mostly for warrants and breaches. {crim}
Participant 1: One of them was a woman I'd reversed twice that same week, and they took her for standing inside her red zone. {crim}
Participant 2: And her conditions keep her out of the exact blocks where she picks up her methadone. {crim,acc}
Participant 3: I was on my first lane walk of the day, and an officer had me empty my whole kit bag onto the hood of his car. {pr,crim} All I had to show the officer was a laminated paper with my first name in marker, and he laughed at it. {res,pr}
Moderator: What happened after that?
Participant 3: He let me go after twenty minutes, but he kept my cookers and my sharps bucket. {crim}
Participant 4: Harm reduction gear, paraphernalia, to the cops it's all the same box. {crim}
Participant 2: [laughter] My sharps bucket has a cleaner history than I do. {-}
Participant 1: Honestly the sergeant running the thing was decent to me, he asked my name and remembered it the next day. {pr} He wanted us to keep people back from the tape so nobody got trampled. {-}
Moderator: Where did people go once the alley was cleared?
Participant 4: The sweep pushed everybody into the parkades and the hotel stairwells, which is where you find them blue the next morning. {crim}
Participant 3: We had three overdoses in the same stairwell on Powell before lunch on the Friday. {-}
Participant 1: Our coordinator moved the outreach van four blocks over for the operation and didn't tell a single peer. {st}
Participant 2: So I walked a guy with a cut hand around for an hour looking for a van that wasn't there. {-}
Participant 3: Yeah. {-}
Moderator: How were you doing by the end of that week?
Participant 2: I was wrecked by the Saturday, properly wrecked. {sc}
Participant 1: I had a cough and a cold sore and I worked every day anyway, because without me the Sunday crew was two people. {sc}
Participant 3: My jaw aches from clenching it in my sleep now, my dentist noticed before I did. {sc}
Participant 4: Me, I was fine until the Monday. {-} Then I sat in the laundromat for three hours after my load finished, because I couldn't face going home or going in. {sc}
Moderator: Did anybody check in with you?
Participant 3: The coordinator sent a thumbs up to the peer phone on the Sunday, and that was the whole check-in. {db}
Participant 1: What I wanted was to sit down with the other two peers from the Friday and go through it together, on the clock. {db}
Participant 4: We ended up talking the whole sweep through at the pho place on Main, on our own time. {db}
Participant 2: I'm not a talker, I'd rather walk the seawall with my headphones in. {-}
Participant 1: Same. {-}
Moderator: What did the people coming through the unit need in the days after?
Participant 1: Half of them came out of the cells without their ID, because it's sitting in a property bag and you need a form to get it back. {acc}
Participant 4: One guy missed four days of his methadone while he was inside, came out sick as a dog, and the pharmacy wouldn't dose him without a new prescription. {acc}
Participant 3: I spent a whole afternoon on hold with the ministry trying to get a guy's cheque reissued, because he was locked up the day it came. {acc}
Participant 2: The ones who still had their cheques, the dealers knew exactly which corner to find them on. {-}
Participant 1: When the regular dealers get picked up, somebody new comes in with who knows what in the bag. {crim}
Participant 2: Whatever was going around after the sweep had something heavy in it, people were dropping after one hit. {crim}
Participant 4: True. {-}
Moderator: Let's talk about housing for a second. Did the sweep change anything there?
Participant 4: They took down every tent along the lane fence, and the city crew tossed the lot into a garbage truck. {hous}
Participant 3: One of my regulars lost his tent, his dentures and his mom's ashes in one morning. {hous}
Participant 1: The shelter on Cordova had four mats for about forty people that night. {hous}
Participant 2: My hotel put a guest ban on for the whole week after, so I couldn't have my own daughter up to my room on her birthday. {hous}
Participant 3: My housing application lapsed because I missed a letter while I was moving between couches. {hous,acc}
Participant 4: My landlord found out where I work and decided I'm the reason people use in our stairwell. {comm} Now he's hinting I should start looking for another room. {hous}
Participant 1: A guy I'd been helping with his housing forms got picked up, and when he got out three days later his room had been given to somebody else. {hous,crim}
Moderator: And the money side, that week?
Participant 3: Cheque week is the one week a month I eat three meals a day, and I'm barely exaggerating. {wage}
Participant 1: The unit gave us extra shifts for the sweep, which I was glad of, except it put me over my earnings limit. {wage} So I worked the hardest week of the year and my January cheque came in short a hundred and forty dollars. {wage}
Participant 2: [laughter] I'd love to see the overtime bill for all those officers standing around. {-}
Participant 4: The security guard they hired for the front door that week made more an hour than any of us, and he mostly stood there. {ineq}
Participant 3: The support workers got time and a half for the Saturday, and we got straight time. {ineq}
Participant 4: I put off buying boots until the next cheque, so I did the whole sweep in runners with a hole in the toe. {wage}
Moderator: How did the staff and managers handle letting you know what was going on?
Participant 1: The manager met with the police liaison the week before and none of us knew it was coming. {st}
Participant 4: The first warning any of us got was a client saying there's wagons on Columbia, and the office had known since Monday. {st}
Participant 3: Then on the Friday there was an email thanking "the team" for its flexibility, and peers don't even have work email. {st,ineq}
Participant 2: They put a sheet up afterwards with the numbers for the week, which was nice to see. {-}
Participant 4: And the night supervisor came out to the lane herself and stood with us, which made me feel like part of the team for once. {resp}
Moderator: What did you wish you'd had on the job that week?
Participant 3: A vest, something bright with the unit's name across the back, so the cops can see from fifty feet that I'm working. {res}
Participant 1: A second radio. {res} My partner was two blocks away with the only radio we had, so I had to sprint back to the unit for the oxygen. {res}
Participant 4: Some way to measure oxygen, even a cheap clip thing, because the guy in the parkade was grey and I had nothing to read him with. {res}
Participant 2: Gloves that actually fit, the box on the unit is all extra large. {res}
Participant 4: [laughter] She's got hands like a ten-year-old. {-}
Participant 3: And a phone that isn't my own, I burned through my whole data plan calling 911 and the outreach nurse. {res}
Participant 4: We ran out of take-home naloxone kits by the Friday afternoon. {res}
Participant 1: The support workers carry a staff cell to call the ambulance on, and I had to borrow one off a client. {res,ineq}
Moderator: And in terms of skills, did anything come up?
Participant 3: I'd never seen anybody seize after a reversal before, and I just held his head and hoped. {sk}
Participant 4: The de-escalation thing we did in the fall actually paid off, I kept two guys from fighting over a tent spot. {sk}
Participant 2: I want somebody to teach us the legal side, what I have to show an officer during a search and what I don't. {sk,crim} Know-your-rights stuff, basically. {-}
Participant 3: Frostbite, too, I had no idea what I was looking at on a guy's fingers that Sunday. {sk}
Participant 1: I'd never given naloxone to someone in handcuffs, and I honestly didn't know how to position him. {sk}
Moderator: How were you treated by the police and the ambulance crews once it was underway?
Participant 4: One cop stood on a guy's backpack the whole time I was giving him breaths. {pr}
Participant 3: And another officer told me if I kept handing out kits during the operation he'd charge me with obstruction. {pr,crim}
Participant 2: The paramedics were great that week, honestly, one stayed after and showed me the new airway they carry. {pr}
Participant 1: At Saint Paul's the emergency nurse told me they didn't need "the support person", and I was the one who called it in. {pr}
Participant 4: Typical. {-}
Moderator: Did the work get noticed outside the unit?
Participant 1: A city councillor came down on the Monday for photos with the officers, and nobody thought to put a peer in the picture. {comm}
Participant 4: A couple of the shop owners on Hastings put thank-you signs for the police in their windows. {-}
Participant 2: The lady at the corner store asked me if I was glad all the addicts were gone, like I'm not one of them. {stig}
Participant 3: My mom saw the wagons on the news and phoned to ask if I'd been arrested. {stig}
Participant 1: When I tell people I was working the lane that day, they ask me which side I was on. {comm}
Participant 4: The other agencies phoned the unit all week for numbers, and not one of them asked to speak to the peers who were out there. {comm}
Participant 2: The business association wrote in the paper that peers just draw more users to the block. {comm,stig}
Participant 4: And I read the comments under the article, people saying just let the junkies die. {stig} I shouldn't have. {-}
Moderator: And inside the unit, how were you treated?
Participant 2: After the police left, they had us combing the whole lane for needles with tongs for four hours. {resp}
Participant 1: The clinical staff stayed inside by the heater doing their charting while we were out in the sleet. {ineq,resp}
Participant 3: When I told my coordinator the sweep was going to kill somebody, she said that was above our pay grade. {resp}
Participant 4: Two days later somebody did die, in the parkade on Abbott. {-} I found him. {-} Nobody from the office said a word to me about it, I read his name on the memorial board like everybody else. {db}
Participant 1: That one sits with all of us. {-}
Participant 3: I haven't slept right since, I keep going over whether I should have checked the parkade first. {sc}
Participant 2: The staff got a catered lunch the day after the sweep, and we got the leftovers at four. {ineq}
Participant 1: We asked to open the unit an hour early the morning after, and it got shot down without anybody asking us why. {resp}
Moderator: What does the work look like now, a few weeks on?
Participant 2: My hours got cut back to two shifts, because the extra for sweep week came out of January. {prec}
Participant 1: They told us the overdose response money runs out at the end of March and they're waiting to hear from Victoria. {prec}
Participant 3: I'm still casual after eight months, so if I ask for a day, I just stop getting called. {prec}
Participant 4: Some days I'm on the door, some days I'm in the lane, and the new coordinator says peers shouldn't be in the lane at all. {role}
Participant 2: During the sweep I was told to keep clients calm, keep clients away, and stay clear of the police, all by different people. {role,st}
Participant 1: Nobody ever said whether we're allowed to refuse a search while we're on shift. {role,crim}
Participant 3: On the incident form there's a box for staff and a box for client, and I didn't know which one to tick. {role} Anyway, the lane's quiet again now. {-}
Moderator: Let's stay with the days after for a bit. What was the first week of January like on the floor?
Participant 3: Weirdly slow, like the whole neighbourhood was holding its breath. {-}
Participant 1: The regulars who did come back were jumpy, they'd flinch every time the door buzzed. {-}
Participant 2: A lot of people just stopped coming in, because word got around that the police had been parked on our corner. {crim}
Participant 4: I went looking for one woman for a week, and it turned out she was staying at her sister's in Surrey. {-}
Participant 2: Good for her, honestly. {-}
Participant 1: It snowed on the Sunday, which calmed everything down more than any of us could. {-}
Participant 3: I'll say the clients were great with us through all of it, nobody took it out on the peers. {-}
Moderator: And how about yourselves, looking after yourselves since then?
Participant 4: I took the Tuesday off and it didn't help, I just lay there seeing that parkade. {sc}
Participant 2: I've been living on vending machine chips for a month, I can't be bothered to cook anymore. {sc}
Participant 1: My sister says I've gone quiet since Christmas, and she's probably right. {sc}
Participant 2: The first time anyone has asked me how I'm doing about that week is tonight, in this room. {db}
Participant 3: I'd like a peer from another site to come in once a month, somebody outside our unit, so we can say what we actually think. {db}
Participant 1: They offered a session through the employee assistance program, except peers aren't on the plan, so it was for staff only. {db,ineq}
Participant 4: Mm-hm. {-}
Moderator: Has anything changed in how the unit plans for something like that?
Participant 4: I asked what the plan was if it happens again, and three different people told me they're working on it. {st}
Participant 1: The managers talk about enforcement activity and displacement, and I'm sitting there thinking, just say the cops cleared the alley. {st}
Participant 2: There's a new sweep protocol now, apparently, taped up inside the staff room where peers aren't allowed. {st,ineq}
Participant 3: My coordinator moved our lane walk times in January, and I only found out when the door staff asked why I was late. {st}
Participant 2: We're good enough to pick needles out of the snow, but not good enough to sit in the planning meeting. {resp,st}
Participant 3: At the January huddle the coordinator went around asking staff what went wrong, and when she got to the peers she checked her watch. {resp}
Participant 4: To be fair, the doctor on the unit thanked each of us by name at that huddle, and I'll be honest, that landed. {resp}
Participant 1: The staff who worked the sweep got a paid recovery day in January, and the peers who worked the same days got nothing. {ineq}
Participant 4: Staff could park in the lot behind the tape, and we had to walk the long way around with our bags. {ineq}
Participant 1: They brought in agency people for sweep week, and those people got called back in January before any of us. {prec,ineq}
Participant 4: My name's been on the casual list so long I've stopped asking about permanent. {prec}
Participant 2: I said no to one shift in December because of my daughter, and I haven't been asked since. {prec}
Participant 3: If the money from Victoria doesn't come through, the lane walks are the first thing to go, and me with them. {prec}
Moderator: Going back to what you do on shift, has that gotten any clearer since?
Participant 3: The manager said stay inside during the operation, and then asked why nobody was in the lane when the call came in. {role}
Participant 1: One officer wanted me to point out who was who in the lineup, and I had no idea if that was part of my job or the opposite of it. {role,pr}
Participant 2: My title on the schedule is "peer helper", which makes me sound like a kid handing out juice boxes. {role}
Participant 4: I still don't know if I'm supposed to fill in the naloxone log or if that's for staff. {role}
Participant 2: [laughter] Nobody knows who fills in the naloxone log. {-}
Moderator: What about gear, since then?
Participant 1: By the Saturday we were putting used sharps in grocery bags, because the unit ran out of bins. {res}
Participant 4: If my badge had a photo and the health authority's logo on it, I bet I'd have been searched once instead of twice. {res,crim}
Participant 2: A warm jacket from the unit wouldn't kill them either, I did the whole week in a hoodie. {res}
Participant 3: I'd take a course on wound care, I learned more from the street nurse in one afternoon than in my whole orientation. {sk}
Participant 2: I'd never done a reversal in the snow before, and I didn't know whether to move him or cover him. {sk}
Participant 4: And a course on talking to cops without it turning into a thing, because I'm not good at that. {sk,pr}
Participant 1: Some grief training too, so I know what to say to the girlfriend when it's her guy we lost. {sk}
Moderator: Did people outside the unit see things differently after the sweep?
Participant 3: The church group that does Sunday lunch thought we were city staff and asked which department we're with. {comm}
Participant 4: I wish the folks on the other side of Main could spend one cheque day with us, they'd see who keeps that lane breathing. {comm}
Participant 2: A guy from the neighbourhood house came by just to say he'd heard what we did that week. {comm}
Participant 1: At the grocery store that week, anybody who looked like us got followed up and down the aisles by security. {stig}
Participant 2: I've stopped telling the parents at my daughter's school what I do, because the next question is always what I used. {stig}
Participant 3: Even my own doctor asked if I'd gotten caught up in it, like it was obvious I would have been. {stig}
Participant 4: The guy at the liquor store calls all of us crackheads, lanyard or no lanyard. {stig,comm}
Participant 1: The younger ones thought the whole thing was exciting, running around filming the wagons on their phones. {-}
Moderator: And getting people what they needed after, outside the unit?
Participant 2: Legal aid won't see anybody about a breach until there's a court date, so people just sit on their warrants. {acc,crim}
Participant 1: I tried to get one guy into detox after he got out, and the only bed was in Surrey with no way to get him there. {acc}
Participant 3: The drop-in doctor only comes Tuesdays, so if you got hurt on a Thursday you wait five days or sit in emergency all night. {acc}
Participant 4: Most of the ones who got picked up were back in the lane by the middle of January anyway. {-}
Moderator: And money and housing, now that it's a few weeks on?
Participant 2: After my phone and my rent, I've got about ninety dollars a week, and that's a good month. {wage}
Participant 3: The unit pays two weeks behind, so cheque week is also the week I borrow off my sister. {wage}
Participant 4: Fifteen an hour, and there's not a room in this city I could rent on what I clear in a month. {wage,hous}
Participant 1: I've been skipping the bus to save the fare and walking to work in the snow. {wage}
Participant 2: I bought my daughter's birthday cake with change from the jar, and that was a good week. {wage}
Participant 3: I sleep at my cousin's most nights now, because my building's had two fires since Christmas. {hous}
Participant 1: A couple of the tent folks got offered the new modular units in Marpole, which is miles from anyone they know. {hous}
Participant 2: My hotel went up forty bucks a month right after the guest ban, if you can believe it. {hous}
Participant 4: You should have seen the lineup at the bank machine on Hastings that Wednesday, though. {-}
Participant 2: [laughter] I'm already counting down to the next one. {-}
Participant 1: Cheque day itself was kind of festive, people were buying each other breakfast at the diner. {-}
Participant 3: That's true. {-}
Moderator: Is there anything about the law itself you'd want people to hear?
Participant 4: Sweeps don't stop anybody using, they just move it somewhere darker. {crim}
Participant 1: With my record I'll never get hired into the clinical jobs, no matter how many people I bring back. {crim}
Participant 3: I'm not totally with you, some of those guys needed picking up, there were two of them selling to kids by the school. {-}
Participant 4: Fair, but most of the ones they took were asleep. {-}
Participant 2: [crosstalk] Okay, okay. {-}
Moderator: Anything else from those days that we haven't covered?
Participant 3: I've been doing this eight months and that was the busiest week by a mile. {-} I keep a little notebook of everyone I've reversed, and that week took up four pages. {-}
Participant 2: I grew up three blocks from that alley, so I knew most of the people in those tents by name. {-}
Participant 4: Honestly, I've seen worse sweeps, the one back in 2012 was uglier. {-} The officers brought in from Surrey didn't know the lane at all, they kept getting lost in the back lots. {-}
Participant 1: Nobody on the unit asked how I was after that stairwell Friday, but the staff nurse got sent home early to rest. {db,ineq}
Participant 3: After the sweep I didn't sleep more than four hours a night for a week, and I still picked up a double. {sc} I walked out of it with a sore back too, and since I'm casual, nobody was paying me to rest it. {sc,prec}
Participant 2: My letter says temporary, pending funding, and it has said that since the summer. {prec}
Participant 4: When peers bring up the lane at the team meeting, the manager says let's take that offline, and it never comes back. {resp} Half my job that week was stuff nobody had ever told me was mine, like guarding the bikes people left behind. {role}
Participant 3: The welfare office shut early on the Friday of the sweep, so nobody could get a crisis grant. {acc}
Participant 1: People at my church still think I'm a volunteer, like this is something I do for fun on weekends. {comm}
Participant 2: The pharmacist who saw me in the lane that week checks my prescriptions twice now, like I'm going to forge one. {stig} The overtime went straight into a winter coat for my daughter, so I'm not complaining about that part. {-} She thinks the whole thing was like a TV show, she kept asking if I saw any car chases. {-}
Participant 1: The people I worked with that week were solid, I'd go into that lane with any of them. {-} The wagons were gone by three, and by five you'd never know anything happened. {-}
Participant 4: I like the night shifts better anyway, the lane's a lot calmer after ten. {-} The outreach nurse brought her dog in on the Monday and everybody was all over him. {-}
Participant 3: Mostly I just remember how cold it was. {-}
Participant 1: Yeah, pretty much. {-}
Participant 4: Did somebody take the last of the sandwiches? {-}
Participant 2: Is it still snowing out there, does anybody know? {-}
Moderator: Since a few of you brought up the cold, I want to open one more topic before we stop. We're in the middle of the winter shelter season. What does a really cold night look like for you?
Participant 4: It starts with my phone buzzing at four in the afternoon, asking can I do eleven to seven at the church hall, because the alert just went on. {prec} And if I can't, they've got a list, and I drop to the bottom of it. {prec}
Participant 1: The church hall on Princess puts out its mats once it goes below zero, and a lot of the walking people over there falls to us. {-}
Participant 2: [laughter] Below zero in Vancouver and everybody acts like it's the Yukon. {-}
Participant 3: It's not funny when your bed is a flattened fridge box, though. {hous}
Participant 2: I know, I know. {-}
Moderator: Walk me through one of those nights, start to finish.
Participant 4: Last Tuesday it was minus eight with the wind off the water. {-} I did doorway checks on Pender from eleven until past four. {-} The unit gave me one pair of those thin stretchy gloves, and by two my fingers couldn't snap the top off a naloxone ampoule. {res}
Participant 1: Honestly, half the time I can't tell if somebody's lips are blue from the cold or from the dope, and nobody's ever shown us the difference. {sk}
Participant 3: We asked for headlamps back in November. {res} I'm still holding my phone in my teeth to look at somebody's pupils. {res}
Participant 2: I tucked a foil blanket around a guy on Alexander and he told me to get lost. {-} Fair enough, it was two in the morning. {-}
Participant 4: Some of them just want to be left alone, and you learn to respect that. {-}
Participant 1: Yeah. {-}
Moderator: What about the people who are too cold to be left alone?
Participant 3: There was an older man curled up behind the recycling bins on Jackson, talking nonsense, and I didn't know if he was drunk, high, or freezing to death. {sk} I stood there like an idiot trying to remember anything from my first aid course. {sk}
Participant 1: The shelter nurse spent maybe ten minutes showing me how to check fingers and toes for frostnip, and I've used it every single night since. {sk}
Participant 4: They handed us a forehead thermometer in January with no instructions, and I still don't know what number means call the ambulance. {sk,res}
Participant 2: I'd like a proper course on cold injuries before next winter, not a ten-minute corner chat. {sk}
Participant 4: The paramedics that came for the man behind the bins were good about it. {pr} One of the paramedics told me I did the right thing keeping him off the ground, and I walked around for an hour on that. {pr}
Participant 3: Not every crew, though. {-} One guy from the ambulance on Main took one look at my lanyard and asked if I was the patient's friend. {pr}
Participant 2: [laughter] We are their friends, half of them. {-}
Participant 3: Not while I'm working I'm not. {-}
Moderator: Who's doing the work inside the shelters on those nights?
Participant 3: The extreme weather site is run by another agency, and their night staff get a premium for overnights. {ineq} We're on the floor doing the same rounds at our regular daytime rate. {ineq}
Participant 4: The shelter worker beside me makes about nine dollars an hour more, and I'm the one eating the leftover bread at six in the morning. {ineq,wage}
Participant 1: I'm not sure it's the same job, to be fair, they're doing intake and the mat list and we're more floating. {-}
Participant 3: Floating from one overdose to the next, sure. {-}
Participant 4: The guard on the door has a little heated booth with a kettle, and the peers stand out on the steps with the smokers. {ineq}
Participant 2: Nobody's told me yet if I'm supposed to be checking people in or just watching the washrooms. {role} I've done both, and I've been told off for both. {role}
Participant 1: One night I was handing out mats, and the next night the shelter lead says peers don't touch the mat list, it's a liability thing. {role}
Participant 4: On the roster I'm down as "extra support", whatever that means at three in the morning. {role}
Participant 2: Mm-hm. {-}
Moderator: How does your own organization treat the overnight work?
Participant 1: Our manager decided the peers would cover the two-to-six slot, and not one of us was asked first. {st}
Participant 3: There's all these short forms, EWR and HIFIS and whatever, and nobody ever told us what any of it stands for. {st}
Participant 4: I asked three different times who I'm supposed to call if the shelter's full after midnight. {st} Still waiting on that one. {-}
Participant 2: I spent most of one overnight mopping slush off the entrance every twenty minutes, because that's what they handed me. {resp}
Participant 1: I told my supervisor we should hand out dry socks at the door instead of waiting for people to ask, and it went into the suggestion pile with everything else. {resp}
Participant 4: The night lead did ask me which doorways to check first, because I know where everybody sleeps, and I'll admit that felt good. {resp}
Participant 3: The church ladies make a chili on Thursdays that could wake the dead. {-}
Participant 2: [laughter] Don't say that around here. {-}
Moderator: What happens when people need to use on those nights?
Participant 1: Because it's all illegal, nobody's allowed to use inside the hall, so they go out behind the dumpster at minus eight and do it alone. {crim}
Participant 4: That's where I found the guy on the Sunday, wedged between the dumpster and the fence. {-} He came around, eventually. {-}
Participant 2: One of my regulars has a no-go order for the exact block the warming centre is on, so he slept in the bus shelter across the road from it. {crim,hous}
Participant 3: A woman got picked up for trespassing in a parkade stairwell, and all she'd done was get out of the wind. {crim,hous}
Participant 4: Whatever's in the dope this month, people are going grey before the needle's even out. {crim}
Participant 1: If there was a clean supply, nobody would be scoring off a stranger at a bus stop at three in the morning. {crim}
Participant 2: Half the ones on the mats won't give their real name at the desk, and you can guess why. {-}
Moderator: What about the police presence around the shelters this winter?
Participant 3: Honestly, the officers mostly left us alone this winter, they drove past and kept going. {-}
Participant 4: Except the one who stopped me on Hastings with a backpack full of rigs and a bag of cookers at one in the morning, and ran my name on the hood of his car. {crim,pr}
Participant 1: With my record, I can't even apply for the winter shelter jobs the city posts every year, they all want a clean criminal record check. {crim}
Participant 2: That's messed up. {-}
Participant 1: It is what it is. {-}
Moderator: Has anyone lost someone to the cold or to an overdose this winter?
Participant 3: Yeah. {-} The woman who used to sing in the lineup, the one with the pink toque. {-} We found her in the bus shelter on Main the morning after the coldest night. {-}
Participant 1: I finished that overnight at seven, and there wasn't one person in the office to even tell. {db}
Participant 4: The day shift takes over, and all they want from you is the mat count, not a word about who you lost. {db}
Participant 2: I texted a peer from the Powell site at five in the morning, because she's the only one I knew who'd get it without me explaining. {db}
Participant 3: The elder who comes in on Thursdays made me tea and just let me talk for an hour. {db} That's the only thing that helped. {-}
Participant 1: I'd like somebody from the unit to call us at the end of an overnight, even five minutes, just to ask how it went. {db}
Participant 3: Since the night we lost her I haven't slept a full night, and nobody at work has asked me once. {sc,db}
Participant 4: Same. {-}
Moderator: And how are you holding up, physically?
Participant 2: After an overnight I sleep until three in the afternoon, then I'm wide awake all night, so my whole week's upside down. {sc}
Participant 4: I've had the same chest cold since the first alert in December. {sc} I'm sick of being sick. {sc}
Participant 3: My feet didn't warm up until noon the next day. {sc}
Participant 1: I snapped at my sister over nothing after a run of four cold nights, and that's not who I am. {sc}
Participant 2: I could use one weekend where nobody texts me about an alert. {sc}
Participant 4: I actually like the overnights, it's the only time I get to really sit with people and talk. {-}
Participant 3: [laughter] You like everything at three in the morning. {-}
Moderator: What about your own places? How warm are they?
Participant 4: My room's heater has been broken since October, and the building manager says he's waiting on a part. {hous} I sleep in my jacket and a toque in my own room. {hous}
Participant 2: My heater works, but the window in my room won't close all the way, so it barely matters. {hous}
Participant 3: Twice this month I slept on a mat at the same shelter I'd just finished working at, because it was warmer than my cousin's basement. {hous}
Participant 1: That's not right. {-}
Participant 3: It was fine, the guy next to me didn't snore. {-}
Participant 1: In my building the heat's included, which is the one good thing about it. {-}
Participant 3: And I've moved three times since October, and it's hard to rest up for a shift when you don't know where your stuff is. {hous,sc}
Participant 2: My hydro bill doubled in December because of the space heater, and I paid it with my whole last overnight. {wage}
Moderator: So money's tight in the winter too?
Participant 4: I ate the leftover soup at the end of shift most nights, because there was nothing in my fridge. {wage}
Participant 2: I bought hand warmers for the guys out of my own pocket, a box from the dollar store, and that's my bus money for the week. {wage,res}
Participant 1: Peer pay doesn't stretch to a winter coat and rent in the same month, you pick one. {wage,hous}
Participant 3: The pay came in on time all winter, I'll give them that. {-}
Participant 4: On time and tiny. {wage}
Participant 3: [laughter] Okay, fair. {-}
Moderator: What about work hours through the season?
Participant 3: The overnights only exist when the city calls the alert, so my hours swing all over the place. {prec} In December I had five nights in one week, then nothing for nine days. {prec}
Participant 1: They told us the warming centre money is only good till the end of March, and after that nobody knows. {prec}
Participant 2: I turned my phone off to sleep one afternoon, missed the call, and didn't get offered another overnight for two weeks. {prec}
Participant 1: Nobody tells you at four o'clock whether the alert will still be on at ten, so you sit at home in your boots and wait. {prec,st}
Participant 3: I can't take a night off when I'm sick, because if you say no to one alert they quit texting you. {sc,prec}
Participant 4: And when the alert gets called off at ten at night, the other agency's staff still get paid for the shift, and we just get sent home. {ineq,prec}
Participant 1: To be fair, a mild winter is good news for everybody sleeping outside. {-}
Moderator: When you're trying to get people indoors, what do you run into?
Participant 3: The one place that takes couples is full by nine, so couples just sleep outside together. {hous}
Participant 2: The shelter won't take carts, and nobody's leaving everything they own on the sidewalk, so they stay out. {hous}
Participant 4: We turned away eleven people at midnight on the Wednesday, and I had to be the one to say it. {hous}
Participant 1: I'd like to learn how to say there's no room without it turning into a fight. {sk}
Participant 3: Half the people on the mats don't have ID, so the ministry won't even look at a crisis grant for a coat. {acc}
Participant 1: I didn't know the Salvation Army had clothing vouchers until the shelter nurse mentioned it in the third week. {acc}
Participant 2: Try getting anybody into detox in January, the intake line says call back every morning at eight, and most of our people don't have a phone. {acc}
Participant 4: A guy with a cough that sounded like a barking dog waited six hours at emerg, gave up, and came back to the hall. {acc}
Participant 1: The walk-in doctor told a guy with frostbitten toes he'd get seen faster if he wasn't high, and sent him off. {stig,acc}
Participant 3: The shelter won't take a referral from a peer, it has to come from our staff, so I'm running back and forth for a signature. {comm,hous,acc}
Participant 2: There's a new outreach team doing mental health rounds at night now, which is good. {-}
Moderator: How do people outside the work see you on those nights?
Participant 1: A man walking his dog asked if I was with the city, and when I said I'm a peer worker, he said, a peer of what? {comm}
Participant 4: The coffee place on Main gives the shelter staff a free coffee when they flash a lanyard, and when I flash mine they ask who I'm with. {comm}
Participant 2: A guy at the bus stop told me to go freeze with the rest of the junkies. {stig} Real nice. {-}
Participant 3: People assume anybody out at three in the morning is out there scoring. {stig}
Participant 1: At the drugstore they keep the hand warmers behind the counter now, and the clerk watched me the whole time like I was going to pocket a pack. {stig}
Participant 4: The shelter staff from the other agency talk to me like I'm there for a mat, until they see the vest. {comm}
Participant 2: One of the church ladies said what we're doing out there is holy work, and honestly I didn't know what to do with that. {comm}
Participant 3: My aunt in Burnaby tells her friends I help out at a soup kitchen, because that's easier than saying what the job is. {comm}
Participant 1: And my neighbour started locking his storage cage after he saw me in the vest. {stig}
Moderator: Let's talk about the other people on the scene with you on those nights.
Participant 2: A firefighter off the Powell truck poured me a coffee from their thermos and asked how many we'd had so far. {pr}
Participant 3: At VGH the triage nurse kept asking the frozen guy for his history, and he couldn't get a word out, and she still wouldn't take it from me. {pr}
Participant 4: An officer told me to go wake everybody in the doorways on Cordova and move them along, like I work for him. {pr}
Participant 1: The ambulance crews and the shelter staff had a little meet and greet in December, and not one peer got invited. {pr}
Participant 2: I'll say this, one of the cops gave a guy his own gloves on the Wednesday. {-}
Participant 3: Most nights, to be honest, people just want to sleep. {-}
Participant 4: We had twenty-six mats full by half past ten. {-}
Participant 1: I counted forty-one people on the coldest night, which was a record for the hall. {-}
Participant 2: Some of the regulars bring their own blankets now, they know the drill. {-}
Moderator: And inside your own organization, how did the season go?
Participant 1: They moved the overnight start from ten to eleven and told the church, but not me, so I stood outside a locked door for an hour. {st}
Participant 3: When I write something in the overnight notes, nobody from the day team ever writes back. {st}
Participant 2: My supervisor talks about surge and capacity, and I just want to know how many mats. {st}
Participant 4: Nobody told us the Thursday site moved to the gym on Hastings, so I walked three people to a dark church. {st}
Participant 1: The new program manager came out on the coldest night and did a full round with me, which nobody above me had ever done. {resp}
Participant 2: When somebody throws up on the mats, it's the peers they come looking for, and the staff stay at the desk. {resp}
Participant 3: I said the side door was where people were using, and the manager said thanks for sharing and closed her laptop. {resp}
Participant 4: Our coordinator sent a thank-you card to the church volunteers and forgot we exist. {resp}
Participant 1: Nobody at the unit has asked the peers once what the overnights should look like. {resp}
Participant 2: The staff take their breaks in the heated office, and we're told to take ours in the van with no heat, so I never really get warm all night. {ineq,sc}
Participant 4: The other agency's workers got winter boots from their employer, and we got a pamphlet about layering. {ineq,res}
Participant 3: Their night staff do a debrief at seven every morning, and the peers are already out the door by then. {db,ineq}
Participant 1: I got written up for stepping outside to check on a guy, but nobody ever said I had to stay in the hall. {role}
Participant 2: Is the overnight a peer shift or a volunteer shift, because the sign-in sheet says volunteer. {role}
Participant 4: I ended up running the coat rack all of December, and nobody ever said whether that's mine. {role}
Participant 1: One coordinator tells me to stay by the washrooms, the other texts me to go out to the tents, and they never talk to each other. {role,st}
Participant 3: Right. {-}
Participant 2: The hall smells like wet wool and coffee by midnight. {-}
Moderator: What about the skills side, looking back over the season?
Participant 3: Mental health first aid, because half the people on the mats are hearing voices all night and I don't know what to say to them. {sk}
Participant 1: I'd never had to wake somebody who'd been drinking and using out in the cold, and I didn't know what to do first. {sk}
Participant 4: I don't mind the cold myself, I grew up in Prince George. {-}
Moderator: And the police and the law, anything else from this winter?
Participant 2: When a guy went down in the washroom, his buddy bolted, because he's got a warrant and figured the cops would come with the ambulance. {crim}
Participant 3: The cops made me stand back while they searched the man I'd just brought around, then they drove off with his stash and left him with me. {pr,crim}
Participant 4: They arrested a guy under the viaduct and took his sleeping bag and his tarp as evidence, in January. {crim,hous}
Participant 1: His probation officer wants him in at nine on Monday, and he's on a mat in Richmond that puts him out at seven. {crim,hous}
Participant 3: Some people are just grumpy, cold or not. {-}
Moderator: And the services, beyond the shelters?
Participant 2: The library used to let people warm up for the afternoon, and now they want a card, and a card wants an address. {acc}
Participant 3: There's no list anywhere of which warming centres are open on which nights, I keep it all in my head. {acc}
Participant 1: If the unit had somebody who knew every open bed in the city every night, I'd send half my people straight to them. {acc,hous}
Moderator: And people outside, anything else?
Participant 4: At the interagency winter meeting, every agency got a seat at the table except the peer program. {comm}
Participant 3: The neighbours' group put out a flyer saying the warming centre brings addicts to the block, with a photo of us in our vests on it. {comm,stig}
Participant 1: The shop owner on Carrall leaves his awning light on for us now, because he knows we check his doorway. {comm}
Participant 2: The bus driver wouldn't let a guy on with his bedroll, said he looked like he was using. {stig}
Participant 3: When my sister heard I was doing shelter overnights, the first thing she asked was whether I'm staying off it. {stig}
Participant 4: The shelter director says peers are great as long as we're stable, like we're all one bad night from the mats. {stig}
Participant 1: A lady at the hall wouldn't let me near her bags, she said she's heard about people like me. {stig}
Moderator: And for yourselves, money-wise and otherwise?
Participant 2: After welfare takes its share, an overnight is worth about a pizza to me. {wage}
Participant 4: I wear pyjama bottoms under my jeans because long johns aren't in the budget. {wage}
Participant 1: I've been putting my groceries on my sister's card since Christmas. {wage}
Participant 3: The cold gets into your bones, and then the grief piles on top of it. {sc}
Participant 4: When the alert ends there's no sit-down, you stack the mats and walk home carrying all of it. {db}
Participant 2: I lost my phone charger in the snow, and there's no spare at the unit, so by three my phone is dead. {res} My daughter knitted me a scarf in her class, so now I'm the fanciest one on the block. {-}
Participant 3: [laughter] You are. {-}
Participant 4: The church hall lets us use their kitchen after midnight, which is a big deal. {-}
Moderator: What would make next winter better for you?
Participant 4: Real winter gear from the unit, a warm jacket with the logo so nobody asks what I'm doing in a doorway at two. {res}
Participant 2: A radio or a work phone for the overnight, so I'm not burning my own minutes calling the ambulance. {res}
Participant 1: An actual oximeter, because guessing in the dark isn't good enough. {res}
Participant 3: Thermal blankets we can hand out, instead of the thin ones from the donation pile. {res}
Participant 4: Knowing by the first of November who's working the winter, in writing, instead of waiting on a text. {prec}
Participant 2: And a peer on the roster whose job is just to check on the rest of us after a death. {db}
Participant 1: And a winter rate, same as the other agency's night staff. {ineq} Not a favour, a rate. {-}
Participant 3: Somewhere for our own people to live, so we're not sleeping on the mats we just set out. {hous}
Moderator: Anything else about the cold nights before we close?
Participant 4: One regular brought his cat in a carrier, and the shelter let it stay, which made everybody's night. {-}
Participant 2: [laughter] That cat ate better than I did. {-}
Participant 1: It's funny, some of my best conversations with people have been at four in the morning on those mats. {-}
Participant 3: Snow in this city and nobody remembers how to drive. {-}
Participant 4: True. {-}
Moderator: Thank you. This has been really powerful. I'm going to stop the recording now.
Participant 2: Do we get the twenty now or after? {-}
Moderator: [laughter] Right now.
""",
))

# Vancouver, group 2: recorded in two halves; captions exported as WebVTT (voice tags)
# for the first half and SRT (`Name:` prefixes) for the second. Long turns span cues.
GROUPS.append(Group(
    id="vancouver-2", site="vancouver", date="2019-02-05",
    files=[("vancouver-2_part1.vtt", "vtt"), ("vancouver-2_part2.srt", "srt")],
    script=r"""
Facilitator: Okay, the recorder's on, and it's making captions as we go, so speak up. Welcome. We use P5, P6, P7, P8 for everyone, no names.
P7: Hi. {-}
Facilitator: First, just to warm up, what do you like about peer work?
P5: Honestly, the people. {-} When somebody you revived comes back a month later and says thanks, there's nothing like it. {-}
P8: I like that I get to use what I went through for something. {-} All those years weren't for nothing. {-}
P6: Same. {-} And I like the team, the other peers, we're family. {-}
Facilitator: And what's hard?
P6: The managers. {-} Not as people, they're nice people, but they're upstairs in the office and we're downstairs with the folks, and there's no bridge between. {st}
P7: We send things up and nothing comes back down. {st}
P6: Exactly. {-} Like I wrote a note about a guy who was getting threatened, very specific, and a week later nobody had read it. {st}
Facilitator: How do you usually share things with them?
P7: There's a binder. {-} The binder is where information goes to die. {st}
P5: [laughter] The binder. {-}
P8: And if you try to catch them in the hallway, they're always on the way to a meeting. {st}
Facilitator: Do you get asked for your opinions on how the program runs?
P5: They do these consultations, like a sheet on the wall, write your ideas on a sticky note. {resp} And then the changes come out and none of our sticky notes are in there. {resp}
P8: We're the ones out there, we see what works. {-} But it's like our knowledge doesn't count because it didn't come from a school. {resp,stig}
P6: Mm-hm. {-}
P7: It's a respect thing. {resp} They respect each other's degrees, they don't respect our years. {resp}
Facilitator: What kinds of jobs do you end up doing?
P5: Cleaning, mostly. {-} I came here to do overdose response and I spend half my shift mopping. {resp,role}
P8: The peer does the sharps, the peer does the garbage, the peer does the laundry. {resp}
P6: And if something isn't done, it's on us, even if no one told us it was our job. {role}
Facilitator: Did you get a job description when you started?
P6: A what? {-}
P7: [laughter] No. {-}
P5: I got a one-page thing that said "peer support worker: support peers." {role} That's the entire description. {role}
P8: I've asked three times for the policy on breaks. {role} Nobody knows. {-} One supervisor lets us take thirty, another one says fifteen and you have to stay on site. {role,st}
Facilitator: Let's talk about what happens after a really bad shift.
P8: You go home. {-}
P7: You go home and you drink, or you go home and you don't sleep, or you go home and you cry in the shower. {sc}
P5: I started using again last winter. {sc} I'm okay now, I'm back, but I'm not gonna pretend the job had nothing to do with it. {sc}
Facilitator: Thank you for sharing that.
P5: It's the truth. {-} Nobody talks about it. {-}
P6: When we lose someone, there's no time to grieve, there's another one right behind. {sc}
P8: Five funerals in two months, last fall. {sc} I stopped going after the third. {-}
Facilitator: Is there any debriefing offered?
P7: There's something called a critical incident debrief, but you have to request it, and it's with a person from the health authority. {db} Nobody I know has ever used it. {-}
P6: Because you have to explain yourself to a stranger. {-} Why would I do that? {-}
P8: What we need is a peer who's trained to do it. {db,sk} Someone who's been on the floor. {-}
Facilitator: Would any of you want to be trained to do debriefing for each other?
P5: Me, yeah. {-} I already do it, I just don't know if I'm doing it right. {sk}
P7: Same. {-} Sometimes I think I make people feel worse, talking about it. {sk}
Facilitator: What other skills would help you feel more confident?
P6: Dealing with aggression. {sk} There's a lot of people in psychosis right now, from the stuff that's going around, and you never know which way it's going to go. {sk}
P8: First aid refresher. {sk} My certificate expired and I can't afford to redo it. {sk,wage}
P7: Computer stuff. {-} If I knew how to use a computer I could get off the floor eventually. {sk}
Facilitator: Okay, we're going to pause the recording for the break. Grab some pizza.
--- part 2 ---
Facilitator: And we're back, second half. This recording picks up after the break. I wanted to ask about the police and paramedics next.
P5: Pizza was good. {-}
Facilitator: Glad to hear it. Okay, police and paramedics?
P7: The paramedics are fine with me, but they don't trust the assessment. {pr} I'll tell them he got two doses, he's breathing, he's responsive, and they go and ask the same questions to the guy on the ground. {pr}
P6: And the guy on the ground is like, ask her, she was there. {pr}
P5: [laughter] Yeah. {-}
P8: The police won't come into the site, which is good, but they park across the street. {pr,crim} People see the car and they won't come in. {-}
P7: Right, and then those people use in the alley alone. {crim}
Facilitator: Has anyone been stopped by police while working?
P8: All the time. {-} I got asked for ID on my way to a call once, and I said I don't have work ID, and he said then how do I know you work there. {pr,res}
P6: That's why we need photo IDs. {res}
P8: Right. {-} A laminated card would have saved me twenty minutes, and maybe saved that guy. {res}
Facilitator: What about the hospital?
P5: The hospital downtown is okay. {-}
P7: The hospital staff talk to me like I'm the patient. {pr} I walked a woman in, I was explaining her meds, and the nurse turned her back to me and said to the woman, "Is this your friend?" {pr}
Facilitator: What do you think would change that?
P6: If they met us. {-} Like sat down, had coffee, knew our faces. {pr}
P7: A meet and greet. {pr} Paramedics, cops, nurses, us, same room. {pr}
P5: Free food gets the cops out. {-}
Facilitator: [laughter] Noted. How about pay and benefits?
P6: We're paid by honorarium. {ineq,wage} Twenty-five bucks a shift. {wage}
P8: And it's cash, so there's no record, so when I apply for an apartment I've got no pay stubs. {wage,hous}
P5: The staff who aren't peers are salaried. {ineq} They get holidays. {ineq} If I'm sick, I'm just not paid. {ineq,sc}
Facilitator: Is the money consistent week to week?
P7: No, it depends on the shifts, and the shifts depend on the funding. {prec}
P6: They told us the program might end in the spring. {prec} Nobody's said anything since. {-}
P8: I've got two kids. {-} I can't plan anything around "might end in the spring." {prec}
Facilitator: How about getting to services yourselves, like ID, income assistance, detox?
P5: If I need something, I know where to go, because I've been doing it so long. {acc} But the new peers don't. {-}
P7: Income assistance is all online now. {acc} You need an email, you need a phone, you need a password. {acc} A lot of the people we serve don't have any of that. {acc}
P6: I helped a guy for three weeks to get his birth certificate so he could get his ID so he could get his cheque. {acc} Three weeks of my shifts, for one guy. {-}
Facilitator: And housing?
P8: I'm in a shelter. {hous} Been there since June. {-}
P5: Man, I didn't know that. {-}
P8: Yeah, it's fine, I don't talk about it. {-} But it's hard to show up clean and rested when you've been up all night because someone's screaming in the next bunk. {hous,sc}
P6: And there's no housing for peers, like, you'd think the agency would help their own workers get housed. {hous}
Facilitator: Last question. How do you think people outside see peer workers?
P7: Outside the neighbourhood, they don't know we exist. {comm}
P5: My cousin thinks I volunteer at a soup kitchen. {comm} I've stopped explaining. {-}
P6: There was a news story about the overdose crisis last month, and they interviewed a doctor and a police officer. {comm} Not one peer. {-} We do more reversals than both of them put together. {comm}
P8: I think people still think we're just addicts. {stig} Addicts with a lanyard. {stig}
P7: You don't stop being a junkie to them, you just become a junkie with a job. {stig}
Facilitator: Before we wrap up, I want to go back to something P6 said right at the start, about the managers being upstairs with no bridge down to you. Has that gap ever actually cost you something?
P6: Cost us? {-} Last month they pushed the opening back an hour on cheque week, and we heard about it from a guy in the line-up. {st}
P8: Cheque week, of all weeks. {-}
P7: And they send everything as an attachment, and half of us are reading email on a cracked phone at the library. {st}
P5: They talk in "deliverables" and "capacity," and I just nod along. {st} Swear to God, I still don't know what a deliverable is. {-}
P7: To be fair, one of the managers came down and did a whole shift with us in the fall. {-} She said she had no idea it was like that. {st}
P5: She made it to about two o'clock. {-}
Facilitator: You said earlier you end up doing a lot of the cleaning. Do staff hand you the jobs nobody else wants?
P8: Is the sky blue? {-}
P6: When the funders toured the site, we got asked to take our lanyards off and wait in the back room. {resp}
P5: I've got eleven years on these corners, and a kid fresh out of school corrected me on how to talk to my own people. {resp}
P6: And after our shift they count the supplies, but nobody ever counts after staff. {resp,ineq}
Facilitator: Going back to the job description, what happens day to day when it's not clear?
P5: Last week I got told off for doing a wound check, and the week before that a nurse asked me to do exactly that. {role}
P8: I asked if I'm allowed to walk somebody over to detox during my shift. {role} Three people, three answers. {-}
P6: On the schedule everybody else is "outreach worker" or "coordinator," and we're just "peer." {role}
P7: And the new peers come ask me what the rules are, and I'm like, honey, I'm still guessing. {role}
Facilitator: Let's talk money again, since it keeps coming up. What does the honorarium mean in your actual week?
P8: With two kids, one shift is groceries for maybe two days. {wage}
P5: Cheque day, I'm standing in the same line at the cash store as half our guests. {wage}
P7: If I pick up more than a couple of shifts, my disability gets docked, so I'm capped whether I like it or not. {wage}
P6: Staff got a raise in the fall with the new union deal. {ineq} Our honorarium hasn't moved a dollar since I started. {ineq,wage}
P8: They get a bus pass from the agency, too, and we pay our own fare to get to work. {ineq}
P5: My phone got cut off last month because I couldn't cover the bill, and that's the phone they text me shifts on. {wage,prec} I lost a whole week of work. {prec}
P7: They post the schedule on a Thursday for a week that starts Monday, so how am I supposed to book a dentist? {prec}
P6: My offer letter says "temporary," and that letter is older than my dog. {prec}
P8: [laughter] How old's the dog? {-}
P6: Four. {-}
P5: When a staff person goes on stress leave, the pay keeps coming. {ineq} When I needed time after my relapse, my name just fell off the schedule. {prec}
Facilitator: I want to go back to debriefing for a minute. If that critical incident thing doesn't work for you, where does the talking actually happen?
P6: Pho after shift. {-} A few of the old-timers go down to Main Street and we talk it out over soup. {db}
P8: I can't do that, the shelter has a curfew. {hous} At the shelter there's nowhere to even cry, so I hold it in until my next shift. {sc,hous}
P7: Saturday we had two go down in the washroom at the same time. {-} The first call I got after was about why the supply log wasn't filled in. {db}
P5: Honestly I'd rather talk to a peer from a different site, somebody who won't see me on the floor the next day. {db}
P6: That young guy who went down in the line-up in January, I found out he passed from a poster on a pole. {st} Nobody from work said a word to us. {db}
P8: I haven't had a real day off since New Year's. {sc}
Facilitator: What about training? Anything you'd want that we haven't mentioned?
P7: Oh, I've got one. {-} Half our line-up is Indigenous, and I want real cultural safety training, not a slideshow. {sk}
P5: They showed us the new test strips in about five minutes at the start of a shift, and I'm still not sure I read them right. {sk}
P6: And an oxygen tank with a gauge that works would be nice. {res} Ours has been broken since November. {res}
P8: Our work cell is a flip phone that the night guy keeps in his locker. {res}
Facilitator: You talked about police and paramedics earlier. Anything else happen lately?
P7: The fire guys down here are good, honestly, they've seen everything. {pr}
P6: There's one paramedic who calls me "doc" as a joke, but he's the one who actually listens to my report. {pr}
P8: Oh yeah. {-} Cops on Hastings went through my backpack last week, and it's full of kits for work. {crim,pr}
P7: At the hospital a security guard followed me down the hallway while I was bringing a lady in, like I was the one causing trouble. {pr}
P5: One officer stood over me while I was still bagging a guy and told me to hurry it up. {pr} And when the cops walk in behind the ambulance, everybody in the room just scatters. {crim}
Facilitator: And for the folks you serve, what happens when you try to connect them to something?
P8: The detox line only picks up in the morning, and our people aren't up in the morning. {acc}
P5: When I phone shelter intake to get someone a bed, they ask if there's a supervisor they can talk to instead. {comm,acc}
P6: I've got a guy with a court date on a possession charge in two weeks, and legal aid told him it's a three-month wait. {acc,crim}
P7: I only found out about the free eye exams at the clinic on Powell because one of our regulars told me. {acc}
P8: Me, I've been on the waitlist for a family doctor since my youngest was born. {acc}
Facilitator: We touched on this a bit, but how does the stigma piece show up for you personally?
P7: My pharmacist still says "methadone" loud enough for the whole store to hear. {stig}
P5: My landlord found out where I work and all of a sudden there's a monthly inspection. {stig,hous} He never did that in four years before. {-}
P6: At family Christmas I'm still the one they keep an eye on around the purses. {stig} Ten years clean and I still get the look. {stig}
P8: Even some of our own staff talk about "clean" people and "dirty" people. {stig,resp}
P7: And the shop owners on the block want the site gone, they've got a petition going at the coffee place. {comm}
P5: Listen to that, another siren. {-} That's the third one since we started. {-}
Facilitator: Before we wrap up, I want to ask about something we haven't really touched. Picture yourself five years from now. Is there a way to move up in this work, and what would it take for you to still be doing it?
P6: Move up where? {-}
P8: [laughter] To the second floor, where the managers sit. {-}
P5: I applied for the coordinator job last spring and never got a call back, and they hired a girl who did her practicum here shadowing me. {resp}
P7: I'd want a proper course with a certificate at the end, so I'm not starting from zero if I ever leave this place. {sk}
P6: Five years? {-} I'm not even sure this program is still standing in June. {prec}
P8: I'd still be doing it if I could get through one night without waking up at three with my heart going. {sc}
Facilitator: So what would make you stay?
P5: A standing Friday circle with the other peers, where you can say the ugly stuff about your week and nobody writes it down. {db}
P7: Knowing which tasks are actually mine, so I stop getting blamed for things I thought belonged to the nurses. {role}
P6: Hearing about changes from the managers before they land on us, not after. {st}
P8: And a paycheque I could actually raise two kids on. {wage}
Facilitator: P6, what kind of changes do you hear about after?
P6: We found out the site was getting one of those supply vending machines when the delivery guys wheeled it through the front door. {st} We have a morning huddle at nine every single day, too. {-}
P5: [laughter] And then it sat in the hallway for a month because nobody could figure out how to plug it in. {-}
P7: They changed our title to "experiential worker" in a group email, and not one person could tell us if the job itself was any different. {role,st}
Facilitator: What would a good manager look like, for you?
P7: One who comes downstairs and tells us things to our face, instead of leaving a memo taped to the fridge. {st}
P8: Ours is off on holidays until the twentieth, so there's an acting one for the month. {-}
P5: A good one would say thank you when you bring somebody back, instead of just asking for the incident form by the end of the day. {resp,db}
P6: Somebody who'd back us up when a guest complains, instead of assuming the peer must have done something wrong. {resp}
Facilitator: How do peers and staff get along, as a team?
P8: At the barbecue last summer, the staff got the afternoon off with pay and we were told to keep the floor covered. {ineq} And any time a guest needs walking out, it's 'get one of the peers,' like that's all we're here for. {resp}
P7: The staff have a locked cupboard with coffee pods and snacks in it, and we bring our own thermos from home. {ineq}
P5: Honestly, some of the staff are good people. {-} One of them swapped shifts with me so I could get to my nephew's service in Surrey. {-}
P6: When it's slow, a couple of the outreach staff play crib with us in the back room. {-} But their training days are paid, and when we go to the same workshop it's on our own time. {ineq}
Facilitator: What about looking after yourselves? What do you do to keep going?
P8: Nothing, to be honest, I've been running on fumes since Christmas. {sc}
P5: My sponsor makes me call her every Sunday night at seven. {-}
P6: I stopped picking up the work phone on my days off, because every time I answer I end up covering and I never get a breather. {sc}
P7: I've lost count of the memorials since the fall, and I don't even cry anymore, I just go quiet for a couple of days. {sc}
Facilitator: Earlier you mentioned the critical incident debrief. Has anyone used any kind of support this year?
P8: The health authority has a counsellor coming to the site on Thursdays now. {-} But she's only there for the clients, and peers aren't allowed to book time with her. {db}
P5: When my friend died in the alley behind the site, the only thing I heard from work was a text asking if I could still do my Saturday. {db}
P6: After a death on site the staff get sent home early with pay, and we stay on till close. {ineq}
P7: We had three overdoses on Tuesday and everybody walked out of there on their own feet. {-} One of them was a regular who comes in every morning for coffee. {-}
Facilitator: Let's go back to the job itself for a second. On a busy day, what are you actually doing?
P8: [laughter] On the floor I'm half security, half nurse and half social worker, and that's already three halves. {role}
P7: Nobody has ever told me whether I'm allowed to give a guest my cell number. {role}
P5: I carry my naloxone around in a sandwich bag, because they never ordered us the pouches. {res}
P6: Yesterday I spent two hours at the pharmacy with a guy whose drug coverage ran out, and nobody on the phone could tell us why. {acc} He's fine now, they got it sorted the next morning. {-}
Facilitator: And outside the site, do people know what you do?
P8: I was doing a sweep on Hastings and a tourist couple asked if I was a city worker or "one of them." {comm,stig}
P6: The merchants up the street sent a letter to council that called us loitering staff. {comm}
P5: When I told my daughter's teacher what I do, she asked if they at least give me bus tickets for it. {comm} Even the workers at the drop-in down the block introduce us as volunteers. {comm}
P7: There's been a cop car parked at the corner of Main and Hastings all week, and nobody's bothered us. {-}
P8: A paramedic I'd never met asked me how I wanted to handle a guy who was coming up swinging, and then he actually did what I said. {pr}
P7: My old record still comes up every time I try to volunteer at my son's school. {crim}
P6: The elevator in my SRO has been broken since October, and I'm on the sixth floor with a bad knee. {hous} The rent comes straight out of my cheque before I even see it. {-}
P5: Cheque day was Wednesday, so the site was packed all afternoon. {-} Anyway, I'm on at eleven tonight, so I'm going home to nap after this. {-}
Facilitator: One more thing before we finish. A few of you have been at this a long time, and there are new peers starting almost every month now. If you were sitting down with somebody on their very first day, what would you tell them?
P6: Eat before your shift, because you won't get another chance until you clock out. {sc} And find the one staff person who actually answers questions, and stick to them like glue. {st}
P5: I'd tell them nobody is going to explain the job, so watch the old-timers and copy whatever they do. {role,sk}
P8: I wish somebody had warned me how much of it follows you home. {sc} My first month I lay awake replaying every call and thought something was wrong with me. {sc}
P7: Keep a spare pair of socks in your bag, because the lane behind the site floods every time it rains. {-}
P5: [laughter] That's true, though. {-}
Facilitator: What do you wish you'd known yourselves, that first week?
P7: That I was allowed to say no. {-} I covered every shift anybody offered, because I figured if I turned one down they'd quit calling me. {prec}
P5: I couldn't tell the difference between somebody nodding off and somebody going down. {sk} My first week I let a guy sleep it off who wasn't sleeping, and I had no clue. {sk} He made it, barely. {-}
P6: Funny thing is, I used to be scared of the old-timers when I started. {-} I wish I'd known my record would come up the minute they ran the check for this job. {crim} I sat in the parking lot for an hour working up the nerve to explain a possession charge from the nineties. {crim}
P5: I'm going on twelve years in April, if you can believe it. {-} The first reversal I ever did was on a guy who ended up working here for three years. {-}
P7: And that my record would keep me out of the first two jobs I went for, so when this place took me on at twenty-five a shift I grabbed it. {crim,wage}
P8: For me it was how loud it gets. {-} Cheque week on the floor sounds like a hockey game. {-} It's always the worst week for overdoses, and the new ones should know that going in. {-}
Facilitator: And the newest peers, the ones who started this winter, what are they walking into?
P8: Honestly, a busier floor than any of us started on. {-} Some of them are barely twenty. {-}
P5: The regulars test the new ones, they wait to see if you flinch. {-}
P6: The supply out there is so poisoned now that the new kids are doing more reversals in a month than I did in my whole first year. {crim}
P7: One of the new girls did her first Saturday night with nobody but a casual and a security guard, and nobody had shown her where the naloxone was kept. {sk}
P5: They got a two-hour orientation, and most of it was fire exits and how to fill in a time sheet. {sk}
P8: To be fair, the orientation binder is a lot thicker than it was in my day. {-}
P5: Nobody reads it, but it's thicker. {-}
Facilitator: When the new peers get stuck, who do they go to?
P7: Me, mostly. {-} I've basically turned into the trainer, but that's written down nowhere and nobody asked if I wanted it. {role} They text me on my days off, so I'm never really off. {sc}
P6: New staff get a mentor through HR with an hour a week set aside, and new peers get whoever happens to be on shift. {ineq}
P8: If I'm going to be training people, I want that in my job description. {role}
P5: I don't mind it, somebody did it for me. {-} The old-timer who showed me the ropes walked me down every lane in the block and told me who to never turn my back on. {-}
P7: Mm-hm. {-}
Facilitator: Thinking back, what do you wish the agency had done for you when you started?
P8: Staff had a paid training week when I started, and I was on the floor the same afternoon I signed. {ineq,sk}
P6: Somebody could have told me straight that peers don't get the benefits staff get, because I found out at the dentist's counter. {ineq}
P7: I don't know, I think they've gotten better at it. {-} When I started there wasn't even an orientation. {sk}
P5: Somebody could've told me it's okay to go home. {-} I stayed late after every shift my whole first year because I was scared to look lazy, and by spring I was running on empty. {sc}
Facilitator: What would you want them to learn properly, in a real training?
P8: I'd want a course on holding boundaries with people you used to use with, because that's still the hardest part of the job for me. {sk}
P6: How to talk somebody down when they wake up furious that you wrecked their high. {sk}
P7: Rescue breaths with a mask, actually practised on a dummy, not just watched on a screen. {sk}
Facilitator: What about gear? Do the new ones get what they need?
P6: The new ones don't get a lanyard for the first month, while new staff get theirs the day they start. {res,ineq} So they're out in the lane with no vest and no card, looking like everybody else out there. {res}
P8: We've got four radios for nine peers, and the new ones always end up without one. {res}
P7: I gave one of them my old headlamp, because she was doing the night sweep with the light on her phone. {res}
P5: The gloves they order only come in small, and half of us have hands like mine. {res}
P8: [laughter] Like baseball mitts. {-}
P5: We still don't have business cards, so when a new peer wants to leave a guest a number, it goes on a napkin. {res}
P6: There's no flashlight in the outreach bag, so the new ones do the stairwell checks in the dark. {res} It sounds like a small thing, but you feel like a real worker once you've got the kit. {res}
Facilitator: Let's talk about money. What do you tell a new peer about the pay?
P7: Don't quit welfare until you've done the math. {wage} I tell every new one to keep their disability file open, because if the program folds they'll have nothing to land on. {prec}
P8: I tell them it's not a living, it's a top-up. {wage}
P5: One of the new guys thought the twenty-five bucks was per hour, and I had to watch his face drop. {wage}
P6: He asked me how I cover rent on this, and I didn't have a good answer for him. {wage,hous}
P8: Meanwhile the summer student on the front desk was making a real hourly wage to answer the phone. {ineq}
P6: A new peer asked me last week if she could get an advance on her honorarium for a damage deposit. {wage,hous}
P7: Staff get their mileage back when they drive a guest to an appointment, and when I take somebody on transit I eat the fare. {ineq}
P5: Last month I had nine dollars left after rent, and that was a good month. {wage}
P8: On my days off I eat lunch at the church on Pender, same as the folks I work with. {wage}
P7: Peer pay should be a living wage, and I'll say that to anybody who asks. {wage}
P8: I didn't get into this for the money, I got into it because I lost my brother. {-}
P5: The envelopes come out every second Friday, and I'll say this, they're always right. {-}
Facilitator: And hours? Are the new peers getting steady shifts?
P7: The new ones get the leftover shifts, two one week and none the next. {prec}
P6: I pay for my own phone plan just so the coordinator can text me shifts, and that's forty bucks out of a pretty thin month. {res,wage} There's a young guy who sits by his phone all morning hoping for a call-in. {prec}
P5: New staff get a union job the day they're hired, and a new peer can be dropped off the schedule with no reason given. {ineq,prec}
P8: The evening shift is only funded until March, and they still hired two new peers onto it. {prec}
P5: I told one of them not to give up her dishwashing job until she saw a second schedule. {prec} She did anyway. {-}
P6: Oof. {-}
Facilitator: Are the new peers housed, mostly?
P8: Some are, some aren't. {-} One of them comes to work from a tent under the viaduct and keeps his stuff in our back hallway. {hous}
P6: You can always tell who's couch surfing, because they're first in the door and last to leave. {hous}
P7: One of the new girls put the Cordova shelter down as her home address on the hiring form. {hous}
P5: I'd want the agency to hold one housing unit just for peers, even a single room. {hous}
P6: And my building just got sold, and the new owner is already going door to door talking about renovations. {hous} So I'm the wrong guy to ask for housing advice right now. {-}
P8: I've been in the shelter since June, and now I'm the one telling new peers which shelters have lockers that actually lock. {hous}
P5: The girl I'm mentoring finally got a place off the registry after two years, and the first night she found cockroaches in the stove. {hous}
P7: My son's been sleeping on my couch since his landlord sold the house out from under him. {hous}
P6: To be fair, a couple of the newer supportive buildings down here are pretty decent. {-}
P8: Housing told one of our new guys he's on the same list as everybody else, and that list doesn't move. {hous,acc}
Facilitator: What about police? What do you warn them about?
P7: Never carry anything of your own on shift, because a work bag full of kits is one thing and a point in your pocket is a charge. {crim}
P6: Check your conditions before you take a shift, because this block is inside half the area restrictions in the city. {crim}
P8: One of the new guys is still on probation, and he's scared to be the one who calls 911. {crim}
P5: The cops down here know me by now, so mostly they just wave. {pr} The new ones they don't know, so they get the full treatment, hands on the car. {pr,crim}
P7: A paramedic took the naloxone right out of a new girl's hand last week and gave the second dose himself without saying a word to her. {pr}
P8: She came back inside shaking, and it wasn't from the overdose, it was from how that paramedic talked to her. {pr}
P7: At Saint Paul's the emerg nurse sent a new peer out to the waiting room with the family, even though she was the one who'd been doing the breathing. {pr}
P5: The paramedics know the old-timers and take our word, but a new peer has to prove herself on every single call. {pr} A cop asked one of our new peers what she was doing in the lane, and all she had to show him was a name tag she'd made with a marker. {pr,res}
P8: Some of the younger cops actually stop and ask what we do, and they listen to the answer. {pr}
P6: The fire hall on our block does coffee with us once a month now, and honestly it's helped. {pr}
Facilitator: How about inside the site? How do staff treat the new peers?
P5: There's a social worker who calls every new peer sweetheart and then checks the cash box after they've left the office. {resp,stig}
P8: In the team meeting nobody even looks at the new peers when it's time for ideas. {resp}
P7: The newest peer always gets stuck in the dish pit, like it's some kind of hazing. {resp}
P6: Nobody tells them when the schedule changes, they find out from the whiteboard. {st}
P5: The new nurse got a welcome lunch with a cake, and the two peers who started that same week didn't even get introduced. {ineq,resp} Honestly, the place has gotten more organized than when I started, I'll give them that. {-}
P7: The manager sends the start dates out by email to a staff list that none of the peers are on. {st}
P8: Honestly, a couple of the staff have been great with the new ones. {-} The youth worker stays late to help them fill out their time sheets. {-}
Facilitator: Do the new peers get listened to when they raise something?
P7: Last month a new peer warned the staff that a guest was heading into withdrawal seizures, and nobody believed her until he hit the floor. {resp}
P5: They'll trust a practicum student over a peer with ten years on the floor. {resp}
P8: When a new peer does something great nobody says a thing, but one slip and it's in the log for everyone to read. {resp}
P6: Our last manager used to leave a card in your mailbox after a rough week, and that meant a lot to me. {resp}
P7: Yeah, we miss her. {-}
Facilitator: Let's talk about the hard stuff. What do you tell new peers about the bad calls?
P6: That the first death stays with you for a long time. {sc} Mine was a woman I used to share a room with, and I did compressions on her until the crew came. {-}
P5: Find one person you can call at midnight, because the agency line goes to voicemail at five. {db}
P8: When the new kid lost his first one, I was the only one who asked if he was okay, and I only knew because I found him crying in the stairwell. {db}
P7: There should be a sit-down after every death, run by a peer, not a form in a tray. {db} I'd run it myself if somebody taught me how to do it without making things worse. {sk}
P6: After my first death nobody said a word to me, they just put me back on the door. {db}
P8: The counsellor they sent after that bad weekend in December was lovely, but she'd never been near a needle and I stopped listening. {db}
P6: The new ones think they're supposed to act fine after a reversal, so they never ask anybody to talk it through. {db}
P8: The manager moved the peer circle to Thursday mornings without asking anybody, and that's exactly when all the peers are on shift. {st,db}
P5: A few of us old-timers walk the new ones to the bus after a bad night, just to give them somewhere to put it. {db}
Facilitator: Do you see burnout in the new people?
P8: The keen ones burn out fastest. {sc} I worked a double on Sunday, slept four hours in a shelter bunk, and was back on at nine. {sc,hous} There's a guy who started in October and worked every shift through Christmas, and now he's so fried he doesn't answer his phone. {sc}
P7: I tell them to take the day after a death off, even though we don't get paid sick days like staff do. {sc,ineq}
P5: Eleven years of this and my blood pressure is through the roof, and my doctor says it's the job. {sc}
P6: We should all get a paid wellness day once a month, staff and peers both. {sc}
P7: [laughter] Dream on. {-}
P5: One of the regulars got his kid back last week, and the whole site clapped when he told us. {-} That's what keeps me coming in. {-}
P6: It's a good job, on a good day. {-}
Facilitator: Do the new peers run into how the public sees the work?
P6: One of the new girls told me her mom still tells people she's in recovery, never that she's got a job. {comm}
P8: The corner store won't let the new peers use the washroom, even with the site's name across their shirts. {comm}
P5: People at the bus stop ask me whether I'm getting paid to pick up needles or doing community service. {comm,stig}
P7: When we did the naloxone workshop at the library, folks came up after and said they had no idea peers did this. {comm} That was a good day, actually. {-}
P6: The new ones get asked by their own friends whether it's a real job or just some program for users. {comm,stig}
P8: When we hand out kits at the SkyTrain station, people walk by muttering that we're giving away free drugs. {comm}
P6: The neighbourhood association meets every month, and nobody from there has ever walked through our door. {comm}
P8: Other agencies won't take a referral from a peer unless a staff person signs it too. {comm,acc}
Facilitator: And stigma, is it different for the new people?
P5: It's worse when you're fresh, because people knew you last year as somebody using on that exact corner. {stig}
P7: One of our new peers got told by a pharmacist that he'd never seen a junkie hold down a job. {stig,comm}
P6: I still tell my brother-in-law I work at a community centre, because the truth means talking about my using. {stig}
P8: The shame is harder to shake than the drugs ever were. {stig}
P5: Our youngest peer gets followed around the drugstore by the security guy every single time. {stig}
Facilitator: What about getting the new peers hooked up with services themselves, like ID or a doctor?
P6: Half of them start without any ID, and payroll can't do a thing without it. {acc}
P7: I walked one of the new guys through replacing his status card, and it took four trips to the office. {acc}
P8: A lot of the new ones are on methadone, and the clinic only doses until eleven, which is right when our shift starts. {acc}
P5: There's a dental van that comes Tuesdays now, and I make sure every new peer knows about it. {acc}
P6: Nobody told me about the free tax clinic for my first four years, so I paid a guy on Main to do mine. {acc}
P8: One of them wants detox, and he's been calling every morning for two weeks. {acc}
Facilitator: Anything about the role itself that new peers get confused about?
P7: They don't know if they're staff or clients, honestly. {role} One of them got written up for eating from the guest lunch, and nobody had ever told her that was a rule. {role,st}
P5: They're told they're doing outreach, and then they spend the whole shift on the door. {role}
P6: The word peer on the schedule doesn't tell them a thing about what they're supposed to be doing. {role}
P8: I wish someone had handed me a list, even a short one, of what's mine and what isn't. {role}
Facilitator: How do the new peers find out what's going on at the site?
P6: They hear about changes from the guests, same as us. {st}
P5: There's a staff group chat, and the peers aren't on it. {st}
P8: When the new peers ask the coordinator something, they get the answer three days later on a sticky note. {st}
P7: Staff get a handover at shift change, and we walk in cold. {st,ineq}
Facilitator: Is there anything good the new peers bring?
P8: Oh, lots. {-} They know the new faces in the lane, the younger crowd that we don't know anymore. {-}
P6: One of them speaks Cree, and that's opened a few doors with families for us. {-}
P5: And they've got energy, they make the rest of us laugh. {-}
P8: Most of the new peers came off our volunteer list, so they've been around the site a while. {-}
P7: One of the new peers brought banana bread on her first day, and it was gone in ten minutes. {-}
P6: My sister's a care aide, and she says her first year was just as rough. {-} I don't think you can teach somebody to read a room, you either have it or you don't. {-}
P7: I think the new peers are braver than we ever were. {-}
P5: Some of the guests are nicer to the new peers than they are to us, honestly. {-}
P8: I tell them the guests will respect you as long as you keep your word. {-}
P7: They also ask why we do things the way we do, and sometimes there's no good answer. {-}
Facilitator: If the agency asked you to design a mentoring program, what would it look like?
P5: Pair every new peer with a veteran for the first month, and pay the veteran the way they pay staff who supervise students. {ineq}
P6: A proper course before your first shift, first aid, overdose, de-escalation, the works. {sk}
P8: A written contract on day one, so they know how long they've actually got. {prec}
P7: Photo ID on day one too, not a month later. {res}
P5: And somebody checking in a week after a death, because that's when it really hits. {db}
Facilitator: Anything on the law side that new peers should know?
P7: That the law hasn't changed, whatever the news says about a health emergency. {crim}
P8: The Good Samaritan law only goes so far, and it won't cover a warrant. {crim}
P5: Half the people we bring back won't stick around for the ambulance because of what's in their pockets. {crim}
P7: If they ever decriminalized it, half of what I warn the new ones about would just disappear. {crim}
Facilitator: Before we stop, one more topic. A few of you go out and teach naloxone now, to students and to staff at other agencies. How did that start?
P7: It started with a phone call from a high school in East Van, after two of their grade elevens went down at a house party. {-} The counsellor there wanted somebody who'd actually reversed an overdose, not a pamphlet. {comm}
P5: Now there's a list of schools waiting, and three of us take turns going. {-}
P6: I went to my first one with a dummy borrowed from the fire hall and a demo kit that expired in 2016. {res}
P8: I'd never stood up in front of a classroom in my life. {sk} My knees were knocking so hard I ended up sitting on the teacher's desk. {sk}
Facilitator: Did anyone train you for the teaching part?
P5: Nope. {-}
P7: They gave us a slide deck somebody made years ago and said just click through it. {sk}
P6: Giving a shot of naloxone and teaching thirty teenagers to do it are two completely different skills. {sk}
P5: I'd love a course on public speaking, or even one afternoon with somebody who teaches for a living. {sk}
P8: I learned by tagging along with one of the old-timers twice and copying her jokes. {sk}
Facilitator: Who do you end up teaching?
P6: Last month it was the front desk clerks at a housing society over on Powell. {-} Their clerks had been finding people blue in the rooms and just dialing and waiting. {-}
P7: I did a class of nursing students at Langara, and they kept asking me the dose in milligrams. {-} I didn't know, and I said so, and one of them gave her friend a look like, who let this lady in. {sk,comm}
P8: I did a youth shelter out in Surrey, which is two buses and the SkyTrain each way. {-} The public health nurse who co-taught with me got her lunch on the agency card, and I ate a granola bar on the bus. {ineq}
P5: I did a church basement in Kitsilano, mostly parents. {-} The parents ask better questions than the kids, mostly about fentanyl turning up in pills. {-}
P6: A couple of the kids at the Surrey shelter had been living in a car with their mom before they got a bed. {hous}
Facilitator: How do the people you teach treat you?
P5: The kids are great, actually, kids will ask you anything. {-} One boy asked me if I was scared of dying, and the whole room went quiet. {-}
P6: The staff at the other agencies are a different story. {-} A program manager at one place asked to see my certificate before she'd let me start. {comm} I had my first aid card on me, but to an office like that a laminated card counts for more than sixty reversals. {comm}
P7: At the college the instructor introduced me as a woman with a history, before she even said where I worked. {comm,stig}
P8: The youth workers in Surrey were lovely, they took notes the whole time and asked how to reach us after. {comm} The only number I could give them was my personal cell, because there's no work line. {res}
P5: Mm-hm. {-}
P7: The grade nines are the best audience, they haven't learned to be too cool yet. {-}
P6: Most schools put us in the gym, and it echoes something terrible. {-}
P5: A lot of the kids already know somebody who carries a kit. {-}
Facilitator: What do you bring with you to a training?
P7: Whatever I can carry. {-} There's one training kit for the whole site, with a fake vial and an orange, and if somebody else signed it out you're out of luck. {res}
P5: I bring my own kit and push the needle into a banana so they can see how far it goes in. {res}
P6: The schools want a handout with our logo on it, and we've got nothing, so I photocopy pages out of a health authority booklet at the library. {res}
P8: We don't have a laptop I can take, so I hold my phone up and scroll through the slides for the front row. {res}
P7: [laughter] The phone with the cracked screen. {-}
P8: It still works. {-} I keep my teaching kit in a fanny pack now, it's easier on the bus. {-}
P5: We made up a game where two kids race to draw up the dose, and they go wild for it. {-}
P8: Staff got matching fleece jackets with the logo for the school visits, and we go in our own hoodies. {ineq,res}
Facilitator: Who arranges these sessions?
P6: The coordinator books them and tells us the morning of. {st} I found out I was teaching in Burnaby from the guy at the front desk, an hour before I had to leave. {st}
P5: And nobody passes on what the school's already been told, so I walked in once and the teacher thought I was there to talk about vaping. {st}
P8: [laughter] Vaping. {-}
P7: Teaching isn't in anybody's job description. {role} One week I'm on the floor, next week I'm a guest speaker, and it's written down nowhere that that's part of what I do. {role}
P5: I'd want it written in properly, with its own title, like peer educator. {role}
P8: If it's part of the job, then put it in the job, that's all I'm saying. {role}
P6: A school asked me if I'm allowed to hand kits to students under nineteen, and I couldn't answer, because nobody at work could answer me. {role,st}
P7: When a kid tells me something heavy after class, I don't know if reporting it is my job or the teacher's, or how you even do that. {role,sk}
P5: Am I up there speaking for the agency, or just for myself and my own story? {role} Nobody's ever said. {-}
P6: To be fair, the coordinator does the bookings on top of her own caseload. {-}
P8: The school calendar lives in a shared folder that only staff can open. {st}
P5: They changed the slides last month without a word, and I found out in front of a class when a whole section was gone. {st}
Facilitator: Is the teaching paid differently from a regular shift?
P5: It's the same flat shift rate, so with the travel I worked it out to about six bucks an hour. {wage}
P6: And I saw the invoice the agency sends the school district. {-} Three hundred dollars a session, and I got a shift and a bus ticket. {wage}
P7: The public health nurse who does the same talk at the same schools is on salary with a pension. {ineq}
P8: We do all the talking, she passes out the handouts, and the school sends the thank you card to her office. {comm}
P5: When staff go out to a school they take the agency van, and we lug the boxes on transit. {ineq}
P8: With two kids, a school day that pays the same as a floor shift but eats ten hours is a loss for me. {wage}
P5: I'm out there teaching a skill that saves lives, and I still can't cover my hydro bill by the twentieth. {wage}
P6: One school's parent council gave us each a grocery card, and honestly it was the best part of my month. {wage}
P7: I turned down a school in Maple Ridge because I couldn't front the fare until payday. {wage}
P5: Some schools buy us lunch, and I'll be honest, some weeks that's my main meal. {wage}
P7: I'm not in it for the money, though, those kids need to hear it. {-}
P5: [laughter] Speak for yourself. {-}
Facilitator: Is the school work steady?
P7: The schools stop calling over the summer, and for two months so did my shifts. {prec}
P6: One term they booked me for eight schools, the next term I got one. {prec}
P5: I'm casual on paper, so the school days are whatever the coordinator feels like handing out. {prec}
P8: Some months I'm down to one school and two floor shifts, and that's not enough to feed two kids. {prec,wage}
Facilitator: Have any of these trainings brought things up for you?
P8: The one at the youth shelter got to me. {-} A girl there looked just like my niece, and the whole ride home I kept thinking she'll be on the ground within a year. {sc}
P6: After Langara I went home and couldn't stop replaying the stories I'd told, my own overdose and all of it. {sc} You stand up and tell strangers about the worst night of your life, and then you get back on the bus by yourself. {db}
P7: Nobody at work asks how the talk went, they ask how many kits we gave out. {db}
P5: I'd want ten minutes with another peer after, just to come down from it. {db}
P8: One student told me after class that she'd found her brother last month, and I carried that around for a week with nobody to hand it to. {db,sc}
P6: Our old supervisor used to phone after each school to ask how it went, and she left in the fall. {db}
P5: Me and the other school peer end up talking it through on the SkyTrain platform before we split off. {db}
P7: After the Richmond school I needed to vent to somebody who'd get it, and the only other peer on shift was stuck on the door. {db}
P6: We should have a standing coffee after every school day, just the peers who went, to let it out before we scatter. {db}
P8: The counselling line they give us wants you to book three days ahead, which is no use on the afternoon a school knocks you flat. {db}
P5: Telling the same story over and over wears a groove in you. {sc}
P7: The night before a school I don't sleep, I lie there rehearsing every word. {sc}
P8: Then I still have to go back to the shelter after, so there's no real rest anywhere. {sc,hous} Some days I tell it and I'm fine. {-}
Facilitator: Does teaching change how people see you, with the stigma piece?
P7: A dad at a parent night asked the principal if it was safe to have me in the building with the kids. {stig} I was standing there holding the kit I was about to teach him to use on his own son. {-}
P5: The minute my using comes up, I can watch a few faces close like a door. {stig}
P6: I leave out the part about still using sometimes, because the room turns on you. {stig}
P8: Other times a kid comes up after and says his mom uses and it's the first time an adult talked about it without sneering. {stig}
P7: At a school in Richmond the vice principal asked us not to mention we'd ever used. {stig,comm} They wanted what we know about overdoses without having to look at anybody who's used. {stig}
P8: A student wrote on the feedback form that I looked like a junkie, and the teacher still handed it to me with the rest. {stig,comm}
P6: A principal in Surrey wanted a criminal record check before I could set foot in her school, and the nurse walked straight in. {crim,comm}
P5: Most of the teachers stay in the room and take the little quiz along with the kids. {-}
Facilitator: Any run-ins with police or paramedics through this?
P6: A sergeant and I did a joint session at a community centre in Strathcona, and he let me run the whole naloxone part. {pr} Then at the coffee break he asked me, in front of my coordinator, if I was still using. {pr,stig}
P8: At the college a paramedic did the CPR part and I did the naloxone, and he kept correcting me in front of the students. {pr} He said my hands were too low on the chest, and he was right, to be fair. {-} At one high school the liaison officer stood at the back of the room the whole time I talked, arms folded. {pr}
P5: An emergency doctor sat in on a Langara session and asked me afterward how we handle the ones who come up swinging. {pr}
P6: Some of the beat cops carry their own naloxone now, the ones on foot anyway. {-}
P7: The fire hall sent the dummy back with a note saying we could borrow it anytime. {pr}
P5: At Saint Paul's a nurse I'd trained at the college waved me over in emerg and took my report without me asking twice. {pr}
P7: I carry twenty kits in a backpack on the SkyTrain, and if transit police ever search me I've got needles and a record. {crim}
P5: A cop stopped me on Hastings and dumped the training box out on the hood of his car, fake vials rolling everywhere. {crim,pr}
P6: A grade twelve asked whether he'd get busted for calling the ambulance, and I couldn't honestly tell him no. {crim}
P8: Half those kids have already lost somebody to the poisoned supply, and they're sixteen. {crim}
P5: Until the stuff is legal and tested, we're just teaching kids how to clean up after the law. {crim}
P8: A girl asked why people don't get their drugs tested, and I had to explain that carrying it in to be tested still counts as possession. {crim}
P7: My conditions used to keep me out of the whole downtown, and now I teach at a school three blocks from where I got picked up. {crim}
Facilitator: What would you need to keep doing this?
P5: A training kit of our own, a proper one, with a manikin that clicks when you push hard enough. {res}
P6: A vest with the agency name on it, so the school office doesn't make me wait in the hallway with the late kids. {res,comm}
P7: A teaching course. {sk} Even one day. {-} I'd like to learn how to settle a class after a kid gets upset, instead of just carrying on with the slides. {sk}
P8: A contract that says we're the ones who do the schools, because right now the coordinator could hand it to a summer student tomorrow. {prec,role}
P5: The school program runs on a one-year grant from the city, and that year's up in August. {prec}
P6: I've got three schools booked for the fall and no idea if I'll still be here to go. {prec}
P8: They keep calling it a pilot. {prec} A pilot of what, we've been doing it two years. {-}
P6: I'd do more schools if I had somewhere steady to sleep the night before. {hous,sc}
Facilitator: Does the teaching help you in other ways?
P7: It looks good on a resume, I guess. {-} But my record still gets there before my resume does. {crim}
P8: I put the school workshops on my BC Housing application, under community involvement, like that'll move me up the list. {hous,acc} I'll teach a room full of grade tens in the morning, and by night I'm lining up for a mat at the shelter. {hous}
P5: A teacher asked where I live, just small talk, and I said East Van because I didn't want to describe a hotel room with a hot plate and a hall bathroom that's been flooded since Christmas. {hous}
P6: The tenancy hearing about my building is the same week as two of the schools, so I might be teaching and packing at the same time. {hous}
P5: Twice now I've had to cancel a school because I had to be home for the bed bug guy. {hous}
P8: The coordinator put me on a school the same morning as my housing appointment, without asking, and I had to pick one. {hous,st}
P6: Rent's due on the first, same as always. {-}
P7: One student's uncle lost his tent in the park sweep last month, and she wanted to know where he's supposed to sleep now. {hous} The cops took another guy's tent in that same sweep, with the naloxone kit we'd given him still inside it. {hous,crim}
P5: My bus pass covers all three zones now, so at least getting out to Surrey is easy. {-}
Facilitator: And the staff at other agencies, what happens after you train them?
P6: The housing society clerks call us now when somebody goes down, instead of just the ambulance. {comm} The clerks on Powell had better questions than the nursing students, no offence to nurses. {-}
P5: One agency took our training and then put their own staff on the flyer as the trainers. {comm}
P7: A drop-in in New West asked us for a list of where to send people for detox and methadone, and we didn't have one to give. {acc} I wrote one out by hand from memory, and half of it's probably wrong by now. {acc}
P5: The shelter staff in Surrey didn't know there's a walk-in clinic doing hep C treatment two blocks from their door. {acc}
P8: The pharmacies are supposed to hand out kits for free, but half of them say they're out or ask for a Care Card. {acc}
P6: After one talk a kid asked where his mom could start methadone, and the closest clinic to him has a three-week wait just to get in. {acc} Another kid asked where his brother could get legal help after a possession charge, and I had no idea who to send him to out there. {acc,crim}
P8: Teachers ask us where to send kids for counselling, and the youth line goes to a voicemail box that's full. {acc}
P7: One of the clerks we trained already used her kit on the third floor, and she called me after to tell me. {-}
Facilitator: Back at your own site, how do staff react to you doing this?
P7: My supervisor said good, more time off the floor for you, like it's a vacation. {resp}
P6: The manager bragged about the schools in the funders' newsletter and didn't name one peer. {resp}
P5: When I got back from Langara, one of our nurses asked me to show her how I explain rescue breaths, which felt good, honestly. {resp}
P8: When a principal came by to thank us, our manager met her at the door and took the flowers. {resp}
P5: At the staff meeting they had the nurse report on the school program, and I'm the one who's been to every single school. {resp,st}
P7: The staff still call the teaching our little field trip. {resp}
P6: Our coordinator asked the peers to write the new school quiz, and she used every question we gave her. {resp}
P8: Staff do a training like this and it goes in their file for their review, and ours goes nowhere. {ineq,resp} I know because I saw the form. {-}
P7: Staff get paid prep time the day before a presentation, and we do our prep on the bus. {ineq}
P8: The outreach staff who come to the schools with us each have a work phone, and the peers share the one in the drawer. {ineq,res}
P6: The nurse gets a day in lieu for an evening parent night, and we just get the evening. {ineq} Nobody asked us before they signed up for six more schools in the spring. {st}
P5: And when a school cancelled, nobody called me, so I sat in their office for forty minutes. {st} I asked for the day after the Surrey trip off and they said there was nobody to cover me. {sc}
Facilitator: Do you feel confident now, doing the teaching?
P5: More than I did. {-} The first few I was reading off cards, and now I can answer most of what the kids throw at me. {sk}
P8: I still freeze when a teacher asks something medical. {sk} Like what naloxone actually does in the brain, the receptor stuff, I can't explain it. {sk}
P6: I'd like to learn what to do when somebody in the room starts crying, because it happens. {sk}
P7: At one school a girl walked out in the middle and I didn't know if I should follow her. {sk} A teacher went after her. {-}
P6: The kids laughed when I said fentanyl could be in anything, and then they stopped laughing. {-}
Facilitator: And looking after yourselves around this work?
P6: I did two schools and a floor shift in one day last week, and I was asleep on the bus by Commercial. {sc}
P5: My voice is shot by Thursday. {sc}
P8: Honestly the school days are my easy days, it's daytime and nobody's dying in front of me. {-} My oldest wants me to come do her school next year. {-}
P7: I think the parents need it more than the kids, honestly. {-} For me it's the opposite, I'd rather do a reversal than stand up in front of thirty kids. {-}
P5: [laughter] Same. {-}
P8: True. {-}
Facilitator: That's a lot to think about. Thank you. We'll stop there.
P5: Thanks for the pizza. {-}
""",
))

# Victoria, group 1: a PDF converted to text, as transcription services deliver it:
# `mm:ss SPEAKER:` headers, wrapped lines with trailing spaces, page footers mid-turn.
GROUPS.append(Group(
    id="victoria-1", site="victoria", date="2019-02-19",
    files=[("victoria-1_transcript.txt", "txt_pdf")],
    script=r"""
FACILITATOR: Okay, good morning everyone, thanks for coming in on a Tuesday. I'm going to read the consent bit quickly and then we'll get going. We're recording, we're not using names, you'll be PARTICIPANT 1 to 4, and you can skip any question you want.
PARTICIPANT 1: Sounds good. {-}
PARTICIPANT 3: Can I get a tea first? {-}
FACILITATOR: Of course, kettle's just boiled. So, to start, tell me what your week looks like.
PARTICIPANT 2: Monday, Wednesday, Friday I'm on the outreach van, Tuesday I'm at the site doing the witnessing, and weekends whatever shifts are going. {-} Whatever shifts are going, that's the key phrase. {prec}
PARTICIPANT 4: I do the morning sweep, the needle pickup downtown, then I'm at the drop-in. {-} Some weeks that's thirty hours, some weeks it's eight. {prec}
PARTICIPANT 1: I'm mostly at the overdose prevention site. {-} It's busy. {-} Last Thursday we had four in one hour. {-}
PARTICIPANT 3: I do a bit of everything, I'm kind of the floater. {role} Nobody's ever told me what my actual job is, I just go where the hole is. {role}
FACILITATOR: What's the hardest thing right now?
PARTICIPANT 1: Money. {-} Sorry, but it's money. {-} You can't live in Victoria on what we make, you can barely live in Victoria on anything. {wage,hous}
PARTICIPANT 4: Yeah. {-}
PARTICIPANT 2: And the money isn't steady. {prec} The society runs on grants, so every six months it's, are we still open, are we still getting paid? {prec}
PARTICIPANT 3: When the last grant ran late, we worked three weeks without pay. {prec,wage} Three weeks. {-} Who else would put up with that? {-}
FACILITATOR: How did people manage during that time?
PARTICIPANT 3: Food bank, mostly. {wage} Borrowing off each other. {-}
PARTICIPANT 1: I almost lost my room over it. {hous}
FACILITATOR: Let's talk about housing a bit, since it came up. What's the situation?
PARTICIPANT 1: I'm in a rooming house on a month-to-month. {hous} The landlord wants to renovate, so I'm just waiting for the letter. {hous}
PARTICIPANT 4: I'm on the housing list. {hous} Five years now. {-}
PARTICIPANT 2: I lucked out, I got into a subsidized place last year, and honestly it changed everything. {hous} I sleep now. {-} I can come to work and actually be here. {sc}
PARTICIPANT 3: That's the thing nobody gets, you can't do this job well if you don't have a door that locks. {hous}
FACILITATOR: How do you cope with the stress of the job?
PARTICIPANT 4: [laughter] Not well. {-} No, really, not well. {-}
PARTICIPANT 1: I walk by the water. {-} Every day, half an hour, rain or shine. {-} That's my self-care. {sc}
PARTICIPANT 3: I used to play guitar. {-} I haven't picked it up since the crisis started. {-} There's no energy left at the end of the day. {sc}
PARTICIPANT 2: And it's not like you can take a sick day. {sc,ineq} If I don't come in, I don't get paid, and the site is short, and somebody maybe dies. {sc,wage}
FACILITATOR: When someone dies, or there's a really hard call, what happens after?
PARTICIPANT 4: Nothing. {-} You keep going. {-}
PARTICIPANT 1: Sometimes the coordinator will ask how you're doing. {db} But she's busy, she's got forty things, and you don't want to be the forty-first. {db}
PARTICIPANT 3: What I'd love is a person, a peer, whose whole job is just checking in on us. {db} Someone who gets it, who you can call at midnight. {db}
PARTICIPANT 2: A peer supporter. {db} Yeah. {-}
FACILITATOR: Would people actually use that?
PARTICIPANT 4: If it's one of us, yes. {-} If it's a social worker with a clipboard, no. {-}
FACILITATOR: Can you tell me about a time you really needed to talk to someone after a call?
PARTICIPANT 1: Last spring there was a young girl, nineteen, and we worked on her for twenty minutes. {-} She didn't make it. {-} I went out for a smoke, came back in, and the shift just kept going like nothing happened. {db} Nobody pulled me aside, nobody said take ten minutes. {db}
PARTICIPANT 4: That's the one that sticks with you. {-}
PARTICIPANT 1: I still see her face when I close my eyes. {sc}
PARTICIPANT 3: I had one like that, and the only person who called me that night was another peer from across town who heard about it. {db} That call is probably why I didn't go out and use. {db,sc}
FACILITATOR: Thank you for sharing that.
PARTICIPANT 2: It shouldn't be luck whether somebody calls you. {db} It should be somebody's actual job to reach out after a death. {db}
FACILITATOR: How does information get passed around at the society, between the workers and the people who run it?
PARTICIPANT 4: Word of mouth, mostly. {st} The coordinators and the board make the decisions and we hear about it third-hand. {st}
PARTICIPANT 2: They changed the van route and I only found out because I showed up at the old spot and nobody was there. {st}
PARTICIPANT 3: A monthly meeting where the workers are actually in the room would fix half of it. {st}
PARTICIPANT 1: Mm-hm. {-}
FACILITATOR: And when the people you work with need services, how does that go?
PARTICIPANT 3: The treatment places want you clean before they'll take you, which is backwards. {acc}
PARTICIPANT 1: There's one intake line for the whole island, so you're on hold for an hour with a guy who's dopesick next to you. {acc}
PARTICIPANT 4: And if you don't have a fixed address, half the forms won't even let you submit. {acc,hous}
FACILITATOR: What training have you had, and what do you want?
PARTICIPANT 1: I've had the naloxone training a bunch of times, and I could teach it by now. {sk}
PARTICIPANT 2: I want the oximeter thing. {sk,res} We got two oximeters donated and nobody showed us how to read them properly. {sk,res}
PARTICIPANT 3: Mental health. {-} I'm good with overdoses, I'm not good with someone who's suicidal. {sk} I freeze. {-}
PARTICIPANT 4: Cultural safety. {sk} Half the people we see are Indigenous and a lot of us aren't, and I want to get that right. {sk}
PARTICIPANT 1: And first aid, the full one, not just the overdose part, because people get stabbed, people fall, people have seizures. {sk}
FACILITATOR: How do other professionals treat you? Paramedics, police, hospital.
PARTICIPANT 2: The paramedics here are getting better. {pr} When we first opened they'd barge in and take over like we were furniture. {pr}
PARTICIPANT 4: The police are a mixed bag. {pr} There's a couple who know us, and there's some who treat the whole block like a crime scene. {pr,crim}
PARTICIPANT 1: One of them told me I should be grateful they let us operate. {pr}
PARTICIPANT 3: And then there's the hospital. {-} You bring somebody in after an overdose and they treat them like garbage, and they treat you like garbage for bringing them. {pr,stig}
FACILITATOR: What about the public, the neighbours?
PARTICIPANT 4: The neighbours hate us. {comm} There's a petition to close the site. {comm}
PARTICIPANT 2: They think we're attracting drug users, like the drug users weren't there before. {comm,stig}
PARTICIPANT 1: Mm-hm. {-}
PARTICIPANT 3: The business improvement people call us the problem. {comm} We're picking up their needles every morning, for free basically, and we're the problem. {comm,wage}
PARTICIPANT 2: I wish they'd follow one of us around for a day. {comm} Just one day. {-}
FACILITATOR: That's actually an idea the team has been talking about, a video maybe.
PARTICIPANT 2: A video would be good. {-} Show them the real thing. {-}
FACILITATOR: What about stuff that identifies you as a worker, like ID or cards?
PARTICIPANT 4: We've got those yellow vests, but anybody can buy a vest. {res}
PARTICIPANT 1: A photo ID with the society's name would help with the cops, for sure. {res,pr}
PARTICIPANT 3: And a phone. {-} I use my own phone for work, my own minutes, and then it gets cut off because I can't pay the bill. {res,wage}
FACILITATOR: Is there anything about the laws, or the bigger system, that you want to say?
PARTICIPANT 1: Just that as long as using is a crime, this never stops. {crim}
PARTICIPANT 4: I can't get a better job because of my record. {crim} It's from fifteen years ago and it follows me everywhere. {crim} So this is the job I can get. {-}
PARTICIPANT 2: Same, and I can't cross the border to see my daughter. {crim}
PARTICIPANT 3: The supply is killing people because it's illegal, that's the bottom line. {crim}
FACILITATOR: Okay. Last question. If you had a magic wand, what's the first thing you'd change?
PARTICIPANT 3: Steady funding so we're not always scared. {prec}
PARTICIPANT 1: A wage you can live on. {wage}
PARTICIPANT 4: Housing for everybody, us included. {hous}
PARTICIPANT 2: Somebody to talk to. {db}
FACILITATOR: Before we wrap up, I want to go back to something PARTICIPANT 4 said, that you hear about decisions third-hand. What did that look like the last time it happened?
PARTICIPANT 4: The new sharps bins. {-} One morning the yellow ones are gone and there's these grey ones with a different lid, and I'm standing on Pandora trying to figure out how to open the thing. {st} Turns out there was a memo about it, and it went to the coordinators before Christmas. {st}
PARTICIPANT 3: They talk to each other in memos and we talk to each other in the alley, and the two never meet. {st}
PARTICIPANT 2: I mean, even when I ask the coordinator a straight question, I get three paragraphs back and never a yes or a no. {st}
FACILITATOR: Has anyone ever asked you to be part of those decisions?
PARTICIPANT 1: They gave us one seat on a board committee. {-} I went twice, and both times they'd already voted before the part of the agenda where I got to talk. {resp,st}
PARTICIPANT 2: The token chair. {resp}
PARTICIPANT 1: And then they put my photo in the annual report like I'd been running the place. {resp}
FACILITATOR: PARTICIPANT 3, you called yourself the floater. Who decides where you go on a given day?
PARTICIPANT 3: Whoever grabs me first. {-} Last Tuesday I started out witnessing at the site, got pulled onto the van because the driver called in, and finished the day doing intake paperwork nobody had ever shown me how to do. {role,sk}
PARTICIPANT 4: And when something goes sideways, suddenly there's a rule you were supposed to know about. {role}
PARTICIPANT 2: Like, I'm honestly not sure if I'm allowed to hand out pipes from the van or just rigs. {role}
FACILITATOR: Do any of you have a job description?
PARTICIPANT 1: A paragraph. {-} It says assist with harm reduction activities as required, and that's the whole thing. {role}
PARTICIPANT 3: Apparently as required covers cleaning the drop-in bathrooms every night, because none of the staff ever do it. {resp}
FACILITATOR: PARTICIPANT 1, at the start you said money is the hardest part. Can you say a bit more?
PARTICIPANT 1: I do the math every payday and it never works. {wage} After rent I've got maybe two hundred dollars for the month, and that's food, phone and bus. {wage}
PARTICIPANT 4: I pick up bottles on my sweep and cash them in. {-} That's my grocery money. {wage}
PARTICIPANT 3: I'm forty-one and I still can't afford my own phone plan. {wage}
PARTICIPANT 2: The nurse on the van makes more in a day than I make in a week, and I'm the one at the food bank on Thursdays. {ineq,wage} Same van, same stops, same people. {ineq}
PARTICIPANT 3: The coordinators have extended health, and when I cracked a tooth in the fall I paid for it out of my own pocket. {ineq}
PARTICIPANT 1: They've got a staff room with a fridge, and we eat lunch on the curb out front. {ineq}
PARTICIPANT 4: I don't mind the curb. {-} Best view in the place, honestly. {-}
FACILITATOR: PARTICIPANT 2, earlier you said whatever shifts are going. How do you actually hear about a shift?
PARTICIPANT 2: Group text. {-} First one to answer gets it. {prec}
PARTICIPANT 3: So you sleep with your phone on your chest. {prec}
PARTICIPANT 4: I lost a whole week of sweeps in January because the city renewed our contract late. {prec}
PARTICIPANT 1: And the site's a pilot. {-} It's been a pilot for two years now. {prec}
FACILITATOR: I want to come back to the young woman you talked about, PARTICIPANT 1. Has anything changed since then in what happens after a death?
PARTICIPANT 1: They made a form. {-} There's a critical incident form now. {-} Nobody reads it, and nobody ever calls you about it. {db}
PARTICIPANT 4: We had two die the same weekend in January, and Monday morning we were back out on the sweep like it was any other Monday. {db}
PARTICIPANT 2: The employee assistance line is only for staff, so we can't even call that. {db,ineq}
PARTICIPANT 3: Honestly, I'd just want someone to sit with me for an hour afterwards without me having to explain anything. {db}
PARTICIPANT 4: Somebody who's buried friends too. {-}
PARTICIPANT 3: I'm grinding my teeth at night now. {sc} My partner says I talk in my sleep about the site. {sc}
FACILITATOR: Can I top anyone up? The kettle's still hot.
PARTICIPANT 1: I'm good, thanks. {-} That's my third cup already. {-}
FACILITATOR: Earlier you said the paramedics are getting better. What changed?
PARTICIPANT 2: A couple of crews came by the site one afternoon and just had coffee with us. {pr} After that, they actually started asking us what happened before they went to work on somebody. {pr}
PARTICIPANT 4: The fire guys still walk in like they own the room. {pr} One of them took the bag valve off a guy I was bagging, just to put his own on, and it was the exact same kind. {pr}
PARTICIPANT 3: A cop stopped me on the sweep and made me tip out my whole bucket on the hood of his car, and it was full of used rigs I'd just picked up for the society. {pr,crim}
PARTICIPANT 1: Three of the people we lost this year had just got out of jail with no tolerance, right back into a poisoned supply. {crim}
FACILITATOR: What about how people see you outside of work?
PARTICIPANT 2: When my mom's friends ask what I do, I say I work for a nonprofit, because the rest of the answer is my whole history. {stig}
PARTICIPANT 3: At the pharmacy where I pick up my carries, they make me wait at the far end of the counter away from everybody else. {stig}
PARTICIPANT 4: When my landlord saw my work lanyard, he started doing surprise inspections of my room. {stig}
PARTICIPANT 1: Even a couple of the staff at the society talk about the addicts in the office, like we can't hear them through the door. {stig,resp}
PARTICIPANT 4: A lady on Yates thanked me for picking up the needles, and then she asked what I'm going to do when I get a real job. {comm}
PARTICIPANT 2: [crosstalk] And the business people still call our van the junkie bus. {comm,stig}
FACILITATOR: And when you're trying to get someone connected to a service, how does that go these days?
PARTICIPANT 3: A woman asked me on Friday where she could replace her birth certificate, and I had no idea, I ended up looking it up on my own phone. {acc}
PARTICIPANT 1: The prescribing clinic closes at four, and the people who need it most are just waking up at four. {acc}
PARTICIPANT 4: Getting somebody a family doctor in this town is a lottery, and I've been on the registry myself for two years. {acc}
PARTICIPANT 2: The shelter down the road won't take a referral from me unless a coordinator signs it. {comm,acc}
PARTICIPANT 3: I spent all of Thursday helping a guy fill in his housing registry form, and then they lost it. {hous,acc}
PARTICIPANT 1: Oh, and the letter came, by the way. {hous} I've got until the end of April. {hous}
PARTICIPANT 4: Ah, no. {-} That's rough, I'm sorry. {-}
FACILITATOR: That's a lot to carry. One more thing before we close, the gear and the training. Has anything changed there?
PARTICIPANT 2: The van has one naloxone kit in the glovebox and an oxygen tank that's been empty since the new year. {res}
PARTICIPANT 4: [laughter] I'd take a good pair of puncture-proof gloves over a raise, almost. {res} On the training side, I'd like to know how to talk a guy down when he's swinging at me on the sweep, because right now I just back away and hope. {sk}
FACILITATOR: Before we wrap up, I want to go somewhere we haven't been yet. Earlier this month the city got buried in snow. What was that week like for you at work?
PARTICIPANT 4: Cold. {-}
PARTICIPANT 2: The van didn't go out for three days because nobody would drive it on those hills. {-}
PARTICIPANT 1: The site stayed open the whole time, and we had people dozing in the chairs between visits. {-}
PARTICIPANT 3: I walked in from Esquimalt two mornings because the buses weren't running. {-} Got there at seven, soaked to the knees, and only then did anyone mention the morning sweep was off. {st}
FACILITATOR: How did you hear what was open and what wasn't?
PARTICIPANT 2: The coordinators knew where the extreme weather beds were a full day before the radio did, and none of it made it down to the van crew. {st}
PARTICIPANT 4: I learned the drop-in was closing early from a guy at the bottle depot. {st}
PARTICIPANT 1: To be fair, the coordinator did text everybody on the Sunday night with the plan for the site. {-}
FACILITATOR: Who ended up doing what that week?
PARTICIPANT 1: Monday I'm witnessing, Tuesday I'm shovelling the ramp and hauling blankets out to the tents, and nobody could tell me which of those was actually mine. {role}
PARTICIPANT 3: They handed me a snow shovel and all the staff went back in by the heater. {resp}
PARTICIPANT 4: And I got sent to buy road salt on my own bank card and told I'd get it back. {res}
PARTICIPANT 2: [laughter] Did you ever see that money? {-}
PARTICIPANT 4: Still waiting. {-}
FACILITATOR: And the people you serve, how did they do through the storm?
PARTICIPANT 1: We found a man half frozen in a doorway on Johnson, and he's okay now, he came by the site yesterday. {-} I'd never dealt with hypothermia and I was looking it up on my phone with him shaking on the sidewalk beside me. {sk}
PARTICIPANT 2: The ambulance couldn't get up the street, so the paramedics walked in on foot and let me keep running things until their gear was set up. {pr}
PARTICIPANT 3: Every shelter bed in town was gone by six, and there was nowhere left to send people but the bus shelters. {hous,acc}
PARTICIPANT 4: The treatment intake line kept telling people to call back once the weather cleared, like being sick takes a snow day. {acc}
PARTICIPANT 2: Two of our regulars with warrants wouldn't go near the warming centre, because word was the cops were checking names at the door. {crim} And one of those cops asked for my ID at the door and then waved the student volunteer in behind me without a word. {pr}
FACILITATOR: And for yourselves, how did you hold up?
PARTICIPANT 1: I did four doubles in a row, and by Friday I was nodding off standing up at the witnessing table. {sc}
PARTICIPANT 3: My boots leak and there's no way I can buy new ones on what they pay me, so it was a whole week in wet socks and I'm still coughing. {wage,sc}
PARTICIPANT 4: Honestly I slept like a baby that week, the cold knocks me right out. {-}
PARTICIPANT 2: [laughter] Lucky you. {-}
FACILITATOR: Was there anything hard that week that stayed with you?
PARTICIPANT 2: We lost a woman in a tent near the park on the Wednesday, and on Thursday the only thing anyone said to me was to restock the van. {db}
PARTICIPANT 3: The driver and I sat in the van after with the heater going and talked her through between the two of us, because that's all the aftercare we were ever going to get. {db}
PARTICIPANT 4: There was a little memorial for her at the drop-in on the Saturday, with candles and a card everybody signed. {-}
PARTICIPANT 1: What I keep wishing for is twenty minutes at the end of a night like that with somebody who's done this work, where I'm not the one holding everybody else up. {db} Since the snow I haven't been down to the water once, I just go home and lie on the floor. {sc}
FACILITATOR: I want to ask about something different. There were practicum students around the site this winter. What's it like working alongside them?
PARTICIPANT 1: Mixed. {-}
PARTICIPANT 3: The nursing students get an orientation binder and a locker on day one, and I've gone three years with neither. {ineq}
PARTICIPANT 2: A student who'd been with us for two weeks got asked to sit in on the planning meeting, and I've never once been invited. {resp,st}
PARTICIPANT 4: They're nice kids, mostly. {-} One asked me, really sweet, if I was a client who helps out, and I didn't know what to tell her, because nobody ever wrote down what I am. {role}
PARTICIPANT 3: I like teaching them, though. {-} A student from the college rode the van with me for a whole shift in January and asked good questions all day. {-}
PARTICIPANT 1: What I'd want is a title on my lanyard that means something, because "peer" just makes the students think I'm one of the clients. {role}
PARTICIPANT 2: [laughter] At least the students make less than us. {-}
FACILITATOR: Going back to the storm, how did the pay side work out?
PARTICIPANT 4: The coordinators still got paid for the snow days, and the van peers just lost them. {ineq,prec}
PARTICIPANT 3: Staff got taxi chits to get home on the worst night, and we walked. {ineq}
PARTICIPANT 1: I picked up a lot of extra that week, and every dollar over the limit comes off my disability in March. {wage}
PARTICIPANT 2: The day after the storm the director came down, thanked each of us by name and stayed to ladle soup, and I won't forget that. {resp} Whenever something goes missing from the supply cupboard, though, it's still the peers they come and ask first. {resp}
FACILITATOR: What about the public? Did the storm change how people saw you?
PARTICIPANT 4: A reporter came to the site and wanted a photo of the coordinator, not of any of us, and we're the ones who'd been out all night. {comm}
PARTICIPANT 1: When I tell the parents at my kid's school what I do, they ask how many people I've got clean, like that's the only thing that counts. {comm}
PARTICIPANT 3: The city crew clearing the tents after the snow treated me like one of the campers, vest and all. {comm}
PARTICIPANT 2: And the owner of the corner store on Pandora still won't let me use his washroom on shift, because he figures we all go in there to fix. {comm,stig}
FACILITATOR: I want to take us somewhere new before we finish. Some of you do street outreach in the encampment downtown, and a few of you walked the tent city by the courthouse when it was up. What does an outreach shift out there actually look like?
PARTICIPANT 2: We park the van on the corner and walk the rows with a backpack each. {-} Usually two of us, sometimes just me if the other person doesn't show. {-}
PARTICIPANT 4: I start at the far end by the hedge, because that's where the folks who don't want to be seen set up. {-}
PARTICIPANT 1: I only did the courthouse camp a handful of times, back when it was at its biggest. {-} It was like a little town, with its own kitchen tent and its own rules about who could sleep where. {-}
PARTICIPANT 3: Every tent is a door you can't knock on. {-} You stand there saying good morning to a wall of nylon and hope somebody unzips. {-}
PARTICIPANT 4: [laughter] Or that nobody does. {-}
FACILITATOR: What do you bring with you when you walk the camp?
PARTICIPANT 4: Rigs, pipes, naloxone, water, dry socks when we've got them. {-}
PARTICIPANT 2: We've got one flashlight between the two of us, and the batteries are whatever I grabbed at the dollar store on the way in. {res}
PARTICIPANT 3: I'd give a lot for a headlamp, so I've got both hands free when I'm kneeling in somebody's tent at night. {res}
PARTICIPANT 1: And if something goes wrong in there, the only way to call for help is our own phones, which are usually dead by nine at night. {res}
PARTICIPANT 4: Out there nobody can tell who we are, because there's nothing on us that says we're with the society. {res} A guy came at me with a tent pole last month because he figured I was from the city. {-}
PARTICIPANT 2: Same thing happened to me at the courthouse. {-}
FACILITATOR: How did you learn to do outreach in a camp like that?
PARTICIPANT 3: I shadowed an older guy for two mornings, and after that they sent me in on my own. {sk}
PARTICIPANT 1: I'd like real training on going into someone's space, because a tent is somebody's home and I never know if I'm being rude. {sk}
PARTICIPANT 2: Overdoses I can handle. {-} What I can't do is talk somebody through it when they're screaming at shadows in a tent at two in the morning. {sk}
PARTICIPANT 4: I took a de-escalation workshop through the health authority in the fall, and I use something from it every single shift. {sk} Mostly it taught me to shut up and let people be mad at me. {-}
PARTICIPANT 3: [laughter] You never learned that at home? {-}
PARTICIPANT 1: And wound care. {sk} People in the camp have feet that would make you cry, and I don't know what I'm looking at. {sk}
FACILITATOR: How do the police and the bylaw officers treat you in the camps?
PARTICIPANT 1: Bylaw comes through at seven every morning, and everybody has to have their tent down, rain or not. {hous} Half the time I'm told to help people pack, and the other half I'm told that's not what outreach is for. {role}
PARTICIPANT 4: A constable told me to move along while I was giving breaths to a man behind the courthouse. {pr}
PARTICIPANT 2: There's one sergeant who knows our faces, and when somebody's down he steps back and lets us work. {pr}
PARTICIPANT 3: I got patted down in the middle of the camp with a bag full of clean supplies, right in front of the people I'm supposed to be building trust with. {crim,pr} For a month after that, two of the regulars wouldn't take anything from me. {-}
PARTICIPANT 1: Half the camp has conditions to stay out of downtown, so they're living in the one spot they're not legally allowed to be. {crim}
PARTICIPANT 2: When they cleared the north end last month, one man's prescription went into the truck with his tent, and the pharmacy says he has to wait a week for a new one. {hous,acc}
PARTICIPANT 4: The bylaw guys themselves are mostly fine, to be fair. {-} They're just doing what the city tells them. {-} During the fall sweep I spent a whole shift hauling people's stuff to the city's storage lockup, and nobody could tell me if that was even my job. {hous,role}
FACILITATOR: What about the paramedics and fire when there's a call in the camp?
PARTICIPANT 1: The ambulance won't come down the path without police, so we're holding someone's head on the gravel for twenty minutes waiting for them to be cleared in. {pr}
PARTICIPANT 3: The fire crew stepped right on my kit to get to him, and then asked me to move my stuff. {pr}
PARTICIPANT 4: Mind you, one medic stayed after and asked how I'd kept him going, like she actually wanted to learn it from me. {pr}
PARTICIPANT 2: Yeah, that one's good. {-}
PARTICIPANT 1: The oxygen would've helped that night, except we don't carry any on foot. {res}
FACILITATOR: Who decides where you walk and what you do while you're out there?
PARTICIPANT 2: In the camp I'm a supply runner, a nurse, a social worker and a moving company, all before lunch. {role}
PARTICIPANT 3: Nobody's ever said whether I'm allowed inside a tent or if I'm supposed to stay at the flap. {role}
PARTICIPANT 4: The society has a whole policy for the drop-in, but there's nothing written down for outreach, so every coordinator makes up their own. {role}
PARTICIPANT 1: Mostly I decide, and honestly I like that part of it. {-}
PARTICIPANT 3: Then last week I got written up for walking a woman to emergency, because apparently that's a staff job now. {role,st}
FACILITATOR: How do you hear about what's coming, like a sweep or a new rule?
PARTICIPANT 4: The people in the tents knew about the big sweep two days before anybody in the office told the outreach team. {st}
PARTICIPANT 2: The coordinator gets the city's updates and sends them to the staff list, and not one of us is on that list. {st}
PARTICIPANT 3: I asked three different people what we're supposed to tell campers about the new shelter, and I got three different answers. {st}
PARTICIPANT 1: To be fair, before the last sweep the manager did come find me in the morning and tell me in person. {-}
PARTICIPANT 4: Once. {-}
PARTICIPANT 2: The nurse on the walk gets paid for the day even when it's cancelled, and I only find out it's cancelled when I get to the van. {ineq,st} And the new outreach schedule went up on the office door on a Friday night, after we'd all gone home. {st,prec}
FACILITATOR: When something hard happens in the camp, what happens for you afterwards?
PARTICIPANT 3: In January I found a man in his tent who'd been gone since the night before. {-} I waited two hours with him for the coroner, then walked back to the van and drove to the next stop like I'd been on a coffee run. {db}
PARTICIPANT 2: When that happened on my shift, the nurse got sent home early and offered a counsellor, and I got handed the sharps bucket. {db,ineq}
PARTICIPANT 4: What I'd want is somebody who's lived in a tent themselves to sit down with us after. {db}
PARTICIPANT 2: We do a little circle in the van on the drive back sometimes, and it helps more than anything the office has ever offered. {db}
PARTICIPANT 1: Mm-hm. {-}
PARTICIPANT 3: Nobody from upstairs has asked me about that man once, not even to say sorry. {db} After him I started drinking again on weekends, and there was nobody at work I could have told. {sc,db}
PARTICIPANT 1: I think about him more than I'd like to admit. {-}
FACILITATOR: And how are you holding up, yourselves?
PARTICIPANT 4: I'm sleeping about four hours a night. {sc}
PARTICIPANT 3: My back's wrecked from crouching in tent doorways all day. {sc} I started getting headaches every afternoon after the big sweep, and they haven't stopped. {sc}
PARTICIPANT 1: Some nights I stand outside my building for a good while before I can face going in. {sc}
PARTICIPANT 2: I keep dreaming I'm walking the rows and every tent is zipped shut. {sc} Anyway, that is my brain these days. {-}
PARTICIPANT 1: There's nowhere out there to even sit down, you're on your feet for five hours with a full pack. {sc}
PARTICIPANT 4: The camp has been quieter since the weather turned, so the walks have been easier this month. {-}
FACILITATOR: What about the pay for the outreach shifts?
PARTICIPANT 3: I get twenty-five dollars a walk, cash, and the walk is never the three hours it's supposed to be, it's five. {wage}
PARTICIPANT 1: Outreach pays the same as the site, and the site barely pays. {wage}
PARTICIPANT 2: The city's own outreach workers walk the exact same rows with a union wage and a pension. {ineq}
PARTICIPANT 4: I've had to put groceries back at the till twice this month. {wage}
PARTICIPANT 2: My rent went up forty dollars in January, and that's a whole outreach shift gone before I've bought a thing. {wage,hous}
PARTICIPANT 1: Staff who walk the camp get mileage for their cars, and we get a bus ticket if we ask twice. {ineq}
PARTICIPANT 3: The nurse on our team has a work phone and a laptop, and I'm doing my tallies on my own phone with a cracked screen. {ineq,res}
PARTICIPANT 4: I don't mind the cash, actually, it's easier than waiting on a cheque. {-}
FACILITATOR: Is the outreach work steady?
PARTICIPANT 1: The camp outreach money is a six-month pot from the province. {prec} After that, it's anybody's guess. {-}
PARTICIPANT 4: When the courthouse camp closed, the outreach shifts just vanished, and nobody called to say so. {prec,st}
PARTICIPANT 3: I never know if I'm walking Tuesday until Monday night. {prec} I've been casual for two years, walking the same route the salaried outreach worker walks on Mondays. {prec,ineq}
PARTICIPANT 1: I'm on call for the camp every weekend, and the on-call rate works out to less than minimum wage. {prec,wage}
PARTICIPANT 2: This month there's actually more walks than people to fill them. {-}
PARTICIPANT 4: If a coordinator cancels a walk, they still get paid for it, and if I cancel, I'm off the list for a week. {ineq,prec}
FACILITATOR: How do the people walking past the camp, or the businesses, see you?
PARTICIPANT 4: A woman in the condo across the street filmed me handing out pipes and posted it saying the society is feeding the problem. {comm}
PARTICIPANT 1: The downtown business association wants the camp gone, and as far as they're concerned we're part of the camp. {comm}
PARTICIPANT 2: When I say I'm with outreach, people at the bus stop ask which church I volunteer for. {comm}
PARTICIPANT 1: When the neighbourhood association met about the camp, they had somebody from the police and somebody from the city and nobody from outreach, and then they asked why we aren't doing more. {comm}
PARTICIPANT 3: A man from one of the churches brought us coffee every Friday through the whole winter. {-}
PARTICIPANT 4: I leave a list of who needs what at the health unit every week, and it goes in a tray and I never hear a thing back. {comm}
PARTICIPANT 1: People on the sidewalk cross the street to avoid us the same way they avoid the campers, like it's catching. {comm,stig} My cousin saw me on the evening news walking the camp and phoned my mom to ask if I'd relapsed. {stig}
PARTICIPANT 2: Some of the folks in the tents call us narcs, which is kind of funny when you think about it. {-}
PARTICIPANT 4: When I mention I used to live in that camp, people look at me like they're checking whether I still do. {stig}
FACILITATOR: What do people in the camp need that you can't get them?
PARTICIPANT 2: Half the people in there have lost their ID in a sweep, and without it nobody will cash their cheque. {acc,hous}
PARTICIPANT 3: There's a detox bed maybe once a month, and you have to be at the door at eight in the morning with a phone number they can call back. {acc}
PARTICIPANT 1: I wish there was one number I could call from the camp to find out what's open tonight. {acc}
PARTICIPANT 4: Most of them don't have a doctor, so the walk-in is their doctor, and the walk-in doesn't come out to a tent. {acc}
PARTICIPANT 1: I didn't know the legal clinic came downtown on Wednesdays until a camper told me. {acc}
PARTICIPANT 3: The shelter beds are full by dinner, so the tent is the plan, not the backup. {hous}
PARTICIPANT 2: One guy got moved into a motel room by the province and was back in a tent within a month, because they wouldn't let his partner stay. {hous}
PARTICIPANT 4: Honestly, some of them just don't want to go inside, and that's their call. {-}
PARTICIPANT 3: That's true. {-}
FACILITATOR: PARTICIPANT 2, you said the same thing happened to you at the courthouse. Were you working there, or living there?
PARTICIPANT 2: I was living there, in a tent by the courthouse steps, for four months before I got this job. {hous} I was the one getting the socks back then. {-}
PARTICIPANT 1: I've started noticing which tent spots stay dry, just in case the end of April goes badly for me. {hous}
PARTICIPANT 4: My building just got sold and nobody will tell us if we're staying. {hous}
FACILITATOR: What about the law, out in the camps? How does it play in?
PARTICIPANT 3: The stuff going around the camp this month barely wakes up on naloxone, and that's what you get when the supply's illegal. {crim}
PARTICIPANT 2: If people could get their dope from a doctor, half of what I do in that camp would disappear. {crim}
PARTICIPANT 4: A kid in the camp got picked up for possession the day after he finally said yes to detox, and that was the end of that. {crim,acc}
PARTICIPANT 3: I still won't carry my own pipe on a shift, because of my record. {crim}
PARTICIPANT 1: Half the people in the camp have a warrant for a missed court date, so they won't go near the hospital even with an arm that's gone green. {crim,acc} They took a guy out of his tent at six in the morning on an old breach, and his dog sat by the empty tent all day. {crim} We fed it until someone from the camp took it in. {-}
FACILITATOR: How does the society treat the outreach work, compared to the rest?
PARTICIPANT 3: When we come back from the camp, they won't let us into the office until we've left our boots outside. {resp}
PARTICIPANT 1: The coordinator asked me what the camp needed, wrote it all down, and then ordered exactly what she was going to order anyway. {resp}
PARTICIPANT 2: I proposed an evening walk, because that's when people are actually up, and it got laughed off in the hallway. {resp}
PARTICIPANT 4: We know every person in there by their tent, and we still get sent out without anybody asking us a thing. {resp}
PARTICIPANT 3: My manager did thank me in front of everybody after the fire in the camp, and I'll admit it felt good. {resp}
PARTICIPANT 1: That fire was a bad night. {-}
FACILITATOR: PARTICIPANT 1, you said the fire was a bad night. Can you tell me about it?
PARTICIPANT 3: A propane heater tipped over in a tent near the middle of the rows, around ten at night. {-}
PARTICIPANT 1: We were the first ones there, dragging people out of the tents on either side before the trucks even turned the corner. {-}
PARTICIPANT 3: Nobody had ever shown me what to do with a burn, so I poured our drinking water on a woman's arm and hoped for the best. {sk}
PARTICIPANT 1: When the firefighters arrived, the captain sent us behind the tape with everybody else from the camp. {pr}
PARTICIPANT 2: The paramedics did bring us a box of gloves afterwards, which was decent of them. {pr}
PARTICIPANT 4: I went home that night smelling like smoke, and I didn't sleep until the sun came up. {sc}
PARTICIPANT 2: The next day the office sent the staff a summary of what happened, and none of us who were actually there got asked for our side. {st,resp}
PARTICIPANT 3: Not one person sat down with the four of us who'd been in it, we just got the next shift in the group text. {db}
PARTICIPANT 1: The woman with the burned arm brought me a coffee a week later. {-}
PARTICIPANT 4: That's nice. {-}
FACILITATOR: Some outreach programs hire people who are living in the camp. Has that happened here?
PARTICIPANT 2: We had two campers on the outreach list last summer. {-}
PARTICIPANT 4: They'd do a shift with us for the same lousy money and then go back to a wet sleeping bag. {hous,wage}
PARTICIPANT 1: One of them had his tent slashed while he was out on a walk with us, and everything inside was gone. {hous}
PARTICIPANT 3: The office wouldn't give them a locker to keep their things in, even though every staff person has one. {ineq}
PARTICIPANT 2: They needed an address for payroll, so they used the drop-in's, and then their mail from income assistance kept going missing. {hous,acc}
PARTICIPANT 1: Nobody was ever clear whether they were workers or clients, so they got treated like both, depending on who was on. {role}
PARTICIPANT 4: Honestly those two knew the camp better than any of us. {-}
FACILITATOR: Do you run into people from other agencies out there?
PARTICIPANT 3: The city's housing team walks through with tablets, and the campers talk to them for five minutes and then come find us. {-}
PARTICIPANT 2: At the big meeting about the camp, the city's people got the table and we got folding chairs along the wall. {comm}
PARTICIPANT 4: One of their workers asked me if I'd come to put my own name down for a bed. {comm,stig}
PARTICIPANT 2: People hear the word outreach and think we're handing out sandwiches from a church basement. {comm}
PARTICIPANT 1: The library downtown invited us in last month to explain what we do for their staff, which was a first. {-}
PARTICIPANT 3: The outreach nurse from the health authority still phones our coordinator instead of me, even though I'm the one who walked her through the camp. {comm}
PARTICIPANT 4: The staff who come out for an hour get a hazard premium for the camp, and we walk it every day without one. {ineq}
FACILITATOR: How do people treat you once they know you've used?
PARTICIPANT 1: A reporter asked me what the typical addict in the camp is like, and I said I don't know any typical ones, I know people. {stig}
PARTICIPANT 3: My neighbour stopped letting her kids play in the hallway once she found out where I work and why. {stig}
PARTICIPANT 2: At the bank they watched me count my outreach cash like I'd robbed somebody for it. {stig}
PARTICIPANT 4: The nurse at emergency wouldn't let me sit with a woman I'd brought in from the camp, even though I'm the only one who knew her name. {pr} She looked at my arms before she looked at my face. {stig}
PARTICIPANT 1: [laughter] They all do that. {-}
FACILITATOR: Does the outreach pay cover what it costs you to do it?
PARTICIPANT 3: I've worn through two pairs of shoes on those gravel paths since the fall, and nobody's paying for the third. {res}
PARTICIPANT 1: After rent, the outreach money covers maybe the first ten days of the month. {wage}
PARTICIPANT 4: I took a second job washing dishes on weekends so I can afford to keep doing the walks. {wage}
PARTICIPANT 2: I make sixteen dollars an hour, and the campers think I'm rich because I've got a bus pass. {wage}
PARTICIPANT 3: Being broke is the one thing about me that hasn't changed since I lived rough. {wage}
PARTICIPANT 2: The grant for the walks got renewed in December, but only for three months this time. {prec}
PARTICIPANT 3: They told me if I miss two walks I'm off outreach for good, and there's nothing in writing about that anywhere. {prec}
PARTICIPANT 1: I'm not complaining about the walks themselves, mind you. {-}
FACILITATOR: What else would help you do the camp work well?
PARTICIPANT 2: I'd like the basics on frostbite and trench foot, because I see both out there and I'm guessing. {sk}
PARTICIPANT 4: Some of the campers are in psychosis, and I've got no way to tell when it's turning dangerous. {sk}
PARTICIPANT 3: The naloxone refresher last month was actually good, they had us practise on a dummy zipped into a sleeping bag. {sk}
PARTICIPANT 1: And if there was a phone number for a peer who's done camp work, I'd use it after every bad walk. {db}
PARTICIPANT 4: The counsellor they sent me to after the fire asked me to describe what a tent was. {db}
PARTICIPANT 2: [laughter] A tent. {-} I've lost count of how many people from that camp are gone now, and I don't really feel it anymore. {sc}
PARTICIPANT 3: I come home from a camp walk and sit in the shower until the hot water runs out. {sc}
PARTICIPANT 2: When I bring something back from the camp, the staff nod and then go ask the nurse if it's true. {resp}
PARTICIPANT 4: The needle sweep around the camp is the only part of outreach anybody in the office ever mentions. {resp}
PARTICIPANT 1: The coordinator told me I'm not a caseworker, then sent me in with a stack of intake forms for the campers. {role}
PARTICIPANT 2: The incident reports go up to the manager and we never hear what comes of them. {st}
PARTICIPANT 4: They moved the meeting spot for the walk from the van to the library steps and told us with a sticky note. {st} People in the camp use alone inside their tents, because they're scared the patrol walking by will see them. {crim}
PARTICIPANT 2: The police took a woman's whole kit in a search, and that night she used a borrowed rig. {crim}
PARTICIPANT 3: A guy asked me how to get on disability, and all I could say was that I'd find out. {acc}
PARTICIPANT 1: The weather's been good to us this week, at least. {-}
FACILITATOR: Let's go back to the gear for a second. What would make the biggest difference out there?
PARTICIPANT 4: A jacket with the society's name across the back, so people in the tents know who's talking to them. {res}
PARTICIPANT 2: A radio, so we can find each other when we split up at opposite ends of the camp. {res}
PARTICIPANT 4: If I had a badge with my picture on it, the bike cops might stop making me empty my pockets every time I cut through the camp. {res,pr}
PARTICIPANT 1: We carry the naloxone in a fanny pack I bought myself. {res}
PARTICIPANT 3: [laughter] It's a good fanny pack. {-}
PARTICIPANT 1: It is a good fanny pack. {-}
FACILITATOR: Anything else about the camps before we finish?
PARTICIPANT 4: Only that the camp is where I'm most useful, and I'd keep walking it if they doubled the pay or cut it in half. {-}
PARTICIPANT 3: Same. {-}
PARTICIPANT 4: Is that the last of the shortbread? {-} My sister sent a whole tin over from Langford for today. {-}
FACILITATOR: Before I switch this off, there's one more area I'd like to open up, because it keeps coming up in the other groups. How does this job fit with the rest of your life, your kids, partners, family?
PARTICIPANT 1: [laughter] Barely. {-} No, it fits, it just doesn't fit neatly. {-}
PARTICIPANT 4: I'm raising my grandson, so my life is the site, the sweep, and a six-year-old. {-} He's the reason I get up, honestly. {-}
PARTICIPANT 2: My daughter's down in Bellingham with her dad, and I see her on video calls on Sundays. {-} She's sixteen now and she thinks it's kind of cool that my job is keeping people alive. {-}
PARTICIPANT 3: My partner has two boys from before, and they're with us every second weekend. {-} I'm still learning how to be the step-person, if that's even a word. {-}
FACILITATOR: What does a work week look like when you've got kids in the picture?
PARTICIPANT 1: You can't book a sitter when you find out your hours on Sunday night. {prec} My son's dad and I swap days, and every time the schedule moves I'm begging him for a favour. {prec}
PARTICIPANT 4: Daycare wanted a letter from my employer saying how many hours I work. {-} The society couldn't write one, because nobody knows how many hours I work. {prec}
PARTICIPANT 2: Ha, welcome to the club. {-}
PARTICIPANT 1: If I say no to a shift because it's my week with him, my name kind of drops off the group text for a while. {prec}
PARTICIPANT 3: We've been told the site might not make it past June, and my partner keeps asking if we should still sign the boys up for summer camp. {prec}
PARTICIPANT 4: My grandson's school starts at half past eight, and the sweep starts at seven, so my sister drives in from Langford twice a week to cover. {-}
PARTICIPANT 2: That's a lot of driving. {-}
PARTICIPANT 4: She likes it, she says it gets her out of the house. {-}
PARTICIPANT 2: My partner does nights at the shelter on Pandora, and some weeks we hand the keys to each other on the sidewalk and that's the whole relationship. {-}
FACILITATOR: And do the people you work for know about these family pieces? How does that get talked about?
PARTICIPANT 1: I told the coordinator in September that Thursdays are custody day and she said no problem, and the very next schedule had me on every Thursday of the month. {st}
PARTICIPANT 3: There's apparently a new family leave policy, and I only know because a support worker was grumbling about it by the microwave. {st}
PARTICIPANT 2: Nobody told us the site was opening late on the holiday Monday, so I paid a sitter for three hours of nothing. {st}
PARTICIPANT 4: I put a note in the coordinator's box asking about time off for my grandson's surgery, and it's been two weeks. {st}
PARTICIPANT 1: They plan the whole holiday rota at a managers' meeting, and by the time it reaches us the good days are gone. {st}
PARTICIPANT 3: To be fair, my coordinator texted me the minute she heard the site might close early on Christmas Eve. {-}
PARTICIPANT 2: Christmas Eve, sure. {-} The other three hundred and sixty-four days, we hear about changes from the clients first. {st} I filled out the form for the family leave thing in November, and nobody has told me yet if peers are even covered by it. {st}
PARTICIPANT 3: When my probation appointments moved to Tuesdays, I told the office three times and the schedule never caught up. {st}
FACILITATOR: What about time off, when a kid's sick, or there's something at school?
PARTICIPANT 4: Staff get family days written into their contract, and peers don't get a single one. {ineq} If my grandson's got a fever, I just lose the shift and the pay. {prec}
PARTICIPANT 2: When the program manager's kid had a concert she left at two and nobody said a word, but I left early once for my daughter's graduation video call and got a talking-to about reliability. {ineq}
PARTICIPANT 3: The coordinator got a pay top-up when she had her baby, and when my partner had his surgery I got two days, unpaid. {ineq} Then I came back to a sticky note about coverage. {-}
PARTICIPANT 1: The support workers can bring their kids in on a school pro-d day and park them in the office with an iPad, and when I asked, I got told it's a liability for peers. {ineq}
PARTICIPANT 4: Staff dental covers their kids' braces, and we've got no plan at all. {ineq} I'm paying off my grandson's fillings at twenty bucks a month. {wage} The support workers on my floor make enough to pay for after-school care, and I pay my sister in gas money because that's all I've got. {ineq,wage}
PARTICIPANT 2: The staff here get a cell phone allowance, and I'm calling my daughter long-distance on the same phone the site rings all day. {ineq,res} I've been casual for three years, so there's no maternity leave waiting for me if we ever have another, while the staff get a full year topped up. {prec,ineq}
PARTICIPANT 2: Mind you, the kid thing I don't blame them for. {-} The site's no place for a six-year-old. {-}
PARTICIPANT 1: No, I know. {-} It's just the same rule should be the same rule. {-}
FACILITATOR: Let's talk about money and family. How does the pay stretch?
PARTICIPANT 1: It doesn't. {-}
PARTICIPANT 3: Christmas at our place this year was the hamper from the Salvation Army and a lot of pretending. {wage}
PARTICIPANT 4: My grandson wants to play soccer, and the registration is more than I clear in a week. {wage}
PARTICIPANT 2: I send my daughter forty dollars a month for her phone, and some months that forty is my groceries. {wage}
PARTICIPANT 1: Payday I buy his stuff first, his lunches, his bus pass, and then I eat whatever's left in the cupboard. {wage}
PARTICIPANT 3: My partner works at a warehouse in Saanichton, and between the two of us we still come up short every month. {wage} The welfare worker cut my partner's cheque because my peer pay counted as household income, and it's barely income. {wage,acc}
PARTICIPANT 4: We do library days and the free swim on Saturdays. {-} He doesn't know we go because it's the only thing I can afford. {wage}
PARTICIPANT 2: Kids are tougher than we give them credit for. {-}
PARTICIPANT 1: My son does his homework at the drop-in table sometimes while I finish up, and the regulars help him with his times tables. {-}
FACILITATOR: Has the work itself ever followed you home, into the house?
PARTICIPANT 1: The site calls my own cell at dinner, and half the time my son answers it before I can grab it. {res}
PARTICIPANT 4: There's no locker for our kits at work, so the sharps container sits on top of my fridge where the little guy can't reach. {res}
PARTICIPANT 3: I bought a lockbox with my own money for my naloxone and the spare supplies, because the boys get into everything. {res}
PARTICIPANT 2: The one work laptop never leaves the coordinator's office, so I do my stats on my kitchen table on my daughter's old tablet. {res}
PARTICIPANT 1: [laughter] Fancy. {-}
PARTICIPANT 3: The boys think my naloxone kit is a first aid kit, which I guess it sort of is. {-}
PARTICIPANT 4: And I'll tell you something else, I get up at night to check the little guy is breathing. {sc} I never did that with my own kids. {-} It's the site that does that to you. {-}
PARTICIPANT 3: My partner says I stare at the wall for the first hour after I get in. {sc}
PARTICIPANT 2: By the time I finish a double I've got nothing left for anybody, I can't even follow what my daughter's telling me on the call. {sc}
PARTICIPANT 1: I missed his Christmas concert covering a shift, and honestly I was too wrecked to even feel bad about it until the next day. {sc}
PARTICIPANT 4: I've put on twenty pounds since I started, because I eat in the car between the sweep and the school run. {sc}
PARTICIPANT 1: Between the eviction and the custody schedule, I haven't slept a full night since the letter came. {hous,sc}
PARTICIPANT 3: I haven't had a whole weekend with nobody needing something from me since the summer. {sc}
FACILITATOR: When a call goes badly, who do you end up talking to?
PARTICIPANT 3: My partner. {-} He never signed up to be my debrief, and he's getting a bit worn down by it, to be honest. {db}
PARTICIPANT 1: Two Saturdays ago we lost a young dad in the stairwell, and an hour later I was picking my son up from his dad's with my hands still going, and not one text from work. {db,sc}
PARTICIPANT 4: I'd want to talk to a peer who has kids of their own, because a call with a kid in the room wrecks me in a way I can't explain to somebody without them. {db}
PARTICIPANT 2: Weekends there's nobody on at the office to call, so it all lands on whoever's at home. {db}
PARTICIPANT 3: The one time it went right, the coordinator stayed behind with me for an hour after the baby call last spring, and I think that's the only reason I came back that week. {db}
PARTICIPANT 1: What I'd like is somebody to phone me the next day too, not just the night of, because the next day is when it actually lands. {db}
PARTICIPANT 3: I'd pay out of my own pocket for a peer to talk to, so I could stop bringing the dead home to my kitchen table. {db,sc}
PARTICIPANT 2: What does help is the other peer moms, we've got a group chat and we talk each other down after the bad shifts. {db}
PARTICIPANT 4: Mm-hm. {-}
FACILITATOR: You mentioned a call with a kid in the room. What happens at work when there are kids involved?
PARTICIPANT 4: Last month a mom went down in the lobby and her toddler was in the stroller right beside her. {-} I got her back, but I had no idea what I was supposed to do with the baby while I was doing it. {sk}
PARTICIPANT 2: Whether we're supposed to phone the ministry when there's a kid at a scene, or if that's a staff call, nobody has ever said. {role}
PARTICIPANT 3: I end up minding people's kids in the lobby while the mom's in seeing the nurse, and I'm not sure that's even allowed, let alone my job. {role}
PARTICIPANT 1: There's no rule about whether a peer can bring their own kid to a shift, so it depends on who's on that day. {role}
PARTICIPANT 4: Nobody has ever trained us on what to do when a parent overdoses with a little one in the room. {sk}
PARTICIPANT 2: I would sign up tomorrow for a course on supporting a mom whose kids just got apprehended. {sk} Right now I just sit with her and say sorry a lot. {-}
PARTICIPANT 3: Custody stuff is where I'm out of my depth, I never know what to say when someone's sobbing over a hearing. {sk}
PARTICIPANT 4: One day I'm told not to give parents advice about the ministry, the next day the coordinator sends me a mom because I've been through it. {role}
PARTICIPANT 2: My paystub just says peer, and when the daycare asked what my position was I didn't know what to put. {role}
PARTICIPANT 1: Half my morning last week was helping a couple with their custody paperwork, and I've got no idea if that's even mine to do. {role}
PARTICIPANT 4: I'd like something on paper that says where my job stops, because right now I'm a peer, a babysitter and a ride to court, all in one shift. {role}
FACILITATOR: Where do you send parents when they need help?
PARTICIPANT 3: There's one parenting program in town that takes people on methadone, and the wait is about a year. {acc}
PARTICIPANT 1: The treatment place where moms can bring their kids has three beds for the whole island. {acc}
PARTICIPANT 2: Most of the parents I see don't know they can bring a support person to a ministry meeting. {acc}
PARTICIPANT 4: I'd love a family lawyer who did drop-in hours at the site once a week. {acc}
PARTICIPANT 3: Legal aid turned down my custody application for my own girl because on paper I made too much, and on paper is the only place I make anything. {acc,wage}
PARTICIPANT 1: After the break-in at our old place, replacing my son's birth certificate took four months and money I didn't have. {acc,wage}
PARTICIPANT 2: The daycare subsidy form came back to me twice because there was no pay stub, and we get paid in cash. {acc,ineq}
PARTICIPANT 4: My grandson has started calling the drop-in cook his auntie. {-}
PARTICIPANT 1: The daycare wants a doctor's form for my son, and neither of us has had a family doctor since we moved here. {acc}
FACILITATOR: What about where you live, and whether there's room for kids?
PARTICIPANT 1: My rooming house doesn't let kids stay over, so my weekends with my son are at the McDonald's on Douglas. {hous} And with the letter, I've got a nine-year-old asking me where we're sleeping in May, and I don't have an answer for him. {hous}
PARTICIPANT 3: I can't have my own girl overnight until we've got another bedroom, since the boys already share the only one, and a three-bedroom here costs more than the two of us make together. {hous,wage}
PARTICIPANT 4: Me and the little guy are in a one-bedroom, and I sleep on the pull-out so he can have the room. {hous}
PARTICIPANT 2: The site is a pilot and my hours move every week, so I can't tell my daughter whether she can plan on living with me next year. {prec} BC Housing told me the family list is longer than the singles list, so I'm on both and hoping. {hous,acc}
PARTICIPANT 4: With my building being sold, I keep looking at ads, and every one says no children, no pets. {hous}
PARTICIPANT 3: A mom I work with lost her kids because she lost her place, and she lost her place because the rent went up two hundred. {hous}
PARTICIPANT 2: My daughter wants to come up for the summer, and my place is a bachelor with a hot plate. {hous}
PARTICIPANT 4: Half the families we see at the site are in motel rooms the ministry pays for by the week. {hous}
PARTICIPANT 1: The society took two weeks to confirm my employment for a landlord I was applying with, and by then the place was gone. {hous,st}
PARTICIPANT 3: My rent's been flat for three years, knock on wood. {-}
PARTICIPANT 1: Don't say that out loud. {-}
FACILITATOR: Some of the other groups talked about court dates and probation. Is that part of family life for any of you?
PARTICIPANT 3: I'm on probation until October, and every appointment with my probation officer is a shift I can't take. {crim} And one of my conditions used to be no contact with anybody who uses, which is basically the whole job description. {crim}
PARTICIPANT 4: My son did eighteen months for a little bit of dope, and his boy was three when he went in. {crim} That's how I ended up with the little guy. {-}
PARTICIPANT 2: At the custody hearing in Bellingham, her dad's lawyer brought up a possession charge from before she was even born. {crim} And because of that record, I can't even drive down for her birthday, I watch her blow out the candles on a screen. {crim}
PARTICIPANT 1: My court date on the old breach charge last spring was on a Wednesday, so I lost the day's pay, and the bus fare, and the sitter. {crim}
PARTICIPANT 4: I'm not allowed to go on my grandson's school trips because of my record. {crim}
PARTICIPANT 3: My probation officer wanted proof the naloxone and the rigs in my bag were for work, and there was nothing with the society's name on it that I could show her. {res,crim} In the end the coordinator wrote a letter, but it took three tries to agree on what my job even is. {role}
PARTICIPANT 3: The landlord found out I was on probation, and all of a sudden my lease wasn't getting renewed. {hous,crim}
PARTICIPANT 1: My last probation ended in twenty sixteen and I bought myself a cake. {-}
PARTICIPANT 4: [laughter] Good for you. {-}
PARTICIPANT 2: The court worker at the Victoria courthouse was actually really kind to me, I'll give them that. {-}
FACILITATOR: How do the other people you deal with at work treat you, knowing you're parents too?
PARTICIPANT 4: A paramedic saw my grandson's car seat in the back of my car in the site lot and asked me, really snotty, who let me have a kid. {pr,stig}
PARTICIPANT 1: There's a constable who knew me from my probation days, and at calls he still says my last name like he's reading it off a list. {pr}
PARTICIPANT 3: When I brought a young father into emergency, the triage nurse asked me if I was the one who'd sold to him. {pr,stig}
PARTICIPANT 2: The ambulance crew wouldn't let me ride along with a woman who had a baby at home, and I was the only person who knew where the baby was. {pr}
PARTICIPANT 1: One of the fire guys has a kid in my son's soccer group, and at calls now he actually waits for me to finish before he steps in. {pr}
PARTICIPANT 4: Two cops walked into the site in the middle of a reversal to ask me about my son's case. {pr}
PARTICIPANT 3: [crosstalk] Middle of a reversal. {-}
PARTICIPANT 2: And one of the paramedic supervisors did come by on a quiet night to ask what we'd want them to do differently, which nobody had ever asked. {pr}
PARTICIPANT 4: The nurse on the maternity ward let me stay with a mom from the site through the whole birth, and thanked me after. {pr}
PARTICIPANT 2: My daughter says she wants to be a paramedic now, which I think is great. {-}
PARTICIPANT 4: A sergeant told me at a call that my son went to jail because of junkies like me handing out rigs. {pr,stig}
FACILITATOR: And outside work, at school, with other families, how do people see what you do?
PARTICIPANT 1: At a birthday party one of the dads asked if my job is a volunteer thing or if it pays. {comm}
PARTICIPANT 4: My grandson's teacher asked me to come in for career day, then emailed a week later to say they had enough parents. {comm}
PARTICIPANT 2: The family court counsellor had never heard of an overdose prevention site, and I had to explain it's an actual paid job with shifts. {comm}
PARTICIPANT 3: My partner's parents tell their friends I work in an office, because a peer worker sounds too much like trouble. {comm}
PARTICIPANT 1: It would mean something if kids learned about peer workers at school the same way they learn about the fire department. {comm}
PARTICIPANT 4: My grandson told his whole class I save people who are dying, and the teacher changed the subject. {comm}
PARTICIPANT 3: The parent advisory council wrote to the society asking us not to walk past the school on our rounds, like our vests are the danger. {comm}
PARTICIPANT 1: When I put peer worker on my son's emergency contact form, the school office phoned to ask what company that was. {comm}
PARTICIPANT 3: My partner's ex uses my job against us in mediation, says a house with an overdose worker in it isn't safe for kids, like I'm the one using. {comm,stig}
PARTICIPANT 2: Honestly the parents at my daughter's school don't think about me at all, and that's fine by me. {-}
FACILITATOR: And what about being judged for using, in your family life?
PARTICIPANT 3: At my review with the ministry, the worker asked if I was still using before she asked how the boys were doing. {stig}
PARTICIPANT 4: My own sister won't leave her kids with me overnight, and I've been clean longer than her youngest has been alive. {stig}
PARTICIPANT 2: Wait, the sister from Langford. {-}
PARTICIPANT 4: [laughter] No, the other one, I have three. {-}
PARTICIPANT 1: At school pickup I keep my sleeves down, even in June. {stig}
PARTICIPANT 3: My partner's brother calls me the junkie when he thinks I'm out of the room. {stig}
PARTICIPANT 1: When my son got in a scrap at recess, the principal said kids copy what they see at home, and she was looking right at me. {stig}
PARTICIPANT 2: The pharmacist here won't let my partner pick up my prescription for me, because he says that's how people divert. {stig}
PARTICIPANT 4: Some of the other grandmas at the park are lovely, mind you. {-}
FACILITATOR: Inside the society, does anyone ask how you're managing with family?
PARTICIPANT 2: I suggested a space at the site for moms who come in with babies, and the manager smiled and went to the next item on the agenda. {resp}
PARTICIPANT 4: When the drop-in had the family barbecue in the summer, the peers were on the grill and the cleanup while the staff sat with their kids. {resp,ineq}
PARTICIPANT 1: I got told talking about my son at work is oversharing, and meanwhile the nurse has her kids' pictures taped all over her desk. {resp,ineq}
PARTICIPANT 3: After my partner's boy was in hospital, my supervisor came by the ward with a colouring book for him, and I'll remember that a long time. {resp}
PARTICIPANT 2: When my daughter came up to visit and I brought her to the office, the coordinator went and locked the petty cash. {resp,stig}
PARTICIPANT 1: They keep telling us this job is good for our recovery, like it's a program we're in and not work we do. {resp}
PARTICIPANT 3: Yeah, exactly. {-}
PARTICIPANT 1: In four years nobody at the society has once asked how my son is doing, and they all know the nurse's twins by name. {resp}
PARTICIPANT 4: When I asked if peers could do a family day like the staff retreat, I got told peers should focus on their own stability first. {resp}
FACILITATOR: What would make the job easier on your families?
PARTICIPANT 1: A work phone, honestly, so my kid stops answering overdose calls at the dinner table. {res}
PARTICIPANT 2: A letter on the society's letterhead, something I can pull out at the border or at court that says this is my job. {res}
PARTICIPANT 4: Our ID is a card with our names in marker in a plastic sleeve, and the sheriff at the courthouse laughed when I showed it to him. {res}
PARTICIPANT 3: A locked cupboard at the site, so I'm not taking work supplies home to a house with two boys in it. {res}
PARTICIPANT 1: We don't even have a car seat in the van, so I can't drive a mom and her baby to the clinic. {res,acc}
PARTICIPANT 2: Schedules a month ahead. {prec} That's it, that's my whole wish list. {-}
PARTICIPANT 4: Parenting stuff built into the training, like how to talk to a kid whose mom just went down. {sk}
PARTICIPANT 3: The grief workshop at the friendship centre last fall gave me words I use with the boys now, and with the people at the site. {sk} The parenting course probation made me take taught me more about calming people down than anything work ever offered. {sk,crim}
PARTICIPANT 2: The only naloxone training my daughter ever got was from me on a video call, and I honestly wasn't sure I was explaining it right. {sk}
PARTICIPANT 1: A course on talking to teenagers about using, because more and more of the kids coming in are my son's age in a few years. {sk}
FACILITATOR: Any last thoughts on family before we stop?
PARTICIPANT 3: Just that I keep the job and the home in two boxes, and the boxes leak. {sc}
PARTICIPANT 2: If the supply weren't poison, I'd sleep better knowing my daughter's at those high school parties. {crim}
PARTICIPANT 4: Moms are going to keep hiding it till it's too late, as long as using is something the ministry and the cops can take your kids over. {crim}
PARTICIPANT 1: I'd like one Sunday a month where nobody needs me, not the site, not the group text, just me and him at the beach. {sc}
PARTICIPANT 4: My partner passed a few years back, so it's just me and the little guy. {-}
PARTICIPANT 2: Oh, I didn't know that, I'm sorry. {-}
PARTICIPANT 4: It's okay. {-} We do pancakes on Sundays, that's our thing. {-}
PARTICIPANT 3: The boys would live on pancakes if you let them. {-}
PARTICIPANT 1: Mine too. {-}
FACILITATOR: Thank you. That's the end of the recording.
""",
))

# Victoria, group 2: speaker-then-timestamp header lines (`P3  4:12`), text below,
# saved by Windows Notepad as "Unicode" (UTF-16 with a byte-order mark), typographic apostrophes.
GROUPS.append(Group(
    id="victoria-2", site="victoria", date="2019-03-05",
    files=[("victoria-2_transcript.txt", "txt_speaker_ts")],
    smart_quotes=True,
    encoding="utf-16",
    script=r"""
FAC: Alright, it's recording. Thanks for being here, everyone. Same rules as always: P5 to P8, no names, say as much or as little as you like.
P6: Is the heater on? {-} It's freezing in here. {-}
FAC: I'll turn it up. Okay. So let's start with what's changed since the overdose emergency was declared, for you as workers.
P5: Everything. {-} Before, I was doing harm reduction supplies and some outreach. {-} Now I'm basically a first responder who gets paid like a volunteer. {wage,role}
P8: We're the first responders nobody counts. {comm} When they put out the numbers, it's paramedics, fire, police. {comm} Never the peers who got there first. {comm}
P7: Mm-hm. {-}
P6: And the calls are heavier now. {-} It used to be you'd see somebody go down once in a while, now it's every shift. {sc}
FAC: How are people holding up?
P7: Honestly? {-} I'm tired all the time. {sc} I feel like I'm sixty and I'm thirty-eight. {sc}
P6: I've been off for two weeks with my back, from lifting a guy who went down on the stairs. {sc} And that's unpaid. {-}
P8: I think we're all running on fumes. {sc}
FAC: What would help people recharge?
P5: Time off that's actually paid. {ineq} That's the big one. {-}
P7: Something fun. {-} A team day, bowling, a barbecue, anything that's not about death. {sc}
P8: [laughter] Bowling, yes. {-}
P6: And a place on site where you can just sit for five minutes after a bad one, with the door closed. {sc}
FAC: Do you get to talk about the hard stuff with anyone?
P8: Each other. {-} That's all we've got. {-}
P5: And it's not fair to dump it on each other, because everybody's already full. {db,sc}
P7: We need someone outside the team but still a peer. {db} Somebody who can debrief us properly, who's trained for it. {db}
P6: Yeah. {-}
FAC: Let's talk about other organizations. When you call another agency, how does it go?
P5: It depends if they know the society. {-} Some places hear our name and they get it. {comm} Other places, you can hear them roll their eyes over the phone. {comm}
P7: I called a detox intake to refer a guy and they asked if there was a clinician I could put on. {comm,acc} I'm like, I've been doing this longer than you've been alive. {comm}
P8: The hospital social workers won't take our referrals. {comm,acc} It has to come from a doctor or a nurse. {acc}
FAC: So getting people into services is hard. What about for you yourselves?
P6: For us too. {-} I don't have a family doctor. {acc} I've been on the list for two years. {-}
P5: Same. {-} I go to the walk-in, and the walk-in looks at my chart and treats me like I'm there for pills. {stig,acc}
P7: I need my status card replaced and I don't even know where to start with that. {acc}
P8: It would be amazing to have somebody who knows all that stuff. {acc} Like a navigator, just for peers. {acc}
FAC: Okay. How about what the job actually is? Is it clear?
P6: [laughter] Next question. {-}
P8: It's not clear, no. {-} Even here, where everybody's a peer, nobody wrote it down. {role}
P5: I've got a title on my pay stub that says program assistant, and a job I do that's about six different jobs. {role}
P7: And I don't love the word peer either, when we're out. {role} People hear peer and think, oh, so you're a user. {role,stig}
FAC: What would you call it instead?
P7: Outreach worker. {-} Harm reduction worker. {-} Something that says what I do, not what I did. {role}
P6: I like peer. {-} I'm proud of it. {-} But I want it to mean something, like, a peer is a professional. {role}
FAC: What about having things like business cards or ID?
P5: We had cards once, a few years ago. {res} They ran out and never got reprinted. {-}
P8: A photo ID would be good for the pharmacy runs. {res} The pharmacist always wants to know who I am before they'll give me the kits. {res}
P6: And a proper bag. {-} I carry everything in a backpack with a broken zipper. {res}
FAC: Are people here on contracts?
P7: Some of us. {-} Mine's until the end of March. {-} After that, who knows. {-}
P5: I don't have one. {-} I'm casual, I pick up what I can. {prec}
P8: I had a contract that ended and they forgot to renew it, so for two months I was working without one. {prec}
FAC: Is the pay enough?
ALL: No.
P7: [laughter] Unanimous. {-}
P8: We're at just over minimum, and minimum in this province is a joke with what rent costs. {wage,hous}
P6: I've got a second job, cleaning offices at night. {wage} So I do this all day and then I go clean toilets till midnight. {wage,sc}
FAC: And how about training?
P5: I want de-escalation. {sk} People are so much more agitated with the new stuff going around. {sk}
P7: And self-defence. {sk} I got punched last month, a guy coming out of an overdose, he didn't know where he was. {sk} I didn't blame him, but I wish I'd known how to position myself. {sk}
P8: Communication, like writing reports and stuff. {sk} I know what happened, I just freeze up writing it down. {sk}
P6: I'd want the mental health one too. {sk}
FAC: How do the police treat you in Victoria?
P8: Better than they used to, honestly. {-}
P5: Some of them. {-} Some of them still call us the drug people. {pr,stig}
P7: I've had an officer try to take my sharps container as evidence. {pr,crim} Evidence of what, that I'm cleaning up? {-}
FAC: Does the law make your job harder?
P6: Every day. {-} People are scared to call 911 because the police come too, so they call us instead, and we're not always close enough. {crim}
P8: And every time someone gets arrested, they lose tolerance in jail, and they come out and they overdose. {crim} We see it every week. {-}
FAC: How do you think stigma plays into all this?
P5: It's underneath all of it. {-} Everything we've talked about, the pay, the respect, the housing, it's because people think drug users don't deserve better. {stig,wage,hous}
P7: Even my own family. {-} My mom still introduces me as her son who had some trouble. {stig}
P8: [crosstalk] Same with my brother. {-}
FAC: Before we wrap up, I want to go back to something P5 said right at the start, about being a first responder who gets paid like a volunteer. How do the folks who run the society, the office side, see the work you do?
P5: I mean, the front line is all peers, but upstairs it's people with degrees who've never used. {-}
P8: And they decide things up there and we find out from the clients. {st} Last month a guy at the window told me our hours were changing before anybody in the office did. {st}
P7: I've stopped bringing ideas to them. {resp} I suggested moving the supply run to the morning, when people are actually awake, and I got a smile and a pat on the shoulder. {resp}
FAC: Is there a regular way for the front line and the office to talk?
P8: There's a meeting every second Thursday at two in the afternoon, right when we're on the floor, so it's a staff meeting with none of the staff in it. {st}
FAC: Do you know what's expected of you from one day to the next?
P5: Honestly, no. {-} One week I'm told to stay inside and do the supply counts, and the next week somebody asks why I wasn't out walking. {role}
P8: I've been here two years and I've never seen a piece of paper with my duties on it. {role} So when something goes sideways, it lands on me, because nothing says it wasn't mine. {role}
P7: There's a policy binder up in the office that we're not allowed to bring downstairs, so I've never actually read it. {role,st}
FAC: You said your contract ends in March, P7. What's the feeling about that?
P7: Three weeks. {-} I've got three weeks left and not one person has said a word to me about April. {prec,st}
P5: The grant comes through at the eleventh hour and then everyone acts surprised that we were nervous. {prec}
P8: I already filled out an application at a grocery store, just in case. {prec}
P6: When you're casual, one bad week of flu and your hours just go to whoever showed up. {prec}
FAC: And the money itself. Everyone said no earlier, it's not enough. What does that look like over a month?
P6: By the last week of the month I'm counting out bus fare in nickels. {wage}
P5: Some days my lunch is whatever's left over from the client breakfast. {wage} I'm not proud of it, but that's where the peer rate gets you. {wage}
P8: And I'm on disability, so if I pick up too many shifts they take it straight back off my cheque. {wage}
P5: Plus my hours are never the same two weeks in a row, and on this pay there's nothing left over to cover a short week. {prec,wage}
P7: The outreach team from the health authority walks the exact same route as us. {-} They've got a pension, a car and a union, and we've got bus tickets. {ineq}
P6: The receptionist upstairs makes more than me, and she's never touched a naloxone kit. {ineq}
P5: Upstairs they get mileage when they drive to a meeting. {ineq} I walk forty minutes to a shift and that's just my problem. {ineq}
FAC: You mentioned the pat on the shoulder. Do you feel valued by the society?
P6: By the clients, yes. {-} By upstairs, it depends on what they need from us that day. {resp}
P8: When the funders came for a tour, they had two of us put our vests on and stand by the door like props. {resp}
P5: Then the next morning we're back to scrubbing the bathroom because the cleaning contract got cut, and funny how nobody upstairs got handed a mop. {resp,ineq}
P7: To be fair, the new coordinator bought everybody lunch after that bad weekend in February. {resp}
P6: Once. {-}
FAC: Let's stay with that bad weekend, or any hard day. What happens after?
P6: Heat pack, couch, and the news with the sound off. {sc}
P7: Last Saturday a guy went down in the alcove behind the bottle depot, took two doses and came around swinging. {-} Twenty minutes later I was restocking the cupboard and nobody had said a word to me about it. {db} I didn't sleep that night, I just lay there hearing him gasp. {sc}
FAC: Who would you want to talk to, in a moment like that?
P8: Not the employee assistance line. {db} I called it once and the lady kept asking if I'd considered a different career. {db}
P5: Someone who's been in the alley. {db}
P6: Or even just the manager coming down the stairs to ask how we are. {db} Five minutes, it wouldn't kill her. {-}
FAC: You talked about the police earlier. What about paramedics and the ER?
P8: The paramedics are fine until we get to the hospital. {pr} Then the triage nurse talks right over my head, like I'm a friend who tagged along for the ride. {pr}
P5: I gave a full report once, times, doses, everything, and the doctor turned and asked the paramedic to repeat it. {pr}
P6: There's one fire crew out of the station by us that's great, though. {pr} They drop off their leftover coffee sometimes. {-}
P7: [laughter] Bribery. {-}
FAC: And the law side of it?
P5: I carry a letter in my bag that says I'm allowed to have all these kits on me. {res,crim} I've unfolded it for officers on Pandora more times than I can count. {crim,pr}
P6: One of our regulars has a no-go area that covers the only pharmacy that'll dose him his methadone. {crim,acc}
FAC: Let's stay with the people you serve for a minute. When someone's ready for help, what gets in the way?
P7: The wait for a treatment bed on this island is longer than most people stay ready. {acc}
P5: And if somebody's wallet got taken while they were sleeping rough, that's their ID, their care card, everything, gone. {acc}
P8: I spent a whole afternoon on hold with income assistance for one lady, and they hung up on us at four. {acc}
P7: And the housing list, forget it. {hous,acc} You can't refer somebody to a building that doesn't have an empty room. {hous}
P8: Plus people treat them like they're faking. {stig} At the pharmacy counter you can watch them decide what kind of person you are. {stig}
FAC: Does that judgement land on you too, as workers?
P5: The guy across the hall from me saw my work lanyard and started locking his bike inside. {stig,comm}
P6: My doctor asks if I'm using every single time I bring up my back. {stig}
P7: Once you've been on the other side of the counter, people never let you all the way back. {stig}
FAC: What about the wider community? Do people in Victoria know what peer workers do?
P5: The downtown business group thanked the city for the cleanup last summer. {comm} The city! {-} We picked up every one of those rigs. {comm}
FAC: And anything on skills or equipment that we didn't get to before?
P8: Training on the new test strips. {sk} We hand them out, and I couldn't tell you for sure how to read a faint line. {sk}
P6: [laughter] And a van that starts in the rain. {res} That's not training, I know. {-}
P8: Are there any more of those muffins? {-}
P6: [laughter] He's had three. {-}
FAC: Before I let you go, and before P8 finds more muffins, there's one thing we haven't touched at all. When a new peer joins the team, what does their first month actually look like?
P8: We had a young woman start in January, and for her first week she just shadowed me on the morning walk. {-} Nobody upstairs had told me she was coming, I found out when she turned up at the door with a folder of forms. {st} She was staying at the shelter on Pandora the whole time she was training with us. {hous}
P5: My whole orientation was a binder, a fire exit map and a box of naloxone, and then I was on the floor. {sk} That was back at the old site, before the move. {-}
P7: Nobody sat down with me to say this part is yours and that part belongs to the nurses. {role} I started the same month the old coordinator left, so it was a bit of a circus. {-}
FAC: How did her first few shifts go?
P8: There were three overdoses on her second shift, and all three came around with one dose. {-}
P6: The first time the paramedics came in, she froze, and one of them actually let her finish the breaths and told her she'd done it right. {pr} It was a guy we see most days at the bottle depot. {-}
P5: She didn't get a lanyard for six weeks, so she was out on the street with nothing to show she worked here. {res} The staff support worker they hired the same week as her had his photo badge by Wednesday. {res,ineq}
FAC: Did anyone check on her after those first calls?
P8: Us. {-}
P5: If you come back in from a bad one, you go find one of the peers, because nobody from the office is going to come looking for you. {db}
P7: After my first death on the job I rode the bus home and didn't say a word about it to anyone, because there was nobody to say it to, and I didn't sleep for two days. {db,sc}
P6: The counsellor comes in on Wednesdays and runs a group for the clients in the back room. {-} She's lovely, but none of us are going to unload on the same person our regulars cry to. {db}
P7: What I wanted back then was somebody who'd buried friends too, to sit with me for ten minutes and not write anything down. {db}
FAC: How was she treated by the rest of the staff, that first month?
P5: [crosstalk] She was handed a spray bottle and told to wipe down tables on day one, while the support worker got a tour and a welcome card. {resp,ineq}
P6: And that support worker started at three dollars an hour more than I make after four years here, and I'm the one who trained him on the floor. {ineq}
P8: The new support worker got a staff email on his first morning, and I've been asking for one for two years so I can see what's going on. {st,ineq}
P7: When I said new peers should shadow us for a month instead of reading the binder, the program manager said she'd think about it, and that was in October. {resp}
P5: The only time I've felt like part of the team here was when the director asked me to sit in on interviews for the new hires. {resp}
P6: Yeah, that was a good day for you. {-}
FAC: When you think about what the job actually is, how do you explain it to somebody new?
P6: She asked me if she's allowed to walk somebody up to the clinic on her own, and I honestly couldn't tell her yes or no. {role}
P5: On the org chart we're one box at the bottom labelled peer team, with no names in it and no line going up to anybody. {role}
FAC: How do you all find out about changes now?
P7: They changed the sign-out sheet for the naloxone last week, and the only way I knew was that my initials got crossed out. {st}
P6: We do a quick huddle at the start of every shift to go over who's around and who's been barred. {-}
P8: The program manager is away at a conference in Vancouver until Tuesday, so the coordinator's running things this week. {-} And there's been a police car parked across the street all week, something to do with the bank next door. {-}
P5: When I do ask the manager something, she answers in a paragraph of funder words and I walk away knowing less than before. {st}
FAC: And how are you all doing yourselves these days?
P7: I wake up at three most nights and check my phone to see who didn't make it. {sc}
P6: I switched to days in the fall, mostly because the bus schedule works better for me. {-} By Thursday my body is done anyway, I sit in the shower until the hot water runs out just to feel something let go. {sc}
P5: I took Sunday off and watched the hockey game at my nephew's place. {-}
P8: I'm fine most days, honestly. {-} But I've started forgetting to eat on shift, and my sister noticed I'd dropped weight before I did. {sc}
FAC: Outside of work, how do people take it when you tell them what you do?
P7: At my church they ask when I'm going to get a real job, like this is a hobby I picked up. {comm} My sister's the only one who gets it, she volunteered at a shelter for years. {-}
P8: The youth shelter won't take a call from us about a kid unless a social worker phones back to confirm it. {comm,acc}
P6: A tourist asked me once if I was doing community service for a court order. {comm}
P5: If the people taking pictures of the Legislature spent one Saturday night in our alley, they'd stop thinking we just hand out rigs. {comm}
P8: The new girl told me her mom thinks this job is just her way of staying close to the drugs. {stig}
FAC: Does the pay work for someone who's just starting?
P6: Pay day is every second Friday, and a few of us usually grab fries on Yates after. {-} It's kind of a tradition now. {-}
P5: Her first two weeks of peer pay didn't even cover her phone bill and a bus pass. {wage}
P7: And they bring most new peers on for a three-month pilot, so by the time you've trained somebody the money's gone and so is she. {prec}
FAC: Last one. If you could change one thing about how new peers start, what would it be?
P6: A sheet of paper that spells out what our job is, signed by somebody upstairs. {role} And the dental van schedule, because nobody told me where it parks for three years. {acc}
P8: A real overdose course before they ever go out alone, not three months in. {sk} One of our newer guys can't even do the walk past the courthouse because of his conditions, so they need to know the routes too. {crim}
P7: A standing spot for a peer at the Thursday staff meeting, so we stop hearing everything secondhand. {st}
P5: Ask the new ones what they already know from the street, instead of treating them like they showed up empty. {resp}
P8: [laughter] She brought banana bread on her first day, which is how you win me over. {-}
FAC: I want to use the time we have left for something new. This winter some of you were asked to speak in public, one at a city council meeting and a couple at the health authority planning day. How did that come about?
P6: The council one came through our coordinator, somebody at city hall emailed asking for a peer voice on the overdose report. {-} I said yes before I really thought about it. {-} Then I lay awake most of that week going over it in my head. {sc}
P8: The planning day invite went to the office a month ahead, and we heard about it two days before, when somebody upstairs needed bodies in chairs. {st,resp} Every one of these invitations lands in an inbox none of us can open. {st}
P5: I only found out the society had been asked to present at council when I saw the agenda pinned up in the kitchen. {st}
P7: I went to the planning day with P8. {-} I'll say this, the food was good. {-}
P5: [laughter] Priorities. {-}
FAC: Let's start with council. P6, what was it like getting ready?
P6: Nobody showed me how any of it works, when you stand up, how long you get, who you're supposed to look at. {sk} I've talked a guy down off the railing of a parkade, but three minutes at a podium had my knees knocking. {sk}
P5: There are public speaking courses at the college, somebody should have sent you on one. {sk}
P6: I can't afford a three hundred dollar course on what this place pays me. {sk,wage}
P8: I'd take a course like that in a heartbeat if the society covered it. {sk} She practised on us in the kitchen three times and it got better every time. {-}
P6: Upstairs gets a whole day of prep before they present anywhere, and I got twenty minutes in the hallway. {ineq} Then they sent my speech back with the part about my rent crossed out, no explanation. {st,resp}
P7: Wow. {-}
P6: I borrowed a blazer from my cousin because I couldn't buy one. {wage} I wore my good shoes too and regretted it by the second hour. {-}
FAC: What did you end up saying to council?
P6: I talked about the Sunday I found two people in the same doorway on Cormorant, one blue and one already gone. {-} I wanted them to understand that half the people we bring back have nowhere to go after, so they walk straight back to a tent. {hous} Then I told them about my own place. {-} The building got sold and the new owner says he's renovating, and I've got until the end of April to get out. {hous}
P7: Wait, you're being kicked out? {-}
P6: Yep. {-}
P5: That's the third person on this team to lose their apartment since the summer. {hous}
P6: I've started looking at rooms out in Langford, and even out there a room costs more than I clear in two weeks. {hous,wage}
P5: I told a councillor at the break that my own landlord would have me out if he knew what I do for work. {hous,stig}
FAC: How did council respond?
P6: One councillor thanked me for my courage, and then they went straight on to a parking bylaw. {comm} I felt like a sad story they wanted on the record, not somebody who actually knows those streets. {comm}
P8: They love a recovery story, as long as you're clean now and a bit teary about it. {stig}
P6: A councillor asked me, very kindly, whether I was still using, in front of the whole chamber. {stig} Nobody asks the fire chief about his drinking, it's only people like us who get asked that in public. {stig}
P5: Half of them didn't know the society pays people to do this, they thought we were volunteers from the shelter. {comm}
P7: At least they listened. {-}
P6: Some of the questions were fair, I'll give them that. {-} And a woman in the gallery came up after and gave me her card, she runs a food program in Fernwood. {-} The chamber is a lot smaller than it looks on TV. {-}
P5: I watched it online from the drop-in, and the feed kept freezing. {-} The meeting started at six and you didn't get called until almost ten. {-} One councillor grew up in Victoria West, she knew the block we work on. {-}
P6: By the time I got home my whole body was shaking, and I was off the next two days. {sc}
P5: After a day like that you're too wiped to cook, and it's not like anybody on our pay can just order takeout. {sc,wage}
FAC: Were you paid for your time at council?
P6: The housing manager from the society spoke at the same meeting on the clock, and I was there on my day off for nothing. {ineq} And I gave up a cleaning shift to be there, which meant I was short on groceries that week. {wage} When staff from the society present, their names and titles go on the slides, and on mine it just said peer speaker. {ineq,role}
P5: Everybody else at that microphone was on salary, and the peer is the only one expected to show up for a coffee card. {ineq}
P8: See, that's the part nobody thinks about. {-}
P7: If the society wants a peer at every table, it can start with a living wage. {wage}
FAC: P6, what happened after you spoke? Was anybody there for you?
P6: I sat on the steps outside city hall for an hour. {-} I kept wishing somebody from the team had come, just so I'd have someone to talk it through with. {db} Our supervisor texted me a thumbs up, and that was the whole check-in. {db}
P7: If you're going to ask a peer to stand up and relive the worst night of their life, you'd better have someone waiting for them after. {db}
P5: When P6 got back we all sat in the van with the heater on and let it all come out, because that's the only debrief any of us ever get. {db}
P6: Telling the doorway story to strangers brought it all back, I was jumpy for days. {sc}
FAC: Was there anything about getting into the building?
P6: The commissionaire at the door saw the sharps container in my bag and waved over an officer who was there for the meeting. {pr} He asked if I was on any conditions before he'd let me go upstairs. {crim,pr} All I had to show him was my bus pass, because we've never had photo ID. {res}
P5: I've told them a hundred times, a laminated card with the logo on it would save us so much grief. {res}
P7: The cops on the downtown beat are mostly decent with me now, I'll be honest. {pr}
P8: Mostly. {-}
P5: I turned that council invite down, because I'm on probation until June and I didn't want my face on the city's video. {crim}
P7: I've got a record too, so I thought twice before I put my real name on the sign-in sheet at the hotel. {crim} Once it's online, somebody googles you and it sits right beside the word drugs forever. {stig}
P5: The man behind me in the gallery muttered about junkies getting a microphone now. {stig}
FAC: Let's go to the health authority planning day. What was that like?
P7: It was at a hotel by the harbour, round tables, coloured sticky notes, the whole thing. {-} There were about sixty people there, maybe more. {-} They opened with a video that had a lot of sad piano music in it. {-}
P8: We rode the bus over together, which was actually kind of nice. {-} We were the only two people in that room without a job title on our name tags. {res,role} Everybody else was a manager of something, and ours said peer and nothing else. {role}
P5: At least you got a name tag, the staff from our place had photo lanyards and the peers got a sticker with a first name in marker. {res,ineq}
P6: I'd have worn that tag proudly, honestly. {-}
P7: I don't mind the word peer, I mind that nobody can tell you what a peer actually does. {role} On the program they had us down as peer representatives, like we were there speaking for the clients. {role} At my table a director kept explaining overdose to me like I'd never seen one. {comm} The slide about community partners had the logos of twenty groups on it, and ours wasn't one of them. {comm}
P7: When I said peers need a raise, a manager from another agency told me we should be grateful to be working at all. {wage,comm}
P8: At my table there was an emergency room nurse who turned out to be great. {pr} She said the ER never sees what happens before the ambulance shows up, and she wants us to come in and do a talk for her unit. {pr}
P5: Good luck getting the ER to listen to a peer for a whole hour. {pr}
P8: She used to work in Nanaimo, she knew a couple of the same people I do. {-}
P7: A fire captain came over to shake my hand, he remembered me from the night of the fire on Douglas Street. {pr}
P8: The ambulance crews sat at their own table, and not one of them came over to meet us. {pr} And the cop who searched me last spring was up there giving a talk about building trust, and he looked right through me. {pr,crim}
FAC: What did you put on the sticky notes?
P7: I wrote housing first on about nine of them. {hous} You can't plan an overdose response in a city where the shelters are full by eight at night. {hous}
P5: [laughter] Sticky notes everywhere, it sounds like a kindergarten classroom. {-}
P8: It was mostly about clients, but I snuck our stuff onto the wall anyway. {-} I put up that we need somebody to talk to after a death, someone who isn't a stranger reading from a script. {db} And I put up oximeters, because we still judge breathing by the colour of somebody's lips. {res} The nurse asked what kind of oxygen we carry, and I had to say none. {res}
P8: Half the people we serve would need a doctor, a piece of ID and a bed before any of that plan ever reaches them. {acc,hous}
P7: I wrote one about safe supply and the facilitator moved it to a corner labelled out of scope. {crim} Apparently the drug laws are out of scope in a room full of people planning for overdoses. {crim}
P5: [laughter] Of course they are. {-}
P6: The poison in the supply is the whole reason we're here, and they want to talk about signage. {crim}
P8: If you want to plan for overdoses, start with the fact that carrying a point is still a crime. {crim}
P5: Half the deaths I've seen were people who used alone because they were scared of getting picked up. {crim}
P7: The facilitator was pretty good at keeping people on track, to be fair. {-} There was a big map of every service in the region, and I didn't know about half of them. {acc}
P8: The nurse at my table offered to fast-track a wound clinic referral for one of our regulars, which tells you how hard it is to get one any other way. {acc,pr}
FAC: Did you feel ready for a day like that?
P7: They kept saying things like logic model and deliverables, and I was looking words up on my phone under the table. {sk}
P8: I'd like some training on how to tell your story without it wrecking the rest of your week. {sk,sc}
P5: The one useful course the society ever sent me on was a two-day media workshop, and I still use what I learned there. {sk}
P8: And I didn't know if I was there for the society or for myself, because nobody said. {role}
P7: A man at my table asked me what a peer worker is, and I gave him three different answers in one minute. {role}
P5: Nobody can tell me whether speaking at these things is part of my job or a favour I'm doing them. {role}
P6: If it's part of the job, write it into the job description and pay for it. {role}
FAC: How did you feel afterwards?
P7: I went home and slept fourteen hours straight. {sc}
P8: Eight hours of smiling at people in lanyards wore me out worse than a double on the floor. {sc} The policy person next to me got paid for the day and a parking pass, and I have to hand in my bus receipt and wait a month to get it back. {ineq}
P7: Staff had the planning day counted as a work day, and we had to put in for it as a day off. {ineq}
P5: When staff go to one of these things, they come back to their desk, and when I go my shift just goes to somebody else. {ineq,prec} Every time I say yes to one of these, I worry my casual shifts will go to whoever covered and never come back. {prec}
P6: My hours at the society dropped the week after council, and nobody will say if it's connected. {prec,st}
P7: I was sitting there helping plan their five-year strategy, and I don't know if I'll have a job in April. {prec}
P8: They kept mentioning a pilot that ends in the fall, and I realized half the peers in the region are paid out of that same pot. {prec}
P6: The health authority talks about sustaining peer programs and then funds them six months at a time. {prec}
P8: You don't say what you really think at a table like that when you're casual and your next shift depends on who likes you. {prec}
P5: Nobody on this team has anything in writing past the end of the summer. {prec}
FAC: What happened when you got back to work?
P7: Monday morning nobody upstairs asked what we'd heard, even though we were the only two from the society in that room. {resp}
P8: The report came out last week. {-} Our manager sent it round to the staff, and I only saw it because the nurse from my table emailed it to my personal account. {st} And not one line from the peers made it into the health authority's plan. {comm}
P6: Upstairs told council the peer team was consulted on that report, and not one of us ever saw a draft. {st,resp}
P5: They wanted our faces in the photos, not our words in the plan. {comm}
P7: When I told my supervisor what the tables came up with, she said that's nice and changed the subject. {resp}
P8: My coordinator did say she was proud of me, which I wasn't expecting. {resp}
P5: We're good enough to send out as the face of the place, but not good enough to sit in when they set our schedule. {resp,st}
P6: I've stacked chairs after more community meetings than I've been asked my opinion at. {resp}
P8: I had to leave the planning day at three to make my shift, because nobody upstairs thought to take me off the schedule. {st}
P7: After the planning day I walked straight into a call behind the library, a woman down by the bus shelter, and nobody asked me a thing about either one. {db,sc} The manager picked who went to the planning day and never explained how, so half the team figured we'd been picked as favourites. {st}
FAC: What would you want to be there the next time someone asks you?
P7: A work phone, for a start. {res} The nurse wanted my number and I had to give her my personal one. {res}
P6: Council wanted slides, and there isn't a single computer downstairs I could make them on. {res} I'd want a proper ID card and a bit of coaching before I ever go back to council. {res,sk}
P5: I'd hand out a business card at these things if anybody had ever printed me one. {res}
P8: And somebody to call after, a peer who's done it, because it takes more out of you than people think. {db} I lost a friend the week before the planning day and nobody at work even knew, because nobody asks. {db,sc}
P7: The health authority has a critical incident line, but you get a recording and then a callback three days later. {db} And honestly, I haven't had a real holiday since I started here, not one. {sc}
P5: I get migraines now on the days after a bad run of calls. {sc}
P6: Some help with my housing application too, since I've apparently got a captive audience. {hous,acc}
P8: What we really need is someone in the office whose whole job is helping peers with housing forms and disability paperwork. {hous,acc}
P5: Mine's been sitting with BC Housing since before I started this job. {hous}
P8: I'm still in a single room with a hot plate, nine years now, and the bathroom down the hall hasn't locked since Christmas. {hous}
FAC: Did any of what you said come back around to the people you work with?
P5: My daughter thinks I'm famous now because somebody shared the clip on Facebook. {-}
P6: A few of the regulars were proud when they heard, one guy asked for a copy of my speech. {-}
P8: Most of my regulars don't care about council, they care whether the van shows up. {-}
P7: The clients on my route are some of the funniest people I know, for the record. {-} A guy came to us last week wanting detox, and the earliest intake they could give him was after Easter. {acc}
P5: You can't apply for anything now without an email address, and half our people haven't got one. {acc}
P6: I asked council why there's no clinic open downtown past five, and nobody had an answer. {acc}
P5: My own doctor retired in December and nobody took over his patients. {acc}
P7: A guy we know did forty days for a breach, and he was dead the weekend he got out. {crim}
P5: Half the people in that room have never been searched on their way to work, and I've been searched twice this year with a bag full of kits. {crim} My cousin can't cross the border to see his kids because of one charge from the nineties. {crim}
P8: At the planning day an inspector talked about supporting harm reduction, and that same week his guys took a whole kit off a woman on Johnson Street. {crim}
FAC: How about how the public sees you now?
P6: A business owner spoke right after me at council and called our drop-in a magnet for trouble. {comm}
P7: At the hotel the front desk watched us the whole day, like we were going to walk off with the cutlery. {stig}
P8: My sister asked why I'd tell the whole city I used to shoot up. {stig}
P5: Once people know you've used, they stop hearing what you say and just hear addict. {stig}
P6: My neighbour saw me on the local news and waved at me from his balcony. {-}
P5: Politicians come and go, and the alley stays exactly the same. {-}
P8: Spring's coming, so the alleys will get busy again. {-}
FAC: And the pay, does it come up when you're in those rooms?
P8: One of the health authority slides said peers are paid a fair wage, and I laughed out loud. {wage}
P5: I make sixteen an hour with a kid at home, you do the math. {wage}
P8: My disability and my peer pay together still don't get me to the last week of the month. {wage}
P7: Nobody at that table had ever had to choose between a bus pass and groceries. {wage}
FAC: Would you do it again?
P6: I'd do it again if they asked, I think. {-} But next time I want the prep, the pay and somebody waiting on the steps. {-}
P7: Same. {-}
P8: I've been doing this job four years and I still like it, even on days like that. {-}
P7: Next year they're supposed to hold the planning day in Duncan. {-}
P5: [laughter] Then they can pay for the bus. {-}
FAC: We've got a bit of time left, so I want to open one more thing. P7 mentioned the health authority team having a union. Has joining a union, or starting one, come up among the peers here?
P8: It came up in November, out back after a long shift, and it hasn't gone away since. {-}
P5: Somebody's cousin works in the hospital laundry, and she passed us the number for an organizer. {-}
P7: I'll be honest, my first thought was that no union on earth wants a bunch of drug users on its books. {stig}
P6: My dad worked at the mill in Port Alberni, so I grew up hearing about the union at the supper table. {-} He'd be laughing at me now. {-}
FAC: How did that first conversation with the organizer go?
P8: She met four of us at the library on Broughton, in one of those little glass rooms you book for an hour. {-} The first thing she asked was where we worked, and when I said the society she wanted to know if we were on some kind of work program for clients. {comm}
P5: To be fair to her, most people in this town think we're volunteers. {comm}
P7: Then she asked for everyone's job title, and we just sat there looking at each other. {role}
P6: Half of us are program assistants on paper and the other half don't have anything on paper at all. {role}
P8: She said it's hard to bargain for a job that's never been written down, so step one is a description. {role}
P5: It's embarrassing, trying to tell a stranger what your job is when nobody's ever told you. {role}
P6: She brought a tin of shortbread, though. {-}
P8: [laughter] Gone in ten minutes. {-}
FAC: What did people want out of it, if it happened?
P6: Paid sick days like the support workers get, first thing. {ineq} When I was off with my back, a support worker who sprained her wrist the same month got paid the whole time, and I got a get-well card. {ineq}
P5: Money, plain and simple, because I'm borrowing from my sister by the twentieth of every month. {wage}
P7: For me it's something in writing, so they can't let a contract run out and call it a budget thing. {prec}
P8: I'd want a rule about who gets the extra shifts, instead of whoever the coordinator happens to like that week. {prec}
P5: Staff have a steward sitting beside them when they get written up, and a peer gets called upstairs alone. {ineq}
P7: Yeah. {-}
FAC: How did the society react when it heard?
P7: Two days after the library, a memo about third-party organizations went into every staff mailbox, and not one copy came downstairs to us. {st}
P8: I read it over a support worker's shoulder, because peers don't get a mailbox. {st,ineq}
P6: Then the director came down to the floor for the first time since summer and talked to us like kids who'd been caught smoking behind the gym. {resp}
P5: She said the society is one big family. {-} Funny kind of family, where half of it drives to work and the other half can't afford the bus. {ineq,wage}
P7: And then she said, very sweetly, that with all our challenges a union might not be the right fit for people like us. {stig,resp}
P6: I swear she looked at my arms when she said challenges. {stig}
P8: To be fair, the coordinator pulled me aside after and said she'd stand behind whatever we decided. {resp}
P5: Which I appreciated. {-}
FAC: Did anyone sign a card?
P5: I signed mine on the hood of the organizer's hatchback in the lot behind the drop-in. {-} I'm casual with a kid at home, so I sat on it for three days first, because if upstairs finds out my hours could just quietly dry up. {prec}
P7: I didn't sign. {-} Not yet. {-} I'm in the last stretch of my contract, and putting my name on a card right now feels like handing them an excuse. {prec}
P6: The card wanted a home address and a phone number, and I'm not sure I'll have either by May. {hous}
P8: I gave the drop-in as my address, because the mailboxes in my building have been pried open since last winter. {hous}
P7: When she read back the names from the other sites, three of them had no fixed address beside them. {hous}
FAC: What worried people about signing?
P5: My probation says I can't associate with anyone who has a record, and half the room at that meeting had one. {crim}
P8: [laughter] So now it's a conspiracy. {-}
P7: Mine's old, but the society runs record checks on new hires now, and I wonder if a union would even fight that. {crim}
P6: They hired us because we've lived it, and now there's a form that wants a clean record to keep doing it. {crim}
P8: A guy at the other site had his check come back flagged, and they told him he's off the schedule until it clears. {crim,prec} He was the best one they had with the youth, too. {-}
P5: When cops have been running your name on the street for twenty years, signing it on anything makes your stomach drop. {crim}
FAC: Let's talk about the floor. What would you bargain for, on the job itself?
P6: Radios that work past the second floor, for a start. {res} Last week I was in the stairwell with a guy going grey, shouting for help down the stairs because my radio was dead. {res}
P8: Our only oximeter is one we begged off the clinic nurses, and the battery cover is held on with tape. {res}
P6: Nobody's ever shown me how to read the thing properly either, I clip it on and hope the number means something. {sk,res}
P5: A winter jacket with the logo on the back, so I look like I'm working and not just some woman wandering around with a backpack at midnight. {res}
P7: The support workers get a clothing allowance for boots and rain gear, and we walk the same alleys in our own runners. {ineq,res}
P6: Staff have lockers in the back office, and I carry my whole life around in one bag all shift. {ineq}
P7: The outreach phone has a cracked screen, and it only gets charged if somebody remembers to bring a cable from home. {res}
P6: And photo ID, so I'm not pulling a pay stub out of my pocket to prove I work here. {res}
P5: I use the flashlight on my own phone for the alley sweeps, and it's dead by ten. {res}
P8: Our sharps bucket for the walk is an old peanut butter jar with a hole cut in the lid. {res}
P7: [laughter] Extra crunchy. {-}
FAC: And training? Would a union help there?
P8: The organizer said people in her other locals get paid time for courses, which would be a first for us. {sk}
P5: My first aid ticket expired in January, and I'm still doing compressions on a card that's out of date. {sk}
P7: I'd sign up for steward training in a second, because if someone got written up tomorrow I'd have no idea what to say in that room. {sk}
P6: Honestly, I don't know how to read a contract. {-} I'd sign whatever they put in front of me. {-}
P8: What I really want is a course on the benzos being cut into the down, because naloxone doesn't touch them and people stay under for hours. {sk,crim}
P7: I'd put mental health first aid on the list, because I'm still guessing whether someone's in crisis or just hasn't slept since Thursday. {sk}
P5: I'd never chaired anything in my life, and now I'm running a meeting with twelve people talking over each other. {-}
P8: She did a little workshop on how to talk to co-workers about signing, and it's helped me with clients who are getting worked up too. {sk}
FAC: How are you holding up, with organizing on top of the work?
P6: The meetings are at night after a full shift, and then there's my cleaning job, so some nights I'm getting four hours of sleep. {sc}
P5: [laughter] I fell asleep on the bus home after the last one and woke up in Esquimalt. {sc}
P8: It's good for me, in a weird way. {-} For the first time in a while it feels like we're building something instead of just mopping up after. {-}
P7: I've been grinding my teeth so hard my jaw clicks, and I can't tell if it's the calls or the worrying about April. {sc,prec}
P6: We lost a regular the Sunday before the second meeting, and I went anyway and didn't hear one word anybody said. {sc}
P8: When a regular dies, nobody upstairs says his name on Monday, let alone asks how we're doing. {db}
P5: When the nurses at the site lose somebody, their union sends a support person the same day, and nobody has ever been sent for us. {db,ineq}
P7: If I could bargain one thing, it'd be a paid hour after a death with somebody who's sat on a curb holding a cold hand too. {db}
P6: My coordinator sat with me on the back steps for twenty minutes after we lost the young guy in the laundry room, and it's the only time anyone has. {db} I'd take that over the six free counselling sessions with a stranger they keep advertising on the lunchroom fridge. {db}
P8: After the meeting where everybody told their worst call, we sat in the parking lot till midnight because nobody wanted to go home alone with it. {db}
P5: The only debrief I got after the overdoses at Christmas was my kid asking why I was crying at the sink. {db,sc}
P7: I'd want it in writing that after a death you get the rest of the shift off and somebody phones you the next day. {db,sc}
P8: I've had a cold since January because I can't take a day to shake it. {sc}
P7: I started swimming at the Crystal Pool on Sunday mornings, and it's the only hour of the week my head goes quiet. {sc}
FAC: You mentioned the nurses. How do the other professionals you work beside see you, or see the union idea?
P8: A paramedic at a call on Herald Street saw the union pamphlet sticking out of my bag. {-} He said his local fought for years for the same things we're asking for, and told me to stick with it. {pr}
P5: Meanwhile the cops who found that same pamphlet when they searched my bag asked if I was organizing, like it was a drug ring. {crim,pr}
P6: The hospital security guards are union too, and they still watch me like I'm the one they're guarding the place from. {pr}
P7: A nurse at the sobering centre told me she'd write a letter of support if we needed one. {pr}
P8: Same shift, a different nurse asked me to go get her a coffee while she finished writing up the overdose I'd brought in. {pr} On Friday the fire crew let me keep bagging a guy while they set up, which almost never happens. {pr}
P6: The police liaison came by the site in January and asked what we needed from them, and then nothing happened. {pr}
FAC: What about the rest of the staff here, the support workers who are already union?
P6: Two of the unionized support workers came to our second meeting, and that meant more to me than any memo. {resp}
P5: One of them told me straight out that his seniority could slip if we got in, and he wasn't thrilled. {-}
P7: Another one said, right out loud in the kitchen, that the union won't want junkies on the dues list. {stig,resp}
P8: He apologized the next day. {-} Sort of. {-}
P5: The support workers climb a pay grid every year they stay, and there's no grid for us, just one number forever. {ineq}
P6: When they stay late it's overtime, and when we stay late it's called being a good peer. {ineq} When a support worker messes up it's a conversation, and when I do it's a letter in my file. {ineq}
FAC: Does money come up much in those meetings?
P8: The dues scared me, because on what I make, even twenty bucks a month is my phone bill. {wage} And I'm on disability, so if a union raise pushes me over the earnings limit, I'd be working more hours for the same money. {wage}
P5: Somebody worked it out on a napkin, and a living wage in Victoria is about five dollars an hour more than we get. {wage}
P7: I've pawned the same guitar every other month since Christmas. {wage}
P5: My kid's class trip was forty dollars and I had to say no. {wage}
P6: The new owner of my building doesn't care that I save lives, he cares about the first of the month. {hous}
P5: [laughter] We agreed the first thing we'd bargain for is lunch. {-}
FAC: Did housing come up as something a union could help with?
P6: I asked the organizer if a union could do anything about me being put out at the end of April, and she just looked sad. {hous}
P8: Some of the locals she works with help members with damage deposits, apparently. {hous}
P7: It's hard to care about grievance procedures when your stuff is in three different friends' basements. {hous}
P5: Bylaw was waking people up in the park at seven every morning all winter to pack up their tents, and a couple of them were peers from the other site. {hous}
P8: One of those guys keeps his work bag in his tent, and when they swept the spot on Pandora it went in the truck with everything else. {hous}
P7: That's rough. {-}
FAC: Does the law come into it? Anything a union could or couldn't touch?
P7: A union can get you a raise, but it can't get your name out of the police computer. {crim}
P6: No contract in the world changes what's cut into the dope this month, and that's what's killing people. {crim}
P5: I'd love a clause that says if I get stopped on the way to work with a bag of kits, somebody from the society shows up, instead of me explaining myself on a curb till half my shift's gone. {crim}
P8: The organizer said her union has come out for decriminalization, which is more than our own board has ever said in public. {crim}
P7: The union has a legal advice line for members, and I've never had a lawyer who wasn't duty counsel on the day. {acc,crim}
FAC: If you did get in, what would change about how you're treated day to day?
P7: Right now anybody upstairs can hand us anything, the laundry, the dishes, walking a client's dog. {resp,role}
P6: With a job description you could at least point at a piece of paper and say that one isn't mine. {role}
P5: Last month I got told to move the van, which I'm not insured for and nobody ever said was part of my job. {role}
P8: I'd just like them to say good morning when they walk past the desk. {resp}
P7: The week after we signed, the coordinator started asking for our ideas at the morning huddle, so something's working. {resp}
P6: I'll believe it when it lasts past March. {-}
FAC: Has it changed how you hear things from the office?
P8: They've started texting the schedule to our personal phones, which is something, but now it comes in at eleven at night. {st}
P5: I only found out the board had hired a lawyer about the union because the organizer told us. {st}
P6: They sent out a survey on workplace culture as an online link, to people who don't have work email. {st} Nobody told us the board was even discussing us, we read about it in the minutes three weeks later. {st}
P7: Any question we ask at the huddle gets the same answer, we can't talk about that right now. {st} The director and I had a real talk in the stairwell last week, first one in a year. {-}
FAC: And the people you serve, do they know about any of this?
P8: [laughter] A few regulars asked if we were going on strike, and one offered to walk the picket line with us. {-}
P5: Most of our folks just want to know the door opens at nine. {-}
P6: The guy who sweeps the sidewalk out front every morning wanted a pamphlet for himself. {-} A woman we see every day told me she'd love a union job someday, and then asked if I could help her get her ID back so she could apply anywhere. {acc}
P7: She can't get a new birth certificate unless somebody pays the fee and she has somewhere it can be mailed. {acc}
P8: Yesterday I walked a man to the sobering centre, then detox, then emergency, and he ended the night back in the same doorway. {acc,hous}
P5: There isn't a treatment bed on this island that'll take somebody on methadone and benzos at once, and I've called every one of them. {acc} A union plan would be the first dental coverage I've ever had, and I haven't seen a dentist in six years. {acc}
P6: I've had a cracked molar since October, and the free clinic only takes walk-ins two mornings a week. {acc}
FAC: How have people outside work taken the idea?
P5: My brother heard about it and said, so now the junkies want pensions. {stig}
P8: When I told the guy at the corner store I'd been at a union meeting, he laughed and asked if it was an NA meeting. {stig}
P6: The labour council had never heard of peer workers, they thought it was a mentoring program for teenagers. {comm}
P5: That letter to the editor last month asked why taxpayers fund addicts handing out needles, and never mentioned those same addicts brought back four people that weekend. {comm,stig}
P6: A man at the bus stop read our flyer and asked who on earth pays drug users to work, like it was a scam. {stig,comm}
P8: If other unions started calling us workers out loud, I think the city would have to start too. {comm}
P7: The organizer's newsletter ran a piece on us, and it's the first time I've seen it in print that peers are a workforce. {comm} It was two pages, with a picture of the drop-in door. {-}
FAC: It doesn't sound like everybody's sold on it. What are the arguments against?
P6: I'm not against it, but I've seen unions protect the wrong people too. {-} At my night job the union has never once set foot in the building, I just see the dues come off my cheque. {-}
P7: Some of the older peers think we should just be grateful, because ten years ago this job didn't exist at all. {-}
P5: A union isn't going to change who gets sent to mop up vomit in the front entrance. {resp}
P8: I disagree, because right now when I say no to the worst jobs there's nobody standing behind me. {resp}
P5: My real worry is that the union writes a job description that somebody with a social work degree fits better than me. {role,prec}
P8: If they start asking for diplomas, half this team is out the door. {prec}
P7: The memo said to bring any questions to management, and it didn't say who management is for us. {st,role}
P6: And some people just don't want their name on any list, full stop. {-}
FAC: Have you talked with peers at other places about it?
P8: A peer group up in Nanaimo tried last year, and it fell apart when their funding got moved over to a new agency. {prec}
P5: The peers at a site in Vancouver said their biggest win was a locked room with a couch where you can sit after a bad call. {sc}
P7: They got name badges and a real title over there before they ever got a raise. {res,role}
P6: A woman from an agency in Duncan phoned me for advice on running a naloxone training, and it hit me that nobody's ever properly trained me. {sk}
P8: Apparently the paramedics up there invite the peers to their training nights. {pr}
P5: I'd like to do a ride-along with an ambulance crew sometime, just so they know our faces. {pr}
P7: Around our own block, the other agencies didn't even know our site had staff, they figured the peers were clients hanging around. {comm}
FAC: What are the meetings themselves like?
P6: They're in a church hall on Quadra, with those orange plastic chairs that stack. {-}
P8: The organizer rides her bike everywhere, even in the pouring rain. {-}
P5: Somebody's kid drew a fist on the bottom of the sign-in sheet. {-}
P8: My grandfather was a longshoreman, he'd have liked her a lot. {-}
P7: She brought pizza to the last one, and I took two slices home in a napkin for breakfast. {wage} I've got fifteen years in this work and I still clear less than my nephew at the car wash. {wage}
P5: I kept my sleeves pulled down the whole meeting, out of habit. {stig}
P6: I asked if the union could help any of our regulars with disability applications, because the forms run forty pages and half of them should be on it. {acc}
P8: A couple of cops walked through the block on Tuesday, and nothing came of it. {-}
P7: Honestly, our regulars are sharper about money than anyone gives them credit for. {-}
P5: My rent didn't go up this year, which feels like a small miracle. {-}
FAC: Where do things stand now?
P6: The organizer said casuals can be part of the bargaining unit, which I didn't know, and that's most of us. {prec}
P8: Our funding gets renewed one year at a time, so anything we win could disappear with the grant. {prec}
P5: Somebody heard the society might just hand the whole peer program to another agency if we go through with it. {prec}
P7: We need about two more cards to get over the line. {-}
P5: The vote would probably be in the spring, if it happens. {-}
P8: I'm going to keep asking people, quietly. {-} It's the first time in a long time I've felt like we had a say in something. {-}
P6: Same. {-}
FAC: We're almost at time. Anything we missed?
P6: Just that we love the work. {-} We do. {-} We just need people to have our backs. {-}
FAC: Thank you, that's a good note to end on.
""",
))

# Victoria, group 3: a Word document holding a two-column table (Speaker | Text).
GROUPS.append(Group(
    id="victoria-3", site="victoria", date="2019-03-12",
    files=[("victoria-3_table.docx", "docx_table")],
    script=r"""
Facilitator: Okay, so this group is a bit different, because you all work at the shelter, where most of the staff don't have lived experience. So I'm especially curious how that mix works. We'll go by P9, P10, P11, P12.
P9: Mix is a nice word for it. {-}
P10: [laughter] Oil and water. {-}
Facilitator: Tell me about that.
P10: So, the staff are the staff, and we're the peers, and you feel it every single day. {ineq} They've got the office, the computers, the keys, the lunchroom. {ineq} We've got a cupboard with our coats in it. {ineq,res}
P12: The cupboard. {-} I forgot about the cupboard. {-}
P11: When I started they literally didn't give me a key to the building. {ineq,res} I had to buzz in every time, like a guest. {ineq,resp}
P9: Like a resident. {-}
P11: Like a resident, yeah. {-} It took me six months to get a fob. {ineq}
Facilitator: How does that make you feel about your place there?
P9: Second class. {ineq,resp} Like they hired us because the funder said they had to. {resp}
P12: A token. {-} We're in the pictures for the annual report, and then we're back on garbage duty. {resp}
P10: Mm-hm. {-}
Facilitator: How do decisions get made at the shelter?
P12: In rooms we're not in. {-}
P11: The staff have a daily handover, and the peers aren't part of it. {st,ineq} So I'll walk onto my shift and nobody tells me that the guy in bed twelve had a seizure last night. {st} That's dangerous. {-}
P9: Or that somebody's been barred. {-} I let a guy in, he was barred the day before, and I got in trouble for it. {st} How was I supposed to know? {-}
P10: It's like they don't trust us with information. {st,resp} Like we'll gossip, because we're from the street. {st,stig}
Facilitator: Have you raised it with management?
P10: I have, in the staff meeting I got invited to once. {st} They wrote it on the flip chart and that was the last I heard of it. {st,resp}
P11: They listen, they nod, they don't change anything. {resp}
Facilitator: What about pay and benefits, compared to the staff?
P9: We make about sixty percent of what a shelter worker makes. {ineq,wage} Same shift, same floor, same people. {-}
P12: And we don't get the extended health. {ineq} My glasses broke in January and I'm still wearing them taped. {ineq,wage}
P11: When the staff do overtime, it's time and a half. {ineq} When we stay late because there was an overdose at shift change, it's "thanks for staying." {ineq,wage}
P10: [laughter] Thanks for staying. {-} Can I pay my rent with a thanks for staying? {wage,hous}
Facilitator: Does it ever feel like you're treated differently as people, not just in pay?
P9: Oh yeah. {-} If a staff calls in sick, it's a sick day. {ineq} If I call in sick, someone asks if I'm using. {ineq,stig}
P12: That's exactly it. {-} Every mistake we make, it's because we're peers, because we're users. {stig,resp} Their mistakes are just mistakes. {-}
P11: One of the managers searched my locker once. {stig,resp} Nobody else's. {-} Mine. {-}
Facilitator: That sounds really hard.
P11: It was humiliating. {-} I almost quit. {-}
Facilitator: What keeps you there?
P10: The residents. {-} They trust us in a way they'll never trust the staff. {-}
P9: I was one of them, six years ago, in the same shelter. {hous} Now I'm on the other side of the desk. {-} That means something. {-}
Facilitator: Do you have job descriptions?
P12: They gave me the staff one with some lines crossed out. {role,ineq} Literally crossed out with a pen. {-}
P11: I've never seen one. {-}
P10: My role changes depending on who's short. {role} Some days I'm doing intakes, and the next day I'm told I'm not allowed to look at the intake forms because of confidentiality. {role,st}
Facilitator: What about training at the shelter?
P9: The staff get training days. {ineq,sk} We're not invited, because we're not staff. {ineq,sk} Then they blame us for not knowing the protocol. {sk,resp}
P12: I asked to go to the trauma-informed [inaudible] workshop and they said it was full. {sk,ineq} It wasn't full. {-}
P11: I'd really like to learn more about mental health crises. {sk} We've got people coming off stimulants, paranoid, and I don't always know how to bring it down. {sk}
P10: And CPR. {sk} My certification lapsed. {sk} I'm scared of doing it wrong on someone. {sk}
Facilitator: How about relations with the paramedics and the police at the shelter?
P12: The paramedics go straight to the staff. {pr} Even if I'm the one who did the response, they'll walk right past me and ask the staff person what happened. {pr,resp}
P9: And the staff person wasn't even there. {-} They were in the office. {-}
P11: The police come in for warrant checks sometimes. {crim} Everyone scatters, and then people use in the stairwell where we can't see them. {crim}
Facilitator: Is there anything from outside work that makes the job harder?
P9: Where I live. {-} I'm in a converted motel, and there's been two fires this year. {hous} You come to work not having slept. {hous,sc}
P10: My income assistance worker doesn't understand that the peer money is irregular. {acc,prec} Every month I have to explain it, and every month the cheque is late. {acc}
P12: I'd love help with that stuff, the forms, the phone calls. {acc} Somebody who knows how it all works. {-}
Facilitator: And what do you do to take care of yourselves?
P11: [laughter] I smoke. {-} Is that self-care? {-}
P10: I go to my grandkids' place on Sundays. {sc} That's my reset. {-}
P12: I don't do anything, and I know it's catching up with me. {sc} I've had chest pains. {sc} I haven't seen anybody about it. {-}
P9: We all need a break. {sc} A proper one. {-}
Facilitator: Is there any support after difficult incidents?
P10: The staff get a debrief with the manager. {db,ineq} We get sent back to the floor. {-}
P9: I've asked to sit in on the debriefs. {db} They said it was for staff. {-}
Facilitator: Last question, what's one thing that would make the biggest difference?
P11: Equal pay for equal work. {ineq}
P12: Being in the handover. {-}
P9: Being treated like a colleague. {resp} That's all. {-}
P10: [laughter] A key. {-} Just give me a key. {-}
Facilitator: Before we wrap up, I want to go back to something P11 said, about almost quitting. What happens on a really bad night at the shelter, and who's there for you afterward?
P11: Last winter we had two people go down in the same washroom within an hour. {-} The staff on shift did the incident report and went on break, and I was the one who mopped the floor. {resp} Nobody said a word to me about it until my next shift. {db}
P10: What I'd give for one person on nights who's been where we've been, just so you can say it out loud to somebody. {db}
P9: The staff have an employee assistance line they can call after a bad one, but peers aren't covered by it. {db,ineq} So we talk on the bus home. {db}
P12: I sit in my car for ten minutes and have a good cry, and then I go back in. {sc} Nobody on staff has ever asked why my eyes are red. {db}
Facilitator: How do you find out about new rules or changes in the shelter?
P12: Sticky notes on the office window, facing in. {st}
P10: [laughter] Facing in. {-} That one gets me every time. {-}
P11: They moved curfew from eleven to ten, and I spent a whole night arguing with residents about a rule I'd never heard of. {st}
Facilitator: And the other way around? When you pass something on, does it get heard?
P10: I told the night supervisor a guy was talking about ending it, and she said she'd make a note and went back to her screen. {resp,st}
P12: They want our street smarts when it suits them. {resp} When somebody's kicking off in the lobby, all of a sudden it's go get the peer. {resp}
P9: Mm-hm. {-} Or when the toilet on two overflows. {resp}
Facilitator: Has anyone ever sat down with you and explained what your job actually is?
P9: No. {-}
P10: I'd been letting residents into the storage room for months before somebody wrote me up for it, and that was the first I heard it wasn't allowed. {role,st}
P11: Some nights I'm a cleaner, some nights I'm a counsellor, some nights I'm the bouncer. {role}
P12: On my pay stub I don't even have a job title, it just says peer in brackets. {role}
P9: I'd like it written down, even one page. {role}
Facilitator: What about your shifts? Do you know what you're working from week to week?
P10: The schedule goes up Friday afternoon for the week starting Monday. {prec} Sorry, I'm getting worked up. {-}
P11: My hours got cut to two shifts a week in February, and the only explanation was budget. {prec}
P12: Half our positions come out of a pilot grant that ends in the fall. {prec} And I heard that from a resident's case worker, not from my own manager. {st}
P9: I keep my resume updated, put it that way. {prec}
Facilitator: How far does the pay go?
P9: My paycheque is gone on rent before the fifth, and that's for a room with a shared bathroom. {wage,hous}
P10: I still pick up bottles on my days off. {wage} Don't laugh. {-}
P11: [laughter] Nobody's laughing, I've seen you at the depot. {-} I'm there Sundays myself. {-}
P12: For the community meetings we get a ten-dollar grocery card, and they run three hours. {wage}
P9: I'm on disability, and past a certain amount every extra shift is basically for them, not me. {wage}
Facilitator: And compared to the staff?
P11: The casual staff who started last month already make more than I do, and I've been here two years with nothing in writing. {ineq,prec}
P10: They get mileage when they drive a resident to emergency. {ineq} I take the bus with the resident and pay my own fare. {ineq}
P12: They get their birthday off. {-} Mine's next week, if anyone's asking. {-}
Facilitator: Let's talk about the people you're sending residents to. What's that like?
P12: Every time someone is ready for detox it's a three-week wait, and nobody stays ready for three weeks. {acc} I'm not blaming the detox people, they're swamped. {-}
P9: I've been helping one woman with her supportive housing application since October, and every month they lose another page. {hous,acc}
P10: The ID clinic runs Tuesdays for two hours, and if you miss it, you miss it. {acc}
P11: Residents ask me about legal aid and honestly I don't know where to send them. {acc} The number on the poster in the lobby has been disconnected since summer. {acc}
Facilitator: And the police and paramedics who come through?
P12: The ambulance crews here are decent with us now, a couple of them even stop in for coffee on slow nights. {pr}
P11: An officer came in looking for a resident and asked for my ID too, like he could smell where I came from. {pr,stig} I had no badge to show him, just the shelter shirt. {res}
P10: At the Jubilee the nurse took my notes on the overdose and thanked me, which honestly made my week. {pr}
P9: [crosstalk] That nurse is the exception. {pr} Most of them look right through you at the triage window. {pr}
P11: And half our residents have conditions that keep them out of downtown, which is exactly where we are. {crim}
P10: The supply's worse than ever, we had three residents drop on one batch the week it hit. {crim}
Facilitator: How does the rest of Victoria see what you do?
P10: My neighbour asked if the shelter pays me in bus tickets. {comm}
P12: The business association wants us out sweeping the sidewalk every morning, like that's what we're there for. {comm}
P11: People still call our place the junkie hotel, and they mean us too, not just the residents. {comm,stig}
P12: My son doesn't want me at his school concert in case somebody recognizes me from the old days. {stig}
P9: You slip once and in their eyes you're back to square one forever. {stig} I don't even argue with it anymore. {-}
P10: At the pharmacy they stand there and watch me swallow, every single time. {stig}
Facilitator: What training would you want, if you could ask for anything?
P10: A lot of our residents are Indigenous, and I'd want real cultural safety training, not the one video they showed us. {sk}
P12: And proper practice with the breathing mask, because right now I hold it on and hope. {sk}
P11: Just don't make it a Saturday. {-} Saturday is market day. {-} And while they're at it, one flashlight for bed checks with batteries that work would be nice. {res}
P9: I haven't had a full week off since I started, by the way, so add a vacation to the list. {sc}
P12: [laughter] Did anybody see the orcas off Ogden Point last week? {-}
Facilitator: Before we finish, there's one thing that comes up a lot for peers that we haven't touched. What's it like when someone you knew from before, a friend, family, somebody you used with, walks in as a resident?
P11: It happens more than you'd think, Victoria's a small town that way. {-}
P9: My cousin checked in last spring, and I was the one doing her bed assignment. {-}
P12: For me it was a guy I used to play pool with at the Legion, years back. {-} He's doing great now, he's got his own place out in Esquimalt. {-}
Facilitator: Is there a policy for that, working with people you know?
P10: If there's a rule about it, nobody has ever shown it to me. {role}
P11: One supervisor told me to swap off my buddy's floor, and the next supervisor said don't be silly, so I just guess. {role}
P9: And when my cousin got barred, the staff stood back and sent me to walk her out the door, like that's the job they keep us around for. {resp} I lay awake that whole night staring at the ceiling. {sc}
P10: A couple of the residents still call me by my old street name, which I honestly don't mind. {-} When one of them gets into it with another resident, I'm the one asked why I didn't stop it, and nobody ever told me that was on me. {role}
P11: The staff see that history as a risk, like any day now we'll be slipping somebody a point under the table. {stig,resp}
Facilitator: Has anyone on staff ever talked with you about how to handle it?
P12: Not once in two years. {-} The day my ex came in, I did his whole intake with my hands shaking, and nobody so much as asked how I was after. {db}
P10: What I'd want is a peer from another shelter I could phone on a night like that, somebody who's had their own family walk in. {db}
P9: The case managers have clinical supervision once a month for exactly this kind of thing, and peers aren't on the list. {db,ineq}
P11: The counsellor from the mental health team does a drop-in for residents on Mondays. {-} There's no drop-in like that for those of us on the floor, so after a bad one you fold it up and put it in your pocket. {db}
Facilitator: Let's talk about winter. What happens on the extreme weather nights, when the mats come out?
P10: We go from forty beds to sixty-five mats in the dining room, and it's loud until about three in the morning. {-}
P12: The call comes from the city, usually by early afternoon. {-}
P9: Whether I work those nights depends on the thermometer, so in a mild February my hours just disappear. {prec}
P12: The manager sends the extreme weather plan around by email, and none of the peers have a work email, so I find out which room I'm in when I walk through the door. {st}
P11: The staff who get called in for it get a meal allowance, and we get whatever's left from the residents' dinner. {ineq}
P10: [laughter] The leftover shepherd's pie is actually pretty good. {-}
P9: Those nights I'm running on coffee from six at night to eight in the morning, and by the third in a row I'm seeing double. {sc}
P12: By March my back is wrecked from stacking mats, and there isn't one chair on the floor where a peer can sit for five minutes. {sc}
P10: The only radio stays in the office with the staff, so if somebody goes down on the mats I'm yelling down the hall. {res,ineq}
P11: We had three overdoses on the mats that week, and everybody came around. {-} The nurse from the outreach team comes by around ten to look at people's feet. {-} She always asks me first what I've seen on the floor, before she goes to the staff. {pr}
P9: I'd never done wound care in my life, and there I was holding gauze on an abscess for forty minutes waiting for her. {sk}
P12: That woman had been turned away from the walk-in twice because she didn't have a care card. {acc}
Facilitator: What's it like outside the shelter on those nights?
P10: The police car sits across the street most nights in winter, it's just part of the view. {-}
P11: Half the people on the mats had conditions or warrants, so they'd wait in the cold until the cruiser pulled away before they came in. {crim}
P12: Bylaw came through the park at seven in the morning and took people's tarps while I was out there with the coffee cart. {hous}
P9: The neighbours on our block dropped off a whole box of wool socks with a note addressed to the peer team. {comm}
P10: Is anyone else freezing in here, or is it just me? {-}
Facilitator: [laughter] I'll see about the heat. Last one. If you could sit down with the staff for an hour, no managers in the room, what would you want them to understand?
P11: That when I warn them a resident is about to blow, they should believe me instead of checking with another staff first. {resp}
P9: That half the time we can't follow what they want from us, because they write the care plans in words none of us use. {st}
P12: That we're not the residents' friends and we're not their guards either, and I'd like somebody to put down on paper what we are. {role}
P10: That I ran a restaurant kitchen for twenty years before all this, so they can stop showing me how a mop works. {resp}
P11: [laughter] Nobody on that floor mops like this one, I will say that. {-}
P12: And when they put the med room on a keypad, the code went out in a staff text and not one peer was on it. {st,ineq}
P9: One of the newer staff asked me to co-lead the Thursday house meeting, and it was the first time in two years I felt like part of the team. {resp}
P10: A peer shift doesn't cover my bus pass and a week of groceries, and I've done the math. {wage} Payday is the fifteenth and the last day of the month, same as everybody. {-}
Facilitator: And people outside the shelter, what do they make of the work?
P11: When I phoned the outreach agency about a resident's bed, the woman asked which program I was a client of. {comm}
P12: A man at my church told me it's nice they give people like me something to do. {comm,stig}
P9: My landlady tells her friends I volunteer at a soup kitchen, because she can't get her head around it being a paying job. {comm}
P10: I picked up two extra shifts in January, which was nice for a change. {-} After a run of nights I usually sleep most of Sunday, and that's fine by me. {-}
P11: Our manager came over from the hospital about a year ago, and she's still learning the building. {-}
Facilitator: Before we close, one more thing I've been hearing about. The shelter program is moving into a new building across town this year. What's that been like for you so far?
P12: I heard about the move from a resident, weeks before anybody on staff said a word to me. {st} She'd read it in the Times Colonist. {-}
P10: Same, except mine was a guy at the bus stop. {-}
P11: It's going up off Burnside, out past Tillicum, about forty minutes from here on two buses. {-}
P12: Both buses run every fifteen minutes in the daytime, at least. {-}
P9: Honestly the building itself looks nice, big windows, a real kitchen with a walk-in cooler. {-} It used to be a care home, so every bathroom has one of those pull cords. {-}
Facilitator: What have you been told about how the move will work?
P10: Nothing, and the staff had a whole planning day for it last month that not one peer was asked to. {st}
P12: Somebody printed the new floor plan for the staff binder, and when I asked for a copy I was told it wasn't final. {st}
P9: I asked my supervisor straight out whether the peer positions are coming with the program, and she said she'd get back to me. {prec,st} That was in November. {-}
P11: Nobody can tell me if my shifts even exist in the new building. {prec}
P10: I'd like it in writing that the peer jobs move with the program, and what those jobs actually are. {prec,role}
Facilitator: So there's uncertainty about the jobs themselves?
P11: Big time. {-}
P9: The way I heard it, the new place runs on a different funding stream, and the peer positions weren't written into it. {prec}
P10: I've been through two program moves before, at other agencies, and both times the peers were the ones who didn't make the trip. {prec}
P12: Maybe that's just rumour. {-} Rumours go around that place faster than the flu in January. {-}
P10: Right now I'd sign anything they put in front of me, if it said I still had a job in June. {prec}
P11: My manager's been doing her best with it, to be fair, she's as much in the dark as anyone. {-}
Facilitator: What about getting there, practically?
P9: From my place it's two transfers, and I already count out change for the bus as it is. {wage}
P11: The night shift finishes at eight, and on Sundays the first bus out there isn't until after nine. {-}
P12: The staff are getting parking passes for the new lot, and the peers got a printout of the bus routes. {ineq}
P10: I don't drive anyway. {-}
P11: I gave up my car two years ago because I couldn't keep up the insurance on what this job pays. {wage}
P9: My mother lived out that way when I was a kid, so at least I know the area. {-}
P12: I've never minded a long ride, I just put my audiobooks on. {-}
Facilitator: Where are you all living, relative to the new building?
P9: I'm in a co-op in James Bay that I waited nine years to get into, so I'm not moving closer for anybody. {hous}
P10: I'm on a friend's couch in Fernwood until the end of the month, and after that I honestly don't know. {hous}
P12: My building's been sold, and the notice went up on the laundry room door on Friday. {hous} Everybody on my floor is scrambling to find somewhere before the end of May. {hous}
P9: If I moved out that way I'd give up my co-op spot, and on this wage I'd never get another one. {hous,wage}
P11: I looked at a basement suite near the new site, and they wanted two months up front plus a reference from a landlord I haven't got. {hous}
Facilitator: And the residents, what does the move mean for them?
P11: We lose twelve beds in the move, that's the part nobody says out loud. {hous}
P12: Some of the regulars already say they'll never go that far out of downtown, no matter what. {-}
P10: One guy has asked me three times now if he can bring his cat. {-} I keep telling him I'm not the one who decides. {-}
P11: The guy with the cat used to be a welder, for what it's worth. {-}
P9: A lot of our regulars have been coming to this shelter longer than most of the staff. {-}
P10: The ones I worry about are on methadone, because the pharmacy they're tied to is down here. {acc}
P11: You can switch pharmacies, but it takes a new prescription, and getting in to see a doctor takes a month. {acc}
P9: The detox referrals all go through the clinic on Cormorant, and that's a long way from Burnside for somebody in withdrawal. {acc}
P12: A lot of them get their cheques mailed to the shelter, so every single one needs a change of address with income assistance. {acc} I'm guessing that lands on me, but nobody has said whose job it is. {role}
P11: Half of them lost their ID in the last sweep anyway, so they can't even fill in the form. {acc}
Facilitator: What about the neighbourhood around the new building?
P10: There was a community meeting about it in a school gym, and I went. {-} A man stood up and said he didn't want addicts walking past his kids on the way to school. {stig}
P9: I got up and explained that the peer team responds to overdoses, and some guy in the back said so you're the needle people. {comm}
P11: There's a petition going around with four hundred names on it. {-}
P12: Not everybody out there is against it. {-} The bakery on the corner already asked if we'd want their day-olds. {-}
P11: What gets me is they talk like we're the problem moving in, when the peer team is the reason people in their own neighbourhood are still breathing. {comm}
P10: My own sister said it was a shame to put people like that in a nice area, and she knows full well I'm people like that. {stig}
P12: I've stopped telling people at the gym where I work, because the next question is always how I know so much about it. {stig}
P9: The community association sent the manager a letter asking for a staff contact, as if the peers aren't staff. {comm}
Facilitator: How about the police in that area?
P11: The new site is in Saanich, so it's a whole different police department that's never met any of us. {pr}
P9: The cops down here at least know my face by now. {pr}
P12: The community police officer for that area is supposed to come to a residents' meeting in March. {-}
P10: Out there I'm back to being some random in a hoodie with no badge and no reason to be in the alley. {pr,res} There's one guy whose probation order keeps him out of downtown, and he's the only resident who's thrilled about the move. {crim} He's already picked out his bed, apparently. {-}
P12: The walk from the bus loop to the new door goes past a corner where the police do a lot of stops, and I'll be carrying a backpack full of kits. {crim}
P9: I keep a letter from the shelter in my wallet in case I get stopped with supplies, but a letter on plain paper doesn't convince anybody. {crim,res}
P11: I've got an old possession charge from 2009, and I'm told everybody has to redo a criminal record check for the new building. {crim,prec}
P10: Some of the guys won't let me call an ambulance for them because of a warrant, and I get it, but it puts me in a terrible spot. {crim}
P12: It'll be the same poison out there as it is down here. {crim} Moving the beds doesn't change what's in the bag. {crim}
Facilitator: And the paramedics, fire, the hospital, from the new site?
P12: The new site's closer to Victoria General, which might actually be a good thing. {-}
P10: The fire hall out there came over to walk through the building with the staff, and the peers weren't invited. {pr,resp}
P9: It would help to have the ambulance crews from that district come meet us before we open the doors. {pr}
P11: Last time a new crew came through here, the medic told me to wait in the hall while he found somebody in charge. {pr}
Facilitator: Let's talk about the building itself. What's there, and what isn't?
P12: Three floors, and still exactly one radio for the peer team. {res}
P9: I asked if we'd get radios for the new place, and the answer was maybe in next year's budget. {res}
P10: At least they're putting a naloxone cabinet on every floor. {-}
P11: I want a name tag that says peer support worker, so when a resident's family comes in they don't take me for a resident too. {res}
P10: On the stairwell checks here I use the light on my own phone, and my phone is from 2013. {res}
P12: There's no oximeter on any floor, and when I asked they told me it's a nursing tool. {res}
P9: In the new plan the staff have a break room with a couch, and the peers are down as using the residents' lounge. {ineq}
P11: So where am I supposed to sit and eat my sandwich, next to the guy I just brought back? {sc}
Facilitator: Will the job itself change in the new building?
P10: They're talking about putting us on the front desk now, which is a whole other job. {role}
P12: Nobody has said if we're still doing outreach from the new place or just working inside. {role}
P9: I'd like to know before I get there whether I'm supposed to be on the meal line or on overdose response, because I can't do both at once. {role}
P11: I keep hearing the new place has a peer wing, and I don't know if that means we work there or we live there. {role}
P10: [laughter] Maybe both, at what they pay us. {wage}
P12: The new building has an overdose prevention room, and not one of us has been trained to run one. {sk}
P9: I've only ever responded in a hallway or a washroom, and watching six people use at once is a different skill. {sk}
P11: I'd sign up tomorrow for a course on spotting somebody going under before their lips go blue. {sk}
P10: They sent two staff over to Vancouver to shadow at a prevention site, and no peers. {sk,ineq}
P12: Honestly I'd rather learn from the peers already running the site on Pandora than from a binder. {sk}
P9: I'd go out to the new site a few days early to learn the floors, except I can't afford to give up a day's pay. {sk,wage}
Facilitator: How are you all holding up, with everything up in the air?
P11: Not great. {-} My jaw's been aching since Christmas from clenching it in my sleep. {sc}
P11: I've been so wound up about losing the job that I snapped at a resident last week, and I never do that. {sc,prec}
P9: I wake up at four in the morning going over the bus schedule in my head. {sc}
P12: Every shift I walk in half expecting to be told there's no job for me after the move, and it's wearing me down. {prec,sc}
P10: I've started swimming at the Crystal Pool before my shifts, and that helps more than I expected. {sc}
P9: Before the move, the peer team should get one day together, no work talk, maybe a walk out at Thetis Lake. {sc}
P11: We lost a resident in January, and between that and the move, I don't think I've let myself cry yet. {sc}
P12: After that one, nobody checked on any of us. {db}
P10: The only debrief we got was a sheet of paper with a phone number on it. {db}
P9: What I'd want in the new building is a set time each week where the peer team sits down and goes through the hard ones together. {db}
P11: A debrief run by another peer would mean more to me than any counsellor they could bring in. {db}
P12: Right now we do our check-ins at the bus stop after shift, and I'll miss that if we're all on different routes. {db}
Facilitator: Do you feel your views are being heard in the planning?
P9: They had a consultation with sticky dots on posters, and we got to vote on paint colours. {resp}
P10: [laughter] I voted green. {-} It's green, for the record. {-}
P12: When I said the front entrance faces the wrong way for seeing who's coming in, the architect wrote it down and the manager said we'd talk later. {resp} We didn't. {-}
P11: I know exactly where people are going to hide to use in that building, but nobody has asked me where the blind spots are. {resp}
P9: One of the staff did say at handover that she wants me on the move committee, and that meant something. {resp}
P10: We're good enough to haul boxes on moving day, I noticed that. {resp}
P12: The moving schedule has the peers packing the storage room and the laundry, and the staff doing the files. {resp}
Facilitator: What about pay around the move? Anything changing?
P9: They've offered the staff a transit subsidy for the longer commute, and nothing's been said about the peers. {ineq}
P11: I'm at fourteen dollars an hour, and that was before I needed two buses to get to work. {wage}
P12: If they want extra hours out of me for the move I'll have to say no, because anything over my disability limit just gets clawed back. {wage}
P10: Moving day is a Saturday, the staff are on overtime, and the peers have been asked to volunteer. {ineq,wage}
P9: I eat at the shelter on shift more than I'd like to admit. {wage}
P11: Last month I pawned my guitar to cover the phone bill. {wage}
P10: I've worked nights for six years, and I actually like nights. {-}
Facilitator: How has the move been explained to the residents, and who's done the explaining?
P11: The manager held a meeting for the residents and asked the peers to stand at the back and keep order. {resp}
P9: Residents come to us with questions we can't answer, because we got the same vague memo they did. {st}
P12: Half my shift now is residents asking if they'll still have a bed, and nobody on staff has told me either. {hous,st}
P10: A woman I've known for ten years asked if the new place would take her and her partner together, and I had to say I didn't know. {hous} Most of the residents are more curious than upset, honestly. {-}
P9: Yeah. {-}
P12: The residents voted to call the new lounge the living room. {-} We had a whole ballot box for it. {-}
P11: The move date has changed three times, and every time I found out from the whiteboard by the front desk. {st}
P10: The staff talk about it in their own shorthand, phase two and the transition and all that, and I just nod along without a clue. {st}
P9: The move update meeting is every Wednesday at two, and the peers are the ones covering the floor so the staff can sit in it. {st,ineq}
Facilitator: What about other agencies out near the new site?
P12: The drop-in centre near the new site called to set up a meeting, and asked to deal with a manager instead of one of the peers. {comm}
P11: When I phoned the food bank out there about deliveries, the man asked if I was doing community service hours. {comm,stig}
P10: Most people think harm reduction is just handing out supplies, they've got no idea how many overdoses we reverse in a month. {comm}
P9: The church group that runs the Sunday dinner thought I was a resident the first time I dropped off our numbers. {comm}
P12: To people out there we're just the shelter, they don't even know there's a peer team inside doing the work. {comm}
P10: I'd like a few of those neighbours to spend one night shift with us, just one. {comm}
P11: The pharmacist out there has already said he won't sell syringes to anyone from the shelter, and he hasn't met a single one of us. {stig}
P9: Some of the business owners came to the open house and were perfectly nice. {-} The neighbourhood's mostly young families and a skate park. {-}
P12: A woman at the open house asked if the peers get drug tested, like that was the first thing she needed to know about us. {stig}
P10: I've been off the street for eleven years and I still wear long sleeves in August. {stig}
P11: Once my landlord found out where I work, he started doing monthly inspections of my suite, and nobody else in the building gets those. {stig,hous}
Facilitator: Let's come back to training for a minute. What would you need before opening night?
P10: A proper walkthrough of the new building before it opens, so I'm not hunting for the stairwell in the middle of an overdose. {sk}
P11: The last de-escalation course I did was four years ago, and I've forgotten most of it. {sk}
P9: With sixty people in one big open room, I honestly don't know how I'd break up a fight without backup. {sk}
P12: The first aid refresher they ran in the fall made a big difference for me, I'm a lot steadier now. {sk}
P10: The staff got a session on the new fire panel, and nobody has shown the peers where it even is. {sk,ineq}
Facilitator: And the support side, after the bad nights. Will anything be different?
P9: I mostly talk it through with my sponsor, because there's nobody at work for that. {db}
P11: After the last bad one I didn't sleep for two nights, and nobody at work asked how I was doing. {db,sc}
P12: If the new building has a quiet room, I'd want a peer we can call in there after a rough one. {db}
P10: When my friend died on the mats last winter, I was back handing out blankets ten minutes later. {db}
Facilitator: What about the people who'll come your way out there, the police, the paramedics?
P10: The firefighters who come through here still pull their gloves on before they shake my hand. {pr,stig}
P11: Police came to the open house, and the sergeant shook the manager's hand and walked straight past the peers. {pr}
P9: I'd rather meet the ambulance crew over a coffee than across somebody on the floor. {pr}
P12: A paramedic from the Saanich station gave me his direct line after a call in Rock Bay, which was decent of him. {pr}
P10: A resident got searched right outside our door last week while I stood there holding his bag. {crim}
P9: You can move a shelter anywhere you like, but as long as the stuff is illegal people will keep using behind the dumpsters. {crim}
P11: One of our guys has a no-go order that covers half of downtown, and I spent a morning at the courthouse trying to get it changed. {crim,acc}
Facilitator: And the equipment, what would you want in your hands out there?
P12: I'd want a work phone for the new site, because I'm not giving residents my personal number. {res}
P11: We still don't have business cards, so I write my number on the back of bus transfers. {res}
P9: Even a vest would do, something that tells the cops out there I'm on the job. {res}
P10: The staff are getting keycards for the new building, and we're getting a buzzer code that changes every month. {ineq,res}
Facilitator: What's the rest of the picture look like for you, the housing and the services?
P9: Rents near the new site are the same as downtown, so nobody's moving closer on a peer wage. {hous,wage}
P12: Three of our residents have been on the BC Housing list longer than I've worked here. {hous,acc}
P10: My room has black mould on the window, and I've had a cough since October. {hous,sc}
P11: I still don't have a family doctor myself, and the clinic near my place isn't taking anyone new. {acc}
P12: Legal aid does an outreach morning at the old site, and I doubt they'll follow us out there. {acc}
P9: What we need out there is a navigator, somebody who knows every form and every office. {acc}
P10: I got my tax refund early this year, which felt good. {-}
Facilitator: And the job security, going into the move?
P10: My contract runs to the end of March, which is two weeks before the move date. {prec}
P12: Casual for four years, and they want me to get excited about a new building. {prec} They gave every staff member a day in lieu for the move, and peers don't get days in lieu. {ineq}
P9: I'd still like somebody to write down what a peer does in that building before I set foot in it. {role}
P11: The move plan lists me as "peer support volunteer", and I have never once volunteered for this job. {role}
P10: Some of the staff think peers should help residents move their things, others say it's a liability, so who knows. {role}
P12: I still don't know if intakes are part of my job at the new desk. {role}
P11: Security at the new site is a contract company, and nobody has said where that leaves the peers who've been working the door for years. {role}
Facilitator: Any last thoughts about the move itself?
P9: I think the move is probably right for the program in the long run. {-}
P12: The new kitchen has two ovens, which the cook is very happy about. {-}
P10: I'll be honest, the new beds are a lot better than the old ones. {-}
P11: The residents are already arguing over who gets the rooms by the windows. {-}
P9: I've done about nine moves in my own life, so boxes don't scare me. {-}
P11: I'll miss the view of the harbour from the back steps. {-}
P10: We've got a resident who used to work for a moving company, and he's already offered to help. {-}
P9: Same here. {-}
P12: The old building has had a leak over the dining room since before I started. {-}
Facilitator: Before I say thank you, I want to turn it around for a few minutes. This project is run by peers, and what you've said today goes into a report. Why did you say yes to coming, and what do you hope happens with it?
P10: Honestly, the coordinator mentioned there'd be sandwiches. {-} No, that's only half of it. {-}
P12: I said yes because the woman who asked me has worked a shelter floor herself, and that doesn't happen much. {-}
P11: I've been interviewed twice by students from UVic, and I never saw a word of what they wrote. {-} They got their degrees and I got a coffee card. {-}
P9: Every time we raise something at work it dies in somebody's inbox, so maybe this way it lands somewhere it can't be deleted. {resp}
P10: And being asked, as the person who actually knows the job, is the opposite of how a shift usually goes for me. {resp}
P9: My daughter thinks it's pretty cool that I'm in a study. {-}
Facilitator: What would make this time different from those student projects?
P11: If somebody comes back here and reads it to us before it goes anywhere else. {-}
P12: I want our manager to read the whole thing, not a one-page summary somebody tidied up. {-}
P9: I'd want the staff to get it in the same envelope as us, so for once we all hear something at the same time. {st}
P10: The funders, too. {-} They're the ones who decided there's money for sixty mats and not for a radio on every floor. {res}
P11: I read the last report this project put out, the one from the Lower Mainland. {-} Mostly charts, but there was one quote from a peer that I cut out and stuck on my fridge. {-}
P12: What did it say? {-}
P11: Something like, we keep people alive on a cashier's wage. {wage} It stayed with me. {-}
Facilitator: Is anybody worried about what happens to what you've said today?
P12: A little. {-} There's only one shelter in town with a peer team, and I'm casual, so if they don't like a quote they can just stop calling me in. {prec}
P11: I'm not worried. {-} What are they going to do, drop me below fourteen bucks an hour? {wage}
P9: [laughter] The people who should be worried are the ones who wrote the rules. {-}
P10: The one thing I don't want in print is anything tying me to my old charges, because a record in this town follows you into every interview. {crim}
P12: And leave out the word addict, please, because once that's in print it's the only word anybody reads. {stig}
Facilitator: That's a fair request. We try to use the words people use about themselves.
P11: Personally I don't mind the word, it's strangers using it about me that stings. {-}
P9: Good to know, either way. {-}
Facilitator: If this report did its job, what's the first thing that would change for you?
P9: The next peer they hire would start at the same rate as the staff person standing beside her, not two-thirds of it. {ineq}
P10: Somebody would sit down with us after a death, every time, not just when a supervisor happens to remember. {db}
P11: I'd get a photo card on a lanyard, which sounds tiny in a report, but I'd stop being asked what I'm doing in the alley at two in the morning. {res}
P12: We'd get asked before things change instead of told after. {st}
P9: And a job description, one page, so I know where my job ends and I can stop doing everybody else's. {role}
P10: [laughter] One page, listen to this one, dreaming big. {-}
P12: For me it's the hours. {-} I'd just like to know in December whether I'm working in January. {prec}
Facilitator: Let me ask the hard one, then. What if the report comes out and nothing changes?
P12: Then I'll have spent a Tuesday talking into a recorder, and I've wasted worse Tuesdays. {-}
P9: Nothing changing is what we're used to, so at least it won't come as a shock. {-}
P11: I'd keep pushing anyway, because the residents can't sit around waiting for a report. {-}
P10: What I'd hate is for the staff to get a raise out of this and the peers to get a workshop on resilience. {ineq}
P12: When the staff got their new union contract, nobody even thought to check whether the peers were covered by it. {ineq}
P9: Staff can book holidays a year ahead, and we don't build up any vacation at all, so I haven't had a real week off in four years. {ineq,sc}
P11: If they can find money to repaint the lobby twice, they can find money for a living wage. {wage}
P9: Any raise this report wins me, the ministry will take most of it back off my disability cheque. {wage}
P10: At my age I should be saving for something, and I've got forty dollars in the bank. {wage}
P12: Honestly, I like my job most days, and I want that in there too. {-}
Facilitator: Let's go back to what P12 said about the hours. What should the report say about the job itself, the contracts and the pay?
P10: They call it a pilot, and it's been a pilot for three years. {prec}
P12: My shifts come by text the night before, and if my phone's dead I've missed the shift. {prec}
P11: Nothing about my hours is in writing, and believe me, I've asked. {prec}
P9: I'd want a job description and a contract, both, because right now I've got neither. {role,prec}
P11: By the time this thing gets published, half of us might not work there anymore. {prec}
P10: Put in that the security guys on contract get a paid meal break, and they've only been in the building eight months. {ineq}
P11: The contract security guard got a radio on his first day. {ineq,res}
P12: Staff get paid for sitting in the staff meeting, and the one time we were invited, it was on our own time. {ineq}
P9: I do my groceries off the day-old rack and at the dollar store, and that's with a job. {wage}
P11: Even the residents know the peer shift pays less than the staff one, a guy offered to lend me twenty bucks last week. {ineq,wage}
P10: Did you take it? {-}
P11: [laughter] No comment. {-}
P12: I keep a budget in a notebook down to the quarter, because one surprise and I'm short for the month. {wage}
P9: Two short shifts one week and five the next, so I can't plan a grocery list, let alone a life. {prec}
P10: I'll say this, my paycheque has never once been late, which is more than I can say for my last job. {-}
Facilitator: What do you want the people reading this to understand about the nights themselves?
P11: That we're tired, that's the headline, bone tired. {sc}
P12: I haven't taken a sick day in a year, because who would cover the floor? {sc}
P9: There's nowhere in that building for a peer to shut a door and sit for ten minutes when it gets to be too much. {sc}
P10: I've stopped going to funerals, there's been too many, and I hate that I've stopped. {sc}
P11: Some nights I get home and can't remember if I ate. {sc}
P9: I'd want the report to name the fact that most of us work while carrying our own grief. {sc}
P10: A few of us walk Dallas Road together on Sundays, and that's about the only thing keeping me level. {sc}
P12: My doctor says I've got the blood pressure of an air traffic controller. {sc} I told her that's close enough. {-}
P10: I finally got off the couch and into a room above a bar on Yates, and between the bass and the fights on the stairs I haven't slept through since. {hous,sc}
P9: The shelter's been full every night since November, which the manager puts in her monthly numbers. {-}
Facilitator: And after the hard nights, what would you want the report to say about support?
P12: If this brings stuff up for me tonight, is there a peer I can phone, or is that it? {db}
Facilitator: There is, and I'll give you the number before you go. It's somebody who's done shelter work.
P12: Okay. {-} That's more than work has ever handed me. {-}
P9: What got me through last spring was a guy from Our Place who came by after my friend passed and just let me talk for an hour. {db}
P11: The counsellor they sent me to asked what fentanyl smells like, so I didn't go back. {db}
P10: Half the time the only person I tell about a bad night is the guy at the corner store, and he didn't ask. {db}
P9: I'll be fair, though, the day supervisor sat with me for an hour after the woman on two died, and I still think about how much that meant. {db}
P11: Two hours in this room today is more debriefing than I've had since I started. {db} If this leads to a peer support line that picks up at four in the morning, that alone would be worth it. {db}
P9: The recorder on the table stopped bothering me after about five minutes. {-}
P12: After a bad one I lie awake replaying it, and there's nobody at work I can ring at that hour. {db,sc}
P10: If I'm going to be the one debriefing the new peers, and I am, somebody needs to teach me how. {sk}
Facilitator: Let's talk about training, then. What should the report ask for?
P10: A real overdose course for peers, with a dummy to practise on, not a handout. {sk}
P11: I learned naloxone from a guy in a stairwell, not from anybody who's ever paid me. {sk}
P12: When somebody's hearing voices at the front desk, I still don't know what to say that won't make it worse. {sk}
P9: The suicide intervention workshop last fall was the first training where I walked out thinking I could actually handle it. {sk}
P11: The outreach van got a pulse oximeter in January, and nobody has shown me what the numbers mean. {res,sk}
P12: If they want us doing intakes, then train us on intakes and put it in the job description. {sk,role}
P10: Staff get a week of orientation before their first shift, and I got a tour of the building and a box of rubber gloves. {ineq,sk}
P9: Mostly I pick things up by watching the outreach nurse over her shoulder. {sk}
P11: We reversed four people on Saturday, and every one of them walked out on their own. {-}
Facilitator: What about the equipment side? The radio has come up a few times.
P10: Put radios in the report. {res} Plural. {-}
P12: I carry a sharps container in my own backpack, because the only ones at the shelter are bolted to the washroom walls. {res}
P11: When the power went out in January we did bed checks by the light of a lighter. {res}
P9: We've got naloxone on every floor, but no bag-valve mask, just those little plastic face shields. {res}
P12: I use my own phone for work calls, and by the twentieth of every month I can't afford the minutes. {res,wage}
P10: The one work cellphone lives in the manager's desk drawer overnight, which is exactly when we need it. {res}
P11: A shelter jacket with peer support on the back would save me ten minutes of explaining at every scene. {res}
Facilitator: And when the police or paramedics are in the building?
P9: I'd want the ambulance crews to read this, especially the part where we've given two doses before they even walk in. {pr}
P11: Without a badge, the officer at the last scene told me to get behind the tape with the rest of the crowd. {pr,res}
P12: A paramedic asked me to my face if I was the one who sold it to him. {pr,stig}
P10: One firefighter on the Yates Street crew knows me by name now, and he lets me finish the breaths before he takes over. {pr}
P9: At emerg the triage nurse talks to the resident's wristband before she'll talk to me. {pr}
P11: The police liaison should get a copy, because the night shift officers still park outside our door like it's a stakeout. {pr}
P12: To be fair, the police did a food drive at Christmas and dropped off a whole van of turkeys. {-}
P10: The officer who stopped me on Pandora last summer tipped my work bag out on his hood, rigs and all, and called it routine. {crim,pr}
P9: The hospital social worker hung up on me once she heard I was a peer. {pr}
P12: When the outreach nurse from Island Health asked for my read on a resident, it was the first time a professional wrote down what I said. {pr}
Facilitator: Beyond the shelter, what do you hope this changes out in the wider world?
P9: I want the report to say it straight, the supply is poison because it's illegal, and we're the ones scraping people off the floor because of it. {crim}
P11: If it reaches anybody in Ottawa, tell them to stop treating a baggie in a pocket as a crime. {crim}
P10: My record means I can't volunteer at my granddaughter's school, never mind apply for a staff job. {crim}
P12: A buddy of mine used alone in a locked bathroom because getting caught with it would have breached his probation. {crim} He didn't come out. {-}
P11: A guy I'd just reversed got picked up on a warrant while he was still coming around on the sidewalk. {crim}
P9: When they cleared the camp on the courthouse lawn, the police took the tents and arrested two guys for obstruction the same morning. {hous,crim}
P12: If we had a card with the shelter's number on it, the cops would call to check on me instead of patting me down. {res,crim}
P10: Then again, most of the beat cops downtown are new this year, transferred in from the mainland. {-}
Facilitator: Housing has come up a lot today. What would you want said about it?
P12: I've been to eight viewings since the notice went up, and every one had twenty people lined up on the sidewalk. {hous}
P10: I'd want the report to ask why there's a year's wait to get into supportive housing and a two-day wait to get evicted from it. {hous}
P11: A resident asked me last week where to find a lawyer for his eviction, and I ended up searching it on my phone in front of him. {acc,hous}
P9: The day I got a key to my own door was the day I could start thinking about work at all. {hous}
P12: Bylaw woke a guy in a doorway on Yates at six and made him pack up his stuff while I was still handing him a coffee. {hous}
P10: If there's one line in bold, it should be that a peer wage ought to cover rent and food in this city, and it doesn't. {wage,hous}
P11: We got a woman housed in Vic West in February, best day of my month. {hous}
P9: Most of our residents are good people having a bad decade. {-}
Facilitator: And the other services, the ones you send people on to?
P9: I'd want a list of every door a resident has to knock on just to get a treatment bed. {acc}
P12: I've lost count of residents who can't get a care card without a birth certificate and can't get the certificate without a care card. {acc}
P11: One of ours waited eleven weeks for a psychiatrist, and by the time the appointment came he was sitting in jail. {acc,crim}
P10: I haven't seen a dentist myself in six years. {acc}
P9: I'd trade a raise for one person at the shelter whose whole job is knowing the income assistance rules. {acc}
P12: If this project just made a list of what's actually open in Victoria on a Sunday, I'd laminate it. {acc}
P11: There's barely any treatment beds on the Island, and off-Island means a ferry ticket nobody has. {acc}
P12: A lot of the young ones coming in now are from up Island, Nanaimo and Campbell River. {-}
P11: The residents' council voted last month to keep the Thursday movie nights, so that's settled. {-}
Facilitator: What would you want people outside the shelter to take from it?
P11: That it's peers reversing most of the overdoses downtown, because the city seems to think it's all ambulances. {comm}
P12: My brother-in-law asked if the study was paying us to talk about being addicts, and I said no, it's paying us to talk about our jobs. {comm,stig}
P10: Being invited to something like this makes the work feel like a real profession, for once. {comm}
P9: The intake desk at the Salvation Army won't take a referral over the phone from me, only from a staff name. {comm}
P12: The bank teller asked if my pay stub from the shelter was for a work-experience program. {comm}
P11: If one person from the Chamber of Commerce read this and understood what we actually do, I'd call that a win. {comm}
P10: The downtown business association sent the peer team a card at Christmas, and two of us cried. {comm}
P9: My mom still moves her purse when I come over. {stig}
P12: Some days I'd rather say I work at the shelter than say I'm a peer, because peer means you used. {stig}
P11: People hear lived experience and picture me face down in an alley. {stig}
P10: I'd like the report to say we're not a relapse waiting to happen. {stig} People do get better, I've watched it happen more times than I can count. {-}
Facilitator: And inside the shelter? What would you want the staff and managers to take from it?
P10: One of the staff told a new hire to watch the peers near the med cart, and I've been off the street eleven years. {resp,stig}
P9: A resident told the manager I was the reason she stayed, and the manager said that's nice and changed the subject. {resp}
P11: They only remember my name when there's a donation truck to unload. {resp}
P12: Last week the day supervisor asked my opinion on a resident's safety plan and then actually used it, which I appreciated. {resp}
P10: What I want the report to say is we're not the clean-up crew. {resp}
P11: If I write a suggestion in the communication book, it comes back with a smiley face and nothing else. {st,resp}
P9: I found out the overnight ratio changed because suddenly there were two of us on where there used to be three. {st}
P12: The shift notes live on a computer we don't have a login for. {st}
P10: Honestly the staff aren't bad people, they just never think to tell us anything. {st}
P11: Nobody told us there were new evaluation forms until the day we were being evaluated. {st}
P10: The manager's door says open door policy, and it's shut every time I walk by. {st}
P11: I didn't know the shelter had even agreed to this project until a resident mentioned it. {st}
P9: Some of the staff are great, honestly, the cook especially. {-}
Facilitator: And the job description you keep coming back to. What would it need to settle?
P10: Last month I got told off for calling the ambulance myself, and the month before for not calling it fast enough. {role}
P12: When a resident's family phones, I don't know if I'm even allowed to say he's staying with us. {role}
P11: Call me a support worker, call me outreach, anything with a job in it, just not the peer, like I'm a category. {role}
P9: The reports always say staff and peers, like peers are something other than staff. {role} One supervisor says I can hand out bus tickets, another says only staff can, and I'm the one the residents yell at. {role}
P12: My title has changed three times in two years, and my duties haven't changed at all. {role}
P10: A lot of the regulars call me mom, which I secretly love. {-}
Facilitator: Last thing, then. If you could write one sentence at the top of the report, what would it be?
P11: Peers are staff, so pay us and train us like staff. {ineq,sk}
P9: Ask us first. {-}
P10: We're keeping this town alive and most of it doesn't know. {comm}
P12: Give us a contract and a place to live, and watch what we can do. {prec,hous}
P11: Research takes years, I know that, I'm not expecting miracles by summer. {-}
P12: Whatever happens with it, I'd come back and do this again. {-}
P10: I've got a nephew studying social work at Camosun, so I'll send him a copy. {-}
P11: And I've never been in a study that fed us this well. {-}
P9: Same. {-}
P10: Did anybody notice the crocuses are out in Beacon Hill already? {-}
Facilitator: Thank you, all of you. That's where we'll end.
""",
))

# Victoria, group 4: a transcription spreadsheet, exported as CSV for the first half
# and kept as XLSX for the second (columns speaker, text, timestamp).
GROUPS.append(Group(
    id="victoria-4", site="victoria", date="2019-03-26",
    files=[("victoria-4_part1.csv", "csv"), ("victoria-4_part2.xlsx", "xlsx")],
    script=r"""
MOD: Okay, we're recording. It's a small group today, just three of you, which is nice, more time for everyone. You'll be P13, P14 and P15.
P14: Small but mighty. {-}
P13: [laughter] Speak for yourself, I didn't sleep. {-}
MOD: Let's start with the basics. What does the job ask of you that people might not know about?
P15: People don't know we're the ones who find them. {comm} Bathrooms, alleys, tents, the bus shelter. {-} We find them, and we bring them back, and then the ambulance gets the credit. {comm,pr}
P13: And we find the ones we can't bring back. {-} That's the part nobody sees. {-}
P14: I found a guy I used to use with, last month. {sc} Twenty-two years we knew each other. {-} I did everything right and it didn't matter. {-}
MOD: I'm really sorry.
P14: Yeah. {-} Thanks. {-} I was back at work the next day because I don't get bereavement leave, I'm not staff. {ineq,sc}
MOD: Did anyone check in with you after that?
P14: A couple of the other peers did. {-} Not the organization, no. {-}
P15: That's the pattern, we hold each other up because nobody else is going to. {db}
P13: And we're all stretched thin, so sometimes nobody holds anybody. {db,sc}
MOD: What would a better system look like?
P15: Automatic. {-} If you respond to a death, you get a call from a peer supporter, you don't have to ask for it. {db} And a paid day off after. {-}
P13: I like that, automatic. {-} Because none of us are going to ask. {-}
MOD: Let's talk about your jobs. Are they secure?
P13: [laughter] Secure, that's funny. {-}
P14: I've been told three times that my position might get cut. {prec} Three times in one year. {-} Every time, I start looking for other work, and then it gets renewed at the last second. {prec}
P15: I'm on-call. {prec} If they need me, they text. {prec} Last week they texted four times, this week zero. {prec} How do you budget for that? {-}
P13: We don't even know the schedule for next month. {prec,st} It goes up on the board like two days before. {prec,st}
MOD: How does that affect the rest of your life?
P15: I can't plan anything. {-} My kid's birthday, I didn't know if I was working until the morning of. {prec}
P13: I had to drop my methadone appointment twice because the shift changed. {prec,sc}
P14: And then the pharmacy cuts you off if you miss, so it's not a small thing. {acc}
MOD: Let's talk about equipment and the stuff you work with. Do you have what you need?
P14: No. {-} We've got the naloxone and gloves, and that's about it. {res}
P13: We asked for an oxygen tank and a mask for months. {res} Now with the benzo stuff, people are breathing but they won't wake up, and you need the oxygen and the meter to know what's going on. {res,sk}
P15: I bought my own headlamp for the night walks. {res} Forty bucks, out of my own pocket. {res,wage}
P14: And a radio would be good, because we split up, and if something happens to one of us there's no way to call for backup. {res}
MOD: Do you have anything that shows you're a worker, like ID?
P15: A lanyard with the logo, no picture, no name. {res} Anybody could be wearing it. {-}
P13: The pharmacy won't give me supplies in bulk without ID, so I have to bring the coordinator. {res,resp} That's a waste of two people's time. {-}
--- part 2 ---
MOD: Okay, second half. Thanks for sticking around. I want to ask about the community side. How are you seen out there?
P13: As the problem. {-} Always as the problem. {-}
P15: There's a guy who owns the café on the corner, and every morning he watches us do the needle sweep and then calls the city to complain about the needles. {comm} We're literally cleaning it up, and he thinks we're the cause. {comm}
P14: People don't know it's a job. {comm} They think we're users who wandered around with gloves on. {comm,stig}
MOD: Does the stigma change anything about how you do your work?
P14: It makes me careful. {-} I don't wear my jacket to the grocery store anymore. {stig}
P13: I don't tell anyone at my kid's school what I do. {stig} The moment they know, it's child protection in their heads. {stig}
P15: And then there's the stigma inside. {stig} Inside the agencies, I mean, where you're supposed to be safe. {stig,resp}
MOD: Can you say more?
P15: I was at a partner agency meeting and someone said the peers were unreliable. {stig,comm} In front of me. {-} Like I wasn't a person sitting at the table. {-}
P13: Mm-hm. {-}
MOD: What do people call peer workers when they think you're not listening?
P13: Junkie patrol. {stig} I heard that at the bus stop once, two guys laughing about it. {stig}
P14: Needle people, that's another one I've heard. {stig}
P15: My landlord found out where I work and all of a sudden he wanted to inspect my room every week. {stig,hous}
P13: It's like the word addict is tattooed on your forehead. {stig}
MOD: What about the laws and the police?
P14: The law is the whole problem. {crim} If it wasn't illegal, the supply wouldn't be poison, and I wouldn't be finding my friends dead. {crim}
P13: I'm still on probation from something years ago, and I have to be careful where I go, even for work. {crim} There's a block downtown I'm technically not allowed on, and half our clients are on that block. {crim}
P15: The cops took a whole bag of kits off a guy right in front of me. {crim,pr} I said those are from us, he's supposed to have them, and the officer said, "Not my problem." {pr,crim}
MOD: How about the paramedics?
P13: They're alright. {-} They know us now. {-} It took a couple years of showing up. {-}
P15: I'd still like to meet them properly, not only at a scene. {pr} You can't build anything when someone's dying on the floor between you. {pr}
MOD: What training would you want most?
P14: Grief. {-} How to handle it, for ourselves, and how to help people who lost someone. {sk,sc}
P15: Conflict stuff. {-} Talking people down. {sk}
P13: Naloxone refreshers for the new peers. {sk} We've got two new guys and they're scared to death of messing up a response. {sk}
P14: Honestly, half the time I'm winging it. {sk} Nobody ever showed me how to roll somebody twice my size into the recovery position. {sk}
MOD: And pay?
P13: Pay is the peer rate, which is about what you'd make at a drive-through. {wage}
P14: Less than a drive-through, because no one gives you a raise. {wage}
P15: And they always say, it's not about the money, you're doing it for the community. {wage} Okay, but my landlord wants the money. {wage,hous}
MOD: How is housing for you?
P15: I've moved four times in two years. {hous} Rent keeps going up, and every place I can afford has a problem. {hous,wage}
P14: I'm in supportive housing and I'm grateful, but I can't have my kids overnight there. {hous}
P13: I'm living at my sister's. {hous} On the couch. {-} Thirty-nine years old on my sister's couch. {hous}
MOD: If this project could fix one thing, what should it be?
P14: Someone to talk to after the bad ones. {db} A real person, a peer. {-}
P13: Steady hours. {prec} A real contract with a schedule. {prec}
P15: Tell the world what we do. {comm} Make a video, put it on the news, whatever. {comm} People need to see it. {-}
MOD: Before we wrap up, I want to go back to something from the first half. P13, you said the schedule goes up on the board two days before. How do you find things out at work, in general?
P13: Usually by walking into it. {-}
P15: The coordinator posts everything in the staff group chat, and nobody from the office ever posts in ours. {st,ineq}
P14: Last fall they moved the naloxone into the staff office and I found out with a guy going blue in the hallway. {st} Staff have a key to that office and we don't. {ineq}
P13: [laughter] We're supposed to read minds, apparently. {-}
MOD: Do you ever get asked before something changes?
P15: Never. {-} They redid the intake form in January and none of us saw it until it was sitting in the tray. {st}
MOD: How do the staff treat you day to day?
P13: Depends on the shift. {-} The evening people actually ask what we think. {resp}
P15: Days are different. {-} I told the day supervisor that one of our regulars was talking about ending it, and she wrote it down and that was it. {resp}
P14: I'm the one they hand the mop to after a bad one. {resp} Staff do the paperwork, peers do the blood. {resp,ineq}
P13: [laughter] Somebody has to. {-}
P14: Sure, but why is it always us? {resp}
MOD: And is it clear where your job starts and stops?
P15: Not even a little. {-}
P13: On the schedule my name just says Peer with a capital P, like it's a species. {role}
P14: I got written up for driving a guy to detox in my own car. {role} Nobody ever said I couldn't, and the week before that the coordinator thanked me for doing the exact same thing. {role}
P15: I'd take a one-page list of what I do, what I don't, and who I call when it's not mine. {role}
MOD: P14, you said your position almost got cut three times. Has anything changed?
P14: They told me it's safe till summer. {prec} Verbally. {-} Nothing signed. {prec}
P15: I'd trade all those texts for one shift a week I could count on. {prec}
P13: I turned down a landscaping job last spring because they swore this one was permanent. {prec} Two months later everybody got cut to part-time. {prec}
MOD: Earlier someone said the peer rate is drive-through money. How does that play out?
P15: I skip the bus and walk, that's five bucks a day back in my pocket. {wage}
P13: My sister won't take rent from me, and honestly, I couldn't give her much if she did. {wage,hous}
P14: I stop taking shifts around the twentieth, because after that my assistance cheque starts shrinking. {wage}
P15: The nurses on the van make about three times what I do, and I'm the one who knows everybody's name. {ineq}
P13: And they get a meal allowance on late nights, and we get whatever's left in the donation box. {ineq}
P14: Ask for a living wage and upstairs looks at you like you asked for a yacht. {wage}
P15: [laughter] I'd settle for a canoe. {-}
MOD: P14, you said a minute ago you'd want someone to talk to after the bad ones. What does support look like right now?
P14: Right now it's whoever happens to still be on shift when you come back in. {db}
P13: After my last one I sat in the bus shelter for an hour before I could make myself go home. {sc} Just watched the buses come and go. {-} Nobody called. {-}
P15: They offered me six free sessions with a counsellor across town. {db} I went once, and she spent the whole hour on my childhood. {db}
P14: I want somebody who knows these streets, who'll come find me, not a phone number on a fridge magnet. {db}
P15: I've been grinding my teeth so hard at night my jaw clicks now. {sc}
MOD: You said the paramedics are alright now. What about the police and the hospital?
P15: The hospital is the worst of it. {pr} I walked a guy into emerg at the Jubilee and security stopped me at the door while they waved him through. {pr}
P13: There's one sergeant who stops to chat with us on the sweep. {pr} Then his partner runs my name right in front of the clients. {pr,crim}
P14: A paramedic told me last week I'd done a good job on the breathing. {pr} First time in three years. {-}
P15: And the guy I'd just brought back got patted down before he could even sit up. {crim,pr}
MOD: What about getting people into services, or getting them for yourselves?
P15: Our guys get bounced around the same three phone numbers. {acc}
P14: Don't get me started. {-} I've been waiting eight months on a birth certificate from Ontario so I can get my own ID. {acc}
P13: My prescriber retired, and now there's a four-week gap before the new one can see me. {acc}
P15: And the housing forms want a phone number and an address, and half our people have neither. {acc,hous}
P13: It'd help if somebody sat down with us once and showed us which door is which. {acc}
MOD: Earlier you talked about stigma inside the agencies. Does it show up at your own work?
P15: When money went missing from the petty cash, they asked the peers first. {stig,resp} Turned out a staff member had borrowed it. {-}
P14: Outside work it's worse. {-} The pharmacist still counts my pills twice in front of the whole line. {stig}
P13: A woman at my kid's soccer game moved her purse when I sat down next to her. {stig}
P15: Once people know you used, every bad day you have is a relapse to them. {stig}
P14: A lady on the bus asked me if I get paid in drugs. {comm,stig}
P13: [laughter] Now that'd be a benefits package. {-}
P15: And the neighbourhood association newsletter lists our site under crime and disorder, right next to the break-ins. {comm}
MOD: Last thing on this. Anything about tools or training you still want on the record?
P15: Nobody showed me the new nasal spray, I read the box on the way to the call. {sk}
P14: A real course on overdoses with benzos mixed in, because the old training doesn't cover what we're seeing. {sk}
P13: Still no radio. {res} Put that on the record twice. {-}
P15: My phone's been cracked since I fell on the stairs, and I can't afford a new one, and it's also the only work phone I've got. {res,wage}
P14: Is it still raining out there? {-}
MOD: Before we wrap up, and before anyone checks the weather, there's something we haven't talked about at all. What is cheque week like for you, as workers?
P15: Busy. {-}
P13: Cheques came out on Wednesday, and by Thursday night we'd had four overdoses on our block. {-} The site stays open two extra hours on the Wednesday and the Thursday. {-}
P14: We double up on the walks that week, two teams instead of one. {-} Our own pay lands the Friday after, so at least it's not the same chaos. {-}
P15: Last month nobody warned us the outreach van was pulled for repairs that exact week, we found out when it didn't show up. {st}
P13: Half our people can't even cash the cheque because their ID got stolen, so they're stuck at the cheque place that takes a cut. {acc} And it's also the week the SRO managers come collecting, so a few of them are back outside by Friday. {hous}
MOD: How do you get through those days yourselves?
P14: Coffee and spite. {-}
P15: I get home on the Friday and lie on the floor of my room with my shoes still on. {sc}
P13: Last cheque week I did eleven hours straight on the Thursday and never sat down once. {sc}
P14: After the fourth one, I wanted ten minutes with somebody who'd get it, and the only other peer on was busy with the bag and mask, so I just kept going with my hands shaking. {db,sc}
P15: The staff get time and a half when they stay late that week, and we get the same flat peer rate whether it's two hours or twelve. {ineq} When the site stays open late, they get a cab voucher home and we get told to be careful. {ineq}
P14: My pay that month was gone after rent and the phone bill, and I had sixty dollars left for everything else. {wage}
MOD: Is there any kind of debrief after a week like that?
P13: Sort of. {-}
P14: The only check-in after cheque week is a group text from the manager with a thumbs up in it. {db}
P15: I'd trade that thumbs up for one paid hour on the Monday, in a room with the other peers and someone who knows how to hold it. {db}
P13: [laughter] I'd trade it for a nap. {-}
MOD: What do the staff expect from you on those days?
P15: Depends who you ask. {-}
P14: The day supervisor wants us on the floor, the night supervisor wants us out walking, and nobody's written down which one wins. {role}
P13: I spent half of Thursday doing wound care because a client asked me to, and then found out that's the nurse's job and I could've got us in trouble. {role}
P15: They planned the whole cheque week setup in a meeting none of us were invited to, and moved us to the back door. {st,resp} And when staff need somebody to tell a guy he's barred, suddenly that's mine because I'm the one he knows. {resp}
P14: When the director came down on the Friday to thank people, she thanked the nurses by name and called the rest of us the team downstairs. {resp}
MOD: Does anyone from outside see what happens that week?
P13: The news did a story on cheque week last year, and they interviewed a cop and a city councillor and not one of us. {comm}
P15: A woman walking her dog told me it must be nice to get paid to hang out on the corner. {comm}
P14: The city street cleaner comes through on the Friday morning and power washes the whole block. {-}
P15: [laughter] The hardware store by us sells out of zip ties every cheque week, and I still don't know why. {-}
P13: The shelter staff down the street still phone our coordinator to double-check anything I tell them. {comm}
MOD: And the police, that week?
P14: They park a cruiser at the end of the block on the Wednesday, and mostly they just sit in it. {-}
P15: Last time, an officer told me to move along while I was kneeling next to a guy who'd just come around. {pr} The paramedic that day was good, though, she asked me what he'd taken before she asked anyone else. {pr}
P13: People stop using with a buddy when there's a cruiser parked there, because nobody wants a charge, so they go into the alley alone and that's who we find. {crim}
MOD: Can I ask something more personal? You can pass. When one of you is struggling with your own use, how does the job handle that?
P14: I'll pass on that one, if that's okay. {-}
P13: I'll go. {-} Two years ago I slipped, and I went to my coordinator because I thought that was the right thing to do. {-} The week after I told them about using, my shifts dried up, and nobody would say why. {prec,stig}
P15: Staff can take a medical leave for anything, but if a peer needs a week off for their own health, it's basically quitting. {ineq,prec}
P14: Okay, I'll say one thing. {-} When you're doing this work and still using some, you carry everyone else's overdoses home to an empty room. {sc}
P13: And there's nobody at work you can say that to without it going in your file. {db}
P15: The staff think a relapse means you stop being a real worker, like the two can't both be true. {resp,stig}
P14: There's a peer group on Sundays at the church hall, and I go when I can. {-}
P13: I'd want it written down, what happens if you tell them, so it's not up to whoever's in charge that day. {role}
MOD: Thank you for trusting us with that. Has anything gone well lately? I don't want to end on only the hard stuff.
P15: The new evening coordinator asked me to help rewrite the overdose response plan, and she actually used what I said. {resp}
P13: Yeah, she's good. {-}
P14: She started sending us the staff meeting notes, and that's the first time in three years anyone has. {st} The manager was on holiday most of this month, so that was all the coordinator's doing. {-}
P15: And I got my first aid recertified last month, paid for by the society. {sk} My lanyard says community support, the schedule says peer, and nobody can tell me which one I actually am. {role}
P13: We still ran through our only two oxygen masks by Thursday afternoon, though. {res}
MOD: I know I said I didn't want to end on the hard stuff, but there's one more thing I'd like to ask, and we'll come back round to what keeps you going. Think back to the worst month for overdoses this past year. What was that month like for you?
P14: The weeks before Christmas. {-}
P15: For me it was November, when the site went through more naloxone in one week than we usually use in a month. {-}
P13: We had six on one Saturday, and I knew four of them by their first name. {-} One of them I'd known since grade school. {-}
P14: I stopped picking up my phone that month, because every time it rang somebody was gone. {sc}
P15: I wrote the names of everyone I'd reversed on the back of my hand, so I could go find them the next morning. {-}
P13: [laughter] She ran out of hand. {-}
P15: I did, yeah. {-} By the second week I was using my arm. {-}
MOD: What did that month do to you, in yourselves?
P13: I put on twenty pounds living on vending machine chips and four hours of sleep. {sc}
P14: I couldn't cry at the last two memorials, and honestly that scared me more than crying would have. {sc}
P15: My daughter asked me why I kept falling asleep at the dinner table. {sc}
P13: Same. {-}
P14: It's like a bucket that keeps filling, and I can feel it slopping over at home. {sc}
P15: I've been doing this six years now. {-} That was the first time I thought about quitting. {sc}
MOD: Who did you lean on, that month?
P14: There's a guy who does the exchange on the third floor, and he'd sit on the curb with me and we'd talk it through for ten minutes. {db} Ten minutes on a curb was the whole support system that month. {db}
P13: My sponsor, mostly. {-} But she's never done this job, so I'd tell her about a death and she'd steer it back to my step work. {db}
P15: Nobody at work sat us down, not once that whole month. {db}
P14: The only thing that came from upstairs was a box of donuts in the break room with a card that said hang in there. {db}
P13: [laughter] They were good donuts, though. {-}
P14: They were. {-}
MOD: Looking back, what would have helped?
P14: A peer counsellor who comes to the site after a death, instead of us having to go hunting for one. {db}
P15: I'd sign up tomorrow for a workshop on leading a group talk after a death. {sk}
P13: Two days off in a row, just once, to sleep and not think about it. {sc}
P15: I couldn't have taken them, though. {-} I'm on-call, and if I say no to a shift they don't text again for a week. {prec}
P14: The nurses have counselling sessions paid through their union benefits, and we get the same free phone line as everybody in the province. {ineq,db}
P13: I tried that free line once. {-} Forty minutes on hold for the support line, and then the woman read me a pamphlet about grief. {db}
MOD: You've talked about the memorials. How do you handle those?
P14: We've had so many that the society bought a folding table just for the photos and candles. {-}
P13: I go to every single one, and I end up pouring the coffee for the families. {-}
P15: I have to pick which ones I can go to, because I never know my hours until the night before. {prec}
P14: I missed my buddy's service because I was on a double and nobody could cover. {-} I still haven't let myself grieve him properly. {sc}
P13: At the last memorial I went to, the guy's own aunt stood up and said he chose this. {stig}
P15: When my cousin died, half the comments online were some version of one less junkie. {stig}
P14: Obituaries never say overdose, they say suddenly, because the families are too ashamed to write it. {stig}
P13: I kept my work hoodie zipped up at my uncle's funeral so the relatives wouldn't start whispering about me too. {stig}
MOD: What keeps you going, through all of that?
P15: My kid, honestly. {-} And the ones we do bring back, the ones who come by months later just to say hi. {-}
P13: There's an older man who's waved at us from the bus every morning since we caught him in the spring. {-}
P14: Some days it's just stubbornness. {-} I'm not letting this thing win. {-}
P13: And, weirdly, the job itself. {-} After the overdose course in the fall, I stopped locking up when someone goes blue. {sk}
P14: I walk down by the water on Dallas Road after a bad shift and watch the dogs. {-}
P15: I pray, and I'm not embarrassed to say it. {-}
P13: My grandmother used to say grief is just love with nowhere to go. {-}
P14: That's a good one. {-}
P15: I started knitting again, which sounds silly, but it keeps my hands busy on the bad nights. {-}
MOD: Did that month change how you do the job?
P15: I started carrying oxygen on the walks after that, except there's one little tank, so whoever's on nights fights over it. {res}
P14: We needed a second oximeter so badly that one of the nurses lent us hers from home. {res}
P13: I still can't tell when someone's been down too long for the naloxone to do anything. {sk} Nobody has ever taught us when to stop and when to keep going. {sk}
P15: I'd take a course on handling the crowd around a scene, because people panic and start screaming and I've got nothing for that. {sk}
P14: Half the time our sharps containers are full, and I'm carrying used points back in a coffee can. {res}
P13: We had no bag valve mask in the outreach kit until January. {res}
P15: The only work phone lives in the office charger, so out on the walk I'm calling 911 on my own minutes. {res}
P14: And a reflective vest would be nice, so drivers can see us when we're kneeling in the lane at night. {res}
MOD: Tell me about the police during that stretch.
P14: They started showing up to more calls around then. {-} People would take off and leave their friend on the ground, because nobody wanted to get picked up on a warrant. {crim}
P13: I was holding a guy's head on the sidewalk while an officer asked me whether I had anything outstanding. {pr,crim}
P15: I still get nervous calling 911 myself, because of my record, even when I'm the one working. {crim}
P14: The constable on the bike patrol is decent, though. {pr} He knelt down and asked me what I needed, instead of telling me to back off. {pr}
P13: One decent guy. {-}
P14: I'm just saying, he's decent. {-}
P13: Everybody talks about decriminalization on the radio, and it stays talk until Ottawa actually changes the law. {crim}
P15: As long as nobody can know what's in the stuff they're buying, we're going to keep having months like that. {crim}
P13: My buddy had a no-go order for the whole downtown core, so he was using alone in Esquimalt when he went down. {crim}
P14: Every time there's a sweep for dealers, we see the overdoses jump the week after. {crim}
P15: I saw an officer cry at a scene once, and I think about that a lot. {-}
MOD: And the paramedics and hospital, that month?
P15: Most of the ambulances on our block are the same four crews, so we know their trucks by now. {-}
P13: One crew started phoning the site before they pulled up, so we'd have the side door open. {pr}
P14: The fire crew walked in and started asking the guy's friend what happened, like I wasn't kneeling there with the naloxone in my hand. {pr}
P15: At the Jubilee the triage nurse let me stay in the room, because by then she knew my face. {pr}
P14: A different nurse asked me how long I'd been clean before she'd take my report. {pr,stig}
P13: A picture ID would have saved me ten minutes arguing at the hospital door that same week. {res,pr}
MOD: Let's talk about housing, in all of this.
P14: Two of the people we lost that month had just been evicted from the same building on Pandora. {hous}
P15: When the camp got cleared in the fall, everybody scattered and we couldn't find half our regulars to check on them. {hous}
P13: There's no quiet place to come home to when you're sleeping in somebody else's living room. {hous,sc}
P15: My landlord is selling the house, so I've got until the end of April to find something. {hous} And with on-call hours, no landlord is going to look at my application twice. {hous,prec}
P13: BC Housing finally called me back after two years, and the only unit was out in Langford with no bus after nine. {hous}
P14: For our folks, the shelter turns them away if they're high, so they go sleep in the doorway behind the bank. {hous}
P13: We lost a regular who'd been kicked out of his SRO for having guests, and detox had told him three weeks. {hous,acc} And the doorway behind the bank is where the security guard found one of them in the morning. {-}
P14: In my building guests have to be out by eleven, so I couldn't even have people over after the service. {hous}
P15: My neighbour's kid just signed a lease on a place in Vic West, so at least somebody's sorted. {-}
MOD: How about money? Did that month cost you?
P15: I took every extra shift they offered, because I was short on rent again. {wage,hous}
P14: I made more that month than any month last year, and it still didn't cover groceries past the twentieth. {wage}
P13: I picked up so many shifts that I went over my disability limit, and they clawed it back in February. {wage}
P15: The funeral home wanted two thousand dollars for my cousin, and all of us peers together couldn't raise a quarter of it. {wage}
P14: Peers make nine dollars an hour less than the outreach workers, and that month we were doing the exact same walks. {ineq}
P13: At the holiday party, staff got a gift card for getting through December, and the peers weren't on the list. {ineq}
P15: Our cheque from the society comes every second Friday, like clockwork. {-}
P13: That part's fine. {-}
MOD: How did the organization keep you informed during that stretch?
P15: We found out the site was closing early on New Year's Eve from a client. {st}
P13: They changed the overdose protocol halfway through December, and it went out in an email that only goes to staff. {st}
P14: My supervisor means well, but she talks in initials and I just nod. {st} I nod a lot, believe me. {-}
P15: There was a staff debrief after the worst night, and we only knew it happened because the coffee cups were still on the table. {st,db}
P13: When I bring up what I'm seeing on the street at team meeting, they thank me and move straight on to the next item. {resp}
P14: I'd done three reversals in a row, and the program manager came out and asked me to restock the washroom. {resp}
P15: They asked us what we saw that month for their report, and then it went out with none of it in there. {resp}
P13: One of the senior staff told the new hires I'm the person to ask, and I walked around grinning for a day. {resp}
P14: They trusted me with the supply room keys over the holidays, first time in four years. {resp} Took a crisis. {-}
MOD: Was it clear what your job was, that month?
P13: No. {-}
P14: I was doing intake, security and grief counselling, and none of that is in anything I ever signed. {role}
P15: Am I supposed to phone the family when someone dies? {role} Because I did, twice, and nobody has told me whether that's even allowed. {role}
P13: I got told off for staying with a guy at the hospital overnight, because apparently the peer job stops at the sliding doors. {role}
P14: At the memorial the director introduced me as our peer, like I don't have a name. {role}
P15: I'd like one paragraph in writing about what we do when the person who died is somebody we know. {role}
MOD: What about the job itself, is it secure enough to get through another month like that?
P14: The winter money for the extra walks ran out on the thirty-first, right in the middle of it. {prec}
P13: Three of the peers I trained last year are gone, because the pilot ended. {prec}
P15: There's nothing signed, so I don't even know if I'll be here for the next bad month. {prec}
P14: Our hours went to forty in December and back to fifteen in January. {prec} Nobody said why. {-}
P13: My coordinator does the schedule on Sundays now, and honestly it's been pretty regular lately. {-}
MOD: And the people you serve, could you get them what they needed that month?
P15: We couldn't find a single detox bed for a man who begged us for one three days running. {acc}
P14: The grief counselling through the health authority had a waitlist into the spring. {acc,db}
P13: A mom came in looking for her son's body and none of us knew which office she was supposed to call. {acc}
P15: Half the people we revived that month had no family doctor to follow up with. {acc}
P14: If there was one phone number for treatment, I'd have sent five people in December. {acc}
P13: I didn't know where to send a family who wanted a service and couldn't pay for one. {acc}
P15: Some of the clients are funnier than any comedian I've ever paid to see. {-}
P14: The clients were looking out for each other more than usual, which was something. {-}
MOD: Did the public notice what you were doing that month?
P14: A lady from the bakery came out and asked if we were volunteers, and when I said it's my job, she laughed. {comm}
P13: My own brother still introduces me as between jobs. {comm}
P15: At church somebody told me handing out kits is helping people die. {comm}
P14: Some people won't shake my hand once they hear where I work. {comm,stig}
P15: The mayor's office sent a thank-you card to the fire hall that month, and they'd been to maybe a third of what we had. {comm}
P13: The business improvement people on our street still call us the needle crowd. {comm,stig}
P15: People on the street did a candlelight walk for everyone we lost, and that meant more to me than anything official. {-}
MOD: When you compare yourselves with the staff through that month, what stands out?
P15: Staff had a wellness lunch in January, with a massage chair, on a weekday when every single peer was out working the floor. {ineq}
P13: When a staff member lost a client, the manager sent her home early with pay, and when I lost one, I finished my shift. {ineq,db}
P14: The staff got their parking covered for the month, and I was paying for my own transit to the same building. {ineq}
P15: After the worst night, the staff got a paid half day to recover, and the peers were on the schedule for the next morning. {ineq,sc} Staff have lockers with locks, and my stuff lives in a grocery bag under the desk. {ineq}
P14: If a nurse calls in sick after a bad night, it's self-care, and if I do it, it's a pattern. {ineq}
P13: The new manager shakes the nurses' hands and waves at us. {resp}
P15: The one time I said we needed a second person on nights, they said they'd take it under advisement. {resp}
P13: And I'm tired of being the one they send in to clean the washroom after somebody dies in there. {resp}
P14: Our coordinator cried in the staff room once, and I liked her more after that. {-}
MOD: How were you told about things, day to day?
P13: They moved the peer meeting to Tuesday mornings and told us with a note taped to the fridge. {st}
P15: Nobody told us one of our regulars had died at the hospital, and I showed up to visit him with a coffee. {st}
P14: Half our shift notes go in a binder we're not allowed to open. {st}
P13: They told us in the fall the peer program might not survive the next budget, and then nobody mentioned it again. {prec,st}
P15: Nobody has said whether the extra December shifts will come back next winter. {prec,st}
P13: The coordinator says we're not supposed to do grief support, but the families come to us, so what am I meant to do? {role}
MOD: Anything else from that month about training or gear?
P13: The cultural safety session in October helped me a lot with a couple of the families from up island. {sk}
P15: I had to tell a mother on the phone that her son was gone, and I had no idea how to say it. {sk}
P13: I was out of my depth with the grieving families, and nobody checked on me after. {sk,db}
P14: I lost my gloves at a scene and went the rest of the shift without any. {res}
P13: I used the site's only oximeter on a guy in the alley, and my supervisor said it wasn't meant for outreach, which nobody had ever told me. {res,role}
P15: If we had a proper backpack for the kit, I wouldn't be juggling everything in a plastic bag in the rain. {res} A cop asked to see my work ID, and when I held up the lanyard he laughed. {pr,res}
P14: Staff get a work phone that actually works, and peers get told to use our own. {ineq,res}
P13: One of the doctors in emerg actually asked me what the guy had used, and listened to the answer. {pr}
P14: Honestly, the paramedics were as wrecked as we were by Christmas. {-}
MOD: And the laws, the courts, any of that?
P15: The guy across the hall from me did eighteen months for selling to pay for his own habit, and came out to a supply that's completely different. {crim}
P13: My record suspension application has been sitting in Ottawa for two years, and until it clears I can't apply for the staff jobs. {crim}
P14: If it were legal and labelled, half those funerals wouldn't have happened. {crim}
P13: The officer who searched my bag found my work naloxone and asked if I was dealing that too. {pr,crim}
P15: A lot of the younger ones were smoking instead of injecting by then. {-}
MOD: And outside work, how did people treat you that month?
P15: Ten years clean, and my mother still checks her purse after I visit. {stig}
P13: At the walk-in clinic, the second I said I'm on methadone, the doctor stopped looking at me. {stig}
P14: People figure if you work with users, you must still be one. {stig,comm} The agency across the street still won't take a referral unless it comes from a staff member. {comm}
P13: The school board asked the nurses to come talk about overdoses, and nobody thought to ask a peer. {comm} I lost my wallet at a scene, and it took three trips to the ministry office to get my ID sorted. {acc}
P14: Our clients need a ride to treatment up in Nanaimo, and there's no way to get them there. {acc}
P13: I ate at the drop-in more than I'd like to admit that month. {wage}
P15: I sold my guitar in January to make it to the end of the month. {wage}
P14: I'm forty-six and I still can't afford a winter coat on what they pay us. {wage}
P15: Rent is two thirds of what I make, so that December it was rent or Christmas presents. {wage,hous}
P14: I was back on shift the morning after my stepdad's funeral because I can't afford a day without pay. {wage,sc} A client I'd known for years died in a tent two blocks from the site, the week the shelter was full. {hous}
P15: We painted a mural for everybody we lost on the back wall of the site. {-}
P14: The clients brought us a card signed by about thirty people. {-}
P13: Yeah, that card's still up on the wall. {-} My son and I have started fishing off the breakwater on Sundays. {-}
MOD: Before we close, there's one more change I keep hearing about. The society is moving the site to round-the-clock shifts this spring. How is that landing with you?
P15: They're calling it the twenty-four hour model, starting the first week of May. {-} Peers take the overnight from eleven to seven, and the staff keep the days. {ineq}
P13: We found out from a poster in the lobby, the same day the clients did. {st}
P14: I'm not against it, to be fair. {-} The site's busiest around midnight on weekends anyway. {-} People use at night, so somebody ought to be there at night. {-}
P15: I'm not against it either, I just want to know who's covering the door. {-}
P13: I asked at the peer meeting whether we could vote on it, and the manager said the decision had been made at the board level. {st,resp}
MOD: What have they told you about how a night will actually run?
P14: Two peers in the building and a nurse on call by phone. {-}
P13: That's it, that's the whole plan. {-}
P14: I asked my coordinator three weeks ago whether nights pay any extra, and she's still checking with finance. {st}
P15: The staff contract has a night premium after midnight, and we're not on that contract, so we don't see a cent of it. {ineq}
P13: Whatever they add, peer money doesn't cover a cab home when the buses aren't running yet. {wage}
P14: Are we greeters on nights, or security, or the ones running the overdose room, because I've heard all three from three different people? {role,st}
P15: Nobody's said whether we're allowed to turn someone away at 4 in the morning if the room's full. {role}
P13: Nobody knows if the night peer does the fire checks either, and I've never been shown how. {role,sk}
P15: The posting for nights says peer support, and then it lists cleaning, security and first aid underneath. {role}
MOD: Some of you have worked nights before. What does night work do to people?
P14: I did nights at a fish plant in Sooke when I was twenty. {-} I lost about a year of my life to being tired all the time. {sc}
P15: I'm a light sleeper at the best of times, and my window faces the street, so sleeping in the daytime just isn't going to happen. {sc}
P13: When I'm short on sleep, the cravings get louder. {sc} That's the part nobody at the office wants to hear about. {-}
P15: My daughter's up at seven for school. {-} So when exactly am I meant to sleep? {sc}
P13: Nights at a warehouse and nights at a site aren't the same thing. {-} Nobody dies on you in a warehouse. {-}
P14: Around 4 your body just wants to lie down on the floor, and that's the hour the overdoses start coming in. {sc}
P15: People keep telling me you get used to it. {-}
P13: You don't. {-}
P14: Some do. {-} My uncle drove a taxi overnight for thirty years and swore by it. {-}
P13: [laughter] And how's your uncle's heart? {-}
P14: Okay, fair. {-}
MOD: What would you need to get through a night shift okay?
P14: A room with a cot and a door that closes, for twenty minutes. {sc} That's all I'm asking. {-}
P15: Somebody I can phone at 5 in the morning after a bad one, who isn't asleep themselves. {db}
P13: Right now the only debrief happens at the 9 o'clock staff meeting, and the night peers will be home in bed by then. {db,st}
P14: I'd want a proper handover at eleven, so I'm not walking in blind to whatever happened on the day shift. {st}
P15: The office phone forwards to voicemail after ten, so overnight we'd be running the place on our personal cells. {res}
P13: And we'd need a panic button or a radio to the front desk, because two people in a building that size is nothing. {res}
P14: The back lane has one light and it's been out since Christmas. {-} There's one flashlight in the whole building, and it lives in the day supervisor's drawer. {res}
P15: The defibrillator's been in the staff office since it arrived, and nobody's told us where the key is. {res,st}
P13: I want a jacket that says who we are when we step out front at 3 in the morning. {res}
P15: Staff carry keys to the supply cupboard and we don't, so on nights we'd be locked out of our own naloxone. {res,ineq}
MOD: Is there training you'd want before you start nights?
P15: Nights are when the people in psychosis come through the door, and I can't always tell what's meth and what's something else. {sk}
P13: I've never run the room alone, there's always been a nurse I could look over at when I wasn't sure. {sk}
P14: Somebody should teach us what to do if a guy pulls a knife and it's only the two of us. {sk} Nobody's trained me on the alarm system, and on nights I'll be the one setting it. {sk}
P15: The de-escalation day in January was good, actually. {sk} I used it twice that same week. {-}
P13: And I'd want a refresher on the bag and mask, because at night there's no nurse down the hall to take over. {sk}
MOD: How will the pay work, do you know?
P14: Same hourly rate for nights as for days, as far as anyone's said. {-}
P13: At least the deposit always lands on time. {-}
P15: Four nights a week and I'm over what my disability lets me keep, so the ministry takes most of the fourth night. {wage}
P14: The security guys from the contract company will be sitting at the door all night, and they make more than we do. {ineq} They're not reversing anybody. {-}
P13: I priced it out, and if the first bus isn't until after seven, I'd spend an hour's pay on a cab every morning. {wage}
P15: My daughter can't be alone from eleven to seven, and a night sitter would cost more than the shift pays. {wage}
P14: Nights are supposed to be the hard shift, and it's the lowest-paid people in the building doing all of it. {ineq,wage}
P13: Give me twenty an hour and I'd do nights without a word. {wage}
P15: I'm behind on rent already, and one week of nights lost to being sick would sink me. {hous,wage}
P14: I can't afford to get sick from nights, because I don't have a cent put away. {wage,sc}
MOD: Will the night positions be permanent?
P15: It's a six-month pilot. {prec} If the numbers look good they keep it, and if not we're back on the old hours, or no hours. {prec}
P13: The overnight is paid for by a one-time grant from the health authority. {prec}
P14: I'd take nights in a heartbeat if they came with a contract. {prec}
P15: Last time they ran a pilot, the staff got moved to other programs when it ended, and the peers just got dropped. {prec,ineq}
P13: They want us to commit to nights, but they won't commit to us. {prec}
P14: My coordinator did say there'd be a posted schedule a month out, which would be a first. {-}
MOD: What about afterward, going home and sleeping during the day?
P14: In my building they do room checks at ten in the morning, so that's the end of any sleep after a night shift. {hous,sc}
P13: I'm still on somebody's living room floor, and nobody's going to tiptoe around me at noon. {hous,sc}
P15: I'm looking at rooms right now, and every landlord asks where I work and what hours. {hous} When I say nights at a consumption site, the room's suddenly gone. {hous,stig}
P14: The bylaw officers wake everyone in the park at seven to pack up their tents. {hous} So the whole night crowd will be landing on us right during handover. {-}
P13: Half the people who come in after midnight are there because the shelter's full and the site is warm. {hous}
P15: If this job came with help finding a place with a door that locks, I'd do nights for a year. {hous}
P13: There's a modular building going up on Caledonia, and I put my name in for a unit, for whatever that's worth. {hous}
MOD: What about the police, at night?
P14: At night the police stop anybody walking with a backpack, and I walk home at seven with a backpack full of rigs. {crim}
P13: My conditions used to have a curfew in them. {crim} If that ever comes back, I'd be breaching just by walking into work. {crim}
P15: After midnight it's usually a cop who beats the ambulance, and he wants to know who I am before he asks what happened. {pr}
P14: People are holding more at night because that's when they buy, so nobody wants to be the one who calls 911. {crim}
P13: One officer on nights shines his flashlight in everybody's face at the door and writes down names. {pr,crim}
P15: After midnight the only dope around is the bottom of somebody's bag, cut with who knows what, and that's the poison we'll be catching. {crim} A guy left our site at 4 last month and got stopped a block away, and they charged him for what was in his pocket. {crim}
P14: Half our night folks are on conditions, and walking to the site after curfew is a breach. {crim}
P13: The ones with warrants come in at night, because they figure the cops are asleep. {crim}
P14: To be fair, the overnight constables are calmer than the day ones. {-} Fewer of them, too. {-}
P15: The last time I was out front at night, an officer told me to step away from my own door. {pr}
P14: If the supply was clean, a night shift would be mostly coffee and conversation. {crim}
P13: [laughter] I'd take that job. {-}
MOD: And the paramedics and the hospital, at night?
P15: The night crews are a different bunch, and not one of them knows us yet. {pr}
P13: A paramedic on a night call once asked me if I was the guy's girlfriend. {pr}
P15: Without a photo on our badge, a night crew has no reason to believe I'm the one in charge of the room. {res,pr}
P14: I took a client to emerg at 3 in the morning, and the waiting room was so full they sent him back out with a pamphlet. {acc}
P13: The overnight charge nurse at the Jubilee actually takes my calls now, which is something. {pr}
P14: One night crew made a point of asking my name and writing it on their sheet, which the day crews never bother with. {pr}
P15: It'd help if the night patrol came in for a coffee the week before we open, so the first time they see us isn't over a body. {pr}
MOD: And where do you send people at night, if they need something the site doesn't have?
P14: Nothing is open at night, and detox intake closes at four in the afternoon. {acc}
P13: I'm on methadone, and the pharmacy doesn't open until nine, so after a night shift I'd be sitting outside it half asleep. {acc,sc} At 2 in the morning the only place I can send a guy is emergency, and he's already been twice this week. {acc}
P15: I'd want a list on the wall of what's actually open after midnight, because I honestly couldn't tell you. {acc}
P14: Anybody who needs their ID or their cheque sorted has to wait for business hours, and by then they're asleep in a doorway. {acc,hous}
P13: Same with a bed. {-}
P15: The women's shelter takes intakes until one, then nothing. {hous,acc}
P14: The outreach van stops at midnight, so anybody we can't keep at the site goes back to a tent. {hous}
P13: Mm-hm. {-}
MOD: How do you think the neighbours and the public will take it?
P13: The strata across the street already sent a letter about us, and now they figure we'll be running a party all night. {comm}
P15: A guy on my street saw me coming home at seven in the morning and asked if I'd been out using all night. {stig}
P14: When people see somebody like me walking around at 3 in the morning, they assume I'm out scoring. {stig}
P13: My mom thinks working nights means I'm back in the life. {stig}
P14: A cab driver asked where I was coming from, and when I told him, he made me pay up front. {stig}
P15: The neighbourhood page online says the overnight is going to bring crime, and not one of those people has ever walked through our door. {comm}
P13: City council thanked the health authority and the nurses for the overnight in their announcement, and the peers who'll be working it didn't get a line. {comm}
P14: The business association wrote to the paper that the overnight will be run by volunteers off the street, and nobody from the society corrected them. {comm,stig} Most of my regulars think it's great, for what it's worth. {-}
P15: My own cousin asked me if the night shift is a real job or if I just keep an eye on the place. {comm}
P13: The outreach team from the other agency won't take a handover from a peer at night, they want to hear it from the nurse. {comm}
P14: The owner of the corner store says he'll call the police if he sees us out front after dark. {comm} If people knew how many we'd catch between midnight and dawn, they'd stop calling it a drug den. {comm}
P13: Someone at my meeting said a peer working nights at a site is like a drunk tending bar. {stig}
P15: Yeah. {-}
MOD: How is it sitting with the rest of the staff?
P14: The staff want the days because the days are easier, and they keep calling nights a great opportunity for peers. {ineq,resp}
P13: On nights nobody will be looking over our shoulder. {-} Funny how they only trust us when it saves them a night shift. {resp}
P15: I'll be honest, I'm kind of looking forward to a shift without a supervisor hovering. {-}
P14: If one of us calls in sick on a night, nobody's said who covers, and I'm not doing sixteen hours straight. {st,sc}
P15: My coordinator says on nights we use our judgment, which means nothing until somebody decides our judgment was wrong. {role}
P14: If something goes wrong at 4 with nobody senior on site, it's the peer who gets blamed for a call nobody told us we could make. {role}
P13: The nurses got asked which shifts they'd prefer, and we got handed a schedule. {ineq}
P15: When I raised safety at the staff meeting, the manager said peers are used to the street, so nights shouldn't bother us. {resp,stig} When I suggested we start at ten to overlap the evening rush, my supervisor said that's a conversation for another day, and that was in January. {resp}
P14: They'll leave us alone with forty people all night, but they still won't let us sign for a delivery. {resp} One of the day nurses did stay late last week just to walk me through the night binder, and I appreciated that. {resp}
MOD: What would it do to your families, your life outside?
P14: My kids stay with me on weekends, and the nights they need covered are Friday and Saturday. {-}
P13: My sister's already counting the days till I move out. {-}
P14: My ex already tells the kids' school I'm out all night with the users, like I'm one of them again. {stig}
P15: My daughter's excited, she thinks nights mean I'll be home after school. {-} Really I'd see my daughter for breakfast and that's it. {-} That's not a life, that's a handover. {-}
P14: When I was doing the fish plant, I stopped seeing my friends within about a month and got pretty low. {sc}
P13: I've got a meeting on Tuesday nights that's kept me on track for four years. {sc} Nights would mean losing it. {-}
MOD: P14, you did the trial nights. What were they like?
P14: I did two test nights in March. {-} The first one was quiet, I read half a paperback. {-} The second one we had three overdoses between 2 and 5. {-} I went home and couldn't sleep until the afternoon. {sc}
P13: Did anybody call you after? {-}
P14: The only message I got was a text at ten asking me to fill in the night log properly, nothing about how I was doing. {db}
P15: That's the part that worries me. {-} On days there's at least a body in the office to talk to after a bad one. {db}
P14: After the last one I sat in the stairwell until the first bus, with nobody to talk it through with. {db,sc}
P13: There's no peer support line that's open at that hour, I checked. {db}
P15: We should have one peer on backup at home, paid, just so the night people have someone to call after a bad one. {db}
P13: On days we at least get ten minutes in the back room after a death, and nobody's said what the night version of that is. {db}
P14: Nobody had told me the night log was different from the day one, either. {st} And the night binder says peers can't let anyone in after two, and the day supervisor told me the exact opposite. {role}
MOD: If you could change one thing about how nights are set up, what would it be?
P15: Write down what the night peer does and doesn't do, and put it in the binder where we can see it. {role}
P13: Put a staff person on nights with us, on the same pay as us, and see how long the model lasts. {ineq}
P14: A peer on call for us after the bad ones, not only the nurse. {db}
P15: A photo ID and a working phone, before the first night, not after. {res}
P14: A work phone with the on-call numbers already in it, so I'm not scrolling through my own contacts in a crisis. {res}
P13: Make it a real position with a start and end date on paper. {prec}
P14: And ask us. {-} Actually ask us, before the poster goes up. {st}
P13: [laughter] Revolutionary. {-}
P15: Someone at the office should know where the nearest all-night pharmacy is, because I sure don't. {acc}
P14: Some training on sleep, too, how to do it, because none of us know how to sleep in the day. {sk,sc}
MOD: Is there anything good that might come out of it?
P13: The people who use alone at night will finally have somewhere to go. {-}
P15: Nobody's going to have to wait for seven in the morning to get a clean kit. {-}
P14: I think I'll get to know a whole different group of people. {-} That's the part I'm actually looking forward to. {-}
P13: Me too, honestly. {-}
P14: True. {-}
P15: And if we prove it works, maybe they'll finally believe we can run things. {resp}
P14: My coordinator says if the pilot goes well they'll look at making a couple of peer positions permanent. {prec}
P13: I'll believe in a permanent job when I see it signed. {prec}
MOD: One last thing before we close. What would you say to a new peer starting this month?
P13: Find one person you can call after a bad one, and call them. {db}
P14: Write down what they tell you your job is, because it'll change. {role}
P15: Eat something before your shift. {sc}
P13: [laughter] That's the best advice anyone's given all day. {-}
P14: And don't take a stipend if they offer one, because nobody can live on it. {wage}
P15: Learn how to use the oxygen before you need it, not during. {sk}
MOD: Thank you. Really. We'll stop there.
P14: Thanks for having us. {-}
""",
))

if __name__ == "__main__":
    main()
