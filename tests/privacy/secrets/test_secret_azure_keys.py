"""Azure identifiable keys (``secrets/azure_keys.py``): a fixed signature at a fixed offset of a
key of fixed length. True positives bare and in config lines, template shapes, and base64 runs
of the wrong length or with the signature out of place.

Key values below are made up for these tests in the layouts Microsoft publishes.
"""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.azure_keys import AZURE_KEY_RULES
from transforms.privacy.secrets.detector import detect_own_secrets

R62 = "Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1Jf5Gs0Ay7Ze2Ru9IoPq4EwTy6Ui1Op3As5Df8Gh0Jk2Lz4Xc7Vb9Nm"
R64 = "q7/Xk2Lp9R+4Wz8Nv3Bc6Hd1Jf5Gs0Ay7Ze2Ru9IoPq4EwTy6Ui1Op3As5Df8Gh0Jk2Lz4Xc7Vb9Nm/+"

KEYS = {
    # 52 random, JQQJ99, date "BE", 12 platform + 4 provider-reserved, "ACOG", checksum
    "azure_common_annotated_key": R62[:52] + "JQQJ99BE" + R62[10:26] + "ACOG" + R62[30:34],
    "azure_identifiable_key_64": R64[:76] + "+ASt" + R64[5:10] + "A==",
    "azure_identifiable_key_32": R64[:33] + "+ASbC" + R64[40:45] + "=",
    "azure_function_identifiable_key": R62[:44] + "AzFu" + R62[50:55] + "Q==",
    "azure_search_identifiable_key": R62[:42] + "AzSeB" + R62[60:65],
    "azure_container_registry_key": R64[:42] + "+ACRA" + R64[50:55],
}
MORE_KEYS = [
    R62[3:55] + "JQQJ9DCEAAAA" + R62[20:32] + "msql" + R62[:4] + "Xy==",  # long, derived
    R64[2:78] + "ACDb" + R64[9:14] + "w==",  # Cosmos DB
    R64[4:37] + "AIoTP" + R64[7:12] + "=",  # IoT Hub
    R64[1:34] + "AzCaA" + R64[60:65] + "=",  # Cache for Redis
]


def flagged(text: str) -> set[tuple[str, str]]:
    """(detected value, detector) over all our rules."""
    return {(text[s.start : s.end], s.detector) for s in detect_own_secrets(text)}


def test_every_rule_has_a_case():
    assert {r.name for r in AZURE_KEY_RULES} == set(KEYS)


@pytest.mark.parametrize("name", sorted(KEYS))
@pytest.mark.parametrize(
    "template", ["{t}", "it failed with {t} again", "AZURE_KEY={t}", '{{"primaryKey": "{t}"}}']
)
def test_key_is_found_whole(name, template):
    key = KEYS[name]
    found = flagged(template.format(t=key))
    assert key in {v for v, _ in found}, found


@pytest.mark.parametrize("name", sorted(KEYS))
@pytest.mark.parametrize("template", ["value: {t}", "AccountEndpoint=x;AccountKey={t};"])
def test_rule_names_its_service(name, template):
    key = KEYS[name]
    rule = next(r for r in AZURE_KEY_RULES if r.name == name)
    text = template.format(t=key)
    assert [text[s.start : s.end] for s in rule.find(text, text.lower())] == [key]


@pytest.mark.parametrize("key", MORE_KEYS)
def test_other_signatures_and_long_form(key):
    rules = {r.name for r in AZURE_KEY_RULES}
    assert any(v == key and d in rules for v, d in flagged(f"key: {key}"))


NOT_KEYS = [
    # template shapes in the documented layout
    "x" * 52 + "JQQJ99BE" + "x" * 24,
    "<your-key>JQQJ99",
    "0" * 76 + "+ASt" + "00000A==",
    # one character short or long: a different base64 run
    R62[:51] + "JQQJ99BE" + R62[10:26] + "ACOG" + R62[30:34],
    R64[:77] + "+ASt" + R64[5:10] + "A==",
    # the signature word in prose and code
    "APIM gateway keys rotate monthly; see AzFu docs and +ACR notes",
    "services.AddApim(AzSeConfig.Default)",
    # part of a longer base64 blob (a certificate or an image)
    R64 + R64[:20] + "+ASt" + R64[5:10] + "A==",
]


@pytest.mark.parametrize("text", NOT_KEYS)
def test_look_alikes_are_not_flagged(text):
    rules = {r.name for r in AZURE_KEY_RULES}
    assert not rules & {d for _, d in flagged(text)}, flagged(text)
