"""Provider-prefixed tokens: prefix, length and alphabet from each provider's documentation
(``glpat-``, ``dop_v1_``, ``hvs.``), sometimes a checksum (GitHub and npm tokens end in a base62
CRC32 of the rest). Each rule names its doc page; none is copied from another scanner's rule
files.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.privacy.secrets.core_rules import slack_token_ok
from transforms.privacy.secrets.format_checks import (
    _B,
    _H,
    _UUID,
    _ctx,
    _distinct,
    _key,
    _p,
    _r,
    _random_token,
    _structured_key,
)
from transforms.privacy.secrets.rules import SecretRule

# --- provider-prefixed tokens (prefix, length and alphabet from each provider's docs) -------
PREFIXED: tuple[SecretRule, ...] = (
    # GitLab token prefixes (glrtr-: runner authentication token created by registration):
    # https://docs.gitlab.com/security/tokens/#token-prefixes
    _r(
        "gitlab_token",
        (
            "glpat-",
            "gldt-",
            "glptt-",
            "glrt-",
            "glrtr-",
            "gloas-",
            "glcbt-",
            "glimt-",
            "glagent-",
            "glsoat-",
            "glffct-",
            "GR1348941",
        ),
        _p(
            r"(?:glpat|gldt|glptt|glrtr?|gloas|glcbt|glimt|glagent|glsoat|glffct)-[A-Za-z0-9_.\-]{20,}"
            r"|GR1348941[A-Za-z0-9_\-]{20}"
        ),
    ),
    _r("npm_token", ("npm_",), _p(r"npm_" + _B + "{36}")),
    _r("pypi_token", ("pypi-",), _p(r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}")),
    _r(
        "slack_token",
        ("xox",),
        _p(r"xox[abposre]-(?:\d+-)?[A-Za-z0-9-]{10,}"),
        lambda v, m, t: _key(v, m, t) and slack_token_ok(v, m, t),
    ),
    _r(
        "slack_webhook",
        ("hooks.slack.com",),
        re.compile(
            r"(https?://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_+-]{20,})"
        ),
    ),
    _r(
        "discord_bot_token",
        (".",),
        _p(r"[MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}"),
        _distinct(12),
    ),
    _r(
        "discord_webhook",
        ("/api/webhooks/",),
        re.compile(
            r"(https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_-]{60,})"
        ),
    ),
    _r("telegram_bot_token", (":AA",), _p(r"\d{8,10}:AA[A-Za-z0-9_-]{32,35}")),
    _r(
        "twilio_key",
        ("SK", "AC"),
        _ctx(r"twilio|api[_ ]?key|sid|auth", r"SK" + _H + "{32}"),
        ci=False,
    ),
    _r(
        "twilio_auth_token",
        ("twilio", "auth_token", "authtoken"),
        _ctx(r"twilio|auth_?token", _H + "{32}", 60),
        ci=True,
    ),
    _r(
        "mailgun_key",
        ("key-", "mailgun"),
        _p(r"key-" + _H + "{32}|" + _H + "{32}-" + _H + "{8}-" + _H + "{8}"),
    ),
    _r("mailchimp_key", ("-us",), _p(_H + r"{32}-us\d{1,2}")),
    _r(
        "square_token",
        ("sq0", "EAAA"),
        _p(r"sq0(?:atp|csp|idp)-[A-Za-z0-9_\-]{22,43}|EAAA[A-Za-z0-9_\-]{60}"),
    ),
    _r(
        "braintree_token",
        ("access_token$",),
        _p(r"access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$" + _H + "{32}"),
    ),
    _r(
        "shopify_token",
        ("shpat_", "shpca_", "shppa_", "shpss_"),
        # 38 characters, the prefix then 32 (alphabet not stated):
        # https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing
        # https://shopify.dev/changelog/app-secret-key-length-has-increased
        _p(r"shp(?:at|ca|pa|ss)_[A-Za-z0-9]{32}"),
    ),
    _r("google_oauth_secret", ("GOCSPX-",), _p(r"GOCSPX-[A-Za-z0-9_\-]{28}")),
    _r(
        "google_oauth_token",
        ("ya29.", "1//0"),
        _p(r"ya29\.[A-Za-z0-9_\-]{30,}|1//0[A-Za-z0-9_\-]{40,}"),
    ),
    # Entra secrets' own alphabet includes "~" and ".": a match inside a longer run of it
    # (a Freenet ``USK@…,4~q8Q~…~yk0,…`` key) is a piece of something else.
    _r(
        "azure_entra_client_secret",
        ("Q~",),
        re.compile(
            r"(?<![A-Za-z0-9_~.\-])([A-Za-z0-9_~.\-]{3}\dQ~[A-Za-z0-9_~.\-]{31,34})"
            r"(?![A-Za-z0-9_~\-]|\.[A-Za-z0-9_~\-])"
        ),
    ),
    _r("digitalocean_token", ("_v1_",), _p(r"do[opr]_v1_" + _H + "{64}")),
    _r("heroku_token", ("HRKU-",), _p(r"HRKU-[A-Za-z0-9_\-]{60}")),
    _r("vault_token", ("hvs.", "hvb.", "hvr."), _p(r"hv[sbr]\.[A-Za-z0-9_\-]{24,}")),
    _r(
        "vault_legacy_token",
        ("vault",),
        _ctx(r"vault|x-vault-token|token", r"[sbr]\.[A-Za-z0-9_\-]{24,}", 40),
        _random_token,
        ci=True,
    ),
    _r("terraform_token", (".atlasv1.",), _p(r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_\-=]{60,70}")),
    _r("atlassian_token", ("ATATT", "ATCTT", "ATOAT"), _p(r"AT(?:AT|CT|OA)T[A-Za-z0-9_\-=]{50,}")),
    _r(
        "sentry_token",
        ("sntrys_", "sntryu_", "sntryi_"),
        _p(r"sntrys_[A-Za-z0-9+/=_]{60,}|sntry[ui]_" + _H + "{64}"),
    ),
    _r(
        "sentry_dsn",
        ("sentry",),
        re.compile(
            r"(https?://" + _H + r"{32}(?::" + _H + r"{32})?@[\w.\-]*sentry[\w.\-]*(?::\d+)?/\d+)"
        ),
        _distinct(10),
        ci=True,
    ),
    _r(
        "newrelic_key",
        ("NRAK-", "NRII-", "NRJS-", "NRAA-", "NRAL"),
        _p(r"NR(?:AK|II|AA)-[A-Z0-9]{27}|NRJS-" + _H + "{19}|" + _H + "{36}NRAL"),
    ),
    _r(
        "grafana_token",
        ("glc_", "glsa_"),
        _p(r"glc_[A-Za-z0-9+/]{32,}={0,2}|glsa_" + _B + "{32}_" + _H + "{8}"),
    ),
    _r("doppler_token", ("dp.",), _p(r"dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9._\-]{40,}")),
    _r("linear_key", ("lin_api_", "lin_oauth_"), _p(r"lin_(?:api|oauth)_" + _B + "{40,64}")),
    _r("notion_token", ("secret_", "ntn_"), _p(r"secret_" + _B + "{43}|ntn_\\d{11}" + _B + "{35}")),
    _r("airtable_token", ("pat",), _p(r"pat" + _B + "{14}\\." + _H + "{64}")),
    _r("figma_token", ("figd_",), _p(r"figd_[A-Za-z0-9_\-]{40}")),
    _r("postman_key", ("PMAK-",), _p(r"PMAK-" + _H + "{24}-" + _H + "{34}")),
    _r("dropbox_token", ("sl.",), _p(r"sl\.(?:u\.)?[A-Za-z0-9_\-]{130,}")),
    _r(
        "asana_token",
        ("1/", "2/"),
        _ctx(r"asana|token|pat|bearer", r"[12]/\d{10,}(?:/\d{10,})?:" + _H + "{32}", 60),
        ci=True,
    ),
    _r("cloudflare_origin_ca", ("v1.0-",), _p(r"v1\.0-" + _H + "{24}-" + _H + "{146}")),
    _r(
        "flyio_token",
        ("fo1_", "fm1", "fm2_", "FlyV1"),
        _p(r"fo1_[A-Za-z0-9_\-]{43}|(?:FlyV1 )?fm[12][ar]?_[A-Za-z0-9+/=_\-]{50,}"),
    ),
    _r("supabase_secret_key", ("sb_secret_",), _p(r"sb_secret_[A-Za-z0-9_\-]{20,}")),
    _r("groq_key", ("gsk_",), _p(r"gsk_" + _B + "{52}")),
    _r("replicate_token", ("r8_",), _p(r"r8_" + _B + "{37}")),
    _r("perplexity_key", ("pplx-",), _p(r"pplx-[A-Za-z0-9]{48}")),
    _r("xai_key", ("xai-",), _p(r"xai-" + _B + "{70,90}")),
    _r("langsmith_key", ("lsv2_",), _p(r"lsv2_(?:pt|sk)_" + _H + "{32}_" + _H + "{10}")),
    _r("pinecone_key", ("pcsk_",), _p(r"pcsk_[A-Za-z0-9_]{40,}")),
    _r("tavily_key", ("tvly-",), _p(r"tvly-(?:dev-|prod-)?" + _B + "{32}")),
    _r("firecrawl_key", ("fc-",), _p(r"fc-" + _H + "{32}")),
    _r("huggingface_org_token", ("api_org_",), _p(r"api_org_" + _B + "{34}")),
    _r("fireworks_key", ("fw_",), _p(r"fw_" + _B + "{20,}")),
    _r("jina_key", ("jina_",), _p(r"jina_[A-Za-z0-9_]{40,}")),
    _r(
        "kagi_key",
        ("kagi",),
        _ctx(r"kagi", r"[A-Za-z0-9_\-]{20,}\.[A-Za-z0-9_\-]{20,}", 40),
        ci=True,
    ),
    _r("planetscale_token", ("pscale_",), _p(r"pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_\-.]{32,64}")),
    # "dapi" + 32 hex digits (either case): https://docs.databricks.com/aws/en/dev-tools/auth/pat
    _r("databricks_token", ("dapi",), _p(r"dapi(?:" + _H + "{32}|[0-9A-F]{32})(?:-\\d)?")),
    _r("contentful_token", ("CFPAT-",), _p(r"CFPAT-[A-Za-z0-9_\-]{43}")),
    _r("adafruit_key", ("aio_",), _p(r"aio_" + _B + "{28}")),
    _r(
        "age_secret_key",
        ("AGE-SECRET-KEY-1",),
        _p(r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"),
    ),
    _r("alibaba_key_id", ("LTAI",), _p(r"LTAI" + _B + "{12,20}")),
    _r("tencent_key_id", ("AKID",), _p(r"AKID" + _B + "{32}")),
    _r("yandex_key", ("AQVN", "YC", "t1."), _p(r"AQVN[A-Za-z0-9_\-]{35,38}|YC[A-Za-z0-9_\-]{38}")),
    _r("facebook_token", ("EAA",), _p(r"EAA[A-Za-z0-9]{100,}")),
    _r("twitter_bearer", ("AAAAAAAAAAAAAAAAAAAA",), _p(r"AAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{30,}")),
    _r(
        "mapbox_secret_token",
        ("sk.eyJ", "tk.eyJ"),
        _p(r"[st]k\.eyJ[A-Za-z0-9_\-]{20,}\.[A-Za-z0-9_\-]{20,}"),
    ),
    _r("jfrog_token", ("AKCp", "cmVmdGtu"), _p(r"AKCp" + _B + "{69}|cmVmdGtu" + _B + "{56}")),
    _r(
        "circleci_token", ("CCIPAT_", "CCIPRJ_"), _p(r"CCIP(?:AT|RJ)_" + _B + "{22}_" + _H + "{40}")
    ),
    _r("bitbucket_token", ("ATBB", "ATCTT"), _p(r"ATBB[A-Za-z0-9_=.\-]{32}")),
    _r("buildkite_token", ("bkua_",), _p(r"bkua_" + _H + "{40}")),
    _r("docker_hub_token", ("dckr_",), _p(r"dckr_(?:pat|oat)_[A-Za-z0-9_\-]{27,}")),
    _r("pulumi_token", ("pul-",), _p(r"pul-" + _H + "{40}")),
    _r("shippo_token", ("shippo_",), _p(r"shippo_(?:live|test)_" + _H + "{40}")),
    _r("easypost_key", ("EZAK", "EZTK"), _p(r"EZ[AT]K" + _B + "{54}")),
    _r("duffel_token", ("duffel_",), _p(r"duffel_(?:live|test)_[A-Za-z0-9_\-=]{43}")),
    _r("flutterwave_key", ("FLWSECK",), _p(r"FLWSECK(?:_TEST)?-" + _H + "{32}-X")),
    _r("prefect_key", ("pnu_",), _p(r"pnu_" + _B + "{36}")),
    _r("frameio_token", ("fio-u-",), _p(r"fio-u-[A-Za-z0-9_\-=]{64}")),
    _r("readme_key", ("rdme_",), _p(r"rdme_[a-z0-9]{70}")),
    _r("rubygems_key", ("rubygems_",), _p(r"rubygems_" + _H + "{48}")),
    _r("nuget_key", ("oy2",), _p(r"oy2[a-z0-9]{43}")),
    _r("clojars_token", ("CLOJARS_",), _p(r"CLOJARS_[a-z0-9]{60}")),
    _r("dynatrace_token", ("dt0c01.", "dt0s"), _p(r"dt0[cs]\d{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64}")),
    _r("typeform_token", ("tfp_",), _p(r"tfp_[A-Za-z0-9_\-.=]{59}")),
    _r(
        "sourcegraph_token",
        ("sgp_", "sgs_"),
        _p(r"sg[ps]_(?:" + _H + r"{16}_|local_)?" + _H + "{40}"),
    ),
    _r(
        "harness_token",
        ("pat.", "sat."),
        _p(r"(?:pat|sat)\.[A-Za-z0-9_\-]{22}\." + _H + "{24}\\.[A-Za-z0-9]{20}"),
    ),
    # Infracost API keys (https://www.infracost.io/docs/integrations/infracost_api/); not
    # after a dot: "video_box.ico-<md5>.png" is a fingerprinted asset file name
    _r("infracost_key", ("ico-",), re.compile(r"(?<![\w.\-])(ico-" + _B + r"{32})(?![\w\-])")),
    _r(
        "launchdarkly_key",
        ("api-", "sdk-"),
        _ctx(
            r"launchdarkly|ld_|api[_ ]?key|sdk[_ ]?key",
            r"(?:api|sdk)-" + _UUID,
            60,
        ),
        ci=True,
    ),
    _r("openshift_token", ("sha256~",), _p(r"sha256~[A-Za-z0-9_\-]{43}")),
    _r("scalingo_token", ("tk-us-",), _p(r"tk-us-[A-Za-z0-9_\-]{48}")),
    _r("resend_key", ("re_",), _p(r"re_" + _B + "{8}_" + _B + "{24}")),
    _r(
        "stripe_restricted_or_secret",
        ("sk_", "rk_"),
        _p(r"(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{20,}"),
    ),
    _r(
        "elevenlabs_key",
        ("sk_",),
        _ctx(r"elevenlabs|xi-api-key|xi_api_key", r"(?:sk_)?" + _H + "{32,48}", 60),
        ci=True,
    ),
    _r("okta_token", ("okta", "SSWS"), _ctx(r"okta|SSWS", r"00[A-Za-z0-9_\-]{40}", 60), ci=True),
    _r(
        "teams_webhook",
        ("webhook",),
        re.compile(
            r"(https://[\w.\-]*(?:outlook\.office|webhook\.office|office)\.com/webhook(?:b2)?/[A-Za-z0-9@/_\-.]{40,})"
        ),
        ci=True,
    ),
    _r(
        "zapier_webhook",
        ("hooks.zapier.com",),
        re.compile(r"(https://hooks\.zapier\.com/hooks/catch/\d+/[A-Za-z0-9]+)"),
    ),
    _r(
        "google_chat_webhook",
        ("chat.googleapis.com",),
        re.compile(
            r"(https://chat\.googleapis\.com/v1/spaces/[\w-]+/messages\?key=[\w-]+&token=[\w%=-]+)"
        ),
    ),
    _r(
        "kubernetes_bootstrap_token",
        ("bootstrap", "kubeadm", "--token"),
        _ctx(r"bootstrap|--token|kubeadm|token", r"[a-z0-9]{6}\.[a-z0-9]{16}", 40),
        _distinct(8),
        ci=True,
    ),
    _r(
        "azure_devops_pat",
        (
            "azure",
            "devops",
            "vsts",
            "personal access token",
            "ado_",
            "_pat",
            "pat=",
            "pat:",
            "pat ",
        ),
        _ctx(
            r"azure|devops|\bado|vsts|\bpat\b|personal access token",
            r"[a-z2-7]{52}|[A-Za-z0-9]{84}",
            60,
        ),
        _distinct(12),
        ci=True,
    ),
    _r("salesforce_token", ("00D",), _p(r"00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,}")),
    _r("twitch_stream_key", ("live_",), _p(r"live_\d{6,10}_[A-Za-z0-9]{30}")),
    _r("stackhawk_key", ("hawk.",), _p(r"hawk\.[A-Za-z0-9_\-]{20}\.[A-Za-z0-9_\-]{20}")),
    _r("azure_devops_pat_v2", ("AZDO",), _p(r"[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}")),
    _r(
        "hubspot_token",
        ("pat-",),
        _p(r"pat-(?:na|eu|ap)\d-" + _UUID),
    ),
    _r("elevenlabs_key_v2", ("sk_",), _p(r"sk_" + _H + "{48}")),
    _r(
        "tailscale_key",
        ("tskey-",),
        # "tskey-" then the key type (api, auth, client, scim, webhook; later types keep the
        # prefix), case-sensitive: https://tailscale.com/kb/1277/key-prefixes. The prefix is
        # distinctive, so only a letter before it (``xtskey-``) makes it part of a word.
        re.compile(
            r"(?<![A-Za-z])(tskey-(?:(?:api|auth|client|secret|scim|webhook)-[A-Za-z0-9_\-]{8,}"
            r"|[a-z]{3,12}-[A-Za-z0-9]{6,}-[A-Za-z0-9]{16,}))(?![A-Za-z0-9_\-])"
        ),
    ),
    _r("sourcegraph_cody_token", ("slk_",), _p(r"slk_" + _H + "{64}")),
    _r("teamwork_token", ("tkn.v1_",), _p(r"tkn\.v1_[A-Za-z0-9+/=_\-]{40,}")),
    _r(
        "pubnub_key",
        ("sub-c-", "pub-c-", "sec-c-"),
        _p(r"(?:sub|pub|sec)-c-" + _UUID),
    ),
    _r("dependency_track_key", ("odt_",), _p(r"odt_[A-Za-z0-9]{32,}")),
)

# Provider-prefixed rules judged by the narrow template veto (context-anchored ones and those
# with their own validator keep theirs).
PREFIXED = tuple(
    replace(r, validate=_structured_key) if r.validate is _key else r for r in PREFIXED
)
