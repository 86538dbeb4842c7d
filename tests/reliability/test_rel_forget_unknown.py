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


def test_user_with_only_quarantined_lines_is_found_and_erased(tmp_path):
    """A user whose only trace is a malformed source line in quarantine is not 'unknown'."""
    from transforms.io import PartitionWriter, read_partition
    from transforms.source.contract import Quarantined, quarantine_table

    s = Settings(data_dir=tmp_path, workers=1)
    day = "2026-11-01"
    records = [
        Quarantined(
            source="messages/dt=2026-11-01/part-0.jsonl.gz",
            line_number=i + 1,
            row_id=None,
            reason="wrong_type",
            detail="seq",
            raw=f'{{"message_id": "m_{i}", "user_id": "{u}", "seq": "x"}}',
        )
        for i, u in enumerate(["u_777777", "u_888888"])
    ]
    with PartitionWriter(s.quarantine_dir, "messages", day) as w:
        w.write(quarantine_table("messages", records))
    out = forget(s, ["u_777777"], rebuild=False)
    assert out["erased"] == 1 and not out.get("not_found"), out
    left = read_partition(s.quarantine_dir, "messages", day).to_pylist()
    assert [r["line_number"] for r in left] == [2]  # the other user's line stays
    assert find_tombstone(s, load_tombstones(s), "u_777777") is not None
