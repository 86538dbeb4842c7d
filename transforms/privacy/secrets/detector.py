"""Secret detection's entry points: every secret span in a text, from our rules and the second
engine.

Our rules are the core rules (:mod:`~transforms.privacy.secrets.core_rules`) and the provider
catalogue (:mod:`~transforms.privacy.secrets.formats`), run through one trigger index
(:mod:`~transforms.privacy.secrets.rules`); the generic rules' findings then pass the shared
value veto (:mod:`~transforms.privacy.secrets.value_policy`), and every finding the placeholder
check of :mod:`~transforms.privacy.secrets.filler_values`. The second engine is in
:mod:`~transforms.privacy.secrets.engines`.
"""

from __future__ import annotations

import functools
import re

from transforms.privacy.secrets.assignments import assignment_spans
from transforms.privacy.secrets.core_rules import RULES
from transforms.privacy.secrets.decoded_views import entity_decoded, string_escape_decoded
from transforms.privacy.secrets.filler_values import is_placeholder_span
from transforms.privacy.secrets.rules import TriggerIndex
from transforms.privacy.secrets.value_policy import generic_value_vetoed
from transforms.privacy.secrets.values import _code_or_default, _inside_url
from transforms.privacy.spans import Span


def detect_own_secrets(text: str) -> list[Span]:
    """Secret spans from our own recognizers only (the core rules and
    :mod:`~transforms.privacy.secrets.formats`); may overlap each other. Lines holding HTML
    character references or escaped string quotes are read a second time decoded
    (:mod:`~transforms.privacy.secrets.decoded_views`)."""
    spans = _own_spans(text)
    for view in (entity_decoded(text), string_escape_decoded(text)):
        if view is None:
            continue
        decoded, starts, ends = view
        for s in _own_spans(decoded):
            start, end = starts[s.start], ends[s.end - 1]
            if not any(o.start < end and start < o.end for o in spans):
                spans.append(Span(start, end, s.type, s.score, s.detector))
    return spans


def _own_spans(text: str) -> list[Span]:
    lowered = text.lower()
    spans: list[Span] = []
    # Same rules, same order as running RULES then detect_format_secrets; the index only
    # skips rules whose trigger test would fail.
    for rule in _own_rule_index().candidates(text, lowered):
        if rule.name == "secret_assignment":
            spans.extend(assignment_spans(rule, text, lowered))
        else:
            spans.extend(rule.find(text, lowered))
    return [
        s for s in spans if not generic_value_vetoed(text, s) and not is_placeholder_span(text, s)
    ]


@functools.cache
def _own_rule_index() -> TriggerIndex:
    # Imported on first use: importing the framework does not load the provider catalogue.
    from transforms.privacy.secrets.formats import FORMAT_RULES

    return TriggerIndex(RULES + FORMAT_RULES)


def detect_secrets(text: str) -> list[Span]:
    """All secret spans in ``text``: our recognizers merged with the second engine
    (:mod:`~transforms.privacy.secrets.engines`, switch: ``IW_SECRETS_KINGFISHER``).
    Spans may overlap each other; resolve with ``resolve_overlaps``."""
    from transforms.privacy.secrets.engines import kingfisher_spans

    own = detect_own_secrets(text)
    return [*own, *second_engine_extra(text, own, kingfisher_spans(text))]


def second_engine_extra(text: str, own: list[Span], found: list[Span]) -> list[Span]:
    """The second engine's spans that add to ours (``own``), after our value policy."""
    return [
        k
        for k in found
        # Ours are narrower (only a URL's password, only an assignment's value): where both
        # engines fire, keep ours; a whole URL is judged by url_credentials alone.
        if not _inside_url(text, k.start, k.end)
        and not _code_or_default(text[k.start : k.end])
        and not _prefix_inside_word(text, k.start)
        and not any(o.start < k.end and k.start < o.end for o in own)
    ]


# Short vendor prefixes only (two to four letters and a separator: gho_, ghp_, xoxb-, sk-, and
# dotted ones in either case: SendGrid's SG., Vault's hvs.): those also occur inside ordinary
# identifiers and words. A long specific one (github_pat_, glpat-) glued to a word
# ("ourgithub_pat_…", a value pasted after text) still starts a token.
_VENDOR_PREFIX = re.compile(r"[a-z]{2,4}[_-]|[A-Za-z]{2,4}\.")


def _prefix_inside_word(text: str, start: int) -> bool:
    """``Sogho_ICANVAS…``, ``somSG.APhb…``: a vendor prefix (``gho_``, ``xoxb-``, ``SG.``: tokens
    begin with theirs,
    https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/)
    glued to the letters or digits before it is the tail of an identifier, not a token's
    start. A ``\\n``-style escape before it still counts as a boundary."""
    if start == 0 or not _VENDOR_PREFIX.match(text, start):
        return False
    before = text[max(0, start - 2) : start]
    return before[-1].isalnum() and not (len(before) == 2 and before[0] == "\\")
