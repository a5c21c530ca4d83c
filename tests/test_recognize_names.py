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
    ],
)
def test_names(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert names(lang, text) == expected
