"""The platform source: its table contract and the readers extraction uses.

- the table contract (one pyarrow schema per platform table, ``TABLES``) is core:
  :mod:`transforms.contracts.platform` (``source.schema`` re-exports it during the move).
- :mod:`~transforms.source.contract`: row validation, drift and quarantine rules.
- :mod:`~transforms.source.ndjson`: the streaming export-file reader.
- :mod:`~transforms.source.postgres`: schema DDL and the incremental change reader;
  :mod:`~transforms.source.watermarks`: where incremental extraction resumes.

Nothing here imports the simulator (:mod:`transforms.simulator`), which writes sources.
"""
