"""German word classes behind :mod:`~transforms.privacy.pii.foreign_ner` (issue 14).

German capitalises every noun, so a capital letter says nothing there. The ``german-nouns``
package (Wiktionary DE, CC BY-SA 4.0, https://github.com/gambolputty/german-nouns) lists
~100,000 German nouns with every case form and marks given names (``Vorname``), surnames
(``Nachname``) and place names (``Toponym``). From it:

- **nouns**: every form of an entry that is a plain noun ("Leiter", "Stücke", "Menschen"):
  no part of a name on its own. Entries that are only a name or a place are left out.
- **given names**: every form of the entries marked ``Vorname`` ("Guido", "Guidos", also
  "Ernst"); **surnames** / **places**: every form of the entries marked so ("Westerwelle",
  "Griechenlands"), minus the forms that are also plain nouns ("Wolf", "Halle").

:func:`compound_head` finds a listed noun a German compound ends with ("Turnvereinsleiter" ->
"Leiter"), which is how most German nouns missing from the list are built, and takes
derivational endings only nouns have ("-ung", "-keit") as nouns.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable

# An entry whose part-of-speech field holds one of these is a name or a place, not a noun.
_NAME_MARKS = {"Vorname": "given", "Nachname": "surnames", "Toponym": "places"}
_NOT_PLAIN = ("Vorname", "Nachname", "Toponym", "Eigenname", "Straßenname", "Abkürzung")
# A compound's head noun is at least this long, and so is what comes before it.
MIN_HEAD = 4
MIN_MODIFIER = 3
# A head this short ends surnames as often as compounds ("Pink|wart", "Ruster|holz"); tuned on
# GermEval 2014 dev
MAX_BARE_HEAD = 4


def _forms(row: dict[str, str]) -> set[str]:
    skip = ("lemma", "pos", "genus")
    forms = {row["lemma"]}
    forms.update(v for k, v in row.items() if k and v and not k.startswith(skip))
    return {f for f in forms if f and f[0].isupper() and " " not in f}


def build_german_lexicon() -> dict[str, frozenset[str]]:
    """``de_nouns``, ``de_given``, ``de_surnames``, ``de_places`` and ``de_places_plural`` from
    the package's CSV."""
    from german_nouns.config import CSV_FILE_PATH

    nouns: set[str] = set()
    weak: set[str] = set()  # "Bayern": genitive singular of a weak masculine noun ("Bayer")
    named: dict[str, set[str]] = {kind: set() for kind in _NAME_MARKS.values()}
    with open(CSV_FILE_PATH, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            marks = (row.get("pos") or "").split(",")
            forms = _forms(row)
            if not any(m in _NOT_PLAIN for m in marks):
                nouns |= forms
                weak |= _weak_genitives(row)
            for mark, kind in _NAME_MARKS.items():
                if mark in marks:
                    named[kind] |= forms
    out = {"de_nouns": frozenset(nouns)}
    for kind, forms in named.items():
        out[f"de_{kind}"] = frozenset(forms if kind == "given" else forms - nouns)
    # Toponyms that are also the oblique form of a weak masculine noun, which is how German
    # names the people of a land ("Bayern", "Sachsen", "Böhmen"); see :mod:`.german_regions`.
    out["de_places_plural"] = frozenset(named["places"] & weak)
    return out


def _weak_genitives(row: dict[str, str]) -> set[str]:
    """Genitive singular forms in -n of a masculine noun that differ from its nominative ("des
    Bayern", "des Sachsen"; weak declension, n-Deklination)."""
    if row.get("genus") != "m":
        return set()
    nominative = row.get("nominativ singular") or row["lemma"]
    genitive = row.get("genitiv singular") or ""
    return {genitive} if genitive.endswith("n") and genitive != nominative else set()


# Derivational endings only nouns take ("Näherung", "Künstlichkeit", "Reglementierung").
NOUN_SUFFIXES = ("ung", "ungen", "heit", "keit", "schaft", "ismus", "ität", "tion", "tionen")
MIN_SUFFIXED = 7


def compound_head(
    word: str, nouns: frozenset[str], known: Callable[[str], bool] | None = None
) -> str | None:
    """The listed noun ``word`` ends with, capitalised ("Tandemanordnung" -> "Anordnung"), when
    what precedes it is long enough to be a word of its own; ``None`` otherwise. With ``known``
    (a lower-case word list) what precedes a short head must also *be* a word
    (:func:`compound_modifier`): a surname that merely ends in a short noun ("Pinkwart",
    "Blaszkiewitz", "Ghering") is no compound, while a long head makes one whatever comes
    before it, also a foreign or clipped modifier ("Nitromethan", "Axialturbine")."""
    if len(word) >= MIN_SUFFIXED and word.endswith(NOUN_SUFFIXES):
        return word
    for cut in range(MIN_MODIFIER, len(word) - MIN_HEAD + 1):
        head = word[cut].upper() + word[cut + 1 :]
        if head in nouns and (
            known is None
            or len(head) > MAX_BARE_HEAD
            or compound_modifier(word[:cut], nouns, known)
        ):
            return head
    return None


# Linking elements between the parts of a German compound (Fugenelemente: "Bundes|tag",
# "Sonnen|schein", "Lese|buch"; Duden, https://www.duden.de/sprachwissen/sprachratgeber/Fugen-s)
LINKS = ("", "s", "es", "n", "en", "er", "e", "ns")
# What a verb or adjective stem takes to be a listed word ("Droh|gebärde": "drohen";
# "Eruptiv|asche": "eruptive")
_STEM_ENDINGS = ("", "en", "n", "e")


def compound_modifier(modifier: str, nouns: frozenset[str], known: Callable[[str], bool]) -> bool:
    """``modifier`` is a word, bare or before a linking element: a listed noun, a known word or
    verb / adjective stem, or itself a compound ("Bundesfinanz|minister")."""
    for link in LINKS:
        if not modifier.endswith(link) or len(modifier) - len(link) < 2:
            continue
        stem = modifier[: len(modifier) - len(link)]
        low = stem.lower()
        cap = low[0].upper() + low[1:]
        if (
            stem in nouns
            or cap in nouns
            or any(known(low + end) for end in _STEM_ENDINGS)
            or (len(cap) > MIN_MODIFIER + MIN_HEAD and compound_head(cap, nouns, known))
        ):
            return True
    return False


def declined_names(names: Iterable[str]) -> set[str]:
    """The dative/genitive forms of German multi-word place names whose leading words are
    adjectives ("Vereinigte Staaten" -> "Vereinigten Staaten", "Vereinigtes Königreich" ->
    "Vereinigten Königreich(s)", "Vereinigte Arabische Emirate" -> "Vereinigten Arabischen
    Emirate(n)"): after "in den", "der", "im" an adjective takes the weak ending -en (Duden,
    "Deklination des Adjektivs"), a plural noun the dative -n, a neuter noun the genitive -s."""
    out: set[str] = set()
    for name in names:
        words = name.split()
        adjectives = [
            i
            for i, w in enumerate(words[:-1])
            if w.endswith(("e", "es")) and words[i + 1][:1].isupper() and w[:1].isupper()
        ]
        if not adjectives or adjectives != list(range(len(adjectives))):
            continue  # no leading adjective ("Costa Rica", "Isle of Man")
        stems = [w[:-2] if w.endswith("es") else w[:-1] for w in words[: len(adjectives)]]
        head = " ".join([*(f"{st}en" for st in stems), *words[len(adjectives) :]])
        out.add(head)
        if head.endswith("e"):  # plural: dative -n ("Emiraten")
            out.add(head + "n")
        elif words[0].endswith("es"):  # neuter ("Vereinigtes"): genitive -s ("Königreichs")
            out.add(head + "s")
    return out
