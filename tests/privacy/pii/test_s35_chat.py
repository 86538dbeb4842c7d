"""English words of a coding chat and four-part file versions are no PII (session 35)."""

from __future__ import annotations

from transforms.privacy.pii.chat_english import drop_english_chat_words, english_chat_words
from transforms.privacy.pii.patterns import detect_ips
from transforms.privacy.spans import Span

CHECKLIST = (
    "## Plan\n\n- [ ] Add a `scrollPosition` field to store the library scroll value\n"
    "- [ ] Modify Library component to save scroll position on navigation\n"
)
CONSOLE = "The refresh button does nothing.\n\nConsole Log:\nchunk-2TUCADQZ.js?v=94135a35:21 error"
LAYERS = "The `LocalFileDocumentStorage` implementation will live in Infrastructure."


def _span(text: str, value: str, kind: str = "PERSON") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, 0.85, "test")


def test_title_case_step_of_a_checklist_is_dropped():
    span = _span(CHECKLIST, "Modify Library", "LOCATION")
    assert drop_english_chat_words(CHECKLIST, [span]) == []


def test_line_label_over_a_log_is_dropped():
    assert drop_english_chat_words(CONSOLE, [_span(CONSOLE, "Console Log")]) == []


def test_layer_name_in_code_chat_is_dropped():
    assert drop_english_chat_words(LAYERS, [_span(LAYERS, "Infrastructure", "LOCATION")]) == []


def test_listed_names_stay_names():
    text = "Ask **Grace Hopper** or **Will Smith** about `main.py`; **Mark** reviewed it."
    for value in ("Grace Hopper", "Will Smith", "Mark"):
        assert english_chat_words(text, _span(text, value)) is False


def test_listed_places_stay_places():
    text = "The `deploy` job runs in **Reading** and in **Turkey** now."
    for value in ("Reading", "Turkey"):
        assert english_chat_words(text, _span(text, value, "LOCATION")) is False


def test_plain_prose_without_markdown_keeps_the_span():
    text = "We met the Library people yesterday and they were kind."
    span = _span(text, "Library", "LOCATION")
    assert drop_english_chat_words(text, [span]) == [span]


def test_non_english_chat_is_left_to_its_own_module():
    text = "`npm test` — Agora vamos verificar o Domínio e a Biblioteca do projeto inteiro hoje."
    assert english_chat_words(text, _span(text, "Biblioteca", "LOCATION")) is False


def test_four_part_twin_of_a_version_is_no_address():
    text = 'Replace "2.16.0" with "2.17.0" and "2.16.0.0" with "2.17.0.0" in the build script.'
    assert detect_ips(text) == []


def test_user_agent_version_is_no_address():
    text = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0.0.0 Safari/537.36"
    assert detect_ips(text) == []


def test_public_addresses_still_found():
    for text in ("the server at 93.184.216.34 refused", "release 2.16.0 went to 2.16.0.1"):
        assert [text[s.start : s.end] for s in detect_ips(text)] in (
            ["93.184.216.34"],
            ["2.16.0.1"],
        )


def test_head_of_a_dotted_namespace_is_dropped():
    text = "Token contrast tests will be plain xUnit tests in Domain.Tests or Integration.Tests."
    assert drop_english_chat_words(text, [_span(text, "Domain", "LOCATION")]) == []


def test_street_address_in_code_chat_stays():
    text = "Our office: 3853 Market Street, Atlanta, GA 30315. Header `Authorization: Bearer x`"
    span = _span(text, "3853 Market Street, Atlanta, GA 30315", "LOCATION")
    assert drop_english_chat_words(text, [span]) == [span]
    bare = "Meet me on Market Street after the `deploy` job."
    street = _span(bare, "Market Street", "LOCATION")
    assert drop_english_chat_words(bare, [street]) == [street]
