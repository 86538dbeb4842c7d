"""Line decorations shared by a run of lines (``line_markers.decorated_lines``)."""

from __future__ import annotations

from transforms.privacy.line_markers import decorated_lines
from transforms.privacy.segments import prose_pieces

BRACES = "}}Ewan Richards\n}}Magyar Bancorp Inc.\n}}58860 ul. Chrzanowska 61\n}}Poznań"
MOJIBAKE = "??? Line Henriksen\n??? Acme Foods Ltd.\n??? 12 Rue Hegel\n??? Tunisia 29772"


def _prose(text: str) -> list[str]:
    return [text[a:b] for a, b in prose_pieces(text)]


def test_repeated_decoration_is_masked_and_the_rest_is_prose() -> None:
    assert decorated_lines(BRACES) == {0: 2, 16: 2, 38: 2, 65: 2}
    assert "Ewan Richards" in " ".join(_prose(BRACES))
    assert decorated_lines(MOJIBAKE)[0] == 4  # the marker takes one space after it
    assert "Line Henriksen" in " ".join(_prose(MOJIBAKE))
    # an empty decorated line keeps the run going
    assert len(decorated_lines("}} \n}} Heli Ylimäki\n}} Numis PLC\n}} Apt. 762")) == 4


def test_short_runs_and_mixed_markers_are_no_decoration() -> None:
    assert decorated_lines("}}Ewan Richards\n}}Acme Inc.\nPoznań") == {}
    assert decorated_lines("}}Ewan\n??? Acme Inc.\n}}Poznań\n??? Poland") == {}
    assert decorated_lines("Ewan Richards\nAcme Inc.\nPoznań") == {}


def test_code_and_markdown_starts_stay_code() -> None:
    # closing brackets of nested code: the rest of each line is still classed as code
    code = "}}\n}} else { x = 1; }\n}}\n"
    assert "x = 1" not in " ".join(_prose(code))
    # characters that open code or markdown lines are never decorations
    for mark in ("#", "//", "*", "-", "+", "|", "<", "@", "!", "$"):
        text = "\n".join(f"{mark} Ewan Richards" for _ in range(4))
        assert decorated_lines(text) == {}, mark
    assert decorated_lines("    }}\n    }}\n    }}") == {}  # an indented code block
