"""The keyword rules: a value assigned to a secret-like name, or quoted right after a credential
word in prose.

``secret_assignment`` judges values assigned to secret-like names in ``.env`` files, YAML, JSON
and code (passwords always, other names only when the value looks random);
``secret_in_context`` a quoted value after "credential"/"token"/"password" in prose.
"""

from __future__ import annotations

import re

from transforms.contracts.placeholders import is_placeholder
from transforms.privacy.secrets.phrase_values import secret_phrase
from transforms.privacy.secrets.rules import SECRET, SecretRule, value_group
from transforms.privacy.secrets.url_passwords import _WEAK_REAL_PASSWORDS
from transforms.privacy.secrets.values import (
    _CALL,
    _CODE_EXPR,
    _NOT_A_VALUE,
    _NUMBER,
    _PASSWORD_NAME,
    _PUBLIC_NAME,
    _PUBLIC_VALUE,
    _REFERENCE,
    _SECRET_NAMED,
    _WEAK_DEFAULTS,
    PASSWORD_ABBREVIATION,
    _looks_like_code,
    credential_word_only_inside_a_word,
    is_dotted_code_path,
    jwt_is_public,
    looks_like_identifier,
    looks_random,
)
from transforms.privacy.spans import Span

_ROUTE = re.compile(r"^(?=[^/]*/)[A-Za-z_./#:-]+$")  # cms/sites/passwords#update, a route
# "name: Type = value": what follows the colon is a type when an assignment follows it
_THEN_ASSIGNED = re.compile(r"[ \t]*=(?![=>])")


# A whole ``.env``/shell/INI line ``DB_PASSWORD=open_sesame`` (no spaces around ``=``, the
# name ending in a password word): there the word is the value, not a variable as in code.
# Not indented and not ending in "," or ")": those are keyword arguments of a multi-line call.
# Also after a shell/Dockerfile keyword or as a YAML list item (``ENV DB_PASSWORD=x``,
# ``- MYSQL_ROOT_PASSWORD=x``), and an upper-case variable set for one command
# (``PGPASSWORD=x psql …``: https://www.gnu.org/software/bash/manual/bash.html#Simple-Command-Expansion).
_ENV_LINE = re.compile(
    r"[ \t]*(?:(?:export|ENV|ARG|set|declare[ \t]+-\w+|readonly)[ \t]+|-[ \t]+)?"
    r"(?:[\w.\-]+=[\w\-]+[ \t]*(?:#.*)?|[A-Z][A-Z0-9_]*=[\w\-]+[ \t]+[a-z][\w.\-]*(?:[ \t].*)?)"
)
# PowerShell cmdlet names are Verb-Noun (Read-Host, ConvertTo-SecureString, Get-Credential):
# https://learn.microsoft.com/powershell/scripting/developer/cmdlet/approved-verbs-for-windows-powershell-commands
_CMDLET = re.compile(r"[A-Z][A-Za-z]{1,15}-[A-Z][A-Za-z0-9]{1,40}")
_ENV_PASSWORD_NAME = re.compile(r"(?i)(?:pass(?:word|wd|phrase)?|pwd)$")
# a "pw" name: bind_pw, ldap.pw, ADMIN_PW (password_policy.is_password_field reads it the same way)
_PW_SUFFIX = re.compile(r"(?i)(?:^|[_.\-])pw$")
_SETTING_WORDS = frozenset(
    {"prompt", "keyring", "disabled", "enabled", "plain", "plaintext", "random", "generate"}
    | {"generated", "auto", "empty", "blank", "unset", "file", "env", "stdin", "trust", "never"}
)


def _env_line_word(value: str, m: re.Match[str], text: str) -> bool:
    if m.group("bare") is None or not re.fullmatch(r"[a-z][a-z_\-]{3,63}", value):
        return False
    if not _ENV_PASSWORD_NAME.search(m.group("name")) or value in _SETTING_WORDS:
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    return bool(_ENV_LINE.fullmatch(text[line_start : len(text) if line_end < 0 else line_end]))


# ``$name``/``${name}`` inside an unquoted value: a shell, Compose or Make expansion (or, in
# JS/PHP, an identifier: ``super$ecret``), not a literal; quoted ``'super$ecret'`` still is one.
# "$$" is an escaped literal "$" (Compose, Make: https://docs.docker.com/reference/compose-file/interpolation/),
# so Pa$$w0rd! holds no expansion.
_EXPANSION = re.compile(r"(?<!\$)\$[A-Za-z_{]")
# After a ":" (YAML, prose "password:x"), no shell or code assignment: a "$" glued between
# letters or digits (g1re0Pa5$w0Rd) is part of the value; "$NAME" at the start or after a
# non-word character, and "${…}", are still expansions (Compose interpolates YAML values).
_COLON_EXPANSION = re.compile(r"(?<![A-Za-z0-9$])\$[A-Za-z_{]|(?<!\$)\$\{")


def _explicit_password(value: str, m: re.Match[str], text: str) -> bool:
    """A literal assigned to a password field (``password = open_sesame`` on a config line,
    ``AdminPassword: "secret"``), by :mod:`~transforms.privacy.secrets.password_policy`."""
    from transforms.privacy.secrets import password_policy as pw

    if any(c.isspace() for c in value):
        return False
    if value.isdigit() and pw.is_password_field(m.group("name")):
        # password: 839274 -- a numeric password (a PIN-like one people choose) of 6 or more
        # digits in a password field; shorter numbers are lengths, counts and ports
        if len(value) < 6 or len(set(value)) < 3:
            return False
        return m.group("bare") is None or pw.config_line_value(
            text, m.start("bare"), m.start("bare") + len(value)
        )
    if not pw.is_password_field(m.group("name")):
        # SECRET_KEY = "password123": a weak word in a chosen-secret field (session 33); the
        # field's own word ("secret") is its template, as "password" is a password field's
        if not pw.is_chosen_secret_field(m.group("name")) or value.lower() == "secret":
            return False
        if value.lower() not in _WEAK_REAL_PASSWORDS:
            return False  # other values: judged by the general rules below
        if m.group("bare") is None:
            return pw.is_password_literal(value)
        at = m.start("bare")
        return pw.config_line_value(text, at, at + len(value)) and pw.is_password_literal(value)
    if m.group("bare") is None:
        return pw.is_password_literal(value)
    if _PASSWORD_NAME.search(value):
        return False  # password = db_password: another name
    at = m.start("bare")
    return pw.is_password_literal(value, code=not pw.config_line_value(text, at, at + len(value)))


def _assignment_ok(value: str, m: re.Match[str], text: str) -> bool:
    from transforms.privacy.secrets.password_policy import is_ui_text

    name = m.group("name")
    if name.lower() == "key" or _NOT_A_VALUE.search(value) or _ROUTE.match(value):
        return False
    if is_ui_text(value):
        return False  # "Password": "Lösenord", "secret": "&#12497;&#12473;…": a UI string
    if credential_word_only_inside_a_word(name):
        return False  # bypass = "x", passed = "x": no password field
    if (
        m.group("bare") is not None
        and _CMDLET.fullmatch(value)
        and text[m.start() - 1 : m.start()] == "$"
    ):
        return False  # $pw = Read-Host …: a PowerShell cmdlet call, not a literal
    if _looks_like_code(value):
        return False  # an XML/dict "key" attribute names a setting; code is not a value
    if _PUBLIC_NAME.search(name) or (_PUBLIC_VALUE.match(value) and not _SECRET_NAMED.search(name)):
        return False
    if value.startswith("eyJ") and value.count(".") == 2:
        return not jwt_is_public(value) and not is_placeholder(value)
    if _REFERENCE.match(value) or is_dotted_code_path(value) or _CALL.match(value):
        return False
    if m.group("bare") is not None:
        colon = "=" not in text[m.end("name") : m.start("bare")]
        expansion = _COLON_EXPANSION if colon else _EXPANSION
        if _CODE_EXPR.match(value) or expansion.search(value):
            return False
        if colon and _THEN_ASSIGNED.match(text, m.end("bare")):
            return False  # var pwField: UITextField! = nil: a declaration's type, not a value
    if _explicit_password(value, m, text):
        return True  # weak words included: see secret_password_policy
    low = value.lower()
    if _NUMBER.match(value) or low in _WEAK_DEFAULTS or is_placeholder(value):
        return False
    if "://" in value:
        # URLs are judged by the url_credentials rule (only their password is secret).
        return False
    if secret_phrase(name, value, quoted=m.group("bare") is None):
        return True  # client_secret = "thisisaverysecretkey": see secret_phrase_values
    # Identifiers and env-var names (``NEXT_PUBLIC_SUPABASE_URL``) are not values, except that
    # a quoted lower-case word under a password name is a literal ("thisismypassword").
    quoted_word = m.group("bare") is None and value.islower() and value.isalpha()
    literal_word = (quoted_word and _PASSWORD_NAME.search(name)) or _env_line_word(value, m, text)
    if looks_like_identifier(value) and not literal_word:
        return False
    if _PASSWORD_NAME.search(name) or _PW_SUFFIX.search(name):
        from transforms.privacy.secrets.password_policy import is_slot_word

        # "Password for package index (will be masked)": a label or prompt names itself, as
        # does "Contraseña" (an i18n string of the word)
        label = " " in value and _PASSWORD_NAME.search(value)
        return len(value) >= 4 and not label and not is_slot_word(value)
    return looks_random(value, 12)


_HEX_ID = re.compile(
    r"^(?:[0-9a-f]{7,40}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$",
    re.IGNORECASE,
)


def _context_value_ok(value: str, m: re.Match[str], text: str) -> bool:
    # A quoted value right after "credential"/"token"/"password" in prose: judged like an
    # assignment, but git hashes and UUIDs (ids people quote next to these words) are not keys.
    if _HEX_ID.match(value) or is_placeholder(value) or looks_like_identifier(value):
        return False
    if value.startswith("{") and value.endswith("}"):
        return False  # an f-string / format slot: `{connection_test_token}`
    if _FORM_FIELDS.fullmatch(value):
        return False  # -d "client_id=app&client_secret=…": its fields are judged one by one
    if _looks_like_code(value):
        return False
    if _REFERENCE.match(value) or is_dotted_code_path(value) or _CALL.match(value):
        return False
    if value.count("/") >= 2 and not (
        any(c.isupper() for c in value) and any(c.isdigit() for c in value)
    ):
        return False  # a path (/app/node_modules/x), not base64
    if value.startswith("eyJ") and value.count(".") == 2:
        return not jwt_is_public(value)
    if _PASSWORD_NAME.search(m.group("ctx")):
        return (
            len(value) >= 8 and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
        )
    return looks_random(value, 12)


_SECRET_NAME_WORDS = (
    r"pass(?:word|wd|phrase)?|pwd|pswd|secret|token|api[_-]?key|apikey|access[_-]?key|"
    # vowel-dropped spellings of password (values.PASSWORD_ABBREVIATION)
    + PASSWORD_ABBREVIATION
    + r"|"
    r"private[_-]?key|auth[_-]?key|credentials?|signing[_-]?key|encryption[_-]?key|"
    r"master[_-]?key|service[_-]?role[_-]?key|[_-]key|Key|dsn|salt|"
    # a "_pw" / ".pw" suffix: mysqli.default_pw (https://www.php.net/manual/en/mysqli.configuration.php)
    r"[_.\-]pw(?![A-Za-z0-9_])|"
    # "pw" as a whole name: "ID: admin PW: x", "(pw:x)" (password_policy already treats a name
    # ending in "pw" after a separator or at its start as a password field)
    r"(?<![A-Za-z0-9])pw(?![A-Za-z0-9_])"
)

SECRET_IN_CONTEXT = SecretRule(
    "secret_in_context",
    (
        "credential",
        "token",
        "secret",
        "password",
        "passphrase",
        "api key",
        "api_key",
        "access key",
        "private key",
    ),
    re.compile(
        r"(?i)\b(?P<ctx>credential|token|secret|password|passphrase|api[ _]key|"
        r"access key|private key)s?\b[^\n`'\"]{0,40}?[`'\"]"
        r"(?P<value>[^\s`'\"]{8,200})[`'\"]"
    ),
    group=2,
    score=0.8,
    validate=_context_value_ok,
    case_insensitive_trigger=True,
)
SECRET_ASSIGNMENT = SecretRule(
    "secret_assignment",
    ("pass", "pwd", "pswd", "secret", "token", "key", "credential", "dsn", "salt")
    + ("_pw", ".pw", "-pw", "pw", "psw", "pssw", "pasw"),
    re.compile(
        # The lookbehind anchors names at word starts (no quadratic rescans inside words).
        r"(?<![A-Za-z0-9_.\-])(?P<name>[A-Za-z0-9_.\-]{0,60}?(?:"
        + _SECRET_NAME_WORDS
        + r")[A-Za-z0-9_.\-]{0,60})"
        # a C array initialised from a string: char password[] = "…", char pass[32] = "…"
        # (https://en.cppreference.com/w/c/language/array_initialization)
        r"(?:\[\d{0,4}\])?"
        # ?= / ??=: Make's and JavaScript's conditional assignments; <-: R's assignment
        # (https://cran.r-project.org/doc/manuals/r-release/R-lang.html#Assignment); first, a
        # typed declaration "name: Type = value" (TypeScript, Kotlin, Swift, Rust, Python; Swift's
        # implicitly unwrapped "String!": https://docs.swift.org/swift-book/documentation/the-swift-programming-language/thebasics/#Implicitly-Unwrapped-Optionals)
        r"\\?[\"']?[ \t]*(?::[ \t]*[\w.<>\[\]|&*'!? ]{1,40}?[ \t]*=(?![=>])|:=|=|:|=>|\?\??=|<-)"
        r"[ \t]*"
        # a string prefix: C# verbatim / Objective-C @"…", Python r"…" / b"…"; a YAML anchor
        # or tag before the value (password: &pw x; https://yaml.org/spec/1.2.2/#3222-anchors-and-aliases)
        r"(?:@|[rRbB](?=[\"'])|(?:&[\w\-]+|!!?\w+)[ \t]+)?"
        # \\?": code pasted inside a JSON or C string ($password = \"goodspec\";); tripled
        # quotes: TOML/Python multi-line strings on one line (https://toml.io/en/v1.0.0#string)
        r"(?:\\?\"(?:\"\")?(?P<dq>[^\"\n]{4,200})(?:\"\")?\\?\"|'(?:'')?(?P<sq>[^'\n]{4,200})(?:'')?'"
        r"|`(?P<bq>[^`\n]{4,200})`"
        r"|(?P<bare>[^\s\"'`;)}\]]{4,200}))",
        re.IGNORECASE,
    ),
    score=0.85,
    case_insensitive_trigger=True,
)


_NEXT_FORM_FIELD = re.compile(r"&(?=[A-Za-z_][\w.\-\[\]]{0,60}=)")
# A whole query or form body ("client_id=app&client_secret=v&grant_type=…"): a list of fields,
# each judged by the assignment rules, not one quoted value.
_FORM_FIELDS = re.compile(r"[A-Za-z_][\w.\-\[\]]{0,60}=[^&]*(?:&[A-Za-z_][\w.\-\[\]]{0,60}=[^&]*)+")


def assignment_spans(rule: SecretRule, text: str, lowered: str) -> list[Span]:
    """Spans of the ``secret_assignment`` rule: each assigned value the assignment policy keeps."""
    from transforms.privacy.secrets.password_policy import config_line_value

    if not any(t in lowered for t in rule.triggers):
        return []
    out = []
    for m in rule.pattern.finditer(text):
        group = value_group(m, ("dq", "sq", "bq", "bare"))
        value = m.group(group)
        if group == "bare":
            # DB_PASSWORD=x inside <env>DB_PASSWORD=x</env>: the element's end is not the value
            value = value.split("</", 1)[0].rstrip(".")
            # "DB_PASSWORD=x\nAPI_KEY=y" inside a JSON or C string: a \n / \t / \r escape
            # ends the value (https://www.json.org/json-en.html, string escapes)
            value = re.split(r"\\[nrt]", value, maxsplit=1)[0]
            if len(value) < 4:
                continue
            at = m.start(group)
            # "client_secret=v&grant_type=…": "&name=" starts the next field of a query or
            # form body (application/x-www-form-urlencoded splits on "&", then on the first
            # "=": https://url.spec.whatwg.org/#urlencoded-parsing), also on a config line;
            # a password's own "&" (Tr0ub4dor&3) is not followed by a field name and "="
            value = _NEXT_FORM_FIELD.split(value, maxsplit=1)[0]
            if ("&" in value or "," in value) and not config_line_value(text, at, at + len(value)):
                # a URL query's next parameter, a call's next argument: not the value
                value = re.split(r"[&,]", value, maxsplit=1)[0]
                if len(value) < 4:
                    continue
        elif group == "dq" and value.endswith("\\"):
            value = value[:-1]  # the escaped closing quote of \"value\"
        if "{" in value and text.startswith(".format(", m.end()):
            continue  # "prefix_{}".format(x): a str.format template, filled at run time
        if not _assignment_ok(value, m, text):
            continue
        start = m.start(group)
        out.append(Span(start, start + len(value), SECRET, rule.score, rule.name))
    return out
