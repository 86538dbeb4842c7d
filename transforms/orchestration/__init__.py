"""Airflow orchestration: asset names, DAG defaults, bootstrap, the demo runner and harnesses.

The DAG files in ``dags/`` stay thin: they import only this package's light modules
(``assets``, ``defaults``, ``partitions``, ``alerts``, ``cosmos_dbt``) at parse time and call
one ``transforms.pipelines`` function per task at run time. Heavy modules (polars, duckdb,
presidio, dbt, great_expectations) are imported inside task functions only.

Chain (each DAG is triggered by the asset its upstream updates)::

    extract_platform --iw://lake/raw--> redact_interactions --iw://lake/clean-->
    build_warehouse --iw://warehouse/duckdb--> quality_gate --iw://quality/gate-->
    export_training_sets --iw://exports/training-->

Asset events carry ``{"partitions": [...]}`` (``null`` = every partition present) so each
downstream run processes the days its upstream produced.
"""

from __future__ import annotations

# Stage DAG ids in chain order (the demo runner and the tests walk this list).
DAG_IDS: tuple[str, ...] = (
    "extract_platform",
    "redact_interactions",
    "build_warehouse",
    "quality_gate",
    "export_training_sets",
)

# The Airflow pool that serialises every writer of the DuckDB warehouse file.
WAREHOUSE_POOL = "duckdb_warehouse"
WAREHOUSE_POOL_SLOTS = 1

OWNER = "data-platform"
