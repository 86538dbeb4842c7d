"""Finnish everyday words and case endings for :mod:`.foreign_ner` (issue 14).

Finnish writes nouns in lower case but inflects names: "Suomi" is "Suomen", "Suomessa",
"Suomeen"; "Helsinki" is "Helsingin", "Helsingissä"; "Bryssel" is "Brysseliin". Gazetteers
(CLDR, GeoNames) list the nominative only, and the English model calls a sentence-initial
"Hän", "Olen", "Ja", "Tämä" a person.

- :func:`finnish_common`: a word whose lower-case form is an everyday Finnish word: a form of a
  lower-case lemma in ``simplemma``'s Finnish dictionary (MIT code; lemma lists from Wiktionary
  via Kaikki and Michal Měchura's lemmatization lists, ODbL, bundled, offline), unless the
  capitalised form itself inflects a listed place or given name ("Suomen": "suomi" is also the
  language).
- :func:`finnish_lemma`: the capitalised lemma simplemma gives a capitalised form ("Euroopan"
  -> "Eurooppa", "Yhdysvalloista" -> "Yhdysvallat").
- :func:`finnish_base_forms`: own rules undoing the documented case endings
  (https://en.wikipedia.org/wiki/Finnish_noun_cases: genitive -n, inessive -ssa, elative -sta,
  illative -Vn/-hVn/-seen, adessive -lla, ablative -lta, allative -lle, essive -na, translative
  -ksi, partitive -a/-ta) and consonant gradation, weak grade back to strong
  (https://en.wikipedia.org/wiki/Consonant_gradation#Finnish: ng/nk, mm/mp, nn/nt, ll/lt,
  rr/rt, d/t, k/kk, p/pp, t/tt, v/p) for names the dictionary lacks ("Tikkurilassa").

simplemma's dictionary is 3.5 million forms (400 MB, seconds to load); the two lists built from
it (capitalised forms and their lemmas, short everyday forms and every lower-case lemma) are
kept in ``Settings.list_cache_dir`` and loaded on the first Finnish sentence only.
Tuned on the Turku NER corpus dev split.
"""

from __future__ import annotations

import functools

from transforms.privacy.pii.list_cache import cache_key, cached_lists

# Everyday forms up to this length are listed as they are; longer ones are found through their
# lemma after :func:`finnish_base_forms` (keeps the list a tenth of the dictionary).
MAX_LISTED_FORM = 10
MIN_STEM = 3
# Case endings, longest first (front-vowel twins beside back-vowel ones)
_ENDING_TEXT = "ssa ssä sta stä lla llä lta ltä lle ksi na nä n seen siin han hen hin hon hun hyn \
hän hön aan een iin oon uun yyn ään öön ta tä a ä mme"
_ENDINGS = tuple(sorted(_ENDING_TEXT.split(), key=len, reverse=True))
_VOWELS = frozenset("aeiouyäö")
# weak grade -> strong grade (consonant gradation)
_GRADATION = (("ng", "nk"), ("mm", "mp"), ("nn", "nt"), ("ll", "lt"), ("rr", "rt"), ("d", "t"))
_DOUBLING = frozenset("kpt")


# clitics that may follow a case ending ("Kuusamossakin", "Helsingissäkään")
_CLITICS = ("kaan", "kään", "kin")
# inessive and elative: "in" and "out of" a place; people take them rarely ("Sallassa")
_INSIDE = ("ssa", "ssä", "sta", "stä")


def in_inside_case(word: str) -> bool:
    """A capitalised Finnish word in the inessive or elative, clitic allowed ("Siperiassa",
    "Kuusamossakin", "Britanniasta"): a place, whatever the English model calls it."""
    low = word.lower()
    for clitic in _CLITICS:
        if low.endswith(clitic):
            low = low[: -len(clitic)]
            break
    return word[:1].isupper() and low.endswith(_INSIDE) and len(low) - 3 >= MIN_STEM


def _strengthened(stem: str) -> list[str]:
    """``stem`` with its last consonant cluster (before a final vowel) put in the strong grade:
    "Helsingi" -> "Helsinki", "Euroopa" -> "Eurooppa", "Mati" -> "Matti"."""
    if len(stem) < 3 or stem[-1] not in _VOWELS:
        return []
    body, vowel = stem[:-1], stem[-1]
    out = [
        body[: -len(weak)] + strong + vowel for weak, strong in _GRADATION if body.endswith(weak)
    ]
    last, before = body[-1], body[-2]
    if last in _DOUBLING and before in _VOWELS:
        out.append(body + last + vowel)
    if last == "v" and before in _VOWELS:
        out.append(body[:-1] + "p" + vowel)
    return out


def finnish_base_forms(word: str) -> list[str]:
    """Nominative candidates of an inflected Finnish name ("Suomessa" -> "Suomi", "Helsingin"
    -> "Helsinki", "Brysseliin" -> "Bryssel", "Virtasen" -> "Virtanen"), the word excluded."""
    out: list[str] = []
    low = word.lower()
    clitic = next((c for c in _CLITICS if low.endswith(c) and len(low) > len(c) + 4), "")
    if clitic:  # "Kuusamossakin" -> "Kuusamossa"
        word, low = word[: -len(clitic)], low[: -len(clitic)]
        out.append(word)
    for end in _ENDINGS:
        if not low.endswith(end) or len(word) - len(end) < MIN_STEM:
            continue
        stem = word[: len(word) - len(end)]
        if end[0] in _VOWELS and len(end) == 3:  # illative: last vowel lengthened + n
            stem = word[:-2]  # "Saksaan" -> "Saksa", "Brysseliin" -> "Brysseli" -> "Bryssel"
        cands = [stem]
        if stem.endswith("e"):
            cands += [stem[:-1] + "i", stem[:-1]]  # "Suome" -> "Suomi"; "Kreikkalaise"
            if stem.endswith("se"):
                cands.append(stem[:-2] + "nen")  # "Virtase" -> "Virtanen"
            if stem.endswith("kse"):  # a name in -s takes the stem -kse- (session 37)
                cands.append(stem[:-3] + "s")  # "Iglesiakse" -> "Iglesias", "Thomakse"
        if stem.endswith("i"):
            cands.append(stem[:-1])  # connecting vowel of a consonant stem: "Brysseli"
        if stem[-1:].lower() not in _VOWELS:
            cands.append(stem + "i")  # "Suomes(sa)" is no stem, but "Berliini" / "Berliinissä"
        for c in list(cands):
            cands.extend(_strengthened(c))
        out.extend(cands)
    return [c for c in dict.fromkeys(out) if c != word and len(c) >= MIN_STEM + 1]


def _cache_key() -> str:
    # keyed by the code that builds the lists and the simplemma version that feeds them
    return cache_key((__file__,), ("simplemma",))


def _build() -> dict[str, object]:
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    proper: dict[str, str] = {}
    short: set[str] = set()
    lemmas: set[str] = set()
    for form, lemma in DefaultDictionaryFactory().get_dictionary("fi").items():
        if lemma[:1].isupper():
            if form[:1].isupper():
                proper[form] = lemma
        elif lemma[:1].isalpha():
            lemmas.add(lemma)
            if len(form) <= MAX_LISTED_FORM:
                short.add(form)
    return {"proper": proper, "short": sorted(short), "lemmas": sorted(lemmas)}


@functools.cache
def _lists() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    data = cached_lists(
        "finnish_words",
        _cache_key(),
        _build,
        lambda read: isinstance(read, dict) and {"proper", "short", "lemmas"} <= set(read),
    )
    return dict(data["proper"]), frozenset(data["short"]), frozenset(data["lemmas"])


def finnish_lemma(word: str) -> str | None:
    """The capitalised lemma of a capitalised Finnish form in simplemma's dictionary, if any."""
    return _lists()[0].get(word)


def everyday_form(word: str) -> bool:
    """The lower-cased ``word`` is a form of a lower-case Finnish lemma ("hän", "olen",
    "kertokaa"), looked up as listed or through :func:`finnish_base_forms`."""
    _, short, lemmas = _lists()
    low = word.lower()
    if low in short or low in lemmas:
        return True
    return len(low) > MAX_LISTED_FORM and any(c in lemmas for c in finnish_base_forms(low))


def finnish_common(word: str) -> bool:
    """An everyday Finnish word, unless written capitalised as a form simplemma lists as a proper
    noun ("Suomen", "Lipponen", "Minttu": also the words suomi, lipponen, minttu)."""
    return everyday_form(word) and not (word[:1].isupper() and finnish_lemma(word) is not None)


def finnish_short_line(content: list[str]) -> bool:
    """A short line whose content words are mostly everyday Finnish forms ("Kertokaa te .",
    "Tuli hiljaista"): Finnish has no pyspellchecker list to tell it by."""
    return sum(map(everyday_form, content)) * 2 >= len(content)
