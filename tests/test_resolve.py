"""Entity resolution within and across articles, on short invented texts."""

from __future__ import annotations

import pytest

from kg.model import Mention, Role
from kg.pipeline import extract
from kg.read import read_text
from kg.recognize.mentions import recognize
from kg.resolve import destination, main_country, resolve
from kg.segment import segment


def entities(text: str, lang: str = "en") -> dict[str, str]:
    """Every entity of the text: key -> label."""
    return {e.key: e.label for e in extract(read_text(text, lang=lang)).entities}


def keys_of(text: str, lang: str = "en") -> dict[str, set[str]]:
    """label -> keys of facts' entities, to see which mentions were merged."""
    out: dict[str, set[str]] = {}
    for fact in extract(read_text(text, lang=lang)).facts:
        for name in ("person", "org", "investor", "place", "a", "b", "subject"):
            entity = getattr(fact, name, None)
            if entity is not None:
                out.setdefault(entity.label, set()).add(entity.key)
    return out


def test_acronym_defined_in_the_text_is_the_same_entity():
    text = (
        "Northwind Data Systems (NDS) will invest $40 million in Jalisco. "
        "NDS also signed an agreement with Cemex."
    )
    extraction = extract(read_text(text, lang="en"))
    investors = {f.investor.key for f in extraction.facts if f.kind == "investment"}
    partners = {k for f in extraction.facts if f.kind == "partnership" for k in (f.a.key, f.b.key)}
    assert investors and investors <= partners


def test_short_mention_joins_the_one_full_name():
    text = (
        "Valeria Montes, director general of Cemex, opened the plant. "
        "Montes said the plant will create 300 jobs."
    )
    extraction = extract(read_text(text, lang="en"))
    speakers = {f.evidence.speaker.key for f in extraction.facts if f.evidence.speaker}
    assert speakers == {"valeria-montes"}


def test_two_people_sharing_a_surname_are_never_merged():
    text = (
        "Valeria Montes, director general of Cemex, and Jorge Montes, president of Bimbo, met. "
        "Montes said the talks went well."
    )
    facts = extract(read_text(text, lang="en")).facts
    roles = {(f.person.key, f.org.label) for f in facts if f.kind == "role"}
    assert ("valeria-montes", "Cemex") in roles and ("jorge-montes", "Grupo Bimbo") in roles
    text += " Cemex will invest $20 million in Puebla, Montes said."
    facts = extract(read_text(text, lang="en")).facts
    speakers = {f.evidence.speaker.key for f in facts if f.kind == "investment"}
    assert speakers and not speakers & {"valeria-montes", "jorge-montes"}


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("Cemex will invest $10 million in Queretaro.", "en", "queretaro"),
        ("Cemex invertirá 10 millones de dólares en Querétaro.", "es", "queretaro"),
        ("Cemex investira 10 millions de dollars au Mexique.", "fr", "mexico"),
        ("Cemex invertirá 10 millones de dólares en México.", "es", "mexico"),
    ],
)
def test_places_resolve_across_languages_and_accents(text, lang, key):
    facts = extract(read_text(text, lang=lang)).facts
    assert [f.place.key for f in facts if f.kind == "investment"] == [key]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Economy Ministry signed an agreement with Cemex.", "en"),
        ("La Secretaría de Economía firmó un convenio con Cemex.", "es"),
        ("Le ministère de l'Économie a signé un accord avec Cemex.", "fr"),
    ],
)
def test_translations_resolve_through_the_gazetteer(text, lang):
    facts = extract(read_text(text, lang=lang)).facts
    pairs = {frozenset((f.a.key, f.b.key)) for f in facts if f.kind == "partnership"}
    assert frozenset(("secretaria-de-economia", "cemex")) in pairs


def test_mistranslated_name_resolves_to_the_institution():
    text = "Cemex announced strategic alliances with the National Technology of Mexico."
    facts = extract(read_text(text, lang="en")).facts
    assert {f.b.label for f in facts if f.kind == "partnership"} == {
        "Tecnológico Nacional de México"
    }


def test_initials_name_the_longer_organization():
    text = "Lina Ortega is a reporter at Northwind Daily News.\n– Lina Ortega, NDN reporter"
    facts = extract(read_text(text, lang="en")).facts
    assert {f.org.key for f in facts if f.kind == "role"} == {"northwind-daily-news"}


def test_same_key_for_the_same_name_in_two_articles():
    first = entities("Rivera Foods will invest $5 million in Puebla.")
    second = entities("RIVERA FOODS will invest $8 million in Puebla.")
    assert set(first) & set(second) >= {"puebla"}
    assert any(k.startswith("rivera-foods") for k in first)
    assert any(k.startswith("rivera-foods") for k in second)


def ministry_keys(text: str, lang: str) -> set[str]:
    """Keys of the government bodies the text names."""
    article = read_text(text, lang=lang)
    found = recognize(article, segment(article))
    resolution = resolve(article, found)
    return {
        resolution.key_of(m)
        for sentence in found
        for m in sentence
        if m.kind == "org" and resolution.type_of(m) == "GovernmentOrganization"
    }


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # another country named beside a generic ministry's name makes it that country's
        ("en", "The Ministry of Education of Peru signed with Zorbel.", {"minedu-peru"}),
        ("en", "The Peruvian Ministry of Education signed with Zorbel.", {"minedu-peru"}),
        ("en", "Peru's Ministry of Education signed with Zorbel.", {"minedu-peru"}),
        ("fr", "Le ministère de l'Éducation du Pérou a signé avec Zorbel.", {"minedu-peru"}),
        ("en", "The Ministry of Energy and Mines of Peru signed with Zorbel.", {"minem-peru"}),
        # ... or an unknown body named as written, when the gazetteer has none
        (
            "es",
            "La Presidencia de la República de Colombia firmó con Zorbel.",
            {"presidencia-de-la-republica-de-colombia"},
        ),
        # an article about one other country only: its ministry
        ("en", "The Ministry of Education signed with Zorbel in Peru.", {"minedu-peru"}),
        (
            "en",
            "The Ministry of Education signed with Zorbel in Peru. Peru and Chile agreed.",
            {"minedu-peru"},
        ),
        # ... and no country leading, an unknown body named as written
        (
            "en",
            "The Ministry of Education signed with Zorbel in Peru and Chile.",
            {"ministry-of-education"},
        ),
        # the gazetteer's own country, or no country at all, keeps the known ministry
        (
            "en",
            "The Mexican Ministry of Education signed with Zorbel.",
            {"secretaria-de-educacion-publica"},
        ),
        (
            "en",
            "The Ministry of Education signed with Zorbel in Peru and Mexico.",
            {"secretaria-de-educacion-publica"},
        ),
        (
            "en",
            "The Ministry of Education signed with Zorbel.",
            {"secretaria-de-educacion-publica"},
        ),
        ("es", "La SEP firmó con Zorbel en Perú.", {"secretaria-de-educacion-publica"}),
        (
            "en",
            "The Ministry of Education of Mexico signed with Zorbel.",
            {"secretaria-de-educacion-publica"},
        ),
        # an unknown ministry in an article about one country only: that country's
        (
            "es",
            "El Ministerio de Economía firmó con Zorbel en Buenos Aires.",
            {"ministerio-de-economia-argentina"},
        ),
        (
            "en",
            "The Ministry of Mining signed with Zorbel in Chile.",
            {"ministerio-de-mineria-chile"},
        ),
        (
            "es",
            "El Ministerio de Minería firmó con Zorbel en Chile y Perú.",
            {"ministerio-de-mineria"},
        ),
        # a list of portfolios the gazetteer does not know whole is no known ministry
        (
            "en",
            "The Ministry of Science, Technology and Innovation signed with Zorbel.",
            {"ministry-of-science-technology-and-innovation"},
        ),
    ],
)
def test_a_generic_ministry_belongs_to_the_country_named(lang, text, expected):
    assert ministry_keys(text, lang) == expected


def test_a_known_name_stays_apart_from_its_own_body():
    keys = entities(
        "Santander Universities signed with Zorbel Systems. Santander will invest $5 million."
    )
    assert "santander" in keys and "santander-universities" in keys


def cluster_keys(text: str, lang: str) -> dict[str, str]:
    """Each name mention's text -> the key of the entity it resolves to."""
    article = read_text(text, lang=lang)
    mentions = recognize(article, segment(article))
    resolution = resolve(article, mentions)
    return {
        m.text: resolution.key_of(m)
        for sentence in mentions
        for m in sentence
        if m.kind in ("org", "name", "place")
    }


@pytest.mark.parametrize(
    ("lang", "text", "short", "long"),
    [
        # a company head word before the short form: one company
        (
            "es",
            "Grupo Lumiar invertirá en Jalisco. Después, Lumiar abrirá otra planta.",
            "Lumiar",
            "Grupo Lumiar",
        ),
        (
            "fr",
            "Le Groupe Vantor va investir au Chili. Ensuite, Vantor a signé un accord.",
            "Vantor",
            "Groupe Vantor",
        ),
        (
            "es",
            "Corporación Altavía firmó un convenio. Luego, Altavía abrió una oficina.",
            "Altavía",
            "Corporación Altavía",
        ),
        # a trade or legal word after it (first words): one company too
        (
            "en",
            "Lamb Weston Holdings will invest. Then Lamb Weston will open a plant.",
            "Lamb Weston",
            "Lamb Weston Holdings",
        ),
    ],
)
def test_a_company_named_without_its_group_word(lang, text, short, long):
    keys = cluster_keys(text, lang)
    assert keys[short] == keys[long]


@pytest.mark.parametrize(
    ("lang", "text", "short", "long"),
    [
        # a known place is no company's short form
        (
            "es",
            "Grupo México invertirá en Sonora. Después, México firmó.",
            "México",
            "Grupo México",
        ),
        # a body's head word is no company's
        (
            "es",
            "La Universidad de Lima firmó. Después, Lima creció.",
            "Lima",
            "Universidad de Lima",
        ),
        # a company's unit in a country or a region is an organization of its own
        (
            "fr",
            "Le groupe Hydrelis investira. Sa filiale Hydrelis Colombia a signé.",
            "Hydrelis",
            "Hydrelis Colombia",
        ),
        (
            "es",
            "Vextra Autopartes invertirá. Vextra Autopartes México abrirá una planta.",
            "Vextra Autopartes",
            "Vextra Autopartes México",
        ),
        (
            "en",
            "Ormeda Foods will invest. Ormeda Foods Latin America said so.",
            "Ormeda Foods",
            "Ormeda Foods Latin America",
        ),
    ],
)
def test_a_short_form_that_is_not_the_company(lang, text, short, long):
    keys = cluster_keys(text, lang)
    assert keys[short] != keys[long]


def test_a_label_in_capitals_takes_the_body_spelling():
    text = "VEXTRA INVERTIRÁ 300 MILLONES EN SONORA\nLa empresa Vextra invertirá 300 millones."
    labels = {e.label for e in extract(read_text(text, lang="es")).entities}
    assert "Vextra" in labels and "VEXTRA" not in labels


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        # a national body named generically: the one of the country the article names most
        (
            "en",
            "The Central Bank said rates will fall. Argentina grew, and Argentina's exports rose.",
            "bcra",
        ),
        ("es", "El Banco Central dijo que la inflación bajó en Chile.", "banco-central-de-chile"),
        ("fr", "La Banque centrale du Chili a parlé.", "banco-central-de-chile"),
        # a name of its own, or no leading country: not resolved so
        ("es", "El Banco Central Europeo subió las tasas en Chile.", "banco-central-europeo"),
        ("en", "The Central Bank said rates will fall in Chile and Peru.", "central-bank"),
    ],
)
def test_a_generic_central_bank_is_the_country_s(lang, text, key):
    keys = cluster_keys(text, lang)
    assert key in keys.values()


@pytest.mark.parametrize(
    ("lang", "text", "full", "short", "joins"),
    [
        (
            "fr",
            "Ignacio de la Fuente a parlé. La suite viendra.",
            "Ignacio de la Fuente",
            "La",
            False,
        ),
        ("es", "Ignacio del Río habló. Del resto nada.", "Ignacio del Río", "Del", False),
        ("en", "Juan del Valle spoke. Del Valle said more.", "Juan del Valle", "Del Valle", True),
    ],
)
def test_a_particle_is_no_short_form_of_a_name(lang, text, full, short, joins):
    """'La' of "de la Fuente" is no alias of the person; "Del Valle" is."""
    article = read_text(text, lang=lang)
    first = Mention("person", 0, len(full), full, label=full, type="Person")
    begin = text.index(short, len(full))
    second = Mention("name", begin, begin + len(short), short, label=short, type="")
    resolution = resolve(article, [[first], [second]])
    assert (resolution.key_of(second) == resolution.key_of(first)) is joins


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Zorbel, con sede en Texas, invertirá en Monterrey.", "mexico"),
        ("fr", "Zorbel, basée à Toronto, a annoncé un investissement au Chili.", "chile"),
        ("en", "Zorbel, headquartered in Texas, will invest in Chile.", "chile"),
        # no head-office phrase: the place counts
        ("en", "Zorbel will invest in Texas.", "united-states"),
    ],
)
def test_a_head_office_is_not_where_things_happen(lang, text, expected):
    article = read_text(text, lang=lang)
    mentions = recognize(article, segment(article))
    found = destination(resolve(article, mentions), mentions, article.text)
    assert found is not None and found.key == expected


def role_orgs(article) -> list[str]:
    """The organizations of the article's roles, in order."""
    return [f.org.label for f in extract(article).facts if isinstance(f, Role)]


@pytest.mark.parametrize(
    ("url", "country"),
    [
        # a section of the URL's path that names a country tips an even count
        ("https://example.org/argentina/acme-planta", "Argentina"),
        ("https://example.org/noticias/argentina/acme-planta", "Argentina"),
        # the article's own slug is no section: the text decides
        ("https://example.org/acme-argentina", "Paraguay"),
    ],
)
def test_a_url_section_names_the_articles_country(url: str, country: str) -> None:
    text = (
        f"---\nurl: {url}\nlang: es\n---\nAcme abrirá una planta en Paraguay y otra en"
        " Argentina. El ministro de Producción, Pablo Ruiz Díaz, celebró el anuncio.\n"
    )
    assert role_orgs(read_text(text, path="a.md")) == [country]


@pytest.mark.parametrize(
    ("money", "country"),
    [
        # an amount in a currency of one country tips an even count to that country
        ("S/ 900 millones", "Ministerio de la Producción"),  # Peru's, by its portfolio
        ("R$ 900 millones", "Brazil"),
        # dollars tell nothing: the text decides (the first named on a tie)
        ("US$ 900 millones", "Paraguay"),
    ],
)
def test_a_countrys_own_currency_names_the_articles_country(money: str, country: str) -> None:
    text = (
        f"Acme invertirá {money} en plantas en Paraguay, Perú y Brasil. El ministro de"
        " Producción, Pablo Ruiz Díaz, celebró el anuncio."
    )
    assert role_orgs(read_text(text, lang="es")) == [country]


def test_a_currencys_country_is_first_named_where_the_text_names_it() -> None:
    # Brazil and Paraguay even (a city and the currency against a city and the country):
    # Brazil, named first in the text, wins the tie, though the currency is counted last
    text = (
        "SAO PAULO.– Acme invertirá R$ 900 millones en una planta. Acme opera en Asunción,"
        " Paraguay. El ministro de Producción, Pablo Ruiz Díaz, celebró el anuncio."
    )
    assert role_orgs(read_text(text, lang="es")) == ["Brazil"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Los japoneses llegaron temprano. Los técnicos japoneses firmaron en Monterrey con"
            " el gobierno de México. El secretario de Economía, Pablo Ruiz Díaz, celebró el"
            " anuncio.",
        ),
        (
            "fr",
            "Les techniciens japonais sont arrivés tôt. Les ingénieurs japonais ont signé à"
            " Monterrey avec le gouvernement du Mexique. Le ministre de l'Économie, Pablo Ruiz"
            " Díaz, a salué l'annonce.",
        ),
    ],
)
def test_demonyms_weigh_less_than_the_places_named(lang: str, text: str) -> None:
    # a demonym mostly says where people or companies come from: two of Japan's weigh less
    # than Mexico named with one of its cities
    assert role_orgs(read_text(text, lang=lang)) == ["Secretaría de Economía"]


def _main_country(text: str, lang: str) -> str | None:
    article = read_text(text, lang=lang)
    sentences = segment(article)
    mentions = recognize(article, sentences)
    found = main_country(resolve(article, mentions), mentions, article.text)
    return found.label if found else None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the country a consul represents, and a demonym used as a noun for the company ("la
        # japonesa"), say who is from where: the article is about the country its places are in
        (
            "es",
            "Asistió el cónsul general del Japón en León, Kenji Tarvel. La japonesa ampliará su"
            " planta de Irapuato, Guanajuato.",
        ),
        (
            "fr",
            "Le consul général du Japon à León, Kenji Tarvel, était présent. La japonaise"
            " agrandira son usine d'Irapuato, au Guanajuato.",
        ),
        (
            "en",
            "The consul general of Japan in León, Kenji Tarvel, attended. The plant is in"
            " Irapuato.",
        ),
    ],
)
def test_main_country_is_not_the_one_a_diplomat_serves(lang: str, text: str) -> None:
    assert _main_country(text, lang) == "Mexico"
