"""Training-set exports: curated, consented, deduplicated, decontaminated, versioned.

Entry points: ``build.build_exports`` (``iw export``), ``verify.verify_version``
(``iw export verify``), ``registry.mark_revoked`` / ``registry.latest_active`` (privacy team),
``bench.bench_dedup`` (``iw bench dedup``). Module map: ``specs`` (datasets and output schemas),
``curation`` (steps), ``shingles`` / ``minhash`` / ``kernels`` (near-dedup), ``decontam``
(eval-set overlap), ``sources`` (warehouse snapshot, consent, gate, policy), ``writer`` /
``card`` / ``registry`` (versions on disk).
"""
