"""``iw``: the command line, a thin layer over ``transforms.pipelines`` and friends.

Kept as one module: one short function per command, grouped by sub-command (pii, bench,
export, lake) under section comments, so ``iw --help`` maps to one file.

Heavy modules are imported inside each command so ``iw --help`` stays instant. An expected
failure prints one line (what happened, what to do) and exits 1; ``--verbose`` or
``IW_DEBUG=1`` shows the traceback instead.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from transforms.config import Settings, debug_requested, set_data_dir

# usage errors (bad option values) already print one line through typer's own handling
_ClickException = typer.BadParameter.__mro__[1]


def _debug(ctx: typer.Context) -> bool:
    root = ctx.find_root()
    return bool(root.params.get("verbose")) or debug_requested()


def error_line(exc: BaseException) -> str:
    """One line for an expected failure: the message, never a traceback."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, FileNotFoundError) and exc.filename and str(exc.filename) not in text:
        text = f"{text}: {exc.filename}"
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted"
    return text


class OneLineErrors(TyperGroup):
    """Turns any exception of a command into ``error: <message>`` on stderr, exit 1."""

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, _ClickException):
            raise
        except Exception as exc:
            if _debug(ctx):
                raise
            typer.echo(f"error: {error_line(exc)} (details: --verbose or IW_DEBUG=1)", err=True)
            raise typer.Exit(1) from None


app = typer.Typer(
    cls=OneLineErrors,
    help=(
        "interaction-warehouse: platform logs -> privacy-safe training sets and analytics.\n\n"
        "Data lives under IW_DATA_DIR (default ./data; or --data-dir). Errors are one line; "
        "--verbose or IW_DEBUG=1 shows tracebacks."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


@app.callback()
def main(
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data-dir",
            envvar="IW_DATA_DIR",
            help="Data directory (lake, warehouse, state, exports). Env: IW_DATA_DIR.",
        ),
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show tracebacks on errors (or IW_DEBUG=1).")
    ] = False,
) -> None:
    """interaction-warehouse command line."""
    if data_dir is not None:  # child processes (Airflow, dbt) inherit it too
        set_data_dir(data_dir)


pii_app = typer.Typer(
    help="Detect, redact and evaluate PII/secrets in JSONL text.", no_args_is_help=True
)
bench_app = typer.Typer(
    help="Side-by-side benchmarks (ours vs a baseline, same run).", no_args_is_help=True
)
export_app = typer.Typer(
    help="Build and verify training-set exports.", no_args_is_help=True, invoke_without_command=True
)
app.add_typer(pii_app, name="pii")
app.add_typer(bench_app, name="bench")
app.add_typer(export_app, name="export")
lake_app = typer.Typer(
    help="Delta Lake housekeeping: migrate, compact/vacuum, versions.", no_args_is_help=True
)
app.add_typer(lake_app, name="lake")

Partition = Annotated[
    str | None,
    typer.Option("--partition", "-p", help="Day YYYY-MM-DD to process (default: all present)."),
]


def _settings() -> Settings:
    return Settings.from_env()


def _print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, sort_keys=True, default=str) + "\n")


@app.command()
def generate(
    users: Annotated[int | None, typer.Option(help="Number of users.")] = None,
    days: Annotated[int | None, typer.Option(help="Days of activity.")] = None,
    messages: Annotated[
        int | None, typer.Option(help="Target message count (sizes users).")
    ] = None,
    seed: Annotated[int | None, typer.Option(help="Random seed (default IW_SEED or 7).")] = None,
    to: Annotated[
        str | None,
        typer.Option(help="Sink: a directory (default <data>/source) or postgresql://... URL."),
    ] = None,
) -> None:
    """Generate a deterministic, realistic platform dataset (NDJSON export files or PostgreSQL)."""
    from transforms.simulator.generator import generate as run_generate

    counts = run_generate(_settings(), users=users, days=days, messages=messages, seed=seed, to=to)
    _print_json(counts)


@app.command("run")
def run_stage(
    stage: Annotated[
        str,
        typer.Argument(
            help="extract | redact | warehouse | quality | export | erasure | retention"
        ),
    ],
    partition: Partition = None,
    allow_shrink: Annotated[
        bool,
        typer.Option(
            "--allow-shrink",
            help="extract: replace a partition even if the new input is unreadable or shrinks "
            "it beyond IW_MAX_PARTITION_SHRINK (logged in the run record).",
        ),
    ] = False,
) -> None:
    """Run one pipeline stage in-process (Airflow runs the same function)."""
    from transforms.paths import day_key
    from transforms.pipelines import get_stage

    # argument errors stop here, before a stage starts (no failed run record for a typo)
    run = get_stage(stage)
    if partition is not None:
        partition = day_key(partition)
    if allow_shrink and stage != "extract":
        raise typer.BadParameter("--allow-shrink only applies to the extract stage")
    settings = _settings()
    if stage == "extract":
        result = run(partition, settings, allow_shrink=allow_shrink)
    else:
        result = run(partition, settings)
    _print_json(result.to_dict())


@app.command()
def demo(
    fresh: Annotated[bool, typer.Option(help="Delete the data dir first.")] = True,
) -> None:
    """Generate demo data and run the whole chain through Airflow, then print a summary."""
    from transforms.demo import run_demo

    raise typer.Exit(run_demo(_settings(), fresh=fresh))


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="One read-only statement (SELECT/WITH/EXPLAIN).")],
    limit: Annotated[int, typer.Option(help="Rows to print (0: all).")] = 50,
    csv: Annotated[bool, typer.Option("--csv", help="CSV on stdout instead of a table.")] = False,
) -> None:
    """Query the warehouse as an analyst: marts unqualified, the clean lake as lake.<table>.

    Goes through connect_analyst (the one analyst read path): reads only, nothing outside the
    clean lake and the warehouse. Example: iw sql "select * from mart_fix_loop_funnel"."""
    import sys

    from transforms.privacy.access import connect_analyst

    with connect_analyst(_settings()) as con:
        frame = con.sql(query).pl()
    shown = frame if limit <= 0 else frame.head(limit)
    if csv:
        shown.write_csv(sys.stdout)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(*shown.columns, caption=f"{shown.height:,} of {frame.height:,} rows")
    for row in shown.iter_rows():
        table.add_row(*("" if v is None else str(v) for v in row))
    Console().print(table)


@app.command()
def status(
    width: Annotated[
        int | None, typer.Option(help="Output width in columns (default: the terminal's).")
    ] = None,
) -> None:
    """Last run of each stage, partitions present, row counts and data freshness."""
    from transforms.status import show_status

    show_status(_settings(), width=width)


@app.command()
def forget(
    user: Annotated[
        list[str] | None, typer.Option("--user", help="Source user id to erase.")
    ] = None,
    block_unknown: Annotated[
        bool,
        typer.Option(
            "--block-unknown",
            help="Tombstone --user ids that have no data yet, so their data never enters.",
        ),
    ] = False,
) -> None:
    """Erase users everywhere (deletion requests from the source plus any --user)."""
    from transforms.pipelines.erasure import forget as run_forget

    summary = run_forget(_settings(), users=user or [], block_unknown=block_unknown)
    _print_json(summary)
    for uid in summary.get("not_found") or []:
        action = "blocked" if block_unknown else "nothing erased (--block-unknown blocks it)"
        typer.echo(f"not found: user {uid} has no data; {action}", err=True)


# --- pii ------------------------------------------------------------------------------------
InputFile = Annotated[
    Path,
    typer.Option(
        "--input", "-i", exists=True, dir_okay=False, help='JSONL lines {"id": ..., "text": ...}.'
    ),
]


@pii_app.command("detect")
def pii_detect(input: InputFile) -> None:
    """Write one line per input: {"id", "spans": [{"start", "end", "type", "score"}]}."""
    from transforms.privacy.api import detect_jsonl

    detect_jsonl(input, sys.stdout, _settings())


@pii_app.command("redact")
def pii_redact(input: InputFile) -> None:
    """Write one line per input: {"id", "text": <redacted>}."""
    from transforms.privacy.api import redact_jsonl

    redact_jsonl(input, sys.stdout, _settings())


@pii_app.command("eval")
def pii_eval(
    messages: Annotated[int, typer.Option(help="Generated messages to score on.")] = 2000,
    out: Annotated[Path | None, typer.Option(help="JSON report path.")] = None,
    corpus: Annotated[
        str | None,
        typer.Option(
            help="External corpus (e.g. presidio_synth) or the path of your own labelled "
            ".jsonl file; default: generated gold."
        ),
    ] = None,
    split: Annotated[str, typer.Option(help="dev, heldout or all (external corpora).")] = "dev",
    baseline: Annotated[
        bool, typer.Option("--baseline/--no-baseline", help="Also score naive Presidio.")
    ] = True,
) -> None:
    """Precision/recall/F1 per type: generated gold by default, or an external --corpus."""
    if corpus is None:
        from transforms.privacy.evaluation.generated_gold import run_eval

        report = run_eval(_settings(), messages=messages, out=out)
        _print_json(report["overall"])
        return
    from transforms.privacy.evaluation.external import evaluate_corpus

    try:
        report = evaluate_corpus(corpus, split, baseline=baseline)
    except (ValueError, FileNotFoundError) as exc:
        raise typer.BadParameter(str(exc)) from None
    if out is not None:
        from transforms.io import write_json_atomic

        write_json_atomic(report, out)
    _print_json(report)


# --- bench ----------------------------------------------------------------------------------
JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON line.")]


@bench_app.command("ingest")
def bench_ingest(
    messages: Annotated[int, typer.Option()] = 200_000, json_: JsonFlag = False
) -> None:
    """Our NDJSON->Parquet extraction vs DuckDB read_json and polars scan_ndjson."""
    from transforms.bench.ingest import bench_ingest as run

    _print_json(run(_settings(), messages=messages))


@bench_app.command("redact")
def bench_redact(docs: Annotated[int, typer.Option()] = 1000, json_: JsonFlag = False) -> None:
    """Our redact stage vs naive per-message Presidio analyze."""
    from transforms.bench.redact import bench_redact as run

    _print_json(run(_settings(), docs=docs))


@bench_app.command("dedup")
def bench_dedup(docs: Annotated[int, typer.Option()] = 20_000, json_: JsonFlag = False) -> None:
    """Our near-dedup vs datasketch MinHashLSH (same shingles, threshold, num_perm)."""
    from transforms.bench.dedup import bench_dedup as run

    _print_json(run(_settings(), docs=docs))


@bench_app.command("airflow")
def bench_airflow(json_: JsonFlag = False) -> None:
    """The demo chain in-process vs through Airflow (same data, one run): wall ratio."""
    from transforms.bench.airflow import bench_airflow as run

    result = run()
    if json_:
        typer.echo(json.dumps(result))
        return
    typer.echo(
        f"in-process {result['in_process_s']} s, Airflow {result['airflow_s']} s "
        f"(ratio {result['ratio']}; bootstrap {result['airflow_bootstrap_s']} s apart)"
    )
    for name, seconds in result["airflow_steps_s"].items():
        typer.echo(f"  airflow {name}: {seconds} s")
    for name, seconds in result["in_process_stages_s"].items():
        typer.echo(f"  in-process {name}: {seconds} s")


@bench_app.command("scale")
def bench_scale(
    messages: Annotated[
        list[int] | None, typer.Option(help="Sizes to run (repeat the option); default 100k, 300k.")
    ] = None,
    json_: JsonFlag = False,
) -> None:
    """The in-process chain at growing sizes: wall, peak RSS and cores per stage, one JSON line
    per size, then the growth of the largest size over the smallest."""
    from transforms.bench.scale import bench_scale as run

    for line in run(_settings(), messages or [100_000, 300_000]):
        _print_json(line)


# --- export ---------------------------------------------------------------------------------
@export_app.callback()
def export_main(
    ctx: typer.Context,
    dataset: Annotated[str, typer.Option(help="sft | bugfix | preference | all")] = "all",
    include_unresolved: Annotated[
        bool,
        typer.Option(help="Keep SFT sessions whose outcome signals say the help did not work."),
    ] = False,
) -> None:
    """Build new immutable export versions from the warehouse marts."""
    if ctx.invoked_subcommand is not None:
        return
    from transforms.exports.build import build_exports

    _print_json(build_exports(_settings(), datasets=dataset, include_unresolved=include_unresolved))


@export_app.command("verify")
def export_verify(
    targets: Annotated[
        list[str],
        typer.Argument(
            help="Export version directories, or dataset names (every active version).",
            metavar="VERSION_DIR_OR_DATASET...",
        ),
    ],
) -> None:
    """Check export versions against their manifests (sha256, sizes, row counts), one line
    per version; exits 1 if any fails."""
    from transforms.exports.registry import list_versions
    from transforms.exports.verify import verify_version

    settings = _settings()
    dirs: list[Path] = []
    for target in targets:
        path = Path(target)
        if path.is_dir():
            dirs.append(path)
            continue
        active = [v for v in list_versions(settings, target) if v.get("status") == "active"]
        if not active:
            raise ValueError(
                f"{target}: neither an export version directory nor a dataset with active "
                f"versions under {settings.exports_dir}"
            )
        # a registry path is relative to the exports directory (absolute in older registries)
        dirs.extend(
            settings.exports_dir / (v.get("path") or f"{target}/{v['version']}") for v in active
        )
    failed = 0
    for d in dirs:
        problems = verify_version(d)
        for p in problems:
            typer.echo(f"FAIL {p}  [{d}]", err=True)
        if problems:
            failed += 1
        else:
            typer.echo(f"OK {d}")
    if failed:
        typer.echo(f"{failed} of {len(dirs)} version(s) failed verification", err=True)
        raise typer.Exit(1)


@export_app.command("eval")
def export_eval(
    messages: Annotated[int, typer.Option(help="Generated messages per seed.")] = 20_000,
    seed: Annotated[
        list[int] | None, typer.Option(help="Seeds to score (default: the held-out seed).")
    ] = None,
) -> None:
    """Content filters' precision/recall on planted low-quality gold (held-out seed)."""
    from transforms.exports.content_eval import HELD_OUT_SEED, evaluate, write_report

    report = evaluate(messages, tuple(seed or (HELD_OUT_SEED,)))
    path = write_report(_settings(), report)
    for s, r in report["seeds"].items():
        typer.echo(
            f"seed {s} ({r['split']}): {r['conversations']} conversations, "
            f"{r['planted_bad']} planted bad: bad dropped {r['bad_dropped']:.3f}, "
            f"good kept {r['good_kept']:.4f}"
        )
        for rule, x in r["by_rule"].items():
            typer.echo(
                f"  {rule:<17} dropped {x['dropped']:>4}  precision {x['precision']:.3f}  "
                f"recall {x['recall']:.3f}  (planted {x['planted']})"
            )
    typer.echo(f"report: {path}")
    if not all(r["meets_targets"] for r in report["seeds"].values()):
        typer.echo("FAIL targets not met (bad dropped >= 0.9, good kept >= 0.95)", err=True)
        raise typer.Exit(1)


@export_app.command("explain")
def export_explain(
    example_id: Annotated[str, typer.Argument(help="A row's example_id, e.g. sft-0123abcd...")],
) -> None:
    """Trace an exported row to its session, message ids, redactions, filters and version."""
    from transforms.exports.explain import explain

    try:
        _print_json(explain(_settings(), example_id))
    except (ValueError, LookupError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


@export_app.command("reproduce")
def export_reproduce(
    version: Annotated[str, typer.Argument(help="<dataset>/<version>, e.g. sft/v2026...Z-abc")],
) -> None:
    """Rebuild an export from the lake versions its manifest pins; exit 1 unless identical."""
    from transforms.pipelines.reproduce import reproduce

    dataset, _, ver = version.strip("/").partition("/")
    if not dataset or not ver:
        raise typer.BadParameter(f"expected <dataset>/<version>, got {version!r}")
    report = reproduce(_settings(), dataset, ver)
    _print_json(report)
    if not report["identical"]:
        raise typer.Exit(1)


# --- lake -----------------------------------------------------------------------------------
@lake_app.command("migrate")
def lake_migrate() -> None:
    """Convert an old `_committed.json` lake to Delta tables in place (rerun: no-op)."""
    from transforms.lake_maintenance import migrate

    _print_json(migrate(_settings()))


@lake_app.command("maintain")
def lake_maintain(
    vacuum_hours: Annotated[
        float | None,
        typer.Option(help="VACUUM retention in hours (default IW_LAKE_VACUUM_HOURS, 168)."),
    ] = None,
) -> None:
    """OPTIMIZE (compact), checkpoint and VACUUM every lake table; file counts before/after."""
    from transforms.lake_maintenance import maintain

    _print_json(maintain(_settings(), vacuum_hours=vacuum_hours))


@lake_app.command("history")
def lake_history(
    table: Annotated[str, typer.Argument(help="<zone>/<table>, e.g. clean/messages")],
    limit: Annotated[int, typer.Option()] = 20,
) -> None:
    """The commits of one lake table, newest first."""
    from transforms.io import history
    from transforms.lake_maintenance import zone_dirs

    zone, _, name = table.partition("/")
    zones = zone_dirs(_settings())
    if zone not in zones or not name:
        raise typer.BadParameter(
            f"expected <zone>/<table> with zone in {sorted(zones)}, got {table!r}"
        )
    for h in history(zones[zone], name, limit):
        _print_json(
            {k: h.get(k) for k in ("version", "timestamp", "operation", "operationMetrics")}
        )


if __name__ == "__main__":
    app()
