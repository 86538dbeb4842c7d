"""Score detection against the generator's gold labels (``iw pii eval``).

Matching rule (typed, per message):
- a gold span is *found* when some detected span of the same type overlaps it by at least half
  of the gold span's length;
- a detected span is *correct* when it overlaps some gold span of the same type by at least half
  of the detected span's length.
Recall = found / gold, precision = correct / detected, F1 their harmonic mean; per type (gold
type for recall, detected type for precision) and micro-averaged overall. ``untyped`` repeats
the overall numbers ignoring types (what matters for removal: a name redacted as LOCATION is
still gone). ``pii_free_flag_rate`` = share of messages without any gold span that get at least
one detection.

The corpus is synthetic (``transforms.simulator.generator.generate_labelled_messages``), so the
report's example misses/false positives quote generated values only.
"""

from __future__ import annotations

import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from transforms.config import Settings
from transforms.contracts.platform import ENTITY_TYPES
from transforms.io import write_json_atomic

EXAMPLES_PER_KIND = 25


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _covered(span: dict, others: list[dict]) -> tuple[bool, bool]:
    """(same-type, any-type) match: another span overlaps at least half of ``span``."""
    half = (span["end"] - span["start"]) / 2
    hits = [o for o in others if _overlap(span["start"], span["end"], o["start"], o["end"]) >= half]
    return any(o["type"] == span["type"] for o in hits), bool(hits)


def _prf(tp_r: int, n_gold: int, tp_p: int, n_det: int) -> dict[str, float | int]:
    recall = tp_r / n_gold if n_gold else 1.0
    precision = tp_p / n_det if n_det else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "gold": n_gold,
        "detected": n_det,
        "found": tp_r,
        "correct": tp_p,
    }


def score(
    gold: Iterable[Mapping[str, Any]],
    detected: Mapping[Any, Sequence[Mapping[str, Any]]],
    texts: Mapping[Any, str],
) -> dict[str, Any]:
    """Precision/recall/F1 per type and overall, plus the PII-free flag rate.

    ``gold``: spans ``{"id","start","end","type"}``; ``detected``: message id -> spans
    ``{"start","end","type"}``; ``texts``: every scored message id -> its text.
    """
    gold_by_id: dict[Any, list[Mapping[str, Any]]] = defaultdict(list)
    for g in gold:
        if g["id"] not in texts:
            raise ValueError(f"gold span for unknown message id {g['id']!r}")
        gold_by_id[g["id"]].append(g)
    n_gold, n_det, found, correct = Counter(), Counter(), Counter(), Counter()
    u_found = u_correct = 0
    misses: list[dict] = []
    false_pos: list[dict] = []
    pii_free = flagged = 0
    for mid, text in texts.items():
        gs = gold_by_id.get(mid, [])
        ds = list(detected.get(mid, []))
        if not gs:
            pii_free += 1
            flagged += bool(ds)
        for g in gs:
            n_gold[g["type"]] += 1
            typed, anytype = _covered(g, ds)
            found[g["type"]] += typed
            u_found += anytype
            if not typed and len(misses) < EXAMPLES_PER_KIND * 4:
                misses.append(
                    {
                        "id": mid,
                        "type": g["type"],
                        "value": text[g["start"] : g["end"]],
                        "redacted_as_other_type": anytype,
                    }
                )
        for d in ds:
            n_det[d["type"]] += 1
            typed, anytype = _covered(d, gs)
            correct[d["type"]] += typed
            u_correct += anytype
            if not typed and len(false_pos) < EXAMPLES_PER_KIND * 4:
                false_pos.append(
                    {
                        "id": mid,
                        "type": d["type"],
                        "value": text[d["start"] : d["end"]],
                        "detector": d.get("detector"),
                    }
                )
    types = [t for t in ENTITY_TYPES if n_gold[t] or n_det[t]]
    per_type = {t: _prf(found[t], n_gold[t], correct[t], n_det[t]) for t in types}
    overall = _prf(
        sum(found.values()), sum(n_gold.values()), sum(correct.values()), sum(n_det.values())
    )
    overall["pii_free_flag_rate"] = round(flagged / pii_free, 4) if pii_free else 0.0
    return {
        "overall": overall,
        "per_type": per_type,
        "untyped": _prf(u_found, sum(n_gold.values()), u_correct, sum(n_det.values())),
        "messages": len(texts),
        "pii_free_messages": pii_free,
        "pii_free_flagged": flagged,
        "pii_free_flag_rate": overall["pii_free_flag_rate"],
        "examples": {"misses": misses, "false_positives": false_pos},
    }


def labelled_corpus(messages: int, seed: int) -> tuple[list[dict], list[dict]]:
    """The generator's labelled message corpus (messages ``{"id","text"}``, gold spans)."""
    if messages <= 0:
        raise ValueError(f"messages must be positive, got {messages}")
    from transforms.simulator.generator import generate_labelled_messages

    return generate_labelled_messages(messages, seed)


def evaluate_detection(
    msgs: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]], workers: int
) -> dict[str, Any]:
    """Run our detector over ``msgs`` and score it against ``gold`` (adds throughput)."""
    from transforms.privacy.engine import detect_many

    t0 = time.perf_counter()
    results = detect_many([m["text"] for m in msgs], workers=workers)
    elapsed = time.perf_counter() - t0
    detected = {
        m["id"]: [
            {"start": s.start, "end": s.end, "type": s.type, "detector": s.detector} for s in spans
        ]
        for m, spans in zip(msgs, results, strict=True)
    }
    report = score(gold, detected, {m["id"]: m["text"] for m in msgs})
    report["seconds"] = round(elapsed, 3)
    report["docs_per_s"] = round(len(msgs) / elapsed, 1) if elapsed else None
    return report


# Names and cities outside the gazetteers, for an honest look at recall beyond the word lists.
HOLDOUT_FIRST = (
    "Aurelio",
    "Bongani",
    "Cosmin",
    "Dagmar",
    "Eamon",
    "Fenna",
    "Gintaras",
    "Hallie",
    "Ilse",
    "Joaquim",
    "Kalani",
    "Lorcan",
    "Mireille",
    "Nkechi",
    "Oisin",
    "Paloma",
    "Quentin",
    "Radu",
    "Solveig",
    "Tadeo",
    "Ulla",
    "Vasco",
    "Wanjiru",
    "Ximena",
)
HOLDOUT_LAST = (
    "Quispe",
    "Okonkwo",
    "Vasquez",
    "Lindqvist",
    "Haddad",
    "Nakamura",
    "Petrov",
    "Fontaine",
    "Brennan",
    "Kovacs",
    "Mwangi",
    "Castellanos",
    "Andersen",
    "Ferreira",
    "Novotny",
    "Achterberg",
)
HOLDOUT_CITIES = (
    "Tromsø",
    "Gdynia",
    "Arequipa",
    "Mendoza",
    "Rennes",
    "Graz",
    "Tartu",
    "Aalborg",
    "Leuven",
    "Trieste",
    "Coimbra",
    "Bergamo",
    "Kaunas",
    "Debrecen",
    "Plovdiv",
    "Uppsala",
    "Galway",
    "Hobart",
    "Dunedin",
    "Kelowna",
)


def holdout_corpus(
    msgs: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]], seed: int = 0
) -> tuple[list[dict], list[dict]]:
    """The corpus with every gold PERSON and single-word city swapped for names and cities that
    are in none of our gazetteers (offsets re-computed)."""
    import random

    from transforms.privacy.pii.gazetteers import CITIES, GIVEN_NAMES

    # The public lists change with their packages: keep only the names they do not hold.
    holdout_first = [n for n in HOLDOUT_FIRST if n not in GIVEN_NAMES]
    holdout_cities = [c for c in HOLDOUT_CITIES if c not in CITIES]
    rng = random.Random(seed)
    by_id: dict[Any, list[Mapping[str, Any]]] = defaultdict(list)
    for g in gold:
        by_id[g["id"]].append(g)
    new_msgs, new_gold = [], []
    for m in msgs:
        text, shift, pieces, pos = m["text"], 0, [], 0
        for g in sorted(by_id.get(m["id"], []), key=lambda g: g["start"]):
            value = text[g["start"] : g["end"]]
            repl = value
            if g["type"] == "PERSON":
                repl = rng.choice(holdout_first) + (
                    f" {rng.choice(HOLDOUT_LAST)}" if " " in value else ""
                )
            elif g["type"] == "LOCATION" and value.isalpha() and " " not in value:
                repl = rng.choice(holdout_cities)
            pieces.append(text[pos : g["start"]])
            start = g["start"] + shift
            pieces.append(repl)
            pos = g["end"]
            shift += len(repl) - len(value)
            new_gold.append(
                {
                    **g,
                    "start": start,
                    "end": start + len(repl),
                    "value": repl,
                    "swapped": repl != value,
                }
            )
        pieces.append(text[pos:])
        new_msgs.append({"id": m["id"], "text": "".join(pieces)})
    return new_msgs, new_gold


def holdout_recall(
    msgs: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]], workers: int
) -> dict[str, Any]:
    """PERSON / city recall and precision on the swapped corpus (unseen names and cities)."""
    h_msgs, h_gold = holdout_corpus(msgs, gold)
    report = evaluate_detection(h_msgs, [g for g in h_gold if g["swapped"]], workers)
    keep = ("PERSON", "LOCATION")
    return {t: report["per_type"][t] for t in keep if t in report["per_type"]}


def run_eval(settings: Settings, messages: int, out: Path | None) -> dict[str, Any]:
    """Generate ``messages`` labelled messages, detect, score, write JSON, print a table.

    Returns ``{"overall": {...}, "per_type": {...}, "untyped": ..., "pii_free_flag_rate": ...}``;
    the JSON goes to ``out`` (default ``settings.reports_dir/pii_eval.json``).
    """
    msgs, gold = labelled_corpus(messages, settings.seed)
    report = evaluate_detection(msgs, gold, settings.workers)
    # Precision here counts unswapped (in-list) PII as false positives: read recall only.
    report["holdout_unseen_names"] = holdout_recall(msgs, gold, settings.workers)
    report["seed"] = settings.seed
    report["rule"] = (
        "typed; gold found when a same-type detection overlaps >= 50% of the gold "
        "span; detection correct when it overlaps a same-type gold span by >= 50% "
        "of its own length"
    )
    from transforms.privacy.policy import policy_hash

    report["policy_hash"] = policy_hash()
    path = Path(out) if out is not None else settings.reports_dir / "pii_eval.json"
    write_json_atomic(report, path)
    report["path"] = str(path)
    print_report(report)
    return report


def print_report(report: Mapping[str, Any]) -> None:
    """A small rich table on stderr."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"PII/secret detection on {report['messages']} generated messages")
    for col in ("type", "gold", "detected", "precision", "recall", "f1"):
        table.add_column(col, justify="left" if col == "type" else "right")
    rows = [*report["per_type"].items(), ("overall", report["overall"])]
    for name, m in rows:
        table.add_row(
            name,
            str(m["gold"]),
            str(m["detected"]),
            f"{m['precision']:.3f}",
            f"{m['recall']:.3f}",
            f"{m['f1']:.3f}",
        )
    console = Console(file=sys.stderr)
    console.print(table)
    console.print(
        f"PII-free messages flagged: {report['pii_free_flagged']}/"
        f"{report['pii_free_messages']} ({report['pii_free_flag_rate']:.1%})"
    )
    for etype, m in report.get("holdout_unseen_names", {}).items():
        console.print(f"{etype} recall with names/cities outside our gazetteers: {m['recall']:.3f}")
