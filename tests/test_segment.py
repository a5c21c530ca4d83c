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
        # ... and after a closing bracket, when the next line starts in lower case
        (
            "La firma Zorbel Energía (ZE)\nanunció una inversión.\n(Foto: archivo)\nZorbel crece.",
            ["La firma Zorbel Energía (ZE)\nanunció una inversión.", "(Foto: archivo)",
             "Zorbel crece."],
        ),
        (
            "Acme invertirá en Sonora ;\nla obra empieza en mayo.\nAcme: Sonora\nCrece.",
            ["Acme invertirá en Sonora ;\nla obra empieza en mayo.", "Acme: Sonora", "Crece."],
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


WRAPPED = [
    # a wrap inside an amount and inside a company's name, in a text wrapped throughout
    (
        "es",
        "La empresa Zorbel Energía anunció hoy que invertirá en el estado\n"
        "de Sonora unos dos\n"
        "millones de dólares para ampliar su planta, dijo el director de\n"
        "la firma Vextra Solar y de su socia Ormeda Minera, con sede en\n"
        "la capital del estado.",
    ),
    (
        "en",
        "The company Zorbel Energy said on Monday that it would invest two\n"
        "million dollars in the state of Sonora to expand its plant, and that\n"
        "its partner Vextra Solar would hire new workers in\n"
        "the state capital.",
    ),
    (
        "fr",
        "La société Zorbel Énergie a annoncé lundi qu'elle investira deux\n"
        "millions de dollars dans l'État de Sonora pour agrandir son usine, et\n"
        "que son partenaire Vextra Solar embauchera de nouveaux ouvriers\n"
        "dans la capitale.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), WRAPPED)
def test_a_hard_wrapped_text_reads_as_the_unwrapped_one(lang: str, text: str) -> None:
    """The facts of a hard-wrapped text are those of the same text on one line, with their
    evidence at the same offsets into the text as given."""
    from kg.pipeline import extract
    from kg.read import read_text

    wrapped = extract(read_text(text, lang=lang))
    flat = extract(read_text(text.replace("\n", " "), lang=lang))
    assert wrapped.facts, "the text states facts"
    assert [repr(f) for f in wrapped.facts] == [repr(f) for f in flat.facts]
    assert wrapped.article.text == text  # the article keeps its line breaks


@pytest.mark.parametrize(("lang", "text"), WRAPPED)
def test_windows_line_ends_read_as_unix_ones(lang: str, text: str) -> None:
    from kg.pipeline import extract
    from kg.read import read_text

    windows = extract(read_text(text.replace("\n", "\r\n") + "\r\n\r\nOtra.", lang=lang))
    unix = extract(read_text(text + "\n\nOtra.", lang=lang))

    def read(facts: tuple) -> list[tuple[str, str]]:
        return [
            (f.evidence.rule, repr({k: v for k, v in vars(f).items() if k != "evidence"}))
            for f in facts
        ]

    assert windows.facts
    assert read(windows.facts) == read(unix.facts)


def test_a_short_line_ends_its_paragraph_in_a_wrapped_text() -> None:
    """In a text wrapped throughout, a line much shorter than the wrapped ones ends a headline
    or a paragraph: the capitalized line after it starts a sentence of its own."""
    text = (
        "La empresa Zorbel Energía anunció que invertirá en el estado de Sonora\n"
        "con el gobernador Pablo Ríos\n"
        "La planta de la empresa estará en el municipio de Cajeme y dará empleo\n"
        "a cientos de personas de la región, según dijo la firma en un boletín\n"
        "de prensa publicado hoy en su página, donde también dio los detalles\n"
        "del proyecto; la construcción empieza en mayo y la obra\n"
        "durará un año.\n"
    )
    assert sentences(text) == [
        "La empresa Zorbel Energía anunció que invertirá en el estado de Sonora\n"
        "con el gobernador Pablo Ríos",
        "La planta de la empresa estará en el municipio de Cajeme y dará empleo\n"
        "a cientos de personas de la región, según dijo la firma en un boletín\n"
        "de prensa publicado hoy en su página, donde también dio los detalles\n"
        "del proyecto; la construcción empieza en mayo y la obra\ndurará un año.",
    ]


def test_unwrap_keeps_every_offset() -> None:
    from kg.segment import unwrap

    text = "Acme anunció la llegada de grandes\ninversiones en Sonora.\n\nOtra línea"
    assert unwrap(text, "es") == text.replace("grandes\ninv", "grandes inv")
    assert len(unwrap(text, "es")) == len(text)
    # a text wrapped throughout whose last line is open and ends with a line break
    wrapped = "".join(f"la empresa invertirá en la planta {n} de la región de\n" for n in range(5))
    assert unwrap(wrapped, "es") == wrapped.replace("\n", " ")
    assert extract_text(wrapped) is not None


def extract_text(text: str) -> object:
    from kg.pipeline import extract
    from kg.read import read_text

    return extract(read_text(text, lang="es"))
