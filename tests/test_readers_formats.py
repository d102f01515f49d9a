"""Each reader on hand-written transcripts whose turns, speakers and roles we counted by hand."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.layout import lay_out
from pipeline.readers import read_bytes, read_path


def _laid(path):
    parsed = read_path(path)
    return parsed, lay_out(parsed, settings=Settings(), sha256="test")


def test_plain_text_turns_speakers_roles_and_tricky_colons(ingest_data_dir):
    parsed, laid = _laid(ingest_data_dir / "victoria_plain.txt")
    assert [t.speaker for t in parsed.turns] == [
        "Facilitator", "Maria", "Dev", "Facilitator", "ALL PARTICIPANTS", "Maria", "Maria",
        "Co-facilitator", "Dev", "Speaker 3",
    ]
    # "Note:" and "He said:" are talk that continues the turn, never speakers.
    assert parsed.turns[1].text == "Mostly the bus. It is slow. Note: the 14 bus stops at 6 pm, so evenings are hard."
    assert parsed.turns[2].text == "I drive, but gas is expensive. He said: no more road trips this year. [crosstalk]"
    assert parsed.turns[4].text == "(laughs) Sorry!"
    roles = {t.speaker: t.role for t in laid.turns}
    assert roles == {
        "Facilitator": "facilitator", "Co-facilitator": "facilitator", "ALL PARTICIPANTS": "group",
        "Maria": "participant", "Dev": "participant", "Speaker 3": "participant",
    }
    # The metadata block at the top (title, date, "Facilitator: Jane Q.") is not a turn.
    assert "Jane" not in laid.text and "Neighbourhood" not in laid.text


def test_speaker_then_timestamp_headers_with_text_below(ingest_data_dir):
    parsed, _ = _laid(ingest_data_dir / "fraser_otter.txt")
    assert [(t.speaker, t.timestamp) for t in parsed.turns] == [
        ("Speaker 1", "0:03"), ("Speaker 2", "0:09"), ("Facilitator", "0:15"), ("Speaker 2", "0:18"),
        ("Speaker 3", "1:02:10"),
    ]
    assert parsed.turns[3].text == "The waitlist is 18 months long. My son is 2."
    assert parsed.turns[4].text == "Same for us. [laughter]"


def test_vtt_voice_tags_merge_consecutive_cues_of_one_speaker(ingest_data_dir):
    parsed, _ = _laid(ingest_data_dir / "captions_voice.vtt")
    assert [t.speaker for t in parsed.turns] == ["Moderator", "Participant 1", "Participant 2", "Moderator", "Participant 1"]
    assert parsed.turns[1].text == "The food bank helps, but the line is long. and it opens late."
    assert parsed.turns[0].timestamp == "00:00:01"


def test_srt_name_prefixes_merge_consecutive_cues(ingest_data_dir):
    parsed, laid = _laid(ingest_data_dir / "captions_prefix.srt")
    assert [t.speaker for t in parsed.turns] == ["INTERVIEWER", "Amira", "INTERVIEWER", "Amira"]
    assert parsed.turns[1].text == "Six years. We came in 2015. Before that, Edmonton."
    assert [t.role for t in laid.turns] == ["facilitator", "participant", "facilitator", "participant"]


def test_csv_with_semicolons_and_odd_header_names(ingest_data_dir):
    parsed, laid = _laid(ingest_data_dir / "turns_semicolon.csv")
    assert [(t.speaker, t.text, t.timestamp) for t in parsed.turns] == [
        ("Moderator", "Welcome; please introduce yourselves.", "00:01"),
        ("P1", "I am a parent of two.", "00:05"),
        ("P2", "Caregiver, for my mother.", "00:09"),
        ("Moderator", "Thank you.", "00:15"),
        ("All", "[laughter]", "00:17"),
    ]
    assert laid.turns[-1].role == "group"


@pytest.mark.parametrize("rows", [3, 4])
def test_csv_header_in_unknown_words_above_a_time_column_is_not_a_turn(rows):
    # Before, three rows were refused and four rows kept the header as a turn
    # ("Intervenant" saying "Texte"): the header's word hid the time column, or did not.
    talk = [("Moderator", "On commence ?"), ("Zoé", "Le centre."), ("Marc 2", "Les pairs aidants."),
            ("Moderator", "Merci.")][:rows]
    lines = ["Intervenant;Horodatage;Texte"] + [f"{who};00:00:{k + 1:02d};{what}" for k, (who, what) in enumerate(talk)]
    parsed = read_bytes("\n".join(lines).encode("cp1252"), "fr.csv")
    assert [(t.speaker, t.text, t.timestamp) for t in parsed.turns] == [
        (who, what, f"00:00:{k + 1:02d}") for k, (who, what) in enumerate(talk)]


def test_docx_paragraphs_and_speaker_tables(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Transcript, group 2")
    d.add_paragraph("")
    d.add_paragraph("Facilitator: What helps you most?")
    d.add_paragraph("P1: The library.")
    d.add_paragraph("It has free internet.")  # a continuation paragraph
    table = d.add_table(rows=0, cols=3)
    for who, words, ts in [("P2", "The clinic.", "00:10"), ("Facilitator", "Why?", "00:12"), ("P2", "Nurses listen.", "00:13")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = who, words, ts
    d.add_paragraph("P1: Also the park.")
    path = tmp_path / "mixed.docx"
    d.save(path)
    parsed = read_path(path)
    assert [(t.speaker, t.text) for t in parsed.turns] == [
        ("Facilitator", "What helps you most?"), ("P1", "The library. It has free internet."),
        ("P2", "The clinic."), ("Facilitator", "Why?"), ("P2", "Nurses listen."), ("P1", "Also the park."),
    ]
    assert parsed.turns[2].timestamp == "00:10"


def test_xlsx_rows_are_turns(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Timestamp", "Name", "Transcript"])
    ws.append(["00:00:01", "FAC", "Hello all."])
    ws.append(["00:00:03", "P1", "Hi."])
    ws.append([None, None, None])
    ws.append(["00:00:05", "P1", "Again me."])
    path = tmp_path / "rows.xlsx"
    wb.save(path)
    parsed = read_path(path)
    assert [(t.speaker, t.text) for t in parsed.turns] == [("FAC", "Hello all."), ("P1", "Hi."), ("P1", "Again me.")]


@pytest.mark.parametrize("line, speaker", [
    ("[00:01:02] Dana: Hello there.", "Dana"),
    ("00:01:02 - Dana: Hello there.", "Dana"),
    ("Dana (00:01:02): Hello there.", "Dana"),
    ("Dana [00:01:02]: Hello there.", "Dana"),
    ("Dana (laughing): Hello there.", "Dana"),
    (">> Dana: Hello there.", "Dana"),
    ("P3: Hello there.", "P3"),
    ("PARTICIPANT 12: Hello there.", "PARTICIPANT 12"),
])
def test_header_variants(line, speaker):
    data = f"Facilitator: Hi.\n{line}\n".encode()
    parsed = read_bytes(data, "v.txt")
    assert [t.speaker for t in parsed.turns] == ["Facilitator", speaker]
    assert "Hello there." in parsed.turns[1].text


@pytest.mark.parametrize("talk", [
    "Note: we met at 5", "He said: no", "The thing is: money", "Question: why now?",
    "My answer: yes", "So: what next", "[crosstalk]", "(laughs)", "[inaudible]: sorry", "Two things: cost and time.",
    "They said: wait", "He will: maybe", "Day 2: the clinic", "will: lower case is not a name",
])
def test_prose_with_colons_and_markers_never_become_speakers(talk):
    data = f"Facilitator: First question.\n\nMaria: I agree, and\n{talk}\n\nFacilitator: Thanks.\n".encode()
    parsed = read_bytes(data, "p.txt")
    assert [t.speaker for t in parsed.turns] == ["Facilitator", "Maria", "Facilitator"]
    assert parsed.turns[1].text.endswith(" ".join(talk.split()))


def test_speakers_whose_names_are_also_common_words():
    # Will, Said, Can and Do are names as well as prose words; written as names they speak.
    data = ("Facilitator: How many visits?\nWill: Maybe six.\nSaid: Twelve.\nWill Harper: Two.\n"
            "Can: None.\nWILL: Mm-hm.\nFacilitator: Thanks.\n").encode()
    parsed = read_bytes(data, "names.txt")
    assert [t.speaker for t in parsed.turns] == ["Facilitator", "Will", "Said", "Will Harper", "Can", "Will",
                                                 "Facilitator"]
    assert [t.text for t in parsed.turns][1:3] == ["Maybe six.", "Twelve."]


def test_speaker_spelling_is_unified_case_insensitively():
    parsed = read_bytes(b"RESEARCHER: Hi.\nParticipant 2: Hello.\nPARTICIPANT 2: Again.\n", "u.txt")
    assert [t.speaker for t in parsed.turns] == ["RESEARCHER", "Participant 2", "Participant 2"]


def test_same_speaker_twice_is_two_turns_in_text():
    parsed = read_bytes(b"Maria: One.\nMaria: Two.\n", "same.txt")
    assert len(parsed.turns) == 2


def test_facilitator_option_names_a_facilitator():
    parsed = read_bytes(b"Jane: Welcome.\nOmar: Thanks.\n", "f.txt", facilitators=("jane",))
    laid = lay_out(parsed, settings=Settings(), facilitators=("jane",), sha256="x")
    assert [t.role for t in laid.turns] == ["facilitator", "participant"]


@pytest.mark.parametrize("label, role", [
    ("Facilitator 2", "facilitator"), ("FAC1", "facilitator"), ("Co-facilitator", "facilitator"),
    ("moderator", "facilitator"), ("Interviewer", "facilitator"), ("MOD", "facilitator"),
    ("ALL PARTICIPANTS", "group"), ("Group", "group"), ("Several", "group"), ("Everyone", "group"),
    ("P4", "participant"), ("Participant 12", "participant"), ("Maria", "participant"),
])
def test_roles_from_labels(label, role):
    parsed = read_bytes(f"{label}: Some words here.\n".encode(), "r.txt")
    laid = lay_out(parsed, settings=Settings(), sha256="x")
    assert laid.turns[0].role == role


def test_configured_facilitator_labels_are_used():
    settings = Settings(facilitator_labels=["lead"])
    parsed = read_bytes(b"Lead: Welcome.\nFacilitator: Hi.\n", "c.txt")
    laid = lay_out(parsed, settings=settings, sha256="x")
    assert [t.role for t in laid.turns] == ["facilitator", "participant"]


def test_csv_without_header_row_and_with_title_rows():
    parsed = read_bytes(b"P1,Hello there friend\nFacilitator,How are you today\nP1,Fine thanks\n", "h.csv")
    assert [(t.speaker, t.text) for t in parsed.turns] == [
        ("P1", "Hello there friend"), ("Facilitator", "How are you today"), ("P1", "Fine thanks")]
    parsed = read_bytes(b"Focus group 3\n\nspeaker_name,utterance_text,start_time\nP1,Hi all,00:01\n", "t.csv")
    assert [(t.speaker, t.text, t.timestamp, t.line) for t in parsed.turns] == [("P1", "Hi all", "00:01", 4)]


def test_tabular_rows_with_missing_parts_are_each_reported():
    from pipeline.errors import NeedsmapError

    with pytest.raises(NeedsmapError) as err:
        read_bytes(b"speaker,text\nP1,\n,words without a speaker\nP2,fine\n", "r.csv")
    assert [(p.code, p.line) for p in err.value.problems] == [("E010", 2), ("E019", 3)]


def test_tab_separated_speaker_lines_and_number_word_labels():
    parsed = read_bytes(b"Facilitator\tWhat do you need?\nParticipant one\tA ride.\nDev\tSame.\n", "tab.txt")
    assert [(t.speaker, t.text) for t in parsed.turns] == [
        ("Facilitator", "What do you need?"), ("Participant one", "A ride."), ("Dev", "Same.")]


def test_page_numbers_dropped_but_numbers_in_talk_kept():
    text = (b"00:01 FACILITATOR:\nHow many kids come on a weekday, roughly, in the\n\n2\n\fafternoon?\n\n"
            b"00:05 PARTICIPANT 1:\nI would say about\n12\n\n00:09 PARTICIPANT 2:\n3\n")
    parsed = read_bytes(text, "n.txt")
    assert [t.text for t in parsed.turns] == [
        "How many kids come on a weekday, roughly, in the afternoon?", "I would say about 12", "3"]


def test_running_head_is_dropped_when_a_turn_answers_with_a_bare_number():
    # "14" under "Rowan:" is talk; it must not count as one more page break, which made
    # the running head look too rare to be one and left it inside Tamsin's words.
    text = ("Transport Group – Site C\n\n00:01 Facilitator:\nWhat time?\n\n00:12 Tamsin:\nI take the one at\n\n3\n"
            "\fTransport Group – Site C\n\n7:55 too.\n\n00:20 Rowan:\n14\n\n00:23 Tamsin:\nMm-hm.\n\n4\n")
    parsed = read_bytes(text.encode("utf-8"), "head.txt")
    assert [(t.speaker, t.text) for t in parsed.turns] == [
        ("Facilitator", "What time?"), ("Tamsin", "I take the one at 7:55 too."), ("Rowan", "14"),
        ("Tamsin", "Mm-hm.")]


def test_page_number_right_under_a_header_still_marks_the_page_break():
    # "13" under the empty "01:10 Moderator:" continues the page numbers 12, 13, so it is
    # a page number, and the running head beside it is dropped like the others.
    text = ("CONFIDENTIAL DRAFT Group 3\n\n00:30 Moderator:\nWhere do people shop?\n\n00:40 Lila:\nThe market\n\n"
            "12\n\fCONFIDENTIAL DRAFT Group 3\n\non the corner.\n\n01:10 Moderator:\n\n13\n"
            "\fCONFIDENTIAL DRAFT Group 3\n\nAnd the clinic?\n\n01:20 Bram:\nFar.\n\n14\n")
    parsed = read_bytes(text.encode("utf-8"), "pages.txt")
    assert [(t.speaker, t.text) for t in parsed.turns] == [
        ("Moderator", "Where do people shop?"), ("Lila", "The market on the corner."),
        ("Moderator", "And the clinic?"), ("Bram", "Far.")]


def test_blank_separated_file_with_back_to_back_turns_and_wrapped_colon_line():
    data = (b"Facilitator: Hi all.\n\nMaria: I think the\nbus is late.\n\nDev: Yes.\nMaria: No, it is fine.\n\n"
            b"Facilitator: Okay. And\nCost: what about it?\n")
    parsed = read_bytes(data, "b.txt")
    assert [(t.speaker, t.text) for t in parsed.turns] == [
        ("Facilitator", "Hi all."), ("Maria", "I think the bus is late."), ("Dev", "Yes."),
        ("Maria", "No, it is fine."), ("Facilitator", "Okay. And Cost: what about it?")]


@pytest.mark.parametrize("hidden", ["Mary\u00a0Ann", "\u200bMary Ann", "\ufeffMary Ann", "Mary Ann\u2060"])
def test_invisible_characters_do_not_hide_a_speaker_line(hidden):
    # A non-breaking space in a name, or a zero-width space or stray byte-order mark left by
    # a word processor, used to make the line talk of the turn before it.
    data = f"Facilitator: How do you get here?\n{hidden}: By bus.\nFacilitator: Thanks.\n".encode("utf-8")
    parsed = read_bytes(data, "hidden.txt")
    assert [(t.speaker, t.text) for t in parsed.turns] == [
        ("Facilitator", "How do you get here?"), ("Mary Ann", "By bus."), ("Facilitator", "Thanks.")]


def test_a_note_about_the_speaker_is_part_of_the_label_and_a_stage_direction_is_talk():
    data = ("Hana (facilitator): What gets in the way?\nParticipant 2 (F, 30s): Childcare.\n"
            "Rowan (laughing): The phone system.\nParticipant 2: And time.\nHana: Thank you.\n"
            "Rowan (to Hana): Thanks.\n").encode()
    parsed = read_bytes(data, "notes.txt")
    laid = lay_out(parsed, settings=Settings(), sha256="x")
    assert [(t.speaker, t.text) for t in parsed.turns] == [
        ("Hana (facilitator)", "What gets in the way?"), ("Participant 2 (F, 30s)", "Childcare."),
        ("Rowan", "(laughing) The phone system."), ("Participant 2 (F, 30s)", "And time."),
        ("Hana (facilitator)", "Thank you."), ("Rowan", "(to Hana) Thanks.")]
    assert [t.role for t in laid.turns] == ["facilitator", "participant", "participant", "participant",
                                            "facilitator", "participant"]


def test_numbered_speakers_in_brackets_stay_apart():
    parsed = read_bytes(b"Facilitator: Hi.\nSpeaker (1): One.\nSpeaker (2): Two.\n", "n.txt")
    assert [t.speaker for t in parsed.turns] == ["Facilitator", "Speaker (1)", "Speaker (2)"]


def test_int_is_an_interviewer():
    parsed = read_bytes(b"INT: Your role?\nRESP: Peer support.\nINT: Thanks.\n", "int.txt")
    laid = lay_out(parsed, settings=Settings(), sha256="x")
    assert [(t.speaker, t.role) for t in laid.turns] == [
        ("INT", "facilitator"), ("RESP", "participant"), ("INT", "facilitator")]


def test_transcription_service_notices_are_not_talk():
    data = (b"Speaker 1  0:03\nHello.\n\nSpeaker 2  0:05\nHi. Ngozi Okafor stopped transcription\n"
            b"\nSpeaker 1  0:09\nGood.\n\n\nTranscribed by https://otter.ai\n")
    parsed = read_bytes(data, "otter.txt")
    assert [t.text for t in parsed.turns] == ["Hello.", "Hi. Ngozi Okafor stopped transcription", "Good."]
    parsed = read_bytes(data.replace(b"Hi. Ngozi", b"Hi.\nNgozi"), "teams.txt")
    assert [t.text for t in parsed.turns] == ["Hello.", "Hi.", "Good."]


def test_docx_headings_between_turns_are_not_talk_but_a_heading_styled_speaker_is(tmp_path):
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("Facilitator: Tell me the good things.")
    d.add_paragraph("Rowan: The staff are kind.")
    d.add_heading("Part 2: Barriers", level=2)
    d.add_paragraph("Facilitator: Now the barriers.")
    d.add_heading("Tamsin:", level=3)
    d.add_paragraph("Cost.")
    buf = io.BytesIO()
    d.save(buf)
    parsed = read_bytes(buf.getvalue(), "h.docx")
    assert [(t.speaker, t.text) for t in parsed.turns] == [
        ("Facilitator", "Tell me the good things."), ("Rowan", "The staff are kind."),
        ("Facilitator", "Now the barriers."), ("Tamsin", "Cost.")]


def test_docx_table_with_a_title_row_above_its_header():
    import io

    import docx

    d = docx.Document()
    table = d.add_table(rows=5, cols=2)
    title = table.rows[0].cells[0].merge(table.rows[0].cells[1])
    title.text = "Focus group 9 - 14 March"
    for row, (who, what) in zip(table.rows[1:], [("Speaker", "Text"), ("Facilitator", "What is community?"),
                                                 ("Oren", "My street."), ("Lila", "Church.")]):
        row.cells[0].text, row.cells[1].text = who, what
    buf = io.BytesIO()
    d.save(buf)
    parsed = read_bytes(buf.getvalue(), "t.docx")
    assert [(t.speaker, t.text) for t in parsed.turns] == [
        ("Facilitator", "What is community?"), ("Oren", "My street."), ("Lila", "Church.")]
