# English articles r01-r08 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])
US = ("United States", "Place", ["U.S.", "US", "USA", "Estados Unidos", "États-Unis"])
BR = ("Brazil", "Place", ["Brasil", "Brésil"])
CR = ("Costa Rica", "Place", [])
JM = ("Jamaica", "Place", ["Jamaïque"])
UY = ("Uruguay", "Place", [])
PA = ("Panama", "Place", ["Panamá"])
GY = ("Guyana", "Place", [])
SV = ("El Salvador", "Place", ["Salvador"])
CA = ("Canada", "Place", ["Canadá"])

A("r01", "en", "2026-02-10", "https://example.org/meridian-newswire/2026/02/10/ashgrove-containers-puebla-can-plant",
"""Ashgrove Containers to spend $210 million on Puebla can plant, signs state MoU

PUEBLA, Mexico, Feb 10 (Halcyon Newswire) - U.S. beverage-can maker Ashgrove Containers said on Tuesday it will spend $210 million on an aluminum can plant in Huejotzingo, west of the city of Puebla, its first production site in Latin America, as brewers and soft-drink bottlers in central Mexico look for suppliers closer to their filling lines.

The Cincinnati-based company signed a memorandum of understanding with the Puebla state government covering permits, water supply and a rail spur to the site, and expects to begin shipping cans in the second half of 2027. The plant is designed for two lines with a combined capacity of 2.4 billion cans a year.

"We ran the numbers on Monterrey, on Querétaro, on the Bajío. Puebla kept winning on logistics and on people," Ashgrove's chief executive, Thomas Erlandsen-Pike, told reporters after the signing at the state government's offices.

Governor Adriana Celis Moncada said the plant would employ 540 people once both lines are running and that roughly 1,100 workers would be needed during construction. Her Economy Secretary, Joaquín Ruanova Tapia, who negotiated the memorandum, put the state's foreign direct investment in 2025 at $1.9 billion, most of it tied to the auto industry.

Ashgrove will also lean on two public institutions for hiring. A training agreement with the Universidad Tecnológica de Huejotzingo will prepare 180 maintenance and quality technicians before start-up, while the Benemérita Universidad Autónoma de Puebla (BUAP) will place 60 engineering students a year at the plant as interns under a separate deal signed with its faculty of engineering.

The plant will be run by Mariana Legorreta Sandoval, a 14-year company veteran from its Ohio operations, who was named general manager of the new Mexican subsidiary, Ashgrove Containers de México.

Ashgrove, which is privately held, operates six plants in the United States and Canada and had sales of about $2.8 billion last year. Aluminum for the Puebla lines will come at first from imported coil, Erlandsen-Pike said, adding that the company would consider a local supplier "once volumes justify it."

Shares of several Mexican bottlers rose on the news. (Reporting by Halcyon Newswire staff in Puebla; editing by the Mexico City desk)""",
[("Ashgrove Containers", "Organization", ["Ashgrove"]),
 ("Ashgrove Containers de México", "Organization", ["Ashgrove Containers de Mexico", "Ashgrove Mexico"]),
 ("Gobierno de Puebla", "Organization", ["Puebla state government", "Gobierno del Estado de Puebla", "state government of Puebla"]),
 ("Secretaría de Economía de Puebla", "Organization", ["Secretaria de Economia de Puebla", "Puebla Economy Secretariat"]),
 ("Universidad Tecnológica de Huejotzingo", "Organization", ["Universidad Tecnologica de Huejotzingo", "UTH Huejotzingo"]),
 ("Benemérita Universidad Autónoma de Puebla", "Organization", ["BUAP", "Benemerita Universidad Autonoma de Puebla"]),
 ("Halcyon Newswire", "Organization", []),
 ("Thomas Erlandsen-Pike", "Person", ["Erlandsen-Pike"]),
 ("Adriana Celis Moncada", "Person", ["Adriana Celis", "Celis Moncada"]),
 ("Joaquín Ruanova Tapia", "Person", ["Joaquin Ruanova Tapia", "Joaquín Ruanova", "Ruanova Tapia"]),
 ("Mariana Legorreta Sandoval", "Person", ["Mariana Legorreta", "Legorreta Sandoval"]),
 ("Huejotzingo", "Place", []),
 ("Puebla", "Place", ["Puebla state", "state of Puebla"]),
 ("Cincinnati", "Place", []),
 ("Ohio", "Place", []),
 ("Monterrey", "Place", []),
 ("Querétaro", "Place", ["Queretaro"]),
 ("Latin America", "Place", ["América Latina", "Amérique latine"]),
 MX, US, CA],
roles=[R("Thomas Erlandsen-Pike", ["chief executive", "CEO", "chief executive officer"], "Ashgrove Containers", "Ashgrove's chief executive, Thomas Erlandsen-Pike, told reporters"),
       R("Adriana Celis Moncada", ["Governor", "governor of Puebla"], ["Puebla", "Gobierno de Puebla"], "Governor Adriana Celis Moncada said the plant would employ 540 people"),
       R("Joaquín Ruanova Tapia", ["Economy Secretary", "Secretary of Economy", "secretary"], ["Secretaría de Economía de Puebla", "Puebla", "Gobierno de Puebla"], "Her Economy Secretary, Joaquín Ruanova Tapia, who negotiated the memorandum"),
       R("Mariana Legorreta Sandoval", ["general manager", "GM", "head of the plant", "plant manager"], ["Ashgrove Containers de México", "Ashgrove Containers"], "who was named general manager of the new Mexican subsidiary")],
inv=[I("Ashgrove Containers", ["Huejotzingo", "Puebla", "Mexico"], 210000000, "USD", "production from H2 2027", "aluminum beverage-can plant", "it will spend $210 million on an aluminum can plant in Huejotzingo")],
parts=[P("Ashgrove Containers", "Gobierno de Puebla", "memorandum of understanding (permits, water, rail spur)", "signed a memorandum of understanding with the Puebla state government"),
       P("Ashgrove Containers", "Universidad Tecnológica de Huejotzingo", "technician training agreement", "A training agreement with the Universidad Tecnológica de Huejotzingo will prepare 180"),
       P("Ashgrove Containers", "Benemérita Universidad Autónoma de Puebla", "internship deal", "will place 60 engineering students a year at the plant as interns under a separate deal")],
claims=[C("Ashgrove Containers", "jobs", 540, "jobs once both lines run", "the plant would employ 540 people once both lines are running"),
        C("Ashgrove Containers", "jobs", 1100, "construction workers", "roughly 1,100 workers would be needed during construction"),
        C("Universidad Tecnológica de Huejotzingo", "trainees", 180, "maintenance and quality technicians", "will prepare 180 maintenance and quality technicians before start-up"),
        C("Benemérita Universidad Autónoma de Puebla", "trainees", 60, "engineering interns a year", "will place 60 engineering students a year at the plant as interns"),
        C("Ashgrove Containers", "other", 2400000000, "cans a year (capacity)", "a combined capacity of 2.4 billion cans a year", opt=True, note="capacity")],
notes="Invented. Wire copy with dateline, agency tag and closing credit. 'X signed a memorandum of understanding with the Puebla state government' (the state government entity is the partner; the governor and secretary are roles, not partners). Two training deals told in one sentence joined by 'while', the second in a passive-like 'under a separate deal signed with its faculty' where the university is the subject. The state official is introduced with a possessive ('Her Economy Secretary, X') and has the state secretariat and the state. The plant head is told only as 'was named general manager of the new Mexican subsidiary' (subsidiary and parent accepted); his background ('a 14-year company veteran') gives no post. State FDI, sales and the plant count give no fact; capacity optional.")

A("r02", "en", "2026-03-03", "https://example.org/press/2026/03/03/coralstone-names-group-ceo",
"""Coralstone Insurance Names Andrea Whitlock-Brown Group CEO; Signs Scholarship Agreement with UWI Mona

KINGSTON, Jamaica, March 3, 2026 - Coralstone Insurance Group Limited, a property, motor and health insurer operating in seven Caribbean markets, today announced the appointment of Andrea Whitlock-Brown as Group Chief Executive Officer with effect from May 1, 2026.

Ms Whitlock-Brown, who joined Coralstone in 2009 from the audit profession, succeeds Desmond Ellington-Hoyte, who has led the Group since 2014 and will remain with the company as Deputy Chairman of the Board. The Board, chaired by Marguerite Samuels-Okoro, approved the appointment at its February meeting.

"Andrea ran our claims transformation and took us into Trinidad and Barbados. She knows this business from the ground up," Mrs Samuels-Okoro said.

The Group also announced that Kemar Thelwell-Dacres has joined Coralstone as Chief Financial Officer, replacing Patricia Hanover-Lyn, who retired in January after eleven years in the post.

New headquarters and scholarships

Coralstone will invest J$3.2 billion in a new regional headquarters and data centre on Knutsford Boulevard in New Kingston, where construction is to start in June. The building will house 450 staff, including about 120 new positions in data analytics, underwriting and customer service to be filled by 2028.

At the same ceremony, Coralstone and The University of the West Indies, Mona Campus signed a five-year agreement under which the insurer will fund 40 undergraduate scholarships in actuarial science and data science, and the university will run a professional certificate in insurance analytics for Coralstone employees. The agreement was signed for the University by its Principal, Dwight Abernathy-Reid.

Coralstone has also entered into a memorandum of understanding with the HEART/NSTA Trust, under which the Trust will assess and certify 300 claims adjusters and customer-service agents over three years. The first cohort begins training in September.

About Coralstone Insurance Group
Coralstone Insurance Group Limited is listed on the Jamaica Stock Exchange and has operations in Jamaica, Trinidad and Tobago, Barbados, Saint Lucia, Grenada, the Cayman Islands and Belize. It employs about 1,300 people.

Media enquiries: corporate.affairs@example.org""",
[("Coralstone Insurance Group", "Organization", ["Coralstone", "Coralstone Insurance Group Limited", "Coralstone Insurance"]),
 ("The University of the West Indies, Mona Campus", "Organization", ["UWI Mona", "University of the West Indies", "UWI", "Mona Campus"]),
 ("HEART/NSTA Trust", "Organization", ["HEART NSTA Trust", "HEART Trust"]),
 ("Jamaica Stock Exchange", "Organization", ["JSE"]),
 ("Andrea Whitlock-Brown", "Person", ["Whitlock-Brown"]),
 ("Desmond Ellington-Hoyte", "Person", ["Ellington-Hoyte"]),
 ("Marguerite Samuels-Okoro", "Person", ["Samuels-Okoro"]),
 ("Kemar Thelwell-Dacres", "Person", ["Thelwell-Dacres"]),
 ("Patricia Hanover-Lyn", "Person", ["Hanover-Lyn"]),
 ("Dwight Abernathy-Reid", "Person", ["Abernathy-Reid"]),
 ("Kingston", "Place", []),
 ("New Kingston", "Place", []),
 ("Knutsford Boulevard", "Place", []),
 ("Trinidad and Tobago", "Place", ["Trinidad"]),
 ("Barbados", "Place", []),
 ("Caribbean", "Place", ["Caribe", "Caraïbes"]),
 JM],
roles=[R("Andrea Whitlock-Brown", ["Group Chief Executive Officer", "Chief Executive Officer", "CEO", "Group CEO"], "Coralstone Insurance Group", "today announced the appointment of Andrea Whitlock-Brown as Group Chief Executive Officer"),
       R("Desmond Ellington-Hoyte", ["Group Chief Executive Officer", "Chief Executive Officer", "CEO", "head"], "Coralstone Insurance Group", "succeeds Desmond Ellington-Hoyte, who has led the Group since 2014"),
       R("Desmond Ellington-Hoyte", ["Deputy Chairman of the Board", "Deputy Chairman"], "Coralstone Insurance Group", "will remain with the company as Deputy Chairman of the Board"),
       R("Marguerite Samuels-Okoro", ["Chairman", "chair", "Chairman of the Board", "board chair"], "Coralstone Insurance Group", "The Board, chaired by Marguerite Samuels-Okoro"),
       R("Kemar Thelwell-Dacres", ["Chief Financial Officer", "CFO"], "Coralstone Insurance Group", "Kemar Thelwell-Dacres has joined Coralstone as Chief Financial Officer"),
       R("Patricia Hanover-Lyn", ["Chief Financial Officer", "CFO"], "Coralstone Insurance Group", "replacing Patricia Hanover-Lyn, who retired in January", opt=True),
       R("Dwight Abernathy-Reid", ["Principal", "campus principal"], "The University of the West Indies, Mona Campus", "signed for the University by its Principal, Dwight Abernathy-Reid")],
inv=[I("Coralstone Insurance Group", ["New Kingston", "Kingston", "Jamaica"], 3200000000, "JMD", "construction from June 2026", "regional headquarters and data centre", "Coralstone will invest J$3.2 billion in a new regional headquarters and data centre")],
parts=[P("Coralstone Insurance Group", "The University of the West Indies, Mona Campus", "five-year scholarship and training agreement", "Coralstone and The University of the West Indies, Mona Campus signed a five-year agreement"),
       P("Coralstone Insurance Group", "HEART/NSTA Trust", "memorandum of understanding (certification)", "Coralstone has also entered into a memorandum of understanding with the HEART/NSTA Trust")],
claims=[C("Coralstone Insurance Group", "jobs", 120, "new positions by 2028", "including about 120 new positions in data analytics"),
        C("Coralstone Insurance Group", "trainees", 40, "undergraduate scholarships", "the insurer will fund 40 undergraduate scholarships"),
        C("HEART/NSTA Trust", "trainees", 300, "claims adjusters and agents certified", "certify 300 claims adjusters and customer-service agents over three years"),
        C("Coralstone Insurance Group", "jobs", 450, "staff housed in the building", "The building will house 450 staff", opt=True, note="workforce incl. new positions"),
        C("Coralstone Insurance Group", "jobs", 1300, "employees", "It employs about 1,300 people", opt=True, note="existing workforce")],
notes="Invented. Jamaican corporate press release with a subheading inside the body, About boilerplate and a media line without a name. A dated future succession: the incoming CEO (required) and the outgoing CEO told with a verb ('who has led the Group since 2014', loose title list, still in office until May, required) who will become Deputy Chairman (future, required); the chair told in a passive participle ('The Board, chaired by X'); the retired CFO is optional (past). Honorifics 'Ms'/'Mrs' without full stops. The UWI agreement is told as 'X and Y signed a five-year agreement under which ...'; the HEART/NSTA memorandum with 'has also entered into'. J$ is JMD. The 450 staff include the 120 new positions (optional).")

A("r03", "en", "2026-03-24", "https://example.org/southern-cone-energy-report/2026/03/24/tidewell-ancap-e-methanol-paysandu",
"""Tidewell Hydrogen and ANCAP sign MoU for $1.6bn e-methanol plant in Paysandú

Tidewell Hydrogen, a Houston-based developer of synthetic fuels, has signed a memorandum of understanding with Uruguay's state energy company ANCAP to develop an e-methanol plant near Paysandú, on the Uruguay River, with an estimated investment of $1.6 billion.

Under the memorandum, signed in Montevideo on 18 March, ANCAP will study the supply of biogenic carbon dioxide from ethanol distilleries in the region and holds an option to take up to 20% of the project. A final investment decision is targeted for 2028.

The plant would draw on about 700 MW of new wind and solar capacity and produce up to 180,000 tonnes a year of e-methanol for ship fuel, mostly for export through the port of Nueva Palmira.

Tidewell is not going it alone. Uruguayan agribusiness and renewables group Grupo Queguay has taken 30% of the project company, Metanol del Litoral, and will develop the wind farms that feed it.

"Uruguay already runs its grid almost entirely on renewables. The next step is to turn that surplus into molecules," Tidewell chief executive Caroline Ashcombe-Pryce said at the signing, which was attended by Industry, Energy and Mining Minister Rodrigo Saravia Bentancor.

ANCAP president Gonzalo Irazábal Techera called the agreement "a way to bring the company into the fuels of the next forty years without betting the balance sheet." Grupo Queguay is chaired by Felipe Olivera Grauert, whose family controls the group.

Tidewell estimates that construction would employ around 3,000 people at its peak and that the plant would need 220 permanent staff. To build that workforce, the developer has agreed with the Universidad Tecnológica (UTEC) to open a technician course in hydrogen and e-fuels at UTEC's campus in Paysandú, which is expected to train 150 technicians before the plant starts up.

Uruguay's government has said it wants to attract $5 billion in green hydrogen projects by 2035, and at least three other developers are studying sites along the Uruguay River and the Atlantic coast.

Analysis: The Paysandú project is one of the few in the Southern Cone with a state partner and a local shareholder signed up before a final decision. The offtake, however, remains open: Tidewell said it is in talks with two European shipping lines but has no binding contract.""",
[("Tidewell Hydrogen", "Organization", ["Tidewell"]),
 ("Administración Nacional de Combustibles, Alcohol y Portland", "Organization", ["ANCAP", "Administracion Nacional de Combustibles, Alcohol y Portland"]),
 ("Grupo Queguay", "Organization", ["Queguay"]),
 ("Metanol del Litoral", "Organization", []),
 ("Ministerio de Industria, Energía y Minería", "Organization", ["MIEM", "Ministerio de Industria, Energia y Mineria", "Ministry of Industry, Energy and Mining"]),
 ("Universidad Tecnológica", "Organization", ["UTEC", "Universidad Tecnologica", "Universidad Tecnológica del Uruguay"]),
 ("Caroline Ashcombe-Pryce", "Person", ["Ashcombe-Pryce"]),
 ("Rodrigo Saravia Bentancor", "Person", ["Rodrigo Saravia", "Saravia Bentancor"]),
 ("Gonzalo Irazábal Techera", "Person", ["Gonzalo Irazabal Techera", "Gonzalo Irazábal", "Irazábal Techera"]),
 ("Felipe Olivera Grauert", "Person", ["Felipe Olivera", "Olivera Grauert"]),
 ("Paysandú", "Place", ["Paysandu"]),
 ("Montevideo", "Place", []),
 ("Nueva Palmira", "Place", []),
 ("Houston", "Place", []),
 ("Uruguay River", "Place", ["río Uruguay"]),
 ("Southern Cone", "Place", ["Cono Sur"]),
 UY, US],
roles=[R("Caroline Ashcombe-Pryce", ["chief executive", "CEO", "chief executive officer"], "Tidewell Hydrogen", "Tidewell chief executive Caroline Ashcombe-Pryce said at the signing"),
       R("Rodrigo Saravia Bentancor", ["Industry, Energy and Mining Minister", "Minister of Industry, Energy and Mining", "Minister"], ["Ministerio de Industria, Energía y Minería", "Uruguay"], "Industry, Energy and Mining Minister Rodrigo Saravia Bentancor"),
       R("Gonzalo Irazábal Techera", "president", "Administración Nacional de Combustibles, Alcohol y Portland", "ANCAP president Gonzalo Irazábal Techera called the agreement"),
       R("Felipe Olivera Grauert", ["chairman", "chair", "president"], "Grupo Queguay", "Grupo Queguay is chaired by Felipe Olivera Grauert")],
inv=[I("Tidewell Hydrogen", ["Paysandú", "Uruguay"], 1600000000, "USD", "FID targeted for 2028", "e-methanol plant", "with an estimated investment of $1.6 billion", alts=["Metanol del Litoral", "Grupo Queguay"])],
parts=[P("Tidewell Hydrogen", "Administración Nacional de Combustibles, Alcohol y Portland", "memorandum of understanding (CO2 supply, equity option)", "has signed a memorandum of understanding with Uruguay's state energy company ANCAP"),
       P("Tidewell Hydrogen", "Grupo Queguay", "project company Metanol del Litoral (Queguay 30%)", "Grupo Queguay has taken 30% of the project company, Metanol del Litoral"),
       P("Tidewell Hydrogen", "Universidad Tecnológica", "technician course in hydrogen and e-fuels", "the developer has agreed with the Universidad Tecnológica (UTEC) to open a technician course")],
claims=[C("Tidewell Hydrogen", "jobs", 3000, "construction peak", "construction would employ around 3,000 people at its peak"),
        C("Tidewell Hydrogen", "jobs", 220, "permanent staff", "the plant would need 220 permanent staff"),
        C("Universidad Tecnológica", "trainees", 150, "technicians", "which is expected to train 150 technicians before the plant starts up"),
        C("Metanol del Litoral", "other", 180000, "tonnes a year of e-methanol (capacity)", "produce up to 180,000 tonnes a year of e-methanol", opt=True, note="capacity")],
notes="Invented. Energy trade newsletter with an 'Analysis:' paragraph. The MoU is told in the headline and again in the first sentence ('has signed a memorandum of understanding with Uruguay's state energy company ANCAP'); the state company's option to take 20% is part of the same MoU (no second row). The local shareholder is told across two sentences ('Tidewell is not going it alone. Grupo Queguay has taken 30% of the project company'): a required JV row between the lead and Queguay. The investment is a noun phrase with no verb ('with an estimated investment of $1.6 billion'): Tidewell is the investor, the project company and Queguay accepted. The minister only attended (role, no partnership). The chair is told in a passive ('is chaired by'). 'has agreed with X to open a technician course' is a required training partnership. The national $5 billion target and the offtake talks give no fact; capacity optional.")

A("r04", "en", "2026-04-28", "https://example.org/stellan-news/2026/04/28/costa-rica-semiconductor-agreements",
"""Stellan Institute signs semiconductor training agreements with Costa Rica's TEC and INA

TEMPE, Ariz. - The Stellan Institute of Technology has signed two agreements in Costa Rica to train engineers and technicians for the country's fast-growing semiconductor assembly and test industry, the institute announced this week.

The first, a memorandum of understanding with the Instituto Tecnológico de Costa Rica (TEC), creates a joint graduate certificate in microelectronics packaging, taught in Cartago by faculty from both institutions. The second, with the Instituto Nacional de Aprendizaje (INA), the country's public vocational training agency, adapts Stellan's cleanroom technician curriculum for INA centers in Cartago and Heredia, with the goal of certifying 1,200 technicians by 2029.

Both agreements were signed in San José on April 22 by Stellan President Harold Vincent-Mapes, TEC Rector Silvia Arguedas Monge and INA Executive President Mauricio Chaverri Solís, with Costa Rica's Minister of Foreign Trade, Elena Víquez Montealegre, as a witness.

"Costa Rica has spent twenty-five years building a workforce for medical devices and electronics. What it asked us for was depth in one narrow, very demanding field," Vincent-Mapes said. "That is exactly what a university like ours is for."

Industry backing

The programs have an industry anchor in Quillfeather Semiconductor, a Phoenix-based chip packaging company that is putting US$90 million into an expansion of its assembly and test plant in a Heredia free zone, a project that will add 650 jobs by 2028. Quillfeather worked with Stellan on the curriculum under a three-year partnership signed in January, and it will fund 50 scholarships for TEC students in the new certificate.

"Our expansion only works if the technicians are there on the day the tools arrive," said Denise Adeyemi-Cross, Quillfeather's vice president for international operations.

Costa Rica's exports of electronic components reached about US$3.1 billion in 2025, according to the trade promotion agency, and the government has set a target of doubling employment in the semiconductor value chain by 2030.

Stellan, a private research institute founded in 1962, enrolls about 9,000 students and has partnerships with universities in Mexico, Chile and Taiwan. The Costa Rica agreements are its first with a public vocational agency outside the United States.

Media contact: Stellan News Office, news@example.org""",
[("Stellan Institute of Technology", "Organization", ["Stellan Institute", "Stellan"]),
 ("Instituto Tecnológico de Costa Rica", "Organization", ["TEC", "Instituto Tecnologico de Costa Rica", "Tecnológico de Costa Rica"]),
 ("Instituto Nacional de Aprendizaje", "Organization", ["INA"]),
 ("Ministerio de Comercio Exterior", "Organization", ["COMEX", "Ministry of Foreign Trade"]),
 ("Quillfeather Semiconductor", "Organization", ["Quillfeather"]),
 ("Harold Vincent-Mapes", "Person", ["Vincent-Mapes"]),
 ("Silvia Arguedas Monge", "Person", ["Silvia Arguedas", "Arguedas Monge"]),
 ("Mauricio Chaverri Solís", "Person", ["Mauricio Chaverri Solis", "Mauricio Chaverri", "Chaverri Solís"]),
 ("Elena Víquez Montealegre", "Person", ["Elena Viquez Montealegre", "Elena Víquez", "Víquez Montealegre"]),
 ("Denise Adeyemi-Cross", "Person", ["Adeyemi-Cross"]),
 ("Tempe", "Place", []),
 ("Phoenix", "Place", []),
 ("San José", "Place", ["San Jose"]),
 ("Cartago", "Place", []),
 ("Heredia", "Place", []),
 ("Taiwan", "Place", []),
 ("Chile", "Place", []),
 CR, US, MX],
roles=[R("Harold Vincent-Mapes", "President", "Stellan Institute of Technology", "Stellan President Harold Vincent-Mapes"),
       R("Silvia Arguedas Monge", "Rector", "Instituto Tecnológico de Costa Rica", "TEC Rector Silvia Arguedas Monge"),
       R("Mauricio Chaverri Solís", ["Executive President", "president"], "Instituto Nacional de Aprendizaje", "INA Executive President Mauricio Chaverri Solís"),
       R("Elena Víquez Montealegre", ["Minister of Foreign Trade", "Minister"], ["Ministerio de Comercio Exterior", "Costa Rica"], "Costa Rica's Minister of Foreign Trade, Elena Víquez Montealegre"),
       R("Denise Adeyemi-Cross", ["vice president for international operations", "vice president", "VP"], "Quillfeather Semiconductor", "said Denise Adeyemi-Cross, Quillfeather's vice president for international operations")],
inv=[I("Quillfeather Semiconductor", ["Heredia", "Costa Rica"], 90000000, "USD", "jobs by 2028", "expansion of assembly and test plant", "that is putting US$90 million into an expansion of its assembly and test plant in a Heredia free zone")],
parts=[P("Stellan Institute of Technology", "Instituto Tecnológico de Costa Rica", "memorandum of understanding (joint graduate certificate)", "The first, a memorandum of understanding with the Instituto Tecnológico de Costa Rica (TEC)"),
       P("Stellan Institute of Technology", "Instituto Nacional de Aprendizaje", "cleanroom technician curriculum agreement", "The second, with the Instituto Nacional de Aprendizaje (INA)"),
       P("Stellan Institute of Technology", "Quillfeather Semiconductor", "three-year curriculum partnership", "Quillfeather worked with Stellan on the curriculum under a three-year partnership signed in January"),
       P("Quillfeather Semiconductor", "Instituto Tecnológico de Costa Rica", "scholarship funding", "it will fund 50 scholarships for TEC students", opt=True)],
claims=[C("Instituto Nacional de Aprendizaje", "trainees", 1200, "technicians certified by 2029", "with the goal of certifying 1,200 technicians by 2029"),
        C("Quillfeather Semiconductor", "jobs", 650, "jobs by 2028", "a project that will add 650 jobs by 2028"),
        C("Quillfeather Semiconductor", "trainees", 50, "scholarships", "it will fund 50 scholarships for TEC students"),
        C("Stellan Institute of Technology", "people_reached", 9000, "students enrolled", "enrolls about 9,000 students", opt=True, note="existing enrolment")],
notes="Invented. US university news release with a subheading and a media line without a person. Two agreements told as 'The first, a memorandum of understanding with X, creates ... The second, with Y, adapts ...' (noun phrases with the verb later, the second with an elided noun): one row each with the institute. Signatories listed with Title Case titles before names and no commas, plus a minister as witness (role, no partnership). The company is the 'industry anchor' and has its own three-year partnership with the institute (required); its scholarships for TEC students are a funder link (optional). 'is putting US$90 million into an expansion' is the investment. Exports, the national target and the institute's enrolment give no required fact.")

A("r05", "en", "2026-05-19", "https://example.org/panama-business-today/2026/05/19/veldmark-colon-cold-chain-hub",
"""Dutch logistics firm Veldmark picks Colón for US$48 million cold-chain and pharma hub

By Ricardo Solanilla

COLÓN - Veldmark Logistics, a Rotterdam-based operator of temperature-controlled warehouses, will invest US$48 million in a cold-chain and pharmaceutical distribution hub in the Colón Free Zone, its first facility in the Americas, the company said on Monday.

The 26,000-square-meter hub will store vaccines, biologic medicines and fresh produce for re-export to Central America, the Caribbean and the Andean countries, and is expected to open in the third quarter of 2027.

Veldmark will not be building alone. Grupo Chagres, a Panamanian family-owned logistics and port services group, will hold 35% of the company that will own and run the hub, Veldmark Chagres Logistics, and will handle customs brokerage and trucking from the Atlantic ports.

"Panama already moves the boxes. What the region lacks is a place where a vaccine can wait three weeks at minus twenty degrees without anybody worrying," Veldmark's chief executive, Joost van Amerongen, said at the announcement in Colón, where he was joined by Grupo Chagres president Aurelio Quintero Delvalle.

Minister of Commerce and Industries Yariela Castrellón Pitti, who attended the event, said the project was the largest in the free zone's pharmaceutical segment in a decade. The free zone's general manager, Abdiel Pinzón Mendieta, said the company had signed a 30-year lease on the plot.

The hub will employ 350 people when fully operating, about 60 of them pharmacists and quality specialists. To fill the technical positions, Veldmark signed an agreement with the Instituto Técnico Superior Especializado (ITSE) to train 220 young people as cold-chain and warehouse technicians, with the first group starting in January 2027 at ITSE's campus in Panamá Norte.

The hub will be led by Ingrid Castillero Moreno, who currently heads Veldmark's operations in Spain and Portugal and will become the company's regional director for Latin America.

Panama's logistics sector accounts for more than a fifth of the country's GDP, and re-exports through the Colón Free Zone totaled about US$11 billion last year, according to free-zone figures.""",
[("Veldmark Logistics", "Organization", ["Veldmark"]),
 ("Grupo Chagres", "Organization", ["Chagres"]),
 ("Veldmark Chagres Logistics", "Organization", []),
 ("Zona Libre de Colón", "Organization", ["Colón Free Zone", "Colon Free Zone", "Zona Libre de Colon", "ZLC"]),
 ("Ministerio de Comercio e Industrias", "Organization", ["MICI", "Ministry of Commerce and Industries"]),
 ("Instituto Técnico Superior Especializado", "Organization", ["ITSE", "Instituto Tecnico Superior Especializado"]),
 ("Joost van Amerongen", "Person", ["Van Amerongen", "van Amerongen"]),
 ("Aurelio Quintero Delvalle", "Person", ["Aurelio Quintero", "Quintero Delvalle"]),
 ("Yariela Castrellón Pitti", "Person", ["Yariela Castrellon Pitti", "Yariela Castrellón", "Castrellón Pitti"]),
 ("Abdiel Pinzón Mendieta", "Person", ["Abdiel Pinzon Mendieta", "Abdiel Pinzón", "Pinzón Mendieta"]),
 ("Ingrid Castillero Moreno", "Person", ["Ingrid Castillero", "Castillero Moreno"]),
 ("Ricardo Solanilla", "Person", ["Solanilla"]),
 ("Colón", "Place", ["Colon"]),
 ("Rotterdam", "Place", []),
 ("Panamá Norte", "Place", ["Panama Norte"]),
 ("Spain", "Place", ["España", "Espagne"]),
 ("Portugal", "Place", []),
 ("Latin America", "Place", ["América Latina", "Amérique latine"]),
 ("Central America", "Place", ["Centroamérica"]),
 PA],
roles=[R("Joost van Amerongen", ["chief executive", "CEO", "chief executive officer"], "Veldmark Logistics", "Veldmark's chief executive, Joost van Amerongen, said"),
       R("Aurelio Quintero Delvalle", "president", "Grupo Chagres", "Grupo Chagres president Aurelio Quintero Delvalle"),
       R("Yariela Castrellón Pitti", ["Minister of Commerce and Industries", "Minister"], ["Ministerio de Comercio e Industrias", "Panama"], "Minister of Commerce and Industries Yariela Castrellón Pitti"),
       R("Abdiel Pinzón Mendieta", "general manager", "Zona Libre de Colón", "The free zone's general manager, Abdiel Pinzón Mendieta"),
       R("Ingrid Castillero Moreno", ["head of the hub", "head", "director", "regional director for Latin America", "regional director"], ["Veldmark Chagres Logistics", "Veldmark Logistics"], "The hub will be led by Ingrid Castillero Moreno"),
       R("Ingrid Castillero Moreno", ["head of operations in Spain and Portugal", "head of operations", "head"], "Veldmark Logistics", "who currently heads Veldmark's operations in Spain and Portugal")],
inv=[I("Veldmark Logistics", ["Zona Libre de Colón", "Colón", "Panama"], 48000000, "USD", "opening Q3 2027", "cold-chain and pharmaceutical distribution hub", "will invest US$48 million in a cold-chain and pharmaceutical distribution hub in the Colón Free Zone", alts=["Veldmark Chagres Logistics", "Grupo Chagres"])],
parts=[P("Veldmark Logistics", "Grupo Chagres", "hub company Veldmark Chagres Logistics (Chagres 35%)", "Grupo Chagres, a Panamanian family-owned logistics and port services group, will hold 35%"),
       P("Veldmark Logistics", "Instituto Técnico Superior Especializado", "technician training agreement", "Veldmark signed an agreement with the Instituto Técnico Superior Especializado (ITSE)"),
       P("Zona Libre de Colón", "Veldmark Logistics", "30-year lease", "the company had signed a 30-year lease on the plot", opt=True)],
claims=[C("Veldmark Logistics", "jobs", 350, "jobs when fully operating", "The hub will employ 350 people when fully operating"),
        C("Instituto Técnico Superior Especializado", "trainees", 220, "cold-chain and warehouse technicians", "to train 220 young people as cold-chain and warehouse technicians"),
        C("Veldmark Logistics", "jobs", 60, "pharmacists and quality specialists (subset)", "about 60 of them pharmacists and quality specialists", opt=True, note="subset")],
notes="Invented. Panamanian English business site with a byline. The local partner is told across two sentences ('Veldmark will not be building alone. Grupo Chagres ... will hold 35% of the company that will own and run the hub'): required JV row, and the hub company and partner accepted as investor. The lease with the free-zone administration is optional (probes4 leases); the minister attended (role only). The future head ('will be led by', 'will become the company's regional director for Latin America', loose list, JV and parent) and her current post ('who currently heads ... operations in Spain and Portugal') are both required. The byline is not a role. GDP share and re-exports give no fact; the subset of specialists is optional.")

A("r06", "en", "2026-06-16", "https://example.org/latam-wire/2026/06/16/kavira-lifesciences-pernambuco",
"""India's Kavira Lifesciences to build R$640 million injectables plant in Brazil's Pernambuco

RECIFE, Brazil, June 16 (LatAm Wire) - Indian drugmaker Kavira Lifesciences will build a R$640 million ($118 million) plant for sterile injectable medicines in Goiana, in the northeastern Brazilian state of Pernambuco, and produce oncology and anti-infective drugs for the public health system under a technology-transfer deal with the state laboratory Lafepe, the company and the state government said on Tuesday.

Kavira's managing director, Raghav Subrahmanyam, signed the product development partnership with Lafepe's president, Cláudia Bezerra Maranhão, at the Palácio do Campo das Princesas in Recife. Under the ten-year arrangement, Kavira will transfer production of eleven molecules to the state laboratory, which will in turn sell the drugs to the health ministry.

The plant is expected to start production in 2028 and to employ 480 people, Kavira said. Governor Helena Arcoverde Maciel said the state would provide a site in the Goiana industrial hub, which already houses an automotive cluster, and a 15-year ICMS tax incentive.

"We chose Pernambuco because it gave us a public partner, not just a piece of land," Subrahmanyam said.

The company also signed an agreement with Senai Pernambuco, the industrial training service, to prepare 200 production and quality-control technicians, and a research agreement with the Universidade Federal de Pernambuco (UFPE) on stability testing and biosimilars. The UFPE agreement was signed by its rector, Marcos Vasconcelos Tavares.

Kavira's Brazilian unit will be led by Priya Natarajan-Silveira, who has spent nine years in the company's regulatory team in Hyderabad. State Economic Development Secretary Rafael Moura Quintas said the project was the largest pharmaceutical investment in the Northeast since 2019.

Brazil imports about two-thirds of the active ingredients used by its drug industry, and the federal government has pushed product development partnerships with public laboratories as a way to cut the health system's import bill, which reached $9.4 billion in 2025.

Kavira, listed in Mumbai, has eight plants in India and one in South Africa and reported revenue of about $1.3 billion in its last fiscal year. Its shares rose 2.1% in Mumbai. (Reporting by LatAm Wire's Recife bureau; editing by the São Paulo desk)""",
[("Kavira Lifesciences", "Organization", ["Kavira"]),
 ("Kavira Lifesciences Brasil", "Organization", ["Kavira Brasil", "Kavira Brazil"]),
 ("Laboratório Farmacêutico do Estado de Pernambuco", "Organization", ["Lafepe", "Laboratorio Farmaceutico do Estado de Pernambuco", "LAFEPE"]),
 ("Governo de Pernambuco", "Organization", ["state government of Pernambuco", "Pernambuco state government", "Governo do Estado de Pernambuco"]),
 ("Secretaria de Desenvolvimento Econômico de Pernambuco", "Organization", ["Secretaria de Desenvolvimento Economico de Pernambuco", "Pernambuco Economic Development Secretariat"]),
 ("Senai Pernambuco", "Organization", ["Senai", "SENAI Pernambuco", "Senai-PE"]),
 ("Universidade Federal de Pernambuco", "Organization", ["UFPE"]),
 ("Ministério da Saúde", "Organization", ["health ministry", "Ministerio da Saude"]),
 ("LatAm Wire", "Organization", []),
 ("Raghav Subrahmanyam", "Person", ["Subrahmanyam"]),
 ("Cláudia Bezerra Maranhão", "Person", ["Claudia Bezerra Maranhao", "Cláudia Bezerra", "Bezerra Maranhão"]),
 ("Helena Arcoverde Maciel", "Person", ["Helena Arcoverde", "Arcoverde Maciel"]),
 ("Marcos Vasconcelos Tavares", "Person", ["Marcos Vasconcelos", "Vasconcelos Tavares"]),
 ("Priya Natarajan-Silveira", "Person", ["Natarajan-Silveira"]),
 ("Rafael Moura Quintas", "Person", ["Rafael Moura", "Moura Quintas"]),
 ("Goiana", "Place", []),
 ("Pernambuco", "Place", []),
 ("Recife", "Place", []),
 ("Hyderabad", "Place", []),
 ("Mumbai", "Place", []),
 ("India", "Place", ["Inde"]),
 ("South Africa", "Place", []),
 ("São Paulo", "Place", ["Sao Paulo"]),
 BR],
roles=[R("Raghav Subrahmanyam", ["managing director", "MD"], "Kavira Lifesciences", "Kavira's managing director, Raghav Subrahmanyam, signed the product development partnership"),
       R("Cláudia Bezerra Maranhão", "president", "Laboratório Farmacêutico do Estado de Pernambuco", "with Lafepe's president, Cláudia Bezerra Maranhão"),
       R("Helena Arcoverde Maciel", ["Governor", "governor of Pernambuco"], ["Pernambuco", "Governo de Pernambuco"], "Governor Helena Arcoverde Maciel said the state would provide a site"),
       R("Marcos Vasconcelos Tavares", "rector", "Universidade Federal de Pernambuco", "The UFPE agreement was signed by its rector, Marcos Vasconcelos Tavares"),
       R("Priya Natarajan-Silveira", ["head of the Brazilian unit", "head", "country head", "general manager", "director"], ["Kavira Lifesciences Brasil", "Kavira Lifesciences"], "Kavira's Brazilian unit will be led by Priya Natarajan-Silveira"),
       R("Rafael Moura Quintas", ["Economic Development Secretary", "Secretary of Economic Development", "secretary"], ["Secretaria de Desenvolvimento Econômico de Pernambuco", "Pernambuco", "Governo de Pernambuco"], "State Economic Development Secretary Rafael Moura Quintas said")],
inv=[I("Kavira Lifesciences", ["Goiana", "Pernambuco", "Brazil"], 640000000, "BRL", "production from 2028", "sterile injectables plant", "will build a R$640 million ($118 million) plant for sterile injectable medicines in Goiana"),
     I("Kavira Lifesciences", ["Goiana", "Pernambuco", "Brazil"], 118000000, "USD", None, "equivalent in dollars", "R$640 million ($118 million)", opt=True)],
parts=[P("Kavira Lifesciences", "Laboratório Farmacêutico do Estado de Pernambuco", "ten-year product development partnership (technology transfer)", "signed the product development partnership with Lafepe's president"),
       P("Kavira Lifesciences", "Senai Pernambuco", "technician training agreement", "The company also signed an agreement with Senai Pernambuco"),
       P("Kavira Lifesciences", "Universidade Federal de Pernambuco", "research agreement (stability testing, biosimilars)", "and a research agreement with the Universidade Federal de Pernambuco (UFPE)"),
       P("Laboratório Farmacêutico do Estado de Pernambuco", "Ministério da Saúde", "drug sales to the health ministry", "which will in turn sell the drugs to the health ministry", opt=True)],
claims=[C("Kavira Lifesciences", "jobs", 480, "jobs", "to employ 480 people, Kavira said"),
        C("Senai Pernambuco", "trainees", 200, "production and quality-control technicians", "to prepare 200 production and quality-control technicians")],
notes="Invented. Wire copy with dateline, agency tag, share move and closing credit. The technology-transfer partnership with a state laboratory is told in the lede as 'under a technology-transfer deal with the state laboratory Lafepe' and again with the signatories ('X's managing director signed the product development partnership with Y's president'): one required row. Two further agreements in one sentence ('also signed an agreement with X ..., and a research agreement with Y'). The lab's sales to the health ministry are an optional customer link. The state's site and tax incentive give no fact (tax break). Future head of the Brazilian unit ('will be led by', subsidiary and parent); her background ('nine years in the company's regulatory team') gives no post. The USD equivalent is optional; import figures and revenue give no fact. Only 2 claims (a lighter-claims article).")

A("r07", "en", "2026-07-07", "https://example.org/dpi-guyana/2026/07/07/mou-harrowgate-aquafarms-region-five",
"""Gov't signs MoU with Canadian firm for US$36M aquaculture and feed complex in Region Five

DPI, Guyana, Tuesday, July 7, 2026 - The Ministry of Agriculture on Tuesday signed a Memorandum of Understanding (MoU) with Harrowgate Aquafarms Inc., a New Brunswick-based aquaculture company, for the establishment of a US$36 million tilapia hatchery, grow-out and fish-feed complex at Onverwagt, West Coast Berbice, in Region Five (Mahaica-Berbice).

The investment, valued at approximately GY$7.5 billion, will be made over four years, and the first harvest is expected in the second half of 2027.

The MoU was signed at the ministry's Regent Street boardroom by Permanent Secretary Vidya Ramkissoon-Bacchus on behalf of the ministry and by Harrowgate's President and Chief Executive Officer, Colin MacAskill-Reeve. Agriculture Minister Devendra Ramcharran-Lall and Regional Chairman Sherwin Adams-Griffith witnessed the signing, along with officials of GO-Invest, the investment promotion agency.

Minister Ramcharran-Lall said the complex will create 260 direct jobs and will buy fish from 150 small farmers in the region, who will receive fingerlings, feed on credit and technical support under contract with the company. "This is how we diversify away from sugar in Berbice, one pond at a time," he said.

Under a separate agreement signed the same day, the Guyana School of Agriculture (GSA) will run a certificate course in aquaculture for 90 students over the next three years, with practical training at the Onverwagt site. The agreement was signed by GSA Principal Rohan Bissoondial-Ferreira.

Harrowgate has also agreed with the University of Guyana on a research program on feed made from rice bran and cassava, two crops grown widely in the region, the minister noted.

Mr MacAskill-Reeve said the company chose Guyana for its water, its land and its access to Caribbean markets. "We will start with tilapia and then look at shrimp and arapaima," he said, noting that the company already supplies fish to buyers in Canada, Trinidad and Barbados.

The ministry said the country's aquaculture output reached 1,150 tonnes last year and that the government aims to triple it by 2030. Harrowgate will receive 120 acres of state land at Onverwagt under a 50-year lease, subject to Cabinet approval.""",
[("Ministry of Agriculture", "Organization", ["Ministry of Agriculture of Guyana"]),
 ("Harrowgate Aquafarms", "Organization", ["Harrowgate", "Harrowgate Aquafarms Inc.", "Harrowgate Aquafarms Inc"]),
 ("GO-Invest", "Organization", ["Guyana Office for Investment", "GO Invest"]),
 ("Guyana School of Agriculture", "Organization", ["GSA"]),
 ("University of Guyana", "Organization", ["UG"]),
 ("Regional Democratic Council of Region Five", "Organization", ["Region Five RDC", "RDC Region Five"]),
 ("Department of Public Information", "Organization", ["DPI"]),
 ("Vidya Ramkissoon-Bacchus", "Person", ["Ramkissoon-Bacchus"]),
 ("Colin MacAskill-Reeve", "Person", ["MacAskill-Reeve", "Mr MacAskill-Reeve"]),
 ("Devendra Ramcharran-Lall", "Person", ["Ramcharran-Lall", "Minister Ramcharran-Lall"]),
 ("Sherwin Adams-Griffith", "Person", ["Adams-Griffith"]),
 ("Rohan Bissoondial-Ferreira", "Person", ["Bissoondial-Ferreira"]),
 ("Onverwagt", "Place", []),
 ("West Coast Berbice", "Place", []),
 ("Region Five", "Place", ["Mahaica-Berbice", "Region Five (Mahaica-Berbice)", "Region 5"]),
 ("Berbice", "Place", []),
 ("New Brunswick", "Place", []),
 ("Trinidad", "Place", ["Trinidad and Tobago"]),
 ("Barbados", "Place", []),
 GY, CA],
roles=[R("Vidya Ramkissoon-Bacchus", "Permanent Secretary", ["Ministry of Agriculture", "Guyana"], "by Permanent Secretary Vidya Ramkissoon-Bacchus on behalf of the ministry"),
       R("Colin MacAskill-Reeve", ["President and Chief Executive Officer", "President", "Chief Executive Officer", "CEO"], "Harrowgate Aquafarms", "by Harrowgate's President and Chief Executive Officer, Colin MacAskill-Reeve"),
       R("Devendra Ramcharran-Lall", ["Agriculture Minister", "Minister of Agriculture", "Minister"], ["Ministry of Agriculture", "Guyana"], "Agriculture Minister Devendra Ramcharran-Lall and Regional Chairman"),
       R("Sherwin Adams-Griffith", ["Regional Chairman", "Chairman"], ["Region Five", "Regional Democratic Council of Region Five"], "Regional Chairman Sherwin Adams-Griffith witnessed the signing"),
       R("Rohan Bissoondial-Ferreira", "Principal", "Guyana School of Agriculture", "The agreement was signed by GSA Principal Rohan Bissoondial-Ferreira")],
inv=[I("Harrowgate Aquafarms", ["Onverwagt", "West Coast Berbice", "Region Five", "Guyana"], 36000000, "USD", "over four years", "tilapia hatchery, grow-out and fish-feed complex", "for the establishment of a US$36 million tilapia hatchery, grow-out and fish-feed complex"),
     I("Harrowgate Aquafarms", ["Onverwagt", "Region Five", "Guyana"], 7500000000, "GYD", "over four years", "equivalent in Guyana dollars", "The investment, valued at approximately GY$7.5 billion", opt=True)],
parts=[P("Ministry of Agriculture", "Harrowgate Aquafarms", "memorandum of understanding (aquaculture complex)", "The Ministry of Agriculture on Tuesday signed a Memorandum of Understanding (MoU) with Harrowgate Aquafarms Inc."),
       P("Harrowgate Aquafarms", "Guyana School of Agriculture", "aquaculture certificate course", "Under a separate agreement signed the same day, the Guyana School of Agriculture (GSA) will run a certificate course"),
       P("Harrowgate Aquafarms", "University of Guyana", "research program on feed", "Harrowgate has also agreed with the University of Guyana on a research program"),
       P("Ministry of Agriculture", "Harrowgate Aquafarms", "50-year land lease", "Harrowgate will receive 120 acres of state land at Onverwagt under a 50-year lease", opt=True)],
claims=[C("Harrowgate Aquafarms", "jobs", 260, "direct jobs", "the complex will create 260 direct jobs"),
        C("Harrowgate Aquafarms", "people_reached", 150, "small farmers under contract", "will buy fish from 150 small farmers in the region"),
        C("Guyana School of Agriculture", "trainees", 90, "students in aquaculture course", "a certificate course in aquaculture for 90 students over the next three years")],
notes="Invented. Guyanese government information release (DPI) with 'Gov't' in the headline and a dateline line. The MoU is signed by a permanent secretary 'on behalf of the ministry' (the ministry is the partner; the PS has the ministry and Guyana) and witnessed by the minister and the regional chairman (roles, no partnerships) 'along with officials of GO-Invest' (a facilitator, no fact). A training agreement told as 'Under a separate agreement signed the same day, X will run a course' (no company named in the sentence; Harrowgate is the counterpart, as the 'same day' signing shows) and a research link 'has also agreed with'. Small farmers under contract are people_reached (probes convention). The GY$ equivalent and the state lease (subject to Cabinet approval) are optional. Output and targets give no fact. A partnership pair repeats (MoU and lease), which is why the lease is optional only.")

A("r08", "en", "2026-08-11", "https://example.org/nearshore-report/2026/08/11/brightmoor-cx-san-salvador",
"""Brightmoor CX to hire 1,800 in San Salvador, partners with ITCA-FEPADE and Don Bosco on bilingual training

U.S. customer-experience outsourcer Brightmoor CX will open a 2,400-seat delivery center in Antiguo Cuscatlán, on the western edge of San Salvador, and hire 1,800 people over the next two years, the company said on Tuesday, in one of the largest nearshoring announcements in El Salvador's services sector this year.

The Atlanta-based firm, which handles customer support, collections and technical help-desk work for U.S. health insurers, utilities and software companies, will invest US$22 million in fitting out two floors of an office tower and in its network and security systems. The first 400 agents are due to start in November.

"El Salvador has a bilingual workforce that is frankly underpriced, and a time zone our clients love," Brightmoor's founder and chief executive, Laurel Pemberton-Vance, said in San Salvador. She was accompanied by chief operating officer Marcus Delacroix-Webb and by the new country manager for El Salvador, Gabriela Menéndez Portillo, who until last month ran a competitor's operation in Guatemala.

Brightmoor is building its hiring pipeline in partnership with two local institutions. With the Escuela Especializada en Ingeniería ITCA-FEPADE it will run a 16-week course in technical support and cybersecurity basics for 500 students a year, and with the Universidad Don Bosco it has agreed on an English-immersion and customer-service program for 300 students a year, with paid internships at the center for the best graduates.

Minister of Economy Rocío Alvarenga Chicas said the project was secured with help from the export and investment promotion agency, PROESA, whose president, Tomás Guardado Reyes, attended the announcement. She said the business-services sector now employs about 38,000 people in the country.

Brightmoor, which is backed by a private-equity firm, has about 14,000 employees in the United States, the Dominican Republic and Colombia. The company said its Salvadoran agents would start at salaries about 30% above the sector average.

Related: Contact-center jobs in Central America rose 9% in 2025, industry group says""",
[("Brightmoor CX", "Organization", ["Brightmoor"]),
 ("Escuela Especializada en Ingeniería ITCA-FEPADE", "Organization", ["ITCA-FEPADE", "ITCA", "Escuela Especializada en Ingenieria ITCA-FEPADE"]),
 ("Universidad Don Bosco", "Organization", ["UDB", "Don Bosco"]),
 ("Ministerio de Economía de El Salvador", "Organization", ["Ministry of Economy", "Ministerio de Economía", "Ministerio de Economia", "MINEC"]),
 ("Organismo Promotor de Exportaciones e Inversiones de El Salvador", "Organization", ["PROESA"]),
 ("Laurel Pemberton-Vance", "Person", ["Pemberton-Vance"]),
 ("Marcus Delacroix-Webb", "Person", ["Delacroix-Webb"]),
 ("Gabriela Menéndez Portillo", "Person", ["Gabriela Menendez Portillo", "Gabriela Menéndez", "Menéndez Portillo"]),
 ("Rocío Alvarenga Chicas", "Person", ["Rocio Alvarenga Chicas", "Rocío Alvarenga", "Alvarenga Chicas"]),
 ("Tomás Guardado Reyes", "Person", ["Tomas Guardado Reyes", "Tomás Guardado", "Guardado Reyes"]),
 ("Antiguo Cuscatlán", "Place", ["Antiguo Cuscatlan"]),
 ("San Salvador", "Place", []),
 ("Atlanta", "Place", []),
 ("Guatemala", "Place", []),
 ("Dominican Republic", "Place", ["República Dominicana"]),
 ("Colombia", "Place", ["Colombie"]),
 ("Central America", "Place", ["Centroamérica"]),
 SV, US],
roles=[R("Laurel Pemberton-Vance", ["founder and chief executive", "founder", "chief executive", "CEO"], "Brightmoor CX", "Brightmoor's founder and chief executive, Laurel Pemberton-Vance, said"),
       R("Marcus Delacroix-Webb", ["chief operating officer", "COO"], "Brightmoor CX", "chief operating officer Marcus Delacroix-Webb"),
       R("Gabriela Menéndez Portillo", ["country manager for El Salvador", "country manager"], "Brightmoor CX", "the new country manager for El Salvador, Gabriela Menéndez Portillo"),
       R("Rocío Alvarenga Chicas", ["Minister of Economy", "Minister"], ["Ministerio de Economía de El Salvador", "El Salvador"], "Minister of Economy Rocío Alvarenga Chicas said"),
       R("Tomás Guardado Reyes", "president", "Organismo Promotor de Exportaciones e Inversiones de El Salvador", "whose president, Tomás Guardado Reyes, attended the announcement")],
inv=[I("Brightmoor CX", ["Antiguo Cuscatlán", "San Salvador", "El Salvador"], 22000000, "USD", "first agents from November 2026", "delivery center fit-out, network and security", "will invest US$22 million in fitting out two floors of an office tower")],
parts=[P("Brightmoor CX", "Escuela Especializada en Ingeniería ITCA-FEPADE", "technical support and cybersecurity course", "With the Escuela Especializada en Ingeniería ITCA-FEPADE it will run a 16-week course"),
       P("Brightmoor CX", "Universidad Don Bosco", "English-immersion and customer-service program", "with the Universidad Don Bosco it has agreed on an English-immersion and customer-service program")],
claims=[C("Brightmoor CX", "jobs", 1800, "hires over two years", "and hire 1,800 people over the next two years"),
        C("Escuela Especializada en Ingeniería ITCA-FEPADE", "trainees", 500, "students a year", "for 500 students a year"),
        C("Universidad Don Bosco", "trainees", 300, "students a year", "program for 300 students a year"),
        C("Brightmoor CX", "jobs", 400, "first agents (subset)", "The first 400 agents are due to start in November", opt=True, note="subset"),
        C("Brightmoor CX", "jobs", 14000, "employees", "has about 14,000 employees", opt=True, note="existing workforce"),
        C("Brightmoor CX", "other", 2400, "seats", "a 2,400-seat delivery center", opt=True, note="capacity")],
notes="Invented. Nearshoring trade site with a 'Related:' line at the end. The partnership is told in the headline ('partners with ITCA-FEPADE and Don Bosco') and again in the body as 'is building its hiring pipeline in partnership with two local institutions. With X it will run ..., and with Y it has agreed on ...' (fronted prepositional phrases, the partner named before the verb): one row each with the company. The investment agency that helped is a facilitator (role of its president, no partnership). 'founder and chief executive' lists the whole and each part; the country manager's past post at an unnamed competitor gives no row. Sector employment, salaries and the private-equity backer give no fact; the first cohort, the workforce and seats are optional.")
