"""The KPWr n82 Polish eval sample, added in session 36: document-hash split, every 2nd sentence
of each document, gold as upstream tags it, the converter's type and document rules, the vendored
file reproduced from the upstream mirror when present, and CI floors on a fixed dev slice (a
little under the measured figures; they catch regressions, not targets)."""

from __future__ import annotations

from pathlib import Path

from converter_scripts import assert_file_rebuilds_from_mirror, load_converter
from corpus_floors import (
    assert_gold_trimmed_and_typed,
    assert_groups_stay_in_one_split,
    assert_slice_floors,
    gold_type_counts,
)

from transforms.privacy.evaluation.external import DATA_DIR, PII_CORPORA, load_corpus

MIRROR = Path("/work/.mirror/CLARIN-PL+PolDeepNer/repo")
COMMIT = "1cb82101c4dffc38c1dc1fef290f640cf46109fe"
CONVERTER = DATA_DIR / "kpwr" / "convert_kpwr.py"


def test_split_sizes_and_gold_counts():
    assert "kpwr" in PII_CORPORA
    counts = gold_type_counts("kpwr", ("PERSON", "LOCATION"))
    sizes = (len(load_corpus("kpwr", "dev")), len(load_corpus("kpwr", "heldout")))
    assert sizes == (1489, 749)
    assert counts == {
        ("dev", "PERSON"): 294,
        ("dev", "LOCATION"): 418,
        ("heldout", "PERSON"): 170,
        ("heldout", "LOCATION"): 188,
    }


def test_a_document_never_straddles_the_split():
    assert_groups_stay_in_one_split("kpwr")


def test_gold_spans_are_trimmed_and_other_categories_unscored():
    assert_gold_trimmed_and_typed("kpwr")


def test_converter_reads_documents_and_maps_categories():
    conv = load_converter(CONVERTER)
    lines = [
        "-DOCSTART CONFIG FEATURES orth base ctag",
        "-DOCSTART FILE blogi/001",
        "Jan\tJan\tsubst\tB-nam_liv_person",
        "Kowalski\tKowalski\tsubst\tI-nam_liv_person",
        "mieszka\tmieszkać\tfin\tO",
        "w\tw\tprep\tO",
        "Krakowie\tKraków\tsubst\tB-nam_loc_gpe_city",
        "przy\tprzy\tprep\tO",
        "ulicy\tulica\tsubst\tO",
        "Długiej\tdługi\tadj\tB-nam_fac_road",
        ".\t.\tinterp\tO",
        "",
        "Skip\tskip\tsubst\tO",
        "",
        "Lubi\tlubić\tfin\tO",
        "Firefoksa\tFirefox\tsubst\tB-nam_pro_software",
        "",
        "-DOCSTART FILE wiki/002",
        "Polska\tPolska\tsubst\tB-nam_loc_gpe_country",
        "",
    ]
    recs = conv.records(lines)
    assert [r["id"] for r in recs] == ["kpwr-blogi/001-0", "kpwr-blogi/001-2", "kpwr-wiki/002-0"]
    first, second, third = recs
    assert first["text"] == "Jan Kowalski mieszka w Krakowie przy ulicy Długiej."
    assert [(first["text"][s:e], t) for s, e, t in first["gold"]] == [
        ("Jan Kowalski", "PERSON"),
        ("Krakowie", "LOCATION"),
        ("Długiej", "LOCATION"),
    ]
    assert second["gold"] == [[5, 14, "nam_pro_software"]]
    assert third["gold"] == [[0, 6, "LOCATION"]]
    assert {r["split"] for r in recs} <= {"dev", "heldout"}


def test_vendored_file_is_the_converted_upstream():
    assert_file_rebuilds_from_mirror(
        "kpwr", MIRROR, COMMIT, "poldeepner/data/kpwr-ner-n82-test.iob", CONVERTER
    )


# Every second dev record, md only: type -> (recall floor, precision floor). Measured 2026-12-06
# on the whole dev split (1,489 sentences, 294 PER, 418 LOC): untuned PERSON R 0.769 P 0.550,
# LOCATION R 0.258 P 0.862; after polish_places and short Polish messages PERSON R 0.765
# P 0.691, LOCATION R 0.397 P 0.891.
DEV_SLICE_FLOORS = {"en_core_web_md": {"kpwr": {"PERSON": (0.68, 0.60), "LOCATION": (0.30, 0.80)}}}


def test_dev_slice_floors():
    assert_slice_floors("kpwr", "dev", DEV_SLICE_FLOORS)
