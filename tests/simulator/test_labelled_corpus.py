"""The standalone labelled message corpus the privacy team evaluates and benchmarks on."""

import time

from transforms.contracts.platform import ENTITY_TYPES
from transforms.simulator.generator import generate_labelled_messages


def test_corpus_shape_offsets_coverage_and_clean_share():
    t0 = time.perf_counter()
    messages, spans = generate_labelled_messages(500, seed=11)
    assert time.perf_counter() - t0 < 10  # well under a second idle
    assert len(messages) == 500
    ids = [m["id"] for m in messages]
    assert len(set(ids)) == 500
    text = {m["id"]: m["text"] for m in messages}
    for s in spans:
        assert set(s) == {"id", "start", "end", "type", "value"}
        assert text[s["id"]][s["start"] : s["end"]] == s["value"]
        assert s["type"] in ENTITY_TYPES
    assert {s["type"] for s in spans} == set(ENTITY_TYPES)
    clean = 1 - len({s["id"] for s in spans}) / len(messages)
    assert 0.3 < clean < 0.9  # enough positives to score, enough clean text for the flag rate


def test_corpus_is_deterministic_and_seeded():
    a = generate_labelled_messages(120, seed=5)
    assert a == generate_labelled_messages(120, seed=5)
    assert a != generate_labelled_messages(120, seed=6)
    assert generate_labelled_messages(0, seed=5) == ([], [])
