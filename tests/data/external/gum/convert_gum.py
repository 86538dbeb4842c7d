"""Convert GUM's CoNLL-U files (``dep/GUM_<genre>_<name>.conllu``) to this folder's JSONL.

Usage: ``python convert_gum.py GUM_CHECKOUT`` (a checkout of github.com/amir-zeldes/gum at the
commit named in README.md); writes ``gum_dev_test.jsonl`` and ``gum_train.jsonl`` beside this
script. Only the documents of :data:`GENRES` are read (text licences that allow redistribution,
see README.md), minus :data:`EXCLUDED_DOCS`; the document split is GUM's ``splits.md``.

One record per sentence: the text is the sentence's ``# text =`` line, every surface token found
in it left to right. Gold comes from the MISC ``Entity=`` brackets (CorefUD style, fields
``GRP-etype-infstat-salience-centering-minspan-link[-identity]``):

- a mention is a NAME when its syntactic head (the one token whose head lies outside the span)
  is PROPN, or when it carries a Wikification identity and its head has PROPN ``flat`` /
  ``compound`` dependents (``interviewee David Titley``). Its name span runs from the first to
  the last of the head and its PROPN ``flat``/``compound``/``fixed``/``goeswith``/``amod``
  dependents (recursively; NNP-tagged words count as PROPN), so ``the United States`` ->
  ``United States`` and ``Dr. Cellini`` stays whole; a common-noun head with PROPN ``flat``
  dependents is named by them (``researcher Mu Li``); a non-person name grows over ``of`` +
  proper noun (``Bay of Bengal``) and a common-noun place with such a complement is named by it
  (``the province of Palawan`` -> ``Palawan``).
- named person -> PERSON, named place -> LOCATION (scored). A plural person name
  (``the Democrats``, ``Americans``) is a group, not a person: ``GROUP_NAME``; a
  one-word person name after an article (``the Emperor``) or with an ``of`` complement
  (``Emperor of the United States``) is a title: ``TITLE``
  (both ignored).
- named mentions of any other entity type keep GUM's type upper-cased (``ORGANIZATION``,
  ``EVENT``, ``OBJECT``, ...): ignored when scoring, like the other corpora's organisations.
- a named person or place whose name span lies inside the name span of another, larger named
  mention (``Pittock`` in ``Pittock Mansion``, ``Durham`` in ``Durham University``) is part of
  that name: ``NESTED_PERSON`` / ``NESTED_PLACE`` (ignored). A name inside a larger NON-name
  mention (``Reagan`` in ``the Reagan administration``) is gold.
- pronouns and common-noun mentions (``my mom``, ``the woman``) are not gold.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# GUM genre -> text licence as stated in the upstream LICENSE.txt (see README.md)
GENRES = {
    "academic": "CC BY 4.0",
    "bio": "CC BY-SA 3.0",
    "court": "CC BY 4.0",
    "interview": "CC BY 2.5",
    "news": "CC BY 2.5",
    "voyage": "CC BY-SA 3.0",
}
# court_carpet's text is from the Santa Barbara Corpus (CC BY-ND 3.0 US), not a CC BY source
EXCLUDED_DOCS = {"GUM_court_carpet"}
SCORED = {"person": "PERSON", "place": "LOCATION"}
NAME_RELS = {"flat", "compound", "fixed", "goeswith", "amod"}
# one bracket item: "(eid-fields" or "(eid-fields)" (opens; identities are URL-encoded, so
# hold no brackets) or "eid)" (closes)
ITEM = re.compile(r"\((\d+)-([^()]*)(\)?)|(\d+)\)")


def splits(splits_md: str) -> dict[str, str]:
    """Document id -> ``dev`` / ``heldout`` (GUM test) / ``train``, from GUM's splits.md."""
    out, part = {}, None
    for line in splits_md.splitlines():
        if line.startswith("## "):
            part = {"dev": "dev", "test": "heldout", "train": "train"}.get(line[3:].strip())
        elif part and line.strip().startswith("* "):
            out[line.strip()[2:].strip()] = part
    return out


def sentences(conllu: str):
    """(sent_id, text, words, surface) per sentence: words are the CoNLL-U word rows
    ``[id, form, upos, xpos, head, deprel, misc]``; surface is ``[(first id, last id, form)]``."""
    meta: dict[str, str] = {}
    words: list[list] = []
    surface: list[tuple[int, int, str]] = []
    for line in [*conllu.splitlines(), ""]:
        if not line.strip():
            if words:
                yield meta["sent_id"], meta["text"], words, surface
            meta, words, surface = {}, [], []
        elif line.startswith("# ") and " = " in line:
            key, _, value = line[2:].partition(" = ")
            meta[key.strip()] = value
        elif not line.startswith("#"):
            c = line.split("\t")
            if "." in c[0]:
                continue  # empty node
            if "-" in c[0]:
                a, b = (int(x) for x in c[0].split("-"))
                surface.append((a, b, c[1]))
                continue
            i = int(c[0])
            words.append([i, c[1], c[3], c[4], int(c[6]), c[7], c[9]])
            if not surface or surface[-1][1] < i:
                surface.append((i, i, c[1]))


def char_spans(text: str, surface: list[tuple[int, int, str]], forms: dict[int, str]):
    """Word id -> (start, end) in ``text``. A multiword token's words get their own spans when
    their forms spell it (``Byron's`` = ``Byron`` + ``'s``), else they share its span."""
    out, pos = {}, 0
    for a, b, form in surface:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if not text.startswith(form, pos):
            raise ValueError(f"token {form!r} not found at {pos} in {text!r}")
        parts = [forms[i] for i in range(a, b + 1)]
        if "".join(parts) == form:
            start = pos
            for i, part in zip(range(a, b + 1), parts, strict=True):
                out[i] = (start, start + len(part))
                start += len(part)
        else:
            for i in range(a, b + 1):
                out[i] = (pos, pos + len(form))
        pos += len(form)
    return out


def mentions(words: list[list]) -> list[dict]:
    """Every entity mention opened and closed in the sentence: eid, etype, identity, word ids."""
    open_: dict[str, list[dict]] = {}
    done = []
    for i, *_, misc in words:
        value = next((m[7:] for m in misc.split("|") if m.startswith("Entity=")), "")
        pos = 0
        while pos < len(value):
            m = ITEM.match(value, pos)
            if not m:
                raise ValueError(f"cannot parse Entity={value!r}")
            if m.group(1):
                fields = m.group(2).split("-", 6)
                ment = {"eid": m.group(1), "etype": fields[0], "first": i, "last": i}
                ment["identity"] = fields[6] if len(fields) > 6 else ""
                if m.group(3):
                    done.append(ment)
                else:
                    open_.setdefault(m.group(1), []).append(ment)
                pos = m.end()
                continue
            ment = open_[m.group(4)].pop()
            ment["last"] = i
            done.append(ment)
            pos = m.end()
    return done


def is_proper(word: list) -> bool:
    """PROPN, or tagged NNP(S) under another UPOS (``United`` in ``United States`` is VERB)."""
    return word[2] == "PROPN" or word[3] in ("NNP", "NNPS")


def name_words(head: int, inside: range, rows: dict[int, list]) -> set[int]:
    """``head`` and its proper-noun name dependents inside the mention, recursively."""
    name, todo = {head}, [head]
    while todo:
        h = todo.pop()
        for i in inside:
            w = rows[i]
            if w[4] == h and w[5].split(":")[0] in NAME_RELS and is_proper(w):
                name.add(i)
                todo.append(i)
    return name


def of_child(head: int, inside: range, rows: dict[int, list]) -> int | None:
    """A proper-noun ``nmod`` of ``head`` introduced by ``of`` (``Bay of Bengal``), if any."""
    for i in inside:
        w = rows[i]
        of = any(rows[j][4] == i and rows[j][1].lower() == "of" for j in inside)
        if w[4] == head and w[5] == "nmod" and is_proper(w) and of:
            return i
    return None


def with_of(name: set[int], ment: dict, inside: range, rows: dict[int, list]) -> tuple[int, int]:
    """The name's span, grown over ``of`` + proper noun unless a person's (``Bay of Bengal``)."""
    if ment["etype"] != "person":
        for word in sorted(name):
            of = of_child(word, inside, rows)
            if of is not None:
                name = name | name_words(of, inside, rows) | set(range(word, of))
    return min(name), max(name)


def name_span(ment: dict, rows: dict[int, list]) -> tuple[int, int, bool] | None:
    """(first, last word id of the mention's name, is a title), or None when it is no name."""
    inside = range(ment["first"], ment["last"] + 1)
    heads = [i for i in inside if rows[i][4] not in inside]
    if not heads:
        return None
    head = heads[0]
    name = name_words(head, inside, rows)
    of = of_child(head, inside, rows)
    if is_proper(rows[head]):
        if of is not None and ment["etype"] == "person" and len(name) == 1:
            return head, head, True  # Emperor of the United States, Earl of Clare
        return (*with_of(name, ment, inside, rows), False)
    flat = any(rows[i][5].split(":")[0] == "flat" and rows[i][4] == head for i in name)
    if flat or (ment["identity"] and len(name) > 1):
        name.discard(head)  # interviewee David Titley, researcher Mu Li
        return (*with_of(name, ment, inside, rows), False)
    if of is not None and ment["etype"] == "place":
        name = name_words(of, inside, rows)  # the province of Palawan
        return min(name), max(name), False
    return None


def has_article(ment: dict, rows: dict[int, list], name: int) -> bool:
    """An article before a one-word person name: a title (``the Emperor``, ``a Fellow``)."""
    return any(rows[i][2] == "DET" for i in range(ment["first"], name))


def gold(words: list[list], spans: dict[int, tuple[int, int]]) -> list[list]:
    """``[start, end, TYPE]`` per named mention (see the module docstring), sorted."""
    rows = {w[0]: w for w in words}
    named = []
    for ment in mentions(words):
        found = name_span(ment, rows)
        if found is None:
            continue
        ids, title = found[:2], found[2]
        etype = ment["etype"]
        typ = SCORED.get(etype, etype.upper())
        if etype == "person" and rows[ids[1]][3] == "NNPS":
            typ = "GROUP_NAME"
        elif etype == "person" and (title or ids[0] == ids[1] and has_article(ment, rows, ids[0])):
            typ = "TITLE"
        named.append((ids, etype, typ))
    out = set()
    for (a, b), etype, typ in named:
        larger = any(c <= a and b <= d and (c, d) != (a, b) for (c, d), *_ in named)
        if larger and etype in SCORED:
            typ = "NESTED_" + etype.upper()
        out.add((spans[a][0], spans[b][1], typ))
    return [list(s) for s in sorted(out)]


def convert(checkout: Path) -> dict[str, list[str]]:
    """Output file name -> JSON lines."""
    split_of = splits((checkout / "splits.md").read_text(encoding="utf-8"))
    out: dict[str, list[str]] = {"gum_dev_test.jsonl": [], "gum_train.jsonl": []}
    for path in sorted((checkout / "dep").glob("GUM_*.conllu")):
        doc = path.stem
        if doc.split("_")[1] not in GENRES or doc in EXCLUDED_DOCS:
            continue
        part = split_of[doc]
        target = "gum_train.jsonl" if part == "train" else "gum_dev_test.jsonl"
        split = "dev" if part == "train" else part
        corpus = "gum_train" if part == "train" else "gum"
        for sent_id, text, words, surface in sentences(path.read_text(encoding="utf-8")):
            rec = {
                "id": f"{corpus}-{split}-{sent_id}",
                "split": split,
                "text": text,
                "gold": gold(words, char_spans(text, surface, {w[0]: w[1] for w in words})),
            }
            out[target].append(json.dumps(rec, ensure_ascii=False))
    return out


def main() -> None:
    here = Path(__file__).resolve().parent
    for name, lines in convert(Path(sys.argv[1])).items():
        (here / name).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        print(f"{name}: {len(lines)} records", file=sys.stderr)


if __name__ == "__main__":
    main()
