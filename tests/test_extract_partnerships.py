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
        "La minera Antofagasta Minerals suscribió un acuerdo con la japonesa Marubeni.",
        pair("Antofagasta Minerals", "Marubeni"),
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
        pair("Airbus", "Safran"),
        pair("Airbus", "Embraer"),
        pair("Safran", "Embraer"),
    ),
    row(
        "shares",
        "es",
        "El consorcio lo integran Iberdrola (50%) y Acciona (50%).",
        pair("Iberdrola", "Acciona"),
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
    # a place right after an organization names its branch, not another subject
    row(
        "subject-branch-place",
        "es",
        "Conalep Querétaro y Cemex firmaron un convenio de colaboración.",
        pair("Colegio Nacional de Educación Profesional Técnica", "Cemex"),
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
)


@pytest.mark.parametrize(("lang", "text", "expected"), SHAPES)
def test_partnership_shapes(lang: str, text: str, expected: list[frozenset[str]]) -> None:
    actual = pairs(lang, text)
    missing = [e for e in expected if e not in actual]
    unexpected = [a for a in actual if a not in expected]
    assert not missing and not unexpected and len(actual) == len(expected), (
        f"missing: {missing}\nunexpected: {unexpected}\ngot: {actual}"
    )
