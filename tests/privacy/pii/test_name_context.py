"""Names implied by the names around them (coordination, speaker labels, one name one type)."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.name_context import names_from_context, title_not_name
from transforms.privacy.spans import Span


def at(text: str, word: str, etype: str = "PERSON", detector: str = "spacy_ner") -> Span:
    start = text.index(word)
    return Span(start, start + len(word), etype, 0.85, detector)


def people(text: str, spans: list[Span]) -> list[str]:
    return sorted(
        text[s.start : s.end] for s in names_from_context(text, spans) if s.type == "PERSON"
    )


@pytest.mark.parametrize(
    ("text", "known", "new"),
    [
        # a rare capitalised word joined to a found name
        (
            "Was there a finer duo? Torvik and Salinas were precision engineers.",
            "Salinas",
            "Torvik",
        ),
        # a census surname that is also an everyday word, capitalised mid-sentence
        ("Muslija and Brown were precision engineers.", "Muslija", "Brown"),
    ],
)
def test_a_conjunct_of_a_name_is_a_name(text, known, new):
    assert people(text, [at(text, known)]) == sorted([known, new])


def test_a_lower_case_list_of_names_takes_in_its_rare_members():
    text = "they had 5: ottilie, adam, kristina, chad and caleb."
    spans = [at(text, w) for w in ("adam", "kristina", "caleb")]
    spans.append(at(text, "chad", "LOCATION"))  # spaCy's country, lower-cased
    assert people(text, spans) == sorted(["ottilie", "adam", "kristina", "chad", "caleb"])


def test_speaker_labels_of_a_dialogue():
    text = "Ella: What a day.\nDestiny: Remember me?\nChris: Sure."
    spans = [at(text, "Ella"), at(text, "Chris")]
    assert "Destiny" in people(text, spans)


def test_a_place_tag_on_a_word_of_a_found_person_is_that_person():
    text = "my name is zoran petek but everyone calls me zoran"
    first = Span(11, 22, "PERSON", 0.85, "spacy_ner")
    second = Span(text.rindex("zoran"), len(text), "LOCATION", 0.8, "spacy_ner")
    assert people(text, [first, second]) == ["zoran", "zoran petek"]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        # everyday words, other case, or claimed by another detector stay as they are
        ("Salinas and the band were great", "Salinas"),
        ("im a minecraft gamer and grian fan", "grian"),
        ("Adam and Python are my favourites", "Adam"),
        ("User: hi\nAssistant: hello\nAdam: ok", "Adam"),
    ],
)
def test_look_alikes_stay_unnamed(text, known):
    assert people(text, [at(text, known)]) == [known]


def test_nothing_happens_without_a_found_person():
    text = "Torvik and Salinas, then Houston"
    spans = [at(text, "Houston", "LOCATION")]
    assert names_from_context(text, spans) == spans


def test_countries_keep_their_type():
    text = "Chad and Zoran met; Zoran went to Chad"
    spans = [at(text, "Zoran"), Span(text.rindex("Chad"), len(text), "LOCATION", 0.8, "spacy_ner")]
    assert "LOCATION" in {s.type for s in names_from_context(text, spans)}


@pytest.mark.parametrize(
    ("text", "word", "rest", "title"),
    [
        ("The Princess Royal arrived", "Princess", ["Royal"], True),
        ('a song, "Carry Me Back To Poland"', "Carry", ["Me", "Back", "To"], True),
        ("I met Destiny Young yesterday", "Destiny", ["Young"], False),
        ("Princess Okafor called", "Princess", ["Okafor"], False),
    ],
)
def test_titles_that_open_with_an_ambiguous_given_name(text, word, rest, title):
    start = text.index(word)
    toks = [(0, 0, w) for w in rest]
    assert title_not_name(text, start, toks) is title


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Brightwater is a 2019 Danish action-comedy film directed by Jonas Holm", False),
        ("Velvetine was an album by a Swedish band", False),
        ("Maria is a film director from Porto", True),  # a person whose job is films
        ("Maria is a friend of mine", True),
    ],
)
def test_a_one_word_subject_called_a_work_is_no_person(text, kept):
    word = text.split()[0]
    spans = [at(text, word)]
    if "Jonas Holm" in text:
        spans.append(at(text, "Jonas Holm", detector="context_cue"))
    assert (word in people(text, spans)) is kept


def test_a_full_name_found_once_is_found_on_its_other_lines():
    text = ">Gyala Antall\n>Lawdragon\n>Gyala Antall\n>24 Clarke Avenue"
    spans = [Span(1, 13, "PERSON", 0.9, "context_cue")]
    assert [(s.start, s.end) for s in names_from_context(text, spans)] == [(1, 13), (26, 38)]


def test_a_name_repeated_on_its_own_line_is_left_alone():
    # "Posted by Hidden Nook to Hidden Nook": a blog named twice, not a person found twice
    text = "Posted by Hidden Nook to Hidden Nook at 3/9/2005"
    spans = [at(text, "Hidden Nook", detector="context_cue")]
    assert names_from_context(text, spans) == spans


def test_a_rare_first_word_of_a_found_name_is_found_alone():
    # its first word as rare as a name, though no list knows it; lower-case in lower-case text
    text = "Şuheda spent a year as the assistant to Şuheda Lugtenburg."
    assert people(text, [at(text, "Şuheda Lugtenburg")]) == ["Şuheda", "Şuheda Lugtenburg"]
    text = "verses from arya jongman's tales. is there a better example than early jongman?"
    assert "jongman" in people(text, [at(text, "arya jongman")])


def test_an_everyday_or_ambiguous_first_word_is_not_spread():
    # "Jan" is also a month ("Jan 5"); "Will", "Grant" are English words
    for text, name in (
        ("Jan Geisler joined on Jan 5.", "Jan Geisler"),
        ("Will Smith said it will rain.", "Will Smith"),
    ):
        assert people(text, [at(text, name)]) == [name]


def test_a_rare_head_word_of_another_name_or_a_particle_is_not_spread():
    # "Cerro" opens a second hill's name; "von" is a particle of a capitalised name
    text = "im Cerro Amarillo ( auch Cerro San Félix ) 193 m"
    assert people(text, [at(text, "Cerro San Félix")]) == ["Cerro San Félix"]
    text = "mit Josef von Divéky teil, den Dr . von Brücke förderte ."
    assert "von" not in people(text, [at(text, "von Brücke")])
