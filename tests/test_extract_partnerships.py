"""Partnership shapes: tables of (lang, invented text, expected pairs), in en, es and fr.

Every text here is invented for these tests: the people are made up, the companies, public
bodies and places are real ones. The partnerships of a text must be exactly the expected ones
(as pairs of entity labels, in any order): a missing pair and an unexpected pair both fail.
The shapes of `tests/test_extract.py` stay there; these are the ones added beside them.
"""

from __future__ import annotations

from functools import cache

import pytest

from kg.model import Partnership
from kg.pipeline import extract
from kg.read import read_text


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


def row(shape: str, lang: str, text: str, *expected: frozenset[str]):
    return pytest.param(lang, text, list(expected), id=f"{shape}-{lang}")


def table(*rows):
    seen: dict[str, int] = {}
    out = []
    for param in rows:
        seen[param.id] = seen.get(param.id, 0) + 1
        out.append(pytest.param(*param.values, id=f"{param.id}-{seen[param.id]}"))
    return out


@cache
def pairs(lang: str, text: str) -> list[frozenset[str]]:
    found = extract(read_text(text, lang=lang))
    out = []
    for fact in found.facts:
        if isinstance(fact, Partnership):
            ev = fact.evidence
            assert ev.sentence_begin <= ev.begin < ev.end <= ev.sentence_end, fact
            out.append(frozenset((fact.a.label, fact.b.label)))
    return out


SHAPES = table(
    # a contract with a party is a partnership with it
    row(
        "contract-with",
        "es",
        "La estatal YPFB firmó un contrato con la rusa Gazprom para explorar el bloque.",
        pair("YPFB", "Gazprom"),
    ),
    # a fronted agreement, then the subject with its demonym
    row(
        "fronted-demonym",
        "es",
        "Tras el acuerdo con Telefónica, la colombiana ETB ampliará su red.",
        pair("ETB", "Telefónica"),
    ),
    # a place that opens an English company name in a Spanish text
    row(
        "place-company",
        "es",
        "La minera Atacama Minerals suscribió un acuerdo con la japonesa Norvald Trading.",
        pair("Atacama Minerals", "Norvald Trading"),
    ),
    # "X's partners are A and B", "Sus aliados son ...": partners of their owner
    row(
        "partners-are",
        "en",
        "Acme Cloud's partners in the program are Intel and Dell.",
        pair("Acme Cloud", "Intel"),
        pair("Acme Cloud", "Dell Technologies"),
    ),
    row(
        "partners-are",
        "es",
        "Acme Cloud abrió su centro en Lima. Sus aliados son Cisco y el Conalep.",
        pair("Acme Cloud", "Cisco"),
        pair("Acme Cloud", "Colegio Nacional de Educación Profesional Técnica"),
    ),
    row("partners-are-none", "en", "The partners are happy with the results."),
    # an alliance that brings its members together: each pair of them
    row(
        "brings-together",
        "en",
        "The alliance brings together Conalep, TecNM and Cisco.",
        pair("Colegio Nacional de Educación Profesional Técnica", "Tecnológico Nacional de México"),
        pair("Colegio Nacional de Educación Profesional Técnica", "Cisco"),
        pair("Tecnológico Nacional de México", "Cisco"),
    ),
    # a joint venture and the owners named after its participle
    row(
        "owned-by",
        "en",
        "The joint venture, owned 50-50 by Cemex and Holcim, will operate in Colombia.",
        pair("Cemex", "Holcim"),
    ),
    row(
        "owned-by",
        "fr",
        "La coentreprise, détenue à parts égales par Engie et Suez, exploitera le réseau.",
        pair("Engie", "Suez"),
    ),
    # a government among coordinated subjects: "X and the government of Y"
    row(
        "government-subject",
        "en",
        "Tesla and the government of Nuevo Leon have reached an agreement on water.",
        pair("Tesla", "Nuevo León"),
    ),
    # the people of each party sign for it
    row(
        "representatives",
        "es",
        "Autoridades del TecNM y representantes de Bosch firmaron el acuerdo.",
        pair("Tecnológico Nacional de México", "Bosch"),
    ),
    row(
        "representatives",
        "en",
        "Officials of Conalep and representatives of Cisco signed the agreement.",
        pair("Colegio Nacional de Educación Profesional Técnica", "Cisco"),
    ),
    # "together with", "junto con", "aux côtés de": a partner named beside the subject
    row(
        "together-with",
        "en",
        "Cisco, together with TecNM, will offer networking courses.",
        pair("Cisco", "Tecnológico Nacional de México"),
    ),
    row(
        "together-with",
        "es",
        "Siemens, junto con el Conalep, abrirá un centro de formación.",
        pair("Siemens", "Colegio Nacional de Educación Profesional Técnica"),
    ),
    row(
        "together-with",
        "fr",
        "Veolia a remporté le contrat aux côtés de Suez.",
        pair("Veolia", "Suez"),
    ),
    # a state named with its own government word is a party
    row(
        "state-of",
        "en",
        "Oracle has teamed up with the State of Jalisco to offer cloud training.",
        pair("Oracle", "Jalisco"),
    ),
    # the parent in the subject's description is not the party
    row(
        "parent-not-party",
        "fr",
        "Vinci Airports grandit au Pérou. Vinci Airports recrute. La filiale du groupe Vinci a "
        "signé un accord avec Cosapi.",
        pair("Vinci Airports", "Cosapi"),
    ),
    # "between": a partnership noun, then the parties it joins
    row(
        "between",
        "en",
        "Analysts praised the joint venture between Pemex and Petrobras.",
        pair("Petróleos Mexicanos", "Petrobras"),
    ),
    row(
        "between",
        "en",
        "The alliance between Telmex, Cisco and IBM will connect rural schools.",
        pair("Telmex", "Cisco"),
        pair("Telmex", "IBM"),
        pair("Cisco", "IBM"),
    ),
    row(
        "between",
        "es",
        "La alianza entre la UNAM y Huawei busca formar ingenieros.",
        pair("Universidad Nacional Autónoma de México", "Huawei"),
    ),
    row(
        "between",
        "es",
        "Se firmó un memorándum de entendimiento entre Chile y Argentina.",
        pair("Chile", "Argentina"),
    ),
    row(
        "between",
        "fr",
        "L'accord de coopération entre le Brésil et la France a été renouvelé.",
        pair("Brazil", "France"),
    ),
    row(
        "between",
        "fr",
        "La coentreprise entre Airbus et Embraer produira des pièces.",
        pair("Airbus", "Embraer"),
    ),
    # "between" lists stop where the text turns to parts or examples of a party
    row(
        "between-subsidiaries",
        "fr",
        "Le contrat couronne une collaboration entre les équipes d'Airbus, notamment ses "
        "filiales, et Safran.",
    ),
    # the parties after a participle and "by"
    row(
        "made-by",
        "en",
        "The consortium formed by Iberdrola and Acciona will build the plant.",
        pair("Iberdrola", "Acciona"),
    ),
    row(
        "made-by",
        "es",
        "El consorcio conformado por Iberdrola y Acciona construirá la planta.",
        pair("Iberdrola", "Acciona"),
    ),
    row(
        "made-by",
        "fr",
        "Une coentreprise créée l'an dernier par Airbus et Embraer fabriquera les pièces.",
        pair("Airbus", "Embraer"),
    ),
    row(
        "made-by",
        "fr",
        "Une convention signée par la CPU, la CDEFI et l'Université du Chili facilite les "
        "échanges.",
        pair("CPU", "CDEFI"),
        pair("CPU", "Universidad de Chile"),
        pair("CDEFI", "Universidad de Chile"),
    ),
    # a Spanish headline that opens on the joint verb: its two subjects follow, then the noun
    row(
        "verb-first-headline",
        "es",
        "Firman Gobierno de Jalisco y Vextra Renovables convenio para parque solar en Tepatitlán",
        pair("Gobierno de Jalisco", "Vextra Renovables"),
    ),
    row(
        "verb-first-headline",
        "es",
        "Signan Universidad de Tarvelia y Ormeda Logística memorando de entendimiento",
        pair("Universidad de Tarvelia", "Ormeda Logística"),
    ),
    # English and French headlines open on the subjects, which the joint verb reads back
    row(
        "verb-first-headline",
        "en",
        "Vextra Renewables and Ormeda Logistics sign solar park agreement",
        pair("Ormeda Logistics", "Vextra Renewables"),
    ),
    row(
        "verb-first-headline",
        "fr",
        "Le Conseil régional de Tarvelia et Vextra Énergies signent un accord",
        pair("Conseil régional de Tarvelia", "Vextra Énergies"),
    ),
    # a listed party may carry an aside between commas: a relative clause or an apposition
    row(
        "made-by-aside",
        "en",
        "The contract went to a joint venture formed by the port operator Ormeda Terminals,"
        " which holds 70%, and Brisco Group, a local conglomerate.",
        pair("Ormeda Terminals", "Brisco Group"),
    ),
    row(
        "made-by-aside",
        "es",
        "La obra fue para el consorcio formado por Ormeda Ingeniería, que tiene el 60 %, y la"
        " constructora chilena Brisco Obras.",
        pair("Ormeda Ingeniería", "Brisco Obras"),
    ),
    row(
        "made-by-aside",
        "fr",
        "Le port a attribué au groupement formé par Ormeda Travaux, mandataire, et l'entreprise"
        " martiniquaise Quilmard Terrassements le marché d'extension.",
        pair("Ormeda Travaux", "Quilmard Terrassements"),
    ),
    # a noun with its own complement before "with"
    row(
        "noun-complement-with",
        "es",
        "Banorte firmó un convenio de colaboración con la UNAM.",
        pair("Banorte", "Universidad Nacional Autónoma de México"),
    ),
    row(
        "noun-complement-with",
        "en",
        "Cemex signed a memorandum of understanding with the University of Guadalajara.",
        pair("Cemex", "Universidad de Guadalajara"),
    ),
    row(
        "noun-complement-with",
        "fr",
        "Safran a signé un protocole d'accord avec Embraer.",
        pair("Safran", "Embraer"),
    ),
    # new nouns: joint venture, coentreprise, accord-cadre, memorándum
    row(
        "noun-with",
        "en",
        "Pemex formed a joint venture with Petrobras.",
        pair("Petróleos Mexicanos", "Petrobras"),
    ),
    row(
        "noun-with",
        "fr",
        "Veolia a conclu un accord-cadre avec la Universidad de Guadalajara.",
        pair("Veolia", "Universidad de Guadalajara"),
    ),
    row(
        "noun-with",
        "es",
        "Codelco suscribió un memorándum de entendimiento con Enami.",
        pair("Corporación Nacional del Cobre de Chile", "Enami"),
    ),
    # "con empresas de China": companies of a country, not the country
    row(
        "companies-of-country",
        "es",
        "El gobierno firma convenios con empresas de China y Rusia.",
    ),
    # a partnership clause that opens the sentence, before the party it is about
    row(
        "fronted",
        "es",
        "En colaboración con Cisco y Telmex, el Conalep ofrecerá cursos.",
        pair("Colegio Nacional de Educación Profesional Técnica", "Cisco"),
        pair("Colegio Nacional de Educación Profesional Técnica", "Telmex"),
    ),
    row(
        "fronted",
        "en",
        "In collaboration with Telmex, Cemex opened a lab.",
        pair("Cemex", "Telmex"),
    ),
    row(
        "fronted",
        "fr",
        "En partenariat avec Airbus, le groupe Safran ouvrira une école.",
        pair("Safran", "Airbus"),
    ),
    # an unknown name right before the verb is the party that signs; a quoted title is the
    # agreement's own
    row(
        "subject-before-verb",
        "es",
        "Como parte de su plan, este año Inacap suscribió un convenio de “Talento Minero” "
        "con Enami.",
        pair("Inacap", "Enami"),
    ),
    # a place stands for its government
    row(
        "government-of-place",
        "en",
        "The Government of Nuevo León signed an agreement with the United States.",
        pair("Nuevo León", "United States"),
    ),
    row(
        "government-of-place",
        "en",
        "Cemex has signed a memorandum of understanding with the Querétaro state government.",
        pair("Cemex", "Querétaro"),
    ),
    row(
        "government-of-place",
        "fr",
        "Airbus a signé avec le gouverneur de l'État de Bahia plusieurs protocoles d'intention.",
        pair("Airbus", "Bahia"),
    ),
    # a program and its promoters
    row(
        "program-promoted-by",
        "es",
        "El programa, impulsado por Cisco y el Conalep, formará a 500 jóvenes.",
        pair("Cisco", "Colegio Nacional de Educación Profesional Técnica"),
    ),
    row(
        "program-promoted-by",
        "en",
        "The initiative, backed by Microsoft and Telmex, will reach 30,000 schools.",
        pair("Microsoft", "Telmex"),
    ),
    row(
        "program-promoted-by",
        "fr",
        "Le programme, piloté par Airbus et Safran, forme des techniciens.",
        pair("Airbus", "Safran"),
    ),
    # officials who sign together for their organizations
    row(
        "represented",
        "es",
        "El rector de la UNAM, Juan Pérez, y el presidente de Telmex, Luis Gómez, firmaron un "
        "convenio.",
        pair("Universidad Nacional Autónoma de México", "Telmex"),
    ),
    row(
        "represented",
        "en",
        "UNAM rector Juan Perez and Telmex CEO Ana Ruiz signed the agreement.",
        pair("Universidad Nacional Autónoma de México", "Telmex"),
    ),
    row(
        "represented",
        "fr",
        "Le président d'Airbus, Jean Dupont, et la directrice de Safran, Marie Durand, ont signé "
        "un accord.",
        pair("Airbus", "Safran"),
    ),
    # the members of a consortium
    row(
        "consortium-members",
        "fr",
        "Un consortium avec à sa tête les groupes Airbus et Safran construira l'usine.",
        pair("Airbus", "Safran"),
    ),
    row(
        "consortium-members",
        "en",
        "A consortium with Iberdrola and Acciona at its head will build the plant.",
        pair("Iberdrola", "Acciona"),
    ),
    # verb forms beyond the present
    row(
        "verb-forms",
        "es",
        "Cemex colaborará con la Secretaría de Economía en programas de capacitación.",
        pair("Cemex", "Secretaría de Economía"),
    ),
    row(
        "verb-forms",
        "en",
        "Microsoft joined forces with the Ministry of Economy.",
        pair("Microsoft", "Secretaría de Economía"),
    ),
    row(
        "verb-forms",
        "fr",
        "Safran collaborera avec Embraer sur les moteurs.",
        pair("Safran", "Embraer"),
    ),
    # the article's company among the partners: who joins them is unsaid
    row(
        "company-among-partners",
        "es",
        "La compañía se unió al Conalep y al TecNM para formar talento.",
    ),
    # a party's long name with lower-case words, closed by its acronym: read whole
    row(
        "between-acronym",
        "fr",
        "Une convention a été conclue lundi entre la Conférence des présidents d'université "
        "(CPU) et l'Université de Guadalajara.",
        pair("Conférence des présidents d'université", "Universidad de Guadalajara"),
    ),
    # a government and a company as coordinated subjects
    row(
        "joint-government",
        "es",
        "El gobierno de Querétaro y Cemex firmaron un convenio.",
        pair("Querétaro", "Cemex"),
    ),
    row(
        "government-of-place",
        "es",
        "Cemex firmó un acuerdo con el gobierno estatal de Querétaro.",
        pair("Cemex", "Querétaro"),
    ),
    # parties an anaphoric partnership noun gathers, partners of the article's company
    row(
        "gathered",
        "fr",
        "Safran lance un fonds de 200 millions d'euros. Cette initiative, annoncée mardi, "
        "regroupe également Airbus et Embraer.",
        pair("Safran", "Airbus"),
        pair("Safran", "Embraer"),
    ),
    row(
        "gathered",
        "en",
        "Cemex is launching a training fund. The initiative also includes Holcim and Bimbo.",
        pair("Cemex", "Holcim"),
        pair("Cemex", "Grupo Bimbo"),
    ),
    # a party said to be a partner of the article's company
    row(
        "partner-of",
        "fr",
        "Safran construit une usine au Mexique. Le groupe brésilien Embraer est partenaire du "
        "projet.",
        pair("Safran", "Embraer"),
    ),
    row(
        "partner-of",
        "es",
        "Cemex construirá una planta en Monterrey. Holcim será también socio del proyecto.",
        pair("Cemex", "Holcim"),
    ),
    # a verb that forms a partnership with its partners before the noun
    row(
        "forms-with-noun",
        "fr",
        "Pour ce projet, Veolia a créé avec le groupe japonais Mitsubishi une coentreprise.",
        pair("Veolia", "Mitsubishi"),
    ),
    row(
        "forms-with-noun",
        "es",
        "Pemex formó con Petrobras una empresa conjunta para el campo.",
        pair("Petróleos Mexicanos", "Petrobras"),
    ),
    row(
        "forms-without-noun",
        "es",
        "Pemex creó con recursos propios un fondo.",
    ),
    # a partner named by its official: the country or body of the official's title
    row(
        "official-of-partner",
        "fr",
        "Airbus a signé un accord avec Ana Ruiz, ministre de l'Économie du Chili.",
        pair("Airbus", "Chile"),
    ),
    row(
        "official-of-partner",
        "en",
        "Cemex signed a memorandum of understanding with Ana Ruiz, minister of economy of Chile.",
        pair("Cemex", "Chile"),
    ),
    # the agreement's own acronym is not a party
    row(
        "agreement-acronym",
        "fr",
        "Safran a signé deux protocoles d'accord (MoU) avec Embraer.",
        pair("Safran", "Embraer"),
    ),
    # parties listed with their shares of one venture
    row(
        "shares",
        "fr",
        "Réunis dans le consortium, Airbus (45 %), Safran (40 %) et Embraer (15 %) ont gagné.",
        pair("Airbus", "Safran"),  # each with the lead, the largest share; not with each other
        pair("Airbus", "Embraer"),
    ),
    row(
        "shares",
        "es",
        "El consorcio lo integran Iberdrola (50%) y Acciona (50%).",
        pair("Iberdrola", "Acciona"),
    ),
    # a party that joins the venture spoken of as its partner: the article's organization's
    row(
        "joined-as-partner",
        "fr",
        "L'Université de Tarvelia lance un programme de bourses. La firme Zorbel Conseil, qui "
        "réalise des projets d'eau potable, s'est jointe à l'initiative comme partenaire "
        "industriel.",
        pair("Université de Tarvelia", "Zorbel Conseil"),
    ),
    row(
        "joined-as-partner",
        "en",
        "Tarvelia University launched a scholarship program. Zorbel Consulting has joined the "
        "initiative as an industrial partner.",
        pair("Tarvelia University", "Zorbel Consulting"),
    ),
    row(
        "joined-as-partner",
        "es",
        "La Universidad de Tarvelia lanzó un programa de becas. La firma Zorbel Consultores se "
        "sumó a la iniciativa como socio industrial.",
        pair("Universidad de Tarvelia", "Zorbel Consultores"),
    ),
    # ... or each share told before its owner
    row(
        "shares-before",
        "fr",
        "La coentreprise est détenue à 60 % par Zorbel Renouvelables et à 40 % par Vextra "
        "Infraestructura.",
        pair("Zorbel Renouvelables", "Vextra Infraestructura"),
    ),
    row(
        "shares-before",
        "en",
        "The joint venture is 60% owned by Zorbel Renewables and 40% by Vextra Infrastructure.",
        pair("Zorbel Renewables", "Vextra Infrastructure"),
    ),
    row(
        "shares-before",
        "es",
        "La empresa conjunta está participada en un 60 % por Zorbel Renovables y en un 40 % por "
        "Vextra Infraestructura.",
        pair("Zorbel Renovables", "Vextra Infraestructura"),
    ),
    row(
        "market-shares",
        "en",
        "Telcel (62%) and AT&T (15%) lead the mobile market.",
    ),
    # the subjects after a clause that names the partnership told before
    row(
        "after-front",
        "es",
        "Con este acuerdo, Cemex y la UNAM impulsarán el talento digital.",
        pair("Cemex", "Universidad Nacional Autónoma de México"),
    ),
    row(
        "after-front",
        "en",
        "Through this partnership, Microsoft and Telmex will connect schools.",
        pair("Microsoft", "Telmex"),
    ),
    row(
        "after-front",
        "fr",
        "Grâce à ce partenariat, Airbus et Safran formeront 300 techniciens.",
        pair("Airbus", "Safran"),
    ),
    row(
        "after-front-one-subject",
        "es",
        "Con este convenio, Cemex capacitará a 500 jóvenes.",
    ),
    # coordinated subjects with a description or a relative clause between them
    row(
        "joint-described",
        "en",
        "Chile's government and Spanish firm Iberdrola, which includes a local unit, have signed "
        "an agreement.",
        pair("Chile", "Iberdrola"),
    ),
    row(
        "joint-described",
        "es",
        "Pemex y la empresa brasileña Petrobras firmaron un convenio.",
        pair("Petróleos Mexicanos", "Petrobras"),
    ),
    row(
        "joint-described",
        "fr",
        "Airbus, qui compte 3 000 salariés au Mexique, et Safran ont signé un accord.",
        pair("Airbus", "Safran"),
    ),
    row(
        "joint-ink",
        "en",
        "Millicom and Telmex ink a network agreement in Bogotá.",
        pair("Millicom", "Telmex"),
    ),
    # a partnership noun whose complement names its parties
    row(
        "of-pair",
        "es",
        "El convenio de colaboración de la UNAM y el IPN busca formar ingenieros.",
        pair("Universidad Nacional Autónoma de México", "Instituto Politécnico Nacional"),
    ),
    row(
        "of-pair",
        "fr",
        "Un accord de renouvellement du CNRS et de l'Université de Guadalajara a été signé.",
        pair("CNRS", "Universidad de Guadalajara"),
    ),
    row(
        "of-pair",
        "en",
        "The memorandum of understanding of Pemex and Petrobras covers two fields.",
        pair("Petróleos Mexicanos", "Petrobras"),
    ),
    # a verb that makes a partnership noun its object, after coordinated subjects
    row(
        "subjects-make-noun",
        "en",
        "Cisco and Telmex renewed their alliance for three more years.",
        pair("Cisco", "Telmex"),
    ),
    row(
        "subjects-make-noun",
        "es",
        "Cemex y la UNAM alcanzaron un acuerdo de investigación.",
        pair("Cemex", "Universidad Nacional Autónoma de México"),
    ),
    row(
        "subjects-make-noun",
        "fr",
        "Airbus et Safran ont noué un partenariat industriel.",
        pair("Airbus", "Safran"),
    ),
    row(
        "subjects-make-shared",
        "fr",
        "Le CNRS et l'Université de Guadalajara ont créé un laboratoire commun.",
        pair("CNRS", "Universidad de Guadalajara"),
    ),
    row(
        "subjects-make-not-partnership",
        "en",
        "Cisco and Telmex reached record sales in March.",
    ),
    row(
        "subjects-point-in-common",
        "fr",
        "Airbus et Safran ont un point commun: leurs usines.",
    ),
    # an adverb that says the coordinated subjects act together
    row(
        "subjects-jointly",
        "en",
        "Microsoft and the University of Guadalajara will jointly run a data center.",
        pair("Microsoft", "Universidad de Guadalajara"),
    ),
    row(
        "subjects-jointly",
        "es",
        "Bimbo y el Conalep trabajarán de manera conjunta en la formación de técnicos.",
        pair("Grupo Bimbo", "Colegio Nacional de Educación Profesional Técnica"),
    ),
    row(
        "subjects-jointly",
        "fr",
        "Airbus et Safran vont financer conjointement une école.",
        pair("Airbus", "Safran"),
    ),
    row(
        "subjects-together-sum",
        "en",
        "Telcel and AT&T, which together hold most lines, raised prices.",
    ),
    # a state right after a national body names its chapter there, not another subject
    row(
        "subject-branch-place",
        "es",
        "Conalep Querétaro y Cemex firmaron un convenio de colaboración.",
        pair("Conalep Querétaro", "Cemex"),
    ),
    # a government named by its demonym, a city for its government
    row(
        "demonym-government",
        "fr",
        "Safran a signé un accord-cadre avec le gouvernement chilien.",
        pair("Safran", "Chile"),
    ),
    row(
        "city-government",
        "fr",
        "La ville de Guadalajara et Veolia ont signé un accord.",
        pair("Guadalajara", "Veolia"),
    ),
    row(
        "city-location",
        "es",
        "Cemex firmó un convenio con la UNAM en la ciudad de Monterrey.",
        pair("Cemex", "Universidad Nacional Autónoma de México"),
    ),
    # French association: "s'associe à", "s'est allié au", "est associé à"
    row(
        "associated-with-a",
        "fr",
        "Airbus s'est associé à Embraer pour produire des avions.",
        pair("Airbus", "Embraer"),
    ),
    row(
        "associated-with-a",
        "fr",
        "Veolia s'allie au groupe japonais Mitsubishi.",
        pair("Veolia", "Mitsubishi"),
    ),
    row(
        "associated-with-a",
        "fr",
        "Safran est déjà associé à Airbus pour ce moteur.",
        pair("Safran", "Airbus"),
    ),
    row(
        "associated-not-copula",
        "fr",
        "Les coûts associés à Airbus ont baissé, selon Safran.",
    ),
    row(
        "associated-not-copula",
        "es",
        "Los costos asociados con Ormeda SA son altos, dijo Vextra Corp.",
    ),
    # a participle of association that opens the sentence: the main clause's subject partners
    # with each organization it lists
    row(
        "associated-fronted",
        "fr",
        "Associé aux groupes italiens Ormeda Spa et Brisco Spa et à l'entreprise péruvienne"
        " Tarvelia SAC, Vextra Corp réalisera la ligne 2 du métro.",
        pair("Vextra Corp", "Ormeda Spa"),
        pair("Vextra Corp", "Brisco Spa"),
        pair("Vextra Corp", "Tarvelia SAC"),
    ),
    row(
        "associated-fronted",
        "es",
        "Asociada con Ormeda SA, Vextra Corp construirá la central.",
        pair("Vextra Corp", "Ormeda SA"),
    ),
    row(
        "associated-fronted",
        "en",
        "Teamed with Ormeda Inc and Brisco Ltd, Vextra Corp won the contract.",
        pair("Vextra Corp", "Ormeda Inc"),
        pair("Vextra Corp", "Brisco Ltd"),
    ),
    row(
        "associated-with-a",
        "es",
        "Vextra Corp está asociada con Ormeda SA en el proyecto.",
        pair("Vextra Corp", "Ormeda SA"),
    ),
    # where or when the agreement was signed, between the participle and its "with"
    row(
        "signed-where-with",
        "en",
        "Vextra Corp will build a plant. Under an agreement signed at the same event with the"
        " Universidad de Sonora, 600 technicians will be trained.",
        pair("Vextra Corp", "Universidad de Sonora"),
    ),
    row(
        "signed-where-with",
        "es",
        "Vextra Corp construirá una planta. Mediante un convenio firmado ayer en Hermosillo con"
        " la Universidad de Sonora, se formarán 600 técnicos.",
        pair("Vextra Corp", "Universidad de Sonora"),
    ),
    row(
        "signed-where-with",
        "fr",
        "Vextra Corp construira une usine. Grâce à un accord signé lundi à Lyon avec"
        " l'Université de Lyon, 600 techniciens seront formés.",
        pair("Vextra Corp", "Université de Lyon"),
    ),
    # a department's government named by a state the cue makes a place: one body
    row(
        "state-body-cued",
        "es",
        "La empresa Vextra Corp firmó un memorando de entendimiento con la Gobernación del"
        " Atlántico.",
        pair("Vextra Corp", "Gobernación del Atlántico"),
    ),
    # ... in French and English copy that keeps the Spanish name
    row(
        "state-body-cued",
        "fr",
        "La convention signée entre Vextra Corp et la Gobernación de Nariño engage le département.",
        pair("Vextra Corp", "Gobernación de Nariño"),
    ),
    row(
        "state-body-cued",
        "en",
        "Vextra Corp signed an agreement with the Gobernación de Nariño to improve rural roads.",
        pair("Vextra Corp", "Gobernación de Nariño"),
    ),
    # no organization opens the main clause: no partnership
    row(
        "associated-fronted-person",
        "fr",
        "Associé à Ormeda Spa depuis 2020, Paul Martin dirige Vextra Corp.",
    ),
    # a party chosen as the subject's partner
    row(
        "chosen-as-partner",
        "en",
        "Cemex chose Holcim as its partner for the new kiln.",
        pair("Cemex", "Holcim"),
    ),
    row(
        "chosen-as-partner",
        "es",
        "Telmex eligió a Cisco como socio tecnológico.",
        pair("Telmex", "Cisco"),
    ),
    # the partners after "with" end where the clause turns to a place
    row(
        "with-then-place",
        "en",
        "Shell joined forces with Petrobras in the Campos basin.",
        pair("Shell", "Petrobras"),
    ),
    # an anaphoric partnership noun that gathers its parties: partners of each other
    row(
        "noun-gathers",
        "fr",
        "Cette coopération associe le CNRS, l'Inria et l'Université du Chili.",
        pair("CNRS", "Inria"),
        pair("CNRS", "Universidad de Chile"),
        pair("Inria", "Universidad de Chile"),
    ),
    row(
        "noun-gathers",
        "en",
        "The alliance, which includes Stanford University and MIT, will train researchers.",
        pair("Stanford University", "Massachusetts Institute of Technology"),
    ),
    row(
        "noun-gathers",
        "es",
        "Esta red académica reúne a la UNAM y la Universidad de Chile.",
        pair("Universidad Nacional Autónoma de México", "Universidad de Chile"),
    ),
    # what a program includes in places is where it runs, not who runs it
    row("noun-gathers-where", "en", "This agreement includes investments in Chile and Peru."),
    row("noun-gathers-where", "es", "El proyecto incluye plantas en Chile y Perú."),
    row("noun-gathers-where", "fr", "Le programme comprend des cours au Chili et au Pérou."),
    # coordinated subjects of a verb of working together
    row(
        "reciprocal-verb",
        "en",
        "Stanford University and the University of Chile will collaborate on glaciers.",
        pair("Stanford University", "Universidad de Chile"),
    ),
    # a joint verb after a future auxiliary
    row(
        "joint-future",
        "es",
        "Acme Corp y la Universidad de Tarvelia van a colaborar en la formación de técnicos.",
        pair("Acme Corp", "Universidad de Tarvelia"),
    ),
    row(
        "joint-future",
        "fr",
        "Acme Énergie et l'Université de Tarvelia vont collaborer à la formation d'ingénieurs.",
        pair("Acme Énergie", "Université de Tarvelia"),
    ),
    row(
        "joint-future",
        "en",
        "Acme Corp and Tarvelia University will work together on training engineers.",
        pair("Acme Corp", "Tarvelia University"),
    ),
    row(
        "reciprocal-verb",
        "es",
        "La UNAM y la Universidad de Chile trabajan juntas desde 2010.",
        pair("Universidad Nacional Autónoma de México", "Universidad de Chile"),
    ),
    row(
        "reciprocal-verb",
        "fr",
        "Le CNRS et l'Université du Chili coopèrent depuis dix ans.",
        pair("CNRS", "Universidad de Chile"),
    ),
    # places after a preposition say where an unnamed subject is from
    row("reciprocal-verb-where", "en", "Researchers in Chile and Peru collaborate on glaciers."),
    row("reciprocal-verb-where", "es", "Investigadores de Chile y Perú colaboran en el estudio."),
    row("reciprocal-verb-where", "fr", "Des chercheurs du Chili et du Pérou collaborent."),
    # coordinated subjects that make a laboratory or a research centre together
    row(
        "made-together",
        "fr",
        "Le CNRS et l'Inria ont inauguré un laboratoire international.",
        pair("CNRS", "Inria"),
    ),
    row(
        "made-together",
        "en",
        "Harvard University and MIT opened a research center in Santiago.",
        pair("Harvard University", "Massachusetts Institute of Technology"),
    ),
    row(
        "made-together",
        "es",
        "La UNAM y la Universidad de Chile crearon un laboratorio de robótica.",
        pair("Universidad Nacional Autónoma de México", "Universidad de Chile"),
    ),
    row("made-together-plant", "fr", "Renault et Nissan ont ouvert une usine au Brésil."),
    row("made-together-plant", "es", "Google y Microsoft abrieron oficinas en Bogotá."),
    # the one party after a participle and "by" works with each party after its "with"
    row(
        "made-by-with",
        "en",
        "The program, developed by Microsoft with the University of Chile, trains teachers.",
        pair("Microsoft", "Universidad de Chile"),
    ),
    row(
        "made-by-with",
        "fr",
        "Le programme, conçu par l'Unesco avec l'Université de Lyon, formera des enseignants.",
        pair("UNESCO", "Université de Lyon"),
    ),
    row(
        "made-by-with",
        "es",
        "El programa, coordinado por la UNAM con la Universidad de Chile, forma docentes.",
        pair("Universidad Nacional Autónoma de México", "Universidad de Chile"),
    ),
    row(
        "made-by-with-data",
        "en",
        "The report, written by Harvard University with data from the World Bank, is out.",
    ),
    # parties named by their officials after "signed by"
    row(
        "signed-by-officials",
        "fr",
        "L'accord a été signé par le recteur de l'Université du Chili, Jean Dupont, et la"
        " présidente du CNRS, Marie Lenoir.",
        pair("Universidad de Chile", "CNRS"),
    ),
    row(
        "signed-by-officials",
        "es",
        "El convenio fue firmado por el rector de la UNAM, Juan Pérez, y el presidente de"
        " Telmex, Luis Gómez.",
        pair("Universidad Nacional Autónoma de México", "Telmex"),
    ),
    # a fronted partnership clause, then a place that stands for its government
    row(
        "fronted-governed-place",
        "fr",
        "En partenariat avec Orange, la ville de Bogota lance un programme numérique.",
        pair("Bogotá", "Orange"),
    ),
    row(
        "fronted-governed-place",
        "en",
        "In partnership with Microsoft, the Government of Jalisco will train students.",
        pair("Jalisco", "Microsoft"),
    ),
    row(
        "fronted-governed-place",
        "es",
        "En alianza con Google, el Gobierno de Jalisco capacitará a 500 docentes.",
        pair("Gobierno de Jalisco", "Google"),
    ),
    # the partners listed after a colon when the words before it name none
    row(
        "with-colon-list",
        "en",
        "Harvard University signed agreements with two universities: the University of Chile"
        " and the University of Buenos Aires.",
        pair("Harvard University", "Universidad de Chile"),
        pair("Harvard University", "Universidad de Buenos Aires"),
    ),
    row(
        "with-colon-list",
        "fr",
        "Le CNRS a signé des accords avec deux universités : l'Université du Chili et"
        " l'Université de Buenos Aires.",
        pair("CNRS", "Universidad de Chile"),
        pair("CNRS", "Universidad de Buenos Aires"),
    ),
    row(
        "with-colon-list",
        "es",
        "La UNAM firmó convenios con dos instituciones: la Universidad de Chile y el CONICET.",
        pair("Universidad Nacional Autónoma de México", "Universidad de Chile"),
        pair("Universidad Nacional Autónoma de México", "CONICET"),
    ),
    row(
        "with-colon-other",
        "en",
        "Google signed an agreement with the government: the deal covers Chile and Peru.",
    ),
    # "both institutions": the two parties named after a colon or in the next sentence
    row(
        "both-named",
        "es",
        "Ambas instituciones firmaron un convenio: la Universidad de Chile y la UNAM.",
        pair("Universidad de Chile", "Universidad Nacional Autónoma de México"),
    ),
    row(
        "both-named",
        "fr",
        "Les deux universités ont signé un accord. L'Université de Lyon et l'Université du"
        " Chili créeront un master.",
        pair("Université de Lyon", "Universidad de Chile"),
    ),
    row(
        "both-named",
        "en",
        "The two institutions signed an agreement. Harvard University and MIT will share labs.",
        pair("Harvard University", "Massachusetts Institute of Technology"),
    ),
    row(
        "both-named-other",
        "en",
        "Both sides signed an agreement. Google and Microsoft compete in cloud services.",
    ),
    # coordinated subjects of "are partners": partners of each other
    row(
        "coordinated-partners",
        "en",
        "Harvard University and MIT are partners in the project.",
        pair("Harvard University", "Massachusetts Institute of Technology"),
    ),
    row(
        "coordinated-partners",
        "fr",
        "L'Université de Lyon et le CNRS sont partenaires du programme.",
        pair("Université de Lyon", "CNRS"),
    ),
    # a partner named in apposition
    row(
        "partner-apposition",
        "fr",
        "L'Université Laval, partenaire de l'Université du Chili, accueillera les étudiants.",
        pair("Université Laval", "Universidad de Chile"),
    ),
    row(
        "partner-apposition",
        "en",
        "Harvard University, a long-time partner of the University of Chile, hosts students.",
        pair("Harvard University", "Universidad de Chile"),
    ),
    row(
        "partner-apposition",
        "es",
        "La UNAM, socia de la Universidad de Chile, recibirá a los estudiantes.",
        pair("Universidad Nacional Autónoma de México", "Universidad de Chile"),
    ),
    row("partner-apposition-many", "en", "Google, a partner of many universities, hosts students."),
    # a compound of two names the article names apart, next to a partnership noun
    row(
        "compound-names",
        "fr",
        "Renault investira au Brésil. Nissan aussi. L'alliance Renault-Nissan vise ce marché.",
        pair("Renault", "Nissan"),
    ),
    row(
        "compound-names",
        "en",
        "The Mexico-Japan agreement entered into force.",
        pair("Mexico", "Japan"),
    ),
    row("compound-names-one", "en", "The Coca-Cola program trains young people."),
    # coordinated subjects, then "with": each subject with each partner
    row(
        "coordinated-with",
        "fr",
        "HEC Montréal et l'ESSEC ont signé une entente avec l'Université de Los Andes.",
        pair("HEC", "ESSEC"),
        pair("HEC", "Université de Los Andes"),
        pair("ESSEC", "Université de Los Andes"),
    ),
    # the parties of an agreement with one side listed are not partners of each other
    row(
        "with-list-one-side",
        "fr",
        "Le CNRS a signé un accord de coopération avec l'Institut Pasteur et l'Inria.",
        pair("CNRS", "Institut Pasteur"),
        pair("CNRS", "Inria"),
    ),
    # coordinated subjects that start a program together
    row(
        "program-together",
        "en",
        "UNESCO and the World Bank set up a scholarship program.",
        pair("UNESCO", "World Bank"),
    ),
    row(
        "program-together",
        "fr",
        "L'Unesco et la Banque mondiale ont mis en place un programme de bourses.",
        pair("UNESCO", "World Bank"),
    ),
    row(
        "program-together",
        "es",
        "La UNAM y Google pusieron en marcha un programa de capacitación.",
        pair("Universidad Nacional Autónoma de México", "Google"),
    ),
    row("program-alone", "fr", "Renault a mis en place un programme de formation."),
    row("program-alone", "en", "Intel and AMD developed new chips in their plants."),
    # "X, along with Y and Z, launched": one list of subjects
    row(
        "along-with-subjects",
        "en",
        "Harvard University, along with MIT and Stanford University, launched a program.",
        pair("Harvard University", "Massachusetts Institute of Technology"),
        pair("Harvard University", "Stanford University"),
        pair("Massachusetts Institute of Technology", "Stanford University"),
    ),
    # a program noun whose promoters follow "by" or "de", with a shared adjective between
    row(
        "initiative-by",
        "en",
        "The course is a joint initiative by Harvard University and MIT.",
        pair("Harvard University", "Massachusetts Institute of Technology"),
    ),
    row(
        "initiative-by",
        "fr",
        "Ce programme est une initiative conjointe de l'Unesco et de la Banque mondiale.",
        pair("UNESCO", "World Bank"),
    ),
    row(
        "initiative-by",
        "es",
        "El fondo es una iniciativa conjunta de la UNAM y la Universidad de Chile.",
        pair("Universidad Nacional Autónoma de México", "Universidad de Chile"),
    ),
    row("initiative-by-one", "en", "The program is an initiative of the World Bank."),
    # the owners of a partnership noun, coordinated before "'s"
    row(
        "possessive-owners",
        "en",
        "Harvard and MIT's partnership will expand next year.",
        pair("Harvard University", "Massachusetts Institute of Technology"),
    ),
    row(
        "possessive-with",
        "en",
        "Mexico and Brazil's agreements with China grow.",
        pair("Mexico", "China"),
    ),
    # "a Harvard-led consortium": the leader is the party
    row(
        "led-compound",
        "en",
        "A Harvard-led consortium with MIT and Stanford University will study glaciers.",
        pair("Harvard University", "Massachusetts Institute of Technology"),
        pair("Harvard University", "Stanford University"),
    ),
    # the one party after "by", then a comma and "with" its partners
    row(
        "made-by-comma-with",
        "fr",
        "Le consortium, mené par le CNRS, avec l'Inria et l'Université du Chili, étudiera les"
        " glaciers.",
        pair("CNRS", "Inria"),
        pair("CNRS", "Universidad de Chile"),
    ),
    row(
        "made-by-comma-with",
        "en",
        "The project, led by Harvard University, with funding from the World Bank, starts soon.",
    ),
    # the people of each party sign: "des représentants de X et de Y"
    row(
        "people-of-each",
        "fr",
        "Des représentants de l'Université de Lyon et de l'Université du Chili ont signé l'accord.",
        pair("Université de Lyon", "Universidad de Chile"),
    ),
    row(
        "people-of-each",
        "es",
        "Representantes de la UNAM y de la Universidad de Chile firmaron el convenio.",
        pair("Universidad Nacional Autónoma de México", "Universidad de Chile"),
    ),
    # a program or project noun with its partners after "with"
    row(
        "program-with",
        "en",
        "Intel launched a training program with the University of Costa Rica.",
        pair("Intel", "Universidad de Costa Rica"),
    ),
    row(
        "program-with",
        "es",
        "La UNAM desarrolla un proyecto con la Universidad de Chile.",
        pair("Universidad Nacional Autónoma de México", "Universidad de Chile"),
    ),
    row(
        "program-with",
        "fr",
        "Le CNRS a lancé un projet avec l'Université de Montevideo.",
        pair("CNRS", "Université de Montevideo"),
    ),
    row("program-with-things", "en", "Intel launched a program with 20 courses in Chile."),
    # a backer after "with the support of" is not a partner
    row(
        "support-of",
        "es",
        "Telefónica anunció su plan. El programa cuenta con el apoyo de la Fundación Carlos Slim.",
    ),
    row(
        "support-of",
        "en",
        "Intel announced its plan. The program, with the support of the World Bank, trains"
        " teachers.",
    ),
    row(
        "support-of",
        "fr",
        "Orange a présenté son plan. Le projet, avec le soutien de l'Unesco, forme des"
        " enseignants.",
    ),
    # what a program covers or where it runs is no party of it
    row("where-not-party", "en", "The network of Telmex covers Mexico and Guatemala."),
    row("where-not-party", "es", "La red de Telcel cubre México y Guatemala."),
    row(
        "where-not-party",
        "en",
        "The program, run by the World Bank, trains teachers in Peru and Bolivia.",
    ),
    row(
        "where-not-party",
        "fr",
        "Le programme, piloté par l'Unesco, forme des enseignants au Pérou et en Bolivie.",
    ),
    # a party in apposition, "in conjunction with" its partner
    row(
        "in-coordination-with",
        "en",
        "Harvard University, in conjunction with MIT, will host the summit.",
        pair("Harvard University", "Massachusetts Institute of Technology"),
    ),
    row(
        "in-coordination-with",
        "es",
        "La UNAM, en coordinación con la Universidad de Chile, organizó el foro.",
        pair("Universidad Nacional Autónoma de México", "Universidad de Chile"),
    ),
    row(
        "in-coordination-with",
        "fr",
        "L'Université de Lyon, en coordination avec le CNRS, organise le colloque.",
        pair("Université de Lyon", "CNRS"),
    ),
    # "en lien avec": in connection with, not a partnership
    row("in-connection-with", "fr", "Le CNRS publie une étude en lien avec l'Inria."),
    # round 2: "co-organized by": the word says the parties act jointly, no partnership noun
    row(
        "co-made-by",
        "en",
        "The forum was co-organized by Harvard University and the University of Chile.",
        pair("Harvard University", "Universidad de Chile"),
    ),
    row(
        "co-made-by",
        "es",
        "El foro fue coorganizado por la UNAM y la Universidad de Chile.",
        pair("Universidad Nacional Autónoma de México", "Universidad de Chile"),
    ),
    row(
        "co-made-by",
        "fr",
        "Le colloque est co-organisé par l'Université de Lyon et le CNRS.",
        pair("Université de Lyon", "CNRS"),
    ),
    row("co-made-by-one", "fr", "Le colloque est co-organisé par l'Université de Lyon."),
    # "X and its counterpart, Y, signed": the counterpart is a coordinated subject
    row(
        "and-its-counterpart",
        "en",
        "Harvard University and its Chilean counterpart, the University of Chile, signed an"
        " agreement.",
        pair("Harvard University", "Universidad de Chile"),
    ),
    row(
        "and-its-counterpart",
        "es",
        "La UNAM y su homóloga chilena, la Universidad de Chile, firmaron un convenio.",
        pair("Universidad Nacional Autónoma de México", "Universidad de Chile"),
    ),
    row(
        "and-its-counterpart",
        "fr",
        "L'Université de Lyon et son homologue l'Université du Chili ont signé un accord.",
        pair("Université de Lyon", "Universidad de Chile"),
    ),
    row("and-its-counterpart-person", "fr", "L'Université de Lyon et son recteur ont signé."),
    # "X and its partner Y" with any verb
    row(
        "and-its-partner",
        "en",
        "Grupo Bimbo and its long-time partner, Siemens, will build a plant.",
        pair("Grupo Bimbo", "Siemens"),
    ),
    row(
        "and-its-partner",
        "es",
        "La UNAM y su socio, Siemens, abrirán un laboratorio.",
        pair("Universidad Nacional Autónoma de México", "Siemens"),
    ),
    row(
        "and-its-partners-where", "en", "Grupo Bimbo and its partners in Mexico will build a plant."
    ),
    # "X ... with its partner Y": the partner of the organization that opens the sentence
    row(
        "with-its-partner",
        "en",
        "Grupo Bimbo will build the plant in Jalisco with its local partner Siemens.",
        pair("Grupo Bimbo", "Siemens"),
    ),
    row(
        "with-its-partner",
        "es",
        "La empresa Grupo Bimbo invertirá 20 millones de dólares con su socio Siemens.",
        pair("Grupo Bimbo", "Siemens"),
    ),
    row(
        "with-its-partner",
        "fr",
        "Le groupe Danone ouvrira une usine au Brésil avec son partenaire Embraer.",
        pair("Danone", "Embraer"),
    ),
    row("with-its-partners-where", "fr", "Danone ouvrira une usine avec ses partenaires au Pérou."),
    # "relies on its partner Y", "s'appuie sur son partenaire": the subject's partner too
    row(
        "on-its-partner",
        "en",
        "Vextra Corp. will rely on its local partner, Brisco Inc., to sell in Peru.",
        pair("Vextra Corp", "Brisco Inc"),
    ),
    row(
        "on-its-partner",
        "es",
        "La empresa Vextra se apoyará en su socio local, la firma Brisco, para vender en Perú.",
        pair("Vextra", "Brisco"),
    ),
    row(
        "on-its-partner",
        "fr",
        "Le groupe Vextra s'appuiera sur son partenaire local, la société Brisco, au Pérou.",
        pair("Vextra", "Brisco"),
    ),
    row(
        "and-its-partner-kind",
        "fr",
        "Le groupe Vextra et son partenaire, la société Brisco, construiront une usine.",
        pair("Vextra", "Brisco"),
    ),
    row(
        "and-its-partner-kind",
        "en",
        "Vextra Corp. and its partner, the company Brisco, will build a plant.",
        pair("Vextra Corp", "Brisco"),
    ),
    # the full stop of an abbreviated legal form is the name's: lists and joint subjects go on
    row(
        "legal-form-dot",
        "en",
        "Vextra Corp. and Brisco Inc. announced a strategic alliance in Chile.",
        pair("Vextra Corp", "Brisco Inc"),
    ),
    row(
        "legal-form-dot",
        "en",
        "Partners in the program include Vextra Corp., Brisco Inc. and Ormeda Ltd.",
        pair("Vextra Corp", "Brisco Inc"),
        pair("Vextra Corp", "Ormeda Ltd"),
    ),
    row(
        "legal-form-dot",
        "fr",
        "Vextra Inc. et Brisco S.A. ont signé un accord de partenariat.",
        pair("Vextra Inc", "Brisco S.A."),
    ),
    row(
        "legal-form-dot",
        "es",
        "Vextra S.A. de C.V. y Brisco S.A. de C.V. firmaron un convenio de colaboración.",
        pair("Vextra S.A. de C.V.", "Brisco S.A. de C.V."),
    ),
    # signatories by their posts: a minister's portfolio and country name the ministry
    row(
        "signed-by-minister",
        "es",
        "El acuerdo fue firmado por el ministro de Minas de Colombia, Luis Paz Ruiz, y el"
        " presidente de Vextra Group, Pedro Ruiz Paz.",
        pair("Ministerio de Minas y Energía", "Vextra Group"),
    ),
    row(
        "signed-by-minister",
        "fr",
        "L'accord a été signé par la ministre de l'Économie du Pérou, Ana Paz, et le directeur"
        " général de Vextra Group, Pierre Ruiz.",
        pair("Ministerio de Economía y Finanzas del Perú", "Vextra Group"),
    ),
    row(
        "signed-by-minister",
        "en",
        "The agreement was signed by the Minister of Mines of Colombia, Luis Paz, and the chief"
        " executive of Vextra Group, Peter Ruiz.",
        pair("Ministerio de Minas y Energía", "Vextra Group"),
    ),
    # "a joint effort of A, B and C": its makers are partners
    row(
        "joint-effort-of",
        "en",
        "The initiative, a joint effort of Vextra Group and Brisco Group, will reach 10,000"
        " students.",
        pair("Vextra Group", "Brisco Group"),
    ),
    row(
        "joint-effort-of",
        "es",
        "El programa, una iniciativa conjunta de Vextra Group y la Universidad de Chile,"
        " formará a 500 técnicos.",
        pair("Vextra Group", "Universidad de Chile"),
    ),
    row(
        "joint-effort-of",
        "fr",
        "Le programme, une initiative conjointe de Vextra Group et de l'Université du Chili,"
        " formera 500 techniciens.",
        pair("Vextra Group", "Universidad de Chile"),
    ),
    # "a New Brunswick-based company": the words of a place, no party
    row(
        "based-modifier",
        "en",
        "Vextra Group signed an agreement with Brisco Inc., a New Brunswick-based company, for"
        " a hatchery.",
        pair("Vextra Group", "Brisco Inc"),
    ),
    # a reflexive verb of association in the future or the infinitive, then "à"
    row(
        "associates-future",
        "fr",
        "Le groupe Vextra s’associera à la société Brisco pour construire une usine.",
        pair("Vextra", "Brisco"),
    ),
    row(
        "associates-future",
        "fr",
        "Le groupe Vextra compte s'allier au groupe Brisco au Mexique.",
        pair("Vextra", "Brisco"),
    ),
    row(
        "associates-future",
        "es",
        "La empresa Vextra se asociará con la firma Brisco para construir una planta.",
        pair("Vextra", "Brisco"),
    ),
    # ... each partner of a list, in brackets too
    row(
        "with-its-partners-list",
        "fr",
        "Le groupe Zorbel a remporté aux côtés de ses partenaires brésiliens (Vextra, Ormeda, "
        "Brisco) le contrat du tramway.",
        pair("Zorbel", "Vextra"),
        pair("Zorbel", "Ormeda"),
        pair("Zorbel", "Brisco"),
    ),
    row(
        "with-its-partners-list",
        "en",
        "Zorbel Corp won the tram contract with its Brazilian partners (Vextra, Ormeda and "
        "Brisco).",
        pair("Zorbel Corp", "Vextra"),
        pair("Zorbel Corp", "Ormeda"),
        pair("Zorbel Corp", "Brisco"),
    ),
    row(
        "with-its-partners-list",
        "fr",
        "Le groupe Zorbel a remporté avec ses partenaires Vextra, Ormeda et Brisco le contrat.",
        pair("Zorbel", "Vextra"),
        pair("Zorbel", "Ormeda"),
        pair("Zorbel", "Brisco"),
    ),
    # a partnership noun's verb of linking names its parties
    row(
        "linking",
        "en",
        "The agreement linking the University of Toronto and McGill University was renewed.",
        pair("University of Toronto", "McGill University"),
    ),
    row(
        "linking",
        "es",
        "El acuerdo vincula a la Universidad de Antioquia con la Universidad de los Andes.",
        pair("Universidad de Antioquia", "Universidad de los Andes"),
    ),
    row(
        "linking",
        "fr",
        "L'accord lie l'Université de Bordeaux à l'Universidad de Chile pour cinq ans.",
        pair("Université de Bordeaux", "Universidad de Chile"),
    ),
    row("linking-unnamed", "en", "The agreement links trade in Chile and Peru."),
    row("linking-road", "fr", "Le projet de train qui unit Lima et Cusco avance."),
    # a program noun's own name is not a party: its owner is
    row(
        "program-name-with",
        "fr",
        "Le Cirad coordonne le projet Amazonia avec l'Université de São Paulo.",
        pair("Cirad", "Universidade de São Paulo"),
    ),
    # a fronted participle clause, then a noun that gathers; "some of" them named
    row(
        "fronted-gathers",
        "es",
        "Financiado por la Unión Europea, el proyecto reúne a la Universidad de Antioquia y la"
        " Universidad de los Andes.",
        pair("Universidad de Antioquia", "Universidad de los Andes"),
    ),
    row(
        "fronted-gathers",
        "fr",
        "Financé par l'Union européenne, le projet Amazonia réunit l'Université de Guyane et"
        " l'Université de São Paulo.",
        pair("Université de Guyane", "Universidade de São Paulo"),
    ),
    row(
        "gathers-some-of",
        "en",
        "The network includes 12 universities, among them the University of Toronto and McGill"
        " University.",
        pair("University of Toronto", "McGill University"),
    ),
    row(
        "gathers-some-of",
        "fr",
        "Le projet rassemble huit partenaires, dont l'Université de Lyon et le CNRS.",
        pair("Université de Lyon", "CNRS"),
    ),
    row(
        "fronted-gathers-where",
        "en",
        "Funded by the European Union, the project includes plants in Chile and Peru.",
    ),
    # two untyped names right after "between", joined by a conjunction alone
    row(
        "between-two-names",
        "en",
        "After the alliance between Rio Tinto and First Quantum the cost rose.",
        pair("Rio Tinto", "First Quantum"),
    ),
    row("between-people", "en", "The agreement between Juan Pérez and Ana Ruiz was private."),
    # new verbs: "teamed with", "rubricó con", "a conclu avec X un accord"
    row(
        "teamed-with",
        "en",
        "Grupo Bimbo has teamed with Siemens on a new plant.",
        pair("Grupo Bimbo", "Siemens"),
    ),
    row(
        "signed-with-before-noun",
        "es",
        "La Universidad de Antioquia rubricó con la Universidad de los Andes un convenio de"
        " cooperación.",
        pair("Universidad de Antioquia", "Universidad de los Andes"),
    ),
    row(
        "signed-with-before-noun",
        "fr",
        "L'Université de Lyon a conclu avec l'Université du Chili un accord de coopération.",
        pair("Université de Lyon", "Universidad de Chile"),
    ),
    # a wire dateline's source is not a party; a country that opens the sentence is
    row(
        "dateline-country",
        "es",
        "Lima, 3 mar (Prensa Latina) Perú firmó un acuerdo con la empresa Siemens.",
        pair("Peru", "Siemens"),
    ),
    row(
        "country-subject",
        "en",
        "Chile signed an agreement with Siemens to build a plant.",
        pair("Chile", "Siemens"),
    ),
    row(
        "country-subject",
        "fr",
        "Le Chili a signé un accord avec Siemens pour construire une usine.",
        pair("Chile", "Siemens"),
    ),
    row(
        "country-not-subject",
        "en",
        "Brazil is the country where the company works with local suppliers.",
    ),
    # a joint unit's quoted title, then its parties
    row(
        "of-pair-titled",
        "fr",
        "Le CNRS a renouvelé l'unité mixte de recherche « Centre de modélisation », du CNRS et de"
        " l'Université du Chili.",
        pair("CNRS", "Universidad de Chile"),
    ),
    # degrees and units shared by two institutions
    row(
        "dual-degree",
        "en",
        "The University of Toronto offers a dual degree with McGill University.",
        pair("University of Toronto", "McGill University"),
    ),
    row(
        "dual-degree",
        "es",
        "La UNAM ofrece una doble titulación con la Universidad de Chile.",
        pair("Universidad Nacional Autónoma de México", "Universidad de Chile"),
    ),
    row(
        "dual-degree",
        "fr",
        "Une thèse en cotutelle entre l'Université de Lyon et l'Université du Chili a été"
        " soutenue.",
        pair("Université de Lyon", "Universidad de Chile"),
    ),
    row(
        "dual-degree-subject",
        "en",
        "She holds a dual degree in law and economics from McGill University.",
    ),
    # "are bound by an agreement"; a road is not one
    row(
        "bound-by",
        "en",
        "The University of Toronto and McGill University are bound by an exchange agreement.",
        pair("University of Toronto", "McGill University"),
    ),
    row(
        "bound-by",
        "es",
        "La Universidad de Antioquia y la Universidad de los Andes están unidas por un convenio"
        " marco.",
        pair("Universidad de Antioquia", "Universidad de los Andes"),
    ),
    row(
        "bound-by",
        "fr",
        "L'Université des Antilles et l'Université Quisqueya sont liées par une convention.",
        pair("Université des Antilles", "Université Quisqueya"),
    ),
    row("bound-by-road", "fr", "Lima et Cusco sont liées par une route."),
    # "among the partners are"
    row(
        "among-partners",
        "es",
        "Entre los socios del proyecto figuran la Universidad de Antioquia y la Universidad de los"
        " Andes.",
        pair("Universidad de Antioquia", "Universidad de los Andes"),
    ),
    row(
        "among-partners",
        "fr",
        "Parmi les partenaires du projet figurent l'Université des Antilles et l'Université"
        " Quisqueya.",
        pair("Université des Antilles", "Université Quisqueya"),
    ),
    row("among-others", "fr", "Parmi les entreprises présentes figurent Airbus et Safran."),
    # an apposition between the coordinated subjects and their verb
    row(
        "subjects-aside",
        "en",
        "The University of Toronto and McGill University, two public institutions, signed an"
        " agreement.",
        pair("University of Toronto", "McGill University"),
    ),
    # coordinated members of one group noun; a named organization is not one
    row(
        "members-of",
        "fr",
        "L'Université de Bordeaux et le CNRS sont membres du réseau.",
        pair("Université de Bordeaux", "CNRS"),
    ),
    row(
        "members-of",
        "es",
        "La UNAM y la Universidad de Chile son miembros de la red.",
        pair("Universidad Nacional Autónoma de México", "Universidad de Chile"),
    ),
    row("members-of-named", "en", "Chile and Peru are members of the OECD."),
    # "work closely with"; "now links"
    row(
        "work-closely-with",
        "en",
        "The University of Guyana will work closely with McGill University on the project.",
        pair("University of Guyana", "McGill University"),
    ),
    row(
        "work-closely-with",
        "es",
        "La UNAM trabaja estrechamente con la Universidad de Chile en el proyecto.",
        pair("Universidad Nacional Autónoma de México", "Universidad de Chile"),
    ),
    row(
        "work-closely-with",
        "fr",
        "Le CNRS travaille étroitement avec l'Université du Chili.",
        pair("CNRS", "Universidad de Chile"),
    ),
    row(
        "linking-adverb",
        "en",
        "A new agreement now links the University of Guyana and McGill University.",
        pair("University of Guyana", "McGill University"),
    ),
    # an untyped name after "les universités de la": the complement, not a party
    row(
        "complement-name",
        "fr",
        "L'Université des Antilles coopère avec les universités de la Caraïbe.",
    ),
    # a country is a party only as the subject of the signing, not of another clause
    row(
        "country-other-clause",
        "es",
        "Chile aprobó la ley, y la empresa firmó un acuerdo con Siemens.",
    ),
    row(
        "country-other-clause",
        "en",
        "Chile approved the law while the company signed an agreement with Siemens.",
    ),
    row("country-other-clause", "en", "Brazil said the company signed an agreement with Siemens."),
    row(
        "country-other-clause",
        "fr",
        "Le Brésil a voté la loi et l'entreprise a signé un accord avec Airbus.",
    ),
    row(
        "country-aside",
        "en",
        "Chile, the world's largest copper producer, signed an agreement with Siemens.",
        pair("Chile", "Siemens"),
    ),
    # a sentence adverb before the country that signs
    row(
        "country-opener",
        "es",
        "Entonces México firmó un acuerdo con Siemens.",
        pair("Mexico", "Siemens"),
    ),
    row(
        "country-opener",
        "en",
        "Then Mexico signed an agreement with Siemens.",
        pair("Mexico", "Siemens"),
    ),
    row(
        "country-opener",
        "fr",
        "Ensuite, le Brésil a signé un accord avec Airbus.",
        pair("Brazil", "Airbus"),
    ),
    row("country-opener", "es", "En Chile, la empresa firmó un acuerdo con Siemens."),
    # "with Saudi Arabia's Ma'aden": the name after the possessive, not the country
    row(
        "country-possessive",
        "en",
        "Cemex signed a deal with Saudi Arabia's Ma'aden.",
        pair("Cemex", "Ma'aden"),
    ),
    row(
        "country-possessive",
        "en",
        "Cemex Signs Deal With Saudi Arabia's Ma'aden\n\nCemex said the deal covers three plants.",
        pair("Cemex", "Ma'aden"),
    ),
    row(
        "country-possessive",
        "en",
        "Cemex signed an agreement with Brazil's government.",
        pair("Cemex", "Brazil"),
    ),
    row(
        "country-possessive",
        "en",
        "Cemex and Brazil's Vale signed an agreement on Monday.",
        pair("Cemex", "Vale"),
    ),
    # "X et son partenaire Y": untyped names when an article or "its" says they are bodies
    row(
        "and-its-partner-untyped",
        "fr",
        "Le Cirad et son partenaire l'Embrapa travaillent sur le café.",
        pair("Cirad", "Embrapa"),
    ),
    row(
        "and-its-partner-untyped",
        "es",
        "Según el Inta y su socio Embrapa, la cosecha crecerá.",
        pair("Inta", "Embrapa"),
    ),
    row(
        "and-its-partner-untyped",
        "fr",
        "Dupont et son partenaire Lefèvre ont ouvert un restaurant à Lyon.",
    ),
    row(
        "and-its-partner-untyped",
        "es",
        "El empresario Martínez y su socio Gutiérrez abrieron una tienda.",
    ),
    row("and-its-partner-untyped", "en", "Smith and his partner Jones opened a shop."),
    row(
        "and-its-partner-untyped",
        "fr",
        "Le Cirad et ses partenaires en Amazonie travaillent sur le cacao.",
    ),
    # university cooperation as the press tells it
    row(
        "forms-opened",
        "fr",
        "L'Université de Lyon a ouvert avec l'Université du Chili un laboratoire commun.",
        pair("Université de Lyon", "Universidad de Chile"),
    ),
    row(
        "co-awarded",
        "fr",
        "Le master, codiplômé par l'Université de Lyon et l'Université du Chili, ouvre en mai.",
        pair("Université de Lyon", "Universidad de Chile"),
    ),
    row(
        "hyphenated-degree",
        "en",
        "The dual-degree program between McGill University and the University of Chile"
        " starts in May.",
        pair("McGill University", "Universidad de Chile"),
    ),
    row(
        "is-partner-of",
        "fr",
        "L'Université de Lyon est partenaire de l'Université du Chili depuis 2010.",
        pair("Université de Lyon", "Universidad de Chile"),
    ),
    row(
        "is-partner-of",
        "es",
        "Telmex es socio de la UNAM en el programa.",
        pair("Telmex", "Universidad Nacional Autónoma de México"),
    ),
    row("is-partner-of", "fr", "Airbus est partenaire de la Coupe du monde."),
    row(
        "linking-adverb",
        "fr",
        "Une convention de double diplôme lie désormais l'Université de Lyon à l'Université"
        " du Chili.",
        pair("Université de Lyon", "Universidad de Chile"),
    ),
    # a party hosts another's students under the agreement
    row(
        "hosted",
        "fr",
        "L'Université de Lyon accueillera des étudiants de l'Université du Chili dans le cadre"
        " de l'accord.",
        pair("Université de Lyon", "Universidad de Chile"),
    ),
    row(
        "hosted",
        "en",
        "Under the agreement, McGill University will host ten students from the University of"
        " Chile.",
        pair("McGill University", "Universidad de Chile"),
    ),
    row(
        "hosted",
        "es",
        "En el marco del convenio, la UNAM recibirá estudiantes de la Universidad de Chile.",
        pair("Universidad Nacional Autónoma de México", "Universidad de Chile"),
    ),
    row(
        "hosted",
        "fr",
        "L'Université de Lyon accueille des étudiants de l'Université du Chili chaque année.",
    ),
    row("hosted", "en", "McGill University will host students from Chile under the agreement."),
    row(
        "hosted",
        "en",
        "Thanks to the program, the University of Chile hosts students from McGill University.",
    ),
    row(
        "offered-by",
        "fr",
        "Ce double diplôme, proposé par l'Université de Lyon et l'Université du Chili, forme des"
        " ingénieurs.",
        pair("Université de Lyon", "Universidad de Chile"),
    ),
    row(
        "teaming-up",
        "en",
        "McGill University is teaming up with the University of Chile on a climate project.",
        pair("McGill University", "Universidad de Chile"),
    ),
    row(
        "country-relative",
        "es",
        "Chile, que aprobó la ley, firmó un acuerdo con Siemens.",
        pair("Chile", "Siemens"),
    ),
    row("country-other-clause", "es", "Desde Chile, la empresa firmó un acuerdo con Siemens."),
    row(
        "country-other-clause",
        "fr",
        "Le Brésil a indiqué que l'entreprise a signé un accord avec Airbus.",
    ),
    # words that are not partnerships
    row("according-to", "en", "According to Cemex, the market will grow."),
    row("according-to", "es", "De acuerdo con Pemex, la producción cayó."),
    row("according-to", "fr", "Selon Airbus, la demande reste forte."),
    row("rival-of", "en", "Cemex, a rival of Holcim, opened a plant."),
    row("rival-of", "es", "Telcel es competidor de AT&T en México."),
    row("rival-of", "fr", "Airbus, concurrent de Boeing, ouvre une usine."),
    # "In" opening a clause is a function word, not a party
    row(
        "function-word-name",
        "en",
        "In yet another deal, the state signed an agreement with the United States.",
    ),
    # a partnership noun or verb of association: "asociación", "pactó con", "se suma a"
    row(
        "association-noun",
        "es",
        "Vextra Systems concretó una asociación con Brisco Holdings.",
        pair("Vextra Systems", "Brisco Holdings"),
    ),
    row(
        "pacted-with",
        "es",
        "Banorte pactó con el Gobierno de Chile la construcción de un centro de datos.",
        pair("Banorte", "Chile"),
    ),
    row(
        "joins-initiative",
        "es",
        "Nestlé se suma a la iniciativa de Banorte.",
        pair("Nestlé", "Banorte"),
    ),
    # a future verb of making with a partnership noun: "vont créer une société commune"
    row(
        "will-create",
        "fr",
        "Vextra Systems et Ormeda Énergie vont créer une société commune au Brésil.",
        pair("Vextra Systems", "Ormeda Énergie"),
    ),
    # how long it has run, between the word and its "with"
    row(
        "since-with",
        "fr",
        "Vextra Systems collabore depuis 2020 avec l'Université Laval.",
        pair("Vextra Systems", "Université Laval"),
    ),
    row(
        "since-with",
        "es",
        "Banorte trabaja desde hace varios años con el Conalep.",
        pair("Banorte", "Colegio Nacional de Educación Profesional Técnica"),
    ),
    # "société d'État": what owns the company, not a party
    row(
        "state-owned",
        "fr",
        "La société d'État Codelco a signé un accord avec Vextra Systems.",
        pair("Corporación Nacional del Cobre de Chile", "Vextra Systems"),
    ),
    # an agreement told in one sentence, its partner in the next ("Under the deal, Y will")
    row(
        "told-before",
        "en",
        "Acme Robotics signed an agreement on Tuesday. Under the deal, the Tecnológico Nacional "
        "de México will offer courses to its staff.",
        pair("Acme Robotics", "Tecnológico Nacional de México"),
    ),
    row(
        "told-before",
        "es",
        "Banorte firmó este martes un acuerdo. Gracias al convenio, el Conalep ofrecerá cursos.",
        pair("Banorte", "Colegio Nacional de Educación Profesional Técnica"),
    ),
    row(
        "told-before",
        "fr",
        "Vextra Systems a signé mardi un accord. Dans le cadre de cet accord, le Conalep formera "
        "des techniciens.",
        pair("Vextra Systems", "Colegio Nacional de Educación Profesional Técnica"),
    ),
    row(
        "told-before",
        "fr",
        "Vextra Systems a signé un accord. Aux termes de cet accord, Ormeda Énergie fournira "
        "l'électricité.",
        pair("Vextra Systems", "Ormeda Énergie"),
    ),
    row(  # the same party again: no partner
        "told-before",
        "en",
        "Banorte signed an agreement on Tuesday. Under the deal, Banorte will open 20 branches.",
    ),
    row(  # no agreement told before
        "told-before",
        "en",
        "Banorte reported record profits. Under the deal, Nestlé will supply food.",
    ),
    # the fronted agreement's subject, and the organization right after its verb
    row(
        "told-after",
        "es",
        "Por medio de este acuerdo, Banorte apoyará al Conalep con equipo.",
        pair("Banorte", "Colegio Nacional de Educación Profesional Técnica"),
    ),
    row(  # no other organization after the verb
        "told-after",
        "en",
        "Under the deal, Vextra Systems will open 20 branches.",
    ),
    # a signing told as an act: "ont procédé à la signature", "llevaron a cabo la firma"
    row(
        "signing-act",
        "fr",
        "Vextra Systems et l'Université Laval ont procédé à la signature d'un accord.",
        pair("Vextra Systems", "Université Laval"),
    ),
    row(
        "signing-act",
        "es",
        "Banorte y el Conalep llevaron a cabo la firma de un convenio de colaboración.",
        pair("Banorte", "Colegio Nacional de Educación Profesional Técnica"),
    ),
    row(
        "initialled-by",
        "fr",
        "L'accord a été paraphé par Vextra Systems et l'Université Laval.",
        pair("Vextra Systems", "Université Laval"),
    ),
    # the name after a program noun in the list is the program's, not a partner's
    row(
        "program-after-aside",
        "es",
        "Banorte lanzó, junto a la Universidad de Sonora, el programa Talento Joven.",
        pair("Banorte", "Universidad de Sonora"),
    ),
    # a verb of becoming before the partner word: "devient partenaire de", "se convirtió en"
    row(
        "becomes-partner",
        "fr",
        "Ormeda Énergie devient le partenaire de Vextra Systems au Mexique.",
        pair("Ormeda Énergie", "Vextra Systems"),
    ),
    row(
        "becomes-partner",
        "es",
        "Banorte se convirtió en socio de Nestlé.",
        pair("Banorte", "Nestlé"),
    ),
    row(
        "becomes-partner",
        "en",
        "Ormeda Energy becomes a partner of Vextra Systems.",
        pair("Ormeda Energy", "Vextra Systems"),
    ),
    row(  # a post, not a partner
        "becomes-partner",
        "fr",
        "Jean Dupont devient le nouveau directeur de Vextra Systems.",
    ),
    # a verb of association in the infinitive: "choisi de s'associer avec", "busca aliarse con"
    row(
        "associate-infinitive",
        "fr",
        "Vextra Systems a choisi de s'associer avec l'Université Laval.",
        pair("Vextra Systems", "Université Laval"),
    ),
    row(
        "associate-infinitive",
        "es",
        "Banorte busca aliarse con Nestlé.",
        pair("Banorte", "Nestlé"),
    ),
    # a place named for its government among the parties after "entre"
    row(
        "between-governed",
        "fr",
        "L'entente signée entre le gouvernement du Québec et Vextra Systems prévoit 200 emplois.",
        pair("Québec", "Vextra Systems"),
    ),
    # "Jalisco Governor X signed": the place before its governor stands for its government
    row(
        "place-governor",
        "en",
        "Jalisco Governor Pablo Lemus signed an agreement with Vextra Systems.",
        pair("Jalisco", "Vextra Systems"),
    ),
    # a relative clause on a preposition ends the partner list: what it tells is no partner
    row(
        "relative-ends",
        "en",
        "Vextra Systems signed an agreement with the Universidad Tecnológica de Tarvelia under "
        "which the company will train 800 students through its Vextra Academy program.",
        pair("Vextra Systems", "Universidad Tecnológica de Tarvelia"),
    ),
    row(
        "relative-ends",
        "es",
        "Vextra Systems firmó un convenio con la Universidad Tecnológica de Tarvelia mediante el "
        "cual la empresa capacitará a 800 alumnos en su programa Vextra Academy.",
        pair("Vextra Systems", "Universidad Tecnológica de Tarvelia"),
    ),
    row(
        "relative-ends",
        "fr",
        "Vextra Systems a signé un accord avec l'Université de Tarvelia aux termes duquel "
        "l'entreprise formera 800 étudiants dans son programme Vextra Academy.",
        pair("Vextra Systems", "Université de Tarvelia"),
    ),
    # adjectives beside the company noun that describes the next coordinated subject
    row(
        "described-adjectives",
        "en",
        "Vextra Systems and Canadian mining company Zorbel Resources signed an agreement.",
        pair("Vextra Systems", "Zorbel Resources"),
    ),
    row(
        "described-adjectives",
        "es",
        "Ormeda Minerals y la empresa estatal Quilmard Energía firmaron un memorando de "
        "entendimiento.",
        pair("Ormeda Minerals", "Quilmard Energía"),
    ),
    row(
        "described-adjectives",
        "fr",
        "Brisco Industries et la société publique tarvelienne Norvald Énergie ont signé un "
        "accord-cadre.",
        pair("Brisco Industries", "Norvald Énergie"),
    ),
    # ... a longer description, with a complement of common nouns inside it
    row(
        "described-complement",
        "fr",
        "Brisco Industries et la banque publique colombienne de développement territorial "
        "Norvald ont signé un accord-cadre.",
        pair("Brisco Industries", "Norvald"),
    ),
    row(
        "described-complement",
        "es",
        "Ormeda Minerals y el banco público colombiano de desarrollo territorial Quilmard "
        "firmaron un acuerdo marco.",
        pair("Ormeda Minerals", "Quilmard"),
    ),
    row(
        "described-complement",
        "en",
        "Vextra Systems and the Colombian public development bank Zorbel signed a framework "
        "agreement.",
        pair("Vextra Systems", "Zorbel"),
    ),
    # an aside with a number between the last subject and an auxiliary ("have formed")
    row(
        "aside-before-auxiliary",
        "en",
        "Vextra Corp and Cooperativa Agroindustrial Ormeda, a 4,100-member cooperative, have "
        "formed a joint venture to build the plant.",
        pair("Vextra Corp", "Cooperativa Agroindustrial Ormeda"),
    ),
    # the holders of a venture's shares, told by a verb of holding or as the rest
    row(
        "venture-holders",
        "fr",
        "L'usine sera exploitée par une coentreprise dans laquelle Vextra détient 70 % et le "
        "groupe Ormeda 30 %.",
        pair("Vextra", "Ormeda"),
    ),
    row(
        "venture-holders",
        "en",
        "The plant will be run by a joint venture in which Vextra Corp holds 80% and Monterrey "
        "steel processor Ormeda SA the remaining 20%.",
        pair("Vextra Corp", "Ormeda SA"),
    ),
    # market shares are no venture's; "we hold 51%": the unnamed speaker leads, no pair
    row(
        "venture-holders",
        "en",
        "Vextra Corp holds 40% of the market, and Ormeda SA 20%, according to a study.",
    ),
    row(
        "venture-holders",
        "en",
        "We bid through a consortium in which we hold 51%, with Vextra Corp holding 30% and "
        "the engineering firm Ormeda SA the remaining 19%.",
    ),
    # a day between the signing verb and its "with"; "parapher" signs too
    row(
        "day-before-with",
        "es",
        "La empresa Vextra firmó el martes con la empresa Ormeda un convenio para una planta.",
        pair("Vextra", "Ormeda"),
    ),
    row(
        "day-before-with",
        "fr",
        "Le groupe Vextra a paraphé ce lundi avec le groupe Ormeda une convention.",
        pair("Vextra", "Ormeda"),
    ),
    # a word of ownership alone describes the next subject ("state-owned", "la estatal")
    row(
        "described-ownership",
        "en",
        "Vextra Inc and state-owned Ormeda signed a memorandum of understanding.",
        pair("Vextra Inc", "Ormeda"),
    ),
    row(
        "described-ownership",
        "es",
        "La minera Vextra y la estatal Ormeda firmaron un memorando de entendimiento.",
        pair("Vextra", "Ormeda"),
    ),
    # "between" a participle and a date after the noun, the second party described
    row(
        "between-signed",
        "fr",
        "L'accord, signé mardi entre Vextra et la compagnie nationale Ormeda, prévoit une usine.",
        pair("Vextra", "Ormeda"),
    ),
    row(
        "between-signed",
        "es",
        "El convenio, firmado el martes entre Vextra y la estatal Ormeda, prevé una planta.",
        pair("Vextra", "Ormeda"),
    ),
    row(
        "between-signed",
        "en",
        "The agreement, signed on Tuesday between Vextra and state-owned Ormeda, covers a plant.",
        pair("Vextra", "Ormeda"),
    ),
    # a subject's short name in parentheses, resolved apart from it, is the same subject
    row(
        "subject-alias",
        "en",
        "Vextra Systems and the Tarvelia Institute of Technology (Tarvitec North) signed a "
        "memorandum of understanding.",
        pair("Vextra Systems", "Tarvelia Institute of Technology"),
    ),
    row(
        "subject-alias",
        "es",
        "Vextra Systems y el Colegio de Educación Técnica de Tarvelia (Conatar Norte) firmaron un "
        "convenio de colaboración.",
        pair("Vextra Systems", "Colegio de Educación Técnica de Tarvelia"),
    ),
    row(
        "subject-alias",
        "fr",
        "Vextra Systems et l'Institut technique de Tarvelia (Intar Nord) ont signé une convention "
        "de partenariat.",
        pair("Vextra Systems", "Institut technique de Tarvelia"),
    ),
    # an adverb of acting together right before "by": the parties after it act jointly
    row(
        "jointly-by",
        "en",
        "The Quilmard Academy program will be developed jointly by Vextra Systems and the "
        "University of Tarvelia.",
        pair("Vextra Systems", "University of Tarvelia"),
    ),
    row(
        "jointly-by",
        "es",
        "El programa Quilmard Talento será desarrollado conjuntamente por Vextra Systems y la "
        "Universidad de Tarvelia.",
        pair("Vextra Systems", "Universidad de Tarvelia"),
    ),
    row(
        "jointly-by",
        "fr",
        "Le programme Quilmard Talents sera piloté conjointement par Vextra Systems et "
        "l'Université de Tarvelia.",
        pair("Vextra Systems", "Université de Tarvelia"),
    ),
    # two untyped names after "between"; the name after the comma opens the main clause
    row(
        "between-pair-then-clause",
        "en",
        "To secure the joint venture between Vextra and Zorbel, Tarvelia Mining became the first "
        "to adhere to the new regime.",
        pair("Vextra", "Zorbel"),
    ),
    row(
        "between-pair-then-clause",
        "es",
        "Para asegurar la alianza entre Vextra y Zorbel, Tarvelia Mining se convirtió en la "
        "primera en adherir al régimen.",
        pair("Vextra", "Zorbel"),
    ),
    row(
        "between-pair-then-clause",
        "fr",
        "Pour garantir la coentreprise entre Vextra et Zorbel, Tarvelia Mining est devenue la "
        "première à adhérer au régime.",
        pair("Vextra", "Zorbel"),
    ),
    # a body named only by its kind after an indefinite article is no party
    row(
        "unnamed-partner",
        "en",
        "A framework agreement between Vextra Systems and a university of Tarvelia",
    ),
    row(
        "unnamed-partner",
        "es",
        "Un acuerdo marco entre Vextra Systems y una universidad de Tarvelia",
    ),
    row(
        "unnamed-partner",
        "fr",
        "Un accord-cadre entre Vextra Systems et une université de Tarvelia",
    ),
    # joint verbs in the future tense
    row(
        "joint-future",
        "en",
        "Vextra Systems and the University of Tarvelia will launch a training program.",
        pair("Vextra Systems", "University of Tarvelia"),
    ),
    row(
        "joint-future",
        "es",
        "Además, Vextra Systems y la Universidad de Tarvelia lanzarán el programa Talento Norte.",
        pair("Vextra Systems", "Universidad de Tarvelia"),
    ),
    row(
        "joint-future",
        "fr",
        "Vextra Systems et l'Université de Tarvelia signeront un accord de coopération.",
        pair("Vextra Systems", "Université de Tarvelia"),
    ),
    # a letter of commitment is an agreement with the party after its "with"
    row(
        "commitment-letter",
        "en",
        "Vextra Systems signed a letter of commitment with the University of Tarvelia.",
        pair("Vextra Systems", "University of Tarvelia"),
    ),
    row(
        "commitment-letter",
        "es",
        "Vextra Systems firmó una carta compromiso con la Universidad de Tarvelia.",
        pair("Vextra Systems", "Universidad de Tarvelia"),
    ),
    row(
        "commitment-letter",
        "fr",
        "Vextra Systems a signé une lettre d'engagement avec l'Université de Tarvelia.",
        pair("Vextra Systems", "Université de Tarvelia"),
    ),
    # the last coordinated subject told by its kind: the named ones are still partners
    row(
        "unnamed-last-subject",
        "en",
        "Vextra Systems, the University of Tarvelia and the state government signed a three-way "
        "agreement.",
        pair("Vextra Systems", "University of Tarvelia"),
    ),
    row(
        "unnamed-last-subject",
        "es",
        "Vextra Systems, la Universidad de Tarvelia y el gobierno estatal firmaron un convenio "
        "tripartito.",
        pair("Vextra Systems", "Universidad de Tarvelia"),
    ),
    row(
        "unnamed-last-subject",
        "fr",
        "Vextra Systems, l'Université de Tarvelia et le gouvernement régional ont signé un accord "
        "tripartite.",
        pair("Vextra Systems", "Université de Tarvelia"),
    ),
    row(
        "unnamed-last-subject",
        "en",
        "Vextra Systems and the state government signed an agreement.",
    ),
    # officials beside one another at an announcement, with no agreement told: no partnership
    row(
        "officials-beside",
        "en",
        "The project was announced by Vextra Systems at the Tarvelia Palace together with "
        "Zorbel's vice president, Ana Ruiz.",
    ),
    row(
        "officials-beside",
        "es",
        "El proyecto fue anunciado por Vextra Systems junto al director general de Zorbel Foods, "
        "Luis Gómez.",
    ),
    row(
        "officials-beside",
        "fr",
        "Le projet a été annoncé par Vextra Systems aux côtés du directeur général de Zorbel "
        "Foods, Luc Martin.",
    ),
    # with an agreement told, the party of the official beside is a partner
    row(
        "officials-beside-agreement",
        "es",
        "Vextra Systems firmó un convenio de colaboración junto al director general de Zorbel "
        "Foods, Luis Gómez.",
        pair("Vextra Systems", "Zorbel Foods"),
    ),
    row(
        "officials-beside-agreement",
        "fr",
        "Vextra Systems a signé un accord aux côtés du directeur général de Zorbel Foods, Luc "
        "Martin.",
        pair("Vextra Systems", "Zorbel Foods"),
    ),
    row(
        "beside-body",
        "fr",
        "Vextra Systems formera 800 techniciens aux côtés de l'Université de Tarvelia.",
        pair("Vextra Systems", "Université de Tarvelia"),
    ),
    # a noun's agreements listed one by one: "one with X, and another with Y"
    row(
        "agreements-one-by-one",
        "en",
        "Vextra Systems signed two agreements: one with the University of Tarvelia, which will "
        "train 200 engineers, and another with Zorbel Foods, which will buy the output.",
        pair("Vextra Systems", "University of Tarvelia"),
        pair("Vextra Systems", "Zorbel Foods"),
    ),
    row(
        "agreements-one-by-one",
        "es",
        "Vextra Systems firmó dos convenios: uno con la Universidad de Tarvelia, que formará a "
        "200 ingenieros, y otro con Zorbel Foods, que comprará la producción.",
        pair("Vextra Systems", "Universidad de Tarvelia"),
        pair("Vextra Systems", "Zorbel Foods"),
    ),
    row(
        "agreements-one-by-one",
        "fr",
        "Vextra Systems a signé deux accords : l'un avec l'Université de Tarvelia, qui formera "
        "200 ingénieurs, et l'autre avec Zorbel Foods, qui achètera la production.",
        pair("Vextra Systems", "Université de Tarvelia"),
        pair("Vextra Systems", "Zorbel Foods"),
    ),
    # one agreement with its partner, then "and another with Y": one more of the same noun
    row(
        "and-another-with",
        "en",
        "Vextra Systems signed an agreement with the University of Tarvelia to train 200 "
        "engineers, and another with the Norvald Institute for its interns.",
        pair("Vextra Systems", "University of Tarvelia"),
        pair("Vextra Systems", "Norvald Institute"),
    ),
    row(
        "and-another-with",
        "es",
        "Vextra Systems firmó un convenio con la Universidad de Tarvelia para que 200 estudiantes "
        "hagan prácticas en la planta, y otro con el Instituto Norvald para capacitar técnicos.",
        pair("Vextra Systems", "Universidad de Tarvelia"),
        pair("Vextra Systems", "Instituto Norvald"),
    ),
    row(
        "and-another-with",
        "fr",
        "Vextra Systems a signé une convention avec l'Université de Tarvelia pour former 200 "
        "ingénieurs, et une autre avec l'Institut Norvald pour ses stagiaires.",
        pair("Vextra Systems", "Université de Tarvelia"),
        pair("Vextra Systems", "Institut Norvald"),
    ),
    # a second partnership noun coordinated with the first one's clause: the same subject's
    row(
        "coordinated-second-noun",
        "en",
        "Vextra Corp signed an agreement with the Tarvelia Institute to prepare 200 technicians,"
        " and a research agreement with the University of Norvald on new materials.",
        pair("Vextra Corp", "Tarvelia Institute"),
        pair("Vextra Corp", "University of Norvald"),
    ),
    row(
        "coordinated-second-noun",
        "es",
        "Vextra Corp firmó un convenio con el Instituto Tarvelia para formar a 200 técnicos, y un"
        " convenio de investigación con la Universidad de Norvald sobre nuevos materiales.",
        pair("Vextra Corp", "Instituto Tarvelia"),
        pair("Vextra Corp", "Universidad de Norvald"),
    ),
    row(
        "coordinated-second-noun",
        "fr",
        "Vextra Corp a signé une convention avec l'Institut Tarvelia pour former 200 techniciens,"
        " et un accord de recherche avec l'Université de Norvald sur les nouveaux matériaux.",
        pair("Vextra Corp", "Institut Tarvelia"),
        pair("Vextra Corp", "Université de Norvald"),
    ),
    # "the company" after a sentence whose acronym only qualifies a noun ("ICMS tax"): the
    # article's company, not the acronym
    row(
        "company-after-modifier-acronym",
        "en",
        "Vextra Corp will build a plant in Recife. The governor offered a 15-year ICMS tax"
        " incentive. The company also signed an agreement with the Tarvelia Institute.",
        pair("Vextra Corp", "Tarvelia Institute"),
    ),
    row(
        "company-after-modifier-acronym",
        "es",
        "Vextra Corp construirá una planta en Recife. El gobernador ofreció un incentivo del"
        " impuesto ICMS por 15 años. La empresa también firmó un convenio con el Instituto"
        " Tarvelia.",
        pair("Vextra Corp", "Instituto Tarvelia"),
    ),
    row(
        "company-after-modifier-acronym",
        "fr",
        "Vextra Corp construira une usine à Recife. Le gouverneur a offert une exonération"
        " d'ICMS sur 15 ans. La société a aussi signé une convention avec l'Institut Tarvelia.",
        pair("Vextra Corp", "Institut Tarvelia"),
    ),
    # a known body's regional branch ("el SENA Regional Caldas") is the body
    row(
        "known-body-branch",
        "es",
        "Vextra Corp se unió al SENA Regional Caldas para formar a 2.000 jóvenes.",
        pair("Vextra Corp", "Servicio Nacional de Aprendizaje"),
    ),
    row(
        "known-body-branch",
        "fr",
        "Vextra Corp formera 2 000 jeunes en partenariat avec le SENA Regional Nariño.",
        pair("Vextra Corp", "Servicio Nacional de Aprendizaje"),
    ),
    row(
        "known-body-branch",
        "en",
        "Vextra Corp will train 2,000 young people in partnership with SENA Seccional Antioquia.",
        pair("Vextra Corp", "Servicio Nacional de Aprendizaje"),
    ),
    # the partner fronted: "Con la X suscribió un convenio", "With X it signed an agreement"
    row(
        "fronted-with",
        "es",
        "Vextra Corp firmó ayer tres acuerdos. Con la Universidad de Tarvelia suscribió un"
        " convenio de investigación para desarrollar dietas.",
        pair("Vextra Corp", "Universidad de Tarvelia"),
    ),
    row(
        "fronted-with",
        "es",
        "Con la Universidad de Tarvelia, Vextra Corp firmó un convenio de investigación.",
        pair("Vextra Corp", "Universidad de Tarvelia"),
    ),
    row(
        "fronted-with",
        "fr",
        "Vextra Corp a signé hier trois accords. Avec l'Université de Tarvelia, elle a conclu un"
        " accord de recherche.",
        pair("Vextra Corp", "Université de Tarvelia"),
    ),
    row(
        "fronted-with",
        "en",
        "Vextra Corp signed three agreements on Tuesday. With the University of Tarvelia it"
        " signed a research agreement on feed.",
        pair("Vextra Corp", "University of Tarvelia"),
    ),
    # "with the support of" fronted names a backer, not a partner
    row(
        "fronted-with",
        "es",
        "Vextra Corp firmó ayer un acuerdo. Con el apoyo de la Fundación Tarvelia, la empresa"
        " abrirá una escuela.",
    ),
    # an apposition that ends in the place it is of, between the subjects and their verb
    row(
        "joint-placed-aside",
        "fr",
        "L'Université de Tarvelia et l'Universidad Nacional Agraria Norvald (UNAN), principale"
        " université agronomique du Pérou, ont signé lundi un accord-cadre.",
        pair("Université de Tarvelia", "Universidad Nacional Agraria Norvald"),
    ),
    row(
        "joint-placed-aside",
        "es",
        "La Universidad de Tarvelia y el Instituto Norvald, el mayor centro técnico de Chile,"
        " firmaron un convenio.",
        pair("Universidad de Tarvelia", "Instituto Norvald"),
    ),
    row(
        "joint-placed-aside",
        "en",
        "Tarvelia University and the Norvald Institute, the largest technical school in Chile,"
        " signed an agreement.",
        pair("Tarvelia University", "Norvald Institute"),
    ),
    # a subject pronoun: the organization the sentence before opens on
    row(
        "pronoun-subject-with",
        "fr",
        "L'Université de Tarvelia accueille 600 étudiants. La société Vextra investira 12 millions"
        " de dollars à Huaral. Elle a signé à cet effet un protocole d'accord avec l'Institut"
        " Norvald.",
        pair("Vextra", "Institut Norvald"),
    ),
    row(
        "pronoun-subject-with",
        "en",
        "Tarvelia University hosts 600 students. Vextra Corp will invest $12 million in Huaral."
        " It signed a memorandum of understanding with the Norvald Institute.",
        pair("Vextra Corp", "Norvald Institute"),
    ),
    row(
        "pronoun-subject-with",
        "es",
        "La Universidad de Tarvelia recibe a 600 estudiantes. Vextra Corp invertirá 12 millones"
        " de dólares en Huaral. Ella firmó un memorando de entendimiento con el Instituto"
        " Norvald.",
        pair("Vextra Corp", "Instituto Norvald"),
    ),
    # a venture named after its two parents ("Vextra Misti", of Vextra and Grupo Constructor
    # Misti) is not the short parent's full name: the parents are the partners
    row(
        "venture-named-after-parents",
        "fr",
        "Le spécialiste bordelais Vextra construira une usine au Pérou. Le projet sera porté par"
        " Vextra Misti, une société commune détenue à 60 % par Vextra et à 40 % par le Grupo"
        " Constructor Misti.",
        pair("Vextra", "Grupo Constructor Misti"),
    ),
    row(
        "venture-named-after-parents",
        "es",
        "La francesa Vextra construirá una planta en Perú. El proyecto estará a cargo de Vextra"
        " Misti, una empresa conjunta en la que Vextra tiene el 60 % y el Grupo Constructor Misti"
        " el 40 %.",
        pair("Vextra", "Grupo Constructor Misti"),
    ),
    row(
        "venture-named-after-parents",
        "en",
        "France's Vextra will build a plant in Peru. The project will be run by Vextra Misti, a"
        " joint venture owned 60% by Vextra and 40% by Grupo Constructor Misti.",
        pair("Vextra", "Grupo Constructor Misti"),
    ),
    # a government's head word alone, once the body is named in full: that body
    row(
        "bare-body-head",
        "fr",
        "Vextra a présenté son projet à la Région Guadeloupe. La Région et Vextra ont signé une"
        " convention de partenariat.",
        pair("Région Guadeloupe", "Vextra"),
    ),
    row(
        "bare-body-head",
        "es",
        "Vextra presentó su proyecto a la Gobernación de Nariño. La Gobernación y Vextra firmaron"
        " un convenio de colaboración.",
        pair("Gobernación de Nariño", "Vextra"),
    ),
    row(
        "bare-body-head",
        "en",
        "Vextra presented its project to the Gobernación de Nariño. The Gobernación and Vextra"
        " signed a cooperation agreement.",
        pair("Gobernación de Nariño", "Vextra"),
    ),
    # "another" with no items opened before it says nothing of the first agreement
    row(
        "another-alone",
        "en",
        "Vextra Systems signed an agreement with the University of Tarvelia; another company, "
        "Quilmard, will open a plant.",
        pair("Vextra Systems", "University of Tarvelia"),
    ),
    # the company's own words: "we" is the article's company, "with X we ..." names its partner
    row(
        "first-person-with",
        "en",
        "Vextra Solar will build a plant in Arequipa. With the Universidad Nacional de San "
        "Agustín we are preparing a course for 80 welders.",
        pair("Vextra Solar", "Universidad Nacional de San Agustín"),
    ),
    row(
        "first-person-with",
        "es",
        "Vextra Solar construirá una planta en Arequipa. Además, con el Servicio Nacional de "
        "Adiestramiento en Trabajo Industrial (Senati) vamos a formar a 80 soldadores.",
        pair("Vextra Solar", "Servicio Nacional de Adiestramiento en Trabajo Industrial"),
    ),
    row(
        "first-person-with",
        "fr",
        "Vextra Solar construira une usine à Arequipa. Avec l'Université nationale de San "
        "Agustín, nous préparons un cours pour 80 soudeurs.",
        pair("Vextra Solar", "Université nationale de San Agustín"),
    ),
    # "with a local partner, X": the partner in apposition
    row(
        "first-person-partner",
        "en",
        "Vextra Solar will build a plant in Arequipa. With a local partner, the builder Ormeda "
        "Andina, we will lay the first line.",
        pair("Vextra Solar", "Ormeda Andina"),
    ),
    row(
        "first-person-partner",
        "es",
        "Vextra Solar construirá una planta en Arequipa. Con un socio local, la constructora "
        "Ormeda Andina, levantaremos la primera línea.",
        pair("Vextra Solar", "Ormeda Andina"),
    ),
    row(
        "first-person-partner",
        "fr",
        "Vextra Solar construira une usine à Arequipa. Avec un partenaire local, le cimentier "
        "Ormeda Andina, nous bâtirons la première ligne.",
        pair("Vextra Solar", "Ormeda Andina"),
    ),
    # "Our partner on the project is X": one partner of the speaking company
    row(
        "our-partner-is",
        "en",
        "Vextra Solar will build a plant in Arequipa. Our partner on the project is Ormeda "
        "Andina, a Peruvian builder.",
        pair("Vextra Solar", "Ormeda Andina"),
    ),
    row(
        "our-partner-is",
        "es",
        "Vextra Solar construirá una planta en Arequipa. Nuestro socio en el proyecto es Ormeda "
        "Andina, una constructora peruana.",
        pair("Vextra Solar", "Ormeda Andina"),
    ),
    row(
        "our-partner-is",
        "fr",
        "Vextra Solar construira une usine à Arequipa. Notre partenaire pour le projet est "
        "Ormeda Andina, un constructeur péruvien.",
        pair("Vextra Solar", "Ormeda Andina"),
    ),
    # a first-person verb that opens a sentence is not a party's name
    row(
        "first-person-verb",
        "es",
        "Vextra Solar construirá una planta en Arequipa. Firmamos en mayo un contrato con la "
        "Universidad Nacional de San Agustín.",
        pair("Vextra Solar", "Universidad Nacional de San Agustín"),
    ),
    # a training verb joined to its subject's first clause by "and": that subject trains
    row(
        "trained-joined-clause",
        "es",
        "La Universidad de Tarvelia celebró el anuncio. La empacadora Vextra construirá una planta"
        " en Uruapan, y formará a su personal a través de una alianza con la Universidad de"
        " Tarvelia y el Instituto Norvald.",
        pair("Vextra", "Universidad de Tarvelia"),
        pair("Vextra", "Instituto Norvald"),
    ),
    row(
        "trained-joined-clause",
        "en",
        "The University of Tarvelia welcomed the news. The packer Vextra Foods will build a plant"
        " in Uruapan, and will train its staff with the University of Tarvelia and the Norvald"
        " Institute.",
        pair("Vextra Foods", "University of Tarvelia"),
        pair("Vextra Foods", "Norvald Institute"),
    ),
    row(
        "trained-joined-clause",
        "fr",
        "L'Université de Tarvelia a salué l'annonce. Le groupe Vextra construira une usine à"
        " Uruapan, et formera son personnel avec l'Université de Tarvelia et l'Institut Norvald.",
        pair("Vextra", "Université de Tarvelia"),
        pair("Vextra", "Institut Norvald"),
    ),
    # a training verb's "with": the subject trains with it, or the article's company does
    row(
        "trained-with",
        "en",
        "Vextra Solar will build a plant in Arequipa. Some 80 welders will be trained with the "
        "Universidad Nacional de San Agustín.",
        pair("Vextra Solar", "Universidad Nacional de San Agustín"),
    ),
    row(
        "trained-with",
        "en",
        "Vextra Solar will build a plant in Arequipa. We will train 80 welders with the "
        "Universidad Nacional de San Agustín.",
        pair("Vextra Solar", "Universidad Nacional de San Agustín"),
    ),
    row(
        "trained-with",
        "es",
        "Vextra Solar construirá una planta en Arequipa. Ormeda Andina formará a 80 soldadores "
        "con la Universidad Nacional de San Agustín.",
        pair("Ormeda Andina", "Universidad Nacional de San Agustín"),
    ),
    row(
        "trained-with",
        "fr",
        "Vextra Solar construira une usine à Arequipa. Quelque 80 soudeurs seront formés avec "
        "l'Université nationale de San Agustín.",
        pair("Vextra Solar", "Université nationale de San Agustín"),
    ),
    row(
        "trained-with",
        "fr",
        "Vextra Solar construira une usine à Arequipa. Nous formerons 80 soudeurs avec "
        "l'Université nationale de San Agustín.",
        pair("Vextra Solar", "Université nationale de San Agustín"),
    ),
    # another speaker's words in quotes, an interviewer's question: no partnership of the company
    row(
        "first-person-quoted",
        "en",
        'Vextra Solar will build a plant in Arequipa. "With the Universidad Nacional de San '
        'Agustín we are preparing a course," said the rector, Ana Ruiz.',
    ),
    row(
        "first-person-quoted",
        "es",
        "Vextra Solar construirá una planta en Arequipa. —¿Con la Universidad Nacional de San "
        "Agustín vamos a formar soldadores?",
    ),
    row(
        "first-person-quoted",
        "fr",
        "Vextra Solar construira une usine à Arequipa. « Nous formerons 80 soudeurs avec "
        "l'Université nationale de San Agustín », a dit le recteur.",
    ),
    row(
        "first-person-aside",
        "en",
        "Vextra Solar will build a plant in Arequipa. With Ormeda Andina gone from the market, "
        "we are the only supplier.",
    ),
    # a list of members after a colon: each member with the lead (the one that leads, else the
    # first), not with each other
    row(
        "members-colon",
        "en",
        "The consortium's members: Ormeda Andina; Peru's Brisco Networks, which leads the "
        "project; and the Chilean builder Quilmard Group.",
        pair("Brisco Networks", "Ormeda Andina"),
        pair("Brisco Networks", "Quilmard Group"),
    ),
    row(
        "members-colon",
        "es",
        "Los socios del consorcio: Ormeda Andina, que lidera el proyecto; la peruana Brisco "
        "Networks; y la constructora chilena Quilmard Group.",
        pair("Ormeda Andina", "Brisco Networks"),
        pair("Ormeda Andina", "Quilmard Group"),
    ),
    row(
        "members-colon",
        "fr",
        "Les membres du consortium : Ormeda Andina, Brisco Networks et Quilmard Group.",
        pair("Ormeda Andina", "Brisco Networks"),
        pair("Ormeda Andina", "Quilmard Group"),
    ),
    # shares whose parties are described with capitals ("le groupe de BTP péruvien X")
    row(
        "shares-described",
        "fr",
        "Le consortium réunit Ormeda Andina (30 %), le groupe de BTP chilien Brisco Networks "
        "(50 %) et Quilmard Group (20 %).",
        pair("Brisco Networks", "Ormeda Andina"),
        pair("Brisco Networks", "Quilmard Group"),
    ),
    row(
        "shares-described",
        "en",
        "The consortium brings together Ormeda Andina (60%), the Chilean EPC contractor Brisco "
        "Networks (25%) and Quilmard Group (15%).",
        pair("Ormeda Andina", "Brisco Networks"),
        pair("Ormeda Andina", "Quilmard Group"),
    ),
    row(
        "shares-described",
        "es",
        "El consorcio lo forman Ormeda Andina (40 %), la constructora chilena Brisco Networks "
        "(40 %) y la firma de TI Quilmard Group (20 %).",
        pair("Ormeda Andina", "Brisco Networks"),
        pair("Ormeda Andina", "Quilmard Group"),
    ),
    # a list after a colon that no group or member word opens: parts of a plan, not members
    row(
        "members-colon-plan",
        "en",
        "The plan also includes two solar plants in Sonora: Vextra Norte and Vextra Sur.",
    ),
    # an official says that "the firm" signed: the company signs, not the official's ministry
    row(
        "said-the-firm",
        "en",
        "Vextra Motors will invest $300 million in Aguascalientes. The head of the Ministry of "
        "Economy, Ana Ruiz, said that the company signed an agreement with the University of "
        "Tarvelia.",
        pair("Vextra Motors", "University of Tarvelia"),
    ),
    row(
        "said-the-firm",
        "es",
        "Vextra Motors invertirá 300 millones de dólares en Aguascalientes. El titular de la "
        "Secretaría de Desarrollo Económico, Ana Ruiz, informó que la firma suscribió un "
        "convenio con la Universidad de Tarvelia.",
        pair("Vextra Motors", "Universidad de Tarvelia"),
    ),
    row(
        "said-the-firm",
        "fr",
        "Vextra Motors investira 300 millions de dollars à Aguascalientes. Le ministre de "
        "l'Économie, Ana Ruiz, a indiqué que l'entreprise a signé un accord avec l'Université "
        "de Tarvelia.",
        pair("Vextra Motors", "Université de Tarvelia"),
    ),
    # a company's own officer says "the company": the speaker's company signs
    row(
        "said-the-firm",
        "en",
        "Vextra Motors will invest $300 million in Aguascalientes. The chief executive of Brisco "
        "Group, Ana Ruiz, said that the company signed an agreement with the University of "
        "Tarvelia.",
        pair("Brisco Group", "University of Tarvelia"),
    ),
    # a name cut at its lower-case words: the short name in parentheses that closes it, and no
    # party for a head noun alone (the recognizer cuts French names so; es and en keep them whole)
    row(
        "cut-name",
        "fr",
        "Vextra Composites a conclu un accord de partenariat avec le Service régional "
        "d'apprentissage technique (Sertec) de Bahia.",
        pair("Vextra Composites", "Sertec"),
    ),
    row(
        "cut-name",
        "fr",
        "Vextra Composites s'est associé à l'Institut technologique de Tarvelia pour former 150 "
        "techniciens.",
    ),
    row(
        "cut-name",
        "es",
        "Vextra Composites firmó un convenio con el Instituto tecnológico de Tarvelia para formar "
        "técnicos.",
        pair("Vextra Composites", "Instituto tecnológico de Tarvelia"),
    ),
    row(
        "cut-name",
        "en",
        "Vextra Composites signed an agreement with the Institute for advanced welding in "
        "Tarvelia.",
        pair("Vextra Composites", "Institute for advanced welding"),
    ),
    # "X et Y construiront ensemble": coordinated subjects that act together; not a noun
    # ("l'ensemble du marché") nor a sum after a relative ("qui ensemble emploient")
    row(
        "build-together",
        "fr",
        "Vextra Chimie et le groupe chilien Brisco Andina construiront ensemble une usine à Bahía "
        "Blanca.",
        pair("Vextra Chimie", "Brisco Andina"),
    ),
    row(
        "build-together",
        "es",
        "Vextra Química y la chilena Brisco Andina construirán juntas una planta en Bahía Blanca.",
        pair("Vextra Química", "Brisco Andina"),
    ),
    row(
        "build-together",
        "en",
        "Vextra Chemicals and Brisco Andina will jointly build a plant in Bahía Blanca.",
        pair("Vextra Chemicals", "Brisco Andina"),
    ),
    row(
        "together-not",
        "fr",
        "Vextra Chimie et Brisco Andina représentent l'ensemble du marché.",
    ),
    row(
        "together-not",
        "fr",
        "Vextra Chimie et Brisco Andina, qui ensemble emploient 900 personnes, ont publié leurs "
        "comptes.",
    ),
    row(
        "together-not",
        "es",
        "Vextra Química y Brisco Andina, que juntas emplean a 900 personas, publicaron sus "
        "cuentas.",
    ),
    row(
        "together-not",
        "en",
        "Carbón Norte and Carbón Sur, which together will add 500 MW, are solar plants.",
    ),
    # a venture or investment that its subject makes "with" a party: "una sociedad que la
    # aceitera formó con X", "un investissement que le groupe réalise avec X"
    row(
        "formed-with",
        "en",
        "Vextra Foods will build a terminal through Vextra Logistics, a company that Vextra Foods "
        "set up with the Paraguayan shipper Brisco Fluvial.",
        pair("Vextra Foods", "Brisco Fluvial"),
    ),
    row(
        "formed-with",
        "es",
        "Vextra Alimentos construirá la terminal a través de Vextra Logística, una sociedad que "
        "la aceitera formó con la naviera paraguaya Brisco Fluvial.",
        pair("Vextra Alimentos", "Brisco Fluvial"),
    ),
    row(
        "formed-with",
        "fr",
        "Vextra Énergies construira deux centrales, un investissement de 140 millions de dollars "
        "que le groupe réalise avec le fonds dominicain Brisco Capital.",
        pair("Vextra Énergies", "Brisco Capital"),
    ),
    row(
        "formed-with-not",
        "en",
        "Vextra Foods sells to Brisco Fluvial, a company that competes with Ormeda Andina.",
    ),
    row(
        "formed-with-not",
        "es",
        "Vextra Alimentos vende a Brisco Fluvial, una empresa que compite con Ormeda Andina.",
    ),
    # the article's company named, untyped, in a subject's description far before the word
    row(
        "main-in-subject",
        "en",
        "Vextra will invest $80 million in Camaçari. The executive, who has chaired the board of "
        "Vextra since 2022, signed an agreement with the Government of Bahia on Tuesday.",
        pair("Vextra", "Bahia"),
    ),
    row(
        "main-in-subject",
        "es",
        "Vextra invertirá 80 millones de dólares en Camaçari. El directivo, que preside el "
        "directorio de Vextra desde 2022, firmó el martes un convenio con el Gobierno de Bahía.",
        pair("Vextra", "Gobierno de Bahía"),
    ),
    row(
        "main-in-subject",
        "fr",
        "Vextra investira 80 millions de dollars à Camaçari. Le dirigeant, qui préside le "
        "directoire de Vextra depuis 2022, a signé mardi un accord avec le gouvernement de "
        "Bahia.",
        pair("Vextra", "Bahia"),
    ),
    # a protocol signed with a party ("le protocole d'installation avec le gouvernement de X")
    row(
        "protocol-with",
        "en",
        "Vextra Composites signed the installation protocol with the Government of Bahia.",
        pair("Vextra Composites", "Bahia"),
    ),
    row(
        "protocol-with",
        "es",
        "Vextra Composites firmó el protocolo de instalación con el Gobierno de Bahía.",
        pair("Vextra Composites", "Gobierno de Bahía"),
    ),
    row(
        "protocol-with",
        "fr",
        "Vextra Composites a signé le protocole d'installation avec le gouvernement de Bahia.",
        pair("Vextra Composites", "Bahia"),
    ),
    row(
        "protocol-with",
        "fr",
        "Vextra Composites applique un protocole sanitaire strict avec ses salariés.",
    ),
    # a school's name, "y" and a one-word name: two parties, not one name
    row(
        "school-and-name",
        "es",
        "La alianza entre la Universidad Norvald y Vextra permitirá formar técnicos.",
        pair("Universidad Norvald", "Vextra"),
    ),
    row(
        "school-and-name",
        "es",
        "El convenio entre el Instituto Tarvelia y Ormeda formará técnicos.",
        pair("Instituto Tarvelia", "Ormeda"),
    ),
    # a lower-case school head before "des" and a name: the school, whole
    row(
        "lower-head-des",
        "fr",
        "L'École normale supérieure de Tarvelia a signé une convention avec l'université des"
        " Antilles.",
        pair("École normale supérieure de Tarvelia", "Université des Antilles"),
    ),
    row(
        "lower-head-des",
        "es",
        "Vextra firmó un convenio con la universidad de los Andes.",
        pair("Vextra", "Universidad de los Andes"),
    ),
    # a known ministry's name goes on over its lower-case adjective, so the pair stays whole
    row(
        "ministry-adjective",
        "fr",
        "À Bogotá, en Colombie, la convention signée entre le ministère de l'Éducation"
        " nationale et l'Université Norvald prévoit 300 bourses.",
        pair("Ministerio de Educación Nacional", "Université Norvald"),
    ),
    row(
        "ministry-adjective",
        "es",
        "En Bogotá, Colombia, el convenio firmado entre el ministerio de Educación Nacional y la"
        " Universidad Norvald prevé 300 becas.",
        pair("Ministerio de Educación Nacional", "Universidad Norvald"),
    ),
)


@pytest.mark.parametrize(("lang", "text", "expected"), SHAPES)
def test_partnership_shapes(lang: str, text: str, expected: list[frozenset[str]]) -> None:
    actual = pairs(lang, text)
    missing = [e for e in expected if e not in actual]
    unexpected = [a for a in actual if a not in expected]
    assert not missing and not unexpected and len(actual) == len(expected), (
        f"missing: {missing}\nunexpected: {unexpected}\ngot: {actual}"
    )
