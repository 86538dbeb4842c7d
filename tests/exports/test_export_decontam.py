"""Eval-set decontamination: planted eval text is found, ordinary text is not."""

from __future__ import annotations

import json

import polars as pl
import pytest

from transforms.bench.dedup import generate_chat_docs
from transforms.exports.decontam import build_eval_index, find_contamination, load_eval_items
from transforms.exports.options import default_eval_set_path
from transforms.exports.shingles import normalize_texts


def test_shipped_eval_set_loads_and_indexes():
    items = load_eval_items(default_eval_set_path())
    assert len(items) >= 30 and all(i["prompt"] and i["solution"] for i in items)
    index = build_eval_index(default_eval_set_path(), n=13)
    assert index.items == len(items) and len(index.hashes) > 1000
    assert index.describe()["sha256"] == index.sha256


def test_planted_eval_items_are_found_and_attributed():
    items = load_eval_items(default_eval_set_path())
    index = build_eval_index(default_eval_set_path(), n=13)
    clean, _ = generate_chat_docs(200, seed=9)
    planted = [
        "user: can you check this?\n" + items[4]["solution"],
        "I need this: " + items[20]["prompt"] + " thanks!",
        # same solution re-indented, re-cased and with a redaction placeholder nearby
        "<PERSON_ab12cd> wrote:\n" + items[9]["solution"].upper().replace("    ", "\t"),
    ]
    norm = normalize_texts(pl.Series(clean + planted))
    result = find_contamination(norm, index)
    bad = result.contaminated(1)
    assert not bad[: len(clean)].any()
    assert bad[len(clean) :].all()
    found = [index.item_ids[k] for k in result.first_eval[len(clean) :]]
    assert found == [items[4]["id"], items[20]["id"], items[9]["id"]]


def test_short_fields_are_skipped_and_counted(tmp_path):
    path = tmp_path / "eval.jsonl"
    path.write_text(
        json.dumps({"id": "a", "prompt": "too short to prove anything"})
        + "\n"
        + json.dumps({"id": "b", "prompt": " ".join(f"word{i}" for i in range(20))})
        + "\n"
    )
    index = build_eval_index(path, n=13)
    assert index.fields_too_short == 1 and len(index.hashes) == 8
    norm = normalize_texts(pl.Series(["too short to prove anything", "word3 " * 3]))
    assert not find_contamination(norm, index).contaminated().any()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "prompt": "x"}\nnot json\n', "eval.jsonl:2: not valid JSON"),
        ('{"id": "a", "prompt": "x"}\n{"id": "a", "prompt": "y"}\n', "duplicate eval id"),
        ('{"prompt": "x"}\n', "string 'id' and 'prompt'"),
        ("\n", "has no items"),
    ],
)
def test_bad_eval_files_are_clear_errors(tmp_path, content, message):
    path = tmp_path / "eval.jsonl"
    path.write_text(content)
    with pytest.raises(ValueError, match=message):
        load_eval_items(path)


def test_missing_eval_file_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="eval set not found"):
        load_eval_items(tmp_path / "nope.jsonl")
