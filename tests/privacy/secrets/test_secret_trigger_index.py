"""The trigger index picks exactly the rules worth running: same spans as running every rule."""

from __future__ import annotations

import pytest

from transforms.privacy.evaluation.secret_cases import SECRET_CORPORA, load_secret_corpus
from transforms.privacy.secrets.assignments import assignment_spans
from transforms.privacy.secrets.core_rules import RULES
from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.filler_values import is_placeholder_span
from transforms.privacy.secrets.formats import FORMAT_RULES
from transforms.privacy.secrets.rules import TriggerIndex
from transforms.privacy.secrets.value_policy import generic_value_vetoed

ALL_RULES = RULES + FORMAT_RULES


def _every_rule(text: str) -> list:
    """Our recognizers without the index: every rule runs its own trigger test (then the
    shared value policy of the generic rules and the placeholder check, as detect_own_secrets
    applies them)."""
    lowered = text.lower()
    spans = []
    for rule in ALL_RULES:
        if rule.name == "secret_assignment":
            spans.extend(assignment_spans(rule, text, lowered))
        else:
            spans.extend(rule.find(text, lowered))
    return [
        s for s in spans if not generic_value_vetoed(text, s) and not is_placeholder_span(text, s)
    ]


def _texts() -> list[str]:
    texts = [case["text"] for name in SECRET_CORPORA for case in load_secret_corpus(name)]
    assert len(texts) > 1000
    return texts


def test_index_gives_the_spans_of_every_rule_on_the_secret_corpora():
    texts = _texts()
    found = 0
    for text in texts:
        got = detect_own_secrets(text)
        assert got == _every_rule(text), text
        found += bool(got)
    assert found > len(texts) // 2  # the corpora are mostly positives: the check is not vacuous


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_index_selects_a_rule_when_any_of_its_triggers_occurs(rule):
    index = TriggerIndex(ALL_RULES)
    scope = rule.trigger_scope()
    if scope is None:
        assert rule in index.candidates("nothing here", "nothing here")
        return
    triggers, lowered = scope
    for trigger in triggers:
        # inside other text, and inside a longer trigger of another rule (overlapping matches)
        for text in (f"a {trigger} b", f"x{trigger}{trigger}y"):
            if trigger in (text.lower() if lowered else text):
                assert rule in index.candidates(text, text.lower()), (trigger, text)


def test_index_skips_rules_whose_triggers_are_absent():
    index = TriggerIndex(ALL_RULES)
    chosen = index.candidates("hello", "hello")
    assert 0 < len(chosen) < len(ALL_RULES) // 4
    for rule in chosen:
        scope = rule.trigger_scope()
        assert scope is None or any(t in "hello" for t in scope[0]), rule.name
