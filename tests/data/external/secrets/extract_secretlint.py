"""Extract secretlint's rule test snapshots (whole text files) with their labelled secret spans.

Usage: ``python extract_secretlint.py SECRETLINT_GIT_DIR COMMIT > secretlint_test_files.jsonl``

Reads ``packages/@secretlint/secretlint-rule-*/test/snapshots/<case>/`` at ``COMMIT``
(github.com/secretlint/secretlint, MIT). Each case holds the scanned file (``input*``, or the
file its ``options.ts`` names, e.g. ``.npmrc``) and ``output.json``, secretlint's findings for
that file with character ranges. Only the input TEXT and the finding ranges are vendored, never
secretlint's rules or regexes (``src/``).

Labels: every finding of ``output.json`` is one secret value (``range``, counted in UTF-16 code
units as in JavaScript, converted to code points). A few rules report a range that starts at the
match but has the length of the value (``AWS_SECRET_ACCESS_KEY = wJal...`` -> ``[0, 40]``); when a
finding's ``data`` holds the reported value (8+ characters), the range does not equal it and the
value occurs from the range start on, the label is moved onto that occurrence. ``ng.*`` cases
must have findings, ``ok.*`` cases none (the converter fails otherwise); cases without either
prefix (``privatekey/rsa``, ``privatekey/placeholder-*``, ``npm/NPM_ACCESS_TOKEN``...) are
labelled by their findings alone. Two URLs of ``basicauth/ng.real-credentials`` that the file
says must be found but the snapshot misses are added (``_UPSTREAM_MISSES``).

Skipped (named in ``_SKIPPED_PACKAGES`` / by rule below, reasons in the README):

- ``secretlint-rule-preset-*``: copies of the rule snapshots, run under the preset;
- packages whose findings are not credentials or need configuration (``_SKIPPED_PACKAGES``);
- ``options.*`` cases and every case with a ``.secretlintrc.json`` (all of them set rule
  options: ``allows`` lists, ``enableIDScanRule``, a debug home dir);
- ``ng.*`` cases whose snapshot holds no finding (nothing labelled: ``basicauth``
  ``ng.basic-auth-ftps-url``, both ``no-k8s-kind-secret`` ``ng.*`` cases);
- binary inputs (GCP ``.p12`` files): not UTF-8 text (and the empty ``ok.invalid-p12-empty``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# the shared file_corpus.py beside this script
sys.path.insert(0, str(Path(__file__).resolve().parent))
from file_corpus import file_record, git, git_bytes  # noqa: E402

ROOT = "packages/@secretlint/"
PACKAGE_PREFIX = "secretlint-rule-"
SNAPSHOTS = "/test/snapshots/"
_SKIPPED_PACKAGES = {
    "secretlint-rule-example": "demo rule flagging the word SECRET",
    "secretlint-rule-filter-comments": "comment-directive tests; labels come from a test pattern",
    "secretlint-rule-pattern": "user-configured patterns; every case needs its config",
    "secretlint-rule-no-dotenv": "flags a .env file's name, not a value",
    "secretlint-rule-no-homedir": "home directory paths, not credentials; every case configured",
}
_MIN_DATA_VALUE = 8
# Credentials the case file itself says must be found ("# Real credentials that SHOULD be
# detected" heads every URL of it) that secretlint's snapshot misses (a password holding "@"
# or "!"): labelled secrets here, as in the ripsecrets and detect-secrets converters.
_UPSTREAM_MISSES = {
    ("secretlint-rule-basicauth", "ng.real-credentials"): [
        "https://svcaccount:myC0mpl3xP@ss@service.internal.com",
        "https://monitor:m0n1t0r!ng@metrics.company.com",
    ],
}


def case_files(git_dir: str, commit: str) -> dict[tuple[str, str], list[str]]:
    """``(package, case) -> [file names in the case directory]`` for every rule snapshot."""
    paths = git(git_dir, "ls-tree", "-r", "--name-only", commit, ROOT).split("\n")
    cases: dict[tuple[str, str], list[str]] = {}
    for path in paths:
        if SNAPSHOTS not in path:
            continue
        package, rest = path[len(ROOT) :].split(SNAPSHOTS, 1)
        if not package.startswith(PACKAGE_PREFIX) or package.startswith(PACKAGE_PREFIX + "preset"):
            continue
        case, _, name = rest.partition("/")
        cases.setdefault((package, case), []).append(name)
    return cases


def utf16_to_index(text: str) -> dict[int, int]:
    """Code-point index of every UTF-16 code-unit offset of ``text`` (plus its end)."""
    out, unit = {}, 0
    for i, ch in enumerate(text):
        out[unit] = i
        unit += 2 if ord(ch) > 0xFFFF else 1
    out[unit] = len(text)
    return out


def finding_span(text: str, message: dict, index: dict[int, int]) -> tuple[int, int]:
    """``(start, end)`` of one finding in ``text``; moved onto the reported value when the
    upstream range is misaligned with it (see the module docstring)."""
    start, end = index[message["range"][0]], index[message["range"][1]]
    for value in (message.get("data") or {}).values():
        if not isinstance(value, str) or len(value) < _MIN_DATA_VALUE or text[start:end] == value:
            continue
        if value in text[start:end]:
            continue
        at = text.find(value, start)
        if at >= 0:
            return at, at + len(value)
    return start, end


def case_record(git_dir: str, commit: str, package: str, case: str, files: list[str]) -> str | None:
    """The JSON line of one snapshot case, or ``None`` when the case is skipped."""
    if case.startswith("options.") or ".secretlintrc.json" in files:
        return None
    base = f"{ROOT}{package}{SNAPSHOTS}{case}/"
    output = json.loads(git(git_dir, "show", f"{commit}:{base}output.json"))
    name = output["filePath"].split(f"/{case}/", 1)[1]
    try:
        text = git_bytes(git_dir, "show", f"{commit}:{base}{name}").decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not text:
        return None
    if output.get("sourceContent", text) != text:
        raise SystemExit(f"{package}/{case}: output.json sourceContent differs from {name}")
    messages = output["messages"]
    if case.startswith("ng.") and not messages:
        return None
    if case.startswith("ok.") and messages:
        raise SystemExit(f"{package}/{case}: ok case with findings")
    index = utf16_to_index(text)
    spans = {finding_span(text, m, index) for m in messages}
    for value in _UPSTREAM_MISSES.get((package, case), []):
        at = text.index(value)
        spans.add((at, at + len(value)))
    spans = sorted(spans)
    rule = package[len(PACKAGE_PREFIX) :]
    return file_record(f"sl-{rule}/{case}", text, spans, f"secretlint.{package}", base + name)


def main() -> None:
    git_dir, commit = sys.argv[1], sys.argv[2]
    for (package, case), files in sorted(case_files(git_dir, commit).items()):
        if package in _SKIPPED_PACKAGES:
            continue
        line = case_record(git_dir, commit, package, case, files)
        if line is not None:
            print(line)


if __name__ == "__main__":
    main()
