"""Secret detection scored on whole config and code FILES with labelled secret values.

The rule-example corpora (:mod:`~transforms.privacy.evaluation.secret_cases`) are one-line strings;
real pastes are files (``.npmrc``, ``.pypirc``, Docker ``config.json``, Jenkins XML, ``.env``,
properties, shell scripts). Each record here is one public fixture file:
``{"id", "text", "secrets": [{"start", "end", "value"}], "rule_id", "source_file", "sha256"}``
(vendored under ``tests/data/external/secrets/`` with provenance, licence and converter), and
optionally ``"unscored"`` (same shape): values upstream neither labels nor clears, whose lines
are left out of the negatives.

Scoring, per engine (``ours``, ``kingfisher``, ``merged`` as in ``secret_cases``):

- recall per labelled value: found when a detected span overlaps it;
- negatives: every non-blank line holding no labelled value; flagged when a detected span
  overlaps it (``false_positive_spans`` counts the spans themselves).

The split is fixed by a hash of ``rule_id`` (one fixture's yml/json/xml forms share it).
"""

from __future__ import annotations

import json
from typing import Any

from transforms.privacy.evaluation.secret_cases import (
    DATA_DIR,
    ENGINES,
    SPLITS,
    engine_spans,
    split_of,
)

FILE_CORPORA: dict[str, str] = {
    "whispers-files": "whispers_config_files.jsonl",
    "ripsecrets-files": "ripsecrets_test_files.jsonl",
    "detect-secrets-files": "detect_secrets_test_files.jsonl",
    "secretlint-files": "secretlint_test_files.jsonl",
    "ghpatterns-files": "ghpatterns_test_files.jsonl",
    "trivy-files": "trivy_test_files.jsonl",
    "kics-files": "kics_test_files.jsonl",
    "credsweeper-files": "credsweeper_test_files.jsonl",
    "earlybird-cases": "earlybird_test_cases.jsonl",
}


def load_file_corpus(name: str, split: str = "all") -> list[dict[str, Any]]:
    """The file records of corpus ``name`` in ``split``."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    path = DATA_DIR / FILE_CORPORA[name]
    with path.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return [r for r in records if split == "all" or split_of(r["rule_id"]) == split]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def negative_lines(record: dict[str, Any]) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line of the file that holds no labelled value (nor
    an ``unscored`` one: a value upstream neither labels nor clears)."""
    text = record["text"]
    values = [(v["start"], v["end"]) for v in [*record["secrets"], *record.get("unscored", [])]]
    out, pos = [], 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.strip() and not _overlaps(values, start, end):
            out.append((start, end))
    return out


def score_files(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Per-value recall and negative-line flag rate per engine, plus the misses (file, value)
    and flagged lines of the merged engine."""
    totals = {e: {"found": 0, "flagged": 0, "fp_spans": 0} for e in ENGINES}
    n_values = n_lines = 0
    misses: list[str] = []
    flagged_lines: list[str] = []
    for rec in records:
        spans = engine_spans(rec["text"])
        values = [(v["start"], v["end"]) for v in rec["secrets"]]
        lines = negative_lines(rec)
        n_values, n_lines = n_values + len(values), n_lines + len(lines)
        for engine in ENGINES:
            found = [_overlaps(spans[engine], s, e) for s, e in values]
            hit = [_overlaps(spans[engine], s, e) for s, e in lines]
            totals[engine]["found"] += sum(found)
            totals[engine]["flagged"] += sum(hit)
            totals[engine]["fp_spans"] += sum(not _overlaps(values, s, e) for s, e in spans[engine])
            if engine == "merged":
                pairs = zip(rec["secrets"], found, strict=True)
                misses += [f"{rec['id']}: {v['value']}" for v, f in pairs if not f]
                flagged_lines += [
                    f"{rec['id']}: {rec['text'][s:e].strip()}"
                    for (s, e), h in zip(lines, hit, strict=True)
                    if h
                ]
    report: dict[str, Any] = {"files": len(records), "secrets": n_values, "negatives": n_lines}
    report["engines"] = {
        e: {
            "found": t["found"],
            "recall": round(t["found"] / n_values, 4) if n_values else None,
            "negatives_flagged": t["flagged"],
            "negative_flag_rate": round(t["flagged"] / n_lines, 4) if n_lines else None,
            "false_positive_spans": t["fp_spans"],
        }
        for e, t in totals.items()
    }
    report["missed_values"] = misses
    report["flagged_negative_lines"] = flagged_lines
    return report


def evaluate_file_corpus(name: str, split: str = "dev") -> dict[str, Any]:
    """Score file corpus ``name`` on ``split``; held-out misses are not listed."""
    records = load_file_corpus(name, split)
    report = {"corpus": name, "split": split, **score_files(records)}
    if split == "heldout":
        report.pop("missed_values")
        report.pop("flagged_negative_lines")
    return report
