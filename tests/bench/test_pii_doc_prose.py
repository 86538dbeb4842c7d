"""The doc-prose probe: prose paragraphs outside code and markup, a fixed sample per seed."""

from __future__ import annotations

from pathlib import Path

from transforms.bench.pii_doc_prose import paragraphs, prose_hits, sample_paragraphs

README = """# Project

[![badge](https://img.shields.io/x.svg)](https://example.org)

Project is a small library that makes talking to the Jenkins pipeline from Python easy.

```python
import project
project.run("Maria Garcia")
```

.. code-block:: python

    not prose at all, just code

Usage is simple::

    project.run()

| table | row | with | many | words | in | it | here |

- Created by Maria Garcia, who still maintains the project in her spare time.

    indented code block that should never be read as prose text
"""


def test_paragraphs_skip_code_tables_and_markup():
    paras = paragraphs(README)
    assert paras == [
        "Project is a small library that makes talking to the Jenkins pipeline from Python easy.",
        "Created by Maria Garcia, who still maintains the project in her spare time.",
    ]


def test_sample_is_fixed_by_seed(tmp_path: Path):
    info = tmp_path / "project-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Name: project\nVersion: 1.0\n\n" + README, "utf-8")
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "NOTES.md").write_text(
        "Thanks to Ana Souza for reporting the crash in the worker module last year.\n", "utf-8"
    )
    a = sample_paragraphs(3, seed=5, root=tmp_path)
    assert a == sample_paragraphs(3, seed=5, root=tmp_path)
    assert len(a) == 3 and {doc for doc, _ in a} == {"project-1.0.dist-info", "pkg/NOTES.md"}


def test_authors_are_counted_and_tools_are_not():
    report = prose_hits([("x", "Created by Maria Garcia. The Jenkins pipeline builds it.")])
    values = {e["value"] for e in report["examples"]}
    assert "Maria Garcia" in values and "Jenkins" not in values
    assert report["per_type"]["PERSON"] == 1
