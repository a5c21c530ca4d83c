# French articles r17-r24 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])
FR = ("France", "Place", ["Francia"])

A("r17", "fr", "2026-01-22", "https://example.org/quebec/education/2026/01/22/laval-univalle-uis-entente",
"""L'Université Laval s'allie à deux universités publiques colombiennes

QUÉBEC — L'Université Laval a signé mercredi un protocole d'entente de cinq ans avec deux universités publiques colombiennes, l'Universidad del Valle, à Cali, et l'Universidad Industrial de Santander (UIS), à Bucaramanga, pour créer des programmes conjoints de maîtrise en génie de l'eau et en sciences des aliments et faciliter la mobilité de leurs étudiants et chercheurs.

L'entente a été signée au pavillon Alphonse-Desjardins par la rectrice de l'Université Laval, Mme Isabelle Drouin-Caron, le recteur de l'Universidad del Valle, M. Jaime Arturo Potes Collazos, et la rectrice de l'UIS, Mme Martha Cecilia Rueda Prada, en présence de l'ambassadrice du Canada en Colombie, Mme Catherine Lachance-Weir, venue de Bogota pour l'occasion.

Le texte prévoit que jusqu'à 150 étudiants des trois établissements feront un trimestre ou une session dans l'une des universités partenaires d'ici 2031, et que 12 doctorants seront inscrits en cotutelle. L'Université Laval offrira 45 bourses de mobilité aux étudiants colombiens, tandis que les deux universités colombiennes exonéreront de frais les étudiants québécois.

« La Colombie n'est plus seulement un pays d'où viennent nos étudiants, c'est un pays où nous allons chercher des solutions », a déclaré le vice-recteur aux relations internationales de l'Université Laval, M. François Bédard-Simard, qui a rappelé que l'établissement compte cet automne 410 étudiants colombiens.

La firme québécoise de génie-conseil Hydrelune Conseil, qui réalise des projets d'eau potable dans la vallée du Cauca, s'est jointe à l'initiative comme partenaire industriel et financera 20 bourses de stage par année.

Les trois universités alimenteront un fonds commun de 2,4 millions de dollars sur cinq ans pour la recherche conjointe, auquel le Fonds de recherche du Québec contribuera à hauteur de 900 000 $.

L'entente sera pilotée du côté québécois par la professeure Julie Arsenault-Ngo, nommée en décembre directrice du nouveau Bureau Amérique latine de l'Université Laval. Le ministre des Relations internationales et de la Francophonie, M. Raphaël Côté-Desmeules, a salué dans un communiqué « un pont de plus entre le Québec et l'Amérique latine ».

Selon le Bureau de coopération interuniversitaire, les universités québécoises accueillaient à l'automne 2025 quelque 3 900 étudiants latino-américains, une hausse de 11 % en deux ans.

Ce contenu a été produit par la section Éducation.""",
[("Université Laval", "Organization", ["Universite Laval", "l'Université Laval", "Laval"]),
 ("Universidad del Valle", "Organization", ["Univalle", "Université del Valle"]),
 ("Universidad Industrial de Santander", "Organization", ["UIS", "Université industrielle de Santander"]),
 ("Isabelle Drouin-Caron", "Person", ["Drouin-Caron"]),
 ("Jaime Arturo Potes Collazos", "Person", ["Jaime Arturo Potes", "Potes Collazos"]),
 ("Martha Cecilia Rueda Prada", "Person", ["Martha Cecilia Rueda", "Rueda Prada"]),
 ("Catherine Lachance-Weir", "Person", ["Lachance-Weir"]),
 ("François Bédard-Simard", "Person", ["Francois Bedard-Simard", "Bédard-Simard"]),
 ("Hydrelune Conseil", "Organization", ["Hydrelune"]),
 ("Fonds de recherche du Québec", "Organization", ["FRQ", "Fonds de recherche du Quebec"]),
 ("Julie Arsenault-Ngo", "Person", ["Arsenault-Ngo"]),
 ("Bureau Amérique latine de l'Université Laval", "Organization", ["Bureau Amérique latine"]),
 ("Raphaël Côté-Desmeules", "Person", ["Raphael Cote-Desmeules", "Côté-Desmeules"]),
 ("Ministère des Relations internationales et de la Francophonie", "Organization", ["MRIF", "Ministere des Relations internationales et de la Francophonie"]),
 ("Bureau de coopération interuniversitaire", "Organization", ["BCI"]),
 ("Québec", "Place", ["Quebec"]),
 ("Cali", "Place", []),
 ("Bucaramanga", "Place", []),
 ("Bogota", "Place", ["Bogotá"]),
 ("Cauca", "Place", ["vallée du Cauca", "Valle del Cauca"]),
 ("Colombia", "Place", ["Colombie"]),
 ("Canada", "Place", []),
 ("Latin America", "Place", ["Amérique latine", "América Latina"])],
roles=[R("Isabelle Drouin-Caron", "rectrice", "Université Laval", "la rectrice de l'Université Laval, Mme Isabelle Drouin-Caron"),
       R("Jaime Arturo Potes Collazos", "recteur", "Universidad del Valle", "le recteur de l'Universidad del Valle, M. Jaime Arturo Potes Collazos"),
       R("Martha Cecilia Rueda Prada", "rectrice", "Universidad Industrial de Santander", "la rectrice de l'UIS, Mme Martha Cecilia Rueda Prada"),
       R("Catherine Lachance-Weir", ["ambassadrice", "ambassadrice du Canada en Colombie"], "Canada", "l'ambassadrice du Canada en Colombie, Mme Catherine Lachance-Weir"),
       R("François Bédard-Simard", ["vice-recteur aux relations internationales", "vice-recteur"], "Université Laval", "le vice-recteur aux relations internationales de l'Université Laval, M. François Bédard-Simard"),
       R("Julie Arsenault-Ngo", ["directrice", "directrice du Bureau Amérique latine"], ["Bureau Amérique latine de l'Université Laval", "Université Laval"], "nommée en décembre directrice du nouveau Bureau Amérique latine de l'Université Laval"),
       R("Julie Arsenault-Ngo", ["professeure"], "Université Laval", "par la professeure Julie Arsenault-Ngo", opt=True),
       R("Raphaël Côté-Desmeules", ["ministre des Relations internationales et de la Francophonie", "ministre"], ["Ministère des Relations internationales et de la Francophonie", "Québec"], "Le ministre des Relations internationales et de la Francophonie, M. Raphaël Côté-Desmeules")],
inv=[I("Université Laval", ["Québec", "Canada", "Colombia"], 2400000, "CAD", "sur cinq ans", "fonds commun de recherche des trois universités (budget universitaire)", "Les trois universités alimenteront un fonds commun de 2,4 millions de dollars sur cinq ans", opt=True, alts=["Universidad del Valle", "Universidad Industrial de Santander"]),
     I("Fonds de recherche du Québec", ["Québec", "Canada"], 900000, "CAD", "sur cinq ans", "contribution publique au fonds commun", "auquel le Fonds de recherche du Québec contribuera à hauteur de 900 000 $", opt=True)],
parts=[P("Université Laval", "Universidad del Valle", "protocole d'entente (maîtrises conjointes, mobilité)", "a signé mercredi un protocole d'entente de cinq ans avec deux universités publiques colombiennes"),
       P("Université Laval", "Universidad Industrial de Santander", "protocole d'entente (maîtrises conjointes, mobilité)", "et l'Universidad Industrial de Santander (UIS), à Bucaramanga"),
       P("Université Laval", "Hydrelune Conseil", "partenaire industriel (bourses de stage)", "s'est jointe à l'initiative comme partenaire industriel"),
       P("Fonds de recherche du Québec", "Université Laval", "contribution au fonds de recherche", "auquel le Fonds de recherche du Québec contribuera à hauteur de 900 000 $", opt=True)],
claims=[C("Université Laval", "trainees", 150, "étudiants en mobilité", "jusqu'à 150 étudiants des trois établissements"),
        C("Université Laval", "trainees", 12, "doctorants en cotutelle", "12 doctorants seront inscrits en cotutelle"),
        C("Université Laval", "trainees", 45, "bourses de mobilité", "L'Université Laval offrira 45 bourses de mobilité"),
        C("Hydrelune Conseil", "trainees", 20, "bourses de stage par année", "financera 20 bourses de stage par année"),
        C("Université Laval", "other", 410, "étudiants colombiens inscrits", "l'établissement compte cet automne 410 étudiants colombiens", opt=True, note="existing enrolment")],
notes="Invented. Quebec newspaper ('protocole d'entente', 'M.'/'Mme' before names, '900 000 $'). A three-university agreement gives one row per pair with the Quebec university that signs 'avec deux universités'; an engineering firm that 'joins the initiative as industrial partner' is a required partnership with the lead. The Quebec research fund's contribution is an optional funding link; the joint research fund (2.4 million dollars, a university budget) and the fund's public contribution are optional investment rows at most (public budgets and grants, probes4), so no investment is required. Students in mobility, doctoral cotutelles and bourses are trainees. 'nommée en décembre directrice du nouveau Bureau' is a required role (unit + university); the academic rank used as an honorific ('la professeure X', like 'Professor', 'Prof', 'Dr' in r03 and r07) is optional. An ambassador's org is the country she represents; a Quebec minister's org is the ministry and Québec. Existing enrolment is optional; the BCI figure gives no fact.")

A("r18", "fr", "2026-02-25", "https://example.org/haiti/menfp/communiques/2026/02/25/accord-ueh-uliege-uclouvain",
"""Haïti : l'UEH, l'ULiège et l'UCLouvain signent un accord-cadre ; l'INFP lance un programme pour 1 200 jeunes avec l'AFD

COMMUNIQUÉ DE PRESSE

Port-au-Prince, le 25 février 2026. Le Ministère de l'Éducation nationale et de la Formation professionnelle (MENFP) informe le public que l'Université d'État d'Haïti (UEH), l'Université de Liège (ULiège) et l'Université catholique de Louvain (UCLouvain) ont signé ce mercredi, au Rectorat de l'UEH, un accord-cadre de coopération interuniversitaire d'une durée de cinq ans, financé par l'Académie de recherche et d'enseignement supérieur (ARES) de la Fédération Wallonie-Bruxelles.

L'accord prévoit la création d'un master conjoint en génie parasismique et en gestion des risques, l'octroi de 45 bourses de master et de doctorat en Belgique et la réhabilitation de deux laboratoires de la Faculté des Sciences de l'UEH.

Ont signé l'accord le Recteur de l'UEH, M. Wesner Bélizaire, la Vice-Rectrice aux Relations internationales de l'ULiège, Mme Anne-Sophie Delvaux, et le Prorecteur à l'international de l'UCLouvain, M. Olivier Verhaegen, en présence du Ministre de l'Éducation nationale et de la Formation professionnelle, M. Gérald Dorsainvil, de l'Ambassadeur de France en Haïti, M. Patrice Delorme-Armand, et de la Directrice de la Coopération au développement de l'ARES, Mme Nathalie Goossens.

Le Doyen de la Faculté des Sciences, M. Jean-Eddy Pierre-Louis, a précisé que les premiers étudiants du master conjoint seront admis en octobre 2026.

Au cours de la même cérémonie, l'Institut national de formation professionnelle (INFP) et l'Agence française de développement (AFD) ont signé une convention de financement de 8 millions d'euros, sous forme de subvention, pour le programme « Métiers d'avenir », qui formera 1 200 jeunes aux métiers de l'électricité, de la plomberie et de la construction parasismique dans les centres de Cap-Haïtien, des Cayes et de Jacmel.

Le programme sera mis en œuvre en partenariat avec la Chambre de commerce et d'industrie d'Haïti (CCIH), dont les entreprises membres accueilleront 400 apprentis en stage.

Le Directeur général de l'INFP, M. Rony Aristilde, a remercié la France pour son appui. Le Directeur de l'agence de l'AFD en Haïti, M. Benoît Carrière-Lasalle, a indiqué pour sa part que l'AFD a engagé 160 millions d'euros en Haïti depuis 2020.

Le MENFP rappelle que l'UEH compte onze facultés et près de 30 000 étudiants.

Service de communication du MENFP""",
[("Ministère de l'Éducation nationale et de la Formation professionnelle", "Organization", ["MENFP", "Ministere de l'Education nationale et de la Formation professionnelle"]),
 ("Université d'État d'Haïti", "Organization", ["UEH", "Universite d'Etat d'Haiti"]),
 ("Université de Liège", "Organization", ["ULiège", "ULiege", "Universite de Liege"]),
 ("Université catholique de Louvain", "Organization", ["UCLouvain", "UCL", "Universite catholique de Louvain"]),
 ("Académie de recherche et d'enseignement supérieur", "Organization", ["ARES", "Academie de recherche et d'enseignement superieur"]),
 ("Faculté des Sciences de l'UEH", "Organization", ["Faculté des Sciences", "FDS"]),
 ("Wesner Bélizaire", "Person", ["Wesner Belizaire", "Bélizaire"]),
 ("Anne-Sophie Delvaux", "Person", ["Delvaux"]),
 ("Olivier Verhaegen", "Person", ["Verhaegen"]),
 ("Gérald Dorsainvil", "Person", ["Gerald Dorsainvil", "Dorsainvil"]),
 ("Patrice Delorme-Armand", "Person", ["Delorme-Armand"]),
 ("Nathalie Goossens", "Person", ["Goossens"]),
 ("Jean-Eddy Pierre-Louis", "Person", ["Pierre-Louis"]),
 ("Institut national de formation professionnelle", "Organization", ["INFP", "Institut National de Formation Professionnelle"]),
 ("Agence française de développement", "Organization", ["AFD", "Agence francaise de developpement"]),
 ("Métiers d'avenir", "Program", ["programme Métiers d'avenir"]),
 ("Chambre de commerce et d'industrie d'Haïti", "Organization", ["CCIH", "Chambre de commerce et d'industrie d'Haiti"]),
 ("Rony Aristilde", "Person", ["Aristilde"]),
 ("Benoît Carrière-Lasalle", "Person", ["Benoit Carriere-Lasalle", "Carrière-Lasalle"]),
 ("Port-au-Prince", "Place", []),
 ("Cap-Haïtien", "Place", ["Cap-Haitien"]),
 ("Les Cayes", "Place", ["Cayes"]),
 ("Jacmel", "Place", []),
 ("Haiti", "Place", ["Haïti", "Haití"]),
 ("Belgium", "Place", ["Belgique", "Bélgica"]),
 ("Fédération Wallonie-Bruxelles", "Place", ["Federation Wallonie-Bruxelles"]),
 FR],
roles=[R("Wesner Bélizaire", "Recteur", "Université d'État d'Haïti", "le Recteur de l'UEH, M. Wesner Bélizaire"),
       R("Anne-Sophie Delvaux", ["Vice-Rectrice aux Relations internationales", "Vice-Rectrice"], "Université de Liège", "la Vice-Rectrice aux Relations internationales de l'ULiège, Mme Anne-Sophie Delvaux"),
       R("Olivier Verhaegen", ["Prorecteur à l'international", "Prorecteur"], "Université catholique de Louvain", "le Prorecteur à l'international de l'UCLouvain, M. Olivier Verhaegen"),
       R("Gérald Dorsainvil", ["Ministre de l'Éducation nationale et de la Formation professionnelle", "Ministre"], ["Ministère de l'Éducation nationale et de la Formation professionnelle", "Haiti"], "du Ministre de l'Éducation nationale et de la Formation professionnelle, M. Gérald Dorsainvil"),
       R("Patrice Delorme-Armand", ["Ambassadeur", "Ambassadeur de France en Haïti"], "France", "de l'Ambassadeur de France en Haïti, M. Patrice Delorme-Armand"),
       R("Nathalie Goossens", ["Directrice de la Coopération au développement", "Directrice"], "Académie de recherche et d'enseignement supérieur", "de la Directrice de la Coopération au développement de l'ARES, Mme Nathalie Goossens"),
       R("Jean-Eddy Pierre-Louis", "Doyen", ["Faculté des Sciences de l'UEH", "Université d'État d'Haïti"], "Le Doyen de la Faculté des Sciences, M. Jean-Eddy Pierre-Louis"),
       R("Rony Aristilde", "Directeur général", "Institut national de formation professionnelle", "Le Directeur général de l'INFP, M. Rony Aristilde"),
       R("Benoît Carrière-Lasalle", ["Directeur de l'agence", "Directeur de l'agence de l'AFD en Haïti", "Directeur"], "Agence française de développement", "Le Directeur de l'agence de l'AFD en Haïti, M. Benoît Carrière-Lasalle")],
inv=[I("Agence française de développement", ["Cap-Haïtien", "Les Cayes", "Jacmel", "Haiti"], 8000000, "EUR", None, "subvention au programme Métiers d'avenir (aide publique)", "une convention de financement de 8 millions d'euros, sous forme de subvention", opt=True)],
parts=[P("Université d'État d'Haïti", "Université de Liège", "accord-cadre de coopération interuniversitaire", "ont signé ce mercredi, au Rectorat de l'UEH, un accord-cadre de coopération interuniversitaire"),
       P("Université d'État d'Haïti", "Université catholique de Louvain", "accord-cadre de coopération interuniversitaire", "et l'Université catholique de Louvain (UCLouvain) ont signé ce mercredi"),
       P("Institut national de formation professionnelle", "Chambre de commerce et d'industrie d'Haïti", "programme Métiers d'avenir (stages en entreprise)", "Le programme sera mis en œuvre en partenariat avec la Chambre de commerce et d'industrie d'Haïti (CCIH)"),
       P("Académie de recherche et d'enseignement supérieur", "Université d'État d'Haïti", "financement de l'accord-cadre", "financé par l'Académie de recherche et d'enseignement supérieur (ARES)", opt=True),
       P("Agence française de développement", "Institut national de formation professionnelle", "convention de financement (subvention)", "l'Institut national de formation professionnelle (INFP) et l'Agence française de développement (AFD) ont signé une convention de financement", opt=True)],
claims=[C("Université d'État d'Haïti", "trainees", 45, "bourses de master et de doctorat", "l'octroi de 45 bourses de master et de doctorat"),
        C("Métiers d'avenir", "trainees", 1200, "jeunes", "qui formera 1 200 jeunes"),
        C("Chambre de commerce et d'industrie d'Haïti", "trainees", 400, "apprentis en stage", "accueilleront 400 apprentis en stage"),
        C("Université d'État d'Haïti", "other", 30000, "étudiants", "près de 30 000 étudiants", opt=True)],
notes="Invented. Haitian ministry communiqué ('informe le public que', capitalised titles 'le Recteur', 'la Vice-Rectrice aux Relations internationales', 'le Prorecteur à l'international', 'le Doyen', 'M.'/'Mme'). Two signings in one ceremony: a three-university accord-cadre (one row per pair with the host UEH, none between the Belgian universities) and a financing convention between AFD and INFP that is a grant (optional link; the 8 million euro grant is an optional investment, like probes4's Ademe grants). 'mis en œuvre en partenariat avec' the chamber is a required partnership for the INFP program. ARES funding is optional. 'Prorecteur' is kept as written (no vice word); 'Vice-Rectrice' is a vice post. AFD's total commitments since 2020 and UEH's size give no fact (size optional). No required investment.")

A("r19", "fr", "2026-03-19", "https://example.org/lettre-ameriques/2026/03/19/proparco-aurelis-guiengola-oaxaca",
"""Mexique : Proparco prête 60 millions de dollars au parc éolien d'Aurélis et du Grupo Istmeño dans l'Oaxaca

Proparco, la filiale de l'Agence française de développement (AFD) dédiée au secteur privé, a signé le 17 mars un prêt de 60 millions de dollars à Eólica Guiengola, la coentreprise formée par le producteur indépendant français Aurélis Renouvelables (60 %) et le groupe mexicain Grupo Istmeño de Infraestructura (40 %), pour financer un parc éolien de 240 mégawatts à Santo Domingo Ingenio, dans l'État d'Oaxaca.

Le projet représente un investissement total de 310 millions de dollars, réparti sur trois ans, que les deux partenaires financeront à hauteur de 30 % en fonds propres, le solde étant apporté par Proparco, la banque de développement mexicaine Banobras et deux banques commerciales. Le parc vendra son électricité à la Comisión Federal de Electricidad (CFE) dans le cadre d'un contrat d'achat de vingt ans.

« C'est notre premier projet en Amérique latine et nous voulions le faire avec un partenaire qui connaît l'Isthme mieux que nous », a expliqué le président-directeur général d'Aurélis Renouvelables, M. Édouard Sorel-Maistre. Le directeur général d'Eólica Guiengola, M. Emilio Cruz Toledo, a précisé que le chantier mobilisera jusqu'à 900 personnes et que l'exploitation nécessitera 45 emplois permanents.

Aurélis formera avec l'Instituto Tecnológico del Istmo, à Juchitán, 120 techniciens de maintenance éolienne, et un fonds communautaire alimenté par 1,5 % des revenus du parc bénéficiera à quelque 12 000 habitants de Santo Domingo Ingenio et de Juchitán.

Le même jour, à Mexico, l'AFD a signé avec Banobras une convention de financement de 150 millions d'euros pour les réseaux d'eau de villes moyennes, ainsi qu'un accord-cadre de coopération technique avec le gouvernement de l'État d'Oaxaca sur la transition énergétique et la formation professionnelle.

Les signatures se sont déroulées en présence de l'ambassadeur de France au Mexique, M. Arnaud Pélissier, de la directrice régionale de l'AFD pour le Mexique, l'Amérique centrale et Cuba, Mme Solène Kergoat, du directeur général de Proparco, M. Thierry Lambrecht, du gouverneur de l'Oaxaca, M. Fausto Matus Ruiz, et de la sous-secrétaire à l'Électricité du ministère mexicain de l'Énergie (Sener), Mme Adriana Cházaro Lugo.

Le groupe AFD a engagé plus de 2 milliards d'euros au Mexique depuis 2009, principalement sous forme de prêts souverains, et Proparco y compte une quinzaine de clients privés. Le Mexique vise 45 % d'électricité propre d'ici 2030.""",
[("Proparco", "Organization", ["PROPARCO"]),
 ("Agence française de développement", "Organization", ["AFD", "Agence francaise de developpement", "groupe AFD"]),
 ("Eólica Guiengola", "Organization", ["Eolica Guiengola"]),
 ("Aurélis Renouvelables", "Organization", ["Aurelis Renouvelables", "Aurélis", "Aurelis"]),
 ("Grupo Istmeño de Infraestructura", "Organization", ["Grupo Istmeño", "Grupo Istmeno de Infraestructura", "Grupo Istmeno"]),
 ("Banco Nacional de Obras y Servicios Públicos", "Organization", ["Banobras", "BANOBRAS"]),
 ("Comisión Federal de Electricidad", "Organization", ["CFE", "Comision Federal de Electricidad"]),
 ("Édouard Sorel-Maistre", "Person", ["Edouard Sorel-Maistre", "Sorel-Maistre"]),
 ("Emilio Cruz Toledo", "Person", ["Emilio Cruz", "Cruz Toledo"]),
 ("Instituto Tecnológico del Istmo", "Organization", ["Instituto Tecnologico del Istmo", "ITI", "Institut technologique de l'Isthme"]),
 ("Gobierno del Estado de Oaxaca", "Organization", ["gouvernement de l'État d'Oaxaca", "Gobierno de Oaxaca"]),
 ("Arnaud Pélissier", "Person", ["Arnaud Pelissier", "Pélissier"]),
 ("Solène Kergoat", "Person", ["Solene Kergoat", "Kergoat"]),
 ("Thierry Lambrecht", "Person", ["Lambrecht"]),
 ("Fausto Matus Ruiz", "Person", ["Fausto Matus", "Matus Ruiz"]),
 ("Adriana Cházaro Lugo", "Person", ["Adriana Chazaro Lugo", "Adriana Cházaro", "Cházaro Lugo"]),
 ("Secretaría de Energía", "Organization", ["Sener", "SENER", "ministère mexicain de l'Énergie", "Secretaria de Energia"]),
 ("Santo Domingo Ingenio", "Place", []),
 ("Juchitán", "Place", ["Juchitan", "Juchitán de Zaragoza"]),
 ("Isthme de Tehuantepec", "Place", ["Isthme", "Istmo de Tehuantepec"]),
 ("Oaxaca", "Place", ["État d'Oaxaca", "l'Oaxaca"]),
 ("Mexico City", "Place", ["Ciudad de México", "CDMX"]),
 ("Latin America", "Place", ["Amérique latine", "América Latina"]),
 ("Cuba", "Place", []),
 MX, FR],
roles=[R("Édouard Sorel-Maistre", ["président-directeur général", "PDG"], "Aurélis Renouvelables", "a expliqué le président-directeur général d'Aurélis Renouvelables, M. Édouard Sorel-Maistre"),
       R("Emilio Cruz Toledo", "directeur général", "Eólica Guiengola", "Le directeur général d'Eólica Guiengola, M. Emilio Cruz Toledo"),
       R("Arnaud Pélissier", ["ambassadeur", "ambassadeur de France au Mexique"], "France", "l'ambassadeur de France au Mexique, M. Arnaud Pélissier"),
       R("Solène Kergoat", ["directrice régionale", "directrice régionale pour le Mexique, l'Amérique centrale et Cuba"], "Agence française de développement", "de la directrice régionale de l'AFD pour le Mexique, l'Amérique centrale et Cuba, Mme Solène Kergoat"),
       R("Thierry Lambrecht", "directeur général", "Proparco", "du directeur général de Proparco, M. Thierry Lambrecht"),
       R("Fausto Matus Ruiz", "gouverneur", ["Oaxaca", "Gobierno del Estado de Oaxaca"], "du gouverneur de l'Oaxaca, M. Fausto Matus Ruiz"),
       R("Adriana Cházaro Lugo", ["sous-secrétaire à l'Électricité", "sous-secrétaire"], ["Secretaría de Energía", "Mexico"], "de la sous-secrétaire à l'Électricité du ministère mexicain de l'Énergie (Sener), Mme Adriana Cházaro Lugo")],
inv=[I("Eólica Guiengola", ["Santo Domingo Ingenio", "Oaxaca", "Mexico"], 310000000, "USD", "réparti sur trois ans", "parc éolien de 240 MW", "Le projet représente un investissement total de 310 millions de dollars, réparti sur trois ans", alts=["Aurélis Renouvelables", "Grupo Istmeño de Infraestructura"])],
parts=[P("Aurélis Renouvelables", "Grupo Istmeño de Infraestructura", "coentreprise Eólica Guiengola", "la coentreprise formée par le producteur indépendant français Aurélis Renouvelables (60 %)"),
       P("Eólica Guiengola", "Comisión Federal de Electricidad", "contrat d'achat d'électricité de vingt ans", "Le parc vendra son électricité à la Comisión Federal de Electricidad (CFE) dans le cadre d'un contrat d'achat de vingt ans", a_alt=["Aurélis Renouvelables", "Grupo Istmeño de Infraestructura"]),
       P("Aurélis Renouvelables", "Instituto Tecnológico del Istmo", "formation de techniciens de maintenance éolienne", "Aurélis formera avec l'Instituto Tecnológico del Istmo", a_alt=["Eólica Guiengola"]),
       P("Agence française de développement", "Gobierno del Estado de Oaxaca", "accord-cadre de coopération technique", "ainsi qu'un accord-cadre de coopération technique avec le gouvernement de l'État d'Oaxaca", b_alt=["Oaxaca"]),
       P("Proparco", "Eólica Guiengola", "prêt", "a signé le 17 mars un prêt de 60 millions de dollars à Eólica Guiengola", opt=True),
       P("Banco Nacional de Obras y Servicios Públicos", "Eólica Guiengola", "financement (dette)", "la banque de développement mexicaine Banobras et deux banques commerciales", opt=True),
       P("Agence française de développement", "Banco Nacional de Obras y Servicios Públicos", "convention de financement (prêt)", "l'AFD a signé avec Banobras une convention de financement de 150 millions d'euros", opt=True)],
claims=[C("Eólica Guiengola", "jobs", 900, "personnes sur le chantier", "le chantier mobilisera jusqu'à 900 personnes", note="construction"),
        C("Eólica Guiengola", "jobs", 45, "emplois permanents", "l'exploitation nécessitera 45 emplois permanents", note="permanent"),
        C("Aurélis Renouvelables", "trainees", 120, "techniciens de maintenance éolienne", "120 techniciens de maintenance éolienne"),
        C("Eólica Guiengola", "people_reached", 12000, "habitants", "bénéficiera à quelque 12 000 habitants"),
        C("Eólica Guiengola", "other", 240, "MW", "un parc éolien de 240 mégawatts", opt=True)],
notes="Invented. French business newsletter on AFD/Proparco. The headline and lead are about a loan (optional link, never an investment); the investment is the project's total, stated in a sentence whose subject is 'Le projet' with 'que les deux partenaires financeront': the JV is the investor, both parents accepted (probes4 vehicle convention). JV shares in parentheses after each parent. A 20-year purchase contract with the state utility (CFE) is required (probes2-4). 'Aurélis formera avec X' is a required training partnership. AFD's loan convention with Banobras is an optional loan link, its accord-cadre with the state government a required partnership. Officials listed as 'en présence de l'ambassadeur ..., M. X, de la directrice régionale de l'AFD pour le Mexique, l'Amérique centrale et Cuba, Mme Y, ...'; 'sous-secrétaire' is kept as written (the scorer has no 'sous' vice word). AFD's cumulative commitments, the client count and the clean-power target give no fact.")

A("r20", "fr", "2026-04-23", "https://example.org/rail/2026/04/23/caudrelle-san-bernardo-atelier-maintenance",
"""Chili : Caudrelle Industries investira 85 millions d'euros dans un atelier de maintenance ferroviaire à San Bernardo

Le groupe ferroviaire normand Caudrelle Industries va investir 85 millions d'euros, répartis sur trois ans, dans un atelier de maintenance et de rénovation de trains à San Bernardo, au sud de Santiago du Chili, a annoncé jeudi son président-directeur général, M. Hugues Lemarchand-Oury, à l'issue de la signature d'un contrat de maintenance de quinze ans avec l'Empresa de los Ferrocarriles del Estado (EFE), la compagnie ferroviaire publique chilienne.

L'atelier, qui doit entrer en service au second semestre 2028, assurera l'entretien des rames régionales commandées par l'EFE pour ses lignes vers Rancagua et Chillán. Il emploiera 350 personnes, dont 60 ingénieurs, et fera travailler une quarantaine de sous-traitants locaux.

Pour recruter, Caudrelle a signé une convention de partenariat avec l'Universidad de Santiago de Chile (Usach) et l'institut professionnel Duoc UC afin de former 180 techniciens en maintenance ferroviaire, dont 40 recevront une bourse pour un stage de six mois sur le site du groupe à Sotteville-lès-Rouen.

La signature s'est tenue au siège de l'EFE en présence de l'ambassadeur de France au Chili, M. Philippe Rolland-Giraud, du ministre chilien des Transports et des Télécommunications, M. Ignacio Montalva Ruiz-Tagle, du président du conseil d'administration de l'EFE, M. Pedro Larraguibel Araya, de la rectrice de l'Usach, Mme Carmen Gloria Véliz Toro, du directeur du campus San Bernardo de Duoc UC, M. Felipe Ortúzar Baeza, et du maire de San Bernardo, M. Nelson Cádiz Rojas.

« Nous ne voulions pas seulement vendre des heures de maintenance, mais laisser au Chili un savoir-faire », a souligné M. Lemarchand-Oury, dont le groupe réalise déjà 30 % de son chiffre d'affaires hors de France.

La filiale chilienne, Caudrelle Chile, sera dirigée par Mme Aurélie Fontanet, actuelle directrice des opérations du site de Sotteville-lès-Rouen, qui s'installera à Santiago en juin.

Le projet a été accompagné par Business France et par la Chambre franco-chilienne de commerce et d'industrie, qui avait organisé en 2025 une mission d'entreprises ferroviaires françaises à Santiago.

Le réseau de l'EFE a transporté 58 millions de voyageurs en 2025, et l'État chilien prévoit d'investir quelque 5 milliards de dollars dans le ferroviaire d'ici 2027, selon le ministère des Transports.

Lire aussi : Santiago : la ligne 7 du métro ouvrira fin 2026""",
[("Caudrelle Industries", "Organization", ["Caudrelle", "groupe Caudrelle"]),
 ("Caudrelle Chile", "Organization", ["Caudrelle Chili"]),
 ("Empresa de los Ferrocarriles del Estado", "Organization", ["EFE", "Empresa de los Ferrocarriles del Estado de Chile"]),
 ("Hugues Lemarchand-Oury", "Person", ["Lemarchand-Oury"]),
 ("Universidad de Santiago de Chile", "Organization", ["Usach", "USACH", "Université de Santiago du Chili"]),
 ("Duoc UC", "Organization", ["Duoc", "DuocUC"]),
 ("Philippe Rolland-Giraud", "Person", ["Rolland-Giraud"]),
 ("Ignacio Montalva Ruiz-Tagle", "Person", ["Ignacio Montalva", "Montalva Ruiz-Tagle"]),
 ("Ministerio de Transportes y Telecomunicaciones", "Organization", ["ministère des Transports et des Télécommunications", "ministère des Transports", "MTT"]),
 ("Pedro Larraguibel Araya", "Person", ["Pedro Larraguibel", "Larraguibel Araya"]),
 ("Carmen Gloria Véliz Toro", "Person", ["Carmen Gloria Veliz Toro", "Carmen Gloria Véliz", "Véliz Toro"]),
 ("Felipe Ortúzar Baeza", "Person", ["Felipe Ortuzar Baeza", "Felipe Ortúzar", "Ortúzar Baeza"]),
 ("Nelson Cádiz Rojas", "Person", ["Nelson Cadiz Rojas", "Nelson Cádiz", "Cádiz Rojas"]),
 ("Municipalidad de San Bernardo", "Organization", ["mairie de San Bernardo"]),
 ("Aurélie Fontanet", "Person", ["Aurelie Fontanet", "Fontanet"]),
 ("Business France", "Organization", []),
 ("Chambre franco-chilienne de commerce et d'industrie", "Organization", ["CCI France Chili"]),
 ("San Bernardo", "Place", []),
 ("Santiago", "Place", ["Santiago du Chili", "Santiago de Chile"]),
 ("Región Metropolitana", "Place", ["région métropolitaine de Santiago", "Region Metropolitana"]),
 ("Rancagua", "Place", []),
 ("Chillán", "Place", ["Chillan"]),
 ("Sotteville-lès-Rouen", "Place", ["Sotteville-les-Rouen", "Sotteville"]),
 ("Chile", "Place", ["Chili"]),
 FR],
roles=[R("Hugues Lemarchand-Oury", ["président-directeur général", "PDG"], "Caudrelle Industries", "son président-directeur général, M. Hugues Lemarchand-Oury"),
       R("Philippe Rolland-Giraud", ["ambassadeur", "ambassadeur de France au Chili"], "France", "l'ambassadeur de France au Chili, M. Philippe Rolland-Giraud"),
       R("Ignacio Montalva Ruiz-Tagle", ["ministre des Transports et des Télécommunications", "ministre"], ["Ministerio de Transportes y Telecomunicaciones", "Chile"], "du ministre chilien des Transports et des Télécommunications, M. Ignacio Montalva Ruiz-Tagle"),
       R("Pedro Larraguibel Araya", ["président du conseil d'administration", "président"], "Empresa de los Ferrocarriles del Estado", "du président du conseil d'administration de l'EFE, M. Pedro Larraguibel Araya"),
       R("Carmen Gloria Véliz Toro", "rectrice", "Universidad de Santiago de Chile", "de la rectrice de l'Usach, Mme Carmen Gloria Véliz Toro"),
       R("Felipe Ortúzar Baeza", ["directeur du campus", "directeur du campus San Bernardo", "directeur"], "Duoc UC", "du directeur du campus San Bernardo de Duoc UC, M. Felipe Ortúzar Baeza"),
       R("Nelson Cádiz Rojas", ["maire", "alcalde"], ["San Bernardo", "Municipalidad de San Bernardo"], "du maire de San Bernardo, M. Nelson Cádiz Rojas"),
       R("Aurélie Fontanet", ["directrice", "directrice de la filiale chilienne", "dirigera la filiale"], ["Caudrelle Chile", "Caudrelle Industries"], "La filiale chilienne, Caudrelle Chile, sera dirigée par Mme Aurélie Fontanet"),
       R("Aurélie Fontanet", ["directrice des opérations", "directrice des opérations du site de Sotteville-lès-Rouen"], "Caudrelle Industries", "actuelle directrice des opérations du site de Sotteville-lès-Rouen")],
inv=[I("Caudrelle Industries", ["San Bernardo", "Santiago", "Región Metropolitana", "Chile"], 85000000, "EUR", "répartis sur trois ans", "atelier de maintenance et de rénovation de trains", "va investir 85 millions d'euros, répartis sur trois ans", alts=["Caudrelle Chile"])],
parts=[P("Caudrelle Industries", "Empresa de los Ferrocarriles del Estado", "contrat de maintenance de quinze ans", "la signature d'un contrat de maintenance de quinze ans avec l'Empresa de los Ferrocarriles del Estado (EFE)", a_alt=["Caudrelle Chile"]),
       P("Caudrelle Industries", "Universidad de Santiago de Chile", "convention de partenariat (formation de techniciens)", "Caudrelle a signé une convention de partenariat avec l'Universidad de Santiago de Chile (Usach)", a_alt=["Caudrelle Chile"]),
       P("Caudrelle Industries", "Duoc UC", "convention de partenariat (formation de techniciens)", "et l'institut professionnel Duoc UC afin de former 180 techniciens", a_alt=["Caudrelle Chile"])],
claims=[C("Caudrelle Industries", "jobs", 350, "personnes", "Il emploiera 350 personnes"),
        C("Caudrelle Industries", "jobs", 60, "ingénieurs", "dont 60 ingénieurs", opt=True, note="subset"),
        C("Caudrelle Industries", "trainees", 180, "techniciens", "afin de former 180 techniciens en maintenance ferroviaire"),
        C("Caudrelle Industries", "trainees", 40, "bourses de stage", "dont 40 recevront une bourse"),
        C("Caudrelle Industries", "other", 40, "sous-traitants locaux", "une quarantaine de sous-traitants locaux", opt=True)],
notes="Invented. French rail trade press with a 'Lire aussi' chrome line. 'va investir 85 millions d'euros, répartis sur trois ans' by the parent (subsidiary accepted). A fifteen-year maintenance contract with the state-owned railway is required, treated like the long-term contracts with state utilities of probes2-4 (a decision: state operators count like state utilities). A 'convention de partenariat avec X et Y' gives two required rows. Six officials after 'en présence de' with 'M.'/'Mme'; a Chilean minister rendered in French (the Spanish ministry is the entity); a French ambassador's org is France. Future head of the subsidiary ('sera dirigée par') and her current post ('actuelle directrice des opérations') both required. Business France and the chamber only accompanied the project (no fact). The subset of 40 scholarship holders among the 180 trainees is a required scholarship count (probes3: subset trainees of another sort are both required); the 60 engineers subset is optional. Passenger numbers and the state's rail budget give no fact.")

A("r21", "fr", "2026-05-20", "https://example.org/bresil/industrie/2026/05/20/lamarque-composites-pecem-pales",
"""Brésil : Lamarque Composites engage 780 millions de réais dans une usine de pales d'éoliennes au Ceará

FORTALEZA — Le fabricant vendéen de pales d'éoliennes Lamarque Composites a présenté mardi à Fortaleza une enveloppe de 780 millions de réais (environ 128 millions d'euros), qui sera déployée d'ici à 2029, pour construire sa première usine hors d'Europe dans la zone de traitement des exportations du complexe industriel et portuaire de Pecém, à São Gonçalo do Amarante, dans l'État du Ceará.

L'usine, qui produira jusqu'à 450 pales par an pour des éoliennes terrestres et en mer, emploiera 800 personnes et devrait générer entre 1 500 et 2 000 emplois indirects dans la région, selon l'entreprise.

Lamarque a signé avec le gouvernement de l'État du Ceará un accord de coopération technique qui prévoit l'accélération des licences environnementales et la construction d'une voie d'accès au terrain par l'État. Le groupe a également conclu une convention avec le Senai Ceará et l'Institut fédéral du Ceará (IFCE) pour former 500 techniciens en matériaux composites et en maintenance éolienne, dont une centaine dans le cadre d'un programme réservé aux femmes.

Le terrain de 32 hectares sera loué pour trente ans au Complexo do Pecém, et un premier contrat-cadre a été signé avec le producteur d'énergie Ventura Eólica do Nordeste pour la fourniture de 300 pales.

« Le vent du Nordeste est l'un des plus réguliers au monde, et nos clients y sont déjà », a déclaré le président du directoire de Lamarque Composites, M. Yann Bréchet-Morin, lors de la cérémonie au Palácio da Abolição.

L'usine sera dirigée par M. Loïc Guérineau, actuel directeur industriel du site des Herbiers, en Vendée.

Étaient présents le gouverneur du Ceará, M. Otoniel Teixeira Barros, le secrétaire au Développement économique de l'État, M. Márcio Arruda Holanda, le président du complexe de Pecém, M. Ítalo Quezado Sales, le recteur de l'IFCE, M. Cícero Araripe Nunes, la directrice régionale du Senai Ceará, Mme Ana Cristina Bezerra Lobo, et la consule générale de France à Recife, Mme Maud Le Bihan-Castro.

Bpifrance Assurance Export a accordé une garantie à l'opération. Le Brésil a installé 3,3 gigawatts d'éolien terrestre en 2025, dont près d'un tiers dans le Ceará et le Rio Grande do Norte.""",
[("Lamarque Composites", "Organization", ["Lamarque"]),
 ("Governo do Ceará", "Organization", ["gouvernement de l'État du Ceará", "Governo do Estado do Ceará", "Governo do Ceara"]),
 ("Senai Ceará", "Organization", ["Senai Ceara", "Senai", "SENAI"]),
 ("Instituto Federal do Ceará", "Organization", ["IFCE", "Institut fédéral du Ceará", "Instituto Federal do Ceara"]),
 ("Complexo do Pecém", "Organization", ["Complexo Industrial e Portuário do Pecém", "complexe de Pecém", "CIPP"]),
 ("Ventura Eólica do Nordeste", "Organization", ["Ventura Eolica do Nordeste", "Ventura Eólica"]),
 ("Yann Bréchet-Morin", "Person", ["Yann Brechet-Morin", "Bréchet-Morin"]),
 ("Loïc Guérineau", "Person", ["Loic Guerineau", "Guérineau"]),
 ("Otoniel Teixeira Barros", "Person", ["Otoniel Teixeira", "Teixeira Barros"]),
 ("Márcio Arruda Holanda", "Person", ["Márcio Arruda", "Arruda Holanda"]),
 ("Secretaria do Desenvolvimento Econômico do Ceará", "Organization", ["Secretaria do Desenvolvimento Economico do Ceara", "SDE Ceará", "secrétariat au Développement économique"]),
 ("Ítalo Quezado Sales", "Person", ["Ítalo Quezado", "Quezado Sales"]),
 ("Cícero Araripe Nunes", "Person", ["Cicero Araripe Nunes", "Cícero Araripe", "Araripe Nunes"]),
 ("Ana Cristina Bezerra Lobo", "Person", ["Ana Cristina Bezerra", "Bezerra Lobo"]),
 ("Maud Le Bihan-Castro", "Person", ["Le Bihan-Castro"]),
 ("Bpifrance Assurance Export", "Organization", ["Bpifrance", "BPI France"]),
 ("Pecém", "Place", ["Pecem"]),
 ("São Gonçalo do Amarante", "Place", ["Sao Goncalo do Amarante"]),
 ("Fortaleza", "Place", []),
 ("Ceará", "Place", ["Ceara", "État du Ceará"]),
 ("Nordeste", "Place", ["Nord-Est"]),
 ("Recife", "Place", []),
 ("Les Herbiers", "Place", ["Herbiers"]),
 ("Vendée", "Place", ["Vendee"]),
 ("Rio Grande do Norte", "Place", []),
 ("Europe", "Place", ["Europa"]),
 ("Brazil", "Place", ["Brasil", "Brésil"]),
 FR],
roles=[R("Yann Bréchet-Morin", ["président du directoire", "président"], "Lamarque Composites", "a déclaré le président du directoire de Lamarque Composites, M. Yann Bréchet-Morin"),
       R("Loïc Guérineau", ["directeur de l'usine", "directeur", "dirigera l'usine"], "Lamarque Composites", "L'usine sera dirigée par M. Loïc Guérineau"),
       R("Loïc Guérineau", ["directeur industriel", "directeur industriel du site des Herbiers"], "Lamarque Composites", "actuel directeur industriel du site des Herbiers"),
       R("Otoniel Teixeira Barros", "gouverneur", ["Ceará", "Governo do Ceará"], "le gouverneur du Ceará, M. Otoniel Teixeira Barros"),
       R("Márcio Arruda Holanda", ["secrétaire au Développement économique", "secrétaire"], ["Secretaria do Desenvolvimento Econômico do Ceará", "Ceará"], "le secrétaire au Développement économique de l'État, M. Márcio Arruda Holanda"),
       R("Ítalo Quezado Sales", "président", "Complexo do Pecém", "le président du complexe de Pecém, M. Ítalo Quezado Sales"),
       R("Cícero Araripe Nunes", "recteur", "Instituto Federal do Ceará", "le recteur de l'IFCE, M. Cícero Araripe Nunes"),
       R("Ana Cristina Bezerra Lobo", ["directrice régionale", "directrice régionale du Senai Ceará"], "Senai Ceará", "la directrice régionale du Senai Ceará, Mme Ana Cristina Bezerra Lobo"),
       R("Maud Le Bihan-Castro", ["consule générale", "consule générale de France à Recife"], "France", "la consule générale de France à Recife, Mme Maud Le Bihan-Castro")],
inv=[I("Lamarque Composites", ["Pecém", "São Gonçalo do Amarante", "Ceará", "Brazil"], 780000000, "BRL", "d'ici à 2029", "usine de pales d'éoliennes", "une enveloppe de 780 millions de réais (environ 128 millions d'euros)"),
     I("Lamarque Composites", ["Pecém", "São Gonçalo do Amarante", "Ceará", "Brazil"], 128000000, "EUR", "d'ici à 2029", "équivalent en euros", "(environ 128 millions d'euros)", opt=True),
     I("Governo do Ceará", ["Pecém", "São Gonçalo do Amarante", "Ceará", "Brazil"], None, None, None, "voie d'accès au terrain (travaux publics, montant non précisé)", "la construction d'une voie d'accès au terrain par l'État", opt=True)],
parts=[P("Lamarque Composites", "Governo do Ceará", "accord de coopération technique", "Lamarque a signé avec le gouvernement de l'État du Ceará un accord de coopération technique", b_alt=["Ceará"]),
       P("Lamarque Composites", "Senai Ceará", "formation de techniciens en composites", "une convention avec le Senai Ceará et l'Institut fédéral du Ceará (IFCE)"),
       P("Lamarque Composites", "Instituto Federal do Ceará", "formation de techniciens en composites", "et l'Institut fédéral du Ceará (IFCE) pour former 500 techniciens"),
       P("Complexo do Pecém", "Lamarque Composites", "location du terrain (30 ans)", "Le terrain de 32 hectares sera loué pour trente ans au Complexo do Pecém", opt=True),
       P("Lamarque Composites", "Ventura Eólica do Nordeste", "contrat-cadre de fourniture de pales (client)", "un premier contrat-cadre a été signé avec le producteur d'énergie Ventura Eólica do Nordeste", opt=True),
       P("Bpifrance Assurance Export", "Lamarque Composites", "garantie", "Bpifrance Assurance Export a accordé une garantie à l'opération", opt=True)],
claims=[C("Lamarque Composites", "jobs", 800, "emplois", "emploiera 800 personnes"),
        C("Lamarque Composites", "trainees", 500, "techniciens", "pour former 500 techniciens en matériaux composites"),
        C("Lamarque Composites", "jobs", 1500, "emplois indirects (bas de fourchette)", "entre 1 500 et 2 000 emplois indirects", opt=True, note="range, lower bound"),
        C("Lamarque Composites", "jobs", 2000, "emplois indirects (haut de fourchette)", "entre 1 500 et 2 000 emplois indirects", opt=True, note="range, upper bound"),
        C("Lamarque Composites", "trainees", 100, "femmes", "dont une centaine dans le cadre d'un programme réservé aux femmes", opt=True, note="subset"),
        C("Lamarque Composites", "other", 450, "pales par an", "jusqu'à 450 pales par an", opt=True)],
notes="Invented. French regional business press on Brazil ('une enveloppe de 780 millions de réais (environ 128 millions d'euros), qui sera déployée d'ici à 2029': BRL required, EUR optional). The state's access road inside the cooperation agreement is an optional public-works row with no amount. A technical cooperation agreement with the state government is required; a convention with two training bodies gives two rows. The land lease from the port complex, a customer framework contract and an export-credit guarantee are optional. A range of indirect jobs ('entre 1 500 et 2 000') gives two optional rows (a decision: ranges are not required facts, either bound is accepted). Officials listed after 'Étaient présents' with 'M.'/'Mme', a Brazilian state secretary rendered in French and a French consul general (org France). Future plant head and his current post both required. Installed wind capacity gives no fact.")

A("r22", "fr", "2026-06-17", "https://example.org/affaires/2026/06/17/usinage-bras-du-nord-queretaro",
"""Usinage Bras-du-Nord investira 48 M$ au Mexique et s'associe à l'ÉNA et à l'UNAQ

L'entreprise de Saint-Raymond Usinage Bras-du-Nord, qui fabrique des composants de trains d'atterrissage et de moteurs d'avion, ouvrira sa première usine à l'étranger à Querétaro, au Mexique, un investissement de 48 millions de dollars réparti sur quatre ans, a annoncé mercredi son président et chef de la direction, Martin Gingras-Lavallée.

La nouvelle usine, qui sera aménagée dans le parc aérospatial voisin de l'aéroport intercontinental de Querétaro, emploiera 220 personnes d'ici 2029 et servira d'abord les motoristes et équipementiers déjà installés dans l'État, dont deux clients historiques de l'entreprise.

Bras-du-Nord a conclu une entente tripartite avec l'École nationale d'aérotechnique (ÉNA) du Cégep Édouard-Montpetit et l'Universidad Aeronáutica en Querétaro (UNAQ) pour former 90 techniciens en usinage de précision, qui feront leur formation en alternance entre les ateliers de l'UNAQ et la future usine. L'entreprise offrira aussi 25 bourses d'études à des étudiants mexicains qui voudront faire un stage à Saint-Raymond.

« On ne part pas au Mexique pour fermer au Québec : nos clients nous demandent d'être près de leurs chaînes d'assemblage », a insisté M. Gingras-Lavallée, dont l'usine de Saint-Raymond compte 340 employés.

La filiale mexicaine, Bras-du-Nord Aeroespacial, sera dirigée par Simon Paquet-Thibodeau, actuel directeur de l'usine de Saint-Raymond, tandis que la vice-présidente aux opérations internationales, Karine Ouellet-Dubé, supervisera le démarrage.

L'investissement sera financé en partie par un prêt de 12 M$ d'Investissement Québec. La ministre de l'Économie, de l'Innovation et de l'Énergie, Chantal Leclerc-Vaillancourt, y voit « la preuve que nos PME peuvent devenir des multinationales ».

À Querétaro, l'annonce a été faite en présence du secrétaire au Développement durable de l'État, Marco del Prete Ochoa, du recteur de l'UNAQ, Héctor Palacios Zamudio, et du directeur général de l'ÉNA, Patrice Lanthier, qui a qualifié l'entente de « premier programme d'alternance binational » de l'école. La présidente-directrice générale d'Aéro Montréal, Suzanne Bérubé-Lang, a salué un projet qui « ouvre une porte aux autres fournisseurs québécois ».

L'industrie aérospatiale de Querétaro compte près de 90 entreprises et 15 000 emplois, selon le gouvernement de l'État. Le peso mexicain s'échangeait mercredi à 13,45 pour un dollar canadien.""",
[("Usinage Bras-du-Nord", "Organization", ["Bras-du-Nord"]),
 ("Bras-du-Nord Aeroespacial", "Organization", ["Bras-du-Nord Aeroespacial S.A. de C.V."]),
 ("Martin Gingras-Lavallée", "Person", ["Martin Gingras-Lavallee", "Gingras-Lavallée"]),
 ("École nationale d'aérotechnique", "Organization", ["ÉNA", "ENA", "Ecole nationale d'aerotechnique"]),
 ("Cégep Édouard-Montpetit", "Organization", ["Cegep Edouard-Montpetit", "Cégep Édouard-Montpetit"]),
 ("Universidad Aeronáutica en Querétaro", "Organization", ["UNAQ", "Universidad Aeronautica en Queretaro"]),
 ("Simon Paquet-Thibodeau", "Person", ["Paquet-Thibodeau"]),
 ("Karine Ouellet-Dubé", "Person", ["Karine Ouellet-Dube", "Ouellet-Dubé"]),
 ("Investissement Québec", "Organization", ["Investissement Quebec", "IQ"]),
 ("Chantal Leclerc-Vaillancourt", "Person", ["Leclerc-Vaillancourt"]),
 ("Ministère de l'Économie, de l'Innovation et de l'Énergie", "Organization", ["MEIE", "Ministere de l'Economie, de l'Innovation et de l'Energie"]),
 ("Marco del Prete Ochoa", "Person", ["Marco del Prete", "Del Prete Ochoa"]),
 ("Secretaría de Desarrollo Sustentable de Querétaro", "Organization", ["Secretaria de Desarrollo Sustentable de Queretaro", "Sedesu", "secrétariat au Développement durable"]),
 ("Héctor Palacios Zamudio", "Person", ["Hector Palacios Zamudio", "Héctor Palacios", "Palacios Zamudio"]),
 ("Patrice Lanthier", "Person", ["Lanthier"]),
 ("Aéro Montréal", "Organization", ["Aero Montreal"]),
 ("Suzanne Bérubé-Lang", "Person", ["Suzanne Berube-Lang", "Bérubé-Lang"]),
 ("Saint-Raymond", "Place", []),
 ("Querétaro", "Place", ["Queretaro", "État de Querétaro"]),
 ("Québec", "Place", ["Quebec"]),
 ("Canada", "Place", []),
 MX],
roles=[R("Martin Gingras-Lavallée", ["président et chef de la direction", "président", "chef de la direction", "PDG"], "Usinage Bras-du-Nord", "son président et chef de la direction, Martin Gingras-Lavallée"),
       R("Simon Paquet-Thibodeau", ["directeur", "directeur de la filiale mexicaine", "dirigera la filiale"], ["Bras-du-Nord Aeroespacial", "Usinage Bras-du-Nord"], "sera dirigée par Simon Paquet-Thibodeau"),
       R("Simon Paquet-Thibodeau", ["directeur de l'usine", "directeur de l'usine de Saint-Raymond"], "Usinage Bras-du-Nord", "actuel directeur de l'usine de Saint-Raymond"),
       R("Karine Ouellet-Dubé", ["vice-présidente aux opérations internationales", "vice-présidente"], "Usinage Bras-du-Nord", "la vice-présidente aux opérations internationales, Karine Ouellet-Dubé"),
       R("Chantal Leclerc-Vaillancourt", ["ministre de l'Économie, de l'Innovation et de l'Énergie", "ministre"], ["Ministère de l'Économie, de l'Innovation et de l'Énergie", "Québec"], "La ministre de l'Économie, de l'Innovation et de l'Énergie, Chantal Leclerc-Vaillancourt"),
       R("Marco del Prete Ochoa", ["secrétaire au Développement durable", "secrétaire"], ["Secretaría de Desarrollo Sustentable de Querétaro", "Querétaro"], "du secrétaire au Développement durable de l'État, Marco del Prete Ochoa"),
       R("Héctor Palacios Zamudio", "recteur", "Universidad Aeronáutica en Querétaro", "du recteur de l'UNAQ, Héctor Palacios Zamudio"),
       R("Patrice Lanthier", "directeur général", ["École nationale d'aérotechnique", "Cégep Édouard-Montpetit"], "du directeur général de l'ÉNA, Patrice Lanthier"),
       R("Suzanne Bérubé-Lang", ["présidente-directrice générale", "PDG"], "Aéro Montréal", "La présidente-directrice générale d'Aéro Montréal, Suzanne Bérubé-Lang")],
inv=[I("Usinage Bras-du-Nord", ["Querétaro", "Mexico"], 48000000, "CAD", "réparti sur quatre ans", "usine de composants aéronautiques", "un investissement de 48 millions de dollars réparti sur quatre ans", alts=["Bras-du-Nord Aeroespacial"])],
parts=[P("Usinage Bras-du-Nord", "École nationale d'aérotechnique", "entente tripartite (formation en alternance)", "Bras-du-Nord a conclu une entente tripartite avec l'École nationale d'aérotechnique (ÉNA)", b_alt=["Cégep Édouard-Montpetit"]),
       P("Usinage Bras-du-Nord", "Universidad Aeronáutica en Querétaro", "entente tripartite (formation en alternance)", "et l'Universidad Aeronáutica en Querétaro (UNAQ) pour former 90 techniciens"),
       P("Investissement Québec", "Usinage Bras-du-Nord", "prêt", "un prêt de 12 M$ d'Investissement Québec", opt=True)],
claims=[C("Usinage Bras-du-Nord", "jobs", 220, "personnes d'ici 2029", "emploiera 220 personnes d'ici 2029"),
        C("Usinage Bras-du-Nord", "trainees", 90, "techniciens", "pour former 90 techniciens en usinage de précision"),
        C("Usinage Bras-du-Nord", "trainees", 25, "bourses d'études", "L'entreprise offrira aussi 25 bourses d'études"),
        C("Usinage Bras-du-Nord", "jobs", 340, "employés à Saint-Raymond", "dont l'usine de Saint-Raymond compte 340 employés", opt=True, note="existing workforce"),
        C("Querétaro", "jobs", 15000, "emplois aérospatiaux", "près de 90 entreprises et 15 000 emplois", opt=True, note="sector employment")],
notes="Invented. Quebec business press: headline '48 M$', body 'un investissement de 48 millions de dollars réparti sur quatre ans' in apposition after the main clause; Quebec dollars are CAD (probes4). A tripartite 'entente' gives one row per pair with the company (the ÉNA's cégep accepted), none between the two schools. The Investissement Québec loan is optional. Quebec titles without 'M.'/'Mme' ('président et chef de la direction', 'vice-présidente aux opérations internationales', 'présidente-directrice générale'); compound titles list the whole and each part. The future head of the Mexican subsidiary and his current post are both required; 'supervisera le démarrage' is not a new post. A Mexican state secretary rendered in French; the Quebec minister's org is the ministry and Québec. Existing workforce and sector employment optional; the exchange rate gives no fact.")

A("r23", "fr", "2026-09-24", "https://example.org/guyane/education/2026/09/24/universite-guyane-unifap-ifap-convention",
"""Guyane-Amapá : l'Université de Guyane et l'Unifap signent une convention, les lycées professionnels s'ouvrent au Brésil

CAYENNE. L'Université de Guyane et l'Universidade Federal do Amapá (Unifap) ont signé mardi, sur le campus de Troubiran, une convention de partenariat de cinq ans qui prévoit des doubles diplômes en sciences de l'environnement et en langues, des cotutelles de thèse et des échanges d'enseignants de part et d'autre de l'Oyapock.

La convention a été signée par le président de l'Université de Guyane, M. Frédéric Létang-Mirval, et par la rectrice de l'Unifap, Mme Luciana Macedo Pantoja, venue de Macapá avec une délégation d'une quinzaine d'enseignants. Elle prévoit 40 bourses de mobilité par an et l'inscription de 12 doctorants en cotutelle d'ici 2030.

En parallèle, le recteur de la région académique de Guyane, M. Thierry Bonnaventure, et le recteur de l'Instituto Federal do Amapá (IFAP), M. Raimundo Nonato Ferreira Dias, ont paraphé un accord de coopération qui permettra à 150 lycéens des lycées professionnels de Saint-Georges-de-l'Oyapock et de Cayenne d'effectuer des stages à Macapá et à Oiapoque au cours des trois prochaines années.

« Pendant longtemps, nos jeunes de l'Est guyanais connaissaient mieux Paris que Macapá. Ce temps-là doit finir », a déclaré le président de la Collectivité territoriale de Guyane (CTG), M. Jean-Claude Lafontaine-Norbert, dont la collectivité consacrera 800 000 euros sur trois ans aux déplacements des lycéens.

Le programme est aussi financé par Interreg Amazonie, le programme européen de coopération transfrontalière, à hauteur de 3,2 millions d'euros.

La secrétaire d'État à l'Éducation de l'Amapá, Mme Rosilene Tavares Góes, et le consul général du Brésil à Cayenne, M. Eduardo Paranaguá Neto, assistaient à la cérémonie. La vice-présidente chargée des relations internationales de l'Université de Guyane, Mme Nadia Chocho-Berthelot, coordonnera la convention.

Depuis l'ouverture du pont sur l'Oyapock, les échanges entre Saint-Georges et Oiapoque ont nettement augmenté, mais les formalités de visa restent un frein, ont rappelé plusieurs intervenants. Selon le rectorat, 1 100 élèves sont scolarisés dans les lycées de l'Est guyanais.""",
[("Université de Guyane", "Organization", ["Universite de Guyane", "UG"]),
 ("Universidade Federal do Amapá", "Organization", ["Unifap", "UNIFAP", "Universidade Federal do Amapa", "Université fédérale de l'Amapá"]),
 ("Frédéric Létang-Mirval", "Person", ["Frederic Letang-Mirval", "Létang-Mirval"]),
 ("Luciana Macedo Pantoja", "Person", ["Luciana Macedo", "Macedo Pantoja"]),
 ("Région académique de Guyane", "Organization", ["rectorat de Guyane", "rectorat", "Académie de Guyane", "région académique de Guyane"]),
 ("Thierry Bonnaventure", "Person", ["Bonnaventure"]),
 ("Instituto Federal do Amapá", "Organization", ["IFAP", "Instituto Federal do Amapa", "Institut fédéral de l'Amapá"]),
 ("Raimundo Nonato Ferreira Dias", "Person", ["Raimundo Nonato Ferreira", "Ferreira Dias"]),
 ("Collectivité territoriale de Guyane", "Organization", ["CTG", "Collectivite territoriale de Guyane"]),
 ("Jean-Claude Lafontaine-Norbert", "Person", ["Lafontaine-Norbert"]),
 ("Interreg Amazonie", "Organization", ["programme Interreg Amazonie"]),
 ("Rosilene Tavares Góes", "Person", ["Rosilene Tavares Goes", "Rosilene Tavares", "Tavares Góes"]),
 ("Secretaria de Estado da Educação do Amapá", "Organization", ["Secretaria de Estado da Educacao do Amapa", "Seed Amapá"]),
 ("Eduardo Paranaguá Neto", "Person", ["Eduardo Paranagua Neto", "Paranaguá Neto"]),
 ("Nadia Chocho-Berthelot", "Person", ["Chocho-Berthelot"]),
 ("Cayenne", "Place", []),
 ("Troubiran", "Place", []),
 ("Macapá", "Place", ["Macapa"]),
 ("Oiapoque", "Place", []),
 ("Saint-Georges-de-l'Oyapock", "Place", ["Saint-Georges"]),
 ("Oyapock", "Place", []),
 ("Est guyanais", "Place", []),
 ("Paris", "Place", []),
 ("Amapá", "Place", ["Amapa"]),
 ("Guyane", "Place", ["French Guiana", "Guayana Francesa"]),
 ("Brazil", "Place", ["Brasil", "Brésil"]),
 FR],
roles=[R("Frédéric Létang-Mirval", "président", "Université de Guyane", "le président de l'Université de Guyane, M. Frédéric Létang-Mirval"),
       R("Luciana Macedo Pantoja", ["rectrice", "reitora"], "Universidade Federal do Amapá", "la rectrice de l'Unifap, Mme Luciana Macedo Pantoja"),
       R("Thierry Bonnaventure", ["recteur", "recteur de la région académique"], ["Région académique de Guyane", "Guyane", "France"], "le recteur de la région académique de Guyane, M. Thierry Bonnaventure"),
       R("Raimundo Nonato Ferreira Dias", ["recteur", "reitor"], "Instituto Federal do Amapá", "le recteur de l'Instituto Federal do Amapá (IFAP), M. Raimundo Nonato Ferreira Dias"),
       R("Jean-Claude Lafontaine-Norbert", ["président", "président de la CTG"], ["Collectivité territoriale de Guyane", "Guyane"], "le président de la Collectivité territoriale de Guyane (CTG), M. Jean-Claude Lafontaine-Norbert"),
       R("Rosilene Tavares Góes", ["secrétaire d'État à l'Éducation", "secrétaire à l'Éducation", "secrétaire"], ["Secretaria de Estado da Educação do Amapá", "Amapá"], "La secrétaire d'État à l'Éducation de l'Amapá, Mme Rosilene Tavares Góes"),
       R("Eduardo Paranaguá Neto", ["consul général", "consul général du Brésil à Cayenne"], "Brazil", "le consul général du Brésil à Cayenne, M. Eduardo Paranaguá Neto"),
       R("Nadia Chocho-Berthelot", ["vice-présidente chargée des relations internationales", "vice-présidente"], "Université de Guyane", "La vice-présidente chargée des relations internationales de l'Université de Guyane, Mme Nadia Chocho-Berthelot")],
inv=[I("Collectivité territoriale de Guyane", ["Guyane", "France"], 800000, "EUR", "sur trois ans", "financement des déplacements des lycéens (budget public)", "dont la collectivité consacrera 800 000 euros sur trois ans", opt=True),
     I("Interreg Amazonie", ["Guyane", "Amapá", "France", "Brazil"], 3200000, "EUR", None, "financement européen du programme (aide publique)", "à hauteur de 3,2 millions d'euros", opt=True)],
parts=[P("Université de Guyane", "Universidade Federal do Amapá", "convention de partenariat de cinq ans", "L'Université de Guyane et l'Universidade Federal do Amapá (Unifap) ont signé mardi"),
       P("Région académique de Guyane", "Instituto Federal do Amapá", "accord de coopération (stages de lycéens professionnels)", "ont paraphé un accord de coopération"),
       P("Interreg Amazonie", "Région académique de Guyane", "cofinancement du programme", "Le programme est aussi financé par Interreg Amazonie", opt=True, b_alt=["Université de Guyane"]),
       P("Collectivité territoriale de Guyane", "Région académique de Guyane", "financement des déplacements", "dont la collectivité consacrera 800 000 euros", opt=True, b_alt=["Université de Guyane"])],
claims=[C("Université de Guyane", "trainees", 40, "bourses de mobilité par an", "Elle prévoit 40 bourses de mobilité par an"),
        C("Université de Guyane", "trainees", 12, "doctorants en cotutelle", "l'inscription de 12 doctorants en cotutelle"),
        C("Région académique de Guyane", "trainees", 150, "lycéens en stage", "qui permettra à 150 lycéens des lycées professionnels"),
        C("Région académique de Guyane", "other", 1100, "élèves", "1 100 élèves sont scolarisés", opt=True)],
notes="Invented. French Guiana regional press. Two bilateral agreements signed at one ceremony (a university convention de partenariat and a rectorat–federal institute accord de coopération 'paraphé' by the two rectors). Public money (the CTG's 800 000 euros 'consacrera' and an EU Interreg grant) gives optional rows only (public grants/budgets, probes4), and optional funding links. Officials: a French 'recteur de la région académique' (body + Guyane + France), Brazilian 'reitora'/'reitor' rendered as 'rectrice'/'recteur', a Brazilian state secretary 'secrétaire d'État à l'Éducation de l'Amapá' (state secretariat + Amapá), a consul general (org Brazil), a CTG president and a university vice-president who 'coordonnera' (her stated post is the role). Attendees are not parties. Students in mobility, doctoral cotutelles and pupils on placements are trainees. No required investment.")

A("r24", "fr", "2026-11-04", "https://example.org/agence-hemisphere/2026/11/04/vaudrey-lacteos-canada-alta-lagos-de-moreno",
"""Mexique : le jurassien Fromageries Vaudrey s'associe à Lácteos Cañada Alta pour une usine de 1,3 milliard de pesos

MEXICO, 4 novembre (Agence Hémisphère) - Le groupe fromager jurassien Fromageries Vaudrey va construire au Mexique sa première usine hors d'Europe, en coentreprise avec le groupe laitier mexicain Lácteos Cañada Alta, pour un investissement de 1,3 milliard de pesos (environ 62 millions d'euros) réparti sur trois ans, ont annoncé mercredi les deux sociétés.

La coentreprise, baptisée Quesería Vaudrey Altos, sera détenue à 60 % par le français et à 40 % par son partenaire, et s'installera à Lagos de Moreno, au cœur des Altos de Jalisco, premier bassin laitier du pays. L'usine transformera 400 000 litres de lait par jour en fromages à pâte pressée et en crème, et emploiera 380 personnes à pleine capacité, en 2028.

La coentreprise a déjà signé des contrats d'approvisionnement de dix ans avec 1 400 éleveurs de la région, qui bénéficieront d'un programme d'assistance technique sur la qualité du lait. Elle a aussi conclu une convention de partenariat avec le Centro Universitario de los Lagos (CULagos) de l'Université de Guadalajara pour former 120 techniciens laitiers et fromagers.

Lire aussi : Le Mexique relève ses droits de douane sur le lait en poudre importé

« Le Mexique consomme de plus en plus de fromage et en produit de moins en moins par habitant : c'est là que nous avons notre place », a expliqué le président du directoire de Fromageries Vaudrey, M. Étienne Roussel-Jacquemin, lors d'une conférence de presse à Guadalajara aux côtés du directeur général de Lácteos Cañada Alta, M. Javier Gutiérrez Padilla.

La coentreprise sera dirigée par Mme Claire-Anne Montavon, actuelle directrice export de Vaudrey, tandis que M. Gutiérrez Padilla présidera son conseil d'administration.

Le gouverneur du Jalisco, M. Ramiro Orozco Anaya, la secrétaire au Développement économique de l'État, Mme Lucía Barba Iñiguez, le président municipal de Lagos de Moreno, M. Tomás Padilla Romo, et le recteur du CULagos, M. Aarón Macías Lozano, assistaient à l'annonce, ainsi que la cheffe du service économique de l'ambassade de France au Mexique, Mme Hélène Sarrazin-Bey.

Le projet devrait générer entre 600 et 800 emplois indirects dans les transports et la maintenance, selon le gouvernement de l'État.

Le Mexique importe environ 40 % des produits laitiers qu'il consomme, principalement des États-Unis, et le gouvernement fédéral s'est fixé comme objectif de réduire""",
[("Fromageries Vaudrey", "Organization", ["Vaudrey"]),
 ("Lácteos Cañada Alta", "Organization", ["Lácteos Cañada Alta", "Lacteos Canada Alta", "Lacteos Canada Alta"]),
 ("Quesería Vaudrey Altos", "Organization", ["Queseria Vaudrey Altos"]),
 ("Centro Universitario de los Lagos", "Organization", ["CULagos", "CU Lagos"]),
 ("Universidad de Guadalajara", "Organization", ["Université de Guadalajara", "UdeG"]),
 ("Étienne Roussel-Jacquemin", "Person", ["Etienne Roussel-Jacquemin", "Roussel-Jacquemin"]),
 ("Javier Gutiérrez Padilla", "Person", ["Javier Gutierrez Padilla", "Javier Gutiérrez", "Gutiérrez Padilla"]),
 ("Claire-Anne Montavon", "Person", ["Montavon"]),
 ("Ramiro Orozco Anaya", "Person", ["Ramiro Orozco", "Orozco Anaya"]),
 ("Gobierno de Jalisco", "Organization", ["gouvernement de l'État", "Gobierno del Estado de Jalisco"]),
 ("Lucía Barba Iñiguez", "Person", ["Lucia Barba Iniguez", "Lucía Barba", "Barba Iñiguez"]),
 ("Secretaría de Desarrollo Económico de Jalisco", "Organization", ["Secretaria de Desarrollo Economico de Jalisco", "Sedeco Jalisco"]),
 ("Tomás Padilla Romo", "Person", ["Tomas Padilla Romo", "Tomás Padilla", "Padilla Romo"]),
 ("Ayuntamiento de Lagos de Moreno", "Organization", ["Gobierno Municipal de Lagos de Moreno"]),
 ("Aarón Macías Lozano", "Person", ["Aaron Macias Lozano", "Aarón Macías", "Macías Lozano"]),
 ("Hélène Sarrazin-Bey", "Person", ["Helene Sarrazin-Bey", "Sarrazin-Bey"]),
 ("Ambassade de France au Mexique", "Organization", ["service économique de l'ambassade de France au Mexique"]),
 ("Agence Hémisphère", "Organization", []),
 ("Lagos de Moreno", "Place", []),
 ("Altos de Jalisco", "Place", ["Los Altos de Jalisco"]),
 ("Guadalajara", "Place", []),
 ("Jalisco", "Place", ["État de Jalisco"]),
 ("Jura", "Place", []),
 ("Mexico City", "Place", ["Ciudad de México", "CDMX"]),
 ("Europe", "Place", ["Europa"]),
 ("United States", "Place", ["États-Unis", "Estados Unidos", "US", "U.S."]),
 MX, FR],
roles=[R("Étienne Roussel-Jacquemin", ["président du directoire", "président"], "Fromageries Vaudrey", "le président du directoire de Fromageries Vaudrey, M. Étienne Roussel-Jacquemin"),
       R("Javier Gutiérrez Padilla", "directeur général", "Lácteos Cañada Alta", "du directeur général de Lácteos Cañada Alta, M. Javier Gutiérrez Padilla"),
       R("Javier Gutiérrez Padilla", ["président du conseil d'administration", "président"], "Quesería Vaudrey Altos", "M. Gutiérrez Padilla présidera son conseil d'administration"),
       R("Claire-Anne Montavon", ["directrice", "directrice générale", "dirigera la coentreprise"], "Quesería Vaudrey Altos", "La coentreprise sera dirigée par Mme Claire-Anne Montavon"),
       R("Claire-Anne Montavon", ["directrice export", "directrice"], "Fromageries Vaudrey", "actuelle directrice export de Vaudrey"),
       R("Ramiro Orozco Anaya", "gouverneur", ["Jalisco", "Gobierno de Jalisco"], "Le gouverneur du Jalisco, M. Ramiro Orozco Anaya"),
       R("Lucía Barba Iñiguez", ["secrétaire au Développement économique", "secrétaire"], ["Secretaría de Desarrollo Económico de Jalisco", "Jalisco"], "la secrétaire au Développement économique de l'État, Mme Lucía Barba Iñiguez"),
       R("Tomás Padilla Romo", ["président municipal", "maire"], ["Lagos de Moreno", "Ayuntamiento de Lagos de Moreno"], "le président municipal de Lagos de Moreno, M. Tomás Padilla Romo"),
       R("Aarón Macías Lozano", "recteur", ["Centro Universitario de los Lagos", "Universidad de Guadalajara"], "le recteur du CULagos, M. Aarón Macías Lozano"),
       R("Hélène Sarrazin-Bey", ["cheffe du service économique", "cheffe"], ["Ambassade de France au Mexique", "France"], "la cheffe du service économique de l'ambassade de France au Mexique, Mme Hélène Sarrazin-Bey")],
inv=[I("Fromageries Vaudrey", ["Lagos de Moreno", "Altos de Jalisco", "Jalisco", "Mexico"], 1300000000, "MXN", "réparti sur trois ans", "usine de fromages (coentreprise)", "pour un investissement de 1,3 milliard de pesos (environ 62 millions d'euros) réparti sur trois ans", alts=["Quesería Vaudrey Altos", "Lácteos Cañada Alta"]),
     I("Lácteos Cañada Alta", ["Lagos de Moreno", "Altos de Jalisco", "Jalisco", "Mexico"], 1300000000, "MXN", "réparti sur trois ans", "même projet (co-investisseur, 40 %)", "pour un investissement de 1,3 milliard de pesos", opt=True, alts=["Quesería Vaudrey Altos", "Fromageries Vaudrey"]),
     I("Fromageries Vaudrey", ["Lagos de Moreno", "Altos de Jalisco", "Jalisco", "Mexico"], 62000000, "EUR", "réparti sur trois ans", "équivalent en euros", "(environ 62 millions d'euros)", opt=True, alts=["Quesería Vaudrey Altos", "Lácteos Cañada Alta"])],
parts=[P("Fromageries Vaudrey", "Lácteos Cañada Alta", "coentreprise Quesería Vaudrey Altos", "en coentreprise avec le groupe laitier mexicain Lácteos Cañada Alta"),
       P("Quesería Vaudrey Altos", "Centro Universitario de los Lagos", "formation de techniciens laitiers et fromagers", "Elle a aussi conclu une convention de partenariat avec le Centro Universitario de los Lagos (CULagos)", a_alt=["Fromageries Vaudrey", "Lácteos Cañada Alta"], b_alt=["Universidad de Guadalajara"])],
claims=[C("Quesería Vaudrey Altos", "jobs", 380, "personnes à pleine capacité", "emploiera 380 personnes à pleine capacité"),
        C("Quesería Vaudrey Altos", "people_reached", 1400, "éleveurs sous contrat", "des contrats d'approvisionnement de dix ans avec 1 400 éleveurs", note="growers signed up"),
        C("Quesería Vaudrey Altos", "trainees", 120, "techniciens", "pour former 120 techniciens laitiers et fromagers"),
        C("Quesería Vaudrey Altos", "jobs", 600, "emplois indirects (bas de fourchette)", "entre 600 et 800 emplois indirects", opt=True, note="range, lower bound"),
        C("Quesería Vaudrey Altos", "jobs", 800, "emplois indirects (haut de fourchette)", "entre 600 et 800 emplois indirects", opt=True, note="range, upper bound"),
        C("Quesería Vaudrey Altos", "other", 400000, "litres par jour", "400 000 litres de lait par jour", opt=True)],
notes="Invented. French news-agency wire (dateline with agency, a 'Lire aussi' chrome line); the excerpt stops mid-sentence. Joint investment 'en coentreprise avec X, pour un investissement de 1,3 milliard de pesos (environ 62 millions d'euros)': one required MXN row for the lead with the JV and partner accepted, an optional row for the partner and an optional EUR equivalent (probes4). The JV's shares are told in the next sentence. Growers under ten-year supply contracts are people_reached (probes convention); the supply contracts themselves, with 1,400 unnamed farmers, give no partnership. A range of indirect jobs gives two optional rows (see r21). Future JV head ('sera dirigée par') with her current post ('actuelle directrice export'), and the partner's CEO who 'présidera son conseil d'administration': all required. Officials who 'assistaient à l'annonce' get roles, no partnership; an embassy's economic chief lists the embassy and France. Dairy import shares give no fact.")
