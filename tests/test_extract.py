"""Fact rules: tables of (lang, invented text, expected facts), one test per fact kind.

Every text here is invented for these tests: the people are made up, the companies, public
bodies and places are real ones. Each table covers the sentence shapes the rules in
`kg/extract/` are meant to read, two short texts per shape and language. The facts of a kind
must be exactly the expected ones: a missing fact and an unexpected fact both fail.

A row the current rules get wrong stays in its table, marked `xfail(strict=True)` with what is
missing, so the tables are also the to-do list of the rules: when a fix makes a row pass, its
strict xfail fails and the mark must go.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any, NamedTuple

import pytest

from kg.model import Claim, Extraction, Fact, Investment, Partnership, Role
from kg.pipeline import extract
from kg.read import read_text


class Held(NamedTuple):
    """A role: the person, the organization, a word the title must contain, the qualifier."""

    person: str
    org: str
    word: str
    qualifier: str | None = None


class Invested(NamedTuple):
    """An investment: amounts as (value, ISO 4217 code); the period as stated."""

    investor: str
    place: str | None
    value: float | None
    currency: str | None
    period: str | None = None
    qualifier: str | None = None  # of the amount: "up to", "more than", "about"
    equivalents: tuple[tuple[float, str], ...] = ()


class Claimed(NamedTuple):
    """A quantity claim: what it is about, its kind, its value, its period as stated."""

    subject: str
    kind: str
    value: float
    period: str | None = None


def pair(a: str, b: str) -> frozenset[str]:
    """A partnership, as the labels of its two parties."""
    return frozenset((a, b))


def row(shape: str, lang: str, text: str, *expected: Any, xfail: str | None = None) -> Any:
    """One table row; `xfail` says what the rules get wrong today."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(lang, text, list(expected), id=f"{shape}-{lang}", marks=marks)


def table(*rows: Any) -> list[Any]:
    """The rows with their ids numbered: shape-lang-1, shape-lang-2."""
    seen: dict[str, int] = {}
    numbered = []
    for param in rows:
        seen[param.id] = seen.get(param.id, 0) + 1
        numbered.append(
            pytest.param(*param.values, id=f"{param.id}-{seen[param.id]}", marks=param.marks)
        )
    return numbered


@cache
def extraction(lang: str, text: str) -> Extraction:
    """The extraction of an invented text, checked for well-formed evidence."""
    found = extract(read_text(text, lang=lang))
    for fact in found.facts:
        check_evidence(found.article.text, fact)
    return found


def check_evidence(text: str, fact: Fact) -> None:
    """The quoted span lies inside its sentence, and the sentence inside the text."""
    ev = fact.evidence
    sentence = text[ev.sentence_begin : ev.sentence_end]
    assert 0 <= ev.sentence_begin < ev.sentence_end <= len(text), fact
    assert sentence and sentence in text, fact
    assert ev.sentence_begin <= ev.begin < ev.end <= ev.sentence_end, fact
    assert text[ev.begin : ev.end] in sentence, fact


def facts_of(lang: str, text: str, kind: type) -> list[Any]:
    return [f for f in extraction(lang, text).facts if isinstance(f, kind)]


def assert_same(actual: list[Any], expected: list[Any], same: Callable[[Any, Any], bool]) -> None:
    """Each expected fact found once, and nothing else."""
    missing = [e for e in expected if not any(same(a, e) for a in actual)]
    unexpected = [a for a in actual if not any(same(a, e) for e in expected)]
    assert not missing and not unexpected and len(actual) == len(expected), (
        f"missing: {missing}\nunexpected: {unexpected}\ngot: {actual}"
    )


def close(a: float | None, b: float | None) -> bool:
    return a is None and b is None or a is not None and b is not None and math.isclose(a, b)


def money(amounts: Iterable[tuple[float, str]]) -> tuple[tuple[float, str], ...]:
    return tuple((round(value, 2), currency) for value, currency in amounts)


# --- roles -------------------------------------------------------------------------------------

ROLES = table(
    # title after the name, with a comma
    row(
        "comma",
        "en",
        "Laura Méndez, CEO of Cemex, said the new kiln would start in March.",
        Held("Laura Méndez", "Cemex", "CEO"),
    ),
    row(
        "comma",
        "en",
        "Ricardo Soto Ortega, chief financial officer of Walmart de México, met analysts.",
        Held("Ricardo Soto Ortega", "Walmart de México", "chief financial officer"),
    ),
    row(
        "comma",
        "es",
        "Jorge Castañón, presidente de Bimbo, habló con la prensa en Toluca.",
        Held("Jorge Castañón", "Grupo Bimbo", "presidente"),
    ),
    row(
        "comma",
        "es",
        "Valeria Torres, directora ejecutiva de Femsa, presentó los resultados del trimestre.",
        Held("Valeria Torres", "FEMSA", "directora ejecutiva"),
    ),
    row(
        "comma",
        "fr",
        "Sophie Lefèvre, directrice générale de Renault, a visité l'usine de Córdoba.",
        Held("Sophie Lefèvre", "Renault", "directrice générale"),
    ),
    row(
        "comma",
        "fr",
        "Antoine Girard, président de Danone au Mexique, a rencontré les producteurs.",
        Held("Antoine Girard", "Danone", "président"),
    ),
    # title after the name, no comma
    row(
        "no-comma",
        "en",
        "Daniel Ibarra general manager of Oracle for Mexico presented the results.",
        Held("Daniel Ibarra", "Oracle", "general manager"),
    ),
    row(
        "no-comma",
        "en",
        "At the forum Andrea Ruiz country manager of Google for Colombia opened a new office.",
        Held("Andrea Ruiz", "Google", "country manager"),
    ),
    row(
        "no-comma",
        "es",
        "Mariana Gutiérrez directora general de Microsoft para México presentó el plan.",
        Held("Mariana Gutiérrez", "Microsoft", "directora general"),
    ),
    row(
        "no-comma",
        "es",
        "Carlos Herrera gerente general de Nestlé para Colombia inauguró la planta.",
        Held("Carlos Herrera", "Nestlé", "gerente general"),
    ),
    row(
        "no-comma",
        "fr",
        "Julien Martin directeur général d'Airbus pour le Mexique a présenté le projet.",
        Held("Julien Martin", "Airbus", "directeur général"),
    ),
    row(
        "no-comma",
        "fr",
        "Camille Roux directrice de L'Oréal pour l'Amérique latine a annoncé une usine.",
        Held("Camille Roux", "L'Oréal", "directrice"),
    ),
    # title before the name
    row(
        "before",
        "en",
        "UNAM rector Enrique Salas Vidal opened the new laboratory.",
        Held("Enrique Salas Vidal", "Universidad Nacional Autónoma de México", "rector"),
    ),
    row(
        "before",
        "en",
        "The president of Coca-Cola FEMSA, Hugo Navarro, toured the bottling plant.",
        Held("Hugo Navarro", "Coca-Cola FEMSA", "president"),
    ),
    row(
        "before",
        "es",
        "El rector de la UNAM Enrique Salas Vidal inauguró el laboratorio.",
        Held("Enrique Salas Vidal", "Universidad Nacional Autónoma de México", "rector"),
    ),
    row(
        "before",
        "es",
        "La presidenta de Telmex, Ana Lucía Herrera, visitó la planta de Querétaro.",
        Held("Ana Lucía Herrera", "Telmex", "presidenta"),
    ),
    row(
        "before",
        "fr",
        "Le président de Danone, Étienne Fournier, a présenté le projet.",
        Held("Étienne Fournier", "Danone", "président"),
    ),
    row(
        "before",
        "fr",
        "La rectrice de l'Université de Montréal, Isabelle Gagnon, a signé la lettre.",
        Held("Isabelle Gagnon", "Université de Montréal", "rectrice"),
    ),
    # a title with no organization, in an article about one company
    row(
        "article-company",
        "en",
        "Cemex opened a cement plant in Monterrey on Tuesday. "
        "Chairman and CEO Tomás Aguirre said output would double by 2026.",
        Held("Tomás Aguirre", "Cemex", "Chairman"),
        Held("Tomás Aguirre", "Cemex", "CEO"),
    ),
    row(
        "article-company",
        "en",
        "Mercado Libre reported record sales in Brazil. "
        "Chief executive Marcos Villegas expects the growth to continue.",
        Held("Marcos Villegas", "Mercado Libre", "Chief executive"),
    ),
    row(
        "article-company",
        "es",
        "Bimbo abrió una panificadora en Lima. "
        "El director general Rodrigo Fuentes dijo que la planta abrirá en junio.",
        Held("Rodrigo Fuentes", "Grupo Bimbo", "director general"),
    ),
    row(
        "article-company",
        "es",
        "Grupo Modelo amplió su cervecería en Zacatecas. "
        "Su presidente y director general, Alberto Lozano, explicó que la obra terminará en 2026.",
        Held("Alberto Lozano", "Grupo Modelo", "presidente"),
        Held("Alberto Lozano", "Grupo Modelo", "director general"),
    ),
    row(
        "article-company",
        "fr",
        "Le groupe Carrefour a ouvert trois magasins à São Paulo. "
        "Le PDG Hugo Lambert a déclaré que d'autres suivraient.",
        Held("Hugo Lambert", "Carrefour", "PDG"),
    ),
    row(
        "article-company",
        "fr",
        "Safran a inauguré un site de maintenance à Querétaro. "
        "Le PDG Hugo Lambert a déclaré que d'autres suivraient.",
        Held("Hugo Lambert", "Safran", "PDG"),
    ),
    row(
        "article-company",
        "fr",
        "Michelin agrandit son usine de León. "
        "Le président-directeur général, Marc Dubois, a visité le site lundi.",
        Held("Marc Dubois", "Michelin", "président-directeur général"),
    ),
    # a state's governor
    row(
        "governor",
        "en",
        "Jalisco Governor Raúl Cárdenas announced the project.",
        Held("Raúl Cárdenas", "Jalisco", "Governor"),
    ),
    row(
        "governor",
        "en",
        "Nuevo León Governor Samuel Ortiz welcomed the investors.",
        Held("Samuel Ortiz", "Nuevo León", "Governor"),
    ),
    row(
        "governor",
        "es",
        "El gobernador de Sonora, Ernesto Villalobos, recibió a los directivos.",
        Held("Ernesto Villalobos", "Sonora", "gobernador"),
    ),
    row(
        "governor",
        "es",
        "La gobernadora de Guanajuato Teresa Campos inauguró el parque industrial.",
        Held("Teresa Campos", "Guanajuato", "gobernadora"),
    ),
    row(
        "governor",
        "fr",
        "Le gouverneur de Querétaro, Mauricio Ríos, a accueilli la délégation.",
        Held("Mauricio Ríos", "Querétaro", "gouverneur"),
    ),
    row(
        "governor",
        "fr",
        "La gouverneure du Yucatán, Patricia Solís, a inauguré le centre.",
        Held("Patricia Solís", "Yucatán", "gouverneure"),
    ),
    # possessive
    row(
        "possessive",
        "en",
        "Microsoft's president Brad Kessler met the minister.",
        Held("Brad Kessler", "Microsoft", "president"),
    ),
    row(
        "possessive",
        "en",
        "Walmart's chief executive Jennifer Coleman toured the Monterrey store.",
        Held("Jennifer Coleman", "Walmart", "chief executive"),
    ),
    # "X, who is ..."
    row(
        "who-is",
        "en",
        "Maria Soto, who is the regional director of Siemens, attended the event.",
        Held("Maria Soto", "Siemens", "regional director"),
    ),
    row(
        "who-is",
        "en",
        "The plan was presented by Kevin Brooks, who is vice president of Intel.",
        Held("Kevin Brooks", "Intel", "vice president"),
    ),
    row(
        "who-is",
        "es",
        "Fernanda Ríos, quien es directora de Santander México, habló en el foro.",
        Held("Fernanda Ríos", "Banco Santander", "directora"),
        xfail="org is a new 'Santander México' entity, not Banco Santander: the country "
        "subsidiary is not resolved to its parent (as 'GM México' is to General Motors)",
    ),
    row(
        "who-is",
        "es",
        "Lo anunció Gustavo Peña, quien es gerente general de Bayer en Chile.",
        Held("Gustavo Peña", "Bayer", "gerente general"),
    ),
    row(
        "who-is",
        "fr",
        "Paul Moreau, qui est directeur de Michelin au Mexique, a parlé aux élus.",
        Held("Paul Moreau", "Michelin", "directeur"),
    ),
    row(
        "who-is",
        "fr",
        "Nathalie Bernard, qui est vice-présidente d'Orange, a signé le document.",
        Held("Nathalie Bernard", "Orange", "vice-présidente"),
    ),
    # "X is a reporter at Y"
    row(
        "is-a",
        "en",
        "Sarah Collins is a reporter at Reuters.",
        Held("Sarah Collins", "Reuters", "reporter"),
    ),
    row(
        "is-a",
        "en",
        "Thomas Reed is a correspondent for Bloomberg in Mexico City.",
        Held("Thomas Reed", "Bloomberg News", "correspondent"),
    ),
    row(
        "is-a",
        "es",
        "Lucía Ramírez es reportera de El Universal.",
        Held("Lucía Ramírez", "El Universal", "reportera"),
    ),
    row(
        "is-a",
        "es",
        "Andrés Molina es periodista de Milenio.",
        Held("Andrés Molina", "Milenio", "periodista"),
    ),
    row(
        "is-a",
        "fr",
        "Claire Dubois est journaliste au Monde.",
        Held("Claire Dubois", "Le Monde", "journaliste"),
        xfail="org is 'Monde': the article folded into 'au' (à + le) is lost, so the gazetteer's "
        "'Le Monde' is not found",
    ),
    row(
        "is-a",
        "fr",
        "Lucas Petit est reporter chez Les Échos.",
        Held("Lucas Petit", "Les Échos", "reporter"),
    ),
    # chains and coordination
    row(
        "chain",
        "en",
        "Huawei president Li Wen and Economy Minister Raquel Fuentes signed the agreement "
        "in Mexico City.",
        Held("Li Wen", "Huawei", "president"),
        Held("Raquel Fuentes", "Secretaría de Economía", "Minister"),
    ),
    row(
        "chain",
        "en",
        "The CEO of Telefónica, Martín Quiroga, and the mayor of Bogotá, Diana Castro, "
        "opened the center.",
        Held("Martín Quiroga", "Telefónica", "CEO"),
        Held("Diana Castro", "Bogotá", "mayor"),
    ),
    row(
        "chain",
        "es",
        "El presidente de Huawei Li Wen y la ministra de Economía Raquel Fuentes firmaron el "
        "acuerdo en la Ciudad de México.",
        Held("Li Wen", "Huawei", "presidente"),
        Held("Raquel Fuentes", "Secretaría de Economía", "ministra"),
    ),
    row(
        "chain",
        "es",
        "Asistieron el director de Cemex, Rogelio Garza, el rector del Tec de Monterrey, "
        "Arturo Leal, y la alcaldesa de Monterrey, Gabriela Treviño.",
        Held("Rogelio Garza", "Cemex", "director"),
        Held("Arturo Leal", "Tecnológico de Monterrey", "rector"),
        Held("Gabriela Treviño", "Monterrey", "alcaldesa"),
    ),
    row(
        "chain",
        "fr",
        "Le président de Huawei, Li Wen, et la ministre de l'Économie, Raquel Fuentes, ont "
        "signé l'accord à Mexico.",
        Held("Li Wen", "Huawei", "président"),
        Held("Raquel Fuentes", "Secretaría de Economía", "ministre"),
    ),
    row(
        "chain",
        "fr",
        "Étaient présents le directeur de Renault, Louis Caron, et la maire de Lyon, "
        "Émilie Garnier.",
        Held("Louis Caron", "Renault", "directeur"),
        Held("Émilie Garnier", "Lyon", "maire"),
    ),
    # government posts: the organization is the country (or its ministry)
    row(
        "government",
        "en",
        "Mexican President Lucía Paredes opened the plant in Sonora.",
        Held("Lucía Paredes", "Mexico", "President"),
    ),
    row(
        "government",
        "en",
        "Colombian Trade Minister Andrés Vélez met the investors.",
        Held("Andrés Vélez", "Ministerio de Comercio, Industria y Turismo", "Minister"),
    ),
    row(
        "government",
        "en",
        "The plan was welcomed in Mexico. President Lucía Paredes called it historic.",
        Held("Lucía Paredes", "Mexico", "President"),
    ),
    row(
        "government",
        "es",
        "México recibió más inversión extranjera que nunca. "
        "La presidenta Lucía Paredes celebró la cifra.",
        Held("Lucía Paredes", "Mexico", "presidenta"),
    ),
    row(
        "government",
        "es",
        "El presidente colombiano, Mateo Rincón, viajó a Ottawa.",
        Held("Mateo Rincón", "Colombia", "presidente"),
    ),
    row(
        "government",
        "es",
        "La ministra de Comercio de Colombia, Natalia Suárez, recibió a los inversionistas.",
        Held("Natalia Suárez", "Ministerio de Comercio, Industria y Turismo", "ministra"),
    ),
    row(
        "government",
        "fr",
        "Le Mexique attire de plus en plus d'usines. La présidente Lucía Paredes a salué "
        "l'annonce.",
        Held("Lucía Paredes", "Mexico", "présidente"),
    ),
    row(
        "government",
        "fr",
        "Le Mexique renforce ses liens avec ses voisins. Le ministre des Affaires étrangères, "
        "Julio Benítez, a reçu la délégation.",
        Held("Julio Benítez", "Secretaría de Relaciones Exteriores", "ministre"),
    ),
    row(
        "government",
        "fr",
        "Le président colombien, Mateo Rincón, s'est rendu à Ottawa.",
        Held("Mateo Rincón", "Colombia", "président"),
    ),
    # qualifiers
    row(
        "qualifier",
        "en",
        "Former Microsoft CEO Robert Hale visited Bogotá.",
        Held("Robert Hale", "Microsoft", "CEO", "former"),
    ),
    row(
        "qualifier",
        "en",
        "Incoming Santander chief executive Mónica Vidal said the bank would grow in Mexico.",
        Held("Mónica Vidal", "Banco Santander", "chief executive", "incoming"),
    ),
    row(
        "qualifier",
        "en",
        "Ex-Cemex president Jaime Ochoa joined the board of the bank.",
        Held("Jaime Ochoa", "Cemex", "president", "former"),
        xfail="no role: 'Ex-Cemex' is one token, so the qualifier is seen but 'Cemex' is not "
        "recognized, and 'president' with no organization is read as head of state of no country",
    ),
    row(
        "qualifier",
        "es",
        "El ex director de Pemex Octavio Lara habló en el foro.",
        Held("Octavio Lara", "Petróleos Mexicanos", "director", "former"),
    ),
    row(
        "qualifier",
        "es",
        "El expresidente de Cemex Jaime Ochoa habló en el foro.",
        Held("Jaime Ochoa", "Cemex", "presidente", "former"),
    ),
    row(
        "qualifier",
        "es",
        "Ramiro Vega, gobernador saliente de Sonora, firmó el decreto.",
        Held("Ramiro Vega", "Sonora", "gobernador", "outgoing"),
    ),
    row(
        "qualifier",
        "es",
        "La directora entrante de Banorte, Elena Cordero, presentó su equipo.",
        Held("Elena Cordero", "Banorte", "directora", "incoming"),
    ),
    row(
        "qualifier",
        "fr",
        "L'ancien président de Carrefour, Henri Marchand, a pris la parole.",
        Held("Henri Marchand", "Carrefour", "président", "former"),
    ),
    row(
        "qualifier",
        "fr",
        "Le directeur sortant d'Orange, Pierre Lemoine, a passé le relais.",
        Held("Pierre Lemoine", "Orange", "directeur", "outgoing"),
    ),
    # two posts for one person
    row(
        "two-posts",
        "en",
        "Luis Ortega, president and general director of GM México, presented the plan.",
        Held("Luis Ortega", "General Motors", "president"),
        Held("Luis Ortega", "General Motors", "general director"),
    ),
    row(
        "two-posts",
        "en",
        "Ana Beltrán, founder and CEO of Kavak, spoke at the summit.",
        Held("Ana Beltrán", "Kavak", "founder"),
        Held("Ana Beltrán", "Kavak", "CEO"),
    ),
    row(
        "two-posts",
        "es",
        "Luis Ortega, presidente y director general de GM México, presentó el plan.",
        Held("Luis Ortega", "General Motors", "presidente"),
        Held("Luis Ortega", "General Motors", "director general"),
    ),
    row(
        "two-posts",
        "es",
        "Paula Sandoval, fundadora y directora ejecutiva de Kavak, habló en la cumbre.",
        Held("Paula Sandoval", "Kavak", "fundadora"),
        Held("Paula Sandoval", "Kavak", "directora ejecutiva"),
    ),
    row(
        "two-posts",
        "fr",
        "Luis Ortega, président et directeur général de GM México, a présenté le plan.",
        Held("Luis Ortega", "General Motors", "président"),
        Held("Luis Ortega", "General Motors", "directeur général"),
    ),
    row(
        "two-posts",
        "fr",
        "Hélène Morel, fondatrice et présidente de Doctolib, a parlé au sommet.",
        Held("Hélène Morel", "Doctolib", "fondatrice"),
        Held("Hélène Morel", "Doctolib", "présidente"),
    ),
)


@pytest.mark.parametrize(("lang", "text", "expected"), ROLES)
def test_roles(lang: str, text: str, expected: list[Held]) -> None:
    actual = [
        (f.person.label, f.org.label, f.title, f.qualifier) for f in facts_of(lang, text, Role)
    ]

    def same(a: tuple, e: Held) -> bool:
        return (a[0], a[1], a[3]) == (e.person, e.org, e.qualifier) and (
            e.word.casefold() in a[2].casefold()
        )

    assert_same(actual, expected, same)


# --- investments -------------------------------------------------------------------------------

B = 1e9
M = 1e6

INVESTMENTS = table(
    # verbs
    row(
        "verb",
        "en",
        "Amazon Web Services will invest $5 billion in Querétaro.",
        Invested("Amazon Web Services", "Querétaro", 5 * B, "USD"),
    ),
    row(
        "verb",
        "en",
        "Kia will pump $300 million into its plant in Nuevo León.",
        Invested("Kia", "Nuevo León", 300 * M, "USD"),
    ),
    row(
        "verb",
        "en",
        "Iberdrola committed $1.2 billion to wind farms in Oaxaca.",
        Invested("Iberdrola", "Oaxaca", 1.2 * B, "USD"),
    ),
    row(
        "verb",
        "es",
        "Toyota invertirá 1.450 millones de dólares en Guanajuato.",
        Invested("Toyota", "Guanajuato", 1.45 * B, "USD"),
    ),
    row(
        "verb",
        "es",
        "Bimbo destinará 200 millones de dólares a una planta en Jalisco.",
        Invested("Grupo Bimbo", "Jalisco", 200 * M, "USD"),
    ),
    row(
        "verb",
        "fr",
        "Danone investit 300 millions d'euros au Brésil.",
        Invested("Danone", "Brazil", 300 * M, "EUR"),
    ),
    row(
        "verb",
        "fr",
        "Le groupe Danone investit 300 millions d'euros au Brésil.",
        Invested("Danone", "Brazil", 300 * M, "EUR"),
    ),
    row(
        "verb",
        "fr",
        "Stellantis va injecter 150 millions d'euros dans son usine de Curitiba, au Brésil.",
        Invested("Stellantis", "Curitiba", 150 * M, "EUR"),
    ),
    # nouns
    row(
        "noun",
        "en",
        "Mercado Libre announced an investment of $2.3 billion in Mexico.",
        Invested("Mercado Libre", "Mexico", 2.3 * B, "USD"),
    ),
    row(
        "noun",
        "en",
        "Microsoft's $1.3 billion investment in Mexico will fund new data centers.",
        Invested("Microsoft", "Mexico", 1.3 * B, "USD"),
    ),
    row(
        "noun",
        "es",
        "Walmart de México anunció una inversión de 1.500 millones de dólares en Chihuahua.",
        Invested("Walmart de México", "Chihuahua", 1.5 * B, "USD"),
    ),
    row(
        "noun",
        "es",
        "La inversión de Pepsico en Sonora será de 400 millones de dólares.",
        Invested("PepsiCo", "Sonora", 400 * M, "USD"),
    ),
    row(
        "noun",
        "fr",
        "Airbus a annoncé un investissement de 500 millions de dollars au Mexique.",
        Invested("Airbus", "Mexico", 500 * M, "USD"),
    ),
    row(
        "noun",
        "fr",
        "L'investissement de Stellantis à Saltillo atteindra 1 milliard d'euros.",
        Invested("Stellantis", "Saltillo", 1 * B, "EUR"),
    ),
    # one amount in two currencies
    row(
        "equivalent",
        "en",
        "Iberdrola will invest 800mn euros (US$865mn) in Mexico.",
        Invested("Iberdrola", "Mexico", 800 * M, "EUR", equivalents=((865 * M, "USD"),)),
    ),
    row(
        "equivalent",
        "en",
        "Grupo Bimbo will invest 4 billion pesos (about $220 million) in Yucatán.",
        Invested("Grupo Bimbo", "Yucatán", 4 * B, "MXN", equivalents=((220 * M, "USD"),)),
    ),
    row(
        "equivalent",
        "es",
        "Santander invertirá 20.000 millones de pesos (unos 1.100 millones de dólares) en México.",
        Invested("Banco Santander", "Mexico", 20 * B, "MXN", equivalents=((1.1 * B, "USD"),)),
    ),
    row(
        "equivalent",
        "es",
        "BBVA destinará 3.000 millones de euros, o 3.250 millones de dólares, a Colombia.",
        Invested("BBVA", "Colombia", 3 * B, "EUR", equivalents=((3.25 * B, "USD"),)),
    ),
    row(
        "equivalent",
        "fr",
        "TotalEnergies investira 2 milliards d'euros (2,2 milliards de dollars) au Brésil.",
        Invested("TotalEnergies", "Brazil", 2 * B, "EUR", equivalents=((2.2 * B, "USD"),)),
    ),
    row(
        "equivalent",
        "fr",
        "L'opérateur Orange injectera 500 millions d'euros, soit environ 540 millions de dollars, "
        "au Mexique.",
        Invested("Orange", "Mexico", 500 * M, "EUR", equivalents=((540 * M, "USD"),)),
    ),
    # bounds on the amount
    row(
        "bound",
        "en",
        "Netflix will invest up to $300 million in Mexico.",
        Invested("Netflix", "Mexico", 300 * M, "USD", qualifier="up to"),
    ),
    row(
        "bound",
        "en",
        "Tesla will invest more than $5 billion in Nuevo León.",
        Invested("Tesla", "Nuevo León", 5 * B, "USD", qualifier="more than"),
    ),
    row(
        "bound",
        "es",
        "Heineken invertirá hasta 2.750 millones de dólares en Yucatán.",
        Invested("Heineken", "Yucatán", 2.75 * B, "USD", qualifier="up to"),
    ),
    row(
        "bound",
        "es",
        "Ford invertirá alrededor de 900 millones de dólares en Cuautitlán.",
        Invested("Ford", "Cuautitlán", 900 * M, "USD", qualifier="about"),
    ),
    row(
        "bound",
        "fr",
        "Le groupe Alstom investira plus de 200 millions d'euros au Brésil.",
        Invested("Alstom", "Brazil", 200 * M, "EUR", qualifier="more than"),
    ),
    row(
        "bound",
        "fr",
        "Le groupe Veolia investira jusqu'à 100 millions d'euros à Santiago.",
        Invested("Veolia", "Santiago", 100 * M, "EUR", qualifier="up to"),
    ),
    # periods
    row(
        "period",
        "en",
        "Google will invest $1.2 billion in Chile over the next three years.",
        Invested("Google", "Chile", 1.2 * B, "USD", "over the next three years"),
    ),
    row(
        "period",
        "en",
        "Oracle plans to invest $500 million in Colombia by 2027.",
        Invested("Oracle", "Colombia", 500 * M, "USD", "by 2027"),
    ),
    row(
        "period",
        "es",
        "Telefónica invertirá 1.000 millones de dólares en Perú en los próximos tres años.",
        Invested("Telefónica", "Peru", 1 * B, "USD", "en los próximos tres años"),
    ),
    row(
        "period",
        "es",
        "Nestlé invertirá 700 millones de dólares en Veracruz hasta 2028.",
        Invested("Nestlé", "Veracruz", 700 * M, "USD", "hasta 2028"),
    ),
    row(
        "period",
        "fr",
        "EDF investira 1 milliard d'euros au Mexique sur les 15 prochaines années.",
        Invested("EDF", "Mexico", 1 * B, "EUR", "sur les 15 prochaines années"),
    ),
    row(
        "period",
        "fr",
        "Le laboratoire Sanofi investira 80 millions d'euros au Brésil d'ici 2026.",
        Invested("Sanofi", "Brazil", 80 * M, "EUR", "d'ici 2026"),
    ),
    # no amount anywhere in the article
    # what a project costs, in an article about the company that builds it
    row(
        "cost",
        "en",
        "Siemens broke ground on its new factory in Querétaro. The project will cost $200 million.",
        Invested("Siemens", "Querétaro", 200 * M, "USD"),
    ),
    row(
        "cost",
        "es",
        "Bimbo colocó la primera piedra de su planta en Yucatán. La obra insumirá unos 90 "
        "millones de dólares.",
        Invested("Grupo Bimbo", "Yucatán", 90 * M, "USD", qualifier="about"),
    ),
    row(
        "cost",
        "fr",
        "Le groupe Danone a lancé son usine de Puebla. Le projet coûtera 150 millions d'euros.",
        Invested("Danone", "Puebla", 150 * M, "EUR"),
    ),
    row(
        "undisclosed",
        "en",
        "Magna will invest in a new plant in Querétaro.",
        Invested("Magna", "Querétaro", None, None),
    ),
    row(
        "undisclosed",
        "en",
        "Nissan plans to invest in Aguascalientes to build electric cars.",
        Invested("Nissan", "Aguascalientes", None, None),
    ),
    row(
        "undisclosed",
        "es",
        "Kimberly-Clark invertirá en una nueva planta en Tlaxcala.",
        Invested("Kimberly-Clark", "Tlaxcala", None, None),
    ),
    row(
        "undisclosed",
        "es",
        "Siemens invertirá en Monterrey, aunque no precisó el monto.",
        Invested("Siemens", "Monterrey", None, None),
    ),
    row(
        "undisclosed",
        "fr",
        "Schneider Electric investira dans une nouvelle usine à Monterrey.",
        Invested("Schneider Electric", "Monterrey", None, None),
    ),
    row(
        "undisclosed",
        "fr",
        "L'enseigne Decathlon va investir en Colombie sans préciser le montant.",
        Invested("Decathlon", "Colombia", None, None),
    ),
    # several investments in one sentence
    row(
        "several",
        "en",
        "Nissan will invest $1 billion in Puebla and Toyota $500 million in Guanajuato.",
        Invested("Nissan", "Puebla", 1 * B, "USD"),
        Invested("Toyota", "Guanajuato", 500 * M, "USD"),
    ),
    row(
        "several",
        "en",
        "BMW will invest $800 million in San Luis Potosí, while Audi will put $400 million "
        "into Puebla.",
        Invested("BMW", "San Luis Potosí", 800 * M, "USD"),
        Invested("Audi", "Puebla", 400 * M, "USD"),
    ),
    row(
        "several",
        "es",
        "Nissan invertirá 1.000 millones de dólares en Aguascalientes y Toyota 500 millones de "
        "dólares en Guanajuato.",
        Invested("Nissan", "Aguascalientes", 1 * B, "USD"),
        Invested("Toyota", "Guanajuato", 500 * M, "USD"),
    ),
    row(
        "several",
        "es",
        "Coca-Cola invertirá 300 millones de dólares en Chiapas, mientras que Pepsico destinará "
        "200 millones de dólares a Sonora.",
        Invested("Coca-Cola", "Chiapas", 300 * M, "USD"),
        Invested("PepsiCo", "Sonora", 200 * M, "USD"),
    ),
    row(
        "several",
        "fr",
        "Le groupe Renault investira 300 millions d'euros au Brésil et Stellantis 200 millions "
        "d'euros en "
        "Argentine.",
        Invested("Renault", "Brazil", 300 * M, "EUR"),
        Invested("Stellantis", "Argentina", 200 * M, "EUR"),
    ),
    row(
        "several",
        "fr",
        "Airbus investira 100 millions de dollars à Querétaro, tandis que Safran injectera "
        "50 millions de dollars à Chihuahua.",
        Invested("Airbus", "Querétaro", 100 * M, "USD"),
        Invested("Safran", "Chihuahua", 50 * M, "USD"),
    ),
    # the place at the level the text gives: city, state or country
    row(
        "place",
        "en",
        "Walmart will invest $600 million in Apodaca, Nuevo León.",
        Invested("Walmart", "Apodaca", 600 * M, "USD"),
    ),
    row(
        "place",
        "en",
        "Amazon will invest $400 million in Peru.",
        Invested("Amazon", "Peru", 400 * M, "USD"),
    ),
    row(
        "place",
        "es",
        "Ternium invertirá 3.000 millones de dólares en Pesquería, Nuevo León.",
        Invested("Ternium", "Pesquería", 3 * B, "USD"),
    ),
    row(
        "place",
        "es",
        "Unilever invertirá 400 millones de dólares en Colombia.",
        Invested("Unilever", "Colombia", 400 * M, "USD"),
    ),
    row(
        "place",
        "fr",
        "Michelin investira 100 millions d'euros à León, dans l'État de Guanajuato.",
        Invested("Michelin", "León de los Aldama", 100 * M, "EUR"),
        xfail="place is Guanajuato: 'León' alone is no gazetteer name (only 'León, Guanajuato'), "
        "so it stays an untyped name, and the state named after it is taken instead of the city",
    ),
    row(
        "place",
        "fr",
        "Safran investira 50 millions d'euros au Mexique.",
        Invested("Safran", "Mexico", 50 * M, "EUR"),
    ),
)


@pytest.mark.parametrize(("lang", "text", "expected"), INVESTMENTS)
def test_investments(lang: str, text: str, expected: list[Invested]) -> None:
    actual = [
        Invested(
            f.investor.label,
            f.place.label if f.place else None,
            f.amount.value if f.amount else None,
            f.amount.currency if f.amount else None,
            f.period.text if f.period else None,
            f.amount.qualifier if f.amount else None,
            money((m.value, m.currency) for m in f.equivalents),
        )
        for f in facts_of(lang, text, Investment)
    ]

    def same(a: Invested, e: Invested) -> bool:
        return (
            a._replace(value=None, equivalents=()) == e._replace(value=None, equivalents=())
            and close(a.value, e.value)
            and a.equivalents == money(e.equivalents)
        )

    assert_same(actual, expected, same)


# --- partnerships ------------------------------------------------------------------------------

PARTNERSHIPS = table(
    row(
        "partner-with",
        "en",
        "Microsoft will partner with Telmex to offer cloud services to small firms.",
        pair("Microsoft", "Telmex"),
    ),
    row(
        "partner-with",
        "en",
        "Cisco announced a partnership with the National Polytechnic Institute.",
        pair("Cisco", "Instituto Politécnico Nacional"),
    ),
    row(
        "alliance-with",
        "en",
        "Huawei formed an alliance with UNAM to train engineers.",
        pair("Huawei", "Universidad Nacional Autónoma de México"),
    ),
    row(
        "alliance-with",
        "en",
        "Walmart de México announced an alliance with Rappi for home deliveries.",
        pair("Walmart de México", "Rappi"),
    ),
    row(
        "agreement-signed-with",
        "en",
        "Under an agreement signed with Pemex, Shell will explore two offshore blocks.",
        pair("Shell", "Petróleos Mexicanos"),
    ),
    row(
        "agreement-signed-with",
        "en",
        "Shell is expanding in Mexico. The agreement signed with Pemex covers two offshore blocks.",
        pair("Shell", "Petróleos Mexicanos"),
    ),
    row(
        "list",
        "en",
        "Intel will work with IBM, HP and Cisco on the new lab in Guadalajara.",
        pair("Intel", "IBM"),
        pair("Intel", "HP"),
        pair("Intel", "Cisco"),
    ),
    row(
        "list",
        "en",
        "The University of Guadalajara partnered with Oracle and Google.",
        pair("Universidad de Guadalajara", "Oracle"),
        pair("Universidad de Guadalajara", "Google"),
    ),
    row(
        "en-alianza-con",
        "es",
        "Telcel lanzó el programa en alianza con la UNAM.",
        pair("Telcel", "Universidad Nacional Autónoma de México"),
    ),
    row(
        "en-alianza-con",
        "es",
        "Bimbo lanzará una línea de productos en alianza con Walmart de México.",
        pair("Grupo Bimbo", "Walmart de México"),
    ),
    row(
        "de-la-mano-de",
        "es",
        "Google capacitará a docentes de la mano de la Secretaría de Educación Pública.",
        pair("Google", "Secretaría de Educación Pública"),
    ),
    row(
        "de-la-mano-de",
        "es",
        "De la mano de Cisco, Telmex conectará 500 escuelas.",
        pair("Telmex", "Cisco"),
    ),
    row(
        "en-colaboracion-con",
        "es",
        "IBM abrirá un laboratorio en colaboración con el Tecnológico de Monterrey.",
        pair("IBM", "Tecnológico de Monterrey"),
    ),
    row(
        "en-colaboracion-con",
        "es",
        "El Tec de Monterrey abrirá un centro de datos en colaboración con Microsoft.",
        pair("Tecnológico de Monterrey", "Microsoft"),
    ),
    row(
        "firmaron-un-convenio",
        "es",
        "Santander y la Universidad de Guadalajara firmaron un convenio para otorgar becas.",
        pair("Banco Santander", "Universidad de Guadalajara"),
    ),
    row(
        "firmaron-un-convenio",
        "es",
        "Banorte y la UNAM firmaron un convenio de colaboración.",
        pair("Banorte", "Universidad Nacional Autónoma de México"),
    ),
    row(
        "acuerdo-firmado-con",
        "es",
        "Shell amplía su presencia en México. El acuerdo firmado con Pemex abarca dos bloques.",
        pair("Shell", "Petróleos Mexicanos"),
    ),
    row(
        "list",
        "es",
        "Microsoft se asoció con IBM, HP y Cisco para el proyecto.",
        pair("Microsoft", "IBM"),
        pair("Microsoft", "HP"),
        pair("Microsoft", "Cisco"),
    ),
    row(
        "list",
        "es",
        "Nissan firmó un acuerdo con Pemex y la CFE.",
        pair("Nissan", "Petróleos Mexicanos"),
        pair("Nissan", "Comisión Federal de Electricidad"),
    ),
    row(
        "coordinated-subjects",
        "fr",
        "Orange et Ericsson ont signé un accord de partenariat pour la 5G au Pérou.",
        pair("Orange", "Ericsson"),
    ),
    row(
        "partenariat-avec",
        "fr",
        "Orange a annoncé un partenariat avec Ericsson au Mexique.",
        pair("Orange", "Ericsson"),
    ),
    row(
        "partenariat-avec",
        "fr",
        "Lundi, Orange a annoncé un partenariat avec Ericsson au Mexique.",
        pair("Orange", "Ericsson"),
    ),
    row(
        "accord-signe-avec",
        "fr",
        "Grâce à un accord signé avec Petrobras, TotalEnergies exploitera deux champs.",
        pair("TotalEnergies", "Petrobras"),
    ),
    row(
        "accord-signe-avec",
        "fr",
        "TotalEnergies renforce sa présence au Brésil. Un accord a été signé avec Petrobras pour "
        "exploiter deux champs.",
        pair("TotalEnergies", "Petrobras"),
    ),
    row(
        "accord-signe-avec",
        "fr",
        "Le groupe TotalEnergies a présenté l'accord signé avec Petrobras.",
        pair("TotalEnergies", "Petrobras"),
    ),
    row(
        "alliance-avec",
        "fr",
        "Airbus a conclu une alliance avec Embraer.",
        pair("Airbus", "Embraer"),
    ),
    row(
        "alliance-avec",
        "fr",
        "Le groupe Safran a noué une alliance avec Embraer au Brésil.",
        pair("Safran", "Embraer"),
    ),
    row(
        "en-collaboration-avec",
        "fr",
        "Capgemini ouvre un centre à Bogotá en collaboration avec l'Université des Andes.",
        pair("Capgemini", "Universidad de los Andes"),
        xfail="partner is a new 'Université des Andes' entity: the gazetteer's Universidad de los "
        "Andes has no French alias",
    ),
    row(
        "en-collaboration-avec",
        "fr",
        "Airbus ouvre un centre à Querétaro en collaboration avec le Tec de Monterrey.",
        pair("Airbus", "Tecnológico de Monterrey"),
    ),
    row(
        "list",
        "fr",
        "Le groupe Atos s'associe avec IBM, HP et Cisco pour ce projet.",
        pair("Atos", "IBM"),
        pair("Atos", "HP"),
        pair("Atos", "Cisco"),
    ),
    row(
        "list",
        "fr",
        "Lundi, Capgemini a annoncé des partenariats avec Microsoft et Google.",
        pair("Capgemini", "Microsoft"),
        pair("Capgemini", "Google"),
    ),
    row(
        "joint",
        "fr",
        "À Paris, Renault et Nissan ont signé un accord.",
        pair("Renault", "Nissan"),
    ),
    row(
        "joint",
        "fr",
        "Michelin et l'Université de Guadalajara ont signé un accord.",
        pair("Michelin", "Universidad de Guadalajara"),
    ),
)


@pytest.mark.parametrize(("lang", "text", "expected"), PARTNERSHIPS)
def test_partnerships(lang: str, text: str, expected: list[frozenset[str]]) -> None:
    actual = [frozenset((f.a.label, f.b.label)) for f in facts_of(lang, text, Partnership)]
    assert_same(actual, expected, lambda a, e: a == e)


# --- claims ------------------------------------------------------------------------------------

CLAIMS = table(
    # jobs, direct and indirect
    row(
        "jobs",
        "fr",
        "Jean Morel, PDG de Lumière Textiles, a annoncé que l'usine créera 2 000 emplois directs.",
        Claimed("Lumière Textiles", "jobs", 2000),
    ),
    row(
        "jobs",
        "en",
        "Kia will invest $1 billion in Nuevo León. "
        "The plant will create 2,000 direct jobs and 6,000 indirect jobs.",
        Claimed("Kia", "jobs", 2000),
        Claimed("Kia", "jobs", 6000),
    ),
    row(
        "jobs",
        "en",
        "Foxconn will hire 1,500 workers at its Jalisco factory.",
        Claimed("Foxconn", "jobs", 1500),
    ),
    row(
        "jobs",
        "es",
        "La planta de Kia generará 2.000 empleos directos y 6.000 indirectos.",
        Claimed("Kia", "jobs", 2000),
        Claimed("Kia", "jobs", 6000),
    ),
    row(
        "jobs",
        "es",
        "Foxconn contratará a 1.500 trabajadores en su fábrica de Jalisco.",
        Claimed("Foxconn", "jobs", 1500),
    ),
    row(
        "jobs",
        "fr",
        "L'usine de Renault créera 1 500 emplois directs et 4 000 emplois indirects.",
        Claimed("Renault", "jobs", 1500),
        Claimed("Renault", "jobs", 4000),
    ),
    row(
        "jobs",
        "fr",
        "Airbus recrutera 300 salariés à Querétaro.",
        Claimed("Airbus", "jobs", 300),
    ),
    # trainees
    row(
        "trainees",
        "en",
        "Microsoft will train 10,000 people in cybersecurity across Mexico.",
        Claimed("Microsoft", "trainees", 10_000),
    ),
    row(
        "trainees",
        "en",
        "Cisco plans to train 2,000 students in networking.",
        Claimed("Cisco", "trainees", 2000),
    ),
    row(
        "trainees",
        "es",
        "Google capacitará a 5.000 personas en inteligencia artificial.",
        Claimed("Google", "trainees", 5000),
    ),
    row(
        "trainees",
        "es",
        "Oracle formará a 3.000 jóvenes en programación.",
        Claimed("Oracle", "trainees", 3000),
    ),
    row(
        "trainees",
        "fr",
        "Orange formera 20 000 jeunes au numérique.",
        Claimed("Orange", "trainees", 20_000),
    ),
    row(
        "trainees",
        "fr",
        "Capgemini va former 1 000 étudiants à l'intelligence artificielle.",
        Claimed("Capgemini", "trainees", 1000),
    ),
    # contribution to GDP
    row(
        "gdp",
        "en",
        "Tesla's plant will add $2 billion to the GDP of Nuevo León.",
        Claimed("Tesla", "gdp_contribution", 2 * B),
    ),
    row(
        "gdp",
        "en",
        "The data centers of Amazon Web Services will contribute $10 billion to Mexico's GDP.",
        Claimed("Amazon Web Services", "gdp_contribution", 10 * B),
    ),
    row(
        "gdp",
        "es",
        "El parque eólico de Iberdrola aportará 1.000 millones de dólares al PIB de Oaxaca.",
        Claimed("Iberdrola", "gdp_contribution", 1 * B),
    ),
    row(
        "gdp",
        "es",
        "Según Microsoft, la nube sumará 500 millones de dólares al PIB de México.",
        Claimed("Microsoft", "gdp_contribution", 500 * M),
    ),
    row(
        "gdp",
        "fr",
        "Le projet de TotalEnergies ajoutera 500 millions de dollars au PIB du Brésil.",
        Claimed("TotalEnergies", "gdp_contribution", 500 * M),
    ),
    row(
        "gdp",
        "fr",
        "Selon Google, ses centres de données apporteront 2 milliards de dollars au PIB du Chili.",
        Claimed("Google", "gdp_contribution", 2 * B),
    ),
    # people reached
    row(
        "reached",
        "en",
        "Starlink aims to reach 1 million people in rural Peru.",
        Claimed("Starlink", "people_reached", 1 * M),
    ),
    row(
        "reached",
        "en",
        "The Telmex program will connect 300,000 students to the internet.",
        Claimed("Telmex", "people_reached", 300_000),
    ),
    row(
        "reached",
        "es",
        "Telmex busca llegar a 1 millón de personas con el programa.",
        Claimed("Telmex", "people_reached", 1 * M),
    ),
    row(
        "reached",
        "es",
        "La red de AT&T beneficiará a 200.000 usuarios en Oaxaca.",
        Claimed("AT&T", "people_reached", 200_000),
    ),
    row(
        "reached",
        "fr",
        "Le programme de Google permettra d'atteindre 2 millions de personnes.",
        Claimed("Google", "people_reached", 2 * M),
    ),
    row(
        "reached",
        "fr",
        "Le réseau d'Orange connectera 500 000 habitants au Pérou.",
        Claimed("Orange", "people_reached", 500_000),
    ),
    # with periods
    row(
        "period",
        "en",
        "Amazon will create 5,000 jobs over the next five years.",
        Claimed("Amazon", "jobs", 5000, "over the next five years"),
    ),
    row(
        "period",
        "en",
        "IBM will train 50,000 students by 2030.",
        Claimed("IBM", "trainees", 50_000, "by 2030"),
    ),
    row(
        "period",
        "es",
        "Walmart de México creará 3.000 empleos en los próximos dos años.",
        Claimed("Walmart de México", "jobs", 3000, "en los próximos dos años"),
    ),
    row(
        "period",
        "es",
        "Cisco capacitará a 40.000 estudiantes para 2027.",
        Claimed("Cisco", "trainees", 40_000, "para 2027"),
    ),
    row(
        "period",
        "fr",
        "Airbus créera 800 emplois d'ici 2027.",
        Claimed("Airbus", "jobs", 800, "d'ici 2027"),
    ),
    row(
        "period",
        "fr",
        "Le groupe Orange formera 10 000 jeunes sur les trois prochaines années.",
        Claimed("Orange", "trainees", 10_000, "sur les trois prochaines années"),
    ),
)


@pytest.mark.parametrize(("lang", "text", "expected"), CLAIMS)
def test_claims(lang: str, text: str, expected: list[Claimed]) -> None:
    actual = [
        Claimed(f.subject.label, f.claim, f.value, f.period.text if f.period else None)
        for f in facts_of(lang, text, Claim)
    ]

    def same(a: Claimed, e: Claimed) -> bool:
        return a._replace(value=0) == e._replace(value=0) and close(a.value, e.value)

    assert_same(actual, expected, same)


# --- reported speech ---------------------------------------------------------------------------

SPEECH = table(
    row(
        "according-to",
        "en",
        "According to Laura Méndez, Cemex will invest $500 million in Jalisco.",
        "Laura Méndez",
    ),
    row(
        "according-to",
        "en",
        "Nissan will hire 1,000 workers in Aguascalientes, according to Emilio Vargas.",
        "Emilio Vargas",
    ),
    row(
        "said",
        "en",
        "Cemex will invest $500 million in Jalisco, said Laura Méndez.",
        "Laura Méndez",
    ),
    row(
        "said",
        "en",
        "Javier Morales said Volkswagen would invest $1 billion in Puebla.",
        "Javier Morales",
    ),
    row(
        "announced",
        "en",
        "Cemex announced a partnership with IBM.",
        "Cemex",
    ),
    row(
        "quote",
        "en",
        '"Volkswagen will invest $1 billion in Puebla," Javier Morales told reporters.',
        "Javier Morales",
    ),
    row(
        "quote",
        "en",
        '"We will train 5,000 students with Cisco," said Ana Torres, director of the program.',
        "Ana Torres",
    ),
    row(
        "segun",
        "es",
        "Según Rosa Delgado, Bimbo invertirá 100 millones de dólares en Sonora.",
        "Rosa Delgado",
    ),
    row(
        "segun",
        "es",
        "De acuerdo con Marta Cisneros, Pemex contratará a 2.000 trabajadores en Tabasco.",
        "Marta Cisneros",
    ),
    row(
        "dijo",
        "es",
        "Bimbo invertirá 100 millones de dólares en Sonora, dijo Rosa Delgado.",
        "Rosa Delgado",
    ),
    row(
        "anuncio",
        "es",
        "Cemex anunció una alianza con IBM.",
        "Cemex",
    ),
    row(
        "dijo",
        "es",
        "Ramiro Ochoa afirmó que Honda invertirá 200 millones de dólares en Jalisco.",
        "Ramiro Ochoa",
    ),
    row(
        "quote",
        "es",
        "«Honda invertirá 200 millones de dólares en Jalisco», afirmó Ramiro Ochoa.",
        "Ramiro Ochoa",
    ),
    row(
        "quote",
        "es",
        '"Capacitaremos a 3.000 jóvenes junto con Google", dijo Daniela Ruiz, directora de la '
        "Secretaría de Educación Pública.",
        "Daniela Ruiz",
    ),
    row(
        "selon",
        "fr",
        "Selon Julie Laurent, Danone investira 50 millions d'euros au Mexique.",
        "Julie Laurent",
    ),
    row(
        "selon",
        "fr",
        "D'après Olivier Blanc, Airbus formera 500 jeunes à Querétaro.",
        "Olivier Blanc",
    ),
    row(
        "a-declare",
        "fr",
        "Le groupe Danone investira 50 millions d'euros au Mexique, a déclaré Julie Laurent.",
        "Julie Laurent",
    ),
    row(
        "a-annonce",
        "fr",
        "Lundi, Orange a annoncé un partenariat avec Ericsson au Mexique.",
        "Orange",
    ),
    row(
        "a-declare",
        "fr",
        "Olivier Blanc a déclaré qu'Airbus investira 80 millions d'euros au Mexique.",
        "Olivier Blanc",
    ),
    row(
        "quote",
        "fr",
        "« Stellantis créera 1 000 emplois au Brésil », a souligné Marc Petit.",
        "Marc Petit",
    ),
    row(
        "quote",
        "fr",
        "« Nous investirons 30 millions d'euros au Chili », a déclaré Léa Fontaine, "
        "directrice de Veolia.",
        "Léa Fontaine",
    ),
)


@pytest.mark.parametrize(("lang", "text", "expected"), SPEECH)
def test_speaker(lang: str, text: str, expected: list[str]) -> None:
    """Every fact of a one-sentence statement is attributed to its speaker."""
    facts = extraction(lang, text).facts
    assert facts, "no fact read"
    speakers = [f.evidence.speaker.label if f.evidence.speaker else None for f in facts]
    assert speakers == expected * len(facts), [
        (f.kind, s) for f, s in zip(facts, speakers, strict=True)
    ]


# --- page furniture ----------------------------------------------------------------------------

FURNITURE = table(
    row(
        "also-read",
        "en",
        "Kia will invest $1 billion in Nuevo León.",
        "Also read: Toyota will invest $500 million in Guanajuato",
    ),
    row(
        "also-read",
        "en",
        "Kia will invest $1 billion in Nuevo León.",
        "Also read: Huawei forms an alliance with UNAM to train engineers",
    ),
    row(
        "lee-tambien",
        "es",
        "Kia invertirá 1.000 millones de dólares en Nuevo León.",
        "Lee también: Nissan invertirá 700 millones de dólares en Aguascalientes",
    ),
    row(
        "lee-tambien",
        "es",
        "Kia invertirá 1.000 millones de dólares en Nuevo León.",
        "Lee también: Google capacitará a 5.000 personas en Jalisco",
    ),
    row(
        "lire-aussi",
        "fr",
        "Stellantis investira 300 millions d'euros au Brésil.",
        "Lire aussi : Airbus investira 500 millions de dollars au Mexique",
    ),
    row(
        "lire-aussi",
        "fr",
        "Stellantis investira 300 millions d'euros au Brésil.",
        "Lire aussi : Safran annonce un partenariat avec Embraer au Brésil",
    ),
)


@pytest.mark.parametrize(("lang", "body", "lines"), FURNITURE)
def test_furniture(lang: str, body: str, lines: list[str]) -> None:
    """Facts read from an 'Also read:' line are kept with a confidence below 0.5; the same
    words as a body sentence are read with full confidence."""
    (line,) = lines
    text = f"{body}\n\n{line}\n"
    facts = extraction(lang, text).facts
    where = text.index(line)
    in_body = [f for f in facts if f.evidence.sentence_begin < where]
    in_line = [f for f in facts if f.evidence.sentence_begin >= where]
    assert in_body and all(f.evidence.confidence >= 0.5 for f in in_body), in_body
    assert in_line and all(f.evidence.confidence < 0.5 for f in in_line), in_line
    # the line without its label is a sentence the rules read
    bare = line.split(":", 1)[1].strip() + "."
    assert any(f.evidence.confidence >= 0.5 for f in extraction(lang, bare).facts), bare
