"""Shared check of the external-corpus CI floors: detect a fixed slice, score it, compare."""

from __future__ import annotations

from collections import Counter

import pytest

from transforms.privacy.evaluation.external import load_corpus, score_records


def assert_slice_floors(
    corpus: str, split: str, floors_by_model: dict[str, dict[str, dict[str, tuple[float, float]]]]
) -> None:
    """Every second record of ``corpus``/``split``: each type's (recall, precision) floor holds
    for the NER model in use; skips where no floors were measured for that model."""
    from transforms.privacy.engine import detect_batch
    from transforms.privacy.pii.ner_model import model_name

    floors = floors_by_model.get(model_name(), {}).get(corpus)
    if floors is None:
        pytest.skip(f"no {corpus} floors measured for {model_name()}")
    records = load_corpus(corpus, split)[::2]
    detected = [
        [{"start": s.start, "end": s.end, "type": s.type} for s in spans]
        for spans in detect_batch([r["text"] for r in records])
    ]
    per_type = score_records(records, detected)["per_type"]
    for etype, (recall, precision) in floors.items():
        assert per_type[etype]["recall"] >= recall, (etype, per_type[etype])
        assert per_type[etype]["precision"] >= precision, (etype, per_type[etype])


def assert_gold_trimmed_and_typed(corpus: str) -> None:
    """Every gold span of ``corpus`` lies in its text with no outer whitespace, and is scored
    only as PERSON or LOCATION (other upstream types keep their own names and are ignored)."""
    from transforms.privacy.evaluation.external import TYPE_MAP

    for rec in load_corpus(corpus, "all"):
        text = rec["text"]
        for start, end, typ in rec["gold"]:
            value = text[start:end]
            assert 0 <= start < end <= len(text) and value == value.strip(), rec["id"]
            assert typ in ("PERSON", "LOCATION") or typ not in TYPE_MAP, typ


def gold_type_counts(corpus: str, types: tuple[str, ...] | None = None) -> Counter[tuple[str, str]]:
    """Gold spans of ``corpus`` counted by (split, type) over its dev and held-out splits; only
    ``types`` when given (the corpus tests pin these counts)."""
    return Counter(
        (split, typ)
        for split in ("dev", "heldout")
        for r in load_corpus(corpus, split)
        for *_, typ in r["gold"]
        if types is None or typ in types
    )


def assert_groups_stay_in_one_split(corpus: str) -> None:
    """Records of one group (the id up to its last "-": a document or a chunk of sentences) all
    sit in one split of ``corpus``, and both splits hold some groups."""
    split_of_group: dict[str, set[str]] = {}
    for split in ("dev", "heldout"):
        for r in load_corpus(corpus, split):
            split_of_group.setdefault(r["id"].rsplit("-", 1)[0], set()).add(split)
    assert all(len(s) == 1 for s in split_of_group.values())
    assert {next(iter(s)) for s in split_of_group.values()} == {"dev", "heldout"}
