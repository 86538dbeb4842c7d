"""Near-dedup benchmark: our vectorised MinHash LSH vs datasketch ``MinHashLSH``, same run.

Both sides get the same normalised documents (code-chat-like: a user request plus an
assistant reply with prose and a fenced code block; planted near-duplicate clusters made by
small edits, placeholder changes and whitespace/case noise), the same shingle definition
(word 5-grams, see ``transforms.exports.shingles``), threshold, ``num_perm`` and LSH banding,
and the same greedy keep-best-first rule. Timing covers shingling + signatures + LSH +
resolution on each side; normalisation is shared and untimed.

``signing_vs_rensa`` compares only the signature step on the same shingle hashes: our numba
kernel vs ``rensa``'s ``RMinHash.digest_matrix_from_flat_token_hashes`` (its digests leave
Rust as Python lists, ``to_rows``), both resolved by our LSH afterwards. It is why rensa is
not used in the export (issue 18): it must beat the kernel here, digests included, to replace it.
"""

from __future__ import annotations

import random
import time
from typing import Any

import numpy as np

from transforms.config import Settings


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_NOUNS = _words(
    "user invoice order cart product session token profile dashboard chart table row column "
    "modal form button input field page route layout header footer sidebar menu item list "
    "card grid image avatar upload file folder project task board comment message thread "
    "channel team member role permission plan subscription payment customer account setting "
    "theme filter search query result cache queue job worker event webhook schema migration "
    "record entry report metric widget toast dialog tab panel step wizard calendar booking "
    "slot review rating tag category price discount coupon shipment address note draft "
    "template preview export import backup log trace error retry timer counter badge link"
)
_ADJS = _words(
    "active pending recent shared public private archived selected filtered paginated sorted "
    "cached remote local nested optional primary secondary hidden visible disabled editable "
    "empty full partial stale fresh global scoped signed verified draft final default custom "
    "weekly daily monthly total current previous next first last main mobile compact wide"
)
_VERBS = _words(
    "get set load save fetch update delete create render handle toggle format parse validate "
    "compute build sync map filter sort merge group count reset open close submit select "
    "track resolve refresh clear apply check normalize export import upload download notify"
)
_STACKS = (
    "React with TypeScript",
    "Next.js",
    "FastAPI",
    "Vue 3",
    "SvelteKit",
    "Supabase",
    "Express",
    "Tailwind",
    "Prisma",
    "Django",
)
_ASKS = (
    "Can you add",
    "Please build",
    "I need",
    "Could you implement",
    "Help me create",
    "Add",
    "Make",
    "I'd like",
    "Can we get",
    "Write",
)
_WHY = (
    "because users keep asking for it",
    "so the team can review things faster",
    "before the launch on Friday",
    "since the current version is confusing",
    "for the admin area only",
    "that also works on mobile",
    "without breaking the existing tests",
    "and keep it accessible",
    "with proper loading and error states",
    "like the one in Linear",
)
_PROSE = (
    "This keeps the state in one place so the component stays predictable.",
    "I moved the data fetching into a hook so it can be reused.",
    "The handler validates the input before it touches the database.",
    "Errors are surfaced to the user instead of failing silently.",
    "I added a small helper so the formatting logic is tested separately.",
    "The query is paginated so large tables stay fast.",
    "Types are inferred from the schema, so you get autocompletion.",
    "The effect cleans up its subscription when the component unmounts.",
    "Let me know if you want the same pattern applied to the other pages.",
    "You can run the dev server again and the build should pass now.",
)


def _ident(rng: random.Random, style: str = "camel") -> str:
    words = [rng.choice(_VERBS), rng.choice(_ADJS), rng.choice(_NOUNS)]
    if rng.random() < 0.5:
        words = words[::2]
    if style == "snake":
        return "_".join(words)
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    return words[0] + "".join(w.capitalize() for w in words[1:])


def _code_block(rng: random.Random) -> str:
    lang = rng.choice(("tsx", "ts", "python", "sql"))
    lines = []
    n_lines = rng.randint(6, 28)
    if lang == "python":
        fn = _ident(rng, "snake")
        args = ", ".join(_ident(rng, "snake") for _ in range(rng.randint(1, 3)))
        lines.append(f"def {fn}({args}):")
        for _ in range(n_lines):
            a, b = _ident(rng, "snake"), _ident(rng, "snake")
            lines.append(
                rng.choice(
                    (
                        f"    {a} = {b}.get('{rng.choice(_NOUNS)}', {rng.randint(0, 999)})",
                        f"    if {a} is None:\n"
                        f"        raise ValueError('{rng.choice(_NOUNS)} missing')",
                        f"    {a}.append({b}({rng.randint(1, 60)}))",
                        f"    return {{'{rng.choice(_NOUNS)}': {a}, '{rng.choice(_NOUNS)}': {b}}}",
                    )
                )
            )
    elif lang == "sql":
        t = rng.choice(_NOUNS) + "s"
        cols = ", ".join(rng.sample(_NOUNS, rng.randint(2, 5)))
        lines.append(f"select {cols}, count(*) as n_{rng.choice(_NOUNS)}s")
        lines.append(f"from {t} join {rng.choice(_NOUNS)}s using ({rng.choice(_NOUNS)}_id)")
        lines.append(
            f"where {rng.choice(_ADJS)} and created_at > now() - interval "
            f"'{rng.randint(1, 90)} days'"
        )
        lines.append(
            f"group by {cols}\norder by n_{rng.choice(_NOUNS)}s desc limit {rng.randint(5, 500)};"
        )
    else:
        comp = _ident(rng, "pascal")
        lines.append(
            f'import {{ {_ident(rng, "pascal")} }} from "@/components/{rng.choice(_NOUNS)}";'
        )
        lines.append(f"export function {comp}({{ {_ident(rng)}, {_ident(rng)} }}: {comp}Props) {{")
        for _ in range(n_lines):
            a, b = _ident(rng), _ident(rng)
            lines.append(
                rng.choice(
                    (
                        f"  const [{a}, set{a[0].upper() + a[1:]}] = "
                        f"useState({rng.randint(0, 99)});",
                        f"  const {a} = useMemo(() => {b}.filter((x) => x.{rng.choice(_NOUNS)}), "
                        f"[{b}]);",
                        f"  useEffect(() => {{ {a}({b}); }}, [{b}]);",
                        f"  if (!{a}) return <{_ident(rng, 'pascal')} {rng.choice(_NOUNS)}="
                        f"{{{b}}} />;",
                        f"  await {a}(`/api/{rng.choice(_NOUNS)}s/${{{b}}}`);",
                    )
                )
            )
        lines.append("}")
    return f"```{lang}\n" + "\n".join(lines) + "\n```"


def _exchange(rng: random.Random) -> str:
    feature = f"{rng.choice(_ADJS)} {rng.choice(_NOUNS)} {rng.choice(_NOUNS)}"
    user = (
        f"{rng.choice(_ASKS)} a {feature} to the {rng.choice(_NOUNS)} page of my "
        f"{rng.choice(_STACKS)} app {rng.choice(_WHY)}? It should {rng.choice(_VERBS)} the "
        f"{rng.choice(_ADJS)} {rng.choice(_NOUNS)}s and {rng.choice(_VERBS)} "
        f"<PERSON_{rng.getrandbits(24):06x}>'s {rng.choice(_NOUNS)}."
    )
    prose = " ".join(rng.sample(_PROSE, rng.randint(1, 3)))
    reply = (
        f"Sure - here is the {feature} using `{_ident(rng)}`. {prose}\n\n"
        f"{_code_block(rng)}\n\n{rng.choice(_PROSE)}"
    )
    return f"user: {user}\nassistant: {reply}"


def _chat_doc(rng: random.Random) -> str:
    """A conversation of one to three request/reply exchanges (~1.5-5 KB)."""
    return "\n".join(_exchange(rng) for _ in range(rng.choice((1, 1, 2, 2, 3))))


def _near_copy(rng: random.Random, text: str) -> str:
    """A near duplicate: one or two word edits, re-keyed placeholders, case/space noise."""
    words = text.split(" ")
    # about one edit per 400 words keeps planted pairs at Jaccard >= ~0.93 (clear duplicates)
    for _ in range(rng.randint(1, max(1, len(words) // 400))):
        i = rng.randrange(len(words))
        op = rng.random()
        if op < 0.5:
            words[i] = rng.choice(_NOUNS)
        elif op < 0.8 and len(words) > 10:
            del words[i]
        else:
            words.insert(i, rng.choice(_ADJS))
    out = " ".join(words)
    if rng.random() < 0.5:  # the same person re-redacted with another keyed suffix
        import re

        out = re.sub(r"<PERSON_[0-9a-f]+>", f"<PERSON_{rng.getrandbits(24):06x}>", out)
    if rng.random() < 0.3:
        out = out.replace("\n", "\n\n", 1).upper() if rng.random() < 0.2 else out + "  "
    return out


def generate_chat_docs(
    n: int, seed: int = 7, dup_fraction: float = 0.3
) -> tuple[list[str], np.ndarray]:
    """``n`` code-chat documents; ``dup_fraction`` of them are near copies of earlier originals.

    Returns (texts, cluster id per text); copies share their original's cluster id.
    """
    if n < 1:
        raise ValueError(f"need at least one document, got {n}")
    rng = random.Random(seed)
    texts: list[str] = []
    originals: list[int] = []
    clusters = np.empty(n, dtype=np.int64)
    for i in range(n):
        if originals and rng.random() < dup_fraction:
            j = originals[rng.randrange(len(originals))]
            texts.append(_near_copy(rng, texts[j]))
            clusters[i] = j
        else:
            texts.append(_chat_doc(rng))
            originals.append(i)
            clusters[i] = i
    return texts, clusters


def datasketch_dedup(
    norm_texts: list[str],
    *,
    threshold: float,
    num_perm: int,
    n: int,
    params: tuple[int, int],
    kind: str = "word",
) -> np.ndarray:
    """Baseline: datasketch's fastest documented path (``MinHash.generator`` reuses the
    permutations) + ``MinHashLSH``, greedy keep-first; returns keep flags."""
    from datasketch import MinHash, MinHashLSH

    from transforms.exports.shingles import shingle_set_reference

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, params=params)
    keep = np.ones(len(norm_texts), dtype=bool)
    shingle_sets = [shingle_set_reference(text, kind=kind, n=n) for text in norm_texts]
    nonempty = [i for i, sh in enumerate(shingle_sets) if sh]
    minhashes = MinHash.generator((shingle_sets[i] for i in nonempty), num_perm=num_perm, seed=1)
    for i, m in zip(nonempty, minhashes, strict=True):
        if lsh.query(m):
            keep[i] = False
        else:
            lsh.insert(i, m)
    return keep


def _median_time(fn, repeats: int = 3) -> tuple[float, Any]:
    """Median wall of ``repeats`` calls (the machine is shared) and the last result."""
    runs, out = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn()
        runs.append(time.perf_counter() - t0)
    return sorted(runs)[len(runs) // 2], out


def signing_vs_rensa(norm, *, threshold: float, num_perm: int, n: int) -> dict[str, Any]:
    """Signatures of the same shingle hashes, ours vs rensa (see module docstring)."""
    import rensa

    from transforms.exports.minhash import EMPTY, MinHasher, lsh_params, resolve_near_duplicates
    from transforms.exports.shingles import iter_shingles

    chunks = list(iter_shingles(norm, n=n))
    docs = len(norm)
    hasher = MinHasher(num_perm=num_perm, seed=1)

    def rensa_sign() -> np.ndarray:
        sig = np.full((num_perm, docs), EMPTY, dtype=np.uint32)
        for c in chunks:
            matrix = rensa.RMinHash.digest_matrix_from_flat_token_hashes(
                c.hashes, c.offsets.astype(np.uint64), num_perm, 1
            )
            rows = np.asarray(matrix.to_rows(), dtype=np.uint32)
            filled = np.flatnonzero(np.diff(c.offsets) > 0)  # empty documents stay EMPTY
            sig[:, c.start + filled] = rows[filled].T
        return sig

    ours_s, ours = _median_time(lambda: hasher.signatures(chunks, docs))
    rensa_s, theirs = _median_time(rensa_sign)
    bands, rows = lsh_params(threshold, num_perm)
    keep_ours = resolve_near_duplicates(ours, threshold, bands=bands, rows=rows).keep
    keep_rensa = resolve_near_duplicates(theirs, threshold, bands=bands, rows=rows).keep
    a, b = set(np.flatnonzero(keep_ours).tolist()), set(np.flatnonzero(keep_rensa).tolist())
    return {
        "signing_ours_docs_per_s": round(docs / ours_s, 1),
        "signing_rensa_docs_per_s": round(docs / rensa_s, 1),
        "signing_rensa_vs_ours": round(ours_s / rensa_s, 2),
        "kept_jaccard_rensa_vs_ours": round(len(a & b) / max(1, len(a | b)), 5),
    }


def bench_dedup(
    settings: Settings,
    docs: int = 20_000,
    *,
    threshold: float = 0.8,
    num_perm: int = 128,
    shingle_size: int = 5,
    seed: int | None = None,
) -> dict:
    """Ours vs datasketch on the same generated documents; throughput and kept-set agreement."""
    import polars as pl

    from transforms.exports.minhash import lsh_params, near_dedup
    from transforms.exports.shingles import normalize_texts

    texts, clusters = generate_chat_docs(docs, seed=settings.seed if seed is None else seed)
    norm = normalize_texts(pl.Series("text", texts))
    norm_list = norm.to_list()
    params = lsh_params(threshold, num_perm)
    # warm-up: JIT cache load and first-touch allocation, not part of steady-state throughput
    near_dedup(norm[: min(500, docs)], threshold=threshold, num_perm=num_perm, n=shingle_size)
    runs = []
    for _ in range(3):  # median of three: the machine is shared, single runs are noisy
        t0 = time.perf_counter()
        ours = near_dedup(norm, threshold=threshold, num_perm=num_perm, n=shingle_size)
        runs.append(time.perf_counter() - t0)
    ours_s = sorted(runs)[1]

    t0 = time.perf_counter()
    theirs = datasketch_dedup(
        norm_list, threshold=threshold, num_perm=num_perm, n=shingle_size, params=params
    )
    theirs_s = time.perf_counter() - t0

    kept_ours = set(np.flatnonzero(ours.keep).tolist())
    kept_theirs = set(np.flatnonzero(theirs).tolist())
    jaccard = len(kept_ours & kept_theirs) / max(1, len(kept_ours | kept_theirs))
    planted = int(docs - len(np.unique(clusters)))
    first_of_cluster = np.zeros(docs, dtype=bool)
    first_of_cluster[np.unique(clusters, return_index=True)[1]] = True
    out: dict[str, Any] = {
        "docs": docs,
        "ours_docs_per_s": round(docs / ours_s, 1),
        "datasketch_docs_per_s": round(docs / theirs_s, 1),
        "speedup": round(theirs_s / ours_s, 2),
        "kept_jaccard_vs_datasketch": round(jaccard, 5),
        "ours_s": round(ours_s, 3),
        "datasketch_s": round(theirs_s, 3),
        "threshold": threshold,
        "num_perm": num_perm,
        "bands": params[0],
        "rows": params[1],
        "shingle": f"word-{shingle_size}",
        "planted_duplicates": planted,
        "ours_removed": int((~ours.keep).sum()),
        "datasketch_removed": int((~theirs).sum()),
        "ours_planted_recall": round(
            float((~ours.keep & ~first_of_cluster).sum()) / max(1, planted), 4
        ),
        "ours_false_removals": int((~ours.keep & first_of_cluster).sum()),
        "datasketch_false_removals": int((~theirs & first_of_cluster).sum()),
    }
    out.update(signing_vs_rensa(norm, threshold=threshold, num_perm=num_perm, n=shingle_size))
    return out
