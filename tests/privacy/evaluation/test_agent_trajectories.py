"""The ``agent_trajectories`` corpus: real coding-agent runs (SWE-agent, OpenHands,
mini-swe-agent) used for their flag rate; its converter's cutting and labelling rules."""

from __future__ import annotations

import json

import pytest
from converter_scripts import load_converter

from transforms.privacy.evaluation.external import (
    DATA_DIR,
    PII_CORPORA,
    evaluate_pii_corpus,
    load_corpus,
)

FOLDER = DATA_DIR / "agent_trajectories"
# measured 2026-12-05 (technical-terms round, en_core_web_md): dev 1.5 %, held-out 1.9 %,
# all 1.6 % of PII-free messages flagged; naive Presidio 34 % dev / 24 % held-out
FLAG_RATE_CEILING = 0.025


@pytest.fixture(scope="module")
def converter():
    return load_converter(FOLDER / "convert_trajectories.py")


def test_flag_rate_ceiling():
    from transforms.privacy.pii.ner_model import model_name

    report = evaluate_pii_corpus("agent_trajectories", "all", baseline=False)
    assert report["records"] == 563
    assert report["ner_model"] == model_name()
    assert report["ours"]["pii_free_flag_rate"] <= FLAG_RATE_CEILING, report["ours"]


def test_split_and_records():
    dev = load_corpus("agent_trajectories", "dev")
    held = load_corpus("agent_trajectories", "heldout")
    assert (len(dev), len(held)) == (402, 161)
    raw = [json.loads(line) for line in (DATA_DIR / PII_CORPORA["agent_trajectories"]).open()]
    assert len({r["id"] for r in raw}) == len({r["text"] for r in raw}) == len(raw)
    assert {r["role"] for r in raw} == {"user", "assistant", "tool"}
    assert all(3 <= len(r["text"]) <= 4000 for r in raw)


def test_gold_spans_are_the_hand_labels(converter):
    labels = json.loads((FOLDER / "labels.json").read_text(encoding="utf-8"))
    everywhere = {tuple(v) for v in labels["_everywhere"]}
    for rec in load_corpus("agent_trajectories", "all"):
        own = {tuple(v) for v in labels.get(rec["id"], [])}
        for start, end, kind in rec["gold"]:
            assert (rec["text"][start:end], kind) in own | everywhere, rec["id"]
    scored = [r for r in load_corpus("agent_trajectories", "all") if r["gold"]]
    kinds = {k for r in scored for _, _, k in r["gold"]}
    assert kinds == {"PERSON", "LOCATION", "USERNAME", "NICKNAME", "MISC"}


def test_cut_keeps_whole_lines(converter):
    text = "\n".join(f"line {n:04d} " + "x" * 40 for n in range(200))
    out = converter.cut(text)
    assert len(out) <= converter.MAX_CHARS and text.startswith(out) and text[len(out)] == "\n"
    assert converter.cut("short  \n") == "short"


def test_gold_spans_find_every_occurrence(converter):
    text = "cd /home/alice/x && ls /home/alice"
    assert converter.gold_spans(text, [], [["alice", "USERNAME"], ["bob", "USERNAME"]]) == [
        [9, 14, "USERNAME"],
        [29, 34, "USERNAME"],
    ]
    with pytest.raises(ValueError):
        converter.gold_spans(text, [["carol", "PERSON"]], [])


def test_openhands_turn_text(converter):
    ev = {
        "source": "agent",
        "action": "run",
        "args": {"thought": "List the repo first.", "command": "ls -l /workspace"},
    }
    assert converter._oh_action(ev) == "List the repo first.\n\nls -l /workspace"
