"""Venues after "at" in social posts: "tonight at The Scoot Inn", "DJing at Mai Tai" (issue 14).

Posts announce where people are or will be: a bar, a club, a school, a stadium, mostly names no
public list holds, so spaCy leaves them untagged or calls them a person. After the preposition
"at" a run of one to three capitalised words is a place (LOCATION) when:

- it is not a person: its first word is no census given name (US Census 1990, via
  :mod:`~transforms.privacy.pii.gazetteers`) and no title, unless a venue noun ends it
  ("Elliot Miner" stays unknown, "Mario Batali Restaurant" no person);
- one word alone is a GeoNames place, or a word no English list knows or rarely uses
  (pyspellchecker frequency below :data:`RARE_WORD_FREQUENCY`: "Futoosh", "Lambeau"), never an
  everyday word ("at Work", "at Home") nor a day, month or season;
- the verb before "at" is not one of looking, laughing or shouting at someone or something
  ("yelled at Rob Ford", "smh at Big Brother");
- it is no code: not followed by ``.``, ``(`` or ``::`` ("at Object.method", "at Module._load").

After "in", "to", "from", "near", "around" or "visiting" a single capitalised word that no
English word list, census name list or GeoNames list knows ("back to Sayulita", "in Terenure")
is a small place too (:func:`unlisted_place_spans`): listed places are read by ``ner`` already.

Tuned on the ``wnut17``/``btc`` dev splits and their train sets only: precision of each rule on
those ~0.8 (an organisation "at Costa Coffee" is neither right nor wrong there).

Both rules run only on social posts, text whose prose holds an @handle or a #hashtag
(:func:`social_post`). In a coding chat the same shapes name products and components: "deploy
to Vercel", "migrate to Supabase", "add a button to Navbar", "errors at Runtime" are no places,
and redacting them would damage the training text this project exists to keep.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    AMBIGUOUS_GIVEN_NAMES,
    CITIES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    KNOWN_PLACES,
    TITLES,
    english_frequency,
    word_set,
)
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.social_forms import in_prose
from transforms.privacy.segments import code_regions, sentences
from transforms.privacy.spans import Span, add_uncovered

# A single unlisted word this rare in English is no everyday word ("Primal" is, "Futoosh" no).
RARE_WORD_FREQUENCY = 1e-6


# Verbs and words before "at" that aim at someone or something, not a place.
_AIMED = re.compile(
    r"(?i)\b(?:look|looks|looking|looked|laugh|laughs|laughing|laughed|smh|lol|lmao|yell|yells|"
    r"yelling|yelled|shout|shouts|shouting|shouted|scream|screaming|screamed|stare|staring|"
    r"stared|point|pointing|pointed|swear|swearing|swore|mad|angry|upset|good|great|bad|better|"
    r"best|worse|worst|aim|aimed|aiming|shot|shoot|shooting|glance|glanced|smile|smiled|smiling|"
    r"wink|winked|turn|marvel|jab|jabs|poke|poked|dig|digs|hit|hits|hitting|directed|targeted|"
    r"mock|mocking|jabbing|snap|snapped|rage|raging|grin|grinning|nod|nodded|wave|waved)"
    r"[ \t]+at[ \t]+$"
)
_AT = re.compile(
    r"(?<![\w@#])(?:at|At|AT)[ \t]+"
    r"(?P<name>(?:The[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})"
    r"(?![\w@'\u2019-]|[ \t]*(?:\.\w|\(|::))"
)
# A possessive before an everyday noun makes the run an owner ("at Eurostar 's discretion").
_OWNER_AFTER = re.compile(r"[ \t]?['\u2019][ \t]?s[ \t]+(?!(?:[A-Z]|place|house|home|pad)\b)[a-z]")
# Venue nouns: a phrase ending in one is a place even when a given name opens it.
_VENUE_NOUNS = word_set("""
Bar Pub Inn Cafe Club Lounge Hotel Arena Stadium Field Park Hall Theatre Theater Centre Center
Museum Gallery Studios Studio School College University Academy Church Chapel Mall Market
Square Library Grill Restaurant Tavern Bistro Diner Beach Airport Station Garden Gardens
""")
# Words that end a venue's run but are no part of it ("at Timmies February 2nd").
_TRAILING = word_set("""
January February March April May June July August September October November December Jan Feb
Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday
Tonight Tonite Today Tomorrow Lol Lmao Omg Haha Now Please Come Check Here There
""")
# One-word runs and openers that are days, seasons, events or everyday nouns, never a venue.
_NOT_VENUES = _TRAILING | word_set("""
Christmas Easter Halloween Thanksgiving Xmas New Year Years Spring Summer Autumn Fall Winter
Work Home School Church Night Noon Midnight Least Last First Once All Times Some Best Worst
Around About Heart War Civil Walk Big Words Your My His Her Our Their This That These Those
""")


def english_around(text: str, pos: int) -> bool:
    """Whether the sentence holding ``pos`` reads as English: more English function words than
        foreign ones and no other language identified (``foreign_lists``): "at" is Danish, "in"
    German and Dutch ("in Zukunft" is no place)."""
    # lazily: the NER word lists load with NER, not with the engine's post steps
    from transforms.privacy.pii.ner_filters import _EN_WORDS, _FOREIGN_WORDS

    for a, b in sentences(text, 0, len(text)):
        if a <= pos < b:
            words = [w.lower() for w in _WORD.findall(text, a, b)]
            en = sum(w in _EN_WORDS for w in words)
            if not (en > 0 and en > sum(w in _FOREIGN_WORDS for w in words)):
                return False
            return foreign_language(text[a:b]) is None
    return False


_WORD = re.compile(r"[^\W\d_]+")


def _place_word(word: str) -> bool:
    if word in CITIES or word in COUNTRIES_AND_REGIONS or word in KNOWN_PLACES:
        return True
    return english_frequency(word.lower()) < RARE_WORD_FREQUENCY


def _venue_words(words: list[str]) -> list[str]:
    while words and words[-1] in _TRAILING:
        words = words[:-1]
    if not words or words[0] in _NOT_VENUES:
        return []
    core = words[1:] if words[0] == "The" and len(words) > 1 else words
    first = core[0]
    if first in TITLES or first in _NOT_VENUES:
        return []
    if (first in GIVEN_NAMES or first in AMBIGUOUS_GIVEN_NAMES) and core[-1] not in _VENUE_NOUNS:
        return []  # "at Rob Ford", "at Andrea Horwath HQ"
    if len(core) == 1 and not _place_word(first):
        return []  # "at Work", "at Primal"
    return words


def venue_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each capitalised venue name after "at"."""
    out = []
    for m in _AT.finditer(text):
        if _AIMED.search(text[max(0, m.start() - 16) : m.start("name")]):
            continue
        words = _venue_words(m.group("name").split())
        if not words or not english_around(text, m.start()):
            continue
        if _OWNER_AFTER.match(text, m.end("name")) and words == m.group("name").split():
            continue  # "at Eurostar 's discretion": a firm's, not a place
        start = m.start("name")
        end = start  # the kept words are a prefix of the run
        for w in words:
            end = text.index(w, end) + len(w)
        out.append((start, end))
    return out


# One capitalised word after a place preposition, not before another capitalised word ("to
# Smurfs Village"), a possessive, a member access, a call or an assignment.
_PREP_WORD = re.compile(
    r"(?<![\w@#])(?:in|to|from|near|around|visiting)[ \t]+(?P<word>[A-Z][a-z]{3,})"
    r"(?![\w@'\u2019./(=-]|[ \t]+[A-Z])"
)


# A lower-case word after the name: a noun it qualifies ("to Supabase storage") unless a
# function or time word ("to Sayulita and skate", "in Terenure tonight").
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")
_FREE_AFTER = word_set("""
and but or with for to from this that the a an at on in by of so as if when then now too again
today tonight tomorrow yesterday later soon last next is was are were i we he she they you it
""")
# Tokens of technical text: assignments, identifiers, paths, tags ("OPENAI_API_KEY=... in Vercel").
_TECHNICAL = re.compile(r"[=_{}<>\\`|]|\b[a-z]+[A-Z]\w*|\w/\w")


def _technical(text: str, pos: int) -> bool:
    for a, b in sentences(text, 0, len(text)):
        if a <= pos < b:
            return _TECHNICAL.search(text, a, b) is not None
    return False


def unlisted_place_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word unknown to every list after a place preposition, in an
    English, non-technical sentence and not qualifying the noun after it ("Supabase storage")."""
    out = []
    for m in _PREP_WORD.finditer(text):
        word = m.group("word")
        nxt = _NEXT_WORD.match(text, m.end("word"))
        if nxt and nxt.group(1) not in _FREE_AFTER:
            continue
        if word in GIVEN_NAMES or word in AMBIGUOUS_GIVEN_NAMES or word in ALL_SURNAMES:
            continue  # "to Sedin", "from Ruben": people
        if english_frequency(word.lower()) > 0:
            continue  # any word the English list knows ("to Smurfs", "in Progress")
        if not english_around(text, m.start()) or _technical(text, m.start()):
            continue  # "in Zukunft": German; "KEY=... in Vercel": tech talk
        out.append((m.start("word"), m.end("word")))
    return out


# A social post's own markers, in prose: an @handle or a #hashtag ("omg @jess_m", "#Austin").
_POST_MARKER = re.compile(
    r"(?<![\w.@#])(?:@|#(?!(?:include|define|ifn?def|endif|pragma|import|region|if|else)\b))"
    r"[A-Za-z_]\w+(?![\w.(\[/:])"
)


def social_post(text: str) -> bool:
    """Whether ``text`` holds an @handle or #hashtag outside code: a handle counts where the
    code finder marks only the handle itself, not a longer run around it (``@app.route``, a
    decorator in a fenced block)."""
    markers = [m.span() for m in _POST_MARKER.finditer(text)]
    if not markers:
        return False
    regions = code_regions(text)
    return any(
        not any(a <= s and e <= b and (a, b) != (s, e) for a, b in regions) for s, e in markers
    )


def venues(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with venue names after "at" and unlisted places after a place preposition
    added where no other span lies, in social posts only (module docstring)."""
    if not social_post(text):
        return spans
    found = in_prose(text, [*venue_spans(text), *unlisted_place_spans(text)])
    return add_uncovered(spans, found, "LOCATION", 0.75, "venues")
