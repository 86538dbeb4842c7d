"""Word and place lists built once from package data and kept in ``Settings.list_cache_dir``.

Building a list takes seconds (pyspellchecker's frequency files, CLDR, GeoNames, simplemma's
3.5 million Finnish forms); reading it back a few hundredths. :func:`cached_lists` reads the
JSON file of a key (the caller's code and package versions) or builds and writes it atomically,
so concurrent workers never read a half-written file and a read-only data directory costs speed,
not correctness.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable
from typing import Any

log = logging.getLogger(__name__)


def cache_key(files: Iterable[str], packages: Iterable[str]) -> str:
    """A key for :func:`cached_lists`: a digest of the source ``files`` that build the lists and
    the installed versions of the ``packages`` whose data feed them, so a change to either
    builds the lists again."""
    import hashlib
    from importlib.metadata import version
    from pathlib import Path

    digest = hashlib.sha256()
    for path in files:
        digest.update(Path(path).read_bytes())
    for package in packages:
        digest.update(f"{package}=={version(package)};".encode())
    return digest.hexdigest()[:16]


def cached_lists(
    name: str, key: str, build: Callable[[], Any], valid: Callable[[Any], bool]
) -> Any:
    """The JSON-ready value ``build()`` returns, read from ``<list_cache_dir>/<name>-<key>.json``
    when that file exists and ``valid`` accepts it, else built and written there."""
    from transforms.config import Settings

    path = Settings.from_env().list_cache_dir / f"{name}-{key}.json"
    try:
        read = json.loads(path.read_text("utf-8"))
        if valid(read):
            return read
    except (OSError, ValueError):
        pass  # missing, unreadable or half-written by a crashed run: build it again
    built = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(built, ensure_ascii=False), "utf-8")
        os.replace(tmp, path)  # readers never see a half-written file
    except OSError as exc:
        log.warning("list cache not written (%s): %s", path, exc)
    return built
