"""Prose/code split and the NER view's offset map."""

from __future__ import annotations

import pytest

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


def prose_of(text: str) -> list[str]:
    return [text[a:b] for a, b in prose_pieces(text)]


def test_reply_quotes_are_prose_by_their_content():
    # presidio_synth writes signature blocks as ">Name" lines; e-mail and markdown quotes
    text = ">Esat Jeknić\n>Marshall, Hernandez and Simpson\n>Port Whangarei"
    assert prose_of(text) == ["Esat Jeknić", "Marshall, Hernandez and Simpson", "Port Whangarei"]
    assert prose_pieces(text)[0] == (1, 12) and covered(text, ">")
    text = "> Hi Tom,\n> Thanks for the update.\n> > Best, Ana\n>> Maria"
    assert prose_of(text) == ["Hi Tom,", "Thanks for the update.", "Best, Ana", "Maria"]
    assert prose_of("> note: Maria Gonzalez owns this") == ["note: Maria Gonzalez owns this"]
    text = "> \n> Elizabeth Hanson\n>\n> Flightaware"  # empty quoted lines
    assert prose_of(text) == ["Elizabeth Hanson", "Flightaware"]
    # quoted code is still code
    assert prose_of("> const user = await getUser(id);") == []


def test_quote_look_alikes_stay_code():
    for text in (
        ">>> print(name)\n>>> Maria\n>>> help",  # Python prompt / doctest
        "> npm run dev\n> next dev",  # shell prompt, then npm's banner
        "> my-app@0.1.0 dev",
        "> Task :app:compileDebugKotlin",
        ">       assert user.name is not None\nE       AssertionError",  # pytest's markers
        "3c3\n< Maria Gonzalez\n---\n> John Smith",  # a normal diff
    ):
        assert prose_of(text) == [], text
    # a shell continuation prompt after a command line stays code as before
    text = "$ git log --oneline\n> HEAD"
    assert covered(text, "> HEAD")


def test_list_items_are_classed_without_their_marker():
    text = "* Ana Lima (Lisbon)\n2) Tom Baker\n- Maria Gonzalez, CFO"
    assert prose_of(text) == [text]
    assert prose_of("- items.map((x) => x.id);") == []
    # a parenthetical of words is prose punctuation ("(see below):"), a call is code
    assert prose_of("Here is the plan (see below):") == ["Here is the plan (see below):"]
    assert prose_of("def load(path):") == [] and prose_of("print (x)") == []
    assert prose_of("if name in (Dialect.POSTGRESQL, Dialect.MYSQL):") == []


def test_table_rows_split_into_cells():
    text = "| Name | City |\n|------|:----:|\n| Maria Gonzalez | Lisbon |\n| `id` | foo_bar() |"
    assert prose_of(text) == ["Name", "City", "Maria Gonzalez", "Lisbon"]
    i = text.index("Maria Gonzalez")
    assert (i, i + len("Maria Gonzalez")) in prose_pieces(text)
    # a Rust closure is no table; an indented one (a docstring's) stays code
    assert prose_of("|x| x + 1;") == []
    assert prose_of("def show():\n        |  2|Alice|") == []


def test_headers_transcripts_and_notes_addresses_keep_names():
    text = "From: Maria Gonzalez <maria@example.com>\nCc: John Smith <john.smith@example.com>"
    assert prose_of(text) == [text]
    text = "[10:32] Maria: are you coming to Lisbon?\n[10:33] Tom Baker: yes"
    assert prose_of(text) == ["Maria: are you coming to Lisbon?", "Tom Baker: yes"]
    # Lotus Notes (Enron): the surname is prose, the organisation path is not
    text = "Rudwell Johnson/ENRON@enronXgate"
    assert prose_of(text) == ["Rudwell Johnson"] and covered(text, "/ENRON")
    assert covered("see src/Components/Header.tsx", "src/Components/Header.tsx")


def test_sentences_do_not_end_inside_a_token():
    from transforms.privacy.segments import sentences

    def split(text: str) -> list[str]:
        return [text[a:b] for a, b in sentences(text, 0, len(text))]

    # an e-mail address or a dotted phone number after a name with an initial
    assert split("Michael J. McDermott mjmcdermott@hotmail.com") == [
        "Michael J. McDermott mjmcdermott@hotmail.com"
    ]
    assert split("Kevin A. Boone 713.837.1638") == ["Kevin A. Boone 713.837.1638"]
    assert split("Thanks. Jane Doe\njane.doe@enron.com") == [
        "Thanks.",
        "Jane Doe",
        "jane.doe@enron.com",
    ]
    assert split("Call Jane Doe at jane.doe@enron.com. She knows.") == [
        "Call Jane Doe at jane.doe@enron.com.",
        "She knows.",
    ]


# Session 31: a chat line that opens with a code keyword is prose when it reads as a sentence;
# before, "let me know if John Smith can join" was code, so the name was never read.
@pytest.mark.parametrize(
    "line",
    [
        "let me know if John Smith can join the call",
        "let me see the file Maria sent",
        "return the keys to John Smith tomorrow",
        "import the contacts from Maria Garcia",
        "class with John Smith at noon",
    ],
)
def test_sentences_opening_with_a_keyword_are_prose(line):
    assert code_regions(line) == []
    assert prose_pieces(line) == [(0, len(line))]


@pytest.mark.parametrize(
    "line",
    [
        "let x = 5;",
        "let count: number = 0",
        "let mut v = Vec::new();",
        "const { a } = b",
        "const [a, b] = useState(0)",
        "var foo",
        "import numpy as np",
        "import React from 'react'",
        "return None",
        "return render(props);",
        "class Foo(Bar):",
        "await fetch(url)",
    ],
)
def test_keyword_lines_of_code_stay_code(line):
    assert code_regions(line) == [(0, len(line))]
