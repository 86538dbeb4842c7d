"""Regenerate ``examples.json``: one IBAN per country of the SWIFT IBAN registry.

Run: ``uv run --no-project --with schwifty==2026.10.1 python tests/data/iban/make_examples.py``.
schwifty (MIT) ships the registry's per-country BBAN structure (``bban_spec``: lengths and
alphabets of bank, branch and account parts); ``IBAN.random(use_registry=False)`` builds a
valid IBAN to that structure with correct ISO 13616 check digits. Territories that use a parent
country's format (AX, GF, GP, IM, JE, GG, ...) are listed there too.
"""

from __future__ import annotations

import json
import random
from importlib import resources
from pathlib import Path

from schwifty import IBAN


def main() -> None:
    spec = resources.files("schwifty") / "iban_registry" / "generated.json"
    countries = sorted(json.loads(spec.read_text(encoding="utf-8")))
    rng = random.Random(13616)
    examples = {
        c: str(IBAN.random(country_code=c, random=rng, use_registry=False)) for c in countries
    }
    out = Path(__file__).with_name("examples.json")
    out.write_text(json.dumps(examples, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
