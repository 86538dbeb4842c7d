"""When a value in an explicit password position is a literal credential (issue #14, round 5).

Policy. A literal value *given as a password or secret* is redacted, whatever it looks like,
when its position says so: an assignment or config key named ``…password``/``…passwd``/
``…pwd`` (``password = open_sesame`` in an INI file, ``AdminPassword: "thisismypassword"``),
a connection-string field (``Password=specialbill_user;``), a command-line flag
(``-Password secret``), an argument in a documented credential position
(``DirectoryEntry(path, user, "secret")``), a hard-coded comparison
(``creds.Secret != "open-sesame"``) or prose that says so with quotes
(``the password for user 'postgres' is 'admin'``). It is kept when it is

* a placeholder or template: ``<password>``, ``${PW}``, ``%s``, ``{0}``, ``****``, ``xxxx``,
  ``YOUR_PASSWORD``, ``changeme`` (:func:`~transforms.contracts.placeholders.is_placeholder`),
  the word "password" itself or a slot named after it (``password``, ``pwd``, ``myPassword``,
  ``your_password``; ``my``/``your`` address the reader like ``YOUR_``), or the word
  "password" in another language (an i18n label: ``"password": "Contraseña"``);
* a variable reference or code: ``$PW``, ``env.X``, ``getpass()``, ``None``, a type
  (``password: str``), or, in code, a bare identifier (``password = new_password``);
* masked (``######``, ``****``) or a setting word (``prompt``, ``required``, ``stdin``).

Weak words (``secret``, ``admin``, ``root``, ``postgres``, ``tiger``) are *not* exempt in these
positions, whatever host the text names. A training set gains nothing from keeping them: the
structure (``Password=<SECRET>;``) is what a model should learn, the literal teaches it to write
hard-coded credentials, weak words are the credentials most often left live (defaults that
were never changed), and a host name in the same snippet (``Server=host``, ``uszdba01``) does not
tell a demo from a deployment. Since session 33 the same holds for a URL's userinfo
(``scott:tiger@localhost``), its query (``?host=localhost&password=secret``) and an Oracle
``user/pw@host`` logon (:mod:`~transforms.privacy.secrets.url_passwords`); only a bare
``user:word@host`` without a scheme is still judged by its host.
"""

from __future__ import annotations

import html
import re

from transforms.contracts.placeholders import is_placeholder

# "Password" in other languages (an i18n label's text, or a label before a value in prose:
# "contraseña: X", "пароль = X").
PASSWORD_WORDS = (
    "contraseña",
    "contrasena",
    "passwort",
    "kennwort",
    "mot de passe",
    "senha",
    "пароль",
    "wachtwoord",
    "hasło",
    "haslo",
    "lösenord",
    "losenord",
    "adgangskode",
    "salasana",
    "heslo",
    "jelszó",
    "jelszo",
    "şifre",
    "sifre",
    "parola",
    "mật khẩu",
    "kata sandi",
    "kata laluan",
    "κωδικός",
    "密码",
    "密碼",
    "パスワード",
    "비밀번호",
)
# "password" and its slot names: ``password``, ``pwd``, ``myPassword``, ``your_password``,
# ``db-pass``, ``Lösenord``; a digit or symbol makes it a (weak) password: ``password1``, ``p@ss``.
_SLOT_WORD = re.compile(
    r"(?i)(?:(?:my|your|the|a|new|old|some|current|confirm|user|db|admin|root)[ _.\-]?)?"
    r"(?:password|passwd|passphrase|passcode|pass|pwd|pw|secret|"
    + "|".join(re.escape(w) for w in PASSWORD_WORDS)
    + r")s?"
)
# Words that name a setting, a type or an absence, not a value.
_SETTING_WORDS = frozenset(
    {"none", "null", "nil", "undefined", "true", "false", "yes", "no", "on", "off", "empty"}
    | {"string", "str", "bytes", "text", "char", "varchar", "int", "integer", "number", "bool"}
    | {"boolean", "any", "unknown", "object", "secretstr", "optional", "required", "hidden"}
    | {"masked", "prompt", "keyring", "disabled", "enabled", "plain", "plaintext", "random"}
    | {"generate", "generated", "auto", "blank", "unset", "file", "env", "stdin", "trust"}
    | {"never", "ask", "default", "encrypted", "sensitive", "redacted", "omitted", "value"}
    | {"user", "username", "login"}
    # test-style words, as the wide placeholder veto treats them (``curl -u 'test:test'``)
    | {"test", "testing", "tester"}
)
# A reference or template inside the quotes: ``$PW``, ``%s``, ``%(pw)s``, ``{0}``, ``#{pw}``,
# ``@db.password@`` (Maven resource filtering), ``$(cat pw.txt)``, ``!vault`` (a YAML tag).
_REFERENCE = re.compile(r"^(?:[$%{<\[(!]|#\{|@[\w.\-]+@$|\*+$|#+$|\?$)")
# Code in an unquoted value: calls, subscripts, attribute access, operators.
_CODE = re.compile(r"[()\[\]{}+*/<>!&|]|^[\w$]+\.[A-Za-z_]|::")


# Letters joined by separators or case changes: an identifier (``password_confirmation``).
_FIELD_IDENT = re.compile(r"[A-Za-z]+(?:[_.\-]?[A-Z][a-z]+|[_.\-][A-Za-z]+)+")


def is_slot_word(value: str) -> bool:
    """``password``, ``myPassword``, ``your_pwd``, ``Contraseña``: the slot's own name."""
    return bool(_SLOT_WORD.fullmatch(value)) and value.lower() != "secret"


# Han, kana and hangul blocks (https://www.unicode.org/charts/): a credential slot's value in
# these scripts is a localised UI string ("VeryStrong$$你好" in an i18n file), not a credential.
_NEXT_FIELD = re.compile(r"[,;][^,;:=]*[:=]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def is_ui_text(value: str) -> bool:
    """A localised UI string in a credential slot: the word "password" in some language or text in
    a CJK script, also when written as HTML character references (``L&#246;senord``,
    ``&#12497;&#12473;…`` is パスワード;
    https://html.spec.whatwg.org/multipage/syntax.html#character-references)."""
    text = html.unescape(value)
    # a value running on into another field ("Prl23Db#@,비번:Prl23Db#@") is no single string
    return is_slot_word(text) or (_CJK.search(text) is not None and not _NEXT_FIELD.search(text))


def is_password_literal(value: str, *, code: bool = False) -> bool:
    """Whether ``value``, found in an explicit password position, is a literal credential.

    ``code``: the value is an unquoted token where code could name a variable (a bare
    assignment value outside a config line), so identifiers are refused; quoted strings,
    connection-string fields, config lines and command-line arguments are literals by syntax.
    """
    v = value.strip()
    if len(v) < 4 or v.isdigit() or _REFERENCE.match(v) or "${" in v or "{{" in v:
        return False
    low = v.lower()
    if low in _SETTING_WORDS or is_ui_text(v) or is_placeholder(v):
        return False
    if re.fullmatch(r"[\d_.:\-]+", v):
        return False  # a number, version or time, not a password
    if _FIELD_IDENT.fullmatch(v) and re.search(r"(?i)pass|pwd", v):
        return False  # password_confirmation, newPassword: another field's name
    if code:
        return not (_CODE.search(v) or re.fullmatch(r"[A-Za-z_][\w]*", v))
    return True


# A name that *is* a password field: it ends in a password word (``DB_PASSWORD``,
# ``AdminPassword``, ``spring.datasource.password``, ``vm_pwd``, ``db_pass``), not one that only
# contains it (``password_field``, ``passwordPolicy``, ``bypass``).
# Also "pass" run together with a documented owner (git smtppass, keytool storepass/keypass,
# dbpass, rootpass), not any word ending in "pass" (bypass, compass), and the abbreviations
# "passw" and the vowel-dropped spellings (pswd, psswd, pswrd, paswd, pasword: values.py).
_FIELD_NAME = re.compile(
    r"(?i)(?:pass(?:word|wd|phrase|code)|pwd|p[as]?sw(?:o?r)?d|passw)\d?$|(?:^|[_.\-$>])(?:pass|pw)$"
    r"|(?:^|[_.\-$>])(?:smtp|mail|imap|db|sql|root|user|admin|login|auth|store|key|keystore"
    r"|truststore|ftp|ldap|vnc|sudo|master|proxy)pass$"
)
_CAMEL_PASS = re.compile(r"(?<=[a-z])(?:Pass|Pw|PW)$")  # dbPass, userPW
# An environment-variable name whose password word carries a short upper-case qualifier:
# ``DB_PASS_BD``, ``REDIS_PASSWORD_2``, ``DB_PASS_RO`` (replica, database, index), not a
# setting about the password (``PASSWORD_MIN``, ``PASS_TTL``, ``PASSWORD_ID``).
_QUALIFIED_FIELD = re.compile(
    r"(?:^|_)(?:PASS(?:WORD|WD)?|PWD)"
    r"(?:_(?:\d{1,2}|(?!(?:ID|URL|URI|LEN|MIN|MAX|TTL|REF|OK|ON|OFF|SET|AGE|EXP|DAYS?)(?:_|$))"
    r"[A-Z]{2,3})){1,2}$"
)


def is_password_field(name: str) -> bool:
    """Whether the assigned name is itself a password field (see :data:`_FIELD_NAME`)."""
    name = name.strip("\"'[]` \t")
    return bool(
        _FIELD_NAME.search(name) or _CAMEL_PASS.search(name) or _QUALIFIED_FIELD.search(name)
    )


# A field holding a secret its owner *chooses*, as a password is: Django's and Flask's
# ``SECRET_KEY`` (https://docs.djangoproject.com/en/stable/ref/settings/#secret-key,
# https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY), a JWT or session signing
# secret (``JWT_SECRET``, ``session_secret``, ``cookieSecret``). Provider-issued keys and
# tokens (``API_KEY``, ``TOKEN``) are random by construction, so a weak word there is a filler.
_CHOSEN_SECRET_FIELD = re.compile(
    r"(?:^|[_.\-])(?i:secret(?:[_.\-]?key)?)$|(?<=[a-z])Secret(?:_?[Kk]ey)?$"
)


def is_chosen_secret_field(name: str) -> bool:
    """Whether ``name`` is a secret field whose value a person types (``SECRET_KEY``,
    ``JWT_SECRET``, ``sessionSecret``), where weak words are as live as in a password field."""
    return bool(_CHOSEN_SECRET_FIELD.search(name.strip("\"'[]` \t")))


# A config line holding only ``name = value`` / ``name: value`` (an optional trailing comment):
# INI, .properties, .env, YAML. In code such a line ends in ``,``/``;``/``)`` or is a call.
# A shell/Dockerfile/cmd keyword before ``NAME=value`` (``ENV``, ``ARG``: https://docs.docker.com/reference/dockerfile/#env;
# ``set``: cmd; ``declare -x``/``readonly``: bash) or a YAML list item (Compose ``environment:``
# lists, kustomize ``literals:``) makes the line an assignment of a literal, never code.
_LINE_LEAD = r"(?:export|ENV|ARG|set|declare[ \t]+-\w+|readonly|typeset[ \t]+-x)[ \t]+|-[ \t]+"
_CONFIG_LINE = re.compile(
    # a quoted YAML key ("password": x); Make's := and ?=
    r"(?P<indent>[ \t]*)(?P<lead>" + _LINE_LEAD + r")?[\"']?(?P<name>[\w.\-]+)[\"']?[ \t]*"
    r"(?P<op>[:?]?=|:)[ \t]*(?:(?:&[\w\-]+|!!?\w+)[ \t]+)?"  # a YAML anchor or tag
    # commas inside the value, never at its end (a code line's "x," is an argument or item)
    r"(?P<value>[^\s\"'`,;()]+(?:,[^\s\"'`,;()]+)*)[ \t]*(?:[#;].*|//.*)?"
)
_INI_SECTION = re.compile(r"\[[\w .\-]+\][ \t]*\r?")
_INI_LINE = re.compile(r"[ \t]*(?:[#;].*|[\w.\-]+[ \t]*[=:].*)?\r?")


def _under_ini_section(before: str) -> bool:
    """Whether the lines before (up to 30) lead up to an INI section header through key/value,
    comment and blank lines only."""
    for line in reversed(before.split("\n")[-31:-1]):
        if _INI_SECTION.fullmatch(line):
            return True
        if not _INI_LINE.fullmatch(line):
            return False
    return False


_CONFIG_EVIDENCE = re.compile(
    r"(?im)^[ \t]*\[[\w .\-]+\][ \t]*$"
    r"|^[ \t]*[\w.\-]*(?:user|username|login|uid)[ \t]*[=:][ \t]*[^\s\"'`(),;]+[ \t]*$"
)
# ``password: str``, ``password: SecretStr``, ``password: String!``: a type annotation.
_TYPE_NAME = re.compile(r"[A-Z][A-Za-z]*[!?]?|[a-z]+\[.*")


def config_line_value(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the value of a whole ``name = value`` / ``name: value``
    config line: ``=`` lines not indented (indented ones are code in a block), ``:`` lines
    (YAML nests them) not a type annotation."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].rstrip("\r")
    m = _CONFIG_LINE.fullmatch(line)
    if not m or m.start("value") != start - line_start:
        return False
    prev = text[:line_start].rstrip()
    if prev.endswith((",", "{", "(", "[")):
        return False  # a property or argument inside a code literal: {email, password: hash}
    if m.group("op") != ":":
        if m.group("lead") and m.group("lead").strip() != "export":
            return True  # ENV X=v, - X=v: no code has this shape
        if m.group("indent"):
            # indented keys under an INI section header (git config's tab-indented keys);
            # elsewhere an indented "=" line is code in a block
            return _under_ini_section(text[:line_start])
        if m.group("op") != "=":
            return True  # Make's NAME := value / NAME ?= value (Go's := sits in a function)
        spaced = (
            line[m.end("name") : m.start("value")].strip() != line[m.end("name") : m.start("value")]
        )
        # "password = open_sesame" alone may be Python; an INI section or a user set to a bare
        # word beside it (``user = Aladdin``) makes it a config file
        return not spaced or bool(_CONFIG_EVIDENCE.search(text))
    return not _TYPE_NAME.fullmatch(m.group("value"))


# Other keys of an ADO.NET/ODBC/JDBC-style ``key=value;`` connection string.
# https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring
_CONN_KEY = re.compile(
    r"(?i)(?:^|[;\"'\s])(?:server|host|data source|address|addr|database|initial catalog"
    r"|user id|userid|uid|user|username|provider|driver|dsn|port)\s*=[^;=]*;"
)


def in_connection_string(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a field of a ``key=value;`` connection string: a ``;``
    right after it or before its key, and another connection-string key in the same quoted
    string or line."""
    lo = max(text.rfind(c, 0, start) for c in "\n\"'")
    his = [i for i in (text.find(c, end) for c in "\n\"'") if i >= 0]
    hi = min(his) if his else len(text)
    seg = text[lo + 1 : hi]
    after = text[end:hi].lstrip(" \t")
    key_at = text.rfind("=", lo + 1, start)
    before_key = re.search(r"[;\s]*[A-Za-z ]*\s*$", text[lo + 1 : key_at])
    sep = after.startswith(";") or (before_key and ";" in before_key.group(0))
    return bool(sep) and bool(_CONN_KEY.search(seg))
