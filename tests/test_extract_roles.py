"""Role shapes of issue #9: tables of (lang, invented text, expected roles).

Every text is invented for these tests: the people are made up; the companies, public bodies
and places are real ones. Each row is a sentence shape the role rule reads: the post, the
person, and the organization (or state, city, country) the post belongs to. The roles of a
text must be exactly the expected ones: a missing and an unexpected role both fail.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from kg.model import Meta, Role
from kg.pipeline import extract
from kg.read import read_text


class Held(NamedTuple):
    person: str
    org: str
    word: str  # a word the title must contain


def row(shape: str, lang: str, text: str, *expected: Held) -> object:
    return pytest.param(lang, text, list(expected), id=f"{shape}-{lang}")


def table(*rows: object) -> list[object]:
    seen: dict[str, int] = {}
    out = []
    for param in rows:
        seen[param.id] = seen.get(param.id, 0) + 1
        out.append(pytest.param(*param.values, id=f"{param.id}-{seen[param.id]}"))
    return out


ROLES = table(
    row(
        "national-secretary",
        "es",
        "Panamá. Eduardo Ortega, secretario Nacional de Ciencia, Tecnología e Innovación, habló.",
        Held("Eduardo Ortega", "Panama", "Ciencia"),
    ),
    # a portfolio of several fields, listed with commas
    row(
        "listed-portfolio",
        "en",
        "Brasilia. Geraldo Rocha, Minister of Development, Industry, Trade and Services, spoke.",
        Held(
            "Geraldo Rocha",
            "Ministério do Desenvolvimento, Indústria, Comércio e Serviços",
            "Services",
        ),
    ),
    # a month that is also a given name, capitalized inside a Spanish sentence
    row(
        "month-given-name",
        "es",
        "Habló el ministro de Economía, Julio Prado, en Quito.",
        Held("Julio Prado", "Ministerio de Economía y Finanzas del Ecuador", "ministro"),
    ),
    # a text wrapped throughout: the name and the post across a line break, on one line
    row(
        "wrapped",
        "es",
        "Monterrey, N.L. La empresa anunció\nque abrirá una planta, según\n"
        "dijo la directora general de Cemex, Ana\nRuiz, quien además\nexplicó que la planta\n"
        "tendrá empleos.",
        Held("Ana Ruiz", "Cemex", "directora general"),
    ),
    # a second post of the same person, coordinated after the first
    row(
        "second-post",
        "es",
        "Ana Ruiz, directora de Cemex y presidenta de Coparmex, habló.",
        Held("Ana Ruiz", "Cemex", "directora"),
        Held("Ana Ruiz", "Confederación Patronal de la República Mexicana", "presidenta"),
    ),
    # an honorific or academic title between the post and the name
    row(
        "honorific",
        "es",
        "La rectora de la UNAM, doctora Ana Ruiz Muñoz, destacó el acuerdo.",
        Held("Ana Ruiz Muñoz", "Universidad Nacional Autónoma de México", "rectora"),
    ),
    row(
        "honorific",
        "fr",
        "Le recteur de l'Université de Lyon, le professeur Paul Roy, a signé.",
        Held("Paul Roy", "Université de Lyon", "recteur"),
    ),
    # English copy from Latin America keeps the Spanish abbreviated honorifics: no full stop
    row(
        "spanish-honorific",
        "en",
        "Present were Conalep Director Ing. Luis Paz Gil and UNAM Rector Mtra. Ana Ruiz Muñoz.",
        Held("Luis Paz Gil", "Colegio Nacional de Educación Profesional Técnica", "Director"),
        Held("Ana Ruiz Muñoz", "Universidad Nacional Autónoma de México", "Rector"),
    ),
    row(
        "spanish-honorific",
        "es",
        "Firmaron el Mtro. Luis Paz Gil, director del Conalep, y la Arq. Ana Ruiz Muñoz,"
        " rectora de la UNAM.",
        Held("Luis Paz Gil", "Colegio Nacional de Educación Profesional Técnica", "director"),
        Held("Ana Ruiz Muñoz", "Universidad Nacional Autónoma de México", "rectora"),
    ),
    row(
        "spanish-honorific",
        "fr",
        "Étaient présents le Dr Luis Paz Gil, directeur du Conalep, et la Pr Ana Ruiz Muñoz,"
        " rectrice de l'UNAM.",
        Held("Luis Paz Gil", "Colegio Nacional de Educación Profesional Técnica", "directeur"),
        Held("Ana Ruiz Muñoz", "Universidad Nacional Autónoma de México", "rectrice"),
    ),
    # "gobernador regional de" cues the region a bare name then is (Lambayeque: a region and a
    # town): the governor named again later governs it too
    row(
        "regional-governor",
        "es",
        "Lo anunció el gobernador regional de Lambayeque, Jorge Paz Gil. Firmaron el documento"
        " el gobernador Paz y el gerente de Vextra Corp, Luis Ruiz Soto.",
        Held("Jorge Paz Gil", "Lambayeque", "gobernador regional"),
        Held("Jorge Paz Gil", "Lambayeque", "gobernador"),
        Held("Luis Ruiz Soto", "Vextra Corp", "gerente"),
    ),
    # the city a mayor runs: the one the sentence names, not the one a demonym says a company
    # comes from ("la desarrolladora tapatía": of Guadalajara)
    row(
        "mayor-city-demonym",
        "es",
        "Tlajomulco de Zúñiga, Jalisco, 9 de marzo de 2026.- La presidenta municipal, Ana Ruiz"
        " Paz, anunció que la desarrolladora tapatía Vextra Corp invertirá en un parque.",
        Held("Ana Ruiz Paz", "Tlajomulco de Zúñiga", "presidenta municipal"),
    ),
    # a cabinet post a city scope marks is the city's, not the state's or the country's
    row(
        "city-post",
        "en",
        "Mayor Tom Rivers welcomed the plant in Monterrey, while the city's Economic"
        " Development Secretary, Ana Ruiz Paz, said permits were ready.",
        Held("Tom Rivers", "Monterrey", "Mayor"),
        Held("Ana Ruiz Paz", "Monterrey", "Economic Development Secretary"),
    ),
    row(
        "city-post",
        "es",
        "En Monterrey, el secretario de Desarrollo Económico municipal, Luis Paz Gil, dijo que"
        " los permisos estaban listos.",
        Held("Luis Paz Gil", "Monterrey", "secretario de Desarrollo Económico"),
    ),
    row(
        "city-post",
        "es",
        "En Monterrey, Nuevo León, el secretario de Turismo del municipio, Luis Paz Gil, habló.",
        Held("Luis Paz Gil", "Monterrey", "secretario de Turismo"),
    ),
    # a state's unit named with its government after it: the post is the state's
    row(
        "government-tail",
        "es",
        "Estuvieron el secretario de Desarrollo Económico del Gobierno de Jalisco, Alfonso Paz"
        " Gil, y otros invitados.",
        Held("Alfonso Paz Gil", "Jalisco", "secretario de Desarrollo Económico"),
    ),
    row(
        "government-tail",
        "fr",
        "Étaient présents la secrétaire au Développement économique du gouvernement du"
        " Jalisco, Ana Paz Gil, et d'autres invités.",
        Held("Ana Paz Gil", "Jalisco", "secrétaire au Développement économique"),
    ),
    row(
        "government-tail",
        "en",
        "The Secretary of Economic Development of the Government of Jalisco, Ana Paz Gil,"
        " attended.",
        Held("Ana Paz Gil", "Jalisco", "Secretary of Economic Development"),
    ),
    # ... a city's unit: the post is the city's
    row(
        "government-tail",
        "es",
        "En Monterrey, Nuevo León, el director de Desarrollo Económico del Ayuntamiento, Luis Paz"
        " Gil, habló.",
        Held("Luis Paz Gil", "Monterrey", "director de Desarrollo Económico"),
    ),
    # a minister's portfolio that names one state's secretariat of the article: its post
    row(
        "named-secretariat",
        "es",
        "La Secretaría de Educación de Guanajuato (SEG) y Vextra firmaron un convenio. Por la"
        " parte educativa firmó la secretaria de Educación, Ana Paz Gil.",
        Held("Ana Paz Gil", "Secretaría de Educación de Guanajuato", "secretaria de Educación"),
    ),
    row(
        "named-secretariat",
        "fr",
        "Le ministère de l'Éducation du Québec et Vextra ont signé une entente. La ministre de"
        " l'Éducation, Ana Paz, a signé le document.",
        Held("Ana Paz", "ministère de l'Éducation du Québec", "ministre de l'Éducation"),
    ),
    row(
        "named-secretariat",
        "en",
        "The Ministry of Education of Ontario and Vextra signed an agreement. The Minister of"
        " Education, Ana Paz, signed it.",
        Held("Ana Paz", "Ministry of Education of Ontario", "Minister of Education"),
    ),
    # a minister of several fields holds the ministry all of them name, whatever its country
    row(
        "whole-ministry",
        "fr",
        "Vextra ouvrira une usine à Querétaro. La ministre de l'Économie, de l'Innovation et"
        " de l'Énergie, Ana Paz, y voit une belle occasion.",
        Held("Ana Paz", "Ministère de l'Économie, de l'Innovation et de l'Énergie", "ministre"),
    ),
    row(
        "whole-ministry",
        "fr",
        "Vextra ouvrira un bureau à Bogota. Le ministre des Relations internationales et de la"
        " Francophonie, Luc Paz, a salué la nouvelle.",
        Held(
            "Luc Paz", "Ministère des Relations internationales et de la Francophonie", "ministre"
        ),
    ),
    row(
        "whole-ministry",
        "es",
        "Vextra abrirá una planta en Querétaro. El ministro de Economía, Innovación y Energía,"
        " Luc Paz, celebró el anuncio.",
        Held("Luc Paz", "Ministère de l'Économie, de l'Innovation et de l'Énergie", "ministro"),
    ),
    row(
        "whole-ministry",
        "en",
        "Vextra will open a plant in Querétaro. The Minister of Economy, Innovation and Energy,"
        " Luc Paz, welcomed the news.",
        Held("Luc Paz", "Ministère de l'Économie, de l'Innovation et de l'Énergie", "Minister"),
    ),
    # a cabinet title a person's possessive opens, after a governor: the governor's state's
    row(
        "leader-possessive",
        "en",
        "Governor Ana Paz Gil said the plant in Puebla would employ 540 people. Her Economy"
        " Secretary, Luis Ruiz Mora, spoke next.",
        Held("Ana Paz Gil", "Puebla", "Governor"),
        Held("Luis Ruiz Mora", "Puebla", "Economy Secretary"),
    ),
    row(
        "leader-possessive",
        "es",
        "La gobernadora de Puebla, Ana Paz Gil, dijo que la planta empleará a 540 personas. Su"
        " secretario de Economía, Luis Ruiz Mora, habló después.",
        Held("Ana Paz Gil", "Puebla", "gobernadora"),
        Held("Luis Ruiz Mora", "Puebla", "secretario de Economía"),
    ),
    row(
        "leader-possessive",
        "fr",
        "Le gouverneur de Puebla, Luc Paz, a salué l'usine. Son ministre de l'Économie, Paul"
        " Ruiz, a pris la parole ensuite.",
        Held("Luc Paz", "Puebla", "gouverneur"),
        Held("Paul Ruiz", "Puebla", "ministre de l'Économie"),
    ),
    # a bare post told again of the same person is the post read first, not the article's city
    row(
        "bare-post-again",
        "es",
        "Vextra abrirá una planta en Guayaquil. Asistió el alcalde de Tarvelia, Luis Paz Gil."
        " Más tarde, el alcalde Paz Gil habló de empleo en Guayaquil.",
        Held("Luis Paz Gil", "Tarvelia", "alcalde de Tarvelia"),
    ),
    row(
        "bare-post-again",
        "en",
        "Vextra will open a plant in Guayaquil. The mayor of Tarvelia, Luis Paz Gil, attended."
        " Later, Mayor Paz Gil spoke about jobs in Guayaquil.",
        Held("Luis Paz Gil", "Tarvelia", "mayor of Tarvelia"),
    ),
    row(
        "bare-post-again",
        "fr",
        "Vextra ouvrira une usine à Guayaquil. Le maire de Tarvelia, Luc Paz, était présent."
        " Plus tard, le maire Paz a parlé d'emploi à Guayaquil.",
        Held("Luc Paz", "Tarvelia", "maire de Tarvelia"),
    ),
    # a participle of heading after an auxiliary: "Grupo X is chaired by Y"
    row(
        "presided-auxiliary",
        "en",
        "Grupo Tarvelia is chaired by Felipe Paz Grauert, whose family controls the group.",
        Held("Felipe Paz Grauert", "Grupo Tarvelia", "chair"),
    ),
    row(
        "presided-auxiliary",
        "es",
        "La Cooperativa Tarvelia es presidida por Ana Paz Gil desde 2019.",
        Held("Ana Paz Gil", "Cooperativa Tarvelia", "presidenta"),
    ),
    row(
        "presided-auxiliary",
        "fr",
        "Le groupe Tarvelia est présidé par Luc Paz depuis 2019.",
        Held("Luc Paz", "Tarvelia", "président"),
    ),
    # the kind of municipality after a mayor's title ("alcalde provincial de X"): X's mayor
    row(
        "mayor-kind",
        "es",
        "El alcalde provincial de Chincha, Luis Paz Donayre, saludó la inversión.",
        Held("Luis Paz Donayre", "Chincha", "alcalde provincial"),
    ),
    row(
        "mayor-kind",
        "es",
        "La alcaldesa metropolitana de Lima, Ana Paz Gil, saludó la inversión.",
        Held("Ana Paz Gil", "Lima", "alcaldesa metropolitana"),
    ),
    # sworn in, ratified, confirmed as a post: the post is the person's
    row(
        "sworn-in-as",
        "es",
        "Luis Paz Gil juramentó como ministro de Energía y Minas del Perú.",
        Held("Luis Paz Gil", "Ministerio de Energía y Minas", "ministro"),
    ),
    row(
        "sworn-in-as",
        "es",
        "Ana Paz Gil fue ratificada como ministra de Comercio Exterior y Turismo de Perú.",
        Held("Ana Paz Gil", "Ministerio de Comercio Exterior y Turismo", "ministra"),
    ),
    row(
        "sworn-in-as",
        "en",
        "Luis Paz was sworn in as Minister of Economy of Peru.",
        Held("Luis Paz", "Ministerio de Economía y Finanzas del Perú", "Minister"),
    ),
    row(
        "sworn-in-as",
        "fr",
        "Luc Paz a été reconduit comme ministre de l'Économie du Pérou.",
        Held("Luc Paz", "Ministerio de Economía y Finanzas del Perú", "ministre"),
    ),
    # the day between the verb and the post
    row(
        "sworn-in-on-day",
        "es",
        "Luis Paz Gil juró este martes como ministro de Energía y Minas del Perú.",
        Held("Luis Paz Gil", "Ministerio de Energía y Minas", "ministro"),
    ),
    row(
        "sworn-in-on-day",
        "en",
        "Luis Paz took office on Monday as Peru's economy minister.",
        Held("Luis Paz", "Ministerio de Economía y Finanzas del Perú", "minister"),
    ),
    row(
        "sworn-in-on-day",
        "fr",
        "Claire Paz a été nommée lundi ministre de l'Économie du Pérou.",
        Held("Claire Paz", "Ministerio de Economía y Finanzas del Perú", "ministre"),
    ),
    # a month that is also a given name opens the sentence: the person's first name
    row(
        "month-given-name-first",
        "es",
        "El gobierno de Chile cambió su gabinete. Julio Paz Ortega, quien se desempeñaba como"
        " subsecretario de Hacienda, reemplazará a Pedro Ruiz.",
        Held("Julio Paz Ortega", "Ministerio de Hacienda de Chile", "subsecretario"),
    ),
    # a portfolio, "de" and a country: that country's ministry
    row(
        "portfolio-of-country",
        "es",
        "Ana Paz Gil es la nueva ministra de Economía de Perú.",
        Held("Ana Paz Gil", "Ministerio de Economía y Finanzas del Perú", "ministra"),
    ),
    # the state a mayor's city lies in, set off after it: still the city's mayor
    row(
        "city-state-apposition",
        "es",
        "La alcaldesa de Zapopan, Jalisco, Ana Paz Gil, recibió a los directivos de Vextra.",
        Held("Ana Paz Gil", "Zapopan", "alcaldesa"),
    ),
    row(
        "city-state-apposition",
        "en",
        "The mayor of Monterrey, Nuevo Leon, Luis Paz, welcomed the Vextra plant.",
        Held("Luis Paz", "Monterrey", "mayor"),
    ),
    row(
        "city-state-apposition",
        "fr",
        "Le maire de Curitiba, au Paraná, Luc Paz, a salué l'usine de Vextra.",
        Held("Luc Paz", "Curitiba", "maire"),
    ),
    # Quebec's delegates general abroad serve Quebec
    row(
        "quebec-delegate",
        "fr",
        "Le projet a été annoncé en présence de la déléguée générale du Québec à Mexico, Valérie"
        " Paz.",
        Held("Valérie Paz", "Québec", "déléguée générale"),
    ),
    # a diplomat the sentence says stands for a country ("En representación de la India")
    row(
        "diplomat-represents",
        "es",
        "En representación de la India, asistió el embajador Sumit Paz.",
        Held("Sumit Paz", "India", "embajador"),
    ),
    row(
        "diplomat-represents",
        "en",
        "On behalf of France, Ambassador Luc Paz signed the agreement.",
        Held("Luc Paz", "France", "Ambassador"),
    ),
    row(
        "diplomat-represents",
        "fr",
        "Au nom du Japon, l'ambassadeur Kenji Paz a signé l'accord.",
        Held("Kenji Paz", "Japan", "ambassadeur"),
    ),
    # a chief adviser's post at a ministry named by its seat ("el Palacio de Hacienda")
    row(
        "chief-adviser",
        "es",
        "El ministro se reunió junto al jefe de asesores del Palacio de Hacienda, Leo Paz Gil,"
        " con la empresa.",
        Held("Leo Paz Gil", "Ministerio de Economía de la Nación Argentina", "jefe de asesores"),
    ),
    row(
        "chief-adviser",
        "fr",
        "Le ministre a reçu l'entreprise avec le chef de cabinet du Palacio de Hacienda, Léo Paz.",
        Held("Léo Paz", "Ministerio de Economía de la Nación Argentina", "chef de cabinet"),
    ),
    row(
        "chief-adviser",
        "en",
        "The minister met the company with the chief of staff of the Palacio de Hacienda, Leo Paz.",
        Held("Leo Paz", "Ministerio de Economía de la Nación Argentina", "chief of staff"),
    ),
    # a capitalized board before the participle ("The Board, chaired by X"): the company's
    row(
        "capitalized-board",
        "en",
        "Vextra Insurance named a new CEO. The Board, chaired by Ana Paz Gil, approved the"
        " appointment.",
        Held("Ana Paz Gil", "Vextra Insurance", "chair of the board"),
    ),
    row(
        "capitalized-board",
        "es",
        "Vextra Seguros nombró un nuevo gerente. El Directorio, presidido por Luis Paz Gil,"
        " aprobó el nombramiento.",
        Held("Luis Paz Gil", "Vextra Seguros", "presidente del directorio"),
    ),
    row(
        "capitalized-board",
        "fr",
        "Vextra Assurances a nommé un nouveau directeur. Le Conseil d'administration, présidé"
        " par Luc Paz, a approuvé la nomination.",
        Held("Luc Paz", "Vextra Assurances", "président du conseil"),
    ),
    # English premodifies a post with its body's short name: a school's or a public body's
    row(
        "premodifier-body",
        "en",
        "The Tarvelia Institute of Technology will train 400 engineers. The agreements were"
        " signed by Tarvelia President Harold Paz.",
        Held("Harold Paz", "Tarvelia Institute of Technology", "President"),
    ),
    # the chair of a French company's management or supervisory board
    row(
        "management-board",
        "fr",
        "« Nous resterons », a déclaré le président du directoire du groupe Vextra, Arnaud Paz.",
        Held("Arnaud Paz", "Vextra", "président du directoire"),
    ),
    row(
        "management-board",
        "fr",
        "La présidente du conseil de surveillance de Vextra, Claire Paz, a salué l'accord.",
        Held("Claire Paz", "Vextra", "présidente du conseil de surveillance"),
    ),
    # an agency described before its name ("l'agence AFD", "la agencia ANDE"; Spanish and
    # English read it so already)
    row(
        "agency-described",
        "fr",
        "« La réponse est rapide », a estimé la directrice de l'agence AFD à Port-au-Prince,"
        " Claire Paz.",
        Held("Claire Paz", "AFD", "directrice"),
    ),
    row(
        "agency-described",
        "es",
        "La directora de la agencia Tarvelia Invest en Lima, Ana Paz Gil, presentó el plan.",
        Held("Ana Paz Gil", "Tarvelia Invest", "directora"),
    ),
    row(
        "agency-described",
        "en",
        "The director of the agency Tarvelia Invest in Lima, Ana Paz Gil, presented the plan.",
        Held("Ana Paz Gil", "Tarvelia Invest", "director"),
    ),
    # a city's post with no city named: none
    row(
        "city-post-unnamed",
        "es",
        "El secretario de Turismo municipal, Luis Paz Gil, habló con la prensa.",
    ),
    # a possessive post after the verb of saying that closes the sentence: the post of the
    # organization the sentence opens on, not of the last one named
    row(
        "said-its",
        "en",
        "Vextra Corp will invest $12 million to connect the Ormeda Solar park, said its chief"
        " executive, Luis Paz.",
        Held("Luis Paz", "Vextra Corp", "chief executive"),
    ),
    row(
        "said-its",
        "es",
        "Vextra Corp, por su parte, conectará el parque de Ormeda Solar, según explicó su"
        " gerente general, Luis Paz Gil.",
        Held("Luis Paz Gil", "Vextra Corp", "gerente general"),
    ),
    row(
        "said-its",
        "fr",
        "Vextra Corp reliera le parc d'Ormeda Solar au réseau, a précisé son directeur"
        " général, Luis Paz.",
        Held("Luis Paz", "Vextra Corp", "directeur général"),
    ),
    row(
        "said-its",
        "es",
        "Vextra Corp firmó un convenio con la Universidad de Sonora, representada por su"
        " rector, Luis Paz Gil.",
        Held("Luis Paz Gil", "Universidad de Sonora", "rector"),
    ),
    # where the post is held, with its article, between the body and the name
    row(
        "post-in-the-place",
        "es",
        "Habló el director regional del SENA en el Atlántico, Ramiro Paz Gil.",
        Held("Ramiro Paz Gil", "Servicio Nacional de Aprendizaje", "director regional"),
    ),
    row(
        "post-in-the-place",
        "fr",
        "A parlé le directeur régional de Vextra Corp dans la Caraïbe, Luc Martin.",
        Held("Luc Martin", "Vextra Corp", "directeur régional"),
    ),
    row(
        "post-in-the-place",
        "en",
        "Also speaking was the regional director of Vextra Corp in the Atlántico, Luc Martin.",
        Held("Luc Martin", "Vextra Corp", "regional director"),
    ),
    # French copy writes "CEO" too
    row(
        "ceo-in-french",
        "fr",
        "« Nous y croyons », a déclaré le CEO d'Aquamosane, Benoît Lhoest.",
        Held("Benoît Lhoest", "Aquamosane", "CEO"),
    ),
    # an area's adjective after the title belongs to the post ("director zonal")
    row(
        "area-adjective",
        "es",
        "Asistió el director zonal de Senati, Miguel Tejada Bustamante, al acto.",
        Held("Miguel Tejada Bustamante", "Senati", "director zonal"),
    ),
    row(
        "area-adjective",
        "fr",
        "Était présente la directrice territoriale de Senati, Ana Ruiz Paz.",
        Held("Ana Ruiz Paz", "Senati", "directrice territoriale"),
    ),
    row(
        "area-adjective",
        "en",
        "Also present was the zonal director of Senati, Miguel Tejada.",
        Held("Miguel Tejada", "Senati", "zonal director"),
    ),
    # a company's unit in capitals after the title is the post's, never the organization
    row(
        "unit-not-org",
        "en",
        "The program will be led by Ana Ruiz Paz, who joins Vextra Corp as Director of"
        " Workforce Development for Mexico.",
        Held("Ana Ruiz Paz", "Vextra Corp", "Workforce Development"),
    ),
    row(
        "unit-not-org",
        "en",
        "Ana Ruiz Paz will be Vice President of Human Resources. Vextra Corp said so on Monday.",
    ),
    row(
        "unit-not-org",
        "es",
        "Vextra Corp nombró a Ana Ruiz Paz como directora de Recursos Humanos y Capacitación.",
        Held("Ana Ruiz Paz", "Vextra Corp", "Recursos Humanos"),
    ),
    row(
        "unit-not-org",
        "fr",
        "Vextra Corp a nommé Ana Ruiz Paz directrice des Ressources humaines et de la Formation.",
        Held("Ana Ruiz Paz", "Vextra Corp", "Ressources"),
    ),
    # a relative clause between the person and the post
    row(
        "relative-aside",
        "en",
        "Ana Ruiz, who previously led Cemex's European business, will become CEO of Siemens.",
        Held("Ana Ruiz", "Siemens", "CEO"),
    ),
    row(
        "relative-aside",
        "es",
        "Ana Ruiz, quien dirigía una filial de Cemex, será la nueva directora general de Bimbo.",
        Held("Ana Ruiz", "Grupo Bimbo", "directora"),
    ),
    # the person of the aside is not the post's holder when another verb takes the post
    row("relative-aside-none", "en", "Ana Ruiz, who met the minister, said the CEO agreed."),
    # "la République", "la Nación": the country itself
    row(
        "the-republic",
        "fr",
        "Paris. Le président de la République, Emmanuel Roy, a reçu la délégation.",
        Held("Emmanuel Roy", "France", "président"),
    ),
    row(
        "the-republic",
        "es",
        "Buenos Aires. El presidente de la Nación, Juan Roy, habló.",
        Held("Juan Roy", "Argentina", "presidente"),
    ),
    # a plural title shared out over a list of portfolios and people
    row(
        "listed-posts",
        "es",
        "Ciudad de México. Llegaron los secretarios de Hacienda, Luis Vega; de Economía, Ana Roy, "
        "y de Turismo, Pedro Lanz.",
        Held("Luis Vega", "Secretaría de Hacienda y Crédito Público", "Hacienda"),
        Held("Ana Roy", "Secretaría de Economía", "Economía"),
        Held("Pedro Lanz", "Secretaría de Turismo", "Turismo"),
    ),
    row(
        "listed-posts",
        "fr",
        "Paris. Le ministre a reçu les ministres de l'Économie, Ana Roy, et de la Santé, "
        "Paul Martin.",
        Held("Ana Roy", "France", "Économie"),
        Held("Paul Martin", "France", "Santé"),
    ),
    # one person after a plural title, or a country for a portfolio: no list
    row("listed-posts-none", "es", "Buenos Aires. Massa habló con sus pares de Francia, Ana Roy."),
    # the person joins the company as the post
    row(
        "joins",
        "en",
        "Ana Ruiz joins Siemens as vice president of sales.",
        Held("Ana Ruiz", "Siemens", "president"),
    ),
    row(
        "joins",
        "es",
        "Ana Ruiz se incorpora a Cemex como directora de Finanzas.",
        Held("Ana Ruiz", "Cemex", "directora"),
    ),
    row(
        "joins",
        "fr",
        "Ana Ruiz rejoint Renault en tant que directrice des opérations.",
        Held("Ana Ruiz", "Renault", "directrice"),
    ),
    # a company's unit after the title is no organization: the company of the sentence
    row(
        "unit-not-org",
        "es",
        "Grupo Bimbo anunció que Pedro Lanz asumirá como director de Operaciones.",
        Held("Pedro Lanz", "Grupo Bimbo", "director"),
    ),
    row(
        "unit-not-org",
        "es",
        "Cemex informó que Ana Ruiz será la nueva directora de Finanzas.",
        Held("Ana Ruiz", "Cemex", "directora"),
    ),
    row(
        "unit-not-org",
        "fr",
        "Le groupe Vextra a indiqué que Paul Roy sera directeur de l'Exploration.",
        Held("Paul Roy", "Vextra", "directeur"),
    ),
    row(
        "unit-not-org",
        "en",
        "Vextra Gold said Jane Doe will become director of Projects.",
        Held("Jane Doe", "Vextra Gold", "director"),
    ),
    # a minister's portfolio of two fields
    row(
        "two-field-portfolio",
        "es",
        "El ministro de Minas y Energía de Colombia, Andrés Camacho, habló.",
        Held("Andrés Camacho", "Ministerio de Minas y Energía", "Minas"),
    ),
    row(
        "two-field-portfolio",
        "fr",
        "Le ministre brésilien des Mines et de l'Énergie, Paulo Dias, a parlé.",
        Held("Paulo Dias", "Ministério de Minas e Energia", "Mines"),
    ),
    # a city that is also a given name starts the person's name
    row(
        "given-name-city",
        "en",
        "Acme Cloud's chief executive, Santiago Reboredo, said the plant would open in Santiago.",
        Held("Santiago Reboredo", "Acme Cloud", "executive"),
    ),
    # a governor or mayor governs the state or city the article names, not the country
    row(
        "jurisdiction",
        "es",
        "Monterrey, Nuevo León. La gobernadora Rosa Treviño Garza inauguró la planta.",
        Held("Rosa Treviño Garza", "Nuevo León", "gobernadora"),
    ),
    row(
        "jurisdiction",
        "en",
        "Governor Paul Whitfield opened the plant in Sonora on Monday.",
        Held("Paul Whitfield", "Sonora", "Governor"),
    ),
    row(
        "jurisdiction",
        "fr",
        "Le gouverneur Marc Dufresne a visité l'usine de Jalisco avec les ouvriers.",
        Held("Marc Dufresne", "Jalisco", "gouverneur"),
    ),
    row(
        "jurisdiction",
        "en",
        "In Ramos Arizpe, its mayor Tom Callahan welcomed the investors.",
        Held("Tom Callahan", "Ramos Arizpe", "mayor"),
    ),
    # a state the text names only by its cities: the state they lie in
    row(
        "city-state",
        "en",
        "The plant was opened in Hermosillo in the presence of Governor Paul Whitfield.",
        Held("Paul Whitfield", "Sonora", "Governor"),
    ),
    row(
        "city-state",
        "es",
        "Acme abrirá una planta en Apodaca. El gobernador Tomás Ibarra Ruiz celebró el"
        " anuncio. La empresa ya produce en Apodaca.",
        Held("Tomás Ibarra Ruiz", "Nuevo León", "gobernador"),
    ),
    row(
        "city-state",
        "fr",
        "Acme ouvrira une usine à Celaya. Le gouverneur Marc Dufresne a salué le projet.",
        Held("Marc Dufresne", "Guanajuato", "gouverneur"),
    ),
    # the ministry of a province the text names only by its city ("provincial")
    row(
        "city-state",
        "es",
        "Acme abrirá una planta en Rosario. Habló el ministro de Producción provincial,"
        " Pablo Ríos Cano.",
        Held("Pablo Ríos Cano", "Santa Fe", "ministro de Producción"),
    ),
    # no state or city named: no role rather than the country
    row("no-jurisdiction", "es", "El gobernador Tomás Ibarra Ruiz habló con la prensa."),
    # a state's secretary of a portfolio is a post of the state, not of the federal ministry
    row(
        "state-post",
        "es",
        "Firmó el secretario de Turismo de Guerrero, Hugo Salas Mena, el convenio.",
        Held("Hugo Salas Mena", "Guerrero", "secretario de Turismo"),
    ),
    row(
        "state-post",
        "es",
        "La planta está en Yucatán. Habló Pablo Ríos Cano, secretario de Economía del Estado.",
        Held("Pablo Ríos Cano", "Yucatán", "secretario de Economía"),
    ),
    # a generic ministry name in an article about another country names that country's post
    row(
        "foreign-portfolio",
        "es",
        "Panamá firmó el acuerdo. Asistió el ministro de Relaciones Exteriores, Raúl Pineda"
        " Soto, en la ciudad de Panamá.",
        Held("Raúl Pineda Soto", "Panama", "ministro de Relaciones Exteriores"),
    ),
    # names: a place inside an organization's name stays in the name
    row(
        "org-with-place",
        "es",
        "El rector de la Universidad Autónoma de Zacatecas, Iván Cota Pardo, firmó el acuerdo.",
        Held("Iván Cota Pardo", "Universidad Autónoma de Zacatecas", "rector"),
    ),
    row(
        "org-with-place",
        "fr",
        "Le recteur de l'Université Catholique de Lyon, Marc Vial, a signé l'accord.",
        Held("Marc Vial", "Université Catholique de Lyon", "recteur"),
    ),
    row(
        "org-with-place",
        "en",
        "The dean of the Business School of Chicago, Ann Dorsey, opened the forum.",
        Held("Ann Dorsey", "Business School of Chicago", "dean"),
    ),
    # a company's branch in a country: "Mitsubishi México" is Mitsubishi
    row(
        "branch",
        "es",
        "Asistió el presidente de Siemens México, Jorge Lira Vega, al evento.",
        Held("Jorge Lira Vega", "Siemens", "presidente de Siemens"),
    ),
    # compound C-level titles and coordinated posts with one corporate head
    row(
        "c-level",
        "en",
        "Ana Reyes Lugo, Chief Human Resources Officer of Nestlé, spoke at the forum.",
        Held("Ana Reyes Lugo", "Nestlé", "Chief Human Resources Officer"),
    ),
    row(
        "c-level",
        "fr",
        "Le président et chef de la direction de Bombardier, Paul Tremblay, a parlé.",
        Held("Paul Tremblay", "Bombardier", "président"),
        Held("Paul Tremblay", "Bombardier", "chef de la direction"),
    ),
    row(
        "c-level",
        "es",
        "Lucía Mora Gil, presidenta del directorio de Falabella, habló con la prensa.",
        Held("Lucía Mora Gil", "Falabella", "presidenta del directorio"),
    ),
    # words of the post before the title: scope and time qualifiers
    row(
        "modifier",
        "en",
        "Tom Baker, newly-named CEO of Unilever, spoke. Ana Li, global vice-president of"
        " Siemens, spoke too.",
        Held("Tom Baker", "Unilever", "CEO"),
        Held("Ana Li", "Siemens", "global vice-president"),
    ),
    # an untyped name right before a company post is the company
    row(
        "company-before",
        "en",
        '"We are ready," said Jakob Lund, Nestlé Chief Executive.',
        Held("Jakob Lund", "Nestlé", "Chief Executive"),
    ),
    # "de la empresa", "of the company": the company named just before
    row(
        "company-anaphora",
        "es",
        "Bimbo abrió una planta en Chile. Asistió el presidente de la empresa, Raúl Díaz Soto,"
        " con el embajador.",
        Held("Raúl Díaz Soto", "Grupo Bimbo", "presidente de la empresa"),
    ),
    row(
        "company-anaphora",
        "fr",
        "Danone ouvre une usine au Mexique. Le directeur général du groupe, Paul Girard, l'a"
        " annoncé.",
        Held("Paul Girard", "Danone", "directeur général"),
    ),
    row(
        "company-anaphora",
        "en",
        "Unilever opened a plant in Chile. The president of the company, Mark Doyle, attended.",
        Held("Mark Doyle", "Unilever", "president of the company"),
    ),
    # a person right after a post the rule cannot place is not the next post's holder
    row(
        "enumeration",
        "es",
        "Estuvieron la gobernadora Ana Ruiz Peña, el presidente de Cemex, Luis Vega Soto, y otros.",
        Held("Luis Vega Soto", "Cemex", "presidente"),
    ),
    # an acronym after a name gives its boundary, lowercase words and places included
    row(
        "acronym-defined",
        "fr",
        "Le directeur de l'Agence nationale de la sécurité numérique (ANSN), Paul Girard, a parlé.",
        Held("Paul Girard", "Agence nationale de la sécurité numérique", "directeur"),
    ),
    row(
        "acronym-defined",
        "es",
        "Habló Ana Gil Paz, directora del Centro nacional de metrología (CENAM).",
        Held("Ana Gil Paz", "Centro nacional de metrología", "directora"),
    ),
    row(
        "acronym-defined",
        "en",
        "The head of the National Office of Ports and Harbors (NOPH), Ann Lee, said so.",
        Held("Ann Lee", "National Office of Ports and Harbors", "head"),
    ),
    # lower-case words of an organization's name after its head word
    row(
        "org-lowercase",
        "fr",
        "Paul Girard, président de l'Agence nationale de la sécurité numérique, a parlé.",
        Held("Paul Girard", "Agence nationale de la sécurité numérique", "président"),
    ),
    row(
        "org-lowercase",
        "es",
        "Habló Ana Gil Paz, presidenta de la Comisión nacional de energía.",
        Held("Ana Gil Paz", "Comisión nacional de energía", "presidenta"),
    ),
    row(
        "org-lowercase",
        "fr",
        "Jean Roy, président de la Fédération française de cyclisme, a parlé.",
        Held("Jean Roy", "Fédération française de cyclisme", "président"),
    ),
    # a post for a region is a company's regional post; with no company named, none
    row(
        "regional-scope",
        "es",
        "Habló el presidente para Centroamérica de Nestlé, Juan Gil Paz.",
        Held("Juan Gil Paz", "Nestlé", "presidente para Centroamérica"),
    ),
    row(
        "regional-scope",
        "en",
        "Anna Berg, director for Central America at Nestlé, spoke.",
        Held("Anna Berg", "Nestlé", "director for Central America"),
    ),
    row("regional-scope", "es", "Luis Mora Paz, presidente para la región andina, habló."),
    row("regional-scope", "fr", "Luc Petit, directeur pour l'Amérique latine, a parlé."),
    # a council member sits on the council of the city the article names
    row(
        "council-member",
        "en",
        "Vextra Corp will build a plant in Mexicali. Councilman Luis Paz Gil asked about taxes.",
        Held("Luis Paz Gil", "Mexicali", "Councilman"),
    ),
    row(
        "council-member",
        "es",
        "Vextra construirá una planta en Mexicali. El regidor Luis Paz Gil pidió detalles.",
        Held("Luis Paz Gil", "Mexicali", "regidor"),
    ),
    row(
        "council-member",
        "fr",
        "Vextra construira une usine à Mexicali. Le conseiller municipal Luis Paz Gil a demandé "
        "des détails.",
        Held("Luis Paz Gil", "Mexicali", "conseiller municipal"),
    ),
    # the last of a post's fields in two words ("y Desarrollo Económico"), then whose post
    row(
        "two-word-last-field",
        "es",
        "Acme invertirá en Ciudad Juárez, Chihuahua. La secretaria de Turismo y Desarrollo "
        "Económico de Chihuahua, Ana Paz Gil, habló.",
        Held("Ana Paz Gil", "Chihuahua", "Desarrollo Económico"),
    ),
    row(
        "two-word-last-field",
        "es",
        "Panamá. La ministra de Turismo y Desarrollo Económico, Ana Paz Gil, habló.",
        Held("Ana Paz Gil", "Panama", "Desarrollo Económico"),
    ),
    # two lower-case adjectives of a portfolio before the state it belongs to
    row(
        "two-adjective-portfolio",
        "fr",
        "Acme investira à Celaya, au Mexique. Selon la secrétaire au Développement économique "
        "durable de Guanajuato, Ana Paz Gil, l'État a facilité l'achat.",
        Held("Ana Paz Gil", "Guanajuato", "durable"),
    ),
    # the company after a site noun and "de" owns the site, and the post is its
    row(
        "site-owner",
        "fr",
        "Le groupe Orvanne et le fonds Capital Zorbel construiront une usine. Le site sera "
        "dirigé par Luis Paz Gil, actuel directeur de l'usine d'Orvanne à Reynosa.",
        Held("Luis Paz Gil", "Orvanne", "directeur"),
    ),
    row(
        "site-owner",
        "es",
        "La empresa Vextra abrirá una planta con la firma Ormeda Capital. Según el director de "
        "la planta de Vextra en Monterrey, Luis Paz Gil, habrá empleo.",
        Held("Luis Paz Gil", "Vextra", "director"),
    ),
    # two regions joined in a post's scope, then whose post it is
    row(
        "joined-scope",
        "es",
        "La empresa Vextra abrirá una planta. El director para Centroamérica y el Caribe de "
        "Vextra, Kenji Arakawa, habló.",
        Held("Kenji Arakawa", "Vextra", "Caribe"),
    ),
    row(
        "joined-scope",
        "fr",
        "Le groupe Vextra ouvrira un centre. Le directeur pour l'Amérique centrale et les "
        "Caraïbes de Vextra, Luc Garnier, a parlé.",
        Held("Luc Garnier", "Vextra", "Caraïbes"),
    ),
    row(
        "joined-scope",
        "en",
        "Vextra Inc will open a plant. Kenji Arakawa, Vextra's director for Central America "
        "and the Caribbean, spoke.",
        Held("Kenji Arakawa", "Vextra Inc", "Caribbean"),
    ),
    # "cuyo presidente" after the acronym in brackets of the body it belongs to
    row(
        "whose-after-acronym",
        "es",
        "El foro fue organizado por la Asociación Zorbana de Exportadores (Azex), cuyo "
        "presidente, Luis Paz Gil, pidió una ley.",
        Held("Luis Paz Gil", "Asociación Zorbana de Exportadores", "presidente"),
    ),
    row(
        "whose-after-acronym",
        "fr",
        "Le forum était organisé par l'Association zorbane des exportateurs (Azex), dont le "
        "président, Luc Paz, a demandé une loi.",
        Held("Luc Paz", "Association zorbane des exportateurs", "président"),
    ),
    # a region written as one word between the title and the company ("directeur Amériques")
    row(
        "region-word-scope",
        "fr",
        "Le groupe Vextra ouvrira un centre. Le directeur Amériques de Vextra, Marc Roux, a signé.",
        Held("Marc Roux", "Vextra", "Amériques"),
    ),
    # "sénior" after the title is a word of the post, then whose post it is
    row(
        "senior-after",
        "es",
        "La empresa Vextra abrirá un centro. Mark Ruiz, vicepresidente sénior de Vextra, habló.",
        Held("Mark Ruiz", "Vextra", "sénior"),
    ),
    row(
        "senior-after",
        "fr",
        "Le groupe Vextra ouvrira un centre. Marc Roux, vice-président sénior de Vextra, a parlé.",
        Held("Marc Roux", "Vextra", "sénior"),
    ),
    row(
        "senior-after",
        "en",
        "Vextra Inc opened a plant. Mark Ruiz, senior vice president of Vextra, spoke.",
        Held("Mark Ruiz", "Vextra Inc", "senior"),
    ),
    # "will be succeeded by": the successor takes the same post
    row(
        "successor",
        "en",
        "Mark Bell, CEO of Unilever, will be succeeded by Jane Fox.",
        Held("Mark Bell", "Unilever", "CEO"),
        Held("Jane Fox", "Unilever", "CEO"),
    ),
    row(
        "successor",
        "fr",
        "Le PDG de Danone, Marc Roy, sera remplacé par Anne Blanc.",
        Held("Marc Roy", "Danone", "PDG"),
        Held("Anne Blanc", "Danone", "PDG"),
    ),
    row(
        "successor",
        "es",
        "La directora general de Bimbo, Ana Ruiz Paz, será sucedida por Laura Gil Soto.",
        Held("Ana Ruiz Paz", "Grupo Bimbo", "directora general"),
        Held("Laura Gil Soto", "Grupo Bimbo", "directora general"),
    ),
    # English Title Case department words before a title belong to the title
    row(
        "title-case",
        "en",
        "Cemex opened a plant. Regional Sales Director Paul Grant said it will grow.",
        Held("Paul Grant", "Cemex", "Regional Sales Director"),
    ),
    # an ambassador serves the country that sends them, not the host
    row(
        "diplomat",
        "en",
        "The US Ambassador to Mexico, Carl Dunn, visited the plant in Mexico.",
        Held("Carl Dunn", "United States", "Ambassador"),
    ),
    row(
        "diplomat",
        "es",
        "México recibió la visita del embajador de Francia, Paul Morel, en la capital.",
        Held("Paul Morel", "France", "embajador"),
    ),
    row("diplomat", "fr", "Le Mexique a reçu l'ambassadeur Paul Morel à Mexico."),
    # a generic post with no organization in the text names none
    row("no-org", "es", "El director Rodrigo Paz Gil dijo que la planta abrirá en junio."),
    # "représentée par son président": the organization just named
    row(
        "possessive",
        "fr",
        "L'Université de Lyon, représentée par son président Marc Vial, et l'Université"
        " de Nantes ont signé un accord.",
        Held("Marc Vial", "Université de Lyon", "président"),
    ),
    # "Deputy Economy Minister": one post; a portfolio the gazetteer lacks is still no company
    row(
        "portfolio",
        "en",
        "Chile opened the plant. Deputy Energy Minister Carla Ríos Paz spoke in Chile.",
        Held("Carla Ríos Paz", "Ministerio de Energía de Chile", "Deputy Energy Minister"),
    ),
    row(
        "portfolio",
        "fr",
        "Cuba a signé l'accord à Cuba avec le ministre des Sports, Pablo Ruiz Gil.",
        Held("Pablo Ruiz Gil", "Cuba", "ministre des Sports"),
    ),
    row(
        "portfolio",
        "es",
        "En Argentina, el secretario de Economía del Conocimiento, Ariel Paz Gil, habló en"
        " Argentina.",
        Held("Ariel Paz Gil", "Argentina", "secretario de Economía del Conocimiento"),
    ),
    # words of the post after the title, and two-word qualifiers
    row(
        "modifier-after",
        "es",
        "Asistió el gobernador Constitucional del Estado de Nuevo León, Jaime Ruiz Paz.",
        Held("Jaime Ruiz Paz", "Nuevo León", "gobernador Constitucional"),
    ),
    row(
        "modifier-after",
        "fr",
        "Luc Roy, directeur adjoint de Renault, et Marc Blanc, président par intérim de Danone,"
        " ont parlé.",
        Held("Luc Roy", "Renault", "directeur adjoint"),
        Held("Marc Blanc", "Danone", "président par intérim"),
    ),
    # "X, recently appointed CEO of Y": a participle between the name and the post
    row(
        "appointed",
        "en",
        "Ana Reyes Lugo, recently appointed CEO of Nestlé, spoke.",
        Held("Ana Reyes Lugo", "Nestlé", "CEO"),
    ),
    row(
        "appointed",
        "es",
        "Ana Ruiz Paz, nombrada directora general de Bimbo, habló.",
        Held("Ana Ruiz Paz", "Grupo Bimbo", "directora general"),
    ),
    row(
        "appointed",
        "fr",
        "Marc Roy, nommé président de Danone, a parlé.",
        Held("Marc Roy", "Danone", "président"),
    ),
    # a country before a state post names the country, not a company of the sentence
    row(
        "country-premodifier",
        "en",
        "US Vice President Laura Benson praised Walmart for its plans.",
        Held("Laura Benson", "United States", "Vice President"),
    ),
    # abbreviations and compound C-level titles
    row(
        "abbreviation",
        "es",
        "Marta Vélez Soto, CFO de Cemex, presentó los resultados.",
        Held("Marta Vélez Soto", "Cemex", "CFO"),
    ),
    row(
        "abbreviation",
        "fr",
        "Luc Garnier, DG de Danone, a présenté les résultats.",
        Held("Luc Garnier", "Danone", "DG"),
    ),
    row(
        "chief-compound",
        "en",
        "Tom Rivers, Chief Legal and Compliance Officer at Walmart, spoke on Friday.",
        Held("Tom Rivers", "Walmart", "Compliance Officer"),
    ),
    row(
        "modifier-after",
        "es",
        "Marta Vélez Soto, socia fundadora de Rappi, habló del plan.",
        Held("Marta Vélez Soto", "Rappi", "socia fundadora"),
    ),
    # a Title Case unit of the post is not its organization
    row(
        "title-case-unit",
        "en",
        "Vice President of Marketing Tom Rivers said Walmart would hire.",
        Held("Tom Rivers", "Walmart", "Vice President of Marketing"),
    ),
    row(
        "title-case-unit",
        "en",
        "Global Head of Logistics Tom Rivers said Walmart would hire.",
        Held("Tom Rivers", "Walmart", "Head of Logistics"),
    ),
    # a region right after a company post says where it runs, not whose it is
    row(
        "regional-post",
        "fr",
        "Luc Garnier, directeur Europe de Danone, a présenté les résultats.",
        Held("Luc Garnier", "Danone", "directeur"),
    ),
    # appointment verbs between the person and the post
    row(
        "appointed",
        "en",
        "Tom Rivers has been appointed chief financial officer of Walmart.",
        Held("Tom Rivers", "Walmart", "chief financial officer"),
    ),
    row(
        "appointed",
        "en",
        "Tom Rivers took over as CEO of Walmart last year.",
        Held("Tom Rivers", "Walmart", "CEO"),
    ),
    row(
        "appointed",
        "es",
        "Marta Vélez Soto asumió como directora interina de Cemex.",
        Held("Marta Vélez Soto", "Cemex", "directora interina"),
    ),
    row(
        "appointed",
        "fr",
        "Luc Garnier a été nommé président de Danone.",
        Held("Luc Garnier", "Danone", "président"),
    ),
    # the company that names the person to the post
    row(
        "appointer",
        "fr",
        "Danone a nommé Luc Garnier directeur financier.",
        Held("Luc Garnier", "Danone", "directeur financier"),
    ),
    # "de la compañía" with no company before it: the one company the sentence names after
    row(
        "company-after",
        "es",
        "El director de la compañía, Marta Vélez Soto, dijo que Cemex crecerá.",
        Held("Marta Vélez Soto", "Cemex", "director"),
    ),
    # a state's portfolio, told before the title or by "del gobierno" in a state's sentence
    row(
        "state-post",
        "en",
        "Tom Rivers, Chihuahua's economy secretary, welcomed the plant.",
        Held("Tom Rivers", "Chihuahua", "economy secretary"),
    ),
    row(
        "state-post",
        "en",
        "Tom Rivers, secretary of economic development for the state of Sonora, spoke.",
        Held("Tom Rivers", "Sonora", "secretary of economic development"),
    ),
    row(
        "state-post",
        "fr",
        "Luc Garnier, secrétaire au Développement durable du Jalisco, a parlé au Mexique.",
        Held("Luc Garnier", "Jalisco", "secrétaire"),
    ),
    row(
        "state-post",
        "fr",
        "Le ministre du Travail du gouvernement, Luc Garnier, a visité les usines du Jalisco.",
        Held("Luc Garnier", "Jalisco", "ministre"),
    ),
    row(
        "state-office",
        "es",
        "La titular de la Secretaría de Economía de Jalisco, Marta Vélez Soto, habló en México.",
        Held("Marta Vélez Soto", "Secretaría de Economía de Jalisco", "titular"),
    ),
    # a portfolio the nation's government has no ministry of, next to a sentence that names
    # a governor: a post of the governor's state
    row(
        "state-portfolio-after-governor",
        "es",
        "El gobernador Pablo Ríos Cano dijo que Hidalgo crece. El secretario de Desarrollo "
        "Económico, Juan Ruiz Paz, señaló que la dependencia ayudará a la empresa.",
        Held("Pablo Ríos Cano", "Hidalgo", "gobernador"),
        Held("Juan Ruiz Paz", "Hidalgo", "secretario"),
    ),
    row(
        "state-portfolio-after-governor",
        "en",
        "Governor Tom Rivers said Hidalgo was growing. The secretary of Economic Development, "
        "Anna Brooks, said her office would help the company.",
        Held("Tom Rivers", "Hidalgo", "Governor"),
        Held("Anna Brooks", "Hidalgo", "Secretary"),
    ),
    row(
        "state-portfolio-after-governor",
        "fr",
        "Le gouverneur Luc Garnier a dit que le Hidalgo croît. Le secrétaire au Développement "
        "économique, Paul Roy, a dit que son ministère aidera l'entreprise.",
        Held("Luc Garnier", "Hidalgo", "gouverneur"),
        Held("Paul Roy", "Hidalgo", "secrétaire"),
    ),
    # a state's demonym on a government post: that state's post, not the nation's
    row(
        "state-demonym-post",
        "es",
        "La empresa Cemex invertirá en Argentina. El ministro neuquino de Economía, Pablo Ríos "
        "Cano, recibió a Cemex.",
        Held("Pablo Ríos Cano", "Neuquén", "ministro"),
    ),
    row(
        "state-demonym-post",
        "fr",
        "Le groupe Danone investira en Colombie. La ministre québécoise des Relations "
        "internationales, Anne Roy, a salué l'accord.",
        Held("Anne Roy", "Québec", "ministre"),
    ),
    row(
        "state-demonym-post",
        "en",
        "Walmart will invest in Argentina. The Neuquén economy minister, Tom Rivers, welcomed it.",
        Held("Tom Rivers", "Neuquén", "minister"),
    ),
    # a post the text says is a state's, in an article that names no state: no organization
    # is better than the nation's
    row(
        "state-post-unknown-state",
        "es",
        "La empresa Cemex invertirá en Argentina. El ministro de Economía provincial, Pablo "
        "Ríos Cano, recibió a Cemex.",
    ),
    row(
        "state-post-unknown-state",
        "en",
        "Walmart will invest in Mexico. The state's economy secretary, Tom Rivers, welcomed it.",
    ),
    row(
        "state-post-unknown-state",
        "fr",
        "Le groupe Danone investira au Mexique. Le secrétaire à l'Économie de l'État, Luc "
        "Garnier, a salué l'accord.",
    ),
    row(
        "state-head",
        "es",
        "El mandatario estatal, Pablo Ríos Cano, recibió a los inversionistas en Sonora.",
        Held("Pablo Ríos Cano", "Sonora", "mandatario"),
    ),
    # "Z will succeed X as ...": Z takes the post too
    row(
        "successor-before",
        "en",
        "Anna Brooks will succeed Tom Rivers as CEO of Walmart.",
        Held("Anna Brooks", "Walmart", "CEO"),
        Held("Tom Rivers", "Walmart", "CEO"),
    ),
    row(
        "successor-before",
        "fr",
        "Claire Morel succède à Luc Garnier au poste de PDG de Danone.",
        Held("Claire Morel", "Danone", "PDG"),
        Held("Luc Garnier", "Danone", "PDG"),
    ),
    # an aside between the successor and the verb, the post they hold now in it; a surname
    # that is an organization word ("Cámara") ends a person's name
    row(
        "successor-aside",
        "en",
        "Acme Telecom said that Carla Ruiz Paz, currently its CFO, will replace Pedro Gil as"
        " chief executive.",
        Held("Carla Ruiz Paz", "Acme Telecom", "CFO"),
        Held("Carla Ruiz Paz", "Acme Telecom", "chief executive"),
        Held("Pedro Gil", "Acme Telecom", "chief executive"),
    ),
    row(
        "successor-aside",
        "es",
        "La cadena Farmacias Ormeda informó que Rodrigo Paz Cámara, hasta ahora director de"
        " Operaciones de la cadena, sucederá a Gilberto Ruiz Duarte como director general.",
        Held("Rodrigo Paz Cámara", "Farmacias Ormeda", "director de Operaciones"),
        Held("Rodrigo Paz Cámara", "Farmacias Ormeda", "director general"),
        Held("Gilberto Ruiz Duarte", "Farmacias Ormeda", "director general"),
    ),
    row(
        "successor-aside",
        "fr",
        "Le groupe Vextra a annoncé que Claire Roy, actuellement directrice financière du"
        " groupe, remplacera Paul Martin comme directeur général.",
        Held("Claire Roy", "Vextra", "directrice financière"),
        Held("Claire Roy", "Vextra", "directeur général"),
        Held("Paul Martin", "Vextra", "directeur général"),
    ),
    # "taking over, succeeding Y": Y held the post; "Y, who moves to X as T": Y's next post
    row(
        "predecessor-after",
        "en",
        "Ana Ruiz Paz will take over as country manager at Acme Power on April 1, succeeding"
        " Pedro Gil, who is moving to Dublin as group chief operating officer.",
        Held("Ana Ruiz Paz", "Acme Power", "country manager"),
        Held("Pedro Gil", "Acme Power", "country manager"),
        Held("Pedro Gil", "Acme Power", "group chief operating officer"),
    ),
    row(
        "predecessor-after",
        "es",
        "Acme Energía nombró a Ana Ruiz Paz gerente general, en sustitución de Pedro Gil Soto,"
        " quien se muda a Madrid como director de operaciones.",
        Held("Ana Ruiz Paz", "Acme Energía", "gerente general"),
        Held("Pedro Gil Soto", "Acme Energía", "gerente general"),
        Held("Pedro Gil Soto", "Acme Energía", "director de operaciones"),
    ),
    row(
        "predecessor-after",
        "fr",
        "Le groupe Vextra Énergie a nommé Claire Roy directrice générale, en remplacement de"
        " Paul Martin, qui rejoint le siège de Lyon comme directeur des achats.",
        Held("Claire Roy", "Vextra Énergie", "directrice générale"),
        Held("Paul Martin", "Vextra Énergie", "directrice générale"),
        Held("Paul Martin", "Vextra Énergie", "directeur des achats"),
    ),
    row(
        "successor-clause",
        "es",
        "Marta Vélez Soto, presidenta de Cemex, dejará el cargo y será sustituida por Ana Ruiz"
        " Paz.",
        Held("Marta Vélez Soto", "Cemex", "presidenta"),
        Held("Ana Ruiz Paz", "Cemex", "presidenta"),
    ),
    # "who is also", "quien también es", "qui est également": the post after the clause
    row(
        "also-is",
        "en",
        "Tom Rivers, who is also chair of Walmart, spoke.",
        Held("Tom Rivers", "Walmart", "chair"),
    ),
    row(
        "also-is",
        "es",
        "Marta Vélez Soto, quien también es presidenta de Cemex, habló.",
        Held("Marta Vélez Soto", "Cemex", "presidenta"),
    ),
    row(
        "also-is",
        "fr",
        "Luc Garnier, qui est également président de Danone, a parlé.",
        Held("Luc Garnier", "Danone", "président"),
    ),
    # people first, then a plural post of one organization: each holds the singular
    row(
        "shared-post",
        "es",
        "Llegaron Marta Vélez Soto y Ana Ruiz Paz, directivas de Cemex, a la reunión.",
        Held("Marta Vélez Soto", "Cemex", "directiva"),
        Held("Ana Ruiz Paz", "Cemex", "directiva"),
    ),
    row(
        "shared-post",
        "en",
        "Tom Rivers and Anna Brooks, executives of Walmart, attended.",
        Held("Tom Rivers", "Walmart", "executive"),
        Held("Anna Brooks", "Walmart", "executive"),
    ),
    row(
        "shared-post",
        "fr",
        "Luc Garnier et Claire Morel, dirigeants de Danone, ont signé.",
        Held("Luc Garnier", "Danone", "dirigeant"),
        Held("Claire Morel", "Danone", "dirigeant"),
    ),
    # negative: two organizations and no "respectively": no telling who is whose
    row(
        "shared-post-two-orgs",
        "es",
        "Marta Vélez Soto y Ana Ruiz Paz, directoras de Cemex y Bimbo, hablaron.",
    ),
    # "respectively": the n-th person holds the post at the n-th organization
    row(
        "respectively",
        "es",
        "Asistieron los directores de Cemex y Bimbo, Marta Vélez Soto y Ana Ruiz Paz,"
        " respectivamente.",
        Held("Marta Vélez Soto", "Cemex", "director"),
        Held("Ana Ruiz Paz", "Grupo Bimbo", "director"),
    ),
    row(
        "respectively",
        "en",
        "Tom Rivers and Anna Brooks, CEOs of Walmart and Cemex, respectively, attended.",
        Held("Tom Rivers", "Walmart", "CEO"),
        Held("Anna Brooks", "Cemex", "CEO"),
    ),
    row(
        "respectively",
        "fr",
        "Les directeurs de Renault et Danone, Luc Garnier et Claire Morel, respectivement, étaient"
        " là.",
        Held("Luc Garnier", "Renault", "directeur"),
        Held("Claire Morel", "Danone", "directeur"),
    ),
    # negative: three people for two organizations
    row(
        "respectively-uneven",
        "es",
        "Los directores de Cemex y Bimbo, Marta Vélez Soto, Ana Ruiz Paz y Pablo Ríos Cano,"
        " respectivamente, asistieron.",
    ),
    # negative: "respectively" without its comma is read as no list (and never fails)
    row(
        "respectively-no-comma",
        "es",
        "Los directores de Cemex y Bimbo, Ana Ruiz Paz y Marta Vélez Soto respectivamente"
        " asistieron.",
    ),
    # words of the post before or after its head: "economics professor", "director científico"
    row(
        "post-words",
        "en",
        "Walmart hired Tom Rivers, who is an economics professor of the University of Chile.",
        Held("Tom Rivers", "Universidad de Chile", "economics professor"),
    ),
    row(
        "post-words",
        "es",
        "Marta Vélez Soto, directora científica de la Universidad de Chile, habló.",
        Held("Marta Vélez Soto", "Universidad de Chile", "directora científica"),
    ),
    row(
        "post-words",
        "fr",
        "Luc Garnier, directeur scientifique de l'Université de Bordeaux, a parlé.",
        Held("Luc Garnier", "Université de Bordeaux", "directeur scientifique"),
    ),
    # "chargé de", "in charge of", "encargado de": the minister's field, not an organization
    row(
        "charged-with",
        "fr",
        "Luc Garnier, ministre délégué chargé de l'Économie numérique des Émirats arabes unis,"
        " a signé.",
        Held("Luc Garnier", "United Arab Emirates", "Économie numérique"),
    ),
    row(
        "charged-with",
        "en",
        "Paris. Tom Rivers, the minister in charge of Digital Affairs, spoke.",
        Held("Tom Rivers", "France", "Digital Affairs"),
    ),
    row(
        "charged-with",
        "es",
        "Lima. Marta Vélez Soto, ministra encargada de Asuntos Digitales, habló.",
        Held("Marta Vélez Soto", "Peru", "ministra"),
    ),
    # "of Acme's board of directors": the board is the post's, the organization Acme
    row(
        "board-possessive",
        "en",
        "Tom Rivers, president of Walmart's board of directors, spoke.",
        Held("Tom Rivers", "Walmart", "board of directors"),
    ),
    # two posts joined by a conjunction before one name: the name holds both
    row(
        "coordinated-posts",
        "en",
        "Brasilia. The Vice President of the Nation and Minister of Development, Industry, Trade"
        " and Services, Geraldo Rocha, spoke.",
        Held("Geraldo Rocha", "Brazil", "Vice President"),
        Held(
            "Geraldo Rocha",
            "Ministério do Desenvolvimento, Indústria, Comércio e Serviços",
            "Minister",
        ),
    ),
    row(
        "coordinated-posts",
        "es",
        "Asistieron el presidente de Cemex y directora de Bimbo, Ana Ruiz Paz, y otros.",
        Held("Ana Ruiz Paz", "Cemex", "presidente"),
        Held("Ana Ruiz Paz", "Grupo Bimbo", "directora"),
    ),
    row(
        "coordinated-posts",
        "fr",
        "Étaient présents le président de Renault et directeur de Danone, Luc Garnier.",
        Held("Luc Garnier", "Renault", "président"),
        Held("Luc Garnier", "Danone", "directeur"),
    ),
    # negative: an article before the second post makes it someone else's, unnamed
    row(
        "coordinated-posts-article",
        "en",
        "The CEO of Cemex and the director of Bimbo, Anna Brooks, spoke.",
        Held("Anna Brooks", "Grupo Bimbo", "director"),
    ),
    # "secretario de Economía" in a sentence about one state's places: the state's secretary
    row(
        "state-ceremony",
        "es",
        "En Sonora abrirán tres plantas, dijo Pablo Ríos Cano, secretario de Economía.",
        Held("Pablo Ríos Cano", "Sonora", "secretario de Economía"),
    ),
    row(
        "state-ceremony",
        "en",
        "Sonora attracts investments, said Tom Rivers, secretary of economy.",
        Held("Tom Rivers", "Sonora", "secretary"),
    ),
    row(
        "state-ceremony",
        "fr",
        "Le Sonora attire des investissements, a déclaré Luc Garnier, secrétaire à l'Économie.",
        Held("Luc Garnier", "Sonora", "secrétaire"),
    ),
    # negative: a federal secretary stays federal wherever the sentence is
    row(
        "state-ceremony-federal",
        "es",
        "Pablo Ríos Cano, secretario de Hacienda federal, llegó a Sonora.",
        Held("Pablo Ríos Cano", "Secretaría de Hacienda y Crédito Público", "secretario"),
    ),
    # "del municipio", "of the city", "de la ville": the city the article names
    row(
        "jurisdiction-unit",
        "es",
        "En Monterrey se abrió la planta. Habló el alcalde del municipio, Pablo Ríos Cano.",
        Held("Pablo Ríos Cano", "Monterrey", "alcalde"),
    ),
    row(
        "jurisdiction-unit",
        "en",
        "Monterrey hosted the event. The mayor of the city, Tom Rivers, spoke.",
        Held("Tom Rivers", "Monterrey", "mayor"),
    ),
    row(
        "jurisdiction-unit",
        "fr",
        "Monterrey a accueilli l'événement. Le maire de la ville, Luc Garnier, a parlé.",
        Held("Luc Garnier", "Monterrey", "maire"),
    ),
    # negative: a bare title after a name and a comma, with its verb, is the next subject
    row(
        "bare-title-subject",
        "es",
        "Junto a Pablo Ríos Cano, el mandatario inauguró la obra.",
    ),
    # "named X, former Y, as Z": the post after the aside is X's too
    row(
        "new-post",
        "es",
        "Cemex nombró a Marta Vélez Soto, exdirectora de Bimbo, como su nueva directora general.",
        Held("Marta Vélez Soto", "Grupo Bimbo", "exdirectora"),
        Held("Marta Vélez Soto", "Cemex", "directora general"),
    ),
    row(
        "new-post",
        "en",
        "Walmart named Tom Rivers, a former Cemex executive, as its new CEO.",
        Held("Tom Rivers", "Cemex", "executive"),
        Held("Tom Rivers", "Walmart", "CEO"),
    ),
    row(
        "new-post",
        "fr",
        "Mexico. Le président a choisi Luc Garnier, ancien ministre de l'Énergie, au poste de"
        " ministre des Finances.",
        Held("Luc Garnier", "Secretaría de Energía", "Énergie"),
        Held("Luc Garnier", "Secretaría de Hacienda y Crédito Público", "Finances"),
    ),
    # titles the lexicons lacked: "représentant", "executive" (with "top" before it)
    row(
        "lexicon",
        "fr",
        "Luc Garnier, représentant de Danone au Mexique, a parlé.",
        Held("Luc Garnier", "Danone", "représentant"),
    ),
    row(
        "lexicon",
        "en",
        "Tom Rivers, Walmart's top executive in Mexico, spoke.",
        Held("Tom Rivers", "Walmart", "top executive"),
    ),
    # a unit no gazetteer knows, then "at" a known company: the company holds the post
    row(
        "unit-at-company",
        "en",
        "Tom Rivers, VP of Infrastructure Services at AWS, spoke.",
        Held("Tom Rivers", "Amazon Web Services", "Infrastructure Services"),
    ),
    # a lower-case unit, then "for" a region: both stay in the title
    row(
        "lower-unit-scope",
        "en",
        "Anna Brooks, AWS's head of public policy for Latin America, spoke.",
        Held("Anna Brooks", "Amazon Web Services", "head of public policy for Latin America"),
    ),
    # negative: an article at a line's start is no person, whatever name it is part of
    row(
        "article-no-person",
        "fr",
        "Lima - La présidente du Pérou, Claire Morel, a parlé. Luc de la Torre Roy était là.",
        Held("Claire Morel", "Peru", "présidente"),
    ),
    # units joined by a conjunction, then whose they are: the last organization
    row(
        "joined-units",
        "en",
        "Tom Rivers, director of Sales and Marketing at Walmart, spoke.",
        Held("Tom Rivers", "Walmart", "Sales and Marketing"),
    ),
    row(
        "joined-units",
        "fr",
        "Paris. Claire Morel, directrice des Ventes et du Marketing de Danone, a parlé.",
        Held("Claire Morel", "Danone", "Marketing"),
    ),
    # the country that names a diplomat sends them; the one after "to", "en", "au" hosts them
    row(
        "diplomat-appointer",
        "en",
        "Chile appointed Tom Rivers, the rector of the Universidad de Chile, as its ambassador"
        " to Spain.",
        Held("Tom Rivers", "Universidad de Chile", "rector"),
        Held("Tom Rivers", "Chile", "ambassador"),
    ),
    row(
        "diplomat-appointer",
        "es",
        "México designó a Pablo Ríos Cano como nuevo embajador en Estados Unidos.",
        Held("Pablo Ríos Cano", "Mexico", "embajador"),
    ),
    row(
        "diplomat-appointer",
        "fr",
        "La France a nommé Luc Garnier ambassadeur au Mexique.",
        Held("Luc Garnier", "France", "ambassadeur"),
    ),
    # negative: a company sends no ambassador
    row("diplomat-company", "en", "Walmart named Tom Rivers as ambassador to Mexico."),
    # a portfolio's fields stop at the next person of a list
    row(
        "portfolio-then-person",
        "fr",
        "Colombie. L'accord a été signé en présence de Luc Garnier, ministre des Mines et de"
        " l'Énergie, et de Claire Morel Roy, présidente de Danone.",
        Held("Luc Garnier", "Ministerio de Minas y Energía", "Mines"),
        Held("Claire Morel Roy", "Danone", "présidente"),
    ),
    # "en su calidad de", "in his capacity as", "en sa qualité de": the post after it
    row(
        "in-capacity",
        "es",
        "Pablo Ríos Cano, en su calidad de director de Cemex, firmó el convenio.",
        Held("Pablo Ríos Cano", "Cemex", "director"),
    ),
    row(
        "in-capacity",
        "en",
        "Tom Rivers, in his capacity as CEO of Walmart, signed it.",
        Held("Tom Rivers", "Walmart", "CEO"),
    ),
    row(
        "in-capacity",
        "fr",
        "Luc Garnier, en sa qualité de président de Danone, a signé.",
        Held("Luc Garnier", "Danone", "président"),
    ),
    # French posts the lexicon lacked: "cheffe", "numéro un"
    row(
        "lexicon",
        "fr",
        "Le numéro un de Renault, Luc Garnier, a signé.",
        Held("Luc Garnier", "Renault", "numéro un"),
    ),
    # an article before a title that its complement carries on is an apposition
    row(
        "article-apposition",
        "fr",
        "Renault a investi. Claire Morel, la cofondatrice de la start-up Kavak, a parlé.",
        Held("Claire Morel", "Kavak", "cofondatrice"),
    ),
    # a state's executive and a city's "edil": the state or city the article names
    row(
        "state-executive",
        "es",
        "Monterrey, Nuevo León. El titular del Ejecutivo estatal, Pablo Ríos Cano, inauguró la"
        " planta.",
        Held("Pablo Ríos Cano", "Nuevo León", "Ejecutivo estatal"),
    ),
    row(
        "lexicon",
        "es",
        "Monterrey, Nuevo León. El edil Pablo Ríos Cano inauguró la planta.",
        Held("Pablo Ríos Cano", "Monterrey", "edil"),
    ),
    # "State ... Secretary X": the words before the title are the post's, the post the state's
    row(
        "state-premodifier",
        "en",
        "Querétaro. State Sustainable Development Secretary Tom Rivers said the plant would open.",
        Held("Tom Rivers", "Querétaro", "Sustainable Development Secretary"),
    ),
    # "Y, el rector de X, Z": the title with its article is set off before Z, not after Y
    row(
        "title-between-names",
        "es",
        "Según Radio Sur, el rector de la Universidad de Chile, Pablo Ríos Cano, firmó el"
        " convenio.",
        Held("Pablo Ríos Cano", "Universidad de Chile", "rector"),
    ),
    row(
        "title-between-names",
        "en",
        "As Radio South reported, the CEO of Walmart, Tom Rivers, signed the deal.",
        Held("Tom Rivers", "Walmart", "CEO"),
    ),
    row(
        "title-between-names",
        "fr",
        "Comme l'a dit Radio Sud, le PDG de Renault, Luc Garnier, a signé l'accord.",
        Held("Luc Garnier", "Renault", "PDG"),
    ),
    # English titles in Spanish and French business news; "gerenta", "socia directora"
    row(
        "english-title",
        "es",
        "Ana Ruiz Paz, managing director de Accenture en México, habló.",
        Held("Ana Ruiz Paz", "Accenture", "managing director"),
    ),
    row(
        "english-title",
        "fr",
        "Claire Morel, general manager d'Accenture au Mexique, a parlé.",
        Held("Claire Morel", "Accenture", "general manager"),
    ),
    row(
        "english-title",
        "es",
        "Ana Ruiz Paz, head of marketing de Walmart de México, habló.",
        Held("Ana Ruiz Paz", "Walmart de México", "head of marketing"),
    ),
    row(
        "lexicon",
        "es",
        "Ana Ruiz Paz, gerenta general de Cemex, y Marta Vélez Soto, socia directora de Deloitte,"
        " hablaron.",
        Held("Ana Ruiz Paz", "Cemex", "gerenta general"),
        Held("Marta Vélez Soto", "Deloitte", "socia directora"),
    ),
    # a lower-case unit, then "and" a second post of the same person
    row(
        "lower-unit-second-post",
        "fr",
        "Luc Garnier, directeur général de la division pneus et membre du comité exécutif de"
        " Michelin, a parlé.",
        Held("Luc Garnier", "Michelin", "division pneus"),
        Held("Luc Garnier", "Michelin", "membre du comité exécutif"),
    ),
    row(
        "lower-unit-second-post",
        "es",
        "Ana Ruiz Paz, directora de la división de cementos y miembro del consejo de Cemex, habló.",
        Held("Ana Ruiz Paz", "Cemex", "división de cementos"),
        Held("Ana Ruiz Paz", "Cemex", "miembro del consejo"),
    ),
    row(
        "lower-unit-second-post",
        "en",
        "Tom Rivers, head of the retail unit and board member of Walmart, spoke.",
        Held("Tom Rivers", "Walmart", "retail unit"),
        Held("Tom Rivers", "Walmart", "board member"),
    ),
    # negative: an appointment with no organization named gives no role
    row("no-org", "en", "Tom Rivers has been appointed chief financial officer."),
    row("no-org", "fr", "Luc Garnier a été nommé directeur général la semaine dernière."),
    # the post in brackets after the name; a bracket with no post gives no role
    row(
        "bracket-post",
        "es",
        "Ana Ruiz Paz (directora de Cemex) habló.",
        Held("Ana Ruiz Paz", "Cemex", "directora"),
    ),
    row(
        "bracket-post",
        "fr",
        "Luc Garnier (directeur de Veolia) a parlé.",
        Held("Luc Garnier", "Veolia", "directeur"),
    ),
    row(
        "bracket-post",
        "en",
        "Tom Rivers (head of sales at Walmart) spoke.",
        Held("Tom Rivers", "Walmart", "head"),
    ),
    row("bracket-no-post", "es", "Ana Ruiz Paz (Cemex) habló."),
    # a capitalized title word after a name particle ends a surname, it is no post
    row(
        "surname-particle",
        "fr",
        "En France, le ministre de l'Économie, Paul Le Maire, a parlé.",
        Held("Paul Le Maire", "France", "ministre"),
    ),
    row(
        "surname-particle",
        "es",
        "En México, el canciller Luis Ramos De Alcalde habló.",
        Held("Luis Ramos De Alcalde", "Mexico", "canciller"),
    ),
    row(
        "surname-particle",
        "en",
        "In Chile, Foreign Minister Tom De Mayor spoke.",
        Held("Tom De Mayor", "Ministerio de Relaciones Exteriores de Chile", "Minister"),
    ),
    # a portfolio that runs on past the words the gazetteer knows, up to the holder's name
    row(
        "portfolio-runs-on",
        "fr",
        "En France, le ministre du Commerce extérieur, Paul Roy, a parlé.",
        Held("Paul Roy", "France", "Commerce extérieur"),
    ),
    row(
        "portfolio-runs-on",
        "es",
        "En México, el secretario de Comercio Exterior, Juan Ruiz Paz, habló.",
        Held("Juan Ruiz Paz", "Mexico", "Comercio Exterior"),
    ),
    row(
        "portfolio-runs-on",
        "en",
        "In Chile, the Minister of Foreign Trade, Tom Rivers, spoke.",
        Held("Tom Rivers", "Chile", "Foreign Trade"),
    ),
    # a commission's field is no ministry; a body's president is not the country's
    row(
        "commission-field",
        "es",
        "Ana Ruiz Paz, presidenta de la Comisión de Economía de la Cámara de Diputados, habló.",
        Held("Ana Ruiz Paz", "Cámara de Diputados", "Comisión de Economía"),
    ),
    row(
        "commission-field",
        "es",
        "En México, la presidenta de la Comisión de Economía, Ana Ruiz Paz, habló.",
    ),
    # a body named in lower case, then its place: the body, not the place's country
    row(
        "lower-body",
        "fr",
        "Paul Roy, président de l'université de Guyane, a parlé.",
        Held("Paul Roy", "Université de Guyane", "président"),
    ),
    row(
        "lower-body",
        "es",
        "Juan Ruiz Paz, rector de la universidad de Sonora, habló.",
        Held("Juan Ruiz Paz", "Universidad de Sonora", "rector"),
    ),
    row(
        "lower-body",
        "en",
        "Tom Rivers, president of the university of Texas, spoke.",
        Held("Tom Rivers", "University of Texas", "president"),
    ),
    row("lower-body-alone", "fr", "En France, Paul Roy, président du directoire, a parlé."),
    row("lower-body-alone", "es", "En México, Ana Ruiz Paz, presidenta de la junta, habló."),
    row("lower-body-alone", "en", "In Chile, Tom Rivers, president of the board, spoke."),
    # "the post is X": who holds it now
    row(
        "copula",
        "es",
        "El director general de Kavak es Juan Ruiz Paz.",
        Held("Juan Ruiz Paz", "Kavak", "director general"),
    ),
    row(
        "copula",
        "en",
        "The chief executive of Walmart is Tom Rivers.",
        Held("Tom Rivers", "Walmart", "chief executive"),
    ),
    row(
        "copula",
        "fr",
        "Le directeur général de Veolia est Paul Roy.",
        Held("Paul Roy", "Veolia", "directeur général"),
    ),
    row("copula-other", "es", "La presidenta de Cemex es amiga de Juan Ruiz Paz."),
    # "X, who serves as ...": the post after the relative clause
    row(
        "serves-as",
        "es",
        "Juan Ruiz Paz, quien funge como director de Cemex, habló.",
        Held("Juan Ruiz Paz", "Cemex", "director"),
    ),
    row(
        "serves-as",
        "en",
        "Tom Rivers, who serves as head of sales at Walmart, spoke.",
        Held("Tom Rivers", "Walmart", "head"),
    ),
    row(
        "serves-as",
        "fr",
        "Paul Roy, qui occupe le poste de directeur de Veolia, a parlé.",
        Held("Paul Roy", "Veolia", "directeur"),
    ),
    row(
        "s-possessive",
        "en",
        "Tom Rivers, Siemens' head of Latin America, spoke.",
        Held("Tom Rivers", "Siemens", "head"),
    ),
    # a demonym inside a lower-case unit is where the unit is, the company follows
    row(
        "demonym-in-unit",
        "fr",
        "Paul Roy, directeur de la filiale mexicaine de Veolia, a parlé.",
        Held("Paul Roy", "Veolia", "filiale"),
    ),
    row(
        "demonym-in-unit",
        "es",
        "Juan Ruiz Paz, director de la filial mexicana de Cemex, habló.",
        Held("Juan Ruiz Paz", "Cemex", "filial"),
    ),
    # a state body every country has, named with no country: the article's country's
    row(
        "generic-state-body",
        "en",
        "The peso fell in Argentina. Central Bank Governor Tom Rivers spoke.",
        Held("Tom Rivers", "Argentina", "Central Bank Governor"),
    ),
    row(
        "generic-state-body",
        "es",
        "El peso cayó en Argentina. El presidente del Banco Central, Juan Ruiz Paz, habló.",
        Held("Juan Ruiz Paz", "Argentina", "presidente"),
    ),
    row(
        "generic-state-body",
        "fr",
        "Le peso a chuté en Argentine. Le gouverneur de la Banque centrale, Paul Roy, a parlé.",
        Held("Paul Roy", "Argentina", "gouverneur"),
    ),
    row(
        "named-state-body",
        "es",
        "El presidente del Banco Central de Chile, Ana Ruiz Paz, habló.",
        Held("Ana Ruiz Paz", "Banco Central de Chile", "presidente"),
    ),
    # a post in an opening phrase, then the subject of the next clause: someone else
    row(
        "opening-phrase", "es", "Tras reunirse con el director de Cemex, Juan Ruiz Paz dijo que sí."
    ),
    row("opening-phrase", "fr", "Après avoir vu le directeur de Veolia, Paul Roy a déclaré oui."),
    row("opening-phrase", "en", "After meeting the CEO of Walmart, Tom Rivers said yes."),
    row(
        "opening-phrase-apposition",
        "es",
        "En la reunión, el director de Cemex, Juan Ruiz Paz, dijo que sí.",
        Held("Juan Ruiz Paz", "Cemex", "director"),
    ),
    # a lower-case unit of the post, then "chez"/"con"/"at" its company
    row(
        "lower-unit-chez",
        "fr",
        "Anne Roy, directrice de la communication chez Veolia, a parlé.",
        Held("Anne Roy", "Veolia", "communication"),
    ),
    row(
        "lower-unit-chez",
        "en",
        "Tom Rivers, head of global sales at Walmart, spoke.",
        Held("Tom Rivers", "Walmart", "global sales"),
    ),
    # a title of the lexicon that runs on into a capitalized name is cut before the name
    row(
        "title-into-name",
        "es",
        "Juan Ruiz Paz, presidente del Consejo Nacional Agropecuario, habló.",
        Held("Juan Ruiz Paz", "Consejo Nacional Agropecuario", "presidente"),
    ),
    row(
        "title-into-name",
        "es",
        "La jefa de Gobierno Ana Ruiz Paz habló en la Ciudad de México.",
        Held("Ana Ruiz Paz", "Ciudad de México", "jefa de Gobierno"),
    ),
    # an analyst or economist holds the post only where the phrase says, not at the company
    # the article is about
    row("outsider", "es", "Cemex invierte. Juan Ruiz Paz, analista de mercados, dijo que sí."),
    row("outsider", "fr", "Veolia investit. Paul Roy, économiste, a déclaré que oui."),
    row("outsider", "en", "Walmart invests. Tom Rivers, an analyst, said yes."),
    # "su rector": the school named before, not the company named after it
    row(
        "possessive-school",
        "es",
        "La Universidad de Sonora firmó con Cemex. Su rector, Juan Ruiz Paz, habló.",
        Held("Juan Ruiz Paz", "Universidad de Sonora", "rector"),
    ),
    # "Its CFO" opening a sentence: the company the article is about, not an owner named in
    # an aside of the sentence before; an organization that ends that sentence is the one
    row(
        "possessive-topic",
        "en",
        "Acme Energy will build a plant in Chile. The company, controlled by the fund Vextra"
        " Capital, earned $7 million last year. Its chief financial officer, Lorena Quilmard,"
        " said the plant would open soon.",
        Held("Lorena Quilmard", "Acme Energy", "chief financial officer"),
    ),
    row(
        "possessive-topic",
        "es",
        "Envases Ormeda invertirá 300 millones de pesos en una planta. La empresa, filial del"
        " grupo Brisco Capital, vende latas. Su director general, Mauricio Paz Treviño, habló.",
        Held("Mauricio Paz Treviño", "Envases Ormeda", "director general"),
    ),
    row(
        "possessive-topic",
        "fr",
        "Ormeda Énergie investira 50 millions d'euros au Chili. Le groupe, détenu par le fonds"
        " Vextra Capital, a vendu deux usines. Son directeur financier, Paul Quilmard, a"
        " confirmé le projet.",
        Held("Paul Quilmard", "Ormeda Énergie", "directeur financier"),
    ),
    row(
        "possessive-topic",
        "es",
        "Acme Médica abrió una planta con el apoyo de la Agencia Tarvelia de Inversiones. Su"
        " directora general, Ana Ruiz Paz, dijo que el sector crece.",
        Held("Ana Ruiz Paz", "Agencia Tarvelia de Inversiones", "directora general"),
    ),
    # "X, presidido por Y": Y holds the post the participle names at X; a board's head holds
    # the board's post at the company spoken of
    row(
        "presided-by",
        "es",
        "El Comité Cívico Tarvelino, presidido por Marco Antonio Ruiz, exigió regalías.",
        Held("Marco Antonio Ruiz", "Comité Cívico Tarvelino", "presidente"),
    ),
    row(
        "presided-by",
        "es",
        "Cementos Ormeda invertirá 90 millones de dólares. El directorio, presidido por Fernando"
        " Paz Soto, destacó la planta.",
        Held("Fernando Paz Soto", "Cementos Ormeda", "presidente del directorio"),
    ),
    row(
        "presided-by",
        "fr",
        "Acme conduira le projet avec la coopérative argentine Quilmard Unidos. La coopérative"
        " argentine, présidée par Raúl Giordano, regroupe 3 200 producteurs.",
        Held("Raúl Giordano", "Quilmard Unidos", "président"),
    ),
    row(
        "presided-by",
        "en",
        "The Brisco Mining Council, chaired by Ana Ruiz, met in Lima.",
        Held("Ana Ruiz", "Brisco Mining Council", "chair"),
    ),
    row(
        "presided-by",
        "es",
        "La Fundación Ormeda, dirigida por María Paz Gil, abrió una escuela.",
        Held("María Paz Gil", "Fundación Ormeda", "directora"),
    ),
    # "Y, who becomes chair": the relative tells Y's new post, even after another post of Y's
    row(
        "who-becomes",
        "en",
        "Acme Motors named Paul Roy as CEO, succeeding founder Jane Doe, who becomes chair of"
        " the board.",
        Held("Paul Roy", "Acme Motors", "CEO"),
        Held("Jane Doe", "Acme Motors", "founder"),
        Held("Jane Doe", "Acme Motors", "chair of the board"),
    ),
    row(
        "who-becomes",
        "es",
        "Acme Motors nombró a Paul Roy, quien se convierte en director general.",
        Held("Paul Roy", "Acme Motors", "director general"),
    ),
    row(
        "who-becomes",
        "fr",
        "Le groupe Vextra a nommé Paul Roy, qui devient directeur général.",
        Held("Paul Roy", "Vextra", "directeur général"),
    ),
    # "X, whose CEO, Y", "X, cuyo presidente, Y", "X, dont le directeur, Y": Y's post is X's
    row(
        "whose-post",
        "fr",
        "Le groupe Vextra a signé le contrat avec la société Aguas del Tarvel, dont le directeur"
        " général, Paul Roy Díaz, a salué l'accord.",
        Held("Paul Roy Díaz", "Aguas del Tarvel", "directeur général"),
    ),
    row(
        "whose-post",
        "es",
        "El acuerdo se firmó con Aguas del Tarvel, cuya presidenta, Ana Ruiz Paz, celebró el"
        " convenio.",
        Held("Ana Ruiz Paz", "Aguas del Tarvel", "presidenta"),
    ),
    row(
        "whose-post",
        "en",
        "The deal was signed with Vextra Gold, whose chief executive, Jane Doe, welcomed it.",
        Held("Jane Doe", "Vextra Gold", "chief executive"),
    ),
    # "de la province", "de la provincia", "of the province": the province the article is about
    row(
        "province-scope",
        "fr",
        "Acme investira dans la province de Mendoza. La ministre de la Production de la province,"
        " Laura Paz, a présenté le projet.",
        Held("Laura Paz", "Mendoza", "ministre"),
    ),
    row(
        "province-scope",
        "es",
        "Acme invertirá en la provincia de Mendoza. El ministro de Producción de la provincia,"
        " Pablo Ruiz Díaz, presentó el proyecto.",
        Held("Pablo Ruiz Díaz", "Mendoza", "ministro"),
    ),
    row(
        "province-scope",
        "en",
        "Acme will invest in Mendoza province. The production minister of the province, Paul"
        " Roy, presented the project.",
        Held("Paul Roy", "Mendoza", "minister"),
    ),
    # beside the mayor, a secretary of a portfolio the national government lacks: the city's
    row(
        "city-secretary",
        "es",
        "Acme abrirá una oficina en Medellín. El alcalde Luis Paz Gil y la secretaria de"
        " Desarrollo Económico, Ana Ruiz Soto, asistieron a la firma.",
        Held("Luis Paz Gil", "Medellín", "alcalde"),
        Held("Ana Ruiz Soto", "Medellín", "secretaria"),
    ),
    row(
        "city-secretary",
        "en",
        "Acme will open an office in Medellín. Mayor Luis Paz and the secretary of Economic"
        " Development, Ana Ruiz, attended the signing.",
        Held("Luis Paz", "Medellín", "Mayor"),
        Held("Ana Ruiz", "Medellín", "secretary"),
    ),
    row(
        "city-secretary",
        "fr",
        "Acme ouvrira un bureau à Medellín. Le maire Luis Paz et la secrétaire au Développement"
        " économique, Ana Ruiz, ont assisté à la signature.",
        Held("Luis Paz", "Medellín", "maire"),
        Held("Ana Ruiz", "Medellín", "secrétaire"),
    ),
    # a portfolio, then "de" and a state's name the data package knows only beside a cue
    row(
        "portfolio-of-state",
        "es",
        "El ministro de Desarrollo Productivo de Santa Fe, Pablo Ruiz Díaz, habló.",
        Held("Pablo Ruiz Díaz", "Santa Fe", "ministro"),
    ),
    row(
        "portfolio-of-state",
        "en",
        "The Minister of Economy of Santa Fe, Pablo Ruiz, spoke.",
        Held("Pablo Ruiz", "Santa Fe", "Minister"),
    ),
    row(
        "portfolio-of-state",
        "fr",
        "Le ministre de la Production de Santa Fe, Pablo Ruiz Díaz, a parlé.",
        Held("Pablo Ruiz Díaz", "Santa Fe", "ministre"),
    ),
    # "who remains", "quien sigue siendo", "qui reste": a post still held; a bare "president"
    # of someone who holds a company's post in the sentence is that company's
    row(
        "who-remains",
        "en",
        "Vextra Gold will open a mine in Peru. Jane Doe, who remains chief executive, will lead"
        " it.",
        Held("Jane Doe", "Vextra Gold", "chief executive"),
    ),
    row(
        "who-remains",
        "es",
        "Vextra Foods abrirá una planta. Su fundadora, Ana Ruiz Paz, quien sigue siendo"
        " presidenta, lo confirmó.",
        Held("Ana Ruiz Paz", "Vextra Foods", "fundadora"),
        Held("Ana Ruiz Paz", "Vextra Foods", "presidenta"),
    ),
    row(
        "who-remains",
        "fr",
        "Le groupe Vextra construira une usine. Son fondateur, Paul Roy, qui reste président, l'a"
        " confirmé.",
        Held("Paul Roy", "Vextra", "fondateur"),
        Held("Paul Roy", "Vextra", "président"),
    ),
    # "X, su vicepresidenta ... para México, Y": the person is the one after the possessive
    # post; the region it covers is no organization, nor its unit a ministry's portfolio
    row(
        "possessive-regional-post",
        "es",
        "Por parte de Mesquite Capital, su vicepresidenta de Inversiones para México, Dana"
        " Holcomb, dijo que el fondo aportará el capital.",
        Held("Dana Holcomb", "Mesquite Capital", "vicepresidenta"),
    ),
    row(
        "possessive-regional-post",
        "en",
        "For Vextra Gold, its vice president of investments for Mexico, Jane Doe, said the fund"
        " would invest.",
        Held("Jane Doe", "Vextra Gold", "vice president"),
    ),
    row(
        "possessive-regional-post",
        "fr",
        "Pour le groupe Vextra, sa directrice des investissements pour le Mexique, Jeanne Roy, a"
        " parlé.",
        Held("Jeanne Roy", "Vextra", "directrice"),
    ),
    # an aside between the name and its verb of being: what the person is, since when
    row(
        "aside-before-post",
        "en",
        "Acme Motors will build a mill. Jane Doe, an engineer, is the company's chief technology"
        " officer.",
        Held("Jane Doe", "Acme Motors", "chief technology officer"),
    ),
    row(
        "aside-before-post",
        "es",
        "Acme Motors abrirá una planta. Ana Ruiz Paz es, desde enero, la directora de tecnología"
        " de la empresa.",
        Held("Ana Ruiz Paz", "Acme Motors", "directora"),
    ),
    row(
        "aside-before-post",
        "fr",
        "Le groupe Vextra construira une usine. Hélène Roy est, depuis mars, directrice Amérique"
        " du Sud du groupe Vextra.",
        Held("Hélène Roy", "Vextra", "directrice"),
    ),
    # a region's president (a Peruvian regional governor) holds a post of the region
    row(
        "regional-president",
        "fr",
        "La présidente de la région de Cajamarca, Nelly Paz Roy, a parlé.",
        Held("Nelly Paz Roy", "Cajamarca", "présidente"),
    ),
    row(
        "regional-president",
        "es",
        "La presidenta regional de Cajamarca, Nelly Paz Roy, habló.",
        Held("Nelly Paz Roy", "Cajamarca", "presidenta regional"),
    ),
    row(
        "regional-president",
        "en",
        "The regional president of Cajamarca, Pablo Ruiz, spoke.",
        Held("Pablo Ruiz", "Cajamarca", "regional president"),
    ),
    # "X, who heads Y", "X, quien dirige Y", "X, à la tête d'Y": X holds the head's post at Y
    row(
        "heads",
        "en",
        "Jane Doe, who heads Acme Motors, said sales rose.",
        Held("Jane Doe", "Acme Motors", "head"),
    ),
    row(
        "heads",
        "es",
        "Ana Paz Ruiz, quien dirige Acme Motors, dijo que las ventas crecen.",
        Held("Ana Paz Ruiz", "Acme Motors", "directora"),
    ),
    row(
        "heads",
        "fr",
        "Paul Roy, à la tête d'Acme Motors depuis 2019, a annoncé l'usine.",
        Held("Paul Roy", "Acme Motors", "directeur"),
    ),
    # ... with a company noun before the name, and verbs of taking the head's post
    row(
        "heads-taken",
        "fr",
        "Paul Roy, à la tête du groupe Zorbel depuis 2019, a annoncé l'usine. Paul Garnier "
        "prend la tête de la société Vextra.",
        Held("Paul Roy", "Zorbel", "directeur"),
        Held("Paul Garnier", "Vextra", "directeur"),
    ),
    row(
        "heads-taken",
        "es",
        "Ana Paz Ruiz asumió la presidencia de la empresa Zorbel en mayo. Luis Ruiz Paz encabeza "
        "la compañía Vextra desde 2020.",
        Held("Ana Paz Ruiz", "Zorbel", "presidenta"),
        Held("Luis Ruiz Paz", "Vextra", "director"),
    ),
    row(
        "heads-taken",
        "en",
        "Tom Rivers took the helm of Zorbel Corp in May. Anna Brooks assumed the presidency of "
        "Vextra Inc last year.",
        Held("Tom Rivers", "Zorbel Corp", "head"),
        Held("Anna Brooks", "Vextra Inc", "president"),
    ),
    # "X takes over from Y as ...": X takes the post
    row(
        "takes-over-from",
        "en",
        "Tom Rivers takes over from John Smith as chief executive of Zorbel Corp.",
        Held("Tom Rivers", "Zorbel Corp", "chief executive"),
        Held("John Smith", "Zorbel Corp", "chief executive"),
    ),
    row(
        "takes-over-from",
        "es",
        "Luis Ruiz Paz toma el relevo de Pablo Ríos Cano como director general de Zorbel.",
        Held("Luis Ruiz Paz", "Zorbel", "director general"),
        Held("Pablo Ríos Cano", "Zorbel", "director general"),
    ),
    row(
        "takes-over-from",
        "fr",
        "Paul Roy prend la relève de Luc Garnier comme directeur général de Zorbel.",
        Held("Paul Roy", "Zorbel", "directeur général"),
        Held("Luc Garnier", "Zorbel", "directeur général"),
    ),
    # "X succeeds Y at the head of Z": the post is X's, not Y's
    row(
        "heads-succeeded",
        "fr",
        "Paul Roy succède à Luc Garnier à la tête du groupe Zorbel.",
        Held("Paul Roy", "Zorbel", "directeur"),
    ),
    row(
        "heads-succeeded",
        "es",
        "Luis Ruiz Paz sucede a Pablo Ríos Cano al frente de la empresa Zorbel.",
        Held("Luis Ruiz Paz", "Zorbel", "director"),
    ),
    row(
        "heads-succeeded",
        "en",
        "Tom Rivers succeeds John Smith at the helm of Zorbel Corp.",
        Held("Tom Rivers", "Zorbel Corp", "head"),
    ),
    # a post of a company's unit in a country: the company's, not the country's
    row(
        "country-unit",
        "en",
        "Korean maker Vextra Electric will build a plant. Kim Soo-yeon will become president of "
        "the new Mexican unit on March 1.",
        Held("Kim Soo-yeon", "Vextra Electric", "president"),
    ),
    row(
        "country-unit",
        "es",
        "La coreana Vextra Electric construirá una planta. Kim Soo-yeon será presidenta de la "
        "nueva filial mexicana.",
        Held("Kim Soo-yeon", "Vextra Electric", "presidenta"),
    ),
    row(
        "country-unit",
        "fr",
        "Le coréen Vextra Electric construira une usine. Kim Soo-yeon sera présidente de la "
        "nouvelle filiale mexicaine.",
        Held("Kim Soo-yeon", "Vextra Electric", "présidente"),
    ),
    # a company the article names right before "President": the company's president; an
    # unknown name there leaves the country's post
    row(
        "company-president",
        "en",
        "Neuquén's provincial company GyP will join. GyP President Luis Paz Gil said it would.",
        Held("Luis Paz Gil", "GyP", "President"),
    ),
    row(
        "company-president",
        "en",
        "Argentina will host the plant. Argentine President Luis Paz Gil said it would.",
        Held("Luis Paz Gil", "Argentina", "President"),
    ),
    # "del departamento": a post of the department the article names, not of the country
    row(
        "department-scope",
        "es",
        "Vextra construirá un puerto en Barranquilla, Atlántico. La secretaria de Desarrollo "
        "Económico del departamento, Ana Paz Gil, habló.",
        Held("Ana Paz Gil", "Atlántico", "secretaria"),
    ),
    # a time between the verb of heading and the organization: "dirige depuis 2024 X"
    row(
        "heads-since",
        "fr",
        "Paul Roy dirige depuis 2024 la société Acme Fruits, filiale du groupe Ormeda.",
        Held("Paul Roy", "Acme Fruits", "directeur"),
    ),
    row(
        "heads-since",
        "es",
        "Ana Paz Ruiz dirige desde octubre la empresa Acme Energía, según el comunicado.",
        Held("Ana Paz Ruiz", "Acme Energía", "directora"),
    ),
    # "founded by", "fundada por", "fondé par": the founder of the organization before it, or
    # of the company the article is about after a company's noun
    row(
        "founded-by",
        "en",
        "Vextra Gold, founded by Jane Doe in 1998, will open a mine.",
        Held("Jane Doe", "Vextra Gold", "founder"),
    ),
    row(
        "founded-by",
        "es",
        "Acme Energía abrirá una planta en Guatemala. Es una empresa guatemalteca fundada por"
        " Álvaro Ruiz Paz.",
        Held("Álvaro Ruiz Paz", "Acme Energía", "fundador"),
    ),
    row(
        "founded-by",
        "fr",
        "Le groupe Vextra, fondé par Paul Roy, construira une usine.",
        Held("Paul Roy", "Vextra", "fondateur"),
    ),
    # a minister of several fields: the fields after the first are the post's
    row(
        "several-fields",
        "fr",
        "Port-au-Prince. Le ministre des Travaux publics, Transports et Communications, Paul Roy,"
        " a assisté à la signature en Haïti.",
        Held("Paul Roy", "Haiti", "ministre"),
    ),
    row(
        "several-fields",
        "fr",
        "La Havane. La ministre du Commerce extérieur et de l'Investissement étranger, Ana Ruiz"
        " Paz, a présidé la cérémonie à Cuba.",
        Held("Ana Ruiz Paz", "Cuba", "ministre"),
    ),
    row(
        "several-fields",
        "es",
        "Tegucigalpa. El ministro de Infraestructura, Transporte y Comunicaciones, Pablo Ruiz"
        " Díaz, asistió a la firma en Honduras.",
        Held("Pablo Ruiz Díaz", "Honduras", "ministro"),
    ),
    row(
        "several-fields",
        "en",
        "Port-au-Prince. The minister of Public Works, Transport and Communications, Paul Roy,"
        " attended the signing in Haiti.",
        Held("Paul Roy", "Haiti", "minister"),
    ),
    # Chile's regional posts: a seremi and a regional presidential delegate hold the region's
    row(
        "chilean-regional-posts",
        "es",
        "Antofagasta. Asistió la seremi de Energía de Antofagasta, Ana Ruiz Paz, y el delegado"
        " presidencial regional, Pablo Ruiz Díaz, en Chile.",
        Held("Ana Ruiz Paz", "Antofagasta", "seremi"),
        Held("Pablo Ruiz Díaz", "Antofagasta", "delegado presidencial regional"),
    ),
    row(
        "chilean-regional-posts",
        "fr",
        "Antofagasta. La déléguée présidentielle régionale, Ana Ruiz Paz, a assisté à la"
        " signature au Chili.",
        Held("Ana Ruiz Paz", "Antofagasta", "déléguée présidentielle régionale"),
    ),
    row(
        "chilean-regional-posts",
        "en",
        "Antofagasta. The regional presidential delegate, Paul Roy, attended the signing in"
        " Chile.",
        Held("Paul Roy", "Antofagasta", "regional presidential delegate"),
    ),
    # a portfolio word before a place is no company's trade word: "ministro de Energía de Chile"
    row(
        "portfolio-not-trade",
        "es",
        "La secretaria de Energía de Sonora, Ana Ruiz Paz, habló.",
        Held("Ana Ruiz Paz", "Sonora", "secretaria"),
    ),
    # a site or area noun before a name (Spanish, French): the name is the post's site
    row(
        "site-noun-first",
        "fr",
        "Aqualis Ormeda investira. La directrice de la zone Amériques d'Aqualis Ormeda, Sandrine"
        " Roy, a parlé.",
        Held("Sandrine Roy", "Aqualis Ormeda", "directrice"),
    ),
    row(
        "site-noun-first",
        "es",
        "Cemex crecerá. El gerente de la planta San Isidro de Cemex, Tomás Paz, habló.",
        Held("Tomás Paz", "Cemex", "gerente"),
    ),
    # a description noun between the post and the organization's name
    row(
        "described-org",
        "en",
        "The deal was signed by the chief executive of the miner Vextra Gold, Ana Ruiz.",
        Held("Ana Ruiz", "Vextra Gold", "chief executive"),
    ),
    row(
        "described-org",
        "es",
        "Firmó el director general de la minera Vextra Gold, Juan Ruiz Paz.",
        Held("Juan Ruiz Paz", "Vextra Gold", "director general"),
    ),
    row(
        "described-org",
        "fr",
        "L'accord a été signé par le directeur de l'équipementier Quilmard Auto, Paul Roy.",
        Held("Paul Roy", "Quilmard Auto", "directeur"),
    ),
    # governors and mayors listed with their states or cities, each one's person after it
    row(
        "listed-governors",
        "es",
        "Asistieron los gobernadores de Sonora, Alfonso Ruiz, y de Chihuahua, María Paz.",
        Held("Alfonso Ruiz", "Sonora", "gobernador"),
        Held("María Paz", "Chihuahua", "gobernador"),
    ),
    row(
        "listed-governors",
        "en",
        "The governors of Sonora, Alfonso Ruiz, and of Chihuahua, María Paz, attended.",
        Held("Alfonso Ruiz", "Sonora", "governor"),
        Held("María Paz", "Chihuahua", "governor"),
    ),
    row(
        "listed-governors",
        "fr",
        "Étaient présents les maires de Monterrey, Paul Roy, et de Guadalajara, Anne Roy.",
        Held("Paul Roy", "Monterrey", "maire"),
        Held("Anne Roy", "Guadalajara", "maire"),
    ),
    row(
        "listed-governors-not-places",
        "es",
        "Asistieron los gobernadores de Sonora, Alfonso Ruiz, y de Hacienda, María Paz.",
    ),
    # a federal body's delegate "in" a state is the body's, not the state's
    row(
        "body-delegate-in-state",
        "es",
        "El delegado de la Secretaría de Bienestar en Sonora, Juan Ruiz Paz, asistió.",
        Held("Juan Ruiz Paz", "Secretaría de Bienestar", "delegado"),
    ),
    row(
        "state-office",
        "es",
        "Juan Ruiz Paz, titular de la Secretaría de Economía de Sonora, asistió.",
        Held("Juan Ruiz Paz", "Secretaría de Economía de Sonora", "titular"),
    ),
    row("outsider", "es", "Juan Ruiz Paz, asesor del presidente, dijo que Cemex crecerá."),
    row(
        "cabinet-chief",
        "es",
        "El jefe de Gabinete, Juan Ruiz Paz, firmó en Argentina.",
        Held("Juan Ruiz Paz", "Argentina", "jefe de Gabinete"),
    ),
    # researchers and economists of an organization
    row(
        "researcher",
        "es",
        "Juan Ruiz Paz, investigador de la UNAM, habló.",
        Held("Juan Ruiz Paz", "Universidad Nacional Autónoma de México", "investigador"),
    ),
    row(
        "researcher",
        "fr",
        "Paul Roy, économiste en chef de BNP Paribas, a parlé.",
        Held("Paul Roy", "BNP Paribas", "économiste en chef"),
    ),
    row(
        "researcher",
        "en",
        "Tom Rivers, chief economist at Banorte, spoke.",
        Held("Tom Rivers", "Banorte", "chief economist"),
    ),
    # a unit's name and the company's read as one name: the company after the unit
    row(
        "unit-of-company",
        "es",
        "El director de Operaciones de Ormeda, Luis Pérez, visitó la planta.",
        Held("Luis Pérez", "Ormeda", "Operaciones"),
    ),
    row(
        "unit-of-company",
        "es",
        "Carlos Mendoza, director de Relaciones Institucionales de Tarvelia, habló.",
        Held("Carlos Mendoza", "Tarvelia", "Relaciones Institucionales"),
    ),
    row(
        "unit-of-company",
        "en",
        "Tom Rivers, Vice President of Sales of Quilmard, spoke.",
        Held("Tom Rivers", "Quilmard", "Sales"),
    ),
    # a lower-case unit, then an elided "d'" and the company
    row(
        "elided-company",
        "fr",
        "Claire Dubois, directrice des opérations d'Ormeda, a parlé.",
        Held("Claire Dubois", "Ormeda", "opérations"),
    ),
    # an organization's head word alone, lower-case words of its name after it: no role
    row(
        "cut-name",
        "fr",
        "Le président de la Conférence des recteurs et présidents d'Institut, Paul Roy, a parlé.",
    ),
    # an apposition set off by dashes
    row(
        "dash-apposition",
        "es",
        "Pablo Ruiz —director de Vextra— explicó la estrategia.",
        Held("Pablo Ruiz", "Vextra", "director"),
    ),
    row(
        "dash-apposition",
        "fr",
        "Pierre Martin – directeur de Vextra – a expliqué la stratégie.",
        Held("Pierre Martin", "Vextra", "directeur"),
    ),
    # words of the post after the title: "technique", "legal", "general"
    row(
        "words-after",
        "fr",
        "Pierre Martin, cofondateur et directeur technique de Vextra, a parlé.",
        Held("Pierre Martin", "Vextra", "cofondateur"),
        Held("Pierre Martin", "Vextra", "directeur technique"),
    ),
    row(
        "words-after",
        "es",
        "Pablo Ruiz, representante legal de Vextra, habló.",
        Held("Pablo Ruiz", "Vextra", "representante legal"),
    ),
    row(
        "words-after",
        "es",
        "Pablo Ruiz, subdirector general de Vextra, habló.",
        Held("Pablo Ruiz", "Vextra", "subdirector general"),
    ),
    # the post's field in lower case after "chargé de", "encargado de"
    row(
        "charged-field",
        "fr",
        "Pierre Martin, vice-président exécutif chargé des finances de Vextra, a parlé.",
        Held("Pierre Martin", "Vextra", "chargé des finances"),
    ),
    row(
        "charged-field",
        "es",
        "Pablo Ruiz, vicepresidente encargado de operaciones de Vextra, habló.",
        Held("Pablo Ruiz", "Vextra", "encargado de operaciones"),
    ),
    row(
        "charged-field",
        "en",
        "Tom Rivers, vice president in charge of sales at Vextra, spoke.",
        Held("Tom Rivers", "Vextra", "in charge of sales"),
    ),
    # titles of the lexicon: gérant, chargé d'affaires
    row(
        "lexicon",
        "fr",
        "Pierre Martin, gérant de Vextra, a parlé.",
        Held("Pierre Martin", "Vextra", "gérant"),
    ),
    row(
        "lexicon",
        "en",
        "Ana Soto, general counsel at Ormeda, spoke.",
        Held("Ana Soto", "Ormeda", "general counsel"),
    ),
    # a possessive with a straight apostrophe before the title
    row(
        "straight-possessive",
        "en",
        '"We are thrilled," said Ana Soto, Ormeda\'s vice president of operations.',
        Held("Ana Soto", "Ormeda", "vice president"),
    ),
    # a state body no gazetteer knows, its acronym, then the state: a post of the state
    row(
        "state-body",
        "es",
        "Ana Paz, titular de la Secretaría de Desarrollo Rural (Sedeter) de Jalisco, habló.",
        Held("Ana Paz", "Jalisco", "titular"),
    ),
    # a school's head with no school in the phrase: the school named last, never a company
    row(
        "school-head",
        "es",
        "La Universidad Ormeda abrirá una carrera con Vextra Energía. El rector de la"
        " institución, Juan Paz Gil, habló.",
        Held("Juan Paz Gil", "Universidad Ormeda", "rector"),
    ),
    row("school-head-none", "es", "Vextra Energía abrirá una planta. El rector, Juan Paz, habló."),
    # coordinated words of a post and its abbreviation in brackets, then the holder
    row(
        "coordinated-modifiers",
        "fr",
        "Ormeda investira au Mexique. Son directeur administratif et financier (CFO), Paul Roy,"
        " a parlé.",
        Held("Paul Roy", "Ormeda", "financier"),
    ),
    # a name before a site or area noun names the site, not the organization
    row(
        "site-of-post",
        "en",
        "Vextra Medical will expand. Tom Reyes, general manager of the Rio Claro plant, spoke.",
        Held("Tom Reyes", "Vextra Medical", "general manager"),
    ),
    row(
        "area-of-post",
        "en",
        "Ormeda Energy will build a wind farm. Ana Paz, director for the Andean region at Ormeda"
        " Energy, spoke.",
        Held("Ana Paz", "Ormeda Energy", "director"),
    ),
    # a province's prefect governs it; an intendant and a municipal president run a town
    row(
        "prefect",
        "es",
        "Machala. Ormeda invertirá en Ecuador. Habló la prefecta de El Oro, Ana Paz Gil.",
        Held("Ana Paz Gil", "El Oro", "prefecta"),
    ),
    row(
        "intendant",
        "fr",
        "Mendoza. Vextra investira en Argentine. L'intendant de Tupungato, Paul Roy, a parlé.",
        Held("Paul Roy", "Tupungato", "intendant"),
    ),
    row(
        "municipal-president",
        "fr",
        "Puebla. Ormeda a signé un accord avec la ville, selon la présidente municipale de"
        " Puebla, Anne Roy.",
        Held("Anne Roy", "Puebla", "présidente municipale"),
    ),
    # a word before a known place that makes with it a division's name ('Alto' + 'Paraná')
    row(
        "split-division",
        "es",
        "Ciudad del Este. Vextra invertirá en Paraguay. El gobernador de Alto Paraná, Juan Paz"
        " Gil, habló.",
        Held("Juan Paz Gil", "Alto Paraná", "gobernador"),
    ),
    # a state's demonym after a governor's title: the state's governor, not the country's
    row(
        "governor-demonym",
        "es",
        "La empresa Vextra abrirá una planta en Hermosillo. El gobernador sonorense, Ana Paz"
        " Gil, celebró el anuncio.",
        Held("Ana Paz Gil", "Sonora", "gobernador"),
    ),
    row(
        "governor-demonym",
        "es",
        "Ormeda invertirá en Jalisco y en Sonora. La gobernadora jalisciense, Ana Paz Gil,"
        " habló.",
        Held("Ana Paz Gil", "Jalisco", "gobernadora"),
    ),
    # "provincial", like "estatal": a portfolio of the province's government
    row(
        "provincial-portfolio",
        "es",
        "Mendoza. Vextra Energía invertirá en la provincia de Mendoza. La ministra de Energía"
        " provincial, Ana Paz Gil, habló.",
        Held("Ana Paz Gil", "Mendoza", "ministra"),
    ),
    # a description noun after the post ('du fonds', 'de la minera', 'of the fund'): of the
    # organizations named before, the one whose name has that noun, not the last one named
    row(
        "description-noun",
        "fr",
        "Le Fonds Vextra investira au Pérou avec Ormeda Construction. La présidente du fonds,"
        " Anne Roy, était présente.",
        Held("Anne Roy", "Fonds Vextra", "présidente"),
    ),
    row(
        "description-noun",
        "es",
        "La Minera Tarvelia firmó un contrato con Ormeda Ingeniería. El director general de la"
        " minera, Juan Paz, habló en Lima.",
        Held("Juan Paz", "Minera Tarvelia", "director general"),
    ),
    row(
        "description-noun",
        "en",
        "The Vextra Fund hired Ormeda Corporation for the road. The president of the fund,"
        " Tom Reyes, spoke in Lima.",
        Held("Tom Reyes", "Vextra Fund", "president"),
    ),
    # a state cabinet's undersecretary, in a sentence that names only the state: the state's
    # (written "subsecretaria", the post, not the office "subsecretaría")
    row(
        "state-undersecretary",
        "es",
        "En Durango, el gobernador designó a Ana Ormeda como subsecretaria de Industria y"
        " Comercio.",
        Held("Ana Ormeda", "Durango", "subsecretaria"),
    ),
    row(
        "state-undersecretary",
        "en",
        "In Sonora, the undersecretary of Industry, Ana Ormeda, opened the fair.",
        Held("Ana Ormeda", "Sonora", "undersecretary"),
    ),
    row(
        "state-undersecretary",
        "fr",
        "À Monterrey, au Nuevo León, la sous-secrétaire à l'Industrie, Ana Ormeda, a ouvert le"
        " salon.",
        Held("Ana Ormeda", "Nuevo León", "sous-secrétaire"),
    ),
    # the state government's general secretary, and a unit "de la administración estatal"
    row(
        "state-government-post",
        "es",
        "En Durango, la secretaria general de Gobierno, Lorena Ormeda, leyó los nombramientos.",
        Held("Lorena Ormeda", "Durango", "secretaria general"),
    ),
    row(
        "state-government-post",
        "es",
        "En Durango, Claudia Ormeda fue designada coordinadora general de Proyectos Estratégicos"
        " de la administración estatal.",
        Held("Claudia Ormeda", "Durango", "coordinadora general"),
    ),
    # a local deputy sits in the state's congress; a body's chapter in a city is the body's
    row(
        "local-deputy",
        "es",
        "En Reynosa, Tamaulipas, habló la diputada local Yolanda Ormeda.",
        Held("Yolanda Ormeda", "Tamaulipas", "diputada local"),
    ),
    row(
        "chapter",
        "es",
        "En Reynosa, Tamaulipas, habló el presidente de la Canacintra Reynosa, Luis Ormeda.",
        Held("Luis Ormeda", "Cámara Nacional de la Industria de Transformación", "presidente"),
    ),
    row(
        "chapter",
        "en",
        "In Monterrey, the president of Coparmex Monterrey, Luis Ormeda, spoke.",
        Held("Luis Ormeda", "Confederación Patronal de la República Mexicana", "president"),
    ),
    # a unit named with adjectives of scope is the post's, not an organization
    row(
        "global-unit",
        "es",
        "Por parte de Vextra Systems llegaron el director general de Vextra, Juan Ormeda, y la"
        " vicepresidenta de Operaciones Globales, Karen Brisco.",
        Held("Juan Ormeda", "Vextra Systems", "director general"),
        Held("Karen Brisco", "Vextra Systems", "vicepresidenta"),
    ),
    row(
        "global-unit",
        "fr",
        "Pour Vextra Systems étaient là le directeur général de Vextra, Jean Ormeda, et la"
        " directrice des Opérations internationales, Claire Brisco.",
        Held("Jean Ormeda", "Vextra Systems", "directeur général"),
        Held("Claire Brisco", "Vextra Systems", "directrice"),
    ),
    # a minister's second field is a common noun the gazetteer need not list
    row(
        "second-field",
        "fr",
        "Port-au-Prince. Était présent le Ministre de l'Éducation nationale et de la Formation"
        " professionnelle, M. Gérald Ormeda.",
        Held("Gérald Ormeda", "Haiti", "Formation professionnelle"),
    ),
    row(
        "second-field",
        "es",
        "Quito. Habló la ministra de Turismo y de Planificación, Ana Ormeda.",
        Held("Ana Ormeda", "Ecuador", "Planificación"),
    ),
    row(
        "second-field",
        "en",
        "Kingston. The Minister of Education and Innovation, John Ormeda, spoke.",
        Held("John Ormeda", "Jamaica", "Innovation"),
    ),
    # a unit with a lower-case complement ("au développement") before the body's name
    row(
        "unit-complement",
        "fr",
        "Port-au-Prince. Était présente la Directrice de la Coopération au développement de"
        " l'ARES, Mme Nathalie Ormeda.",
        Held("Nathalie Ormeda", "ARES", "Coopération"),
    ),
    row(
        "prorector",
        "fr",
        "Louvain. Le Prorecteur à l'international de l'Université de Namur, M. Olivier Ormeda,"
        " a signé.",
        Held("Olivier Ormeda", "Université de Namur", "Prorecteur"),
    ),
    # a demonym set before the name after a post: "..., el italiano X"
    row(
        "demonym-apposition",
        "es",
        "Hablaron el director general de Vextra para América del Sur, el italiano Marco Ormeda,"
        " y otros.",
        Held("Marco Ormeda", "Vextra", "director general"),
    ),
    row(
        "demonym-apposition",
        "fr",
        "Ont parlé le directeur général de Vextra pour l'Amérique du Sud, l'Italien Marco"
        " Ormeda, et d'autres.",
        Held("Marco Ormeda", "Vextra", "directeur général"),
    ),
    # an ambassador "of" one country "in" another: the sender's, the host named after
    row(
        "ambassador-host",
        "es",
        "También estuvo presente el embajador de Italia en la Argentina, Marco Ormeda.",
        Held("Marco Ormeda", "Italy", "embajador"),
    ),
    row(
        "ambassador-host",
        "fr",
        "Était présent l'ambassadeur d'Italie au Brésil, Marco Ormeda.",
        Held("Marco Ormeda", "Italy", "ambassadeur"),
    ),
    # a school's regional branch between the post and the school
    row(
        "regional-branch",
        "es",
        "Firmaron la decana de la regional Córdoba de la UTN, Silvina Ormeda, y otros.",
        Held("Silvina Ormeda", "Universidad Tecnológica Nacional", "decana"),
    ),
    # a town whose name reads like a person's, after a mayor's title and "de"
    row(
        "town-like-person",
        "es",
        "El intendente de Marcos Juárez, Pablo Ormeda, anticipó que cederá un predio.",
        Held("Pablo Ormeda", "Marcos Juárez", "intendente"),
    ),
    # an acronym the article defines for another name is that name's, not a known body's
    row(
        "acronym-redefined",
        "fr",
        "Le contrat a été signé avec l'Empresa de los Ferrocarriles del Estado (EFE). Ont signé"
        " le président du conseil d'administration de l'EFE, M. Pedro Ormeda, et d'autres.",
        Held("Pedro Ormeda", "Empresa de los Ferrocarriles del Estado", "président"),
    ),
    # a state's secretary "de l'Amapá": the state's, its elided article notwithstanding
    row(
        "state-secretary-elided",
        "fr",
        "À Cayenne, la secrétaire d'État à l'Éducation de l'Amapá, Mme Rosa Ormeda, a signé.",
        Held("Rosa Ormeda", "Amapá", "secrétaire d'État"),
    ),
    # a site noun before an English title, after a possessive and a place: the post's words
    row(
        "site-before-title",
        "en",
        "The MOU was signed by Brisco Mining and Vextra's Antofagasta campus director Rolando"
        " Ormeda.",
        Held("Rolando Ormeda", "Vextra", "campus director"),
    ),
    row(
        "site-before-title",
        "en",
        "The deal was signed by Brisco Mining and Vextra's Monterrey plant director Ana Ormeda.",
        Held("Ana Ormeda", "Vextra", "plant director"),
    ),
    # Spanish "e" for "y" before an i-word joins a name; a district mayor is his district's
    row(
        "e-connector",
        "es",
        "Asistió la presidenta de la Cámara de Comercio e Industria de Arequipa, Patricia Ormeda.",
        Held("Patricia Ormeda", "Cámara de Comercio e Industria de Arequipa", "presidenta"),
    ),
    row(
        "district-mayor",
        "es",
        "Asistió el alcalde distrital de Cerro Colorado, Elvis Ormeda.",
        Held("Elvis Ormeda", "Cerro Colorado", "alcalde distrital"),
    ),
    # a sentence that opens on "Former" before a company's name: the word is the post's
    row(
        "former-opening",
        "en",
        "Former Ormeda Corp executive Ana Brisco will lead the plant.",
        Held("Ana Brisco", "Ormeda Corp", "executive"),
    ),
    # a post told with a verb of becoming or of promotion before it
    row(
        "promoted",
        "en",
        "Vextra Corp said Ana Brisco would become head of its Latin America business.",
        Held("Ana Brisco", "Vextra Corp", "head"),
    ),
    row(
        "promoted",
        "en",
        "Ana Brisco has been promoted to president of Vextra Corp.",
        Held("Ana Brisco", "Vextra Corp", "president"),
    ),
    row(
        "promoted",
        "es",
        "Ana Brisco fue ascendida a directora general de Vextra Corp.",
        Held("Ana Brisco", "Vextra Corp", "directora general"),
    ),
    row(
        "promoted",
        "fr",
        "Ana Brisco a été promue au poste de directrice générale de Vextra Corp.",
        Held("Ana Brisco", "Vextra Corp", "directrice générale"),
    ),
    # a company that names someone president: its president, not the country's
    row(
        "company-names-president",
        "en",
        "In Buenos Aires, snack maker Brennick Foods has named Valeria Ormeda as president of its"
        " South America division.",
        Held("Valeria Ormeda", "Brennick Foods", "president"),
    ),
    row(
        "company-names-president",
        "es",
        "En Buenos Aires, la empresa Brennick Foods nombró a Valeria Ormeda como presidenta de su"
        " división sudamericana.",
        Held("Valeria Ormeda", "Brennick Foods", "presidenta"),
    ),
    # the bare title told again of the same person: the same post, not the country's
    row(
        "bare-repeat",
        "es",
        "En Reynosa, Tamaulipas, habló la subsecretaria de Promoción de Inversiones, Mónica"
        " Ormeda. La subsecretaria Mónica Ormeda informó que llegaron 31 empresas.",
        Held("Mónica Ormeda", "Tamaulipas", "subsecretaria"),
    ),
    # Spanish "a" before a post is "to": the post is someone else's, not the name's before it
    row(
        "preposition-a",
        "es",
        "Toma protesta Ormeda Brisco a nuevo secretario de Turismo de Durango.",
    ),
    # an organization "led by" the title of the person after it: that person's post there,
    # though the name is typed by nothing else
    row(
        "led-by",
        "en",
        "Tarvelia Bioenergia is run by chief executive Rafael Zorbel, who joined in 2020.",
        Held("Rafael Zorbel", "Tarvelia Bioenergia", "chief executive"),
    ),
    row(
        "led-by",
        "es",
        "Tarvelia Bioenergía, encabezada por su gerente general, Juan Zorbel, venderá etanol.",
        Held("Juan Zorbel", "Tarvelia Bioenergía", "gerente general"),
    ),
    row(
        "led-by",
        "fr",
        "Tarvelia Bioénergie, pilotée par son directeur général, Paul Zorbel, vendra de"
        " l'éthanol.",
        Held("Paul Zorbel", "Tarvelia Bioénergie", "directeur général"),
    ),
    # a participle that names the post: a profession after it is no post there
    row(
        "led-by",
        "es",
        "Según la consultora Tarvelia Research, dirigida por el economista Juan Zorbel, el"
        " crudo subirá.",
    ),
    # Title Case "General Secretary" before a name, after its association
    row(
        "general-secretary",
        "en",
        "Rice Growers Association (RGA) General Secretary Kamla Brisco, who attended the"
        " signing, said farmers wanted prices.",
        Held("Kamla Brisco", "Rice Growers Association", "General Secretary"),
    ),
    # a description that points back to a sentence before: that sentence's subject company,
    # not the partner named after it
    row(
        "description-subject",
        "en",
        "Vextra Holdings will build a plant with Brisco Metals. The group's finance director,"
        " Ana Norvald, said it would pay off in three years.",
        Held("Ana Norvald", "Vextra Holdings", "finance director"),
    ),
    row(
        "description-subject",
        "es",
        "Vextra Holdings construirá una planta con Brisco Metales. El director financiero del"
        " grupo, Juan Norvald, dijo que será rentable.",
        Held("Juan Norvald", "Vextra Holdings", "director financiero"),
    ),
    row(
        "description-subject",
        "fr",
        "Ormeda Industries construira une usine avec Aceros Zorbel. « Nous serons rentables »,"
        " a précisé la directrice des opérations du groupe, Claire Norvald.",
        Held("Claire Norvald", "Ormeda Industries", "directrice des opérations"),
    ),
)


@pytest.mark.parametrize(("lang", "text", "expected"), ROLES)
def test_roles(lang: str, text: str, expected: list[Held]) -> None:
    found = extract(read_text(text, lang=lang))
    actual = [(f.person.label, f.org.label, f.title) for f in found.facts if isinstance(f, Role)]
    missing = [
        e
        for e in expected
        if not any(
            a[:2] == (e.person, e.org) and e.word.casefold() in a[2].casefold() for a in actual
        )
    ]
    unexpected = [
        a
        for a in actual
        if not any(
            a[:2] == (e.person, e.org) and e.word.casefold() in a[2].casefold() for e in expected
        )
    ]
    assert not missing and not unexpected, f"missing {missing}, unexpected {unexpected}"


HOME = [
    pytest.param(
        "es",
        "https://diario.example.com.ar/nota",
        "Argentina firmó el acuerdo con Estados Unidos en Washington. Habló el ministro de"
        " Economía, Jorge Paz Gil, con la prensa de Estados Unidos y de Estados Unidos.",
        [Held("Jorge Paz Gil", "Ministerio de Economía de la Nación Argentina", "ministro")],
        id="home-country-es",
    ),
    pytest.param(
        "fr",
        "https://journal.example.fr/article",
        "La France et le Chili ont signé un accord au Chili, à Santiago du Chili. La ministre"
        " de la Culture, Anne Roy, était présente.",
        [Held("Anne Roy", "France", "ministre")],
        id="home-country-fr",
    ),
    pytest.param(
        "en",
        "https://news.example.com/story",
        "Chile and Peru signed the deal in Chile. Energy Minister Tom Reyes Paz spoke in Chile.",
        [Held("Tom Reyes Paz", "Chile", "Minister")],
        id="no-home-country-en",
    ),
]


@pytest.mark.parametrize(("lang", "url", "text", "expected"), HOME)
def test_home_country(lang: str, url: str, text: str, expected: list[Held]) -> None:
    """A minister the text gives no country is the minister of the site's country (its URL's
    country-code domain), when the article names that country; else of the article's."""
    found = extract(read_text(text, lang=lang, meta=Meta(url=url)))
    actual = [(f.person.label, f.org.label, f.title) for f in found.facts if isinstance(f, Role)]
    assert [(e.person, e.org) for e in expected] == [a[:2] for a in actual], actual
    assert all(e.word.casefold() in a[2].casefold() for e, a in zip(expected, actual, strict=True))
