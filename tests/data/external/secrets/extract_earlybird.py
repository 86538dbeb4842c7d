"""Extract the labelled test strings of EarlyBird's false-positive filters and post-processors.

Usage: ``python extract_earlybird.py GIT_DIR COMMIT > earlybird_test_cases.jsonl``

``GIT_DIR`` is a git directory of github.com/americanexpress/earlybird (Apache-2.0, Copyright
2021 American Express), read at ``COMMIT`` (``git show COMMIT:PATH``). Only the string literals of
Go table tests are read, each with upstream's verdict; no rule pattern, keyword list or
false-positive table (``config/``) is read:

- ``pkg/scan/falsePositives_test.go``, ``Test_findFalsePositive`` (the password, secret, key and
  token rules; the word-list test ``Test_falsePositiveInclusivity`` is not read): a rule hit's
  ``MatchValue`` or ``LineValue`` and ``wantIsFP`` (false: a finding upstream keeps, a secret;
  true: a false positive);
- ``pkg/postprocess/skipSameKeyValue_test.go`` (``lineValue``, ``wantIgnore``),
  ``validatePassword_test.go`` (``testPD`` / ``password``, ``wantIgnore``),
  ``basicAuthHeader_test.go``, ``jwt_test.go``, ``pem_test.go`` (text, ``isSecret``).

Each case becomes a one-line (PEM: multi-line) record in the whole-file format of
``transforms/privacy/evaluation/secret_files.py``: a kept finding labels its value, a false
positive is a negative line. The value of a kept finding is, in this order: a PEM block (or its
``-----BEGIN ... PRIVATE KEY-----`` header alone), a JWT, the token after ``Basic``, an XML
element's text, a quoted string closing the line after ``=``/``:``, or what follows the first
``=``/``:`` after a key of word characters, dots, quotes and spaces (quotes, a final ``,``/``;``
removed).

Left out, so that no label rests on anything but the text: a kept finding with no value found
that way (a bare value without a key, ``logger.debug("Password is : ..." + data)``, a GitHub URL
in minified JavaScript); a text upstream labels both ways (the verdict depends on the file name:
``'credentials' : 'same-origin'`` is kept in ``test.java``, not in ``test.ts``); and the JWT
cases decided by the token's ``exp`` claim against the clock. Repeated (text, label) pairs are
kept once.

Split group (``rule_id``): ``earlybird.<value>`` for a secret and ``earlybird.<text>`` for a
negative, so a value repeated under several keys sits on one side of the split.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# the shared file_corpus.py beside this script
sys.path.insert(0, str(Path(__file__).resolve().parent))
from file_corpus import file_record, git  # noqa: E402

# id prefix -> (path, verdict field or None for positional cases, verdict means "skipped")
_FILES = {
    "scan/falsePositives": ("pkg/scan/falsePositives_test.go", "wantIsFP", True),
    "pp/skipSameKeyValue": ("pkg/postprocess/skipSameKeyValue_test.go", "wantIgnore", True),
    "pp/validatePassword": ("pkg/postprocess/validatePassword_test.go", "wantIgnore", True),
    "pp/basicAuthHeader": ("pkg/postprocess/basicAuthHeader_test.go", None, False),
    "pp/jwt": ("pkg/postprocess/jwt_test.go", None, False),
    "pp/pem": ("pkg/postprocess/pem_test.go", None, False),
}
_TEXT_FIELDS = ("MatchValue", "LineValue", "lineValue", "testPD", "password")
_GO_STRING = r'"(?:[^"\\\n]|\\.)*"|`[^`]*`'
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "'": "'", "r": "\r"}


def _go_string(lit: str) -> str:
    """The value of a Go string literal (interpreted ``"..."`` or raw backquoted)."""
    if lit.startswith("`"):
        return lit[1:-1]

    def esc(m: re.Match[str]) -> str:
        e = m.group(1)
        return chr(int(e[1:], 16)) if e.startswith("u") else _ESCAPES[e]

    return re.sub(r"\\(u[0-9a-fA-F]{4}|.)", esc, lit[1:-1])


def _blocks(source: str) -> list[str]:
    """The innermost ``{...}`` composite literals of a table test (one test case each)."""
    out, stack = [], []
    for m in re.finditer(_GO_STRING + r"|[{}]", source):
        tok = m.group()
        if tok == "{":
            stack.append((m.end(), len(out)))
        elif tok == "}" and stack:
            start, seen = stack.pop()
            body = source[start : m.start()]
            if len(out) == seen and re.search(r"\b(?:true|false)\b", body):
                out.append(body)
    return out


def _case(body: str, verdict: str | None, negate: bool) -> tuple[str, bool] | None:
    """``(text, is_secret)`` of one test case, or None when it holds no test string."""
    if verdict is None:  # positional {name, text, isSecret}
        byte_list = re.search(r"\[\]byte\{([\d,\s]+)\}", body)
        strings = re.findall(_GO_STRING, body)
        if byte_list:
            text = bytes(int(b) for b in byte_list.group(1).replace(",", " ").split()).decode()
        elif len(strings) >= 2:
            text = _go_string(strings[1])
        else:
            return None
        flag = re.findall(r"\b(true|false)\b", body)[-1] == "true"
        return text, flag
    field = re.search(rf"\b({'|'.join(_TEXT_FIELDS)}):\s*({_GO_STRING})", body)
    want = re.search(rf"\b{verdict}:\s*(true|false)", body)
    if not field or not want:
        return None
    skipped = want.group(1) == "true"
    return _go_string(field.group(2)), (not skipped) if negate else skipped


_PEM = re.compile(
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----(?:.*?-----END [A-Z ]*PRIVATE KEY-----)?", re.S
)
_JWT = re.compile(r"\beyJ[\w-]+\.[\w-]+\.[\w-]+")
_BASIC = re.compile(r"\bBasic\s+([A-Za-z0-9+/]+=*)")
_XML = re.compile(r"<(\w+)>([^<]+)</\1>")
_QUOTED_END = re.compile(r"""[:=]\s*(["'])(.+?)\1\s*[,;]?\s*$""")
_ASSIGN = re.compile(r"""^[\w."'\s-]*?[\w"']\s*[:=]\s*(\S.*?)\s*[,;]?\s*$""")


def value_span(text: str) -> tuple[int, int] | None:
    """Span of the credential a kept finding's text holds, or None (see the module doc)."""
    for pattern, group in ((_PEM, 0), (_JWT, 0), (_BASIC, 1), (_XML, 2), (_QUOTED_END, 2)):
        m = pattern.search(text)
        if m:
            return m.span(group)
    m = _ASSIGN.match(text)
    if not m:
        return None
    start, end = m.span(1)
    if text[start] in "\"'" and text[end - 1] == text[start] and end - start > 1:
        start, end = start + 1, end - 1
    return start, end


def cases(git_dir: str, commit: str) -> list[tuple[str, str, bool]]:
    """``(id prefix, text, is_secret)`` of every usable case, in file order, deduplicated."""
    raw: list[tuple[str, str, bool]] = []
    for prefix, (path, verdict, negate) in _FILES.items():
        source = git(git_dir, "show", f"{commit}:{path}").split("\nfunc Test_falsePositiveIncl")[0]
        for body in _blocks(source):
            if prefix == "pp/jwt" and "expiration" in body:
                continue  # decided by the exp claim against today's clock, not by the text
            found = _case(body, verdict, negate)
            if found is not None:
                raw.append((prefix, *found))
    both = {t for _, t, s in raw if s} & {t for _, t, s in raw if not s}
    out, seen = [], set()
    for prefix, text, secret in raw:
        key = (text, secret)
        if text in both or key in seen or (secret and value_span(text) is None):
            continue
        seen.add(key)
        out.append((prefix, text, secret))
    return out


def main() -> None:
    git_dir, commit = sys.argv[1], sys.argv[2]
    counts: dict[str, int] = {}
    for prefix, text, secret in cases(git_dir, commit):
        counts[prefix] = counts.get(prefix, 0) + 1
        spans = [value_span(text)] if secret else []
        group = text[spans[0][0] : spans[0][1]] if spans else text.strip()
        path = _FILES[prefix][0]
        rid = f"eb-{prefix.split('/')[1]}-{counts[prefix]}"
        print(file_record(rid, text, spans, f"earlybird.{group}", path))  # type: ignore[list-item]


if __name__ == "__main__":
    main()
