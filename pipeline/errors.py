"""Every message a person can see, each with a stable code.

Messages say what went wrong and what to do next, in plain words. Codes never
change meaning; a changed message keeps its code so scripts and guides stay valid.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class Msg:
    """Message templates by stable code (spaCy-style error catalogue)."""

    E001 = "The file is empty. Check that you picked the right file, then import it again."
    E002 = "This does not look like a text file (it holds binary data). Save it as .txt, .docx, .vtt, .srt, .csv or .xlsx and try again."
    E003 = "The file is too big ({size_mb:.1f} MB; the limit is {limit_mb:.0f} MB). Split it into smaller files, or raise max_file_mb in needsmap.yaml."
    E004 = "This Word file is damaged or not really a .docx. Open it in Word or LibreOffice, save it again as .docx, then import it."
    E005 = "No captions were found in this subtitle file. Check it opens in a video player, or export the transcript again."
    E006 = "No column with the spoken text was found. Name one column 'text' (and one 'speaker'), then import again. Columns found: {columns}."
    E007 = "No speaker lines were found. Each turn should start with the speaker's name and a colon, like 'Facilitator: How are you?'."
    E008 = "The file type '{suffix}' is not supported. Use .txt, .docx, .vtt, .srt, .csv or .xlsx."
    E009 = "The file could not be read: {reason}. Check the file is not open in another program, then try again."
    E010 = "This row has a speaker but no words. Add the words or delete the row."
    E011 = "The subtitle file is broken: {reason}. Open it in a text editor and fix the line shown, or export it again."
    E012 = "The spreadsheet could not be opened: {reason}. Save it again as .xlsx or .csv and try again."
    E013 = "The file or folder does not exist. Check the path and spelling."
    E014 = "The date '{value}' is not a date like 2021-03-31 (year-month-day)."
    E015 = "Words were found before the first speaker name. Put a speaker name in front of them, like 'Facilitator: ...'."
    E016 = "The site name is missing. Add --site and a short name for the place, like --site victoria."
    # Codebook
    E101 = "The codebook could not be read: {reason}. Check the file is valid {fmt}."
    E102 = "Problem in the codebook at '{where}': {reason}."
    E103 = "The code id '{code}' is used more than once. Every code needs its own id."
    E104 = "Code '{code}' names the parent '{parent}', but no code has that id."
    E105 = "No codebook is loaded yet. Import one first, for example: needsmap codebook import codebooks/rose.yaml"
    E106 = "Unknown codebook format '{fmt}'. Use yaml, csv or qdc."
    E107 = "The code '{code}' is not in the codebook. Check the spelling, or list codes with: needsmap codebook export --format csv --out codes.csv"
    # Coding and data
    E201 = "There is no segment with id {segment_id}. Look up ids with: needsmap export segments --out segments.csv"
    E202 = "There is no coder called '{name}'."
    E203 = "The labelled-text file needs the columns id, text and codes. Columns found: {columns}."
    E204 = "The database could not be opened: {reason}. Check the path or URL given with --db."
    E205 = "Unknown suggestion engine '{name}'. Choose one of: {choices}."
    E206 = "The model folder '{path}' could not be loaded: {reason}. Give the path to a sentence-transformers model saved on this computer."
    E207 = "The roster file is not usable: {reason}. It needs the columns name and pseudonym."
    E208 = "{what}"


@dataclass
class Problem:
    """One problem with user input, located as precisely as we can."""

    code: str
    message: str
    file: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = self.file or ""
        if self.file and self.line:
            where = f"{self.file}, line {self.line}"
        prefix = f"{where}: " if where else ""
        return f"{prefix}{self.message} [{self.code}]"

    def dict(self) -> dict:
        return {"code": self.code, "message": self.message, "file": self.file, "line": self.line}


def problem(code: str, file: str | None = None, line: int | None = None, **fmt) -> Problem:
    """Build a Problem from a catalogue code and its format fields."""
    return Problem(code=code, message=getattr(Msg, code).format(**fmt), file=file, line=line)


class NeedsmapError(Exception):
    """An error caused by the user's input or request, never by a bug.

    The CLI turns it into exit code 2 and one line per problem; the UI shows the
    same plain words.
    """

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem(code="E208", message=problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def of(cls, code: str, file: str | None = None, line: int | None = None, **fmt) -> "NeedsmapError":
        return cls(problem(code, file=file, line=line, **fmt))


@dataclass
class ProblemList:
    """Problems collected while reading one file, so one bad line never hides the next."""

    file: str
    items: list[Problem] = field(default_factory=list)

    def add(self, code: str, line: int | None = None, **fmt) -> None:
        self.items.append(problem(code, file=self.file, line=line, **fmt))

    def __bool__(self) -> bool:
        return bool(self.items)
