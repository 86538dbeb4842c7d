"""Extract gitleaks' LITERAL rule examples as labelled eval cases (run once; output vendored).

Usage: ``python extract_gitleaks.py GITLEAKS_GIT_DIR COMMIT > gitleaks_rule_examples.jsonl``

Reads ``cmd/generate/config/rules/*.go`` at ``COMMIT`` and keeps, per rule function, only the
string literals (or ``+``-joined literals) that are direct elements of the true-positive
(``tps``) and false-positive (``fps``) lists; every value built at run time
(``secrets.NewSecret(regex)``, ``utils.GenerateSampleSecrets(...)``, ``fmt.Sprintf``) is
skipped, and no rule pattern is read. Cases whose text already occurs in the noseyparker or
kingfisher corpus are dropped so no corpus double counts.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RULES_DIR = "cmd/generate/config/rules"
_TOKEN = re.compile(
    r"""(?P<raw>`[^`]*`)|(?P<str>"(?:\\.|[^"\\\n])*")|(?P<chr>'(?:\\.|[^'\\\n])+')"""
    r"""|(?P<comment>//[^\n]*|/\*.*?\*/)|(?P<ident>[A-Za-z_][A-Za-z0-9_.]*)|(?P<ws>\s+)"""
    r"""|(?P<punct>\.\.\.|:=|.)""",
    re.S,
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "'": "'", "a": "\a"}
_ESCAPES |= {"b": "\b", "f": "\f", "v": "\v"}


def _go_unquote(lit: str) -> str:
    """Value of a Go interpreted string literal (``"..."``)."""
    body, out, i = lit[1:-1], bytearray(), 0
    while i < len(body):
        ch = body[i]
        if ch != "\\":
            out += ch.encode()
            i += 1
            continue
        nxt = body[i + 1]
        if nxt == "x":
            out.append(int(body[i + 2 : i + 4], 16))
            i += 4
        elif nxt in "uU":
            n = 4 if nxt == "u" else 8
            out += chr(int(body[i + 2 : i + 2 + n], 16)).encode()
            i += 2 + n
        elif nxt in "01234567":
            out.append(int(body[i + 1 : i + 4], 8))
            i += 4
        else:
            out += _ESCAPES[nxt].encode()
            i += 2
    return out.decode("utf-8", errors="replace")


def _tokens(src: str) -> list[tuple[str, str]]:
    out = []
    for m in _TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == "ws" and "\n" in m.group():
            out.append(("nl", "\n"))
        elif kind not in ("ws", "comment"):
            out.append((kind, m.group()))
    return out


def _literal(elem: list[tuple[str, str]]) -> str | None:
    """The value of an element made only of string literals joined by ``+``, else None."""
    elem = [t for t in elem if t[0] != "nl"]
    if not elem or len(elem) % 2 == 0:
        return None
    parts = []
    for i, (kind, text) in enumerate(elem):
        if i % 2 == 1:
            if text != "+":
                return None
        elif kind == "raw":
            parts.append(text[1:-1])
        elif kind == "str":
            parts.append(_go_unquote(text))
        else:
            return None
    return "".join(parts)


def _split_args(toks: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """Comma-separated elements at depth 0 of a bracketed token list (brackets excluded)."""
    elems, cur, depth = [], [], 0
    for tok in toks:
        t = tok[1]
        if t in "([{" and tok[0] == "punct":
            depth += 1
        elif t in ")]}" and tok[0] == "punct":
            depth -= 1
        if t == "," and depth == 0 and tok[0] == "punct":
            elems.append(cur)
            cur = []
        else:
            cur.append(tok)
    if cur:
        elems.append(cur)
    return elems


def _matching(toks: list[tuple[str, str]], i: int) -> int:
    """Index of the bracket closing the one at ``i``."""
    depth = 0
    for j in range(i, len(toks)):
        if toks[j][0] == "punct" and toks[j][1] in "([{":
            depth += 1
        elif toks[j][0] == "punct" and toks[j][1] in ")]}":
            depth -= 1
            if depth == 0:
                return j
    raise ValueError("unbalanced")


def _values(expr: list[tuple[str, str]], lists: dict[str, list[str]]) -> list[str]:
    """Literal strings an expression contributes: elements of ``[]string{...}``, literal
    arguments of ``append(...)`` and the literal lists named in it."""
    expr = [t for t in expr if t[0] != "nl"]
    if not expr:
        return []
    if expr[0][1] == "[" and len(expr) > 3 and expr[2][1] == "string" and expr[3][1] == "{":
        end = _matching(expr, 3)
        return [v for e in _split_args(expr[4:end]) if (v := _literal(e)) is not None]
    if expr[0][1] == "append" and len(expr) > 1 and expr[1][1] == "(":
        end = _matching(expr, 1)
        out = []
        for e in _split_args(expr[2:end]):
            e = [t for t in e if t[0] != "nl"]
            if e and e[-1][1] == "...":
                e = e[:-1]
            if len(e) == 1 and e[0][0] == "ident" and e[0][1] in lists:
                out += lists[e[0][1]]
            elif (v := _literal(e)) is not None:
                out.append(v)
            else:
                out += _values(e, lists)
        return out
    if len(expr) == 1 and expr[0][0] == "ident":
        return list(lists.get(expr[0][1], []))
    return []


def _statement_end(toks: list[tuple[str, str]], i: int) -> int:
    """End of the statement starting at ``i``: the first newline outside brackets."""
    depth = 0
    for j in range(i, len(toks)):
        kind, t = toks[j]
        if kind == "punct" and t in "([{":
            depth += 1
        elif kind == "punct" and t in ")]}":
            depth -= 1
        elif kind == "nl" and depth == 0:
            return j
    return len(toks)


def rule_examples(src: str) -> list[tuple[str, str, str, str]]:
    """(rule id, description, label, text) for every literal example in a rules file."""
    toks = _tokens(src)
    out = []
    i = 0
    while i < len(toks):
        if toks[i][1] != "func":
            i += 1
            continue
        brace = next(j for j in range(i, len(toks)) if toks[j][1] == "{")
        end = _matching(toks, brace)
        body = toks[brace + 1 : end]
        rid = desc = None
        for k in range(len(body) - 2):
            if body[k][1] == "RuleID" and body[k + 1][1] == ":" and rid is None:
                rid = _literal([body[k + 2]])
            if body[k][1] == "Description" and body[k + 1][1] == ":" and desc is None:
                desc = _literal([body[k + 2]])
        lists: dict[str, list[str]] = {}
        if rid:
            for k in range(len(body) - 2):
                name, op = body[k][1], body[k + 1][1]
                if body[k][0] != "ident" or op not in (":=", "="):
                    continue
                stop = _statement_end(body, k + 2)
                vals = _values(body[k + 2 : stop], lists)
                lists[name] = vals
            for name, label in (("tps", "secret"), ("fps", "negative")):
                out += [(rid, desc or rid, label, v) for v in lists.get(name, [])]
        i = end + 1
    return out


def main() -> None:
    git_dir, commit = sys.argv[1], sys.argv[2]
    names = subprocess.run(
        ["git", "-C", git_dir, "ls-tree", "--name-only", commit, RULES_DIR + "/"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    seen = set()
    for other in ("noseyparker_rule_examples.jsonl", "kingfisher_rule_examples.jsonl"):
        with (HERE / other).open(encoding="utf-8") as fh:
            seen |= {json.loads(line)["text"] for line in fh if line.strip()}
    counts: dict[str, int] = {}
    for path in sorted(n for n in names if n.endswith(".go") and not n.endswith("_test.go")):
        src = subprocess.run(
            ["git", "-C", git_dir, "show", f"{commit}:{path}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for rid, desc, label, text in rule_examples(src):
            if not text.strip() or text in seen:
                continue
            seen.add(text)
            n = counts.get(rid, 0)
            counts[rid] = n + 1
            case = {
                "id": f"gl-{rid}-{n}",
                "text": text,
                "label": label,
                "rule": desc,
                "rule_id": f"gitleaks.{rid}",
                "source_file": path.rsplit("/", 1)[-1],
            }
            print(json.dumps(case, ensure_ascii=False))


if __name__ == "__main__":
    main()
