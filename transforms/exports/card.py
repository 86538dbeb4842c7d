"""The data card (``README.md``) of an export version, rendered from its manifest.

The YAML front matter follows the Hugging Face dataset-card convention (``configs`` with
``data_files`` per split), so ``datasets.load_dataset(<version dir>)`` also picks the right
files; the body says what is in the data, how it was made, its known limits and intended use.
"""

from __future__ import annotations

from typing import Any

from transforms.exports.specs import DatasetSpec

_OUTCOMES = (
    "`success` = last build passed, no unresolved fix loop, and at least one edit kept or no "
    "revert at the end; `unresolved` = ended with a failed build or abandoned fix loop; "
    "`reverted` = the last edit was reverted; `no_code` = no edits."
)


_QUALITY = {
    "sft": "`quality` = 0.35 x build pass rate + 0.25 x edit keep rate + 0.25 x fix-loop "
    "resolution rate + 0.15 x (thumbs up + 1) / (thumbs + 2); a rate with nothing to count is "
    "0.5 (fix loops: 1.0). It is grounded in what happened after the answers, not in the text.",
    "bugfix": "`quality` = 0.6 / attempts + 0.4 x exp(-time_to_fix_s / 600): fixed at the first "
    "attempt within minutes scores near 1.",
}
_PUBLIC_KEYS = (
    "Public keys are kept verbatim: Supabase `anon` keys and project URLs, Stripe publishable "
    "keys (`pk_...`) and placeholders like `YOUR_API_KEY` are designed to ship to browsers and "
    "are not secrets. Every other credential shape became `<SECRET>`."
)


def _languages(stats: dict[str, Any]) -> list[str]:
    """ISO codes detected on at least 1 % of rows (``und`` left out)."""
    langs = [k for k, v in stats.get("languages", {}).items() if k != "und" and v >= 0.01]
    return langs or ["en"]


def _front_matter(spec: DatasetSpec, manifest: dict[str, Any]) -> str:
    stats = manifest.get("stats", {})
    lic = manifest.get("license") or {"id": "other", "name": None}
    lines = [
        "---",
        f"pretty_name: interaction-warehouse {spec.name} {manifest['version']}",
        f"license: {lic['id']}",
    ]
    if lic["id"] == "other" and lic.get("name"):
        lines.append(f"license_name: {lic['name']}")
    lines += [
        "task_categories:",
        "- text-generation",
        "language:",
        *[f"- {code}" for code in _languages(stats)],
        "tags:",
        "- code",
        *(["- synthetic"] if manifest.get("synthetic_source") else []),
        f"- {spec.name}",
        "configs:",
        "- config_name: default",
        "  data_files:",
    ]
    for split in manifest["rows"]:
        lines += [f"  - split: {split}", f'    path: "{split}-*.parquet"']
    lines.append("---")
    return "\n".join(lines)


def _cell(text: str) -> str:
    """Escape a value for a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def _step_line(step: dict[str, Any]) -> str:
    skip = {"step", "rows_in", "rows_out", "reason", "removed", "seconds"}
    extra = ", ".join(f"{k}={v}" for k, v in step.items() if k not in skip)
    removed = f"removed {step['removed']}" if "removed" in step else "removed 0"
    reason = f" (`{step['reason']}`)" if step.get("reason") else ""
    return f"| `{step['step']}`{reason} | {step['rows_in']} | {removed} | {_cell(extra)} |"


def _stats_section(dataset: str, manifest: dict[str, Any]) -> list[str]:
    stats = manifest["stats"]
    length = stats["length"]
    ch, tok = length["chars"], length["tokens_estimated"]
    what = "prompt + the longer answer" if dataset == "preference" else "all turns"
    out = [
        "## Lengths, languages, signals",
        f"Length per row ({what}):\n\n| | mean | p50 | p95 | p99 | max |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
        f"| characters | {ch['mean']} | {ch['p50']} | {ch['p95']} | {ch['p99']} | {ch['max']} |\n"
        f"| tokens (estimated) | {tok['mean']} | {tok['p50']} | {tok['p95']} | {tok['p99']} "
        f"| {tok['max']} |",
        f"Tokens are estimated at {length['chars_per_token']} characters per token (no "
        "offline tokenizer for the target model; real BPE tokenizers give more characters per "
        f"token on this text, so this over-counts). **Recommended `max_length`: "
        f"{length['recommended_max_length']}** ({length['rows_within_recommended']} of "
        f"{manifest['rows_total']} rows fit; shorter limits make TRL truncate or drop rows).",
        "Languages of the user turns (share of rows; `und` = too short or mixed to tell): "
        + ", ".join(f"`{k}` {v:.1%}" for k, v in stats["languages"].items())
        + ". Assistant turns are in English; answers in another language than the user's "
        "were dropped by the content filter.",
    ]
    if "signals" in stats:
        out.append(
            "Preference signals (rows): "
            + ", ".join(f"`{k}` {v}" for k, v in stats["signals"].items())
            + "."
        )
    return out


def render_card(spec: DatasetSpec, manifest: dict[str, Any]) -> str:
    """Markdown data card for one export version."""
    rows = manifest["rows"]
    consent = manifest["consent"]
    cur = manifest["curation"]
    src = manifest["source"]
    stats = manifest.get("stats", {})
    parts = [
        _front_matter(spec, manifest),
        f"# interaction-warehouse `{spec.name}` — {manifest['version']}",
    ]
    if manifest.get("synthetic_source"):
        parts.append(
            "> **Synthetic demo data.** Every conversation in this version was produced by the "
            "interaction-warehouse platform simulator, not by real users. Use it to test "
            "pipelines and trainers, not to train a production model."
        )
    parts += [
        spec.summary,
        "## Contents",
        "| split | rows |\n| --- | --- |\n" + "\n".join(f"| {k} | {v} |" for k, v in rows.items()),
        f"{manifest['rows_total']} rows from {cur['rows_in']} candidates in the warehouse mart "
        f"`{manifest['source_mart']}`. Splits are assigned by user (sha256 of salt + user key: "
        f"{', '.join(f'{k} {v:.0%}' for k, v in manifest['thresholds']['split_fractions'].items())}"
        "), so no user appears in two splits and a user's split never changes as data grows.",
        "## How to load",
        "```python\nfrom datasets import load_dataset\n"
        'ds = load_dataset("parquet", data_dir="<this directory>")  # splits from file names\n'
        "import polars as pl\n"
        'df = pl.scan_parquet("<this directory>/train-*.parquet").collect()\n'
        "import duckdb\n"
        "duckdb.sql(\"select * from read_parquet('<this directory>/*.parquet')\")\n```",
        "Check integrity first: `iw export verify <this directory>` (sha256, sizes, row counts, "
        "revocation status)."
        + (
            ' A JSONL mirror of every shard is in `__jsonl__/` (`load_dataset("json", '
            'data_dir="<this directory>/__jsonl__")`).'
            if manifest["format"]["jsonl"]
            else ""
        ),
        "## Fields",
        "| field | type | meaning |\n| --- | --- | --- |\n"
        + "\n".join(
            f"| `{f.name}` | `{f.type}` | {_cell(spec.fields[f.name])} |" for f in spec.schema
        ),
    ]
    if spec.name == "sft":
        parts.append(f"Outcomes: {_OUTCOMES}")
    if spec.name in _QUALITY:
        parts.append(_QUALITY[spec.name])
    if stats:
        parts += _stats_section(spec.name, manifest)
    parts += [
        "## How it was made",
        "Source: platform interaction logs (chat sessions, messages, code edits, builds, "
        "runtime errors, feedback) extracted, redacted and modelled by the interaction-warehouse "
        f"pipeline. Warehouse file sha256 `{src['warehouse']['sha256']}`; warehouse build run "
        f"`{(src.get('dbt_run') or {}).get('run_id') or 'unknown'}`; quality gate "
        f"`{src['quality_gate']['status']}`.",
        "Curation steps, in order (counts are rows):",
        "| step | rows in | removed | settings |\n| --- | --- | --- | --- |\n"
        + "\n".join(_step_line(s) for s in cur["steps"]),
        "Removed per reason: "
        + (", ".join(f"`{k}` {v}" for k, v in cur["removed_by_reason"].items()) or "none")
        + ".",
        "## Privacy",
        f"- Text was redacted before it reached the warehouse (policy "
        f"`{manifest['redaction_policy']['hash']}`): names, emails and phone numbers became "
        "keyed placeholders like `<PERSON_0f3e21>`, other PII and all secrets typed "
        "placeholders like `<SECRET>`. A final guard dropped items still showing a raw email or "
        "a known secret shape.",
        f"- Only users with training consent at export time are included (consent snapshot "
        f"`{consent['snapshot_id']}`; {consent['users_excluded']} of {consent['users_total']} "
        "users excluded).",
        "- Placeholders a model will see (type: occurrences): "
        + (", ".join(f"`{k}` {v}" for k, v in stats.get("placeholders", {}).items()) or "none")
        + ". Keyed ones look like `<EMAIL_ADDRESS_ab12cd>` (consistent within a user), the "
        "others like `<SECRET>`, `<IP_ADDRESS>`. IP addresses that identify no internet host "
        "(private, loopback, link-local, CGNAT and documentation ranges) are kept as written.",
        f"- {_PUBLIC_KEYS}",
        "- `user_key` is a keyed pseudonym, not the platform user id. Erasure requests revoke "
        "affected versions in the export registry (`registry.json` next to the dataset "
        "folders); do not train on a revoked version.",
        "## Intended use and known limits",
        "- Intended for training and evaluating coding assistants on app-building chats; not "
        "for profiling users or inferring who they are.",
        "- Redaction is automatic: recall is high but not perfect, especially for names in "
        "free text. Placeholders replace real values, so models learn the placeholder format.",
        "- Near-duplicate removal is MinHash-LSH (probabilistic): pairs close to the threshold "
        "may survive or collapse; decontamination only covers the bundled/configured eval set "
        "and word n-gram overlap, not paraphrases.",
        "- Outcome and preference signals are behavioural (builds, reverts, regenerations, "
        "thumbs) and noisy: a kept edit is not proof of a correct one.",
        f"Full provenance, thresholds and per-file checksums: `manifest.json` "
        f"(content hash `{manifest['content_hash']}`).",
    ]
    return "\n\n".join(parts) + "\n"
