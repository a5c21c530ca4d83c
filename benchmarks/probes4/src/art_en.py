# English articles r01-r06 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])
BR = ("Brazil", "Place", ["Brasil", "Brésil"])

A("r01", "en", "2026-01-14", "https://example.org/wire/2026/01/14/hanseong-electric-nuevo-leon-transformer-plant",
"""Korea's Hanseong Electric to build $640 mln transformer plant in Mexico's Nuevo Leon

MONTERREY, Mexico, Jan 14 (Meridian Wire) - South Korean grid-equipment maker Hanseong Electric will invest $640 million over five years in a power-transformer plant in Salinas Victoria, just north of Monterrey, the company and the Nuevo Leon state government said on Wednesday, the latest Asian manufacturer to add capacity in northern Mexico as utilities in the United States struggle to source equipment.

The plant will be run by Hanseong Anahuac, a joint venture in which Hanseong holds 80% and Monterrey steel processor Metalurgica Anahuac the remaining 20%, and is expected to start production in the second half of 2027, making up to 2,400 large transformers a year. Metalurgica Anahuac will separately spend about $85 million on an electrical-steel service center next to the site, the companies said.

Nuevo Leon Economy Secretary Ramiro Cavazos Leal told reporters the project would create about 2,300 direct jobs once it reaches full output, plus some 5,000 indirect jobs among suppliers of copper windings, insulation and tanks, and that it was the second-largest investment announced in the state since October.

"Mexico gives us a short and reliable route to our customers in Texas and the Midwest," Hanseong Electric Chief Executive Park Seung-woo said in a statement, adding that the company had looked at sites in Coahuila and Guanajuato before settling on Nuevo Leon.

Kim Soo-yeon, who currently heads Hanseong's operations in Vietnam, will become president of the new Mexican unit, Hanseong Electric de Mexico, on March 1, the company said.

Deputy Economy Minister Lorena Vidaurri Solis, who joined the announcement by video link from Mexico City, said the federal government would help the company secure a grid connection, a recurring bottleneck for industrial parks around Monterrey.

Separately, Hanseong signed a memorandum of understanding with Conalep Nuevo Leon, the state arm of Mexico's public technical-college network, to adapt courses in electromechanics and welding. The colleges will train around 450 technicians a year for the plant, said Gabriela Montemayor Rios, Conalep's director in the state.

Mexico received a record $41.2 billion of foreign direct investment in 2025, according to preliminary data from the federal Economy Ministry, although more than half came from reinvested earnings rather than new projects.

Hanseong, which reported 2025 revenue of 6.8 trillion won ($4.7 billion), has set aside 1.5 trillion won for capital spending worldwide between 2026 and 2028. Its shares closed up 2.1% at 48,350 won in Seoul.""",
[("Hanseong Electric", "Organization", ["Hanseong", "Hanseong Electric Co"]),
 ("Hanseong Anahuac", "Organization", ["Hanseong Anáhuac"]),
 ("Metalurgica Anahuac", "Organization", ["Metalúrgica Anáhuac", "Metalurgica Anáhuac"]),
 ("Hanseong Electric de México", "Organization", ["Hanseong Electric de Mexico", "Hanseong Mexico"]),
 ("Ramiro Cavazos Leal", "Person", ["Ramiro Cavazos", "Cavazos Leal", "Cavazos"]),
 ("Secretaría de Economía de Nuevo León", "Organization", ["Secretaria de Economia de Nuevo Leon", "Nuevo Leon Economy Ministry", "Nuevo Leon Economy Secretariat", "Nuevo Leon Ministry of Economy"]),
 ("Park Seung-woo", "Person", ["Park"]),
 ("Kim Soo-yeon", "Person", ["Kim"]),
 ("Lorena Vidaurri Solís", "Person", ["Lorena Vidaurri Solis", "Lorena Vidaurri", "Vidaurri Solís", "Vidaurri"]),
 ("Secretaría de Economía", "Organization", ["Secretaria de Economia", "Economy Ministry", "federal Economy Ministry", "Mexico's Economy Ministry", "Ministry of Economy", "Secretaría de Economía del Gobierno de México", "SE"]),
 ("Conalep Nuevo León", "Organization", ["Conalep Nuevo Leon", "Conalep", "Colegio de Educación Profesional Técnica del Estado de Nuevo León"]),
 ("Gabriela Montemayor Ríos", "Person", ["Gabriela Montemayor Rios", "Gabriela Montemayor", "Montemayor Ríos", "Montemayor"]),
 ("Salinas Victoria", "Place", []),
 ("Monterrey", "Place", []),
 ("Nuevo León", "Place", ["Nuevo Leon", "state of Nuevo Leon", "Nuevo Leon state"]),
 ("Mexico City", "Place", ["Ciudad de México", "CDMX"]),
 ("Coahuila", "Place", []),
 ("Guanajuato", "Place", []),
 ("Texas", "Place", []),
 ("Midwest", "Place", []),
 ("Vietnam", "Place", ["Viet Nam"]),
 ("Seoul", "Place", ["Séoul"]),
 ("South Korea", "Place", ["Korea", "Corea del Sur", "Corée du Sud"]),
 ("United States", "Place", ["U.S.", "US", "Estados Unidos", "États-Unis"]),
 MX],
roles=[R("Ramiro Cavazos Leal", ["Economy Secretary", "Nuevo Leon Economy Secretary", "secretary of economy"], ["Secretaría de Economía de Nuevo León", "Nuevo León"], "Nuevo Leon Economy Secretary Ramiro Cavazos Leal told reporters"),
       R("Park Seung-woo", ["Chief Executive", "CEO", "chief executive officer"], "Hanseong Electric", "Hanseong Electric Chief Executive Park Seung-woo said in a statement"),
       R("Kim Soo-yeon", ["president", "president of the new Mexican unit"], ["Hanseong Electric de México", "Hanseong Electric"], "will become president of the new Mexican unit, Hanseong Electric de Mexico, on March 1"),
       R("Kim Soo-yeon", ["head of operations in Vietnam", "head of Vietnam operations", "heads operations in Vietnam", "head"], "Hanseong Electric", "who currently heads Hanseong's operations in Vietnam"),
       R("Lorena Vidaurri Solís", ["Deputy Economy Minister", "deputy minister of economy", "deputy minister"], ["Secretaría de Economía", "Mexico"], "Deputy Economy Minister Lorena Vidaurri Solis, who joined the announcement"),
       R("Gabriela Montemayor Ríos", ["director", "Conalep's director in the state", "state director"], "Conalep Nuevo León", "said Gabriela Montemayor Rios, Conalep's director in the state")],
inv=[I("Hanseong Electric", ["Salinas Victoria", "Monterrey", "Nuevo León", "Mexico"], 640000000, "USD", "over five years", "power-transformer plant", "will invest $640 million over five years", alts=["Hanseong Anahuac", "Hanseong Electric de México"]),
     I("Metalurgica Anahuac", ["Salinas Victoria", "Monterrey", "Nuevo León", "Mexico"], 85000000, "USD", None, "electrical-steel service center next to the plant", "Metalurgica Anahuac will separately spend about $85 million")],
parts=[P("Hanseong Electric", "Metalurgica Anahuac", "Hanseong Anahuac joint venture", "a joint venture in which Hanseong holds 80%"),
       P("Hanseong Electric", "Conalep Nuevo León", "courses in electromechanics and welding", "Hanseong signed a memorandum of understanding with Conalep Nuevo Leon", a_alt=["Hanseong Anahuac", "Hanseong Electric de México"])],
claims=[C("Hanseong Electric", "jobs", 2300, "direct jobs", "create about 2,300 direct jobs"),
        C("Hanseong Electric", "jobs", 5000, "indirect jobs", "plus some 5,000 indirect jobs", note="indirect"),
        C("Hanseong Electric", "trainees", 450, "technicians a year", "train around 450 technicians a year"),
        C("Hanseong Anahuac", "other", 2400, "transformers a year", "making up to 2,400 large transformers a year", opt=True)],
notes="Invented. Wire copy with accents dropped ('Nuevo Leon', 'Metalurgica Anahuac'); entity names keep the surface form, accented forms are aliases. Two required investments: the lead's $640 million (the JV and the Mexican unit accepted) and the JV partner's separate $85 million service center. State vs federal economy officials: a state 'Economy Secretary' (state secretariat + Nuevo León) and a federal 'Deputy Economy Minister' (vice post; Secretaría de Economía + Mexico). Kim's current post ('currently heads ... operations in Vietnam') and her future post (from March 1) are both required. The FDI total, the company's revenue, its worldwide capex budget (no place), the share price and the exchange rate give no fact. Jobs and trainees are stated by the state secretary and the Conalep director on the project's behalf.")

A("r02", "en", "2026-02-10", "https://example.org/magazine/2026/02/parana-corn-ethanol-nordvig-tibagi",
"""Corn, not cane: why a Danish enzyme maker is betting R$1.9 billion on Paraná's farm belt

PONTA GROSSA, Brazil — On a cold morning in late January, a few hundred farmers crowded under a white tent on the edge of town to hear a pitch many of them had been waiting on for three years. It came from Nordvig Biosolutions, a Copenhagen-based enzyme maker that wants to turn part of the region's surplus corn into ethanol and animal feed.

Nordvig and Cooperativa Agroindustrial Vale do Tibagi, a 4,100-member cooperative, have formed a joint venture, Tibagi Bioenergia, to build the plant on a 90-hectare site outside Ponta Grossa. Nordvig holds 60% and the cooperative the rest. The partners will put R$1.9 billion (about $350 million) into the first phase, which is due to start operating in 2028; roughly R$1.1 billion of that is a loan from the national development bank, BNDES, approved in December.

"We didn't come here for tax breaks. We came because the corn is here and nobody is doing anything with it," says Mette Kjærgaard, Nordvig's executive vice president for the Americas.

The logic is simple enough. Brazil's corn ethanol output has roughly tripled in five years, to an estimated 9 billion liters in the 2025-26 season, but almost all of that growth has been in Mato Grosso. In Paraná, farmers who plant corn as a second crop after soy have been selling it to feed mills at a discount of up to R$12 a sack.

"Last year I sold below cost twice," said Jair Kowalski, who farms 300 hectares near Castro.

The cooperative's chairman, Osvaldo Piekarski, said about 1,300 members had already signed ten-year supply contracts. The plant will process 1.2 million tonnes of corn a year and employ around 420 people directly; construction, starting in May, will need up to 2,000 workers at its peak.

Tibagi Bioenergia is run by chief executive Rafael Mendes Cordeiro, who previously managed a sugar and ethanol mill in São Paulo state for Usina Santa Ifigênia. The joint venture has signed a research agreement with Embrapa, the federal agricultural research agency, on corn hybrids, and Senai Paraná will train 380 operators and laboratory technicians under a separate agreement.

Governor Ana Cláudia Wosniak, who attended the presentation, called it "the start of a new industry" for the Campos Gerais region. State Secretary for Industry, Trade and Services Leandro Bittencourt Rocha said the state would cut the ICMS tax on ethanol sold within Paraná for ten years.""",
[("Nordvig Biosolutions", "Organization", ["Nordvig"]),
 ("Cooperativa Agroindustrial Vale do Tibagi", "Organization", ["Vale do Tibagi", "Cooperativa Vale do Tibagi"]),
 ("Tibagi Bioenergia", "Organization", []),
 ("Banco Nacional de Desenvolvimento Econômico e Social", "Organization", ["BNDES", "Banco Nacional de Desenvolvimento Economico e Social"]),
 ("Mette Kjærgaard", "Person", ["Kjærgaard", "Mette Kjaergaard", "Kjaergaard"]),
 ("Jair Kowalski", "Person", ["Kowalski"]),
 ("Osvaldo Piekarski", "Person", ["Piekarski"]),
 ("Rafael Mendes Cordeiro", "Person", ["Rafael Mendes", "Mendes Cordeiro"]),
 ("Usina Santa Ifigênia", "Organization", ["Usina Santa Ifigenia", "Santa Ifigênia"]),
 ("Empresa Brasileira de Pesquisa Agropecuária", "Organization", ["Embrapa", "EMBRAPA", "Empresa Brasileira de Pesquisa Agropecuaria"]),
 ("Senai Paraná", "Organization", ["Senai Parana", "Senai", "SENAI", "Serviço Nacional de Aprendizagem Industrial"]),
 ("Ana Cláudia Wosniak", "Person", ["Ana Claudia Wosniak", "Wosniak"]),
 ("Governo do Paraná", "Organization", ["Paraná state government", "Governo do Estado do Paraná", "Parana state government"]),
 ("Leandro Bittencourt Rocha", "Person", ["Leandro Bittencourt", "Bittencourt Rocha", "Bittencourt"]),
 ("Secretaria da Indústria, Comércio e Serviços do Paraná", "Organization", ["Secretaria da Indústria, Comércio e Serviços", "Secretaria da Industria, Comercio e Servicos do Parana", "State Secretariat for Industry, Trade and Services", "Seic"]),
 ("Ponta Grossa", "Place", []),
 ("Campos Gerais", "Place", ["Campos Gerais region"]),
 ("Paraná", "Place", ["Parana", "state of Paraná", "Paraná state"]),
 ("Copenhagen", "Place", ["Copenhague"]),
 ("Mato Grosso", "Place", []),
 ("Castro", "Place", []),
 ("São Paulo state", "Place", ["São Paulo", "Sao Paulo"]),
 ("Denmark", "Place", ["Dinamarca", "Danemark"]),
 BR],
roles=[R("Mette Kjærgaard", ["executive vice president for the Americas", "executive vice president"], "Nordvig Biosolutions", "says Mette Kjærgaard, Nordvig's executive vice president for the Americas"),
       R("Osvaldo Piekarski", "chairman", "Cooperativa Agroindustrial Vale do Tibagi", "The cooperative's chairman, Osvaldo Piekarski"),
       R("Rafael Mendes Cordeiro", ["chief executive", "CEO", "chief executive officer"], "Tibagi Bioenergia", "Tibagi Bioenergia is run by chief executive Rafael Mendes Cordeiro"),
       R("Rafael Mendes Cordeiro", ["mill manager", "manager", "former mill manager"], "Usina Santa Ifigênia", "who previously managed a sugar and ethanol mill in São Paulo state for Usina Santa Ifigênia", opt=True),
       R("Ana Cláudia Wosniak", ["Governor", "governor of Paraná"], ["Paraná", "Governo do Paraná"], "Governor Ana Cláudia Wosniak, who attended the presentation"),
       R("Leandro Bittencourt Rocha", ["State Secretary for Industry, Trade and Services", "secretary for industry, trade and services", "state secretary"], ["Secretaria da Indústria, Comércio e Serviços do Paraná", "Paraná"], "State Secretary for Industry, Trade and Services Leandro Bittencourt Rocha said")],
inv=[I("Nordvig Biosolutions", ["Ponta Grossa", "Campos Gerais", "Paraná", "Brazil"], 1900000000, "BRL", "first phase, operating in 2028", "corn ethanol plant (joint venture, first phase)", "The partners will put R$1.9 billion", alts=["Cooperativa Agroindustrial Vale do Tibagi", "Tibagi Bioenergia"]),
     I("Cooperativa Agroindustrial Vale do Tibagi", ["Ponta Grossa", "Campos Gerais", "Paraná", "Brazil"], 1900000000, "BRL", "first phase, operating in 2028", "same project (co-investor, 40 %)", "The partners will put R$1.9 billion", opt=True, alts=["Nordvig Biosolutions", "Tibagi Bioenergia"]),
     I("Nordvig Biosolutions", ["Ponta Grossa", "Campos Gerais", "Paraná", "Brazil"], 350000000, "USD", "first phase", "USD equivalent", "(about $350 million)", opt=True, alts=["Cooperativa Agroindustrial Vale do Tibagi", "Tibagi Bioenergia"])],
parts=[P("Nordvig Biosolutions", "Cooperativa Agroindustrial Vale do Tibagi", "Tibagi Bioenergia joint venture", "have formed a joint venture, Tibagi Bioenergia"),
       P("Tibagi Bioenergia", "Empresa Brasileira de Pesquisa Agropecuária", "research on corn hybrids", "The joint venture has signed a research agreement with Embrapa", a_alt=["Nordvig Biosolutions", "Cooperativa Agroindustrial Vale do Tibagi"]),
       P("Tibagi Bioenergia", "Senai Paraná", "training of operators and lab technicians", "Senai Paraná will train 380 operators and laboratory technicians under a separate agreement", a_alt=["Nordvig Biosolutions", "Cooperativa Agroindustrial Vale do Tibagi"]),
       P("Banco Nacional de Desenvolvimento Econômico e Social", "Tibagi Bioenergia", "loan", "roughly R$1.1 billion of that is a loan from the national development bank, BNDES", opt=True, b_alt=["Nordvig Biosolutions", "Cooperativa Agroindustrial Vale do Tibagi"])],
claims=[C("Cooperativa Agroindustrial Vale do Tibagi", "people_reached", 1300, "members with supply contracts", "about 1,300 members had already signed ten-year supply contracts", note="growers signed up"),
        C("Tibagi Bioenergia", "jobs", 420, "direct jobs", "employ around 420 people directly"),
        C("Tibagi Bioenergia", "jobs", 2000, "construction workers", "will need up to 2,000 workers at its peak", note="construction peak"),
        C("Tibagi Bioenergia", "trainees", 380, "operators and lab technicians", "will train 380 operators and laboratory technicians"),
        C("Tibagi Bioenergia", "other", 1200000, "tonnes of corn a year", "process 1.2 million tonnes of corn a year", opt=True),
        C("Cooperativa Agroindustrial Vale do Tibagi", "other", 4100, "members", "a 4,100-member cooperative", opt=True)],
notes="Invented. Magazine feature: scene-setting lede, present-tense 'says' attribution with the title after the name, a farmer quoted without a post (no role). Joint investment told as 'The partners will put R$1.9 billion (about $350 million)': one required row (BRL) for the majority partner with the cooperative and the JV as alternatives, optional rows for the cooperative and the USD equivalent. The R$1.1 billion BNDES loan is part of the financing, not an investment (optional loan link). The Embrapa research agreement and the Senai agreement are the JV's (parents accepted). Members signed up to supply contracts are people_reached (growers signed up, probes3 convention); the cooperative's total membership is optional. The national ethanol output, price discount and tax cut give no fact.")

A("r03", "en", "2026-03-06", "https://example.org/press/2026/03/06/gob-mafse-sail-mou-pomona",
"""Government of Belize signs MOU with Sapodilla Agro Industries for BZ$96 million fruit and cacao processing plant

PRESS RELEASE

BELMOPAN, Friday, March 6, 2026 — The Government of Belize, through the Ministry of Agriculture, Food Security and Enterprise (MAFSE), today signed a Memorandum of Understanding (MOU) with Sapodilla Agro Industries Limited (SAIL) for the establishment of a fruit and cacao processing facility at Pomona, Stann Creek District.

The project represents an investment of BZ$96 million (US$48 million) by SAIL, a company owned by Belizean and Guatemalan shareholders, to be executed in two stages between 2026 and 2029. The first stage, valued at BZ$58 million, includes a juice concentrate line and a cold storage warehouse; the second will add a cacao fermentation and drying centre.

The MOU was signed by the Honourable Dorian Westby, Minister of Agriculture, Food Security and Enterprise, and Mr Esteban Cal Pop, Managing Director of SAIL, at the Ministry's headquarters in Belmopan. Also present were the Chief Executive Officer in the Ministry, Ms Marisol Teck, and the Executive Director of the Belize Trade and Investment Development Service (BELTRAIDE), Mrs Yolanda Chun-Requeña, whose agency facilitated the investment.

Under the MOU, the Government will facilitate access to 120 acres of national land under a 30-year lease, while SAIL commits to buy at least 60 percent of its fruit and cacao from local small farmers.

"This is the kind of investment that puts money directly into the hands of our farmers," Minister Westby said. "Citrus has carried the south for fifty years. Now we want it to carry the south for the next fifty, with cacao beside it."

The facility is expected to create 180 permanent jobs and up to 350 seasonal jobs during the harvest, and to benefit some 1,100 small farmers in the Stann Creek and Toledo districts.

In a separate agreement, the University of Belize will partner with SAIL to train 200 farmers a year in grafting, pest control and post-harvest handling at its Central Farm campus. Dr Lorraine Gillett-Arzu, President of the University of Belize, said the first course would begin in September.

Belize's citrus exports were valued at approximately BZ$62 million in 2025, less than half their level a decade ago, as the industry struggled with citrus greening disease. The Development Finance Corporation (DFC) has approved a BZ$8 million credit line for farmers who supply the plant.

For further information, please contact the Press Office, Ministry of Agriculture, Food Security and Enterprise.""",
[("Government of Belize", "Organization", ["GOB", "Gobierno de Belice"]),
 ("Ministry of Agriculture, Food Security and Enterprise", "Organization", ["MAFSE", "Ministry of Agriculture"]),
 ("Sapodilla Agro Industries Limited", "Organization", ["SAIL", "Sapodilla Agro Industries", "Sapodilla Agro Industries Ltd"]),
 ("Dorian Westby", "Person", ["Westby", "Minister Westby"]),
 ("Esteban Cal Pop", "Person", ["Cal Pop"]),
 ("Marisol Teck", "Person", ["Teck"]),
 ("Belize Trade and Investment Development Service", "Organization", ["BELTRAIDE", "Beltraide"]),
 ("Yolanda Chun-Requeña", "Person", ["Yolanda Chun-Requena", "Chun-Requeña", "Chun-Requena"]),
 ("University of Belize", "Organization", ["UB", "Universidad de Belice"]),
 ("Lorraine Gillett-Arzu", "Person", ["Gillett-Arzu"]),
 ("Development Finance Corporation", "Organization", ["DFC"]),
 ("Pomona", "Place", []),
 ("Stann Creek District", "Place", ["Stann Creek", "Stann Creek district"]),
 ("Toledo District", "Place", ["Toledo"]),
 ("Belmopan", "Place", []),
 ("Central Farm", "Place", []),
 ("Belize", "Place", ["Belice", "Bélize"]),
 ("Guatemala", "Place", [])],
roles=[R("Dorian Westby", ["Minister of Agriculture, Food Security and Enterprise", "Minister", "Minister of Agriculture"], ["Ministry of Agriculture, Food Security and Enterprise", "Belize", "Government of Belize"], "the Honourable Dorian Westby, Minister of Agriculture, Food Security and Enterprise"),
       R("Esteban Cal Pop", "Managing Director", "Sapodilla Agro Industries Limited", "Mr Esteban Cal Pop, Managing Director of SAIL"),
       R("Marisol Teck", ["Chief Executive Officer", "CEO", "Chief Executive Officer in the Ministry"], ["Ministry of Agriculture, Food Security and Enterprise", "Belize"], "the Chief Executive Officer in the Ministry, Ms Marisol Teck"),
       R("Yolanda Chun-Requeña", "Executive Director", "Belize Trade and Investment Development Service", "the Executive Director of the Belize Trade and Investment Development Service (BELTRAIDE), Mrs Yolanda Chun-Requeña"),
       R("Lorraine Gillett-Arzu", "President", "University of Belize", "Dr Lorraine Gillett-Arzu, President of the University of Belize")],
inv=[I("Sapodilla Agro Industries Limited", ["Pomona", "Stann Creek District", "Belize"], 96000000, "BZD", "two stages between 2026 and 2029", "fruit and cacao processing facility", "The project represents an investment of BZ$96 million"),
     I("Sapodilla Agro Industries Limited", ["Pomona", "Stann Creek District", "Belize"], 48000000, "USD", "between 2026 and 2029", "USD equivalent", "(US$48 million) by SAIL", opt=True),
     I("Sapodilla Agro Industries Limited", ["Pomona", "Stann Creek District", "Belize"], 58000000, "BZD", None, "first stage (part of the total)", "The first stage, valued at BZ$58 million", opt=True)],
parts=[P("Sapodilla Agro Industries Limited", "Ministry of Agriculture, Food Security and Enterprise", "MOU for the processing facility", "today signed a Memorandum of Understanding (MOU) with Sapodilla Agro Industries Limited (SAIL)", b_alt=["Government of Belize"]),
       P("Sapodilla Agro Industries Limited", "University of Belize", "farmer training at Central Farm", "the University of Belize will partner with SAIL to train 200 farmers a year")],
claims=[C("Sapodilla Agro Industries Limited", "jobs", 180, "permanent jobs", "create 180 permanent jobs"),
        C("Sapodilla Agro Industries Limited", "jobs", 350, "seasonal jobs", "up to 350 seasonal jobs during the harvest", note="seasonal"),
        C("Sapodilla Agro Industries Limited", "people_reached", 1100, "small farmers", "to benefit some 1,100 small farmers"),
        C("Sapodilla Agro Industries Limited", "trainees", 200, "farmers a year", "to train 200 farmers a year"),
        C("Sapodilla Agro Industries Limited", "other", 120, "acres", "120 acres of national land", opt=True)],
notes="Invented. Government press release (Belize, English): honorifics without full stops ('the Honourable', 'Mr', 'Ms', 'Mrs', 'Dr'), titles after the name in Title Case, a ministry 'Chief Executive Officer' (the senior civil servant: ministry + Belize). Amount in Belize dollars (BZD) required, the US$ equivalent and the first stage (part of the stated total) optional. The MOU is between SAIL and the government through the ministry (ministry and government accepted). BELTRAIDE only facilitated (role, no partnership). The DFC credit line goes to farmers (no fact); citrus exports and the lease term give no fact. The media-contact line names no person.")

A("r04", "en", "2026-04-22", "https://example.org/interviews/2026/04/cierzo-santa-marta-desalination",
"""Q&A: 'Santa Marta cannot wait for the rain,' says Aguas del Cierzo's Andean president

Beatriz Aramendía Goñi has been president for the Andean region of Aguas del Cierzo, the Zaragoza-based water group, since 2024, overseeing its business in Colombia, Ecuador and Peru. We spoke to her in Bogotá a week after her company and two Colombian partners won the contract for a seawater desalination plant in Santa Marta. The group had revenue of €2.3 billion last year. Her answers have been edited for brevity.

Q: What exactly did you win?

A: A 25-year contract to design, finance, build and operate a plant producing 1,000 liters per second, enough for about 450,000 people. The district utility, Essmar, will buy the water. We bid through a consortium, Desalinizadora del Caribe, in which we hold 51%, with Construcciones Ponedera holding 30% and the engineering firm Hidrotec Andina the remaining 19%.

Q: How much will it cost?

A: The total investment is about $410 million, roughly 1.6 trillion pesos at today's exchange rate. The partners will put in around $120 million of equity, and the rest will come from a loan package that CAF and two local banks are still arranging. Findeter is lending Essmar 85 billion pesos for the pipes into the city, but that is a separate project.

Q: Who are you dealing with in government?

A: Mostly the Ministry of Housing, City and Territory. The vice minister for water and sanitation, Julián Arrieta Mendoza, visited the site in January. And the mayor of Santa Marta, Carolina Pinedo Lacouture, has been very clear that she wants water flowing before her term ends.

Q: How many jobs?

A: Around 1,100 at the peak of construction, and 90 permanent staff when it runs. We have signed an agreement with SENA to train 150 operators and electricians from the city, because we don't want to bring everyone from Bogotá or Madrid.

Q: Who will run the plant?

A: Tomás Villamizar Ortega, who is currently our operations director in Colombia, will be its general manager.

Q: And Peru and Ecuador?

A: In Guayaquil we are bidding for a wastewater concession. In Peru, honestly, we are waiting. Our chairman, Íñigo Larrea Uribe, likes to say we only go where the tariffs get paid, and today that is Colombia.""",
[("Aguas del Cierzo", "Organization", ["Cierzo"]),
 ("Beatriz Aramendía Goñi", "Person", ["Beatriz Aramendia Goni", "Beatriz Aramendía", "Aramendía Goñi", "Aramendía"]),
 ("Empresa de Servicios Públicos del Distrito de Santa Marta", "Organization", ["Essmar", "ESSMAR"]),
 ("Desalinizadora del Caribe", "Organization", ["consortium Desalinizadora del Caribe"]),
 ("Construcciones Ponedera", "Organization", ["Ponedera"]),
 ("Hidrotec Andina", "Organization", ["Hidrotec"]),
 ("Corporación Andina de Fomento", "Organization", ["CAF", "Development Bank of Latin America"]),
 ("Financiera de Desarrollo Territorial", "Organization", ["Findeter", "FINDETER"]),
 ("Ministerio de Vivienda, Ciudad y Territorio", "Organization", ["Ministry of Housing, City and Territory", "Minvivienda", "Ministerio de Vivienda"]),
 ("Julián Arrieta Mendoza", "Person", ["Julian Arrieta Mendoza", "Julián Arrieta", "Arrieta Mendoza", "Arrieta"]),
 ("Carolina Pinedo Lacouture", "Person", ["Carolina Pinedo", "Pinedo Lacouture", "Pinedo"]),
 ("Alcaldía de Santa Marta", "Organization", ["Alcaldia de Santa Marta", "Santa Marta city government"]),
 ("Servicio Nacional de Aprendizaje", "Organization", ["SENA", "Sena"]),
 ("Tomás Villamizar Ortega", "Person", ["Tomas Villamizar Ortega", "Tomás Villamizar", "Villamizar Ortega", "Villamizar"]),
 ("Íñigo Larrea Uribe", "Person", ["Inigo Larrea Uribe", "Íñigo Larrea", "Larrea Uribe", "Larrea"]),
 ("Santa Marta", "Place", []),
 ("Magdalena", "Place", []),
 ("Zaragoza", "Place", ["Saragossa"]),
 ("Bogotá", "Place", ["Bogota"]),
 ("Madrid", "Place", []),
 ("Guayaquil", "Place", []),
 ("Colombia", "Place", ["Colombie"]),
 ("Ecuador", "Place", ["Équateur"]),
 ("Peru", "Place", ["Perú", "Pérou"]),
 ("Spain", "Place", ["España", "Espagne"])],
roles=[R("Beatriz Aramendía Goñi", ["president for the Andean region", "president", "Andean president"], "Aguas del Cierzo", "has been president for the Andean region of Aguas del Cierzo"),
       R("Julián Arrieta Mendoza", ["vice minister for water and sanitation", "vice minister"], ["Ministerio de Vivienda, Ciudad y Territorio", "Colombia"], "The vice minister for water and sanitation, Julián Arrieta Mendoza"),
       R("Carolina Pinedo Lacouture", "mayor", ["Santa Marta", "Alcaldía de Santa Marta"], "the mayor of Santa Marta, Carolina Pinedo Lacouture"),
       R("Tomás Villamizar Ortega", ["operations director in Colombia", "operations director"], "Aguas del Cierzo", "who is currently our operations director in Colombia"),
       R("Tomás Villamizar Ortega", ["general manager", "plant general manager"], ["Desalinizadora del Caribe", "Aguas del Cierzo"], "will be its general manager"),
       R("Íñigo Larrea Uribe", "chairman", "Aguas del Cierzo", "Our chairman, Íñigo Larrea Uribe")],
inv=[I("Desalinizadora del Caribe", ["Santa Marta", "Magdalena", "Colombia"], 410000000, "USD", None, "seawater desalination plant (25-year contract)", "The total investment is about $410 million", alts=["Aguas del Cierzo", "Construcciones Ponedera", "Hidrotec Andina"]),
     I("Desalinizadora del Caribe", ["Santa Marta", "Magdalena", "Colombia"], 1600000000000, "COP", None, "COP equivalent", "roughly 1.6 trillion pesos at today's exchange rate", opt=True, alts=["Aguas del Cierzo", "Construcciones Ponedera", "Hidrotec Andina"]),
     I("Desalinizadora del Caribe", ["Santa Marta", "Magdalena", "Colombia"], 120000000, "USD", None, "equity part of the total", "The partners will put in around $120 million of equity", opt=True, alts=["Aguas del Cierzo", "Construcciones Ponedera", "Hidrotec Andina"])],
parts=[P("Aguas del Cierzo", "Construcciones Ponedera", "Desalinizadora del Caribe consortium", "with Construcciones Ponedera holding 30%"),
       P("Aguas del Cierzo", "Hidrotec Andina", "Desalinizadora del Caribe consortium", "the engineering firm Hidrotec Andina the remaining 19%"),
       P("Desalinizadora del Caribe", "Empresa de Servicios Públicos del Distrito de Santa Marta", "25-year water purchase contract", "The district utility, Essmar, will buy the water", a_alt=["Aguas del Cierzo"]),
       P("Aguas del Cierzo", "Servicio Nacional de Aprendizaje", "training of operators and electricians", "We have signed an agreement with SENA", a_alt=["Desalinizadora del Caribe"])],
claims=[C("Desalinizadora del Caribe", "people_reached", 450000, "people", "enough for about 450,000 people"),
        C("Desalinizadora del Caribe", "jobs", 1100, "construction jobs", "Around 1,100 at the peak of construction", note="construction peak"),
        C("Desalinizadora del Caribe", "jobs", 90, "permanent staff", "and 90 permanent staff when it runs"),
        C("Aguas del Cierzo", "trainees", 150, "operators and electricians", "to train 150 operators and electricians"),
        C("Desalinizadora del Caribe", "other", 1000, "liters per second", "a plant producing 1,000 liters per second", opt=True)],
notes="Invented. Q&A with 'Q:'/'A:' prefixes; 'we'/'our' resolve to Aguas del Cierzo. Regional scope in the title ('president for the Andean region of'). The consortium's total is the investment (consortium as investor, members accepted); the COP equivalent and the equity part are optional; the CAF loan package is still being arranged and the Findeter loan goes to the utility for a separate project (no fact). Consortium membership gives one row per member with the lead; the 25-year offtake contract with the district utility is a required partnership (state-utility supply contract convention). The current post ('currently our operations director in Colombia') and the future plant post are both required. Group revenue gives no fact. Santa Marta is in Magdalena department (place list).")

A("r05", "en", "2026-04-09", "https://example.org/wire/2026/04/09/neuquen-gpa-pipeline-consortium",
"""Argentina's Neuquen backs $2.4 bln Vaca Muerta gas pipeline led by Hidrocarburos del Limay

NEUQUEN, Argentina, April 9 (Austral Wire) - A consortium led by Argentine energy firm Hidrocarburos del Limay will spend $2.4 billion through 2029 building a 560-kilometer gas pipeline from the Vaca Muerta shale formation to the Atlantic coast, after the province of Neuquen on Thursday granted it a 35-year transport license, officials said.

The group, Gasoducto Patagonia Atlántica (GPA), also includes U.S. midstream operator Redfield Midstream Partners, with 35%, and provincial state firm Gas y Petroleo del Neuquen (GyP), with 15%. Hidrocarburos del Limay holds the remaining 50%.

About $1.6 billion of the cost will be covered by a syndicated loan that a group of international banks is arranging, GPA Chief Executive Federico Albarracín told reporters at the signing in Neuquen city. The rest will come from the partners' own funds.

"This is the pipe that turns Vaca Muerta from a domestic story into an export story," said Albarracín, a former head of planning at Hidrocarburos del Limay.

Neuquen Governor Ruperto Inalef Quiroga said construction would employ about 3,500 workers at its peak, most of them hired in the province, and that GPA had agreed to buy at least 30% of its pipe and services from local suppliers.

Energy Secretary María Soledad Tolosa, speaking in Buenos Aires, said the pipeline would allow Argentina to export up to 28 million cubic meters of gas a day to Brazil and Chile and could add 0.4 percentage point to gross domestic product by 2030.

GyP President Mariano Curuchet said the provincial company would contribute its stake in kind, through existing rights of way and compressor sites. Redfield's senior vice president for Latin America, Douglas Ashbury, said the firm saw "decades of volume" in the basin.

"Takeaway capacity is the bottleneck, not rock," said Lucía Ferreyra, an analyst at Buenos Aires consultancy Econergía Sur.

Vaca Muerta produced a record 112 million cubic meters of gas a day on average in 2025, and Argentina posted an energy trade surplus of $7.1 billion last year, according to official data. Shares of Hidrocarburos del Limay rose 3.8% in Buenos Aires.""",
[("Hidrocarburos del Limay", "Organization", ["Limay"]),
 ("Gasoducto Patagonia Atlántica", "Organization", ["GPA", "Gasoducto Patagonia Atlantica"]),
 ("Redfield Midstream Partners", "Organization", ["Redfield", "Redfield Midstream"]),
 ("Gas y Petróleo del Neuquén", "Organization", ["GyP", "Gas y Petroleo del Neuquen", "Gas y Petróleo del Neuquén S.A."]),
 ("Federico Albarracín", "Person", ["Federico Albarracin", "Albarracín", "Albarracin"]),
 ("Ruperto Inalef Quiroga", "Person", ["Ruperto Inalef", "Inalef Quiroga", "Inalef"]),
 ("Gobierno del Neuquén", "Organization", ["Provincia del Neuquén", "Neuquen provincial government", "Gobierno de Neuquén"]),
 ("María Soledad Tolosa", "Person", ["Maria Soledad Tolosa", "Soledad Tolosa", "Tolosa"]),
 ("Secretaría de Energía", "Organization", ["Secretaria de Energia", "Energy Secretariat", "Secretaría de Energía de la Nación", "Argentina's Energy Secretariat"]),
 ("Mariano Curuchet", "Person", ["Curuchet"]),
 ("Douglas Ashbury", "Person", ["Ashbury"]),
 ("Lucía Ferreyra", "Person", ["Lucia Ferreyra", "Ferreyra"]),
 ("Econergía Sur", "Organization", ["Econergia Sur"]),
 ("Neuquén", "Place", ["Neuquen", "province of Neuquen", "Neuquén province", "Neuquen city"]),
 ("Vaca Muerta", "Place", ["Vaca Muerta shale formation"]),
 ("Buenos Aires", "Place", []),
 ("Argentina", "Place", ["Argentine"]),
 ("Chile", "Place", ["Chili"]),
 ("Latin America", "Place", ["América Latina", "Amérique latine"]),
 BR],
roles=[R("Federico Albarracín", ["Chief Executive", "CEO", "chief executive officer"], "Gasoducto Patagonia Atlántica", "GPA Chief Executive Federico Albarracín told reporters"),
       R("Federico Albarracín", ["head of planning", "former head of planning"], "Hidrocarburos del Limay", "a former head of planning at Hidrocarburos del Limay", opt=True),
       R("Ruperto Inalef Quiroga", ["Governor", "Neuquen Governor"], ["Neuquén", "Gobierno del Neuquén"], "Neuquen Governor Ruperto Inalef Quiroga said"),
       R("María Soledad Tolosa", ["Energy Secretary", "secretary of energy"], ["Secretaría de Energía", "Argentina"], "Energy Secretary María Soledad Tolosa, speaking in Buenos Aires"),
       R("Mariano Curuchet", "President", "Gas y Petróleo del Neuquén", "GyP President Mariano Curuchet said"),
       R("Douglas Ashbury", ["senior vice president for Latin America", "senior vice president", "SVP"], "Redfield Midstream Partners", "Redfield's senior vice president for Latin America, Douglas Ashbury"),
       R("Lucía Ferreyra", "analyst", "Econergía Sur", "said Lucía Ferreyra, an analyst at Buenos Aires consultancy Econergía Sur", opt=True)],
inv=[I("Gasoducto Patagonia Atlántica", ["Neuquén", "Vaca Muerta", "Argentina"], 2400000000, "USD", "through 2029", "560-km gas pipeline from Vaca Muerta to the Atlantic", "will spend $2.4 billion through 2029", alts=["Hidrocarburos del Limay", "Redfield Midstream Partners", "Gas y Petróleo del Neuquén"])],
parts=[P("Hidrocarburos del Limay", "Redfield Midstream Partners", "GPA consortium", "also includes U.S. midstream operator Redfield Midstream Partners"),
       P("Hidrocarburos del Limay", "Gas y Petróleo del Neuquén", "GPA consortium", "and provincial state firm Gas y Petroleo del Neuquen (GyP), with 15%"),
       P("Gobierno del Neuquén", "Gasoducto Patagonia Atlántica", "35-year transport license", "granted it a 35-year transport license", opt=True, a_alt=["Neuquén"], b_alt=["Hidrocarburos del Limay"])],
claims=[C("Gasoducto Patagonia Atlántica", "jobs", 3500, "workers", "construction would employ about 3,500 workers at its peak", note="construction peak"),
        C("Gasoducto Patagonia Atlántica", "gdp_contribution", 0.4, "percentage point of GDP", "could add 0.4 percentage point to gross domestic product by 2030"),
        C("Gasoducto Patagonia Atlántica", "other", 28, "million cubic meters a day", "up to 28 million cubic meters of gas a day", opt=True),
        C("Gasoducto Patagonia Atlántica", "other", 560, "km", "a 560-kilometer gas pipeline", opt=True)],
notes="Invented. Wire copy: 'A consortium led by X will spend' makes the consortium the investor (members accepted); the syndicated loan still being arranged, the $7.1 billion energy surplus and the 112 MMm3/d output give no fact. Members told in two sentences with shares ('also includes ... with 35%, and ... with 15%. X holds the remaining 50%'): one row per member with the lead. The provincial transport license is a concession (optional). Title Case before names without commas ('GPA Chief Executive X', 'Neuquen Governor X', 'GyP President X'); a federal Energy Secretary (Secretaría de Energía + Argentina); a senior VP with regional scope. The chief executive's former post and the analyst are optional. Local-content share (30%) and in-kind contribution have no amount.")

A("r06", "en", "2026-05-13", "https://example.org/news/2026/05/13/brazilian-miller-black-bush-polder",
"""Brazilian rice miller to build $12.6B parboiling complex at Black Bush Polder

A Brazilian rice company will invest some $12.6 billion in a parboiling mill and storage complex at Black Bush Polder, Region Six, in what Agriculture Minister Sharda Persaud-Baksh on Tuesday called "the biggest private bet on rice in Berbice in a generation."

The company, Cerealista Pampa Sul S.A. of Pelotas, in Brazil's Rio Grande do Sul state, signed a memorandum of understanding with the Guyana Rice Development Board (GRDB) at the Ministry of Agriculture in Georgetown. The investment is equivalent to about US$60 million and will be made over three years, starting with land clearing in June.

Minister Persaud-Baksh said the complex would buy paddy from at least 2,800 farmers in the polder and surrounding areas and create around 450 jobs once completed. "For years farmers in Black Bush have had to truck their paddy to Corentyne mills and wait weeks to be paid," the Minister said.

GRDB General Manager Rajesh Doobay said the board would supply seed of new high-yield varieties and that its extension officers would train 600 farmers in water management over the first two years.

Cerealista's chief executive, Gustavo Trindade Dutra, told this newspaper the company chose Guyana for its "land, water and access to Caribbean markets." He said the mill would be able to process 120,000 tonnes of paddy a year.

Region Six Chairman Deonarine Jaikaran welcomed the project but urged the company to repair the polder's main access road, which he said "floods every rainy season." Rice Producers Association (RPA) General Secretary Kamla Ramotar, who attended the signing, said farmers wanted a written guarantee on prices.

Black Bush farmer Lalta Persaud, who cultivates 40 acres, said he would "wait and see who pays first."

The investment was facilitated by the Guyana Office for Investment (GO-Invest), whose Chief Executive Officer, Marcia Bollers-Khan, said Brazilian interest in Guyanese agriculture had "tripled since the Linden-Lethem road works began." Brazil's Ambassador to Guyana, Fernando Coutinho Meireles, witnessed the signing.

Guyana produced a record 720,000 tonnes of rice in 2025 and exported about 560,000 tonnes, according to the GRDB. The Guyana dollar trades at around $208 to US$1.""",
[("Cerealista Pampa Sul", "Organization", ["Cerealista Pampa Sul S.A.", "Cerealista", "Pampa Sul"]),
 ("Sharda Persaud-Baksh", "Person", ["Persaud-Baksh", "Minister Persaud-Baksh"]),
 ("Ministry of Agriculture (Guyana)", "Organization", ["Ministry of Agriculture", "Guyana Ministry of Agriculture"]),
 ("Guyana Rice Development Board", "Organization", ["GRDB"]),
 ("Rajesh Doobay", "Person", ["Doobay"]),
 ("Gustavo Trindade Dutra", "Person", ["Gustavo Trindade", "Trindade Dutra"]),
 ("Deonarine Jaikaran", "Person", ["Jaikaran"]),
 ("Regional Democratic Council of Region Six", "Organization", ["Region Six RDC", "RDC", "Regional Democratic Council"]),
 ("Rice Producers Association", "Organization", ["RPA"]),
 ("Kamla Ramotar", "Person", ["Ramotar"]),
 ("Lalta Persaud", "Person", []),
 ("Guyana Office for Investment", "Organization", ["GO-Invest", "Go-Invest", "GOInvest"]),
 ("Marcia Bollers-Khan", "Person", ["Bollers-Khan"]),
 ("Fernando Coutinho Meireles", "Person", ["Fernando Coutinho", "Coutinho Meireles"]),
 ("Black Bush Polder", "Place", ["Black Bush"]),
 ("Region Six", "Place", ["Region 6", "East Berbice-Corentyne", "Berbice"]),
 ("Corentyne", "Place", []),
 ("Georgetown", "Place", []),
 ("Pelotas", "Place", []),
 ("Rio Grande do Sul", "Place", []),
 ("Linden", "Place", []),
 ("Lethem", "Place", []),
 ("Caribbean", "Place", ["Caribe", "Caraïbes"]),
 ("Guyana", "Place", ["Guyane britannique"]),
 BR],
roles=[R("Sharda Persaud-Baksh", ["Agriculture Minister", "Minister of Agriculture", "Minister"], ["Ministry of Agriculture (Guyana)", "Guyana"], "Agriculture Minister Sharda Persaud-Baksh on Tuesday called"),
       R("Rajesh Doobay", "General Manager", "Guyana Rice Development Board", "GRDB General Manager Rajesh Doobay said"),
       R("Gustavo Trindade Dutra", ["chief executive", "CEO", "chief executive officer"], "Cerealista Pampa Sul", "Cerealista's chief executive, Gustavo Trindade Dutra"),
       R("Deonarine Jaikaran", ["Regional Chairman", "Chairman", "Region Six Chairman"], ["Region Six", "Regional Democratic Council of Region Six"], "Region Six Chairman Deonarine Jaikaran welcomed the project"),
       R("Kamla Ramotar", "General Secretary", "Rice Producers Association", "Rice Producers Association (RPA) General Secretary Kamla Ramotar"),
       R("Marcia Bollers-Khan", ["Chief Executive Officer", "CEO"], "Guyana Office for Investment", "whose Chief Executive Officer, Marcia Bollers-Khan"),
       R("Fernando Coutinho Meireles", ["Ambassador to Guyana", "Ambassador"], "Brazil", "Brazil's Ambassador to Guyana, Fernando Coutinho Meireles")],
inv=[I("Cerealista Pampa Sul", ["Black Bush Polder", "Region Six", "Guyana"], 12600000000, "GYD", "over three years", "parboiling mill and storage complex", "A Brazilian rice company will invest some $12.6 billion"),
     I("Cerealista Pampa Sul", ["Black Bush Polder", "Region Six", "Guyana"], 60000000, "USD", "over three years", "USD equivalent", "The investment is equivalent to about US$60 million", opt=True)],
parts=[P("Cerealista Pampa Sul", "Guyana Rice Development Board", "MOU for the Black Bush Polder complex", "signed a memorandum of understanding with the Guyana Rice Development Board (GRDB)")],
claims=[C("Cerealista Pampa Sul", "people_reached", 2800, "farmers", "buy paddy from at least 2,800 farmers"),
        C("Cerealista Pampa Sul", "jobs", 450, "jobs", "create around 450 jobs once completed"),
        C("Guyana Rice Development Board", "trainees", 600, "farmers", "would train 600 farmers in water management"),
        C("Cerealista Pampa Sul", "other", 120000, "tonnes of paddy a year", "process 120,000 tonnes of paddy a year", opt=True)],
notes="Invented. Guyanese newspaper: '$12.6B' is in Guyana dollars (GYD, the paper's default '$'), with 'US$60 million' as the optional equivalent. The investor is unnamed in the first sentence ('A Brazilian rice company will invest') and named in the next ('The company, Cerealista Pampa Sul S.A. ...'). A regional chairman's org is the region (its RDC accepted). GO-Invest only facilitated and the ambassador only witnessed (roles, no partnership). A farmer quoted without a post ('Black Bush farmer X') gives no role. Trainees are the GRDB's under the MOU (project figure). National rice output and exports and the exchange rate give no fact.")
