"""Capitalised ordinary words and peoples in Croatian, Serbian and Slovak news (issue 14).

The gazetteers list "Visoki", "Kažu", "Neke", "Tieto" or "Mali" as small places somewhere and
spaCy calls "Hrvatski", "Novi", "Izborni" or "Svjetskom" a person or place, yet these are
adverbs, verbs, pronouns and adjectives capitalised at a sentence start or in a title ("Hrvatski
plivač", "Novi je muzej", "na Izborni zakon"). :func:`ordinary_lone_word` says so for a word that
stands alone (a run of one) when it is written in lower case on the UNER train splits of its
language (``slavic_names.ordinary_word``) and is no listed country, given name, person word of
the train split or city of the language ("Hrvatska", "Ivana", "Zagreb" stay).

UNER Croatian/Serbian SET tags no people ("Srbi", "ciparskih Grka", "Albanci", "Romi"): an
ethnonym is no person and no place, so :data:`PEOPLES` (own list of nominative plurals, with
their accusative, genitive and dative forms, :func:`people_forms`) is no lone name either. Slovak
SNK tags such words PER ("Nemci", "Briti"), so this holds for the Croatian group only.
spaCy also calls places after a place preposition persons ("u Beogradu", "u Stokholmu", "v
Moskve", "Bitka pri Varne"): :func:`in_slavic_place` makes such a run a place unless its first
word is a listed given name or person word. spaCy often runs the place into the title's holder
that follows it ("ambasador u Beogradu Majkl Polt", "profesor ... u Sarajevu Enver Kazaz"):
:func:`place_then_person` splits such a run at a listed given name or person word followed by
another capitalised word, the place before it, the person from it (session 33: the whole run as
a place lost the person). Tuned on the hr/sr/sk dev splits and halves of the sr train split.
"""

from __future__ import annotations

import functools

from transforms.privacy.pii.cldr_cities import cldr_city_names
from transforms.privacy.pii.foreign_words import listed_country
from transforms.privacy.pii.gazetteers import GIVEN_NAMES
from transforms.privacy.pii.gazetteers import ascii_fold as fold
from transforms.privacy.pii.language_names import language_given_names
from transforms.privacy.pii.slavic_language import GROUP
from transforms.privacy.pii.slavic_names import ordinary_word
from transforms.privacy.pii.train_names import learned_person_word, learned_type

# Peoples in Croatian/Serbian/Bosnian, nominative plural (own list)
PEOPLES = frozenset(
    """
    Srbi Hrvati Bošnjaci Bosanci Albanci Mađari Turci Grci Romi Britanci Amerikanci Nijemci
    Nemci Rusi Slovenci Makedonci Crnogorci Bugari Rumunji Talijani Italijani Francuzi Kosovari
    Španjolci Španci Kinezi Japanci Europljani Evropljani Arapi Židovi Jevreji Palestinci
    Izraelci Ukrajinci Poljaci Česi Slovaci Austrijanci Švicarci Švajcarci Šveđani Kurdi
    Iranci Iračani Afganistanci Gruzijci Abhazi Oseti Ciprani Kanađani Australci Belgijanci
    Nizozemci Holanđani Danci Norvežani Finci Irci Škoti Englezi Portugalci Meksikanci
    """.split()  # noqa: SIM905
)
# Prepositions of place only ("in", "from", "into", "at"), never "at someone's" (Croatian
# "kod", Slovak "u") nor "to someone" (Slovak "k"); own list
PLACE_PREPOSITIONS = {
    "hr": frozenset("u iz".split()),  # noqa: SIM905
    "sk": frozenset("v vo do pri z zo".split()),  # noqa: SIM905
}
# Endings of -sk-/-ck- adjectives that are no case of a country name ("Hrvatski", "Francúzske";
# "Hrvatska", "Francúzska" are)
ADJECTIVE_ENDINGS = tuple(
    "ski ški čki cki ský ská ské skej skí cký cká cké ckej".split()  # noqa: SIM905
)
# Slovak SNK tags the Earth, Moon and Sun places ("na Zem", "na Mesiaci"); own list
CELESTIAL = frozenset(
    "Zem Zeme Zemi Zemou Mesiac Mesiaca Mesiaci Mesiacom Slnko Slnka Slnku Slnkom".split()  # noqa: SIM905
)
# Possessive adjectives of names ("do Ignácových rúk", "u Tuđmanovoj vladi"): no place
POSSESSIVE_ENDINGS = tuple(
    "ových ovej ovho ovom ovým ovými inej iných inho ovih ovoj ovog ovim inih inoj inog".split()  # noqa: SIM905
)
# Two-letter adverbs and pronouns opening a sentence ("Tu su i troškovi", "Tu sú obžalovacie
# spisy"); the train-split list holds words of three letters or more (own list)
SHORT_WORDS = frozenset("tu ti te ta mi vi my vy ja ty".split())  # noqa: SIM905
# Irregular genitive plurals and accusatives (a fleeting "a", own list)
IRREGULAR = frozenset("Turaka Grka Grke Turke Turcima Grcima".split())  # noqa: SIM905


@functools.cache
def people_forms() -> frozenset[str]:
    """:data:`PEOPLES` with accusative (-e), genitive (-a, -aca of a -ci plural) and dative
    (-ima, -cima) forms."""
    out = set(PEOPLES) | IRREGULAR
    for word in PEOPLES:
        stem = word[:-1]
        out |= {stem + "e", stem + "a", word + "ma"}
        if word.endswith("ci"):
            out.add(word[:-2] + "aca")  # "Albanaca", "Britanaca"
    return frozenset(out)


def celestial_place(tok: str, lang: str) -> bool:
    """``tok`` in a Slovak or Czech sentence is the Earth, Moon or Sun (:data:`CELESTIAL`):
    Slovak SNK tags these places, and spaCy calls them persons ("okolo Zeme", "na Mesiaci")."""
    return GROUP.get(lang) == "sk" and tok in CELESTIAL


def celestial_spans(text: str, a: int, toks: list[str], lang: str) -> list[tuple[int, int, str]]:
    """The Earth, Moon and Sun in the run ``toks`` at ``a`` as LOCATION spans, the other words
    dropped: spaCy runs them into the word before or after ("Zatmenie Slnka", "Prieskum
    Mesiaca", "Mesiac Slnko"), which SNK tags no name."""
    out = []
    pos = a
    for tok in toks:
        pos = text.index(tok, pos)
        if celestial_place(tok, lang):
            out.append((pos, pos + len(tok), "LOCATION"))
        pos += len(tok)
    return out


def ordinary_lone_word(tok: str, lang: str) -> bool:
    """``tok``, a word standing alone in a ``lang`` sentence, is an ordinary word or (Croatian
    group) a people, not a name (see the module docstring)."""
    group = GROUP.get(lang)
    if group is None:
        return False
    if (group == "hr" and tok in people_forms()) or tok.lower() in SHORT_WORDS:
        return True
    if not ordinary_word(tok, lang) or tok in CELESTIAL:
        return False
    if listed_country(tok, lang) and not tok.endswith(ADJECTIVE_ENDINGS):
        return False  # "Hrvatska", "Hrvatskoj"; not "Hrvatski" (read as a case of "Hrvatska")
    return not (_listed_person(tok, lang, group) or tok in cldr_city_names(lang))


def ordinary_run(toks: list[str], lang: str) -> bool:
    """A run of one word that :func:`ordinary_lone_word` calls no name and the train-split
    lists do not type."""
    return len(toks) == 1 and ordinary_lone_word(toks[0], lang) and not learned_type(toks[0], lang)


def _listed_person(tok: str, lang: str, group: str) -> bool:
    return (
        fold(tok) in GIVEN_NAMES
        or tok in language_given_names(lang)
        or learned_person_word(tok, group)
    )


def in_slavic_place(text: str, a: int, toks: list[str], lang: str) -> bool:
    """The run ``toks`` at ``a`` follows a place preposition of ``lang``
    (:data:`PLACE_PREPOSITIONS`) and opens with no listed given name or person word, numeral or
    possessive adjective: a place ("u Beogradu", "v Moskve")."""
    group = GROUP.get(lang)
    first = toks[0]
    if group is None or not first.isalpha() or _listed_person(first, lang, group):
        return False  # "u V. stoljeću": a numeral
    if len(toks) == 1 and first.endswith(POSSESSIVE_ENDINGS):
        return False
    before = text[max(0, a - 6) : a]
    if not before.endswith((" ", "\t")):
        return False
    words = before.split()
    return bool(words) and words[-1] in PLACE_PREPOSITIONS[group]


def place_then_person(
    text: str, a: int, b: int, toks: list[str], lang: str
) -> list[tuple[int, int, str]]:
    """The run ``toks`` at ``text[a:b]`` that :func:`in_slavic_place` reads as a place, as
    ``(start, end, type)`` spans: split before a listed given name or person word that opens a
    name of two or more words ("u Beogradu Majkl Polt": LOCATION, PERSON), else one LOCATION."""
    group = GROUP.get(lang)
    split = next(
        (
            i
            for i in range(1, len(toks) - 1)
            if group is not None and _listed_person(toks[i], lang, group)
        ),
        None,
    )
    if split is None:
        return [(a, b, "LOCATION")]
    pos = a
    for tok in toks[:split]:
        pos = text.index(tok, pos) + len(tok)
    return [(a, pos, "LOCATION"), (text.index(toks[split], pos), b, "PERSON")]
