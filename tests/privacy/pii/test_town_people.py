"""A lone spaCy PERSON that only GeoNames knows, as a town, is a town
(``transforms.privacy.pii.town_people``). Sentences written anew in the style of re3d dev."""

from __future__ import annotations

from transforms.privacy.pii.town_people import towns_not_people
from transforms.privacy.spans import Span


def _typed(text: str, word: str, detector: str = "spacy_ner") -> str:
    i = text.index(word)
    spans = [Span(i, i + len(word), "PERSON", 0.85, detector)]
    return towns_not_people(text, spans)[0].type


def test_alternate_town_name_is_place() -> None:
    assert _typed("Forces moved to cut the roads around Raqqah last week.", "Raqqah") == "LOCATION"
    assert _typed("The dam lies west of Samarra on the river.", "Samarra") == "LOCATION"


def test_listed_people_stay() -> None:
    # census or learned names, and towns that are surnames, stay people
    assert _typed("Talks with Karzai went on all night.", "Karzai") == "PERSON"
    assert _typed("Then Obama spoke to the press.", "Obama") == "PERSON"


def test_person_uses_stay() -> None:
    assert _typed("Raqqah's speech was short, and Raqqah left early.", "Raqqah") == "PERSON"
    assert _typed("Raqqah , do you still have the file?", "Raqqah") == "PERSON"
    assert _typed("Hi. Samarra is from the Chicago office.", "Samarra") == "PERSON"
    assert _typed("When Raqqah and I went home it rained.", "Raqqah") == "PERSON"
    assert _typed("The book was translated by Raqqah in 1584.", "Raqqah") == "PERSON"


def test_other_detectors_untouched() -> None:
    assert _typed("the roads around Raqqah", "Raqqah", detector="context_cue") == "PERSON"


def test_code_look_alike_untouched() -> None:
    from transforms.privacy.engine import detect

    text = "```python\nroads = Raqqah.load(Samarra)\n```"
    assert detect(text) == []
