# English articles p01-p12 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])

A("p01", "en", "2026-03-10", "https://example.org/tech/brisco-technologies-queretaro-data-center",
"""Brisco Technologies to build US$420 million data center campus in Querétaro

Brisco Technologies, the Texas-based cloud infrastructure provider, will invest US$420 million over the next four years to build a data center campus in Colón, in the central Mexican state of Querétaro, the company said on Tuesday.

"Mexico is where our customers want to be," said chief executive Hannah Whitcombe at a ceremony at the state government palace. The first of three buildings is expected to open in 2027.

The company's chief financial officer, Marcus Delaney, said the project would be financed with cash on hand and would not require new debt. He added that Brisco had closed 2025 with revenues of US$2.7 billion.

Querétaro's Secretary of Sustainable Development, Luis Ferrán Ocampo, said the campus would create 350 direct jobs once operating and about 1,200 jobs during construction.

As part of the announcement, Brisco signed an agreement with the Tecnológico Nacional de México (TecNM) under which the company will train 800 engineering students in data center operations through its Brisco Academy program.

Analysts see room for more growth. Priya Nandakumar, a partner at Keystone Advisory, estimated that Mexico's data center market is worth about US$1.9 billion a year and could double by 2030. Several other operators already run facilities in the state, she said.

Separately, Brisco will spend US$60 million on a network interconnection hub in Monterrey, Nuevo León, due to open next year.""",
[("Brisco Technologies", "Organization", ["Brisco"]),
 ("Hannah Whitcombe", "Person", ["Whitcombe"]),
 ("Marcus Delaney", "Person", ["Delaney"]),
 ("Luis Ferrán Ocampo", "Person", ["Ferrán Ocampo", "Luis Ferrán"]),
 ("Priya Nandakumar", "Person", ["Nandakumar"]),
 ("Keystone Advisory", "Organization", []),
 ("Tecnológico Nacional de México", "Organization", ["TecNM", "Tecnologico Nacional de Mexico"]),
 ("Brisco Academy", "Program", []),
 ("Secretaría de Desarrollo Sustentable de Querétaro", "Organization", ["Secretary of Sustainable Development", "Querétaro's Secretary of Sustainable Development"]),
 ("Colón", "Place", ["Colon"]),
 ("Monterrey", "Place", []),
 ("Nuevo León", "Place", ["Nuevo Leon", "N.L."]),
 ("Querétaro", "Place", ["Queretaro", "Estado de Querétaro"]),
 MX],
roles=[R("Hannah Whitcombe", "chief executive", "Brisco Technologies", "said chief executive Hannah Whitcombe"),
       R("Marcus Delaney", "chief financial officer", "Brisco Technologies", "The company's chief financial officer, Marcus Delaney"),
       R("Luis Ferrán Ocampo", "Secretary of Sustainable Development", ["Secretaría de Desarrollo Sustentable de Querétaro", "Querétaro"], "Querétaro's Secretary of Sustainable Development"),
       R("Priya Nandakumar", "partner", "Keystone Advisory", "Priya Nandakumar, a partner at Keystone Advisory", opt=True)],
inv=[I("Brisco Technologies", ["Colón", "Querétaro", "Mexico"], 420000000, "USD", "over the next four years", "data center campus", "will invest US$420 million over the next four years"),
     I("Brisco Technologies", ["Monterrey", "Nuevo León", "Mexico"], 60000000, "USD", "opening next year", "network interconnection hub", "Brisco will spend US$60 million on a network interconnection hub")],
parts=[P("Brisco Technologies", "Tecnológico Nacional de México", "Brisco Academy", "Brisco signed an agreement with the Tecnológico Nacional de México")],
claims=[C("Brisco Technologies", "jobs", 350, "jobs", "create 350 direct jobs"),
        C("Brisco Technologies", "jobs", 1200, "jobs", "about 1,200 jobs during construction", note="construction jobs"),
        C("Brisco Academy", "trainees", 800, "students", "train 800 engineering students")],
notes="Invented. A second, separate investment (US$60 million, Monterrey) is stated in the last sentence and is required. The US$2.7 billion is Brisco's revenue and the US$1.9 billion a market size: neither is an investment. The analyst's firm affiliation is an optional role. 1,200 construction jobs are required as jobs (created, temporary).")

A("p02", "en", "2026-01-22", "https://example.org/finance/norvald-capital-names-new-latam-head-colombia-roads",
"""Norvald Capital names new Latin America head, plans US$1.2bn push into Colombian toll roads

Norvald Capital, the Oslo-based infrastructure investor, named Sofía Arriaga Benítez as its new head of Latin America on Thursday, replacing Jonas Ekberg, who is retiring after eleven years with the firm.

Arriaga, who joins from a regional development bank, will be based in Bogotá. Her first task will be a toll-road program: Norvald plans to spend US$1.2bn on Colombian highway concessions through 2030, the firm said in a statement.

The money will be deployed through a joint venture between Norvald Capital and Grupo Ormeda, the Colombian engineering conglomerate. Grupo Ormeda chairman Ricardo Ospina Lleras said the partnership would bid for at least four concessions tendered by the national infrastructure agency this year.

Norvald is no stranger to the country. In 2019 it bought a stake in a Cartagena port terminal for US$210 million, which it sold three years later.

Colombia's transport minister, Adriana Mejía Salcedo, welcomed the plan. "Private capital is essential if we want to close the road gap in the regions," she said, adding that each concession employs around 1,500 workers during construction.

Norvald manages about US$38 billion in assets worldwide. Its interim chief financial officer, Petter Lund, said the Colombian commitment would represent roughly 3% of the portfolio.""",
[("Norvald Capital", "Organization", ["Norvald"]),
 ("Sofía Arriaga Benítez", "Person", ["Sofía Arriaga", "Arriaga", "Sofia Arriaga Benitez"]),
 ("Jonas Ekberg", "Person", ["Ekberg"]),
 ("Grupo Ormeda", "Organization", ["Ormeda"]),
 ("Ricardo Ospina Lleras", "Person", ["Ricardo Ospina", "Ospina Lleras"]),
 ("Adriana Mejía Salcedo", "Person", ["Adriana Mejía", "Mejía Salcedo"]),
 ("Petter Lund", "Person", ["Lund"]),
 ("Ministerio de Transporte de Colombia", "Organization", ["Ministerio de Transporte", "transport ministry"]),
 ("Colombia", "Place", ["Colombie"]),
 ("Bogotá", "Place", ["Bogota"]),
 ("Cartagena", "Place", [])],
roles=[R("Sofía Arriaga Benítez", "head of Latin America", "Norvald Capital", "named Sofía Arriaga Benítez as its new head of Latin America"),
       R("Jonas Ekberg", "head of Latin America", "Norvald Capital", "replacing Jonas Ekberg", opt=True),
       R("Ricardo Ospina Lleras", "chairman", "Grupo Ormeda", "Grupo Ormeda chairman Ricardo Ospina Lleras"),
       R("Adriana Mejía Salcedo", "transport minister", ["Colombia", "Ministerio de Transporte de Colombia"], "Colombia's transport minister, Adriana Mejía Salcedo"),
       R("Petter Lund", "interim chief financial officer", "Norvald Capital", "Its interim chief financial officer, Petter Lund")],
inv=[I("Norvald Capital", "Colombia", 1200000000, "USD", "through 2030", "Colombian highway concessions", "Norvald plans to spend US$1.2bn on Colombian highway concessions through 2030"),
     I("Norvald Capital", "Cartagena", 210000000, "USD", "2019", "past stake in a port terminal (background)", "In 2019 it bought a stake in a Cartagena port terminal", opt=True)],
parts=[P("Norvald Capital", "Grupo Ormeda", "toll-road joint venture", "a joint venture between Norvald Capital and Grupo Ormeda")],
claims=[C("Colombia", "jobs", 1500, "workers", "each concession employs around 1,500 workers", opt=True, note="per concession, generic statement by the minister"),
        C("Norvald Capital", "other", 38000000000, "USD", "Norvald manages about US$38 billion", opt=True, note="assets under management")],
notes="Invented. Ekberg is the outgoing head (past post, optional). The 2019 Cartagena purchase is a past, sold investment (optional background). 'interim chief financial officer' kept as the title. US$38 billion AUM is not an investment.")

A("p03", "en", "2026-04-02", "https://example.org/mining/tarvelia-mining-moquegua-expansion",
"""Tarvelia Mining to pour US$2.3bn into Peruvian copper project

Tarvelia Mining will pour US$2.3bn into its Pampa Colorada copper project in the southern Peruvian region of Moquegua, the Canadian miner said, after the government approved the project's environmental study.

Tarvelia's Latin America head Darren Kessling told reporters in Lima that construction would start in the second half of the year and take about three years. The mine is expected to produce 180,000 tonnes of copper a year.

Energy and Mines Minister Raúl Quispe Ledesma said the project would contribute about 0.4% of Peru's gross domestic product once it reaches full output. It will employ 4,500 people at the peak of construction and 1,100 in operations, according to the company.

The company also reported record revenues of US$6.1 billion for 2025, helped by high metal prices.

Not everyone is convinced. Local farmers' groups in the Tambo valley have raised concerns about water use, and Mariela Condori, an analyst at Andes Risk Partners in Lima, said protests could delay the timetable. "Moquegua has a good track record, but the water question is sensitive," she said.

Tarvelia already operates a smaller zinc mine in the neighbouring Tacna region, which it acquired in 2018.""",
[("Tarvelia Mining", "Organization", ["Tarvelia"]),
 ("Pampa Colorada", "Organization", ["Pampa Colorada copper project"]),
 ("Darren Kessling", "Person", ["Kessling"]),
 ("Raúl Quispe Ledesma", "Person", ["Raúl Quispe", "Quispe Ledesma"]),
 ("Mariela Condori", "Person", ["Condori"]),
 ("Andes Risk Partners", "Organization", []),
 ("Ministerio de Energía y Minas del Perú", "Organization", ["Ministerio de Energía y Minas", "Energy and Mines Ministry", "Minem"]),
 ("Moquegua", "Place", ["Moquegua Region", "región Moquegua"]),
 ("Peru", "Place", ["Perú", "Pérou"]),
 ("Lima", "Place", []),
 ("Tacna", "Place", [])],
roles=[R("Darren Kessling", "Latin America head", "Tarvelia Mining", "Tarvelia's Latin America head Darren Kessling"),
       R("Raúl Quispe Ledesma", "Energy and Mines Minister", ["Peru", "Ministerio de Energía y Minas del Perú"], "Energy and Mines Minister Raúl Quispe Ledesma"),
       R("Mariela Condori", "analyst", "Andes Risk Partners", "Mariela Condori, an analyst at Andes Risk Partners", opt=True)],
inv=[I("Tarvelia Mining", ["Moquegua", "Peru"], 2300000000, "USD", None, "Pampa Colorada copper project", "Tarvelia Mining will pour US$2.3bn")],
parts=[],
claims=[C("Pampa Colorada", "gdp_contribution", 0.4, "percent", "about 0.4% of Peru's gross domestic product"),
        C("Pampa Colorada", "jobs", 4500, "people", "employ 4,500 people at the peak of construction"),
        C("Pampa Colorada", "jobs", 1100, "people", "1,100 in operations"),
        C("Pampa Colorada", "other", 180000, "tonnes per year", "180,000 tonnes of copper a year", opt=True, note="production capacity")],
notes="Invented. Claim subject is the project; the company is its owner (the scorer compares only kind and value). The US$6.1 billion is revenue, not investment. The 2018 Tacna acquisition has no amount and is not annotated. Minister's title comes before the name without commas; the country is implied by 'Peru's gross domestic product'.")

A("p04", "en", "2026-02-17", "https://example.org/food/zorbel-foods-irapuato-plant",
"""Zorbel Foods opens US$180 million snack plant in Guanajuato

Zorbel Foods inaugurated on Monday a US$180 million plant in Irapuato, Guanajuato, its largest outside the United States, where it will make frozen vegetables and ready meals for the Mexican and US markets.

The plant was opened by Guanajuato governor Beatriz Olmedo Rangel and Zorbel's president for international operations, Gregory Hallam. Hallam said the site would employ 600 people directly when it reaches full capacity next year, most of them hired from nearby municipalities.

The company also announced a dual training program with the Colegio de Educación Profesional Técnica (Conalep) in Guanajuato. Under the scheme, 300 technical students a year will alternate classes with paid work at the plant.

"We chose Irapuato because of the farmers," said Olmedo. About 2,000 growers in the Bajío region will supply the factory under multi-year contracts, according to the state's agriculture secretary, Hugo Barrientos.

Zorbel, whose products are sold by retailers such as Pradera Markets, has been expanding in Latin America. It bought a small Chilean fruit processor in 2023. Hallam said the group would also spend a further US$40 million on a cold-storage warehouse in León, in the same state.

Shares of the company rose 2% in New York trading.""",
[("Zorbel Foods", "Organization", ["Zorbel"]),
 ("Beatriz Olmedo Rangel", "Person", ["Beatriz Olmedo", "Olmedo"]),
 ("Gregory Hallam", "Person", ["Hallam"]),
 ("Hugo Barrientos", "Person", ["Barrientos"]),
 ("Conalep", "Organization", ["Colegio Nacional de Educación Profesional Técnica", "Colegio de Educación Profesional Técnica", "Conalep Guanajuato", "CONALEP"]),
 ("Pradera Markets", "Organization", []),
 ("Secretaría de Desarrollo Agroalimentario de Guanajuato", "Organization", ["agriculture secretary"]),
 ("Irapuato", "Place", []),
 ("León", "Place", ["Leon"]),
 ("Guanajuato", "Place", ["Estado de Guanajuato"]),
 MX],
roles=[R("Beatriz Olmedo Rangel", "governor", "Guanajuato", "Guanajuato governor Beatriz Olmedo Rangel"),
       R("Gregory Hallam", "president for international operations", "Zorbel Foods", "Zorbel's president for international operations, Gregory Hallam"),
       R("Hugo Barrientos", "agriculture secretary", ["Guanajuato", "Secretaría de Desarrollo Agroalimentario de Guanajuato"], "the state's agriculture secretary, Hugo Barrientos")],
inv=[I("Zorbel Foods", ["Irapuato", "Guanajuato", "Mexico"], 180000000, "USD", None, "frozen vegetables and ready meals plant", "inaugurated on Monday a US$180 million plant in Irapuato"),
     I("Zorbel Foods", ["León", "Guanajuato", "Mexico"], 40000000, "USD", None, "cold-storage warehouse", "spend a further US$40 million on a cold-storage warehouse in León")],
parts=[P("Zorbel Foods", "Conalep", "dual training program", "a dual training program with the Colegio de Educación Profesional Técnica (Conalep)")],
claims=[C("Zorbel Foods", "jobs", 600, "jobs", "employ 600 people directly"),
        C("Conalep", "trainees", 300, "students per year", "300 technical students a year"),
        C("Zorbel Foods", "people_reached", 2000, "growers", "About 2,000 growers in the Bajío region", opt=True, note="supplier farmers, not beneficiaries in the usual sense")],
notes="Invented. The further US$40 million warehouse in León is a second required investment, stated in reported speech. The plant is inaugurated (a completed investment, still the article's main investment). Pradera Markets is only a retailer/client: no partnership. The 2023 Chilean acquisition has no amount or name (not annotated). 'Guanajuato governor' is a title before the name without comma.")

A("p05", "en", "2026-05-05", "https://example.org/energy/halvorsen-quilmard-magallanes-hydrogen",
"""Halvorsen and Quilmard to jointly develop US$3.5 billion hydrogen hub in Chilean Patagonia

Norwegian utility Halvorsen Energy and Chilean developer Quilmard SA will jointly develop a green hydrogen and ammonia hub near Punta Arenas, in the Magallanes region, with an estimated investment of US$3.5 billion by 2030, the companies said on Monday.

The two groups signed a shareholders' agreement in Santiago in the presence of Chile's Energy Minister, Tomás Recabarren Soto. Halvorsen will hold 60% of the venture and Quilmard the rest.

Halvorsen chief executive Ingrid Solberg-Maas called Magallanes "one of the best wind resources on the planet." Quilmard's general manager, Felipe Arancibia, said the project would create around 2,000 jobs during construction and 300 permanent positions.

The hub's 1.8 gigawatts of wind turbines will feed electrolysers producing ammonia for export to Europe and Asia. Separately, the minister said Chile's hydrogen pipeline now exceeds US$20 billion across more than 60 projects, a figure that includes several early-stage proposals.

Quilmard was founded in 2011 by the Arancibia family and has developed wind farms in the Biobío region. Last year it reported sales of US$140 million.""",
[("Halvorsen Energy", "Organization", ["Halvorsen"]),
 ("Quilmard SA", "Organization", ["Quilmard", "Quilmard S.A."]),
 ("Tomás Recabarren Soto", "Person", ["Tomás Recabarren", "Recabarren"]),
 ("Ingrid Solberg-Maas", "Person", ["Solberg-Maas"]),
 ("Felipe Arancibia", "Person", ["Arancibia"]),
 ("Ministerio de Energía de Chile", "Organization", ["Ministerio de Energía", "Energy Ministry"]),
 ("Punta Arenas", "Place", []),
 ("Magallanes", "Place", ["Magallanes region", "Región de Magallanes", "Magallanes Region"]),
 ("Chile", "Place", ["Chili"]),
 ("Santiago", "Place", [])],
roles=[R("Tomás Recabarren Soto", "Energy Minister", ["Chile", "Ministerio de Energía de Chile"], "Chile's Energy Minister, Tomás Recabarren Soto"),
       R("Ingrid Solberg-Maas", "chief executive", "Halvorsen Energy", "Halvorsen chief executive Ingrid Solberg-Maas"),
       R("Felipe Arancibia", "general manager", "Quilmard SA", "Quilmard's general manager, Felipe Arancibia")],
inv=[I("Halvorsen Energy", ["Punta Arenas", "Magallanes", "Chile"], 3500000000, "USD", "by 2030", "green hydrogen and ammonia hub (joint)", "with an estimated investment of US$3.5 billion by 2030", alts=["Quilmard SA"]),
     I("Quilmard SA", ["Punta Arenas", "Magallanes", "Chile"], 3500000000, "USD", "by 2030", "same joint investment (co-investor)", "with an estimated investment of US$3.5 billion by 2030", opt=True, alts=["Halvorsen Energy"])],
parts=[P("Halvorsen Energy", "Quilmard SA", "green hydrogen hub", "will jointly develop a green hydrogen")],
claims=[C("Quilmard SA", "jobs", 2000, "jobs", "create around 2,000 jobs during construction"),
        C("Quilmard SA", "jobs", 300, "jobs", "300 permanent positions"),
        C("Chile", "other", 20000000000, "USD", "exceeds US$20 billion across more than 60 projects", opt=True, note="national hydrogen pipeline, aggregate, not an investment by a named investor")],
notes="Invented. Joint investment: one required row with the partner as investor_alternatives, optional row for the second investor (dev.md convention). The 60/40 split is not turned into amounts. The US$20 billion national pipeline and Quilmard's US$140 million sales are not investments. The claim subject for jobs is the project's developers (the scorer ignores subject).")

A("p06", "en", "2026-06-11", "https://example.org/logistics/cortavia-campinas-hub",
"""Brazil's Cortavia Logística names new CEO, earmarks R$ 500 million for Campinas hub

Cortavia Logística, one of Brazil's largest independent trucking and warehousing groups, named Paulo Veiga Monteiro as its new chief executive officer on Wednesday, succeeding founder Antônio Cortês, who becomes chairman of the board.

Veiga, 47, was previously Cortavia's chief operating officer. His first move will be a R$ 500 million (about US$92 million) investment in a distribution hub in Campinas, in São Paulo state, to be completed by the end of 2027.

"E-commerce volumes in the interior of São Paulo keep growing, and we need to be closer to the airport," Veiga said. The company's new chief operating officer, Renata Albuquerque, said the hub would create 1,500 direct jobs.

The hub will serve several large retailers, among them the online marketplace Compraí, which has signed a ten-year lease for part of the space.

Gustavo Lemos, a transport analyst at Banco Serrano, said the move made sense but warned that interest rates remain high. "Financing costs are the main risk for logistics developers this year," he said. Brazil's logistics real-estate market is valued at around R$ 80 billion, according to the bank.""",
[("Cortavia Logística", "Organization", ["Cortavia", "Cortavia Logistica"]),
 ("Paulo Veiga Monteiro", "Person", ["Paulo Veiga", "Veiga"]),
 ("Antônio Cortês", "Person", ["Cortês", "Antonio Cortes"]),
 ("Renata Albuquerque", "Person", ["Albuquerque"]),
 ("Compraí", "Organization", ["Comprai"]),
 ("Gustavo Lemos", "Person", ["Lemos"]),
 ("Banco Serrano", "Organization", []),
 ("Campinas", "Place", []),
 ("São Paulo", "Place", ["Sao Paulo", "São Paulo state"]),
 ("Brazil", "Place", ["Brasil", "Brésil"])],
roles=[R("Paulo Veiga Monteiro", "chief executive officer", "Cortavia Logística", "named Paulo Veiga Monteiro as its new chief executive officer"),
       R("Antônio Cortês", "chairman of the board", "Cortavia Logística", "who becomes chairman of the board"),
       R("Paulo Veiga Monteiro", "chief operating officer", "Cortavia Logística", "Veiga, 47, was previously Cortavia's chief operating officer", opt=True),
       R("Renata Albuquerque", "chief operating officer", "Cortavia Logística", "The company's new chief operating officer, Renata Albuquerque"),
       R("Gustavo Lemos", "transport analyst", "Banco Serrano", "Gustavo Lemos, a transport analyst at Banco Serrano", opt=True)],
inv=[I("Cortavia Logística", ["Campinas", "São Paulo", "Brazil"], 500000000, "BRL", "by the end of 2027", "distribution hub", "a R$ 500 million (about US$92 million) investment"),
     I("Cortavia Logística", ["Campinas", "São Paulo", "Brazil"], 92000000, "USD", "by the end of 2027", "USD equivalent", "a R$ 500 million (about US$92 million) investment", opt=True)],
parts=[P("Cortavia Logística", "Compraí", "ten-year lease", "signed a ten-year lease", opt=True)],
claims=[C("Cortavia Logística", "jobs", 1500, "jobs", "create 1,500 direct jobs")],
notes="Invented. Appointment ('named X as its new chief executive officer'); the founder moves to chairman (a new post, required). Veiga's previous COO post is past (optional). Compraí is a client/tenant: an optional partnership at most. The R$ 80 billion market size is not an investment. The BRL amount is first-stated and required; the USD equivalent is optional.")

A("p07", "en", "2026-03-25", "https://example.org/semiconductors/lumetra-costa-rica-heredia-expansion",
"""Lumetra Semiconductors expands in Costa Rica, signs training pact with Pacific university

Lumetra Semiconductors plans to invest US$75 million to expand its chip testing and packaging plant in Heredia, Costa Rica, over the next three years, the company announced on Tuesday in San José.

The expansion was presented by Lumetra's vice president of global operations, Eileen Park-Moreno, alongside Costa Rica's Minister of Science, Innovation, Technology and Telecommunications, Gabriela Solís Araya.

Lumetra also signed a memorandum of understanding with the Universidad Técnica del Pacífico, based in Puntarenas, to create a microelectronics curriculum. The university's rector, Manuel Chacón Vindas, said the program would train 2,000 students and technicians by 2029, and Lumetra will fund 150 scholarships for women in engineering.

The company currently employs about 1,800 people in the country. Park-Moreno said the expansion would add 400 new positions.

Costa Rica has attracted several semiconductor projects since the United States passed its CHIPS Act, and the government is promoting the country as a nearshoring hub. "We are competing with Mexico and Vietnam for every project," Solís said.

The plant in Heredia opened in 2014 with an initial investment of US$40 million.""",
[("Lumetra Semiconductors", "Organization", ["Lumetra"]),
 ("Eileen Park-Moreno", "Person", ["Park-Moreno"]),
 ("Gabriela Solís Araya", "Person", ["Gabriela Solís", "Solís"]),
 ("Universidad Técnica del Pacífico", "Organization", ["Universidad Tecnica del Pacifico"]),
 ("Manuel Chacón Vindas", "Person", ["Manuel Chacón", "Chacón Vindas"]),
 ("Ministerio de Ciencia, Innovación, Tecnología y Telecomunicaciones", "Organization", ["MICITT", "Minister of Science, Innovation, Technology and Telecommunications"]),
 ("Heredia", "Place", []),
 ("Costa Rica", "Place", []),
 ("San José", "Place", ["San Jose"]),
 ("Puntarenas", "Place", [])],
roles=[R("Eileen Park-Moreno", "vice president of global operations", "Lumetra Semiconductors", "Lumetra's vice president of global operations, Eileen Park-Moreno"),
       R("Gabriela Solís Araya", "Minister of Science, Innovation, Technology and Telecommunications", ["Costa Rica", "Ministerio de Ciencia, Innovación, Tecnología y Telecomunicaciones"], "Costa Rica's Minister of Science"),
       R("Manuel Chacón Vindas", "rector", "Universidad Técnica del Pacífico", "The university's rector, Manuel Chacón Vindas")],
inv=[I("Lumetra Semiconductors", ["Heredia", "Costa Rica"], 75000000, "USD", "over the next three years", "expansion of chip testing and packaging plant", "plans to invest US$75 million to expand"),
     I("Lumetra Semiconductors", ["Heredia", "Costa Rica"], 40000000, "USD", "2014", "initial investment (background)", "initial investment of US$40 million", opt=True)],
parts=[P("Lumetra Semiconductors", "Universidad Técnica del Pacífico", "microelectronics curriculum", "signed a memorandum of understanding with the Universidad Técnica del Pacífico")],
claims=[C("Universidad Técnica del Pacífico", "trainees", 2000, "students and technicians", "train 2,000 students and technicians by 2029"),
        C("Lumetra Semiconductors", "trainees", 150, "scholarships", "fund 150 scholarships"),
        C("Lumetra Semiconductors", "jobs", 400, "jobs", "add 400 new positions"),
        C("Lumetra Semiconductors", "jobs", 1800, "employees", "employs about 1,800 people", opt=True, note="existing workforce")],
notes="Invented. Workforce total optional, new positions required. The 2014 initial investment is background (optional). The minister's long title is given after the country possessive with a comma. Scholarships are an 'other' claim with unit scholarships.")

A("p08", "en", "2026-07-08", "https://example.org/ports/isthmia-dravon-colon-terminal",
"""Isthmia Ports and Dravon Shipping win Colón container terminal concession

Panamanian operator Isthmia Ports will build a new container terminal on the Atlantic side of the canal, in the province of Colón, at a cost of US$640 million. It will do so together with Danish carrier Dravon Shipping: the two companies signed the 30-year concession contract with the Panama Maritime Authority on Friday.

Commerce and Industries Minister Julio Batista Arosemena said the terminal would generate 900 permanent jobs and handle up to 2.5 million containers a year when it opens in 2029.

Isthmia's president, Carmen Lasso de Vallarino, said construction would begin in the first quarter of next year. Dravon's deputy chief executive, Lars Engqvist, attended the signing.

The Panama Maritime Authority's administrator, Ernesto Him, said the contract includes an annual fee to the state.

Sources close to the negotiation said a third shareholder, the Singapore-based Maresca Group, could join the venture later, but neither company confirmed it.

The terminal will compete with existing facilities in Manzanillo and Cristóbal. Trade through the canal fell in 2024 because of drought and has since recovered.""",
[("Isthmia Ports", "Organization", ["Isthmia"]),
 ("Dravon Shipping", "Organization", ["Dravon"]),
 ("Panama Maritime Authority", "Organization", ["Autoridad Marítima de Panamá", "AMP"]),
 ("Julio Batista Arosemena", "Person", ["Julio Batista", "Batista Arosemena"]),
 ("Carmen Lasso de Vallarino", "Person", ["Carmen Lasso"]),
 ("Lars Engqvist", "Person", ["Engqvist"]),
 ("Ernesto Him", "Person", ["Him"]),
 ("Maresca Group", "Organization", ["Maresca"]),
 ("Ministerio de Comercio e Industrias de Panamá", "Organization", ["Ministerio de Comercio e Industrias", "MICI", "Commerce and Industries Ministry"]),
 ("Colón Province", "Place", ["Colón", "province of Colón", "Provincia de Colón"]),
 ("Panama", "Place", ["Panamá"])],
roles=[R("Julio Batista Arosemena", "Commerce and Industries Minister", ["Panama", "Ministerio de Comercio e Industrias de Panamá"], "Commerce and Industries Minister Julio Batista Arosemena"),
       R("Carmen Lasso de Vallarino", "president", "Isthmia Ports", "Isthmia's president, Carmen Lasso de Vallarino"),
       R("Lars Engqvist", "deputy chief executive", "Dravon Shipping", "Dravon's deputy chief executive, Lars Engqvist"),
       R("Ernesto Him", "administrator", "Panama Maritime Authority", "The Panama Maritime Authority's administrator, Ernesto Him")],
inv=[I("Isthmia Ports", ["Colón Province", "Panama"], 640000000, "USD", None, "new container terminal", "at a cost of US$640 million", alts=["Dravon Shipping"]),
     I("Dravon Shipping", ["Colón Province", "Panama"], 640000000, "USD", None, "same terminal (co-builder)", "at a cost of US$640 million", opt=True, alts=["Isthmia Ports"])],
parts=[P("Isthmia Ports", "Dravon Shipping", "Colón container terminal", "together with Danish carrier Dravon Shipping"),
       P("Isthmia Ports", "Panama Maritime Authority", "30-year concession contract", "signed the 30-year concession contract with the Panama Maritime Authority", opt=True, a_alt=["Dravon Shipping"])],
claims=[C("Isthmia Ports", "jobs", 900, "jobs", "generate 900 permanent jobs"),
        C("Isthmia Ports", "other", 2500000, "containers per year", "2.5 million containers a year", opt=True, note="capacity")],
notes="Invented. The partnership is told across two sentences ('It will do so together with ...'). The concession contract with the state authority is an optional partnership (a concession, not a cooperation). Maresca Group is a rumour: no fact. 'deputy chief executive' is a deputy post. Place 'Colón' is the province here, not the Querétaro municipality of p01 (a separate entity name, 'Colón Province').")

A("p09", "en", "2026-08-19", "https://example.org/mining/salvia-lithium-catamarca",
"""Salvia Lithium plans to spend US$870 million on Catamarca brine project

Salvia Lithium plans to spend US$870 million over the next five years to build a lithium carbonate plant at its Salar del Cóndor project in Catamarca province, Argentina, under the country's large-investment incentive regime, the company said.

Chief executive Martín Echegaray said the plant would produce 25,000 tonnes a year from 2029. Catamarca governor Ramiro Villafañe said the project would create 1,300 jobs during construction and 450 permanent jobs, and that 70% of the workers would be from the province.

The company has already invested about US$90 million in exploration and a pilot plant since 2021.

Salvia also confirmed that its outgoing chief financial officer, Claire Whitmore, will leave at the end of September; Diego Ferrante, currently treasurer, will take the job on an interim basis.

Salvia's shares jumped after the announcement. Some local media reported that a Japanese trading house was in talks to buy a stake in the project, but the company declined to comment on what it called market speculation.

Argentina's lithium exports reached about US$700 million last year, according to the Ministry of Economy.""",
[("Salvia Lithium", "Organization", ["Salvia"]),
 ("Salar del Cóndor", "Organization", ["Salar del Cóndor project", "Salar del Condor"]),
 ("Martín Echegaray", "Person", ["Echegaray"]),
 ("Ramiro Villafañe", "Person", ["Villafañe"]),
 ("Claire Whitmore", "Person", ["Whitmore"]),
 ("Diego Ferrante", "Person", ["Ferrante"]),
 ("Catamarca", "Place", ["Catamarca province", "Provincia de Catamarca", "Catamarca Province"]),
 ("Argentina", "Place", ["Argentine"])],
roles=[R("Martín Echegaray", "chief executive", "Salvia Lithium", "Chief executive Martín Echegaray"),
       R("Ramiro Villafañe", "governor", "Catamarca", "Catamarca governor Ramiro Villafañe"),
       R("Claire Whitmore", "chief financial officer", "Salvia Lithium", "its outgoing chief financial officer, Claire Whitmore"),
       R("Diego Ferrante", "interim chief financial officer", "Salvia Lithium", "Diego Ferrante, currently treasurer"),
       R("Diego Ferrante", "treasurer", "Salvia Lithium", "Diego Ferrante, currently treasurer")],
inv=[I("Salvia Lithium", ["Catamarca", "Argentina"], 870000000, "USD", "over the next five years", "lithium carbonate plant, Salar del Cóndor", "plans to spend US$870 million over the next five years"),
     I("Salvia Lithium", ["Catamarca", "Argentina"], 90000000, "USD", "since 2021", "exploration and pilot plant already spent (background)", "already invested about US$90 million", opt=True)],
parts=[],
claims=[C("Salar del Cóndor", "jobs", 1300, "jobs", "create 1,300 jobs during construction"),
        C("Salar del Cóndor", "jobs", 450, "jobs", "450 permanent jobs"),
        C("Salar del Cóndor", "other", 25000, "tonnes per year", "produce 25,000 tonnes a year", opt=True)],
notes="Invented. Outgoing CFO: still the current post until end of September (required as 'chief financial officer'). Interim successor: 'take the job on an interim basis' (the title is the CFO post, read by coreference). The Japanese stake talk is a rumour: no partnership. The US$700 million exports are not an investment. 70% local workers is not annotated.")

A("p10", "en", "2026-09-02", "https://example.org/tourism/arenal-hoteles-punta-cana",
"""Grupo Arenal Hoteles to build three resorts in Punta Cana, partners with INFOTEP on training

Spanish hotel chain Grupo Arenal Hoteles will invest US$260 million to build three all-inclusive resorts in Punta Cana, in the Dominican province of La Altagracia, the company's chairman, Ignacio Roldán Pereda, announced in Santo Domingo.

The resorts, with 1,400 rooms in total, are due to open between 2027 and 2029. Tourism Minister Rafael Almonte Cruz said the project would generate 2,400 direct jobs and about 5,000 indirect ones.

To staff the hotels, Arenal struck a strategic alliance with the National Institute of Technical-Professional Training (INFOTEP). The institute's director general, Yolanda Peña Reyes, said 1,000 young people from the eastern provinces would be trained in hospitality trades before the first opening.

The Dominican Republic received more than 11 million visitors last year, a record, and tourism accounts for about 16% of the economy, according to the central bank.

Arenal already runs two hotels in the country, in Puerto Plata and Samaná, and will separately spend US$35 million renovating the Puerto Plata property. Its revenues reached 1.1 billion euros in 2025.

The group's financing will come in part from a syndicated loan led by a Spanish bank, Roldán said, without naming it.""",
[("Grupo Arenal Hoteles", "Organization", ["Arenal", "Grupo Arenal"]),
 ("Ignacio Roldán Pereda", "Person", ["Ignacio Roldán", "Roldán"]),
 ("Rafael Almonte Cruz", "Person", ["Rafael Almonte", "Almonte"]),
 ("INFOTEP", "Organization", ["National Institute of Technical-Professional Training", "Instituto Nacional de Formación Técnico Profesional"]),
 ("Yolanda Peña Reyes", "Person", ["Yolanda Peña", "Peña Reyes"]),
 ("Ministerio de Turismo de la República Dominicana", "Organization", ["Ministerio de Turismo", "Mitur", "Tourism Ministry"]),
 ("Punta Cana", "Place", []),
 ("La Altagracia", "Place", ["La Altagracia Province"]),
 ("Dominican Republic", "Place", ["República Dominicana", "République dominicaine"]),
 ("Santo Domingo", "Place", []),
 ("Puerto Plata", "Place", [])],
roles=[R("Ignacio Roldán Pereda", "chairman", "Grupo Arenal Hoteles", "the company's chairman, Ignacio Roldán Pereda"),
       R("Rafael Almonte Cruz", "Tourism Minister", ["Dominican Republic", "Ministerio de Turismo de la República Dominicana"], "Tourism Minister Rafael Almonte Cruz"),
       R("Yolanda Peña Reyes", "director general", "INFOTEP", "The institute's director general, Yolanda Peña Reyes")],
inv=[I("Grupo Arenal Hoteles", ["Punta Cana", "La Altagracia", "Dominican Republic"], 260000000, "USD", "2027-2029 openings", "three all-inclusive resorts", "will invest US$260 million to build three all-inclusive resorts"),
     I("Grupo Arenal Hoteles", ["Puerto Plata", "Dominican Republic"], 35000000, "USD", None, "renovation of existing hotel", "separately spend US$35 million renovating the Puerto Plata property")],
parts=[P("Grupo Arenal Hoteles", "INFOTEP", "hospitality training", "Arenal struck a strategic alliance with the National Institute")],
claims=[C("Grupo Arenal Hoteles", "jobs", 2400, "jobs", "generate 2,400 direct jobs"),
        C("Grupo Arenal Hoteles", "jobs", 5000, "jobs", "about 5,000 indirect ones"),
        C("INFOTEP", "trainees", 1000, "young people", "1,000 young people from the eastern provinces"),
        C("Dominican Republic", "gdp_contribution", 16, "percent", "tourism accounts for about 16% of the economy", opt=True, note="sector share, not the project's contribution"),
        C("Dominican Republic", "other", 11000000, "visitors", "more than 11 million visitors", opt=True)],
notes="Invented. The US$35 million renovation is separate from the US$260 million (required). Indirect jobs are a separate required jobs claim ('about 5,000 indirect ones', an elliptical noun). The tourism share of GDP is a national statistic (optional). The unnamed bank gives no fact; revenues are not investments. The INFOTEP director's title comes after a coreferent 'The institute's'.")

A("p11", "en", "2026-10-14", "https://example.org/telecom/pelican-grid-guatemala-fiber",
"""Pelican Grid Telecom bets US$150 million on rural fiber in Guatemala

Pelican Grid Telecom, a Miami-based wholesale broadband operator, will deploy a US$150 million fiber-optic network across western Guatemala over three years, its Central America general manager, Andrés Villatoro Mérida, said on Wednesday.

The network will connect 1.2 million people in the departments of Quetzaltenango, San Marcos and Huehuetenango, many of whom have no fixed internet today, Villatoro said.

Pelican Grid signed a cooperation agreement with the municipality of Quetzaltenango to use municipal poles and ducts. Mayor Lucía Xicará Tzul said the city would also get free connections for 120 public schools.

Economy Minister Óscar Figueroa Lemus called the project "the largest private telecom investment in the western highlands in a decade." He said the sector employs about 15,000 people nationwide.

The company plans to hire 250 technicians locally. It is also negotiating with the country's two mobile operators to lease capacity, although no agreements have been signed.

Pelican Grid reported revenue of US$410 million last year. It entered Central America in 2022 with the purchase of a Honduran cable company.""",
[("Pelican Grid Telecom", "Organization", ["Pelican Grid"]),
 ("Andrés Villatoro Mérida", "Person", ["Andrés Villatoro", "Villatoro"]),
 ("Municipalidad de Quetzaltenango", "Organization", ["municipality of Quetzaltenango"]),
 ("Lucía Xicará Tzul", "Person", ["Lucía Xicará", "Xicará"]),
 ("Óscar Figueroa Lemus", "Person", ["Óscar Figueroa", "Figueroa"]),
 ("Ministerio de Economía de Guatemala", "Organization", ["Ministerio de Economía", "Mineco", "Economy Ministry"]),
 ("Quetzaltenango", "Place", ["Xela"]),
 ("San Marcos", "Place", []),
 ("Huehuetenango", "Place", []),
 ("Guatemala", "Place", [])],
roles=[R("Andrés Villatoro Mérida", "Central America general manager", "Pelican Grid Telecom", "its Central America general manager, Andrés Villatoro Mérida"),
       R("Lucía Xicará Tzul", "Mayor", ["Municipalidad de Quetzaltenango", "Quetzaltenango"], "Mayor Lucía Xicará Tzul"),
       R("Óscar Figueroa Lemus", "Economy Minister", ["Guatemala", "Ministerio de Economía de Guatemala"], "Economy Minister Óscar Figueroa Lemus")],
inv=[I("Pelican Grid Telecom", "Guatemala", 150000000, "USD", "over three years", "rural fiber-optic network", "will deploy a US$150 million fiber-optic network")],
parts=[P("Pelican Grid Telecom", "Municipalidad de Quetzaltenango", "use of municipal poles and ducts", "signed a cooperation agreement with the municipality of Quetzaltenango", b_alt=["Quetzaltenango"])],
claims=[C("Pelican Grid Telecom", "people_reached", 1200000, "people", "connect 1.2 million people"),
        C("Pelican Grid Telecom", "jobs", 250, "technicians", "hire 250 technicians locally"),
        C("Municipalidad de Quetzaltenango", "people_reached", 120, "schools", "free connections for 120 public schools", opt=True, note="schools, not people"),
        C("Guatemala", "jobs", 15000, "people", "employs about 15,000 people nationwide", opt=True, note="sector employment")],
notes="Invented. Place is the country ('across western Guatemala'); the three departments are where the network reaches. The negotiations with mobile operators name no one and are unsigned: no fact. The 2022 Honduran purchase is background with no amount. A verb ('deploy a US$150 million ... network') carries the investment.")

A("p12", "en", "2026-11-04", "https://example.org/energy/laurentide-manabi-solar-ecuador",
"""Quebec's Laurentide Renewables commits US$310 million to Ecuador solar parks

Montreal-based Laurentide Renewables will invest US$310 million in two solar parks in the coastal province of Manabí, Ecuador, after signing a 20-year power purchase agreement with the state utility Corporación Eléctrica del Ecuador (CELEC EP), the company said.

The parks, totalling 400 megawatts, will supply electricity equivalent to the consumption of some 400,000 households, said Laurentide's senior vice president for Latin America, Julien Marchand-Leroux.

The agreement was signed in Quito by Marchand-Leroux and CELEC's general manager, Verónica Andrade Castillo, in the presence of Energy Minister Pablo Zambrano Ortiz and Canada's ambassador to Ecuador, Claire Desrochers.

Ecuador suffered severe blackouts in 2024 when drought cut hydropower output, and the government has been seeking to diversify its electricity mix. Zambrano said the country needs about US$5 billion of new generation investment by 2030.

Construction will employ around 700 workers. Laurentide, owned in part by a Quebec pension fund, operates wind and solar assets in Canada, Chile and Mexico.

Separately, Laurentide said it had appointed Sophie Tremblay as chief financial officer, effective January 1.""",
[("Laurentide Renewables", "Organization", ["Laurentide"]),
 ("Corporación Eléctrica del Ecuador", "Organization", ["CELEC EP", "CELEC", "Corporacion Electrica del Ecuador"]),
 ("Julien Marchand-Leroux", "Person", ["Marchand-Leroux"]),
 ("Verónica Andrade Castillo", "Person", ["Verónica Andrade", "Andrade Castillo"]),
 ("Pablo Zambrano Ortiz", "Person", ["Pablo Zambrano", "Zambrano"]),
 ("Claire Desrochers", "Person", ["Desrochers"]),
 ("Sophie Tremblay", "Person", ["Tremblay"]),
 ("Ministerio de Energía y Minas del Ecuador", "Organization", ["Ministerio de Energía y Minas", "Energy Ministry"]),
 ("Canada", "Place", ["Canadá"]),
 ("Manabí", "Place", ["Manabi", "Manabí Province"]),
 ("Ecuador", "Place", ["Équateur"]),
 ("Quito", "Place", [])],
roles=[R("Julien Marchand-Leroux", "senior vice president for Latin America", "Laurentide Renewables", "Laurentide's senior vice president for Latin America, Julien Marchand-Leroux"),
       R("Verónica Andrade Castillo", "general manager", "Corporación Eléctrica del Ecuador", "CELEC's general manager, Verónica Andrade Castillo"),
       R("Pablo Zambrano Ortiz", "Energy Minister", ["Ecuador", "Ministerio de Energía y Minas del Ecuador"], "Energy Minister Pablo Zambrano Ortiz"),
       R("Claire Desrochers", "ambassador to Ecuador", "Canada", "Canada's ambassador to Ecuador, Claire Desrochers"),
       R("Sophie Tremblay", "chief financial officer", "Laurentide Renewables", "appointed Sophie Tremblay as chief financial officer")],
inv=[I("Laurentide Renewables", ["Manabí", "Ecuador"], 310000000, "USD", None, "two solar parks (400 MW)", "will invest US$310 million in two solar parks")],
parts=[P("Laurentide Renewables", "Corporación Eléctrica del Ecuador", "20-year power purchase agreement", "signing a 20-year power purchase agreement with the state utility")],
claims=[C("Laurentide Renewables", "people_reached", 400000, "households", "some 400,000 households", opt=True, note="consumption equivalence, not actual customers"),
        C("Laurentide Renewables", "jobs", 700, "workers", "Construction will employ around 700 workers"),
        C("Ecuador", "other", 5000000000, "USD", "needs about US$5 billion of new generation investment", opt=True, note="national need, not an investment")],
notes="Invented. A power purchase agreement with a state utility counts as a partnership (signed agreement). The ambassador's org is the country she represents. 'senior vice president' is a vice post. Households served are people_reached with unit households. The US$5 billion is a stated national need, not an investment by anyone.")
