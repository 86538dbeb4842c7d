"""English loanwords and labels of a non-English coding chat are no names (session 34)."""

from __future__ import annotations

import re

from transforms.privacy.pii.chat_loanwords import chat_label, drop_chat_loanwords, loanword_span
from transforms.privacy.spans import Span

PT_CHECKLIST = (
    "## Próximos passos\n\n- [ ] Atualizar a documentação dos testes\n"
    "- [ ] Validação final: Linter em todos arquivos modificados\n"
)
PT_THOUGHT = (
    "Tool description: only set next_thought_needed to false when truly done.\n\n"
    "*Parameters*:\n  * thought: PLANO FINAL: 1) Ler o arquivo de testes e verificar as "
    "dependências, 2) Se ausente, adicionar o plugin, 3) Executar os testes de novo\n"
)


def _span(text: str, value: str, kind: str = "PERSON") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, 0.85, "test")


def _loan(text: str, value: str) -> bool:
    start = text.index(value)
    return loanword_span(text, start, start + len(value))


def test_english_tool_word_in_portuguese_checklist_is_dropped():
    assert drop_chat_loanwords(PT_CHECKLIST, [_span(PT_CHECKLIST, "Linter")]) == []


def test_label_in_an_agent_thought_line_is_dropped():
    span = _span(PT_THOUGHT, "PLANO", "LOCATION")
    assert chat_label(PT_THOUGHT, span.start, span.end)
    assert drop_chat_loanwords(PT_THOUGHT, [span]) == []


def test_listed_names_and_unknown_words_stay():
    text = (
        "## Referências\n\n- Livro: Balanced Scorecard, de Robert Kaplan e David Norton, "
        "publicado pela editora em 1996, e a Interface Streamlit do projeto\n"
    )
    spans = [_span(text, "Robert Kaplan"), _span(text, "David Norton"), _span(text, "Streamlit")]
    assert drop_chat_loanwords(text, spans) == spans


def test_english_chat_is_untouched():
    text = "## Next steps\n\n- [ ] Final check: run the Linter on every modified file\n"
    assert not _loan(text, "Linter")
    spans = [_span(text, "Linter")]
    assert drop_chat_loanwords(text, spans) == spans


def test_polish_chat_loanword_dropped_but_polish_name_kept():
    text = (
        "### Podsumowanie zmian\n\n- Dodałem obsługę błędów, teraz Benchmark jest uruchamiany "
        "po każdej zmianie, a wyniki zapisuję w pliku `wyniki.json` dla Jana Kowalskiego\n"
    )
    assert drop_chat_loanwords(text, [_span(text, "Benchmark")]) == []
    kept = [_span(text, "Jana Kowalskiego")]
    assert drop_chat_loanwords(text, kept) == kept


def test_plain_prose_without_markdown_or_label_is_untouched():
    text = "O Benchmark chegou ontem a Lisboa e falou com os jornalistas sobre o livro novo."
    spans = [_span(text, "Benchmark")]
    assert drop_chat_loanwords(text, spans) == spans


def test_label_shapes():
    text = "1. Objetivo: implementar\nhello Objetivo: x\nObjetivo: y\nEndereço: Porto: z"
    starts = [m.start() for m in re.finditer("Objetivo", text)]
    assert chat_label(text, starts[0], starts[0] + 8)
    assert not chat_label(text, starts[1], starts[1] + 8)
    # a bare line label or a "key:" line of a news listing is no list item
    assert not chat_label(text, starts[2], starts[2] + 8)
    porto = text.index("Porto")
    assert not chat_label(text, porto, porto + 5)


def test_news_listing_place_is_kept():
    text = "Endereço: Porto Alegre, rua da Praia 12\nPreço: 18 URVs (por pessoa)"
    spans = [_span(text, "Porto", "LOCATION")]
    assert drop_chat_loanwords(text, spans) == spans
