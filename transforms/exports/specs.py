"""The three training datasets: which mart each reads, how an item is rendered and ranked, which
curation steps apply, and the exact output schema (the export contract trainers code against).

Kept as one module: it is the one column contract per dataset (schema, descriptions, mart
columns, rendering), checked against the dbt model contracts by
tests/exports/test_column_contract.py.

- ``sft``: TRL conversational format (``messages: list<struct<role, content>>``) + metadata.
- ``bugfix``: structured error -> fix columns plus the same pair rendered as ``messages``
  (user: error log + failing change, assistant: explanation + fix diff).
- ``preference``: TRL conversational preference format (``prompt`` = context + user turn,
  ``chosen`` / ``rejected`` = one assistant turn each).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

import polars as pl
import pyarrow as pa

from transforms.exports import curation as cur
from transforms.exports.content import ContentFilter
from transforms.exports.options import ExportOptions
from transforms.exports.quality import bugfix_quality, sft_quality

TS_UTC = pa.timestamp("us", tz="UTC")
MESSAGE = pa.struct([pa.field("role", pa.string()), pa.field("content", pa.string())])
MESSAGES = pa.list_(MESSAGE)
_MSG_DTYPE = pl.List(pl.Struct({"role": pl.String, "content": pl.String}))


def _schema(*fields: tuple[str, pa.DataType, str]) -> tuple[pa.Schema, dict[str, str]]:
    return (pa.schema([pa.field(n, t) for n, t, _ in fields]), {n: d for n, _, d in fields})


_EXAMPLE_ID = (
    "example_id",
    pa.string(),
    "Stable example id (`<dataset>-<16 hex>`): `iw export explain <example_id>` traces it "
    "to its source session, messages, redactions, filters and version.",
)

SFT_SCHEMA, SFT_FIELDS = _schema(
    ("id", pa.string(), "Conversation id (= chat session id)."),
    _EXAMPLE_ID,
    (
        "messages",
        MESSAGES,
        "Turns in order, roles alternate user/assistant, starting with "
        "user; regenerated-away assistant turns are excluded.",
    ),
    ("split", pa.string(), "train | validation | test (assigned by user)."),
    ("user_key", pa.string(), "Pseudonymous user key (never the source user id)."),
    ("app_id", pa.string(), "App the session worked on."),
    ("stack", pa.string(), "App stack (react-ts, nextjs, python-fastapi, vue, svelte)."),
    ("template", pa.string(), "App template the user started from."),
    ("outcome", pa.string(), "success | unresolved | reverted | no_code (see data card)."),
    ("started_at", TS_UTC, "Session start (UTC)."),
    ("n_turns", pa.int32(), "Number of messages."),
    ("edits_kept", pa.int32(), "Code edits the user kept."),
    ("edits_reverted", pa.int32(), "Code edits the user reverted."),
    ("builds_passed", pa.int32(), "Builds that succeeded."),
    ("builds_failed", pa.int32(), "Builds that failed."),
    ("fix_loops_resolved", pa.int32(), "Error -> fix loops that ended in a passing build."),
    ("fix_loops_abandoned", pa.int32(), "Error -> fix loops the session left failing."),
    ("thumbs_up", pa.int32(), "Thumbs-up feedback on assistant turns."),
    ("thumbs_down", pa.int32(), "Thumbs-down feedback on assistant turns."),
    ("pii_placeholders", pa.int32(), "Redaction placeholders (<TYPE_...>) in the messages."),
    ("quality", pa.float64(), "Outcome-grounded quality in [0, 1] (see data card)."),
    ("dup_count", pa.int32(), "Source items this row stands for after exact + near dedup."),
)

BUGFIX_SCHEMA, BUGFIX_FIELDS = _schema(
    ("id", pa.string(), "Pair id."),
    _EXAMPLE_ID,
    (
        "messages",
        MESSAGES,
        "Chat rendering: user = error + failing change, assistant = explanation + fix diff.",
    ),
    ("split", pa.string(), "train | validation | test (assigned by user)."),
    ("loop_id", pa.string(), "Fix loop id."),
    ("session_id", pa.string(), "Chat session id."),
    ("user_key", pa.string(), "Pseudonymous user key."),
    ("app_id", pa.string(), "App id."),
    ("stack", pa.string(), "App stack."),
    ("error_source", pa.string(), "build | runtime."),
    ("error_log", pa.string(), "Build log or runtime error + stack trace (redacted)."),
    ("failing_file_path", pa.string(), "File of the change that led to the failure."),
    (
        "failing_diff",
        pa.string(),
        "Unified diff that led to the failure (null for some runtime errors).",
    ),
    ("fix_diff", pa.string(), "Unified diff whose build passed."),
    ("fix_explanation", pa.string(), "Assistant text of the fixing turn."),
    ("attempts", pa.int32(), "Fix attempts until the build passed."),
    ("time_to_fix_s", pa.float64(), "Seconds from the error to the passing build."),
    ("created_at", TS_UTC, "When the loop was resolved (UTC)."),
    ("quality", pa.float64(), "Outcome-grounded quality in [0, 1] (see data card)."),
    ("dup_count", pa.int32(), "Source items this row stands for after exact + near dedup."),
)

PREFERENCE_SCHEMA, PREFERENCE_FIELDS = _schema(
    ("id", pa.string(), "Pair id."),
    _EXAMPLE_ID,
    ("prompt", MESSAGES, "Earlier turns of the session, then the user turn being answered."),
    ("chosen", MESSAGES, "One assistant turn: the answer the user kept."),
    (
        "rejected",
        MESSAGES,
        "One assistant turn: the answer reverted, regenerated away or thumbed down.",
    ),
    ("split", pa.string(), "train | validation | test (assigned by user)."),
    ("signal", pa.string(), "regenerate | revert | thumbs: what made one answer rejected."),
    (
        "chosen_outcome",
        pa.string(),
        "What followed the chosen answer: endorsed | build_passed | build_failed | no_code.",
    ),
    (
        "rejected_outcome",
        pa.string(),
        "What followed the rejected answer: reverted | thumbs_down | build_passed | "
        "build_failed | no_code.",
    ),
    (
        "margin",
        pa.float64(),
        "Outcome score of chosen minus rejected (see data card); pairs below 0 contradict "
        "their label and are dropped.",
    ),
    ("session_id", pa.string(), "Chat session id."),
    ("user_key", pa.string(), "Pseudonymous user key."),
    ("prompt_message_id", pa.string(), "Message id of the user turn."),
    ("chosen_message_id", pa.string(), "Message id of the chosen answer."),
    ("rejected_message_id", pa.string(), "Message id of the rejected answer."),
    ("created_at", TS_UTC, "When the preference signal was given (UTC)."),
    ("dup_count", pa.int32(), "Source items this row stands for after exact + near dedup."),
)


@dataclass(frozen=True)
class DatasetSpec:
    """Everything that differs between datasets; the build loop is shared."""

    name: str
    mart: str
    mart_columns: tuple[str, ...]
    schema: pa.Schema
    fields: dict[str, str]
    summary: str
    prepare: Callable[[pl.DataFrame], pl.DataFrame]  # mart rows -> working columns (row-local)
    # quality rank, best first: (key, descending) pairs; the last key (id) makes it total
    rank: tuple[tuple[pl.Expr, bool], ...] = field(compare=False)
    filters: Callable[[ExportOptions], list]  # dataset-specific row filters

    def select_sql(self, con) -> str:
        """The query reading the mart's contract columns; checks the mart and columns exist."""
        have = {
            r[0]
            for r in con.execute(
                "select column_name from information_schema.columns "
                "where table_schema = 'main' and table_name = ?",
                [self.mart],
            ).fetchall()
        }
        if not have:
            raise LookupError(
                f"warehouse has no mart main.{self.mart}; build the warehouse "
                "first (iw run warehouse)"
            )
        missing = [c for c in self.mart_columns if c not in have]
        if missing:
            raise LookupError(f"mart main.{self.mart} lacks contract columns {missing}")
        cols = ", ".join(f'"{c}"' for c in self.mart_columns)
        return f'select {cols} from main."{self.mart}"'

    def rank_keys(self) -> list[pl.Expr]:
        """The rank keys as columns ``_rank0``, ``_rank1``, ... (to sort a compact frame)."""
        return [expr.alias(f"_rank{i}") for i, (expr, _) in enumerate(self.rank)]

    def rank_descending(self) -> list[bool]:
        return [desc for _, desc in self.rank]

    @property
    def payload_columns(self) -> list[str]:
        """Output columns carried from the working frame (the rest are added at the end)."""
        return [n for n in self.schema.names if n not in ("example_id", "split", "dup_count")]

    def payload_schema(self) -> pa.Schema:
        return pa.schema([self.schema.field(n) for n in self.payload_columns])

    def to_payload(self, frame: pl.DataFrame) -> pa.Table:
        """Working rows as payload columns in their export types (what is spilled to disk)."""
        table = frame.select(self.payload_columns).to_arrow()
        schema = self.payload_schema()
        return pa.Table.from_arrays(
            [table.column(f.name).cast(f.type) for f in schema], schema=schema
        )

    def to_output(self, batch: pa.RecordBatch | pa.Table) -> pa.Table:
        """Payload rows plus ``split`` and ``dup_count`` -> rows in the export schema (adds
        ``example_id``); the caller gives them in final (split, id) order."""
        table = batch if isinstance(batch, pa.Table) else pa.Table.from_batches([batch])
        ids = [example_id(self.name, i) for i in table.column("id").to_pylist()]
        table = table.append_column("example_id", pa.array(ids, pa.string()))
        return pa.Table.from_arrays(
            [table.column(f.name).cast(f.type) for f in self.schema], schema=self.schema
        )


def example_id(dataset: str, item_id: str) -> str:
    """Stable id of one exported example: the dataset plus a hash of its source item id."""
    return f"{dataset}-{hashlib.sha256(f'{dataset}:{item_id}'.encode()).hexdigest()[:16]}"


# --- rendering helpers -----------------------------------------------------------------------
def _render_messages(col: str) -> pl.Expr:
    """``role: content`` lines of a message list, blank-line separated."""
    return (
        pl.col(col)
        .list.eval(
            pl.element().struct.field("role")
            + pl.lit(": ")
            + pl.element().struct.field("content").fill_null("")
        )
        .list.join("\n\n")
        .fill_null("")
    )


def _msg(role: str, content: pl.Expr) -> pl.Expr:
    return pl.struct(pl.lit(role).alias("role"), content.alias("content"))


def _roles(col: str) -> pl.Expr:
    return pl.col(col).list.eval(pl.element().struct.field("role"))


def malformed_conversation(
    col: str = "messages", *, last: str | None = "assistant", reason: str = "malformed_conversation"
) -> cur.DropWhen:
    """Empty, not starting with user, not alternating, unknown role or empty content."""
    roles = _roles(col)
    bad = (
        (pl.col(col).list.len().fill_null(0) == 0)
        | (roles.list.first() != "user")
        | roles.list.eval(~pl.element().is_in(["user", "assistant"])).list.any()
        | roles.list.eval(pl.element() == pl.element().shift(1)).list.any()
        | pl.col(col)
        .list.eval(
            pl.element().struct.field("content").fill_null("").str.strip_chars().str.len_chars()
            == 0
        )
        .list.any()
    )
    if last is not None:
        bad = bad | (roles.list.last() != last)
    return cur.DropWhen(name=f"{reason}:{col}", reason=reason, predicate=bad)


# --- sft -------------------------------------------------------------------------------------
def _prepare_sft(df: pl.DataFrame) -> pl.DataFrame:
    return df.rename({"conversation_id": "id"}).with_columns(
        pl.col("messages").cast(_MSG_DTYPE),
        _render_messages("messages").alias("_text"),
        sft_quality().alias("quality"),
    )


_SFT_RANK = (
    ((pl.col("outcome") == "success").fill_null(False), True),
    (pl.col("thumbs_up").fill_null(0) - pl.col("thumbs_down").fill_null(0), True),
    (pl.col("edits_kept").fill_null(0) - pl.col("edits_reverted").fill_null(0), True),
    (pl.col("builds_passed").fill_null(0) - pl.col("builds_failed").fill_null(0), True),
    (pl.col("pii_placeholders").fill_null(0), False),
    (pl.col("id"), False),
)


def _sft_filters(opts: ExportOptions) -> list:
    steps: list = [malformed_conversation("messages")]
    if not opts.include_unresolved:
        steps.append(cur.unresolved(("success",)))
    return steps


SFT = DatasetSpec(
    name="sft",
    mart="train_sft_conversations",
    mart_columns=(
        "conversation_id",
        "user_key",
        "app_id",
        "stack",
        "template",
        "started_at",
        "n_turns",
        "messages",
        "edits_kept",
        "edits_reverted",
        "builds_passed",
        "builds_failed",
        "fix_loops_resolved",
        "fix_loops_abandoned",
        "thumbs_up",
        "thumbs_down",
        "outcome",
        "pii_placeholders",
    ),
    schema=SFT_SCHEMA,
    fields=SFT_FIELDS,
    summary=(
        "Multi-turn app-building conversations between users and the assistant, in the "
        "chat format TRL's SFTTrainer reads unchanged (`messages`), with outcome and "
        "quality signals per conversation."
    ),
    prepare=_prepare_sft,
    rank=_SFT_RANK,
    filters=_sft_filters,
)


# --- bugfix ----------------------------------------------------------------------------------
def _fence(body: pl.Expr, lang: str) -> pl.Expr:
    return pl.lit(f"```{lang}\n") + body + pl.lit("\n```")


def _prepare_bugfix(df: pl.DataFrame) -> pl.DataFrame:
    where = (
        pl.when(pl.col("error_source") == "runtime")
        .then(pl.lit("at runtime"))
        .otherwise(pl.lit("in the build"))
    )
    failing = (
        pl.when(pl.col("failing_diff").is_not_null() & (pl.col("failing_diff") != ""))
        .then(
            pl.lit("\n\nThe change that broke it (`")
            + pl.col("failing_file_path").fill_null("unknown file")
            + pl.lit("`):\n\n")
            + _fence(pl.col("failing_diff"), "diff")
        )
        .otherwise(pl.lit(""))
    )
    user = (
        pl.lit("My ")
        + pl.col("stack").fill_null("app")
        + pl.lit(" app fails ")
        + where
        + pl.lit(" with this error:\n\n")
        + _fence(pl.col("error_log").fill_null(""), "")
        + failing
        + pl.lit("\n\nPlease fix it.")
    )
    explanation = pl.col("fix_explanation").fill_null("").str.strip_chars()
    fix = pl.col("fix_diff").fill_null("")
    # the fixing turn often already shows the diff; don't repeat it
    assistant = (
        pl.when(
            explanation.str.contains(fix.str.strip_chars(), literal=True)
            & (fix.str.strip_chars() != "")
        )
        .then(explanation)
        .otherwise(
            pl.concat_str([explanation, _fence(fix, "diff")], separator="\n\n").str.strip_chars()
        )
    )
    return (
        df.rename({"pair_id": "id"})
        .with_columns(
            pl.concat_list(_msg("user", user), _msg("assistant", assistant))
            .cast(_MSG_DTYPE)
            .alias("messages")
        )
        .with_columns(
            _render_messages("messages").alias("_text"), bugfix_quality().alias("quality")
        )
    )


_BUGFIX_RANK = (
    (pl.col("attempts").fill_null(1 << 30), False),
    (pl.col("failing_diff").is_null(), False),
    (pl.col("time_to_fix_s").fill_null(float("inf")), False),
    (pl.col("id"), False),
)


def _bugfix_filters(opts: ExportOptions) -> list:
    missing = (pl.col("error_log").fill_null("").str.strip_chars() == "") | (
        pl.col("fix_diff").fill_null("").str.strip_chars() == ""
    )
    return [
        cur.DropWhen(name="missing_error_or_fix", reason="malformed_pair", predicate=missing),
    ]


BUGFIX = DatasetSpec(
    name="bugfix",
    mart="train_bugfix_pairs",
    mart_columns=(
        "pair_id",
        "loop_id",
        "user_key",
        "session_id",
        "app_id",
        "stack",
        "error_source",
        "error_log",
        "failing_file_path",
        "failing_diff",
        "fix_diff",
        "fix_explanation",
        "attempts",
        "time_to_fix_s",
        "created_at",
    ),
    schema=BUGFIX_SCHEMA,
    fields=BUGFIX_FIELDS,
    summary=(
        "Resolved fix loops: a failing build or runtime error with the change that caused "
        "it, and the fix whose build passed. Structured columns for custom trainers plus a "
        "two-turn `messages` rendering for chat SFT."
    ),
    prepare=_prepare_bugfix,
    rank=_BUGFIX_RANK,
    filters=_bugfix_filters,
)


# --- preference ------------------------------------------------------------------------------
_SIGNAL_RANK = {"revert": 0, "thumbs": 1, "regenerate": 2}


def _build_score(col: str) -> pl.Expr:
    return pl.when(pl.col(col).is_null()).then(0.0).when(pl.col(col)).then(1.0).otherwise(-1.0)


def _build_outcome(col: str) -> pl.Expr:
    return (
        pl.when(pl.col(col).is_null())
        .then(pl.lit("no_code"))
        .when(pl.col(col))
        .then(pl.lit("build_passed"))
        .otherwise(pl.lit("build_failed"))
    )


def preference_outcomes() -> list[pl.Expr]:
    """``chosen_outcome``, ``rejected_outcome`` and ``margin`` from what followed each answer.

    Score of an answer: +1 its builds passed, -1 a build failed, 0 no edit; chosen +1 when
    endorsed (thumbs up / accept); rejected -1 reverted, -1 thumbed down, -0.5 regenerated
    away. ``margin`` = chosen - rejected.
    """
    flag = lambda c: pl.col(c).fill_null(False).cast(pl.Float64)  # noqa: E731
    chosen = _build_score("chosen_builds_passed") + flag("chosen_endorsed")
    rejected = (
        _build_score("rejected_builds_passed")
        - flag("rejected_reverted")
        - flag("rejected_thumbed_down")
        - 0.5
    )
    return [
        pl.when(pl.col("chosen_endorsed").fill_null(False))
        .then(pl.lit("endorsed"))
        .otherwise(_build_outcome("chosen_builds_passed"))
        .alias("chosen_outcome"),
        pl.when(pl.col("rejected_reverted").fill_null(False))
        .then(pl.lit("reverted"))
        .when(pl.col("rejected_thumbed_down").fill_null(False))
        .then(pl.lit("thumbs_down"))
        .otherwise(_build_outcome("rejected_builds_passed"))
        .alias("rejected_outcome"),
        (chosen - rejected).alias("margin"),
    ]


def _prepare_preference(df: pl.DataFrame) -> pl.DataFrame:
    context = pl.col("context").cast(_MSG_DTYPE).fill_null(pl.lit([], dtype=_MSG_DTYPE))
    return (
        df.rename({"pair_id": "id"})
        .with_columns(*preference_outcomes())
        .with_columns(
            pl.concat_list(context, pl.concat_list(_msg("user", pl.col("prompt"))))
            .cast(_MSG_DTYPE)
            .alias("prompt"),
            pl.concat_list(_msg("assistant", pl.col("chosen"))).cast(_MSG_DTYPE).alias("chosen"),
            pl.concat_list(_msg("assistant", pl.col("rejected")))
            .cast(_MSG_DTYPE)
            .alias("rejected"),
            pl.col("chosen").alias("_chosen_text"),
            pl.col("rejected").alias("_rejected_text"),
        )
        .with_columns(
            pl.concat_str(
                [
                    _render_messages("prompt"),
                    pl.lit("chosen: ") + pl.col("_chosen_text").fill_null(""),
                    pl.lit("rejected: ") + pl.col("_rejected_text").fill_null(""),
                ],
                separator="\n\n",
            ).alias("_text")
        )
    )


_PREFERENCE_RANK = (
    (pl.col("signal").replace_strict(_SIGNAL_RANK, default=9, return_dtype=pl.Int32), False),
    (-pl.col("margin"), False),
    (pl.col("id"), False),
)


def _preference_filters(opts: ExportOptions) -> list:
    from transforms.exports.shingles import normalize_texts

    same = pl.col("_chosen_text").map_batches(normalize_texts, return_dtype=pl.String) == pl.col(
        "_rejected_text"
    ).map_batches(normalize_texts, return_dtype=pl.String)
    return [
        malformed_conversation("prompt", last="user", reason="malformed_pair"),
        cur.too_short(opts.min_response_chars, "_chosen_text", reason="too_short"),
        cur.too_short(opts.min_response_chars, "_rejected_text", reason="too_short"),
        cur.DropWhen(name="identical_pair", reason="identical_pair", predicate=same),
        cur.DropWhen(
            name="outcome_contradicts_label",
            reason="outcome_contradicts_label",
            predicate=pl.col("margin") < 0,
        ),
    ]


PREFERENCE = DatasetSpec(
    name="preference",
    mart="train_preference_pairs",
    mart_columns=(
        "pair_id",
        "user_key",
        "session_id",
        "prompt_message_id",
        "prompt",
        "context",
        "chosen",
        "rejected",
        "chosen_message_id",
        "rejected_message_id",
        "signal",
        "chosen_builds_passed",
        "rejected_builds_passed",
        "chosen_endorsed",
        "rejected_reverted",
        "rejected_thumbed_down",
        "created_at",
    ),
    schema=PREFERENCE_SCHEMA,
    fields=PREFERENCE_FIELDS,
    summary=(
        "Pairs of assistant answers to the same user prompt where the user's behaviour "
        "(revert, regenerate, thumbs) preferred one, in TRL's conversational preference "
        "format (`prompt`, `chosen`, `rejected`) for DPO-style trainers."
    ),
    prepare=_prepare_preference,
    rank=_PREFERENCE_RANK,
    filters=_preference_filters,
)

SPECS: dict[str, DatasetSpec] = {s.name: s for s in (SFT, BUGFIX, PREFERENCE)}


def common_steps(opts: ExportOptions, *, min_text_ratio: float) -> list:
    """Quality filters every dataset gets after its own (reasons recorded per rule)."""
    return [
        cur.too_short(opts.min_chars),
        cur.mostly_non_text(min_text_ratio, opts.max_blob_share),
        cur.pii_dense(opts.max_placeholders_per_kchar),
        cur.RawIdentifierGuard(),
    ]


def content_filter(spec: DatasetSpec) -> ContentFilter:
    """Relevance, language, completeness, repetition and fix-file rules (``content.py``)."""
    if spec.name == "preference":
        return ContentFilter("prompt", answer_column="chosen")
    return ContentFilter("messages")


def curation_steps(
    spec: DatasetSpec, opts: ExportOptions, *, consent: cur.ConsentFilter, eval_index
) -> list:
    """The full pipeline for one dataset, in order (splits are assigned by the caller)."""
    # bugfix items are mostly logs and diffs: fewer letters per character is normal there
    ratio = opts.min_text_ratio_code if spec.name == "bugfix" else opts.min_text_ratio
    return [
        consent,
        *spec.filters(opts),
        *common_steps(opts, min_text_ratio=ratio),
        content_filter(spec),
        cur.Decontaminate(eval_index, min_matches=opts.decontam_min_matches),
        cur.ExactDedup(),
        cur.NearDedup(
            threshold=opts.near_dup_threshold,
            num_perm=opts.num_perm,
            shingle=opts.shingle,
            shingle_size=opts.shingle_size,
            seed=opts.minhash_seed,
            verify=opts.verify_candidates,
        ),
    ]
