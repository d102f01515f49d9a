"""Write the synthetic sample study: transcripts in every supported format, codings, manifest.

Everything here is SYNTHETIC: written by the needsmap team to look like peer-led focus
groups with peer workers in harm reduction (modelled on the study design of Mamdani et
al. 2021). No real person said any of it, and every speaker is a pseudonymous label.

The dialogue below is the single source: each group's script is rendered into its file
format(s), and the `{code,...}` tags after participant sentences become
`data/sample_codings.csv` (tags never reach the transcripts). Re-running the script
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
    """Which `{-}` sentences go into the codings file.

    All longer ones (on-topic talk with no code teaches the most), and a fixed fifth of
    the short ones (back-channel, fragments), so uncoded rows stay near a quarter of the file.
    """
    return len(sentence.split()) >= 5 or zlib.crc32(sentence.encode("utf-8")) % 5 == 0


def coded_sentences(groups: list[Group] | None = None) -> list[dict]:
    """Rows `id,text,codes` for every tagged participant sentence, in transcript order.

    Raises ValueError when a tag does not sit at the end of a sentence as spaCy's
    sentencizer splits it, so every row is exactly one unit the tool will show.
    """
    nlp = _sentencizer()
    rows = []
    for group in groups or GROUPS:
        n = 0
        for part in group.parts():
            for turn in part.turns:
                if not turn.tags:
                    continue
                if not turn.is_participant:
                    raise ValueError(f"{group.id}: codes on a non-participant turn: {turn.text[:40]}")
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
PARTICIPANT 4: Is that the last of the shortbread? {-} My sister sent a whole tin over from Langford for today. {-}
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
MOD: Thank you. Really. We'll stop there.
P14: Thanks for having us. {-}
""",
))

if __name__ == "__main__":
    main()
