# English articles q01-q08 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])

A("q01", "en", "2026-01-15", "https://example.org/autos/solvane-motors-hermosillo-battery-plant",
"""Solvane Motors commits $1.1 billion to EV battery plant in Sonora

HERMOSILLO, Mexico — Solvane Motors, the Michigan-based maker of electric delivery vans, will invest $1.1 billion over five years in a battery pack plant in Hermosillo, the capital of the northern state of Sonora, the company announced on Thursday.

"Sonora gives us sun, space and a border four hours away," said Tomasz Wierzbicki, chief operating officer of Solvane Motors, at an event with Governor Rubén Armenta Lugo.

The plant will create 2,400 direct jobs and some 6,000 indirect ones, according to Sonora's economy secretary, Alicia Garibay Moreno. She said the state would also provide land and road access to the site, west of the city.

Daniela Ochoa Ruelas heads Solvane's Mexican subsidiary. The executive said the company had signed a memorandum of understanding with the Tecnológico Nacional de México to train 1,000 technicians in battery assembly and high-voltage safety by 2029.

Solvane, which reported sales of $9.8 billion last year, is financing the project partly with a $400 million credit line from a group of banks. Its shares closed up 3% in New York.

The Hermosillo site is Solvane's second in Mexico. The company spent $250 million in 2022 on a van assembly line in Saltillo, Coahuila, which now employs 1,700 people.""",
[("Solvane Motors", "Organization", ["Solvane", "Solvane Motors México", "Solvane's Mexican subsidiary"]),
 ("Tomasz Wierzbicki", "Person", ["Wierzbicki"]),
 ("Rubén Armenta Lugo", "Person", ["Rubén Armenta", "Armenta Lugo", "Ruben Armenta Lugo"]),
 ("Alicia Garibay Moreno", "Person", ["Alicia Garibay", "Garibay Moreno", "Garibay"]),
 ("Daniela Ochoa Ruelas", "Person", ["Daniela Ochoa", "Ochoa Ruelas", "Ochoa"]),
 ("Tecnológico Nacional de México", "Organization", ["TecNM", "Tecnologico Nacional de Mexico"]),
 ("Secretaría de Economía de Sonora", "Organization", ["Secretaría de Economía", "Secretaria de Economia de Sonora"]),
 ("Hermosillo", "Place", []),
 ("Sonora", "Place", ["Estado de Sonora", "state of Sonora"]),
 ("Saltillo", "Place", []),
 ("Coahuila", "Place", ["Coahuila de Zaragoza"]),
 MX],
roles=[R("Tomasz Wierzbicki", "chief operating officer", "Solvane Motors", "said Tomasz Wierzbicki, chief operating officer of Solvane Motors"),
       R("Rubén Armenta Lugo", "Governor", "Sonora", "at an event with Governor Rubén Armenta Lugo"),
       R("Alicia Garibay Moreno", "economy secretary", ["Secretaría de Economía de Sonora", "Sonora"], "Sonora's economy secretary, Alicia Garibay Moreno"),
       R("Daniela Ochoa Ruelas", ["head of the Mexican subsidiary", "head"], "Solvane Motors", "Daniela Ochoa Ruelas heads Solvane's Mexican subsidiary")],
inv=[I("Solvane Motors", ["Hermosillo", "Sonora", "Mexico"], 1100000000, "USD", "over five years", "EV battery pack plant", "will invest $1.1 billion over five years in a battery pack plant in Hermosillo"),
     I("Solvane Motors", ["Saltillo", "Coahuila", "Mexico"], 250000000, "USD", "2022", "van assembly line (past, background)", "The company spent $250 million in 2022", opt=True)],
parts=[P("Solvane Motors", "Tecnológico Nacional de México", None, "the company had signed a memorandum of understanding with the Tecnológico Nacional de México")],
claims=[C("Solvane Motors", "jobs", 2400, "jobs", "The plant will create 2,400 direct jobs"),
        C("Solvane Motors", "jobs", 6000, "jobs", "some 6,000 indirect ones", note="indirect"),
        C("Solvane Motors", "trainees", 1000, "technicians", "to train 1,000 technicians"),
        C("Solvane Motors", "jobs", 1700, "people", "which now employs 1,700 people", opt=True, note="existing workforce of the Saltillo plant")],
notes="Invented. Governor's state only from context (Sonora). The subsidiary head is stated in one sentence ('heads') and the MoU in the next ('The executive said'): the partnership sentence is given as evidence. The $9.8 billion is sales and the $400 million a credit line: neither is an investment. The 2022 Saltillo line is a past investment (optional); its workforce is optional.")

A("q02", "en", "2026-02-09", "https://example.org/telecom/tupinet-new-ceo-northeast-5g",
"""Tupinet names Carla Menezes as CEO, earmarks R$ 2.4 billion for 5G in Brazil's Northeast

SÃO PAULO — Brazilian mobile operator Tupinet Telecomunicações said on Monday that Carla Menezes Fontoura, currently its CFO, will replace Rogério Antunes as chief executive on March 1. Antunes, who has led the company since 2019, will become chairman of the board.

The appointment comes as Tupinet earmarks R$ 2.4 billion (about US$440 million) for its 5G network in the states of Pernambuco, Paraíba and Alagoas between 2026 and 2028. The rollout is meant to bring coverage to 8 million inhabitants in 310 municipalities.

Much of the spending will go through TorreNorte, a joint venture that Tupinet formed with tower operator Arcadia Towers, which will build and share about 1,900 new sites. Arcadia Towers' managing director for Brazil, Fábio Siqueira, said the venture would hire 1,200 workers during construction.

Pernambuco's state secretary for economic development, Mariana Lins Cavalcanti, said the project was the largest telecom investment in the state in a decade. "Coverage in the sertão is still a patchwork," she said.

Tupinet's revenue rose 9% to R$ 11 billion last year. Analysts at Baía Research valued the company at around R$ 30 billion after the announcement, though its shares were little changed in São Paulo.

A successor for Menezes in the finance job has not yet been named.""",
[("Tupinet Telecomunicações", "Organization", ["Tupinet", "Tupinet Telecomunicacoes"]),
 ("Carla Menezes Fontoura", "Person", ["Carla Menezes", "Menezes", "Menezes Fontoura"]),
 ("Rogério Antunes", "Person", ["Antunes", "Rogerio Antunes"]),
 ("Arcadia Towers", "Organization", ["Arcadia"]),
 ("TorreNorte", "Organization", ["Torre Norte"]),
 ("Fábio Siqueira", "Person", ["Siqueira", "Fabio Siqueira"]),
 ("Mariana Lins Cavalcanti", "Person", ["Mariana Lins", "Lins Cavalcanti"]),
 ("Secretaria de Desenvolvimento Econômico de Pernambuco", "Organization", ["Secretaria de Desenvolvimento Econômico", "Secretaría de Desarrollo Económico de Pernambuco"]),
 ("Baía Research", "Organization", ["Baia Research"]),
 ("Pernambuco", "Place", ["state of Pernambuco"]),
 ("Paraíba", "Place", ["Paraiba"]),
 ("Alagoas", "Place", []),
 ("Brazil", "Place", ["Brasil", "Brésil"]),
 ("São Paulo", "Place", ["Sao Paulo"])],
roles=[R("Carla Menezes Fontoura", ["chief executive", "CEO"], "Tupinet Telecomunicações", "will replace Rogério Antunes as chief executive on March 1"),
       R("Carla Menezes Fontoura", ["CFO", "chief financial officer"], "Tupinet Telecomunicações", "Carla Menezes Fontoura, currently its CFO"),
       R("Rogério Antunes", ["chief executive", "CEO"], "Tupinet Telecomunicações", "will replace Rogério Antunes as chief executive on March 1"),
       R("Rogério Antunes", "chairman of the board", "Tupinet Telecomunicações", "will become chairman of the board"),
       R("Fábio Siqueira", "managing director for Brazil", "Arcadia Towers", "Arcadia Towers' managing director for Brazil, Fábio Siqueira"),
       R("Mariana Lins Cavalcanti", "state secretary for economic development", ["Secretaria de Desenvolvimento Econômico de Pernambuco", "Pernambuco"], "Pernambuco's state secretary for economic development, Mariana Lins Cavalcanti")],
inv=[I("Tupinet Telecomunicações", ["Pernambuco", "Paraíba", "Alagoas", "Brazil"], 2400000000, "BRL", "between 2026 and 2028", "5G network in the Northeast", "Tupinet earmarks R$ 2.4 billion"),
     I("Tupinet Telecomunicações", ["Pernambuco", "Paraíba", "Alagoas", "Brazil"], 440000000, "USD", "between 2026 and 2028", "USD equivalent", "about US$440 million", opt=True)],
parts=[P("Tupinet Telecomunicações", "Arcadia Towers", "TorreNorte", "a joint venture that Tupinet formed with tower operator Arcadia Towers")],
claims=[C("Tupinet Telecomunicações", "people_reached", 8000000, "inhabitants", "bring coverage to 8 million inhabitants"),
        C("TorreNorte", "jobs", 1200, "workers", "would hire 1,200 workers during construction", note="construction"),
        C("TorreNorte", "other", 1900, "sites", "about 1,900 new sites", opt=True),
        C("Tupinet Telecomunicações", "other", 310, "municipalities", "in 310 municipalities", opt=True)],
notes="Invented. Succession 'X, currently its CFO, will replace Y as chief executive on March 1': the incoming CEO, the outgoing CEO (still in office until March 1) and the incoming CEO's current CFO post are all required, as is the outgoing CEO's new post (chairman). BRL first-stated and required; USD equivalent optional. Revenue and the analysts' valuation are not investments. Counts of sites and municipalities are optional.")

A("q03", "en", "2026-03-04", "https://example.org/energy/coralis-energy-la-guajira-solar",
"""Coralis Energy to build COP 1.8 trillion solar complex in La Guajira

BOGOTÁ — Coralis Energy will invest COP 1.8 trillion (about US$450 million) in a 500-megawatt solar complex near Maicao, in Colombia's northern department of La Guajira, the Madrid-based developer said on Wednesday.

"This is the biggest bet we have made outside Spain," said Julián Becerra Olaya, director for the Andean region of Coralis Energy. Construction is due to begin in July and last about 20 months, with a peak workforce of 900.

Coralis, the Servicio Nacional de Aprendizaje (SENA) and the departmental government signed a three-way agreement under which 600 young people from Wayuu communities will be trained as solar installers and maintenance technicians. La Guajira governor Yesenia Pushaina Epieyú called it "a first step so that the wind and the sun also leave something here."

Mines and Energy Minister Hernando Cuéllar Pardo said the complex alone would add about 4% to the country's installed solar capacity. He did not give a figure for tax revenue.

The company, controlled by the Spanish fund Ebrosol Capital, posted revenues of €780 million in 2025. Its chief financial officer, Lorena Gil-Vidal, said about 70% of the project would be financed with debt from local and multilateral banks.

Coralis already runs two wind farms in Uruguay, which it bought in 2021 for an undisclosed sum.""",
[("Coralis Energy", "Organization", ["Coralis"]),
 ("Julián Becerra Olaya", "Person", ["Julián Becerra", "Becerra Olaya", "Julian Becerra Olaya"]),
 ("Servicio Nacional de Aprendizaje", "Organization", ["SENA", "Sena"]),
 ("Gobernación de La Guajira", "Organization", ["departmental government", "Gobernacion de La Guajira", "La Guajira government"]),
 ("Yesenia Pushaina Epieyú", "Person", ["Yesenia Pushaina", "Pushaina Epieyú", "Pushaina"]),
 ("Hernando Cuéllar Pardo", "Person", ["Hernando Cuéllar", "Cuéllar Pardo", "Hernando Cuellar Pardo"]),
 ("Ministerio de Minas y Energía", "Organization", ["Mines and Energy Ministry", "Ministry of Mines and Energy", "MinEnergía"]),
 ("Ebrosol Capital", "Organization", ["Ebrosol"]),
 ("Lorena Gil-Vidal", "Person", ["Gil-Vidal"]),
 ("Maicao", "Place", []),
 ("La Guajira", "Place", ["Guajira", "La Guajira Department", "departamento de La Guajira"]),
 ("Colombia", "Place", ["Colombie"]),
 ("Uruguay", "Place", [])],
roles=[R("Julián Becerra Olaya", "director for the Andean region", "Coralis Energy", "said Julián Becerra Olaya, director for the Andean region of Coralis Energy"),
       R("Yesenia Pushaina Epieyú", "governor", ["La Guajira", "Gobernación de La Guajira"], "La Guajira governor Yesenia Pushaina Epieyú"),
       R("Hernando Cuéllar Pardo", "Mines and Energy Minister", ["Ministerio de Minas y Energía", "Colombia"], "Mines and Energy Minister Hernando Cuéllar Pardo"),
       R("Lorena Gil-Vidal", "chief financial officer", "Coralis Energy", "Its chief financial officer, Lorena Gil-Vidal")],
inv=[I("Coralis Energy", ["Maicao", "La Guajira", "Colombia"], 1800000000000, "COP", "construction from July, about 20 months", "500 MW solar complex", "Coralis Energy will invest COP 1.8 trillion"),
     I("Coralis Energy", ["Maicao", "La Guajira", "Colombia"], 450000000, "USD", None, "USD equivalent", "about US$450 million", opt=True)],
parts=[P("Coralis Energy", "Servicio Nacional de Aprendizaje", None, "signed a three-way agreement"),
       P("Coralis Energy", "Gobernación de La Guajira", None, "signed a three-way agreement"),
       P("Ebrosol Capital", "Coralis Energy", None, "The company, controlled by the Spanish fund Ebrosol Capital", opt=True)],
claims=[C("Coralis Energy", "jobs", 900, "workers", "with a peak workforce of 900", note="construction peak"),
        C("Coralis Energy", "trainees", 600, "young people", "600 young people from Wayuu communities will be trained"),
        C("Coralis Energy", "other", 500, "MW", "a 500-megawatt solar complex", opt=True)],
notes="Invented. 'COP 1.8 trillion' is 1.8e12 COP (English short-scale trillion = Spanish 'billón'); USD equivalent optional. Three-party agreement: one row per pair with the lead (Coralis), none between SENA and the departmental government. The minister is named without the country (Colombia from context). Control by a fund is an ownership stake (optional partnership). Revenue is not an investment; the 4% share of installed capacity is not annotated. The Uruguay wind farms have no amount (no fact).")

A("q04", "en", "2026-03-19", "https://example.org/retail/almacenes-istmo-central-america-stores",
"""Panama's Almacenes Istmo to open 45 stores in Central America

PANAMA CITY — Almacenes Istmo, Panama's largest discount supermarket chain, plans to spend $210 million between 2026 and 2028 to open 45 stores in Guatemala, Honduras and Costa Rica, its CEO, Esteban Arosemena Quirós, told reporters on Tuesday.

Roughly half of the new outlets will be in Guatemala, where the chain entered in 2023. The expansion will create about 3,100 jobs, the company said.

In Guatemala, the company will work with the Instituto Técnico de Capacitación y Productividad (Intecap), which will train 1,400 cashiers, butchers and logistics staff under an agreement signed in Guatemala City on Monday. Economy Minister Ligia Marroquín Sosa, who attended the signing, said the program would give priority to young people from rural departments.

Almacenes Istmo's senior vice president for real estate, Giselle Tejeira, said the stores would be supplied from a new $35 million distribution center in Escuintla, included in the total.

The chain's sales reached $1.9 billion last year. Central America's grocery market is worth some $28 billion, according to the consultancy Puente Retail Advisors, whose managing partner, Rodrigo Fajardo, called the plan "aggressive but feasible."

Istmo's chief financial officer, Verónica Ábrego, is expected to present details of the financing to investors in Panama next week.""",
[("Almacenes Istmo", "Organization", ["Istmo"]),
 ("Esteban Arosemena Quirós", "Person", ["Esteban Arosemena", "Arosemena Quirós", "Arosemena"]),
 ("Instituto Técnico de Capacitación y Productividad", "Organization", ["Intecap", "INTECAP", "Instituto Tecnico de Capacitacion y Productividad"]),
 ("Ligia Marroquín Sosa", "Person", ["Ligia Marroquín", "Marroquín Sosa", "Ligia Marroquin Sosa"]),
 ("Ministerio de Economía de Guatemala", "Organization", ["Ministerio de Economía", "Economy Ministry", "Mineco"]),
 ("Giselle Tejeira", "Person", ["Tejeira"]),
 ("Puente Retail Advisors", "Organization", []),
 ("Rodrigo Fajardo", "Person", ["Fajardo"]),
 ("Verónica Ábrego", "Person", ["Ábrego", "Veronica Abrego"]),
 ("Guatemala", "Place", []),
 ("Honduras", "Place", []),
 ("Costa Rica", "Place", []),
 ("Guatemala City", "Place", ["Ciudad de Guatemala"]),
 ("Escuintla", "Place", []),
 ("Panama", "Place", ["Panamá"])],
roles=[R("Esteban Arosemena Quirós", "CEO", "Almacenes Istmo", "its CEO, Esteban Arosemena Quirós"),
       R("Ligia Marroquín Sosa", "Economy Minister", ["Ministerio de Economía de Guatemala", "Guatemala"], "Economy Minister Ligia Marroquín Sosa"),
       R("Giselle Tejeira", "senior vice president for real estate", "Almacenes Istmo", "senior vice president for real estate, Giselle Tejeira"),
       R("Rodrigo Fajardo", "managing partner", "Puente Retail Advisors", "whose managing partner, Rodrigo Fajardo", opt=True),
       R("Verónica Ábrego", "chief financial officer", "Almacenes Istmo", "Istmo's chief financial officer, Verónica Ábrego")],
inv=[I("Almacenes Istmo", ["Guatemala", "Honduras", "Costa Rica"], 210000000, "USD", "between 2026 and 2028", "45 stores", "plans to spend $210 million between 2026 and 2028"),
     I("Almacenes Istmo", ["Escuintla", "Guatemala"], 35000000, "USD", None, "distribution center, part of the total", "a new $35 million distribution center in Escuintla", opt=True)],
parts=[P("Almacenes Istmo", "Instituto Técnico de Capacitación y Productividad", None, "the company will work with the Instituto Técnico de Capacitación y Productividad (Intecap)")],
claims=[C("Almacenes Istmo", "jobs", 3100, "jobs", "create about 3,100 jobs"),
        C("Instituto Técnico de Capacitación y Productividad", "trainees", 1400, "workers", "which will train 1,400 cashiers"),
        C("Almacenes Istmo", "other", 45, "stores", "to open 45 stores", opt=True)],
notes="Invented. The place is three countries (any accepted). The $35 million distribution center is a part of the stated total (optional). Sales and the market size are not investments. The minister's country comes from the Guatemala City signing. The consultancy's managing partner is an optional role; his opinion gives no fact.")

A("q05", "en", "2026-04-17", "https://example.org/mining/cardenal-quebrada-alta-san-juan-copper",
"""Cardenal Copper and Quebrada Alta plan $2.5bn joint mine in Argentina's San Juan

SAN JUAN, Argentina — Canadian explorer Cardenal Copper and Chile's Minera Quebrada Alta will jointly invest $2.5bn to develop the Cerro Pircas copper deposit in the Argentine province of San Juan, the two companies said on Friday.

The 50-50 joint venture, to be called Cobre Cordillerano, will apply for the national large-investment incentive regime next month. Construction would take four years and employ up to 5,000 people at its peak, with 1,300 permanent jobs once the mine is running.

"We found this deposit with a team of six geologists in a pickup truck," said Cardenal co-founder and CEO Nathan Pruitt. Quebrada Alta's general manager, Ximena Olguín Rebolledo, will chair the venture's board.

San Juan's mining minister, Facundo Lucero Agüero, said the province expected Cerro Pircas to contribute about 1.5% of provincial GDP at full output. Governor Ariel Sánchez Videla added that water use would be monitored by an independent committee with members from the Calingasta valley.

Cardenal's market value has tripled over the past year to about C$1.4 billion. The company said it would not issue new shares before a feasibility study due in 2027.

Quebrada Alta's interim chief financial officer, Tomás Vergara, said the Chilean partner would fund its half of the project from cash and a bank loan.""",
[("Cardenal Copper", "Organization", ["Cardenal"]),
 ("Minera Quebrada Alta", "Organization", ["Quebrada Alta"]),
 ("Cobre Cordillerano", "Organization", []),
 ("Cerro Pircas", "Organization", ["Cerro Pircas copper deposit"]),
 ("Nathan Pruitt", "Person", ["Pruitt"]),
 ("Ximena Olguín Rebolledo", "Person", ["Ximena Olguín", "Olguín Rebolledo", "Ximena Olguin Rebolledo"]),
 ("Facundo Lucero Agüero", "Person", ["Facundo Lucero", "Lucero Agüero", "Facundo Lucero Aguero"]),
 ("Ministerio de Minería de San Juan", "Organization", ["Ministerio de Minería", "mining ministry", "San Juan's mining ministry"]),
 ("Ariel Sánchez Videla", "Person", ["Ariel Sánchez", "Sánchez Videla", "Ariel Sanchez Videla"]),
 ("Tomás Vergara", "Person", ["Vergara", "Tomas Vergara"]),
 ("San Juan", "Place", ["San Juan Province", "provincia de San Juan", "province of San Juan"]),
 ("Argentina", "Place", ["Argentine"]),
 ("Calingasta", "Place", [])],
roles=[R("Nathan Pruitt", ["co-founder and CEO", "co-founder", "CEO"], "Cardenal Copper", "said Cardenal co-founder and CEO Nathan Pruitt"),
       R("Ximena Olguín Rebolledo", "general manager", "Minera Quebrada Alta", "Quebrada Alta's general manager, Ximena Olguín Rebolledo"),
       R("Ximena Olguín Rebolledo", ["chair of the board", "chair"], "Cobre Cordillerano", "will chair the venture's board"),
       R("Facundo Lucero Agüero", "mining minister", ["Ministerio de Minería de San Juan", "San Juan"], "San Juan's mining minister, Facundo Lucero Agüero"),
       R("Ariel Sánchez Videla", "Governor", "San Juan", "Governor Ariel Sánchez Videla"),
       R("Tomás Vergara", "interim chief financial officer", "Minera Quebrada Alta", "Quebrada Alta's interim chief financial officer, Tomás Vergara")],
inv=[I("Cardenal Copper", ["San Juan", "Argentina"], 2500000000, "USD", "construction over four years", "Cerro Pircas copper mine (joint venture)", "will jointly invest $2.5bn", alts=["Minera Quebrada Alta", "Cobre Cordillerano"]),
     I("Minera Quebrada Alta", ["San Juan", "Argentina"], 2500000000, "USD", "construction over four years", "same investment (co-investor)", "will jointly invest $2.5bn", opt=True, alts=["Cardenal Copper", "Cobre Cordillerano"])],
parts=[P("Cardenal Copper", "Minera Quebrada Alta", "Cobre Cordillerano", "The 50-50 joint venture, to be called Cobre Cordillerano")],
claims=[C("Cerro Pircas", "jobs", 5000, "people", "employ up to 5,000 people at its peak", note="construction peak"),
        C("Cerro Pircas", "jobs", 1300, "jobs", "1,300 permanent jobs"),
        C("Cerro Pircas", "gdp_contribution", 1.5, "percent", "about 1.5% of provincial GDP", note="provincial GDP")],
notes="Invented. Joint investment: one required row with the co-investor (and the venture) as alternatives, optional row for the other. The partnership sentence is the JV naming, after the investment sentence. 'co-founder and CEO' compound title. The general manager's new board post at the JV is required. The governor's province comes from the dateline and the previous sentence. GDP contribution is to provincial GDP (kept as gdp_contribution). Market value is not an investment; 'half' is not turned into an amount.")

A("q06", "en", "2026-05-26", "https://example.org/aerospace/kentrix-aerospace-el-marques-plant",
"""Kentrix Aerospace picks Querétaro for $95 million engine-parts plant

QUERÉTARO, Mexico — Kentrix Aerospace, a British maker of turbine blades, will put $95 million into a plant in El Marqués, Querétaro, its first in the Americas, the company said on Monday.

The announcement was made by Kentrix's managing director, Alistair Penhaligon, alongside El Marqués mayor Rocío Balderas Trejo and Federico Anaya Ruiz, undersecretary of industry at Mexico's Economy Ministry.

The plant will open in mid-2027 and employ 480 people, 60% of them technicians. To staff it, Kentrix signed two agreements: one with Conalep Querétaro, which will adapt its aeronautical maintenance course for 250 students a year, and another with the Universidad Politécnica del Bajío Queretano, whose engineering students will receive 40 scholarships a year from the company.

"We will grow our own people here rather than fly them in," Penhaligon said.

Kentrix GM for Mexico Luisa Carranza will run the site. She previously worked for twelve years at a French engine maker in Chihuahua.

Kentrix had revenue of £640 million in 2025. The company said it was also evaluating, but had not decided, a second phase that could double the size of the plant.

Querétaro's aerospace cluster employs about 19,000 people across more than 80 companies, according to the state government.""",
[("Kentrix Aerospace", "Organization", ["Kentrix"]),
 ("Alistair Penhaligon", "Person", ["Penhaligon"]),
 ("Rocío Balderas Trejo", "Person", ["Rocío Balderas", "Balderas Trejo", "Rocio Balderas Trejo"]),
 ("Federico Anaya Ruiz", "Person", ["Federico Anaya", "Anaya Ruiz"]),
 ("Secretaría de Economía", "Organization", ["Economy Ministry", "Mexico's Economy Ministry", "Ministry of Economy", "Secretaria de Economia"]),
 ("Conalep Querétaro", "Organization", ["Conalep", "CONALEP Querétaro", "Conalep Queretaro", "Colegio de Educación Profesional Técnica del Estado de Querétaro"]),
 ("Universidad Politécnica del Bajío Queretano", "Organization", ["Universidad Politecnica del Bajio Queretano"]),
 ("Luisa Carranza", "Person", ["Carranza"]),
 ("El Marqués", "Place", ["El Marques", "Municipio de El Marqués"]),
 ("Querétaro", "Place", ["Queretaro", "Estado de Querétaro"]),
 ("Chihuahua", "Place", []),
 MX],
roles=[R("Alistair Penhaligon", "managing director", "Kentrix Aerospace", "Kentrix's managing director, Alistair Penhaligon"),
       R("Rocío Balderas Trejo", "mayor", "El Marqués", "El Marqués mayor Rocío Balderas Trejo"),
       R("Federico Anaya Ruiz", "undersecretary of industry", ["Secretaría de Economía", "Mexico"], "Federico Anaya Ruiz, undersecretary of industry at Mexico's Economy Ministry"),
       R("Luisa Carranza", "GM for Mexico", "Kentrix Aerospace", "Kentrix GM for Mexico Luisa Carranza")],
inv=[I("Kentrix Aerospace", ["El Marqués", "Querétaro", "Mexico"], 95000000, "USD", "opening mid-2027", "turbine blade / engine-parts plant", "will put $95 million into a plant in El Marqués")],
parts=[P("Kentrix Aerospace", "Conalep Querétaro", "aeronautical maintenance course", "Kentrix signed two agreements"),
       P("Kentrix Aerospace", "Universidad Politécnica del Bajío Queretano", "engineering scholarships", "another with the Universidad Politécnica del Bajío Queretano")],
claims=[C("Kentrix Aerospace", "jobs", 480, "people", "employ 480 people"),
        C("Conalep Querétaro", "trainees", 250, "students per year", "250 students a year"),
        C("Kentrix Aerospace", "trainees", 40, "scholarships", "40 scholarships a year"),
        C("Querétaro", "jobs", 19000, "people", "employs about 19,000 people", opt=True, note="sector employment statistic")],
notes="Invented. 'Kentrix GM for Mexico Luisa Carranza' (abbreviation, no commas). 'undersecretary' is a vice post (sub-). Two agreements in one sentence, each its own row. The undecided second phase has no amount (no fact). Revenue in GBP is not an investment. The cluster employment figure is a sector statistic (optional).")

A("q07", "en", "2026-06-23", "https://example.org/energy/kinsale-power-chile-battery-storage",
"""Kinsale Power to spend US$600mn on Atacama battery storage

SANTIAGO — Irish renewable developer Kinsale Power plans to spend US$600mn over three years on four battery storage projects in the Antofagasta and Atacama regions, the company said on Tuesday, as it named a new head for its Chilean business.

Paula Irarrázaval Cox will take over as country manager for Chile on April 1, succeeding Conor Whelan, who is moving to Dublin as group chief operating officer. Irarrázaval was until now head of development at the company.

The four projects will have a combined capacity of 1,200 megawatt-hours and employ about 1,000 workers during construction, Whelan said. Kinsale will also fund 60 scholarships for women studying electrical engineering in Antofagasta.

Kinsale also signed a letter of intent with Corfo, the state development agency, to study a battery recycling plant in Mejillones.

Chile's energy minister, Macarena Undurraga Lillo, said storage was "the missing piece" of the country's transition. Irish Ambassador Siobhán Kearney attended the announcement in Santiago.

The company, which is owned by a pension fund, says its Latin American pipeline is worth about US$4bn, including projects in Peru and Colombia that are still at an early stage.""",
[("Kinsale Power", "Organization", ["Kinsale"]),
 ("Paula Irarrázaval Cox", "Person", ["Paula Irarrázaval", "Irarrázaval", "Irarrázaval Cox", "Paula Irarrazaval Cox"]),
 ("Conor Whelan", "Person", ["Whelan"]),
 ("Corporación de Fomento de la Producción", "Organization", ["Corfo", "CORFO"]),
 ("Macarena Undurraga Lillo", "Person", ["Macarena Undurraga", "Undurraga Lillo"]),
 ("Ministerio de Energía de Chile", "Organization", ["Ministerio de Energía", "energy ministry", "Chile's energy ministry"]),
 ("Siobhán Kearney", "Person", ["Kearney", "Siobhan Kearney"]),
 ("Ireland", "Place", ["Irlanda", "Irlande"]),
 ("Antofagasta", "Place", ["Antofagasta Region", "región de Antofagasta"]),
 ("Atacama", "Place", ["Atacama Region", "región de Atacama"]),
 ("Chile", "Place", ["Chili"]),
 ("Mejillones", "Place", []),
 ("Santiago", "Place", []),
 ("Dublin", "Place", [])],
roles=[R("Paula Irarrázaval Cox", "country manager for Chile", "Kinsale Power", "Paula Irarrázaval Cox will take over as country manager for Chile"),
       R("Conor Whelan", "country manager for Chile", "Kinsale Power", "succeeding Conor Whelan"),
       R("Conor Whelan", "group chief operating officer", "Kinsale Power", "who is moving to Dublin as group chief operating officer"),
       R("Paula Irarrázaval Cox", "head of development", "Kinsale Power", "was until now head of development", opt=True),
       R("Macarena Undurraga Lillo", "energy minister", ["Ministerio de Energía de Chile", "Chile"], "Chile's energy minister, Macarena Undurraga Lillo"),
       R("Siobhán Kearney", "Ambassador", "Ireland", "Irish Ambassador Siobhán Kearney")],
inv=[I("Kinsale Power", ["Antofagasta", "Atacama", "Chile"], 600000000, "USD", "over three years", "four battery storage projects", "plans to spend US$600mn over three years")],
parts=[P("Kinsale Power", "Corporación de Fomento de la Producción", "battery recycling plant study", "signed a letter of intent with Corfo")],
claims=[C("Kinsale Power", "jobs", 1000, "workers", "employ about 1,000 workers during construction", note="construction"),
        C("Kinsale Power", "trainees", 60, "scholarships", "fund 60 scholarships"),
        C("Kinsale Power", "other", 1200, "MWh", "1,200 megawatt-hours", opt=True)],
notes="Invented. Succession told across the appointment sentence: incoming and outgoing (still in office until April 1) country managers required, and the outgoing one's new group post. 'was until now head of development' is a past post (optional). The ambassador's org is the country she represents (Ireland, from the demonym 'Irish'). A letter of intent counts as a signed partnership. The US$4bn pipeline is not an investment; the unnamed pension fund gives no fact.")

A("q08", "en", "2026-07-30", "https://example.org/manufacturing/marlow-medical-dominican-expansion",
"""Marlow Medical adds USD 75 million to Dominican free-zone operations

SANTO DOMINGO — US medical device maker Marlow Medical will invest USD 75 million to expand its plant in the San Isidro free zone, east of Santo Domingo, the company and the Dominican government said on Thursday.

Industry, Commerce and Mipymes Minister Fausto Reynoso Almánzar announced the project at the National Palace together with Marlow's senior vice president for global operations, Kimberly Osei. The expansion, which will roughly double the plant's floor space, is expected to create 1,500 direct jobs by 2028.

Osei said the USD 75 million would be spent over two years, mostly on clean rooms and catheter extrusion lines. Marlow had already invested USD 120 million in the country since 2015.

The company will train workers in alliance with the Instituto Nacional de Formación Técnico Profesional (INFOTEP), which will prepare 900 operators and quality inspectors. INFOTEP's director general, Ramón Gil Tavárez, said classes would start in May at the plant itself.

Separately, Marlow said Héctor Castillo Pimentel will replace Janet Rowe as general manager of the San Isidro plant. Rowe returns to the company's headquarters in Minnesota.

Medical devices are the Dominican Republic's second-largest free-zone export, worth about USD 2.1 billion last year, according to the National Free Zones Council.""",
[("Marlow Medical", "Organization", ["Marlow"]),
 ("Fausto Reynoso Almánzar", "Person", ["Fausto Reynoso", "Reynoso Almánzar", "Fausto Reynoso Almanzar"]),
 ("Ministerio de Industria, Comercio y Mipymes", "Organization", ["Industry, Commerce and Mipymes Ministry", "MICM"]),
 ("Kimberly Osei", "Person", ["Osei"]),
 ("Instituto Nacional de Formación Técnico Profesional", "Organization", ["INFOTEP", "Infotep", "Instituto Nacional de Formacion Tecnico Profesional"]),
 ("Ramón Gil Tavárez", "Person", ["Ramón Gil", "Gil Tavárez", "Ramon Gil Tavarez"]),
 ("Héctor Castillo Pimentel", "Person", ["Héctor Castillo", "Castillo Pimentel", "Hector Castillo Pimentel"]),
 ("Janet Rowe", "Person", ["Rowe"]),
 ("Consejo Nacional de Zonas Francas de Exportación", "Organization", ["National Free Zones Council", "CNZFE"]),
 ("San Isidro", "Place", ["San Isidro free zone"]),
 ("Santo Domingo", "Place", ["Santo Domingo Este"]),
 ("Dominican Republic", "Place", ["República Dominicana", "République dominicaine"]),
 ("Minnesota", "Place", [])],
roles=[R("Fausto Reynoso Almánzar", "Industry, Commerce and Mipymes Minister", ["Ministerio de Industria, Comercio y Mipymes", "Dominican Republic"], "Industry, Commerce and Mipymes Minister Fausto Reynoso Almánzar"),
       R("Kimberly Osei", "senior vice president for global operations", "Marlow Medical", "Marlow's senior vice president for global operations, Kimberly Osei"),
       R("Ramón Gil Tavárez", "director general", "Instituto Nacional de Formación Técnico Profesional", "INFOTEP's director general, Ramón Gil Tavárez"),
       R("Héctor Castillo Pimentel", "general manager of the San Isidro plant", "Marlow Medical", "Héctor Castillo Pimentel will replace Janet Rowe as general manager"),
       R("Janet Rowe", "general manager of the San Isidro plant", "Marlow Medical", "Héctor Castillo Pimentel will replace Janet Rowe as general manager")],
inv=[I("Marlow Medical", ["San Isidro", "Santo Domingo", "Dominican Republic"], 75000000, "USD", "over two years", "plant expansion (clean rooms, extrusion lines)", "will invest USD 75 million to expand its plant"),
     I("Marlow Medical", "Dominican Republic", 120000000, "USD", "since 2015", "cumulative past investment (background)", "Marlow had already invested USD 120 million", opt=True)],
parts=[P("Marlow Medical", "Instituto Nacional de Formación Técnico Profesional", None, "in alliance with the Instituto Nacional de Formación Técnico Profesional")],
claims=[C("Marlow Medical", "jobs", 1500, "jobs", "create 1,500 direct jobs by 2028"),
        C("Instituto Nacional de Formación Técnico Profesional", "trainees", 900, "operators and inspectors", "which will prepare 900 operators")],
notes="Invented. The investment is stated in the first sentence and re-told in the third ('the USD 75 million would be spent over two years'): one fact. The minister's country is implied (Dominican government). 'X will replace Y as general manager': both required (Y still in office). The USD 120 million since 2015 is past and cumulative (optional). Exports are not investments; the Free Zones Council is only a source.")
