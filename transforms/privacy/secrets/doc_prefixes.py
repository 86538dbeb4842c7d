"""Documented token formats that were found only next to a word like "key" (issue #14, s28).

A no-keyword audit (one synthetic token per documented format, written bare in prose:
``it failed with <token> again``) showed that these formats were flagged only when a word
such as "key" or "token" stood nearby. Each provider below documents a recognisable prefix
(and, for most, the body's alphabet or length) on the page cited next to its rule, so the
token itself is enough evidence: these rules fire with no keyword in the text.

Every rule has a literal-prefix trigger (tested by the shared Aho-Corasick index before any
regex runs) and a bounded regex; the body check refuses template shapes (``<token>``,
``xxxx``, ``YOUR_KEY``), low-variety bodies, and - where the prefix could start an ordinary
identifier (``y0_axis``, ``test_…``, ``live_…``) - bodies without both letters and digits or
whose letters read as words (``test_handlesUtf8PayloadsCorrectly``).
Written from the providers' documentation; no other scanner's rule files were used.
"""

from __future__ import annotations

from transforms.privacy.secrets.prefix_rules import prefix_rule as _rule
from transforms.privacy.secrets.rules import SecretRule

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


DOC_PREFIX_RULES: tuple[SecretRule, ...] = (
    # GitLab workspace tokens "glwt-" (same token family and body as glpat-):
    # https://docs.gitlab.com/security/tokens/#workspace-token
    _rule(
        "gitlab_workspace_token",
        ("glwt-",),
        r"glwt-[A-Za-z0-9_\-]{20,64}",
        skip=5,
        mixed=True,
    ),
    # E2B API keys: "e2b_" followed by hex characters (40; the SDK rejects any other shape):
    # https://e2b.dev/docs/api-key
    _rule("e2b_api_key", ("e2b_",), r"e2b_[0-9a-f]{40}", skip=4, min_distinct=8),
    # Ory Network project API keys "ory_apikey_"/"ory_pat_", issued API keys "ory_ak_":
    # https://www.ory.sh/docs/concepts/personal-access-token
    # https://www.ory.sh/docs/network/talos/quickstart
    # Ory Hydra opaque access/refresh tokens "ory_at_"/"ory_rt_": https://github.com/ory/hydra/issues/2845
    _rule(
        "ory_token",
        ("ory_",),
        r"ory_(?:apikey|pat|ak|at|rt)_[A-Za-z0-9_\-]{24,}(?:\.[A-Za-z0-9_\-]{16,})?",
        skip=7,
        mixed=True,
        words=True,
    ),
    # Trigger.dev secret keys tr_dev_/tr_stg_/tr_prod_/tr_preview_ (named keys add "sk_") and
    # personal access tokens tr_pat_: https://trigger.dev/docs/apikeys,
    # https://trigger.dev/changelog/multiple-api-keys
    _rule(
        "trigger_dev_key",
        ("tr_dev_", "tr_stg_", "tr_prod_", "tr_preview_", "tr_pat_"),
        r"tr_(?:dev|stg|prod|preview|pat)_(?:sk_)?[A-Za-z0-9]{20,}",
        skip=7,
        mixed=True,
        words=True,
    ),
    # RunPod API keys: "new keys will be created with an rpa_ prefix":
    # https://www.runpod.io/blog/scoped-api-keys-runpod
    _rule(
        "runpod_api_key",
        ("rpa_",),
        r"rpa_[A-Za-z0-9]{32,64}",
        skip=4,
        min_distinct=12,
        mixed=True,
        words=True,
    ),
    # Mollie API keys "live_…"/"test_…" and organization/advanced access tokens "access_…":
    # https://docs.mollie.com/reference/authentication. "live_"/"test_" also start code names,
    # hence the long random body (no underscores, letters and digits, not words).
    _rule(
        "mollie_api_key",
        ("live_", "test_"),
        r"(?:live|test)_[A-Za-z0-9]{30,40}",
        skip=5,
        min_distinct=12,
        mixed=True,
        words=True,
    ),
    _rule(
        "mollie_access_token",
        ("access_",),
        r"access_[A-Za-z0-9]{40,64}",
        skip=7,
        min_distinct=14,
        mixed=True,
        words=True,
    ),
    # Midtrans server keys "Mid-server-…" (sandbox "SB-Mid-server-…"; client keys are public):
    # https://docs.midtrans.com/docs/access-keys
    _rule(
        "midtrans_server_key",
        ("Mid-server-",),
        r"(?:SB-)?Mid-server-[A-Za-z0-9_\-]{20,}",
        skip=11,
        mixed=True,
    ),
    # Flagsmith server-side environment keys "ser.…" (client-side keys are public; server-side
    # keys "should be considered secret"): https://docs.flagsmith.com/integration-approaches,
    # https://docs.flagsmith.com/clients/server-side
    _rule(
        "flagsmith_server_key",
        ("ser.",),
        r"ser\.[A-Za-z0-9]{22,64}",
        skip=4,
        mixed=True,
        words=True,
    ),
    # Axiom API tokens "xaat-" and personal access tokens "xapt-" (a UUID after the prefix):
    # https://axiom.co/docs/reference/tokens
    _rule("axiom_token", ("xaat-", "xapt-"), r"xa[ap]t-" + _UUID, skip=5, min_distinct=8),
    # Rancher API bearer tokens: access key "token-xxxxx", ":", secret key (54 characters):
    # https://ranchermanager.docs.rancher.com/reference-guides/user-settings/api-keys
    _rule(
        "rancher_bearer_token",
        ("token-",),
        r"token-[a-z0-9]{5}:[a-z0-9]{54}",
        skip=12,
        min_distinct=12,
        mixed=True,
    ),
    # TestPyPI API tokens: "pypi-" + a macaroon whose location is test.pypi.org (base64
    # "AgENdGVzdC5weXBpLm9yZw"), as pypi.org's are "pypi-AgEIcHlwaS5vcmc…":
    # https://test.pypi.org/help/#apitoken
    _rule(
        "testpypi_token",
        ("pypi-AgENdGVzdC5weXBpLm9yZw",),
        r"pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_\-]{50,}",
        skip=27,
    ),
    # Infisical service tokens "st.<id>.<secret>.<hex key>":
    # https://infisical.com/docs/internals/service-tokens
    # https://infisical.com/docs/documentation/platform/token
    _rule(
        "infisical_service_token",
        ("st.",),
        r"st\.[0-9a-f\-]{24,36}\.[0-9a-f]{32,64}\.[0-9a-f]{32,64}",
        skip=3,
        min_distinct=8,
    ),
    # Yandex OAuth tokens: "y", a digit 0-3, "_", then Latin letters, digits, "_" and "-":
    # https://yandex.cloud/en/docs/iam/concepts/authorization/oauth-token
    # (y0_axis, y1_label are code: the body must be long, random and mix letters and digits.)
    _rule(
        "yandex_oauth_token",
        ("y0_", "y1_", "y2_", "y3_"),
        r"y[0-3]_[A-Za-z0-9_\-]{40,80}",
        skip=3,
        min_distinct=14,
        mixed=True,
        words=True,
    ),
    # Slack app configuration tokens "xoxe.xoxp-1-…" (rotated with "xoxe-" refresh tokens):
    # https://api.slack.com/methods/tooling.tokens.rotate
    _rule(
        "slack_config_token",
        ("xoxe.xox",),
        r"xoxe\.xox[bp]-\d-[A-Za-z0-9\-]{60,}",
        skip=12,
        mixed=True,
    ),
    # Onfido (Entrust) API tokens: "All sandbox tokens start with the prefix api_sandbox", live
    # tokens "api_live" (region suffixes such as api_live_us exist), then two dotted parts:
    # https://developers.onfido.com/guide/get-started-integrating/
    _rule(
        "onfido_api_token",
        ("api_live", "api_sandbox"),
        r"api_(?:live|sandbox)(?:_[a-z]{2})?\.[A-Za-z0-9_\-]{8,20}\.[A-Za-z0-9_\-]{16,64}",
        skip=4,
        min_distinct=12,
        mixed=True,
        words=True,
    ),
    # SumUp secret API keys: "The tokens have a sup_sk_ prefix":
    # https://developer.sumup.com/docs/online-payments/introduction/authorization/
    _rule(
        "sumup_api_key",
        ("sup_sk_",),
        r"sup_sk_[A-Za-z0-9]{20,64}",
        skip=7,
        mixed=True,
        words=True,
    ),
    # Cal.com live secret keys "cal_live_" (test keys are a bare "cal_", too generic to use):
    # https://cal.com/docs/api-reference/v2/introduction
    _rule(
        "calcom_api_key",
        ("cal_live_",),
        r"cal_live_[A-Za-z0-9]{24,64}",
        skip=9,
        mixed=True,
        words=True,
    ),
    # Plane API tokens, sent as "X-API-Key: plane_api_<token>":
    # https://docs.plane.so/api-reference/introduction
    _rule(
        "plane_api_token",
        ("plane_api_",),
        r"plane_api_[A-Za-z0-9]{24,64}",
        skip=10,
        mixed=True,
        words=True,
    ),
    # GC Notify (Canada) API keys {prefix}-{key_name}-{service id uuid}-{secret key uuid}:
    # https://documentation.notification.canada.ca/en/start.html
    _rule(
        "gc_notify_api_key",
        ("gcntfy-",),
        r"gcntfy-[A-Za-z0-9_\-]{1,64}?-" + _UUID + "-" + _UUID,
        skip=7,
    ),
    # Mercury API tokens, used as the basic-auth user "secret-token:mercury_production…":
    # https://docs.mercury.com/reference/getting-started-with-your-api
    _rule(
        "mercury_api_token",
        ("secret-token:mercury_",),
        r"secret-token:mercury_(?:production|sandbox)_[A-Za-z0-9_]{30,}",
        skip=21,
        min_distinct=12,
        mixed=True,
    ),
    # TikTok user access tokens "act.…" and client access tokens "clt.…":
    # https://developers.tiktok.com/doc/oauth-user-access-token-management
    # https://developers.tiktok.com/doc/client-access-token-management
    # ("act."/"clt." end words like "contract." - the edge check and a long random body keep
    # prose and the docs' own "act.example12345Example…" out.)
    _rule(
        "tiktok_access_token",
        ("act.", "clt."),
        r"(?:act|clt)\.[A-Za-z0-9]{30,100}(?:![0-9]{2,6}(?:\.[a-z0-9]{2,4})?)?",
        skip=4,
        min_distinct=14,
        mixed=True,
        words=True,
    ),
    # Volcengine / BytePlus access key ids "AKLT" + letters, digits, "-" and "_":
    # https://docs.byteplus.com/byteplus-platform/reference/accesskey
    _rule(
        "volcengine_access_key",
        ("AKLT",),
        r"AKLT[A-Za-z0-9_\-]{16,60}",
        skip=4,
        min_distinct=12,
        mixed=True,
        words=True,
    ),
    # Mintlify admin API keys "begin with the mint_ prefix", assistant keys "mint_dsc_":
    # https://www.mintlify.com/docs/api/introduction
    _rule(
        "mintlify_api_key",
        ("mint_",),
        r"mint_(?:dsc_)?[A-Za-z0-9]{20,64}",
        skip=5,
        mixed=True,
        words=True,
    ),
    # Databento API keys: "a 32-character string starting with db-":
    # https://databento.com/docs/api-reference-historical
    _rule(
        "databento_api_key",
        ("db-",),
        r"db-[A-Za-z0-9]{29}",
        skip=3,
        mixed=True,
        words=True,
    ),
    # Cartesia API keys "sk_car_…" (admin keys "sk_car_admin_…"):
    # https://docs.cartesia.ai/api-reference/api-keys/get
    _rule(
        "cartesia_api_key",
        ("sk_car_",),
        r"sk_car_(?:admin_)?[A-Za-z0-9]{20,64}",
        skip=7,
        mixed=True,
        words=True,
    ),
)
