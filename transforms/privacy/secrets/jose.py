"""JOSE compact tokens beyond the three-part signed JWT, and Maven's encrypted master password
(issue #14, round 3: shapes found in the ``ripsecrets-files`` corpus).

``jose_compact`` is structural: a compact JOSE serialization is base64url parts joined by dots
whose first part is the protected header, a JSON object that must name its ``alg``
(RFC 7515 §4.1.1, https://www.rfc-editor.org/rfc/rfc7515#section-4.1.1). A signed JWS has three
parts (RFC 7515 §7.1), an encrypted JWE five (RFC 7516 §7.1,
https://www.rfc-editor.org/rfc/rfc7516#section-7.1), an unsecured JWT an empty third part
(RFC 7519 §6.1). The ``jwt`` rule in :mod:`~transforms.privacy.secrets.core_rules` only knows the
signed form with a JSON payload; this rule also takes JWEs (encrypted payload) and
header-plus-claims
tokens whose signature was cut off or left empty, which still carry the bearer's claims.
Code look-alikes (``keyJob.start()``) fail because the first part must decode to a JSON header
with ``alg``; public Supabase ``anon`` keys stay unflagged (:func:`jwt_is_public`).

``maven_master_password``: ``settings-security.xml`` holds the encrypted master password as
``<master>{…}</master>`` (https://maven.apache.org/guides/mini/guide-encryption.html); braces
may be escaped with a backslash (``…\\}``), which the value keeps. ``<password>{…}</password>`` in
``settings.xml`` is already covered by ``xml_password``. ``maven_master_plain``: a master password
left unencrypted in a ``<settingsSecurity>`` file, judged as ``master_password = "…"``.
"""

from __future__ import annotations

import base64
import binascii
import json
import re

from transforms.contracts.placeholders import is_placeholder
from transforms.privacy.secrets.rules import SecretRule
from transforms.privacy.secrets.values import jwt_is_public

_PART = r"[A-Za-z0-9_-]"
_JOSE = re.compile(
    rf"(?<![\w.-])(eyJ{_PART}{{10,}}(?:\.{_PART}{{8,}}){{1,4}})\.?(?![\w-])",
)
_MAVEN_MASTER = re.compile(r"<master>\s*(\{[^<{}\s]{16,400}\})\s*</master>")


def jose_header(part: str) -> dict | None:
    """The decoded JOSE header of a base64url part, or ``None`` when it is not a JSON object
    naming its ``alg``."""
    try:
        header = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(header, dict) or not isinstance(header.get("alg"), str):
        return None
    return header


def _jose_ok(value: str, m: re.Match[str], text: str) -> bool:
    if is_placeholder(value) or jose_header(value.split(".", 1)[0]) is None:
        return False
    return not (value.count(".") == 2 and jwt_is_public(value))


def _master_ok(value: str, m: re.Match[str], text: str) -> bool:
    return not is_placeholder(value) and len(set(value)) >= 8


_MAVEN_MASTER_PLAIN = re.compile(r"<master>\s*([^<{}\s][^<\s]{3,200})\s*</master>")


def _plain_master_ok(value: str, m: re.Match[str], text: str) -> bool:
    from transforms.privacy.secrets.config_values import named_literal_ok

    return "<settingsSecurity" in text and named_literal_ok("master_password", value)


JOSE_RULES: tuple[SecretRule, ...] = (
    SecretRule("jose_compact", ("eyJ",), _JOSE, 1, 0.9, _jose_ok),
    SecretRule("maven_master_password", ("<master>",), _MAVEN_MASTER, 1, 0.95, _master_ok),
    SecretRule("maven_master_plain", ("<master>",), _MAVEN_MASTER_PLAIN, 1, 0.9, _plain_master_ok),
)
