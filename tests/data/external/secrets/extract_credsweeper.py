"""Extract CredSweeper's test sample files with the findings its own tests expect, as whole files.

Usage: ``python extract_credsweeper.py GIT_DIR COMMIT > credsweeper_test_files.jsonl``

Reads github.com/Samsung/CredSweeper (MIT) at ``COMMIT``: the sample files ``tests/samples/*``
and the expected reports of its data tests, ``tests/data/*.json`` (the runs are configured in
``tests/data/__init__.py``). Only sample TEXT and upstream's expected findings are vendored; no
rule, pattern or keyword list (``credsweeper/rules/config.yaml``, ``credsweeper/ml_model``) is
read.

Labels (upstream's own): a secret is a value that ``output.json`` (the DEFAULT run: filters on,
ML at its default threshold, so ML-validated rules only report what the model accepts) reports
under a rule of severity ``critical``, ``high`` or ``medium``; every confidence (``strong``,
``moderate``, ``weak``) counts. Each finding's ``line_data_list`` entry gives ``line_num`` and
``value_start``/``value_end`` on that line; a ``PEM Private Key`` finding (one entry per line of
the key) is one value from its first entry's start to its last entry's end, the armour
included; the other multi-entry findings (``AWS Multi``: key id and secret, ``Google Multi``,
``Alibaba Multi``) label each entry. Overlapping values are merged.

Unscored (neither labelled nor a negative line): ``output.json`` values of ``low``/``info``
rules (``UUID``, ``AWS S3 Bucket``, ``Firebase Domain``, ``Salt``, ``Nonce``, ``API``, ``OTP``,
a Dropbox app secret: identifiers or weak material, upstream's own grading), the ``kty`` entry
of a ``JWK`` finding (a structure marker, not a value), and every value any OTHER expected run
reports on the file's raw text (``no_ml.json``: ML off; ``no_filters_no_ml.json``: filters and
ML off; ``depth_3_pedantic.json``; ``doc.json``: documentation mode, ML threshold 0), when it
lies on its reported line: candidates upstream's filters or model reject at default settings
are regression snapshots, not statements that the line is clean.

Files: every sample that is strict UTF-8 without a NUL byte (binaries, archives, key stores,
office files, UTF-16/Latin-1 patches are skipped), except ``xml_data.xml`` and
``xml_password.xml`` (upstream reports them on the parsed XML, whose line numbers are not the
raw text's). A file ``output.json`` labels nothing in is all negatives, lines of unscored
values excepted. The checker fails if a reported ``line`` is not the file's line or a value is
not at its offsets.

Split group (``rule_id``): ``credsweeper.<sample file name>``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# the shared file_corpus.py beside this script
sys.path.insert(0, str(Path(__file__).resolve().parent))
from file_corpus import file_record, git, git_bytes, merge_spans  # noqa: E402

_SAMPLES = "tests/samples"
_PARSED = {"xml_data.xml", "xml_password.xml"}  # findings on the parsed XML, not the raw lines
_SCORED_SEVERITY = {"critical", "high", "medium"}
_OTHER_RUNS = ("no_ml.json", "no_filters_no_ml.json", "depth_3_pedantic.json", "doc.json")


def _text(data: bytes) -> str | None:
    """The sample's text, or None for a binary / non-UTF-8 file."""
    if b"\0" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _line_starts(text: str) -> list[int]:
    starts, pos = [], 0
    for line in text.split("\n"):
        starts.append(pos)
        pos += len(line) + 1
    return starts


def _exact(text: str, starts: list[int], entry: dict) -> tuple[int, int]:
    """File offsets of an ``output.json`` entry's value (checked against its line)."""
    lines = text.split("\n")
    n = entry["line_num"]
    if lines[n - 1].rstrip("\r") != entry["line"]:
        raise ValueError(f"line {n} of {entry['path']} is not the reported line")
    s, e = entry["value_start"], entry["value_end"]
    if entry["line"][s:e] != entry["value"]:
        raise ValueError(f"value not at its offsets: {entry}")
    return starts[n - 1] + s, starts[n - 1] + e


def _located(text: str, starts: list[int], entry: dict) -> tuple[int, int] | None:
    """File offsets of another run's value when it lies on its reported raw line, else None
    (values found in decoded or parsed data: base64, archives, HTML, documents)."""
    lines = text.split("\n")
    n, value = entry["line_num"], entry["value"]
    if not value or not 0 < n <= len(lines):
        return None
    line = lines[n - 1]
    if line.rstrip("\r") == entry["line"] and line[entry["value_start"] :].startswith(value):
        return starts[n - 1] + entry["value_start"], starts[n - 1] + entry["value_end"]
    i = line.find(value)
    return None if i < 0 else (starts[n - 1] + i, starts[n - 1] + i + len(value))


def _by_file(report: list[dict]) -> dict[str, list[tuple[dict, dict]]]:
    """``{sample name: [(finding, entry), ...]}`` of a report (only direct sample paths)."""
    out: dict[str, list[tuple[dict, dict]]] = {}
    for finding in report:
        for entry in finding["line_data_list"]:
            path = entry["path"].removeprefix("./")
            if path.startswith(_SAMPLES + "/"):
                out.setdefault(path[len(_SAMPLES) + 1 :], []).append((finding, entry))
    return out


def _labels(text: str, found: list[tuple[dict, dict]]) -> tuple[list, list]:
    """Labelled and unscored spans of ``output.json``'s findings in one file."""
    starts = _line_starts(text)
    secrets: list[tuple[int, int]] = []
    unscored: list[tuple[int, int]] = []
    seen: set[int] = set()
    for finding, _ in found:
        if id(finding) in seen:
            continue
        seen.add(id(finding))
        entries = [e for e in finding["line_data_list"] if e["value"]]
        spans = [_exact(text, starts, e) for e in entries]
        if finding["severity"] not in _SCORED_SEVERITY:
            unscored += spans
        elif finding["rule"] == "PEM Private Key":
            secrets.append((spans[0][0], spans[-1][1]))
        elif finding["rule"] == "JWK":
            for e, span in zip(entries, spans, strict=True):
                (unscored if e["value"].lstrip('"').startswith("kty") else secrets).append(span)
        else:
            secrets += spans
    return secrets, unscored


def main() -> None:
    git_dir, commit = sys.argv[1], sys.argv[2]
    expected = _by_file(json.loads(git(git_dir, "show", f"{commit}:tests/data/output.json")))
    others = [
        _by_file(json.loads(git(git_dir, "show", f"{commit}:tests/data/{run}")))
        for run in _OTHER_RUNS
    ]
    names = git(git_dir, "ls-tree", "--name-only", f"{commit}:{_SAMPLES}").split("\n")
    for name in sorted(n for n in names if n and n not in _PARSED):
        text = _text(git_bytes(git_dir, "show", f"{commit}:{_SAMPLES}/{name}"))
        if text is None:
            continue
        secrets, unscored = _labels(text, expected.get(name, []))
        starts = _line_starts(text)
        for run in others:
            for _, entry in run.get(name, []):
                span = _located(text, starts, entry)
                if span is not None:
                    unscored.append(span)
        secrets = merge_spans(secrets)
        unscored = [
            u for u in merge_spans(unscored) if not any(s < u[1] and u[0] < e for s, e in secrets)
        ]
        record = json.loads(
            file_record(f"cs-{name}", text, secrets, f"credsweeper.{name}", f"{_SAMPLES}/{name}")
        )
        if unscored:
            record["unscored"] = [{"start": s, "end": e, "value": text[s:e]} for s, e in unscored]
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
