"""``iw export reproduce <dataset>/<version>``: rebuild an export from the clean-lake Delta
versions its manifest names and check that every data file comes out byte-identical.

Steps, all in a scratch data dir (the live warehouse, exports and registry are never touched):
the lake and the run records are linked in, the manifest's ``lake_versions`` are pinned
(time travel; fails with a clear message once VACUUM removed a needed file), dbt builds a
warehouse from them with ``--full-refresh``, and the export is built again with the
manifest's thresholds. The content hash is not compared (it covers the warehouse file's
sha256, and DuckDB files are not byte-stable); the data files' sha256 are.
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
from pathlib import Path
from typing import Any

from transforms.config import Settings


def _options(thresholds: dict[str, Any]) -> Any:
    from transforms.exports.options import ExportOptions

    known = {f.name for f in dataclasses.fields(ExportOptions)}
    values = {k: v for k, v in thresholds.items() if k in known}
    # the manifest's JSON sorts keys; the cumulative split boundaries need train/validation/test
    order = {"train": 0, "validation": 1, "test": 2}
    values["split_fractions"] = tuple(
        sorted(values["split_fractions"].items(), key=lambda kv: order[kv[0]])
    )
    # manifests name the eval set portably (by file name and sha256): use the configured one
    # when the recorded path is not an existing absolute path; a different file changes the
    # decontamination and so the compared bytes
    recorded = Path(values["eval_set_path"])
    values["eval_set_path"] = (
        recorded
        if recorded.is_absolute() and recorded.exists()
        else ExportOptions.from_env().eval_set_path
    )
    return ExportOptions(**values)


def reproduce(settings: Settings, dataset: str, version: str) -> dict[str, Any]:
    """Rebuild ``dataset``/``version`` from its pinned lake versions; report file identity."""
    from transforms.exports.build import build_exports
    from transforms.io import lake_path, lake_pins_path, local_path
    from transforms.pipelines.warehouse import (
        _publish,
        _raise_on_failure,
        build_path_for,
        pin_lake,
        run_dbt,
    )

    vdir = settings.exports_dir / dataset / version
    manifest_path = vdir / "manifest.json"
    if not manifest_path.exists():
        raise FileNotFoundError(f"no export manifest at {manifest_path}")
    manifest = json.loads(manifest_path.read_text())
    pinned = manifest.get("lake_versions")
    if not pinned:
        raise ValueError(f"{manifest_path} names no lake_versions: exported before Delta pinning")
    if settings.warehouse_moved:
        raise ValueError("unset IW_WAREHOUSE: reproduce builds a scratch warehouse of its own")
    with tempfile.TemporaryDirectory(prefix="iw-reproduce-") as tmp:
        scratch = dataclasses.replace(settings, data_dir=Path(tmp))
        if not settings.lake_moved:  # a URL lake is reached through the env already
            lake = local_path(settings.lake_dir)
            (Path(tmp) / "lake").symlink_to(lake, target_is_directory=True)
        (Path(tmp) / "state").symlink_to(settings.state_dir.resolve(), target_is_directory=True)
        build = build_path_for(scratch)
        pin_lake(scratch, build, versions_wanted=pinned)
        pins = json.loads(lake_pins_path(build).read_text())
        gone = [f for files in pins["files"].values() for f in files if not lake_path(f).exists()]
        if gone:
            raise FileNotFoundError(
                f"lake versions {pinned} are no longer readable: {len(gone)} file(s) removed by "
                f"VACUUM (IW_LAKE_VACUUM_HOURS or an erasure), e.g. {gone[0]}"
            )
        _raise_on_failure(run_dbt(scratch, build, ["build", "--full-refresh"]), "dbt build")
        _publish(scratch, build)
        opts = _options(manifest["thresholds"])
        # the verdict recorded with the version being reproduced: the scratch warehouse is a
        # rebuild of the one that gate judged, not a new build to be judged again
        recorded = (manifest.get("source") or {}).get("quality_gate") or {"status": "missing"}
        summary = build_exports(scratch, datasets=dataset, options=opts, verdict=recorded)
        new_dir = Path(summary["datasets"][dataset]["path"])
        new = json.loads((new_dir / "manifest.json").read_text())
    want = {f["path"]: f["sha256"] for f in manifest["files"]}
    got = {f["path"]: f["sha256"] for f in new["files"]}
    differing = sorted(p for p in want.keys() | got.keys() if want.get(p) != got.get(p))
    return {
        "dataset": dataset,
        "version": version,
        "lake_versions": pinned,
        "files": len(want),
        "identical": not differing,
        "differing_files": differing,
        "rows": new["rows"],
        "rows_expected": manifest["rows"],
    }
