"""Names inside technical terms and code listings in coding-agent text (issue 14,
``agent_trajectories`` corpus): eponyms, data-format members, section numbers, language and
toolchain names, disassembly columns. True positives next to each look-alike."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.signature_names import signature_name_spans
from transforms.privacy.pii.technical_terms import technical_term


def flagged(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Goldbach's conjecture is an unsolved problem in number theory.", "Goldbach"),
        ("phi being Euler's totient", "Euler"),
        ("This setup is ideal for applying Hastad's Broadcast Attack here.", "Hastad"),
        ("Use Dijkstra's algorithm for the shortest path.", "Dijkstra"),
        ("By Bayes' theorem the posterior follows.", "Bayes"),
        ("absence of the Pixel Representation attribute", "Pixel Representation"),
        ("        # PS 3.3, Annex C.7.6.3", "Annex"),
    ],
)
def test_technical_terms_are_recognised(text, word):
    start = text.index(word)
    assert technical_term(text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Can you send me Sarah's code before the review?", "Sarah"),
        ("Call Maria's number tomorrow.", "Maria"),
        ("I checked Ana's identity documents.", "Ana"),
        ("Pierre de Fermat's theorem", "Pierre de Fermat"),  # a full name stays a name
        ("the Boston field office", "Boston"),
        ("the Brooklyn property sold", "Brooklyn"),
    ],
)
def test_names_before_ordinary_words_are_no_terms(text, word):
    start = text.index(word)
    assert not technical_term(text, start, start + len(word))


@pytest.mark.parametrize(
    "text",
    [
        "Goldbach's conjecture is an unsolved problem in number theory, which states that "
        "every even integer greater than 2 is the sum of two primes.",
        "The modulus is n = p * q and e has a modular inverse in phi (phi being Euler's "
        "totient). The code then serializes the encrypted message.",
        "This setup is ideal for applying Hastad's Broadcast Attack, which uses the Chinese "
        "Remainder Theorem.",
        "The main page of the web server lists several Perl CGI scripts.",
        "it's possible that the vulnerability is related to Perl's open function",
        "libclang-cpp14 - C++ interface to the Clang library",
        "I would expect it to decode without presence of the Pixel Representation attribute.",
    ],
)
def test_technical_prose_is_not_flagged(text):
    assert not {t for t, _ in flagged(text)} & {"PERSON", "LOCATION"}, flagged(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thanks, Sarah Johnson, the review is done.", "Sarah Johnson"),
        ("I talked to Maria Garcia about Euler's method yesterday.", "Maria Garcia"),
    ],
)
def test_names_next_to_terms_stay_flagged(text, name):
    assert ("PERSON", name) in flagged(text)


def test_disassembly_columns_are_no_capital_names():
    text = (
        "Disassembly Found!\n.text:0040064d   488d4580             LEA         RAX=>local_88,"
        "[RBP + -0x80]\n.text:00400651   ba0d064000           MOV         EDX,FUN_00\n"
        "the function writes the buffer and then calls gets on it"
    )
    assert not any(s.type == "PERSON" for s in signature_name_spans(text, []))
    assert not any(s.type == "PERSON" for s in detect(text))


def test_capital_names_in_mixed_case_prose_still_found():
    text = "I am GEORGE WALKER BUSH, son of the former president of the United States"
    spans = signature_name_spans(text, [])
    assert [text[s.start : s.end] for s in spans] == ["GEORGE WALKER BUSH"]
