# Spanish articles r07-r15 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])
SE_FED = ("Secretaría de Economía", "Organization", ["Secretaria de Economia", "Economy Ministry", "federal Economy Ministry", "Mexico's Economy Ministry", "Ministry of Economy", "Secretaría de Economía del Gobierno de México", "SE"])

A("r07", "es", "2026-02-10", "https://example.org/sinaloa/comunicados/2026/045-pronutria-navolato",
"""Firman Gobierno de Sinaloa y Pronutria Acuícola convenio para planta de alimento para camarón de 2 mil 480 mdp en Navolato

Comunicado 045/2026

Culiacán, Sinaloa, 10 de febrero de 2026.- El Gobierno del Estado de Sinaloa y la empresa Pronutria Acuícola, filial del grupo noruego Skjærvik Feed, firmaron este martes un convenio de colaboración para la instalación de una planta de alimento balanceado para camarón en el municipio de Navolato, que representará una inversión de 2 mil 480 millones de pesos, equivalente a unos 135 millones de dólares, a ejercerse entre 2026 y 2028.

En el acto protocolario, celebrado en Palacio de Gobierno, el gobernador Joaquín Ibarra Lizárraga destacó que se trata de la mayor inversión extranjera en el sector acuícola en la historia de la entidad.

La secretaria de Economía de Sinaloa, Mariel Osuna Castro, detalló que la planta generará 620 empleos directos y mil 400 indirectos, y que tendrá capacidad para producir 180 mil toneladas de alimento al año.

Por parte de la empresa, el director general de Pronutria Acuícola, Henrik Solbakken, explicó que la construcción iniciará en mayo y que la primera línea entrará en operación a mediados de 2027. A su vez, la vicepresidenta de Operaciones para América Latina de Skjærvik Feed, Ingrid Tveit Aasen, subrayó que el grupo analizó terrenos en Sonora y Nayarit antes de elegir Navolato.

Como parte del convenio, el Gobierno del Estado se compromete a gestionar ante la Comisión Federal de Electricidad la interconexión eléctrica del predio, mientras que la empresa adquirirá insumos producidos en Sinaloa, como harina de pescado y sorgo.

Asimismo, Pronutria Acuícola suscribió un convenio con el Instituto Sinaloense de Acuacultura y Pesca (Isapesca) para capacitar a 300 técnicos de granja, en beneficio de unos mil 900 productores del estado. El director general del Isapesca, Rubén Bernal Zazueta, indicó que los talleres iniciarán en marzo.

En representación de la Secretaría de Economía del Gobierno de México, el titular de la Unidad de Desarrollo Productivo, Arturo Peraza Félix, señaló que el proyecto se suma a 14 inversiones acuícolas y agroindustriales anunciadas en el noroeste del país en el último año, que en conjunto superan los 900 millones de dólares.

Como testigo de honor firmó la presidenta municipal de Navolato, Yadira Camacho Sauceda.

De acuerdo con datos de la Secretaría de Economía estatal, Sinaloa produjo 58 mil toneladas de camarón de cultivo en 2025, 12 por ciento menos que el año previo, debido a problemas sanitarios y al alto costo del alimento.

—000—""",
[("Pronutria Acuícola", "Organization", ["Pronutria Acuicola", "Pronutria"]),
 ("Skjærvik Feed", "Organization", ["Skjaervik Feed", "Skjærvik", "grupo Skjærvik"]),
 ("Gobierno de Sinaloa", "Organization", ["Gobierno del Estado de Sinaloa", "Gobierno del Estado"]),
 ("Joaquín Ibarra Lizárraga", "Person", ["Joaquin Ibarra Lizarraga", "Joaquín Ibarra", "Ibarra Lizárraga"]),
 ("Mariel Osuna Castro", "Person", ["Mariel Osuna", "Osuna Castro"]),
 ("Secretaría de Economía de Sinaloa", "Organization", ["Secretaría de Economía estatal", "Secretaria de Economia de Sinaloa", "Secretaría de Economía del Estado de Sinaloa"]),
 ("Henrik Solbakken", "Person", ["Solbakken"]),
 ("Ingrid Tveit Aasen", "Person", ["Ingrid Tveit", "Tveit Aasen"]),
 ("Comisión Federal de Electricidad", "Organization", ["CFE", "Comision Federal de Electricidad"]),
 ("Instituto Sinaloense de Acuacultura y Pesca", "Organization", ["Isapesca", "ISAPESCA"]),
 ("Rubén Bernal Zazueta", "Person", ["Ruben Bernal Zazueta", "Rubén Bernal", "Bernal Zazueta"]),
 SE_FED,
 ("Unidad de Desarrollo Productivo", "Organization", []),
 ("Arturo Peraza Félix", "Person", ["Arturo Peraza Felix", "Arturo Peraza", "Peraza Félix"]),
 ("Yadira Camacho Sauceda", "Person", ["Yadira Camacho", "Camacho Sauceda"]),
 ("Ayuntamiento de Navolato", "Organization", ["Municipio de Navolato", "Gobierno Municipal de Navolato"]),
 ("Navolato", "Place", ["municipio de Navolato"]),
 ("Culiacán", "Place", ["Culiacan"]),
 ("Sinaloa", "Place", ["estado de Sinaloa"]),
 ("Sonora", "Place", []),
 ("Nayarit", "Place", []),
 ("Norway", "Place", ["Noruega", "Norvège"]),
 ("Latin America", "Place", ["América Latina", "Amérique latine"]),
 MX],
roles=[R("Joaquín Ibarra Lizárraga", "gobernador", ["Sinaloa", "Gobierno de Sinaloa"], "el gobernador Joaquín Ibarra Lizárraga destacó"),
       R("Mariel Osuna Castro", ["secretaria de Economía", "secretaria de Economía de Sinaloa"], ["Secretaría de Economía de Sinaloa", "Sinaloa"], "La secretaria de Economía de Sinaloa, Mariel Osuna Castro"),
       R("Henrik Solbakken", "director general", "Pronutria Acuícola", "el director general de Pronutria Acuícola, Henrik Solbakken"),
       R("Ingrid Tveit Aasen", ["vicepresidenta de Operaciones para América Latina", "vicepresidenta de Operaciones", "vicepresidenta"], "Skjærvik Feed", "la vicepresidenta de Operaciones para América Latina de Skjærvik Feed, Ingrid Tveit Aasen"),
       R("Rubén Bernal Zazueta", "director general", "Instituto Sinaloense de Acuacultura y Pesca", "El director general del Isapesca, Rubén Bernal Zazueta"),
       R("Arturo Peraza Félix", ["titular de la Unidad de Desarrollo Productivo", "titular", "jefe de la Unidad de Desarrollo Productivo"], ["Unidad de Desarrollo Productivo", "Secretaría de Economía", "Mexico"], "el titular de la Unidad de Desarrollo Productivo, Arturo Peraza Félix"),
       R("Yadira Camacho Sauceda", ["presidenta municipal", "alcaldesa"], ["Navolato", "Ayuntamiento de Navolato"], "la presidenta municipal de Navolato, Yadira Camacho Sauceda")],
inv=[I("Pronutria Acuícola", ["Navolato", "Sinaloa", "Mexico"], 2480000000, "MXN", "entre 2026 y 2028", "planta de alimento balanceado para camarón", "que representará una inversión de 2 mil 480 millones de pesos", alts=["Skjærvik Feed"]),
     I("Pronutria Acuícola", ["Navolato", "Sinaloa", "Mexico"], 135000000, "USD", "entre 2026 y 2028", "equivalente en dólares", "equivalente a unos 135 millones de dólares", opt=True, alts=["Skjærvik Feed"])],
parts=[P("Pronutria Acuícola", "Gobierno de Sinaloa", "planta de alimento en Navolato", "firmaron este martes un convenio de colaboración", a_alt=["Skjærvik Feed"], b_alt=["Sinaloa"]),
       P("Pronutria Acuícola", "Instituto Sinaloense de Acuacultura y Pesca", "capacitación de técnicos de granja", "Pronutria Acuícola suscribió un convenio con el Instituto Sinaloense de Acuacultura y Pesca (Isapesca)")],
claims=[C("Pronutria Acuícola", "jobs", 620, "empleos directos", "la planta generará 620 empleos directos"),
        C("Pronutria Acuícola", "jobs", 1400, "empleos indirectos", "y mil 400 indirectos", note="indirect"),
        C("Pronutria Acuícola", "trainees", 300, "técnicos de granja", "para capacitar a 300 técnicos de granja"),
        C("Pronutria Acuícola", "people_reached", 1900, "productores", "en beneficio de unos mil 900 productores del estado"),
        C("Pronutria Acuícola", "other", 180000, "toneladas al año", "producir 180 mil toneladas de alimento al año", opt=True)],
notes="Invented. Mexican state-government communiqué (number line, dateline with '.-', protocol hall, '—000—' sign-off). State vs federal: 'secretaria de Economía de Sinaloa' (state secretariat + Sinaloa) and an official of the federal 'Secretaría de Economía del Gobierno de México' ('titular de la Unidad de Desarrollo Productivo': unit + ministry + Mexico). Amount told in a relative clause after the agreement ('que representará una inversión de 2 mil 480 millones de pesos'): the subsidiary is the investor, its Norwegian parent accepted; the dollar equivalent is optional. The state's commitment to deal with the CFE is not a partnership with the CFE. The 14 regional investments totalling over 900 million dollars, shrimp output and cost shares give no fact. Witness of honour: role only.")

A("r08", "es", "2026-03-05", "https://example.org/barranquilla/economia/barlovento-centro-frio-malambo",
"""Con inversión de $ 420.000 millones, Barlovento Logística levantará centro de frío en Malambo

Por Redacción Economía

La empresa barranquillera Barlovento Logística S.A.S. construirá en Malambo, a 15 minutos del aeropuerto Ernesto Cortissoz, un centro logístico de frío para carga perecedera con una inversión de $ 420.000 millones (unos US$ 105 millones), que se ejecutará en los próximos 30 meses, según anunció este jueves su gerente general, Álvaro Pertuz Marriaga.

El complejo se levantará en un lote de 14 hectáreas dentro del parque industrial Ribera 90, cuyo desarrollador, Inversiones Ribera 90 S.A.S., firmó con la compañía un contrato de arrendamiento a 25 años y destinará otros $ 60.000 millones a vías internas y redes del parque.

Según Pertuz, la primera fase entrará en operación a finales de 2027 y tendrá 60.000 posiciones de estiba refrigeradas, destinadas a exportadores de banano, aguacate, flores y productos cárnicos de la región Caribe. La obra contará con un crédito de Findeter por $ 150.000 millones, a través de un banco comercial.

FOTO: Render del centro logístico. Cortesía Barlovento.

El gobernador del Atlántico, Jaime Cepeda Lombana, celebró el anuncio y explicó que la Gobernación y la empresa firmaron un memorando de entendimiento mediante el cual el departamento se compromete a pavimentar la vía de acceso desde la carretera Oriental, una obra de $ 38.000 millones.

El centro generará 480 empleos directos cuando opere a plena capacidad y unos 1.100 durante la construcción, dijo la secretaria de Desarrollo Económico del departamento, Katherine Fontalvo De la Hoz.

En alianza con el SENA regional Atlántico, la compañía formará a 500 jóvenes de Malambo y Soledad como operarios de montacargas, técnicos en refrigeración y auxiliares de comercio exterior, informó el director regional de la entidad, Wilmer Cantillo Rada.

LEA TAMBIÉN: Puerto de Barranquilla movió 14 % más carga en el primer trimestre

El alcalde de Malambo, Luis Fernando Ahumada Polo, pidió que la mitad de los puestos se reserve para habitantes del municipio. «Aquí la gente sale a las cuatro de la mañana a buscar trabajo en Barranquilla», dijo Yesid Ariza, mototaxista del barrio El Concorde.

La junta directiva de Barlovento la preside Carmen Helena Visbal Zúñiga, quien fundó la empresa en 1998 como una transportadora de contenedores. Hoy la compañía opera 210 tractomulas y facturó $ 310.000 millones en 2025.

Las exportaciones agropecuarias del Atlántico sumaron US$ 412 millones en 2025, un 9 % más que en 2024, según el DANE. El dólar cerró el miércoles en $ 3.985.""",
[("Barlovento Logística", "Organization", ["Barlovento Logística S.A.S.", "Barlovento Logistica", "Barlovento"]),
 ("Álvaro Pertuz Marriaga", "Person", ["Alvaro Pertuz Marriaga", "Álvaro Pertuz", "Pertuz Marriaga", "Pertuz"]),
 ("Inversiones Ribera 90", "Organization", ["Inversiones Ribera 90 S.A.S.", "Ribera 90", "parque industrial Ribera 90"]),
 ("Financiera de Desarrollo Territorial", "Organization", ["Findeter", "FINDETER"]),
 ("Jaime Cepeda Lombana", "Person", ["Jaime Cepeda", "Cepeda Lombana"]),
 ("Gobernación del Atlántico", "Organization", ["Gobernación", "Gobernacion del Atlantico"]),
 ("Katherine Fontalvo De la Hoz", "Person", ["Katherine Fontalvo", "Fontalvo De la Hoz"]),
 ("Secretaría de Desarrollo Económico del Atlántico", "Organization", ["Secretaría de Desarrollo Económico", "Secretaria de Desarrollo Economico del Atlantico", "Secretaría de Desarrollo Económico departamental"]),
 ("Servicio Nacional de Aprendizaje", "Organization", ["SENA", "Sena", "SENA regional Atlántico"]),
 ("Wilmer Cantillo Rada", "Person", ["Wilmer Cantillo", "Cantillo Rada"]),
 ("Luis Fernando Ahumada Polo", "Person", ["Luis Fernando Ahumada", "Ahumada Polo"]),
 ("Alcaldía de Malambo", "Organization", ["Alcaldia de Malambo"]),
 ("Yesid Ariza", "Person", ["Ariza"]),
 ("Carmen Helena Visbal Zúñiga", "Person", ["Carmen Helena Visbal", "Visbal Zúñiga", "Carmen Helena Visbal Zuniga"]),
 ("Departamento Administrativo Nacional de Estadística", "Organization", ["DANE"]),
 ("Malambo", "Place", []),
 ("Barranquilla", "Place", []),
 ("Soledad", "Place", []),
 ("Atlántico", "Place", ["Atlantico", "departamento del Atlántico"]),
 ("Colombia", "Place", ["Colombie"])],
roles=[R("Álvaro Pertuz Marriaga", "gerente general", "Barlovento Logística", "su gerente general, Álvaro Pertuz Marriaga"),
       R("Jaime Cepeda Lombana", "gobernador", ["Atlántico", "Gobernación del Atlántico"], "El gobernador del Atlántico, Jaime Cepeda Lombana"),
       R("Katherine Fontalvo De la Hoz", ["secretaria de Desarrollo Económico", "secretaria de Desarrollo Económico del departamento"], ["Secretaría de Desarrollo Económico del Atlántico", "Atlántico", "Gobernación del Atlántico"], "la secretaria de Desarrollo Económico del departamento, Katherine Fontalvo De la Hoz"),
       R("Wilmer Cantillo Rada", ["director regional", "director regional del SENA"], "Servicio Nacional de Aprendizaje", "el director regional de la entidad, Wilmer Cantillo Rada"),
       R("Luis Fernando Ahumada Polo", "alcalde", ["Malambo", "Alcaldía de Malambo"], "El alcalde de Malambo, Luis Fernando Ahumada Polo"),
       R("Carmen Helena Visbal Zúñiga", ["presidenta de la junta directiva", "presidenta"], "Barlovento Logística", "La junta directiva de Barlovento la preside Carmen Helena Visbal Zúñiga"),
       R("Carmen Helena Visbal Zúñiga", "fundadora", "Barlovento Logística", "quien fundó la empresa en 1998", opt=True)],
inv=[I("Barlovento Logística", ["Malambo", "Atlántico", "Colombia"], 420000000000, "COP", "en los próximos 30 meses", "centro logístico de frío", "con una inversión de $ 420.000 millones"),
     I("Barlovento Logística", ["Malambo", "Atlántico", "Colombia"], 105000000, "USD", "en los próximos 30 meses", "equivalente en dólares", "(unos US$ 105 millones)", opt=True),
     I("Inversiones Ribera 90", ["Malambo", "Atlántico", "Colombia"], 60000000000, "COP", None, "vías internas y redes del parque Ribera 90", "destinará otros $ 60.000 millones a vías internas y redes del parque"),
     I("Gobernación del Atlántico", ["Malambo", "Atlántico", "Colombia"], 38000000000, "COP", None, "pavimentación de la vía de acceso (obra pública)", "una obra de $ 38.000 millones", opt=True)],
parts=[P("Barlovento Logística", "Gobernación del Atlántico", "memorando de entendimiento (vía de acceso)", "la Gobernación y la empresa firmaron un memorando de entendimiento", b_alt=["Atlántico"]),
       P("Barlovento Logística", "Servicio Nacional de Aprendizaje", "formación de 500 jóvenes", "En alianza con el SENA regional Atlántico, la compañía formará a 500 jóvenes"),
       P("Barlovento Logística", "Inversiones Ribera 90", "arrendamiento a 25 años", "firmó con la compañía un contrato de arrendamiento a 25 años", opt=True),
       P("Financiera de Desarrollo Territorial", "Barlovento Logística", "crédito", "La obra contará con un crédito de Findeter por $ 150.000 millones", opt=True)],
claims=[C("Barlovento Logística", "jobs", 480, "empleos directos", "El centro generará 480 empleos directos"),
        C("Barlovento Logística", "jobs", 1100, "empleos en construcción", "unos 1.100 durante la construcción", note="construction"),
        C("Barlovento Logística", "trainees", 500, "jóvenes", "la compañía formará a 500 jóvenes"),
        C("Barlovento Logística", "other", 60000, "posiciones de estiba", "tendrá 60.000 posiciones de estiba refrigeradas", opt=True),
        C("Barlovento Logística", "other", 210, "tractomulas", "Hoy la compañía opera 210 tractomulas", opt=True)],
notes="Invented. Colombian regional newspaper with page chrome kept (byline, photo caption, 'LEA TAMBIÉN' line). Colombian '$ 420.000 millones' (space after '$') = 4.2e11 COP; the dollar equivalent is optional. A second required investment by the park developer ('destinará otros $ 60.000 millones'), told in a relative clause whose subject is the developer. The department's road works (a public works budget inside an MOU) are optional; the Findeter credit and the 25-year lease are optional links; revenue, exports and the exchange rate give no fact. 'En alianza con el SENA ..., la compañía formará' is a required partnership. The board chair is told with an inverted object ('La junta directiva ... la preside X'); founder is a past fact (optional). A mototaxi driver is quoted without a post (no role).")

A("r09", "es", "2026-03-24", "https://example.org/peru/empresas/tuctubamba-cerro-ushnu-obras-por-impuestos",
"""Minera Tuctubamba invertirá US$ 1.350 millones en Cerro Ushnu y firma convenio de obras por impuestos con La Libertad

La Compañía Minera Tuctubamba S.A.A. aprobó en sesión de directorio un presupuesto de inversión de US$ 1.350 millones para desarrollar el proyecto aurífero y cuprífero Cerro Ushnu, en la provincia de Sánchez Carrión, región La Libertad, que se ejecutará entre 2027 y 2031, informó la empresa mediante un hecho de importancia remitido a la Superintendencia del Mercado de Valores (SMV).

Según el documento, la inversión se financiará en un 60 % con deuda y el resto con recursos propios y un aumento de capital de hasta US$ 300 millones, que será sometido a la junta general de accionistas en mayo.

El gerente general de Tuctubamba, Augusto Chirinos Talledo, indicó que el proyecto demandará unos 4.200 trabajadores en la etapa de construcción y, una vez en operación, generará 1.150 puestos permanentes, de los cuales el 40 % será cubierto por mano de obra local.

«El oro nos permite financiar el cobre —dijo el presidente del directorio, Raúl Montoya Escudero—, y el cobre es el futuro de esta región».

Paralelamente, la minera y el Gobierno Regional de La Libertad firmaron un convenio de inversión bajo el mecanismo de Obras por Impuestos para construir la carretera Huamachuco–Sarín y un centro de salud en Chugay, por S/ 186 millones, obras que beneficiarán a unos 46.000 pobladores de cuatro distritos.

El gobernador regional de La Libertad, Wilder Asmat Calderón, destacó que se trata del primer convenio de este tipo firmado por una minera en la sierra liberteña. A la ceremonia asistió la directora ejecutiva de Proinversión, Rocío Barreda Mendívil, quien recordó que en 2025 las empresas comprometieron S/ 3.200 millones bajo ese mecanismo en todo el país.

El Ministerio de Energía y Minas (Minem) aprobó en enero la modificación del estudio de impacto ambiental del proyecto, precisó la viceministra de Minas, Pilar Zúñiga Aliaga, quien calificó a Cerro Ushnu como «una prueba de que en el norte se puede hacer minería con licencia social».

Tuctubamba produjo 142.000 onzas de oro en 2025 y obtuvo ventas por US$ 410 millones. En la Bolsa de Valores de Lima, sus acciones comunes subieron 4,1 % hasta S/ 3,18, mientras el cobre cotizaba a US$ 4,62 por libra.

Según el cronograma remitido a la SMV, la compañía prevé iniciar el movimiento de tierras en el segundo trimestre de 2027 y""",
[("Compañía Minera Tuctubamba", "Organization", ["Compañía Minera Tuctubamba S.A.A.", "Minera Tuctubamba", "Tuctubamba", "Compania Minera Tuctubamba"]),
 ("Cerro Ushnu", "Organization", ["proyecto Cerro Ushnu"]),
 ("Superintendencia del Mercado de Valores", "Organization", ["SMV"]),
 ("Augusto Chirinos Talledo", "Person", ["Augusto Chirinos", "Chirinos Talledo"]),
 ("Raúl Montoya Escudero", "Person", ["Raul Montoya Escudero", "Raúl Montoya", "Montoya Escudero"]),
 ("Gobierno Regional de La Libertad", "Organization", ["GORE La Libertad"]),
 ("Wilder Asmat Calderón", "Person", ["Wilder Asmat Calderon", "Wilder Asmat", "Asmat Calderón"]),
 ("Agencia de Promoción de la Inversión Privada", "Organization", ["Proinversión", "ProInversión", "Proinversion"]),
 ("Rocío Barreda Mendívil", "Person", ["Rocio Barreda Mendivil", "Rocío Barreda", "Barreda Mendívil"]),
 ("Ministerio de Energía y Minas del Perú", "Organization", ["Ministerio de Energía y Minas", "Minem", "MINEM"]),
 ("Pilar Zúñiga Aliaga", "Person", ["Pilar Zuniga Aliaga", "Pilar Zúñiga", "Zúñiga Aliaga"]),
 ("Bolsa de Valores de Lima", "Organization", ["BVL"]),
 ("Sánchez Carrión", "Place", ["provincia de Sánchez Carrión", "Sanchez Carrion"]),
 ("La Libertad", "Place", ["región La Libertad", "La Libertad Region"]),
 ("Huamachuco", "Place", []),
 ("Sarín", "Place", ["Sarin"]),
 ("Chugay", "Place", []),
 ("Lima", "Place", []),
 ("Peru", "Place", ["Perú", "Pérou"])],
roles=[R("Augusto Chirinos Talledo", "gerente general", "Compañía Minera Tuctubamba", "El gerente general de Tuctubamba, Augusto Chirinos Talledo"),
       R("Raúl Montoya Escudero", ["presidente del directorio", "presidente"], "Compañía Minera Tuctubamba", "dijo el presidente del directorio, Raúl Montoya Escudero"),
       R("Wilder Asmat Calderón", "gobernador regional", ["La Libertad", "Gobierno Regional de La Libertad"], "El gobernador regional de La Libertad, Wilder Asmat Calderón"),
       R("Rocío Barreda Mendívil", "directora ejecutiva", ["Agencia de Promoción de la Inversión Privada", "Peru"], "la directora ejecutiva de Proinversión, Rocío Barreda Mendívil"),
       R("Pilar Zúñiga Aliaga", "viceministra de Minas", ["Ministerio de Energía y Minas del Perú", "Peru"], "la viceministra de Minas, Pilar Zúñiga Aliaga")],
inv=[I("Compañía Minera Tuctubamba", ["Sánchez Carrión", "La Libertad", "Peru"], 1350000000, "USD", "entre 2027 y 2031", "proyecto aurífero y cuprífero Cerro Ushnu", "un presupuesto de inversión de US$ 1.350 millones"),
     I("Compañía Minera Tuctubamba", ["Huamachuco", "Chugay", "Sánchez Carrión", "La Libertad", "Peru"], 186000000, "PEN", None, "carretera y centro de salud por Obras por Impuestos", "por S/ 186 millones", opt=True)],
parts=[P("Compañía Minera Tuctubamba", "Gobierno Regional de La Libertad", "convenio de Obras por Impuestos (carretera Huamachuco–Sarín, centro de salud en Chugay)", "la minera y el Gobierno Regional de La Libertad firmaron un convenio de inversión", b_alt=["La Libertad"])],
claims=[C("Compañía Minera Tuctubamba", "jobs", 4200, "trabajadores en construcción", "demandará unos 4.200 trabajadores en la etapa de construcción", note="construction"),
        C("Compañía Minera Tuctubamba", "jobs", 1150, "puestos permanentes", "generará 1.150 puestos permanentes", note="permanent"),
        C("Compañía Minera Tuctubamba", "people_reached", 46000, "pobladores", "beneficiarán a unos 46.000 pobladores de cuatro distritos")],
notes="Invented. Business-press piece built on a regulatory filing ('hecho de importancia' to the SMV); the excerpt ends mid-sentence, as real page excerpts do. 'presupuesto de inversión de US$ 1.350 millones' approved by the board is the investment; the 60 % debt share and the capital increase of up to US$ 300 million are financing (no fact). The Obras por Impuestos convenio with the regional government is a required partnership; the S/ 186 million works (public works financed against taxes) are an optional investment. Quote split by an attribution in em dashes ('—dijo el presidente del directorio, X—'). The national Obras por Impuestos total, gold output, sales, share price and copper price give no fact; the 40 % local share is not a job count. 'viceministra' is a vice post.")

A("r10", "es", "2026-04-21", "https://example.org/agencia/2026/04/21/cerezas-cachapoal-requinoa",
"""Frutícola chilena y grupo chino crean empresa conjunta para exportar cerezas desde O'Higgins

Santiago de Chile, 21 abr (Agencia Andes).- La exportadora chilena Frutícola Cachapoal y la importadora china Guangzhou Xinyuan Fresh anunciaron este martes la creación de una empresa conjunta, Cerezas del Cachapoal SpA, que invertirá 85 millones de dólares en una planta de embalaje y frío en la comuna de Requínoa, en la región de O'Higgins, unos 100 kilómetros al sur de la capital.

Según un comunicado conjunto, la sociedad será controlada en partes iguales por ambas compañías y comenzará a operar en la temporada 2027-2028, con capacidad para procesar 45.000 toneladas de fruta al año, equivalentes a casi el 8 % de los envíos chilenos de cerezas de la última temporada.

El gerente general de Frutícola Cachapoal, Tomás Larrañaga Prieto, explicó que el acuerdo asegura a los productores de la zona un comprador estable en China, destino de más del 90 % de las cerezas que exporta Chile, en momentos en que los precios en ese mercado cayeron cerca de 20 % la temporada pasada por sobreoferta.

Por la parte china, el presidente de Guangzhou Xinyuan Fresh, Liang Weiguo, dijo en un mensaje grabado que la nueva planta permitirá "acortar en diez días" la llegada de la fruta a los mercados mayoristas del sur de China.

La empresa conjunta será dirigida por Francisca Montt Ossa, hasta ahora subgerente comercial de Frutícola Cachapoal.

Como parte del proyecto, Cerezas del Cachapoal firmó un convenio con el Instituto de Desarrollo Agropecuario (Indap) para incorporar como proveedores a 240 pequeños productores, que recibirán asistencia técnica y financiamiento para renovar huertos.

"Es la primera vez que un proyecto de este tamaño piensa en los pequeños desde el principio", afirmó la seremi de Agricultura de O'Higgins, Paulina Cifuentes Morán, quien asistió a la ceremonia junto al director regional de ProChile, Marcelo Tapia Olguín, y a la gobernadora regional, Lorena Abarca Pizarro.

La planta generará 180 empleos permanentes y unos 2.600 puestos de temporada durante la cosecha, según las compañías. Corfo otorgará una garantía para un crédito de 30 millones de dólares que la sociedad negocia con la banca local.

Chile exportó unas 620.000 toneladas de cerezas en la temporada 2024-2025, por un valor cercano a 2.900 millones de dólares. El dólar cerró este martes en 948 pesos. (Agencia Andes)""",
[("Frutícola Cachapoal", "Organization", ["Fruticola Cachapoal"]),
 ("Guangzhou Xinyuan Fresh", "Organization", ["Xinyuan Fresh", "Xinyuan"]),
 ("Cerezas del Cachapoal", "Organization", ["Cerezas del Cachapoal SpA"]),
 ("Tomás Larrañaga Prieto", "Person", ["Tomas Larranaga Prieto", "Tomás Larrañaga", "Larrañaga Prieto"]),
 ("Liang Weiguo", "Person", ["Liang"]),
 ("Francisca Montt Ossa", "Person", ["Francisca Montt", "Montt Ossa"]),
 ("Instituto de Desarrollo Agropecuario", "Organization", ["Indap", "INDAP"]),
 ("Paulina Cifuentes Morán", "Person", ["Paulina Cifuentes Moran", "Paulina Cifuentes", "Cifuentes Morán"]),
 ("Ministerio de Agricultura de Chile", "Organization", ["Ministerio de Agricultura", "Seremi de Agricultura", "Seremi de Agricultura de O'Higgins"]),
 ("ProChile", "Organization", ["Prochile"]),
 ("Marcelo Tapia Olguín", "Person", ["Marcelo Tapia Olguin", "Marcelo Tapia", "Tapia Olguín"]),
 ("Lorena Abarca Pizarro", "Person", ["Lorena Abarca", "Abarca Pizarro"]),
 ("Gobierno Regional de O'Higgins", "Organization", ["GORE O'Higgins"]),
 ("Corporación de Fomento de la Producción", "Organization", ["Corfo", "CORFO"]),
 ("Agencia Andes", "Organization", []),
 ("Requínoa", "Place", ["Requinoa", "comuna de Requínoa"]),
 ("O'Higgins", "Place", ["región de O'Higgins", "Región del Libertador General Bernardo O'Higgins", "O'Higgins Region"]),
 ("Santiago", "Place", ["Santiago de Chile"]),
 ("Chile", "Place", ["Chili"]),
 ("China", "Place", ["Chine"])],
roles=[R("Tomás Larrañaga Prieto", "gerente general", "Frutícola Cachapoal", "El gerente general de Frutícola Cachapoal, Tomás Larrañaga Prieto"),
       R("Liang Weiguo", "presidente", "Guangzhou Xinyuan Fresh", "el presidente de Guangzhou Xinyuan Fresh, Liang Weiguo"),
       R("Francisca Montt Ossa", ["gerente general", "directora", "dirigirá la empresa conjunta"], "Cerezas del Cachapoal", "La empresa conjunta será dirigida por Francisca Montt Ossa"),
       R("Francisca Montt Ossa", ["subgerente comercial", "ex subgerente comercial"], "Frutícola Cachapoal", "hasta ahora subgerente comercial de Frutícola Cachapoal", opt=True),
       R("Paulina Cifuentes Morán", ["seremi de Agricultura", "secretaria regional ministerial de Agricultura", "seremi"], ["Ministerio de Agricultura de Chile", "O'Higgins", "Chile"], "afirmó la seremi de Agricultura de O'Higgins, Paulina Cifuentes Morán"),
       R("Marcelo Tapia Olguín", ["director regional", "director regional de ProChile"], "ProChile", "al director regional de ProChile, Marcelo Tapia Olguín"),
       R("Lorena Abarca Pizarro", "gobernadora regional", ["O'Higgins", "Gobierno Regional de O'Higgins"], "a la gobernadora regional, Lorena Abarca Pizarro")],
inv=[I("Cerezas del Cachapoal", ["Requínoa", "O'Higgins", "Chile"], 85000000, "USD", "operación desde la temporada 2027-2028", "planta de embalaje y frío para cerezas", "que invertirá 85 millones de dólares", alts=["Frutícola Cachapoal", "Guangzhou Xinyuan Fresh"])],
parts=[P("Frutícola Cachapoal", "Guangzhou Xinyuan Fresh", "empresa conjunta Cerezas del Cachapoal", "anunciaron este martes la creación de una empresa conjunta"),
       P("Cerezas del Cachapoal", "Instituto de Desarrollo Agropecuario", "incorporación de pequeños productores", "Cerezas del Cachapoal firmó un convenio con el Instituto de Desarrollo Agropecuario (Indap)", a_alt=["Frutícola Cachapoal", "Guangzhou Xinyuan Fresh"]),
       P("Corporación de Fomento de la Producción", "Cerezas del Cachapoal", "garantía de crédito", "Corfo otorgará una garantía", opt=True)],
claims=[C("Cerezas del Cachapoal", "people_reached", 240, "pequeños productores", "para incorporar como proveedores a 240 pequeños productores", note="growers signed up"),
        C("Cerezas del Cachapoal", "jobs", 180, "empleos permanentes", "La planta generará 180 empleos permanentes"),
        C("Cerezas del Cachapoal", "jobs", 2600, "puestos de temporada", "unos 2.600 puestos de temporada", note="seasonal"),
        C("Cerezas del Cachapoal", "other", 45000, "toneladas al año", "procesar 45.000 toneladas de fruta al año", opt=True)],
notes="Invented. News-agency wire (dateline '21 abr (Agencia Andes).-', agency tag at the end). The JV is the grammatical investor ('una empresa conjunta, X, que invertirá'): JV as investor, both parents accepted. Future head of the JV ('será dirigida por X') required with a loose title list; 'hasta ahora subgerente comercial' optional. Chilean regional officials: seremi (ministry + region + country), gobernadora regional (region), a ProChile regional director. Officials who attended are not parties. The Corfo guarantee on a loan still being negotiated is optional; export volumes and value, price falls, market share and the exchange rate give no fact.")

A("r11", "es", "2026-05-19", "https://example.org/tucuman/entrevistas/araoz-posse-aconquija-bioetanol",
"""Florencia Aráoz Posse: «Con el etanol, el Norte puede dejar de exportar solo azúcar»

Florencia Aráoz Posse preside desde 2023 Azucarera del Aconquija, la empresa que fundó su abuelo en 1948 en Famaillá, al sur de San Miguel de Tucumán. En diálogo con este diario, explicó los alcances de la ampliación de su destilería y del acuerdo firmado con el gobierno provincial.

P. ¿En qué consiste el proyecto?

R. Vamos a duplicar la destilería, hasta 300.000 litros diarios de bioetanol, y sumar una planta de biogás a partir de la vinaza. Es una inversión de US$ 70 millones, unos $ 85.000 millones al tipo de cambio de hoy, que haremos entre este año y 2028.

P. ¿Cómo se financia?

R. Con fondos propios y un préstamo del Banco de Inversión y Comercio Exterior (BICE) por US$ 30 millones, que aprobó el directorio del banco en marzo. No hay aportes del Estado.

P. ¿Qué firmaron con la provincia?

R. Un acta acuerdo con el gobernador Ramón Alderete Frías. La provincia se compromete a mejorar 140 kilómetros de caminos rurales y nosotros, a comprar la caña de 1.200 productores independientes a un precio de referencia durante cinco zafras.

P. ¿Y la parte técnica?

R. Tenemos un convenio con la Estación Experimental Agroindustrial Obispo Colombres para desarrollar variedades de caña más resistentes a las heladas. Su director técnico, Hugo Nougués Campero, nos acompañó a Brasil el año pasado a ver plantas parecidas. Además, con la Universidad Tecnológica Nacional, Facultad Regional Tucumán, vamos a formar a 120 técnicos en bioprocesos.

P. ¿Cuánta gente va a trabajar?

R. En la obra, unas 350 personas. Después, la planta suma 85 puestos fijos a los 1.400 que ya tenemos entre el ingenio y la destilería.

P. ¿Quién va a estar al frente?

R. Martín Juárez Colombres, nuestro gerente industrial. Lleva veinte años en la empresa y conoce cada caldera.

P. ¿Qué le piden a la Nación?

R. Previsibilidad. Le planteamos a la secretaria de Energía, María Soledad Tolosa, que el corte obligatorio de bioetanol en las naftas, hoy del 12 %, suba al 15 %. Con ese cambio, Tucumán podría colocar 180 millones de litros más por año.

P. ¿Y el precio del azúcar?

R. Cayó 18 % en el mercado interno desde enero. Por eso diversificar no es una opción: es la única salida.""",
[("Azucarera del Aconquija", "Organization", ["Aconquija", "Azucarera del Aconquija S.A."]),
 ("Florencia Aráoz Posse", "Person", ["Florencia Araoz Posse", "Florencia Aráoz", "Aráoz Posse"]),
 ("Banco de Inversión y Comercio Exterior", "Organization", ["BICE", "Banco de Inversion y Comercio Exterior"]),
 ("Ramón Alderete Frías", "Person", ["Ramon Alderete Frias", "Ramón Alderete", "Alderete Frías"]),
 ("Gobierno de Tucumán", "Organization", ["Provincia de Tucumán", "Gobierno de Tucuman"]),
 ("Estación Experimental Agroindustrial Obispo Colombres", "Organization", ["EEAOC", "Obispo Colombres", "Estacion Experimental Agroindustrial Obispo Colombres"]),
 ("Hugo Nougués Campero", "Person", ["Hugo Nougues Campero", "Hugo Nougués", "Nougués Campero"]),
 ("Universidad Tecnológica Nacional", "Organization", ["UTN", "Facultad Regional Tucumán", "UTN Facultad Regional Tucumán", "Universidad Tecnologica Nacional"]),
 ("Martín Juárez Colombres", "Person", ["Martin Juarez Colombres", "Martín Juárez", "Juárez Colombres"]),
 ("María Soledad Tolosa", "Person", ["Maria Soledad Tolosa", "Soledad Tolosa", "Tolosa"]),
 ("Secretaría de Energía", "Organization", ["Secretaria de Energia", "Energy Secretariat", "Secretaría de Energía de la Nación", "Argentina's Energy Secretariat"]),
 ("Famaillá", "Place", ["Famailla"]),
 ("San Miguel de Tucumán", "Place", ["San Miguel de Tucuman"]),
 ("Tucumán", "Place", ["Tucuman", "provincia de Tucumán"]),
 ("Argentina", "Place", ["Argentine"]),
 ("Brazil", "Place", ["Brasil", "Brésil"])],
roles=[R("Florencia Aráoz Posse", ["presidenta", "preside"], "Azucarera del Aconquija", "Florencia Aráoz Posse preside desde 2023 Azucarera del Aconquija"),
       R("Ramón Alderete Frías", "gobernador", ["Tucumán", "Gobierno de Tucumán"], "Un acta acuerdo con el gobernador Ramón Alderete Frías"),
       R("Hugo Nougués Campero", "director técnico", "Estación Experimental Agroindustrial Obispo Colombres", "Su director técnico, Hugo Nougués Campero"),
       R("Martín Juárez Colombres", "gerente industrial", "Azucarera del Aconquija", "Martín Juárez Colombres, nuestro gerente industrial"),
       R("María Soledad Tolosa", "secretaria de Energía", ["Secretaría de Energía", "Argentina"], "Le planteamos a la secretaria de Energía, María Soledad Tolosa")],
inv=[I("Azucarera del Aconquija", ["Famaillá", "Tucumán", "Argentina"], 70000000, "USD", "entre este año (2026) y 2028", "ampliación de la destilería de bioetanol y planta de biogás", "Es una inversión de US$ 70 millones"),
     I("Azucarera del Aconquija", ["Famaillá", "Tucumán", "Argentina"], 85000000000, "ARS", "entre 2026 y 2028", "equivalente en pesos", "unos $ 85.000 millones al tipo de cambio de hoy", opt=True)],
parts=[P("Azucarera del Aconquija", "Gobierno de Tucumán", "acta acuerdo (caminos rurales y compra de caña)", "Un acta acuerdo con el gobernador Ramón Alderete Frías", b_alt=["Tucumán"]),
       P("Azucarera del Aconquija", "Estación Experimental Agroindustrial Obispo Colombres", "variedades de caña resistentes a heladas", "Tenemos un convenio con la Estación Experimental Agroindustrial Obispo Colombres"),
       P("Azucarera del Aconquija", "Universidad Tecnológica Nacional", "formación de técnicos en bioprocesos", "con la Universidad Tecnológica Nacional, Facultad Regional Tucumán, vamos a formar a 120 técnicos"),
       P("Banco de Inversión y Comercio Exterior", "Azucarera del Aconquija", "préstamo", "un préstamo del Banco de Inversión y Comercio Exterior (BICE) por US$ 30 millones", opt=True)],
claims=[C("Azucarera del Aconquija", "people_reached", 1200, "productores independientes", "a comprar la caña de 1.200 productores independientes", note="growers signed up"),
        C("Azucarera del Aconquija", "trainees", 120, "técnicos", "vamos a formar a 120 técnicos en bioprocesos"),
        C("Azucarera del Aconquija", "jobs", 350, "personas en la obra", "En la obra, unas 350 personas", note="construction"),
        C("Azucarera del Aconquija", "jobs", 85, "puestos fijos", "la planta suma 85 puestos fijos", note="permanent"),
        C("Azucarera del Aconquija", "jobs", 1400, "empleados actuales", "a los 1.400 que ya tenemos", opt=True, note="existing workforce"),
        C("Azucarera del Aconquija", "other", 300000, "litros diarios", "hasta 300.000 litros diarios de bioetanol", opt=True)],
notes="Invented. Newspaper interview in 'P.'/'R.' format; 'Vamos'/'nosotros'/'nuestro' resolve to Azucarera del Aconquija. The interviewee's post is told with a verb in the standfirst ('X preside desde 2023 Azucarera del Aconquija'). Argentine 'acta acuerdo' with the governor is a required partnership with the province. US$ first-stated and required, the peso equivalent ('$ 85.000 millones') optional ARS; the BICE loan is optional (loan link). The federal energy secretary (same person as r05) is named in an answer. Jobs answers without a noun ('En la obra, unas 350 personas'); the existing 1.400 are optional. The blending mandate, the 180 million litres, 140 km of roads and the sugar price give no fact.")

A("r12", "es", "2026-06-16", "https://example.org/rd/economia/vatio-verde-montecristi-solar-baterias",
"""Vatio Verde invertirá US$145 millones en parque solar con baterías en Montecristi

SANTO DOMINGO.– La empresa Vatio Verde Dominicana, filial del grupo español Enerlume, invertirá US$145 millones, unos RD$9,100 millones, en la construcción de un parque fotovoltaico de 120 megavatios con un sistema de almacenamiento en baterías de 60 megavatios en la provincia Montecristi, en el noroeste del país.

El proyecto será desarrollado a través de la sociedad Fotovoltaica Montecristi 2, S.R.L., que el pasado viernes firmó con la Empresa Distribuidora de Electricidad del Norte (Edenorte Dominicana) un contrato de compraventa de energía por 20 años, informó el presidente ejecutivo de Enerlume para el Caribe, Joaquín Lasheras Ibarz.

Lasheras indicó que la construcción arrancará en julio y que el parque entrará en operación comercial en el segundo semestre de 2027. Durante la obra se emplearán unas 650 personas y, en operación, 48 técnicos y operarios de forma permanente.

Edenorte, por su parte, invertirá US$12 millones en una subestación y 18 kilómetros de línea de transmisión para conectar el parque, según explicó su gerente general, Luis Fermín Tavárez, quien precisó que la distribuidora pagará US$0.068 por kilovatio hora durante los primeros diez años del contrato.

"Cada megavatio renovable que entra al sistema es un megavatio menos de fueloil importado", dijo el ministro de Energía y Minas, Rafael Peguero Ozuna, quien encabezó la firma. La Comisión Nacional de Energía (CNE) otorgó al proyecto la concesión definitiva en diciembre, recordó su director ejecutivo, Ernesto Matos Féliz.

Vatio Verde firmó además un memorando de entendimiento con el Instituto Técnico Superior Comunitario (ITSC) para formar a 90 técnicos en energías renovables durante los próximos dos años. La rectora del ITSC, Altagracia Luna Sánchez, dijo que las clases se impartirán en la extensión de Santiago, con énfasis en jóvenes de Montecristi, Dajabón y Valverde.

El parque generará unos 260 gigavatios hora al año, el equivalente al consumo de 95,000 hogares, con el respaldo de la Asociación para el Fomento de las Energías Renovables (Asofer), que participó en el acto.

La demanda del Sistema Eléctrico Nacional Interconectado (SENI) creció 6.8 % en 2025, y el Gobierno destinó cerca de US$1,400 millones a cubrir el déficit de las distribuidoras. Enerlume, que cotiza en la bolsa de Madrid, opera 2.3 gigavatios en España, Portugal y México, y facturó 610 millones de euros el año pasado.""",
[("Vatio Verde Dominicana", "Organization", ["Vatio Verde"]),
 ("Enerlume", "Organization", ["grupo Enerlume"]),
 ("Fotovoltaica Montecristi 2", "Organization", ["Fotovoltaica Montecristi 2, S.R.L.", "Fotovoltaica Montecristi 2 S.R.L."]),
 ("Empresa Distribuidora de Electricidad del Norte", "Organization", ["Edenorte Dominicana", "Edenorte", "EDENORTE"]),
 ("Joaquín Lasheras Ibarz", "Person", ["Joaquin Lasheras Ibarz", "Joaquín Lasheras", "Lasheras Ibarz", "Lasheras"]),
 ("Luis Fermín Tavárez", "Person", ["Luis Fermin Tavarez", "Fermín Tavárez"]),
 ("Rafael Peguero Ozuna", "Person", ["Rafael Peguero", "Peguero Ozuna"]),
 ("Ministerio de Energía y Minas de la República Dominicana", "Organization", ["Ministerio de Energía y Minas", "MEM", "Ministerio de Energia y Minas"]),
 ("Comisión Nacional de Energía", "Organization", ["CNE", "Comision Nacional de Energia"]),
 ("Ernesto Matos Féliz", "Person", ["Ernesto Matos Feliz", "Ernesto Matos", "Matos Féliz"]),
 ("Instituto Técnico Superior Comunitario", "Organization", ["ITSC", "Instituto Tecnico Superior Comunitario"]),
 ("Altagracia Luna Sánchez", "Person", ["Altagracia Luna Sanchez", "Altagracia Luna", "Luna Sánchez"]),
 ("Asociación para el Fomento de las Energías Renovables", "Organization", ["Asofer", "ASOFER"]),
 ("Montecristi", "Place", ["provincia Montecristi", "Monte Cristi"]),
 ("Santo Domingo", "Place", []),
 ("Santiago de los Caballeros", "Place", ["Santiago"]),
 ("Dajabón", "Place", ["Dajabon"]),
 ("Valverde", "Place", []),
 ("Dominican Republic", "Place", ["República Dominicana", "Republica Dominicana", "République dominicaine", "RD"]),
 ("Spain", "Place", ["España", "Espagne"]),
 ("Madrid", "Place", []),
 ("Portugal", "Place", []),
 MX],
roles=[R("Joaquín Lasheras Ibarz", ["presidente ejecutivo para el Caribe", "presidente ejecutivo"], "Enerlume", "el presidente ejecutivo de Enerlume para el Caribe, Joaquín Lasheras Ibarz"),
       R("Luis Fermín Tavárez", "gerente general", "Empresa Distribuidora de Electricidad del Norte", "su gerente general, Luis Fermín Tavárez"),
       R("Rafael Peguero Ozuna", "ministro de Energía y Minas", ["Ministerio de Energía y Minas de la República Dominicana", "Dominican Republic"], "dijo el ministro de Energía y Minas, Rafael Peguero Ozuna"),
       R("Ernesto Matos Féliz", "director ejecutivo", ["Comisión Nacional de Energía", "Dominican Republic"], "recordó su director ejecutivo, Ernesto Matos Féliz"),
       R("Altagracia Luna Sánchez", "rectora", "Instituto Técnico Superior Comunitario", "La rectora del ITSC, Altagracia Luna Sánchez")],
inv=[I("Vatio Verde Dominicana", ["Montecristi", "Dominican Republic"], 145000000, "USD", "construcción desde julio; operación en el segundo semestre de 2027", "parque fotovoltaico de 120 MW con baterías de 60 MW", "invertirá US$145 millones", alts=["Fotovoltaica Montecristi 2", "Enerlume"]),
     I("Vatio Verde Dominicana", ["Montecristi", "Dominican Republic"], 9100000000, "DOP", None, "equivalente en pesos dominicanos", "unos RD$9,100 millones", opt=True, alts=["Fotovoltaica Montecristi 2", "Enerlume"]),
     I("Empresa Distribuidora de Electricidad del Norte", ["Montecristi", "Dominican Republic"], 12000000, "USD", None, "subestación y 18 km de línea para conectar el parque", "Edenorte, por su parte, invertirá US$12 millones")],
parts=[P("Fotovoltaica Montecristi 2", "Empresa Distribuidora de Electricidad del Norte", "contrato de compraventa de energía a 20 años", "firmó con la Empresa Distribuidora de Electricidad del Norte (Edenorte Dominicana) un contrato de compraventa de energía por 20 años", a_alt=["Vatio Verde Dominicana", "Enerlume"]),
       P("Vatio Verde Dominicana", "Instituto Técnico Superior Comunitario", "formación de técnicos en energías renovables", "Vatio Verde firmó además un memorando de entendimiento con el Instituto Técnico Superior Comunitario (ITSC)"),
       P("Comisión Nacional de Energía", "Fotovoltaica Montecristi 2", "concesión definitiva", "otorgó al proyecto la concesión definitiva en diciembre", opt=True, b_alt=["Vatio Verde Dominicana"])],
claims=[C("Vatio Verde Dominicana", "jobs", 650, "personas en la obra", "Durante la obra se emplearán unas 650 personas", note="construction"),
        C("Vatio Verde Dominicana", "jobs", 48, "técnicos y operarios permanentes", "48 técnicos y operarios de forma permanente", note="permanent"),
        C("Vatio Verde Dominicana", "trainees", 90, "técnicos", "para formar a 90 técnicos en energías renovables"),
        C("Vatio Verde Dominicana", "other", 120, "MW", "un parque fotovoltaico de 120 megavatios", opt=True),
        C("Vatio Verde Dominicana", "other", 95000, "hogares equivalentes", "el equivalente al consumo de 95,000 hogares", opt=True)],
notes="Invented. Dominican newspaper: 'US$145 millones' / 'RD$9,100 millones' with comma thousands and point decimals (DOP equivalent optional). The project company (an SPV with a digit in its name) signs the 20-year power purchase contract with the state distributor: required partnership (SPV, subsidiary and parent accepted). The state utility's own US$12 million connection works are a second required investment ('Edenorte, por su parte, invertirá'). The CNE concession is optional; Asofer's 'respaldo' and presence give no fact. The tariff (US$0.068/kWh), SENI demand growth, the US$1,400 million subsidy, Enerlume's capacity and revenue give no fact; equivalent households optional. Regional scope title: 'presidente ejecutivo de Enerlume para el Caribe'.")

A("r13", "es", "2026-07-08", "https://example.org/guatemala/economia/yokoda-wiring-el-tejar-arneses",
"""Yokoda Wiring instalará planta de arneses en Chimaltenango con inversión de Q620 millones

La fabricante japonesa de arneses eléctricos para automóviles Yokoda Wiring Systems instalará su primera planta en Centroamérica en el municipio de El Tejar, Chimaltenango, con una inversión de Q620 millones (unos US$80 millones) en los próximos cuatro años, informaron este miércoles autoridades del Ministerio de Economía (Mineco) y representantes de la compañía.

El director para Centroamérica y el Caribe de Yokoda, Kenji Arakawa, explicó que la planta ocupará una nave de 28,000 metros cuadrados en el parque industrial Los Aposentos, abastecerá a ensambladoras de México y Estados Unidos y comenzará a producir en marzo de 2027. La desarrolladora del parque, Inmobiliaria Aposentos, construirá la nave a la medida con una inversión propia de Q95 millones y la arrendará a la japonesa por quince años.

Según Arakawa, la empresa contratará a 2,400 personas en una primera etapa y podría llegar a 4,000 si se confirma una segunda línea, aún sujeta a la demanda de sus clientes.

La ministra de Economía, Ana Lucía Castañeda Herrera, calificó el anuncio como "la inversión manufacturera más importante del año" y destacó que cerca del 70 % de los puestos serán ocupados por mujeres. El viceministro de Inversión y Competencia, Rodrigo Estrada Monzón, añadió que Invest Guatemala acompañó a la empresa durante catorce meses.

Lea además: Exportaciones de café caen 7 % en el primer trimestre

Como parte del proyecto, Yokoda y el Instituto Técnico de Capacitación y Productividad (Intecap) firmaron un convenio para formar a 1,000 operarios y 60 supervisores antes del arranque. El gerente del Intecap, Héctor Sontay Cux, dijo que los cursos se impartirán en el centro de capacitación de Chimaltenango. La compañía anunció también una alianza con la Universidad de San Carlos de Guatemala (Usac) para que estudiantes de ingeniería realicen prácticas en la planta.

El alcalde de El Tejar, Mynor Cutzal Patzán, ofreció agilizar las licencias de construcción. El anuncio se hizo durante un foro organizado por la Asociación Guatemalteca de Exportadores (Agexport), cuyo presidente, Federico Köhler Arenales, pidió al Congreso aprobar la ley de infraestructura vial.

La industria de arneses emplea a más de 40,000 personas en Honduras y Nicaragua, según cifras del sector. Guatemala recibió US$1,850 millones de inversión extranjera directa en 2025, de acuerdo con el Banco de Guatemala (Banguat), y el tipo de cambio de referencia se ubicó ayer en Q7.72 por dólar.""",
[("Yokoda Wiring Systems", "Organization", ["Yokoda Wiring", "Yokoda"]),
 ("Kenji Arakawa", "Person", ["Arakawa"]),
 ("Inmobiliaria Aposentos", "Organization", ["parque industrial Los Aposentos", "Los Aposentos"]),
 ("Ministerio de Economía de Guatemala", "Organization", ["Ministerio de Economía", "Mineco", "MINECO", "Ministerio de Economia"]),
 ("Ana Lucía Castañeda Herrera", "Person", ["Ana Lucia Castaneda Herrera", "Ana Lucía Castañeda", "Castañeda Herrera"]),
 ("Rodrigo Estrada Monzón", "Person", ["Rodrigo Estrada Monzon", "Rodrigo Estrada", "Estrada Monzón"]),
 ("Invest Guatemala", "Organization", []),
 ("Instituto Técnico de Capacitación y Productividad", "Organization", ["Intecap", "INTECAP", "Instituto Tecnico de Capacitacion y Productividad"]),
 ("Héctor Sontay Cux", "Person", ["Hector Sontay Cux", "Héctor Sontay", "Sontay Cux"]),
 ("Universidad de San Carlos de Guatemala", "Organization", ["Usac", "USAC", "Universidad de San Carlos"]),
 ("Mynor Cutzal Patzán", "Person", ["Mynor Cutzal Patzan", "Mynor Cutzal", "Cutzal Patzán"]),
 ("Municipalidad de El Tejar", "Organization", []),
 ("Asociación Guatemalteca de Exportadores", "Organization", ["Agexport", "AGEXPORT"]),
 ("Federico Köhler Arenales", "Person", ["Federico Kohler Arenales", "Federico Köhler", "Köhler Arenales"]),
 ("Banco de Guatemala", "Organization", ["Banguat"]),
 ("El Tejar", "Place", ["municipio de El Tejar"]),
 ("Chimaltenango", "Place", []),
 ("Central America", "Place", ["Centroamérica", "Centroamerica", "Amérique centrale"]),
 ("Caribbean", "Place", ["Caribe", "Caraïbes"]),
 ("Honduras", "Place", []),
 ("Nicaragua", "Place", []),
 ("United States", "Place", ["U.S.", "US", "Estados Unidos", "États-Unis"]),
 ("Japan", "Place", ["Japón", "Japon"]),
 ("Guatemala", "Place", []),
 MX],
roles=[R("Kenji Arakawa", ["director para Centroamérica y el Caribe", "director"], "Yokoda Wiring Systems", "El director para Centroamérica y el Caribe de Yokoda, Kenji Arakawa"),
       R("Ana Lucía Castañeda Herrera", "ministra de Economía", ["Ministerio de Economía de Guatemala", "Guatemala"], "La ministra de Economía, Ana Lucía Castañeda Herrera"),
       R("Rodrigo Estrada Monzón", ["viceministro de Inversión y Competencia", "viceministro"], ["Ministerio de Economía de Guatemala", "Guatemala"], "El viceministro de Inversión y Competencia, Rodrigo Estrada Monzón"),
       R("Héctor Sontay Cux", "gerente", "Instituto Técnico de Capacitación y Productividad", "El gerente del Intecap, Héctor Sontay Cux"),
       R("Mynor Cutzal Patzán", "alcalde", ["El Tejar", "Municipalidad de El Tejar"], "El alcalde de El Tejar, Mynor Cutzal Patzán"),
       R("Federico Köhler Arenales", "presidente", "Asociación Guatemalteca de Exportadores", "cuyo presidente, Federico Köhler Arenales")],
inv=[I("Yokoda Wiring Systems", ["El Tejar", "Chimaltenango", "Guatemala"], 620000000, "GTQ", "en los próximos cuatro años", "planta de arneses eléctricos", "con una inversión de Q620 millones"),
     I("Yokoda Wiring Systems", ["El Tejar", "Chimaltenango", "Guatemala"], 80000000, "USD", "en los próximos cuatro años", "equivalente en dólares", "(unos US$80 millones)", opt=True),
     I("Inmobiliaria Aposentos", ["El Tejar", "Chimaltenango", "Guatemala"], 95000000, "GTQ", None, "nave industrial a la medida", "construirá la nave a la medida con una inversión propia de Q95 millones")],
parts=[P("Yokoda Wiring Systems", "Instituto Técnico de Capacitación y Productividad", "formación de operarios y supervisores", "Yokoda y el Instituto Técnico de Capacitación y Productividad (Intecap) firmaron un convenio"),
       P("Yokoda Wiring Systems", "Universidad de San Carlos de Guatemala", "prácticas de estudiantes de ingeniería", "La compañía anunció también una alianza con la Universidad de San Carlos de Guatemala (Usac)"),
       P("Inmobiliaria Aposentos", "Yokoda Wiring Systems", "arrendamiento de la nave por quince años", "la arrendará a la japonesa por quince años", opt=True)],
claims=[C("Yokoda Wiring Systems", "jobs", 2400, "personas", "la empresa contratará a 2,400 personas en una primera etapa"),
        C("Yokoda Wiring Systems", "jobs", 4000, "personas", "podría llegar a 4,000 si se confirma una segunda línea", opt=True, note="conditional second line"),
        C("Yokoda Wiring Systems", "trainees", 1000, "operarios", "para formar a 1,000 operarios"),
        C("Yokoda Wiring Systems", "trainees", 60, "supervisores", "y 60 supervisores antes del arranque"),
        C("Yokoda Wiring Systems", "other", 28000, "metros cuadrados", "una nave de 28,000 metros cuadrados", opt=True),
        C("Asociación Guatemalteca de Exportadores", "jobs", 40000, "personas", "La industria de arneses emplea a más de 40,000 personas", opt=True, note="sector employment elsewhere")],
notes="Invented. Guatemalan newspaper with comma thousands ('2,400', 'Q620 millones', 'Q7.72') and a 'Lea además' chrome line. GTQ first-stated and required, the dollar equivalent optional. The park developer's build-to-suit warehouse ('construirá la nave ... con una inversión propia de Q95 millones') is a second required investment; its 15-year lease is optional. Regional scope: 'director para Centroamérica y el Caribe'. 'viceministro' is a vice post. Invest Guatemala accompanied (no fact); Agexport organised the forum (role only). The conditional 4,000 jobs and sector employment are optional; the 70 % share of women, FDI total and exchange rate give no fact.")

A("r14", "es", "2026-08-04", "https://example.org/mexico/empresas/cantamar-los-cabos-380-mdd",
"""Grupo Cantamar invertirá 380 mdd en complejo turístico en Los Cabos; lo operará en alianza con Harbor & Pine

Grupo Inmobiliario Cantamar anunció una inversión de 380 millones de dólares, alrededor de seis mil 900 millones de pesos, para desarrollar un complejo turístico con dos hoteles, 640 habitaciones y una marina en el corredor turístico de Los Cabos, Baja California Sur, que se construirá entre 2026 y 2029.

De ese monto, 120 mdd se destinarán a la primera etapa, un hotel de 280 habitaciones que abrirá a finales de 2027, detalló en conferencia de prensa el director general del grupo, Emilio Cuevas Rubalcava.

Los hoteles serán operados por la cadena estadounidense Harbor & Pine Hotels, con la que Cantamar firmó un contrato de administración a 20 años. "Esta alianza nos da el mercado de Estados Unidos y Canadá desde el primer día", dijo Cuevas. Por la cadena, su vicepresidenta de Desarrollo para México y el Caribe, Laura Pennington, precisó que se trata de su primer hotel en el Pacífico mexicano.

(Foto: Especial)

El gobernador de Baja California Sur, Alberto Geraldo Amador, asistió al anuncio. Según el secretario de Turismo, Economía y Sustentabilidad (Setues), Rigoberto Lucero Verdugo, el proyecto generará dos mil 100 empleos directos en operación y tres mil 500 durante la construcción, además de una derrama económica anual de cuatro mil millones de pesos en el municipio.

Cantamar firmó además un convenio con la Universidad Autónoma de Baja California Sur (UABCS) para que 400 estudiantes de turismo y gastronomía realicen prácticas profesionales en el complejo, y otorgará 150 becas para carreras técnicas, informó la rectora de la UABCS, Dalia Meza Castro.

La presidenta municipal de Los Cabos, Gisela Ojeda Cota, pidió a la empresa garantizar el acceso público a la playa. El complejo tendrá una planta desalinizadora propia de 40 litros por segundo.

Cantamar, que ha invertido mil 100 millones de dólares en la entidad desde 2010, opera tres hoteles en San José del Cabo y Cabo San Lucas. Los Cabos recibió 3.4 millones de turistas en 2025 y cerró el año con una ocupación hotelera de 78.3 por ciento, de acuerdo con la Setues.""",
[("Grupo Inmobiliario Cantamar", "Organization", ["Grupo Cantamar", "Cantamar"]),
 ("Emilio Cuevas Rubalcava", "Person", ["Emilio Cuevas", "Cuevas Rubalcava", "Cuevas"]),
 ("Harbor & Pine Hotels", "Organization", ["Harbor & Pine", "Harbor and Pine", "Harbor & Pine Hotels Inc"]),
 ("Laura Pennington", "Person", ["Pennington"]),
 ("Alberto Geraldo Amador", "Person", ["Alberto Geraldo", "Geraldo Amador"]),
 ("Gobierno de Baja California Sur", "Organization", ["Gobierno del Estado de Baja California Sur"]),
 ("Rigoberto Lucero Verdugo", "Person", ["Rigoberto Lucero", "Lucero Verdugo"]),
 ("Secretaría de Turismo, Economía y Sustentabilidad", "Organization", ["Setues", "SETUES", "Secretaria de Turismo, Economia y Sustentabilidad"]),
 ("Universidad Autónoma de Baja California Sur", "Organization", ["UABCS", "Universidad Autonoma de Baja California Sur"]),
 ("Dalia Meza Castro", "Person", ["Dalia Meza", "Meza Castro"]),
 ("Gisela Ojeda Cota", "Person", ["Gisela Ojeda", "Ojeda Cota"]),
 ("Ayuntamiento de Los Cabos", "Organization", ["Municipio de Los Cabos", "Gobierno Municipal de Los Cabos"]),
 ("Los Cabos", "Place", ["municipio de Los Cabos", "corredor turístico de Los Cabos"]),
 ("Baja California Sur", "Place", ["BCS"]),
 ("San José del Cabo", "Place", ["San Jose del Cabo"]),
 ("Cabo San Lucas", "Place", []),
 ("United States", "Place", ["U.S.", "US", "Estados Unidos", "États-Unis"]),
 ("Canada", "Place", ["Canadá"]),
 ("Caribbean", "Place", ["Caribe", "Caraïbes"]),
 MX],
roles=[R("Emilio Cuevas Rubalcava", "director general", "Grupo Inmobiliario Cantamar", "el director general del grupo, Emilio Cuevas Rubalcava"),
       R("Laura Pennington", ["vicepresidenta de Desarrollo para México y el Caribe", "vicepresidenta de Desarrollo", "vicepresidenta"], "Harbor & Pine Hotels", "su vicepresidenta de Desarrollo para México y el Caribe, Laura Pennington"),
       R("Alberto Geraldo Amador", "gobernador", ["Baja California Sur", "Gobierno de Baja California Sur"], "El gobernador de Baja California Sur, Alberto Geraldo Amador"),
       R("Rigoberto Lucero Verdugo", ["secretario de Turismo, Economía y Sustentabilidad", "secretario", "titular de la Setues"], ["Secretaría de Turismo, Economía y Sustentabilidad", "Baja California Sur"], "el secretario de Turismo, Economía y Sustentabilidad (Setues), Rigoberto Lucero Verdugo"),
       R("Dalia Meza Castro", "rectora", "Universidad Autónoma de Baja California Sur", "la rectora de la UABCS, Dalia Meza Castro"),
       R("Gisela Ojeda Cota", ["presidenta municipal", "alcaldesa"], ["Los Cabos", "Ayuntamiento de Los Cabos"], "La presidenta municipal de Los Cabos, Gisela Ojeda Cota")],
inv=[I("Grupo Inmobiliario Cantamar", ["Los Cabos", "Baja California Sur", "Mexico"], 380000000, "USD", "entre 2026 y 2029", "complejo turístico con dos hoteles y marina", "anunció una inversión de 380 millones de dólares"),
     I("Grupo Inmobiliario Cantamar", ["Los Cabos", "Baja California Sur", "Mexico"], 6900000000, "MXN", "entre 2026 y 2029", "equivalente en pesos", "alrededor de seis mil 900 millones de pesos", opt=True),
     I("Grupo Inmobiliario Cantamar", ["Los Cabos", "Baja California Sur", "Mexico"], 120000000, "USD", "apertura a finales de 2027", "primera etapa (parte del total)", "De ese monto, 120 mdd se destinarán a la primera etapa", opt=True),
     I("Grupo Inmobiliario Cantamar", ["Baja California Sur", "Mexico"], 1100000000, "USD", "desde 2010", "inversiones pasadas en la entidad", "Cantamar, que ha invertido mil 100 millones de dólares en la entidad desde 2010", opt=True)],
parts=[P("Grupo Inmobiliario Cantamar", "Harbor & Pine Hotels", "contrato de administración a 20 años (alianza)", "con la que Cantamar firmó un contrato de administración a 20 años"),
       P("Grupo Inmobiliario Cantamar", "Universidad Autónoma de Baja California Sur", "prácticas profesionales y becas", "Cantamar firmó además un convenio con la Universidad Autónoma de Baja California Sur (UABCS)")],
claims=[C("Grupo Inmobiliario Cantamar", "jobs", 2100, "empleos directos en operación", "generará dos mil 100 empleos directos en operación"),
        C("Grupo Inmobiliario Cantamar", "jobs", 3500, "empleos en construcción", "y tres mil 500 durante la construcción", note="construction"),
        C("Grupo Inmobiliario Cantamar", "trainees", 400, "estudiantes en prácticas", "para que 400 estudiantes de turismo y gastronomía realicen prácticas profesionales"),
        C("Grupo Inmobiliario Cantamar", "trainees", 150, "scholarships", "otorgará 150 becas para carreras técnicas"),
        C("Grupo Inmobiliario Cantamar", "other", 640, "habitaciones", "dos hoteles, 640 habitaciones y una marina", opt=True)],
notes="Invented. National business press: headline '380 mdd', body '380 millones de dólares, alrededor de seis mil 900 millones de pesos' (words plus digits; MXN equivalent optional). The first stage ('De ese monto, 120 mdd') is part of the stated total and past investments ('ha invertido ... desde 2010') are background: both optional. A 20-year hotel management contract called 'alianza' is a required partnership. A state secretariat whose name lists three portfolios (Setues). Students doing internships are trainees; becas are trainees with unit scholarships. The 'derrama económica', tourist arrivals and occupancy give no fact; room count and desalination capacity optional.")

A("r15", "es", "2026-09-09", "https://example.org/manabi/economia/atunera-aldan-jaramijo-manta",
"""Conservas Aldán y Pesquera Jaramijó levantarán en Manta una planta atunera de USD 95 millones

MANTA. La conservera gallega Conservas Aldán y la ecuatoriana Pesquera Jaramijó S.A. constituyeron una empresa mixta, Atunera del Pacífico Aldán-Jaramijó, que construirá una planta de procesamiento de atún en el sector de San Juan de Manta, a orillas de la vía a Montecristi.

La inversión, de USD 95 millones, será aportada en un 70 % por el socio español y se ejecutará en tres años, explicó el presidente ejecutivo de Pesquera Jaramijó, Xavier Cedeño Mendoza, durante la presentación del proyecto en la Cámara de la Producción de Manabí.

"Galicia tiene la marca y la tecnología; Manta tiene el atún y la gente", resumió el consejero delegado de Conservas Aldán, Xosé Manuel Outeiral Piñeiro, quien viajó desde Vigo para la firma.

El Ministerio de Producción, Comercio Exterior, Inversiones y Pesca (MPCEIP) y la nueva compañía suscribieron un contrato de inversión que le garantiza estabilidad tributaria por quince años, informó la ministra, Gabriela Intriago Loor. "Este contrato es una señal de que Ecuador respeta las reglas", dijo la funcionaria.

La planta empleará a 1.300 personas, en su mayoría mujeres, y generará unos 4.000 empleos indirectos en la flota, el transporte y los servicios, según el viceministro de Acuacultura y Pesca, Andrés Arteaga Vera. Procesará 300 toneladas de atún por día cuando opere a plena capacidad, a partir del segundo semestre de 2028.

La empresa mixta firmó también un convenio con la Universidad Laica Eloy Alfaro de Manabí (ULEAM) para formar a 200 técnicos en control de calidad y seguridad alimentaria. La rectora de la ULEAM, Martha Zambrano Alcívar, adelantó que los cursos comenzarán en enero en el campus de Manta.

El alcalde de Manta, Jorge Loor Cevallos, ofreció agilizar los permisos de uso de suelo.

La Corporación Financiera Nacional (CFN) evalúa un crédito de USD 20 millones para la compra de equipos, según fuentes del sector. Ecuador exportó conservas y lomos de atún por USD 1.320 millones en 2025, un 6 % más que el año anterior, de acuerdo con el Banco Central.""",
[("Conservas Aldán", "Organization", ["Aldán", "Conservas Aldan", "Aldan"]),
 ("Pesquera Jaramijó", "Organization", ["Pesquera Jaramijó S.A.", "Pesquera Jaramijo", "Jaramijó"]),
 ("Atunera del Pacífico Aldán-Jaramijó", "Organization", ["Atunera del Pacifico Aldan-Jaramijo", "Atunera del Pacífico"]),
 ("Xavier Cedeño Mendoza", "Person", ["Xavier Cedeño", "Cedeño Mendoza", "Xavier Cedeno Mendoza"]),
 ("Cámara de la Producción de Manabí", "Organization", ["Camara de la Produccion de Manabi"]),
 ("Xosé Manuel Outeiral Piñeiro", "Person", ["Xose Manuel Outeiral Pineiro", "Xosé Manuel Outeiral", "Outeiral Piñeiro", "Outeiral"]),
 ("Ministerio de Producción, Comercio Exterior, Inversiones y Pesca", "Organization", ["MPCEIP", "Ministerio de Produccion, Comercio Exterior, Inversiones y Pesca", "Ministerio de Producción"]),
 ("Gabriela Intriago Loor", "Person", ["Gabriela Intriago", "Intriago Loor"]),
 ("Viceministerio de Acuacultura y Pesca", "Organization", []),
 ("Andrés Arteaga Vera", "Person", ["Andres Arteaga Vera", "Andrés Arteaga", "Arteaga Vera"]),
 ("Universidad Laica Eloy Alfaro de Manabí", "Organization", ["ULEAM", "Uleam", "Universidad Laica Eloy Alfaro de Manabi"]),
 ("Martha Zambrano Alcívar", "Person", ["Martha Zambrano Alcivar", "Martha Zambrano", "Zambrano Alcívar"]),
 ("Jorge Loor Cevallos", "Person", ["Jorge Loor", "Loor Cevallos"]),
 ("Municipio de Manta", "Organization", ["GAD Manta", "Alcaldía de Manta"]),
 ("Corporación Financiera Nacional", "Organization", ["CFN"]),
 ("Banco Central del Ecuador", "Organization", ["Banco Central"]),
 ("Manta", "Place", []),
 ("San Juan de Manta", "Place", []),
 ("Manabí", "Place", ["Manabi", "provincia de Manabí"]),
 ("Galicia", "Place", ["Galice"]),
 ("Vigo", "Place", []),
 ("Spain", "Place", ["España", "Espagne"]),
 ("Ecuador", "Place", ["Équateur"])],
roles=[R("Xavier Cedeño Mendoza", ["presidente ejecutivo", "presidente"], "Pesquera Jaramijó", "el presidente ejecutivo de Pesquera Jaramijó, Xavier Cedeño Mendoza"),
       R("Xosé Manuel Outeiral Piñeiro", ["consejero delegado", "CEO", "director ejecutivo"], "Conservas Aldán", "el consejero delegado de Conservas Aldán, Xosé Manuel Outeiral Piñeiro"),
       R("Gabriela Intriago Loor", ["ministra", "ministra de Producción, Comercio Exterior, Inversiones y Pesca"], ["Ministerio de Producción, Comercio Exterior, Inversiones y Pesca", "Ecuador"], "informó la ministra, Gabriela Intriago Loor"),
       R("Andrés Arteaga Vera", ["viceministro de Acuacultura y Pesca", "viceministro"], ["Viceministerio de Acuacultura y Pesca", "Ministerio de Producción, Comercio Exterior, Inversiones y Pesca", "Ecuador"], "según el viceministro de Acuacultura y Pesca, Andrés Arteaga Vera"),
       R("Martha Zambrano Alcívar", "rectora", "Universidad Laica Eloy Alfaro de Manabí", "La rectora de la ULEAM, Martha Zambrano Alcívar"),
       R("Jorge Loor Cevallos", "alcalde", ["Manta", "Municipio de Manta"], "El alcalde de Manta, Jorge Loor Cevallos")],
inv=[I("Atunera del Pacífico Aldán-Jaramijó", ["San Juan de Manta", "Manta", "Manabí", "Ecuador"], 95000000, "USD", "en tres años", "planta de procesamiento de atún", "La inversión, de USD 95 millones, será aportada en un 70 % por el socio español", alts=["Conservas Aldán", "Pesquera Jaramijó"])],
parts=[P("Conservas Aldán", "Pesquera Jaramijó", "empresa mixta Atunera del Pacífico Aldán-Jaramijó", "constituyeron una empresa mixta"),
       P("Atunera del Pacífico Aldán-Jaramijó", "Ministerio de Producción, Comercio Exterior, Inversiones y Pesca", "contrato de inversión (estabilidad tributaria)", "suscribieron un contrato de inversión", a_alt=["Conservas Aldán", "Pesquera Jaramijó"]),
       P("Atunera del Pacífico Aldán-Jaramijó", "Universidad Laica Eloy Alfaro de Manabí", "formación de técnicos en calidad", "La empresa mixta firmó también un convenio con la Universidad Laica Eloy Alfaro de Manabí (ULEAM)", a_alt=["Conservas Aldán", "Pesquera Jaramijó"])],
claims=[C("Atunera del Pacífico Aldán-Jaramijó", "jobs", 1300, "personas", "La planta empleará a 1.300 personas"),
        C("Atunera del Pacífico Aldán-Jaramijó", "jobs", 4000, "empleos indirectos", "generará unos 4.000 empleos indirectos", note="indirect"),
        C("Atunera del Pacífico Aldán-Jaramijó", "trainees", 200, "técnicos", "para formar a 200 técnicos"),
        C("Atunera del Pacífico Aldán-Jaramijó", "other", 300, "toneladas por día", "Procesará 300 toneladas de atún por día", opt=True)],
notes="Invented. Ecuadorian regional newspaper (USD is Ecuador's currency: 'USD 95 millones'). The investment is told in a sentence with no investor of its own ('La inversión, de USD 95 millones, será aportada en un 70 % por el socio español'): the empresa mixta is the investor, both partners accepted (no separate partner rows). An investment contract with the ministry ('contrato de inversión' granting tax stability) is a signed agreement: required partnership. Spanish 'consejero delegado' (= CEO). 'la funcionaria' refers back to the minister. The event venue (Cámara de la Producción) gives no fact; the CFN credit is only under evaluation; exports give no fact.")
