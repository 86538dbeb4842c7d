"""Stage ``quality``: the data-quality gate between the warehouse and the exports.

Validates the clean lake (the given partition, or every partition) and the training marts of
the warehouse against the suites in ``expectations/``; writes a Markdown + JSON report under
``settings.reports_dir/quality/`` and the verdict to ``settings.state_dir/quality/latest.json``.
On failure raises :class:`transforms.quality.QualityGateFailed` (the run record says failed and
the export stage refuses to run).
"""

from __future__ import annotations

from transforms.config import Settings
from transforms.pipelines import StageResult, stage_run


def run(partition: str | None, settings: Settings) -> StageResult:
    """Run the gate; counts: suites passed/failed/skipped, failed expectations, rows per suite."""
    from transforms.quality import QualityGateFailed, run_gate

    with stage_run("quality", partition, settings) as result:
        result.inputs = [str(settings.clean_dir), str(settings.warehouse_path)]
        try:
            report, md = run_gate(settings, partition, run_id=result.run_id)
        except QualityGateFailed as exc:
            _fill(result, exc.report, exc.report_path)
            raise
        _fill(result, report, md)
    return result


def _fill(result: StageResult, report, md) -> None:
    result.outputs = [str(md), str(md.with_suffix(".json"))]
    result.counts = {
        "suites.passed": sum(1 for s in report.suites if s.passed and not s.skipped),
        "suites.failed": sum(1 for s in report.suites if not s.passed),
        "suites.skipped": sum(1 for s in report.suites if s.skipped),
        "expectations.failed": len(report.failed_expectations),
        **{f"rows.{s.name}": s.rows for s in report.suites if not s.skipped},
    }
    result.details["report"] = str(md)
    result.details["passed"] = report.passed
