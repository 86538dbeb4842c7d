"""Credentials stated in prose, in the shapes people write them in chat.

"the password for the admin account is X", "my pw is X", "use X as the password", "ssh in with
password X", "username admin password X", "login: admin / X", "Password Xy7#kq2Lm". The value
must be one token with letters and a digit or symbol (``hunter2!x``), not a word, path, URL,
reference or placeholder; a user name alone (``user is admin2024``) is never taken for a
password. Complements ``password_in_prose`` / ``quoted_password_in_prose`` of
:mod:`~transforms.privacy.secrets.formats`.
"""

from __future__ import annotations

import re

from transforms.contracts.placeholders import is_placeholder
from transforms.privacy.secrets.password_policy import PASSWORD_WORDS
from transforms.privacy.secrets.prose_codes import OTP_RULES
from transforms.privacy.secrets.rules import LoweredTriggerRule, SecretRule
from transforms.privacy.secrets.values import (
    _REFERENCE,
    _WEAK_DEFAULTS,
    _code_or_default,
    _inside_url,
)

_PW_WORDS = r"(?:password|passwd|passphrase|passcode|pwd|pw|wi-?fi[ \t]+key)"
_PROSE_END = r"[\"'`]?(?=[\s,;)]|\.?$|\.\s)"
_PROSE_CREDENTIAL = re.compile(
    r"(?im)"
    # "the password for the admin account is X", "my pw is X", "password -> X", "passcode X"
    # and after a "for …" clause a colon: "password for root: X"
    rf"\b{_PW_WORDS}(?:'s)?\b(?P<for>[ \t]+(?:for|of|on|to)\b[^\n.!?:=]{{1,40}}?"
    r"|[ \t]*\([^()\n]{1,40}\)"
    # a relative clause: "the password I used was X", "the password they gave us was X"
    r"|[ \t]+(?:that[ \t]+)?(?:I|we|you|they|he|she)(?:[ \t]+[a-z']+){1,4}?(?=[ \t]+(?:is|was)\b))?"
    # "the password is: X" (a colon after the verb, as e-mails write it)
    # "the password should be X", "the password will be X"
    r"(?:[ \t]+(?:(?:is|was|are|(?:should|will|would)[ \t]+be):?|=|->)|[ \t]*(?:=|->)|'s"
    r"|(?(for)[ \t]*:|(?!)))"
    r"[ \t]*[\"'`]?(?P<a>[^\s\"'`]{6,64}?)" + _PROSE_END + r"|"
    # "ssh in with password X", "log in with the passphrase X"
    rf"\bwith[ \t]+(?:the[ \t]+|my[ \t]+)?{_PW_WORDS}[ \t]+[\"'`]?(?P<d>[^\s\"'`]{{6,64}}?)"
    + _PROSE_END
    + r"|"
    # "use X as the password"
    rf"\buse[ \t]+[\"'`]?(?P<b>[^\s\"'`]{{6,64}}?)[\"'`]?[ \t]+as[ \t]+"
    r"(?:the[ \t]+|my[ \t]+|your[ \t]+)?"
    rf"(?:\w+[ \t]+)?{_PW_WORDS}(?=[ \t]*(?:[.,;!?)]|$)|[ \t]+(?:for|on|of|to|and|here)\b)|"
    # "username admin password X", "user: admin, pass: X", "login: admin / X"
    # "login with admin / X", "log in as root / X"
    r"\b(?:user(?:name)?|login|log[ \t]+in|sign[ \t]*in|creds|credentials)\b"
    r"(?:[ \t]+(?:with|as|using)(?=[ \t]))?[ \t]*(?:are|is|:|=)?[ \t]*"
    r"[\"'`]?[\w.@\\-]+[\"'`]?(?:[ \t]*[,;/][ \t]*|[ \t]+)"
    rf"(?:(?:{_PW_WORDS}|pass)[ \t]*[:=]?[ \t]*)?[\"'`]?(?P<c>[^\s\"'`/]{{6,64}}?)"
    + _PROSE_END
    + r"|"
    # "Password Xy7#kq2Lm", "root password hunter2!x": the word, a space, the value; in notes
    # and docs also a colon: "ID:admin,PW:Xy7#kq2Lm", "host (pw:Xy7#kq2Lm)"
    rf"\b{_PW_WORDS}(?:[ \t]*:[ \t]*|[ \t]+)[\"'`]?(?P<e>[^\s\"'`]{{6,64}}?)" + _PROSE_END
)
# Words that follow "password" in prose and code without being one: hash and encoding names
# ("password sha256 digest", "password utf8 bytes"), column types ("password varchar2").
_NOT_A_PASSWORD = re.compile(
    r"(?i)(?:sha-?\d+|md[45]|bcrypt\w*|argon2\w*|scrypt|pbkdf2\w*|utf-?(?:8|16)\w*|base(?:32|64)\w*"
    r"|latin-?1|varchar\w*|nvarchar\w*|char\d*|int\d*|v?\d+(?:\.\d+)*\w*)"
)
_PROSE_PW_REQUIRED = re.compile(rf"(?i){_PW_WORDS}|pass\b|/")


class _ProseRule(LoweredTriggerRule):
    def spans(self, text: str) -> list:
        from transforms.privacy.spans import Span

        out = []
        for m in self.pattern.finditer(text):
            g = next(g for g in ("a", "b", "c", "d", "e") if m.group(g))
            value = _with_tail(text, m.start(g), m.group(g))
            if g == "e" and _NOT_A_PASSWORD.fullmatch(value):
                continue
            if g == "c" and not _PROSE_PW_REQUIRED.search(m.group(0)[: m.start(g) - m.start()]):
                continue  # "username admin X": only with a password word or a "user / pass" slash
            if not _prose_value_ok(value) or _inside_url(text, m.start(g), m.start(g) + len(value)):
                continue
            out.append(Span(m.start(g), m.start(g) + len(value), "SECRET", self.score, self.name))
        return out


def _with_tail(text: str, start: int, value: str) -> str:
    """The value without the punctuation that ends its sentence, unless that punctuation may
    belong to the password: "Summer2024!" keeps its "!" (and "?") when the rest holds a digit
    or symbol; "." only when the rest holds a symbol ("Kx7-qq2."); ")" or "]" only to close
    an opened one ("P@ss(w0rd)"). One character of a secret leaking matters more than a tidy
    span; "[--password SECRET]" (usage brackets) and "is Qw9rTz81." keep the tidy span."""
    end = start + len(value)
    while end < len(text) and text[end] in ".,;:!?)]":
        end += 1  # the pattern's lookahead stops before "." or ")": read the whole run
    value = text[start:end]
    core = value.rstrip(".,;:!?)]")
    digit = any(c.isdigit() for c in core)
    symbol = any(not c.isalnum() for c in core)
    opened = {")": core.count("(") - core.count(")"), "]": core.count("[") - core.count("]")}
    kept = core
    for c in value[len(core) :]:
        if (c in "!?" and (digit or symbol)) or (c == "." and symbol):
            kept += c
        elif c in opened and opened[c] > 0:
            opened[c] -= 1
            kept += c
        else:
            break
    return kept


def _prose_value_ok(value: str) -> bool:
    """A single token with letters and a digit or symbol (``hunter2!x``), not a word, path,
    reference, URL or placeholder."""
    if len(value) < 6 or value.isalpha() or value.isdigit() or not any(c.isalpha() for c in value):
        return False
    if value.startswith(
        ("$", "%", "<", "{", "[", "(", "*", "-", "@", "/", ".", "#", ",", ";", ":")
    ):
        return False
    if re.fullmatch(r"\d+[a-z]+", value):
        return False  # "must be 8chars", "expires in 30days": a count and its unit
    if re.search(r"\$[A-Za-z_{]", value):
        return False  # super$ecret: an expansion inside the token, not a literal
    if re.fullmatch(r"!{1,2}[A-Za-z]+(?:[.:/-][A-Za-z]+)*|[&|>][\w-]*", value):
        return False  # "password: !vault |", "!!binary", "&anchor": a YAML tag, anchor or block
    if re.fullmatch(r"[a-z]+(?:/[a-z][a-z0-9_\-]*)+/?", value):
        return False  # "-field=password secret/myapp": a path of lower-case names (a Vault
        # KV path, https://developer.hashicorp.com/vault/docs/commands/kv/get), not a password
    if any(c in value for c in "=?@") or "&&" in value or "://" in value:
        return False  # a URL's path or query, an assignment: judged by their own rules
    if re.search(r"&(?:[A-Za-z]{2,6}|#\d+)(?:;|$)", value):
        return False  # an HTML character reference ("pw&lt;"): read decoded elsewhere
    if value.lower() in _WEAK_DEFAULTS or is_placeholder(value) or _REFERENCE.match(value):
        return False
    return not (_code_or_default(value) or re.fullmatch(r"[\w.-]+\.(?:[a-z]{2,4})", value))


# "Password" in other languages, as a label before the value ("contraseña: X", "пароль = X").
_PW_LABELS = PASSWORD_WORDS
_FOREIGN_LABEL = re.compile(
    r"(?i)(?<!\w)(?:(?:" + "|".join(_PW_LABELS) + r")(?!\w)[ \t]*(?:[:=\uff1a]|是|は"
    # or a copula: "la contraseña es X", "das Passwort ist X", "het wachtwoord is X"
    r"|(?<=[ \t])(?:es|ist|lautet|est|é|è|is|är|er|on|jest|je|era|war|était|было|это)"
    r"(?!\w)[ \t]*:?)"
    # and "password" with a non-English copula: "il password è X" (looked for in non-ASCII text)
    r"|password[ \t]+(?:è|é|es|ist|est)(?!\w)[ \t]*:?"
    # Russian, Ukrainian, Polish: after a phrase ("пароль от сервера X", "hasło do serwera to
    # X", "пароль для входа: X") or none ("мой пароль X"), a dash, a colon, a copula or a space
    r"|(?:пароль|hasło|haslo)(?:[ \t]+(?:от|для|к|ко|на|в|во|із|від|до|od|do|dla|na|w|z)"
    r"(?:[ \t]+[^\W\d_]+){1,3}?)?(?:[ \t]*[:=\u2014\u2013-]"
    r"|[ \t]+(?:это|це|to|jest|był|było|был|была|было|був|була)(?!\w)[ \t]*[:\u2014\u2013-]?"
    r"|(?=[ \t])))[ \t]*"
    r"[\"'`]?([^\s\"'`]{6,64}?)" + _PROSE_END
)


# Triggers for ASCII-only text (each ``in`` test costs a pass over the text): the common
# labels written without diacritics; other labels are looked for only in non-ASCII text.
_ASCII_TRIGGERS = ("contrasena", "senha", "wachtwoord", "heslo", "salasana", "sifre")
_ASCII_TRIGGERS += ("passwort", "kennwort", "mot de passe", "haslo")


class _ValueRule(SecretRule):
    """Group 1 is a prose password value (:func:`_prose_value_ok`)."""

    def find(self, text: str, lowered: str) -> list:
        from transforms.privacy.spans import Span

        triggers = _ASCII_TRIGGERS if lowered.isascii() else self.triggers
        if not any(t in lowered for t in triggers):
            return []
        out = []
        for m in self.pattern.finditer(text):
            value = _with_tail(text, m.start(1), m.group(1))
            if _prose_value_ok(value):
                out.append(
                    Span(m.start(1), m.start(1) + len(value), "SECRET", self.score, self.name)
                )
        return out


# BIP-39 wallet mnemonics (12-24 lower-case words) after "seed phrase"/"recovery phrase"/
# "mnemonic": https://github.com/bitcoin/bips/blob/master/bip-0039.mediawiki
_SEED_PHRASE = re.compile(
    r"(?i)\b(?:seed|recovery|mnemonic|secret|backup|wallet)[ \t]+(?:phrase|words)\b"
    r"(?:[ \t]+(?:is|was))?[ \t]*[:=]?[ \t]*[\"'`]?"
    r"|\bmnemonic\b[\"']?[ \t]*[:=][ \t]*[\"'`]?"
)
_SEED_WORDS = re.compile(
    r"(?-i:[a-z]{3,8})(?:[ \t]+(?-i:[a-z]{3,8})){11,23}(?=[\"'`]?[ \t]*(?:[.,;]|$))", re.M
)
_PROSE_WORDS = frozenset(
    {"the", "and", "for", "you", "your", "with", "that", "this", "are", "was", "not", "but"}
    | {"from", "have", "will", "can", "use", "should", "when", "into", "then", "its"}
)


class _SeedPhraseRule(LoweredTriggerRule):
    def spans(self, text: str) -> list:
        from transforms.privacy.spans import Span

        out = []
        for m in self.pattern.finditer(text):
            w = _SEED_WORDS.match(text, m.end())
            if not w:
                continue
            words = w.group(0).split()
            if len(words) % 3 == 0 and len(_PROSE_WORDS.intersection(words)) < 2:
                out.append(Span(w.start(), w.end(), "SECRET", self.score, self.name))
        return out


PROSE_RULES: tuple[SecretRule, ...] = (
    _ProseRule(
        "credential_in_prose",
        (
            "pass",
            "pw",
            "pwd",
            "wifi",
            "wi-fi",
            "user",
            "login",
            "log in",
            "sign",
            "creds",
            "credentials",
        ),
        _PROSE_CREDENTIAL,
        0,
        0.75,
        None,
        True,
    ),
    _ValueRule(
        "foreign_password_label",
        (*(w.lower() for w in _PW_LABELS), "password"),
        _FOREIGN_LABEL,
        1,
        0.8,
        None,
        True,
    ),
    _SeedPhraseRule(
        "wallet_seed_phrase", ("phrase", "mnemonic", "words"), _SEED_PHRASE, 0, 0.85, None, True
    ),
    *OTP_RULES,
)
