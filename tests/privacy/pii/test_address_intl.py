"""Issue 14: international street addresses in chat (units/floors, post boxes, lower case) and the
look-alikes that must stay unflagged."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.addresses import detect_street_addresses


def vals(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_street_addresses(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # lower case, as typed in chat
        ("ship it to 12 rue de la paix, 75002 paris please", "12 rue de la paix, 75002 paris"),
        ("i live at 221b baker street, london nw1 6xe", "221b baker street, london nw1 6xe"),
        ("my address is 4521 main st apt 4, austin tx 78712",
         "4521 main st apt 4, austin tx 78712"),
        ("send it to hauptstraße 5, 10115 berlin thanks", "hauptstraße 5, 10115 berlin"),
        ("we moved to keizersgracht 123, 1015 cj amsterdam",
         "keizersgracht 123, 1015 cj amsterdam"),
        ("the office is calle mayor 5, 3º b, 28013 madrid", "calle mayor 5, 3º b, 28013 madrid"),
        ("deliver to rua augusta 274, lisboa tomorrow", "rua augusta 274, lisboa"),
        ("meet me at 5 oak lane tonight", "5 oak lane"),
        ("i live at 12 new street, birmingham b2 4qa", "12 new street, birmingham b2 4qa"),
        ("Envoyez le colis au 5 bis, rue du Faubourg Saint-Honoré, 75008 Paris svp",
         "5 bis, rue du Faubourg Saint-Honoré, 75008 Paris"),
        ("The bus drops you off at 70248 31 Rue tachkent St.", "31 Rue tachkent St."),
        # units and floors in the operators' words
        ("Please send the invoice to Musterfirma GmbH, Friedrichstraße 123, 3. OG, 10117 Berlin.",
         "Friedrichstraße 123, 3. OG, 10117 Berlin"),
        ("The shop is at Calle de Serrano 41, 4º izq., 28001 Madrid.",
         "Calle de Serrano 41, 4º izq., 28001 Madrid"),
        ("Hand it in at Rua Augusta 100, 3º Dto, 1100-053 Lisboa.",
         "Rua Augusta 100, 3º Dto, 1100-053 Lisboa"),
        ("Her flat is at 14 Rue Oberkampf, 3e étage, 75011 Paris.",
         "14 Rue Oberkampf, 3e étage, 75011 Paris"),
        ("Paseo de la Castellana 259, planta 12, 28046 Madrid",
         "Paseo de la Castellana 259, planta 12, 28046 Madrid"),
        ("The meeting is at 200 Park Ave, 32nd Floor, New York",
         "200 Park Ave, 32nd Floor, New York"),
        ("12 bis Rue de la Paix, Bât. B, 75002 Paris", 
         "12 bis Rue de la Paix, Bât. B, 75002 Paris"),
        ("Calle Mayor s/n, 28013 Madrid", "Calle Mayor s/n, 28013 Madrid"),
        # post boxes
        ("Postfach 10 01 23, 53001 Bonn", "Postfach 10 01 23, 53001 Bonn"),
        ("Mail the contract to Postbus 1234, 1000 AB Amsterdam.", 
         "Postbus 1234, 1000 AB Amsterdam"),
        ("You can reach us at Apartado de Correos 145, 29600 Marbella.",
         "Apartado de Correos 145, 29600 Marbella"),
        ("BP 123, 75001 Paris", "BP 123, 75001 Paris"),
        # layouts: hyphenated communes, outward code, 3-digit and dash postcodes, name-led streets
        ("83 Avenue Jean Navarre\n38560 Champ-sur-Drac", 
         "83 Avenue Jean Navarre\n38560 Champ-sur-Drac"),
        ("64 Melbourne Road, London, E10", "64 Melbourne Road, London, E10"),
        ("Bergstaðastræti 15, 101 Reykjavik", "Bergstaðastræti 15, 101 Reykjavik"),
        ("Jan Erasmusstraat 14\nWillemstad", "Jan Erasmusstraat 14\nWillemstad"),
        ("Obala 33, 6320 Piran / Pirano", "Obala 33, 6320 Piran / Pirano"),
        ("Calle Arce 827, 503 - San Salvador", "Calle Arce 827, 503 - San Salvador"),
        ("The venue is 1 Infinite Loop, Cupertino, CA 95014.", 
         "1 Infinite Loop, Cupertino, CA 95014"),
    ],
)  # fmt: skip
def test_chat_addresses(text, address):
    assert vals(text) == [address]


@pytest.mark.parametrize(
    "negative",
    [
        "2 Factor Auth is enabled",
        "Section 3, Paris Agreement",
        "a 2 way street",
        "installed via pip 23.1 yesterday",
        "3 place holders in the template",
        "buy a 2 tb hard drive",
        "use route 53 for dns",
        "python 3.11 and node 20",
        "at 10:30 on street level",
        "the 3 main road closures",
        "add 2 swim lane diagrams",
        "substring 3 of the string 5",
        "run it 5 times via cron 2",
        "set port 8080 on the server",
        "we got 3 new street lights",
        "bump to version 2.4.1 on main",
        "the meeting is at 10:30 in room 4",
        "BP 120 over 80 is fine",
        "Die Bundesstraße",
    ],
)
def test_look_alikes_stay_unflagged(negative):
    assert vals(negative) == []


def test_article_is_not_part_of_a_compound_street():
    assert vals("Wennekath Die Bundesstraße 216 Lüneburg") == ["Bundesstraße 216 Lüneburg"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Poczta Polska NN-NNN, Canada Post ANA NAN
        ("ul. Marszałkowska 10/16\n00-590 Warszawa", "ul. Marszałkowska 10/16\n00-590 Warszawa"),
        ("123 Main St, Toronto ON M5V 2T6", "123 Main St, Toronto ON M5V 2T6"),
        # Pos Indonesia / Pos Malaysia
        ("Jl. Jenderal Sudirman No. 1\nJakarta 10270", 
         "Jl. Jenderal Sudirman No. 1\nJakarta 10270"),
        ("No. 1, Jalan Ampang\n50450 Kuala Lumpur", "No. 1, Jalan Ampang\n50450 Kuala Lumpur"),
        # China Post, Chunghwa Post, Japan Post
        ("〒100-0001 東京都千代田区千代田1-1", "〒100-0001 東京都千代田区千代田1-1"),
        ("東京都港区六本木6丁目10番1号", "東京都港区六本木6丁目10番1号"),
        ("220\n新北市板橋區 新北板橋土城多語言 陽明街 168", 
         "220\n新北市板橋區 新北板橋土城多語言 陽明街 168"),
        # Russian Post "д." / "кв.", PTT "No:", Česká pošta "náměstí", postal districts, Eircode
        ("ул. Тверская, д. 7, кв. 5\n125009 Москва", "ул. Тверская, д. 7, кв. 5\n125009 Москва"),
        ("Atatürk Cad. No: 12\n34000 İstanbul", "Atatürk Cad. No: 12\n34000 İstanbul"),
        ("Václavské náměstí 802/56\n110 00 Praha 1", "Václavské náměstí 802/56\n110 00 Praha 1"),
        ("send it to 25 Grafton Street, Dublin 2, D02 X285, Ireland.",
         "25 Grafton Street, Dublin 2, D02 X285, Ireland"),
        # numbered streets (El Correo de Guatemala, La Poste du Bénin)
        ("Transmetro Eje Sur 18 calle 3-70 Zona 1\n01004-Guatemala City",
         "18 calle 3-70 Zona 1\n01004-Guatemala City"),
        ("504, Rue 12.168\nCadjehoun", "504, Rue 12.168\nCadjehoun"),
        # USPS numbered streets with directionals
        ("The office is at 350 5th Avenue, New York, NY 10118.",
         "350 5th Avenue, New York, NY 10118"),
        ("meet me at 123 W 42nd St tomorrow", "123 W 42nd St"),
        ("ship to 350 5th ave, new york ny 10118", "350 5th ave, new york ny 10118"),
        # a number-first street with no type word right after an address cue
        ("Please send the package to 19 Ngô Quyền, Hoàn Kiếm, Hà Nội, Vietnam.",
         "19 Ngô Quyền, Hoàn Kiếm, Hà Nội, Vietnam"),
        # UPU S42 line layouts: a street line with no type word over a city/country line
        ("Perseverancia 209\nHavana\nCuba", "Perseverancia 209\nHavana\nCuba"),
        ("Emerald Garden\n1140 Alhambra, Ermita\n1000 Metro Manila",
         "1140 Alhambra, Ermita\n1000 Metro Manila"),
    ],
)  # fmt: skip
def test_more_postal_layouts(text, address):
    assert vals(text) == [address]


@pytest.mark.parametrize(
    "negative",
    [
        "Summer 2019\nParis\nFrance",
        "March 15\nBerlin",
        "Python 3\nLondon",
        "Chapter 3\nParis",
        "Windows 10\nGermany",
        "Team Meeting 4\nLondon\nUK",
        "这个版本3.2修复了问题",
        "我们在第3章讨论了路由",
        "pages 3-70 of the book",
        "I sent 3 Apples to 2 Customers, please",
        "send it to 3 Friends, Alice and Bob",
        "the 2nd floor of the 3rd street office",
        "Take the 2nd Avenue subway",
        "upgrade to 3.12 on avenue 5",
    ],
)
def test_line_and_cjk_look_alikes(negative):
    assert vals(negative) == []
