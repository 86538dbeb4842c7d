"""Credentials whose name is not on the value's own line: the name sits on an enclosing element,
block or key, or in a setter's name. Each rule finds the (name, value) pair and judges it
exactly as if it were written ``name = "value"``
(:func:`~transforms.privacy.secrets.config_values.named_literal_ok`), so placeholders,
references and identifiers stay out by the shared policy.

* ``xml_named_entry_secret``: an element whose ``key``/``name`` attribute names the credential
  and whose text (or one ``<value>`` child) is the value: Java ``Properties`` XML
  ``<entry key="db.password">…</entry>``
  (https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#loadFromXML-java.io.InputStream-),
  Spring ``<property name="password"><value>…</value></property>``
  (https://docs.spring.io/spring-framework/reference/core/beans/dependencies/factory-properties-detailed.html),
  a credential element's ``<Value>`` child: Windows ``unattend.xml``
  ``<AdministratorPassword><Value>…</Value>`` (https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-shell-setup-useraccounts-administratorpassword-value),
  and CDATA text ``<password><![CDATA[…]]></password>``.
* ``block_default_secret``: the ``default`` of a credential-named declaration: Terraform
  ``variable "db_password" { default = "…" }``
  (https://developer.hashicorp.com/terraform/language/values/variables#default-values) and
  CloudFormation ``DBPassword:`` parameters with ``Default: …``
  (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html).
* ``host_keyed_secret``: a credential map keyed by host: Composer ``auth.json``
  ``"bearer": {"repo.example.org": "…"}``
  (https://getcomposer.org/doc/articles/authentication-for-private-packages.md#bearer) and
  NuGet ``<apikeys><add key="https://…" value="…"/></apikeys>``
  (https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#apikeys); Bundler's
  per-host ``BUNDLE_GEMS__EXAMPLE__COM: "user:password"``
  (https://bundler.io/v2.5/man/bundle-config.1.html#CREDENTIALS-FOR-GEM-SOURCES).
* ``yaml_next_line_secret``: a YAML key whose scalar sits alone on the next, deeper line
  (``password:`` / ``  …``, ``password: |`` / ``  …``; https://yaml.org/spec/1.2.2/#7311-plain-style).
* ``setter_secret``: a JavaBeans setter of a credential property, ``setPassword("…")``
  (https://docs.oracle.com/javase/tutorial/javabeans/writing/properties.html).
* the same rule: csh ``setenv DB_PASSWORD …`` (https://man.freebsd.org/cgi/man.cgi?query=csh),
  C ``#define WIFI_PASSWORD "…"`` (https://gcc.gnu.org/onlinedocs/cpp/Object-like-Macros.html)
  and the ``value`` of an ``<input type="password">``
  (https://html.spec.whatwg.org/multipage/input.html#password-state-(type=password)).
"""

from __future__ import annotations

import re

from transforms.privacy.secrets.config_values import named_literal_ok
from transforms.privacy.secrets.rules import SECRET, LoweredTriggerRule, SecretRule, value_group
from transforms.privacy.spans import Span

_NAME = r"[\w][\w.\-]{0,80}"
# <AdministratorPassword><Value>…</Value></AdministratorPassword>: the credential element's
# one <Value> child (Windows unattend.xml; Spring <property name="…"><value>)
_XML_VALUE_CHILD = re.compile(
    r"<(?P<name>\w[\w.\-]{0,80})(?:\s[^<>]{0,200})?>\s*<value>(?P<text>[^<>\n]{1,400})</value>",
    re.I,
)
# <password><![CDATA[…]]></password> (https://www.w3.org/TR/xml/#sec-cdata-sect)
_XML_CDATA = re.compile(
    r"<(?P<name>\w[\w.\-]{0,80})(?:\s[^<>]{0,200})?>\s*<!\[CDATA\[(?P<text>[^\]\n]{1,400})\]\]>"
    r"\s*</(?P=name)\s*>",
    re.I,
)
_XML_NAMED = re.compile(
    r"<(?P<tag>\w[\w.:\-]{0,60})\s[^<>]{0,200}?\b(?:key|name)\s*=\s*[\"'](?P<name>" + _NAME + r")"
    r"[\"'][^<>]{0,200}>\s*(?:<value>(?P<inner>[^<>\n]{1,400})</value>\s*|(?P<text>[^<>\n]{1,400}))"
    r"</(?P=tag)\s*>",
    re.I,
)
# Terraform: the block's body up to its closing brace at the start of a line
_HCL_VARIABLE = re.compile(
    r"(?m)^[ \t]*variable[ \t]+\"(?P<name>" + _NAME + r")\"[ \t]*\{(?P<body>(?:[^\n]*\n)*?)[ \t]*\}"
)
_HCL_DEFAULT = re.compile(r"(?m)^[ \t]*default[ \t]*=[ \t]*\"(?P<dq>[^\"\n]{1,200})\"[ \t]*$")
# CloudFormation YAML: "Default: value", its parent the nearest less-indented "Name:" line
_YAML_PARENT = re.compile(r"(?P<indent>[ \t]*)(?P<name>[A-Za-z]\w{0,80}):[ \t]*\r?")
_YAML_DEFAULT = re.compile(
    r"(?m)^(?P<indent>[ \t]+)Default:[ \t]*(?:\"(?P<dq>[^\"\n]{1,200})\"|'(?P<sq>[^'\n]{1,200})'"
    r"|(?P<bare>[^\s\"'#][^\n#]{0,199}?))[ \t]*$"
)
# CloudFormation JSON: "Name": { … "Default": "value" … } with no nested object
_JSON_DEFAULT = re.compile(
    r"\"(?P<name>[A-Za-z]\w{0,80})\"\s*:\s*\{[^{}]{0,400}?\"Default\"\s*:\s*\"(?P<dq>[^\"\n]{1,200})\""
)
# Composer: "bearer" / "github-oauth" / "gitlab-token" / any credential name, then a map
_JSON_HOST_MAP = re.compile(r"\"(?P<name>" + _NAME + r")\"\s*:\s*\{(?P<body>[^{}]{1,2000})\}")
_JSON_HOST_ENTRY = re.compile(
    r"\"(?P<host>[\w\-]+(?:\.[\w\-]+)+(?::\d+)?)\"\s*:\s*\"(?P<dq>[^\"\n]{1,400})\""
)
_XML_HOST_MAP = re.compile(r"<(?P<name>apikeys)>(?P<body>.{1,4000}?)</apikeys>", re.I | re.S)
_XML_ADD = re.compile(
    r"<add\s+key\s*=\s*\"(?P<host>[^\"]{1,300})\"\s+value\s*=\s*\"(?P<dq>[^\"\n]{1,400})\"", re.I
)
# Bundler: the host's dots written "__"; BUILD__/MIRROR__ keys are other settings
_BUNDLER_HOST = re.compile(
    r"\bBUNDLE_(?!BUILD__|MIRROR__)(?:[A-Z0-9\-]+__)+[A-Z0-9\-]+[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"[^\s:\"']{1,128}:(?P<dq>[^\s\"']{1,200})"
)
# Composer documents "bearer" as a token map; other parents must name the credential themselves
_PARENT_ALIASES = {"bearer": "bearer_token", "github-oauth": "github_oauth_token"}
_SETTER = re.compile(
    r"\bset(?P<name>(?=[A-Z])\w{0,40}?(?:Password|Passwd|Secret|Token|Key|Passphrase|Credentials?))"
    r"\(\s*(?:\"(?P<dq>[^\"\n]{1,200})\"|'(?P<sq>[^'\n]{1,200})')\s*\)"
)
# a builder's credential method: DataSourceBuilder…password("…")
# (https://docs.spring.io/spring-boot/api/java/org/springframework/boot/jdbc/DataSourceBuilder.html)
_BUILDER = re.compile(
    r"\.(?P<name>password|passwd|passphrase)\(\s*(?:\"(?P<dq>[^\"\n]{1,200})\"|'(?P<sq>[^'\n]{1,200})')\s*\)"
)
# csh/tcsh "setenv NAME value" (https://man.freebsd.org/cgi/man.cgi?query=csh), C's
# "#define NAME \"value\"" (https://gcc.gnu.org/onlinedocs/cpp/Object-like-Macros.html)
# A macro's body may be parenthesised and followed by a C comment ("x" // wifi).
_SETENV = re.compile(
    r"(?m)^[ \t]*(?:setenv|#[ \t]*define)[ \t]+(?P<name>\w{1,80})[ \t]+"
    r"(?:(?P<paren>\([ \t]*)?(?:\"(?P<dq>[^\"\n]{1,200})\"|'(?P<sq>[^'\n]{1,200})')"
    r"(?(paren)[ \t]*\))|(?P<bare>[^\s\"'#;]{1,200}))[ \t]*(?://[^\n]*|/\*[^\n]*)?$"
)
_PASSWORD_INPUT = re.compile(
    r"<input\b(?=[^<>]*\btype\s*=\s*[\"']?password\b)[^<>]*?\bvalue\s*=\s*"
    r"(?:\"(?P<dq>[^\"\n]{1,200})\"|'(?P<sq>[^'\n]{1,200})')[^<>]*>",
    re.I,
)


def _span(rule: SecretRule, base: int, m: re.Match[str], group: str) -> Span:
    return Span(base + m.start(group), base + m.end(group), SECRET, rule.score, rule.name)


def _xml_named(rule: SecretRule, text: str) -> list[Span]:
    out = []
    matches = (_XML_NAMED, _XML_VALUE_CHILD, _XML_CDATA)
    for m in (m for rx in matches for m in rx.finditer(text)):
        group = "inner" if m.groupdict().get("inner") is not None else "text"
        value = m.group(group).strip()
        if (
            value
            and value == m.group(group)
            and named_literal_ok(m.group("name"), value, quoted=False)
        ):
            out.append(_span(rule, 0, m, group))
    return out


def _block_defaults(rule: SecretRule, text: str) -> list[Span]:
    out = []
    for m in _HCL_VARIABLE.finditer(text):
        d = _HCL_DEFAULT.search(m.group("body"))
        if d and named_literal_ok(m.group("name"), d.group("dq")):
            out.append(_span(rule, m.start("body"), d, "dq"))
    for d in _YAML_DEFAULT.finditer(text):
        name = _yaml_parent(text, d.start(), len(d.group("indent")))
        group = value_group(d)
        if name and named_literal_ok(name, d.group(group), quoted=group != "bare"):
            out.append(_span(rule, 0, d, group))
    for m in _JSON_DEFAULT.finditer(text):
        if named_literal_ok(m.group("name"), m.group("dq")):
            out.append(_span(rule, 0, m, "dq"))
    return out


def _yaml_parent(text: str, at: int, indent: int) -> str | None:
    """The key of the nearest line above ``at`` indented less than ``indent`` (at most 12
    lines up), when that line opens a mapping (``Name:`` and nothing after)."""
    lines = text[:at].split("\n")[-13:-1]
    for line in reversed(lines):
        stripped = line.lstrip(" \t")
        if not stripped or len(line) - len(stripped) >= indent:
            continue
        m = _YAML_PARENT.fullmatch(line)
        return m.group("name") if m else None
    return None


# YAML "name:" (or "name: |") with the scalar alone on the next, deeper line
# (https://yaml.org/spec/1.2.2/#7311-plain-style, #81-block-scalar-styles); not a mapping
# ("key: value" below) and not a list item.
_YAML_NEXT_LINE = re.compile(
    r"(?m)^(?P<indent>[ \t]*)[\"']?(?P<name>[\w.\-]{1,80})[\"']?:[ \t]*(?:[|>][+-]?)?[ \t]*\r?\n"
    r"(?P<inner>[ \t]+)(?![^\n]*:(?:[ \t]|\r?$))(?P<bare>[^\s:#\-][^\s]{0,199})[ \t]*\r?$"
)


def _next_line_values(rule: SecretRule, text: str) -> list[Span]:
    out = []
    for m in _YAML_NEXT_LINE.finditer(text):
        if len(m.group("inner")) <= len(m.group("indent")):
            continue
        after = text[m.end() :].lstrip("\r\n")
        deeper = after.startswith(m.group("inner")) and after[len(m.group("inner")) :][:1] in " \t"
        if deeper or not named_literal_ok(m.group("name"), m.group("bare"), quoted=False):
            continue  # a multi-line block (a key, a certificate) is judged by other rules
        out.append(_span(rule, 0, m, "bare"))
    return out


def _host_maps(rule: SecretRule, text: str) -> list[Span]:
    out = [
        _span(rule, 0, m, "dq")
        for m in _BUNDLER_HOST.finditer(text)
        if named_literal_ok("password", m.group("dq"))
    ]
    for outer, entry in ((_JSON_HOST_MAP, _JSON_HOST_ENTRY), (_XML_HOST_MAP, _XML_ADD)):
        for m in outer.finditer(text):
            name = m.group("name")
            name = _PARENT_ALIASES.get(name.lower(), name)
            for e in entry.finditer(m.group("body")):
                if named_literal_ok(name, e.group("dq")):
                    out.append(_span(rule, m.start("body"), e, "dq"))
    return out


def _setters(rule: SecretRule, text: str) -> list[Span]:
    out = []
    for pattern in (_SETTER, _BUILDER, _PASSWORD_INPUT, _SETENV):
        for m in pattern.finditer(text):
            group = value_group(m)
            name = m.groupdict().get("name") or "password"
            if named_literal_ok(name, m.group(group), quoted=group != "bare"):
                out.append(_span(rule, 0, m, group))
    return out


class _NestedRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        return _FINDERS[self.name](self, text)


_FINDERS = {
    "xml_named_entry_secret": _xml_named,
    "block_default_secret": _block_defaults,
    "host_keyed_secret": _host_maps,
    "setter_secret": _setters,
    "yaml_next_line_secret": _next_line_values,
}

NESTED_VALUE_RULES: tuple[SecretRule, ...] = (
    _NestedRule(
        "xml_named_entry_secret", ("key=", "name=", "<value>", "cdata"), _XML_NAMED, score=0.85
    ),
    _NestedRule("block_default_secret", ("default",), _YAML_DEFAULT, score=0.85),
    _NestedRule(
        "host_keyed_secret", ('": {', '":{', "<apikeys>", "bundle_"), _JSON_HOST_MAP, score=0.85
    ),
    _NestedRule("setter_secret", ("set", "password", "define"), _SETTER, score=0.85),
    _NestedRule(
        "yaml_next_line_secret",
        ("pass", "pwd", "secret", "token", "key", "credential"),
        _YAML_NEXT_LINE,
        score=0.8,
    ),
)
