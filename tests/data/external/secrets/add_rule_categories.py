"""Add upstream's rule ``categories`` to a vendored rule-example corpus (run once; output vendored).

Usage: ``python add_rule_categories.py SOURCE GIT_DIR COMMIT < in.jsonl > out.jsonl`` with
SOURCE ``noseyparker`` (github.com/praetorian-inc/noseyparker,
``crates/noseyparker/data/default/builtin/rules/*.yml``) or ``kingfisher``
(github.com/mongodb/kingfisher, ``data/rules/*.yml``). Both projects' rule YAML documents a
``categories:`` list per rule (noseyparker: every rule but one; kingfisher: 58 of 749 rules),
e.g. ``[api, secret]``, ``[fuzzy, generic, secret]``, ``[api, identifier]``, ``[hashed, secret]``.

Only rule metadata is read (``id``, ``name``, ``categories``, ``examples``,
``negative_examples``); no pattern is kept. Every record must belong to an upstream rule whose
``name`` equals the record's ``rule`` and whose ``examples`` (label ``secret``) or
``negative_examples`` (label ``negative``) hold the record's ``text``; otherwise the script fails.
Each record is written back unchanged, field order kept, with ``categories`` appended (the
sorted upstream list; ``[]`` when the rule has none). :func:`same_apart_from_categories` is the
check that the rest of every record stays byte-identical.

gitleaks has no equivalent: its rule definitions (``cmd/generate/config/rules/*.go``) set no
``Tags`` at the commit we vendor, so that corpus is left as it is.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

RULE_DIRS = {
    "noseyparker": "crates/noseyparker/data/default/builtin/rules",
    "kingfisher": "data/rules",
}


def _git(git_dir: str, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", git_dir, *args], check=True, capture_output=True, text=True
    ).stdout


def upstream_rules(source: str, git_dir: str, commit: str) -> dict[tuple[str, str], dict[str, Any]]:
    """``(rule id, file name)`` -> ``{"name", "categories", "examples", "negative_examples"}``
    at ``commit`` (kingfisher reuses a few ids across files, e.g. ``kingfisher.fullstory.1``)."""
    import yaml

    rules: dict[str, dict[str, Any]] = {}
    names = _git(git_dir, "ls-tree", "--name-only", commit, RULE_DIRS[source] + "/").split()
    for path in sorted(n for n in names if n.endswith((".yml", ".yaml"))):
        doc = yaml.safe_load(_git(git_dir, "show", f"{commit}:{path}")) or {}
        for rule in doc.get("rules") or []:
            rules[rule["id"], path.rsplit("/", 1)[-1]] = {
                "name": rule.get("name"),
                "categories": sorted(rule.get("categories") or []),
                "examples": [str(e) for e in rule.get("examples") or []],
                "negative_examples": [str(e) for e in rule.get("negative_examples") or []],
            }
    return rules


def add_categories(line: str, rules: dict[tuple[str, str], dict[str, Any]]) -> str:
    """One JSONL line with upstream ``categories`` appended; fails when the record is not an
    example of its upstream rule."""
    record = json.loads(line)
    rule = rules.get((record["rule_id"], record["source_file"]))
    if rule is None:
        raise SystemExit(f"{record['id']}: no upstream rule {record['rule_id']!r}")
    field = "examples" if record["label"] == "secret" else "negative_examples"
    if rule["name"] != record["rule"] or record["text"] not in rule[field]:
        raise SystemExit(f"{record['id']}: not in upstream {record['rule_id']} {field}")
    # the vendored files differ in escaping (noseyparker: ASCII only); keep the line's own
    ascii_only = json.dumps(record, ensure_ascii=False) != line.rstrip("\n")
    record.pop("categories", None)
    record["categories"] = rule["categories"]
    return json.dumps(record, ensure_ascii=ascii_only)


def same_apart_from_categories(old_line: str, new_line: str) -> bool:
    """Whether ``new_line`` is ``old_line`` byte for byte with only a ``categories`` field
    appended (an earlier ``categories`` field of ``old_line`` is ignored)."""
    old, new = old_line.rstrip("\n"), new_line.rstrip("\n")
    # `, "categories": ` cannot occur inside a JSON string (its quote would be escaped)
    cut, old_cut = new.rfind(', "categories": '), old.rfind(', "categories": ')
    if cut < 0 or not new.endswith("]}"):
        return False
    old_head = old[:old_cut] if old_cut >= 0 else old[:-1]
    return new[:cut] == old_head


def main() -> None:
    source, git_dir, commit = sys.argv[1:4]
    rules = upstream_rules(source, git_dir, commit)
    for line in sys.stdin:
        if line.strip():
            new = add_categories(line, rules)
            if not same_apart_from_categories(line, new):
                raise SystemExit(f"record changed: {line[:80]}")
            sys.stdout.write(new + "\n")


if __name__ == "__main__":
    main()
