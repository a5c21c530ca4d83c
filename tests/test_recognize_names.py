"""Name recognition shapes: (lang, invented sentence, expected (kind, text) mentions).

Texts are invented; the companies are made up so that no gazetteer entry helps.
"""

from __future__ import annotations

import pytest

from kg.read import read_text
from kg.recognize.mentions import recognize
from kg.segment import segment


def names(lang: str, text: str) -> list[tuple[str, str]]:
    article = read_text(text, lang=lang)
    found = recognize(article, segment(article))
    kinds = ("person", "org", "place", "name")
    return [(m.kind, m.text) for sentence in found for m in sentence if m.kind in kinds]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a trade word after a given name: a company, not a person
        ("es", "Nubia Energía abrirá una planta.", [("org", "Nubia Energía")]),
        ("en", "The analysts said Victoria Logistics will hire.", [("org", "Victoria Logistics")]),
        ("fr", "Selon Marie Solutions, le marché croît.", [("org", "Marie Solutions")]),
        # a person stays a person
        ("es", "Lo dijo Nubia Ramírez en la conferencia.", [("person", "Nubia Ramírez")]),
        # a trade word after an organization word does not start a second name
        (
            "es",
            "La Comisión Estatal de Energía de Baja California firmó.",
            [("org", "Comisión Estatal de Energía de Baja California")],
        ),
        # a known place inside an unknown organization's name is not a place, nor its tail
        (
            "es",
            "La Universidad Autónoma de Baja California abrió la convocatoria.",
            [("org", "Universidad Autónoma de Baja California")],
        ),
        # the lower-case rest of a public body's name, and the place that closes it
        (
            "fr",
            "Le directeur de l'Agence régionale de santé de Martinique, Ana Roy, a parlé.",
            [("org", "Agence régionale de santé de Martinique"), ("person", "Ana Roy")],
        ),
        (
            "fr",
            "Elle préside la Chambre de commerce et d'industrie de la Guadeloupe, dit-on.",
            [("org", "Chambre de commerce et d'industrie de la Guadeloupe")],
        ),
        # a known name that opens an unknown organization's name
        (
            "en",
            "The loan comes from the Caribbean Development Bank.",
            [("org", "Caribbean Development Bank")],
        ),
        ("en", "The turbines come from Siemens Energy.", [("org", "Siemens Energy")]),
        # the company whose post a title names: "X's chief executive", "X CEO Jane Doe"
        ("en", "Nexora Cloud's chief executive spoke.", [("org", "Nexora Cloud")]),
        (
            "en",
            "As Nexora Cloud CEO Jane Doe put it, demand is strong.",
            [("org", "Nexora Cloud"), ("person", "Jane Doe")],
        ),
        # not a person's post
        ("en", "Lula's chief of staff spoke.", [("person", "Lula")]),
        # a legal form after a known company is the company itself
        ("en", "The cars come from Toyota Motor Corp.", [("org", "Toyota Motor Corp")]),
        (
            "es",
            "Lo dijo Grupo Bimbo, S.A.B. de C.V. hoy.",
            [("org", "Grupo Bimbo, S.A.B. de C.V.")],
        ),
        # an honorific is not part of the name
        ("es", "La Sra. Ana Ruiz habló.", [("person", "Ana Ruiz")]),
        ("en", "Ms. Ana Ruiz spoke.", [("person", "Ana Ruiz")]),
        # a country after a company is its branch, the company's known name
        ("es", "Lo anunció Microsoft México.", [("org", "Microsoft México")]),
    ],
)
def test_names(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert names(lang, text) == expected
