"""Check an export version against its manifest before anyone trains on it.

``verify_version(path)`` returns a list of problems (empty = OK): manifest readable and
consistent with the directory, every listed file present with the recorded size, sha256 and
row count, no unlisted data files, shard numbering complete, split totals matching, the content
hash recomputing to the one in the version id, the data card present, and the version not
revoked in the registry (when a registry sits next to the dataset folder).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from transforms.io import read_json, sha256_file

_SHARD = re.compile(r"^(?P<split>[a-z]+)-(?P<i>\d{5})-of-(?P<n>\d{5})\.(?P<ext>parquet|jsonl)$")
_REQUIRED = (
    "dataset",
    "version",
    "content_hash",
    "rows",
    "files",
    "thresholds",
    "consent",
    "redaction_policy",
    "source",
    "curation",
)


def _check_file(root: Path, entry: dict[str, Any]) -> list[str]:
    problems = []
    rel = entry.get("path", "")
    path = root / rel
    if not path.is_file():
        return [f"{rel}: listed in manifest but missing"]
    size = path.stat().st_size
    if size != entry.get("bytes"):
        problems.append(f"{rel}: size {size} != manifest {entry.get('bytes')}")
    digest = sha256_file(path)
    if digest != entry.get("sha256"):
        problems.append(
            f"{rel}: sha256 {digest[:12]}... != manifest "
            f"{str(entry.get('sha256'))[:12]}... (file changed or corrupt)"
        )
    m = _SHARD.match(path.name)
    if not m:
        problems.append(f"{rel}: name does not follow <split>-NNNNN-of-NNNNN.<ext>")
    elif m["split"] != entry.get("split"):
        problems.append(
            f"{rel}: file name says split {m['split']!r}, manifest says {entry.get('split')!r}"
        )
    if entry.get("format") == "parquet" and not problems:
        import pyarrow.parquet as pq

        try:
            rows = pq.ParquetFile(path).metadata.num_rows
        except Exception as exc:  # a corrupt footer is a verification finding, not a crash
            return problems + [f"{rel}: unreadable Parquet ({type(exc).__name__}: {exc})"]
        if rows != entry.get("rows"):
            problems.append(f"{rel}: {rows} rows != manifest {entry.get('rows')}")
    elif entry.get("format") == "jsonl" and not problems:
        with open(path, "rb") as fh:
            rows = sum(1 for _ in fh)
        if rows != entry.get("rows"):
            problems.append(f"{rel}: {rows} lines != manifest {entry.get('rows')}")
    return problems


def verify_version(path: Path) -> list[str]:
    """Problems found in the export version at ``path`` (empty list = verified)."""
    from transforms.exports.registry import registry_path, version_status
    from transforms.exports.writer import CARD, MANIFEST, content_hash

    root = Path(path)
    if not root.is_dir():
        return [f"{root}: not a directory"]
    manifest = None
    try:
        manifest = read_json(root / MANIFEST)
    except ValueError as exc:
        return [f"{MANIFEST}: not valid JSON ({exc})"]
    if not isinstance(manifest, dict):
        return [f"{MANIFEST}: missing"]
    problems = [f"{MANIFEST}: missing field {k!r}" for k in _REQUIRED if k not in manifest]
    if problems:
        return problems
    if manifest["version"] != root.name:
        problems.append(f"manifest version {manifest['version']!r} != directory {root.name!r}")
    if manifest["dataset"] != root.parent.name:
        problems.append(
            f"manifest dataset {manifest['dataset']!r} != parent directory {root.parent.name!r}"
        )
    files = manifest["files"]
    listed = {f.get("path") for f in files}
    for entry in files:
        problems += _check_file(root, entry)
    for f in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = f.relative_to(root).as_posix()
        if rel not in listed and rel not in (MANIFEST, CARD):
            problems.append(f"{rel}: present but not listed in the manifest")
    # shard numbering complete per (split, format) and split totals consistent
    shards: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    totals: dict[tuple[str, str], int] = defaultdict(int)
    for entry in files:
        m = _SHARD.match(Path(entry.get("path", "")).name)
        if m:
            shards[(m["split"], m["ext"])].add((int(m["i"]), int(m["n"])))
            totals[(entry.get("split"), entry.get("format"))] += int(entry.get("rows") or 0)
    for (split, ext), seen in sorted(shards.items()):
        counts = {n for _, n in seen}
        if len(counts) != 1 or {i for i, _ in seen} != set(range(next(iter(counts)))):
            problems.append(f"{split} {ext} shards incomplete or inconsistent: {sorted(seen)}")
    for split, n in manifest["rows"].items():
        if totals.get((split, "parquet"), 0) != n:
            problems.append(
                f"split {split}: files hold {totals.get((split, 'parquet'), 0)} "
                f"rows, manifest says {n}"
            )
    config = manifest.get("config_for_hash", {})
    digest = content_hash(manifest["dataset"], files, config)
    if digest != manifest["content_hash"]:
        problems.append("content hash does not match the files and config in the manifest")
    elif not root.name.endswith(digest[:12]):
        problems.append(f"version id {root.name!r} does not end with the content hash prefix")
    if not (root / CARD).is_file():
        problems.append(f"{CARD}: data card missing")
    # a copied-out version has no registry next to it; where there is one, it must agree
    has_registry = registry_path(root.parent.parent).is_file()
    status = version_status(root.parent.parent, manifest["dataset"], manifest["version"])
    if has_registry and status is None:
        problems.append("version not found in the export registry")
    elif status is not None and status.get("status") != "active":
        problems.append(
            f"version is {status.get('status')} in the registry "
            f"({status.get('revoked_reason')}) - do not train on it"
        )
    return problems
