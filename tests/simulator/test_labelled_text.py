"""The span-tracking text builder keeps gold offsets exact through nesting and templates."""

import random

import pytest

from transforms.simulator import codegen
from transforms.simulator.labelled_text import Entity, LabelledText, render, slot_names


def _check(lt: LabelledText) -> None:
    text = lt.text()
    for start, end, _, value in lt.spans:
        assert text[start:end] == value


def test_entity_offsets_and_extend_shift():
    inner = LabelledText("key: ").entity("SECRET", "sk-abc")
    outer = LabelledText("Hello ").entity("PERSON", "Zoë Müller").add(", ").extend(inner)
    assert outer.text() == "Hello Zoë Müller, key: sk-abc"
    assert [(t, v) for _, _, t, v in outer.spans] == [
        ("PERSON", "Zoë Müller"),
        ("SECRET", "sk-abc"),
    ]
    _check(outer)


def test_render_fills_plain_entity_and_nested_slots():
    nested = LabelledText("postgres://u:").entity("SECRET", "pw123").add("@db/app")
    out = render(
        "{who} uses {url} for {table}",
        {"who": Entity("PERSON", "Ana Costa"), "url": nested, "table": "orders"},
    )
    assert out.text() == "Ana Costa uses postgres://u:pw123@db/app for orders"
    _check(out)
    assert [t for *_, t, _ in out.spans] == ["PERSON", "SECRET"]


def test_missing_slot_is_a_clear_error():
    with pytest.raises(KeyError, match="template slot"):
        render("Hi {PERSON}", {})


def test_slot_order_is_stable_and_deduplicated():
    assert slot_names("{b} {a} {b} {c}") == ("b", "a", "c")


def test_new_file_diff_keeps_multiline_secret_offsets_exact():
    env = LabelledText("A=1\nKEY=").entity("SECRET", "-----BEGIN KEY-----\nabc\n-----END KEY-----")
    env.add("\nB=2")
    diff = codegen.new_file_diff(random.Random(0), ".env.local", env)
    _check(diff.text)
    ((_, _, _, value),) = diff.text.spans
    assert value.startswith("-----BEGIN KEY-----\n+abc")  # the diff's "+" markers are inside
    assert diff.added == 5 and diff.removed == 0


def test_modify_diff_counts_lines():
    lines = [f"line {i}" for i in range(20)]
    diff = codegen.modify_diff(random.Random(0), "a.ts", lines, 10, 2, ["new a", "new b", "new c"])
    text = diff.text.text()
    assert "@@ -8,8 +8,9 @@" in text
    assert (diff.added, diff.removed) == (3, 2)
    assert text.count("\n-line") == 2 and text.count("\n+new") == 3


def test_precompiled_fill_matches_string_template():
    from string import Template

    from transforms.simulator import texts

    ctx = codegen.AppContext(texts.APP_IDEAS[1], "nextjs", "inv-app", "Widget", "app/x.tsx", "zod")
    slots = ctx.slots()
    sources = [src for opts in codegen.SNIPPETS.values() for _, _, src in opts]
    sources += [codegen.SHELL, codegen.ENV_EXAMPLE, "cost: $$5 for ${entity}s"]
    for src in sources:
        assert codegen.fill(src, slots) == Template(src).substitute(slots)
    with pytest.raises(KeyError):
        codegen.fill("$nope", slots)
