"""A display name its own mail address spells is a person: '"McGilloway, Vangie"
<Vangie.McGilloway@powersrc.com>', 'Dana Kirsch <dana_kirsch@example.org>' (session 33).

A mailbox is written ``display-name <addr-spec>`` (RFC 5322 section 3.4,
https://www.rfc-editor.org/rfc/rfc5322#section-3.4), the display name often quoted and in the
directory form "Surname, Given". Prose NER reads the quoted pair poorly and the name lists do not
know every surname. When every word of the display name (two to four words, each of two letters or
more, initials aside) is a part of the address's local part split at ``.``, ``_``, ``-`` or ``+``,
the address spells the name: the name is a person, whatever the lists say. A role or team mailbox
('"Support Team" <help@x.com>') spells no name and is left alone, as is a name whose words the
address does not repeat ('"TJO" <ded69@...>'), and everyday words an address repeats ('Team
Lead <team.lead@x.com>') need a listed given name or a word as rare as a name beside them.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import listed_or_rare_name
from transforms.privacy.spans import Span

SCORE = 0.85
DETECTOR = "mailbox_name"
_NAME_WORD = r"[A-Z][A-Za-z\u00c0-\u024f'\u2019\-]*\.?"
# '"Surname, Given" <local@domain>' or 'Given Surname <local@domain>'
_MAILBOX = re.compile(
    r'(?:"(?P<quoted>[^"\n<>@]{3,80})"|(?P<bare>'
    + _NAME_WORD
    + r"(?:,?[ \t]+"
    + _NAME_WORD
    + r"){1,3}))[ \t]*<(?P<local>[^@<>\s]+)@[^<>\s]+>"
)
_SPLIT = re.compile(r"[._+\-]+")
# Metasyntactic placeholders of code samples (RFC 3092, https://www.rfc-editor.org/rfc/rfc3092)
_PLACEHOLDERS = frozenset({"foo", "bar", "baz", "qux", "quux", "foobar"})


def _spelled(name: str, local: str) -> bool:
    """Whether the address's local part repeats every word of ``name`` (initials aside)."""
    words = [w.strip(".,'\u2019").lower() for w in re.split(r"[ \t,]+", name) if w.strip(".,")]
    full = [w for w in words if len(w) >= 2]
    if not 2 <= len(full) <= 4 or len(full) < len(words) - 1 or _PLACEHOLDERS & set(full):
        return False
    parts = set(_SPLIT.split(local.lower()))
    if not all(w in parts for w in full):
        return False
    # a role mailbox spells everyday words ("Team Lead" <team.lead@...>): one word must be a
    # listed given name or as rare as a name
    return any(listed_or_rare_name(w.strip(".,'\u2019").capitalize()) for w in name.split())


def mailbox_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with display names their mail address spells added as PERSON."""
    if "@" not in text or "<" not in text:
        return spans
    out = list(spans)
    for m in _MAILBOX.finditer(text):
        group = "quoted" if m.group("quoted") is not None else "bare"
        name, start = m.group(group), m.start(group)
        if group == "bare":  # "Email Dana Kirsch <...>": drop leading words the address lacks
            while not _spelled(name, m.group("local")) and " " in name.strip():
                cut = re.match(r"\S+[ \t]+", name)
                name, start = name[cut.end() :], start + cut.end()
        if not _spelled(name, m.group("local")):
            continue
        start += len(name) - len(name.lstrip())
        end = start + len(name.strip())
        inside = [s for s in out if s.start < end and start < s.end]
        if any(s.type != "PERSON" for s in inside):
            continue
        out = [s for s in out if s not in inside]
        out.append(Span(start, end, "PERSON", SCORE, DETECTOR))
    return out
