"""Quantity claims in more words: occupations counted, hiring nouns, coverage, elided nouns.

Same table shape as tests/test_extract.py (invented texts, real companies and places): the
claims of each text must be exactly the expected ones.
"""

from __future__ import annotations

import pytest
from test_extract import Claimed, close, facts_of, row, table

from kg.model import Claim

CLAIMS = table(
    # the staff a plant will have or need: "would need 220 permanent staff", "comptera 220
    # employés", "contará con 420 trabajadores"
    row(
        "staff-needed",
        "en",
        "Cemex said its new plant in Monterrey would need 220 permanent staff.",
        Claimed("Cemex", "jobs", 220),
    ),
    row(
        "staff-needed",
        "fr",
        "L'usine de Veolia à Saltillo comptera 220 employés à terme.",
        Claimed("Veolia", "jobs", 220),
    ),
    row(
        "staff-needed",
        "es",
        "La planta de Cemex en Monterrey contará con 420 trabajadores en 2028.",
        Claimed("Cemex", "jobs", 420),
    ),
    # students placed as interns are trainees: "practicantes", "en prácticas", "en stage"
    row(
        "interns",
        "es",
        "Cemex firmó una alianza con la Universidad de Sonora, con un primer grupo de 45"
        " practicantes.",
        Claimed("Cemex", "trainees", 45),
    ),
    row(
        "interns",
        "es",
        "Cemex acordó que 60 estudiantes de ingeniería realicen sus prácticas profesionales en"
        " la planta.",
        Claimed("Cemex", "trainees", 60),
    ),
    row(
        "interns",
        "fr",
        "L'usine de Veolia recevra chaque année 40 étudiants en stage.",
        Claimed("Veolia", "trainees", 40),
    ),
    row(
        "interns",
        "en",
        "Cisco said 120 engineering students would do internships at the plant.",
        Claimed("Cisco", "trainees", 120),
    ),
    # the residents a project benefits, by the words local papers use for them
    row(
        "residents-reached",
        "es",
        "La planta de Cemex beneficiará a 46.000 pobladores de la zona.",
        Claimed("Cemex", "people_reached", 46000),
    ),
    row(
        "residents-reached",
        "fr",
        "La station de Veolia desservira 9 000 riverains du fleuve.",
        Claimed("Veolia", "people_reached", 9000),
    ),
    # the people who have benefited, counted before the verb
    row(
        "benefited",
        "en",
        "Vextra Group opened a school. More than 5,000 students have benefited from the program.",
        Claimed("Vextra Group", "people_reached", 5000),
    ),
    row(
        "benefited",
        "es",
        "Vextra Group abrió una escuela. Más de 5 mil estudiantes se han beneficiado del programa.",
        Claimed("Vextra Group", "people_reached", 5000),
    ),
    row(
        "benefited",
        "fr",
        "Vextra Group a ouvert une école. Plus de 5 000 étudiants ont déjà bénéficié du"
        " programme.",
        Claimed("Vextra Group", "people_reached", 5000),
    ),
    # a ratio of jobs ("for each direct job, three indirect ones") is no count
    row(
        "ratio",
        "es",
        "Cemex tendrá 300 empleos directos y por cada empleo directo creará tres indirectos.",
        Claimed("Cemex", "jobs", 300),
    ),
    # "dará empleo a N personas": people given work are jobs
    row(
        "employment-to",
        "es",
        "Cemex abrirá una planta en Sonora que dará empleo a 3 mil personas.",
        Claimed("Cemex", "jobs", 3000),
    ),
    row(
        "employment-to",
        "es",
        "Bimbo inauguró una planta en Jalisco que dará trabajo a 2 mil 400 personas.",
        Claimed("Grupo Bimbo", "jobs", 2400),
    ),
    # a fronted "with" phrase names a partner; the figure is the subject's after it
    row(
        "fronted-with",
        "en",
        "As part of its alliance with Telefónica, the University of Chile will train 500 teachers.",
        Claimed("Universidad de Chile", "trainees", 500),
    ),
    row(
        "fronted-with",
        "es",
        "Como parte de su alianza con Telefónica, la Universidad de Chile formará a 500 docentes.",
        Claimed("Universidad de Chile", "trainees", 500),
    ),
    # the counted noun's complement names the jobs ("fuentes de trabajo")
    row(
        "jobs-complement",
        "es",
        "Bimbo generará 800 fuentes de trabajo en Jalisco.",
        Claimed("Grupo Bimbo", "jobs", 800),
    ),
    # a verb of working with the people counted after it
    row(
        "work-verb",
        "es",
        "Bimbo abrió una planta en Jalisco, donde laborarán 450 trabajadores.",
        Claimed("Grupo Bimbo", "jobs", 450),
    ),
    row(
        "work-verb",
        "fr",
        "Renault a ouvert une usine au Maroc, où travailleront 900 salariés.",
        Claimed("Renault", "jobs", 900),
    ),
    # a passive of training: "N alumnos han sido formados"
    row(
        "trained-passive",
        "es",
        "Con el programa de Cisco, más de 9 mil alumnos han sido formados en redes.",
        Claimed("Cisco", "trainees", 9000),
    ),
    row(
        "trained-passive",
        "fr",
        "Grâce au programme de Cisco, 9 000 élèves ont été formés aux réseaux.",
        Claimed("Cisco", "trainees", 9000),
    ),
    row(
        "trained-passive",
        "en",
        "Through the Cisco program, 9,000 students have been trained in networking.",
        Claimed("Cisco", "trainees", 9000),
    ),
    # people counted by occupation, with a training verb
    row(
        "occupation",
        "es",
        "Telefónica capacitará a 3.000 docentes de primaria en Oaxaca.",
        Claimed("Telefónica", "trainees", 3000),
    ),
    row(
        "occupation",
        "en",
        "Siemens will train 400 apprentices at its plant in Querétaro.",
        Claimed("Siemens", "trainees", 400),
    ),
    row(
        "occupation",
        "fr",
        "Renault formera 250 techniciens au Maroc.",
        Claimed("Renault", "trainees", 250),
    ),
    # a noun of hiring before the people counted
    row(
        "hiring-noun",
        "es",
        "La obra de Cemex requirió la contratación de 1.200 personas.",
        Claimed("Cemex", "jobs", 1200),
    ),
    row(
        "hiring-noun",
        "fr",
        "Le chantier de Vinci a permis le recrutement de 600 personnes.",
        Claimed("Vinci", "jobs", 600),
    ),
    row(
        "employ-verb",
        "es",
        "En la nueva planta de Bimbo se espera que 400 personas se empleen de forma directa.",
        Claimed("Grupo Bimbo", "jobs", 400),
    ),
    # people reached, told as coverage or benefit
    row(
        "coverage",
        "es",
        "La red de Telcel alcanzará una cobertura de 90 millones de personas.",
        Claimed("Telcel", "people_reached", 90_000_000),
    ),
    row(
        "coverage",
        "en",
        "The Iberdrola plant will benefit 300,000 households in Oaxaca.",
        Claimed("Iberdrola", "people_reached", 300_000),
    ),
    row(
        "coverage",
        "fr",
        "Le réseau d'Orange offrira une couverture à 2 millions d'habitants.",
        Claimed("Orange", "people_reached", 2_000_000),
    ),
    # a second figure with its noun left out
    row(
        "elided-noun",
        "es",
        "Google aspira a formar 5.000 programadores en 2025 y 20.000 en los próximos tres años.",
        Claimed("Google", "trainees", 5000),
        Claimed("Google", "trainees", 20_000),
    ),
    row(
        "elided-noun",
        "en",
        "Cisco plans to train 800 engineers this year and 3,000 by 2028.",
        Claimed("Cisco", "trainees", 800),
        Claimed("Cisco", "trainees", 3000),
    ),
    row(
        "elided-noun",
        "fr",
        "Capgemini formera 300 ingénieurs en 2025 et 1 200 d'ici 2027.",
        Claimed("Capgemini", "trainees", 300),
        Claimed("Capgemini", "trainees", 1200),
    ),
    # years after a conjunction are not figures; money after one is not a count
    row(
        "not-elided",
        "en",
        "Cisco will train 800 engineers in 2025 and 2026.",
        Claimed("Cisco", "trainees", 800),
    ),
    row(
        "not-elided",
        "es",
        "Bimbo generará 700 empleos y 50 millones de dólares en compras locales.",
        Claimed("Grupo Bimbo", "jobs", 700),
    ),
    # a share of GDP a project is said to add; growth, debt or a sector's weight is none
    row(
        "gdp-share",
        "en",
        "Cemex said the new kiln would contribute about 0.4% of Mexico's gross domestic product.",
        Claimed("Cemex", "gdp_contribution", 0.4),
    ),
    row(
        "gdp-share",
        "fr",
        "Le gisement de Renault pourrait contribuer à hauteur de 0,3 % au PIB marocain.",
        Claimed("Renault", "gdp_contribution", 0.3),
    ),
    row("gdp-share-none", "es", "Según Cemex, el PIB de México creció 3% en 2025."),
    row("gdp-share-none", "fr", "Selon Renault, la dette publique atteindra 60 % du PIB en 2027."),
    row("gdp-share-none", "es", "Según Bimbo, el sector aporta el 10% del empleo y el 8% del PIB."),
    # people counted as trainees by their noun alone, far from any training word
    row(
        "learner-noun",
        "fr",
        "Un centre sera ouvert dans l'usine de Renault en lien avec une université locale, "
        "afin d'accueillir 200 apprentis chaque année.",
        Claimed("Renault", "trainees", 200),
    ),
    row(
        "learner-noun",
        "en",
        "Cisco will fund 150 scholarships for women in engineering.",
        Claimed("Cisco", "trainees", 150),
    ),
    # verbs of needing or occupying workers, supplying or connecting people
    row(
        "work-verb",
        "es",
        "La obra de Cemex demandará unos 3.000 trabajadores y ocupará a 500 operarios.",
        Claimed("Cemex", "jobs", 3000),
        Claimed("Cemex", "jobs", 500),
    ),
    row(
        "reach-verb",
        "fr",
        "L'usine de Veolia approvisionnera en eau potable quelque 500 000 habitants.",
        Claimed("Veolia", "people_reached", 500000),
    ),
    row(
        "reach-verb",
        "es",
        "Según Telefónica, los contenidos llegarán a unos 40 mil alumnos.",
        Claimed("Telefónica", "people_reached", 40000),
    ),
    # "2,400 direct jobs and about 5,000 indirect ones"
    row(
        "elided-ones",
        "en",
        "Cemex said the plant would generate 2,400 direct jobs and about 5,000 indirect ones.",
        Claimed("Cemex", "jobs", 2400),
        Claimed("Cemex", "jobs", 5000),
    ),
    # a training verb right before the number: people of any trade; a counted thing is none
    row(
        "trained-trade",
        "en",
        "Acme Foods will train 1,400 cashiers and butchers in Guatemala.",
        Claimed("Acme Foods", "trainees", 1400),
    ),
    row(
        "trained-trade",
        "es",
        "Acme Redes formará a 300 instaladores en San Gil.",
        Claimed("Acme Redes", "trainees", 300),
    ),
    row(
        "trained-trade",
        "fr",
        "Acme Énergie formera 250 soudeurs dans la région.",
        Claimed("Acme Énergie", "trainees", 250),
    ),
    row("trained-thing", "en", "Acme Foods will train staff for 300 hours in Guatemala."),
    row("trained-thing", "es", "Acme Redes formará en 40 talleres en San Gil."),
    # a hiring word and a training word in one sentence: each number takes its own clause's
    row(
        "clause-kind",
        "en",
        "The Vextra plant will employ 300 workers, and 140 technicians will be trained there.",
        Claimed("Vextra", "jobs", 300),
        Claimed("Vextra", "trainees", 140),
    ),
    row(
        "clause-kind",
        "es",
        "La planta de Vextra empleará a 300 obreros, y 140 técnicos serán capacitados allí.",
        Claimed("Vextra", "jobs", 300),
        Claimed("Vextra", "trainees", 140),
    ),
    row(
        "clause-kind",
        "fr",
        "L'usine de Vextra emploiera 300 ouvriers, et 140 techniciens seront formés sur place.",
        Claimed("Vextra", "jobs", 300),
        Claimed("Vextra", "trainees", 140),
    ),
    # a course for a trade, instructors certified, apprenticeships: people trained
    row(
        "course-for",
        "en",
        "Vextra is preparing a course for 250 welders in Ormeda.",
        Claimed("Vextra", "trainees", 250),
    ),
    row(
        "course-for",
        "es",
        "La empresa Vextra impartirá cursos a 1.200 técnicos en Ormeda.",
        Claimed("Vextra", "trainees", 1200),
    ),
    row(
        "course-for",
        "fr",
        "Vextra donnera des cours à 250 techniciens à Ormeda.",
        Claimed("Vextra", "trainees", 250),
    ),
    row(
        "certified-instructors",
        "en",
        "At the Vextra plant, 60 instructors will be certified and 320 students will complete"
        " apprenticeships.",
        Claimed("Vextra", "trainees", 60),
        Claimed("Vextra", "trainees", 320),
    ),
    row(
        "certified-instructors",
        "es",
        "En la planta de Vextra, 60 instructores tomarán cursos de seguridad.",
        Claimed("Vextra", "trainees", 60),
    ),
    row(
        "certified-instructors",
        "fr",
        "À l'usine de Vextra, 60 formateurs suivront des cours de sécurité.",
        Claimed("Vextra", "trainees", 60),
    ),
    # a first-person training verb, with "also" before the number
    row(
        "we-train",
        "es",
        "Vextra dijo: formaremos también 180 carpinteros en Ormeda.",
        Claimed("Vextra", "trainees", 180),
    ),
    row(
        "we-train",
        "fr",
        "Chez Vextra, nous formerons aussi 180 charpentiers à Ormeda.",
        Claimed("Vextra", "trainees", 180),
    ),
    # present-tense employing, and people served by a network or signed up to a service
    row(
        "employ-present",
        "es",
        "Las obras de Vextra emplean hoy a 550 personas en Ormeda.",
        Claimed("Vextra", "jobs", 550),
    ),
    row(
        "employ-present",
        "fr",
        "Les chantiers de Vextra emploient actuellement 550 personnes.",
        Claimed("Vextra", "jobs", 550),
    ),
    row(
        "served",
        "en",
        "The Vextra network will improve service for about 12 million users.",
        Claimed("Vextra", "people_reached", 12_000_000),
    ),
    row(
        "served",
        "en",
        "Vextra says 900 growers have signed up.",
        Claimed("Vextra", "people_reached", 900),
    ),
    row(
        "served",
        "fr",
        "Les mini-réseaux de Vextra desserviront environ 85 000 habitants.",
        Claimed("Vextra", "people_reached", 85_000),
    ),
    # an answer to a how-many question: its bare figures count what the question asks about
    row(
        "answer-count",
        "en",
        "Vextra Corp will build a plant in Ormeda.\n\nHow many jobs?\n\nAbout 250 at first,"
        " and 400 during construction.",
        Claimed("Vextra Corp", "jobs", 250),
        Claimed("Vextra Corp", "jobs", 400),
    ),
    row(
        "answer-count",
        "es",
        "Grupo Vextra construirá una planta en Ormeda.\n\n—¿Cuántos empleos?\n\n—En la obra,"
        " unos 900.",
        Claimed("Grupo Vextra", "jobs", 900),
    ),
    row(
        "answer-count",
        "fr",
        "Le groupe Vextra construira une usine à Ormeda.\n\n— Combien d'emplois ?\n\n— Environ"
        " 250 à terme, et 400 pendant le chantier.",
        Claimed("Vextra", "jobs", 250),
        Claimed("Vextra", "jobs", 400),
    ),
    row(
        "answer-count",
        "en",
        "Vextra Corp will build a plant in Ormeda.\n\nHow many plants?\n\nAbout 3 by 2030.",
    ),
    # a second figure after "as well as", "además de", "en plus de": the same noun left out
    row(
        "elided-besides",
        "en",
        "Vextra said the park would create 4,500 jobs once full, as well as 900 during works.",
        Claimed("Vextra", "jobs", 4500),
        Claimed("Vextra", "jobs", 900),
    ),
    row(
        "elided-besides",
        "es",
        "Según Vextra, el parque generará 4 mil 500 empleos, además de 900 durante la obra.",
        Claimed("Vextra", "jobs", 4500),
        Claimed("Vextra", "jobs", 900),
    ),
    row(
        "elided-besides",
        "fr",
        "Selon Vextra, le parc créera 4 500 emplois, en plus de 900 pendant le chantier.",
        Claimed("Vextra", "jobs", 4500),
        Claimed("Vextra", "jobs", 900),
    ),
    # "will need N people": people a project needs are jobs
    row(
        "need-people",
        "en",
        "The Vextra works will need about 1,100 people.",
        Claimed("Vextra", "jobs", 1100),
    ),
    # a project that lifts a GDP by a share: the share after the GDP word
    row(
        "gdp-lift",
        "en",
        "Acme Pulp said the mill would lift the state's gross domestic product by 1.2%.",
        Claimed("Acme Pulp", "gdp_contribution", 1.2),
    ),
    row(
        "gdp-lift",
        "es",
        "Acme Celulosa dijo que la planta elevará el PIB estatal en 1,2 % al operar.",
        Claimed("Acme Celulosa", "gdp_contribution", 1.2),
    ),
    row(
        "gdp-lift",
        "fr",
        "Selon Acme Papier, l'usine augmentera le PIB de la province de 1,2 % une fois en service.",
        Claimed("Acme Papier", "gdp_contribution", 1.2),
    ),
    # a GDP that grew by a share is no contribution
    row("gdp-lift", "en", "Acme Pulp said the state's GDP grew by 1.2% last year."),
    row("gdp-lift", "es", "Acme Celulosa dijo que el PIB estatal creció 1,2 % en 2024."),
    # a workforce without hiring, training or reach is no claim
    row(
        "no-claim",
        "es",
        "Bimbo tiene 3.000 empleados en Jalisco.",
    ),
    row(
        "no-claim",
        "fr",
        "Renault compte 900 techniciens au Maroc.",
    ),
)


@pytest.mark.parametrize(("lang", "text", "expected"), CLAIMS)
def test_claims(lang: str, text: str, expected: list[Claimed]) -> None:
    actual = [Claimed(f.subject.label, f.claim, f.value) for f in facts_of(lang, text, Claim)]
    missing = [
        e
        for e in expected
        if not any(
            a._replace(value=0) == e._replace(value=0) and close(a.value, e.value) for a in actual
        )
    ]
    extra = [
        a
        for a in actual
        if not any(
            a._replace(value=0) == e._replace(value=0) and close(a.value, e.value) for e in expected
        )
    ]
    assert (missing, extra) == ([], [])
