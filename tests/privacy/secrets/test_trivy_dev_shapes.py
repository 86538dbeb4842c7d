"""Shapes found in the ``trivy-files`` dev corpus (issue #14, session 30): Kubernetes docker
config Secrets, and second-engine vendor prefixes glued to the word before them."""

from __future__ import annotations

from transforms.privacy.secrets.detector import (
    _prefix_inside_word,
    detect_own_secrets,
    detect_secrets,
)

_DOCKER_JSON = (
    "eyJhdXRocyI6eyJodHRwczovL2luZGV4LmRvY2tlci5pby92MS8iOnsiYXV0aCI6ImRYTmxjanB3In19fQ=="
)


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_own_secrets(text)]


def test_docker_config_secret_items_are_found_in_yaml_and_json():
    yaml_text = f"kind: Secret\ndata:\n  .dockerconfigjson: {_DOCKER_JSON}\n"
    assert _DOCKER_JSON in _found(yaml_text)
    json_text = '{"data": {".dockercfg": "eyJodHRwczovL2luZGV4LmRvY2tlci5pby92MS8iOnt9fQ=="}}'
    assert "eyJodHRwczovL2luZGV4LmRvY2tlci5pby92MS8iOnt9fQ==" in _found(json_text)


def test_docker_config_type_names_and_placeholders_are_not_secrets():
    assert not _found("type: kubernetes.io/dockerconfigjson\n")
    assert not _found(".dockerconfigjson: <base64-encoded-docker-config>\n")
    assert not _found(".dockerconfigjson: xxxxxxxxxxxx\n")


def test_a_vendor_prefix_glued_to_a_word_is_not_a_token_start():
    text = "Sogho_ICANVASRENDERINGVIACONTEXT2D3D5D7D8D"
    assert _prefix_inside_word(text, 3)  # "gho_" inside "Sogho_"
    assert not _prefix_inside_word("token gho_abc", 6)
    assert not _prefix_inside_word("x\\ngho_abc", 3)  # after a JSON "\n" escape
    # a long specific prefix glued to a word still starts a token
    assert not _prefix_inside_word("ourgithub_pat_11ABCDEFG0123456789", 3)
    assert not any(s.detector == "kingfisher" for s in detect_secrets(text))


def test_an_upper_case_constant_beside_a_name_is_not_a_key():
    line = "DISPID_ICANVASRENDERINGCONTEXT2D_CANVAS DISPID_CANVASRENDERCONTEXT2D\n"
    assert not _found(line)
    # a mixed-case random value beside a service name still is
    assert "Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1" in _found("pepipost Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1\n")


def test_an_unencrypted_maven_master_password_is_found_only_in_settings_security():
    text = "<settingsSecurity>\n<master>plainMaster</master>\n</settingsSecurity>\n"
    assert "plainMaster" in _found(text)
    assert not _found("<master>plainMaster</master>")  # no settings-security document
    assert not _found("<settingsSecurity>\n<master>changeme</master>\n</settingsSecurity>\n")
