"""Extract ripsecrets' test files (whole text files) with their labelled secret values.

Usage: ``python extract_ripsecrets.py RIPSECRETS_GIT_DIR COMMIT > ripsecrets_test_files.jsonl``

Reads ``test/**`` at ``COMMIT`` (github.com/sirwart/ripsecrets, MIT). Only the test file TEXT is
vendored, never ripsecrets' patterns (``src/``) or its code.

Labels follow ripsecrets' own tests (``src/lib.rs``, ``no_false_negatives`` and
``no_false_positives``): every line of a ``test/one_per_line/*`` file holds exactly one secret,
every ``test/one_per_file/*`` file exactly one, and ``test/none`` none, except two lines of
``none`` that hold a real-shaped credential silenced only by ripsecrets' own ignore mechanisms
(a ``pragma: allowlist secret`` comment, an entry of its ``.secretsignore``): a redactor has no
such per-repository allowlist, so they are labelled secrets here (``_IGNORED_BY_CONFIG``).

Value locator for a one-per-line line: the text after a leading ``key =`` / ``key: `` /
``key :=`` / ``<tag>`` assignment (the whole line when there is none, e.g. bare tokens and
URLs), without surrounding quotes, a trailing comma or a closing XML tag. One-per-file files
use small per-file locators (``_PER_FILE``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# the shared file_corpus.py beside this script
sys.path.insert(0, str(Path(__file__).resolve().parent))
from file_corpus import file_record, git  # noqa: E402

TESTS = "test/"
_ASSIGNMENT = re.compile(r"""^\s*(?:export\s+)?[\[\]'"\w./:<-]*?\s*(?::=|=|:\s|>)\s*""")
_CLOSING_TAG = re.compile(r"</[\w.-]+>$")
_PEM = r"(-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----)"
_PER_FILE = {
    "one_per_file/aws_json": r"(AKIA[A-Z0-9]{16})",
    "one_per_file/pem_key": _PEM,
    "one_per_file/private_key": _PEM,
}
# `test/none` lines whose value ripsecrets skips only through its ignore configuration
_IGNORED_BY_CONFIG = [r"^(sk_live_\w+) // pragma", r"^postgresql://user:(\w+)@.*secretsignore"]


def line_value(line: str) -> tuple[int, int]:
    """``(start, end)`` of the secret value inside one line of a one-per-line file."""
    m = _ASSIGNMENT.match(line)
    start, end = (m.end() if m else 0), len(line.rstrip())
    value = line[start:end]
    closing = _CLOSING_TAG.search(value)
    if closing:
        end -= len(closing.group())
    if line[start:end].endswith(","):
        end -= 1
    while start < end and line[start] in "\"'" and line[end - 1] == line[start]:
        start, end = start + 1, end - 1
    while start < end and line[start] == " ":
        start += 1
    return start, end


def secret_values(name: str, text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every labelled secret value in test file ``name``."""
    if name in _PER_FILE:
        return [m.span(1) for m in re.finditer(_PER_FILE[name], text, re.S)]
    found: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if name.startswith("one_per_line/") and line.strip():
            s, e = line_value(line)
            found.append((pos + s, pos + e))
        elif name == "none":
            for pattern in _IGNORED_BY_CONFIG:
                m = re.search(pattern, line)
                if m:
                    found.append((pos + m.start(1), pos + m.end(1)))
        pos += len(line) + 1
    return found


def _expected(name: str, text: str) -> int:
    if name.startswith("one_per_line/"):
        return text.count("\n")
    return 1 if name.startswith("one_per_file/") else len(_IGNORED_BY_CONFIG)


def main() -> None:
    git_dir, commit = sys.argv[1], sys.argv[2]
    paths = git(git_dir, "ls-tree", "-r", "--name-only", commit, TESTS).split("\n")
    for path in sorted(p for p in paths if p):
        name = path[len(TESTS) :]
        text = git(git_dir, "show", f"{commit}:{path}")
        spans = secret_values(name, text)
        if len(spans) != _expected(name, text):
            raise SystemExit(f"{name}: {len(spans)} values labelled, upstream test expects more")
        print(file_record(f"rs-{name}", text, spans, f"ripsecrets.{name}", path))


if __name__ == "__main__":
    main()
