"""Issue 15 items 1, 10, 12: a bad input never replaces a good partition; CLI errors are one
line; ``iw status`` fits 80 columns with real durations; ``--data-dir`` / ``IW_DATA_DIR``."""

from __future__ import annotations

import gzip
import io
import json

import pytest
from typer.testing import CliRunner

from transforms.cli import app
from transforms.config import Settings
from transforms.io import partition_files, read_partition
from transforms.pipelines import extract
from transforms.replace_guard import PartitionReplaceRefused, check_partition_replace
from transforms.status import load_run_records, show_status


@pytest.fixture
def extracted(tmp_path, monkeypatch):
    monkeypatch.setenv("IW_DATA_DIR", str(tmp_path))
    for name in ("IW_SOURCE_DIR", "IW_SOURCE_URL", "IW_LAKE_DIR", "IW_WAREHOUSE"):
        monkeypatch.delenv(name, raising=False)
    s = Settings.from_env(workers=1)
    from transforms.simulator.generator import generate

    generate(s, messages=300, days=2, seed=3)
    extract.run(None, s, tables=["messages"])
    day = sorted(p.name[3:] for p in (s.source_dir / "messages").glob("dt=*"))[-1]
    src = sorted((s.source_dir / "messages" / f"dt={day}").glob("*.jsonl.gz"))[0]
    before = read_partition(s.raw_dir, "messages", day)
    assert before.num_rows > 20
    return s, day, src, before


def _failed_reason(s: Settings) -> str:
    last = load_run_records(s, "extract")[-1]
    assert last["status"] == "failed"
    return last["details"]["error"]


def test_empty_source_file_does_not_wipe_the_partition(extracted):
    s, day, src, before = extracted
    with gzip.open(src, "wb"):
        pass  # the re-exported file is now empty
    with pytest.raises(PartitionReplaceRefused, match="would shrink"):
        extract.run(day, s, tables=["messages"])
    assert read_partition(s.raw_dir, "messages", day).equals(before)
    assert "would shrink" in _failed_reason(s)


def test_truncated_gzip_does_not_replace_the_partition(extracted):
    s, day, src, before = extracted
    data = src.read_bytes()
    src.write_bytes(data[: len(data) // 2])  # cut mid-stream: the rows decoded so far are partial
    with pytest.raises(PartitionReplaceRefused, match="unreadable or truncated"):
        extract.run(day, s, tables=["messages"])
    assert read_partition(s.raw_dir, "messages", day).equals(before)
    assert "unreadable or truncated" in _failed_reason(s)


def test_allow_shrink_forces_the_replace_and_logs_it(extracted):
    s, day, src, before = extracted
    with gzip.open(src, "wb"):
        pass
    out = CliRunner().invoke(app, ["run", "extract", "-p", day, "--allow-shrink"])
    assert out.exit_code == 0, out.output
    now = read_partition(s.raw_dir, "messages", day)
    assert now is None or now.num_rows == 0
    last = load_run_records(s, "extract")[-1]
    forced = last["details"]["forced_replace"]
    assert [(f["table"], f["old_rows"], f["new_rows"]) for f in forced] == [
        ("messages", before.num_rows, 0)
    ]


def test_small_shrink_within_the_bound_is_allowed():
    assert check_partition_replace("messages", "2026-11-01", 100, 85).reason is None
    with pytest.raises(PartitionReplaceRefused):
        check_partition_replace("messages", "2026-11-01", 100, 79)
    assert check_partition_replace("messages", "2026-11-01", None, 0).reason is None
    with pytest.raises(PartitionReplaceRefused, match="--allow-shrink"):
        check_partition_replace("m", "d", 10, 10, unreadable=["f.gz: EOFError"])
    first_load = check_partition_replace("m", "d", None, 5, unreadable=["f.gz: EOFError"])
    assert first_load.reason is None  # nothing to lose: keep what was readable


def test_cli_refused_replace_is_one_line(extracted):
    s, day, src, _ = extracted
    with gzip.open(src, "wb"):
        pass
    out = CliRunner().invoke(app, ["run", "extract", "-p", day])
    assert out.exit_code == 1
    lines = out.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: refused to replace messages")
    assert "--allow-shrink" in lines[0] and "Traceback" not in out.output


@pytest.mark.parametrize(
    "args, says",
    [
        (["run", "extract", "-p", "2026-13-45"], "partition must be a day YYYY-MM-DD"),
        (["run", "nosuchstage"], "unknown stage 'nosuchstage'"),
        (["run", "extract"], "no export files at"),
        (["pii", "detect", "-i", "__BAD__"], None),  # typer's own usage error: also short
    ],
)
def test_expected_failures_print_one_line_and_exit_nonzero(tmp_path, monkeypatch, args, says):
    monkeypatch.setenv("IW_DATA_DIR", str(tmp_path / "missing"))
    monkeypatch.delenv("IW_DEBUG", raising=False)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    args = [str(bad) if a == "__BAD__" else a for a in args]
    out = CliRunner().invoke(app, args)
    assert out.exit_code != 0
    assert "Traceback" not in out.output
    if says:
        assert len(out.output.strip().splitlines()) == 1 and says in out.output
    # a bad argument is not a stage run: no failed run record written for it
    if args[:2] != ["run", "extract"] or "-p" in args:
        assert not (tmp_path / "missing" / "state" / "runs").exists()


def test_verbose_and_iw_debug_keep_the_traceback(tmp_path, monkeypatch):
    monkeypatch.setenv("IW_DATA_DIR", str(tmp_path))
    out = CliRunner().invoke(app, ["--verbose", "run", "extract", "-p", "nope"])
    assert isinstance(out.exception, ValueError)
    monkeypatch.setenv("IW_DEBUG", "1")
    out = CliRunner().invoke(app, ["run", "extract", "-p", "nope"])
    assert isinstance(out.exception, ValueError)


def test_data_dir_option_and_env_are_documented_and_used(tmp_path, monkeypatch):
    monkeypatch.delenv("IW_DATA_DIR", raising=False)
    help_text = CliRunner().invoke(app, ["--help"], terminal_width=200).output
    assert "IW_DATA_DIR" in help_text and "--data-dir" in help_text
    out = CliRunner().invoke(app, ["--data-dir", str(tmp_path / "d"), "run", "extract"])
    assert str(tmp_path / "d" / "source") in out.output  # the option decides where data is


def test_status_fits_80_columns_and_shows_real_durations(extracted):
    from rich.console import Console

    s = extracted[0]
    buf = io.StringIO()
    console = Console(file=buf, width=80, force_terminal=False, color_system=None)
    show_status(s, console=console)
    lines = buf.getvalue().splitlines()
    assert lines and max(len(line) for line in lines) <= 80
    text = buf.getvalue()
    assert "extract" in text and "messages" in text
    rec = load_run_records(s, "extract")[-1]
    assert rec["duration_s"] > 0
    assert " ms" in text or " s" in text
    assert "0.0s" not in text
    # the CLI option
    out = CliRunner().invoke(app, ["status", "--width", "80"])
    assert out.exit_code == 0 and max(map(len, out.output.splitlines())) <= 80
    json.dumps(rec)  # the record stays plain JSON
    assert partition_files(s.raw_dir, "messages", rec["partition"] or extracted[1])
