"""More provider credentials, collected as ``PROVIDER_RULES`` in the order they run.

:mod:`~transforms.privacy.secrets.formats` encodes each provider's documented token exactly
(prefix, length, alphabet, checksum); these rules add documented prefixes of any length
(:mod:`~transforms.privacy.secrets.prefixed_any_length`), secrets in the syntax of particular
tools (:mod:`~transforms.privacy.secrets.tool_secrets`) and values named as a credential on
their line (:mod:`~transforms.privacy.secrets.named_values`).

Every rule is a :class:`~transforms.privacy.secrets.rules.SecretRule`, collected by
:func:`~transforms.privacy.secrets.formats.detect_format_secrets` through ``PROVIDER_RULES``.
Written from providers' documentation; no other scanner's rule files were used.
"""

from __future__ import annotations

from transforms.privacy.secrets.named_values import LINE_VALUE, NAMED_VALUE, SHORT_VALUE
from transforms.privacy.secrets.prefixed_any_length import (
    DOCUMENTED_PREFIXES,
    PREFIXED_ANY_LENGTH,
    SGP_TOKENS,
)
from transforms.privacy.secrets.rules import SecretRule
from transforms.privacy.secrets.tool_secrets import CLI_PASSWORD, DJANGO, PUTTY

PROVIDER_RULES: tuple[SecretRule, ...] = (
    PREFIXED_ANY_LENGTH
    + SGP_TOKENS
    + DOCUMENTED_PREFIXES
    + DJANGO
    + PUTTY
    + CLI_PASSWORD
    + NAMED_VALUE
    + SHORT_VALUE
    + LINE_VALUE
)
PROVIDER_DETECTORS: tuple[str, ...] = tuple(r.name for r in PROVIDER_RULES)
