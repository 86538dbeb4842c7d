"""Convert published coding-agent trajectories to this folder's JSONL (see README.md).

Usage::

    python convert_trajectories.py SWE_AGENT_DIR OPENHANDS_DIR MINI_SWE_AGENT_DIR \
        > agent_trajectories.jsonl

Each directory is a checkout (or ``git archive``) of the upstream repository at the commit named in
the README. One record per message: the task/issue text the user gave (``user``), each agent turn
(its thought plus the command or edit it issued, ``assistant``) and each tool result (``tool``).
System prompts, in-context demonstrations and bookkeeping events are skipped; a message longer than
:data:`MAX_CHARS` is cut at the last line break before that length; messages shorter than 3
characters and exact repeats of an earlier message are dropped. Gold spans come from
``labels.json`` beside this script (hand-made, see README): every occurrence of a listed value in
the listed message (or, for ``_everywhere`` values, in any message) becomes a ``[start, end, TYPE]``
span.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

MAX_CHARS = 4000
HERE = Path(__file__).resolve().parent

# SWE-agent: one trajectory per distinct task (the marshmallow-1867 demonstration is stored in
# seven replays of the same run; one is taken)
SWE_AGENT_FILES = [
    "trajectories/demonstrations/function_calling_simple.traj",
    "trajectories/demonstrations/human_thought__swe-bench-HumanEvalFix-python__lcb__t-0.00__p-0.95"
    "__c-4.00__install-0/humanevalfix-python-0.traj",
    "trajectories/demonstrations/replay__marshmallow-code__marshmallow-1867__function_calling"
    "_replace__install-1/marshmallow-code__marshmallow-1867.traj",
    "tests/test_data/trajectories/gpt4__swe-agent-test-repo__default_from_url__t-0.00__p-0.95"
    "__c-3.00__install-1/6e44b9__sweagenttestrepo-1c2844.traj",
    "tests/test_data/trajectories/gpt4__swe-agent__test-repo__default_from_url__t-0.00__p-0.95"
    "__c-3.00__install-1/swe-agent__test-repo-i1.traj",
    "tests/test_data/trajectories/gpt4__swe-bench-dev-easy_first_only__default__t-0.00__p-0.95"
    "__c-3.00__install-1/pydicom__pydicom-1458.traj",
] + [
    f"trajectories/demonstrations/ctf/{name}.traj"
    for name in (
        "crypto/BabyEncryption",
        "crypto/BabyTimeCapsule",
        "crypto/eps",
        "crypto/katy",
        "forensics/flash",
        "misc/networking_1",
        "pwn/warmup",
        "rev/rock",
        "web/i_got_id_demo",
    )
]
OPENHANDS_RUNS = "evaluation/benchmarks/multi_swe_bench/examples/output.jsonl"
OPENHANDS_RESOLVER = "tests/unit/resolver/mock_output/output.jsonl"
OPENHANDS_TRAJS = [
    f"tests/runtime/trajs/{n}.json"
    for n in ("basic", "basic_gui_mode", "basic_interactions", "wrong_initial_state")
]
MINI_FILES = ["tests/test_data/github_issue.traj.json", "tests/test_data/local.traj.json"]

Message = tuple[str, str, str]  # (id, role, text)


def cut(text: str) -> str:
    """``text`` without trailing blanks, at most MAX_CHARS long (cut after a whole line)."""
    text = text.rstrip()
    if len(text) <= MAX_CHARS:
        return text
    head = text[:MAX_CHARS]
    return head[: head.rfind("\n")] if "\n" in head else head


def _slug(path: str) -> str:
    return Path(path).stem.split(".")[0].replace("_", "-").lower()


def swe_agent(root: Path) -> Iterator[Message]:
    for rel in SWE_AGENT_FILES:
        data = json.loads((root / rel).read_text(encoding="utf-8"))
        slug, task_seen, n = _slug(rel), False, 0
        for msg in data["history"]:
            role, text = msg.get("role"), msg.get("content") or ""
            if isinstance(text, list):  # function-calling format: [{"type": "text", ...}]
                text = "\n".join(p.get("text", "") for p in text if isinstance(p, dict))
            if role == "system" or str(msg.get("is_demo")) == "True":
                continue
            if role == "assistant":
                action = (msg.get("action") or "").strip()
                if action and action not in text:
                    text = f"{text.rstrip()}\n\n{action}"
            elif not task_seen:  # the task message: the issue/challenge, not the instructions
                role, task_seen = "user", True
                text = text.split("\nINSTRUCTIONS:")[0]
            else:
                role = "tool"
            n += 1
            yield f"sweagent-{slug}-{n}", role, text


def _oh_action(ev: dict) -> str:
    """An OpenHands agent event as the text of the turn: thought, then what it ran or wrote."""
    args = ev.get("args", {})
    parts = [args.get("thought") or ""]
    kind = ev.get("action")
    if kind == "run":
        parts.append(args.get("command", ""))
    elif kind == "run_ipython":
        parts.append(args.get("code", ""))
    elif kind in ("read", "edit"):
        parts.append(f"{args.get('command') or kind} {args.get('path', '')}")
        parts += [args.get(k) or "" for k in ("file_text", "old_str", "new_str")]
    elif kind in ("message", "finish"):
        parts.append(args.get("content") or args.get("final_thought") or ev.get("message", ""))
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def _oh_events(events: list[dict], prefix: str) -> Iterator[Message]:
    n = 0
    for ev in events:
        src = ev.get("source")
        if "observation" in ev:
            if ev["observation"] in ("run", "read", "edit", "run_ipython", "error", "browse"):
                role, text = "tool", ev.get("content", "")
            else:  # think acknowledgements, recall, state changes
                continue
        elif ev.get("action") == "message" and src == "user":
            role, text = "user", ev.get("args", {}).get("content") or ev.get("message", "")
        elif src == "agent" and ev.get("action") not in ("system", "recall", "change_agent_state"):
            role, text = "assistant", _oh_action(ev)
        else:
            continue
        n += 1
        yield f"{prefix}-{n}", role, text


def _oh_legacy(history: list[dict], prefix: str) -> Iterator[Message]:
    """The resolver's older flat history: actions carry thought/command/code, observations
    content."""
    for n, ev in enumerate(history, 1):
        if "observation" in ev:
            role, text = "tool", ev.get("content", "")
        elif ev.get("action") == "message":
            role, text = "user", ev.get("content", "")
        else:
            role = "assistant"
            text = "\n\n".join(
                (ev.get(k) or "").strip() for k in ("thought", "command", "code") if ev.get(k)
            )
        yield f"{prefix}-{n}", role, text


def openhands(root: Path) -> Iterator[Message]:
    for line in (root / OPENHANDS_RUNS).read_text(encoding="utf-8").splitlines():
        run = json.loads(line)
        yield from _oh_events(run["history"], f"openhands-{run['instance_id']}")
    for line in (root / OPENHANDS_RESOLVER).read_text(encoding="utf-8").splitlines():
        run = json.loads(line)
        yield from _oh_legacy(run["history"], f"openhands-resolver-{run['issue']['number']}")
    for rel in OPENHANDS_TRAJS:
        events = json.loads((root / rel).read_text(encoding="utf-8"))
        yield from _oh_events(events, f"openhands-{_slug(rel)}")


def mini_swe_agent(root: Path) -> Iterator[Message]:
    for rel in MINI_FILES:
        slug, n = _slug(rel), 0
        for msg in json.loads((root / rel).read_text(encoding="utf-8")):
            if msg["role"] == "system":
                continue
            n += 1
            role = {"assistant": "assistant"}.get(msg["role"], "user" if n == 1 else "tool")
            yield f"mini-{slug}-{n}", role, str(msg.get("content") or "")


def gold_spans(text: str, values: list[list[str]], everywhere: list[list[str]]) -> list[list]:
    """Every occurrence of each labelled ``[value, TYPE]`` in ``text``, as sorted spans.

    ``values`` (labelled for this message) must occur; ``everywhere`` values may not."""
    spans = []
    for value, kind in values + [v for v in everywhere if v[0] in text]:
        start = text.find(value)
        if start < 0:
            raise ValueError(f"label {value!r} not in message")
        while start >= 0:
            spans.append([start, start + len(value), kind])
            start = text.find(value, start + 1)
    return sorted(spans)


def records(swe: Path, oh: Path, mini: Path, labels: dict[str, list]) -> Iterator[dict]:
    seen: set[str] = set()
    for source, messages in (
        ("SWE-agent/SWE-agent", swe_agent(swe)),
        ("All-Hands-AI/OpenHands", openhands(oh)),
        ("SWE-agent/mini-swe-agent", mini_swe_agent(mini)),
    ):
        for rid, role, raw in messages:
            text = cut(raw)
            if len(text) < 3 or text in seen:
                continue
            seen.add(text)
            rec = {"id": rid, "role": role, "source": source, "text": text}
            rec["gold"] = gold_spans(text, labels.get(rid, []), labels.get("_everywhere", []))
            yield rec


if __name__ == "__main__":
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    labels.pop("_rules", None)
    out = list(records(*(Path(p) for p in sys.argv[1:4]), labels))
    unused = set(labels) - {r["id"] for r in out} - {"_everywhere"}
    if unused:
        raise SystemExit(f"labels for unknown messages: {sorted(unused)}")
    for rec in out:
        print(json.dumps(rec, ensure_ascii=False))
