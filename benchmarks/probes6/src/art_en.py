# English articles r01-r06 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])
US = ("United States", "Place", ["U.S.", "US", "USA", "Estados Unidos", "États-Unis"])
AR = ("Argentina", "Place", ["Argentine"])
CO = ("Colombia", "Place", ["Colombie"])
PE = ("Peru", "Place", ["Perú", "Pérou"])

A("r01", "en", "2026-03-02", "https://example.org/altiplano-wire/2026/03/02/coorong-jujuy-lithium-hydroxide",
"""Australia's Coorong Minerals to build $1.1 bln lithium hydroxide plant in Argentina's Jujuy

SYDNEY/BUENOS AIRES, March 2 (Altiplano Wire) - Australian lithium developer Coorong Minerals will invest $1.1 billion (A$1.7 billion) in a lithium hydroxide refinery at Palpalá, in Argentina's northern province of Jujuy, the company said on Monday, in one of the largest bets yet on processing the metal inside the country rather than shipping it out as concentrate.

The refinery will take brine concentrate from the company's Puna Blanca project on the high Andean plateau and is designed to turn out 25,000 tonnes a year of battery-grade hydroxide from late 2028. It will belong to a joint venture in which provincial state miner Jujuy Energía y Minería Sociedad del Estado (JEMSE) takes a 20% stake in exchange for land and water rights, with Coorong holding the rest.

"We could have sent concentrate to Asia like everybody else. We think the margin belongs closer to the salar," managing director Fiona Tregear-Watts told analysts on a call, adding that the money would be spent over three years. The company expects about 1,400 workers on site at the peak of construction and 380 permanent staff once the plant runs.

Jujuy Governor Raúl Cabana Tolaba, who signed the joint venture agreement on Friday in San Salvador de Jujuy with Coorong's country manager for Argentina, Ignacio Barrionuevo Salas, said the province would seek the project's admission to the national incentive regime for large investments, which locks in tax and customs benefits for 30 years.

JEMSE president Marcela Quipildor Vaca said the state company's dividends would go to water works in the puna communities of Susques and Rinconada. Under a separate accord with Coorong, the Universidad Nacional de Jujuy will train 200 process technicians for the refinery over the next two years, provincial Mining and Hydrocarbons Secretary Luciano Arjona Vidal said.

Coorong is in talks with IDB Invest and two export credit agencies about a $600 million debt package and expects to take a final investment decision in the third quarter, a person familiar with the matter said.

Argentina exported about $1.2 billion of lithium carbonate in 2025, nearly all of it unrefined, and has drawn more than $9 billion in announced lithium projects since 2016, according to official figures. "The project makes sense, but 2028 looks tight given the permitting queue," said Sofía Lanús Ortiz, a mining analyst at Quebracho Capital in Buenos Aires.

Coorong shares closed 6.4% higher at A$1.82 in Sydney. (Reporting by Altiplano Wire staff; editing by the Sydney desk)""",
[("Coorong Minerals", "Organization", ["Coorong", "Coorong Minerals Ltd"]),
 ("Puna Blanca", "Program", ["Puna Blanca project"]),
 ("Jujuy Energía y Minería Sociedad del Estado", "Organization", ["JEMSE", "Jujuy Energia y Mineria Sociedad del Estado"]),
 ("Gobierno de Jujuy", "Organization", ["Jujuy provincial government", "Gobierno de la Provincia de Jujuy"]),
 ("Secretaría de Minería e Hidrocarburos de Jujuy", "Organization", ["Secretaria de Mineria e Hidrocarburos de Jujuy", "Jujuy Mining and Hydrocarbons Secretariat"]),
 ("Universidad Nacional de Jujuy", "Organization", ["UNJu", "National University of Jujuy"]),
 ("IDB Invest", "Organization", ["BID Invest"]),
 ("Altiplano Wire", "Organization", []),
 ("Quebracho Capital", "Organization", []),
 ("Fiona Tregear-Watts", "Person", ["Tregear-Watts"]),
 ("Raúl Cabana Tolaba", "Person", ["Raul Cabana Tolaba", "Raúl Cabana", "Cabana Tolaba"]),
 ("Ignacio Barrionuevo Salas", "Person", ["Ignacio Barrionuevo", "Barrionuevo Salas"]),
 ("Marcela Quipildor Vaca", "Person", ["Marcela Quipildor", "Quipildor Vaca"]),
 ("Luciano Arjona Vidal", "Person", ["Luciano Arjona", "Arjona Vidal"]),
 ("Sofía Lanús Ortiz", "Person", ["Sofia Lanus Ortiz", "Sofía Lanús", "Lanús Ortiz"]),
 ("Palpalá", "Place", ["Palpala"]),
 ("Jujuy", "Place", ["Jujuy province", "province of Jujuy", "provincia de Jujuy"]),
 ("San Salvador de Jujuy", "Place", []),
 ("Susques", "Place", []),
 ("Rinconada", "Place", []),
 ("Sydney", "Place", []),
 ("Buenos Aires", "Place", []),
 ("Asia", "Place", []),
 ("Australia", "Place", []),
 AR],
roles=[R("Fiona Tregear-Watts", ["managing director", "MD", "chief executive"], "Coorong Minerals", "managing director Fiona Tregear-Watts told analysts on a call"),
       R("Raúl Cabana Tolaba", ["Governor", "governor of Jujuy"], ["Jujuy", "Gobierno de Jujuy"], "Jujuy Governor Raúl Cabana Tolaba, who signed the joint venture agreement"),
       R("Ignacio Barrionuevo Salas", ["country manager for Argentina", "country manager"], "Coorong Minerals", "with Coorong's country manager for Argentina, Ignacio Barrionuevo Salas"),
       R("Marcela Quipildor Vaca", "president", "Jujuy Energía y Minería Sociedad del Estado", "JEMSE president Marcela Quipildor Vaca said"),
       R("Luciano Arjona Vidal", ["Mining and Hydrocarbons Secretary", "Secretary of Mining and Hydrocarbons", "Mining Secretary", "secretary"], ["Secretaría de Minería e Hidrocarburos de Jujuy", "Jujuy", "Gobierno de Jujuy"], "provincial Mining and Hydrocarbons Secretary Luciano Arjona Vidal said"),
       R("Sofía Lanús Ortiz", ["mining analyst", "analyst"], "Quebracho Capital", "said Sofía Lanús Ortiz, a mining analyst at Quebracho Capital", opt=True)],
inv=[I("Coorong Minerals", ["Palpalá", "Jujuy", "Argentina"], 1100000000, "USD", "over three years (output from late 2028)", "lithium hydroxide refinery", "will invest $1.1 billion (A$1.7 billion) in a lithium hydroxide refinery at Palpalá", alts=["Jujuy Energía y Minería Sociedad del Estado"]),
     I("Coorong Minerals", ["Palpalá", "Jujuy", "Argentina"], 1700000000, "AUD", "over three years", "equivalent in Australian dollars", "will invest $1.1 billion (A$1.7 billion)", opt=True)],
parts=[P("Coorong Minerals", "Jujuy Energía y Minería Sociedad del Estado", "joint venture owning the refinery (JEMSE 20%)", "It will belong to a joint venture in which provincial state miner Jujuy Energía y Minería Sociedad del Estado (JEMSE) takes a 20% stake"),
       P("Coorong Minerals", "Universidad Nacional de Jujuy", "training of process technicians", "Under a separate accord with Coorong, the Universidad Nacional de Jujuy will train 200 process technicians"),
       P("Coorong Minerals", "IDB Invest", "debt talks (loan)", "Coorong is in talks with IDB Invest and two export credit agencies", opt=True)],
claims=[C("Coorong Minerals", "jobs", 1400, "workers at peak construction", "The company expects about 1,400 workers on site at the peak of construction"),
        C("Coorong Minerals", "jobs", 380, "permanent staff", "380 permanent staff once the plant runs"),
        C("Universidad Nacional de Jujuy", "trainees", 200, "process technicians", "will train 200 process technicians for the refinery"),
        C("Coorong Minerals", "other", 25000, "tonnes a year of hydroxide", "25,000 tonnes a year of battery-grade hydroxide", opt=True, note="capacity")],
notes="Invented. Wire copy with dual dateline, agency tag, share price and an analyst quote. The investor is named in the first sentence only and is 'the company' afterwards; the money is 'spent over three years' in a quote paragraph. The refinery belongs to a joint venture with the provincial state miner (20% for land and water rights): one required row for Coorong with JEMSE accepted (probes4 joint-investment rule); the A$ equivalent is optional. The JV agreement is a required partnership; 'Under a separate accord with Coorong, the Universidad ... will train' is a required training partnership. Debt talks with IDB Invest are an optional loan link at most. Officials with Title Case titles before names and no comma ('Jujuy Governor X', 'JEMSE president X', 'provincial Mining and Hydrocarbons Secretary X'); the country manager is told after a possessive and a comma. Exports, the national lithium tally, the incentive regime (tax break) and the $600 million debt give no fact; capacity optional; the analyst's role optional.")

A("r02", "en", "2026-04-14", "https://example.org/press/2026/04/14/ondaro-payments-names-president-latin-america",
"""Ondaro Payments Names Renata Quispe Salas President for Latin America

Daniel Okafor-Lind to lead new international expansion unit from London; company to open US$60 million engineering hub in Bogotá

SAN FRANCISCO and MEXICO CITY, April 14, 2026 -- Ondaro Payments, Inc., a merchant-acquiring and payouts platform, today announced that Renata Quispe Salas will become President for Latin America on June 1. Quispe Salas, currently Senior Vice President of Merchant Operations for the region, will be based in Mexico City and report to Hannah Vrell, Ondaro's co-founder and Chief Executive Officer.

She will succeed Daniel Okafor-Lind, President for Latin America since 2021, who will relocate to London as Executive Vice President, International Expansion, a newly created position.

"Renata built our merchant operations in Mexico, Colombia and Chile from a team of eleven people," Vrell said. "Nobody is better placed to take the region into its next phase."

Ondaro also said that Luiza Bernardes Prado, Vice President of Finance for Brazil, will serve as interim General Manager of Ondaro Brasil following the departure of Felipe Arruda Motta, who left the company in March to join a São Paulo bank. A permanent appointment is expected in the third quarter.

The leadership changes come as Ondaro deepens its engineering presence in the region. The company will invest US$60 million over the next three years in a software engineering hub in Bogotá, its first outside the United States, which is expected to employ 400 engineers by the end of 2028. Ondaro will also work with the Universidad de los Andes on a payments-engineering bootcamp designed to train 250 students a year, with the first cohort starting in September.

Ondaro processed more than US$48 billion in payment volume in Latin America in 2025, up 37% from a year earlier, and serves about 310,000 merchants in the region. In November the company raised US$220 million in a Series E round that valued it at US$6.8 billion.

About Ondaro Payments
Founded in 2016 by Hannah Vrell and Kwame Asante-Rourke, Ondaro provides payment acceptance, payouts and treasury tools to businesses in 14 countries and employs about 2,300 people.

Media contact
Priscila Lemos Farías, Head of Communications, Latin America
press@example.org""",
[("Ondaro Payments", "Organization", ["Ondaro", "Ondaro Payments, Inc.", "Ondaro Payments Inc"]),
 ("Ondaro Brasil", "Organization", ["Ondaro Brazil"]),
 ("Universidad de los Andes", "Organization", ["Uniandes", "University of the Andes"]),
 ("Renata Quispe Salas", "Person", ["Renata Quispe", "Quispe Salas"]),
 ("Hannah Vrell", "Person", ["Vrell"]),
 ("Daniel Okafor-Lind", "Person", ["Okafor-Lind"]),
 ("Luiza Bernardes Prado", "Person", ["Luiza Bernardes", "Bernardes Prado"]),
 ("Felipe Arruda Motta", "Person", ["Felipe Arruda", "Arruda Motta"]),
 ("Kwame Asante-Rourke", "Person", ["Asante-Rourke"]),
 ("Priscila Lemos Farías", "Person", ["Priscila Lemos Farias", "Priscila Lemos", "Lemos Farías"]),
 ("San Francisco", "Place", []),
 ("Mexico City", "Place", ["Ciudad de México", "CDMX"]),
 ("London", "Place", ["Londres"]),
 ("Bogotá", "Place", ["Bogota"]),
 ("São Paulo", "Place", ["Sao Paulo"]),
 ("Latin America", "Place", ["América Latina", "Amérique latine"]),
 ("Brazil", "Place", ["Brasil", "Brésil"]),
 ("Chile", "Place", []),
 CO, US, MX],
roles=[R("Renata Quispe Salas", ["President for Latin America", "President", "regional president"], "Ondaro Payments", "today announced that Renata Quispe Salas will become President for Latin America on June 1"),
       R("Renata Quispe Salas", ["Senior Vice President of Merchant Operations", "Senior Vice President", "SVP"], "Ondaro Payments", "Quispe Salas, currently Senior Vice President of Merchant Operations for the region"),
       R("Hannah Vrell", ["co-founder and Chief Executive Officer", "co-founder", "Chief Executive Officer", "CEO"], "Ondaro Payments", "report to Hannah Vrell, Ondaro's co-founder and Chief Executive Officer"),
       R("Daniel Okafor-Lind", ["President for Latin America", "President"], "Ondaro Payments", "She will succeed Daniel Okafor-Lind, President for Latin America since 2021"),
       R("Daniel Okafor-Lind", ["Executive Vice President, International Expansion", "Executive Vice President", "EVP"], "Ondaro Payments", "who will relocate to London as Executive Vice President, International Expansion"),
       R("Luiza Bernardes Prado", ["interim General Manager", "General Manager", "GM"], ["Ondaro Brasil", "Ondaro Payments"], "will serve as interim General Manager of Ondaro Brasil"),
       R("Luiza Bernardes Prado", ["Vice President of Finance for Brazil", "Vice President of Finance", "Vice President"], ["Ondaro Payments", "Ondaro Brasil"], "Luiza Bernardes Prado, Vice President of Finance for Brazil"),
       R("Felipe Arruda Motta", ["General Manager", "GM"], ["Ondaro Brasil", "Ondaro Payments"], "following the departure of Felipe Arruda Motta, who left the company in March", opt=True),
       R("Kwame Asante-Rourke", ["co-founder", "founder"], "Ondaro Payments", "Founded in 2016 by Hannah Vrell and Kwame Asante-Rourke", opt=True),
       R("Priscila Lemos Farías", ["Head of Communications, Latin America", "Head of Communications", "media contact"], "Ondaro Payments", "Priscila Lemos Farías, Head of Communications, Latin America")],
inv=[I("Ondaro Payments", ["Bogotá", "Colombia"], 60000000, "USD", "over the next three years", "software engineering hub", "The company will invest US$60 million over the next three years in a software engineering hub in Bogotá")],
parts=[P("Ondaro Payments", "Universidad de los Andes", "payments-engineering bootcamp", "Ondaro will also work with the Universidad de los Andes on a payments-engineering bootcamp")],
claims=[C("Ondaro Payments", "jobs", 400, "engineers by end of 2028", "which is expected to employ 400 engineers by the end of 2028"),
        C("Universidad de los Andes", "trainees", 250, "students a year", "designed to train 250 students a year"),
        C("Ondaro Payments", "people_reached", 310000, "merchants served", "serves about 310,000 merchants in the region", opt=True, note="existing customers"),
        C("Ondaro Payments", "jobs", 2300, "employees", "employs about 2,300 people", opt=True, note="existing workforce")],
notes="Invented. US corporate press release with a subheadline, dateline with '--', About boilerplate and a media-contact block (the contact's post is a required role, probes3). Succession told in several forms: 'will become President for Latin America on June 1' (future, required) with 'currently Senior Vice President' (current, required); the outgoing holder 'President for Latin America since 2021' is still in office and required, and his future post 'will relocate to London as Executive Vice President, International Expansion' is required too (probes2/5 timing). An interim GM of a named subsidiary (subsidiary + parent) with her current post stated before it; the departed GM is optional; a co-founder named only in the boilerplate is optional, while the CEO's 'co-founder and Chief Executive Officer' lists the whole and each part. The Bogotá hub is a required investment; payment volume, the Series E raise and the valuation give no fact (capital raise, not an investment). 'will also work with X on a bootcamp' is a required partnership (probes4 'will partner with').")

A("r03", "en", "2026-05-07", "https://example.org/dr-english/economy/2026/05/07/pinewell-medical-las-americas-free-zone",
"""Pinewell Medical to build US$75 million catheter plant in Las Américas free zone; 1,500 jobs

Related: Free-zone exports close 2025 at a record high

SANTO DOMINGO ESTE.- U.S. medical device manufacturer Pinewell Medical will build a US$75 million plant for vascular catheters and guidewires in the Las Américas Industrial Free Zone, the company and the Ministry of Industry, Commerce and Mipymes (MICM) announced on Thursday, in a project expected to create 1,500 direct jobs by 2028.

The investment, equivalent to some RD$4,650 million at the current exchange rate, will be carried out in two stages: an 18,000-square-meter building that is to start production in the first half of 2027, and an expansion whose size will be decided next year.

Speaking at the ceremony, the Minister of Industry, Commerce and Mipymes, Víctor Manuel Peguero Almonte, said the plant confirmed the country as a medical-device hub for the Caribbean and noted that the sector's free-zone exports reached US$2,300 million last year.

Gretchen Hollis-Marr, Pinewell's senior vice president for global operations, said the Dominican plant will be run by Arismendy Ureña Castillo, a Dominican engineer who is currently operations director at the company's facility in Heredia, Costa Rica. "We found the people here before we found the land," she said.

Advertisement

Under an agreement signed at the same event with the Instituto Tecnológico de Las Américas (ITLA) and the National Institute of Technical-Vocational Training (INFOTEP), 600 technicians will be trained over three years in clean-room assembly, quality inspection and machine maintenance, with courses split between the ITLA campus in La Caleta and the plant itself. The agreement was signed for the institutions by ITLA rector Johanna Batista Ruiz and INFOTEP director general Ramón Antonio Frías Cepeda.

Also present was the executive director of the National Council of Export Free Zones (CNZFE), Luis Felipe Mota Guzmán, who said the free-zone regime employs more than 200,000 people in 92 parks and that eleven new companies had been approved so far this year.

Pinewell, based in Minnesota, has five plants in the United States, Costa Rica and Ireland and about 6,400 employees. It entered the Dominican market in 2024 through a contract manufacturer in the San Isidro free zone, which will keep producing introducer sheaths for the company under a supply agreement.""",
[("Pinewell Medical", "Organization", ["Pinewell"]),
 ("Ministerio de Industria, Comercio y Mipymes", "Organization", ["MICM", "Ministry of Industry, Commerce and Mipymes", "Ministerio de Industria, Comercio y MiPymes"]),
 ("Instituto Tecnológico de Las Américas", "Organization", ["ITLA", "Instituto Tecnologico de Las Americas"]),
 ("Instituto Nacional de Formación Técnico Profesional", "Organization", ["INFOTEP", "National Institute of Technical-Vocational Training", "Instituto Nacional de Formacion Tecnico Profesional"]),
 ("Consejo Nacional de Zonas Francas de Exportación", "Organization", ["CNZFE", "National Council of Export Free Zones", "Consejo Nacional de Zonas Francas de Exportacion"]),
 ("Víctor Manuel Peguero Almonte", "Person", ["Victor Manuel Peguero Almonte", "Víctor Manuel Peguero", "Peguero Almonte"]),
 ("Gretchen Hollis-Marr", "Person", ["Hollis-Marr"]),
 ("Arismendy Ureña Castillo", "Person", ["Arismendy Urena Castillo", "Arismendy Ureña", "Ureña Castillo"]),
 ("Johanna Batista Ruiz", "Person", ["Johanna Batista", "Batista Ruiz"]),
 ("Ramón Antonio Frías Cepeda", "Person", ["Ramon Antonio Frias Cepeda", "Ramón Antonio Frías", "Frías Cepeda"]),
 ("Luis Felipe Mota Guzmán", "Person", ["Luis Felipe Mota Guzman", "Luis Felipe Mota", "Mota Guzmán"]),
 ("Las Américas Industrial Free Zone", "Place", ["Las Americas Industrial Free Zone", "Zona Franca Industrial Las Américas", "Las Américas free zone"]),
 ("Santo Domingo Este", "Place", []),
 ("La Caleta", "Place", []),
 ("Heredia", "Place", []),
 ("Costa Rica", "Place", []),
 ("Minnesota", "Place", []),
 ("Ireland", "Place", []),
 ("San Isidro free zone", "Place", ["Zona Franca San Isidro"]),
 ("Caribbean", "Place", ["Caribe"]),
 ("Dominican Republic", "Place", ["República Dominicana", "République dominicaine"]),
 US],
roles=[R("Víctor Manuel Peguero Almonte", ["Minister of Industry, Commerce and Mipymes", "Minister"], ["Ministerio de Industria, Comercio y Mipymes", "Dominican Republic"], "the Minister of Industry, Commerce and Mipymes, Víctor Manuel Peguero Almonte"),
       R("Gretchen Hollis-Marr", ["senior vice president for global operations", "senior vice president", "SVP"], "Pinewell Medical", "Gretchen Hollis-Marr, Pinewell's senior vice president for global operations"),
       R("Arismendy Ureña Castillo", ["head of the Dominican plant", "plant head", "plant director", "plant manager", "general manager", "director"], "Pinewell Medical", "the Dominican plant will be run by Arismendy Ureña Castillo"),
       R("Arismendy Ureña Castillo", ["operations director", "director of operations"], "Pinewell Medical", "who is currently operations director at the company's facility in Heredia"),
       R("Johanna Batista Ruiz", "rector", "Instituto Tecnológico de Las Américas", "ITLA rector Johanna Batista Ruiz"),
       R("Ramón Antonio Frías Cepeda", "director general", "Instituto Nacional de Formación Técnico Profesional", "INFOTEP director general Ramón Antonio Frías Cepeda"),
       R("Luis Felipe Mota Guzmán", "executive director", "Consejo Nacional de Zonas Francas de Exportación", "the executive director of the National Council of Export Free Zones (CNZFE), Luis Felipe Mota Guzmán")],
inv=[I("Pinewell Medical", ["Las Américas Industrial Free Zone", "Santo Domingo Este", "Dominican Republic"], 75000000, "USD", "first stage from H1 2027", "catheter and guidewire plant", "will build a US$75 million plant for vascular catheters and guidewires in the Las Américas Industrial Free Zone"),
     I("Pinewell Medical", ["Las Américas Industrial Free Zone", "Santo Domingo Este", "Dominican Republic"], 4650000000, "DOP", None, "equivalent in pesos", "equivalent to some RD$4,650 million", opt=True)],
parts=[P("Pinewell Medical", "Instituto Tecnológico de Las Américas", "technician training agreement", "Under an agreement signed at the same event with the Instituto Tecnológico de Las Américas (ITLA)"),
       P("Pinewell Medical", "Instituto Nacional de Formación Técnico Profesional", "technician training agreement", "and the National Institute of Technical-Vocational Training (INFOTEP), 600 technicians will be trained"),
       P("Pinewell Medical", "Ministerio de Industria, Comercio y Mipymes", "joint announcement", "the company and the Ministry of Industry, Commerce and Mipymes (MICM) announced on Thursday", opt=True)],
claims=[C("Pinewell Medical", "jobs", 1500, "direct jobs by 2028", "in a project expected to create 1,500 direct jobs by 2028"),
        C("Pinewell Medical", "trainees", 600, "technicians", "600 technicians will be trained over three years"),
        C("Consejo Nacional de Zonas Francas de Exportación", "jobs", 200000, "free-zone employment", "the free-zone regime employs more than 200,000 people", opt=True, note="sector employment"),
        C("Pinewell Medical", "jobs", 6400, "employees", "about 6,400 employees", opt=True, note="existing workforce")],
notes="Invented. Dominican English-language news site with 'Related:' and 'Advertisement' chrome and a '.-' dateline. RD$ with comma thousands is an optional equivalent (probes4). The plant head is told with 'will be run by' (future, loose title list) and his current post 'currently operations director' is required too. The training agreement is signed 'with' two institutes whose heads sign 'for the institutions': one row per pair with the company. The ministry only co-announces (optional); the free-zone council's head attended (role, no partnership). A contract manufacturer's supply agreement is unnamed (no fact). Sector exports and the count of approved companies give no fact; sector employment and the workforce are optional.")

A("r04", "en", "2026-06-09", "https://example.org/colombia-business/2026/06/09/cementero-jalpan-puerto-nare",
"""Mexico's Cementero Jalpan to invest COP 1.2 trillion in Antioquia cement plant

By Laura Castaño Vélez

MEDELLÍN - Mexican building materials group Grupo Cementero Jalpan will invest COP 1.2 trillion (about US$290 million) in an integrated cement plant at Puerto Nare, on the Magdalena River in eastern Antioquia, the company said on Tuesday after signing an investment agreement with the departmental government.

The plant, the group's first outside Mexico, is designed to produce 1.6 million tonnes of cement a year from 2029. Its construction will employ up to 1,100 people, and 420 direct jobs will remain once it is running, chief executive Rodrigo Ealy Montemayor told reporters in Medellín.

"Colombia is building roads, ports and housing faster than its cement supply is growing," Ealy said. The Colombian subsidiary, Cementos Jalpan de Colombia, will be headed as country manager by Natalia Urrego Botero, who until now was commercial director for the Andean region at a competitor.

Antioquia Governor Esteban Mejía Londoño said the agreement commits the department to fast-track environmental permits and to build a 14-kilometer access road to the site with COP 85 billion of its own budget. "This is not a gift to a company; it is the road Puerto Nare has been asking for for twenty years," he said.

Jalpan also signed an agreement with the National Learning Service (SENA) to train 300 kiln operators and maintenance technicians at the SENA center in Puerto Berrío, and is negotiating a COP 600 billion loan with Findeter and two commercial banks.

The president of ProColombia, Camilo Andrés Rueda Peñaloza, whose agency worked with the company for two years, said Mexican investment in Colombia reached US$1.4 billion in 2025. The Minister of Commerce, Industry and Tourism, Diana Lucía Orozco Bernal, who attended the signing, said domestic cement consumption rose 7% last year.

RELATED: Urabá port handles its first neo-panamax container ship

Colombia consumed about 13 million tonnes of cement in 2025, according to the statistics agency DANE. Grupo Cementero Jalpan, based in Querétaro, runs five plants in Mexico and reported revenue of MXN 31 billion last year. Its shares trade on the Mexican stock exchange under the ticker CJALPAN.""",
[("Grupo Cementero Jalpan", "Organization", ["Cementero Jalpan", "Jalpan"]),
 ("Cementos Jalpan de Colombia", "Organization", []),
 ("Gobernación de Antioquia", "Organization", ["Gobernacion de Antioquia", "Antioquia departmental government"]),
 ("Servicio Nacional de Aprendizaje", "Organization", ["SENA", "National Learning Service"]),
 ("Findeter", "Organization", []),
 ("ProColombia", "Organization", []),
 ("Ministerio de Comercio, Industria y Turismo", "Organization", ["MinCIT", "Ministry of Commerce, Industry and Tourism", "Mincomercio"]),
 ("Departamento Administrativo Nacional de Estadística", "Organization", ["DANE"]),
 ("Laura Castaño Vélez", "Person", ["Laura Castano Velez", "Laura Castaño"]),
 ("Rodrigo Ealy Montemayor", "Person", ["Rodrigo Ealy", "Ealy Montemayor", "Ealy"]),
 ("Natalia Urrego Botero", "Person", ["Natalia Urrego", "Urrego Botero"]),
 ("Esteban Mejía Londoño", "Person", ["Esteban Mejia Londono", "Esteban Mejía", "Mejía Londoño"]),
 ("Camilo Andrés Rueda Peñaloza", "Person", ["Camilo Andres Rueda Penaloza", "Camilo Andrés Rueda", "Rueda Peñaloza"]),
 ("Diana Lucía Orozco Bernal", "Person", ["Diana Lucia Orozco Bernal", "Diana Lucía Orozco", "Orozco Bernal"]),
 ("Puerto Nare", "Place", []),
 ("Antioquia", "Place", ["eastern Antioquia", "departamento de Antioquia"]),
 ("Magdalena River", "Place", ["río Magdalena"]),
 ("Medellín", "Place", ["Medellin"]),
 ("Puerto Berrío", "Place", ["Puerto Berrio"]),
 ("Querétaro", "Place", ["Queretaro"]),
 ("Urabá", "Place", ["Uraba"]),
 CO, MX],
roles=[R("Rodrigo Ealy Montemayor", ["chief executive", "CEO", "chief executive officer"], "Grupo Cementero Jalpan", "chief executive Rodrigo Ealy Montemayor told reporters in Medellín"),
       R("Natalia Urrego Botero", ["country manager"], ["Cementos Jalpan de Colombia", "Grupo Cementero Jalpan"], "will be headed as country manager by Natalia Urrego Botero"),
       R("Esteban Mejía Londoño", ["Governor", "governor of Antioquia"], ["Antioquia", "Gobernación de Antioquia"], "Antioquia Governor Esteban Mejía Londoño said"),
       R("Camilo Andrés Rueda Peñaloza", "president", "ProColombia", "The president of ProColombia, Camilo Andrés Rueda Peñaloza"),
       R("Diana Lucía Orozco Bernal", ["Minister of Commerce, Industry and Tourism", "Minister"], ["Ministerio de Comercio, Industria y Turismo", "Colombia"], "The Minister of Commerce, Industry and Tourism, Diana Lucía Orozco Bernal")],
inv=[I("Grupo Cementero Jalpan", ["Puerto Nare", "Antioquia", "Colombia"], 1.2e12, "COP", "operating from 2029", "integrated cement plant", "will invest COP 1.2 trillion (about US$290 million) in an integrated cement plant at Puerto Nare", alts=["Cementos Jalpan de Colombia"]),
     I("Grupo Cementero Jalpan", ["Puerto Nare", "Antioquia", "Colombia"], 290000000, "USD", None, "equivalent in dollars", "will invest COP 1.2 trillion (about US$290 million)", opt=True, alts=["Cementos Jalpan de Colombia"]),
     I("Gobernación de Antioquia", ["Puerto Nare", "Antioquia", "Colombia"], 85000000000, "COP", None, "access road (public works inside the agreement)", "to build a 14-kilometer access road to the site with COP 85 billion of its own budget", opt=True)],
parts=[P("Grupo Cementero Jalpan", "Gobernación de Antioquia", "investment agreement (permits, access road)", "after signing an investment agreement with the departmental government", b_alt=["Antioquia"]),
       P("Grupo Cementero Jalpan", "Servicio Nacional de Aprendizaje", "training of kiln operators and technicians", "Jalpan also signed an agreement with the National Learning Service (SENA)"),
       P("Grupo Cementero Jalpan", "Findeter", "loan under negotiation", "is negotiating a COP 600 billion loan with Findeter", opt=True)],
claims=[C("Grupo Cementero Jalpan", "jobs", 1100, "construction workers", "Its construction will employ up to 1,100 people"),
        C("Grupo Cementero Jalpan", "jobs", 420, "direct jobs in operation", "420 direct jobs will remain once it is running"),
        C("Servicio Nacional de Aprendizaje", "trainees", 300, "kiln operators and maintenance technicians", "to train 300 kiln operators and maintenance technicians"),
        C("Grupo Cementero Jalpan", "other", 1600000, "tonnes of cement a year", "1.6 million tonnes of cement a year", opt=True, note="capacity")],
notes="Invented. Colombian English-language business site with byline and a 'RELATED:' line. 'COP 1.2 trillion' is the English rendering of 'billón' = 1.2e12 COP (the dollar equivalent optional). The future subsidiary head is told with an inverted passive ('will be headed as country manager by X', required); her past post at an unnamed competitor gives no role. The department's road inside the investment agreement is an optional public-works row; the agreement itself is a required partnership. The SENA agreement is required; the loan under negotiation is optional. ProColombia accompanied the company (facilitator: role, no partnership); a national minister attended (ministry + country). The journalist has no role. Mexican FDI, consumption, revenue and the ticker give no fact; capacity optional.")

A("r05", "en", "2026-05-20", "https://example.org/andes-tech/2026/05/20/brightfold-peru-labor-ministry-ai-skills",
"""Brightfold signs AI skills pact with Peru's Labor Ministry, UNI and Tecsup to train 20,000

LIMA, May 20 - U.S. cloud software company Brightfold Systems signed an agreement on Wednesday with Peru's Ministry of Labor and Employment Promotion to train 20,000 workers and jobseekers in data analysis and artificial intelligence tools over the next three years, in what the ministry described as the largest private digital-skills program the country has seen.

The program, called Perú Datos, will be delivered together with the Universidad Nacional de Ingeniería (UNI) and the private technical institute Tecsup, each of which signed its own agreement with the company at the ministry's headquarters in Jesús María. Brightfold said it would put US$12 million into the effort, covering cloud credits, instructor fees and 500 scholarships for UNI engineering students to sit professional certification exams.

Minister of Labor and Employment Promotion Rosa Elvira Cárdenas Huamán said half of the places would be reserved for applicants from outside Lima and that women would make up at least 40% of each cohort. Only 38% of Peruvian companies use any cloud service, she said, citing a ministry survey of 4,000 firms.

The documents were signed by Santiago Ibárcena Olaechea, Brightfold's general manager for the Andean region; by UNI rector Hugo Mendívil Pacheco; and by Tecsup's general director, Carmen Rosa Tafur Linares. The Vice Minister of Employment Promotion, Julio Montoya Arce, said the ministry's job centers would handle enrollment from July.

Alejandra Rivas-Koenig, Brightfold's senior vice president for Latin America, said the company would consider opening a cloud region in Lima "when demand justifies it," declining to give a date or an amount. Brightfold has about 1,100 business customers in Peru and 40 employees at its office in San Isidro.

Peru's digital economy accounts for roughly 3% of gross domestic product, according to central bank estimates, well below the regional average. The government has set a target of connecting 80% of households to fixed broadband by 2030, up from about 52% today.""",
[("Brightfold Systems", "Organization", ["Brightfold"]),
 ("Ministerio de Trabajo y Promoción del Empleo", "Organization", ["MTPE", "Ministry of Labor and Employment Promotion", "Labor Ministry", "Ministerio de Trabajo y Promocion del Empleo"]),
 ("Universidad Nacional de Ingeniería", "Organization", ["UNI", "Universidad Nacional de Ingenieria", "National University of Engineering"]),
 ("Tecsup", "Organization", ["TECSUP"]),
 ("Perú Datos", "Program", ["Peru Datos"]),
 ("Rosa Elvira Cárdenas Huamán", "Person", ["Rosa Elvira Cardenas Huaman", "Rosa Elvira Cárdenas", "Cárdenas Huamán"]),
 ("Santiago Ibárcena Olaechea", "Person", ["Santiago Ibarcena Olaechea", "Santiago Ibárcena", "Ibárcena Olaechea"]),
 ("Hugo Mendívil Pacheco", "Person", ["Hugo Mendivil Pacheco", "Hugo Mendívil", "Mendívil Pacheco"]),
 ("Carmen Rosa Tafur Linares", "Person", ["Carmen Rosa Tafur", "Tafur Linares"]),
 ("Julio Montoya Arce", "Person", ["Julio Montoya", "Montoya Arce"]),
 ("Alejandra Rivas-Koenig", "Person", ["Rivas-Koenig"]),
 ("Lima", "Place", []),
 ("Jesús María", "Place", ["Jesus Maria"]),
 ("San Isidro", "Place", []),
 ("Andean region", "Place", ["Andean Region", "región andina"]),
 ("Latin America", "Place", ["América Latina", "Amérique latine"]),
 PE, US],
roles=[R("Rosa Elvira Cárdenas Huamán", ["Minister of Labor and Employment Promotion", "Minister of Labor", "Minister"], ["Ministerio de Trabajo y Promoción del Empleo", "Peru"], "Minister of Labor and Employment Promotion Rosa Elvira Cárdenas Huamán said"),
       R("Santiago Ibárcena Olaechea", ["general manager for the Andean region", "general manager", "GM"], "Brightfold Systems", "Santiago Ibárcena Olaechea, Brightfold's general manager for the Andean region"),
       R("Hugo Mendívil Pacheco", "rector", "Universidad Nacional de Ingeniería", "by UNI rector Hugo Mendívil Pacheco"),
       R("Carmen Rosa Tafur Linares", ["general director", "director general"], "Tecsup", "by Tecsup's general director, Carmen Rosa Tafur Linares"),
       R("Julio Montoya Arce", ["Vice Minister of Employment Promotion", "Vice Minister"], ["Ministerio de Trabajo y Promoción del Empleo", "Peru"], "The Vice Minister of Employment Promotion, Julio Montoya Arce"),
       R("Alejandra Rivas-Koenig", ["senior vice president for Latin America", "senior vice president", "SVP"], "Brightfold Systems", "Alejandra Rivas-Koenig, Brightfold's senior vice president for Latin America")],
inv=[I("Brightfold Systems", ["Lima", "Peru"], 12000000, "USD", "over the next three years", "Perú Datos skills program (cloud credits, instructors, scholarships)", "Brightfold said it would put US$12 million into the effort")],
parts=[P("Brightfold Systems", "Ministerio de Trabajo y Promoción del Empleo", "Perú Datos (AI skills program)", "signed an agreement on Wednesday with Peru's Ministry of Labor and Employment Promotion"),
       P("Brightfold Systems", "Universidad Nacional de Ingeniería", "Perú Datos (AI skills program)", "will be delivered together with the Universidad Nacional de Ingeniería (UNI)"),
       P("Brightfold Systems", "Tecsup", "Perú Datos (AI skills program)", "and the private technical institute Tecsup, each of which signed its own agreement with the company")],
claims=[C("Perú Datos", "trainees", 20000, "workers and jobseekers", "to train 20,000 workers and jobseekers"),
        C("Brightfold Systems", "trainees", 500, "scholarships", "500 scholarships for UNI engineering students"),
        C("Brightfold Systems", "people_reached", 1100, "business customers", "about 1,100 business customers in Peru", opt=True, note="existing customers"),
        C("Brightfold Systems", "jobs", 40, "employees in San Isidro", "40 employees at its office in San Isidro", opt=True, note="existing workforce")],
notes="Invented. English wire story from Lima. The company signs with the ministry in the lead sentence and the two schools are told as 'delivered together with X and Y, each of which signed its own agreement with the company': three required rows with the company. The company's own money for the program ('would put US$12 million into the effort') is a required investment (probes5 r01 rule); the possible cloud region has no amount (no fact). A national minister and a vice minister (vice post; ministry + country); the regional GM and the SVP for Latin America are titled after possessives. Survey shares, the GDP share and broadband targets give no fact; customers and staff are optional.")

A("r06", "en", "2026-06-23", "https://example.org/mexico-industry/2026/06/23/hartwell-ramos-arizpe-binational-training",
"""Hartwell Aerostructures to invest $95 million in Ramos Arizpe expansion, signs binational training pact

SALTILLO, Coahuila - Hartwell Aerostructures, a Wichita, Kansas-based maker of fuselage panels and engine nacelle parts, will invest US $95 million to expand its plant in Ramos Arizpe, adding 900 jobs by the end of 2027, the company and the Coahuila state government said Tuesday.

The expansion, Hartwell's second in Ramos Arizpe since it opened the plant in 2019 with $140 million, will add a composite-curing line and a machining hall to a site that already employs 1,650 people.

It comes with a three-way training agreement signed in Saltillo. Under its terms, the Coahuila branch of Conalep, the national network of technical high schools, will enroll 1,200 students in a new aerospace track over four years; Nueces Bay Technical College of Corpus Christi, Texas, will design the curriculum and host 40 Conalep instructors for a semester of certification; and Hartwell will provide equipment, paid internships and a job offer to graduates who meet its standards. Part of the cost will be covered by a $2.4 million grant from the U.S. Department of Labor.

"A fuselage panel doesn't care which side of the border the technician learned on," said Dale Prentiss-Ochoa, Hartwell's executive vice president and general manager of Mexico operations.

Coahuila's Secretary of Economy, Rogelio Zamora Villalobos, said the state had drawn US $4.2 billion in announced foreign investment since January 2024 and that aerospace now accounts for 14 companies in the Saltillo-Ramos Arizpe corridor.

Nueces Bay president Lorraine Castellano-Whitt said the college already teaches about 300 Mexican students a year through distance courses. The state director of Conalep Coahuila, Jaime Saucedo Rentería, said the first 200 students would start in August at the Ramos Arizpe campus.

Ramos Arizpe municipal president Claudia Flores Ríos said the city would extend a bus route to the industrial park before the new lines open, and asked the company to hire locally "before it looks to Monterrey."

Hartwell employs about 5,200 people in Kansas, Texas and Coahuila and supplies two of the world's three largest airliner makers.""",
[("Hartwell Aerostructures", "Organization", ["Hartwell"]),
 ("Colegio de Educación Profesional Técnica del Estado de Coahuila", "Organization", ["Conalep Coahuila", "Conalep", "Colegio de Educacion Profesional Tecnica del Estado de Coahuila"]),
 ("Nueces Bay Technical College", "Organization", ["Nueces Bay"]),
 ("U.S. Department of Labor", "Organization", ["Department of Labor", "US Department of Labor"]),
 ("Secretaría de Economía de Coahuila", "Organization", ["Secretaria de Economia de Coahuila", "Coahuila Secretariat of Economy"]),
 ("Gobierno de Coahuila", "Organization", ["Coahuila state government", "Gobierno del Estado de Coahuila"]),
 ("Ayuntamiento de Ramos Arizpe", "Organization", ["Municipio de Ramos Arizpe"]),
 ("Dale Prentiss-Ochoa", "Person", ["Prentiss-Ochoa"]),
 ("Rogelio Zamora Villalobos", "Person", ["Rogelio Zamora", "Zamora Villalobos"]),
 ("Lorraine Castellano-Whitt", "Person", ["Castellano-Whitt"]),
 ("Jaime Saucedo Rentería", "Person", ["Jaime Saucedo Renteria", "Jaime Saucedo", "Saucedo Rentería"]),
 ("Claudia Flores Ríos", "Person", ["Claudia Flores Rios", "Claudia Flores", "Flores Ríos"]),
 ("Ramos Arizpe", "Place", []),
 ("Saltillo", "Place", []),
 ("Coahuila", "Place", ["state of Coahuila"]),
 ("Wichita", "Place", []),
 ("Kansas", "Place", []),
 ("Texas", "Place", []),
 ("Corpus Christi", "Place", []),
 ("Monterrey", "Place", []),
 MX, US],
roles=[R("Dale Prentiss-Ochoa", ["executive vice president and general manager of Mexico operations", "executive vice president", "EVP", "general manager of Mexico operations", "general manager"], "Hartwell Aerostructures", "said Dale Prentiss-Ochoa, Hartwell's executive vice president and general manager of Mexico operations"),
       R("Rogelio Zamora Villalobos", ["Secretary of Economy", "Economy Secretary", "Secretary"], ["Secretaría de Economía de Coahuila", "Coahuila", "Gobierno de Coahuila"], "Coahuila's Secretary of Economy, Rogelio Zamora Villalobos"),
       R("Lorraine Castellano-Whitt", "president", "Nueces Bay Technical College", "Nueces Bay president Lorraine Castellano-Whitt said"),
       R("Jaime Saucedo Rentería", ["state director", "director"], "Colegio de Educación Profesional Técnica del Estado de Coahuila", "The state director of Conalep Coahuila, Jaime Saucedo Rentería"),
       R("Claudia Flores Ríos", ["municipal president", "mayor"], ["Ramos Arizpe", "Ayuntamiento de Ramos Arizpe"], "Ramos Arizpe municipal president Claudia Flores Ríos said")],
inv=[I("Hartwell Aerostructures", ["Ramos Arizpe", "Coahuila", "Mexico"], 95000000, "USD", "by the end of 2027", "plant expansion (composite-curing line, machining hall)", "will invest US $95 million to expand its plant in Ramos Arizpe"),
     I("Hartwell Aerostructures", ["Ramos Arizpe", "Coahuila", "Mexico"], 140000000, "USD", "2019", "original plant (past investment)", "since it opened the plant in 2019 with $140 million", opt=True),
     I("U.S. Department of Labor", ["Ramos Arizpe", "Coahuila", "Mexico"], 2400000, "USD", None, "grant to the training agreement (public grant)", "a $2.4 million grant from the U.S. Department of Labor", opt=True)],
parts=[P("Hartwell Aerostructures", "Colegio de Educación Profesional Técnica del Estado de Coahuila", "binational aerospace training agreement", "the Coahuila branch of Conalep, the national network of technical high schools, will enroll 1,200 students"),
       P("Hartwell Aerostructures", "Nueces Bay Technical College", "binational aerospace training agreement", "Nueces Bay Technical College of Corpus Christi, Texas, will design the curriculum"),
       P("U.S. Department of Labor", "Hartwell Aerostructures", "grant to the training agreement", "Part of the cost will be covered by a $2.4 million grant", opt=True)],
claims=[C("Hartwell Aerostructures", "jobs", 900, "new jobs by end of 2027", "adding 900 jobs by the end of 2027"),
        C("Colegio de Educación Profesional Técnica del Estado de Coahuila", "trainees", 1200, "students in the aerospace track", "will enroll 1,200 students in a new aerospace track"),
        C("Nueces Bay Technical College", "trainees", 40, "Conalep instructors certified", "host 40 Conalep instructors for a semester of certification"),
        C("Hartwell Aerostructures", "jobs", 1650, "existing plant workforce", "a site that already employs 1,650 people", opt=True, note="existing workforce"),
        C("Colegio de Educación Profesional Técnica del Estado de Coahuila", "trainees", 200, "first students", "the first 200 students would start in August", opt=True, note="subset of the 1,200"),
        C("Nueces Bay Technical College", "trainees", 300, "Mexican distance students", "about 300 Mexican students a year through distance courses", opt=True, note="existing enrolment"),
        C("Hartwell Aerostructures", "jobs", 5200, "employees", "Hartwell employs about 5,200 people", opt=True, note="existing workforce")],
notes="Invented. Mexican English-language industry site. A 'three-way training agreement' whose parties are told one per clause after a semicolon list ('Under its terms, X will ...; Y will ...; and Hartwell will ...'): one required row per pair with the company, none between the two schools. A US federal grant is an optional funding link and an optional investment row (public grant, probes4); the 2019 plant investment is past (optional). A compound English title lists the whole and each part; a state secretary titled after a possessive ('Coahuila's Secretary of Economy, X'); the Conalep state director's org is the state Conalep (entity with 'Conalep' as alias); a municipal president titled before the name. The state FDI tally and the company count give no fact; existing workforces, a subset of students and existing enrolment are optional.")
