"""Ingest benchmark: our validated NDJSON -> Parquet extraction vs DuckDB and polars.

``bench_ingest(settings, messages)`` generates ``messages`` messages into a temp dir, then
converts the same ``messages`` export files (gzip NDJSON, one file per day) to zstd Parquet
three ways, in the same run:

- ours: :func:`transforms.pipelines.extract.extract_files` (typed parse, required-value and
  drift checks, quarantine, one Delta Lake commit per partition);
- DuckDB: ``COPY (SELECT * FROM read_json(files, columns={typed})) TO ... (FORMAT parquet)``;
- polars: ``scan_ndjson(files, schema=...)`` + timestamp parse + ``sink_parquet``.

Each contender runs in a fresh subprocess (so peak RSS is its own, and imports are not timed),
contenders alternate for ``repeats`` rounds and the best time of each counts (the machine is
shared; best-of damps noise from other jobs). Every output is checked to hold all rows.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from transforms.config import Settings

CONTENDERS = ("ours", "duckdb", "polars")


def bench_ingest(settings: Settings, messages: int, *, repeats: int = 3) -> dict[str, Any]:
    """Rows/s of ours vs DuckDB vs polars on the same generated messages files."""
    if messages < 1:
        raise ValueError(f"messages must be >= 1, got {messages}")
    from transforms.simulator.generator import generate

    tmp = Path(tempfile.mkdtemp(prefix="iw-bench-ingest-"))
    try:
        source = tmp / "source"
        t0 = time.perf_counter()
        counts = generate(
            replace(settings, data_dir=tmp), messages=messages, to=source, progress=False
        )
        gen_s = time.perf_counter() - t0
        files = sorted(str(p) for p in (source / "messages").glob("dt=*/*.jsonl.gz"))
        rows = counts["messages"]
        best: dict[str, dict[str, Any]] = {}
        for rep in range(repeats):
            for name in CONTENDERS:
                out = tmp / f"out-{name}-{rep}"
                res = _in_subprocess(name, files, out, str(source), settings.workers)
                if res["rows"] != rows:
                    raise RuntimeError(f"{name} wrote {res['rows']} rows, expected {rows}")
                if name not in best or res["seconds"] < best[name]["seconds"]:
                    best[name] = res
                shutil.rmtree(out, ignore_errors=True)
        rate = {n: rows / best[n]["seconds"] for n in CONTENDERS}
        input_mb = sum(Path(f).stat().st_size for f in files) / 1e6
        return {
            "messages": rows,
            "input_files": len(files),
            "input_gz_mb": round(input_mb, 1),
            "ours_rows_per_s": round(rate["ours"]),
            "duckdb_rows_per_s": round(rate["duckdb"]),
            "polars_rows_per_s": round(rate["polars"]),
            "ratio_vs_best": round(rate["ours"] / max(rate["duckdb"], rate["polars"]), 3),
            "peak_rss_mb": best["ours"]["peak_rss_mb"],
            # CPU seconds of the best run: efficiency independent of other jobs on the box
            "ours_cpu_s": best["ours"]["cpu_s"],
            "duckdb_cpu_s": best["duckdb"]["cpu_s"],
            "polars_cpu_s": best["polars"]["cpu_s"],
            "duckdb_peak_rss_mb": best["duckdb"]["peak_rss_mb"],
            "polars_peak_rss_mb": best["polars"]["peak_rss_mb"],
            "repeats": repeats,
            "generate_s": round(gen_s, 2),
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _in_subprocess(
    name: str, files: list[str], out: Path, source: str, workers: int
) -> dict[str, Any]:
    args = json.dumps(
        {"name": name, "files": files, "out": str(out), "source": source, "workers": workers}
    )
    proc = subprocess.run(
        [sys.executable, "-m", "transforms.bench.ingest", args],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{name} contender failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _ours(files: list[str], out: Path, source: str, workers: int) -> int:
    from transforms.pipelines import StageResult
    from transforms.pipelines.extract import extract_files

    settings = Settings(data_dir=out, workers=workers)
    result = StageResult(stage="extract", partition=None)
    extract_files(settings, None, result, tables=["messages"], root=Path(source))
    return result.counts["rows.messages"]


def _duckdb(files: list[str], out: Path, source: str, workers: int) -> int:
    import duckdb

    from transforms.contracts.platform import MESSAGES
    from transforms.contracts.postgres import pg_type

    cols = ", ".join(f"'{f.name}': '{_duck_type(pg_type(f.type))}'" for f in MESSAGES.schema)
    out.mkdir(parents=True)
    con = duckdb.connect()
    con.execute(f"SET threads = {workers}")
    con.execute(
        f"COPY (SELECT * FROM read_json({files!r}, format = 'newline_delimited', "
        f"columns = {{{cols}}})) TO '{out / 'messages.parquet'}' "
        "(FORMAT parquet, COMPRESSION zstd)"
    )
    return con.execute(f"SELECT count(*) FROM '{out / 'messages.parquet'}'").fetchall()[0][0]


def _duck_type(pg: str) -> str:
    return {
        "text": "VARCHAR",
        "integer": "INTEGER",
        "double precision": "DOUBLE",
        "boolean": "BOOLEAN",
        "timestamptz": "TIMESTAMPTZ",
    }[pg]


def _polars(files: list[str], out: Path, source: str, workers: int) -> int:
    import polars as pl

    from transforms.contracts.platform import MESSAGES, TS

    to_pl = {"string": pl.String, "int32": pl.Int32, "double": pl.Float64, "bool": pl.Boolean}
    schema = {f.name: pl.String if f.type == TS else to_pl[str(f.type)] for f in MESSAGES.schema}
    ts = [f.name for f in MESSAGES.schema if f.type == TS]
    out.mkdir(parents=True)
    (
        pl.scan_ndjson(files, schema=schema)
        .with_columns(pl.col(ts).str.to_datetime(time_unit="us", time_zone="UTC"))
        .sink_parquet(out / "messages.parquet", compression="zstd")
    )
    return pl.scan_parquet(out / "messages.parquet").select(pl.len()).collect().item()


def _child(argv: list[str]) -> None:
    """Subprocess entry: run one contender, print ``{"rows","seconds","peak_rss_mb"}``."""
    import importlib
    import resource

    a = json.loads(argv[0])
    fn = {"ours": _ours, "duckdb": _duckdb, "polars": _polars}[a["name"]]
    # import before the clock starts: we time conversion, not interpreter start-up
    for mod in {
        "ours": ("transforms.pipelines.extract",),
        "duckdb": ("duckdb",),
        "polars": ("polars",),
    }[a["name"]] + ("transforms.source.postgres",):
        importlib.import_module(mod)
    u0 = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    rows = fn(a["files"], Path(a["out"]), a["source"], a["workers"])
    seconds = time.perf_counter() - t0
    u1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (u1.ru_utime + u1.ru_stime) - (u0.ru_utime + u0.ru_stime)
    print(
        json.dumps(
            {
                "rows": rows,
                "seconds": seconds,
                "cpu_s": round(cpu, 3),
                "peak_rss_mb": round(u1.ru_maxrss / 1024, 1),
            }
        )
    )


if __name__ == "__main__":
    _child(sys.argv[1:])
