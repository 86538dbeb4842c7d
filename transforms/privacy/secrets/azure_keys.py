"""Azure "identifiable" keys: a fixed signature at a fixed offset inside the random key.

Microsoft generates most Azure access keys so that a scanner can tell them from random data
without any keyword: a few literal characters (the signature) sit at a fixed offset of a key of
fixed length. The layouts are published by Microsoft in its own secret-scanning library
(https://github.com/microsoft/security-utilities, ``IdentifiableSecrets.cs``,
``IdentifiableMetadata.cs``, ``LegacyCommonAnnotatedSecurityKey.cs``, commit 638ad20).

Each layout is one row of :data:`_LAYOUTS` (random part, signatures, tail), built into
:func:`~transforms.privacy.secrets.prefix_rules.prefix_rule` rules: the signature is the
literal trigger tested by the shared Aho-Corasick index, so the regex runs only on texts that
hold one. The checksum is not verified: rule examples and test files carry made-up checksums,
and the signature at its offset inside a run of exactly the key's length is already specific.
Written from Microsoft's documentation of its own formats; no other scanner's rules were used.
"""

from __future__ import annotations

from transforms.privacy.secrets.prefix_rules import prefix_rule
from transforms.privacy.secrets.rules import SecretRule

_B62 = "[A-Za-z0-9]"
_B64 = "[A-Za-z0-9+/]"
_B64URL = "[A-Za-z0-9_-]"
# A key is a whole base64 run: nothing of its alphabet on either side, nor "=" padding after
# it ("=" before it is an assignment: AccountKey=…).
_BEFORE = r"(?<![A-Za-z0-9+/_\-])"
_AFTER = r"(?![A-Za-z0-9+/=_\-])"

# Common annotated security keys (Azure AI services, OpenAI, Maps, Communication Services, App
# Configuration, Event Grid, DevOps ...): 84 base62 characters, or 88 in the long form ending
# "==". 52 random characters, the fixed signature "JQQJ9" and a kind character (9 standard,
# D derived, H hashed), a two-character creation date (year, then month A-L), 12 platform- and
# 4 provider-reserved characters, a 4-character provider signature ("ACOG", "AZEG", "msql",
# ... new services add theirs, so any letters or digits), then the checksum.
_CASK = _B62 + "{52}JQQJ9[9DH]" + _B62 + "[A-L]" + _B62 + "{24}(?:" + _B62 + "{2}==)?"


# (name, random part before the signature, signatures, tail after it)
_LAYOUTS: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    # 64-byte keys (88 base64 characters): Storage "+ASt", Cosmos DB "ACDb", Batch "+ABa",
    # Machine Learning classic web services "+AMC", API Management "APIM".
    (
        "azure_identifiable_key_64",
        _B64 + "{76}",
        ("+ASt", "ACDb", "+ABa", "+AMC", "APIM"),
        _B64 + "{5}[AQgw]==",
    ),
    # 32-byte keys (44 base64 characters): Service Bus "+ASb", Event Hubs "+AEh", Relay
    # "+ARm", Cache for Redis "AzCa", IoT Hub / DPS / devices "AIoT", Event Grid "AZEG".
    (
        "azure_identifiable_key_32",
        _B64 + "{33}",
        ("+ASb", "+AEh", "+ARm", "AzCa", "AIoT", "AZEG"),
        "[A-P]" + _B64 + "{5}=",
    ),
    # Azure Functions host, master and function keys (56 base64url characters, "AzFu").
    ("azure_function_identifiable_key", _B64URL + "{44}", ("AzFu",), _B64URL + "{5}[AQgw]=="),
    # Azure AI Search query and admin keys (52 base62 characters, "AzSe").
    ("azure_search_identifiable_key", _B62 + "{42}", ("AzSe",), "[A-D]" + _B62 + "{5}"),
    # Azure Container Registry tokens and access keys (52 base64 characters, "+ACR").
    ("azure_container_registry_key", _B64 + "{42}", ("+ACR",), "[A-D]" + _B64 + "{5}"),
)


def _layout_rule(name: str, head: str, signatures: tuple[str, ...], tail: str) -> SecretRule:
    sig = "(?:" + "|".join(s.replace("+", r"\+") for s in signatures) + ")"
    return prefix_rule(
        name, signatures, head + sig + tail, min_distinct=16, before=_BEFORE, after=_AFTER
    )


AZURE_KEY_RULES: tuple[SecretRule, ...] = (
    prefix_rule(
        "azure_common_annotated_key",
        ("JQQJ9",),
        _CASK,
        min_distinct=16,
        before=_BEFORE,
        after=_AFTER,
    ),
    *(_layout_rule(*layout) for layout in _LAYOUTS),
)
