# French articles r01-r12 (invented).
FR = ("France", "Place", ["Francia"])
HT = ("Haiti", "Place", ["Haïti", "Haití"])
GP = ("Guadeloupe", "Place", ["Guadalupe"])
MX = ("Mexico", "Place", ["México", "Mexique"])
CO = ("Colombia", "Place", ["Colombie"])
BR = ("Brazil", "Place", ["Brésil", "Brasil"])
PE = ("Peru", "Place", ["Pérou", "Perú"])
DO = ("Dominican Republic", "Place", ["République dominicaine", "República Dominicana"])
GF = ("Guyane", "Place", ["French Guiana", "Guyane française", "Guayana Francesa"])
CL = ("Chile", "Place", ["Chili"])
AR = ("Argentina", "Place", ["Argentine"])
MQ = ("Martinique", "Place", ["Martinica"])
BE = ("Belgium", "Place", ["Belgique", "Bélgica"])
QC = ("Québec", "Place", ["Quebec"])

A("r01", "fr", "2026-02-05", "https://example.org/haiti-eco/2026/02/05/solarive-dorvilus-grand-anse",
"""Haïti : le wallon Solarive et le groupe Dorvilus créent une coentreprise pour électrifier dix communes de la Grand'Anse

Le fabricant namurois de centrales solaires Solarive et le groupe haïtien Dorvilus, présent dans la distribution de carburant et le bâtiment, ont signé mardi à Port-au-Prince les statuts de Clarté Grand'Anse, une coentreprise détenue à 60 % par Solarive et à 40 % par Dorvilus. La société construira et exploitera des mini-réseaux solaires avec stockage dans dix communes du département, dont Jérémie, Dame-Marie et Anse-d'Hainault.

Clarté Grand'Anse investira 34 millions de dollars américains d'ici à 2029. Les mini-réseaux desserviront à terme quelque 85 000 habitants, qui s'éclairent aujourd'hui avec des groupes électrogènes ou des lampes à kérosène.

« Nous ne venons pas vendre des panneaux. Nous venons produire, entretenir et facturer, pendant vingt ans », a déclaré l'administrateur délégué de Solarive, Thibault Vanderlinden-Goffin. La présidente-directrice générale du groupe Dorvilus, Nadège Célestin-Valcourt, a insisté sur le fait que chaque technicien serait recruté dans le département.

La coentreprise sera dirigée par Jonas Mésidor-Saintil, actuel directeur des opérations de Dorvilus, qui a passé dix ans chez un exploitant de réseaux en Floride.

Un protocole d'accord a été signé le même jour avec le ministère des Travaux publics, Transports et Communications (MTPTC), qui s'engage à accélérer la délivrance des autorisations et à céder des terrains publics pour l'implantation des centrales. Le ministre, Wilner Dorismond-Jeanty, y voit « un premier pas vers une Grand'Anse éclairée la nuit ».

Le projet créera 160 emplois directs. Solarive formera elle-même 120 électriciens et techniciens de maintenance dans un centre installé à Jérémie, à partir de septembre.

L'Agence française de développement (AFD) accompagne le projet par une subvention de 9 millions d'euros. « Les mini-réseaux sont la seule réponse rapide dans un département où le réseau national n'arrivera pas avant longtemps », a estimé la directrice de l'agence AFD à Port-au-Prince, Claire-Hélène Rouvenac.

Lire aussi : Au Cap-Haïtien, les coupures de courant pèsent sur les commerçants

Moins de 45 % des Haïtiens ont accès à l'électricité, selon des estimations publiées en 2025, et la proportion tombe sous 15 % dans la Grand'Anse, où l'ancien réseau de Jérémie ne fonctionne plus que quelques heures par jour.""",
[("Solarive", "Organization", ["Solarive SA"]),
 ("Groupe Dorvilus", "Organization", ["Dorvilus", "groupe Dorvilus"]),
 ("Clarté Grand'Anse", "Organization", ["Clarte Grand'Anse", "Clarté Grand Anse"]),
 ("Ministère des Travaux publics, Transports et Communications", "Organization", ["MTPTC", "ministère des Travaux publics", "Ministere des Travaux publics, Transports et Communications"]),
 ("Agence française de développement", "Organization", ["AFD", "Agence francaise de developpement", "French Development Agency"]),
 ("Thibault Vanderlinden-Goffin", "Person", ["Vanderlinden-Goffin"]),
 ("Nadège Célestin-Valcourt", "Person", ["Nadege Celestin-Valcourt", "Célestin-Valcourt"]),
 ("Jonas Mésidor-Saintil", "Person", ["Jonas Mesidor-Saintil", "Mésidor-Saintil"]),
 ("Wilner Dorismond-Jeanty", "Person", ["Dorismond-Jeanty"]),
 ("Claire-Hélène Rouvenac", "Person", ["Claire-Helene Rouvenac", "Rouvenac"]),
 ("Port-au-Prince", "Place", []),
 ("Grand'Anse", "Place", ["Grande-Anse", "département de la Grand'Anse", "Grand Anse"]),
 ("Jérémie", "Place", ["Jeremie"]),
 ("Dame-Marie", "Place", []),
 ("Anse-d'Hainault", "Place", []),
 ("Namur", "Place", []),
 ("Floride", "Place", ["Florida"]),
 ("Cap-Haïtien", "Place", ["Cap-Haitien"]),
 HT, BE],
roles=[R("Thibault Vanderlinden-Goffin", "administrateur délégué", "Solarive", "a déclaré l'administrateur délégué de Solarive, Thibault Vanderlinden-Goffin"),
       R("Nadège Célestin-Valcourt", ["présidente-directrice générale", "PDG", "présidente", "directrice générale"], "Groupe Dorvilus", "La présidente-directrice générale du groupe Dorvilus, Nadège Célestin-Valcourt"),
       R("Jonas Mésidor-Saintil", ["directeur", "dirigeant", "directeur général"], ["Clarté Grand'Anse", "Groupe Dorvilus", "Solarive"], "La coentreprise sera dirigée par Jonas Mésidor-Saintil"),
       R("Jonas Mésidor-Saintil", "directeur des opérations", "Groupe Dorvilus", "actuel directeur des opérations de Dorvilus"),
       R("Wilner Dorismond-Jeanty", ["ministre", "ministre des Travaux publics, Transports et Communications"], ["Ministère des Travaux publics, Transports et Communications", "Haiti"], "Le ministre, Wilner Dorismond-Jeanty"),
       R("Claire-Hélène Rouvenac", ["directrice de l'agence AFD à Port-au-Prince", "directrice de l'agence", "directrice"], "Agence française de développement", "la directrice de l'agence AFD à Port-au-Prince, Claire-Hélène Rouvenac")],
inv=[I("Clarté Grand'Anse", ["Grand'Anse", "Jérémie", "Haiti"], 34000000, "USD", "d'ici à 2029", "mini-réseaux solaires avec stockage dans dix communes", "Clarté Grand'Anse investira 34 millions de dollars américains d'ici à 2029", alts=["Solarive", "Groupe Dorvilus"])],
parts=[P("Solarive", "Groupe Dorvilus", "coentreprise Clarté Grand'Anse (60/40)", "une coentreprise détenue à 60 % par Solarive et à 40 % par Dorvilus"),
       P("Ministère des Travaux publics, Transports et Communications", "Clarté Grand'Anse", "protocole d'accord (autorisations, terrains publics)", "Un protocole d'accord a été signé le même jour avec le ministère des Travaux publics", b_alt=["Solarive", "Groupe Dorvilus"]),
       P("Agence française de développement", "Clarté Grand'Anse", "subvention", "accompagne le projet par une subvention de 9 millions d'euros", opt=True, b_alt=["Solarive", "Groupe Dorvilus"])],
claims=[C("Clarté Grand'Anse", "people_reached", 85000, "habitants desservis", "Les mini-réseaux desserviront à terme quelque 85 000 habitants"),
        C("Clarté Grand'Anse", "jobs", 160, "emplois directs", "Le projet créera 160 emplois directs"),
        C("Solarive", "trainees", 120, "électriciens et techniciens formés", "Solarive formera elle-même 120 électriciens"),
        C("Clarté Grand'Anse", "other", 10, "communes électrifiées", "dans dix communes du département", opt=True, note="count of sites")],
notes="Invented. Haitian business press. The JV is told with its shares in apposition ('une coentreprise détenue à 60 % par X et à 40 % par Y'); the JV is the grammatical investor (parents accepted). The ministry's protocole d'accord is a subjectless passive ('Un protocole d'accord a été signé le même jour avec le ministère'): one required row, JV and parents accepted. The future head ('sera dirigée par X, actuel directeur des opérations de Y') gets a loose title list and his current post is required. The AFD grant is an optional funder link and no investment. Training done by the company itself ('formera elle-même') gives a trainees claim and no partnership. Electricity-access shares are background.")

A("r02", "fr", "2026-03-10", "https://example.org/antilles-eco/2026/03/10/kalbas-sargasses-jarry",
"""Guadeloupe : Koulirou Biomatériaux investira 14 millions d'euros à Jarry pour transformer les sargasses

Les algues brunes qui s'échouent chaque saison sur les côtes de l'archipel pourraient bientôt devenir des emballages. La jeune société guadeloupéenne Koulirou Biomatériaux a présenté lundi à Basse-Terre son projet d'usine dans la zone industrielle de Jarry, à Baie-Mahault, où les sargasses ramassées sur les plages seront séchées, lavées puis transformées en granulés de bioplastique et en panneaux isolants.

L'investissement atteint 14 millions d'euros, pour une mise en service prévue au second semestre 2027. L'usine créera 65 emplois directs et environ 180 emplois indirects, notamment dans la collecte, selon l'entreprise.

Le projet a été présenté en présence du président du conseil régional de Guadeloupe, Josué Larifla-Mondésir, et du préfet de la Guadeloupe, Laurent Kerjean-Baudouin. La Région et Koulirou ont signé à cette occasion une convention de partenariat qui prévoit une aide de 3 millions d'euros et un accès prioritaire aux algues collectées par les communes.

« Nous avons passé dix ans à subir les sargasses. Il est temps d'en vivre », a lancé la fondatrice et présidente de Koulirou Biomatériaux, Maëva Bissainthe-Roch, ingénieure en chimie des matériaux formée à Lyon.

L'entreprise a également noué un partenariat de recherche avec l'Université des Antilles, dont les laboratoires travaillent depuis 2019 sur la détoxication des algues, chargées en arsenic. L'usine accueillera chaque année 12 doctorants et stagiaires de l'université. La présidente de l'université, Hélène Mauvois-Darsières, a salué « un débouché concret pour nos chercheurs ».

Publicité

Le directeur général délégué de Koulirou Biomatériaux, Yannick Thélème-Abelard, a précisé que le tour de table associait des fonds propres, un prêt bancaire et l'aide régionale. Bpifrance étudie par ailleurs un prêt d'amorçage.

En 2025, les communes de Guadeloupe ont ramassé près de 140 000 tonnes de sargasses, pour un coût estimé à 18 millions d'euros, selon les services de l'État.""",
[("Koulirou Biomatériaux", "Organization", ["Koulirou Biomateriaux", "Koulirou"]),
 ("Région Guadeloupe", "Organization", ["conseil régional de Guadeloupe", "Region Guadeloupe", "Conseil régional de la Guadeloupe"]),
 ("Préfecture de la Guadeloupe", "Organization", ["Prefecture de la Guadeloupe", "préfecture de Guadeloupe"]),
 ("Université des Antilles", "Organization", ["Universite des Antilles", "UA"]),
 ("Bpifrance", "Organization", ["BPI France", "Bpi France"]),
 ("Josué Larifla-Mondésir", "Person", ["Josue Larifla-Mondesir", "Larifla-Mondésir"]),
 ("Laurent Kerjean-Baudouin", "Person", ["Kerjean-Baudouin"]),
 ("Maëva Bissainthe-Roch", "Person", ["Maeva Bissainthe-Roch", "Bissainthe-Roch"]),
 ("Hélène Mauvois-Darsières", "Person", ["Helene Mauvois-Darsieres", "Mauvois-Darsières"]),
 ("Yannick Thélème-Abelard", "Person", ["Yannick Theleme-Abelard", "Thélème-Abelard"]),
 ("Jarry", "Place", ["zone industrielle de Jarry"]),
 ("Baie-Mahault", "Place", []),
 ("Basse-Terre", "Place", []),
 ("Lyon", "Place", []),
 GP, FR],
roles=[R("Josué Larifla-Mondésir", ["président du conseil régional", "président du conseil régional de Guadeloupe", "président de Région", "président"], ["Guadeloupe", "Région Guadeloupe"], "du président du conseil régional de Guadeloupe, Josué Larifla-Mondésir"),
       R("Laurent Kerjean-Baudouin", ["préfet", "préfet de la Guadeloupe"], ["Préfecture de la Guadeloupe", "Guadeloupe", "France"], "du préfet de la Guadeloupe, Laurent Kerjean-Baudouin"),
       R("Maëva Bissainthe-Roch", ["fondatrice et présidente", "fondatrice", "présidente"], "Koulirou Biomatériaux", "la fondatrice et présidente de Koulirou Biomatériaux, Maëva Bissainthe-Roch"),
       R("Hélène Mauvois-Darsières", ["présidente de l'université", "présidente"], "Université des Antilles", "La présidente de l'université, Hélène Mauvois-Darsières"),
       R("Yannick Thélème-Abelard", "directeur général délégué", "Koulirou Biomatériaux", "Le directeur général délégué de Koulirou Biomatériaux, Yannick Thélème-Abelard")],
inv=[I("Koulirou Biomatériaux", ["Jarry", "Baie-Mahault", "Guadeloupe", "France"], 14000000, "EUR", "mise en service au second semestre 2027", "usine de transformation des sargasses", "L'investissement atteint 14 millions d'euros"),
     I("Région Guadeloupe", ["Jarry", "Baie-Mahault", "Guadeloupe"], 3000000, "EUR", None, "aide régionale (subvention)", "qui prévoit une aide de 3 millions d'euros", opt=True)],
parts=[P("Région Guadeloupe", "Koulirou Biomatériaux", "convention de partenariat (aide, accès aux algues)", "La Région et Koulirou ont signé à cette occasion une convention de partenariat"),
       P("Koulirou Biomatériaux", "Université des Antilles", "partenariat de recherche", "L'entreprise a également noué un partenariat de recherche avec l'Université des Antilles"),
       P("Bpifrance", "Koulirou Biomatériaux", "prêt d'amorçage à l'étude", "Bpifrance étudie par ailleurs un prêt d'amorçage", opt=True)],
claims=[C("Koulirou Biomatériaux", "jobs", 65, "emplois directs", "L'usine créera 65 emplois directs"),
        C("Koulirou Biomatériaux", "jobs", 180, "emplois indirects", "environ 180 emplois indirects"),
        C("Université des Antilles", "trainees", 12, "doctorants et stagiaires par an", "L'usine accueillera chaque année 12 doctorants et stagiaires")],
notes="Invented. Antilles business press with a 'Publicité' line. The investment is told as 'L'investissement atteint 14 millions d'euros' after the plant is described. The Région's grant inside the convention is an optional investment row (public grant); the convention itself is required. 'a noué un partenariat de recherche avec' is required. The préfet and the regional president attended and get roles only (the president's Région also signs the convention, told as 'La Région et Koulirou ont signé'). Bpifrance 'étudie un prêt' is an optional loan link. Sargassum tonnages and costs are background.")

A("r03", "fr", "2026-01-20", "https://example.org/industrie-export/2026/01/20/vernassal-mexique-nomination",
"""Mexique : Adriana Solórzano Ibarrola prend la tête de la filiale mexicaine de Vernassal

Le fabricant lyonnais de vannes industrielles Vernassal change de patron au Mexique. Adriana Solórzano Ibarrola a été nommée directrice générale de Vernassal México, à compter du 1er mars. Jusqu'ici directrice commerciale de la filiale, cette ingénieure chimiste de 44 ans, passée par le secteur pétrolier, est aussi vice-présidente de la CCI France Mexique depuis 2024.

Elle succède à Yves Castagnol-Prat, directeur général de la filiale depuis 2019, qui rejoindra le siège de Vénissieux en tant que directeur Amérique latine du groupe, avec la responsabilité des sites du Brésil, du Chili et de la Colombie.

Ce changement intervient alors que Vernassal México investira 780 millions de pesos dans l'agrandissement de son usine de San Luis Potosí, qui fabrique des vannes papillon pour les réseaux d'eau et l'industrie chimique. Les travaux, qui doivent s'achever fin 2027, doubleront la surface de production et créeront 220 emplois, selon le groupe.

« Le Mexique est devenu notre deuxième marché après la France. Nous voulons y produire ce que nous y vendons », a expliqué le président-directeur général de Vernassal, Marc-Antoine Lefébure-Dauzat, dans un communiqué.

Pour préparer ces recrutements, la filiale a signé en décembre une convention avec l'Universidad Politécnica de San Luis Potosí (UPSLP), qui enverra chaque année 50 stagiaires dans l'usine. Le recteur de l'UPSLP, Ramiro Tenorio Galarza, a indiqué que des modules de mécanique des fluides seraient ajoutés aux cursus de génie industriel.

À lire aussi : Les entreprises françaises au Mexique misent sur le nearshoring

Vernassal emploie 2 300 personnes dans le monde et a réalisé en 2025 un chiffre d'affaires de 410 millions d'euros, dont 14 % au Mexique. Le groupe y est présent depuis 1998. Selon la CCI France Mexique, quelque 600 entreprises françaises sont implantées dans le pays, où elles emploient environ 400 000 personnes.""",
[("Vernassal", "Organization", ["groupe Vernassal"]),
 ("Vernassal México", "Organization", ["Vernassal Mexico", "Vernassal Mexique"]),
 ("CCI France Mexique", "Organization", ["CCI France-Mexique", "Cámara Franco-Mexicana de Comercio e Industria", "CCI France México", "CCI France Mexico"]),
 ("Universidad Politécnica de San Luis Potosí", "Organization", ["UPSLP", "Universidad Politecnica de San Luis Potosi"]),
 ("Adriana Solórzano Ibarrola", "Person", ["Adriana Solorzano Ibarrola", "Adriana Solórzano", "Solórzano Ibarrola"]),
 ("Yves Castagnol-Prat", "Person", ["Castagnol-Prat"]),
 ("Marc-Antoine Lefébure-Dauzat", "Person", ["Marc-Antoine Lefebure-Dauzat", "Lefébure-Dauzat"]),
 ("Ramiro Tenorio Galarza", "Person", ["Ramiro Tenorio", "Tenorio Galarza"]),
 ("San Luis Potosí", "Place", ["San Luis Potosi"]),
 ("Vénissieux", "Place", ["Venissieux"]),
 ("Lyon", "Place", []),
 ("Amérique latine", "Place", ["Latin America", "América Latina"]),
 ("Chile", "Place", ["Chili"]),
 MX, FR, BR, CO],
roles=[R("Adriana Solórzano Ibarrola", "directrice générale", "Vernassal México", "Adriana Solórzano Ibarrola a été nommée directrice générale de Vernassal México"),
       R("Adriana Solórzano Ibarrola", "directrice commerciale", "Vernassal México", "Jusqu'ici directrice commerciale de la filiale", opt=True),
       R("Adriana Solórzano Ibarrola", "vice-présidente", "CCI France Mexique", "est aussi vice-présidente de la CCI France Mexique"),
       R("Yves Castagnol-Prat", "directeur général", "Vernassal México", "directeur général de la filiale depuis 2019"),
       R("Yves Castagnol-Prat", ["directeur Amérique latine", "directeur Amérique latine du groupe"], "Vernassal", "qui rejoindra le siège de Vénissieux en tant que directeur Amérique latine du groupe"),
       R("Marc-Antoine Lefébure-Dauzat", ["président-directeur général", "PDG"], "Vernassal", "a expliqué le président-directeur général de Vernassal, Marc-Antoine Lefébure-Dauzat"),
       R("Ramiro Tenorio Galarza", ["recteur", "rector"], "Universidad Politécnica de San Luis Potosí", "Le recteur de l'UPSLP, Ramiro Tenorio Galarza")],
inv=[I("Vernassal México", ["San Luis Potosí", "Mexico"], 780000000, "MXN", "travaux jusqu'à fin 2027", "agrandissement de l'usine de vannes", "Vernassal México investira 780 millions de pesos dans l'agrandissement de son usine de San Luis Potosí", alts=["Vernassal"])],
parts=[P("Vernassal México", "Universidad Politécnica de San Luis Potosí", "convention de stages", "la filiale a signé en décembre une convention avec l'Universidad Politécnica de San Luis Potosí", a_alt=["Vernassal"])],
claims=[C("Vernassal México", "jobs", 220, "emplois créés", "créeront 220 emplois"),
        C("Universidad Politécnica de San Luis Potosí", "trainees", 50, "stagiaires par an", "qui enverra chaque année 50 stagiaires dans l'usine"),
        C("Vernassal", "jobs", 2300, "employés dans le monde", "Vernassal emploie 2 300 personnes dans le monde", opt=True, note="existing workforce")],
notes="Invented. French industry/export press. An appointment dated in the future ('a été nommée ... à compter du 1er mars'): the new post is required, 'Jusqu'ici directrice commerciale' is optional (past), and her current chamber post ('est aussi vice-présidente de la CCI France Mexique') is required (vice title kept). The outgoing head is still in office until March, so his current post is required, and so is his future post ('rejoindra le siège ... en tant que directeur Amérique latine du groupe'). The chamber's tallies of French firms, revenue and the group workforce are background (workforce optional).")

A("r04", "fr", "2026-04-07", "https://example.org/enseignement-sup/2026/04/07/lille-antioquia-accord-cadre",
"""Colombie : l'Université de Lille et l'Universidad de Antioquia signent un accord-cadre, Limnéa Ingénierie finance un laboratoire commun à Medellín

L'Université de Lille et l'Universidad de Antioquia ont signé jeudi à Medellín un accord-cadre de coopération de cinq ans qui prévoit un double diplôme de master en génie de l'environnement, des cotutelles de thèse et des missions d'enseignement croisées. Chaque année, 40 étudiants colombiens seront accueillis à Lille et une vingtaine d'étudiants lillois partiront à Medellín.

Le texte a été paraphé par le président de l'Université de Lille, Régis Dumontier-Callens, et par la rectrice de l'Universidad de Antioquia, Luz Marina Arboleda Cañaveral, en présence de l'ambassadeur de France en Colombie, Arnaud Peyrelongue-Sastre.

L'accord s'accompagne d'un volet industriel. Le bureau d'études rennais Limnéa Ingénierie, spécialisé dans le traitement des eaux usées, consacrera 1,8 million d'euros sur quatre ans à un laboratoire commun installé sur le campus de la Ciudad Universitaria, dans le cadre d'une convention de recherche signée avec l'université colombienne. Le laboratoire emploiera 18 chercheurs et ingénieurs et travaillera sur l'épuration des rejets des tanneries et des abattoirs de la vallée d'Aburrá.

« Nos clients colombiens nous demandent des solutions que personne n'a encore testées en climat tropical d'altitude. Ce laboratoire nous permettra de les mettre au point sur place », a expliqué le directeur général de Limnéa Ingénierie, Baptiste Ollivier-Sanchis.

Limnéa Ingénierie financera en outre 25 bourses de mobilité pour des étudiants du double diplôme. La vice-rectrice à la recherche de l'Universidad de Antioquia, Sandra Milena Yepes Tamayo, a précisé que les premiers boursiers partiraient en janvier 2027.

L'entreprise collabore depuis 2021 avec un laboratoire lillois de génie des procédés, qui sera associé aux travaux.

Lire aussi : Campus France : le nombre d'étudiants colombiens en France a doublé en dix ans

La Colombie envoie environ 5 000 étudiants en France chaque année, ce qui en fait le deuxième pays d'origine d'Amérique latine après le Brésil. L'Universidad de Antioquia compte quelque 39 000 étudiants répartis entre Medellín et ses sièges régionaux.""",
[("Université de Lille", "Organization", ["Universite de Lille", "université lilloise"]),
 ("Universidad de Antioquia", "Organization", ["UdeA", "Université d'Antioquia"]),
 ("Limnéa Ingénierie", "Organization", ["Limnea Ingenierie", "Limnéa"]),
 ("Régis Dumontier-Callens", "Person", ["Regis Dumontier-Callens", "Dumontier-Callens"]),
 ("Luz Marina Arboleda Cañaveral", "Person", ["Luz Marina Arboleda Canaveral", "Luz Marina Arboleda", "Arboleda Cañaveral"]),
 ("Arnaud Peyrelongue-Sastre", "Person", ["Peyrelongue-Sastre"]),
 ("Baptiste Ollivier-Sanchis", "Person", ["Ollivier-Sanchis"]),
 ("Sandra Milena Yepes Tamayo", "Person", ["Sandra Milena Yepes", "Yepes Tamayo"]),
 ("Medellín", "Place", ["Medellin"]),
 ("Ciudad Universitaria", "Place", []),
 ("Antioquia", "Place", []),
 ("Lille", "Place", []),
 ("Rennes", "Place", []),
 ("Aburrá", "Place", ["vallée d'Aburrá", "Aburra"]),
 ("Amérique latine", "Place", ["Latin America", "América Latina"]),
 CO, FR, BR],
roles=[R("Régis Dumontier-Callens", ["président de l'université", "président"], "Université de Lille", "par le président de l'Université de Lille, Régis Dumontier-Callens"),
       R("Luz Marina Arboleda Cañaveral", ["rectrice", "rectora"], "Universidad de Antioquia", "par la rectrice de l'Universidad de Antioquia, Luz Marina Arboleda Cañaveral"),
       R("Arnaud Peyrelongue-Sastre", ["ambassadeur", "ambassadeur de France en Colombie"], "France", "l'ambassadeur de France en Colombie, Arnaud Peyrelongue-Sastre"),
       R("Baptiste Ollivier-Sanchis", "directeur général", "Limnéa Ingénierie", "a expliqué le directeur général de Limnéa Ingénierie, Baptiste Ollivier-Sanchis"),
       R("Sandra Milena Yepes Tamayo", ["vice-rectrice à la recherche", "vice-rectrice", "vicerrectora de Investigación"], "Universidad de Antioquia", "La vice-rectrice à la recherche de l'Universidad de Antioquia, Sandra Milena Yepes Tamayo")],
inv=[I("Limnéa Ingénierie", ["Ciudad Universitaria", "Medellín", "Antioquia", "Colombia"], 1800000, "EUR", "sur quatre ans", "laboratoire commun sur l'épuration des eaux", "consacrera 1,8 million d'euros sur quatre ans à un laboratoire commun")],
parts=[P("Université de Lille", "Universidad de Antioquia", "accord-cadre de coopération (double diplôme, cotutelles)", "L'Université de Lille et l'Universidad de Antioquia ont signé jeudi à Medellín un accord-cadre"),
       P("Limnéa Ingénierie", "Universidad de Antioquia", "convention de recherche (laboratoire commun)", "dans le cadre d'une convention de recherche signée avec l'université colombienne"),
       P("Limnéa Ingénierie", "Université de Lille", "collaboration avec un laboratoire lillois", "L'entreprise collabore depuis 2021 avec un laboratoire lillois", opt=True)],
claims=[C("Université de Lille", "trainees", 40, "étudiants colombiens accueillis par an", "Chaque année, 40 étudiants colombiens seront accueillis à Lille"),
        C("Universidad de Antioquia", "trainees", 20, "étudiants lillois à Medellín (une vingtaine)", "une vingtaine d'étudiants lillois partiront à Medellín", opt=True, note="approximate"),
        C("Limnéa Ingénierie", "jobs", 18, "chercheurs et ingénieurs du laboratoire", "Le laboratoire emploiera 18 chercheurs et ingénieurs"),
        C("Limnéa Ingénierie", "trainees", 25, "bourses de mobilité", "Limnéa Ingénierie financera en outre 25 bourses de mobilité")],
notes="Invented. French higher-education press. An accord-cadre between two universities (required pair, no company). The company's spending 'consacrera 1,8 million d'euros sur quatre ans à un laboratoire commun' is a required investment, and its 'convention de recherche signée avec l'université colombienne' a required partnership (the partner named by an anaphor). Students hosted and bourses are trainees; 'une vingtaine' is an optional approximate figure. The company's earlier work with an unnamed Lille lab is an optional link. Student tallies in the last paragraph are background.")

A("r05", "fr", "2026-05-12", "https://example.org/affaires-qc/2026/05/12/materiaux-kamouraska-minas-gerais",
"""Brésil : Matériaux Kamouraska s'associe à Mineração Serra do Cabral pour produire du graphite pour batteries au Minas Gerais

La québécoise Matériaux Kamouraska, qui purifie du graphite pour les anodes de batteries à Rivière-du-Loup, franchit l'équateur. L'entreprise a signé mardi à Belo Horizonte un accord de coentreprise avec la minière brésilienne Mineração Serra do Cabral, qui exploite un gisement de graphite naturel près de Curvelo. La nouvelle société, Kamouraska Cabral Materiais, sera détenue à 55 % par la québécoise.

La coentreprise investira 310 millions de reais (environ 80 M$) dans une usine de purification et de mise en forme du graphite à Curvelo, dont la mise en service est prévue en 2028. Le chantier mobilisera 600 travailleurs et l'usine emploiera 240 personnes en emplois directs.

« Le Québec a la technologie, le Minas Gerais a la ressource, et les constructeurs automobiles brésiliens sont à quelques heures de camion », a résumé le président et chef de la direction de Matériaux Kamouraska, Jean-Philippe Lamontagne-Darveau. Le directeur-président de Mineração Serra do Cabral, Rodrigo Andrada Pimenta, a pour sa part évoqué « la première pierre d'une filière brésilienne des batteries ».

Le gouvernement de l'État a signé le même jour avec les deux associés un protocole d'accord qui prévoit le raccordement du site au réseau à haute tension et un allègement de l'ICMS pendant dix ans. Le gouverneur du Minas Gerais, Otávio Resende Fonseca, et sa secrétaire au Développement économique, Luciana Tolentino Amaral, ont assisté à la cérémonie, tout comme la directrice du Bureau du Québec à São Paulo, Isabelle Charest-Pomerleau.

La formation des 150 premiers opérateurs sera assurée en collaboration avec le Senai de Minas Gerais, qui ouvrira une classe dédiée à Curvelo dès l'an prochain.

Investissement Québec accorde à Matériaux Kamouraska un prêt de 12 M$ pour sa part du projet.

Le Brésil compte parmi les pays les mieux dotés en graphite naturel, mais n'en transforme qu'une faible part sur son sol. Matériaux Kamouraska, fondée en 2017, emploie 130 personnes au Québec.""",
[("Matériaux Kamouraska", "Organization", ["Materiaux Kamouraska", "Kamouraska"]),
 ("Mineração Serra do Cabral", "Organization", ["Mineracao Serra do Cabral", "Serra do Cabral"]),
 ("Kamouraska Cabral Materiais", "Organization", []),
 ("Governo de Minas Gerais", "Organization", ["gouvernement du Minas Gerais", "gouvernement de l'État du Minas Gerais", "Governo do Estado de Minas Gerais"]),
 ("Secretaria de Desenvolvimento Econômico de Minas Gerais", "Organization", ["Secretaria de Desenvolvimento Economico de Minas Gerais", "SEDE-MG", "Sede Minas Gerais"]),
 ("Bureau du Québec à São Paulo", "Organization", ["Bureau du Quebec a Sao Paulo"]),
 ("Senai Minas Gerais", "Organization", ["Senai de Minas Gerais", "Senai-MG", "SENAI MG", "Serviço Nacional de Aprendizagem Industrial de Minas Gerais"]),
 ("Investissement Québec", "Organization", ["Investissement Quebec"]),
 ("Jean-Philippe Lamontagne-Darveau", "Person", ["Lamontagne-Darveau"]),
 ("Rodrigo Andrada Pimenta", "Person", ["Rodrigo Andrada", "Andrada Pimenta"]),
 ("Otávio Resende Fonseca", "Person", ["Otavio Resende Fonseca", "Otávio Resende", "Resende Fonseca"]),
 ("Luciana Tolentino Amaral", "Person", ["Luciana Tolentino", "Tolentino Amaral"]),
 ("Isabelle Charest-Pomerleau", "Person", ["Charest-Pomerleau"]),
 ("Curvelo", "Place", []),
 ("Minas Gerais", "Place", ["le Minas Gerais", "État du Minas Gerais"]),
 ("Belo Horizonte", "Place", []),
 ("Rivière-du-Loup", "Place", ["Riviere-du-Loup"]),
 ("São Paulo", "Place", ["Sao Paulo"]),
 BR, QC],
roles=[R("Jean-Philippe Lamontagne-Darveau", ["président et chef de la direction", "président", "chef de la direction"], "Matériaux Kamouraska", "le président et chef de la direction de Matériaux Kamouraska, Jean-Philippe Lamontagne-Darveau"),
       R("Rodrigo Andrada Pimenta", ["directeur-président", "diretor-presidente", "président"], "Mineração Serra do Cabral", "Le directeur-président de Mineração Serra do Cabral, Rodrigo Andrada Pimenta"),
       R("Otávio Resende Fonseca", ["gouverneur", "gouverneur du Minas Gerais", "governador"], ["Minas Gerais", "Governo de Minas Gerais"], "Le gouverneur du Minas Gerais, Otávio Resende Fonseca"),
       R("Luciana Tolentino Amaral", ["secrétaire au Développement économique", "secrétaire", "secretária de Desenvolvimento Econômico"], ["Secretaria de Desenvolvimento Econômico de Minas Gerais", "Minas Gerais", "Governo de Minas Gerais"], "sa secrétaire au Développement économique, Luciana Tolentino Amaral"),
       R("Isabelle Charest-Pomerleau", ["directrice du Bureau du Québec à São Paulo", "directrice"], ["Bureau du Québec à São Paulo", "Québec"], "la directrice du Bureau du Québec à São Paulo, Isabelle Charest-Pomerleau")],
inv=[I("Kamouraska Cabral Materiais", ["Curvelo", "Minas Gerais", "Brazil"], 310000000, "BRL", "mise en service prévue en 2028", "usine de purification du graphite", "La coentreprise investira 310 millions de reais", alts=["Matériaux Kamouraska", "Mineração Serra do Cabral"]),
     I("Kamouraska Cabral Materiais", ["Curvelo", "Minas Gerais", "Brazil"], 80000000, "CAD", None, "équivalent en dollars canadiens", "(environ 80 M$)", opt=True, alts=["Matériaux Kamouraska", "Mineração Serra do Cabral"])],
parts=[P("Matériaux Kamouraska", "Mineração Serra do Cabral", "accord de coentreprise (Kamouraska Cabral Materiais, 55 %)", "un accord de coentreprise avec la minière brésilienne Mineração Serra do Cabral"),
       P("Governo de Minas Gerais", "Matériaux Kamouraska", "protocole d'accord (raccordement, ICMS)", "Le gouvernement de l'État a signé le même jour avec les deux associés un protocole d'accord", b_alt=["Mineração Serra do Cabral", "Kamouraska Cabral Materiais"]),
       P("Kamouraska Cabral Materiais", "Senai Minas Gerais", "formation des opérateurs", "sera assurée en collaboration avec le Senai de Minas Gerais", a_alt=["Matériaux Kamouraska", "Mineração Serra do Cabral"]),
       P("Investissement Québec", "Matériaux Kamouraska", "prêt", "Investissement Québec accorde à Matériaux Kamouraska un prêt de 12 M$", opt=True)],
claims=[C("Kamouraska Cabral Materiais", "jobs", 600, "travailleurs sur le chantier", "Le chantier mobilisera 600 travailleurs"),
        C("Kamouraska Cabral Materiais", "jobs", 240, "emplois directs", "l'usine emploiera 240 personnes en emplois directs"),
        C("Senai Minas Gerais", "trainees", 150, "opérateurs formés", "La formation des 150 premiers opérateurs"),
        C("Matériaux Kamouraska", "jobs", 130, "employés au Québec", "emploie 130 personnes au Québec", opt=True, note="existing workforce")],
notes="Invented. Quebec business press ('M$' = CAD, 'président et chef de la direction', 'la québécoise'). The JV is told as 'a signé ... un accord de coentreprise avec' and its 55% stake in the next sentence. The JV is the grammatical investor in BRL; the CAD figure in parentheses is an optional equivalent. The state's protocole d'accord is signed 'avec les deux associés': one required row, either parent or the JV accepted. The governor, his secretary and the Quebec bureau's director attended (roles; the secretary's org is her secretariat and the state). Training 'en collaboration avec le Senai' is a required partnership (probes3). The ICMS relief is a tax break (no fact) and the IQ loan an optional link.")

A("r06", "fr", "2026-06-09", "https://example.org/eau-infra/2026/06/09/eauvance-misti-arequipa",
"""Pérou : Eauvance et le Grupo Constructor Misti construiront la nouvelle usine d'eau potable d'Arequipa

Le spécialiste bordelais du traitement de l'eau Eauvance construira et exploitera pendant vingt ans une nouvelle usine de potabilisation au nord d'Arequipa, la deuxième ville du Pérou. Le projet sera porté par Eauvance Misti, une société commune détenue à 60 % par Eauvance et à 40 % par le Grupo Constructor Misti, une entreprise arequipénienne de travaux publics.

La coentreprise a signé lundi avec Sedapar, la société publique d'eau et d'assainissement d'Arequipa, un contrat de vingt ans par lequel elle lui fournira jusqu'à 2 000 litres par seconde d'eau traitée, prélevée dans le río Chili. L'usine desservira 450 000 habitants des districts de Cerro Colorado, Yura et Cayma, où une partie des foyers est encore approvisionnée par camion-citerne.

Eauvance Misti investira 95 millions de dollars dans l'ouvrage, qui doit entrer en service à la mi-2029. Le chantier emploiera jusqu'à 300 ouvriers, et l'exploitation 65 salariés permanents.

Le gouvernement régional d'Arequipa, qui cède le terrain et prend à sa charge la conduite d'amenée, a conclu de son côté une convention avec la coentreprise. « C'est le premier grand ouvrage d'eau potable de la région depuis trente ans », a déclaré la gouverneure régionale, Rosa Luz Benavente Huanqui.

Le président du directoire d'Eauvance, Grégoire Lestrade-Maupin, a signé le contrat avec le gérant général de Sedapar, Víctor Manuel Chuquimia Villafuerte, et la gérante générale du Grupo Constructor Misti, Carmen Ugarteche Rondón. L'ambassadrice de France au Pérou, Mathilde Cazenave-Lhoste, assistait à la signature.

Proparco, la filiale de l'AFD dédiée au secteur privé, prête 40 millions de dollars à la société de projet.

À lire aussi : Au Pérou, les régions du sud se disputent l'eau des Andes

Sedapar distribue aujourd'hui 3 100 litres par seconde à environ 1,1 million d'habitants, selon ses derniers chiffres. Eauvance, qui emploie 900 personnes, exploite déjà des usines au Maroc et au Sénégal.""",
[("Eauvance", "Organization", []),
 ("Grupo Constructor Misti", "Organization", ["groupe Constructor Misti"]),
 ("Eauvance Misti", "Organization", []),
 ("Sedapar", "Organization", ["SEDAPAR", "Servicio de Agua Potable y Alcantarillado de Arequipa"]),
 ("Gobierno Regional de Arequipa", "Organization", ["gouvernement régional d'Arequipa", "Gobierno Regional Arequipa"]),
 ("Proparco", "Organization", ["PROPARCO"]),
 ("Rosa Luz Benavente Huanqui", "Person", ["Rosa Luz Benavente Huanqui", "Rosa Luz Benavente", "Benavente Huanqui"]),
 ("Grégoire Lestrade-Maupin", "Person", ["Gregoire Lestrade-Maupin", "Lestrade-Maupin"]),
 ("Víctor Manuel Chuquimia Villafuerte", "Person", ["Victor Manuel Chuquimia Villafuerte", "Víctor Manuel Chuquimia", "Chuquimia Villafuerte"]),
 ("Carmen Ugarteche Rondón", "Person", ["Carmen Ugarteche Rondon", "Carmen Ugarteche", "Ugarteche Rondón"]),
 ("Mathilde Cazenave-Lhoste", "Person", ["Cazenave-Lhoste"]),
 ("Arequipa", "Place", []),
 ("Cerro Colorado", "Place", []),
 ("Yura", "Place", []),
 ("Cayma", "Place", []),
 ("Bordeaux", "Place", []),
 ("Maroc", "Place", ["Morocco"]),
 ("Sénégal", "Place", ["Senegal"]),
 PE, FR],
roles=[R("Rosa Luz Benavente Huanqui", ["gouverneure régionale", "gouverneure", "gobernadora regional"], ["Arequipa", "Gobierno Regional de Arequipa"], "a déclaré la gouverneure régionale, Rosa Luz Benavente Huanqui"),
       R("Grégoire Lestrade-Maupin", ["président du directoire", "président"], "Eauvance", "Le président du directoire d'Eauvance, Grégoire Lestrade-Maupin"),
       R("Víctor Manuel Chuquimia Villafuerte", ["gérant général", "gerente general"], "Sedapar", "le gérant général de Sedapar, Víctor Manuel Chuquimia Villafuerte"),
       R("Carmen Ugarteche Rondón", ["gérante générale", "gerente general"], "Grupo Constructor Misti", "la gérante générale du Grupo Constructor Misti, Carmen Ugarteche Rondón"),
       R("Mathilde Cazenave-Lhoste", ["ambassadrice", "ambassadrice de France au Pérou"], "France", "L'ambassadrice de France au Pérou, Mathilde Cazenave-Lhoste")],
inv=[I("Eauvance Misti", ["Cerro Colorado", "Arequipa", "Peru"], 95000000, "USD", "mise en service à la mi-2029", "usine de potabilisation", "Eauvance Misti investira 95 millions de dollars dans l'ouvrage", alts=["Eauvance", "Grupo Constructor Misti"])],
parts=[P("Eauvance", "Grupo Constructor Misti", "société commune Eauvance Misti (60/40)", "une société commune détenue à 60 % par Eauvance et à 40 % par le Grupo Constructor Misti"),
       P("Sedapar", "Eauvance Misti", "contrat de fourniture d'eau de vingt ans", "La coentreprise a signé lundi avec Sedapar", b_alt=["Eauvance", "Grupo Constructor Misti"]),
       P("Gobierno Regional de Arequipa", "Eauvance Misti", "convention (terrain, conduite d'amenée)", "a conclu de son côté une convention avec la coentreprise", b_alt=["Eauvance", "Grupo Constructor Misti"]),
       P("Proparco", "Eauvance Misti", "prêt", "prête 40 millions de dollars à la société de projet", opt=True)],
claims=[C("Eauvance Misti", "people_reached", 450000, "habitants desservis", "L'usine desservira 450 000 habitants"),
        C("Eauvance Misti", "jobs", 300, "ouvriers sur le chantier", "Le chantier emploiera jusqu'à 300 ouvriers"),
        C("Eauvance Misti", "jobs", 65, "salariés permanents", "l'exploitation 65 salariés permanents"),
        C("Eauvance", "jobs", 900, "employés", "Eauvance, qui emploie 900 personnes", opt=True, note="existing workforce")],
notes="Invented. French water and infrastructure trade press. JV shares in apposition ('une société commune détenue à 60 % par X et à 40 % par Y'). A 20-year supply contract with the state water utility (Sedapar) is required (probes2-4 convention), and so is the regional government's convention ('a conclu de son côté une convention avec la coentreprise'); parents accepted for the JV side. The JV is the investor. The signatories and the ambassador get roles. The Proparco loan is optional; the utility's current supply and population are background.")

A("r07", "fr", "2026-07-14", "https://example.org/agro-caraibes/2026/07/14/nutrivel-santiago-usine-aliments",
"""République dominicaine : le breton Nutrivel investira 45 millions de dollars dans une usine d'aliments pour le bétail à Santiago

Le fabricant finistérien d'aliments pour animaux Nutrivel va construire sa première usine hors d'Europe à Santiago de los Caballeros, la deuxième ville de la République dominicaine. Un investissement de 45 millions de dollars, annoncé mercredi à Saint-Domingue, qui doit permettre de produire à partir de 2028 quelque 300 000 tonnes par an d'aliments pour volailles, porcs et bovins.

Le président du directoire de Nutrivel, Erwan Kerhervé-Caradec, a signé à cette occasion une lettre d'intention avec le ministère de l'Industrie, du Commerce et des Mipymes (MICM), qui s'engage à accorder au site le régime de zone franche et à faciliter l'importation des équipements. Le ministre, Ramón Antonio Galván Mordán, a estimé que l'usine « réduira la dépendance du pays aux aliments importés ».

L'usine s'approvisionnera en maïs et en sorgho en partenariat avec la Cooperativa Agropecuaria de Licey, qui regroupe 700 producteurs de la vallée du Cibao et leur garantira un prix plancher pendant huit ans. « Pour la première fois, nos membres sauront avant de semer à quel prix ils vendront », a souligné la présidente de la coopérative, Altagracia Ovalles Bretón.

Le site créera 180 emplois directs et environ 600 emplois indirects dans le transport et l'agriculture, selon le groupe. Nutrivel a également signé une convention avec l'Institut national de formation technique professionnelle (INFOTEP), qui préparera les futurs conducteurs de lignes et les techniciens de maintenance.

L'ambassadeur de France en République dominicaine, Olivier Dambrine-Sourisseau, présent à la cérémonie, a rappelé que les exportations françaises vers le pays avaient progressé de 12 % en 2025.

Publicité

La République dominicaine importe environ 85 % du maïs qu'elle consomme, essentiellement des États-Unis, et sa filière avicole produit près de 1,2 million de poulets par jour, selon les chiffres du secteur. Nutrivel, entreprise familiale fondée en 1961, emploie 1 100 personnes en Bretagne et en Pologne.""",
[("Nutrivel", "Organization", []),
 ("Ministerio de Industria, Comercio y Mipymes", "Organization", ["MICM", "ministère de l'Industrie, du Commerce et des Mipymes", "Ministerio de Industria Comercio y Mipymes"]),
 ("Cooperativa Agropecuaria de Licey", "Organization", []),
 ("Instituto Nacional de Formación Técnico Profesional", "Organization", ["INFOTEP", "Institut national de formation technique professionnelle", "Instituto Nacional de Formacion Tecnico Profesional"]),
 ("Erwan Kerhervé-Caradec", "Person", ["Erwan Kerherve-Caradec", "Kerhervé-Caradec"]),
 ("Ramón Antonio Galván Mordán", "Person", ["Ramon Antonio Galvan Mordan", "Ramón Galván", "Galván Mordán"]),
 ("Altagracia Ovalles Bretón", "Person", ["Altagracia Ovalles Breton", "Altagracia Ovalles", "Ovalles Bretón"]),
 ("Olivier Dambrine-Sourisseau", "Person", ["Dambrine-Sourisseau"]),
 ("Santiago de los Caballeros", "Place", ["Santiago"]),
 ("Saint-Domingue", "Place", ["Santo Domingo"]),
 ("Cibao", "Place", ["vallée du Cibao"]),
 ("Finistère", "Place", ["Finistere"]),
 ("Bretagne", "Place", ["Brittany"]),
 ("Pologne", "Place", ["Poland"]),
 ("États-Unis", "Place", ["United States", "Etats-Unis"]),
 ("Europe", "Place", ["Europa"]),
 DO, FR],
roles=[R("Erwan Kerhervé-Caradec", ["président du directoire", "président"], "Nutrivel", "Le président du directoire de Nutrivel, Erwan Kerhervé-Caradec"),
       R("Ramón Antonio Galván Mordán", ["ministre", "ministre de l'Industrie, du Commerce et des Mipymes"], ["Ministerio de Industria, Comercio y Mipymes", "Dominican Republic"], "Le ministre, Ramón Antonio Galván Mordán"),
       R("Altagracia Ovalles Bretón", ["présidente de la coopérative", "présidente"], "Cooperativa Agropecuaria de Licey", "a souligné la présidente de la coopérative, Altagracia Ovalles Bretón"),
       R("Olivier Dambrine-Sourisseau", ["ambassadeur", "ambassadeur de France en République dominicaine"], "France", "L'ambassadeur de France en République dominicaine, Olivier Dambrine-Sourisseau")],
inv=[I("Nutrivel", ["Santiago de los Caballeros", "Dominican Republic"], 45000000, "USD", "production à partir de 2028", "usine d'aliments pour animaux", "Un investissement de 45 millions de dollars, annoncé mercredi à Saint-Domingue")],
parts=[P("Nutrivel", "Ministerio de Industria, Comercio y Mipymes", "lettre d'intention (zone franche, équipements)", "a signé à cette occasion une lettre d'intention avec le ministère de l'Industrie"),
       P("Nutrivel", "Cooperativa Agropecuaria de Licey", "approvisionnement en maïs et sorgho sur huit ans", "L'usine s'approvisionnera en maïs et en sorgho en partenariat avec la Cooperativa Agropecuaria de Licey"),
       P("Nutrivel", "Instituto Nacional de Formación Técnico Profesional", "convention de formation", "Nutrivel a également signé une convention avec l'Institut national de formation technique professionnelle (INFOTEP)")],
claims=[C("Cooperativa Agropecuaria de Licey", "people_reached", 700, "producteurs sous contrat", "qui regroupe 700 producteurs de la vallée du Cibao"),
        C("Nutrivel", "jobs", 180, "emplois directs", "Le site créera 180 emplois directs"),
        C("Nutrivel", "jobs", 600, "emplois indirects", "environ 600 emplois indirects"),
        C("Nutrivel", "other", 300000, "tonnes d'aliments par an", "quelque 300 000 tonnes par an", opt=True, note="capacity"),
        C("Nutrivel", "jobs", 1100, "employés en Bretagne et en Pologne", "emploie 1 100 personnes en Bretagne", opt=True, note="existing workforce")],
notes="Invented. Caribbean agrifood press with a 'Publicité' line. The investment is a verbless sentence ('Un investissement de 45 millions de dollars, annoncé mercredi ...'); the company is the investor. A 'lettre d'intention' with a ministry is a required partnership (probes4's protocole d'intentions). Supply 'en partenariat avec' a cooperative that guarantees prices for eight years is required (long-term supply with a producers' body), and its 700 growers are people_reached. The INFOTEP convention is required. The ambassador attended (role). Export growth, import shares and poultry output are background.")

A("r08", "fr", "2026-08-25", "https://example.org/guyane-eco/2026/08/25/sylvamosa-saint-laurent-scierie",
"""Guyane : le liégeois Sylvamosa injecte 19 millions d'euros dans une scierie à Saint-Laurent-du-Maroni

Le groupe liégeois Sylvamosa, spécialiste du bois lamellé-croisé, injecte 19 millions d'euros dans une scierie et une unité de fabrication de panneaux à Saint-Laurent-du-Maroni, dans l'ouest guyanais. Le site, qui sera exploité par sa nouvelle filiale Sylvamosa Guyane, transformera à partir de 2028 des essences locales comme l'angélique et le gonfolo en panneaux destinés aux logements sociaux et aux écoles du territoire.

La filiale a signé avec l'Office national des forêts (ONF) un contrat d'approvisionnement de quinze ans portant sur 40 000 mètres cubes de grumes par an, issues des forêts aménagées du domaine forestier permanent. « Sans garantie d'approvisionnement sur la durée, aucune banque ne nous aurait suivis », reconnaît l'administrateur délégué de Sylvamosa, Benoît Collignon-Hardy.

Une convention a également été conclue avec la Collectivité territoriale de Guyane (CTG), qui apportera une aide de 2,5 millions d'euros au titre des fonds européens et s'engage à prescrire le bois local dans ses chantiers scolaires. Le président de la CTG, Rodolphe Valmond-Bastaraud, a parlé d'un « tournant pour une filière qui exporte ses grumes et importe ses charpentes ».

L'usine emploiera 70 personnes. Quarante apprentis seront formés aux métiers du sciage et de la charpente en collaboration avec l'Afpa, qui ouvrira une section à Saint-Laurent-du-Maroni à la rentrée 2027.

Le préfet de la Guyane, Stéphane Auvinet-Croze, et la maire de Saint-Laurent-du-Maroni, Marie-Line Adjouba-Prévot, assistaient à la présentation du projet, vendredi, sur le terrain de la zone d'activités des Malgaches.

Abonnez-vous à notre lettre économique

La forêt couvre 96 % du territoire guyanais, mais la Guyane importe encore près de 80 % du bois d'œuvre utilisé dans ses chantiers, selon la filière. La population de l'ouest guyanais, qui a doublé en vingt ans, dépasse aujourd'hui 100 000 habitants. Sylvamosa emploie 430 salariés en Wallonie et au Luxembourg.""",
[("Sylvamosa", "Organization", ["groupe Sylvamosa"]),
 ("Sylvamosa Guyane", "Organization", []),
 ("Office national des forêts", "Organization", ["ONF", "Office national des forets"]),
 ("Collectivité territoriale de Guyane", "Organization", ["CTG", "Collectivite territoriale de Guyane"]),
 ("Afpa", "Organization", ["AFPA", "Agence nationale pour la formation professionnelle des adultes"]),
 ("Préfecture de la Guyane", "Organization", ["Prefecture de la Guyane", "préfecture de Guyane"]),
 ("Mairie de Saint-Laurent-du-Maroni", "Organization", ["commune de Saint-Laurent-du-Maroni"]),
 ("Benoît Collignon-Hardy", "Person", ["Benoit Collignon-Hardy", "Collignon-Hardy"]),
 ("Rodolphe Valmond-Bastaraud", "Person", ["Rodolphe Valmond-Bastaraud", "Valmond-Bastaraud"]),
 ("Stéphane Auvinet-Croze", "Person", ["Stephane Auvinet-Croze", "Auvinet-Croze"]),
 ("Marie-Line Adjouba-Prévot", "Person", ["Marie-Line Adjouba-Prevot", "Adjouba-Prévot"]),
 ("Saint-Laurent-du-Maroni", "Place", ["Saint-Laurent"]),
 ("Les Malgaches", "Place", ["zone d'activités des Malgaches"]),
 ("Liège", "Place", ["Liege"]),
 ("Wallonie", "Place", ["Wallonia"]),
 ("Luxembourg", "Place", []),
 GF, FR, BE],
roles=[R("Benoît Collignon-Hardy", "administrateur délégué", "Sylvamosa", "reconnaît l'administrateur délégué de Sylvamosa, Benoît Collignon-Hardy"),
       R("Rodolphe Valmond-Bastaraud", ["président de la CTG", "président"], ["Guyane", "Collectivité territoriale de Guyane"], "Le président de la CTG, Rodolphe Valmond-Bastaraud"),
       R("Stéphane Auvinet-Croze", ["préfet", "préfet de la Guyane"], ["Préfecture de la Guyane", "Guyane", "France"], "Le préfet de la Guyane, Stéphane Auvinet-Croze"),
       R("Marie-Line Adjouba-Prévot", ["maire", "maire de Saint-Laurent-du-Maroni"], ["Saint-Laurent-du-Maroni", "Mairie de Saint-Laurent-du-Maroni"], "la maire de Saint-Laurent-du-Maroni, Marie-Line Adjouba-Prévot")],
inv=[I("Sylvamosa", ["Saint-Laurent-du-Maroni", "Guyane", "France"], 19000000, "EUR", "mise en production en 2028", "scierie et unité de panneaux", "injecte 19 millions d'euros dans une scierie", alts=["Sylvamosa Guyane"]),
     I("Collectivité territoriale de Guyane", ["Saint-Laurent-du-Maroni", "Guyane"], 2500000, "EUR", None, "aide au titre des fonds européens", "qui apportera une aide de 2,5 millions d'euros", opt=True)],
parts=[P("Sylvamosa Guyane", "Office national des forêts", "contrat d'approvisionnement de quinze ans", "La filiale a signé avec l'Office national des forêts (ONF)", a_alt=["Sylvamosa"]),
       P("Collectivité territoriale de Guyane", "Sylvamosa Guyane", "convention (aide, prescription du bois local)", "Une convention a également été conclue avec la Collectivité territoriale de Guyane (CTG)", b_alt=["Sylvamosa"]),
       P("Sylvamosa Guyane", "Afpa", "formation d'apprentis", "en collaboration avec l'Afpa", a_alt=["Sylvamosa"])],
claims=[C("Sylvamosa Guyane", "jobs", 70, "emplois", "L'usine emploiera 70 personnes"),
        C("Afpa", "trainees", 40, "apprentis", "Quarante apprentis seront formés"),
        C("Sylvamosa Guyane", "other", 40000, "mètres cubes de grumes par an", "portant sur 40 000 mètres cubes de grumes par an", opt=True, note="supply volume"),
        C("Sylvamosa", "jobs", 430, "salariés en Wallonie et au Luxembourg", "Sylvamosa emploie 430 salariés", opt=True, note="existing workforce")],
notes="Invented. French Guiana business press with an 'Abonnez-vous' line. 'injecte 19 millions d'euros dans' (the parent is the subject; the subsidiary that will run the site is accepted). A 15-year supply contract with the ONF (a public body) is required, like long-term supply contracts with state bodies and producers. The CTG convention is a subjectless passive ('Une convention a également été conclue avec'); its EU-funded grant is an optional investment row. Training 'en collaboration avec l'Afpa' is required; apprentices are written in words. The préfet and the mayor attended (roles). Forest cover, imports and population are background.")

A("r09", "fr", "2026-09-15", "https://example.org/cosmetiques-pro/2026/09/15/esterelle-chillan-maqui",
"""Chili : Laboratoires Estérelle investira 12 millions de dollars à Chillán pour extraire les antioxydants du maqui

Le fabricant grassois d'ingrédients cosmétiques Laboratoires Estérelle va ouvrir à Chillán, dans la région chilienne du Ñuble, une usine d'extraction d'antioxydants à partir du maqui, une baie sauvage des forêts du sud du pays. L'entreprise y consacrera 12 millions de dollars, a annoncé mardi sa directrice générale, Sabine Roubaud-Icard, à l'issue de la signature d'une lettre d'intention avec le gouvernement régional du Ñuble.

Par ce document, la région s'engage à accompagner les démarches environnementales et à mettre à disposition un terrain dans le parc industriel de la ville. Le gouverneur régional, Hernán Urrejola Pincheira, a dit voir dans le projet « la preuve que la forêt native peut rapporter davantage debout qu'abattue ».

L'approvisionnement reposera sur un accord de dix ans conclu avec la Cooperativa de Recolectoras de Maqui de Ñuble, qui fédère 900 cueilleuses des communes de la précordillère. Sa présidente, Juana Llancaqueo Ancamil, a indiqué que le prix d'achat serait fixé chaque année avec l'entreprise.

Estérelle a par ailleurs noué un partenariat avec l'Universidad del Bío-Bío, dont les chimistes du campus de Chillán étudieront la stabilité des extraits. L'entreprise y financera six thèses de doctorat. La rectrice de l'université, Marcela Echaurren Arratia, a salué « une recherche appliquée qui reste dans la région ».

L'usine, qui doit entrer en production à la fin de 2027, emploiera 55 personnes. « Le maqui est l'une des baies les plus riches en anthocyanes que nous connaissions, et nos clients veulent des actifs traçables », a expliqué le responsable Amérique latine du groupe, Nicolas Fabre-Roumanille.

À lire aussi : Dans le Ñuble, la cueillette du maqui attire une nouvelle génération

Le Chili a exporté en 2025 environ 1 400 tonnes de maqui déshydraté, principalement vers le Japon et les États-Unis. Laboratoires Estérelle, qui emploie 480 personnes à Grasse et à Vallauris, réalise 60 % de son chiffre d'affaires à l'export.""",
[("Laboratoires Estérelle", "Organization", ["Laboratoires Esterelle", "Estérelle", "Esterelle"]),
 ("Gobierno Regional de Ñuble", "Organization", ["gouvernement régional du Ñuble", "Gobierno Regional de Nuble", "Gobierno Regional del Ñuble"]),
 ("Cooperativa de Recolectoras de Maqui de Ñuble", "Organization", ["Cooperativa de Recolectoras de Maqui de Nuble"]),
 ("Universidad del Bío-Bío", "Organization", ["Universidad del Bio-Bio", "UBB", "Universidad del Bío Bío"]),
 ("Sabine Roubaud-Icard", "Person", ["Roubaud-Icard"]),
 ("Hernán Urrejola Pincheira", "Person", ["Hernan Urrejola Pincheira", "Hernán Urrejola", "Urrejola Pincheira"]),
 ("Juana Llancaqueo Ancamil", "Person", ["Juana Llancaqueo Ancamil", "Juana Llancaqueo", "Llancaqueo Ancamil"]),
 ("Marcela Echaurren Arratia", "Person", ["Marcela Echaurren", "Echaurren Arratia"]),
 ("Nicolas Fabre-Roumanille", "Person", ["Fabre-Roumanille"]),
 ("Chillán", "Place", ["Chillan"]),
 ("Ñuble", "Place", ["Nuble", "le Ñuble", "région du Ñuble"]),
 ("Grasse", "Place", []),
 ("Vallauris", "Place", []),
 ("Japon", "Place", ["Japan"]),
 ("États-Unis", "Place", ["United States", "Etats-Unis"]),
 ("Amérique latine", "Place", ["Latin America", "América Latina"]),
 CL, FR],
roles=[R("Sabine Roubaud-Icard", "directrice générale", "Laboratoires Estérelle", "a annoncé mardi sa directrice générale, Sabine Roubaud-Icard"),
       R("Hernán Urrejola Pincheira", ["gouverneur régional", "gouverneur", "gobernador regional"], ["Ñuble", "Gobierno Regional de Ñuble"], "Le gouverneur régional, Hernán Urrejola Pincheira"),
       R("Juana Llancaqueo Ancamil", ["présidente", "presidenta"], "Cooperativa de Recolectoras de Maqui de Ñuble", "Sa présidente, Juana Llancaqueo Ancamil"),
       R("Marcela Echaurren Arratia", ["rectrice", "rectora"], "Universidad del Bío-Bío", "La rectrice de l'université, Marcela Echaurren Arratia"),
       R("Nicolas Fabre-Roumanille", ["responsable Amérique latine", "responsable Amérique latine du groupe"], "Laboratoires Estérelle", "a expliqué le responsable Amérique latine du groupe, Nicolas Fabre-Roumanille")],
inv=[I("Laboratoires Estérelle", ["Chillán", "Ñuble", "Chile"], 12000000, "USD", "entrée en production fin 2027", "usine d'extraction d'antioxydants du maqui", "L'entreprise y consacrera 12 millions de dollars")],
parts=[P("Laboratoires Estérelle", "Gobierno Regional de Ñuble", "lettre d'intention (démarches, terrain)", "à l'issue de la signature d'une lettre d'intention avec le gouvernement régional du Ñuble"),
       P("Laboratoires Estérelle", "Cooperativa de Recolectoras de Maqui de Ñuble", "accord d'approvisionnement de dix ans", "L'approvisionnement reposera sur un accord de dix ans conclu avec la Cooperativa de Recolectoras de Maqui de Ñuble"),
       P("Laboratoires Estérelle", "Universidad del Bío-Bío", "partenariat de recherche", "Estérelle a par ailleurs noué un partenariat avec l'Universidad del Bío-Bío")],
claims=[C("Cooperativa de Recolectoras de Maqui de Ñuble", "people_reached", 900, "cueilleuses membres", "qui fédère 900 cueilleuses"),
        C("Universidad del Bío-Bío", "trainees", 6, "thèses de doctorat financées", "L'entreprise y financera six thèses de doctorat"),
        C("Laboratoires Estérelle", "jobs", 55, "emplois", "emploiera 55 personnes"),
        C("Laboratoires Estérelle", "jobs", 480, "employés à Grasse et Vallauris", "qui emploie 480 personnes à Grasse", opt=True, note="existing workforce")],
notes="Invented. French cosmetics trade press. 'L'entreprise y consacrera 12 millions de dollars, a annoncé ... sa directrice générale' (the amount and the head in one sentence). A 'lettre d'intention' with the regional government is required (probes4 protocole d'intentions). A ten-year supply 'accord ... conclu avec' a gatherers' cooperative is required; its 900 members are people_reached (growers signed up). 'a noué un partenariat avec' a university is required; funded PhD theses written in words are trainees. The Chilean gobernador regional has the region and its government as org. Export tonnages and the workforce are background (workforce optional).")

A("r10", "fr", "2026-03-31", "https://example.org/assurance-hebdo/2026/03/31/seremont-seguros-rosario",
"""Argentine : Florencia Iparraguirre Bengolea prend la tête de Sérémont Seguros, qui ouvre un centre de services à Rosario

L'assureur niortais Sérémont a nommé Florencia Iparraguirre Bengolea directrice générale de sa filiale argentine, Sérémont Seguros. Jusqu'ici directrice générale adjointe, cette actuaire formée à Buenos Aires et à Lyon succède à Olivier Sablayrolles, qui a pris sa retraite fin février après douze ans à la tête de la filiale.

Sa première décision d'envergure était annoncée de longue date : Sérémont Seguros consacrera 25 millions de dollars à un centre de services à Rosario, dans la province de Santa Fe, qui traitera les sinistres et la relation client pour l'Argentine, l'Uruguay et le Paraguay. Le centre emploiera 400 personnes d'ici à 2028.

Le gouvernement de la province a signé avec l'assureur une convention qui prévoit l'accompagnement du recrutement par les agences provinciales de l'emploi et la mise à disposition de locaux provisoires dans le parc technologique de la ville. « Rosario a les universités, les talents et un coût de la vie raisonnable », a fait valoir le ministre de la Production de Santa Fe, Mariano Zabala Brizuela, en présence de l'intendante de Rosario, Cecilia Ghiglione Iturraspe.

Sérémont Seguros a aussi conclu une convention avec l'Universidad Nacional de Rosario (UNR), qui enverra chaque année 60 stagiaires en actuariat, en informatique et en droit au centre. Le recteur de l'UNR, Horacio Dalmasso Peirano, a souligné que les stages seraient rémunérés.

« L'Argentine reste un marché volatil, mais c'est un marché où nous sommes depuis 1994 et où nous resterons », a déclaré à Paris le président du directoire du groupe Sérémont, Arnaud Sérieys-Combes, qui a tenu à saluer le travail de l'ancien directeur général.

Lire aussi : En Argentine, les assureurs face au retour du crédit

Sérémont Seguros emploie 850 personnes et revendique 1,3 million d'assurés en Argentine, où le marché de l'assurance a reculé de 4 % en termes réels en 2025, selon la Superintendance des assurances. Le groupe Sérémont, mutuelle fondée en 1932, compte 6 800 salariés.""",
[("Sérémont", "Organization", ["Seremont", "groupe Sérémont", "Sérémont Assurances"]),
 ("Sérémont Seguros", "Organization", ["Seremont Seguros"]),
 ("Gobierno de Santa Fe", "Organization", ["gouvernement de la province de Santa Fe", "Gobierno de la Provincia de Santa Fe"]),
 ("Ministerio de Producción de Santa Fe", "Organization", ["Ministerio de Produccion de Santa Fe", "ministère de la Production de Santa Fe", "Ministerio de Desarrollo Productivo de Santa Fe"]),
 ("Municipalidad de Rosario", "Organization", ["Municipalidad de Rosario", "Intendencia de Rosario"]),
 ("Universidad Nacional de Rosario", "Organization", ["UNR"]),
 ("Florencia Iparraguirre Bengolea", "Person", ["Florencia Iparraguirre Bengolea", "Florencia Iparraguirre", "Iparraguirre Bengolea"]),
 ("Olivier Sablayrolles", "Person", ["Sablayrolles"]),
 ("Mariano Zabala Brizuela", "Person", ["Mariano Zabala", "Zabala Brizuela"]),
 ("Cecilia Ghiglione Iturraspe", "Person", ["Cecilia Ghiglione Iturraspe", "Cecilia Ghiglione", "Ghiglione Iturraspe"]),
 ("Horacio Dalmasso Peirano", "Person", ["Horacio Dalmasso", "Dalmasso Peirano"]),
 ("Arnaud Sérieys-Combes", "Person", ["Arnaud Serieys-Combes", "Sérieys-Combes"]),
 ("Rosario", "Place", []),
 ("Santa Fe", "Place", ["province de Santa Fe", "provincia de Santa Fe"]),
 ("Buenos Aires", "Place", []),
 ("Niort", "Place", []),
 ("Lyon", "Place", []),
 ("Paris", "Place", []),
 ("Uruguay", "Place", []),
 ("Paraguay", "Place", []),
 AR, FR],
roles=[R("Florencia Iparraguirre Bengolea", "directrice générale", "Sérémont Seguros", "a nommé Florencia Iparraguirre Bengolea directrice générale de sa filiale argentine"),
       R("Florencia Iparraguirre Bengolea", "directrice générale adjointe", "Sérémont Seguros", "Jusqu'ici directrice générale adjointe", opt=True),
       R("Olivier Sablayrolles", ["directeur général", "dirigeant"], "Sérémont Seguros", "succède à Olivier Sablayrolles, qui a pris sa retraite fin février", opt=True),
       R("Mariano Zabala Brizuela", ["ministre de la Production", "ministre", "ministro de la Producción"], ["Ministerio de Producción de Santa Fe", "Santa Fe", "Gobierno de Santa Fe"], "le ministre de la Production de Santa Fe, Mariano Zabala Brizuela"),
       R("Cecilia Ghiglione Iturraspe", ["intendante", "intendante de Rosario", "intendenta"], ["Rosario", "Municipalidad de Rosario"], "l'intendante de Rosario, Cecilia Ghiglione Iturraspe"),
       R("Horacio Dalmasso Peirano", ["recteur", "rector"], "Universidad Nacional de Rosario", "Le recteur de l'UNR, Horacio Dalmasso Peirano"),
       R("Arnaud Sérieys-Combes", ["président du directoire", "président"], "Sérémont", "le président du directoire du groupe Sérémont, Arnaud Sérieys-Combes")],
inv=[I("Sérémont Seguros", ["Rosario", "Santa Fe", "Argentina"], 25000000, "USD", "d'ici à 2028", "centre de services (sinistres, relation client)", "Sérémont Seguros consacrera 25 millions de dollars à un centre de services à Rosario", alts=["Sérémont"])],
parts=[P("Gobierno de Santa Fe", "Sérémont Seguros", "convention (recrutement, locaux provisoires)", "Le gouvernement de la province a signé avec l'assureur une convention", b_alt=["Sérémont"]),
       P("Sérémont Seguros", "Universidad Nacional de Rosario", "convention de stages", "Sérémont Seguros a aussi conclu une convention avec l'Universidad Nacional de Rosario (UNR)", a_alt=["Sérémont"])],
claims=[C("Sérémont Seguros", "jobs", 400, "emplois du centre d'ici à 2028", "Le centre emploiera 400 personnes d'ici à 2028"),
        C("Universidad Nacional de Rosario", "trainees", 60, "stagiaires par an", "qui enverra chaque année 60 stagiaires"),
        C("Sérémont Seguros", "jobs", 850, "employés en Argentine", "Sérémont Seguros emploie 850 personnes", opt=True, note="existing workforce"),
        C("Sérémont", "jobs", 6800, "salariés du groupe", "compte 6 800 salariés", opt=True, note="existing workforce"),
        C("Sérémont Seguros", "people_reached", 1300000, "assurés", "revendique 1,3 million d'assurés", opt=True, note="existing customers")],
notes="Invented. French insurance trade press. An appointment told with 'a nommé X directrice générale de sa filiale' (required); 'Jusqu'ici directrice générale adjointe' is optional (past), and so is the predecessor who 'a pris sa retraite fin février'. The services centre is told with 'consacrera 25 millions de dollars à' (required investment). The provincial convention is signed 'avec l'assureur' (the anaphor is the subsidiary named before; group accepted). A provincial minister (ministry, province and government as org) and an intendante attended. Existing workforces and insured clients are optional; market data background.")

A("r11", "fr", "2026-10-06", "https://example.org/agro-industrie/2026/10/06/citrabel-nautla-veracruz-pectine",
"""Mexique : le gantois Citrabel et le Grupo Limonero Nautla s'associent pour une usine de pectine de 68 millions de dollars au Veracruz

Le fabricant belge de pectine Citrabel, installé dans le port de Gand, va produire au Mexique à partir des écorces de citron vert. Il a signé lundi à Xalapa avec le Grupo Limonero Nautla, premier conditionneur de limes de la région de Martínez de la Torre, un accord créant une coentreprise détenue à 51 % par Citrabel et à 49 % par son partenaire mexicain.

Baptisée Citrabel Nautla, la société construira à Martínez de la Torre une usine qui transformera chaque année 90 000 tonnes d'écorces, aujourd'hui largement jetées ou brûlées. Un investissement de 68 millions de dollars est prévu d'ici à la mise en service, programmée pour le début de 2028. L'usine emploiera 210 personnes.

La coentreprise achètera les écorces aux conditionneurs et les limes de second choix à quelque 1 200 producteurs de la région, avec lesquels elle signera des contrats pluriannuels. « Pour un petit producteur, c'est un revenu de plus sur le même arbre », a résumé le directeur général du Grupo Limonero Nautla, Efraín Landero Solana.

Le CEO de Citrabel, Pieter Van Houtryve, a indiqué que l'entreprise apportait ses brevets d'extraction et prendrait en charge la commercialisation vers l'Europe et l'Amérique du Nord. La pectine, utilisée comme gélifiant dans les confitures, les yaourts et les médicaments, est aujourd'hui produite pour l'essentiel en Europe et en Chine.

Citrabel Nautla a par ailleurs signé une convention de recherche avec l'Universidad Veracruzana, qui accueillera 30 stagiaires par an dans son laboratoire de chimie des aliments et travaillera sur la valorisation des huiles essentielles.

La cérémonie s'est déroulée en présence de la gouverneure du Veracruz, Graciela Montalvo Sedas, du secrétaire au Développement économique de l'État, Joaquín Arroniz Tejeda, et de l'ambassadeur de Belgique au Mexique, Koenraad Vanneste-Verhaeghe.

Le Mexique est le deuxième producteur mondial de limes, dont près de la moitié proviennent du Veracruz. Citrabel, fondée en 1978, emploie 340 personnes à Gand et à Anvers.""",
[("Citrabel", "Organization", []),
 ("Grupo Limonero Nautla", "Organization", ["Grupo Limonero Nautla"]),
 ("Citrabel Nautla", "Organization", []),
 ("Universidad Veracruzana", "Organization", ["UV"]),
 ("Gobierno de Veracruz", "Organization", ["Gobierno del Estado de Veracruz", "gouvernement du Veracruz"]),
 ("Secretaría de Desarrollo Económico de Veracruz", "Organization", ["Secretaria de Desarrollo Economico de Veracruz", "Sedecop", "SEDECOP"]),
 ("Efraín Landero Solana", "Person", ["Efrain Landero Solana", "Efraín Landero", "Landero Solana"]),
 ("Pieter Van Houtryve", "Person", ["Van Houtryve"]),
 ("Graciela Montalvo Sedas", "Person", ["Graciela Montalvo", "Montalvo Sedas"]),
 ("Joaquín Arroniz Tejeda", "Person", ["Joaquin Arroniz Tejeda", "Joaquín Arroniz", "Arroniz Tejeda"]),
 ("Koenraad Vanneste-Verhaeghe", "Person", ["Vanneste-Verhaeghe"]),
 ("Martínez de la Torre", "Place", ["Martinez de la Torre"]),
 ("Veracruz", "Place", ["le Veracruz", "État de Veracruz"]),
 ("Xalapa", "Place", ["Jalapa"]),
 ("Gand", "Place", ["Ghent", "Gent"]),
 ("Anvers", "Place", ["Antwerp"]),
 ("Europe", "Place", ["Europa"]),
 ("Amérique du Nord", "Place", ["North America"]),
 ("Chine", "Place", ["China"]),
 MX, BE],
roles=[R("Efraín Landero Solana", ["directeur général", "director general"], "Grupo Limonero Nautla", "a résumé le directeur général du Grupo Limonero Nautla, Efraín Landero Solana"),
       R("Pieter Van Houtryve", ["CEO", "directeur général"], "Citrabel", "Le CEO de Citrabel, Pieter Van Houtryve"),
       R("Graciela Montalvo Sedas", ["gouverneure", "gouverneure du Veracruz", "gobernadora"], ["Veracruz", "Gobierno de Veracruz"], "de la gouverneure du Veracruz, Graciela Montalvo Sedas"),
       R("Joaquín Arroniz Tejeda", ["secrétaire au Développement économique", "secrétaire", "secretario de Desarrollo Económico"], ["Secretaría de Desarrollo Económico de Veracruz", "Veracruz", "Gobierno de Veracruz"], "du secrétaire au Développement économique de l'État, Joaquín Arroniz Tejeda"),
       R("Koenraad Vanneste-Verhaeghe", ["ambassadeur", "ambassadeur de Belgique au Mexique"], "Belgium", "de l'ambassadeur de Belgique au Mexique, Koenraad Vanneste-Verhaeghe")],
inv=[I("Citrabel Nautla", ["Martínez de la Torre", "Veracruz", "Mexico"], 68000000, "USD", "mise en service début 2028", "usine de pectine à partir d'écorces de citron vert", "Un investissement de 68 millions de dollars est prévu d'ici à la mise en service", alts=["Citrabel", "Grupo Limonero Nautla"])],
parts=[P("Citrabel", "Grupo Limonero Nautla", "coentreprise Citrabel Nautla (51/49)", "un accord créant une coentreprise détenue à 51 % par Citrabel"),
       P("Citrabel Nautla", "Universidad Veracruzana", "convention de recherche et de stages", "Citrabel Nautla a par ailleurs signé une convention de recherche avec l'Universidad Veracruzana", a_alt=["Citrabel", "Grupo Limonero Nautla"])],
claims=[C("Citrabel Nautla", "jobs", 210, "emplois", "L'usine emploiera 210 personnes"),
        C("Citrabel Nautla", "people_reached", 1200, "producteurs sous contrat", "à quelque 1 200 producteurs de la région"),
        C("Universidad Veracruzana", "trainees", 30, "stagiaires par an", "qui accueillera 30 stagiaires par an"),
        C("Citrabel Nautla", "other", 90000, "tonnes d'écorces par an", "transformera chaque année 90 000 tonnes d'écorces", opt=True, note="capacity"),
        C("Citrabel", "jobs", 340, "employés à Gand et Anvers", "emploie 340 personnes à Gand", opt=True, note="existing workforce")],
notes="Invented. French agrifood trade press about a Flemish company ('CEO', 'le gantois'). 'Il a signé ... avec X ... un accord créant une coentreprise détenue à 51 % par Citrabel et à 49 % par son partenaire' (required). The JV is named in the next paragraph; the investment sentence has no investor of its own ('Un investissement de 68 millions de dollars est prévu'), so the JV is the investor (parents accepted). Growers the JV will sign multi-year contracts with are people_reached (growers signed up). The governor, the state secretary and the Belgian ambassador attended (roles). Capacity and workforce optional; lime output background.")

A("r12", "fr", "2026-11-17", "https://example.org/martinique-eco/2026/11/17/sucrines-gouvernance-lamentin",
"""Martinique : Karine Roseau-Desvignes prend la présidence du directoire de Sucrines, qui investit 23 millions d'euros au Lamentin

Le groupe agroalimentaire martiniquais Sucrines, connu pour ses jus de fruits et ses yaourts, change de gouvernance. Karine Roseau-Desvignes, jusqu'ici directrice générale adjointe, a été nommée présidente du directoire le 12 novembre. Elle succède à Paul-Émile Anatole-Gaspard, qui présidait le directoire depuis 2009 et prend désormais la présidence du conseil de surveillance.

La nouvelle dirigeante hérite d'un chantier d'envergure. Sucrines consacrera 23 millions d'euros à une nouvelle usine de jus et de compotes dans la zone d'activités de la Lézarde, au Lamentin, qui remplacera d'ici 2028 le site historique de Fort-de-France. L'usine créera 45 emplois, qui s'ajouteront aux 320 salariés actuels du groupe.

Le groupe a signé avec la Collectivité territoriale de Martinique (CTM) une convention qui prévoit une aide de 4 millions d'euros au titre du développement économique et l'engagement de Sucrines à transformer en priorité des fruits produits sur l'île. « Chaque litre de jus importé est un litre que nos agriculteurs n'ont pas vendu », a déclaré le président du conseil exécutif de la CTM, Fabrice Bellerose-Cadignan.

Pour sécuriser ses volumes, Sucrines noue aussi un partenariat avec la Chambre d'agriculture de la Martinique, qui accompagnera 150 producteurs de goyaves, de maracudjas et d'ananas dans la signature de contrats d'achat avec le groupe. La Chambre formera en outre 20 apprentis aux techniques de verger. Son président, Jean-Marie Pancrate-Hoton, parle d'« un signal pour une agriculture qui ne vit pas que de la banane ».

« Nous ne changeons pas de cap, nous changeons d'échelle », a résumé Karine Roseau-Desvignes, ingénieure agronome entrée dans l'entreprise en 2006.

Publicité

La Martinique importe encore plus de 70 % des jus de fruits qu'elle consomme, selon l'observatoire régional. Sucrines a réalisé en 2025 un chiffre d'affaires de 58 millions d'euros, dont 15 % à l'export vers la Guadeloupe et la Guyane.""",
[("Sucrines", "Organization", ["groupe Sucrines"]),
 ("Collectivité territoriale de Martinique", "Organization", ["CTM", "Collectivite territoriale de Martinique"]),
 ("Chambre d'agriculture de la Martinique", "Organization", ["Chambre d'agriculture de Martinique"]),
 ("Karine Roseau-Desvignes", "Person", ["Roseau-Desvignes"]),
 ("Paul-Émile Anatole-Gaspard", "Person", ["Paul-Emile Anatole-Gaspard", "Anatole-Gaspard"]),
 ("Fabrice Bellerose-Cadignan", "Person", ["Bellerose-Cadignan"]),
 ("Jean-Marie Pancrate-Hoton", "Person", ["Pancrate-Hoton"]),
 ("Le Lamentin", "Place", ["Lamentin"]),
 ("La Lézarde", "Place", ["zone d'activités de la Lézarde", "Lézarde", "Lezarde"]),
 ("Fort-de-France", "Place", []),
 GP, GF, MQ, FR],
roles=[R("Karine Roseau-Desvignes", ["présidente du directoire", "présidente"], "Sucrines", "a été nommée présidente du directoire le 12 novembre"),
       R("Karine Roseau-Desvignes", "directrice générale adjointe", "Sucrines", "jusqu'ici directrice générale adjointe", opt=True),
       R("Paul-Émile Anatole-Gaspard", ["président du conseil de surveillance", "président"], "Sucrines", "prend désormais la présidence du conseil de surveillance"),
       R("Paul-Émile Anatole-Gaspard", "président du directoire", "Sucrines", "qui présidait le directoire depuis 2009", opt=True),
       R("Fabrice Bellerose-Cadignan", ["président du conseil exécutif", "président du conseil exécutif de la CTM", "président"], ["Martinique", "Collectivité territoriale de Martinique"], "le président du conseil exécutif de la CTM, Fabrice Bellerose-Cadignan"),
       R("Jean-Marie Pancrate-Hoton", "président", "Chambre d'agriculture de la Martinique", "Son président, Jean-Marie Pancrate-Hoton")],
inv=[I("Sucrines", ["La Lézarde", "Le Lamentin", "Martinique", "France"], 23000000, "EUR", "d'ici 2028", "usine de jus et de compotes", "Sucrines consacrera 23 millions d'euros à une nouvelle usine"),
     I("Collectivité territoriale de Martinique", ["Le Lamentin", "Martinique"], 4000000, "EUR", None, "aide au développement économique", "une convention qui prévoit une aide de 4 millions d'euros", opt=True)],
parts=[P("Collectivité territoriale de Martinique", "Sucrines", "convention (aide, fruits locaux)", "Le groupe a signé avec la Collectivité territoriale de Martinique (CTM) une convention"),
       P("Sucrines", "Chambre d'agriculture de la Martinique", "partenariat d'approvisionnement et de formation", "Sucrines noue aussi un partenariat avec la Chambre d'agriculture de la Martinique")],
claims=[C("Sucrines", "jobs", 45, "emplois créés", "L'usine créera 45 emplois"),
        C("Chambre d'agriculture de la Martinique", "people_reached", 150, "producteurs accompagnés vers des contrats", "qui accompagnera 150 producteurs de goyaves"),
        C("Chambre d'agriculture de la Martinique", "trainees", 20, "apprentis", "La Chambre formera en outre 20 apprentis"),
        C("Sucrines", "jobs", 320, "salariés actuels", "qui s'ajouteront aux 320 salariés actuels du groupe", opt=True, note="existing workforce")],
notes="Invented. Martinique business press with a 'Publicité' line. A governance change: the new présidente du directoire is required and 'jusqu'ici directrice générale adjointe' optional; the predecessor 'qui présidait le directoire depuis 2009' (past, optional) 'prend désormais la présidence du conseil de surveillance' (current, required). The investment 'consacrera 23 millions d'euros à'. The CTM convention is required; its grant an optional investment row. 'noue aussi un partenariat avec la Chambre d'agriculture' is required; growers it brings to purchase contracts are people_reached and its apprentices trainees. The CTM's executive-council president has Martinique and the CTM as org. Import shares and revenue are background.")
