"""Exports over generated platform data through the real chain (generate -> extract -> redact ->
warehouse -> export): no planted PII/secret value survives, consent holds.

The quality stage is left out on purpose: this test is about what reaches an export even when
redaction misses something (the raw-identifier guard is the last line); the gate's refusal is
covered by the fixture-warehouse tests, and the whole chain by tests/test_end_to_end.py.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import duckdb
import polars as pl
import pytest

from transforms.config import Settings
from transforms.exports.verify import verify_version
from transforms.pipelines import get_stage


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    from transforms.simulator.generator import generate

    settings = Settings(data_dir=tmp_path_factory.mktemp("export-chain"), workers=1)
    generate(settings, users=14, days=2, seed=23)
    for stage in ("extract", "redact", "warehouse"):
        get_stage(stage)(None, settings)
    result = get_stage("export")(None, settings)
    return settings, result


def _gold_values(settings: Settings) -> set[str]:
    with gzip.open(settings.source_dir / "_gold" / "labels.jsonl.gz", "rt") as fh:
        gold = [json.loads(line) for line in fh]
    assert {g["type"] for g in gold} >= {"EMAIL_ADDRESS", "SECRET"}
    return {g["value"] for g in gold if len(g["value"]) >= 6}


def test_no_gold_pii_or_secret_value_in_any_export_file(chain):
    settings, result = chain
    values = _gold_values(settings)
    texts = []
    for f in sorted(settings.exports_dir.rglob("*")):
        if f.suffix == ".parquet":
            texts.append(json.dumps(pl.read_parquet(f).to_dicts(), default=str))
        elif f.is_file():
            texts.append(f.read_text(encoding="utf-8"))
    blob = "\n".join(texts)
    leaked = sorted(v for v in values if v in blob)
    assert not leaked, f"planted values leaked into exports: {leaked[:5]}"


def test_versions_verify_and_respect_consent_and_splits(chain):
    settings, result = chain
    assert result.details["quality_gate"] == "missing"
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        ok = {
            r[0] for r in con.execute("select user_key from dim_users where training_ok").fetchall()
        }
    finally:
        con.close()
    for out in result.outputs:
        vdir = Path(out)
        assert verify_version(vdir) == []
        df = pl.read_parquet(vdir / "*.parquet")
        assert set(df["user_key"].to_list()) <= ok
        assert df.group_by("user_key").agg(pl.col("split").n_unique())["split"].max() in (1, None)
        if vdir.parent.name == "sft":
            assert set(df["outcome"].to_list()) <= {"success"}
    assert result.counts["rows.sft"] > 0 and result.counts["rows.bugfix"] > 0


def test_rerun_over_the_same_warehouse_is_byte_identical(chain):
    settings, first = chain
    again = get_stage("export")(None, settings)
    for a, b in zip(first.outputs, again.outputs, strict=True):
        ma = json.loads((Path(a) / "manifest.json").read_text())
        mb = json.loads((Path(b) / "manifest.json").read_text())
        assert ma["content_hash"] == mb["content_hash"] and a != b
