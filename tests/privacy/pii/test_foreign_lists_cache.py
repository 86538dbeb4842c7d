"""The non-English word and place lists kept on disk between processes (issue 14 start-up)."""

from __future__ import annotations

import json

import pytest

from transforms.privacy.pii import foreign_lists


@pytest.fixture
def list_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("IW_LIST_CACHE", str(tmp_path))
    foreign_lists._lists.cache_clear()
    yield tmp_path
    foreign_lists._lists.cache_clear()  # later tests load the process's usual lists again


def test_lists_read_back_from_the_cache_are_the_lists_built_from_the_packages(list_cache):
    built = foreign_lists._lists()  # a miss: built from the packages' data, then written
    (cached,) = list_cache.glob("foreign_lists-*.json")
    foreign_lists._lists.cache_clear()
    read = foreign_lists._lists()
    assert read == built
    assert read is not built
    assert {"common_pt", "countries", "cities", "major_cities"} <= set(read)
    assert "Lisboa" in foreign_lists.city_names() and "Alemanha" in foreign_lists.country_names()
    assert list(list_cache.iterdir()) == [cached]  # no temporary file left behind


def test_a_damaged_cache_file_is_built_again(list_cache):
    foreign_lists._lists()
    (cached,) = list_cache.glob("foreign_lists-*.json")
    expected = foreign_lists._lists()
    for damaged in ('{"countries": ["Atlan', '{"countries": ["Atlantis"]}', "[1, 2]"):
        cached.write_text(damaged, encoding="utf-8")  # half-written, or from elsewhere
        foreign_lists._lists.cache_clear()
        assert foreign_lists._lists() == expected
    rewritten = json.loads(cached.read_text(encoding="utf-8"))  # the rebuilt lists, written back
    assert {k: frozenset(v) for k, v in rewritten.items()} == expected
