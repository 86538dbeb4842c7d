"""Lake locations: local paths or fsspec URLs (import-light: no pyarrow, no fsspec until used)."""

from __future__ import annotations

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


def is_remote(path: Any) -> bool:
    """True for a path that goes through fsspec (no atomic directory rename)."""
    return bool(getattr(path, "protocol", ""))
