"""Extract whispers' test fixtures (whole config/code files) with their labelled secret values.

Usage: ``python extract_whispers.py WHISPERS_GIT_DIR COMMIT > whispers_config_files.jsonl``

Reads ``tests/fixtures/**`` at ``COMMIT`` (github.com/Skyscanner/whispers, Apache-2.0). Only the
fixture TEXT is vendored, never whispers' rules (``whispers/rules/*.yml``) or its code.

Labels follow whispers' own tests (``tests/unit/test_secrets.py``): every value whispers must
report contains ``hardcoded`` (any case) or base64-decodes to it, and each fixture marks its
compliant part and its ``Noncompliant`` part. So a value is a ``secret`` when it is a token
holding ``hardcoded`` (or base64 of it) after the file's first non-compliant marker (the whole
file when it has none), keys and XML tag names excepted; ``_EXTRA`` adds the few values that
``test_detection_by_key`` names by key instead (AWS keys, private keys, Jenkins tokens, ...).
``_SKIPPED`` fixtures test other things than secrets (comments, paths, credit cards, rule and
config selection). The converter checks the per-file counts against ``_UPSTREAM_COUNTS`` (from
``test_detection_by_value``) and fails on any difference.
"""

from __future__ import annotations

import base64
import binascii
import re
import sys
from pathlib import Path

# the shared file_corpus.py beside this script
sys.path.insert(0, str(Path(__file__).resolve().parent))
from file_corpus import file_record, git  # noqa: E402

FIXTURES = "tests/fixtures/"
_SKIPPED = {
    "language.html",  # whispers' "comments" rule: HTML comments, not credentials
    "paths.yml",  # file-system paths rule
    "creditcards.yml",  # card numbers are PII, scored by the PII corpora
    "severity.yml",  # severity-filter test; duplicates other fixtures' values
    "ruleslist.yml",  # rule-selection test; duplicates apikeys/passwords values
    "excluded.yml",  # exclusion-config tests: labels depend on a config file
    "excluded.json",
    "excluded.xml",
    "invalid.json",  # parse-error fixture
    "language.py2",  # parse-error fixture (Python 2 syntax)
    "custom.xml",  # empty
    "folder/password/.gitkeep",  # empty
}
_MARKER = re.compile(r"non-?compliant|incompliant", re.I)
_DELIMS = r"""\s"'<>=:,;&(){}\[\]@"""
_HARDCODED = re.compile(rf"[^{_DELIMS}]*hardcoded[^{_DELIMS}]*", re.I)
_B64 = re.compile(r"[A-Za-z0-9+/]{12,}={0,2}")
# value locators for the fixtures whose secrets whispers' tests name by key, not by value
_AWS = [
    r"(AKIAHI38FAKE1IWUQEEN)",
    r"(PA3XsxZ8d8cPQLmnZzFAKEdzC6ND2a8vhbyXU/Dw)",
    r"(FakeYXdzELv[A-Za-z0-9+/=]+)",
]
_PEM = [r"(-----BEGIN (?!PUBLIC)(?:[A-Z]+ )?(?:PRIVATE )?KEY-----.*?-----END [A-Z ]*KEY-----)"]
_CLOUDFORMATION = [r"NoncompliantDBPassword\W[^}]*?Default\W+(admin)"]
_EXTRA: dict[str, list[str]] = {
    "aws.yml": _AWS,
    "aws.json": _AWS,
    "aws.xml": _AWS,
    "privatekeys.yml": _PEM,
    "privatekeys.json": _PEM,
    "privatekeys.xml": _PEM,
    "jenkins.xml": [r"(\{fakeMq[^}<]*\})", r"(#jbcrypt:[^<]+)"],
    "cloudformation.yml": _CLOUDFORMATION,
    "cloudformation.json": _CLOUDFORMATION,
    "connection.config": [r"Password=(admin);"],
    "apikeys.yml": [r"(1925483168813050783076)"],
    "apikeys.json": [r"(1925483168813050783076)"],
    "apikeys.xml": [r"(1925483168813050783076)"],
}
# test_detection_by_value / test_detection_by_key counts, where they apply file-wide
_UPSTREAM_COUNTS = {
    "hardcoded.yml": 5,
    "hardcoded.json": 5,
    "hardcoded.xml": 5,
    "passwords.yml": 4,
    "passwords.json": 4,
    "passwords.xml": 4,
    "apikeys.yml": 10,
    "apikeys.json": 10,
    "apikeys.xml": 10,
    ".npmrc": 3,
    ".pypirc": 1,
    "pip.conf": 2,
    "integration.conf": 5,
    "integration.yml": 5,
    "integration.json": 5,
    "integration.xml": 5,
    "settings.conf": 1,
    "settings.cfg": 1,
    "settings.ini": 1,
    "settings.env": 1,
    "Dockerfile": 3,
    ".dockercfg": 1,
    "empty.dockercfg": 0,
    "beans.xml": 3,
    "beans.xml.dist": 3,
    "beans.xml.template": 3,
    "jdbc.xml": 3,
    ".htpasswd": 2,
    ".aws/credentials": 3,
    "falsepositive.yml": 4,
    "language.sh": 14,
    "language.py": 11,
    "language.js": 4,
    "language.java": 3,
    "language.go": 9,
    "language.php": 4,
    "plaintext.txt": 2,
    "uri.yml": 2,
    "java.properties": 3,
    "webhooks.yml": 3,
    "gitkeys.yml": 5,
    "placeholders.yml": 0,
    "placeholders.json": 0,
    "placeholders.xml": 0,
    "privatekeys.yml": 6,
    "privatekeys.json": 6,
    "privatekeys.xml": 6,
    "aws.yml": 3,
    "aws.json": 3,
    "aws.xml": 3,
    "jenkins.xml": 2,
    "cloudformation.yml": 1,
    "cloudformation.json": 1,
}


def _decodes_to_hardcoded(token: str) -> bool:
    try:
        return b"hardcoded" in base64.b64decode(token + "=" * (-len(token) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False


def _is_key_or_tag(name: str, text: str, start: int, end: int) -> bool:
    """A YAML/JSON key (``name:``) or an XML tag name, not a value."""
    after = text[end : end + 2]
    return (
        text[start - 1 : start] == "<"
        or text[start - 2 : start] == "</"
        or after[:1] == ">"
        or (after[:1] == ":" and (after[1:2] in ("", " ", "\n")))
        or (name.endswith(".json") and text[start - 1 : end + 2] == f'"{text[start:end]}":')
    )


def secret_values(name: str, text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every labelled secret value in fixture ``name``."""
    marker = _MARKER.search(text)
    region = marker.start() if marker else 0
    region = text.rfind("\n", 0, region) + 1
    found: set[tuple[int, int]] = set()
    for m in _HARDCODED.finditer(text, region):
        if not _is_key_or_tag(name, text, m.start(), m.end()):
            found.add((m.start(), m.end()))
    for m in _B64.finditer(text, region):
        if _decodes_to_hardcoded(m.group()) and not any(
            s < m.end() and m.start() < e for s, e in found
        ):
            found.add((m.start(), m.end()))
    for pattern in _EXTRA.get(name, []):
        for m in re.compile(pattern, re.S).finditer(text, region):
            found.add((m.start(1), m.end(1)))
    return sorted(found)


def _group(name: str) -> str:
    """Split group: one fixture in several formats (apikeys.yml/.json/.xml) stays on one side;
    the ``language.*`` files are different programs, each its own group."""
    stem = name.lstrip(".").split(".")[0].split("/")[-1]
    return "whispers." + (name if stem == "language" else stem)


def main() -> None:
    git_dir, commit = sys.argv[1], sys.argv[2]
    paths = git(git_dir, "ls-tree", "-r", "--name-only", commit, FIXTURES).split("\n")
    for path in sorted(p for p in paths if p):
        name = path[len(FIXTURES) :]
        if name in _SKIPPED:
            continue
        text = git(git_dir, "show", f"{commit}:{path}")
        spans = secret_values(name, text)
        expected = _UPSTREAM_COUNTS.get(name)
        if expected is not None and expected != len(spans):
            raise SystemExit(f"{name}: {len(spans)} values labelled, upstream test says {expected}")
        print(file_record(f"ws-{name}", text, spans, _group(name), path))


if __name__ == "__main__":
    main()
