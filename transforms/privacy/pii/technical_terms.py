"""Names that are part of a technical term, not a person or a place (issue 14).

Coding-agent conversations (``tests/data/external/agent_trajectories``) talk about maths,
crypto and data formats, where spaCy reads the name in a term as a PERSON or a place:

- **Eponyms**: one capitalised word, then a possessive and a noun that names a result or a
  technique ("Goldbach's conjecture", "Euler's totient", "Hastad's Broadcast Attack", "Bayes'
  theorem", "Dijkstra's algorithm"). The nouns are ones a person's own possession rarely takes
  in chat ("Sarah's code", "Tom's number", "Ana's identity" keep their names), and only a
  single word counts: a full name before the term ("Pierre de Fermat's theorem") is still a
  name.
- **Code nouns after the entity**: a capitalised phrase followed by a word that makes it the
  name of a member of a data format or program ("the Pixel Representation attribute", "the
  Patient Name element"); lower-case only, and not "field" or "property" ("the Boston field
  office", "the Brooklyn property" are places).
- **Section numbers after a word**: "# PS 3.3, Annex C.7.6.3", "see Appendix B.2": a document
  part, not a name.
"""

from __future__ import annotations

import functools
import re

from transforms.privacy.pii.tool_evidence import MARKUP_AFTER, code_form, software_context

# nouns that follow an eponym: results, laws and named techniques
_EPONYM_NOUNS = (
    "conjecture|theorem|lemma|laws?|totient|formula|constant|inequality|principle|hypothesis"
    "|transform|equation|paradox|criterion|sieve|algorithm|attack|cipher|notation|razor"
    "|corollary|postulate"
)
_EPONYM_AFTER = re.compile(
    r"['\u2019]s?(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+(?i:" + _EPONYM_NOUNS + r")\b"
)
# words that turn the capitalised phrase before them into a schema member
_CODE_NOUN_AFTER = re.compile(
    r"[ \t]+(?:attribute|attributes|element|elements|enum|macro|struct|parameter|param|keyword)\b"
)


# a section number after the word: "Annex C.7.6.3", "Appendix B.2", "Part 3.1"
_SECTION_AFTER = re.compile(r"[ \t]+(?:[A-Z]\.)?\d+(?:\.\d+)+\b")


def technical_term(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a PERSON or place candidate) names part of a technical
    term: a one-word eponym ("Euler's totient"), a data-format member ("the Pixel
    Representation attribute") or a document part ("Annex C.7.6.3")."""
    value = text[start:end]
    if " " not in value.strip() and _EPONYM_AFTER.match(text, end):
        return True
    return bool(_CODE_NOUN_AFTER.match(text, end) or _SECTION_AFTER.match(text, end))


# --- tool and product names ------------------------------------------------------------------
# Coding chat names tools, services and libraries all day ("the Jenkins pipeline failed",
# "Travis CI", "the Cassandra cluster is down", "Luigi task failed"), many of them spelled like
# given names or places. A ONE-WORD name is read as the name of a tool, not a person or place,
# when the words around it make it one (``tool_name``):
#
# - a technical head noun follows directly: the name modifies a thing made of software
#   ("Jenkins pipeline", "Julia script", "Kafka topic", "Sentry SDK", "Travis CI"). A person's
#   own thing takes a possessive ("Sarah's pipeline") and keeps the name; a full name ("John
#   Smith server") keeps it too.
# - a known tech phrase ("X on Rails", "X as a Service") or a release number ("Julia 1.10").
# - a copula that classes it as software ("Starlette is a lightweight ASGI framework") or a
#   passive only software takes ("Ruff is written in Rust", "Mako is licensed under MIT").
# - a verb or phrase before it whose object is never a person: "pip install Jupytext",
#   "import Colorama", "using Typer", "written in Julia", "a fork of Mako" (PERSON only: "in"
#   before a place is a place).
# - one such occurrence speaks for the word's other occurrences in the same text
#   (``tool_words``): "For more about Numba, see the Numba homepage", "Mako is a template
#   library ... Mako's syntax"; the context may be lower-case ("pip install colorama").
#
# Nouns that are also verbs ("build", "script", "deploy", "task", "branch", "image",
# "package") count only when no object follows: "let Sarah build the app" keeps Sarah.
# Plurals that are third-person verbs ("Maria builds", "Ana logs in") are left out.
_HEAD_NOUNS = (
    "pipelines?|jobs?|servers?|clusters?|topics?|brokers?|plug-?ins?|extensions?|containers?"
    "|librar(?:y|ies)|modules?|clients?|dashboards?|deployments?|workers?|nodes?|instances?"
    "|repos?|repositor(?:y|ies)|runners?|daemons?|databases?|endpoints?|webhooks?|templates?"
    "|templating|drivers?|kernels?|providers?|buckets?|namespaces?|schemas?|integrations?"
    "|workflows?|frameworks?|toolkits?|toolchains?|compilers?|interpreters?|runtimes?|binar(?:y|ies)"
    "|installers?|config|configs|configuration|console|cli|sdks?|apis?|ci|cd|ci/cd|ui|db"
    "|cron|crontab|bindings?|wrappers?|backends?|frontends?|middleware|orm|codebase|changelog"
    "|docs|documentation|homepage|syntax|storage|stack ?trace|traceback|dockerfile|manifest"
    "|helm ?charts?|operators?|pods?|queues|indices|caches|functionality|ecosystem|mode"
    "|contributors|maintainers|users|projects?|engines?"
)
# head nouns that are also base-form verbs: only with no object after them
_VERB_NOUNS = (
    "build|script|task|deploy|branch|image|package|cache|queue|index|host|release|support|files"
)
_DETERMINER = re.compile(
    r"[ \t]+(?:the|a|an|it|this|that|these|those|my|our|your|his|her|their|its|them|us|me|"
    r"some|all|every|each|one|two|\w+['\u2019]s)\b",
    re.IGNORECASE,
)
# a capitalised head noun closing a multi-word name: "Minsky Workflow", "Kafka Connect Cluster"
HEAD_NOUN = re.compile(r"(?i:" + _HEAD_NOUNS + r")")
_HEAD_AFTER = re.compile(r"[ \t]+(?i:(" + _HEAD_NOUNS + r"))(?![\w'\u2019-])")
# head nouns a place modifies as well ("the Frankfurt cluster", "our Chicago clients"): a
# LOCATION keeps its type before them
_PLACE_HEADS = re.compile(
    r"(?i:servers?|clusters?|workers?|clients?|nodes?|instances?|deployments?|providers?"
    r"|drivers?|operators?|buckets?|databases?|dashboards?|console|users|contributors|projects?)"
)
# a word before the name that makes a following verb-noun a verb: "let Sarah build", "did
# Maria deploy", "to Julia release" is rare; the name is the verb's subject there
_CAUSATIVE_BEFORE = re.compile(
    r"\b(?i:let|lets|letting|help|helps|helped|have|has|had|make|makes|made|watch|watched"
    r"|see|saw|hear|heard|did|does|do|didn't|doesn't|don't|will|would|can|could|should|must)"
    r"[ \t]+$"
)
_VERB_NOUN_AFTER = re.compile(r"[ \t]+(?i:" + _VERB_NOUNS + r")(?![\w'\u2019-])")
# a release number: "Julia 1.10", "Node v20", "Jenkins 2.440.1"
_VERSION_AFTER = re.compile(r"[ \t]+(?:v\d+\b|\d+(?:\.\d+)+\b)")
_PHRASE_AFTER = re.compile(r"[ \t]+(?:on[ \t]+Rails|as[ \t]+a[ \t]+[Ss]ervice)\b")
# what software is; not "server", "client", "service" (people are those too: "Maria is a
# client of ours") and not before a role ("Maria is a backend developer")
_SOFTWARE_NOUNS = (
    "library|framework|toolkit|tool|package|module|plugin|extension|cli|sdk|api|database"
    "|compiler|linter|formatter|programming language|engine|wrapper|parser"
    "|runtime|fork|backend|frontend|implementation|utility|application|app"
)
_ROLE_AFTER = (
    r"[ \t]+(?i:engineer|developer|administrator|admin|architect|consultant|specialist|manager"
    r"|designer|expert|programmer|analyst|lead|team|person|guy|girl|woman|man|user|owner"
    r"|maintainer|author|contributor|developers|engineers)\b"
)
# the words between article and noun: modifiers, not a phrase of its own ("the lead on the app")
_MODIFIER = (
    r"[ \t]+(?!(?i:on|of|for|in|at|with|the|a|an|to|from|by|and|or|who|that|our|my|your"
    r"|their|his|her)\b)[\w./+*`\[\],-]+"
)
_COPULA_AFTER = re.compile(
    r"[ \t]+(?:is|was)[ \t]+(?:an?|the)(?:"
    + _MODIFIER
    + r"){0,5}?[ \t]+(?i:"
    + _SOFTWARE_NOUNS
    + r")(?![\w-])(?!"
    + _ROLE_AFTER
    + r")"
)
_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:pip3?|npm|yarn|pnpm|brew|apt|apt-get|conda|cargo|gem)[ \t]+(?:install|add)"
    r"|\b(?:[Ii]nstall(?:ed|ing|s)?|[Uu]ninstall(?:ed|ing)?|[Ii]mport(?:ed|ing)?|[Uu]sing"
    r"|[Ww]ritten[ \t]+in|[Ii]mplemented[ \t]+in|[Pp]owered[ \t]+by"
    r"|(?:[Ff]ork|[Pp]ort|[Ww]rapper|[Bb]indings?|[Pp]lugin)[ \t]+(?:of|for))"
    r")[ \t]+(?:the[ \t]+)?$"
)


_POSSESSIVE = re.compile(r"['\u2019]")
# a passive that only software takes: "Ruff is written in Rust", "Mako is licensed under"
_PASSIVE_AFTER = re.compile(
    r"[ \t]+(?:is|was|are|can[ \t]+be)[ \t]+(?:\w+[ \t]+)?(?:written|implemented|licensed"
    r"|distributed|installed|imported|packaged|compiled|configured|pip-installed)\b"
)


def tool_name(text: str, start: int, end: int, etype: str = "PERSON") -> bool:
    """Whether the one-word name ``text[start:end]`` names a tool or product by its context
    (see the section comment above): "Jenkins pipeline", "Travis CI", "Ruby on Rails",
    "Starlette is a lightweight ASGI framework", "pip install Jupytext"."""
    if any(c.isspace() for c in text[start:end].strip()):
        return False  # a full name
    if etype == "PERSON" and software_context(text, start, end):
        return True  # the sentence and the verb around it (``tool_evidence``)
    if _POSSESSIVE.match(text, end):
        return False  # a person's own thing: "Sarah's pipeline"
    m = MARKUP_AFTER.match(text, end)
    end = m.end() if m else end  # "**Vega-Altair** is a declarative ... library"
    m = _HEAD_AFTER.match(text, end)
    if m and (etype == "PERSON" or not _PLACE_HEADS.fullmatch(m.group(1))):
        return True
    if _PHRASE_AFTER.match(text, end) or _VERSION_AFTER.match(text, end):
        return True
    m = _VERB_NOUN_AFTER.match(text, end)
    if (
        m
        and not _DETERMINER.match(text, m.end())
        and not _CAUSATIVE_BEFORE.search(text, max(0, start - 12), start)
    ):
        return True
    if _COPULA_AFTER.match(text, end) or _PASSIVE_AFTER.match(text, end):
        return True
    return etype == "PERSON" and bool(_OBJECT_BEFORE.search(text, max(0, start - 30), start))


# a lower-case package or module name in code: "pip install colorama", "import numba",
# "from starlette import", "require('jenkins')" speak for the capitalised word in prose
_CODE_BEFORE = re.compile(
    r"(?:\b(?:pip3?|npm|yarn|pnpm|brew|conda|cargo|gem|go)[ \t]+(?:install|add|get)"
    r"(?:[ \t]+-[-\w]+)*"
    r"|\bimport|\brequire\(['\"])[ \t]*$"
)
_FROM_BEFORE = re.compile(r"\bfrom[ \t]+$")
_IMPORT_AFTER = re.compile(r"(?:\.\w+)*[ \t]+import\b")


@functools.lru_cache(maxsize=4096)
def _bounded(word: str) -> re.Pattern[str]:
    """``word`` as a whole token (compiled once per word: ``re``'s own cache holds only 512
    patterns and the detectors' dynamic ones evict each other)."""
    return re.compile(r"(?<![\w.\-])" + re.escape(word) + r"(?![\w\-])")


def tool_words(text: str, words: set[str], etype: str = "PERSON") -> set[str]:
    """The one-word names among ``words`` that :func:`tool_name` reads as a tool at any of
    their occurrences in ``text``, or whose lower-case form ``text`` installs or imports
    ("pip install colorama" speaks for "Colorama"; "we will build" says nothing of "Will")."""
    out = set()
    for word in words:
        if not word or any(c.isspace() for c in word):
            continue
        # a case-sensitive literal: no occurrence without the substring (no compile then)
        if word in text and any(
            tool_name(text, m.start(), m.end(), etype) for m in _bounded(word).finditer(text)
        ):
            out.add(word)
            continue
        if etype == "PERSON" and code_form(text, word):
            out.add(word)  # "`ruff help`", "ruff.toml" (``tool_evidence``)
            continue
        low = word.lower()
        if low != word and etype == "PERSON" and low in text:
            rx = _bounded(low)
            if any(
                _CODE_BEFORE.search(text, max(0, m.start() - 40), m.start())
                or (
                    _FROM_BEFORE.search(text, max(0, m.start() - 8), m.start())
                    and _IMPORT_AFTER.match(text, m.end())
                )
                for m in rx.finditer(text)
            ):
                out.add(word)
    return out
