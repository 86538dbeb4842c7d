"""PII and secrets: detection, keyed pseudonyms, redaction, evaluation, erasure.

Heavy dependencies (spaCy, Presidio, the second secret engine) load lazily, on first detection.

- :mod:`~transforms.privacy.engine`: ``detect_batch`` / ``detect_many`` (process pool), the one
  entry point for detection. It runs the detectors of two subpackages over each message and
  resolves overlaps (:mod:`~transforms.privacy.spans`); :mod:`~transforms.privacy.segments`
  and :mod:`~transforms.privacy.line_markers` split prose from code, so NER reads prose only.
- :mod:`transforms.privacy.pii`: names, places, street addresses, phones and the structured
  patterns (email, card, IBAN, IP, SSN); :mod:`~transforms.privacy.pii.ner` is the PERSON /
  LOCATION entry point, the other modules are its evidence and filters.
- :mod:`transforms.privacy.secrets`: :mod:`~transforms.privacy.secrets.detector` (the secret
  entry point), :mod:`~transforms.privacy.secrets.rules` (``SecretRule``, the trigger index),
  :mod:`~transforms.privacy.secrets.values` (the placeholder and public-value checks), the core
  and keyword rules (``core_rules``, ``assignments``, ``url_passwords``) and one module per
  family of documented formats; :mod:`~transforms.privacy.secrets.engines` merges the second
  engine (kingfisher).
- :mod:`transforms.privacy.evaluation`: ``iw pii eval``: generated gold
  (:mod:`~transforms.privacy.evaluation.generated_gold`), public corpora
  (:mod:`~transforms.privacy.evaluation.external`, ``secret_cases``, ``secret_files``) and the
  naive Presidio reference (:mod:`~transforms.privacy.evaluation.baseline`). Detectors never
  import it.
- :mod:`~transforms.privacy.redaction` (typed placeholders), :mod:`~transforms.privacy.pseudonyms`
  (per-user salts, HMAC pseudonyms), :mod:`~transforms.privacy.policy` (``policy_hash()``),
  :mod:`~transforms.privacy.api` (``iw pii detect|redact``),
  :mod:`~transforms.privacy.presidio_adapter` (our detector behind Presidio's API).
- Data governance: :mod:`~transforms.privacy.access` (the analyst boundary),
  :mod:`~transforms.privacy.erasure` and :mod:`~transforms.privacy.tombstones` (right to erasure),
  :mod:`~transforms.privacy.retention` (raw-lake TTL).
"""
