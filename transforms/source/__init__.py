"""The platform source: its table contract and the readers extraction uses.

- :mod:`~transforms.source.schema`: one pyarrow schema per platform table (``TABLES``).
- :mod:`~transforms.source.contract`: row validation, drift and quarantine rules.
- :mod:`~transforms.source.ndjson`: the streaming export-file reader.
- :mod:`~transforms.source.postgres`: schema DDL and the incremental change reader;
  :mod:`~transforms.source.watermarks`: where incremental extraction resumes.

Nothing here imports the simulator (:mod:`transforms.simulator`), which writes sources.
"""
