"""The platform table contract, re-exported from core (:mod:`transforms.contracts.platform`).

Kept for modules that still import it from here while they are reworked in parallel
(``exports``, privacy detection, ``pipelines/warehouse.py``); new code imports
:mod:`transforms.contracts.platform`.
"""

from transforms.contracts.platform import (
    APPS,
    BUILDS,
    CHAT_SESSIONS,
    CODE_EDITS,
    CONSENT_EVENTS,
    DELETION_REQUESTS,
    ENTITY_TYPES,
    FEEDBACK,
    GOLD_SCHEMA,
    ID_KINDS,
    MESSAGES,
    RUNTIME_ERRORS,
    TABLES,
    TS,
    USERS,
    Table,
    table,
)

__all__ = [
    "APPS",
    "BUILDS",
    "CHAT_SESSIONS",
    "CODE_EDITS",
    "CONSENT_EVENTS",
    "DELETION_REQUESTS",
    "ENTITY_TYPES",
    "FEEDBACK",
    "GOLD_SCHEMA",
    "ID_KINDS",
    "MESSAGES",
    "RUNTIME_ERRORS",
    "TABLES",
    "TS",
    "USERS",
    "Table",
    "table",
]
