"""Investment shapes: tables of (lang, invented article, expected investments).

Every text here is invented for the test. Each row names a sentence shape the investment rules
read (or must not read): who invests, in which currency, where.
"""

from __future__ import annotations

import math
from typing import Any, NamedTuple

import pytest

from kg.model import Investment
from kg.pipeline import extract
from kg.read import read_text

B = 1e9
M = 1e6


class Invested(NamedTuple):
    investor: str
    place: str | None
    value: float | None
    currency: str | None


def row(shape: str, lang: str, text: str, *expected: Invested, xfail: str | None = None) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(lang, text, list(expected), id=f"{shape}-{lang}", marks=marks)


ROWS = [
    # a park of an amount: the amount is the park's cost
    row(
        "park-cost",
        "es",
        "Grupo Vextra levantará un parque logístico de 1,850 mdp en Ciudad Juárez.",
        Invested("Grupo Vextra", "Ciudad Juárez", 1850 * M, "MXN"),
    ),
    row(
        "park-cost",
        "fr",
        "Le groupe Vextra construira un parc logistique de 85 M€ à Lyon.",
        Invested("Vextra", "Lyon", 85 * M, "EUR"),
    ),
    row(
        "park-cost",
        "en",
        "Vextra Corp will build an industrial park of $450 million in Monterrey.",
        Invested("Vextra Corp", "Monterrey", 450 * M, "USD"),
    ),
    # a relative clause after the amount says the company makes it ("que le groupe réalise");
    # the place is the project's, told the sentence before
    row(
        "made-by-the-company",
        "fr",
        "Le groupe Vextra construit deux usines à Lyon. Les deux usines, d'une capacité de 50 MW,"
        " représentent un investissement de 90 millions d'euros, que le groupe réalise avec le"
        " fonds Brisco.",
        Invested("Vextra", "Lyon", 90 * M, "EUR"),
    ),
    row(
        "made-by-the-company",
        "es",
        "Grupo Vextra construye dos plantas en Sonora. Las dos plantas, de 50 MW, representan"
        " una inversión de 90 millones de dólares, que la empresa realiza con el fondo Brisco.",
        Invested("Grupo Vextra", "Sonora", 90 * M, "USD"),
    ),
    row(
        "made-by-the-company",
        "en",
        "Vextra Corp is building two plants in Sonora. The two plants, of 50 MW, represent an"
        " investment of $90 million, which the company makes with the Brisco fund.",
        Invested("Vextra Corp", "Sonora", 90 * M, "USD"),
    ),
    # a pronoun opening the sentence before the verb: the article's company
    row(
        "pronoun-investor",
        "en",
        "Vextra Corp signed a deal with Brisco in Sonora. It will invest $50 million in Jalisco.",
        Invested("Vextra Corp", "Jalisco", 50 * M, "USD"),
    ),
    row(
        "pronoun-investor",
        "es",
        "Grupo Vextra firmó un acuerdo con Brisco en Sonora. Éste invertirá 50 millones de"
        " dólares en Jalisco.",
        Invested("Grupo Vextra", "Jalisco", 50 * M, "USD"),
    ),
    row(
        "pronoun-investor",
        "fr",
        "Le groupe Vextra a signé un accord avec Brisco à Lyon. Il investira 50 millions d'euros"
        " au Chili.",
        Invested("Vextra", "Chile", 50 * M, "EUR"),
    ),
    # a demonstrative is no pronoun: "Este año invertirá" names no investor
    row(
        "pronoun-investor",
        "es",
        "Grupo Vextra firmó con Brisco. Este año invertirá 50 millones de dólares en Jalisco.",
    ),
    # an amount told of the project of the sentence before: its place is that sentence's,
    # past the dateline (where the article was written) and other than an owner's
    row(
        "place-before-dateline",
        "en",
        "LIMA - Vextra Corp will build a plant in Arequipa. The plant represents an investment"
        " of $90 million.",
        Invested("Vextra Corp", "Arequipa", 90 * M, "USD"),
    ),
    row(
        "place-before-dateline",
        "es",
        "LIMA — Grupo Vextra construirá una planta en Arequipa. La planta representa una"
        " inversión de 90 millones de dólares.",
        Invested("Grupo Vextra", "Arequipa", 90 * M, "USD"),
    ),
    row(
        "place-before-dateline",
        "fr",
        "SANTIAGO — Le groupe Vextra construira une usine dans la région du Biobío, au Chili."
        " L'usine représente un investissement de 90 millions de dollars.",
        Invested("Vextra", "Biobío", 90 * M, "USD"),
    ),
    row(
        "place-before-owner",
        "en",
        "LIMA - Backed by Chile's Norvald fund, Vextra Corp will build a plant in Arequipa. The"
        " plant represents an investment of $90 million.",
        Invested("Vextra Corp", "Arequipa", 90 * M, "USD"),
    ),
    # the country of a dateline is where the article was written, no investor; a country
    # named again after it still is one
    row(
        "dateline-no-investor",
        "en",
        "VALPARAISO, Chile - The Vextra consortium will invest $1.35bn in a subsea cable to"
        " Manta, in Ecuador.",
    ),
    row(
        "dateline-no-investor",
        "es",
        "SANTIAGO, Chile.- Los socios del cable invertirán 500 millones de dólares en Valparaíso.",
    ),
    row(
        "dateline-no-investor",
        "fr",
        "LIMA, Pérou — Les associés du projet investiront 420 millions de dollars à Trujillo.",
    ),
    row(
        "dateline-no-investor",
        "es",
        "SANTIAGO, Chile.- Chile invertirá 500 millones de dólares en Valparaíso.",
        Invested("Chile", "Valparaíso", 500 * M, "USD"),
    ),
    # an unknown one-word company opening the sentence before a verb of carrying out
    row(
        "opening-company",
        "es",
        "Ormeda realizará una inversión de 200 millones de dólares en Jalisco.",
        Invested("Ormeda", "Jalisco", 200 * M, "USD"),
    ),
    row(
        "opening-company",
        "fr",
        "Ormeda réalisera un investissement de 50 millions d'euros au Chili.",
        Invested("Ormeda", "Chile", 50 * M, "EUR"),
    ),
    # a unit acronym after a quantity is no investor
    row(
        "unit-no-investor",
        "es",
        "Iberdrola abrió una central de 300 megavatios (MW). La central de 300 MW que la "
        "compañía tiene en Sonora tuvo una inversión de 250 millones de dólares.",
        Invested("Iberdrola", "Sonora", 250 * M, "USD"),
    ),
    row(
        "unit-no-investor",
        "en",
        "Enel opened a 200 MW solar park. The company's 200 MW park required an investment of "
        "$180 million in Coahuila.",
        Invested("Enel", "Coahuila", 180 * M, "USD"),
    ),
    # a name inside an aside between commas is not the subject
    row(
        "aside",
        "fr",
        "Le constructeur Renault présente son plan. Renault, le partenaire de l'alliance "
        "Nissan-Mitsubishi, investira 500 millions d'euros au Maroc.",
        Invested("Renault", "Morocco", 500 * M, "EUR"),
    ),
    row(
        "aside",
        "en",
        "Walmart, which competes with Soriana in Mexico, will invest $1 billion in Jalisco.",
        Invested("Walmart", "Jalisco", 1 * B, "USD"),
    ),
    row(
        "aside",
        "es",
        "Nestlé, la rival de Danone, invertirá 100 millones de dólares en Veracruz.",
        Invested("Nestlé", "Veracruz", 100 * M, "USD"),
    ),
    # ... nor is a companion named in an aside: the subject invests
    row(
        "aside-companion",
        "en",
        "Walmart, together with its partner Soriana, will invest $1 billion in Jalisco.",
        Invested("Walmart", "Jalisco", 1 * B, "USD"),
    ),
    row(
        "aside-companion",
        "es",
        "Nestlé, junto con su socio local Bimbo, invertirá 100 millones de dólares en Veracruz.",
        Invested("Nestlé", "Veracruz", 100 * M, "USD"),
    ),
    row(
        "aside-companion",
        "fr",
        "Renault, aux côtés de son partenaire Nissan, investira 500 millions d'euros au Maroc.",
        Invested("Renault", "Morocco", 500 * M, "EUR"),
    ),
    # "With an investment of X, Acme ...": the subject after the amount, past a press
    # release's dateline
    row(
        "with-amount-dateline",
        "es",
        "Reynosa, Tamaulipas, 27 de enero de 2026.- Con una inversión de 145 millones de "
        "dólares, la empresa Zorbel inauguró su planta en Reynosa.",
        Invested("Zorbel", "Reynosa", 145 * M, "USD"),
    ),
    row(
        "with-amount-dateline",
        "en",
        "Kingston, Jamaica, March 3, 2026 - With an investment of $20 million, the company "
        "Zorbel opened its plant in Montego Bay.",
        Invested("Zorbel", "Montego Bay", 20 * M, "USD"),
    ),
    row(
        "with-amount-dateline",
        "fr",
        "Fort-de-France, 3 mars 2026 – Avec un investissement de 20 millions d'euros, la "
        "société Zorbel a ouvert son usine au Lamentin.",
        Invested("Zorbel", "Le Lamentin", 20 * M, "EUR"),
    ),
    # a country's demonym on what the money goes to is where it goes (English capitalizes it;
    # "South American", "a Brazilian company" say nothing of where)
    row(
        "demonym-site",
        "en",
        "Zorbel Corp will invest $300 million in its Chilean mines and in the Peruvian market.",
        Invested("Zorbel Corp", "Chile", 300 * M, "USD"),
    ),
    row(
        "demonym-site",
        "en",
        "Zorbel Corp will spend $300 million to bolster its South American presence.",
        Invested("Zorbel Corp", None, 300 * M, "USD"),
    ),
    row(
        "demonym-site",
        "es",
        "Zorbel invertirá 300 millones de dólares en sus minas chilenas.",
        Invested("Zorbel", "Chile", 300 * M, "USD"),
    ),
    row(
        "demonym-site",
        "fr",
        "Le groupe Zorbel investira 300 millions de dollars dans ses mines chiliennes.",
        Invested("Zorbel", "Chile", 300 * M, "USD"),
    ),
    # the island named alone is its country
    row(
        "island-country",
        "en",
        "Zorbel Corp will invest $200 million in Trinidad.",
        Invested("Zorbel Corp", "Trinidad and Tobago", 200 * M, "USD"),
    ),
    row(
        "island-country",
        "es",
        "Zorbel invertirá 200 millones de dólares en Trinidad.",
        Invested("Zorbel", "Trinidad and Tobago", 200 * M, "USD"),
    ),
    row(
        "island-country",
        "fr",
        "Le groupe Zorbel investira 200 millions de dollars à Trinidad.",
        Invested("Zorbel", "Trinidad and Tobago", 200 * M, "USD"),
    ),
    # more verbs of spending: mobilizing, financing, and the conditional of reported speech
    row(
        "spend-verbs",
        "fr",
        "Le groupe Zorbel mobilisera 200 millions d'euros pour moderniser le port de Callao.",
        Invested("Zorbel", "Callao", 200 * M, "EUR"),
    ),
    row(
        "spend-verbs",
        "fr",
        "Selon la presse, le groupe Zorbel investirait 200 millions d'euros au Chili.",
        Invested("Zorbel", "Chile", 200 * M, "EUR"),
    ),
    row(
        "spend-verbs",
        "fr",
        "Le groupe Zorbel financera à hauteur de 200 millions d'euros un hôpital à Cayenne.",
        Invested("Zorbel", "Cayenne", 200 * M, "EUR"),
    ),
    row(
        "spend-verbs",
        "es",
        "Según la prensa, Zorbel y sus socios invertirían 200 millones de dólares en Chile.",
        Invested("Zorbel", "Chile", 200 * M, "USD"),
    ),
    row(
        "spend-verbs",
        "en",
        "According to the press, Zorbel Corp would invest $200 million in Chile.",
        Invested("Zorbel Corp", "Chile", 200 * M, "USD"),
    ),
    # what a project or a contract costs is its builder's investment, told in the sentence or
    # in the next one, which opens on the cost
    row(
        "project-cost",
        "fr",
        "Le groupe Zorbel réalisera une partie du métro de Lima. Montant du contrat : 3,9 "
        "milliards d'euros.",
        Invested("Zorbel", "Lima", 3.9 * B, "EUR"),
    ),
    row(
        "project-cost",
        "es",
        "Zorbel construirá una planta en Sonora; el costo del proyecto será de 300 millones de "
        "dólares.",
        Invested("Zorbel", "Sonora", 300 * M, "USD"),
    ),
    row(
        "project-cost",
        "en",
        "Zorbel Corp will build a power plant in Peru. The project cost is estimated at $200 "
        "million.",
        Invested("Zorbel Corp", "Peru", 200 * M, "USD"),
    ),
    # "the company" / "le groupe" is the company named last before
    row(
        "the-company",
        "es",
        "Cemex anunció su plan. La empresa destinará 80 millones de dólares a la nueva planta "
        "en Nuevo León.",
        Invested("Cemex", "Nuevo León", 80 * M, "USD"),
    ),
    row(
        "the-company",
        "fr",
        "Michelin agrandit son site. Le groupe investira 200 millions d'euros à Querétaro.",
        Invested("Michelin", "Querétaro", 200 * M, "EUR"),
    ),
    # an investment nobody is said to make stays out
    row(
        "nobody-invests",
        "en",
        "A new pulp mill opened on Monday. The project in Bahia required an investment of R$5 "
        "billion.",
    ),
    row(
        "nobody-invests",
        "es",
        "Las ventas de la región llegaron a 300 millones de dólares, y una inversión de 20 "
        "millones de dólares mejoró el puerto.",
    ),
    # a project, a plant or a work that has an investment ("requires", "contempla", "correspondant
    # à"): the investor is the company named before, the place the project's
    row(
        "project-carries",
        "en",
        "The Brazilian company Suzano opened its new pulp mill on Monday. The mill is the "
        "largest of Suzano. The project in Bahia required an investment of R$5 billion.",
        Invested("Suzano", "Bahia", 5 * B, "BRL"),
    ),
    row(
        "project-carries",
        "es",
        "Acme Solar construirá una planta solar en Hermosillo. La planta contempla una inversión "
        "de 300 millones de dólares.",
        Invested("Acme Solar", "Hermosillo", 300 * M, "USD"),
    ),
    row(
        "project-carries",
        "fr",
        "Acme Pneus va construire une usine à Querétaro. Il s'agira d'une unité de 100 000 mètres "
        "carrés, correspondant à un investissement de 450 millions d'euros.",
        Invested("Acme Pneus", "Querétaro", 450 * M, "EUR"),
    ),
    # a project that has sales, not an investment
    row(
        "project-carries",
        "es",
        "Acme Foods anunció resultados. La planta tuvo ventas por 50 millones de dólares.",
    ),
    row(
        "project-carries",
        "fr",
        "Acme Pneus a publié ses comptes. Le projet représente un chiffre d'affaires de 450 "
        "millions d'euros.",
    ),
    # a project or a place is no investor
    row(
        "project-no-investor",
        "en",
        "The miner Andina Mining Corp approved the Andes Project. The company's Andes Project "
        "in Chile will involve an investment of $2 billion.",
        Invested("Andina Mining Corp", "Chile", 2 * B, "USD"),
    ),
    # a country's total is no one's investment
    row(
        "aggregate",
        "es",
        "México recibió 36 mil millones de dólares de inversión extranjera directa en 2023.",
    ),
    row(
        "aggregate",
        "fr",
        "Le Brésil a attiré 60 milliards de dollars d'investissements étrangers l'an dernier.",
    ),
    # the place of the amount's own clause, not of the next company's
    row(
        "clause-place",
        "es",
        "Bimbo invertirá 50 millones de dólares en Jalisco; Lala destinará 20 millones de "
        "dólares en Durango.",
        Invested("Grupo Bimbo", "Jalisco", 50 * M, "USD"),
        Invested("Lala", "Durango", 20 * M, "USD"),
    ),
    # a bare "$" in Spanish about a peso country is the local peso
    row(
        "local-sign",
        "es",
        "Ecopetrol invertirá $500.000 millones en Colombia, en Santander y en Bogotá.",
        Invested("Ecopetrol", "Colombia", 500 * B, "COP"),
    ),
    # numbers: "mil 200 millones"
    row(
        "thousand-digits",
        "es",
        "Nemak invertirá mil 200 millones de dólares en Coahuila.",
        Invested("Nemak", "Coahuila", 1.2 * B, "USD"),
    ),
    # a state government invests as the state
    row(
        "state-government",
        "es",
        "El gobierno de Nuevo León invertirá 500 millones de pesos en el municipio de Apodaca.",
        Invested("Nuevo León", "Apodaca", 500 * M, "MXN"),
    ),
    row(
        "state-government",
        "es",
        "El gobierno estatal destinará 300 millones de pesos a carreteras de Jalisco.",
        Invested("Jalisco", "Jalisco", 300 * M, "MXN"),
    ),
    # "With an investment of X, ORG ...": the subject comes after the amount
    row(
        "with-investment",
        "es",
        "Con una inversión de 50 millones de dólares, Acme abrió una planta en Sonora.",
        Invested("Acme", "Sonora", 50 * M, "USD"),
    ),
    row(
        "with-investment",
        "en",
        "With an investment of $50 million, Acme Corp opened a plant in Sonora.",
        Invested("Acme Corp", "Sonora", 50 * M, "USD"),
    ),
    # the place the sentence opens with
    row(
        "opening-place",
        "en",
        "In Nuevo León, Acme Corp will invest $50 million in a new plant.",
        Invested("Acme Corp", "Nuevo León", 50 * M, "USD"),
    ),
    row(
        "opening-place",
        "es",
        "En Querétaro, la empresa Acme invertirá 50 millones de dólares.",
        Invested("Acme", "Querétaro", 50 * M, "USD"),
    ),
    # the investor named after the amount: "d'Acme", "de Acme"
    row(
        "investor-after",
        "fr",
        "L'investissement de 200 millions d'euros d'Acme à Querétaro créera 500 emplois.",
        Invested("Acme", "Querétaro", 200 * M, "EUR"),
    ),
    row(
        "investor-after",
        "es",
        "La inversión de 200 millones de dólares de Acme en Guanajuato generará 500 empleos.",
        Invested("Acme", "Guanajuato", 200 * M, "USD"),
    ),
    # places receive their share of the company's plan, the currency elided in the list
    row(
        "received",
        "es",
        "El plan de Grupo Aeroportuario suma 9 mil millones de pesos. Jalisco recibirá "
        "2,500 millones de pesos, Sonora 1,200 millones y Sinaloa 800 millones.",
        Invested("Grupo Aeroportuario", "Jalisco", 2.5 * B, "MXN"),
        Invested("Grupo Aeroportuario", "Sonora", 1.2 * B, "MXN"),
        Invested("Grupo Aeroportuario", "Sinaloa", 800 * M, "MXN"),
    ),
    row(
        "received-aggregate",
        "es",
        "Colombia recibirá 900 millones de dólares en proyectos de inversión extranjera.",
    ),
    # "we" in a quote: the organization of who says it
    row(
        "first-person",
        "en",
        "“We will invest 2 billion reais in Brazil,” said Ana Souza, chief executive of "
        "Acme Foods S.A.",
        Invested("Acme Foods S.A.", "Brazil", 2 * B, "BRL"),
    ),
    row(
        "first-person",
        "es",
        "“Invertiremos 300 millones de dólares en Chile”, dijo Juan Pérez, director de Acme Corp.",
        Invested("Acme Corp", "Chile", 300 * M, "USD"),
    ),
    row(
        "first-person",
        "fr",
        "« Nous investissons 40 millions d'euros au Maroc », a déclaré Paul Martin, président "
        "du groupe Acme Industries.",
        Invested("Acme Industries", "Morocco", 40 * M, "EUR"),
    ),
    # a definite description of the company: "the tech giant", "la empresa estadounidense"
    row(
        "the-company",
        "en",
        "Acme Corp opened an office in Lima. The US tech giant will invest $90 million in Peru.",
        Invested("Acme Corp", "Peru", 90 * M, "USD"),
    ),
    row(
        "the-company",
        "es",
        "Acme Corp abrió una oficina en Lima. La empresa estadounidense invertirá 90 millones "
        "de dólares en Perú.",
        Invested("Acme Corp", "Peru", 90 * M, "USD"),
    ),
    # financing is an investment by who provides it
    row(
        "financing",
        "fr",
        "Le programme prévoit des financements de la Banque Andine pour un total de 200 "
        "millions d'euros au Pérou.",
        Invested("Banque Andine", "Peru", 200 * M, "EUR"),
    ),
    # the finest of the places the text chains after the amount
    # French copy that names Canada or Quebec writes Canadian dollars "14 M$"; elsewhere, and
    # where the text says American dollars, the dollar is the US one
    row(
        "quebec-dollars",
        "fr",
        "Le québécois Vextra investira 14 M$ sur trois ans à Barranquilla.",
        Invested("Vextra", "Barranquilla", 14 * M, "CAD"),
    ),
    row(
        "quebec-dollars",
        "fr",
        "Le québécois Vextra investira 14 millions de dollars américains à Barranquilla.",
        Invested("Vextra", "Barranquilla", 14 * M, "USD"),
    ),
    row(
        "quebec-dollars",
        "fr",
        "Le français Vextra investira 14 M$ sur trois ans à Barranquilla.",
        Invested("Vextra", "Barranquilla", 14 * M, "USD"),
    ),
    row(
        "quebec-dollars",
        "en",
        "Quebec-based Vextra will invest $14 million over three years in Barranquilla.",
        Invested("Vextra", "Barranquilla", 14 * M, "USD"),
    ),
    # a relative clause with commas of its own between the subject and its verb: the names in
    # it are neither the investor nor the place (nothing is better than the country in it)
    row(
        "relative-with-commas",
        "en",
        "U.S. outsourcer Vextra CX will open a center in San Salvador. The Atlanta-based firm,"
        " which handles customer support, collections and help-desk work for U.S. health"
        " insurers, utilities and software companies, will invest US$22 million in two floors.",
    ),
    row(
        "relative-with-commas",
        "es",
        "La estadounidense Vextra CX abrirá un centro en San Salvador. La firma, que presta"
        " atención al cliente, cobranzas y soporte técnico a aseguradoras de Estados Unidos,"
        " bancos y telefónicas, invertirá 22 millones de dólares en el centro.",
        Invested("Vextra CX", "El Salvador", 22 * M, "USD"),
    ),
    row(
        "relative-with-commas",
        "fr",
        "L'américain Vextra CX ouvrira un centre à San Salvador. La société, qui assure le"
        " service client, le recouvrement et l'assistance technique pour des assureurs des"
        " États-Unis, des banques et des opérateurs, investira 22 millions de dollars dans le"
        " centre.",
        Invested("Vextra CX", "El Salvador", 22 * M, "USD"),
    ),
    # a city the text names as a post's seat ("alcalde de X") is still a place after "en"
    row(
        "placed-seat",
        "es",
        "Alimentos Vextra levantará en Tarvelia una planta de USD 48 millones. Asistió el alcalde"
        " de Tarvelia, Luis Paz Gil.",
        Invested("Alimentos Vextra", None, 48 * M, "USD"),
    ),
    row(
        "placed-seat",
        "fr",
        "Le groupe Vextra construira à Tarvelia une usine de 48 millions d'euros. Le maire de"
        " Tarvelia, Luc Paz, était présent.",
        Invested("Vextra", None, 48 * M, "EUR"),
    ),
    row(
        "placed-seat",
        "en",
        "Vextra Corp will build in Tarvelia a plant of $48 million. The mayor of Tarvelia, Luc"
        " Paz, attended.",
        Invested("Vextra Corp", None, 48 * M, "USD"),
    ),
    # a locality the text introduces by its kind ("el sector X", "le quartier X", "the district
    # of X") is a place, not the investor
    row(
        "named-locality",
        "es",
        "La fabricante Ormeda Wind Systems construirá en el sector Tarvelia, en Coronel, una"
        " planta que requerirá desembolsar US$ 95 millones.",
        Invested("Ormeda Wind Systems", "Coronel", 95 * M, "USD"),
    ),
    row(
        "named-locality",
        "fr",
        "Le groupe Vextra construira dans le quartier Quilmard, à Lyon, une usine de 40 millions"
        " d'euros.",
        Invested("Vextra", "Lyon", 40 * M, "EUR"),
    ),
    row(
        "named-locality",
        "en",
        "Acme Corp will build in the district of Quilmard, in Monterrey, a plant of $40"
        " million.",
        Invested("Acme Corp", "Monterrey", 40 * M, "USD"),
    ),
    row(
        "finest-place",
        "es",
        "Acme invertirá 80 millones de dólares en Nuevo León, en el municipio de Apodaca.",
        Invested("Acme", "Apodaca", 80 * M, "USD"),
    ),
    row(
        "finest-place",
        "en",
        "Acme Corp will invest $80 million in Nuevo León, in the city of Monterrey.",
        Invested("Acme Corp", "Monterrey", 80 * M, "USD"),
    ),
    row(
        "finest-place",
        "fr",
        "Acme investira 80 millions d'euros au Mexique, à Monterrey.",
        Invested("Acme", "Monterrey", 80 * M, "EUR"),
    ),
    # a sentence that opens on the investment itself: the company of the sentence before
    row(
        "told-before",
        "es",
        "La cervecera Grupo Modelo construirá una planta en Yucatán. La inversión, de 500 "
        "millones de dólares, se hará en dos etapas.",
        Invested("Grupo Modelo", "Yucatán", 500 * M, "USD"),
    ),
    row(
        "told-before",
        "es",
        "Bimbo abrirá una panificadora en Jalisco. Se trata de una inversión de 1,200 millones "
        "de pesos.",
        Invested("Grupo Bimbo", "Jalisco", 1.2 * B, "MXN"),
    ),
    row(
        "told-before",
        "en",
        "Bosch broke ground on a new plant in Celaya. The $90 million facility will open in 2027.",
        Invested("Bosch", "Celaya", 90 * M, "USD"),
    ),
    row(
        "told-before",
        "fr",
        "Le groupe Danone agrandit son usine au Brésil. L'investissement de 40 millions d'euros "
        "doublera sa capacité.",
        Invested("Danone", "Brazil", 40 * M, "EUR"),
    ),
    # a demonym that says where the investor is from is not where it invests
    row(
        "origin-demonym",
        "es",
        "La compañía japonesa Nissan presentó su plan para Aguascalientes. La empresa destinará "
        "700 millones de dólares al proyecto.",
        Invested("Nissan", "Mexico", 700 * M, "USD"),
    ),
    row(
        "origin-demonym",
        "fr",
        "L'entreprise française Alstom consacrera 50 millions d'euros à son site de Taubaté, "
        "au Brésil.",
        Invested("Alstom", "Taubaté", 50 * M, "EUR"),
    ),
    # with no place in the sentence, the country the article's places "in ..." are in
    row(
        "destination",
        "en",
        "United States officials praised the plan. Acme Foods has plants in Guatemala and in "
        "Honduras, and more in Guatemala. Acme Foods will invest $20 million.",
        Invested("Acme Foods", "Guatemala", 20 * M, "USD"),
    ),
    # Mexican abbreviations of the scale: "mil mdd" = mil millones de dólares
    row(
        "scale-abbreviation",
        "es",
        "Kia invertirá 2 mil mdd en Nuevo León.",
        Invested("Kia", "Nuevo León", 2 * B, "USD"),
    ),
    row(
        "with-amount-opener",
        "es",
        "Con un monto de inversión de 90 millones de dólares, la firma Bosch inauguró su planta "
        "en Celaya.",
        Invested("Bosch", "Celaya", 90 * M, "USD"),
    ),
    # a later amount of the sentence whose subject is the investor of an earlier one
    row(
        "same-subject",
        "es",
        "Cemex, que ha invertido 900 millones de dólares en México desde 2015, anunció una "
        "nueva inversión de 300 millones de dólares en Monterrey.",
        Invested("Cemex", "Mexico", 900 * M, "USD"),
        Invested("Cemex", "Monterrey", 300 * M, "USD"),
    ),
    # "la inversión total de X": the investor after the noun and its adjective
    row(
        "total-of",
        "es",
        "La inversión total de Cemex en Nuevo León asciende a 300 millones de dólares, que se "
        "suman a otros proyectos.",
        Invested("Cemex", "Nuevo León", 300 * M, "USD"),
    ),
    # the amount first, the verb and its subject after ("Más de 1,000 millones invertirá Kia")
    row(
        "amount-first",
        "es",
        "Más de 300 millones de dólares invertirá Cemex en su planta de Monterrey.",
        Invested("Cemex", "Monterrey", 300 * M, "USD"),
    ),
    row(
        "pour-into",
        "en",
        "Cemex is pouring $300 million into its Monterrey plant.",
        Invested("Cemex", "Monterrey", 300 * M, "USD"),
    ),
    # a government named by its own words: the country; a state named with "state of"
    row(
        "federal-government",
        "es",
        "México acelera sus obras. El Gobierno federal destinará 15 mil millones de pesos al "
        "Tren Maya.",
        Invested("Mexico", "Mexico", 15 * B, "MXN"),
    ),
    row(
        "state-itself",
        "en",
        "The state of Nuevo Leon will invest 3 billion pesos in roads.",
        Invested("Nuevo León", "Mexico", 3 * B, "MXN"),
    ),
    # a town before its state after a comma is the finest place
    row(
        "town-of-state",
        "es",
        "Pemex invertirá 20 mil millones de pesos en la refinería de Tula, Hidalgo.",
        Invested("Petróleos Mexicanos", "Tula", 20 * B, "MXN"),
    ),
    # a business whose name ends with its city: there, when the sentence names no place
    row(
        "place-in-name",
        "es",
        "El hotel Waldorf Astoria Cancún invertirá 100 millones de dólares.",
        Invested("Waldorf Astoria Cancún", "Cancún", 100 * M, "USD"),
    ),
    # an unknown acronym between lower-case words qualifies a noun: no investor
    row(
        "acronym-modifier",
        "en",
        "Phase II will add 200 MW of solar PV capacity, with an investment of $150 million.",
    ),
    # a name after an indefinite article is a thing the investor builds, not the investor
    row(
        "indefinite-thing",
        "es",
        "La compañía Alorica ejecutará un Contact Center en Cali, con una inversión de 5 "
        "millones de dólares.",
        Invested("Alorica", "Cali", 5 * M, "USD"),
    ),
    # an expansion told with its amount ("ampliará su planta ... con 80 millones")
    row(
        "expansion",
        "es",
        "La japonesa Denso ampliará su planta en Saltillo con 80 millones de dólares.",
        Invested("Denso", "Saltillo", 80 * M, "USD"),
    ),
    row(
        "expansion",
        "en",
        "Denso will expand its Saltillo plant with $80 million.",
        Invested("Denso", "Saltillo", 80 * M, "USD"),
    ),
    # the investor told right after the amount ("de X", "que realizará X", "from X")
    row(
        "investor-after-amount",
        "es",
        "La Secretaría de Economía informó que la inversión de 300 millones de dólares de "
        "Acme Corp llegará a Jalisco.",
        Invested("Acme Corp", "Jalisco", 300 * M, "USD"),
    ),
    row(
        "investor-after-amount",
        "es",
        "El Clúster Automotriz destacó la inversión de 200 millones de dólares que realizará "
        "Acme Corp en Puebla.",
        Invested("Acme Corp", "Puebla", 200 * M, "USD"),
    ),
    row(
        "investor-after-amount",
        "es",
        "Se trata de una inversión de 25 millones de dólares que realizará la firma"
        " estadounidense Acme en Mexicali.",
        Invested("Acme", "Mexicali", 25 * M, "USD"),
    ),
    row(
        "investor-after-amount",
        "fr",
        "Il s'agit d'un investissement de 25 millions d'euros que réalisera le groupe Acme à"
        " Monterrey.",
        Invested("Acme", "Monterrey", 25 * M, "EUR"),
    ),
    row(
        "investor-after-amount",
        "en",
        "The council welcomed an investment of $40 million made by the company Acme in Sonora.",
        Invested("Acme", "Sonora", 40 * M, "USD"),
    ),
    row(
        "investor-after-amount",
        "en",
        "The Economic Council welcomed the $40 million investment from Acme Corp in Sonora.",
        Invested("Acme Corp", "Sonora", 40 * M, "USD"),
    ),
    row(
        "investor-after-amount",
        "fr",
        "Le ministère a salué l'investissement de 40 millions d'euros de Acme SA au Chili.",
        Invested("Acme SA", "Chile", 40 * M, "EUR"),
    ),
    # who tells of an investment is not who makes it: "según X", a ministry that reports it
    row(
        "reporter",
        "es",
        "Según la Secretaría de Economía, la inversión de 300 millones de dólares es la mayor "
        "del año.",
    ),
    row(
        "reporter",
        "en",
        "According to the Ministry of Economy, investment of $300 million was announced this year.",
    ),
    row(
        "reporter",
        "fr",
        "Selon le ministère de l'Économie, l'investissement de 300 millions de dollars créera "
        "2 000 emplois.",
    ),
    row(
        "reporter",
        "es",
        "La Secretaría de Economía informó que la inversión de 300 millones de dólares generará "
        "2 mil empleos.",
    ),
    # a conjunction or an article before a later investment noun: another phrase
    row(
        "phrase-break",
        "es",
        "Acme Corp reportó una utilidad de 80 millones de dólares y una inversión de capital "
        "menor.",
    ),
    row("phrase-break", "en", "Acme Corp reported sales of $80 million and an investment plan."),
    row(
        "phrase-break",
        "fr",
        "Acme SA a publié un bénéfice de 80 millions d'euros et un investissement modeste.",
    ),
    row(
        "phrase-break",
        "es",
        "La minera Acme registró pérdidas por 200 millones de dólares en su mina de Sonora.",
    ),
    # the place of a plant told before the amount: the finest of the chain
    row(
        "finest-before",
        "es",
        "La empresa Beta Motors ampliará su planta en Ramos Arizpe, Coahuila, con una inversión "
        "de 200 millones de dólares.",
        Invested("Beta Motors", "Ramos Arizpe", 200 * M, "USD"),
    ),
    row(
        "finest-before",
        "en",
        "Beta Motors will expand its plant in Torreón, Coahuila, with an investment of $200 "
        "million.",
        Invested("Beta Motors", "Torreón", 200 * M, "USD"),
    ),
    # a head office in an aside is not where the investment goes
    row(
        "head-office",
        "es",
        "Acme Corp, con sede en Texas, invertirá 150 millones de dólares en Saltillo.",
        Invested("Acme Corp", "Saltillo", 150 * M, "USD"),
    ),
    row(
        "head-office",
        "fr",
        "Acme SA, basée à Lyon, investira 150 millions d'euros à Querétaro.",
        Invested("Acme SA", "Querétaro", 150 * M, "EUR"),
    ),
    row(
        "head-office",
        "en",
        "Acme Corp, headquartered in Chicago, will invest $150 million in Saltillo.",
        Invested("Acme Corp", "Saltillo", 150 * M, "USD"),
    ),
    # an article about one region: an investment whose sentence names no place is there
    row(
        "main-region",
        "es",
        "Sonora atrae nuevas plantas\n\nEl gobierno de Sonora presentó su plan industrial. "
        "En Sonora ya operan 40 empresas. La empresa Acme Corp invertirá 50 millones de "
        "dólares. Sonora espera más anuncios.",
        Invested("Acme Corp", "Sonora", 50 * M, "USD"),
    ),
    row(
        "main-region",
        "en",
        "Acme Corp will invest $50 million in Mexico. Acme Corp has plants in Sonora and in "
        "Jalisco. Jalisco and Sonora compete for factories.",
        Invested("Acme Corp", "Mexico", 50 * M, "USD"),
    ),
    # a passive verb after the amount, the investor after by/por/par
    row(
        "passive",
        "es",
        "Los 300 millones de dólares serán invertidos por Acme Corp en Apodaca.",
        Invested("Acme Corp", "Apodaca", 300 * M, "USD"),
    ),
    row(
        "passive",
        "en",
        "The $300 million will be invested by Acme Corp in Apodaca.",
        Invested("Acme Corp", "Apodaca", 300 * M, "USD"),
    ),
    row(
        "passive",
        "fr",
        "Les 300 millions de dollars seront investis par Acme SA à Apodaca.",
        Invested("Acme SA", "Apodaca", 300 * M, "USD"),
    ),
    # an announced amount for a plant ("anunció N para su planta")
    row(
        "announced-for",
        "es",
        "Acme Corp anunció 300 millones de dólares para su planta de Apodaca.",
        Invested("Acme Corp", "Apodaca", 300 * M, "USD"),
    ),
    row(
        "announced-for",
        "en",
        "Acme Corp announced $300 million for its plant in Apodaca.",
        Invested("Acme Corp", "Apodaca", 300 * M, "USD"),
    ),
    row(
        "announced-for",
        "fr",
        "Acme SA annonce 300 millions de dollars pour son usine d'Apodaca.",
        Invested("Acme SA", "Apodaca", 300 * M, "USD"),
    ),
    row("announced-for", "es", "Acme Corp anunció ventas por 300 millones de dólares en Apodaca."),
    row("announced-for", "en", "Acme Corp announced $300 million in sales in Apodaca."),
    row("announced-for", "fr", "Acme SA annonce 300 millions de dollars de ventes à Apodaca."),
    # "with this investment of N, X ...": the subject after the amount
    row(
        "with-this",
        "es",
        "Con esta inversión de 90 millones de dólares, Acme Corp abrirá una planta en Apodaca.",
        Invested("Acme Corp", "Apodaca", 90 * M, "USD"),
    ),
    row(
        "with-this",
        "fr",
        "Avec cet investissement de 90 millions d'euros, Acme SA ouvrira une usine à Apodaca.",
        Invested("Acme SA", "Apodaca", 90 * M, "EUR"),
    ),
    # an investment noun leads to its amount through words that qualify or link it only
    row(
        "noun-lead",
        "es",
        "Acme Corp anunció una inversión superior a los 600 millones de pesos en Mérida.",
        Invested("Acme Corp", "Mérida", 600 * M, "MXN"),
    ),
    row(
        "noun-lead",
        "en",
        "Acme Corp confirmed an investment equivalent to $51 million in Saltillo.",
        Invested("Acme Corp", "Saltillo", 51 * M, "USD"),
    ),
    row(
        "noun-lead",
        "fr",
        "Acme SA confirme un investissement estimé à 50 millions d'euros à Lyon.",
        Invested("Acme SA", "Lyon", 50 * M, "EUR"),
    ),
    row(
        "noun-lead",
        "es",
        "La inversión de Acme Corp en el sector creció hasta alcanzar 500 millones de dólares "
        "en Mérida.",
    ),
    row(
        "noun-lead",
        "en",
        "Acme Corp said investment in the region fell sharply, while sales reached $500 million "
        "in Saltillo.",
    ),
    row(
        "noun-lead",
        "fr",
        "Acme SA a gelé ses investissements car les ventes ont chuté à 50 millions d'euros à Lyon.",
    ),
    # a sentence that opens on the investment told of before: a name after the amount (who
    # rates it) does not stop it, and the place is the one the sentence before gives
    row(
        "told-before",
        "fr",
        "Le groupe Danone construit une usine de dessalement à Valparaíso. L'investissement, d'un "
        "montant de 1,2 milliard de dollars, a obtenu une note de Moody's.",
        Invested("Danone", "Valparaíso", 1.2 * B, "USD"),
    ),
    # a cumulative total to date is background, not a new investment
    row(
        "cumulative",
        "es",
        "Acme Corp suma una inversión acumulada de 5 mil millones de dólares en México.",
    ),
    row("cumulative", "en", "Acme Corp's cumulative investment in Mexico reached $5 billion."),
    row(
        "cumulative",
        "fr",
        "L'investissement cumulé de Acme SA au Mexique atteint 5 milliards de dollars.",
    ),
    # a capitalized company noun in a headline is a kind of company, not an investor
    row("generic-noun", "en", "Automakers pour money into Mexico\n\nSales rose in March."),
    # a place that receives, attracts or tallies investment is no investor: a total
    row("received-total", "es", "Colombia recibió inversiones por 17.000 millones de dólares."),
    row(
        "received-total",
        "es",
        "Guatemala cerró el año con inversiones por 1.500 millones de dólares.",
    ),
    row("received-total", "en", "Mexico attracted investments of $36 billion last year."),
    row(
        "received-total", "fr", "La Colombie a reçu des investissements de 17 milliards de dollars."
    ),
    row(
        "received-total",
        "es",
        "Acme Corp recibió una inversión de 50 millones de dólares de Beta Capital en Sonora.",
        Invested("Beta Capital", "Sonora", 50 * M, "USD"),
    ),
    row(
        "received-total",
        "es",
        "El Salvador invertirá 300 millones de dólares en un aeropuerto en San Miguel.",
        Invested("El Salvador", "San Miguel", 300 * M, "USD"),
    ),
    row(
        "received-total",
        "en",
        "Chile will invest $500 million in a desalination plant in Antofagasta.",
        Invested("Chile", "Antofagasta", 500 * M, "USD"),
    ),
    # an amount inside a relative aside does not cut the subject off from its investment
    row(
        "aside-amount",
        "es",
        "Acme Corp, que registró ventas por 2,000 millones de dólares, invertirá 300 millones "
        "de dólares en Puebla.",
        Invested("Acme Corp", "Puebla", 300 * M, "USD"),
    ),
    row(
        "aside-amount",
        "en",
        "Acme Corp, which recorded sales of $2 billion, will invest $300 million in Puebla.",
        Invested("Acme Corp", "Puebla", 300 * M, "USD"),
    ),
    row(
        "aside-amount",
        "fr",
        "Acme Corp, qui a réalisé des ventes de 2 milliards de dollars, investira 300 millions "
        "de dollars à Puebla.",
        Invested("Acme Corp", "Puebla", 300 * M, "USD"),
    ),
    # a government in another clause after the amount is not its investor
    row(
        "government-other-clause",
        "es",
        "Acme Corp invertirá 300 millones de dólares en Puebla, mientras que el gobierno "
        "federal construirá una carretera.",
        Invested("Acme Corp", "Puebla", 300 * M, "USD"),
    ),
    row(
        "government-other-clause",
        "es",
        "Acme Corp invertirá 300 millones de dólares en Puebla; el gobierno estatal dará "
        "incentivos por 20 millones de pesos.",
        Invested("Acme Corp", "Puebla", 300 * M, "USD"),
    ),
    row(
        "government-other-clause",
        "en",
        "Acme Corp will invest $300 million in Puebla, while the federal government will build "
        "a road.",
        Invested("Acme Corp", "Puebla", 300 * M, "USD"),
    ),
    row(
        "government-linked",
        "fr",
        "La Colombie accueillera le centre. Le projet recevra un financement de 40 000 millions "
        "de pesos de la part du gouvernement national.",
        Invested("Colombia", "Colombia", 40 * B, "COP"),
    ),
    # "the state government" of an article that names one state only: that state, there
    row(
        "state-government",
        "en",
        "Acme Corp will invest $300 million in Puebla. Acme Corp will build cars. The state "
        "government will invest $20 million in the access road.",
        Invested("Acme Corp", "Puebla", 300 * M, "USD"),
        Invested("Puebla", "Puebla", 20 * M, "USD"),
    ),
    row(
        "state-government",
        "es",
        "Acme Corp invertirá 300 millones de dólares en Puebla. Acme Corp fabricará autos. El "
        "gobierno estatal invertirá 200 millones de pesos en la carretera.",
        Invested("Acme Corp", "Puebla", 300 * M, "USD"),
        Invested("Puebla", "Puebla", 200 * M, "MXN"),
    ),
    row(
        "state-government",
        "fr",
        "Acme Corp investira 300 millions de dollars à Puebla. Acme Corp fabriquera des voitures. "
        "Le gouvernement de l'État investira 20 millions de dollars dans la route.",
        Invested("Acme Corp", "Puebla", 300 * M, "USD"),
        Invested("Puebla", "Puebla", 20 * M, "USD"),
    ),
    row(
        "state-government",
        "es",
        "Acme Corp invertirá 300 millones de dólares en Puebla y Tlaxcala. El gobierno estatal "
        "invertirá 200 millones de pesos en la carretera.",
        Invested("Acme Corp", "Puebla", 300 * M, "USD"),
    ),
    # what a place receives from a public source is not the article's company's investment
    row(
        "received-public",
        "es",
        "Acme Airports invertirá 5,000 millones de pesos en Jalisco. Acme Airports opera "
        "terminales. Tlaxcala recibirá 500 millones de pesos del programa federal de caminos.",
        Invested("Acme Airports", "Jalisco", 5 * B, "MXN"),
    ),
    row(
        "received-public",
        "en",
        "Acme Airports will invest $300 million in Jalisco. Acme Airports runs terminals. "
        "Tlaxcala will receive $50 million from the federal roads program.",
        Invested("Acme Airports", "Jalisco", 300 * M, "USD"),
    ),
    row(
        "received-public",
        "fr",
        "Acme Airports investira 300 millions de dollars à Jalisco. Acme Airports gère des "
        "terminaux. Tlaxcala recevra 50 millions de dollars en subventions fédérales.",
        Invested("Acme Airports", "Jalisco", 300 * M, "USD"),
    ),
    row(
        "received-public",
        "es",
        "Acme Airports invertirá 5,000 millones de pesos en sus aeropuertos. Acme Airports "
        "opera terminales. El aeropuerto de Tijuana recibirá 1,200 millones de pesos.",
        Invested("Acme Airports", "Mexico", 5 * B, "MXN"),
        Invested("Acme Airports", "Tijuana", 1.2 * B, "MXN"),
    ),
    # a list of places receives a list of as many amounts, in order; lists that do not pair
    # give no amount to any of them
    row(
        "received-list",
        "es",
        "Acme Airports invertirá 5,000 millones de pesos en Jalisco. Acme Airports opera "
        "terminales. Tijuana, Mexicali y Ensenada recibirán 300, 200 y 100 millones de pesos, "
        "respectivamente.",
        Invested("Acme Airports", "Jalisco", 5 * B, "MXN"),
        Invested("Acme Airports", "Tijuana", 300 * M, "MXN"),
        Invested("Acme Airports", "Mexicali", 200 * M, "MXN"),
        Invested("Acme Airports", "Ensenada", 100 * M, "MXN"),
    ),
    row(
        "received-list",
        "en",
        "Acme Airports will invest $900 million in Jalisco. Acme Airports runs terminals. "
        "Tijuana and Mexicali will receive $300 million and $200 million, respectively.",
        Invested("Acme Airports", "Jalisco", 900 * M, "USD"),
        Invested("Acme Airports", "Tijuana", 300 * M, "USD"),
        Invested("Acme Airports", "Mexicali", 200 * M, "USD"),
    ),
    row(
        "received-list",
        "fr",
        "Acme Airports investira 900 millions de dollars à Jalisco. Acme Airports gère des "
        "terminaux. Tijuana et Mexicali recevront 300 et 200 millions de dollars respectivement.",
        Invested("Acme Airports", "Jalisco", 900 * M, "USD"),
        Invested("Acme Airports", "Tijuana", 300 * M, "USD"),
        Invested("Acme Airports", "Mexicali", 200 * M, "USD"),
    ),
    row(
        "received-list",
        "es",
        "Acme Airports invertirá 5,000 millones de pesos en Jalisco. Acme Airports opera "
        "terminales. Tijuana, Mexicali y Ensenada recibirán 300 y 200 millones de pesos.",
        Invested("Acme Airports", "Jalisco", 5 * B, "MXN"),
    ),
    # a capital injection is an investment
    row(
        "capital-injection",
        "es",
        "La empresa Acme Optics hará una inyección de capital por 30 millones de dólares en "
        "Ciudad Obregón.",
        Invested("Acme Optics", "Ciudad Obregón", 30 * M, "USD"),
    ),
    row(
        "capital-injection",
        "en",
        "Acme Optics will make a capital injection of $30 million in Ciudad Obregon.",
        Invested("Acme Optics", "Ciudad Obregón", 30 * M, "USD"),
    ),
    row(
        "capital-injection",
        "fr",
        "Acme Optics réalisera une injection de capital de 30 millions de dollars au Mexique.",
        Invested("Acme Optics", "Mexico", 30 * M, "USD"),
    ),
    row(
        "capital-injection",
        "es",
        "El banco central hizo una inyección de liquidez por 500 millones de dólares.",
    ),
    # one investment told with its country and again with its city: the city stands
    row(
        "coarser-repeat",
        "es",
        "Kia invertirá 1,000 millones de dólares en México\n\nLa armadora Kia invertirá 1,000 "
        "millones de dólares en su planta de Pesquería, Nuevo León.",
        Invested("Kia", "Pesquería", 1 * B, "USD"),
    ),
    # a verb of spending or setting money aside tells an investment only of a company
    row(
        "spend-company",
        "en",
        "Renault has earmarked $150 million for a new data center in Colombia.",
        Invested("Renault", "Colombia", 150 * M, "USD"),
    ),
    row(
        "spend-company",
        "fr",
        "Renault va débloquer 80 millions d'euros pour son usine au Mexique.",
        Invested("Renault", "Mexico", 80 * M, "EUR"),
    ),
    row(
        "spend-company",
        "en",
        "Renault will plow $500 million into a new plant in Sonora.",
        Invested("Renault", "Sonora", 500 * M, "USD"),
    ),
    row(
        "spend-company",
        "fr",
        "Renault a alloué 500 millions d'euros à son usine au Brésil.",
        Invested("Renault", "Brazil", 500 * M, "EUR"),
    ),
    row(
        "spend-company",
        "en",
        "Renault plowed through the crisis in Brazil, where sales reached $500 million.",
    ),
    row(
        "spend-company",
        "fr",
        "Renault a engagé des discussions avec le Brésil, où ses ventes ont atteint 500 millions "
        "d'euros.",
    ),
    row("spend-company", "en", "The Chilean state injected $500 million into the pension system."),
    # what building a facility costs
    row(
        "build-cost",
        "en",
        "Renault will build a plant in Sonora at a cost of $500 million.",
        Invested("Renault", "Sonora", 500 * M, "USD"),
    ),
    row(
        "build-cost",
        "fr",
        "Renault construira une usine au Brésil pour un coût de 500 millions d'euros.",
        Invested("Renault", "Brazil", 500 * M, "EUR"),
    ),
    row("build-cost", "en", "The strike came at a cost of $50 million to Renault in Brazil."),
    row("spend-company", "en", "Mexico spent $2 billion on fuel imports last year."),
    row("spend-company", "en", "Tourists spent $5 billion in Cancún during the holidays."),
    row("spend-company", "en", "Congress earmarked $300 million for disaster relief in Chile."),
    row("spend-company", "fr", "Le Mexique a dépensé 2 milliards de dollars en importations."),
    row(
        "spend-company",
        "fr",
        "Le gouvernement a débloqué 300 millions d'euros pour les victimes au Chili.",
    ),
    # an announcing verb, an article, the amount and a plan or an expansion
    row(
        "announced-plan",
        "en",
        "Renault unveiled a $2 billion plan to build a factory in Mexico.",
        Invested("Renault", "Mexico", 2 * B, "USD"),
    ),
    row(
        "announced-plan",
        "en",
        "Renault announced a $60 million expansion of its plant in Sonora.",
        Invested("Renault", "Sonora", 60 * M, "USD"),
    ),
    row("announced-plan", "en", "Renault announced a $2 billion plan to buy back shares."),
    row("announced-plan", "en", "Renault announced a $60 million loss in Chile."),
    row("announced-plan", "en", "The Toromocho Expansion (US$1,355 million) is underway in Peru."),
    # a project that is the result of a total investment: the company of the sentence before
    row(
        "carried-total",
        "en",
        "Renault opened its new plant in Sonora. The plant is the result of a total investment "
        "of $400 million.",
        Invested("Renault", "Sonora", 400 * M, "USD"),
    ),
    # a relative clause or a conditional between the investment noun and its amount
    row(
        "noun-relative",
        "en",
        "The investment by Renault, which totals $500 million, will go to Sonora.",
        Invested("Renault", "Sonora", 500 * M, "USD"),
    ),
    row(
        "noun-relative",
        "en",
        "Renault said the investment would total $500 million in Sonora.",
        Invested("Renault", "Sonora", 500 * M, "USD"),
    ),
    row(
        "noun-relative",
        "en",
        "Renault's investment in the sector, which grew last year, reached sales of $500 million.",
    ),
    row(
        "noun-relative",
        "fr",
        "L'investissement de Renault, qui a été critiqué, a fait chuter ses ventes de 500 "
        "millions d'euros.",
    ),
    # a second amount that leaves its currency out, after sales or another investor's amount
    row(
        "elided-currency",
        "es",
        "La empresa Norvald registró ventas por 500 millones de dólares y prevé invertir 30 "
        "millones en Chile.",
        Invested("Norvald", "Chile", 30 * M, "USD"),
    ),
    row(
        "elided-currency",
        "en",
        "Vextra Motors will invest $100 million in Sonora, while Brisco Auto will invest 40 "
        "million in Jalisco.",
        Invested("Vextra Motors", "Sonora", 100 * M, "USD"),
        Invested("Brisco Auto", "Jalisco", 40 * M, "USD"),
    ),
    row(
        "elided-currency",
        "fr",
        "Ormeda investira 200 millions d'euros au Chili et Brisco 50 millions au Pérou.",
        Invested("Ormeda", "Chile", 200 * M, "EUR"),
        Invested("Brisco", "Peru", 50 * M, "EUR"),
    ),
    # spending verbs: "canalizará", "desembolsó", "inyectó", "débloque une enveloppe de"
    row(
        "spend-verb",
        "es",
        "El grupo Vextra canalizará 80 millones de dólares hacia Guatemala.",
        Invested("Vextra", "Guatemala", 80 * M, "USD"),
    ),
    row(
        "spend-verb",
        "es",
        "Tarvelia Minera desembolsó 120 millones de dólares en Salta.",
        Invested("Tarvelia Minera", "Salta", 120 * M, "USD"),
    ),
    row(
        "spend-verb",
        "es",
        "Zorbel Energía inyectó 45 millones de dólares en su parque solar de Sonora.",
        Invested("Zorbel Energía", "Sonora", 45 * M, "USD"),
    ),
    row(
        "spend-verb",
        "fr",
        "Brisco Industries débloque une enveloppe de 50 millions d'euros pour son usine de Puebla.",
        Invested("Brisco Industries", "Puebla", 50 * M, "EUR"),
    ),
    # a demonym after the amount is the place when the sentence names none ("el mercado
    # chileno"); before a name it says where a company is from, and is no place
    row(
        "demonym-place",
        "es",
        "Vextra Retail abrió tiendas en Monterrey, México, y en Guadalajara, México. Vextra "
        "Retail invertirá 200 millones de dólares en el mercado chileno.",
        Invested("Vextra Retail", "Chile", 200 * M, "USD"),
    ),
    row(
        "demonym-place",
        "fr",
        "Ormeda Distribution investira 150 millions d'euros sur le marché brésilien.",
        Invested("Ormeda Distribution", "Brazil", 150 * M, "EUR"),
    ),
    row(
        "demonym-place",
        "es",
        "Acme Capital invertirá 50 millones de dólares en la firma chilena Brisco Solar.",
        Invested("Acme Capital", None, 50 * M, "USD"),
    ),
    # the agent of a passive after the amount invests when no subject comes before ("the
    # project ... will be developed by Acme"); with a subject, the agent only runs the plant
    row(
        "passive-agent",
        "es",
        "El proyecto, con una inversión de 250 millones de dólares, será desarrollado por "
        "Zorbel Energía en Mendoza.",
        Invested("Zorbel Energía", "Mendoza", 250 * M, "USD"),
    ),
    row(
        "passive-agent",
        "fr",
        "Le projet, d'un investissement de 250 millions de dollars, sera réalisé par Zorbel "
        "Énergie en Argentine.",
        Invested("Zorbel Énergie", "Argentina", 250 * M, "USD"),
    ),
    row(
        "passive-agent",
        "en",
        "Brisco Power will invest $50 million in Sonora in a plant operated by Acme Energy.",
        Invested("Brisco Power", "Sonora", 50 * M, "USD"),
    ),
    row(
        "passive-agent",
        "es",
        "Brisco Energía invertirá 50 millones de dólares en Sonora en una planta operada por "
        "Acme Energía.",
        Invested("Brisco Energía", "Sonora", 50 * M, "USD"),
    ),
    # a figure changed "from" the old "to" the new: the new one is the investment; a range
    # with no change verb keeps its first figure
    row(
        "revised-figure",
        "en",
        "Vextra Mining raised its planned investment in Chile from $1 billion to $1.5 billion.",
        Invested("Vextra Mining", "Chile", 1.5 * B, "USD"),
    ),
    row(
        "revised-figure",
        "es",
        "La inversión de Zorbel Minera en Salta pasó de 300 a 450 millones de dólares.",
        Invested("Zorbel Minera", "Salta", 450 * M, "USD"),
    ),
    row(
        "revised-figure",
        "fr",
        "L'investissement d'Ormeda au Chili est passé de 2 à 3 milliards de dollars.",
        Invested("Ormeda", "Chile", 3 * B, "USD"),
    ),
    row(
        "revised-figure",
        "es",
        "Acme Energía invertirá en Arequipa de 40 a 50 millones de dólares.",
        Invested("Acme Energía", "Arequipa", 40 * M, "USD"),
    ),
    # "in total" right after the verb is the subject's own total, not a sum of many investors
    row(
        "verb-total",
        "fr",
        "Le groupe Zorbel investira au total 400 millions de dollars au Brésil.",
        Invested("Zorbel", "Brazil", 400 * M, "USD"),
    ),
    row(
        "verb-total",
        "es",
        "Norvald Acero invertirá en total 200 millones de dólares en Coahuila.",
        Invested("Norvald Acero", "Coahuila", 200 * M, "USD"),
    ),
    row(
        "verb-total",
        "es",
        "Las empresas del sector invertirán 5.000 millones de dólares en total en México.",
    ),
    row(
        "spend-verb",
        "en",
        "Tarvelia Foods is putting $60 million into a new plant in Guatemala.",
        Invested("Tarvelia Foods", "Guatemala", 60 * M, "USD"),
    ),
    # an investment noun that leads to its amount through the facility it is in
    row(
        "noun-facility",
        "es",
        "Vextra Motors confirmó que la inversión en su planta de Aguascalientes asciende a 150 "
        "millones de dólares.",
        Invested("Vextra Motors", "Aguascalientes", 150 * M, "USD"),
    ),
    row(
        "noun-facility",
        "en",
        "Acme Foods said the investment in its plant in Lima amounts to $45 million.",
        Invested("Acme Foods", "Lima", 45 * M, "USD"),
    ),
    row(
        "noun-facility",
        "es",
        "La inversión en su planta fue un éxito y sus ventas llegaron a 80 millones de dólares.",
    ),
    # a government that channels money to municipalities makes no investment
    row(
        "spend-verb",
        "es",
        "Según el informe, el Gobierno canalizará 300 millones de pesos a los municipios de "
        "Oaxaca.",
    ),
    # a year after a month or a function word dates the name after it: no unit of a quantity
    row(
        "year-before-name",
        "en",
        "In March 2024 Vextra executives confirmed a $40 million logistics investment in Jalisco.",
        Invested("Vextra", "Jalisco", 40 * M, "USD"),
    ),
    row(
        "year-before-name",
        "es",
        "En marzo de 2024 Vextra anunció una inversión de 40 millones de dólares en Jalisco.",
        Invested("Vextra", "Jalisco", 40 * M, "USD"),
    ),
    row(
        "year-before-name",
        "fr",
        "En mars 2024 Vextra a annoncé un investissement de 40 millions d'euros au Chili.",
        Invested("Vextra", "Chile", 40 * M, "EUR"),
    ),
    # ... but a short acronym after a number is still a unit
    row(
        "year-before-name",
        "es",
        "Vextra abrió una central de 2020 MW en Sonora con una inversión de 40 millones de "
        "dólares.",
        Invested("Vextra", "Sonora", 40 * M, "USD"),
    ),
    # a spending verb whose subject is a name nothing types, or "the group": a company's
    row(
        "spend-untyped",
        "en",
        "Separately, Quilmard will spend $60 million on a warehouse in Monterrey.",
        Invested("Quilmard", "Monterrey", 60 * M, "USD"),
    ),
    row(
        "spend-untyped",
        "fr",
        "De son côté, Quilmard débloquera 60 millions d'euros pour un entrepôt à Lyon.",
        Invested("Quilmard", "Lyon", 60 * M, "EUR"),
    ),
    row(
        "spend-untyped",
        "es",
        "Además, Quilmard canalizará 60 millones de pesos a un almacén en Monterrey.",
        Invested("Quilmard", "Monterrey", 60 * M, "MXN"),
    ),
    row(
        "spend-the-group",
        "en",
        "Zorbel Foods opened a plant in Jalisco. Its chief said the group would also spend a "
        "further $40 million on a warehouse in León.",
        Invested("Zorbel Foods", "León", 40 * M, "USD"),
    ),
    row(
        "spend-the-group",
        "es",
        "Zorbel Foods abrió una planta en Jalisco. Además, la empresa prevé destinar otros 60 "
        "millones de pesos a un almacén en León.",
        Invested("Zorbel Foods", "León", 60 * M, "MXN"),
    ),
    # a name nobody types joined by a conjunction to a place before it is a place, no investor
    row(
        "joined-to-place",
        "en",
        "Norvald Hotels opened a resort. Norvald Hotels already runs two hotels in Puerto "
        "Plata and Tarvelia, and will spend $35 million renovating one.",
        Invested("Norvald Hotels", "Puerto Plata", 35 * M, "USD"),
    ),
    row(
        "joined-to-place",
        "es",
        "Norvald Hotels abrió un hotel. Norvald ya opera dos hoteles en Puerto Plata y "
        "Tarvelia, y canalizará 35 millones de dólares a renovarlos.",
        Invested("Norvald Hotels", "Puerto Plata", 35 * M, "USD"),
    ),
    row(
        "joined-to-place",
        "fr",
        "Norvald Hotels a ouvert un hôtel. Norvald Hotels exploite déjà deux hôtels à Puerto "
        "Plata et Tarvelia, et débloquera 35 millions de dollars pour les rénover.",
        Invested("Norvald Hotels", "Puerto Plata", 35 * M, "USD"),
    ),
    # a verb of contributing with an amount after it: the subject's investment; with no amount
    # it tells of other help
    row(
        "contribute",
        "fr",
        "Dans le même temps, Quilmard apportera 60 millions d'euros au programme au Chili.",
        Invested("Quilmard", "Chile", 60 * M, "EUR"),
    ),
    row(
        "contribute",
        "es",
        "Por su parte, Quilmard aportará 60 millones de dólares al programa en Jalisco.",
        Invested("Quilmard", "Jalisco", 60 * M, "USD"),
    ),
    row(
        "contribute",
        "en",
        "For its part, Quilmard will contribute $60 million to the program in Jalisco.",
        Invested("Quilmard", "Jalisco", 60 * M, "USD"),
    ),
    row(
        "contribute",
        "en",
        "The Vextra exchanges will contribute to the competitiveness of Nuevo León.",
    ),
    row(
        "contribute",
        "es",
        "Los intercambios de Vextra aportarán a la competitividad de Nuevo León.",
    ),
    # a verb or noun of buying, then the price after a price word in its clause: what the
    # buyer spends; what it buys is no investor
    row(
        "acquire-price",
        "fr",
        "Le groupe Vextra rachètera 30 magasins de l'enseigne Brisco au Chili pour environ 300 "
        "millions d'euros.",
        Invested("Vextra", "Chile", 300 * M, "EUR"),
    ),
    row(
        "acquire-price",
        "fr",
        "L'entreprise Vextra Énergie s'impose au Chili avec l'acquisition de trois parcs "
        "éoliens au montant de 800 millions de dollars canadiens.",
        Invested("Vextra Énergie", "Chile", 800 * M, "CAD"),
    ),
    row(
        "acquire-price",
        "es",
        "La empresa Vextra Energía anunció la compra de Brisco en Chile por unos 300 millones "
        "de dólares.",
        Invested("Vextra Energía", "Chile", 300 * M, "USD"),
    ),
    row(
        "acquire-price",
        "en",
        "Vextra Energy completed the acquisition of Brisco in Chile for $300 million.",
        Invested("Vextra Energy", "Chile", 300 * M, "USD"),
    ),
    row(
        "acquire-price",
        "en",
        "Vextra Energy sold its stake in Brisco in Chile for $300 million.",
    ),
    row(
        "acquire-price",
        "fr",
        "Le groupe Vextra achète pour 300 millions d'euros des parcs éoliens au Chili.",
        Invested("Vextra", "Chile", 300 * M, "EUR"),
    ),
    # with no place named, the demonym of the company bought: where the money goes
    row(
        "acquire-demonym",
        "en",
        "Vextra Corp. agreed to buy Peruvian miner Brisco for $300 million.",
        Invested("Vextra Corp", "Peru", 300 * M, "USD"),
    ),
    row(
        "acquire-demonym",
        "es",
        "El grupo Vextra anunció la adquisición de la firma colombiana Brisco por 300 millones"
        " de dólares.",
        Invested("Vextra", "Colombia", 300 * M, "USD"),
    ),
    row(
        "acquire-demonym",
        "fr",
        "Le groupe Vextra a acquis pour 300 millions de dollars la société péruvienne Brisco.",
        Invested("Vextra", "Peru", 300 * M, "USD"),
    ),
    # "the bank", "la banque": the company the article is about
    row(
        "bank-company",
        "fr",
        "Banco Ormeda Ecuador nomme une directrice. Elle mènera le plan de la banque, qui "
        "consacrera 80 millions de dollars à l'ouverture d'agences à Quito.",
        Invested("Banco Ormeda Ecuador", "Quito", 80 * M, "USD"),
    ),
    row(
        "bank-company",
        "es",
        "Banco Ormeda Ecuador nombró una directora. Ella liderará el plan del banco, que "
        "destinará 80 millones de dólares a abrir agencias en Quito.",
        Invested("Banco Ormeda Ecuador", "Quito", 80 * M, "USD"),
    ),
    row(
        "bank-company",
        "en",
        "Banco Ormeda Ecuador named a new chief. She will lead the bank's plan, as the bank "
        "will invest $80 million to open branches in Quito.",
        Invested("Banco Ormeda Ecuador", "Quito", 80 * M, "USD"),
    ),
    # a network, a terminal or a warehouse the amount is the cost of
    row(
        "network-facility",
        "en",
        "Pelican Grid Telecom will deploy a $150 million fiber-optic network across Guatemala.",
        Invested("Pelican Grid Telecom", "Guatemala", 150 * M, "USD"),
    ),
    row(
        "network-facility",
        "es",
        "Pelican Grid Telecom desplegará una red de fibra óptica de 150 millones de dólares en "
        "Guatemala.",
        Invested("Pelican Grid Telecom", "Guatemala", 150 * M, "USD"),
    ),
    row(
        "network-facility",
        "fr",
        "Pelican Grid Telecom déploiera un réseau de fibre optique de 150 millions de dollars "
        "au Guatemala.",
        Invested("Pelican Grid Telecom", "Guatemala", 150 * M, "USD"),
    ),
    # a place inside an aside right after the investor says where it is, not where it invests
    row(
        "investor-aside-place",
        "fr",
        "La Compagnie minière Tarvelia, cotée à Toronto et à Paris, prévoit d'investir 1 "
        "milliard de dollars sur cinq ans. Le gisement est au Pérou.",
        Invested("Compagnie minière Tarvelia", "Peru", 1 * B, "USD"),
    ),
    row(
        "investor-aside-place",
        "es",
        "La minera Tarvelia Resources, listada en Toronto, invertirá 1.000 millones de dólares "
        "en cinco años. El yacimiento está en Perú.",
        Invested("Tarvelia Resources", "Peru", 1 * B, "USD"),
    ),
    row(
        "investor-aside-place",
        "en",
        "Tarvelia Mining, listed in Toronto and London, will invest $1 billion over five years. "
        "The deposit is in Peru.",
        Invested("Tarvelia Mining", "Peru", 1 * B, "USD"),
    ),
    # "débourser" spends; "réalisé par X" after the amount names who invests it
    row(
        "spend-verb",
        "fr",
        "Le constructeur Vextra va débourser 1,2 milliard de dollars pour agrandir son usine de "
        "Puebla.",
        Invested("Vextra", "Puebla", 1.2 * B, "USD"),
    ),
    row(
        "made-by",
        "fr",
        "Une usine sera construite à León grâce à un investissement de 50 millions d'euros "
        "réalisé par Vextra.",
        Invested("Vextra", "León", 50 * M, "EUR"),
    ),
    # two places after "between" are the ends of a road: the investment is in their country
    row(
        "route-ends",
        "fr",
        "Le fonds Norvald injectera 700 millions de dollars dans des autoroutes dans le sud du "
        "Pérou, entre Arequipa et Puno.",
        Invested("Norvald", "Peru", 700 * M, "USD"),
    ),
    row(
        "route-ends",
        "es",
        "Norvald Capital invertirá 700 millones de dólares en carreteras en el sur de Perú, "
        "entre Arequipa y Puno.",
        Invested("Norvald Capital", "Peru", 700 * M, "USD"),
    ),
    row(
        "route-ends",
        "en",
        "Norvald Capital will invest $700 million in toll roads in southern Peru, between "
        "Arequipa and Puno.",
        Invested("Norvald Capital", "Peru", 700 * M, "USD"),
    ),
    # a place of another country after the chain is no finer place of it
    row(
        "chain-other-country",
        "fr",
        "Norvald Capital injectera 700 millions de dollars au Pérou, a-t-il annoncé à Montréal.",
        Invested("Norvald Capital", "Peru", 700 * M, "USD"),
    ),
    row(
        "chain-other-country",
        "es",
        "Norvald Capital invertirá 700 millones de dólares en Perú, anunció en Montreal.",
        Invested("Norvald Capital", "Peru", 700 * M, "USD"),
    ),
    row(
        "chain-other-country",
        "en",
        "Norvald Capital will invest $700 million in Peru, it said in Montreal.",
        Invested("Norvald Capital", "Peru", 700 * M, "USD"),
    ),
    # an investment word inside a name is no investment word of the sentence
    row(
        "word-in-name",
        "es",
        "La petrolera Vextra Energía presentó ante el Régimen de Incentivo para Grandes "
        "Inversiones (RIGI) un proyecto por 2.400 millones de dólares en Neuquén.",
    ),
    row(
        "word-in-name",
        "en",
        "Vextra Energy presented to the Regime for Large Investments (RLI) a plan for $2.4 "
        "billion in Neuquén.",
    ),
    # the company that signs with schools spends, not the last school named before the amount
    row(
        "company-before-schools",
        "es",
        "La empresa alemana Brisco Seating firmó un convenio con la Universidad Tecnológica de"
        " Hermosillo y la Universidad de Sonora para formar estudiantes en la planta que amplía,"
        " con una inversión de 3 mil 100 millones de pesos.",
        Invested("Brisco Seating", None, 3100 * M, "MXN"),
    ),
    row(
        "company-before-schools",
        "en",
        "Brisco Seating signed an agreement with the University of Sonora to train students at"
        " the plant it is expanding with an investment of $120 million.",
        Invested("Brisco Seating", None, 120 * M, "USD"),
    ),
    row(
        "company-before-schools",
        "fr",
        "Brisco Sièges a signé une convention avec l'Université de Sonora pour former des"
        " étudiants dans l'usine qu'elle agrandit, avec un investissement de 120 millions de"
        " dollars.",
        Invested("Brisco Sièges", None, 120 * M, "USD"),
    ),
    # a town in a local unit whose last word is also a state's name: the town, one place
    row(
        "unit-town",
        "es",
        "Conductores Zorbel inauguró en el distrito de Cerro Colorado una planta que demandó una"
        " inversión de US$ 62 millones.",
        Invested("Conductores Zorbel", "Cerro Colorado", 62 * M, "USD"),
    ),
    # a headline that opens on a demonym: the company's name starts after it
    row(
        "headline-demonym",
        "es",
        "Surcoreana Seowon Fibertech invertirá US$75 millones en Choloma",
        Invested("Seowon Fibertech", "Choloma", 75 * M, "USD"),
    ),
    row(
        "word-in-name",
        "fr",
        "Vextra Énergie a présenté au Régime d'Incitation aux Grands Investissements (RIGI) un "
        "plan de 2,4 milliards de dollars à Neuquén.",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_investment_shapes(lang: str, text: str, expected: list[Invested]) -> None:
    found = extract(read_text(text, lang=lang))
    actual = [
        Invested(
            f.investor.label,
            f.place.label if f.place else None,
            f.amount.value if f.amount else None,
            f.amount.currency if f.amount else None,
        )
        for f in found.facts
        if isinstance(f, Investment)
    ]

    def same(a: Invested, e: Invested) -> bool:
        values = (
            a.value is None
            and e.value is None
            or (a.value is not None and e.value is not None and math.isclose(a.value, e.value))
        )
        return a._replace(value=None) == e._replace(value=None) and values

    missing = [e for e in expected if not any(same(a, e) for a in actual)]
    unexpected = [a for a in actual if not any(same(a, e) for e in expected)]
    assert not missing and not unexpected, f"missing {missing}\nunexpected {unexpected}"
