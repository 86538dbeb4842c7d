"""Unlisted one-word "persons" of travel-guide prose are places (session 32, issue 14).

spaCy's English models read an unfamiliar capitalised word in a travel guide as a person as
often as a place ("a public bus from the airport to Hadibo", "From Spodsbjerg on Langeland there
is a ferry", "a new identity as Jorvik"); GUM's travel-guide documents hold most of the PERSON
false positives left on its train split (tuned on ``gum_train``, ``gum`` dev, ``btc_train``,
``wnut17_train``). :func:`guide_places` re-types such a spaCy PERSON LOCATION when:

- it is one capitalised word (not all capitals) that no census given name or surname list, the
  international given names or the names learned from English train splits know;
- its sentence is edited prose (no @handle or #hashtag: in social posts it is as often a
  player or a nickname) and holds a word of getting around or of the lie of the land (ferry,
  bus, airport, island, harbour, north ...: :data:`_GUIDE_WORDS`);
- no finite verb follows it ("Theodorus opted to ...", "leader Borodai blames ...", also after
  an adverb: "Gorbachev also proposed", gum_train): a subject that acts is a person;
- no lower-case role or rank noun stands right before it ("the sorcerer queen Sarraounia, ruler
  of the Azna", wikigold dev; :data:`ROLE_NOUNS`): a title names a person (session 33).

It only re-types a span another detector found, so it never flags a text that was clean.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from transforms.privacy.pii.gazetteers import listed_name_word, word_set
from transforms.privacy.pii.list_joins import joined_to_person
from transforms.privacy.pii.train_names_en import learned
from transforms.privacy.pii.web_text import verb_after
from transforms.privacy.segments import sentences
from transforms.privacy.spans import Span

# Words of getting around and of the lie of the land, as a travel guide writes them.
_GUIDE_WORDS = word_set("""
ferry ferries bus buses train trains tram trams flight flights airport airports bridge bridges
km kilometres kilometers miles route routes trail trails highway motorway harbour harbor port
island islands archipelago coast beach beaches station stations village villages quarter
north south east west northern southern eastern western northeast northwest southeast southwest
located city cities town towns capital province district region
""")
_WORD = re.compile(r"[A-Za-z]+")
_ONE_WORD = re.compile(r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+")
_SOCIAL = re.compile(r"[@#]\w")
# a present-tense verb after the word: "leader Borodai blames ..."
_S_VERB = re.compile(r"[ \t]+[a-z]{3,}s\b")
# an adverb between a subject and its verb ("Gorbachev also proposed"); own list
_ADVERB = re.compile(r"[ \t]+(?:also|then|later|soon|once|still|never|again|even|first|finally)\b")
# Lower-case role and rank nouns written right before a person's name (own list): a title
ROLE_NOUNS = word_set("""
king queen prince princess emperor empress sultan caliph shah tsar czar pharaoh chief chieftain
leader ruler president minister premier chancellor governor senator mayor general admiral
commander captain colonel warlord pope bishop archbishop cardinal priest imam rabbi prophet
saint sorcerer wizard poet painter composer novelist explorer navigator
""")
_WORD_BEFORE = re.compile(r"(?<![\w'\u2019])([a-z]+)[ \t]+$")


def acts_or_titled(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is a subject that acts (a finite verb follows,
    maybe after an adverb) or a role noun names it ("queen Sarraounia"): a person's uses."""
    if verb_after(text, end) or _S_VERB.match(text, end):
        return True
    adverb = _ADVERB.match(text, end)
    if adverb and (verb_after(text, adverb.end()) or _S_VERB.match(text, adverb.end())):
        return True  # "Gorbachev also proposed"
    return titled(text, start)


def titled(text: str, start: int) -> bool:
    """Whether a lower-case role noun (:data:`ROLE_NOUNS`) stands right before ``start``."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1) in ROLE_NOUNS


@functools.cache
def _listed(word: str) -> bool:
    return listed_name_word(word) or word in learned("person_tokens")


def _unlisted_word(value: str) -> bool:
    return _ONE_WORD.fullmatch(value) is not None and not _listed(value)


def _guide_sentence(sentence: str) -> bool:
    if _SOCIAL.search(sentence):
        return False
    return any(w.lower() in _GUIDE_WORDS for w in _WORD.findall(sentence))


def guide_places(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with the unlisted spaCy persons of travel-guide sentences re-typed LOCATION
    (module docstring)."""
    candidates = [
        i
        for i, s in enumerate(spans)
        if s.type == "PERSON"
        and s.detector == "spacy_ner"
        and _ONE_WORD.fullmatch(text, s.start, s.end)
        and not _listed(text[s.start : s.end])
    ]
    if not candidates:
        return spans
    out = list(spans)
    bounds = list(sentences(text, 0, len(text)))
    for i in candidates:
        s = spans[i]
        sentence = next(((a, b) for a, b in bounds if a <= s.start and s.end <= b), None)
        if sentence is None or not _guide_sentence(text[sentence[0] : sentence[1]]):
            continue
        if acts_or_titled(text, s.start, s.end):
            continue
        if joined_to_person(text, s, spans, _unlisted_word):
            continue  # "both Behe and Scott Minnich"
        out[i] = replace(s, type="LOCATION", detector="guide_place")
    return out
