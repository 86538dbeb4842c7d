"""Score the content filters against the simulator's planted low-quality gold.

The rules in :mod:`transforms.exports.content` were written while looking at data of the
development seed (``DEV_SEED``); the reported figures come from a *held-out* seed that was
never looked at while tuning (``HELD_OUT_SEED``, or any seed the caller picks). For each
seed: generate a fresh platform dataset in a temporary directory, rebuild every session's
conversation the way the SFT mart does (per ``seq`` the message the user kept: the latest,
regenerated-away answers excluded), label it low-quality when a planted defective turn is in
it, run the filters and count.

Figures: share of planted low-quality conversations dropped (target >= 0.9), share of good
conversations kept (target >= 0.95), and per rule its precision (dropped rows that are planted
bad) and recall on the defect kind it targets.
"""

from __future__ import annotations

import gzip
import json
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

DEV_SEED = 7
HELD_OUT_SEED = 20261204
TARGET_BAD_DROPPED = 0.9
TARGET_GOOD_KEPT = 0.95
# planted defect kind -> the rule meant to catch it
RULE_FOR_KIND = {
    "off_topic": "off_topic",
    "wrong_file": "fix_wrong_file",
    "truncated": "truncated_answer",
    "empty": "empty_answer",
    "wrong_language": "wrong_language",
    "retry_loop": "repetition",
    "residual_secret": "residual_secret",
}


def conversations(source_dir: Path) -> dict[str, list[dict[str, str]]]:
    """Session id -> kept messages in ``seq`` order (``{"role","content","message_id"}``)."""
    by_session: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
    for path in sorted(Path(source_dir).glob("messages/dt=*/*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                m = json.loads(line)
                seqs = by_session[m["session_id"]]
                prev = seqs.get(m["seq"])
                if prev is None or (m["created_at"], m["message_id"]) > (
                    prev["created_at"],
                    prev["message_id"],
                ):
                    seqs[m["seq"]] = m
    return {
        sid: [
            {"role": m["role"], "content": m["text"], "message_id": m["message_id"]}
            for _, m in sorted(seqs.items())
        ]
        for sid, seqs in by_session.items()
    }


def evaluate_source(source_dir: Path) -> dict[str, Any]:
    """Filter verdicts vs planted gold for one generated source directory."""
    from transforms.exports.content import REASONS, check_conversation
    from transforms.simulator.sinks import read_low_quality_gold

    gold = {g["message_id"]: g["kind"] for g in read_low_quality_gold(source_dir)}
    convs = conversations(source_dir)
    rule_hits: Counter[str] = Counter()
    rule_true: Counter[str] = Counter()
    kind_total: Counter[str] = Counter()
    kind_dropped: Counter[str] = Counter()
    kind_by_rule: Counter[str] = Counter()
    bad = bad_dropped = good = good_kept = 0
    false_drops: list[dict[str, str]] = []
    for sid, msgs in sorted(convs.items()):
        kinds = {gold[m["message_id"]] for m in msgs if m["message_id"] in gold}
        reason = check_conversation(msgs)
        if reason:
            rule_hits[reason] += 1
        if kinds:
            bad += 1
            bad_dropped += reason is not None
            if reason:
                rule_true[reason] += 1
            for k in kinds:
                kind_total[k] += 1
                kind_dropped[k] += reason is not None
                kind_by_rule[k] += reason == RULE_FOR_KIND[k]
        else:
            good += 1
            good_kept += reason is None
            if reason and len(false_drops) < 20:
                false_drops.append({"session_id": sid, "rule": reason})
    rules = {}
    for rule in REASONS:
        kinds = [k for k, r in RULE_FOR_KIND.items() if r == rule]
        total = sum(kind_total[k] for k in kinds)
        rules[rule] = {
            "dropped": rule_hits[rule],
            "precision": _ratio(rule_true[rule], rule_hits[rule]),
            "recall": _ratio(sum(kind_by_rule[k] for k in kinds), total),
            "planted": total,
        }
    return {
        "conversations": len(convs),
        "planted_bad": bad,
        "good": good,
        "bad_dropped": _ratio(bad_dropped, bad),
        "good_kept": _ratio(good_kept, good),
        "by_rule": rules,
        "by_kind": {
            k: {"planted": kind_total[k], "dropped": _ratio(kind_dropped[k], kind_total[k])}
            for k in sorted(kind_total)
        },
        "false_drop_examples": false_drops,
    }


def evaluate(messages: int = 20_000, seeds: tuple[int, ...] = (HELD_OUT_SEED,)) -> dict[str, Any]:
    """Generate one dataset per seed (``messages`` messages each) and score the filters."""
    from transforms.config import Settings
    from transforms.simulator.generator import generate

    out: dict[str, Any] = {
        "messages": messages,
        "targets": {"bad_dropped": TARGET_BAD_DROPPED, "good_kept": TARGET_GOOD_KEPT},
        "dev_seed": DEV_SEED,
        "seeds": {},
    }
    for seed in seeds:
        with tempfile.TemporaryDirectory(prefix="iw-content-eval-") as tmp:
            settings = Settings(data_dir=Path(tmp), workers=1)
            generate(settings, messages=messages, seed=seed, progress=False, shards=1)
            res = evaluate_source(settings.source_dir)
        res["split"] = "dev" if seed == DEV_SEED else "held_out"
        res["meets_targets"] = (
            res["bad_dropped"] >= TARGET_BAD_DROPPED and res["good_kept"] >= TARGET_GOOD_KEPT
        )
        out["seeds"][str(seed)] = res
    return out


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 1.0


def write_report(settings, report: dict[str, Any]) -> Path:
    """Write the report to ``<reports>/content_eval.json`` (atomic); returns the path."""
    from transforms.io import write_json_atomic

    path = Path(settings.reports_dir) / "content_eval.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    write_json_atomic(report, path)
    return path
