"""The second secret engine (kingfisher) and how its findings merge with ours."""

from __future__ import annotations

import pytest

from transforms.config import Settings, _env_flag
from transforms.privacy.secrets import engines as secret_engines
from transforms.privacy.secrets.detector import (
    detect_own_secrets,
    detect_secrets,
    second_engine_extra,
)
from transforms.privacy.spans import Span

STRIPE = "sk_live_51Hx9Kq2LmZr7TbWv4Np8Yc3Jd6Gf1As0"


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    """One compiled-rule cache for the module (a cold compile takes seconds)."""
    return tmp_path_factory.mktemp("kingfisher-cache")


@pytest.fixture(scope="module")
def engine_on(cache_dir):
    secret_engines.configure(True, cache_dir)
    yield
    secret_engines.configure(True, cache_dir)


def test_kingfisher_offsets_are_characters_not_bytes(engine_on):
    text = f"clé → {STRIPE} ok"
    spans = secret_engines.kingfisher_spans(text)
    assert [text[s.start : s.end] for s in spans] == [STRIPE]
    assert all(s.detector == "kingfisher" and s.type == "SECRET" for s in spans)


def test_kingfisher_respects_placeholder_and_public_policy(engine_on):
    assert secret_engines.kingfisher_spans("STRIPE_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx") == []
    assert secret_engines.kingfisher_spans("pk_live_51Hx9Kq2LmZr7TbWv4Np8Yc3Jd6Gf1As0") == []


def test_merge_keeps_our_narrower_span(engine_on):
    url = "mongodb+srv://admin:Gs0AyZe7Ru2I@cluster0.ab12c.mongodb.net/app"
    spans = detect_secrets(url)
    assert {url[s.start : s.end] for s in spans} == {"Gs0AyZe7Ru2I"}


def test_second_engine_extra_drops_overlaps_and_code():
    text = "password = request.form['password'] and token=Qr4Tz8Wv3Np6Bc1Hd5Jf0Xk9"
    own = [Span(0, 5, "SECRET", 0.9, "x")]
    code = Span(11, 35, "SECRET", 0.9, "kingfisher")
    overlapping = Span(2, 8, "SECRET", 0.9, "kingfisher")
    real = Span(46, 71, "SECRET", 0.9, "kingfisher")
    assert second_engine_extra(text, own, [code, overlapping, real]) == [real]


def test_engine_switched_off_finds_nothing_extra(cache_dir):
    secret_engines.configure(False)
    try:
        assert secret_engines.kingfisher_spans(f"key {STRIPE}") == []
        assert detect_secrets(f"key {STRIPE}") == detect_own_secrets(f"key {STRIPE}")
    finally:
        secret_engines.configure(True, cache_dir)


def test_setting_reads_flag(monkeypatch):
    monkeypatch.setenv("IW_SECRETS_KINGFISHER", "0")
    assert Settings.from_env().secrets_kingfisher is False
    monkeypatch.setenv("IW_SECRETS_KINGFISHER", "yes")
    assert Settings.from_env().secrets_kingfisher is True
    monkeypatch.setenv("IW_SECRETS_KINGFISHER", "maybe")
    with pytest.raises(ValueError, match="IW_SECRETS_KINGFISHER must be one of"):
        _env_flag("IW_SECRETS_KINGFISHER", True)


def test_warm_up_builds_once_and_caches(cache_dir, monkeypatch):
    cache = cache_dir
    monkeypatch.setenv("IW_KINGFISHER_CACHE", str(cache))
    secret_engines.configure(True, cache)
    first = secret_engines._scanner
    secret_engines.warm_up_second_engine()
    assert secret_engines._scanner is first
    assert cache.is_dir() and (cache.stat().st_mode & 0o777) == 0o700
