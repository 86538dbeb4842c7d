"""User names in developer forum prose: @-replies, credits and a post's sign-off (issue 14).

Stack Overflow posts and comments name other users in three set ways that spaCy reads as
nothing (a lower-case handle) or as a place ("EDIT 1 @Martin"):

- **@-replies**: "@username" notifies a user in a comment
  (https://meta.stackexchange.com/help/privileges/comment, "@username" replies; the same
  convention on GitHub and chat platforms). A handle counts in prose only, never before code
  punctuation ("@Override(", "@types/node", "@app.route", "@media screen"), and needs evidence:
  a listed given name opening a reply (at a line start: "@dmitry can you ...") or credited
  ("EDIT 1 @Martin", "Thanks to @christopher"), or any rare handle after thanks or a credit
  ("Thanks @jeremycg!", "Thanks to @vyrx for") or before a verb said of a person ("@driis
  wasn't on target"). An unlisted handle opening a reply is not enough: on Twitter that is as
  often a brand or a bot (btc dev). Javadoc tags, decorators and at-rules (`@param x`,
  `@deprecated use`, `@keyframes spin`) take none of these positions.
- **Credits**: "credit to ladenedge", "comments by VKP", "As per Brenden's comment": a word
  after a credit phrase or before "'s answer/comment/..." that is a listed given name or as rare
  as a name in English and no tool name ("thanks to Docker", "Google's answer" stay).
- **Sign-offs**: the last line of a post holding one name word (and an initial) under a line
  that closes the post ("Thanks in advance,", "Cheers,", "... :)"), or a listed given name
  there: "Pradeep", "maxi", "Owain".

Evidence is the position plus the name lists and word frequencies of
:mod:`~transforms.privacy.pii.gazetteers`; tool names are left by
:func:`~transforms.privacy.pii.technical_terms.tool_name`.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import GIVEN_NAMES, listed_or_rare_name
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.social_forms import in_prose
from transforms.privacy.pii.technical_terms import technical_term, tool_name
from transforms.privacy.pii.word_sets import word_set
from transforms.privacy.spans import Span

SCORE = 0.75
DETECTOR = "forum_name"

# A handle: letters, digits, "_" and inner "-" (no dots: "@app.route" is a decorator); then no
# code punctuation: "(", "/", "=", "[", "<", "{", "." or ":" before a word character.
_HANDLE = re.compile(
    r"(?<![\w@.+\-/\\:`'\"])@(?P<h>[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*)"
    r"(?![\w(/=\[<{@\-]|[.:]\w)"
)
# words that open a reply to someone, never a sign-off name ("Thanks,\nyes")
_ADDRESS_WORDS = word_set("""
you your you're youre can could would will did do does have thanks thank thx sorry yes no
yeah yep nope i i'm im i've ive please that this it it's its is are was were the
""")
# verbs a forum reply says of another user ("@driis wasn't on target", "@bob's answer"); plain
# "is" and "says" are said of brand accounts as often ("@lufthansa is avoiding", "@ONS says")
_PERSON_VERBS = word_set("""
isn't wasn't suggested suggests mentioned pointed answered commented wrote posted noted
explained
""")
# a listed given name takes any of these
_GIVEN_VERBS = _PERSON_VERBS | word_set("is was said says asked asks")
# a code noun or determiner before the handle makes it a variable or an annotation ("parameter
# @resultado is never declared", "the @Override annotation")
_CODE_BEFORE = re.compile(
    r"(?i)\b(?:the|a|an|of|in|with|parameter|param|variable|var|field|attribute|annotation|"
    r"decorator|tag|directive|rule|column|property|value|argument|macro)[ \t]+$"
)
# thanks and credit words before a name or handle on its line
_CREDIT_BEFORE = re.compile(
    r"(?i)(?:\bthanks?(?:[ \t]+(?:you|to|a[ \t]+lot|again))?|\bthx|\bty"
    r"|\bcredits?[ \t]+(?:to|goes[ \t]+to)"
    r"|\bkudos[ \t]+to|\bhat[ \t]+tip[ \t]+to|\bcomments?[ \t]+by|\banswer(?:ed)?[ \t]+by"
    r"|\bsuggested[ \t]+by|\bposted[ \t]+by|\bmentioned[ \t]+by|\bpointed[ \t]+out[ \t]+by"
    r"|\bas[ \t]+per|\bedit(?:ed)?(?:[ \t]+\d+)?[ \t]*:?)[ \t,]*$"
)
_WORD = r"[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*"
# "credit to ladenedge", "comments by VKP": a credit phrase, then one name word
_CREDIT_NAME = re.compile(
    r"(?i:\bcredits?[ \t]+(?:to|goes[ \t]+to)|\bkudos[ \t]+to|\bcomments?[ \t]+by"
    r"|\banswer(?:ed)?[ \t]+by)[ \t]+(?P<name>" + _WORD + r")"
    r"(?![\w(/=\[<{@]|\.\w|'s\b)"
)
# "As per Brenden's comment", "Tim J's answer": a name's forum contribution
_CONTRIBUTION = re.compile(
    r"(?<![\w@.#\-/'])(?P<name>[A-Z][A-Za-z]+(?:[ \t][A-Z]\.?)?)['\u2019]s[ \t]+(?:answer|comment|"
    r"reply|suggestion|post|edit|solution)s?\b"
)
# the words that close a post on the line above a sign-off
_CLOSING = re.compile(
    r"(?i)(?:\b(?:thanks|thank[ \t]+you|thx|cheers|regards|best|greetings|br|kind[ \t]+regards"
    r"|best[ \t]+wishes|in[ \t]+advance)\b[^\n]{0,30}|[:;]-?[)D]|!)[ \t]*[,.!]?[ \t]*$"
)
_SIGN_OFF = re.compile(
    r"\n[ \t]*(?P<name>(?P<first>[A-Za-z][a-z]+|[A-Z][a-z]+[A-Z]{1,3})(?:[ \t]+[A-Z]\.?)?)"
    r"[ \t]*[.!]?[ \t]*\Z"
)


def _given(word: str) -> bool:
    return word[:1].upper() + word[1:].lower() in GIVEN_NAMES


def _rare(word: str) -> bool:
    # a word no more frequent than a name, tested in lower case ("VKP", "ladenedge")
    return listed_or_rare_name(word.lower())


def _no_tool(text: str, start: int, end: int) -> bool:
    return not tool_name(text, start, end) and not technical_term(text, start, end)


def _line_before(text: str, start: int) -> str:
    return text[text.rfind("\n", 0, start) + 1 : start]


def _handle_spans(text: str) -> list[tuple[int, int]]:
    found = []
    for m in _HANDLE.finditer(text):
        handle, end = m.group("h"), m.end()
        if any(c.islower() for c in handle) and re.search(r"[a-z][A-Z]", handle):
            continue  # camelCase: an annotation ("@SpringBootApplication")
        before = _line_before(text, m.start())
        if not _no_tool(text, m.start("h"), end) or _CODE_BEFORE.search(before):
            continue
        after = text[end : end + 40]
        word = re.match(r"[ \t]+([A-Za-z']+)", after)
        nxt = word.group(1).lower() if word else ""
        credited = bool(_CREDIT_BEFORE.search(before))
        at_start = not before.strip()
        owner = after.startswith(("'s", "\u2019s"))
        said = nxt in (_GIVEN_VERBS if _given(handle) else _PERSON_VERBS) or owner
        closing = credited and re.match(r"[ \t]*(?:[.!,)]|$)", after, re.MULTILINE)
        # a listed given name may open a reply; any other handle needs a credit or a verb
        # said of a person (an unlisted handle opening a reply is as often a bot or a brand)
        if (_given(handle) and (at_start or credited or said or closing)) or (
            _rare(handle) and (said or closing or (credited and nxt == "for"))
        ):
            found.append((m.start(), end))
    return found


def _credit_spans(text: str) -> list[tuple[int, int]]:
    found = []
    for m in (*_CREDIT_NAME.finditer(text), *_CONTRIBUTION.finditer(text)):
        a, b = m.span("name")
        first = m.group("name").split()[0]
        if (_given(first) or (_rare(first) and len(first) > 2)) and _no_tool(text, a, b):
            found.append((a, b))
    return found


def _sign_off_spans(text: str) -> list[tuple[int, int]]:
    m = _SIGN_OFF.search(text.rstrip())
    if not m:
        return []
    first = m.group("first")
    prev = text[: m.start()].rstrip().rsplit("\n", 1)[-1]
    closed = bool(_CLOSING.search(prev))
    listed = first[:1].isupper() and first in GIVEN_NAMES
    if first.lower() in _ADDRESS_WORDS or not (listed or (closed and _rare(first))):
        return []
    a, b = m.span("name")
    return [(a, b)] if _no_tool(text, a, b) else []


def forum_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus PERSON spans for @-replies, credited names and a post's sign-off name;
    a handle replaces a name or place span inside it ("EDIT 1 @Martin")."""
    if not any(c.isalpha() for c in text):
        return spans
    found = [
        (a, b)
        for a, b in in_prose(text, [*_handle_spans(text), *_credit_spans(text)])
        if foreign_language(text[max(0, a - 120) : b + 120]) is None
    ]
    found += in_prose(text, _sign_off_spans(text))
    out = list(spans)
    for a, b in found:
        inner = [s for s in out if a <= s.start and s.end <= b and s.type in {"PERSON", "LOCATION"}]
        out = [s for s in out if s not in inner]
        if not any(s.start < b and a < s.end for s in out):
            out.append(Span(a, b, "PERSON", SCORE, DETECTOR))
    return out
