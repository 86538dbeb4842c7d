"""Provider tokens by documented prefix, of any length: pasted keys are often shorter or longer
than the current documented length (older generations, test keys, truncated copies).

* ``PREFIXED_ANY_LENGTH``: distinctive documented prefixes followed by a random body of the
  provider's alphabet, with a minimum length instead of an exact one. Each recognizer names
  the provider page documenting the prefix. The prefixes are long or unusual enough that code
  does not produce them; bodies still pass the placeholder and distinct-character checks.
* ``DOCUMENTED_PREFIXES`` and ``SGP_TOKENS``: full-token shapes of prefixes absent from
  :mod:`~transforms.privacy.secrets.formats`.

Written from providers' documentation; no other scanner's rule files were used.
"""

from __future__ import annotations

import re

from transforms.contracts.placeholders import is_template_placeholder
from transforms.privacy.secrets.rules import ALNUM, TOKEN_CHARS, SecretRule


def _body_ok(min_distinct: int = 8):
    # Documented prefixes: only template shapes veto (see core_rules._key_body_ok).
    def ok(value: str, m: re.Match[str], text: str) -> bool:
        return not is_template_placeholder(value) and len(set(value)) >= min_distinct

    return ok


def _prefixed(name: str, prefix: str, body: str, min_len: int, *, url: str) -> SecretRule:
    """``prefix`` (literal) + ``min_len``+ characters of ``body``; ``url`` documents the prefix
    (kept on the rule only as the reader's reference)."""
    rx = re.compile(
        r"(?<![A-Za-z0-9_\-])(" + re.escape(prefix) + body + "{" + str(min_len) + r",400})"
        r"(?![A-Za-z0-9_\-])"
    )
    return SecretRule(name, (prefix,), rx, 1, 0.9, _body_ok())


_ALNUM = ALNUM
_TOKEN = TOKEN_CHARS

# (rule name, prefix, body alphabet, minimum body length, provider documentation)
PREFIXED_ANY_LENGTH: tuple[SecretRule, ...] = (
    _prefixed(
        "typeform_token_any",
        "tfp_",
        "[A-Za-z0-9_.=-]",
        30,
        url="https://www.typeform.com/developers/get-started/personal-access-token/",
    ),
    _prefixed(
        "replicate_token_any",
        "r8_",
        _ALNUM,
        30,
        url="https://replicate.com/docs/topics/security/api-tokens",
    ),
    _prefixed("xai_key_any", "xai-", _TOKEN, 40, url="https://docs.x.ai/docs/api-reference"),
    _prefixed(
        "contentful_token_any",
        "CFPAT-",
        _TOKEN,
        30,
        url="https://www.contentful.com/developers/docs/references/authentication/",
    ),
    _prefixed(
        "nightfall_key",
        "NF-",
        _ALNUM,
        32,
        url="https://docs.nightfall.ai/docs/creating-an-api-key",
    ),
    _prefixed(
        "pagarme_key",
        "ak_live_",
        _ALNUM,
        24,
        url="https://docs.pagar.me/reference/autentica%C3%A7%C3%A3o-2",
    ),
    _prefixed(
        "pagarme_test_key",
        "ak_test_",
        _ALNUM,
        24,
        url="https://docs.pagar.me/reference/autentica%C3%A7%C3%A3o-2",
    ),
    _prefixed(
        "flexport_key",
        "shltm_",
        _TOKEN,
        30,
        url="https://apidocs.flexport.com/v2/reference/authentication",
    ),
    _prefixed(
        "fleetbase_key",
        "flb_live_",
        _ALNUM,
        16,
        url="https://docs.fleetbase.io/developers/authentication",
    ),
    _prefixed(
        "fullstory_key",
        "na1.",
        "[A-Za-z0-9+/=]",
        40,
        url="https://developer.fullstory.com/server/authentication/",
    ),
    _prefixed(
        "fullstory_key_eu",
        "eu1.",
        "[A-Za-z0-9+/=]",
        40,
        url="https://developer.fullstory.com/server/authentication/",
    ),
    _prefixed(
        "cloudflare_origin_ca_any",
        "v1.0-",
        "[0-9a-f-]",
        100,
        url="https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/",
    ),
    _prefixed(
        "pubnub_key_any",
        "pub-c-",
        "[a-z0-9-]",
        30,
        url="https://www.pubnub.com/docs/general/setup/application-setup",
    ),
    _prefixed(
        "pubnub_secret_any",
        "sec-c-",
        "[A-Za-z0-9-]",
        30,
        url="https://www.pubnub.com/docs/general/setup/application-setup",
    ),
    _prefixed(
        "square_token_any",
        "EAAA",
        _TOKEN,
        50,
        url="https://developer.squareup.com/docs/build-basics/access-tokens",
    ),
    # Shopify access tokens and app secrets: ``shpat_``/``shpca_``/``shppa_``/``shpss_`` + 32;
    # Shopify tells apps not to assume the length (tokens grew from 32 to 38 once), so longer
    # bodies count too:
    # https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing
    # https://shopify.dev/changelog/app-secret-key-length-has-increased
    *(
        _prefixed(
            f"shopify_{kind}_any",
            f"shp{kind}_",
            _ALNUM,
            32,
            url="https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing",
        )
        for kind in ("at", "ca", "pa", "ss")
    ),
    # dfuse: server keys "server_<32 hex>", web keys "web_<32 hex>".
    SecretRule(
        "dfuse_key",
        ("web_", "server_"),
        re.compile(r"(?<![A-Za-z0-9_\-])((?:web|server)_[0-9a-f]{32})(?![A-Za-z0-9_\-])"),
        1,
        0.9,
        _body_ok(),
    ),
    # MaxMind license keys: "<6>_<29>_mmk" (https://dev.maxmind.com/license-key-format).
    SecretRule(
        "maxmind_license_key",
        ("_mmk",),
        re.compile(r"(?<![A-Za-z0-9_\-])([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?![A-Za-z0-9_\-])"),
        1,
        0.9,
        _body_ok(),
    ),
    # Zapier catch hooks: https://hooks.zapier.com/hooks/catch/<account>/<hook>/ is a bearer URL
    # (https://help.zapier.com/hc/en-us/articles/8496288690317).
    SecretRule(
        "zapier_catch_hook",
        ("hooks.zapier.com",),
        re.compile(r"(https://hooks\.zapier\.com/hooks/catch/[A-Za-z0-9]+(?:/[A-Za-z0-9]+)?/?)"),
        1,
        0.9,
        None,
    ),
)


def _rx(name: str, triggers: tuple[str, ...], rx: str, min_distinct: int = 8) -> SecretRule:
    """A full-token regex (group 1) with the usual placeholder / distinct-character check."""
    bounded = re.compile(r"(?<![A-Za-z0-9_\-])(" + rx + r")(?![A-Za-z0-9_\-])")
    return SecretRule(name, triggers, bounded, 1, 0.9, _body_ok(min_distinct))


_HEXC = "[0-9a-f]"
_UUID_RX = f"{_HEXC}{{8}}-{_HEXC}{{4}}-{_HEXC}{{4}}-{_HEXC}{{4}}-{_HEXC}{{12}}"

# Prefixes documented by each provider, absent from formats / core_rules.
DOCUMENTED_PREFIXES: tuple[SecretRule, ...] = (
    # Brevo (Sendinblue) API and SMTP keys: https://developers.brevo.com/docs/getting-started
    _rx(
        "brevo_key", ("xkeysib-", "xsmtpsib-"), r"x(?:keysib|smtpsib)-[0-9a-f]{64}-[A-Za-z0-9]{16}"
    ),
    # SonarQube user/project/global analysis tokens:
    # https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/
    _rx("sonarqube_token", ("squ_", "sqp_", "sqa_"), r"sq[upa]_[0-9a-f]{40}"),
    # dbt Cloud service and user tokens: https://docs.getdbt.com/docs/dbt-cloud-apis/service-tokens
    _rx("dbt_cloud_token", ("dbtc_", "dbtu_"), r"dbt[cu]_[A-Za-z0-9_-]{30,}"),
    # Netlify personal access tokens: https://docs.netlify.com/api/get-started/#authentication
    _rx("netlify_token", ("nfp_",), r"nfp_[A-Za-z0-9]{36,}"),
    # Neon API keys: https://neon.com/docs/manage/api-keys
    _rx("neon_api_key", ("napi_",), r"napi_[a-z0-9]{60,}"),
    # PostHog personal API keys (project "phc_" keys are public): https://posthog.com/docs/api
    _rx("posthog_personal_key", ("phx_",), r"phx_[A-Za-z0-9]{40,}"),
    # 1Password service account tokens: https://developer.1password.com/docs/service-accounts/
    _rx("onepassword_service_token", ("ops_eyJ",), r"ops_eyJ[A-Za-z0-9+/=_-]{100,}"),
    # Plaid access tokens: https://plaid.com/docs/api/tokens/
    _rx(
        "plaid_access_token",
        ("access-sandbox-", "access-development-", "access-production-"),
        r"access-(?:sandbox|development|production)-" + _UUID_RX,
    ),
    # WooCommerce REST consumer key/secret:
    # https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication
    _rx("woocommerce_key", ("ck_", "cs_"), r"c[ks]_[0-9a-f]{40}"),
    # Honeycomb ingest keys: https://docs.honeycomb.io/configure/environments/manage-api-keys/
    _rx("honeycomb_ingest_key", ("hcaik_", "hcxik_"), r"hc[ax]ik_[a-z0-9]{58,}"),
    # Render API keys: https://render.com/docs/api#1-create-an-api-key
    _rx("render_api_key", ("rnd_",), r"rnd_[A-Za-z0-9]{28,}"),
    # Octopus Deploy API keys: https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key
    # (not a URL path segment: notion.site/API-<page id> is a page slug)
    _rx("octopus_api_key", ("API-",), r"(?<!/)API-[A-Z0-9]{25,32}"),
    # Ably API keys "<app id>.<key id>:<secret>": https://ably.com/docs/auth/basic
    _rx("ably_key", (":",), r"[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_+/=-]{40,45}", 12),
)

# Django SECRET_KEY: 50 characters from get_random_secret_key()'s alphabet, optionally after

# ``sgp_`` is shared by two documented formats, so it is matched by their structures, not at
# any length: Sourcegraph access tokens are ``sgp_`` + 40 hex digits, optionally after a 16-hex
# instance id and ``_`` or after ``local_``
# (https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token); Segment Public API
# tokens are ``sgp_`` + 64 letters and digits
# (https://docs.segmentapis.com/tag/Getting-Started#section/Get-an-API-token). A body with
# non-hex letters, an 18-character instance id or a long one-character run
# (``sgp_5555555dAAAAA7777777CcccCFaaaaaaaaaaaaaa``) is neither.
_SGP = re.compile(
    r"(?<![A-Za-z0-9_\-])(sgp_(?:(?:[0-9a-fA-F]{16}_)?(?:local_)?[0-9a-fA-F]{40}"
    r"|[A-Za-z0-9]{64}))(?![A-Za-z0-9_\-])"
)
_ONE_CHAR_RUN = re.compile(r"(.)\1{7,}")


def _sgp_ok(value: str, m: re.Match[str], text: str) -> bool:
    return _body_ok()(value, m, text) and not _ONE_CHAR_RUN.search(value.lower())


SGP_TOKENS: tuple[SecretRule, ...] = (
    SecretRule("sourcegraph_token_any", ("sgp_",), _SGP, 1, 0.9, _sgp_ok),
)
