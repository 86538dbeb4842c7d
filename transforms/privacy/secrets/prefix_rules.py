"""One builder for the documented-prefix token rules (``more_tokens``, ``doc_prefixes``).

A rule is a literal-prefix trigger (tested by the shared Aho-Corasick index before any regex
runs), a bounded full-token regex between two edges, and a body check: template shapes
(``<token>``, ``xxxx``, ``YOUR_KEY``) and low-variety bodies are never flagged; where the prefix
could start an ordinary identifier, ``mixed`` asks the body for both letters and digits and
``words`` refuses a non-hex body that reads as words (``test_handlesUtf8PayloadsCorrectly``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from transforms.contracts.placeholders import is_template_placeholder
from transforms.privacy.secrets.rules import SecretRule
from transforms.privacy.secrets.values import looks_like_identifier

Validator = Callable[[str, re.Match[str], str], bool]
EDGE_BEFORE = r"(?<![A-Za-z0-9_\-.$])"
EDGE_AFTER = r"(?![A-Za-z0-9_\-])"
_DIGITS = re.compile(r"\d+")
_HEX = re.compile(r"[0-9a-f]+|[0-9A-F]+")


def body_ok(min_distinct: int, skip: int, *, mixed: bool, words: bool) -> Validator:
    """Not a template shape; the body (the value after its ``skip``-character prefix) has
    ``min_distinct`` distinct characters; with ``mixed`` it holds a digit and a letter; with
    ``words`` a non-hex body must not read as an identifier made of words."""

    def ok(value: str, m: re.Match[str], text: str) -> bool:
        body = value[skip:]
        if is_template_placeholder(value) or len(set(body)) < min_distinct:
            return False
        if mixed and not (any(c.isdigit() for c in body) and any(c.isalpha() for c in body)):
            return False
        if words and not _HEX.fullmatch(body):
            # Digits split words, as in handlesUtf8Payloads; random letters fall apart.
            parts = _DIGITS.sub("_", body).strip("_-")
            if len(parts) >= 10 and looks_like_identifier(parts):
                return False
        return True

    return ok


def prefix_rule(
    name: str,
    triggers: tuple[str, ...],
    rx: str,
    *,
    skip: int = 0,
    min_distinct: int = 10,
    mixed: bool = False,
    words: bool = False,
    before: str = EDGE_BEFORE,
    after: str = EDGE_AFTER,
) -> SecretRule:
    """A documented-prefix rule: ``rx`` between the edges, its value checked by :func:`body_ok`."""
    pattern = re.compile(before + "(" + rx + ")" + after)
    return SecretRule(
        name, triggers, pattern, 1, 0.9, body_ok(min_distinct, skip, mixed=mixed, words=words)
    )
