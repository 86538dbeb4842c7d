"""The upstream view of a secret rule corpus: what upstream's own data says is a secret.

A rule corpus labels every rule's examples ``secret`` and every rule's negative examples
``negative``. Two things in that labelling are about the upstream *rule*, not about secrets:

* some rules find identifiers, not credentials; upstream classifies each rule with
  ``categories`` (vendored per record by ``tests/data/external/secrets/add_rule_categories.py``)
  and a rule whose categories hold ``identifier`` but not ``secret`` (S3 bucket names, ARNs,
  Google OAuth client ids, Shopify shop domains) finds no credential. Since session 31 our
  policy redacts the identifiers that name a customer's account, storage or tenant
  (``secrets/cloud_ids.py``), so the merged recall counts those rules as found; this view still
  leaves them out, so it reads as recall over credentials alone (the definition is unchanged);
* a negative example only says *its rule's* pattern must not match; often it is a credential of
  another shape that another rule lists as a positive example (Slack bot tokens under the user
  token rule), and a redactor is right to remove it.

This view reports, next to the plain figures:

* ``recall_secret_rules``: recall over positives of rules not marked identifier-only (rules
  without upstream categories count as secret rules);
* ``negative_flag_rate_net``: the flag rate over negatives left after removing (1) negatives of
  identifier-only rules, (2) negatives whose text is exactly the text of a positive example of any
  rule of the corpus, and (3) flagged negatives whose every flagged span is a positive example's
  secret: the whole text of a positive example or one of its credential-shaped tokens
  (16+ characters of ``[A-Za-z0-9_+/.~$-]``, up to two ``=``), with surrounding quotes and
  white space ignored.

What is removed is decided by upstream data (categories, example texts); the detector only says
which value of a negative it flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_CREDENTIAL_TOKEN = re.compile(r"[\w+/.~$-]{16,}={0,2}")
_TRIM = " \t\r\n'\"`"


def is_identifier_rule(case: dict[str, Any]) -> bool:
    """Whether upstream's categories mark the case's rule an identifier rule, not a secret one."""
    cats = case.get("categories") or ()
    return "identifier" in cats and "secret" not in cats


def _rate(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


class UpstreamView:
    """Upstream's positives of a corpus, to judge cases against (see the module docstring)."""

    def __init__(self, corpus: Iterable[dict[str, Any]]) -> None:
        positives = [c["text"] for c in corpus if c["label"] == "secret"]
        self.positive_texts = set(positives)
        self.positive_values = {t.strip(_TRIM) for t in positives}
        for t in positives:
            self.positive_values.update(_CREDENTIAL_TOKEN.findall(t))
        self.positive_values.discard("")

    def removed_before_detection(self, case: dict[str, Any]) -> str | None:
        """Why negative ``case`` is left out whatever is detected, or None."""
        if is_identifier_rule(case):
            return "identifier_rule"
        if case["text"] in self.positive_texts:
            return "same_text_as_a_positive"
        return None

    def is_positive_value(self, flagged: list[str]) -> bool:
        """Whether every flagged span text is a positive example's secret."""
        return bool(flagged) and all(f.strip(_TRIM) in self.positive_values for f in flagged)

    def _net(self, cases: list[dict[str, Any]], found: list[list[str]]) -> list[int]:
        return [
            i
            for i, c in enumerate(cases)
            if c["label"] == "negative"
            and self.removed_before_detection(c) is None
            and not self.is_positive_value(found[i])
        ]

    def engine_figures(self, cases: list[dict[str, Any]], found: list[list[str]]) -> dict[str, Any]:
        """One engine's upstream-view figures; ``found[i]`` = flagged span texts of ``cases[i]``."""
        pos = [
            i for i, c in enumerate(cases) if c["label"] == "secret" and not is_identifier_rule(c)
        ]
        hit = sum(bool(found[i]) for i in pos)
        net = self._net(cases, found)
        flagged = sum(bool(found[i]) for i in net)
        on_positive = sum(
            1
            for i, c in enumerate(cases)
            if c["label"] == "negative"
            and self.removed_before_detection(c) is None
            and self.is_positive_value(found[i])
        )
        return {
            "secrets_secret_rules": len(pos),
            "found_secret_rules": hit,
            "recall_secret_rules": _rate(hit, len(pos)),
            "negatives_flagged_on_a_positive_value": on_positive,
            "negatives_net": len(net),
            "negatives_flagged_net": flagged,
            "negative_flag_rate_net": _rate(flagged, len(net)),
        }

    def case_counts(self, cases: list[dict[str, Any]]) -> dict[str, int]:
        """Cases the view sets aside whatever is detected."""
        reasons = [self.removed_before_detection(c) for c in cases if c["label"] == "negative"]
        return {
            "identifier_rules": len({c["rule_id"] for c in cases if is_identifier_rule(c)}),
            "secrets_of_identifier_rules": sum(
                c["label"] == "secret" and is_identifier_rule(c) for c in cases
            ),
            "negatives_of_identifier_rules": reasons.count("identifier_rule"),
            "negatives_same_text_as_a_positive": reasons.count("same_text_as_a_positive"),
        }

    def flagged_net_ids(self, cases: list[dict[str, Any]], found: list[list[str]]) -> list[str]:
        """Ids of the negatives still counted as flagged in the upstream view."""
        return [cases[i]["id"] for i in self._net(cases, found) if found[i]]
