"""Money, quantities and periods: tables of (lang, invented sentence, expected mentions).

Every sentence here is invented for the test. Each table row also checks the invariant every
recognizer keeps: `text[m.begin:m.end] == m.text`, inside the searched range, sorted by begin.
"""

from __future__ import annotations

import pytest

from kg.model import LANGS, Mention
from kg.recognize.amounts import find_money, find_periods, find_quantities, parse_number
from kg.text import LANG_DIR, lang_table

B = 1e9
M = 1e6

MONEY = [
    ("en", "It will invest $1.3 billion in Monterrey.", [(1.3 * B, "USD", None)]),
    ("en", "The deal is worth $1.3B.", [(1.3 * B, "USD", None)]),
    ("en", "A plan of US $5 billion was announced.", [(5 * B, "USD", None)]),
    ("en", "A plan of US$5 billion was announced.", [(5 * B, "USD", None)]),
    ("en", "Revenue reached US$865mn last year.", [(865 * M, "USD", None)]),
    ("en", "The fund holds 800mn euros.", [(800 * M, "EUR", None)]),
    ("en", "They pledged five billion dollars.", [(5 * B, "USD", None)]),
    ("en", "They pledged a billion dollars.", [(1 * B, "USD", None)]),
    ("en", "The bank lent 1.5 million pesos.", [(1.5 * M, "MXN", None)]),
    ("en", "Tickets cost 900 USD each.", [(900, "USD", None)]),
    ("en", "Its bid was €1.1bn.", [(1.1 * B, "EUR", None)]),
    ("en", "Its bid was US$ 1.1 bln.", [(1.1 * B, "USD", None)]),
    ("en", "The loan is USD 30 million.", [(30 * M, "USD", None)]),
    ("en", "Sales hit $277 billion.", [(277 * B, "USD", None)]),
    ("en", "It raised 10 M USD.", [(10 * M, "USD", None)]),
    ("en", "A $1.3-billion plant.", [(1.3 * B, "USD", None)]),
    (
        "en",
        "It costs R$ 200 million and C$ 40 million.",
        [(200 * M, "BRL", None), (40 * M, "CAD", None)],
    ),
    ("en", "Prices in MX$ 500 and 20 MXN.", [(500, "MXN", None), (20, "MXN", None)]),
    ("en", "It will spend more than $2 billion.", [(2 * B, "USD", "more than")]),
    ("en", "It will spend over $2 billion.", [(2 * B, "USD", "more than")]),
    ("en", "It will spend up to $2 billion.", [(2 * B, "USD", "up to")]),
    ("en", "It will spend about $2 billion.", [(2 * B, "USD", "about")]),
    ("en", "It will spend around $2 billion.", [(2 * B, "USD", "about")]),
    ("en", "It will spend nearly $2 billion.", [(2 * B, "USD", "about")]),
    ("en", "It will spend almost $2 billion.", [(2 * B, "USD", "about")]),
    ("en", "It will spend at least $2 billion.", [(2 * B, "USD", "at least")]),
    ("en", "It will spend less than $2 billion.", [(2 * B, "USD", "less than")]),
    ("es", "Invertirá 5,000 millones de dólares en Querétaro.", [(5 * B, "USD", None)]),
    ("es", "Invertirá 5.000 millones de dólares en Querétaro.", [(5 * B, "USD", None)]),
    ("es", "Invertirá cinco mil millones de dólares.", [(5 * B, "USD", None)]),
    ("es", "Invertirá 1,3 mil millones de dólares.", [(1.3 * B, "USD", None)]),
    ("es", "Anunció US$ 50 mdd para la planta.", [(50 * M, "USD", None)]),
    ("es", "Anunció 300 mdp para escuelas.", [(300 * M, "MXN", None)]),
    ("es", "El plan suma 1.500 millones de euros.", [(1.5 * B, "EUR", None)]),
    ("es", "Aportará 23.000 millones de reales.", [(23_000 * M, "BRL", None)]),
    ("es", "La deuda llega a dos billones de pesos.", [(2e12, "MXN", None)]),
    ("es", "Costará un millón de dólares.", [(1 * M, "USD", None)]),
    ("es", "Costará 1.5 millones de pesos colombianos.", [(1.5 * M, "COP", None)]),
    ("es", "Destinará más de 5.000 millones de dólares.", [(5 * B, "USD", "more than")]),
    ("es", "Destinará hasta 200 millones de dólares.", [(200 * M, "USD", "up to")]),
    ("es", "Destinará alrededor de 200 millones de dólares.", [(200 * M, "USD", "about")]),
    ("es", "Destinará unos 200 millones de dólares.", [(200 * M, "USD", "about")]),
    ("es", "Destinará unas 200 millones de dólares.", [(200 * M, "USD", "about")]),
    ("es", "Destinará cerca de 200 millones de dólares.", [(200 * M, "USD", "about")]),
    ("es", "Destinará casi 200 millones de dólares.", [(200 * M, "USD", "about")]),
    ("es", "Destinará al menos 200 millones de dólares.", [(200 * M, "USD", "at least")]),
    ("fr", "Il investira 2,3 milliards de dollars au Mexique.", [(2.3 * B, "USD", None)]),
    ("fr", "Il investira 2,5 milliards de dollars.", [(2.5 * B, "USD", None)]),
    ("fr", "Le groupe vise 850 milliards de wons.", [(850 * B, "KRW", None)]),
    ("fr", "Le budget est de 40 000 millions de pesos.", [(40_000 * M, "MXN", None)]),
    ("fr", "Le budget est de 40\u202f000 millions de pesos.", [(40_000 * M, "MXN", None)]),
    ("fr", "Une levée de 19 Mds USD.", [(19 * B, "USD", None)]),
    ("fr", "Une levée de 10 M€.", [(10 * M, "EUR", None)]),
    ("fr", "Il coûte 5 000 € par mois.", [(5000, "EUR", None)]),
    ("fr", "Il coûte deux milliards d'euros.", [(2 * B, "EUR", None)]),
    ("fr", "Le billion de dollars: 3 billions de dollars.", [(3e12, "USD", None)]),
    ("fr", "Il apporte plus de 2 milliards de dollars.", [(2 * B, "USD", "more than")]),
    ("fr", "Il apporte plus d'un milliard d'euros.", [(1 * B, "EUR", "more than")]),
    ("fr", "Il apporte jusqu'à 2 milliards de dollars.", [(2 * B, "USD", "up to")]),
    ("fr", "Il apporte jusqu’à 2 milliards de dollars.", [(2 * B, "USD", "up to")]),
    ("fr", "Il apporte environ 2 milliards de dollars.", [(2 * B, "USD", "about")]),
    ("fr", "Il apporte près de 2 milliards de dollars.", [(2 * B, "USD", "about")]),
    ("fr", "Il apporte quelque 2 milliards de dollars.", [(2 * B, "USD", "about")]),
    ("fr", "Il apporte au moins 2 milliards de dollars.", [(2 * B, "USD", "at least")]),
    # not money
    ("en", "Growth was 58.9% in 2025.", []),
    ("en", "It opened in 2025 with 300 staff.", []),
    ("es", "Crecerá 50.7 por ciento en 2030.", []),
    ("fr", "Une hausse de 38 pour cent.", []),
    ("en", "A billion reasons, millions of dollars.", []),
    # a thousand word then digits: one number ("3 mil 200", "mil 400")
    ("es", "Invertirá 3 mil 200 millones de dólares.", [(3.2 * B, "USD", None)]),
    ("es", "Suma mil 400 millones de pesos.", [(1.4 * B, "MXN", None)]),
    ("es", "Son cuatro mil 50 millones de dólares.", [(4.05 * B, "USD", None)]),
    # a comma and three digits before "millions" group thousands, in French too
    ("fr", "Un plan de 12,500 millions de réais.", [(12.5 * B, "BRL", None)]),
    ("fr", "Un plan de 3,125 milliards d'euros.", [(3.125 * B, "EUR", None)]),
    ("en", "A plan of 12,500 million reais.", [(12.5 * B, "BRL", None)]),
    # "US" after the amount, the Dominican peso sign
    ("fr", "Le fonds apporte 300 millions US.", [(300 * M, "USD", None)]),
    ("es", "Una obra de RD$450 millones.", [(450 * M, "DOP", None)]),
    # the quetzal's "Q" glued to a scaled number; a glued "Q3" is a quarter, no amount
    ("es", "Una planta de Q620 millones.", [(620 * M, "GTQ", None)]),
    ("es", "Las ventas del Q3 subieron y costó Q45.", []),
    (
        "en",
        "A BZ$96 million plant and a G$12 billion mill.",
        [(96 * M, "BZD", None), (12e9, "GYD", None)],
    ),
    ("fr", "Une usine de 96 millions BZD.", [(96 * M, "BZD", None)]),
    # the Trinidad and Tobago and Jamaican dollar signs
    (
        "en",
        "A TT$340 million yard and a J$2 billion centre.",
        [(340 * M, "TTD", None), (2 * B, "JMD", None)],
    ),
    ("es", "Un astillero de TT$340 millones.", [(340 * M, "TTD", None)]),
    ("fr", "Un chantier de 340 millions TTD.", [(340 * M, "TTD", None)]),
    # a bare "$" before a peso word is the peso's sign; Argentine "U$S", Panama's balboa
    ("es", "Costará $500 millones de pesos.", [(500 * M, "MXN", None)]),
    ("es", "Costará $ 2.000 millones de pesos colombianos.", [(2 * B, "COP", None)]),
    ("en", "It costs $500 million pesos.", [(500 * M, "MXN", None)]),
    ("es", "Costará US$500 millones.", [(500 * M, "USD", None)]),
    ("es", "Invertirá U$S 500 millones.", [(500 * M, "USD", None)]),
    ("es", "Invertirá 45 millones de balboas.", [(45 * M, "PAB", None)]),
    ("fr", "Il investira 45 millions de balboas.", [(45 * M, "PAB", None)]),
    ("en", "It will invest 45 million balboas.", [(45 * M, "PAB", None)]),
    ("es", "Invertirá 100 millones de nuevos soles.", [(100 * M, "PEN", None)]),
    ("es", "Invertirá ₡5.000 millones.", [(5 * B, "CRC", None)]),
    # the signs of the quetzal, the Uruguayan peso, the balboa and the guaraní
    ("es", "Invertirá Q 400 millones en Escuintla.", [(400 * M, "GTQ", None)]),
    ("en", "It will invest Q 400 million in Escuintla.", [(400 * M, "GTQ", None)]),
    ("fr", "Il investira Q 400 millions à Escuintla.", [(400 * M, "GTQ", None)]),
    ("es", "Aportará $U 300 millones.", [(300 * M, "UYU", None)]),
    ("en", "It will invest $U 300 million.", [(300 * M, "UYU", None)]),
    ("fr", "Il apportera B/. 50 millions.", [(50 * M, "PAB", None)]),
    ("es", "Costará B/. 50 millones.", [(50 * M, "PAB", None)]),
    ("es", "Costará ₲ 500 millones.", [(500 * M, "PYG", None)]),
    # a year before a range word and an amount with its own sign is no first amount
    ("en", "Sales rose in 2024 to $5 million.", [(5 * M, "USD", None)]),
    ("es", "Las ventas subieron en 2024 a US$5 millones.", [(5 * M, "USD", None)]),
    ("fr", "Les ventes sont passées en 2024 à US$ 5 millions.", [(5 * M, "USD", None)]),
    # the first amount of a range or pair takes the scale and currency of the second
    (
        "en",
        "It rose from US$1,500 to US$1,900 million.",
        [(1.5 * B, "USD", None), (1.9 * B, "USD", None)],
    ),
    ("es", "Con 40 y 75 millones de dólares.", [(40 * M, "USD", None), (75 * M, "USD", None)]),
    (
        "es",
        "Recibirán 1,074, 586, y 484 millones de pesos.",
        [(1.074 * B, "MXN", None), (586 * M, "MXN", None), (484 * M, "MXN", None)],
    ),
    (
        "fr",
        "Avec 20, 30 et 40 millions d'euros.",
        [(20 * M, "EUR", None), (30 * M, "EUR", None), (40 * M, "EUR", None)],
    ),
    ("es", "En 2019, 2020 y 2021 hubo 5 millones de dólares.", [(5 * M, "USD", None)]),
    ("fr", "Entre 20 et 30 millions d'euros.", [(20 * M, "EUR", None), (30 * M, "EUR", None)]),
    ("es", "Entre 2019 y 2021 hubo 5 millones de dólares.", [(5 * M, "USD", None)]),
    # a later scaled number of the sentence that leaves the currency out takes the earlier's
    (
        "es",
        "Vendió 500 millones de dólares y prevé invertir 30 millones en Chile.",
        [(500 * M, "USD", None), (30 * M, "USD", None)],
    ),
    (
        "en",
        "Vextra will invest $100 million in Sonora, while Brisco will invest 40 million in Lima.",
        [(100 * M, "USD", None), (40 * M, "USD", None)],
    ),
    (
        "fr",
        "Ormeda investira 200 millions d'euros au Chili et Brisco 50 millions au Pérou.",
        [(200 * M, "EUR", None), (50 * M, "EUR", None)],
    ),
    # ... but not past a parenthesis, nor when the number counts a noun
    ("en", "It spent $10 million (up from 8 million).", [(10 * M, "USD", None)]),
    (
        "es",
        "Invirtió 10 millones de dólares en una ciudad de 2 millones de habitantes.",
        [(10 * M, "USD", None)],
    ),
    # "millardos", the Mexican peso written "MXN$"
    ("es", "Invertirá US$1,5 millardos.", [(1.5 * B, "USD", None)]),
    ("es", "Invertirá MXN$500 millones.", [(500 * M, "MXN", None)]),
]

QUANTITIES = [
    ("en", "It will create 7,000 jobs.", [(7000, "jobs", None)]),
    ("en", "It will create 7,000 new jobs.", [(7000, "jobs", None)]),
    ("en", "It will create 7,000 highly qualified and full-time jobs.", [(7000, "jobs", None)]),
    ("en", "It reaches 400,000 people.", [(400_000, "people", None)]),
    ("en", "It will create seven thousand jobs.", [(7000, "jobs", None)]),
    ("en", "It trains 5 million individuals.", [(5 * M, "individuals", None)]),
    ("en", "It supports 30,000 SMEs.", [(30_000, "smes", None)]),
    ("en", "It supports more than 30,000 SMEs.", [(30_000, "smes", "more than")]),
    ("en", "It hires up to 500 engineers.", [(500, "engineers", "up to")]),
    ("en", "Its share is 58.9% now.", [(58.9, "percent", None)]),
    ("en", "Its share is 12 percent now.", [(12, "percent", None)]),
    ("en", "It created 2000 jobs.", [(2000, "jobs", None)]),
    ("es", "Generará 10.000 empleos.", [(10_000, "empleos", None)]),
    ("es", "Generará 6.500 contrataciones.", [(6500, "contrataciones", None)]),
    ("es", "Beneficiará a 450,000 personas.", [(450_000, "personas", None)]),
    ("es", "Beneficiará a 5 millones de personas.", [(5 * M, "personas", None)]),
    ("es", "Generará unos 3.000 nuevos empleos.", [(3000, "empleos", "about")]),
    ("es", "Generará cinco mil empleos.", [(5000, "empleos", None)]),
    ("es", "Generará mil empleos.", [(1000, "empleos", None)]),
    ("es", "Subió 50.7 por ciento.", [(50.7, "percent", None)]),
    ("es", "Subió 50,7 %.", [(50.7, "percent", None)]),
    ("fr", "Il créera 7 000 emplois.", [(7000, "emplois", None)]),
    ("fr", "Il créera 7\u00a0000 emplois.", [(7000, "emplois", None)]),
    ("fr", "Il forme 20 000 jeunes.", [(20_000, "jeunes", None)]),
    ("fr", "Il créera 2 millions d'emplois.", [(2 * M, "emplois", None)]),
    ("fr", "Il touche un demi-million de personnes.", [(500_000, "personnes", None)]),
    ("fr", "Il créera quinze emplois.", [(15, "emplois", None)]),
    ("fr", "Il créera près de 300 emplois.", [(300, "emplois", "about")]),
    ("fr", "La part atteint 38 pour cent.", [(38, "percent", None)]),
    # not quantities
    ("en", "It invested $5 billion in 2025.", []),
    ("en", "In 2025 companies grew.", []),
    ("en", "The Plan 2030 was signed.", []),
    ("en", "It was signed on 14/01/2025.", []),
    ("en", "It was signed on 14.01.2025 at 10:30.", []),
    ("en", "It was signed on January 14, 2025.", []),
    ("en", "It was signed on 14 January 2025.", []),
    ("en", "Call +52 55 1234 5678 or 555-1234.", []),
    ("en", "It ranked 1st and 2nd among 5G and 3D firms.", []),
    ("en", "COVID-19 cases fell.", []),
    ("en", "It grew for 15 years.", []),
    ("en", "One of them left.", []),
    ("es", "Se firmó el 14 de enero de 2025.", []),
    ("es", "Se firmó en 2030 y el 2º lugar.", []),
    ("es", "Miles de millones de personas.", []),
    ("fr", "Signé le 14 janvier 2025.", []),
    ("fr", "Il est arrivé 2e sur 5 ans.", []),
    ("fr", "Un accord et une loi.", []),
]

PERIODS = [
    ("en", "It will invest over the next 15 years.", [("P15Y", None, None)]),
    ("en", "It will invest over the next three years.", [("P3Y", None, None)]),
    ("en", "It will invest within three years.", [("P3Y", None, None)]),
    ("en", "It will invest within a year.", [("P1Y", None, None)]),
    ("en", "It will invest over the next decade.", [("P10Y", None, None)]),
    ("en", "It will invest over the next six months.", [("P6M", None, None)]),
    ("en", "A five-year plan, not a 20-year-old one.", [("P5Y", None, None)]),
    ("en", "It pays $5 million per year.", [("P1Y", None, "per")]),
    ("en", "It pays $5 million a year.", [("P1Y", None, "per")]),
    ("en", "It opened a year ago.", []),
    ("en", "It opens this year.", [("", None, "this year")]),
    ("en", "It opens by 2030.", [("", 2030.0, "by")]),
    ("en", "It opens by the end of 2025.", [("", 2025.0, "by")]),
    ("en", "It opens in the coming years.", [("", None, None)]),
    ("es", "Invertirá en los próximos tres años.", [("P3Y", None, None)]),
    ("es", "Invertirá durante los próximos dos años.", [("P2Y", None, None)]),
    ("es", "Invertirá 5 millones al año.", [("P1Y", None, "per")]),
    ("es", "Ventas anuales de 3 millones.", [("P1Y", None, "per")]),
    ("es", "Abrirá este año.", [("", None, "this year")]),
    ("es", "Abrirá a lo largo de este año.", [("", None, "this year")]),
    ("es", "Abrirá para 2030.", [("", 2030.0, "by")]),
    ("es", "Operará hasta 2030.", [("", 2030.0, "by")]),
    ("es", "Se firmó en 2030 con el Plan 2030.", []),
    ("fr", "Il investira sur les 15 prochaines années.", [("P15Y", None, None)]),
    ("fr", "Il investira au cours des cinq prochaines années.", [("P5Y", None, None)]),
    ("fr", "Il investira 2 milliards par an.", [("P1Y", None, "per")]),
    ("fr", "Il ouvrira cette année.", [("", None, "this year")]),
    ("fr", "Il ouvrira d'ici 2030.", [("", 2030.0, "by")]),
    ("fr", "Il ouvrira d’ici 2030.", [("", 2030.0, "by")]),
    ("fr", "Il ouvrira d'ici cinq ans.", [("P5Y", None, None)]),
    ("fr", "Il ouvrira sur six mois.", [("P6M", None, None)]),
]

NUMBERS = [
    ("en", "5,000", 5000),
    ("es", "5,000", 5000),
    ("fr", "2,3", 2.3),
    ("es", "1.500", 1500),
    ("en", "1.5", 1.5),
    ("en", "2,45", 2.45),
    ("es", "2,45", 2.45),
    ("fr", "40 000", 40000),
    ("fr", "40\u00a0000", 40000),
    ("fr", "40\u202f000", 40000),
    ("en", "1,234,567.89", 1234567.89),
    ("es", "1.234.567,89", 1234567.89),
    ("fr", "1 234 567,89", 1234567.89),
    ("en", "five", 5),
    ("en", "seven thousand", 7000),
    ("en", "two hundred and fifty", 250),
    ("es", "cinco mil", 5000),
    ("es", "tres", 3),
    ("es", "treinta y cinco", 35),
    ("fr", "quinze", 15),
    ("fr", "soixante et onze", 71),
    ("en", "a billion", 1e9),
    ("es", "un millón", 1e6),
    ("fr", "une centaine", None),
    ("fr", "un milliard", 1e9),
    ("fr", "2,3 milliards", 2.3e9),
    ("en", "1.3 billion", 1.3e9),
    ("en", "a", None),
    ("es", "un", None),
    ("fr", "une", None),
    ("en", "millions", None),
    ("en", "5G", None),
    ("en", "58%", None),
    ("en", "jobs", None),
    ("en", "", None),
]


def rounded(rows) -> list[tuple]:
    """Rows with their float values rounded, so 1.3 * 1e9 equals 1300000000.0."""
    return [tuple(round(v, 6) if isinstance(v, float) else v for v in row) for row in rows]


def check_offsets(text: str, mentions: list[Mention], begin: int = 0, end: int | None = None):
    end = len(text) if end is None else end
    for m in mentions:
        assert text[m.begin : m.end] == m.text
        assert begin <= m.begin < m.end <= end
    assert [m.begin for m in mentions] == sorted(m.begin for m in mentions)


@pytest.mark.parametrize(("lang", "text", "expected"), MONEY)
def test_money(lang: str, text: str, expected: list[tuple]):
    found = find_money(text, lang)
    check_offsets(text, found)
    assert rounded((m.value, m.unit, m.qualifier) for m in found) == rounded(expected)
    assert all(m.kind == "money" for m in found)


@pytest.mark.parametrize(("lang", "text", "expected"), QUANTITIES)
def test_quantities(lang: str, text: str, expected: list[tuple]):
    found = find_quantities(text, lang)
    check_offsets(text, found)
    assert rounded((m.value, m.unit, m.qualifier) for m in found) == rounded(expected)
    assert all(m.kind == "quantity" and m.label for m in found)


@pytest.mark.parametrize(("lang", "text", "expected"), PERIODS)
def test_periods(lang: str, text: str, expected: list[tuple]):
    found = find_periods(text, lang)
    check_offsets(text, found)
    assert [(m.label, m.value, m.qualifier) for m in found] == expected
    assert all(m.kind == "period" for m in found)


@pytest.mark.parametrize(("lang", "token", "expected"), NUMBERS)
def test_parse_number(lang: str, token: str, expected: float | None):
    assert parse_number(token, lang) == pytest.approx(expected)


@pytest.mark.parametrize(("lang", "text", "expected"), MONEY + QUANTITIES + PERIODS)
def test_offsets_in_a_window(lang: str, text: str, expected: list):
    """Searching a sentence inside a longer text finds it at the right offsets, nothing outside."""
    before, after = "Nothing 5 000 here. ", " And 2 billion dollars after."
    whole = before + text + after
    begin, end = len(before), len(before) + len(text)
    for find in (find_money, find_quantities, find_periods):
        inside = find(whole, lang, begin, end)
        check_offsets(whole, inside, begin, end)
        alone = find(text, lang)
        assert [(m.begin - begin, m.text, m.value) for m in inside] == [
            (m.begin, m.text, m.value) for m in alone
        ]


def test_spans_leave_the_qualifier_out():
    text = "It will spend more than US$5 billion and hire about 7,000 new jobs."
    (money,) = find_money(text, "en")
    (jobs,) = find_quantities(text, "en")
    assert (money.text, money.qualifier) == ("US$5 billion", "more than")
    assert (jobs.text, jobs.label, jobs.qualifier) == ("7,000 new jobs", "jobs", "about")


def test_quantity_label_is_the_folded_unit():
    (m,) = find_quantities("Está presente en 18 Países.", "es")
    assert (m.text, m.unit, m.label) == ("18 Países", "países", "paises")


@pytest.mark.parametrize(
    ("lang", "text", "peso"),
    [("es", "Costará 400 millones de pesos.", "COP"), ("en", "It costs 9 million pesos.", "CLP")],
)
def test_default_peso(lang: str, text: str, peso: str):
    assert [m.unit for m in find_money(text, lang, default_peso=peso)] == [peso]
    assert [m.unit for m in find_money(text, lang)] == ["MXN"]


def test_money_and_quantity_never_share_a_number():
    text = "Invertirá 500 millones de dólares y 20 millones de personas se beneficiarán."
    money = find_money(text, "es")
    quantities = find_quantities(text, "es")
    assert [m.value for m in money] == [500e6]
    assert [m.unit for m in quantities] == ["personas"]
    assert not {(m.begin, m.end) for m in money} & {(m.begin, m.end) for m in quantities}


@pytest.mark.parametrize("lang", LANGS)
def test_data_files_have_a_header_and_known_columns(lang: str):
    for name, kinds in [
        ("scales", None),
        ("currencies", {"before", "after", "both"}),
        ("qualifiers", {"amount", "unit"}),
        ("periods", {"unit", "units", "span", "rate", "current", "by"}),
    ]:
        path = LANG_DIR / lang / f"{name}.txt"
        assert path.read_text(encoding="utf-8").startswith("# "), path
        rows = lang_table(lang, name)
        assert rows, path
        if name == "currencies":
            assert {r[2] for r in rows} <= kinds
            assert all(r[1] == "*" or (len(r[1]) == 3 and r[1].isupper()) for r in rows)
        elif name == "qualifiers":
            assert {r[1] for r in rows} <= kinds
        elif name == "periods":
            assert {r[0] for r in rows} <= kinds
