"""Phone-format probe: libphonenumber's example numbers of every region in the written forms
people use, and number look-alikes that must stay unflagged
(:mod:`transforms.privacy.evaluation.phone_forms`).

Run: ``.venv/bin/python -m transforms.bench.phone_probe [--engine] [--misses N] [--json PATH]``.
By default the regex detectors and overlap resolution run (``detect_batch(ner=False)``: what
phones compete with is there, NER is not); ``--engine`` adds NER and the post-steps.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from transforms.privacy.evaluation.phone_forms import (
    look_alikes,
    positive_cases,
    score_negatives,
    score_positives,
)


def run_probe(*, ner: bool = False, per_kind: int = 20, seed: int = 7) -> dict[str, Any]:
    from transforms.privacy.engine import detect_batch

    cases = positive_cases()
    t0 = time.perf_counter()
    found = detect_batch([c.text for c in cases], ner=ner)
    seconds = time.perf_counter() - t0
    negatives = look_alikes(per_kind, seed)
    neg_found = detect_batch([n[2] for n in negatives], ner=ner)
    return {
        "positives": score_positives(cases, found),
        "negatives": score_negatives(negatives, neg_found),
        "seconds": round(seconds, 2),
    }


def timing_texts(n: int = 3000, seed: int = 7) -> list[str]:
    """Coding-chat-like texts: coding_chat and agent_trajectories dev, then 30-line windows of
    installed libraries' source up to ``n``."""
    from transforms.bench.pii_code_windows import sample_windows
    from transforms.privacy.evaluation.external import load_corpus

    texts = [
        r["text"] for c in ("coding_chat", "agent_trajectories") for r in load_corpus(c, "dev")
    ]
    return (texts + [w[2] for w in sample_windows(max(0, n - len(texts)), seed)])[:n]


def phone_seconds(texts: list[str], repeats: int = 3) -> float:
    """Best of ``repeats`` wall times of :func:`detect_phones` over ``texts`` (warmed up)."""
    from transforms.privacy.pii.phones import detect_phones, warm_up_phones

    warm_up_phones()
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        for t in texts:
            detect_phones(t)
        best = min(best, time.perf_counter() - t0)
    return best


def _table(title: str, rows: dict[str, dict[str, Any]]) -> None:
    print(title)
    for key, r in rows.items():
        print(f"  {key:<22} {r['recall']:.3f}  ({r['found']}/{r['n']})")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m transforms.bench.phone_probe")
    parser.add_argument("--engine", action="store_true", help="full engine (NER and post-steps)")
    parser.add_argument("--misses", type=int, default=0, help="print this many misses per form")
    parser.add_argument("--json", help="write the full report here")
    parser.add_argument("--timing", action="store_true", help="time detect_phones on 3,000 texts")
    args = parser.parse_args(argv)
    if args.timing:
        texts = timing_texts()
        print(f"detect_phones on {len(texts)} coding-chat-like texts: {phone_seconds(texts):.3f} s")
        return
    report = run_probe(ner=args.engine)
    pos, neg = report["positives"], report["negatives"]
    _table("overall", pos["overall"])
    for group in ("form", "zone", "type", "frame"):
        _table(f"per {group}", pos[group])
    ext = pos["extension_kept"]
    print(f"extension kept in the span: {ext['recall']:.3f} ({ext['found']}/{ext['n']})")
    print(f"look-alikes flagged: {neg['flagged']} of {neg['texts']} texts {neg['per_kind']}")
    for h in neg["hits"][:20]:
        print(f"  {h['kind']:<16} {h['text']!r} -> {h['flagged']}")
    if args.misses:
        shown: dict[str, int] = {}
        for m in pos["misses"]:
            if shown.get(m["form"], 0) < args.misses:
                shown[m["form"]] = shown.get(m["form"], 0) + 1
                print(f"  miss {m['form']:<16} {m['region']} frame {m['frame']}: {m['value']!r}")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(report, fh, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
