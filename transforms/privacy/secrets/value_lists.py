"""Credential values in two shapes the keyword rules miss (issue #14, round 3: shapes found in
the ``detect-secrets-files`` dev corpus).

``yaml_binary_secret``: YAML's ``!!binary`` tag puts a base64 value after the tag
(https://yaml.org/type/binary.html), ``api_secret: !!binary MmIwMDA0…``; the keyword rules stop
at the tag. The value must be valid base64 under a credential name.

``secret_literal_list``: a credential name bound to several quoted literals,
``SECRET_KEYS = 'k1…', 'k2…'`` or ``API_TOKENS = ["…", "…"]`` (Python tuple and list displays,
https://docs.python.org/3/reference/expressions.html#expression-lists; JS/TS arrays and YAML
flow sequences look the same). The keyword rules take the first literal only; this rule takes
each one. Every literal must look random (letters and digits, no spaces, 16+ characters,
entropy >= 3 bits per character) so lists of names (``("access_token", "refresh_token")``)
and placeholders stay unflagged.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from transforms.contracts.placeholders import is_placeholder
from transforms.privacy.secrets.rules import SECRET, LoweredTriggerRule, SecretRule
from transforms.privacy.secrets.values import looks_like_identifier, shannon_entropy
from transforms.privacy.spans import Span

_CREDENTIAL_NAME = r"[\w.-]*(?:secret|passw(?:or)?d|token|api_?key|private_?key|credential)[\w.-]*"
_YAML_BINARY = re.compile(
    rf"(?im)^[ \t]*-?[ \t]*['\"]?{_CREDENTIAL_NAME}['\"]?[ \t]*:[ \t]*!!binary[ \t]+[|>]?\s*"
    r"([A-Za-z0-9+/]{16,}={0,2})"
)
_LITERAL_LIST = re.compile(
    rf"(?im)\b{_CREDENTIAL_NAME}['\"\]]?[ \t]*(?:=|:)[ \t]*[\[(]?[ \t]*"
    r"((?:(['\"])[^'\"\n]{1,300}\2[ \t]*,[ \t]*)+(['\"])[^'\"\n]{1,300}\3)"
)
_QUOTED = re.compile(r"(['\"])([^'\"\n]+)\1")
_KEY_AFTER = re.compile(r"[ \t]*:")


def _yaml_binary_ok(value: str, m: re.Match[str], text: str) -> bool:
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return False
    return not is_placeholder(value) and len(set(value)) >= 8


def random_literal(value: str) -> bool:
    """A quoted literal that looks like a generated key rather than a name or a sentence."""
    if len(value) < 16 or any(c.isspace() for c in value) or is_placeholder(value):
        return False
    if not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
        return False
    return not looks_like_identifier(value) and shannon_entropy(value) >= 3.0


@dataclass(frozen=True)
class LiteralListRule(LoweredTriggerRule):
    """One span per random literal of a credential-named list, not one per match."""

    def spans(self, text: str) -> list[Span]:
        out = []
        for m in self.pattern.finditer(text):
            if _KEY_AFTER.match(text, m.end()):
                continue  # '"uri":"https://…","cert_url":' is a JSON object's pairs, not a list
            base = m.start(1)
            for lit in _QUOTED.finditer(m.group(1)):
                if random_literal(lit.group(2)):
                    start, end = base + lit.start(2), base + lit.end(2)
                    out.append(Span(start, end, SECRET, self.score, self.name))
        return out


VALUE_LIST_RULES: tuple[SecretRule, ...] = (
    SecretRule("yaml_binary_secret", ("!!binary",), _YAML_BINARY, 1, 0.85, _yaml_binary_ok),
    LiteralListRule(
        "secret_literal_list",
        ("secret", "passw", "token", "key", "credential"),
        _LITERAL_LIST,
        1,
        0.8,
        case_insensitive_trigger=True,
    ),
)
