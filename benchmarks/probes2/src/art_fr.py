# French articles q17-q24 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])
FR = ("France", "Place", ["Francia"])

A("q17", "fr", "2026-02-26", "https://example.org/actualites/vercors-mobilite-san-luis-potosi",
"""Vercors Mobilité engagera 180 millions d'euros au Mexique d'ici 2030

L'équipementier automobile grenoblois Vercors Mobilité engagera 180 millions d'euros d'ici 2030 pour construire une usine de systèmes de freinage à Villa de Reyes, dans l'État de San Luis Potosí, au Mexique, a annoncé jeudi son PDG, Bertrand Fauconnier.

L'usine, la troisième du groupe sur le continent américain, emploiera 1 100 personnes à pleine capacité, dont 300 ingénieurs et techniciens. « Nos clients produisent désormais au Mexique pour tout le marché nord-américain ; nous devons être à côté d'eux », a expliqué le dirigeant.

Le directeur général de la filiale mexicaine, Vercors Mobilité México, Alejandro Rangel Téllez, a signé le même jour un accord-cadre avec le Tecnológico Nacional de México (TecNM) : l'établissement public formera 500 techniciens en mécatronique sur quatre ans, et le groupe financera 80 bourses d'études.

Le secrétaire au Développement économique de San Luis Potosí, Gerardo Zúñiga Castro, a salué « le plus gros projet industriel de l'année dans l'État ». Selon lui, le chantier mobilisera environ 700 ouvriers.

L'ambassadrice de France au Mexique, Claire Montessuy, assistait à la cérémonie.

Vercors Mobilité a réalisé un chiffre d'affaires de 3,4 milliards d'euros en 2025. Le groupe, coté à Paris, a par ailleurs confirmé la nomination de Sophie Arnaud-Bellec au poste de directrice financière, en remplacement de Luc Perrault, parti à la retraite.""",
[("Vercors Mobilité", "Organization", ["Vercors", "Vercors Mobilite"]),
 ("Vercors Mobilité México", "Organization", ["Vercors Mobilité Mexico", "filiale mexicaine"]),
 ("Bertrand Fauconnier", "Person", ["Fauconnier"]),
 ("Alejandro Rangel Téllez", "Person", ["Alejandro Rangel", "Rangel Téllez", "Alejandro Rangel Tellez"]),
 ("Tecnológico Nacional de México", "Organization", ["TecNM", "Tecnologico Nacional de Mexico"]),
 ("Gerardo Zúñiga Castro", "Person", ["Gerardo Zúñiga", "Zúñiga Castro", "Gerardo Zuniga Castro"]),
 ("Secretaría de Desarrollo Económico de San Luis Potosí", "Organization", ["Secretaría de Desarrollo Económico", "Sedeco", "secrétariat au Développement économique de San Luis Potosí"]),
 ("Claire Montessuy", "Person", ["Montessuy"]),
 ("Sophie Arnaud-Bellec", "Person", ["Arnaud-Bellec"]),
 ("Luc Perrault", "Person", ["Perrault"]),
 ("Villa de Reyes", "Place", []),
 ("San Luis Potosí", "Place", ["San Luis Potosi", "État de San Luis Potosí", "SLP"]),
 MX, FR,
 ("Paris", "Place", [])],
roles=[R("Bertrand Fauconnier", "PDG", "Vercors Mobilité", "a annoncé jeudi son PDG, Bertrand Fauconnier"),
       R("Alejandro Rangel Téllez", "directeur général", ["Vercors Mobilité México", "Vercors Mobilité"], "Le directeur général de la filiale mexicaine, Vercors Mobilité México, Alejandro Rangel Téllez"),
       R("Gerardo Zúñiga Castro", "secrétaire au Développement économique", ["Secretaría de Desarrollo Económico de San Luis Potosí", "San Luis Potosí"], "Le secrétaire au Développement économique de San Luis Potosí, Gerardo Zúñiga Castro"),
       R("Claire Montessuy", "ambassadrice", "France", "L'ambassadrice de France au Mexique, Claire Montessuy"),
       R("Sophie Arnaud-Bellec", "directrice financière", "Vercors Mobilité", "la nomination de Sophie Arnaud-Bellec au poste de directrice financière"),
       R("Luc Perrault", "directeur financier", "Vercors Mobilité", "en remplacement de Luc Perrault, parti à la retraite", opt=True)],
inv=[I("Vercors Mobilité", ["Villa de Reyes", "San Luis Potosí", "Mexico"], 180000000, "EUR", "d'ici 2030", "usine de systèmes de freinage", "engagera 180 millions d'euros d'ici 2030")],
parts=[P("Vercors Mobilité México", "Tecnológico Nacional de México", None, "a signé le même jour un accord-cadre avec le Tecnológico Nacional de México", a_alt=["Vercors Mobilité"])],
claims=[C("Vercors Mobilité", "jobs", 1100, "personnes", "emploiera 1 100 personnes à pleine capacité"),
        C("Tecnológico Nacional de México", "trainees", 500, "techniciens", "formera 500 techniciens en mécatronique"),
        C("Vercors Mobilité", "trainees", 80, "scholarships", "financera 80 bourses d'études"),
        C("Vercors Mobilité", "jobs", 700, "ouvriers", "le chantier mobilisera environ 700 ouvriers", note="chantier")],
notes="Invented. 'engagera 180 millions d'euros d'ici 2030'. The subsidiary's director signs the accord-cadre: subsidiary or parent accepted. The ambassador's org is France. Appointment 'nomination de X au poste de directrice financière, en remplacement de Y, parti à la retraite': X required, Y past (retired, optional). The 300 engineers are a subset of the 1 100 (not annotated). Revenue is not an investment.")

A("q18", "fr", "2026-04-21", "https://example.org/actualites/alcyon-metaux-serra-azul-lithium-minas-gerais",
"""Alcyon Métaux et Mineração Serra Azul créent une coentreprise pour le lithium du Minas Gerais

L'entreprise minière française Alcyon Métaux et le brésilien Mineração Serra Azul ont signé mardi à Belo Horizonte un accord de coentreprise pour exploiter un gisement de lithium dans la vallée du Jequitinhonha, dans l'État du Minas Gerais.

La coentreprise, baptisée Lítio Jequitinhonha, injectera 1,5 milliard de reais (environ 250 millions d'euros) d'ici 2029 dans une mine à ciel ouvert et une usine de concentration près d'Araçuaí. Alcyon détiendra 51 % du capital.

« Le Brésil peut devenir un fournisseur clé de l'Europe », a déclaré la directrice générale d'Alcyon Métaux, Élodie Marchetti. Son homologue de Serra Azul, Paulo Henrique Drummond, dirigera la coentreprise.

Le projet créera 800 emplois directs et 2 400 emplois indirects, selon la secrétaire au Développement économique du Minas Gerais, Luciana Vasconcelos Reis. Le maire d'Araçuaí, Geraldo Lopes Neiva, a rappelé que la région compte parmi les plus pauvres de l'État.

Un programme de formation sera mis en place avec le Service national d'apprentissage industriel (Senai) pour préparer 400 jeunes de la vallée aux métiers de la mine.

Le marché mondial du lithium devrait atteindre 60 milliards de dollars en 2030, selon le cabinet Minéraux & Stratégies, dont l'analyste principal, Hugo Tessier, juge le calendrier « réaliste ».""",
[("Alcyon Métaux", "Organization", ["Alcyon", "Alcyon Metaux"]),
 ("Mineração Serra Azul", "Organization", ["Serra Azul", "Mineracao Serra Azul"]),
 ("Lítio Jequitinhonha", "Organization", ["Litio Jequitinhonha"]),
 ("Élodie Marchetti", "Person", ["Marchetti", "Elodie Marchetti"]),
 ("Paulo Henrique Drummond", "Person", ["Drummond"]),
 ("Luciana Vasconcelos Reis", "Person", ["Luciana Vasconcelos", "Vasconcelos Reis"]),
 ("Secretaria de Desenvolvimento Econômico de Minas Gerais", "Organization", ["Secretaria de Desenvolvimento Econômico", "secrétariat au Développement économique du Minas Gerais"]),
 ("Geraldo Lopes Neiva", "Person", ["Geraldo Lopes", "Lopes Neiva"]),
 ("Serviço Nacional de Aprendizagem Industrial", "Organization", ["Senai", "SENAI", "Service national d'apprentissage industriel", "Servico Nacional de Aprendizagem Industrial"]),
 ("Minéraux & Stratégies", "Organization", ["Minéraux et Stratégies"]),
 ("Hugo Tessier", "Person", ["Tessier"]),
 ("Araçuaí", "Place", ["Aracuai"]),
 ("Minas Gerais", "Place", ["État du Minas Gerais", "MG"]),
 ("Belo Horizonte", "Place", []),
 ("Brazil", "Place", ["Brasil", "Brésil"])],
roles=[R("Élodie Marchetti", "directrice générale", "Alcyon Métaux", "la directrice générale d'Alcyon Métaux, Élodie Marchetti"),
       R("Paulo Henrique Drummond", "directeur général", "Mineração Serra Azul", "Son homologue de Serra Azul, Paulo Henrique Drummond", opt=True),
       R("Paulo Henrique Drummond", ["dirigeant", "directeur", "directeur général"], "Lítio Jequitinhonha", "Paulo Henrique Drummond, dirigera la coentreprise"),
       R("Luciana Vasconcelos Reis", "secrétaire au Développement économique", ["Secretaria de Desenvolvimento Econômico de Minas Gerais", "Minas Gerais"], "la secrétaire au Développement économique du Minas Gerais, Luciana Vasconcelos Reis"),
       R("Geraldo Lopes Neiva", "maire", "Araçuaí", "Le maire d'Araçuaí, Geraldo Lopes Neiva"),
       R("Hugo Tessier", "analyste principal", "Minéraux & Stratégies", "dont l'analyste principal, Hugo Tessier", opt=True)],
inv=[I("Lítio Jequitinhonha", ["Araçuaí", "Minas Gerais", "Brazil"], 1500000000, "BRL", "d'ici 2029", "mine de lithium et usine de concentration", "injectera 1,5 milliard de reais", alts=["Alcyon Métaux", "Mineração Serra Azul"]),
     I("Lítio Jequitinhonha", ["Araçuaí", "Minas Gerais", "Brazil"], 250000000, "EUR", "d'ici 2029", "équivalent en euros", "environ 250 millions d'euros", opt=True, alts=["Alcyon Métaux", "Mineração Serra Azul"])],
parts=[P("Alcyon Métaux", "Mineração Serra Azul", "Lítio Jequitinhonha", "ont signé mardi à Belo Horizonte un accord de coentreprise"),
       P("Lítio Jequitinhonha", "Serviço Nacional de Aprendizagem Industrial", "programme de formation", "Un programme de formation sera mis en place avec le Service national d'apprentissage industriel", a_alt=["Alcyon Métaux", "Mineração Serra Azul"])],
claims=[C("Lítio Jequitinhonha", "jobs", 800, "emplois", "Le projet créera 800 emplois directs"),
        C("Lítio Jequitinhonha", "jobs", 2400, "emplois", "2 400 emplois indirects", note="indirects"),
        C("Serviço Nacional de Aprendizagem Industrial", "trainees", 400, "jeunes", "pour préparer 400 jeunes")],
notes="Invented. The investor is the joint venture; both parents are accepted as alternatives. '1,5 milliard de reais' = 1.5e9 BRL; EUR equivalent optional. 'Son homologue de Serra Azul' gives a title only by implication (optional); his future post at the JV ('dirigera la coentreprise') is required with a loose title. The training programme has no explicit subject (passive): the JV or either parent accepted. The 51 % stake is not turned into an amount. Market size is not an investment; the analyst is optional.")

A("q19", "fr", "2026-05-07", "https://example.org/actualites/azurea-hotels-miches-republique-dominicaine",
"""Le groupe Azuréa Hôtels injectera 240 millions de dollars à Miches

Le groupe hôtelier niçois Azuréa Hôtels injectera 240 millions de dollars américains dans la construction de deux complexes touristiques à Miches, sur la côte nord-est de la République dominicaine, a annoncé le ministre dominicain du Tourisme, Rafael Guzmán Batista, lors d'une cérémonie à Saint-Domingue.

Les deux établissements, qui totaliseront 900 chambres, ouvriront en 2028. Le chantier emploiera quelque 1 800 ouvriers ; une fois en activité, les hôtels créeront 1 200 emplois directs et environ 3 500 emplois indirects, selon le ministre.

« Miches est la dernière grande baie préservée des Caraïbes », a affirmé le président du directoire d'Azuréa Hôtels, Jean-Marc Orsini. Le groupe sera associé au promoteur local Inversiones Bahía Esmeralda, qui apporte les terrains et détiendra 30 % des deux hôtels.

Le directeur des opérations (COO) du groupe pour les Amériques, Karim Benali, a précisé qu'un partenariat avait été signé avec l'Institut national de formation technique professionnelle (INFOTEP) pour former 1 000 jeunes de la province d'El Seibo aux métiers de l'hôtellerie.

La maire de Miches, Yokasta Mercedes Rijo, a pour sa part demandé que la main-d'œuvre soit recrutée en priorité dans la commune.

Azuréa exploite 42 hôtels en Europe et en Afrique du Nord et a réalisé un chiffre d'affaires de 610 millions d'euros l'an dernier.""",
[("Azuréa Hôtels", "Organization", ["Azuréa", "Azurea Hotels"]),
 ("Rafael Guzmán Batista", "Person", ["Rafael Guzmán", "Guzmán Batista", "Rafael Guzman Batista"]),
 ("Ministerio de Turismo de la República Dominicana", "Organization", ["Ministerio de Turismo", "Mitur", "ministère du Tourisme"]),
 ("Jean-Marc Orsini", "Person", ["Orsini"]),
 ("Inversiones Bahía Esmeralda", "Organization", ["Bahía Esmeralda", "Inversiones Bahia Esmeralda"]),
 ("Karim Benali", "Person", ["Benali"]),
 ("Instituto Nacional de Formación Técnico Profesional", "Organization", ["INFOTEP", "Infotep", "Institut national de formation technique professionnelle"]),
 ("Yokasta Mercedes Rijo", "Person", ["Yokasta Mercedes", "Mercedes Rijo"]),
 ("Miches", "Place", []),
 ("El Seibo", "Place", ["province d'El Seibo", "provincia El Seibo"]),
 ("Dominican Republic", "Place", ["République dominicaine", "República Dominicana"]),
 ("Saint-Domingue", "Place", ["Santo Domingo"])],
roles=[R("Rafael Guzmán Batista", "ministre du Tourisme", ["Ministerio de Turismo de la República Dominicana", "Dominican Republic"], "le ministre dominicain du Tourisme, Rafael Guzmán Batista"),
       R("Jean-Marc Orsini", "président du directoire", "Azuréa Hôtels", "le président du directoire d'Azuréa Hôtels, Jean-Marc Orsini"),
       R("Karim Benali", ["directeur des opérations pour les Amériques", "directeur des opérations", "COO"], "Azuréa Hôtels", "Le directeur des opérations (COO) du groupe pour les Amériques, Karim Benali"),
       R("Yokasta Mercedes Rijo", "maire", "Miches", "La maire de Miches, Yokasta Mercedes Rijo")],
inv=[I("Azuréa Hôtels", ["Miches", "El Seibo", "Dominican Republic"], 240000000, "USD", "ouverture en 2028", "deux complexes touristiques (900 chambres)", "injectera 240 millions de dollars américains")],
parts=[P("Azuréa Hôtels", "Inversiones Bahía Esmeralda", "complexes de Miches", "Le groupe sera associé au promoteur local Inversiones Bahía Esmeralda"),
       P("Azuréa Hôtels", "Instituto Nacional de Formación Técnico Profesional", None, "qu'un partenariat avait été signé avec l'Institut national de formation technique professionnelle")],
claims=[C("Azuréa Hôtels", "jobs", 1800, "ouvriers", "Le chantier emploiera quelque 1 800 ouvriers", note="chantier"),
        C("Azuréa Hôtels", "jobs", 1200, "emplois", "les hôtels créeront 1 200 emplois directs"),
        C("Azuréa Hôtels", "jobs", 3500, "emplois", "environ 3 500 emplois indirects", note="indirects"),
        C("Instituto Nacional de Formación Técnico Profesional", "trainees", 1000, "jeunes", "pour former 1 000 jeunes"),
        C("Azuréa Hôtels", "other", 900, "chambres", "qui totaliseront 900 chambres", opt=True)],
notes="Invented. The minister announces the company's investment (investor is the company). The local developer contributes land and takes 30 %: a partnership (associate), with no amount. 'Le directeur des opérations (COO) du groupe pour les Amériques': regional scope, either the long or short title accepted. The mayor is 'La maire' (feminine article, masculine noun). Revenue is not an investment. INFOTEP's official Spanish name is the entity name, the French rendering an alias.")

A("q20", "fr", "2026-06-30", "https://example.org/actualites/hydrelis-colombie-nouvelle-directrice",
"""Hydrelis nomme une nouvelle directrice en Colombie et prévoit d'investir 85 millions d'euros

Le groupe français de services de l'eau Hydrelis a nommé Catalina Restrepo Vélez directrice générale de sa filiale colombienne, Hydrelis Colombia. Elle remplace Pascal Giraudeau, qui rejoint le siège de Lyon comme directeur général adjoint chargé de l'international.

Ingénieure de formation, Mme Restrepo Vélez dirigeait jusqu'ici les opérations du groupe à Medellín. Elle aura pour mission de piloter un plan d'investissement : Hydrelis prévoit d'investir 85 millions d'euros d'ici 2030 en Colombie, principalement pour réduire les fuites des réseaux de Cali et de Barranquilla.

À Cali, le groupe a signé un contrat de partenariat avec les Empresas Municipales de Cali (Emcali) pour moderniser deux usines de traitement. Le maire de Cali, Jorge Iván Mosquera, a indiqué que les travaux bénéficieront à 900 000 habitants. Hydrelis mènera ce chantier au sein d'un consortium avec l'entreprise colombienne Ingeniería Farallones.

La ministre du Logement, de la Ville et du Territoire, Adriana Lucía Benjumea, a salué « un modèle de coopération entre public et privé ».

Par ailleurs, Hydrelis a confié la direction financière de la filiale par intérim à Mauricio Salazar Posada, en attendant un recrutement.

Le chiffre d'affaires du groupe en Amérique latine s'est élevé à 310 millions d'euros en 2025. Les travaux de Cali généreront environ 450 emplois, d'après l'entreprise.""",
[("Hydrelis", "Organization", []),
 ("Hydrelis Colombia", "Organization", ["filiale colombienne"]),
 ("Catalina Restrepo Vélez", "Person", ["Catalina Restrepo", "Restrepo Vélez", "Mme Restrepo Vélez", "Catalina Restrepo Velez"]),
 ("Pascal Giraudeau", "Person", ["Giraudeau"]),
 ("Empresas Municipales de Cali", "Organization", ["Emcali", "EMCALI"]),
 ("Jorge Iván Mosquera", "Person", ["Mosquera", "Jorge Ivan Mosquera"]),
 ("Alcaldía de Cali", "Organization", ["Alcaldia de Cali", "mairie de Cali"]),
 ("Ingeniería Farallones", "Organization", ["Ingenieria Farallones", "Farallones"]),
 ("Adriana Lucía Benjumea", "Person", ["Benjumea", "Adriana Lucia Benjumea"]),
 ("Ministerio de Vivienda, Ciudad y Territorio", "Organization", ["ministère du Logement, de la Ville et du Territoire", "Minvivienda"]),
 ("Mauricio Salazar Posada", "Person", ["Mauricio Salazar", "Salazar Posada"]),
 ("Colombia", "Place", ["Colombie"]),
 ("Cali", "Place", []),
 ("Barranquilla", "Place", []),
 ("Medellín", "Place", ["Medellin"]),
 ("Lyon", "Place", [])],
roles=[R("Catalina Restrepo Vélez", "directrice générale", ["Hydrelis Colombia", "Hydrelis"], "a nommé Catalina Restrepo Vélez directrice générale de sa filiale colombienne"),
       R("Pascal Giraudeau", "directeur général", ["Hydrelis Colombia", "Hydrelis"], "Elle remplace Pascal Giraudeau", opt=True),
       R("Pascal Giraudeau", "directeur général adjoint chargé de l'international", "Hydrelis", "comme directeur général adjoint chargé de l'international"),
       R("Catalina Restrepo Vélez", ["directrice des opérations", "directrice"], "Hydrelis", "dirigeait jusqu'ici les opérations du groupe à Medellín", opt=True),
       R("Jorge Iván Mosquera", "maire", ["Cali", "Alcaldía de Cali"], "Le maire de Cali, Jorge Iván Mosquera"),
       R("Adriana Lucía Benjumea", "ministre du Logement, de la Ville et du Territoire", ["Ministerio de Vivienda, Ciudad y Territorio", "Colombia"], "La ministre du Logement, de la Ville et du Territoire, Adriana Lucía Benjumea"),
       R("Mauricio Salazar Posada", ["directeur financier par intérim", "directeur financier"], ["Hydrelis Colombia", "Hydrelis"], "a confié la direction financière de la filiale par intérim à Mauricio Salazar Posada")],
inv=[I("Hydrelis", ["Cali", "Barranquilla", "Colombia"], 85000000, "EUR", "d'ici 2030", "réduction des fuites des réseaux d'eau", "Hydrelis prévoit d'investir 85 millions d'euros d'ici 2030 en Colombie", alts=["Hydrelis Colombia"])],
parts=[P("Hydrelis", "Empresas Municipales de Cali", "modernisation de deux usines de traitement", "le groupe a signé un contrat de partenariat avec les Empresas Municipales de Cali", a_alt=["Hydrelis Colombia"]),
       P("Hydrelis", "Ingeniería Farallones", "chantier de Cali", "au sein d'un consortium avec l'entreprise colombienne Ingeniería Farallones", a_alt=["Hydrelis Colombia"])],
claims=[C("Hydrelis", "people_reached", 900000, "habitants", "bénéficieront à 900 000 habitants"),
        C("Hydrelis", "jobs", 450, "emplois", "généreront environ 450 emplois")],
notes="Invented. Succession 'Elle remplace Y' (present tense, effective now): the predecessor's old post is past (optional); his new deputy post is required ('adjoint' is a vice word). Interim post given as a phrase: 'a confié la direction financière de la filiale par intérim à X' (required). 'dirigeait jusqu'ici les opérations' is her previous post (optional). The minister is named without the country (Colombia). Subsidiary or parent accepted everywhere. Regional revenue is not an investment.")

A("q21", "fr", "2026-08-18", "https://example.org/actualites/miniere-borealis-chili-atacama",
"""Chili : Minière Boréalis prévoit d'investir 1,5 milliard de dollars à Atacama

La société québécoise Minière Boréalis prévoit d'investir 1,5 milliard de dollars américains dans son projet de cuivre et d'or Quebrada Seca, dans la région d'Atacama, au Chili, après l'approbation de son étude d'impact environnemental par les autorités chiliennes.

Le président et chef de la direction de Boréalis, Mathieu Després, a indiqué que la construction commencerait au premier trimestre 2027 et durerait trois ans. Le chantier nécessitera jusqu'à 3 500 travailleurs, et la mine emploiera ensuite 900 personnes de façon permanente.

Selon la ministre chilienne des Mines, Francisca Aravena Toro, le projet pourrait représenter à lui seul 0,5 % du PIB du pays à pleine production.

Boréalis a également signé un protocole d'accord avec l'Empresa Nacional de Minería (Enami), qui traitera dans l'usine du projet une partie du minerai des petits producteurs de la zone. Le vice-président exécutif d'Enami, Rodrigo Pizarro Campusano, y voit « une manière de partager l'infrastructure ».

Le gouverneur régional d'Atacama, Cristóbal Álvarez Godoy, a demandé que 30 % des emplois soient réservés à des habitants de la région, tandis que la maire de Copiapó, Marcela Tapia Ossandón, s'inquiète de la pression sur le logement.

Boréalis avait déjà consacré 120 millions de dollars à l'exploration du gisement depuis 2019. L'entreprise, dont la capitalisation boursière atteint 2,8 milliards de dollars canadiens, financera le projet par un emprunt et un accord de flux d'or avec un fonds américain.""",
[("Minière Boréalis", "Organization", ["Boréalis", "Miniere Borealis", "Borealis"]),
 ("Quebrada Seca", "Organization", ["projet Quebrada Seca"]),
 ("Mathieu Després", "Person", ["Després", "Mathieu Despres"]),
 ("Francisca Aravena Toro", "Person", ["Francisca Aravena", "Aravena Toro"]),
 ("Ministerio de Minería de Chile", "Organization", ["Ministerio de Minería", "ministère des Mines"]),
 ("Empresa Nacional de Minería", "Organization", ["Enami", "ENAMI", "Empresa Nacional de Mineria"]),
 ("Rodrigo Pizarro Campusano", "Person", ["Rodrigo Pizarro", "Pizarro Campusano"]),
 ("Cristóbal Álvarez Godoy", "Person", ["Cristóbal Álvarez", "Álvarez Godoy", "Cristobal Alvarez Godoy"]),
 ("Gobierno Regional de Atacama", "Organization", ["Gobierno Regional"]),
 ("Marcela Tapia Ossandón", "Person", ["Marcela Tapia", "Tapia Ossandón", "Marcela Tapia Ossandon"]),
 ("Atacama", "Place", ["région d'Atacama", "Atacama Region", "región de Atacama"]),
 ("Chile", "Place", ["Chili"]),
 ("Copiapó", "Place", ["Copiapo"])],
roles=[R("Mathieu Després", ["président et chef de la direction", "président", "chef de la direction"], "Minière Boréalis", "Le président et chef de la direction de Boréalis, Mathieu Després"),
       R("Francisca Aravena Toro", "ministre des Mines", ["Ministerio de Minería de Chile", "Chile"], "la ministre chilienne des Mines, Francisca Aravena Toro"),
       R("Rodrigo Pizarro Campusano", "vice-président exécutif", "Empresa Nacional de Minería", "Le vice-président exécutif d'Enami, Rodrigo Pizarro Campusano"),
       R("Cristóbal Álvarez Godoy", "gouverneur régional", ["Atacama", "Gobierno Regional de Atacama"], "Le gouverneur régional d'Atacama, Cristóbal Álvarez Godoy"),
       R("Marcela Tapia Ossandón", "maire", "Copiapó", "la maire de Copiapó, Marcela Tapia Ossandón")],
inv=[I("Minière Boréalis", ["Atacama", "Chile"], 1500000000, "USD", "construction à partir de 2027, sur trois ans", "projet de cuivre et d'or Quebrada Seca", "prévoit d'investir 1,5 milliard de dollars américains"),
     I("Minière Boréalis", ["Atacama", "Chile"], 120000000, "USD", "depuis 2019", "exploration (antécédent)", "avait déjà consacré 120 millions de dollars", opt=True)],
parts=[P("Minière Boréalis", "Empresa Nacional de Minería", "traitement du minerai des petits producteurs", "Boréalis a également signé un protocole d'accord avec l'Empresa Nacional de Minería")],
claims=[C("Quebrada Seca", "jobs", 3500, "travailleurs", "nécessitera jusqu'à 3 500 travailleurs", note="chantier"),
        C("Quebrada Seca", "jobs", 900, "personnes", "emploiera ensuite 900 personnes"),
        C("Quebrada Seca", "gdp_contribution", 0.5, "percent", "0,5 % du PIB du pays")],
notes="Invented. '1,5 milliard de dollars américains' = 1.5e9 USD. 'président et chef de la direction' compound title (Quebec usage). Chile's elected regional governor: org the region. Exploration spending since 2019 is past (optional). Market capitalisation is not an investment; the unnamed US fund (streaming) gives no fact. The 30 % local hiring request is not a claim.")

A("q22", "fr", "2026-09-29", "https://example.org/actualites/castelroc-mendoza-vallee-de-uco",
"""Argentine : la maison Castelroc investit 45 millions de dollars dans la vallée de Uco

La maison de champagne rémoise Castelroc a annoncé un investissement de 45 millions de dollars dans la province argentine de Mendoza, où elle construira une cave et plantera 300 hectares de vignes à Tupungato, dans la vallée de Uco.

Le projet a été présenté lundi par le directeur général de Castelroc, Antoine de Villepreux, et par le ministre de l'Économie de la province de Mendoza, Sebastián Funes Lemos. Les travaux débuteront en septembre et s'étaleront sur trois ans. À terme, le domaine emploiera 250 personnes.

L'intendant de Tupungato, Marcos Giraud Sosa, a rappelé que la commune avait cédé l'usage d'un chemin rural pour faciliter l'accès au site.

Castelroc a noué un partenariat avec l'Institut national de technologie agricole (INTA) pour étudier l'adaptation de ses cépages à l'altitude. Le directeur régional de l'INTA pour le Cuyo, Raúl Benegas Ortiz, a précisé que la maison financera aussi 30 bourses pour des étudiants en œnologie de la région.

Son œnologue en chef, Camille Dufresne, s'installera à Mendoza dès le mois prochain pour suivre les premières plantations.

La maison, qui vend environ 9 millions de bouteilles par an, avait racheté en 2021 un petit domaine à Luján de Cuyo. Les exportations de vin argentin ont atteint 820 millions de dollars l'an dernier, selon les chiffres officiels.""",
[("Castelroc", "Organization", ["maison Castelroc", "Maison Castelroc"]),
 ("Antoine de Villepreux", "Person", ["de Villepreux", "Villepreux"]),
 ("Sebastián Funes Lemos", "Person", ["Sebastián Funes", "Funes Lemos", "Sebastian Funes Lemos"]),
 ("Ministerio de Economía de Mendoza", "Organization", ["Ministerio de Economía", "ministère de l'Économie de la province de Mendoza"]),
 ("Marcos Giraud Sosa", "Person", ["Marcos Giraud", "Giraud Sosa"]),
 ("Municipalidad de Tupungato", "Organization", ["commune de Tupungato"]),
 ("Instituto Nacional de Tecnología Agropecuaria", "Organization", ["INTA", "Institut national de technologie agricole", "Instituto Nacional de Tecnologia Agropecuaria"]),
 ("Raúl Benegas Ortiz", "Person", ["Raúl Benegas", "Benegas Ortiz", "Raul Benegas Ortiz"]),
 ("Camille Dufresne", "Person", ["Dufresne"]),
 ("Tupungato", "Place", []),
 ("Mendoza", "Place", ["province de Mendoza", "provincia de Mendoza"]),
 ("Luján de Cuyo", "Place", ["Lujan de Cuyo"]),
 ("Argentina", "Place", ["Argentine"])],
roles=[R("Antoine de Villepreux", "directeur général", "Castelroc", "le directeur général de Castelroc, Antoine de Villepreux"),
       R("Sebastián Funes Lemos", "ministre de l'Économie", ["Ministerio de Economía de Mendoza", "Mendoza"], "le ministre de l'Économie de la province de Mendoza, Sebastián Funes Lemos"),
       R("Marcos Giraud Sosa", "intendant", ["Tupungato", "Municipalidad de Tupungato"], "L'intendant de Tupungato, Marcos Giraud Sosa"),
       R("Raúl Benegas Ortiz", "directeur régional pour le Cuyo", "Instituto Nacional de Tecnología Agropecuaria", "Le directeur régional de l'INTA pour le Cuyo, Raúl Benegas Ortiz"),
       R("Camille Dufresne", "œnologue en chef", "Castelroc", "Son œnologue en chef, Camille Dufresne")],
inv=[I("Castelroc", ["Tupungato", "Mendoza", "Argentina"], 45000000, "USD", "trois ans à partir de septembre", "cave et 300 hectares de vignes", "a annoncé un investissement de 45 millions de dollars")],
parts=[P("Castelroc", "Instituto Nacional de Tecnología Agropecuaria", "adaptation des cépages à l'altitude", "Castelroc a noué un partenariat avec l'Institut national de technologie agricole")],
claims=[C("Castelroc", "jobs", 250, "personnes", "le domaine emploiera 250 personnes"),
        C("Castelroc", "trainees", 30, "scholarships", "financera aussi 30 bourses"),
        C("Castelroc", "other", 300, "hectares", "plantera 300 hectares de vignes", opt=True)],
notes="Invented. Investment as a noun ('a annoncé un investissement de'); place at province level in the same sentence, town later in it. 'L'intendant de Tupungato' = Argentine intendente (mayor). The municipality's right of way is not a partnership. 'Son œnologue en chef' (possessive, org by coreference). The 2021 Luján de Cuyo purchase has no amount (no fact). Bottles sold and national exports are not investments or claims.")

A("q23", "fr", "2026-10-13", "https://example.org/actualites/autocars-vesale-barva-costa-rica-bus",
"""Costa Rica : Autocars Vésale et Grupo Transportes Barva créent une coentreprise pour assembler des bus électriques

Le constructeur lyonnais d'autobus électriques Autocars Vésale et le transporteur costaricien Grupo Transportes Barva ont constitué une coentreprise, Movilidad Eléctrica Central, qui assemblera des bus à Alajuela à partir de 2027.

Les deux partenaires y consacreront une enveloppe de 38 millions de dollars, dont 60 % apportés par Vésale, a précisé le directeur Amérique latine de Vésale, Nicolas Berthier.

L'usine emploiera 400 personnes et produira 600 véhicules par an, destinés au Costa Rica, au Panama et au Guatemala. Les bus transporteront à terme 120 000 passagers par jour dans la Grande Aire métropolitaine, selon le ministre de l'Environnement et de l'Énergie, Álvaro Solano Arce.

L'Institut costaricien d'électricité (ICE) a signé avec la coentreprise un accord pour installer 150 bornes de recharge rapide sur les lignes concernées. Sa présidente exécutive, Laura Montero Chaves, a promis les premières bornes pour la fin de 2026.

« Nous voulons prouver qu'une industrie du bus propre est possible en Amérique centrale », a affirmé la fondatrice et présidente de Grupo Transportes Barva, Silvia Barquero Rojas.

L'ambassadrice de France au Costa Rica, Isabelle Garnier-Lacombe, a salué « un projet exemplaire ». Le marché des autobus en Amérique centrale représente environ 900 millions de dollars par an, selon la profession.""",
[("Autocars Vésale", "Organization", ["Vésale", "Autocars Vesale"]),
 ("Grupo Transportes Barva", "Organization", ["Transportes Barva", "Grupo Barva"]),
 ("Movilidad Eléctrica Central", "Organization", ["Movilidad Electrica Central"]),
 ("Nicolas Berthier", "Person", ["Berthier"]),
 ("Álvaro Solano Arce", "Person", ["Álvaro Solano", "Solano Arce", "Alvaro Solano Arce"]),
 ("Ministerio de Ambiente y Energía", "Organization", ["MINAE", "Minae", "ministère de l'Environnement et de l'Énergie"]),
 ("Instituto Costarricense de Electricidad", "Organization", ["ICE", "Institut costaricien d'électricité"]),
 ("Laura Montero Chaves", "Person", ["Laura Montero", "Montero Chaves"]),
 ("Silvia Barquero Rojas", "Person", ["Silvia Barquero", "Barquero Rojas"]),
 ("Isabelle Garnier-Lacombe", "Person", ["Garnier-Lacombe"]),
 ("Alajuela", "Place", []),
 ("Costa Rica", "Place", []),
 ("Panama", "Place", ["Panamá"]),
 ("Guatemala", "Place", []),
 FR],
roles=[R("Nicolas Berthier", "directeur Amérique latine", "Autocars Vésale", "le directeur Amérique latine de Vésale, Nicolas Berthier"),
       R("Álvaro Solano Arce", "ministre de l'Environnement et de l'Énergie", ["Ministerio de Ambiente y Energía", "Costa Rica"], "le ministre de l'Environnement et de l'Énergie, Álvaro Solano Arce"),
       R("Laura Montero Chaves", "présidente exécutive", "Instituto Costarricense de Electricidad", "Sa présidente exécutive, Laura Montero Chaves"),
       R("Silvia Barquero Rojas", ["fondatrice et présidente", "fondatrice", "présidente"], "Grupo Transportes Barva", "la fondatrice et présidente de Grupo Transportes Barva, Silvia Barquero Rojas"),
       R("Isabelle Garnier-Lacombe", "ambassadrice", "France", "L'ambassadrice de France au Costa Rica, Isabelle Garnier-Lacombe")],
inv=[I("Autocars Vésale", ["Alajuela", "Costa Rica"], 38000000, "USD", "à partir de 2027", "usine d'assemblage de bus électriques (coentreprise)", "consacreront une enveloppe de 38 millions de dollars", alts=["Grupo Transportes Barva", "Movilidad Eléctrica Central"]),
     I("Grupo Transportes Barva", ["Alajuela", "Costa Rica"], 38000000, "USD", "à partir de 2027", "même investissement (co-investisseur)", "consacreront une enveloppe de 38 millions de dollars", opt=True, alts=["Autocars Vésale", "Movilidad Eléctrica Central"])],
parts=[P("Autocars Vésale", "Grupo Transportes Barva", "Movilidad Eléctrica Central", "ont constitué une coentreprise, Movilidad Eléctrica Central"),
       P("Movilidad Eléctrica Central", "Instituto Costarricense de Electricidad", "bornes de recharge rapide", "a signé avec la coentreprise un accord", a_alt=["Autocars Vésale", "Grupo Transportes Barva"])],
claims=[C("Movilidad Eléctrica Central", "jobs", 400, "personnes", "L'usine emploiera 400 personnes"),
        C("Movilidad Eléctrica Central", "people_reached", 120000, "passagers par jour", "120 000 passagers par jour"),
        C("Movilidad Eléctrica Central", "other", 600, "véhicules par an", "produira 600 véhicules par an", opt=True),
        C("Instituto Costarricense de Electricidad", "other", 150, "bornes", "150 bornes de recharge rapide", opt=True)],
notes="Invented. The investment sentence ('Les deux partenaires y consacreront une enveloppe de ...') comes after the JV sentence: joint investment, required row with alternatives, optional row for the partner; the 60 % share is not turned into an amount. 'Sa présidente exécutive' = the ICE's. The ICE agreement is with the JV (parents accepted). Market size is not an investment. 'fondatrice et présidente' compound title.")

A("q24", "fr", "2026-11-24", "https://example.org/actualites/lumenor-puebla-usine-eclairage",
"""Mexique : Lumenor investira 2,5 milliards de pesos dans une usine d'éclairage à Puebla

La société française Lumenor, spécialiste de l'éclairage public à LED, investira 2,5 milliards de pesos (environ 125 millions d'euros) dans une usine à San José Chiapa, dans l'État de Puebla, a annoncé mardi sa cofondatrice et directrice générale, Inès Carvalho-Roux.

La gouverneure de Puebla, Adriana Téllez Romano, a salué un projet qui créera 650 emplois directs. Le secrétaire à l'Économie de l'État, Eduardo Cholula Vargas, a pour sa part indiqué que l'usine commencerait à produire au deuxième semestre 2027.

Lumenor a signé une lettre d'intention avec le Colegio de Educación Profesional Técnica de l'État de Puebla (Conalep Puebla) afin de former 350 techniciens en électronique et en maintenance.

La société a aussi conclu un accord-cadre avec la municipalité de Puebla pour remplacer 40 000 luminaires de la capitale de l'État, ce qui bénéficiera à 1,7 million d'habitants, selon la présidente municipale, Gabriela Huerta Osorio.

Son directeur administratif et financier (CFO), Grégoire Lemaire-Dantec, a précisé que l'usine serait financée sur fonds propres. Lumenor vise un chiffre d'affaires de 400 millions d'euros en 2028, contre 240 millions l'an dernier.

Le marché mexicain de l'éclairage public est estimé à 1,2 milliard de dollars, selon le cabinet Lux Analytica.""",
[("Lumenor", "Organization", []),
 ("Inès Carvalho-Roux", "Person", ["Carvalho-Roux", "Ines Carvalho-Roux"]),
 ("Adriana Téllez Romano", "Person", ["Adriana Téllez", "Téllez Romano", "Adriana Tellez Romano"]),
 ("Eduardo Cholula Vargas", "Person", ["Eduardo Cholula", "Cholula Vargas"]),
 ("Secretaría de Economía de Puebla", "Organization", ["Secretaría de Economía", "secrétariat à l'Économie de Puebla"]),
 ("Conalep Puebla", "Organization", ["Conalep", "Colegio de Educación Profesional Técnica de l'État de Puebla", "Colegio de Educación Profesional Técnica del Estado de Puebla", "CONALEP Puebla"]),
 ("Ayuntamiento de Puebla", "Organization", ["municipalité de Puebla", "municipio de Puebla"]),
 ("Gabriela Huerta Osorio", "Person", ["Gabriela Huerta", "Huerta Osorio"]),
 ("Grégoire Lemaire-Dantec", "Person", ["Lemaire-Dantec", "Gregoire Lemaire-Dantec"]),
 ("Lux Analytica", "Organization", []),
 ("San José Chiapa", "Place", ["San Jose Chiapa"]),
 ("Puebla", "Place", ["État de Puebla", "Puebla de Zaragoza"]),
 MX],
roles=[R("Inès Carvalho-Roux", ["cofondatrice et directrice générale", "cofondatrice", "directrice générale"], "Lumenor", "sa cofondatrice et directrice générale, Inès Carvalho-Roux"),
       R("Adriana Téllez Romano", "gouverneure", "Puebla", "La gouverneure de Puebla, Adriana Téllez Romano"),
       R("Eduardo Cholula Vargas", "secrétaire à l'Économie", ["Secretaría de Economía de Puebla", "Puebla"], "Le secrétaire à l'Économie de l'État, Eduardo Cholula Vargas"),
       R("Gabriela Huerta Osorio", "présidente municipale", ["Ayuntamiento de Puebla", "Puebla"], "selon la présidente municipale, Gabriela Huerta Osorio"),
       R("Grégoire Lemaire-Dantec", ["directeur administratif et financier", "CFO"], "Lumenor", "Son directeur administratif et financier (CFO), Grégoire Lemaire-Dantec")],
inv=[I("Lumenor", ["San José Chiapa", "Puebla", "Mexico"], 2500000000, "MXN", "production au deuxième semestre 2027", "usine d'éclairage public à LED", "investira 2,5 milliards de pesos"),
     I("Lumenor", ["San José Chiapa", "Puebla", "Mexico"], 125000000, "EUR", None, "équivalent en euros", "environ 125 millions d'euros", opt=True)],
parts=[P("Lumenor", "Conalep Puebla", None, "Lumenor a signé une lettre d'intention avec le Colegio de Educación Profesional Técnica"),
       P("Lumenor", "Ayuntamiento de Puebla", "remplacement de 40 000 luminaires", "La société a aussi conclu un accord-cadre avec la municipalité de Puebla")],
claims=[C("Lumenor", "jobs", 650, "emplois", "créera 650 emplois directs"),
        C("Conalep Puebla", "trainees", 350, "techniciens", "afin de former 350 techniciens"),
        C("Ayuntamiento de Puebla", "people_reached", 1700000, "habitants", "bénéficiera à 1,7 million d'habitants"),
        C("Lumenor", "other", 40000, "luminaires", "remplacer 40 000 luminaires", opt=True)],
notes="Invented. '2,5 milliards de pesos' = 2.5e9 MXN; EUR equivalent optional. 'présidente municipale' is the Mexican mayor's title; her org is the city (Ayuntamiento de Puebla; the place name Puebla is shared by city and state). The state secretary's state is 'de l'État' (Puebla, from the previous sentence). A lettre d'intention and an accord-cadre with a municipality are partnerships. Target revenue and market size are not investments.")
