"""Documented token formats added after the session-28 provider audit (issue #14): true
positives in an env line, in prose and bare, template placeholders, and code look-alikes.

Token values below are made up for these tests in each provider's documented shape.
"""

from __future__ import annotations

import base64

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.more_tokens import MORE_TOKEN_RULES

B62 = "Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1Jf5Gs0Ay7Ze2Ru9IoPq4Ew"
HEX = "9f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d4e6a2b7c5d0e9f1a3b8c6d2e7f4a1b9c"
_PRESIGNED = (
    "bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256"
    "&X-Amz-Credential=ASIAQ7XK2LP9RT4WZ8NV%2F20251205%2Fus-east-1%2Fbedrock%2Faws4_request"
    f"&X-Amz-Expires=43200&X-Amz-Signature={HEX}&Version=1"
)

TOKENS = {
    "statsig_server_key": f"secret-{B62[:43]}",
    "telnyx_api_key": f"KEY0183A2F4C9B7E5D1A6F8C3B0E2D9A7F4_{B62[:22]}",
    "inngest_signing_key": f"signkey-prod-{HEX}",
    "tinybird_token": "p.eyJ1IjogIjdmOGQ1YTNjLTRiMmUtNGY5MS1hMWIyIiwgImlkIjogIjJjM2Q0ZTVmIn0."
    + B62[:43],
    "akamai_edgegrid_token": "akab-k7rp2qx9m3vt8wbn-4hd6ljsf2a5c",
    "databricks_oauth_secret": f"dose{HEX[:32]}",
    "klaviyo_private_key": f"pk_{HEX[:34]}",
    "asaas_api_key": f"$aact_prod_000{B62}{B62}",
    "bedrock_short_term_key": "bedrock-api-key-" + base64.b64encode(_PRESIGNED.encode()).decode(),
    "nats_nkey_seed": "SUAQ3TZ7KXWMN4RBVH2DLPG6YFJC5EO7SI2UAKQ3ZT4MXWBN6HRL2DPVGY",
    "posthog_key": f"phx_{B62[:46]}",
    "supabase_access_token": f"sbp_v0_{HEX[:40]}",
    "crates_io_token": f"cio{B62[5:37]}",
}
# the other PostHog and Supabase prefixes, found by the same rules
MORE_FORMS = [
    f"phc_{B62[:43]}",
    f"phs_{B62[3:44]}",
    f"pha_{B62[:40]}",
    f"phr_{B62[1:43]}",
    f"pha_{B62}{B62[:9]}",  # 55 characters after the prefix
    f"sbp_{HEX[:40]}",
    f"sbp_oauth_{HEX[5:45]}",
]


def flagged(text: str) -> dict[str, str]:
    """Detected value -> detector, over all our rules."""
    return {text[s.start : s.end]: s.detector for s in detect_own_secrets(text)}


def test_every_rule_has_a_case():
    assert {r.name for r in MORE_TOKEN_RULES} == set(TOKENS)


@pytest.mark.parametrize("name", sorted(TOKENS))
@pytest.mark.parametrize(
    "template",
    ["export X_TOKEN={t}", "my key is {t} thanks", "it failed with {t} again", '{{"k": "{t}"}}'],
)
def test_documented_token_is_found_whole(name, template):
    token = TOKENS[name]
    found = flagged(template.format(t=token))
    assert token in found, found


@pytest.mark.parametrize("token", MORE_FORMS)
def test_other_posthog_and_supabase_prefixes(token):
    assert token in flagged(f"it failed with {token} again")


@pytest.mark.parametrize("name", sorted(TOKENS))
def test_rule_names_its_provider(name):
    token = TOKENS[name]
    rule = next(r for r in MORE_TOKEN_RULES if r.name == name)
    text = f"value: {token}"
    assert [text[s.start : s.end] for s in rule.find(text, text.lower())] == [token]


PLACEHOLDERS = [
    "STATSIG_SERVER_KEY=secret-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "TELNYX_API_KEY=KEY_XXXXXXXXXXXXXXXXXXXXXXXX",
    "INNGEST_SIGNING_KEY=signkey-prod-0000000000000000000000000000000000000000",
    "INNGEST_SIGNING_KEY=signkey-prod-<your-signing-key>",
    "TINYBIRD_TOKEN=p.your_token_here",
    "client_token = akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx",
    "clientSecret: dose<secret value>",
    "KLAVIYO_PRIVATE_KEY=pk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "access_token: $aact_prod_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-YmVkcm9jay...",
    "POSTHOG_KEY=phc_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "POSTHOG_PERSONAL_API_KEY=phx_...",
    "SUPABASE_ACCESS_TOKEN=sbp_v0_...",
    "SUPABASE_ACCESS_TOKEN=sbp_0000000000000000000000000000000000000000",
    "SUPABASE_ACCESS_TOKEN=sbp_<your-token>",
]


@pytest.mark.parametrize("text", PLACEHOLDERS)
def test_placeholders_are_not_flagged(text):
    rules = {r.name for r in MORE_TOKEN_RULES}
    assert not rules & set(flagged(text).values()), flagged(text)


LOOKALIKES = [
    # Kubernetes object names, words and identifiers after the ordinary-word prefixes
    "kubectl get secret secret-volume-mount-for-the-api-server-pod",
    "name: secret-abcdefghijklmnopqrstuvwxyzabcdefghij",
    "KEY_ROTATION_INTERVAL_SECONDS=3600",
    "const KEY_PREFIX_FOR_CACHE_ENTRIES = 'x'",
    "API_KEY_abcdefghijklmnopqrstuvwxyz0123",
    "KEY_userPreferencesStorage2 = load()",
    "KEY_abcdefghijklmnopqrstuvwxyz0123",
    "pk_live_51HxQm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1Jf5Gs0Ay7Ze2Ru9I",  # Stripe publishable: public
    "clickup pk_4812_ABCDEFGHIJKLMNOPQRSTUVWXYZ012345",  # ClickUp: its own rule
    "model.pk_relationshipmanagerfactorybean_default",
    "dosedependentresponsecurvefitting",
    "dose_response = dose1234 * 2",
    # the Akamai API host is not a credential
    "host = akab-h05tnam3wl42son7nktnlnnx-kbob3i3v.luna.akamaiapis.net",
    "p.eyJ is the start of base64 JSON",
    "export ACCT=$aact_prod_",
    "bedrock-api-key-rotation-policy",
    "signkey-prod-docs",
    # Phoenix assigns and env names share the "phx_" start
    "PHX_SERVER=true",
    'phx_click: "set_persistence_type", phx_value_type: "file"',
    "phx_sessionControllerRegistrationIdentifierValue",
    "mix phx_up.del.module Post.Validator",
    # words and identifiers that start with "cio"
    "ciocolataAlbaCuAluneSiStafideDePadure",
    "cioAuthenticationHandlerFactoryBean2",
    "CARGO_REGISTRY_TOKEN=cio<your-token>",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_code_lookalikes_are_not_flagged(text):
    rules = {r.name for r in MORE_TOKEN_RULES}
    assert not rules & set(flagged(text).values()), flagged(text)


def test_rules_have_literal_triggers():
    for rule in MORE_TOKEN_RULES:
        assert rule.triggers and all(len(t) >= 3 for t in rule.triggers)
