"""Build new export versions from the warehouse marts: the one entry point (CLI and stage).

For each requested dataset: stream its mart from the pinned warehouse snapshot in record
batches, run the curation pipeline (consent -> dataset rules -> quality filters ->
raw-identifier guard -> decontamination -> exact dedup -> near dedup -> splits; the dedup
steps see items best-first, see ``exports/streaming.py``), write an immutable version shard by
shard and register it. Refuses to run when the latest quality gate failed. Memory is set by
the batch size and ``IW_MEMORY_LIMIT``, not by the mart size.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path
from typing import Any

from transforms.config import Settings
from transforms.exports.options import ExportOptions

DATASETS = ("sft", "bugfix", "preference")


def resolve_datasets(datasets: str | list[str] | tuple[str, ...]) -> list[str]:
    """``"all"`` / ``"sft,bugfix"`` / list -> validated dataset names in canonical order."""
    names = datasets.split(",") if isinstance(datasets, str) else list(datasets)
    names = [n.strip() for n in names if n.strip()]
    if not names or "all" in names:
        return list(DATASETS)
    unknown = [n for n in names if n not in DATASETS]
    if unknown:
        raise ValueError(f"unknown dataset(s) {unknown}; choose from {', '.join(DATASETS)} or all")
    return [n for n in DATASETS if n in names]


def build_exports(
    settings: Settings,
    datasets: str = "all",
    include_unresolved: bool = False,
    *,
    options: ExportOptions | None = None,
    run_id: str | None = None,
    verdict: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Build one new version per requested dataset; returns a summary per dataset.

    ``include_unresolved`` keeps SFT sessions whose outcome is not ``success``. Thresholds come
    from ``options`` (default: ``ExportOptions.from_env()``). ``verdict`` replaces the latest
    gate verdict only for ``iw export reproduce``, which rebuilds a past version in a scratch
    warehouse under the verdict recorded in that version's manifest and never publishes.
    """
    from transforms.exports.sources import (
        quality_gate_status,
        read_warehouse,
        require_verdict_for,
    )
    from transforms.exports.specs import SPECS

    names = resolve_datasets(datasets)
    opts = options or ExportOptions.from_env()
    if include_unresolved:
        opts = opts.with_(include_unresolved=True)
    gate = verdict if verdict is not None else quality_gate_status(settings)  # raises if failed
    specs = [SPECS[n] for n in names]
    with read_warehouse(settings, specs) as snap:
        if verdict is None:
            require_verdict_for(gate, snap.sha256)  # a stale verdict never stamps a newer build
        return _build(settings, snap, specs, opts, gate, run_id)


def _build(
    settings: Settings,
    snap: Any,
    specs: list,
    opts: ExportOptions,
    gate: dict[str, Any],
    run_id: str | None,
) -> dict[str, Any]:
    """Curate, sort and write each dataset from the pinned warehouse ``snap``, streaming: one
    batch of mart rows, the compact keys and one row group are in memory at a time."""
    from transforms.exports import curation as cur
    from transforms.exports.card import render_card
    from transforms.exports.decontam import build_eval_index
    from transforms.exports.ordering import sorted_rows, split_files
    from transforms.exports.registry import register_version
    from transforms.exports.sources import (
        latest_dbt_run,
        redaction_policy,
        simulated_source,
        warehouse_lake_versions,
    )
    from transforms.exports.specs import curation_steps
    from transforms.exports.stats import DatasetStats
    from transforms.exports.streaming import BATCH_ROWS, curate
    from transforms.exports.writer import write_version

    consent = snap.consent
    eval_index = build_eval_index(opts.eval_set_path, opts.decontam_ngram)
    policy = redaction_policy()
    dbt_run = latest_dbt_run(settings)
    synthetic = simulated_source(settings)
    lake_versions = warehouse_lake_versions(settings)
    thresholds = opts.describe()
    # the content hash must not depend on where the checkout lives: identify the eval set by hash
    config_for_hash = {
        **thresholds,
        "eval_set_path": None,
        "eval_set_sha256": eval_index.sha256,
        "split_salt_sha256": _sha(settings.split_salt),
        "warehouse_sha256": snap.sha256,
        "consent_snapshot_id": consent.snapshot_id,
        "redaction_policy": policy["hash"],
    }
    summary: dict[str, Any] = {
        "datasets": {},
        "consent": consent.describe(),
        "quality_gate": gate["status"],
        "warehouse_sha256": snap.sha256,
    }
    for spec in specs:
        t0 = time.perf_counter()
        steps = [
            *curation_steps(
                spec,
                opts,
                consent=cur.ConsentFilter(consent.allowed, consent.known),
                eval_index=eval_index,
            ),
            cur.AssignSplits(settings.split_salt, opts.split_fractions),
        ]
        scratch = settings.data_dir / "tmp" / "exports"
        scratch.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=f"{spec.name}-", dir=scratch) as tmp:
            spill = Path(tmp) / "rows.parquet"
            result = curate(snap.con, spec, steps, spill, batch_rows=BATCH_ROWS)
            stats_acc = DatasetStats(spec.name)
            stats_acc.add(spec.schema.empty_table())
            splits = split_files(
                sorted_rows(spec, spill, result.frame, Path(tmp), batch_rows=BATCH_ROWS),
                spec.schema,
                Path(tmp),
                on_table=stats_acc.add,
            )
            spill.unlink()
            by_step = {s["step"]: s for s in result.steps}
            stats = stats_acc.result()
            manifest = {
                "source_mart": f"main.{spec.mart}",
                # the clean-lake Delta versions the warehouse was built from (time travel source)
                "lake_versions": lake_versions,
                "source": {
                    "warehouse": snap.describe() | {"rows": snap.rows[spec.name]},
                    "dbt_run": dbt_run,
                    "quality_gate": gate,
                    "export_run_id": run_id,
                },
                "consent": consent.describe() | {"rows_excluded": by_step["consent"]["removed"]},
                "redaction_policy": policy,
                "thresholds": thresholds,
                "config_for_hash": config_for_hash,
                "curation": {
                    "rows_in": result.rows_in,
                    "steps": result.steps,
                    "removed_by_reason": result.removed_by_reason,
                },
                "dedup": {"exact": by_step["exact_dedup"], "near": by_step["near_dedup"]},
                "decontamination": by_step["decontaminate"] | {"eval_set": eval_index.describe()},
                "splits": by_step["assign_splits"],
                "schema": [{"name": f.name, "type": str(f.type)} for f in spec.schema],
                "stats": stats,
                "license": {"id": opts.license, "name": opts.license_name},
                "synthetic_source": synthetic,
            }
            written = write_version(
                settings,
                spec.name,
                splits,
                schema=spec.schema,
                opts=opts,
                manifest=manifest,
                config_for_hash=config_for_hash,
                render_card=lambda m, spec=spec: render_card(spec, m),
            )
        register_version(
            settings,
            spec.name,
            {
                "version": written.version,
                # relative to the exports root: a copied exports directory stays valid
                "path": written.path.relative_to(settings.exports_dir).as_posix(),
                "created_at": written.manifest["created_at"],
                "rows": written.manifest["rows"],
                "content_hash": written.manifest["content_hash"],
                "consent_snapshot_id": consent.snapshot_id,
            },
        )
        summary["datasets"][spec.name] = {
            "version": written.version,
            "path": str(written.path),
            "rows": written.manifest["rows"],
            "rows_in": result.rows_in,
            "removed_by_reason": result.removed_by_reason,
            "seconds": round(time.perf_counter() - t0, 3),
        }
    summary["finished_at"] = dt.datetime.now(dt.UTC).isoformat()
    return summary


def _sha(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode()).hexdigest()
