"""A bare UUID on its own line is no ``service_name_value_line`` (session 31,
``assistant_sessions_train``: Claude Code tool output listing session ids); a service name
before a UUID still is."""

from __future__ import annotations

from transforms.privacy.engine import detect_batch


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in detect_batch([text])[0]]


def test_uuid_list_is_no_secret():
    text = (
        "```text\n12186a64-d4e7-46bf-b8c4-cd9014dee7cc\nc2002e4e-88a7-4380-9b29-37fba4c8d3f7\n```"
    )
    assert _found(text) == []


def test_single_uuid_line_is_no_secret():
    assert _found("c2002e4e-88a7-4380-9b29-37fba4c8d3f7") == []


def test_service_name_before_uuid_still_found():
    value = "c2002e4e-88a7-4380-9b29-37fba4c8d3f7"
    assert (value, "SECRET") in _found(f"heroku {value}")
