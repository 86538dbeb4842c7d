"""The platform simulator: demo and test data with gold labels (a product of its own).

- :mod:`~transforms.simulator.generator`: ``generate`` (``iw generate``), the day loop and
  shards; :mod:`~transforms.simulator.session`: one coding session at a time;
  :mod:`~transforms.simulator.conversation`, :mod:`~transforms.simulator.codegen`,
  :mod:`~transforms.simulator.texts`: what users and assistants say and write.
- :mod:`~transforms.simulator.pii` and :mod:`~transforms.simulator.labelled_text`: planted
  PII/secret values and their gold spans; :mod:`~transforms.simulator.low_quality`: gold
  low-quality turns; :mod:`~transforms.simulator.bad_rows`: contract-breaking rows.
- :mod:`~transforms.simulator.sinks` (export files) and
  :mod:`~transforms.simulator.postgres_sink` (PostgreSQL) write what is generated.

It depends on the source contract (:mod:`transforms.source.schema`), never the reverse.
"""
