"""Word lists and shape checks that keep code look-alikes and everyday words from being names.

Product, framework and UI words (:data:`NOT_NAME_WORDS`), name-token shapes
(:func:`plausible_person`, :func:`plausible_location`), the cheap English-or-not guess
(:func:`looks_english`), sentence-opening words and the word-frequency cuts every NER path of
:mod:`~transforms.privacy.pii.ner` shares."""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    CITY_PHRASES,
    NOT_LOCATIONS,
    SURNAMES,
    TITLES,
    english_frequency,
    word_set,
)
from transforms.privacy.pii.name_spellings import inner_capital_name

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
qdrant weaviate milvus pgvector faiss ollama huggingface langgraph llamaindex obsidian logseq
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
attn
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
    if _TOKEN_OK.match(tok) or inner_capital_name(tok):
        return True  # inner capitals only for listed names ("OConnor", "JoAnne": name_spellings)
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


_CAP_TOKEN = r"[A-Z\u00c0-\u00dd][^\W\d_]+(?:['\u2019\-][^\W\d_]+)*"

_POSS_TAIL = re.compile(r"['\u2019]s?$")


# Words that make a capitalised phrase an organisation, not a person; lower-cased.
_ORG_WORDS = word_set("""
inc inc. ltd ltd. llc gmbh ag sa plc corp corporation company co co. group holdings bank
university college school institute foundation association society club agency studio
studios records labs systems solutions services technologies software partners consulting
media network networks capital ventures fund trust insurance hospital clinic church band
""")


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
