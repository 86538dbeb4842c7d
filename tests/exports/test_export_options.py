"""Export options: defaults, environment overrides, validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.exports.options import ExportOptions, default_eval_set_path


def test_defaults_point_at_the_shipped_eval_set():
    opts = ExportOptions()
    assert opts.eval_set_path == default_eval_set_path() and opts.eval_set_path.is_file()
    assert opts.describe()["split_fractions"] == {"train": 0.9, "validation": 0.05, "test": 0.05}


def test_environment_overrides(monkeypatch, tmp_path):
    monkeypatch.setenv("IW_EXPORT_NEAR_DUP_THRESHOLD", "0.7")
    monkeypatch.setenv("IW_EXPORT_SHINGLE", "char")
    monkeypatch.setenv("IW_EXPORT_SHARD_MB", "0.5")
    monkeypatch.setenv("IW_EXPORT_JSONL", "true")
    monkeypatch.setenv("IW_EVAL_SET", str(tmp_path / "e.jsonl"))
    opts = ExportOptions.from_env(num_perm=64)
    assert (opts.near_dup_threshold, opts.shingle, opts.num_perm) == (0.7, "char", 64)
    assert opts.target_shard_bytes == 512 * 1024 and opts.write_jsonl
    assert opts.eval_set_path == Path(tmp_path / "e.jsonl")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"near_dup_threshold": 1.5}, "near_dup_threshold"),
        ({"shingle": "line"}, "'word' or 'char'"),
        ({"split_fractions": (("train", 0.5), ("test", 0.4))}, "sum to 1"),
        ({"split_fractions": (("train", 0.5), ("dev", 0.5))}, "split names"),
        ({"target_shard_bytes": 10}, "1 KiB"),
    ],
)
def test_bad_options_are_clear_errors(kwargs, message):
    with pytest.raises(ValueError, match=message):
        ExportOptions(**kwargs)


def test_bad_environment_value_names_the_variable(monkeypatch):
    monkeypatch.setenv("IW_EXPORT_NUM_PERM", "many")
    with pytest.raises(ValueError, match="IW_EXPORT_NUM_PERM"):
        ExportOptions.from_env()
