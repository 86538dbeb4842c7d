"""Per-example lineage: from an exported row back to the data it was made from.

``explain(settings, example_id)`` finds the row in the registered versions of its dataset
(newest first; the dataset is the id's prefix) and reports:

- the version, its manifest content hash and the row's split;
- the source session and the message ids behind the row, as stored in the redacted lake and
  the warehouse (pseudonymous ids; never the raw platform ids, never text);
- the redactions applied to those messages: type -> count, from the redaction audit (types
  and counts only, never values or offsets);
- the curation steps the row passed, with their settings, from the manifest.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow.compute as pc
import pyarrow.parquet as pq

from transforms.config import Settings
from transforms.exports.build import DATASETS
from transforms.exports.registry import list_versions


def _dataset_of(example_id: str) -> str:
    prefix = example_id.split("-", 1)[0]
    if prefix not in DATASETS or "-" not in example_id:
        raise ValueError(
            f"{example_id!r} is not an example id (expected <dataset>-<16 hex>, dataset one of "
            f"{', '.join(DATASETS)})"
        )
    return prefix


def find_row(settings: Settings, example_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(row, registry entry) of the newest registered version holding ``example_id``."""
    dataset = _dataset_of(example_id)
    versions = list_versions(settings, dataset)
    for entry in reversed(versions):
        vdir = settings.exports_dir / entry["path"]
        for shard in sorted(vdir.glob("*.parquet")):
            table = pq.read_table(shard)
            hit = table.filter(pc.equal(table.column("example_id"), example_id))
            if hit.num_rows:
                return hit.slice(0, 1).to_pylist()[0], entry
    raise LookupError(
        f"example {example_id} is in no registered {dataset} version under {settings.exports_dir}"
    )


def _messages(settings: Settings, session_id: str) -> list[dict[str, Any]]:
    from transforms.warehouse import connect_privileged

    con = connect_privileged(settings)
    try:
        rows = con.execute(
            "select message_id, seq, role, not is_regenerated_away as in_thread "
            "from int_sessions_threaded where session_id = ? order by seq, message_id",
            [session_id],
        ).fetchall()
    finally:
        con.close()
    return [{"message_id": m, "seq": s, "role": r, "in_thread": bool(t)} for m, s, r, t in rows]


def _redactions(settings: Settings, message_ids: set[str]) -> dict[str, int]:
    """Type -> count of audited redactions in these messages (never values)."""
    from transforms.io import read_parquet, table_files

    counts: dict[str, int] = {}
    for path in table_files(settings.audit_dir, "messages"):
        t = read_parquet(path, columns=["row_id", "type"])
        t = t.filter(pc.is_in(t.column("row_id"), value_set=_array(message_ids)))
        for typ in t.column("type").to_pylist():
            counts[typ] = counts.get(typ, 0) + 1
    return dict(sorted(counts.items()))


def _array(values: set[str]):
    import pyarrow as pa

    return pa.array(sorted(values), type=pa.string())


def explain(settings: Settings, example_id: str) -> dict[str, Any]:
    """Everything known about where one exported example came from."""
    row, entry = find_row(settings, example_id)
    dataset = _dataset_of(example_id)
    vdir = settings.exports_dir / entry["path"]
    manifest = json.loads((Path(vdir) / "manifest.json").read_text())
    session_id = row["id"] if dataset == "sft" else row["session_id"]
    messages = _messages(settings, session_id)
    if dataset == "preference":
        used = {row["prompt_message_id"], row["chosen_message_id"], row["rejected_message_id"]}
        used |= {m["message_id"] for m in messages if m["in_thread"]} & _before(
            messages, row["prompt_message_id"]
        )
    else:
        used = {m["message_id"] for m in messages if m["in_thread"]}
    return {
        "example_id": example_id,
        "dataset": dataset,
        "version": entry["version"],
        "version_status": entry.get("status"),
        "version_path": entry["path"],
        "content_hash": manifest["content_hash"],
        "split": row["split"],
        "item_id": row["id"],
        "session_id": session_id,
        "user_key": row["user_key"],
        "message_ids": sorted(used),
        "messages": [m for m in messages if m["message_id"] in used],
        "redactions": _redactions(settings, used),
        "filters_passed": [
            {k: v for k, v in s.items() if k not in ("rows_in", "rows_out", "seconds")}
            for s in manifest["curation"]["steps"]
        ],
        "quality": row.get("quality"),
    }


def _before(messages: list[dict[str, Any]], message_id: str) -> set[str]:
    """Message ids up to and including ``message_id`` (the prompt's context)."""
    out = set()
    for m in messages:
        out.add(m["message_id"])
        if m["message_id"] == message_id:
            break
    return out
