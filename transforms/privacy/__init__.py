"""PII and secrets: detection, keyed pseudonyms, redaction, evaluation.

Modules (heavy dependencies such as spaCy/Presidio load lazily, on first detection):
- :mod:`~transforms.privacy.engine`: ``detect_batch`` / ``detect_many`` (process pool), the
  entry point for detection; :mod:`~transforms.privacy.secrets`,
  :mod:`~transforms.privacy.patterns`, :mod:`~transforms.privacy.ner` are its detectors and
  :mod:`~transforms.privacy.segments` the prose/code split NER relies on.
- :mod:`~transforms.privacy.pseudonyms`: per-user salts (crypto-shredding) and HMAC pseudonyms;
  :mod:`~transforms.privacy.redaction`: typed placeholders.
- :mod:`~transforms.privacy.api` (``iw pii detect|redact``), :mod:`~transforms.privacy.evaluate`
  (``iw pii eval``), :mod:`~transforms.privacy.baseline` (the naive Presidio reference),
  :mod:`~transforms.privacy.policy` (``policy_hash()`` for export manifests).
"""
