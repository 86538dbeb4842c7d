"""The whole chain with the lake on a real S3 API (moto's server), against a local-lake twin.

One tiny generated dataset (12 users, 2 days, seed 11) runs extract -> redact -> warehouse ->
quality -> export twice: first with the lake on local disk, then with ``IW_LAKE_DIR`` =
``s3://<bucket>/lake``. The second run gets a copy of the first run's per-user salts (keys live
in the data dir, never in the lake), so both runs pseudonymise identically and every number
must agree: marts, export splits, lake status.

The object-store layout promised by the storage layer: every ``<zone>/<table>/`` is a Delta
table (``_delta_log/`` beside its ``dt=YYYY-MM-DD/`` partition prefixes); readers use exactly
the active files of a version, files a commit replaced stay until VACUUM, and nothing of the
lake is ever written to local disk.

Tests run in file order: the last two (rerun, erasure) change the S3 lake.
"""

from __future__ import annotations

import gzip
import json
import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from transforms.config import Settings
from transforms.contracts.platform import TABLES
from transforms.io import list_partitions, read_partition

# ~3 min (two whole chains plus an erasure on moto's S3): it runs with the other scale-out
# suites in `make test-scale`, which CI runs after `make test`, so the default suite stays
# under 10 minutes. The S3 commit protocol itself is tested in the default suite
# (tests/storage/test_delta_s3_writers.py).
pytestmark = pytest.mark.scale

CHAIN = ("extract", "redact", "warehouse", "quality", "export")
ZONES = ("raw", "clean", "audit", "quarantine")
MART_PREFIXES = ("dim_", "fct_", "mart_", "train_")
RUN_DEPENDENT_MARTS = {"mart_pipeline_runs"}  # counts run records: differs between runs
DELTA_LOG = "_delta_log"
# lake-location overrides that must not leak in from the calling environment
LAKE_ENV = ("IW_LAKE_DIR", "IW_SOURCE_DIR", "IW_SOURCE_URL", "IW_WAREHOUSE")


# --- helpers: the bucket as the tests see it --------------------------------------------------
def _bucket_key(url: str) -> str:
    """``s3://bucket/lake`` -> ``bucket/lake`` (s3fs paths carry no scheme)."""
    return str(url).removeprefix("s3://").rstrip("/")


def _lake_objects(fs, lake_key: str) -> list[str]:
    fs.invalidate_cache()
    return sorted(fs.find(lake_key))


def _partition_prefixes(fs, lake_key: str) -> dict[str, list[str]]:
    """``<lake>/<zone>/<table>/dt=D`` -> every object key under it (zones only, no staging)."""
    depth = len(lake_key.split("/"))
    out: dict[str, list[str]] = defaultdict(list)
    for key in _lake_objects(fs, lake_key):
        parts = key.split("/")
        if len(parts) > depth + 3 and parts[depth] in ZONES and parts[depth + 2].startswith("dt="):
            out["/".join(parts[: depth + 3])].append(key)
    return dict(out)


def _resolve(prefix: str, entry: Any) -> str:
    """A manifest entry (file name, key or URL; or a dict naming one) -> bucket key."""
    if isinstance(entry, dict):
        entry = entry.get("path") or entry.get("name") or entry.get("file") or entry.get("key")
    assert isinstance(entry, str) and entry, f"unreadable manifest entry {entry!r} in {prefix}"
    entry = entry.removeprefix("s3://")
    bucket = prefix.split("/", 1)[0]
    return entry if entry.startswith(bucket + "/") else f"{prefix}/{entry.lstrip('/')}"


def _manifest_keys(fs, prefix: str) -> list[str]:
    """The active files of partition ``prefix`` (``bucket/.../<zone>/<table>/dt=D``) in the
    current version of its Delta table, as bucket keys."""
    from transforms.io import partition_files
    from transforms.paths import lake_path

    table_key, day = prefix.rsplit("/dt=", 1)
    zone_key, table = table_key.rsplit("/", 1)
    files = partition_files(lake_path(f"s3://{zone_key}"), table, day)
    return sorted(str(f).removeprefix("s3://") for f in files)


def _check_partition(fs, prefix: str, keys: list[str]) -> list[str]:
    """Problems of one partition prefix (empty when its table's log and objects agree)."""
    table_key = prefix.rsplit("/dt=", 1)[0]
    if not fs.exists(f"{table_key}/{DELTA_LOG}"):
        return [f"{table_key}: no {DELTA_LOG}"]
    listed = _manifest_keys(fs, prefix)
    problems = []
    missing = [k for k in listed if k not in keys]
    if missing:
        problems.append(f"{prefix}: active in the log but absent {missing}")
    return problems


def _committed_rows(fs, prefix: str) -> int:
    rows = 0
    for key in _manifest_keys(fs, prefix):
        with fs.open(key, "rb") as fh:
            rows += pq.ParquetFile(fh).metadata.num_rows
    return rows


def _read_zone(fs, lake_key: str, zone: str) -> dict[str, pa.Table]:
    """Every parquet object of a zone (committed or not), per table."""
    out: dict[str, list[pa.Table]] = defaultdict(list)
    for key in _lake_objects(fs, f"{lake_key}/{zone}"):
        if key.endswith(".parquet"):
            with fs.open(key, "rb") as fh:
                out[key.split("/")[len(lake_key.split("/")) + 1]].append(pq.read_table(fh))
    return {t: pa.concat_tables(parts, promote_options="default") for t, parts in out.items()}


def _as_text(tables: dict[str, pa.Table]) -> str:
    return "\n".join(json.dumps(t.to_pylist(), default=str) for t in tables.values())


# --- the two runs -----------------------------------------------------------------------------
@dataclass
class Run:
    settings: Settings
    results: dict[str, Any] = field(default_factory=dict)  # stage -> StageResult | exception
    raw_days: dict[str, list[str]] = field(default_factory=dict)
    lake_status: list[dict[str, Any]] = field(default_factory=list)

    def result(self, stage: str):
        """The stage's result; a stage that raised re-raises its exception here."""
        got = self.results.get(stage)
        if got is None:
            pytest.fail(f"stage {stage} did not run: an earlier stage failed ({self.failed})")
        if isinstance(got, BaseException):
            raise got
        return got

    @property
    def failed(self) -> str | None:
        return next((s for s, r in self.results.items() if isinstance(r, BaseException)), None)


def _mart_counts(settings: Settings) -> dict[str, int]:
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        names = [
            r[0]
            for r in con.execute(
                "select table_name from information_schema.tables "
                "where table_schema = 'main' and table_type = 'BASE TABLE'"
            ).fetchall()
        ]
        return {
            n: con.execute(f'select count(*) from "{n}"').fetchall()[0][0]
            for n in sorted(names)
            if n.startswith(MART_PREFIXES) and n not in RUN_DEPENDENT_MARTS
        }
    finally:
        con.close()


def _export_rows(settings: Settings) -> dict[str, dict[str, int]]:
    """Per dataset, rows per split of the latest active version (registry + its files)."""
    from transforms.exports.registry import latest_active, list_versions

    out = {}
    for dataset in ("sft", "bugfix", "preference"):
        version = latest_active(settings, dataset)
        assert version, f"no active {dataset} export version in {settings.exports_dir}"
        entry = next(v for v in list_versions(settings, dataset) if v["version"] == version)
        files = sorted((settings.exports_dir / dataset / version).glob("*.parquet"))
        on_disk = sum(pq.ParquetFile(f).metadata.num_rows for f in files)
        assert on_disk == sum(entry["rows"].values()), f"{dataset} {version}: files != registry"
        out[dataset] = dict(entry["rows"])
    return out


def _gold_values(source_dir: Path) -> set[str]:
    with gzip.open(source_dir / "_gold" / "labels.jsonl.gz", "rt") as fh:
        gold = [json.loads(line) for line in fh]
    assert any(g["type"] == "EMAIL_ADDRESS" for g in gold)
    assert any(g["type"] == "SECRET" for g in gold)
    return {g["value"] for g in gold if len(g["value"]) >= 6}


def _generate(settings: Settings) -> None:
    from transforms.simulator.generator import generate

    generate(settings, users=12, days=2, seed=11)


@dataclass
class Chain:
    local: Run
    s3: Run
    local_marts: dict[str, int]
    local_exports: dict[str, dict[str, int]]
    lake_url: str
    cwd: Path


@pytest.fixture(scope="module")
def chain(s3_lake, tmp_path_factory):
    from transforms.pipelines import get_stage
    from transforms.status import collect_status

    with pytest.MonkeyPatch.context() as mp:
        for name in LAKE_ENV:
            mp.delenv(name, raising=False)

        # 1. the reference: same data, lake on local disk
        local = Run(Settings(data_dir=tmp_path_factory.mktemp("local-lake"), workers=2))
        _generate(local.settings)
        for stage in CHAIN:
            local.results[stage] = get_stage(stage)(None, local.settings)
        local.raw_days = {n: list_partitions(local.settings.raw_dir, n) for n in TABLES}
        local.lake_status = collect_status(local.settings)["lake"]
        local_marts = _mart_counts(local.settings)
        local_exports = _export_rows(local.settings)

        # 2. the lake on S3; run from an empty cwd so a URL mistaken for a relative path shows
        cwd = tmp_path_factory.mktemp("s3-run-cwd")
        mp.chdir(cwd)
        mp.setenv("IW_LAKE_DIR", s3_lake)
        s3 = Run(Settings(data_dir=tmp_path_factory.mktemp("s3-lake-data"), workers=2))
        _generate(s3.settings)
        # identical salts -> identical user_keys and pseudonyms -> comparable outputs
        shutil.copytree(local.settings.keys_dir, s3.settings.keys_dir)
        for stage in CHAIN:
            try:
                s3.results[stage] = get_stage(stage)(None, s3.settings)
            except Exception as exc:  # reported by the tests that need this stage
                s3.results[stage] = exc
                break
        yield Chain(local, s3, local_marts, local_exports, s3_lake, cwd)


# --- tests --------------------------------------------------------------------------------------
def test_lake_is_on_s3_and_every_stage_succeeds(chain):
    s = chain.s3.settings
    assert str(s.lake_dir).startswith("s3://"), f"lake_dir is {s.lake_dir!r}"
    assert str(s.clean_dir).startswith(chain.lake_url), s.clean_dir
    for stage in CHAIN:
        assert chain.local.result(stage).status == "success", f"local {stage}"
        result = chain.s3.result(stage)
        assert result.status == "success", f"{stage}: {result.status} {result.details}"
    assert chain.s3.result("extract").counts == chain.local.result("extract").counts
    assert chain.s3.result("redact").counts == chain.local.result("redact").counts


def test_nothing_of_the_lake_is_written_locally(chain, s3_fs):
    s = chain.s3.settings
    chain.s3.result("redact")
    local_lake = s.data_dir / "lake"
    assert not local_lake.exists() or not any(p.is_file() for p in local_lake.rglob("*")), (
        f"lake files written under {local_lake}"
    )
    stray = [
        p
        for p in s.data_dir.rglob("*")
        if p.is_file()
        and (p.suffix == ".parquet" or p.name == DELTA_LOG)
        and not p.is_relative_to(s.exports_dir)
        and not p.is_relative_to(s.keys_dir)
    ]
    assert not stray, f"lake files on local disk: {stray[:5]}"
    # Path("s3://b/lake") is the relative path "s3:/b/lake": nothing may land there
    for where in (chain.cwd, s.data_dir, s.dbt_project_dir, s.repo_dir):
        assert not (where / "s3:").exists(), f"{where / 's3:'} created (URL used as a path)"
    in_cwd = [p for p in chain.cwd.rglob("*") if p.suffix == ".parquet" or p.name == DELTA_LOG]
    assert not in_cwd, f"lake files written relative to cwd: {in_cwd[:5]}"


def test_s3_partitions_are_delta_commits(chain, s3_fs):
    chain.s3.result("redact")
    lake_key = _bucket_key(chain.lake_url)
    prefixes = _partition_prefixes(s3_fs, lake_key)
    zones = {p.split("/")[len(lake_key.split("/"))] for p in prefixes}
    assert {"raw", "clean", "audit"} <= zones, f"zones on S3: {sorted(zones)}"
    for name, days in chain.local.raw_days.items():
        on_s3 = sorted(
            p.rsplit("dt=", 1)[1] for p in prefixes if p.startswith(f"{lake_key}/raw/{name}/")
        )
        assert on_s3 == days, f"raw {name}: S3 days {on_s3} != local {days}"
    problems = [pr for p, k in sorted(prefixes.items()) for pr in _check_partition(s3_fs, p, k)]
    assert not problems, "\n".join(problems[:10])


def test_no_staging_or_temp_objects_left_on_s3(chain, s3_fs):
    chain.s3.result("redact")
    lake_key = _bucket_key(chain.lake_url)
    leftovers = [
        k
        for k in _lake_objects(s3_fs, lake_key)
        if "/_staging/" in k or k.endswith((".tmp", ".old")) or ".tmp/" in k or ".old/" in k
    ]
    assert not leftovers, f"staging/temporary objects left: {leftovers[:10]}"


def test_warehouse_marts_match_the_local_lake_run(chain):
    chain.s3.result("warehouse")
    marts = _mart_counts(chain.s3.settings)
    assert chain.local_marts, "the local run built no marts"
    assert {"train_sft_conversations", "fct_messages", "dim_users"} <= set(chain.local_marts)
    assert chain.local_marts["fct_messages"] > 0
    assert chain.local_marts["train_sft_conversations"] > 0
    assert marts == chain.local_marts


def test_exports_match_the_local_run_and_verify(chain):
    from transforms.exports.verify import verify_version

    result = chain.s3.result("export")
    s = chain.s3.settings
    exports = _export_rows(s)
    assert sum(chain.local_exports["sft"].values()) > 0
    assert exports == chain.local_exports
    for dataset, version in result.details["versions"].items():
        assert verify_version(s.exports_dir / dataset / version) == [], dataset


def test_planted_pii_absent_from_the_s3_clean_lake(chain, s3_fs):
    chain.s3.result("redact")
    s = chain.s3.settings
    values = _gold_values(s.source_dir)
    lake_key = _bucket_key(chain.lake_url)
    clean = _read_zone(s3_fs, lake_key, "clean")
    assert clean.get("messages") is not None and clean["messages"].num_rows > 0
    raw_text = _as_text(_read_zone(s3_fs, lake_key, "raw"))
    planted = {v for v in values if v in raw_text}
    assert planted, "no planted value found in the S3 raw lake: the check would be vacuous"
    text = _as_text(clean)
    if chain.s3.results.get("export") and not chain.s3.failed:
        text += "\n" + _as_text(
            {str(f): pq.read_table(f) for f in sorted(s.exports_dir.rglob("*.parquet"))}
        )
    leaked = sorted(v for v in values if v in text)
    assert not leaked, f"planted values in the S3 clean lake/exports: {leaked[:5]}"


def test_status_reports_the_s3_partitions(chain, s3_fs):
    from transforms.status import collect_status

    chain.s3.result("redact")
    status = collect_status(chain.s3.settings)
    assert status["lake_dir"] == chain.lake_url
    lake = {t["table"]: t for t in status["lake"]}
    messages = lake["messages"]
    assert messages["raw"]["partitions"] == len(chain.local.raw_days["messages"]) > 0
    assert messages["raw"]["rows"] > 0 and messages["clean"]["rows"] == messages["raw"]["rows"]
    # rows equal what the tables' current versions hold
    lake_key = _bucket_key(chain.lake_url)
    for zone in ("raw", "clean"):
        committed = sum(
            _committed_rows(s3_fs, p)
            for p in _partition_prefixes(s3_fs, lake_key)
            if p.startswith(f"{lake_key}/{zone}/messages/")
        )
        assert messages[zone]["rows"] == committed, zone
    assert status["lake"] == chain.local.lake_status
    assert status["freshness"]["newest_partition"] == max(chain.local.raw_days["messages"])


def test_analyst_connection_reads_the_s3_clean_lake_and_nothing_else(chain):
    from transforms.privacy.access import connect_analyst
    from transforms.warehouse import clean_lake_tables

    s = chain.s3.settings
    expected = sum(
        read_partition(s.clean_dir, "messages", d).num_rows
        for d in list_partitions(s.clean_dir, "messages")
    )
    assert "messages" in clean_lake_tables(s)
    with connect_analyst(s) as con:
        assert con.execute("select count(*) from lake.messages").fetchall()[0][0] == expected
        assert con.execute("select count(*) from fct_messages").fetchall()[0][0] > 0
        raw = f"{s.raw_dir}/messages/*/*.parquet"
        with pytest.raises(duckdb.Error) as denied:
            con.execute(f"select count(*) from read_parquet('{raw}')").fetchall()
        assert "Permission" in str(denied.value)


def test_readers_follow_manifests_not_orphan_files(chain, s3_fs):
    """A killed writer's parts sit beside a committed partition until its next commit: the
    Python readers, the analyst's views and the dbt build must all ignore them."""
    import pyarrow.compute as pc

    from transforms.io import partition_files, read_partition
    from transforms.pipelines import get_stage
    from transforms.warehouse import connect_privileged

    chain.s3.result("warehouse")
    s = chain.s3.settings
    day = list_partitions(s.clean_dir, "messages")[0]
    committed = read_partition(s.clean_dir, "messages", day)
    total = sum(
        read_partition(s.clean_dir, "messages", d).num_rows
        for d in list_partitions(s.clean_dir, "messages")
    )
    # an orphan with NEW primary keys (dedup on message_id would hide plain copies)
    orphan = committed.set_column(
        committed.schema.get_field_index("message_id"),
        "message_id",
        pc.binary_join_element_wise(committed["message_id"], "-orphan", ""),
    )
    prefix = f"{_bucket_key(str(s.clean_dir))}/messages/dt={day}"
    orphan_key = f"{prefix}/part-0bad0bad0bad-00000.parquet"
    with s3_fs.open(orphan_key, "wb") as fh:
        pq.write_table(orphan, fh)
    try:
        assert orphan_key.rsplit("/", 1)[-1] not in [
            f.name for f in partition_files(s.clean_dir, "messages", day)
        ]
        assert read_partition(s.clean_dir, "messages", day).num_rows == committed.num_rows
        con = connect_privileged(s)
        try:
            assert con.execute("select count(*) from lake.messages").fetchall()[0][0] == total
        finally:
            con.close()
        assert get_stage("warehouse")(None, s).status == "success"
        assert _mart_counts(s)["fct_messages"] == chain.local_marts["fct_messages"]
    finally:
        s3_fs.rm(orphan_key)


def test_rerun_of_a_partition_is_idempotent_on_s3(chain, s3_fs):
    from transforms.pipelines import get_stage

    chain.s3.result("redact")
    s = chain.s3.settings
    lake_key = _bucket_key(chain.lake_url)
    day = chain.local.raw_days["messages"][0]

    def snapshot() -> tuple[dict[str, int], dict[str, int], int]:
        prefixes = {
            p: k
            for p, k in _partition_prefixes(s3_fs, lake_key).items()
            if p.endswith(f"/dt={day}")
        }
        rows = {p: _committed_rows(s3_fs, p) for p in prefixes}
        objects = {p: len(k) for p, k in prefixes.items()}
        return rows, objects, len(_lake_objects(s3_fs, lake_key))

    rows_before, objects_before, _ = snapshot()
    raw_prefix = f"{lake_key}/raw/messages/dt={day}"
    assert raw_prefix in rows_before, f"no raw messages dt={day} on S3"
    listed_before = _manifest_keys(s3_fs, raw_prefix)
    assert get_stage("extract")(day, s).status == "success"
    assert get_stage("redact")(day, s).status == "success"
    # extract rewrote the partition (a new commit, new file names); the replaced files stay
    # for time travel until VACUUM, which then removes exactly them
    assert _manifest_keys(s3_fs, raw_prefix) != listed_before, "raw partition not rewritten"
    from transforms.lake_maintenance import maintain

    maintain(s, vacuum_hours=0)
    s3_fs.invalidate_cache()
    rows_after, objects_after, _ = snapshot()
    assert rows_after == rows_before
    assert objects_after == objects_before, "objects under the partition prefixes grew"
    prefixes = _partition_prefixes(s3_fs, lake_key)
    problems = [pr for p in rows_after for pr in _check_partition(s3_fs, p, prefixes[p])]
    assert not problems, "\n".join(problems)


def test_erasure_removes_a_user_from_the_s3_lake(chain, s3_fs):
    """Last test: it rewrites the S3 lake."""
    from transforms.pipelines import get_stage
    from transforms.privacy.pseudonyms import KeyStore

    chain.s3.result("export")
    s = chain.s3.settings
    lake_key = _bucket_key(chain.lake_url)
    raw = _read_zone(s3_fs, lake_key, "raw")
    requests = raw.get("deletion_requests")
    requested = set(requests["user_id"].to_pylist()) if requests is not None else set()
    active = sorted(set(raw["messages"]["user_id"].to_pylist()) - requested)
    assert active, "no user with messages and without a deletion request"
    user = active[0]
    keys = KeyStore.from_settings(s)
    keys.load()
    user_key = keys.user_key(user)
    clean_before = _read_zone(s3_fs, lake_key, "clean")
    assert user_key in set(clean_before["messages"]["user_key"].to_pylist())

    result = get_stage("erasure")(None, s, users=[user])
    assert result.status == "success"
    assert result.details["erasure"].get("verification_passed"), result.details["erasure"]
    assert result.counts["rows_removed.clean"] > 0

    clean = _read_zone(s3_fs, lake_key, "clean")
    assert clean["messages"].num_rows > 0
    assert user_key not in _as_text(clean), "the erased user's user_key is in the S3 clean lake"
    for name, tbl in _read_zone(s3_fs, lake_key, "raw").items():
        if "user_id" in tbl.column_names:
            assert user not in set(tbl["user_id"].to_pylist()), f"raw {name}"
    quarantine = _as_text(_read_zone(s3_fs, lake_key, "quarantine"))
    assert user not in quarantine, "the erased user's id is in the S3 quarantine"
    prefixes = _partition_prefixes(s3_fs, lake_key)
    problems = [pr for p, k in sorted(prefixes.items()) for pr in _check_partition(s3_fs, p, k)]
    assert not problems, "\n".join(problems[:10])
