"""Persons and places GiNZA's NER leaves untagged, read from SudachiDict's part of speech.

GiNZA's tokenizer is SudachiPy with the SudachiDict core dictionary, so each token of the doc
``ja_ner`` already has carries Sudachi's part of speech in ``tag_`` (no second pipeline):
proper nouns are ``名詞-固有名詞-人名-{姓,名,一般}`` (surname, given name, other person name) and
``名詞-固有名詞-地名-{一般,国}`` (place, country), SudachiDict's UniDic-style part-of-speech
system (https://github.com/WorksApplications/SudachiDict, https://clrd.ninjal.ac.jp/unidic/).
GiNZA's statistical NER misses many of them (a surname alone, a full address the dictionary holds
as one word, a foreign city) or gives them a label we drop (an address read as ``Date``). Here:

- a run of adjacent person-name tokens ("木崎" + "純") is a PERSON, widened like GiNZA's katakana
  persons over the ``・`` parts joined to it;
- a run of adjacent place-name tokens ("カリフォルニア州" + "サンディエゴ") is a LOCATION;
- unless the run overlaps a person or place already found, or lies inside a longer entity GiNZA
  labelled otherwise (a company "東京電力", a facility "東京駅", a team): there the dictionary word
  names something that is not a person or place.
"""

from __future__ import annotations

from typing import Any

PERSON_TAG = "名詞-固有名詞-人名"
PLACE_TAG = "名詞-固有名詞-地名"
MIN_CHARS = 2


def token_type(tag: str) -> str | None:
    """PERSON / LOCATION for a Sudachi part of speech, else ``None``."""
    if tag.startswith(PERSON_TAG):
        return "PERSON"
    if tag.startswith(PLACE_TAG):
        return "LOCATION"
    return None


def retyped(
    start: int, end: int, etype: str, runs: list[tuple[int, int, str]]
) -> tuple[int, int, str]:
    """A place of GiNZA's that the dictionary reads as a person name ("荒尾" + "岳", a surname and
    a given name; "トムソン"): the person run that holds it, else the entity as it is. Not the
    other way: most Japanese surnames are place names too ("岡田", "福井"), and there GiNZA's
    reading of the context beats the dictionary's place reading."""
    if etype == "LOCATION":
        for s, e, rtype in runs:
            if s <= start and end <= e and rtype == "PERSON":
                return s, e, rtype
    return start, end, etype


def runs(doc: Any) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of the runs of adjacent same-type proper-noun tokens."""
    runs: list[tuple[int, int, str]] = []
    for tok in doc:
        etype = token_type(tok.tag_)
        if etype is None:
            continue
        start, end = tok.idx, tok.idx + len(tok)
        if runs and runs[-1][1] == start and runs[-1][2] == etype:
            runs[-1] = (runs[-1][0], end, etype)
        else:
            runs.append((start, end, etype))
    return runs


def lexicon_entities(
    doc: Any, lexicon: list[tuple[int, int, str]], found: list[tuple[int, int, str]], ours: set[str]
) -> list[tuple[int, int, str]]:
    """The runs (``lexicon``, from :func:`runs`) of ``doc`` that no span of ``found`` overlaps and
    no longer GiNZA entity with a label outside ``ours`` contains."""
    others = [(e.start_char, e.end_char) for e in doc.ents if e.label_ not in ours]
    out: list[tuple[int, int, str]] = []
    for start, end, etype in lexicon:
        if end - start < MIN_CHARS:
            continue
        if any(s < end and start < e for s, e, _ in found):
            continue
        if any(s <= start and end <= e and e - s > end - start for s, e in others):
            continue
        out.append((start, end, etype))
    return out
