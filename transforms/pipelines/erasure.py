"""Stage ``erasure``: process deletion requests (see :mod:`transforms.privacy.erasure`).

``run(partition, settings, users=None)`` erases every user with a deletion request in the raw
lake plus ``users`` (source ids), and records a run. ``partition`` is recorded only: erasure
always covers every partition, warehouse and active export. A rerun is a no-op (status
``noop`` in ``details.erasure``).
"""

from __future__ import annotations

from transforms.config import Settings
from transforms.pipelines import StageResult, stage_run


def run(
    partition: str | None, settings: Settings, *, users: list[str] | None = None
) -> StageResult:
    """Erase requested users everywhere; counts are rows removed per area."""
    from transforms.privacy.erasure import forget

    with stage_run("erasure", partition, settings) as result:
        summary = forget(settings, users or [])
        result.counts["users.erased"] = summary.get("erased", 0)
        result.counts["users.already_erased"] = summary.get("already_erased", 0)
        for area, n in summary.get("rows_removed", {}).items():
            result.counts[f"rows_removed.{area}"] = n
        result.counts["exports.revoked"] = sum(len(v) for v in summary.get("revoked", {}).values())
        if summary.get("report"):
            result.outputs.append(summary["report"])
        result.details["erasure"] = summary
    return result
