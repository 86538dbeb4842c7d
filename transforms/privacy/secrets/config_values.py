"""Named literal values in config and code files that the one-line assignment rule misses.

``secret_assignment`` (in :mod:`~transforms.privacy.secrets.assignments`) judges
``name = value`` and ``name: value``. Real config files and code also name a value in other
shapes; each rule here finds the (name, value) pair and judges it exactly as if it were written
``name = "value"`` (:func:`named_literal_ok`), so placeholders, references, identifiers and
public names stay out by the same policy:

* ``xml_element_secret``: ``<apiToken>…</apiToken>``, ``<db_password>…</db_password>``: an XML
  element named like a credential holding only text (Jenkins ``config.xml``, Maven
  ``settings.xml``, Spring and .NET configs; https://www.w3.org/TR/xml/#sec-starttags).
* ``named_default_secret``: the default of an environment lookup (``os.getenv("PASSWORD",
  "…")``, ``environ.get("pwd", "…")``; https://docs.python.org/3/library/os.html#os.getenv),
  a PHP constant (``define("DB_PASSWORD", "…")``; https://www.php.net/manual/en/function.define.php),
  .NET ``Environment.SetEnvironmentVariable("DB_PASSWORD", "…")``
  (https://learn.microsoft.com/en-us/dotnet/api/system.environment.setenvironmentvariable)
  and a subscript assignment (``$config['db_password'] = '…'``, ``cfg["api_key"] = "…"``).
* ``tuple_assignment_secret``: Go/Python multiple assignment, values paired with names by
  position (``a_password, b_password := "…", "…"``; https://go.dev/ref/spec#Assignment_statements).
* ``yaml_list_secret``: the items of a YAML block sequence or JSON array under a credential name
  (``passwords:`` then ``- "…"``; https://yaml.org/spec/1.2.2/#821-block-sequences).
* ``docker_config_secret``: the base64 ``.dockerconfigjson`` / ``.dockercfg`` item of a Kubernetes
  ``kubernetes.io/dockerconfigjson`` Secret, registry credentials (``auths`` with ``auth:
  base64(user:password)``) in one value that no credential word names;
  https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets.
* ``url_query_password``: a URL query parameter named like a password field
  (``jdbc:mysql://host/db?user=u&password=…``;
  https://dev.mysql.com/doc/connector-j/en/connector-j-reference-jdbc-url-format.html).
"""

from __future__ import annotations

import functools
import re

from transforms.contracts.placeholders import is_placeholder
from transforms.privacy.secrets.assignments import (
    _SECRET_NAME_WORDS,
    SECRET_ASSIGNMENT,
    _assignment_ok,
)
from transforms.privacy.secrets.password_policy import is_password_field
from transforms.privacy.secrets.rules import SECRET, LoweredTriggerRule, SecretRule, value_group
from transforms.privacy.secrets.structures import _credential_name
from transforms.privacy.secrets.url_passwords import _URL_PASSWORD_DEFAULTS
from transforms.privacy.spans import Span

_NAME = r"[A-Za-z0-9_.\-]{0,60}?(?:" + _SECRET_NAME_WORDS + r")[A-Za-z0-9_.\-]{0,60}"
# any name: the credential word is checked after a match (a word alternation at every "<",
# "[" and line start costs more than the rest of the rule)
_ANY_NAME = r"\w[\w.\-]{0,120}"
_QUOTED = r"(?:\"(?P<dq>[^\"\n]{1,200})\"|'(?P<sq>[^'\n]{1,200})')"


@functools.cache
def _assignment_pattern() -> re.Pattern[str]:
    return SECRET_ASSIGNMENT.pattern


def named_literal_ok(name: str, value: str, *, quoted: bool = True) -> bool:
    """Whether ``value`` under ``name`` is a secret by the ``secret_assignment`` policy, as if
    written ``name = "value"`` (``quoted``) or ``name=value`` (a bare config value)."""
    if not re.fullmatch(_NAME, name, re.I) or "\n" in value or not _credential_name(name):
        return False  # UserSecretsId, token_url: names of ids and addresses
    if quoted:
        q = "'" if '"' in value else '"'
        if q in value:
            return False
        line = f"{name} = {q}{value}{q}"
    else:
        line = f"{name}={value}"
    m = _assignment_pattern().fullmatch(line)
    if m is None:
        return False
    found = m.group(value_group(m, ("dq", "sq", "bq", "bare")))
    return found == value and _assignment_ok(value, m, line)


class NamedValueRule(LoweredTriggerRule):
    """A rule whose patterns have ``name`` and value groups (``dq``/``sq`` quoted, ``bare``); each
    pair found is judged as ``name = "value"`` (:func:`named_literal_ok`)."""

    def patterns(self) -> tuple[re.Pattern[str], ...]:
        """The patterns to run (one here; a subclass may run several under one rule name)."""
        return (self.pattern,)

    def spans(self, text: str) -> list[Span]:
        out = []
        for pattern in self.patterns():
            for m in pattern.finditer(text):
                group = value_group(m)
                value = m.group(group).strip()
                start = m.start(group) + m.group(group).find(value)
                if value and named_literal_ok(m.group("name"), value, quoted=group != "bare"):
                    out.append(Span(start, start + len(value), SECRET, self.score, self.name))
        return out


_TRIGGERS = ("pass", "pwd", "secret", "token", "key", "credential", "salt")

# a namespace prefix ("<ns2:password>", https://www.w3.org/TR/xml-names/#ns-qualnames) is not
# part of the name judged
_XML_ELEMENT = re.compile(
    r"<(?P<prefix>[A-Za-z_][\w.\-]{0,40}:)?(?P<name>" + _ANY_NAME + r")(?:\s[^<>]{0,200})?>"
    r"(?P<bare>[^<>]{1,400})</(?(prefix)(?P=prefix))(?P=name)\s*>",
    re.I,
)
_NAMED_DEFAULT = re.compile(
    r"(?:(?P<call>\b(?:getenv|environ\.get|env\.get|define|SetEnvironmentVariable)\s*\(\s*)"
    # [ ] and Perl's { } subscripts: $ENV{'API_TOKEN'} = '…' (https://perldoc.perl.org/perlvar#%ENV)
    r"|[\[{]\s*)[\"'](?P<name>" + _ANY_NAME + r")[\"']"
    # a call's default after ","; a subscript's value after "] =": not a list {"password", "x"}
    r"(?(call)\s*,\s*|\s*[\]}]\s*=\s*)" + _QUOTED,
    re.I,
)
_TUPLE = re.compile(
    r"(?m)^[ \t]*(?:(?:var|const)[ \t]+)?(?P<names>\w+(?:[ \t]*,[ \t]*\w+)+)(?:[ \t]+\w+)?"
    r"[ \t]*:?=[ \t]*(?P<values>\"[^\"\n]*\"(?:[ \t]*,[ \t]*\"[^\"\n]*\")+)[ \t]*;?[ \t]*$"
)
_STRING = re.compile(r"\"([^\"\n]*)\"")
_YAML_LIST = re.compile(
    r"(?m)^(?P<indent>[ \t]*)(?:[{,][ \t]*)?[\"']?(?P<name>" + _ANY_NAME + r")[\"']?[ \t]*:[ \t]*"
    r"(?:\[(?P<flow>[^\]\[{}]{1,600})\]|\n(?P<block>(?:(?P=indent)[ \t]*-[ \t]+[^\n]*(?:\n|$))+))",
    re.I,
)
_ITEM = re.compile(
    r"(?m)(?:^[ \t]*-[ \t]+|(?:^|,)[ \t]*)(?:\"([^\"\n]+)\"|'([^'\n]+)'|([^\s,\"'#]+))"
)
_PASS_PARAM = re.compile(r"(?i)(?:user|db|login|admin|auth)_?pass")  # userpass, db_pass
_URL_QUERY = re.compile(r"[?&;](?P<name>[A-Za-z_]{2,30})=(?P<bare>[^&;\s#\"'<>]{1,200})")


def _tuple_spans(rule: SecretRule, text: str) -> list[Span]:
    out = []
    for m in _TUPLE.finditer(text):
        names = [n.strip() for n in m.group("names").split(",")]
        values = list(_STRING.finditer(m.group("values")))
        if len(names) != len(values):
            continue  # a call returning several values, or mismatched lists: not a pairing
        base = m.start("values")
        for name, v in zip(names, values, strict=True):
            if v.group(1) and named_literal_ok(name, v.group(1)):
                out.append(Span(base + v.start(1), base + v.end(1), SECRET, rule.score, rule.name))
    return out


def _list_spans(rule: SecretRule, text: str) -> list[Span]:
    out = []
    for m in _YAML_LIST.finditer(text):
        group = "flow" if m.group("flow") is not None else "block"
        base, body = m.start(group), m.group(group)
        for item in _ITEM.finditer(body):
            g = next(i for i in (1, 2, 3) if item.group(i) is not None)
            value = item.group(g)
            if named_literal_ok(m.group("name"), value, quoted=g != 3):
                start = base + item.start(g)
                out.append(Span(start, start + len(value), SECRET, rule.score, rule.name))
    return out


def _query_spans(rule: SecretRule, text: str) -> list[Span]:
    out = []
    for m in _URL_QUERY.finditer(text):
        name, value = m.group("name"), m.group("bare")
        # a password-field parameter; "secret"/"token" parameters are url_query_secret's
        if value.lower() in _URL_PASSWORD_DEFAULTS:
            continue  # password=secret: a documentation default, as in url_credentials
        password_param = is_password_field(name) or _PASS_PARAM.fullmatch(name)
        if password_param and named_literal_ok("password", value, quoted=True):
            out.append(Span(m.start("bare"), m.end("bare"), SECRET, rule.score, rule.name))
    return out


class _FunctionRule(LoweredTriggerRule):
    """A rule whose spans come from its finder function in :data:`_FINDERS` (by name)."""

    def spans(self, text: str) -> list[Span]:
        return _FINDERS[self.name](self, text)


_FINDERS = {
    "tuple_assignment_secret": _tuple_spans,
    "yaml_list_secret": _list_spans,
    "url_query_password": _query_spans,
}

_DOCKER_CONFIG_ITEM = re.compile(
    r"[\"']?\.docker(?:configjson|cfg)[\"']?[ \t]*:[ \t]*[\"']?([A-Za-z0-9+/]{8,}={0,2})"
    r"(?![A-Za-z0-9+/=])"
)


def _docker_config_ok(value: str, m: re.Match[str], text: str) -> bool:
    return not is_placeholder(value) and len(set(value)) >= 6


CONFIG_VALUE_RULES: tuple[SecretRule, ...] = (
    SecretRule(
        "docker_config_secret",
        (".dockerconfigjson", ".dockercfg"),
        _DOCKER_CONFIG_ITEM,
        1,
        0.9,
        _docker_config_ok,
    ),
    NamedValueRule("xml_element_secret", _TRIGGERS, _XML_ELEMENT, score=0.85),
    NamedValueRule(
        "named_default_secret",
        ("getenv", ".get", "define", "[", "{", "setenvironmentvariable"),
        _NAMED_DEFAULT,
        score=0.85,
    ),
    _FunctionRule("tuple_assignment_secret", (",",), _TUPLE, score=0.85),
    _FunctionRule("yaml_list_secret", _TRIGGERS, _YAML_LIST, score=0.8),
    _FunctionRule("url_query_password", ("pass=", "password=", "pwd=", "passwd="), _URL_QUERY),
)
