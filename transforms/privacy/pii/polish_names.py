"""Polish people the English model never proposes (session 37, KPWr n82 dev split).

The English NER model misses most declined Polish names ("Jacka Malczewskiego", "z Edwardem
Gierkiem", "druha Milkego", "poseł Szwed") and many foreign ones in Polish prose ("panny
Cimiento"). Morfeusz 2 with the SGJP dictionary (see :mod:`.polish_vocabulary`; 2-clause BSD)
classes every proper reading of a word form: ``imię`` (given name), ``nazwisko`` (surname),
``nazwa_geograficzna`` (place); a common word has a lower-case lemma. Only in Polish prose
(:func:`~transforms.privacy.pii.polish_vocabulary.polish_around`), a capitalised word that no
span covers is a PERSON when:

- **a name and nothing else**: every reading is a given name or surname (an adjective reading
  is allowed too, "Kołomyjski", unless the next word is a noun it agrees with, "Nowy plik");
  at the start of a sentence or line no adjective reading is allowed either;
- **a given name with another name**: a given-name reading next to a capitalised word that is a
  name or unknown to SGJP ("Arkadiusza Wyderkiwicza", "Edwardem Gierkiem"): the two together;
- **an initial and a surname**: "W. Kołomyjski", "R. Brautigana" (a surname or unknown word);
- **after a title or kinship word** written in lower case ("pan", "pani", "panny", "poseł",
  "generała", "druha", "ciotki", "doc.", "prof."): a surname, given name or unknown word.

Nothing is proposed after a street or institution cue ("ul.", "al.", "im.") or after another
capitalised word (part of a longer proper name: "Szkoły Globalnej"), nor for a word with a
place reading and no person one ("Sandomierzu": :mod:`.polish_places` types spaCy's places).
"""

from __future__ import annotations

import re

from transforms.privacy.pii.assistant_tools import ASSISTANTS
from transforms.privacy.pii.ner_filters import NOT_NAME_WORDS
from transforms.privacy.pii.polish_phrases import adjective_before_noun, declined_product
from transforms.privacy.pii.polish_vocabulary import (
    analyse,
    maybe_polish,
    polish_around,
    polish_common_word,
    polish_word,
    short_polish,
)
from transforms.privacy.spans import Span

SCORE = 0.7
DETECTOR = "polish_names"
_PERSON = frozenset({"imię", "nazwisko"})
# a capitalised word of letters (an apostrophe before a Polish ending: "Sonny'ego")
_CAP_WORD = re.compile(
    r"(?<![\w.@/\\-])(?:Mc|Mac)?[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:'[a-ząćęłńóśźż]+)?(?![\w@/\\])"
)
_WORD = re.compile(r"[^\W\d_]+")
_INITIAL = re.compile(r"(?<![\w.])(?:Ch|[A-ZĄĆĘŁŃÓŚŹŻ])\.[ \t]+$")
_WORD_BEFORE = re.compile(r"([^\W\d_]+\.?)[ \t]+$")
_CAP_BEFORE = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*[ \t]+$")
# lower-case words that name the person after them (titles, offices, kinship)
_TITLE_WORDS = (
    "pan pana panu panem panie pani panią panna panny pannie panną poseł posła posłowi posłem"
    " posłanka posłanki generał generała generałowi generałem druh druha druhowi druhem"
    " ciotka ciotki ciotce ciotką wujek wujka wujkowi wujkiem doc. prof. dr p. ks. mec. inż."
    " brat brata siostra siostry senator senatora marszałek marszałka"
)
_TITLES = frozenset(_TITLE_WORDS.split())
# lower-case words after which a capitalised word names a street or an institution
_NOT_PERSON_CUES = frozenset(
    ["ul.", "al.", "pl.", "os.", "im.", "ulica", "ulicy", "ulicę", "placu", "aleja", "alei"]
)
# "Art. 48.", "Str. 3": an abbreviation before a number or a lower-case word
_ABBREVIATION = re.compile(r"\.[ \t]*(?:\d|[a-ząćęłńóśźż])")
# parts of speech of Polish function words, adverbs and predicatives ("Tam", "Sam", "Brak")
_FUNCTION_TAGS = frozenset(
    ["adv", "part", "conj", "comp", "prep", "interj", "pred", "ppron12", "ppron3", "siebie", "qub"]
)
_TOOLS = frozenset(w.lower() for w in ASSISTANTS) | NOT_NAME_WORDS
_CLOSED = re.compile(r"[!:]")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\]\n]|[-–*#>|•]\s)[\s\"'„“”«»()*_#>|•–-]*$")


def _kinds(word: str) -> tuple[bool, bool, bool, bool, bool]:
    """(person reading, given-name reading, common reading, adjective reading, unknown)."""
    found = analyse(word)
    if all(tag == "ign" for _, tag, _ in found):
        return False, False, False, False, True
    person = given = common = adjective = place = False
    for lemma, tag, kinds in found:
        if lemma[:1].isupper():
            person |= bool(_PERSON & set(kinds))
            given |= "imię" in kinds
            place |= "nazwa_geograficzna" in kinds and not _PERSON & set(kinds)
        elif tag.startswith("adj:"):
            adjective = True
        else:
            common = True
    return person and not (place and not given), given, common, adjective, False


def function_word(word: str) -> bool:
    """Whether some reading of ``word`` is a function word, adverb or predicative ("Tam":
    "there", "Sam": "alone", "Brak": "there is no", "Nic": "nothing")."""
    return any(
        tag.split(":")[0] in _FUNCTION_TAGS or (tag.startswith("subst:") and not kinds)
        for lemma, tag, kinds in analyse(word)
        if lemma[:1].islower()
    )


def _opener(text: str, s: Span) -> bool:
    """A name span of Polish prose that is no name: a function word opening a sentence ("Tam,
    gdzie"), a common word opening a sentence and closed by "!" or ":" ("Składniki:",
    "Żołnierze!"), a lower-case Polish phrase ("producenta klamki", "tzw"), or a title with an
    office ("Panie Ministrze")."""
    if s.type not in ("PERSON", "LOCATION"):
        return False
    words = _WORD.findall(text[s.start : s.end])
    if not words or not polish_around(text, s.start, s.end):
        return False
    if s.type == "PERSON" and text[s.start].islower():
        return all(polish_word(w) for w in words)
    if len(words) > 1:
        rest = words[1:]
        return words[0].lower() in _TITLES and all(polish_common_word(w) for w in rest)
    if not _sentence_start(text, s.start) or len(words[0]) != s.end - s.start:
        return False
    kinds = _kinds(words[0])  # "Marek: zrób to" keeps its given name
    return function_word(words[0]) or (
        _CLOSED.match(text, s.end) is not None and kinds[2] > kinds[1]
    )


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return m.group(1) if m else ""


def _sentence_start(text: str, start: int) -> bool:
    return bool(_SENTENCE_END.search(text, max(0, start - 12), start))


def _alone(text: str, m: re.Match[str]) -> bool:
    """A one-word PERSON by its own readings, its place in the sentence and the word before."""
    word = m.group()
    if _ABBREVIATION.match(text, m.end()) or word.lower() in _TOOLS or declined_product(word):
        return False
    person, _given, common, adjective, unknown = _kinds(word)
    before = _word_before(text, m.start())
    if before.lower() in _NOT_PERSON_CUES or _CAP_BEFORE.search(
        text, max(0, m.start() - 30), m.start()
    ):
        return False
    if before in _TITLES:
        return person or unknown or not (common or adjective)
    initial = _INITIAL.search(text, max(0, m.start() - 5), m.start())
    if initial and not _sentence_start(text, initial.start()):
        return person or unknown  # "byli W. Kołomyjski", not a list's "B. Docker"
    if not person or common:
        return False
    if not adjective:
        return True
    # "jak W. Kołomyjski", not "Nowy plik", "Ważne jest" nor a heading's "Gotowy!"
    return not _sentence_start(text, m.start()) and not adjective_before_noun(text, *m.span())


def _with_initial(text: str, start: int) -> int:
    """``start`` moved back over an initial written before the name ("W. Kołomyjski")."""
    initial = _INITIAL.search(text, max(0, start - 5), start)
    return initial.start() if initial and not _sentence_start(text, initial.start()) else start


def _pairs(text: str, words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """A given name next to another name or unknown word, one space apart."""
    out = []
    for a, b in zip(words, words[1:], strict=False):
        if text[a.end() : b.start()] != " ":
            continue
        if a.group().lower() in _TITLES or {a.group().lower(), b.group().lower()} & _TOOLS:
            continue  # "Panie Marszałku" as a title, "Claude Code" a tool
        ka, kb = _kinds(a.group()), _kinds(b.group())
        if (ka[1] and (kb[0] or kb[4])) or (kb[1] and ka[0] and not ka[2]):
            out.append((a.start(), b.end()))
    return out


def polish_name_spans(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with the Polish people the model missed added as PERSON and without function
    words opening a sentence read as names (module docstring)."""
    if not (maybe_polish(text) or short_polish(text)):
        return spans
    spans = [s for s in spans if not _opener(text, s)]
    if not maybe_polish(text):
        # a short message of Polish word forms with no Polish letter or function word: too
        # little to add a name on ("It s fab!", "Puto," in English mail; Hungarian "Sai.")
        return spans
    words = [
        m
        for m in _CAP_WORD.finditer(text)
        if not any(s.start < m.end() and m.start() < s.end for s in spans)
    ]
    if not words:
        return spans
    found = _pairs(text, words)
    found += [
        m.span() for m in words if not any(a <= m.start() < b for a, b in found) and _alone(text, m)
    ]
    added = [
        Span(_with_initial(text, a), b, "PERSON", SCORE, DETECTOR)
        for a, b in sorted(found)
        if polish_around(text, a, b)
    ]
    return spans + added if added else spans
