"""Shared fixtures for export tests: a contract-shaped fixture warehouse and a built export."""

from __future__ import annotations

import pytest

from transforms.config import Settings

from .fixtures import Planted, build_fixture_warehouse


@pytest.fixture(scope="session")
def fixture_warehouse(tmp_path_factory) -> tuple[Settings, Planted]:
    """Settings whose warehouse is the fixture warehouse (no exports built yet)."""
    data = tmp_path_factory.mktemp("export-fixture")
    settings = Settings(data_dir=data, workers=1)
    planted = build_fixture_warehouse(settings.warehouse_path)
    return settings, planted


@pytest.fixture(scope="session")
def built(fixture_warehouse):
    """One export of all three datasets over the fixture warehouse: (settings, planted, summary)."""
    from transforms.exports.build import build_exports

    settings, planted = fixture_warehouse
    summary = build_exports(settings, "all")
    return settings, planted, summary
