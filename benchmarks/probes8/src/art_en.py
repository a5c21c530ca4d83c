# English articles r17-r20 (invented).
BRe = ("Brazil", "Place", ["Brasil", "Brésil"])
DOe = ("Dominican Republic", "Place", ["República Dominicana", "République dominicaine", "DR"])
MXe = ("Mexico", "Place", ["México", "Mexique"])
ARe = ("Argentina", "Place", ["Argentine"])
FRe = ("France", "Place", ["Francia"])

A("r17", "en", "2026-02-24", "https://example.org/agri-wire/2026/02/24/mourvel-ponta-grossa-plant",
"""France's Mourvel to build R$380 million farm machinery plant in Brazil's Paraná

PONTA GROSSA, Brazil, Feb 24 - French agricultural machinery maker Mourvel will build its first factory in the Americas in Ponta Grossa, in the southern Brazilian state of Paraná, investing R$380 million ($68 million) to make seed drills and sprayers for soybean and corn growers, the company said on Tuesday.

The plant, due to open in the second half of 2027, will employ 420 people directly and support about 1,100 indirect jobs among suppliers and dealers, Mourvel said.

Chief Executive Laurent-Xavier Brossard signed a memorandum of understanding with Paraná Governor Ricardo Sbalqueiro Mattos at the state government's headquarters in Curitiba. Under the memorandum, the state will extend a paved road to the industrial district and speed up environmental licensing.

"Brazilian farmers buy more planters every year than the whole of Western Europe. It made no sense to keep shipping them across the Atlantic," Brossard told reporters.

Mourvel also signed a training agreement with Senai Paraná, the state branch of Brazil's industrial apprenticeship service, which will train 500 welders, painters and assembly technicians before production starts. A separate research partnership with the State University of Ponta Grossa (UEPG) will test precision-seeding equipment on the region's no-till soils. UEPG Rector Cláudia Woitowicz Schreiner said the university's agronomy faculty would host the trial fields.

The signing was attended by Paraná's Secretary of Industry, Trade and Services, Eduardo Kalinowski Zanlorenzi, and France's ambassador to Brazil, Anne-Claire Rivalland.

Mourvel, based near Reims in northeastern France, had sales of 640 million euros in 2025 and employs about 2,900 people. It currently sells in Brazil through a network of 35 independent dealers. Shares in the company rose 2.8% in Paris trading.

Brazil's soybean crop is forecast at a record 172 million tonnes this season, according to government estimates, and farm machinery sales in the country rose 11% last year.

(Reporting by the agri desk; editing by the Americas team)""",
[("Mourvel", "Organization", ["Mourvel SA"]),
 ("Governo do Paraná", "Organization", ["Paraná state government", "Parana state government", "Governo do Parana", "state government of Paraná"]),
 ("Secretaria da Indústria, Comércio e Serviços do Paraná", "Organization", ["Secretaria da Industria, Comercio e Servicos do Parana", "Paraná Secretariat of Industry, Trade and Services"]),
 ("Senai Paraná", "Organization", ["Senai Parana", "SENAI-PR", "Senai-PR"]),
 ("Universidade Estadual de Ponta Grossa", "Organization", ["UEPG", "State University of Ponta Grossa"]),
 ("Laurent-Xavier Brossard", "Person", ["Brossard"]),
 ("Ricardo Sbalqueiro Mattos", "Person", ["Ricardo Sbalqueiro", "Sbalqueiro Mattos"]),
 ("Cláudia Woitowicz Schreiner", "Person", ["Claudia Woitowicz Schreiner", "Cláudia Woitowicz", "Woitowicz Schreiner"]),
 ("Eduardo Kalinowski Zanlorenzi", "Person", ["Eduardo Kalinowski", "Kalinowski Zanlorenzi"]),
 ("Anne-Claire Rivalland", "Person", ["Rivalland"]),
 ("Ponta Grossa", "Place", []),
 ("Paraná", "Place", ["Parana"]),
 ("Curitiba", "Place", []),
 ("Reims", "Place", []),
 ("Western Europe", "Place", []),
 ("Paris", "Place", []),
 BRe, FRe],
roles=[R("Laurent-Xavier Brossard", ["Chief Executive", "CEO", "chief executive officer"], "Mourvel", "Chief Executive Laurent-Xavier Brossard signed a memorandum of understanding"),
       R("Ricardo Sbalqueiro Mattos", ["Governor", "Paraná Governor"], ["Paraná", "Governo do Paraná"], "Paraná Governor Ricardo Sbalqueiro Mattos"),
       R("Cláudia Woitowicz Schreiner", ["Rector", "UEPG Rector"], "Universidade Estadual de Ponta Grossa", "UEPG Rector Cláudia Woitowicz Schreiner"),
       R("Eduardo Kalinowski Zanlorenzi", ["Secretary of Industry, Trade and Services", "Secretary", "state secretary"], ["Secretaria da Indústria, Comércio e Serviços do Paraná", "Paraná", "Governo do Paraná"], "Paraná's Secretary of Industry, Trade and Services, Eduardo Kalinowski Zanlorenzi"),
       R("Anne-Claire Rivalland", ["ambassador", "ambassador to Brazil"], "France", "France's ambassador to Brazil, Anne-Claire Rivalland")],
inv=[I("Mourvel", ["Ponta Grossa", "Paraná", "Brazil"], 380000000, "BRL", "opening in the second half of 2027", "seed drill and sprayer plant", "investing R$380 million ($68 million)"),
     I("Mourvel", ["Ponta Grossa", "Paraná", "Brazil"], 68000000, "USD", None, "USD equivalent", "($68 million)", opt=True)],
parts=[P("Mourvel", "Governo do Paraná", "memorandum of understanding (road, licensing)", "signed a memorandum of understanding with Paraná Governor Ricardo Sbalqueiro Mattos"),
       P("Mourvel", "Senai Paraná", "training agreement", "Mourvel also signed a training agreement with Senai Paraná"),
       P("Mourvel", "Universidade Estadual de Ponta Grossa", "research partnership (precision seeding trials)", "A separate research partnership with the State University of Ponta Grossa (UEPG)")],
claims=[C("Mourvel", "jobs", 420, "direct jobs", "will employ 420 people directly"),
        C("Mourvel", "jobs", 1100, "indirect jobs", "about 1,100 indirect jobs"),
        C("Senai Paraná", "trainees", 500, "workers trained", "which will train 500 welders"),
        C("Mourvel", "jobs", 2900, "employees", "employs about 2,900 people", opt=True, note="existing workforce")],
notes="Invented. Wire story with a dateline, a share move and a closing credit. 'investing R$380 million ($68 million)' as a participle after the plant; the USD figure is an optional equivalent. The MoU is signed by the CEO 'with Paraná Governor X': the partner is the state government (the governor's role has the state and its government). 'A separate research partnership with the State University ... will test' has no company in its own clause (required, probes7 decision). The secretary and the ambassador attended (roles). Dealers, sales, crop and machinery figures are background.")

A("r18", "en", "2026-06-23", "https://example.org/dr-business/2026/06/23/clairvent-montecristi-solar-edenorte",
"""French developer Clairvent and Dominican partner sign 25-year PPA with Edenorte for Montecristi solar park

SANTO DOMINGO - French renewable energy developer Clairvent Énergies and Dominican group Corporación Manzanillo have signed a 25-year power purchase agreement with state distributor Edenorte for a 120-megawatt solar park in Montecristi province, the companies announced on Monday.

The US$110 million project will be built and operated by Clairvent Manzanillo Solar, a project company 70% owned by Clairvent and 30% by Corporación Manzanillo. Construction on a 190-hectare site near the town of Pepillo Salcedo is scheduled to begin in October, with commercial operation expected in the first quarter of 2028.

The park will produce enough electricity for about 95,000 homes, according to the developers. Its construction will employ up to 600 workers, and 45 permanent staff will run the plant once it is operating.

Advertisement

Clairvent chief executive Bénédicte Aubriot-Salles and Edenorte general manager Andrés Cueto Sanlate signed the contract at the Ministry of Energy and Mines in the presence of Minister Rafael Objío Morillo, who said the northwest "finally gets generation where the demand is growing." Corporación Manzanillo was represented by its president, Héctor Collado Genao.

To staff the plant, the project company has partnered with the Instituto Tecnológico de Las Américas (ITLA), which will train 80 young technicians from Montecristi and Dajabón in photovoltaic maintenance and grid operation.

Proparco, the French development finance institution, is providing a US$45 million loan to the project company, alongside two local banks.

Related: Northwest power demand up 9% as free zones expand

The Dominican Republic aims to generate 30% of its electricity from renewable sources by 2030, up from about 20% last year. Clairvent, founded in Montpellier in 2011, operates 1.4 gigawatts of wind and solar capacity in France, Spain and Chile.""",
[("Clairvent Énergies", "Organization", ["Clairvent Energies", "Clairvent"]),
 ("Corporación Manzanillo", "Organization", ["Corporacion Manzanillo"]),
 ("Clairvent Manzanillo Solar", "Organization", []),
 ("Edenorte", "Organization", ["Edenorte Dominicana", "EDENORTE"]),
 ("Ministerio de Energía y Minas", "Organization", ["Ministry of Energy and Mines", "Ministerio de Energia y Minas", "MEM"]),
 ("Instituto Tecnológico de Las Américas", "Organization", ["ITLA", "Instituto Tecnologico de Las Americas"]),
 ("Proparco", "Organization", ["PROPARCO"]),
 ("Bénédicte Aubriot-Salles", "Person", ["Benedicte Aubriot-Salles", "Aubriot-Salles"]),
 ("Andrés Cueto Sanlate", "Person", ["Andres Cueto Sanlate", "Andrés Cueto", "Cueto Sanlate"]),
 ("Rafael Objío Morillo", "Person", ["Rafael Objio Morillo", "Objío Morillo"]),
 ("Héctor Collado Genao", "Person", ["Hector Collado Genao", "Héctor Collado", "Collado Genao"]),
 ("Santo Domingo", "Place", ["Saint-Domingue"]),
 ("Montecristi", "Place", ["Monte Cristi", "Montecristi province"]),
 ("Pepillo Salcedo", "Place", []),
 ("Dajabón", "Place", ["Dajabon"]),
 ("Montpellier", "Place", []),
 ("Spain", "Place", ["España", "Espagne"]),
 ("Chile", "Place", ["Chili"]),
 DOe, FRe],
roles=[R("Bénédicte Aubriot-Salles", ["chief executive", "CEO"], "Clairvent Énergies", "Clairvent chief executive Bénédicte Aubriot-Salles"),
       R("Andrés Cueto Sanlate", ["general manager", "gerente general"], "Edenorte", "Edenorte general manager Andrés Cueto Sanlate"),
       R("Rafael Objío Morillo", ["Minister", "Minister of Energy and Mines"], ["Ministerio de Energía y Minas", "Dominican Republic"], "in the presence of Minister Rafael Objío Morillo"),
       R("Héctor Collado Genao", "president", "Corporación Manzanillo", "was represented by its president, Héctor Collado Genao")],
inv=[I("Clairvent Manzanillo Solar", ["Pepillo Salcedo", "Montecristi", "Dominican Republic"], 110000000, "USD", "commercial operation expected in Q1 2028", "120 MW solar park", "The US$110 million project will be built and operated by Clairvent Manzanillo Solar", alts=["Clairvent Énergies", "Corporación Manzanillo"])],
parts=[P("Clairvent Énergies", "Corporación Manzanillo", "project company Clairvent Manzanillo Solar (70/30)", "a project company 70% owned by Clairvent and 30% by Corporación Manzanillo"),
       P("Edenorte", "Clairvent Manzanillo Solar", "25-year power purchase agreement", "have signed a 25-year power purchase agreement with state distributor Edenorte", b_alt=["Clairvent Énergies", "Corporación Manzanillo"]),
       P("Clairvent Manzanillo Solar", "Instituto Tecnológico de Las Américas", "training partnership", "the project company has partnered with the Instituto Tecnológico de Las Américas (ITLA)", a_alt=["Clairvent Énergies", "Corporación Manzanillo"]),
       P("Proparco", "Clairvent Manzanillo Solar", "loan", "is providing a US$45 million loan to the project company", opt=True)],
claims=[C("Clairvent Manzanillo Solar", "jobs", 600, "construction workers (peak)", "Its construction will employ up to 600 workers"),
        C("Clairvent Manzanillo Solar", "jobs", 45, "permanent staff", "45 permanent staff will run the plant"),
        C("Instituto Tecnológico de Las Américas", "trainees", 80, "young technicians trained", "which will train 80 young technicians"),
        C("Clairvent Manzanillo Solar", "people_reached", 95000, "homes supplied (equivalent)", "enough electricity for about 95,000 homes", opt=True, note="equivalent households"),
        C("Clairvent Manzanillo Solar", "other", 120, "MW", "for a 120-megawatt solar park", opt=True, note="capacity")],
notes="Invented. Dominican English-language business site with 'Advertisement' and 'Related:' lines. A 25-year PPA with a state distributor is required (probes2-4); the two sponsors are the grammatical signers, the project company and either sponsor are accepted. 'a project company 70% owned by X and 30% by Y' gives the sponsors' pair. The project company builds and operates ('The US$110 million project will be built and operated by'), so it is the investor, sponsors accepted. The minister attended; the sponsor's president 'represented' it (role). Equivalent homes and capacity are optional; the Proparco loan optional; renewables targets background.")

A("r19", "en", "2026-09-29", "https://example.org/mx-aero-news/2026/09/29/enac-uach-aerolians-chihuahua",
"""French aviation school ENAC signs dual-degree agreement with Chihuahua's state university; Aérolians adds US$28 million to local plant

CHIHUAHUA - France's national civil aviation university, the École Nationale de l'Aviation Civile (ENAC), signed a five-year cooperation agreement on Thursday with the Universidad Autónoma de Chihuahua (UACH) that creates a dual master's degree in aeronautical maintenance and air transport management. Each year, 40 students will take part in exchanges between Toulouse and Chihuahua.

The agreement was signed in Chihuahua by ENAC Director General Marc Houdebine-Lartigue and UACH Rector Arturo Chavira Loya.

The signing coincided with an announcement from French aerostructures supplier Aérolians, which has operated in the city since 2014. The company will invest US$28 million to add a composite repair and painting line to its plant in the Complejo Industrial Chihuahua, creating 350 jobs by the end of 2027.

Aérolians will fund 30 scholarships for UACH students enrolled in the new dual degree. It has also signed a memorandum of understanding with the university's engineering faculty to take interns from its aerospace program. "We hire most of our engineers from UACH already. This lets us shape what they learn before they arrive," said Aérolians' country manager for Mexico, Gabriela Domínguez Arvizu.

Aérolians chairman and chief executive Frédéric Castagnède-Hourcade, who traveled from Toulouse for the ceremony, said the Chihuahua site would become the group's main repair center for narrow-body aircraft components in the Americas.

State Innovation and Economic Development Secretary Eduardo Olivas Bustillos said the aerospace sector in Chihuahua now employs about 18,000 people across 40 companies.

Related: Mexico's aerospace exports rose 14% in 2025

Chihuahua is one of Mexico's main aerospace clusters along with Querétaro, Baja California and Sonora. Aérolians, headquartered in Blagnac near Toulouse, employs 3,400 people worldwide, including 1,100 in Chihuahua.""",
[("École Nationale de l'Aviation Civile", "Organization", ["ENAC", "Ecole Nationale de l'Aviation Civile", "École nationale de l'aviation civile"]),
 ("Universidad Autónoma de Chihuahua", "Organization", ["UACH", "Universidad Autonoma de Chihuahua"]),
 ("Aérolians", "Organization", ["Aerolians"]),
 ("Secretaría de Innovación y Desarrollo Económico de Chihuahua", "Organization", ["Secretaria de Innovacion y Desarrollo Economico de Chihuahua", "State Innovation and Economic Development Secretariat"]),
 ("Marc Houdebine-Lartigue", "Person", ["Houdebine-Lartigue"]),
 ("Arturo Chavira Loya", "Person", ["Arturo Chavira", "Chavira Loya"]),
 ("Gabriela Domínguez Arvizu", "Person", ["Gabriela Dominguez Arvizu", "Gabriela Domínguez", "Domínguez Arvizu"]),
 ("Frédéric Castagnède-Hourcade", "Person", ["Frederic Castagnede-Hourcade", "Castagnède-Hourcade"]),
 ("Eduardo Olivas Bustillos", "Person", ["Eduardo Olivas", "Olivas Bustillos"]),
 ("Chihuahua", "Place", []),
 ("Complejo Industrial Chihuahua", "Place", []),
 ("Toulouse", "Place", []),
 ("Blagnac", "Place", []),
 ("Querétaro", "Place", ["Queretaro"]),
 ("Baja California", "Place", []),
 ("Sonora", "Place", []),
 ("Americas", "Place", []),
 MXe, FRe],
roles=[R("Marc Houdebine-Lartigue", ["Director General", "ENAC Director General"], "École Nationale de l'Aviation Civile", "ENAC Director General Marc Houdebine-Lartigue"),
       R("Arturo Chavira Loya", ["Rector", "UACH Rector"], "Universidad Autónoma de Chihuahua", "UACH Rector Arturo Chavira Loya"),
       R("Gabriela Domínguez Arvizu", ["country manager for Mexico", "country manager"], "Aérolians", "said Aérolians' country manager for Mexico, Gabriela Domínguez Arvizu"),
       R("Frédéric Castagnède-Hourcade", ["chairman and chief executive", "chairman", "chief executive", "CEO"], "Aérolians", "Aérolians chairman and chief executive Frédéric Castagnède-Hourcade"),
       R("Eduardo Olivas Bustillos", ["Innovation and Economic Development Secretary", "Secretary", "secretario de Innovación y Desarrollo Económico"], ["Secretaría de Innovación y Desarrollo Económico de Chihuahua", "Chihuahua"], "State Innovation and Economic Development Secretary Eduardo Olivas Bustillos")],
inv=[I("Aérolians", ["Complejo Industrial Chihuahua", "Chihuahua", "Mexico"], 28000000, "USD", "by the end of 2027", "composite repair and painting line", "The company will invest US$28 million to add a composite repair and painting line")],
parts=[P("École Nationale de l'Aviation Civile", "Universidad Autónoma de Chihuahua", "five-year cooperation agreement (dual master's degree)", "signed a five-year cooperation agreement on Thursday with the Universidad Autónoma de Chihuahua (UACH)"),
       P("Aérolians", "Universidad Autónoma de Chihuahua", "memorandum of understanding (interns)", "It has also signed a memorandum of understanding with the university's engineering faculty"),
       P("Aérolians", "École Nationale de l'Aviation Civile", "scholarship funding for the dual degree", "Aérolians will fund 30 scholarships for UACH students enrolled in the new dual degree", opt=True)],
claims=[C("Universidad Autónoma de Chihuahua", "trainees", 40, "exchange students a year", "Each year, 40 students will take part in exchanges"),
        C("Aérolians", "jobs", 350, "new jobs by end-2027", "creating 350 jobs by the end of 2027"),
        C("Aérolians", "trainees", 30, "scholarships", "Aérolians will fund 30 scholarships"),
        C("Aérolians", "jobs", 1100, "employees in Chihuahua", "including 1,100 in Chihuahua", opt=True, note="existing workforce"),
        C("Aérolians", "jobs", 3400, "employees worldwide", "employs 3,400 people worldwide", opt=True, note="existing workforce"),
        C("Chihuahua", "jobs", 18000, "aerospace sector jobs", "now employs about 18,000 people across 40 companies", opt=True, note="sector employment")],
notes="Invented. Mexican English-language aerospace site with a 'Related:' line. A university-university agreement (required pair). The company's MoU is with 'the university's engineering faculty' (the university is the partner). Scholarships a company funds for a program run by two universities: the count is required, the funder link optional (probes7 r04). A compound 'chairman and chief executive' is listed whole and in parts; the state secretary is titled before the name. Sector employment, export growth and workforces are optional or background.")

A("r20", "en", "2026-11-10", "https://example.org/dairy-markets/2026/11/10/brevanne-villa-maria",
"""French cheesemaker Brévanne to invest US$60 million in Villa María plant, signs 10-year milk deal with local cooperative

French cheesemaker Brévanne Fromages will build a US$60 million plant in Villa María, in Argentina's Córdoba province, to make semi-hard cheeses and whey protein for export to Brazil, Chile and the Middle East.

The company has signed a 10-year milk supply agreement with the Cooperativa Tambera Ctalamochita, whose 900 member dairy farmers in the Tercero river basin will deliver most of the plant's milk. The plant will process about 1.2 million liters of milk a day once it reaches full capacity in 2029.

"Córdoba has some of the cheapest high-quality milk in the world. What it lacks is processing capacity close to the farms," said Brévanne chief executive Mathieu Raffegeau at a ceremony in Córdoba city on Monday.

The new subsidiary, Brévanne Argentina, will be run by Hélène Quintard-Leprêtre, who currently heads Brévanne's largest plant, in Normandy. Brévanne Argentina will employ 260 people.

The company has also partnered with the Universidad Nacional de Villa María (UNVM), which will set up a dairy technology course with Brévanne and place 50 interns a year at the plant. UNVM Rector Silvia Bertorello Ceballos said the university had been "waiting twenty years for an industry like this to arrive in the city."

Córdoba's Minister of Industry, Commerce and Mining, Pedro Barberis Luque, said the province would help with the gas connection and a new access road. Omar Giraudo Vaschetto, president of the cooperative, said the agreement "gives our members a price reference they have never had."

Argentina produced about 11.3 billion liters of milk in 2025, according to industry figures, roughly a third of it in Córdoba. Brévanne, a family-owned company founded in 1921, has revenues of 1.1 billion euros and employs 3,800 people in France, Belgium and Poland.""",
[("Brévanne Fromages", "Organization", ["Brevanne Fromages", "Brévanne", "Brevanne"]),
 ("Brévanne Argentina", "Organization", ["Brevanne Argentina"]),
 ("Cooperativa Tambera Ctalamochita", "Organization", []),
 ("Universidad Nacional de Villa María", "Organization", ["UNVM", "Universidad Nacional de Villa Maria"]),
 ("Ministerio de Industria, Comercio y Minería de Córdoba", "Organization", ["Ministerio de Industria, Comercio y Mineria de Cordoba", "Córdoba Ministry of Industry, Commerce and Mining"]),
 ("Mathieu Raffegeau", "Person", ["Raffegeau"]),
 ("Hélène Quintard-Leprêtre", "Person", ["Helene Quintard-Leprêtre", "Quintard-Leprêtre"]),
 ("Silvia Bertorello Ceballos", "Person", ["Silvia Bertorello", "Bertorello Ceballos"]),
 ("Pedro Barberis Luque", "Person", ["Pedro Barberis", "Barberis Luque"]),
 ("Omar Giraudo Vaschetto", "Person", ["Omar Giraudo", "Giraudo Vaschetto"]),
 ("Villa María", "Place", ["Villa Maria"]),
 ("Córdoba", "Place", ["Cordoba", "Córdoba province"]),
 ("Tercero river basin", "Place", ["Río Tercero", "Ctalamochita"]),
 ("Normandy", "Place", ["Normandie"]),
 ("Brazil", "Place", ["Brasil", "Brésil"]),
 ("Chile", "Place", ["Chili"]),
 ("Middle East", "Place", []),
 ("Belgium", "Place", ["Belgique"]),
 ("Poland", "Place", ["Pologne"]),
 ARe, FRe],
roles=[R("Mathieu Raffegeau", ["chief executive", "CEO"], "Brévanne Fromages", "said Brévanne chief executive Mathieu Raffegeau"),
       R("Hélène Quintard-Leprêtre", ["head", "general manager", "chief executive", "director", "manager"], ["Brévanne Argentina", "Brévanne Fromages"], "The new subsidiary, Brévanne Argentina, will be run by Hélène Quintard-Leprêtre"),
       R("Hélène Quintard-Leprêtre", ["plant head", "plant director", "head", "plant manager"], "Brévanne Fromages", "who currently heads Brévanne's largest plant, in Normandy"),
       R("Silvia Bertorello Ceballos", ["Rector", "UNVM Rector"], "Universidad Nacional de Villa María", "UNVM Rector Silvia Bertorello Ceballos"),
       R("Pedro Barberis Luque", ["Minister of Industry, Commerce and Mining", "Minister"], ["Ministerio de Industria, Comercio y Minería de Córdoba", "Córdoba"], "Córdoba's Minister of Industry, Commerce and Mining, Pedro Barberis Luque"),
       R("Omar Giraudo Vaschetto", "president", "Cooperativa Tambera Ctalamochita", "Omar Giraudo Vaschetto, president of the cooperative")],
inv=[I("Brévanne Fromages", ["Villa María", "Córdoba", "Argentina"], 60000000, "USD", "full capacity in 2029", "cheese and whey protein plant", "will build a US$60 million plant in Villa María", alts=["Brévanne Argentina"])],
parts=[P("Brévanne Fromages", "Cooperativa Tambera Ctalamochita", "10-year milk supply agreement", "The company has signed a 10-year milk supply agreement with the Cooperativa Tambera Ctalamochita"),
       P("Brévanne Fromages", "Universidad Nacional de Villa María", "training partnership (dairy technology course, interns)", "The company has also partnered with the Universidad Nacional de Villa María (UNVM)", a_alt=["Brévanne Argentina"])],
claims=[C("Cooperativa Tambera Ctalamochita", "people_reached", 900, "member dairy farmers under the supply agreement", "whose 900 member dairy farmers"),
        C("Brévanne Argentina", "jobs", 260, "jobs", "Brévanne Argentina will employ 260 people"),
        C("Universidad Nacional de Villa María", "trainees", 50, "interns a year", "place 50 interns a year at the plant"),
        C("Brévanne Argentina", "other", 1200000, "liters of milk a day", "about 1.2 million liters of milk a day", opt=True, note="capacity"),
        C("Brévanne Fromages", "jobs", 3800, "employees", "employs 3,800 people in France", opt=True, note="existing workforce")],
notes="Invented. Dairy trade newsletter. The amount is an adjective on the plant ('will build a US$60 million plant'). A 10-year supply agreement with a farmers' cooperative is required and its 900 members are people_reached (growers signed up). The future head ('will be run by X, who currently heads ...') gets a loose title list and her current post is required. The minister's promise of a gas connection and a road is a public work with no amount and no signed agreement (no fact). Milk output, revenue and the workforce are background (workforce optional).")
