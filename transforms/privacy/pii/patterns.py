"""Pattern detectors for structured PII: email, phone, card, IBAN, IP, SSN, street address.

Kept as one module: every detector shares the same gate -> regex -> validator -> code-look-alike
shape and the same helpers; phones and addresses, the two large ones, already live apart.

They run on the whole text (prose and code alike). Each one is gated by a cheap test (``"@" in
text``, a digit count) so most messages never reach its regex, and each match is validated
(Luhn for cards, ISO 13616 mod-97 for IBANs, SSA rules for SSNs, octet ranges for IPs) and
checked against the shapes of code artefacts that look alike: unix timestamps and 10-digit ids
(no separators: never a phone), version strings, file names like ``logo@2x.png``, git remotes
like ``git@github.com``.
"""

from __future__ import annotations

import ipaddress
import re

from transforms.privacy.pii.address_dates import street_addresses_outside_dates, written_date
from transforms.privacy.pii.phones import detect_phones, has_digits
from transforms.privacy.pii.reserved_emails import placeholder_email
from transforms.privacy.spans import Span

# --- email ------------------------------------------------------------------------------------
_EMAIL = re.compile(
    r"(?<![\w.+%-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])"
)
# A spoken or typed-out address with "dot" for the dots after the "@" ("john@gmail dot com",
# SLURP's requests): the local part and the "@" must be there, so no "@mention dot com".
_SPOKEN_EMAIL = re.compile(
    r"(?<![\w.+%-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}"
    r"(?:[ \t]+dot[ \t]+[A-Za-z0-9-]{1,63})*[ \t]+dot[ \t]+[A-Za-z]{2,24}(?![\w.-])"
)
# TLD-looking suffixes that are really file extensions (``icon@2x.png``).
_FILE_TLD_LIST = (
    "png jpg jpeg gif svg webp ico bmp avif js mjs cjs ts tsx jsx css scss json md mdx py rb go "
    "rs java kt txt html htm lock yml yaml toml map woff woff2 ttf otf mp4 mp3 wav pdf zip gz "
    "tar sh env log csv xml vue svelte mdc ipynb ini cfg sql php swift dart lua proto graphql "
    "prisma"
)
_FILE_TLDS = frozenset(_FILE_TLD_LIST.split())
_GIT_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "ssh.dev.azure.com", "heroku.com")


def detect_emails(text: str) -> list[Span]:
    """Email addresses (not git remotes, not ``name@2x.png`` asset names, not placeholders at
    reserved domains)."""
    if "@" not in text:
        return []
    out = []
    for m in _EMAIL.finditer(text):
        value = m.group()
        local, _, domain = value.partition("@")
        domain = domain.lower()
        if domain.rsplit(".", 1)[-1] in _FILE_TLDS:
            continue
        if local == "git" and domain.endswith(_GIT_HOSTS):
            continue
        if placeholder_email(value):
            continue  # "your.email@example.com" (``reserved_emails``)
        out.append(Span(m.start(), m.end(), "EMAIL_ADDRESS", 0.95, "email"))
    out += [Span(*m.span(), "EMAIL_ADDRESS", 0.9, "email") for m in _SPOKEN_EMAIL.finditer(text)]
    return out


# --- phone: transforms.privacy.pii.phones (phonenumbers-validated, international) -------------
_DIGITS_7 = re.compile(r"\d(?:\D{0,3}\d){6}")


# --- credit card ------------------------------------------------------------------------------
_CARD = re.compile(
    r"(?<![\w\-.])(?:\d{4}[ \-]){3}\d{1,7}(?![\w\-]|\.\d)|(?<![\w\-.])\d{12,19}(?![\w\-]|\.\d)"
    r"|(?<![\w\-.])\d{4}[ \-]\d{6}[ \-]\d{4,5}(?![\w\-]|\.\d)"
)


# "card no", "credit card? ", "cc" (the common abbreviation of credit card)
_CARD_CUE = re.compile(
    r"(?i:\b(?:card|cc)\b)(?:[ \t]*(?:number|no\.?|#))?(?:[ \t]*(?:is|:|\?))?[ \t]*$"
)


def luhn_ok(digits: str) -> bool:
    """Luhn (mod 10) checksum over a digit string."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _card_issuer_ok(digits: str) -> bool:
    # Visa, Mastercard (51-55, 2221-2720), Amex, Discover, JCB, Diners, UnionPay, Maestro.
    n = len(digits)
    if digits[0] == "4":
        return n in (13, 16, 19)
    if digits[:2] in ("34", "37"):
        return n == 15
    if "51" <= digits[:2] <= "55" or "2221" <= digits[:4] <= "2720":
        return n == 16
    if digits.startswith(("6011", "65", "64", "62")):
        return 16 <= n <= 19
    if digits[:2] == "35" or digits[:2] in ("36", "38", "30"):
        return 14 <= n <= 19
    if digits.startswith(("1800", "2131")):
        return n == 15  # JCB's older 15-digit ranges (ISO/IEC 7812 issuer list)
    # Maestro (50, 56-58, 67) and Maestro/Laser 6304 (https://en.wikipedia.org/wiki/Payment_card_number)
    return digits.startswith(("50", "56", "57", "58", "67", "6304")) and 12 <= n <= 19


def detect_cards(text: str) -> list[Span]:
    """Payment card numbers: issuer prefix + length + Luhn."""
    if not has_digits(text, 12) or not _DIGITS_7.search(text):
        return []
    out = []
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if len(set(digits)) == 1:
            continue
        if len(digits) == 12:
            # Maestro's 12-digit cards look like any id: only right after a card word.
            if not _CARD_CUE.search(text, max(0, m.start() - 30), m.start()):
                continue
        elif not 13 <= len(digits) <= 19:
            continue
        if _card_issuer_ok(digits) and luhn_ok(digits):
            out.append(Span(m.start(), m.end(), "CREDIT_CARD", 0.9, "credit_card"))
    return out


# --- IBAN -------------------------------------------------------------------------------------
# ISO 13616 lengths per country: every member of the SWIFT IBAN registry (2025).
IBAN_LENGTHS = {
    "AD": 24,
    "AE": 23,
    "AL": 28,
    "AT": 20,
    "AZ": 28,
    "BA": 20,
    "BE": 16,
    "BG": 22,
    "BH": 22,
    "BI": 27,
    "BR": 29,
    "BY": 28,
    "CH": 21,
    "CR": 22,
    "CY": 28,
    "CZ": 24,
    "DE": 22,
    "DJ": 27,
    "DK": 18,
    "DO": 28,
    "EE": 20,
    "EG": 29,
    "ES": 24,
    "FI": 18,
    "FK": 18,
    "FO": 18,
    "FR": 27,
    "GB": 22,
    "GE": 22,
    "GI": 23,
    "GL": 18,
    "GR": 27,
    "GT": 28,
    "HN": 28,
    "HR": 21,
    "HU": 28,
    "IE": 22,
    "IL": 23,
    "IQ": 23,
    "IS": 26,
    "IT": 27,
    "JO": 30,
    "KW": 30,
    "KZ": 20,
    "LB": 28,
    "LC": 32,
    "LI": 21,
    "LT": 20,
    "LU": 20,
    "LV": 21,
    "LY": 25,
    "MC": 27,
    "MD": 24,
    "ME": 22,
    "MK": 19,
    "MN": 20,
    "MR": 27,
    "MT": 31,
    "MU": 30,
    "NI": 28,
    "NL": 18,
    "NO": 15,
    "OM": 23,
    "PK": 24,
    "PL": 28,
    "PS": 29,
    "PT": 25,
    "QA": 29,
    "RO": 24,
    "RS": 22,
    "RU": 33,
    "SA": 24,
    "SC": 31,
    "SD": 18,
    "SE": 24,
    "SI": 19,
    "SK": 24,
    "SM": 27,
    "SO": 23,
    "ST": 25,
    "SV": 28,
    "TL": 23,
    "TN": 24,
    "TR": 26,
    "UA": 29,
    "VA": 22,
    "VG": 24,
    "XK": 20,
    "YE": 30,
    # Territories that use their parent country's IBAN format (the registry lists them under
    # FI, FR and GB): Aland; French overseas departments and collectivities; Crown Dependencies.
    "AX": 18,
    "BL": 27,
    "GF": 27,
    "GP": 27,
    "MF": 27,
    "MQ": 27,
    "NC": 27,
    "PF": 27,
    "PM": 27,
    "RE": 27,
    "TF": 27,
    "WF": 27,
    "YT": 27,
    "GG": 22,
    "IM": 22,
    "JE": 22,
}
# Print form (groups of four separated by spaces), electronic form (no spaces), lower case and
# dashed groups, as the SWIFT IBAN registry and Presidio's IbanRecognizer accept them.
_IBAN_START = re.compile(
    r"(?<![A-Za-z0-9])(?<![A-Za-z0-9]-)([A-Za-z]{2})(\d{2})(?=[ \-\u00a0]?[A-Za-z0-9])"
)
_IBAN_SEPARATORS = " -\u00a0"
_HEX_TAIL = re.compile(r"(?=[0-9a-f]*[a-f])[0-9a-f]+")
# Presidio's IbanRecognizer context words, plus "account" in a few languages.
_IBAN_CONTEXT = re.compile(
    r"(?i:iban|bank|transaction|transfer|account|konto|rekening|compte|cuenta|conto)"
)


def _mod97_ok(compact: str) -> bool:
    rearranged = compact[4:] + compact[:4]
    try:
        return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1
    except ValueError:
        return False


def iban_ok(compact: str) -> bool:
    """ISO 13616 check: known country length and mod-97 == 1."""
    return IBAN_LENGTHS.get(compact[:2]) == len(compact) and _mod97_ok(compact)


def detect_ibans(text: str) -> list[Span]:
    """IBANs, compact or in groups, validated by country length and mod-97.

    Upper case with single spaces between groups, or no spaces, may also be a bank's
    non-standard layout (any length that passes mod-97). Lower-case and dash-grouped
    candidates must have their country's registry length, and dashes must cut groups of four,
    so a lower-case hex id or a UUID ("de305d54-75b4-...") is not taken for one.
    """
    out = []
    if not has_digits(text, 2):  # the check digits
        return out
    for m in _IBAN_START.finditer(text):
        country = m.group(1)
        want = IBAN_LENGTHS.get(country.upper())
        if want is None or not (country.isupper() or country.islower()):
            continue
        # Walk forward collecting alphanumerics (one kind of single separator between groups).
        i, n, chars, ends, sep, cuts = m.start(), len(text), [], [], None, []
        while i < n and len(chars) < 34:
            c = text[i]
            if c.isascii() and c.isalnum():
                chars.append(c)
                ends.append(i + 1)
            elif (
                c in _IBAN_SEPARATORS
                and (sep is None or c == sep)
                and chars
                and i + 1 < n
                and text[i + 1].isascii()
                and text[i + 1].isalnum()
            ):
                sep = c
                cuts.append(len(chars))
            else:
                break
            i += 1
        # The registry length first; else the whole token, for banks' non-standard layouts.
        for size in (want, len(chars)):
            if size > len(chars) or size < 15:
                continue
            end = ends[size - 1]
            if end < n and text[end].isascii() and text[end].isalnum():
                continue
            raw = "".join(chars[:size])
            inner = [k for k in cuts if k < size]  # separators inside this candidate
            dashed = bool(inner) and sep == "-"
            if (raw != raw.upper() or dashed) and (
                size != want
                or raw != raw.lower()
                and raw != raw.upper()
                or dashed
                and inner != list(range(4, 4 * len(inner) + 1, 4))
            ):
                continue
            if (
                raw.islower()
                and not inner
                and _HEX_TAIL.fullmatch(raw, 4)
                and not _IBAN_CONTEXT.search(text, max(0, m.start() - 40), m.start())
            ):
                continue  # a lower-case hex id ("de73" + 18 hex) with no bank word before it
            compact = raw.upper()
            ok = iban_ok(compact) if size == want else _mod97_ok(compact)
            if ok:
                out.append(Span(m.start(), end, "IBAN_CODE", 0.95 if size == want else 0.8, "iban"))
                break
    return out


# --- IP ---------------------------------------------------------------------------------------
_IPV4 = re.compile(r"(?<![\w.\-])(?:\d{1,3}\.){3}\d{1,3}(?![\w\-]|\.\d)")
# not the IPv6 head of an IPv4-mapped address ("::ffff:10.1.2.3"): the IPv4 part is judged
_IPV6 = re.compile(r"(?<![\w:.])(?=[0-9A-Fa-f]*:[0-9A-Fa-f]*:)[0-9A-Fa-f:]{6,39}(?![\w:]|\.\d)")
# "Chrome/120.0.0.0" in a user-agent string: the product token's slash as well
_VERSION_CONTEXT = re.compile(r"(?i)(?:version|ver|v|release|@|node|python|chrome)\s*[:=/]?\s*$")

# "kap. 3.5.2.6", "§ 1.2.3.4", "section 4.1.2.3": a section number of a law or contract, in the
# languages we read; and "3.5.2.6 Beregning av ..." opening a line as a numbered heading.
_SECTION_BEFORE = re.compile(
    r"(?i)(?:\b(?:kap|kapittel|kapitel|chapitre|cap[ií]tulo|art|article|artikel|artikkel|"
    r"section|sec|chapter|clause|abschnitt|punkt|pkt|para|paragraph|paragraf)\.?|\u00a7\u00a7?)"
    r"\s*$"
)
_HEADING_AFTER = re.compile(r"[ \t]+[^\W\d_][^\W\d_]")


def _section_number(text: str, start: int, end: int) -> bool:
    """A dotted section number rather than an address (see :data:`_SECTION_BEFORE`)."""
    if _SECTION_BEFORE.search(text[max(0, start - 12) : start]):
        return True
    line_start = start == 0 or text[start - 1] == "\n"
    heading = _HEADING_AFTER.match(text, end)
    return line_start and heading is not None and heading.group()[-2].isupper()


def _file_version(text: str, value: str) -> bool:
    """Whether ``value`` ("2.16.0.0") is the four-part form of a three-part version the text
    also writes on its own ("2.16.0" -> "2.17.0", "2.16.0.0" -> "2.17.0.0": a Windows file and
    product version beside the package one); a host's address has no such twin."""
    head, _, last = value.rpartition(".")
    twin = re.compile(rf"(?<![\d.]){re.escape(head)}(?![\d]|\.\d)")
    return last == "0" and bool(twin.search(text))


def detect_ips(text: str) -> list[Span]:
    """IPv4 and full IPv6 addresses that can identify an internet host: not private,
    loopback, link-local, CGNAT, documentation or unspecified ones
    (:mod:`~transforms.privacy.pii.ip_scope`), broadcast, multicast or version strings."""
    from transforms.privacy.pii.ip_scope import internal_address

    out = []
    if "." in text and has_digits(text, 4):
        for m in _IPV4.finditer(text):
            value = m.group()
            try:
                ip = ipaddress.IPv4Address(value)
            except ValueError:
                continue
            if internal_address(ip) or value.startswith("255.") or ip.is_multicast:
                continue
            if (
                _VERSION_CONTEXT.search(text[max(0, m.start() - 10) : m.start()])
                or _file_version(text, value)
                or _section_number(text, m.start(), m.end())
            ):
                continue
            out.append(Span(m.start(), m.end(), "IP_ADDRESS", 0.9, "ip"))
    if text.count(":") >= 3:
        for m in _IPV6.finditer(text):
            value = m.group()
            # Demand hex letters or a long form so clock times and ratios never qualify.
            if value.count(":") < 4 and "::" not in value:
                continue
            try:
                ip = ipaddress.IPv6Address(value)
            except ValueError:
                continue
            if internal_address(ip) or not any(c.isalpha() for c in value):
                continue
            out.append(Span(m.start(), m.end(), "IP_ADDRESS", 0.85, "ip"))
    return out


# --- US SSN -----------------------------------------------------------------------------------
_SSN = re.compile(r"(?<![\w\-.])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w\-]|\.\d)")
_SSN_CONTEXT = re.compile(r"(?i)ssn|social security|social sec")


def ssn_ok(area: str, group: str, serial: str) -> bool:
    """SSA validity: area not 000/666/9xx, group not 00, serial not 0000."""
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return len(set(area + group + serial)) > 1


def detect_ssns(text: str) -> list[Span]:
    """US SSNs ``123-45-6789`` (dashes) or ``123 45 6789`` with an SSN context word."""
    if ("-" not in text and " " not in text) or not has_digits(text, 9):
        return []
    out = []
    for m in _SSN.finditer(text):
        if not ssn_ok(m.group(1), m.group(3), m.group(4)):
            continue
        if m.group(2) == " " and not _SSN_CONTEXT.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        out.append(Span(m.start(), m.end(), "US_SSN", 0.85, "us_ssn"))
    return out


# --- street address (LOCATION) ----------------------------------------------------------------
_STREET_TYPES = (
    r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|"
    r"Terrace|Parkway|Pkwy|Square|Sq|Highway|Hwy|Circle|Cir|Trail|Row|Plaza|Crescent|Close"
)
_CAP = r"[A-Z\u00c0-\u00dd][^\W\d_]*(?:['\u2019\-][^\W\d_]+)*"  # a capitalised word, any script
_PARTICLE = r"(?:de|del|de la|la|le|des|du|da|das|do|dos|di|van|von|der|den|am|an)"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}"
# "4521 Main Street[, Apt 4][, Austin][, TX] [78712][, USA]" and "221B Baker Street, London NW1 6XE"
_US_ADDRESS = re.compile(
    r"\b\d{1,5}[A-Za-z]?(?:-\d{1,4})?\s+(?:(?:[NSEW]|North|South|East|West)\.?\s+)?"
    r"(?:" + _CAP + r"\s+){1,3}(?:" + _STREET_TYPES + r")\b\.?"
    r"(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|#)\.?\s*#?[\w\-]+)?"
    r"(?:,\s*" + _CAP + r"(?:\s" + _CAP + r"){0,2}(?=[,\s.;)]|$))?"
    r"(?:,?\s*[A-Z]{2}(?=[\s,.;)]|$))?(?:\s+\d{5}(?:-\d{4})?|\s+" + _UK_POSTCODE + r")?"
    r"(?:,\s*(?:USA|US|United States|UK|United Kingdom|Canada|Australia))?"
)
_US_GATE = re.compile(r"\d[A-Za-z]?\s+[A-Z]")
# Continental order: "<street words> <number>, <postcode> <City>" (postcode required) and
# German/Dutch/Nordic single-word streets with a known suffix ("Hauptstraße 5").
_POSTCODE = r"(?:\d{4,5}|\d{3}\s\d{2}|\d{4}-\d{3}|\d{4}\s[A-Z]{2})"
_EU_ADDRESS = re.compile(
    r"(?<![\w-])(?:"
    + _CAP
    + r"\s(?:"
    + _PARTICLE
    + r"\s)?){0,3}"
    + _CAP
    + r"\s\d{1,4}[a-z]?,\s*"
    + _POSTCODE
    + r"\s+"
    + _CAP
    + r"(?:\s"
    + _CAP
    + r")?"
    r"|(?<![\w-])\d{1,4}[a-z]?,?\s(?:Rue|Avenue|Boulevard|Place|All\u00e9e|Chemin|Quai|Impasse)"
    r"\s(?:"
    + _PARTICLE
    + r"\s)?"
    + _CAP
    + r"(?:\s"
    + _CAP
    + r")?,\s*"
    + _POSTCODE
    + r"\s+"
    + _CAP
    + r"|(?<![\w-])[A-Z\u00c0-\u00dd][^\W\d_]*(?:stra(?:ss|\u00df)e|str\.|weg|gasse|allee|platz|"
    r"gracht|gatan|v\u00e4gen|vej|gade)\s\d{1,4}[a-z]?"
)
_EU_GATE = re.compile(
    r",\s*\d{3,5}|stra(?:ss|\u00df)e\s\d|str\.\s\d|(?:weg|gasse|allee|"
    r"platz|gracht|gatan|v\u00e4gen|vej|gade)\s\d"
)
# "12 Main Street" needs an uppercase street name; numbers before these words are not houses.
_NOT_HOUSE = re.compile(r"(?i)^\d+\s+(?:Next|Previous|The|New|Old|More|Most|Page|Step|Line)\b")


def detect_addresses(text: str) -> list[Span]:
    """Street addresses (house number + street type, optional unit, city, state, ZIP)."""
    out = []
    if not has_digits(text, 1):  # both formats hold a house number or postcode
        return out
    matches = list(_US_ADDRESS.finditer(text)) if _US_GATE.search(text) else []
    if _EU_GATE.search(text):
        matches.extend(_EU_ADDRESS.finditer(text))
    for m in matches:
        value = m.group().rstrip(" ,.")
        if _NOT_HOUSE.match(value) or written_date(value):  # "June 5, 1998 President"
            continue
        out.append(Span(m.start(), m.start() + len(value), "LOCATION", 0.8, "street_address"))
    return out


PATTERN_DETECTORS = (
    detect_emails,
    detect_phones,
    detect_cards,
    detect_ibans,
    detect_ips,
    detect_ssns,
    detect_addresses,
    street_addresses_outside_dates,  # "On Aug. 12, 2003 Iraq said" is no address
)


def detect_patterns(text: str) -> list[Span]:
    """All structured-PII spans in ``text`` (unresolved; may overlap)."""
    spans: list[Span] = []
    for detector in PATTERN_DETECTORS:
        spans.extend(detector(text))
    return spans
