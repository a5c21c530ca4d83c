"""The article's main organization and what 'the company' / 'la empresa' / 'le groupe' mean.

Invented sentences only; one table per shape, over the three languages.
"""

from __future__ import annotations

import pytest

from kg.coref import descriptions, salience, with_descriptions
from kg.model import Investment
from kg.pipeline import extract
from kg.read import read_text
from kg.recognize.mentions import recognize
from kg.resolve import main_org, resolve
from kg.segment import segment


def _parts(text: str, lang: str):
    article = read_text(text, lang=lang)
    sentences = segment(article)
    mentions = recognize(article, sentences)
    return article, sentences, mentions, resolve(article, mentions)


MAIN = [
    (
        "en",
        "Norvald Mining expands in Peru\n\nNorvald Mining said on Monday it had finished a "
        "study with the port operator Brisco. The company will invest in Arequipa.",
        "Norvald Mining",
    ),
    (
        "es",
        "Tarvelia abre planta en Jalisco\n\nLa empresa Tarvelia presentó ayer su plan junto con "
        "la consultora Ormeda. La empresa contratará a cien personas.",
        "Tarvelia",
    ),
    (
        "fr",
        "Quilmard s'installe au Chili\n\nLe groupe Quilmard a signé lundi un accord avec le "
        "cabinet Vestrel. Le groupe prévoit d'ouvrir deux usines.",
        "Quilmard",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MAIN)
def test_main_org_is_the_headline_company(lang, text, expected):
    article, sentences, mentions, resolution = _parts(text, lang)
    main = main_org(resolution, sentences, mentions)
    assert main is not None and main.label == expected


UNITS = [
    (
        "en",
        "Brisco Power opens a plant\n\nBrisco Power will build a 300 MW plant. The 300 MW "
        "plant will be the largest, and 200 MW more will follow.",
    ),
    (
        "es",
        "Ormeda Energía abre un parque\n\nOrmeda Energía construirá un parque de 300 MW. "
        "Los 300 MW serán los primeros y llegarán 200 MW más.",
    ),
    (
        "fr",
        "Vestrel Énergie ouvre un parc\n\nVestrel Énergie construira un parc de 300 MW. "
        "Les 300 MW seront les premiers et 200 MW suivront.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), UNITS)
def test_a_unit_after_a_number_is_never_the_article_company(lang, text):
    article, sentences, mentions, resolution = _parts(text, lang)
    labels = {resolution.clusters[key].label for key in salience(resolution, sentences, mentions)}
    assert "MW" not in labels


NOT_COMPANIES = [
    # a unit written mostly after numbers, and once alone
    ("en", "Brisco Power adds 300 MW\n\nBrisco Power will add 300 MW. MW prices fell.", "MW"),
    # a formula or model number in capitals
    ("en", "Brisco Power cuts CO2\n\nBrisco Power said CO2 output fell.", "CO2"),
    ("es", "Ormeda Energía apuesta por el H2\n\nOrmeda Energía dijo que el H2 crecerá.", "H2"),
    # an event's name, in the article's language or in English
    (
        "en",
        "Brisco Power at the Lima Mining Summit\n\nBrisco Power spoke at the Mining Summit.",
        "Mining Summit",
    ),
    (
        "es",
        "Ormeda Energía en la Feria Minera\n\nOrmeda Energía participó en la Feria Minera.",
        "Feria Minera",
    ),
    (
        "es",
        "Ormeda Energía en el Energy Summit\n\nOrmeda Energía habló en el Energy Summit.",
        "Energy Summit",
    ),
    (
        "fr",
        "Vestrel Énergie au Salon Solaire\n\nVestrel Énergie était au Salon Solaire.",
        "Salon Solaire",
    ),
    # the word that makes a name a company's, alone and capitalized
    (
        "fr",
        "Vestrel Énergie grandit\n\nLe Groupe a créé Vestrel Énergie. Le Groupe vend.",
        "Groupe",
    ),
    ("es", "Ormeda Energía crece\n\nLa Empresa creó Ormeda Energía. La Empresa vende.", "Empresa"),
    # the agency in a wire dateline's bracket
    (
        "es",
        "Vextra firma un acuerdo\n\nLima, 3 mar (Prensa Andina) - Vextra firmó un acuerdo.",
        "Prensa Andina",
    ),
    (
        "en",
        "Brisco Power signs a deal\n\nLIMA, March 3 (Andes Wire) - Brisco Power signed a deal.",
        "Andes Wire",
    ),
    # a headline verb in capitals
    ("es", "ORMEDA ENERGÍA INVERTIRÁ EN JALISCO\n\nOrmeda Energía abrirá una planta.", "INVERTIRÁ"),
]


@pytest.mark.parametrize(("lang", "text", "label"), NOT_COMPANIES)
def test_units_formulas_events_and_verbs_are_never_the_article_company(lang, text, label):
    article, sentences, mentions, resolution = _parts(text, lang)
    labels = {resolution.clusters[key].label for key in salience(resolution, sentences, mentions)}
    assert label not in labels


DESCRIPTIONS = [
    ("en", "The company will open a plant.", ["The company"]),
    ("en", "The company Brisco will open a plant.", []),
    ("en", "The mining company Brisco will open a plant.", []),
    ("en", "The company of the year is small.", []),
    ("en", "This firm said it would grow.", ["This firm"]),
    ("es", "La empresa invertirá en Jalisco.", ["La empresa"]),
    ("es", "La empresa Tarvelia invertirá.", []),
    ("es", "La empresa australiana Tarvelia invertirá.", []),
    ("es", "La firma del convenio fue ayer.", []),
    ("es", "Dicha compañía abrirá una planta.", ["Dicha compañía"]),
    ("fr", "Le groupe a décidé d'investir.", ["Le groupe"]),
    ("fr", "Le groupe français Quilmard a décidé d'investir.", []),
    ("fr", "L'entreprise ouvrira une usine.", ["L'entreprise"]),
    ("fr", "La société de conseil ouvrira une usine.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DESCRIPTIONS)
def test_anaphoric_descriptions(lang, text, expected):
    article = read_text(text, lang=lang)
    found = [
        article.text[b:e] for s in segment(article) for b, e in descriptions(article.text, s, lang)
    ]
    assert found == expected


INVESTS = [
    (
        "en",
        "Norvald Mining expands in Peru\n\nNorvald Mining said on Monday it had finished a "
        "study with the port operator Brisco. The company will invest $300 million in Arequipa "
        "over the next four years.",
        "Norvald Mining",
    ),
    (
        "es",
        "Tarvelia abre planta en Jalisco\n\nLa empresa Tarvelia presentó ayer su plan. La "
        "empresa invertirá 200 millones de dólares en Jalisco durante los próximos tres años.",
        "Tarvelia",
    ),
    (
        "fr",
        "Quilmard s'installe au Chili\n\nLe groupe Quilmard a présenté lundi son plan. Le "
        "groupe investira 150 millions de dollars au Chili d'ici 2027.",
        "Quilmard",
    ),
    # the nearest sentence that names a company decides, not the article's company
    (
        "es",
        "Tarvelia abre planta\n\nTarvelia abrió una planta en Jalisco. Por su parte, Ormeda "
        "Foods anunció una fábrica en Mérida. La empresa invertirá 50 millones de dólares.",
        "Ormeda Foods",
    ),
    (
        "en",
        "Brisco Power opens a plant\n\nBrisco Power opened a plant in Texas. Separately, Ormeda "
        "Foods announced a factory in Ohio. The company will invest $50 million.",
        "Ormeda Foods",
    ),
]


@pytest.mark.parametrize(("lang", "text", "investor"), INVESTS)
def test_the_company_invests_is_the_company_named_before(lang, text, investor):
    facts = extract(read_text(text, lang=lang)).facts
    investments = [f for f in facts if isinstance(f, Investment)]
    assert [f.investor.label for f in investments] == [investor]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Brisco Power grows\n\nBrisco Power met Ormeda Labs in Lima and the company will grow.",
        ),
        ("es", "Tarvelia crece\n\nTarvelia se reunió con Ormeda en Lima y la empresa crecerá."),
        ("fr", "Quilmard grandit\n\nQuilmard a reçu Vestrel à Lyon et l'entreprise grandira."),
    ],
)
def test_a_description_after_another_name_in_its_sentence_is_left_alone(lang, text):
    article, sentences, mentions, resolution = _parts(text, lang)
    main = main_org(resolution, sentences, mentions)
    out = with_descriptions(resolution, sentences, mentions, main.key if main else None)
    assert sum(map(len, out)) == sum(map(len, mentions))


INSTITUTIONS = [
    # "the university" points back to the university named before, not to the article's
    # company (which the sentence does not name)
    (
        "es",
        "Bosch invertirá en Jalisco\n\nBosch anunció una inversión en Jalisco. La Universidad "
        "de Guadalajara abrió un programa. La universidad firmó un convenio con Siemens.",
        {("Siemens", "Universidad de Guadalajara")},
    ),
    (
        "en",
        "Intel expands in Arizona\n\nIntel announced a new plant in Arizona. The University of "
        "Arizona opened a lab. The university signed an agreement with Siemens.",
        {("Siemens", "University of Arizona")},
    ),
    (
        "fr",
        "Orange s'étend au Québec\n\nOrange a annoncé un centre au Québec. L'Université de "
        "Montréal ouvre un bureau. L'université a signé un accord avec Siemens.",
        {("Siemens", "Université de Montréal")},
    ),
    # with no university named before, it points back to no one (never to the company)
    ("es", "Bosch anunció una inversión. La universidad firmó un convenio con la empresa.", set()),
]


@pytest.mark.parametrize(("lang", "text", "pairs"), INSTITUTIONS)
def test_an_institution_description_points_back_to_an_institution(lang, text, pairs):
    facts = extract(read_text(text, lang=lang)).facts
    found = {tuple(sorted((f.a.label, f.b.label))) for f in facts if f.kind == "partnership"}
    assert found == pairs


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Norvald Mining expands in Peru\n\nNorvald Mining will build a mine. Work starts in"
            " May. Roads come first. Ports come next. The company, owned by a fund, will grow.",
            "Norvald Mining",
        ),
        (
            "es",
            "Tarvelia Alimentos abre planta\n\nTarvelia Alimentos abrirá una planta. Las obras"
            " empiezan en mayo. Los caminos van primero. El puerto sigue. La empresa crecerá.",
            "Tarvelia Alimentos",
        ),
        (
            "fr",
            "Quilmard Industries au Chili\n\nQuilmard Industries ouvrira une usine. Les travaux"
            " commencent en mai. Les routes d'abord. Le port ensuite. Le groupe grandira.",
            "Quilmard Industries",
        ),
    ],
)
def test_a_description_opening_a_sentence_far_from_any_name_is_the_article_company(
    lang, text, expected
):
    article, sentences, mentions, resolution = _parts(text, lang)
    main = main_org(resolution, sentences, mentions)
    found = with_descriptions(resolution, sentences, mentions, main.key if main else None)
    assert [m.label for m in found[-1] if m.kind == "org"] == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the description's noun stood right before a name (a demonym between): that name
        (
            "fr",
            "Acme Agro signe avec la coopérative argentine Quilmard Unidos. Acme Agro investira."
            " La coopérative grandit.",
            "Quilmard Unidos",
        ),
        (
            "es",
            "Acme Foods firmó con la minera canadiense Tarvelia Gold. Acme Foods invertirá. La"
            " minera crecerá.",
            "Tarvelia Gold",
        ),
        (
            "en",
            "Acme Foods signed with the Canadian miner Tarvelia Gold. Acme Foods will invest. The"
            " miner will grow.",
            "Tarvelia Gold",
        ),
    ],
)
def test_a_description_points_back_to_the_name_it_described(lang, text, expected):
    article, sentences, mentions, resolution = _parts(text, lang)
    main = main_org(resolution, sentences, mentions)
    found = with_descriptions(resolution, sentences, mentions, main.key if main else None)
    assert [m.label for m in found[-1] if m.kind == "org"] == [expected]
