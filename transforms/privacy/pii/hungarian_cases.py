"""Hungarian case endings on names, for the place lists of :mod:`.foreign_words` (issue 14).

Hungarian writes the case ending on the name itself: "Budapest" is "Budapesten", "Budapestre",
"Budapesttel"; "Magyarország" is "Magyarországon", "Magyarországra"; "Moszkva" is "Moszkvában"
(a final -a/-e is lengthened to -á/-é before an ending). Gazetteers (CLDR's Hungarian country
and city names, GeoNames) list the nominative only, and the English model calls most inflected
place names a person.

:func:`hungarian_base_forms` undoes the documented endings, own rules written from the grammar
(https://en.wikipedia.org/wiki/Hungarian_noun_phrase#Case_endings and
https://en.wikipedia.org/wiki/Hungarian_grammar#Nouns): inessive -ban/-ben, superessive
-on/-en/-ön/-n, illative -ba/-be, elative -ból/-ből, sublative -ra/-re, delative -ról/-ről,
allative -hoz/-hez/-höz, adessive -nál/-nél, ablative -tól/-től, dative -nak/-nek,
instrumental -val/-vel (its v assimilated to a final consonant, "Budapesttel", "Olaszországgal"),
translative -vá/-vé (assimilated alike), terminative -ig, causal -ért, essive -ként, locative
-ott/-ett/-ött ("Kolozsvárott", "Pécsett"), accusative -t/-at/-et/-ot/-öt (not the adjectival -i,
written lower-case: "budapesti"); a
hyphen before the ending after acronyms and numbers ("USA-ban", "Bp-n"); and the lengthening
á/é back to a/e. :func:`inner_case_place`: a capitalised word in an inner local case (in, into,
out of: -ban/-ben, -ba/-be, -ból/-ből) mid-sentence is a place; Hungarian capitalises no common
noun or place adjective there ("magyar", "budapesti"). Tuned on the NYTK-NerKor dev split.
"""

from __future__ import annotations

MIN_STEM = 3
_ENDING_TEXT = """ban ben on en ön n ba be ból ből ra re ról ről hoz hez höz nál nél tól től nak
nek val vel vá vé ig ért ként ott ett ött t at et ot öt"""
_ENDINGS = tuple(sorted(_ENDING_TEXT.split(), key=len, reverse=True))
# instrumental and translative after a consonant: v becomes that consonant ("Budapest-tel")
_ASSIMILATED = ("al", "el", "á", "é")
# Hungarian digraphs double their first letter ("Pécs" + -vel = "Péccsel")
_DIGRAPHS = ("cs", "sz", "zs", "gy", "ty", "ny", "ly", "dz")
_LENGTHENED = {"á": "a", "é": "e"}
_INNER = ("ban", "ben", "ba", "be", "ból", "ből")


def _unassimilated(stem: str) -> list[str]:
    """The stem before an assimilated -val/-vel/-vá/-vé: "Budapestt" -> "Budapest",
    "Péccs" -> "Pécs"; empty when the stem ends in no doubled consonant."""
    low = stem.lower()
    for digraph in _DIGRAPHS:
        if low.endswith(digraph[0] + digraph):
            return [stem[:-3] + stem[-2:]]
    if len(low) > MIN_STEM and low[-1] == low[-2] and low[-1] not in "aáeéiíoóöőuúüű":
        return [stem[:-1]]
    return []


def hungarian_base_forms(word: str) -> list[str]:
    """Nominative candidates of a Hungarian name inflected in its last letters
    ("Budapesten" -> "Budapest", "Moszkvában" -> "Moszkva", "Olaszországgal" ->
    "Olaszország", "USA-ban" -> "USA"), the word excluded."""
    head, hyphen, tail = word.rpartition("-")
    if hyphen and head and tail.lower() in _ENDINGS:
        return [head]  # "USA-ban", "Bp-n"
    out: list[str] = []
    low = word.lower()
    for end in _ASSIMILATED:
        if low.endswith(end):
            out.extend(_unassimilated(word[: len(word) - len(end)]))
    for end in _ENDINGS:
        if not low.endswith(end) or len(word) - len(end) < MIN_STEM:
            continue
        stem = word[: len(word) - len(end)]
        out.append(stem)
        if stem[-1] in _LENGTHENED:
            out.append(stem[:-1] + _LENGTHENED[stem[-1]])  # "Moszkvá" -> "Moszkva"
    return [c for c in dict.fromkeys(out) if c != word and len(c) >= MIN_STEM]


def inner_case_place(word: str) -> bool:
    """A capitalised word in the inessive, illative or elative ("Debrecenben", "Bécsbe",
    "Babilonból"): in, into or out of a place, whatever the English model calls it."""
    low = word.lower()
    tail = word.rpartition("-")[2]
    return (
        word[:1].isupper()
        and tail[:1].isupper()  # not a compound noun ("Thomas-acélművekben")
        and not word.isupper()
        and any(low.endswith(e) and len(low) - len(e) >= MIN_STEM for e in _INNER)
    )
