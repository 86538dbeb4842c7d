"""Secret detection scored on public labelled cases nobody in this project wrote.

Corpora (vendored under ``tests/data/external/secrets/`` with provenance and licence in its
README): each case is a text labelled ``secret`` (a rule's example: a credential should be
found) or ``negative`` (a near-miss that should not be flagged).

Scoring is per case: a ``secret`` case counts as found when any SECRET span is detected in it,
a ``negative`` case counts as flagged when any is. Three engines are reported side by side:
``ours`` (our recognizers), ``kingfisher`` (the second engine alone) and ``merged`` (what the
redact stage runs).

Beside these plain figures every report carries the *upstream view*
(:mod:`transforms.privacy.evaluation.secret_views`): ``recall_secret_rules`` (positives of rules
upstream does not classify as identifier-only) and ``negative_flag_rate_net`` (negatives left after
removing those upstream lists as a positive example, or as an identifier rule's).

Splits are fixed by a hash of the upstream *rule id*, so every example of one provider rule is
on the same side: ``heldout`` (~30 % of rules) is never looked at while tuning; ``dev`` is.

``SECRET_CORPORA`` and :func:`evaluate_secret_corpus` are the entry points the
``iw pii eval --corpus NAME --split dev|heldout|all`` command dispatches to.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parents[3] / "tests" / "data" / "external" / "secrets"

# name -> file under DATA_DIR
SECRET_CORPORA: dict[str, str] = {
    "noseyparker-rules": "noseyparker_rule_examples.jsonl",
    "kingfisher-rules": "kingfisher_rule_examples.jsonl",
    "gitleaks-rules": "gitleaks_rule_examples.jsonl",
}
SPLITS = ("dev", "heldout", "all")
HELDOUT_PERCENT = 30
ENGINES = ("ours", "kingfisher", "merged")


def split_of(rule_id: str) -> str:
    """``heldout`` or ``dev``, fixed by a hash of the rule id (stable across runs and machines)."""
    bucket = int(hashlib.sha256(rule_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "heldout" if bucket < HELDOUT_PERCENT else "dev"


def corpus_file(kind: str, corpora: dict[str, str], root: Path, name: str, split: str) -> Path:
    """The vendored file of corpus ``name`` (one of ``corpora``, under ``root``), or ``name``
    itself when it is the path of a ``.jsonl`` file (a user's own labelled data, same record
    format), after checking the name and the split; ``kind`` ("PII", "secret") names the
    corpus family in errors."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    if name not in corpora:
        if is_corpus_path(name):
            return Path(name)
        raise ValueError(
            f"unknown {kind} corpus {name!r}; choose one of {', '.join(sorted(corpora))}"
            " or give the path of a .jsonl file"
        )
    path = root / corpora[name]
    if not path.is_file():
        raise FileNotFoundError(f"{kind} corpus file missing: {path}")
    return path


def is_corpus_path(name: str) -> bool:
    """Whether ``name`` names an existing ``.jsonl`` file rather than a vendored corpus."""
    return name.endswith(".jsonl") and Path(name).is_file()


def is_secret_file(path: str) -> bool:
    """Whether the first record of JSONL file ``path`` is a secret case (has ``label``)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    return "label" in json.loads(line)
                except ValueError:
                    return False
    return False


def load_secret_corpus(name: str, split: str = "all") -> list[dict[str, Any]]:
    """The cases of corpus ``name`` in ``split`` (``dev``, ``heldout`` or ``all``)."""
    path = corpus_file("secret", SECRET_CORPORA, DATA_DIR, name, split)
    cases = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                case = json.loads(line)
                # a user's own file may leave out the rule: each case is then its own rule
                case.setdefault("rule_id", str(case.get("id", len(cases))))
                case.setdefault("rule", case["rule_id"])
                if split == "all" or split_of(case["rule_id"]) == split:
                    cases.append(case)
    return cases


def engine_spans(text: str) -> dict[str, list[tuple[int, int]]]:
    """``(start, end)`` of what each engine finds in ``text``: ``ours``, ``kingfisher`` alone
    and ``merged`` (what the redact stage keeps: ours plus the second engine's additions)."""
    from transforms.privacy.secrets.detector import detect_own_secrets, second_engine_extra
    from transforms.privacy.secrets.engines import kingfisher_spans

    own, king = detect_own_secrets(text), kingfisher_spans(text)
    merged = [*own, *second_engine_extra(text, own, king)]
    return {
        "ours": [(s.start, s.end) for s in own],
        "kingfisher": [(s.start, s.end) for s in king],
        "merged": [(s.start, s.end) for s in merged],
    }


def _engine_found(texts: list[str]) -> dict[str, list[list[str]]]:
    """Per engine, per text: the texts of the detected spans."""
    found: dict[str, list[list[str]]] = {e: [] for e in ENGINES}
    for t in texts:
        spans = engine_spans(t)
        for engine in ENGINES:
            found[engine].append([t[a:b] for a, b in spans[engine]])
    return found


def _rate(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


_CREDENTIAL_TOKEN = re.compile(r"[\w+/.~$-]{16,}={0,2}")


def other_rule_credentials(
    negatives: Iterable[dict[str, Any]], corpus: Iterable[dict[str, Any]]
) -> set[str]:
    """Ids of negative cases holding a value (16+ characters) that the same corpus lists as a
    *positive* example of another rule, e.g. a Slack bot token in the negatives of the Slack
    user-token rule. Such a negative only must not match its own rule; a redactor has to remove
    it, so it is reported apart from genuine false positives."""
    owners: dict[str, set[str]] = {}
    for c in corpus:
        if c["label"] == "secret":
            for tok in _CREDENTIAL_TOKEN.findall(c["text"]):
                owners.setdefault(tok, set()).add(c.get("rule_id", c["id"]))
    return {
        n["id"]
        for n in negatives
        if any(
            owners.get(tok, set()) - {n.get("rule_id", n["id"])}
            for tok in _CREDENTIAL_TOKEN.findall(n["text"])
        )
    }


def score_cases(
    cases: Iterable[dict[str, Any]], corpus: Iterable[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """Recall on ``secret`` cases and flag rate on ``negative`` cases, per engine.

    ``corpus`` (default: ``cases``) supplies the positives for :func:`other_rule_credentials`
    and for the upstream view (:mod:`transforms.privacy.evaluation.secret_views`);
    ``negative_flag_rate_own`` leaves the negatives holding another rule's credential out.
    """
    from transforms.privacy.evaluation.secret_views import UpstreamView

    cases = list(cases)
    corpus = cases if corpus is None else list(corpus)
    shared = other_rule_credentials([c for c in cases if c["label"] == "negative"], corpus)
    view = UpstreamView(corpus)
    found = _engine_found([c["text"] for c in cases])
    pos = [i for i, c in enumerate(cases) if c["label"] == "secret"]
    neg = [i for i, c in enumerate(cases) if c["label"] == "negative"]
    report: dict[str, Any] = {"secrets": len(pos), "negatives": len(neg), "engines": {}}
    for engine in ENGINES:
        h = [bool(spans) for spans in found[engine]]
        flagged = sum(h[i] for i in neg)
        own = [i for i in neg if cases[i]["id"] not in shared]
        flagged_own = sum(h[i] for i in own)
        report["engines"][engine] = {
            "found": sum(h[i] for i in pos),
            "recall": _rate(sum(h[i] for i in pos), len(pos)),
            "negatives_flagged": flagged,
            "negative_flag_rate": _rate(flagged, len(neg)),
            "negatives_without_other_rules_credentials": len(own),
            "negatives_flagged_own": flagged_own,
            "negative_flag_rate_own": _rate(flagged_own, len(own)),
            **view.engine_figures(cases, found[engine]),
        }
    report["upstream_view"] = view.case_counts(cases)
    report["missed_ids"] = [cases[i]["id"] for i in pos if not found["merged"][i]]
    report["flagged_negative_ids"] = [cases[i]["id"] for i in neg if found["merged"][i]]
    report["flagged_negative_ids_net"] = view.flagged_net_ids(cases, found["merged"])
    return report


def evaluate_secret_corpus(name: str, split: str = "dev") -> dict[str, Any]:
    """Score corpus ``name`` on ``split``; the report names corpus, split and rule counts."""
    cases = load_secret_corpus(name, split)
    report = score_cases(cases, load_secret_corpus(name, "all"))
    report = {
        "corpus": name,
        "split": split,
        "rules": len({c["rule_id"] for c in cases}),
        **report,
    }
    if split == "heldout":
        # Held-out misses are not listed, so nobody tunes on them by accident.
        report.pop("missed_ids")
        report.pop("flagged_negative_ids")
        report.pop("flagged_negative_ids_net")
    return report


def main(argv: list[str] | None = None) -> None:
    """``python -m transforms.privacy.evaluation.secret_cases CORPUS [SPLIT]``: print the
    JSON report."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    if not args:
        raise SystemExit(
            "usage: python -m transforms.privacy.evaluation.secret_cases CORPUS"
            f" [dev|heldout|all]; corpora: {list(SECRET_CORPORA)}"
        )
    print(
        json.dumps(evaluate_secret_corpus(args[0], args[1] if len(args) > 1 else "dev"), indent=1)
    )


if __name__ == "__main__":
    main()
