"""The simulator's planted low-quality turns: labelled, consistent, deterministic."""

from __future__ import annotations

import gzip
import json

from transforms.config import Settings
from transforms.simulator.generator import generate
from transforms.simulator.low_quality import KINDS
from transforms.simulator.sinks import read_low_quality_gold


def _messages(source_dir):
    out = {}
    for p in source_dir.glob("messages/dt=*/*.jsonl.gz"):
        with gzip.open(p, "rt") as f:
            for line in f:
                m = json.loads(line)
                out[m["message_id"]] = m
    return out


def test_gold_labels_assistant_turns_and_reruns_identically(tmp_path):
    a = Settings(data_dir=tmp_path / "a", workers=1)
    generate(a, messages=4000, seed=11, progress=False, shards=1)
    gold = read_low_quality_gold(a.source_dir)
    assert len(gold) >= 10
    assert {g["kind"] for g in gold} <= set(KINDS)
    msgs = _messages(a.source_dir)
    for g in gold:
        m = msgs[g["message_id"]]
        assert m["role"] == "assistant" and m["session_id"] == g["session_id"]
        assert m["seq"] == g["seq"]
        if g["kind"] == "wrong_language":
            assert not m["text"].isascii() or " die " in m["text"] or " de " in m["text"]
    b = Settings(data_dir=tmp_path / "b", workers=1)
    generate(b, messages=4000, seed=11, progress=False, shards=1)
    assert read_low_quality_gold(b.source_dir) == gold


def test_questions_get_their_own_answer(tmp_path):
    from transforms.simulator import texts as T

    s = Settings(data_dir=tmp_path, workers=1)
    generate(s, messages=3000, seed=5, progress=False, shards=1)
    planted = {g["message_id"] for g in read_low_quality_gold(s.source_dir)}
    msgs = sorted(_messages(s.source_dir).values(), key=lambda m: (m["session_id"], m["seq"]))
    asked = 0
    for q, reply in zip(msgs, msgs[1:], strict=False):
        if q["role"] != "user" or reply["session_id"] != q["session_id"]:
            continue
        if reply["seq"] != q["seq"] + 1 or reply["message_id"] in planted:
            continue
        for question, answer in zip(T.QUESTIONS, T.QUESTION_REPLIES, strict=True):
            if question.startswith(("how do I", "can I")) and question in q["text"]:
                asked += 1
                assert answer[:25] in reply["text"], (q["text"], reply["text"])
    assert asked >= 3
