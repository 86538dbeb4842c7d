"""Lone names a verb of saying or thinking takes as its subject (session 34, issue 14).

Biographies, news and reviews name a person once in full and then by one word, often a surname
no list holds: "Hitzig noticed that ...", "Chahine told reporters", "Bullock then claims that
...", "Budjana decided to fly to Jakarta". spaCy misses many such one-word subjects in a
one-sentence record. Only a person (or an organisation speaking through one) says, tells,
claims, decides or realises, so a capitalised word right before such a verb, or after it in
the inverted attribution of news style right after a closing quote or the comma that ends the
quotation ('"...," says Player', '", said Dellucci'; e.g. https://apastyle.apa.org/
style-grammar-guidelines/citations/quotations and the AP's "said" rule), is a name when it looks
like one. News style also puts a person's age in apposition: "Smith, 34, said" / "Ella Hope, 7,".

The verbs are those of VerbNet's classes say-37.7, tell-37.2, complain-37.8, advise-37.9,
and the mental-state verbs of conjecture-29.5 and consider-29.9 that take a clause
(https://verbs.colorado.edu/verb-index/vn3.3/, Levin 1993, English Verb Classes and
Alternations, ch. 29 and 37), in their third-person and past forms; verbs an organisation or a
document commonly takes ("announce", "report", "state", "show") are left out.

The word must look like a name: capitalised (not all capitals), not opening the sentence
after an article or determiner, no title or calendar word, and a listed given name or as rare
as a name in English (:func:`~transforms.privacy.pii.gazetteers.listed_or_rare_name`), so
"Google says" and "Everyone thinks" stay words. English prose only (never in code, never in a
sentence of another language); words another detector already reads are left alone.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import TITLES, listed_name_word, listed_or_rare_name
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.social_forms import in_prose
from transforms.privacy.pii.speaker_names import CALENDAR
from transforms.privacy.pii.technical_terms import technical_term, tool_name
from transforms.privacy.pii.word_sets import word_set
from transforms.privacy.spans import Span

SCORE = 0.7
DETECTOR = "speech_subject"
# third-person present and past forms (VerbNet say-37.7, tell-37.2, complain-37.8,
# advise-37.9, conjecture-29.5, consider-29.9; see module docstring)
SPEECH_VERBS = word_set("""
says said tells told claims claimed insists insisted recalls recalled explains explained
admits admitted argues argued remarks remarked replies replied answers answered asks asked
complains complained confesses confessed boasts boasted jokes joked laughs laughed whispers
whispered shouts shouted yells yelled screams screamed mutters muttered promises promised
warns warned advises advised urges urged thinks thought believes believed reckons reckoned
suspects suspected guesses guessed imagines imagined realises realised realizes realized
decides decided wonders wondered hopes hoped wants wanted feels felt knows knew noticed
remembers remembered
""")
# also said of software ("TypeScript complains", "Git told me", "Pyright thinks"): these take a
# listed given name or surname only
SOFTWARE_VERBS = word_set("""
says said tells told thinks thought wants wanted knows knew asks asked explains explained
warns warned complains complained believes believed feels felt hopes hoped advises advised
answers answered replies replied
""")
# -s forms that are also plural nouns ("Ebola claims life", "Voiceless screams", "Holocaust
# jokes"): these, too, take a listed given name or surname only
NOUN_FORMS = word_set("""
claims insists recalls admits argues remarks confesses boasts jokes laughs whispers shouts
yells screams mutters promises urges reckons suspects guesses imagines wonders remembers
""")
# deities take verbs of saying too ("Allah knows", "God says"); no one's personal data
_DEITIES = word_set("God Allah Lord Jesus Christ")
# part of a longer name: "Bank of Canada says", "Johnson & Johnson says", "President Liam Neill"
_INSIDE_NAME = re.compile(r"(?:\b(?:of|for)|&|[A-Z][\w']*)[ \t]+$")
# laughter and interjections ("Aaaah just realised"): a letter three times running
_STRETCHED = re.compile(r"(\w)\1\1")
_CAP = r"[A-Z][a-z\u00df-\u024f]+(?:[-'][A-Z]?[a-z\u00df-\u024f]+)?"
_ADVERBS = r"(?:also|then|later|never|soon|still|once|often|always|even|now|just|finally)"
# "Hitzig noticed", "Bullock then claims", "Player will tell", "Chahine told reporters"
_SUBJECT = re.compile(
    rf"(?<![\w@#.\-'/])(?P<name>{_CAP})(?:[ \t]+{_ADVERBS})?"
    rf"(?:[ \t]+(?P<aux>will|would|had|has|once|never))?[ \t]+(?P<verb>[a-z]+)\b(?![-'(.]\w)"
)
# '"...," says Player.' / ', said Chahine' / ', asked Karzai.' (a quotation or clause before
# it; the name ends the clause)
_AFTER = re.compile(
    rf"[\"\u201d,][ \t]*(?P<verb>says|said|tells|told|asks|asked|adds|added|explains|explained|"
    rf"replies|replied|recalls|recalled|insists|insisted|admits|admitted)[ \t]+(?P<name>{_CAP})"
    rf"(?=[ \t]*(?:[.,!?;]|$))",
    re.MULTILINE,
)
# "Smith, 34, said", "Ella Hope, 7, of Leeds": a person's age in apposition (news style)
_AGE = re.compile(
    rf"(?<![\w@#.\-'/])(?P<name>{_CAP}(?:[ \t]+{_CAP})?),[ \t]+\d{{1,2}},[ \t]+(?=[a-z])"
)
_BASE_VERBS = word_set("tell say claim think know want decide explain ask admit insist")
# a determiner before the word makes it a common noun or a thing ("the Pilot says")
_DETERMINER = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those|my|your|our|their|his|her|its|every|each|any|"
    r"some|no|The|A|An|This|That|My|Your|Our|Their|His|Her|Its|Every|Each|Any|Some|No))"
    r"[ \t]+$"
)


def _looks_named(text: str, start: int, word: str) -> bool:
    end = start + len(word)
    if word in TITLES or word in CALENDAR or technical_term(text, start, end):
        return False
    if tool_name(text, start, end) or word in _DEITIES or _STRETCHED.search(word):
        return False
    if _INSIDE_NAME.search(text, max(0, start - 30), start):
        return False
    if _DETERMINER.search(text, max(0, start - 8), start):
        return False
    return listed_or_rare_name(word)


def _candidates(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for m in _SUBJECT.finditer(text):
        verb = m.group("verb")
        if verb in SPEECH_VERBS if not m.group("aux") else verb in _BASE_VERBS | SPEECH_VERBS:
            name = m.group("name")
            guarded = verb in SOFTWARE_VERBS or verb in NOUN_FORMS or m.group("aux")
            if guarded and not listed_name_word(name):
                continue
            if _looks_named(text, m.start("name"), name):
                found.append(m.span("name"))
    for m in _AFTER.finditer(text):
        if _looks_named(text, m.start("name"), m.group("name")):
            found.append(m.span("name"))
    for m in _AGE.finditer(text):
        words = m.group("name").split()
        if all(w not in TITLES and w not in CALENDAR for w in words) and any(
            listed_or_rare_name(w) for w in words
        ):
            found.append(m.span("name"))
    return found


def speech_subjects(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus PERSON spans for lone names a verb of saying or thinking takes, or that
    carry an age in apposition, where no other span lies."""
    if not any(c.isupper() for c in text):
        return spans
    found = [
        (a, b)
        for a, b in _candidates(text)
        if foreign_language(text[max(0, a - 120) : b + 120]) is None
    ]
    out = list(spans)
    for start, end in in_prose(text, found):
        if not any(s.start < end and start < s.end for s in out):
            out.append(Span(start, end, "PERSON", SCORE, DETECTOR))
    return out
