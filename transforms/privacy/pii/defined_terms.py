"""A lone given name used as a noun is no person (session 32, formal English precision).

Contracts and reports capitalise their defined terms, and some of those terms are also listed
given names: "any Lien which appears", "a Lien on any of Borrower's assets", "the existing Lien",
"Lenders' Lien", "Permitted Lien" (sec_filings dev, where "Lien" alone was a fifth of all PERSON
false positives). English grammar settles it: a bare given name is a proper noun and takes no
article or quantifier ("a Mark" is a mark, "any Grace" grace), while a noun phrase headed by a
term does. :func:`defined_term` therefore drops a ONE-word PERSON candidate when, directly before
it, stands

- a lower-case determiner or quantifier ("a", "an", "the", "any", "each", "every", "such",
  "another"): a capitalised "The" inside a sentence is part of a name ("Stan Lee is The
  Watcher"); "a" only before a consonant, as English writes it (Spanish "a Agustina" is a
  preposition before a person), and only in a sentence that no language check calls foreign;
  not "that" (a conjunction too: "said that Jack") nor "this"/"no" (spoken "this Jack guy",
  "No Mark"); an adjective between ("the late Diana", "the talented Emma") keeps the person;
- a plural possessive ("Lenders' Lien", "the Parties' Notice"): a person's name after another
  party's plural possessive is a noun of theirs;
- a capitalised past participle opening the same term mid-sentence ("a Permitted Lien",
  "the Secured Party", 'a "Permitted Lien"' quoted after a lower-case word); not at a sentence
  start ("Asked Mary about it").

The term must also end its noun phrase: punctuation, the end of the text or a function word
(preposition, conjunction, relative, auxiliary, or the legal "hereunder", "herein", "thereof")
follows it ("a Lien on", "any Lien which", "the Lien.", "a Lien hereunder"). A name that
qualifies the next noun is still a person, article or not ("the Bush administration", "the
Wesley boys", "the Monti government", "the Bush-Cheney 2000 campaign").

One sense per discourse (Gale, Church & Yarowsky 1992, "One sense per discourse"): a document
that uses a capitalised word as a defined term once uses it so throughout, also where no
article shows it ("secured by Liens described in", "any extension or replacement Lien must",
"the existing Lien and"; sec_filings dev, session 35). A one-word candidate is therefore also
a term when the same word, or its singular or plural, stands in a term's position elsewhere in
the text.

Names of two or more words are left alone ("the John Smith we met"), and so is a name after
a possessive singular ("Maria's Jack", a dog or a son). Tuned on sec_filings, re3d, uner_ewt,
wikigold dev.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.foreign_word_lists import EN_FUNCTION
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.word_sets import word_set

# Closed-class words that open an English noun phrase (determiners and quantifiers).
_DETERMINERS = r"an|the|any|each|every|such|another"
_BEFORE = re.compile(
    r"(?:(?<![\w'\u2019])(?:" + _DETERMINERS + r")[ \t]+"
    r"|(?<![\w'\u2019])(?P<a>a)[ \t]+"
    # plural possessive: "Lenders' ", "Lenders \u2019 " (treebank spacing)
    r"|[a-z]s[ \t]?['\u2019][ \t]+"
    # a capitalised participle heading the term: "Permitted ", "Secured "
    r"|(?:(?<=[\w,\"\u201c][ \t])|(?<=[a-z][ \t][\"\u201c]))[A-Z][a-z]{2,}ed[ \t]+)$"
)

# Words that may follow a noun phrase's head: the shared English function words and the
# prepositions and modals of formal prose.
_AFTER_HEAD = EN_FUNCTION | word_set("""
in into under upon over within without against as shall may must being than nor yet after
before between among
hereunder thereunder herein therein hereof thereof hereto thereto hereby thereby
""")
_NEXT_WORD = re.compile(r"[ \t]*([A-Za-z]+)")


def _ends_phrase(text: str, end: int) -> bool:
    """Whether nothing but punctuation, the end of the text or a function word follows."""
    if text.startswith(("-", "\u2013"), end):
        return False  # "the Bush-Cheney campaign": a compound that qualifies a noun
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return True
    return m.group(1) in _AFTER_HEAD  # a capitalised word may go on the name ("the Bush Library")


def defined_term(text: str, start: int, end: int) -> bool:
    """Whether the one-word PERSON candidate ``text[start:end]`` stands where a noun does, or
    the text uses that word so elsewhere: a term, not a name (see the module docstring)."""
    word = text[start:end]
    if len(word.split()) != 1:
        return False
    if _term_at(text, start, end):
        return True
    stem = word[:-1] if word.endswith("s") else word
    return any(
        m.start() != start and _term_at(text, m.start(), m.end())
        for m in re.finditer(rf"(?<![\w'\u2019]){re.escape(stem)}s?(?![\w'\u2019])", text)
    )


def _term_at(text: str, start: int, end: int) -> bool:
    """Whether the one word ``text[start:end]`` stands in a term's position (docstring)."""
    m = _BEFORE.search(text, max(0, start - 40), start)
    if m is None or not _ends_phrase(text, end):
        return False
    if m.group("a") and text[start] in "AEIOU":
        return False  # "a" before a vowel is no English article ("a Agustina")
    return foreign_language(text_line(text, start)) is None


def text_line(text: str, start: int) -> str:
    """The line holding ``start`` (a sentence or a few: enough for the language check)."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    return text[a : b if b >= 0 else len(text)]
