"""Core contracts: one schema object per dataset, read by every layer.

- :mod:`~transforms.contracts.platform`: the platform source tables (``TABLES``: one pyarrow
  schema per table, keys, partition column, privacy roles), ``ID_KINDS`` and the PII
  ``ENTITY_TYPES`` the gold labels and detectors share.

Nothing here imports the rest of the package (pyarrow only), so any layer may import it.
"""
