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
    E017 = "No speaker names were found in the captions. Start each caption with the speaker's name, like '<v Facilitator>How are you?' or 'Facilitator: How are you?'."
    E018 = "No column with the speaker's name was found. Name one column 'speaker' (and one 'text'), then import again. Columns found: {columns}."
    E019 = "This row has words but no speaker name. Add the speaker or delete the row."
    E020 = "The spreadsheet has no rows below its header row. Check you saved the right sheet, then import again."
    E021 = "This Word file holds no text. Check that you picked the right file."
    E022 = "The folder holds no transcripts (.txt, .docx, .vtt, .srt, .csv or .xlsx). Check the folder, or name the files one by one."
    E023 = "The unit '{value}' is not known. Use --unit sentence or --unit turn."
    E024 = "The spaCy pipeline '{name}' could not be loaded ({reason}). Install it, or remove spacy_model from needsmap.yaml to use the built-in sentence splitter."
    E025 = "The group name is empty. Give one with --group, like --group fraser-1."
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
    # Suggestions and evaluation
    E301 = "The code '{code_id}' is not in the codebook. Fix the spelling in the codes column, or add the code to the codebook, then run again."
    E302 = "This row has no text. Add the words or delete the row."
    E303 = "The labelled-text file has no rows. Add one row per text with the columns id, text and codes."
    E304 = "The id '{id}' is used more than once. Give every row its own id."
    E305 = "Suggestions could not be made: {reason}. Run 'needsmap suggest' again; if it keeps failing, send the message to the team."
    E306 = "The hybrid-tuned engine needs a sentence-transformers model to tune, and the test encoder (NEEDSMAP_ENCODER=hashing) is not one. Unset NEEDSMAP_ENCODER, or use the hybrid engine."
    # Privacy, access, backups and durability
    E601 = "The name or password for '{name}' is wrong. Check both and try again; a PI can set a new password with: needsmap coder set-password {name}"
    E602 = "Your sign-in has ended (it expires after {hours} hours, or it was never valid). Sign in again with your name and password."
    E603 = "Only a {role_name} can {action}; '{name}' is a {actual_name}. Ask a {role_name} on the team to do it."
    E604 = "The app would be open to other computers at {address}, but these coders have no password: {names}. Set one for each (needsmap coder set-password NAME), or serve on 127.0.0.1 so only this computer can reach it."
    E605 = "The password is too short: use at least {min_len} characters (a few words together are easy to remember)."
    E606 = "The database {target} already holds a project ({what}). Restore into a new, empty database, or add --force to replace everything in it."
    E607 = "The backup file '{path}' cannot be restored: {reason}. Check you picked a file made by needsmap backup."
    E608 = "The backup could not be written to '{path}': {reason}. Pick a folder you can write to, with enough free space."
    E609 = "The PostgreSQL tool '{tool}' was not found. Install the PostgreSQL client tools (for example: apt-get install postgresql-client-15), then try again."
    E610 = "The database stayed busy (another coder or program was writing) for too long, so nothing was saved. Wait a moment and try again."
    E611 = "'{value}' is not a valid address to serve on. Use 127.0.0.1 (this computer only) or the address of this computer on your network."
    E612 = "--report names where to write the list of replaced names, so it needs a roster too. Add --roster CSV, or leave out --report."
    E613 = "The replacement report cannot be written to '{path}': {reason}. Nothing was imported. Pick a folder you can write to with --report (keep it outside the project)."
    E614 = "The backup file '{path}' is not a whole needsmap project (these parts are missing: {tables}), so it was not restored and {target} was left as it was. Pick another backup made by needsmap backup, for example an older one."
    E615 = "A temporary database for the restore could not be made on the server of {target} ({reason}), so nothing was changed. Restore as a database user allowed to create databases (a PostgreSQL administrator can grant it with: ALTER ROLE name CREATEDB)."
    E616 = "The restored copy could not be put in place of {target} ({reason}), so {target} was left as it was. Close the app and anything else connected to that database, then run the restore again."
    # New site and site comparison
    E801 = "The earlier project '{path}' was not found. Give the path (or database URL) of the project you want to start from, with --from."
    E802 = "The earlier project has no codebook yet, so there is nothing to start from. Import the codebook there first: needsmap --db {path} codebook import codebooks/rose.yaml"
    E803 = "The new project and the earlier project are the same database ({path}). Give the new site its own file with --db, for example: needsmap --db newsite.db new-site --from {path}"
    E804 = "The folder '{path}' could not be written: {reason}. Pick a folder you can write to with --out."
    E805 = "No segments are coded yet, so there is nothing to compare between sites. Confirm some codes first (in the app, or with: needsmap code SEGMENT_ID CODE_ID --coder NAME)."
    # CSV files read by the importers (codebook, demographics, labelled texts, roster)
    E901 = "This CSV file could not be read ({reason}), so nothing from it was used. A quote mark (\") that is opened but never closed often makes one cell swallow the rest of the file: open the file in a spreadsheet program, check the cells, save it again as CSV, then import it again."
    E902 = "This database was made by another version of needsmap, or its version mark is damaged ({reason}), so it was not opened and nothing in it was changed. Open it with the needsmap version that made it, or restore a backup made by this version."
    # REFI-QDA exchange (.qdpx projects, .qdc codebooks)
    E501 = "This is not a REFI-QDA project file: {reason}. Export the project again from your QDA program as 'REFI-QDA project (.qdpx)' and import that file."
    E502 = "No project.qde was found inside the .qdpx file. Export the project again from your QDA program as a REFI-QDA project."
    E503 = "The REFI-QDA file could not be read: {reason}. Export it again from your QDA program; if that does not help, send the file to the team."
    E504 = "The text of source '{name}' is missing or empty in the .qdpx ({path}), so that source was skipped. Export the project again with its sources included."
    E505 = "A coding in source '{name}' points at positions {start}-{end}, outside its text ({length} characters), so it was skipped."
    E506 = "A coding in source '{name}' uses a code that is not in the codebook ({guid}), so it was skipped."
    E507 = "Source '{name}' is {kind}; only text sources can be imported, so it was skipped."
    E508 = "The .qdc file has no codes. Export the codebook again from your QDA program with at least one code."
    E509 = "Source '{name}' is already in the project; its codings were added to the existing transcript."
    # Team analysis (coders, rounds, agreement, consensus, codebook changes, priorities, tables)
    E401 = "The decision '{value}' is not one of confirmed or rejected. Use 'confirmed' (the code applies) or 'rejected' (it does not)."
    E402 = "There is no coder called '{name}'. Add them first, for example: needsmap coder add {name} --role pra"
    E403 = "The role '{value}' is not known. Use 'pra' (peer research assistant) or 'pi' (principal investigator)."
    # E404 retired: PI-only actions now refuse with E603, like every other role check.
    E405 = "A coding round is already open ('{name}'). Close it first with: needsmap round close"
    E406 = "No coding round is open right now. Open one with: needsmap round open NAME --by PI_NAME"
    E407 = "Please give a reason (rationale) so the team can see later why this was decided."
    E408 = "There is no proposed codebook change number {change_id}. List them with: needsmap codebook history"
    E409 = "Codebook change {change_id} was already {status}; it cannot be decided again."
    E410 = "This codebook change is not usable: {reason}."
    E411 = "Priority round {round_id} is still open, so its results stay hidden until a PI closes it: needsmap priority close"
    E412 = "There is no priority round {round_id}. List rounds with: needsmap priority results"
    E413 = "Priority round {round_id} is closed; votes can no longer change."
    E414 = "This ballot is not usable: {reason}."
    E415 = "There is no strategy number {strategy_id}."
    E416 = "The status '{value}' is not known. Use one of: {choices}."
    E417 = "The demographics file needs the columns participant and site (and may have group, sex, age_band, education). Columns found: {columns}."
    E418 = "This row is not usable: {reason}."
    E419 = "The output folder '{path}' is a file. Give a folder name with --out."
    E420 = "A priority round is already open ('{name}'). Close it first with: needsmap priority close"
    # Review app
    E701 = "Something went wrong on this screen ({what}). Your coding is safe: every answer is saved the moment you click. Details were saved to {log}; please send that file to the team."
    E702 = "First tell us who is coding: go to Start and enter your name."
    E703 = "Pick a code from the list first (type part of its name), then press Add."
    E704 = "The note is empty. Write it first, then press Save note."
    E705 = "Give at least one issue a score above 0, then press Save my scores."
    E706 = "Choose whether the code fits before saving the team's decision."
    E707 = "Your click could not be saved: the project database is busy or cannot be reached ({reason}). Nothing else was lost; wait a moment and click the same button again."
    E708 = "There is no coder called '{name}' in this project. This project uses passwords, so a PI adds each coder first (needsmap coder add {name} --role pra, then needsmap coder set-password {name}). Check the spelling of your name, or ask your PI to add you."
    E709 = "'{name}' is new to this project, and it already has a PI ({pis}). Only a PI can add another PI: ask them to run needsmap coder add {name} --role pi. You can start now as a peer research assistant; a PI can change your role later."
    E710 = "Type your name first (the name your team knows you by), then press Start coding."


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


def _one_line(value):
    # A value read from a user's file (a code cell, a column name) may hold line breaks;
    # the CLI prints one line per problem.
    return " ".join(value.splitlines()) if isinstance(value, str) else value


def problem(code: str, file: str | None = None, line: int | None = None, **fmt) -> Problem:
    """Build a Problem from a catalogue code and its format fields (each kept on one line)."""
    fields = {k: _one_line(v) for k, v in fmt.items()}
    return Problem(code=code, message=getattr(Msg, code).format(**fields), file=file, line=line)


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
