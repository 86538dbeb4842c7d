"""The platform simulator: demo and test data with gold labels (a product of its own).

- :mod:`~transforms.simulator.generator`: ``generate`` (``iw generate``): sizing, sink,
  shards, manifest; :mod:`~transforms.simulator.platform`: the day loop
  (:class:`~transforms.simulator.platform.Simulator`) over the catalogue and per-user state of
  :mod:`~transforms.simulator.world`; :mod:`~transforms.simulator.session`: one coding session;
  :mod:`~transforms.simulator.conversation`, :mod:`~transforms.simulator.codegen`,
  :mod:`~transforms.simulator.texts`: what users and assistants say and write.
- :mod:`~transforms.simulator.pii` and :mod:`~transforms.simulator.labelled_text`: planted
  PII/secret values and their gold spans; :mod:`~transforms.simulator.low_quality`: gold
  low-quality turns; :mod:`~transforms.simulator.bad_rows`: contract-breaking rows.
- :mod:`~transforms.simulator.sinks` (export files) and
  :mod:`~transforms.simulator.postgres_sink` (PostgreSQL) write what is generated.

It writes the platform table contract (:mod:`transforms.contracts.platform`, core); the source
readers never import it.
"""
