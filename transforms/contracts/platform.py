"""The platform source contract: every platform table, its columns, keys and privacy role.

This is the single place that says what a table looks like. The generator writes it, extraction
validates against it (unknown columns are schema drift, missing required ones are quarantined),
redaction reads ``text_columns`` and ``identifier_columns``, dbt sources mirror it.

Conventions
- Every table has ``updated_at`` (UTC timestamp): the extraction watermark and the
  "latest version wins" key for upserts.
- ``partition_column`` picks the day (``dt=YYYY-MM-DD``) a row lands in: the event time
  for immutable events, ``updated_at`` for mutable entities (a changed user is re-emitted).
- ``user_id`` is the source user id (``u_000042``). The clean lake replaces it with a
  pseudonymous ``user_key``; direct identifiers (email, name, phone) never leave raw.

Event semantics (what the generator produces and dbt models)
- A user owns apps; a chat session belongs to one app and one user. Messages alternate
  ``user`` (even ``seq``) and ``assistant`` (odd ``seq``) turns, ``seq`` dense from 0.
- An assistant turn may make code edits (``code_edits.message_id``); each edit triggers a build
  (``builds.edit_id``). A ``failed`` build carries ``error_log``; the next user turn usually
  pastes the error and the next assistant turn tries a fix (new edit, new build).
- Fix loop: a failed build (or a runtime error) opens a loop; every later build in the same
  session is an attempt; the first ``success`` resolves it; a session that ends first leaves it
  ``abandoned``. Runtime errors reference the successful build that raised them.
- Feedback on an assistant turn: ``accept`` / ``revert`` (with ``edit_id``), ``regenerate``
  (a new assistant message follows with ``regenerated_from`` = the judged message, answering
  the same user prompt), ``thumbs_up`` / ``thumbs_down`` (optional ``comment``).
- Consent: ``users`` holds the current flags; ``consent_events`` holds every change (the first
  event at signup). ``deletion_requests`` asks for erasure of a user.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

TS = pa.timestamp("us", tz="UTC")


@dataclass(frozen=True)
class Table:
    """One source table."""

    name: str
    schema: pa.Schema
    primary_key: str
    partition_column: str
    required: tuple[str, ...]
    text_columns: tuple[str, ...] = ()  # free text: PII/secrets detection + redaction
    identifier_columns: tuple[str, ...] = ()  # direct identifiers: dropped from the clean lake
    user_column: str | None = "user_id"  # pseudonymised to user_key in the clean lake

    @property
    def columns(self) -> list[str]:
        return self.schema.names

    @property
    def id_columns(self) -> tuple[str, ...]:
        """Columns holding source ids (this table's key and references to other rows) that the
        clean lake replaces with keyed pseudonyms (see :data:`ID_KINDS`)."""
        return tuple(c for c in self.schema.names if c in ID_KINDS and c not in (self.user_column,))


# Source id columns -> the kind of row they name. Source ids embed the user's number
# (``s_000003_…``), so none may pass the raw lake: redaction replaces each with
# ``<kind>_<16 hex>`` keyed by the owning user's salt (the same source id always maps to the
# same pseudonym, so joins keep working; erasing the user's salt makes them unlinkable).
# ``regenerated_from`` names a message, so it shares the ``msg`` kind with ``message_id``.
ID_KINDS: dict[str, str] = {
    "event_id": "cev",
    "app_id": "app",
    "session_id": "ses",
    "message_id": "msg",
    "regenerated_from": "msg",
    "edit_id": "edit",
    "build_id": "bld",
    "error_id": "err",
    "feedback_id": "fb",
    "request_id": "req",
}


def _schema(*fields: tuple[str, pa.DataType]) -> pa.Schema:
    return pa.schema([pa.field(n, t) for n, t in fields])


USERS = Table(
    name="users",
    schema=_schema(
        ("user_id", pa.string()),
        ("email", pa.string()),
        ("full_name", pa.string()),
        ("phone", pa.string()),
        ("signup_at", TS),
        ("plan", pa.string()),  # free | pro | team | enterprise
        ("country", pa.string()),  # ISO 3166-1 alpha-2
        ("analytics_ok", pa.bool_()),
        ("training_ok", pa.bool_()),
        ("updated_at", TS),
    ),
    primary_key="user_id",
    partition_column="updated_at",
    required=("user_id", "signup_at", "plan", "analytics_ok", "training_ok", "updated_at"),
    identifier_columns=("email", "full_name", "phone"),
)

CONSENT_EVENTS = Table(
    name="consent_events",
    schema=_schema(
        ("event_id", pa.string()),
        ("user_id", pa.string()),
        ("analytics_ok", pa.bool_()),
        ("training_ok", pa.bool_()),
        ("changed_at", TS),
        ("updated_at", TS),
    ),
    primary_key="event_id",
    partition_column="changed_at",
    required=("event_id", "user_id", "analytics_ok", "training_ok", "changed_at", "updated_at"),
)

APPS = Table(
    name="apps",
    schema=_schema(
        ("app_id", pa.string()),
        ("user_id", pa.string()),
        ("name", pa.string()),
        ("template", pa.string()),  # blank | saas-dashboard | landing-page | crud | chat | shop
        ("stack", pa.string()),  # react-ts | nextjs | python-fastapi | vue | svelte
        ("status", pa.string()),  # draft | building | shipped | archived
        ("created_at", TS),
        ("updated_at", TS),
    ),
    primary_key="app_id",
    partition_column="updated_at",
    required=("app_id", "user_id", "template", "stack", "status", "created_at", "updated_at"),
    text_columns=("name",),
)

CHAT_SESSIONS = Table(
    name="chat_sessions",
    schema=_schema(
        ("session_id", pa.string()),
        ("app_id", pa.string()),
        ("user_id", pa.string()),
        ("started_at", TS),
        ("ended_at", TS),
        ("updated_at", TS),
    ),
    primary_key="session_id",
    partition_column="started_at",
    required=("session_id", "app_id", "user_id", "started_at", "updated_at"),
)

MESSAGES = Table(
    name="messages",
    schema=_schema(
        ("message_id", pa.string()),
        ("session_id", pa.string()),
        ("user_id", pa.string()),
        ("seq", pa.int32()),  # 0-based turn order within the session
        ("role", pa.string()),  # user | assistant
        ("text", pa.string()),
        ("model", pa.string()),  # null for user turns
        ("latency_ms", pa.int32()),
        ("input_tokens", pa.int32()),
        ("output_tokens", pa.int32()),
        ("cost_usd", pa.float64()),
        ("regenerated_from", pa.string()),  # message_id this assistant turn regenerates
        ("created_at", TS),
        ("updated_at", TS),
    ),
    primary_key="message_id",
    partition_column="created_at",
    required=(
        "message_id",
        "session_id",
        "user_id",
        "seq",
        "role",
        "text",
        "created_at",
        "updated_at",
    ),
    text_columns=("text",),
)

CODE_EDITS = Table(
    name="code_edits",
    schema=_schema(
        ("edit_id", pa.string()),
        ("message_id", pa.string()),  # the assistant turn that made the edit
        ("session_id", pa.string()),
        ("app_id", pa.string()),
        ("user_id", pa.string()),
        ("file_path", pa.string()),
        ("diff", pa.string()),  # unified diff
        ("lines_added", pa.int32()),
        ("lines_removed", pa.int32()),
        ("created_at", TS),
        ("updated_at", TS),
    ),
    primary_key="edit_id",
    partition_column="created_at",
    required=(
        "edit_id",
        "message_id",
        "session_id",
        "app_id",
        "user_id",
        "file_path",
        "diff",
        "created_at",
        "updated_at",
    ),
    text_columns=("diff",),
)

BUILDS = Table(
    name="builds",
    schema=_schema(
        ("build_id", pa.string()),
        ("session_id", pa.string()),
        ("app_id", pa.string()),
        ("user_id", pa.string()),
        ("edit_id", pa.string()),  # the edit that triggered the build
        ("status", pa.string()),  # success | failed
        ("duration_ms", pa.int32()),
        ("error_log", pa.string()),  # null on success
        ("created_at", TS),
        ("updated_at", TS),
    ),
    primary_key="build_id",
    partition_column="created_at",
    required=("build_id", "session_id", "app_id", "user_id", "status", "created_at", "updated_at"),
    text_columns=("error_log",),
)

RUNTIME_ERRORS = Table(
    name="runtime_errors",
    schema=_schema(
        ("error_id", pa.string()),
        ("session_id", pa.string()),
        ("app_id", pa.string()),
        ("user_id", pa.string()),
        ("build_id", pa.string()),  # the deployed build that raised it
        ("error_type", pa.string()),  # TypeError, ReferenceError, ...
        ("message", pa.string()),
        ("stack_trace", pa.string()),
        ("created_at", TS),
        ("updated_at", TS),
    ),
    primary_key="error_id",
    partition_column="created_at",
    required=(
        "error_id",
        "session_id",
        "app_id",
        "user_id",
        "error_type",
        "message",
        "created_at",
        "updated_at",
    ),
    text_columns=("message", "stack_trace"),
)

FEEDBACK = Table(
    name="feedback",
    schema=_schema(
        ("feedback_id", pa.string()),
        ("session_id", pa.string()),
        ("user_id", pa.string()),
        ("message_id", pa.string()),  # the assistant turn judged
        ("edit_id", pa.string()),  # for accept / revert
        ("kind", pa.string()),  # accept | revert | regenerate | thumbs_up | thumbs_down
        ("comment", pa.string()),  # optional free text
        ("created_at", TS),
        ("updated_at", TS),
    ),
    primary_key="feedback_id",
    partition_column="created_at",
    required=("feedback_id", "session_id", "user_id", "kind", "created_at", "updated_at"),
    text_columns=("comment",),
)

DELETION_REQUESTS = Table(
    name="deletion_requests",
    schema=_schema(
        ("request_id", pa.string()),
        ("user_id", pa.string()),
        ("requested_at", TS),
        ("status", pa.string()),  # pending | done
        ("updated_at", TS),
    ),
    primary_key="request_id",
    partition_column="requested_at",
    required=("request_id", "user_id", "requested_at", "status", "updated_at"),
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        USERS,
        CONSENT_EVENTS,
        APPS,
        CHAT_SESSIONS,
        MESSAGES,
        CODE_EDITS,
        BUILDS,
        RUNTIME_ERRORS,
        FEEDBACK,
        DELETION_REQUESTS,
    )
}

# Gold labels for planted PII/secrets: one row per planted span (source side only).
GOLD_SCHEMA = _schema(
    ("table", pa.string()),
    ("row_id", pa.string()),  # primary key value of the row
    ("column", pa.string()),
    ("start", pa.int32()),  # character offsets into the column's text
    ("end", pa.int32()),
    ("type", pa.string()),  # one of ENTITY_TYPES
    ("value", pa.string()),  # the planted value (raw side only; used to prove it is gone)
)

ENTITY_TYPES = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "US_SSN",
    "LOCATION",
    "SECRET",
)


def table(name: str) -> Table:
    """Look up a table by name with a clear error for typos."""
    try:
        return TABLES[name]
    except KeyError:
        raise KeyError(f"unknown table {name!r}; known: {', '.join(TABLES)}") from None
