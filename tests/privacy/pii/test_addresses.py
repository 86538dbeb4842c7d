"""International street addresses (documented postal formats) and their code look-alikes."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.addresses import detect_street_addresses
from transforms.privacy.pii.patterns import detect_patterns


def vals(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_street_addresses(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ship it to Rua Augusta 274, Lisboa please", "Rua Augusta 274, Lisboa"),  # PT
        ("office: Calle de Alcalá 55, 28014 Madrid", "Calle de Alcalá 55, 28014 Madrid"),  # ES
        ("we are at Via Roma 124 now", "Via Roma 124"),  # IT
        ("send to Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin"),  # DE
        ("Keizersgracht 123, 1015 CJ Amsterdam", "Keizersgracht 123, 1015 CJ Amsterdam"),  # NL
        ("address: 12 Rue de la Paix, 75002 Paris", "12 Rue de la Paix, 75002 Paris"),  # FR
        ("221B Baker Street, London NW1 6XE", "221B Baker Street, London NW1 6XE"),  # UK
        ("Kevin lives at 5049 Harjukuja 54, SEINÄJOKI", "5049 Harjukuja 54, SEINÄJOKI"),  # FI
        ("Erzsébet tér 19.\n Suite 282\n Domoszló\n Hungary 34796",
         "Erzsébet tér 19.\n Suite 282\n Domoszló\n Hungary 34796"),  # HU, multi-line
        ("mail to PSC 6293, Box 8158\nAPO AP 04336", "PSC 6293, Box 8158\nAPO AP 04336"),  # US mil
        ("the bus stops at ul. Chrzanowska 61", "ul. Chrzanowska 61"),  # PL
    ],
)  # fmt: skip
def test_documented_formats(text, address):
    assert vals(text) == [address]


def test_extension_stops_at_a_sentence_end():
    text = "Our office: Hauptstraße 3, 10115 Berlin. Phone (404) 310-9684."
    assert vals(text) == ["Hauptstraße 3, 10115 Berlin"]


@pytest.mark.parametrize(
    "negative",
    [
        "for i in range(10): print(i)",
        "See Step 3 in the docs",
        "Python 3.11 and Node 20",
        "const Foo = Bar 42;",
        "Table 2 shows Figure 7",
        "Chapter 12 Section 4",
        "retry 3 times then wait 500 ms",
        "the Playwright test on line 42 fails",
    ],
)
def test_code_and_prose_look_alikes(negative):
    assert vals(negative) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Street name + number with no street-type word: after an address cue or before a unit.
        ("Jo gave me his address: Dunajska 56, Studenec", "Dunajska 56, Studenec"),  # SI
        ("She lives at 172 Maneeži 75, Saareküla", "172 Maneeži 75, Saareküla"),  # EE
        ("4596 Tylova 285  Suite 578", "4596 Tylova 285  Suite 578"),  # CZ, unit next
        ("Timotea lives on Via dei Fiorentini 17 street.", "Via dei Fiorentini 17"),  # IT
        # Street corners, an English way to give an address.
        ("send it to the corner of Alšova 408 and Vedzizhev Greens",
         "Alšova 408 and Vedzizhev Greens"),
        ("stop at the corner of ul. Cicha 86 and Leokadia Trail?",
         "ul. Cicha 86 and Leokadia Trail"),
        ("He lives on the north side of Joaquin Suarez 2906.", "Joaquin Suarez 2906."),
        # a venue's name between the cue and the street
        ("We'll meet Friday at Kavárna, 12 Dlouhá 730, Nové Město", "12 Dlouhá 730, Nové Město"),
        # Hungarian noun-phrase street names with the possessive type word (Magyar Posta)
        ("the bus stops at Szent László király útja 14.", "Szent László király útja 14."),
        # Street line above city, region and postcode lines (UPU S42 international layout).
        ("4241 Steinfelden 73\nSAVONLINNA\n, SV\n 77233 for this card",
         "4241 Steinfelden 73\nSAVONLINNA\n, SV\n 77233"),
        ("Smith Ltd.\n30102 Kaevu 94\nNicosia\n, NI\n 61089\nMobile: 0490 39 07 81",
         "30102 Kaevu 94\nNicosia\n, NI\n 61089"),
        # USPS Publication 28 military addresses.
        ("send a new one to USNS Comfort FPO AA 34055?", "USNS Comfort FPO AA 34055"),
        ("address: unit 4526 box 0671\ndpo ap 40902", "unit 4526 box 0671\ndpo ap 40902"),
    ],
)  # fmt: skip
def test_addresses_without_a_street_type_word(text, address):
    assert address in vals(text)


@pytest.mark.parametrize(
    "text",
    [
        "I moved to Python 3, Django came later",
        "I live on Windows 11, Linux at work",
        "we were in the corner of the room and it was cold",
        "deploy to Vercel 2, then Netlify",
        "Chapter 5, Section 2 explains it",
        # no postcode line under the place lines: a version list, not an address
        "Python 3\nDjango\n, OK\n done",
        "she lives on the other side of Table 4 now",
        "meet me at Starbucks, Python 3 is installed",
    ],
)
def test_cued_address_look_alikes(text):
    assert vals(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Street + number on one line, unit on the next; a blank line before "country postcode".
        ("Jo Doe\n\n009 Slovenčeva 51\n Suite 632\n Črni Vrh nad Idrijo\n Slovenia 15755",
         "009 Slovenčeva 51\n Suite 632\n Črni Vrh nad Idrijo\n Slovenia 15755"),
        ("41086 Kiannonkatu 98\n Suite 464\n OULU\n\n Finland 80896",
         "41086 Kiannonkatu 98\n Suite 464\n OULU\n\n Finland 80896"),
        # Lines led by bullets or mojibake ("???").
        ("??? 53772 Holmatun 45\n??? Suite 757\n??? Iceland 28766",
         "53772 Holmatun 45\n??? Suite 757\n??? Iceland 28766"),
    ],
)  # fmt: skip
def test_multi_line_address_blocks(text, address):
    assert address in vals(text)


def test_blank_line_ends_an_address_without_a_postcode_line():
    text = "Ship to Hauptstraße 5, Berlin\n\nThanks for the help"
    assert vals(text) == ["Hauptstraße 5, Berlin"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # La Poste / bpost / Correus / USPS (Puerto Rico): number, street type, name.
        ("write to 9 Rue du Général-Leclerc\n59000 Lille", "9 Rue du Général-Leclerc\n59000 Lille"),
        ("office: 41, Avenue de la Gare, 1611 Luxembourg",
         "41, Avenue de la Gare, 1611 Luxembourg"),
        ("7 Route d'Arlon, 8009 Strassen", "7 Route d'Arlon, 8009 Strassen"),  # LU, elided "d'"
        ("it is 12 Avinguda Carlemany, AD700 Escaldes", "12 Avinguda Carlemany, AD700 Escaldes"),
        ("mail: 310 Calle Luna, San Juan, PR 00901", "310 Calle Luna, San Juan, PR 00901"),
        # Street names holding a date or a parenthesised local name.
        ("Rua 25 de Abril 40, Huambo", "Rua 25 de Abril 40, Huambo"),
        ("Avenida de las Américas (Troncal) 15\nBogota",
         "Avenida de las Américas (Troncal) 15\nBogota"),
        # Lower-case or post-name street types of transliterated and Turkish/Baltic addresses.
        ("8 Tumanyan street\n0002 Yerevan", "8 Tumanyan street\n0002 Yerevan"),
        ("Ermou street 20, 105 63 Athens", "Ermou street 20, 105 63 Athens"),
        ("Atatürk Caddesi 15\n06420 Ankara", "Atatürk Caddesi 15\n06420 Ankara"),
        ("Brīvības iela 55, Rīga, LV-1010", "Brīvības iela 55, Rīga, LV-1010"),
        ("Narva mnt 7, 10117 Tallinn", "Narva mnt 7, 10117 Tallinn"),
        ("Lenin Street, 12a\n720001 Bishkek", "Lenin Street, 12a\n720001 Bishkek"),
        # Cyrillic and Arabic street words, house numbers with a letter.
        ("Тверская улица, 7\n125009 Москва", "Тверская улица, 7\n125009 Москва"),
        ("вулиця Хрещатик, 22", "вулиця Хрещатик, 22"),
        ("شارع الرشيد 14", "شارع الرشيد 14"),
        # A lower-case district line between the street and the city.
        ("Невский проспект, 28\nЦентральный район\nСанкт-Петербург\n191186",
         "Невский проспект, 28\nЦентральный район\nСанкт-Петербург\n191186"),
        # Korean road-name address.
        ("부산광역시 해운대구 해운대로 570", "부산광역시 해운대구 해운대로 570"),
        # Correios complement and "city - state" line.
        ("Rua Augusta, 12, Bloco 3\nCentro\nCampinas - SP\n13010-000",
         "Rua Augusta, 12, Bloco 3\nCentro\nCampinas - SP\n13010-000"),
        # A parenthesised former street name after an English one.
        ("2 Bay Road (Old Pier Rd)\nLuderitz", "2 Bay Road (Old Pier Rd)\nLuderitz"),
        # 6- and 7-digit postcodes, "of" in a place name.
        ("5 Frederick Street, Port of Spain, 100825", "5 Frederick Street, Port of Spain, 100825"),
        ("Avenida Apoquindo 3000\n7550000 Las Condes",
         "Avenida Apoquindo 3000\n7550000 Las Condes"),
    ],
)  # fmt: skip
def test_international_postal_formats(text, address):
    assert vals(text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Street name + number with no type word, right before a postcode + city line.
        ("Vodičkova 681/14\n110 00 Praha", "Vodičkova 681/14\n110 00 Praha"),  # CZ
        ("Tartu maantee 3, 10145 Tallinn", "Tartu maantee 3, 10145 Tallinn"),  # EE
        ("Ilica 10\n10000 Zagreb", "Ilica 10\n10000 Zagreb"),  # HR
        ("17, Nëna Terezë\nPrishtinë 10000", "17, Nëna Terezë\nPrishtinë 10000"),  # XK
        # Big-to-small: the postcode + city line(s) above the street.
        ("220004 Minsk\nпроспект Победителей, 9", "220004 Minsk\nпроспект Победителей, 9"),
        ("please send to 1051 Budapest, Váci utca 12.", "1051 Budapest, Váci utca 12."),
    ],
)  # fmt: skip
def test_street_and_postcode_line_layouts(text, address):
    assert address in vals(text)


def test_a_business_name_above_the_street_is_not_part_of_it():
    text = "Kavárna Slavia\nNárodní 1\n110 00 Praha"
    assert vals(text) == ["Národní 1\n110 00 Praha"]


@pytest.mark.parametrize(
    "negative",
    [
        "version 2.3 Main",
        "bump to version 2 Via Foo",
        "Python 3\n2020 Release notes",
        "Windows 10, 1903 Update",
        "1. Install\n2. Run Setup",
        "Step 4, 2048 Tokens",
        "see issue 1234 Fix, 5678 Done",
        "id 42 Route 66",
        "ERROR 404 Not Found\n500000 Internal",
        "LV-1009 is the ticket, Sprint 3",
        "uuid 3f2a Rue",
        "see GH 2689, GH 2627 for the regression",
        "Lecture Notes, Volume 3418, Springer-Verlag, 2005",
    ],
)
def test_new_format_code_look_alikes(negative):
    assert vals(negative) == []


@pytest.mark.parametrize(
    "text",
    [
        # a heading ending in a street-type suffix ("-ring") above a numbered list
        "### Phase 3.1: Enhanced Relevance Scoring\n1. **Multi-factor scoring algorithm**",
        # plan steps after a move cue
        "The project moved from Phase 4 to Phase 5 (Advanced Features), which will focus on:",
        "Przechodzimy do etapu: Faza 2 (Integracja z API) zaczyna się w poniedziałek.",
    ],
)
def test_plan_steps_are_no_addresses(text):
    assert [s for s in detect_patterns(text) if s.detector == "street_address"] == []


def test_compound_street_with_number_on_its_line():
    text = "She moved to Kaiserring 5, 68161 Mannheim last year."
    spans = [s for s in detect_patterns(text) if s.detector == "street_address"]
    assert {text[s.start : s.end] for s in spans} == {"Kaiserring 5, 68161 Mannheim"}
