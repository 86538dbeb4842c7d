"""German name runs for :mod:`.foreign_ner` (issue 14): German capitalises every noun, so the
evidence comes from Wiktionary DE word classes (:mod:`.german_lexicon`, tuned on GermEval 2014
dev). A noun opening a run or inside it is cut out ("Bundesfinanzminister Wolfgang Schäuble",
"Stadt Bremen"); a listed given name or surname that is no plain noun is a person, and so is a
run spaCy tags PERSON whose words are neither frequent nor nouns ("Berlusconi").
"""

from __future__ import annotations

from transforms.privacy.pii.cldr_cities import cldr_city_names
from transforms.privacy.pii.foreign_lists import (
    MAX_UNLISTED_NAME_WORD,
    city_names,
    common_word,
    fold,
    german_words,
    known_german_word,
)
from transforms.privacy.pii.foreign_place_cues import after_german_determiner
from transforms.privacy.pii.foreign_words import (
    capitalised_name,
    genitive_stripped,
    german_given,
    german_noun,
    is_place,
    listed_country,
    noun_tail,
    unknown_word_name,
)
from transforms.privacy.pii.gazetteers import SURNAMES
from transforms.privacy.pii.name_runs import INITIAL


def german_noun_opener(toks: list[str]) -> bool:
    """A German noun opening a run ("Bundesfinanzminister Wolfgang Schäuble", "Stadt Bremen"),
    or a run that is one plain noun ("Leiter") and no listed place ("Bremen", "Halle")."""
    if len(toks) == 1:
        # a German exonym that is also a noun stays a place ("Rom": CLDR's Rome, Wiktionary's Roma)
        return german_noun(toks[0]) and not (is_place(toks[0]) or toks[0] in cldr_city_names("de"))
    return not german_given(toks[0]) and german_noun(toks[0], compounds=True)


def german_parts(text: str, a: int, toks: list[str]) -> list[tuple[int, list[str]]]:
    """A German run cut at the nouns inside it ("KV von Staatssekretär Gerd Krämer" -> "KV
    von", "Gerd Krämer"); a noun after a given name stays ("Lars Müller"), a plain noun closing
    the run after another word goes ("Zabels Entscheidung", "Brasilien Platz")."""
    if len(toks) < 2 or is_place(" ".join(toks), lang="de"):
        return [(a, toks)]
    if len(toks) == 2 and _place_then_noun(toks):
        return [(a, toks[:1])]  # "in Peking Vierter", "in Irland und Brasilien Platz 1"
    if noun_tail(toks):
        toks = toks[:-1]
        if len(toks) < 3:
            return [(a, toks)]
    parts, start, pos = [], 0, a
    starts = []
    for tok in toks:
        pos = text.index(tok, pos)
        starts.append(pos)
        pos += len(tok)
    for i in range(1, len(toks) - 1):
        if not german_given(toks[i - 1]) and german_noun_opener(toks[i:]):
            if i > start:
                parts.append((starts[start], toks[start:i]))
            start = i + 1
    parts.append((starts[start], toks[start:]))
    return parts


def _place_then_noun(toks: list[str]) -> bool:
    """A listed country or city, then a plain noun or a frequent word that is no place or name
    ("Brasilien Platz", "Peking Vierter"; GermEval 2014 dev)."""
    place, tail = toks
    return (
        (listed_country(place, "de") or place in city_names())
        and not german_given(place)
        and not is_place(tail, lang="de")
        and (german_noun(tail) or (common_word(tail, "de") and fold(tail) not in SURNAMES))
    )


def german_person(text: str, a: int, words: list[str], opener: bool, label: str) -> bool:
    """German name evidence past titles and given names: a listed surname that is no plain
    noun ("Westerwelle", "Beckenbauer"), or a run spaCy calls a person whose words are neither
    frequent nor nouns nor compounds of nouns ("Berlusconi", "Teemu Tainio"); a frequent word
    counts when written capitalised mid-sentence (:func:`.foreign_words.capitalised_name`)."""
    if german_given(words[0]):
        return len(words) > 1 or not german_noun(words[0])  # "Guido", "Gerhards"; not "Ernst"
    starts, pos = [], a
    for t in words:
        pos = text.find(t, pos)
        starts.append(pos)
        pos += len(t)

    def common(t: str, at: int) -> bool:
        return common_word(t, "de") and not capitalised_name(text, at, t)

    if any(
        (fold(w) in SURNAMES or w in german_words("surnames"))
        and not common(t, at)
        and not german_noun(w)
        for t, at in zip(words, starts, strict=True)
        for w in (t, genitive_stripped(t) if len(words) == 1 else t)
        if w
    ):
        return True
    if label in ("ORG", "NORP") and len(words) == 1 and not opener:
        return unknown_word_name(text, a, words[0])  # "Ramelow", "Schrempp" (spaCy: ORG)
    if label != "PERSON" or (opener and len(words) == 1 and known_german_word(words[0])):
        return False
    if len(words) == 1 and after_german_determiner(text, a):
        return False  # "der Saine", "die Haard": a river, a region (:mod:`.foreign_place_cues`)
    return not any(
        common(t, at) or german_noun(t, compounds=True) or len(t) > MAX_UNLISTED_NAME_WORD
        for t, at in zip(words, starts, strict=True)
        if not INITIAL.match(t)
    )
