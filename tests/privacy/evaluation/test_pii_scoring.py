"""The eval's matching rule on hand-computed cases, and the policy hash."""

from __future__ import annotations

import pytest

from transforms.privacy.evaluation.generated_gold import score
from transforms.privacy.policy import policy_description, policy_hash

TEXTS = {"m1": "x" * 100, "m2": "y" * 50, "m3": "z" * 10, "m4": "w" * 10}
GOLD = [
    {"id": "m1", "start": 10, "end": 20, "type": "EMAIL_ADDRESS"},
    {"id": "m1", "start": 40, "end": 60, "type": "SECRET"},
    {"id": "m2", "start": 0, "end": 10, "type": "PERSON"},
]


def test_overlap_rule_and_counts():
    detected = {
        # covers 5 of 10 gold chars (= half): found; 5 of its 8 chars on gold (>= half): correct
        "m1": [
            {"start": 15, "end": 23, "type": "EMAIL_ADDRESS"},
            # covers 9 of 20 secret chars (< half): secret missed; all its chars on gold: correct
            {"start": 40, "end": 49, "type": "SECRET"},
        ],
        # right place, wrong type: typed miss + typed false positive, but untyped hit
        "m2": [{"start": 0, "end": 10, "type": "LOCATION"}],
        # PII-free message with a detection: counts towards the flag rate
        "m3": [{"start": 0, "end": 3, "type": "PHONE_NUMBER"}],
    }
    r = score(GOLD, detected, TEXTS)
    assert r["per_type"]["EMAIL_ADDRESS"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "gold": 1,
        "detected": 1,
        "found": 1,
        "correct": 1,
    }
    assert r["per_type"]["SECRET"]["recall"] == 0.0 and r["per_type"]["SECRET"]["precision"] == 1.0
    assert r["per_type"]["PERSON"]["recall"] == 0.0
    assert r["per_type"]["LOCATION"]["precision"] == 0.0
    assert r["overall"]["found"] == 1 and r["overall"]["gold"] == 3
    assert r["overall"]["correct"] == 2 and r["overall"]["detected"] == 4
    assert r["untyped"]["found"] == 2 and r["untyped"]["correct"] == 3
    assert r["pii_free_messages"] == 2 and r["pii_free_flagged"] == 1
    assert r["pii_free_flag_rate"] == 0.5
    assert {m["type"] for m in r["examples"]["misses"]} == {"SECRET", "PERSON"}


def test_detection_longer_than_twice_the_gold_is_not_correct():
    r = score(
        [GOLD[0]], {"m1": [{"start": 10, "end": 31, "type": "EMAIL_ADDRESS"}]}, {"m1": TEXTS["m1"]}
    )
    assert r["overall"]["recall"] == 1.0 and r["overall"]["precision"] == 0.0


def test_gold_for_unknown_message_is_an_error():
    with pytest.raises(ValueError, match="unknown message id"):
        score([{"id": "nope", "start": 0, "end": 1, "type": "PERSON"}], {}, TEXTS)


def test_policy_hash_is_stable_and_covers_the_rules():
    assert policy_hash() == policy_hash()
    assert policy_hash().startswith("sha256:")
    desc = policy_description()
    assert "openai_key" in {r["name"] for r in desc["secret_rules"]}
    assert "posthog" in desc["not_name_words"] and "Lisbon" in desc["gazetteers"]["CITIES"]
