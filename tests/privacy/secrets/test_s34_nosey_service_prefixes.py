"""Documented service token formats found with no keyword nearby (issue #14, session 34):
true positives bare in prose and under a neutral name, template placeholders, public keys of
the same providers, and code look-alikes that share a prefix.

Token values below are made up for these tests in each provider's documented shape.
"""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.service_prefixes import SERVICE_PREFIX_RULES

B62 = "Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1Jf5Gs0Ay7Ze2Ru9IoPq4Ew8Tn5Vb1Cx6Dm3Fh0Kj"
HEX = "9f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d4e6a2b7c5d0e9f1a3b8c6d2e7f4a1b9c"
LOW = "k7rp2qx9m3vt8wbn4hd6ljsf2a5c0yz1e8u3g6i9o4n7t2r5w8q1s4v7x0b3d6f9h2j5"
UUID1 = "3db7c6e9-b7d1-480a-a474-2684ee75bb61"

TOKENS = {
    "notion_ntn_token": f"ntn_{B62[:46]}",
    "launchdarkly_sdk_key": f"sdk-{UUID1}",
    "honeycomb_api_key": f"hcxik_{LOW[:58]}",
    "matrix_access_token": f"syt_YWxpY2U_{B62[:20]}_{B62[20:26]}",
    "youtrack_permanent_token": f"perm:cm9vdA==.NDgtMQ==.{B62[:30]}",
    "checkout_sandbox_key": f"sk_sbox_{LOW[:26]}",
    "asana_personal_access_token": f"2/1204567891234567/1209876543210987:{HEX[:32]}",
    "amazon_lwa_token": f"Atza|IQEBLjAsAhR{B62[:50]}-{B62[:40]}",
    "amazon_mws_auth_token": f"amzn.mws.{UUID1}",
    "kong_konnect_token": f"kpat_{B62[:47]}",
    "chromatic_project_token": f"chpt_{HEX[:14]}",
}
URL_TOKENS = {
    "telegram_bot_url_token": (
        f"https://api.telegram.org/bot123456789:AAH{B62[:32]}/sendMessage",
        f"123456789:AAH{B62[:32]}",
    ),
    "ifttt_webhook_key": (
        f"curl -X POST https://maker.ifttt.com/trigger/door_open/with/key/{B62[:22]}",
        B62[:22],
    ),
}


def _rule_values(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for rule in SERVICE_PREFIX_RULES:
        for span in rule.find(text, text.lower()):
            found.setdefault(rule.name, []).append(text[span.start : span.end])
    return found


def _flagged(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_own_secrets(text)]


@pytest.mark.parametrize(("rule", "token"), sorted(TOKENS.items()))
def test_token_found_bare_in_prose(rule: str, token: str) -> None:
    text = f"the job failed with {token} again"
    assert _rule_values(text).get(rule) == [token]
    assert any(token in v or v in token for v in _flagged(text))


@pytest.mark.parametrize(("rule", "token"), sorted(TOKENS.items()))
def test_token_found_under_neutral_name(rule: str, token: str) -> None:
    text = f'value = "{token}"'
    assert _rule_values(text).get(rule) == [token]


@pytest.mark.parametrize(("rule", "case"), sorted(URL_TOKENS.items()))
def test_url_token_is_the_span(rule: str, case: tuple[str, str]) -> None:
    text, token = case
    assert _rule_values(text).get(rule) == [token]


@pytest.mark.parametrize(
    "text",
    [
        "NOTION_TOKEN=ntn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "NOTION_TOKEN=ntn_<your-integration-token-goes-here-please>",
        # typed fillers of scanner tests and documentation
        "NOTION_TOKEN=ntn_1234567890aBcDeFgHiJkLmNoPqRsT1234567890abcdef",
        "KONNECT_TOKEN=kpat_abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd123",
        "LD_SDK_KEY=sdk-00000000-0000-0000-0000-000000000000",
        "LD_SDK_KEY=sdk-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
        "HONEYCOMB_API_KEY=hcxik_000000000000000000000000000000000000000000000000000000",
        "token = 'syt_YWxpY2U_xxxxxxxxxxxxxxxxxxxx_xxxxxx'",
        "YOUTRACK_TOKEN=perm:xxxx.xxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "CKO_SECRET_KEY=sk_sbox_xxxxxxxxxxxxxxxxxxxxxxxxxx",
        "ASANA_PAT=2/1234567890123456/1234567890123456:00000000000000000000000000000000",
        "token = 'Atza|XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'",
        "KONNECT_TOKEN=kpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "https://api.telegram.org/bot<token>/sendMessage",
        "https://api.telegram.org/bot${TELEGRAM_TOKEN}/getUpdates",
        "https://maker.ifttt.com/trigger/{event}/with/key/{your_key}",
        "https://maker.ifttt.com/trigger/door/with/key/YOUR_IFTTT_WEBHOOK_KEY",
    ],
)
def test_placeholders_not_flagged(text: str) -> None:
    assert _rule_values(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        # public keys of the same providers
        f"LD_MOBILE_KEY=mob-{UUID1}",
        "CKO_PUBLIC_KEY=pk_sbox_k7rp2qx9m3vt8wbn4hd6ljsf2a",
        # a management key id alone is a label
        "key_id: hcxmk_01hqz9f3b2c7d1e8a4f6b0c5d2",
        # code and prose sharing a prefix
        "def sdk_version(): return 'sdk-python-3.2.1'",
        "client = Sdk('sdk-' + str(uuid.uuid4()))",
        "perm: 0644\nmode: perm:rwxr-xr-x",
        "os.chmod(path, perm)  # perm:0o755.rw.user",
        "the ratio was 2/1000000000000 of the total: a tiny share",
        "see https://example.com/api/v2/1234567890/1234567890:abc",
        "kpat_handler_registration_for_message_queue_consumers",
        "ntn_translationTableForMultilingualNotificationTextEntries",
        "syt_config_value_for_the_service_name_here_ok_done",
        "amzn.mws.marketplace_id = settings.marketplace",
        "https://api.telegram.org/bot/sendMessage is the endpoint",
    ],
)
def test_lookalikes_not_flagged(text: str) -> None:
    assert _rule_values(text) == {}
