"""The curated gazetteer: the data file's invariants, and look-ups by name, demonym and ministry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.gazetteer import (
    ARTICLES,
    DEFAULT_PATH,
    PLACES_PATH,
    TYPES,
    Entry,
    Gazetteer,
    default,
)
from kg.text import fold

# Folded names that two entries may share on purpose: `match` returns None for them and the
# resolver decides from context. Keep this short; each one needs a reason.
ALLOWED_SHARED_NAMES: dict[str, set[str]] = {}

NAMES = [
    # Secretaría de Economía: es, en, fr, acronym, translations and mistranslations
    ("Secretaría de Economía", "secretaria-de-economia"),
    ("Secretaria de Economia", "secretaria-de-economia"),
    ("la Secretaría de Economía", "secretaria-de-economia"),
    ("Secretaría de Economía (SE)", "secretaria-de-economia"),
    ("SE", "secretaria-de-economia"),
    ("Economía", "secretaria-de-economia"),
    ("Economy Ministry", "secretaria-de-economia"),
    ("the Economy Ministry", "secretaria-de-economia"),
    ("Ministry of Economy", "secretaria-de-economia"),
    ("Secretariat of Economy", "secretaria-de-economia"),
    ("ministère de l'Économie", "secretaria-de-economia"),
    ("Ministère de l’Economie", "secretaria-de-economia"),
    ("Secrétariat à l'Économie", "secretaria-de-economia"),
    # other Mexican government bodies
    ("SRE", "secretaria-de-relaciones-exteriores"),
    ("Cancillería mexicana", "secretaria-de-relaciones-exteriores"),
    ("Ministry of Foreign Affairs", "secretaria-de-relaciones-exteriores"),
    ("SHCP", "secretaria-de-hacienda"),
    ("Hacienda", "secretaria-de-hacienda"),
    ("Secretaría de Comunicaciones y Transportes", "secretaria-de-infraestructura"),
    ("Agencia de Transformación Digital", "agencia-de-transformacion-digital"),
    ("Conacyt", "conahcyt"),
    ("Banxico", "banxico"),
    ("Bank of Mexico", "banxico"),
    ("INEGI", "inegi"),
    ("Pemex", "pemex"),
    ("Presidencia de la República", "presidencia-de-mexico"),
    ("Palais National", "palacio-nacional"),
    # education: acronyms and the common mistranslation of TecNM
    ("UNAM", "unam"),
    ("National Autonomous University of Mexico", "unam"),
    ("National Technology of Mexico", "tecnm"),
    ("the National Technology of Mexico", "tecnm"),
    ("National Technological Institute of Mexico", "tecnm"),
    ("Tecnologico Nacional de Mexico", "tecnm"),
    ("CONALEP", "conalep"),
    ("the Conalep", "conalep"),
    ("Colegio Nacional de Educación Profesional Técnica", "conalep"),
    ("ITESM", "tec-de-monterrey"),
    ("Tec de Monterrey", "tec-de-monterrey"),
    ("Monterrey Institute of Technology", "tec-de-monterrey"),
    ("Université de San Marcos", "unmsm"),
    ("Université de Caldas", "universidad-de-caldas"),
    # places: accents, translations, article-led forms, the country's government
    ("Queretaro", "queretaro"),
    ("Querétaro state", "queretaro"),
    ("Santiago de Querétaro", "santiago-de-queretaro"),
    ("Mexique", "mexico"),
    ("México", "mexico"),
    ("Gobierno de México", "mexico"),
    ("gouvernement mexicain", "mexico"),
    ("Mexico City", "ciudad-de-mexico"),
    ("CDMX", "ciudad-de-mexico"),
    ("Nuevo Leon", "nuevo-leon"),
    ("San Luis Potosi", "san-luis-potosi"),
    ("Estados Unidos", "united-states"),
    ("EE.UU.", "united-states"),
    ("the United States", "united-states"),
    ("U.S.", "united-states"),
    ("États-Unis", "united-states"),
    ("Brésil", "brazil"),
    ("Pérou", "peru"),
    ("Colombie", "colombia"),
    ("Alemania", "germany"),
    ("Amérique latine", "latin-america"),
    ("Latinoamérica", "latin-america"),
    ("América Latina y el Caribe", "latin-america-and-the-caribbean"),
    ("the Caribbean", "caribbean"),
    ("Carthagène", "cartagena-de-indias"),
    ("Santiago de Chile", "santiago"),
    ("Brasilia", "brasilia"),
    # companies: short forms, country subsidiaries, parents kept apart
    ("AWS", "amazon-web-services"),
    ("Amazon Web Services (AWS)", "amazon-web-services"),
    ("Amazon", "amazon"),
    ("Microsoft México", "microsoft"),
    ("GM", "general-motors"),
    ("General Motors", "general-motors"),
    ("VW", "volkswagen"),
    ("Hyundai", "hyundai-motor"),
    ("Hyundai Mobis", "hyundai-mobis"),
    ("Kia Motors", "kia"),
    ("Magna International", "magna"),
    ("Hewlett-Packard", "hp"),
    ("Grupo Bimbo", "grupo-bimbo"),
    ("CEMEX", "cemex"),
    ("MercadoLibre", "mercado-libre"),
    ("Mercado Pago", "mercado-pago"),
    ("Cisco Systems", "cisco"),
    ("Intel Costa Rica", "intel"),
    ("Huawei Perú", "huawei"),
    # international bodies, media, programs
    ("BID", "idb"),
    ("Banque mondiale", "world-bank"),
    ("CEPAL", "eclac"),
    ("IFC", "ifc"),
    ("Forbes Mexico", "forbes-mexico"),
    ("Wall Street Journal", "wall-street-journal"),
    ("Agencia EFE", "efe"),
    ("DCD", "datacenterdynamics"),
    ("Plan Mexico", "plan-mexico"),
    ("the Mexico Plan", "plan-mexico"),
    ("Networking Academy", "cisco-networking-academy"),
    ("Semillas para el Futuro", "seeds-for-the-future"),
    # Latin American ministries named with their country
    ("MinTIC", "mintic"),
    ("ministère des TIC", "mintic"),
    ("MIEM", "miem"),
    ("Ministerio de Industria", "miem"),
    ("Cancillería uruguaya", "cancilleria-uruguay"),
    ("Cancillería del Perú", "cancilleria-peru"),
]

UNKNOWN = ["", "Querétaro Airport", "Ministerio", "the", "Acme Widgets"]

DEMONYMS = [
    ("Mexican", "mexico"),
    ("mexicain", "mexico"),
    ("mexicaines", "mexico"),
    ("Mexicains", "mexico"),
    ("mexicana", "mexico"),
    ("mexicanos", "mexico"),
    ("estadounidense", "united-states"),
    ("américain", "united-states"),
    ("péruvienne", "peru"),
    ("colombiano", "colombia"),
    ("uruguayo", "uruguay"),
    ("costarricense", "costa-rica"),
    ("brasileña", "brazil"),
    ("allemand", "germany"),
    ("surcoreano", "south-korea"),
    ("chinois", "china"),
    ("latinoamericano", "latin-america"),
    ("queretano", "queretaro"),
    ("regiomontano", "monterrey"),
]

MINISTRIES = [
    ("mexico", "économie", "secretaria-de-economia"),
    ("mexico", "Economy", "secretaria-de-economia"),
    ("mexico", "de Economía", "secretaria-de-economia"),
    ("mexico", "à l'Économie", "secretaria-de-economia"),
    ("mexico", "Relaciones Exteriores", "secretaria-de-relaciones-exteriores"),
    ("mexico", "foreign affairs", "secretaria-de-relaciones-exteriores"),
    ("mexico", "des Affaires étrangères", "secretaria-de-relaciones-exteriores"),
    ("mexico", "Finance", "secretaria-de-hacienda"),
    ("mexico", "Hacienda y Crédito Público", None),  # not a portfolio word as such
    ("mexico", "Energy", "secretaria-de-energia"),
    ("mexico", "Educación Pública", "secretaria-de-educacion-publica"),
    ("mexico", "the Interior", "secretaria-de-gobernacion"),
    ("peru", "affaires étrangères", "cancilleria-peru"),
    ("peru", "Economía y Finanzas", None),
    ("peru", "economía", "mef-peru"),
    ("uruguay", "Industria", "miem"),
    ("uruguay", "relaciones exteriores", "cancilleria-uruguay"),
    ("colombia", "TIC", "mintic"),
    ("colombia", "Comercio", "mincit"),
    ("united-states", "Commerce", "us-department-of-commerce"),
    ("united-states", "State", "us-department-of-state"),
    ("chile", "astronomy", None),
    ("atlantis", "economy", None),
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(("name", "key"), NAMES)
def test_match(gazetteer: Gazetteer, name: str, key: str) -> None:
    entry = gazetteer.match(name)
    assert entry is not None, f"{name!r} is unknown"
    assert entry.key == key


@pytest.mark.parametrize("name", UNKNOWN)
def test_unknown_names_do_not_match(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.match(name) is None


def test_querétaro_state_and_city_stay_apart(gazetteer: Gazetteer) -> None:
    city = gazetteer.get("santiago-de-queretaro")
    assert city is not None
    assert "queretaro" not in {fold(name) for name in city.names}
    assert gazetteer.match("Querétaro") == gazetteer.get("queretaro")


@pytest.mark.parametrize(
    ("key", "label", "long_form"),
    [
        ("leon-de-los-aldama", "León", "León de los Aldama"),
        (
            "region-de-magallanes",
            "Magallanes",
            "Región de Magallanes y de la Antártica Chilena",
        ),
        ("provincia-de-buenos-aires", "Buenos Aires Province", "Provincia de Buenos Aires"),
        ("cartagena-de-indias", "Cartagena", "Cartagena de Indias"),
    ],
)
def test_label_is_the_name_in_common_use(
    gazetteer: Gazetteer, key: str, label: str, long_form: str
) -> None:
    entry = gazetteer.get(key)
    assert entry.label == label
    assert gazetteer.match(long_form) is entry  # the official form still names it


def test_a_short_city_label_needs_a_cue(gazetteer: Gazetteer) -> None:
    # "León" alone is also a given name and other countries' cities
    assert gazetteer.match("León") is None
    assert "León" in gazetteer.get("leon-de-los-aldama").cued


def test_amazon_and_aws_are_separate(gazetteer: Gazetteer) -> None:
    amazon, aws = gazetteer.match("Amazon"), gazetteer.match("AWS")
    assert amazon is not None and aws is not None
    assert amazon.key != aws.key


@pytest.mark.parametrize(("word", "key"), DEMONYMS)
def test_demonym(gazetteer: Gazetteer, word: str, key: str) -> None:
    entry = gazetteer.demonym(word)
    assert entry is not None, f"{word!r} is unknown"
    assert entry.key == key


def test_demonym_unknown(gazetteer: Gazetteer) -> None:
    assert gazetteer.demonym("martien") is None
    assert gazetteer.demonym("Mexico") is None  # a name, not a demonym


@pytest.mark.parametrize(("country", "word", "key"), MINISTRIES)
def test_ministry(gazetteer: Gazetteer, country: str, word: str, key: str | None) -> None:
    entry = gazetteer.ministry(country, word)
    assert (entry.key if entry else None) == key


def test_get(gazetteer: Gazetteer) -> None:
    mexico = gazetteer.get("mexico")
    assert mexico is not None
    assert (mexico.type, mexico.label, mexico.wikidata) == ("Country", "Mexico", "Q96")
    assert gazetteer.get("no-such-key") is None


def test_names_cover_labels_and_aliases(gazetteer: Gazetteer) -> None:
    pairs = list(gazetteer.names())
    assert ("Secretaría de Economía", gazetteer.get("secretaria-de-economia")) in pairs
    assert ("National Technology of Mexico", gazetteer.get("tecnm")) in pairs
    assert sum(len(entry.names) for entry in gazetteer.entries()) == len(pairs)
    assert all(word != "mexicain" for word, _ in pairs)
    with_demonyms = {word for word, _ in gazetteer.names(demonyms=True)}
    assert "mexicain" in with_demonyms


def test_default_is_loaded_once() -> None:
    assert default() is default()
    assert len(default()) == len(Gazetteer.load(places=PLACES_PATH)) > len(Gazetteer.load())


# The data file's invariants


def _rows() -> list[list[str]]:
    lines = DEFAULT_PATH.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def test_file_starts_with_a_header_comment() -> None:
    first = DEFAULT_PATH.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ")


def test_rows_have_eight_columns() -> None:
    assert all(len(row) == 8 for row in _rows())


def test_keys_are_unique_and_sorted(gazetteer: Gazetteer) -> None:
    keys = [entry.key for entry in gazetteer.entries()]
    assert keys == sorted(keys)
    assert len(keys) == len(set(keys))


def test_every_row_is_well_formed(gazetteer: Gazetteer) -> None:
    for entry in gazetteer.entries():
        assert entry.type in TYPES, entry.key
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry.key), entry.key
        assert entry.wikidata is None or re.fullmatch(r"Q\d+", entry.wikidata), entry.key
        assert entry.label == entry.label.strip() and entry.label, entry.key
        if entry.country is not None:
            country = gazetteer.get(entry.country)
            assert country is not None and country.type == "Country", entry.key
        if entry.portfolio:
            assert entry.type == "GovernmentOrganization", entry.key
        if entry.type == "Country":
            assert entry.country is None, entry.key


def test_no_name_is_listed_twice_in_a_row(gazetteer: Gazetteer) -> None:
    # Matching folds accents and case, so a second spelling that folds the same is noise.
    for entry in gazetteer.entries():
        for column in (entry.names, entry.demonyms, entry.portfolio):
            folded = [fold(name) for name in column]
            assert len(folded) == len(set(folded)), (entry.key, column)


def test_no_alias_only_adds_an_article(gazetteer: Gazetteer) -> None:
    # `match` drops a leading article itself: "the Conalep" needs no row of its own.
    for entry in gazetteer.entries():
        folded = {fold(name) for name in entry.names}
        for alias in entry.aliases:
            head, _, rest = fold(alias).partition(" ")
            assert not (head in ARTICLES and rest in folded), (entry.key, alias)


def test_shared_names_are_only_the_allowed_ones(gazetteer: Gazetteer) -> None:
    shared: dict[str, set[str]] = {}
    for name, entry in gazetteer.names():
        shared.setdefault(fold(name), set()).add(entry.key)
    shared = {name: keys for name, keys in shared.items() if len(keys) > 1}
    assert shared == ALLOWED_SHARED_NAMES


def test_demonyms_point_to_one_entry_and_are_no_other_entrys_name(gazetteer: Gazetteer) -> None:
    owners: dict[str, set[str]] = {}
    for entry in gazetteer.entries():
        for word in entry.demonyms:
            owners.setdefault(fold(word), set()).add(entry.key)
    assert {word: keys for word, keys in owners.items() if len(keys) > 1} == {}
    for word, keys in owners.items():
        named = {entry.key for entry in gazetteer.candidates(word)}
        assert named <= keys, (word, named)


def test_ministry_portfolios_do_not_overlap_within_a_country(gazetteer: Gazetteer) -> None:
    seen: dict[tuple[str, str], str] = {}
    for entry in gazetteer.entries():
        for word in entry.portfolio:
            slot = (entry.country or "", fold(word))
            assert slot not in seen, (slot, seen.get(slot), entry.key)
            seen[slot] = entry.key


def test_coverage() -> None:
    entries = Gazetteer.load().entries()
    mexican_states = [e for e in entries if e.type == "State" and e.country == "mexico"]
    # 31 states plus Mexico City, which is typed City
    assert len(mexican_states) == 31
    assert {"Country", "State", "City", "Place", "Program"} <= {e.type for e in entries}


# Ambiguity and validation, on small stand-in files


def test_shared_name_matches_nothing_but_has_candidates() -> None:
    gazetteer = Gazetteer(
        [
            Entry("leon-mexico", "City", None, "León de los Aldama", aliases=("León",)),
            Entry("leon-spain", "City", None, "León, España", aliases=("León",)),
        ]
    )
    assert gazetteer.match("Leon") is None
    assert [entry.key for entry in gazetteer.candidates("león")] == ["leon-mexico", "leon-spain"]
    assert gazetteer.match("León de los Aldama") is not None


HEADER = "# key\ttype\twikidata\tlabel\taliases\tdemonyms\tcountry\tportfolio\n"
GOOD = "mexico\tCountry\tQ96\tMexico\tMéxico\tmexicano\t\t\n"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "gazetteer.tsv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_load_accepts_short_rows(tmp_path: Path) -> None:
    path = _write(
        tmp_path, GOOD + "sep\tGovernmentOrganization\t\tSecretaría de Educación Pública\n"
    )
    entry = Gazetteer.load(path).get("sep")
    assert entry is not None
    assert (entry.aliases, entry.country, entry.wikidata) == ((), None, None)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("x\tPlanet\t\tMars\n", r":2: unknown type 'Planet'"),
        ("x\tPerson\t\tAda Lovelace\n", r":2: unknown type 'Person'"),
        (GOOD + "mexico\tCountry\t\tMéxico\n", r":3: duplicate key 'mexico' \(first on line 2\)"),
        ("Mexico\tCountry\t\tMexico\n", r":2: key 'Mexico' is not a slug"),
        ("mexico\tCountry\t96\tMexico\n", r":2: wikidata id '96'"),
        ("mexico\tCountry\t\t\n", r":2: empty label"),
        ("mexico\tCountry\t\tMexico\tMéxico | | Mexique\n", r":2: 'mexico': empty name"),
        ("a\tCity\t\tA\t\t\tnarnia\n", r":2: 'a' names country 'narnia'"),
        (
            GOOD + "a\tCity\t\tA\t\t\tmexico\n" + "b\tCity\t\tB\t\t\ta\n",
            r":4: 'b' names country 'a'",
        ),
        ("se\tGovernmentOrganization\t\tSE\t\t\t\teconomy\n", r":2: 'se' has a portfolio but no"),
        ("a\tCity\t\tA\t\t\t\t\textra\n", r":2: expected 8 tab-separated columns, found 9"),
    ],
)
def test_load_rejects_bad_rows(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Gazetteer.load(_write(tmp_path, body))


def test_a_bracketed_place_name_needs_a_cue(tmp_path: Path) -> None:
    body = GOOD + "para-x\tState\t\t[Pará]\tEstado de Pará\t\tmexico\t\n"
    gazetteer = Gazetteer.load(_write(tmp_path, body))
    entry = gazetteer.get("para-x")
    assert entry is not None and entry.label == "Pará" and entry.cued == ("Pará",)
    assert gazetteer.match("Pará") is None and gazetteer.match("Estado de Pará") is entry
    assert ("Pará", entry) in list(gazetteer.cued_names())


def test_only_a_place_has_a_bracketed_name(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r":3: 'acme': only a state or a city"):
        Gazetteer.load(_write(tmp_path, GOOD + "acme\tCorporation\t\t[Acme]\n"))
