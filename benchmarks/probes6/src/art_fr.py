# French articles r16-r24 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])
FR = ("France", "Place", ["Francia"])
CO = ("Colombia", "Place", ["Colombie"])
HT = ("Haiti", "Place", ["Haïti", "Haití"])
BE = ("Belgium", "Place", ["Belgique", "Bélgica"])
CL = ("Chile", "Place", ["Chili"])
PE = ("Peru", "Place", ["Pérou", "Perú"])
BR = ("Brazil", "Place", ["Brésil", "Brasil"])
DO = ("Dominican Republic", "Place", ["République dominicaine", "República Dominicana"])

A("r16", "fr", "2026-02-19", "https://example.org/rail-urbain/2026/02/19/bogota-ligne-3-consortium-metro-sabana",
"""Colombie : le consortium mené par Altévia Rail remporte les systèmes de la ligne 3 du métro de Bogota

L'Empresa Metro de Bogotá (EMB) a attribué jeudi au consortium Metro Sabana, mené par le français Altévia Rail aux côtés des colombiens Constructora Sabana Norte et Ingeniería Tequendama et de l'espagnol Talleres Ferroviarios del Jalón, le marché de conception, de fourniture et d'installation des systèmes ferroviaires de la future ligne 3, pour un montant de 1,15 milliard d'euros.

Le contrat, d'une durée de sept ans, couvre la voie, la signalisation automatique, l'alimentation électrique, les portes palières et la fourniture de 32 rames automatiques de six voitures, ainsi que leur maintenance pendant cinq ans après la mise en service, prévue pour 2032. Altévia Rail détient 45 % du consortium, Constructora Sabana Norte 25 %, Ingeniería Tequendama et Talleres Ferroviarios del Jalón 15 % chacun.

Pour exécuter le contrat, Altévia investira 38 millions d'euros dans un atelier d'assemblage des rames à Mosquera, à l'ouest de la capitale, qui emploiera 260 personnes à partir de 2028. Au plus fort du chantier, le consortium mobilisera quelque 3 500 personnes.

« Bogota sera la première ville d'Amérique latine à exploiter deux lignes entièrement automatiques construites en moins de dix ans », a déclaré le président-directeur général d'Altévia Rail, Grégoire Lemaire-Duval, qui a signé le contrat avec la gérante générale de l'EMB, Paola Andrea Riveros Nieto.

Lire aussi : Au Pérou, la ligne 2 du métro de Lima accueille ses premiers voyageurs

La cérémonie s'est tenue au Palais Liévano en présence du maire de Bogota, Santiago Forero Leyva, de la ministre colombienne des Transports, Marcela Quintero Ariza, et de l'ambassadeur de France en Colombie, Jean-Baptiste Rouvière.

Longue de 21 kilomètres et dotée de 17 stations, la ligne 3 reliera Soacha au centre de Bogota. Son coût total est estimé à 4,3 milliards de dollars, financés à 70 % par la Nation et à 30 % par le District ; la Banque mondiale et l'Agence française de développement (AFD) ont annoncé des prêts de 600 millions et de 350 millions de dollars.

Altévia Rail, dont le siège est à Villeurbanne, a réalisé en 2025 un chiffre d'affaires de 2,4 milliards d'euros et emploie 9 800 salariés dans le monde.""",
[("Empresa Metro de Bogotá", "Organization", ["EMB", "Empresa Metro de Bogota"]),
 ("Metro Sabana", "Organization", ["consortium Metro Sabana", "Consorcio Metro Sabana"]),
 ("Altévia Rail", "Organization", ["Altevia Rail", "Altévia", "Altevia"]),
 ("Constructora Sabana Norte", "Organization", []),
 ("Ingeniería Tequendama", "Organization", ["Ingenieria Tequendama"]),
 ("Talleres Ferroviarios del Jalón", "Organization", ["Talleres Ferroviarios del Jalon"]),
 ("Alcaldía Mayor de Bogotá", "Organization", ["Alcaldia Mayor de Bogota", "District de Bogota"]),
 ("Ministerio de Transporte", "Organization", ["ministère colombien des Transports", "Ministerio de Transporte de Colombia"]),
 ("Banque mondiale", "Organization", ["Banco Mundial", "World Bank"]),
 ("Agence française de développement", "Organization", ["AFD", "Agence francaise de developpement"]),
 ("Grégoire Lemaire-Duval", "Person", ["Gregoire Lemaire-Duval", "Lemaire-Duval"]),
 ("Paola Andrea Riveros Nieto", "Person", ["Paola Andrea Riveros", "Riveros Nieto"]),
 ("Santiago Forero Leyva", "Person", ["Santiago Forero", "Forero Leyva"]),
 ("Marcela Quintero Ariza", "Person", ["Marcela Quintero", "Quintero Ariza"]),
 ("Jean-Baptiste Rouvière", "Person", ["Jean-Baptiste Rouviere", "Rouvière"]),
 ("Bogotá", "Place", ["Bogota"]),
 ("Mosquera", "Place", []),
 ("Soacha", "Place", []),
 ("Villeurbanne", "Place", []),
 ("Latin America", "Place", ["Amérique latine", "América Latina"]),
 ("Spain", "Place", ["Espagne", "España"]),
 CO, FR],
roles=[R("Grégoire Lemaire-Duval", ["président-directeur général", "PDG"], "Altévia Rail", "a déclaré le président-directeur général d'Altévia Rail, Grégoire Lemaire-Duval"),
       R("Paola Andrea Riveros Nieto", ["gérante générale", "gerente general"], "Empresa Metro de Bogotá", "la gérante générale de l'EMB, Paola Andrea Riveros Nieto"),
       R("Santiago Forero Leyva", ["maire", "maire de Bogota", "alcalde mayor"], ["Bogotá", "Alcaldía Mayor de Bogotá"], "du maire de Bogota, Santiago Forero Leyva"),
       R("Marcela Quintero Ariza", ["ministre des Transports", "ministre"], ["Ministerio de Transporte", "Colombia"], "de la ministre colombienne des Transports, Marcela Quintero Ariza"),
       R("Jean-Baptiste Rouvière", ["ambassadeur", "ambassadeur de France en Colombie"], "France", "de l'ambassadeur de France en Colombie, Jean-Baptiste Rouvière")],
inv=[I("Altévia Rail", ["Mosquera", "Colombia"], 38000000, "EUR", "emploi à partir de 2028", "atelier d'assemblage des rames", "Altévia investira 38 millions d'euros dans un atelier d'assemblage des rames à Mosquera"),
     I("Empresa Metro de Bogotá", ["Bogotá", "Colombia"], 1150000000, "EUR", "sept ans", "marché des systèmes ferroviaires de la ligne 3 (montant du contrat)", "pour un montant de 1,15 milliard d'euros", opt=True, alts=["Metro Sabana", "Altévia Rail", "Constructora Sabana Norte", "Ingeniería Tequendama", "Talleres Ferroviarios del Jalón"]),
     I("Empresa Metro de Bogotá", ["Bogotá", "Colombia"], 4300000000, "USD", None, "coût total de la ligne 3 (budget public)", "Son coût total est estimé à 4,3 milliards de dollars", opt=True, alts=["Alcaldía Mayor de Bogotá"])],
parts=[P("Altévia Rail", "Constructora Sabana Norte", "consortium Metro Sabana", "mené par le français Altévia Rail aux côtés des colombiens Constructora Sabana Norte", a_alt=["Metro Sabana"]),
       P("Altévia Rail", "Ingeniería Tequendama", "consortium Metro Sabana", "Constructora Sabana Norte et Ingeniería Tequendama et de l'espagnol", a_alt=["Metro Sabana"]),
       P("Altévia Rail", "Talleres Ferroviarios del Jalón", "consortium Metro Sabana", "et de l'espagnol Talleres Ferroviarios del Jalón", a_alt=["Metro Sabana"]),
       P("Empresa Metro de Bogotá", "Metro Sabana", "marché de la ligne 3 (appel d'offres remporté)", "a attribué jeudi au consortium Metro Sabana", opt=True, b_alt=["Altévia Rail"]),
       P("Agence française de développement", "Empresa Metro de Bogotá", "prêt pour la ligne 3", "la Banque mondiale et l'Agence française de développement (AFD) ont annoncé des prêts", opt=True)],
claims=[C("Altévia Rail", "jobs", 260, "emplois à l'atelier de Mosquera", "qui emploiera 260 personnes à partir de 2028"),
        C("Metro Sabana", "jobs", 3500, "personnes au plus fort du chantier", "le consortium mobilisera quelque 3 500 personnes"),
        C("Altévia Rail", "jobs", 9800, "salariés dans le monde", "emploie 9 800 salariés dans le monde", opt=True, note="existing workforce"),
        C("Metro Sabana", "other", 32, "rames automatiques", "la fourniture de 32 rames automatiques", opt=True)],
notes="Invented. French rail trade press with a 'Lire aussi :' chrome line. A construction-and-supply contract (marché) awarded by a public client to a consortium 'mené par X aux côtés de A et B et de C': one required row per member with the lead (consortium accepted for the lead), none between the others. A decision: the contract amount ('pour un montant de 1,15 milliard d'euros') is what the client pays the contractor, so it is an optional investment row (client, consortium and members accepted) and the award is an optional partnership (public tender won, probes4); the line's total cost is a public budget (optional). The lead's own spending on an assembly workshop ('Altévia investira 38 millions d'euros') is the required investment. Shares in the consortium are told in a separate sentence. Officials after 'en présence du maire ..., de la ministre colombienne des Transports ..., et de l'ambassadeur de France ...' without 'M.'/'Mme'. Loans from the World Bank and AFD are optional (AFD link) or no fact; revenue gives no fact.")

A("r17", "fr", "2026-03-24", "https://example.org/haiti-economie/2026/03/24/concession-terminal-cap-haitien",
"""Haïti : une coentreprise belgo-haïtienne obtient pour 25 ans la concession du terminal à conteneurs du Cap-Haïtien

L'Autorité portuaire nationale (APN) a attribué la concession du terminal à conteneurs du port international du Cap-Haïtien, pour une durée de vingt-cinq ans, à Terminal du Cap SA, coentreprise formée par l'opérateur portuaire anversois Escaut Terminals, qui en détient 70 %, et le Groupe Bertin-Lafontant, conglomérat haïtien présent dans la distribution et le transport, qui détient le solde.

Le concessionnaire investira 180 millions de dollars américains sur dix ans pour draguer le chenal d'accès à 12 mètres de profondeur, construire un quai de 320 mètres et équiper le terminal de deux portiques et de six cavaliers. Une première tranche de 75 millions de dollars doit être achevée en 2028.

Le contrat a été signé lundi au siège de l'APN, à Port-au-Prince, par le directeur général de l'institution, M. Jean-Robert Fleurimond, et par l'administrateur délégué d'Escaut Terminals, M. Pieter Van Landeghem, en présence du ministre des Travaux publics, Transports et Communications, M. Ronald Joseph-Estimé, et de la ministre du Commerce et de l'Industrie, Mme Nadège Saint-Fleur Bastien. Le Groupe Bertin-Lafontant était représenté par sa présidente, Mme Carline Bertin-Lafontant.

« Le Cap-Haïtien peut redevenir la porte d'entrée du Nord et du nord-est de l'île », a déclaré l'administrateur délégué d'Escaut Terminals, qui a rappelé que son groupe exploite déjà des terminaux en Afrique de l'Ouest et en Amérique centrale.

Le terminal, qui emploie aujourd'hui 210 dockers et agents, conservera l'ensemble de ses effectifs, et le concessionnaire s'est engagé à créer 450 emplois directs supplémentaires d'ici à 2030. Escaut Terminals formera en outre 120 conducteurs de portiques et de cavaliers en partenariat avec l'Institut national de formation professionnelle (INFP).

La Société financière internationale (IFC) et Proparco étudient un financement de 95 millions de dollars pour le projet, selon une source proche du dossier.

Le port du Cap-Haïtien a traité 48 000 conteneurs EVP en 2025, contre 61 000 en 2018, selon l'APN, qui attribue ce recul à l'insécurité sur la route nationale 1 et au manque de tirant d'eau.""",
[("Autorité portuaire nationale", "Organization", ["APN", "Autorite portuaire nationale", "Autorité Portuaire Nationale"]),
 ("Terminal du Cap", "Organization", ["Terminal du Cap SA", "Terminal du Cap S.A."]),
 ("Escaut Terminals", "Organization", ["Escaut"]),
 ("Groupe Bertin-Lafontant", "Organization", ["Bertin-Lafontant"]),
 ("Ministère des Travaux publics, Transports et Communications", "Organization", ["MTPTC", "Ministere des Travaux publics, Transports et Communications"]),
 ("Ministère du Commerce et de l'Industrie", "Organization", ["MCI", "Ministere du Commerce et de l'Industrie"]),
 ("Institut national de formation professionnelle", "Organization", ["INFP", "Institut National de Formation Professionnelle"]),
 ("Société financière internationale", "Organization", ["IFC", "Societe financiere internationale", "International Finance Corporation"]),
 ("Proparco", "Organization", ["PROPARCO"]),
 ("Jean-Robert Fleurimond", "Person", ["Fleurimond"]),
 ("Pieter Van Landeghem", "Person", ["Van Landeghem"]),
 ("Ronald Joseph-Estimé", "Person", ["Ronald Joseph-Estime", "Joseph-Estimé"]),
 ("Nadège Saint-Fleur Bastien", "Person", ["Nadege Saint-Fleur Bastien", "Saint-Fleur Bastien"]),
 ("Carline Bertin-Lafontant", "Person", ["Carline Bertin Lafontant"]),
 ("Cap-Haïtien", "Place", ["Cap-Haitien", "port international du Cap-Haïtien"]),
 ("Port-au-Prince", "Place", []),
 ("Anvers", "Place", ["Antwerp", "Antwerpen"]),
 HT, BE],
roles=[R("Jean-Robert Fleurimond", "directeur général", "Autorité portuaire nationale", "Jean-Robert Fleurimond, et par l'administrateur délégué d'Escaut Terminals"),
       R("Pieter Van Landeghem", ["administrateur délégué", "CEO"], "Escaut Terminals", "Pieter Van Landeghem, en présence du ministre des Travaux publics"),
       R("Ronald Joseph-Estimé", ["ministre des Travaux publics, Transports et Communications", "ministre"], ["Ministère des Travaux publics, Transports et Communications", "Haiti"], "Ronald Joseph-Estimé, et de la ministre du Commerce et de l'Industrie"),
       R("Nadège Saint-Fleur Bastien", ["ministre du Commerce et de l'Industrie", "ministre"], ["Ministère du Commerce et de l'Industrie", "Haiti"], "et de la ministre du Commerce et de l'Industrie, Mme Nadège Saint-Fleur Bastien"),
       R("Carline Bertin-Lafontant", "présidente", "Groupe Bertin-Lafontant", "était représenté par sa présidente, Mme Carline Bertin-Lafontant")],
inv=[I("Terminal du Cap", ["Cap-Haïtien", "Haiti"], 180000000, "USD", "sur dix ans", "dragage, quai et équipements du terminal à conteneurs", "Le concessionnaire investira 180 millions de dollars américains sur dix ans", alts=["Escaut Terminals", "Groupe Bertin-Lafontant"]),
     I("Terminal du Cap", ["Cap-Haïtien", "Haiti"], 75000000, "USD", "d'ici 2028", "première tranche (partie du total)", "Une première tranche de 75 millions de dollars", opt=True, alts=["Escaut Terminals", "Groupe Bertin-Lafontant"])],
parts=[P("Escaut Terminals", "Groupe Bertin-Lafontant", "coentreprise Terminal du Cap", "coentreprise formée par l'opérateur portuaire anversois Escaut Terminals, qui en détient 70 %, et le Groupe Bertin-Lafontant"),
       P("Escaut Terminals", "Institut national de formation professionnelle", "formation de conducteurs de portiques", "en partenariat avec l'Institut national de formation professionnelle (INFP)"),
       P("Autorité portuaire nationale", "Terminal du Cap", "concession de 25 ans", "L'Autorité portuaire nationale (APN) a attribué la concession", opt=True, b_alt=["Escaut Terminals", "Groupe Bertin-Lafontant"]),
       P("Société financière internationale", "Terminal du Cap", "financement à l'étude", "La Société financière internationale (IFC) et Proparco étudient un financement", opt=True),
       P("Proparco", "Terminal du Cap", "financement à l'étude", "La Société financière internationale (IFC) et Proparco étudient un financement", opt=True)],
claims=[C("Terminal du Cap", "jobs", 450, "emplois directs supplémentaires d'ici 2030", "le concessionnaire s'est engagé à créer 450 emplois directs supplémentaires"),
        C("Escaut Terminals", "trainees", 120, "conducteurs de portiques et de cavaliers", "Escaut Terminals formera en outre 120 conducteurs de portiques"),
        C("Terminal du Cap", "jobs", 210, "dockers et agents actuels", "qui emploie aujourd'hui 210 dockers et agents", opt=True, note="existing workforce")],
notes="Invented. Haitian business press with 'M.'/'Mme' before names (the builder's splitter cuts after 'M.', so several evidence strings start with a name). A 25-year concession awarded by a port authority to a JV 'formée par X, qui en détient 70 %, et Y, qui détient le solde': the JV is a required partnership between its parents; the concession itself is optional (probes4 concessions). 'Le concessionnaire investira 180 millions de dollars américains sur dix ans': the vehicle is the investor, its parents accepted (probes4); the first tranche is an optional part. A Belgian 'administrateur délégué' (CEO), two Haitian ministers who attended (ministry + Haiti), the head of the partner group who 'représentait' it. Training 'en partenariat avec' the INFP is required. IFC/Proparco financing under study is optional at most; the existing workforce is optional; container volumes give no fact.")

A("r18", "fr", "2026-04-16", "https://example.org/guyane-eco/2026/04/16/paripou-energies-savane-sarcelle-mana",
"""Guyane : Paripou Énergies boucle le financement de la centrale solaire de Savane-Sarcelle, à Mana

Le producteur guyanais Paripou Énergies a bouclé le financement de la centrale photovoltaïque avec stockage de Savane-Sarcelle, à Mana, un projet de 64 millions d'euros qui doit entrer en service à la fin de 2027. La société de projet, Centrale Solaire de Savane-Sarcelle SAS, sera détenue à 75 % par Paripou et à 25 % par la Banque des Territoires, à laquelle le producteur s'est associé en février ; ensemble, les deux actionnaires apportent 16 millions d'euros de fonds propres.

Le solde, 48 millions d'euros, prend la forme d'une dette senior sur dix-huit ans consentie par la Banque européenne d'investissement (BEI) et un pool de trois banques régionales.

D'une puissance de 24 mégawatts-crête, associée à des batteries de 60 mégawattheures, la centrale vendra son électricité à EDF Systèmes énergétiques insulaires (EDF SEI) dans le cadre d'un contrat d'achat de vingt-cinq ans, à un tarif fixé par la Commission de régulation de l'énergie. Elle produira l'équivalent de la consommation de 18 000 habitants.

Le projet est mené en partenariat avec la Coopérative agricole des maraîchers de l'Ouest guyanais (Camog), qui cultivera sous les panneaux sur 28 des 45 hectares du site et y installera 30 jeunes agriculteurs.

« Le solaire, ici, ne doit pas prendre la terre aux agriculteurs : il doit la leur rendre », a insisté le président de Paripou Énergies, Frédéric Thérèse-Mathurin, lors de la signature, mardi à Cayenne, en présence du président de la Collectivité territoriale de Guyane (CTG), Joël Sabayo-Ringuet, du maire de Mana, Albéric Panapuy, et du directeur régional Antilles-Guyane de la Banque des Territoires, Olivier Ferrand-Lacaze.

Le chantier mobilisera environ 120 personnes pendant quatorze mois et l'exploitation créera 12 emplois permanents, a précisé le directeur des projets de Paripou, Steeve Horth-Lony, qui a indiqué que les entreprises guyanaises réaliseraient au moins 40 % des travaux.

La Guyane vise l'autonomie électrique en 2030 dans sa programmation pluriannuelle de l'énergie ; le solaire représente aujourd'hui 11 % de la production électrique du territoire, contre 55 % pour l'hydraulique.""",
[("Paripou Énergies", "Organization", ["Paripou Energies", "Paripou"]),
 ("Centrale Solaire de Savane-Sarcelle", "Organization", ["Centrale Solaire de Savane-Sarcelle SAS"]),
 ("Banque des Territoires", "Organization", []),
 ("Banque européenne d'investissement", "Organization", ["BEI", "Banque europeenne d'investissement", "European Investment Bank"]),
 ("EDF Systèmes énergétiques insulaires", "Organization", ["EDF SEI", "EDF Systemes energetiques insulaires"]),
 ("Commission de régulation de l'énergie", "Organization", ["CRE", "Commission de regulation de l'energie"]),
 ("Coopérative agricole des maraîchers de l'Ouest guyanais", "Organization", ["Camog", "CAMOG", "Cooperative agricole des maraichers de l'Ouest guyanais"]),
 ("Collectivité territoriale de Guyane", "Organization", ["CTG", "Collectivite territoriale de Guyane"]),
 ("Commune de Mana", "Organization", ["mairie de Mana"]),
 ("Frédéric Thérèse-Mathurin", "Person", ["Frederic Therese-Mathurin", "Thérèse-Mathurin"]),
 ("Joël Sabayo-Ringuet", "Person", ["Joel Sabayo-Ringuet", "Sabayo-Ringuet"]),
 ("Albéric Panapuy", "Person", ["Alberic Panapuy", "Panapuy"]),
 ("Olivier Ferrand-Lacaze", "Person", ["Ferrand-Lacaze"]),
 ("Steeve Horth-Lony", "Person", ["Horth-Lony"]),
 ("Savane-Sarcelle", "Place", ["Savane Sarcelle"]),
 ("Mana", "Place", []),
 ("Cayenne", "Place", []),
 ("Guyane", "Place", ["French Guiana", "Guyane française", "Guayana Francesa"]),
 ("Antilles-Guyane", "Place", []),
 FR],
roles=[R("Frédéric Thérèse-Mathurin", "président", "Paripou Énergies", "a insisté le président de Paripou Énergies, Frédéric Thérèse-Mathurin"),
       R("Joël Sabayo-Ringuet", ["président", "président de la CTG"], ["Guyane", "Collectivité territoriale de Guyane"], "du président de la Collectivité territoriale de Guyane (CTG), Joël Sabayo-Ringuet"),
       R("Albéric Panapuy", "maire", ["Mana", "Commune de Mana"], "du maire de Mana, Albéric Panapuy"),
       R("Olivier Ferrand-Lacaze", ["directeur régional Antilles-Guyane", "directeur régional"], "Banque des Territoires", "du directeur régional Antilles-Guyane de la Banque des Territoires, Olivier Ferrand-Lacaze"),
       R("Steeve Horth-Lony", ["directeur des projets", "directeur"], "Paripou Énergies", "a précisé le directeur des projets de Paripou, Steeve Horth-Lony")],
inv=[I("Centrale Solaire de Savane-Sarcelle", ["Savane-Sarcelle", "Mana", "Guyane", "France"], 64000000, "EUR", "mise en service fin 2027", "centrale photovoltaïque avec stockage", "un projet de 64 millions d'euros qui doit entrer en service à la fin de 2027", alts=["Paripou Énergies", "Banque des Territoires"]),
     I("Centrale Solaire de Savane-Sarcelle", ["Mana", "Guyane", "France"], 16000000, "EUR", None, "fonds propres des deux actionnaires (partie du total)", "ensemble, les deux actionnaires apportent 16 millions d'euros de fonds propres", opt=True, alts=["Paripou Énergies", "Banque des Territoires"])],
parts=[P("Paripou Énergies", "Banque des Territoires", "actionnaires de la société de projet", "à laquelle le producteur s'est associé en février"),
       P("Centrale Solaire de Savane-Sarcelle", "EDF Systèmes énergétiques insulaires", "contrat d'achat d'électricité de vingt-cinq ans", "la centrale vendra son électricité à EDF Systèmes énergétiques insulaires (EDF SEI) dans le cadre d'un contrat d'achat de vingt-cinq ans", a_alt=["Paripou Énergies"]),
       P("Paripou Énergies", "Coopérative agricole des maraîchers de l'Ouest guyanais", "agrivoltaïsme (cultures sous les panneaux)", "Le projet est mené en partenariat avec la Coopérative agricole des maraîchers de l'Ouest guyanais (Camog)", a_alt=["Centrale Solaire de Savane-Sarcelle"]),
       P("Banque européenne d'investissement", "Centrale Solaire de Savane-Sarcelle", "dette senior", "consentie par la Banque européenne d'investissement (BEI)", opt=True, b_alt=["Paripou Énergies"])],
claims=[C("Centrale Solaire de Savane-Sarcelle", "jobs", 120, "personnes pendant le chantier", "Le chantier mobilisera environ 120 personnes pendant quatorze mois"),
        C("Centrale Solaire de Savane-Sarcelle", "jobs", 12, "emplois permanents", "l'exploitation créera 12 emplois permanents"),
        C("Coopérative agricole des maraîchers de l'Ouest guyanais", "people_reached", 30, "jeunes agriculteurs installés", "y installera 30 jeunes agriculteurs"),
        C("Centrale Solaire de Savane-Sarcelle", "people_reached", 18000, "habitants (équivalent de consommation)", "l'équivalent de la consommation de 18 000 habitants", opt=True, note="equivalent households")],
notes="Invented. French Guiana business press on project finance. 'un projet de 64 millions d'euros' in apposition to the plant, with the ownership of the project company told in the next sentence: the project company is the investor, both shareholders accepted (probes4 vehicle rule); the equity share is an optional part and the senior debt (BEI and banks) is a loan (optional link, never an investment). 'à laquelle le producteur s'est associé' is a required partnership between the two shareholders. A 25-year purchase contract with EDF SEI is required (probes4); 'mené en partenariat avec' the cooperative is required. Young farmers settled by the cooperative on the site are people_reached (growers signed up, probes convention); the consumption equivalent is optional. Officials after 'en présence du président de la CTG ..., du maire ..., et du directeur régional ...'. The energy-plan targets and shares give no fact.")

A("r19", "fr", "2026-05-26", "https://example.org/affaires-quebec/2026/05/26/autobus-manicouagan-chili-coentreprise",
"""Autobus Manicouagan s'associe au chilien Carrocerías del Maipo et investira 62 M$ à Santiago

Le fabricant d'autobus électriques de Baie-Comeau Autobus Manicouagan construira une usine d'assemblage à Quilicura, en banlieue de Santiago, en coentreprise avec le carrossier chilien Carrocerías del Maipo, un investissement de 62 millions de dollars qui fera du Chili sa première base de production hors du Québec.

La coentreprise, Manicouagan Maipo SpA, sera détenue à 60 % par l'entreprise québécoise et à 40 % par son partenaire. Elle sera dirigée par Geneviève Tremblay-Arsenault, actuelle vice-présidente Amérique latine de Manicouagan, qui s'installera à Santiago au printemps.

L'annonce, faite mardi à Santiago, accompagne la signature d'un accord-cadre de cinq ans avec le Directorio de Transporte Público Metropolitano (DTPM), l'autorité publique qui gère le réseau d'autobus de la capitale chilienne, pour la fourniture de jusqu'à 400 autobus électriques articulés et standards. La première commande ferme, de 90 autobus, sera livrée en 2027.

« Nous avons gagné Santiago avec des autobus fabriqués à Baie-Comeau ; nous allons le garder avec des autobus faits à Quilicura », a résumé le président et chef de la direction de Manicouagan, Luc Gagnon-Ouellet.

L'usine emploiera 350 personnes à pleine capacité, et le projet créera 40 emplois d'ingénierie et de soutien à Baie-Comeau, où l'entreprise compte déjà 610 employés.

La ministre de l'Économie, de l'Innovation et de l'Énergie, Marie-Josée Pelletier-Robichaud, a salué « une percée industrielle, pas seulement commerciale ». Investissement Québec accorde à l'entreprise un prêt de 15 M$, et Exportation et développement Canada (EDC) garantira une partie du financement de la coentreprise.

Le président de Carrocerías del Maipo, Andrés Cofré Letelier, a indiqué que son entreprise transférerait à la coentreprise 180 de ses 520 employés. Le ministre chilien des Transports et des Télécommunications, Rodrigo Valdebenito Soto, assistait à la signature, tout comme le directeur du DTPM, Claudio Leiva Orellana.

Santiago compte déjà plus de 2 700 autobus électriques, la plus grande flotte de ce type hors de Chine. Le gouvernement chilien vise un parc entièrement électrique dans la capitale d'ici 2035.

Le titre de Manicouagan a gagné 7 % mardi à la Bourse de Toronto.""",
[("Autobus Manicouagan", "Organization", ["Manicouagan"]),
 ("Carrocerías del Maipo", "Organization", ["Carrocerias del Maipo"]),
 ("Manicouagan Maipo SpA", "Organization", ["Manicouagan Maipo"]),
 ("Directorio de Transporte Público Metropolitano", "Organization", ["DTPM", "Directorio de Transporte Publico Metropolitano"]),
 ("Ministère de l'Économie, de l'Innovation et de l'Énergie", "Organization", ["MEIE", "Ministere de l'Economie, de l'Innovation et de l'Energie"]),
 ("Investissement Québec", "Organization", ["Investissement Quebec", "IQ"]),
 ("Exportation et développement Canada", "Organization", ["EDC", "Export Development Canada", "Exportation et developpement Canada"]),
 ("Ministerio de Transportes y Telecomunicaciones", "Organization", ["ministère chilien des Transports et des Télécommunications", "MTT"]),
 ("Geneviève Tremblay-Arsenault", "Person", ["Genevieve Tremblay-Arsenault", "Tremblay-Arsenault"]),
 ("Luc Gagnon-Ouellet", "Person", ["Gagnon-Ouellet"]),
 ("Marie-Josée Pelletier-Robichaud", "Person", ["Marie-Josee Pelletier-Robichaud", "Pelletier-Robichaud"]),
 ("Andrés Cofré Letelier", "Person", ["Andres Cofre Letelier", "Andrés Cofré", "Cofré Letelier"]),
 ("Rodrigo Valdebenito Soto", "Person", ["Rodrigo Valdebenito", "Valdebenito Soto"]),
 ("Claudio Leiva Orellana", "Person", ["Claudio Leiva", "Leiva Orellana"]),
 ("Baie-Comeau", "Place", []),
 ("Quilicura", "Place", []),
 ("Santiago", "Place", ["Santiago du Chili", "Santiago de Chile"]),
 ("Québec", "Place", ["Quebec"]),
 ("Latin America", "Place", ["Amérique latine", "América Latina"]),
 ("Canada", "Place", []),
 ("China", "Place", ["Chine"]),
 ("Toronto", "Place", []),
 CL],
roles=[R("Geneviève Tremblay-Arsenault", ["directrice", "dirigeante", "directrice générale", "présidente"], ["Manicouagan Maipo SpA", "Autobus Manicouagan"], "Elle sera dirigée par Geneviève Tremblay-Arsenault"),
       R("Geneviève Tremblay-Arsenault", ["vice-présidente Amérique latine", "vice-présidente"], "Autobus Manicouagan", "actuelle vice-présidente Amérique latine de Manicouagan"),
       R("Luc Gagnon-Ouellet", ["président et chef de la direction", "président", "chef de la direction"], "Autobus Manicouagan", "a résumé le président et chef de la direction de Manicouagan, Luc Gagnon-Ouellet"),
       R("Marie-Josée Pelletier-Robichaud", ["ministre de l'Économie, de l'Innovation et de l'Énergie", "ministre"], ["Ministère de l'Économie, de l'Innovation et de l'Énergie", "Québec"], "La ministre de l'Économie, de l'Innovation et de l'Énergie, Marie-Josée Pelletier-Robichaud"),
       R("Andrés Cofré Letelier", "président", "Carrocerías del Maipo", "Le président de Carrocerías del Maipo, Andrés Cofré Letelier"),
       R("Rodrigo Valdebenito Soto", ["ministre des Transports et des Télécommunications", "ministre"], ["Ministerio de Transportes y Telecomunicaciones", "Chile"], "Le ministre chilien des Transports et des Télécommunications, Rodrigo Valdebenito Soto"),
       R("Claudio Leiva Orellana", "directeur", "Directorio de Transporte Público Metropolitano", "tout comme le directeur du DTPM, Claudio Leiva Orellana")],
inv=[I("Autobus Manicouagan", ["Quilicura", "Santiago", "Chile"], 62000000, "CAD", None, "usine d'assemblage d'autobus électriques", "un investissement de 62 millions de dollars qui fera du Chili", alts=["Manicouagan Maipo SpA", "Carrocerías del Maipo"])],
parts=[P("Autobus Manicouagan", "Carrocerías del Maipo", "coentreprise Manicouagan Maipo SpA", "en coentreprise avec le carrossier chilien Carrocerías del Maipo"),
       P("Autobus Manicouagan", "Directorio de Transporte Público Metropolitano", "accord-cadre de cinq ans (fourniture d'autobus)", "accompagne la signature d'un accord-cadre de cinq ans avec le Directorio de Transporte Público Metropolitano (DTPM)", a_alt=["Manicouagan Maipo SpA"]),
       P("Investissement Québec", "Autobus Manicouagan", "prêt", "Investissement Québec accorde à l'entreprise un prêt de 15 M$", opt=True),
       P("Exportation et développement Canada", "Manicouagan Maipo SpA", "garantie de financement", "et Exportation et développement Canada (EDC) garantira une partie du financement", opt=True)],
claims=[C("Manicouagan Maipo SpA", "jobs", 350, "emplois à pleine capacité", "L'usine emploiera 350 personnes à pleine capacité"),
        C("Autobus Manicouagan", "jobs", 40, "emplois d'ingénierie et de soutien à Baie-Comeau", "le projet créera 40 emplois d'ingénierie et de soutien à Baie-Comeau"),
        C("Autobus Manicouagan", "jobs", 610, "employés à Baie-Comeau", "où l'entreprise compte déjà 610 employés", opt=True, note="existing workforce"),
        C("Carrocerías del Maipo", "jobs", 180, "employés transférés", "transférerait à la coentreprise 180 de ses 520 employés", opt=True, note="transfer of existing staff"),
        C("Directorio de Transporte Público Metropolitano", "other", 400, "autobus (accord-cadre)", "pour la fourniture de jusqu'à 400 autobus", opt=True)],
notes="Invented. Quebec business press ('62 M$' in the headline, 'un investissement de 62 millions de dollars' in apposition in the lead: Quebec dollars are CAD, probes4). The plant is built 'en coentreprise avec X' and the JV shares follow in the next sentence: one required row for the Quebec company with the JV and the partner accepted. The future JV head ('Elle sera dirigée par X, actuelle vice-présidente Amérique latine') and her current post are both required. A decision: a five-year 'accord-cadre' for bus supply with the public transport authority is required, like probes5's long-term contract with a state operator; the Investissement Québec loan and the EDC guarantee are optional. A Quebec compound title ('président et chef de la direction'); a Quebec minister (ministry + Québec) and a Chilean minister rendered in French (Spanish ministry + Chile). Transferred staff and existing workforces are optional; fleet sizes, targets and the share price give no fact.")

A("r20", "fr", "2026-06-30", "https://example.org/economie-wallonie/2026/06/30/aquamosane-sedapal-dessalement-lima",
"""Pérou : le liégeois Aquamosane signe un protocole d'entente avec Sedapal pour une usine de dessalement au sud de Lima

Le groupe liégeois Aquamosane, spécialiste des membranes et du traitement de l'eau, a signé mardi à Lima un protocole d'entente avec le Servicio de Agua Potable y Alcantarillado de Lima (Sedapal), la société publique qui distribue l'eau potable dans la capitale péruvienne. Le texte, d'une durée de deux ans, associe les deux parties aux études de faisabilité d'une usine de dessalement d'eau de mer de 2 000 litres par seconde à Punta Hermosa, à une quarantaine de kilomètres au sud du centre-ville.

Si les études sont concluantes, Aquamosane déposera auprès de Proinversión une initiative privée cofinancée avec le constructeur péruvien Constructora Pachacámac, auquel il s'est associé pour préparer l'offre. Le coût de l'usine est estimé à 450 millions de dollars ; elle pourrait desservir 1,2 million d'habitants des districts du sud.

Sans attendre, le groupe ouvrira à Lima une filiale et un atelier d'assemblage de modules d'osmose inverse, un investissement de 9 millions d'euros qui créera 45 emplois d'ici à la fin de 2027. Aquamosane formera aussi, dans le cadre du protocole, 60 techniciens de Sedapal à l'exploitation des usines à membranes.

« Lima est l'une des plus grandes villes du monde bâties dans un désert. Elle ne peut plus compter uniquement sur le Rímac », a déclaré le CEO d'Aquamosane, Benoît Lhoest-Marchal, qui a signé le protocole avec le président du directoire de Sedapal, Javier Paredes Zegarra.

La cérémonie s'est déroulée en présence de la ministre péruvienne du Logement, de la Construction et de l'Assainissement, Gladys Huertas Quiroz, de l'ambassadeur de Belgique au Pérou, Koen Vanderhaegen, et du représentant de l'Agence wallonne à l'exportation et aux investissements étrangers (AWEX) pour les pays andins, Thomas Delhaye-Moreau.

Le gérant général de Constructora Pachacámac, Renzo Lozada Benavides, a indiqué que son entreprise avait déjà réalisé pour Sedapal deux réservoirs et 40 kilomètres de collecteurs depuis 2019.

Aquamosane, qui emploie 1 100 personnes, a réalisé en 2025 un chiffre d'affaires de 310 millions d'euros, dont 22 % hors d'Europe. Sedapal dessert environ 11 millions d'habitants et perd encore près d'un tiers de l'eau produite dans son réseau.""",
[("Aquamosane", "Organization", ["groupe Aquamosane"]),
 ("Servicio de Agua Potable y Alcantarillado de Lima", "Organization", ["Sedapal", "SEDAPAL"]),
 ("Proinversión", "Organization", ["ProInversión", "Proinversion"]),
 ("Constructora Pachacámac", "Organization", ["Constructora Pachacamac", "Pachacámac"]),
 ("Ministerio de Vivienda, Construcción y Saneamiento", "Organization", ["ministère du Logement, de la Construction et de l'Assainissement", "Ministerio de Vivienda, Construccion y Saneamiento", "MVCS"]),
 ("Agence wallonne à l'exportation et aux investissements étrangers", "Organization", ["AWEX", "Agence wallonne a l'exportation et aux investissements etrangers"]),
 ("Benoît Lhoest-Marchal", "Person", ["Benoit Lhoest-Marchal", "Lhoest-Marchal"]),
 ("Javier Paredes Zegarra", "Person", ["Javier Paredes", "Paredes Zegarra"]),
 ("Gladys Huertas Quiroz", "Person", ["Gladys Huertas", "Huertas Quiroz"]),
 ("Koen Vanderhaegen", "Person", ["Vanderhaegen"]),
 ("Thomas Delhaye-Moreau", "Person", ["Delhaye-Moreau"]),
 ("Renzo Lozada Benavides", "Person", ["Renzo Lozada", "Lozada Benavides"]),
 ("Lima", "Place", []),
 ("Punta Hermosa", "Place", []),
 ("Liège", "Place", ["Liege"]),
 ("pays andins", "Place", ["Andean countries"]),
 ("Europe", "Place", ["Europa"]),
 PE, BE],
roles=[R("Benoît Lhoest-Marchal", ["CEO", "administrateur délégué", "directeur général"], "Aquamosane", "a déclaré le CEO d'Aquamosane, Benoît Lhoest-Marchal"),
       R("Javier Paredes Zegarra", ["président du directoire", "président"], "Servicio de Agua Potable y Alcantarillado de Lima", "avec le président du directoire de Sedapal, Javier Paredes Zegarra"),
       R("Gladys Huertas Quiroz", ["ministre du Logement, de la Construction et de l'Assainissement", "ministre"], ["Ministerio de Vivienda, Construcción y Saneamiento", "Peru"], "de la ministre péruvienne du Logement, de la Construction et de l'Assainissement, Gladys Huertas Quiroz"),
       R("Koen Vanderhaegen", ["ambassadeur", "ambassadeur de Belgique au Pérou"], "Belgium", "de l'ambassadeur de Belgique au Pérou, Koen Vanderhaegen"),
       R("Thomas Delhaye-Moreau", ["représentant pour les pays andins", "représentant"], "Agence wallonne à l'exportation et aux investissements étrangers", "du représentant de l'Agence wallonne à l'exportation et aux investissements étrangers (AWEX) pour les pays andins, Thomas Delhaye-Moreau"),
       R("Renzo Lozada Benavides", ["gérant général", "gerente general"], "Constructora Pachacámac", "Le gérant général de Constructora Pachacámac, Renzo Lozada Benavides")],
inv=[I("Aquamosane", ["Lima", "Peru"], 9000000, "EUR", "d'ici à la fin de 2027", "filiale et atelier d'assemblage de modules d'osmose inverse", "un investissement de 9 millions d'euros qui créera 45 emplois"),
     I("Aquamosane", ["Punta Hermosa", "Lima", "Peru"], 450000000, "USD", None, "coût estimé de l'usine de dessalement (conditionnel aux études)", "Le coût de l'usine est estimé à 450 millions de dollars", opt=True, alts=["Constructora Pachacámac", "Servicio de Agua Potable y Alcantarillado de Lima"])],
parts=[P("Aquamosane", "Servicio de Agua Potable y Alcantarillado de Lima", "protocole d'entente (études de l'usine de dessalement, formation)", "a signé mardi à Lima un protocole d'entente avec le Servicio de Agua Potable y Alcantarillado de Lima (Sedapal)"),
       P("Aquamosane", "Constructora Pachacámac", "association pour préparer l'offre", "auquel il s'est associé pour préparer l'offre")],
claims=[C("Aquamosane", "jobs", 45, "emplois d'ici fin 2027", "qui créera 45 emplois d'ici à la fin de 2027"),
        C("Aquamosane", "trainees", 60, "techniciens de Sedapal", "60 techniciens de Sedapal à l'exploitation des usines à membranes"),
        C("Servicio de Agua Potable y Alcantarillado de Lima", "people_reached", 1200000, "habitants (usine future, conditionnel)", "elle pourrait desservir 1,2 million d'habitants", opt=True, note="conditional on the studies"),
        C("Aquamosane", "jobs", 1100, "employés", "qui emploie 1 100 personnes", opt=True, note="existing workforce"),
        C("Servicio de Agua Potable y Alcantarillado de Lima", "people_reached", 11000000, "habitants desservis", "Sedapal dessert environ 11 millions d'habitants", opt=True, note="existing service")],
notes="Invented. Belgian (Walloon) business press. The memorandum is told in one sentence and its content in the next ('Le texte ... associe les deux parties'); the state water utility (Peruvian official name as entity) is the partner. 'auquel il s'est associé pour préparer l'offre' is a required partnership, told in a relative clause. A decision: a project cost 'estimé' and conditional on feasibility studies ('Si les études sont concluantes') is an optional investment row; the people it 'pourrait desservir' are optional too. The required investment is the subsidiary and workshop told in apposition ('un investissement de 9 millions d'euros qui créera 45 emplois'). Belgian press 'CEO'; a Peruvian minister rendered in French (Spanish ministry + Peru); an ambassador (org Belgium); a Walloon agency representative with a regional scope (attendee: role, no partnership). The contractor's past works, revenue and water losses give no fact; existing workforce and service optional.")

A("r21", "fr", "2026-08-27", "https://example.org/eco-sante/2026/08/27/belledonne-biologics-bresil-bio-manguinhos",
"""Brésil : le grenoblois Belledonne Biologics investira 1,2 milliard de réais près de Rio et transfère sa technologie à Bio-Manguinhos

Le laboratoire grenoblois Belledonne Biologics, spécialisé dans les vaccins à base de protéines recombinantes, va construire à Duque de Caxias, dans l'État de Rio de Janeiro, une usine de production et de conditionnement de vaccins. L'entreprise y consacrera 1,2 milliard de réais (environ 190 millions d'euros) sur quatre ans, dont 60 % seront financés par un prêt du BNDES, la banque publique de développement brésilienne.

Parallèlement, Belledonne a signé avec Bio-Manguinhos, l'institut de production de vaccins de la Fondation Oswaldo Cruz (Fiocruz), un accord de transfert de technologie portant sur son vaccin contre le virus respiratoire syncytial. Au terme du transfert, prévu en sept ans, Bio-Manguinhos produira seul le principe actif, tandis que l'usine de Duque de Caxias assurera le remplissage pour l'Amérique latine. Le ministère de la Santé s'est engagé, de son côté, à acheter au moins 12 millions de doses par an pendant dix ans pour le système public de santé.

L'usine emploiera 480 personnes, dont 150 chercheurs et techniciens de laboratoire. La formation des 220 opérateurs de production sera assurée en partenariat avec le Senai de l'État de Rio de Janeiro.

« Le Brésil ne veut plus seulement acheter des vaccins ; il veut les fabriquer. C'est exactement ce que nous lui proposons », a expliqué la présidente-directrice générale de Belledonne, Claire Vaujany-Roux. La filiale brésilienne, Belledonne Biologics do Brasil, sera dirigée par Rafael Menezes Tavares, aujourd'hui directeur des affaires industrielles du groupe.

À lire aussi : Vaccins : l'Europe veut relocaliser la production de principes actifs

L'accord a été signé jeudi à Rio en présence de la ministre brésilienne de la Santé, Ana Cristina Lobato Ferraz, du gouverneur de l'État de Rio de Janeiro, Cláudio Saldanha Pires, du directeur de Bio-Manguinhos, Maurício Teles Aragão, et de la présidente de la Fiocruz, Helena Coutinho Viegas.

Le marché public brésilien des vaccins représente environ 6 milliards de réais par an, et le pays importe encore près de 40 % des doses qu'il administre. Belledonne, qui emploie 1 900 personnes en France, en Belgique et au Canada, a réalisé l'an dernier un chiffre d'affaires de 640 millions d'euros.""",
[("Belledonne Biologics", "Organization", ["Belledonne"]),
 ("Belledonne Biologics do Brasil", "Organization", []),
 ("Bio-Manguinhos", "Organization", ["Instituto de Tecnologia em Imunobiológicos", "Bio Manguinhos"]),
 ("Fundação Oswaldo Cruz", "Organization", ["Fiocruz", "Fondation Oswaldo Cruz", "Fundacao Oswaldo Cruz"]),
 ("Banco Nacional de Desenvolvimento Econômico e Social", "Organization", ["BNDES", "Banco Nacional de Desenvolvimento Economico e Social"]),
 ("Ministério da Saúde", "Organization", ["ministère de la Santé", "Ministerio da Saude", "ministère brésilien de la Santé"]),
 ("Serviço Nacional de Aprendizagem Industrial", "Organization", ["Senai", "SENAI", "Senai de l'État de Rio de Janeiro", "Senai Rio", "Servico Nacional de Aprendizagem Industrial"]),
 ("Governo do Estado do Rio de Janeiro", "Organization", ["gouvernement de l'État de Rio de Janeiro"]),
 ("Claire Vaujany-Roux", "Person", ["Vaujany-Roux"]),
 ("Rafael Menezes Tavares", "Person", ["Rafael Menezes", "Menezes Tavares"]),
 ("Ana Cristina Lobato Ferraz", "Person", ["Ana Cristina Lobato", "Lobato Ferraz"]),
 ("Cláudio Saldanha Pires", "Person", ["Claudio Saldanha Pires", "Cláudio Saldanha", "Saldanha Pires"]),
 ("Maurício Teles Aragão", "Person", ["Mauricio Teles Aragao", "Maurício Teles", "Teles Aragão"]),
 ("Helena Coutinho Viegas", "Person", ["Helena Coutinho", "Coutinho Viegas"]),
 ("Duque de Caxias", "Place", []),
 ("Rio de Janeiro", "Place", ["État de Rio de Janeiro", "Rio", "Estado do Rio de Janeiro"]),
 ("Grenoble", "Place", []),
 ("Latin America", "Place", ["Amérique latine", "América Latina"]),
 ("Europe", "Place", ["Europa"]),
 ("Belgium", "Place", ["Belgique"]),
 ("Canada", "Place", []),
 BR, FR],
roles=[R("Claire Vaujany-Roux", ["présidente-directrice générale", "PDG"], "Belledonne Biologics", "a expliqué la présidente-directrice générale de Belledonne, Claire Vaujany-Roux"),
       R("Rafael Menezes Tavares", ["directeur", "dirigeant", "directeur général", "président"], ["Belledonne Biologics do Brasil", "Belledonne Biologics"], "La filiale brésilienne, Belledonne Biologics do Brasil, sera dirigée par Rafael Menezes Tavares"),
       R("Rafael Menezes Tavares", ["directeur des affaires industrielles", "directeur"], "Belledonne Biologics", "aujourd'hui directeur des affaires industrielles du groupe"),
       R("Ana Cristina Lobato Ferraz", ["ministre de la Santé", "ministre"], ["Ministério da Saúde", "Brazil"], "de la ministre brésilienne de la Santé, Ana Cristina Lobato Ferraz"),
       R("Cláudio Saldanha Pires", "gouverneur", ["Rio de Janeiro", "Governo do Estado do Rio de Janeiro"], "du gouverneur de l'État de Rio de Janeiro, Cláudio Saldanha Pires"),
       R("Maurício Teles Aragão", "directeur", ["Bio-Manguinhos", "Fundação Oswaldo Cruz"], "du directeur de Bio-Manguinhos, Maurício Teles Aragão"),
       R("Helena Coutinho Viegas", "présidente", "Fundação Oswaldo Cruz", "de la présidente de la Fiocruz, Helena Coutinho Viegas")],
inv=[I("Belledonne Biologics", ["Duque de Caxias", "Rio de Janeiro", "Brazil"], 1200000000, "BRL", "sur quatre ans", "usine de production et de conditionnement de vaccins", "L'entreprise y consacrera 1,2 milliard de réais (environ 190 millions d'euros) sur quatre ans", alts=["Belledonne Biologics do Brasil"]),
     I("Belledonne Biologics", ["Duque de Caxias", "Rio de Janeiro", "Brazil"], 190000000, "EUR", "sur quatre ans", "équivalent en euros", "(environ 190 millions d'euros)", opt=True, alts=["Belledonne Biologics do Brasil"])],
parts=[P("Belledonne Biologics", "Bio-Manguinhos", "accord de transfert de technologie (vaccin VRS)", "Belledonne a signé avec Bio-Manguinhos, l'institut de production de vaccins de la Fondation Oswaldo Cruz (Fiocruz), un accord de transfert de technologie", b_alt=["Fundação Oswaldo Cruz"]),
       P("Belledonne Biologics", "Serviço Nacional de Aprendizagem Industrial", "formation des opérateurs de production", "sera assurée en partenariat avec le Senai de l'État de Rio de Janeiro"),
       P("Banco Nacional de Desenvolvimento Econômico e Social", "Belledonne Biologics", "prêt", "dont 60 % seront financés par un prêt du BNDES", opt=True),
       P("Ministério da Saúde", "Belledonne Biologics", "engagement d'achat de doses sur dix ans", "Le ministère de la Santé s'est engagé, de son côté, à acheter au moins 12 millions de doses par an", opt=True, b_alt=["Bio-Manguinhos"])],
claims=[C("Belledonne Biologics", "jobs", 480, "emplois à l'usine", "L'usine emploiera 480 personnes"),
        C("Serviço Nacional de Aprendizagem Industrial", "trainees", 220, "opérateurs de production", "La formation des 220 opérateurs de production"),
        C("Belledonne Biologics", "jobs", 150, "chercheurs et techniciens (dont)", "dont 150 chercheurs et techniciens de laboratoire", opt=True, note="subset of the 480"),
        C("Ministério da Saúde", "other", 12000000, "doses par an", "à acheter au moins 12 millions de doses par an", opt=True),
        C("Belledonne Biologics", "jobs", 1900, "employés", "qui emploie 1 900 personnes", opt=True, note="existing workforce")],
notes="Invented. French health-business press with an 'À lire aussi :' chrome line. The investment is told in a second sentence with an anaphor and 'y' ('L'entreprise y consacrera 1,2 milliard de réais (environ 190 millions d'euros) sur quatre ans, dont 60 % seront financés par un prêt du BNDES'): BRL required, EUR optional, the BNDES loan an optional link. A technology-transfer agreement with a public institute (institute + its foundation accepted) is required; training 'en partenariat avec le Senai' is required. The ministry's ten-year purchase commitment is an optional customer link (a decision: a ministry buying doses is a customer, unlike a utility's power-purchase contract). Future subsidiary head ('sera dirigée par') and his current post ('aujourd'hui directeur ...') both required; officials after 'en présence de la ministre brésilienne ..., du gouverneur ..., du directeur ..., et de la présidente ...'. The subset of researchers and the existing workforce are optional; market size and import share give no fact.")

A("r22", "fr", "2026-09-22", "https://example.org/energies-amerique/2026/09/22/lumenval-villa-de-cos-zacatecas",
"""Mexique : Lumenval et trois partenaires investiront 280 millions de dollars dans une centrale solaire à Zacatecas

Le producteur indépendant d'électricité français Lumenval a remporté, aux côtés du groupe mexicain Grupo Energético Tlaltenango, de la maison de commerce japonaise Kisaragi Shoji et du fonds d'infrastructures canadien Maplecrest Infrastructure Partners, l'appel d'offres lancé par la Comisión Federal de Electricidad (CFE) pour la construction et l'exploitation d'une centrale solaire de 350 mégawatts avec stockage à Villa de Cos, dans l'État de Zacatecas.

Réunis au sein de la société Sol de Villa de Cos, les quatre partenaires investiront 280 millions de dollars d'ici à 2028 et vendront l'électricité à la CFE dans le cadre d'un contrat de vingt-cinq ans. Lumenval, qui détient 40 % du capital et assurera la construction puis l'exploitation, est associé à Tlaltenango (25 %), Kisaragi Shoji (20 %) et Maplecrest (15 %).

« C'est l'un des premiers appels d'offres de la CFE ouverts aux capitaux privés depuis plusieurs années, et nous voulions y aller avec des partenaires qui restent trente ans », a expliqué le président-directeur général de Lumenval, Augustin Ferrié-Lasserre.

La construction mobilisera jusqu'à 800 personnes, et la centrale emploiera 35 personnes en exploitation, a indiqué la future directrice générale de Sol de Villa de Cos, Mariana Esparza Dávila, qui dirige aujourd'hui les opérations de Tlaltenango.

Le gouverneur de Zacatecas, Rubén Berumen Félix, a pour sa part annoncé que l'État proposerait à Lumenval un accord-cadre pour former des techniciens dans les universités technologiques de la région, sans en préciser le calendrier.

Le directeur général de la CFE, Ernesto Salcido Varela, a rappelé que l'entreprise publique prévoit d'ajouter 13 000 mégawatts de capacité renouvelable d'ici 2030, dont près de la moitié avec des partenaires privés, et que la demande électrique du Bajío et du Nord croît de 4 % par an.

Le groupe Lumenval, basé à Montpellier, exploite 3,1 gigawatts dans onze pays et a réalisé en 2025 un chiffre d'affaires de 780 millions d'euros ; c'est son deuxième projet au Mexique après un parc éolien au Nuevo León.""",
[("Lumenval", "Organization", ["groupe Lumenval"]),
 ("Grupo Energético Tlaltenango", "Organization", ["Grupo Energetico Tlaltenango", "Tlaltenango"]),
 ("Kisaragi Shoji", "Organization", []),
 ("Maplecrest Infrastructure Partners", "Organization", ["Maplecrest"]),
 ("Sol de Villa de Cos", "Organization", ["société Sol de Villa de Cos"]),
 ("Comisión Federal de Electricidad", "Organization", ["CFE", "Comision Federal de Electricidad"]),
 ("Gobierno de Zacatecas", "Organization", ["Gobierno del Estado de Zacatecas"]),
 ("Augustin Ferrié-Lasserre", "Person", ["Augustin Ferrie-Lasserre", "Ferrié-Lasserre"]),
 ("Mariana Esparza Dávila", "Person", ["Mariana Esparza Davila", "Mariana Esparza", "Esparza Dávila"]),
 ("Rubén Berumen Félix", "Person", ["Ruben Berumen Felix", "Rubén Berumen", "Berumen Félix"]),
 ("Ernesto Salcido Varela", "Person", ["Ernesto Salcido", "Salcido Varela"]),
 ("Villa de Cos", "Place", []),
 ("Zacatecas", "Place", ["État de Zacatecas"]),
 ("Bajío", "Place", ["Bajio"]),
 ("Nuevo León", "Place", ["Nuevo Leon"]),
 ("Montpellier", "Place", []),
 ("Japan", "Place", ["Japon", "Japón"]),
 ("Canada", "Place", []),
 MX, FR],
roles=[R("Augustin Ferrié-Lasserre", ["président-directeur général", "PDG"], "Lumenval", "a expliqué le président-directeur général de Lumenval, Augustin Ferrié-Lasserre"),
       R("Mariana Esparza Dávila", ["directrice générale", "future directrice générale"], "Sol de Villa de Cos", "a indiqué la future directrice générale de Sol de Villa de Cos, Mariana Esparza Dávila"),
       R("Mariana Esparza Dávila", ["directrice des opérations", "directrice"], "Grupo Energético Tlaltenango", "qui dirige aujourd'hui les opérations de Tlaltenango"),
       R("Rubén Berumen Félix", "gouverneur", ["Zacatecas", "Gobierno de Zacatecas"], "Le gouverneur de Zacatecas, Rubén Berumen Félix"),
       R("Ernesto Salcido Varela", "directeur général", "Comisión Federal de Electricidad", "Le directeur général de la CFE, Ernesto Salcido Varela")],
inv=[I("Sol de Villa de Cos", ["Villa de Cos", "Zacatecas", "Mexico"], 280000000, "USD", "d'ici à 2028", "centrale solaire de 350 MW avec stockage", "les quatre partenaires investiront 280 millions de dollars d'ici à 2028", alts=["Lumenval", "Grupo Energético Tlaltenango", "Kisaragi Shoji", "Maplecrest Infrastructure Partners"])],
parts=[P("Lumenval", "Grupo Energético Tlaltenango", "société Sol de Villa de Cos (consortium)", "aux côtés du groupe mexicain Grupo Energético Tlaltenango", a_alt=["Sol de Villa de Cos"]),
       P("Lumenval", "Kisaragi Shoji", "société Sol de Villa de Cos (consortium)", "de la maison de commerce japonaise Kisaragi Shoji", a_alt=["Sol de Villa de Cos"]),
       P("Lumenval", "Maplecrest Infrastructure Partners", "société Sol de Villa de Cos (consortium)", "et du fonds d'infrastructures canadien Maplecrest Infrastructure Partners", a_alt=["Sol de Villa de Cos"]),
       P("Sol de Villa de Cos", "Comisión Federal de Electricidad", "contrat de vente d'électricité de vingt-cinq ans", "vendront l'électricité à la CFE dans le cadre d'un contrat de vingt-cinq ans", a_alt=["Lumenval", "Grupo Energético Tlaltenango", "Kisaragi Shoji", "Maplecrest Infrastructure Partners"]),
       P("Gobierno de Zacatecas", "Lumenval", "accord-cadre de formation proposé", "l'État proposerait à Lumenval un accord-cadre", opt=True, a_alt=["Zacatecas"])],
claims=[C("Sol de Villa de Cos", "jobs", 800, "personnes pendant la construction", "La construction mobilisera jusqu'à 800 personnes"),
        C("Sol de Villa de Cos", "jobs", 35, "emplois en exploitation", "la centrale emploiera 35 personnes en exploitation"),
        C("Sol de Villa de Cos", "other", 350, "mégawatts", "une centrale solaire de 350 mégawatts", opt=True, note="capacity")],
notes="Invented. French energy newsletter. A tender won by a lead 'aux côtés de A, de B et de C' (a list after the verb and before the object): one required row per partner with the lead (the project company accepted for the lead), none between the others. The project company is the grammatical investor ('Réunis au sein de la société X, les quatre partenaires investiront'): vehicle as investor, the four members accepted. The 25-year sale to the CFE is a required partnership (state utility, probes2-4). Shares in parentheses after 'est associé à'. The future head of the project company ('la future directrice générale', required) and her current post told with a verb ('qui dirige aujourd'hui les opérations de', required). A governor's offer of a future accord-cadre with no date is optional. The CFE's capacity plans, demand growth, revenue and capacity give no fact (capacity optional).")

A("r23", "fr", "2026-10-13", "https://example.org/bretagne-eco/2026/10/13/ocelis-ozama-santo-domingo-este",
"""République dominicaine : Océlis et le Grupo Ozama créent une coentreprise pour valoriser les déchets de Santo Domingo Este

BREST — La société brestoise Océlis Environnement, spécialisée dans le tri et la valorisation énergétique des déchets, va construire en République dominicaine sa première usine hors d'Europe. Elle a créé à cet effet avec le conglomérat dominicain Grupo Ozama Industrial une coentreprise détenue à parts égales, Ozama Valoriza, qui investira 140 millions de dollars dans une usine de tri et de production de biogaz sur un terrain de 22 hectares à San Luis, dans la municipalité de Santo Domingo Este.

Le second volet du projet a été scellé le même jour, lundi, à Santo Domingo. Ozama Valoriza y a signé avec l'ayuntamiento (la mairie) de Santo Domingo Este une convention de vingt ans par laquelle la municipalité s'engage à livrer à l'usine 1 800 tonnes de déchets par jour, soit la quasi-totalité de ce que produisent ses 1,1 million d'habitants.

« Aujourd'hui, ces déchets finissent dans une décharge à ciel ouvert. Demain, ils éclaireront l'équivalent de 60 000 foyers », a résumé le président d'Océlis, Yann Le Bihan-Quéméner.

La coentreprise sera dirigée par Patricia Henríquez Olivo, aujourd'hui directrice financière du Grupo Ozama. L'usine emploiera 300 personnes, dont 150 anciens recycleurs informels que la coentreprise s'est engagée à embaucher et à former.

Lire aussi : En Martinique, le port de Fort-de-France lance l'extension de la Pointe des Grives

La signature s'est déroulée en présence du ministre de l'Environnement et des Ressources naturelles, Miguel Ángel Castaños Peguero, de l'alcaldesa de Santo Domingo Este, Rosa Amelia Batista Marte, et du président du Grupo Ozama Industrial, José Miguel Báez Lluberes.

Proparco étudie un prêt de 60 millions de dollars à la coentreprise, selon une source proche du dossier. Océlis, qui emploie 420 personnes en Bretagne et en Normandie, a réalisé en 2025 un chiffre d'affaires de 96 millions d'euros.

La République dominicaine produit environ 14 000 tonnes de déchets solides par jour, dont moins de 10 % sont recyclées, selon le ministère.""",
[("Océlis Environnement", "Organization", ["Ocelis Environnement", "Océlis", "Ocelis"]),
 ("Grupo Ozama Industrial", "Organization", ["Grupo Ozama"]),
 ("Ozama Valoriza", "Organization", []),
 ("Ayuntamiento de Santo Domingo Este", "Organization", ["mairie de Santo Domingo Este", "ayuntamiento de Santo Domingo Este"]),
 ("Ministerio de Medio Ambiente y Recursos Naturales", "Organization", ["ministère de l'Environnement et des Ressources naturelles", "Ministère de l'Environnement et des Ressources naturelles"]),
 ("Proparco", "Organization", ["PROPARCO"]),
 ("Yann Le Bihan-Quéméner", "Person", ["Yann Le Bihan-Quemener", "Le Bihan-Quéméner"]),
 ("Patricia Henríquez Olivo", "Person", ["Patricia Henriquez Olivo", "Patricia Henríquez", "Henríquez Olivo"]),
 ("Miguel Ángel Castaños Peguero", "Person", ["Miguel Angel Castanos Peguero", "Miguel Ángel Castaños", "Castaños Peguero"]),
 ("Rosa Amelia Batista Marte", "Person", ["Rosa Amelia Batista", "Batista Marte"]),
 ("José Miguel Báez Lluberes", "Person", ["Jose Miguel Baez Lluberes", "José Miguel Báez", "Báez Lluberes"]),
 ("San Luis", "Place", []),
 ("Santo Domingo Este", "Place", []),
 ("Santo Domingo", "Place", []),
 ("Brest", "Place", []),
 ("Bretagne", "Place", ["Brittany"]),
 ("Normandie", "Place", ["Normandy"]),
 ("Europe", "Place", ["Europa"]),
 DO, FR],
roles=[R("Yann Le Bihan-Quéméner", "président", "Océlis Environnement", "a résumé le président d'Océlis, Yann Le Bihan-Quéméner"),
       R("Patricia Henríquez Olivo", ["directrice", "dirigeante", "directrice générale"], ["Ozama Valoriza", "Grupo Ozama Industrial"], "La coentreprise sera dirigée par Patricia Henríquez Olivo"),
       R("Patricia Henríquez Olivo", ["directrice financière", "CFO"], "Grupo Ozama Industrial", "aujourd'hui directrice financière du Grupo Ozama"),
       R("Miguel Ángel Castaños Peguero", ["ministre de l'Environnement et des Ressources naturelles", "ministre"], ["Ministerio de Medio Ambiente y Recursos Naturales", "Dominican Republic"], "du ministre de l'Environnement et des Ressources naturelles, Miguel Ángel Castaños Peguero"),
       R("Rosa Amelia Batista Marte", ["alcaldesa", "maire"], ["Santo Domingo Este", "Ayuntamiento de Santo Domingo Este"], "de l'alcaldesa de Santo Domingo Este, Rosa Amelia Batista Marte"),
       R("José Miguel Báez Lluberes", "président", "Grupo Ozama Industrial", "du président du Grupo Ozama Industrial, José Miguel Báez Lluberes")],
inv=[I("Ozama Valoriza", ["San Luis", "Santo Domingo Este", "Dominican Republic"], 140000000, "USD", None, "usine de tri et de production de biogaz", "Ozama Valoriza, qui investira 140 millions de dollars", alts=["Océlis Environnement", "Grupo Ozama Industrial"])],
parts=[P("Océlis Environnement", "Grupo Ozama Industrial", "coentreprise Ozama Valoriza (50/50)", "Elle a créé à cet effet avec le conglomérat dominicain Grupo Ozama Industrial une coentreprise"),
       P("Ozama Valoriza", "Ayuntamiento de Santo Domingo Este", "convention de vingt ans (livraison des déchets)", "Ozama Valoriza y a signé avec l'ayuntamiento (la mairie) de Santo Domingo Este une convention de vingt ans", a_alt=["Océlis Environnement", "Grupo Ozama Industrial"], b_alt=["Santo Domingo Este"]),
       P("Proparco", "Ozama Valoriza", "prêt à l'étude", "Proparco étudie un prêt de 60 millions de dollars à la coentreprise", opt=True)],
claims=[C("Ozama Valoriza", "jobs", 300, "emplois à l'usine", "L'usine emploiera 300 personnes"),
        C("Ayuntamiento de Santo Domingo Este", "people_reached", 1100000, "habitants dont les déchets seront traités", "ses 1,1 million d'habitants"),
        C("Ozama Valoriza", "jobs", 150, "anciens recycleurs informels (dont)", "dont 150 anciens recycleurs informels", opt=True, note="subset of the 300"),
        C("Ozama Valoriza", "people_reached", 60000, "foyers (équivalent)", "l'équivalent de 60 000 foyers", opt=True, note="equivalent households"),
        C("Océlis Environnement", "jobs", 420, "employés", "qui emploie 420 personnes", opt=True, note="existing workforce")],
notes="Invented. Breton regional business press with dateline and a 'Lire aussi :' chrome line. The JV is created 'avec X' with the JV's name after the noun ('une coentreprise détenue à parts égales, Ozama Valoriza, qui investira'): the JV is the investor (relative clause), both parents accepted; the JV is a required partnership. The 20-year waste-delivery convention with the municipality is told across two sentences ('Le second volet du projet a été scellé ...' then 'Ozama Valoriza y a signé avec l'ayuntamiento ...'): required (a long-term contract with a public body, like probes4's water purchase by Essmar). The inhabitants whose waste is treated are people_reached; the household equivalent and the recycler subset are optional. Future JV head and her current post both required; a Dominican alcaldesa (title kept in Spanish) and minister. The Proparco loan under study is optional; national waste figures and revenue give no fact.")

A("r24", "fr", "2026-11-10", "https://example.org/antilles-eco/2026/11/10/gpmm-pointe-des-grives-groupement-caudan",
"""Martinique : le groupement mené par Caudan Travaux Maritimes remporte l'extension du terminal de la Pointe des Grives

FORT-DE-FRANCE — Le Grand Port Maritime de la Martinique (GPMM) a attribué au groupement formé par Caudan Travaux Maritimes, mandataire, le belge Scheldemond Dredging et l'entreprise martiniquaise Terrassements du Lamentin le marché d'extension du terminal à conteneurs de la Pointe des Grives, pour un montant de 96 millions d'euros. Les travaux débuteront en janvier 2027 pour une durée de trente mois.

Le marché comprend le dragage de 1,4 million de mètres cubes, l'allongement du quai de 250 mètres et la création de 9 hectares de terre-pleins. Le GPMM investira au total 142 millions d'euros dans l'opération, qui comprend aussi l'achat de deux portiques, financés à hauteur de 38 millions d'euros par le Fonds européen de développement régional (Feder) et de 20 millions par la Collectivité territoriale de Martinique (CTM).

« Sans cette extension, nous aurions perdu les porte-conteneurs de nouvelle génération au profit de Kingston ou de Pointe-à-Pitre », a souligné le président du directoire du GPMM, Régis Monrose-Laborde.

Le chantier mobilisera jusqu'à 250 personnes. Le groupement recrutera 40 jeunes en contrat d'apprentissage, en partenariat avec le Régiment du service militaire adapté (RSMA) de la Martinique, et réservera 10 % des heures travaillées à des personnes en insertion, soit environ 60 000 heures.

Le contrat a été signé mardi à la capitainerie en présence du préfet de la Martinique, Xavier Dumont-Leclerc, et du président du conseil exécutif de la CTM, Max-Henri Bellemare-Joseph. Il a été paraphé, pour le groupement, par le directeur général de Caudan Travaux Maritimes, Erwan Le Floc'h-Daniel, et par le gérant de Terrassements du Lamentin, Fabrice Sainte-Rose Jos.

« C'est le plus gros chantier maritime de l'île depuis la construction du terminal, il y a trente ans », a rappelé le préfet.

Le port de Fort-de-France a traité 178 000 conteneurs EVP en 2025, en hausse de 5 %, dont un tiers en transbordement vers les îles voisines. Caudan Travaux Maritimes, dont le siège est à Lorient, emploie 1 300 personnes et a réalisé l'an dernier un chiffre d'affaires de 310 millions d'euros.""",
[("Grand Port Maritime de la Martinique", "Organization", ["GPMM", "Grand port maritime de la Martinique"]),
 ("Caudan Travaux Maritimes", "Organization", ["Caudan"]),
 ("Scheldemond Dredging", "Organization", ["Scheldemond"]),
 ("Terrassements du Lamentin", "Organization", []),
 ("Fonds européen de développement régional", "Organization", ["Feder", "FEDER", "Fonds europeen de developpement regional"]),
 ("Collectivité territoriale de Martinique", "Organization", ["CTM", "Collectivite territoriale de Martinique"]),
 ("Régiment du service militaire adapté de la Martinique", "Organization", ["RSMA", "RSMA de la Martinique", "Régiment du service militaire adapté", "Regiment du service militaire adapte"]),
 ("Préfecture de la Martinique", "Organization", ["Prefecture de la Martinique"]),
 ("Régis Monrose-Laborde", "Person", ["Regis Monrose-Laborde", "Monrose-Laborde"]),
 ("Xavier Dumont-Leclerc", "Person", ["Dumont-Leclerc"]),
 ("Max-Henri Bellemare-Joseph", "Person", ["Bellemare-Joseph"]),
 ("Erwan Le Floc'h-Daniel", "Person", ["Erwan Le Floch-Daniel", "Le Floc'h-Daniel"]),
 ("Fabrice Sainte-Rose Jos", "Person", ["Sainte-Rose Jos"]),
 ("Pointe des Grives", "Place", ["terminal de la Pointe des Grives"]),
 ("Fort-de-France", "Place", []),
 ("Martinique", "Place", []),
 ("Kingston", "Place", []),
 ("Pointe-à-Pitre", "Place", ["Pointe-a-Pitre"]),
 ("Lorient", "Place", []),
 BE, FR],
roles=[R("Régis Monrose-Laborde", ["président du directoire", "président"], "Grand Port Maritime de la Martinique", "a souligné le président du directoire du GPMM, Régis Monrose-Laborde"),
       R("Xavier Dumont-Leclerc", ["préfet", "préfet de la Martinique"], ["Préfecture de la Martinique", "Martinique", "France"], "en présence du préfet de la Martinique, Xavier Dumont-Leclerc"),
       R("Max-Henri Bellemare-Joseph", ["président du conseil exécutif", "président"], ["Collectivité territoriale de Martinique", "Martinique"], "du président du conseil exécutif de la CTM, Max-Henri Bellemare-Joseph"),
       R("Erwan Le Floc'h-Daniel", "directeur général", "Caudan Travaux Maritimes", "par le directeur général de Caudan Travaux Maritimes, Erwan Le Floc'h-Daniel"),
       R("Fabrice Sainte-Rose Jos", "gérant", "Terrassements du Lamentin", "par le gérant de Terrassements du Lamentin, Fabrice Sainte-Rose Jos")],
inv=[I("Grand Port Maritime de la Martinique", ["Pointe des Grives", "Fort-de-France", "Martinique", "France"], 142000000, "EUR", "travaux de janvier 2027 à mi-2029", "extension du terminal à conteneurs et deux portiques", "Le GPMM investira au total 142 millions d'euros dans l'opération"),
     I("Grand Port Maritime de la Martinique", ["Pointe des Grives", "Fort-de-France", "Martinique", "France"], 96000000, "EUR", "trente mois", "marché d'extension (montant du contrat)", "pour un montant de 96 millions d'euros", opt=True, alts=["Caudan Travaux Maritimes", "Scheldemond Dredging", "Terrassements du Lamentin"]),
     I("Fonds européen de développement régional", ["Fort-de-France", "Martinique", "France"], 38000000, "EUR", None, "subvention européenne (partie du total)", "financés à hauteur de 38 millions d'euros par le Fonds européen de développement régional (Feder)", opt=True),
     I("Collectivité territoriale de Martinique", ["Fort-de-France", "Martinique", "France"], 20000000, "EUR", None, "subvention territoriale (partie du total)", "et de 20 millions par la Collectivité territoriale de Martinique (CTM)", opt=True)],
parts=[P("Caudan Travaux Maritimes", "Scheldemond Dredging", "groupement d'entreprises (mandataire Caudan)", "au groupement formé par Caudan Travaux Maritimes, mandataire, le belge Scheldemond Dredging"),
       P("Caudan Travaux Maritimes", "Terrassements du Lamentin", "groupement d'entreprises (mandataire Caudan)", "et l'entreprise martiniquaise Terrassements du Lamentin le marché d'extension"),
       P("Caudan Travaux Maritimes", "Régiment du service militaire adapté de la Martinique", "recrutement d'apprentis", "en partenariat avec le Régiment du service militaire adapté (RSMA) de la Martinique", a_alt=["Scheldemond Dredging", "Terrassements du Lamentin"]),
       P("Grand Port Maritime de la Martinique", "Caudan Travaux Maritimes", "marché d'extension (appel d'offres remporté)", "Le Grand Port Maritime de la Martinique (GPMM) a attribué au groupement", opt=True, b_alt=["Scheldemond Dredging", "Terrassements du Lamentin"]),
       P("Fonds européen de développement régional", "Grand Port Maritime de la Martinique", "cofinancement européen", "financés à hauteur de 38 millions d'euros par le Fonds européen", opt=True),
       P("Collectivité territoriale de Martinique", "Grand Port Maritime de la Martinique", "cofinancement territorial", "et de 20 millions par la Collectivité territoriale de Martinique (CTM)", opt=True)],
claims=[C("Caudan Travaux Maritimes", "jobs", 250, "personnes sur le chantier", "Le chantier mobilisera jusqu'à 250 personnes"),
        C("Caudan Travaux Maritimes", "trainees", 40, "jeunes en apprentissage", "Le groupement recrutera 40 jeunes en contrat d'apprentissage"),
        C("Caudan Travaux Maritimes", "other", 60000, "heures d'insertion", "soit environ 60 000 heures", opt=True),
        C("Caudan Travaux Maritimes", "jobs", 1300, "employés", "emploie 1 300 personnes", opt=True, note="existing workforce")],
notes="Invented. Martinique business press. A works contract awarded by a state port authority to a 'groupement formé par X, mandataire, Y et Z': one required row per member with the mandataire (lead), none between the others; the award is optional (tender won), and the contract amount 'pour un montant de 96 millions d'euros' is an optional investment row (client, members accepted; see r16). A decision: the port authority's own spending ('Le GPMM investira au total 142 millions d'euros') is a required investment, like a state utility's own spending (probes4 r12), while its Feder and CTM grants are optional parts and optional funding links. Apprentices recruited 'en partenariat avec le RSMA' are trainees, and the partnership is required (the groupement's lead stands for it). A préfet (prefecture + Martinique + France), the CTM's executive-council president, a port 'président du directoire'; the contract 'paraphé, pour le groupement, par' two company heads. Insertion hours optional; container volumes, the workforce (optional) and revenue give no fact.")
