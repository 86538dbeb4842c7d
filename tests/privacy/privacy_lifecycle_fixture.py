"""One generated dataset taken through the whole privacy lifecycle, shared by the erasure,
consent and master-key tests (built once per session: the chain costs ~60 s on 2 cores).

Steps: generate -> extract -> redact -> warehouse -> quality -> export (v1); plant a training
consent withdrawal (new source day) and extract + redact it; ``forget`` one exported user plus
the generator's deletion request; ``forget`` again (must be a no-op); re-extract and re-redact
every source file (must not resurrect anyone); retention run. Everything the tests compare
against is captured *before* the erasure, independently of the erasure module's own capture.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from transforms.config import Settings
from transforms.io import list_partitions, partition_dir, read_json

MASTER_KEY = "MK-7c1e0d9a4b-privacy-lifecycle-Zq83"


@dataclass
class Lifecycle:
    settings: Settings
    erased: list[str]  # source user ids erased
    consent_user: str  # withdrew training consent only
    user_keys: dict[str, str]  # user id -> user_key before erasure
    needles: dict[str, str]  # value -> kind, must be absent after erasure
    registry_before: dict[str, Any]
    registry_after: dict[str, Any]
    registry_after_rerun: dict[str, Any]
    first: dict[str, Any]
    rerun: dict[str, Any]
    reports_after_first: list[str]
    reports_after_rerun: list[str]
    retention: Any = None
    results: dict[str, Any] = field(default_factory=dict)
    # user keys in each dataset's first export version, read before the erasure purged it
    export_users_before: dict[str, set[str]] = field(default_factory=dict)


def _raw(settings: Settings, table: str) -> pl.DataFrame:
    return pl.read_parquet(str(settings.raw_dir / table / "dt=*" / "*.parquet"))


def _export_users(settings: Settings, dataset: str, version: str) -> set[str]:
    files = sorted((settings.exports_dir / dataset / version).glob("*.parquet"))
    return set(pl.read_parquet(files)["user_key"].to_list()) if files else set()


def _plant_consent_withdrawal(settings: Settings, user_id: str, day: dt.date) -> None:
    """Append the platform's record of a withdrawal: a consent event and the re-emitted user."""
    users = _raw(settings, "users").filter(pl.col("user_id") == user_id).sort("updated_at")
    row = users.row(-1, named=True)
    at = dt.datetime(day.year, day.month, day.day, 9, 30, tzinfo=dt.UTC)
    stamp = at.isoformat().replace("+00:00", "Z")
    user = {
        **{k: v for k, v in row.items() if k not in ("signup_at", "updated_at")},
        "signup_at": row["signup_at"].isoformat().replace("+00:00", "Z"),
        "training_ok": False,
        "analytics_ok": True,
        "updated_at": stamp,
    }
    event = {
        "event_id": f"c_withdraw_{user_id}",
        "user_id": user_id,
        "analytics_ok": True,
        "training_ok": False,
        "changed_at": stamp,
        "updated_at": stamp,
    }
    for table, rec in (("users", user), ("consent_events", event)):
        d = partition_dir(settings.source_dir, table, day)
        d.mkdir(parents=True, exist_ok=True)
        with gzip.open(d / "part-withdrawal.jsonl.gz", "wt") as fh:
            fh.write(json.dumps(rec) + "\n")


def _reports(settings: Settings) -> list[str]:
    d = settings.reports_dir / "erasure"
    return sorted(p.name for p in d.iterdir()) if d.exists() else []


@pytest.fixture(scope="session")
def lifecycle(tmp_path_factory) -> Lifecycle:
    from transforms.pipelines import get_stage
    from transforms.pipelines import retention as retention_stage
    from transforms.pipelines.erasure import forget
    from transforms.privacy.erasure import table_text
    from transforms.privacy.pseudonyms import KeyStore
    from transforms.simulator.generator import generate

    data = tmp_path_factory.mktemp("privacy-lifecycle")
    s = Settings(data_dir=data, workers=2, pseudonym_key=MASTER_KEY, raw_ttl_days=30)
    generate(s, users=12, days=2, seed=11)
    results = {st: get_stage(st)(None, s) for st in ("extract", "redact", "warehouse", "quality")}
    results["export"] = get_stage("export")(None, s)
    registry_before = read_json(s.exports_dir / "registry.json")

    keys = KeyStore.from_settings(s)
    keys.load()
    users = _raw(s, "users")
    all_ids = sorted(set(users["user_id"].to_list()))
    user_keys = {u: keys.user_key(u) for u in all_ids if keys.has(u)}
    by_key = {k: u for u, k in user_keys.items()}
    sft_v1 = results["export"].details["versions"]["sft"]
    in_sft = sorted(by_key[k] for k in _export_users(s, "sft", sft_v1))
    requested = sorted(set(_raw(s, "deletion_requests")["user_id"].to_list()))
    assert requested, "the generator plants deletion requests"
    current = users.sort("updated_at").unique("user_id", keep="last")
    analytics = set(current.filter(pl.col("analytics_ok"))["user_id"].to_list())
    candidates = [u for u in in_sft if u not in requested]
    assert len(candidates) >= 2, f"need two exported users, got {in_sft}"
    manual = candidates[0]
    consent_user = next(u for u in candidates[1:] if u in analytics)
    erased = sorted({manual, *requested})

    # what must vanish: ids, user keys, identifiers and planted values of the erased users'
    # rows, minus values that other users' raw rows also contain (a shared first name)
    from transforms.contracts.platform import TABLES

    mine_pk: set[tuple[str, str]] = set()
    others_text = []
    for name, t in TABLES.items():
        raw = _raw(s, name)
        mine = raw.filter(pl.col("user_id").is_in(erased))
        mine_pk |= {(name, str(pk)) for pk in mine[t.primary_key].to_list()}
        others_text.append(table_text(raw.filter(~pl.col("user_id").is_in(erased)).to_arrow()))
    others = "\n".join(others_text)
    with gzip.open(s.source_dir / "_gold" / "labels.jsonl.gz", "rt") as fh:
        gold = [json.loads(line) for line in fh]
    values = {g["value"] for g in gold if (g["table"], str(g["row_id"])) in mine_pk}
    for row in users.filter(pl.col("user_id").is_in(erased)).iter_rows(named=True):
        values |= {row["email"], row["full_name"], row["phone"]}
    needles = {v: "value" for v in values if v and len(v) >= 4 and v not in others}
    needles |= {u: "user_id" for u in erased}
    needles |= {user_keys[u]: "user_key" for u in erased if u in user_keys}

    days = sorted(dt.date.fromisoformat(d) for d in list_partitions(s.raw_dir, "users"))
    first_day, last_day = days[0], days[-1]
    withdrawal_day = last_day + dt.timedelta(days=1)
    _plant_consent_withdrawal(s, consent_user, withdrawal_day)
    get_stage("extract")(withdrawal_day.isoformat(), s)
    get_stage("redact")(withdrawal_day.isoformat(), s)

    export_users_before = {
        name: _export_users(s, name, version)
        for name, version in results["export"].details["versions"].items()
    }
    first = forget(s, [manual])
    registry_after = read_json(s.exports_dir / "registry.json")
    reports_after_first = _reports(s)
    rerun = forget(s, [manual])
    registry_after_rerun = read_json(s.exports_dir / "registry.json")
    reports_after_rerun = _reports(s)
    # a full re-extraction of the platform's files must not resurrect erased users
    results["reextract"] = get_stage("extract")(None, s)
    results["reredact"] = get_stage("redact")(None, s)
    retention = retention_stage.run(None, s, reference=first_day + dt.timedelta(days=31))
    return Lifecycle(
        settings=s,
        erased=erased,
        consent_user=consent_user,
        user_keys=user_keys,
        needles=needles,
        registry_before=registry_before,
        registry_after=registry_after,
        registry_after_rerun=registry_after_rerun,
        first=first,
        rerun=rerun,
        reports_after_first=reports_after_first,
        reports_after_rerun=reports_after_rerun,
        retention=retention,
        results=results,
        export_users_before=export_users_before,
    )


def active_files(settings: Settings) -> list[Path]:
    """The active tree the tests scan (same definition as the erasure verification)."""
    from transforms.privacy.erasure import active_tree_files

    return active_tree_files(settings)
