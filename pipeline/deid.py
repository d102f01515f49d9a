"""De-identification before anything is stored: roster names to pseudonyms, contact details masked.

A roster (CSV `name,pseudonym[,aliases]`) is the linking key between people and their
pseudonyms; it and the replacement report stay outside the project database, as ethics
boards require. Names are found exactly (any case, possessives included), then as likely
misspellings (rapidfuzz edit distance); phone numbers, e-mail addresses, street addresses
and dates of birth become `[PHONE]`, `[EMAIL]`, `[ADDRESS]`, `[DOB]`. When a trained spaCy
pipeline with an entity recognizer is installed, unlisted PERSON names become `[NAME]`.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import re
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import NeedsmapError, ProblemList
from .records import ParsedTranscript, RawTurn, Replacement

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    r"|(?<=in )\d{4})"
)
# Only dates introduced as a birth date are masked: other dates are study content.
DOB_RE = re.compile(
    rf"(?i)\b(?P<lead>born(?:\s+(?:on|in))?|d\.?o\.?b\.?:?|date\s+of\s+birth(?:\s+is|:)?|birthday\s+is)\s+(?P<date>{_DATE})"
)
_STREET = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|"
    r"crescent|cres|terrace|highway|hwy|parkway|pkwy|close|circle|cir)"
)
ADDRESS_RE = re.compile(
    rf"(?i)\b\d{{1,5}}[a-z]?\s+(?:[a-z][\w'.-]*\s+){{1,4}}{_STREET}\b\.?(?:\s*(?:,\s*)?(?:apt|unit|suite|#)\.?\s*\w+)?"
)
PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?!\w)"
    r"|(?<![\w-])\d{3}-\d{4}(?![\w-])"
)
_PLACEHOLDER_RE = re.compile(r"\[[A-Z]+\]")
_WORD_RE = re.compile(r"\[[A-Z]+\]|[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")
# Fuzzy matching compares single words; shorter ones match too many ordinary words.
MIN_FUZZY_LEN = 4
NAME_MASK = "[NAME]"


@dataclass
class RosterEntry:
    """One person: their name, the pseudonym to use, and other names they go by."""

    name: str
    pseudonym: str
    aliases: list[str] = field(default_factory=list)
    line: int | None = None


@dataclass
class Roster:
    """The linking key between people and pseudonyms (kept outside the database)."""

    entries: list[RosterEntry]
    source: str = ""

    def exact_terms(self) -> dict[str, str]:
        """Every spelling to replace (lower-cased) -> pseudonym: full names, aliases, name parts."""
        terms: dict[str, str] = {}
        # Full names and aliases first, so they win over a name part shared by two people.
        for entry in self.entries:
            for term in [entry.name, *entry.aliases]:
                terms.setdefault(_norm(term), entry.pseudonym)
        for entry in self.entries:
            parts = entry.name.split()
            if len(parts) > 1:
                for part in parts:
                    if len(part) >= 2:
                        terms.setdefault(_norm(part), entry.pseudonym)
        return terms

    def pseudonyms(self) -> set[str]:
        return {e.pseudonym for e in self.entries}


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower()


@functools.lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Lower-case English dictionary words (Webster's list): never taken as a misspelled name.

    A roster name that is also such a word ("Rose") is replaced only when capitalised.
    """
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], alpha=True) if w.islower())


def _read_text(path: Path) -> str:
    # The same detection as transcripts: rosters come from Excel on Windows as often as not.
    from .readers.encoding import decode_bytes

    return decode_bytes(path.read_bytes(), str(path))


def _split_aliases(value: str) -> list[str]:
    return [a.strip() for a in re.split(r"[|;]", value or "") if a.strip()]


def load_roster(path: str | os.PathLike) -> Roster:
    """Read a roster CSV (`name,pseudonym` and optionally `aliases` separated by | or ;).

    Raises NeedsmapError (E207) listing every bad line; nothing is used from a bad roster.
    """
    path = Path(path)
    if not path.is_file():
        raise NeedsmapError.of("E207", file=str(path), reason="the file does not exist")
    text = _read_text(path)
    try:
        return _roster_from_text(text, path)
    except csv.Error as exc:  # a cell over the size limit, typically after an unclosed quote
        raise NeedsmapError.of("E901", file=str(path), reason=str(exc)) from exc


def _roster_from_text(text: str, path: Path) -> Roster:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = [c.strip().lower() for c in (reader.fieldnames or [])]
    if "name" not in columns or "pseudonym" not in columns:
        raise NeedsmapError.of("E207", file=str(path), line=1,
                               reason=f"columns found: {', '.join(columns) or 'none'}")
    problems = ProblemList(str(path))
    entries: list[RosterEntry] = []
    seen: dict[str, int] = {}
    for lineno, row in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k}
        if not any(row.values()):
            continue
        name, pseudonym = " ".join(row.get("name", "").split()), row.get("pseudonym", "").strip()
        if not name or not pseudonym:
            problems.add("E207", line=lineno, reason="this row needs both a name and a pseudonym")
            continue
        aliases = _split_aliases(row.get("aliases", ""))
        for term in [name, *aliases]:
            key = _norm(term)
            if key in seen:
                problems.add("E207", line=lineno,
                             reason=f"'{term}' is listed twice (first on line {seen[key]})")
            seen[key] = lineno
        entries.append(RosterEntry(name=name, pseudonym=pseudonym, aliases=aliases, line=lineno))
    names = {_norm(t) for e in entries for t in [e.name, *e.aliases]}
    for entry in entries:
        if _norm(entry.pseudonym) in names:
            problems.add("E207", line=entry.line,
                         reason=f"the pseudonym '{entry.pseudonym}' is also a real name in the roster")
    if not entries and not problems:
        problems.add("E207", line=1, reason="it lists nobody")
    if problems:
        raise NeedsmapError(problems.items)
    return Roster(entries=entries, source=str(path))


class _Scrubber:
    """Applies every rule to one string, collecting replacements with their line numbers."""

    def __init__(self, roster: Roster | None, source: str, nlp=None):
        self.source = source
        self.nlp = nlp
        self.found: list[Replacement] = []
        self.terms = roster.exact_terms() if roster else {}
        self.pseudonym_words = {
            w.lower() for p in (roster.pseudonyms() if roster else ()) for w in _WORD_RE.findall(p)
        }
        self.common = _common_words() if roster else frozenset()
        self.fuzzy_terms = {t: p for t, p in self.terms.items()
                            if " " not in t and len(t) >= MIN_FUZZY_LEN}
        self.fuzzy_choices = list(self.fuzzy_terms)
        self.term_re = self.repeat_re = None
        if self.terms:
            pseudos = sorted(set(self.terms.values()), key=len, reverse=True)
            alt = "|".join(re.escape(p) for p in pseudos)
            self.repeat_re = re.compile(rf"(?<![\w])({alt})(?:\s+\1)+(?![\w])")
            alts = sorted(self.terms, key=len, reverse=True)
            pattern = "|".join(r"\s+".join(re.escape(w).replace("'", "['’]") for w in t.split()) for t in alts)
            self.term_re = re.compile(rf"(?i)(?<![\w])(?:{pattern})(?![\w])")

    def _line(self, base: int | None, text: str, pos: int) -> int | None:
        return None if base is None else base + text.count("\n", 0, pos)

    def _sub(self, regex, text, base, kind, repl_for):
        out, last = [], 0
        for m in regex.finditer(text):
            original, replacement = repl_for(m)
            if replacement is None:
                continue
            start, end = m.span("date") if kind == "dob" else m.span()
            out.append(text[last:start])
            out.append(replacement)
            self.found.append(Replacement(self.source, self._line(base, text, start), kind, original, replacement))
            last = end
        out.append(text[last:])
        return "".join(out)

    def _is_common(self, term: str, matched: str) -> bool:
        """A one-word name that is also an English word is replaced only when capitalised."""
        return term in self.common and not matched[:1].isupper()

    def _exact(self, m):
        term = _norm(m.group(0))
        if self._is_common(term, m.group(0)):
            return m.group(0), None
        return m.group(0), self.terms[term]

    def _fuzzy(self, m):
        word = m.group(0)
        low = word.lower().replace("’", "'")
        if (word.startswith("[") or len(low) < MIN_FUZZY_LEN or low in self.common
                or low in self.pseudonym_words):
            return word, None
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        stem = low[:-2] if low.endswith("'s") else low
        best = process.extractOne(stem, self.fuzzy_choices, scorer=OSA.distance, score_cutoff=2)
        if best is None:
            return word, None
        term, dist, _ = best
        # One slip in a short name, two in a long one; lower-case words must be closer.
        allowed = 1 if len(term) <= 6 or not word[:1].isupper() else 2
        if dist == 0 or dist > allowed:
            return word, None
        suffix = word[len(stem):] if stem != low else ""
        return word, self.fuzzy_terms[term] + suffix

    def _ner(self, text: str, base: int | None) -> str:
        if self.nlp is None or not text.strip():
            return text
        doc = self.nlp(text)
        out, last = [], 0
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            words = {w.lower() for w in _WORD_RE.findall(ent.text)}
            if not words or words <= self.pseudonym_words or _PLACEHOLDER_RE.fullmatch(ent.text):
                continue
            out.append(text[last:ent.start_char])
            out.append(NAME_MASK)
            self.found.append(Replacement(self.source, self._line(base, text, ent.start_char), "person", ent.text, NAME_MASK))
            last = ent.end_char
        out.append(text[last:])
        return "".join(out)

    def scrub(self, text: str, base: int | None) -> str:
        text = self._sub(EMAIL_RE, text, base, "email", lambda m: (m.group(0), "[EMAIL]"))
        text = self._sub(DOB_RE, text, base, "dob", lambda m: (m.group("date"), "[DOB]"))
        text = self._sub(ADDRESS_RE, text, base, "address", _address)
        text = self._sub(PHONE_RE, text, base, "phone", lambda m: (m.group(0), "[PHONE]"))
        if self.term_re is not None:
            text = self._sub(self.term_re, text, base, "name", self._exact)
        if self.fuzzy_terms:
            text = self._sub(_WORD_RE, text, base, "misspelled_name", self._fuzzy)
        if self.repeat_re is not None:
            # A misspelled first name beside a correct surname gives "Totara Totara": one person.
            text = self.repeat_re.sub(r"\1", text)
        return self._ner(text, base)


_NOT_STREET_WORDS = frozenset(
    "and or but the of to a an in on at my his her their our your we i you they he she it was were "
    "is are had have has did do been got with for from".split()
)


def _address(m):
    """A number, words, then a street type, unless the words are ordinary speech ('3 kids and the street')."""
    words = {w.lower() for w in _WORD_RE.findall(m.group(0))}
    if words & _NOT_STREET_WORDS:
        return m.group(0), None
    return m.group(0), "[ADDRESS]"


def _load_ner():
    """A trained spaCy pipeline with an entity recognizer, or None when none is installed."""
    from .config import load_settings

    return _load_ner_named(load_settings().spacy_model)


@functools.lru_cache(maxsize=4)
def _load_ner_named(preferred: str | None):
    # Cached: ingest calls deidentify once per file, and loading a pipeline takes seconds.
    try:
        import spacy
    except ImportError:
        return None
    candidates = [preferred] + sorted(spacy.util.get_installed_models())
    for name in candidates:
        if not name:
            continue
        try:
            nlp = spacy.load(name, exclude=["parser", "lemmatizer", "textcat"])
        except (OSError, ValueError, ImportError):
            continue
        if "ner" in nlp.pipe_names:
            return nlp
    return None


def deidentify(
    parsed: ParsedTranscript, roster: Roster | None, *, use_ner: bool = True, nlp=None,
) -> tuple[ParsedTranscript, list[Replacement]]:
    """Replace roster names with pseudonyms and mask contact details in labels and text.

    Args:
        parsed: what a reader found in one file (not modified).
        roster: the linking key, or None to mask contact details (and NER names) only.
        use_ner: also mask unlisted PERSON names when a trained spaCy pipeline is installed.
        nlp: a spaCy pipeline to use for that instead of looking for an installed one.
    Returns:
        The cleaned transcript and every replacement made, for the team's report.
    """
    if use_ner and nlp is None:
        nlp = _load_ner()
    scrubber = _Scrubber(roster, parsed.source_name, nlp if use_ner else None)
    turns: list[RawTurn] = []
    for turn in parsed.turns:
        before = len(scrubber.found)
        speaker = scrubber.scrub(turn.speaker, turn.line)
        for rep in scrubber.found[before:]:
            rep.kind = "speaker" if rep.kind in ("name", "misspelled_name", "person") else rep.kind
        turns.append(replace(turn, speaker=speaker, text=scrubber.scrub(turn.text, turn.line)))
    source_name = parsed.source_name
    if roster is not None:
        before = len(scrubber.found)
        # File names join words with _ - . so each piece is checked on its own.
        pieces = re.split(r"([_.\-\s/\\]+)", parsed.source_name)
        source_name = "".join(p if i % 2 else scrubber.scrub(p, None) for i, p in enumerate(pieces))
        for rep in scrubber.found[before:]:
            rep.kind = "file_name"
    return replace(parsed, source_name=source_name, turns=turns), scrubber.found


REPORT_COLUMNS = ["file", "line", "kind", "original", "replacement"]


def default_report_path(roster_path: str | os.PathLike, when: float | None = None) -> Path:
    """Where the replacement report goes by default: beside the roster, outside the project.

    `<roster stem>-replacements-<YYYYmmdd-HHMMSS>.csv`, so each ingest keeps its own report.
    """
    roster_path = Path(roster_path)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(when))
    path = roster_path.with_name(f"{roster_path.stem}-replacements-{stamp}.csv")
    n = 2
    while path.exists():
        path = roster_path.with_name(f"{roster_path.stem}-replacements-{stamp}-{n}.csv")
        n += 1
    return path


def write_report(replacements: list[Replacement], path: str | os.PathLike) -> Path:
    """Write the replacement report (CSV) for the team to check; keep it with the roster."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(REPORT_COLUMNS)
        for r in replacements:
            writer.writerow([r.file, "" if r.line is None else r.line, r.kind, r.original, r.replacement])
    return path
