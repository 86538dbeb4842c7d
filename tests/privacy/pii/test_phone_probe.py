"""CI slice of the phone probe (transforms.bench.phone_probe): libphonenumber's example numbers
of a fixed set of regions in every written form, and the look-alikes that must stay clean."""

from __future__ import annotations

from transforms.privacy.evaluation.phone_forms import (
    FORMS,
    look_alikes,
    positive_cases,
    score_negatives,
    score_positives,
)
from transforms.privacy.pii.phones import detect_phones

# one or two regions per world numbering zone, outside and inside phones.REGIONS
SLICE = ("US", "NG", "KE", "GB", "DE", "FR", "PL", "BR", "CO", "AU", "SG", "RU", "JP", "IN", "AE")


def test_every_form_of_the_slice_is_found():
    cases = positive_cases(SLICE)
    report = score_positives(cases, [detect_phones(c.text) for c in cases])
    # recall per form on the slice at the time of writing (national dots lose the
    # thousands-, IP- and version-shaped ones: "800.123.456", "20.12.34.56", "2.2123.4567")
    floors = dict.fromkeys(FORMS, 1.0) | {
        "national": 0.93,
        "national_dashes": 0.93,
        "national_dots": 0.75,
        "ext_x": 0.93,
    }
    low = {
        form: row["recall"] for form, row in report["form"].items() if row["recall"] < floors[form]
    }
    assert not low, low
    assert report["extension_kept"]["recall"] == 1.0


def test_look_alikes_stay_unflagged():
    cases = [c for c in look_alikes(per_kind=10) if c[0] != "thousands_space"]
    report = score_negatives(cases, [detect_phones(text) for _, _, text in cases])
    assert report["flagged"] == 0, report["hits"][:5]
