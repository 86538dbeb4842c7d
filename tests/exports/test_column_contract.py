"""Issue 19: one column contract per dataset. ``transforms.exports.specs`` holds each dataset's
schema (names, Arrow types, descriptions): the writer casts to it, the data card renders it, and
this test checks it against the dbt model contract of the mart it reads (names and types in
``dbt/models/marts/training/_training__models.yml``, enforced by dbt), so none of the four can
drift without a failing test."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest
import yaml

from transforms.exports.specs import SPECS

CONTRACTS = Path(__file__).resolve().parents[2] / "dbt/models/marts/training/_training__models.yml"
DBT_TO_ARROW = {
    "varchar": pa.string(),
    "integer": pa.int32(),
    "bigint": pa.int64(),
    "double": pa.float64(),
    "boolean": pa.bool_(),
    "timestamptz": pa.timestamp("us", tz="UTC"),
    "struct(role varchar, content varchar)[]": pa.list_(
        pa.struct([pa.field("role", pa.string()), pa.field("content", pa.string())])
    ),
}

# Mart text columns the export renders into TRL's conversational format (a message list):
# the same name on both sides on purpose (what preference trainers expect).
RENDERED_AS_MESSAGES = {("preference", "prompt"), ("preference", "chosen"),
                        ("preference", "rejected")}  # fmt: skip


def _contracts() -> dict[str, dict[str, str]]:
    doc = yaml.safe_load(CONTRACTS.read_text())
    return {
        m["name"]: {c["name"]: c.get("data_type") for c in m.get("columns", [])}
        for m in doc["models"]
    }


@pytest.mark.parametrize("name", sorted(SPECS))
def test_export_columns_are_the_mart_contract(name):
    spec = SPECS[name]
    contract = _contracts()[spec.mart]
    # every column the export reads is a typed, enforced column of the mart's contract
    missing = [c for c in spec.mart_columns if c not in contract]
    assert not missing, f"{spec.mart} contract lacks {missing}"
    assert all(contract[c] for c in spec.mart_columns)
    # a column exported under its mart name keeps the contract's type
    for field in spec.schema:
        if field.name in spec.mart_columns:
            if (name, field.name) in RENDERED_AS_MESSAGES:
                assert contract[field.name] == "varchar"
                assert field.type == DBT_TO_ARROW["struct(role varchar, content varchar)[]"]
                continue
            want = DBT_TO_ARROW[contract[field.name]]
            got = field.type
            assert got == want or (pa.types.is_integer(got) and pa.types.is_integer(want)), (
                f"{name}.{field.name}: export type {got} vs mart contract {contract[field.name]}"
            )


@pytest.mark.parametrize("name", sorted(SPECS))
def test_card_describes_every_schema_column(name):
    spec = SPECS[name]
    assert list(spec.fields) == spec.schema.names
    assert all(spec.fields[n].strip() for n in spec.schema.names)
