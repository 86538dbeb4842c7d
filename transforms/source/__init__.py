"""The platform source: its row contract and the readers extraction uses.

- the table contract (one pyarrow schema per platform table, ``TABLES``) is core:
  :mod:`transforms.contracts.platform`.
- :mod:`~transforms.source.contract`: row validation, drift and quarantine rules.
- :mod:`~transforms.source.ndjson`: the streaming export-file reader.
- :mod:`~transforms.source.postgres`: the incremental change reader (URL and DDL:
  :mod:`transforms.contracts.postgres`);
  :mod:`~transforms.source.watermarks`: where incremental extraction resumes.

Nothing here imports the simulator (:mod:`transforms.simulator`), which writes sources.
"""
