"""More evidence that a one-word PERSON is a software name (session 29, tool names in prose).

spaCy tags library, service and product names PERSON when they stand bare as a subject or
object ("Shellingham raises ``ShellDetectionFailure``", "Typer has vendored Click", "I switched
to Zod"). :mod:`~transforms.privacy.pii.technical_terms` reads a tool from the words right
next to it; this module adds what the sentence or the rest of the message says:

- **Software-only predicates** (any word): verbs and passives no person takes ("Typer has
  vendored Click", "Ruff re-implements ...", "Starlette is designed to ...", "Vega-Altair was
  originally developed by ..."), the object of such a verb ("Typer has vendored Click") and
  bot names ("Dependabot").
- **Benchmarks** (not for listed given names): "Ruff is ~150x faster than flake8", "2x faster
  than Chardet", "orders of magnitude faster"; "Tomasz is 2x faster than me" keeps Tomasz.
- **Code after a verb** (not for listed given names): the subject of a verb whose object is
  code ("Shellingham raises ``ShellDetectionFailure``", "Starlette only requires `anyio`",
  "Colorama converts into win32 calls"); "Sarah returns `None`" is not said of a person.
- **Possessive of a software part** (not for listed given names): "Ruff's import resolver",
  "Blis's build system", "Vega-Altair's API"; only parts no person's own work has ("Behdad's
  codebase", "Behdad's API key" keep their names).
- **Migration targets and examples** (not for listed given names): "switched my project to
  Ruff", "migrating from Flask to Quart", "a bundler (e.g. Pyinstaller)".
- **The word in code form elsewhere** (:func:`code_form`): in backticks ("`ruff help`"), a
  dotted module path ("`pathlib.Path`"), a config file name ("ruff.toml"), the host of a link
  ("[Copier](https://copier.readthedocs.io/)") or the repository part of a GitHub URL.
  Listed given names count only through imports and installs (``technical_terms``): a
  username in a command ("`chown sarah:staff`") says nothing of Sarah.

A given name is "listed" when :mod:`~transforms.privacy.pii.gazetteers` holds it as a given
name, ambiguous or not ("Rich", "Julia", "Ruby"): those are people in chat often enough that a
tool reading needs a technical head noun, a release number, an install or an import.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

# adverbs and auxiliaries between the subject and its verb: "Ruff also re-implements",
# "Certifi does not support", "Typer has vendored"
_ADVERBS = (
    r"(?:[ \t]+(?:also|now|still|only|just|even|no[ \t]+longer|not|never|always|automatically"
    r"|internally|natively|currently|originally|already|then|does|doesn['\u2019]t|did|has|have"
    r"|had|can|could|will|would|may|might|should))*"
)
# verbs said of software only, whatever follows
_SOFTWARE_VERB_AFTER = re.compile(
    _ADVERBS + r"[ \t]+(?:vendor(?:s|ed)|re-?implement(?:s|ed)|transpil(?:es|ed)"
    r"|monkey-?patch(?:es|ed)|(?:de)?serializ(?:es|ed)|tokeniz(?:es|ed)|segfault(?:s|ed)"
    r"|lint(?:s|ed)[ \t]+(?:your|the|all|every)|is[ \t]+pip-installable)\b"
)
# passives no person takes: "Starlette is designed to", "Jupytext is activated", "Vega-Altair
# was originally developed by", "Typer was built on Click"
_SOFTWARE_PASSIVE_AFTER = re.compile(
    r"[ \t]+(?:is|was|are|were|has[ \t]+been|can[ \t]+be|will[ \t]+be|must[ \t]+be)"
    r"(?:[ \t]+(?:now|also|not|still|originally|automatically|fully|only|then))*[ \t]+"
    r"(?:designed|activated|enabled|disabled|deprecated|vendored|bundled|monkey-?patched"
    r"|(?:developed|maintained|authored)[ \t]+(?:by|at|in)|built[ \t]+(?:on|upon|with|atop)"
    r"|based[ \t]+on|intended[ \t]+for)\b"
)
# a benchmark figure: "Ruff is ~150-200x faster than flake8"
_BENCHMARK_AFTER = re.compile(
    r"[ \t]+(?:is|are|was|runs)[ \t]+(?:~|about[ \t]+|around[ \t]+|up[ \t]+to[ \t]+)?"
    r"\d+(?:\.\d+)?(?:[-\u2013]\d+)?[ \t]?[x\u00d7][ \t]+(?:faster|slower|smaller|larger|quicker)\b"
)
_MAGNITUDE_AFTER = re.compile(
    r"[ \t]+(?:is|are|aims[ \t]+to[ \t]+be)[ \t]+(?:an?[ \t]+)?orders?[ \t]+of[ \t]+magnitude"
    r"[ \t]+(?:faster|slower|smaller)\b"
)
# the other side of a benchmark: "At least 2x faster than Chardet"
_BENCHMARK_BEFORE = re.compile(
    r"\b\d+(?:\.\d+)?[xX\u00d7][ \t]+(?:faster|slower|smaller|larger|quicker)[ \t]+than[ \t]+$"
)
# the object of a verb only software takes: "Typer has vendored Click", "we forked Mako"
_SOFTWARE_OBJECT_BEFORE = re.compile(
    r"\b(?i:vendor(?:s|ed|ing)|monkey-?patch(?:es|ed|ing)?|fork(?:s|ed|ing)|re-?implement"
    r"(?:s|ed|ing)?|transpil(?:es|ed|ing))[ \t]+$"
)
# an example of a kind of software: "a bundler (e.g. Pyinstaller)", "libraries such as Numba"
_EXAMPLE_BEFORE = re.compile(
    r"\b(?i:librar(?:y|ies)|frameworks?|tools?|packages?|modules?|plugins?|extensions?"
    r"|bundlers?|linters?|formatters?|compilers?|engines?|parsers?|runtimes?|databases?|sdks?)"
    r"[ \t]*[(,]?[ \t]*(?:e\.g\.,?|such[ \t]+as|like|including)[ \t]+$"
)
# a bot: "Dependabot", "RenovateBot" (a stem of four letters or more: not "Talbot", "Cabot")
_BOT = re.compile(r"[A-Z][a-z]{3,}[bB]ot")

# verbs whose object, when it is code, makes the subject software
_CODE_VERB_AFTER = re.compile(
    _ADVERBS + r"[ \t]+(?:raises|returns|throws|emits|exposes|exports|accepts|expects|yields"
    r"|parses|supports?|requires|provides|implements|generates|validates|converts|renders"
    r"|iterates|wraps|infers|compiles|handles|reads|writes|loads|ships|bundles|depends|calls"
    r"|invokes|imports|patches|checks|detects|formats)\b"
)
# code in the rest of the clause: a backticked span, a call, a dotted or snake_case
# identifier, a flag, a word with digits ("win32", "utf8", "flake8")
_CODE_IN_CLAUSE = re.compile(
    r"[^.;:!?\n]{0,60}?(?:`|\w\(\)|\b[a-z]\w*\.[a-z_]\w*|\b[a-z]+_[a-z_]+\b|(?<!\w)--?[a-z]"
    r"|\b[a-z]+\d+\b)"
)
# a software part after a possessive: "Ruff's import resolver", "Vega-Altair's API"; not parts
# a person's own work has too ("Behdad's codebase", "Sarah's docs") nor a person's API key
_PART_NOUNS = (
    r"apis?(?![ \t]+(?:keys?|tokens?|secrets?))|defaults?|resolver|internals|test[ \t]+suite"
    r"|issue[ \t]+tracker|build[ \t]+system"
    r"|plugin[ \t]+system|changelog|top-level[ \t]+commands|cli|sdk|bindings|constants"
)
_POSSESSIVE_PART_AFTER = re.compile(
    r"['\u2019]s?(?:[ \t]+(?!(?i:for|on|of|in|to|with|at|from|by|and|or|the|an?|is|was|has)\b)"
    r"[\w-]+){0,2}?[ \t]+(?i:" + _PART_NOUNS + r")(?![\w-])"
)
# a migration's source or target: "switched my first project to Ruff", "migrating from Flask"
_MIGRATION_BEFORE = re.compile(
    r"\b(?i:switch(?:ed|ing|es)?|migrat(?:e|ed|es|ing)|port(?:ed|ing)|upgrad(?:e|ed|es|ing)"
    r"|downgrad(?:e|ed|es|ing))(?:[ \t]+(?:over|back|my|our|the|your|this|that|it|whole|first"
    r"|entire|project|projects|codebase|code|app|repo|stack|team|everything)){0,3}"
    r"[ \t]+(?:to|from)[ \t]+$"
)
# markup between a name and the next word: "**Vega-Altair** is a ..."
MARKUP_AFTER = re.compile(r"(?:\*{1,2}|_{1,2}|`)(?=[ \t])")


@cache
def _given_names() -> frozenset[str]:
    from transforms.privacy.pii.gazetteers import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES

    return GIVEN_NAMES | AMBIGUOUS_GIVEN_NAMES


def listed_given_name(word: str) -> bool:
    """Whether ``word`` is a given name of the gazetteers, everyday-word ones included."""
    return word in _given_names() or word.capitalize() in _given_names()


def software_context(text: str, start: int, end: int) -> bool:
    """Whether the sentence around the one-word PERSON ``text[start:end]`` makes it software
    (see the module docstring): a software-only predicate for any word; code after its verb, a
    possessive software part or a migration for a word that is no listed given name."""
    word = text[start:end]
    m = MARKUP_AFTER.match(text, end)
    after = m.end() if m else end
    if (
        _SOFTWARE_VERB_AFTER.match(text, after)
        or _SOFTWARE_PASSIVE_AFTER.match(text, after)
        or _SOFTWARE_OBJECT_BEFORE.search(text, max(0, start - 30), start)
        or (_BOT.fullmatch(word) and not listed_given_name(word))
    ):
        return True
    if listed_given_name(word):
        return False
    if (
        _BENCHMARK_AFTER.match(text, after)
        or _MAGNITUDE_AFTER.match(text, after)
        or _BENCHMARK_BEFORE.search(text, max(0, start - 40), start)
    ):
        return True  # "Tomasz is 2x faster than me at reviews" keeps Tomasz
    m = _CODE_VERB_AFTER.match(text, after)
    if m and _CODE_IN_CLAUSE.match(text, m.end()):
        return True
    if _POSSESSIVE_PART_AFTER.match(text, after):
        return True
    return bool(
        _MIGRATION_BEFORE.search(text, max(0, start - 60), start)
        or _EXAMPLE_BEFORE.search(text, max(0, start - 40), start)
    )


# the word in code form: these are the characters around it there
_CODE_SPAN = re.compile(r"`+([^`\n]{1,200}?)`+")
_FILE_EXTENSIONS = r"toml|ya?ml|json|cfg|ini|lock|conf|config\.[jt]s|rc|py|ts|js"
_URL = re.compile(r"\bhttps?://([\w.-]+)(/[^\s)\]>\"']*)?")
_GITHUB = re.compile(r"^/[\w.-]+/([\w.-]+)")


def code_form(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` (a capitalised one-word name, no listed given name) as
    code somewhere: a token of a backticked span ("`ruff help`", "`pydantic.Field`"), a module
    path ("pathlib.Path(") or config file ("ruff.toml", ".codecov.yml"), the host of a URL
    ("https://copier.readthedocs.io") or the repository of a GitHub URL. Never an @handle or
    an e-mail's local part."""
    if listed_given_name(word):
        return False
    low = word.lower()
    for span in _CODE_SPAN.finditer(text):
        if _code_token(low).search(span.group(1)):
            return True
    # the full pattern is slow to compile: first the word before a "." that it needs
    if "." in text and _word_dot(low).search(text) and _module_path(low).search(text):
        return True
    for url in _URL.finditer(text):
        host, path = url.group(1).lower(), url.group(2) or ""
        if word.lower() in host.split("."):
            return True
        m = _GITHUB.match(path) if host in ("github.com", "www.github.com") else None
        if m and m.group(1).lower() == word.lower():
            return True
    return False


# compiled once per word (``re``'s own 512-pattern cache is shared by every dynamic pattern)
@lru_cache(maxsize=4096)
def _code_token(low: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w@.\-])" + re.escape(low) + r"(?![\w@\-])", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _word_dot(low: str) -> re.Pattern[str]:
    return re.compile(re.escape(low) + r"\.", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _module_path(low: str) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w@.\-/])\.?"
        + re.escape(low)
        + r"(?:\.(?:"
        + _FILE_EXTENSIONS
        + r")\b|\.[a-z_]\w*\()",
        re.IGNORECASE,
    )
