"""The catalogue of documented-format rules, written from providers' docs.

``FORMAT_RULES``, in the order they run: the provider-prefixed tokens of
:mod:`~transforms.privacy.secrets.prefixed_formats`, the credential-bearing structures and
keyword-anchored values below, and the families of the other format modules (providers,
commands, structures, prose, ...).

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

import re

from transforms.privacy.secrets.argv_values import ARGV_VALUE_RULES
from transforms.privacy.secrets.auth_files import AUTH_FILE_RULES
from transforms.privacy.secrets.azure_keys import AZURE_KEY_RULES
from transforms.privacy.secrets.cloud_ids import CLOUD_ID_RULES
from transforms.privacy.secrets.commands import COMMAND_RULES
from transforms.privacy.secrets.config_formats import CONFIG_FORMAT_RULES
from transforms.privacy.secrets.config_values import CONFIG_VALUE_RULES
from transforms.privacy.secrets.doc_prefixes import DOC_PREFIX_RULES
from transforms.privacy.secrets.eth_keys import ETH_KEY_RULES
from transforms.privacy.secrets.file_values import FILE_VALUE_RULES
from transforms.privacy.secrets.format_checks import (
    _basic_auth_ok,
    _conn_password_ok,
    _ctx,
    _distinct,
    _jenkins_ok,
    _key,
    _keyword_value_ok,
    _literal_password_ok,
    _p,
    _password_ok,
    _prose_password_ok,
    _quoted_password_ok,
    _r,
    _slot_ok,
)
from transforms.privacy.secrets.iac_values import IAC_VALUE_RULES
from transforms.privacy.secrets.jose import JOSE_RULES
from transforms.privacy.secrets.layout_values import LAYOUT_VALUE_RULES
from transforms.privacy.secrets.more_tokens import MORE_TOKEN_RULES
from transforms.privacy.secrets.nested_values import NESTED_VALUE_RULES
from transforms.privacy.secrets.pair_calls import PAIR_CALL_RULES
from transforms.privacy.secrets.password_args import PASSWORD_ARGUMENT_RULES
from transforms.privacy.secrets.password_policy import is_password_literal
from transforms.privacy.secrets.prefixed_formats import PREFIXED
from transforms.privacy.secrets.prose import PROSE_RULES
from transforms.privacy.secrets.provider_tokens import PROVIDER_TOKEN_RULES
from transforms.privacy.secrets.providers import PROVIDER_RULES
from transforms.privacy.secrets.rules import SecretRule
from transforms.privacy.secrets.service_configs import SERVICE_CONFIG_RULES
from transforms.privacy.secrets.service_prefixes import SERVICE_PREFIX_RULES
from transforms.privacy.secrets.structures import STRUCTURE_RULES
from transforms.privacy.secrets.value_lists import VALUE_LIST_RULES
from transforms.privacy.secrets.vault_login import VAULT_LOGIN_RULES
from transforms.privacy.secrets.wrapped_keys import WRAPPED_KEY_RULES
from transforms.privacy.spans import Span

# --- credential-bearing structures: config files, connection strings, command lines ---------
STRUCTURES: tuple[SecretRule, ...] = (
    _r(
        "azure_storage_key",
        ("AccountKey=", "SharedAccessKey=", "AccessKey="),
        re.compile(r"(?i:AccountKey|SharedAccessKey|AccessKey)=([A-Za-z0-9+/]{40,100}={0,2})"),
    ),
    # Storage account keys are 512-bit, 88 base64 characters ending "==" (https://learn.
    # microsoft.com/en-us/azure/storage/common/storage-account-keys-manage); without the "+ASt"
    # signature (azure_keys) only after an Azure or storage word on the line.
    _r(
        "azure_storage_key_named",
        ("azure", "storage"),
        _ctx(r"azure|storage", r"[A-Za-z0-9+/]{86}==", 60),
        _distinct(16),
        ci=True,
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
        # "default" is the entry for any other machine (same tokens)
        re.compile(r"(?is)\b(?:machine\s+\S+|default)\s+(?:login\s+\S+\s+)?password\s+(\S+)"),
        _literal_password_ok,
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
        # NetworkCredential(user, password) only: its third argument is the domain
        # (https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential.-ctor)
        re.compile(
            r"(?:NetworkCredential\s*\(\s*[^,()]*|DirectoryEntry\s*\([^)]*),\s*\"([^\"]{4,})\"\s*\)"
        ),
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
        _literal_password_ok,
        ci=True,
    ),
    _r(
        "password_in_prose",
        ("password", "passwd", "passphrase", "pwd"),
        re.compile(
            # a bracketed part is taken whole, so a ")" closing one inside the value does not
            # end it ("P@ss(w0rd)"); a lone ")" still closes the sentence's own bracket
            r"(?i)\b(?:password|passwd|passphrase|pwd)\s+(?:is|was|to|of)\s*(?:now\s+|set\s+to\s+)?[\"'`]?"
            r"((?=\S{6})(?:[^\s()]|\([^\s()]{0,60}\)|\((?![^\s()]{0,60}\))|\)){1,64}?)"
            r"[\"'`]?(?=[\s,;)]|\.?$|\.\s)"
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
            # .dockerconfigjson / .dockercfg: the registry-credential Secret types
            # (https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets)
            r"(?m)^\s{2,}[\w.\-]*(?:password|secret|token|key|dockerconfigjson|dockercfg)[\w.\-]*"
            r":\s*([A-Za-z0-9+/]{12,}={0,2})\s*$",
            re.I,
        ),
        _distinct(8),
    ),
    _r(
        "password_hash",
        ("$2", "$1$", "$6$", "$5$", "$apr1$", "$krb5", "$8$", "$7$"),
        _p(
            # SHA-crypt's optional "rounds=N$" (https://www.akkadia.org/drepper/SHA-crypt.txt)
            r"\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}"
            r"|\$(?:1|5|6|apr1)\$(?:rounds=\d{1,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,86}"
            # Mosquitto's PBKDF2-SHA512 "$7$iterations$salt$hash", base64 parts
            # (https://mosquitto.org/man/mosquitto_passwd-1.html)
            r"|\$7\$\d{1,7}\$[A-Za-z0-9+/]{12,}={0,2}\$[A-Za-z0-9+/]{43,}={0,2}"
            r"|\$8\$[./A-Za-z0-9]{14}\$[./A-Za-z0-9]{43}"
            # Kerberos AS-REP and TGS-REP hashes as hashcat documents them (modes 18200, 13100;
            # https://hashcat.net/wiki/doku.php?id=example_hashes); the user part is optional
            # in what Impacket/Rubeus print.
            r"|\$krb5asrep\$(?:17|18|23)\$(?:[^\s:$]+:)?[0-9a-f]{24,32}\$[0-9a-f]{100,}"
            r"|\$krb5tgs\$(?:17|18|23)\$\*[^*\s]+\*\$[0-9a-f]{24,32}\$[0-9a-f]{100,}"
        ),
        # each form has a documented exact structure (scheme id, cost, fixed-length salt and
        # digest alphabet), so only template shapes veto it, as for provider prefixes: a
        # hash with a word in its salt ("…fake9ejqu…") is still a crackable hash
        _distinct(10, structured=True),
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
            # --docker-password, --admin-password: a documented tool's named password flag
            r"(?i)(?<![\w-])--?(?:[a-z]+-)*(?:password|passwd|pwd)(?:[ \t]+|=)[\"']?"
            r"([^\s\"'$%{<|;&()\\\-][^\s\"';|&()\\\]]{3,63})"
        ),
        _literal_password_ok,
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
    _r(
        # the literal first: "team10" == password, "team10".equals(pwd) (Java's String.equals,
        # https://docs.oracle.com/javase/8/docs/api/java/lang/String.html#equals-java.lang.Object-),
        # "{}".format("team10") != PASSWORD
        "password_comparison_reversed",
        ("password", "passwd", "pwd", "passphrase", "secret"),
        re.compile(
            r"(?i)[\"']([^\"'\s]{4,64})[\"']\)?\s*(?:[!=]==?\s*|\.equals(?:IgnoreCase)?\(\s*)"
            r"(?![\"'])[\w.\[\]'\"]*(?:password|passwd|pwd|passphrase|secret)\b(?![(\w])"
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
    + AZURE_KEY_RULES
    + DOC_PREFIX_RULES
    + SERVICE_PREFIX_RULES
    + COMMAND_RULES
    + STRUCTURE_RULES
    + PROSE_RULES
    + PASSWORD_ARGUMENT_RULES
    + CONFIG_VALUE_RULES
    + NESTED_VALUE_RULES
    + LAYOUT_VALUE_RULES
    + ARGV_VALUE_RULES
    + AUTH_FILE_RULES
    + ETH_KEY_RULES
    + FILE_VALUE_RULES
    + VAULT_LOGIN_RULES
    + IAC_VALUE_RULES
    + CONFIG_FORMAT_RULES
    + SERVICE_CONFIG_RULES
    + PAIR_CALL_RULES
    + JOSE_RULES
    + WRAPPED_KEY_RULES
    + VALUE_LIST_RULES
    + CLOUD_ID_RULES
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
