"""Lake locations: local paths or fsspec URLs (import-light: no pyarrow, no fsspec until used)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any


def lake_path(value: str | os.PathLike) -> Path:
    """A local :class:`Path` for a plain path, a ``UPath`` (pathlib API over fsspec) for a URL.

    Credentials and endpoints come from the filesystem's usual configuration (for S3 the AWS
    environment: ``AWS_ACCESS_KEY_ID``, ``AWS_ENDPOINT_URL``, ...).
    """
    if not isinstance(value, str) and not isinstance(value, Path):
        value = os.fspath(value)
    if isinstance(value, str) and "://" in value:
        from upath import UPath

        return UPath(value)
    if isinstance(value, str):
        return Path(value).expanduser()
    return value


def day_key(value: object) -> str:
    """The ``YYYY-MM-DD`` partition key of a date/datetime/ISO string; clear error otherwise."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise ValueError(f"partition must be a day YYYY-MM-DD, got {value!r}")


def is_remote(path: Any) -> bool:
    """True for a path that goes through fsspec (no atomic directory rename)."""
    return bool(getattr(path, "protocol", ""))


def location_key(path: Path) -> str:
    """A comparable name: the resolved local path, or the URL of an object-store path."""
    return str(path).rstrip("/") if is_remote(path) else str(path.resolve())


def is_within(path: str, parent: str) -> bool:
    """Whether location key ``path`` is ``parent`` or lies under it."""
    return path == parent or path.startswith(parent + "/")
