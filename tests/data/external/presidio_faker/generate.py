"""Write ``presidio_faker.jsonl`` with presidio-research's own sentence generator (README.md).

Run in a throwaway venv OUTSIDE this repo (the generator pulls spaCy, transformers, pandas...)::

    python3 -m venv /tmp/pe/gen && /tmp/pe/gen/bin/pip install presidio-evaluator==0.3.2
    /tmp/pe/gen/bin/python generate.py > presidio_faker.jsonl

Not imported by the package. ``PresidioSentenceFaker`` is used with the settings its README and
``__main__`` give (locale ``en_US``, ``lower_case_ratio=0.05``, its bundled templates, entity
providers, person records and type mapping), seeded with :data:`SEED`. Two things are done here:

- **Lower-casing**: in 0.3.2 ``SentenceFaker._lower_pattern`` lower-cases the span values but
  writes the lower-cased sentence to an unused ``fake`` attribute, so ``full_text`` keeps its
  case. The text is taken from that attribute when it was set, which gives the documented
  behaviour (about 5 % of sentences wholly lower case, as in ``synth_dataset_v2.json``).
- **Offline**: ``HospitalProvider`` asks WikiData for US hospital names and falls back to its own
  short default list when that fails; the fallback is always used, so the output does not depend
  on the network.
- **Seeding**: the person records (``load_fake_person_df``, which draws middle initials with
  ``random``) are built before the constructor seeds ``random``; ``random`` is seeded with
  :data:`SEED` first as well, so the same command always writes the same file.
- **Clock**: Faker draws dates up to "now"; its date provider is given a clock fixed at
  :data:`NOW` so the (unscored) DATE_TIME values do not change from run to run.
- **Records**: ``{"id": "pf-<n>", "text", "gold": [[start, end, upstream_type], ...]}`` with n
  the sample's index in the generated sequence; a sample whose text repeats an earlier sample or
  any ``presidio_synth`` text is dropped, so no sentence sits in both corpora or both splits.
"""

from __future__ import annotations

import contextlib
import json
import random
import sys
from datetime import datetime
from pathlib import Path

import faker.providers.date_time as faker_dates
from presidio_evaluator.data_generator import PresidioSentenceFaker
from presidio_evaluator.data_generator.faker_extensions import HospitalProvider

SEED = 2029
RECORDS = 3000
NOW = datetime(2026, 12, 5)
SYNTH = Path(__file__).resolve().parents[1] / "presidio_synth" / "presidio_synth_dev.jsonl"


class _FixedClock(datetime):
    @classmethod
    def now(cls, tz=None):  # noqa: ANN001, ANN206 - datetime.now's signature
        return NOW if tz is None else NOW.replace(tzinfo=tz)


def main() -> None:
    seen = {json.loads(line)["text"] for line in SYNTH.read_text(encoding="utf-8").splitlines()}
    HospitalProvider.load_wiki_hospitals = lambda self: self.default_list
    random.seed(SEED)
    faker_dates.datetime = _FixedClock
    with contextlib.redirect_stdout(sys.stderr):  # its progress notes are printed to stdout
        generator = PresidioSentenceFaker(locale="en_US", lower_case_ratio=0.05, random_seed=SEED)
        samples = generator.generate_new_fake_sentences(int(RECORDS * 1.2))
    kept = 0
    for n, sample in enumerate(samples):
        text = sample.full_text
        lowered = getattr(sample, "fake", None)
        if isinstance(lowered, str) and len(lowered) == len(text):
            text = lowered
        if text in seen or not text.strip():
            continue
        seen.add(text)
        gold = sorted([s.start_position, s.end_position, s.entity_type] for s in sample.spans)
        for start, end, _ in gold:
            assert (
                text[start:end].lower()
                == str(
                    next(s.entity_value for s in sample.spans if s.start_position == start)
                ).lower()
            ), (n, text, start, end)
        print(json.dumps({"id": f"pf-{n}", "text": text, "gold": gold}, ensure_ascii=True))
        kept += 1
        if kept == RECORDS:
            break
    print(f"{kept} records", file=sys.stderr)


if __name__ == "__main__":
    main()
