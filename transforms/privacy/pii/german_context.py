"""Lone German surnames named a person by the words around them (issue 14).

spaCy's English model tags nothing on many lone surnames in German prose, and
:mod:`~transforms.privacy.pii.foreign_given` finds only listed ones. A capitalised word that no
German or English word list, noun lexicon or place list knows (an *unknown word*, as in
:func:`~transforms.privacy.pii.foreign_words.unknown_word_name`) is a PERSON here when

- a **reporting verb** stands right before or after it ("sagt Eymer", "erklärte Gates");
  a census surname that is also a word counts there too ("sagte Alt");
- it is a **genitive** before a German noun ("Tiganjs Version", "von Milsers Stärken"), also
  of a listed surname or given name that is no German word;
- it **opens the sentence** before a lower-case word ("Pinkwart plädierte"), not a plural
  in "-en" nor after an abbreviation ("St . Moritz");
- it follows a lower-case **clause word** (verb, conjunction, pronoun: "diente Angermayer",
  "dass Madoff"), not an adjective, article contraction or list word ("feinstkörniger
  Magnetit", "fürs Priesteramt", "Mittweida und Ringethal"); a census surname that is an
  English word but no German one counts there too ("arbeitete Hill");
- a **role noun or title** precedes it, alone or as a compound's head ("CSU-Politiker",
  "Landschaftsarchitekten", "Dr .", "geborene"): then up to three name words, the first no
  place, the rest no country ("US-Präsident Barack Obama", "geborene Müller").

New PERSON spans per rule on GermEval 2014 dev (correct / wrong, LOC gold counted wrong):
reporting 6/1, genitive 6/0, opener 8/2, clause word 13/4, role 7/0.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.foreign_lists import (
    PLACE_PREPOSITIONS,
    fold,
    german_words,
    is_function_word,
    known_german_word,
)
from transforms.privacy.pii.foreign_word_lists import REPORTING_VERBS, TITLES
from transforms.privacy.pii.foreign_words import (
    GERMAN_DETERMINERS,
    at_sentence_start,
    genitive_stripped,
    german_noun,
    is_place,
    listed_country,
    unknown_word,
)
from transforms.privacy.pii.gazetteers import ALL_SURNAMES, GIVEN_NAMES, SURNAMES

_WORD = re.compile(r"(?<![\w\-.])[A-ZÄÖÜ][^\W\d_]+(?![\w\-])")
_TOKEN = re.compile(r"\S+")


def _listed_surname(tok: str) -> bool:
    return fold(tok) in SURNAMES or tok in german_words("surnames")


def _any_surname(tok: str) -> bool:
    """A census surname, also one that is an everyday English word ("Gates", "Hill")."""
    bare = genitive_stripped(tok) or tok
    return _listed_surname(tok) or fold(tok) in ALL_SURNAMES or fold(bare) in ALL_SURNAMES


def _listed_genitive(tok: str, bare: str) -> bool:
    """A listed surname or given name with the genitive -s that is no German word itself
    ("Becks", "Melanies"; not "Landes")."""
    if known_german_word(tok) or german_noun(tok, compounds=True) or german_noun(bare):
        return False
    return _any_surname(bare) or fold(bare) in GIVEN_NAMES or bare in german_words("given")


def _prev_word(text: str, a: int) -> str:
    prev = text[max(0, a - 30) : a].split()
    return prev[-1] if prev else ""


def _next_word(text: str, b: int) -> str:
    m = _TOKEN.search(text, b, b + 40)
    return m.group() if m else ""


_ABBREVIATION_BEFORE = re.compile(r"\b[A-Z][a-z]{0,2}\s*\.\s*$")


def _opens_sentence(text: str, a: int) -> bool:
    """At the start of a sentence, not after an abbreviation ("St . Moritz")."""
    return at_sentence_start(text, a) and not _ABBREVIATION_BEFORE.search(text, max(0, a - 8), a)


def _reporting(word: str) -> bool:
    return word.lower() in REPORTING_VERBS or word == "so"


# A preposition and an article in one word ("fürs Priesteramt"): a noun follows.
_CONTRACTED_ARTICLES = frozenset(
    ["fürs", "ans", "aufs", "ums", "übers", "durchs", "hinters", "vors", "unters"]
)
# Words that join a name to a list of things or places ("Mittweida und Ringethal"), own list.
_LIST_WORDS = frozenset(["und", "oder", "sowie", "mit", "zwischen", "bis"])
# Endings of German attributive adjectives ("kurze", "primären"): a noun follows them. A past
# verb ends in "-te" ("diente", "brachte") and is kept.
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def _clause_word(word: str) -> bool:
    """A lower-case German word a subject or object can follow: a verb, conjunction or pronoun
    ("diente", "dass", "sich"), not an adjective, list word or foreign particle ("of", "la")."""
    low = word.lower()
    if not (word.isalpha() and word.islower() and known_german_word(word)):
        return False
    if low in _LIST_WORDS or (low.endswith(_ADJECTIVE_ENDINGS) and not low.endswith("te")):
        return False
    return not is_function_word(word, "en")


def _genitive_before_noun(tok: str, nxt: str, unknown: bool) -> bool:
    """A name's genitive before a German noun ("Tiganjs Version", "Becks Absichten"), never
    a place's ("Berlins Bürgermeister")."""
    bare = genitive_stripped(tok)
    if bare is None or not nxt[:1].isupper() or is_place(tok, lang="de"):
        return False
    if not (unknown or _listed_genitive(tok, bare)):
        return False
    return german_noun(nxt.strip(".,;:"), compounds=True)


def rule_of(text: str, a: int, tok: str) -> str | None:
    """Which rule names ``tok`` at ``a`` a PERSON, or ``None``."""
    prev, nxt = _prev_word(text, a), _next_word(text, a + len(tok))
    low = prev.lower()
    if low in GERMAN_DETERMINERS or low in _CONTRACTED_ARTICLES:
        return None
    if is_function_word(tok, "de") or tok.isupper():
        return None
    unknown = unknown_word(tok)
    if _genitive_before_noun(tok, nxt, unknown):
        return "genitive"  # also after a preposition: "nach Buurmanns Ausscheiden"
    if low in PLACE_PREPOSITIONS:
        return None
    named = unknown or _any_surname(tok)
    # "sagt Sprecher Hans Dietzeld": the name is the run after the role word
    if named and ((_reporting(prev) and not nxt[:1].isupper()) or nxt.lower() in REPORTING_VERBS):
        return "reporting"
    if is_place(tok, lang="de"):
        return None
    if (
        unknown
        and _opens_sentence(text, a)
        and not tok.endswith("en")  # a plural noun: "Epoden deshalb"
        and nxt[:1].islower()
        and nxt.isalpha()
    ):
        return "opener"
    if unknown and _clause_word(prev) and (not nxt[:1].isupper() or not nxt[:1].isalpha()):
        return "inside"
    if (
        _any_surname(tok)
        and not known_german_word(tok)
        and not german_noun(tok, compounds=True)
        and _clause_word(prev)
        and (not nxt[:1].isupper() or not nxt[:1].isalpha())
    ):
        return "inside_surname"
    return None


# German role nouns an apposed name follows ("CSU-Politiker Straubinger", "Oberst
# Ollendorf", "Psychologe Baldwin"), lower-cased, own list; also the head of a compound
# ("Landschaftsarchitekten", "Polizeichef") when at least MIN_ROLE_HEAD letters long.
ROLES = frozenset(
    """geborene geb. oberst politiker politikerin rapper rapperin sänger sängerin
    regisseur regisseurin kommissar kommissarin schauspieler schauspielerin autor autorin maler
    malerin komponist komponistin dichter dichterin schriftsteller schriftstellerin psychologe
    psychologin chef chefin kollege kollegin heiligen papst könig königin fürst fürstin graf
    gräfin herzog herzogin kaiserin prinz prinzessin bischof pfarrer stürmer torwart spieler
    spielerin kapitän managerin moderator moderatorin ständerat ständerätin stadträtin
    abgeordnete abgeordneter senator senatorin architekt architekten architektin
    oberarzt ärztin professor professorin""".split()  # noqa: SIM905
)
MIN_ROLE_HEAD = 5
MAX_NAME_WORDS = 3
_ABBREVIATED_TITLE = re.compile(r"\b(?:Dr|Prof|Hr|Fr|Mrs|Mr|Ms)\s*\.\s*$")


def _role(word: str) -> bool:
    low = word.lower()
    head = low.rsplit("-", 1)[-1]
    if low in ROLES or low in TITLES or head in ROLES or head in TITLES:
        return True
    # a role of >= MIN_ROLE_HEAD letters ending a longer word: look its suffixes up, not each role
    return any(low[-k:] in ROLES for k in range(MIN_ROLE_HEAD, len(low)))


def _name_word(tok: str, first: bool = True) -> bool:
    """A word of a name after a role; a surname after the first word may also name a town
    somewhere ("Barack Obama", "Viviane Reding"), not a country."""
    if is_function_word(tok, "de") or tok.isupper() or listed_country(tok, "de") or _role(tok):
        return False  # "Oberarzt Dr . Meier": the title is no name
    if first and is_place(tok, lang="de"):
        return False
    return _any_surname(tok) or not german_noun(tok, compounds=first)  # "Mario Spitzmüller"


def _after_role(text: str, a: int) -> bool:
    if _ABBREVIATED_TITLE.search(text, max(0, a - 12), a):
        return True  # "Dr . Meier"
    prev = _prev_word(text, a)
    return bool(prev) and prev[:1].isalpha() and _role(prev)


def role_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Up to MAX_NAME_WORDS name words right after a role noun or title."""
    out: list[tuple[int, int]] = []
    words = list(_WORD.finditer(text, start, end))
    i = 0
    while i < len(words):
        m = words[i]
        if not (_after_role(text, m.start()) and _name_word(m.group())):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(words)
            and j + 1 - i < MAX_NAME_WORDS
            and text[words[j].end() : words[j + 1].start()] == " "
            and _name_word(words[j + 1].group(), first=False)
        ):
            j += 1
        out.append((m.start(), words[j].end()))
        i = j + 1
    return out


def german_context_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, rule) of lone surnames named a person by their context in the German
    sentence ``text[start:end]``."""
    out = [(a, b, "role") for a, b in role_spans(text, start, end)]
    for m in _WORD.finditer(text, start, end):
        if any(a <= m.start() < b for a, b, _ in out):
            continue
        rule = rule_of(text, m.start(), m.group())
        if rule is not None:
            out.append((m.start(), m.end(), rule))
    return out
