"""``iw``: the command line, a thin layer over ``transforms.pipelines`` and friends.

Heavy modules are imported inside each command so ``iw --help`` stays instant.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from transforms.config import Settings

app = typer.Typer(
    help="interaction-warehouse: platform logs -> privacy-safe training sets and analytics.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
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
    from transforms.source.generator import generate as run_generate

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
) -> None:
    """Run one pipeline stage in-process (Airflow runs the same function)."""
    from transforms.pipelines import get_stage

    result = get_stage(stage)(partition, _settings())
    _print_json(result.to_dict())


@app.command()
def demo(
    fresh: Annotated[bool, typer.Option(help="Delete the data dir first.")] = True,
) -> None:
    """Generate demo data and run the whole chain through Airflow, then print a summary."""
    from transforms.demo import run_demo

    raise typer.Exit(run_demo(_settings(), fresh=fresh))


@app.command()
def status() -> None:
    """Last run of each stage, partitions present, row counts and data freshness."""
    from transforms.status import show_status

    show_status(_settings())


@app.command()
def forget(
    user: Annotated[
        list[str] | None, typer.Option("--user", help="Source user id to erase.")
    ] = None,
) -> None:
    """Erase users everywhere (deletion requests from the source plus any --user)."""
    from transforms.privacy.erasure import forget as run_forget

    _print_json(run_forget(_settings(), users=user or []))


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
) -> None:
    """Precision/recall/F1 per type against the generator's gold labels."""
    from transforms.privacy.evaluate import run_eval

    report = run_eval(_settings(), messages=messages, out=out)
    _print_json(report["overall"])


# --- bench ----------------------------------------------------------------------------------
JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON line.")]


@bench_app.command("ingest")
def bench_ingest(
    messages: Annotated[int, typer.Option()] = 200_000, json_: JsonFlag = False
) -> None:
    """Our NDJSON->Parquet extraction vs DuckDB read_json and polars scan_ndjson."""
    from transforms.source.bench import bench_ingest as run

    _print_json(run(_settings(), messages=messages))


@bench_app.command("redact")
def bench_redact(docs: Annotated[int, typer.Option()] = 1000, json_: JsonFlag = False) -> None:
    """Our redact stage vs naive per-message Presidio analyze."""
    from transforms.privacy.bench import bench_redact as run

    _print_json(run(_settings(), docs=docs))


@bench_app.command("dedup")
def bench_dedup(docs: Annotated[int, typer.Option()] = 20_000, json_: JsonFlag = False) -> None:
    """Our near-dedup vs datasketch MinHashLSH (same shingles, threshold, num_perm)."""
    from transforms.exports.bench import bench_dedup as run

    _print_json(run(_settings(), docs=docs))


@bench_app.command("scale")
def bench_scale(
    messages: Annotated[
        list[int] | None, typer.Option(help="Sizes to run (repeat the option); default 100k, 300k.")
    ] = None,
    json_: JsonFlag = False,
) -> None:
    """The in-process chain at growing sizes: wall, peak RSS and cores per stage, one JSON line
    per size, then the growth of the largest size over the smallest."""
    from transforms.orchestration.scale_bench import bench_scale as run

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
def export_verify(path: Annotated[Path, typer.Argument(exists=True, file_okay=False)]) -> None:
    """Check an export version against its manifest (sha256, sizes, row counts)."""
    from transforms.exports.verify import verify_version

    problems = verify_version(path)
    for p in problems:
        typer.echo(f"FAIL {p}", err=True)
    if problems:
        raise typer.Exit(1)
    typer.echo(f"OK {path}")


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


if __name__ == "__main__":
    app()
