# English articles r01-r06 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])
BR = ("Brazil", "Place", ["Brasil", "Brésil"])

A("r01", "en", "2026-01-13", "https://example.org/wire/itapoa-celulose-ribas-pulp-line",
"""Brazil's Itapoã Celulose approves BRL 9.8 bln pulp line in Mato Grosso do Sul

SAO PAULO, Jan 13 (Wire) - Brazilian pulp producer Itapoã Celulose SA said on Tuesday its board had approved a new pulp line in Ribas do Rio Pardo, in Mato Grosso do Sul state, with capital expenditure of 9.8 billion reais ($1.8 billion) through 2028.

The line will add 2.1 million tonnes a year of eucalyptus pulp capacity, the company said in a securities filing. Works are due to start in the second quarter.

Chief Executive Fernanda Brito Lacerda told analysts on a conference call that about 60% of the new output was already committed to customers in China and Europe.

Chief Financial Officer Otávio Lemke said the project would be funded with cash and a 4 billion reais loan from state development bank BNDES, which he called "the cheapest money on the market." Industrial director Cláudio Brum will oversee the works.

Itapoã will build the line's recovery boiler and power unit in a joint venture with Finnish engineering group Vaara Process Oy, which will hold 20%, Lemke added. Vaara's head of South America, Jukka Männistö, said the unit would also sell surplus power to the grid.

Construction will employ up to 9,000 workers at its peak, and the finished line will have 1,400 permanent staff, according to the filing.

Mato Grosso do Sul Governor Anselmo Pires Fagundes said in a statement that the project would lift the state's gross domestic product by 1.2% once running.

Itapoã shares rose 2.4% to 41.30 reais in Sao Paulo. The company posted net revenue of 18.6 billion reais in 2025.

(Reporting by Ana Lúcia Prates; Editing by Mark Hollis)""",
[("Itapoã Celulose", "Organization", ["Itapoã Celulose SA", "Itapoã", "Itapoa Celulose", "Itapoa"]),
 ("Fernanda Brito Lacerda", "Person", ["Fernanda Brito", "Brito Lacerda"]),
 ("Otávio Lemke", "Person", ["Lemke", "Otavio Lemke"]),
 ("Cláudio Brum", "Person", ["Brum", "Claudio Brum"]),
 ("Vaara Process", "Organization", ["Vaara Process Oy", "Vaara"]),
 ("Jukka Männistö", "Person", ["Männistö", "Jukka Mannisto"]),
 ("Banco Nacional de Desenvolvimento Econômico e Social", "Organization", ["BNDES"]),
 ("Anselmo Pires Fagundes", "Person", ["Anselmo Pires", "Pires Fagundes"]),
 ("Ana Lúcia Prates", "Person", ["Ana Lucia Prates"]),
 ("Mark Hollis", "Person", []),
 ("Ribas do Rio Pardo", "Place", []),
 ("Mato Grosso do Sul", "Place", ["Mato Grosso do Sul state", "state of Mato Grosso do Sul"]),
 BR,
 ("São Paulo", "Place", ["Sao Paulo"])],
roles=[R("Fernanda Brito Lacerda", ["Chief Executive", "CEO"], "Itapoã Celulose", "Chief Executive Fernanda Brito Lacerda told analysts"),
       R("Otávio Lemke", ["Chief Financial Officer", "CFO"], "Itapoã Celulose", "Chief Financial Officer Otávio Lemke said"),
       R("Cláudio Brum", "Industrial director", "Itapoã Celulose", "Industrial director Cláudio Brum will oversee the works"),
       R("Jukka Männistö", "head of South America", "Vaara Process", "Vaara's head of South America, Jukka Männistö"),
       R("Anselmo Pires Fagundes", "Governor", "Mato Grosso do Sul", "Mato Grosso do Sul Governor Anselmo Pires Fagundes")],
inv=[I("Itapoã Celulose", ["Ribas do Rio Pardo", "Mato Grosso do Sul", "Brazil"], 9800000000, "BRL", "through 2028", "new pulp line", "with capital expenditure of 9.8 billion reais"),
     I("Itapoã Celulose", ["Ribas do Rio Pardo", "Mato Grosso do Sul", "Brazil"], 1800000000, "USD", "through 2028", "USD equivalent", "($1.8 billion) through 2028", opt=True)],
parts=[P("Itapoã Celulose", "Vaara Process", "recovery boiler and power unit", "in a joint venture with Finnish engineering group Vaara Process Oy")],
claims=[C("Itapoã Celulose", "jobs", 9000, "workers", "employ up to 9,000 workers at its peak", note="construction peak"),
        C("Itapoã Celulose", "jobs", 1400, "permanent staff", "1,400 permanent staff"),
        C("Itapoã Celulose", "gdp_contribution", 1.2, "percent", "lift the state's gross domestic product by 1.2%", note="state GDP"),
        C("Itapoã Celulose", "other", 2100000, "tonnes per year", "2.1 million tonnes a year", opt=True)],
notes="Invented. Wire-brief shape: titles capitalised before the name with no comma ('Chief Executive X told', 'Industrial director X will'), amount in the headline as 'BRL 9.8 bln' and in the body as '9.8 billion reais ($1.8 billion)' (BRL required, USD optional), 'capital expenditure' as the investment noun. The BNDES loan is a loan (no investment, no partnership). State GDP share recorded as gdp_contribution (as probes2 q05). The reporter/editor credit line gives no role (no post stated). The 60% committed output and the share move give no fact.")

A("r02", "en", "2026-02-03", "https://example.org/press/brightwater-ramos-arizpe-compressor-plant",
"""Brightwater Appliances to Invest MXN 2,500 Million in Compressor Plant in Ramos Arizpe, Coahuila

RAMOS ARIZPE, Mexico, Feb. 3, 2026 /Newswire/ -- Brightwater Appliances Inc. (NYSE: BWA), a maker of refrigeration components, today announced an investment of MXN 2,500 million (approximately US$140 million) to build its first compressor plant in Latin America, in the Santa María industrial park in Ramos Arizpe, Coahuila. The facility is scheduled to start operations in the second half of 2027 and will create 850 direct jobs over the next three years.

"Coahuila has the talent and the supplier base we need to serve North American customers faster," said Helga Brandt (Chief Operating Officer, Brightwater). "This is the largest single investment in our 60-year history."

The project was presented to Governor Sergio Alanís Cepeda and to Coahuila's Secretary of Economy, Lucero Dávila Ramos, at a ceremony in Saltillo.

As part of its commitment to the region, Brightwater has signed a collaboration agreement with Conalep Coahuila to design a dual-education program in refrigeration mechanics. Under the program, 320 students will complete paid apprenticeships at the plant by 2029, and 60 instructors will be certified.

"We want these young people to build their careers in Ramos Arizpe," said Kenneth Okafor, who heads Brightwater's Latin American operations and will serve as the plant's general manager until a permanent appointment is made.

About Brightwater Appliances

Brightwater Appliances Inc. designs and manufactures compressors, valves and controls for household and commercial refrigeration. Headquartered in Columbus, Ohio, and led by President and CEO Dana Whitfield, the company employs 11,000 people in nine countries and reported net sales of US$3.2 billion in 2025.

Media contact: Lourdes Ibarra Solís, Corporate Communications Manager, Brightwater Appliances, press@example.org""",
[("Brightwater Appliances", "Organization", ["Brightwater Appliances Inc.", "Brightwater", "BWA"]),
 ("Helga Brandt", "Person", ["Brandt"]),
 ("Sergio Alanís Cepeda", "Person", ["Sergio Alanís", "Alanís Cepeda", "Sergio Alanis Cepeda"]),
 ("Lucero Dávila Ramos", "Person", ["Lucero Dávila", "Dávila Ramos", "Lucero Davila Ramos"]),
 ("Secretaría de Economía de Coahuila", "Organization", ["Secretaría de Economía", "Secretaria de Economia de Coahuila", "Coahuila Secretary of Economy"]),
 ("Conalep Coahuila", "Organization", ["Conalep", "Colegio Nacional de Educación Profesional Técnica", "Colegio de Educación Profesional Técnica del Estado de Coahuila"]),
 ("Kenneth Okafor", "Person", ["Okafor", "Ken Okafor"]),
 ("Dana Whitfield", "Person", ["Whitfield"]),
 ("Lourdes Ibarra Solís", "Person", ["Lourdes Ibarra", "Ibarra Solís", "Lourdes Ibarra Solis"]),
 ("Ramos Arizpe", "Place", []),
 ("Coahuila", "Place", ["Coahuila de Zaragoza", "state of Coahuila"]),
 ("Saltillo", "Place", []),
 ("Columbus", "Place", ["Columbus, Ohio"]),
 MX],
roles=[R("Helga Brandt", ["Chief Operating Officer", "COO"], "Brightwater Appliances", "said Helga Brandt (Chief Operating Officer, Brightwater)"),
       R("Sergio Alanís Cepeda", "Governor", "Coahuila", "Governor Sergio Alanís Cepeda"),
       R("Lucero Dávila Ramos", "Secretary of Economy", ["Secretaría de Economía de Coahuila", "Coahuila"], "Coahuila's Secretary of Economy, Lucero Dávila Ramos"),
       R("Kenneth Okafor", ["head of Latin American operations", "head"], "Brightwater Appliances", "who heads Brightwater's Latin American operations"),
       R("Kenneth Okafor", ["general manager", "plant general manager", "interim general manager"], "Brightwater Appliances", "will serve as the plant's general manager until a permanent appointment is made"),
       R("Dana Whitfield", ["President and CEO", "President", "CEO"], "Brightwater Appliances", "led by President and CEO Dana Whitfield"),
       R("Lourdes Ibarra Solís", "Corporate Communications Manager", "Brightwater Appliances", "Media contact: Lourdes Ibarra Solís, Corporate Communications Manager")],
inv=[I("Brightwater Appliances", ["Ramos Arizpe", "Coahuila", "Mexico"], 2500000000, "MXN", None, "compressor plant", "an investment of MXN 2,500 million"),
     I("Brightwater Appliances", ["Ramos Arizpe", "Coahuila", "Mexico"], 140000000, "USD", None, "USD equivalent", "(approximately US$140 million)", opt=True)],
parts=[P("Brightwater Appliances", "Conalep Coahuila", "dual-education program in refrigeration mechanics", "Brightwater has signed a collaboration agreement with Conalep Coahuila")],
claims=[C("Brightwater Appliances", "jobs", 850, "direct jobs", "will create 850 direct jobs over the next three years"),
        C("Brightwater Appliances", "trainees", 320, "apprentices", "320 students will complete paid apprenticeships"),
        C("Brightwater Appliances", "trainees", 60, "instructors", "60 instructors will be certified"),
        C("Brightwater Appliances", "jobs", 11000, "people", "the company employs 11,000 people in nine countries", opt=True, note="existing global workforce")],
notes="Invented. Press-release shape: dateline with '/Newswire/ --', title in parentheses after the name '(Chief Operating Officer, Brightwater)', 'who heads X's Latin American operations' and an interim plant post in the same clause ('will serve as ... until a permanent appointment is made': required), CEO given in the 'About' boilerplate ('led by President and CEO X'), and a media-contact line with a title (a stated post: required). 'MXN 2,500 million' = 2.5e9 MXN; USD equivalent optional. Governor's state from context (Coahuila). Net sales and the existing workforce are not new facts (optional workforce). Apprentices and certified instructors are both trainees.")

A("r03", "en", "2026-03-09", "https://example.org/interviews/huarango-power-moquegua-hybrid-plant",
"""Interview: 'Southern Peru needs firm power, not promises,' says Huarango Power's new chief

Paloma Arévalo Sotomayor took over as chief executive of Huarango Power, a Lima-based generator, in January, succeeding the company's founder, Ernesto Velarde Nué, who now chairs its board. She spoke to us about the company's plans for southern Peru. The interview has been edited for length.

What is the plan?

We will put $640 million into a hybrid plant in Moquegua, with 300 megawatts of solar panels and a battery system, between now and 2029. It is the biggest commitment in our history.

Are you doing it alone?

No. Our partner on the project is Rucalhue Energía, the Chilean utility, which takes a 35% stake. We signed the shareholders' agreement in Santiago last month.

What does it mean for local jobs?

Construction will need about 1,100 people, and we will keep 85 on site when it runs. With the Universidad Nacional de Moquegua we are preparing a course for 250 electricians from Ilo and Moquegua; the first group starts in June.

Who runs the project day to day?

Our COO, Diego Tello Bazán. He built two plants in Arequipa before joining us.

And the government?

The energy and mines minister, Lucía Cárdenas Torreblanca, told us in February that the southern grid is congested and that new lines are coming. We are taking her at her word.

How is it financed?

We have a $400 million loan from a group of banks, and our revenue last year was $310 million, so yes, this is a stretch. But the mines in the south are hungry for clean power.""",
[("Huarango Power", "Organization", ["Huarango"]),
 ("Paloma Arévalo Sotomayor", "Person", ["Paloma Arévalo", "Arévalo Sotomayor", "Paloma Arevalo Sotomayor"]),
 ("Ernesto Velarde Nué", "Person", ["Ernesto Velarde", "Velarde Nué", "Ernesto Velarde Nue"]),
 ("Rucalhue Energía", "Organization", ["Rucalhue", "Rucalhue Energia"]),
 ("Universidad Nacional de Moquegua", "Organization", ["UNAM Moquegua"]),
 ("Diego Tello Bazán", "Person", ["Diego Tello", "Tello Bazán", "Diego Tello Bazan"]),
 ("Lucía Cárdenas Torreblanca", "Person", ["Lucía Cárdenas", "Cárdenas Torreblanca", "Lucia Cardenas Torreblanca"]),
 ("Ministerio de Energía y Minas del Perú", "Organization", ["Ministerio de Energía y Minas", "Minem", "energy and mines ministry"]),
 ("Moquegua", "Place", ["Moquegua region"]),
 ("Ilo", "Place", []),
 ("Lima", "Place", []),
 ("Santiago", "Place", ["Santiago de Chile"]),
 ("Arequipa", "Place", []),
 ("Peru", "Place", ["Perú", "Pérou", "southern Peru"])],
roles=[R("Paloma Arévalo Sotomayor", ["chief executive", "CEO"], "Huarango Power", "took over as chief executive of Huarango Power"),
       R("Ernesto Velarde Nué", "founder", "Huarango Power", "succeeding the company's founder, Ernesto Velarde Nué"),
       R("Ernesto Velarde Nué", ["chairman of the board", "chair of the board", "chairman", "chair"], "Huarango Power", "who now chairs its board"),
       R("Ernesto Velarde Nué", ["chief executive", "CEO"], "Huarango Power", "succeeding the company's founder, Ernesto Velarde Nué", opt=True),
       R("Diego Tello Bazán", ["COO", "chief operating officer"], "Huarango Power", "Our COO, Diego Tello Bazán"),
       R("Lucía Cárdenas Torreblanca", ["energy and mines minister", "minister of energy and mines", "minister"], ["Ministerio de Energía y Minas del Perú", "Peru"], "The energy and mines minister, Lucía Cárdenas Torreblanca")],
inv=[I("Huarango Power", ["Moquegua", "Peru"], 640000000, "USD", "between now and 2029", "300 MW solar-plus-battery hybrid plant", "We will put $640 million into a hybrid plant in Moquegua", alts=["Rucalhue Energía"]),
     I("Rucalhue Energía", ["Moquegua", "Peru"], 640000000, "USD", "between now and 2029", "same project (35% partner)", "We will put $640 million into a hybrid plant in Moquegua", opt=True, alts=["Huarango Power"])],
parts=[P("Huarango Power", "Rucalhue Energía", "Moquegua hybrid plant", "Our partner on the project is Rucalhue Energía"),
       P("Huarango Power", "Universidad Nacional de Moquegua", "course for electricians", "With the Universidad Nacional de Moquegua we are preparing a course")],
claims=[C("Huarango Power", "jobs", 1100, "people", "Construction will need about 1,100 people", note="construction"),
        C("Huarango Power", "jobs", 85, "people", "we will keep 85 on site when it runs", note="permanent"),
        C("Huarango Power", "trainees", 250, "electricians", "a course for 250 electricians"),
        C("Huarango Power", "other", 300, "MW", "300 megawatts of solar panels", opt=True)],
notes="Invented. Q&A interview: the investor, partner and training program are told in the first person ('We will put', 'Our partner', 'With X we are preparing'), so the subject is the interviewee's company. Succession already effective ('took over ... in January, succeeding the company's founder, X, who now chairs its board'): founder and board chair required, the founder's old CEO post is implied (optional). The partner holds 35% of the project: joint investment, required row with the partner as alternative and an optional partner row. The minister's title is lower-case before the name; country from context. The loan and revenue give no fact.")

A("r04", "en", "2026-04-14", "https://example.org/local/mexicali-sunvara-solar-module-factory",
"""Solar module maker picks Mexicali; mayor says water 'won't be taken from farmers'

MEXICALI - Sunvara Modules, a solar panel manufacturer owned by Taiwan's Chen Hsing Group, will build a factory on 40 hectares east of the city, the company and local officials confirmed Monday. The plant represents an investment of about US$310 million over three years, according to the state economy department, which said the figure came from the company.

Mayor Itzel Montaño Villa told a news conference at City Hall that the factory would use treated wastewater from the Zaragoza plant rather than water from the Colorado River allocation. "Nobody is taking water from farmers," she said.

Sunvara's general manager in Mexico, Arturo Lin, a Tijuana native who has worked for the group for 15 years, said hiring would begin in October. The plant will employ 1,300 people when it is fully running, Lin said, with wages "well above the maquiladora average."

Baja California's economy and innovation secretary, Kenia Zamora Prieto, said the state had competed with Arizona and Nuevo León for the project.

The company will also work with the Instituto Tecnológico de Mexicali, part of the national TecNM system, to train 500 technicians in module assembly. The institute's director, Ramón Salcido Ortega, said classes would begin in January.

Not everyone was pleased. Councilman Jesús Arredondo Félix, of the opposition, asked how much the city would give up in property-tax breaks, in a year when Mexicali's budget is 6.2 billion pesos.

The state says it has 14 solar projects worth US$2 billion in its pipeline. Chen Hsing reported revenue of US$4.8 billion last year.""",
[("Sunvara Modules", "Organization", ["Sunvara"]),
 ("Chen Hsing Group", "Organization", ["Chen Hsing"]),
 ("Itzel Montaño Villa", "Person", ["Itzel Montaño", "Montaño Villa", "Itzel Montano Villa"]),
 ("Ayuntamiento de Mexicali", "Organization", ["City Hall", "Mexicali City Council", "XXV Ayuntamiento de Mexicali"]),
 ("Arturo Lin", "Person", ["Lin"]),
 ("Kenia Zamora Prieto", "Person", ["Kenia Zamora", "Zamora Prieto"]),
 ("Secretaría de Economía e Innovación de Baja California", "Organization", ["state economy department", "Secretaría de Economía e Innovación", "Baja California economy department"]),
 ("Instituto Tecnológico de Mexicali", "Organization", ["Tecnológico de Mexicali", "Instituto Tecnologico de Mexicali"]),
 ("Tecnológico Nacional de México", "Organization", ["TecNM", "Tecnologico Nacional de Mexico"]),
 ("Ramón Salcido Ortega", "Person", ["Ramón Salcido", "Salcido Ortega", "Ramon Salcido Ortega"]),
 ("Jesús Arredondo Félix", "Person", ["Jesús Arredondo", "Arredondo Félix", "Jesus Arredondo Felix"]),
 ("Mexicali", "Place", []),
 ("Baja California", "Place", ["state of Baja California"]),
 ("Tijuana", "Place", []),
 ("Taiwan", "Place", []),
 ("Arizona", "Place", []),
 ("Nuevo León", "Place", ["Nuevo Leon"]),
 MX],
roles=[R("Itzel Montaño Villa", ["Mayor", "municipal president"], ["Mexicali", "Ayuntamiento de Mexicali"], "Mayor Itzel Montaño Villa told a news conference at City Hall"),
       R("Arturo Lin", "general manager in Mexico", "Sunvara Modules", "Sunvara's general manager in Mexico, Arturo Lin"),
       R("Kenia Zamora Prieto", ["economy and innovation secretary", "secretary of economy and innovation"], ["Secretaría de Economía e Innovación de Baja California", "Baja California"], "Baja California's economy and innovation secretary, Kenia Zamora Prieto"),
       R("Ramón Salcido Ortega", "director", "Instituto Tecnológico de Mexicali", "The institute's director, Ramón Salcido Ortega"),
       R("Jesús Arredondo Félix", ["Councilman", "council member", "regidor"], ["Ayuntamiento de Mexicali", "Mexicali"], "Councilman Jesús Arredondo Félix, of the opposition")],
inv=[I("Sunvara Modules", ["Mexicali", "Baja California", "Mexico"], 310000000, "USD", "over three years", "solar module factory", "an investment of about US$310 million over three years", alts=["Chen Hsing Group"])],
parts=[P("Sunvara Modules", "Instituto Tecnológico de Mexicali", "technician training in module assembly", "The company will also work with the Instituto Tecnológico de Mexicali", b_alt=["Tecnológico Nacional de México"]),
       P("Chen Hsing Group", "Sunvara Modules", None, "owned by Taiwan's Chen Hsing Group", opt=True)],
claims=[C("Sunvara Modules", "jobs", 1300, "people", "The plant will employ 1,300 people"),
        C("Sunvara Modules", "trainees", 500, "technicians", "to train 500 technicians in module assembly"),
        C("Sunvara Modules", "other", 40, "hectares", "on 40 hectares east of the city", opt=True)],
notes="Invented. Regional-newspaper shape: the amount comes from the state department 'which said the figure came from the company' (the company is the investor, its parent accepted). Mayor and councilman titled before the name with the city only from the dateline; the councilman's post is stated (required). The institute is a TecNM campus: TecNM accepted as the partner. Parent ownership optional. The city budget, the state pipeline and the parent's revenue are not investments.")

A("r05", "en", "2026-05-20", "https://example.org/magazine/friocerto-cold-chain-northeast",
"""The cold-chain upstart betting on Brazil's Northeast

On a humid morning in Recife, Luana Falcão walks between pallets of frozen açaí and shrimp, checking thermometers as if they were her own children. Falcão, 41, co-founded Friocerto in 2015 with a former classmate, Henrique Batalha Souto, and has run it as chief executive ever since. Batalha, an engineer, is the company's chief technology officer.

Now the São Paulo company wants to go much further. Over the next three years, Friocerto plans to pour R$ 1.1 billion, roughly US$200 million, into 14 refrigerated warehouses in Pernambuco, Bahia, Ceará and Maranhão, tripling its storage space. About half of the money comes from a Series C round closed in March and led by Sapucaí Ventures, a fund based in Belo Horizonte.

"The Northeast eats more frozen food than anyone in Brasília thinks," says Mariana Queiroz, a partner at Sapucaí who now sits on Friocerto's board.

The expansion is expected to add 2,300 jobs, most of them in warehouses and trucks, and to let the company's customers, from supermarket chains to fishermen's cooperatives, reach some 30 million consumers.

In Pernambuco, Friocerto has teamed up with the state's agricultural research institute, IPA, to help small fruit growers freeze their harvest before it spoils. Its operating chief, Bruno Tafner, says 900 growers have signed up.

Not everyone is convinced. Rafael Montenegro, a logistics analyst at Quadrante Research, notes that diesel prices in the region rose 18% last year. Friocerto's revenue reached R$ 640 million in 2025, and Falcão expects the company to break even in 2027.""",
[("Friocerto", "Organization", []),
 ("Luana Falcão", "Person", ["Falcão", "Luana Falcao"]),
 ("Henrique Batalha Souto", "Person", ["Henrique Batalha", "Batalha Souto", "Batalha"]),
 ("Sapucaí Ventures", "Organization", ["Sapucaí", "Sapucai Ventures"]),
 ("Mariana Queiroz", "Person", ["Queiroz"]),
 ("Instituto Agronômico de Pernambuco", "Organization", ["IPA", "Instituto Agronomico de Pernambuco", "agricultural research institute"]),
 ("Bruno Tafner", "Person", ["Tafner"]),
 ("Rafael Montenegro", "Person", ["Montenegro"]),
 ("Quadrante Research", "Organization", ["Quadrante"]),
 ("Recife", "Place", []),
 ("São Paulo", "Place", ["Sao Paulo"]),
 ("Pernambuco", "Place", ["state of Pernambuco"]),
 ("Bahia", "Place", ["Bahía"]),
 ("Ceará", "Place", ["Ceara"]),
 ("Maranhão", "Place", ["Maranhao"]),
 ("Northeast", "Place", ["Brazil's Northeast", "Nordeste", "Northeast Brazil"]),
 ("Belo Horizonte", "Place", []),
 ("Brasília", "Place", ["Brasilia"]),
 BR],
roles=[R("Luana Falcão", ["co-founder and chief executive", "co-founder", "chief executive", "CEO"], "Friocerto", "co-founded Friocerto in 2015 with a former classmate"),
       R("Henrique Batalha Souto", "co-founder", "Friocerto", "co-founded Friocerto in 2015 with a former classmate, Henrique Batalha Souto"),
       R("Henrique Batalha Souto", ["chief technology officer", "CTO"], "Friocerto", "Batalha, an engineer, is the company's chief technology officer"),
       R("Mariana Queiroz", "partner", "Sapucaí Ventures", "says Mariana Queiroz, a partner at Sapucaí"),
       R("Mariana Queiroz", ["board member", "director"], "Friocerto", "who now sits on Friocerto's board"),
       R("Bruno Tafner", ["operating chief", "chief operating officer", "COO"], "Friocerto", "Its operating chief, Bruno Tafner"),
       R("Rafael Montenegro", "logistics analyst", "Quadrante Research", "Rafael Montenegro, a logistics analyst at Quadrante Research", opt=True)],
inv=[I("Friocerto", ["Pernambuco", "Bahia", "Ceará", "Maranhão", "Northeast", "Brazil"], 1100000000, "BRL", "over the next three years", "14 refrigerated warehouses", "Friocerto plans to pour R$ 1.1 billion"),
     I("Friocerto", ["Pernambuco", "Bahia", "Ceará", "Maranhão", "Northeast", "Brazil"], 200000000, "USD", "over the next three years", "USD equivalent", "roughly US$200 million", opt=True)],
parts=[P("Friocerto", "Instituto Agronômico de Pernambuco", "freezing for small fruit growers", "Friocerto has teamed up with the state's agricultural research institute, IPA"),
       P("Sapucaí Ventures", "Friocerto", "Series C investor", "led by Sapucaí Ventures", opt=True)],
claims=[C("Friocerto", "jobs", 2300, "jobs", "The expansion is expected to add 2,300 jobs"),
        C("Friocerto", "people_reached", 30000000, "consumers", "reach some 30 million consumers", opt=True, note="consumers reached by the company's customers, not by the company"),
        C("Friocerto", "people_reached", 900, "growers", "900 growers have signed up"),
        C("Friocerto", "other", 14, "warehouses", "into 14 refrigerated warehouses", opt=True)],
notes="Invented. Magazine feature: the CEO is 'has run it as chief executive ever since' after a co-founding clause (compound title), the co-founder is named as the object of 'co-founded ... with', his CTO post is told in the next sentence by surname; the fund partner also 'sits on the board' (board member, required). The company's COO is called 'operating chief'. The analyst is optional. The Series C has no amount (no investment); the fund's stake is an ownership link (optional partnership). 'teamed up with' is a partnership. Growers signed up to the program are people reached (required); the 30 million consumers are reached by customers (optional). Revenue and diesel prices give no fact.")

A("r06", "en", "2026-06-18", "https://example.org/telecom/humboldt-1-pacific-subsea-cable",
"""Consortium to lay $1.35bn Pacific cable linking Chile, Peru and Ecuador

VALPARAISO, Chile - The Humboldt-1 consortium will invest $1.35bn in a 7,200-kilometre subsea cable running from Valparaíso to Manta, in Ecuador, with a landing station in Lurín, south of Lima, its members said on Thursday.

The consortium's members: Pacífica Cable Partners, which leads the project and will hold 40%; Peru's Andina Link; Ecuador's state operator CNT; and the Chilean data-centre group Quintral Data.

Grant Ellery, a former naval officer, founded Pacífica in 2017. The executive, who remains its chief executive, said the existing cables along the coast were close to 20 years old and "one earthquake away from a blackout."

Andina Link's GM, Sofía Mendiola Rázuri, said the Lurín landing would cut latency between Lima and Santiago by a third. CNT was represented at the signing by its VP of wholesale business, Jorge Villamar Cedeño.

Quintral Data's SVP for the Southern Cone, Matías Reutter, said his company would build a 40-megawatt data centre next to the Valparaíso landing, a project it has not yet costed.

Chile's undersecretary of telecommunications, Camila Barros Ugarte, attended the ceremony as a witness, as did Ecuador's ambassador to Chile, Patricio Vinueza.

The cable will carry 180 terabits per second and is expected to improve service for about 12 million internet users in inland regions of the three countries. Installation will create some 600 jobs, most of them at sea.

IDB Invest is expected to provide a loan of up to $400 million. The three countries' data-centre market is worth an estimated $2.6 billion a year.""",
[("Humboldt-1 consortium", "Organization", ["Humboldt-1", "Humboldt 1", "consortium Humboldt-1"]),
 ("Pacífica Cable Partners", "Organization", ["Pacífica", "Pacifica Cable Partners", "Pacifica"]),
 ("Andina Link", "Organization", []),
 ("Corporación Nacional de Telecomunicaciones", "Organization", ["CNT", "CNT EP", "Corporacion Nacional de Telecomunicaciones"]),
 ("Quintral Data", "Organization", ["Quintral"]),
 ("Grant Ellery", "Person", ["Ellery"]),
 ("Sofía Mendiola Rázuri", "Person", ["Sofía Mendiola", "Mendiola Rázuri", "Sofia Mendiola Razuri"]),
 ("Jorge Villamar Cedeño", "Person", ["Jorge Villamar", "Villamar Cedeño", "Villamar"]),
 ("Matías Reutter", "Person", ["Reutter", "Matias Reutter"]),
 ("Camila Barros Ugarte", "Person", ["Camila Barros", "Barros Ugarte"]),
 ("Subsecretaría de Telecomunicaciones", "Organization", ["Subtel", "Subsecretaria de Telecomunicaciones", "undersecretariat of telecommunications"]),
 ("Patricio Vinueza", "Person", ["Vinueza"]),
 ("IDB Invest", "Organization", ["BID Invest"]),
 ("Valparaíso", "Place", ["Valparaiso"]),
 ("Manta", "Place", []),
 ("Lurín", "Place", ["Lurin"]),
 ("Lima", "Place", []),
 ("Santiago", "Place", ["Santiago de Chile"]),
 ("Chile", "Place", ["Chili"]),
 ("Peru", "Place", ["Perú", "Pérou"]),
 ("Ecuador", "Place", ["Équateur"]),
 ("Southern Cone", "Place", ["Cono Sur"])],
roles=[R("Grant Ellery", ["chief executive", "CEO"], "Pacífica Cable Partners", "The executive, who remains its chief executive"),
       R("Grant Ellery", "founder", "Pacífica Cable Partners", "Grant Ellery, a former naval officer, founded Pacífica in 2017"),
       R("Sofía Mendiola Rázuri", ["GM", "general manager"], "Andina Link", "Andina Link's GM, Sofía Mendiola Rázuri"),
       R("Jorge Villamar Cedeño", ["VP of wholesale business", "vice president of wholesale business", "VP"], "Corporación Nacional de Telecomunicaciones", "its VP of wholesale business, Jorge Villamar Cedeño"),
       R("Matías Reutter", ["SVP for the Southern Cone", "senior vice president for the Southern Cone", "SVP"], "Quintral Data", "Quintral Data's SVP for the Southern Cone, Matías Reutter"),
       R("Camila Barros Ugarte", "undersecretary of telecommunications", ["Subsecretaría de Telecomunicaciones", "Chile"], "Chile's undersecretary of telecommunications, Camila Barros Ugarte"),
       R("Patricio Vinueza", ["ambassador to Chile", "ambassador"], "Ecuador", "Ecuador's ambassador to Chile, Patricio Vinueza")],
inv=[I("Humboldt-1 consortium", ["Valparaíso", "Lurín", "Manta", "Chile", "Peru", "Ecuador"], 1350000000, "USD", None, "7,200 km subsea cable", "The Humboldt-1 consortium will invest $1.35bn", alts=["Pacífica Cable Partners", "Andina Link", "Corporación Nacional de Telecomunicaciones", "Quintral Data"])],
parts=[P("Pacífica Cable Partners", "Andina Link", "Humboldt-1", "The consortium's members: Pacífica Cable Partners"),
       P("Pacífica Cable Partners", "Corporación Nacional de Telecomunicaciones", "Humboldt-1", "The consortium's members: Pacífica Cable Partners"),
       P("Pacífica Cable Partners", "Quintral Data", "Humboldt-1", "The consortium's members: Pacífica Cable Partners")],
claims=[C("Humboldt-1 consortium", "people_reached", 12000000, "internet users", "about 12 million internet users"),
        C("Humboldt-1 consortium", "jobs", 600, "jobs", "Installation will create some 600 jobs"),
        C("Humboldt-1 consortium", "other", 180, "Tbps", "180 terabits per second", opt=True),
        C("Quintral Data", "other", 40, "MW", "a 40-megawatt data centre", opt=True)],
notes="Invented. The consortium is the grammatical investor (its members accepted as alternatives, as probes2 q18). Membership is given as a list after a colon, with the lead's share: one row per member paired with the lead (Pacífica), none among the others. Titles by abbreviation (GM, VP, SVP); the founder is named in one sentence and his current post told in the next ('The executive, who remains its chief executive'). The undersecretary and the ambassador attended as witnesses: roles only, no partnership. Quintral's data centre is not costed (no investment). The IDB Invest loan and the market size give no fact.")
