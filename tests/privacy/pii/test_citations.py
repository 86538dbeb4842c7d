"""Authors in author-year citations (``citations``)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.citations import citation_name_spans


def names(text: str) -> list[str]:
    return [text[a:b] for a, b in citation_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("on the ability to perceive objects (Dye & Bavelier, 2010).", ["Dye", "Bavelier"]),
        (
            "basic visual skills (Li, Polat, Scalzo, & Bavelier, 2010); on the ability",
            ["Li", "Polat", "Scalzo", "Bavelier"],
        ),
        (
            "memory (Klingberg et al., 2005; Thorell, Nutley, & Bohlin, 2009).",
            ["Klingberg", "Thorell", "Nutley", "Bohlin"],
        ),
        ("(e.g. Hartsell-Gundy et al., 2015; Mulligan, 2016)", ["Hartsell-Gundy", "Mulligan"]),
        ("arts (see for example Brieber 2014; Binderman et al., 2005)", ["Brieber", "Binderman"]),
        ("across two lines (Domínguez Caparrós, 2000: 103), giving", ["Domínguez Caparrós"]),
        ("win the game (Kirriemuir & McFarlane, 2004).", ["Kirriemuir", "McFarlane"]),
        ("Quilis (1964) performed poetry reading experiments.", ["Quilis"]),
        ("as Martínez Cantón (2011) reviews.", ["Martínez Cantón"]),
        ("our study complements Navarro\u2019s (2016) automatic analyses", ["Navarro"]),
        ("analyzed by Coase (1937) and North (1990)", ["Coase", "North"]),
        ("Smith et al. (2010) found the same.", ["Smith"]),
        ("Image: Daily et al.", ["Daily"]),
    ],
)
def test_cited_authors(text, authors):
    assert names(text) == authors


@pytest.mark.parametrize(
    "text",
    [
        "call foo(2010) then bar(2011)",  # code: the parenthesis touches a word
        "print(Smith, 2010)",
        "Ported to Windows (2010) and Python (2008)",  # product words
        "the Census (2010) and the Equality Act (2010)",  # a thing after an article
        "see Table (2010) and Figure (3)",
        "released in (January, 2010)",  # a month
        "met him years later in Italy (1821).",  # a place after "in"
        "the romantic comedy Chasing Liberty (2004) and The Lookout (2007)",  # films
        "Imagine Me and You (2005)",
    ],
)
def test_citation_lookalikes_stay_unflagged(text):
    assert names(text) == []


def test_cited_surname_spacy_calls_a_place_is_a_person():
    text = "working memory (Thorell, Lindqvist, Nutley, Bohlin, & Klingberg, 2009)."
    got = {(s.type, text[s.start : s.end]) for s in detect(text)}
    assert ("PERSON", "Nutley") in got and ("PERSON", "Bohlin") in got
    assert not any(t == "LOCATION" for t, _ in got)


def test_citations_in_code_blocks_stay_unflagged():
    text = "Run this:\n```\nx = cite(Smith, 2010)\ny = (Jones & Brown, 2011)\n```\n"
    assert not any(s.detector == "citation" for s in detect(text))


# --- Latin Extended-A capitals (not a citation rule; found on the same GUM tuning pass) --------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In recent years, Łódź has been battling rising unemployment.", "Łódź"),
        ("We took the train from Šibenik to Split.", "Šibenik"),
    ],
)
def test_names_opening_with_latin_extended_capitals_are_read(text, place):
    from transforms.privacy.pii.ner import worth_ner

    assert worth_ner(text)
    assert ("LOCATION", place) in {(s.type, text[s.start : s.end]) for s in detect(text)}


def test_et_al_without_year_is_found_end_to_end():
    text = "Image: Daily et al."
    assert ("PERSON", "Daily") in {(s.type, text[s.start : s.end]) for s in detect(text)}
