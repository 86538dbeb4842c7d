"""The upstream view of the secret rule corpora: upstream categories and upstream positives.

The plain figures (every example a secret, every negative example a must-not-flag) stay as
they were; these tests cover the second view and the converter that vendors the categories.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from converter_scripts import load_converter

from transforms.privacy.evaluation.secret_cases import (
    DATA_DIR,
    evaluate_secret_corpus,
    load_secret_corpus,
    score_cases,
)
from transforms.privacy.evaluation.secret_views import UpstreamView, is_identifier_rule

GHP = "ghp_9Xk2Lm7Qr4Tz8Wv3Np6Bc1Hd5Jf0GsAyZe"
SLACK_BOT = "xoxb-153445930147-Tjy11gGxUW6Cf99YOYwtzG0K"
SLACK_OTHER = "xoxb-902718364512-Qm4Rt8Zx2Vb6Nc1Lk7Jh3GfD"

# Upstream view floors on DEV, a little under the figures measured 2026-12-05 with unchanged
# detectors: (recall over secret rules, flag rate of the net negatives or None).
# noseyparker 0.899 / 0.171 (82 net negatives), kingfisher 0.948 / no dev negatives,
# gitleaks 0.995 / 0.039 (no categories upstream: same as the plain figures).
VIEW_FLOORS = {
    "noseyparker-rules": (0.88, 0.19),
    "kingfisher-rules": (0.93, None),
    "gitleaks-rules": (0.98, 0.06),
}


def _case(cid, text, label, rule="r", categories=None):
    case = {"id": cid, "text": text, "label": label, "rule_id": rule}
    if categories is not None:
        case["categories"] = categories
    return case


def test_identifier_only_rules_are_the_ones_without_secret():
    assert is_identifier_rule({"categories": ["api", "identifier"]})
    assert is_identifier_rule({"categories": ["fuzzy", "identifier"]})
    assert not is_identifier_rule({"categories": ["api", "identifier", "secret"]})
    assert not is_identifier_rule({"categories": ["hashed", "secret"]})
    assert not is_identifier_rule({"categories": []})
    assert not is_identifier_rule({})


def test_recall_over_secret_rules_leaves_identifier_rules_out():
    cases = [
        _case("tok", f"token {GHP}", "secret", "gh", ["api", "secret"]),
        _case("bucket", "my-app-logs-bucket", "secret", "s3", ["api", "identifier"]),
        _case("plain", "nothing to see", "secret", "other"),  # no categories: a secret rule
    ]
    r = score_cases(cases)
    merged = r["engines"]["merged"]
    assert merged["recall"] == round(1 / 3, 4)  # the plain view is unchanged
    assert merged["secrets_secret_rules"] == 2 and merged["found_secret_rules"] == 1
    assert merged["recall_secret_rules"] == 0.5
    assert r["upstream_view"]["identifier_rules"] == 1
    assert r["upstream_view"]["secrets_of_identifier_rules"] == 1


def test_negative_with_the_exact_text_of_a_positive_is_left_out():
    text = f"SLACK_BOT_TOKEN={SLACK_BOT}"
    near = f"SLACK_BOT_TOKEN={SLACK_BOT[:-1]}"  # one character shorter: not upstream's positive
    cases = [
        _case("p", text, "secret", "bot", ["api", "secret"]),
        _case("n1", text, "negative", "user", ["api", "secret"]),
        _case("n2", near, "negative", "user", ["api", "secret"]),
        _case("n3", "hello world", "negative", "user", ["api", "secret"]),
    ]
    r = score_cases(cases)
    merged = r["engines"]["merged"]
    assert r["upstream_view"]["negatives_same_text_as_a_positive"] == 1
    assert merged["negatives_flagged"] == 2  # plain view: n1 and n2
    assert merged["negatives_net"] == 2 and merged["negatives_flagged_net"] == 1
    assert merged["negative_flag_rate_net"] == 0.5
    assert r["flagged_negative_ids_net"] == ["n2"]


def test_negative_flagged_on_a_positive_value_is_left_out_and_look_alikes_stay():
    cases = [
        _case("p", f"SLACK_BOT_TOKEN={SLACK_BOT}", "secret", "bot"),
        _case("n1", f"bot token: {SLACK_BOT}", "negative", "user"),  # another rule's positive
        _case("n2", f"bot token: {SLACK_OTHER}", "negative", "user"),  # no upstream positive
        _case("n3", "hello world", "negative", "user"),
    ]
    merged = score_cases(cases)["engines"]["merged"]
    assert merged["negatives_flagged"] == 2
    assert merged["negatives_flagged_on_a_positive_value"] == 1
    assert merged["negatives_net"] == 2 and merged["negatives_flagged_net"] == 1


def test_a_positive_value_excuses_a_negative_only_when_every_flagged_span_is_one():
    view = UpstreamView([_case("p", f"'{SLACK_BOT}'", "secret")])
    assert view.is_positive_value([SLACK_BOT])
    assert view.is_positive_value([f'"{SLACK_BOT}"'])  # quotes ignored
    assert not view.is_positive_value([SLACK_BOT, SLACK_OTHER])
    assert not view.is_positive_value([SLACK_BOT[:-2]])
    assert not view.is_positive_value([])


def test_negatives_of_identifier_rules_are_left_out():
    cases = [
        _case("p", f"token {GHP}", "secret", "gh", ["api", "secret"]),
        _case("n1", "arn:aws:iam::123456789012:user/x", "negative", "arn", ["api", "identifier"]),
        _case("n2", "hello world", "negative", "gh", ["api", "secret"]),
    ]
    r = score_cases(cases)
    assert r["upstream_view"]["negatives_of_identifier_rules"] == 1
    assert r["engines"]["merged"]["negatives_net"] == 1


@pytest.mark.parametrize("name", sorted(VIEW_FLOORS))
def test_upstream_view_floors_on_dev(name):
    recall_floor, ceiling = VIEW_FLOORS[name]
    r = evaluate_secret_corpus(name, "dev")
    merged = r["engines"]["merged"]
    assert merged["recall_secret_rules"] >= recall_floor, merged
    # the plain figures are still reported beside the view
    assert {"recall", "negative_flag_rate", "negative_flag_rate_own"} <= set(merged)
    if ceiling is not None:
        assert merged["negative_flag_rate_net"] <= ceiling, merged


def test_heldout_report_hides_the_net_flagged_ids():
    r = evaluate_secret_corpus("noseyparker-rules", "heldout")
    assert "flagged_negative_ids_net" not in r and "upstream_view" in r
    json.dumps(r)


# --- converter -------------------------------------------------------------------------------


def _converter():
    return load_converter(DATA_DIR / "add_rule_categories.py")


RULES = {
    ("np.acme.1", "acme.yml"): {
        "name": "Acme Key",
        "categories": ["api", "secret"],
        "examples": ["acme_key = q8lm2zx7wp4rt9kd"],
        "negative_examples": ["acme_key = xxxx"],
    }
}


def _line(text, label="secret", name="Acme Key"):
    rec = {"id": "np-np.acme.1-0", "text": text, "label": label, "rule": name}
    return json.dumps(rec | {"rule_id": "np.acme.1", "source_file": "acme.yml"})


def test_converter_appends_categories_and_keeps_the_record():
    conv = _converter()
    old = _line("acme_key = q8lm2zx7wp4rt9kd")
    new = conv.add_categories(old, RULES)
    assert new == old[:-1] + ', "categories": ["api", "secret"]}'
    assert conv.same_apart_from_categories(old, new)
    assert conv.add_categories(new, RULES) == new  # idempotent
    assert conv.add_categories(_line("acme_key = xxxx", "negative"), RULES).endswith('"]}')


def test_converter_fails_on_records_upstream_does_not_hold():
    conv = _converter()
    with pytest.raises(SystemExit, match="not in upstream"):
        conv.add_categories(_line("acme_key = other"), RULES)
    with pytest.raises(SystemExit, match="not in upstream"):
        conv.add_categories(_line("acme_key = xxxx"), RULES)  # a negative labelled secret
    with pytest.raises(SystemExit, match="not in upstream"):
        conv.add_categories(_line("acme_key = q8lm2zx7wp4rt9kd", name="Other"), RULES)
    old = _line("acme_key = q8lm2zx7wp4rt9kd")
    assert not conv.same_apart_from_categories(old, old.replace("q8lm", "q9lm"))


def test_vendored_categories():
    np_cases = load_secret_corpus("noseyparker-rules", "all")
    assert all(list(c)[-1] == "categories" for c in np_cases)
    by_rule = {c["rule_id"]: c["categories"] for c in np_cases}
    assert by_rule["np.aws.1"] == ["api", "identifier"]
    assert by_rule["np.slack.2"] == ["api", "secret"]
    assert sum(bool(c) for c in by_rule.values()) == len(by_rule) - 1  # one rule has none
    kf = load_secret_corpus("kingfisher-rules", "all")
    assert all("categories" in c for c in kf) and any(c["categories"] for c in kf)
    assert not any("categories" in c for c in load_secret_corpus("gitleaks-rules", "all"))


MIRRORS = {
    "noseyparker": ("praetorian-inc+noseyparker", "2e6e7f36ce36619852532bbe698d8cb7a26d2da7"),
    "kingfisher": ("mongodb+kingfisher", "ee7c0db3ef87575768f817820c24736249ffcdef"),
}


@pytest.mark.parametrize("source", sorted(MIRRORS))
def test_converter_reproduces_the_vendored_file(source):
    mirror, commit = MIRRORS[source]
    git_dir = Path("/work/.mirror") / mirror / "repo"
    if not git_dir.is_dir():
        pytest.skip(f"no local {source} mirror")
    conv = _converter()
    rules = conv.upstream_rules(source, str(git_dir), commit)
    path = DATA_DIR / f"{source}_rule_examples.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [conv.add_categories(line, rules) for line in lines] == lines
