"""Exports are portable (relative paths) and their cards are honest (licence, languages,
lengths, placeholders, signals)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import datasets

from transforms.exports.registry import registry_path
from transforms.exports.stats import length_stats
from transforms.exports.verify import verify_version


def test_copied_exports_directory_still_verifies_and_loads(built, tmp_path):
    settings, _, summary = built
    copy = tmp_path / "elsewhere" / "exports"
    shutil.copytree(settings.exports_dir, copy)
    reg = json.loads(registry_path(copy).read_text())
    for name, ds in reg["datasets"].items():
        for v in ds["versions"]:
            assert not Path(v["path"]).is_absolute()
            vdir = copy / v["path"]
            assert verify_version(vdir) == []
            manifest_text = (vdir / "manifest.json").read_text()
            assert str(settings.data_dir) not in manifest_text, name
    vdir = copy / reg["datasets"]["sft"]["versions"][-1]["path"]
    ds = datasets.load_dataset(str(vdir), cache_dir=str(tmp_path / "hf"))
    assert ds["train"].num_rows == summary["datasets"]["sft"]["rows"]["train"]
    assert "quality" in ds["train"].column_names


def test_card_states_licence_languages_lengths_placeholders(built, monkeypatch):
    _, _, summary = built
    for name in ("sft", "bugfix", "preference"):
        vdir = Path(summary["datasets"][name]["path"])
        card = (vdir / "README.md").read_text()
        manifest = json.loads((vdir / "manifest.json").read_text())
        stats = manifest["stats"]
        assert "license: other" in card and "license_name: " in card
        assert "Recommended `max_length`" in card
        length = stats["length"]
        assert length["rows_within_recommended"] >= 0.99 * manifest["rows_total"]
        assert "Placeholders a model will see" in card
        assert "anon" in card  # the public-key policy
        for code in stats["languages"]:
            assert f"`{code}`" in card
        if name == "preference":
            assert stats["signals"] and "Preference signals" in card


def test_recommended_max_length_keeps_99_percent():
    lengths = [300] * 990 + [30_000] * 10
    out = length_stats(lengths)
    assert out["rows_within_recommended"] >= 990
    assert out["recommended_max_length"] % 256 == 0
    assert out["recommended_max_length"] < 30_000 / out["chars_per_token"]


def test_small_datasets_still_get_every_split():
    import polars as pl

    from transforms.exports.curation import AssignSplits

    fractions = (("train", 0.90), ("validation", 0.05), ("test", 0.05))
    frame = pl.DataFrame({"user_key": [f"u{i:02d}" for i in range(12)], "id": list("abcdefghijkl")})
    out, stats = AssignSplits("salt", fractions)(frame)
    assert set(out["split"]) == {"train", "validation", "test"}
    again, _ = AssignSplits("salt", fractions)(frame)
    assert again.equals(out)  # deterministic
    tiny, stats = AssignSplits("salt", fractions)(frame.head(3))
    assert stats["users_moved_to_fill_empty_splits"] == {}  # too few users: left as hashed
