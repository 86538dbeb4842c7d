"""``iw demo`` / ``make demo``: demo data, an Airflow home, the whole chain through Airflow.

Steps: (fresh: empty the data dir) -> generate the small demo dataset -> bootstrap an
Airflow home under ``<data>/airflow`` (SQLite, no examples, dags folder = repo ``dags/``,
``airflow db migrate``, the warehouse pool, ``dbt parse`` for cosmos) -> run every stage DAG
with ``airflow dags test`` in chain order -> print a summary read from the run records.

``extract_platform`` runs once per source day (its param ``partition``), exactly as daily
scheduled runs would; the downstream DAGs get the demo's days as their ``partitions`` param
(in production the same list arrives in the triggering asset events). Tasks are not retried
in the demo (``IW_TASK_RETRIES=0``) so a failure shows at once, with the failing task and the
tail of its log. No server is started.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from pathlib import Path
from typing import Any

from transforms.config import Settings
from transforms.orchestration import DAG_IDS
from transforms.orchestration.runner import ChainOutcome, DagStep

# Above this many source days one extract run covers them all (keeps the demo quick).
MAX_DAILY_EXTRACT_RUNS = 5


def wipe_data_dir(settings: Settings) -> None:
    """Delete the data dir's contents, refusing paths that are clearly not a data dir."""
    data = settings.data_dir.resolve()
    repo = settings.repo_dir.resolve()
    forbidden = {Path("/"), Path.home().resolve(), repo, *repo.parents}
    if data in forbidden or data == repo.parent:
        raise ValueError(f"refusing to wipe {data}: not a data directory")
    if not data.exists():
        return
    for child in data.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()


def source_days(settings: Settings) -> list[str]:
    """Every day that has a partition in any source table (NDJSON export files: plain ``dt=``
    directories, not Delta tables)."""
    from transforms.contracts.platform import TABLES
    from transforms.io import list_dir_partitions

    return sorted({d for t in TABLES for d in list_dir_partitions(settings.source_dir, t)})


def demo_steps(days: list[str]) -> list[DagStep]:
    """The chain: extract per day (or once for all), then each downstream DAG once."""
    steps: list[DagStep] = []
    if days and len(days) <= MAX_DAILY_EXTRACT_RUNS:
        for day in days:
            # logical date = interval end, so the run's data interval is exactly [day, day+1)
            end = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
            steps.append(DagStep("extract_platform", {"partition": day}, end, f"extract {day}"))
    else:
        steps.append(DagStep("extract_platform", {"partition": None}, None, "extract all days"))
    downstream_conf = {"partitions": days} if days else {}
    for dag_id in DAG_IDS[1:]:
        steps.append(DagStep(dag_id, downstream_conf, None, dag_id))
    return steps


def _sum_counts(records: list[dict[str, Any]]) -> dict[str, float]:
    counts: dict[str, float] = {}
    for rec in records:
        for key, value in (rec.get("counts") or {}).items():
            if isinstance(value, int | float):
                counts[key] = counts.get(key, 0) + value
    return counts


def _generated_line(counts: dict[str, int]) -> str:
    """Source rows per the tables extract reads; gold labels are evaluation data, not a table,
    so the two totals in the summary can be compared."""
    from transforms.contracts.platform import TABLES

    in_tables = sum(v for k, v in counts.items() if k in TABLES)
    other = {k: v for k, v in counts.items() if k not in TABLES and v}
    extra = "".join(
        f", +{v:,} {k.replace('_', ' ')} (evaluation only, not extracted)"
        for k, v in sorted(other.items())
    )
    return (
        f"generated {in_tables:,} source rows ({counts.get('messages', 0):,} messages{extra}); "
        "extract loads fewer: planted bad rows go to quarantine, deletion-requested users are "
        "dropped"
    )


def _stage_line(stage: str, recs: list[dict[str, Any]], data_dir: Path | None) -> str:
    """What one stage did, in words, from its run records' counts and details."""
    c = _sum_counts(recs)
    rows = int(sum(v for k, v in c.items() if k.startswith("rows.")))
    parts = [f"{len(recs)} run(s)"]
    if stage in ("extract", "redact"):
        parts.append(f"{rows:,} rows")
    if stage == "extract":
        quarantined = int(sum(v for k, v in c.items() if k.startswith("quarantined.")))
        parts.append(f"{quarantined:,} quarantined")
    if stage == "redact" and "spans.total" in c:
        types = sorted(
            (
                (k[6:], v)
                for k, v in c.items()
                if k.startswith("spans.") and k != "spans.total" and v
            ),
            key=lambda kv: -kv[1],
        )
        top = ", ".join(f"{t} {int(v)}" for t, v in types[:4])
        parts.append(f"{int(c['spans.total']):,} PII/secret spans redacted ({top})")
    if stage == "warehouse":
        marts = [k[5:] for k in c if k.startswith("rows.")]
        train = ", ".join(
            f"{m} {int(c['rows.' + m]):,}" for m in sorted(marts) if m.startswith("train_")
        )
        parts.append(f"{len(marts)} marts, {rows:,} rows ({train})")
    if stage == "quality":
        passed = all(r.get("details", {}).get("passed") is not False for r in recs)
        ok = passed and all(r.get("status") == "success" for r in recs)
        parts.append(
            f"gate {'PASSED' if ok else 'FAILED'}: {int(c.get('suites.passed', 0))} "
            f"suites passed, {int(c.get('expectations.failed', 0))} failed expectations"
        )
    if stage == "export":
        datasets = sorted(
            {k.split(".")[1] for k in c if k.count(".") == 1 and k.startswith("rows.")}
        )
        parts.append(", ".join(f"{d} {int(c['rows.' + d]):,} rows" for d in datasets))
        if "users.consent_excluded" in c:
            parts.append(f"{int(c['users.consent_excluded'])} users excluded (no consent)")
        for out in [o for r in recs for o in r.get("outputs") or []]:
            path = Path(out)
            if data_dir is not None and path.is_relative_to(data_dir):
                path = path.relative_to(data_dir)
            parts.append(str(path))
    return "; ".join(parts)


def summarize_runs(
    records: list[dict[str, Any]], data_dir: Path | None = None
) -> list[tuple[str, str, str]]:
    """One (stage, status, what it did) line per stage from this demo's run records."""
    by_stage: dict[str, list[dict[str, Any]]] = {}
    for rec in records:
        by_stage.setdefault(rec["stage"], []).append(rec)
    lines = []
    for stage, recs in by_stage.items():
        status = "success" if all(r.get("status") == "success" for r in recs) else "failed"
        lines.append((stage, status, _stage_line(stage, recs, data_dir)))
    return lines


def _print_failure(console: Any, outcome: ChainOutcome) -> None:
    failed = outcome.failed_step
    what = failed.step.title if failed else "the chain runner"
    console.print(
        f"[bold red]FAILED[/bold red] {what} (exit {outcome.returncode}) - "
        f"full log: {outcome.log_path}"
    )
    if failed is not None and failed.failed_tasks:
        console.print(f"[red]  failed tasks: {', '.join(failed.failed_tasks)}[/red]")
    if failed is not None and failed.error:
        console.print(f"[red]  {failed.error}[/red]", markup=False)
    for alert in outcome.alerts:
        console.print(
            f"  alert: {alert.get('dag_id')}.{alert.get('task_id')}"
            f"[{alert.get('map_index')}] {alert.get('error_type')}: "
            f"{(alert.get('error') or '')[:300]}",
            style="red",
            markup=False,
        )
    console.rule("log tail of the failing task")
    console.print(outcome.log_tail, markup=False, highlight=False, soft_wrap=True)


def run_demo(settings: Settings, fresh: bool = True) -> int:
    """Run the demo end to end; 0 on success, 1 with the failing task's log tail otherwise."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from transforms.orchestration.alerts import alerts_dir
    from transforms.orchestration.bootstrap import airflow_env, bootstrap_airflow
    from transforms.orchestration.runner import run_chain
    from transforms.simulator.generator import generate
    from transforms.status import load_run_records

    console = Console()
    t_start = time.perf_counter()
    started_iso = dt.datetime.now(dt.UTC).isoformat()
    console.rule(f"interaction-warehouse demo  (data: {settings.data_dir})")
    if fresh:
        wipe_data_dir(settings)
    settings.data_dir.mkdir(parents=True, exist_ok=True)

    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=console) as progress:
        task = progress.add_task("generate demo data", total=1)
        counts = generate(settings)
        progress.update(
            task,
            completed=1,
            description=_generated_line(counts),
        )

        task = progress.add_task("bootstrap Airflow (db migrate, pool, dbt parse)", total=1)
        env = airflow_env(settings, extra={"IW_TASK_RETRIES": "0"})
        info = bootstrap_airflow(settings, env)
        progress.update(
            task,
            completed=1,
            description=f"bootstrapped Airflow home {info.airflow_home} "
            f"({sum(info.timings.values()):.0f}s)",
        )

        days = source_days(settings)
        steps = demo_steps(days)
        bars = [progress.add_task(f"[dim]{s.title}[/dim]", total=1, start=False) for s in steps]

        def on_event(event: dict[str, Any]) -> None:
            bar = bars[event["index"]]
            if event["event"] == "start":
                progress.start_task(bar)
                progress.update(bar, description=f"airflow: {event['title']}")
            elif event["state"] == "success":
                progress.update(
                    bar,
                    completed=1,
                    description=f"{event['title']} [green]ok[/green] ({event['seconds']:.0f}s)",
                )
            else:
                progress.update(
                    bar, completed=1, description=f"{event['title']} [red]{event['state']}[/red]"
                )

        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
        log_path = settings.airflow_home / "demo_logs" / f"{stamp}_chain.log"
        outcome = run_chain(
            steps, env, log_path, alerts_dir=alerts_dir(settings), on_event=on_event
        )
    if not outcome.ok:
        _print_failure(console, outcome)
        return 1

    table = Table(
        title=f"Demo summary ({time.perf_counter() - t_start:.0f}s, "
        f"days {days[0] if days else '-'}..{days[-1] if days else '-'})"
    )
    for col in ("stage", "status", "what happened"):
        table.add_column(col)
    for stage, status, text in summarize_runs(
        load_run_records(settings, since=started_iso), settings.data_dir
    ):
        colour = "green" if status == "success" else "red"
        table.add_row(stage, f"[{colour}]{status}[/{colour}]", text)
    console.print(table)
    console.print(f"Airflow home: {settings.airflow_home}  (chain log: {outcome.log_path})")
    console.print(
        "Next: [bold]iw status[/bold]; query the warehouse read-only with "
        '[bold]iw sql "select * from mart_fix_loop_funnel"[/bold] '
        "(or transforms.privacy.access.connect_analyst in Python)"
    )
    return 0
