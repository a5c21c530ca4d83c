# French articles p25-p36 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])

A("p25", "fr", "2026-02-24", "https://example.org/actualites/valmont-energies-sarmiento-oaxaca-eolien",
"""Valmont Énergies s'associe à Grupo Sarmiento pour un parc éolien dans l'isthme de Tehuantepec

Le producteur français d'électricité renouvelable Valmont Énergies s'associe au conglomérat mexicain Grupo Sarmiento pour construire un parc éolien de 400 mégawatts près de Juchitán de Zaragoza, dans l'État d'Oaxaca, au Mexique.

Le projet représente une enveloppe de 350 millions d'euros, financée à parts égales par les deux partenaires, a précisé le PDG de Valmont Énergies, Arnaud Lefèvre-Duclos, lors d'une conférence de presse à Paris. La mise en service est prévue pour 2028.

« Le Mexique a besoin d'énergie propre pour accompagner la relocalisation industrielle », a déclaré M. Lefèvre-Duclos. Selon lui, le chantier mobilisera 1 200 emplois et le parc alimentera l'équivalent de 600 000 foyers.

Le directeur général de Grupo Sarmiento, Emilio Sarmiento Ortega, a pour sa part souligné que l'accord prévoit une consultation préalable des communautés zapotèques de la région. La Commission fédérale de l'électricité (CFE) n'est pas partie au projet, mais achètera une partie de la production, selon la secrétaire à l'Énergie, Lucía Moreno Cantú.

Valmont Énergies a réalisé en 2025 un chiffre d'affaires de 2,1 milliards d'euros. L'entreprise exploite déjà des parcs solaires au Chili et au Brésil.

Un analyste du cabinet parisien Orbe Conseil, Thomas Guérin, juge le calendrier « ambitieux » compte tenu des délais de raccordement au réseau.""",
[("Valmont Énergies", "Organization", ["Valmont", "Valmont Energies"]),
 ("Grupo Sarmiento", "Organization", ["Sarmiento"]),
 ("Arnaud Lefèvre-Duclos", "Person", ["Lefèvre-Duclos", "M. Lefèvre-Duclos"]),
 ("Emilio Sarmiento Ortega", "Person", ["Emilio Sarmiento", "Sarmiento Ortega"]),
 ("Comisión Federal de Electricidad", "Organization", ["CFE", "Commission fédérale de l'électricité"]),
 ("Lucía Moreno Cantú", "Person", ["Lucía Moreno", "Moreno Cantú"]),
 ("Secretaría de Energía", "Organization", ["Sener", "SENER", "secrétariat à l'Énergie"]),
 ("Orbe Conseil", "Organization", []),
 ("Thomas Guérin", "Person", ["Guérin"]),
 ("Juchitán de Zaragoza", "Place", ["Juchitán", "Juchitan"]),
 ("Oaxaca", "Place", ["État d'Oaxaca"]),
 MX,
 ("Paris", "Place", [])],
roles=[R("Arnaud Lefèvre-Duclos", "PDG", "Valmont Énergies", "le PDG de Valmont Énergies, Arnaud Lefèvre-Duclos"),
       R("Emilio Sarmiento Ortega", "directeur général", "Grupo Sarmiento", "Le directeur général de Grupo Sarmiento, Emilio Sarmiento Ortega"),
       R("Lucía Moreno Cantú", "secrétaire à l'Énergie", ["Secretaría de Energía", "Mexico"], "la secrétaire à l'Énergie, Lucía Moreno Cantú"),
       R("Thomas Guérin", "analyste", "Orbe Conseil", "Un analyste du cabinet parisien Orbe Conseil, Thomas Guérin", opt=True)],
inv=[I("Valmont Énergies", ["Juchitán de Zaragoza", "Oaxaca", "Mexico"], 350000000, "EUR", "mise en service 2028", "parc éolien de 400 MW (coentreprise)", "une enveloppe de 350 millions d'euros", alts=["Grupo Sarmiento"]),
     I("Grupo Sarmiento", ["Juchitán de Zaragoza", "Oaxaca", "Mexico"], 350000000, "EUR", "mise en service 2028", "même investissement (co-investisseur)", "une enveloppe de 350 millions d'euros", opt=True, alts=["Valmont Énergies"])],
parts=[P("Valmont Énergies", "Grupo Sarmiento", "parc éolien de Juchitán", "s'associe au conglomérat mexicain Grupo Sarmiento"),
       P("Valmont Énergies", "Comisión Federal de Electricidad", "achat d'électricité", "achètera une partie de la production", opt=True, a_alt=["Grupo Sarmiento"])],
claims=[C("Valmont Énergies", "jobs", 1200, "jobs", "le chantier mobilisera 1 200 emplois"),
        C("Valmont Énergies", "people_reached", 600000, "households", "l'équivalent de 600 000 foyers", opt=True, note="consumption equivalence, not actual customers"),
        C("Valmont Énergies", "other", 400, "MW", "un parc éolien de 400 mégawatts", opt=True)],
notes="Invented. 'une enveloppe de 350 millions d'euros, financée à parts égales': joint investment, one required row with the partner as alternative; the 175 million halves are not annotated. The CFE is explicitly 'not party' but a future buyer: optional partnership. Revenue is not an investment. French thousands with a plain space ('1 200', '600 000').")

A("p26", "fr", "2026-03-31", "https://example.org/actualites/fonds-laurier-perou-autoroutes",
"""Le Fonds Laurier injectera 700 millions de dollars américains dans des autoroutes au Pérou

Le Fonds Laurier d'infrastructures, un investisseur institutionnel québécois, injectera 700 millions de dollars américains dans un consortium qui exploitera deux autoroutes à péage dans le sud du Pérou, entre Arequipa et Puno, a-t-il annoncé mardi à Montréal.

Le consortium sera formé avec l'entreprise péruvienne Constructora Inti Raymi, qui détiendra 40 % des parts. Le contrat de concession, d'une durée de 25 ans, a été signé avec le ministère des Transports et des Communications du Pérou.

C'est la première opération d'envergure de la nouvelle présidente et cheffe de la direction du fonds, Geneviève Lapointe-Roy, qui a succédé en janvier à Marc-André Dubuc. Le vice-président principal, Amériques, Olivier Castonguay, dirigera l'équipe à Lima.

Par ailleurs, le fonds a annoncé que Karine Bélanger assumera la direction de son bureau de São Paulo à compter du 1er mai.

Selon la ministre péruvienne des Transports, Rosa María Palomino, les travaux d'élargissement créeront environ 3 000 emplois.

L'actif net du Fonds Laurier s'élevait à 94 milliards de dollars canadiens au 31 décembre. Le fonds avait déjà investi 250 millions de dollars américains dans un port chilien en 2021.""",
[("Fonds Laurier d'infrastructures", "Organization", ["Fonds Laurier", "Laurier"]),
 ("Constructora Inti Raymi", "Organization", ["Inti Raymi"]),
 ("Ministerio de Transportes y Comunicaciones del Perú", "Organization", ["Ministerio de Transportes y Comunicaciones", "ministère des Transports et des Communications du Pérou", "ministère des Transports et des Communications", "MTC"]),
 ("Geneviève Lapointe-Roy", "Person", ["Lapointe-Roy"]),
 ("Marc-André Dubuc", "Person", ["Dubuc"]),
 ("Olivier Castonguay", "Person", ["Castonguay"]),
 ("Karine Bélanger", "Person", ["Bélanger"]),
 ("Rosa María Palomino", "Person", ["Palomino"]),
 ("Arequipa", "Place", []),
 ("Puno", "Place", []),
 ("Peru", "Place", ["Perú", "Pérou"]),
 ("Montréal", "Place", ["Montreal"]),
 ("Lima", "Place", []),
 ("São Paulo", "Place", ["Sao Paulo", "São Paulo state"]),
 ("Chile", "Place", ["Chili"])],
roles=[R("Geneviève Lapointe-Roy", ["présidente et cheffe de la direction", "présidente", "cheffe de la direction"], "Fonds Laurier d'infrastructures", "la nouvelle présidente et cheffe de la direction du fonds"),
       R("Marc-André Dubuc", ["président et chef de la direction", "président"], "Fonds Laurier d'infrastructures", "qui a succédé en janvier à Marc-André Dubuc", opt=True),
       R("Olivier Castonguay", "vice-président principal, Amériques", "Fonds Laurier d'infrastructures", "Le vice-président principal, Amériques, Olivier Castonguay"),
       R("Karine Bélanger", ["directrice du bureau de São Paulo", "directrice"], "Fonds Laurier d'infrastructures", "Karine Bélanger assumera la direction de son bureau de São Paulo"),
       R("Rosa María Palomino", "ministre des Transports", ["Ministerio de Transportes y Comunicaciones del Perú", "Peru"], "la ministre péruvienne des Transports, Rosa María Palomino")],
inv=[I("Fonds Laurier d'infrastructures", "Peru", 700000000, "USD", "concession de 25 ans", "consortium de deux autoroutes à péage (Arequipa–Puno)", "injectera 700 millions de dollars américains dans un consortium"),
     I("Fonds Laurier d'infrastructures", "Chile", 250000000, "USD", "2021", "port chilien (antécédent)", "avait déjà investi 250 millions de dollars américains", opt=True)],
parts=[P("Fonds Laurier d'infrastructures", "Constructora Inti Raymi", "consortium autoroutier", "Le consortium sera formé avec l'entreprise péruvienne Constructora Inti Raymi"),
       P("Fonds Laurier d'infrastructures", "Ministerio de Transportes y Comunicaciones del Perú", "contrat de concession", "Le contrat de concession, d'une durée de 25 ans", opt=True, a_alt=["Constructora Inti Raymi"], b_alt=["Peru"])],
claims=[C("Fonds Laurier d'infrastructures", "jobs", 3000, "jobs", "créeront environ 3 000 emplois"),
        C("Fonds Laurier d'infrastructures", "other", 94000000000, "CAD", "94 milliards de dollars canadiens", opt=True, note="net assets")],
notes="Invented. Place: the highways run between Arequipa and Puno (two regions), so the country is the place. 'présidente et cheffe de la direction' compound title; the predecessor is a past post (optional). 'X assumera la direction de son bureau de São Paulo': a future appointment, the title is 'directrice' (of the office). The concession with the ministry is optional (concession, not cooperation). Net assets and the 2021 Chilean port are not current investments.")

A("p27", "fr", "2026-05-19", "https://example.org/actualites/orsalis-pharma-anapolis-bresil",
"""Orsalis Pharma lance un projet de 120 millions d'euros au Brésil

Le laboratoire pharmaceutique lyonnais Orsalis Pharma va construire une usine de médicaments génériques injectables à Anápolis, dans l'État de Goiás, au Brésil. Il s'agit d'un projet de 120 millions d'euros, soit environ 650 millions de reais, qui doit entrer en production en 2028.

L'annonce a été faite à Brasília par le directeur général Amérique latine d'Orsalis, Laurent Bessière, en présence du gouverneur de Goiás, Ronaldo Teixeira Lima, et de l'ambassadeur de France au Brésil, Jean-Baptiste Morin.

Selon M. Bessière, le site emploiera 400 personnes et fournira en priorité le système de santé public brésilien (SUS). L'usine sera construite en partenariat avec la Fondation Oswaldo Cruz (Fiocruz), qui assurera le transfert de technologie vers des laboratoires publics.

Le gouverneur a rappelé que le pôle pharmaceutique d'Anápolis représente environ 10 % du PIB de l'État.

Orsalis a été conseillé dans l'opération par la banque d'affaires Delacour & Associés. Son chiffre d'affaires mondial a atteint 3,4 milliards d'euros l'an dernier.

Le groupe envisage par ailleurs un centre de recherche à Campinas, mais aucune décision n'a encore été prise, a indiqué sa directrice financière, Hélène Marquet.""",
[("Orsalis Pharma", "Organization", ["Orsalis"]),
 ("Laurent Bessière", "Person", ["Bessière", "M. Bessière"]),
 ("Ronaldo Teixeira Lima", "Person", ["Ronaldo Teixeira", "Teixeira Lima"]),
 ("Jean-Baptiste Morin", "Person", ["Morin"]),
 ("France", "Place", ["Francia"]),
 ("Fundação Oswaldo Cruz", "Organization", ["Fondation Oswaldo Cruz", "Fiocruz"]),
 ("Delacour & Associés", "Organization", ["Delacour"]),
 ("Hélène Marquet", "Person", ["Marquet"]),
 ("Anápolis", "Place", ["Anapolis"]),
 ("Goiás", "Place", ["Goias", "État de Goiás"]),
 ("Brazil", "Place", ["Brasil", "Brésil"]),
 ("Brasília", "Place", ["Brasilia"]),
 ("Campinas", "Place", [])],
roles=[R("Laurent Bessière", "directeur général Amérique latine", "Orsalis Pharma", "le directeur général Amérique latine d'Orsalis, Laurent Bessière"),
       R("Ronaldo Teixeira Lima", "gouverneur", "Goiás", "du gouverneur de Goiás, Ronaldo Teixeira Lima"),
       R("Jean-Baptiste Morin", "ambassadeur de France au Brésil", "France", "l'ambassadeur de France au Brésil, Jean-Baptiste Morin"),
       R("Hélène Marquet", "directrice financière", "Orsalis Pharma", "a indiqué sa directrice financière, Hélène Marquet")],
inv=[I("Orsalis Pharma", ["Anápolis", "Goiás", "Brazil"], 120000000, "EUR", "production en 2028", "usine de génériques injectables", "un projet de 120 millions d'euros"),
     I("Orsalis Pharma", ["Anápolis", "Goiás", "Brazil"], 650000000, "BRL", "production en 2028", "équivalent en reais", "environ 650 millions de reais", opt=True)],
parts=[P("Orsalis Pharma", "Fundação Oswaldo Cruz", "transfert de technologie", "en partenariat avec la Fondation Oswaldo Cruz")],
claims=[C("Orsalis Pharma", "jobs", 400, "jobs", "le site emploiera 400 personnes"),
        C("Goiás", "gdp_contribution", 10, "percent", "environ 10 % du PIB de l'État", opt=True, note="share of the existing pharma cluster in state GDP, not the project's")],
notes="Invented. EUR first-stated and required, BRL equivalent optional. Delacour & Associés is only an adviser (no partnership). The Campinas research centre is undecided (no fact). The ambassador's org is France. Revenue is not an investment.")

A("p28", "fr", "2026-06-16", "https://example.org/actualites/rochebrune-accord-cadre-colombie",
"""Un accord-cadre entre l'Institut polytechnique de Rochebrune et une université de Barranquilla

L'Institut polytechnique de Rochebrune et l'Universidad Tecnológica del Caribe Colombiano ont signé un accord-cadre de coopération scientifique et pédagogique à Barranquilla, en Colombie, en présence de l'ambassadrice de France en Colombie, Catherine Vautrin-Lamy.

L'accord prévoit la création de doubles diplômes en génie électrique et en énergies renouvelables, ainsi que l'échange de 60 enseignants-chercheurs sur quatre ans. Le programme « Caribe Energía 2030 », porté par les deux établissements avec le soutien de l'Agence française de développement, ambitionne de former 5 000 jeunes de la côte caraïbe aux métiers de la transition énergétique d'ici 2030.

Le directeur de l'Institut polytechnique de Rochebrune, Pierre-Yves Garnier, a annoncé que 200 bourses de mobilité seraient attribuées aux étudiants colombiens.

La rectrice de l'université colombienne, Marta Lucía Barrios De la Hoz, a rappelé que son établissement compte 18 000 étudiants et qu'il coopère déjà avec deux universités espagnoles.

Le maire de Barranquilla, Jaime Pumarejo Char, a salué l'initiative. Le ministère colombien de l'Éducation nationale n'a pas participé à la signature.

Un premier groupe de 40 étudiants partira en France en septembre.""",
[("Institut polytechnique de Rochebrune", "Organization", ["Rochebrune"]),
 ("Universidad Tecnológica del Caribe Colombiano", "Organization", ["Universidad Tecnologica del Caribe Colombiano"]),
 ("Caribe Energía 2030", "Program", ["Caribe Energia 2030"]),
 ("Agence française de développement", "Organization", ["AFD", "Agence francaise de developpement"]),
 ("Catherine Vautrin-Lamy", "Person", ["Vautrin-Lamy"]),
 ("Pierre-Yves Garnier", "Person", ["Garnier"]),
 ("Marta Lucía Barrios De la Hoz", "Person", ["Marta Lucía Barrios", "Barrios De la Hoz"]),
 ("Jaime Pumarejo Char", "Person", ["Jaime Pumarejo", "Pumarejo Char"]),
 ("Alcaldía de Barranquilla", "Organization", []),
 ("France", "Place", ["Francia"]),
 ("Barranquilla", "Place", []),
 ("Colombia", "Place", ["Colombie"])],
roles=[R("Catherine Vautrin-Lamy", "ambassadrice de France en Colombie", "France", "l'ambassadrice de France en Colombie, Catherine Vautrin-Lamy"),
       R("Pierre-Yves Garnier", "directeur", "Institut polytechnique de Rochebrune", "Le directeur de l'Institut polytechnique de Rochebrune, Pierre-Yves Garnier"),
       R("Marta Lucía Barrios De la Hoz", "rectrice", "Universidad Tecnológica del Caribe Colombiano", "La rectrice de l'université colombienne, Marta Lucía Barrios De la Hoz"),
       R("Jaime Pumarejo Char", "maire", ["Barranquilla", "Alcaldía de Barranquilla"], "Le maire de Barranquilla, Jaime Pumarejo Char")],
inv=[],
parts=[P("Institut polytechnique de Rochebrune", "Universidad Tecnológica del Caribe Colombiano", "accord-cadre; Caribe Energía 2030", "ont signé un accord-cadre de coopération"),
       P("Agence française de développement", "Institut polytechnique de Rochebrune", "Caribe Energía 2030", "avec le soutien de l'Agence française de développement", opt=True, b_alt=["Universidad Tecnológica del Caribe Colombiano"])],
claims=[C("Caribe Energía 2030", "trainees", 5000, "young people", "former 5 000 jeunes"),
        C("Institut polytechnique de Rochebrune", "trainees", 200, "scholarships", "200 bourses de mobilité"),
        C("Institut polytechnique de Rochebrune", "other", 60, "teacher-researchers", "l'échange de 60 enseignants-chercheurs", opt=True),
        C("Universidad Tecnológica del Caribe Colombiano", "other", 18000, "students", "compte 18 000 étudiants", opt=True, note="enrolment, background")],
notes="Invented. University agreement, no investment. AFD 'soutien' is an optional partnership. The ministry explicitly did not take part (no fact). The unnamed Spanish universities give no fact. 40 students leaving is not annotated (a subset of the exchange).")

A("p29", "fr", "2026-07-01", "https://example.org/actualites/aqualis-dessalement-coquimbo",
"""Aqualis Environnement construira une usine de dessalement à Coquimbo

Le groupe français Aqualis Environnement a remporté le contrat de construction et d'exploitation d'une usine de dessalement d'eau de mer dans la région de Coquimbo, au Chili, pour un investissement de 280 millions de dollars, a annoncé l'entreprise vendredi.

L'usine, qui sera implantée à La Serena, produira 1 200 litres par seconde et approvisionnera en eau potable quelque 500 000 habitants de la conurbation La Serena-Coquimbo, durement touchée par la sécheresse.

Le contrat a été signé avec la compagnie sanitaire régionale Aguas del Elqui, dont le directeur général, Cristián Bórquez Salinas, a salué « une réponse structurelle à la crise hydrique ». Aqualis assurera l'exploitation de l'usine pendant vingt ans.

« C'est notre plus grand contrat en Amérique du Sud », s'est félicitée la directrice de la zone Amériques d'Aqualis, Sandrine Poulain. Le chantier devrait employer 800 personnes au plus fort des travaux.

Le ministre chilien des Travaux publics, Rodrigo Ebensperger Vidal, a indiqué que l'État financerait une partie des conduites de raccordement.

Aqualis, qui compte parmi ses clients la minière Tarvelia Mining au Pérou, a réalisé un chiffre d'affaires de 5,8 milliards d'euros en 2025.""",
[("Aqualis Environnement", "Organization", ["Aqualis"]),
 ("Aguas del Elqui", "Organization", []),
 ("Cristián Bórquez Salinas", "Person", ["Cristián Bórquez", "Bórquez Salinas"]),
 ("Sandrine Poulain", "Person", ["Poulain"]),
 ("Rodrigo Ebensperger Vidal", "Person", ["Rodrigo Ebensperger", "Ebensperger Vidal"]),
 ("Ministerio de Obras Públicas de Chile", "Organization", ["Ministerio de Obras Públicas", "MOP", "ministère des Travaux publics"]),
 ("Tarvelia Mining", "Organization", ["Tarvelia"]),
 ("La Serena", "Place", []),
 ("Coquimbo", "Place", ["région de Coquimbo", "Región de Coquimbo", "Coquimbo Region"]),
 ("Chile", "Place", ["Chili"]),
 ("Peru", "Place", ["Perú", "Pérou"])],
roles=[R("Cristián Bórquez Salinas", "directeur général", "Aguas del Elqui", "dont le directeur général, Cristián Bórquez Salinas"),
       R("Sandrine Poulain", "directrice de la zone Amériques", "Aqualis Environnement", "la directrice de la zone Amériques d'Aqualis, Sandrine Poulain"),
       R("Rodrigo Ebensperger Vidal", "ministre des Travaux publics", ["Ministerio de Obras Públicas de Chile", "Chile"], "Le ministre chilien des Travaux publics, Rodrigo Ebensperger Vidal")],
inv=[I("Aqualis Environnement", ["La Serena", "Coquimbo", "Chile"], 280000000, "USD", None, "usine de dessalement", "pour un investissement de 280 millions de dollars")],
parts=[P("Aqualis Environnement", "Aguas del Elqui", "construction et exploitation de l'usine de dessalement", "Le contrat a été signé avec la compagnie sanitaire régionale Aguas del Elqui")],
claims=[C("Aqualis Environnement", "people_reached", 500000, "inhabitants", "quelque 500 000 habitants"),
        C("Aqualis Environnement", "jobs", 800, "people", "employer 800 personnes au plus fort des travaux"),
        C("Aqualis Environnement", "other", 1200, "litres per second", "produira 1 200 litres par seconde", opt=True)],
notes="Invented. Tarvelia Mining (also in p03) is named only as a client: no partnership. A build-and-operate contract with the regional water company is a partnership (required). The state's share of pipes has no amount. 'dont le directeur général' (relative clause). Revenue is not an investment.")

A("p30", "fr", "2026-08-04", "https://example.org/actualites/ferrand-agro-cordoba-argentine",
"""Argentine : Ferrand Agro investit 12,5 milliards de pesos à Córdoba

Le groupe coopératif français Ferrand Agro va investir 12,5 milliards de pesos, soit environ 11 millions d'euros, dans une usine de semences et de biofertilisants à Río Cuarto, dans la province de Córdoba, en Argentine.

Le projet a été présenté à Buenos Aires par le président du directoire de Ferrand Agro, Bertrand Aubry, et par le ministre de la Bioéconomie de la province de Córdoba, Sergio Busso Vélez. L'usine devrait employer 150 salariés et ouvrir ses portes fin 2027.

Ferrand Agro conduira le projet en coentreprise avec la coopérative argentine Agricultores Unidos del Sur, qui apportera le terrain et le réseau de distribution. La coopérative argentine, présidée par Raúl Giordano, regroupe 3 200 producteurs.

Le groupe prévoit également de former 1 000 agriculteurs aux pratiques de l'agriculture régénératrice d'ici 2029, en partenariat avec l'Institut national de technologie agricole (INTA).

Avec une inflation qui reste élevée, l'investissement a été converti en pesos au taux officiel du jour, a précisé le directeur financier adjoint, Nicolas Perrin.

L'Argentine est le troisième exportateur mondial de maïs. Le marché local des biointrants est estimé à 400 millions de dollars par an, selon la Bourse de céréales de Rosario.""",
[("Ferrand Agro", "Organization", ["Ferrand"]),
 ("Bertrand Aubry", "Person", ["Aubry"]),
 ("Sergio Busso Vélez", "Person", ["Sergio Busso", "Busso Vélez"]),
 ("Ministerio de Bioeconomía de Córdoba", "Organization", ["Ministerio de Bioeconomía", "ministère de la Bioéconomie"]),
 ("Agricultores Unidos del Sur", "Organization", []),
 ("Raúl Giordano", "Person", ["Giordano"]),
 ("Instituto Nacional de Tecnología Agropecuaria", "Organization", ["INTA", "Institut national de technologie agricole"]),
 ("Nicolas Perrin", "Person", ["Perrin"]),
 ("Bolsa de Cereales de Rosario", "Organization", ["Bourse de céréales de Rosario"]),
 ("Río Cuarto", "Place", ["Rio Cuarto"]),
 ("Córdoba", "Place", ["Cordoba", "province de Córdoba", "provincia de Córdoba", "Córdoba Province"]),
 ("Argentina", "Place", ["Argentine"]),
 ("Buenos Aires", "Place", [])],
roles=[R("Bertrand Aubry", ["président du directoire", "président"], "Ferrand Agro", "le président du directoire de Ferrand Agro, Bertrand Aubry"),
       R("Sergio Busso Vélez", "ministre de la Bioéconomie", ["Ministerio de Bioeconomía de Córdoba", "Córdoba"], "le ministre de la Bioéconomie de la province de Córdoba, Sergio Busso Vélez"),
       R("Raúl Giordano", "président", "Agricultores Unidos del Sur", "présidée par Raúl Giordano"),
       R("Nicolas Perrin", "directeur financier adjoint", "Ferrand Agro", "le directeur financier adjoint, Nicolas Perrin")],
inv=[I("Ferrand Agro", ["Río Cuarto", "Córdoba", "Argentina"], 12500000000, "ARS", "ouverture fin 2027", "usine de semences et biofertilisants", "va investir 12,5 milliards de pesos"),
     I("Ferrand Agro", ["Río Cuarto", "Córdoba", "Argentina"], 11000000, "EUR", "ouverture fin 2027", "équivalent en euros", "soit environ 11 millions d'euros", opt=True)],
parts=[P("Ferrand Agro", "Agricultores Unidos del Sur", "coentreprise semences", "en coentreprise avec la coopérative argentine Agricultores Unidos del Sur"),
       P("Ferrand Agro", "Instituto Nacional de Tecnología Agropecuaria", "formation en agriculture régénératrice", "en partenariat avec l'Institut national de technologie agricole")],
claims=[C("Ferrand Agro", "jobs", 150, "jobs", "employer 150 salariés"),
        C("Ferrand Agro", "trainees", 1000, "farmers", "former 1 000 agriculteurs"),
        C("Agricultores Unidos del Sur", "other", 3200, "producers", "regroupe 3 200 producteurs", opt=True, note="cooperative membership")],
notes="Invented. '12,5 milliards de pesos' = 12.5e9 ARS (French decimal comma); EUR equivalent optional. The Argentine partner contributes land, no amount. 'directeur financier adjoint' is a deputy post; his org is read from context (Ferrand Agro). Market size is not an investment. 'présidée par' is a passive role.")

A("p31", "fr", "2026-09-22", "https://example.org/actualites/saverne-automotive-saltillo",
"""Saverne Automotive investira 95 millions de dollars d'ici 2027 à Saltillo

L'équipementier automobile alsacien Saverne Automotive investira 95 millions de dollars d'ici 2027 pour agrandir son usine de sièges de Saltillo, dans l'État de Coahuila, au nord du Mexique, a indiqué le groupe dans un communiqué.

L'extension permettra de créer 850 emplois directs et de fournir les constructeurs installés dans la région, notamment pour leurs modèles électriques. Le groupe compte aujourd'hui 2 300 salariés au Mexique.

La cérémonie s'est déroulée en présence du secrétaire au Développement économique de Coahuila, Luis Olivares Martínez, et du directeur général de Saverne Automotive Mexique, Frédéric Hauser.

Ce dernier a précisé qu'un centre de formation serait ouvert dans l'usine en collaboration avec l'Universidad Tecnológica de Coahuila, afin d'accueillir 200 apprentis chaque année.

Le groupe consacrera en outre 20 millions de dollars à un entrepôt logistique à Ramos Arizpe, à quelques kilomètres de Saltillo. Saverne Automotive avait déjà ouvert en 2019 une usine à Puebla, pour un montant de 60 millions de dollars.

Les droits de douane annoncés par Washington inquiètent toutefois le secteur. « Nous restons confiants », a déclaré le directeur général délégué du groupe, Christophe Munsch, interrogé depuis Strasbourg. Selon l'Institut national de statistique mexicain, l'industrie automobile pèse environ 3,6 % du PIB du pays.""",
[("Saverne Automotive", "Organization", ["Saverne", "Saverne Automotive Mexique"]),
 ("Luis Olivares Martínez", "Person", ["Luis Olivares", "Olivares Martínez"]),
 ("Secretaría de Economía de Coahuila", "Organization", ["secrétaire au Développement économique de Coahuila", "Secretaría de Desarrollo Económico de Coahuila"]),
 ("Frédéric Hauser", "Person", ["Hauser"]),
 ("Universidad Tecnológica de Coahuila", "Organization", []),
 ("Christophe Munsch", "Person", ["Munsch"]),
 ("Instituto Nacional de Estadística y Geografía", "Organization", ["INEGI", "Institut national de statistique mexicain"]),
 ("Saltillo", "Place", []),
 ("Ramos Arizpe", "Place", []),
 ("Coahuila", "Place", ["État de Coahuila"]),
 MX,
 ("Puebla", "Place", []),
 ("Strasbourg", "Place", [])],
roles=[R("Luis Olivares Martínez", "secrétaire au Développement économique", ["Secretaría de Economía de Coahuila", "Coahuila"], "du secrétaire au Développement économique de Coahuila, Luis Olivares Martínez"),
       R("Frédéric Hauser", "directeur général", "Saverne Automotive", "du directeur général de Saverne Automotive Mexique, Frédéric Hauser"),
       R("Christophe Munsch", "directeur général délégué", "Saverne Automotive", "le directeur général délégué du groupe, Christophe Munsch")],
inv=[I("Saverne Automotive", ["Saltillo", "Coahuila", "Mexico"], 95000000, "USD", "d'ici 2027", "agrandissement de l'usine de sièges", "investira 95 millions de dollars d'ici 2027 pour agrandir"),
     I("Saverne Automotive", ["Ramos Arizpe", "Coahuila", "Mexico"], 20000000, "USD", None, "entrepôt logistique", "consacrera en outre 20 millions de dollars"),
     I("Saverne Automotive", ["Puebla", "Mexico"], 60000000, "USD", "2019", "usine de Puebla (antécédent)", "pour un montant de 60 millions de dollars", opt=True)],
parts=[P("Saverne Automotive", "Universidad Tecnológica de Coahuila", "centre de formation", "en collaboration avec l'Universidad Tecnológica de Coahuila")],
claims=[C("Saverne Automotive", "jobs", 850, "jobs", "créer 850 emplois directs"),
        C("Universidad Tecnológica de Coahuila", "trainees", 200, "apprentices per year", "accueillir 200 apprentis chaque année"),
        C("Saverne Automotive", "jobs", 2300, "employees", "compte aujourd'hui 2 300 salariés", opt=True, note="existing workforce"),
        C("Mexico", "gdp_contribution", 3.6, "percent", "environ 3,6 % du PIB du pays", opt=True, note="sector share")],
notes="Invented. The 20 millions de dollars warehouse in Ramos Arizpe is a second required investment ('consacrera en outre'). 'Ce dernier a précisé' (coreference) carries the partnership. 'directeur général délégué' (French deputy CEO) is not marked by the scorer's vice/deputy words; kept as given. The Mexico subsidiary 'Saverne Automotive Mexique' is an alias of the group. The 2019 Puebla plant is background (optional). The auto industry GDP share is a sector statistic (optional).")

A("p32", "fr", "2026-10-20", "https://example.org/actualites/caraibes-telecom-saint-domingue",
"""Caraïbes Télécom Services investit 45 millions de dollars en République dominicaine

L'opérateur martiniquais Caraïbes Télécom Services a annoncé un investissement de 45 millions de dollars pour déployer un réseau de fibre optique dans les quartiers populaires de Saint-Domingue et de Santiago de los Caballeros, en République dominicaine.

Le projet s'inscrit dans le programme « Conecta Barrio », lancé conjointement par l'opérateur et l'Institut dominicain des télécommunications (Indotel), qui prévoit de raccorder 300 000 habitants d'ici 2028.

Le président du conseil d'administration d'Indotel, Guido Gómez Mazara, a signé la convention avec la directrice générale de Caraïbes Télécom Services, Josiane Célestine-Marie, lors d'une cérémonie au Palais national. Le président de la République, Luis Abinader, n'était pas présent.

De son côté, Indotel apportera 10 millions de dollars au programme par l'intermédiaire de son fonds de développement des télécommunications. L'opérateur embauchera 180 techniciens locaux. Il s'appuiera sur son sous-traitant habituel, la société Fibrelec, pour les travaux de génie civil.

Fondée à Fort-de-France en 1998, Caraïbes Télécom Services est présente en Guadeloupe, en Guyane et à Haïti. Elle a récemment nommé Yannick Larcher au poste de directeur des opérations pour la République dominicaine.

Selon la Banque centrale dominicaine, les télécommunications représentent 1,4 % du PIB du pays.""",
[("Caraïbes Télécom Services", "Organization", ["Caraïbes Télécom", "Caraibes Telecom Services"]),
 ("Conecta Barrio", "Program", []),
 ("Instituto Dominicano de las Telecomunicaciones", "Organization", ["Indotel", "INDOTEL", "Institut dominicain des télécommunications"]),
 ("Guido Gómez Mazara", "Person", ["Guido Gómez", "Gómez Mazara"]),
 ("Josiane Célestine-Marie", "Person", ["Célestine-Marie"]),
 ("Luis Abinader", "Person", ["Abinader"]),
 ("Fibrelec", "Organization", []),
 ("Yannick Larcher", "Person", ["Larcher"]),
 ("Banco Central de la República Dominicana", "Organization", ["Banque centrale dominicaine"]),
 ("Santo Domingo", "Place", ["Saint-Domingue"]),
 ("Santiago de los Caballeros", "Place", []),
 ("Dominican Republic", "Place", ["République dominicaine", "República Dominicana"]),
 ("Fort-de-France", "Place", [])],
roles=[R("Guido Gómez Mazara", "président du conseil d'administration", "Instituto Dominicano de las Telecomunicaciones", "Le président du conseil d'administration d'Indotel, Guido Gómez Mazara"),
       R("Josiane Célestine-Marie", "directrice générale", "Caraïbes Télécom Services", "la directrice générale de Caraïbes Télécom Services, Josiane Célestine-Marie"),
       R("Luis Abinader", "président de la République", "Dominican Republic", "Le président de la République, Luis Abinader", opt=True),
       R("Yannick Larcher", "directeur des opérations pour la République dominicaine", "Caraïbes Télécom Services", "nommé Yannick Larcher au poste de directeur des opérations")],
inv=[I("Caraïbes Télécom Services", ["Santo Domingo", "Santiago de los Caballeros", "Dominican Republic"], 45000000, "USD", "d'ici 2028", "réseau de fibre optique (Conecta Barrio)", "a annoncé un investissement de 45 millions de dollars"),
     I("Instituto Dominicano de las Telecomunicaciones", "Dominican Republic", 10000000, "USD", "d'ici 2028", "apport public au programme Conecta Barrio", "Indotel apportera 10 millions de dollars au programme")],
parts=[P("Caraïbes Télécom Services", "Instituto Dominicano de las Telecomunicaciones", "Conecta Barrio", "lancé conjointement par l'opérateur et l'Institut dominicain des télécommunications"),
       P("Caraïbes Télécom Services", "Fibrelec", "sous-traitance génie civil", "son sous-traitant habituel, la société Fibrelec", opt=True)],
claims=[C("Conecta Barrio", "people_reached", 300000, "inhabitants", "raccorder 300 000 habitants d'ici 2028"),
        C("Caraïbes Télécom Services", "jobs", 180, "technicians", "embauchera 180 techniciens locaux"),
        C("Dominican Republic", "gdp_contribution", 1.4, "percent", "1,4 % du PIB du pays", opt=True, note="sector share")],
notes="Invented. Indotel's public contribution of 10 millions de dollars to the programme is recorded as an investment by Indotel in the country (judgment call). Two cities in one country: either city or the country is accepted as place. 'lancé conjointement par l'opérateur et ...' (the operator by coreference). The president is present only as a title (and explicitly absent): optional role. Fibrelec is a subcontractor (optional). Luis Abinader is the real president of the Dominican Republic; everyone else is invented.")

A("p33", "fr", "2026-11-17", "https://example.org/actualites/nordique-data-canelones-uruguay",
"""Nordique Data construira un centre de données de 200 millions de dollars américains en Uruguay

La société québécoise Nordique Data construira un centre de données alimenté à 100 % par des énergies renouvelables dans le département de Canelones, en Uruguay, pour un coût de 200 millions de dollars américains, a annoncé mardi son président-directeur général, Mathieu Gagnon-Pelletier.

Le campus, situé dans le parc technologique de Pando, entrera en service en 2028 et créera 120 emplois permanents, ainsi que 600 emplois pendant la construction.

Le ministre uruguayen de l'Industrie, de l'Énergie et des Mines, Gonzalo Irureta Sosa, a salué « un vote de confiance dans la stabilité du pays ». L'Uruguay produit plus de 90 % de son électricité à partir de sources renouvelables.

Nordique Data a signé un contrat d'approvisionnement en électricité avec la compagnie publique UTE, dont la présidente, Andrea Cabrera Larrañaga, était présente. L'entreprise s'est également engagée, avec l'Universidad Tecnológica del Uruguay (UTEC), à former 500 techniciens en infrastructures numériques.

Selon le cabinet Ibarra Analytics, dont l'associée Lucía Etcheverry était citée dans la presse locale, plusieurs géants du numérique envisagent aussi de s'installer dans le pays.

L'an dernier, Nordique Data avait investi 80 millions de dollars canadiens dans un centre à Lévis, au Québec.""",
[("Nordique Data", "Organization", []),
 ("Mathieu Gagnon-Pelletier", "Person", ["Gagnon-Pelletier"]),
 ("Gonzalo Irureta Sosa", "Person", ["Gonzalo Irureta", "Irureta"]),
 ("Ministerio de Industria, Energía y Minería", "Organization", ["MIEM"]),
 ("UTE", "Organization", ["Administración Nacional de Usinas y Trasmisiones Eléctricas"]),
 ("Andrea Cabrera Larrañaga", "Person", ["Andrea Cabrera", "Cabrera Larrañaga"]),
 ("Universidad Tecnológica del Uruguay", "Organization", ["UTEC"]),
 ("Ibarra Analytics", "Organization", []),
 ("Lucía Etcheverry", "Person", ["Etcheverry"]),
 ("Pando", "Place", []),
 ("Canelones", "Place", ["département de Canelones", "Canelones Department"]),
 ("Uruguay", "Place", []),
 ("Lévis", "Place", ["Levis"]),
 ("Quebec", "Place", ["Québec"])],
roles=[R("Mathieu Gagnon-Pelletier", "président-directeur général", "Nordique Data", "son président-directeur général, Mathieu Gagnon-Pelletier"),
       R("Gonzalo Irureta Sosa", "ministre de l'Industrie, de l'Énergie et des Mines", ["Ministerio de Industria, Energía y Minería", "Uruguay"], "Le ministre uruguayen de l'Industrie, de l'Énergie et des Mines, Gonzalo Irureta Sosa"),
       R("Andrea Cabrera Larrañaga", "présidente", "UTE", "dont la présidente, Andrea Cabrera Larrañaga"),
       R("Lucía Etcheverry", "associée", "Ibarra Analytics", "dont l'associée Lucía Etcheverry", opt=True)],
inv=[I("Nordique Data", ["Pando", "Canelones", "Uruguay"], 200000000, "USD", "mise en service 2028", "centre de données", "pour un coût de 200 millions de dollars américains"),
     I("Nordique Data", ["Lévis", "Quebec"], 80000000, "CAD", "l'an dernier", "centre à Lévis (antécédent)", "avait investi 80 millions de dollars canadiens", opt=True)],
parts=[P("Nordique Data", "UTE", "contrat d'approvisionnement en électricité", "a signé un contrat d'approvisionnement en électricité avec la compagnie publique UTE"),
       P("Nordique Data", "Universidad Tecnológica del Uruguay", "formation de techniciens", "avec l'Universidad Tecnológica del Uruguay (UTEC)")],
claims=[C("Nordique Data", "jobs", 120, "jobs", "créera 120 emplois permanents"),
        C("Nordique Data", "jobs", 600, "jobs", "600 emplois pendant la construction"),
        C("Universidad Tecnológica del Uruguay", "trainees", 500, "technicians", "former 500 techniciens"),
        C("Uruguay", "other", 90, "percent", "plus de 90 % de son électricité", opt=True, note="renewable share of electricity")],
notes="Invented. Gonzalo Irureta Sosa is the same invented minister as in p20 (same entity, consistent). Investor home (Quebec) is not a place of the investment. 'dont l'associée' analyst is optional; the rumour of tech giants gives no fact. The Lévis centre (CAD) is a past investment outside Latin America (optional).")

A("p34", "fr", "2026-12-08", "https://example.org/actualites/afd-findeter-villes-colombie",
"""L'AFD engage une enveloppe de 150 millions d'euros pour les villes colombiennes

L'Agence française de développement (AFD) et la banque publique colombienne de développement territorial Findeter ont signé à Bogota un accord-cadre portant sur une enveloppe de 150 millions d'euros destinée à financer des projets de mobilité durable et d'adaptation climatique dans les villes intermédiaires de Colombie d'ici 2029.

Le texte a été signé par le directeur de l'agence AFD en Colombie, Guillaume Rivière, et par la présidente de Findeter, Juanita Londoño Echeverri. Selon elle, une quarantaine de municipalités pourront en bénéficier, ce qui représente environ 2 millions d'habitants.

Dans le même temps, Findeter apportera 60 millions d'euros de cofinancement sur ses fonds propres.

Le ministre colombien des Finances, Germán Ávila Plazas, a estimé que ce financement « complète l'effort budgétaire de l'État ». Il a rappelé que l'AFD avait déjà engagé plus de 3 milliards d'euros en Colombie depuis 2009.

Un programme d'assistance technique, « Ciudades Resilientes », sera piloté conjointement par l'AFD et l'Expertise France, pour former 1 500 fonctionnaires municipaux.

L'ancien directeur de l'AFD en Colombie, Jacques Moineville, avait été l'artisan du premier prêt à Findeter en 2012.""",
[("Agence française de développement", "Organization", ["AFD", "Agence francaise de developpement"]),
 ("Findeter", "Organization", ["Financiera de Desarrollo Territorial"]),
 ("Guillaume Rivière", "Person", ["Rivière"]),
 ("Juanita Londoño Echeverri", "Person", ["Juanita Londoño", "Londoño Echeverri"]),
 ("Germán Ávila Plazas", "Person", ["Germán Ávila", "Ávila Plazas"]),
 ("Ministerio de Hacienda y Crédito Público", "Organization", ["ministère des Finances"]),
 ("Ciudades Resilientes", "Program", []),
 ("Expertise France", "Organization", []),
 ("Jacques Moineville", "Person", ["Moineville"]),
 ("Colombia", "Place", ["Colombie"]),
 ("Bogotá", "Place", ["Bogota"])],
roles=[R("Guillaume Rivière", "directeur de l'agence en Colombie", "Agence française de développement", "le directeur de l'agence AFD en Colombie, Guillaume Rivière"),
       R("Juanita Londoño Echeverri", "présidente", "Findeter", "la présidente de Findeter, Juanita Londoño Echeverri"),
       R("Germán Ávila Plazas", "ministre des Finances", ["Ministerio de Hacienda y Crédito Público", "Colombia"], "Le ministre colombien des Finances, Germán Ávila Plazas"),
       R("Jacques Moineville", "ancien directeur de l'AFD en Colombie", "Agence française de développement", "L'ancien directeur de l'AFD en Colombie, Jacques Moineville", opt=True)],
inv=[I("Agence française de développement", "Colombia", 150000000, "EUR", "d'ici 2029", "financement de mobilité durable et adaptation climatique (accord-cadre)", "portant sur une enveloppe de 150 millions d'euros"),
     I("Findeter", "Colombia", 60000000, "EUR", "d'ici 2029", "cofinancement sur fonds propres", "Findeter apportera 60 millions d'euros de cofinancement"),
     I("Agence française de développement", "Colombia", 3000000000, "EUR", "depuis 2009", "engagements cumulés (antécédent)", "avait déjà engagé plus de 3 milliards d'euros en Colombie", opt=True)],
parts=[P("Agence française de développement", "Findeter", "accord-cadre mobilité et climat", "ont signé à Bogota un accord-cadre"),
       P("Agence française de développement", "Expertise France", "Ciudades Resilientes", "piloté conjointement par l'AFD et l'Expertise France")],
claims=[C("Findeter", "people_reached", 2000000, "inhabitants", "environ 2 millions d'habitants"),
        C("Ciudades Resilientes", "trainees", 1500, "municipal officials", "former 1 500 fonctionnaires municipaux"),
        C("Findeter", "other", 40, "municipalities", "une quarantaine de municipalités", opt=True)],
notes="Invented. A development-finance envelope is recorded as an investment by the lender in the country (judgment call: the money goes to Colombian projects). Findeter's co-financing is a second investment. Cumulative AFD commitments since 2009 are background (optional). The former director is a past post (optional). 'l'Expertise France' keeps a stray article on purpose. AFD and Expertise France are real French public bodies; the people are invented.")

A("p35", "fr", "2026-04-14", "https://example.org/actualites/belcastel-cajamarca-perou-or",
"""Pérou : la Compagnie minière Belcastel prévoit d'investir 1,1 milliard de dollars à Cajamarca

La Compagnie minière Belcastel, cotée à Toronto et à Paris, prévoit d'investir 1,1 milliard de dollars sur cinq ans pour développer le gisement d'or et de cuivre de Chaupiloma, dans la région de Cajamarca, au nord du Pérou.

Le vice-président exécutif chargé des opérations, Étienne Carrier-Vasseur, a précisé que la mine créerait 2 800 emplois pendant la construction, puis 900 postes permanents. Le gisement pourrait contribuer à hauteur de 0,3 % au PIB péruvien.

Le projet a été présenté au ministre de l'Énergie et des Mines, Raúl Quispe Ledesma, qui a demandé à l'entreprise de « garantir le dialogue avec les communautés ». La présidente de la région de Cajamarca, Nelly Chávez Terrones, s'est montrée plus réservée, rappelant l'opposition d'une partie de la population à des projets antérieurs.

Belcastel a noué un partenariat avec l'entreprise péruvienne Servicios Mineros Huamachuco pour la construction des installations de traitement. Le contrat n'a pas été chiffré.

Des rumeurs de marché évoquent un rachat de Belcastel par un concurrent australien, ce que la direction a démenti.

La société a produit 410 000 onces d'or en 2025 dans ses mines du Québec et du Ghana et a dégagé un chiffre d'affaires de 1,3 milliard de dollars.""",
[("Compagnie minière Belcastel", "Organization", ["Belcastel"]),
 ("Chaupiloma", "Organization", ["gisement de Chaupiloma"]),
 ("Étienne Carrier-Vasseur", "Person", ["Carrier-Vasseur"]),
 ("Raúl Quispe Ledesma", "Person", ["Raúl Quispe", "Quispe Ledesma"]),
 ("Ministerio de Energía y Minas del Perú", "Organization", ["Ministerio de Energía y Minas", "Energy and Mines Ministry", "Minem", "ministère de l'Énergie et des Mines"]),
 ("Nelly Chávez Terrones", "Person", ["Nelly Chávez", "Chávez Terrones"]),
 ("Gobierno Regional de Cajamarca", "Organization", ["région de Cajamarca"]),
 ("Servicios Mineros Huamachuco", "Organization", []),
 ("Cajamarca", "Place", ["Cajamarca Region", "région de Cajamarca"]),
 ("Peru", "Place", ["Perú", "Pérou"])],
roles=[R("Étienne Carrier-Vasseur", "vice-président exécutif chargé des opérations", "Compagnie minière Belcastel", "Le vice-président exécutif chargé des opérations, Étienne Carrier-Vasseur"),
       R("Raúl Quispe Ledesma", "ministre de l'Énergie et des Mines", ["Ministerio de Energía y Minas del Perú", "Peru"], "au ministre de l'Énergie et des Mines, Raúl Quispe Ledesma"),
       R("Nelly Chávez Terrones", "présidente de la région", ["Cajamarca", "Gobierno Regional de Cajamarca"], "La présidente de la région de Cajamarca, Nelly Chávez Terrones")],
inv=[I("Compagnie minière Belcastel", ["Cajamarca", "Peru"], 1100000000, "USD", "sur cinq ans", "gisement d'or et de cuivre de Chaupiloma", "prévoit d'investir 1,1 milliard de dollars sur cinq ans")],
parts=[P("Compagnie minière Belcastel", "Servicios Mineros Huamachuco", "construction des installations de traitement", "a noué un partenariat avec l'entreprise péruvienne Servicios Mineros Huamachuco")],
claims=[C("Chaupiloma", "jobs", 2800, "jobs", "créerait 2 800 emplois pendant la construction"),
        C("Chaupiloma", "jobs", 900, "jobs", "900 postes permanents"),
        C("Chaupiloma", "gdp_contribution", 0.3, "percent", "0,3 % au PIB péruvien"),
        C("Compagnie minière Belcastel", "other", 410000, "ounces", "410 000 onces d'or en 2025", opt=True)],
notes="Invented. Raúl Quispe Ledesma is the same invented minister as in p03. Peruvian regional governors are also called 'présidente de la région'; her org is the region. The takeover rumour gives no fact. Revenue is not an investment. 'vice-président exécutif' is a vice post; the org is from context.")

A("p36", "fr", "2026-10-27", "https://example.org/actualites/banque-herault-equateur-nomination",
"""Banque Hérault Amériques nomme une nouvelle directrice pour l'Équateur

Banque Hérault Amériques, filiale du groupe bancaire montpelliérain Hérault Finance, a nommé Valérie Castel-Ruiz à la tête de sa filiale équatorienne, Banco Hérault Ecuador, à compter du 1er novembre. Elle succède à Manuel Espinosa Cordero, qui prend sa retraite.

Mme Castel-Ruiz occupait jusqu'ici le poste de directrice générale adjointe de la banque au Pérou. Dans l'intervalle, Andrés Viteri assurera la direction de la filiale par intérim.

La nouvelle dirigeante aura pour mission de mener le plan d'expansion de la banque, qui consacrera 80 millions de dollars d'ici 2028 à l'ouverture de 25 agences à Quito, Guayaquil et Cuenca. Ce plan doit permettre de servir 150 000 nouveaux clients et de créer 300 emplois.

Banco Hérault Ecuador a par ailleurs signé un accord avec la Corporación Financiera Nacional (CFN), banque publique de développement, pour proposer des crédits verts aux petites entreprises. Le gérant général de la CFN, Diego Salgado Ponce, a indiqué que l'enveloppe pourrait atteindre 40 millions de dollars.

Le président du directoire d'Hérault Finance, Philippe Aubanel, a déclaré que l'Équateur « est un marché d'avenir ». Le groupe revendique 2,4 millions de clients en Amérique latine.

La Superintendance des banques équatorienne doit encore valider la nomination.""",
[("Banque Hérault Amériques", "Organization", ["Banque Herault Ameriques"]),
 ("Hérault Finance", "Organization", ["Herault Finance"]),
 ("Banco Hérault Ecuador", "Organization", ["Banco Herault Ecuador"]),
 ("Valérie Castel-Ruiz", "Person", ["Castel-Ruiz", "Mme Castel-Ruiz"]),
 ("Manuel Espinosa Cordero", "Person", ["Manuel Espinosa", "Espinosa Cordero"]),
 ("Andrés Viteri", "Person", ["Viteri"]),
 ("Corporación Financiera Nacional", "Organization", ["CFN"]),
 ("Diego Salgado Ponce", "Person", ["Diego Salgado", "Salgado Ponce"]),
 ("Philippe Aubanel", "Person", ["Aubanel"]),
 ("Superintendencia de Bancos del Ecuador", "Organization", ["Superintendance des banques équatorienne"]),
 ("Quito", "Place", []),
 ("Guayaquil", "Place", []),
 ("Cuenca", "Place", []),
 ("Ecuador", "Place", ["Équateur"]),
 ("Peru", "Place", ["Perú", "Pérou"])],
roles=[R("Valérie Castel-Ruiz", ["directrice", "directrice générale", "à la tête"], ["Banco Hérault Ecuador", "Banque Hérault Amériques"], "a nommé Valérie Castel-Ruiz à la tête de sa filiale équatorienne"),
       R("Manuel Espinosa Cordero", ["directeur", "directeur général"], ["Banco Hérault Ecuador", "Banque Hérault Amériques"], "Elle succède à Manuel Espinosa Cordero", opt=True),
       R("Valérie Castel-Ruiz", "directrice générale adjointe", "Banque Hérault Amériques", "occupait jusqu'ici le poste de directrice générale adjointe", opt=True),
       R("Andrés Viteri", ["directeur par intérim", "directeur"], ["Banco Hérault Ecuador", "Banque Hérault Amériques"], "Andrés Viteri assurera la direction de la filiale par intérim"),
       R("Diego Salgado Ponce", "gérant général", "Corporación Financiera Nacional", "Le gérant général de la CFN, Diego Salgado Ponce"),
       R("Philippe Aubanel", ["président du directoire", "président"], "Hérault Finance", "Le président du directoire d'Hérault Finance, Philippe Aubanel")],
inv=[I("Banco Hérault Ecuador", ["Quito", "Guayaquil", "Cuenca", "Ecuador"], 80000000, "USD", "d'ici 2028", "ouverture de 25 agences", "qui consacrera 80 millions de dollars d'ici 2028", alts=["Banque Hérault Amériques", "Hérault Finance"])],
parts=[P("Banco Hérault Ecuador", "Corporación Financiera Nacional", "crédits verts aux petites entreprises", "Banco Hérault Ecuador a par ailleurs signé un accord avec la Corporación Financiera Nacional", a_alt=["Banque Hérault Amériques"])],
claims=[C("Banco Hérault Ecuador", "people_reached", 150000, "clients", "servir 150 000 nouveaux clients"),
        C("Banco Hérault Ecuador", "jobs", 300, "jobs", "créer 300 emplois"),
        C("Hérault Finance", "other", 2400000, "clients", "2,4 millions de clients en Amérique latine", opt=True, note="existing client base")],
notes="Invented. Appointment 'à la tête de sa filiale équatorienne' (title as a phrase); the subsidiary or the parent is accepted as org. Interim post: 'assurera la direction de la filiale par intérim'. Her previous post (deputy, in Peru) and the retiring predecessor are optional. The CFN envelope 'pourrait atteindre' is conditional and its investor unclear: not annotated as an investment. The investment is by the bank ('la banque, qui consacrera'); subsidiary, parent and group are accepted. Existing clients are optional.")
