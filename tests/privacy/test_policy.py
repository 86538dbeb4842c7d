"""The policy hash moves with the detector's code, data and libraries, not with its evaluation."""

from __future__ import annotations

import shutil
from pathlib import Path

from transforms.privacy import policy


def _tree(root: Path) -> Path:
    (root / "pii" / "data").mkdir(parents=True)
    (root / "evaluation").mkdir()
    (root / "pii" / "__pycache__").mkdir()
    (root / "engine.py").write_text("RULE = 1\n")
    (root / "pii" / "data" / "names.json").write_text('["Ada"]\n')
    (root / "evaluation" / "external.py").write_text("FLOOR = 0.8\n")
    (root / "pii" / "__pycache__" / "engine.cpython-311.pyc").write_bytes(b"\x00")
    return root


def test_digest_moves_with_detector_code_and_data(tmp_path):
    root = _tree(tmp_path / "privacy")
    before = policy.detector_digest(root)
    assert before.startswith("sha256:") and before == policy.detector_digest(root)
    (root / "engine.py").write_text("RULE = 2\n")
    after_code = policy.detector_digest(root)
    (root / "pii" / "data" / "names.json").write_text('["Ada", "Grace"]\n')
    after_data = policy.detector_digest(root)
    assert len({before, after_code, after_data}) == 3


def test_digest_ignores_evaluation_and_bytecode(tmp_path):
    root = _tree(tmp_path / "privacy")
    before = policy.detector_digest(root)
    (root / "evaluation" / "external.py").write_text("FLOOR = 0.9\n")
    (root / "pii" / "__pycache__" / "engine.cpython-311.pyc").write_bytes(b"\x01")
    assert policy.detector_digest(root) == before


def test_digest_ignores_editor_litter_but_not_new_data(tmp_path):
    root = _tree(tmp_path / "privacy")
    before = policy.detector_digest(root)
    (root / "pii" / ".engine.py.swp").write_bytes(b"vim")
    (root / "engine.py~").write_text("RULE = 0\n")
    (root / "pii" / "data" / "names.json.orig").write_text("[]\n")
    (root / ".DS_Store").write_bytes(b"\x00")
    assert policy.detector_digest(root) == before
    (root / "pii" / "data" / "places.csv").write_text("Lisbon\n")
    assert policy.detector_digest(root) != before


def test_digest_names_files_by_path_not_only_bytes(tmp_path):
    root = _tree(tmp_path / "privacy")
    before = policy.detector_digest(root)
    shutil.move(root / "engine.py", root / "pii" / "engine.py")
    assert policy.detector_digest(root) != before


def test_policy_description_holds_code_digest_and_library_versions():
    desc = policy.policy_description()
    assert desc["detector_code"] == policy.detector_digest()
    libraries = desc["libraries"]
    assert set(libraries) == set(policy.DETECTION_LIBRARIES)
    # the locked set is installed wherever the tests run
    assert libraries["presidio-analyzer"] and libraries["phonenumbers"]
    assert policy.policy_hash() == policy.policy_hash()


def test_hash_moves_when_a_library_version_moves(monkeypatch):
    before = policy.policy_hash()
    monkeypatch.setattr(
        policy, "library_versions", lambda: {d: "0.0.0" for d in policy.DETECTION_LIBRARIES}
    )
    assert policy.policy_hash() != before
