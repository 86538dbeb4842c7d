"""A name given a role only a person holds on an account or in a family is a person: "add
Sieuwerd Heuver as a beneficiary", "we need to add malvin frøyland as guardian", "my great
grandmother was called Minoesch Vellekoop" (session 30, issue 14).

Banking and insurance forms name people in a fixed grammar: a verb that puts someone on the
account (add, appoint, name, nominate, designate, list) + the name + ``as`` + a role that only a
person can hold (beneficiary, guardian, co-signer, trustee, executor, next of kin, authorised
user, ...). Likewise a relative's name follows "my <kin> is/was called/named". The name is a
capitalised run of at most three words, one of them a listed given name or as rare as a name
(:func:`~transforms.privacy.pii.gazetteers.listed_or_rare_name`), or a lower-case name as
:mod:`~transforms.privacy.pii.lower_name_cues` reads one. A dependency, a library or a product
holds none of these roles ("add Redis as a dependency", "name Python as the default"). A place
tag of spaCy on the name is replaced: a place is nobody's guardian.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import listed_or_rare_name, word_set
from transforms.privacy.pii.lower_name_cues import _name_end
from transforms.privacy.pii.ner_filters import _CAP_TOKEN, plausible_person
from transforms.privacy.spans import Span

SCORE = 0.8
DETECTOR = "role_cue"
# Roles a person holds on an account, a policy, a will or a school form.
_ROLE = (
    r"(?:beneficiar(?:y|ies)|guardian|legal guardian|co-?signer|cosigner|signatory|trustee|"
    r"executor|executrix|next of kin|emergency contact|dependant|dependent|authori[sz]ed user|"
    r"joint (?:account )?holder|account holder|nominee|power of attorney|heir)"
)
_ROLE_AS = re.compile(
    r"(?i:\b(?:add|added|adding|appoint|appointed|name|named|nominate|nominated|designate|"
    r"designated|list|listed|register|registered|include|included)[ \t]+)"
    r"(?P<name>[^\n]{1,60}?)"
    r"(?i:[ \t]+as[ \t]+(?:(?:a|an|the|my|our|his|her|their|primary|secondary|sole|second)[ \t]+)"
    r"{0,2}" + _ROLE + r")\b"
)
_KIN_CALLED = re.compile(
    r"(?i:\bmy[ \t]+(?:(?:great|grand|step|late|older|younger|little|big)[ \t-]+){0,3}"
    r"(?:mother|father|grandmother|grandfather|grandma|grandpa|daughter|son|sister|brother|"
    r"aunt|uncle|wife|husband|cousin|niece|nephew)[ \t]+(?:is|was)[ \t]+(?:called|named)[ \t]+)"
)
# A trust, a charity or a firm can be a beneficiary too ("Acme Trust", "Red Cross Society").
_BODY_WORDS = word_set("""
Trust Foundation Fund Charity Church Society Association Bank School University College
Inc Ltd LLC Corp Corporation Company Group Estate Council Institute Hospital
""")
_CAP_RUN = re.compile(_CAP_TOKEN + r"(?:[ \t]+(?:[A-Z]\.?[ \t]+)?" + _CAP_TOKEN + r"){0,2}")


def _name_at(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The name starting at ``start`` and ending by ``limit``: a capitalised run with a
    name-like word, or a lower-case name."""
    cap = _CAP_RUN.match(text, start, limit)
    if cap:
        words = cap.group().split()
        if (
            _BODY_WORDS.isdisjoint(w.rstrip(".") for w in words)
            and plausible_person(cap.group())
            and any(listed_or_rare_name(w) for w in words if len(w) > 1)
        ):
            return cap.span()
        return None
    end = _name_end(text, start)
    return (start, end) if end is not None and end <= limit else None


def account_role_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus PERSON spans for names given a person's role or a relative's name."""
    low = text.lower()
    if " as " not in low and "called" not in low and "named" not in low:
        return spans
    found = []
    for m in _ROLE_AS.finditer(text):
        got = _name_at(text, m.start("name"), m.end("name"))
        if got and got[1] == m.end("name"):  # the whole stretch before "as" is the name
            found.append(got)
    for m in _KIN_CALLED.finditer(text):
        got = _name_at(text, m.end(), len(text))
        if got and not text[got[1] : got[1] + 1].isalnum():
            found.append(got)
    out = list(spans)
    for start, end in found:
        held = [s for s in out if s.start < end and start < s.end]
        # a part of the name read already ("Sieuwerd") or a spaCy place tag gives way to it
        if any(
            not (start <= s.start and s.end <= end)
            or not (s.type == "PERSON" or (s.type == "LOCATION" and s.detector == "spacy_ner"))
            for s in held
        ):
            continue
        out = [s for s in out if s not in held]
        out.append(Span(start, end, "PERSON", SCORE, DETECTOR))
    return out
