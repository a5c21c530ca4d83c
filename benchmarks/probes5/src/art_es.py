# Spanish articles r08-r16 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])
US = ("United States", "Place", ["Estados Unidos", "EE.UU.", "EU", "U.S.", "États-Unis"])

A("r08", "es", "2026-01-27", "https://example.org/tamaulipas/boletines/2026/0127-norcliff-reynosa",
"""Inaugura Gobernador planta de Norcliff Climate Systems en Reynosa; invierte 145 mdd y generará mil 200 empleos

Boletín 0127/2026

Reynosa, Tamaulipas, 27 de enero de 2026.- Con una inversión de 145 millones de dólares, la empresa estadounidense Norcliff Climate Systems inauguró este martes su planta de compresores y unidades de climatización en el Parque Industrial Río Bravo Poniente de Reynosa, la primera de la compañía fuera de Estados Unidos, en un evento encabezado por el gobernador del estado, Rodolfo Garza Montelongo, quien destacó que el proyecto generará mil 200 empleos directos en su primera etapa.

Acompañaron al mandatario estatal en el corte de listón el secretario de Desarrollo Económico, Efraín Chapa Salinas; la subsecretaria de Promoción de Inversiones, Mónica Lerma Quintanilla; el director general del Instituto de Capacitación para el Trabajo del Estado de Tamaulipas (ICATET), Jesús Orlando Cavazos Peña; el rector de la Universidad Autónoma de Tamaulipas, Gilberto Zertuche Ríos; el presidente municipal de Reynosa, Héctor Javier Longoria Ochoa; la diputada local Yolanda Saldívar Cantú, presidenta de la Comisión de Desarrollo Industrial del Congreso del Estado, y el presidente de la Canacintra Reynosa, Luis Arturo Barrera Guajardo.

Por parte de la empresa estuvieron presentes el presidente y director ejecutivo de Norcliff, Douglas Kilbride; la vicepresidenta de Operaciones Globales, Karen Lindqvist-Moore, y el director de la planta Reynosa, ingeniero Óscar Tamez Benavides.

"Tamaulipas ya no compite sólo por mano de obra; compite por talento calificado", expresó el mandatario, quien recordó que la planta fue anunciada hace apenas catorce meses.

El titular de Desarrollo Económico detalló que la planta producirá 900 mil compresores al año para el mercado de Norteamérica y que, en una segunda etapa prevista para 2028, la plantilla podría llegar a 2 mil trabajadores si se confirma la demanda de sus clientes.

Como parte del arranque, Norcliff firmó un convenio con el ICATET para capacitar a 400 técnicos en refrigeración y soldadura, así como un acuerdo con la Universidad Autónoma de Tamaulipas para que 150 estudiantes de ingeniería realicen prácticas profesionales y estadías en la planta.

La subsecretaria Lerma Quintanilla informó que en 2025 Tamaulipas captó 2 mil 380 millones de dólares de inversión extranjera directa y que la cartera de proyectos en seguimiento suma 31 empresas de los sectores automotriz, eléctrico y de dispositivos médicos.

A su vez, el presidente de la Canacintra Reynosa pidió a la compañía abrir sus procesos de compra a las empresas locales, y anunció que la cámara buscará vincular a 60 talleres y proveedores de la región con la cadena de suministro de Norcliff.

-o0o-""",
[("Norcliff Climate Systems", "Organization", ["Norcliff"]),
 ("Gobierno de Tamaulipas", "Organization", ["Gobierno del Estado de Tamaulipas"]),
 ("Rodolfo Garza Montelongo", "Person", ["Rodolfo Garza", "Garza Montelongo"]),
 ("Efraín Chapa Salinas", "Person", ["Efrain Chapa Salinas", "Efraín Chapa", "Chapa Salinas"]),
 ("Secretaría de Desarrollo Económico de Tamaulipas", "Organization", ["Secretaria de Desarrollo Economico de Tamaulipas", "Secretaría de Desarrollo Económico", "Desarrollo Económico"]),
 ("Mónica Lerma Quintanilla", "Person", ["Monica Lerma Quintanilla", "Mónica Lerma", "Lerma Quintanilla"]),
 ("Instituto de Capacitación para el Trabajo del Estado de Tamaulipas", "Organization", ["ICATET", "Instituto de Capacitacion para el Trabajo del Estado de Tamaulipas"]),
 ("Jesús Orlando Cavazos Peña", "Person", ["Jesus Orlando Cavazos Pena", "Jesús Orlando Cavazos", "Cavazos Peña"]),
 ("Universidad Autónoma de Tamaulipas", "Organization", ["UAT", "Universidad Autonoma de Tamaulipas"]),
 ("Gilberto Zertuche Ríos", "Person", ["Gilberto Zertuche Rios", "Gilberto Zertuche", "Zertuche Ríos"]),
 ("Héctor Javier Longoria Ochoa", "Person", ["Hector Javier Longoria Ochoa", "Héctor Javier Longoria", "Longoria Ochoa"]),
 ("Ayuntamiento de Reynosa", "Organization", ["Municipio de Reynosa", "Gobierno Municipal de Reynosa"]),
 ("Yolanda Saldívar Cantú", "Person", ["Yolanda Saldivar Cantu", "Yolanda Saldívar", "Saldívar Cantú"]),
 ("Congreso del Estado de Tamaulipas", "Organization", ["Congreso del Estado", "Congreso de Tamaulipas"]),
 ("Cámara Nacional de la Industria de Transformación", "Organization", ["Canacintra", "CANACINTRA", "Canacintra Reynosa", "Camara Nacional de la Industria de Transformacion"]),
 ("Luis Arturo Barrera Guajardo", "Person", ["Luis Arturo Barrera", "Barrera Guajardo"]),
 ("Douglas Kilbride", "Person", ["Kilbride"]),
 ("Karen Lindqvist-Moore", "Person", ["Lindqvist-Moore"]),
 ("Óscar Tamez Benavides", "Person", ["Oscar Tamez Benavides", "Óscar Tamez", "Tamez Benavides"]),
 ("Reynosa", "Place", []),
 ("Parque Industrial Río Bravo Poniente", "Place", ["Parque Industrial Rio Bravo Poniente"]),
 ("Tamaulipas", "Place", ["estado de Tamaulipas"]),
 ("Norteamérica", "Place", ["North America", "Norteamerica"]),
 US, MX],
roles=[R("Rodolfo Garza Montelongo", ["gobernador", "gobernador del estado", "mandatario estatal"], ["Tamaulipas", "Gobierno de Tamaulipas"], "el gobernador del estado, Rodolfo Garza Montelongo"),
       R("Efraín Chapa Salinas", ["secretario de Desarrollo Económico", "titular de Desarrollo Económico"], ["Secretaría de Desarrollo Económico de Tamaulipas", "Tamaulipas"], "el secretario de Desarrollo Económico, Efraín Chapa Salinas"),
       R("Mónica Lerma Quintanilla", ["subsecretaria de Promoción de Inversiones", "subsecretaria"], ["Secretaría de Desarrollo Económico de Tamaulipas", "Tamaulipas"], "la subsecretaria de Promoción de Inversiones, Mónica Lerma Quintanilla"),
       R("Jesús Orlando Cavazos Peña", "director general", "Instituto de Capacitación para el Trabajo del Estado de Tamaulipas", "el director general del Instituto de Capacitación para el Trabajo del Estado de Tamaulipas (ICATET), Jesús Orlando Cavazos Peña"),
       R("Gilberto Zertuche Ríos", "rector", "Universidad Autónoma de Tamaulipas", "el rector de la Universidad Autónoma de Tamaulipas, Gilberto Zertuche Ríos"),
       R("Héctor Javier Longoria Ochoa", ["presidente municipal", "alcalde"], ["Reynosa", "Ayuntamiento de Reynosa"], "el presidente municipal de Reynosa, Héctor Javier Longoria Ochoa"),
       R("Yolanda Saldívar Cantú", ["diputada local", "diputada", "presidenta de la Comisión de Desarrollo Industrial"], ["Congreso del Estado de Tamaulipas", "Tamaulipas"], "la diputada local Yolanda Saldívar Cantú, presidenta de la Comisión de Desarrollo Industrial del Congreso del Estado"),
       R("Luis Arturo Barrera Guajardo", "presidente", "Cámara Nacional de la Industria de Transformación", "el presidente de la Canacintra Reynosa, Luis Arturo Barrera Guajardo"),
       R("Douglas Kilbride", ["presidente y director ejecutivo", "presidente", "director ejecutivo", "CEO"], "Norcliff Climate Systems", "el presidente y director ejecutivo de Norcliff, Douglas Kilbride"),
       R("Karen Lindqvist-Moore", ["vicepresidenta de Operaciones Globales", "vicepresidenta"], "Norcliff Climate Systems", "la vicepresidenta de Operaciones Globales, Karen Lindqvist-Moore"),
       R("Óscar Tamez Benavides", ["director de la planta", "director de planta", "director"], "Norcliff Climate Systems", "el director de la planta Reynosa, ingeniero Óscar Tamez Benavides")],
inv=[I("Norcliff Climate Systems", ["Parque Industrial Río Bravo Poniente", "Reynosa", "Tamaulipas", "Mexico"], 145000000, "USD", None, "planta de compresores y unidades de climatización", "Con una inversión de 145 millones de dólares, la empresa estadounidense Norcliff Climate Systems inauguró")],
parts=[P("Norcliff Climate Systems", "Instituto de Capacitación para el Trabajo del Estado de Tamaulipas", "capacitación de técnicos en refrigeración y soldadura", "Norcliff firmó un convenio con el ICATET"),
       P("Norcliff Climate Systems", "Universidad Autónoma de Tamaulipas", "prácticas profesionales y estadías", "así como un acuerdo con la Universidad Autónoma de Tamaulipas")],
claims=[C("Norcliff Climate Systems", "jobs", 1200, "empleos directos", "generará mil 200 empleos directos en su primera etapa"),
        C("Norcliff Climate Systems", "jobs", 2000, "trabajadores (segunda etapa)", "la plantilla podría llegar a 2 mil trabajadores", opt=True, note="conditional second stage"),
        C("Norcliff Climate Systems", "trainees", 400, "técnicos", "para capacitar a 400 técnicos en refrigeración y soldadura"),
        C("Norcliff Climate Systems", "trainees", 150, "estudiantes en prácticas", "para que 150 estudiantes de ingeniería realicen prácticas profesionales"),
        C("Norcliff Climate Systems", "other", 900000, "compresores al año", "producirá 900 mil compresores al año", opt=True),
        C("Cámara Nacional de la Industria de Transformación", "other", 60, "talleres y proveedores", "buscará vincular a 60 talleres y proveedores", opt=True, note="prospective suppliers")],
notes="Invented. Tamaulipas state-government bulletin (number line, dateline with '.-', '-o0o-' sign-off). The investment opens the first sentence as a prepositional phrase ('Con una inversión de 145 millones de dólares, la empresa ... inauguró'); an inaugurated plant's investment is required. Eight officials in one semicolon sentence with titles after the names (secretario, subsecretaria, director general of the state ICAT, rector, presidente municipal, a diputada local told with her title before the name without a comma plus a committee chair after it, the president of a business-chamber delegation), then three company officers in the next. A 'subsecretaria' of a state secretariat: secretariat + state. Attendees are not partners; the chamber's plan to link suppliers is optional. The conditional second-stage workforce is optional; FDI, the project portfolio and output give no fact. Interns are trainees (probes4).")

A("r09", "es", "2026-02-12", "https://example.org/durango/comunicacion-social/2026/02/12/toma-protesta-desarrollo-economico",
"""Toma protesta Aguirre Landeros a nuevo secretario de Desarrollo Económico; ratifica al titular del Icated

Durango, Dgo., 12 de febrero de 2026.- El gobernador Héctor Aguirre Landeros tomó protesta este jueves a Luis Enrique Soto Nevárez como nuevo secretario de Desarrollo Económico del Gobierno del Estado, en sustitución de Claudia Herrera Bracho, quien fue designada coordinadora general de Proyectos Estratégicos de la administración estatal.

Soto Nevárez, quien se desempeñaba como subsecretario de Industria y Comercio de la misma dependencia, es licenciado en Economía por la Universidad Juárez del Estado de Durango (UJED) y antes de integrarse al gabinete fue gerente de la delegación estatal de la Cámara Nacional de la Industria de Transformación (Canacintra).

En la misma ceremonia, celebrada en el salón Gobernadores del Palacio de Gobierno y en la que la secretaria general de Gobierno, Lorena Meraz Olvera, dio lectura a los nombramientos, el mandatario designó a Ana Karen Medrano Rosales como subsecretaria de Industria y Comercio, cargo que dejó vacante Soto Nevárez, y ratificó a Saúl Corral Ibarra como director general del Instituto de Capacitación para el Trabajo del Estado de Durango (Icated).

Asimismo, se informó que Paola Galindo Reyes asumirá a partir del 1 de marzo la titularidad de la Secretaría de Turismo, en sustitución de Julio César Amador Fierro, quien dejará el cargo para incorporarse a la iniciativa privada.

"Les pido resultados medibles: empleos, inversiones y capacitación, no fotografías", dijo Aguirre Landeros a los funcionarios.

En entrevista, el nuevo titular de Desarrollo Económico señaló que su prioridad será concretar la instalación de la planta de Forjas del Nazas, filial del grupo español Zadorra Forja, que invertirá 210 millones de dólares en Gómez Palacio y generará 900 empleos directos a partir de 2027, así como dar seguimiento a una cartera de 23 proyectos que en conjunto suman más de mil 800 millones de dólares.

Soto Nevárez añadió que el Icated y Forjas del Nazas firmaron la semana pasada un convenio para capacitar a 300 operarios de forja y maquinado en el plantel de Gómez Palacio, y que la empresa ofrecerá 40 becas a estudiantes del Instituto Tecnológico de Durango.

A la toma de protesta asistieron el presidente de la Canacintra Durango, Alfonso Jáquez Villa, y la presidenta del Consejo Coordinador Empresarial de Durango, Mariana Olvera Quiñones, quienes ofrecieron al nuevo funcionario "trabajar de la mano" para atraer proveedores a La Laguna.

De acuerdo con el Instituto Mexicano del Seguro Social, Durango cerró 2025 con 268 mil empleos formales, 2.1 por ciento más que un año antes.

---

Coordinación General de Comunicación Social""",
[("Gobierno del Estado de Durango", "Organization", ["Gobierno de Durango", "Gobierno del Estado"]),
 ("Héctor Aguirre Landeros", "Person", ["Hector Aguirre Landeros", "Héctor Aguirre", "Aguirre Landeros"]),
 ("Luis Enrique Soto Nevárez", "Person", ["Luis Enrique Soto Nevarez", "Luis Enrique Soto", "Soto Nevárez"]),
 ("Secretaría de Desarrollo Económico de Durango", "Organization", ["Secretaria de Desarrollo Economico de Durango", "Secretaría de Desarrollo Económico", "Desarrollo Económico", "Sedeco Durango"]),
 ("Claudia Herrera Bracho", "Person", ["Claudia Herrera", "Herrera Bracho"]),
 ("Universidad Juárez del Estado de Durango", "Organization", ["UJED", "Universidad Juarez del Estado de Durango"]),
 ("Cámara Nacional de la Industria de Transformación", "Organization", ["Canacintra", "CANACINTRA", "Canacintra Durango", "Camara Nacional de la Industria de Transformacion"]),
 ("Lorena Meraz Olvera", "Person", ["Lorena Meraz", "Meraz Olvera"]),
 ("Secretaría General de Gobierno de Durango", "Organization", ["Secretaría General de Gobierno", "Secretaria General de Gobierno"]),
 ("Ana Karen Medrano Rosales", "Person", ["Ana Karen Medrano", "Medrano Rosales"]),
 ("Saúl Corral Ibarra", "Person", ["Saul Corral Ibarra", "Saúl Corral", "Corral Ibarra"]),
 ("Instituto de Capacitación para el Trabajo del Estado de Durango", "Organization", ["Icated", "ICATED", "Instituto de Capacitacion para el Trabajo del Estado de Durango"]),
 ("Paola Galindo Reyes", "Person", ["Paola Galindo", "Galindo Reyes"]),
 ("Secretaría de Turismo de Durango", "Organization", ["Secretaría de Turismo", "Secretaria de Turismo"]),
 ("Julio César Amador Fierro", "Person", ["Julio Cesar Amador Fierro", "Julio César Amador", "Amador Fierro"]),
 ("Forjas del Nazas", "Organization", []),
 ("Zadorra Forja", "Organization", ["grupo Zadorra Forja"]),
 ("Instituto Tecnológico de Durango", "Organization", ["Instituto Tecnologico de Durango", "ITD"]),
 ("Alfonso Jáquez Villa", "Person", ["Alfonso Jaquez Villa", "Alfonso Jáquez", "Jáquez Villa"]),
 ("Consejo Coordinador Empresarial de Durango", "Organization", ["CCE Durango", "Consejo Coordinador Empresarial"]),
 ("Mariana Olvera Quiñones", "Person", ["Mariana Olvera Quinones", "Mariana Olvera", "Olvera Quiñones"]),
 ("Instituto Mexicano del Seguro Social", "Organization", ["IMSS"]),
 ("Durango", "Place", ["estado de Durango", "Dgo."]),
 ("Gómez Palacio", "Place", ["Gomez Palacio"]),
 ("La Laguna", "Place", ["Comarca Lagunera"]),
 ("Spain", "Place", ["España", "Espagne"]),
 MX],
roles=[R("Héctor Aguirre Landeros", ["gobernador", "mandatario"], ["Durango", "Gobierno del Estado de Durango"], "El gobernador Héctor Aguirre Landeros tomó protesta"),
       R("Luis Enrique Soto Nevárez", ["secretario de Desarrollo Económico", "titular de Desarrollo Económico", "nuevo secretario de Desarrollo Económico"], ["Secretaría de Desarrollo Económico de Durango", "Durango"], "a Luis Enrique Soto Nevárez como nuevo secretario de Desarrollo Económico del Gobierno del Estado"),
       R("Luis Enrique Soto Nevárez", ["subsecretario de Industria y Comercio", "subsecretario"], ["Secretaría de Desarrollo Económico de Durango", "Durango"], "quien se desempeñaba como subsecretario de Industria y Comercio de la misma dependencia", opt=True),
       R("Luis Enrique Soto Nevárez", ["gerente de la delegación estatal", "gerente"], "Cámara Nacional de la Industria de Transformación", "fue gerente de la delegación estatal de la Cámara Nacional de la Industria de Transformación (Canacintra)", opt=True),
       R("Claudia Herrera Bracho", ["coordinadora general de Proyectos Estratégicos", "coordinadora general"], ["Gobierno del Estado de Durango", "Durango"], "quien fue designada coordinadora general de Proyectos Estratégicos de la administración estatal"),
       R("Claudia Herrera Bracho", ["secretaria de Desarrollo Económico", "ex secretaria de Desarrollo Económico"], ["Secretaría de Desarrollo Económico de Durango", "Durango"], "en sustitución de Claudia Herrera Bracho", opt=True),
       R("Lorena Meraz Olvera", ["secretaria general de Gobierno", "secretaria general"], ["Secretaría General de Gobierno de Durango", "Durango", "Gobierno del Estado de Durango"], "la secretaria general de Gobierno, Lorena Meraz Olvera"),
       R("Ana Karen Medrano Rosales", ["subsecretaria de Industria y Comercio", "subsecretaria"], ["Secretaría de Desarrollo Económico de Durango", "Durango"], "designó a Ana Karen Medrano Rosales como subsecretaria de Industria y Comercio"),
       R("Saúl Corral Ibarra", ["director general", "titular del Icated"], "Instituto de Capacitación para el Trabajo del Estado de Durango", "ratificó a Saúl Corral Ibarra como director general del Instituto de Capacitación para el Trabajo del Estado de Durango (Icated)"),
       R("Paola Galindo Reyes", ["secretaria de Turismo", "titular de la Secretaría de Turismo", "titular"], ["Secretaría de Turismo de Durango", "Durango"], "Paola Galindo Reyes asumirá a partir del 1 de marzo la titularidad de la Secretaría de Turismo"),
       R("Julio César Amador Fierro", ["secretario de Turismo", "titular de la Secretaría de Turismo", "titular"], ["Secretaría de Turismo de Durango", "Durango"], "en sustitución de Julio César Amador Fierro, quien dejará el cargo"),
       R("Alfonso Jáquez Villa", "presidente", "Cámara Nacional de la Industria de Transformación", "el presidente de la Canacintra Durango, Alfonso Jáquez Villa"),
       R("Mariana Olvera Quiñones", "presidenta", "Consejo Coordinador Empresarial de Durango", "la presidenta del Consejo Coordinador Empresarial de Durango, Mariana Olvera Quiñones")],
inv=[I("Forjas del Nazas", ["Gómez Palacio", "Durango", "Mexico"], 210000000, "USD", "a partir de 2027", "planta de forja y maquinado", "que invertirá 210 millones de dólares en Gómez Palacio", alts=["Zadorra Forja"])],
parts=[P("Forjas del Nazas", "Instituto de Capacitación para el Trabajo del Estado de Durango", "capacitación de operarios de forja y maquinado", "el Icated y Forjas del Nazas firmaron la semana pasada un convenio", a_alt=["Zadorra Forja"])],
claims=[C("Forjas del Nazas", "jobs", 900, "empleos directos", "generará 900 empleos directos a partir de 2027"),
        C("Forjas del Nazas", "trainees", 300, "operarios", "para capacitar a 300 operarios de forja y maquinado"),
        C("Forjas del Nazas", "trainees", 40, "becas", "la empresa ofrecerá 40 becas"),
        C("Durango", "jobs", 268000, "empleos formales", "Durango cerró 2025 con 268 mil empleos formales", opt=True, note="state employment")],
notes="Invented. Cabinet-appointment communiqué from a Mexican state ('tomó protesta ... como nuevo secretario', 'en sustitución de', 'quien fue designada', 'quien se desempeñaba como', 'designó a X como', 'ratificó a X como', 'asumirá a partir del 1 de marzo la titularidad de', 'cargo que dejó vacante'). Already effective changes: the new holder is required, the predecessor's old post is optional and her new post required. The tourism change takes effect on 1 March: the incoming holder (future) and the outgoing holder (still in office) are both required (probes2 timing convention). Past posts ('se desempeñaba como', 'fue gerente de') are optional. The official reading the appointments and two business-chamber heads who attended get their roles. The investment is told in an interview paragraph inside a relative clause ('filial del grupo español X, que invertirá'), the parent accepted; the 23-project portfolio gives no fact. Becas offered to students of a school with no stated agreement: trainees, no partnership. State formal employment is optional.")

A("r10", "es", "2026-03-03", "https://example.org/risaralda/prensa/2026/03/03/alianza-risaralda-habla-lumbre",
"""Gobernación, UTP, SENA y Lumbre Contact Center firman alianza para formar 2.500 jóvenes bilingües en Risaralda

Oficina Asesora de Comunicaciones

Pereira, 3 de marzo de 2026. Con la firma de una alianza entre la Gobernación de Risaralda, la Universidad Tecnológica de Pereira (UTP), el Servicio Nacional de Aprendizaje (SENA) regional Risaralda y la multinacional española de servicios de atención al cliente Lumbre Contact Center, el departamento puso en marcha este martes el programa "Risaralda Habla", que formará en inglés y habilidades digitales a 2.500 jóvenes de Pereira, Dosquebradas y Santa Rosa de Cabal durante los próximos dos años.

La alianza se firmó en el marco del anuncio de Lumbre de abrir en Pereira un nuevo centro de operaciones, con una inversión de $ 45.000 millones, en el que prevé contratar a 1.800 personas entre este año y 2028, la mayoría de ellas agentes bilingües para clientes de Estados Unidos y Canadá.

En el acto, realizado en el auditorio Jorge Roa Martínez de la UTP, participaron el gobernador Juan Pablo Cardona Arias; la secretaria de Desarrollo Económico y Competitividad del departamento, Liliana Marín Osorio; el rector de la UTP, Carlos Alberto Henao Gil; la directora regional del SENA Risaralda, Gloria Patricia Toro Zuluaga; el alcalde de Pereira, Andrés Felipe Ríos Valencia; el alcalde de Dosquebradas, Jhon Fredy Salazar Loaiza; el presidente ejecutivo de la Cámara de Comercio de Pereira, Mauricio Gutiérrez Arcila, y el director general de Lumbre para Colombia y Ecuador, Íñigo Sarasola Etxeberria.

"Cada joven que aprende inglés en Risaralda es un joven que no tiene que irse del departamento para conseguir un buen empleo", afirmó el gobernador Cardona Arias.

Sarasola explicó que la compañía financiará además 400 becas para que estudiantes de la UTP obtengan certificaciones internacionales de inglés y que la sede de Pereira estará a cargo de Diana Carolina Mejía Restrepo, quien hasta ahora dirigía la operación de la compañía en Manizales.

De acuerdo con la directora regional del SENA, 1.200 de los jóvenes del programa recibirán además una certificación técnica en gestión de servicios digitales.

El presidente ejecutivo de la Cámara de Comercio recordó que el sector de tercerización de servicios emplea en el Eje Cafetero a cerca de 14.000 personas y que la tasa de desempleo juvenil de Pereira cerró 2025 en 17,8 %.

LEA TAMBIÉN: Aeropuerto Matecaña tendrá nueva pista en 2027

Lumbre, con sede en Bilbao, opera 38 centros en nueve países y cuenta con unos 41.000 empleados.""",
[("Gobernación de Risaralda", "Organization", ["Gobernacion de Risaralda", "Gobernación"]),
 ("Universidad Tecnológica de Pereira", "Organization", ["UTP", "Universidad Tecnologica de Pereira"]),
 ("Servicio Nacional de Aprendizaje", "Organization", ["SENA", "Sena", "SENA regional Risaralda", "SENA Risaralda"]),
 ("Lumbre Contact Center", "Organization", ["Lumbre"]),
 ("Risaralda Habla", "Program", ["programa Risaralda Habla"]),
 ("Juan Pablo Cardona Arias", "Person", ["Juan Pablo Cardona", "Cardona Arias"]),
 ("Liliana Marín Osorio", "Person", ["Liliana Marin Osorio", "Liliana Marín", "Marín Osorio"]),
 ("Secretaría de Desarrollo Económico y Competitividad de Risaralda", "Organization", ["Secretaria de Desarrollo Economico y Competitividad de Risaralda", "Secretaría de Desarrollo Económico y Competitividad"]),
 ("Carlos Alberto Henao Gil", "Person", ["Carlos Alberto Henao", "Henao Gil"]),
 ("Gloria Patricia Toro Zuluaga", "Person", ["Gloria Patricia Toro", "Toro Zuluaga"]),
 ("Andrés Felipe Ríos Valencia", "Person", ["Andres Felipe Rios Valencia", "Andrés Felipe Ríos", "Ríos Valencia"]),
 ("Alcaldía de Pereira", "Organization", ["Alcaldia de Pereira"]),
 ("Jhon Fredy Salazar Loaiza", "Person", ["Jhon Fredy Salazar", "Salazar Loaiza"]),
 ("Alcaldía de Dosquebradas", "Organization", ["Alcaldia de Dosquebradas"]),
 ("Cámara de Comercio de Pereira", "Organization", ["Camara de Comercio de Pereira", "Cámara de Comercio"]),
 ("Mauricio Gutiérrez Arcila", "Person", ["Mauricio Gutierrez Arcila", "Mauricio Gutiérrez", "Gutiérrez Arcila"]),
 ("Íñigo Sarasola Etxeberria", "Person", ["Inigo Sarasola Etxeberria", "Íñigo Sarasola", "Sarasola Etxeberria", "Sarasola"]),
 ("Diana Carolina Mejía Restrepo", "Person", ["Diana Carolina Mejia Restrepo", "Diana Carolina Mejía", "Mejía Restrepo"]),
 ("Pereira", "Place", []),
 ("Dosquebradas", "Place", []),
 ("Santa Rosa de Cabal", "Place", []),
 ("Manizales", "Place", []),
 ("Eje Cafetero", "Place", []),
 ("Bilbao", "Place", []),
 ("Risaralda", "Place", ["departamento de Risaralda"]),
 ("Colombia", "Place", ["Colombie"]),
 ("Ecuador", "Place", ["Équateur"]),
 ("Canada", "Place", ["Canadá"]),
 US],
roles=[R("Juan Pablo Cardona Arias", "gobernador", ["Risaralda", "Gobernación de Risaralda"], "participaron el gobernador Juan Pablo Cardona Arias"),
       R("Liliana Marín Osorio", ["secretaria de Desarrollo Económico y Competitividad", "secretaria"], ["Secretaría de Desarrollo Económico y Competitividad de Risaralda", "Risaralda", "Gobernación de Risaralda"], "la secretaria de Desarrollo Económico y Competitividad del departamento, Liliana Marín Osorio"),
       R("Carlos Alberto Henao Gil", "rector", "Universidad Tecnológica de Pereira", "el rector de la UTP, Carlos Alberto Henao Gil"),
       R("Gloria Patricia Toro Zuluaga", ["directora regional", "directora regional del SENA"], "Servicio Nacional de Aprendizaje", "la directora regional del SENA Risaralda, Gloria Patricia Toro Zuluaga"),
       R("Andrés Felipe Ríos Valencia", "alcalde", ["Pereira", "Alcaldía de Pereira"], "el alcalde de Pereira, Andrés Felipe Ríos Valencia"),
       R("Jhon Fredy Salazar Loaiza", "alcalde", ["Dosquebradas", "Alcaldía de Dosquebradas"], "el alcalde de Dosquebradas, Jhon Fredy Salazar Loaiza"),
       R("Mauricio Gutiérrez Arcila", "presidente ejecutivo", "Cámara de Comercio de Pereira", "el presidente ejecutivo de la Cámara de Comercio de Pereira, Mauricio Gutiérrez Arcila"),
       R("Íñigo Sarasola Etxeberria", ["director general para Colombia y Ecuador", "director general"], "Lumbre Contact Center", "el director general de Lumbre para Colombia y Ecuador, Íñigo Sarasola Etxeberria"),
       R("Diana Carolina Mejía Restrepo", ["directora de la sede de Pereira", "directora", "a cargo de la sede"], "Lumbre Contact Center", "la sede de Pereira estará a cargo de Diana Carolina Mejía Restrepo"),
       R("Diana Carolina Mejía Restrepo", ["directora de la operación en Manizales", "directora"], "Lumbre Contact Center", "quien hasta ahora dirigía la operación de la compañía en Manizales", opt=True)],
inv=[I("Lumbre Contact Center", ["Pereira", "Risaralda", "Colombia"], 45000000000, "COP", "entre este año (2026) y 2028", "centro de operaciones", "con una inversión de $ 45.000 millones")],
parts=[P("Gobernación de Risaralda", "Universidad Tecnológica de Pereira", "alianza Risaralda Habla", "la Universidad Tecnológica de Pereira (UTP), el Servicio Nacional de Aprendizaje (SENA) regional Risaralda", b_alt=["Risaralda"]),
       P("Gobernación de Risaralda", "Servicio Nacional de Aprendizaje", "alianza Risaralda Habla", "el Servicio Nacional de Aprendizaje (SENA) regional Risaralda y la multinacional española"),
       P("Gobernación de Risaralda", "Lumbre Contact Center", "alianza Risaralda Habla", "Con la firma de una alianza entre la Gobernación de Risaralda")],
claims=[C("Risaralda Habla", "trainees", 2500, "jóvenes", "que formará en inglés y habilidades digitales a 2.500 jóvenes"),
        C("Lumbre Contact Center", "jobs", 1800, "personas", "en el que prevé contratar a 1.800 personas"),
        C("Lumbre Contact Center", "trainees", 400, "becas", "la compañía financiará además 400 becas"),
        C("Risaralda Habla", "trainees", 1200, "jóvenes con certificación técnica", "1.200 de los jóvenes del programa recibirán además una certificación técnica", opt=True, note="subset of the 2.500"),
        C("Eje Cafetero", "jobs", 14000, "personas en tercerización de servicios", "emplea en el Eje Cafetero a cerca de 14.000 personas", opt=True, note="sector employment"),
        C("Lumbre Contact Center", "jobs", 41000, "empleados", "cuenta con unos 41.000 empleados", opt=True, note="existing workforce")],
notes="Invented. Colombian departmental government press release with a 'LEA TAMBIÉN' chrome line. A four-party 'alianza entre X, Y, Z y W' launched by the department ('el departamento puso en marcha'): the Gobernación is the lead, one row per pair with it (the company included), none between UTP, SENA and the company. The investment is told inside a noun phrase after the alliance ('en el marco del anuncio de Lumbre de abrir ... con una inversión de $ 45.000 millones'): 4.5e10 COP. Eight officials in one semicolon list, titles after the names with commas except the governor ('el gobernador X'). The future head of the Pereira office is required; 'hasta ahora dirigía' is optional (probes4). Subset certification, sector employment, youth unemployment and the company's workforce are optional or no fact.")

A("r11", "es", "2026-03-26", "https://example.org/arequipa/economia/conductores-chachani-rio-seco-planta-cables",
"""Conductores Chachani inaugura en Arequipa planta de cables de US$ 62 millones y firma convenio con Senati

Arequipa, 26 de marzo de 2026 (Redacción).— La empresa Conductores Chachani S.A.C., filial del grupo chileno Cobrelim, inauguró este jueves en el Parque Industrial de Río Seco, en el distrito de Cerro Colorado, una planta de cables de cobre y aluminio para minería y redes eléctricas que demandó una inversión de US$ 62 millones (unos S/ 230 millones) y que dará empleo directo a 480 personas.

La ceremonia contó con la presencia del gobernador regional de Arequipa, Víctor Hugo Begazo Paredes; de la viceministra de MYPE e Industria del Ministerio de la Producción, Giuliana Rospigliosi Vega; del gerente regional de la Producción, Ronald Chávez Llerena; del rector de la Universidad Nacional de San Agustín (UNSA), Hernán Cáceres Valdivia; del director zonal de Senati Arequipa-Puno, Miguel Ángel Tejada Bustamante; del alcalde distrital de Cerro Colorado, Elvis Apaza Torres, y de la presidenta de la Cámara de Comercio e Industria de Arequipa, Patricia Delgado Málaga.

El gerente general de Conductores Chachani, el ingeniero chileno Tomás Eyzaguirre Vial, explicó que la planta tiene capacidad para producir 24.000 toneladas de conductores al año y que el 70 % de su producción se destinará a proyectos mineros del sur peruano y a distribuidoras eléctricas de Chile y Bolivia.

Durante el acto, la empresa y el Senati firmaron un convenio de cooperación para formar a 200 técnicos en electricidad industrial y mantenimiento de maquinaria, mientras que con la UNSA suscribió una carta de intención para que 60 estudiantes de ingeniería realicen sus prácticas preprofesionales en la planta.

"Arequipa tiene cobre, tiene minería y tiene ingenieros. Lo que faltaba era alguien que fabricara aquí lo que las minas compran afuera", dijo el presidente del directorio de Cobrelim, Jorge Schmidt Larraín, quien llegó desde Santiago para la inauguración.

La viceministra Rospigliosi destacó que el proyecto forma parte de una cartera de 19 plantas industriales que el sector privado prevé poner en marcha en el sur del país hasta 2028, con inversiones por más de US$ 1.100 millones.

Eyzaguirre añadió que la compañía evalúa una segunda etapa, de unos US$ 25 millones, para fabricar cables de media tensión a partir de 2028, aunque la decisión dependerá de la evolución de la demanda.

Según el INEI, la región Arequipa creció 3,4 % en 2025, impulsada por la minería, que representa cerca del 40 % de su producción.

El gerente general adelantó que la compañía negocia con tres empresas mineras del sur contratos de suministro por""",
[("Conductores Chachani", "Organization", ["Conductores Chachani S.A.C.", "Chachani"]),
 ("Cobrelim", "Organization", ["grupo Cobrelim"]),
 ("Víctor Hugo Begazo Paredes", "Person", ["Victor Hugo Begazo Paredes", "Víctor Hugo Begazo", "Begazo Paredes"]),
 ("Gobierno Regional de Arequipa", "Organization", ["GORE Arequipa", "Gobierno Regional"]),
 ("Giuliana Rospigliosi Vega", "Person", ["Giuliana Rospigliosi", "Rospigliosi Vega", "Rospigliosi"]),
 ("Ministerio de la Producción", "Organization", ["Produce", "PRODUCE", "Ministerio de la Produccion"]),
 ("Ronald Chávez Llerena", "Person", ["Ronald Chavez Llerena", "Ronald Chávez", "Chávez Llerena"]),
 ("Gerencia Regional de la Producción de Arequipa", "Organization", ["Gerencia Regional de la Producción", "Gerencia Regional de la Produccion"]),
 ("Universidad Nacional de San Agustín", "Organization", ["UNSA", "Universidad Nacional de San Agustin", "Universidad Nacional de San Agustín de Arequipa"]),
 ("Hernán Cáceres Valdivia", "Person", ["Hernan Caceres Valdivia", "Hernán Cáceres", "Cáceres Valdivia"]),
 ("Servicio Nacional de Adiestramiento en Trabajo Industrial", "Organization", ["Senati", "SENATI", "Senati Arequipa-Puno"]),
 ("Miguel Ángel Tejada Bustamante", "Person", ["Miguel Angel Tejada Bustamante", "Miguel Ángel Tejada", "Tejada Bustamante"]),
 ("Elvis Apaza Torres", "Person", ["Elvis Apaza", "Apaza Torres"]),
 ("Municipalidad Distrital de Cerro Colorado", "Organization", ["Municipalidad de Cerro Colorado"]),
 ("Cámara de Comercio e Industria de Arequipa", "Organization", ["Camara de Comercio e Industria de Arequipa", "CCIA"]),
 ("Patricia Delgado Málaga", "Person", ["Patricia Delgado Malaga", "Patricia Delgado", "Delgado Málaga"]),
 ("Tomás Eyzaguirre Vial", "Person", ["Tomas Eyzaguirre Vial", "Tomás Eyzaguirre", "Eyzaguirre Vial", "Eyzaguirre"]),
 ("Jorge Schmidt Larraín", "Person", ["Jorge Schmidt Larrain", "Jorge Schmidt", "Schmidt Larraín"]),
 ("Instituto Nacional de Estadística e Informática", "Organization", ["INEI"]),
 ("Parque Industrial de Río Seco", "Place", ["Parque Industrial de Rio Seco", "Río Seco"]),
 ("Cerro Colorado", "Place", ["distrito de Cerro Colorado"]),
 ("Arequipa", "Place", ["región Arequipa"]),
 ("Puno", "Place", []),
 ("Santiago", "Place", ["Santiago de Chile"]),
 ("Peru", "Place", ["Perú", "Pérou"]),
 ("Chile", "Place", ["Chili"]),
 ("Bolivia", "Place", ["Bolivie"])],
roles=[R("Víctor Hugo Begazo Paredes", "gobernador regional", ["Arequipa", "Gobierno Regional de Arequipa"], "del gobernador regional de Arequipa, Víctor Hugo Begazo Paredes"),
       R("Giuliana Rospigliosi Vega", ["viceministra de MYPE e Industria", "viceministra"], ["Ministerio de la Producción", "Peru"], "de la viceministra de MYPE e Industria del Ministerio de la Producción, Giuliana Rospigliosi Vega"),
       R("Ronald Chávez Llerena", ["gerente regional de la Producción", "gerente regional"], ["Gerencia Regional de la Producción de Arequipa", "Gobierno Regional de Arequipa", "Arequipa"], "del gerente regional de la Producción, Ronald Chávez Llerena"),
       R("Hernán Cáceres Valdivia", "rector", "Universidad Nacional de San Agustín", "del rector de la Universidad Nacional de San Agustín (UNSA), Hernán Cáceres Valdivia"),
       R("Miguel Ángel Tejada Bustamante", ["director zonal", "director zonal de Senati Arequipa-Puno"], "Servicio Nacional de Adiestramiento en Trabajo Industrial", "del director zonal de Senati Arequipa-Puno, Miguel Ángel Tejada Bustamante"),
       R("Elvis Apaza Torres", ["alcalde distrital", "alcalde"], ["Cerro Colorado", "Municipalidad Distrital de Cerro Colorado"], "del alcalde distrital de Cerro Colorado, Elvis Apaza Torres"),
       R("Patricia Delgado Málaga", "presidenta", "Cámara de Comercio e Industria de Arequipa", "de la presidenta de la Cámara de Comercio e Industria de Arequipa, Patricia Delgado Málaga"),
       R("Tomás Eyzaguirre Vial", "gerente general", "Conductores Chachani", "El gerente general de Conductores Chachani, el ingeniero chileno Tomás Eyzaguirre Vial"),
       R("Jorge Schmidt Larraín", ["presidente del directorio", "presidente"], "Cobrelim", "dijo el presidente del directorio de Cobrelim, Jorge Schmidt Larraín")],
inv=[I("Conductores Chachani", ["Parque Industrial de Río Seco", "Cerro Colorado", "Arequipa", "Peru"], 62000000, "USD", None, "planta de cables de cobre y aluminio", "que demandó una inversión de US$ 62 millones", alts=["Cobrelim"]),
     I("Conductores Chachani", ["Parque Industrial de Río Seco", "Cerro Colorado", "Arequipa", "Peru"], 230000000, "PEN", None, "equivalente en soles", "(unos S/ 230 millones)", opt=True, alts=["Cobrelim"]),
     I("Conductores Chachani", ["Parque Industrial de Río Seco", "Cerro Colorado", "Arequipa", "Peru"], 25000000, "USD", "a partir de 2028 (en evaluación)", "segunda etapa, cables de media tensión (no decidida)", "la compañía evalúa una segunda etapa, de unos US$ 25 millones", opt=True, alts=["Cobrelim"])],
parts=[P("Conductores Chachani", "Servicio Nacional de Adiestramiento en Trabajo Industrial", "formación de técnicos", "la empresa y el Senati firmaron un convenio de cooperación", a_alt=["Cobrelim"]),
       P("Conductores Chachani", "Universidad Nacional de San Agustín", "carta de intención (prácticas preprofesionales)", "con la UNSA suscribió una carta de intención", a_alt=["Cobrelim"])],
claims=[C("Conductores Chachani", "jobs", 480, "empleos directos", "que dará empleo directo a 480 personas"),
        C("Conductores Chachani", "trainees", 200, "técnicos", "para formar a 200 técnicos en electricidad industrial"),
        C("Conductores Chachani", "trainees", 60, "estudiantes en prácticas", "para que 60 estudiantes de ingeniería realicen sus prácticas preprofesionales"),
        C("Conductores Chachani", "other", 24000, "toneladas al año", "capacidad para producir 24.000 toneladas de conductores al año", opt=True)],
notes="Invented. Peruvian regional newspaper report of an inauguration; the excerpt stops mid-sentence. The inaugurated plant's investment ('que demandó una inversión de US$ 62 millones (unos S/ 230 millones)') is required, the PEN equivalent optional, the undecided second stage optional. Seven officials listed with 'contó con la presencia del ... ; de la ... ; del ...' (titles after the names, each introduced by 'de'): a regional governor, a viceministra (vice post; ministry + Peru), a regional 'gerente regional de la Producción' (regional body + region), a rector, a Senati zonal director, a district mayor and a chamber president. 'la empresa y el Senati firmaron un convenio' and 'con la UNSA suscribió una carta de intención' are required partnerships. The 19-plant regional pipeline, regional growth and the mining share give no fact.")

A("r12", "es", "2026-04-15", "https://example.org/araucania/economia/laminados-del-cautin-lautaro-clt",
"""Laminados del Cautín invertirá US$ 88 millones en planta de madera contralaminada en Lautaro y sella alianza de capacitación con UFRO, Inacap y Sence

Por Equipo Economía | Temuco

La empresa forestal Laminados del Cautín S.A. anunció una inversión de US$ 88 millones —unos $ 83.000 millones— para construir en la comuna de Lautaro la primera planta de madera contralaminada (CLT) de La Araucanía, que comenzará a operar en el segundo semestre de 2028 y tendrá capacidad para producir 60.000 metros cúbicos de paneles al año, suficientes para unas 3.000 viviendas.

El anuncio se realizó este miércoles en Temuco, en una ceremonia encabezada por la delegada presidencial regional, Carolina Huenchullán Rivas, y a la que asistieron el seremi de Economía, Fomento y Turismo, Patricio Melo Sandoval; la seremi del Trabajo y Previsión Social, Verónica Painemal Cid; el director regional del Servicio Nacional de Capacitación y Empleo (Sence), Álex Riquelme Parra; el rector de la Universidad de La Frontera (UFRO), Rodrigo Navarrete Bravo; la vicerrectora de sede de Inacap Temuco, Claudia Oyarzún Mella; el alcalde de Lautaro, Ricardo Burgos Fica, y el presidente de la Corporación de Desarrollo de La Araucanía (Corparaucanía), Juan Carlos Weber Pino.

En la oportunidad, la compañía firmó una alianza con la UFRO, Inacap y el Sence para formar a 350 trabajadores de la zona en construcción industrializada en madera, carpintería de precisión y operación de maquinaria CNC, y para otorgar 60 becas a estudiantes de Ingeniería Civil y Construcción Civil de ambas casas de estudio.

El gerente general de Laminados del Cautín, Sebastián Kusch Ebner, explicó que la planta generará 260 empleos directos y unos 700 durante la construcción, que se iniciará en octubre. "Queremos que la madera de La Araucanía se quede aquí convertida en edificios, no que salga en trozos por el puerto", dijo.

La planta será dirigida por Daniela Vergara Alarcón, actual jefa de operaciones del aserradero que la empresa tiene en Pitrufquén.

El proyecto se financiará con recursos propios y un crédito sindicado por US$ 50 millones liderado por BancoEstado.

TE PUEDE INTERESAR: Temuco tendrá nuevo terminal de buses en 2027

La Araucanía registró en el trimestre diciembre-febrero una tasa de desocupación de 8,9 %, la segunda más alta del país, según el INE, y su sector forestal exportó US$ 410 millones el año pasado.""",
[("Laminados del Cautín", "Organization", ["Laminados del Cautín S.A.", "Laminados del Cautin"]),
 ("Carolina Huenchullán Rivas", "Person", ["Carolina Huenchullan Rivas", "Carolina Huenchullán", "Huenchullán Rivas"]),
 ("Delegación Presidencial Regional de La Araucanía", "Organization", ["Delegación Presidencial", "Delegacion Presidencial Regional de La Araucania"]),
 ("Patricio Melo Sandoval", "Person", ["Patricio Melo", "Melo Sandoval"]),
 ("Ministerio de Economía, Fomento y Turismo", "Organization", ["Ministerio de Economia, Fomento y Turismo", "Seremi de Economía", "Ministerio de Economía"]),
 ("Verónica Painemal Cid", "Person", ["Veronica Painemal Cid", "Verónica Painemal", "Painemal Cid"]),
 ("Ministerio del Trabajo y Previsión Social", "Organization", ["Ministerio del Trabajo y Prevision Social", "Seremi del Trabajo", "Ministerio del Trabajo"]),
 ("Servicio Nacional de Capacitación y Empleo", "Organization", ["Sence", "SENCE", "Servicio Nacional de Capacitacion y Empleo"]),
 ("Álex Riquelme Parra", "Person", ["Alex Riquelme Parra", "Álex Riquelme", "Riquelme Parra"]),
 ("Universidad de La Frontera", "Organization", ["UFRO", "Ufro"]),
 ("Rodrigo Navarrete Bravo", "Person", ["Rodrigo Navarrete Bravo", "Rodrigo Navarrete", "Navarrete Bravo"]),
 ("Inacap", "Organization", ["INACAP", "Inacap Temuco"]),
 ("Claudia Oyarzún Mella", "Person", ["Claudia Oyarzun Mella", "Claudia Oyarzún", "Oyarzún Mella"]),
 ("Ricardo Burgos Fica", "Person", ["Ricardo Burgos", "Burgos Fica"]),
 ("Municipalidad de Lautaro", "Organization", []),
 ("Corporación de Desarrollo de La Araucanía", "Organization", ["Corparaucanía", "Corparaucania", "Corporacion de Desarrollo de La Araucania"]),
 ("Juan Carlos Weber Pino", "Person", ["Juan Carlos Weber", "Weber Pino"]),
 ("Sebastián Kusch Ebner", "Person", ["Sebastian Kusch Ebner", "Sebastián Kusch", "Kusch Ebner"]),
 ("Daniela Vergara Alarcón", "Person", ["Daniela Vergara Alarcon", "Daniela Vergara", "Vergara Alarcón"]),
 ("BancoEstado", "Organization", ["Banco del Estado de Chile"]),
 ("Instituto Nacional de Estadísticas", "Organization", ["INE"]),
 ("Lautaro", "Place", ["comuna de Lautaro"]),
 ("Temuco", "Place", []),
 ("Pitrufquén", "Place", ["Pitrufquen"]),
 ("La Araucanía", "Place", ["La Araucania", "Región de La Araucanía", "Araucanía"]),
 ("Chile", "Place", ["Chili"])],
roles=[R("Carolina Huenchullán Rivas", ["delegada presidencial regional", "delegada presidencial"], ["Delegación Presidencial Regional de La Araucanía", "La Araucanía", "Chile"], "la delegada presidencial regional, Carolina Huenchullán Rivas"),
       R("Patricio Melo Sandoval", ["seremi de Economía, Fomento y Turismo", "seremi de Economía", "seremi"], ["Ministerio de Economía, Fomento y Turismo", "La Araucanía", "Chile"], "el seremi de Economía, Fomento y Turismo, Patricio Melo Sandoval"),
       R("Verónica Painemal Cid", ["seremi del Trabajo y Previsión Social", "seremi del Trabajo", "seremi"], ["Ministerio del Trabajo y Previsión Social", "La Araucanía", "Chile"], "la seremi del Trabajo y Previsión Social, Verónica Painemal Cid"),
       R("Álex Riquelme Parra", ["director regional", "director regional del Sence"], "Servicio Nacional de Capacitación y Empleo", "el director regional del Servicio Nacional de Capacitación y Empleo (Sence), Álex Riquelme Parra"),
       R("Rodrigo Navarrete Bravo", "rector", "Universidad de La Frontera", "el rector de la Universidad de La Frontera (UFRO), Rodrigo Navarrete Bravo"),
       R("Claudia Oyarzún Mella", ["vicerrectora de sede", "vicerrectora"], "Inacap", "la vicerrectora de sede de Inacap Temuco, Claudia Oyarzún Mella"),
       R("Ricardo Burgos Fica", "alcalde", ["Lautaro", "Municipalidad de Lautaro"], "el alcalde de Lautaro, Ricardo Burgos Fica"),
       R("Juan Carlos Weber Pino", "presidente", "Corporación de Desarrollo de La Araucanía", "el presidente de la Corporación de Desarrollo de La Araucanía (Corparaucanía), Juan Carlos Weber Pino"),
       R("Sebastián Kusch Ebner", "gerente general", "Laminados del Cautín", "El gerente general de Laminados del Cautín, Sebastián Kusch Ebner"),
       R("Daniela Vergara Alarcón", ["directora de la planta", "directora", "dirigirá la planta"], "Laminados del Cautín", "La planta será dirigida por Daniela Vergara Alarcón"),
       R("Daniela Vergara Alarcón", ["jefa de operaciones", "jefa de operaciones del aserradero"], "Laminados del Cautín", "actual jefa de operaciones del aserradero que la empresa tiene en Pitrufquén")],
inv=[I("Laminados del Cautín", ["Lautaro", "La Araucanía", "Chile"], 88000000, "USD", "operación desde el segundo semestre de 2028", "planta de madera contralaminada (CLT)", "anunció una inversión de US$ 88 millones"),
     I("Laminados del Cautín", ["Lautaro", "La Araucanía", "Chile"], 83000000000, "CLP", None, "equivalente en pesos chilenos", "—unos $ 83.000 millones—", opt=True)],
parts=[P("Laminados del Cautín", "Universidad de La Frontera", "alianza de capacitación", "la compañía firmó una alianza con la UFRO, Inacap y el Sence"),
       P("Laminados del Cautín", "Inacap", "alianza de capacitación", "la compañía firmó una alianza con la UFRO, Inacap y el Sence"),
       P("Laminados del Cautín", "Servicio Nacional de Capacitación y Empleo", "alianza de capacitación", "la compañía firmó una alianza con la UFRO, Inacap y el Sence"),
       P("BancoEstado", "Laminados del Cautín", "crédito sindicado", "un crédito sindicado por US$ 50 millones liderado por BancoEstado", opt=True)],
claims=[C("Laminados del Cautín", "trainees", 350, "trabajadores", "para formar a 350 trabajadores de la zona"),
        C("Laminados del Cautín", "trainees", 60, "becas", "para otorgar 60 becas"),
        C("Laminados del Cautín", "jobs", 260, "empleos directos", "la planta generará 260 empleos directos"),
        C("Laminados del Cautín", "jobs", 700, "empleos en construcción", "unos 700 durante la construcción", note="construction"),
        C("Laminados del Cautín", "other", 60000, "metros cúbicos al año", "producir 60.000 metros cúbicos de paneles al año", opt=True),
        C("Laminados del Cautín", "other", 3000, "viviendas equivalentes", "suficientes para unas 3.000 viviendas", opt=True)],
notes="Invented. Chilean regional newspaper with byline line and a 'TE PUEDE INTERESAR' chrome line. Amount with em-dash equivalent ('US$ 88 millones —unos $ 83.000 millones—'): USD required, CLP optional. Chilean officials in one long sentence: the delegada presidencial regional (delegation + region + country), two seremis (ministry + region + country, probes4), a Sence regional director, a rector, a 'vicerrectora de sede' (vice post), a mayor and a regional business-corporation president. A four-party 'alianza con X, Y y Z' gives one row per pair with the company, Sence included because it signs. The future plant head ('será dirigida por') and her current post ('actual jefa de operaciones') are both required. The syndicated loan is an optional link; unemployment and forestry exports give no fact.")

A("r13", "es", "2026-05-06", "https://example.org/cordoba/negocios/canova-marcos-juarez-sembradoras",
"""La italiana Canova invertirá US$ 40 millones en una planta de sembradoras en Marcos Juárez

El fabricante italiano de maquinaria agrícola Canova Macchine Agricole invertirá US$ 40 millones —unos $ 48.000 millones al tipo de cambio oficial— en una planta de sembradoras y cabezales maiceros en el parque industrial de Marcos Juárez, en el sudeste cordobés, con la que busca abastecer a productores de la Argentina, Uruguay y Paraguay. La obra se hará en dos etapas entre 2026 y 2028.

El anuncio lo hicieron ayer en el Centro Cívico el gobernador Osvaldo Bertone Ríos, el ministro de Industria, Comercio y Minería provincial, Gustavo Mansilla Peretti, y el director general de Canova para América del Sur, el italiano Riccardo Bellandi, ante intendentes del departamento Marcos Juárez, dirigentes de la Unión Industrial de Córdoba (UIC) y autoridades universitarias.

La planta empleará a 220 personas de manera directa cuando esté en plena producción y generará unos 500 puestos indirectos en talleres y proveedores metalmecánicos de la zona, según la empresa.

Canova firmó además un convenio con la Universidad Nacional de Córdoba (UNC) para ensayar sus equipos en el campo experimental de la Facultad de Ciencias Agropecuarias, y otro con la Facultad Regional Córdoba de la Universidad Tecnológica Nacional (UTN) para formar a 90 técnicos en soldadura robotizada y control numérico. Firmaron por las casas de estudio el decano de Ciencias Agropecuarias de la UNC, Horacio Bazán Ledesma, y la decana de la regional Córdoba de la UTN, Silvina Marchisio Costa.

"Elegimos Marcos Juárez porque a cincuenta kilómetros a la redonda están nuestros clientes y nuestros proveedores", dijo Bellandi. La planta estará a cargo de Franco Dall'Asta, un ingeniero rosarino que hasta ahora dirigía la filial brasileña del grupo en Passo Fundo.

El intendente de Marcos Juárez, Pablo Testa Ferrero, anticipó que el municipio cederá en comodato un predio de seis hectáreas, y la presidenta de la UIC, Alejandra Bonetto Vivas, celebró "una inversión que elige el interior productivo". También estuvo presente el embajador de Italia en la Argentina, Lorenzo Galli Ferraris.

El proyecto contará con un préstamo de US$ 15 millones del Banco de la Provincia de Córdoba (Bancor).

Según la Cámara Argentina de Fabricantes de Maquinaria Agrícola, la venta de sembradoras creció 22 % en 2025 y cerca del 80 % de la maquinaria agrícola del país se fabrica en Córdoba, Santa Fe y Buenos Aires.""",
[("Canova Macchine Agricole", "Organization", ["Canova"]),
 ("Osvaldo Bertone Ríos", "Person", ["Osvaldo Bertone Rios", "Osvaldo Bertone", "Bertone Ríos"]),
 ("Gobierno de Córdoba", "Organization", ["Gobierno de Cordoba", "Provincia de Córdoba", "Gobierno de la Provincia de Córdoba"]),
 ("Gustavo Mansilla Peretti", "Person", ["Gustavo Mansilla", "Mansilla Peretti"]),
 ("Ministerio de Industria, Comercio y Minería de Córdoba", "Organization", ["Ministerio de Industria, Comercio y Minería", "Ministerio de Industria, Comercio y Mineria de Cordoba"]),
 ("Riccardo Bellandi", "Person", ["Bellandi"]),
 ("Unión Industrial de Córdoba", "Organization", ["UIC", "Union Industrial de Cordoba"]),
 ("Universidad Nacional de Córdoba", "Organization", ["UNC", "Universidad Nacional de Cordoba"]),
 ("Facultad de Ciencias Agropecuarias", "Organization", ["Facultad de Ciencias Agropecuarias de la UNC", "Ciencias Agropecuarias"]),
 ("Universidad Tecnológica Nacional", "Organization", ["UTN", "Universidad Tecnologica Nacional", "Facultad Regional Córdoba", "UTN Facultad Regional Córdoba", "regional Córdoba de la UTN"]),
 ("Horacio Bazán Ledesma", "Person", ["Horacio Bazan Ledesma", "Horacio Bazán", "Bazán Ledesma"]),
 ("Silvina Marchisio Costa", "Person", ["Silvina Marchisio", "Marchisio Costa"]),
 ("Franco Dall'Asta", "Person", ["Dall'Asta", "Franco Dall Asta"]),
 ("Pablo Testa Ferrero", "Person", ["Pablo Testa", "Testa Ferrero"]),
 ("Municipalidad de Marcos Juárez", "Organization", ["Municipalidad de Marcos Juarez", "municipio de Marcos Juárez"]),
 ("Alejandra Bonetto Vivas", "Person", ["Alejandra Bonetto", "Bonetto Vivas"]),
 ("Lorenzo Galli Ferraris", "Person", ["Lorenzo Galli", "Galli Ferraris"]),
 ("Banco de la Provincia de Córdoba", "Organization", ["Bancor", "Banco de la Provincia de Cordoba"]),
 ("Cámara Argentina de Fabricantes de Maquinaria Agrícola", "Organization", ["Cafma", "CAFMA"]),
 ("Marcos Juárez", "Place", ["Marcos Juarez", "departamento Marcos Juárez"]),
 ("Córdoba", "Place", ["Cordoba", "provincia de Córdoba"]),
 ("Passo Fundo", "Place", []),
 ("Santa Fe", "Place", []),
 ("Buenos Aires", "Place", []),
 ("América del Sur", "Place", ["South America", "Amérique du Sud", "Sudamérica"]),
 ("Argentina", "Place", ["Argentine", "la Argentina"]),
 ("Uruguay", "Place", []),
 ("Paraguay", "Place", []),
 ("Italy", "Place", ["Italia", "Italie"]),
 ("Brazil", "Place", ["Brasil", "Brésil"])],
roles=[R("Osvaldo Bertone Ríos", "gobernador", ["Córdoba", "Gobierno de Córdoba"], "el gobernador Osvaldo Bertone Ríos"),
       R("Gustavo Mansilla Peretti", ["ministro de Industria, Comercio y Minería", "ministro"], ["Ministerio de Industria, Comercio y Minería de Córdoba", "Córdoba"], "el ministro de Industria, Comercio y Minería provincial, Gustavo Mansilla Peretti"),
       R("Riccardo Bellandi", ["director general para América del Sur", "director general"], "Canova Macchine Agricole", "el director general de Canova para América del Sur, el italiano Riccardo Bellandi"),
       R("Horacio Bazán Ledesma", ["decano", "decano de Ciencias Agropecuarias"], ["Facultad de Ciencias Agropecuarias", "Universidad Nacional de Córdoba"], "el decano de Ciencias Agropecuarias de la UNC, Horacio Bazán Ledesma"),
       R("Silvina Marchisio Costa", ["decana", "decana de la regional Córdoba"], "Universidad Tecnológica Nacional", "la decana de la regional Córdoba de la UTN, Silvina Marchisio Costa"),
       R("Franco Dall'Asta", ["director de la planta", "a cargo de la planta", "jefe de planta", "director"], "Canova Macchine Agricole", "La planta estará a cargo de Franco Dall'Asta"),
       R("Franco Dall'Asta", ["director de la filial brasileña", "director"], "Canova Macchine Agricole", "hasta ahora dirigía la filial brasileña del grupo en Passo Fundo", opt=True),
       R("Pablo Testa Ferrero", "intendente", ["Marcos Juárez", "Municipalidad de Marcos Juárez"], "El intendente de Marcos Juárez, Pablo Testa Ferrero"),
       R("Alejandra Bonetto Vivas", "presidenta", "Unión Industrial de Córdoba", "la presidenta de la UIC, Alejandra Bonetto Vivas"),
       R("Lorenzo Galli Ferraris", ["embajador", "embajador de Italia"], "Italy", "el embajador de Italia en la Argentina, Lorenzo Galli Ferraris")],
inv=[I("Canova Macchine Agricole", ["Marcos Juárez", "Córdoba", "Argentina"], 40000000, "USD", "dos etapas entre 2026 y 2028", "planta de sembradoras y cabezales maiceros", "invertirá US$ 40 millones"),
     I("Canova Macchine Agricole", ["Marcos Juárez", "Córdoba", "Argentina"], 48000000000, "ARS", "entre 2026 y 2028", "equivalente en pesos", "unos $ 48.000 millones al tipo de cambio oficial", opt=True)],
parts=[P("Canova Macchine Agricole", "Universidad Nacional de Córdoba", "ensayos en el campo experimental", "Canova firmó además un convenio con la Universidad Nacional de Córdoba (UNC)", b_alt=["Facultad de Ciencias Agropecuarias"]),
       P("Canova Macchine Agricole", "Universidad Tecnológica Nacional", "formación de técnicos", "y otro con la Facultad Regional Córdoba de la Universidad Tecnológica Nacional (UTN)"),
       P("Municipalidad de Marcos Juárez", "Canova Macchine Agricole", "comodato de un predio", "el municipio cederá en comodato un predio de seis hectáreas", opt=True),
       P("Banco de la Provincia de Córdoba", "Canova Macchine Agricole", "préstamo", "un préstamo de US$ 15 millones del Banco de la Provincia de Córdoba (Bancor)", opt=True)],
claims=[C("Canova Macchine Agricole", "jobs", 220, "empleos directos", "La planta empleará a 220 personas de manera directa"),
        C("Canova Macchine Agricole", "jobs", 500, "puestos indirectos", "generará unos 500 puestos indirectos", note="indirect"),
        C("Canova Macchine Agricole", "trainees", 90, "técnicos", "para formar a 90 técnicos en soldadura robotizada")],
notes="Invented. Argentine provincial newspaper. Three officials in one sentence with the structure 'El anuncio lo hicieron ayer ... el gobernador X, el ministro de ... provincial, Y, y el director general de ... para América del Sur, el italiano Z' (a demonym between title and name), then a signatories sentence with 'decano/decana de' a faculty. A faculty dean's org lists the faculty and the university. The future plant head ('estará a cargo de') is required, 'hasta ahora dirigía la filial brasileña' optional. The municipal 'comodato' (a loan of land) and the Bancor loan are optional links; the ambassador attended (role only). Peso equivalent optional; machinery sales and output shares give no fact.")

A("r14", "es", "2026-06-03", "https://example.org/ecuador/mpceip/boletines/2026/118-ceramico-paute-cuenca",
"""Grupo Cerámico del Paute firma contrato de inversión por USD 54 millones para nueva planta en Cuenca

Boletín de prensa N.° 118

Cuenca, 3 de junio de 2026.- El Ministerio de Producción, Comercio Exterior, Inversiones y Pesca (MPCEIP) y la empresa Grupo Cerámico del Paute S.A. suscribieron este miércoles un contrato de inversión por USD 54 millones para la construcción de una planta de porcelanato y revestimientos cerámicos en el Parque Industrial de Cuenca, que se ejecutará en un plazo de cuatro años y generará 320 empleos directos y alrededor de 900 indirectos.

El contrato fue firmado por la Viceministra de Producción e Industrias, Mgs. Daniela Ordóñez Vintimilla, y por el Gerente General de la compañía, Ing. Fernando Malo Crespo, en presencia del Presidente del Directorio de la empresa, Juan Pablo Crespo Toral, y del Coordinador Zonal 6 del MPCEIP, Marcelo Arízaga León.

Participaron además el Prefecto del Azuay Juan Diego Landívar Ochoa; la Alcaldesa de Cuenca, María Augusta Vázquez Moscoso; el Rector de la Universidad de Cuenca, Dr. Rodrigo Abad Serrano; la Directora Zonal 6 del Servicio Ecuatoriano de Capacitación Profesional (SECAP), Ing. Karina Peralta León, y el Presidente de la Cámara de Industrias, Producción y Empleo (CIPEM), Esteban Coello Jaramillo.

El contrato otorga a la empresa estabilidad tributaria por 15 años y la exoneración del impuesto a la salida de divisas para la importación de maquinaria, conforme a la normativa vigente.

Como parte de sus compromisos, Grupo Cerámico del Paute capacitará a 250 trabajadores en coordinación con el SECAP y suscribió un convenio con la Universidad de Cuenca para que 80 estudiantes de Ingeniería Industrial y de Ingeniería Química realicen pasantías en la planta.

"Esta planta nos permitirá competir con el porcelanato importado y exportar a Perú y Colombia con mayor valor agregado", señaló el Gerente General, quien precisó que la nueva línea tendrá una capacidad de 4,5 millones de metros cuadrados al año.

La Viceministra Ordóñez destacó que Azuay es la segunda provincia con más contratos de inversión firmados en lo que va del año. La empresa, fundada en 1978, emplea actualmente a 1.150 personas en sus plantas de Azogues y Cuenca.

Según el MPCEIP, en 2025 se firmaron en el país 41 contratos de inversión por un total de USD 2.380 millones.

Dirección de Comunicación Social
Ministerio de Producción, Comercio Exterior, Inversiones y Pesca""",
[("Ministerio de Producción, Comercio Exterior, Inversiones y Pesca", "Organization", ["MPCEIP", "Ministerio de Produccion, Comercio Exterior, Inversiones y Pesca", "Ministerio de Producción"]),
 ("Grupo Cerámico del Paute", "Organization", ["Grupo Cerámico del Paute S.A.", "Grupo Ceramico del Paute"]),
 ("Daniela Ordóñez Vintimilla", "Person", ["Daniela Ordonez Vintimilla", "Daniela Ordóñez", "Ordóñez Vintimilla"]),
 ("Fernando Malo Crespo", "Person", ["Fernando Malo", "Malo Crespo"]),
 ("Juan Pablo Crespo Toral", "Person", ["Juan Pablo Crespo", "Crespo Toral"]),
 ("Marcelo Arízaga León", "Person", ["Marcelo Arizaga Leon", "Marcelo Arízaga", "Arízaga León"]),
 ("Juan Diego Landívar Ochoa", "Person", ["Juan Diego Landivar Ochoa", "Juan Diego Landívar", "Landívar Ochoa"]),
 ("Prefectura del Azuay", "Organization", ["Gobierno Provincial del Azuay"]),
 ("María Augusta Vázquez Moscoso", "Person", ["Maria Augusta Vazquez Moscoso", "María Augusta Vázquez", "Vázquez Moscoso"]),
 ("Municipio de Cuenca", "Organization", ["Alcaldía de Cuenca", "GAD Municipal de Cuenca"]),
 ("Universidad de Cuenca", "Organization", []),
 ("Rodrigo Abad Serrano", "Person", ["Rodrigo Abad", "Abad Serrano"]),
 ("Servicio Ecuatoriano de Capacitación Profesional", "Organization", ["SECAP", "Secap", "Servicio Ecuatoriano de Capacitacion Profesional"]),
 ("Karina Peralta León", "Person", ["Karina Peralta Leon", "Karina Peralta", "Peralta León"]),
 ("Cámara de Industrias, Producción y Empleo", "Organization", ["CIPEM", "Camara de Industrias, Produccion y Empleo"]),
 ("Esteban Coello Jaramillo", "Person", ["Esteban Coello", "Coello Jaramillo"]),
 ("Parque Industrial de Cuenca", "Place", []),
 ("Cuenca", "Place", []),
 ("Azogues", "Place", []),
 ("Azuay", "Place", ["provincia del Azuay", "el Azuay"]),
 ("Ecuador", "Place", ["Équateur"]),
 ("Peru", "Place", ["Perú", "Pérou"]),
 ("Colombia", "Place", ["Colombie"])],
roles=[R("Daniela Ordóñez Vintimilla", ["Viceministra de Producción e Industrias", "Viceministra"], ["Ministerio de Producción, Comercio Exterior, Inversiones y Pesca", "Ecuador"], "la Viceministra de Producción e Industrias, Mgs. Daniela Ordóñez Vintimilla"),
       R("Fernando Malo Crespo", "Gerente General", "Grupo Cerámico del Paute", "el Gerente General de la compañía, Ing. Fernando Malo Crespo"),
       R("Juan Pablo Crespo Toral", ["Presidente del Directorio", "Presidente"], "Grupo Cerámico del Paute", "del Presidente del Directorio de la empresa, Juan Pablo Crespo Toral"),
       R("Marcelo Arízaga León", ["Coordinador Zonal 6", "Coordinador Zonal"], ["Ministerio de Producción, Comercio Exterior, Inversiones y Pesca", "Ecuador"], "del Coordinador Zonal 6 del MPCEIP, Marcelo Arízaga León"),
       R("Juan Diego Landívar Ochoa", "Prefecto", ["Azuay", "Prefectura del Azuay"], "el Prefecto del Azuay Juan Diego Landívar Ochoa"),
       R("María Augusta Vázquez Moscoso", "Alcaldesa", ["Cuenca", "Municipio de Cuenca"], "la Alcaldesa de Cuenca, María Augusta Vázquez Moscoso"),
       R("Rodrigo Abad Serrano", "Rector", "Universidad de Cuenca", "el Rector de la Universidad de Cuenca, Dr. Rodrigo Abad Serrano"),
       R("Karina Peralta León", ["Directora Zonal 6", "Directora Zonal"], "Servicio Ecuatoriano de Capacitación Profesional", "la Directora Zonal 6 del Servicio Ecuatoriano de Capacitación Profesional (SECAP), Ing. Karina Peralta León"),
       R("Esteban Coello Jaramillo", "Presidente", "Cámara de Industrias, Producción y Empleo", "el Presidente de la Cámara de Industrias, Producción y Empleo (CIPEM), Esteban Coello Jaramillo")],
inv=[I("Grupo Cerámico del Paute", ["Parque Industrial de Cuenca", "Cuenca", "Azuay", "Ecuador"], 54000000, "USD", "en un plazo de cuatro años", "planta de porcelanato y revestimientos cerámicos", "suscribieron este miércoles un contrato de inversión por USD 54 millones")],
parts=[P("Grupo Cerámico del Paute", "Ministerio de Producción, Comercio Exterior, Inversiones y Pesca", "contrato de inversión", "suscribieron este miércoles un contrato de inversión por USD 54 millones", b_alt=["Ecuador"]),
       P("Grupo Cerámico del Paute", "Servicio Ecuatoriano de Capacitación Profesional", "capacitación de trabajadores", "capacitará a 250 trabajadores en coordinación con el SECAP"),
       P("Grupo Cerámico del Paute", "Universidad de Cuenca", "pasantías de estudiantes", "suscribió un convenio con la Universidad de Cuenca")],
claims=[C("Grupo Cerámico del Paute", "jobs", 320, "empleos directos", "generará 320 empleos directos"),
        C("Grupo Cerámico del Paute", "jobs", 900, "empleos indirectos", "alrededor de 900 indirectos", note="indirect"),
        C("Grupo Cerámico del Paute", "trainees", 250, "trabajadores", "capacitará a 250 trabajadores"),
        C("Grupo Cerámico del Paute", "trainees", 80, "estudiantes en pasantías", "para que 80 estudiantes de Ingeniería Industrial"),
        C("Grupo Cerámico del Paute", "jobs", 1150, "empleados actuales", "emplea actualmente a 1.150 personas", opt=True, note="existing workforce"),
        C("Grupo Cerámico del Paute", "other", 4500000, "metros cuadrados al año", "una capacidad de 4,5 millones de metros cuadrados al año", opt=True)],
notes="Invented. Ecuadorian ministry bulletin: all titles in Title Case ('la Viceministra de Producción e Industrias, Mgs. X', 'el Gerente General', 'el Prefecto del Azuay X' without a comma, 'la Directora Zonal 6 del ... (SECAP), Ing. X'), academic honorifics (Mgs., Ing., Dr.). The contrato de inversión with the ministry is a required partnership (probes4) and carries the investment. A ministry's zonal coordinator: ministry + Ecuador. Training 'en coordinación con el SECAP' is a required partnership (a program run with a named body), as is the university convenio. Tax stability and exemptions give no fact; the national tally of investment contracts gives no fact; the existing workforce and capacity are optional. Interns are trainees.")

A("r15", "es", "2026-07-01", "https://example.org/honduras/negocios/seowon-fibertech-choloma",
"""Surcoreana Seowon Fibertech instalará planta de telas técnicas en Choloma con inversión de US$75 millones

Redacción Negocios
San Pedro Sula

La empresa surcoreana Seowon Fibertech invertirá US$75 millones, unos L1,950 millones, en una planta de telas técnicas y textiles inteligentes en la Zona Libre Búfalo Norte, en Choloma, Cortés, que comenzará a operar en el primer trimestre de 2027 y generará 1,300 empleos directos, según se informó este miércoles en un encuentro empresarial organizado por la Asociación Hondureña de Maquiladores (AHM) en San Pedro Sula.

Al acto asistieron la secretaria de Desarrollo Económico, Gloria Elvir Paz; el subsecretario de Integración Económica y Comercio Exterior, Óscar Mejía Flores; el alcalde de Choloma Nelson Banegas Orellana; el presidente de la AHM, Jorge Milla Kattán; el director ejecutivo del Instituto Nacional de Formación Profesional (INFOP), Wilfredo Aguilar Reyes; la rectora de la Universidad Tecnológica Centroamericana (Unitec), Marlene Rivera Castellanos, y el embajador de Corea en Honduras, Lee Jae-sung.

El presidente de Seowon Fibertech, Park Min-ho, explicó que la planta fabricará tejidos para airbags, filtros industriales y prendas con sensores, y que exportará el 95 % de su producción a Estados Unidos y México.

La empresa firmó un convenio con el INFOP para formar a 800 operarios y técnicos en tejeduría y acabado, y una alianza con Unitec para que estudiantes de Ingeniería Industrial realicen su práctica profesional en la planta, con un primer grupo de 45 practicantes.

Park también anunció cambios en la operación local: el actual gerente de país, Kim Tae-hyun, asumirá en agosto como vicepresidente regional para Centroamérica, y en su lugar quedará la hondureña Karla Zelaya Pineda, hasta ahora gerente de Recursos Humanos de la filial.

"Choloma nos ofrece algo que no encontramos en otros lugares: gente que ya sabe trabajar en textiles y que quiere aprender lo nuevo", dijo Zelaya Pineda.

La secretaria Elvir Paz señaló que la inversión se suma a otras seis anunciadas en el sector maquilador en lo que va del año, que en conjunto superan los US$310 millones. El presidente de la AHM recordó que la industria emplea a unas 160,000 personas en el país.

Honduras exportó prendas de vestir y textiles por US$4,100 millones en 2025, según el Banco Central de Honduras (BCH). El tipo de cambio de referencia se ubicó ayer en L26.02 por dólar.""",
[("Seowon Fibertech", "Organization", ["Seowon"]),
 ("Asociación Hondureña de Maquiladores", "Organization", ["AHM", "Asociacion Hondurena de Maquiladores"]),
 ("Gloria Elvir Paz", "Person", ["Gloria Elvir", "Elvir Paz"]),
 ("Secretaría de Desarrollo Económico de Honduras", "Organization", ["Secretaría de Desarrollo Económico", "SDE", "Secretaria de Desarrollo Economico"]),
 ("Óscar Mejía Flores", "Person", ["Oscar Mejia Flores", "Óscar Mejía", "Mejía Flores"]),
 ("Nelson Banegas Orellana", "Person", ["Nelson Banegas", "Banegas Orellana"]),
 ("Municipalidad de Choloma", "Organization", ["Alcaldía de Choloma"]),
 ("Jorge Milla Kattán", "Person", ["Jorge Milla Kattan", "Jorge Milla", "Milla Kattán"]),
 ("Instituto Nacional de Formación Profesional", "Organization", ["INFOP", "Instituto Nacional de Formacion Profesional"]),
 ("Wilfredo Aguilar Reyes", "Person", ["Wilfredo Aguilar", "Aguilar Reyes"]),
 ("Universidad Tecnológica Centroamericana", "Organization", ["Unitec", "UNITEC", "Universidad Tecnologica Centroamericana"]),
 ("Marlene Rivera Castellanos", "Person", ["Marlene Rivera", "Rivera Castellanos"]),
 ("Lee Jae-sung", "Person", ["Lee"]),
 ("Park Min-ho", "Person", ["Park"]),
 ("Kim Tae-hyun", "Person", ["Kim"]),
 ("Karla Zelaya Pineda", "Person", ["Karla Zelaya", "Zelaya Pineda"]),
 ("Banco Central de Honduras", "Organization", ["BCH"]),
 ("Zona Libre Búfalo Norte", "Place", ["Zona Libre Bufalo Norte"]),
 ("Choloma", "Place", []),
 ("Cortés", "Place", ["Cortes"]),
 ("San Pedro Sula", "Place", []),
 ("Honduras", "Place", []),
 ("Centroamérica", "Place", ["Central America", "Centroamerica", "Amérique centrale"]),
 ("South Korea", "Place", ["Corea del Sur", "Corea", "Corée du Sud"]),
 US, MX],
roles=[R("Gloria Elvir Paz", ["secretaria de Desarrollo Económico", "secretaria"], ["Secretaría de Desarrollo Económico de Honduras", "Honduras"], "la secretaria de Desarrollo Económico, Gloria Elvir Paz"),
       R("Óscar Mejía Flores", ["subsecretario de Integración Económica y Comercio Exterior", "subsecretario"], ["Secretaría de Desarrollo Económico de Honduras", "Honduras"], "el subsecretario de Integración Económica y Comercio Exterior, Óscar Mejía Flores"),
       R("Nelson Banegas Orellana", "alcalde", ["Choloma", "Municipalidad de Choloma"], "el alcalde de Choloma Nelson Banegas Orellana"),
       R("Jorge Milla Kattán", "presidente", "Asociación Hondureña de Maquiladores", "el presidente de la AHM, Jorge Milla Kattán"),
       R("Wilfredo Aguilar Reyes", "director ejecutivo", "Instituto Nacional de Formación Profesional", "el director ejecutivo del Instituto Nacional de Formación Profesional (INFOP), Wilfredo Aguilar Reyes"),
       R("Marlene Rivera Castellanos", "rectora", "Universidad Tecnológica Centroamericana", "la rectora de la Universidad Tecnológica Centroamericana (Unitec), Marlene Rivera Castellanos"),
       R("Lee Jae-sung", ["embajador", "embajador de Corea"], "South Korea", "el embajador de Corea en Honduras, Lee Jae-sung"),
       R("Park Min-ho", "presidente", "Seowon Fibertech", "El presidente de Seowon Fibertech, Park Min-ho"),
       R("Kim Tae-hyun", ["gerente de país", "gerente"], "Seowon Fibertech", "el actual gerente de país, Kim Tae-hyun"),
       R("Kim Tae-hyun", ["vicepresidente regional para Centroamérica", "vicepresidente regional", "vicepresidente"], "Seowon Fibertech", "asumirá en agosto como vicepresidente regional para Centroamérica"),
       R("Karla Zelaya Pineda", ["gerente de país", "gerente"], "Seowon Fibertech", "en su lugar quedará la hondureña Karla Zelaya Pineda"),
       R("Karla Zelaya Pineda", ["gerente de Recursos Humanos", "gerente"], "Seowon Fibertech", "hasta ahora gerente de Recursos Humanos de la filial", opt=True)],
inv=[I("Seowon Fibertech", ["Zona Libre Búfalo Norte", "Choloma", "Cortés", "Honduras"], 75000000, "USD", "operación desde el primer trimestre de 2027", "planta de telas técnicas y textiles inteligentes", "invertirá US$75 millones"),
     I("Seowon Fibertech", ["Zona Libre Búfalo Norte", "Choloma", "Cortés", "Honduras"], 1950000000, "HNL", None, "equivalente en lempiras", "unos L1,950 millones", opt=True)],
parts=[P("Seowon Fibertech", "Instituto Nacional de Formación Profesional", "formación de operarios y técnicos", "La empresa firmó un convenio con el INFOP"),
       P("Seowon Fibertech", "Universidad Tecnológica Centroamericana", "práctica profesional de estudiantes", "una alianza con Unitec para que estudiantes de Ingeniería Industrial")],
claims=[C("Seowon Fibertech", "jobs", 1300, "empleos directos", "generará 1,300 empleos directos"),
        C("Seowon Fibertech", "trainees", 800, "operarios y técnicos", "para formar a 800 operarios y técnicos"),
        C("Seowon Fibertech", "trainees", 45, "practicantes", "con un primer grupo de 45 practicantes"),
        C("Asociación Hondureña de Maquiladores", "jobs", 160000, "personas en la maquila", "la industria emplea a unas 160,000 personas", opt=True, note="sector employment")],
notes="Invented. Honduran newspaper (comma thousands: 'L1,950 millones' = 1.95e9 HNL optional, '1,300 empleos'). The event host (AHM) is not a party. Officials in one semicolon sentence with titles after the names, one without a comma ('el alcalde de Choloma X'); the national secretaría's subsecretario lists the secretaría and Honduras; an ambassador's org is the country he represents. A local succession told in one sentence: the current country manager (still in office until August, required) and his future regional post (required); the successor's future post ('en su lugar quedará') required; her 'hasta ahora gerente de Recursos Humanos' is optional ('hasta ahora' reads as a post being left, probes4), unlike posts told with 'actual'/'currently', which are required. The six other investments' total, exports and the exchange rate give no fact; sector employment optional. Practicantes are trainees.")

A("r16", "es", "2026-09-15", "https://example.org/sonora/local/2026/09/15/brauweiler-educacion-dual-conalep-uth-unison",
"""Firman Brauweiler, Conalep, UTH y Unison convenio de educación dual; 600 estudiantes se formarán en planta de Hermosillo

Hermosillo, Sonora.- La empresa alemana de asientos automotrices Brauweiler Seating Systems firmó este martes un convenio de colaboración con el Colegio de Educación Profesional Técnica del Estado de Sonora (Conalep Sonora), la Universidad Tecnológica de Hermosillo (UTH) y la Universidad de Sonora (Unison) para que 600 estudiantes cursen bajo el modelo de educación dual parte de su formación en la planta que la compañía amplía al sur de la ciudad, con una inversión de 3 mil 100 millones de pesos.

La firma se realizó en las instalaciones de la empresa ante el subsecretario de Educación Media Superior y Superior Joel Valenzuela Encinas, quien acudió en representación de la Secretaría de Educación y Cultura (SEC), y del secretario de Economía del estado, Francisco Salido Urrea.

Por las instituciones firmaron la directora general del Conalep Sonora, Aída Moreno Bojórquez; la rectora de la UTH Nidia Ruiz Félix, y el rector de la Unison, Arturo Molina Cota, mientras que por la compañía lo hizo el director general de Brauweiler México, el alemán Matthias Brenner, quien asumió la dirección de la filial en enero en sustitución de Stefan Holtkamp, que regresó a Colonia como vicepresidente de Compras del grupo.

Brenner explicó que la ampliación, que entrará en operación a finales de 2027, generará 800 nuevos empleos, con lo que la plantilla de la planta llegará a 2 mil 300 trabajadores. Del total de estudiantes del programa, 120 recibirán una beca mensual de la empresa y la mitad de ellos será contratada al egresar.

"Aquí el alumno no viene a ver, viene a trabajar con un tutor al lado", dijo la gerente de Recursos Humanos de la planta, Leticia Vázquez Amavizca, quien coordinará el programa.

El secretario Salido Urrea destacó que Sonora suma 14 empresas con esquemas de educación dual en el sector automotriz y aeroespacial, y el presidente de Index Sonora, Jorge Luis Corella Ibarra, dijo que la industria manufacturera de exportación del estado requerirá unos 9 mil técnicos en los próximos tres años.

Según datos del IMSS, la industria manufacturera de Hermosillo registró en agosto 78 mil 400 trabajadores asegurados, 3.2 por ciento más que un año antes.

Con información de Marisela Quijada""",
[("Brauweiler Seating Systems", "Organization", ["Brauweiler"]),
 ("Brauweiler México", "Organization", ["Brauweiler Mexico"]),
 ("Conalep Sonora", "Organization", ["Colegio de Educación Profesional Técnica del Estado de Sonora", "Conalep", "Colegio de Educacion Profesional Tecnica del Estado de Sonora"]),
 ("Universidad Tecnológica de Hermosillo", "Organization", ["UTH", "Universidad Tecnologica de Hermosillo"]),
 ("Universidad de Sonora", "Organization", ["Unison", "UNISON"]),
 ("Secretaría de Educación y Cultura de Sonora", "Organization", ["Secretaría de Educación y Cultura", "SEC", "Secretaria de Educacion y Cultura"]),
 ("Joel Valenzuela Encinas", "Person", ["Joel Valenzuela", "Valenzuela Encinas"]),
 ("Francisco Salido Urrea", "Person", ["Francisco Salido", "Salido Urrea"]),
 ("Secretaría de Economía de Sonora", "Organization", ["Secretaria de Economia de Sonora", "Secretaría de Economía del estado"]),
 ("Aída Moreno Bojórquez", "Person", ["Aida Moreno Bojorquez", "Aída Moreno", "Moreno Bojórquez"]),
 ("Nidia Ruiz Félix", "Person", ["Nidia Ruiz Felix", "Nidia Ruiz", "Ruiz Félix"]),
 ("Arturo Molina Cota", "Person", ["Arturo Molina", "Molina Cota"]),
 ("Matthias Brenner", "Person", ["Brenner"]),
 ("Stefan Holtkamp", "Person", ["Holtkamp"]),
 ("Leticia Vázquez Amavizca", "Person", ["Leticia Vazquez Amavizca", "Leticia Vázquez", "Vázquez Amavizca"]),
 ("Index Sonora", "Organization", ["Index", "Consejo Nacional de la Industria Maquiladora y Manufacturera de Exportación"]),
 ("Jorge Luis Corella Ibarra", "Person", ["Jorge Luis Corella", "Corella Ibarra"]),
 ("Instituto Mexicano del Seguro Social", "Organization", ["IMSS"]),
 ("Marisela Quijada", "Person", ["Quijada"]),
 ("Hermosillo", "Place", []),
 ("Sonora", "Place", ["estado de Sonora"]),
 ("Colonia", "Place", ["Cologne", "Köln"]),
 ("Germany", "Place", ["Alemania", "Allemagne"]),
 MX],
roles=[R("Joel Valenzuela Encinas", ["subsecretario de Educación Media Superior y Superior", "subsecretario"], ["Secretaría de Educación y Cultura de Sonora", "Sonora"], "el subsecretario de Educación Media Superior y Superior Joel Valenzuela Encinas"),
       R("Francisco Salido Urrea", ["secretario de Economía", "secretario de Economía del estado"], ["Secretaría de Economía de Sonora", "Sonora"], "del secretario de Economía del estado, Francisco Salido Urrea"),
       R("Aída Moreno Bojórquez", "directora general", "Conalep Sonora", "la directora general del Conalep Sonora, Aída Moreno Bojórquez"),
       R("Nidia Ruiz Félix", "rectora", "Universidad Tecnológica de Hermosillo", "la rectora de la UTH Nidia Ruiz Félix"),
       R("Arturo Molina Cota", "rector", "Universidad de Sonora", "el rector de la Unison, Arturo Molina Cota"),
       R("Matthias Brenner", ["director general", "director general de Brauweiler México"], ["Brauweiler México", "Brauweiler Seating Systems"], "el director general de Brauweiler México, el alemán Matthias Brenner"),
       R("Stefan Holtkamp", ["vicepresidente de Compras", "vicepresidente"], "Brauweiler Seating Systems", "que regresó a Colonia como vicepresidente de Compras del grupo"),
       R("Stefan Holtkamp", ["director general", "ex director general"], ["Brauweiler México", "Brauweiler Seating Systems"], "en sustitución de Stefan Holtkamp", opt=True),
       R("Leticia Vázquez Amavizca", ["gerente de Recursos Humanos", "gerente", "coordinadora del programa"], ["Brauweiler México", "Brauweiler Seating Systems"], "dijo la gerente de Recursos Humanos de la planta, Leticia Vázquez Amavizca"),
       R("Jorge Luis Corella Ibarra", "presidente", "Index Sonora", "el presidente de Index Sonora, Jorge Luis Corella Ibarra")],
inv=[I("Brauweiler Seating Systems", ["Hermosillo", "Sonora", "Mexico"], 3100000000, "MXN", "operación a finales de 2027", "ampliación de la planta de asientos", "con una inversión de 3 mil 100 millones de pesos", alts=["Brauweiler México"])],
parts=[P("Brauweiler Seating Systems", "Conalep Sonora", "convenio de educación dual", "firmó este martes un convenio de colaboración con el Colegio de Educación Profesional Técnica del Estado de Sonora (Conalep Sonora)", a_alt=["Brauweiler México"]),
       P("Brauweiler Seating Systems", "Universidad Tecnológica de Hermosillo", "convenio de educación dual", "la Universidad Tecnológica de Hermosillo (UTH) y la Universidad de Sonora (Unison)", a_alt=["Brauweiler México"]),
       P("Brauweiler Seating Systems", "Universidad de Sonora", "convenio de educación dual", "y la Universidad de Sonora (Unison) para que 600 estudiantes", a_alt=["Brauweiler México"])],
claims=[C("Brauweiler Seating Systems", "trainees", 600, "estudiantes en educación dual", "para que 600 estudiantes cursen bajo el modelo de educación dual"),
        C("Brauweiler Seating Systems", "jobs", 800, "nuevos empleos", "generará 800 nuevos empleos"),
        C("Brauweiler Seating Systems", "trainees", 120, "becas", "120 recibirán una beca mensual de la empresa"),
        C("Brauweiler Seating Systems", "jobs", 2300, "plantilla total", "la plantilla de la planta llegará a 2 mil 300 trabajadores", opt=True, note="total workforce after expansion"),
        C("Index Sonora", "other", 9000, "técnicos requeridos", "requerirá unos 9 mil técnicos", opt=True, note="sector demand")],
notes="Invented. Sonora newspaper with '.-' dateline and a contributor credit. A four-party 'convenio de colaboración con X, Y y Z' signed by a company: one row per pair with the company (subsidiary accepted); the SEC official and the economy secretary are witnesses ('ante'), not parties; Index Sonora is a business association whose president spoke. Titles before the names without a comma ('el subsecretario de Educación Media Superior y Superior X', 'la rectora de la UTH X') and with one. Succession already effective ('asumió ... en enero en sustitución de Y, que regresó a Colonia como vicepresidente de Compras'): the new head and the predecessor's new post are required, the predecessor's old post optional. The investment is the last phrase of the first sentence ('en la planta que la compañía amplía ..., con una inversión de'). Becas (a subset of the 600) are a required scholarship count; the total workforce after the expansion and the sector's demand for technicians are optional; the dual-education company count and IMSS figures give no fact. The contributor credit names no post.")
