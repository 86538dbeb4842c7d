"""Build ``assistant_sessions.jsonl`` from coding-assistant chat histories committed in public
repositories (see README.md beside this script).

Usage::

    python build_assistant_sessions.py MIRRORS > assistant_sessions.jsonl
    python build_assistant_sessions.py MIRRORS --train > assistant_sessions_train.jsonl

``--train`` builds the tuning-only companion ``assistant_sessions_train`` from
``sources_train.json`` (other repositories: Claude Code and non-English Cursor sessions) with
``labels_train.json``; every record of it is split ``dev``, so nothing of it is held out.

``MIRRORS`` is a directory holding one git repository (bare, mirror or normal clone) per source,
named ``<owner>+<name>`` (or ``<owner>+<name>/repo``); every file is read with ``git show
COMMIT:PATH`` at the commit pinned in :data:`SOURCES`, and its blob is checked against the pinned
md5 prefix, so a rebuild is byte-for-byte or fails.

Two history formats:

- **SpecStory** (``.specstory/history/*.md``, written by the SpecStory extension for Cursor,
  VS Code Copilot and Claude Code): sections open with ``_**User**_``, ``_**Assistant**_`` or
  ``_**Agent (model ...)**_`` lines; within an assistant section, ``---`` lines separate the
  reply from each tool call (Cursor) and each ``_**Agent**_`` line opens a new turn (Claude
  Code). A chunk opening with a tool block (``<details>``, ``<tool-use``, ``Read file:``, a
  fenced block of output) is a ``tool`` message, other assistant chunks ``assistant``.
- **aider** (``.aider.chat.history.md``): a ``#### `` line is a user message (consecutive ones
  join), the text up to the next one the assistant's reply; ``> `` lines (aider's own terminal
  output: model warnings, API errors, "Applied edit") and ``# aider chat started`` headers are
  dropped, as in ``coding_chat``.

A message is cut after the last whole line before :data:`MAX_CHARS`; messages under 3 characters
and exact repeats of an earlier message are dropped; at most :data:`PER_FILE` messages are kept
from each history file (its first ones) and :data:`PER_REPO` from each repository (files in path
order), so no single project dominates. ``split``: SHA-256 of ``repo:path`` of the history file,
``heldout`` below 30 of 100 buckets (whole sessions land on one side). Gold spans come from
``labels.json`` (hand labels, README "PII review"): every occurrence of a listed value in the
listed message, or for ``_everywhere`` values in any message.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

# the labelled-value matcher the agent_trajectories builder uses (same label file format)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "agent_trajectories"))
from convert_trajectories import gold_spans  # noqa: E402

MAX_CHARS = 4000
PER_FILE = 40
PER_REPO = 420
HELDOUT_PERCENT = 30
HERE = Path(__file__).resolve().parent

# repo -> (licence, [(commit, path, md5 prefix of the blob), ...]); filled by ``--pin``
Sources = dict[str, tuple[str, list[tuple[str, str, str]]]]
SOURCES: Sources = json.loads((HERE / "sources.json").read_text(encoding="utf-8"))["sources"]
TRAIN_SOURCES: Sources = json.loads((HERE / "sources_train.json").read_text(encoding="utf-8"))[
    "sources"
]

_SPEC_HEAD = re.compile(r"^_\*\*(User|Assistant|Agent)\b[^\n]*\*\*_[ \t]*$", re.M)
_TOOL_OPEN = re.compile(r"^(<details|<tool-use|<think|Read file:|Tool use:|```|\|)")
_SEP = re.compile(r"^---[ \t]*$", re.M)


def cut(text: str) -> str:
    """``text`` without outer blanks, at most MAX_CHARS long (cut after a whole line)."""
    text = text.strip()
    if len(text) <= MAX_CHARS:
        return text
    head = text[:MAX_CHARS]
    return head[: head.rfind("\n")].rstrip() if "\n" in head else head


def specstory_messages(doc: str) -> Iterator[tuple[str, str]]:
    """(role, text) per message of a SpecStory history file."""
    heads = list(_SPEC_HEAD.finditer(doc))
    for n, head in enumerate(heads):
        end = heads[n + 1].start() if n + 1 < len(heads) else len(doc)
        body = doc[head.end() : end]
        if head.group(1) == "User":
            text = _SEP.sub("", body).strip()
            if text:
                yield "user", text
            continue
        for chunk in _SEP.split(body):
            chunk = chunk.strip()
            if chunk:
                yield ("tool" if _TOOL_OPEN.match(chunk) else "assistant"), chunk


def aider_messages(doc: str) -> Iterator[tuple[str, str]]:
    """(role, text) per message of an aider chat history file."""
    role, lines = None, []
    for line in doc.splitlines():
        if line.startswith("#### "):
            if role == "assistant":
                yield role, "\n".join(lines)
                lines = []
            if role is None:
                lines = []
            role = "user"
            lines.append(line[5:].rstrip())
            continue
        if line.startswith("# aider chat started") or line.startswith(">"):
            if line.startswith("# aider chat started") and role:
                yield role, "\n".join(lines)
                role, lines = None, []
            continue
        if role == "user":
            yield role, "\n".join(lines)
            role, lines = "assistant", []
        if role == "assistant":
            lines.append(line)
    if role:
        yield role, "\n".join(lines)


def split_of(repo: str, path: str) -> str:
    bucket = int(hashlib.sha256(f"{repo}:{path}".encode()).hexdigest()[:8], 16) % 100
    return "heldout" if bucket < HELDOUT_PERCENT else "dev"


def _git_dir(mirrors: Path, repo: str) -> Path:
    base = mirrors / repo.replace("/", "+")
    return base / "repo" if (base / "repo").exists() else base


def read_blob(mirrors: Path, repo: str, commit: str, path: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", str(_git_dir(mirrors, repo)), "show", f"{commit}:{path}"],
        check=True,
        capture_output=True,
    ).stdout


def _slug(repo: str) -> str:
    return repo.split("/")[1].lower().replace("_", "-").replace(".", "-")


def records(mirrors: Path, labels: dict[str, list], train: bool = False) -> Iterator[dict]:
    seen: set[str] = set()
    everywhere = labels.get("_everywhere", [])
    for repo, (_licence, files) in (TRAIN_SOURCES if train else SOURCES).items():
        kept_repo = 0
        for commit, path, md5 in sorted(files, key=lambda f: f[1]):
            blob = read_blob(mirrors, repo, commit, path)
            if not hashlib.md5(blob).hexdigest().startswith(md5):
                raise ValueError(f"{repo}:{path}@{commit}: blob changed")
            doc = blob.decode("utf-8").replace("\r\n", "\n")
            parse = (
                aider_messages if path.endswith(".aider.chat.history.md") else specstory_messages
            )
            fid = hashlib.sha256(f"{repo}:{path}".encode()).hexdigest()[:8]
            kept_file = 0
            for role, raw in parse(doc):
                if kept_file >= PER_FILE or kept_repo >= PER_REPO:
                    break
                text = cut(raw)
                if len(text) < 3 or text in seen:
                    continue
                seen.add(text)
                kept_file += 1
                kept_repo += 1
                rid = f"{_slug(repo)}-{fid}-{kept_file}"
                yield {
                    "id": rid,
                    "role": role,
                    "source": repo,
                    "source_file": path,
                    "split": "dev" if train else split_of(repo, path),
                    "text": text,
                    "gold": gold_spans(text, labels.get(rid, []), everywhere),
                }


def main(argv: list[str]) -> None:
    train = "--train" in argv[2:]
    name = "labels_train.json" if train else "labels.json"
    labels = json.loads((HERE / name).read_text(encoding="utf-8"))
    labels = {k: v for k, v in labels.items() if not k.startswith("_") or k == "_everywhere"}
    for rec in records(Path(argv[1]), labels, train):
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
