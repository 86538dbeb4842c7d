"""Greetings and sign-offs of e-mail and chat text: "Mark,", "Hi Sara -", "Thanks, Jeff" (issue 14).

A mail opens with the reader's given name on a line of its own and ends with the writer's
("Vince,\\n...\\nThanks,\\nJeff"). Prose NER never tags such a line: it is no sentence. Evidence
here is the position plus a census given name (US Census 1990 lists, via
:mod:`~transforms.privacy.pii.gazetteers`):

- a line holding only one or two given names and optional "," ":" "-" that is the first or the
  last line of the text ("Mark,", "David and Cindy,", "John -");
- a greeting or closing word before a name at a line start ("Hi Sara -", "Dear Vince",
  "Thanks, Jeff", "Dear Mr. Lay"); a name everyday enough to be a word ("Mark", "Will") counts
  only here, with a comma ("Mark,") or as a short sign-off name ("Kim", "Bob") on its own, and
  "Hi All" / "Thanks, Great" stay words.

Names in capitals ("DENISE LAGESSE", "By KIMBERLY KINDY") count on such lines when their
title-case form is a census given name followed by a census surname.
"""

from __future__ import annotations

import re
from typing import Any

from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    AMBIGUOUS_GIVEN_NAMES,
    BIG_CITY_NAMES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    TITLES,
    english_frequency,
)

_NAME = r"(?:[A-Z][a-z]+(?:[-'\u2019][A-Z][a-z]+)?|[A-Z]{2,}(?:[ \t]+[A-Z]{2,})?)"
_GREETING = (
    r"(?:Hi|Hello|Hey|Dear|Greetings|Morning|Good[ \t]+(?i:morning|afternoon|evening)|Thanks|"
    r"Thank[ \t]+you|Many[ \t]+thanks|Regards|Best(?:[ \t]+regards|[ \t]+wishes)?|"
    r"Kind[ \t]+regards|Cheers|Love|Sincerely|Yours|By)"
)
# Ambiguous given names that after "Thanks," or alone with a comma are a word, a date or an
# assistant ("Thanks, Claude!" in a coding chat).
_NOT_ADDRESSED = frozenset(
    {
        "Claude",
        "Ok",
        "Ha",
        "Ai",
        "January",
        "April",
        "May",
        "June",
        "August",
        "September",
        "Sunday",
        "Numbers",
        "Spring",
        "Summer",
        "Winter",
    }
)
# Short given names that are also words ("Kim", "Bob", "Mark") but alone on a mail's first or
# last line are a greeting or a sign-off; "Will", "Hope", "Grace" stay words there.
_SIGN_OFF_NAMES = frozenset(
    {
        "Bill",
        "Bob",
        "Dick",
        "Don",
        "Drew",
        "Earl",
        "Frank",
        "Gene",
        "Jack",
        "Jan",
        "Kim",
        "Lee",
        "Mac",
        "Mark",
        "Max",
        "Nick",
        "Pat",
        "Ray",
        "Rob",
        "Sue",
    }
)
_TITLE = r"(?:Mr|Mrs|Ms|Dr|Miss|Doctor|Professor|Prof|Judge)\.?"
_END = r"[ \t]*(?P<end>[,:.!]|-{1,2}|\u2013|\u2014)?[ \t]*"
_JOIN = r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|&|or)[ \t]+)"
# "Mark,", "David and Cindy,", "Susan, Joe,", "John -": a line of names only.
_NAME_LINE = re.compile(
    r"(?m)^[ \t>]*(?P<n1>" + _NAME + r")(?:" + _JOIN + r"(?P<n2>" + _NAME + r"))?" + _END + r"$"
)
# "Hi Sara -", "Thanks, Jeff", "Dear Mr. Lay", "Hello Vince, how are you?", "Thank you Ana for".
_GREETING_NAME = re.compile(
    r"(?m)^[ \t>]*" + _GREETING + r"[ \t]*[,!:]?[ \t]+(?:(?P<title>" + _TITLE + r")[ \t]+)?"
    r"(?P<n1>" + _NAME + r")(?:" + _JOIN + r"(?P<n2>" + _NAME + r"))?"
    r"(?=[ \t]*(?:[,:.!?]|-|\u2013|\u2014|$)|[ \t]+for\b)"
)
# "Norma, any thoughts?": a given name called at the start of the text.
_VOCATIVE = re.compile(r"\A[ \t>]*(?P<n1>[A-Z][a-z]+),[ \t]+(?=[a-z])")
# "Dear Mr. President": an office after a title, not a surname.
_OFFICES = frozenset(
    {
        "President",
        "Chairman",
        "Chair",
        "Speaker",
        "Secretary",
        "Mayor",
        "Governor",
        "Senator",
        "Minister",
        "Ambassador",
        "Commissioner",
        "Dean",
        "Principal",
        "Chief",
        "Officer",
        "Editor",
        "Sir",
        "Madam",
    }
)
# After a title a word no census surname counts when it is this rare in English ("Mr. Katsof").
_TITLED_WORD_FREQUENCY = 1e-6


def _given(word: str, *, greeted: bool) -> bool:
    """Whether ``word`` reads as a given name here (capitals compared in title case)."""
    parts = word.split()
    if word.isupper():
        # "DENISE LAGESSE": capitals need a given name and a surname; one capital word is a
        # heading or an acronym ("NOTE", "SAM")
        return (
            len(parts) == 2 and parts[0].title() in GIVEN_NAMES and parts[1].title() in ALL_SURNAMES
        )
    if word in COUNTRIES_AND_REGIONS or word in BIG_CITY_NAMES:
        return False  # "India", "Florence" alone are more likely places
    return word in GIVEN_NAMES or (
        greeted and word in AMBIGUOUS_GIVEN_NAMES and word not in _NOT_ADDRESSED
    )


def _titled(word: str) -> bool:
    if word.isupper():
        word = word.title()
    if word in TITLES or word in _OFFICES:
        return False
    return word in ALL_SURNAMES or english_frequency(word.lower()) < _TITLED_WORD_FREQUENCY


def _edge_lines(text: str) -> tuple[int, int]:
    """Start offsets of the first and the last non-empty line."""
    lines = [m.start() for m in re.finditer(r"(?m)^[ \t>]*\S", text)]
    return (lines[0], lines[-1]) if lines else (-1, -1)


def greeting_spans(text: str) -> list[tuple[int, int, str, float]]:
    """PERSON spans of names in greeting and sign-off positions."""
    out: list[tuple[int, int, str, float]] = []
    first, last = _edge_lines(text)
    for m in _NAME_LINE.finditer(text):
        if m.start() not in (first, last):
            continue  # a name line mid-text is a list item or a heading
        names = [g for g in ("n1", "n2") if m.group(g)]
        # "Mark," addresses someone; a bare "Mark" or "Will" may be a word
        addressed = (m.group("end") or ".") not in ".:"
        if all(
            _given(m.group(g), greeted=addressed) or m.group(g) in _SIGN_OFF_NAMES for g in names
        ):
            out.extend((m.start(g), m.end(g), "PERSON", 0.8) for g in names)
    for m in _GREETING_NAME.finditer(text):
        names = [g for g in ("n1", "n2") if m.group(g)]
        if m.group("title"):
            # "Dear Mr. Lay", "Hi Mr. Katsof": a title makes a surname or a rare word a name
            ok = all(_titled(m.group(g)) for g in names)
        else:
            ok = all(_given(m.group(g), greeted=True) for g in names)
        if ok:
            out.extend((m.start(g), m.end(g), "PERSON", 0.8) for g in names)
    m = _VOCATIVE.match(text)
    if (
        m
        and _given(m.group("n1"), greeted=False)
        and not _foreign_interjection(text, m.group("n1"))
    ):
        out.append((m.start("n1"), m.end("n1"), "PERSON", 0.8))
    return out


def _foreign_interjection(text: str, word: str) -> bool:
    """A function word of a non-English line opening it ("Jo, kvinnorna måste ...", "Ja, men
    ..."; Swedish/Danish "yes", UNER Swedish Talbanken dev), no one addressed."""
    from transforms.privacy.pii.foreign_lists import is_function_word
    from transforms.privacy.pii.language_id import foreign_language

    line = text.split("\n", 1)[0]
    lang = foreign_language(line)
    return lang is not None and is_function_word(word, lang)


def greeting_name_spans(view: Any) -> list[tuple[int, int, str, float]]:
    """Greeting and sign-off names of a prose view (view offsets)."""
    return greeting_spans(view.text)
