"""One-off set-up for the detection pool: lists loaded before the fork, a frozen heap after it.

The workers fork from a parent that has run the warm-up texts, so whatever the parent loaded
they share instead of each loading it inside its first real chunk. Two costs the warm-up texts
did not cover (measured on ``iw bench redact``, issue 14): simplemma's Finnish forms (a 14 MB
cached list, a second or more per worker, reached by a two- or three-word foreign headline), and
the cyclic garbage collector walking that inherited heap (the loaded word, place and name lists:
millions of references) on every full collection in each worker. Neither changes any output.
"""

from __future__ import annotations

import gc


def warm_up_lists() -> None:
    """Load, in the parent, the word lists the warm-up texts do not reach."""
    from transforms.privacy.pii.finnish_words import finnish_lemma

    finnish_lemma("Suomi")


def freeze_inherited_heap() -> None:
    """In a freshly forked worker: move every object inherited from the parent to the permanent
    generation, so the worker's full collections walk only what it allocates itself (the
    inherited lists live as long as the worker; their pages also stay shared, not copied)."""
    gc.freeze()
