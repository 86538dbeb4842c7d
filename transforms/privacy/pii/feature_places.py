"""Named natural features: "Hanging Lake", "Sandymount Strand", "Congo river" (issue 14).

A capitalised name before a geographic feature noun names a place, whether or not a public list
knows it: posts name the lake, beach, bay or park they are at ("camping to Robinhoods bay",
"Kennesaw Mountain"). spaCy tags few of them in social text. The feature nouns are the generic
terms of the US Board on Geographic Names' feature classes (Lake, Stream/River, Bay, Beach,
Summit/Mountain, Island, Valley, Falls, Forest, Park, ...;
https://www.usgs.gov/us-board-on-geographic-names/domestic-names, "Feature Class Definitions")
and the Irish/British "Strand"; "Sea" and "Cemetery" are feature classes of that list too, as is
"Reservoir"; "Creek" and "Pond" are that list's commonest generics of its Stream and Lake classes
(added for WikiGold's "Hancock Pond", "Sandy Creek", "Lincoln Reservoir", session 30).

A PERSON span that IS such a name + a feature noun no one is named after ("Ross Sea",
"Montmartre Cemetery": a given name or surname before the noun fooled the person detectors) is
retyped LOCATION (seen on the GUM train split). Nouns that are also common surnames (Park,
Lake, Beach, Bay, Forest, Rivers: "Grace Park", "Michael Bay") never retype a person.

Kept out: a nationality or language word before a lower-case noun ("off Indonesian coast", "the
Danish island of Funen": :func:`~transforms.privacy.pii.peoples.is_people_word`, CLDR via babel;
session 35, gum_train), while "Irish Sea" and "Indian Ocean" stay; a name whose every word is
an everyday English word before a noun that software, statistics and business also use ("Random
Forest", "Data Lake", "Car Park"), and a run inside code (followed by ``.`` + word, ``(`` or
``=``).

Tuned on the ``wnut17``/``btc``/``wikigold`` dev splits and the first two's train sets only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.privacy.pii.gazetteers import english_frequency
from transforms.privacy.pii.peoples import is_people_word
from transforms.privacy.pii.social_forms import in_prose
from transforms.privacy.spans import Span, add_uncovered

# Geographic feature nouns (capitalised or not after a capitalised name).
_FEATURES = (
    "Lake|Lakes|Loch|River|Bay|Beach|Mountain|Mountains|Island|Islands|Valley|Falls|Canyon|"
    "Forest|Coast|Harbour|Harbor|Peninsula|Strand|Glacier|Gulf|Park|Sea|Ocean|Cemetery|Creek|Pond|"
    "Reservoir"
)
_FEATURE_PLACE = re.compile(
    r"(?<![\w#@.$'\u2019-])(?P<name>(?:The[ \t]+)?[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+"
    r"(?P<noun>(?i:" + _FEATURES + r"))(?![\w@'\u2019(=-]|[ \t]*(?:\.\w|\(|=))"
)
# Feature nouns that end a place name, never a person's ("Ross Sea", not "Grace Park")
_NEVER_SURNAMES = frozenset(
    {"sea", "ocean", "cemetery", "mountains", "islands", "canyon", "peninsula", "glacier", "gulf"}
    | {"reservoir", "creek"}
    # "the James River" (SEC filings dev): "River" is a given name, not a census-common surname
    | {"river"}
)
# Feature nouns that software, statistics and business also put after everyday words
# ("Random Forest", "Data Lake", "Car Park").
_JARGON_NOUNS = frozenset(
    {"forest", "lake", "lakes", "park", "valley", "island", "islands", "pond", "reservoir"}
)
# As frequent as an everyday English word ("random", "data", "long").
EVERYDAY_FREQUENCY = 1e-5


def _everyday(word: str) -> bool:
    return english_frequency(word.lower()) >= EVERYDAY_FREQUENCY


def feature_place_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each capitalised name + geographic feature noun."""
    out = []
    for m in _FEATURE_PLACE.finditer(text):
        words = [w for w in m.group("name").split() if w != "The"]
        if not words:
            continue
        noun = m.group("noun")
        if noun.isupper() and len(noun) > 1 and not m.group("name").isupper():
            continue  # "Hanging LAKE" is shouting, not a name
        if noun.lower() in _JARGON_NOUNS and all(_everyday(w) for w in words):
            continue
        if noun.islower() and all(is_people_word(w) for w in words):
            continue  # "off Indonesian coast": an adjective and a common noun
        out.append((m.start("name"), m.end("noun")))
    return out


def _place_not_person(text: str, span: Span, ends: dict[int, int]) -> bool:
    value = text[span.start : span.end]
    return (
        span.type == "PERSON"
        and span.start <= ends.get(span.end, -1)
        and " " in value
        and value.rsplit(None, 1)[-1].lower() in _NEVER_SURNAMES
    )


def feature_places(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with named natural features added where no other span lies, and a PERSON span
    that ends exactly at a feature noun after its name retyped LOCATION."""
    found = in_prose(text, feature_place_spans(text))
    ends = {end: start for start, end in found}
    spans = [replace(s, type="LOCATION") if _place_not_person(text, s, ends) else s for s in spans]
    return add_uncovered(spans, found, "LOCATION", 0.75, "feature_places")
