# English articles r01-r07 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])
US = ("United States", "Place", ["U.S.", "US", "USA", "Estados Unidos", "États-Unis"])

A("r01", "en", "2026-01-20", "https://example.org/newswire/2026/01/20/vantrel-chihuahua-semiconductor-talent-alliance",
"""Vantrel Microsystems launches Chihuahua semiconductor talent alliance with three universities and state government

NEWS PROVIDED BY
Vantrel Microsystems, Inc.
20 Jan, 2026, 08:00 ET

CHIHUAHUA, Mexico, Jan. 20, 2026 /Wirepoint/ -- Vantrel Microsystems, Inc. (NASDAQ: VTRL), a Phoenix-based provider of semiconductor assembly and test services, today announced the launch of the Chihuahua Semiconductor Talent Alliance, a five-year program to prepare engineers and technicians for the advanced packaging plant the company is building in the city of Chihuahua and for the wider electronics supply chain in northern Mexico.

The alliance brings together Vantrel, the Universidad Autónoma de Chihuahua (UACH), the Instituto Tecnológico de Chihuahua and the Universidad Tecnológica de Chihuahua, with support from the Chihuahua state Secretariat of Innovation and Economic Development. Vantrel will invest $18 million in the program over five years, including a training center with two clean rooms on the UACH campus, on top of the $520 million it is spending on the plant itself, which is due to start production in the third quarter of 2027 and to employ about 1,600 people at full capacity.

Over its first five years, the alliance expects to award 300 scholarships to engineering students, place 450 interns at the plant and retrain 1,200 technicians already working in the region's maquiladora industry. A mobile clean-room lab will also tour high schools in Chihuahua, Delicias and Cuauhtémoc, reaching an estimated 15,000 students with introductory workshops.

"Talent, not tax incentives, decides where advanced packaging goes," said Marisa Okonkwo-Hale, Chairman and Chief Executive Officer of Vantrel. "Chihuahua has the engineers. Our job is to make sure they don't have to leave to find this kind of work."

Joining the announcement at the UACH rectory were Chihuahua Secretary of Innovation and Economic Development Ulises Fernández Baca, UACH Rector Dr. Leticia Armendáriz Holguín, Instituto Tecnológico de Chihuahua Director Ing. Raymundo Quezada Piñón and Universidad Tecnológica de Chihuahua Rector Mtra. Celia Rascón Villalobos.

The program will be led by Tomás Ochoa Bencomo, who joins Vantrel from a contract manufacturer in Ciudad Juárez as Director of Workforce Development for Mexico and will report to Kevin Strandberg, Vantrel's Senior Vice President of Global Operations. The plant's general manager, Arjun Mehta-Solís, said the first 60 interns would start in August.

Chihuahua hosts more than 500 export-manufacturing plants employing about 480,000 people, according to industry figures.

About Vantrel Microsystems
Founded in 1998, Vantrel provides assembly, packaging and test services to chip designers in the United States, Europe and Asia. It operates facilities in Arizona, Penang and Chihuahua and employs about 7,800 people.

Media contact: Jenna Caravello, Director of Corporate Communications, Vantrel Microsystems, +1 480 555 0142""",
[("Vantrel Microsystems", "Organization", ["Vantrel", "Vantrel Microsystems, Inc.", "Vantrel Microsystems Inc"]),
 ("Chihuahua Semiconductor Talent Alliance", "Program", []),
 ("Universidad Autónoma de Chihuahua", "Organization", ["UACH", "Universidad Autonoma de Chihuahua", "Autonomous University of Chihuahua"]),
 ("Instituto Tecnológico de Chihuahua", "Organization", ["Instituto Tecnologico de Chihuahua", "ITCH", "TecNM Chihuahua"]),
 ("Universidad Tecnológica de Chihuahua", "Organization", ["Universidad Tecnologica de Chihuahua", "UTCH"]),
 ("Secretaría de Innovación y Desarrollo Económico de Chihuahua", "Organization", ["Secretaria de Innovacion y Desarrollo Economico de Chihuahua", "Chihuahua state Secretariat of Innovation and Economic Development", "Secretariat of Innovation and Economic Development", "SIDE"]),
 ("Marisa Okonkwo-Hale", "Person", ["Okonkwo-Hale"]),
 ("Ulises Fernández Baca", "Person", ["Ulises Fernandez Baca", "Ulises Fernández", "Fernández Baca"]),
 ("Leticia Armendáriz Holguín", "Person", ["Leticia Armendariz Holguin", "Leticia Armendáriz", "Armendáriz Holguín"]),
 ("Raymundo Quezada Piñón", "Person", ["Raymundo Quezada Pinon", "Raymundo Quezada", "Quezada Piñón"]),
 ("Celia Rascón Villalobos", "Person", ["Celia Rascon Villalobos", "Celia Rascón", "Rascón Villalobos"]),
 ("Tomás Ochoa Bencomo", "Person", ["Tomas Ochoa Bencomo", "Tomás Ochoa", "Ochoa Bencomo"]),
 ("Kevin Strandberg", "Person", ["Strandberg"]),
 ("Arjun Mehta-Solís", "Person", ["Arjun Mehta-Solis", "Mehta-Solís"]),
 ("Jenna Caravello", "Person", ["Caravello"]),
 ("Chihuahua", "Place", ["city of Chihuahua", "Chihuahua state", "state of Chihuahua"]),
 ("Delicias", "Place", []),
 ("Cuauhtémoc", "Place", ["Cuauhtemoc"]),
 ("Ciudad Juárez", "Place", ["Ciudad Juarez", "Juárez"]),
 ("Phoenix", "Place", []),
 ("Arizona", "Place", []),
 ("Penang", "Place", []),
 ("Europe", "Place", ["Europa"]),
 ("Asia", "Place", ["Asie"]),
 US, MX],
roles=[R("Marisa Okonkwo-Hale", ["Chairman and Chief Executive Officer", "Chairman", "Chief Executive Officer", "CEO"], "Vantrel Microsystems", "said Marisa Okonkwo-Hale, Chairman and Chief Executive Officer of Vantrel"),
       R("Ulises Fernández Baca", ["Secretary of Innovation and Economic Development", "Secretary"], ["Secretaría de Innovación y Desarrollo Económico de Chihuahua", "Chihuahua"], "Chihuahua Secretary of Innovation and Economic Development Ulises Fernández Baca"),
       R("Leticia Armendáriz Holguín", ["Rector", "UACH Rector"], "Universidad Autónoma de Chihuahua", "UACH Rector Dr. Leticia Armendáriz Holguín"),
       R("Raymundo Quezada Piñón", "Director", ["Instituto Tecnológico de Chihuahua"], "Instituto Tecnológico de Chihuahua Director Ing. Raymundo Quezada Piñón"),
       R("Celia Rascón Villalobos", "Rector", "Universidad Tecnológica de Chihuahua", "Universidad Tecnológica de Chihuahua Rector Mtra. Celia Rascón Villalobos"),
       R("Tomás Ochoa Bencomo", ["Director of Workforce Development for Mexico", "Director of Workforce Development", "director", "program lead"], "Vantrel Microsystems", "as Director of Workforce Development for Mexico"),
       R("Kevin Strandberg", ["Senior Vice President of Global Operations", "Senior Vice President", "SVP"], "Vantrel Microsystems", "Kevin Strandberg, Vantrel's Senior Vice President of Global Operations"),
       R("Arjun Mehta-Solís", ["general manager", "plant general manager", "plant's general manager"], "Vantrel Microsystems", "The plant's general manager, Arjun Mehta-Solís"),
       R("Jenna Caravello", ["Director of Corporate Communications", "director", "media contact"], "Vantrel Microsystems", "Media contact: Jenna Caravello, Director of Corporate Communications")],
inv=[I("Vantrel Microsystems", ["Chihuahua", "Mexico"], 520000000, "USD", "production from Q3 2027", "advanced packaging plant", "on top of the $520 million it is spending on the plant itself"),
     I("Vantrel Microsystems", ["Chihuahua", "Mexico"], 18000000, "USD", "over five years", "talent program and clean-room training center on the UACH campus", "Vantrel will invest $18 million in the program over five years")],
parts=[P("Vantrel Microsystems", "Universidad Autónoma de Chihuahua", "Chihuahua Semiconductor Talent Alliance", "The alliance brings together Vantrel, the Universidad Autónoma de Chihuahua (UACH)"),
       P("Vantrel Microsystems", "Instituto Tecnológico de Chihuahua", "Chihuahua Semiconductor Talent Alliance", "the Instituto Tecnológico de Chihuahua and the Universidad Tecnológica de Chihuahua, with support from"),
       P("Vantrel Microsystems", "Universidad Tecnológica de Chihuahua", "Chihuahua Semiconductor Talent Alliance", "and the Universidad Tecnológica de Chihuahua, with support from"),
       P("Vantrel Microsystems", "Secretaría de Innovación y Desarrollo Económico de Chihuahua", "support to the alliance", "with support from the Chihuahua state Secretariat of Innovation and Economic Development", opt=True)],
claims=[C("Vantrel Microsystems", "jobs", 1600, "people at full capacity", "to employ about 1,600 people at full capacity"),
        C("Chihuahua Semiconductor Talent Alliance", "trainees", 300, "scholarships", "award 300 scholarships to engineering students"),
        C("Chihuahua Semiconductor Talent Alliance", "trainees", 450, "interns", "place 450 interns at the plant"),
        C("Chihuahua Semiconductor Talent Alliance", "trainees", 1200, "technicians retrained", "retrain 1,200 technicians already working"),
        C("Chihuahua Semiconductor Talent Alliance", "people_reached", 15000, "high-school students", "reaching an estimated 15,000 students with introductory workshops"),
        C("Chihuahua Semiconductor Talent Alliance", "trainees", 60, "first interns", "the first 60 interns would start in August", opt=True, note="subset of the 450"),
        C("Vantrel Microsystems", "jobs", 7800, "employees worldwide", "employs about 7,800 people", opt=True, note="existing workforce"),
        C("Chihuahua", "jobs", 480000, "people in export plants", "employing about 480,000 people", opt=True, note="sector employment")],
notes="Invented. US-style press release on a newswire: 'NEWS PROVIDED BY' chrome, dateline with wire tag, About boilerplate and a media-contact line (a stated post: required role, probes3 convention). 'The alliance brings together X, Y and Z, with support from W': one required row per pair with the promoter (Vantrel) for the three education partners; the state secretariat's 'support' is optional. Two required investments by the same company on different assets: the $520 million plant (told in an 'on top of' clause) and the $18 million program with its training center. Officials listed in one sentence with Title Case titles before the names and honorifics (Dr., Ing., Mtra.). 'joins ... as Director of Workforce Development for Mexico and will report to X, Vantrel's Senior Vice President': both roles required. Scholarships, interns and retrained technicians are trainees; students reached by outreach workshops are people_reached. The state's plant count gives no fact; sector employment and the existing workforce are optional.")

A("r02", "en", "2026-02-03", "https://example.org/wire/2026/02/03/brennick-foods-south-america-president",
"""Brennick Foods names regional CFO Valeria Sosa Inchauspe to head South America unit

BUENOS AIRES, Feb 3 (Meridian Wire) - U.S. snack maker Brennick Foods has named Valeria Sosa Inchauspe as president of its South America division, effective March 1, the Chicago-based company said on Tuesday, promoting its regional finance chief as it pushes ahead with an expansion in Argentina.

Sosa Inchauspe, 47, currently the division's chief financial officer, succeeds Graham Teller, who will retire at the end of February after 11 years at the head of the unit. She will report to Brennick's chief operating officer, Priya Venkataraman-Ross, and will be based in Buenos Aires.

Teller, who led the division's entry into Peru in 2019, will stay on as an adviser to the board until June, the company said.

Brennick also appointed Matías Goyeneche Ruiz as chief financial officer for South America, effective the same day. Goyeneche joins from dairy group Lácteos del Plata, where he was finance director for the Southern Cone.

In a separate move, the company said Rosario plant director Hernán Bustos Villar would become vice president of manufacturing for the region in April, while Camila Etchart, who heads human resources for Argentina and Uruguay, would take on the same responsibility for Chile and Peru.

The changes come as Brennick carries out a $95 million expansion of its plant in Pilar, in Buenos Aires province, which will add two production lines and about 300 jobs by 2027. The company said it would work with the Pacheco regional faculty of the Universidad Tecnológica Nacional (UTN) to train 150 line technicians for the new lines, and it plans to open a distribution center near Santiago, Chile, later this year.

"She knows the numbers better than anyone, and in Argentina the numbers change every month," said Lorenzo Vicuña Arce, a consumer analyst at Puelche Research in Buenos Aires.

Brennick's South America division had sales of $1.3 billion in 2025, about 14% of the group total, and employs around 4,200 people in five countries. Argentina's packaged-snack market shrank about 6% in volume last year as inflation ate into wages, although prices have steadied since the second half of 2025, according to market researchers.

Brennick shares rose 0.8% to $61.20 in early New York trading. (Reporting by Meridian Wire staff; editing by the Buenos Aires desk)""",
[("Brennick Foods", "Organization", ["Brennick"]),
 ("Valeria Sosa Inchauspe", "Person", ["Valeria Sosa", "Sosa Inchauspe", "Sosa"]),
 ("Graham Teller", "Person", ["Teller"]),
 ("Priya Venkataraman-Ross", "Person", ["Venkataraman-Ross"]),
 ("Matías Goyeneche Ruiz", "Person", ["Matias Goyeneche Ruiz", "Matías Goyeneche", "Goyeneche Ruiz", "Goyeneche"]),
 ("Lácteos del Plata", "Organization", ["Lacteos del Plata"]),
 ("Hernán Bustos Villar", "Person", ["Hernan Bustos Villar", "Hernán Bustos", "Bustos Villar"]),
 ("Camila Etchart", "Person", ["Etchart"]),
 ("Universidad Tecnológica Nacional", "Organization", ["UTN", "Universidad Tecnologica Nacional", "Facultad Regional General Pacheco", "UTN Pacheco"]),
 ("Lorenzo Vicuña Arce", "Person", ["Lorenzo Vicuna Arce", "Lorenzo Vicuña", "Vicuña Arce"]),
 ("Puelche Research", "Organization", []),
 ("Meridian Wire", "Organization", []),
 ("Pilar", "Place", []),
 ("Buenos Aires province", "Place", ["provincia de Buenos Aires", "Buenos Aires Province"]),
 ("Buenos Aires", "Place", []),
 ("Rosario", "Place", []),
 ("Chicago", "Place", []),
 ("Santiago", "Place", ["Santiago de Chile"]),
 ("South America", "Place", ["América del Sur", "Amérique du Sud", "Sudamérica"]),
 ("Southern Cone", "Place", ["Cono Sur"]),
 ("New York", "Place", ["Nueva York"]),
 ("Argentina", "Place", ["Argentine"]),
 ("Uruguay", "Place", []),
 ("Chile", "Place", ["Chili"]),
 ("Peru", "Place", ["Perú", "Pérou"]),
 US],
roles=[R("Valeria Sosa Inchauspe", ["president", "president of its South America division", "head of South America unit"], "Brennick Foods", "has named Valeria Sosa Inchauspe as president of its South America division, effective March 1"),
       R("Valeria Sosa Inchauspe", ["chief financial officer", "CFO", "regional finance chief", "regional CFO"], "Brennick Foods", "currently the division's chief financial officer"),
       R("Graham Teller", ["president", "head of the unit", "head"], "Brennick Foods", "succeeds Graham Teller, who will retire at the end of February"),
       R("Graham Teller", ["adviser to the board", "adviser"], "Brennick Foods", "will stay on as an adviser to the board until June", opt=True),
       R("Priya Venkataraman-Ross", ["chief operating officer", "COO"], "Brennick Foods", "Brennick's chief operating officer, Priya Venkataraman-Ross"),
       R("Matías Goyeneche Ruiz", ["chief financial officer for South America", "chief financial officer", "CFO"], "Brennick Foods", "appointed Matías Goyeneche Ruiz as chief financial officer for South America"),
       R("Matías Goyeneche Ruiz", ["finance director for the Southern Cone", "finance director"], "Lácteos del Plata", "where he was finance director for the Southern Cone", opt=True),
       R("Hernán Bustos Villar", ["plant director", "Rosario plant director"], "Brennick Foods", "Rosario plant director Hernán Bustos Villar"),
       R("Hernán Bustos Villar", ["vice president of manufacturing", "vice president of manufacturing for the region", "vice president"], "Brennick Foods", "would become vice president of manufacturing for the region in April"),
       R("Camila Etchart", ["head of human resources for Argentina and Uruguay", "head of human resources", "heads human resources"], "Brennick Foods", "Camila Etchart, who heads human resources for Argentina and Uruguay"),
       R("Camila Etchart", ["head of human resources for Chile and Peru", "head of human resources"], "Brennick Foods", "would take on the same responsibility for Chile and Peru", opt=True),
       R("Lorenzo Vicuña Arce", ["consumer analyst", "analyst"], "Puelche Research", "said Lorenzo Vicuña Arce, a consumer analyst at Puelche Research", opt=True)],
inv=[I("Brennick Foods", ["Pilar", "Buenos Aires province", "Argentina"], 95000000, "USD", "by 2027", "expansion of the Pilar plant (two production lines)", "Brennick carries out a $95 million expansion of its plant in Pilar")],
parts=[P("Brennick Foods", "Universidad Tecnológica Nacional", "training of line technicians", "it would work with the Pacheco regional faculty of the Universidad Tecnológica Nacional (UTN)")],
claims=[C("Brennick Foods", "jobs", 300, "jobs", "about 300 jobs by 2027"),
        C("Brennick Foods", "trainees", 150, "line technicians", "to train 150 line technicians"),
        C("Brennick Foods", "jobs", 4200, "employees in South America", "employs around 4,200 people in five countries", opt=True, note="existing workforce")],
notes="Invented. Appointment wire in English ('has named X as president ..., effective March 1', 'succeeds Y, who will retire', 'She will report to', 'appointed ... effective the same day', 'would become', 'who heads'). Successions take effect on a future date, so the outgoing president is still in office (required, probes2 convention) and the incoming president's current CFO post is required too. The outgoing president's later adviser post, the new CFO's former job and the elliptical 'same responsibility for Chile and Peru' are optional (the last repeats an existing title with the same organization). An analyst quoted with his firm is optional. The expansion (with place and amount) is a required investment although told as background to the appointments; 'would work with' a university to train technicians is a required partnership. Sales, market shrinkage and the share price give no fact; the workforce is optional.")

A("r03", "en", "2026-02-17", "https://example.org/jis/news/2026/02/17/heart-utech-blue-mahoe-mro-mou",
"""Gov't, HEART/NSTA Trust and UTech Sign MOU with Blue Mahoe Aerotechnics for US$42-Million Aircraft Maintenance Centre

KINGSTON, February 17 (JIS):

The Government, through the HEART/NSTA Trust, has signed a tripartite Memorandum of Understanding (MOU) with Blue Mahoe Aerotechnics Limited and the University of Technology, Jamaica (UTech), to train aircraft maintenance technicians for a US$42-million maintenance, repair and overhaul (MRO) centre to be built near the Sangster International Airport in Montego Bay, St James.

The investment, equivalent to approximately J$6.6 billion, will be made by Blue Mahoe, a company owned by Jamaican and Canadian investors, over the next three years, with the first hangar expected to open in the second half of 2027.

Signing on behalf of the Government was the Minister of Education, Skills, Youth and Information, Hon. Marcia Pennycooke, while the document was also signed by the Managing Director of the HEART/NSTA Trust, Mr. Dwight Lindo; the President of UTech, Professor Audrey Wint-Morrison; and the Chief Executive Officer of Blue Mahoe, Captain Errol Chambers.

Under the agreement, the HEART/NSTA Trust will deliver a Level 3 aircraft maintenance programme for 240 trainees over three years, while UTech will offer 40 scholarships for its Bachelor of Engineering in Aviation Maintenance and host the practical modules at its western campus in Montego Bay.

"Too many of our young people train here and then fly away to work on aircraft somewhere else," Minister Pennycooke said. "This centre lets them stay."

Captain Chambers said the centre would employ 350 people when fully operational, about 80 per cent of them technicians and engineers. The company's Chief Technical Officer, Ms. Nadine Forbes-McKoy, who will also serve as Accountable Manager of the centre, said the first customers would be two regional airlines and a Canadian leasing company.

The Airports Authority of Jamaica (AAJ) will lease 12 hectares of land beside the airport to the company for 30 years.

Also present at the signing, held at the Ministry's offices on National Heroes Circle, were the President of JAMPRO, Mr. Adrian Brissett, whose agency facilitated the investment; the Mayor of Montego Bay, Councillor Devon Whyte; and the Chairman of the AAJ, Mr. Peter Grizzle.

Jamaica's airports handled a record 6.2 million passengers in 2025. The HEART/NSTA Trust trained more than 90,000 people across all of its programmes during the last financial year.

-30-

CONTACT: Communications Unit, Ministry of Education, Skills, Youth and Information""",
[("Government of Jamaica", "Organization", ["GOJ", "the Government"]),
 ("HEART/NSTA Trust", "Organization", ["HEART Trust", "HEART/NSTA", "Human Employment and Resource Training/National Service Training Agency Trust"]),
 ("Blue Mahoe Aerotechnics Limited", "Organization", ["Blue Mahoe Aerotechnics", "Blue Mahoe", "Blue Mahoe Aerotechnics Ltd"]),
 ("University of Technology, Jamaica", "Organization", ["UTech", "University of Technology Jamaica", "UTech, Jamaica"]),
 ("Ministry of Education, Skills, Youth and Information", "Organization", ["MoESYI", "Ministry of Education", "MOEYI"]),
 ("Marcia Pennycooke", "Person", ["Pennycooke", "Minister Pennycooke"]),
 ("Dwight Lindo", "Person", ["Lindo"]),
 ("Audrey Wint-Morrison", "Person", ["Wint-Morrison"]),
 ("Errol Chambers", "Person", ["Chambers", "Captain Chambers", "Captain Errol Chambers"]),
 ("Nadine Forbes-McKoy", "Person", ["Forbes-McKoy"]),
 ("Airports Authority of Jamaica", "Organization", ["AAJ"]),
 ("Jamaica Promotions Corporation", "Organization", ["JAMPRO", "Jampro"]),
 ("Adrian Brissett", "Person", ["Brissett"]),
 ("Devon Whyte", "Person", ["Whyte"]),
 ("St James Municipal Corporation", "Organization", ["Montego Bay City Council"]),
 ("Peter Grizzle", "Person", ["Grizzle"]),
 ("Jamaica Information Service", "Organization", ["JIS"]),
 ("Sangster International Airport", "Place", ["Sangster"]),
 ("Montego Bay", "Place", []),
 ("St James", "Place", ["St. James", "Saint James"]),
 ("Kingston", "Place", []),
 ("Jamaica", "Place", ["Jamaïque"]),
 ("Canada", "Place", [])],
roles=[R("Marcia Pennycooke", ["Minister of Education, Skills, Youth and Information", "Minister", "Minister of Education"], ["Ministry of Education, Skills, Youth and Information", "Jamaica", "Government of Jamaica"], "the Minister of Education, Skills, Youth and Information, Hon. Marcia Pennycooke"),
       R("Dwight Lindo", "Managing Director", "HEART/NSTA Trust", "the Managing Director of the HEART/NSTA Trust, Mr. Dwight Lindo"),
       R("Audrey Wint-Morrison", "President", "University of Technology, Jamaica", "the President of UTech, Professor Audrey Wint-Morrison"),
       R("Errol Chambers", ["Chief Executive Officer", "CEO"], "Blue Mahoe Aerotechnics Limited", "the Chief Executive Officer of Blue Mahoe, Captain Errol Chambers"),
       R("Nadine Forbes-McKoy", ["Chief Technical Officer", "CTO"], "Blue Mahoe Aerotechnics Limited", "The company's Chief Technical Officer, Ms. Nadine Forbes-McKoy"),
       R("Nadine Forbes-McKoy", ["Accountable Manager", "Accountable Manager of the centre", "manager"], "Blue Mahoe Aerotechnics Limited", "who will also serve as Accountable Manager of the centre"),
       R("Adrian Brissett", "President", "Jamaica Promotions Corporation", "the President of JAMPRO, Mr. Adrian Brissett"),
       R("Devon Whyte", ["Mayor", "Mayor of Montego Bay", "Councillor"], ["Montego Bay", "St James Municipal Corporation"], "the Mayor of Montego Bay, Councillor Devon Whyte"),
       R("Peter Grizzle", "Chairman", "Airports Authority of Jamaica", "the Chairman of the AAJ, Mr. Peter Grizzle")],
inv=[I("Blue Mahoe Aerotechnics Limited", ["Sangster International Airport", "Montego Bay", "St James", "Jamaica"], 42000000, "USD", "over the next three years", "aircraft maintenance, repair and overhaul centre", "for a US$42-million maintenance, repair and overhaul (MRO) centre"),
     I("Blue Mahoe Aerotechnics Limited", ["Sangster International Airport", "Montego Bay", "St James", "Jamaica"], 6600000000, "JMD", "over the next three years", "JMD equivalent", "equivalent to approximately J$6.6 billion", opt=True)],
parts=[P("Blue Mahoe Aerotechnics Limited", "HEART/NSTA Trust", "tripartite MOU (aircraft maintenance training)", "The Government, through the HEART/NSTA Trust, has signed a tripartite Memorandum of Understanding (MOU)", b_alt=["Government of Jamaica", "Ministry of Education, Skills, Youth and Information"]),
       P("Blue Mahoe Aerotechnics Limited", "University of Technology, Jamaica", "tripartite MOU (aircraft maintenance training)", "with Blue Mahoe Aerotechnics Limited and the University of Technology, Jamaica (UTech)"),
       P("Airports Authority of Jamaica", "Blue Mahoe Aerotechnics Limited", "30-year land lease", "will lease 12 hectares of land beside the airport to the company for 30 years", opt=True)],
claims=[C("Blue Mahoe Aerotechnics Limited", "jobs", 350, "people when fully operational", "the centre would employ 350 people when fully operational"),
        C("HEART/NSTA Trust", "trainees", 240, "trainees", "a Level 3 aircraft maintenance programme for 240 trainees over three years"),
        C("University of Technology, Jamaica", "trainees", 40, "scholarships", "UTech will offer 40 scholarships"),
        C("HEART/NSTA Trust", "trainees", 90000, "people trained (all programmes)", "trained more than 90,000 people across all of its programmes", opt=True, note="institution's yearly total, not the project's")],
notes="Invented. Jamaican government news-agency release (JIS): dateline with agency tag, Title Case titles after the name introduced by honorifics with full stops ('Hon.', 'Mr.', 'Professor', 'Captain', 'Ms.', 'Councillor'), '-30-' sign-off and a contact line without a person. A tripartite MOU signed by the Government through a state training trust: one row per pair with the investing company (the trust, the ministry or the government accepted for the state side), none between the trust and the university. The US$ amount is the one headlined and stated first (required); the J$ equivalent is optional. 'who will also serve as Accountable Manager' is a required future post next to the current CTO post. JAMPRO facilitated (role, no partnership); the AAJ lease is optional. Passenger numbers give no fact; the trust's yearly total of trainees is optional.")

A("r04", "en", "2026-03-09", "https://example.org/bogota-ledger/business/2026/03/09/kaveriq-medellin-delivery-center",
"""Indian IT firm Kaveriq to hire 2,000 in Medellín, signs training pact with SENA

By Ledger Staff | March 9, 2026 | Business

Bengaluru-based Kaveriq Technologies will invest COP$160 billion (about US$40 million) over three years to open a software delivery center in Medellín, its first in South America, the company announced Monday at an event at the city's Plaza Mayor convention center. The center, which will start operating in July with 250 engineers, is expected to employ 2,000 people by 2029, most of them software developers, data analysts and cybersecurity specialists serving clients in the United States.

To find them, Kaveriq signed a memorandum with the National Learning Service (SENA) to train 1,500 young people in programming and cloud services over three years, and said it would work with Universidad EAFIT and the Institución Universitaria Pascual Bravo on a bilingual software engineering track that will offer 120 scholarships a year. The company is also partnering with the Ministry of Information and Communications Technologies (MinTIC) on a national coding program that it expects to reach 10,000 students in Antioquia through free online courses.

"Medellín reminds us of Pune fifteen years ago: young, hungry and underpriced," said Kaveriq's chief executive, Raghavendra Kulkarni, who flew in for the announcement.

Mayor Sergio Arango Vélez called the investment "a vote of confidence in the city's public universities," while the city's Economic Development Secretary, Juliana Montoya Ochoa, said the municipal innovation agency Ruta N had helped the company find its building and obtain permits. Ruta N's executive director, Camilo Bedoya Jaramillo, said the agency had accompanied 31 foreign technology companies to Medellín since 2024.

ICT Vice Minister Andrés Mauricio Lozada and ProColombia's vice president of investment, Sandra Milena Osorio, also attended.

The Medellín center will be headed by Natalia Zapata Gaviria, a Colombian engineer who currently runs Kaveriq's delivery operations in Guadalajara, Mexico. She said about 40 percent of the first hires would be women.

Colombia's exports of IT and business services reached about US$1.9 billion in 2025, according to official figures, and around 48,000 people work in software and IT services in Medellín, according to Ruta N.

RELATED: Medellín metro extension wins environmental license

The peso closed at 4,020 per dollar on Monday.""",
[("Kaveriq Technologies", "Organization", ["Kaveriq"]),
 ("Servicio Nacional de Aprendizaje", "Organization", ["SENA", "Sena", "National Learning Service"]),
 ("Universidad EAFIT", "Organization", ["EAFIT"]),
 ("Institución Universitaria Pascual Bravo", "Organization", ["Pascual Bravo", "Institucion Universitaria Pascual Bravo"]),
 ("Ministerio de Tecnologías de la Información y las Comunicaciones", "Organization", ["MinTIC", "Ministry of Information and Communications Technologies", "ICT Ministry", "Mintic"]),
 ("Raghavendra Kulkarni", "Person", ["Kulkarni"]),
 ("Sergio Arango Vélez", "Person", ["Sergio Arango Velez", "Sergio Arango", "Arango Vélez"]),
 ("Alcaldía de Medellín", "Organization", ["Alcaldia de Medellin", "Medellín city government"]),
 ("Juliana Montoya Ochoa", "Person", ["Juliana Montoya", "Montoya Ochoa"]),
 ("Secretaría de Desarrollo Económico de Medellín", "Organization", ["Secretaria de Desarrollo Economico de Medellin", "Economic Development Secretariat of Medellín", "Medellín Economic Development Secretariat"]),
 ("Ruta N", "Organization", ["Corporación Ruta N"]),
 ("Camilo Bedoya Jaramillo", "Person", ["Camilo Bedoya", "Bedoya Jaramillo"]),
 ("Andrés Mauricio Lozada", "Person", ["Andres Mauricio Lozada", "Lozada"]),
 ("ProColombia", "Organization", ["Procolombia"]),
 ("Sandra Milena Osorio", "Person", ["Sandra Osorio", "Osorio"]),
 ("Natalia Zapata Gaviria", "Person", ["Natalia Zapata", "Zapata Gaviria"]),
 ("Medellín", "Place", ["Medellin"]),
 ("Antioquia", "Place", []),
 ("Bengaluru", "Place", ["Bangalore"]),
 ("Pune", "Place", []),
 ("Guadalajara", "Place", []),
 ("South America", "Place", ["América del Sur", "Amérique du Sud", "Sudamérica"]),
 ("Colombia", "Place", ["Colombie"]),
 ("India", "Place", ["Inde"]),
 US, MX],
roles=[R("Raghavendra Kulkarni", ["chief executive", "CEO", "chief executive officer"], "Kaveriq Technologies", "said Kaveriq's chief executive, Raghavendra Kulkarni"),
       R("Sergio Arango Vélez", "Mayor", ["Medellín", "Alcaldía de Medellín"], "Mayor Sergio Arango Vélez called the investment"),
       R("Juliana Montoya Ochoa", ["Economic Development Secretary", "secretary of economic development"], ["Secretaría de Desarrollo Económico de Medellín", "Medellín", "Alcaldía de Medellín"], "the city's Economic Development Secretary, Juliana Montoya Ochoa"),
       R("Camilo Bedoya Jaramillo", "executive director", "Ruta N", "Ruta N's executive director, Camilo Bedoya Jaramillo"),
       R("Andrés Mauricio Lozada", ["ICT Vice Minister", "vice minister"], ["Ministerio de Tecnologías de la Información y las Comunicaciones", "Colombia"], "ICT Vice Minister Andrés Mauricio Lozada"),
       R("Sandra Milena Osorio", ["vice president of investment", "vice president"], "ProColombia", "ProColombia's vice president of investment, Sandra Milena Osorio"),
       R("Natalia Zapata Gaviria", ["head of the Medellín center", "head", "center head", "director"], "Kaveriq Technologies", "The Medellín center will be headed by Natalia Zapata Gaviria"),
       R("Natalia Zapata Gaviria", ["head of delivery operations in Guadalajara", "runs delivery operations", "head of delivery operations"], "Kaveriq Technologies", "who currently runs Kaveriq's delivery operations in Guadalajara, Mexico")],
inv=[I("Kaveriq Technologies", ["Medellín", "Antioquia", "Colombia"], 160000000000, "COP", "over three years", "software delivery center", "will invest COP$160 billion (about US$40 million) over three years"),
     I("Kaveriq Technologies", ["Medellín", "Antioquia", "Colombia"], 40000000, "USD", "over three years", "USD equivalent", "(about US$40 million)", opt=True)],
parts=[P("Kaveriq Technologies", "Servicio Nacional de Aprendizaje", "training in programming and cloud services", "Kaveriq signed a memorandum with the National Learning Service (SENA)"),
       P("Kaveriq Technologies", "Universidad EAFIT", "bilingual software engineering track", "said it would work with Universidad EAFIT"),
       P("Kaveriq Technologies", "Institución Universitaria Pascual Bravo", "bilingual software engineering track", "and the Institución Universitaria Pascual Bravo on a bilingual software engineering track"),
       P("Kaveriq Technologies", "Ministerio de Tecnologías de la Información y las Comunicaciones", "national coding program", "The company is also partnering with the Ministry of Information and Communications Technologies (MinTIC)")],
claims=[C("Kaveriq Technologies", "jobs", 2000, "people by 2029", "is expected to employ 2,000 people by 2029"),
        C("Kaveriq Technologies", "jobs", 250, "engineers at opening", "will start operating in July with 250 engineers", opt=True, note="first stage of the 2,000"),
        C("Kaveriq Technologies", "trainees", 1500, "young people", "to train 1,500 young people in programming"),
        C("Kaveriq Technologies", "trainees", 120, "scholarships a year", "will offer 120 scholarships a year"),
        C("Kaveriq Technologies", "people_reached", 10000, "students", "reach 10,000 students in Antioquia"),
        C("Medellín", "jobs", 48000, "people in software and IT services", "around 48,000 people work in software and IT services in Medellín", opt=True, note="sector employment")],
notes="Invented. English-language Colombian business paper with byline line, a 'RELATED:' chrome line and the exchange rate at the end. 'COP$160 billion (about US$40 million)' = 1.6e11 COP required, the dollar figure optional. Four partnerships in three shapes: 'signed a memorandum with', 'said it would work with X and Y on', 'is also partnering with' a ministry. Ruta N 'had helped' the company and ProColombia attended: roles, no partnership. The future head of the center ('will be headed by') and her current post ('who currently runs ... operations in Guadalajara') are both required. Vice posts: 'ICT Vice Minister', 'vice president of investment'. Students reached by online courses are people_reached; scholarships are trainees. The 31 companies accompanied by Ruta N, exports, women's share and the exchange rate give no fact.")

A("r05", "en", "2026-04-07", "https://example.org/industry/2026/04/07/hollerbach-anapolis-gearbox-plant",
"""German drive maker Hollerbach to build R$480 million gearbox plant in Goiás

ANÁPOLIS, Brazil, April 7 — Hollerbach Antriebstechnik, a family-owned German maker of industrial gearboxes and electric drives, will invest R$480 million (about $86 million) in a plant in the Anápolis Agroindustrial District (Daia), its first factory in Latin America, the company said on Tuesday.

The plant, due to open in the first half of 2028, will make gear units for agricultural machinery, mining conveyors and sugar mills, markets where Brazilian demand has outgrown imports from Germany and China. It will employ 650 people directly and create around 1,800 indirect jobs in the region, according to the state government.

Hollerbach will run a technical apprenticeship program in partnership with Senai Goiás and the Federal Institute of Goiás (IFG), with support from the state Secretariat of Industry, Trade and Services, which will pay for equipment at a Senai training center in Anápolis. The program will take in 200 apprentices over its first three years, and IFG will offer 30 scholarships a year for its mechatronics engineering course. Hollerbach has also signed a research agreement with the Federal University of Goiás (UFG) on gear wear in tropical conditions.

"We looked at Paraná and São Paulo, but the customers are here, in the Center-West," said Hollerbach's chief executive, Henrike Hollerbach-Albers, the fourth generation of the founding family to run the company. The Brazilian unit, Hollerbach do Brasil, will be led by managing director Fábio Morandini Teles, who currently heads the company's sales office in Campinas.

The announcement was made at the Palácio das Esmeraldas in Goiânia in the presence of Governor Rui Carvalhedo Lemes, Industry, Trade and Services Secretary Patrícia Mendonça Arraes, Anápolis Mayor Geraldo Tavares Brito, Senai Goiás Regional Director Edson Paranhos Lima, IFG Rector Rosângela Queiroz Matos and Germany's consul general in São Paulo, Jörg Hellwig.

The state will cut the ICMS tax on the plant's output for 15 years under its Produzir incentive program, and the state development agency GoiásFomento has approved a R$60 million credit line for the project.

Brazil's machinery and equipment industry had revenue of about R$380 billion in 2025, and some 1,400 German companies operate in the country, according to industry groups. Hollerbach, founded in 1921 in Bielefeld, had sales of €640 million last year and employs 3,900 people in eleven countries.""",
[("Hollerbach Antriebstechnik", "Organization", ["Hollerbach", "Hollerbach Antriebstechnik GmbH"]),
 ("Hollerbach do Brasil", "Organization", []),
 ("Senai Goiás", "Organization", ["Senai Goias", "Senai", "SENAI", "Serviço Nacional de Aprendizagem Industrial"]),
 ("Instituto Federal de Goiás", "Organization", ["IFG", "Federal Institute of Goiás", "Instituto Federal de Goias", "Federal Institute of Goias"]),
 ("Universidade Federal de Goiás", "Organization", ["UFG", "Federal University of Goiás", "Universidade Federal de Goias"]),
 ("Secretaria de Indústria, Comércio e Serviços de Goiás", "Organization", ["Secretaria de Industria, Comercio e Servicos de Goias", "state Secretariat of Industry, Trade and Services", "Secretariat of Industry, Trade and Services", "SIC"]),
 ("Governo de Goiás", "Organization", ["Goiás state government", "Governo do Estado de Goiás", "Goias state government"]),
 ("Agência de Fomento de Goiás", "Organization", ["GoiásFomento", "GoiasFomento", "Goiás Fomento"]),
 ("Henrike Hollerbach-Albers", "Person", ["Hollerbach-Albers"]),
 ("Fábio Morandini Teles", "Person", ["Fabio Morandini Teles", "Fábio Morandini", "Morandini Teles"]),
 ("Rui Carvalhedo Lemes", "Person", ["Rui Carvalhedo", "Carvalhedo Lemes"]),
 ("Patrícia Mendonça Arraes", "Person", ["Patricia Mendonca Arraes", "Patrícia Mendonça", "Mendonça Arraes"]),
 ("Geraldo Tavares Brito", "Person", ["Geraldo Tavares", "Tavares Brito"]),
 ("Prefeitura de Anápolis", "Organization", ["Prefeitura de Anapolis", "Anápolis city hall"]),
 ("Edson Paranhos Lima", "Person", ["Edson Paranhos", "Paranhos Lima"]),
 ("Rosângela Queiroz Matos", "Person", ["Rosangela Queiroz Matos", "Rosângela Queiroz", "Queiroz Matos"]),
 ("Jörg Hellwig", "Person", ["Jorg Hellwig", "Joerg Hellwig", "Hellwig"]),
 ("Anápolis", "Place", ["Anapolis", "Anápolis Agroindustrial District", "Daia"]),
 ("Goiânia", "Place", ["Goiania"]),
 ("Goiás", "Place", ["Goias", "state of Goiás"]),
 ("Campinas", "Place", []),
 ("Paraná", "Place", ["Parana"]),
 ("São Paulo", "Place", ["Sao Paulo", "São Paulo state"]),
 ("Center-West", "Place", ["Centro-Oeste"]),
 ("Bielefeld", "Place", []),
 ("Latin America", "Place", ["América Latina", "Amérique latine"]),
 ("Germany", "Place", ["Alemania", "Allemagne"]),
 ("China", "Place", ["Chine"]),
 ("Brazil", "Place", ["Brasil", "Brésil"])],
roles=[R("Henrike Hollerbach-Albers", ["chief executive", "CEO", "chief executive officer"], "Hollerbach Antriebstechnik", "said Hollerbach's chief executive, Henrike Hollerbach-Albers"),
       R("Fábio Morandini Teles", ["managing director", "head of the Brazilian unit"], ["Hollerbach do Brasil", "Hollerbach Antriebstechnik"], "will be led by managing director Fábio Morandini Teles"),
       R("Fábio Morandini Teles", ["head of the sales office in Campinas", "head of the sales office", "heads the sales office"], "Hollerbach Antriebstechnik", "who currently heads the company's sales office in Campinas"),
       R("Rui Carvalhedo Lemes", "Governor", ["Goiás", "Governo de Goiás"], "Governor Rui Carvalhedo Lemes"),
       R("Patrícia Mendonça Arraes", ["Industry, Trade and Services Secretary", "secretary of industry, trade and services", "secretary"], ["Secretaria de Indústria, Comércio e Serviços de Goiás", "Goiás"], "Industry, Trade and Services Secretary Patrícia Mendonça Arraes"),
       R("Geraldo Tavares Brito", ["Mayor", "Anápolis Mayor"], ["Anápolis", "Prefeitura de Anápolis"], "Anápolis Mayor Geraldo Tavares Brito"),
       R("Edson Paranhos Lima", ["Regional Director", "Senai Goiás Regional Director"], "Senai Goiás", "Senai Goiás Regional Director Edson Paranhos Lima"),
       R("Rosângela Queiroz Matos", ["Rector", "IFG Rector"], "Instituto Federal de Goiás", "IFG Rector Rosângela Queiroz Matos"),
       R("Jörg Hellwig", ["consul general", "consul general in São Paulo"], "Germany", "Germany's consul general in São Paulo, Jörg Hellwig")],
inv=[I("Hollerbach Antriebstechnik", ["Anápolis", "Goiás", "Brazil"], 480000000, "BRL", "plant opening in the first half of 2028", "industrial gearbox plant", "will invest R$480 million (about $86 million)", alts=["Hollerbach do Brasil"]),
     I("Hollerbach Antriebstechnik", ["Anápolis", "Goiás", "Brazil"], 86000000, "USD", None, "USD equivalent", "(about $86 million)", opt=True, alts=["Hollerbach do Brasil"])],
parts=[P("Hollerbach Antriebstechnik", "Senai Goiás", "technical apprenticeship program", "in partnership with Senai Goiás and the Federal Institute of Goiás (IFG)", a_alt=["Hollerbach do Brasil"]),
       P("Hollerbach Antriebstechnik", "Instituto Federal de Goiás", "technical apprenticeship program", "and the Federal Institute of Goiás (IFG), with support from", a_alt=["Hollerbach do Brasil"]),
       P("Hollerbach Antriebstechnik", "Universidade Federal de Goiás", "research on gear wear", "Hollerbach has also signed a research agreement with the Federal University of Goiás (UFG)", a_alt=["Hollerbach do Brasil"]),
       P("Hollerbach Antriebstechnik", "Secretaria de Indústria, Comércio e Serviços de Goiás", "support (training equipment)", "with support from the state Secretariat of Industry, Trade and Services", opt=True, b_alt=["Governo de Goiás"]),
       P("Agência de Fomento de Goiás", "Hollerbach Antriebstechnik", "credit line", "has approved a R$60 million credit line for the project", opt=True, b_alt=["Hollerbach do Brasil"])],
claims=[C("Hollerbach Antriebstechnik", "jobs", 650, "direct jobs", "It will employ 650 people directly"),
        C("Hollerbach Antriebstechnik", "jobs", 1800, "indirect jobs", "around 1,800 indirect jobs", note="indirect"),
        C("Hollerbach Antriebstechnik", "trainees", 200, "apprentices", "The program will take in 200 apprentices"),
        C("Instituto Federal de Goiás", "trainees", 30, "scholarships a year", "IFG will offer 30 scholarships a year"),
        C("Hollerbach Antriebstechnik", "jobs", 3900, "employees worldwide", "employs 3,900 people in eleven countries", opt=True, note="existing workforce")],
notes="Invented. Industry-press piece from Brazil. 'R$480 million (about $86 million)' = 4.8e8 BRL required, USD optional. 'in partnership with X and Y, with support from Z': X and Y required, the state secretariat's support optional (it pays for equipment, no agreement stated); a separate research agreement is required; the state development agency's credit line is an optional loan link. A long list of officials at the ceremony, all with Title Case titles before the names and no commas ('Industry, Trade and Services Secretary X', 'Anápolis Mayor X', 'Senai Goiás Regional Director X', 'IFG Rector X'); a consul general's org is the country he represents. The future head of the Brazilian unit and his current post are both required. The ICMS cut (a tax break), industry revenue, the German company count and sales give no fact.")

A("r06", "en", "2026-05-12", "https://example.org/mining-energy/2026/05/12/kuranda-antofagasta-workforce-alliance",
"""Kuranda signs Antofagasta workforce alliance for $1.4 billion Mejillones ammonia plant

Kuranda Green Ammonia, the Brisbane-listed developer that took a final investment decision in March on a green ammonia plant at Mejillones, has signed a memorandum of understanding with the Antofagasta regional government and three local education institutions to train the workforce the plant will need, with a particular focus on women, who hold fewer than one in five jobs in the region's mining and energy industries.

The alliance brings together Kuranda, the Universidad Católica del Norte (UCN), the Universidad de Antofagasta and the technical institute Inacap, while the national training agency Sence will co-fund courses through its regional employment programs.

Over four years the partners aim to certify 500 women as electrical, instrumentation and process technicians, grant 80 university scholarships in chemical and electrical engineering, and run outreach sessions for some 6,000 secondary students in Antofagasta, Mejillones and Tocopilla.

Kuranda will invest about $1.4 billion in the project, which combines a 600-megawatt electrolyser, a desalination plant and an ammonia synthesis unit able to produce 300,000 tonnes a year, with first shipments planned for 2029. Construction will employ about 2,800 workers at its peak, and the plant 320 permanent staff. A study commissioned by the company estimates the plant will add about 1.1% to the Antofagasta region's GDP once running.

The MOU was signed in Antofagasta by regional governor Ricardo Zepeda Olmos, Kuranda's Chile country manager Fernanda Contreras Lisboa, UCN rector Gonzalo Berríos Tapia, Universidad de Antofagasta rector Ximena Saavedra Núñez and Inacap's Antofagasta campus director Rolando Catalán Vera. Energy Minister Beatriz Loyola Carrasco joined by video link from Santiago, and Sence's regional director, Marcela Ibáñez Fuenzalida, said the first courses would open in August.

"We are not going to build a hydrogen industry in the desert with workers flown in from Santiago and Perth," said Kuranda's managing director, Callum Ashdown, who will move to Chile in July to oversee construction.

Chile's Antofagasta region produced about 53% of the country's copper last year, and the government expects green hydrogen projects worth more than $30 billion to seek permits before 2030.""",
[("Kuranda Green Ammonia", "Organization", ["Kuranda"]),
 ("Gobierno Regional de Antofagasta", "Organization", ["Antofagasta regional government", "GORE Antofagasta"]),
 ("Universidad Católica del Norte", "Organization", ["UCN", "Universidad Catolica del Norte"]),
 ("Universidad de Antofagasta", "Organization", ["UA"]),
 ("Inacap", "Organization", ["INACAP"]),
 ("Servicio Nacional de Capacitación y Empleo", "Organization", ["Sence", "SENCE", "Servicio Nacional de Capacitacion y Empleo"]),
 ("Ministerio de Energía de Chile", "Organization", ["Ministerio de Energía", "Energy Ministry", "Ministry of Energy"]),
 ("Ricardo Zepeda Olmos", "Person", ["Ricardo Zepeda", "Zepeda Olmos"]),
 ("Fernanda Contreras Lisboa", "Person", ["Fernanda Contreras", "Contreras Lisboa"]),
 ("Gonzalo Berríos Tapia", "Person", ["Gonzalo Berrios Tapia", "Gonzalo Berríos", "Berríos Tapia"]),
 ("Ximena Saavedra Núñez", "Person", ["Ximena Saavedra Nunez", "Ximena Saavedra", "Saavedra Núñez"]),
 ("Rolando Catalán Vera", "Person", ["Rolando Catalan Vera", "Rolando Catalán", "Catalán Vera"]),
 ("Beatriz Loyola Carrasco", "Person", ["Beatriz Loyola", "Loyola Carrasco"]),
 ("Marcela Ibáñez Fuenzalida", "Person", ["Marcela Ibanez Fuenzalida", "Marcela Ibáñez", "Ibáñez Fuenzalida"]),
 ("Callum Ashdown", "Person", ["Ashdown"]),
 ("Mejillones", "Place", []),
 ("Antofagasta", "Place", ["Antofagasta region", "región de Antofagasta"]),
 ("Tocopilla", "Place", []),
 ("Santiago", "Place", ["Santiago de Chile"]),
 ("Brisbane", "Place", []),
 ("Perth", "Place", []),
 ("Chile", "Place", ["Chili"]),
 ("Australia", "Place", ["Australie"])],
roles=[R("Ricardo Zepeda Olmos", ["regional governor", "governor"], ["Antofagasta", "Gobierno Regional de Antofagasta"], "regional governor Ricardo Zepeda Olmos"),
       R("Fernanda Contreras Lisboa", ["country manager", "Chile country manager"], "Kuranda Green Ammonia", "Kuranda's Chile country manager Fernanda Contreras Lisboa"),
       R("Gonzalo Berríos Tapia", "rector", "Universidad Católica del Norte", "UCN rector Gonzalo Berríos Tapia"),
       R("Ximena Saavedra Núñez", "rector", "Universidad de Antofagasta", "Universidad de Antofagasta rector Ximena Saavedra Núñez"),
       R("Rolando Catalán Vera", ["campus director", "Antofagasta campus director", "director"], "Inacap", "Inacap's Antofagasta campus director Rolando Catalán Vera"),
       R("Beatriz Loyola Carrasco", ["Energy Minister", "minister of energy", "minister"], ["Ministerio de Energía de Chile", "Chile"], "Energy Minister Beatriz Loyola Carrasco"),
       R("Marcela Ibáñez Fuenzalida", ["regional director", "director"], "Servicio Nacional de Capacitación y Empleo", "Sence's regional director, Marcela Ibáñez Fuenzalida"),
       R("Callum Ashdown", "managing director", "Kuranda Green Ammonia", "said Kuranda's managing director, Callum Ashdown")],
inv=[I("Kuranda Green Ammonia", ["Mejillones", "Antofagasta", "Chile"], 1400000000, "USD", "first shipments planned for 2029", "green ammonia plant (electrolyser, desalination, ammonia synthesis)", "Kuranda will invest about $1.4 billion in the project")],
parts=[P("Kuranda Green Ammonia", "Gobierno Regional de Antofagasta", "workforce MOU", "has signed a memorandum of understanding with the Antofagasta regional government", b_alt=["Antofagasta"]),
       P("Kuranda Green Ammonia", "Universidad Católica del Norte", "workforce alliance", "The alliance brings together Kuranda, the Universidad Católica del Norte (UCN)"),
       P("Kuranda Green Ammonia", "Universidad de Antofagasta", "workforce alliance", "the Universidad de Antofagasta and the technical institute Inacap"),
       P("Kuranda Green Ammonia", "Inacap", "workforce alliance", "and the technical institute Inacap, while the national training agency Sence"),
       P("Kuranda Green Ammonia", "Servicio Nacional de Capacitación y Empleo", "co-funding of courses", "the national training agency Sence will co-fund courses", opt=True)],
claims=[C("Kuranda Green Ammonia", "trainees", 500, "women technicians", "certify 500 women as electrical, instrumentation and process technicians"),
        C("Kuranda Green Ammonia", "trainees", 80, "scholarships", "grant 80 university scholarships"),
        C("Kuranda Green Ammonia", "people_reached", 6000, "secondary students", "run outreach sessions for some 6,000 secondary students"),
        C("Kuranda Green Ammonia", "jobs", 2800, "construction workers at peak", "Construction will employ about 2,800 workers at its peak", note="construction peak"),
        C("Kuranda Green Ammonia", "jobs", 320, "permanent staff", "the plant 320 permanent staff", note="permanent"),
        C("Kuranda Green Ammonia", "gdp_contribution", 1.1, "% of regional GDP", "will add about 1.1% to the Antofagasta region's GDP"),
        C("Kuranda Green Ammonia", "other", 300000, "tonnes a year", "able to produce 300,000 tonnes a year", opt=True)],
notes="Invented. Mining/energy trade piece. The MOU is with the regional government and the alliance 'brings together' the company and three institutions: one row per pair with the company (none between the universities); Sence's co-funding is optional (like 'with support from'). The investment sentence comes in the fourth paragraph after the training program. All signatories listed in one sentence with lower-case titles before the names and no commas ('regional governor X', 'UCN rector X', 'Inacap's Antofagasta campus director X'). A regional GDP lift stated in a company study is gdp_contribution (probes2: provincial GDP). 'who will move to Chile in July to oversee construction' is not a new post. Copper share and the national hydrogen pipeline give no fact; the tonnage is optional.")

A("r07", "en", "2026-06-09", "https://example.org/tt-business/2026/06/09/tarpon-reach-la-brea-fabrication-yard",
"""Tarpon Reach Subsea to build TT$340m fabrication yard at La Brea, signs MOU with UTT and NESC

BUSINESS

Tarpon Reach Subsea Services, a Houston-based offshore engineering and installation company, will invest TT$340 million (about US$50 million) in a fabrication and maintenance yard at the La Brea Industrial Estate, creating about 220 permanent jobs once the facility is running, Energy Minister Vishnu Ramcharan announced yesterday.

Speaking at the signing of a memorandum of understanding between Tarpon Reach, the University of Trinidad and Tobago (UTT) and the NESC Technical and Vocational Training Institute, the Minister of Energy and Energy Industries said the yard would make La Brea "the place where the deep-water work of the region gets built, not just where it gets talked about."

Under the MOU, UTT will develop a certificate in subsea systems and offer 25 scholarships a year, while NESC will train 120 apprentice welders, riggers and machinists over two years.

Advertisement

Tarpon Reach's vice-president for the Caribbean and Latin America, Melissa Doyle-Chandler, said construction would begin in the fourth quarter and employ about 400 people at its peak. The yard will assemble and test subsea manifolds and pipeline structures for gas fields off Trinidad's east coast and for oil projects in Guyana and Suriname.

The yard will be operated by a local subsidiary, Tarpon Reach Subsea Trinidad Ltd, whose country manager will be Marcus Alleyne, currently the company's operations manager in Guyana.

Evolving TecKnologies and Enterprise Development Company (eTeck), the State agency that manages the estate, will lease nine hectares to the company for 25 years.

Also at the ceremony at the ministry's offices in Port of Spain were the Minister of Tertiary Education and Skills Training, Dr Lisa-Marie Gomes; UTT president Prof Keith Baptiste; NESC chief executive officer Sharon Dhanraj; and Siparia Regional Corporation chairman Deoraj Sankar, who asked that at least half of the jobs go to residents of La Brea, Point Fortin and Siparia.

Trinidad and Tobago's natural gas production averaged 2.6 billion cubic feet a day in 2025, down from more than four billion a decade earlier, and the energy sector still accounts for about a third of GDP.

Ramcharan said the Government was also in talks with two other service companies about""",
[("Tarpon Reach Subsea Services", "Organization", ["Tarpon Reach Subsea", "Tarpon Reach"]),
 ("Tarpon Reach Subsea Trinidad Ltd", "Organization", ["Tarpon Reach Subsea Trinidad", "Tarpon Reach Trinidad"]),
 ("University of Trinidad and Tobago", "Organization", ["UTT"]),
 ("NESC Technical and Vocational Training Institute", "Organization", ["NESC", "National Energy Skills Center"]),
 ("Ministry of Energy and Energy Industries", "Organization", ["MEEI", "Energy Ministry", "ministry of energy"]),
 ("Ministry of Tertiary Education and Skills Training", "Organization", ["MTEST"]),
 ("Evolving TecKnologies and Enterprise Development Company", "Organization", ["eTeck", "ETECK"]),
 ("Siparia Regional Corporation", "Organization", ["SRC"]),
 ("Vishnu Ramcharan", "Person", ["Ramcharan"]),
 ("Melissa Doyle-Chandler", "Person", ["Doyle-Chandler"]),
 ("Marcus Alleyne", "Person", ["Alleyne"]),
 ("Lisa-Marie Gomes", "Person", ["Gomes"]),
 ("Keith Baptiste", "Person", ["Baptiste"]),
 ("Sharon Dhanraj", "Person", ["Dhanraj"]),
 ("Deoraj Sankar", "Person", ["Sankar"]),
 ("La Brea", "Place", ["La Brea Industrial Estate"]),
 ("Point Fortin", "Place", []),
 ("Siparia", "Place", []),
 ("Port of Spain", "Place", []),
 ("Houston", "Place", []),
 ("Trinidad and Tobago", "Place", ["Trinidad", "T&T", "Trinité-et-Tobago", "Trinidad y Tobago"]),
 ("Guyana", "Place", []),
 ("Suriname", "Place", []),
 ("Caribbean", "Place", ["Caribe", "Caraïbes"]),
 ("Latin America", "Place", ["América Latina", "Amérique latine"])],
roles=[R("Vishnu Ramcharan", ["Minister of Energy and Energy Industries", "Energy Minister", "minister"], ["Ministry of Energy and Energy Industries", "Trinidad and Tobago"], "Energy Minister Vishnu Ramcharan announced yesterday"),
       R("Melissa Doyle-Chandler", ["vice-president for the Caribbean and Latin America", "vice-president"], "Tarpon Reach Subsea Services", "Tarpon Reach's vice-president for the Caribbean and Latin America, Melissa Doyle-Chandler"),
       R("Marcus Alleyne", ["country manager"], ["Tarpon Reach Subsea Trinidad Ltd", "Tarpon Reach Subsea Services"], "whose country manager will be Marcus Alleyne"),
       R("Marcus Alleyne", ["operations manager", "operations manager in Guyana"], "Tarpon Reach Subsea Services", "currently the company's operations manager in Guyana"),
       R("Lisa-Marie Gomes", ["Minister of Tertiary Education and Skills Training", "Minister"], ["Ministry of Tertiary Education and Skills Training", "Trinidad and Tobago"], "the Minister of Tertiary Education and Skills Training, Dr Lisa-Marie Gomes"),
       R("Keith Baptiste", ["president", "UTT president"], "University of Trinidad and Tobago", "UTT president Prof Keith Baptiste"),
       R("Sharon Dhanraj", ["chief executive officer", "CEO"], "NESC Technical and Vocational Training Institute", "NESC chief executive officer Sharon Dhanraj"),
       R("Deoraj Sankar", "chairman", "Siparia Regional Corporation", "Siparia Regional Corporation chairman Deoraj Sankar")],
inv=[I("Tarpon Reach Subsea Services", ["La Brea", "Trinidad and Tobago"], 340000000, "TTD", "construction from the fourth quarter", "fabrication and maintenance yard", "will invest TT$340 million (about US$50 million)", alts=["Tarpon Reach Subsea Trinidad Ltd"]),
     I("Tarpon Reach Subsea Services", ["La Brea", "Trinidad and Tobago"], 50000000, "USD", None, "USD equivalent", "(about US$50 million)", opt=True, alts=["Tarpon Reach Subsea Trinidad Ltd"])],
parts=[P("Tarpon Reach Subsea Services", "University of Trinidad and Tobago", "MOU (subsea certificate, scholarships)", "the signing of a memorandum of understanding between Tarpon Reach, the University of Trinidad and Tobago (UTT)"),
       P("Tarpon Reach Subsea Services", "NESC Technical and Vocational Training Institute", "MOU (apprentice training)", "and the NESC Technical and Vocational Training Institute, the Minister"),
       P("Evolving TecKnologies and Enterprise Development Company", "Tarpon Reach Subsea Services", "25-year land lease", "will lease nine hectares to the company for 25 years", opt=True)],
claims=[C("Tarpon Reach Subsea Services", "jobs", 220, "permanent jobs", "creating about 220 permanent jobs"),
        C("Tarpon Reach Subsea Services", "jobs", 400, "construction workers at peak", "employ about 400 people at its peak", note="construction peak"),
        C("University of Trinidad and Tobago", "trainees", 25, "scholarships a year", "offer 25 scholarships a year"),
        C("NESC Technical and Vocational Training Institute", "trainees", 120, "apprentices", "NESC will train 120 apprentice welders, riggers and machinists")],
notes="Invented. Trinidad and Tobago business page with section and 'Advertisement' chrome; the excerpt stops mid-sentence. 'TT$340 million (about US$50 million)' = 3.4e8 TTD required, USD optional. The minister is named with a Title Case title before the name in the first paragraph and only by his full title in the next ('the Minister of Energy and Energy Industries said'). A three-way MOU gives one row per pair with the company (none between UTT and NESC). The local subsidiary's future country manager and his current post are both required. The state estate manager's lease is optional. Officials at the ceremony in a semicolon list mixing 'the Minister of X, Dr Y' and lower-case titles before names ('UTT president Prof X', 'NESC chief executive officer X', 'Siparia Regional Corporation chairman X'). Gas output and the energy share of GDP give no fact.")
