"""Unified diffs the assistant's code edits produce: new files, one-hunk changes, fixes."""

from __future__ import annotations

import random
from dataclasses import dataclass

from transforms.simulator import pii
from transforms.simulator.codegen.context import AppContext, ErrorCase, fill
from transforms.simulator.codegen.snippets import snippet
from transforms.simulator.labelled_text import LabelledText


@dataclass
class Diff:
    text: LabelledText
    added: int
    removed: int


def _git_header(rng: random.Random, path: str, new: bool) -> str:
    a, b = pii.git_sha(rng, True), pii.git_sha(rng, True)
    if new:
        return (
            f"diff --git a/{path} b/{path}\nnew file mode 100644\nindex 0000000..{b}\n"
            f"--- /dev/null\n+++ b/{path}\n"
        )
    return f"diff --git a/{path} b/{path}\nindex {a}..{b} 100644\n--- a/{path}\n+++ b/{path}\n"


def new_file_diff(rng: random.Random, path: str, lines: list[str] | LabelledText) -> Diff:
    """A diff creating ``path``; ``lines`` may be a labelled text (e.g. a ``.env`` with secrets)."""
    out = LabelledText(_git_header(rng, path, new=True))
    if isinstance(lines, LabelledText):
        body_lines = lines.text().split("\n")
        out.add(f"@@ -0,0 +1,{len(body_lines)} @@\n")
        # Prefix each line with "+": every offset shifts by one per line start before it; a
        # multi-line value (a PEM key) now contains the "+" markers, so re-read it from the text.
        text = lines.text()
        starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        plus = "\n".join("+" + ln for ln in body_lines) + "\n"
        shifted = LabelledText(plus)
        for s, e, t, _ in lines.spans:
            ns, ne = s + _line_of(starts, s) + 1, e + _line_of(starts, e - 1) + 1
            shifted.spans.append((ns, ne, t, plus[ns:ne]))
        out.extend(shifted)
        return Diff(out, len(body_lines), 0)
    out.add(f"@@ -0,0 +1,{len(lines)} @@\n")
    out.add("".join(f"+{ln}\n" for ln in lines))
    return Diff(out, len(lines), 0)


def _line_of(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def modify_diff(
    rng: random.Random,
    path: str,
    lines: list[str],
    at: int,
    remove: int,
    insert: list[str],
    context: int = 3,
) -> Diff:
    """One hunk replacing ``lines[at:at+remove]`` with ``insert`` (3 lines of context)."""
    at = max(0, min(at, len(lines)))
    remove = min(remove, len(lines) - at)
    lo, hi = max(0, at - context), min(len(lines), at + remove + context)
    before, old, after = lines[lo:at], lines[at : at + remove], lines[at + remove : hi]
    old_len = len(before) + len(old) + len(after)
    new_len = len(before) + len(insert) + len(after)
    out = [_git_header(rng, path, new=False), f"@@ -{lo + 1},{old_len} +{lo + 1},{new_len} @@\n"]
    out.extend(f" {ln}\n" for ln in before)
    out.extend(f"-{ln}\n" for ln in old)
    out.extend(f"+{ln}\n" for ln in insert)
    out.extend(f" {ln}\n" for ln in after)
    return Diff(LabelledText("".join(out)), len(insert), len(old))


FEATURE_INSERTS = (
    ["  const [open, setOpen] = useState(false);"],
    [
        "  // keep the list in sync with the server",
        '  const { data } = useSWR("/api/$table", fetcher);',
    ],
    ["      <$component />"],
    ['import { $component } from "@/components/$component";'],
    ['  if (!$table.length) return <EmptyState label="No $table yet" />;'],
    ["    .range(page * 20, page * 20 + 19)"],
    ['        <button onClick={() => exportCsv($table)} className="btn">Export CSV</button>'],
    ["  $field3: $type3;"],
)


def feature_edit(rng: random.Random, ctx: AppContext) -> tuple[str, Diff]:
    """A code edit for a feature turn: a new file or an insertion into an existing one."""
    snip = snippet(rng, ctx)
    if rng.random() < 0.45:
        return snip.path, new_file_diff(rng, snip.path, snip.lines)
    insert = [fill(x, ctx.slots()) for x in rng.choice(FEATURE_INSERTS)]
    if rng.random() < 0.3:
        insert = insert + [fill(x, ctx.slots()) for x in rng.choice(FEATURE_INSERTS)]
    at = rng.randrange(1, max(2, len(snip.lines) - 1))
    return snip.path, modify_diff(rng, snip.path, snip.lines, at, rng.choice((0, 0, 1, 2)), insert)


def env_file_diff(rng: random.Random, env: LabelledText, path: str = ".env.local") -> Diff:
    return new_file_diff(rng, path, env)


def fix_edit(rng: random.Random, err: ErrorCase, ctx: AppContext, good: bool = True) -> Diff:
    """The diff for a fix attempt: the real fix, or (``good=False``) a plausible wrong guess."""
    snip = snippet(rng, ctx)
    lines = snip.lines
    at = rng.randrange(1, max(2, len(lines) - 2))
    new = err.fix_new if good else [ln + "  // TODO" for ln in err.fix_old]
    ctx_lines = lines[:at] + err.fix_old + lines[at:]
    return modify_diff(rng, err.fix_path, ctx_lines, at, len(err.fix_old), new)
