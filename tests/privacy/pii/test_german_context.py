"""Lone German surnames named a person by their context (issue 14,
:mod:`transforms.privacy.pii.german_context`): true positives and look-alikes that stay
unflagged."""

from __future__ import annotations

from transforms.privacy.pii.german_context import german_context_spans


def _names(text: str) -> dict[str, str]:
    return {text[a:b]: rule for a, b, rule in german_context_spans(text, 0, len(text))}


def test_reporting_verb_before_or_after():
    assert _names("Das reicht nicht , sagt Zabrotzki der Zeitung .") == {"Zabrotzki": "reporting"}
    assert _names("Zolgarek erklärte , die Wähler seien müde .") == {"Zolgarek": "reporting"}
    assert _names("Die Zahlen seien gut , sagte Gates .") == {"Gates": "reporting"}


def test_reporting_verb_before_a_role_word_names_no_role():
    assert "Sprecher" not in _names("Dafür gibt es keine Belege , sagt Sprecher Hans Dietzeld .")


def test_genitive_before_a_noun():
    assert _names("Ein Gutachter stützte Zolgareks Version der Ereignisse .") == {
        "Zolgareks": "genitive"
    }
    assert _names("Eine von Milsers Stärken war das Drücken .").get("Milsers") == "genitive"
    assert "Berlins" not in _names("Heute stellte Berlins Bürgermeister den Plan vor .")
    assert _names("Das Wetter des Landes Brandenburg war mild .") == {}


def test_sentence_opener_before_a_lower_case_word():
    assert _names("Zolgarek plädierte im Januar für eine neue Regel .") == {"Zolgarek": "opener"}
    assert _names("Gravoden existieren in vielen Formen .") == {}  # a plural noun
    assert _names("Spiele in St . Wiggelsdorf begannen früh .") == {}  # after an abbreviation


def test_after_a_verb_or_conjunction():
    assert _names("Im Krieg diente Zabrotzki als Hauptmann .") == {"Zabrotzki": "inside"}
    assert _names("Es ist klar , dass Zabrotzki in Florenz lebte .") == {"Zabrotzki": "inside"}
    assert _names("Danach arbeitete Hill wieder als Anwalt .") == {"Hill": "inside_surname"}


def test_inside_look_alikes_stay_unflagged():
    # after an adjective, an article, a contraction or a list word: a noun or a place
    assert _names("Dabei entsteht feinstkörniger Quabbelit .") == {}
    assert _names("Er ging fürs Quabbelamt nach Rom .") == {}
    assert _names("Der Weg zwischen Mittweida und Quabbelthal ist gesperrt .") == {}
    assert _names("Das ist ein Schloss bei der Quabbelburg .") == {}


def test_role_nouns_and_titles_before_a_name():
    assert _names("Das sagte der CSU-Politiker Zabrotzki gestern .") == {"Zabrotzki": "role"}
    assert _names("Für US-Präsident Barack Obama wird es schwer .") == {"Barack Obama": "role"}
    assert _names("Denn Oberarzt Dr . Meier will nicht operieren .") == {"Meier": "role"}
    assert _names("Er heiratete Wally geborene Müller aus Bonn .").get("Müller") == "role"
    assert _names("Der Garten vom Landschaftsarchitekten Gilles Clément ist groß .") == {
        "Gilles Clément": "role"
    }


def test_role_look_alikes_stay_unflagged():
    assert _names("Die GNU General Public License ist frei .") == {}
    assert _names("Der Präsident Frankreichs kam nach Bonn .") == {}
    assert _names("Der Trainer Mannschaft war nicht gut .") == {}
