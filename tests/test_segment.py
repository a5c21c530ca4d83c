"""Sentence splitting: (text, expected sentences) tables; texts invented for the tests."""

from __future__ import annotations

import pytest

from kg.segment import split


def sentences(text: str, lang: str = "es") -> list[str]:
    found = split(text, lang)
    assert all(text[s.begin : s.end] == s.text for s in found)
    return [s.text for s in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline on its own line stays a sentence of its own
        (
            "Acme abre planta en Sonora\nAcme invertirá 5 millones. La planta abrirá en mayo.",
            [
                "Acme abre planta en Sonora",
                "Acme invertirá 5 millones.",
                "La planta abrirá en mayo.",
            ],
        ),
        # a line broken by a hard wrap goes on when the next line starts in lower case
        (
            "La empresa anunció la llegada de grandes inversiones\ny nuevos empleos en Sonora.",
            ["La empresa anunció la llegada de grandes inversiones\ny nuevos empleos en Sonora."],
        ),
        # a line that ends with a stop ends its sentence, whatever follows
        ("Acme creció.\nluego vino la crisis.", ["Acme creció.", "luego vino la crisis."]),
        # a blank line always ends a paragraph
        (
            "Acme anunció la llegada de\n\nnuevas inversiones.",
            ["Acme anunció la llegada de", "nuevas inversiones."],
        ),
    ],
)
def test_lines(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_text_wrapped_throughout_joins_lines_before_capitals_too() -> None:
    lines = [
        "El secretario dijo que la empresa",
        "invertirá en el sur del estado, donde",
        "ya operan Acme Cloud, Nubia Energía y",
        "otras firmas que llegaron con",
        "Grupo Arcela, agregó el funcionario.",
    ]
    assert sentences("\n".join(lines)) == ["\n".join(lines)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a quotation that closes a sentence begun before it ends that sentence
        (
            'Ana Ruiz called it "the cheapest money around." Plant director Luis Paz agreed.',
            "en",
            ['Ana Ruiz called it "the cheapest money around."', "Plant director Luis Paz agreed."],
        ),
        (
            "Ana Ruiz lo llamó «el dinero más barato.» El director Luis Paz coincidió.",
            "es",
            ["Ana Ruiz lo llamó «el dinero más barato.»", "El director Luis Paz coincidió."],
        ),
        # French guillemets set off by a space close the sentence as well
        (
            "Ana Ruiz a parlé d'« argent bon marché. » Le directeur Luis Paz a approuvé.",
            "fr",
            ["Ana Ruiz a parlé d'« argent bon marché. »", "Le directeur Luis Paz a approuvé."],
        ),
        # a quotation that opens its sentence keeps the speaker who follows it
        (
            '"We will grow." Ana Ruiz said so on Monday.',
            "en",
            ['"We will grow." Ana Ruiz said so on Monday.'],
        ),
        (
            "«Vamos a crecer.» Dijo Ana Ruiz el lunes.",
            "es",
            ["«Vamos a crecer.» Dijo Ana Ruiz el lunes."],
        ),
        # inside a quotation nothing is split
        (
            'Ana Ruiz said: "We grew. We hired." Then she left.',
            "en",
            ['Ana Ruiz said: "We grew. We hired."', "Then she left."],
        ),
    ],
)
def test_quotations(text: str, lang: str, expected: list[str]) -> None:
    assert sentences(text, lang) == expected
