"""Shared by the corpus converters in the folders beside it (wnut17, btc, uner_ewt): CoNLL
blocks, space-joined text, and BIO tags turned into character spans. Not imported by the
project; each converter puts this folder on ``sys.path``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence


def conll_blocks(path: str) -> Iterator[list[tuple[str, str]]]:
    """(token, tag) lists from the first two tab-separated columns, one per block; a line of
    whitespace ends a block."""
    block: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                if block:
                    yield block
                block = []
                continue
            token, tag = line.rstrip("\n").split("\t")[:2]
            block.append((token, tag))
    if block:
        yield block


def space_joined(tokens: Sequence[str]) -> tuple[str, list[int]]:
    """The tokens joined with single spaces, and where each token starts in that text."""
    starts, pos = [], 0
    for token in tokens:
        starts.append(pos)
        pos += len(token) + 1
    return " ".join(tokens), starts


def bio_spans(
    rows: Sequence[tuple[str, str]], starts: Sequence[int], types: dict[str, str]
) -> list[tuple[int, int, str, int]]:
    """BIO tags -> ``(start, end, TYPE, first_row)`` per entity; an ``I-`` tag after ``O`` or
    after another type starts a new entity; upstream types missing from ``types`` are ``O``."""
    spans: list[tuple[int, int, str, int]] = []
    current: list | None = None
    for i, ((token, tag), start) in enumerate(zip(rows, starts, strict=True)):
        kind = types.get(tag[2:]) if tag[:2] in ("B-", "I-") else None
        if kind is not None and (tag[0] == "B" or current is None or current[2] != kind):
            if current:
                spans.append(tuple(current))
            current = [start, start + len(token), kind, i]
        elif kind is not None and current is not None:
            current[1] = start + len(token)
        else:
            if current:
                spans.append(tuple(current))
            current = None
    if current:
        spans.append(tuple(current))
    return spans


def conll_columns(path: str) -> Iterator[list[tuple[str, str]]]:
    """(first column, last column) lists, one per block, from a CoNLL file whose columns are
    tab- or space-separated; ``-DOCSTART-`` lines start a block of their own, yielded as
    ``[("-DOCSTART-", "O")]`` so callers can count documents."""
    block: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if block:
                    yield block
                block = []
                continue
            cols = line.split("\t") if "\t" in line else line.split(" ")
            if cols[0] == "-DOCSTART-":
                if block:
                    yield block
                yield [("-DOCSTART-", "O")]
                block = []
                continue
            block.append((cols[0], cols[-1]))
    if block:
        yield block


def document_sentences(path: str) -> Iterator[tuple[int, int, list[tuple[str, str]]]]:
    """(document number, sentence number within it, block) for each sentence block of a CoNLL
    file whose documents open with ``-DOCSTART-`` (both counted from 0; -1 before the first)."""
    doc, n = -1, 0
    for block in conll_columns(path):
        if block == [("-DOCSTART-", "O")]:
            doc, n = doc + 1, 0
            continue
        yield doc, n, block
        n += 1


_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'", "'s", "'S", "n't"}
_NO_SPACE_BEFORE |= {"'re", "'ve", "'ll", "'d", "'m", "'RE", "'VE", "'LL", "'D", "'M", "N'T"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}
_QUOTES = {'"', "``", "''"}


def detokenised(tokens: Sequence[str], *, elision: bool = False) -> tuple[str, list[int]]:
    """The tokens joined as running text (no space before closing punctuation and clitics, none
    after opening brackets, double quotes attached inwards by alternation, a lone ``'`` to the
    word before; with ``elision``, none after a word ending in an apostrophe, French ``l'``,
    ``qu'``), and where each token starts in that text. Tokens are kept verbatim, so spans
    stay exact."""
    starts: list[int] = []
    out: list[str] = []
    pos, glue_next, open_quote = 0, True, False
    for token in tokens:
        space = not glue_next and token not in _NO_SPACE_BEFORE
        glue_next = token in _NO_SPACE_AFTER or (elision and len(token) > 1 and token[-1] == "'")
        if token in _QUOTES:
            if open_quote:
                space = False
            else:
                glue_next = True
            open_quote = not open_quote
        if space:
            out.append(" ")
            pos += 1
        starts.append(pos)
        out.append(token)
        pos += len(token)
    return "".join(out), starts


def bio_record(
    rows: Sequence[tuple[str, str]],
    rid: str,
    split: str,
    types: dict[str, str],
    join: Callable[[Sequence[str]], tuple[str, list[int]]] = detokenised,
) -> dict:
    """One JSONL record of a BIO-tagged sentence: its text (``join`` of the tokens, running
    text by default) and ``[start, end, TYPE]`` gold spans."""
    text, starts = join([token for token, _ in rows])
    gold = [[s, e, kind] for s, e, kind, _ in bio_spans(rows, starts, types)]
    return {"id": rid, "split": split, "text": text, "gold": gold}
