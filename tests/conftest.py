"""A real S3 API for the object-storage tests (tests/storage, the Celery scale test): moto's
server on a free local port, one bucket.

``s3_lake`` (module scope) starts moto's server (``python -m moto.server``, its own process)
on 127.0.0.1, points the
standard AWS environment variables at it (``AWS_ENDPOINT_URL`` included, which s3fs/botocore
read, so the pipeline code needs no test-only configuration), creates a bucket and yields the
lake URL ``s3://<bucket>/lake``. Child processes (the redaction pool, the dbt child of the
warehouse stage) inherit the environment and reach the same server over HTTP.

fsspec caches filesystem instances (and their aiobotocore clients) per constructor arguments:
the cache is cleared before and after, so a client bound to a stopped server's endpoint is
never reused by a later module.

``s3_fs`` is an ``S3FileSystem`` with the endpoint given explicitly and no instance cache: the
tests inspect the bucket with it, independently of how the code under test resolves the URL.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator

import pytest

CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "test",
    "AWS_SECRET_ACCESS_KEY": "test",
    "AWS_DEFAULT_REGION": "us-east-1",
}
# variables that would send s3fs/botocore somewhere else than the local server
UNSET = (
    "AWS_PROFILE",
    "AWS_SESSION_TOKEN",
    "AWS_SECURITY_TOKEN",
    "AWS_ENDPOINT_URL_S3",
    "AWS_CONFIG_FILE",
    "AWS_SHARED_CREDENTIALS_FILE",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "http_proxy",
    "https_proxy",
)


def _clear_fsspec_caches() -> None:
    import fsspec
    import s3fs

    s3fs.S3FileSystem.clear_instance_cache()
    fsspec.AbstractFileSystem.clear_instance_cache()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    """A moto S3 server for this module, in its own process (delta-rs holds the GIL during
    some requests, which deadlocks an in-process server thread); yields
    ``http://127.0.0.1:<port>`` with the AWS environment pointed at it."""
    import subprocess
    import sys
    import time
    import urllib.request

    _clear_fsspec_caches()
    port = _free_port()
    endpoint = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        deadline = time.monotonic() + 30
        while True:
            try:
                opener.open(f"{endpoint}/moto-api/", timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"moto server did not start on {endpoint}") from None
                time.sleep(0.2)
        with pytest.MonkeyPatch.context() as mp:
            for name in UNSET:
                mp.delenv(name, raising=False)
            for name, value in CREDENTIALS.items():
                mp.setenv(name, value)
            mp.setenv("AWS_ENDPOINT_URL", endpoint)
            # delta-rs refuses a plain-http endpoint unless told
            mp.setenv("AWS_ALLOW_HTTP", "true")
            # a loopback endpoint must never go through a proxy
            mp.setenv("NO_PROXY", "127.0.0.1,localhost")
            mp.setenv("no_proxy", "127.0.0.1,localhost")
            try:
                yield endpoint
            finally:
                _clear_fsspec_caches()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def s3_fs(s3_endpoint: str):
    """An S3FileSystem on the moto server (explicit endpoint, never cached)."""
    import s3fs

    return s3fs.S3FileSystem(
        key=CREDENTIALS["AWS_ACCESS_KEY_ID"],
        secret=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        endpoint_url=s3_endpoint,
        # region from AWS_DEFAULT_REGION: an explicit us-east-1 would make mkdir send a
        # LocationConstraint, which S3 rejects for that region
        skip_instance_cache=True,
        use_listings_cache=False,
    )


@pytest.fixture(scope="module")
def s3_lake(s3_endpoint: str, s3_fs) -> str:
    """A fresh bucket on the moto server; returns the lake URL ``s3://<bucket>/lake``."""
    bucket = f"iw-lake-{uuid.uuid4().hex[:10]}"
    s3_fs.mkdir(bucket)
    assert s3_fs.exists(bucket), f"bucket {bucket} was not created on {s3_endpoint}"
    return f"s3://{bucket}/lake"


@pytest.fixture
def analyst_tree(tmp_path):
    """A data dir with one clean and one raw partition, a key file and a warehouse with
    ``dim_users``: what the analyst boundary tests read from (or must be refused)."""
    import duckdb
    import pyarrow as pa

    from transforms.config import Settings
    from transforms.io import PartitionWriter

    s = Settings(data_dir=tmp_path)
    with PartitionWriter(s.clean_dir, "messages", "2026-01-01") as w:
        w.write(pa.table({"message_id": ["m1"], "user_key": ["k1"], "text": ["<PERSON_ab12cd>"]}))
    with PartitionWriter(s.raw_dir, "messages", "2026-01-01") as w:
        w.write(pa.table({"message_id": ["m1"], "user_id": ["u_1"], "text": ["Nina Park"]}))
    s.keys_dir.mkdir(parents=True)
    (s.keys_dir / "user_salts.parquet").write_bytes(b"secret")
    con = duckdb.connect(str(s.warehouse_path))
    con.execute("create table dim_users as select 'k1' as user_key, true as analytics_ok")
    con.close()
    return s


def clean_id(settings, column: str, source_id: str, user_id: str) -> str:
    """The clean-lake pseudonym of source id ``source_id`` in ``column`` owned by ``user_id``
    (what redaction writes; the user's salt must exist)."""
    from transforms.contracts.platform import ID_KINDS
    from transforms.privacy.pseudonyms import KeyStore, pseudonymize_id

    keys = KeyStore.from_settings(settings)
    return pseudonymize_id(ID_KINDS[column], source_id, keys.id_material(user_id))


# A source id that embeds a user's number (``u_000003``, ``s_000003_002``, ``c_000003_01``).
USER_NUMBERED_ID = re.compile(r"\b[a-z]_\d{6}(?:_\d+)*\b")


def raw_source_ids(settings) -> set[str]:
    """Every source id in the raw lake: user ids and every id column of every table."""
    import polars as pl

    from transforms.contracts.platform import TABLES
    from transforms.io import table_files

    ids: set[str] = set()
    for name, t in TABLES.items():
        files = table_files(settings.raw_dir, name)
        if not files:
            continue
        cols = [c for c in (t.user_column, *t.id_columns) if c]
        frame = pl.read_parquet(files, columns=cols)
        for c in cols:
            ids.update(v for v in frame.get_column(c).to_list() if v)
    return ids
