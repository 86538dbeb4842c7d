"""A value named as a credential on the same line: ``named_credential_value`` (16+ characters
after a credential word: ``vbout SECRET 1234…``, ``holisticACCESS=…``,
``ipapi_access_token=…``), its short-key form and ``service_name_value_line``.

They accept what the strict keyword rule rejects as low-entropy (long digit runs, letter runs),
but never identifiers, paths, code, versions, placeholders or names ending in ``_id``, ``_url``,
``_name`` (see ``_PUBLIC_NAME``).
"""

from __future__ import annotations

import re

from transforms.contracts.placeholders import is_placeholder
from transforms.privacy.secrets.rules import SecretRule
from transforms.privacy.secrets.values import (
    _PUBLIC_NAME,
    _code_or_default,
    is_public_value,
    looks_like_identifier,
)

# --- a value named as a credential on the same line ------------------------------------------
_CREDENTIAL_WORD = re.compile(
    r"(?i)(?:secret|private|access|token|api[_-]?key|apikey|key|auth)"
    r"(?P<suffix>[A-Za-z0-9_-]*)"
    # at most two free words ("foo SECRET bar 1234", "ACCESS code 123…", "api_key = rebrandly
    # abc…"), then separators
    r"(?:[ \t:=\"'-]+(?P<filler>[A-Za-z]{1,12})(?:[ \t]+(?P<filler2>[A-Za-z]{1,12}))?)?"
    # or the end of an XML element's start tag: <NUMERIC_APIKEY>1925…</NUMERIC_APIKEY>
    r"(?:(?:\[\])?[ \t:=\"'-]*|(?<=[A-Za-z0-9_])>)$"
)
_XML_START_TAG = re.compile(r"<([A-Za-z_][\w.\-]*)>$")
# Word parts after the credential word that make it a name, not a secret slot.
_NOT_SECRET_SUFFIX = re.compile(
    # "sId": .NET ``<UserSecretsId>`` names a user-secrets store (a GUID), not a secret
    # (https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets)
    r"(?i)^[_-]?(?:s?[_-]?id|ids|name|names|path|file|files|url|uri|type|types|len|length|size|count|"
    r"prefix|format|field|header|env|var|expir\w*|ttl|ms|seconds|mode|level|log|board|word|"
    r"words|stroke|frame|frames|down|up|press|pair|ring|chain|store|map|value|values|s|ed|ing)$"
)
NOT_SECRET_FILLER = frozenset(
    [
        "commit",
        "sha",
        "hash",
        "digest",
        "id",
        "ids",
        "ref",
        "rev",
        "tag",
        "branch",
        "file",
        "path",
        "name",
        "type",
        "from",
        "count",
    ]
)
_VALUE = re.compile(
    r"(?<![A-Za-z0-9_\-.+/])([A-Za-z0-9+/][A-Za-z0-9_\-.+/]{15,2000}={0,2})(?![A-Za-z0-9_\-.+/=(])"
)
_FILE_OR_VERSION = re.compile(r"\.[A-Za-z]{1,5}$|^v?\d+(?:\.\d+)+|^\d+[Ll]$|/.*/")
# A quoted name, then a spaced dash: a title in a listing (KICS query headers
# '# "Generic Token" - <query UUID>  positive-test'), not a name the value is assigned to.
_TITLE_DASH = re.compile(r"[\"'][ \t]+-[ \t]+$")


def _named_value_ok(value: str, m: re.Match[str], text: str) -> bool:
    """A 16+ character value right after a credential word on its line, not code or a name."""
    start = m.start(1)
    line_start = text.rfind("\n", 0, start) + 1
    window = text[max(line_start, start - 60) : start]
    cw = _CREDENTIAL_WORD.search(window)
    if cw is None or _NOT_SECRET_SUFFIX.match(cw.group("suffix")):
        return False
    if window.endswith(">"):
        tag = _XML_START_TAG.search(window)
        if tag is None or not text.startswith(f"</{tag.group(1)}>", m.end(1)):
            return False  # only a whole element: <apiKey>value</apiKey>
    if _TITLE_DASH.search(window) and _UUID_ANY.fullmatch(value):
        return False  # '# "Generic Token" - baee238e-…': a quoted title then its rule's UUID
    fillers = {(cw.group(g) or "").lower() for g in ("filler", "filler2")}
    if fillers & NOT_SECRET_FILLER:
        return False  # "secret commit 3f2a…": the value is a hash, id or reference
    # the whole name the credential word sits in: "ipapi_access_token", "centralstationcrmTOKEN"
    name_start = cw.start()
    while name_start > 0 and (window[name_start - 1].isalnum() or window[name_start - 1] in "_-"):
        name_start -= 1
    name = window[name_start : cw.start() + len(cw.group(0))].strip(" \t:=\"'<>-")
    if _PUBLIC_NAME.search(name.split()[0] if name.split() else name):
        return False
    if is_placeholder(value) or is_public_value(value) or len(set(value)) < 6:
        return False
    if "://" in text[start : start + len(value) + 3] or text[m.end(1) : m.end(1) + 1] == "@":
        return False
    if _FILE_OR_VERSION.search(value) and not _base64_key(value):
        return False
    if value.isdigit():
        return len(value) >= 16
    if _HEX.fullmatch(value) and len(value) < 24:
        return False  # short hex next to "Key"/"Access…" is a hash or id more often than a key
    if _NAME_INSIDE.search(value) and re.search(r"[_-]", value):
        return False  # "files-access-key": the value is itself a setting name
    if "." in value:
        # dotted: a token of random segments (``rh83q….LdWO…``), not ``settings.api.key``
        parts = value.strip(".").split(".")
        return (
            any(c.isdigit() for c in value)
            and len(value) >= 30
            and all(len(p) >= 6 and not looks_like_identifier(p) for p in parts)
        )
    if _filler_value(value):
        return True  # a made-up key after a credential word is still redacted (see policy)
    if _wordy(value) and not _unpronounceable(value):
        return False
    if _letter_run(value):
        return True
    return not (_code_or_default(value) or looks_like_identifier(value.replace("-", "_")))


_REPEATED_UNIT = re.compile(r"(.{2,8}?)\1{2,}")
_CONSONANT_RUN = re.compile(r"[b-df-hj-np-tv-xz]{4,}", re.I)


def _unpronounceable(value: str) -> bool:
    """``odvunvprmqjwgh5gwxue``: a single-case key with a digit or two, which :func:`_wordy`
    reads as words; random letters hold few vowels and runs of 4+ consonants (not ``y``),
    which words joined into a name (``webhooksecret``, ``strengths``) hardly do together."""
    if len(value) < 16 or not value.isalnum() or not (value.islower() or value.isupper()):
        return False
    letters = [c for c in value if c.isalpha()]
    vowels = sum(c in _VOWEL for c in letters) / max(len(letters), 1)
    runs = [len(r) for r in _CONSONANT_RUN.findall(value)]
    return bool(runs) and (max(runs) >= 6 or (vowels < 0.25 and len(runs) >= 2))


def _filler_value(value: str) -> bool:
    """``abcdefabcdef…``, ``xyzxyzxyz…12``, ``ABCDEFGHIJKLMNOP…``: the filler of made-up
    documentation keys (a short unit repeated, or alphabet runs), 16+ characters. Not
    a word or identifier: the veto for those must not hide a key slot's value."""
    if len(value) < 16:
        return False
    m = _REPEATED_UNIT.match(value)
    if m and m.end() >= 0.75 * len(value) and any(c.isalpha() for c in m.group(1)):
        return True
    letters = re.findall(r"[A-Za-z]+", value)
    return sum(map(len, letters)) >= 12 and all(_alphabet_run(p) or len(p) < 3 for p in letters)


_HEX = re.compile(r"[0-9a-f]+|[0-9A-F]+")
_WORD_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def _alphabet_run(part: str) -> bool:
    """``abcd``, ``efgh``, ``MNOP``: four or more consecutive letters of the alphabet, the
    filler of made-up keys (``abcd1234efgh5678…``), not a word."""
    low = part.lower()
    return len(low) >= 4 and all(ord(b) - ord(a) == 1 for a, b in zip(low, low[1:], strict=False))


def _alphabet_listing(value: str) -> bool:
    """``0123456789ABCDEFHJKL…``, ``ACDEFGHJKMNP…``: distinct characters in ascending order, a
    charset or alphabet constant (Crockford base32, check-digit tables). Only vetoes a value
    beside a plain name; after a credential word (``SECRET=abcdefgh…``) a made-up key is
    still redacted."""
    listed = re.sub(r"(?<=\w)-(?=\w)", "", value)  # regex-class ranges: "0-9ACDEF…"
    return len(listed) >= 16 and all(a < b for a, b in zip(listed, listed[1:], strict=False))


def _wordy(value: str) -> bool:
    """``PydanticDeprecatedSince20``, ``HTTP_422_UNPROCESSABLE_CONTENT``, ``artifact_s3_location``:
    words joined by case changes, digits or separators (most letters in vowel-bearing parts of
    three or more letters), not random characters."""
    if _HEX.fullmatch(value):
        return False  # hex digests and keys are judged by length and name, not by words
    parts = _WORD_PART.findall(value)
    letters = sum(len(p) for p in parts)
    if not letters:
        return False
    wordlike = sum(
        len(p)
        for p in parts
        if (2 <= len(p) <= 16 and _VOWEL.intersection(p) and not _alphabet_run(p))
        or (p.isupper() and 2 <= len(p) <= 4)  # acronyms: VPC, HTTP
    )
    return len(parts) <= 8 and wordlike / letters >= 0.8


_BASE64_KEY = re.compile(r"[A-Za-z0-9+/]{20,}={0,2}")


def _base64_key(value: str) -> bool:
    """Whole base64 blocks (a WireGuard ``PresharedKey``), not a path of words."""
    return (
        len(value) % 4 == 0
        and bool(_BASE64_KEY.fullmatch(value))
        and any(c.isdigit() for c in value)
        and any(c.isupper() for c in value)
        and any(c.islower() for c in value)
        and (value.endswith("=") or len(value) >= 40)
        and not _wordy(value)
    )


_NAME_INSIDE = re.compile(r"(?i)secret|token|key|access|private|passw|plugin|config")
_VOWEL = set("aeiouAEIOU")


def _letter_run(value: str) -> bool:
    """20+ letters, no separators and few vowels: random (``abcdefgh…``, ``WRBYLFWY…``),
    unlike an English word or camelCase compound (``getAuthenticationTokenFromHeader``)."""
    if len(value) < 20 or not value.isalpha():
        return False
    return sum(c in _VOWEL for c in value) / len(value) < 0.3


NAMED_VALUE: tuple[SecretRule, ...] = (
    SecretRule(
        "named_credential_value",
        ("secret", "private", "access", "token", "key", "auth"),
        _VALUE,
        1,
        0.8,
        _named_value_ok,
        True,
    ),
)

# A 12-15 character key straight after "token"/"secret" (``ipinfo private token 4f3a…``,
# ``… SECRET GHIJK1234567890``, a ``SECRET KEY:`` label): shorter than the rule above allows,
# so only letters and digits mixed (3+ of each), right after the word, with no other word
# between. Down to 8 characters
# (Mockaroo keys are 8 hex digits: https://www.mockaroo.com/docs, "API key") when letters and
# digits alternate like random output (``42fc56d9``, not ``abcd1234`` or ``v1beta1``).
_SHORT_VALUE = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:token|secret|(?:api|access|secret|private|auth)[_ \t-]?key)"
    r"(?:[ \t]*[:=][ \t]*|[ \t]+)[\"']?"
    r"([A-Za-z0-9]{8,15})(?![A-Za-z0-9_\-.+/=(@])"
)


def _class_changes(value: str) -> int:
    """How often ``value`` switches between letters and digits (``42fc56d9``: 4)."""
    return sum(a.isdigit() != b.isdigit() for a, b in zip(value, value[1:], strict=False))


def _short_value_ok(value: str, m: re.Match[str], text: str) -> bool:
    digits = sum(c.isdigit() for c in value)
    if len(value) < 12:
        # 8-11 characters: interleaved letters and digits, as random keys are
        if digits < 2 or len(value) - digits < 2 or len(set(value)) < 6:
            return False
        if _class_changes(value) < 3:
            return False
    elif digits < 3 or len(value) - digits < 3 or len(set(value)) < 8:
        return False
    return not (is_placeholder(value) or _code_or_default(value))


SHORT_VALUE: tuple[SecretRule, ...] = (
    SecretRule(
        "short_credential_value",
        (
            "token",
            "secret",
            *(
                f"{w}{sep}key"
                for w in ("api", "access", "private", "auth")
                for sep in ("", "_", "-", " ")
            ),
        ),
        _SHORT_VALUE,
        1,
        0.75,
        _short_value_ok,
        True,
    ),
)

# --- a line that is only "<service> <random value>" (.env files, pasted key lists) -----------
_NAME_VALUE_LINE = re.compile(
    r"(?m)^[ \t]*(?:export[ \t]+|set[ \t]+)?[\"']?"
    r"(?P<name>[A-Za-z][A-Za-z0-9_]*(?:[.-][A-Za-z][A-Za-z0-9_]*)*)[\"']?"
    r"(?:[ \t]*[=:][ \t]*|[ \t]+|-)[\"']?"
    r"([A-Za-z0-9][A-Za-z0-9_\-.+/]{19,2000}+={0,2})[\"']?[,;]?[ \t]*$"
)
# Names whose random-looking values are hashes, ids, versions or references, not credentials.
_NOT_CREDENTIAL_NAME = re.compile(
    r"(?i)sha|md5|hash|digest|commit|checksum|etag|integrity|rev|uuid|guid|nonce|fingerprint|"
    r"version|build|tree|blob|parent|object|oid|(?<![a-z])refs?(?![a-z])|reference|container|image|layer|node|block|tx|addr|"
    r"salt|id$|ids$|session|trace|span|request|correlation|path|file|url|uri|host|name|user|"
    r"email|date|time|color|font|class|style|module|package|repo|branch|tag|author|merge|index|"
    r"hex|base64|encoded|data|payload|body|content|signature|sig$|cid|seed|example|sample|test|"
    r"charset|alphabet|chars|digits|table|category|status|code$|"
    r"^(?:return|import|from|const|let|var|def|echo|print|assert|case|raise|throw|new|typeof|"
    r"git|cd|pip|npm|docker|sudo|run|get|set|is|the|a|an|and|or|to|in|of|at|by|with|see|"
    r"output|result|error|warning|info|debug|note|step|total|got|expected|value|string)$"
)
_UUID_ANY = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)


# ``DISPID_CANVASRENDERCONTEXT2D``: an upper-case constant name (C macros, enum members) beside
# another name is a listing of identifiers; generated keys mix case or carry no underscore-joined
# all-capital words.
_UPPER_CONSTANT = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)+")
_CAMEL_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_CREDENTIAL_PART = re.compile(r"(?i)key|token|secret|pass|pwd|auth|api|cred|access")


def _code_variable(name: str) -> bool:
    """``sumOfExposures``, ``ReactNativeCameraKit``: a camelCase identifier of three or more
    words and no credential word names a variable or a package (Podfile.lock checksums), not
    a service whose key follows."""
    if not name.isalnum() or _CREDENTIAL_PART.search(name):
        return False
    words = _CAMEL_WORDS.findall(name)
    return len(words) >= 3 and "".join(words) == name and any(c.isupper() for c in name[1:])


def _line_value_ok(value: str, m: re.Match[str], text: str) -> bool:
    """``cloudsmith 1234…``, ``pepipost=abcd1234…``: a random value alone beside one name."""
    name = m.group("name")
    # ``cliengo-SECRET-…`` is a service and its key; a dotted head glued to the rest by ``-``
    # (``hvx.hWay-wis3…``, ``b.AAAAAQ…-mqMS…``) is one token cut in two, not a name and a value.
    if "." in name and text[m.end("name") : m.start(2)].strip("\"'") == "-":
        return False
    if _PUBLIC_NAME.search(name) or _NOT_CREDENTIAL_NAME.search(name):
        return False
    if _UUID_ANY.fullmatch(text, m.start("name"), m.end(2)):
        return False  # a bare UUID line ("c2002e4e-88a7-…"): its first group is no name
    if _code_variable(name) or _UPPER_CONSTANT.fullmatch(value):
        return False
    if is_placeholder(value) or is_public_value(value) or len(set(value)) < 8:
        return False
    if _alphabet_listing(value):
        return False
    if value.isdigit() or _FILE_OR_VERSION.search(value) or "/" in value:
        return False
    if _NAME_INSIDE.search(value) and re.search(r"[_-]", value):
        return False
    if "." in value:
        parts = value.strip(".").split(".")
        return any(c.isdigit() for c in value) and all(
            len(p) >= 6 and not looks_like_identifier(p) for p in parts
        )
    if _wordy(value) and not _digit_interleaved(value):
        return False
    if _letter_run(value) or _UUID_ANY.fullmatch(value):
        return True
    if not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
        return False
    return not (_code_or_default(value) or looks_like_identifier(value.replace("-", "_")))


_DIGIT_GROUP = re.compile(r"\d+")
_LETTER_GROUP = re.compile(r"[A-Za-z]+")


def _digit_interleaved(value: str) -> bool:
    """``npib41fsgb4fo8qu``, ``1X4JYUS6VRY3BUEOB0R0``: random keys whose letter groups, cut by
    three or more digit groups, are each of one case and pass for short words or acronyms;
    identifiers of words (``Since20``, ``HTTP_422_UNPROCESSABLE``, ``Http2Server3``) join
    their parts with separators or capitalised words, or hold fewer digit groups."""
    letters = _LETTER_GROUP.findall(value)
    if any(c in value for c in "_-.+/") or not all(g.islower() or g.isupper() for g in letters):
        return False
    return len(_DIGIT_GROUP.findall(value)) >= 3 and len(letters) >= 3


LINE_VALUE: tuple[SecretRule, ...] = (
    SecretRule("service_name_value_line", ("",), _NAME_VALUE_LINE, 2, 0.7, _line_value_ok),
)
