"""Credentials named by the layout around them rather than by ``name = value`` on one line.

Each rule finds the (name, value) pair a format's own syntax defines and judges it exactly as if
it were written ``name=value`` (:func:`~transforms.privacy.secrets.config_values.named_literal_ok`),
so placeholders, references, identifiers and public names stay out by the shared policy:

* ``table_column_secret``: the cells of a table column whose header names a credential
  (``password``, ``API Key``, ``client_secret``): CSV and TSV with a header record
  (RFC 4180 §2.3, https://www.rfc-editor.org/rfc/rfc4180#section-2; IANA text/tab-separated-values,
  https://www.iana.org/assignments/media-types/text/tab-separated-values), GitHub-flavoured
  Markdown tables (header row, delimiter row, data rows;
  https://github.github.com/gfm/#tables-extension-) and HTML tables whose first row holds
  ``<th>`` cells (https://html.spec.whatwg.org/multipage/tables.html).
* ``command_literal_secret``: a line holding only a credential name and one quoted literal: a
  Groovy/Kotlin build-script command expression, ``storePassword "…"`` / ``keyPassword '…'`` in
  an Android ``signingConfigs`` block
  (https://developer.android.com/build/building-cmdline#sign_manually,
  https://groovy-lang.org/style-guide.html#_omitting_parentheses), Chef resource properties
  (``password '…'``; https://docs.chef.io/resources/user/), and Apache httpd ``SetEnv NAME
  value`` (https://httpd.apache.org/docs/2.4/mod/mod_env.html#setenv).
* ``element_value_secret``: ``<Password value="…"/>``, an element named like a credential whose
  only ``value`` attribute holds it, and C# auto-property initializers (``public string
  Password { get; set; } = "…";``).
* ``heredoc_secret``: a Terraform heredoc string whose one-line body is the value of a
  credential attribute (``password = <<EOT`` / ``…`` / ``EOT``).

No other scanner's rule files were used.
"""

from __future__ import annotations

import re

from transforms.privacy.secrets.config_values import named_literal_ok
from transforms.privacy.secrets.rules import SECRET, LoweredTriggerRule, value_group
from transforms.privacy.spans import Span

_CELL_WORDS = ("pass", "pwd", "secret", "token", "key", "credential")
# a header cell: a credential name of at most four words ("API Key", "client secret")
_HEADER_CELL = re.compile(r"[A-Za-z][\w.\-]*(?: [\w.\-]+){0,2}")
# the credential word as a word of the header ("Password", "API Key", "client_secret",
# "apiKey"), not a fragment of a longer name ("DefaultPassBuilder", "keyboard")
_HEADER_WORD = re.compile(
    r"(?i:(?:^|(?<=[\s_.\-]))(?:pass(?:word|wd|phrase)?|pwd|secret|token|(?:api[ _\-]?)?key|"
    r"credential)s?(?=$|[\s_.\-]))|(?<=[a-z])(?:Key|Token|Secret|Password|Pwd)s?$"
)
# a data cell judged as a value: one run without spaces (a phrase is prose, not a credential)
_VALUE_CELL = re.compile(r"[^\s|,;\t<>\"']{1,200}")
_MD_DELIMITER = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")
_HEADER_LINE = re.compile(
    r"(?im)^(?=[^\n]*[|,\t])[^\n]*?(?:pass|pwd|secret|token|key|credential)[^\n]*"
)
_HTML_TABLE = re.compile(r"<table\b.{0,20000}?</table\s*>", re.I | re.S)
_HTML_ROW = re.compile(r"<tr\b[^>]*>(?P<row>.*?)(?=<tr\b|</table|</tbody|</thead|$)", re.I | re.S)
_SPANNED = re.compile(r"\b(?:colspan|rowspan)\s*=", re.I)
_HTML_CELL = re.compile(r"<(?P<tag>t[hd])\b[^>]*>(?P<text>.*?)</(?P=tag)\s*>", re.I | re.S)


def _header_name(cell: str) -> str | None:
    """The header cell as a setting name (``API Key`` -> ``API_Key``) when it names a
    credential, else ``None``."""
    cell = cell.strip().strip("*_`\"'")
    if not _HEADER_CELL.fullmatch(cell) or not _HEADER_WORD.search(cell):
        return None
    return cell.replace(" ", "_")


def _cell_spans(rule: LoweredTriggerRule, names: dict[int, str], cells) -> list[Span]:
    """Spans of the data cells ``(column, start, text)`` under a credential header."""
    out = []
    for col, start, raw in cells:
        name = names.get(col)
        value = raw.strip()
        if len(value) > 2 and value[0] == value[-1] == '"':
            value = value[1:-1]  # an RFC 4180 quoted field
        if name is None or not _VALUE_CELL.fullmatch(value):
            continue
        if named_literal_ok(name, value, quoted=False):
            at = start + raw.find(value)
            out.append(Span(at, at + len(value), SECRET, rule.score, rule.name))
    return out


def _split_cells(line: str, base: int, sep: str) -> list[tuple[int, int, str]]:
    """``(column, start, text)`` of each cell of a delimited line; a Markdown row's outer
    pipes are dropped."""
    cells, pos = [], 0
    inner = line
    if sep == "|":
        stripped = line.strip()
        lead = line.find(stripped)
        inner = stripped[1:] if stripped.startswith("|") else stripped
        pos = lead + (1 if stripped.startswith("|") else 0)
        inner = inner[:-1] if inner.endswith("|") else inner
    for col, part in enumerate(inner.split(sep)):
        cells.append((col, base + pos, part))
        pos += len(part) + 1
    return cells


def _next_line(text: str, at: int) -> tuple[int, int]:
    """``(start, end)`` of the line starting at ``at`` (``end`` before its ``\n``/``\r\n``)."""
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return at, end - 1 if end > at and text[end - 1] == "\r" else end


def _delimited_tables(rule: LoweredTriggerRule, text: str) -> list[Span]:
    out = []
    resume = 0
    # only lines holding a separator and a credential word can head a credential column
    for h in _HEADER_LINE.finditer(text):
        if h.start() < resume or h.end() >= len(text):
            continue
        a, b = _next_line(text, h.end() + 1)
        header = h.group(0).rstrip("\r")
        sep = _header_separator(header, text[a:b])
        if sep is None:
            continue
        header_cells = _split_cells(header, 0, sep)
        names = {
            col: name for col, _, cell in header_cells if (name := _header_name(cell)) is not None
        }
        if sep == "|":  # skip the delimiter row
            nl = text.find("\n", b)
            a, b = _next_line(text, nl + 1) if nl >= 0 else (b, b)
        while a < b and text[a:b].strip():
            cells = _split_cells(text[a:b], a, sep)
            if len(cells) != len(header_cells):
                break  # not a row of this table
            out += _cell_spans(rule, names, cells)
            nl = text.find("\n", b)
            if nl < 0:
                break
            a, b = _next_line(text, nl + 1)
        resume = a
    return out


def _header_separator(header: str, following: str) -> str | None:
    """The cell separator when ``header`` is a table header with a credential column: ``|``
    before a Markdown delimiter row, else tab or comma when the next line has as many cells."""
    low = header.lower()
    if not any(w in low for w in _CELL_WORDS):
        return None
    if "|" in header and _MD_DELIMITER.fullmatch(following):
        return "|"
    for sep in ("\t", ","):
        n = header.count(sep)
        cells = header.split(sep)
        if (
            n
            and following.count(sep) == n
            and all(_HEADER_CELL.fullmatch(c.strip(' "')) for c in cells)
        ):
            return sep
    return None


def _html_tables(rule: LoweredTriggerRule, text: str) -> list[Span]:
    out = []
    for t in _HTML_TABLE.finditer(text):
        if _SPANNED.search(t.group(0)):
            continue  # merged cells: a data cell's column cannot be told from its position
        names: dict[int, str] | None = None
        width = 0
        for r in _HTML_ROW.finditer(t.group(0)):
            base = t.start() + r.start("row")
            cells = list(_HTML_CELL.finditer(r.group("row")))
            if names is None:
                if cells and all(c.group("tag").lower() == "th" for c in cells):
                    width = len(cells)
                    names = {
                        col: name
                        for col, c in enumerate(cells)
                        if (name := _header_name(c.group("text"))) is not None
                    }
                continue
            if len(cells) != width:
                continue  # a row of another shape: its columns are not the header's
            triples = [
                (col, base + c.start("text"), c.group("text")) for col, c in enumerate(cells)
            ]
            out += _cell_spans(rule, names, triples)
    return out


class _TableRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        out = _delimited_tables(self, text)
        if "<t" in text.lower():
            out += _html_tables(self, text)
        return out


# a line of just NAME and a quoted literal (Groovy/Kotlin command expression, Chef property),
# or Apache "SetEnv NAME value"
_COMMAND_LITERAL = re.compile(
    r"(?m)^[ \t]*(?:(?P<setenv>SetEnv)[ \t]+)?(?P<name>[A-Za-z_]\w{1,80})[ \t]+"
    r"(?:\"(?P<dq>[^\"\n\\$]{1,200})\"|'(?P<sq>[^'\n\\]{1,200})'|(?(setenv)(?P<bare>[^\s\"']{1,200})|(?!)))"
    r"[ \t]*;?[ \t]*\r?$"
)


class _CommandLiteralRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        out = []
        for m in _COMMAND_LITERAL.finditer(text):
            group = value_group(m)
            if named_literal_ok(m.group("name"), m.group(group), quoted=group != "bare"):
                out.append(Span(m.start(group), m.end(group), SECRET, self.score, self.name))
        return out


# Terraform heredoc string with a one-line body: name = <<EOT / value / EOT
# (https://developer.hashicorp.com/terraform/language/expressions/strings#heredoc-strings)
_HEREDOC = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Za-z_][\w.\-]{0,80})[ \t]*=[ \t]*<<-?(?P<id>[A-Za-z_]\w{0,20})"
    r"[ \t]*\r?\n"
    r"[ \t]*(?P<bare>[^\s]{1,200})[ \t]*\r?\n[ \t]*(?P=id)[ \t]*\r?$"
)


class _HeredocRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        return [
            Span(m.start("bare"), m.end("bare"), SECRET, self.score, self.name)
            for m in _HEREDOC.finditer(text)
            if named_literal_ok(m.group("name"), m.group("bare"), quoted=True)
        ]


# <Password value="…"/>: an element named like a credential whose one "value" attribute holds
# it (https://www.w3.org/TR/xml/#sec-starttags); C# auto-property initializers,
# "public string Password { get; set; } = "…";"
# (https://learn.microsoft.com/en-us/dotnet/csharp/programming-guide/classes-and-structs/auto-implemented-properties)
_ELEMENT_VALUE = re.compile(
    r"<(?:[A-Za-z_][\w.\-]{0,40}:)?(?P<name>[A-Za-z_][\w.\-]{0,80})[ \t]+value[ \t]*=[ \t]*"
    r"(?:\"(?P<dq>[^\"\n<>]{1,200})\"|'(?P<sq>[^'\n<>]{1,200})')[ \t]*/?>"
)
_AUTO_PROPERTY = re.compile(
    r"\b(?P<name>[A-Za-z_]\w{0,80})[ \t]*\{[ \t]*get;[ \t]*(?:(?:private[ \t]+|protected[ \t]+)?"
    r"(?:set|init);[ \t]*)?\}[ \t]*=[ \t]*@?\"(?P<dq>[^\"\n]{1,200})\"[ \t]*;"
)


class _NamedAttributeRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        out = []
        for pattern in (_ELEMENT_VALUE, _AUTO_PROPERTY):
            for m in pattern.finditer(text):
                group = value_group(m, ("dq", "sq"))
                if named_literal_ok(m.group("name"), m.group(group)):
                    out.append(Span(m.start(group), m.end(group), SECRET, self.score, self.name))
        return out


LAYOUT_VALUE_RULES: tuple[LoweredTriggerRule, ...] = (
    _NamedAttributeRule(
        "element_value_secret", ("value=", "value =", "get;"), _ELEMENT_VALUE, score=0.8
    ),
    _HeredocRule("heredoc_secret", ("<<",), _HEREDOC, score=0.8),
    _TableRule("table_column_secret", _CELL_WORDS, _HTML_TABLE, score=0.8),
    _CommandLiteralRule(
        "command_literal_secret",
        ("pass", "pwd", "secret", "token", "key"),
        _COMMAND_LITERAL,
        score=0.8,
    ),
)
