"""``iw status``: last run of each stage, lake partitions and row counts, data freshness.

Everything is read from files (run records, Parquet footers, the warehouse file's stat), so
status works with or without Airflow and never opens the warehouse for writing. Row counts
come from Parquet metadata (footers only), not from scanning data.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from transforms.config import Settings
from transforms.contracts.platform import TABLES
from transforms.io import list_partitions, table_files, table_version
from transforms.pipelines import STAGES


def load_run_records(
    settings: Settings, stage: str | None = None, since: str | None = None
) -> list[dict[str, Any]]:
    """Run records (oldest first), optionally for one stage and started at/after ``since``."""
    root = settings.state_dir / "runs"
    stages = [stage] if stage else [p.name for p in sorted(root.iterdir())] if root.exists() else []
    records = []
    for name in stages:
        for path in sorted((root / name).glob("*.json")):
            try:
                record = json.loads(path.read_text())
            except json.JSONDecodeError as exc:
                raise ValueError(f"corrupt run record {path}: {exc}") from exc
            if since is None or str(record.get("started_at", "")) >= since:
                records.append(record)
    return sorted(records, key=lambda r: str(r.get("started_at", "")))


def last_runs(settings: Settings) -> dict[str, dict[str, Any] | None]:
    """The newest run record of each stage (``None`` when it never ran)."""
    out: dict[str, dict[str, Any] | None] = {}
    for stage in STAGES:
        records = load_run_records(settings, stage)
        out[stage] = records[-1] if records else None
    return out


def _parquet_facts(files: list[Path], ts_column: str | None) -> tuple[int, dt.datetime | None]:
    """Row count and max of ``ts_column`` from Parquet footers (statistics), no data scan."""
    from transforms.io import parquet_file

    rows, newest = 0, None
    for f in files:
        meta = parquet_file(f).metadata
        rows += meta.num_rows
        if ts_column is None:
            continue
        names = [meta.schema.column(i).name for i in range(meta.num_columns)]
        if ts_column not in names:
            continue
        col = names.index(ts_column)
        for rg in range(meta.num_row_groups):
            stats = meta.row_group(rg).column(col).statistics
            if stats is not None and stats.has_min_max:
                value = stats.max
                if isinstance(value, dt.datetime):
                    value = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
                    newest = value if newest is None or value > newest else newest
    return rows, newest


def lake_status(settings: Settings) -> list[dict[str, Any]]:
    """Per table: partitions and rows in raw / clean / quarantine, newest day and updated_at."""
    out = []
    for name in TABLES:
        row: dict[str, Any] = {"table": name}
        for zone, root in (
            ("raw", settings.raw_dir),
            ("clean", settings.clean_dir),
            ("quarantine", settings.quarantine_dir),
        ):
            version = table_version(root, name)  # pin one version for days and files
            days = list_partitions(root, name, version) if version is not None else []
            files = table_files(root, name, days, version) if version is not None else []
            rows, newest_ts = _parquet_facts(files, "updated_at" if zone != "quarantine" else None)
            row[zone] = {
                "partitions": len(days),
                "version": version,
                "first": days[0] if days else None,
                "last": days[-1] if days else None,
                "rows": rows,
                "newest_updated_at": newest_ts.isoformat() if newest_ts else None,
            }
        out.append(row)
    return out


def _age(iso: str | None, now: dt.datetime) -> str:
    if not iso:
        return "-"
    when = dt.datetime.fromisoformat(iso)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    seconds = max(0.0, (now - when).total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds / size:.1f}{unit}"
    return f"{seconds:.0f}s"


def collect_status(settings: Settings, now: dt.datetime | None = None) -> dict[str, Any]:
    """Everything ``iw status`` shows, as a dict."""
    now = now or dt.datetime.now(dt.UTC)
    lake = lake_status(settings)
    newest_raw = max((t["raw"]["last"] or "" for t in lake), default="")
    newest_clean = max((t["clean"]["last"] or "" for t in lake), default="")
    newest_ts = max((t["raw"]["newest_updated_at"] or "" for t in lake), default="")
    wh = settings.warehouse_path
    from transforms.orchestration.alerts import list_alerts

    alerts = list_alerts(settings, limit=5)
    return {
        "now": now.isoformat(),
        "data_dir": str(settings.data_dir),
        "lake_dir": str(settings.lake_dir),
        "runs": last_runs(settings),
        "lake": lake,
        "freshness": {
            "newest_partition": newest_raw or None,
            "newest_clean_partition": newest_clean or None,
            "newest_updated_at": newest_ts or None,
            "updated_at_lag": _age(newest_ts or None, now),
        },
        "warehouse": {
            "path": str(wh),
            "exists": wh.exists(),
            "bytes": wh.stat().st_size if wh.exists() else 0,
            "modified": dt.datetime.fromtimestamp(wh.stat().st_mtime, dt.UTC).isoformat()
            if wh.exists()
            else None,
        },
        "alerts": alerts,
    }


def _run_counts(record: dict[str, Any]) -> str:
    counts = record.get("counts") or {}
    rows = sum(v for k, v in counts.items() if k.startswith("rows.") and isinstance(v, int))
    parts = [f"rows={rows:,}"] if rows else []
    for key in ("spans.total", "quarantined.total"):
        if key in counts:
            parts.append(f"{key}={counts[key]:,}")
    if not parts:
        parts = [f"{k}={v}" for k, v in list(counts.items())[:3]]
    return " ".join(parts)


def _duration(record: dict[str, Any]) -> str:
    """``duration_s`` (or finished - started) as ``12 ms`` / ``3.4 s`` / ``2 m 05 s``."""
    seconds = record.get("duration_s")
    if not seconds and record.get("finished_at") and record.get("started_at"):
        try:
            seconds = (
                dt.datetime.fromisoformat(str(record["finished_at"]))
                - dt.datetime.fromisoformat(str(record["started_at"]))
            ).total_seconds()
        except ValueError:
            seconds = None
    if seconds is None:
        return "-"
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} m {rest:02d} s"


# Below this many columns the secondary columns are dropped rather than squeezed.
NARROW_WIDTH = 100


def show_status(
    settings: Settings, console: Any = None, width: int | None = None
) -> dict[str, Any]:
    """Print the status as rich tables; returns what it printed (see :func:`collect_status`).

    ``width`` (default: the terminal's) below 100 columns drops the secondary columns
    (start time, newest clean dt, newest updated_at) instead of squeezing every cell."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console(width=width)
    status = collect_status(settings)
    now = dt.datetime.fromisoformat(status["now"])
    narrow = console.width < NARROW_WIDTH

    runs = Table(title=f"Last run per stage  ({status['data_dir']})")
    run_cols = ("stage", "status", "partition", "started", "age", "duration", "counts")
    shown = [c for c in run_cols if not (narrow and c == "started")]
    for col in shown:
        runs.add_column(col, overflow="fold")
    for stage, rec in status["runs"].items():
        if rec is None:
            runs.add_row(stage, "[dim]never[/dim]", *[""] * (len(shown) - 2))
            continue
        colour = "green" if rec.get("status") == "success" else "red"
        cells = {
            "stage": stage,
            "status": f"[{colour}]{rec.get('status')}[/{colour}]",
            "partition": str(rec.get("partition") or "all"),
            "started": str(rec.get("started_at", ""))[:19],
            "age": _age(rec.get("started_at"), now),
            "duration": _duration(rec),
            "counts": _run_counts(rec),
        }
        runs.add_row(*[cells[c] for c in shown])
    console.print(runs)

    lake = Table(title=f"Lake: partitions and rows (from Parquet footers)  ({status['lake_dir']})")
    lake_cols = (
        "table",
        "raw days",
        "raw rows",
        "raw v",
        "clean days",
        "clean rows",
        "clean v",
        "quarantined",
        "newest raw dt",
        "newest clean dt",
        "newest updated_at",
    )
    lake_shown = [
        c for c in lake_cols if not (narrow and c in ("newest clean dt", "newest updated_at"))
    ]
    for col in lake_shown:
        lake.add_column(
            col.replace(" ", "\n") if narrow else col,
            justify="right" if col not in ("table",) else "left",
            overflow="fold",
        )
    for t in status["lake"]:
        raw, clean = t["raw"], t["clean"]
        cells = {
            "table": t["table"],
            "raw days": str(raw["partitions"]),
            "raw rows": f"{raw['rows']:,}",
            "raw v": "-" if raw["version"] is None else str(raw["version"]),
            "clean days": str(clean["partitions"]),
            "clean rows": f"{clean['rows']:,}",
            "clean v": "-" if clean["version"] is None else str(clean["version"]),
            "quarantined": f"{t['quarantine']['rows']:,}",
            "newest raw dt": raw["last"] or "-",
            "newest clean dt": clean["last"] or "-",
            "newest updated_at": (raw["newest_updated_at"] or "-")[:19],
        }
        lake.add_row(*[cells[c] for c in lake_shown])
    console.print(lake)

    fresh, wh = status["freshness"], status["warehouse"]
    console.print(
        f"Freshness: newest raw dt [bold]{fresh['newest_partition'] or '-'}[/bold], clean dt "
        f"[bold]{fresh['newest_clean_partition'] or '-'}[/bold], newest "
        f"updated_at {(fresh['newest_updated_at'] or '-')[:19]} ({fresh['updated_at_lag']} ago)"
    )
    console.print(
        f"Warehouse: {wh['path']} "
        + (
            f"{wh['bytes'] / 1e6:.1f} MB, built {_age(wh['modified'], now)} ago"
            if wh["exists"]
            else "[yellow]not built[/yellow]"
        )
    )
    if status["alerts"]:
        last = status["alerts"][0]
        console.print(
            f"[red]Alerts: {len(status['alerts'])} recent; last {last['at'][:19]} "
            f"{last['dag_id']}.{last['task_id']}: {last['error_type']}[/red]"
        )
    return status
