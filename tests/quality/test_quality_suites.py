"""Suite files, the shared PII/secret patterns and the report masker."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from transforms.config import Settings
from transforms.quality.report import Masker
from transforms.quality.suites import SuiteError, load_patterns, load_suites

REPO_EXPECTATIONS = Settings(data_dir=Path("/nonexistent")).expectations_dir

# (pattern name, text that must match, texts that must not)
CASES = [
    (
        "email",
        "write to jane.doe@example.com today",
        ["<EMAIL_ADDRESS_ab12cd>", "+@router.get('/')", "@supabase/supabase-js"],
    ),
    (
        "openai_or_anthropic_key",
        "OPENAI_API_KEY=sk-proj-Abc123def456GHI789jkl012",
        ["task-management-dashboard-component", "sk-...your-key...", "<SECRET>"],
    ),
    ("openai_or_anthropic_key", "key sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWx", ["disk-usage"]),
    ("stripe_key", "STRIPE=sk_live_51HxYzAbCdEf", ["risk_test_cases", "sk_test_"]),
    ("aws_access_key_id", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", ["XAKIAIOSFODNN7EXAMPLE1"]),
    ("github_token", "token ghp_0123456789abcdefghijABCDEFGHIJ012345", ["ghp_short"]),
    ("slack_token", "SLACK=xoxb-1234567890-abcdefghij", ["xoxb-"]),
    ("google_api_key", "AIzaSyA1234567890abcdefghijklmnopqrstuv", ["AIza"]),
    ("private_key_block", "-----BEGIN RSA PRIVATE KEY-----\nMIIE", ["-----BEGIN CERTIFICATE-----"]),
    (
        "url_with_password",
        "postgres://app:hunter22@db.internal:5432/app",
        ["postgres://app:<SECRET>@db.internal/app", "https://example.com/a:b"],
    ),
    (
        "bearer_token",
        "Authorization: Bearer abcdefghijklmnopqrstuvwxyz012",
        ["Authorization: Bearer <SECRET>"],
    ),
    ("us_ssn", "SSN 123-45-6789.", ["2026-11-2020", "1234-56-7890", "<US_SSN>"]),
]


@pytest.mark.parametrize(("name", "positive", "negatives"), CASES)
def test_patterns_catch_credentials_and_spare_placeholders(name, positive, negatives):
    rx = re.compile(load_patterns(REPO_EXPECTATIONS)[name])
    assert rx.search(positive), positive
    for text in negatives:
        assert not rx.search(text), text


def test_repo_suites_load_and_are_row_level():
    suites = load_suites(REPO_EXPECTATIONS)
    names = {s.name for s in suites}
    assert {
        "clean_messages",
        "train_sft_conversations",
        "train_sft_turns",
        "train_bugfix_pairs",
        "train_preference_pairs",
        "dim_users",
    } <= names
    for s in suites:
        s.ge_suite()  # every expectation is a valid GE expectation
    pii = [
        e
        for s in suites
        for e in s.expectations
        if e["type"] == "expect_column_values_to_not_match_regex_list"
    ]
    assert pii and all(isinstance(e["kwargs"]["regex_list"], list) for e in pii)


def _suite_dir(tmp_path: Path, suite: dict) -> Path:
    shutil.copy(REPO_EXPECTATIONS / "_shared.json", tmp_path / "_shared.json")
    (tmp_path / "bad.json").write_text(json.dumps(suite))
    return tmp_path


BASE = {
    "name": "t",
    "meta": {
        "batch": {
            "source": "clean_lake",
            "id_column": "message_id",
            "sql": "select * from lake.messages",
        }
    },
    "expectations": [
        {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "message_id"}}
    ],
}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"meta": {"batch": {"source": "s3", "sql": "x", "id_column": "y"}}},
            "source must be one of",
        ),
        (
            {
                "expectations": [
                    {"type": "expect_column_values_to_be_unique", "kwargs": {"column": "x"}}
                ]
            },
            "not a row-level expectation",
        ),
        (
            {
                "expectations": [
                    {
                        "type": "expect_column_values_to_not_match_regex_list",
                        "kwargs": {"column": "x", "regex_list": "@secrets"},
                    }
                ]
            },
            "unknown reference '@secrets'",
        ),
        (
            {"meta": {"batch": {"source": "warehouse", "sql": "select 1", "id_column": "x"}}},
            r"must read from wh\.<table>",
        ),
    ],
)
def test_malformed_suites_are_clear_errors(tmp_path, change, message):
    with pytest.raises(SuiteError, match=message):
        load_suites(_suite_dir(tmp_path, {**BASE, **change}))


def test_unknown_suite_name_is_an_error():
    with pytest.raises(SuiteError, match="unknown suites"):
        load_suites(REPO_EXPECTATIONS, ["no_such_suite"])


def test_masker_hides_matches_and_cuts_long_values():
    mask = Masker(load_patterns(REPO_EXPECTATIONS))
    text = "x" * 500 + " mail jane.doe@example.com " + "y" * 500
    shown = mask(text)
    assert "jane.doe" not in shown and "[MASKED:email]" in shown
    assert len(shown) < 200 and shown.startswith("...")
    assert mask(None) == "null" and mask(float("nan")) == "null"


def test_row_count_floor_vs_previous_can_be_lifted_for_an_intended_shrink():
    from transforms.quality.suites import RowCountRule

    rule = RowCountRule(min=1, min_ratio_vs_previous=0.8, max_ratio_vs_previous=2)
    assert rule.bounds(100) == (80, 200)
    assert rule.bounds(100, allow_shrink=True) == (1, 200)  # the ceiling still applies
    assert rule.bounds(None, allow_shrink=True) == (1, None)
