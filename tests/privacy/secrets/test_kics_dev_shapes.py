"""Shapes found in the ``kics-files`` dev corpus (issue #14, session 30): rule-listing headers
(a quoted title, a dash, the rule's UUID) and qualified password names in name/value pairs."""

from __future__ import annotations

from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.password_policy import is_password_field


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_own_secrets(text)]


def test_a_uuid_after_a_quoted_title_and_a_dash_is_a_rule_id():
    header = '# "Generic Token" - baee238e-1921-4801-9c3f-79ae1d7b2cbc  positive-test\n'
    assert not _found(header)
    assert not _found('# "Mailgun API Key" - 62d0025d-9575-4eff-b60b-d3b4fcec0d04\n')
    # a UUID assigned to a credential name is still a key (Heroku API keys are UUIDs)
    assert _found('  api_key = "c71aaaae-1d1d-4d1d-9d1d-1d1d1d1d1d1d"\n')


def test_a_password_name_with_a_short_qualifier_is_a_password_field():
    for name in ("DB_PASS_BD", "DB_PASS_BD_2", "REDIS_PASSWORD_2", "DB_PASS_RO"):
        assert is_password_field(name), name
    for name in ("PASSWORD_MIN", "PASS_TTL", "DB_PASSWORD_ID", "BYPASS_BD", "PASS_ON"):
        assert not is_password_field(name), name
    pair = '          env:\n            - name: DB_PASS_BD\n              value: "s3cr3tPw9"\n'
    assert _found(pair) == ["s3cr3tPw9"]
    assert not _found(
        '          env:\n            - name: PASS_TTL\n              value: "3600s"\n'
    )
