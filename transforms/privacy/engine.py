"""The detection engine: regex detectors everywhere, NER on prose, overlaps resolved.

Per text: :func:`~transforms.privacy.secrets.detector.detect_secrets` and
:func:`~transforms.privacy.pii.patterns.detect_patterns` on the whole text (the PII detectors on
:func:`~transforms.privacy.pii.escaped_lines.line_break_view`: escaped ``\\n`` as line breaks), then
:func:`~transforms.privacy.pii.ner.ner_spans` (prose NER, gazetteers, context cues) and
:func:`~transforms.privacy.pii.cyrillic_ner.cyrillic_spans` (natasha on Cyrillic prose) and
:func:`~transforms.privacy.pii.han_ner.han_spans` (LAC on Chinese prose) and
:func:`~transforms.privacy.pii.ja_ner.ja_spans` (GiNZA on Japanese prose), then
:func:`~transforms.privacy.spans.resolve_overlaps` (SECRET wins, then longest, then score),
then :func:`~transforms.privacy.pii.name_context.names_from_context` (names implied by the names
around them), then the post-steps of :func:`_post_steps` (issue 14): sign-off and contact-line
names (:mod:`~transforms.privacy.pii.signature_names`), "roberto's daughter"
(:mod:`~transforms.privacy.pii.kin_names`), dialogue and quoted speakers
(:mod:`~transforms.privacy.pii.speaker_names`), forum @-replies, credits and sign-offs
(:mod:`~transforms.privacy.pii.forum_names`), names after a former role or a title
(:mod:`~transforms.privacy.pii.role_names`), answers to a name question and lists of people
(:mod:`~transforms.privacy.pii.name_answers`), "my name is jaroslav zakharov"
(:mod:`~transforms.privacy.pii.lower_name_cues`), "add Sieuwerd Heuver as a beneficiary"
(:mod:`~transforms.privacy.pii.account_roles`), "Victoria is a kind person"
(:mod:`~transforms.privacy.pii.person_nouns`), "Jovica A Cedilnik"
(:mod:`~transforms.privacy.pii.initial_names`), names and places learned from English train splits
(:mod:`~transforms.privacy.pii.train_names_en`), "Wendy's" is no person
(:mod:`~transforms.privacy.pii.shop_names`), nor are demonyms, defined contract terms,
species and derived words (:mod:`~transforms.privacy.pii.demonyms`,
:mod:`~transforms.privacy.pii.quoted_terms`, :mod:`~transforms.privacy.pii.species_names`,
:mod:`~transforms.privacy.pii.derived_words`), a "place" in a list of people or after a naming
phrase (:mod:`~transforms.privacy.pii.coordinated_names`), "the isolation of Raqqah" is a town
(:mod:`~transforms.privacy.pii.town_people`), coalition lists of four or more countries are no
places (:mod:`~transforms.privacy.pii.country_lists`), "Hahahaha" is no one
(:mod:`~transforms.privacy.pii.laughter`), "George N . Parks" / "U . S ." in tokenised social
text (:mod:`~transforms.privacy.pii.social_forms`), venues after "at"
(:mod:`~transforms.privacy.pii.venues`), named lakes, bays and beaches
(:mod:`~transforms.privacy.pii.feature_places`), time zones and colours that are no places
(:mod:`~transforms.privacy.pii.zone_colour_words`), and the words of coding chat that are no
names: non-English chat vocabulary (:mod:`~transforms.privacy.pii.chat_vocabulary`), Polish
common words by Morfeusz 2 (:mod:`~transforms.privacy.pii.polish_vocabulary`), heading words
as places (:mod:`~transforms.privacy.pii.title_phrases`), assistants, their tools and modes
(:mod:`~transforms.privacy.pii.assistant_tools`), Polish adjectives and declined product names
(:mod:`~transforms.privacy.pii.polish_phrases`), product phrases and bold labels
(:mod:`~transforms.privacy.pii.chat_labels`) and English chat vocabulary
(:mod:`~transforms.privacy.pii.chat_english`).

:func:`detect_batch` is the in-process path (one spaCy ``pipe`` over the batch's prose);
:func:`detect_many` analyses each distinct text once and fans chunks out to a process pool of
``workers`` processes (``fork``: children share the model the parent loaded once; the pool is
kept for the life of the process), returning results in input order, so output is identical
whatever the worker count. Workers exit by themselves when the process that started them
dies without shutting the pool down (SIGKILL, SIGTERM).
"""

from __future__ import annotations

import atexit
import multiprocessing as mp
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

from transforms.io import exit_with_parent
from transforms.privacy.pii.account_roles import account_role_names
from transforms.privacy.pii.address_blocks import address_blocks, unit_blocks
from transforms.privacy.pii.address_countries import country_tails
from transforms.privacy.pii.address_heads import address_heads
from transforms.privacy.pii.address_numbers import leading_house_numbers, units_before_streets
from transforms.privacy.pii.address_phone_lines import trim_at_phone_lines
from transforms.privacy.pii.addressee_places import drop_addressee_firms, drop_addressee_places
from transforms.privacy.pii.assistant_requests import adjust_request_spans
from transforms.privacy.pii.assistant_tools import drop_tool_names
from transforms.privacy.pii.chat_english import drop_english_chat_words
from transforms.privacy.pii.chat_labels import drop_chat_labels
from transforms.privacy.pii.chat_loanwords import drop_chat_loanwords
from transforms.privacy.pii.chat_structure import drop_chat_structure_names
from transforms.privacy.pii.chat_vocabulary import drop_chat_vocabulary
from transforms.privacy.pii.citations import citation_names
from transforms.privacy.pii.common_nouns import drop_common_nouns
from transforms.privacy.pii.coordinated_names import people_in_lists
from transforms.privacy.pii.country_lists import drop_country_lists
from transforms.privacy.pii.cyrillic_vocabulary import drop_cyrillic_vocabulary
from transforms.privacy.pii.demonyms import drop_demonyms
from transforms.privacy.pii.derived_words import drop_derived_words
from transforms.privacy.pii.escaped_lines import line_break_view
from transforms.privacy.pii.feature_places import feature_places
from transforms.privacy.pii.foreign_joins import foreign_joins
from transforms.privacy.pii.forum_names import forum_names
from transforms.privacy.pii.guide_places import guide_places
from transforms.privacy.pii.initial_names import initial_names
from transforms.privacy.pii.kin_names import kin_names
from transforms.privacy.pii.laughter import drop_laughter
from transforms.privacy.pii.lower_given_names import lower_given_names
from transforms.privacy.pii.lower_name_cues import lower_name_cues
from transforms.privacy.pii.mailbox_names import mailbox_names
from transforms.privacy.pii.name_answers import name_answers
from transforms.privacy.pii.name_context import names_from_context
from transforms.privacy.pii.patterns import detect_patterns
from transforms.privacy.pii.people_lists import list_people
from transforms.privacy.pii.person_nouns import person_noun_names
from transforms.privacy.pii.place_lists import places_in_lists
from transforms.privacy.pii.place_pairs import place_pairs
from transforms.privacy.pii.polish_names import polish_name_spans
from transforms.privacy.pii.polish_phrases import polish_phrase_spans
from transforms.privacy.pii.polish_places import polish_places
from transforms.privacy.pii.polish_vocabulary import drop_polish_vocabulary
from transforms.privacy.pii.quoted_terms import drop_quoted_terms
from transforms.privacy.pii.region_people import polity_names, regions_not_people
from transforms.privacy.pii.regnal_names import regnal_names
from transforms.privacy.pii.role_names import role_names
from transforms.privacy.pii.shop_names import drop_shop_names
from transforms.privacy.pii.signature_names import signature_name_spans
from transforms.privacy.pii.social_forms import social_forms
from transforms.privacy.pii.speaker_names import speaker_names
from transforms.privacy.pii.species_names import drop_species_names
from transforms.privacy.pii.speech_subjects import speech_subjects
from transforms.privacy.pii.street_type_names import drop_street_type_names
from transforms.privacy.pii.thing_contexts import drop_thing_contexts
from transforms.privacy.pii.title_phrases import drop_title_places
from transforms.privacy.pii.town_people import towns_not_people
from transforms.privacy.pii.train_names_en import train_names_en
from transforms.privacy.pii.unit_line_streets import unit_line_streets
from transforms.privacy.pii.venues import venues
from transforms.privacy.pii.zone_colour_words import drop_zone_colour_places
from transforms.privacy.pool_setup import freeze_inherited_heap, warm_up_lists
from transforms.privacy.secrets.detector import detect_secrets
from transforms.privacy.spans import Span, resolve_overlaps

# Below this many texts a pool costs more than it saves.
MIN_PARALLEL_TEXTS = 64


def detect_batch(texts: Sequence[str | None], *, ner: bool = True) -> list[list[Span]]:
    """Resolved spans for each text; ``None``/empty texts give ``[]``."""
    raw = [t if isinstance(t, str) else "" for t in texts]
    for t in texts:
        if t is not None and not isinstance(t, str):
            raise TypeError(f"texts must be str or None, got {type(t).__name__}")
    # PII detectors read escaped line breaks ("\\n") as line breaks; secrets read the raw text
    clean = [line_break_view(t) for t in raw]
    found: list[list[Span]] = [
        [*detect_secrets(r), *_address_steps(t, detect_patterns(t))] if t else []
        for r, t in zip(raw, clean, strict=True)
    ]
    if ner:
        from transforms.privacy.pii.cyrillic_ner import cyrillic_spans
        from transforms.privacy.pii.han_ner import han_spans
        from transforms.privacy.pii.ja_ner import ja_spans
        from transforms.privacy.pii.ner import ner_spans

        for spans, extra in zip(found, ner_spans(clean), strict=True):
            spans.extend(extra)
        for spans, extra in zip(found, cyrillic_spans(clean), strict=True):
            spans.extend(extra)  # natasha on Cyrillic prose (``cyrillic_ner``)
        for spans, extra in zip(found, han_spans(clean), strict=True):
            spans.extend(extra)  # LAC on Chinese prose (``han_ner``)
        for spans, extra in zip(found, ja_spans(clean), strict=True):
            spans.extend(extra)  # GiNZA on Japanese prose (``ja_ner``)
        # names from context read the resolved spans (one type per stretch of text)
        found = [
            names_from_context(t, resolve_overlaps(s)) for t, s in zip(clean, found, strict=True)
        ]
        # sign-off, contact-line and kinship names; "Wendy's" and "Hahahaha" are no one
        found = [_post_steps(t, spans) for t, spans in zip(clean, found, strict=True)]
    # the country line of a street address is a place of its own (``address_countries``); a
    # place inside the addressee's name and a business addressee's name are none
    # (``addressee_places``)
    return [
        resolve_overlaps(country_tails(t, drop_addressee_firms(t, drop_addressee_places(t, s))))
        for t, s in zip(clean, found, strict=True)
    ]


# Run in this order after names_from_context, each ``(text, spans) -> spans`` (module docstring):
# names are added first, then what is no person is dropped or retyped, then places are added.
POST_STEPS: tuple[Callable[[str, list[Span]], list[Span]], ...] = (
    signature_name_spans,  # "--Liz", "Kim 713-853-3098", capitals in mixed-case text
    kin_names,  # "roberto's daughter"
    speaker_names,  # 'Aki: "Who are you?"', '," says Uotila.'
    speech_subjects,  # "Hitzig noticed that", '"...," says Player', "Smith, 34, said"
    forum_names,  # "@driis can you", "credit to ladenedge", "Thanks in advance,\nPradeep"
    role_names,  # "ex-Beatle Paul", "Mr. Greece"
    name_answers,  # "What's your last name? Chiba", "founders: A, B and C"
    lower_name_cues,  # "my name is jaroslav zakharov", "mr. brett ochoa"
    lower_given_names,  # "hey tanner is your last name", "j . cole is"
    mailbox_names,  # '"McGilloway, Vangie" <Vangie.McGilloway@powersrc.com>'
    adjust_request_spans,  # "reply to jean's email", "alexa" addressed, "atlanta georgia"
    account_role_names,  # "add Sieuwerd Heuver as a beneficiary"
    person_noun_names,  # "Victoria is a very sympathetic person"
    initial_names,  # "Jovica A Cedilnik"
    foreign_joins,  # "Johannes Brahms" whole, "Bremen-Vegesack" (non-English prose)
    place_pairs,  # "München/Hamburg" (non-English prose)
    train_names_en,  # names and places learned from English train splits: "Musharraf"
    drop_shop_names,  # "Wendy's", "Sullivan's Steak House"
    drop_demonyms,  # "Guadeloupean zouk music", "Baghdadis don't venture"
    drop_quoted_terms,  # '"Lien" is a mortgage, lien, ...', '(" Tranche B Repayment ")'
    drop_species_names,  # "Formica fusca", "Aplocheilus lineatus"
    drop_derived_words,  # "Normalcy returned", "Biography", "his career in Marketing"
    drop_thing_contexts,  # "i had a DUI but", "Harry Preuss, MD,", "who sung this", "the LLC"
    drop_common_nouns,  # "The direction of saccades", "A Geofence is", "Formal Equivalence"
    drop_street_type_names,  # "Rm. 701, 36 #, Lane 100, Tianlin East Road"
    people_in_lists,  # a spaCy "place" among people or after "my name is"
    list_people,  # "Johanna , Sharon ja Nadja": unread words listed with a person (Nordic)
    regnal_names,  # "Paavi Paavali II", "Kaarle XII": a given name and a regnal numeral
    towns_not_people,  # "the isolation of Raqqah": a GeoNames town no person list knows
    places_in_lists,  # "Mosul and Raqqah": a spaCy "person" among places
    regions_not_people,  # "Party of Alberta", "Westminster Abbey": no person
    polity_names,  # "Kingdom of Judah", "Crown Colony of Sarawak"
    guide_places,  # "a public bus from the airport to Hadibo": an unlisted "person"
    drop_country_lists,  # "include Australia, Belgium, Canada, Denmark ...": coalition members
    drop_laughter,  # "Hahahaha"
    citation_names,  # "(Dye & Bavelier, 2010)", "Quilis (1964)"
    social_forms,  # "George N . Parks" whole, "U . S ." a place (tokenised social text)
    venues,  # "tonight at The Scoot Inn", "back to Sayulita"
    feature_places,  # "Hanging Lake"
    address_heads,  # "No. 1 Jinjia Village, Fengtai District", "Two Newton Executive Park, Suite 2"
    drop_zone_colour_places,  # "10:59:10 CDT 2014", "plotted in magenta"
    drop_chat_vocabulary,  # "#### Já Feito:", "| Tempo |" in a Portuguese coding chat
    drop_cyrillic_vocabulary,  # "### 1. Что такое Prompting?" in a Russian coding chat
    polish_name_spans,  # "Jacka Malczewskiego", "druha Milkego", "poseł Szwed" in Polish prose
    drop_polish_vocabulary,  # "**✅ Utworzono nową strukturę**", "Wtedy:" in Polish prose
    polish_places,  # "w Hiszpanii", "z Łodzi": a declined Polish place read as a person
    drop_chat_loanwords,  # "Validação final: Linter em ...", "* thought: PLANO FINAL:"
    polish_phrase_spans,  # "Dobry postęp!" (adjective + noun), "testy w Jeście" (after "w")
    drop_title_places,  # "## Documents in Memory"
    drop_tool_names,  # "using Glob and Grep", "Claude, Codex, Gemini"
    drop_chat_labels,  # "Minsky Workflow", "the Minsky project's goals", "**Manual:**"
    drop_english_chat_words,  # "- [ ] Modify Library component", "Console Log:" in code chat
    drop_chat_structure_names,  # "| Lundefined |", "sent to LLM", "• Page Templates" in a list
)


def _address_steps(text: str, spans: list[Span]) -> list[Span]:
    """Pattern spans with addresses cut before a phone line, grown over the street line above a
    unit line, the unit/locality/postcode lines under a street and a number before it."""
    spans = unit_line_streets(text, trim_at_phone_lines(text, spans))
    spans = address_blocks(text, unit_blocks(text, spans))
    return leading_house_numbers(text, units_before_streets(text, spans))


def _post_steps(text: str, spans: list[Span]) -> list[Span]:
    for step in POST_STEPS:
        spans = step(text, spans)
    return spans


def detect(text: str, *, ner: bool = True) -> list[Span]:
    """Resolved spans for one text (convenience wrapper around :func:`detect_batch`)."""
    return detect_batch([text], ner=ner)[0]


# --- process pool -----------------------------------------------------------------------------
_pool: ProcessPoolExecutor | None = None
_pool_workers = 0


def _init_worker(parent: int) -> None:
    # workers blocked on the task queue never see EOF when the parent is killed
    exit_with_parent(parent)
    freeze_inherited_heap()
    # The model is normally inherited from the parent; load it here if it was not.
    from transforms.privacy.pii.ner_model import ner_pipeline

    ner_pipeline()


def _detect_chunk(texts: list[str | None]) -> list[list[tuple]]:
    # Tuples pickle faster than dataclasses.
    return [
        [(s.start, s.end, s.type, s.score, s.detector) for s in spans]
        for spans in detect_batch(texts)
    ]


# Texts that reach every detector's one-off set-up: the secret rule index and its lazily
# imported format rules, the second secret engine, phone/address/IBAN patterns compiled on
# first use, the language identifier, spaCy's vocabulary. Run once before forking so the
# workers inherit it instead of each paying for it (seconds) inside the first real chunk.
WARM_UP_TEXTS = (
    "warm up",
    "Hi, I'm Maria Garcia from Berlin; call me at +49 30 1234567 or mail maria@example.com.",
    "Ship it to 221B Baker Street, London NW1 6XE. IBAN DE89 370400440532013000, card "
    "4111 1111 1111 1111, SSN 078-05-1120, server 10.0.0.1.",
    'export AWS_SECRET_ACCESS_KEY="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n'
    "password = hunter2 and token ghp_0123456789abcdefghijklmnopqrstuvwxyz",
    "Olá, o meu nome é João Conceição e moro em Lisboa, perto do rio Tejo.",
    "wow emma and kaite, i live in canada",
    # the German, Danish and social-text lists load on first use: before the workers fork
    "Bundeskanzlerin Merkel sagte am Montag in Berlin, dass Herr Müller nach Hamburg fährt.",
    "Søren Hansen bor i Aarhus og arbejder for kommunen.",
    "omg @jess_m at The Scoot Inn tonight #Austin, ship to 12 rue de la paix paris",
)


def _warm_up_detectors() -> None:
    """Set up every detector in this process (before workers fork: they share it)."""
    from transforms.privacy.pii.phones import warm_up_phones
    from transforms.privacy.secrets.engines import warm_up_second_engine

    warm_up_second_engine()
    warm_up_phones()
    detect_batch(WARM_UP_TEXTS)
    warm_up_lists()


def _get_pool(workers: int) -> ProcessPoolExecutor:
    global _pool, _pool_workers
    if _pool is None or _pool_workers != workers:
        shutdown_pool()
        # fork: children inherit the model loaded here (no per-worker load, shared pages) and
        # nothing re-imports __main__ (spawn/forkserver break unguarded scripts and REPLs).
        from transforms.privacy.pii.ner_model import ner_pipeline

        ner_pipeline()
        _warm_up_detectors()
        ctx = mp.get_context("fork")
        _pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=ctx,
            initializer=_init_worker,
            initargs=(os.getpid(),),
        )
        _pool_workers = workers
    return _pool


def shutdown_pool() -> None:
    """Stop the worker processes (also registered at exit)."""
    global _pool, _pool_workers
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)
        _pool, _pool_workers = None, 0


atexit.register(shutdown_pool)


def warm_up(workers: int) -> None:
    """Set up the detectors in this process or start the pool (so benchmarks time only the work)."""
    if workers <= 1 or mp.current_process().daemon:
        from transforms.privacy.pii.ner_model import ner_pipeline

        ner_pipeline()
        _warm_up_detectors()
        return
    pool = _get_pool(workers)
    list(pool.map(_detect_chunk, [["warm up"]] * workers))


def detect_many(
    texts: Sequence[str | None], workers: int = 1, chunk_size: int | None = None
) -> list[list[Span]]:
    """Resolved spans for each text, using ``workers`` processes when it pays.

    Identical texts are analysed once (pasted logs, repeated diffs). Falls back to in-process
    detection for small inputs, ``workers <= 1``, or inside a daemonic process (which may not
    start children).
    """
    return detect_many_async(texts, workers, chunk_size)()


def detect_many_async(
    texts: Sequence[str | None], workers: int = 1, chunk_size: int | None = None
) -> Callable[[], list[list[Span]]]:
    """Start :func:`detect_many` and return a function that waits for its result.

    With a pool the chunks are submitted at once and run while the caller does other work
    (redaction finishes one batch while the workers detect the next, so both cores stay
    busy); without one the work is done here, before returning.
    """
    for t in texts:
        if t is not None and not isinstance(t, str):
            raise TypeError(f"texts must be str or None, got {type(t).__name__}")
    unique = list(dict.fromkeys(t for t in texts if t))

    def spread(results: list[list[Span]]) -> list[list[Span]]:
        by_text = dict(zip(unique, results, strict=True))
        return [list(by_text[t]) if t else [] for t in texts]

    if workers <= 1 or len(unique) < MIN_PARALLEL_TEXTS or mp.current_process().daemon:
        done = spread(detect_batch(unique))
        return lambda: done
    size = chunk_size or max(16, min(256, -(-len(unique) // (workers * 4))))
    pool = _get_pool(workers)
    futures = [
        pool.submit(_detect_chunk, unique[i : i + size]) for i in range(0, len(unique), size)
    ]

    def wait() -> list[list[Span]]:
        results: list[list[Span]] = []
        for f in futures:
            results.extend([Span(*t) for t in spans] for spans in f.result())
        return spread(results)

    return wait


def default_workers() -> int:
    """CPU count (used when no settings are at hand)."""
    return max(1, os.cpu_count() or 1)
