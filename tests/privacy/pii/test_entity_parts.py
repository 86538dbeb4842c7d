"""Pieces of one spaCy entity: layout gaps end it, joins split ORGs and PERSONs."""

from transforms.privacy.pii.entity_parts import entity_parts


def _values(text: str, label: str) -> list[str]:
    return [text[a:b] for a, b in entity_parts(text, 0, len(text), label)]


def test_layout_gap_ends_the_entity():
    assert _values("Julieta S Almeida  Staff Engineer", "PERSON") == ["Julieta S Almeida"]
    assert _values("North York - $37K", "GPE") == ["North York"]
    assert _values("Leeds\nUnited", "GPE") == ["Leeds"]


def test_org_and_person_joins_split():
    assert _values("Usamov and Bowers", "ORG") == ["Usamov", "Bowers"]
    assert _values("Herbie & Freddie", "PERSON") == ["Herbie", "Freddie"]
    assert _values("Jonghyun x Iron", "PERSON") == ["Jonghyun", "Iron"]


def test_no_split_where_the_join_belongs_to_the_name():
    # "x" joins two people only in a PERSON; "and" splits only an ORG
    assert _values("Malcolm X", "PERSON") == ["Malcolm X"]
    assert _values("Trinidad and Tobago", "GPE") == ["Trinidad and Tobago"]
