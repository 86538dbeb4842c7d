"""Address parts shared by the street-address detectors: units and floors, post boxes,
postcodes, house-number words, numbered streets (US, Guatemala, Benin), Chinese/Japanese and
Korean big-to-small forms, the address cue and the street-corner form.

Built from the postal operators' own addressing guides (no other tool's tables):

- USPS Publication 28, Appendix C2 "Secondary unit designators" (APT, BLDG, FL, RM, STE, UNIT,
  ``#``...) and C1 PO Box / military forms: https://pe.usps.com/text/pub28/28apc_003.htm
- Royal Mail, "Addressing guidelines" (Flat, Unit, Floor):
  https://www.royalmail.com/sending/uk/address-formats
- Deutsche Post, "Adressieren" (Postfach, Wohnung / Whg., Etage, OG):
  https://www.deutschepost.de/de/b/briefe-in-deutschland/adressieren.html
- La Poste / AFNOR NF Z10-011 (Appartement, Bâtiment, Escalier, Étage, BP, CS, TSA; indice de
  répétition bis/ter): https://www.laposte.fr/professionnel/conseils-pratiques/bien-rediger-une-adresse
- Correos, "Cómo escribir una dirección" (Piso, Puerta, Planta, Escalera, 3º B, izq./dcha.,
  Apartado de Correos, s/n): https://www.correos.es/es/es/particulares/enviar/como-escribir-una-direccion
- CTT, "Como endereçar" (Andar, 1º Esq., 2º Dto., R/C, Apartado):
  https://www.ctt.pt/particulares/enviar/correio/como-enderecar
- Correios (BR) "Caixa Postal"; PostNL "Postbus" / "Antwoordnummer"; bpost "bus" (box number);
  Swiss Post "Postfach" / "Case postale" / "Casella postale"; Posten Norge / PostNord "Postboks";
  Australia Post "GPO Box" / "Locked Bag"; NZ Post "Private Bag" - each operator's addressing
  page, summarised in the UPU POST*Code and address-format pages:
  https://www.upu.int/en/Postal-Solutions/Programmes-Services/Addressing-Solutions
"""

from __future__ import annotations

import re

# A unit written on its own (core match, case as printed): "Apt. 485", "Suite 838", "Flat 2";
# Correios (BR) complements "Quadra 33", "Bloco 3", "Lote 4", "Sala 12".
UNIT_RE = r"(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Quadra|Bloco|Lote|Sala)\.?\s#?\d{1,5}[A-Z]?)"

# Units and floors AFTER a street (continuation only, any case): the words of the guides above.
_UNIT_WORDS = (
    # USPS C2 / Royal Mail
    r"apt|apartment|suite|ste|unit|flat|room|rm|floor|fl|bldg|building|dept|office|ofc|lot|"
    r"space|spc|trlr|hngr|pier|slip|level|lvl|"
    # Correios, Deutsche Post, La Poste, Correos, CTT, Poste Italiane, bpost
    r"quadra|bloco|lote|sala|wohnung|whg|etage|zimmer|haus|aufgang|appartement|appt|app|"
    r"b\u00e2timent|b\u00e2t|bat|escalier|esc|\u00e9tage|porte|entr\u00e9e|piso|planta|puerta|"
    r"portal|escalera|bloque|andar|apartamento|apto|loja|fra\u00e7\u00e3o|scala|interno|int|"
    r"piano|bus|bte|bo\u00eete|zona|"
    # Russian Post / Ukrposhta (квартира, корпус, строение, офис), PTT (Daire, Kat)
    r"кв|квартира|корп|корпус|стр|строение|офис|оф|daire|kat"
)
_ORDINAL_FLOOR = (
    r"\d{1,2}(?:st|nd|rd|th)\s(?i:floor|fl\.?)"  # Royal Mail / USPS: "3rd Floor"
    r"|\d{1,2}\.\s?(?:OG|Obergeschoss|Etage|Stock|UG|Untergeschoss)"  # Deutsche Post: "2. OG"
    r"|\d{1,2}(?:e|er|re|\u00e8me|eme)\s\u00e9tage"  # La Poste: "3e étage"
    # Correos / CTT: "3º B", "2º 1ª", "1º Esq.", "4º Dto", "2º izq."
    r"|\d{1,2}\s?[\u00ba\u00b0\u00aa]\.?(?:\s?(?:[A-Z](?![\w])|\d{1,2}\s?[\u00ba\u00aa]|"
    r"(?i:izq(?:uierda|da)?\.?|dcha\.?|dch\.?|der(?:echa)?\.?|esq(?:uerdo)?\.?|dto\.?|dt\.?|"
    r"dir(?:eito)?\.?|centro|frente)))?"
    r"|R/C|r/c|[Bb]ajo|EG|Erdgeschoss|rez-de-chauss\u00e9e|RDC"
)
# Continuation fields of generated and exported address blocks: an empty field as pandas writes
# it, or after a comma a numeric region code, then a line break or postcode ("Cite Sfaxi\n, 13\n
# 44939", "Gdańsk, nan 84968"); a house number after the street name at a line end or comma
# ("576 Linden 250\nHORTEN", the Nordic and Italian order); a parenthesised former or local
# street name ("4 Sam Nujoma Avenue (Kaiser Wilhelm St)")
CONT_FIELD_RE = (
    r"(?<=[ \t])\((?=[^()\n]*[^\W\d_])[^()\n]{1,40}\)|"
    r"(?:nan|(?:(?<=,)|(?<=,[ \t]))\d{1,2})(?=[ \t]*\n|[ \t]+\d{4,6}(?![\w-]))"
    r"|(?<=[^\W\d_][ \t])\d{1,5}[a-z]?(?=[ \t]*(?:,|\n|$))"
)
CONT_UNIT_RE = (
    r"(?:(?i:(?:" + _UNIT_WORDS + r")\.?\s?(?:n[o\u00ba\u00b0]\.?\s?)?#?\s?[0-9]{1,5}[a-z]?"
    r"|(?:" + _UNIT_WORDS + r")\.?\s[a-z](?![\w]))"
    r"|#\s?\d{1,5}[A-Z]?|" + _ORDINAL_FLOOR + r")"
)

# Post boxes (core match).
BOX_RE = (
    r"(?:(?i:p\.?\s?o\.?\s?box|post\soffice\sbox)\s\d{1,6}"
    r"|PSC\s\d{1,5},?\sBox\s\d{1,5}|[AF]PO\s(?:AA|AE|AP)\s\d{5}"
    # USPS Publication 28 military formats: "UNIT 2050 BOX 4190 APO AP 96278", "psc 2973, box 3919
    # apo ae 73891" (any case) and
    # ships, "USNS Comfort FPO AA 34055" (the ship name is appended by the caller).
    r"|(?i:(?:unit|psc)\s\d{1,5},?\sbox\s\d{1,5}\s+[adf]po\s(?:aa|ae|ap)\s\d{5})"
    # Deutsche Post / Swiss Post "Postfach 10 01 23"; PostNL "Postbus 1234", "Antwoordnummer";
    # Correios "Caixa Postal 123"; Correos / CTT "Apartado (de Correos) 123", "Apdo. 123";
    # Swiss Post "Case postale 12", "Casella postale 12"; Posten/PostNord "Postboks 123";
    # Australia Post "GPO Box 123", "Locked Bag 5"; NZ Post "Private Bag 92019"
    r"|(?:Postfach|Postbus|Antwoordnummer|Postboks|Caixa\sPostal|Apartado(?:\sde\sCorreos|"
    r"\sPostal)?|Apdo\.|Case\spostale|Casella\spostale|GPO\sBox|Locked\sBag|Private\sBag)"
    r"\s\d{1,6}(?:\s\d{2}){0,2}"
    # La Poste "BP 123", "CS 70001", "TSA 30001", only right before a postcode + city
    r"|(?:B\.?P\.?|CS|TSA)\s\d{1,5}(?=,?\s+\d{5}\s+[A-Z]))"
)

# Postcodes (UPU POST*Code and the operators above); Poczta Polska "00-590", Canada Post
# "M5V 2T6" added.
POSTCODE = (
    r"(?:\d{5}(?:-\d{4})?|\d{4}-\d{3}|\d{4}\s?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|\d{4}|"
    r"\d{3}\s\d{2}|"
    # UPU POST*Code (https://www.upu.int/en/Postal-Solutions/Programmes-Services/Addressing-Solutions):
    # 6 digits (RU, KZ, KG, BY, TJ, CN, SG, TT, PS), 7 (CL); a country prefix
    # (AD500, LV-1009, VG1110) or Cayman's KY1-1103
    r"\d{6,7}|[A-Z]{2}-?\d{3,5}|KY\d-\d{4}|"
    r"\d{5}-\d{3}|"  # Correios CEP
    r"\d{2}-\d{3}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|"
    # Japan Post "100-8111"; An Post Eircode "D02 X285"
    r"\d{3}-\d{4}|[AC-FHKNPRTV-Y]\d{2}\s?[0-9AC-FHKNPRTV-Y]{4})"
)
# Words before a house number: "No. 1" (Pos Malaysia), "No: 12" (PTT), "д. 7" (Russian Post дом),
# "буд. 5" (Ukrposhta будинок)
HOUSE_PREFIX = r"(?:(?:No\.?:?|д\.|дом|буд\.)\s?)?"

# Korean road-name addresses (juso.go.kr, 도로명주소): [시/도 시/군/구] road name ending 로/길 +
# building number: "서울특별시 마포구 동교로 146"
_HANGUL = r"[\uac00-\ud7a3]"
HANGUL_RE = (
    r"(?:(?:"
    + _HANGUL
    + r"+(?:시|도|군|구|읍|면)\s){0,3}"
    + _HANGUL
    + r"+(?:로|길)\s?\d{1,5}(?:-\d{1,4})?)"
)

# Chinese / Taiwanese / Japanese addresses, big to small (China Post, Chunghwa Post, Japan Post
# "住所の書き方"): administrative units ending in 省/市/区/區/縣/县/鄉/鎮/都/道/府/県/郡/町/村,
# then a road ending in 路/街/道/巷/弄/段 + number (+ 号/號), or (Japan) a block number
# "1-1" / "1丁目1番1号": "北京市朝阳区建国路88号", "新北市板橋區 陽明街 168",
# "東京都千代田区千代田1-1"
_HAN = r"[\u4e00-\u9fff]"
_KANA = r"[\u3040-\u30ff]"
_ADMIN = r"(?:" + _HAN + r"{1,6}?(?:省|市|区|區|縣|县|鄉|乡|鎮|镇|都|府|県|郡|町|村)[ \t]?)"
_DIGITS = r"[0-9\uff10-\uff19]"
CJK_RE = (
    r"(?:〒?\d{3}-\d{4}[ \t]?)?(?:"
    + _ADMIN
    + r"{1,4}(?:"
    + _HAN
    + r"{1,12}[ \t])?"
    + _HAN
    + r"{1,8}(?:路|街|道|巷|弄|段)[ \t]?"
    + _DIGITS
    + r"{1,5}(?:-"
    + _DIGITS
    + r"{1,4})?(?:号|號)?|"
    + _ADMIN
    + r"{2,4}(?:"
    + _HAN
    + r"|"
    + _KANA
    + r"){0,8}"
    + _DIGITS
    + r"{1,4}(?:(?:[-\u2212\uff0d]"
    + _DIGITS
    + r"{1,4}){1,2}|丁目"
    + _DIGITS
    + r"{1,4}(?:番地?|-)"
    + _DIGITS
    + r"{1,4}号?))"
)

# USPS Publication 28 numbered streets with an optional directional: "350 5th Avenue",
# "123 W 42nd St", "10 E 21st St NW"
US_NUMBERED_RE = (
    r"(?:\d{1,6}[A-Z]?[ \t](?:(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\.?[ \t])?"
    r"\d{1,3}(?:st|nd|rd|th)[ \t](?:Street|St|Avenue|Ave|Road|Rd|Place|Pl|Drive|Dr|Boulevard|Blvd|"
    r"Terrace|Ter|Lane|Ln|Court|Ct|Way|Parkway|Pkwy)\b\.?(?:[ \t](?:NE|NW|SE|SW|[NSEW])\b)?)"
)

# Numbered streets: El Correo de Guatemala "18 calle 3-70, Zona 1" (street number, type,
# block-house)
# and La Poste du Bénin "504, Rue 12.168" (house number, type, street number)
NUMBERED_STREET_RE = (
    r"(?:\d{1,2}[a\u00aa]?[ \t](?:[Cc]alle|[Aa]venida|Av\.)[ \t]\d{1,3}-\d{1,3}"
    r"(?:,?[ \t]Zona[ \t]\d{1,2})?|\d{1,5},?[ \t](?:Rue|Avenue)[ \t]\d{1,4}\.\d{1,4})"
)

# "Street name + house number" with no street-type word (Central/Northern European:
# "Dunajska 56, Studenec", "Pagari 18 Suite 932") is only an address right after an address cue.
ADDRESS_CUE = re.compile(
    r"(?i:\b(?:address(?:es)?|lives?|living|located|office is|moved|meet|stop|drops? you off|"
    r"send|sent|ship|shipped|deliver|delivered|mail|post)\b[^.?!\n]{0,40}?"
    r"\b(?:at|on|to|is|in|:)\s*(?:the corner of\s+|the (?:[a-z]+ )?(?:side|end) of\s+)?"
    # a venue's name before its street: "meet Tuesday at Locavore, 641 Dašická 688"
    r"(?:[A-Z][\w'\u2019&\-]*(?:[ \t][A-Z][\w'\u2019&\-]*){0,3},[ \t]*)?)$"
)

# ... or after a building said to stand on or at it ("The bus station is on Vahtra 56", "the
# restaurant is at 482 Joaquin Suarez 3964"): a building's place is its street, when the street
# name is no English word ("The shop is on Floor 3", "at Gate 12" are inside a building).
_VENUE_CUE = re.compile(
    r"(?i:\b(?:station|stop|office|offices|restaurant|shop|store|hotel|entrance|clinic|"
    r"pharmacy|bakery|cafe|caf\u00e9|bar|pub|gym|museum|school|hospital|church|house|flat|"
    r"apartment|building)[ \t]+(?:is|are|was|were)[ \t]+(?:located[ \t]+)?(?:on|at|in)[ \t]+)$"
)
VENUE_WORD_FREQUENCY = 1e-6  # "Floor", "Gate", "Terminal", "Pier" are more frequent


def street_cue(text: str, start: int, street: str) -> bool:
    """An address cue, or a building cue before a street name of no English words, ends right
    before ``start``."""
    from transforms.privacy.pii.gazetteers import english_frequency

    lo = max(0, start - 60)
    if ADDRESS_CUE.search(text, lo, start):
        return True
    words = re.findall(r"[^\W\d_]+", street)
    return bool(_VENUE_CUE.search(text, lo, start)) and all(
        english_frequency(w.lower()) < VENUE_WORD_FREQUENCY for w in words
    )


# "the corner of 74 Sikelianou Street and Leokadia Trail": an English way to give an address.
_TOKEN = r"[A-Z\u00c0-\u00de\d][\w.\-]*"
CORNER = re.compile(
    r"(?i:the corner of)\s+((?:"
    + _TOKEN
    + r"|ul\.|[a-z]+)(?:\s(?:"
    + _TOKEN
    + r"|[a-z]{1,5}\.?)){0,6}?"
    r"\s+and\s+(?:[a-z]{1,4}\s)?" + _TOKEN + r"(?:\s" + _TOKEN + r"){0,3})"
)

# Capitalised words that start sentences or code, never a street name.
NOT_NAME = re.compile(
    r"(?i)^(?:\d+\s)?(?:the|a|an|and|or|step|page|line|version|chapter|section|figure|table|"
    r"item|error|warning|todo|note|volume|vol|part|edition|issue|release|build|series|"
    # project plans: "moved from Phase 4 to Phase 5", "Sprint 3"; Polish "Faza 2", "Etap 3"
    r"phase|stage|sprint|milestone|iteration|task|faza|etap|krok|zadanie)\b"
)
# A number right after these words is a version, line, id or status, never a house number.
NUMBER_NOUN_BEFORE = re.compile(
    r"(?i:\b(?:version|ver|v|step|line|page|chapter|section|item|issue|id|error|code|port|pid|"
    r"status|no|number|build|release|rev)\.?|#)[ \t]*$"
)
