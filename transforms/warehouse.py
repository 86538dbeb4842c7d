"""Warehouse connections. Analysts use :func:`transforms.privacy.access.connect_analyst`
(query-only, the one documented read path); this module holds the PRIVILEGED connection the
pipelines and operators use.

>>> con = connect_privileged(Settings.from_env())                   # pipelines / operators only
>>> con.sql("select * from mart_fix_loop_funnel").pl()              # marts: unqualified
>>> con.execute("select count(*) from lake.messages").fetchall()     # clean lake: lake.<table>

The warehouse file is attached read-only (the warehouse stage swaps in new builds atomically, so
a reader never blocks it and never sees half a build); ``lake.<table>`` are views over
``settings.clean_dir``. It is a full DuckDB connection, so it can still read any file the
process can (the raw lake included) and write files with ``COPY``: never hand it to an analyst.
Sessions run in UTC so dates match the marts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from transforms.config import Settings
from transforms.contracts.platform import TABLES
from transforms.io import duckdb_uri, read_json, register_filesystems, sql_str, table_files
from transforms.paths import is_within, location_key

if TYPE_CHECKING:
    import duckdb

WAREHOUSE_ALIAS = "warehouse"
LAKE_ALIAS = "lake"


def clean_lake_tables(settings: Settings) -> dict[str, list[Path]]:
    """Tables of the clean lake that have at least one committed Parquet file -> the files."""
    found = {}
    for name in TABLES:
        files = table_files(settings.clean_dir, name)
        if files:
            found[name] = files
    return found


def lake_view_sql(name: str, files: list[Path]) -> str:
    """``create view <name>`` over exactly ``files`` (hive ``dt`` column, columns by name):
    the active files of one Delta version (:func:`transforms.io.table_files`), never a glob,
    since files a commit removed stay on disk until VACUUM. The view is pinned to the version
    read when it was created."""
    source = "[" + ", ".join(sql_str(duckdb_uri(f)) for f in files) + "]"
    return (
        f"create view {name} as select * from read_parquet({source}, "
        "hive_partitioning = true, union_by_name = true)"
    )


def connect_privileged(settings: Settings | None = None) -> duckdb.DuckDBPyConnection:
    """PRIVILEGED: an in-memory DuckDB session with the warehouse attached read-only (and
    selected) and ``lake.<table>`` views over the clean lake. Writes to the warehouse are
    refused, but the session can read any file the process can (the raw lake included): for
    pipelines and operators; analysts get :func:`transforms.privacy.access.connect_analyst`."""
    import duckdb

    settings = settings or Settings.from_env()
    warehouse = settings.warehouse_path
    if not warehouse.exists():
        raise FileNotFoundError(
            f"no warehouse at {warehouse}: build it first (iw run warehouse, or make demo)"
        )
    clean, raw = location_key(settings.clean_dir), location_key(settings.raw_dir)
    if is_within(clean, raw):
        raise ValueError(
            f"clean lake {clean} lies inside the raw lake {raw}; refusing to expose it"
        )
    con = duckdb.connect()
    try:
        con.execute("set TimeZone = 'UTC'")
        con.execute(f"attach {sql_str(str(warehouse))} as {WAREHOUSE_ALIAS} (read_only)")
        con.execute(f"attach ':memory:' as {LAKE_ALIAS}")
        register_filesystems(con, settings.clean_dir)
        for name, files in clean_lake_tables(settings).items():
            con.execute(lake_view_sql(f"{LAKE_ALIAS}.{name}", files))
        con.execute(f"use {WAREHOUSE_ALIAS}")
    except BaseException:
        con.close()
        raise
    return con


def marts(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the mart tables (``dim_``/``fct_``/``mart_``/``train_``) in the warehouse."""
    rows = con.execute(
        "select table_name from information_schema.tables where table_catalog = ? "
        "and table_schema = 'main' and regexp_matches(table_name, '^(dim|fct|mart|train)_') "
        "order by table_name",
        [WAREHOUSE_ALIAS],
    ).fetchall()
    return [r[0] for r in rows]


# --- the quality gate's verdict on the warehouse ---------------------------------------------
# One definition of where the verdict lives and how it is read: the gate writes it, the export
# stage refuses a warehouse it failed, the scale bench resets it. It is here, in the core layer,
# because it describes the warehouse build the gate judged, and every layer above may read it.
def latest_path(settings: Settings) -> Path:
    """Where the latest quality-gate verdict is recorded (``state/quality/latest.json``)."""
    return settings.state_dir / "quality" / "latest.json"


def read_verdict(settings: Settings) -> dict | None:
    """The latest gate verdict, or ``None`` when the gate never ran."""
    return read_json(latest_path(settings), default=None)
