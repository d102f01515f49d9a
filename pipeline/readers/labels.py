"""What counts as a speaker label, and which role a label plays.

A false speaker is worse than a missed one: "Note: we met at 5" or "He said: no" must
stay inside the turn they belong to. Labels are short, capitalised (or a known role
pattern like "P3", "Participant 12", "FAC"), and never made of prose words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ..config import DEFAULT_FACILITATOR_LABELS, DEFAULT_GROUP_LABELS

MAX_LABEL_CHARS = 40
MAX_LABEL_WORDS = 5

TS = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
TS_RE = re.compile(rf"^[\[(]?\s*({TS})\s*[\])]?$")

# Sounds and events transcribers put in brackets; kept in the text, never a speaker.
NON_SPEECH = {
    "crosstalk", "cross talk", "cross-talk", "inaudible", "laughter", "laughs", "laughing", "laugh",
    "applause", "silence", "pause", "long pause", "music", "noise", "background noise", "cough",
    "coughs", "unintelligible", "overlapping", "overlapping speech", "indistinct", "sighs", "sigh",
    "no audio", "audio cuts out", "break", "end", "end of recording", "end of transcript", "static",
    "phone rings", "door", "interruption", "unclear", "sound", "giggles", "chuckles", "recording",
}
# Words that start prose before a colon ("He said: no", "Note: ..."); a label never does.
_PROSE_FIRST = {
    "the", "an", "this", "that", "these", "those", "my", "your", "his", "her", "our", "their",
    "its", "he", "she", "they", "we", "it", "you", "there", "here", "then", "so", "and", "but",
    "or", "because", "if", "when", "what", "why", "how", "who", "where", "which", "note", "notes",
    "nb", "ps", "example", "examples", "e.g.", "eg", "i.e.", "ie", "answer", "question", "re",
    "subject", "update", "edit", "warning", "tip", "reminder", "summary", "conclusion", "result",
    "results", "time", "date", "day", "location", "place", "venue", "title", "topic", "agenda",
    "transcript", "transcription", "transcriber", "recording", "audio", "duration", "length",
    "statement", "yes", "no", "well", "okay", "ok", "um", "uh", "like", "also", "plus", "first",
    "second", "third", "firstly", "secondly", "finally", "step", "option", "reason", "problem",
    "issue", "point", "quote", "definition", "rule", "total", "source", "attendees", "present",
    "absent", "project", "study", "session", "file", "language", "interview", "start", "end",
    "number", "theme", "code", "codes", "category", "keywords", "key", "for", "to", "in", "on",
    "at", "with", "from", "about", "as", "by", "of", "all in all", "oh", "ah", "hi", "hello",
    "thanks", "thank", "please", "sorry", "dear", "said", "says", "asked", "remember", "imagine",
    "basically", "honestly", "anyway", "actually", "again", "now", "today", "yesterday", "tomorrow",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "bottom",
    "comment", "comments", "response", "q&a", "caution", "important", "disclaimer", "copyright",
    "page", "table", "figure", "section", "chapter", "part", "appendix",
}
_PROSE_ANY = {
    "said", "says", "say", "asked", "asks", "told", "tells", "replied", "answered", "thinks",
    "thought", "think", "was", "were", "is", "are", "am", "be", "been", "had", "has", "have",
    "did", "does", "do", "will", "would", "could", "should", "can", "must", "might", "the",
    "and", "but", "because", "that", "this", "what", "not", "never", "very", "just", "really",
    "i", "me", "my", "we", "our", "us", "you", "your", "they", "them", "their", "he", "she",
    "him", "her", "it", "its", "to", "for", "with", "is",
}
# Prose words that are also given names (Will, Said, Can, Do): written with a capital, as
# a name is, they do not make a label prose ("Will:", "Will Harper:"), while "He will:"
# and "They said:" are still refused. Document words such as Page or Day stay prose:
# "Day 2:" heads a section far more often than it names a person.
_NAMES_TOO = {"will", "said", "can", "do"}
# Lower-case parts of real names ("Ana de Souza").
_NAME_PARTICLES = {"de", "da", "das", "dos", "del", "della", "di", "du", "van", "von", "der",
                   "den", "la", "le", "bin", "binti", "al", "el", "ibn", "y", "e", "ten", "ter"}
# Generic voices a transcriber names by number or letter: P3, Participant 12, Speaker B.
_PARTICIPANT_PATTERN = re.compile(
    r"^(?:p|s|r|m|f|participant|participants?|speaker|spk|respondent|interviewee|person|voice|"
    r"member|student|parent|patient|client|youth|resident|caregiver|guest|attendee|man|woman|"
    r"male|female|unknown|unidentified|unknown speaker|unidentified speaker|unidentified participant|"
    r"unknown participant|female participant|male participant|female voice|male voice|"
    r"audience member|community member|elder|staff)"
    r"(?:\s*[-#_.]?\s*\d{1,4}|[\s\-#_.]+[a-z]|\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?$"
)
_INDEX_SUFFIX = re.compile(r"(?:\s*[-#_.]?\s*\d{1,3}|[\s\-#_.]+[a-z])$")
_CO_PREFIX = re.compile(
    r"^(?:co|assistant|asst|lead|second|2nd|senior|junior)"
    r"(?:[\s\-.]+|(?=facilitator|moderator|researcher|interviewer|host))"
)
# Voices that speak for the whole group, beyond the configured group labels.
_GROUP_EXTRA = {
    "several", "multiple", "various", "many", "all", "both", "everybody", "everyone", "group",
    "others", "some", "several voices", "multiple voices", "many voices", "all participants",
    "several participants", "multiple participants", "most participants", "some participants",
    "few participants", "participants", "voices", "crowd", "audience", "several people",
    "all together", "together", "unison", "in unison", "multiple people", "group response",
}
# Single letters used in interview transcripts: I(nterviewer)/Q(uestion).
_FACILITATOR_LETTERS = {"i", "q"}


# Characters a word processor or a joined file leaves in a line without showing them: a
# non-breaking space reads as a space; zero-width spaces, word joiners and stray byte-order
# marks read as nothing. (Zero-width joiners stay: emoji and some scripts need them.)
INVISIBLE = str.maketrans({"\u00a0": " ", "\u200b": None, "\u2060": None, "\ufeff": None})


def visible(text: str) -> str:
    """The text as a reader sees it (see INVISIBLE); ASCII text is returned as it is."""
    return text if text.isascii() else text.translate(INVISIBLE)


# Labels repeat on every turn of a file; both helpers are pure, so cache them.
@functools.lru_cache(maxsize=8192)
def norm_label(label: str) -> str:
    """Case- and spacing-insensitive key for a label ("PARTICIPANT  2" == "Participant 2")."""
    return " ".join(visible(label).split()).casefold()


@functools.lru_cache(maxsize=8192)
def clean_label(label: str) -> str:
    """Tidy a label as found in a file: inner whitespace collapsed, stray marks removed."""
    label = visible(label).strip().strip("*_").strip()
    label = label.rstrip(":").strip()
    return " ".join(label.split())


def is_role_pattern(label: str, extra_labels: Iterable[str] = ()) -> bool:
    """True for labels that are speaker names by convention: roles, P3, Speaker 1, groups."""
    return _is_role_pattern(label, tuple(extra_labels))


@functools.lru_cache(maxsize=4096)
def _is_role_pattern(label: str, extra_labels: tuple[str, ...]) -> bool:
    key = norm_label(label)
    if any(_PARTICIPANT_PATTERN.match(v) for v in _variants(key)):
        return True
    extra = list(extra_labels)
    facilitators = list(DEFAULT_FACILITATOR_LABELS) + extra
    groups = list(DEFAULT_GROUP_LABELS) + extra
    return role_of(label, facilitators, (), groups) != "participant"


def is_non_speech(text: str) -> bool:
    key = norm_label(text).strip("[]() ")
    return key in NON_SPEECH


def looks_like_label(label: str, known: Iterable[str] = ()) -> bool:
    """Whether a string before a colon can be a speaker label.

    Args:
        label: the candidate, already cleaned.
        known: extra labels the user named (facilitator names, settings labels).
    """
    return _looks_like_label(label, tuple(known))


@functools.lru_cache(maxsize=8192)
def _looks_like_label(label: str, known: tuple[str, ...]) -> bool:
    if not label or len(label) > MAX_LABEL_CHARS:
        return False
    words = label.split()
    if len(words) > MAX_LABEL_WORDS or not label[0].isalpha():
        return False
    if not re.fullmatch(r"[^\W_][\w.'’&/\- ()]*", label):
        return False
    if label.count("(") != label.count(")"):
        return False
    key = norm_label(label)
    if is_non_speech(key):
        return False
    known_keys = {norm_label(k) for k in known}
    if key in known_keys or is_role_pattern(label, known):
        return True
    if len(words) == 1 and len(label) == 1:
        return label.isupper()
    lowered = [w.casefold().strip(".'’()") for w in words]
    prose = [w in _PROSE_ANY and not (w in _NAMES_TOO and orig[:1].isupper())
             for w, orig in zip(lowered, words)]
    first_prose = lowered[0] in _PROSE_FIRST and not (lowered[0] in _NAMES_TOO and words[0][:1].isupper())
    if first_prose or any(prose):
        return False
    if not label[0].isupper():
        return False
    for word in words[1:]:
        head = word.lstrip("(")
        if not head:
            return False
        if head[0].isupper() or head[0].isdigit():
            continue
        if head.casefold() in _NAME_PARTICLES:
            continue
        return False
    return True


def _strip_index(key: str) -> str:
    """'facilitator 2' -> 'facilitator', 'fac1' -> 'fac', 'co-facilitator' -> 'facilitator'."""
    base = _INDEX_SUFFIX.sub("", key) if len(key) > 2 else key
    return _CO_PREFIX.sub("", base) if base not in ("co",) else base


def _variants(key: str) -> set[str]:
    """The label and its forms without a parenthesised note ("Jane (facilitator)")."""
    out = {key, _strip_index(key), _CO_PREFIX.sub("", key), _strip_index(_CO_PREFIX.sub("", key))}
    inner = re.findall(r"\(([^)]*)\)", key)
    outer = re.sub(r"\([^)]*\)", " ", key).strip()
    for part in inner + ([outer] if outer else []):
        part = " ".join(part.split())
        out |= {part, _strip_index(part), _CO_PREFIX.sub("", part)}
    return {v for v in out if v}


def role_of(
    label: str,
    facilitator_labels: Iterable[str],
    facilitator_names: Iterable[str] = (),
    group_labels: Iterable[str] = (),
) -> str:
    """The role of a speaker label: 'facilitator', 'group' or 'participant'.

    Args:
        label: the speaker label as read.
        facilitator_labels: role words (settings), matched with numbers and 'co-' allowed.
        facilitator_names: names given with --facilitator, matched exactly (case-insensitive).
        group_labels: whole-group voices (settings), matched like role words.
    """
    key = norm_label(label)
    names = {norm_label(n) for n in facilitator_names if n and n.strip()}
    if key in names:
        return "facilitator"
    variants = _variants(key)
    fac = {norm_label(f) for f in facilitator_labels} | names
    if variants & fac or key in _FACILITATOR_LETTERS:
        return "facilitator"
    groups = {norm_label(g) for g in group_labels} | _GROUP_EXTRA
    if variants & groups or key in groups:
        return "group"
    return "participant"
