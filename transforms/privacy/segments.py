"""Split a message into prose and code so NER only ever reads natural language.

Kept as one module: the line patterns and the region walk that applies them are one algorithm.

Code here means what a language model should not read as English: fenced blocks (```` ``` ````
/ ``~~~``, unclosed fences run to the end), inline ```code```, indented blocks, unified diffs,
stack traces (JS ``at f (file:1:2)``, Python tracebacks), tool and log output (``npm ERR!``,
``error TS2304:``, ``$ npm run dev``, timestamped or ``[vite]`` lines), lines that look like
source (``const x = ...;``, ``import``, JSX tags, ``KEY=value``), URLs and file paths in prose
lines. Prose is the rest, as pieces with offsets. A quote, list item or table row is classed by
its content, its marker masked or kept (:mod:`~transforms.privacy.line_markers`).
:func:`ner_view` builds the string NER reads: prose pieces joined with a sentence-breaking
separator and an offset map back, so an entity never stretches across a masked gap.
"""

from __future__ import annotations

import bisect
import contextlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from transforms.privacy.line_markers import (
    bullet_body,
    decorated_lines,
    prose_semicolon,
    quote_marker,
    table_row_regions,
    without_parentheticals,
)

# A closing fence may have prose after it on the same line ("``` Can you also ..."): the region
# ends at the fence, the rest of the line is prose again.
_FENCE = re.compile(r"(?m)^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]*\1(?=[ \t]|$)|\Z)")
_INLINE_CODE = re.compile(r"`[^`\n]+`")
_URLISH = re.compile(
    r"\b[a-z][a-z0-9+.\-]{0,31}://\S+"  # URLs and connection strings (scheme bounded: linear)
    r"|(?<![\w@.\-])(?:\.{0,2}/)?(?:[\w.\-@]+/)+[\w.\-]+"  # paths: src/app/page.tsx, @scope/pkg
    r"|(?<![\w\-])[\w\-]+\.(?:tsx?|jsx?|mjs|cjs|py|json|css|scss|html|md|ya?ml|toml|env|lock|sql|sh|vue|svelte)\b"
    r"|\b[a-z]+[A-Z]\w*\b|\b\w+_\w+\b|\b\w+\(\)"  # camelCase, snake_case, call()
)
_DIFF_HEADER = re.compile(
    r"^(?:diff --git |index [0-9a-f]{6,}|--- (?:a/|/dev/null|\S+\.\w+)"
    r"|\+\+\+ (?:b/|\S+\.\w+)|@@ -\d"
    r"|\d+(?:,\d+)?[acd]\d+(?:,\d+)?\s*$)"  # a normal diff's hunk ("3c3"): "<"/">" lines follow
)
_CODE_START = re.compile(
    r"^\s*(?:import\s+[\w{*'\"]|from\s+[\w.]+\s+import\b|export\s+(?:default|const|function|"
    r"async|class|type|interface|\{)|(?:async\s+)?function[\s*(]|"
    r"(?:const|let|var)\s+(?:mut\s+)?(?:[{\[]|[\w$]+\s*(?:[=;:,]|$))|"
    r"def\s+\w+\(|class\s+\w+[\s(:{<]|return\b|await\s|#include|#!|@\w+[.(]|</?[A-Za-z][\w.]*[\s/>]|"
    r"[}\])]|\.\.\.(?:[\w$\[{(]|\s*$)|if\s*\(|for\s*\(|while\s*\(|try\s*[:{]|except\b|elif\b|else\s*[:{]|"
    # SQL only in SQL's shape: a headline "UPDATE 1-Cricket-..." or "DROP everything" is prose.
    r"SELECT\s+(?:\*|DISTINCT\b|COUNT\(|[\w.\"]+\s*(?:,|$|FROM\b|AS\b))|SELECT\s*$|INSERT\s+INTO\b|"
    r"UPDATE\s+[\w.\"]+\s+SET\b|DELETE\s+FROM\b|(?:CREATE|ALTER|DROP)\s+(?:OR\s+REPLACE\s+|"
    r"UNIQUE\s+|TEMP(?:ORARY)?\s+|MATERIALIZED\s+)?(?:TABLE|INDEX|VIEW|DATABASE|SCHEMA|FUNCTION|"
    r"TRIGGER|EXTENSION|POLICY|TYPE|SEQUENCE|PROCEDURE|ROLE|USER|COLUMN)\b|WITH\s\w+\sAS|"
    r"\"[\w\-.]+\"\s*:|[A-Z][A-Z0-9_]{2,}=|[\w.]+\s*=\s*[\w\[{(\"'`]|[\w.]+\(.*\)\s*;?$)"
)
# A trailing ")" or "," ends plenty of prose lines; only code-only endings count, and a sad
# emoticon (":(", ": (", ":'(") ends social-media prose.
_CODE_END = re.compile(r"(?:[;{}\[]|(?<![:;'] )(?<![:;'])\(|=>|\):|\)\s*\{)\s*$")
# "::" only as a path separator (std::io, Foo::Bar, a[::2]); " :: " separates prose.
_CODE_TOKENS = re.compile(
    r"=>|===|!==|&&|\|\||(?<=[\w>\[])::(?=[\w<*{\d\]])|->|</|/>|\(\);|\(\{|\}\)|\+=|=\{|\w\.\w+\("
)
_LOG_LINE = re.compile(
    r"^\s*(?:npm (?:ERR!|WARN|error|warn)|yarn (?:error|warn)|error(?: TS\d+)?:|warning:|"
    r"(?:ERROR|WARN|WARNING|INFO|DEBUG|FATAL|TRACE)\b|\d{4}-\d{2}-\d{2}[T ]\d|"
    r"\d{2}:\d{2}:\d{2}|at\s+\S+\s+\(|at\s+\S+:\d+|at\s+(?:async\s+)?[\w.$<>]+\s*$|"
    r"File \".*\", line \d+|Traceback \(most recent call last\)|"
    r"[\w.]*(?:Error|Exception)(?::|\s*\[|$)|"
    r"\^+\s*$|[$>]\s+(?:npm|npx|yarn|pnpm|pip|python|node|git|cd|ls|docker|curl|supabase|vercel|bun)\b|"
    # npm's script banner ("> my-app@0.1.0 dev") and Gradle's task lines ("> Task :app:build")
    r">\s+[\w@/.\-]+@\d+\.\d+\.\d+|>\s+Task\s+:|"
    r"[>E] {3,}\S|"  # pytest's failing line and error lines (">       assert x", "E       ...")
    r"\S+\.\w+:\d+(?::\d+)?|(?:Compiled|Failed to compile|Module not found|Build error|"
    r"Type error:|SyntaxError|Uncaught))"
)
# A bracketed tag opening a line: a log prefix ("[vite]", "[INFO]", "[12:01:03]") or a news
# source ("[ Reuters ] ..."). The tag is masked; the rest of the line is classed on its own.
_LOG_TAG = re.compile(r"^\s*\[[\w\s:.\-/@]+\]")
# Emoticons (":)", ":-(", ";P", "<3") are social-media prose, not code symbols.
_EMOTICON = re.compile(
    r"(?<![\w)\]}])(?:[:;=][\-'^]?[ ]?[()\[\]DPpOo3/\\|]+|(?:<|&lt;)[ ]?3|\)+)(?!\S)"
)
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+[A-Za-z]")
_SYMBOLS = frozenset("{}[]()<>;=_$\\|&")
# hiragana and katakana letters, and the CJK comma / full stop and full-width ，；！？ of Chinese
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u31f0-\u31ff\u3001\u3002\uff0c\uff1b\uff01\uff1f]")


# A sentence that opens with a keyword ("return the keys to Ana Lima tomorrow", "import the
# contacts from …", "class with Tom at noon"): five or more plain words, no code punctuation.
_KEYWORD_SENTENCE = re.compile(r"(?:return|import|class|await)(?: [A-Za-z][A-Za-z'’-]*){4,}[.!?]?")


def _is_code_line(line: str, prev_code: bool) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if _LOG_LINE.match(line) or (
        _CODE_START.match(line) and not _KEYWORD_SENTENCE.fullmatch(stripped)
    ):
        return True
    if (line.startswith(("    ", "\t")) and not _BULLET.match(line)) and (
        prev_code or " " not in stripped
    ):
        return True
    # a list item is prose or code by its content, not its marker ("* Ana Lima (Lisbon)")
    stripped = bullet_body(stripped)
    if _CODE_TOKENS.search(stripped):
        return True
    if "(" in stripped or ")" in stripped or ":" in stripped or "3" in stripped:
        stripped = _EMOTICON.sub(" ", stripped).strip()
        if not stripped:
            return False
    if _CODE_END.search(without_parentheticals(stripped, False)) and not prose_semicolon(stripped):
        return True
    # Japanese and Chinese write no spaces: "合計2.6テラバイト…" (kana), "面積3354.7平方公里。" are
    # sentences, not dotted tokens
    if (
        " " not in stripped
        and len(stripped) > 2
        and any(c in stripped for c in "/.=_:")
        and not _KANA.search(stripped)
    ):
        return not stripped.rstrip(":.!?").isalpha()  # "Changes:" is a heading, not code
    plain = without_parentheticals(stripped, True)
    return sum(map(_SYMBOLS.__contains__, plain)) / len(stripped) > 0.08


def code_regions(text: str) -> list[tuple[int, int]]:
    """Sorted, merged ``(start, end)`` ranges of ``text`` that are code, logs or diffs."""
    regions: list[tuple[int, int]] = []
    decorated = decorated_lines(text)  # "}}Ana Lima", "??? Acme Inc." (``line_markers``)
    fences = (
        [(m.start(), m.end()) for m in _FENCE.finditer(text)]
        if "``" in text or "~~~" in text
        else []
    )
    fence_i = 0
    pos = 0
    n = len(text)
    prev_code = False
    in_diff = False
    in_traceback = False
    last_code_end = -2  # end of the last line that was code as a whole
    while pos < n:
        if fence_i < len(fences) and fences[fence_i][0] <= pos:
            start, end = fences[fence_i]
            regions.append((start, end))
            pos = max(pos, end)
            fence_i += 1
            prev_code = True
            continue
        # the line right before is code as a whole (a shell command, a prompt's continuation)
        after_code = last_code_end == pos - 1
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl
        if fence_i < len(fences) and fences[fence_i][0] < end:
            end = fences[fence_i][0]
        line = text[pos:end]
        if in_diff and line[:1] in ("+", "-", " ", "@", "\\", "<", ">") and line.strip():
            is_code = True
        elif _DIFF_HEADER.match(line):
            in_diff = is_code = True
        elif in_traceback and (line.startswith((" ", "\t")) or not line.strip()):
            is_code = bool(line.strip())
        else:
            in_diff = False
            if line.startswith("Traceback (most recent call last)"):
                in_traceback = True
            elif in_traceback:
                in_traceback = False  # the final "XError: message" line ends it
                is_code = True
                tail = _prose_tail(line)
                regions.append((pos, end if tail is None else pos + tail))
                if tail is not None:
                    regions.extend(_inline_code(text, pos + tail, end))
                prev_code = True
                pos = end + 1 if nl != -1 and end == nl else end
                continue
            # A reply quote is masked and the rest classed on its own ("> Hi Tom,", ">Esat
            # Jeknić"); after a code line it is a shell or REPL continuation prompt instead.
            quote = (
                0
                if after_code or _LOG_LINE.match(line)
                else quote_marker(line) or decorated.get(pos, 0)
            )
            if quote:
                regions.append((pos, pos + quote))
                pos += quote
                line = line[quote:]
            cells = None if after_code else table_row_regions(line, _is_cell_code)
            if cells is not None:  # a markdown table row: pipes and code cells masked
                regions.extend((pos + a, pos + b) for a, b in cells)
                regions.extend(_inline_code(text, pos, end))
                pos = end + 1 if nl != -1 and end == nl else end
                continue
            tag = _LOG_TAG.match(line)
            if tag and line[tag.end() :].strip() and not _is_code_line(line[tag.end() :], True):
                regions.append((pos, pos + tag.end()))
                regions.extend(_inline_code(text, pos + tag.end(), end))
                prev_code = True
                pos = end + 1 if nl != -1 and end == nl else end
                continue
            is_code = tag is not None or _is_code_line(line, prev_code)
        if is_code:
            tail = _prose_tail(line) if _LOG_LINE.match(line) else None
            if tail is None:
                regions.append((pos, end))
                last_code_end = end
            else:  # "TypeError: x (reading 'map') We're based in Lisbon, ..." on one line
                regions.append((pos, pos + tail))
                regions.extend(_inline_code(text, pos + tail, end))
        elif line.strip():
            regions.extend(_inline_code(text, pos, end))
        prev_code = is_code if line.strip() else prev_code
        pos = end + 1 if nl != -1 and end == nl else end
    return _merge(regions)


def _is_cell_code(cell: str) -> bool:
    return _is_code_line(cell.strip(), False)


_PROSE_TAIL = re.compile(r"(?<=[)\]'\"`.!?])\s+(?=(?:[A-Z][a-z']*|I)\s+[a-z']+\s+[a-z']+\b)")


def _prose_tail(line: str) -> int | None:
    """Offset where an English sentence starts after an error/log message on the same line."""
    for m in _PROSE_TAIL.finditer(line):
        rest = line[m.end() :]
        symbols = sum(map(_SYMBOLS.__contains__, rest))
        if len(rest.split()) >= 4 and symbols / max(1, len(rest)) < 0.03:
            return m.end()
    return None


# Starts only where a run of local-part characters starts, so a long run without "@" is one scan.
_EMAILISH = re.compile(r"(?<![\w.+%-])[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")
# A Lotus Notes address ("Rudwell Johnson/ENRON@enronXgate", "Kay Mann/HOU/ECT@ECT") is a name
# and an organisation path, not a file path: the surname stays prose.
_NOTES_SURNAME = re.compile(r"[A-Z][a-z'\-]+(?=/[A-Z][\w&\-]*(?:/[\w&\-]+)*@)")


def _inline_code(text: str, start: int, end: int) -> list[tuple[int, int]]:
    line = text[start:end]
    out = [(start + m.start(), start + m.end()) for m in _INLINE_CODE.finditer(line)]
    # Email addresses stay readable prose ("Fenna Fontaine (fenna_f@x.io)" is a name cue).
    emails = [(m.start(), m.end()) for m in _EMAILISH.finditer(line)] if "@" in line else []
    for m in _URLISH.finditer(line):
        if not any(a <= m.start() < b for a, b in emails):
            notes = _NOTES_SURNAME.match(line, m.start()) if "@" in line else None
            out.append((start + (notes.end() if notes else m.start()), start + m.end()))
    return out


def _merge(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    regions.sort()
    merged: list[tuple[int, int]] = []
    for s, e in regions:
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


_HAS_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]{2}")


def prose_pieces(text: str, word: re.Pattern[str] = _HAS_WORD) -> list[tuple[int, int]]:
    """``(start, end)`` ranges of prose (the complement of :func:`code_regions`), trimmed, that
    hold a match of ``word`` (two Latin letters by default)."""
    pieces = []
    pos = 0
    for s, e in [*code_regions(text), (len(text), len(text))]:
        if s > pos:
            a, b = pos, s
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a and word.search(text, a, b):
                pieces.append((a, b))
        pos = max(pos, e)
    return pieces


# Joins prose pieces: a paragraph break, so NER sees separate sentences, never one entity.
SEPARATOR = "\n\n"


@dataclass(frozen=True)
class NerView:
    """The prose-only string NER reads, plus the map from its offsets to the original's."""

    text: str
    view_starts: tuple[int, ...]  # start of each piece in ``text``
    orig_starts: tuple[int, ...]  # start of the same piece in the original message
    lengths: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int] | None:
        """Map a view span back; a span crossing pieces is clipped to its largest piece."""
        i = bisect.bisect_right(self.view_starts, start) - 1
        j = bisect.bisect_right(self.view_starts, max(start, end - 1)) - 1
        best = None
        for k in range(max(i, 0), j + 1):
            a = max(start, self.view_starts[k])
            b = min(end, self.view_starts[k] + self.lengths[k])
            if b > a and (best is None or b - a > best[2]):
                best = (a, b, b - a, k)
        if best is None:
            return None
        a, b, _, k = best
        shift = self.orig_starts[k] - self.view_starts[k]
        return a + shift, b + shift


# A full stop after a lone capital ("Soib K. Kishiev", "Mr. Smith" aside) is an initial, not a
# sentence end; nor is a stop inside a token ("john.doe@enron.com", "713.837.1638", "e.g."):
# without that a name before an address lost its initial ("Michael J." | "McDermott ...").
# Likewise after a title or place abbreviation before a capital ("Mr. Lay", "Carol St. Clair",
# "Ft. Worth"; abbreviations that stand before a name, AP Stylebook "Abbreviations and acronyms").
_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Ft", "Mt", "Gen", "Sen", "Rep", "Gov", "Lt")
_TITLE_STOP = "|".join(rf"(?<=\b{t})" for t in _TITLES)
_SENTENCE = re.compile(
    r"(?:[^.!?\n]|[.!?]+(?=[^\s.!?])|(?:(?<=\b[A-Z])|" + _TITLE_STOP + r")\.(?=[ \t]+[A-Z]))+"
    r"(?:[.!?]+(?=\s|$)|$)|[^\n]+",
    re.MULTILINE,
)


# Bounds of recently split texts, per process: the NER pass and most post-steps split the same
# whole text again (about eight times per message). Bounded: oldest entries go first.
SENTENCE_CACHE_TEXTS = 4_096
_sentence_cache: dict[tuple[str, int, int], tuple[tuple[int, int], ...]] = {}


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the sentences in ``text[start:end]`` (split at . ! ? and newlines)."""
    key = (text, start, end)
    found = _sentence_cache.get(key)
    if found is None:
        found = tuple(_split_sentences(text, start, end))
        if len(_sentence_cache) >= SENTENCE_CACHE_TEXTS:
            # another thread may evict at the same time: losing that race is harmless
            with contextlib.suppress(KeyError, RuntimeError, StopIteration):
                del _sentence_cache[next(iter(_sentence_cache))]
        _sentence_cache[key] = found
    return iter(found)


def _split_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for m in _SENTENCE.finditer(text, start, end):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            yield a, b


def split_view(view: NerView, max_chars: int) -> list[NerView]:
    """Cut a long view into views of at most ``max_chars`` (spaCy has a length limit)."""
    if len(view.text) <= max_chars:
        return [view]
    pieces: list[tuple[int, int, int]] = []  # (view start, original start, length)
    for v, o, n in zip(view.view_starts, view.orig_starts, view.lengths, strict=True):
        pieces.extend((v + k, o + k, min(max_chars, n - k)) for k in range(0, n, max_chars))
    groups: list[list[tuple[int, int, int]]] = []
    size = 0
    for piece in pieces:
        if groups and groups[-1] and size + len(SEPARATOR) + piece[2] <= max_chars:
            groups[-1].append(piece)
            size += len(SEPARATOR) + piece[2]
        else:
            groups.append([piece])
            size = piece[2]
    views = []
    for group in groups:
        parts, starts, cursor = [], [], 0
        for v, _, n in group:
            if parts:
                parts.append(SEPARATOR)
                cursor += len(SEPARATOR)
            starts.append(cursor)
            parts.append(view.text[v : v + n])
            cursor += n
        views.append(
            NerView(
                "".join(parts),
                tuple(starts),
                tuple(o for _, o, _ in group),
                tuple(n for _, _, n in group),
            )
        )
    return views


def ner_view(
    text: str,
    keep: Callable[[str], bool] | None = None,
    pieces: list[tuple[int, int]] | None = None,
) -> NerView:
    """Prose pieces of ``text`` joined by :data:`SEPARATOR`, with the offset map.

    With ``keep``, pieces are cut into sentences and only sentences for which ``keep``
    returns true go into the view (so NER reads less text). ``pieces`` reuses a
    :func:`prose_pieces` result.
    """
    parts, view_starts, orig_starts, lengths = [], [], [], []
    cursor = 0
    if pieces is None:
        pieces = prose_pieces(text)
    if keep is not None:
        pieces = [
            (a, b) for p0, p1 in pieces for a, b in sentences(text, p0, p1) if keep(text[a:b])
        ]
    for a, b in pieces:
        if parts:
            parts.append(SEPARATOR)
            cursor += len(SEPARATOR)
        view_starts.append(cursor)
        orig_starts.append(a)
        lengths.append(b - a)
        parts.append(text[a:b])
        cursor += b - a
    return NerView("".join(parts), tuple(view_starts), tuple(orig_starts), tuple(lengths))
