"""Extract detect-secrets' test data files (whole files) with their labelled secret values.

Usage:
``python extract_detect_secrets.py GIT_DIR COMMIT > detect_secrets_test_files.jsonl``

Reads the files of ``test_data/`` listed in ``_LABELS`` at ``COMMIT``
(github.com/Yelp/detect-secrets, Apache-2.0). Only the test file TEXT is vendored, never
detect-secrets' plugins (``detect_secrets/plugins/``) or its code.

Labels follow detect-secrets' own tests at default settings: ``each_secret.py`` holds 5
secrets (``tests/core/secrets_collection_test.py``: 5, 3 once the ``EXAMPLE`` lines are
excluded), ``files/file_with_secrets.py`` 1 plus one silenced by ``pragma: allowlist secret``
and ``files/tmp/file_with_secrets.py`` 2 (``tests/core/baseline_test.py``), ``config.env`` and
``config.md`` at least one (``test_file_based_success_unexpected_config_file``), the
``*no_secrets*`` files and ``only_comments.yaml`` none. Like the ripsecrets corpus, a value
silenced only by the ``pragma`` allowlist comment is labelled a secret (a redactor has no
per-repository allowlist). ``files/private_key`` is a PEM private-key block and
``config2.yaml`` a ``!!binary`` value its own comment names as the secret.
Files whose upstream labels depend on a lowered entropy limit set by one test
(``config.ini``, ``config.yaml``) or that are not scanned for secrets (``word_list.txt``,
``baseline.file``, ``performance/``, ``short_files/``, ``sample.diff``) are skipped.

Each value is found by a per-file locator (group 1 of a regex); the converter fails when a
file's count differs from the labels.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# the shared file_corpus.py beside this script
sys.path.insert(0, str(Path(__file__).resolve().parent))
from file_corpus import file_record, git  # noqa: E402

ROOT = "test_data/"
_Q = r"""['"]([^'"]+)['"]"""
_LABELS: dict[str, list[str]] = {
    "config.env": [r"^mimi=(\S+)$"],
    "config.md": [r'^key="([^"]+)"$'],
    "config2.yaml": [r"!!binary (\S+)$"],
    "each_secret.py": [
        rf"^base64_secret = {_Q}",
        rf"^hex_secret = {_Q}",
        r"^basic_auth = 'http://username:([^@']+)@",
        rf"^aws_access_key = {_Q}",
        rf"^aws_secret_access_key = {_Q}",
    ],
    "files/file_with_no_secrets.py": [],
    "files/file_with_secrets.py": [rf"^SUPER_SEECRET_VALUE = {_Q}", rf"^VERY_SECRET_TOO = {_Q}"],
    "files/private_key": [
        r"(-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----)"
    ],
    "files/tmp/file_with_no_secrets.py": [],
    "files/tmp/file_with_secrets.py": [r"'([0-9a-f]{32})', '", r", '([0-9a-f]{32})'$"],
    "only_comments.yaml": [],
}


def secret_values(name: str, text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every labelled secret value in test file ``name``."""
    found = []
    for pattern in _LABELS[name]:
        m = re.search(pattern, text, re.M | re.S)
        if m is None:
            raise SystemExit(f"{name}: no value for {pattern!r}")
        found.append(m.span(1))
    return sorted(found)


def main() -> None:
    git_dir, commit = sys.argv[1], sys.argv[2]
    for name in sorted(_LABELS):
        path = ROOT + name
        text = git(git_dir, "show", f"{commit}:{path}")
        spans = secret_values(name, text)
        print(file_record(f"ds-{name}", text, spans, f"detect-secrets.{name}", path))


if __name__ == "__main__":
    main()
