"""The CrossNER (English Wikipedia, five domains), Turku NER (Finnish) and StackOverflowNER
(software Q&A) eval sets, added in session 34: official splits, gold as upstream counts it, the
converters' type rules, the vendored files reproduced from the upstream mirrors when present,
and CI floors on fixed dev slices.

Floors sit a little under the untuned figures measured when they were set; they catch
regressions, they are not targets.
"""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from converter_scripts import load_converter
from corpus_floors import assert_gold_trimmed_and_typed, assert_slice_floors, gold_type_counts

from transforms.privacy.evaluation.external import DATA_DIR, PII_CORPORA, load_corpus

CORPORA = ("crossner", "turku_ner", "so_ner")
MIRRORS = Path("/work/.mirror")


def _counts(name: str) -> Counter:
    return gold_type_counts(name, ("PERSON", "LOCATION"))


def test_official_split_sizes_and_gold_counts():
    assert all(name in PII_CORPORA for name in CORPORA)
    sizes = {(c, s): len(load_corpus(c, s)) for c in CORPORA for s in ("dev", "heldout")}
    assert sizes == {
        ("crossner", "dev"): 2121,
        ("crossner", "heldout"): 2506,
        ("turku_ner", "dev"): 1364,
        ("turku_ner", "heldout"): 1555,
        ("so_ner", "dev"): 536,
        ("so_ner", "heldout"): 564,
    }
    assert _counts("crossner") == {
        ("dev", "PERSON"): 2636,
        ("dev", "LOCATION"): 1205,
        ("heldout", "PERSON"): 3104,
        ("heldout", "LOCATION"): 2000,
    }
    # upstream data/conll/{dev,test}.tsv: B-PER 298 / 310, B-LOC 288 / 287
    assert _counts("turku_ner") == {
        ("dev", "PERSON"): 298,
        ("dev", "LOCATION"): 288,
        ("heldout", "PERSON"): 310,
        ("heldout", "LOCATION"): 287,
    }
    assert _counts("so_ner") == {("dev", "PERSON"): 30, ("heldout", "PERSON"): 24}
    # ids say the split: crossner-<domain>-<split>-<n>, turku_ner-<split>-<doc>-<line>
    for split in ("dev", "heldout"):
        assert all(f"-{split}-" in r["id"] for c in CORPORA for r in load_corpus(c, split))


def test_gold_is_trimmed_and_only_person_and_location_are_scored():
    for name in CORPORA:
        assert_gold_trimmed_and_typed(name)
    turku = {r["id"]: r for r in load_corpus("turku_ner", "dev")}
    rec = turku["turku_ner-dev-b107-9"]
    assert rec["text"].startswith("Mielestäni Paavo Westerbegin teksti")
    assert [rec["text"][s:e] for s, e, t in rec["gold"] if t == "PERSON"] == ["Paavo Westerbegin"]
    # an organisation gold span stays its upstream type (ignored when scoring)
    rec = turku["turku_ner-dev-b107-1"]
    assert [(rec["text"][s:e], t) for s, e, t in rec["gold"]] == [
        ("Suomen Perinteisen Teatterin", "ORG"),
        ("Ranta", "PRO"),
    ]


def test_crossner_converter_maps_domain_person_types_and_keeps_the_rest():
    conv = load_converter(DATA_DIR / "crossner" / "convert_crossner.py")
    block = [
        ("Romano", "B-politician"),
        ("Prodi", "I-politician"),
        ("won", "O"),
        ("the", "O"),
        ("2006", "B-election"),
        ("election", "I-election"),
        ("in", "I-election"),
        ("Italy", "I-election"),
        ("(", "O"),
        ("Rome", "B-location"),
        (",", "O"),
        ("Italy", "B-country"),
        (")", "O"),
        (".", "O"),
    ]
    rec = conv.record(block, "crossner-politics-dev-0", "dev")
    assert rec["text"] == "Romano Prodi won the 2006 election in Italy (Rome, Italy)."
    got = [(rec["text"][s:e], t) for s, e, t in rec["gold"]]
    assert got == [
        ("Romano Prodi", "PERSON"),
        ("2006 election in Italy", "election"),
        ("Rome", "LOCATION"),
        ("Italy", "LOCATION"),
    ]
    # every upstream type is known: none silently becomes O
    kinds = {t for r in load_corpus("crossner", "all") for *_, t in r["gold"]}
    assert kinds == set(conv.TYPES.values()) and len(conv.TYPES) == 39


def test_so_ner_posts_drop_headers_and_keep_code_types_unscored():
    conv = load_converter(DATA_DIR / "so_ner" / "convert_so_ner.py")
    rows = [
        [("Answer_to_Question_ID", "O"), (":", "O"), ("608721", "O")],
        [("Question_URL", "O"), (":", "O"), ("https://stackoverflow.com/questions/608721/", "O")],
        [("Use", "O"), ("ArrayList", "B-Library_Class"), ("(", "O"), (")", "O"), (".", "O")],
        [("Scott", "B-User_Name"), ("Hanselman", "I-User_Name"), ("wrote", "O"), ("it", "O")],
    ]
    [(post, sentences)] = conv.posts(rows)
    assert post == "a608721" and len(sentences) == 2
    rec = conv.record(sentences, "so_ner-dev-1-a608721", "dev")
    assert rec["text"] == "Use ArrayList ().\nScott Hanselman wrote it"
    got = [(rec["text"][s:e], t) for s, e, t in rec["gold"]]
    assert got == [("ArrayList", "Library_Class"), ("Scott Hanselman", "PERSON")]
    kinds = {t for r in load_corpus("so_ner", "all") for *_, t in r["gold"]}
    assert kinds <= set(conv.TYPES.values()) and "PERSON" in kinds and "LOCATION" not in kinds
    assert len(conv.TYPES) == 27
    dev = load_corpus("so_ner", "dev")
    assert not any("Question_URL" in r["text"] or "Question_ID" in r["text"] for r in dev)


def _git_export(mirror: str, commit: str, path: str, dest: Path) -> None:
    git_dir = MIRRORS / mirror / "repo"
    if not git_dir.is_dir():
        pytest.skip(f"no local {mirror} mirror")
    archive = subprocess.run(
        ["git", "-C", str(git_dir), "archive", commit, path], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)


@pytest.mark.parametrize(
    ("name", "mirror", "commit", "upstream", "converter"),
    [
        (
            "crossner",
            "zliucr+CrossNER",
            "2e7ba2a7798c961e3f29fbc51252c5a8d40224bf",
            "ner_data",
            "convert_crossner.py",
        ),
        (
            "turku_ner",
            "TurkuNLP+turku-ner-corpus",
            "41856819d45580f1c4ce7100e75ea6b859fb75dc",
            "data/standoff",
            "convert_turku.py",
        ),
        (
            "so_ner",
            "jeniyat+StackOverflowNER",
            "d1f408d235fcfbb268f028ef53162398ecb8a328",
            "resources/annotated_ner_data/StackOverflow",
            "convert_so_ner.py",
        ),
    ],
)
def test_vendored_file_is_the_converted_upstream(
    name, mirror, commit, upstream, converter, tmp_path
):
    _git_export(mirror, commit, upstream, tmp_path)
    conv = load_converter(DATA_DIR / name / converter)
    lines = [json.dumps(r, ensure_ascii=False) for r in conv.records(tmp_path / upstream)]
    assert lines == (DATA_DIR / PII_CORPORA[name]).read_text(encoding="utf-8").splitlines()


# Every second dev record, md only: corpus -> type -> (recall floor, precision floor). Measured
# 2026-12-06 untuned (corpora added, session 34, at bcf04ff): crossner (1,061 sentences; 1,337
# PER, 614 LOC) PERSON R 0.896 P 0.956, LOCATION R 0.744 P 0.931 (all of dev: 0.887 / 0.955,
# 0.743 / 0.938); turku_ner (682; 167 PER, 164 LOC) PERSON R 0.659 P 0.519, LOCATION R 0.152
# P 0.556 on 45 detections (all of dev: 0.624 / 0.497, 0.129 / 0.425): Finnish case endings
# ("Helsingissä") are what the detector misses.
DEV_SLICE_FLOORS: dict[str, dict[str, dict[str, tuple[float, float]]]] = {
    "en_core_web_md": {
        "crossner": {"PERSON": (0.87, 0.93), "LOCATION": (0.72, 0.90)},
        "turku_ner": {"PERSON": (0.62, 0.48), "LOCATION": (0.12, 0.45)},
    }
}


@pytest.mark.parametrize("corpus", ["crossner", "turku_ner"])
def test_dev_slice_floors(corpus):
    assert_slice_floors(corpus, "dev", DEV_SLICE_FLOORS)


def test_so_ner_dev_slice_names_found_and_code_left_alone():
    """Every second so_ner dev post (268; 13 user names), md only. Measured 2026-12-06 untuned
    (session 34): PERSON R 0.769 P 0.833 (10 found, 2 false), 2 LOCATION detections, all false
    (no LOCATION gold); all of dev: PERSON R 0.533 P 0.773, 8 false LOCATION in 536 posts."""
    from transforms.privacy.engine import detect_batch
    from transforms.privacy.evaluation.external import score_records
    from transforms.privacy.pii.ner_model import model_name

    if model_name() != "en_core_web_md":
        pytest.skip(f"no so_ner floors measured for {model_name()}")
    records = load_corpus("so_ner", "dev")[::2]
    detected = [
        [{"start": s.start, "end": s.end, "type": s.type} for s in spans]
        for spans in detect_batch([r["text"] for r in records])
    ]
    per_type = score_records(records, detected)["per_type"]
    assert per_type["PERSON"]["recall"] >= 0.69 and per_type["PERSON"]["precision"] >= 0.75
    # no LOCATION gold; since session 34's devprose round the slice has no LOCATION detection
    # at all, and the scorer then lists no LOCATION row
    location = per_type.get("LOCATION", {"gold": 0, "detected": 0})
    assert location["gold"] == 0 and location["detected"] <= 4
