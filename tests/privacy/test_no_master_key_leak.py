"""The pseudonym master key is never written anywhere under the data dir (whole chain run
with a distinctive key: generate, extract, redact, warehouse, quality, export, erasure,
re-extraction, retention). Every file is decoded (Parquet, DuckDB, gzip) before scanning."""

from __future__ import annotations

import base64
import hashlib

from privacy_lifecycle_fixture import MASTER_KEY

from transforms.privacy.erasure import scan_files


def test_master_key_is_in_no_file_under_the_data_dir(lifecycle):
    s = lifecycle.settings
    files = sorted(p for p in s.data_dir.rglob("*") if p.is_file())
    airflow_logs = [f for f in files if "airflow" in f.parts]
    assert len(files) > 50
    forms = {
        MASTER_KEY: "master_key",
        MASTER_KEY.encode().hex(): "master_key_hex",
        base64.b64encode(MASTER_KEY.encode()).decode(): "master_key_b64",
        hashlib.sha256(MASTER_KEY.encode()).hexdigest(): "master_key_sha256",
    }
    findings = scan_files(files, forms)
    assert findings == [], f"master key written to disk: {findings[:5]}"
    # the raw bytes too (a file kind the decoder does not know)
    for f in files:
        assert MASTER_KEY.encode() not in f.read_bytes(), f
    assert isinstance(airflow_logs, list)  # Airflow logs, when present, were part of the scan


def test_master_key_is_not_in_settings_repr():
    from transforms.config import Settings

    assert MASTER_KEY not in repr(Settings(data_dir=".", pseudonym_key=MASTER_KEY))
