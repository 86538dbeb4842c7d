"""Context cues of :mod:`~transforms.privacy.pii.ner`: a name after "my name is", "customer",
"call me", "directed by" or before "from my team", "'s data", "(x@y.io)"; a recipient above a
street line; a place after "based in", "deliver to". Run on the whole text, code included."""

from __future__ import annotations

import re

from transforms.privacy.pii.cue_headings import adverb, described_key, phrase_cue
from transforms.privacy.pii.gazetteers import (
    AMBIGUOUS_GIVEN_NAMES,
    CITIES,
    GIVEN_NAMES,
    TITLES,
    english_frequency,
)
from transforms.privacy.pii.ner_filters import (
    _CAP_TOKEN,
    _POSS_TAIL,
    _STARTERS,
    EVERYDAY_WORD_FREQUENCY,
    NOT_NAME_WORDS,
    plausible_location,
    plausible_person,
)
from transforms.privacy.segments import NerView

# Context cues: a capitalised name-shaped phrase right after "my name is", "customer",
# "Thanks," or before "from my team", "'s data", "(email)" is a person; a capitalised word after
# "based in", "deliver to" is a place. They generalise beyond the gazetteers.
_NAME = _CAP_TOKEN + r"(?:[ \t]+" + _CAP_TOKEN + r"){0,2}"
# Capitalised runs are the candidates; cues are then checked in a short window before a run's
# token or right after the run (fast: the scan fails on the first lower-case letter).
_RUN = re.compile(r"(?<![\w'\u2019@./\-])" + _CAP_TOKEN + r"(?:[ \t]+" + _CAP_TOKEN + r"){0,4}")
_PERSON_CUE = re.compile(
    r"(?i:\b(?:my name is|my name's|i am|i'm|it's|this is|name:|customer|client|employee|"
    # greetings and wishes addressed to someone ("Bye Capwin !", "happy birthday Florence")
    r"bye|goodbye|congrats|congratulations|happy birthday|happy bday|rip|miss you|love you|"
    r"shout ?out to|welcome back|good luck|"
    r"account holder|holder|contact person|dear|hi|hello|hey|thanks,?|thank you,?|cc:?|"
    r"assigned to|assign to|signed,?|regards,?|cheers,?|from:|author:?|owner:?|"
    # git commit trailers (https://git-scm.com/docs/git-interpret-trailers)
    r"(?:signed-off|co-authored|reviewed|acked|tested|reported|suggested|helped)-by:|"
    r"colleague|coworker|co-worker|manager|boss|my client|tenant|patient|user|order for|"
    r"added|invited|"
    # courtesy titles, also in tokenised text ("Ms . Gaynes", "Dr . Cox")
    r"(?:mr|mrs|ms|mx|dr|prof)(?:[ \t]?\.)?|"
    # Name-introduction phrases (Presidio's context words for PERSON are "name", "surname").
    r"last name|first name|family name|maiden name|surname|given name|full name|"
    r"(?:last|first|family|maiden|full) name is|surname is|call me|calls me|named (?:him|her)|"
    r"said|asked|told|"
    # Authorship, credits and family relations ("directed by X", "starring X", "my son X").
    r"(?:directed|written|produced|composed|performed|sung|painted|authored|narrated|"
    r"illustrated|photographed|signed|sent|shared|posted|reviewed|approved) by|"
    r"starring|featuring|producer|director|author|writer|singer|actor|actress|"
    # anyone's relative, not only the writer's ("where 's your girlfriend Ruby", "his son Kyle")
    r"(?:my|your|his|her|our|their) (?:kid|son|daughter|child|wife|husband|partner|friend|mom|"
    r"mum|mother|dad|father|brother|sister|grandma|grandmother|grandpa|grandfather|uncle|aunt|"
    r"cousin|neighbou?r|boyfriend|girlfriend|fianc[e\u00e9]e?))[:,?]?[ \t]+|\u00a9[ \t]*)$"
)
_PERSON_CUE_AFTER = re.compile(
    r"['\u2019]s[ \t]+(?:data|account|order|profile|email|phone|address|card|details|info)\b"
    r"|[ \t]+(?:from (?:my|our|the) team|says|said|stated|tweeted|wants|asked|reported|"
    r"lives (?:at|on|in)|lived (?:at|on|in)|was born|spent (?:a|an|the|\d)|"
    r"is (?:our|my|the) (?:admin|manager|owner|client|customer))\b|[ \t]*\([^()\s]+@"
)
_PERSON_PAIR = re.compile(
    r"\b(?i:add|invite)[ \t]+(?P<a>" + _NAME + r")[ \t]+and[ \t]+(?P<b>" + _NAME + r")[ \t]+as\b"
)
_PLACE_PHRASE = re.compile(
    r"(?i:\b(?:based in|located in|live in|living in|lives in|business in|office in|offices in|"
    r"shop in|store in|moved to|move to|deliver(?:ed)? to|ship(?:ped)? to|relocating to|"
    r"headquartered in|i'm in|we're in|(?P<generic>from))[ \t]+)$"
)
# A name right before "(" or ".x" is a call or member access in code ("Number(values.name)").
_CODE_AFTER = re.compile(r"[(\[]|\.\w")
_TOKEN_SPAN = re.compile(r"[^ \t]+")


# A firm's line between the recipient and the street (UPU S42 / Royal Mail PAF order: addressee,
# organisation, delivery point): it ends in a legal form of ISO 20275's Entity Legal Forms list
# (https://www.gleif.org/en/about-lei/code-lists/iso-20275-entity-legal-forms-code-list).
_LEGAL_FORM = (
    r"(?i:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|llp|plc|l\.?p|"
    r"gmbh|ag|kg|s\.?a|s\.?a\.?s|sarl|s\.?p\.?a|s\.?r\.?l|n\.?v|b\.?v|oyj?|ab|asa?|a/s|aps|"
    r"k\.?k|pty)"
)
_FIRM_LINE = r"[ \t>]*[^\n]{0,80}[^\w\n]" + _LEGAL_FORM + r"\.?[ \t]*\n"
_RECIPIENT_LINE = re.compile(
    r"(?m)^[ \t>]*(?P<name>"
    + _CAP_TOKEN
    + r"(?:[ \t]+(?:[A-Z]\.?[ \t]+)?"
    + _CAP_TOKEN
    + r"){1,2})[ \t]*\n(?:[ \t>]*\n)?(?P<firm>"
    + _FIRM_LINE
    + r")?[ \t>]*\d{1,6}(?:[ \t]+\d{1,6})?[ \t]+[^\W\d_]"
)
# An all-caps cue ("NAME: Geographic area name" in a code comment) is a column or constant name.
_SHOUTED = re.compile(r"\b[A-Z]{2,}\b")


# Both cue patterns end in [ \t]+ (the person cue also in "\u00a9"), then "$", which matches at
# the window's end or before a "\n" that ends it.
_CUE_LAST = frozenset(" \t\u00a9")


def _cue_may_end(text: str, lo: int, hi: int) -> bool:
    """Whether ``_PERSON_CUE`` or ``_PLACE_PHRASE`` could match in ``text[lo:hi]`` (a necessary
    condition, tested on one or two characters before the window searches run)."""
    if hi > lo and text[hi - 1] == "\n":
        hi -= 1
    return hi > lo and text[hi - 1] in _CUE_LAST


def _cue_spans(view: NerView) -> list[tuple[int, int, str, float]]:
    """PERSON/LOCATION from context cues (view offsets)."""
    text = view.text
    out = []

    def person(start: int, value: str) -> None:
        value = _POSS_TAIL.sub("", value)
        toks = value.split()
        while toks and (toks[0].lower() in _STARTERS or toks[0] in TITLES):
            start += len(toks[0]) + 1
            value = value[len(toks[0]) + 1 :]
            toks = toks[1:]
        while toks and (
            toks[-1].lower() in NOT_NAME_WORDS or toks[-1] in CITIES or toks[-1] in TITLES
        ):
            toks = toks[:-1]
        if not toks:
            return
        name = " ".join(toks)
        if name != value[: len(name)] or not plausible_person(name):
            return
        if len(toks) == 1 and (name in AMBIGUOUS_GIVEN_NAMES or name in CITIES):
            return
        if len(toks) == 1 and english_frequency(name.lower()) >= EVERYDAY_WORD_FREQUENCY:
            return  # "What's your last name? Enter it ...": an everyday word
        if len(toks) == 1 and adverb(name):
            return  # "- Explicitly stated that ...": an adverb before a verb of saying
        out.append((start, start + len(name), "PERSON", 0.9))

    for m in _RUN.finditer(text):
        toks = [
            (m.start() + t.start(), m.start() + t.end()) for t in _TOKEN_SPAN.finditer(m.group())
        ]
        while toks and _CODE_AFTER.match(text, toks[-1][1]):
            toks = toks[:-1]
        if not toks:
            continue
        for k, (ts, _) in enumerate(toks):
            window_start = max(0, ts - 40)
            if not _cue_may_end(text, window_start, ts):
                continue  # neither cue pattern can match: skip both window searches
            cue = _PERSON_CUE.search(text, window_start, ts)
            if cue and not _SHOUTED.search(cue.group()):
                # a Title-Case phrase or a described key, not a name (``cue_headings``)
                first = text[ts : toks[k][1]]
                one_word = k == len(toks) - 1
                words = [text[a:b] for a, b in toks[k : k + 3]]
                if phrase_cue(cue.group(), words) or (
                    one_word and described_key(cue.group(), text, toks[k][1], first)
                ):
                    break
                person(ts, text[ts : toks[min(k + 2, len(toks) - 1)][1]])
                break
            place = _PLACE_PHRASE.search(text, window_start, ts)
            if place:
                _place(out, text, toks[k : k + 2], generic=place.group("generic") is not None)
                break
        else:
            end = toks[-1][1]
            tail = _POSS_TAIL.search(text, toks[-1][0], end)
            after = tail.start() if tail else end
            if _PERSON_CUE_AFTER.match(text, after):
                first = text[toks[0][0] : toks[0][1]]
                if first.lower() not in _STARTERS:
                    person(
                        toks[max(0, len(toks) - 3)][0], text[toks[max(0, len(toks) - 3)][0] : end]
                    )
    # Postal convention: the recipient's name is the line above the street line.
    for m in _RECIPIENT_LINE.finditer(text):
        words = m.group("name").split()
        name_like = [
            w in GIVEN_NAMES or english_frequency(w.lower()) < EVERYDAY_WORD_FREQUENCY
            for w in words
        ]
        # A heading above a numbered line ("Getting Started\n1 Install ...") is no recipient;
        # above a firm's line the layout itself says addressee, so one name-like word will do
        # ("Ruby O Guibord\nOVAL Corporation\n3239 ...").
        if all(name_like) or (m.group("firm") and any(name_like)):
            person(m.start("name"), m.group("name"))
    if "add" in text.lower() or "invite" in text.lower():
        for m in _PERSON_PAIR.finditer(text):
            person(m.start("a"), m.group("a"))
            person(m.start("b"), m.group("b"))
    return out


def _place(out: list, text: str, toks: list[tuple[int, int]], generic: bool) -> None:
    """A LOCATION after a place cue: up to two capitalised words, not a product or country."""
    words = [text[a:b] for a, b in toks]
    while words and words[-1].lower() in NOT_NAME_WORDS:
        words = words[:-1]
    value = " ".join(words)
    if not value or words[0] in GIVEN_NAMES or not plausible_location(value):
        return
    if generic and value not in CITIES:
        return  # "from Stripe", "from Figma": too generic without a known city
    if text[toks[0][0] : toks[0][0] + len(value)] == value:
        out.append((toks[0][0], toks[0][0] + len(value), "LOCATION", 0.9))
