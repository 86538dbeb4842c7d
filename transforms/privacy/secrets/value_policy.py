"""One value policy for the *generic* secret rules (name/keyword + value), after they match.

The generic rules (``secret_assignment``, ``keyword_high_entropy``, ``named_credential_value``,
``service_name_value_line``, ...) find a value by the credential word before it, not by its
shape, so each once carried its own list of what is not a secret. Several of them fire on the
same text, so a value one rule refuses is still flagged by another. This module is the veto
they share, applied to their spans in
:func:`~transforms.privacy.secrets.detector.detect_own_secrets`:

* the name says the value is an *identifier*: ``credentialsId``, ``accessibilityYesOptionId``,
  ``bot_id`` (ids name a credential, they do not hold one), or a Vault token ``accessor``
  (https://developer.hashicorp.com/vault/docs/concepts/tokens#token-accessors: it can look a
  token up, not act as it);
* the value is built from words and versions (``SalesResults-1.2``, ``jjwt-jackson-0.11.2``,
  ``id-Gost28147-89-None-KeyMeshing``), a host name or ``host:port``, or a file path;
* the value is a character-set table (``0123456789abcdefghijklmnopqrstuvwxyz_-.``, the base64
  alphabet), i.e. consecutive alphabet runs only;
* the value is cut short for display (``ops_eyJzaWdu…``, ``abc..[Redacted]``);
* the value is base64 of the template pair ``username:password``
  (:func:`~transforms.privacy.secrets.url_passwords.encodes_userinfo_template`) or of a field's
  own name (a Kubernetes Secret's ``password: cGFzc3dvcmQ=``: ``data`` values are base64,
  https://kubernetes.io/docs/concepts/configuration/secret/, and this one reads "password",
  which is not flagged in plain text either);
* the value is base64 of a bare host name (``YmVkcm9jay5hbWF6b25hd3MuY29t`` is
  ``bedrock.amazonaws.com``): an encoded public name, not key material;
* the name is an AWS secret access key and the value is shorter than one: AWS secret access
  keys are at least 40 characters (https://aws.github.io/SigV4-for-AWS-IoT-embedded-sdk/latest/struct_sig_v4_credentials__t.html,
  ``pSecretAccessKey``; the IAM user guide's example ``wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY``
  has 40), so ``aws_secret_key: OOzkR1+hF+1ABCsIFDJ…`` (38) is no AWS key;
* the name is an Azure *key vault* and the value a valid vault name (3-24 letters, digits and
  dashes, https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules#microsoftkeyvault):
  ``keyVaultToStoreSecrets: cmp2-qat-1208358310`` names where secrets live;
* an anonymous-FTP password: an e-mail address or ``ident@`` given as the password of user
  ``anonymous``/``ftp`` (the convention of RFC 1635, https://www.rfc-editor.org/rfc/rfc1635,
  section "Anonymous FTP": anyone may log in, the password only says who is asking);
* a Docker config ``"auth"`` value that is not base64 of ``user:password`` (the documented
  content, https://docs.docker.com/reference/cli/docker/login/#credential-stores), e.g.
  ``zq212MzhardcodedDoesNotDecodeToAscii``;
* a ``0x`` + 64 hex value with no credential word before it on its line, or named as a hash,
  root, topic or slot (``keyHash: 0x…``): a 32-byte chain value, not an Ethereum private key
  (:func:`~transforms.privacy.secrets.eth_keys.unnamed_word_32`).

Provider-structured rules (documented prefix and length) are not filtered here: a value of the
exact documented structure is a key whatever its name.
"""

from __future__ import annotations

import re

from transforms.contracts.placeholders import is_template_placeholder
from transforms.privacy.secrets.core_rules import slack_token_shape
from transforms.privacy.secrets.eth_keys import unnamed_word_32
from transforms.privacy.secrets.url_passwords import encodes_field_word, encodes_userinfo_template
from transforms.privacy.secrets.values import (
    _PASSWORD_NAME,
    b64_bytes,
    credential_word_only_inside_a_word,
)
from transforms.privacy.spans import Span

GENERIC_DETECTORS = frozenset(
    {
        "secret_assignment",
        "secret_in_context",
        "keyword_high_entropy",
        "named_credential_value",
        "short_credential_value",
        "service_name_value_line",
        "service_word_value",
        "label_line_value",
        "paired_name_value",
        "inline_member_value",  # file_values: a one-line JSON member judged as its own line
    }
)

# The name right before a value: ``credentialsId: '…'``, ``"accessor":"…"``, ``csrf-token=…``.
_NAME_BEFORE = re.compile(r"([A-Za-z0-9_.\-]+)[\"']?[ \t]*(?:=>|:=|[=:])?[ \t]*[\"'`]?$")
_ID_NAME = re.compile(r"(?:[a-z0-9]Ids?|IDs?|[_.\-][Ii][Dd]s?)$|^[Ii][Dd]s?$|(?i:accessor)$")
_SEGMENT = re.compile(r"[A-Za-z]+|\d+")
_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
_CONSONANTS = re.compile(r"[b-df-hj-np-tv-xz]{4,}")
_ABC = "abcdefghijklmnopqrstuvwxyz"
_FULL_SETS = frozenset({"0123456789", _ABC, _ABC.upper()})
_HOST_PORT = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,12}(?::\d{1,5})?")
_FILE_PATH = re.compile(r"[\w.\-~]*(?:/[\w.\-]+)+\.[A-Za-z0-9]{1,5}")
# A content digest written "algorithm:hex" with the algorithm's exact length, as OCI descriptors
# and Docker image ids write them
# (https://github.com/opencontainers/image-spec/blob/main/descriptor.md#digests): a hash.
_DIGEST = re.compile(
    r"(?i)md5:[0-9a-f]{32}|sha1:[0-9a-f]{40}|sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128}"
)
# an ellipsis, a redaction mark or a mask right after the value: it was cut for display
_TRUNCATED_AFTER = re.compile(r"(?i)\.{2,3}(?!\.)|\u2026|\[?redacted\]?|\*{2}|#{2}")
# English words ending in "key" that are no key
_WORDS_ENDING_IN_KEY = frozenset({"monkey", "turkey", "hockey", "donkey", "jockey", "whiskey"})
_OTHER_CREDENTIAL_WORD = re.compile(
    r"(?i)pass(?:word|wd|phrase)?|pwd|secret|token|tkn|credential|auth|private|access|api|dsn"
)
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _value_name(text: str, start: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    m = _NAME_BEFORE.search(text[max(line_start, start - 80) : start])
    return m.group(1) if m else ""


def _is_word(part: str) -> bool:
    """An English-like word part: vowels in a natural share, no long consonant cluster, not
    hex digits only (``deadbeef``) and not an alphabet run (``abcdef``, ``mnop``)."""
    low = part.lower()
    if set(low) <= set("abcdef") or any(
        ord(low[i + 3]) - ord(low[i]) == 3 and low[i : i + 4] in _ABC for i in range(len(low) - 3)
    ):
        return False
    vowels = sum(c in "aeiouy" for c in low)
    return vowels / len(low) >= 0.2 and not _CONSONANTS.search(low)


def is_word_built(value: str) -> bool:
    """Words, short tokens and numbers joined by separators: ``SalesResults-1.2``,
    ``DOC_Vector_5_32``, ``jjwt-jackson-0.11.2``. Needs a word of five or more letters, every
    letter run that long a word, and words holding most letters; random keys with separators
    (``p8e-ibndcvsmAp9ZgPBZ606FSlYIZVlsZ-g5``) and UUIDs fail."""
    # "," too: a list of words (machineKey validationKey="AutoGenerate,IsolateApps")
    if not re.search(r"[-_.:/=,]", value) or not re.fullmatch(r"[\w.:/=,\-]+", value):
        return False
    segments = [s for s in re.split(r"[-_.:/=,]+", value) if s]
    # ``Gost28147``, ``X509``: at most one letter/digit switch per segment; random keys switch
    # often (``cpo0k9jbnb2djeaq``). A 12+ digit run is key material, not a version or id.
    if any(len(_SEGMENT.findall(s)) > 2 for s in segments) or re.search(r"\d{12}", value):
        return False
    parts = [p for run in _SEGMENT.findall(value) if run.isalpha() for p in _CAMEL.findall(run)]
    long_parts = [p for p in parts if len(p) >= 5]
    if not long_parts or not all(_is_word(p) for p in long_parts):
        return False
    in_words = sum(len(p) for p in parts if len(p) >= 3 and _is_word(p))
    return in_words >= 0.6 * sum(map(len, parts))


def is_charset_table(value: str) -> bool:
    """Consecutive alphabet runs only (``0123456789abc…xyz``, ``ABC…Zabc…z0123456789+/``):
    a character-set constant, not a key. It takes two complete sets (0-9, a-z, A-Z); one
    alphabet and a tail (``abc…xyzABCDEFGHIJ``) is a typed filler, which stays flagged."""
    if len(value) < 26:
        return False
    runs, start = [], 0
    for i in range(1, len(value) + 1):
        if i == len(value) or ord(value[i]) != ord(value[i - 1]) + 1:
            runs.append(value[start:i])
            start = i
    covered = sum(len(r) for r in runs if len(r) >= 10)
    complete = sum(r in _FULL_SETS for r in runs)
    return covered >= len(value) - 4 and complete >= 2


def is_truncated(text: str, span: Span) -> bool:
    """The value ends in, or is followed by, an ellipsis or a redaction mark."""
    value = text[span.start : span.end]
    dots = len(value) - len(value.rstrip("."))  # 2-3: an ellipsis; more: padding
    return dots in (2, 3) or bool(_TRUNCATED_AFTER.match(text, span.end))


def key_only_inside_a_word(name: str) -> bool:
    """The name's only credential word is "key" inside a longer word (``monkeys-audio``,
    ``minisat-master-keying``, ``keyword``): not a credential name. ``apiKey``, ``SSH_KEYS``,
    ``licensekey`` keep it."""
    if not name or _OTHER_CREDENTIAL_WORD.search(name):
        return False
    hits = list(re.finditer(r"[Kk][Ee][Yy]", name))
    for h in hits:
        tail = re.match(r"[a-z]*", name[h.end() :]).group()  # "ing" in keying, "s" in keys
        head = re.search(r"[a-z]*$", name[: h.start()]).group() if h.group()[0] == "k" else ""
        if tail in ("", "s") and (head + "key") not in _WORDS_ENDING_IN_KEY:
            return False
    return bool(hits)


def _is_alias(name: str, value: str) -> bool:
    """``X509_pubkey_st = struct_X509_pubkey_st``: an identifier made of the name and a short
    affix is an alias of it (password values often contain "password", so not for those)."""
    if len(name) < 6 or _PASSWORD_NAME.search(name) or not _IDENT.fullmatch(value):
        return False
    at = value.lower().find(name.lower())
    return at >= 0 and len(value) - len(name) <= 8


_BASE64 = re.compile(r"[A-Za-z0-9+/]{12,}={0,2}")
_DOCKER_CONFIG = re.compile(r"(?i)\"auths\"|docker")
_KEY_VAULT_NAME = re.compile(r"(?i)key[_.\-]?vault")
_VAULT_NAME_VALUE = re.compile(r"[A-Za-z][A-Za-z0-9\-]{1,22}[A-Za-z0-9]")


def _base64_text(value: str) -> str | None:
    """The printable ASCII text ``value`` is base64 of, or ``None``."""
    import binascii

    if not _BASE64.fullmatch(value):
        return None
    try:
        raw = b64_bytes(value)
    except (binascii.Error, ValueError):
        return None
    try:
        decoded = raw.decode("ascii")
    except UnicodeDecodeError:
        return None
    decoded = decoded.rstrip("\r\n")  # `echo user:pw | base64` keeps the newline
    return decoded if decoded.isprintable() else None


def encodes_host_name(value: str) -> bool:
    """``value`` is base64 of a bare host name (``bedrock.amazonaws.com``)."""
    decoded = _base64_text(value)
    return decoded is not None and bool(_HOST_PORT.fullmatch(decoded.lower()))


_AWS_SECRET_NAME = re.compile(r"(?i)aws[_.\-]?secret[_.\-]?(?:access[_.\-]?)?key$")
AWS_SECRET_MIN_LENGTH = 40


def _docker_auth_not_basic(text: str, span: Span, value: str) -> bool:
    """A Docker ``"auth": "…"`` value that does not decode to ``user:password``."""
    if not re.search(r"\"auth\"[ \t]*:[ \t]*\"$", text[max(0, span.start - 20) : span.start]):
        return False
    if not _DOCKER_CONFIG.search(text[max(0, span.start - 2000) : span.start]):
        return False  # "auth" in another JSON document may hold any token
    decoded = _base64_text(value)
    return decoded is None or ":" not in decoded


_ANONYMOUS_USER = re.compile(r"(?i)(?:user(?:name)?|login)\W{1,6}(?:anonymous|ftp)\b")
_MAIL_OR_IDENT = re.compile(r"[\w.+\-]*@[\w.\-]*")


def anonymous_ftp_password(text: str, span: Span, value: str) -> bool:
    """``user = "anonymous"; password = "busybox@"``: RFC 1635's anonymous login, where the
    password is the caller's e-mail address (or ``ident@``), not a secret."""
    if not _MAIL_OR_IDENT.fullmatch(value):
        return False
    return bool(_ANONYMOUS_USER.search(text, max(0, span.start - 300), span.start))


def generic_value_vetoed(text: str, span: Span) -> bool:
    """Whether a generic rule's ``span`` is a name, id, nonce or table rather than a secret."""
    if span.detector not in GENERIC_DETECTORS:
        return False
    value = text[span.start : span.end]
    core = value.rstrip(".")  # trailing dots: an ellipsis (judged below) or padding
    if is_template_placeholder(core) or (value.startswith("xox") and not slack_token_shape(value)):
        return True  # the wide veto includes the narrow one; a Slack prefix needs Slack's shape
    name = _value_name(text, span.start)
    if key_only_inside_a_word(name) or credential_word_only_inside_a_word(name):
        return True
    if _is_alias(name, value):
        return True
    # Vault AppRole ``secret_id`` is a credential although it is named an id.
    if name and _ID_NAME.search(name) and "secret" not in name.lower():
        return True
    line_start = text.rfind("\n", 0, span.start) + 1
    before = text[max(line_start, span.start - 120) : span.start]
    if _HOST_PORT.fullmatch(value) or _FILE_PATH.fullmatch(value):
        return True
    if _DIGEST.fullmatch(value) and not _PASSWORD_NAME.search(before):
        return True  # a password's hash can be cracked: password names keep theirs
    if unnamed_word_32(value, name, before):
        return True  # "slot 0x…" (64 hex): a hash, topic or slot unless a key name precedes it
    if is_charset_table(value) or is_truncated(text, span):
        return True
    if encodes_host_name(value) or _docker_auth_not_basic(text, span, value):
        return True
    if encodes_userinfo_template(value) or encodes_field_word(value):
        return True
    if anonymous_ftp_password(text, span, value):
        return True
    if _AWS_SECRET_NAME.search(name) and len(value) < AWS_SECRET_MIN_LENGTH:
        return True
    if _KEY_VAULT_NAME.search(name) and _VAULT_NAME_VALUE.fullmatch(value):
        return True
    # Passwords are often words and digits ("Summer2024-Winter"): only other names' values.
    return not _PASSWORD_NAME.search(before) and is_word_built(value)
