# French articles r16-r24 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])
FR = ("France", "Place", ["Francia"])

A("r16", "fr", "2026-01-30", "https://example.org/guyane/economie/maripa-energie-centrale-biomasse-saint-laurent",
"""Saint-Laurent-du-Maroni : Maripa Énergie lance sa centrale biomasse de 72 millions d'euros

C'est un chantier attendu depuis près de dix ans dans l'Ouest guyanais. Maripa Énergie, filiale du groupe martiniquais Caravelle Power, a posé vendredi la première pierre de sa centrale biomasse de 9,8 mégawatts sur la zone d'activités de Saint-Maurice, à Saint-Laurent-du-Maroni. Le projet représente un investissement de 72 millions d'euros, que l'entreprise compte mener à terme d'ici fin 2027.

Le financement associe des fonds propres du groupe, un prêt de 38 millions d'euros de l'Agence française de développement (AFD) et une subvention de 6 millions d'euros de l'Agence de la transition écologique (Ademe), a précisé le président de Caravelle Power, Jean-Marc Sainte-Luce, venu de Fort-de-France pour l'occasion.

La centrale, qui brûlera des résidus de scieries et du bois issu des défrichements agricoles, vendra sa production dans le cadre d'un contrat d'achat de vingt-cinq ans signé avec EDF Systèmes énergétiques insulaires (EDF SEI). Elle couvrira, selon l'entreprise, près de 12 % de la consommation de l'Ouest guyanais, où la demande progresse de 4 % par an.

L'approvisionnement est garanti par une convention signée avec l'Office national des forêts (ONF), qui prévoit la livraison de 90 000 tonnes de plaquettes par an. « Aucun arbre ne sera abattu pour la centrale », a insisté la directrice générale de Maripa Énergie, Sandrine Manlius-Ho.

Le chantier mobilisera jusqu'à 140 personnes, et la centrale emploiera 32 salariés permanents. Trente jeunes de l'Ouest seront formés aux métiers de la maintenance en partenariat avec le Régiment du service militaire adapté (RSMA) de Guyane.

Le président de la Collectivité territoriale de Guyane (CTG), Léon-Paul Mézière, a salué « un premier pas vers l'autonomie énergétique de l'Ouest », tandis que le préfet de la région Guyane, Olivier Brassac-Léger, a rappelé que l'État avait classé le projet parmi ses priorités. La maire de Saint-Laurent-du-Maroni, Marie-Line Abienso, a demandé que les embauches profitent d'abord aux habitants du fleuve.

La Guyane produit encore près de 40 % de son électricité à partir de fioul, dont le coût dépasse 300 euros le mégawattheure, selon la Commission de régulation de l'énergie.""",
[("Maripa Énergie", "Organization", ["Maripa Energie", "Maripa"]),
 ("Caravelle Power", "Organization", ["groupe Caravelle Power"]),
 ("Agence française de développement", "Organization", ["AFD", "Agence francaise de developpement"]),
 ("Agence de la transition écologique", "Organization", ["Ademe", "ADEME", "Agence de la transition ecologique"]),
 ("Jean-Marc Sainte-Luce", "Person", ["Sainte-Luce"]),
 ("EDF Systèmes énergétiques insulaires", "Organization", ["EDF SEI", "EDF", "EDF Systemes energetiques insulaires"]),
 ("Office national des forêts", "Organization", ["ONF", "Office national des forets"]),
 ("Sandrine Manlius-Ho", "Person", ["Manlius-Ho"]),
 ("Régiment du service militaire adapté de Guyane", "Organization", ["RSMA", "RSMA de Guyane", "Régiment du service militaire adapté", "RSMA-Guyane"]),
 ("Collectivité territoriale de Guyane", "Organization", ["CTG", "Collectivite territoriale de Guyane"]),
 ("Léon-Paul Mézière", "Person", ["Leon-Paul Meziere", "Mézière"]),
 ("Préfecture de la région Guyane", "Organization", ["Préfecture de Guyane"]),
 ("Olivier Brassac-Léger", "Person", ["Olivier Brassac-Leger", "Brassac-Léger"]),
 ("Marie-Line Abienso", "Person", ["Abienso"]),
 ("Mairie de Saint-Laurent-du-Maroni", "Organization", ["mairie de Saint-Laurent"]),
 ("Commission de régulation de l'énergie", "Organization", ["CRE"]),
 ("Saint-Laurent-du-Maroni", "Place", ["Saint-Laurent"]),
 ("Saint-Maurice", "Place", ["zone d'activités de Saint-Maurice"]),
 ("Ouest guyanais", "Place", []),
 ("Guyane", "Place", ["French Guiana", "Guayana Francesa", "région Guyane"]),
 ("Fort-de-France", "Place", []),
 FR],
roles=[R("Jean-Marc Sainte-Luce", "président", "Caravelle Power", "a précisé le président de Caravelle Power, Jean-Marc Sainte-Luce"),
       R("Sandrine Manlius-Ho", "directrice générale", "Maripa Énergie", "a insisté la directrice générale de Maripa Énergie, Sandrine Manlius-Ho"),
       R("Léon-Paul Mézière", ["président", "président de la CTG"], ["Collectivité territoriale de Guyane", "Guyane"], "Le président de la Collectivité territoriale de Guyane (CTG), Léon-Paul Mézière"),
       R("Olivier Brassac-Léger", ["préfet", "préfet de la région Guyane"], ["Préfecture de la région Guyane", "Guyane", "France"], "le préfet de la région Guyane, Olivier Brassac-Léger"),
       R("Marie-Line Abienso", "maire", ["Saint-Laurent-du-Maroni", "Mairie de Saint-Laurent-du-Maroni"], "La maire de Saint-Laurent-du-Maroni, Marie-Line Abienso")],
inv=[I("Maripa Énergie", ["Saint-Maurice", "Saint-Laurent-du-Maroni", "Guyane", "France"], 72000000, "EUR", "d'ici fin 2027", "centrale biomasse de 9,8 MW", "Le projet représente un investissement de 72 millions d'euros", alts=["Caravelle Power"]),
     I("Agence de la transition écologique", ["Saint-Laurent-du-Maroni", "Guyane", "France"], 6000000, "EUR", None, "subvention publique au projet", "une subvention de 6 millions d'euros de l'Agence de la transition écologique (Ademe)", opt=True)],
parts=[P("Maripa Énergie", "EDF Systèmes énergétiques insulaires", "contrat d'achat d'électricité de 25 ans", "dans le cadre d'un contrat d'achat de vingt-cinq ans signé avec EDF Systèmes énergétiques insulaires (EDF SEI)", a_alt=["Caravelle Power"]),
       P("Maripa Énergie", "Office national des forêts", "convention d'approvisionnement en bois", "L'approvisionnement est garanti par une convention signée avec l'Office national des forêts (ONF)", a_alt=["Caravelle Power"]),
       P("Maripa Énergie", "Régiment du service militaire adapté de Guyane", "formation de jeunes à la maintenance", "en partenariat avec le Régiment du service militaire adapté (RSMA) de Guyane", a_alt=["Caravelle Power"]),
       P("Agence française de développement", "Maripa Énergie", "prêt", "un prêt de 38 millions d'euros de l'Agence française de développement (AFD)", opt=True, b_alt=["Caravelle Power"])],
claims=[C("Maripa Énergie", "jobs", 140, "personnes sur le chantier", "Le chantier mobilisera jusqu'à 140 personnes", note="construction"),
        C("Maripa Énergie", "jobs", 32, "salariés permanents", "la centrale emploiera 32 salariés permanents"),
        C("Maripa Énergie", "trainees", 30, "jeunes", "Trente jeunes de l'Ouest seront formés"),
        C("Maripa Énergie", "other", 9.8, "MW", "sa centrale biomasse de 9,8 mégawatts", opt=True),
        C("Maripa Énergie", "other", 90000, "tonnes de plaquettes par an", "la livraison de 90 000 tonnes de plaquettes par an", opt=True)],
notes="Invented. Regional newspaper in French Guiana (France: place list ends with France). The subsidiary's investment is told as 'Le projet représente un investissement de ..., que l'entreprise compte mener à terme d'ici fin 2027' (parent accepted). Financing sentence with three amounts: the AFD loan (optional loan link) and the Ademe subsidy (a public grant to the project, optional investment) are not the investment. The 25-year power purchase contract with EDF SEI (state utility) is required; the ONF supply convention and the training 'en partenariat avec le RSMA' are required. Trainees written in words ('Trente jeunes'). French territorial officials: président de la CTG, préfet (prefecture + Guyane + France), maire. The 12 % share, demand growth and fuel-oil cost give no fact.")

A("r17", "fr", "2026-02-23", "https://example.org/martinique/actu/kalbas-biotech-ctm-sargasses-le-francois",
"""Martinique : la CTM et Kalbas Biotech signent un accord-cadre pour transformer les sargasses au François

FORT-DE-FRANCE — La Collectivité territoriale de Martinique (CTM) et la jeune entreprise Kalbas Biotech ont signé lundi un accord-cadre de cinq ans pour la construction, au François, d'une unité de transformation des sargasses en biostimulants agricoles et en charbon actif, un projet de 14,5 millions d'euros que la société compte mener à bien d'ici 2028 avec l'appui de l'Ademe et de Bpifrance.

« Les sargasses sont une calamité pour nos côtes, mais c'est aussi une ressource qui nous arrive gratuitement deux fois par an », a expliqué la fondatrice et présidente de Kalbas Biotech, Maëlle Jean-Joseph, ancienne chercheuse à l'Université des Antilles.

L'usine traitera jusqu'à 40 000 tonnes d'algues fraîches par an, ramassées sur le littoral atlantique par les barges que la CTM déploie déjà dans le cadre de son plan sargasses, doté de 9 millions d'euros par an. Le président du conseil exécutif de la CTM, Yves-Michel Ursule, y voit « la preuve qu'on peut transformer une nuisance en filière ». La conseillère exécutive chargée du développement économique, Nadia Cély-Thimon, a précisé que la collectivité mettrait à disposition un terrain de trois hectares à la pointe Thalémont.

Le projet s'appuie sur un consortium de recherche réunissant Kalbas Biotech, l'Université des Antilles et le Centre de coopération internationale en recherche agronomique pour le développement (Cirad), qui testera les biostimulants sur des parcelles de banane et d'ananas. Côté débouchés, l'entreprise a conclu un accord de distribution avec la coopérative Ananas Nord-Caraïbe.

Le directeur régional de l'Ademe, Patrick Lauret-Mongin, a confirmé une aide de 2,4 millions d'euros au titre du fonds Chaleur et économie circulaire.

L'unité créera 38 emplois directs, dont une vingtaine pour des jeunes du François et du Robert, a indiqué le maire du François, Joachim Bellemare. Kalbas prévoit aussi de former 60 agriculteurs à l'usage des biostimulants d'ici la fin de 2027.

« Certains jours, on ne peut même plus sortir le bateau », témoigne Albert Sainte-Rose, pêcheur au Vauclin, qui dit attendre « de voir les barges tourner ».

Les échouements de sargasses ont coûté plus de 20 millions d'euros aux collectivités martiniquaises depuis 2018, selon un rapport parlementaire.""",
[("Collectivité territoriale de Martinique", "Organization", ["CTM", "Collectivite territoriale de Martinique"]),
 ("Kalbas Biotech", "Organization", ["Kalbas"]),
 ("Agence de la transition écologique", "Organization", ["Ademe", "ADEME", "Agence de la transition ecologique"]),
 ("Bpifrance", "Organization", ["BPI France", "Bpi"]),
 ("Maëlle Jean-Joseph", "Person", ["Maelle Jean-Joseph", "Jean-Joseph"]),
 ("Université des Antilles", "Organization", ["Universite des Antilles", "UA"]),
 ("Yves-Michel Ursule", "Person", ["Ursule"]),
 ("Nadia Cély-Thimon", "Person", ["Nadia Cely-Thimon", "Cély-Thimon"]),
 ("Centre de coopération internationale en recherche agronomique pour le développement", "Organization", ["Cirad", "CIRAD"]),
 ("Ananas Nord-Caraïbe", "Organization", ["coopérative Ananas Nord-Caraïbe", "Ananas Nord-Caraibe"]),
 ("Patrick Lauret-Mongin", "Person", ["Lauret-Mongin"]),
 ("Joachim Bellemare", "Person", ["Bellemare"]),
 ("Mairie du François", "Organization", ["mairie du François"]),
 ("Albert Sainte-Rose", "Person", ["Sainte-Rose"]),
 ("Le François", "Place", ["François", "Le Francois"]),
 ("Le Robert", "Place", ["Robert"]),
 ("Le Vauclin", "Place", ["Vauclin"]),
 ("Pointe Thalémont", "Place", ["pointe Thalémont"]),
 ("Fort-de-France", "Place", []),
 ("Martinique", "Place", []),
 FR],
roles=[R("Maëlle Jean-Joseph", ["fondatrice et présidente", "fondatrice", "présidente"], "Kalbas Biotech", "la fondatrice et présidente de Kalbas Biotech, Maëlle Jean-Joseph"),
       R("Maëlle Jean-Joseph", ["chercheuse", "ancienne chercheuse"], "Université des Antilles", "ancienne chercheuse à l'Université des Antilles", opt=True),
       R("Yves-Michel Ursule", ["président du conseil exécutif", "président"], ["Collectivité territoriale de Martinique", "Martinique"], "Le président du conseil exécutif de la CTM, Yves-Michel Ursule"),
       R("Nadia Cély-Thimon", ["conseillère exécutive chargée du développement économique", "conseillère exécutive"], ["Collectivité territoriale de Martinique", "Martinique"], "La conseillère exécutive chargée du développement économique, Nadia Cély-Thimon"),
       R("Patrick Lauret-Mongin", "directeur régional", "Agence de la transition écologique", "Le directeur régional de l'Ademe, Patrick Lauret-Mongin"),
       R("Joachim Bellemare", "maire", ["Le François", "Mairie du François"], "a indiqué le maire du François, Joachim Bellemare")],
inv=[I("Kalbas Biotech", ["Le François", "Martinique", "France"], 14500000, "EUR", "d'ici 2028", "unité de transformation des sargasses", "un projet de 14,5 millions d'euros que la société compte mener à bien d'ici 2028"),
     I("Agence de la transition écologique", ["Le François", "Martinique", "France"], 2400000, "EUR", None, "aide publique au projet", "a confirmé une aide de 2,4 millions d'euros", opt=True)],
parts=[P("Kalbas Biotech", "Collectivité territoriale de Martinique", "accord-cadre de cinq ans", "ont signé lundi un accord-cadre de cinq ans"),
       P("Kalbas Biotech", "Université des Antilles", "consortium de recherche sur les biostimulants", "un consortium de recherche réunissant Kalbas Biotech, l'Université des Antilles"),
       P("Kalbas Biotech", "Centre de coopération internationale en recherche agronomique pour le développement", "consortium de recherche sur les biostimulants", "et le Centre de coopération internationale en recherche agronomique pour le développement (Cirad)"),
       P("Kalbas Biotech", "Agence de la transition écologique", "appui (aide)", "avec l'appui de l'Ademe et de Bpifrance", opt=True),
       P("Kalbas Biotech", "Bpifrance", "appui", "avec l'appui de l'Ademe et de Bpifrance", opt=True),
       P("Kalbas Biotech", "Ananas Nord-Caraïbe", "accord de distribution", "l'entreprise a conclu un accord de distribution avec la coopérative Ananas Nord-Caraïbe", opt=True)],
claims=[C("Kalbas Biotech", "jobs", 38, "emplois directs", "L'unité créera 38 emplois directs"),
        C("Kalbas Biotech", "jobs", 20, "emplois pour des jeunes", "dont une vingtaine pour des jeunes", opt=True, note="subset"),
        C("Kalbas Biotech", "trainees", 60, "agriculteurs", "de former 60 agriculteurs"),
        C("Kalbas Biotech", "other", 40000, "tonnes par an", "jusqu'à 40 000 tonnes d'algues fraîches par an", opt=True)],
notes="Invented. The investment is a noun phrase in apposition ('un projet de 14,5 millions d'euros que la société compte mener à bien d'ici 2028 avec l'appui de ...'). 'avec l'appui de' two funders is support (optional links); the Ademe grant is optional like r16. A three-member research consortium gives one row per pair with the lead company. A distribution deal with a customer cooperative is optional. Compound title 'fondatrice et présidente' (whole and parts), past research post optional. Martinique's CTM titles: 'président du conseil exécutif', 'conseillère exécutive chargée de'. A fisherman quoted without a post (no role). The CTM's 9 million euro yearly sargassum plan (a public budget), the land (3 ha) and past damage costs give no fact; the 'vingtaine' subset is optional.")

A("r18", "fr", "2026-03-18", "https://example.org/haiti/communiques/mci-teks-no-caracol",
"""Haïti : une usine de confection de 22 millions de dollars s'installe au Parc industriel de Caracol

COMMUNIQUÉ DE PRESSE

Port-au-Prince, le 18 mars 2026. – Le Ministère du Commerce et de l'Industrie (MCI) a le plaisir d'informer la population ainsi que les investisseurs nationaux et étrangers que la société Tèks Nò S.A., coentreprise formée par le groupe dominicain Confecciones del Yaque et le fabricant sud-coréen Hanbit Apparel, a signé le 16 mars un contrat de bail avec la Société nationale des parcs industriels (SONAPI) pour l'installation d'une usine de confection au Parc industriel de Caracol (PIC), dans le département du Nord-Est.

L'investissement total est estimé à 22 millions de dollars américains, soit environ 2,9 milliards de gourdes, et sera réalisé en deux phases entre 2026 et 2028. L'usine, qui occupera deux bâtiments de 12 000 mètres carrés, produira des t-shirts et des vêtements de sport destinés au marché nord-américain. Elle devrait créer 3 500 emplois directs d'ici 2028, dont 1 500 dès la première année d'exploitation.

Le Ministre du Commerce et de l'Industrie, Jean-Wilner Saint-Fleur, a salué « un signal fort adressé aux investisseurs, malgré un contexte difficile », et a rappelé que le Gouvernement poursuit ses efforts pour sécuriser le corridor Cap-Haïtien–Ouanaminthe.

Dans le cadre de ce projet, le MCI, Tèks Nò et l'Institut national de formation professionnelle (INFP) ont signé un protocole d'accord tripartite visant la formation de 1 200 opératrices et opérateurs de machines à coudre, ainsi que de 80 techniciens de maintenance.

La Directrice générale de la SONAPI, Rose-Andrée Delinois, a indiqué que le PIC emploie actuellement quelque 14 000 personnes. Le Directeur général du Centre de facilitation des investissements (CFI), Pierre-Michel Jasmin, qui a accompagné les investisseurs, ainsi que le Délégué départemental du Nord-Est, Wilfrid Dorcé, ont assisté à la signature.

Le Président du Conseil d'administration de Tèks Nò, Ramón Almánzar Checo, a pour sa part annoncé que l'entreprise donnerait la priorité aux travailleurs des communes de Caracol, Trou-du-Nord et Terrier-Rouge.

Les exportations haïtiennes de vêtements vers les États-Unis ont atteint environ 850 millions de dollars en 2025.

Le Ministère du Commerce et de l'Industrie réitère son engagement à accompagner toute initiative créatrice d'emplois sur l'ensemble du territoire national.

Bureau de communication du MCI""",
[("Ministère du Commerce et de l'Industrie", "Organization", ["MCI", "Ministere du Commerce et de l'Industrie"]),
 ("Tèks Nò", "Organization", ["Tèks Nò S.A.", "Teks No", "Teks No S.A."]),
 ("Confecciones del Yaque", "Organization", ["groupe Confecciones del Yaque"]),
 ("Hanbit Apparel", "Organization", ["Hanbit"]),
 ("Société nationale des parcs industriels", "Organization", ["SONAPI", "Societe nationale des parcs industriels"]),
 ("Parc industriel de Caracol", "Organization", ["PIC", "Parc industriel de Caracol (PIC)"]),
 ("Jean-Wilner Saint-Fleur", "Person", ["Saint-Fleur"]),
 ("Gouvernement haïtien", "Organization", ["Gouvernement d'Haïti"]),
 ("Institut national de formation professionnelle", "Organization", ["INFP", "Institut National de Formation Professionnelle"]),
 ("Rose-Andrée Delinois", "Person", ["Rose-Andree Delinois", "Delinois"]),
 ("Centre de facilitation des investissements", "Organization", ["CFI"]),
 ("Pierre-Michel Jasmin", "Person", ["Jasmin"]),
 ("Wilfrid Dorcé", "Person", ["Wilfrid Dorce", "Dorcé"]),
 ("Ramón Almánzar Checo", "Person", ["Ramon Almanzar Checo", "Ramón Almánzar", "Almánzar Checo"]),
 ("Caracol", "Place", []),
 ("Nord-Est", "Place", ["département du Nord-Est"]),
 ("Port-au-Prince", "Place", []),
 ("Cap-Haïtien", "Place", ["Cap-Haitien"]),
 ("Ouanaminthe", "Place", []),
 ("Trou-du-Nord", "Place", []),
 ("Terrier-Rouge", "Place", []),
 ("United States", "Place", ["U.S.", "US", "Estados Unidos", "États-Unis"]),
 ("Dominican Republic", "Place", ["République dominicaine", "República Dominicana"]),
 ("South Korea", "Place", ["Corée du Sud", "Korea"]),
 ("Haiti", "Place", ["Haïti", "Haití"])],
roles=[R("Jean-Wilner Saint-Fleur", ["Ministre du Commerce et de l'Industrie", "ministre"], ["Ministère du Commerce et de l'Industrie", "Haiti"], "Le Ministre du Commerce et de l'Industrie, Jean-Wilner Saint-Fleur"),
       R("Rose-Andrée Delinois", "Directrice générale", "Société nationale des parcs industriels", "La Directrice générale de la SONAPI, Rose-Andrée Delinois"),
       R("Pierre-Michel Jasmin", "Directeur général", "Centre de facilitation des investissements", "Le Directeur général du Centre de facilitation des investissements (CFI), Pierre-Michel Jasmin"),
       R("Wilfrid Dorcé", ["Délégué départemental du Nord-Est", "délégué départemental"], ["Nord-Est", "Haiti"], "le Délégué départemental du Nord-Est, Wilfrid Dorcé"),
       R("Ramón Almánzar Checo", ["Président du Conseil d'administration", "président"], "Tèks Nò", "Le Président du Conseil d'administration de Tèks Nò, Ramón Almánzar Checo")],
inv=[I("Tèks Nò", ["Caracol", "Nord-Est", "Haiti"], 22000000, "USD", "deux phases entre 2026 et 2028", "usine de confection au Parc industriel de Caracol", "L'investissement total est estimé à 22 millions de dollars américains", alts=["Confecciones del Yaque", "Hanbit Apparel"]),
     I("Tèks Nò", ["Caracol", "Nord-Est", "Haiti"], 2900000000, "HTG", "entre 2026 et 2028", "équivalent en gourdes", "soit environ 2,9 milliards de gourdes", opt=True, alts=["Confecciones del Yaque", "Hanbit Apparel"])],
parts=[P("Confecciones del Yaque", "Hanbit Apparel", "coentreprise Tèks Nò", "coentreprise formée par le groupe dominicain Confecciones del Yaque et le fabricant sud-coréen Hanbit Apparel"),
       P("Tèks Nò", "Ministère du Commerce et de l'Industrie", "protocole d'accord tripartite (formation)", "ont signé un protocole d'accord tripartite"),
       P("Tèks Nò", "Institut national de formation professionnelle", "protocole d'accord tripartite (formation)", "le MCI, Tèks Nò et l'Institut national de formation professionnelle (INFP) ont signé"),
       P("Tèks Nò", "Société nationale des parcs industriels", "contrat de bail", "a signé le 16 mars un contrat de bail avec la Société nationale des parcs industriels (SONAPI)", opt=True)],
claims=[C("Tèks Nò", "jobs", 3500, "emplois directs", "Elle devrait créer 3 500 emplois directs d'ici 2028"),
        C("Tèks Nò", "jobs", 1500, "emplois la première année", "dont 1 500 dès la première année", opt=True, note="subset"),
        C("Tèks Nò", "trainees", 1200, "opératrices et opérateurs", "la formation de 1 200 opératrices et opérateurs"),
        C("Tèks Nò", "trainees", 80, "techniciens de maintenance", "ainsi que de 80 techniciens de maintenance"),
        C("Parc industriel de Caracol", "jobs", 14000, "personnes", "le PIC emploie actuellement quelque 14 000 personnes", opt=True, note="existing workforce of the park")],
notes="Invented. Haitian ministry communiqué (capitalised titles, formal opening 'a le plaisir d'informer', sign-off line). The JV is named in apposition in a long first sentence that is mostly about a lease; the investment sentence has no investor ('L'investissement total est estimé à'), so the JV is the investor with both parents accepted; the gourde equivalent is optional. The lease with the state park operator is optional (concession-like); the tripartite protocole gives one row per pair with the JV (none between MCI and INFP). The CFI accompanied the investors (role, no partnership); the délégué départemental represents the executive in the department (org Nord-Est / Haiti). Subset first-year jobs and the park's existing workforce are optional; garment exports give no fact.")

A("r19", "fr", "2026-04-14", "https://example.org/affaires/2026/04/14/technologies-mekinac-san-luis-potosi",
"""Technologies Mékinac investira 140 millions de dollars canadiens au Mexique

La trifluvienne Technologies Mékinac, spécialisée dans le recyclage des batteries lithium-ion, construira sa première usine hors du Canada à San Luis Potosí, au Mexique, un investissement de 140 M$ (environ 1,8 milliard de pesos) étalé sur quatre ans, a annoncé mardi l'entreprise, dont l'action a bondi de 6,3 % à 18,35 $ à la Bourse de croissance TSX.

L'usine, qui traitera 20 000 tonnes de batteries usagées par année à compter de 2028, sera exploitée par une coentreprise, Mékinac Altiplano, détenue à 70 % par Mékinac et à 30 % par le groupe potosino Aceros del Altiplano, qui fournira le terrain et une partie des bâtiments. Le directeur général d'Aceros del Altiplano, Rodrigo Villasuso Lastras, présidera le conseil de la coentreprise.

« Le Mexique assemble plus de trois millions de véhicules par année, et personne ne s'occupe encore sérieusement de leurs batteries en fin de vie », a affirmé en entrevue le président et chef de la direction de Mékinac, Jean-Philippe Lacerte.

Le montage financier comprend un prêt de 35 M$ d'Exportation et développement Canada (EDC). Investissement Québec, qui détient 12 % du capital de Mékinac, n'a pas été appelé à remettre de l'argent, a précisé la chef de la direction financière, Annie Gélinas-Roy, qui prévoit que l'usine sera rentable dès sa troisième année. L'entreprise, qui a terminé son exercice 2025 avec des revenus de 61,2 M$ et une perte nette de 8,4 M$, estime que le site créera environ 180 emplois.

Mékinac a par ailleurs conclu une entente avec l'Université Polytechnique de San Luis Potosí (UPSLP) pour former 90 techniciens en chimie et en électromécanique.

Le secrétaire au Développement économique de l'État de San Luis Potosí, Héctor Moctezuma Rangel, a indiqué que le gouvernement potosino accordera une exonération de l'impôt sur les salaires pendant cinq ans. Le délégué général du Québec à Mexico, Marc-André Beaulieu-Drolet, assistait à l'annonce, tenue dans la capitale de l'État.

Selon l'entreprise, le marché nord-américain du recyclage de batteries devrait atteindre 6 milliards de dollars américains d'ici 2030.""",
[("Technologies Mékinac", "Organization", ["Mékinac", "Technologies Mekinac", "Mekinac"]),
 ("Mékinac Altiplano", "Organization", ["Mekinac Altiplano"]),
 ("Aceros del Altiplano", "Organization", ["groupe Aceros del Altiplano"]),
 ("Rodrigo Villasuso Lastras", "Person", ["Rodrigo Villasuso", "Villasuso Lastras"]),
 ("Jean-Philippe Lacerte", "Person", ["Lacerte"]),
 ("Exportation et développement Canada", "Organization", ["EDC", "Exportation et developpement Canada", "Export Development Canada"]),
 ("Investissement Québec", "Organization", ["Investissement Quebec", "IQ"]),
 ("Annie Gélinas-Roy", "Person", ["Annie Gelinas-Roy", "Gélinas-Roy"]),
 ("Universidad Politécnica de San Luis Potosí", "Organization", ["UPSLP", "Université Polytechnique de San Luis Potosí", "Universite Polytechnique de San Luis Potosi", "Universidad Politecnica de San Luis Potosi"]),
 ("Héctor Moctezuma Rangel", "Person", ["Hector Moctezuma Rangel", "Héctor Moctezuma", "Moctezuma Rangel"]),
 ("Secretaría de Desarrollo Económico de San Luis Potosí", "Organization", ["Sedeco", "Secretaría de Desarrollo Económico", "Secretaria de Desarrollo Economico de San Luis Potosi"]),
 ("Gobierno de San Luis Potosí", "Organization", ["gouvernement potosino"]),
 ("Marc-André Beaulieu-Drolet", "Person", ["Marc-Andre Beaulieu-Drolet", "Beaulieu-Drolet"]),
 ("Délégation générale du Québec à Mexico", "Organization", ["Delegation generale du Quebec a Mexico"]),
 ("San Luis Potosí", "Place", ["San Luis Potosi", "État de San Luis Potosí", "SLP"]),
 ("Trois-Rivières", "Place", ["Trois-Rivieres"]),
 ("Québec", "Place", ["Quebec", "Quebec province"]),
 ("Canada", "Place", ["Canadá"]),
 MX],
roles=[R("Jean-Philippe Lacerte", ["président et chef de la direction", "président", "chef de la direction"], "Technologies Mékinac", "le président et chef de la direction de Mékinac, Jean-Philippe Lacerte"),
       R("Annie Gélinas-Roy", ["chef de la direction financière", "CFO", "directrice financière"], "Technologies Mékinac", "a précisé la chef de la direction financière, Annie Gélinas-Roy"),
       R("Rodrigo Villasuso Lastras", "directeur général", "Aceros del Altiplano", "Le directeur général d'Aceros del Altiplano, Rodrigo Villasuso Lastras"),
       R("Rodrigo Villasuso Lastras", ["président du conseil", "président"], "Mékinac Altiplano", "présidera le conseil de la coentreprise"),
       R("Héctor Moctezuma Rangel", ["secrétaire au Développement économique", "secretario de Desarrollo Económico"], ["Secretaría de Desarrollo Económico de San Luis Potosí", "San Luis Potosí"], "Le secrétaire au Développement économique de l'État de San Luis Potosí, Héctor Moctezuma Rangel"),
       R("Marc-André Beaulieu-Drolet", ["délégué général du Québec à Mexico", "délégué général"], ["Québec", "Délégation générale du Québec à Mexico"], "Le délégué général du Québec à Mexico, Marc-André Beaulieu-Drolet")],
inv=[I("Technologies Mékinac", ["San Luis Potosí", "Mexico"], 140000000, "CAD", "étalé sur quatre ans", "usine de recyclage de batteries", "un investissement de 140 M$", alts=["Mékinac Altiplano"]),
     I("Technologies Mékinac", ["San Luis Potosí", "Mexico"], 1800000000, "MXN", "sur quatre ans", "équivalent en pesos", "(environ 1,8 milliard de pesos)", opt=True, alts=["Mékinac Altiplano"])],
parts=[P("Technologies Mékinac", "Aceros del Altiplano", "coentreprise Mékinac Altiplano", "détenue à 70 % par Mékinac et à 30 % par le groupe potosino Aceros del Altiplano"),
       P("Technologies Mékinac", "Universidad Politécnica de San Luis Potosí", "formation de techniciens", "Mékinac a par ailleurs conclu une entente avec l'Université Polytechnique de San Luis Potosí (UPSLP)"),
       P("Exportation et développement Canada", "Technologies Mékinac", "prêt", "un prêt de 35 M$ d'Exportation et développement Canada (EDC)", opt=True),
       P("Investissement Québec", "Technologies Mékinac", "participation de 12 %", "Investissement Québec, qui détient 12 % du capital de Mékinac", opt=True)],
claims=[C("Technologies Mékinac", "jobs", 180, "emplois", "le site créera environ 180 emplois"),
        C("Technologies Mékinac", "trainees", 90, "techniciens", "pour former 90 techniciens"),
        C("Mékinac Altiplano", "other", 20000, "tonnes par année", "traitera 20 000 tonnes de batteries usagées par année", opt=True)],
notes="Invented. Quebec business press: 'M$' is Canadian dollars (the headline says 'dollars canadiens'), so 140 M$ = 1.4e8 CAD; the peso equivalent is optional. Quebec forms: 'trifluvienne' (from Trois-Rivières), 'entente' for agreement, 'président et chef de la direction', 'chef de la direction financière', 'par année', 'en entrevue'. The JV partner's head has a current post and a future board chair post (both required). The EDC loan and Investissement Québec's 12 % stake are optional links. Share price, revenue, net loss, the payroll-tax exemption and the market-size forecast give no fact. A Quebec 'délégué général' represents Québec (org Québec).")

A("r20", "fr", "2026-05-14", "https://example.org/depeches/2026/05/14/mexique-orvanne-tijuana",
"""Mexique : le français Orvanne investit 95 millions de dollars dans une usine de cathéters à Tijuana

MEXICO, 14 mai 2026 (Agence Latitude) — Le fabricant français de dispositifs médicaux Orvanne va construire à Tijuana, dans l'État de Basse-Californie (nord-ouest), une usine de cathéters et de tubulures qui représentera un investissement de 95 millions de dollars sur trois ans, a annoncé mercredi le groupe, confirmant une information de la presse locale.

L'investissement sera porté à 75 % par Orvanne et à 25 % par le fonds mexicain Capital Cucapá, spécialisé dans l'immobilier industriel, qui sera propriétaire des bâtiments et les louera au groupe français, selon un communiqué conjoint. L'associé gérant de Capital Cucapá, Mauricio Olvera Tapia, a qualifié l'opération de « plus gros pari du fonds à ce jour ».

« Tijuana est à vingt minutes de nos clients californiens, et la main-d'œuvre y est formée à nos métiers depuis trente ans », a déclaré à l'agence la directrice des opérations industrielles du groupe, Claire Montbrison.

Le site sera dirigé par Gustavo Aldrete Pimentel, actuel directeur de l'usine d'Orvanne à Reynosa.

Le secrétaire à l'Économie et à l'Innovation de Basse-Californie, Raúl Cisneros Beltrán, a précisé que l'usine emploierait 1 100 personnes à pleine capacité, en 2029. Orvanne a par ailleurs signé une convention de partenariat avec l'Université autonome de Basse-Californie (UABC), qui formera 250 techniciens en salle blanche.

L'ambassadrice de France au Mexique, Véronique Dauzats-Merle, s'est félicitée d'un projet qui « montre que l'industrie française de santé croit au Mexique », alors que les menaces de droits de douane américains ont poussé plusieurs groupes européens à reporter leurs projets dans le pays.

Le secteur des dispositifs médicaux emploie plus de 90 000 personnes en Basse-Californie, qui en exporte pour environ 11 milliards de dollars par an, selon l'association professionnelle de l'État. Orvanne, qui a réalisé un chiffre d'affaires de 1,9 milliard d'euros en 2025, possède déjà deux usines au Mexique, à Reynosa et à Querétaro.

Le peso s'échangeait mercredi à 18,10 pour un dollar. (Agence Latitude)""",
[("Orvanne", "Organization", ["groupe Orvanne"]),
 ("Capital Cucapá", "Organization", ["Capital Cucapa", "Cucapá"]),
 ("Mauricio Olvera Tapia", "Person", ["Mauricio Olvera", "Olvera Tapia"]),
 ("Claire Montbrison", "Person", ["Montbrison"]),
 ("Gustavo Aldrete Pimentel", "Person", ["Gustavo Aldrete", "Aldrete Pimentel"]),
 ("Raúl Cisneros Beltrán", "Person", ["Raul Cisneros Beltran", "Raúl Cisneros", "Cisneros Beltrán"]),
 ("Secretaría de Economía e Innovación de Baja California", "Organization", ["Secretaría de Economía e Innovación", "Secretaria de Economia e Innovacion de Baja California", "Sei"]),
 ("Universidad Autónoma de Baja California", "Organization", ["UABC", "Université autonome de Basse-Californie", "Universite autonome de Basse-Californie"]),
 ("Véronique Dauzats-Merle", "Person", ["Veronique Dauzats-Merle", "Dauzats-Merle"]),
 ("Agence Latitude", "Organization", []),
 ("Tijuana", "Place", []),
 ("Baja California", "Place", ["Basse-Californie", "État de Basse-Californie"]),
 ("Reynosa", "Place", []),
 ("Querétaro", "Place", ["Queretaro"]),
 ("California", "Place", ["Californie"]),
 FR,
 MX],
roles=[R("Mauricio Olvera Tapia", ["associé gérant", "managing partner"], "Capital Cucapá", "L'associé gérant de Capital Cucapá, Mauricio Olvera Tapia"),
       R("Claire Montbrison", ["directrice des opérations industrielles", "directrice des opérations"], "Orvanne", "la directrice des opérations industrielles du groupe, Claire Montbrison"),
       R("Gustavo Aldrete Pimentel", ["directeur du site", "directeur", "dirigera le site"], "Orvanne", "Le site sera dirigé par Gustavo Aldrete Pimentel"),
       R("Gustavo Aldrete Pimentel", ["directeur de l'usine de Reynosa", "directeur de l'usine"], "Orvanne", "actuel directeur de l'usine d'Orvanne à Reynosa"),
       R("Raúl Cisneros Beltrán", ["secrétaire à l'Économie et à l'Innovation", "secretario de Economía e Innovación"], ["Secretaría de Economía e Innovación de Baja California", "Baja California"], "Le secrétaire à l'Économie et à l'Innovation de Basse-Californie, Raúl Cisneros Beltrán"),
       R("Véronique Dauzats-Merle", ["ambassadrice de France au Mexique", "ambassadrice"], "France", "L'ambassadrice de France au Mexique, Véronique Dauzats-Merle")],
inv=[I("Orvanne", ["Tijuana", "Baja California", "Mexico"], 95000000, "USD", "sur trois ans", "usine de cathéters et de tubulures", "qui représentera un investissement de 95 millions de dollars sur trois ans", alts=["Capital Cucapá"]),
     I("Capital Cucapá", ["Tijuana", "Baja California", "Mexico"], 95000000, "USD", "sur trois ans", "même projet (co-investisseur, 25 %, bâtiments)", "L'investissement sera porté à 75 % par Orvanne et à 25 % par le fonds mexicain Capital Cucapá", opt=True, alts=["Orvanne"])],
parts=[P("Orvanne", "Capital Cucapá", "co-investissement et location des bâtiments", "L'investissement sera porté à 75 % par Orvanne et à 25 % par le fonds mexicain Capital Cucapá"),
       P("Orvanne", "Universidad Autónoma de Baja California", "formation de techniciens en salle blanche", "Orvanne a par ailleurs signé une convention de partenariat avec l'Université autonome de Basse-Californie (UABC)")],
claims=[C("Orvanne", "jobs", 1100, "personnes", "l'usine emploierait 1 100 personnes à pleine capacité"),
        C("Orvanne", "trainees", 250, "techniciens", "qui formera 250 techniciens en salle blanche"),
        C("Orvanne", "jobs", 90000, "personnes (secteur)", "Le secteur des dispositifs médicaux emploie plus de 90 000 personnes", opt=True, note="sector employment")],
notes="Invented. French news-agency wire (dateline with agency name, agency tag at the end). Joint investment told as shares ('porté à 75 % par X et à 25 % par Y'): one required row for the lead with the fund accepted, optional fund row, and a required partnership (co-investment plus lease). The future site head ('Le site sera dirigé par X') and his current post ('actuel directeur de l'usine ... à Reynosa') are both required. A Mexican state secretariat rendered in French ('secrétaire à l'Économie et à l'Innovation de Basse-Californie'; the Spanish name is the entity). Sector employment is optional; exports, revenue, tariffs and the exchange rate give no fact.")

A("r21", "fr", "2026-06-25", "https://example.org/international/colombie-glacis-logistique-carthagene",
"""Colombie : Glacis Logistique et le Grupo Portuario Manga s'associent dans le froid à Carthagène

Le spécialiste nantais de la logistique du froid Glacis Logistique et l'opérateur colombien Grupo Portuario Manga ont créé une coentreprise à parts égales, Frío Caribe Manga, qui construira et exploitera un entrepôt frigorifique de 45 000 positions palettes dans la zone industrielle de Mamonal, à Carthagène des Indes. Les deux partenaires y consacreront 380 milliards de pesos (environ 92 millions de dollars) d'ici 2028, a indiqué Glacis dans un communiqué.

Proparco, la filiale de l'Agence française de développement dédiée au secteur privé, accordera à la coentreprise un prêt de 35 millions de dollars, le solde étant apporté en fonds propres.

« La Colombie exporte de plus en plus d'avocats, de fruits de la passion et de viande, mais la chaîne du froid reste le maillon faible entre les fermes et les navires », a expliqué le directeur général de Glacis, Olivier Kerbrat. La coentreprise sera présidée par Ana María Vélez Lequerica, présidente exécutive du Grupo Portuario Manga.

L'entrepôt emploiera 260 personnes et générera quelque 700 emplois indirects dans le transport et la maintenance. Un accord a été signé avec le Service national d'apprentissage (SENA) pour former 300 caristes et techniciens frigoristes.

Le ministre colombien du Commerce, de l'Industrie et du Tourisme, Germán Ospina Restrepo, qui assistait à la signature à Bogotá aux côtés de la présidente de ProColombia, Luisa Fernanda Rangel Díaz, a rappelé que les exportations de fruits et légumes du pays avaient atteint 1,9 milliard de dollars en 2025. Le maire de Carthagène, Javier Caballero Pombo, a insisté sur la nécessité de désengorger les accès routiers à Mamonal.

Glacis, qui exploite 31 entrepôts en France et en Espagne et a réalisé un chiffre d'affaires de 540 millions d'euros l'an dernier, signe là sa première implantation hors d'Europe.""",
[("Glacis Logistique", "Organization", ["Glacis"]),
 ("Grupo Portuario Manga", "Organization", ["Manga"]),
 ("Frío Caribe Manga", "Organization", ["Frio Caribe Manga"]),
 ("Proparco", "Organization", ["PROPARCO"]),
 ("Agence française de développement", "Organization", ["AFD", "Agence francaise de developpement"]),
 ("Olivier Kerbrat", "Person", ["Kerbrat"]),
 ("Ana María Vélez Lequerica", "Person", ["Ana Maria Velez Lequerica", "Ana María Vélez", "Vélez Lequerica"]),
 ("Servicio Nacional de Aprendizaje", "Organization", ["SENA", "Sena", "Service national d'apprentissage"]),
 ("Ministerio de Comercio, Industria y Turismo", "Organization", ["MinCIT", "Mincomercio", "ministère du Commerce, de l'Industrie et du Tourisme", "Ministerio de Comercio, Industria y Turismo de Colombia"]),
 ("Germán Ospina Restrepo", "Person", ["German Ospina Restrepo", "Germán Ospina", "Ospina Restrepo"]),
 ("ProColombia", "Organization", ["Procolombia"]),
 ("Luisa Fernanda Rangel Díaz", "Person", ["Luisa Fernanda Rangel Diaz", "Luisa Fernanda Rangel", "Rangel Díaz"]),
 ("Javier Caballero Pombo", "Person", ["Javier Caballero", "Caballero Pombo"]),
 ("Alcaldía de Cartagena", "Organization", ["Alcaldia de Cartagena", "mairie de Carthagène"]),
 ("Mamonal", "Place", ["zone industrielle de Mamonal"]),
 ("Cartagena", "Place", ["Carthagène", "Carthagène des Indes", "Cartagena de Indias"]),
 ("Bolívar", "Place", ["Bolivar", "département de Bolívar"]),
 ("Bogotá", "Place", ["Bogota"]),
 ("Nantes", "Place", []),
 ("Spain", "Place", ["España", "Espagne"]),
 ("Europe", "Place", ["Europa"]),
 ("Colombia", "Place", ["Colombie"]),
 FR],
roles=[R("Olivier Kerbrat", "directeur général", "Glacis Logistique", "a expliqué le directeur général de Glacis, Olivier Kerbrat"),
       R("Ana María Vélez Lequerica", ["présidente", "présidera la coentreprise"], "Frío Caribe Manga", "La coentreprise sera présidée par Ana María Vélez Lequerica"),
       R("Ana María Vélez Lequerica", ["présidente exécutive", "présidente"], "Grupo Portuario Manga", "présidente exécutive du Grupo Portuario Manga"),
       R("Germán Ospina Restrepo", ["ministre du Commerce, de l'Industrie et du Tourisme", "ministre"], ["Ministerio de Comercio, Industria y Turismo", "Colombia"], "Le ministre colombien du Commerce, de l'Industrie et du Tourisme, Germán Ospina Restrepo"),
       R("Luisa Fernanda Rangel Díaz", "présidente", "ProColombia", "la présidente de ProColombia, Luisa Fernanda Rangel Díaz"),
       R("Javier Caballero Pombo", "maire", ["Cartagena", "Alcaldía de Cartagena"], "Le maire de Carthagène, Javier Caballero Pombo")],
inv=[I("Glacis Logistique", ["Mamonal", "Cartagena", "Bolívar", "Colombia"], 380000000000, "COP", "d'ici 2028", "entrepôt frigorifique (coentreprise à parts égales)", "Les deux partenaires y consacreront 380 milliards de pesos", alts=["Grupo Portuario Manga", "Frío Caribe Manga"]),
     I("Grupo Portuario Manga", ["Mamonal", "Cartagena", "Bolívar", "Colombia"], 380000000000, "COP", "d'ici 2028", "même projet (co-investisseur)", "Les deux partenaires y consacreront 380 milliards de pesos", opt=True, alts=["Glacis Logistique", "Frío Caribe Manga"]),
     I("Glacis Logistique", ["Mamonal", "Cartagena", "Bolívar", "Colombia"], 92000000, "USD", "d'ici 2028", "équivalent en dollars", "(environ 92 millions de dollars)", opt=True, alts=["Grupo Portuario Manga", "Frío Caribe Manga"])],
parts=[P("Glacis Logistique", "Grupo Portuario Manga", "coentreprise Frío Caribe Manga", "ont créé une coentreprise à parts égales, Frío Caribe Manga"),
       P("Frío Caribe Manga", "Servicio Nacional de Aprendizaje", "formation de caristes et frigoristes", "Un accord a été signé avec le Service national d'apprentissage (SENA)", a_alt=["Glacis Logistique", "Grupo Portuario Manga"]),
       P("Proparco", "Frío Caribe Manga", "prêt", "accordera à la coentreprise un prêt de 35 millions de dollars", opt=True)],
claims=[C("Frío Caribe Manga", "jobs", 260, "personnes", "L'entrepôt emploiera 260 personnes"),
        C("Frío Caribe Manga", "jobs", 700, "emplois indirects", "quelque 700 emplois indirects", note="indirect"),
        C("Frío Caribe Manga", "trainees", 300, "caristes et techniciens frigoristes", "pour former 300 caristes et techniciens frigoristes"),
        C("Frío Caribe Manga", "other", 45000, "positions palettes", "un entrepôt frigorifique de 45 000 positions palettes", opt=True)],
notes="Invented. Trade-press piece. Joint investment with 'Les deux partenaires y consacreront' ('y' points back to the warehouse): one required COP row for the lead with the partner and the JV accepted, optional partner and USD rows. '380 milliards de pesos' = 3.8e11 COP. The Proparco loan is optional; the SENA agreement is in the passive with no signatory ('Un accord a été signé avec'): the JV is recorded, parents accepted. Future JV chair and her current post are both required. Colombian officials named in French ('ministre colombien du Commerce, de l'Industrie et du Tourisme'); ProColombia head and minister attended (roles only). Exports, warehouse count and revenue give no fact.")

A("r22", "fr", "2026-08-20", "https://example.org/entretiens/2026/08/dupuy-quiroga-sechura-fruits-piura",
"""Armelle Dupuy-Quiroga (Sechura Fruits) : « À Piura, c'est l'eau qui décide de tout »

Franco-péruvienne, Armelle Dupuy-Quiroga dirige depuis 2024 Sechura Fruits, la filiale péruvienne du groupe lot-et-garonnais Vergers de Garonne, qui exporte mangues, avocats et raisins de table depuis la région de Piura. Elle détaille le plan d'expansion présenté la semaine dernière à Lima.

Quel est le montant de votre plan ?

Nous allons investir 60 millions de dollars d'ici 2029 : 18 millions pour un réservoir et un réseau d'irrigation goutte-à-goutte, le reste pour 1 100 nouveaux hectares de plantations et une station de conditionnement à Tambogrande.

Pourquoi l'eau est-elle si décisive ?

Parce qu'ici, tout dépend du canal. Le dernier épisode El Niño nous a coûté 30 % de la récolte, et les nappes baissent chaque année. Nous avons donc signé en avril un accord avec la Junta de Usuarios del Distrito de Riego San Lorenzo pour cofinancer la réhabilitation de quatorze kilomètres de canaux.

Et la formation ?

L'Université nationale de Piura formera avec nous 150 techniciens agricoles, et nous financerons des bourses pour 40 étudiants d'agronomie issus des districts ruraux.

Les petits producteurs y gagnent-ils ?

Nous achetons déjà à 220 petits producteurs. Avec le nouveau programme d'assistance technique et de préfinancement, ils seront 500 d'ici 2028.

Combien d'emplois ?

Environ 400 emplois permanents de plus, et jusqu'à 2 500 saisonniers au pic de la récolte de mangues.

Qui pilotera le projet sur le terrain ?

Notre directeur agronomique, Luis Alberto Chunga Eche. C'est un Piurano, il connaît chaque parcelle de la vallée.

Et les autorités ?

Le gouverneur régional de Piura, Fernando Ramírez Seminario, nous a promis d'accélérer les permis d'eau. L'ambassadeur de France au Pérou, Philippe Oberlin, était à nos côtés à Lima. Le président de Vergers de Garonne, Bertrand Lacombe-Sarrat, viendra visiter la station en juin.

Le marché vous inquiète-t-il ?

Les exportations péruviennes de mangues ont atteint 290 millions de dollars l'an dernier, mais les prix en Europe ont reculé de 12 %. Nous misons donc aussi sur les États-Unis et la Corée.""",
[("Sechura Fruits", "Organization", ["Sechura Fruits SAC"]),
 ("Vergers de Garonne", "Organization", ["groupe Vergers de Garonne"]),
 ("Armelle Dupuy-Quiroga", "Person", ["Dupuy-Quiroga"]),
 ("Junta de Usuarios del Distrito de Riego San Lorenzo", "Organization", ["Junta de Usuarios San Lorenzo", "Junta de Usuarios"]),
 ("Universidad Nacional de Piura", "Organization", ["Université nationale de Piura", "Universite nationale de Piura", "UNP"]),
 ("Luis Alberto Chunga Eche", "Person", ["Luis Alberto Chunga", "Chunga Eche"]),
 ("Fernando Ramírez Seminario", "Person", ["Fernando Ramirez Seminario", "Fernando Ramírez", "Ramírez Seminario"]),
 ("Gobierno Regional de Piura", "Organization", ["gouvernement régional de Piura"]),
 ("Philippe Oberlin", "Person", ["Oberlin"]),
 ("Bertrand Lacombe-Sarrat", "Person", ["Lacombe-Sarrat"]),
 ("Tambogrande", "Place", []),
 ("Piura", "Place", ["région de Piura", "Piura Region"]),
 ("Lima", "Place", []),
 ("Peru", "Place", ["Perú", "Pérou"]),
 ("Europe", "Place", ["Europa"]),
 ("United States", "Place", ["U.S.", "US", "Estados Unidos", "États-Unis"]),
 ("South Korea", "Place", ["Corée", "Corée du Sud", "Korea"]),
 FR],
roles=[R("Armelle Dupuy-Quiroga", ["directrice générale", "dirigeante", "directrice", "dirige"], "Sechura Fruits", "Armelle Dupuy-Quiroga dirige depuis 2024 Sechura Fruits"),
       R("Luis Alberto Chunga Eche", "directeur agronomique", "Sechura Fruits", "Notre directeur agronomique, Luis Alberto Chunga Eche"),
       R("Fernando Ramírez Seminario", "gouverneur régional", ["Piura", "Gobierno Regional de Piura"], "Le gouverneur régional de Piura, Fernando Ramírez Seminario"),
       R("Philippe Oberlin", ["ambassadeur de France au Pérou", "ambassadeur"], "France", "L'ambassadeur de France au Pérou, Philippe Oberlin"),
       R("Bertrand Lacombe-Sarrat", "président", "Vergers de Garonne", "Le président de Vergers de Garonne, Bertrand Lacombe-Sarrat")],
inv=[I("Sechura Fruits", ["Tambogrande", "Piura", "Peru"], 60000000, "USD", "d'ici 2029", "irrigation, 1 100 ha de plantations et station de conditionnement", "Nous allons investir 60 millions de dollars d'ici 2029", alts=["Vergers de Garonne"]),
     I("Sechura Fruits", ["Tambogrande", "Piura", "Peru"], 18000000, "USD", "d'ici 2029", "réservoir et irrigation (partie du total)", "18 millions pour un réservoir et un réseau d'irrigation", opt=True, alts=["Vergers de Garonne"])],
parts=[P("Sechura Fruits", "Junta de Usuarios del Distrito de Riego San Lorenzo", "réhabilitation de canaux (cofinancement)", "Nous avons donc signé en avril un accord avec la Junta de Usuarios del Distrito de Riego San Lorenzo", a_alt=["Vergers de Garonne"]),
       P("Sechura Fruits", "Universidad Nacional de Piura", "formation de techniciens agricoles", "L'Université nationale de Piura formera avec nous 150 techniciens agricoles", a_alt=["Vergers de Garonne"])],
claims=[C("Sechura Fruits", "trainees", 150, "techniciens agricoles", "formera avec nous 150 techniciens agricoles"),
        C("Sechura Fruits", "trainees", 40, "scholarships", "des bourses pour 40 étudiants"),
        C("Sechura Fruits", "people_reached", 500, "petits producteurs", "ils seront 500 d'ici 2028", note="growers in the program"),
        C("Sechura Fruits", "people_reached", 220, "petits producteurs", "Nous achetons déjà à 220 petits producteurs", opt=True, note="existing suppliers"),
        C("Sechura Fruits", "jobs", 400, "emplois permanents", "Environ 400 emplois permanents de plus"),
        C("Sechura Fruits", "jobs", 2500, "saisonniers", "jusqu'à 2 500 saisonniers", note="seasonal peak"),
        C("Sechura Fruits", "other", 1100, "hectares", "1 100 nouveaux hectares de plantations", opt=True)],
notes="Invented. French interview with bare question lines (no dashes, no 'Q:'); 'nous'/'notre' resolve to Sechura Fruits (parent accepted). The interviewee's post is told with a verb ('dirige depuis 2024 Sechura Fruits'): loose title list. The part of the total for irrigation is optional. The agreement with an irrigation users' board and the university training 'formera avec nous' are required partnerships. Scholarships are trainees (unit scholarships). Growers to reach 500 by 2028 are people_reached; the current 220 are optional. Exports, price falls and the El Niño loss give no fact. Officials named in answers.")

A("r23", "fr", "2026-09-29", "https://example.org/international/bresil-ateliers-sevrier-joinville",
"""Brésil : le savoyard Ateliers Sévrier va investir 620 millions de réais à Joinville

SÃO PAULO — L'équipementier ferroviaire savoyard Ateliers Sévrier a signé lundi avec le gouvernement de l'État de Santa Catarina un protocole d'intentions pour la construction, à Joinville, d'une usine de bogies et de systèmes de freinage, un investissement de 620 millions de réais (environ 105 millions d'euros) sur cinq ans.

Le document a été paraphé à Florianópolis par le gouverneur de Santa Catarina, Everaldo Wiggers Schmitt, et par le directeur général du groupe, Frédéric Bouvier-Dessaix, qui voit dans le Brésil « le marché ferroviaire le plus sous-équipé des Amériques ». Environ 40 % du projet sera financé par un prêt du Banco Regional de Desenvolvimento do Extremo Sul (BRDE).

Selon le secrétaire d'État au Développement économique durable, Mauro Zanella Lenzi, l'usine créera 650 emplois directs et environ 1 800 emplois indirects dans la région nord de l'État, qui concentre déjà une importante industrie métallurgique. L'État accordera au groupe un report du paiement de l'ICMS, la principale taxe sur la circulation des marchandises.

Ateliers Sévrier a également conclu une convention avec le Senai de Santa Catarina pour former 200 soudeurs et électrotechniciens, ainsi qu'un accord de recherche avec l'Université fédérale de Santa Catarina (UFSC) sur les freins en matériaux composites.

L'usine sera dirigée par Juliana Prates Hoffmann, actuelle directrice Brésil du groupe, qui a rappelé que Sévrier avait déjà remporté un contrat de 310 millions de réais auprès de la Companhia Paulista de Trens Metropolitanos (CPTM) pour l'équipement de trains de banlieue. Le maire de Joinville, Adriano Kuehne Bastos, a promis de réserver un terrain de 22 hectares près de la BR-101.

Le marché brésilien du matériel ferroviaire est estimé à 4 milliards de réais par an. Ateliers Sévrier, qui emploie 2 300 personnes en France, en Pologne et au Maroc, a réalisé un chiffre d'affaires de 480 millions d'euros en 2025.""",
[("Ateliers Sévrier", "Organization", ["Sévrier", "Ateliers Sevrier", "Sevrier"]),
 ("Governo de Santa Catarina", "Organization", ["gouvernement de l'État de Santa Catarina", "gouvernement de Santa Catarina", "Governo do Estado de Santa Catarina"]),
 ("Everaldo Wiggers Schmitt", "Person", ["Everaldo Wiggers", "Wiggers Schmitt"]),
 ("Frédéric Bouvier-Dessaix", "Person", ["Frederic Bouvier-Dessaix", "Bouvier-Dessaix"]),
 ("Banco Regional de Desenvolvimento do Extremo Sul", "Organization", ["BRDE"]),
 ("Mauro Zanella Lenzi", "Person", ["Mauro Zanella", "Zanella Lenzi"]),
 ("Secretaria de Estado do Desenvolvimento Econômico Sustentável", "Organization", ["secrétariat d'État au Développement économique durable", "Secretaria de Estado do Desenvolvimento Economico Sustentavel", "SDE"]),
 ("Senai Santa Catarina", "Organization", ["Senai de Santa Catarina", "Senai", "SENAI", "Senai/SC"]),
 ("Universidade Federal de Santa Catarina", "Organization", ["UFSC", "Université fédérale de Santa Catarina", "Universite federale de Santa Catarina"]),
 ("Juliana Prates Hoffmann", "Person", ["Juliana Prates", "Prates Hoffmann"]),
 ("Companhia Paulista de Trens Metropolitanos", "Organization", ["CPTM"]),
 ("Adriano Kuehne Bastos", "Person", ["Adriano Kuehne", "Kuehne Bastos"]),
 ("Prefeitura de Joinville", "Organization", ["mairie de Joinville"]),
 ("Joinville", "Place", []),
 ("Santa Catarina", "Place", ["État de Santa Catarina"]),
 ("Florianópolis", "Place", ["Florianopolis"]),
 ("São Paulo", "Place", ["Sao Paulo"]),
 ("Savoie", "Place", []),
 ("Poland", "Place", ["Pologne", "Polonia"]),
 ("Morocco", "Place", ["Maroc", "Marruecos"]),
 ("Brazil", "Place", ["Brasil", "Brésil"]),
 FR],
roles=[R("Everaldo Wiggers Schmitt", "gouverneur", ["Santa Catarina", "Governo de Santa Catarina"], "par le gouverneur de Santa Catarina, Everaldo Wiggers Schmitt"),
       R("Frédéric Bouvier-Dessaix", "directeur général", "Ateliers Sévrier", "par le directeur général du groupe, Frédéric Bouvier-Dessaix"),
       R("Mauro Zanella Lenzi", ["secrétaire d'État au Développement économique durable", "secrétaire d'État", "secretário de Estado do Desenvolvimento Econômico Sustentável"], ["Secretaria de Estado do Desenvolvimento Econômico Sustentável", "Santa Catarina"], "Selon le secrétaire d'État au Développement économique durable, Mauro Zanella Lenzi"),
       R("Juliana Prates Hoffmann", ["directrice de l'usine", "directrice", "dirigera l'usine"], "Ateliers Sévrier", "L'usine sera dirigée par Juliana Prates Hoffmann"),
       R("Juliana Prates Hoffmann", ["directrice Brésil", "directrice pour le Brésil"], "Ateliers Sévrier", "actuelle directrice Brésil du groupe"),
       R("Adriano Kuehne Bastos", ["maire", "prefeito"], ["Joinville", "Prefeitura de Joinville"], "Le maire de Joinville, Adriano Kuehne Bastos")],
inv=[I("Ateliers Sévrier", ["Joinville", "Santa Catarina", "Brazil"], 620000000, "BRL", "sur cinq ans", "usine de bogies et de systèmes de freinage", "un investissement de 620 millions de réais"),
     I("Ateliers Sévrier", ["Joinville", "Santa Catarina", "Brazil"], 105000000, "EUR", "sur cinq ans", "équivalent en euros", "(environ 105 millions d'euros) sur cinq ans", opt=True)],
parts=[P("Ateliers Sévrier", "Governo de Santa Catarina", "protocole d'intentions", "a signé lundi avec le gouvernement de l'État de Santa Catarina un protocole d'intentions", b_alt=["Santa Catarina"]),
       P("Ateliers Sévrier", "Senai Santa Catarina", "formation de soudeurs et électrotechniciens", "Ateliers Sévrier a également conclu une convention avec le Senai de Santa Catarina"),
       P("Ateliers Sévrier", "Universidade Federal de Santa Catarina", "accord de recherche sur les freins composites", "ainsi qu'un accord de recherche avec l'Université fédérale de Santa Catarina (UFSC)"),
       P("Banco Regional de Desenvolvimento do Extremo Sul", "Ateliers Sévrier", "prêt", "sera financé par un prêt du Banco Regional de Desenvolvimento do Extremo Sul (BRDE)", opt=True),
       P("Ateliers Sévrier", "Companhia Paulista de Trens Metropolitanos", "contrat client", "avait déjà remporté un contrat de 310 millions de réais auprès de la Companhia Paulista de Trens Metropolitanos (CPTM)", opt=True)],
claims=[C("Ateliers Sévrier", "jobs", 650, "emplois directs", "l'usine créera 650 emplois directs"),
        C("Ateliers Sévrier", "jobs", 1800, "emplois indirects", "environ 1 800 emplois indirects", note="indirect"),
        C("Ateliers Sévrier", "trainees", 200, "soudeurs et électrotechniciens", "pour former 200 soudeurs et électrotechniciens"),
        C("Ateliers Sévrier", "jobs", 2300, "personnes", "qui emploie 2 300 personnes en France", opt=True, note="existing workforce"),
        C("Ateliers Sévrier", "other", 22, "hectares", "un terrain de 22 hectares", opt=True)],
notes="Invented. Brazilian 'protocolo de intenções' rendered as 'protocole d'intentions' signed with the state government: required partnership. Amount as a noun phrase after the agreement ('..., un investissement de 620 millions de réais (environ 105 millions d'euros) sur cinq ans'); EUR equivalent optional. The BRDE loan and the CPTM customer contract (310 million reais, a revenue) are optional links, not investments. The future plant head and her current post are both required. A Brazilian state secretary in French ('secrétaire d'État au Développement économique durable'; Portuguese name as entity). The ICMS deferral, market size, workforce and revenue give no fact (workforce optional).")

A("r24", "fr", "2026-11-05", "https://example.org/international/panama-pharmalys-panama-pacifico",
"""Panama : le lyonnais Pharmalys lance un hub de 48 millions de dollars à Panama Pacifico

PANAMA — Le distributeur pharmaceutique lyonnais Pharmalys a lancé jeudi les travaux de son centre régional de distribution dans la zone économique spéciale de Panama Pacifico, à l'ouest du canal, un investissement de 48 millions de dollars qui doit lui permettre d'approvisionner quinze pays d'Amérique centrale et des Caraïbes à partir de 2027.

« Aujourd'hui, un hôpital du Honduras attend parfois six semaines un médicament qui existe à Miami », a expliqué le directeur pour l'Amérique centrale et les Caraïbes de Pharmalys, Thibault Garnier-Sosa, lors de la cérémonie.

Pour le transport réfrigéré, Pharmalys s'est allié au transporteur panaméen TransFrío 507, qui investira de son côté 8 millions de dollars dans une flotte de quarante camions frigorifiques et un dépôt à Colón. Le groupe a aussi signé une convention avec l'Institut technique supérieur spécialisé (ITSE) pour former 150 préparateurs de commandes et techniciens de la chaîne du froid.

Le centre emploiera 320 personnes lorsqu'il fonctionnera à pleine capacité, a précisé la ministre du Commerce et de l'Industrie, Yaribeth Castillo Arosemena, qui a rappelé que les entreprises installées dans la zone bénéficient d'une exonération de l'impôt sur le revenu. L'administrateur de l'Agence Panama Pacifico, Roberto Quintero Vallarino, a indiqué que la zone compte désormais 340 entreprises.

L'ambassadrice de France au Panama, Hélène Marchetti-Roux, assistait à la cérémonie, de même que le directeur général de TransFrío 507, Abdiel Sanjur Batista.

Par ailleurs, Pharmalys a remporté en septembre un appel d'offres de la Caisse de sécurité sociale (CSS) pour l'approvisionnement de ses hôpitaux en vaccins, un contrat de 26 millions de dollars sur deux ans.

Le marché pharmaceutique d'Amérique centrale pèse environ 9 milliards de dollars par an, selon le cabinet Iqvest. Pharmalys, qui a réalisé un chiffre d'affaires de 3,2 milliards d'euros en 2025, compte déjà des plateformes à Lyon, Casablanca et Abidjan.""",
[("Pharmalys", "Organization", ["groupe Pharmalys"]),
 ("Thibault Garnier-Sosa", "Person", ["Garnier-Sosa"]),
 ("TransFrío 507", "Organization", ["TransFrio 507", "Transfrío 507"]),
 ("Instituto Técnico Superior Especializado", "Organization", ["ITSE", "Institut technique supérieur spécialisé", "Institut technique superieur specialise", "Instituto Tecnico Superior Especializado"]),
 ("Ministerio de Comercio e Industrias", "Organization", ["MICI", "ministère du Commerce et de l'Industrie", "Ministerio de Comercio e Industrias de Panamá"]),
 ("Yaribeth Castillo Arosemena", "Person", ["Yaribeth Castillo", "Castillo Arosemena"]),
 ("Agencia Panamá Pacífico", "Organization", ["Agence Panama Pacifico", "Agencia Panama Pacifico", "Agencia del Área Económica Especial Panamá-Pacífico"]),
 ("Roberto Quintero Vallarino", "Person", ["Roberto Quintero", "Quintero Vallarino"]),
 ("Hélène Marchetti-Roux", "Person", ["Helene Marchetti-Roux", "Marchetti-Roux"]),
 ("Abdiel Sanjur Batista", "Person", ["Abdiel Sanjur", "Sanjur Batista"]),
 ("Caja de Seguro Social", "Organization", ["CSS", "Caisse de sécurité sociale"]),
 ("Iqvest", "Organization", []),
 ("Panama Pacifico", "Place", ["Panamá Pacífico", "zone économique spéciale de Panama Pacifico"]),
 ("Arraiján", "Place", ["Arraijan"]),
 ("Panamá Oeste", "Place", ["Panama Oeste"]),
 ("Colón", "Place", ["Colon"]),
 ("Central America", "Place", ["Centroamérica", "Amérique centrale"]),
 ("Caribbean", "Place", ["Caribe", "Caraïbes"]),
 ("Honduras", "Place", []),
 ("Miami", "Place", []),
 ("Lyon", "Place", []),
 ("Casablanca", "Place", []),
 ("Abidjan", "Place", []),
 ("Panama", "Place", ["Panamá"]),
 FR],
roles=[R("Thibault Garnier-Sosa", ["directeur pour l'Amérique centrale et les Caraïbes", "directeur"], "Pharmalys", "a expliqué le directeur pour l'Amérique centrale et les Caraïbes de Pharmalys, Thibault Garnier-Sosa"),
       R("Yaribeth Castillo Arosemena", ["ministre du Commerce et de l'Industrie", "ministre"], ["Ministerio de Comercio e Industrias", "Panama"], "a précisé la ministre du Commerce et de l'Industrie, Yaribeth Castillo Arosemena"),
       R("Roberto Quintero Vallarino", "administrateur", "Agencia Panamá Pacífico", "L'administrateur de l'Agence Panama Pacifico, Roberto Quintero Vallarino"),
       R("Hélène Marchetti-Roux", ["ambassadrice de France au Panama", "ambassadrice"], "France", "L'ambassadrice de France au Panama, Hélène Marchetti-Roux"),
       R("Abdiel Sanjur Batista", "directeur général", "TransFrío 507", "le directeur général de TransFrío 507, Abdiel Sanjur Batista")],
inv=[I("Pharmalys", ["Panama Pacifico", "Arraiján", "Panamá Oeste", "Panama"], 48000000, "USD", "opérationnel à partir de 2027", "centre régional de distribution pharmaceutique", "un investissement de 48 millions de dollars"),
     I("TransFrío 507", ["Colón", "Panama"], 8000000, "USD", None, "flotte de 40 camions frigorifiques et dépôt à Colón", "qui investira de son côté 8 millions de dollars")],
parts=[P("Pharmalys", "TransFrío 507", "alliance pour le transport réfrigéré", "Pharmalys s'est allié au transporteur panaméen TransFrío 507"),
       P("Pharmalys", "Instituto Técnico Superior Especializado", "formation de préparateurs et techniciens du froid", "Le groupe a aussi signé une convention avec l'Institut technique supérieur spécialisé (ITSE)"),
       P("Pharmalys", "Caja de Seguro Social", "contrat d'approvisionnement en vaccins (client)", "Pharmalys a remporté en septembre un appel d'offres de la Caisse de sécurité sociale (CSS)", opt=True)],
claims=[C("Pharmalys", "jobs", 320, "personnes", "Le centre emploiera 320 personnes"),
        C("Pharmalys", "trainees", 150, "préparateurs et techniciens", "pour former 150 préparateurs de commandes et techniciens"),
        C("Agencia Panamá Pacífico", "other", 340, "entreprises", "la zone compte désormais 340 entreprises", opt=True),
        C("TransFrío 507", "other", 40, "camions frigorifiques", "une flotte de quarante camions frigorifiques", opt=True)],
notes="Invented. Partner with digits in its name (TransFrío 507) whose own spending is a second required investment, told in a relative clause after the alliance ('s'est allié au transporteur ..., qui investira de son côté 8 millions de dollars'). Regional scope title ('directeur pour l'Amérique centrale et les Caraïbes de Pharmalys'). Panama's ministry named in French (Spanish official name as entity). Place list for the special economic zone: Panama Pacifico, Arraiján district, Panamá Oeste province, Panama. A public tender won from the social-security fund is a customer contract (optional; its 26 million dollars are revenue, not investment). The tax exemption, market size, zone's company count and revenue give no fact.")
