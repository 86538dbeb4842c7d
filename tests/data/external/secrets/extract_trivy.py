"""Extract Trivy's secret-scanner test files with the findings its tests expect, as whole files.

Usage: ``python extract_trivy.py GIT_DIR COMMIT > trivy_test_files.jsonl``

Reads github.com/aquasecurity/trivy (Apache-2.0) at ``COMMIT``: the input files under
``pkg/fanal/secret/testdata/`` and the expected findings of ``TestSecretScanner`` in
``pkg/fanal/secret/scanner_test.go``. Only test DATA and upstream's expected findings are
vendored; no rule (``builtin-rules.go``, ``builtin-allow-rules.go``) is read.

Labels (upstream's own): a finding gives ``RuleID``, ``StartLine``/``EndLine``, ``Offset`` (byte
offset of the secret in the file) and ``Match`` (the line with the secret masked by ``*``). The
labelled value starts at ``Offset`` and is as long as the single ``*`` run of ``Match``; a
``private-key`` finding (upstream masks the PEM body only) is widened to its ``-----BEGIN`` and
``-----END ...-----`` armour, as the other corpora label private keys. Findings of BUILT-IN
rules only: a finding of a rule the test's own config file defines (``rule1``, ...) exercises
config features, not a credential format, and is dropped.

Files: every ``inputFilePath`` of ``TestSecretScanner`` except ``_CONFIG_ONLY`` (data whose
only findings come from test-defined rules, or that a path allow rule skips). A file no test
expects any built-in finding in (``invalid-aws-secrets.txt``, ``wrapped-secrets.txt``,
``openai-invalid.txt``, ``settings-encrypted.xml``) is all negatives. The one file that is not
valid UTF-8 (``invalid-utf8.txt``, by design) is decoded with U+FFFD replacements.

Split group (``rule_id``): ``trivy.<first built-in rule id labelled in the file>``, or
``trivy.file:<name>`` for a file without labels.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

# the shared file_corpus.py beside this script
sys.path.insert(0, str(Path(__file__).resolve().parent))
from file_corpus import file_record, git, git_bytes  # noqa: E402

_DIR = "pkg/fanal/secret"
_CONFIG_ONLY = {
    "secret.txt",  # only test-defined rule1 findings (allow/exclude/keyword config tests)
    "secret.md",  # same text as secret.txt, for the markdown allow rule
    "multi-line.txt",  # test-defined multi-line regex mode
    "example-secret.txt",  # skipped by the 'examples' path allow rule (aws-secrets.txt line 1)
}
_STRING = r'"(?:[^"\\]|\\.)*"|`[^`]*`'


def _block(text: str, start: int) -> str:
    """The ``{...}`` block whose opening brace is at or after ``start`` (strings skipped)."""
    i = text.index("{", start)
    depth, j = 0, i
    while True:
        m = re.compile(_STRING + r"|[{}]").search(text, j)
        if m is None:
            raise ValueError("unbalanced braces")
        tok = m.group(0)
        if tok == "{":
            depth += 1
        elif tok == "}":
            depth -= 1
            if depth == 0:
                return text[i + 1 : m.start()]
        j = m.end()


def _top_level(block: str) -> str:
    """``block`` with every nested ``{...}`` removed (only its own fields stay)."""
    out, depth, j = [], 0, 0
    for m in re.finditer(_STRING + r"|[{}]", block):
        tok = m.group(0)
        if depth == 0:
            out.append(block[j : m.start()] if tok in "{}" else block[j : m.end()])
        if tok == "{":
            depth += 1
        elif tok == "}":
            depth -= 1
        j = m.end()
    if depth == 0:
        out.append(block[j:])
    return "".join(out)


def _go_string(lit: str) -> str:
    if lit.startswith("`"):
        return lit[1:-1]
    return lit[1:-1].encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")


def _expr(expr: str, idents: dict[str, str]) -> str:
    """Value of a Go string expression: literals, ``strings.Repeat(lit, n)``, identifiers, ``+``."""
    out = ""
    for part in re.finditer(
        rf"strings\.Repeat\(({_STRING}),\s*(\d+)\)|({_STRING})|([A-Za-z_]\w*)", expr
    ):
        if part.group(1):
            out += _go_string(part.group(1)) * int(part.group(2))
        elif part.group(3):
            out += _go_string(part.group(3))
        else:
            out += idents[part.group(4)]
    return out


def _finding(block: str, idents: dict[str, str]) -> dict:
    fields = _top_level(block)
    match = re.search(r"\bMatch:\s*(.+?),\s*\n", fields)
    return {
        "rule": re.search(r'\bRuleID:\s*"([^"]+)"', fields).group(1),
        "start_line": int(re.search(r"\bStartLine:\s*(\d+)", fields).group(1)),
        "end_line": int(re.search(r"\bEndLine:\s*(\d+)", fields).group(1)),
        "match": _expr(match.group(1), idents),
        "offset": int(re.search(r"\bOffset:\s*(\d+)", fields).group(1)),
    }


def _findings(source: str) -> tuple[dict[str, dict], list[tuple[str, str, list[dict]]]]:
    """Named expected findings and ``(config, input file, findings)`` of each test case."""
    body = _block(source, source.index("func TestSecretScanner("))
    idents = {
        m.group(1): _expr(m.group(2), {})
        for m in re.finditer(r"\n\t(\w+) := (strings\.Repeat\([^\n]+\))\n", body)
    }
    named: dict[str, dict] = {}
    for m in re.finditer(r"\n\t(\w+) := types\.SecretFinding\{", body):
        named[m.group(1)] = _finding(_block(body, m.end() - 1), idents)
    helper = re.compile(r'\n\t(\w+) := openAIFinding\(("[^"]+"),\s*"[^"]+",\s*"[^"]+",\s*(\d+)\)')
    for m in helper.finditer(body):
        named[m.group(1)] = {
            "rule": _go_string(m.group(2)),
            "start_line": 1,
            "end_line": 1,
            "match": "*" * int(m.group(3)),
            "offset": 0,
        }
    cases = []
    table = body[body.index("tests := []struct") :]
    table = _block(table, table.index("}{") + 1)
    for m in re.finditer(r"\n\t\t\{\n", table):
        case = _block(table, m.start() + 1)
        config = re.search(r'configPath:\s*filepath\.Join\("testdata", "([^"]+)"\)', case)
        path = re.search(
            r'inputFilePath:\s*(?:filepath\.Join\("testdata", "([^"]+)"\)|"testdata/([^"]+)")', case
        )
        found: list[dict] = []
        want = re.search(r"Findings:\s*\[\]types\.SecretFinding\{", case)
        if want:
            items = _block(case, want.end() - 1)
            pos = 0
            for piece in _top_level(items).split(","):
                if piece.strip():  # a named finding
                    found.append(named[piece.strip()])
                elif "{" in items[pos:]:  # an inline ``{RuleID: ..., ...}`` finding
                    block = _block(items, pos)
                    found.append(_finding(block, idents))
                    pos = items.index(block, pos) + len(block) + 1
        cases.append((config.group(1), path.group(1) or path.group(2), found))
    return named, cases


def _armored(data: bytes, body: int) -> tuple[int, int]:
    """A PEM body at ``body`` widened to its ``-----BEGIN``/``-----END ...-----`` lines, as the
    other corpora label private keys (upstream masks the body; its rule matches the armour)."""
    start = data.rindex(b"-----BEGIN", 0, body)
    end_tag = data.index(b"-----END", body)
    end = data.index(b"-----", end_tag + len(b"-----END")) + len(b"-----")
    return start, end


def _span(data: bytes, finding: dict) -> tuple[int, int]:
    """Byte span of a finding's secret value in ``data``."""
    start = finding["offset"]
    lines = data.split(b"\n")
    line_start = sum(len(x) + 1 for x in lines[: finding["start_line"] - 1])
    if finding["rule"] == "private-key":
        return _armored(data, start)
    if finding["end_line"] > finding["start_line"]:
        raise ValueError(f"multi-line finding of a rule other than private-key: {finding}")
    runs = re.findall(r"\*+", finding["match"])
    if len(runs) != 1:
        raise ValueError(f"not one masked run: {finding}")
    end = start + len(runs[0])
    line_end = line_start + len(lines[finding["start_line"] - 1])
    if not line_start <= start < end <= line_end:
        raise ValueError(f"finding outside its line: {finding}")
    return start, end


def main() -> None:
    git_dir, commit = sys.argv[1], sys.argv[2]
    source = git(git_dir, "show", f"{commit}:{_DIR}/scanner_test.go")
    _, cases = _findings(source)
    labels: dict[str, dict[tuple[int, int], str]] = {}
    for config, name, found in cases:
        if name in _CONFIG_ONLY:
            continue
        spec = yaml.safe_load(git(git_dir, "show", f"{commit}:{_DIR}/testdata/{config}")) or {}
        custom = {r["id"] for r in spec.get("rules") or []}
        data = git_bytes(git_dir, "show", f"{commit}:{_DIR}/testdata/{name}")
        spans = labels.setdefault(name, {})
        for f in found:
            if f["rule"] not in custom:
                spans.setdefault(_span(data, f), f["rule"])
    for name in sorted(labels):
        data = git_bytes(git_dir, "show", f"{commit}:{_DIR}/testdata/{name}")
        text = data.decode("utf-8", errors="replace")

        def char(offset: int, data: bytes = data) -> int:
            return len(data[:offset].decode("utf-8", errors="replace"))

        spans = sorted((char(s), char(e)) for s, e in labels[name])
        rules = [labels[name][k] for k in sorted(labels[name])]
        group = f"trivy.{rules[0]}" if rules else f"trivy.file:{name}"
        print(file_record(f"trivy-{name}", text, spans, group, f"{_DIR}/testdata/{name}"))


if __name__ == "__main__":
    main()
