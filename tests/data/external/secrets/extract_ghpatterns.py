"""Extract the labelled test data of GitHub's custom secret-scanning patterns as whole files.

Usage: ``python extract_ghpatterns.py GIT_DIR COMMIT > ghpatterns_test_files.jsonl``

Reads github.com/advanced-security/secret-scanning-custom-patterns (MIT) at ``COMMIT``. Only the
example TEXT and upstream's labels are vendored, never a pattern (``regex:`` of any
``patterns.yml`` is not read).

Upstream labels, all three read here:

- ``expected:`` of a pattern in ``<folder>/patterns.yml``: file name and *byte* offsets of every
  match the pattern must produce in that folder's example files; ``testing/test.py`` fails on a
  missing one and on any match not listed (for patterns that list any).
- ``test:`` of a pattern: one short string (``data``) the pattern must match, the match between
  ``start_offset`` and ``end_offset`` (absent: whole string; ``-1``: to its end).
- ``<folder>/__snapshots__/<type>.csv``: what GitHub's secret scanning reported for the pattern
  over the repository (the secret as its sha256, path, line, columns), located by finding a
  string with that sha256 on that line of the file at ``COMMIT`` (rows whose file moved or
  whose hash matches nothing are dropped). A row is a label only for a pattern WITHOUT an
  ``expected:`` list (nothing else says what it must match); a row of a pattern that has one
  and is not among its expected matches (the experimental generic-password pattern's hits in
  other folders: ``// secret: jwt``, a masked ``'****'``) is neither confirmed nor denied
  upstream, so it goes to ``unscored`` and its line is not a negative.

Records: one per example file and one per ``test:`` string (``id`` ``ghp-<path>`` /
``ghp-test/<type>/<n>``), in the format of ``file_corpus.py``. Labelled values are those of
*credential* patterns; ``_NOT_CREDENTIALS`` (IPs, e-mails, URLs, UUIDs, public keys, an action
SHA checker, a typo checker, a hostname, a password-store index file) are not, so their values
stay on negative lines and their ``test:`` strings are records without secrets. The ``pii``
folder (card numbers, IBANs) is skipped: PII corpora score those.

Split group (``rule_id``): patterns that label values in the same file are joined (union-find);
a record's group is ``ghpatterns.<first pattern type of its component>``; a file no credential
pattern labels is its own group ``ghpatterns.file:<path>``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from pathlib import Path

import yaml

# the shared file_corpus.py beside this script
sys.path.insert(0, str(Path(__file__).resolve().parent))
from file_corpus import file_record, git, git_bytes, merge_spans  # noqa: E402

_SKIPPED_FOLDERS = ("pii", "testing", "java-keystores", ".github", ".devcontainer", ".vscode")
_NOT_CREDENTIALS = {
    "uuids",  # any UUID
    "hardcoded_internal_emails",
    "hardcoded_internal_urls",  # the URL; its password is hardcoded_uri_passwords' label
    "any_ipv4_addresses",
    "ghcr_typos",  # 'ghrc.io' typo of a registry host
    "github_actions_sha_checker",  # an action pinned by tag, not a credential
    "ssh_public_key",  # public half of a key pair
    "azure_sql_connection_string",  # a database host name (upstream: removed for private repos)
    "arc",  # an Arc password store's meta.json (README: "not the secrets themselves")
}


def _char_offset(data: bytes, offset: int) -> int:
    return len(data[:offset].decode("utf-8"))


def _test_span(item: dict, data: str) -> tuple[int, int]:
    body = data.rstrip("\n")
    start = item.get("start_offset") or 0
    end = item.get("end_offset")
    if end is None or end == -1:
        end = len(body.encode("utf-8"))
    raw = data.encode("utf-8")
    return _char_offset(raw, start), _char_offset(raw, end)


def _snapshot_span(text: str, row: dict) -> tuple[int, int] | None:
    """Character span of the snapshot row's secret on its line, found by its sha256."""
    line_no = int(row["start_line"]) - 1
    if line_no != int(row["end_line"]) - 1:
        return None
    lines = text.split("\n")
    if line_no >= len(lines):
        return None
    line = lines[line_no]
    base = sum(len(x) + 1 for x in lines[:line_no])
    width = int(row["end_column"]) - int(row["start_column"])
    for length in (width, width - 1, width + 1):
        for i in range(0, max(0, len(line) - length) + 1):
            cand = line[i : i + length]
            if cand and hashlib.sha256(cand.encode("utf-8")).hexdigest() == row["secret"]:
                return base + i, base + i + length
    return None


class _Groups:
    """Union-find over pattern types."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def main() -> None:
    git_dir, commit = sys.argv[1], sys.argv[2]
    paths = [p for p in git(git_dir, "ls-tree", "-r", "--name-only", commit).split("\n") if p]
    folders = sorted(
        p.rsplit("/", 1)[0]
        for p in paths
        if p.endswith("/patterns.yml") and not p.startswith(_SKIPPED_FOLDERS)
    )
    texts: dict[str, str] = {}
    raw: dict[str, bytes] = {}
    for folder in folders:
        for p in paths:
            if not p.startswith(folder + "/") or "/__snapshots__/" in p:
                continue
            if p.endswith(("/patterns.yml", "/README.md")):
                continue
            data = git_bytes(git_dir, "show", f"{commit}:{p}")
            try:
                texts[p], raw[p] = data.decode("utf-8"), data
            except UnicodeDecodeError:
                continue
    labels: dict[str, set[tuple[int, int]]] = {p: set() for p in texts}
    owners: dict[str, set[str]] = {p: set() for p in texts}
    unscored: dict[str, set[tuple[int, int]]] = {p: set() for p in texts}
    tests: list[tuple[str, str, str, list[tuple[int, int]]]] = []
    groups = _Groups()
    for folder in folders:
        spec = yaml.safe_load(git(git_dir, "show", f"{commit}:{folder}/patterns.yml"))
        for pattern in spec["patterns"]:
            kind = pattern["type"].strip()
            groups.find(kind)
            credential = kind not in _NOT_CREDENTIALS
            items = pattern.get("test") or []
            for item in items if isinstance(items, list) else [items]:
                data = item.get("data") or ""
                spans = [_test_span(item, data)] if credential else []
                tests.append((kind, f"{folder}/patterns.yml", data, spans))
            if not credential:
                continue
            expected = pattern.get("expected") or []
            for exp in expected:
                path = f"{folder}/{exp['name']}"
                s = _char_offset(raw[path], exp["start_offset"])
                e = _char_offset(raw[path], exp["end_offset"])
                labels[path].add((s, e))
                owners[path].add(kind)
            snap = f"{folder}/__snapshots__/{kind}.csv"
            if snap not in paths:
                continue
            for row in csv.DictReader(io.StringIO(git(git_dir, "show", f"{commit}:{snap}"))):
                if row["path"] in texts:
                    span = _snapshot_span(texts[row["path"]], row)
                    if span and not expected:
                        labels[row["path"]].add(span)
                        owners[row["path"]].add(kind)
                    elif span:
                        unscored[row["path"]].add(span)
    for kinds in owners.values():
        for k in sorted(kinds)[1:]:
            groups.union(sorted(kinds)[0], k)
    seen: dict[str, int] = {}
    for kind, source, data, spans in tests:
        n = seen[kind] = seen.get(kind, -1) + 1
        group = f"ghpatterns.{groups.find(kind)}"
        print(file_record(f"ghp-test/{kind}/{n}", data, spans, group, source))
    for path in sorted(texts):
        kinds = sorted(owners[path])
        group = groups.find(kinds[0]) if kinds else f"file:{path}"
        spans = merge_spans(labels[path])
        record = file_record(f"ghp-{path}", texts[path], spans, f"ghpatterns.{group}", path)
        extra = [
            (s, e)
            for s, e in merge_spans(unscored[path])
            if not any(a < e and s < b for a, b in spans)
        ]
        if extra:
            text = texts[path]
            values = ", ".join(
                json.dumps({"start": s, "end": e, "value": text[s:e]}, ensure_ascii=False)
                for s, e in extra
            )
            record = record[:-1] + f', "unscored": [{values}]}}'
        print(record)


if __name__ == "__main__":
    main()
