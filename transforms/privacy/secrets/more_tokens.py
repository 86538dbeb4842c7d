"""Documented token formats still missing after the round-2 audit (issue #14, session 28).

An audit of providers whose tokens have a documented, recognisable structure (names from
GitHub's list of supported secret-scanning partner patterns and from providers' API docs)
wrote one synthetic token per documented format and checked whether our rules or the second
engine (kingfisher, merged as the product runs) flag it in ``export X_TOKEN=<token>``, in
prose (``my key is <token>``) and bare (``it failed with <token> again``). The formats below
were missed in at least one of those; each rule names the provider page documenting the prefix.

Every rule has a literal-prefix trigger (cheap: tested by the shared Aho-Corasick index before
any regex runs), a bounded full-token regex, and a body check: template shapes
(``<token>``, ``xxxx``, ``YOUR_KEY``) and low-variety bodies are never flagged; where the
prefix is an ordinary word (``secret-``, ``KEY``, ``pk_``, ``dose``) the body must also mix
letters and digits the way a random token does, so identifiers and names are not flagged.
Written from the providers' documentation; no other scanner's rule files were used.
"""

from __future__ import annotations

from transforms.privacy.secrets.prefix_rules import prefix_rule
from transforms.privacy.secrets.rules import SecretRule

_BEFORE = r"(?<![A-Za-z0-9_\-])"


def _rule(
    name: str, triggers: tuple[str, ...], rx: str, *, min_distinct: int = 8, **kw
) -> SecretRule:
    return prefix_rule(name, triggers, rx, min_distinct=min_distinct, before=_BEFORE, **kw)


MORE_TOKEN_RULES: tuple[SecretRule, ...] = (
    # Statsig server secret keys: the Keys API returns {"key": "secret-…", "type": "SERVER"}
    # (client keys "client-…" are public by design):
    # https://docs.statsig.com/api-reference/keys/create-key
    # https://docs.statsig.com/access-management/api-keys
    _rule(
        "statsig_server_key",
        ("secret-",),
        r"secret-[A-Za-z0-9]{32,64}",
        min_distinct=12,
        mixed=True,
        skip=7,
    ),
    # Telnyx API v2 keys "start with KEY": KEY, the key id (32 upper-case hex digits), "_" and
    # the secret part. "KEY_" + a word is left alone (KEY_userPreferencesStorage2 is code):
    # https://developers.telnyx.com/docs/development/cli/getting-started/authentication
    _rule(
        "telnyx_api_key",
        ("KEY",),
        r"KEY[0-9A-F]{32}_[A-Za-z0-9]{20,40}",
        min_distinct=12,
        mixed=True,
        skip=36,
    ),
    # Inngest signing keys "begin with signkey-" (signkey-<env>-<hex>):
    # https://api-docs.inngest.com/authentication, https://www.inngest.com/docs/platform/signing-keys
    _rule("inngest_signing_key", ("signkey-",), r"signkey-[a-z]{2,12}-[0-9a-f]{32,128}"),
    # Tinybird static tokens "p." + a signed base64url JSON payload (TINYBIRD_TOKEN=p.…):
    # https://www.tinybird.co/docs/forward/core-concepts/tokens
    _rule(
        "tinybird_token",
        ("p.eyJ",),
        r"p\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}",
        min_distinct=12,
    ),
    # Akamai EdgeGrid client and access tokens akab-<16+>-<6+> (lower-case base32-like); the
    # API host in the same .edgerc section is akab-….luna.akamaiapis.net and is not a secret:
    # https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials
    _rule(
        "akamai_edgegrid_token",
        ("akab-",),
        r"akab-[a-z0-9]{16,40}-[a-z0-9]{6,20}",
        min_distinct=10,
        mixed=True,
        skip=5,
        after=r"(?![A-Za-z0-9_\-]|\.[A-Za-z0-9])",
    ),
    # Databricks service-principal OAuth secrets: "dose followed by the secret value":
    # https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-partner-DatabricksSPSecret.html
    # https://docs.databricks.com/aws/en/dev-tools/auth/oauth-m2m
    _rule(
        "databricks_oauth_secret",
        ("dose",),
        r"dose[0-9a-f]{32,40}",
        min_distinct=10,
        mixed=True,
        skip=4,
    ),
    # Klaviyo private API keys: "the prefix pk_ followed by a longer alphanumeric string"
    # (Stripe's public pk_live_/pk_test_ keys and ClickUp's pk_<user id>_ do not fit the body):
    # https://developers.klaviyo.com/en/docs/retrieve_api_credentials
    _rule(
        "klaviyo_private_key",
        ("pk_",),
        r"pk_[A-Za-z0-9]{30,40}",
        min_distinct=12,
        mixed=True,
        skip=3,
    ),
    # Asaas API keys: "$aact_prod_" (production) and "$aact_hmlg_" (sandbox); the "$" is part of
    # the key, not a shell variable: https://docs.asaas.com/docs/authentication
    _rule(
        "asaas_api_key",
        ("$aact_",),
        r"\$aact_(?:prod_|hmlg_)?[A-Za-z0-9+/]{40,}={0,2}",
        min_distinct=12,
    ),
    # Amazon Bedrock short-term API keys: "bedrock-api-key-" + the base64 of a SigV4-presigned
    # "bedrock.amazonaws.com/?Action=CallWithBearerToken…" URL (base64 "YmVkcm9jay…"):
    # https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-generate.html
    # https://github.com/aws/aws-bedrock-token-generator-python (AUTH_PREFIX)
    _rule(
        "bedrock_short_term_key",
        ("bedrock-api-key-",),
        r"bedrock-api-key-YmVkcm9jay[A-Za-z0-9+/]{60,}={0,2}",
        min_distinct=12,
    ),
    # NATS NKEY seeds (the private half of an Ed25519 nkey pair): base32 (RFC 4648, upper case,
    # no padding) of 2 prefix bytes + 32-byte seed + CRC16 = 58 characters; "the first encoded
    # prefix is 'S', and the second character will be the type" (U user, A account, O operator,
    # N server, C cluster, X curve); the two prefix bytes leave the third character "A".
    # Public keys (U…/A…/N…, 56 characters) are not secrets.
    # https://docs.nats.io/running-a-nats-service/configuration/securing_nats/auth_intro/nkey_auth
    # https://pypi.org/project/nkeys/ (README: "SU" is a seed for a user key pair)
    # PostHog keys: "phc_" project (client) key, "phx_" personal API key, "phs_" project secret
    # key, "pha_"/"phr_" OAuth access/refresh tokens, each the prefix then a base62 number of 32
    # (personal: 35) random bytes, so up to 43 (48) characters, fewer when it starts with zeros;
    # up to 64 are taken, as OAuth tokens from other generators run longer:
    # https://posthog.com/docs/api (project and personal keys), and PostHog's own generator
    # posthog/models/utils.py (generate_random_token*, *_PREFIX constants).
    _rule(
        "posthog_key",
        ("phc_", "phx_", "phs_", "pha_", "phr_"),
        r"ph[cxsar]_[A-Za-z0-9]{36,64}",
        min_distinct=12,
        mixed=True,
        words=True,
        skip=4,
    ),
    # Supabase personal access tokens (Management API, CLI, MCP server): "sbp_" or "sbp_oauth_"
    # then 40 lower-case hex digits, the CLI's own format check ("Must be like `sbp_0102...1920`",
    # supabase/cli internal/utils/access_token.go); tokens issued lately read "sbp_v0_" + 40 hex:
    # https://supabase.com/docs/guides/platform/access-tokens
    _rule(
        "supabase_access_token",
        ("sbp_",),
        r"sbp_(?:v0_|oauth_)?[0-9a-f]{40}",
        min_distinct=10,
    ),
    # crates.io API tokens: "cio" then 32 random letters and digits (TOKEN_PREFIX "cio",
    # TOKEN_LENGTH 32 in the registry's own source, rust-lang/crates.io
    # crates/crates_io_database/src/utils/token.rs); "cio" also starts words, so the body must
    # mix letters and digits and not read as words.
    _rule(
        "crates_io_token",
        ("cio",),
        r"cio[A-Za-z0-9]{32}",
        min_distinct=12,
        mixed=True,
        words=True,
        skip=3,
    ),
    _rule(
        "nats_nkey_seed",
        ("SUA", "SAA", "SOA", "SNA", "SCA", "SXA"),
        r"S[UAONCX]A[A-Z2-7]{55}",
        min_distinct=16,
        mixed=True,
        skip=2,
    ),
)
