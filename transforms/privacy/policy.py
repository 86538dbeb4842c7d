"""The redaction policy as data, and its hash (recorded in export manifests and eval reports).

The hash covers everything that changes what gets redacted: every secret rule (name, trigger,
regex source), every pattern, segmentation and NER-rule regex, the NER model and kept labels,
the stop-word list and gazetteers, the placeholder format and the pseudonym scheme. Any edit
to those yields a new hash, so a training-set manifest says exactly which policy cleaned its
text.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

POLICY_VERSION = "2"


def policy_description() -> dict[str, Any]:
    """A stable, JSON-serialisable description of the active redaction policy."""
    from transforms.privacy import pseudonyms, segments
    from transforms.privacy.pii import (
        entity_checks,
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
    }


def policy_hash() -> str:
    """``sha256:<hex>`` of :func:`policy_description` (canonical JSON)."""
    blob = json.dumps(policy_description(), sort_keys=True, separators=(",", ":")).encode()
    return "sha256:" + hashlib.sha256(blob).hexdigest()
