"""Registers the shared privacy-lifecycle fixture once per session (see its module)."""

from privacy_lifecycle_fixture import lifecycle  # noqa: F401 - fixture
