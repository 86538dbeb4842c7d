"""Chat words and numbers spaCy glues onto a name in social posts are cut off before the name
checks (issue 14); product names, initials and name particles stay."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.chat_edges import chat_tail, number_lead


def typed(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


@pytest.mark.parametrize(
    ("tokens", "cut"),
    [
        (["hangwani", "u"], 1),  # chat shorthand
        (["miley", "Cyrus", "omg"], 1),
        (["Trey", "alllll", "week"], 2),  # a stretched word, then an everyday word
        (["Courtz", "n"], 1),
        (["peter", "Ha"], 1),
    ],
)
def test_chat_tail_cut(tokens, cut):
    assert chat_tail(tokens) == cut


@pytest.mark.parametrize(
    "tokens",
    [
        ["Wii", "U"],  # one capital letter: a product's name or an initial
        ["Jack", "L"],
        ["Don", "Antonio", "de"],  # a name particle
        ["Kevin", "smith"],  # a census surname in lower case
        ["mark", "wright"],
        ["roger", "the", "roo"],
        ["u"],  # the first token always stays for the name checks
    ],
)
def test_chat_tail_keeps_name_words(tokens):
    assert chat_tail(tokens) == 0


def test_number_lead():
    assert number_lead(["3", "Stephenson"]) == 1
    assert number_lead(["Stephenson"]) == 0
    assert number_lead(["42"]) == 0


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("chief thats too harsh ! hangwani u see now ! next time dont rush", "hangwani"),
        ("been listenin to trey alllll week ...", "trey"),
        ("However at end of 3rd when George drilled a buzzer 3 Stephenson was out", "Stephenson"),
    ],
)
def test_names_found_without_chat_edges(text, name):
    assert ("PERSON", name) in typed(text)


def test_product_letter_stays_unflagged():
    text = "Wii U has been announced as well as the PS4"
    assert not any(v in ("Wii", "Wii U") for _, v in typed(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a start for young declan rudd today . Good guy .", "declan rudd"),
        ("really hoping harry picks a john mayer song !", "john mayer"),
        ("matthew grey gubler is so fucking hot i cant believe", "matthew grey gubler"),
    ],
)
def test_lowercase_full_names(text, name):
    assert ("PERSON", name) in typed(text)


def test_lowercase_full_name_helper():
    from transforms.privacy.pii.chat_names import lowercase_full_name

    text = "I think a giant teddy bear got killed on my road"
    start = text.index("teddy")
    assert not lowercase_full_name(text, start, start + len("teddy bear"), "PERSON", text)
    text = "really hoping harry picks a john mayer song !"
    start = text.index("john")
    assert lowercase_full_name(text, start, start + len("john mayer"), "PERSON", text)
    assert not lowercase_full_name(text, start, start + len("john mayer"), "ORG", text)
