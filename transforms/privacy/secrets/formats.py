"""Provider token formats and credential-bearing structures, written from providers' docs.

Kept as one module: a flat catalogue, one small rule per documented format; splitting it by
provider name would only scatter the table.

Each recognizer encodes what a provider documents about its credentials: a fixed prefix
(``glpat-``, ``dop_v1_``, ``hvs.``), a length and alphabet, sometimes a checksum (GitHub and
npm tokens end in a base62 CRC32 of the rest), or a structure (``AccountKey=`` in an Azure
storage connection string, ``"auth"`` in a Docker ``config.json``, ``machine … password …`` in
``.netrc``). None of them is copied from another scanner's rule files.

Every rule is a :class:`~transforms.privacy.secrets.rules.SecretRule`: a cheap substring trigger
runs before the regex, so messages without a candidate skip all work. Values pass
:func:`~transforms.contracts.placeholders.is_placeholder` (``EXAMPLE``, ``xxxx``,
``<your-key>``) and a minimum of distinct characters, so templates and repeated symbols are
not flagged.

Public by design and therefore not flagged (policy, see README): Stripe ``pk_`` keys, Mapbox
``pk.`` tokens, Supabase ``anon``/``sb_publishable_`` keys, Sentry DSNs' *public* key is flagged
anyway because a DSN lets anyone post events.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from dataclasses import dataclass, replace

from transforms.contracts.placeholders import is_placeholder, is_template_placeholder
from transforms.privacy.secrets.commands import COMMAND_RULES
from transforms.privacy.secrets.config_values import CONFIG_VALUE_RULES
from transforms.privacy.secrets.core_rules import slack_token_ok
from transforms.privacy.secrets.doc_prefixes import DOC_PREFIX_RULES
from transforms.privacy.secrets.jose import JOSE_RULES
from transforms.privacy.secrets.more_tokens import MORE_TOKEN_RULES
from transforms.privacy.secrets.password_args import PASSWORD_ARGUMENT_RULES
from transforms.privacy.secrets.password_policy import in_connection_string, is_password_literal
from transforms.privacy.secrets.prose import PROSE_RULES
from transforms.privacy.secrets.provider_tokens import PROVIDER_TOKEN_RULES
from transforms.privacy.secrets.providers import PROVIDER_RULES
from transforms.privacy.secrets.rules import ALNUM, TOKEN_CHARS, SecretRule
from transforms.privacy.secrets.structures import STRUCTURE_RULES
from transforms.privacy.secrets.url_passwords import _WEAK_REAL_PASSWORDS, remote_host_at
from transforms.privacy.secrets.value_lists import VALUE_LIST_RULES
from transforms.privacy.secrets.values import (
    _PUBLIC_NAME,
    _WEAK_DEFAULTS,
    _code_or_default,
    _inside_url,
    is_public_value,
    looks_like_identifier,
    shannon_entropy,
)
from transforms.privacy.spans import Span

_B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def base62_crc32(body: str, width: int = 6) -> str:
    """CRC32 of ``body`` in base62, left-padded to ``width`` (GitHub / npm token checksum)."""
    n = zlib.crc32(body.encode("ascii"))
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = _B62[r] + out
    return out.rjust(width, "0")


def checksum_ok(token: str) -> bool:
    """True when a ``ghp_``/``npm_``-style token's last 6 characters are its CRC32 checksum."""
    return len(token) > 6 and base62_crc32(token[:-6]) == token[-6:]


def _distinct(n: int, *, structured: bool = False):
    # ``structured``: the value matched a provider's documented prefix/length/alphabet, so only
    # template shapes veto it (``ghp_abcdef1234…`` and ``…EXAMPLE`` keys are still keys).
    veto = is_template_placeholder if structured else is_placeholder

    def ok(value: str, m: re.Match[str], text: str) -> bool:
        return not veto(value) and len(set(value)) >= n

    return ok


_key = _distinct(8)
_structured_key = _distinct(8, structured=True)


def _password_ok(value: str, m: re.Match[str], text: str) -> bool:
    v = value.strip()
    if v.lower() in _WEAK_REAL_PASSWORDS:
        # An explicit password field: weak words are redacted too (secret_password_policy);
        # an upper-case word after a flag is a usage metavar (``--password SECRET``).
        return is_password_literal(v) and not v.isupper()
    if len(v) < 4 or v.lower() in _WEAK_DEFAULTS or is_placeholder(v):
        return False
    if v.rstrip("):,;").lower() in {"none", "null", "nil", "undefined"} or v.endswith(("(", "):")):
        return False
    if v.startswith(("$", "%", "{{", "${", "<", "#{", "(")):  # (char *): a cast
        return False
    if re.fullmatch(r"\{[a-z_][\w.]*(?:\(.*\))?\}", v):
        return False  # an f-string slot: {quote(url.password)}
    # keyword arguments end in a comma: password=r.password, is code, not a value
    if _code_or_default(v.rstrip(",);")) and not _TOKEN_SHAPED.fullmatch(v):
        return False
    return not re.fullmatch(r"[\d_.:-]+", v)


# Dot-separated random parts (a JWT-like password, NuGet "ClearTextPassword" tokens) are not a
# dotted code identifier even though they look like "a.b.c".
_TOKEN_SHAPED = re.compile(
    r"(?=.*\d)(?=.*[a-z])(?=.*[A-Z])[A-Za-z0-9_\-]{10,}(?:\.[A-Za-z0-9_\-]{10,}){1,2}"
)


# The server of an ADO.NET/ODBC connection string or a URL's query: "Server=", "Host=", "Data
# Source=". https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring
_CONN_SERVER = re.compile(
    r"(?i)(?:^|[;\s\"'?&])(?:server|host|data source|address|addr)\s*=\s*(?:tcp:)?([^;,\s\"'&]+)"
)


def _conn_password_ok(value: str, m: re.Match[str], text: str) -> bool:
    """A connection string's password, weak ones (``secret``) included whatever the server; in a
    ``key=value;`` string a word or identifier is a literal too (``Password=specialbill_user;``:
    a password equal to the user name is still a password)."""
    if re.search(r"\$[A-Za-z_{]", value):
        return False  # password = super$ecret: a shell/Compose expansion, not a literal
    if in_connection_string(text, m.start(1), m.end(1)):
        return is_password_literal(value)
    if value.lower() in _WEAK_REAL_PASSWORDS and _inside_url(text, m.start(1), m.end(1)):
        # in a URL (``postgresql:///db?host=localhost&password=secret``) a weak password is
        # judged by the host it opens, as a URL's userinfo is
        lo = max(text.rfind(c, 0, m.start(1)) for c in "\n\"' ")
        segment = text[lo + 1 : m.end(1)]
        server = _CONN_SERVER.search(segment)
        return bool(server) and remote_host_at(segment, server.start(1))
    return _password_ok(value, m, text)


def _slot_ok(value: str, m: re.Match[str], text: str) -> bool:
    # A value in a password slot (an API's password argument): any non-default string, weak
    # words included (``DirectoryEntry(path, user, "secret")``).
    v = value.strip()
    if v.lower() in _WEAK_REAL_PASSWORDS:
        return is_password_literal(v)
    if len(v) < 4 or v.lower() in _WEAK_DEFAULTS or is_placeholder(v):
        return False
    return not (v.startswith(("$", "%", "{{", "${", "<", "#{")) or _code_or_default(v) and "_" in v)


def _quoted_password_ok(value: str, m: re.Match[str], text: str) -> bool:
    if re.fullmatch(r"[\w.+\-]+@[\w\-]+\.[\w.]+", value):
        return False  # "a reset link sent to 'jo@acme.io'": an address, not a password
    return len(value) >= 4 and _slot_ok(value, m, text) and " " not in value


def _pem_b64_ok(value: str, m: re.Match[str], text: str) -> bool:
    try:
        head = base64.b64decode(value[:64] + "=" * (-len(value[:64]) % 4)).decode("ascii", "ignore")
    except (binascii.Error, ValueError):
        return False
    return "PRIVATE KEY" in head or len(value) >= 200


_KEYWORD_VALUE_BAD = re.compile(r"^(?:[\d_.:\-]+|v?\d+(?:\.\d+)+.*|[A-Za-z]+(?:[-_.][A-Za-z]+)*)$")


def _keyword_value_ok(value: str, m: re.Match[str], text: str) -> bool:
    """Keyword-anchored value: long, letters and digits mixed, high entropy, not a word."""
    v = value.rstrip(".")
    start = m.start()
    while (
        start > 0
        and start > m.start() - 40
        and (text[start - 1].isalnum() or text[start - 1] in "_.-")
    ):
        start -= 1
    name = text[start : m.start(1)].strip(" \t=:'\"")
    if _PUBLIC_NAME.search(name) or is_public_value(v):
        return False
    if re.match(r"[\"']\s+value\s*=", text[m.end() : m.end() + 12]):
        return False  # <add key="Name" value="..."/>: the key attribute is a setting name
    if len(v) < 16 or is_placeholder(v) or _KEYWORD_VALUE_BAD.match(v) or "/" in v:
        return False
    if not any(c.isalpha() for c in v):
        return False
    # Letters only: a key when long and case-mixed at random, not a camelCase name.
    letters_only = not any(c.isdigit() for c in v)
    if letters_only and (len(v) < 20 or v.islower() or v.isupper() or looks_like_identifier(v)):
        return False
    stem = v.rstrip("0123456789")
    if len(v) - len(stem) <= 2 and looks_like_identifier(stem):
        return False  # key="ConnectionString1": a numbered setting name
    if _code_or_default(v) or text[m.end() : m.end() + 1] == "(":
        return False
    return shannon_entropy(v) >= 3.0


def _prose_password_ok(value: str, m: re.Match[str], text: str) -> bool:
    # In prose a password is a single token with a digit or symbol: "hunter2!x", not "long".
    v = value.rstrip(".,;:!?)\"'`")
    if not _password_ok(v, m, text) or len(v) < 6:
        return False
    return any(c.isdigit() for c in v) or not v.isalpha()


def _basic_auth_ok(value: str, m: re.Match[str], text: str) -> bool:
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode()
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    user, sep, pw = raw.partition(":")
    return bool(sep) and _password_ok(pw, m, text)


def _jenkins_ok(value: str, m: re.Match[str], text: str) -> bool:
    # Jenkins stores secrets as "{AQAAABAAAA...}" (AES-encrypted, base64): long and random.
    return len(value) >= 24 and len(set(value)) >= 10


def _random_token(value: str, m: re.Match[str], text: str) -> bool:
    # "s.unexpectedCharacterAfter..." is an identifier; a token mixes digits into letters.
    body = value[2:]
    return (
        _key(value, m, text) and any(c.isdigit() for c in body) and not looks_like_identifier(body)
    )


@dataclass(frozen=True)
class _Ctx:
    """A value pattern that counts only after a context word within ``gap`` characters."""

    words: re.Pattern[str]
    value: re.Pattern[str]
    gap: int


def _ctx(words: str, value: str, gap: int = 40) -> _Ctx:
    """``value`` (group 1) within ``gap`` characters after one of ``words`` (case-insensitive).

    The regex scans for the value alone (rare shapes, cheap); the context word is checked in
    the window before each match, so common words ("token") cost nothing per character.
    """
    return _Ctx(re.compile(r"(?i:" + words + r")"), _p(value), gap)


def _p(rx: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z0-9_\-])(" + rx + r")(?![A-Za-z0-9_\-])", flags)


def _r(
    name: str,
    triggers: tuple[str, ...],
    pattern: re.Pattern[str] | _Ctx,
    validate=_key,
    *,
    ci: bool = False,
    score: float = 0.95,
) -> SecretRule:
    if isinstance(pattern, _Ctx):
        ctx, inner = pattern, validate

        def validate(value: str, m: re.Match[str], text: str) -> bool:
            line_start = text.rfind("\n", 0, m.start(1)) + 1
            window = text[max(line_start, m.start(1) - ctx.gap - 30) : m.start(1)]
            return bool(ctx.words.search(window)) and inner(value, m, text)

        pattern = ctx.value
    if ci:  # triggers are looked up in the lower-cased text
        triggers = tuple(t.lower() for t in triggers)
    return SecretRule(name, triggers, pattern, 1, score, validate, ci)


_H = "[0-9a-f]"
_UUID = f"{_H}{{8}}-{_H}{{4}}-{_H}{{4}}-{_H}{{4}}-{_H}{{12}}"  # RFC 4122 text form, lower case
_B = ALNUM
_U = TOKEN_CHARS

# --- provider-prefixed tokens (prefix, length and alphabet from each provider's docs) -------
PREFIXED: tuple[SecretRule, ...] = (
    _r(
        "gitlab_token",
        (
            "glpat-",
            "gldt-",
            "glptt-",
            "glrt-",
            "gloas-",
            "glcbt-",
            "glimt-",
            "glagent-",
            "glsoat-",
            "glffct-",
            "GR1348941",
        ),
        _p(
            r"(?:glpat|gldt|glptt|glrt|gloas|glcbt|glimt|glagent|glsoat|glffct)-[A-Za-z0-9_.\-]{20,}"
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
    _r(
        "pem_private_key_base64",
        ("LS0tLS1CRUdJTi",),
        _p(r"LS0tLS1CRUdJTi[A-Za-z0-9+/]{60,}={0,2}"),
        _pem_b64_ok,
    ),
    _r("dependency_track_key", ("odt_",), _p(r"odt_[A-Za-z0-9]{32,}")),
)

# Provider-prefixed rules judged by the narrow template veto (context-anchored ones and those
# with their own validator keep theirs).
PREFIXED = tuple(
    replace(r, validate=_structured_key) if r.validate is _key else r for r in PREFIXED
)

# --- credential-bearing structures: config files, connection strings, command lines ---------
STRUCTURES: tuple[SecretRule, ...] = (
    _r(
        "azure_storage_key",
        ("AccountKey=", "SharedAccessKey=", "AccessKey="),
        re.compile(r"(?i:AccountKey|SharedAccessKey|AccessKey)=([A-Za-z0-9+/]{40,100}={0,2})"),
    ),
    _r(
        "azure_sas_token",
        ("sig=",),
        re.compile(
            r"(?:[?&]|^|\s)(?:sv|se|sp|sr|st|spr|srt|ss|skoid)=[^\s\"']*?[?&]?sig=([A-Za-z0-9%+/=]{30,})"
        ),
        _distinct(10),
    ),
    _r(
        "docker_config_auth",
        ('"auth"',),
        re.compile(r'"auth"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})"'),
        _basic_auth_ok,
    ),
    _r(
        "netrc_password",
        ("machine", "password"),
        re.compile(r"(?is)\bmachine\s+\S+\s+(?:login\s+\S+\s+)?password\s+(\S+)"),
        _password_ok,
        ci=True,
    ),
    _r(
        "npmrc_auth",
        ("_auth", "_password"),
        # keys at a line start or after a registry scope "//host/:"; a {NAME} is a template
        # (https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration)
        re.compile(
            r"(?m)(?:^|:)[ \t]*(?:_authToken|_auth|_password)[ \t]*=[ \t]*[\"']?"
            r"([^\s\"'${][^\s\"']{6,})"
        ),
        _password_ok,
    ),
    _r(
        "curl_user",
        ("-u", "--user"),
        re.compile(r"(?:\s-u\s*|\s--user[\s=])[\"']?[^\s:\"']+:([^\s\"'@]{3,})[\"']?"),
        _password_ok,
    ),
    _r(
        "basic_auth_header",
        ("Basic ",),
        re.compile(r"\bBasic\s+([A-Za-z0-9+/]{8,}={0,2})"),
        _basic_auth_ok,
    ),
    SecretRule(
        "xml_password",
        ("<password>", "<secret>", "<passphrase>", "<privateKey>", "<apiToken>", "<token>"),
        re.compile(
            r"<(password|secret|passphrase|privateKey|apiToken|token|credentials)>\s*"
            r"([^<\s][^<]{2,400}?)\s*</\1>"
        ),
        2,
        0.95,
        _password_ok,
    ),
    _r("jenkins_secret", ("{AQAAABAAAA",), _p(r"\{AQAAABAAAA[A-Za-z0-9+/=]{20,}\}"), _jenkins_ok),
    _r(
        "connection_string_password",
        ("password=", "pwd=", "password =", "pwd ="),
        # "password=" with nothing after it on its line is empty, not the next line's text
        re.compile(r"(?i)(?:^|[;\s\"'?&])(?:password|pwd)[ \t]*=[ \t]*([^;\s\"'&]{3,100})"),
        _conn_password_ok,
        ci=True,
    ),
    _r(
        "dotnet_credential",
        ("NetworkCredential", "DirectoryEntry", "Connect-VIServer", "PSCredential"),
        re.compile(r"(?:NetworkCredential|DirectoryEntry)\s*\([^)]*,\s*\"([^\"]{4,})\"\s*\)"),
        _slot_ok,
    ),
    _r(
        "vi_server_password",
        ("-Password",),
        re.compile(r"-Password\s+[\"']?([^\s\"']{4,})"),
        _password_ok,
    ),
    _r(
        "xml_value_secret",
        ("value=",),
        re.compile(
            r"(?i)<add\s+key=\"[^\"]*(?:password|secret|token|apikey|api_key)[^\"]*\"\s+value=\"([^\"]{6,})\""
        ),
        _password_ok,
        ci=True,
    ),
    _r(
        "password_in_prose",
        ("password", "passwd", "passphrase", "pwd"),
        re.compile(
            r"(?i)\b(?:password|passwd|passphrase|pwd)\s+(?:is|was|to|of)\s*(?:now\s+|set\s+to\s+)?[\"'`]?(\S{6,64}?)[\"'`]?(?=[\s,;)]|\.?$|\.\s)"
        ),
        _prose_password_ok,
        ci=True,
    ),
    _r(
        "php_mailer_password",
        ("->Password",),
        re.compile(r"->Password\s*=\s*['\"]([^'\"]{4,})['\"]"),
        _password_ok,
    ),
    _r(
        "k8s_secret_data",
        ("kind: Secret",),
        re.compile(
            r"(?m)^\s{2,}[\w.\-]*(?:password|secret|token|key)[\w.\-]*:\s*([A-Za-z0-9+/]{12,}={0,2})\s*$",
            re.I,
        ),
        _distinct(8),
    ),
    _r(
        "password_hash",
        ("$2", "$1$", "$6$", "$5$", "$apr1$", "$krb5", "$8$"),
        _p(
            r"\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}|\$(?:1|5|6|apr1)\$[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,86}"
            r"|\$8\$[./A-Za-z0-9]{14}\$[./A-Za-z0-9]{43}"
            # Kerberos AS-REP and TGS-REP hashes as hashcat documents them (modes 18200, 13100;
            # https://hashcat.net/wiki/doku.php?id=example_hashes); the user part is optional
            # in what Impacket/Rubeus print.
            r"|\$krb5asrep\$(?:17|18|23)\$(?:[^\s:$]+:)?[0-9a-f]{24,32}\$[0-9a-f]{100,}"
            r"|\$krb5tgs\$(?:17|18|23)\$\*[^*\s]+\*\$[0-9a-f]{24,32}\$[0-9a-f]{100,}"
        ),
        _distinct(10),
    ),
    _r(
        # Android Gradle: buildConfigField("String", "API_KEY", "\"value\"") compiles the value
        # into the app (https://developer.android.com/build/gradle-tips#share-custom-fields).
        "gradle_build_config_field",
        ("buildConfigField",),
        re.compile(
            r"buildConfigField\s*\(?\s*['\"]String['\"]\s*,\s*['\"][A-Z0-9_]*"
            r"(?:KEY|SECRET|TOKEN|PASSWORD|PASS)[A-Z0-9_]*['\"]\s*,\s*['\"](?:\\?\")?"
            r"([^\"'\\\s]{8,})"
        ),
        _key,
    ),
    _r(
        # TrueNAS middleware API keys, "<key id>-<64 alphanumerics>", passed to
        # auth.login_with_api_key (https://www.truenas.com/docs/api/core_websocket_api.html).
        "truenas_api_key",
        ("login_with_api_key",),
        re.compile(r"login_with_api_key[\s\S]{0,80}?[\"']((?:\d{1,6}-)[A-Za-z0-9]{64})[\"']"),
        _distinct(12),
    ),
    _r(
        # A literal password on a command line: "-password VMware1!", "--password=s3cr3t!"
        # (PowerCLI Connect-VIServer, mysql, psql-style tools); variables and "-stdin" are not.
        "cli_password_flag",
        ("-password", "-passwd", "-pwd"),
        re.compile(
            r"(?i)(?<![\w-])--?(?:password|passwd|pwd)(?:[ \t]+|=)[\"']?"
            r"([^\s\"'$%{<|;&()\\\-][^\s\"';|&()\\\]]{3,63})"
        ),
        _password_ok,
        ci=True,
    ),
)


def _compared_password_ok(value: str, m: re.Match[str], text: str) -> bool:
    # if password == "team10", creds.Secret != "open-sesame": a hard-coded credential check.
    # A plain word needs a password name (a secret's mode words: secret_kind == "opaque").
    kind_like = value.isalpha() or re.search(r"[/.:]", value)
    if kind_like and not re.search(r"(?i)pass|pwd", m.group(0)):
        # under a secret name, a word, path or dotted type is a kind, not a value; a
        # run-together phrase of 15+ letters is not a kind word ("hardcodedsecret")
        from transforms.privacy.secrets.phrase_values import secret_phrase

        return secret_phrase("secret", value, quoted=True)
    return is_password_literal(value)


STRUCTURES = (
    *STRUCTURES,
    _r(
        "password_comparison",
        ("password", "passwd", "pwd", "passphrase", "secret"),
        re.compile(
            r"(?i)\b[\w.\[\]'\"]*(?:password|passwd|pwd|passphrase|secret)['\"\]]?\s*[!=]==?\s*"
            r"[\"']([^\"'\s]{4,64})[\"']"
        ),
        _compared_password_ok,
        ci=True,
    ),
)

# --- keyword-anchored values: a secret word, then a long random value ----------------------
KEYWORD_ANCHORED: tuple[SecretRule, ...] = (
    _r(
        "url_query_secret",
        ("token=", "key=", "secret=", "password=", "sig=", "auth="),
        re.compile(
            r"(?i)[?&](?:access_?token|token|api_?key|apikey|key|secret|client_secret|password|auth)"
            r"=([^&\s#\"'<>]{16,300})"
        ),
        _keyword_value_ok,
        ci=True,
    ),
    _r(
        "keyword_high_entropy",
        ("secret", "token", "key", "tkn", "access", "private", "auth"),
        re.compile(
            r"(?i)(?:secret|token|key|tkn|access|private|auth)"
            r"[A-Za-z0-9_\-]{0,20}(?:[ \t]+(?:secret|key|token|access|private)(?:[ \t]+key)?)?"
            r"(?:[\"']?[ \t]*(?:=|:|=>|:=|[ \t])[ \t]*[\"']?|[-.])"
            r"([A-Za-z0-9][A-Za-z0-9_\-.+=~]{15,300})"
        ),
        _keyword_value_ok,
        ci=True,
        score=0.8,
    ),
    _r(
        "quoted_password_in_prose",
        ("password", "passwd", "passphrase"),
        re.compile(
            # 'the password for user "pyne-user" is "pyne"': quoted words may come between
            r"(?i)\b(?:password|passwd|passphrase)\b"
            r"(?:[^\n\"'`]|[ \t][\"'`][^\s\"'`]{1,40}[\"'`]){0,40}?"
            r"\b(?:is|was|to|:)\s*[\"'`]([^\s\"'`]{4,64})[\"'`]"
        ),
        _quoted_password_ok,
        ci=True,
    ),
)

FORMAT_RULES: tuple[SecretRule, ...] = (
    PREFIXED
    + STRUCTURES
    + KEYWORD_ANCHORED
    + PROVIDER_RULES
    + PROVIDER_TOKEN_RULES
    + MORE_TOKEN_RULES
    + DOC_PREFIX_RULES
    + COMMAND_RULES
    + STRUCTURE_RULES
    + PROSE_RULES
    + PASSWORD_ARGUMENT_RULES
    + CONFIG_VALUE_RULES
    + JOSE_RULES
    + VALUE_LIST_RULES
)
FORMAT_DETECTORS: tuple[str, ...] = tuple(r.name for r in FORMAT_RULES)


def detect_format_secrets(text: str, lowered: str | None = None) -> list[Span]:
    """Spans of every documented-format recognizer in ``text`` (may overlap each other)."""
    if lowered is None:
        lowered = text.lower()
    spans: list[Span] = []
    for rule in FORMAT_RULES:
        spans.extend(rule.find(text, lowered))
    return spans
