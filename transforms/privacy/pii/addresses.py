"""International street addresses as LOCATION, built from documented address formats.

Formats (national postal guides: USPS Publication 28, Royal Mail PAF, Deutsche Post, La Poste,
PostNL, CTT, Correos, Poste Italiane, and the Nordic/Hungarian/Polish street-name conventions):

- **type first** (Romance/Slavic/Malay): ``Rua do Arenque 1634``, ``Via Franscini 71``,
  ``ul. Chrzanowska 61``, ``Jl. Sudirman No. 1``, ``No. 1, Jalan Ampang``;
- **number first** (English): ``221B Baker Street`` (US/UK in :mod:`.patterns`);
- **compound street word + number** (German/Dutch/Nordic/Finnish): ``Hauptstraße 5``,
  ``Magrethevej 298``, ``Kiannonkatu 98``, ``Harjukuja 54``, ``Keizersgracht 12``;
- **street words + type word + number** (Hungarian, Greek, German abbreviations):
  ``Piroska u. 97.``, ``Erzsébet tér 19.``, ``Eleftheriou Venizelou str 159``;
- **number, type, name** (La Poste NF Z10-011, bpost, Correus, Post Luxembourg):
  ``17 Rue du Médecin-Colonel Calbairac``, ``82, Avenue du Roi Baudouin``,
  ``88 Avinguda Meritxell``;
- **more scripts and languages** (Russian Post, Ukrposhta, PTT, Latvijas Pasts, Lietuvos paštas,
  Omniva, juso.go.kr): ``улица Ленина, 20``, ``Гороховая улица, 23``, ``Bayıldım Caddesi 2``,
  ``Ģertrūdes iela 81``, ``Narva mnt 7``, ``شارع النزهة 12``, ``서울특별시 마포구 동교로 146``;
- **street name + number with no type word** before a ``postcode city`` line (Česká pošta,
  Omniva, Posta Slovenije): ``Resslova 343/10\n301 00 Plzeň``;
- **post boxes, units** (``address_parts``): ``Postfach 10 01 23``, ``3. OG``; ``address_lower``.

A match is then extended over what follows on the same or next lines when it is address-shaped:
a unit, a postcode (US ZIP, UK, NL ``1234 AB``, PT ``1234-567``, BR ``12345-678``, 4-7 digits,
``AD500``/``LV-1009``), a 2-letter state, a capitalised place name (any script, all-caps too, a
``district``/``округ`` after it). A house number right before a type-first street
(``86036 Rua do Arenque 1634``) is included, and so are ``postcode city`` lines right above the
street (big-to-small order: ``220030 Minsk\nулица Ленина, 20``). Scored on ``address_formats``.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.address_lines import cued_place_next, more_addresses
from transforms.privacy.pii.address_parts import (
    BOX_RE,
    CJK_RE,
    CONT_FIELD_RE,
    CONT_UNIT_RE,
    CORNER,
    HANGUL_RE,
    HOUSE_PREFIX,
    NOT_NAME,
    NUMBER_NOUN_BEFORE,
    NUMBERED_STREET_RE,
    POSTCODE,
    UNIT_RE,
    US_NUMBERED_RE,
    street_cue,
)
from transforms.privacy.pii.street_words import everyday_word_street
from transforms.privacy.spans import Span

_W = r"[^\W\d_]"  # a letter, any script
_CAPW = (
    r"(?:(?:[dl]['\u2019])?[A-Z\u00c0-\u00de\u0100-\u024f\u0370-\u03ff\u0400-\u042f\u0621-\u064a]"
    r"(?:" + _W + r"|['\u2019-](?=" + _W + r"))*\.?)"
)  # capitalised word (O'Connor, Médecin-Colonel, d'Esch; Arabic script has no case)
_PART = (
    r"(?:de|del|de la|della|delle|dello|dei|degli|da|das|do|dos|di|du|des|la|le|van|von|der|"
    r"den|y|e|los|las|el|od)"
)
# words of one line: a business name on the line above is not part of the street
_NAME = r"(?:" + _CAPW + r"(?:[ \t](?:" + _PART + r"[ \t])?" + _CAPW + r"){0,3})"
# a house number: "12", "221B", "2д", "343/10", "8-9", "11." (HU), "99号" (CN)
_NUM = r"(?:\d{1,5}" + _W + r"?(?:[-/]\d{1,4})?\.?(?:[ \t]?(?:bis|ter|quater)(?!\w))?|s/n)"

_TYPE_FIRST = (
    r"Rua|Avenida|Av\.?|Travessa|Praça|Largo|Estrada|Alameda|Calle|C/|Carrer|Paseo|Plaza|"
    r"Camino|Carretera|Ronda|Via|Viale|Piazza|Corso|Vicolo|Largo|Rue|Avenue|Boulevard|Bd|"
    r"Chemin|Quai|Impasse|Allée|Route|Cours|ul\.|ulica|al\.|Aleja|Λεωφόρος|Οδός|"
    # Catalan (Andorra, Correus: "Avinguda Meritxell 88"), Belgian French (bpost: "Chaussée de
    # Liège 187"), Russian/Ukrainian (Russian Post, Ukrposhta: "улица Ленина, 20"), Arabic
    # ("شارع النزهة 12": street word first, UPU POST*Code Palestine/Jordan)
    r"Avinguda|Passeig|Plaça|Chaussée|Place|улица|ул\.|проспект|просп\.|переулок|пер\.|"
    r"бульвар|шоссе|площадь|набережная|вулиця|вул\.|провулок|شارع|"
    r"Jalan|Jl\.|Jln\.|Avda\."  # Pos Indonesia / Pos Malaysia "Jl. Sudirman No. 1"; Correos
)
_TYPE_AFTER_WORDS = (
    r"Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Court|Ct\.?|"
    r"Place|Pl\.?|Way|Terrace|Parkway|Square|Highway|Circle|Trail|Row|Plaza|Crescent|Close|"
    r"Mews|Gardens|Grove|Hill|Pass|Union|Point|Port|Park|Walk|Green|Rise|View|Wharf|Quay|"
    # more USPS Publication 28 Appendix C1 suffixes ("1 Infinite Loop")
    r"Loop|Alley|Bend|Cove|Creek|Crossing|Expressway|Freeway|Heights|Junction|Landing|Pike|"
    r"Ridge|Turnpike|Hollow|Glen|Meadows?|Hwy\.?|Pkwy\.?|"
    r"Strasse|Straße|Str\.?|str\.?|utca|u\.|tér|út|körút|sor|straat|laan|plein|kade|singel|"
    # transliterated addresses write the type in lower case ("8 Abovyan street", "Skoufa street
    # 11"); Turkish (PTT: "Bayıldım Caddesi 2", "Sokağı"), Latvian (Latvijas Pasts: "iela"),
    # Lithuanian (Lietuvos paštas: "g." gatvė, "pr." prospektas), Estonian (Omniva: "tänav",
    # "mnt", "pst"), Russian/Ukrainian after the name ("Гороховая улица, 23")
    r"street|road|avenue|Caddesi|Cad\.|Sokak|Sokağı|Sk\.|Bulvarı|iela|g\.|gatvė|pr\.|"
    r"tänav|tn\.?|maantee|mnt\.?|puiestee|pst\.?|улица|проспект|переулок|бульвар|шоссе|вулиця|провулок|"
    r"náměstí|nám\.|třída|tř\.|nábřeží|námestie|nábrežie"  # Česká pošta, Slovenská pošta
)
_SUFFIXES = (
    r"straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|gracht|straat|laan|plein|"
    r"kade|singel|gatan|vägen|gränd|torget|vej|gade|stræde|plads|veien|gata|gaten|katu|kuja|"
    r"tie|polku|kaari|stræti|straeti|gasse|stig"
)
# names may hold a date ("Avenida 4 de Fevereiro 120", "Calle 5 de Mayo") or a parenthesised
# local name before the number ("Avenida de los Cerros (Circunvalar) 33")
_TYPE_FIRST_RE = (
    r"(?:"
    + _TYPE_FIRST
    + r")\s(?:"
    + _PART
    + r"\s){0,2}(?:\d{1,2}\sde\s)?"
    + _NAME
    + r"(?:[ \t]\([^()\n]{1,30}\))?,?\s"
    + HOUSE_PREFIX
    + _NUM
)
_WORDS_TYPE_RE = (
    r"(?:" + _NAME + r"\s(?:" + _TYPE_AFTER_WORDS + r"),?\s" + HOUSE_PREFIX + _NUM + r")"
)
# La Poste (NF Z10-011), bpost, Correus, USPS for Puerto Rico: number, street type, name
# ("17 Rue du Médecin-Colonel Calbairac", "82, Avenue du Roi Baudouin", "252 Calle San Francisco")
_NUM_TYPE_FIRST_RE = (
    r"(?:(?:No\.?\s?)?" + _NUM + r",?\s(?:" + _TYPE_FIRST + r")\s(?:" + _PART + r"\s)?" + _NAME
    + r")"
)  # fmt: skip
_NUM_FIRST_RE = r"(?:" + _NUM + r"\s" + _NAME + r"\s(?:" + _TYPE_AFTER_WORDS + r")(?![\w]))"
# PostNL/Deutsche Post street names may start with a person's name: "Jan Erasmusstraat 14",
# "Jan van Galenstraat 5", "Konrad-Adenauer-Straße 2" (hyphenated is one word already)
_COMPOUND_RE = (
    r"(?:(?:(?!(?:Die|Der|Das|Den|Dem|Des|De|Het|Een|Ein|Eine|The|In|Im|Am|An|Auf|Zur|Zum|Von|"
    r"Bei|Nach|Aus)\b)"
    + _CAPW
    + r"[ \t](?:"
    + _PART
    + r"[ \t])?){0,2}[A-Z\u00c0-\u00de]"
    + _W
    + r"*(?:"
    + _SUFFIXES
    + r")[ \t]"  # the number on the name's line ("Scoring\n1." is a heading over a list)
    + _NUM
    + r")"
)
_BOX_RE = (
    r"(?:" + BOX_RE + r"|US(?:S|NS|NV|CGC)\s" + _CAPW + r"(?:\s" + _CAPW + r")?\s+[F]PO\s"
    r"(?:AA|AE|AP)\s\d{5}|(?i:us(?:s|ns|nv|cgc)\s[^\W\d_]+(?:\s[^\W\d_]+)?\s+fpo\s(?:aa|ae|ap)\s\d{5}))"
)
_UNIT_RE = UNIT_RE
# Hungarian public-space names (Magyar Posta addressing guide, közterület jellege) whose name is
# a noun phrase with lower-case words take the possessive type: "Árpád fejedelem útja 62."
_HU_TYPE = (
    r"(?:út|útja|utca|utcája|tér|tere|körút|körútja|köz|köze|sor|sora|fasor|fasora|sétány|"
    r"sétánya|rakpart|rakpartja)"
)
_HU_LOWER = r"[a-z\u00e1\u00e9\u00ed\u00f3\u00f6\u0151\u00fa\u00fc\u0171]+"
_HU_RE = (
    r"(?:" + _CAPW + r"(?:[ \t]" + _CAPW + r"){0,2}(?:[ \t]" + _HU_LOWER + r"){1,2}"
    r"[ \t]" + _HU_TYPE + r"[ \t]\d{1,4}\.?)"
)
_CORE = re.compile(
    r"(?<![\w/.])(?:\d{1,6}\s)?(?:"
    + "|".join(
        (
            _TYPE_FIRST_RE,
            _WORDS_TYPE_RE,
            _NUM_FIRST_RE,
            _NUM_TYPE_FIRST_RE,
            _COMPOUND_RE,
            _BOX_RE,
            _UNIT_RE,
            HANGUL_RE,
            CJK_RE,
            NUMBERED_STREET_RE,
            US_NUMBERED_RE,
            _HU_RE,
        )
    )
    # "14 Rue Oberkampf, 3e étage": a floor number is not the house number
    + r")(?![\w])(?![ \t](?i:\u00e9tage|etage|floor|fl\b|stock|og\b|piso|planta|andar))"
)
_POSTCODE = POSTCODE
# A place name: capitalised words without a trailing full stop (a sentence end stops the
# extension), optionally with a parenthesised note that holds letters ("Cyprus (Greek)").
_PLACEW = (
    r"(?:[A-Z\u00c0-\u00de\u0100-\u024f\u0370-\u03ff\u0400-\u042f\u0621-\u064a]" + _W + r"*"
    r"(?:-" + _W + r"{3,}(?=[ \t,\n]|$))?)"  # "Wack-wack Greenhills"
)
_PLACE_PART = (
    r"(?:nad|pod|u|na|am|an|im|bei|de|la|le|les|l\u00e8s|sur|sous|aux|au|del|di|da|do|en|op|"
    r"aan|of)"
)
_PLACE = (
    r"(?:"
    + _PLACEW
    # La Poste hyphenates commune names ("Champ-sur-Drac"); bilingual names ("Piran / Pirano")
    + r"(?:(?:[ \-]|[ \t]/[ \t])(?:"
    + _PLACE_PART
    + r"[ \-])?"
    + _PLACEW
    + r"){0,3}(?:\s\((?=[^()\n]*[^\W\d_])[^()\n]{1,30}\))?"
    # a lower-case administrative unit after the name ("Solomianskyi district", "Сенной округ")
    + r"(?:[ ](?:district|округ|район|rajon|raion|oblast|область))?"
    + r"(?:[ \t]\d{1,2}(?![\w.]))?)"  # postal district: "Dublin 2", "Praha 1"
)
# One continuation segment after a separator (comma and/or line break, quote marks "> ", "}} ").
_CONT = re.compile(
    r"(?:,\s*|\s*\n[\s>|}?\u2022\u00b7]*,?\s*|[ \t]{1,6})(?:"
    + CONT_UNIT_RE
    + r"(?![\w])|"
    + _POSTCODE
    + r"(?![\w-])|[A-Z]{2}(?=\s\d|\s*$|\s*\n)"
    # Royal Mail outward code alone ("London, E10"); Íslandspóstur / El Salvador 3-digit and
    # Guatemala's "postcode-city" ("101 Reykjavik", "503 - San Salvador", "01004-Guatemala City")
    + r"|[A-Z]{1,2}\d[A-Z\d]?(?=[ \t]*(?:,|\n|$))|\d{3,5}(?:[ \t]-[ \t]|-)"
    + _PLACE
    + r"|\d{3}[ \t]"
    + _PLACE
    # Correios: "Rio de Janeiro - RJ" (city - state)
    # (a capitalised word before a colon is a label: "Mobile: 0490 39 07 81")
    + r"|"
    + _PLACE
    + r"(?:,?\s"
    + _POSTCODE
    + r"|\s-\s[A-Z]{2})?(?![\w-]|[ \t]*:)"
    + rf"|(?:{CONT_FIELD_RE}))"
)
_GATE = re.compile(r"\d")
_COMPOUND_ONLY = re.compile(r"(?:\d{1,6}\s)?" + _COMPOUND_RE)
_LOWER = re.compile(r"[^\W\d_A-Z\u00c0-\u00de\u0400-\u042f]")
MAX_CONT = 5
_POSTCODE_LINE = re.compile(r"\n\s*" + _PLACE + r",?\s\d{4,5}\s*$")

_BARE_STREET = re.compile(
    # name and number share a line ("Smith Ltd.\n30102" is a firm above a street)
    r"(?<![\w/.])(?:\d{1,6}\s)?" + _NAME + r"[ \t]" + _NUM + r"(?=[,\s]|$)(?![\w])"
)
# ... or right before a postcode + city line (the street line / "postcode city" line layout of
# Deutsche Post, Česká pošta, Posta Slovenije, Omniva, Post Luxembourg...: "Resslova 343/10\n301 00
# Plzeň", "Kasvu 15, 10613 Tallinn")
_POSTCODE_CITY_NEXT = re.compile(
    r"(?:,[ \t]*|[ \t]*\n[ \t]*)(?:"
    + _POSTCODE
    + r"[ \t]+"
    + _PLACE
    + r"|"
    + _PLACE
    + r",?[ \t]+"
    + _POSTCODE
    + r")(?![\w-])"
)
# Big-to-small layouts put "postcode city" lines above the street (Russian Post, China Post,
# Magyar Posta: "220030 Minsk\nулица Ленина, 20"); a run of place lines above the street is part
# of the address up to the farthest one holding a postcode.
_BACK_SEP = re.compile(r"(?:,[ \t]*|[ \t]*\n[ \t]*)$")
_BACK_SEG = re.compile(
    r"(?:"
    + _POSTCODE
    + r"[ \t]+"
    + _PLACE
    + r"|"
    + _PLACE
    + r"(?:,?[ \t]+"
    + _POSTCODE
    + r")?|"
    + _POSTCODE
    + r")"
)
# ... which may open a sentence's last words: "send it to 1016 Budapest, Dezső utca 11."
_BACK_TAIL = re.compile(r"(?<=[a-z:] )" + _BACK_SEG.pattern + r"$")
# "13, Ahmet Haxhiu\nPristina 10010": number, then a street name with no type word, right before
# a postcode + city line (Posta e Kosovës; La Poste's number-first order)
_BARE_NUM_FIRST = re.compile(r"(?<![\w/.,])\d{1,5}" + _W + r"?,?[ \t]" + _NAME + r"(?![\w])")
# ... or above a block of place lines that ends in a postcode, each part on its own line (UPU
# S42 international layouts: "Kaevu 94\nNicosia\n, NI\n 61089", city in capitals allowed)
_POSTCODE_END = re.compile(r"\d{4,7}[ \t]*(?=\n|$)")


def _place_block_next(text: str, m: re.Match) -> bool:
    """Place lines, then a postcode line, follow a mixed-case street name + number."""
    if not _LOWER.search(m.group()):
        return False
    end = _extend(text, m.end())
    block = text[m.end() : end].rstrip(" ,\n>")
    post = _POSTCODE_END.search(block)
    return bool(post) and block.count("\n", 0, post.start()) >= 2


# ... or right before a unit ("Tylova 285  Suite 578").
_UNIT_NEXT = re.compile(r"(?:[ \t,]{1,6}|[ \t]*\n[ \t>|}?\u2022\u00b7]*)" + _UNIT_RE + r"(?![\w])")


def _extend_back(text: str, start: int) -> int:
    """Start of the address once the place/postcode lines right above ``start`` are taken in."""
    new = pos = start
    for _ in range(MAX_CONT):
        sep = _BACK_SEP.search(text, max(0, pos - 4), pos)
        if not sep:
            break
        seg_end = sep.start()
        seg_start = max(text.rfind("\n", 0, seg_end), text.rfind(",", 0, seg_end)) + 1
        while seg_start < seg_end and text[seg_start] in " \t":
            seg_start += 1
        tail = None
        if not _BACK_SEG.fullmatch(text, seg_start, seg_end):
            tail = _BACK_TAIL.search(text, seg_start, seg_end)
            if not tail:
                break
            seg_start = tail.start()
        if _GATE.search(text, seg_start, seg_end):
            new = seg_start
        if tail:
            break
        pos = seg_start
    return new


def _extend(text: str, end: int) -> int:
    for _ in range(MAX_CONT):
        m = _CONT.match(text, end)
        # A blank line ends the address, unless a country/place line with a postcode follows.
        if not m or ("\n\n" in m.group() and not _POSTCODE_LINE.search(m.group())):
            break
        end = m.end()
    return end


def detect_street_addresses(text: str) -> list[Span]:
    """Street addresses in the formats listed in the module docstring (LOCATION)."""
    if not _GATE.search(text):
        return []
    out = []
    pos = 0
    while True:
        m = _CORE.search(text, pos)
        if not m:
            break
        value = m.group()
        if (
            NOT_NAME.match(value)
            or NUMBER_NOUN_BEFORE.search(text, max(0, m.start() - 12), m.start())
            # "During 2004" read as "Dur-ring 2004" (``street_words``)
            or (_COMPOUND_ONLY.fullmatch(value) and everyday_word_street(value))
        ):
            pos = m.start() + 1
            continue
        end = _extend(text, m.end())
        while end > m.start() and text[end - 1] in " ,\n>":
            end -= 1
        out.append(Span(_extend_back(text, m.start()), end, "LOCATION", 0.8, "street_address"))
        pos = end
    return more_addresses(text, _cued_addresses(text, out))


def _postcode_city_next(text: str, m: re.Match) -> bool:
    """A "postcode city" line follows a street name written in mixed case ("GH 2689, GH 2627",
    issue numbers, is not a street)."""
    return bool(_LOWER.search(m.group()) and _POSTCODE_CITY_NEXT.match(text, m.end()))


def _cued_addresses(text: str, found: list[Span]) -> list[Span]:
    """Addresses without a street-type word: street corners (replacing format matches inside
    them), and a street name + number right after an address cue where nothing matched."""
    from transforms.privacy.pii.ner_filters import NOT_NAME_WORDS

    out = list(found)
    if "corner of" in text.lower():
        for m in CORNER.finditer(text):
            # the streets are the address; "the corner of" that introduces them is not
            start, end = m.start(1), m.end()
            while end > start and text[end - 1] in " ,\n>":
                end -= 1
            out = [s for s in out if not (start <= s.start and s.end <= end)]
            if not any(s.start < end and start < s.end for s in out):
                out.append(Span(start, end, "LOCATION", 0.75, "street_address"))
    bare = [
        m
        for m in _BARE_NUM_FIRST.finditer(text)
        if not NOT_NAME.match(m.group())
        and not NUMBER_NOUN_BEFORE.search(text, max(0, m.start() - 12), m.start())
        and (_postcode_city_next(text, m) or cued_place_next(text, m))
    ]
    for m in [*_BARE_STREET.finditer(text), *bare]:
        if NOT_NAME.match(m.group()) or any(
            w.lower().rstrip(".") in NOT_NAME_WORDS for w in m.group().split()
        ):
            continue
        if not (
            street_cue(text, m.start(), m.group())
            or _UNIT_NEXT.match(text, m.end())
            or _postcode_city_next(text, m)
            or _place_block_next(text, m)
        ):
            continue
        start, end = _extend_back(text, m.start()), _extend(text, m.end())
        while end > start and text[end - 1] in " ,\n>":
            end -= 1
        overlapping = [s for s in out if s.start < end and start < s.end]
        if any(s.start < start for s in overlapping):
            continue
        # A unit match right after the street ("18 Suite 932 ...") becomes part of it.
        end = max([end, *(s.end for s in overlapping)])
        out = [s for s in out if s not in overlapping]
        out.append(Span(start, end, "LOCATION", 0.75, "street_address"))
    return sorted(out, key=lambda s: s.start)
