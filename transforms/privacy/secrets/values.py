"""Value checks every secret rule applies after it matches: is the value a credential at all?

Placeholders (``sk-...``, ``YOUR_API_KEY``, ``xxxx``, ``<your-key>``: the shared test in
:mod:`transforms.contracts.placeholders`), references (``process.env.X``, ``${DB_PASSWORD}``),
code and identifiers (``hashedPassword``, ``request.form['password']``), weak defaults
(``changeme``, ``postgres``) and public-by-design values (Supabase ``anon`` JWTs, Stripe
publishable keys) are not; a long, mixed, high-entropy value looks random.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from collections import Counter

from transforms.contracts.placeholders import is_placeholder, is_template_placeholder

# Values that appear as defaults/placeholders for passwords in docs and local dev setups.
_WEAK_DEFAULTS = frozenset(
    {
        "password",
        "passwd",
        "pass",
        "pwd",
        "secret",
        "postgres",
        "root",
        "admin",
        "changeme",
        "test",
        "example",
        "none",
        "null",
        "undefined",
        "true",
        "false",
        "string",
        "str",
        "required",
        "optional",
        "hidden",
        "masked",
        "mypassword",
        "yourpassword",
        "user",
        "tiger",  # Oracle's SCOTT/TIGER demo schema, the example password of many docs
    }
)


def b64_bytes(value: str, validate: bool = True) -> bytes:
    """``value`` decoded as standard base64 with its ``=`` padding restored; raises
    ``binascii.Error`` (a ``ValueError``) when it is not base64."""
    return base64.b64decode(value + "=" * (-len(value) % 4), validate=validate)


def shannon_entropy(value: str) -> float:
    """Bits per character of ``value`` (0 for empty strings)."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


def looks_random(value: str, min_len: int = 16) -> bool:
    """A credential-like value: long, mixed character classes, high entropy, no spaces."""
    if len(value) < min_len or " " in value:
        return False
    classes = sum(
        (
            any(c.islower() for c in value),
            any(c.isupper() for c in value),
            any(c.isdigit() for c in value),
            any(not c.isalnum() for c in value),
        )
    )
    if classes < 2:
        return False
    return shannon_entropy(value) >= 3.0


def decode_jwt_payload(token: str) -> dict | None:
    """The JSON payload of a JWT (no signature check), or ``None`` when it does not decode."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    body = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        payload = json.loads(base64.urlsafe_b64decode(body))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    return payload if isinstance(payload, dict) else None


def jwt_is_public(token: str) -> bool:
    """Supabase ``anon`` keys (and other role=anon tokens) are public by design."""
    payload = decode_jwt_payload(token)
    return bool(payload) and str(payload.get("role", "")).lower() == "anon"


_REFERENCE = re.compile(
    r"^(?:process\.env|os\.environ|os\.getenv|import\.meta|Deno\.env|env\(|getenv|"
    r"settings\.|config\.|this\.|self\.|req\.|secrets\.|vault:|\$|%\(|@"
    # %DB_SECRET% / %env(DB_SECRET)%: Symfony container parameters and env processors
    # (https://symfony.com/doc/current/configuration/env_var_processors.html), Windows %VARS%
    r"|%(?:env\()?[A-Za-z_][\w.:\-]*\)?%$)",
)
_DOTTED_IDENT = re.compile(r"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:\(.*)?$")
_CALL = re.compile(r"^[A-Za-z_][\w.]*\(")
_LETTER_DIGIT_SWITCH = re.compile(r"[A-Za-z](?=\d)|\d(?=[A-Za-z])")


def is_dotted_code_path(value: str) -> bool:
    """``settings.auth.backend``, ``self.token``, ``os.environ.get(``: an attribute path, not a
    value. A random part (``Xk2.Lp9.Rt4Wz8Nv3Bc6Hd1Jf5Gs0``, :func:`_random_part`) is key
    material, which no code name is (session 33: dotted tokens under a credential name were
    refused as code)."""
    if not _DOTTED_IDENT.match(value):
        return False
    if "(" in value:
        return True
    return not any(_random_part(p) for p in value.split("."))


def _random_part(part: str) -> bool:
    """16+ characters switching between letters and digits 4+ times, with no typed run of
    three ascending characters (``ghi456ijk789``: a filler someone typed, not key material)."""
    if len(part) < 16 or len(_LETTER_DIGIT_SWITCH.findall(part)) < 4:
        return False
    codes = [ord(c) for c in part.lower()]
    runs = zip(codes, codes[1:], codes[2:], strict=False)
    return not any(b == a + 1 and c == a + 2 for a, b, c in runs)


# Unquoted code expressions (``request.form['password']``, ``z.string()``) are not values.
# (``auth[1``, ``iterator_dict[``: a subscript cut at the closing bracket; ``paramref:``: a role)
# "[[": a nested subscript or generic type (Callable[[str], str])
_CODE_EXPR = re.compile(r"^[A-Za-z_$]+\s*(?:[.[(][A-Za-z_$'\"\])]|\(\)|\[\[|[\[(]\d|[\[(:]$)")
_WORDISH = re.compile(r"^[A-Za-z_.\-]+$")


_CAMEL_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
_VOWELS = frozenset("aeiouyAEIOUY")


def looks_like_identifier(value: str) -> bool:
    """``hashedPassword``, ``NEXT_PUBLIC_URL``, ``my-secret-name``: words, not random letters.

    Split at case changes and separators, identifiers are a few word-sized parts; random
    letters (``WOTbVmeekl_AvG``) fall apart into one- and two-letter, vowel-less pieces.
    """
    if not _WORDISH.match(value):
        return False
    parts = _CAMEL_PART.findall(value)
    if not parts:
        return True
    if len(value) < 10:
        return True
    if any(len(p) == 1 for p in parts[:-1]):
        return False
    if sum(1 for p in parts if not _VOWELS.intersection(p)) >= 2:
        return False
    if sum(map(len, parts)) / len(parts) < 3.5:
        return False
    # One long lower- or upper-case run: an English-ish word has vowels in ~a third of letters.
    letters = [c for c in value if c.isalpha()]
    return sum(c in _VOWELS for c in letters) / len(letters) >= 0.2


_NUMBER = re.compile(r"^[\d_.:-]+[smhdkKMGb]?$")
# Vowel-dropped spellings of "password" people use as names: pswd, psswd, pswrd, paswd,
# pasword, pssword (password_policy and assignments read the same pattern).
PASSWORD_ABBREVIATION = r"p[as]?sw(?:o?r)?d"
_PASSWORD_NAME = re.compile(r"(?i)pass(?:word|wd|phrase)?|pwd|" + PASSWORD_ABBREVIATION)
_PUBLIC_NAME = re.compile(
    r"(?i)public|publishable|anon|_url$|_uri$|_host$|_port$|_user(?:name)?$"
    r"|_id$|_ttl$|_expir|_length$|_len$|_min|_max|_type$|_name$|_header$"
    r"|_prefix$|_path$|_file$|_field$|_endpoint$|_ms$|_seconds$"
    # anti-forgery tokens are sent to every visitor inside the page, not credentials
    # (https://guides.rubyonrails.org/security.html#csrf-countermeasures)
    r"|csrf|xsrf|authenticity_token"
)
_PUBLIC_VALUE = re.compile(r"^(?:pk_(?:live|test)_|phc_|pk\.)")
# A ``pk_`` value under a name that says secret/private (``COURIER_SECRET=pk_test_…``: Courier's
# API keys start ``pk_``) is judged as a secret: the name beats the public-shape guess.
_SECRET_NAMED = re.compile(r"(?i)secret|private")


def is_public_value(value: str, template_only: bool = False) -> bool:
    """Placeholders and public-by-design keys (Supabase ``anon`` JWTs, Stripe ``pk_`` keys,
    Mapbox ``pk.`` tokens): never flagged, whichever engine found them.

    ``template_only`` applies the narrow placeholder veto (:func:`is_template_placeholder`)
    instead of the wide one: for findings of provider-specific rules (the second engine's
    packaged rules), where a value of the exact structure is a key even if it says ``test``."""
    veto = is_template_placeholder if template_only else is_placeholder
    if veto(value) or _PUBLIC_VALUE.match(value):
        return True
    return value.startswith("eyJ") and value.count(".") == 2 and jwt_is_public(value)


# Values that are code, paths, selectors or ARNs: ``" + getPw() + "``, ``/en/docs``, ``#id``;
# also home and relative paths (``~/.ssh/id_rsa``, ``~deploy/.ssh/key``, ``./certs/key.pem``: the
# shell's tilde prefix, https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_02_06_01)
# and Ruby percent-literal arrays (``keys: %w(~/.ssh/id_rsa)``, ``%i[a b]``: a list of words or
# symbols, https://docs.ruby-lang.org/en/master/syntax/literals_rdoc.html#label-Percent+Literals).
_NOT_A_VALUE = re.compile(
    r"^(?:[\s+(\\#/'\[=!?{]|arn:|\(char|.*\$_(?:POST|GET|REQUEST)\b)|\(\s*$|\+\s*$"
    r"|^(?:~[\w.\-]*/|\.\.?/|%[wWiI][(\[{<])"
)


_CODE_SHAPE = re.compile(r"[A-Za-z_$][\w$]*\((?:[\w{]|\)|$)|=>|\)\s*[;,)&]|\{\w+:")


def _looks_like_code(value: str) -> bool:
    """Minified or inline code (``e=>{i({body:``, ``,render:({field:e``), not a credential."""
    return bool(_CODE_SHAPE.search(value))


def _code_or_default(value: str) -> bool:
    """A code expression, reference, identifier or weak default, not a credential value."""
    if _REFERENCE.match(value) or is_dotted_code_path(value) or _CALL.match(value):
        return True
    code = _CODE_EXPR.match(value) and any(c in value for c in "()[]")
    if code or _NUMBER.match(value) or value.lower() in _WEAK_DEFAULTS:
        return True
    return looks_like_identifier(value)


def _inside_url(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a whitespace-delimited token holding ``://``."""
    lo = max(text.rfind(c, 0, start) for c in " \t\n\"'`")
    his = [i for i in (text.find(c, end) for c in " \t\n\"'`") if i >= 0]
    return "://" in text[lo + 1 : min(his) if his else len(text)]


# English words that hold a credential word without naming one: "pass" inflected or in a noun
# (passed, passing, passage, passenger, passport), in compounds (bypass, compass, trespass), and
# "token" in tokenize/tokenizer/tokenized (text tokenization, payment-card tokenization)
_PLAIN_WORD = re.compile(
    r"(?i)(?:by|com|en|im|over|sur|tres|under)pass(?:es|ed|ing)?"
    r"|pass(?:ed|es|ing|ages?|engers?|ive|ively|ports?|able|ably)"
    r"|tokeni[sz](?:e|ed|er|ers|es|ing|ation)"
)
_NAME_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_CREDENTIAL_PART = re.compile(
    r"(?i)pass|pw|secret|token|tkn|key|credential|auth|private|access|api|dsn|salt"
)


def credential_word_only_inside_a_word(name: str) -> bool:
    """The name's only credential word sits inside an ordinary word (``bypass``, ``passed``,
    ``compass_heading``, ``fp_tokenized_value``): not a credential name. ``db_pass``,
    ``passwd``, ``bypass_token``, ``tokenizer_key`` keep theirs."""
    parts = _NAME_PART.findall(name)
    hits = [p for p in parts if _CREDENTIAL_PART.search(p)]
    return bool(hits) and all(_PLAIN_WORD.fullmatch(p) for p in hits)
