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
        # a trade word of another language: names borrow them
        ("en", "The analysts said Victoria Logística will hire.", [("org", "Victoria Logística")]),
        ("es", "Según Rosa Lithium, el mercado crece.", [("org", "Rosa Lithium")]),
        ("fr", "Selon Laura Textiles, le marché croît.", [("org", "Laura Textiles")]),
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
        # a person's name after an eponym head word is the organization's name
        (
            "fr",
            "L'accord lie l'Université Aminata Kouyaté et Orvelia.",
            [("org", "Université Aminata Kouyaté"), ("name", "Orvelia")],
        ),
        (
            "es",
            "La Fundación Ricardo Salvatierra firmó con la Universidad Francisco Olmedo.",
            [("org", "Fundación Ricardo Salvatierra"), ("org", "Universidad Francisco Olmedo")],
        ),
        ("en", "They visited Hospital Ana Lucía Vidal.", [("org", "Hospital Ana Lucía Vidal")]),
        # ... but not after other organization words, nor a title
        (
            "es",
            "Tec de Monterrey Beatriz Palacios habló.",
            [("org", "Tec de Monterrey"), ("person", "Beatriz Palacios")],
        ),
        # a demonym beside a government word names the country
        ("en", "The Chilean government signed a deal.", [("place", "Chilean government")]),
        ("es", "El gobierno chileno firmó un acuerdo.", [("place", "gobierno chileno")]),
        ("fr", "Le gouvernement sénégalais a signé.", [("place", "gouvernement sénégalais")]),
        ("en", "Chilean exports grew.", []),  # the demonym alone names nothing
        ("en", "The government said so.", []),
        # a known place right after a word that cannot stand alone ends a company's name
        (
            "fr",
            "L'accord signé par Air France et Veltrano.",
            [("org", "Air France"), ("name", "Veltrano")],
        ),
        ("es", "Volamos con Viva Colombia ayer.", [("org", "Viva Colombia")]),
        # a company word before a place, and a place-opening word before a given name
        ("es", "Lo anunció el Grupo México ayer.", [("org", "Grupo México")]),
        (
            "es",
            "Lo anunció el Grupo San Martín de Porres ayer.",
            [("org", "Grupo San Martín de Porres")],
        ),
        ("es", "Lo anunció la Secretaría Jalisco.", [("org", "Secretaría"), ("place", "Jalisco")]),
        # ... but a known name, a function word or a place-opening word keeps the place apart
        # (a known national body before a state of its country is its chapter there)
        ("es", "El Conalep Jalisco firmó.", [("org", "Conalep Jalisco")]),
        ("es", "Hoy Chile firmó el acuerdo.", [("place", "Chile")]),
        ("es", "Dijo: “Actualmente Chile crece”.", [("place", "Chile")]),
        # a sentence's first word before a verb is a name; a person only with a given name
        ("fr", "Thales a choisi Airbus comme partenaire.", [("org", "Thales"), ("org", "Airbus")]),
        ("fr", "Veltrano a choisi Airbus.", [("name", "Veltrano"), ("org", "Airbus")]),
        # a name that lists its fields, closed by a name in brackets, is one name
        (
            "es",
            "Firmó con la Confederación de Cámaras de Industria, Minería y Energía (Canamex).",
            [
                ("org", "Confederación de Cámaras de Industria, Minería y Energía"),
                ("name", "Canamex"),
            ],
        ),
        # ... not a list of organizations
        (
            "es",
            "Firmaron Banco Azteca, Grupo Salinas y Veltrano (GS).",
            [
                ("org", "Banco Azteca"),
                ("org", "Grupo Salinas"),
                ("name", "Veltrano"),
                ("org", "GS"),
            ],
        ),
        # a government body of a state named as such is one name
        (
            "es",
            "Lo firmó la Secretaría de Turismo del Estado de Guerrero.",
            [("org", "Secretaría de Turismo del Estado de Guerrero")],
        ),
        # a ministry's list of portfolios, each with its own article, is its name to the end
        (
            "fr",
            "Il a signé avec le ministère de l'Économie, de l'Innovation et de l'Énergie du "
            "Québec.",
            [("org", "ministère de l'Économie, de l'Innovation et de l'Énergie du Québec")],
        ),
        (
            "es",
            "Firmó con el Ministerio de Comercio, Industria y Turismo de Colombia.",
            [("org", "Ministerio de Comercio, Industria y Turismo"), ("place", "Colombia")],
        ),
        (
            "en",
            "It signed with the Ministry of Economy, Innovation and Energy.",
            [("org", "Ministry of Economy, Innovation and Energy")],
        ),
        # a state's body with two portfolios, the last one before the state
        (
            "en",
            "It signed with the Ministry of Economy and Energy of Quebec.",
            [("org", "Ministry of Economy and Energy of Quebec")],
        ),
        (
            "es",
            "Firmó con la Secretaría de Economía y Turismo de Sonora.",
            [("org", "Secretaría de Economía y Turismo de Sonora")],
        ),
        (
            "fr",
            "Il a signé avec le ministère de l'Économie et de l'Énergie du Québec.",
            [("org", "ministère de l'Économie et de l'Énergie du Québec")],
        ),
        # ... and so is an office named as such before a state's plain name (not the federal
        # body the gazetteer knows by its first words); the post keeps the state apart
        (
            "es",
            "Lo firmó la Secretaría de Salud de Sonora.",
            [("org", "Secretaría de Salud de Sonora")],
        ),
        (
            "fr",
            "Il a signé avec le ministère de l'Éducation du Québec.",
            [("org", "ministère de l'Éducation du Québec")],
        ),
        (
            "en",
            "It was signed by the Department of Health of Sonora.",
            [("org", "Department of Health of Sonora")],
        ),
        (
            "es",
            "Habló la secretaria de Salud de Sonora.",
            [("name", "Salud"), ("place", "Sonora")],
        ),
        # a lower-case head word before a capitalized portfolio
        (
            "es",
            "El acuerdo con el ministerio de Minería, Veltrano y otros se firmó.",
            [("org", "ministerio de Minería"), ("name", "Veltrano")],
        ),
        (
            "fr",
            "Selon le ministère de l'Intérieur, tout va bien.",
            [("org", "ministère de l'Intérieur")],
        ),
        ("es", "Habló la secretaria de Energía.", [("name", "Energía")]),  # the post
        ("es", "La dirección de Veltrano habló.", [("name", "Veltrano")]),
        # memorandum and letter of intent are no organizations
        ("fr", "Ils ont signé des protocoles d'accord (MoU) et une LOI.", []),
        ("en", "They signed an MOU with Veltrano.", [("name", "Veltrano")]),
        # digits joined to a capitalized word start a name; units and codes do not
        ("en", "They shop at 4-Ventura stores.", [("name", "4-Ventura")]),
        ("en", "The 5G network and a 300MW plant.", []),
        ("en", "The company 3M will invest.", [("org", "3M")]),
        # "y" between two people's names makes two names
        (
            "es",
            "Lo acompañaron Ricardo Abraham Mafud y Antonio Salas Ruiz.",
            [("person", "Ricardo Abraham Mafud"), ("person", "Antonio Salas Ruiz")],
        ),
        # one capitalized word after "y" is a second name, unless a common noun is coordinated
        (
            "es",
            "Los parques La Mesa y Victoria operan.",
            [("name", "La Mesa"), ("person", "Victoria")],
        ),
        (
            "es",
            "El acuerdo entre Zorbel y Nextra se firmó.",
            [("name", "Zorbel"), ("name", "Nextra")],
        ),
        ("es", "La firma compró Iusaline y KTEL ayer.", [("name", "Iusaline"), ("org", "KTEL")]),
        ("es", "La firma habló de Ciencia y Tecnología.", [("name", "Ciencia")]),
        ("es", "La firma cita Comunicaciones y Transportes.", [("name", "Comunicaciones")]),
        (
            "es",
            "La firma cubre Turismo y Defensa; la defensa crece.",
            [("name", "Turismo")],
        ),
        # a sentence's first unknown word followed by a finite verb is a name
        ("fr", "Zorbel agrandit son usine.", [("name", "Zorbel")]),
        ("es", "Zorbel aseguró que abrirá una planta.", [("name", "Zorbel")]),
        ("es", "Vextra informó sus resultados.", [("name", "Vextra")]),
        ("en", "Zorbel reported record profits.", [("name", "Zorbel")]),
        ("fr", "Zorbel investira 20 millions.", [("name", "Zorbel")]),
        # ... but a sentence-initial adverb or a word followed by no verb is not
        ("es", "Asimismo indicó que abrirá una planta.", []),
        ("en", "Yesterday reported profits rose.", []),
        ("fr", "Ensuite indique la voie.", []),
        ("es", "Sostuvo que la planta abrirá.", []),
        # a direction word before a known place is part of the place, not a company
        ("en", "The plant is in Northeast Brazil.", [("place", "Northeast Brazil")]),
        ("en", "Sales rose in Northern Mexico.", [("place", "Northern Mexico")]),
        ("en", "It operates in Greater Buenos Aires.", [("place", "Greater Buenos Aires")]),
        ("en", "They flew from South Korea.", [("place", "South Korea")]),
        ("en", "The deal went to Vantor Chile.", [("org", "Vantor Chile")]),
        # a place after a given name and "de los" inside a person's name
        (
            "es",
            "La directora María de los Ángeles Pérez anunció el plan.",
            [("person", "María de los Ángeles Pérez")],
        ),
        ("es", "La gerente María de la Paz Gómez habló.", [("person", "María de la Paz Gómez")]),
        ("es", "Juan de Lima llegó.", [("person", "Juan"), ("place", "Lima")]),
        ("en", "The CEO Sean O'Brien said it.", [("person", "Sean O'Brien")]),
        # an elided "d'" before a known place inside an organization's name
        (
            "fr",
            "Le recteur de l'Université d'État d'Haïti a signé.",
            [("org", "Université d'État d'Haïti")],
        ),
        (
            "fr",
            "L'ambassadeur d'Haïti en France a parlé.",
            [("place", "Haïti"), ("place", "France")],
        ),
        ("es", "Ella visitó San Miguelito ayer.", [("name", "San Miguelito")]),
        # a capitalized demonym is a surname unless a title follows it (not one before it)
        (
            "es",
            "Ante el embajador, Diana Francés, directora de Ventas, habló.",
            [("person", "Diana Francés"), ("name", "Ventas")],
        ),
        # a given name that is also a month starts a name before a sure given name
        ("es", "Habló el ministro Julio José Prado en julio.", [("person", "Julio José Prado")]),
        ("en", "In June Maria Lopez said it.", [("person", "Maria Lopez")]),
        # an honorific before a name makes it a person's
        (
            "fr",
            "Selon M. Velcourt et Mme Bossaint, tout va.",
            [("person", "Velcourt"), ("person", "Bossaint")],
        ),
        ("es", "Lo dijo el Dr. Olmedo Ruiz.", [("person", "Olmedo Ruiz")]),
    ],
)
def test_names(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert names(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a purpose after an institution's head word joins its capitalized complement
        (
            "en",
            "They met the Northmoor Centre for Applied Optics (NCAO) team.",
            [("org", "Northmoor Centre for Applied Optics"), ("org", "NCAO")],
        ),
        (
            "es",
            "Ayer habló la Agencia para el Desarrollo Minero con Zorbel.",
            [("org", "Agencia para el Desarrollo Minero"), ("name", "Zorbel")],
        ),
        (
            "fr",
            "Elle dirige la Fondation pour la Recherche Marine depuis mai.",
            [("org", "Fondation pour la Recherche Marine")],
        ),
        # ... but not after a company's trade word, nor before a lower-case word
        (
            "en",
            "The analysts said Vextra Energy for Ulmar works.",
            [("org", "Vextra Energy"), ("name", "Ulmar")],
        ),
        ("en", "The Zorbel Institute applied for funds.", [("org", "Zorbel Institute")]),
        # lower-case adjectives of French and Spanish names, and the place after them
        ("fr", "L'École polytechnique a signé.", [("org", "École polytechnique")]),
        (
            "fr",
            "Il a rejoint l'Alliance française de Lima et Zorbel.",
            [("org", "Alliance française de Lima"), ("name", "Zorbel")],
        ),
        (
            "es",
            "Firmó con la Universidad politécnica de Madrid y con Zorbel.",
            [("org", "Universidad politécnica de Madrid"), ("name", "Zorbel")],
        ),
        # a lower-case complement that a verb, a coordinated name or a place goes on after
        (
            "es",
            "La Comisión nacional de energía firmó un convenio.",
            [("org", "Comisión nacional de energía")],
        ),
        (
            "fr",
            "Il a rencontré l'Agence de la transformation numérique et Zorbel.",
            [("org", "Agence de la transformation numérique"), ("name", "Zorbel")],
        ),
        (
            "fr",
            "Il a visité le Centre national d'études spatiales à Toulouse.",
            [("org", "Centre national d'études spatiales"), ("place", "Toulouse")],
        ),
        # ... but not over a sentence's own words
        (
            "es",
            "La Comisión nacional de energía un día habló.",
            [("org", "Comisión nacional")],
        ),
        # an organization's head word beside a known name makes a body of its own
        ("es", "La Fundación Telefónica abrió.", [("org", "Fundación Telefónica")]),
        ("fr", "La Fondation Orange a ouvert.", [("org", "Fondation Orange")]),
        ("en", "Santander Universities opened.", [("org", "Santander Universities")]),
        ("en", "The firm Telefónica opened.", [("org", "Telefónica")]),
        # ... of a company only: a known university stays itself
        (
            "es",
            "Ayer habló la Universidad Harvard con Zorbel.",
            [("org", "Universidad"), ("org", "Harvard"), ("name", "Zorbel")],
        ),
        # a short code inside a name
        ("es", "La firma compró Grupo 4S ayer.", [("org", "Grupo 4S")]),
        ("en", "They hired Route 66 Partners.", [("org", "Route 66 Partners")]),
        ("en", "They sell Zorbel 5G phones.", [("name", "Zorbel")]),
        # a sentence's first word with a clause about it, a possessive or a title after it
        ("en", "Zorbel, which makes yarn, grew.", [("name", "Zorbel")]),
        ("es", "Zorbel, que fabrica hilos, creció.", [("name", "Zorbel")]),
        ("fr", "Zorbel, qui fabrique du fil, a grandi.", [("name", "Zorbel")]),
        ("en", "However, which one grew?", []),
        (
            "en",
            "Zorbel's chief executive, Ana Ruiz, spoke.",
            [("org", "Zorbel"), ("person", "Ana Ruiz")],
        ),
        ("en", "Let's go.", []),
        # a government body's name that lists its portfolios
        (
            "en",
            "Vextra signed with the Ministry of Mines and Energy yesterday.",
            [("name", "Vextra"), ("org", "Ministry of Mines and Energy")],
        ),
        (
            "en",
            "Vextra signed with the Ministry of Science, Technology and Innovation.",
            [("name", "Vextra"), ("org", "Ministry of Science, Technology and Innovation")],
        ),
        (
            "en",
            "The Ministry of Energy and Vextra signed.",
            [("org", "Ministry of Energy"), ("name", "Vextra")],
        ),
        (
            "es",
            "Firmó el Consejo Nacional de Ciencia, Tecnología e Innovación con Zorbel.",
            [("org", "Consejo Nacional de Ciencia, Tecnología e Innovación"), ("name", "Zorbel")],
        ),
        (
            "es",
            "Lo anunció la Agencia Zorbana de Cooperación Internacional para el Desarrollo.",
            [("org", "Agencia Zorbana de Cooperación Internacional para el Desarrollo")],
        ),
        # an acronym's letters skip articles too; a fund is an organization
        (
            "fr",
            "L'Institut de recherche pour le développement (IRD) a signé.",
            [("org", "Institut de recherche pour le développement"), ("org", "IRD")],
        ),
        # one lower-case word may give the acronym no letter; the name opens with a capital
        (
            "fr",
            "Elle a rejoint le Centre de coopération avancée en recherche marine (Ccarm) hier.",
            [("org", "Centre de coopération avancée en recherche marine"), ("name", "Ccarm")],
        ),
        (
            "es",
            "Firmó el Instituto de investigación en Minería Andina (IMA) ayer.",
            [("org", "Instituto de investigación en Minería Andina"), ("org", "IMA")],
        ),
        # an acronym of two parts, the first opening the name it defines
        (
            "fr",
            "Le contrat est signé avec ZRB Réseaux électriques insulaires (ZRB REI) mardi.",
            [("org", "ZRB Réseaux électriques insulaires"), ("name", "ZRB REI")],
        ),
        (
            "fr",
            "Le Fonds pour l'environnement mondial a signé un accord.",
            [("org", "Fonds pour l'environnement mondial")],
        ),
        # a head word after "y la", "et la" opens a second organization
        (
            "es",
            "Zorbel y la Cámara de Comercio de Ulmar firmaron.",
            [("name", "Zorbel"), ("org", "Cámara de Comercio de Ulmar")],
        ),
        (
            "fr",
            "Zorbel et la Chambre de commerce de Lima ont signé un accord.",
            [("name", "Zorbel"), ("org", "Chambre de commerce de Lima")],
        ),
        ("es", "La Fundación Juan y María abrió.", [("org", "Fundación Juan y María")]),
        # a known body's short name after a ministry's head word is its portfolio
        ("es", "El Ministerio de Economía firmó.", [("org", "Ministerio de Economía")]),
        ("es", "La Secretaría de Economía firmó.", [("org", "Secretaría de Economía")]),
        # a legal form closes a company's name: "of" after it says where it is from
        (
            "en",
            "Zorbel Grains S.A. of Pelotas signed.",
            [("org", "Zorbel Grains S.A."), ("name", "Pelotas")],
        ),
        # "the Honourable" before a minister's name is no part of it
        (
            "en",
            "It was signed by the Honourable Luis Paz Gil in Belmopan.",
            [("person", "Luis Paz Gil"), ("place", "Belmopan")],
        ),
        # English writes no "of" inside a person's name
        (
            "en",
            "The deal was signed by Ana Ruiz of Zorbel Systems.",
            [("person", "Ana Ruiz"), ("org", "Zorbel Systems")],
        ),
        ("en", "They met the University of Ulmar.", [("org", "University of Ulmar")]),
        ("es", "Habló Ignacio de la Vega ayer.", [("person", "Ignacio de la Vega")]),
    ],
)
def test_name_boundaries(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert names(lang, text) == expected


def first_sentence_names(lang: str, text: str) -> list[tuple[str, str]]:
    article = read_text(text, lang=lang)
    found = recognize(article, segment(article))[0]
    return [(m.kind, m.text) for m in found if m.kind in ("person", "org", "place", "name")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a title-case headline: demonyms, company nouns before a name and words the body
        # writes in lower case are no names' words
        (
            "en",
            "Brazilian Miner Vextra Signs Green Steel Deal With Lumara\n"
            "Vextra, the miner, said the green steel plant opens next year.",
            [("org", "Vextra"), ("name", "Lumara")],
        ),
        # the longest first words the body writes as a name are that name; the headline's
        # verb and object after it are no name (a scale after a number is no word)
        (
            "en",
            "Zorbel Capital Names New Andes Head, Plans US$1.2bn Push Into Toll Roads\n"
            "Zorbel Capital named a new head for the Andes region.",
            [
                ("org", "Zorbel Capital"),
                ("name", "Andes"),
                ("name", "Push"),
                ("name", "Toll Roads"),
            ],
        ),
        (
            "es",
            "Zorbel Capital Nombra Nueva Gerente y Invertirá US$ 120 Millones en Guayas\n"
            "Zorbel Capital nombró gerente y anunció inversiones en Guayas.",
            [("org", "Zorbel Capital"), ("place", "Guayas")],
        ),
        # the body writes the whole run as a name: it stays whole
        (
            "en",
            "Nexo Energy Invests $50 Million In Chilean Solar Plant\n"
            "The firm Nexo Energy said the solar energy plant would open soon.",
            [("org", "Nexo Energy")],
        ),
        # from the word before a connector on, a head and its complement stay whole
        (
            "en",
            "Bank Of Lumara Partners With Peruvian Fintech Pagola\n"
            "The bank said the partnership with Pagola would reach clients.",
            [("org", "Bank Of Lumara"), ("org", "Pagola")],
        ),
        # a line in capitals, in any language
        (
            "es",
            "VEXTRA INVERTIRÁ 300 MILLONES EN LA PLANTA DE SONORA\n"
            "La empresa Vextra invertirá 300 millones en la planta.",
            [("org", "VEXTRA"), ("place", "SONORA")],
        ),
        (
            "fr",
            "LUMARA VA INVESTIR 50 MILLIONS DANS UNE USINE AU CHILI\n"
            "Le groupe Lumara va investir 50 millions dans une usine.",
            [("org", "LUMARA"), ("place", "CHILI")],
        ),
        # not a headline: a sentence with lower-case words of its own keeps its names
        (
            "en",
            "Caputo is accompanied in Lima by Central Bank Governor Ana Ruiz.\n"
            "The bank said the governor would speak.",
            [
                ("name", "Caputo"),
                ("place", "Lima"),
                ("org", "Central Bank"),
                ("person", "Ana Ruiz"),
            ],
        ),
        # Spanish and French write names, not headlines, in capitals: the shape is English's
        (
            "es",
            "Firmaron Banco Azteca, Grupo Salinas y Veltrano Unidos.\nEl banco firmó.",
            [("org", "Banco Azteca"), ("org", "Grupo Salinas"), ("name", "Veltrano Unidos")],
        ),
    ],
)
def test_headline_names(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert first_sentence_names(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a sentence that opens with its verb: the verb is no name's first word
        (
            "es",
            "Firmó la Agencia Nacional de Minería un convenio con Zorbel.",
            [("org", "Agencia Nacional de Minería"), ("name", "Zorbel")],
        ),
        ("es", "Invirtió Grupo Lumiar 20 millones de dólares.", [("org", "Grupo Lumiar")]),
        (
            "fr",
            "Signe la Banque Lumara un accord avec Zorbel.",
            [("org", "Banque Lumara"), ("name", "Zorbel")],
        ),
        # not a verb: an organization word or a given name opens the name, a noun ends as
        # one, a head goes on over a connector, English puts no verb first
        ("es", "Grupo la Moderna firmó un acuerdo.", [("org", "Grupo la Moderna")]),
        ("es", "María la Rosa firmó un acuerdo.", [("person", "María la Rosa")]),
        ("es", "Trabajo Digital firmó un convenio.", [("name", "Trabajo Digital")]),
        ("es", "Alianza del Zorbel firmó un acuerdo.", [("org", "Alianza del Zorbel")]),
        ("en", "Invest Zorbel signed an agreement.", [("name", "Invest Zorbel")]),
        # a company and a country at a sentence's start, before a verb: the company's branch
        ("es", "Vextra Chile invertirá 20 millones de dólares.", [("org", "Vextra Chile")]),
        ("en", "Vextra Chile will invest $20 million.", [("org", "Vextra Chile")]),
        ("fr", "Lumara France a signé un accord.", [("org", "Lumara France")]),
        # no verb after the place, or an adverb first: the place alone
        ("es", "Zorbel Chile y Perú firmaron.", [("place", "Chile"), ("place", "Perú")]),
        (
            "es",
            "Actualmente Baja California cuenta con parques.",
            [("place", "Baja California")],
        ),
        # a company noun, then a demonym, then the name; a company noun in an apposition
        (
            "es",
            "Los fondos vendrán de la minera canadiense Lomaris Resource.",
            [("org", "Lomaris Resource")],
        ),
        (
            "fr",
            "Le minier canadien Lomaris Resource va investir.",
            [("org", "Lomaris Resource")],
        ),
        (
            "en",
            "Lomaris, an agro-industrial corporation, will build a park.",
            [("org", "Lomaris")],
        ),
        ("es", "La ciudad canadiense Toronto recibió a la delegación.", [("place", "Toronto")]),
        ("en", "Ana Ruiz, a local engineer, will lead the plant.", [("person", "Ana Ruiz")]),
        # a dateline's full stop and dash: the sentence opens after it ("El" is no name)
        (
            "es",
            "Tlajomulco de Zúñiga, Jalisco.- El municipio recibirá la inversión.",
            [("place", "Tlajomulco de Zúñiga"), ("place", "Jalisco")],
        ),
        (
            "fr",
            "Monterrey, Nuevo León.– La société recevra l'investissement.",
            [("place", "Monterrey"), ("place", "Nuevo León")],
        ),
        (
            "en",
            "Monterrey, Nuevo León.- The city will receive the investment.",
            [("place", "Monterrey"), ("place", "Nuevo León")],
        ),
        # Spanish headlines and bulletins open on the verb, before its capitalized subject
        (
            "es",
            "Inaugura Vextra Motors planta de 50 millones de dólares en Saltillo",
            [("org", "Vextra Motors"), ("place", "Saltillo")],
        ),
        (
            "es",
            "Anuncia Tarvelia parque logístico en Saltillo",
            [("name", "Tarvelia"), ("place", "Saltillo")],
        ),
        # a participle that opens the sentence is no name's first word
        (
            "fr",
            "Baptisée Vextra Nautla, la coentreprise construira une usine à Lyon.",
            [("name", "Vextra Nautla"), ("place", "Lyon")],
        ),
        (
            "es",
            "Ubicada en Saltillo, Vextra Motors invertirá en una planta.",
            [("place", "Saltillo"), ("org", "Vextra Motors")],
        ),
        (
            "en",
            "Headquartered in Saltillo, Vextra Motors will build a plant.",
            [("place", "Saltillo"), ("org", "Vextra Motors")],
        ),
        # English and French open on the subject: a capitalized first word may be the name's
        (
            "en",
            "Vextra Motors opens a plant in Saltillo",
            [("org", "Vextra Motors"), ("place", "Saltillo")],
        ),
        (
            "fr",
            "Vextra Motors ouvre une usine à Saltillo",
            [("org", "Vextra Motors"), ("place", "Saltillo")],
        ),
    ],
)
def test_sentence_openings(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert names(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # common nouns capitalized for emphasis after an article, written in lower case too
        (
            "es",
            "El tema central fue la Inteligencia Artificial. La inteligencia artificial crece.",
            [],
        ),
        (
            "fr",
            "Le thème fut la Transition Énergétique. La transition énergétique avance.",
            [],
        ),
        (
            "en",
            "The focus was the Digital Economy. The digital economy grows.",
            [],
        ),
        # after "de" a unit's name stays; a word the text never writes in lower case stays
        (
            "es",
            "Habló la directora de Última Milla. La última milla importa.",
            [("name", "Última Milla")],
        ),
        (
            "es",
            "El tema fue la Inteligencia Zorbel. La inteligencia crece.",
            [("name", "Inteligencia Zorbel")],
        ),
    ],
)
def test_emphasis_is_no_name(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert names(lang, text) == expected


def labelled(lang: str, text: str) -> list[tuple[str, str, str]]:
    article = read_text(text, lang=lang)
    found = recognize(article, segment(article))
    kinds = ("person", "org", "place", "name")
    return [(m.kind, m.text, m.key) for s in found for m in s if m.kind in kinds]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a lower-case head word before a place's name: one institution
        (
            "fr",
            "Zorbel a signé un accord avec l'université de Lyon.",
            [("name", "Zorbel"), ("org", "université de Lyon")],
        ),
        (
            "fr",
            "Il travaille à l'ambassade de France au Chili.",
            [("org", "ambassade de France au Chili")],
        ),
        (
            "es",
            "Ana Ruiz trabaja en la embajada de Francia en Chile.",
            [("person", "Ana Ruiz"), ("org", "embajada de Francia en Chile")],
        ),
        (
            "en",
            "He works at the embassy of France in Chile.",
            [("org", "embassy of France in Chile")],
        ),
        # negatives: no head word, or a plural; English "university of" in lower case stays out
        (
            "fr",
            "Les universités de Lyon recrutent.",
            [("name", "Lyon")],
        ),
        (
            "en",
            "Zorbel signed with the university of Lyon.",
            [("name", "Zorbel"), ("name", "Lyon")],
        ),
        # an elided article before a known name is no name of its own
        ("fr", "L'Unesco et Zorbel ont signé.", [("org", "Unesco"), ("name", "Zorbel")]),
        # nor before an acronym ("L'Oréal" keeps its article, "L'OZB" does not)
        ("fr", "L'OZB et Zorbel ont signé.", [("org", "OZB"), ("name", "Zorbel")]),
        ("fr", "L’OZB financera l’usine.", [("org", "OZB")]),
    ],
)
def test_lower_case_heads(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert names(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "surface", "key"),
    [
        # a demonym between a ministry's head word and its portfolio: that country's ministry
        (
            "es",
            "Firmó con el ministerio peruano de Energía y Minas.",
            "ministerio peruano de Energía y Minas",
            "minem-peru",
        ),
        (
            "fr",
            "Il a signé avec le ministère chilien des Sciences.",
            "ministère chilien des Sciences",
            "ministerio-de-ciencia-chile",
        ),
        (
            "es",
            "Firmó con el ministerio colombiano de Educación.",
            "ministerio colombiano de Educación",
            "mineducacion-colombia",
        ),
        # an unknown country's ministry stays a body named as written
        (
            "fr",
            "Il a signé avec le ministère bolivien de l'Éducation.",
            "ministère bolivien de l'Éducation",
            None,
        ),
    ],
)
def test_a_demonym_inside_a_ministry_name(
    lang: str, text: str, surface: str, key: str | None
) -> None:
    assert ("org", surface, key) in labelled(lang, text)


@pytest.mark.parametrize(
    ("text", "general_motors"),
    [
        ("Jane Roe, SVP and GM of Zorbel Cloud, spoke.", False),
        ("Jane Roe, VP & GM for Latin America at Zorbel, spoke.", False),
        ("John Roe, the GM of Zorbel, spoke.", False),
        ("GM will build a plant in Coahuila.", True),
        ("Ford and GM will build plants.", True),
        ("Mary Roe, CEO of GM, spoke.", True),
    ],
)
def test_gm_is_a_title_beside_another_title(text: str, general_motors: bool) -> None:
    keys = {key for _, _, key in labelled("en", text)}
    assert ("general-motors" in keys) is general_motors


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Zorbel Corp y Nexta SA invertirán.", ["Zorbel Corp", "Nexta SA"]),
        ("fr", "Zorbel SA et Nexta Group investiront.", ["Zorbel SA", "Nexta Group"]),
        ("en", "Zorbel Corp and Nexta Inc will invest.", ["Zorbel Corp", "Nexta Inc"]),
        # a public body, then a company closed by its legal form
        (
            "es",
            "La Universidad de Tarvelia y Zorbel Corp firmaron.",
            ["Universidad de Tarvelia", "Zorbel Corp"],
        ),
        (
            "fr",
            "L'Université de Tarvelia et Zorbel SA ont signé.",
            ["Université de Tarvelia", "Zorbel SA"],
        ),
        # one name: a partners' firm, a ministry's portfolios
        ("es", "Grupo Zorbel y Asociados invertirá.", ["Grupo Zorbel y Asociados"]),
        (
            "es",
            "La Secretaría de Ciencia y Tecnología firmó.",
            ["Secretaría de Ciencia y Tecnología"],
        ),
    ],
)
def test_two_companies_joined_by_and(lang: str, text: str, expected: list[str]) -> None:
    assert [t for _, t in names(lang, text)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a ministry's lower-case adjective and a second portfolio after "et de" are its name's
        (
            "fr",
            "Elle dirige le ministère de l'Enseignement supérieur et de la Recherche.",
            [("org", "ministère de l'Enseignement supérieur et de la Recherche")],
        ),
        # a known ministry with a second portfolio is a body of its own, named as written
        (
            "fr",
            "Elle dirige le ministère des Affaires étrangères et du Développement international.",
            [("org", "ministère des Affaires étrangères et du Développement international")],
        ),
        # "et" and a company: two names
        (
            "fr",
            "Le ministère de l'Économie et Zorbel ont signé.",
            [("org", "ministère de l'Économie"), ("name", "Zorbel")],
        ),
        # a purpose inside a lower-case complement that ends the clause
        (
            "fr",
            "Zorbel a signé avec l'Institut de recherche pour le développement.",
            [("name", "Zorbel"), ("org", "Institut de recherche pour le développement")],
        ),
        (
            "es",
            "Zorbel firmó con la Agencia de cooperación para el desarrollo.",
            [("name", "Zorbel"), ("org", "Agencia de cooperación para el desarrollo")],
        ),
        # the clause goes on after the purpose: the name stops at its adjectives
        (
            "fr",
            "L'Agence nationale de la recherche pour les étudiants a signé.",
            [("org", "Agence nationale")],
        ),
    ],
)
def test_lower_case_rest_of_a_body(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert names(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a legal form closing an unknown name makes it a company
        ("es", "Zorbel SA abrirá una planta.", [("org", "Zorbel SA", "Corporation")]),
        ("es", "Brisco Ltda firmó el acuerdo.", [("org", "Brisco Ltda", "Corporation")]),
        ("es", "Vestrel SAS abrirá una planta.", [("org", "Vestrel SAS", "Corporation")]),
        ("fr", "Ormel SARL a ouvert une usine.", [("org", "Ormel SARL", "Corporation")]),
        # a legal form alone, or no legal form, types nothing
        ("es", "La planta de Zorbel Brisco abrirá.", [("name", "Zorbel Brisco", "")]),
        # after a comma, the legal form makes the name before it a company, number and all
        (
            "es",
            "La sociedad Quilmard Solar 2, S.R.L., firmó el contrato.",
            [("org", "Quilmard Solar 2", "Corporation")],
        ),
        (
            "en",
            "Vextra Holdings, Inc., signed the deal.",
            [("org", "Vextra Holdings", "Corporation")],
        ),
        (
            "es",
            "La planta de Zorbel, S.A. de C.V. abrirá.",
            [("org", "Zorbel", "Corporation")],
        ),
        # opening a sentence, a word with a legal form after its comma is a company's name
        (
            "es",
            "Zorbel, S.A. de C.V. invertirá en la planta.",
            [("org", "Zorbel", "Corporation")],
        ),
        # a dotted legal form whose name is not found is no name itself
        (
            "es",
            "Así, S.A. de C.V. fue la forma elegida.",
            [],
        ),
        # a number with no legal form after it is no name's
        ("en", "Zorbel Brisco 2, he said, was open.", [("name", "Zorbel Brisco", "")]),
    ],
)
def test_a_legal_form_makes_a_company(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    article = read_text(text, lang=lang)
    found = recognize(article, segment(article))
    kinds = ("person", "org", "place", "name")
    got = [(m.kind, m.text, m.type) for sentence in found for m in sentence if m.kind in kinds]
    assert got == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a sentence-opening participle and its agent are not the person's name
        (
            "es",
            "Acompañado de Ana Ruiz, el gerente de Zorbel habló.",
            [("person", "Ana Ruiz"), ("name", "Zorbel")],
        ),
        ("fr", "Accompagnée par Marie Roux, la ministre a parlé.", [("person", "Marie Roux")]),
        # a participle without its agent is no name either way
        ("es", "Aprobado el plan, Ana Ruiz habló.", [("person", "Ana Ruiz")]),
        # an unknown word opening a sentence before an organization's people is a name
        ("en", "Zorbel executives met the minister.", [("name", "Zorbel")]),
        ("en", "Zorbel officials said the plant will open.", [("name", "Zorbel")]),
        ("en", "Many executives met the minister.", []),
        # an organization's people opening a sentence before "de" and its name
        ("es", "Directivos de Zorbel se reunieron.", [("name", "Zorbel")]),
        ("en", "Executives of Zorbel met the minister.", [("name", "Zorbel")]),
        (
            "es",
            "Representantes de la Universidad de Chile firmaron.",
            [("org", "Universidad de Chile")],
        ),
        # a field after an institution's head word is the name's, a place after it is not
        (
            "es",
            "El Centro de Estudios en Química Verde firmó.",
            [("org", "Centro de Estudios en Química Verde")],
        ),
        (
            "es",
            "La Embajada de Zorbania en Chile firmó.",
            [("org", "Embajada de Zorbania"), ("place", "Chile")],
        ),
        ("es", "Zorbel Energía en Chile firmó.", [("org", "Zorbel Energía"), ("place", "Chile")]),
        # an English adjective right after "for" takes "and" and its noun into the name
        (
            "en",
            "The Agency for Technical and Scientific Cooperation signed.",
            [("org", "Agency for Technical and Scientific Cooperation")],
        ),
        (
            "en",
            "The Centre for Research and Zorbel signed.",
            [("org", "Centre for Research"), ("name", "Zorbel")],
        ),
        # French bodies: an assembly, a territorial authority, a regional council
        ("fr", "L'Assemblée nationale a voté.", [("org", "Assemblée nationale")]),
        (
            "fr",
            "La Collectivité territoriale de Martinique a signé.",
            [("org", "Collectivité territoriale de Martinique")],
        ),
        ("fr", "La Région Guadeloupe a signé.", [("org", "Région Guadeloupe")]),
        (
            "fr",
            "Zorbel investit dans la région Guadeloupe.",
            [("name", "Zorbel"), ("place", "Guadeloupe")],
        ),
        # "The" before an organization's head word inside a sentence is no part of the name
        (
            "en",
            "LIMA - The University of Zorbania has signed the deal.",
            [("place", "LIMA"), ("org", "University of Zorbania")],
        ),
    ],
)
def test_name_openings_and_bodies_round4(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert names(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a legal form the gazetteer also knows as an acronym closes the company's name
        (
            "fr",
            "Vextra SE et Norvald S.A.S. ont annoncé un partenariat.",
            [("org", "Vextra SE"), ("org", "Norvald S.A.S.")],
        ),
        (
            "en",
            "Ormeda AG will invest $5 million in Peru.",
            [("org", "Ormeda AG"), ("place", "Peru")],
        ),
        # a legal form after a known place or an untyped name makes a company
        (
            "en",
            "Monterrey plc will invest $7 billion in Chile.",
            [("org", "Monterrey plc"), ("place", "Chile")],
        ),
        (
            "es",
            "Rosario SA y Quilmard Ltda. firmaron un convenio en Lima.",
            [("org", "Rosario SA"), ("org", "Quilmard Ltda"), ("place", "Lima")],
        ),
        # "se" in lower case stays a word of the sentence
        (
            "es",
            "La planta de Sonora se inaugurará en mayo.",
            [("place", "Sonora")],
        ),
        # an ampersand joins the words of one name
        ("en", "Quilmard & Sons will invest $40 million.", [("name", "Quilmard & Sons")]),
        ("en", "Brisco & Co. signed the deal.", [("org", "Brisco & Co")]),
        # an apposition with a company noun and its complement makes the name before it a company
        (
            "es",
            "Zorbel, empresa de origen alemán, invertirá 45 millones de dólares.",
            [("org", "Zorbel")],
        ),
        (
            "en",
            "Brisco, the Swiss-based maker of valves, will invest $60 million.",
            [("org", "Brisco")],
        ),
        # an adverb before the apposition is no name
        ("es", "Finalmente, la empresa de Zorbel invertirá.", [("name", "Zorbel")]),
        # a compound given name makes a person
        (
            "fr",
            "Marie-Claire Lefèvre, présidente de la Chambre de commerce de Quilmard, a signé.",
            [("person", "Marie-Claire Lefèvre"), ("org", "Chambre de commerce de Quilmard")],
        ),
        # public bodies' head words
        (
            "es",
            "La Procuraduría Federal del Consumidor y la Fiscalía General de Tarvelia firmaron.",
            [
                ("org", "Procuraduría Federal del Consumidor"),
                ("org", "Fiscalía General de Tarvelia"),
            ],
        ),
        # a lower-case complement before "and" and a second body named by its noun
        (
            "fr",
            "L'Institut national de la recherche agronomique et l'entreprise Vextra ont signé.",
            [("org", "Institut national de la recherche agronomique"), ("org", "Vextra")],
        ),
        (
            "es",
            "La Comisión nacional de energía y la empresa Vextra firmaron un convenio.",
            [("org", "Comisión nacional de energía"), ("org", "Vextra")],
        ),
        # a company's name at a sentence's start before a lower-case company post
        (
            "en",
            "Vextra chief executive Ana Ruiz said the firm will invest.",
            [("org", "Vextra"), ("person", "Ana Ruiz")],
        ),
        # a branch named by a country at a sentence's start, before an apposition
        (
            "es",
            "Ormeda Chile, filial de Ormeda, invertirá en Santiago.",
            [("org", "Ormeda Chile"), ("name", "Ormeda"), ("place", "Santiago")],
        ),
        (
            "en",
            "Brisco Peru, a unit of Brisco Group, will invest in Lima.",
            [("org", "Brisco Peru"), ("org", "Brisco Group"), ("place", "Lima")],
        ),
        # a place in an apposition about a place stays a place
        (
            "es",
            "Actualmente Baja California, la entidad con más empresas, recibe inversión.",
            [("place", "Baja California")],
        ),
        # a body's name that ends in a known place, "y" and one more name: two bodies
        (
            "es",
            "El Gobierno de Jalisco y Vextra firmaron un acuerdo.",
            [("org", "Gobierno de Jalisco"), ("name", "Vextra")],
        ),
        (
            "fr",
            "Le Conseil régional de Tarvelia et Vextra ont signé un accord.",
            [("org", "Conseil régional de Tarvelia"), ("name", "Vextra")],
        ),
        # Brazilian bodies keep their Portuguese head words in copy of any language
        (
            "en",
            "Vextra signed a research agreement with the Universidade Federal de Pernambuco.",
            [("name", "Vextra"), ("org", "Universidade Federal de Pernambuco")],
        ),
        (
            "fr",
            "La Prefeitura de Goiana a cédé le terrain.",
            [("org", "Prefeitura de Goiana")],
        ),
        (
            "es",
            "La Fundação Tarvelia financiará el programa.",
            [("org", "Fundação Tarvelia")],
        ),
        # a bracket that closes a list of names holds no person: an honorific says one is inside
        (
            "en",
            "Present were the Director of the Ministry, Ms Ana Paz, and the Head of the Tarvelia"
            " Trade and Investment Service (TTIS), Mrs Luz Ruiz.",
            [
                ("org", "Ministry"),
                ("person", "Ana Paz"),
                ("name", "Tarvelia Trade"),
                ("name", "Investment Service"),
                ("org", "TTIS"),
                ("person", "Luz Ruiz"),
            ],
        ),
        (
            "es",
            "Asistieron el director del Ministerio, Sra. Ana Paz, y la titular de la Agencia de"
            " Comercio e Inversión de Tarvelia (ACIT), Sra. Luz Ruiz.",
            [
                ("org", "Ministerio"),
                ("person", "Ana Paz"),
                ("org", "Agencia de Comercio e Inversión de Tarvelia"),
                ("org", "ACIT"),
                ("person", "Luz Ruiz"),
            ],
        ),
        # ... or a company's name that ends in its trade word
        (
            "es",
            "El Gobierno de Jalisco y Vextra Renovables firmaron un acuerdo.",
            [("org", "Gobierno de Jalisco"), ("org", "Vextra Renovables")],
        ),
        (
            "en",
            "The Government of Jalisco and Vextra Renewables signed an agreement.",
            [("name", "Government"), ("place", "Jalisco"), ("org", "Vextra Renewables")],
        ),
        (
            "fr",
            "Le Conseil régional de Tarvelia et Vextra Énergies ont signé un accord.",
            [("org", "Conseil régional de Tarvelia"), ("org", "Vextra Énergies")],
        ),
        # two places after the body's head stay its name; so does a portfolio
        (
            "es",
            "La Cámara de Comercio de Bogotá y Cundinamarca firmó un convenio.",
            [("org", "Cámara de Comercio de Bogotá y Cundinamarca")],
        ),
        (
            "es",
            "La Secretaría de Ciencia y Tecnología firmó un acuerdo.",
            [("org", "Secretaría de Ciencia y Tecnología")],
        ),
        # a seat in an apposition makes the name before it a body's
        (
            "es",
            "Norvald, con sede en Monterrey, invertirá en Coahuila.",
            [("org", "Norvald"), ("place", "Monterrey"), ("place", "Coahuila")],
        ),
        (
            "fr",
            "Ormeda, basée à Lyon, investira au Maroc.",
            [("org", "Ormeda"), ("place", "Lyon"), ("place", "Maroc")],
        ),
        # an acronym before a capitalized field of business is the company's whole name
        (
            "es",
            "La llegada de ZORB de Tecnologías de la Información a Sonora generará empleos.",
            [("org", "ZORB"), ("place", "Sonora")],
        ),
        # a code after a name, before the subject's verb, is the name's; a year or a day is not
        ("en", "Norvald 360 will invest $12 million.", [("name", "Norvald 360")]),
        ("es", "Mayo 15 firmaron el acuerdo.", []),
    ],
)
def test_legal_forms_ampersands_and_appositions(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert names(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an acronym written as a word spells its name with lower-case words inside
        (
            "es",
            "Firmó con el Servicio Nacional de Formación en Minería Andina (Senafoma) un plan.",
            [("org", "Servicio Nacional de Formación en Minería Andina"), ("name", "Senafoma")],
        ),
        # a word in brackets that spells no run of words before it defines nothing
        (
            "es",
            "Firmó con la Universidad Estatal de Ormeda (Brisco) un plan.",
            [("org", "Universidad Estatal de Ormeda"), ("name", "Brisco")],
        ),
    ],
)
def test_acronym_written_as_a_word(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [n for n in names(lang, text) if n[0] != "place"] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a known national public body before a state of its country: its chapter there
        ("en", "Vextra signed with Conalep Querétaro on Monday.", ("org", "Conalep Querétaro")),
        # a state that ends a body's name after a state word stays in the name
        (
            "fr",
            "Ormeda a signé avec le Colegio de Educación Técnica de l'État de Puebla un accord.",
            ("org", "Colegio de Educación Técnica de l'État de Puebla"),
        ),
    ],
)
def test_a_state_in_a_body_name(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in names(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a known company's one-word name ending a person's name is a surname
        (
            "es",
            "Su directora, Lucía Ferrer Bosch, habló.",
            [("person", "Lucía Ferrer Bosch")],
        ),
        ("en", "Maria Lopez Bosch said the plant will open.", [("person", "Maria Lopez Bosch")]),
        (
            "fr",
            "Selon Claire Martin Bosch, l'usine ouvrira.",
            [("person", "Claire Martin Bosch")],
        ),
        # the company's own possessive, or a name going on after it, is no surname
        (
            "en",
            "Anna Smith Bosch's unit grows.",
            [("person", "Anna Smith"), ("org", "Bosch")],
        ),
    ],
)
def test_a_surname_that_is_a_company(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert names(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # portfolio words before a minister's title are the post's, never a company
        ("en", "The deal was signed before Energy Minister Ana Ruiz Paz."),
        ("en", "Mines and Energy Minister Ana Ruiz Paz spoke."),
    ],
)
def test_portfolio_words_before_a_minister_are_no_company(lang: str, text: str) -> None:
    assert not [n for n in names(lang, text) if n[0] == "org"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # where names open with their head word, an organization word ending a given name's
        # run is a surname
        ("es", "Lo anunció Rodrigo Paz Cámara en Mérida.", ("person", "Rodrigo Paz Cámara")),
        ("fr", "Selon Paul Roy Banque, le projet avance.", ("person", "Paul Roy Banque")),
        # a head word first still opens a body's name
        ("es", "Lo anunció la Cámara Ormeda de Comercio.", ("org", "Cámara Ormeda de Comercio")),
    ],
)
def test_an_organization_word_as_a_surname(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in names(lang, text)


def test_a_region_of_a_company_is_two_names() -> None:
    # a world region, then "of" and a name: the unit's area and its organization
    found = names("fr", "La directrice de la zone Amériques d'Aqualis a parlé.")
    assert ("name", "Aqualis") in found and ("name", "Amériques d'Aqualis") not in found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a trade word that ends a name takes no lower-case tail (a verb follows it)
        ("es", "Acme Motors designó a Ana Paz Ruiz.", ("org", "Acme Motors")),
        ("fr", "Vextra Industries annonça la nouvelle.", ("org", "Vextra Industries")),
        # a head word that opens the name still takes its adjectives
        ("fr", "L'Alliance française a signé.", ("org", "Alliance française")),
    ],
)
def test_the_lower_case_tail_of_a_name(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in names(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a technical acronym (LED, GPS, LTE) names no organization on its own
        ("fr", "Acme Lumière, spécialiste de l'éclairage à LED, investira.", ["Acme Lumière"]),
        ("es", "Vextra Redes ampliará su red LTE en Jujuy.", ["Vextra Redes", "Jujuy"]),
        ("en", "Brisco Fleet sells GPS trackers in Lima.", ["Brisco Fleet", "Lima"]),
    ],
)
def test_technical_acronyms_are_no_names(lang: str, text: str, expected: list[str]) -> None:
    assert [found for _, found in names(lang, text)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a company's head word, lower-case trade adjectives, then its name: one name
        ("fr", "La Compagnie minière Belcastel investira au Pérou.", "Compagnie minière Belcastel"),
        ("fr", "La Compagnie nationale Tarvel a signé.", "Compagnie nationale Tarvel"),
        ("es", "La Sociedad minera Tarvel anunció un plan.", "Sociedad minera Tarvel"),
    ],
)
def test_trade_adjectives_inside_a_company_name(lang: str, text: str, expected: str) -> None:
    assert names(lang, text)[0] == ("org", expected)


def test_an_acronym_is_no_given_name() -> None:
    # "UTE" is a given name written in capitals only as an acronym: the public company's
    found = names(
        "fr",
        "Acme Data a signé avec la compagnie publique UTE, dont la présidente,"
        " Ana Ruiz Paz, était présente.",
    )
    assert ("org", "UTE") in found and ("person", "UTE") not in found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an unknown capitalized word right before a person's name: a given name the data lacks
        ("fr", "Selon la directrice, Nadège Joseph Désir, le réseau croît.", "Nadège Joseph Désir"),
        ("en", "The director, Thandeka Ana Ruiz, spoke.", "Thandeka Ana Ruiz"),
        # after "de" it is a complement's word: the portfolio stays out of the name
        ("es", "Habló la ministra de Turismo Ana Ruiz Paz.", "Ana Ruiz Paz"),
    ],
)
def test_an_unknown_given_name_before_a_person(lang: str, text: str, expected: str) -> None:
    assert [t for kind, t in names(lang, text) if kind == "person"] == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a trade word alone, "de" and a place: one company's name, the place part of it
        ("es", "La empresa Aguas de Manizales firmó.", "Aguas de Manizales"),
        ("es", "La firma Cementos de Honduras firmó.", "Cementos de Honduras"),
        (
            "fr",
            "Selon la directrice d'Électricité d'Haïti, le réseau croît.",
            "Électricité d'Haïti",
        ),
    ],
)
def test_a_trade_word_of_a_place_is_one_company(lang: str, text: str, expected: str) -> None:
    assert ("org", expected) in names(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a possessor's "GM" is the post (general manager), not General Motors
        ("en", "Acme Link's GM, Ana Ruiz, spoke.", ("title", "GM")),
        # a known place, then a given name, that make together a city's name: the city's name
        ("fr", "Le maire de Bahía Blanca, Paul Roy, a parlé.", ("place", "Bahía Blanca")),
        # "des Cayes": the contraction of "de" and the article that opens "Les Cayes"
        ("fr", "Il était aux côtés du maire des Cayes, Paul Roy.", ("place", "Cayes")),
    ],
)
def test_possessor_posts_and_place_names(lang: str, text: str, expected: tuple[str, str]) -> None:
    article = read_text(text, lang=lang)
    found = recognize(article, segment(article))
    assert expected in [(m.kind, m.text) for sentence in found for m in sentence]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a quotation opened inside a sentence starts one: its capitalized pronoun is no name
        (
            "fr",
            "Elle a ajouté : « Nous serons rentables », selon Claire Norvald.",
            [("person", "Claire Norvald")],
        ),
        (
            "es",
            "Dijo: “Nosotros vamos a invertir”, según Ana Brisco.",
            [("person", "Ana Brisco")],
        ),
        (
            "en",
            "He said: “We will invest here,” according to Ana Brisco.",
            [("person", "Ana Brisco")],
        ),
        # a company that opens the quotation and acts there is still named
        ("fr", "Il a dit : « Ormeda investira ici ».", [("name", "Ormeda")]),
    ],
)
def test_a_quotation_opens_a_sentence(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert names(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an honorific written without its dot is no part of the name after it
        ("en", "Also present was Prof Keith Ormeda.", [("person", "Keith Ormeda")]),
        ("en", "Also present was Dr Keith Ormeda.", [("person", "Keith Ormeda")]),
    ],
)
def test_honorific_without_dot(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert names(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a body's list of fields closed by "y", "and" or "et": the last field is the name's
        (
            "es",
            "Firmó el Consejo Nacional de Ciencia, Tecnología y Innovación con Zorbel.",
            [("org", "Consejo Nacional de Ciencia, Tecnología y Innovación"), ("name", "Zorbel")],
        ),
        (
            "en",
            "Zorbel signed with the Ministry of Science, Technology and Innovation.",
            [("name", "Zorbel"), ("org", "Ministry of Science, Technology and Innovation")],
        ),
    ],
)
def test_field_list_closed_by_and(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert names(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a name with an exchange's code and a ticker in brackets is a listed company, there
        # and everywhere in the article; the ticker is no name of its own
        (
            "en",
            "Chilean miner Antofagasta (LON: ANTO) will invest. Antofagasta said so.",
            [("org", "Antofagasta"), ("org", "Antofagasta")],
        ),
        (
            "es",
            "La minera Antofagasta (LSE: ANTO; OTC: ANFGF) invertirá. Antofagasta lo dijo.",
            [("org", "Antofagasta"), ("org", "Antofagasta")],
        ),
        (
            "fr",
            "Selon le communiqué, Zorbel (Euronext : ZOR) investira à Lima.",
            [("org", "Zorbel"), ("place", "Lima")],
        ),
        # a place in brackets stays a place
        (
            "en",
            "The miner opened an office in Antofagasta (Chile).",
            [("place", "Antofagasta"), ("place", "Chile")],
        ),
    ],
)
def test_listed_companies(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert names(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a headline in title case: its verb ends the company's name, in any language
        (
            "fr",
            "Zorbel Annonce la Construction D'une Usine au Pérou\nZorbel annonce un "
            "investissement au Pérou.",
        ),
        (
            "es",
            "Zorbel Anuncia la Construcción de Una Planta en Perú\nZorbel anunció una "
            "inversión en Perú.",
        ),
        (
            "en",
            "Zorbel Announces the Construction of a Plant in Peru\nZorbel announced an "
            "investment in Peru.",
        ),
    ],
)
def test_title_case_headline_verb_ends_a_name(lang: str, text: str) -> None:
    found = names(lang, text)
    assert found[0] == ("name", "Zorbel")
    assert all(not t.startswith("Zorbel ") for _, t in found)


@pytest.mark.parametrize(
    ("lang", "text", "company"),
    [
        # a title-case headline's verb of making ends the name before it
        (
            "fr",
            "Haïti : Solarive et le Groupe Dorvilus Créent Une Coentreprise Pour Électrifier Dix"
            " Communes\nLe groupe Dorvilus et Solarive ont signé.",
            "Dorvilus",
        ),
        (
            "es",
            "Vextra y el Grupo Norvald Crean Una Empresa Conjunta Para Producir Acero\nEl grupo"
            " Norvald y Vextra firmaron.",
            "Norvald",
        ),
        (
            "en",
            "Vextra And Norvald Group Form Joint Venture To Build Steel Plant\nVextra and Norvald"
            " Group signed.",
            "Norvald Group",
        ),
    ],
)
def test_a_headline_verb_of_making_ends_a_name(lang: str, text: str, company: str) -> None:
    first_line = [n for kind, n in names(lang, text) if kind == "org"][0]
    assert first_line == company


@pytest.mark.parametrize(
    ("lang", "text", "company"),
    [
        # a long headline in title case (up to 22 words) is still read as one
        (
            "es",
            "Vextra Digital Se Une a la Alcaldía, la Nacional y el SENA Para Formar 2.000"
            " Programadores en Manizales\n\nLa empresa invertirá en Manizales. Vextra Digital"
            " firmó.",
            "Vextra Digital",
        ),
        (
            "fr",
            "Vextra Digital S'Associe à la Mairie, à l'Université et au Cégep Pour Former 2 000"
            " Programmeurs à Montréal\n\nLa société investira à Montréal. Vextra Digital a signé.",
            "Vextra Digital",
        ),
        (
            "en",
            "Vextra Digital Joins the City, the National University and SENA to Train 2,000"
            " Programmers in Manizales Over Three Years\n\nVextra Digital signed.",
            "Vextra Digital",
        ),
    ],
)
def test_a_long_title_case_headline(lang: str, text: str, company: str) -> None:
    first = [n for kind, n in names(lang, text) if kind in ("name", "org")][0]
    assert first == company
