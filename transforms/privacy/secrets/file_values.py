"""Credentials whose position, not shape, says what they are, in config and source files:

- ``secret_word_array``: each element of a Ruby ``%w()`` word array assigned to a secret name
  (``API_KEYS = %w(k1 k2)``; https://docs.ruby-lang.org/en/master/syntax/literals_rdoc.html#label-Percent+Literals).
  The element must look random (the assignment rule's home/relative-path veto keeps paths out).
- ``password_directive``: a config line holding only a password directive and its value,
  separated by blanks, as msmtp (``password SECRET``: https://marlam.de/msmtp/msmtp.html),
  nslcd/pam_ldap (``bindpw SECRET``: https://arthurdejong.org/nss-pam-ldapd/nslcd.conf.5) and
  other ``keyword value`` config files write it; so does a Tcl ``set password "…"``
  (https://www.tcl.tk/man/tcl8.6/TclCmd/set.htm). The value must mix letters with digits or
  symbols (``Password string`` in a Go struct, ``password varchar`` in SQL are types).
- ``eth_key_argument``: the private key given to a wallet constructor or key import call, with
  no key name on the line: ethers ``new Wallet(privateKey)`` and ``new SigningKey(privateKey)``
  (https://docs.ethers.org/v6/api/wallet/#Wallet, https://docs.ethers.org/v6/api/crypto/#SigningKey),
  web3.js ``privateKeyToAccount(privateKey)``
  (https://web3js.readthedocs.io/en/v1.10.0/web3-eth-accounts.html#privatekeytoaccount), viem
  ``privateKeyToAccount`` (https://viem.sh/docs/accounts/local/privateKeyToAccount), eth-account
  ``Account.from_key(private_key)``
  (https://eth-account.readthedocs.io/en/stable/eth_account.html#eth_account.account.Account.from_key).
- ``ssh_keygen_passphrase``: ``ssh-keygen -N new_passphrase`` / ``-P passphrase``
  (https://man.openbsd.org/ssh-keygen); ``-N ""`` (no passphrase) is too short to match.
- ``name_value_pair``: a two-string pair whose first string is a credential name, as a C#
  collection initializer (``{ "ApiKey", "…" }``:
  https://learn.microsoft.com/en-us/dotnet/csharp/programming-guide/classes-and-structs/object-and-collection-initializers)
  or a Python/Go tuple or array row (``("password", "…")``) writes a key and its value; so
  do Kotlin ``"password" to "…"`` and Scala ``"password" -> "…"``.
- ``value_before_name``: the value attribute or field written before the one naming it, in one
  XML element (``<add value="…" key="ApiSecret"/>``; attribute order is not significant:
  https://www.w3.org/TR/xml/#sec-starttags) or one-line JSON object (``{"value": "…", "name":
  "DB_PASSWORD"}``; member order is not significant: https://www.rfc-editor.org/rfc/rfc8259#section-4),
  judged as ``name = "value"``.
- ``braced_connection_password``: ``PWD={…}`` in an ODBC connection string, the value in
  braces (``}}`` escapes a brace; https://learn.microsoft.com/en-us/sql/odbc/reference/syntax/sqldriverconnect-function).
- ``secret_container``: each random string literal inside a bracketed display assigned to a
  secret name, over several lines: ``TOKENS = [\n "…",\n "…"]``, a parenthesised implicit
  concatenation ``SECRET_KEY = (\n "…"\n "…")`` (https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation),
  the values (not the keys) of ``API_KEYS = {"prod": "…"}``. ``secret_literal_list`` in
  :mod:`~transforms.privacy.secrets.value_lists` reads the one-line form.
- ``inline_member_value``: a member of a one-line JSON object or dict (``{"bearer": "…",
  "x": 1}``) judged as if it stood alone on its line, as ``service_name_value_line`` in
  :mod:`~transforms.privacy.secrets.named_values` judges ``"bearer": "…"``; only under names
  with a credential word.
- ``neo4j_auth_password``: ``NEO4J_AUTH=neo4j/PASSWORD``, the Neo4j Docker image's initial
  password (https://neo4j.com/docs/operations-manual/current/docker/introduction/).
"""

from __future__ import annotations

import re

from transforms.contracts.placeholders import is_placeholder
from transforms.privacy.secrets.eth_keys import eth_private_key_ok
from transforms.privacy.secrets.password_policy import (
    is_password_field,
    is_password_literal,
    is_slot_word,
)
from transforms.privacy.secrets.rules import SECRET, LoweredTriggerRule, code_marks
from transforms.privacy.secrets.values import looks_like_identifier, looks_random
from transforms.privacy.spans import Span

# a secret-named key: password/secret/token/key words ending the name
_SECRET_NAME = (
    r"[A-Za-z0-9_.\-]{0,60}?(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_\-]?key|apikey"
    r"|access[_\-]?key|private[_\-]?key|credentials?|[_\-]keys?|[_\-]pw)s?"
)
_WORD_ARRAY = re.compile(
    r"(?i)(?<![A-Za-z0-9_])(?P<name>:?" + _SECRET_NAME + r")[\"']?[ \t]*(?:=|:|=>)[ \t]*"
    r"%[wW](?P<open>[(\[{<|])(?P<body>[^)\]}>|\n]{1,2000})"
)


class _WordArrayRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        out = []
        for m in _WORD_ARRAY.finditer(text):
            body_start = m.start("body")
            for w in re.finditer(r"\S+", m.group("body")):
                word = w.group()
                if word.startswith(("~", ".", "/")) or is_placeholder(word):
                    continue  # paths (~/.ssh/id_rsa) and fillers are no keys
                if looks_random(word, 16) and not looks_like_identifier(word):
                    start = body_start + w.start()
                    out.append(Span(start, start + len(word), SECRET, self.score, self.name))
        return out


_DIRECTIVE = re.compile(
    r"(?m)^[ \t]*(?:(?i:set)[ \t]+)?(?P<name>[A-Za-z][A-Za-z0-9_.\-]{1,40})[ \t]+"
    r"(?:\"(?P<dq>[^\"\n]{4,128})\"|'(?P<sq>[^'\n]{4,128})'|(?P<bare>[^\s\"'=:]{4,128}))[ \t]*\r?$"
)
# nslcd/pam_ldap "bindpw", slapd "rootpw": the password word run together with its owner
_OWNER_PW = re.compile(r"(?i)(?:bind|root)pw")
_HAS_LETTER = re.compile(r"[A-Za-z]")
_HAS_OTHER = re.compile(r"[^A-Za-z]")


def directive_password_ok(value: str) -> bool:
    """A directive's value that is a password: letters mixed with digits or symbols, no code,
    no type name, no reference or placeholder."""
    core = value.rstrip(".,!?:")  # "password combination.": a sentence's end, not a symbol
    if not (_HAS_LETTER.search(core) and _HAS_OTHER.search(core)):
        return False
    if re.search(r"[()\[\]{}<>;,]|^[$%@]|://|^[./~]|\.\w{2,4}$", value):
        return False  # calls, generics, expansions, URLs, paths and file names
    return is_password_literal(value) and not is_slot_word(value)


class _DirectiveRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        out = []
        for m in _DIRECTIVE.finditer(text):
            name = m.group("name")
            if not (is_password_field(name) or _OWNER_PW.fullmatch(name)):
                continue
            if not (name.islower() or (name.isupper() and len(name) > 2)):
                continue  # "Password Prl23Db#@", "PW x": a label in prose, not a directive
            group = next(g for g in ("dq", "sq", "bare") if m.group(g) is not None)
            if directive_password_ok(m.group(group)):
                out.append(Span(m.start(group), m.end(group), SECRET, self.score, self.name))
        return out


_ETH_CALL = re.compile(
    r"(?:\bnew[ \t]+(?:[\w$]+\.)*(?:Wallet|SigningKey)|\bprivateKeyToAccount|\bfrom_key"
    r"|\bfromPrivateKey|\baccounts\.wallet\.add)[ \t]*\([ \t]*[\"'`]"
    r"(?P<key>(?:0x)?[0-9a-fA-F]{64})[\"'`]"
)


def _eth_key_ok(value: str, m: re.Match[str], text: str) -> bool:
    key = value if value.startswith("0x") else "0x" + value
    return eth_private_key_ok(key)


_KEYGEN = re.compile(r"\bssh-keygen\b[^\n|;]*")
_KEYGEN_FLAG = re.compile(
    r"[ \t]-[NP][ \t]*(?:\"(?P<dq>[^\"\n]{4,128})\"|'(?P<sq>[^'\n]{4,128})'"
    r"|(?P<bare>[^\s\"'$-][^\s\"']{3,127}))"
)

_PAIR = re.compile(
    r"(?:[{(\[][ \t]*(?P<q>[\"'])(?P<name>[A-Za-z][\w.\-]{0,40})(?P=q)[ \t]*,[ \t]*[@]?"
    r"(?P<q2>[\"'])(?P<value>[^\"'\s]{4,200})(?P=q2)[ \t]*[})\]]"
    # Kotlin "name" to "value" (https://kotlinlang.org/docs/map-operations.html), Scala
    # "name" -> "value" (https://docs.scala-lang.org/overviews/collections-2.13/maps.html)
    r"|(?P<q3>[\"'])(?P<name2>[A-Za-z][\w.\-]{0,40})(?P=q3)[ \t]*(?:to|->)[ \t]*"
    r"(?P<q4>[\"'])(?P<value2>[^\"'\s]{4,200})(?P=q4))"
)
_PAIR_SECRET_NAME = re.compile(
    r"(?i)(?:^|[_.\-]|(?<=[a-z])(?=[A-Z]))(?:secret|token|api[_\-]?key|apikey|access[_\-]?key"
    r"|private[_\-]?key|client[_\-]?secret|auth[_\-]?key)$"
)


def pair_value_ok(name: str, value: str) -> bool:
    """A value paired with a credential name: a password literal under a password name (with a
    digit or symbol: ``("Password", "Passwort")`` is a translation), a random token under a
    key or token name."""
    if is_placeholder(value) or looks_like_identifier(value) or value.startswith(("$", "%", "{")):
        return False
    if is_password_field(name):
        return directive_password_ok(value)
    return bool(_PAIR_SECRET_NAME.search(name)) and looks_random(value, 16)


class _PairRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        out = []
        for m in _PAIR.finditer(text):
            n, v = ("name", "value") if m.group("value") is not None else ("name2", "value2")
            if pair_value_ok(m.group(n), m.group(v)):
                out.append(Span(m.start(v), m.end(v), SECRET, self.score, self.name))
        return out


class _KeygenRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        out = []
        for line in _KEYGEN.finditer(text):
            for m in _KEYGEN_FLAG.finditer(text, line.start(), line.end()):
                group = next(g for g in ("dq", "sq", "bare") if m.group(g) is not None)
                if is_password_literal(m.group(group)):
                    out.append(Span(m.start(group), m.end(group), SECRET, self.score, self.name))
        return out


class _EthCallRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        return [
            Span(m.start("key"), m.end("key"), SECRET, self.score, self.name)
            for m in _ETH_CALL.finditer(text)
            if _eth_key_ok(m.group("key"), m, text)
        ]


_VALUE_FIRST = re.compile(
    r"<[\w:.\-]+[ \t][^<>\n]{0,200}?(?<![\w\-])value=(?P<q>[\"'])(?P<value>[^\"'\n]{4,400})(?P=q)"
    r"[^<>\n]{0,200}?(?<![\w\-])(?:name|key)=(?P<q2>[\"'])(?P<name>[^\"'\n]{1,80})(?P=q2)"
    r"|\{[^{}\n]{0,200}?\"value\"[ \t]*:[ \t]*\"(?P<jvalue>[^\"\n]{4,400})\""
    r"[^{}\n]{0,200}?\"(?:name|key)\"[ \t]*:[ \t]*\"(?P<jname>[^\"\n]{1,80})\"",
    re.IGNORECASE,
)


class _ValueFirstRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        from transforms.privacy.secrets.config_values import named_literal_ok

        out = []
        for m in _VALUE_FIRST.finditer(text):
            v, n = ("value", "name") if m.group("value") is not None else ("jvalue", "jname")
            name, value = m.group(n), m.group(v)
            if is_password_field(name) and not directive_password_ok(value):
                continue  # <input value="Submit" name="password">: a form's button or label
            if named_literal_ok(name, value, quoted=True):
                out.append(Span(m.start(v), m.end(v), SECRET, self.score, self.name))
        return out


_BRACED = re.compile(
    r"(?i)(?<![\w.\-])(?:pwd|password)[ \t]*=[ \t]*"
    r"\{(?P<value>(?:[^}\n]|\}\}){4,128})\}[ \t]*(?:;|[\"']|$)"
)
_NEO4J_AUTH = re.compile(r"NEO4J_AUTH[\"']?[ \t]*[=:][ \t]*[\"']?neo4j/(?P<value>[^\s\"']{4,128})")


class _LiteralRule(LoweredTriggerRule):
    """The ``value`` group of each match, judged by the password-literal policy."""

    def spans(self, text: str) -> list[Span]:
        return [
            Span(m.start("value"), m.end("value"), SECRET, self.score, self.name)
            for m in self.pattern.finditer(text)
            if is_password_literal(m.group("value").replace("}}", "}"))
            # f"PWD={pwd};": a format slot naming a variable, not a braced value
            and not (
                "{" in m.group(0)
                and re.fullmatch(r"[A-Za-z_][\w.]*(?:\[[^\]]*\])?", m.group("value"))
            )
        ]


# collection constructors around a display: frozenset((…)), listOf(…), List.of(…)
_CONSTRUCTOR = (
    r"(?:frozenset|set|tuple|list|arrayOf|listOf|setOf|Arrays\.asList|List\.of|Set\.of)(?=\()"
)
_CONTAINER = re.compile(
    r"(?i)(?<![A-Za-z0-9_.\-])[\"']?(?:"
    + _SECRET_NAME
    + r")[\"']?[ \t]*(?::[ \t]*[\w.\[\], ]{1,40})?"
    r"[ \t]*(?:=|:|=>)[ \t]*(?:new[ \t]+[\w.<>\[\], ]{1,60}|" + _CONSTRUCTOR + r")?(?P<open>[\[({])"
)
_LITERAL = re.compile(r"\"([^\"\\\n]{16,400})\"|'([^'\\\n]{16,400})'")


def _container_body(text: str, start: int, limit: int = 4000) -> int:
    """The end of the bracketed display opening at ``start`` (-1 when not closed in ``limit``)."""
    depth = 0
    for i, c in code_marks(text, start, limit):
        if c in "[({":
            depth += 1
        elif c in "])}":
            depth -= 1
            if depth == 0:
                return i
    return -1


def container_literal_ok(value: str) -> bool:
    """A literal in a secret-named display that is a key: random, no spaces, path, URL or
    regular expression."""
    if is_placeholder(value) or looks_like_identifier(value) or "://" in value:
        return False
    if re.search(r"[\s\\^$*+?{}|()\[\]<>@]|^[./~]", value):
        return False  # spaces, regular expressions, paths, mail addresses
    if not (re.search(r"\d", value) and re.search(r"[A-Za-z]", value)):
        return False  # a random key of 16+ characters mixes letters and digits
    return looks_random(value, 16)


class _ContainerRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        out = []
        for m in _CONTAINER.finditer(text):
            end = _container_body(text, m.start("open"))
            if end < 0 or "\n" not in text[m.start("open") : end]:
                continue  # one-line displays: secret_literal_list and the assignment rules
            for lit in _LITERAL.finditer(text, m.start("open"), end):
                g = 1 if lit.group(1) is not None else 2
                if re.match(r"[ \t]*:", text[lit.end() : lit.end() + 4]):
                    continue  # a dict key
                if container_literal_ok(lit.group(g)):
                    out.append(Span(lit.start(g), lit.end(g), SECRET, self.score, self.name))
        return out


_INLINE_MEMBER = re.compile(
    r"(?<=[{,])[ \t]*\"(?P<name>[A-Za-z][\w.\-]{0,60})\"[ \t]*:[ \t]*"
    r"\"(?P<value>[^\"\s\\]{20,400})\"(?=[ \t]*[,}])"
)
_MEMBER_CREDENTIAL = re.compile(
    r"(?:^|[_.\-])(?i:key)(?:s?$|[_.\-])|(?<=[a-z])Keys?(?![a-z])|(?i:token|secret|pass|pwd|auth|cred|bearer|jwt|hmac"
    r"|kek|dek|cookie|mnemonic|^pat$|^sas|conn)"
)


class _InlineMemberRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        from transforms.privacy.secrets.named_values import _NAME_VALUE_LINE, _line_value_ok

        out = []
        for m in _INLINE_MEMBER.finditer(text):
            if not _MEMBER_CREDENTIAL.search(m.group("name")):
                continue
            line = f'"{m.group("name")}": "{m.group("value")}"'
            alone = _NAME_VALUE_LINE.fullmatch(line)
            if (
                alone is not None
                and alone.group(2) == m.group("value")
                and _line_value_ok(alone.group(2), alone, line)
            ):
                out.append(Span(m.start("value"), m.end("value"), SECRET, self.score, self.name))
        return out


FILE_VALUE_RULES: tuple[LoweredTriggerRule, ...] = (
    _WordArrayRule("secret_word_array", ("%w",), _WORD_ARRAY, 0, 0.85),
    _DirectiveRule("password_directive", ("pass", "pwd", "pw"), _DIRECTIVE, 0, 0.85),
    _EthCallRule(
        "eth_key_argument",
        ("wallet", "signingkey", "privatekeytoaccount", "from_key", "fromprivatekey"),
        _ETH_CALL,
        0,
        0.9,
    ),
    _KeygenRule("ssh_keygen_passphrase", ("ssh-keygen",), _KEYGEN, 0, 0.9),
    _PairRule("name_value_pair", ("pass", "pwd", "pw", "secret", "token", "key"), _PAIR, 0, 0.85),
    _ValueFirstRule("value_before_name", ("value=", '"value"'), _VALUE_FIRST, 0, 0.85),
    _LiteralRule("braced_connection_password", ("pwd", "password"), _BRACED, 0, 0.85),
    _LiteralRule("neo4j_auth_password", ("neo4j_auth",), _NEO4J_AUTH, 0, 0.9),
    _InlineMemberRule("inline_member_value", ('":',), _INLINE_MEMBER, 0, 0.7),
    _ContainerRule(
        "secret_container",
        ("pass", "pwd", "secret", "token", "key", "credential"),
        _CONTAINER,
        0,
        0.85,
    ),
)
