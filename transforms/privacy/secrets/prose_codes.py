"""Second factors pasted into chat: TOTP/HOTP seeds and backup (recovery) codes.

* ``otpauth://totp/Label?secret=JBSWY3DPEHPK3PXP&issuer=Example``: the ``secret`` parameter of
  the Key Uri Format, a base32 value (RFC 4648 alphabet ``A-Z2-7``, padding optional), see
  https://github.com/google/google-authenticator/wiki/Key-Uri-Format.
* a base32 seed after a cue: "2FA secret: JBSW Y3DP EHPK 3PXP", "TOTP seed is …",
  "authenticator setup key …": one case, 16 or more base32 characters (80 bits; RFC 4226
  section 4 asks for 128), written whole or in groups of four as authenticator apps show it,
  with at least one base32 digit (2-7) so an upper-case word is no seed.
* backup codes after a cue: "recovery codes: 8f3k-2j9d 7h2m-9x4p", "Backup codes: 4829 1736,
  9921 0442": every code in the list, each with a digit and 8 or more letters and digits
  (GitHub shows ``xxxxx-xxxxx`` hex codes, Google eight digits in two groups of four).
"""

from __future__ import annotations

import re

from transforms.contracts.placeholders import is_placeholder
from transforms.privacy.secrets.rules import LoweredTriggerRule, SecretRule

_OTPAUTH = re.compile(r"(?i)\botpauth://[th]otp/[^\s?#]*\?(?:[^\s#]*?&)?secret=([A-Za-z2-7]+=*)")
_SEED_CUE = re.compile(
    r"(?i)\b(?:2fa|mfa|totp|hotp|otp|two[- ]factor|authenticator|authy)"
    r"(?:[ \t]+(?:app|auth(?:entication)?))?[ \t]+"
    r"(?:secret(?:[ \t]+key)?|seed|key|setup[ \t]+key|shared[ \t]+secret)"
    r"(?:[ \t]+(?:is|was))?[ \t]*[:=]?[ \t]*[\"'`]?"
)
_SEED = re.compile(r"[A-Za-z2-7]{4}(?:[ ]?[A-Za-z2-7]{4}){3,15}(?:[A-Za-z2-7]{1,3})?=*(?![\w-])")
_CODES_CUE = re.compile(
    r"(?i)\b(?:recovery|backup|scratch|emergency|single[- ]use|2fa|mfa)[ \t]+codes?\b"
    r"(?:[ \t]+(?:is|are|were|was))?[ \t]*:?[ \t]*\n?"
)
_CODE = re.compile(
    r"[ \t]*(?:[-*\u2022][ \t]+|\d{1,2}[.)][ \t]+)?"  # a list bullet or number
    r"((?:[A-Za-z0-9]{3,10}(?:-[A-Za-z0-9]{3,10}){1,6}|[A-Za-z0-9]{8,16}|\d{4}[ ]\d{4}))"
    r"(?![\w-])[ \t]*(?:[,;][ \t]*)?\n?"
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4}")


_EXAMPLE_WORDS = re.compile(r"(?i)secret|base32|example|sample|test|demo|dummy|fake")
_RUNS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _seed_ok(value: str) -> bool:
    v = value.replace(" ", "").rstrip("=")
    if len(v) < 16 or not (v.isupper() or v.islower()) or is_placeholder(value):
        return False
    if _EXAMPLE_WORDS.search(v) or v.lower() in _RUNS:
        return False  # pyotp's documented "base32secret3232", "abcdefghijklmnop"
    return any(c in "234567" for c in v) and sum(c.isalpha() for c in v) >= 4


def _code_ok(value: str) -> bool:
    alnum = value.replace("-", "").replace(" ", "")
    if len(alnum) < 8 or not any(c.isdigit() for c in alnum) or _DATE.fullmatch(value):
        return False
    if any(len(g) >= 4 and g.isalpha() and re.search("[aeiouAEIOU]", g) for g in value.split("-")):
        return False  # "backup-20240101", "restore-v2024": names joined with a date or version
    if alnum.lower() in _RUNS or _EXAMPLE_WORDS.search(alnum):
        return False  # "12345678"
    # "xxxx-xxxx-1111": fillers have few distinct symbols
    return not (is_placeholder(value) or len(set(alnum.lower())) < 4)


class _OtpRule(LoweredTriggerRule):
    def spans(self, text: str) -> list:
        from transforms.privacy.spans import Span

        out = []
        for m in _OTPAUTH.finditer(text):
            v = m.group(1)
            if len(v.rstrip("=")) >= 16 and not is_placeholder(v):
                out.append(Span(m.start(1), m.end(1), "SECRET", self.score, self.name))
        for m in _SEED_CUE.finditer(text):
            s = _SEED.match(text, m.end())
            if s and _seed_ok(s.group(0)):
                out.append(Span(s.start(), s.end(), "SECRET", self.score, self.name))
        return out


class _BackupCodesRule(LoweredTriggerRule):
    def spans(self, text: str) -> list:
        from transforms.privacy.spans import Span

        out = []
        for m in _CODES_CUE.finditer(text):
            pos, found = m.end(), []
            while len(found) < 30 and (c := _CODE.match(text, pos)) and c.end() > pos:
                if not _code_ok(c.group(1)):
                    break
                found.append((c.start(1), c.end(1)))
                pos = c.end()
            out.extend(Span(a, b, "SECRET", self.score, self.name) for a, b in found)
        return out


OTP_RULES: tuple[SecretRule, ...] = (
    _OtpRule(
        "otp_seed",
        ("otpauth", "2fa", "mfa", "totp", "hotp", "otp", "factor", "authenticator", "authy"),
        _SEED_CUE,
        0,
        0.85,
        None,
        True,
    ),
    _BackupCodesRule("backup_codes", ("codes", "code"), _CODES_CUE, 0, 0.85, None, True),
)
