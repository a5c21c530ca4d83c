# French articles r17-r24 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])
FR = ("France", "Place", ["Francia"])
CO = ("Colombia", "Place", ["Colombie"])
CA = ("Canada", "Place", ["Canadá"])
BR = ("Brazil", "Place", ["Brésil", "Brasil"])
PE = ("Peru", "Place", ["Pérou", "Perú"])
DO = ("Dominican Republic", "Place", ["République dominicaine", "República Dominicana"])
QC = ("Québec", "Place", ["Quebec"])
GP = ("Guadeloupe", "Place", [])

A("r17", "fr", "2026-02-12", "https://example.org/affaires-qc/2026/02/12/gauvreau-corriveau-barranquilla-coentreprise",
"""Gauvreau-Corriveau s'installe à Barranquilla en coentreprise avec Consultores del Mallorquín

La firme de génie-conseil montréalaise Gauvreau-Corriveau Ingénierie fait son entrée en Colombie. Elle a conclu avec Consultores del Mallorquín, un bureau d'études de Barranquilla spécialisé en hydraulique et en ouvrages portuaires, une entente de coentreprise qui donnera naissance d'ici l'automne à Gauvreau Mallorquín Ingeniería, dont la québécoise détiendra 60 % du capital.

Gauvreau-Corriveau investira 14 M$ sur trois ans dans la nouvelle société, notamment pour aménager des bureaux dans le quartier d'Alto Prado et acquérir des logiciels de modélisation hydraulique. La coentreprise compte embaucher 120 ingénieurs et techniciens d'ici 2029, a indiqué le PDG de Gauvreau-Corriveau, Étienne Labrecque-Rivard.

« La Caraïbe colombienne entre dans un cycle d'investissement en ports, en eau potable et en protection côtière qui va durer au moins quinze ans. Nous voulions y être avec quelqu'un qui connaît le terrain et les institutions », a expliqué Étienne Labrecque-Rivard, joint par téléphone à Barranquilla.

C'est Juliana Escorcia Fontalvo, qui a fondé Consultores del Mallorquín en 2008 et en est toujours la gérante générale, qui prendra la direction générale de la coentreprise. L'ingénieure dirigera une équipe d'une quarantaine de personnes au démarrage.

Gauvreau-Corriveau a également signé une convention avec l'Universidad del Norte, l'une des principales universités privées de la région, pour accueillir chaque année 30 stagiaires en génie civil et environnemental, à Barranquilla comme à Montréal. Le recteur de l'établissement, Rafael Insignares Vidal, était présent à la signature, tout comme l'ambassadrice du Canada en Colombie, Catherine Boisvert-Ng.

Investissement Québec accompagne le projet au moyen d'un prêt de 5 M$, a précisé l'entreprise.

Fondée en 1987 à Longueuil, Gauvreau-Corriveau compte 1 400 employés et des bureaux au Chili, au Pérou et au Maroc. Sa présidente du conseil d'administration, Hélène Ducharme-Lachapelle, a rappelé que l'Amérique latine représente déjà 22 % de son chiffre d'affaires, contre 9 % il y a cinq ans.

« Barranquilla est à un vol de Montréal via Miami, mais elle est surtout au cœur d'un marché où tout le monde parle d'adaptation climatique », a-t-elle ajouté.

La Colombie a annoncé en 2025 un programme de 11 milliards de dollars américains pour moderniser ses ports et ses réseaux d'aqueduc d'ici 2035.""",
[("Gauvreau-Corriveau Ingénierie", "Organization", ["Gauvreau-Corriveau", "Gauvreau-Corriveau Ingenierie", "Gauvreau Corriveau"]),
 ("Consultores del Mallorquín", "Organization", ["Consultores del Mallorquin"]),
 ("Gauvreau Mallorquín Ingeniería", "Organization", ["Gauvreau Mallorquin Ingenieria"]),
 ("Universidad del Norte", "Organization", ["Uninorte"]),
 ("Investissement Québec", "Organization", ["Investissement Quebec", "IQ"]),
 ("Étienne Labrecque-Rivard", "Person", ["Etienne Labrecque-Rivard", "Labrecque-Rivard"]),
 ("Juliana Escorcia Fontalvo", "Person", ["Juliana Escorcia", "Escorcia Fontalvo"]),
 ("Rafael Insignares Vidal", "Person", ["Rafael Insignares", "Insignares Vidal"]),
 ("Catherine Boisvert-Ng", "Person", ["Boisvert-Ng"]),
 ("Hélène Ducharme-Lachapelle", "Person", ["Helene Ducharme-Lachapelle", "Ducharme-Lachapelle"]),
 ("Barranquilla", "Place", []),
 ("Alto Prado", "Place", []),
 ("Montréal", "Place", ["Montreal"]),
 ("Longueuil", "Place", []),
 ("Miami", "Place", []),
 ("Amérique latine", "Place", ["Latin America", "América Latina"]),
 ("Chile", "Place", ["Chili"]),
 ("Maroc", "Place", ["Morocco"]),
 CO, CA, QC, PE],
roles=[R("Étienne Labrecque-Rivard", ["PDG", "président-directeur général"], "Gauvreau-Corriveau Ingénierie", "a indiqué le PDG de Gauvreau-Corriveau, Étienne Labrecque-Rivard"),
       R("Juliana Escorcia Fontalvo", ["directrice générale", "direction générale", "dirigeante"], ["Gauvreau Mallorquín Ingeniería", "Consultores del Mallorquín"], "qui prendra la direction générale de la coentreprise"),
       R("Juliana Escorcia Fontalvo", ["gérante générale", "gerente general"], "Consultores del Mallorquín", "et en est toujours la gérante générale"),
       R("Juliana Escorcia Fontalvo", ["fondatrice", "fondateur"], "Consultores del Mallorquín", "qui a fondé Consultores del Mallorquín en 2008", opt=True),
       R("Rafael Insignares Vidal", "recteur", "Universidad del Norte", "Le recteur de l'établissement, Rafael Insignares Vidal"),
       R("Catherine Boisvert-Ng", ["ambassadrice", "ambassadrice du Canada en Colombie"], "Canada", "l'ambassadrice du Canada en Colombie, Catherine Boisvert-Ng"),
       R("Hélène Ducharme-Lachapelle", ["présidente du conseil d'administration", "présidente du conseil", "présidente"], "Gauvreau-Corriveau Ingénierie", "Sa présidente du conseil d'administration, Hélène Ducharme-Lachapelle")],
inv=[I("Gauvreau-Corriveau Ingénierie", ["Alto Prado", "Barranquilla", "Colombia"], 14000000, "CAD", "sur trois ans", "bureaux et logiciels de la coentreprise", "Gauvreau-Corriveau investira 14 M$ sur trois ans dans la nouvelle société", alts=["Gauvreau Mallorquín Ingeniería"])],
parts=[P("Gauvreau-Corriveau Ingénierie", "Consultores del Mallorquín", "entente de coentreprise (Gauvreau Mallorquín Ingeniería, 60/40)", "Elle a conclu avec Consultores del Mallorquín"),
       P("Gauvreau-Corriveau Ingénierie", "Universidad del Norte", "convention de stages", "Gauvreau-Corriveau a également signé une convention avec l'Universidad del Norte"),
       P("Investissement Québec", "Gauvreau-Corriveau Ingénierie", "prêt", "Investissement Québec accompagne le projet au moyen d'un prêt de 5 M$", opt=True)],
claims=[C("Gauvreau Mallorquín Ingeniería", "jobs", 120, "ingénieurs et techniciens d'ici 2029", "La coentreprise compte embaucher 120 ingénieurs et techniciens"),
        C("Universidad del Norte", "trainees", 30, "stagiaires par an", "pour accueillir chaque année 30 stagiaires"),
        C("Gauvreau-Corriveau Ingénierie", "jobs", 1400, "employés", "Gauvreau-Corriveau compte 1 400 employés", opt=True, note="existing workforce"),
        C("Gauvreau Mallorquín Ingeniería", "jobs", 40, "personnes au démarrage", "une équipe d'une quarantaine de personnes au démarrage", opt=True, note="approximate subset")],
notes="Invented. Quebec business press ('M$' = CAD, 'entente', 'la québécoise'). The JV is told with the pronoun subject 'Elle a conclu avec X ... une entente de coentreprise' (the company is named in the previous sentence) and a 60% stake in a relative clause. The investment goes 'dans la nouvelle société' (JV accepted). The future head of the JV told with a cleft sentence ('C'est X, qui a fondé Y en 2008 et en est toujours la gérante générale, qui prendra la direction générale de la coentreprise'): the future post (JV and partner accepted) and the current post ('toujours la gérante générale') are required, the founding is optional (past). A rector and an ambassador present at the signing (roles only). The Investissement Québec loan is optional; the national port programme gives no fact.")

A("r18", "fr", "2026-03-17", "https://example.org/aero-industrie/2026/03/17/lauragais-composites-queretaro",
"""Mexique : Lauragais Composites investira 42 millions d'euros à Querétaro, en alliance avec le Grupo Industrial Pinal

Le toulousain Lauragais Composites, fournisseur de pièces en composites thermoplastiques pour les avionneurs et les équipementiers, va construire sa première usine hors d'Europe à El Marqués, dans l'État de Querétaro. Le site, qui représentera un investissement de 42 millions d'euros d'ici à 2028, sera développé en alliance avec le groupe mexicain Grupo Industrial Pinal, qui apportera le terrain et le bâtiment et détiendra 20 % de la filiale locale.

L'accord a été signé mardi à Querétaro par le président-directeur général de Lauragais Composites, Bertrand Castanet-Rouzaud, et par le président du Grupo Industrial Pinal, Ernesto Ledesma Olvera, en présence du gouverneur de l'État, Gonzalo Arteaga Vilchis, de la secrétaire au Développement durable de Querétaro, Mónica Salinas Terrazas, et de l'ambassadrice de France au Mexique, Anne-Sophie Kervella.

L'usine fabriquera à partir de 2027 des clips, des équerres et des panneaux de plancher pour des avions monocouloirs et des hélicoptères, et emploiera 320 personnes à pleine capacité. « Nos clients nous demandaient d'être sur le continent américain. Querétaro nous offrait à la fois la filière, la main-d'œuvre et un partenaire qui connaît chaque porte de l'administration », a résumé Bertrand Castanet-Rouzaud.

Le gouvernement de l'État s'est engagé, par un protocole d'accord signé le même jour avec l'industriel, à raccorder le site au réseau de gaz naturel et à cofinancer la formation des premiers opérateurs. La formation sera assurée en grande partie par l'Universidad Politécnica de Querétaro (UPQ), qui, dans le cadre d'un partenariat avec Lauragais, préparera chaque année 45 techniciens en procédés composites et en contrôle non destructif.

Le directeur général délégué de Lauragais Composites, Clément Vayssières, a précisé que l'investissement serait financé sur fonds propres et par un prêt bancaire, et que l'usine mexicaine serait « la sœur jumelle » du site de Castelnaudary, qui emploie 380 salariés.

Fondé en 1996, le groupe réalise un chiffre d'affaires de 310 millions d'euros et emploie 1 800 personnes en France, en Espagne et au Maroc. Le Querétaro compte plus de 90 entreprises aéronautiques et quelque 19 000 emplois dans le secteur, selon le gouvernement de l'État.""",
[("Lauragais Composites", "Organization", ["Lauragais"]),
 ("Grupo Industrial Pinal", "Organization", ["Groupe Industrial Pinal", "Pinal"]),
 ("Gobierno de Querétaro", "Organization", ["gouvernement de l'État de Querétaro", "Gobierno del Estado de Querétaro", "Gobierno de Queretaro"]),
 ("Secretaría de Desarrollo Sustentable de Querétaro", "Organization", ["SEDESU", "Sedesu", "Secretaria de Desarrollo Sustentable de Queretaro", "secrétariat au Développement durable de Querétaro"]),
 ("Universidad Politécnica de Querétaro", "Organization", ["UPQ", "Universidad Politecnica de Queretaro"]),
 ("Bertrand Castanet-Rouzaud", "Person", ["Castanet-Rouzaud"]),
 ("Ernesto Ledesma Olvera", "Person", ["Ernesto Ledesma", "Ledesma Olvera"]),
 ("Gonzalo Arteaga Vilchis", "Person", ["Gonzalo Arteaga", "Arteaga Vilchis"]),
 ("Mónica Salinas Terrazas", "Person", ["Monica Salinas Terrazas", "Mónica Salinas", "Salinas Terrazas"]),
 ("Anne-Sophie Kervella", "Person", ["Kervella"]),
 ("Clément Vayssières", "Person", ["Clement Vayssieres", "Vayssières"]),
 ("El Marqués", "Place", ["El Marques"]),
 ("Querétaro", "Place", ["Queretaro", "État de Querétaro", "Le Querétaro"]),
 ("Toulouse", "Place", []),
 ("Castelnaudary", "Place", []),
 ("Europe", "Place", ["Europa"]),
 ("Espagne", "Place", ["Spain", "España"]),
 ("Maroc", "Place", ["Morocco"]),
 MX, FR],
roles=[R("Bertrand Castanet-Rouzaud", ["président-directeur général", "PDG"], "Lauragais Composites", "par le président-directeur général de Lauragais Composites, Bertrand Castanet-Rouzaud"),
       R("Ernesto Ledesma Olvera", "président", "Grupo Industrial Pinal", "par le président du Grupo Industrial Pinal, Ernesto Ledesma Olvera"),
       R("Gonzalo Arteaga Vilchis", ["gouverneur", "gouverneur de l'État", "gobernador"], ["Querétaro", "Gobierno de Querétaro"], "du gouverneur de l'État, Gonzalo Arteaga Vilchis"),
       R("Mónica Salinas Terrazas", ["secrétaire au Développement durable", "secrétaire", "secretaria de Desarrollo Sustentable"], ["Secretaría de Desarrollo Sustentable de Querétaro", "Querétaro", "Gobierno de Querétaro"], "de la secrétaire au Développement durable de Querétaro, Mónica Salinas Terrazas"),
       R("Anne-Sophie Kervella", ["ambassadrice", "ambassadrice de France au Mexique"], "France", "de l'ambassadrice de France au Mexique, Anne-Sophie Kervella"),
       R("Clément Vayssières", "directeur général délégué", "Lauragais Composites", "Le directeur général délégué de Lauragais Composites, Clément Vayssières")],
inv=[I("Lauragais Composites", ["El Marqués", "Querétaro", "Mexico"], 42000000, "EUR", "d'ici à 2028", "usine de pièces en composites thermoplastiques", "Le site, qui représentera un investissement de 42 millions d'euros d'ici à 2028", alts=["Grupo Industrial Pinal"])],
parts=[P("Lauragais Composites", "Grupo Industrial Pinal", "alliance (terrain, bâtiment, 20 % de la filiale)", "sera développé en alliance avec le groupe mexicain Grupo Industrial Pinal"),
       P("Gobierno de Querétaro", "Lauragais Composites", "protocole d'accord (gaz naturel, formation)", "par un protocole d'accord signé le même jour avec l'industriel"),
       P("Lauragais Composites", "Universidad Politécnica de Querétaro", "partenariat de formation de techniciens", "dans le cadre d'un partenariat avec Lauragais")],
claims=[C("Lauragais Composites", "jobs", 320, "emplois à pleine capacité", "emploiera 320 personnes à pleine capacité"),
        C("Universidad Politécnica de Querétaro", "trainees", 45, "techniciens par an", "préparera chaque année 45 techniciens en procédés composites"),
        C("Lauragais Composites", "jobs", 380, "salariés de Castelnaudary", "qui emploie 380 salariés", opt=True, note="existing workforce"),
        C("Lauragais Composites", "jobs", 1800, "employés du groupe", "emploie 1 800 personnes en France", opt=True, note="existing workforce"),
        C("Querétaro", "jobs", 19000, "emplois aéronautiques de l'État", "quelque 19 000 emplois dans le secteur", opt=True, note="sector employment")],
notes="Invented. French aerospace trade press. The headline and the lede tell the partnership with 'en alliance avec' (the local group brings land and building and holds 20% of the subsidiary: a required partnership, and the partner is accepted as co-investor). The investment is a relative clause on 'Le site' ('qui représentera un investissement de 42 millions d'euros'). Signatories in a passive ('L'accord a été signé ... par X et par Y, en présence de ...'); officials and the ambassador attended (roles only). The state's commitment 'par un protocole d'accord signé le même jour avec l'industriel' is a required partnership (the company named by an anaphor); the university trains 'dans le cadre d'un partenariat avec Lauragais' (required). 'directeur général délégué' is kept as written (no vice word). Revenue, sector counts and workforces are optional or no fact.")

A("r19", "fr", "2026-04-22", "https://example.org/eco-antilles/2026/04/22/archipel-express-catamarans-electriques",
"""Guadeloupe : Archipel Express commande deux catamarans électriques et signe une convention avec le port

La compagnie maritime guadeloupéenne Archipel Express va investir 46 millions d'euros dans deux catamarans à propulsion entièrement électrique, qui relieront à partir de 2028 Pointe-à-Pitre à Grand-Bourg de Marie-Galante et Trois-Rivières à Terre-de-Haut, aux Saintes. Les navires, de 260 places chacun, seront construits par le chantier breton Kerlouan Naval, qui a remporté l'appel d'offres face à deux concurrents norvégien et australien.

Pour les recharger, il fallait des bornes à quai. La convention signée entre Archipel Express et le Grand Port Maritime de la Guadeloupe (GPMG) prévoit l'installation de chargeurs de forte puissance à la gare maritime de Bergevin et au port de Grand-Bourg, que le port financera à hauteur de 7 millions d'euros, et la fourniture d'électricité pendant quinze ans.

« Nous brûlons aujourd'hui 3,2 millions de litres de gazole par an pour transporter des passagers entre des îles qui vivent du tourisme vert. Cette contradiction ne pouvait pas durer », a déclaré le président-directeur général d'Archipel Express, Hervé Bordelais-Zénon, lors de la signature.

Le président du directoire du GPMG, Olivier Lubin-Courbain, a indiqué que les installations serviront aussi, à terme, aux navires de croisière en escale. La Région Guadeloupe soutient le projet par une subvention de 9 millions d'euros, a rappelé son président, Jean-Claude Nelzy-Bourgade, présent aux côtés du préfet de la Guadeloupe, Laurent Dubreuil-Vergnes, et du maire de Grand-Bourg, Raymonde Cocerel-Jasor.

La compagnie, qui emploie 160 personnes, prévoit de créer 40 emplois de marins, de techniciens et d'agents d'escale. En partenariat avec l'Université des Antilles, elle accueillera 24 apprentis en électrotechnique marine dans le cadre d'une licence professionnelle ouverte à la rentrée 2026.

La directrice générale déléguée d'Archipel Express, Murielle Lacavé-Nestor, a précisé que le reste du financement serait assuré par un prêt de la Banque des Territoires et par des fonds propres. Les deux navires anciens seront revendus.

Archipel Express a transporté 640 000 passagers en 2025, en hausse de 8 % sur un an.""",
[("Archipel Express", "Organization", []),
 ("Kerlouan Naval", "Organization", []),
 ("Grand Port Maritime de la Guadeloupe", "Organization", ["GPMG", "Guadeloupe Port Caraïbes", "Grand port maritime de la Guadeloupe"]),
 ("Région Guadeloupe", "Organization", ["Region Guadeloupe", "Conseil régional de la Guadeloupe"]),
 ("Préfecture de la Guadeloupe", "Organization", ["Prefecture de la Guadeloupe"]),
 ("Commune de Grand-Bourg", "Organization", ["Mairie de Grand-Bourg"]),
 ("Université des Antilles", "Organization", ["Universite des Antilles", "UA"]),
 ("Banque des Territoires", "Organization", []),
 ("Hervé Bordelais-Zénon", "Person", ["Herve Bordelais-Zenon", "Bordelais-Zénon"]),
 ("Olivier Lubin-Courbain", "Person", ["Lubin-Courbain"]),
 ("Jean-Claude Nelzy-Bourgade", "Person", ["Nelzy-Bourgade"]),
 ("Laurent Dubreuil-Vergnes", "Person", ["Dubreuil-Vergnes"]),
 ("Raymonde Cocerel-Jasor", "Person", ["Cocerel-Jasor"]),
 ("Murielle Lacavé-Nestor", "Person", ["Murielle Lacave-Nestor", "Lacavé-Nestor"]),
 ("Pointe-à-Pitre", "Place", ["Pointe-a-Pitre"]),
 ("Grand-Bourg", "Place", ["Grand-Bourg de Marie-Galante"]),
 ("Marie-Galante", "Place", []),
 ("Trois-Rivières", "Place", ["Trois-Rivieres"]),
 ("Terre-de-Haut", "Place", []),
 ("Les Saintes", "Place", ["Saintes"]),
 ("Bergevin", "Place", ["gare maritime de Bergevin"]),
 GP, FR],
roles=[R("Hervé Bordelais-Zénon", ["président-directeur général", "PDG"], "Archipel Express", "a déclaré le président-directeur général d'Archipel Express, Hervé Bordelais-Zénon"),
       R("Olivier Lubin-Courbain", ["président du directoire", "président"], "Grand Port Maritime de la Guadeloupe", "Le président du directoire du GPMG, Olivier Lubin-Courbain"),
       R("Jean-Claude Nelzy-Bourgade", ["président", "président de Région", "président de la Région"], ["Région Guadeloupe", "Guadeloupe"], "a rappelé son président, Jean-Claude Nelzy-Bourgade"),
       R("Laurent Dubreuil-Vergnes", ["préfet", "préfet de la Guadeloupe"], ["Préfecture de la Guadeloupe", "Guadeloupe", "France"], "du préfet de la Guadeloupe, Laurent Dubreuil-Vergnes"),
       R("Raymonde Cocerel-Jasor", ["maire", "maire de Grand-Bourg"], ["Grand-Bourg", "Commune de Grand-Bourg"], "du maire de Grand-Bourg, Raymonde Cocerel-Jasor"),
       R("Murielle Lacavé-Nestor", "directrice générale déléguée", "Archipel Express", "La directrice générale déléguée d'Archipel Express, Murielle Lacavé-Nestor")],
inv=[I("Archipel Express", ["Pointe-à-Pitre", "Guadeloupe", "France"], 46000000, "EUR", "mise en service en 2028", "deux catamarans électriques", "va investir 46 millions d'euros dans deux catamarans"),
     I("Grand Port Maritime de la Guadeloupe", ["Bergevin", "Grand-Bourg", "Pointe-à-Pitre", "Guadeloupe", "France"], 7000000, "EUR", None, "chargeurs à quai (financement du port)", "que le port financera à hauteur de 7 millions d'euros"),
     I("Région Guadeloupe", ["Guadeloupe", "France"], 9000000, "EUR", None, "subvention au projet", "soutient le projet par une subvention de 9 millions d'euros", opt=True)],
parts=[P("Archipel Express", "Grand Port Maritime de la Guadeloupe", "convention de recharge à quai (quinze ans)", "La convention signée entre Archipel Express et le Grand Port Maritime de la Guadeloupe (GPMG)"),
       P("Archipel Express", "Université des Antilles", "licence professionnelle en apprentissage", "En partenariat avec l'Université des Antilles, elle accueillera 24 apprentis"),
       P("Archipel Express", "Kerlouan Naval", "construction des navires (contrat client)", "seront construits par le chantier breton Kerlouan Naval", opt=True),
       P("Région Guadeloupe", "Archipel Express", "subvention", "La Région Guadeloupe soutient le projet par une subvention", opt=True),
       P("Banque des Territoires", "Archipel Express", "prêt", "par un prêt de la Banque des Territoires", opt=True)],
claims=[C("Archipel Express", "jobs", 40, "emplois créés", "prévoit de créer 40 emplois"),
        C("Université des Antilles", "trainees", 24, "apprentis en électrotechnique marine", "elle accueillera 24 apprentis en électrotechnique marine"),
        C("Archipel Express", "jobs", 160, "employés actuels", "La compagnie, qui emploie 160 personnes", opt=True, note="existing workforce"),
        C("Archipel Express", "people_reached", 640000, "passagers transportés en 2025", "Archipel Express a transporté 640 000 passagers en 2025", opt=True, note="past traffic")],
notes="Invented. Antilles business press. The headline tells the port convention and the body repeats it with 'La convention signée entre X et Y prévoit ...' after a short scene-setting sentence ('Pour les recharger, il fallait des bornes à quai.'). The port's own spending on chargers inside the convention ('que le port financera à hauteur de 7 millions d'euros') is a required investment (a public port authority's capital spending, probes6); the regional grant is optional, as are the shipyard contract (customer contract won in a tender) and the Banque des Territoires loan. 'En partenariat avec l'Université des Antilles, elle accueillera 24 apprentis' (fronted, pronoun subject) is required. A woman mayor with 'du maire' and a président de Région introduced by a possessive after the body ('son président'). The 640 000 passengers and the fuel burnt give no required fact.")

A("r20", "fr", "2026-05-27", "https://example.org/agroalimentaire-international/2026/05/27/pays-d-auge-ingredients-rio-grande-do-sul",
"""Brésil : Pays d'Auge Ingrédients s'associe à une coopérative gaúcha pour une usine de 410 millions de réais

Le groupe normand Pays d'Auge Ingrédients, spécialiste des protéines laitières pour la nutrition infantile et sportive, a signé mercredi à Porto Alegre un accord de coentreprise avec la Cooperativa Leiteira Vale do Forqueta, qui collecte le lait de quelque 2 300 éleveurs dans la vallée du Taquari, dans l'État du Rio Grande do Sul.

La nouvelle société, Forqueta Ingredientes Lácteos, détenue à parts égales, investira 410 millions de réais (environ 68 millions d'euros) dans une tour de séchage et une unité de filtration du lactosérum à Teutônia. L'usine transformera chaque jour 1,5 million de litres de lactosérum, un sous-produit des fromageries de la coopérative aujourd'hui en grande partie vendu pour l'alimentation animale.

« Le Brésil produit énormément de fromage et exporte très peu de protéines. Nous voulons combler cet écart », a déclaré le directeur général de Pays d'Auge Ingrédients, Arnaud Lecoeur-Pitte. Le président de la coopérative, Valdir Schmitz Wermuth, a souligné que la coentreprise paierait aux éleveurs un complément de prix indexé sur les ventes de protéines.

Un protocole d'accord a été signé le même jour avec le gouvernement de l'État du Rio Grande do Sul, qui s'engage à moderniser la route d'accès et à instruire en priorité les licences environnementales. Le gouverneur de l'État, Rogério Bratz Hoffmeister, y voit « la preuve que la vallée du Taquari s'est relevée des inondations de 2024 ».

La coentreprise sera dirigée par Thibault Morvan-Esnault, jusqu'ici directeur industriel du groupe normand à Lisieux, qui s'installera à Teutônia en septembre. L'usine doit entrer en service au second semestre 2028 et emploiera 190 personnes.

Pour former les futurs opérateurs, la coentreprise travaillera avec le Senai-RS, qui ouvrira à Lajeado une formation de 150 opérateurs de procédés laitiers, a précisé la secrétaire au Développement économique de l'État, Luciana Dall'Agnol Prestes.

Pays d'Auge Ingrédients, qui réalise 40 % de son chiffre d'affaires hors d'Europe, possède deux usines en Normandie et une en Irlande. Le groupe avait renoncé en 2022 à un projet similaire en Argentine en raison de l'instabilité du change.""",
[("Pays d'Auge Ingrédients", "Organization", ["Pays d'Auge Ingredients", "Pays d'Auge"]),
 ("Cooperativa Leiteira Vale do Forqueta", "Organization", ["Vale do Forqueta", "coopérative Vale do Forqueta"]),
 ("Forqueta Ingredientes Lácteos", "Organization", ["Forqueta Ingredientes Lacteos", "Forqueta Ingredientes"]),
 ("Governo do Rio Grande do Sul", "Organization", ["gouvernement de l'État du Rio Grande do Sul", "Governo do Estado do Rio Grande do Sul"]),
 ("Secretaria de Desenvolvimento Econômico do Rio Grande do Sul", "Organization", ["Secretaria de Desenvolvimento Economico do Rio Grande do Sul", "secrétariat au Développement économique du Rio Grande do Sul"]),
 ("Senai-RS", "Organization", ["Senai RS", "SENAI-RS", "Senai"]),
 ("Arnaud Lecoeur-Pitte", "Person", ["Lecoeur-Pitte"]),
 ("Valdir Schmitz Wermuth", "Person", ["Valdir Schmitz", "Schmitz Wermuth"]),
 ("Rogério Bratz Hoffmeister", "Person", ["Rogerio Bratz Hoffmeister", "Rogério Bratz", "Bratz Hoffmeister"]),
 ("Thibault Morvan-Esnault", "Person", ["Morvan-Esnault"]),
 ("Luciana Dall'Agnol Prestes", "Person", ["Luciana Dall'Agnol", "Dall'Agnol Prestes"]),
 ("Teutônia", "Place", ["Teutonia"]),
 ("Porto Alegre", "Place", []),
 ("Lajeado", "Place", []),
 ("Lisieux", "Place", []),
 ("vallée du Taquari", "Place", ["Vale do Taquari"]),
 ("Rio Grande do Sul", "Place", ["État du Rio Grande do Sul"]),
 ("Normandie", "Place", ["Normandy"]),
 ("Irlande", "Place", ["Ireland"]),
 ("Argentine", "Place", ["Argentina"]),
 ("Europe", "Place", ["Europa"]),
 BR, FR],
roles=[R("Arnaud Lecoeur-Pitte", "directeur général", "Pays d'Auge Ingrédients", "a déclaré le directeur général de Pays d'Auge Ingrédients, Arnaud Lecoeur-Pitte"),
       R("Valdir Schmitz Wermuth", "président", "Cooperativa Leiteira Vale do Forqueta", "Le président de la coopérative, Valdir Schmitz Wermuth"),
       R("Rogério Bratz Hoffmeister", ["gouverneur", "gouverneur de l'État", "governador"], ["Rio Grande do Sul", "Governo do Rio Grande do Sul"], "Le gouverneur de l'État, Rogério Bratz Hoffmeister"),
       R("Thibault Morvan-Esnault", ["directeur", "directeur général", "dirigeant"], ["Forqueta Ingredientes Lácteos", "Pays d'Auge Ingrédients"], "La coentreprise sera dirigée par Thibault Morvan-Esnault"),
       R("Thibault Morvan-Esnault", ["directeur industriel"], "Pays d'Auge Ingrédients", "jusqu'ici directeur industriel du groupe normand à Lisieux", opt=True),
       R("Luciana Dall'Agnol Prestes", ["secrétaire au Développement économique", "secrétaire", "secretária de Desenvolvimento Econômico"], ["Secretaria de Desenvolvimento Econômico do Rio Grande do Sul", "Rio Grande do Sul", "Governo do Rio Grande do Sul"], "la secrétaire au Développement économique de l'État, Luciana Dall'Agnol Prestes")],
inv=[I("Forqueta Ingredientes Lácteos", ["Teutônia", "Rio Grande do Sul", "Brazil"], 410000000, "BRL", "mise en service au second semestre 2028", "tour de séchage et filtration du lactosérum", "investira 410 millions de réais (environ 68 millions d'euros)", alts=["Pays d'Auge Ingrédients", "Cooperativa Leiteira Vale do Forqueta"]),
     I("Forqueta Ingredientes Lácteos", ["Teutônia", "Rio Grande do Sul", "Brazil"], 68000000, "EUR", None, "équivalent en euros", "(environ 68 millions d'euros)", opt=True, alts=["Pays d'Auge Ingrédients", "Cooperativa Leiteira Vale do Forqueta"])],
parts=[P("Pays d'Auge Ingrédients", "Cooperativa Leiteira Vale do Forqueta", "coentreprise Forqueta Ingredientes Lácteos (50/50)", "a signé mercredi à Porto Alegre un accord de coentreprise avec la Cooperativa Leiteira Vale do Forqueta"),
       P("Forqueta Ingredientes Lácteos", "Governo do Rio Grande do Sul", "protocole d'accord (route, licences)", "Un protocole d'accord a été signé le même jour avec le gouvernement de l'État du Rio Grande do Sul", a_alt=["Pays d'Auge Ingrédients", "Cooperativa Leiteira Vale do Forqueta"]),
       P("Forqueta Ingredientes Lácteos", "Senai-RS", "formation d'opérateurs", "la coentreprise travaillera avec le Senai-RS", a_alt=["Pays d'Auge Ingrédients"])],
claims=[C("Forqueta Ingredientes Lácteos", "jobs", 190, "emplois", "et emploiera 190 personnes"),
        C("Cooperativa Leiteira Vale do Forqueta", "people_reached", 2300, "éleveurs (collecte, complément de prix)", "qui collecte le lait de quelque 2 300 éleveurs"),
        C("Senai-RS", "trainees", 150, "opérateurs de procédés laitiers", "une formation de 150 opérateurs de procédés laitiers"),
        C("Forqueta Ingredientes Lácteos", "other", 1500000, "litres de lactosérum par jour (capacité)", "transformera chaque jour 1,5 million de litres de lactosérum", opt=True, note="capacity")],
notes="Invented. French agrifood trade press. 'a signé ... un accord de coentreprise avec X' (required); the JV 'détenue à parts égales' is the grammatical investor (parents accepted, probes3/4) and the EUR equivalent optional. A protocole d'accord told in a passive with no subject ('Un protocole d'accord a été signé le même jour avec le gouvernement de l'État') whose signatory is the JV or its parents (all accepted). 'la coentreprise travaillera avec le Senai-RS, qui ouvrira ... une formation' is a required training partnership. The future head ('sera dirigée par', loose list) is required; his 'jusqu'ici' post is optional (probes5). The cooperative's 2 300 dairy farmers, who will be paid a price supplement by the JV, are required people_reached (growers signed up). A project abandoned in 2022 gives no fact; capacity optional.")

A("r21", "fr", "2026-06-15", "https://example.org/universite-montpellier/actualites/2026/06/15/accord-cadre-la-molina",
"""Pérou : l'Université de Montpellier et La Molina signent un accord-cadre ; Cévennes Semences finance 40 bourses

L'Université de Montpellier et l'Universidad Nacional Agraria La Molina (UNALM), principale université agronomique du Pérou, ont signé lundi à Lima un accord-cadre de coopération de cinq ans. Il prévoit un double diplôme de master en amélioration des plantes, des codirections de thèses et un programme commun de recherche sur l'adaptation des cultures andines à la sécheresse.

L'accord a été paraphé par le président de l'Université de Montpellier, Philippe Aubagnac-Teissier, et par la rectrice de l'UNALM, Carmen Rosa Yupanqui Flores, à la résidence de France, en présence de l'ambassadeur de France au Pérou, Hugues Delmotte-Sarrail.

« La Molina et Montpellier travaillent ensemble depuis trente ans sans cadre formel. Ce texte donne enfin de la visibilité aux étudiants et aux chercheurs », a souligné la rectrice.

Le volet le plus concret de ce rapprochement est financé par une entreprise. Cévennes Semences, semencier familial d'Alès spécialisé dans les légumineuses et les céréales anciennes, a conclu avec l'UNALM une convention de recherche de quatre ans sur la sélection de variétés de quinoa et de tarwi tolérantes à la chaleur, assortie de 40 bourses de master destinées à des étudiants péruviens, dont la moitié effectueront un semestre à Montpellier.

La société investira par ailleurs 12 millions de dollars dans une station de recherche et de production de semences à Huaral, à 80 kilomètres au nord de Lima, qui emploiera 35 personnes à partir de 2027. Elle a signé à cet effet un protocole d'accord avec l'Instituto Nacional de Innovación Agraria (INIA), qui mettra à sa disposition des parcelles d'essai dans six de ses stations expérimentales.

« Nous ne venons pas vendre des semences françaises au Pérou. Nous venons sélectionner ici, avec des chercheurs d'ici, des variétés qui serviront aux deux pays », a déclaré la fondatrice et présidente de Cévennes Semences, Odile Brunel-Valat. L'entreprise prévoit de fournir des semences certifiées à 1 500 petits producteurs de la sierra sous contrat de multiplication.

L'Université de Montpellier accueille chaque année quelque 600 étudiants latino-américains, dont une centaine de Péruviens.

Service communication – Direction des relations internationales""",
[("Université de Montpellier", "Organization", ["Universite de Montpellier"]),
 ("Universidad Nacional Agraria La Molina", "Organization", ["UNALM", "La Molina"]),
 ("Cévennes Semences", "Organization", ["Cevennes Semences"]),
 ("Instituto Nacional de Innovación Agraria", "Organization", ["INIA", "Instituto Nacional de Innovacion Agraria"]),
 ("Philippe Aubagnac-Teissier", "Person", ["Aubagnac-Teissier"]),
 ("Carmen Rosa Yupanqui Flores", "Person", ["Carmen Rosa Yupanqui", "Yupanqui Flores"]),
 ("Hugues Delmotte-Sarrail", "Person", ["Delmotte-Sarrail"]),
 ("Odile Brunel-Valat", "Person", ["Brunel-Valat"]),
 ("Lima", "Place", []),
 ("Huaral", "Place", []),
 ("Alès", "Place", ["Ales"]),
 PE, FR],
roles=[R("Philippe Aubagnac-Teissier", "président", "Université de Montpellier", "par le président de l'Université de Montpellier, Philippe Aubagnac-Teissier"),
       R("Carmen Rosa Yupanqui Flores", ["rectrice", "rectora"], "Universidad Nacional Agraria La Molina", "par la rectrice de l'UNALM, Carmen Rosa Yupanqui Flores"),
       R("Hugues Delmotte-Sarrail", ["ambassadeur", "ambassadeur de France au Pérou"], "France", "de l'ambassadeur de France au Pérou, Hugues Delmotte-Sarrail"),
       R("Odile Brunel-Valat", ["fondatrice et présidente", "fondatrice", "présidente"], "Cévennes Semences", "a déclaré la fondatrice et présidente de Cévennes Semences, Odile Brunel-Valat")],
inv=[I("Cévennes Semences", ["Huaral", "Peru"], 12000000, "USD", "emplois à partir de 2027", "station de recherche et de production de semences", "La société investira par ailleurs 12 millions de dollars dans une station de recherche")],
parts=[P("Université de Montpellier", "Universidad Nacional Agraria La Molina", "accord-cadre de coopération (cinq ans)", "ont signé lundi à Lima un accord-cadre de coopération de cinq ans"),
       P("Cévennes Semences", "Universidad Nacional Agraria La Molina", "convention de recherche et bourses", "a conclu avec l'UNALM une convention de recherche de quatre ans"),
       P("Cévennes Semences", "Instituto Nacional de Innovación Agraria", "protocole d'accord (parcelles d'essai)", "Elle a signé à cet effet un protocole d'accord avec l'Instituto Nacional de Innovación Agraria (INIA)")],
claims=[C("Cévennes Semences", "trainees", 40, "bourses de master", "assortie de 40 bourses de master"),
        C("Cévennes Semences", "jobs", 35, "emplois à la station de Huaral", "qui emploiera 35 personnes à partir de 2027"),
        C("Cévennes Semences", "people_reached", 1500, "petits producteurs sous contrat de multiplication", "fournir des semences certifiées à 1 500 petits producteurs"),
        C("Cévennes Semences", "trainees", 20, "boursiers en semestre à Montpellier (moitié)", "dont la moitié effectueront un semestre à Montpellier", opt=True, note="subset stated as a half"),
        C("Université de Montpellier", "trainees", 600, "étudiants latino-américains accueillis chaque année", "quelque 600 étudiants latino-américains", opt=True, note="existing enrolment")],
notes="Invented. French university news item with a service sign-off. The university accord-cadre is told in the headline and again as 'X et Y ont signé ... un accord-cadre' (required), with signatories in a passive ('L'accord a été paraphé par ...') and an ambassador present (role only). The company's own research convention with one of the two universities ('a conclu avec l'UNALM une convention de recherche ..., assortie de 40 bourses') is required, as is its protocole d'accord with a public research institute; no row between the company and the French university. 'fondatrice et présidente' lists the whole and each part. The half of the scholarship holders who go to France is an optional subset; enrolment optional.")

A("r22", "fr", "2026-09-08", "https://example.org/filieres-cacao/2026/09/08/cacaos-ferrandiere-tumaco",
"""Colombie : le drômois Cacaos Ferrandière investira 28 millions de dollars à Tumaco

Le chocolatier drômois Cacaos Ferrandière va construire à Tumaco, sur la côte pacifique colombienne, un centre de fermentation, de séchage et de première transformation des fèves de cacao, pour un montant de 28 millions de dollars (environ 115 milliards de pesos colombiens). L'usine, dont la mise en service est prévue au premier semestre 2028, produira du beurre et de la poudre de cacao pour les usines du groupe à Romans-sur-Isère et pour l'exportation vers l'Europe.

La convention signée entre Cacaos Ferrandière et la Gobernación de Nariño, le 2 septembre à Pasto, engage le département à améliorer 35 kilomètres de pistes rurales dans les zones productrices et à accompagner la certification des parcelles. « Pendant des années, on a parlé du cacao de Tumaco comme d'une alternative aux cultures illicites. Il fallait que quelqu'un vienne l'acheter au bon prix », a déclaré le gouverneur du Nariño, Álvaro Cuéllar Benavides.

L'approvisionnement se fera en partenariat avec la coopérative Cacaoteros del Alto Mira, qui regroupe 2 800 familles productrices et s'est engagée à livrer l'essentiel de sa récolte à l'usine sur dix ans. Cacaos Ferrandière lui garantit un prix plancher et une prime de qualité versée à chaque récolte.

L'entreprise, dirigée par Claire Ferrandière-Baume, présidente du directoire et arrière-petite-fille du fondateur, prévoit de créer 140 emplois directs. Le Service national d'apprentissage (SENA) s'est engagé auprès d'elle à former 400 jeunes de la région aux techniques de fermentation, de contrôle qualité et de maintenance industrielle ; la directrice régionale du SENA à Nariño, Patricia Estupiñán Quiñones, a précisé que les cours débuteront en février.

La maire de Tumaco, Yuli Angulo Cortés, a salué « un projet qui ne demande pas de subvention mais des routes ». L'ambassadrice de France en Colombie, Élodie Lhermitte-Montel, a assisté à la présentation du projet à Pasto.

Proparco a accordé à l'entreprise un prêt de 10 millions de dollars pour financer la construction.

Fondée en 1921, Cacaos Ferrandière emploie 620 salariés et réalise un chiffre d'affaires de 180 millions d'euros. Elle achète déjà des fèves en Équateur et au Pérou.""",
[("Cacaos Ferrandière", "Organization", ["Cacaos Ferrandiere", "Ferrandière"]),
 ("Gobernación de Nariño", "Organization", ["Gobernacion de Narino", "Gobernación de Nariño", "département de Nariño"]),
 ("Cacaoteros del Alto Mira", "Organization", ["coopérative Cacaoteros del Alto Mira"]),
 ("Servicio Nacional de Aprendizaje", "Organization", ["SENA", "Service national d'apprentissage", "Sena"]),
 ("SENA Regional Nariño", "Organization", ["SENA Regional Narino", "SENA à Nariño"]),
 ("Alcaldía de Tumaco", "Organization", ["Alcaldia de Tumaco"]),
 ("Proparco", "Organization", ["PROPARCO"]),
 ("Álvaro Cuéllar Benavides", "Person", ["Alvaro Cuellar Benavides", "Álvaro Cuéllar", "Cuéllar Benavides"]),
 ("Claire Ferrandière-Baume", "Person", ["Claire Ferrandiere-Baume", "Ferrandière-Baume"]),
 ("Patricia Estupiñán Quiñones", "Person", ["Patricia Estupinan Quinones", "Patricia Estupiñán", "Estupiñán Quiñones"]),
 ("Yuli Angulo Cortés", "Person", ["Yuli Angulo Cortes", "Yuli Angulo", "Angulo Cortés"]),
 ("Élodie Lhermitte-Montel", "Person", ["Elodie Lhermitte-Montel", "Lhermitte-Montel"]),
 ("Tumaco", "Place", []),
 ("Pasto", "Place", []),
 ("Nariño", "Place", ["Narino", "le Nariño"]),
 ("Romans-sur-Isère", "Place", ["Romans-sur-Isere"]),
 ("Europe", "Place", ["Europa"]),
 ("Équateur", "Place", ["Ecuador"]),
 ("Pérou", "Place", ["Peru", "Perú"]),
 CO, FR],
roles=[R("Álvaro Cuéllar Benavides", ["gouverneur", "gouverneur du Nariño", "gobernador"], ["Nariño", "Gobernación de Nariño"], "a déclaré le gouverneur du Nariño, Álvaro Cuéllar Benavides"),
       R("Claire Ferrandière-Baume", ["présidente du directoire", "présidente", "dirigeante"], "Cacaos Ferrandière", "dirigée par Claire Ferrandière-Baume, présidente du directoire"),
       R("Patricia Estupiñán Quiñones", ["directrice régionale", "directrice"], ["SENA Regional Nariño", "Servicio Nacional de Aprendizaje"], "la directrice régionale du SENA à Nariño, Patricia Estupiñán Quiñones"),
       R("Yuli Angulo Cortés", ["maire", "maire de Tumaco", "alcaldesa"], ["Tumaco", "Alcaldía de Tumaco"], "La maire de Tumaco, Yuli Angulo Cortés"),
       R("Élodie Lhermitte-Montel", ["ambassadrice", "ambassadrice de France en Colombie"], "France", "L'ambassadrice de France en Colombie, Élodie Lhermitte-Montel")],
inv=[I("Cacaos Ferrandière", ["Tumaco", "Nariño", "Colombia"], 28000000, "USD", "mise en service au premier semestre 2028", "centre de fermentation, séchage et transformation du cacao", "pour un montant de 28 millions de dollars"),
     I("Cacaos Ferrandière", ["Tumaco", "Nariño", "Colombia"], 115000000000, "COP", None, "équivalent en pesos", "(environ 115 milliards de pesos colombiens)", opt=True)],
parts=[P("Cacaos Ferrandière", "Gobernación de Nariño", "convention (pistes rurales, certification)", "La convention signée entre Cacaos Ferrandière et la Gobernación de Nariño"),
       P("Cacaos Ferrandière", "Cacaoteros del Alto Mira", "approvisionnement sur dix ans (prix plancher)", "L'approvisionnement se fera en partenariat avec la coopérative Cacaoteros del Alto Mira"),
       P("Cacaos Ferrandière", "Servicio Nacional de Aprendizaje", "formation de jeunes", "s'est engagé auprès d'elle à former 400 jeunes", b_alt=["SENA Regional Nariño"]),
       P("Proparco", "Cacaos Ferrandière", "prêt", "Proparco a accordé à l'entreprise un prêt de 10 millions de dollars", opt=True)],
claims=[C("Cacaoteros del Alto Mira", "people_reached", 2800, "familles productrices", "qui regroupe 2 800 familles productrices"),
        C("Cacaos Ferrandière", "jobs", 140, "emplois directs", "prévoit de créer 140 emplois directs"),
        C("Servicio Nacional de Aprendizaje", "trainees", 400, "jeunes formés", "à former 400 jeunes de la région"),
        C("Cacaos Ferrandière", "jobs", 620, "salariés", "Cacaos Ferrandière emploie 620 salariés", opt=True, note="existing workforce")],
notes="Invented. French cocoa trade press. The amount is told with 'pour un montant de' after the verb 'va construire' (here the company builds and pays for its own plant, so it is the required investment, unlike a contract amount; probes6 r16). 'La convention signée entre X et Y, le 2 septembre à Pasto, engage le département à ...' (required). Sourcing 'en partenariat avec la coopérative X, qui regroupe 2 800 familles productrices et s'est engagée à livrer ... sur dix ans': a required partnership and the families are people_reached (growers signed up). 'Le SENA s'est engagé auprès d'elle à former 400 jeunes' (the pronoun is the company). The head is told as 'dirigée par X, présidente du directoire' in apposition. Mayor and ambassador are roles only; the Proparco loan is optional; the COP equivalent optional.")

A("r23", "fr", "2026-10-20", "https://example.org/tourisme-caraibes/2026/10/20/alcyonee-anamuya-miches",
"""République dominicaine : Alcyonée et le Grupo Turístico Anamuya créent une coentreprise pour un complexe de 240 millions de dollars à Miches

Le groupe hôtelier marseillais Alcyonée et le dominicain Grupo Turístico Anamuya ont annoncé jeudi à Saint-Domingue la création d'une coentreprise, Anamuya Alcyonée Resorts, qui construira et exploitera à Miches, dans la province d'El Seibo, un complexe de 620 chambres et 80 villas sur une ancienne cocoteraie de 95 hectares en bord de mer.

Le projet, chiffré à 240 millions de dollars, sera financé à parts égales par les deux associés, avec un appoint de dette bancaire pour la seconde tranche. L'ouverture de la première phase, de 380 chambres, est prévue pour la saison d'hiver 2028-2029.

« Miches est la dernière grande baie de l'Est dominicain qui n'a pas été bétonnée. Nous voulons prouver qu'on peut y construire sans la défigurer », a déclaré le président-directeur général d'Alcyonée, Frédéric Maurel-Castagné. La présidente du conseil d'administration du Grupo Turístico Anamuya, Milagros Espaillat Santana, a pour sa part rappelé que son groupe exploite déjà trois hôtels à Punta Cana et Bayahíbe.

Les deux groupes ont par ailleurs conclu avec le ministère du Tourisme (Mitur) un protocole d'accord par lequel l'État s'engage à achever la route côtière entre Miches et Sabana de la Mar et à construire une station d'épuration pour la commune. Le ministre du Tourisme, Rafael Marte Cordones, a qualifié le projet de « pièce maîtresse » du développement de la région orientale.

Le complexe emploiera 1 100 personnes à l'ouverture complète, et le chantier mobilisera jusqu'à 2 500 ouvriers. Pour recruter localement, la coentreprise a signé une convention avec l'Institut national de formation technique professionnelle (INFOTEP), qui formera 600 jeunes de la province aux métiers de la cuisine, du service et de l'entretien ; le directeur général de l'INFOTEP, Juan Bautista Florentino Mejía, a indiqué que les premiers cours commenceront en mars à El Seibo.

L'ambassadeur de France en République dominicaine, Sébastien Lagarde-Imbert, assistait à la cérémonie.

Alcyonée exploite 34 hôtels en France, au Maroc et en Grèce. Il s'agit de son premier projet aux Amériques. La République dominicaine a accueilli 11,6 millions de visiteurs en 2025, dont 8,9 millions de touristes arrivés par avion, selon le Mitur.""",
[("Alcyonée", "Organization", ["Alcyonee", "groupe Alcyonée"]),
 ("Grupo Turístico Anamuya", "Organization", ["Grupo Turistico Anamuya", "Anamuya"]),
 ("Anamuya Alcyonée Resorts", "Organization", ["Anamuya Alcyonee Resorts"]),
 ("Ministerio de Turismo", "Organization", ["Mitur", "MITUR", "ministère du Tourisme"]),
 ("Instituto Nacional de Formación Técnico Profesional", "Organization", ["INFOTEP", "Institut national de formation technique professionnelle", "Instituto Nacional de Formacion Tecnico Profesional"]),
 ("Frédéric Maurel-Castagné", "Person", ["Frederic Maurel-Castagne", "Maurel-Castagné"]),
 ("Milagros Espaillat Santana", "Person", ["Milagros Espaillat Santana", "Milagros Espaillat", "Espaillat Santana"]),
 ("Rafael Marte Cordones", "Person", ["Rafael Marte", "Marte Cordones"]),
 ("Juan Bautista Florentino Mejía", "Person", ["Juan Bautista Florentino Mejia", "Juan Bautista Florentino", "Florentino Mejía"]),
 ("Sébastien Lagarde-Imbert", "Person", ["Sebastien Lagarde-Imbert", "Lagarde-Imbert"]),
 ("Miches", "Place", []),
 ("El Seibo", "Place", ["province d'El Seibo"]),
 ("Saint-Domingue", "Place", ["Santo Domingo"]),
 ("Sabana de la Mar", "Place", []),
 ("Punta Cana", "Place", []),
 ("Bayahíbe", "Place", ["Bayahibe"]),
 ("Marseille", "Place", []),
 ("Maroc", "Place", ["Morocco"]),
 ("Grèce", "Place", ["Greece"]),
 DO, FR],
roles=[R("Frédéric Maurel-Castagné", ["président-directeur général", "PDG"], "Alcyonée", "a déclaré le président-directeur général d'Alcyonée, Frédéric Maurel-Castagné"),
       R("Milagros Espaillat Santana", ["présidente du conseil d'administration", "présidente du conseil", "présidente"], "Grupo Turístico Anamuya", "La présidente du conseil d'administration du Grupo Turístico Anamuya, Milagros Espaillat Santana"),
       R("Rafael Marte Cordones", ["ministre du Tourisme", "ministre"], ["Ministerio de Turismo", "Dominican Republic"], "Le ministre du Tourisme, Rafael Marte Cordones"),
       R("Juan Bautista Florentino Mejía", "directeur général", "Instituto Nacional de Formación Técnico Profesional", "le directeur général de l'INFOTEP, Juan Bautista Florentino Mejía"),
       R("Sébastien Lagarde-Imbert", ["ambassadeur", "ambassadeur de France en République dominicaine"], "France", "L'ambassadeur de France en République dominicaine, Sébastien Lagarde-Imbert")],
inv=[I("Alcyonée", ["Miches", "El Seibo", "Dominican Republic"], 240000000, "USD", "première phase pour l'hiver 2028-2029", "complexe hôtelier de 620 chambres et 80 villas", "Le projet, chiffré à 240 millions de dollars, sera financé à parts égales par les deux associés", alts=["Grupo Turístico Anamuya", "Anamuya Alcyonée Resorts"]),
     I("Grupo Turístico Anamuya", ["Miches", "El Seibo", "Dominican Republic"], 240000000, "USD", None, "co-investisseur (parts égales)", "sera financé à parts égales par les deux associés", opt=True, alts=["Alcyonée", "Anamuya Alcyonée Resorts"])],
parts=[P("Alcyonée", "Grupo Turístico Anamuya", "coentreprise Anamuya Alcyonée Resorts", "ont annoncé jeudi à Saint-Domingue la création d'une coentreprise"),
       P("Alcyonée", "Ministerio de Turismo", "protocole d'accord (route côtière, station d'épuration)", "Les deux groupes ont par ailleurs conclu avec le ministère du Tourisme (Mitur) un protocole d'accord", a_alt=["Grupo Turístico Anamuya", "Anamuya Alcyonée Resorts"]),
       P("Anamuya Alcyonée Resorts", "Instituto Nacional de Formación Técnico Profesional", "convention de formation", "la coentreprise a signé une convention avec l'Institut national de formation technique professionnelle (INFOTEP)", a_alt=["Alcyonée", "Grupo Turístico Anamuya"])],
claims=[C("Anamuya Alcyonée Resorts", "jobs", 1100, "emplois à l'ouverture complète", "Le complexe emploiera 1 100 personnes à l'ouverture complète"),
        C("Anamuya Alcyonée Resorts", "jobs", 2500, "ouvriers sur le chantier", "le chantier mobilisera jusqu'à 2 500 ouvriers"),
        C("Instituto Nacional de Formación Técnico Profesional", "trainees", 600, "jeunes formés", "qui formera 600 jeunes de la province"),
        C("Anamuya Alcyonée Resorts", "other", 620, "chambres", "un complexe de 620 chambres et 80 villas", opt=True, note="capacity")],
notes="Invented. Caribbean tourism trade press. The JV is told in the headline and as 'X et Y ont annoncé ... la création d'une coentreprise, Z, qui construira et exploitera ...' (required). The amount is a participle on 'Le projet' ('chiffré à 240 millions de dollars, sera financé à parts égales par les deux associés'): a joint investment, one required row for the lead with the partner and the JV accepted, plus an optional row for the partner (probes3/4). 'Les deux groupes ont ... conclu avec le ministère un protocole d'accord' (either parent or the JV accepted as the partner of the ministry; one required row). The training convention is signed by the JV. The state's road and treatment plant are public works with no amount (no row). The ambassador attended (role only). Tourist arrivals give no fact; rooms optional. The Dominican INFOTEP's French name is an alias.")

A("r24", "fr", "2026-11-24", "https://example.org/le-mauricien-eco/2026/11/24/forges-batiscan-saltillo",
"""Forges Batiscan investira 36 M$ à Saltillo et signe deux ententes de formation

L'entreprise mauricienne Forges Batiscan, qui fabrique des pièces forgées pour les camions lourds, les engins de chantier et la machinerie agricole, ouvrira l'an prochain une usine à Saltillo, dans l'État mexicain de Coahuila. L'investissement, de 36 M$ répartis sur trois ans, permettra de servir de plus près les constructeurs installés dans le nord du Mexique, qui représentent déjà le tiers de ses ventes.

« Nos clients ont déménagé leurs chaînes de montage au Mexique. Soit on les suit, soit on les perd », résume le fondateur et président de Forges Batiscan, Gilles Trudel-Massicotte, qui a annoncé le projet à Sainte-Geneviève-de-Batiscan en présence de la déléguée générale du Québec à Mexico, Valérie Saint-Onge.

L'usine de Derramadero, au sud de Saltillo, comptera 220 employés à terme. Pour les former, Forges Batiscan a conclu deux ententes. La première lie l'entreprise au Cégep de Trois-Rivières, dont les enseignants en métallurgie formeront sur place 90 techniciens mexicains en forge, traitement thermique et contrôle dimensionnel au cours des deux premières années. La seconde, avec l'Universidad Autónoma de Coahuila (UAdeC), prévoit des stages pour les étudiants en génie des matériaux de la faculté de métallurgie de Monclova.

Le Cégep de Trois-Rivières et le Conalep Coahuila ont par ailleurs signé un protocole d'accord pour échanger des enseignants et harmoniser leurs programmes de soudage. Douze enseignants mexicains viendront se perfectionner en Mauricie dès l'hiver. La directrice générale du cégep, Nathalie Desaulniers-Rhéaume, y voit « une façon de garder nos programmes vivants quand les cohortes québécoises diminuent ».

Le gouverneur de Coahuila, Arnoldo Múzquiz Valdés, a souligné dans un message vidéo que son État avait attiré plus de 40 projets manufacturiers depuis 2024. L'entente de stages avait été signée à Saltillo la semaine précédente, au siège de l'UAdeC.

Forges Batiscan, qui emploie 310 personnes en Mauricie, assure que ses activités québécoises ne seront pas touchées. L'usine mexicaine sera dirigée par Mathieu Lévesque-Baril, un ingénieur de 38 ans entré chez Forges Batiscan en 2012.

Investissement Québec et Exportation et développement Canada participent au financement, dont le montage n'a pas été détaillé.""",
[("Forges Batiscan", "Organization", ["Batiscan"]),
 ("Cégep de Trois-Rivières", "Organization", ["Cegep de Trois-Rivieres", "Cégep de Trois-Rivieres"]),
 ("Universidad Autónoma de Coahuila", "Organization", ["UAdeC", "Universidad Autonoma de Coahuila"]),
 ("Colegio de Educación Profesional Técnica del Estado de Coahuila", "Organization", ["Conalep Coahuila"]),
 ("Délégation générale du Québec à Mexico", "Organization", ["Delegation generale du Quebec a Mexico"]),
 ("Gobierno de Coahuila", "Organization", ["Gobierno del Estado de Coahuila"]),
 ("Investissement Québec", "Organization", ["Investissement Quebec", "IQ"]),
 ("Exportation et développement Canada", "Organization", ["EDC", "Exportation et developpement Canada", "Export Development Canada"]),
 ("Gilles Trudel-Massicotte", "Person", ["Trudel-Massicotte"]),
 ("Valérie Saint-Onge", "Person", ["Valerie Saint-Onge", "Saint-Onge"]),
 ("Nathalie Desaulniers-Rhéaume", "Person", ["Nathalie Desaulniers-Rheaume", "Desaulniers-Rhéaume"]),
 ("Arnoldo Múzquiz Valdés", "Person", ["Arnoldo Muzquiz Valdes", "Arnoldo Múzquiz", "Múzquiz Valdés"]),
 ("Mathieu Lévesque-Baril", "Person", ["Mathieu Levesque-Baril", "Lévesque-Baril"]),
 ("Saltillo", "Place", []),
 ("Derramadero", "Place", []),
 ("Coahuila", "Place", []),
 ("Monclova", "Place", []),
 ("Sainte-Geneviève-de-Batiscan", "Place", ["Sainte-Genevieve-de-Batiscan"]),
 ("Mauricie", "Place", []),
 ("Trois-Rivières", "Place", ["Trois-Rivieres"]),
 MX, QC, CA],
roles=[R("Gilles Trudel-Massicotte", ["fondateur et président", "fondateur", "président"], "Forges Batiscan", "le fondateur et président de Forges Batiscan, Gilles Trudel-Massicotte"),
       R("Valérie Saint-Onge", ["déléguée générale du Québec à Mexico", "déléguée générale", "déléguée"], ["Québec", "Délégation générale du Québec à Mexico"], "de la déléguée générale du Québec à Mexico, Valérie Saint-Onge"),
       R("Nathalie Desaulniers-Rhéaume", "directrice générale", "Cégep de Trois-Rivières", "La directrice générale du cégep, Nathalie Desaulniers-Rhéaume"),
       R("Arnoldo Múzquiz Valdés", ["gouverneur", "gouverneur de Coahuila", "gobernador"], ["Coahuila", "Gobierno de Coahuila"], "Le gouverneur de Coahuila, Arnoldo Múzquiz Valdés"),
       R("Mathieu Lévesque-Baril", ["directeur", "directeur de l'usine", "directeur général"], "Forges Batiscan", "L'usine mexicaine sera dirigée par Mathieu Lévesque-Baril"),
       ],
inv=[I("Forges Batiscan", ["Derramadero", "Saltillo", "Coahuila", "Mexico"], 36000000, "CAD", "sur trois ans", "usine de pièces forgées", "L'investissement, de 36 M$ répartis sur trois ans")],
parts=[P("Forges Batiscan", "Cégep de Trois-Rivières", "entente de formation de techniciens", "La première lie l'entreprise au Cégep de Trois-Rivières"),
       P("Forges Batiscan", "Universidad Autónoma de Coahuila", "entente de stages", "La seconde, avec l'Universidad Autónoma de Coahuila (UAdeC), prévoit des stages"),
       P("Cégep de Trois-Rivières", "Colegio de Educación Profesional Técnica del Estado de Coahuila", "protocole d'accord (échange d'enseignants)", "Le Cégep de Trois-Rivières et le Conalep Coahuila ont par ailleurs signé un protocole d'accord"),
       P("Investissement Québec", "Forges Batiscan", "financement", "Investissement Québec et Exportation et développement Canada participent au financement", opt=True),
       P("Exportation et développement Canada", "Forges Batiscan", "financement", "Investissement Québec et Exportation et développement Canada participent au financement", opt=True)],
claims=[C("Forges Batiscan", "jobs", 220, "employés à terme", "comptera 220 employés à terme"),
        C("Cégep de Trois-Rivières", "trainees", 90, "techniciens mexicains", "formeront sur place 90 techniciens mexicains"),
        C("Colegio de Educación Profesional Técnica del Estado de Coahuila", "trainees", 12, "enseignants en perfectionnement", "Douze enseignants mexicains viendront se perfectionner"),
        C("Forges Batiscan", "jobs", 310, "employés en Mauricie", "qui emploie 310 personnes en Mauricie", opt=True, note="existing workforce")],
notes="Invented. Quebec regional paper (Mauricie; 'M$' = CAD, 'entente', 'cégep'). The investment is a noun subject with the amount in apposition ('L'investissement, de 36 M$ répartis sur trois ans, permettra ...'), the company from the previous sentence. 'a conclu deux ententes. La première lie l'entreprise au X ... La seconde, avec Y, prévoit ...' (one row each with the company). A separate protocole d'accord between the cégep and the Conalep (no company: a required pair of its own). 'Douze' written in words (instructors in training are trainees). A Quebec déléguée générale has Québec and the delegation. The future plant head ('sera dirigée par', loose list) is required; his background gives no post. IQ and EDC financing is optional; the governor's project tally gives no fact.")
