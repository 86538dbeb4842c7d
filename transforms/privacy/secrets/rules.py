"""The secret rule framework: a rule (trigger, pattern, validator) and the index that picks the
rules worth running on a text.

Every detector is a small rule: a cheap trigger (a substring that must occur in the text,
tested with ``in`` before any regex runs), a compiled pattern, and a validator that drops
placeholders, references and public values (:mod:`~transforms.privacy.secrets.values`).
Everything found is type ``SECRET`` and is always removed whole. The rules themselves live in
:mod:`~transforms.privacy.secrets.core_rules` and the catalogue modules
(:mod:`~transforms.privacy.secrets.formats`); :mod:`~transforms.privacy.secrets.detector` runs them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from transforms.privacy.spans import Span

SECRET = "SECRET"

ALNUM = "[A-Za-z0-9]"  # token-body alphabets the provider-format rules share
TOKEN_CHARS = "[A-Za-z0-9_-]"

QUOTED_GROUPS = ("dq", "sq", "bare")  # a value written "double", 'single'-quoted or bare


def value_group(m: re.Match[str], groups: tuple[str, ...] = QUOTED_GROUPS) -> str:
    """The name of the first of ``groups`` that took part in ``m`` (groups the pattern lacks
    are skipped): which quoting of a value a ``"dq"|'sq'|bare`` alternation matched."""
    found = m.groupdict()
    return next(g for g in groups if found.get(g) is not None)


@dataclass(frozen=True)
class SecretRule:
    """One detector: run ``pattern`` only when any ``triggers`` substring is present."""

    name: str
    triggers: tuple[str, ...]
    pattern: re.Pattern[str]
    group: int = 0
    score: float = 0.95
    validate: Callable[[str, re.Match[str], str], bool] | None = None
    case_insensitive_trigger: bool = False

    def trigger_scope(self) -> tuple[tuple[str, ...], bool] | None:
        """``(triggers, looked up in the lower-cased text)`` as :meth:`find` tests them, or
        ``None`` for a rule that always runs its pattern. :class:`TriggerIndex` relies on it."""
        return self.triggers, self.case_insensitive_trigger

    def find(self, text: str, lowered: str) -> list[Span]:
        """Spans for every validated match of this rule in ``text``."""
        hay = lowered if self.case_insensitive_trigger else text
        if not any(t in hay for t in self.triggers):
            return []
        out = []
        for m in self.pattern.finditer(text):
            value = m.group(self.group)
            if not value:
                continue
            if self.validate is not None and not self.validate(value, m, text):
                continue
            out.append(Span(m.start(self.group), m.end(self.group), SECRET, self.score, self.name))
        return out


class LoweredTriggerRule(SecretRule):
    """A rule whose triggers are looked up in the lower-cased text and whose spans come from
    :meth:`spans`, which runs only when one of them occurs (the config-file rules' shared
    shape)."""

    def trigger_scope(self) -> tuple[tuple[str, ...], bool]:
        return self.triggers, True

    def find(self, text: str, lowered: str) -> list[Span]:
        if not any(t in lowered for t in self.triggers):
            return []
        return self.spans(text)

    def spans(self, text: str) -> list[Span]:
        """Every span of this rule in ``text`` (called only when a trigger occurs)."""
        raise NotImplementedError


class TriggerIndex:
    """Which rules' triggers occur in a text, found in one Aho-Corasick pass over the text and
    one over its lower-cased copy, instead of an ``in`` test per trigger per rule (with ~240
    rules those tests cost as much as all the rules' patterns together).

    :meth:`candidates` returns, in rule order, every rule whose own trigger test in ``find``
    would pass (and every rule without triggers), so running only those gives the same spans.
    """

    def __init__(self, rules: Sequence[SecretRule]) -> None:
        import ahocorasick_rs

        self.rules = tuple(rules)
        self._always: set[int] = set()
        by_trigger: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
        for i, rule in enumerate(self.rules):
            scope = rule.trigger_scope()
            if scope is None or "" in scope[0]:
                self._always.add(i)  # no trigger, or "" (a substring of every text)
                continue
            triggers, lowered = scope
            for t in triggers:
                by_trigger[lowered].setdefault(t, []).append(i)
        self._rules_of = tuple(tuple(d.values()) for d in by_trigger)
        self._automata = tuple(
            ahocorasick_rs.AhoCorasick(list(d)) if d else None for d in by_trigger
        )

    def candidates(self, text: str, lowered: str) -> list[SecretRule]:
        """The rules worth running on ``text`` (``lowered`` is ``text.lower()``), in order."""
        chosen = set(self._always)
        for automaton, rules_of, hay in zip(
            self._automata, self._rules_of, (text, lowered), strict=True
        ):
            if automaton is None:
                continue
            # overlapping=True reports every trigger that occurs, also inside a longer one
            for k in {m[0] for m in automaton.find_matches_as_indexes(hay, overlapping=True)}:
                chosen.update(rules_of[k])
        return [self.rules[i] for i in sorted(chosen)]


def code_marks(text: str, start: int, limit: int) -> Iterator[tuple[int, str]]:
    """``(index, character)`` of each bracket and comma in ``text[start : start + limit]`` that
    lies outside a quoted string (``"…"`` or ``'…'``; a backslash escapes the closing quote)."""
    quote = ""
    for i in range(start, min(len(text), start + limit)):
        c = text[i]
        if quote:
            if c == quote and text[i - 1] != "\\":
                quote = ""
        elif c in "\"'":
            quote = c
        elif c in "([{)]},":
            yield i, c
