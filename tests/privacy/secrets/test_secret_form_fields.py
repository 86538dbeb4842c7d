"""Session 32 leftovers: a form/query body's next field ends a value (no overrun past
``&name=``), dotted vendor prefixes glued to a word are not a token's start, and Azure common
annotated keys of each documented kind character."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import (
    _prefix_inside_word,
    detect_own_secrets,
    second_engine_extra,
)
from transforms.privacy.spans import Span, resolve_overlaps

_SECRET = "Xy7kP2qR9sT4vW8zA1bC3dE5"


def _redacted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in resolve_overlaps(detect_own_secrets(text))]


@pytest.mark.parametrize(
    "text",
    [
        f"client_secret={_SECRET}&grant_type=client_credentials",
        f"CLIENT_SECRET={_SECRET}&grant_type=client_credentials&scope=read",
        f'curl https://login.example.com/oauth2/token -d "client_id=app&client_secret={_SECRET}'
        '&grant_type=client_credentials"',
        f"body: client_secret={_SECRET}&grant_type=client_credentials",
    ],
)
def test_a_form_body_value_stops_at_the_next_field(text):
    assert _redacted(text) == [_SECRET]


@pytest.mark.parametrize("password", ["Tr0ub4dor&3horse", "p@ss&word123", "Kx9&&mZ2!q"])
def test_a_password_keeps_its_own_ampersand(password):
    assert _redacted(f"DB_PASSWORD={password}\n") == [password]


def test_a_form_body_with_placeholder_values_is_not_a_secret():
    text = 'curl -d "client_id=app&client_secret=YOUR_CLIENT_SECRET&grant_type=client_credentials"'
    assert _redacted(text) == []


def test_dotted_and_underscored_prefixes_glued_to_a_word():
    assert _prefix_inside_word("somSG.APhb3zgjtx3hajdas1TjBB", 3)
    assert _prefix_inside_word("Sogho_ICANVAS12345", 2)
    assert not _prefix_inside_word("key: SG.APhb3zgjtx3hajdas1TjBB", 5)
    assert not _prefix_inside_word("\\nSG.APhb3zgjtx3hajdas1TjBB", 2)
    # a long specific prefix glued to text still starts a token
    assert not _prefix_inside_word("ourgithub_pat_11ABCDEFG", 3)


def test_second_engine_finding_glued_to_a_word_is_dropped():
    glued = "somSG.APhb3zgjtx3hajdas1TjBB.H7Sgbba3afgKSDyB442aDK0kpGO3SD332313-L5528Ke"
    alone = "key " + glued[3:]
    k = Span(3, len(glued), "SECRET", 0.9, "kingfisher")
    assert second_engine_extra(glued, [], [k]) == []
    k2 = Span(4, len(alone), "SECRET", 0.9, "kingfisher")
    assert second_engine_extra(alone, [], [k2]) == [k2]


_R62 = "Zq8Xw3Lm5Nb7Vc1Kd9Fg2Hj4Rt6Yp0Ts8Ue3Wi5Oa7Sd1Gf9Hk2Jl4Mn6Bv0Cx8Qz3Er5Ty7Ui1Op9"


@pytest.mark.parametrize(
    "key",
    [
        # 52 random, JQQJ9 + kind (9 standard, D derived, H hashed), date, reserved, provider
        _R62[:52] + "JQQJ99AL" + "ACAAAAAAAAAA" + "AAAS" + "AZDO" + _R62[:4],
        _R62[1:53] + "JQQJ9HBE" + _R62[10:22] + "AAAA" + "AZAC" + _R62[5:9] + "Xy==",
        _R62[2:54] + "JQQJ9DCA" + _R62[20:32] + "AAAA" + "msql" + _R62[9:13],
    ],
)
def test_azure_common_annotated_keys_of_each_kind(key):
    text = f"t {key}\n"
    assert any(s.detector == "azure_common_annotated_key" for s in detect_own_secrets(text))


def test_azure_annotated_key_with_an_undocumented_kind_is_not_this_rule():
    key = _R62[:52] + "JQQJ9XAL" + _R62[10:34]
    assert not any(s.detector == "azure_common_annotated_key" for s in detect_own_secrets(key))
