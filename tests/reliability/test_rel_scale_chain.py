"""Issue 15 item 3 at scale: the whole chain on >= 50k generated messages, gate passing
(redaction and the gate share one placeholder vocabulary). ``make test-slow``."""

from __future__ import annotations

import pytest

from transforms.config import Settings
from transforms.pipelines import CHAIN, get_stage
from transforms.quality.gate import read_verdict
from transforms.simulator.generator import generate

pytestmark = pytest.mark.slow


def test_chain_on_50k_messages_passes_the_gate(tmp_path):
    s = Settings(data_dir=tmp_path, workers=2)
    counts = generate(s, messages=50_000, seed=11)
    assert counts["messages"] >= 50_000
    for stage in CHAIN[:4]:  # extract, redact, warehouse, quality (raises if the gate fails)
        result = get_stage(stage)(None, s)
        assert result.status == "success", (stage, result.details.get("error"))
    verdict = read_verdict(s)
    assert verdict["passed"] is True and verdict["failed_expectations"] == 0
