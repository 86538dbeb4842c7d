"""CI gate: detection quality on a fixed generated set must stay above the agreed floors.

Floors (the issue's targets): overall recall >= 0.95, precision >= 0.90, SECRET recall >= 0.98,
PII-free flag rate <= 3%. The set is the generator's labelled corpus (300 messages, seed 7).
"""

from __future__ import annotations

import json

import pytest

from transforms.config import Settings
from transforms.privacy.evaluation.generated_gold import run_eval

FLOORS = {"recall": 0.95, "precision": 0.90, "secret_recall": 0.98, "pii_free_flag_rate": 0.03}


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    s = Settings(data_dir=tmp_path_factory.mktemp("pii_eval"), workers=1, seed=7)
    return s, run_eval(s, messages=300, out=None)


def test_quality_floors(report):
    _, r = report
    assert r["overall"]["gold"] >= 100, "the gate set must plant enough entities to mean something"
    assert r["overall"]["recall"] >= FLOORS["recall"], r["examples"]["misses"]
    assert r["overall"]["precision"] >= FLOORS["precision"], r["examples"]["false_positives"]
    assert r["per_type"]["SECRET"]["recall"] >= FLOORS["secret_recall"]
    assert r["pii_free_flag_rate"] <= FLOORS["pii_free_flag_rate"]


def test_every_type_is_scored(report):
    _, r = report
    for etype in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "SECRET", "LOCATION", "IP_ADDRESS"):
        assert r["per_type"][etype]["gold"] > 0, etype


def test_report_written(report):
    s, r = report
    path = s.reports_dir / "pii_eval.json"
    on_disk = json.loads(path.read_text())
    assert on_disk["overall"] == r["overall"]
    assert on_disk["policy_hash"].startswith("sha256:")
    assert "PERSON" in on_disk["holdout_unseen_names"]
