"""De-identification: roster names to pseudonyms, contact details masked, a report for the team."""

from __future__ import annotations

import csv

import pytest

from pipeline.deid import deidentify, load_roster, write_report
from pipeline.errors import NeedsmapError
from pipeline.records import ParsedTranscript, RawTurn


def parsed(*turns, name="group.txt"):
    return ParsedTranscript(name, "txt", [RawTurn(sp, tx, line=i * 2 + 1) for i, (sp, tx) in enumerate(turns)])


def clean(deid_roster, *turns):
    out, reps = deidentify(parsed(*turns), deid_roster, use_ner=False)
    return out, reps


def test_deid_speaker_labels_become_pseudonyms(deid_roster):
    out, reps = clean(deid_roster, ("Maribelle Quintero", "Hi."), ("desmond okafor", "Hello."), ("Facilitator", "Welcome."))
    assert [t.speaker for t in out.turns] == ["Kowhai", "Totara", "Facilitator"]
    assert [(r.kind, r.original) for r in reps] == [("speaker", "Maribelle Quintero"), ("speaker", "desmond okafor")]


def test_deid_possessives_case_variants_and_aliases(deid_roster):
    out, _ = clean(deid_roster, ("P1", "Desmond's van came. DESMOND said so. Ask dez or Mari’s sister, and Jo-Jo."))
    assert out.turns[0].text == "Totara's van came. Totara said so. Ask Totara or Kowhai’s sister, and Harakeke."


def test_deid_full_name_wins_over_parts(deid_roster):
    out, reps = clean(deid_roster, ("P1", "Jolene  Bairstow came, then Bairstow left."))
    assert out.turns[0].text == "Harakeke came, then Harakeke left."
    assert reps[0].original == "Jolene  Bairstow"


def test_deid_misspellings_are_caught(deid_roster):
    out, reps = clean(deid_roster, ("P1", "Marybelle and Jolenne and Tavitta and Desmnod's friend"))
    assert out.turns[0].text == "Kowhai and Harakeke and Rimu and Totara's friend"
    assert {r.kind for r in reps} == {"misspelled_name"}


def test_deid_ordinary_words_are_left_alone(tmp_path):
    # 'Rose' and 'Belle' are names here but also English words: only the capitalised name is replaced.
    path = tmp_path / "roster.csv"
    path.write_text("name,pseudonym,aliases\nRose Whitlock,Kauri,Belle\n", encoding="utf-8")
    roster = load_roster(path)
    text = "The rose garden is where we go; prices rose again. Where is the belle of the ball?"
    out, reps = deidentify(parsed(("P1", text)), roster, use_ner=False)
    assert out.turns[0].text == text
    assert reps == []
    out, _ = deidentify(parsed(("P1", "Rose said the same, and Belle did. Whitlock too.")), roster, use_ner=False)
    assert out.turns[0].text == "Kauri said the same, and Kauri did. Kauri too."


@pytest.mark.parametrize("text,expected,kind", [
    ("call me at (250) 555-0199 ok", "call me at [PHONE] ok", "phone"),
    ("my cell is 250.555.0142", "my cell is [PHONE]", "phone"),
    ("or +1 604 555 0100 anytime", "or [PHONE] anytime", "phone"),
    ("write tavita.f@example.org please", "write [EMAIL] please", "email"),
    ("I live at 42 Elm Street, Apt 3 now", "I live at [ADDRESS] now", "address"),
    ("the van is at 1200 west pender st. daily", "the van is at [ADDRESS] daily", "address"),
    ("my date of birth is 03/14/1979 ok", "my date of birth is [DOB] ok", "dob"),
    ("I was born on March 3rd, 1985 there", "I was born on [DOB] there", "dob"),
    ("DOB: 1979-03-14.", "DOB: [DOB].", "dob"),
    ("I was born in 1984 and", "I was born in [DOB] and", "dob"),
])
def test_deid_contact_details_are_masked(text, expected, kind):
    out, reps = deidentify(parsed(("P1", text)), None, use_ner=False)
    assert out.turns[0].text == expected
    assert [r.kind for r in reps] == [kind]


@pytest.mark.parametrize("text", [
    "I have 3 kids and the street is rough.",
    "We met on 2021-03-14 at the drop-in.",
    "It took 20 minutes, maybe 45.",
    "Back in 2019 it was better.",
])
def test_deid_study_content_is_not_masked(text):
    out, reps = deidentify(parsed(("P1", text)), None, use_ner=False)
    assert out.turns[0].text == text and reps == []


def test_deid_report_has_file_and_line_and_input_is_untouched(deid_roster, tmp_path):
    source = parsed(("Facilitator", "Hello."), ("P2", "Desmond came.\nTavita too."), name="north.txt")
    out, reps = deidentify(source, deid_roster, use_ner=False)
    assert source.turns[1].text == "Desmond came.\nTavita too."
    assert [(r.file, r.line, r.original, r.replacement) for r in reps] == [
        ("north.txt", 3, "Desmond", "Totara"), ("north.txt", 4, "Tavita", "Rimu")]
    report = write_report(reps, tmp_path / "keys" / "report.csv")
    rows = list(csv.DictReader(report.open(encoding="utf-8")))
    assert rows[0] == {"file": "north.txt", "line": "3", "kind": "name", "original": "Desmond", "replacement": "Totara"}
    assert len(rows) == 2


def test_deid_names_in_the_file_name_are_replaced(deid_roster):
    out, reps = deidentify(parsed(("P1", "ok"), name="interview_Desmond_Okafor.txt"), deid_roster, use_ner=False)
    assert "desmond" not in out.source_name.lower() and "okafor" not in out.source_name.lower()
    assert reps[-1].kind == "file_name"


def test_deid_spacy_person_entities_are_masked(deid_roster):
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": [{"LOWER": "winston"}, {"LOWER": "pike"}]}])
    out, reps = deidentify(parsed(("P1", "Winston Pike told Desmond.")), deid_roster, nlp=nlp)
    assert out.turns[0].text == "[NAME] told Totara."
    assert ("person", "Winston Pike") in {(r.kind, r.original) for r in reps}


def test_deid_without_ner_model_still_works(deid_roster):
    out, _ = deidentify(parsed(("P1", "Desmond.")), deid_roster, use_ner=True)
    assert "Desmond" not in out.turns[0].text


@pytest.mark.parametrize("content,reason", [
    ("who,alias\nA,B\n", "columns found"),
    ("name,pseudonym\nDesmond,\n", "line 2"),
    ("name,pseudonym\nDesmond,P1\ndesmond,P2\n", "listed twice"),
    ("name,pseudonym\nDesmond,Tavita\nTavita,P2\n", "also a real name"),
    ("name,pseudonym\n", "lists nobody"),
])
def test_deid_bad_roster_is_refused_with_line(tmp_path, content, reason):
    path = tmp_path / "roster.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(NeedsmapError) as err:
        load_roster(path)
    assert reason in str(err.value)
    assert all(p.code == "E207" for p in err.value.problems)


def test_deid_roster_aliases_and_encoding(tmp_path):
    path = tmp_path / "roster.csv"
    # Excel's "CSV UTF-8" writes a byte-order mark and capitalised headers are common.
    path.write_bytes("Name,Pseudonym,Aliases\nJosé Núñez,P1,Pepe; Chepe\n".encode("utf-8-sig"))
    roster = load_roster(path)
    assert roster.entries[0].name == "José Núñez"
    assert roster.entries[0].aliases == ["Pepe", "Chepe"]
    out, _ = deidentify(parsed(("P2", "José and Chepe and Núñez")), roster, use_ner=False)
    assert out.turns[0].text == "P1 and P1 and P1"


def test_deid_missing_roster_file(tmp_path):
    with pytest.raises(NeedsmapError, match="does not exist"):
        load_roster(tmp_path / "nope.csv")


def test_deid_misspelled_first_name_with_surname_is_one_person(deid_roster):
    out, _ = clean(deid_roster, ("Desmnod Okafor", "Desmnod Okafor said hi to Tavita."))
    assert out.turns[0].speaker == "Totara"
    assert out.turns[0].text == "Totara said hi to Rimu."


NAME_FORMS = ["Maribelle Quintero", "Maribelle", "Quintero", "Mari", "Desmond", "Okafor", "Dez",
              "Tavita Fonoti", "Tavita", "Fonoti", "Jolene", "Bairstow", "Jo-Jo", "Jolie"]


def test_deid_property_no_roster_name_survives(deid_roster):
    """Names dropped anywhere in random speech, in any case, with or without a possessive, never survive."""
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    filler = st.text(alphabet=st.sampled_from(list("abcdefghij klmnop,.?!\n")), max_size=30)
    name = st.tuples(st.sampled_from(NAME_FORMS), st.sampled_from([str.lower, str.upper, str.title, str]),
                     st.sampled_from(["", "'s", "’s", ",", "."]))

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.tuples(filler, name), min_size=1, max_size=6), filler)
    def check(parts, tail):
        text = "".join(f"{f} {case(n)}{suffix} " for f, (n, case, suffix) in parts) + tail
        out, _ = deidentify(parsed(("P1", text)), deid_roster, use_ner=False)
        for form in NAME_FORMS:
            assert not re.search(rf"(?i)(?<![\w]){re.escape(form)}(?![\w])", out.turns[0].text), (text, out.turns[0].text)

    check()
