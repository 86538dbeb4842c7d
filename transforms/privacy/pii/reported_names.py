"""People named by a reporting verb in Portuguese, Danish and other non-German prose (issue 14).

News quotes its sources with a reporting verb next to the name ("diz Altino", "Segundo
Formaggio, ...", "Cardoso diz que ...", "sagde Lentz"). spaCy's English model tags few of these
lone names in non-English sentences. In a sentence of a language that writes nouns in lower
case, a capitalised word (or a run of up to three) right after a reporting verb or "according
to" ("segundo", "ifølge", "según", "selon"), or opening the sentence right before a present-tense
reporting verb, is a PERSON when none of its words is a common or function word of the language,
a place or a country. German has its own rules (:mod:`.german_context`).

Tuned on the dev splits of UNER Portuguese Bosque and UNER Danish DDT; Norwegian verbs ("sier
Helland", "forteller Tore"; not "sa", a preposition elsewhere) from NorNE dev.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.finnish_words import everyday_form
from transforms.privacy.pii.foreign_lists import (
    FREQUENCY_LANGUAGES,
    common_word,
    is_function_word,
)
from transforms.privacy.pii.foreign_words import at_sentence_start, is_place, listed_country
from transforms.privacy.pii.language_names import language_given_names

# Verbs of saying and "according to", lower case, per language (third person, present/past)
REPORTING_BEFORE = frozenset(
    """
    diz disse afirma afirmou declara declarou garante garantiu explica explicou observa
    observou acrescenta acrescentou sublinha sublinhou admite admitiu adianta adiantou defende
    defendeu conta contou lembra lembrou frisa frisou refere referiu segundo conforme
    sagde siger forklarer forklarede mener mente udtaler udtalte fortæller fortalte ifølge
    skriver skrev tilføjer tilføjede
    dice dijo afirmó declaró explicó según
    dit déclare déclaré explique selon
    zegt zei volgens
    säger sade enligt
    sier seier forteller fortel fortalde uttaler meiner svarer svarar svarte spør spurte spurde
    """.split()  # noqa: SIM905
)
# Present-tense reporting verbs after a sentence-opening name ("Cardoso diz que ...")
REPORTING_AFTER = frozenset(
    """
    diz afirma declara garante explica observa acrescenta sublinha admite adianta defende
    conta lembra aconselha siger forklarer mener udtaler fortæller dice afirma explica dit
    déclare explique zegt säger
    """.split()  # noqa: SIM905
)
# Finnish verbs of saying in the third person singular, present and past ("Peltola sanoi",
# "..., Grisay kertoo"): Finnish writes the name before the verb, at the start of a sentence or
# after the comma closing a quote (https://en.wikipedia.org/wiki/Finnish_verb_conjugation)
FINNISH_REPORTING = frozenset(
    """
    sanoo sanoi kertoo kertoi toteaa totesi vastaa vastasi kysyy kysyi huomauttaa huomautti
    korostaa korosti muistuttaa muistutti arvioi kommentoi selittää selitti lisää lisäsi
    puhuu puhui kehuu kehui esittelee esitteli ihmettelee ihmetteli vastustelee vastusteli
    painottaa painotti myöntää myönsi kiittää kiitti
    """.split()  # noqa: SIM905
)
# Other verbs a lone name opens a Finnish sentence with ("Granlund asuu", "Kivelä toimi",
# "Simonides päätti"); the name must be no form of an everyday word
FINNISH_OPENER_VERBS = frozenset(
    """
    on oli ei päätti päättää kirjoitti kirjoittaa toimi toimii asuu asui syntyi varttui
    valittiin nauroi odotti tajusi ui väitti sääli
    """.split()  # noqa: SIM905
)
# ... in the nominative singular and short: compounds and case forms open sentences too
# ("Markkinoilla on", "Jäsenvaltioiden on", "Arkiromantiikkaa on", "Todistukset on")
_FINNISH_CASE_FORM = re.compile(
    r"(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|aa|ää|den|tten|[aeiouyäö]n|[aeiouyäö]t)$"
)
MIN_FINNISH_OPENER, MAX_FINNISH_OPENER = 4, 11
_RUN = re.compile(
    r"[A-ZÀ-ÞÆØÅ][^\W\d_]+(?:-[A-ZÀ-ÞÆØÅ][^\W\d_]+)?(?:[ \t]+[A-ZÀ-ÞÆØÅ][^\W\d_]+){0,2}"
)
_VERB_BEFORE = re.compile(r"(?<![\w\-])([^\W\d_]+),?[ \t]+$")
_VERB_AFTER = re.compile(r"[ \t]+([^\W\d_]+)(?![\w\-])")


def _finnish_lone_name(word: str) -> bool:
    return (
        MIN_FINNISH_OPENER <= len(word) <= MAX_FINNISH_OPENER
        and not everyday_form(word)
        and _FINNISH_CASE_FORM.search(word) is None
    )


def _verb_after(text: str, start: int, a: int, words: list[str], verb: str, lang: str) -> bool:
    """The name ``words`` at ``a`` is the subject of the reporting ``verb`` after it."""
    opens = at_sentence_start(text, a)
    if lang in FREQUENCY_LANGUAGES and verb in REPORTING_AFTER and opens:
        # a noun opening a Danish sentence is capitalised too: only where a frequency list
        # tells words from names
        return True
    if lang != "fi":
        return False
    if verb in FINNISH_REPORTING:
        # one word or a given name first (not "Eilen X"), opening the sentence or after a quote
        one_name = len(words) == 1 or words[0] in language_given_names("fi")
        return one_name and (opens or text[start:a].rstrip().endswith(","))
    return (
        verb in FINNISH_OPENER_VERBS and len(words) == 1 and opens and _finnish_lone_name(words[0])
    )


def _name_words(words: list[str], lang: str) -> bool:
    return all(
        not w.isupper()
        and not common_word(w, lang)
        and not is_function_word(w, lang)
        and not is_place(w, lang=lang)
        and not listed_country(w, lang)
        for w in words
    )


def reported_name_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Names next to a reporting verb in the ``lang`` sentence ``text[start:end]``."""
    if lang == "de":
        return []
    out: list[tuple[int, int]] = []
    pos = start
    while True:
        m = _RUN.search(text, pos, end)
        if m is None:
            return out
        pos = m.end()
        if text[m.start() - 1 : m.start()].isalnum():
            continue
        words, a = m.group().split(), m.start()
        if len(words) > 1 and words[0].lower() in REPORTING_BEFORE:
            a = text.index(words[1], a + len(words[0]))  # "Segundo Formaggio, ..."
            words = words[1:]
            verb_before = True
        else:
            before = _VERB_BEFORE.search(text, max(start, a - 25), a)
            verb_before = before is not None and before.group(1) in REPORTING_BEFORE
        after = _VERB_AFTER.match(text, m.end(), end)
        verb_after = after is not None and _verb_after(text, start, a, words, after.group(1), lang)
        if (verb_before or verb_after) and _name_words(words, lang):
            out.append((a, m.end()))
