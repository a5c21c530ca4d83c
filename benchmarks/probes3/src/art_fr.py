# French articles r16-r24 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])
FR = ("France", "Place", ["Francia"])

A("r16", "fr", "2026-02-11", "https://example.org/actualites/haiti-solea-sud-mini-reseaux-grand-sud",
"""Haïti : la coentreprise Soléa Sud va électrifier douze communes du Grand Sud

PORT-AU-PRINCE — Le développeur martiniquais Caraïbe Lumière et l'entreprise haïtienne Kombit Enèji ont créé une coentreprise, Soléa Sud, qui construira et exploitera des mini-réseaux solaires dans douze communes des départements du Sud et de la Grand'Anse.

Le projet représente un investissement de 18 millions de dollars américains, soit près de 2,3 milliards de gourdes, réparti sur trois ans. La coentreprise en assurera seule le financement, Caraïbe Lumière apportant 60 % du capital.

« Aux Cayes, un commerçant paie aujourd'hui son électricité trois fois plus cher qu'à Fort-de-France », a résumé Joël Ursulet, président-directeur général de Caraïbe Lumière. Le dirigeant a ajouté que les premiers villages seraient raccordés avant la saison des pluies.

Soléa Sud sera dirigée par Nadège Pierre-Louis, jusqu'ici directrice technique de Kombit Enèji.

Les mini-réseaux desserviront environ 85 000 habitants et 1 200 petites entreprises, selon la directrice générale d'Électricité d'Haïti (EDH), Carline Joseph Désir, qui a signé avec Soléa Sud un accord de raccordement au réseau national.

Le chantier mobilisera 300 ouvriers, et 140 jeunes électriciens seront formés avec l'Institut national de formation professionnelle (INFP).

Le ministre des Travaux publics, Transports et Communications, Jean-Robert Métellus, a assisté à la signature, aux côtés du maire principal des Cayes, Pierre-Richard Dorval.

Par ailleurs, la Banque interaméricaine de développement a accordé à l'EDH un prêt de 10 millions de dollars pour renforcer le réseau de Jérémie.""",
[("Soléa Sud", "Organization", ["Solea Sud"]),
 ("Caraïbe Lumière", "Organization", ["Caraibe Lumiere"]),
 ("Kombit Enèji", "Organization", ["Kombit Eneji", "Kombit"]),
 ("Joël Ursulet", "Person", ["Ursulet", "Joel Ursulet"]),
 ("Nadège Pierre-Louis", "Person", ["Pierre-Louis", "Nadege Pierre-Louis"]),
 ("Électricité d'Haïti", "Organization", ["EDH", "Electricite d'Haiti", "Électricité d'Haïti (EDH)"]),
 ("Carline Joseph Désir", "Person", ["Carline Joseph", "Joseph Désir", "Carline Joseph Desir"]),
 ("Institut national de formation professionnelle", "Organization", ["INFP", "Institut National de Formation Professionnelle"]),
 ("Jean-Robert Métellus", "Person", ["Métellus", "Jean-Robert Metellus"]),
 ("Ministère des Travaux publics, Transports et Communications", "Organization", ["MTPTC", "ministère des Travaux publics"]),
 ("Pierre-Richard Dorval", "Person", ["Dorval"]),
 ("Mairie des Cayes", "Organization", ["Mairie de Les Cayes"]),
 ("Banque interaméricaine de développement", "Organization", ["BID", "Banco Interamericano de Desarrollo", "IDB"]),
 ("Port-au-Prince", "Place", []),
 ("Sud", "Place", ["département du Sud", "Sud department"]),
 ("Grand'Anse", "Place", ["Grande-Anse", "département de la Grand'Anse"]),
 ("Grand Sud", "Place", []),
 ("Les Cayes", "Place", ["Cayes", "Aux Cayes"]),
 ("Fort-de-France", "Place", []),
 ("Jérémie", "Place", ["Jeremie"]),
 ("Haiti", "Place", ["Haïti", "Haití"])],
roles=[R("Joël Ursulet", ["président-directeur général", "PDG"], "Caraïbe Lumière", "a résumé Joël Ursulet, président-directeur général de Caraïbe Lumière"),
       R("Nadège Pierre-Louis", ["dirigeante", "directrice", "directrice générale"], "Soléa Sud", "Soléa Sud sera dirigée par Nadège Pierre-Louis"),
       R("Nadège Pierre-Louis", "directrice technique", "Kombit Enèji", "jusqu'ici directrice technique de Kombit Enèji", opt=True),
       R("Carline Joseph Désir", "directrice générale", "Électricité d'Haïti", "selon la directrice générale d'Électricité d'Haïti (EDH), Carline Joseph Désir"),
       R("Jean-Robert Métellus", "ministre des Travaux publics, Transports et Communications", ["Ministère des Travaux publics, Transports et Communications", "Haiti"], "Le ministre des Travaux publics, Transports et Communications, Jean-Robert Métellus"),
       R("Pierre-Richard Dorval", ["maire principal", "maire"], ["Les Cayes", "Mairie des Cayes"], "du maire principal des Cayes, Pierre-Richard Dorval")],
inv=[I("Soléa Sud", ["Sud", "Grand'Anse", "Grand Sud", "Haiti"], 18000000, "USD", "sur trois ans", "mini-réseaux solaires dans douze communes", "un investissement de 18 millions de dollars américains", alts=["Caraïbe Lumière", "Kombit Enèji"]),
     I("Soléa Sud", ["Sud", "Grand'Anse", "Grand Sud", "Haiti"], 2300000000, "HTG", "sur trois ans", "équivalent en gourdes", "soit près de 2,3 milliards de gourdes", opt=True, alts=["Caraïbe Lumière", "Kombit Enèji"])],
parts=[P("Caraïbe Lumière", "Kombit Enèji", "Soléa Sud", "ont créé une coentreprise, Soléa Sud"),
       P("Soléa Sud", "Électricité d'Haïti", "accord de raccordement au réseau national", "qui a signé avec Soléa Sud un accord de raccordement", a_alt=["Caraïbe Lumière", "Kombit Enèji"]),
       P("Soléa Sud", "Institut national de formation professionnelle", "formation de jeunes électriciens", "140 jeunes électriciens seront formés avec l'Institut national de formation professionnelle (INFP)", a_alt=["Caraïbe Lumière", "Kombit Enèji"])],
claims=[C("Soléa Sud", "people_reached", 85000, "habitants", "desserviront environ 85 000 habitants"),
        C("Soléa Sud", "other", 1200, "petites entreprises", "et 1 200 petites entreprises", opt=True),
        C("Soléa Sud", "jobs", 300, "ouvriers", "Le chantier mobilisera 300 ouvriers", note="construction"),
        C("Soléa Sud", "trainees", 140, "électriciens", "140 jeunes électriciens seront formés")],
notes="Invented. The joint venture is the financing subject ('La coentreprise en assurera seule le financement'): JV as investor, both parents accepted (probes2 q18). USD first-stated and required; the gourde equivalent optional (HTG). Title after the name in the quote attribution; 'Le dirigeant' refers back. 'sera dirigée par X, jusqu'ici directrice technique de Y': future JV post required with a loose title list, previous post optional. The EDH agreement is told in a relative clause after the people-reached figure. Training in the passive with 'avec' (no explicit subject). Haitian 'maire principal'. The minister and mayor attended (no partnership). The IDB loan to EDH gives no fact.")

A("r17", "fr", "2026-03-25", "https://example.org/actualites/cuba-vauquelin-cartonera-habana-mariel",
"""Cuba : le groupe Vauquelin mise 62 millions d'euros sur une usine d'emballages à Mariel

LA HAVANE — Le groupe normand Vauquelin Emballages a signé mercredi avec l'entreprise d'État cubaine Cartonera Habana les statuts d'une entreprise mixte, Cartopack Mariel, qui fabriquera des emballages en carton ondulé dans la Zone spéciale de développement de Mariel (ZEDM), à 45 kilomètres à l'ouest de La Havane.

Le groupe y investira 62 millions d'euros sur cinq ans et détiendra 51 % du capital, a indiqué le président du directoire de Vauquelin, Xavier Lemonnier. Le solde sera apporté en nature par le partenaire cubain, sous forme de terrains et de bâtiments. M. Lemonnier passera le relais le 1er janvier 2027 à l'actuelle directrice générale déléguée, Sophie Grandcamp.

La ministre du Commerce extérieur et de l'Investissement étranger, Mayra Céspedes Rivero, a présidé la cérémonie. Elle a souligné que l'usine permettra de réduire de 30 % les importations d'emballages de l'île.

L'usine emploiera 420 travailleurs cubains, et 60 techniciens seront formés pendant six mois en Normandie. Elle produira 90 millions de boîtes par an, destinées en priorité aux exportateurs de rhum, de tabac et de fruits.

Cartonera Habana, dirigée par Orlando Fumero Baró, fournira également la matière première recyclée. La directrice générale de la ZEDM, Ileana Portuondo Vaillant, a rappelé que la zone compte désormais une soixantaine d'usagers étrangers.

L'ambassadeur de France à Cuba, Bertrand Olivier-Lamarque, assistait à la signature.

Vauquelin Emballages, qui emploie 3 400 salariés en Europe, a réalisé un chiffre d'affaires de 1,1 milliard d'euros en 2025.""",
[("Vauquelin Emballages", "Organization", ["Vauquelin", "groupe Vauquelin"]),
 ("Cartonera Habana", "Organization", []),
 ("Cartopack Mariel", "Organization", []),
 ("Zona Especial de Desarrollo Mariel", "Organization", ["ZEDM", "Zone spéciale de développement de Mariel", "Zone speciale de developpement de Mariel"]),
 ("Xavier Lemonnier", "Person", ["Lemonnier"]),
 ("Sophie Grandcamp", "Person", ["Grandcamp"]),
 ("Mayra Céspedes Rivero", "Person", ["Mayra Céspedes", "Céspedes Rivero", "Mayra Cespedes Rivero"]),
 ("Ministerio del Comercio Exterior y la Inversión Extranjera", "Organization", ["MINCEX", "Mincex", "ministère du Commerce extérieur et de l'Investissement étranger"]),
 ("Orlando Fumero Baró", "Person", ["Orlando Fumero", "Fumero Baró", "Orlando Fumero Baro"]),
 ("Ileana Portuondo Vaillant", "Person", ["Ileana Portuondo", "Portuondo Vaillant"]),
 ("Bertrand Olivier-Lamarque", "Person", ["Olivier-Lamarque"]),
 ("Mariel", "Place", []),
 ("La Havane", "Place", ["La Habana", "Havana"]),
 ("Normandie", "Place", ["Normandy"]),
 ("Cuba", "Place", []),
 FR],
roles=[R("Xavier Lemonnier", "président du directoire", "Vauquelin Emballages", "a indiqué le président du directoire de Vauquelin, Xavier Lemonnier"),
       R("Sophie Grandcamp", ["présidente du directoire", "président du directoire"], "Vauquelin Emballages", "passera le relais le 1er janvier 2027 à l'actuelle directrice générale déléguée, Sophie Grandcamp"),
       R("Sophie Grandcamp", "directrice générale déléguée", "Vauquelin Emballages", "l'actuelle directrice générale déléguée, Sophie Grandcamp"),
       R("Mayra Céspedes Rivero", "ministre du Commerce extérieur et de l'Investissement étranger", ["Ministerio del Comercio Exterior y la Inversión Extranjera", "Cuba"], "La ministre du Commerce extérieur et de l'Investissement étranger, Mayra Céspedes Rivero"),
       R("Orlando Fumero Baró", ["directeur", "directeur général", "dirigeant"], "Cartonera Habana", "Cartonera Habana, dirigée par Orlando Fumero Baró"),
       R("Ileana Portuondo Vaillant", "directrice générale", "Zona Especial de Desarrollo Mariel", "La directrice générale de la ZEDM, Ileana Portuondo Vaillant"),
       R("Bertrand Olivier-Lamarque", "ambassadeur de France à Cuba", "France", "L'ambassadeur de France à Cuba, Bertrand Olivier-Lamarque")],
inv=[I("Vauquelin Emballages", ["Mariel", "Cuba"], 62000000, "EUR", "sur cinq ans", "usine d'emballages en carton (entreprise mixte Cartopack Mariel)", "Le groupe y investira 62 millions d'euros sur cinq ans", alts=["Cartopack Mariel"])],
parts=[P("Vauquelin Emballages", "Cartonera Habana", "Cartopack Mariel", "a signé mercredi avec l'entreprise d'État cubaine Cartonera Habana les statuts d'une entreprise mixte")],
claims=[C("Cartopack Mariel", "jobs", 420, "travailleurs", "L'usine emploiera 420 travailleurs cubains"),
        C("Cartopack Mariel", "trainees", 60, "techniciens", "60 techniciens seront formés pendant six mois en Normandie"),
        C("Cartopack Mariel", "other", 90000000, "boîtes par an", "Elle produira 90 millions de boîtes par an", opt=True),
        C("Vauquelin Emballages", "jobs", 3400, "salariés", "qui emploie 3 400 salariés en Europe", opt=True, note="existing workforce")],
notes="Invented. Future-dated succession ('M. X passera le relais le 1er janvier 2027 à l'actuelle directrice générale déléguée, Y'): X still in office (required), Y's future post and her current post required ('déléguée' carries no vice word for the scorer; kept as written). Cuban 'entreprise mixte' (joint venture with a state enterprise) signed as 'a signé avec Y les statuts d'une entreprise mixte'. Investor by anaphor ('Le groupe y investira'); the JV accepted. The Cuban partner's in-kind contribution has no amount. 'dirigée par X' gives a loose title list. The minister 'a présidé la cérémonie' and the ambassador attended: roles, no partnership. The 30 % import cut, the zone's user count, revenue and existing workforce give no required fact.")

A("r18", "fr", "2026-04-28", "https://example.org/actualites/forges-de-vaucluse-celaya-guanajuato",
"""Mexique : les Forges de Vaucluse engagent 85 M€ à Celaya

Le sous-traitant automobile avignonnais Forges de Vaucluse va construire une usine de pièces forgées à Celaya, dans l'État de Guanajuato, au Mexique. Le groupe y consacrera 85 millions d'euros sur cinq ans, a annoncé lundi sa présidente-directrice générale, Claire-Hélène Barbotin.

Il s'agit de la première implantation de l'entreprise hors d'Europe. « Nos clients allemands et japonais sont déjà là-bas, nous devions les suivre », a-t-elle expliqué lors d'une conférence de presse à Lyon.

L'usine, qui emploiera 380 personnes à terme, sera dirigée par Mathias Roux-Combaluzier, actuel directeur industriel du groupe, qui s'installera à Celaya en septembre. Elle produira 18 000 tonnes de pièces par an.

Forges de Vaucluse s'est associé à l'Institut technologique de Celaya, membre du réseau public TecNM, pour former 150 techniciens en métallurgie d'ici 2028.

Selon la secrétaire au Développement économique durable de Guanajuato, Marisol Aranda Pérez, l'État a facilité l'achat d'un terrain de 12 hectares dans le parc industriel Amistad. Le maire de Celaya, Rubén Liceaga Olvera, a pour sa part promis une nouvelle voie d'accès au parc.

Le directeur financier, Antoine Sellier, a précisé que l'investissement serait financé par un prêt bancaire de 50 millions d'euros et par la trésorerie du groupe.

Forges de Vaucluse a réalisé un chiffre d'affaires de 640 millions d'euros en 2025. Le marché mexicain des pièces forgées pèse environ 2 milliards de dollars par an, selon le cabinet Arvalis Conseil.""",
[("Forges de Vaucluse", "Organization", ["les Forges de Vaucluse", "Vaucluse"]),
 ("Claire-Hélène Barbotin", "Person", ["Barbotin", "Claire-Helene Barbotin"]),
 ("Mathias Roux-Combaluzier", "Person", ["Roux-Combaluzier"]),
 ("Instituto Tecnológico de Celaya", "Organization", ["Institut technologique de Celaya", "Instituto Tecnologico de Celaya", "TecNM Celaya"]),
 ("Tecnológico Nacional de México", "Organization", ["TecNM", "Tecnologico Nacional de Mexico"]),
 ("Marisol Aranda Pérez", "Person", ["Marisol Aranda", "Aranda Pérez", "Marisol Aranda Perez"]),
 ("Secretaría de Desarrollo Económico Sustentable de Guanajuato", "Organization", ["Secretaría de Desarrollo Económico Sustentable", "SDES", "secrétariat au Développement économique durable"]),
 ("Rubén Liceaga Olvera", "Person", ["Rubén Liceaga", "Liceaga Olvera", "Ruben Liceaga Olvera"]),
 ("Antoine Sellier", "Person", ["Sellier"]),
 ("Arvalis Conseil", "Organization", []),
 ("Celaya", "Place", []),
 ("Guanajuato", "Place", ["État de Guanajuato"]),
 ("Avignon", "Place", []),
 ("Lyon", "Place", []),
 MX],
roles=[R("Claire-Hélène Barbotin", ["présidente-directrice générale", "PDG"], "Forges de Vaucluse", "a annoncé lundi sa présidente-directrice générale, Claire-Hélène Barbotin"),
       R("Mathias Roux-Combaluzier", "directeur industriel", "Forges de Vaucluse", "actuel directeur industriel du groupe"),
       R("Mathias Roux-Combaluzier", ["directeur de l'usine", "directeur"], "Forges de Vaucluse", "sera dirigée par Mathias Roux-Combaluzier"),
       R("Marisol Aranda Pérez", "secrétaire au Développement économique durable", ["Secretaría de Desarrollo Económico Sustentable de Guanajuato", "Guanajuato"], "la secrétaire au Développement économique durable de Guanajuato, Marisol Aranda Pérez"),
       R("Rubén Liceaga Olvera", "maire", "Celaya", "Le maire de Celaya, Rubén Liceaga Olvera"),
       R("Antoine Sellier", "directeur financier", "Forges de Vaucluse", "Le directeur financier, Antoine Sellier")],
inv=[I("Forges de Vaucluse", ["Celaya", "Guanajuato", "Mexico"], 85000000, "EUR", "sur cinq ans", "usine de pièces forgées", "Le groupe y consacrera 85 millions d'euros sur cinq ans")],
parts=[P("Forges de Vaucluse", "Instituto Tecnológico de Celaya", "formation de techniciens en métallurgie", "Forges de Vaucluse s'est associé à l'Institut technologique de Celaya", b_alt=["Tecnológico Nacional de México"])],
claims=[C("Forges de Vaucluse", "jobs", 380, "personnes", "qui emploiera 380 personnes à terme"),
        C("Forges de Vaucluse", "trainees", 150, "techniciens", "pour former 150 techniciens en métallurgie"),
        C("Forges de Vaucluse", "other", 18000, "tonnes par an", "Elle produira 18 000 tonnes de pièces par an", opt=True)],
notes="Invented. Amount as '85 M€' in the headline and '85 millions d'euros' in the body with an anaphoric investor ('Le groupe y consacrera'). Feminine 'présidente-directrice générale' after the verb. 'sera dirigée par X, actuel directeur industriel du groupe': both the current and the future post are required. The TecNM campus is the partner (TecNM accepted). The CFO is named without the company ('Le directeur financier'). The bank loan, revenue and market size (quoted from a consultancy, no person) give no fact; the 12-hectare plot is not annotated.")

A("r19", "fr", "2026-05-14", "https://example.org/actualites/bresil-vendane-composites-camacari-bahia",
"""Brésil : Vendane Composites investira 450 millions de reais à Camaçari

SALVADOR DE BAHIA — Le fabricant franco-danois de pales d'éoliennes Vendane Composites va ouvrir une usine à Camaçari, dans la région métropolitaine de Salvador, dans l'État de Bahia. L'entreprise y investira 450 millions de reais, soit environ 75 millions d'euros, d'ici 2028.

« Bahia a le meilleur vent du Brésil, et nos clients y construisent leurs parcs », résume Søren Kjeldsen. Le dirigeant, qui préside le directoire de Vendane depuis 2022, a signé mardi le protocole d'installation avec le gouverneur de Bahia, Otávio Brandão Leal.

L'usine produira 600 pales par an et créera 700 emplois directs. Sa mise en service est prévue au second semestre 2027.

Vendane a également conclu un accord de partenariat avec le Service national d'apprentissage industriel (Senai) de Bahia, qui formera 1 500 jeunes aux métiers des matériaux composites sur trois ans. Le directeur régional du Senai, Marcos Aurélio Pinheiro, a indiqué que les cours se tiendraient dans un atelier-école installé sur le site même de l'usine.

La secrétaire au Développement économique de Bahia, Lívia Sampaio Neves, a rappelé que l'État a accueilli l'an dernier six nouvelles usines liées à l'énergie éolienne.

Le carnet de commandes de la future usine est déjà rempli pour deux ans grâce à un contrat de fourniture de 1,2 milliard de reais signé avec l'énergéticien brésilien Ventos do Sertão, a précisé la directrice Amérique latine de Vendane, Inès Lobato.

Vendane Composites emploie 5 200 personnes dans six pays.""",
[("Vendane Composites", "Organization", ["Vendane"]),
 ("Søren Kjeldsen", "Person", ["Kjeldsen", "Soren Kjeldsen"]),
 ("Otávio Brandão Leal", "Person", ["Otávio Brandão", "Brandão Leal", "Otavio Brandao Leal"]),
 ("Governo da Bahia", "Organization", ["gouvernement de Bahia", "Gouvernement de l'État de Bahia"]),
 ("Serviço Nacional de Aprendizagem Industrial", "Organization", ["Senai", "SENAI", "Service national d'apprentissage industriel", "Senai Bahia", "Senai-BA"]),
 ("Marcos Aurélio Pinheiro", "Person", ["Marcos Aurélio", "Pinheiro", "Marcos Aurelio Pinheiro"]),
 ("Lívia Sampaio Neves", "Person", ["Lívia Sampaio", "Sampaio Neves", "Livia Sampaio Neves"]),
 ("Secretaria de Desenvolvimento Econômico da Bahia", "Organization", ["Secretaria de Desenvolvimento Econômico", "SDE", "secrétariat au Développement économique de Bahia"]),
 ("Ventos do Sertão", "Organization", ["Ventos do Sertao"]),
 ("Inès Lobato", "Person", ["Lobato", "Ines Lobato"]),
 ("Camaçari", "Place", ["Camacari"]),
 ("Salvador", "Place", ["Salvador de Bahia", "région métropolitaine de Salvador"]),
 ("Bahia", "Place", ["État de Bahia", "Bahía"]),
 ("Brazil", "Place", ["Brasil", "Brésil"])],
roles=[R("Søren Kjeldsen", ["président du directoire", "dirigeant"], "Vendane Composites", "Le dirigeant, qui préside le directoire de Vendane depuis 2022"),
       R("Otávio Brandão Leal", "gouverneur", ["Bahia", "Governo da Bahia"], "avec le gouverneur de Bahia, Otávio Brandão Leal"),
       R("Marcos Aurélio Pinheiro", "directeur régional", "Serviço Nacional de Aprendizagem Industrial", "Le directeur régional du Senai, Marcos Aurélio Pinheiro"),
       R("Lívia Sampaio Neves", "secrétaire au Développement économique", ["Secretaria de Desenvolvimento Econômico da Bahia", "Bahia"], "La secrétaire au Développement économique de Bahia, Lívia Sampaio Neves"),
       R("Inès Lobato", "directrice Amérique latine", "Vendane Composites", "a précisé la directrice Amérique latine de Vendane, Inès Lobato")],
inv=[I("Vendane Composites", ["Camaçari", "Salvador", "Bahia", "Brazil"], 450000000, "BRL", "d'ici 2028", "usine de pales d'éoliennes", "L'entreprise y investira 450 millions de reais"),
     I("Vendane Composites", ["Camaçari", "Salvador", "Bahia", "Brazil"], 75000000, "EUR", "d'ici 2028", "équivalent en euros", "soit environ 75 millions d'euros", opt=True)],
parts=[P("Vendane Composites", "Serviço Nacional de Aprendizagem Industrial", "formation aux métiers des composites", "Vendane a également conclu un accord de partenariat avec le Service national d'apprentissage industriel (Senai) de Bahia"),
       P("Vendane Composites", "Governo da Bahia", "protocole d'installation", "a signé mardi le protocole d'installation avec le gouverneur de Bahia", b_alt=["Bahia"]),
       P("Vendane Composites", "Ventos do Sertão", "contrat de fourniture de pales", "grâce à un contrat de fourniture de 1,2 milliard de reais", opt=True)],
claims=[C("Vendane Composites", "jobs", 700, "emplois directs", "créera 700 emplois directs"),
        C("Serviço Nacional de Aprendizagem Industrial", "trainees", 1500, "jeunes", "qui formera 1 500 jeunes"),
        C("Vendane Composites", "other", 600, "pales par an", "L'usine produira 600 pales par an", opt=True),
        C("Vendane Composites", "jobs", 5200, "personnes", "Vendane Composites emploie 5 200 personnes dans six pays", opt=True, note="existing workforce")],
notes="Invented. The CEO is named in a quote attribution with no title and his post is given in the next sentence through 'Le dirigeant, qui préside le directoire de Vendane' (required). BRL first-stated and required, EUR equivalent optional. A 'protocole d'installation' signed with the governor is a signed agreement with the state government (required; the state accepted). The supply contract with a customer is optional (a client, but a signed contract). Senai named in French with the state ('Senai de Bahia'). Existing workforce optional.")

A("r20", "fr", "2026-06-10", "https://example.org/actualites/colombie-orbitale-connect-mintic-ecoles-rurales",
"""Colombie : Orbitale Connect et le ministère des TIC paraphent un protocole d'accord pour connecter 1 200 écoles rurales

BOGOTA — L'opérateur satellitaire luxembourgeois Orbitale Connect et le ministère colombien des Technologies de l'information et des communications (MinTIC) ont paraphé jeudi un protocole d'accord pour raccorder à Internet 1 200 écoles rurales des départements du Cauca, du Nariño et du Chocó.

Orbitale y consacrera 900 milliards de pesos colombiens, environ 210 millions de dollars, sur quatre ans, dont une nouvelle station terrestre à Popayán. Quelque 240 000 élèves en bénéficieront, selon le ministère.

« C'est la fin de l'école sans réseau dans le Pacifique colombien », a déclaré la ministre des TIC, Yaneth Ruiz Castaño, à l'issue de la signature. Le vice-ministre de la Connectivité, Hernán Pabón Rueda, coordonnera le suivi du programme.

Le patron d'Orbitale pour l'Amérique latine, Lionel Krecké, a indiqué que les premières écoles seraient raccordées dès septembre. Sa cheffe de projet, Amélie Duvernoy, s'installera à Popayán pour toute la durée du déploiement.

Le déploiement mobilisera 300 techniciens, dont 200 seront formés par le SENA. L'intégrateur colombien Redes del Macizo a été retenu comme sous-traitant pour les travaux au sol.

Le gouverneur du Cauca, Elías Larrahondo Mina, a demandé que les postes de santé soient aussi raccordés.

Orbitale a levé l'an dernier 500 millions d'euros sur le marché obligataire. Le marché colombien de la connectivité par satellite est estimé à 400 millions de dollars par an.""",
[("Orbitale Connect", "Organization", ["Orbitale"]),
 ("Ministerio de Tecnologías de la Información y las Comunicaciones", "Organization", ["MinTIC", "ministère des TIC", "ministère colombien des Technologies de l'information et des communications", "ministère des Technologies de l'information et des communications"]),
 ("Yaneth Ruiz Castaño", "Person", ["Yaneth Ruiz", "Ruiz Castaño", "Yaneth Ruiz Castano"]),
 ("Hernán Pabón Rueda", "Person", ["Hernán Pabón", "Pabón Rueda", "Hernan Pabon Rueda"]),
 ("Lionel Krecké", "Person", ["Krecké", "Lionel Krecke"]),
 ("Amélie Duvernoy", "Person", ["Duvernoy", "Amelie Duvernoy"]),
 ("Servicio Nacional de Aprendizaje", "Organization", ["SENA", "Sena"]),
 ("Redes del Macizo", "Organization", []),
 ("Elías Larrahondo Mina", "Person", ["Elías Larrahondo", "Larrahondo Mina", "Elias Larrahondo Mina"]),
 ("Gobernación del Cauca", "Organization", ["Gobernacion del Cauca"]),
 ("Bogotá", "Place", ["Bogota"]),
 ("Cauca", "Place", ["département du Cauca"]),
 ("Nariño", "Place", ["Narino"]),
 ("Chocó", "Place", ["Choco"]),
 ("Popayán", "Place", ["Popayan"]),
 ("Colombia", "Place", ["Colombie"]),
 ("Luxembourg", "Place", [])],
roles=[R("Yaneth Ruiz Castaño", "ministre des TIC", ["Ministerio de Tecnologías de la Información y las Comunicaciones", "Colombia"], "a déclaré la ministre des TIC, Yaneth Ruiz Castaño"),
       R("Hernán Pabón Rueda", "vice-ministre de la Connectivité", ["Ministerio de Tecnologías de la Información y las Comunicaciones", "Colombia"], "Le vice-ministre de la Connectivité, Hernán Pabón Rueda"),
       R("Lionel Krecké", ["patron pour l'Amérique latine", "patron", "directeur Amérique latine", "responsable Amérique latine"], "Orbitale Connect", "Le patron d'Orbitale pour l'Amérique latine, Lionel Krecké"),
       R("Amélie Duvernoy", "cheffe de projet", "Orbitale Connect", "Sa cheffe de projet, Amélie Duvernoy"),
       R("Elías Larrahondo Mina", "gouverneur", ["Cauca", "Gobernación del Cauca"], "Le gouverneur du Cauca, Elías Larrahondo Mina")],
inv=[I("Orbitale Connect", ["Popayán", "Cauca", "Nariño", "Chocó", "Colombia"], 900000000000, "COP", "sur quatre ans", "connexion de 1 200 écoles rurales", "Orbitale y consacrera 900 milliards de pesos colombiens"),
     I("Orbitale Connect", ["Popayán", "Cauca", "Nariño", "Chocó", "Colombia"], 210000000, "USD", "sur quatre ans", "équivalent en dollars", "environ 210 millions de dollars", opt=True)],
parts=[P("Orbitale Connect", "Ministerio de Tecnologías de la Información y las Comunicaciones", "connexion des écoles rurales", "ont paraphé jeudi un protocole d'accord", b_alt=["Colombia"]),
       P("Orbitale Connect", "Servicio Nacional de Aprendizaje", "formation de techniciens", "dont 200 seront formés par le SENA", opt=True),
       P("Orbitale Connect", "Redes del Macizo", "sous-traitance des travaux au sol", "a été retenu comme sous-traitant", opt=True)],
claims=[C("Orbitale Connect", "people_reached", 240000, "élèves", "Quelque 240 000 élèves en bénéficieront"),
        C("Orbitale Connect", "jobs", 300, "techniciens", "Le déploiement mobilisera 300 techniciens"),
        C("Servicio Nacional de Aprendizaje", "trainees", 200, "techniciens", "dont 200 seront formés par le SENA"),
        C("Orbitale Connect", "other", 1200, "écoles", "raccorder à Internet 1 200 écoles rurales", opt=True)],
notes="Invented. 'ont paraphé un protocole d'accord' (an MoU with a ministry). '900 milliards de pesos colombiens' = 9e11 COP (USD equivalent optional); investor by 'Orbitale y consacrera'. Informal 'Le patron d'Orbitale pour l'Amérique latine' (loose title list) and 'Sa cheffe de projet'. 'vice-ministre' is a vice post. Training by the SENA is a subset of the deployment workforce but a separate training figure (required trainees); the SENA link is not stated as an agreement (optional partnership), nor is the subcontractor (optional). Schools are a count of sites (optional). Bonds and market size give no fact.")

A("r21", "fr", "2026-07-07", "https://example.org/actualites/perou-consortium-agua-moche-trujillo",
"""Pérou : un consortium franco-péruvien construira l'usine d'épuration de Trujillo pour 420 M$

LIMA — Le consortium Agua Moche, emmené par le français Sequana Eaux, a remporté l'appel d'offres pour construire et exploiter pendant vingt ans une usine de traitement des eaux usées à Trujillo, dans la région de La Libertad, sur la côte nord du Pérou.

Le consortium réunit trois entreprises : Sequana Eaux (45 %), le groupe de BTP péruvien Constructora Chimú (35 %) et l'exploitant espagnol Hidrotúria (20 %). Il investira 420 millions de dollars dans l'ouvrage, qui doit entrer en service en 2029, a précisé le ministre du Logement, de la Construction et de l'Assainissement, Gustavo Ramos Ugaz.

L'usine traitera les eaux usées de quelque 900 000 habitants, qui se déversent aujourd'hui presque sans traitement dans le Pacifique. Le chantier créera 1 100 emplois.

Le directeur Amériques de Sequana Eaux, Fabrice Allègre-Monnier, prendra la présidence du consortium. « Trujillo sera notre vitrine sur le continent », a-t-il déclaré.

Le contrat de concession sera signé en août avec l'entreprise publique régionale d'eau Sedalib, dont la gérante générale par intérim, Rocío Benites Alva, a salué « la fin d'un retard de trente ans ».

Le gouverneur régional de La Libertad, Víctor Cáceres Alva, a pour sa part demandé que l'usine emploie en priorité des habitants de la vallée de Moche.

Le coût total du programme national d'assainissement des villes côtières est estimé à 3,2 milliards de dollars. Le consortium a obtenu un prêt de 250 millions de dollars de la banque de développement CAF.""",
[("Consorcio Agua Moche", "Organization", ["Agua Moche", "consortium Agua Moche"]),
 ("Sequana Eaux", "Organization", ["Sequana"]),
 ("Constructora Chimú", "Organization", ["Constructora Chimu", "Chimú"]),
 ("Hidrotúria", "Organization", ["Hidroturia"]),
 ("Gustavo Ramos Ugaz", "Person", ["Gustavo Ramos", "Ramos Ugaz"]),
 ("Ministerio de Vivienda, Construcción y Saneamiento", "Organization", ["ministère du Logement, de la Construction et de l'Assainissement", "Vivienda", "MVCS"]),
 ("Fabrice Allègre-Monnier", "Person", ["Allègre-Monnier", "Fabrice Allegre-Monnier"]),
 ("Sedalib", "Organization", ["SEDALIB", "Servicio de Agua Potable y Alcantarillado de La Libertad"]),
 ("Rocío Benites Alva", "Person", ["Rocío Benites", "Benites Alva", "Rocio Benites Alva"]),
 ("Víctor Cáceres Alva", "Person", ["Víctor Cáceres", "Cáceres Alva", "Victor Caceres Alva"]),
 ("Gobierno Regional de La Libertad", "Organization", ["Gobierno Regional La Libertad"]),
 ("Corporación Andina de Fomento", "Organization", ["CAF", "banque de développement CAF"]),
 ("Trujillo", "Place", []),
 ("La Libertad", "Place", ["région de La Libertad", "La Libertad Region"]),
 ("Moche", "Place", ["vallée de Moche"]),
 ("Lima", "Place", []),
 ("Peru", "Place", ["Perú", "Pérou"])],
roles=[R("Gustavo Ramos Ugaz", "ministre du Logement, de la Construction et de l'Assainissement", ["Ministerio de Vivienda, Construcción y Saneamiento", "Peru"], "a précisé le ministre du Logement, de la Construction et de l'Assainissement, Gustavo Ramos Ugaz"),
       R("Fabrice Allègre-Monnier", "directeur Amériques", "Sequana Eaux", "Le directeur Amériques de Sequana Eaux, Fabrice Allègre-Monnier"),
       R("Fabrice Allègre-Monnier", ["président du consortium", "président"], "Consorcio Agua Moche", "prendra la présidence du consortium"),
       R("Rocío Benites Alva", ["gérante générale par intérim", "gérante générale"], "Sedalib", "dont la gérante générale par intérim, Rocío Benites Alva"),
       R("Víctor Cáceres Alva", "gouverneur régional", ["La Libertad", "Gobierno Regional de La Libertad"], "Le gouverneur régional de La Libertad, Víctor Cáceres Alva")],
inv=[I("Consorcio Agua Moche", ["Trujillo", "La Libertad", "Peru"], 420000000, "USD", "mise en service en 2029", "usine de traitement des eaux usées", "Il investira 420 millions de dollars dans l'ouvrage", alts=["Sequana Eaux", "Constructora Chimú", "Hidrotúria"])],
parts=[P("Sequana Eaux", "Constructora Chimú", "Consorcio Agua Moche", "Le consortium réunit trois entreprises"),
       P("Sequana Eaux", "Hidrotúria", "Consorcio Agua Moche", "Le consortium réunit trois entreprises"),
       P("Consorcio Agua Moche", "Sedalib", "contrat de concession", "Le contrat de concession sera signé en août avec l'entreprise publique régionale d'eau Sedalib", opt=True)],
claims=[C("Consorcio Agua Moche", "people_reached", 900000, "habitants", "traitera les eaux usées de quelque 900 000 habitants"),
        C("Consorcio Agua Moche", "jobs", 1100, "emplois", "Le chantier créera 1 100 emplois")],
notes="Invented. Headline '420 M$'. The consortium's members listed after a colon with their shares: one row per member paired with the lead (Sequana), none between the others. The investor is the consortium by pronoun ('Il investira'), members accepted, and the amount is attributed to the minister. 'prendra la présidence du consortium' (future post, required). Interim head of the water company ('la gérante générale par intérim', required). The concession contract with the public water company is optional (concession, probes convention), and not yet signed. The national programme cost and the CAF loan give no fact.")

A("r22", "fr", "2026-08-26", "https://example.org/actualites/chili-entretien-boisrond-coronel-bois",
"""Entretien — « Au Chili, le bois peut loger une génération entière »

Hélène Vasseur-Ortiz est, depuis mars, directrice Amérique du Sud du groupe Boisrond, spécialiste français de la construction en bois. Nous l'avons rencontrée à Concepción, où l'entreprise prépare sa première usine hors de France.

— Quel est le projet ?

— Une usine de panneaux de bois lamellé-croisé à Coronel, au sud de Concepción. Nous y investirons 120 millions d'euros sur quatre ans, en commençant par une première ligne en 2027.

— Seuls ?

— Avec un partenaire local, la forestière Maderas Nahuelbuta, qui nous fournira le bois et prendra 25 % de la société d'exploitation. Nous avons signé le pacte d'actionnaires en mai.

— Combien d'emplois ?

— Environ 250 à terme, et 400 pendant le chantier. Nous formerons aussi 180 charpentiers avec l'Université du Bío-Bío, qui a une très bonne école de génie du bois.

— Les autorités vous soutiennent-elles ?

— Le gouverneur régional du Biobío, Cristóbal Henríquez Sanhueza, est venu voir notre usine pilote en Savoie. Et la ministre du Logement, Francisca Lagos Sepúlveda, nous a dit que l'État voulait 10 000 logements sociaux en bois d'ici 2030.

— Qui dirige le groupe en France ?

— Notre fondateur, Paul Boisrond, qui reste président, et depuis l'an dernier un directeur général, Yanis Ferhat. Le groupe a réalisé 410 millions d'euros de chiffre d'affaires en 2025.

— Et après Coronel ?

— Nous regardons le Pérou, mais rien n'est décidé.""",
[("Boisrond", "Organization", ["groupe Boisrond"]),
 ("Hélène Vasseur-Ortiz", "Person", ["Vasseur-Ortiz", "Helene Vasseur-Ortiz"]),
 ("Maderas Nahuelbuta", "Organization", ["Nahuelbuta"]),
 ("Universidad del Bío-Bío", "Organization", ["Université du Bío-Bío", "Universidad del Bio-Bio", "Université du Bio-Bio", "UBB"]),
 ("Cristóbal Henríquez Sanhueza", "Person", ["Cristóbal Henríquez", "Henríquez Sanhueza", "Cristobal Henriquez Sanhueza"]),
 ("Gobierno Regional del Biobío", "Organization", ["Gobierno Regional del Biobio"]),
 ("Francisca Lagos Sepúlveda", "Person", ["Francisca Lagos", "Lagos Sepúlveda", "Francisca Lagos Sepulveda"]),
 ("Ministerio de Vivienda y Urbanismo", "Organization", ["Minvu", "MINVU", "ministère du Logement"]),
 ("Paul Boisrond", "Person", []),
 ("Yanis Ferhat", "Person", ["Ferhat"]),
 ("Coronel", "Place", []),
 ("Concepción", "Place", ["Concepcion"]),
 ("Biobío", "Place", ["Biobio", "région du Biobío", "Región del Biobío"]),
 ("Savoie", "Place", []),
 ("Chile", "Place", ["Chili"]),
 ("Peru", "Place", ["Perú", "Pérou"]),
 ("South America", "Place", ["Amérique du Sud", "Sudamérica"]),
 FR],
roles=[R("Hélène Vasseur-Ortiz", "directrice Amérique du Sud", "Boisrond", "est, depuis mars, directrice Amérique du Sud du groupe Boisrond"),
       R("Cristóbal Henríquez Sanhueza", "gouverneur régional", ["Biobío", "Gobierno Regional del Biobío"], "Le gouverneur régional du Biobío, Cristóbal Henríquez Sanhueza"),
       R("Francisca Lagos Sepúlveda", "ministre du Logement", ["Ministerio de Vivienda y Urbanismo", "Chile"], "la ministre du Logement, Francisca Lagos Sepúlveda"),
       R("Paul Boisrond", "fondateur", "Boisrond", "Notre fondateur, Paul Boisrond"),
       R("Paul Boisrond", "président", "Boisrond", "qui reste président"),
       R("Yanis Ferhat", "directeur général", "Boisrond", "un directeur général, Yanis Ferhat")],
inv=[I("Boisrond", ["Coronel", "Biobío", "Chile"], 120000000, "EUR", "sur quatre ans", "usine de panneaux de bois lamellé-croisé", "Nous y investirons 120 millions d'euros sur quatre ans")],
parts=[P("Boisrond", "Maderas Nahuelbuta", "société d'exploitation de l'usine de Coronel", "Avec un partenaire local, la forestière Maderas Nahuelbuta"),
       P("Boisrond", "Universidad del Bío-Bío", "formation de charpentiers", "Nous formerons aussi 180 charpentiers avec l'Université du Bío-Bío")],
claims=[C("Boisrond", "jobs", 250, "emplois", "Environ 250 à terme", note="permanent"),
        C("Boisrond", "jobs", 400, "emplois", "et 400 pendant le chantier", note="construction"),
        C("Boisrond", "trainees", 180, "charpentiers", "Nous formerons aussi 180 charpentiers"),
        C("Chile", "other", 10000, "logements", "l'État voulait 10 000 logements sociaux en bois d'ici 2030", opt=True, note="national target, not the project's")],
notes="Invented. French Q&A interview (em-dash turns): the investment, partnership and training are in the first person plural ('Nous y investirons', 'Avec un partenaire local', 'Nous formerons ... avec'), so the subject is the interviewee's group. The interviewee's title is in the intro with an inserted time phrase ('est, depuis mars, directrice ...'). The partner takes 25 % of the operating company (partnership required; the investment is stated by the group alone). Founder and president in one answer ('Notre fondateur, X, qui reste président'). Jobs answer without a noun. The housing target is national (optional other); revenue and Peru ('rien n'est décidé') give no fact.")

A("r23", "fr", "2026-10-06", "https://example.org/actualites/argentine-fertilizantes-atlantico-sur-durancel-bahia-blanca",
"""Argentine : une usine d'urée de 1,3 milliard de dollars à Bahía Blanca

BUENOS AIRES — Le gouverneur de la province de Buenos Aires, Gustavo Arrieta Solá, a annoncé jeudi que l'entreprise argentine Fertilizantes del Atlántico Sur et le groupe français Durancel construiront ensemble une usine d'urée dans le pôle pétrochimique de Bahía Blanca, pour un investissement total de 1,3 milliard de dollars étalé entre 2026 et 2029.

Les deux partenaires ont constitué une coentreprise, Urea Pampeana, détenue à 60 % par l'argentin. L'usine produira 1,2 million de tonnes d'urée par an à partir du gaz de Vaca Muerta, de quoi couvrir la moitié des besoins du pays.

« Nous importons aujourd'hui un engrais fabriqué avec un gaz que nous avons sous les pieds », a souligné le président de Fertilizantes del Atlántico Sur, Ignacio Bertoldi.

Côté français, c'est Valérie Anquetil, directrice générale adjointe de Durancel, qui pilotera le projet. Durancel apportera sa technologie de synthèse et la moitié de l'ingénierie.

Le chantier emploiera 2 500 personnes au plus fort des travaux, puis l'usine comptera 400 postes permanents. Dans le cadre d'une convention avec Urea Pampeana, l'Université technologique nationale (UTN) de Bahía Blanca formera 200 opérateurs.

La ministre de la Production de la province, Laura Echenique, a présenté le projet comme « le plus important de la décennie pour le sud bonaerense ». Le maire (intendente) de Bahía Blanca, Hernán Zuberbühler, a réclamé un plan de logement pour les ouvriers.

Le projet pourrait bénéficier d'un prêt de 500 millions de dollars d'une banque multilatérale. Les importations argentines d'engrais ont atteint 1,1 milliard de dollars l'an dernier.""",
[("Fertilizantes del Atlántico Sur", "Organization", ["Fertilizantes del Atlantico Sur", "FAS"]),
 ("Durancel", "Organization", ["groupe Durancel"]),
 ("Urea Pampeana", "Organization", ["Urea Pampeana SA"]),
 ("Gustavo Arrieta Solá", "Person", ["Gustavo Arrieta", "Arrieta Solá", "Gustavo Arrieta Sola"]),
 ("Gobierno de la Provincia de Buenos Aires", "Organization", ["gouvernement de la province de Buenos Aires"]),
 ("Ignacio Bertoldi", "Person", ["Bertoldi"]),
 ("Valérie Anquetil", "Person", ["Anquetil", "Valerie Anquetil"]),
 ("Universidad Tecnológica Nacional", "Organization", ["UTN", "Université technologique nationale", "UTN Bahía Blanca", "Universidad Tecnologica Nacional"]),
 ("Laura Echenique", "Person", ["Echenique"]),
 ("Ministerio de Producción, Ciencia e Innovación Tecnológica de Buenos Aires", "Organization", ["Ministerio de Producción", "ministère de la Production", "Ministerio de Producción, Ciencia e Innovación Tecnológica"]),
 ("Hernán Zuberbühler", "Person", ["Zuberbühler", "Hernan Zuberbuhler"]),
 ("Municipalidad de Bahía Blanca", "Organization", ["Municipalidad de Bahia Blanca"]),
 ("Bahía Blanca", "Place", ["Bahia Blanca"]),
 ("Buenos Aires", "Place", ["province de Buenos Aires", "provincia de Buenos Aires", "Buenos Aires Province"]),
 ("Vaca Muerta", "Place", []),
 ("Argentina", "Place", ["Argentine"]),
 FR],
roles=[R("Gustavo Arrieta Solá", "gouverneur", ["Buenos Aires", "Gobierno de la Provincia de Buenos Aires"], "Le gouverneur de la province de Buenos Aires, Gustavo Arrieta Solá"),
       R("Ignacio Bertoldi", "président", "Fertilizantes del Atlántico Sur", "a souligné le président de Fertilizantes del Atlántico Sur, Ignacio Bertoldi"),
       R("Valérie Anquetil", "directrice générale adjointe", "Durancel", "c'est Valérie Anquetil, directrice générale adjointe de Durancel, qui pilotera le projet"),
       R("Laura Echenique", "ministre de la Production", ["Ministerio de Producción, Ciencia e Innovación Tecnológica de Buenos Aires", "Buenos Aires"], "La ministre de la Production de la province, Laura Echenique"),
       R("Hernán Zuberbühler", ["maire (intendente)", "maire", "intendente"], ["Bahía Blanca", "Municipalidad de Bahía Blanca"], "Le maire (intendente) de Bahía Blanca, Hernán Zuberbühler")],
inv=[I("Fertilizantes del Atlántico Sur", ["Bahía Blanca", "Buenos Aires", "Argentina"], 1300000000, "USD", "entre 2026 et 2029", "usine d'urée (coentreprise Urea Pampeana)", "pour un investissement total de 1,3 milliard de dollars", alts=["Durancel", "Urea Pampeana"]),
     I("Durancel", ["Bahía Blanca", "Buenos Aires", "Argentina"], 1300000000, "USD", "entre 2026 et 2029", "même projet (co-investisseur)", "pour un investissement total de 1,3 milliard de dollars", opt=True, alts=["Fertilizantes del Atlántico Sur", "Urea Pampeana"])],
parts=[P("Fertilizantes del Atlántico Sur", "Durancel", "Urea Pampeana", "construiront ensemble une usine d'urée"),
       P("Urea Pampeana", "Universidad Tecnológica Nacional", "formation d'opérateurs", "Dans le cadre d'une convention avec Urea Pampeana", a_alt=["Fertilizantes del Atlántico Sur", "Durancel"])],
claims=[C("Urea Pampeana", "jobs", 2500, "personnes", "Le chantier emploiera 2 500 personnes au plus fort des travaux", note="construction peak"),
        C("Urea Pampeana", "jobs", 400, "postes permanents", "l'usine comptera 400 postes permanents", note="permanent"),
        C("Universidad Tecnológica Nacional", "trainees", 200, "opérateurs", "formera 200 opérateurs"),
        C("Urea Pampeana", "other", 1200000, "tonnes par an", "1,2 million de tonnes d'urée par an", opt=True)],
notes="Invented. The joint investment is announced by the governor on the companies' behalf ('a annoncé que X et Y construiront ensemble ... pour un investissement total de'): required row with the partner and the JV as alternatives, optional partner row. 'construiront ensemble' and the JV in the next sentence are one partnership. Deputy post 'directrice générale adjointe' (vice word) in a cleft sentence ('c'est X, ..., qui pilotera'). Mayor given as 'maire (intendente)' with the local word in parentheses. The convention with the JV is named in a prepositional phrase. The possible multilateral loan and fertiliser imports give no fact.")

A("r24", "fr", "2026-11-18", "https://example.org/actualites/republique-dominicaine-karukera-energies-infotep",
"""République dominicaine : le groupe guadeloupéen Karukera Énergies signe une convention avec l'INFOTEP

SAINT-DOMINGUE — Le groupe guadeloupéen Karukera Énergies, qui construit deux centrales solaires dans la province de Monte Cristi, a signé mardi une convention de partenariat avec l'Institut national de formation technique professionnelle (INFOTEP) pour former 400 installateurs et techniciens photovoltaïques d'ici fin 2027.

Les deux centrales, d'une puissance totale de 120 mégawatts, représentent un investissement de 140 millions de dollars, que le groupe réalise avec le fonds dominicain Inversiones Yaque. Elles alimenteront l'équivalent de 95 000 foyers.

« Nous voulons que les emplois de la transition restent ici », a déclaré le président de Karukera Énergies, Frantz Caliste. Les chantiers emploient actuellement 550 personnes, dont un tiers de femmes.

La directrice générale de l'INFOTEP, Altagracia Ventura de los Santos, a indiqué que les cours se tiendraient au centre de formation de Santiago et sur les chantiers.

Le ministre de l'Énergie et des Mines, Rolando Peña Batista, et la gouverneure provinciale de Monte Cristi, Ana Delia Pichardo, assistaient à la cérémonie, parrainée par la chambre de commerce franco-dominicaine.

Le responsable du groupe pour la République dominicaine, Teddy Ramassamy, a précisé que Karukera Énergies étudie un troisième site dans la province de Valverde, sans calendrier ni montant à ce stade.

Karukera Énergies a réalisé l'an dernier un chiffre d'affaires de 280 millions d'euros, principalement en Guadeloupe, en Martinique et en Guyane.""",
[("Karukera Énergies", "Organization", ["Karukera", "Karukera Energies"]),
 ("INFOTEP", "Organization", ["Instituto Nacional de Formación Técnico Profesional", "Infotep", "Institut national de formation technique professionnelle", "Instituto Nacional de Formacion Tecnico Profesional"]),
 ("Inversiones Yaque", "Organization", ["Yaque"]),
 ("Frantz Caliste", "Person", ["Caliste"]),
 ("Altagracia Ventura de los Santos", "Person", ["Altagracia Ventura", "Ventura de los Santos"]),
 ("Rolando Peña Batista", "Person", ["Rolando Peña", "Peña Batista", "Rolando Pena Batista"]),
 ("Ministerio de Energía y Minas de la República Dominicana", "Organization", ["Ministerio de Energía y Minas", "ministère de l'Énergie et des Mines", "MEM"]),
 ("Ana Delia Pichardo", "Person", ["Pichardo"]),
 ("Gobernación Provincial de Monte Cristi", "Organization", ["Gobernación de Monte Cristi"]),
 ("Chambre de commerce franco-dominicaine", "Organization", ["Cámara de Comercio Franco-Dominicana"]),
 ("Teddy Ramassamy", "Person", ["Ramassamy"]),
 ("Saint-Domingue", "Place", ["Santo Domingo"]),
 ("Monte Cristi", "Place", ["Montecristi", "province de Monte Cristi", "provincia de Monte Cristi"]),
 ("Santiago de los Caballeros", "Place", ["Santiago"]),
 ("Valverde", "Place", ["province de Valverde"]),
 ("Dominican Republic", "Place", ["République dominicaine", "República Dominicana", "Republica Dominicana"]),
 ("Guadeloupe", "Place", []),
 ("Martinique", "Place", []),
 ("Guyane", "Place", ["French Guiana"])],
roles=[R("Frantz Caliste", "président", "Karukera Énergies", "a déclaré le président de Karukera Énergies, Frantz Caliste"),
       R("Altagracia Ventura de los Santos", "directrice générale", "INFOTEP", "La directrice générale de l'INFOTEP, Altagracia Ventura de los Santos"),
       R("Rolando Peña Batista", "ministre de l'Énergie et des Mines", ["Ministerio de Energía y Minas de la República Dominicana", "Dominican Republic"], "Le ministre de l'Énergie et des Mines, Rolando Peña Batista"),
       R("Ana Delia Pichardo", ["gouverneure provinciale", "gouverneure", "gouverneur"], ["Monte Cristi", "Gobernación Provincial de Monte Cristi"], "la gouverneure provinciale de Monte Cristi, Ana Delia Pichardo"),
       R("Teddy Ramassamy", ["responsable du groupe pour la République dominicaine", "responsable"], "Karukera Énergies", "Le responsable du groupe pour la République dominicaine, Teddy Ramassamy")],
inv=[I("Karukera Énergies", ["Monte Cristi", "Dominican Republic"], 140000000, "USD", None, "deux centrales solaires de 120 MW au total", "représentent un investissement de 140 millions de dollars", alts=["Inversiones Yaque"]),
     I("Inversiones Yaque", ["Monte Cristi", "Dominican Republic"], 140000000, "USD", None, "même projet (co-investisseur)", "représentent un investissement de 140 millions de dollars", opt=True, alts=["Karukera Énergies"])],
parts=[P("Karukera Énergies", "INFOTEP", "formation d'installateurs photovoltaïques", "a signé mardi une convention de partenariat avec l'Institut national de formation technique professionnelle (INFOTEP)"),
       P("Karukera Énergies", "Inversiones Yaque", "centrales solaires de Monte Cristi", "que le groupe réalise avec le fonds dominicain Inversiones Yaque")],
claims=[C("Karukera Énergies", "trainees", 400, "installateurs et techniciens", "pour former 400 installateurs et techniciens photovoltaïques"),
        C("Karukera Énergies", "jobs", 550, "personnes", "Les chantiers emploient actuellement 550 personnes", note="construction workforce of the project"),
        C("Karukera Énergies", "people_reached", 95000, "foyers", "l'équivalent de 95 000 foyers", opt=True, note="equivalent households"),
        C("Karukera Énergies", "other", 120, "MW", "d'une puissance totale de 120 mégawatts", opt=True)],
notes="Invented. 'convention de partenariat' with INFOTEP (same institution and head as r13, reused on purpose). The investment sentence's subject is the plants ('Les deux centrales ... représentent un investissement de'), and the investor is given in a relative clause with a co-investor ('que le groupe réalise avec le fonds ...'): required row with the fund as alternative, optional fund row, and a partnership. The construction workforce of the project in the present tense is required. Feminine 'gouverneure provinciale'. Attendees and the sponsoring chamber give no partnership. The third site has no amount; revenue gives no fact.")
