"""Quality gates: Great Expectations suites (``expectations/*.json``) and the gate that runs them.

``run_gate(settings, partition)`` validates, writes a report under ``reports/quality/`` and the
verdict to ``state/quality/latest.json``, and raises :class:`QualityGateFailed` on failure.
Heavy imports (great_expectations, duckdb) happen inside the functions.
"""

from transforms.quality.gate import (
    QualityGateFailed,
    QualityGateFailedBefore,
    QualityGateMissing,
    latest_path,
    read_verdict,
    require_passed_gate,
    run_gate,
    validate,
)

__all__ = [
    "QualityGateFailed",
    "QualityGateFailedBefore",
    "QualityGateMissing",
    "latest_path",
    "read_verdict",
    "require_passed_gate",
    "run_gate",
    "validate",
]
