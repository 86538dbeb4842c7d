"""Literals paired with a credential name by a call, an expansion or a statement rather than an
assignment (session 31). Each pair is judged as ``name = "value"``
(:func:`~transforms.privacy.secrets.config_values.named_literal_ok`), so placeholders,
references, identifiers and public names stay out by the same policy; no other scanner's rule
files were used.

* ``named_pair_literal``: a literal paired with a credential name by a call
  (``props.setProperty("db.password", "…")``, ``ENV.fetch("DB_PASSWORD", "…")``), a shell
  expansion's default (``${DB_PASSWORD:-…}``), an environment lookup's fallback
  (``process.env.DB_PASSWORD || "…"``), Jinja's ``default`` filter or a Ruby symbol setting
  (Capistrano/Sinatra ``set :db_password, "…"``, session 33); each judged as
  ``name = "value"`` (documentation cited at the patterns).
* ``sql_insert_password``: a literal in the position of a password column of a one-row SQL
  ``INSERT INTO t (cols) VALUES (…)`` (https://www.postgresql.org/docs/current/sql-insert.html,
  https://dev.mysql.com/doc/refman/8.4/en/insert.html).
"""

from __future__ import annotations

import re

from transforms.privacy.secrets.config_formats import reference_like
from transforms.privacy.secrets.config_values import NamedValueRule, named_literal_ok
from transforms.privacy.secrets.rules import SECRET, LoweredTriggerRule, SecretRule, value_group
from transforms.privacy.spans import Span

# --- a literal paired with a credential name by a call or an expansion ---------------------------
_Q = r"(?:\"(?P<dq>[^\"\n]{1,200})\"|'(?P<sq>[^'\n]{1,200})')"
_PAIRS = (
    # Properties.setProperty / Map.put / dict.setdefault / Ruby ENV.fetch(name, default), and
    # lookups with a default: Map.getOrDefault, Properties.getProperty(key, default), dict.get,
    # Laravel env(key, default), python-decouple config(key, default=…), django-environ
    # env.str(key, default=…):
    # https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#setProperty-java.lang.String-java.lang.String-
    # https://docs.python.org/3/library/stdtypes.html#dict.setdefault
    # https://docs.ruby-lang.org/en/3.3/ENV.html#method-c-fetch
    # https://docs.oracle.com/javase/8/docs/api/java/util/Map.html#getOrDefault-java.lang.Object-V-
    # https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#getProperty-java.lang.String-java.lang.String-
    # https://laravel.com/docs/11.x/configuration#retrieving-environment-configuration
    # https://github.com/HBNetwork/python-decouple#usage
    # https://django-environ.readthedocs.io/en/latest/quickstart.html
    re.compile(
        r"\b(?:put|setProperty|setdefault|fetch|set|getOrDefault|getProperty|get|env|config"
        r"|env\.str)\(\s*[\"'](?P<name>\w[\w.\-]{0,80})[\"']"
        r"\s*,\s*(?:default\s*=\s*)?" + _Q + r"\s*\)"
    ),
    # Ruby ENV.fetch(name) { default }; Rust env::var(name).unwrap_or("…"):
    # https://docs.ruby-lang.org/en/3.3/ENV.html#method-c-fetch
    # https://doc.rust-lang.org/std/env/fn.var.html, https://doc.rust-lang.org/std/result/enum.Result.html#method.unwrap_or
    re.compile(
        r"\b(?:fetch|var)\(\s*[\"'](?P<name>[A-Za-z_]\w{0,80})[\"']\s*\)"
        r"\s*(?:\{\s*|\.unwrap_or\(\s*)" + _Q
    ),
    # shell parameter expansion ${NAME:-default} / ${NAME:=default} (also Compose files):
    # https://www.gnu.org/software/bash/manual/bash.html#Shell-Parameter-Expansion
    re.compile(r"\$\{(?P<name>[A-Za-z_]\w{0,80}):?[-=](?P<bare>[^}\s\"'$`]{1,128})\}"),
    # Spring's property placeholder default ${name:default}
    # (https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html);
    # not bash's ${X:?message} / ${X:+alt} / ${X:offset}
    re.compile(
        r"\$\{(?P<name>[A-Za-z_][\w.\-]{0,80}):(?P<bare>[^}\s\"'$`?+=\-][^}\s\"'$`]{0,127})\}"
    ),
    # an environment lookup's fallback: process.env.X || "…", ENV["X"] ?? "…",
    # os.getenv("X") or "…", PHP getenv('X') ?: '…' and Kotlin System.getenv("X") ?: "…"
    # (https://www.php.net/manual/en/language.operators.comparison.php#language.operators.comparison.ternary,
    # https://kotlinlang.org/docs/null-safety.html#elvis-operator)
    re.compile(
        r"(?:\b(?:process\.env|ENV|os\.environ)(?:\.|\[[\"'])(?P<name>[A-Za-z_]\w{0,80})[\"']?\]?"
        r"|\b(?:getenv|environ\.get)\(\s*[\"'](?P<name2>[A-Za-z_]\w{0,80})[\"']\s*\))"
        r"\s*(?:\|\||\?\?|\?:|\bor\b)\s*" + _Q
    ),
    # a credential variable set from an environment lookup with a literal default, whatever the
    # variable's own name (SECRET := getenv("X", "…"), password = os.environ.get("X", "…")):
    # https://docs.python.org/3/library/os.html#os.getenv,
    # https://docs.python.org/3/library/stdtypes.html#dict.get
    re.compile(
        r"(?<![\w.])(?P<name>[A-Za-z_][\w.]{0,80}+)[ \t]*(?::=|=)[ \t]*"
        r"(?:os\.)?(?:getenv|environ\.get)\(\s*[\"'][A-Za-z_]\w{0,80}[\"']"
        r"\s*,\s*[bu]?" + _Q + r"\s*\)"
    ),
    # Jinja's default filter: {{ db_password | default('…') }}
    # https://jinja.palletsprojects.com/en/stable/templates/#jinja-filters.default
    re.compile(r"\{\{\s*(?P<name>[A-Za-z_][\w.]{0,80})\s*\|\s*default\(\s*" + _Q),
    # Ruby settings keyed by a symbol: Capistrano ``set :name, "value"`` (deploy.rb) and
    # Sinatra ``set :session_secret, "…"``, with or without parentheses:
    # https://capistranorb.com/documentation/getting-started/configuration/
    # https://sinatrarb.com/configuration.html
    re.compile(r"(?<![\w.])set\(?[ \t]*:(?P<name>[A-Za-z_]\w{0,80})[ \t]*,[ \t]*" + _Q),
)


# Per pattern of _PAIRS, the lower-case strings one of which its match must contain: a pattern
# runs only on text holding one (most code holds "get(" but no "getenv(").
_PAIR_GATES: tuple[tuple[str, ...], ...] = (
    ("put(", "setproperty(", "setdefault(", "fetch(", "set(", "get(", "getordefault(")
    + ("getproperty(", "env(", "config(", "env.str("),
    ("fetch(", "var("),
    ("${",),
    ("${",),
    ("env",),
    ("getenv(", "environ.get("),
    ("default(",),
    ("set :", "set(:", "set( :"),
)


class _NamedPairRule(NamedValueRule):
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return _PAIRS

    def find(self, text: str, lowered: str) -> list[Span]:
        if not any(t in lowered for t in self.triggers):
            return []
        out = []
        for pattern, gates in zip(_PAIRS, _PAIR_GATES, strict=True):
            if not any(g in lowered for g in gates):
                continue
            for m in pattern.finditer(text):
                groups = m.groupdict()
                name = groups.get("name") or groups.get("name2") or ""
                g = value_group(m)
                value = m.group(g)
                if reference_like(value) or not named_literal_ok(name, value, quoted=g != "bare"):
                    continue
                out.append(Span(m.start(g), m.end(g), SECRET, self.score, self.name))
        return out


_INSERT = re.compile(
    r"(?i)\binsert[ \t]+into[ \t]+[\w.\"`\[\]]{1,120}[ \t]*\(([^()]{1,600})\)"
    r"\s*values\s*\(([^()]{1,1200})\)"
)
_SQL_ITEM = re.compile(r"\s*(?:'((?:[^'\n]|'')*)'|[^,']*)\s*(?:,|$)")


class _SqlInsertRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        out = []
        for m in _INSERT.finditer(text):
            columns = [c.strip().strip('"`[]') for c in m.group(1).split(",")]
            items = []
            pos = m.start(2)
            while pos < m.end(2):
                item = _SQL_ITEM.match(text, pos, m.end(2))
                if item is None or item.end() == pos:
                    break
                items.append(item)
                pos = item.end()
            if len(items) != len(columns):
                continue  # a multi-row or computed VALUES list: positions are not certain
            for column, item in zip(columns, items, strict=True):
                value = item.group(1)
                if value is None or not value or "''" in value:
                    continue
                if not reference_like(value) and named_literal_ok(column, value):
                    out.append(Span(item.start(1), item.end(1), SECRET, self.score, self.name))
        return out


PAIR_CALL_RULES: tuple[SecretRule, ...] = (
    _SqlInsertRule("sql_insert_password", ("insert",), _INSERT, score=0.85),
    _NamedPairRule(
        "named_pair_literal",
        ("put(", "setproperty(", "setdefault(", "fetch(", "set(", "${", "env", "default(")
        + ("get(", "getordefault(", "getproperty(", "config(", "var(", "set :"),
        re.compile(""),
        score=0.85,
    ),
)
