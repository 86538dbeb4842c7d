"""Export stage: build new versions of every training dataset from the warehouse marts.

``run(partition, settings)`` builds ``sft``, ``bugfix`` and ``preference`` over the whole
warehouse (``partition`` is recorded, not used: a training set is a snapshot of everything
consented so far). It refuses to run when ``state/quality/latest.json`` says the latest gate
failed; when that file is missing it proceeds and every manifest records
``quality_gate: missing``. Each run writes new immutable versions (never overwrites).
"""

from __future__ import annotations

from transforms.config import Settings
from transforms.pipelines import StageResult, stage_run


def run(partition: str | None, settings: Settings) -> StageResult:
    """Build all three datasets; counts are rows per dataset and split plus removals."""
    from transforms.exports.build import build_exports

    with stage_run("export", partition, settings) as result:
        summary = build_exports(
            settings, datasets="all", include_unresolved=False, run_id=result.run_id
        )
        result.inputs = [str(settings.warehouse_path)]
        for name, ds in summary["datasets"].items():
            result.outputs.append(ds["path"])
            for split, n in ds["rows"].items():
                result.counts[f"rows.{name}.{split}"] = n
            result.counts[f"rows.{name}"] = sum(ds["rows"].values())
            for reason, n in ds["removed_by_reason"].items():
                result.counts[f"removed.{name}.{reason}"] = n
        result.counts["users.consent_excluded"] = summary["consent"]["users_excluded"]
        result.details.update(
            versions={name: ds["version"] for name, ds in summary["datasets"].items()},
            consent_snapshot_id=summary["consent"]["snapshot_id"],
            quality_gate=summary["quality_gate"],
            warehouse_sha256=summary["warehouse_sha256"],
        )
    return result
