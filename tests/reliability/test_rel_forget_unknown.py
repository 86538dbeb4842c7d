"""Issue 15 item 7: forgetting an id that never existed erases 0, says so, writes no tombstone
unless ``--block-unknown``."""

from __future__ import annotations

from typer.testing import CliRunner

from transforms.cli import app
from transforms.config import Settings
from transforms.pipelines.erasure import forget
from transforms.privacy.tombstones import find_tombstone, load_tombstones


def test_unknown_user_is_not_found_and_not_tombstoned(tmp_path):
    s = Settings(data_dir=tmp_path, workers=1)
    out = forget(s, ["u_424242"], rebuild=False)
    assert out["erased"] == 0 and out["not_found"] == ["u_424242"]
    assert out["status"] == "not_found"
    assert find_tombstone(s, load_tombstones(s), "u_424242") is None


def test_block_unknown_tombstones_it(tmp_path):
    s = Settings(data_dir=tmp_path, workers=1)
    out = forget(s, ["u_424242"], rebuild=False, block_unknown=True)
    assert out["erased"] == 0 and out["blocked_unknown"] == 1
    assert find_tombstone(s, load_tombstones(s), "u_424242") is not None


def test_cli_says_not_found(tmp_path, monkeypatch):
    monkeypatch.setenv("IW_DATA_DIR", str(tmp_path))
    res = CliRunner().invoke(app, ["forget", "--user", "u_424242"])
    assert res.exit_code == 0
    assert '"erased": 0' in res.output and "not found: user u_424242" in res.output
