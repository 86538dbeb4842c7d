"""Documented token prefixes found with no keyword nearby (issue #14, session 28): true
positives in prose without a keyword (and in env lines, JSON), template placeholders, and
code look-alikes that share a prefix.

Token values below are made up for these tests in each provider's documented shape.
"""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.doc_prefixes import DOC_PREFIX_RULES

B62 = "Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1Jf5Gs0Ay7Ze2Ru9IoPq4Ew8Tn5Vb1Cx6Dm3Fh0Kj"
HEX = "9f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d4e6a2b7c5d0e9f1a3b8c6d2e7f4a1b9c"
LOW = "k7rp2qx9m3vt8wbn4hd6ljsf2a5c0yz1e8u3g6i9o4n7t2r5w8q1s4v7x0b3d6f9h2j5"
UUID1 = "3db7c6e9-b7d1-480a-a474-2684ee75bb61"
UUID2 = "c69f67e4-8eb7-4c64-a328-c0490c257a6d"

TOKENS = {
    "gitlab_workspace_token": "glwt-hYgCfrL1spNxnyVm7A_q",
    "e2b_api_key": f"e2b_{HEX[:40]}",
    "ory_token": f"ory_pat_{B62[:32]}",
    "trigger_dev_key": f"tr_prod_{B62[:24]}",
    "runpod_api_key": f"rpa_{B62[:40].upper()}",
    "mollie_api_key": f"live_{B62[:30]}",
    "mollie_access_token": f"access_{B62[:40]}",
    "midtrans_server_key": f"SB-Mid-server-{B62[:24]}",
    "flagsmith_server_key": f"ser.{B62[:22]}",
    "axiom_token": f"xaat-{UUID1}",
    "rancher_bearer_token": f"token-pdkww:{LOW[:54]}",
    "testpypi_token": f"pypi-AgENdGVzdC5weXBpLm9yZw{B62}",
    "infisical_service_token": f"st.{UUID1}.{HEX[:32]}.{HEX[32:]}",
    "yandex_oauth_token": f"y0_{B62[:10]}-{B62[10:50]}",
    "slack_config_token": f"xoxe.xoxp-1-{B62}{B62[:30]}",
    "onfido_api_token": f"api_live.{B62[:11]}.{B62[11:43]}",
    "sumup_api_key": f"sup_sk_{B62[:32]}",
    "calcom_api_key": f"cal_live_{HEX[:32]}",
    "plane_api_token": f"plane_api_{HEX[:32]}",
    "gc_notify_api_key": f"gcntfy-my_test_key-{UUID1}-{UUID2}",
    "mercury_api_token": f"secret-token:mercury_production_rma_{B62[:50]}_yrucrem",
    "tiktok_access_token": f"act.{B62[:60]}!4321.va",
    "volcengine_access_key": f"AKLT{B62[:40]}",
    "mintlify_api_key": f"mint_{B62[:24]}",
    "databento_api_key": f"db-{B62[:29]}",
    "cartesia_api_key": f"sk_car_{B62[:22]}",
}


def flagged(text: str) -> dict[str, str]:
    """Detected value -> detector, over all our rules."""
    return {text[s.start : s.end]: s.detector for s in detect_own_secrets(text)}


def test_every_rule_has_a_case():
    assert {r.name for r in DOC_PREFIX_RULES} == set(TOKENS)


@pytest.mark.parametrize("name", sorted(TOKENS))
@pytest.mark.parametrize(
    "template",
    [
        "it failed with {t} again",
        "see {t}",
        "({t})",
        "export X_TOKEN={t}",
        '{{"k": "{t}"}}',
    ],
)
def test_documented_token_is_found_whole_without_a_keyword(name, template):
    token = TOKENS[name]
    found = flagged(template.format(t=token))
    assert token in found, found


@pytest.mark.parametrize("name", sorted(TOKENS))
def test_rule_names_its_provider(name):
    token = TOKENS[name]
    rule = next(r for r in DOC_PREFIX_RULES if r.name == name)
    text = f"it failed with {token} again"
    assert [text[s.start : s.end] for s in rule.find(text, text.lower())] == [token]


PLACEHOLDERS = [
    "glwt-xxxxxxxxxxxxxxxxxxxx",
    "E2B_API_KEY=e2b_0000000000000000000000000000000000000000",
    "ORY_PAT=ory_pat_...",
    "Authorization: Bearer ory_apikey_<your-api-key>",
    'TRIGGER_SECRET_KEY="tr_dev_…"',
    "TRIGGER_SECRET_KEY=tr_prod_xxxxxxxxxxxxxxxxxxxxxxxx",
    "rpa_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "MOLLIE_API_KEY=test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "access_YOUR_ORGANIZATION_ACCESS_TOKEN_GOES_HERE_PLEASE",
    "server key: SB-Mid-server-xxxxxxxxxxxxxxxxxxxxxxxx",
    "ser.your_server_side_environment_key",
    "xaat-00000000-0000-0000-0000-000000000000",
    "token-xxxxx:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "st.abc.def.ghi",
    "y0_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "xoxe.xoxp-...",
    "api_live.xxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "curl -H 'Authorization: Bearer sup_sk_XXX'",
    "https://api.cal.com/v1/?apiKey=cal_live_xxxxxx",
    "X-API-Key: plane_api_<token>",
    "gcntfy-my_test_key-00000000-0000-0000-0000-000000000000-00000000-0000-0000-0000-000000000000",
    "req.basic_auth 'secret-token:mercury_production...'",
    '"access_token": "act.example12345Example12345Example"',
    '"access_token": "clt.example12345Example12345Example"',
    "AccessKeyId: AKLTxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    '-H "Authorization: Bearer mint_your_api_key"',
    "DATABENTO_API_KEY=db-XXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "Authorization: Bearer sk_car_...",
]


@pytest.mark.parametrize("text", PLACEHOLDERS)
def test_placeholders_are_not_flagged(text):
    rules = {r.name for r in DOC_PREFIX_RULES}
    assert not rules & set(flagged(text).values()), flagged(text)


LOOKALIKES = [
    # identifiers and words that share a prefix
    "plt.plot(y0_axis, y1_axis)",
    "y0_reference_value_for_the_calibration_curve_in_meters = 3",
    "y1_label_for_the_second_series_in_the_chart_goes_here2 = 'b'",
    "def test_handlesUtf8EncodedPayloadsCorrectly2(self):",
    "live_streamingSessionManagerFactory2024v3 = None",
    "access_controlListEntriesForTheAdminPanel2 = []",
    "access_tokenExpirationTimestampInMilliseconds42",
    "tr_dev_environmentVariablesForLocalRuns2 = {}",
    "the contract.signedAgreementDocumentVersion2025Final was filed",
    "act.performRollbackOfTheDatabaseMigration2 failed",
    "user.ser.SerializationHelperForJsonPayloads2",
    "rpa_automationWorkflowDefinitionForInvoices2",
    "AKLT_DEFAULT_REGION_CONFIGURATION_VALUE_2",
    "api_sandbox.client.getAuthenticationTokens2()",
    "const token = 'token-abcde'",
    "e2b_sandbox_template_id = 'base'",
    "glwt-docs",
    "ory_pat_",
    "sup_sk_",
    "mint_conditionForTheCollectibleCoinsInStock2 = True",
    "docker compose up db-migrationsRunnerForStaging2",
    "psql -h db-primaryReplicaHostnameForEurope2",
    "sk_car_",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_code_lookalikes_are_not_flagged(text):
    rules = {r.name for r in DOC_PREFIX_RULES}
    assert not rules & set(flagged(text).values()), flagged(text)


def test_rules_have_literal_triggers():
    for rule in DOC_PREFIX_RULES:
        assert rule.triggers and all(len(t) >= 3 for t in rule.triggers)
