"""Names a coding chat's structure disproves, and the names it keeps (session 36)."""

from __future__ import annotations

from transforms.privacy.pii.chat_english import drop_english_chat_words
from transforms.privacy.pii.chat_structure import drop_chat_structure_names
from transforms.privacy.pii.chat_vocabulary import code_chat
from transforms.privacy.spans import Span


def _span(text: str, value: str, kind: str = "PERSON", nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return Span(start, start + len(value), kind, 0.85, "test")


def _dropped(text: str, value: str, kind: str = "PERSON") -> bool:
    return drop_chat_structure_names(text, [_span(text, value, kind)]) == []


def test_template_artefact_in_a_table_cell_is_dropped():
    text = "| `refs/2.3.1_Creating_queries.txt` | Lundefined | `2.3.1 Creating queries` |"
    assert _dropped(text, "Lundefined")


def test_verb_before_a_file_mention_is_dropped_but_not_a_name_before_a_handle():
    assert _dropped("Leia  @fase-2-rag-avancado.plan.md e evidencie a proxima etapa.", "Leia")
    assert not _dropped("Thanks Leia @leia for the review.", "Leia")


def test_box_diagram_cell_is_dropped():
    text = "         │ (Interactive)  │       │ (Manual)       │\n         └───────┬────────┘"
    assert _dropped(text, "Manual")


def test_item_of_a_label_list_is_dropped_but_a_list_of_people_stays():
    labels = "Includes:\n\n• Design Tokens\n• Global CSS\n• Page Templates\n• Form Standards\n"
    assert _dropped(labels, "Page Templates")
    people = "Team:\n- Alice Smith\n- Bob Jones\n- Carol White\n"
    spans = [_span(people, v) for v in ("Alice Smith", "Bob Jones", "Carol White")]
    assert drop_chat_structure_names(people, spans) == spans


def test_unlisted_abbreviation_goes_and_listed_place_abbreviation_stays():
    text = "- Transcript sent to LLM for polishing, via `injectText`; the team is in NYC."
    assert _dropped(text, "LLM", "LOCATION")
    assert not _dropped(text, "NYC", "LOCATION")


def test_word_written_inside_an_identifier_is_dropped():
    text = "- Batch Processor: `sdktrace.WithBatcher(exporter)`\n- Features: Batcher for export"
    assert drop_chat_structure_names(text, [_span(text, "Batcher", nth=1)]) == []
    text = "Update `Houdoku-Setup-2.16.0.exe`; Houdoku shows the new version."
    assert drop_chat_structure_names(text, [_span(text, "Houdoku", nth=1)]) == []


def test_name_inside_a_handle_stays():
    text = "@Comp_Finance @DrBruceBaird Such a wonderful interview with Bruce `today`!"
    assert not _dropped(text, "Bruce")
    assert not code_chat("@DrBruceBaird Such a wonderful interview with Bruce !")


def test_screen_label_before_a_widget_noun_is_dropped():
    text = "I'll add it alongside the Multi-Series Mode checkbox in `Library.tsx`."
    assert _dropped(text, "Multi-Series Mode", "LOCATION")
    text = 'Let me see how the "Mark as Read/Unread" functionality works in `chapters.ts`.'
    assert _dropped(text, "Mark")


def test_names_in_code_chat_stay():
    text = "Ask **Grace Hopper** about `main.py`; Grace Hopper wrote the spec for Paris."
    spans = [_span(text, "Grace Hopper", nth=1), _span(text, "Paris", "LOCATION")]
    assert drop_chat_structure_names(text, spans) == spans


def test_plain_prose_naming_code_is_code_chat():
    text = "A concrete LocalFileDocumentStorage implementation will live in Infrastructure."
    assert code_chat(text)
    assert not code_chat("Grace Hopper moved to Infrastructure Street in Paris.")
    assert drop_english_chat_words(text, [_span(text, "Infrastructure", "LOCATION")]) == []
