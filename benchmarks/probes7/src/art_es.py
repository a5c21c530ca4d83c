# Spanish articles r09-r16 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])
CO = ("Colombia", "Place", ["Colombie"])
PE = ("Peru", "Place", ["Perú", "Pérou"])
CL = ("Chile", "Place", ["Chili"])
AR = ("Argentina", "Place", ["Argentine"])
EC = ("Ecuador", "Place", ["Équateur"])
GT = ("Guatemala", "Place", [])
US = ("United States", "Place", ["Estados Unidos", "EE.UU.", "EU", "U.S.", "États-Unis"])

A("r09", "es", "2026-03-04", "https://example.org/tlaxcala/boletines/2026/03/04/rheinfeld-huamantla",
"""Rheinfeld Textiltechnik destinará mil 450 millones de pesos a planta en Huamantla; firma convenio con el Gobierno de Tlaxcala

Boletín 0412

Huamantla, Tlax., a 4 de marzo de 2026.

El Gobierno del Estado de Tlaxcala y la empresa alemana Rheinfeld Textiltechnik firmaron este miércoles un convenio de colaboración para la instalación de la primera planta de la compañía en México, que fabricará telas no tejidas y paneles acústicos para interiores de automóviles en la Ciudad Industrial Xicohténcatl III, en el municipio de Huamantla.

La firma, con sede en Krefeld, destinará mil 450 millones de pesos a la construcción y el equipamiento de una nave de 38 mil metros cuadrados, que deberá iniciar operaciones en el primer trimestre de 2027 y que generará 680 empleos directos cuando alcance su plena capacidad.

El documento fue suscrito por la gobernadora Itzel Cuamatzi Rosete y por el director general de Rheinfeld México, Matthias Oberbeck-Lüders. Atestiguaron la firma el secretario de Desarrollo Económico, Fermín Tecuapacho Ortega, y el presidente municipal de Huamantla, Aurelio Xicale Pluma.

En su mensaje, la mandataria afirmó que el proyecto demuestra que Tlaxcala "puede competir por inversiones de alto valor sin regalar el territorio ni el agua", y subrayó que la planta utilizará agua tratada para sus procesos de enfriamiento.

Tecuapacho Ortega precisó que el convenio compromete al estado a gestionar la ampliación de la subestación eléctrica del parque y a vincular a la empresa con las instituciones educativas de la entidad. En ese marco, Rheinfeld firmó también un acuerdo de educación dual con la Universidad Politécnica de Tlaxcala (UPTx), cuya rectora, Maricela Zempoalteca Bonilla, informó que 120 estudiantes de ingeniería textil y mecatrónica se formarán en la planta a partir de agosto, y otro con el Conalep Tlaxcala para capacitar a 300 operarios en procesos de punzonado y termoformado.

Oberbeck-Lüders explicó que la compañía eligió Huamantla por su cercanía con las armadoras de Puebla y del Bajío, y adelantó que, si la demanda lo justifica, se evaluará una segunda nave en el mismo predio a partir de 2029.

De acuerdo con la Secretaría de Desarrollo Económico, en los últimos tres años se instalaron en la entidad 17 empresas del sector automotriz, con una inversión acumulada de 9 mil 800 millones de pesos y cerca de 6 mil empleos formales.

Coordinación General de Comunicación""",
[("Rheinfeld Textiltechnik", "Organization", ["Rheinfeld"]),
 ("Rheinfeld México", "Organization", ["Rheinfeld Mexico"]),
 ("Gobierno de Tlaxcala", "Organization", ["Gobierno del Estado de Tlaxcala"]),
 ("Secretaría de Desarrollo Económico de Tlaxcala", "Organization", ["Secretaría de Desarrollo Económico", "Secretaria de Desarrollo Economico de Tlaxcala", "Sedeco Tlaxcala"]),
 ("Municipio de Huamantla", "Organization", ["Ayuntamiento de Huamantla"]),
 ("Universidad Politécnica de Tlaxcala", "Organization", ["UPTx", "Universidad Politecnica de Tlaxcala"]),
 ("Colegio de Educación Profesional Técnica del Estado de Tlaxcala", "Organization", ["Conalep Tlaxcala"]),
 ("Itzel Cuamatzi Rosete", "Person", ["Itzel Cuamatzi", "Cuamatzi Rosete"]),
 ("Matthias Oberbeck-Lüders", "Person", ["Matthias Oberbeck-Luders", "Oberbeck-Lüders", "Oberbeck-Luders"]),
 ("Fermín Tecuapacho Ortega", "Person", ["Fermin Tecuapacho Ortega", "Fermín Tecuapacho", "Tecuapacho Ortega"]),
 ("Aurelio Xicale Pluma", "Person", ["Aurelio Xicale", "Xicale Pluma"]),
 ("Maricela Zempoalteca Bonilla", "Person", ["Maricela Zempoalteca", "Zempoalteca Bonilla"]),
 ("Ciudad Industrial Xicohténcatl III", "Place", ["Ciudad Industrial Xicohtencatl III"]),
 ("Huamantla", "Place", []),
 ("Tlaxcala", "Place", ["Tlax."]),
 ("Krefeld", "Place", []),
 ("Puebla", "Place", []),
 ("Bajío", "Place", ["Bajio"]),
 MX],
roles=[R("Itzel Cuamatzi Rosete", ["gobernadora", "mandataria"], ["Tlaxcala", "Gobierno de Tlaxcala"], "por la gobernadora Itzel Cuamatzi Rosete"),
       R("Matthias Oberbeck-Lüders", "director general", ["Rheinfeld México", "Rheinfeld Textiltechnik"], "el director general de Rheinfeld México, Matthias Oberbeck-Lüders"),
       R("Fermín Tecuapacho Ortega", ["secretario de Desarrollo Económico", "secretario"], ["Secretaría de Desarrollo Económico de Tlaxcala", "Tlaxcala", "Gobierno de Tlaxcala"], "el secretario de Desarrollo Económico, Fermín Tecuapacho Ortega"),
       R("Aurelio Xicale Pluma", ["presidente municipal", "alcalde"], ["Huamantla", "Municipio de Huamantla"], "el presidente municipal de Huamantla, Aurelio Xicale Pluma"),
       R("Maricela Zempoalteca Bonilla", "rectora", "Universidad Politécnica de Tlaxcala", "cuya rectora, Maricela Zempoalteca Bonilla, informó")],
inv=[I("Rheinfeld Textiltechnik", ["Ciudad Industrial Xicohténcatl III", "Huamantla", "Tlaxcala", "Mexico"], 1450000000, "MXN", "operación desde el primer trimestre de 2027", "planta de telas no tejidas y paneles acústicos", "destinará mil 450 millones de pesos a la construcción y el equipamiento", alts=["Rheinfeld México"])],
parts=[P("Gobierno de Tlaxcala", "Rheinfeld Textiltechnik", "convenio de colaboración", "El Gobierno del Estado de Tlaxcala y la empresa alemana Rheinfeld Textiltechnik firmaron este miércoles un convenio", b_alt=["Rheinfeld México"]),
       P("Rheinfeld Textiltechnik", "Universidad Politécnica de Tlaxcala", "acuerdo de educación dual", "Rheinfeld firmó también un acuerdo de educación dual con la Universidad Politécnica de Tlaxcala (UPTx)", a_alt=["Rheinfeld México"]),
       P("Rheinfeld Textiltechnik", "Colegio de Educación Profesional Técnica del Estado de Tlaxcala", "capacitación de operarios", "y otro con el Conalep Tlaxcala para capacitar a 300 operarios", a_alt=["Rheinfeld México"])],
claims=[C("Rheinfeld Textiltechnik", "jobs", 680, "empleos directos", "que generará 680 empleos directos"),
        C("Universidad Politécnica de Tlaxcala", "trainees", 120, "estudiantes en educación dual", "120 estudiantes de ingeniería textil y mecatrónica se formarán en la planta"),
        C("Colegio de Educación Profesional Técnica del Estado de Tlaxcala", "trainees", 300, "operarios", "para capacitar a 300 operarios en procesos de punzonado"),
        C("Tlaxcala", "jobs", 6000, "empleos formales del sector automotriz (acumulado)", "cerca de 6 mil empleos formales", opt=True, note="sector tally")],
notes="Invented. Tlaxcala state bulletin with number line, place-date line and a sign-off line. The headline partnership is told again in the lede as 'El Gobierno del Estado de Tlaxcala y la empresa alemana X firmaron ... un convenio de colaboración' (X y Y firmaron un convenio). Signatories in a passive ('El documento fue suscrito por ...') and witnesses told with 'Atestiguaron la firma' (roles, no partnership). The secretary's title names no state, so his org is the state secretariat and the state. Two more agreements in one sentence ('firmó también un acuerdo de educación dual con X ..., cuya rectora ... informó que ..., y otro con Y para capacitar ...'). 'destinará mil 450 millones de pesos a la construcción y el equipamiento' is the investment (Mexican subsidiary accepted). A possible second building with no amount gives no fact; the state's cumulative tally gives no investment and its jobs are optional.")

A("r10", "es", "2026-04-13", "https://example.org/caldas-hoy/economia/2026/04/13/cafeto-digital-manizales-programa",
"""Cafeto Digital se une a la Alcaldía, la Nacional y el SENA para formar 2.000 programadores en Manizales

La empresa invertirá $ 24.000 millones en un centro de desarrollo en La Enea y espera contratar a 400 personas antes de 2029.

Manizales. La firma caldense de desarrollo de software Cafeto Digital se unió a la Alcaldía de Manizales, a la Universidad Nacional de Colombia sede Manizales y al SENA Regional Caldas para formar durante los próximos tres años a 2.000 jóvenes de la ciudad como programadores, analistas de datos y técnicos en ciberseguridad, en un programa que se llamará 'Manizales Programa'.

La iniciativa se presentó el lunes en el auditorio del Centro de Convenciones Teatro Los Fundadores, donde el gerente general de Cafeto Digital, Santiago Arbeláez Giraldo, y el alcalde Juan Camilo Osorio Restrepo firmaron el acuerdo de voluntades que da origen al programa.

"No queremos importar talento de otras ciudades; queremos que el que se forma aquí no tenga que irse", dijo Arbeláez Giraldo, quien fundó la empresa en 2014 con otros dos egresados de la universidad.

Según explicó la secretaria de TIC y Competitividad de Manizales, Daniela Cardona Ocampo, la Alcaldía aportará $ 3.500 millones para 300 becas de sostenimiento destinadas a estudiantes de estratos 1, 2 y 3, mientras que la Universidad Nacional diseñará los contenidos de los cursos avanzados y el SENA se encargará de la formación técnica y de la certificación de los aprendices.

El vicerrector de la sede Manizales de la Universidad Nacional, Hernán Darío Zuluaga Betancur, señaló que los primeros 250 cupos se abrirán en febrero de 2027. A su turno, la directora del SENA Regional Caldas, Luz Estella Marín Hoyos, recordó que la entidad formó el año pasado a 41.000 aprendices en el departamento.

Cafeto Digital, que hoy emplea a 230 personas y vende servicios a clientes de Estados Unidos y España, anunció además una inversión de $ 24.000 millones para construir un centro de desarrollo de cinco pisos en el sector de La Enea, junto al aeropuerto La Nubia. Allí espera contratar a 400 ingenieros y técnicos antes de finalizar 2028, buena parte de ellos egresados del programa.

Las obras comenzarán en julio y estarán a cargo de una constructora local.

Dato

Caldas registró en 2025 una tasa de desempleo juvenil del 18,4 %, según el DANE, y Manizales concentra el 62 % de las empresas de software del departamento.""",
[("Cafeto Digital", "Organization", ["Cafeto"]),
 ("Alcaldía de Manizales", "Organization", ["Alcaldia de Manizales"]),
 ("Secretaría de TIC y Competitividad de Manizales", "Organization", ["Secretaria de TIC y Competitividad de Manizales", "Secretaría de TIC y Competitividad"]),
 ("Universidad Nacional de Colombia sede Manizales", "Organization", ["Universidad Nacional sede Manizales", "UNAL Manizales", "sede Manizales de la Universidad Nacional"]),
 ("Universidad Nacional de Colombia", "Organization", ["Universidad Nacional", "UNAL", "la Nacional"]),
 ("SENA Regional Caldas", "Organization", ["Sena Regional Caldas"]),
 ("Servicio Nacional de Aprendizaje", "Organization", ["SENA", "Sena"]),
 ("Departamento Administrativo Nacional de Estadística", "Organization", ["DANE"]),
 ("Manizales Programa", "Program", []),
 ("Santiago Arbeláez Giraldo", "Person", ["Santiago Arbelaez Giraldo", "Santiago Arbeláez", "Arbeláez Giraldo"]),
 ("Juan Camilo Osorio Restrepo", "Person", ["Juan Camilo Osorio", "Osorio Restrepo"]),
 ("Daniela Cardona Ocampo", "Person", ["Daniela Cardona", "Cardona Ocampo"]),
 ("Hernán Darío Zuluaga Betancur", "Person", ["Hernan Dario Zuluaga Betancur", "Hernán Darío Zuluaga", "Zuluaga Betancur"]),
 ("Luz Estella Marín Hoyos", "Person", ["Luz Estella Marin Hoyos", "Luz Estella Marín", "Marín Hoyos"]),
 ("Manizales", "Place", []),
 ("La Enea", "Place", []),
 ("Caldas", "Place", []),
 ("España", "Place", ["Spain", "Espagne"]),
 CO, US],
roles=[R("Santiago Arbeláez Giraldo", "gerente general", "Cafeto Digital", "el gerente general de Cafeto Digital, Santiago Arbeláez Giraldo"),
       R("Santiago Arbeláez Giraldo", ["fundador", "cofundador"], "Cafeto Digital", "quien fundó la empresa en 2014", opt=True),
       R("Juan Camilo Osorio Restrepo", ["alcalde", "alcalde de Manizales"], ["Manizales", "Alcaldía de Manizales"], "y el alcalde Juan Camilo Osorio Restrepo firmaron el acuerdo"),
       R("Daniela Cardona Ocampo", ["secretaria de TIC y Competitividad", "secretaria"], ["Secretaría de TIC y Competitividad de Manizales", "Manizales", "Alcaldía de Manizales"], "la secretaria de TIC y Competitividad de Manizales, Daniela Cardona Ocampo"),
       R("Hernán Darío Zuluaga Betancur", ["vicerrector de sede", "vicerrector"], ["Universidad Nacional de Colombia sede Manizales", "Universidad Nacional de Colombia"], "El vicerrector de la sede Manizales de la Universidad Nacional, Hernán Darío Zuluaga Betancur"),
       R("Luz Estella Marín Hoyos", ["directora regional", "directora"], ["SENA Regional Caldas", "Servicio Nacional de Aprendizaje"], "la directora del SENA Regional Caldas, Luz Estella Marín Hoyos")],
inv=[I("Cafeto Digital", ["La Enea", "Manizales", "Caldas", "Colombia"], 24000000000, "COP", "contrataciones antes de finalizar 2028", "centro de desarrollo de software", "anunció además una inversión de $ 24.000 millones para construir un centro de desarrollo"),
     I("Alcaldía de Manizales", ["Manizales", "Colombia"], 3500000000, "COP", None, "becas de sostenimiento (presupuesto público)", "la Alcaldía aportará $ 3.500 millones para 300 becas", opt=True)],
parts=[P("Cafeto Digital", "Alcaldía de Manizales", "programa Manizales Programa (acuerdo de voluntades)", "se unió a la Alcaldía de Manizales, a la Universidad Nacional de Colombia sede Manizales"),
       P("Cafeto Digital", "Universidad Nacional de Colombia sede Manizales", "programa Manizales Programa", "a la Universidad Nacional de Colombia sede Manizales y al SENA Regional Caldas para formar", b_alt=["Universidad Nacional de Colombia"]),
       P("Cafeto Digital", "SENA Regional Caldas", "programa Manizales Programa", "y al SENA Regional Caldas para formar durante los próximos tres años", b_alt=["Servicio Nacional de Aprendizaje"])],
claims=[C("Manizales Programa", "trainees", 2000, "jóvenes formados en tres años", "para formar durante los próximos tres años a 2.000 jóvenes de la ciudad"),
        C("Alcaldía de Manizales", "trainees", 300, "becas de sostenimiento", "para 300 becas de sostenimiento"),
        C("Cafeto Digital", "jobs", 400, "ingenieros y técnicos antes de 2029", "espera contratar a 400 ingenieros y técnicos"),
        C("Cafeto Digital", "jobs", 230, "empleados actuales", "que hoy emplea a 230 personas", opt=True, note="existing workforce"),
        C("Manizales Programa", "trainees", 250, "primeros cupos", "los primeros 250 cupos se abrirán en febrero de 2027", opt=True, note="subset"),
        C("Servicio Nacional de Aprendizaje", "trainees", 41000, "aprendices formados el año pasado en Caldas", "formó el año pasado a 41.000 aprendices", opt=True, note="past tally")],
notes="Invented. Colombian regional paper with a sumario line and a 'Dato' box. The four-party program is told with 'X se unió a A, a B y a C para formar ...' (the company is the subject and the lead): one row per pair with the company, none between the other parties; the university campus and the SENA regional office are the partners, with the parent bodies accepted. The signing of an 'acuerdo de voluntades' by the manager and the mayor repeats the Alcaldía pair. The municipal contribution for scholarships is a public budget (optional); the 300 becas are required trainees (scholarships). The founder post is optional (past, 'quien fundó'). A vicerrector de sede has the campus and the university. Youth unemployment, SENA's past tally and the first 250 places are no or optional facts.")

A("r11", "es", "2026-05-08", "https://example.org/ica-al-dia/region/2026/05/08/sol-de-chincha-planta-congelado",
"""Agroindustrial Sol de Chincha invertirá US$ 68 millones en planta de congelado y firma convenio con la UNICA

La agroexportadora Agroindustrial Sol de Chincha construirá en el distrito de Pueblo Nuevo, provincia de Chincha, una planta de congelado y empaque de palta, uva y arándano cuyo costo asciende a US$ 68 millones, según informó la empresa durante la presentación del proyecto en la sede del Gobierno Regional de Ica.

El anuncio se realizó tras la firma de un memorando de entendimiento entre la compañía y el Gobierno Regional de Ica, que se compromete a priorizar el mejoramiento de 14 kilómetros de la vía que une la Panamericana Sur con el fundo El Hatillo, donde se levantará la planta.

El gobernador regional de Ica, Jorge Huamaní Cordero, sostuvo que el proyecto "demuestra que la agroexportación puede seguir creciendo aunque el agua sea cada vez más escasa", y pidió a la empresa priorizar la contratación de mano de obra local.

Recomendado: Exportaciones de uva de mesa de Ica crecen 11 % en la campaña 2025-2026

El gerente general de Sol de Chincha, Gustavo Pachas Yataco, detalló que la planta tendrá capacidad para procesar 60.000 toneladas de fruta al año y que entrará en operación en la campaña 2027-2028. En temporada alta dará trabajo a 2.600 personas, de las cuales 420 ocuparán puestos permanentes.

Durante la ceremonia, la empresa suscribió además un convenio marco con la Universidad Nacional San Luis Gonzaga (UNICA), representada por su rector, Walter Cahua Huarancca, mediante el cual 150 estudiantes de Agronomía e Ingeniería Industrial realizarán prácticas preprofesionales en la planta y en los fundos de la compañía.

En alianza con el Senati, 400 trabajadores serán capacitados como operadores de cámaras de frío, montacargas y líneas de calibrado antes del inicio de operaciones, precisó Pachas Yataco.

El alcalde provincial de Chincha, Rosa Elvira Tasayco Donayre, saludó la inversión y anunció que la municipalidad agilizará las licencias de edificación.

Fundada en 2009, Agroindustrial Sol de Chincha cultiva 2.300 hectáreas en Chincha y Pisco y exportó el año pasado por US$ 145 millones, principalmente a Estados Unidos, Países Bajos y China. La región Ica concentra cerca del 30 % de las agroexportaciones del país, según la Cámara de Comercio de Ica.""",
[("Agroindustrial Sol de Chincha", "Organization", ["Sol de Chincha"]),
 ("Gobierno Regional de Ica", "Organization", ["GORE Ica", "Gore Ica"]),
 ("Universidad Nacional San Luis Gonzaga", "Organization", ["UNICA", "Universidad Nacional San Luis Gonzaga de Ica"]),
 ("Servicio Nacional de Adiestramiento en Trabajo Industrial", "Organization", ["Senati", "SENATI"]),
 ("Municipalidad Provincial de Chincha", "Organization", []),
 ("Cámara de Comercio de Ica", "Organization", ["Camara de Comercio de Ica"]),
 ("Jorge Huamaní Cordero", "Person", ["Jorge Huamani Cordero", "Jorge Huamaní", "Huamaní Cordero"]),
 ("Gustavo Pachas Yataco", "Person", ["Gustavo Pachas", "Pachas Yataco"]),
 ("Walter Cahua Huarancca", "Person", ["Walter Cahua", "Cahua Huarancca"]),
 ("Rosa Elvira Tasayco Donayre", "Person", ["Rosa Elvira Tasayco", "Tasayco Donayre"]),
 ("Pueblo Nuevo", "Place", ["distrito de Pueblo Nuevo"]),
 ("Chincha", "Place", ["provincia de Chincha"]),
 ("Ica", "Place", ["región Ica"]),
 ("Pisco", "Place", []),
 ("El Hatillo", "Place", ["fundo El Hatillo"]),
 ("Países Bajos", "Place", ["Paises Bajos"]),
 ("China", "Place", []),
 PE, US],
roles=[R("Jorge Huamaní Cordero", ["gobernador regional", "gobernador"], ["Ica", "Gobierno Regional de Ica"], "El gobernador regional de Ica, Jorge Huamaní Cordero"),
       R("Gustavo Pachas Yataco", "gerente general", "Agroindustrial Sol de Chincha", "El gerente general de Sol de Chincha, Gustavo Pachas Yataco"),
       R("Walter Cahua Huarancca", "rector", "Universidad Nacional San Luis Gonzaga", "representada por su rector, Walter Cahua Huarancca"),
       R("Rosa Elvira Tasayco Donayre", ["alcalde provincial", "alcaldesa provincial", "alcaldesa", "alcalde"], ["Chincha", "Municipalidad Provincial de Chincha"], "El alcalde provincial de Chincha, Rosa Elvira Tasayco Donayre")],
inv=[I("Agroindustrial Sol de Chincha", ["El Hatillo", "Pueblo Nuevo", "Chincha", "Ica", "Peru"], 68000000, "USD", "operación en la campaña 2027-2028", "planta de congelado y empaque de fruta", "una planta de congelado y empaque de palta, uva y arándano cuyo costo asciende a US$ 68 millones")],
parts=[P("Agroindustrial Sol de Chincha", "Gobierno Regional de Ica", "memorando de entendimiento (vía de acceso)", "tras la firma de un memorando de entendimiento entre la compañía y el Gobierno Regional de Ica"),
       P("Agroindustrial Sol de Chincha", "Universidad Nacional San Luis Gonzaga", "convenio marco (prácticas preprofesionales)", "la empresa suscribió además un convenio marco con la Universidad Nacional San Luis Gonzaga (UNICA)"),
       P("Agroindustrial Sol de Chincha", "Servicio Nacional de Adiestramiento en Trabajo Industrial", "capacitación de operarios", "En alianza con el Senati, 400 trabajadores serán capacitados")],
claims=[C("Agroindustrial Sol de Chincha", "jobs", 2600, "trabajadores en temporada alta", "En temporada alta dará trabajo a 2.600 personas"),
        C("Agroindustrial Sol de Chincha", "jobs", 420, "puestos permanentes", "de las cuales 420 ocuparán puestos permanentes"),
        C("Universidad Nacional San Luis Gonzaga", "trainees", 150, "practicantes", "150 estudiantes de Agronomía e Ingeniería Industrial realizarán prácticas preprofesionales"),
        C("Servicio Nacional de Adiestramiento en Trabajo Industrial", "trainees", 400, "trabajadores capacitados", "400 trabajadores serán capacitados como operadores"),
        C("Agroindustrial Sol de Chincha", "other", 60000, "toneladas de fruta al año (capacidad)", "procesar 60.000 toneladas de fruta al año", opt=True, note="capacity")],
notes="Invented. Peruvian regional paper with a 'Recomendado:' chrome line. The investment is a relative clause on the plant ('una planta ... cuyo costo asciende a US$ 68 millones'), with the company as subject of 'construirá'. A memorandum 'entre la compañía y el Gobierno Regional' in a prepositional phrase after 'tras la firma de'; the regional government's road commitment is a public work with no amount (no row). A convenio marco whose counterpart is 'representada por su rector'; a training link told in a passive with a fronted 'En alianza con el Senati' and no company in the sentence (the company is the partner, as the quote attribution shows). A woman mayor with the masculine title 'El alcalde provincial' (both forms accepted). Seasonal peak and its permanent subset are both required (different kinds of count). Exports, hectares and the regional share give no fact; capacity optional.")

A("r12", "es", "2026-06-02", "https://example.org/el-centro-maule/economia/2026/06/02/maderas-lircay-san-clemente",
"""Con planta de tableros de US$ 140 millones, Maderas Lircay llega a San Clemente

La empresa forestal Maderas Lircay confirmó que construirá en la comuna de San Clemente, a unos 18 kilómetros al oriente de Talca, una planta de tableros contrachapados y de OSB a partir de pino radiata, la primera de su tipo en la Región del Maule. El desembolso, de US$ 140 millones, se hará en dos años, y la puesta en marcha está prevista para el segundo semestre de 2028.

El anuncio lo encabezaron el gerente general de la compañía, Rodrigo Lavanchy Cerda, y la gobernadora regional del Maule, Carolina Astorga Villalobos, en el salón de honor del Gobierno Regional. Asistieron además el delegado presidencial regional, Álvaro Retamal Bustos, y la seremi de Economía, Paula Orellana Méndez.

"Hoy el Maule exporta trozos y astillas. Con esta planta vamos a vender tableros con valor agregado y empleo calificado", afirmó Lavanchy Cerda, quien agregó que la empresa ya compró un terreno de 45 hectáreas junto a la ruta 115-CH.

Según la compañía, la construcción ocupará a unas 900 personas en su punto más alto y la operación requerirá 310 trabajadores permanentes, buena parte de ellos técnicos de mantenimiento y operadores de prensas.

Para formar a su futura dotación, Maderas Lircay trabajará junto a la Universidad de Talca, con la que firmó un convenio para crear un diplomado en manufactura avanzada de madera y recibir cada año a 60 alumnos en práctica, y junto a Inacap sede Talca, que dictará cursos de operación de maquinaria y mantención para 250 trabajadores de la zona.

El rector de la Universidad de Talca, Ignacio Henríquez Pavez, valoró que la empresa "haya tocado la puerta de la universidad antes de poner la primera piedra".

La gobernadora Astorga Villalobos indicó que el Gobierno Regional estudia cofinanciar, a través de su Fondo de Innovación para la Competitividad, un centro de ensayos de materiales en el campus de la universidad, aunque aclaró que aún no hay un monto definido.

El proyecto ingresará en julio al Sistema de Evaluación de Impacto Ambiental mediante una declaración de impacto ambiental. La compañía, que forma parte de un grupo familiar con plantaciones en las regiones del Maule y Ñuble, tiene hoy 640 trabajadores en sus aserraderos de Constitución y San Javier.""",
[("Maderas Lircay", "Organization", ["Lircay"]),
 ("Gobierno Regional del Maule", "Organization", ["GORE Maule", "Gobierno Regional del Maule"]),
 ("Delegación Presidencial Regional del Maule", "Organization", ["Delegacion Presidencial Regional del Maule"]),
 ("Ministerio de Economía, Fomento y Turismo", "Organization", ["Ministerio de Economia, Fomento y Turismo", "Seremi de Economía", "Seremi de Economía del Maule"]),
 ("Universidad de Talca", "Organization", ["UTalca"]),
 ("Inacap", "Organization", ["INACAP", "Inacap sede Talca", "Inacap Talca"]),
 ("Rodrigo Lavanchy Cerda", "Person", ["Rodrigo Lavanchy", "Lavanchy Cerda"]),
 ("Carolina Astorga Villalobos", "Person", ["Carolina Astorga", "Astorga Villalobos"]),
 ("Álvaro Retamal Bustos", "Person", ["Alvaro Retamal Bustos", "Álvaro Retamal", "Retamal Bustos"]),
 ("Paula Orellana Méndez", "Person", ["Paula Orellana Mendez", "Paula Orellana", "Orellana Méndez"]),
 ("Ignacio Henríquez Pavez", "Person", ["Ignacio Henriquez Pavez", "Ignacio Henríquez", "Henríquez Pavez"]),
 ("San Clemente", "Place", []),
 ("Talca", "Place", []),
 ("Región del Maule", "Place", ["Maule", "Region del Maule"]),
 ("Ñuble", "Place", ["Nuble"]),
 ("Constitución", "Place", ["Constitucion"]),
 ("San Javier", "Place", []),
 CL],
roles=[R("Rodrigo Lavanchy Cerda", "gerente general", "Maderas Lircay", "el gerente general de la compañía, Rodrigo Lavanchy Cerda"),
       R("Carolina Astorga Villalobos", ["gobernadora regional", "gobernadora"], ["Región del Maule", "Gobierno Regional del Maule"], "la gobernadora regional del Maule, Carolina Astorga Villalobos"),
       R("Álvaro Retamal Bustos", ["delegado presidencial regional", "delegado presidencial"], ["Delegación Presidencial Regional del Maule", "Región del Maule", "Chile"], "el delegado presidencial regional, Álvaro Retamal Bustos"),
       R("Paula Orellana Méndez", ["seremi de Economía", "seremi", "secretaria regional ministerial de Economía"], ["Ministerio de Economía, Fomento y Turismo", "Región del Maule", "Chile"], "la seremi de Economía, Paula Orellana Méndez"),
       R("Ignacio Henríquez Pavez", "rector", "Universidad de Talca", "El rector de la Universidad de Talca, Ignacio Henríquez Pavez")],
inv=[I("Maderas Lircay", ["San Clemente", "Región del Maule", "Chile"], 140000000, "USD", "en dos años (puesta en marcha segundo semestre de 2028)", "planta de tableros contrachapados y OSB", "El desembolso, de US$ 140 millones, se hará en dos años")],
parts=[P("Maderas Lircay", "Universidad de Talca", "convenio (diplomado y prácticas)", "Maderas Lircay trabajará junto a la Universidad de Talca, con la que firmó un convenio"),
       P("Maderas Lircay", "Inacap", "cursos de operación de maquinaria", "y junto a Inacap sede Talca, que dictará cursos de operación de maquinaria"),
       P("Gobierno Regional del Maule", "Universidad de Talca", "posible cofinanciamiento de un centro de ensayos", "el Gobierno Regional estudia cofinanciar", opt=True)],
claims=[C("Maderas Lircay", "jobs", 900, "personas en el punto más alto de la construcción", "la construcción ocupará a unas 900 personas en su punto más alto"),
        C("Maderas Lircay", "jobs", 310, "trabajadores permanentes", "la operación requerirá 310 trabajadores permanentes"),
        C("Universidad de Talca", "trainees", 60, "alumnos en práctica al año", "recibir cada año a 60 alumnos en práctica"),
        C("Inacap", "trainees", 250, "trabajadores capacitados", "para 250 trabajadores de la zona"),
        C("Maderas Lircay", "jobs", 640, "trabajadores actuales en aserraderos", "tiene hoy 640 trabajadores", opt=True, note="existing workforce")],
notes="Invented. Chilean regional paper. The headline fronts the amount ('Con planta de tableros de US$ 140 millones, X llega a ...'); in the body the company 'construirá' the plant and the amount is told in the next sentence with a noun subject ('El desembolso, de US$ 140 millones, se hará en dos años'), so the investor comes from the previous sentence. Officials told by 'El anuncio lo encabezaron ...' and 'Asistieron además ...' (roles, no partnership): a Chilean delegado presidencial (delegation, region, country) and a seremi (ministry, region, country). Training partners told with 'trabajará junto a X, con la que firmó un convenio ..., y junto a Y, que dictará cursos ...'. The regional government 'estudia cofinanciar' with no amount: optional link at most. Construction peak and permanent jobs are required; the existing workforce optional.")

A("r13", "es", "2026-06-24", "https://example.org/diario-concordia/2026/06/24/jugos-del-ayui-planta-concordia",
"""Jugos del Ayuí invertirá US$ 35 millones en una planta de jugos concentrados en Concordia

La empresa entrerriana Jugos del Ayuí anunció que construirá en el Parque Industrial de Concordia una planta de jugos concentrados y aceites esenciales de naranja y mandarina, con una inversión de US$ 35 millones —unos $ 42.000 millones— que se ejecutará en dos etapas hasta 2028.

La planta será propiedad de una nueva sociedad en la que Jugos del Ayuí tendrá el 75 % de las acciones y la Cooperativa Citrícola Yuquerí el 25 % restante. La cooperativa, que agrupa a productores de Concordia, Federación y Chajarí, aportará fruta y parte del capital.

El anuncio se hizo el martes en la Casa de Gobierno de Paraná, con la presencia del gobernador Martín Etchevehere Landó, de la ministra de Desarrollo Económico de la provincia, Verónica Bourlot Giampaoli, y del intendente de Concordia, Gustavo Rivarola Seguí.

"Durante años mandamos la fruta que no servía para fresco a procesar a otras provincias. Ahora el valor se queda acá", dijo el presidente de Jugos del Ayuí, Leandro Lamboglia Ré.

MÁS NOTICIAS

La compañía estima que la planta generará 260 empleos directos y procesará la fruta de 1.100 productores que firmarán contratos de abastecimiento de cinco años con la sociedad. Según el gobernador, la inversión se verá beneficiada por el régimen provincial de promoción industrial, que prevé exenciones de Ingresos Brutos por diez años.

En el mismo acto, la empresa firmó un convenio con la Universidad Nacional de Entre Ríos (UNER) por el cual 30 estudiantes de la Facultad de Ciencias de la Alimentación, con sede en Concordia, harán pasantías rentadas en la planta. La decana de esa facultad, Mariela Gadea Quiroga, destacó que será "la primera vez que nuestros estudiantes trabajen en una planta de jugos a escala industrial sin salir de la ciudad".

Jugos del Ayuí acordó además con la Estación Experimental Agropecuaria Concordia del INTA un programa de cooperación técnica para evaluar variedades de naranja con mayor rendimiento industrial y menor uso de agroquímicos.

La citricultura entrerriana ocupa unas 40.000 hectáreas y emplea a más de 12.000 personas en temporada, según la Federación del Citrus de Entre Ríos.""",
[("Jugos del Ayuí", "Organization", ["Jugos del Ayui"]),
 ("Cooperativa Citrícola Yuquerí", "Organization", ["Cooperativa Citricola Yuqueri", "Yuquerí"]),
 ("Gobierno de Entre Ríos", "Organization", ["Gobierno de Entre Rios", "Gobierno de la Provincia de Entre Ríos"]),
 ("Ministerio de Desarrollo Económico de Entre Ríos", "Organization", ["Ministerio de Desarrollo Economico de Entre Rios", "Ministerio de Desarrollo Económico"]),
 ("Municipalidad de Concordia", "Organization", []),
 ("Universidad Nacional de Entre Ríos", "Organization", ["UNER", "Universidad Nacional de Entre Rios"]),
 ("Facultad de Ciencias de la Alimentación", "Organization", ["Facultad de Ciencias de la Alimentacion", "FCAL"]),
 ("Estación Experimental Agropecuaria Concordia", "Organization", ["Estacion Experimental Agropecuaria Concordia", "EEA Concordia", "INTA Concordia"]),
 ("Instituto Nacional de Tecnología Agropecuaria", "Organization", ["INTA", "Instituto Nacional de Tecnologia Agropecuaria"]),
 ("Federación del Citrus de Entre Ríos", "Organization", ["Federacion del Citrus de Entre Rios", "Fecier"]),
 ("Martín Etchevehere Landó", "Person", ["Martin Etchevehere Lando", "Martín Etchevehere", "Etchevehere Landó"]),
 ("Verónica Bourlot Giampaoli", "Person", ["Veronica Bourlot Giampaoli", "Verónica Bourlot", "Bourlot Giampaoli"]),
 ("Gustavo Rivarola Seguí", "Person", ["Gustavo Rivarola Segui", "Gustavo Rivarola", "Rivarola Seguí"]),
 ("Leandro Lamboglia Ré", "Person", ["Leandro Lamboglia Re", "Leandro Lamboglia", "Lamboglia Ré"]),
 ("Mariela Gadea Quiroga", "Person", ["Mariela Gadea", "Gadea Quiroga"]),
 ("Parque Industrial de Concordia", "Place", []),
 ("Concordia", "Place", []),
 ("Federación", "Place", ["Federacion"]),
 ("Chajarí", "Place", ["Chajari"]),
 ("Paraná", "Place", ["Parana"]),
 ("Entre Ríos", "Place", ["Entre Rios"]),
 AR],
roles=[R("Martín Etchevehere Landó", "gobernador", ["Entre Ríos", "Gobierno de Entre Ríos"], "del gobernador Martín Etchevehere Landó"),
       R("Verónica Bourlot Giampaoli", ["ministra de Desarrollo Económico", "ministra"], ["Ministerio de Desarrollo Económico de Entre Ríos", "Entre Ríos", "Gobierno de Entre Ríos"], "de la ministra de Desarrollo Económico de la provincia, Verónica Bourlot Giampaoli"),
       R("Gustavo Rivarola Seguí", ["intendente", "intendente de Concordia"], ["Concordia", "Municipalidad de Concordia"], "del intendente de Concordia, Gustavo Rivarola Seguí"),
       R("Leandro Lamboglia Ré", "presidente", "Jugos del Ayuí", "dijo el presidente de Jugos del Ayuí, Leandro Lamboglia Ré"),
       R("Mariela Gadea Quiroga", ["decana", "decana de la Facultad de Ciencias de la Alimentación"], ["Facultad de Ciencias de la Alimentación", "Universidad Nacional de Entre Ríos"], "La decana de esa facultad, Mariela Gadea Quiroga")],
inv=[I("Jugos del Ayuí", ["Parque Industrial de Concordia", "Concordia", "Entre Ríos", "Argentina"], 35000000, "USD", "dos etapas hasta 2028", "planta de jugos concentrados y aceites esenciales", "con una inversión de US$ 35 millones", alts=["Cooperativa Citrícola Yuquerí"]),
     I("Jugos del Ayuí", ["Concordia", "Entre Ríos", "Argentina"], 42000000000, "ARS", "hasta 2028", "equivalente en pesos", "unos $ 42.000 millones", opt=True, alts=["Cooperativa Citrícola Yuquerí"])],
parts=[P("Jugos del Ayuí", "Cooperativa Citrícola Yuquerí", "sociedad propietaria de la planta (75/25)", "una nueva sociedad en la que Jugos del Ayuí tendrá el 75 % de las acciones y la Cooperativa Citrícola Yuquerí el 25 % restante"),
       P("Jugos del Ayuí", "Universidad Nacional de Entre Ríos", "convenio de pasantías", "la empresa firmó un convenio con la Universidad Nacional de Entre Ríos (UNER)", b_alt=["Facultad de Ciencias de la Alimentación"]),
       P("Jugos del Ayuí", "Estación Experimental Agropecuaria Concordia", "programa de cooperación técnica (variedades de naranja)", "Jugos del Ayuí acordó además con la Estación Experimental Agropecuaria Concordia del INTA", b_alt=["Instituto Nacional de Tecnología Agropecuaria"])],
claims=[C("Jugos del Ayuí", "jobs", 260, "empleos directos", "la planta generará 260 empleos directos"),
        C("Jugos del Ayuí", "people_reached", 1100, "productores con contratos de abastecimiento", "procesará la fruta de 1.100 productores"),
        C("Universidad Nacional de Entre Ríos", "trainees", 30, "pasantes", "30 estudiantes de la Facultad de Ciencias de la Alimentación"),
        C("Federación del Citrus de Entre Ríos", "jobs", 12000, "empleo citrícola en temporada", "emplea a más de 12.000 personas en temporada", opt=True, note="sector employment")],
notes="Invented. Argentine regional paper with a 'MÁS NOTICIAS' chrome line. The investment uses '—unos $ 42.000 millones—' (optional ARS equivalent). The plant company is told as 'una nueva sociedad en la que X tendrá el 75 % ... y Y el 25 % restante' with no name for the vehicle: a required JV row and the cooperative accepted as co-investor. Officials listed after 'con la presencia del ..., de la ..., y del ...' (roles only). Growers who will sign five-year supply contracts are people_reached (probes convention). 'acordó además con X un programa de cooperación técnica' is a required partnership (INTA accepted for its experimental station). The provincial tax exemption gives no fact; sector employment optional.")

A("r14", "es", "2026-07-21", "https://example.org/guayaquil-economia/2026/07/21/acuicolas-puna-duran-balanceado",
"""Alimentos Acuícolas Jambelí levantará en Durán planta de balanceado de USD 48 millones

Redacción Economía

Guayaquil. Alimentos Acuícolas Jambelí, productora guayaquileña de alimento balanceado para camarón, prevé poner en funcionamiento a finales de 2027 una nueva planta en el cantón Durán, frente a Guayaquil, que le permitirá duplicar su capacidad. La obra representa un desembolso de USD 48 millones, financiados con recursos propios y un crédito de la Corporación Financiera Nacional (CFN).

El proyecto fue presentado el lunes por el gerente general de la empresa, Esteban Ibarguen Arteaga, en un acto al que asistieron la ministra de Producción, Comercio Exterior, Inversiones y Pesca, Daniela Benítez Cornejo, y el alcalde de Durán, Henry Bajaña Triviño.

La planta producirá 240.000 toneladas de alimento al año y empleará a 310 personas de forma directa, según la compañía. "El camarón ecuatoriano compite por costo, y el alimento es el 60 % del costo", explicó Ibarguen Arteaga.

Jambelí firmó en la misma jornada tres acuerdos. Con la Escuela Superior Politécnica del Litoral (ESPOL) suscribió un convenio de investigación para desarrollar dietas con proteína de insectos y de subproductos de la pesca; la rectora de la institución, Marcela Andrade Yépez, dijo que el laboratorio conjunto se instalará en el campus Gustavo Galindo.

De la mano del Servicio Ecuatoriano de Capacitación Profesional (SECAP), la empresa capacitará a 200 técnicos en formulación de alimentos, operación de extrusoras y control de calidad durante los próximos dos años.

El tercer acuerdo es un memorando con la Cámara Nacional de Acuacultura (CNA) para ofrecer asistencia técnica y crédito de insumos a 600 pequeños camaroneros de las provincias de Guayas, El Oro y Santa Elena, que podrán pagar el alimento al final de cada cosecha.

La ministra Benítez Cornejo resaltó que el sector camaronero exportó USD 7.300 millones en 2025 y que la inversión privada en la cadena acuícola superó los USD 900 millones en los dos últimos años.

El alcalde Bajaña Triviño, por su parte, ofreció a la empresa facilidades para los permisos de construcción y pidió que la planta contrate a jóvenes del cantón.""",
[("Alimentos Acuícolas Jambelí", "Organization", ["Alimentos Acuicolas Jambeli", "Jambelí", "Acuícolas Jambelí"]),
 ("Corporación Financiera Nacional", "Organization", ["CFN", "Corporacion Financiera Nacional"]),
 ("Ministerio de Producción, Comercio Exterior, Inversiones y Pesca", "Organization", ["MPCEIP", "Ministerio de Produccion, Comercio Exterior, Inversiones y Pesca"]),
 ("Municipio de Durán", "Organization", ["Municipio de Duran", "Alcaldía de Durán", "GAD Municipal de Durán"]),
 ("Escuela Superior Politécnica del Litoral", "Organization", ["ESPOL", "Escuela Superior Politecnica del Litoral"]),
 ("Servicio Ecuatoriano de Capacitación Profesional", "Organization", ["SECAP", "Servicio Ecuatoriano de Capacitacion Profesional"]),
 ("Cámara Nacional de Acuacultura", "Organization", ["CNA", "Camara Nacional de Acuacultura"]),
 ("Esteban Ibarguen Arteaga", "Person", ["Esteban Ibarguen", "Ibarguen Arteaga"]),
 ("Daniela Benítez Cornejo", "Person", ["Daniela Benitez Cornejo", "Daniela Benítez", "Benítez Cornejo"]),
 ("Henry Bajaña Triviño", "Person", ["Henry Bajana Trivino", "Henry Bajaña", "Bajaña Triviño"]),
 ("Marcela Andrade Yépez", "Person", ["Marcela Andrade Yepez", "Marcela Andrade", "Andrade Yépez"]),
 ("Durán", "Place", ["Duran", "cantón Durán"]),
 ("Guayaquil", "Place", []),
 ("Guayas", "Place", []),
 ("El Oro", "Place", []),
 ("Santa Elena", "Place", []),
 EC],
roles=[R("Esteban Ibarguen Arteaga", "gerente general", "Alimentos Acuícolas Jambelí", "por el gerente general de la empresa, Esteban Ibarguen Arteaga"),
       R("Daniela Benítez Cornejo", ["ministra de Producción, Comercio Exterior, Inversiones y Pesca", "ministra de Producción", "ministra"], ["Ministerio de Producción, Comercio Exterior, Inversiones y Pesca", "Ecuador"], "la ministra de Producción, Comercio Exterior, Inversiones y Pesca, Daniela Benítez Cornejo"),
       R("Henry Bajaña Triviño", ["alcalde", "alcalde de Durán"], ["Durán", "Municipio de Durán"], "y el alcalde de Durán, Henry Bajaña Triviño"),
       R("Marcela Andrade Yépez", "rectora", "Escuela Superior Politécnica del Litoral", "la rectora de la institución, Marcela Andrade Yépez")],
inv=[I("Alimentos Acuícolas Jambelí", ["Durán", "Guayas", "Ecuador"], 48000000, "USD", "operación a finales de 2027", "planta de alimento balanceado para camarón", "La obra representa un desembolso de USD 48 millones")],
parts=[P("Alimentos Acuícolas Jambelí", "Escuela Superior Politécnica del Litoral", "convenio de investigación (dietas)", "Con la Escuela Superior Politécnica del Litoral (ESPOL) suscribió un convenio de investigación"),
       P("Alimentos Acuícolas Jambelí", "Servicio Ecuatoriano de Capacitación Profesional", "capacitación de técnicos", "De la mano del Servicio Ecuatoriano de Capacitación Profesional (SECAP), la empresa capacitará a 200 técnicos"),
       P("Alimentos Acuícolas Jambelí", "Cámara Nacional de Acuacultura", "memorando (asistencia técnica y crédito de insumos)", "El tercer acuerdo es un memorando con la Cámara Nacional de Acuacultura (CNA)"),
       P("Corporación Financiera Nacional", "Alimentos Acuícolas Jambelí", "crédito", "financiados con recursos propios y un crédito de la Corporación Financiera Nacional (CFN)", opt=True)],
claims=[C("Alimentos Acuícolas Jambelí", "jobs", 310, "empleos directos", "empleará a 310 personas de forma directa"),
        C("Servicio Ecuatoriano de Capacitación Profesional", "trainees", 200, "técnicos", "la empresa capacitará a 200 técnicos en formulación de alimentos"),
        C("Cámara Nacional de Acuacultura", "people_reached", 600, "pequeños camaroneros con asistencia y crédito de insumos", "a 600 pequeños camaroneros de las provincias de Guayas, El Oro y Santa Elena"),
        C("Alimentos Acuícolas Jambelí", "other", 240000, "toneladas de alimento al año (capacidad)", "La planta producirá 240.000 toneladas de alimento al año", opt=True, note="capacity")],
notes="Invented. Ecuadorian paper with a desk byline. The amount is a noun subject in its own sentence ('La obra representa un desembolso de USD 48 millones, financiados con recursos propios y un crédito de la CFN'): the company from the previous sentence is the investor; the CFN credit is an optional loan link. 'firmó en la misma jornada tres acuerdos' followed by three sentences, each with the partner fronted in a different way ('Con X suscribió ...', 'De la mano de Y, la empresa capacitará ...', 'El tercer acuerdo es un memorando con Z'): one row each. Small shrimp farmers offered credit and assistance are people_reached. Sector exports and private investment in the chain give no fact; capacity optional.")

A("r15", "es", "2026-08-18", "https://example.org/guatemala-negocios/2026/08/18/corrugados-escuintla-palin",
"""Corrugados Escuintla invertirá Q540 millones en planta de cartón en Palín y se alía con recicladores

La empresa guatemalteca Corrugados Escuintla construirá en Palín, Escuintla, una planta de papel reciclado y cajas de cartón corrugado para la agroexportación, con una inversión de Q540 millones (unos US$70 millones), informó este lunes el Ministerio de Economía.

La fábrica, que ocupará un terreno de 12 hectáreas sobre la autopista Palín-Escuintla, producirá 110,000 toneladas de cartón al año a partir del tercer trimestre de 2028 y dará empleo directo a 420 personas, detalló el gerente general de la compañía, Óscar Monterroso Lemus.

El abastecimiento de fibra se hará a través de una alianza entre Corrugados Escuintla, la Municipalidad de Palín y la Asociación de Recicladores de Base de Escuintla (Arbe), que permitirá comprar a precio fijo el papel y el cartón recuperados por 900 recicladores del departamento y construir un centro de acopio en el casco urbano del municipio.

"Los recicladores han sostenido este negocio por décadas sin que nadie les firmara un papel. Esto cambia eso", dijo la presidenta de Arbe, Sandra Coyoy Xajil. El alcalde de Palín, Erwin Ajquejay Culajay, indicó que la comuna donará el terreno para el centro de acopio.

Para la formación del personal, el Instituto Técnico de Capacitación y Productividad (Intecap) y la empresa firmaron un convenio por el cual 250 operarios recibirán cursos de mantenimiento industrial, manejo de calderas y seguridad ocupacional antes de la apertura.

En la presentación participaron el ministro de Economía, Luis Fernando Quiñónez Arriola, y la viceministra de Inversión y Competencia, Andrea Palencia Mazariegos, quien señaló que el proyecto es el primero que se acoge a la nueva ventanilla única de inversiones.

Quiñónez Arriola afirmó que en lo que va del año el ministerio ha acompañado 23 proyectos de inversión por un total de US$1,140 millones, que generarán unos 9,800 empleos.

Corrugados Escuintla opera desde 1998 una planta de cajas en Villa Nueva, donde trabajan 380 personas, y exporta a El Salvador y Honduras. La empresa financiará la nueva planta con capital propio y un préstamo sindicado de tres bancos locales.""",
[("Corrugados Escuintla", "Organization", []),
 ("Municipalidad de Palín", "Organization", ["Municipalidad de Palin", "comuna de Palín"]),
 ("Asociación de Recicladores de Base de Escuintla", "Organization", ["Arbe", "Asociacion de Recicladores de Base de Escuintla"]),
 ("Instituto Técnico de Capacitación y Productividad", "Organization", ["Intecap", "INTECAP", "Instituto Tecnico de Capacitacion y Productividad"]),
 ("Ministerio de Economía de Guatemala", "Organization", ["Ministerio de Economía", "Ministerio de Economia", "Mineco", "MINECO"]),
 ("Viceministerio de Inversión y Competencia", "Organization", ["Viceministerio de Inversion y Competencia"]),
 ("Óscar Monterroso Lemus", "Person", ["Oscar Monterroso Lemus", "Óscar Monterroso", "Monterroso Lemus"]),
 ("Sandra Coyoy Xajil", "Person", ["Sandra Coyoy", "Coyoy Xajil"]),
 ("Erwin Ajquejay Culajay", "Person", ["Erwin Ajquejay", "Ajquejay Culajay"]),
 ("Luis Fernando Quiñónez Arriola", "Person", ["Luis Fernando Quinonez Arriola", "Luis Fernando Quiñónez", "Quiñónez Arriola"]),
 ("Andrea Palencia Mazariegos", "Person", ["Andrea Palencia", "Palencia Mazariegos"]),
 ("Palín", "Place", ["Palin"]),
 ("Escuintla", "Place", ["departamento de Escuintla"]),
 ("Villa Nueva", "Place", []),
 ("El Salvador", "Place", []),
 ("Honduras", "Place", []),
 GT],
roles=[R("Óscar Monterroso Lemus", "gerente general", "Corrugados Escuintla", "detalló el gerente general de la compañía, Óscar Monterroso Lemus"),
       R("Sandra Coyoy Xajil", "presidenta", "Asociación de Recicladores de Base de Escuintla", "dijo la presidenta de Arbe, Sandra Coyoy Xajil"),
       R("Erwin Ajquejay Culajay", ["alcalde", "alcalde de Palín"], ["Palín", "Municipalidad de Palín"], "El alcalde de Palín, Erwin Ajquejay Culajay"),
       R("Luis Fernando Quiñónez Arriola", ["ministro de Economía", "ministro"], ["Ministerio de Economía de Guatemala", "Guatemala"], "el ministro de Economía, Luis Fernando Quiñónez Arriola"),
       R("Andrea Palencia Mazariegos", ["viceministra de Inversión y Competencia", "viceministra"], ["Viceministerio de Inversión y Competencia", "Ministerio de Economía de Guatemala", "Guatemala"], "la viceministra de Inversión y Competencia, Andrea Palencia Mazariegos")],
inv=[I("Corrugados Escuintla", ["Palín", "Escuintla", "Guatemala"], 540000000, "GTQ", "operación desde el tercer trimestre de 2028", "planta de papel reciclado y cartón corrugado", "con una inversión de Q540 millones"),
     I("Corrugados Escuintla", ["Palín", "Escuintla", "Guatemala"], 70000000, "USD", None, "equivalente en dólares", "(unos US$70 millones)", opt=True)],
parts=[P("Corrugados Escuintla", "Municipalidad de Palín", "alianza de abastecimiento de fibra reciclada", "a través de una alianza entre Corrugados Escuintla, la Municipalidad de Palín"),
       P("Corrugados Escuintla", "Asociación de Recicladores de Base de Escuintla", "alianza de abastecimiento de fibra reciclada", "y la Asociación de Recicladores de Base de Escuintla (Arbe), que permitirá comprar"),
       P("Instituto Técnico de Capacitación y Productividad", "Corrugados Escuintla", "convenio de capacitación de operarios", "el Instituto Técnico de Capacitación y Productividad (Intecap) y la empresa firmaron un convenio")],
claims=[C("Corrugados Escuintla", "jobs", 420, "empleos directos", "dará empleo directo a 420 personas"),
        C("Asociación de Recicladores de Base de Escuintla", "people_reached", 900, "recicladores con compra a precio fijo", "recuperados por 900 recicladores del departamento"),
        C("Instituto Técnico de Capacitación y Productividad", "trainees", 250, "operarios", "250 operarios recibirán cursos de mantenimiento industrial"),
        C("Ministerio de Economía de Guatemala", "jobs", 9800, "empleos de proyectos acompañados", "que generarán unos 9,800 empleos", opt=True, note="tally of several projects"),
        C("Corrugados Escuintla", "jobs", 380, "trabajadores en Villa Nueva", "donde trabajan 380 personas", opt=True, note="existing workforce"),
        C("Corrugados Escuintla", "other", 110000, "toneladas de cartón al año (capacidad)", "producirá 110,000 toneladas de cartón al año", opt=True, note="capacity")],
notes="Invented. Guatemalan business page with comma thousands ('110,000', 'US$1,140 millones'). The investment is announced by the ministry ('informó este lunes el Ministerio de Economía'), which is not a partner. A three-party alliance told as 'a través de una alianza entre X, Y y Z' with the company first (lead): one row per pair with the company; the association's recyclers are people_reached. The training convenio is told with the institute first and 'la empresa' second ('X y la empresa firmaron un convenio'). A viceministra has the vice-ministry, the ministry and the country (the scorer's vice rule keeps her apart from the minister). The municipality's land donation gives no investment; the ministry's project tally, the syndicated loan (unnamed banks) and exports give no required fact.")

A("r16", "es", "2026-09-29", "https://example.org/michoacan-hoy/economia/2026/09/29/frutos-de-tacambaro-uruapan-alianza",
"""Frutos de Tacámbaro, UMSNH y Tecnológico de Uruapan forman alianza; la empacadora invertirá mil 150 mdp

Morelia, Mich.- La empacadora de aguacate Frutos de Tacámbaro construirá en Uruapan una planta de empaque, maduración y guacamole congelado con una inversión de mil 150 millones de pesos, y formará a su personal a través de una alianza con la Universidad Michoacana de San Nicolás de Hidalgo (UMSNH) y el Instituto Tecnológico Superior de Uruapan (ITSU), que incluye 200 becas para hijos de productores y jornaleros.

El director general de la empresa, Rogelio Pantoja Guízar, dio a conocer el proyecto este lunes en Casa de Gobierno, junto al gobernador Bernardo Equihua Tapia, quien firmó con él un convenio de coordinación mediante el cual el estado se compromete a agilizar los permisos ambientales y a acompañar la certificación de las huertas proveedoras como libres de deforestación.

La secretaria de Desarrollo Económico, Alejandra Villaseñor Cuiriz, explicó que la nueva planta se ubicará en la salida a Taretan, ocupará 9 hectáreas y generará 700 empleos directos cuando opere a plena capacidad, en 2028. La empresa trabajará con 3 mil 400 productores de la Meseta Purépecha, a quienes comprará la fruta mediante contratos anuales con precio mínimo.

Como parte de la alianza, la UMSNH abrirá en Uruapan una especialidad en inocuidad alimentaria y el ITSU impartirá cursos de refrigeración industrial y logística de exportación; los alumnos con beca recibirán 3 mil pesos mensuales durante dos años. La rectora de la UMSNH, Yolanda Arreola Chávez, afirmó que el acuerdo "acerca la universidad a la región que más riqueza exporta del estado".

El presidente municipal de Uruapan, Efraín Soto Barajas, pidió a la empresa que dé prioridad a mujeres jefas de familia en la contratación, y Pantoja Guízar se comprometió a que al menos 40 por ciento de las plazas sean ocupadas por mujeres.

Frutos de Tacámbaro, fundada en 1994, exporta a Estados Unidos, Canadá y Japón desde sus dos empacadoras en Tacámbaro y Salvador Escalante, donde emplea a mil 100 personas.

De acuerdo con la Sedeco, Michoacán exportó 3 mil 200 millones de dólares en aguacate en la temporada 2025-2026 y concentra el 75 por ciento de la producción nacional.""",
[("Frutos de Tacámbaro", "Organization", ["Frutos de Tacambaro"]),
 ("Gobierno de Michoacán", "Organization", ["Gobierno de Michoacan", "Gobierno del Estado de Michoacán"]),
 ("Secretaría de Desarrollo Económico de Michoacán", "Organization", ["Secretaria de Desarrollo Economico de Michoacan", "Sedeco", "Sedeco Michoacán", "Secretaría de Desarrollo Económico"]),
 ("Universidad Michoacana de San Nicolás de Hidalgo", "Organization", ["UMSNH", "Universidad Michoacana de San Nicolas de Hidalgo", "Universidad Michoacana"]),
 ("Instituto Tecnológico Superior de Uruapan", "Organization", ["ITSU", "Instituto Tecnologico Superior de Uruapan", "Tecnológico de Uruapan", "Tecnologico de Uruapan"]),
 ("Municipio de Uruapan", "Organization", ["Ayuntamiento de Uruapan"]),
 ("Rogelio Pantoja Guízar", "Person", ["Rogelio Pantoja Guizar", "Rogelio Pantoja", "Pantoja Guízar"]),
 ("Bernardo Equihua Tapia", "Person", ["Bernardo Equihua", "Equihua Tapia"]),
 ("Alejandra Villaseñor Cuiriz", "Person", ["Alejandra Villasenor Cuiriz", "Alejandra Villaseñor", "Villaseñor Cuiriz"]),
 ("Yolanda Arreola Chávez", "Person", ["Yolanda Arreola Chavez", "Yolanda Arreola", "Arreola Chávez"]),
 ("Efraín Soto Barajas", "Person", ["Efrain Soto Barajas", "Efraín Soto", "Soto Barajas"]),
 ("Uruapan", "Place", []),
 ("Morelia", "Place", []),
 ("Michoacán", "Place", ["Michoacan", "Mich."]),
 ("Meseta Purépecha", "Place", ["Meseta Purepecha"]),
 ("Tacámbaro", "Place", ["Tacambaro"]),
 ("Salvador Escalante", "Place", []),
 ("Taretan", "Place", []),
 ("Canadá", "Place", ["Canada"]),
 ("Japón", "Place", ["Japon", "Japan"]),
 MX, US],
roles=[R("Rogelio Pantoja Guízar", "director general", "Frutos de Tacámbaro", "El director general de la empresa, Rogelio Pantoja Guízar"),
       R("Bernardo Equihua Tapia", ["gobernador", "gobernador de Michoacán"], ["Michoacán", "Gobierno de Michoacán"], "junto al gobernador Bernardo Equihua Tapia"),
       R("Alejandra Villaseñor Cuiriz", ["secretaria de Desarrollo Económico", "secretaria"], ["Secretaría de Desarrollo Económico de Michoacán", "Michoacán", "Gobierno de Michoacán"], "La secretaria de Desarrollo Económico, Alejandra Villaseñor Cuiriz"),
       R("Yolanda Arreola Chávez", "rectora", "Universidad Michoacana de San Nicolás de Hidalgo", "La rectora de la UMSNH, Yolanda Arreola Chávez"),
       R("Efraín Soto Barajas", ["presidente municipal", "alcalde"], ["Uruapan", "Municipio de Uruapan"], "El presidente municipal de Uruapan, Efraín Soto Barajas")],
inv=[I("Frutos de Tacámbaro", ["Uruapan", "Michoacán", "Mexico"], 1150000000, "MXN", "plena capacidad en 2028", "planta de empaque, maduración y guacamole congelado", "con una inversión de mil 150 millones de pesos")],
parts=[P("Frutos de Tacámbaro", "Universidad Michoacana de San Nicolás de Hidalgo", "alianza de formación y becas", "a través de una alianza con la Universidad Michoacana de San Nicolás de Hidalgo (UMSNH)"),
       P("Frutos de Tacámbaro", "Instituto Tecnológico Superior de Uruapan", "alianza de formación y becas", "y el Instituto Tecnológico Superior de Uruapan (ITSU), que incluye 200 becas"),
       P("Gobierno de Michoacán", "Frutos de Tacámbaro", "convenio de coordinación (permisos, certificación de huertas)", "quien firmó con él un convenio de coordinación")],
claims=[C("Frutos de Tacámbaro", "jobs", 700, "empleos directos", "generará 700 empleos directos cuando opere a plena capacidad"),
        C("Frutos de Tacámbaro", "trainees", 200, "becas", "que incluye 200 becas para hijos de productores y jornaleros"),
        C("Frutos de Tacámbaro", "people_reached", 3400, "productores con contratos anuales", "La empresa trabajará con 3 mil 400 productores de la Meseta Purépecha"),
        C("Frutos de Tacámbaro", "jobs", 1100, "empleados actuales", "donde emplea a mil 100 personas", opt=True, note="existing workforce")],
notes="Invented. Michoacán daily with a '.-' dateline. The three-way alliance is told in the headline ('X, Y y Z forman alianza') and again in the lede as 'formará a su personal a través de una alianza con Y y Z' (lead = company, one row per pair). The governor 'firmó con él un convenio de coordinación' (the anaphor 'él' is the company's director, so the pair is state government-company). Growers buying under annual contracts are people_reached; 200 becas are required scholarships; the share of women hired and the monthly stipend give no fact. State exports give no fact; existing workforce optional.")
