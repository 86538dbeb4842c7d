"""PII detection scored on public labelled text nobody here wrote (``iw pii eval --corpus``).

PII corpora are vendored under ``tests/data/external/<name>/`` with licence and provenance in a
README beside each file, so the eval runs from a clean clone with no download. Each record is
``{"id", "text", "gold": [[start, end, upstream_type], ...]}``.

- **Types**: upstream types are mapped onto our fixed output vocabulary (:data:`TYPE_MAP`, e.g.
  ``STREET_ADDRESS`` -> ``LOCATION``); upstream types outside it (organisations, dates, titles, ...)
  are *ignored*: a detection overlapping one by half its length is dropped before scoring, so it
  counts neither as correct nor as a false positive.
- **Scoring**: the same typed half-overlap rule as the generated-gold eval
  (:func:`transforms.privacy.evaluation.generated_gold.score`).
- **Splits**: a corpus's official split when its records carry one (WNUT 17, Universal NER,
  Broad Twitter Corpus, GUM, SEC filings, re3d, SLURP, CrossNER, Turku NER, StackOverflowNER,
  NorNE, NerKor: dev (or train) -> ``dev``, test -> ``heldout``), else fixed by a SHA-256 hash
  of the record id (~30 % ``heldout``; WikiGold's, enp_fr's/enp_nl's, kpwr's records carry their
  article's, chunk's, document's). The held-out split is never read while tuning (misses go
  unlisted). The corpus table itself lives in ``corpus_registry``.
- **Address coverage**: records that carry a ``street`` span (``address_formats``) also get an
  ``address_coverage`` block: one gold span per whole address is found under the half-overlap rule
  only when ONE detection covers half of it, so the block also counts what the union of LOCATION
  detections covers (street line entirely, address at least half, share of address characters).
- **Baseline**: naive Presidio (default recognizers, same offline spaCy model, one ``analyze``
  per message), scored on the same records in the same run unless ``baseline=False``.

Secret corpora (``transforms.privacy.evaluation.secret_cases.SECRET_CORPORA``) are dispatched to
that module, whole-file secret corpora (``secret_file_eval.FILE_CORPORA``) to that one.
``--corpus`` also takes the path of your own ``.jsonl`` file in either record format (PII records
with ``gold``, secret cases with ``label``); its split comes from a record's ``split`` field or
the id hash, as above.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from transforms.privacy.evaluation.address_coverage import address_coverage
from transforms.privacy.evaluation.corpus_registry import PII_CORPORA
from transforms.privacy.evaluation.generated_gold import _overlap, score

DATA_DIR = Path(__file__).resolve().parents[3] / "tests" / "data" / "external"

SPLITS = ("dev", "heldout", "all")
HELDOUT_PERCENT = 30

# upstream entity type -> our output type; anything else is ignored (see module docstring)
TYPE_MAP: dict[str, str] = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN_CODE",
    "IP_ADDRESS": "IP_ADDRESS",
    "US_SSN": "US_SSN",
    "STREET_ADDRESS": "LOCATION",
    "LOCATION": "LOCATION",
}
EXAMPLES = 40


def split_of(record_id: str) -> str:
    """``heldout`` or ``dev``, fixed by a hash of the record id (stable across runs/machines)."""
    bucket = int(hashlib.sha256(record_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "heldout" if bucket < HELDOUT_PERCENT else "dev"


def corpus_names() -> list[str]:
    """Every corpus ``--corpus`` accepts (PII and, when present, secret corpora)."""
    from transforms.privacy.evaluation.secret_cases import SECRET_CORPORA
    from transforms.privacy.evaluation.secret_files import FILE_CORPORA

    names = list(PII_CORPORA)
    return names + [n for n in [*SECRET_CORPORA, *FILE_CORPORA] if n not in PII_CORPORA]


def load_corpus(name: str, split: str = "all") -> list[dict[str, Any]]:
    """Records of PII corpus ``name`` in ``split``, gold as ``[start, end, upstream_type]``."""
    from transforms.privacy.evaluation.secret_cases import corpus_file

    path = corpus_file("PII", PII_CORPORA, DATA_DIR, name, split)
    records = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                rid, text, gold = str(rec["id"]), rec["text"], rec.get("gold", [])
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{n}: bad record ({exc})") from None
            # A record may carry its corpus's official split (dev/test -> dev/heldout).
            if split == "all" or rec.get("split", split_of(rid)) == split:
                records.append({"id": rid, "text": text, "gold": gold})
                if "street" in rec:
                    records[-1]["street"] = rec["street"]
    return records


def _split_gold(records: list[dict[str, Any]]) -> tuple[list[dict], dict[str, list[tuple]]]:
    """(scored gold spans in our vocabulary, id -> ignored upstream spans)."""
    gold, ignored = [], {}
    for rec in records:
        for start, end, typ in rec["gold"]:
            if typ in TYPE_MAP:
                gold.append({"id": rec["id"], "start": start, "end": end, "type": TYPE_MAP[typ]})
            else:
                ignored.setdefault(rec["id"], []).append((start, end))
    return gold, ignored


def _drop_ignored(spans: list[dict], ignored: list[tuple], scored: list[dict] = ()) -> list[dict]:
    """``spans`` without those lying half inside an ignored upstream span, unless same-type
    scored gold covers them half too: GUM marks a citation "(Moretti, 2013)" both ABSTRACT and,
    on the same words, PERSON, and a detection of that person is right, not ignored."""

    def half(s: dict, a: int, b: int) -> bool:
        return _overlap(s["start"], s["end"], a, b) * 2 >= s["end"] - s["start"]

    def hit(s: dict) -> bool:
        if any(g["type"] == s["type"] and half(s, g["start"], g["end"]) for g in scored):
            return False
        return any(half(s, a, b) for a, b in ignored)

    return [s for s in spans if not hit(s)]


def score_records(
    records: list[dict[str, Any]], detected: list[list[dict[str, Any]]]
) -> dict[str, Any]:
    """Score ``detected`` (one span list per record, in order) against the records' gold."""
    gold, ignored = _split_gold(records)
    texts = {r["id"]: r["text"] for r in records}
    gold_by_id: dict[str, list[dict]] = {}
    for g in gold:
        gold_by_id.setdefault(g["id"], []).append(g)
    det: dict[str, list[dict]] = {
        r["id"]: _drop_ignored(list(d), ignored.get(r["id"], []), gold_by_id.get(r["id"], []))
        for r, d in zip(records, detected, strict=True)
    }
    report = score(gold, det, texts)
    _coverage_precision(report, gold, det)
    return report


def _coverage_precision(report: dict[str, Any], gold: list[dict], det: dict[str, list]) -> None:
    """Re-count precision: a detection is correct when same-type gold covers half of it.

    Upstream gold often splits one address into pieces (house number, street, unit, postcode,
    with the city unlabelled between them); one detection covering the whole address overlaps
    no single piece by half, yet is right. Summing the overlaps of all same-type pieces credits it.
    """
    by_id: dict[str, list[dict]] = {}
    for g in gold:
        by_id.setdefault(g["id"], []).append(g)
    correct: dict[str, int] = {}
    false_pos = []
    for rid, spans in det.items():
        for d in spans:
            cover = sum(
                _overlap(d["start"], d["end"], g["start"], g["end"])
                for g in by_id.get(rid, [])
                if g["type"] == d["type"]
            )
            ok = cover * 2 >= d["end"] - d["start"]
            correct[d["type"]] = correct.get(d["type"], 0) + ok
            if not ok:
                false_pos.append(
                    {
                        "id": rid,
                        "type": d["type"],
                        "detector": d.get("detector"),
                        "span": [d["start"], d["end"]],
                    }
                )
    report["examples"]["false_positives"] = false_pos
    for t, row in report["per_type"].items():
        _set_precision(row, correct.get(t, 0))
    _set_precision(report["overall"], sum(correct.values()))


def _set_precision(row: dict[str, Any], n_correct: int) -> None:
    row["correct"] = n_correct
    p = n_correct / row["detected"] if row["detected"] else 1.0
    r = row["recall"]
    row["precision"] = round(p, 4)
    row["f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0


def _ours(texts: list[str]) -> list[list[dict[str, Any]]]:
    from transforms.privacy.engine import detect_batch

    return [
        [{"start": s.start, "end": s.end, "type": s.type, "detector": s.detector} for s in spans]
        for spans in detect_batch(texts)
    ]


def _baseline(texts: list[str]) -> list[list[dict[str, Any]]]:
    from transforms.privacy.evaluation.baseline import baseline_analyzer, baseline_detect

    return baseline_detect(baseline_analyzer(), texts)


def _summary(report: dict[str, Any]) -> dict[str, Any]:
    keep = ("precision", "recall", "f1", "gold", "detected", "found")
    return {
        "overall": {k: report["overall"][k] for k in keep},
        "per_type": {t: {k: v[k] for k in keep} for t, v in report["per_type"].items()},
        "untyped": {k: report["untyped"][k] for k in keep},
        "pii_free_flag_rate": report["pii_free_flag_rate"],
    }


def evaluate_pii_corpus(name: str, split: str = "dev", *, baseline: bool = True) -> dict[str, Any]:
    """Our detection (and naive Presidio unless ``baseline=False``) on one corpus split."""
    records = load_corpus(name, split)
    texts = [r["text"] for r in records]
    ours = _ours(texts)
    full = score_records(records, ours)
    from transforms.privacy.pii.ner_model import model_name

    report: dict[str, Any] = {
        "corpus": name,
        "split": split,
        "records": len(records),
        # a silent fall-back to the small model lowers PERSON: say which one scored
        "ner_model": model_name(),
        "ours": _summary(full),
    }
    coverage = address_coverage(records, ours)
    if coverage:
        report["ours"]["address_coverage"] = coverage
    if baseline:
        naive = _baseline(texts)
        report["naive_presidio"] = _summary(score_records(records, naive))
        if coverage:
            report["naive_presidio"]["address_coverage"] = address_coverage(records, naive)
    if split != "heldout":
        # Held-out misses are never listed, so nobody tunes on them by accident.
        by_id = {r["id"]: r["text"] for r in records}
        fps = [
            {
                **{k: v for k, v in fp.items() if k != "span"},
                "value": by_id[fp["id"]][fp["span"][0] : fp["span"][1]],
            }
            for fp in full["examples"]["false_positives"][:EXAMPLES]
        ]
        report["examples"] = {
            "misses": full["examples"]["misses"][:EXAMPLES],
            "false_positives": fps,
        }
    return report


def evaluate_corpus(name: str, split: str = "dev", *, baseline: bool = True) -> dict[str, Any]:
    """Dispatch: PII corpora here, secret corpora to
    ``transforms.privacy.evaluation.secret_cases``."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    from transforms.privacy.evaluation.secret_cases import (
        SECRET_CORPORA,
        evaluate_secret_corpus,
        is_corpus_path,
        is_secret_file,
    )

    if name in PII_CORPORA:
        return evaluate_pii_corpus(name, split, baseline=baseline)
    if name in SECRET_CORPORA:
        return evaluate_secret_corpus(name, split)
    from transforms.privacy.evaluation.secret_files import FILE_CORPORA, evaluate_file_corpus

    if name in FILE_CORPORA:
        return evaluate_file_corpus(name, split)
    if is_corpus_path(name):
        # a user's own labelled JSONL: secret cases carry "label", PII records "gold"
        if is_secret_file(name):
            return evaluate_secret_corpus(name, split)
        return evaluate_pii_corpus(name, split, baseline=baseline)
    raise ValueError(
        f"unknown corpus {name!r}; choose one of {', '.join(corpus_names())}"
        " or give the path of a .jsonl file"
    )
