"""Plain-text transcripts: speaker headers, wrapped lines and PDF page debris.

Accepted header shapes (the label rules live in `labels.py`):
`Name: text`, `[hh:mm:ss] Name: text`, `hh:mm Name:` with the text below,
`Name  0:42` (Otter, Zoom), `Name (00:01:02): text`, `[46:33] PARTICIPANT 1`, and
`Name<TAB>text`. Each header starts a turn; following lines join it with one space.
Headers are decided in two passes: first every line that could be a header, then the
file's own habits (timestamps or not, labels that recur) settle the doubtful ones.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..errors import NeedsmapError, ProblemList
from ..records import ParsedTranscript, RawTurn
from .labels import TS, clean_label, is_non_speech, is_role_pattern, looks_like_label, norm_label, visible

_LABEL = r"[^\W\d_][\w.'’&/\- ]{0,45}?"
_BR_TS = rf"[\[(]\s*{TS}\s*[\])]"
_ANY_TS = rf"(?:{_BR_TS}|{TS})"

# [00:19] Name: text   |   00:19 Name:   |   00:19 - Name: text
_TS_FIRST_COLON = re.compile(
    rf"^(?P<ts>{_ANY_TS})\s*[-–—|]?\s*(?P<label>{_LABEL})\s*(?P<paren>\([^()]{{1,30}}\))?\s*:(?!\d)\s*(?P<rest>.*)$"
)
# [46:33] PARTICIPANT 1   (whole line, no colon)
_TS_FIRST_BARE = re.compile(rf"^(?P<ts>{_ANY_TS})\s*[-–—|]?\s*(?P<label>{_LABEL})\s*$")
# Name (00:01:02): text   |   Name [00:01:02]   |   Name  0:42   |   [Name] 10:02:33
_LABEL_TS = re.compile(
    rf"^\[?(?P<label>{_LABEL})\]?\s*(?:(?P<bts>{_BR_TS})|(?P<ts>{TS}))\s*(?P<colon>:)?\s*(?P<rest>.*)$"
)
# Name: text   |   Name (laughs): text
_PLAIN = re.compile(rf"^(?P<label>{_LABEL})\s*(?P<paren>\([^()]{{1,30}}\))?\s*:(?!\d)\s*(?P<rest>.*)$")
_TAB = re.compile(rf"^(?P<label>{_LABEL})\s*:?\t+\s*(?P<rest>\S.*)$")

_HAS_TIME = re.compile(r"\d:\d\d")
_PAGE_DEBRIS = re.compile(
    r"^(?:page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*(?:of|/)\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|"
    r"\d{1,4}\s*\|\s*page|page\s*\|\s*\d{1,4})$",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(r"^\d{1,4}$")
_BARE_TS = re.compile(rf"^{_ANY_TS}$")
_LINE_BREAKS = re.compile(r"\r\n|\r|\n")
_OTHER_BREAKS = re.compile(r"[\f\v\x1c\x1d\x1e\x85\u2028\u2029]")
_TERMINAL = tuple(".?!…\"”’)]")
# Keys that only appear in a metadata block at the top of a file.
_METADATA_KEYS = {
    "date", "time", "location", "site", "venue", "place", "duration", "length", "title", "project",
    "study", "session", "recording", "transcript", "transcriber", "transcribed by", "file",
    "file name", "attendees", "present", "absent", "number of participants", "focus group",
    "audio", "start time", "end time", "language", "topic", "interview date", "transcription",
    "group", "participants", "facilitator", "facilitators", "moderator", "note taker", "notetaker",
    "interviewer", "date of interview", "date of focus group", "meeting", "subject", "round",
}
_PURE_METADATA = _METADATA_KEYS - {
    "group", "participants", "facilitator", "facilitators", "moderator", "note taker", "notetaker",
    "interviewer",
}


@dataclass(slots=True)
class Line:
    """One line of a source: its number, its text, and what the reader knows about it."""

    no: int
    text: str
    page_break: bool = False
    # A header already known (a docx table row): (label, timestamp, text).
    header: tuple[str, str | None, str] | None = None


@dataclass(slots=True)
class _Candidate:
    label: str
    ts: str | None
    rest: str
    kind: str  # ts | ts_bare | plain | tab


def split_lines(text: str) -> list[Line]:
    """Split text into numbered lines the way an editor counts them (CRLF, CR, LF)."""
    # str.split is several times faster than the regex, and "\n" is the only break without "\r".
    raws = text.split("\n") if "\r" not in text else _LINE_BREAKS.split(text)
    if not _OTHER_BREAKS.search(text):
        # No form feeds or other page breaks (most files): one Line per line.
        return [Line(no=no, text=raw) for no, raw in enumerate(raws, start=1)]
    out: list[Line] = []
    for no, raw in enumerate(raws, start=1):
        parts = _OTHER_BREAKS.split(raw)
        for i, part in enumerate(parts):
            if i == 0 and len(parts) > 1 and not part.strip():
                continue  # nothing before the form feed
            out.append(Line(no=no, text=part, page_break=i > 0))
    return out


def single_spaced_ascii(text: str) -> bool:
    """A cheap test for ASCII text that `" ".join(text.split())` would leave as it is.

    Every ASCII whitespace character but the space is a control character, so printable
    ASCII with no doubled, leading or trailing space has nothing for split() to change.
    """
    return text.isascii() and text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def _norm_space(text: str) -> str:
    if single_spaced_ascii(text):
        return text  # already single-spaced (most lines): skip rebuilding it
    return " ".join(text.replace("\u00a0", " ").replace("\ufeff", "").split())


def _clean_ts(ts: str | None) -> str | None:
    if not ts:
        return None
    return ts.strip("[]() \t")


def _candidate(text: str, known: tuple[str, ...]) -> _Candidate | None:
    """Parse a line as a possible header; None when it cannot be one at all."""
    if ":" not in text and "\t" not in text:
        return None  # every header shape has a colon (in the label or the time) or a tab
    line = text.strip()
    if line.startswith(">>"):
        line = line[2:].strip()
    if not line or len(line) > 4000:
        return None
    has_time = _HAS_TIME.search(line) is not None
    ts_first = has_time and (line[0].isdigit() or line[0] in "[(")
    m = _TS_FIRST_COLON.match(line) if ts_first else None
    if m:
        label = clean_label(m["label"])
        if looks_like_label(label, known):
            rest = m["rest"].strip()
            if m["paren"]:
                rest = f"{m['paren']} {rest}".strip()
            return _Candidate(label, _clean_ts(m["ts"]), rest, "ts")
    m = _TS_FIRST_BARE.match(line) if ts_first else None
    if m:
        label = clean_label(m["label"])
        if looks_like_label(label, known):
            return _Candidate(label, _clean_ts(m["ts"]), "", "ts_bare")
    m = _LABEL_TS.match(line) if has_time else None
    if m and (m["colon"] or not m["rest"].strip()):
        label = clean_label(m["label"])
        if looks_like_label(label, known):
            return _Candidate(label, _clean_ts(m["bts"] or m["ts"]), m["rest"].strip(), "ts")
    m = _PLAIN.match(line)
    if m:
        label = clean_label(m["label"])
        if looks_like_label(label, known):
            rest = m["rest"].strip()
            if m["paren"]:
                paren = m["paren"]
                if re.fullmatch(_BR_TS, paren):
                    return _Candidate(label, _clean_ts(paren), rest, "ts")
                if _describes_speaker(paren):
                    # "Hana (facilitator):", "Participant 2 (F, 30s):": about the speaker, not talk.
                    label = f"{label} {paren}"
                else:
                    rest = f"{paren} {rest}".strip()  # "(laughs)", "(to Dev)": kept in the turn
            return _Candidate(label, None, rest, "plain")
    m = _TAB.match(text.strip(" \r\n"))
    if m:
        label = clean_label(m["label"])
        if looks_like_label(label, known):
            return _Candidate(label, None, m["rest"].strip(), "tab")
    return None


# Lines transcription services add to the talk they export (Otter's closing credit, Teams'
# notices when someone starts or stops the transcript).
_EXPORT_NOTICE = re.compile(
    r"^(?:transcribed by https?://otter\.ai/?|[^.!?:]{1,80} (?:started|stopped) transcription)$", re.IGNORECASE)


# Stage directions in brackets before the colon: "(laughing)", "(quietly)", "(nods)", "(to Dev)".
_STAGE_DIRECTION = re.compile(
    r"^(?:[a-z]+(?:ing|ly|s)|(?:to|at|on|off|in|into|from|with|via|reading|quoting|cont|continued)\b.*)$")


def _describes_speaker(paren: str) -> bool:
    """True for a bracketed note about who speaks (a role, demographics), not a stage direction."""
    inner = " ".join(paren.strip("()").split())
    if not inner or is_non_speech(inner):
        return False
    return not _STAGE_DIRECTION.match(inner)


def could_be_header(text: str, known: tuple[str, ...] = ()) -> bool:
    """Whether a line has the shape of a speaker header ("Name:", "00:19 Name:", "Name  0:42")."""
    return _candidate(visible(text), known) is not None


def _is_debris(text: str) -> bool:
    # Every form of page debris starts with "page", a digit or a dash: most lines are
    # settled by their first character without running the pattern.
    first = text[:1]
    if not (first.isdigit() or first in "pP-–—"):
        return False
    return bool(_PAGE_DEBRIS.match(text))


def _running_heads(lines: list[Line], cands: list[_Candidate | None], norm: list[str],
                   accepted: list[bool]) -> set[str]:
    """Texts repeated next to page breaks (and at the top of page 1): running heads and feet.

    A running head recurs at most page breaks; a sentence that happens to sit next to
    two of twenty breaks does not, so at least three breaks in four must show it.
    A bare number right under a header with no words ("Rowan:" / "14") is that turn's
    answer unless it continues the page numbers seen so far (12, 13, then 14), so it
    only then counts as a break.
    """
    marks: list[int] = []
    last: int | None = None
    for i, ln in enumerate(lines):
        if ln.page_break or _is_debris(norm[i]):
            marks.append(i)
        elif _BARE_NUMBER.match(norm[i]):
            n = int(norm[i])
            in_run = last is not None and last < n <= last + 2
            if in_run or not _answers_header(lines, cands, accepted, i):
                marks.append(i)
                last = n
    if not marks:
        return set()
    clusters = 1 + sum(1 for a, b in zip(marks, marks[1:]) if b - a > 4)
    near: dict[str, set[int]] = {}
    for i in marks:
        for step in (-1, 1):
            j, seen = i + step, 0
            while 0 <= j < len(lines) and seen < 1:
                t = norm[j]
                if t and not (_BARE_NUMBER.match(t) or _is_debris(t)):
                    seen += 1
                    if cands[j] is None:
                        near.setdefault(t, set()).add(j)
                j += step
    top = [j for j, ln in enumerate(lines) if ln.text.strip()][:1]
    for j in top:
        t = norm[j]
        if t in near:
            near[t].add(j)
    return {t for t, where in near.items()
            if len(where) >= 2 and len(where) * 4 >= clusters * 3 and len(t) <= 120}


def _answers_header(lines: list[Line], cands: list[_Candidate | None], accepted: list[bool], i: int) -> bool:
    """True when line i is the first words under a header line that had none of its own."""
    prev = i - 1
    while prev >= 0 and not lines[prev].text.strip():
        prev -= 1
    if prev < 0 or lines[i].page_break or not accepted[prev]:
        return False
    if lines[prev].header is not None:
        return not lines[prev].header[2].strip()
    cand = cands[prev]
    return cand is not None and not cand.rest.strip()


def _page_numbers(lines: list[Line], accepted: list[bool], norm: list[str]) -> set[int]:
    """Indexes of bare-number lines that are page numbers, not talk.

    A number is a page number when it sits next to a form feed or continues the run of
    page numbers seen so far (5, then 6 or 7); "12" closing a wrapped sentence is talk.
    """
    out: set[int] = set()
    last: int | None = None
    for i, ln in enumerate(lines):
        if accepted[i] or ln.header is not None:
            continue
        text = norm[i]
        if _is_debris(text):
            found = re.search(r"\d{1,4}", text)
            last = int(found.group()) if found else last
            continue
        if not _BARE_NUMBER.match(text):
            continue
        n = int(text)
        prev = next((k for k in range(i - 1, -1, -1) if lines[k].text.strip()), None)
        nxt = next((k for k in range(i + 1, len(lines)) if lines[k].text.strip()), None)
        near_ff = ln.page_break or any(k is not None and lines[k].page_break for k in (nxt,)) or (
            i + 1 < len(lines) and lines[i + 1].page_break)
        if prev is not None and lines[prev].page_break and norm[prev] == "":
            near_ff = True
        if near_ff or (last is None and n <= 5) or (last is not None and last < n <= last + 2):
            out.add(i)
            last = n
    return out


def _metadata_block(lines: list[Line], cands: list[_Candidate | None]) -> int:
    """Index after a metadata block at the top ("Date: ...", "Facilitator: Jane"), else 0."""
    first = next((i for i, ln in enumerate(lines) if ln.text.strip()), None)
    if first is None:
        return 0
    end = next((i for i in range(first, len(lines)) if not lines[i].text.strip()), None)
    if end is None or end - first > 15:
        return 0
    keys = []
    for ln in lines[first:end]:
        m = re.match(r"^\s*([^:]{1,40}):", ln.text)
        keys.append(norm_label(m.group(1)) if m else None)
    if not any(k in _PURE_METADATA for k in keys if k):
        return 0
    # Only a block that is all "Key: value" lines or title lines, never a real exchange.
    if any(c is not None and norm_label(c.label) not in _METADATA_KEYS and not c.ts
           for c in cands[first:end]):
        return 0
    has_later_header = any(c is not None for c in cands[end:])
    return end if has_later_header else 0


def _blank_separated(lines: list[Line], cands: list[_Candidate | None], known: tuple[str, ...]) -> bool:
    """True when the file's plain headers nearly always follow a blank line (or open the file)."""
    after_blank = total = 0
    role_after = role_total = 0
    prev_blank = True
    for ln, c in zip(lines, cands):
        if c is not None and c.kind == "plain":
            total += 1
            after_blank += prev_blank
            if is_role_pattern(c.label, known):
                role_total += 1
                role_after += prev_blank
        prev_blank = not ln.text.strip()
    if role_total >= 2:
        return role_after * 4 >= role_total * 3
    return total >= 3 and after_blank * 4 >= total * 3


def _decide(lines: list[Line], cands: list[_Candidate | None], known: tuple[str, ...]) -> list[bool]:
    """Settle which candidates are headers, using the file's own habits."""
    n_ts = sum(1 for c in cands if c is not None and c.kind in ("ts", "ts_bare"))
    n_plain = sum(1 for c in cands if c is not None and c.kind == "plain")
    n_tab = sum(1 for c in cands if c is not None and c.kind == "tab")
    n_text = sum(1 for ln in lines if ln.text.strip())
    counts = Counter(norm_label(c.label) for c in cands if c is not None)
    ts_labels = {norm_label(c.label) for c in cands if c is not None and c.kind == "ts"}
    timestamped_file = n_ts >= 1 and n_ts >= n_plain
    blank_separated = _blank_separated(lines, cands, known)
    # Labels seen opening a paragraph somewhere: established speakers.
    opens_turns = {
        norm_label(c.label) for k, c in enumerate(cands)
        if c is not None and c.kind == "plain" and (k == 0 or not lines[k - 1].text.strip())
    }
    accepted = [False] * len(lines)
    prev_text_kind = None  # 'header' | 'text' | None (blank)
    prev_text = ""
    prev_bare = False
    for i, (ln, c) in enumerate(zip(lines, cands)):
        stripped = ln.text.strip()
        if ln.header is not None:
            accepted[i] = True
        elif c is not None:
            key = norm_label(c.label)
            role_like = is_role_pattern(c.label, known)
            if c.kind == "ts":
                ok = True
            elif c.kind == "ts_bare":
                ok = role_like or counts[key] >= 2 or key in ts_labels
            elif c.kind == "tab":
                ok = role_like or n_tab * 2 >= n_text - n_ts - n_plain
            elif timestamped_file:
                # "Hi PARTICIPANT 12:" inside a timestamped transcript is talk, not a header.
                ok = key in ts_labels or role_like
            else:
                ok = True
                wrapped = prev_text_kind == "text" and not prev_text.endswith(_TERMINAL)
                # The line under a bare "Name:" header is that turn's words.
                below_header = prev_text_kind == "header" and prev_bare
                if (wrapped or below_header) and counts[key] < 2 and not role_like:
                    ok = False
                # In a file whose turns are set apart by blank lines, a "Word:" line right
                # under text is a wrapped line of that text.
                if blank_separated and prev_text_kind is not None and not role_like and key not in opens_turns:
                    ok = False
            accepted[i] = ok
        if stripped:
            prev_text_kind = "header" if accepted[i] else "text"
            prev_text = stripped
            prev_bare = accepted[i] and (ln.header is None and c is not None and not c.rest)
        else:
            prev_text_kind = None
    return accepted


def parse_lines(lines: list[Line], name: str, fmt: str, known: tuple[str, ...] = ()) -> ParsedTranscript:
    """Turn numbered lines into turns, or raise NeedsmapError with every problem found.

    Args:
        lines: the source lines (from `split_lines` or a docx body).
        name: file name for messages.
        fmt: format recorded on the transcript ('txt', 'docx').
        known: extra labels the user named (facilitator names), always accepted as speakers.
    """
    problems = ProblemList(name)
    for ln in lines:
        # "Mary\u00a0Ann:" or a zero-width space before "P2:" must still read as a header.
        ln.text = visible(ln.text)
    cands = [None if ln.header is not None else _candidate(ln.text, known) for ln in lines]
    accepted = _decide(lines, cands, known)
    meta_end = _metadata_block(lines, cands)
    # Each line's words with spaces normalised, computed once: every pass below reads them.
    norm = [_norm_space(ln.text) for ln in lines]
    heads = _running_heads(lines, cands, norm, accepted)
    page_numbers = _page_numbers(lines, accepted, norm)

    turns: list[RawTurn] = []
    pieces: list[list[str]] = []
    numbers_only: list[list[str]] = []
    preamble: list[Line] = []
    pending_ts: str | None = None
    for i, ln in enumerate(lines):
        if i < meta_end:
            continue
        if ln.header is not None or accepted[i]:
            if ln.header is not None:
                label, ts, rest = ln.header
            else:
                c = cands[i]
                label, ts, rest = c.label, c.ts, c.rest
            turns.append(RawTurn(speaker=label, text="", line=ln.no, timestamp=ts or pending_ts))
            pieces.append([_norm_space(rest)] if rest.strip() else [])
            numbers_only.append([])
            pending_ts = None
            continue
        text = norm[i]
        if not text or _is_debris(text) or text in heads or _EXPORT_NOTICE.match(text):
            continue
        if i in page_numbers:
            # A page number; kept only if it is all a turn says.
            if turns:
                numbers_only[-1].append(text)
            continue
        if _BARE_TS.match(text):
            nxt = next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), None)
            if nxt is not None and accepted[nxt] and cands[nxt] is not None and not cands[nxt].ts:
                pending_ts = _clean_ts(text)
                continue
        if not turns:
            preamble.append(ln)
            continue
        pieces[-1].append(text)

    if not turns:
        problems.add("E007")
        raise NeedsmapError(problems.items)
    body_lines = sum(1 for ln in lines[meta_end:] if ln.text.strip())
    if len(preamble) > 20 and len(preamble) * 4 > body_lines:
        problems.add("E015", line=preamble[0].no)
        raise NeedsmapError(problems.items)
    for turn, parts, nums in zip(turns, pieces, numbers_only):
        turn.text = " ".join(p for p in parts if p) if parts else " ".join(nums)
    return ParsedTranscript(source_name=name, format=fmt, turns=unify_labels(turns))


def unify_labels(turns: list[RawTurn]) -> list[RawTurn]:
    """Spell each speaker the way they first appear ("PARTICIPANT 2" == "Participant 2").

    A note in brackets after a name ("Hana (facilitator)") is often written only at a
    speaker's first turns: "Hana" and "Hana (facilitator)" are one speaker, spelt with the
    note, which can carry the role. A bracketed number or letter ("Speaker (2)") is part of
    the name.
    """
    spelling: dict[str, str] = {}
    for t in turns:
        t.speaker = clean_label(t.speaker)
        key = _speaker_key(t.speaker)
        known = spelling.get(key)
        if known is None or (known == _without_note(known) and t.speaker != _without_note(t.speaker)):
            spelling[key] = t.speaker
    for t in turns:
        t.speaker = spelling[_speaker_key(t.speaker)]
    return turns


_NOTE = re.compile(r"\s*\(([^()]*)\)$")


def _without_note(label: str) -> str:
    m = _NOTE.search(label)
    if m is None or re.fullmatch(r"\s*(?:\d+|[A-Za-z])\s*", m.group(1)) or not label[:m.start()].strip():
        return label
    return label[:m.start()]


def _speaker_key(label: str) -> str:
    return norm_label(_without_note(label))


def parse_text(text: str, name: str, fmt: str = "txt", known: tuple[str, ...] = ()) -> ParsedTranscript:
    """Parse a plain-text transcript (already decoded)."""
    return parse_lines(split_lines(text), name, fmt, known)

