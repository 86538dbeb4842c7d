"""Lone surnames in Croatian, Serbian, Bosnian, Slovak, Czech and Slovenian news (issue 14).

News in these languages names a person by the surname alone, mostly opening a sentence before
a verb: "Sejdiu kaže da ...", "Babić je reagirao brzo", "Bush sa stal prezidentom", "rekao je
Rama". No word list tells a capitalised opener from a name there, so ``foreign_ner`` drops lone
openers that are no listed given name, and calls a name that is also a small place somewhere
("Bush", "Rama") a LOCATION. :func:`verb_context` is the evidence that the word is the subject or
source of a person's statement or act: a verb of saying right after ("kaže", "navodi", "hovorí"),
an auxiliary ("je", "sa", "će") then within three words a past participle ("-ao", "-io", "-la",
Slovak/Czech "-l") or an infinitive, a past participle right after (Slovak/Czech "Bush
označil"), or a verb of saying (with its auxiliary) right before ("rekao je Rama").
:data:`TITLES` are role words before a name ("predsjednik", "premijer", "pápež"); own lists.

A word written in lower case on the UNER train splits (:func:`ordinary_word`) is never such a
name. Callers apply it only to one-word runs spaCy tags PERSON (or listed as a surname), never to a
country or a large city. Tuned on the dev splits of UNER Croatian SET, Serbian SET and Slovak SNK.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.cldr_cities import cldr_city_names
from transforms.privacy.pii.foreign_lists import common_word
from transforms.privacy.pii.foreign_words import listed_country
from transforms.privacy.pii.slavic_cases import DECLINING, adjective_form
from transforms.privacy.pii.slavic_language import GROUP, slavic_words

# Titles and role words, nominative and common declined forms (own list)
TITLES = frozenset(
    """
    predsjednik predsjednika predsjedniku predsjednica predsednik predsednika predsedniku
    predsednica premijer premijera premijeru premijerka ministar ministra ministru ministrica
    ministarka komesar komesara povjerenik povjerenika kancelar kancelarka papa pape papi papu
    kralj kralja kraljica gospodin gospodina gospođa gospođe
    prezident prezidenta prezidentovi prezidentka premiér premiéra kancelár pápež pápeža
    kardinál kardinála kráľ kráľa kráľovná biskup biskupa pán pána pani
    """.split()  # noqa: SIM905
)
# Present-tense verbs of saying after a name (own list)
SAYING_AFTER = frozenset(
    """
    kaže navodi objašnjava tvrdi ističe smatra dodaje izjavljuje poručuje upozorava
    hovorí tvrdí uvádza dodáva vysvetľuje upozorňuje říká uvádí vysvětluje
    pravi pravi trdi
    """.split()  # noqa: SIM905
)
# Past verbs of saying before a name, with or without the auxiliary (own list)
SAYING_BEFORE = frozenset(
    """
    rekao rekla izjavio izjavila kazao kazala dodao dodala naveo navela istakao istakla
    objasnio objasnila poručio poručila kaže navodi
    povedal povedala uviedol uviedla dodal dodala vyhlásil vyhlásila tvrdil tvrdila hovorí
    řekl řekla uvedl uvedla
    dejal dejala
    zvolal zvolala odvetil odvetila vyhŕkol vyhŕkla odpovedal odpovedala spýtal spýtala
    opýtal opýtala zašepkal zašepkala skríkol skríkla pokračoval pokračovala zamrmlal
    zamrmlala
    upitao upitala odgovorio odgovorila viknuo viknula nastavio nastavila šapnuo šapnula
    """.split()  # noqa: SIM905
)
# Capitalised verbs and auxiliaries that open a sentence ("Nije bilo lako"), no subject (own list)
OPENING_VERBS = frozenset(
    """
    nije nisu bio bila bilo bili bi bih biti treba trebalo ima imao imala nema nemaju može
    mogu mora moraju jeste sam smo ste biće bice bude budu ostaje ostalo postoji postoje
    nie bol bola bolo boli bude budú má mal mala nemá môže musí treba bolo je sú
    není byl byla bylo mohl musel
    """.split()  # noqa: SIM905
)
# Linking adverbs between a name and its verb ("Babić pak kaže", "Bush však povedal"; own list)
LINKING = frozenset(
    """
    pak ipak međutim također takođe zatim potom onda tada opet već
    tiež však potom teda takto napokon nakoniec vtedy opäť znova hneď ešte konečne
    """.split()  # noqa: SIM905
)
# Clitic pronouns between a name and its verb ("Soni ma prosila", "Maja ju však nechala",
# "Ana mu je rekla"; own list)
CLITICS = frozenset("ma mi ho mu ju jej ich im ťa ti nás vás me ga joj ih te nas vas".split())  # noqa: SIM905
# Place prepositions: "u Zagrebu bila", "v Bratislave bol" name a place (own list)
PLACE_PREPOSITIONS = frozenset("u na iz do od kod v vo z zo k ku pri".split())  # noqa: SIM905
# Singular auxiliaries: one person ("Tužioci su tvrdili" names nobody)
AUXILIARIES = frozenset("je sa se si bol bola bude će ce".split())  # noqa: SIM905
# Singular past participles
_PARTICIPLE = {
    "hr": re.compile(r"[^\W\d_]{2,}(?:ao|io|eo|uo|la|lo)"),
    "sk": re.compile(r"[^\W\d_]{2,}(?:[aeiouyáéíóúý]l|la|lo)"),
}
# Shapes of ordinary words: superlatives ("Najbolje", "Najskôr"), verbal and abstract nouns
# ("Suđenje", "Rozbitie", "Účasť", "Mogućnost")
_WORD_SHAPE = re.compile(r"(?i:naj\w+|\w+(?:nje|nie|tie|ost|osť|stvo|ство))")
_PARTICIPLE["sr"] = _PARTICIPLE["bs"] = _PARTICIPLE["sl"] = _PARTICIPLE["hr"]
_PARTICIPLE["cs"] = _PARTICIPLE["sk"]
# Slovak/Czech passive participles and adverbs (-ne, -o), lower case
_PASSIVE = re.compile(r"[a-záéíóúýčďľňšťžôäě]{3,}[nt][ýá]")
_ADVERB = re.compile(r"[a-záéíóúýčďľňšťžôäě]{3,}(?:ne|ie|e)")
_INFINITIVE = re.compile(r"[^\W\d_]{2,}(?:ti|ći|ť)")
_WORD = re.compile(r"[^\W\d_]+|[^\s\w]")
# Words between the auxiliary and the participle ("je također izrazio", "je u ponedeljak objasnio")
MAX_BETWEEN = 3


def ordinary_word(word: str, lang: str) -> bool:
    """A word of ``lang`` written in lower case on the UNER train splits ("Vlada", "Dokument",
    "Napokon"), or of an ordinary word's shape (:data:`_WORD_SHAPE`)."""
    group = GROUP.get(lang)
    if group is not None and word.lower() in slavic_words(group):
        return True
    return _WORD_SHAPE.fullmatch(word) is not None


def _participle(word: str, lang: str) -> bool:
    pattern = _PARTICIPLE.get(lang)
    return pattern is not None and word.islower() and pattern.fullmatch(word) is not None


def verb_after(text: str, end: int, lang: str) -> bool:
    """A verb of saying, a past participle, or an auxiliary with a participle or infinitive
    within :data:`MAX_BETWEEN` words, right after ``text[:end]``."""
    if lang not in DECLINING:
        return False
    words = _WORD.findall(text[end : end + 80])
    for _ in range(2):  # "Babić pak kaže", "Maja ju však nechala"
        if len(words) > 1 and (words[0] in LINKING or words[0] in CLITICS):
            words = words[1:]
    if not words:
        return False
    first = words[0]
    if first in SAYING_AFTER or _participle(first, lang):
        return True
    if _ADVERB.fullmatch(first) and len(words) > 1 and _participle(words[1], lang):
        return True  # "Bush jasne označil"
    if first not in AUXILIARIES:
        return False
    if first in ("bol", "bola") and len(words) > 1 and _PASSIVE.fullmatch(words[1]):
        return True  # "Bush bol inaugurovaný"
    for word in words[1 : 2 + MAX_BETWEEN]:
        if not word.isalpha() or not word.islower():
            return False  # punctuation or a capitalised word ends the clause
        if word in SAYING_AFTER or _participle(word, lang):
            return True
        if first in ("će", "ce", "bude") and _INFINITIVE.fullmatch(word):
            return True
    return False


def verb_before(text: str, start: int, lang: str) -> bool:
    """A past verb of saying, with or without its auxiliary, right before ``start``
    ("rekao je Rama", "povedal Bush")."""
    if lang not in DECLINING:
        return False
    words = text[max(0, start - 40) : start].split()
    if words and words[-1] in LINKING:
        words = words[:-1]  # "vyhŕkol napokon Balú"
    if words and words[-1] in AUXILIARIES:
        words = words[:-1]
    return bool(words) and words[-1].strip(",") in SAYING_BEFORE


def verb_context(text: str, start: int, end: int, lang: str) -> bool:
    """:func:`verb_after` or :func:`verb_before` around ``text[start:end]``, which is no
    sentence-opening verb (:data:`OPENING_VERBS`)."""
    word = text[start:end]
    if word.lower() in OPENING_VERBS or ordinary_word(word, lang):
        return False
    before = text[max(0, start - 5) : start].split()
    if before and before[-1].lower() in PLACE_PREPOSITIONS:
        return False
    return verb_after(text, end, lang) or verb_before(text, start, lang)


def lone_subject(text: str, a: int, tok: str, lang: str) -> bool:
    """One word ``tok`` at ``a`` before or after a verb of a person's act or statement in a
    Slavic sentence ("Babić je reagirao", "Bush sa stal", "rekao je Rama"); never a function
    word, an acronym, a country, a city of the language or an -sk- adjective (a masculine -ski
    surname passes: "Puninski je završio")."""
    if lang not in DECLINING:
        return False
    adjective = adjective_form(tok) and not tok.endswith(("ski", "ský", "cki", "cký"))
    if tok.isupper() or common_word(tok, lang) or adjective or listed_country(tok, lang):
        return False  # "USA výrazne spadla": an acronym
    return tok not in cldr_city_names(lang) and verb_context(text, a, a + len(tok), lang)
