"""The Airflow assets that chain the stage DAGs (one per lake zone / product).

Imported by DAG files at parse time: keep it to ``airflow.sdk`` only.
"""

from __future__ import annotations

from airflow.sdk import Asset

RAW_LAKE = Asset("iw://lake/raw", group="lake", extra={"zone": "raw", "pii": True})
CLEAN_LAKE = Asset("iw://lake/clean", group="lake", extra={"zone": "clean", "pii": False})
WAREHOUSE = Asset("iw://warehouse/duckdb", group="warehouse")
QUALITY_GATE = Asset("iw://quality/gate", group="quality")
TRAINING_EXPORTS = Asset("iw://exports/training", group="exports")
