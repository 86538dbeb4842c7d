"""Core contracts: one schema object per dataset, read by every layer.

- :mod:`~transforms.contracts.platform`: the platform source tables (``TABLES``: one pyarrow
  schema per table, keys, partition column, privacy roles), ``ID_KINDS`` and the PII
  ``ENTITY_TYPES`` the gold labels and detectors share.
- :mod:`~transforms.contracts.postgres`: the same tables in PostgreSQL (source URL format, DDL),
  shared by the simulator that writes such a source and the reader that extracts it.

Nothing here imports the rest of the package (only pyarrow, and psycopg for the DDL), so any
layer may import it.
"""
