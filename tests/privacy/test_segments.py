"""Prose/code split and the NER view's offset map."""

from __future__ import annotations

from transforms.privacy.segments import code_regions, ner_view, prose_pieces

MESSAGE = """Hi, I'm Maria Garcia. My app crashes when I call `fetchUsers()` in src/app/page.tsx.

TypeError: Cannot read properties of undefined (reading 'map')
    at UserList (webpack-internal:///./src/components/UserList.tsx:12:23)

```tsx
const users = await supabase.from("users").select("*");
```
Traceback (most recent call last):
  File "app.py", line 3, in <module>
    main()
KeyError: 'name'
Thanks, John Smith will review it tomorrow.
diff --git a/src/x.ts b/src/x.ts
--- a/src/x.ts
+++ b/src/x.ts
@@ -1,2 +1,2 @@
-const a = 1
+const a = 2
$ npm run dev
npm ERR! code ELIFECYCLE
DATABASE_URL=postgres://u:p@h/db
"""


def covered(text: str, needle: str) -> bool:
    """Whether ``needle`` lies entirely inside a code region."""
    i = text.index(needle)
    return any(s <= i and i + len(needle) <= e for s, e in code_regions(text))


def test_code_parts_are_masked():
    for needle in (
        "`fetchUsers()`",
        "src/app/page.tsx",
        "TypeError: Cannot read",
        "at UserList",
        'const users = await supabase.from("users")',
        "Traceback",
        'File "app.py"',
        "KeyError: 'name'",
        "+const a = 2",
        "-const a = 1",
        "$ npm run dev",
        "npm ERR!",
        "DATABASE_URL=",
    ):
        assert covered(MESSAGE, needle), needle


def test_prose_survives():
    prose = [MESSAGE[a:b] for a, b in prose_pieces(MESSAGE)]
    joined = " | ".join(prose)
    assert "Hi, I'm Maria Garcia. My app crashes when I call" in joined
    assert "Thanks, John Smith will review it tomorrow." in joined
    assert "supabase" not in joined and "npm" not in joined


def test_ner_view_maps_offsets_back():
    view = ner_view(MESSAGE)
    i = view.text.index("John Smith")
    a, b = view.to_original(i, i + len("John Smith"))
    assert MESSAGE[a:b] == "John Smith"


def test_span_across_a_gap_is_clipped_to_the_larger_piece():
    text = "Ask Maria `code` Garcia Lopez"
    view = ner_view(text)
    assert view.text.count("\n\n") == 1
    start = view.text.index("Maria")
    end = view.text.index("Lopez") + len("Lopez")
    a, b = view.to_original(start, end)
    assert text[a:b] == "Garcia Lopez"


def test_plain_prose_and_empty_text():
    assert prose_pieces("Just a normal sentence about my app.") == [(0, 36)]
    assert prose_pieces("") == [] and ner_view("").text == ""
    assert code_regions("```\nunclosed fence\nstill code") == [(0, 29)]


def test_markdown_bullets_are_prose():
    text = "Changes:\n- New page for the team\n- Styling uses Tailwind"
    assert [text[a:b] for a, b in prose_pieces(text)] == [text]


def test_long_views_are_split_with_offsets_intact():
    from transforms.privacy.segments import split_view

    text = "\n\n".join(f"Paragraph {i} mentions Maria Garcia at length." for i in range(400))
    view = ner_view(text)
    parts = split_view(view, 1000)
    assert len(parts) > 10 and all(len(p.text) <= 1000 for p in parts)
    for part in parts:
        i = part.text.index("Maria Garcia")
        a, b = part.to_original(i, i + len("Maria Garcia"))
        assert text[a:b] == "Maria Garcia"
    long_piece = ner_view("x" * 2500)
    assert [len(p.text) for p in split_view(long_piece, 1000)] == [1000, 1000, 500]


def test_social_prose_is_not_code():
    # news tags, SQL-like headline words, " :: " separators, ellipses and emoticons are prose
    for line, name in (
        ("[ Reuters ] Trump says the talks with Mexico will resume", "Trump"),
        ("[News5] LIST | 38 world leaders who will attend Paris rally on Sunday", "Paris"),
        ("UPDATE 1-Cricket-Gul takes six wickets as Pakistan beat England", "Pakistan"),
        ("Analogy time ! Loyola Chicago : Alexei :: Philadelphia Eagles", "Alexei"),
        ("... if I didnt have to worry I'd move to Vermont", "Vermont"),
        ("party today &lt; 3 :) happy birthday Florence &lt; 3", "Florence"),
        ("Good day with Maria today :) ))", "Maria"),
    ):
        assert not covered(line, name), line
        assert any(a <= line.index(name) < b for a, b in prose_pieces(line)), line


def test_code_look_alikes_stay_code():
    for line in (
        "UPDATE users SET name = 'x' WHERE id = 1",
        "SELECT id, name FROM users",
        "CREATE TABLE accounts (id int)",
        "use std::io::Result",
        "...props",
        "if (count < 3) {",
    ):
        assert covered(line, line.strip()), line
    # a log tag is masked, its message is classed on its own
    line = "[vite] hmr update src/App.tsx"
    assert covered(line, "[vite]") and covered(line, "src/App.tsx")
    line = "[INFO] const x = compute();"
    assert covered(line, line)
