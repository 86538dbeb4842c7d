"""Session 37 (secrets): the function and paired rules on the shared lowered-trigger mechanism,
Docker's swarm unlock key, and Docker's published example key as a placeholder on both engines.

Values are made up in each documented shape, except the Docker guide's own example key.
"""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.config_values import CONFIG_VALUE_RULES
from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.engines import kingfisher_spans
from transforms.privacy.secrets.filler_values import is_vendor_example_key
from transforms.privacy.secrets.provider_tokens import PROVIDER_TOKEN_RULES
from transforms.privacy.secrets.rules import LoweredTriggerRule
from transforms.privacy.secrets.structures import STRUCTURE_RULES

PW = "Tr0ub4dor-x9"
KEY = "q8Xv2LmP9rTz4KcW7bNf3HsJ"
UNLOCK = "SWMKEY-1-7K9wg5n85QeC4Zh7rZ0vSV0b5MteDsUvpVhG/lQnbl0"
DOCS_UNLOCK = "SWMKEY-1-WuYH/IX284+lRcXuoVf38viIDK3HJEKY13MIHX+tTt8"

_BY_NAME = {r.name: r for r in (*CONFIG_VALUE_RULES, *STRUCTURE_RULES, *PROVIDER_TOKEN_RULES)}
_SHARED = (
    "tuple_assignment_secret",
    "yaml_list_secret",
    "url_query_password",
    "paired_name_value",
    "paired_name_value_xml",
)


def found(name: str, text: str) -> set[str]:
    return {text[s.start : s.end] for s in _BY_NAME[name].find(text, text.lower())}


def flagged(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


@pytest.mark.parametrize("name", _SHARED)
def test_rules_use_the_shared_lowered_trigger_mechanism(name):
    rule = _BY_NAME[name]
    assert isinstance(rule, LoweredTriggerRule)
    assert rule.trigger_scope() == (rule.triggers, True)


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [
        # upper-case triggers still open the rule: they are looked up in the lowered text
        ("url_query_password", f"jdbc:mysql://db.acme.io/app?USER=app&PASSWORD={PW}", PW),
        ("yaml_list_secret", f"API_KEYS:\n  - {KEY}\n", KEY),
        ("tuple_assignment_secret", f'\tadmin_password, api_token := "{PW}", "{KEY}"', KEY),
        ("paired_name_value", f'- name: ACME_TOKEN\n  VALUE: "{KEY}"\n', KEY),
        ("paired_name_value", f'{{"ParameterKey": "DbPassword", "ParameterValue": "{PW}"}}', PW),
        ("paired_name_value_xml", f"<key>AcmeApiKey</key>\n<string>{KEY}</string>", KEY),
    ],
)
def test_shared_rules_keep_their_positives(name, text, value):
    assert value in found(name, text)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("url_query_password", f"https://shop.acme.io/search?q={PW}&page=2"),  # no trigger
        ("url_query_password", "https://db.acme.io/app?password=${DB_PASSWORD}"),  # reference
        ("yaml_list_secret", "colours:\n  - red\n  - green\n"),
        ("tuple_assignment_secret", 'x, y := "left", "right"'),
        ("paired_name_value", '- name: ACME_REGION\n  value: "eu-west-1"\n'),  # not a credential
        ("paired_name_value", f'{{"revalued": "{KEY}"}}'),  # "value" inside another word
        ("paired_name_value_xml", "<key>AcmeApiKey</key>\n<string>your-api-key</string>"),
    ],
)
def test_shared_rules_leave_look_alikes(name, text):
    assert found(name, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        f"To unlock a swarm manager, provide the following key:\n    {UNLOCK}\n",
        f"docker swarm unlock <<< {UNLOCK}",
        f'{{"UnlockKey": "{UNLOCK}"}}',
    ],
)
def test_swarm_unlock_key_found(text):
    assert UNLOCK in found("docker_swarm_unlock_key", text)
    assert UNLOCK in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "SWMKEY-1-" + "x" * 43,  # template
        "SWMKEY-1-7c37Cc8654o6pExampleKeyTestOnlytbdZEgtKxZu8",  # says it is an example
        "the SWMKEY-1- prefix marks an unlock key",
        UNLOCK + "abc",  # longer than the documented 43 characters
        UNLOCK[:-3],  # shorter
        "XSWMKEY-1-7K9wg5n85QeC4Zh7rZ0vSV0b5MteDsUvpVhG/lQnbl0",  # glued to a word
    ],
)
def test_swarm_unlock_key_look_alikes(text):
    assert found("docker_swarm_unlock_key", text) == set()


def test_docker_guide_example_key_is_a_placeholder_on_both_engines():
    text = f"run `docker swarm unlock` and provide the following key:\n    {DOCS_UNLOCK}\n"
    assert is_vendor_example_key(DOCS_UNLOCK)
    assert not is_vendor_example_key(UNLOCK)
    assert flagged(text) == set()
    assert kingfisher_spans(text) == []
    # a real (random) key in the same sentence is still flagged by both
    real = text.replace(DOCS_UNLOCK, UNLOCK)
    assert UNLOCK in flagged(real)
    assert [real[s.start : s.end] for s in kingfisher_spans(real)] == [UNLOCK]
