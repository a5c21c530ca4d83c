# Spanish articles r07-r15 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])
US = ("United States", "Place", ["Estados Unidos", "EE.UU.", "EU", "U.S.", "États-Unis"])
CO = ("Colombia", "Place", ["Colombie"])
PE = ("Peru", "Place", ["Perú", "Pérou"])
CL = ("Chile", "Place", ["Chili"])
AR = ("Argentina", "Place", ["Argentine"])
BR = ("Brazil", "Place", ["Brasil", "Brésil"])

A("r07", "es", "2026-01-14", "https://example.org/nl-negocios/2026/01/14/kaiyuan-drive-systems-apodaca",
"""Kaiyuan Drive Systems invertirá 150 millones de dólares en Apodaca; generará mil 200 empleos

Por Redacción | Monterrey, N.L. | 14 de enero de 2026

La empresa china Kaiyuan Drive Systems, fabricante de motores eléctricos y reductores para vehículos comerciales, invertirá 150 millones de dólares en una planta en el municipio de Apodaca, donde generará mil 200 empleos directos entre 2026 y 2028, informó este miércoles el Gobierno de Nuevo León.

El anuncio se hizo en el Palacio de Gobierno, en una reunión que encabezó el gobernador Arturo Benavides Cantú con directivos de la compañía. Junto al mandatario estuvieron Óscar Elizondo Garza, secretario de Economía del estado; Marcela Tijerina Leal, subsecretaria de Inversión y Fomento Industrial; Héctor Manuel Cavazos Rangel, presidente municipal de Apodaca, y Li Wenhao, vicepresidente global de Manufactura de Kaiyuan. Por videoconferencia participó el subsecretario de Industria y Comercio de la Secretaría de Economía federal, Rafael Ochoa Bermúdez.

Publicidad

De acuerdo con la información proporcionada por la compañía, la planta ocupará 42 mil metros cuadrados en un parque industrial cercano al Aeropuerto Internacional de Monterrey y arrancará operaciones en el segundo semestre de 2027. El monto equivale a unos 2 mil 750 millones de pesos al tipo de cambio actual.

"No vinimos por los salarios, vinimos por los proveedores y por la frontera", dijo Li Wenhao, quien explicó que la firma producirá en Apodaca 180 mil motores al año para armadoras de camiones y autobuses de México y Estados Unidos.

Como parte del proyecto, Kaiyuan firmó un convenio de colaboración con la Universidad Autónoma de Nuevo León (UANL) para que 200 estudiantes de la Facultad de Ingeniería Mecánica y Eléctrica (FIME) realicen prácticas profesionales en la planta, y otro con el Conalep Nuevo León para capacitar a 500 técnicos en bobinado, ensamble y control de calidad.

Elizondo Garza señaló que, con este anuncio, el estado suma en la presente administración 52 mil 300 millones de dólares de inversión extranjera comprometida, y que el sector de electromovilidad concentra ya 38 proyectos.

El alcalde de Apodaca pidió a la empresa dar prioridad a los habitantes del municipio en sus contrataciones y recordó que Apodaca aporta 96 mil empleos manufactureros formales, la cifra más alta del área metropolitana después de Monterrey.""",
[("Kaiyuan Drive Systems", "Organization", ["Kaiyuan"]),
 ("Gobierno de Nuevo León", "Organization", ["Gobierno de Nuevo Leon", "Gobierno del Estado de Nuevo León"]),
 ("Secretaría de Economía de Nuevo León", "Organization", ["Secretaria de Economia de Nuevo Leon"]),
 ("Secretaría de Economía", "Organization", ["Secretaria de Economia", "Secretaría de Economía federal", "SE"]),
 ("Municipio de Apodaca", "Organization", ["Ayuntamiento de Apodaca", "Gobierno Municipal de Apodaca"]),
 ("Universidad Autónoma de Nuevo León", "Organization", ["UANL", "Universidad Autonoma de Nuevo Leon"]),
 ("Facultad de Ingeniería Mecánica y Eléctrica", "Organization", ["FIME", "Facultad de Ingenieria Mecanica y Electrica"]),
 ("Colegio de Educación Profesional Técnica del Estado de Nuevo León", "Organization", ["Conalep Nuevo León", "Conalep Nuevo Leon", "Conalep NL"]),
 ("Arturo Benavides Cantú", "Person", ["Arturo Benavides Cantu", "Arturo Benavides", "Benavides Cantú"]),
 ("Óscar Elizondo Garza", "Person", ["Oscar Elizondo Garza", "Óscar Elizondo", "Elizondo Garza"]),
 ("Marcela Tijerina Leal", "Person", ["Marcela Tijerina", "Tijerina Leal"]),
 ("Héctor Manuel Cavazos Rangel", "Person", ["Hector Manuel Cavazos Rangel", "Héctor Manuel Cavazos", "Cavazos Rangel"]),
 ("Li Wenhao", "Person", ["Wenhao Li"]),
 ("Rafael Ochoa Bermúdez", "Person", ["Rafael Ochoa Bermudez", "Rafael Ochoa", "Ochoa Bermúdez"]),
 ("Apodaca", "Place", []),
 ("Monterrey", "Place", []),
 ("Nuevo León", "Place", ["Nuevo Leon", "N.L."]),
 MX, US],
roles=[R("Arturo Benavides Cantú", ["gobernador", "mandatario"], ["Nuevo León", "Gobierno de Nuevo León"], "en una reunión que encabezó el gobernador Arturo Benavides Cantú"),
       R("Óscar Elizondo Garza", ["secretario de Economía", "secretario de Economía del estado", "secretario"], ["Secretaría de Economía de Nuevo León", "Nuevo León", "Gobierno de Nuevo León"], "Óscar Elizondo Garza, secretario de Economía del estado"),
       R("Marcela Tijerina Leal", ["subsecretaria de Inversión y Fomento Industrial", "subsecretaria"], ["Secretaría de Economía de Nuevo León", "Nuevo León"], "Marcela Tijerina Leal, subsecretaria de Inversión y Fomento Industrial"),
       R("Héctor Manuel Cavazos Rangel", ["presidente municipal", "alcalde"], ["Apodaca", "Municipio de Apodaca"], "Héctor Manuel Cavazos Rangel, presidente municipal de Apodaca"),
       R("Li Wenhao", ["vicepresidente global de Manufactura", "vicepresidente"], "Kaiyuan Drive Systems", "Li Wenhao, vicepresidente global de Manufactura de Kaiyuan"),
       R("Rafael Ochoa Bermúdez", ["subsecretario de Industria y Comercio", "subsecretario"], ["Secretaría de Economía", "Mexico"], "el subsecretario de Industria y Comercio de la Secretaría de Economía federal, Rafael Ochoa Bermúdez")],
inv=[I("Kaiyuan Drive Systems", ["Apodaca", "Nuevo León", "Mexico"], 150000000, "USD", "entre 2026 y 2028", "planta de motores eléctricos y reductores", "invertirá 150 millones de dólares en una planta en el municipio de Apodaca"),
     I("Kaiyuan Drive Systems", ["Apodaca", "Nuevo León", "Mexico"], 2750000000, "MXN", None, "equivalente en pesos", "El monto equivale a unos 2 mil 750 millones de pesos", opt=True)],
parts=[P("Kaiyuan Drive Systems", "Universidad Autónoma de Nuevo León", "convenio de colaboración (prácticas profesionales)", "Kaiyuan firmó un convenio de colaboración con la Universidad Autónoma de Nuevo León (UANL)", b_alt=["Facultad de Ingeniería Mecánica y Eléctrica"]),
       P("Kaiyuan Drive Systems", "Colegio de Educación Profesional Técnica del Estado de Nuevo León", "capacitación de técnicos", "y otro con el Conalep Nuevo León para capacitar a 500 técnicos")],
claims=[C("Kaiyuan Drive Systems", "jobs", 1200, "empleos directos", "donde generará mil 200 empleos directos entre 2026 y 2028"),
        C("Universidad Autónoma de Nuevo León", "trainees", 200, "estudiantes en prácticas", "para que 200 estudiantes de la Facultad de Ingeniería Mecánica y Eléctrica (FIME) realicen prácticas profesionales"),
        C("Colegio de Educación Profesional Técnica del Estado de Nuevo León", "trainees", 500, "técnicos", "para capacitar a 500 técnicos en bobinado"),
        C("Kaiyuan Drive Systems", "other", 180000, "motores al año", "180 mil motores al año", opt=True, note="capacity"),
        C("Apodaca", "jobs", 96000, "empleos manufactureros formales", "Apodaca aporta 96 mil empleos manufactureros formales", opt=True, note="municipal employment")],
notes="Invented. Monterrey newspaper with byline line and a 'Publicidad' chrome line. The investor is named in the headline and the first sentence, then 'la compañía'/'la firma'. Officials listed with the name first and the post after a comma, separated by semicolons ('Junto al mandatario estuvieron X, secretario de Economía del estado; Y, subsecretaria ...; Z, presidente municipal de Apodaca, y W, vicepresidente ...'); a federal subsecretario (federal Secretaría de Economía + Mexico) next to the state secretary and subsecretaria (state secretariat + state): a predicted 'Secretaría de Economía' for the state officials does not fit. Two convenios in one sentence ('un convenio de colaboración con X ..., y otro con Y'). The MXN equivalent is optional; the state's FDI tally and the project count give no fact; capacity and municipal employment optional. Interns are trainees.")

A("r08", "es", "2026-02-18", "https://example.org/guanajuato/comunicados/2026/02/18/convenio-seg-itesi-hamazaki",
"""Firman SEG, ITESI y Hamazaki Seiko convenio de educación dual; la japonesa ampliará su planta de Irapuato

Comunicado 0218/2026

Irapuato, Gto., 18 de febrero de 2026.- La Secretaría de Educación de Guanajuato (SEG), el Instituto Tecnológico Superior de Irapuato (ITESI) y la empresa japonesa Hamazaki Seiko, fabricante de inyectores de combustible y sensores de presión, firmaron un convenio de colaboración para que 350 estudiantes de ingeniería se formen bajo el modelo de educación dual en la planta que la compañía opera desde 2015 en el parque industrial Castro del Río.

Por la parte educativa suscribieron el documento la secretaria de Educación, María Fernanda Ibarra Muñoz, y el director general del ITESI, Gerardo Alcocer Lara; por la empresa lo hizo el presidente de Hamazaki Seiko México, Kenji Morimoto. En calidad de testigos de honor firmaron la gobernadora Lucía Almanza Retana y el cónsul general del Japón en León, Hiroshi Tanabe.

El convenio contempla además 60 becas de manutención para estudiantes de escasos recursos, que la empresa cubrirá durante los cuatro años de vigencia del acuerdo, así como la actualización de dos laboratorios del ITESI.

Durante el acto, el secretario de Desarrollo Económico Sustentable, Ernesto Prieto Ugalde, dio a conocer que Hamazaki Seiko invertirá 2 mil 350 millones de pesos en la ampliación de su planta, lo que permitirá crear 700 nuevos empleos y elevar su plantilla a 2 mil 600 trabajadores hacia 2028.

"Guanajuato no sólo atrae plantas; ahora forma a quienes las van a dirigir", expresó la gobernadora, quien recordó que en la entidad operan más de 300 empresas de capital japonés.

Morimoto indicó que, desde su llegada, la compañía ha invertido en el estado más de 410 millones de dólares, y que la nueva línea producirá a partir de 2027 sensores para vehículos híbridos destinados a armadoras de Norteamérica.

El director general del ITESI informó que la institución atiende a 6 mil 200 estudiantes en sus unidades académicas y que, con este convenio, suman 41 las empresas que participan en su programa de educación dual.

-000-""",
[("Secretaría de Educación de Guanajuato", "Organization", ["SEG", "Secretaria de Educacion de Guanajuato"]),
 ("Instituto Tecnológico Superior de Irapuato", "Organization", ["ITESI", "Instituto Tecnologico Superior de Irapuato"]),
 ("Hamazaki Seiko", "Organization", []),
 ("Hamazaki Seiko México", "Organization", ["Hamazaki Seiko Mexico"]),
 ("Gobierno de Guanajuato", "Organization", ["Gobierno del Estado de Guanajuato"]),
 ("Secretaría de Desarrollo Económico Sustentable de Guanajuato", "Organization", ["SDES", "Secretaria de Desarrollo Economico Sustentable", "Secretaría de Desarrollo Económico Sustentable"]),
 ("María Fernanda Ibarra Muñoz", "Person", ["Maria Fernanda Ibarra Munoz", "María Fernanda Ibarra", "Ibarra Muñoz"]),
 ("Gerardo Alcocer Lara", "Person", ["Gerardo Alcocer", "Alcocer Lara"]),
 ("Kenji Morimoto", "Person", ["Morimoto"]),
 ("Lucía Almanza Retana", "Person", ["Lucia Almanza Retana", "Lucía Almanza", "Almanza Retana"]),
 ("Hiroshi Tanabe", "Person", ["Tanabe"]),
 ("Ernesto Prieto Ugalde", "Person", ["Ernesto Prieto", "Prieto Ugalde"]),
 ("Parque Industrial Castro del Río", "Place", ["parque industrial Castro del Río", "Castro del Rio"]),
 ("Irapuato", "Place", []),
 ("León", "Place", ["Leon"]),
 ("Guanajuato", "Place", ["Gto.", "estado de Guanajuato"]),
 ("Japan", "Place", ["Japón", "Japon"]),
 ("Norteamérica", "Place", ["North America", "Norteamerica"]),
 MX],
roles=[R("María Fernanda Ibarra Muñoz", ["secretaria de Educación", "secretaria"], ["Secretaría de Educación de Guanajuato", "Guanajuato", "Gobierno de Guanajuato"], "la secretaria de Educación, María Fernanda Ibarra Muñoz"),
       R("Gerardo Alcocer Lara", "director general", "Instituto Tecnológico Superior de Irapuato", "el director general del ITESI, Gerardo Alcocer Lara"),
       R("Kenji Morimoto", ["presidente", "presidente de Hamazaki Seiko México"], ["Hamazaki Seiko México", "Hamazaki Seiko"], "el presidente de Hamazaki Seiko México, Kenji Morimoto"),
       R("Lucía Almanza Retana", ["gobernadora"], ["Guanajuato", "Gobierno de Guanajuato"], "firmaron la gobernadora Lucía Almanza Retana"),
       R("Hiroshi Tanabe", ["cónsul general", "cónsul general del Japón en León", "cónsul"], "Japan", "el cónsul general del Japón en León, Hiroshi Tanabe"),
       R("Ernesto Prieto Ugalde", ["secretario de Desarrollo Económico Sustentable", "secretario"], ["Secretaría de Desarrollo Económico Sustentable de Guanajuato", "Guanajuato", "Gobierno de Guanajuato"], "el secretario de Desarrollo Económico Sustentable, Ernesto Prieto Ugalde")],
inv=[I("Hamazaki Seiko", ["Parque Industrial Castro del Río", "Irapuato", "Guanajuato", "Mexico"], 2350000000, "MXN", "hacia 2028", "ampliación de la planta", "Hamazaki Seiko invertirá 2 mil 350 millones de pesos en la ampliación de su planta", alts=["Hamazaki Seiko México"]),
     I("Hamazaki Seiko", ["Guanajuato", "Mexico"], 410000000, "USD", "desde 2015", "inversión acumulada (pasada)", "la compañía ha invertido en el estado más de 410 millones de dólares", opt=True, alts=["Hamazaki Seiko México"])],
parts=[P("Hamazaki Seiko", "Secretaría de Educación de Guanajuato", "convenio de colaboración de educación dual", "La Secretaría de Educación de Guanajuato (SEG), el Instituto Tecnológico Superior de Irapuato (ITESI) y la empresa japonesa Hamazaki Seiko", a_alt=["Hamazaki Seiko México"]),
       P("Hamazaki Seiko", "Instituto Tecnológico Superior de Irapuato", "convenio de colaboración de educación dual", "firmaron un convenio de colaboración para que 350 estudiantes de ingeniería se formen", a_alt=["Hamazaki Seiko México"])],
claims=[C("Hamazaki Seiko", "trainees", 350, "estudiantes en educación dual", "para que 350 estudiantes de ingeniería se formen bajo el modelo de educación dual"),
        C("Hamazaki Seiko", "trainees", 60, "becas de manutención", "El convenio contempla además 60 becas de manutención"),
        C("Hamazaki Seiko", "jobs", 700, "nuevos empleos", "lo que permitirá crear 700 nuevos empleos"),
        C("Hamazaki Seiko", "jobs", 2600, "plantilla total hacia 2028", "elevar su plantilla a 2 mil 600 trabajadores hacia 2028", opt=True, note="workforce total after the expansion"),
        C("Instituto Tecnológico Superior de Irapuato", "other", 6200, "estudiantes", "la institución atiende a 6 mil 200 estudiantes", opt=True, note="existing enrolment")],
notes="Invented. Guanajuato state communiqué (number line, '.-' dateline, '-000-' sign-off). A three-party convenio between two public bodies and a company: the company, whose plant hosts the dual program and which pays the becas, is the lead (one row per pair with it, none between SEG and ITESI). The governor and a consul general sign 'en calidad de testigos de honor': roles, no partnership (a consul's org is the country he represents). Signatories told by side ('Por la parte educativa suscribieron ... ; por la empresa lo hizo ...'). The investment is announced by a state secretary in reported speech; the subsidiary is accepted. The company's cumulative past investment is optional; the final workforce and enrolment are optional; the count of Japanese companies and dual-program companies give no fact. Becas are trainees (scholarships).")

A("r09", "es", "2026-03-12", "https://example.org/atlantico/economia/2026/03/12/alimentos-huanchaco-galapa",
"""Peruana Alimentos Huanchaco invertirá US$ 80 millones en Galapa y firma memorando con la Gobernación del Atlántico

Por: Redacción Economía

La compañía peruana Alimentos Huanchaco S.A.C., fabricante de galletas, pastas y harinas preparadas, invertirá US$ 80 millones, unos $ 320.000 millones, en una planta de producción y un centro de distribución en el municipio de Galapa, en el área metropolitana de Barranquilla, que entrarán en operación a finales de 2027 y abastecerán a la Costa Caribe y a Centroamérica.

El anuncio lo hizo este jueves el gerente general de la empresa, Aldo Cáceres Villanueva, luego de firmar con el gobernador del Atlántico, Eduardo Marchena Donado, un memorando de entendimiento por el cual el departamento se compromete a acompañar los trámites de licencias y la compañía, a dar prioridad a la mano de obra local.

Según Cáceres, la planta generará 650 empleos directos en su primera fase y cerca de 1.500 indirectos entre transportadores, proveedores de empaques y tenderos. "Elegimos el Atlántico por el puerto, por la zona franca y porque aquí ya hay gente que sabe hornear a escala industrial", sostuvo.

TE PUEDE INTERESAR: Puerto de Barranquilla movió 14 millones de toneladas en 2025

En el acto, realizado en el salón de gobernadores, estuvieron presentes la secretaria de Desarrollo Económico del departamento, Lina Marcela Palencia Ortega; el alcalde de Galapa, Jaider Antonio Pertuz Mendoza, y la presidenta ejecutiva de ProBarranquilla, Karen Lucía Abuchaibe Roca, cuya agencia acompañó a la empresa durante 14 meses en la búsqueda del lote.

A su turno, el director regional del SENA en el Atlántico, Ramiro Ospino Cantillo, informó que la entidad formará a 300 aprendices en panificación industrial, mantenimiento y logística, en virtud de un convenio firmado con la compañía la semana pasada. Bancóldex, por su parte, le aprobó una línea de crédito por $ 90.000 millones para capital de trabajo.

De acuerdo con ProBarranquilla, en 2025 la agencia acompañó 27 proyectos de inversión que suman US$ 610 millones y que prometen 4.300 empleos en el departamento. La tasa de desempleo del área metropolitana cerró el año en 9,4 %, según el DANE.""",
[("Alimentos Huanchaco", "Organization", ["Alimentos Huanchaco S.A.C.", "Alimentos Huanchaco SAC"]),
 ("Gobernación del Atlántico", "Organization", ["Gobernacion del Atlantico"]),
 ("Secretaría de Desarrollo Económico del Atlántico", "Organization", ["Secretaria de Desarrollo Economico del Atlantico"]),
 ("Alcaldía de Galapa", "Organization", ["Alcaldia de Galapa"]),
 ("ProBarranquilla", "Organization", ["Probarranquilla"]),
 ("Servicio Nacional de Aprendizaje", "Organization", ["SENA", "Sena", "SENA Atlántico"]),
 ("Bancóldex", "Organization", ["Bancoldex"]),
 ("Departamento Administrativo Nacional de Estadística", "Organization", ["DANE"]),
 ("Aldo Cáceres Villanueva", "Person", ["Aldo Caceres Villanueva", "Aldo Cáceres", "Cáceres Villanueva"]),
 ("Eduardo Marchena Donado", "Person", ["Eduardo Marchena", "Marchena Donado"]),
 ("Lina Marcela Palencia Ortega", "Person", ["Lina Marcela Palencia", "Palencia Ortega"]),
 ("Jaider Antonio Pertuz Mendoza", "Person", ["Jaider Antonio Pertuz", "Pertuz Mendoza"]),
 ("Karen Lucía Abuchaibe Roca", "Person", ["Karen Lucia Abuchaibe Roca", "Karen Lucía Abuchaibe", "Abuchaibe Roca"]),
 ("Ramiro Ospino Cantillo", "Person", ["Ramiro Ospino", "Ospino Cantillo"]),
 ("Galapa", "Place", ["municipio de Galapa"]),
 ("Barranquilla", "Place", ["área metropolitana de Barranquilla"]),
 ("Atlántico", "Place", ["Atlantico", "departamento del Atlántico"]),
 ("Costa Caribe", "Place", []),
 ("Centroamérica", "Place", ["Centroamerica", "Central America"]),
 CO, PE],
roles=[R("Aldo Cáceres Villanueva", "gerente general", "Alimentos Huanchaco", "el gerente general de la empresa, Aldo Cáceres Villanueva"),
       R("Eduardo Marchena Donado", "gobernador", ["Atlántico", "Gobernación del Atlántico"], "con el gobernador del Atlántico, Eduardo Marchena Donado"),
       R("Lina Marcela Palencia Ortega", ["secretaria de Desarrollo Económico", "secretaria"], ["Secretaría de Desarrollo Económico del Atlántico", "Atlántico", "Gobernación del Atlántico"], "la secretaria de Desarrollo Económico del departamento, Lina Marcela Palencia Ortega"),
       R("Jaider Antonio Pertuz Mendoza", "alcalde", ["Galapa", "Alcaldía de Galapa"], "el alcalde de Galapa, Jaider Antonio Pertuz Mendoza"),
       R("Karen Lucía Abuchaibe Roca", "presidenta ejecutiva", "ProBarranquilla", "la presidenta ejecutiva de ProBarranquilla, Karen Lucía Abuchaibe Roca"),
       R("Ramiro Ospino Cantillo", ["director regional", "director regional del SENA"], "Servicio Nacional de Aprendizaje", "el director regional del SENA en el Atlántico, Ramiro Ospino Cantillo")],
inv=[I("Alimentos Huanchaco", ["Galapa", "Atlántico", "Colombia"], 80000000, "USD", "operación a finales de 2027", "planta de producción y centro de distribución", "invertirá US$ 80 millones, unos $ 320.000 millones"),
     I("Alimentos Huanchaco", ["Galapa", "Atlántico", "Colombia"], 320000000000, "COP", None, "equivalente en pesos", "unos $ 320.000 millones", opt=True)],
parts=[P("Alimentos Huanchaco", "Gobernación del Atlántico", "memorando de entendimiento (trámites, mano de obra local)", "luego de firmar con el gobernador del Atlántico, Eduardo Marchena Donado, un memorando de entendimiento", b_alt=["Atlántico"]),
       P("Alimentos Huanchaco", "Servicio Nacional de Aprendizaje", "convenio de formación de aprendices", "en virtud de un convenio firmado con la compañía la semana pasada"),
       P("Bancóldex", "Alimentos Huanchaco", "línea de crédito", "le aprobó una línea de crédito por $ 90.000 millones", opt=True)],
claims=[C("Alimentos Huanchaco", "jobs", 650, "empleos directos", "la planta generará 650 empleos directos en su primera fase"),
        C("Alimentos Huanchaco", "jobs", 1500, "empleos indirectos", "cerca de 1.500 indirectos"),
        C("Servicio Nacional de Aprendizaje", "trainees", 300, "aprendices", "la entidad formará a 300 aprendices"),
        C("ProBarranquilla", "jobs", 4300, "empleos prometidos por 27 proyectos", "que prometen 4.300 empleos en el departamento", opt=True, note="tally of other projects")],
notes="Invented. Barranquilla newspaper with 'Por:' byline and a 'TE PUEDE INTERESAR' chrome line. 'US$ 80 millones, unos $ 320.000 millones' (COP equivalent optional). The memorandum is signed by the company's manager 'con el gobernador': the Gobernación (territory accepted) is the partner. The SENA convenio is told as 'en virtud de un convenio firmado con la compañía' in a sentence whose subject is the SENA director. The investment-promotion agency 'acompañó' the company (facilitator: role, no partnership). The Bancóldex credit line is an optional loan link, never an investment; the agency's tally of 27 projects and their jobs, and the unemployment rate, are background (optional or no fact).")

A("r10", "es", "2026-04-08", "https://example.org/lambayeque/regional/2026/04/08/arandanos-illimo-motupe-oxi",
"""Gobierno Regional de Lambayeque firma convenio de Obras por Impuestos con Arándanos Íllimo, que invertirá US$ 120 millones en Motupe

Chiclayo.- La agroexportadora Arándanos Íllimo S.A.C., subsidiaria del grupo chileno Agrícola Cordillera Nevada, ejecutará una inversión de US$ 120 millones entre 2026 y 2028 para instalar una planta de procesamiento y congelado de arándanos y una central de frío en el distrito de Motupe, anunció ayer el gobernador regional de Lambayeque, Jorge Luis Chafloque Vidaurre.

El anuncio se dio durante la firma de un convenio de inversión bajo el mecanismo de Obras por Impuestos, mediante el cual la empresa financiará y ejecutará el mejoramiento de 18 kilómetros de la carretera Motupe–Chóchope, con un presupuesto de S/ 46 millones que el Gobierno Regional le devolverá mediante Certificados de Inversión Pública Regional y Local (CIPRL).

Firmaron el documento el gobernador Chafloque y el gerente general de Arándanos Íllimo, el ingeniero chileno Cristián Larraín Echenique, en presencia del gerente regional de Desarrollo Productivo, Manuel Antonio Siesquén Llontop; del alcalde distrital de Motupe, Wilmer Sandoval Ñiquen, y de la directora de Inversiones Descentralizadas de Proinversión, Rocío Farfán Lazo, cuya institución asesoró al Gobierno Regional en la estructuración del proyecto vial.

Larraín explicó que la planta tendrá capacidad para procesar 60.000 toneladas de fruta por campaña y que, en temporada alta, dará trabajo a 2.800 personas, además de 320 empleos permanentes. "Queremos que el arándano de Lambayeque salga congelado y con marca, no solo fresco", dijo.

La empresa suscribió también un convenio marco con la Universidad Nacional Pedro Ruiz Gallo (UNPRG) para que 80 estudiantes de Agronomía e Ingeniería Agrícola realicen sus prácticas preprofesionales en sus fundos y en la nueva planta. El rector de la UNPRG, Víctor Hugo Cajusol Bances, destacó que es el primer acuerdo de ese tipo con una agroexportadora de capitales extranjeros.

Según cifras regionales, Lambayeque exportó US$ 1.150 millones en productos agropecuarios en 2025, y el arándano representó el 31 % de ese monto. La región tiene hoy unas 9.400 hectáreas de arándano instaladas, casi el triple que hace cinco años.

El Gobierno Regional prevé firmar este año otros tres convenios de Obras por Impuestos por un total de S/ 210 millones, informó Siesquén.""",
[("Arándanos Íllimo", "Organization", ["Arandanos Illimo", "Arándanos Íllimo S.A.C.", "Arandanos Illimo S.A.C."]),
 ("Agrícola Cordillera Nevada", "Organization", ["Agricola Cordillera Nevada", "grupo Agrícola Cordillera Nevada"]),
 ("Gobierno Regional de Lambayeque", "Organization", ["GORE Lambayeque"]),
 ("Gerencia Regional de Desarrollo Productivo de Lambayeque", "Organization", ["Gerencia Regional de Desarrollo Productivo"]),
 ("Municipalidad Distrital de Motupe", "Organization", ["Municipalidad de Motupe"]),
 ("Proinversión", "Organization", ["ProInversión", "Proinversion", "Agencia de Promoción de la Inversión Privada"]),
 ("Universidad Nacional Pedro Ruiz Gallo", "Organization", ["UNPRG"]),
 ("Jorge Luis Chafloque Vidaurre", "Person", ["Jorge Luis Chafloque", "Chafloque Vidaurre", "Chafloque"]),
 ("Cristián Larraín Echenique", "Person", ["Cristian Larrain Echenique", "Cristián Larraín", "Larraín Echenique"]),
 ("Manuel Antonio Siesquén Llontop", "Person", ["Manuel Antonio Siesquen Llontop", "Manuel Antonio Siesquén", "Siesquén Llontop"]),
 ("Wilmer Sandoval Ñiquen", "Person", ["Wilmer Sandoval Niquen", "Wilmer Sandoval", "Sandoval Ñiquen"]),
 ("Rocío Farfán Lazo", "Person", ["Rocio Farfan Lazo", "Rocío Farfán", "Farfán Lazo"]),
 ("Víctor Hugo Cajusol Bances", "Person", ["Victor Hugo Cajusol Bances", "Víctor Hugo Cajusol", "Cajusol Bances"]),
 ("Motupe", "Place", ["distrito de Motupe"]),
 ("Chóchope", "Place", ["Chochope"]),
 ("Chiclayo", "Place", []),
 ("Lambayeque", "Place", ["región Lambayeque"]),
 PE, CL],
roles=[R("Jorge Luis Chafloque Vidaurre", ["gobernador regional", "gobernador"], ["Lambayeque", "Gobierno Regional de Lambayeque"], "el gobernador regional de Lambayeque, Jorge Luis Chafloque Vidaurre"),
       R("Cristián Larraín Echenique", "gerente general", "Arándanos Íllimo", "el gerente general de Arándanos Íllimo, el ingeniero chileno Cristián Larraín Echenique"),
       R("Manuel Antonio Siesquén Llontop", ["gerente regional de Desarrollo Productivo", "gerente regional"], ["Gerencia Regional de Desarrollo Productivo de Lambayeque", "Gobierno Regional de Lambayeque", "Lambayeque"], "del gerente regional de Desarrollo Productivo, Manuel Antonio Siesquén Llontop"),
       R("Wilmer Sandoval Ñiquen", ["alcalde distrital", "alcalde"], ["Motupe", "Municipalidad Distrital de Motupe"], "del alcalde distrital de Motupe, Wilmer Sandoval Ñiquen"),
       R("Rocío Farfán Lazo", ["directora de Inversiones Descentralizadas", "directora"], "Proinversión", "de la directora de Inversiones Descentralizadas de Proinversión, Rocío Farfán Lazo"),
       R("Víctor Hugo Cajusol Bances", "rector", "Universidad Nacional Pedro Ruiz Gallo", "El rector de la UNPRG, Víctor Hugo Cajusol Bances")],
inv=[I("Arándanos Íllimo", ["Motupe", "Lambayeque", "Peru"], 120000000, "USD", "entre 2026 y 2028", "planta de procesamiento y congelado de arándanos y central de frío", "ejecutará una inversión de US$ 120 millones entre 2026 y 2028", alts=["Agrícola Cordillera Nevada"]),
     I("Arándanos Íllimo", ["Motupe", "Chóchope", "Lambayeque", "Peru"], 46000000, "PEN", None, "carretera Motupe–Chóchope por Obras por Impuestos (obra pública)", "con un presupuesto de S/ 46 millones", opt=True, alts=["Gobierno Regional de Lambayeque"])],
parts=[P("Gobierno Regional de Lambayeque", "Arándanos Íllimo", "convenio de inversión por Obras por Impuestos", "El anuncio se dio durante la firma de un convenio de inversión bajo el mecanismo de Obras por Impuestos"),
       P("Arándanos Íllimo", "Universidad Nacional Pedro Ruiz Gallo", "convenio marco de prácticas preprofesionales", "La empresa suscribió también un convenio marco con la Universidad Nacional Pedro Ruiz Gallo (UNPRG)")],
claims=[C("Arándanos Íllimo", "jobs", 2800, "puestos en temporada alta", "en temporada alta, dará trabajo a 2.800 personas"),
        C("Arándanos Íllimo", "jobs", 320, "empleos permanentes", "además de 320 empleos permanentes"),
        C("Universidad Nacional Pedro Ruiz Gallo", "trainees", 80, "estudiantes en prácticas preprofesionales", "para que 80 estudiantes de Agronomía e Ingeniería Agrícola realicen sus prácticas"),
        C("Arándanos Íllimo", "other", 60000, "toneladas por campaña", "procesar 60.000 toneladas de fruta por campaña", opt=True, note="capacity")],
notes="Invented. Peruvian regional newspaper ('Chiclayo.-' dateline). 'ejecutará una inversión de US$ 120 millones' by a subsidiary of a Chilean group (parent accepted); the investment is announced by the regional governor. The Obras por Impuestos 'convenio de inversión' is a required partnership (probes4); the road's S/ 46 millones is an optional public-works row. Officials after 'en presencia del ...; del ..., y de la ...' with titles before names and commas; a Peruvian 'gerente regional' (gerencia + regional government + region) and an 'alcalde distrital'. Proinversión advised the region (facilitator: role, no partnership). Seasonal jobs are required (probes4 'seasonal'). Export figures, hectares and the region's planned OxI total give no fact.")

A("r11", "es", "2026-05-14", "https://example.org/biobio/economia/2026/05/14/moncayo-wind-coronel",
"""Moncayo Wind Systems instalará en Coronel planta de torres eólicas por US$ 95 millones y sella alianza con UdeC e Inacap

CONCEPCIÓN.– La fabricante española de aerogeneradores Moncayo Wind Systems anunció que construirá en el sector Escuadrón, en Coronel, una planta de torres y ensamble de góndolas que requerirá desembolsar US$ 95 millones (cerca de $ 89.000 millones) y que comenzaría a operar en el primer semestre de 2028, para abastecer a los parques eólicos que se levantan entre las regiones del Biobío y La Araucanía.

El proyecto fue presentado ayer en la sede del Gobierno Regional, donde la compañía selló además una alianza con la Universidad de Concepción (UdeC) y con Inacap para formar a 400 técnicos en montaje y mantenimiento de aerogeneradores durante los próximos tres años, en un programa que contará con financiamiento del Gobierno Regional del Biobío por $ 1.800 millones.

"Hoy la mitad de las torres que se instalan en Chile llegan en barco desde Asia o Europa; queremos que se hagan aquí", dijo el gerente general de Moncayo en Chile, Jon Ander Urquiola Bastida, quien precisó que la planta dará empleo directo a 260 personas y que su construcción requerirá a unas 450 personas durante 18 meses.

LEE TAMBIÉN: Puerto de Coronel amplía su sitio 5 para carga de proyectos

Participaron en la ceremonia el gobernador regional del Biobío, Patricio Henríquez Ulloa; la delegada presidencial regional, Carolina Fuentealba Rivas; el seremi de Energía, Marcelo Toloza Parra; el alcalde de Coronel, Boris Chamorro Lagos, y la rectora de la UdeC, Ximena Gajardo Sepúlveda.

El gobernador Henríquez destacó que la planta se instalará en una comuna golpeada por el cierre de las termoeléctricas a carbón, y que el programa de formación dará prioridad a extrabajadores de esas centrales y a mujeres.

El seremi de Energía recordó, por su parte, que el Biobío tiene en evaluación ambiental 14 proyectos eólicos por US$ 3.900 millones y que la región aporta hoy el 19 % de la generación eólica del país.

Moncayo, con sede en Zaragoza, fabrica aerogeneradores de 6 y 7 megawatts y tiene plantas en España, Marruecos y Brasil, donde emplea a unas 3.100 personas.""",
[("Moncayo Wind Systems", "Organization", ["Moncayo"]),
 ("Universidad de Concepción", "Organization", ["UdeC", "Universidad de Concepcion"]),
 ("Inacap", "Organization", ["INACAP"]),
 ("Gobierno Regional del Biobío", "Organization", ["Gobierno Regional del Biobio", "GORE Biobío"]),
 ("Delegación Presidencial Regional del Biobío", "Organization", ["Delegacion Presidencial Regional del Biobio"]),
 ("Ministerio de Energía", "Organization", ["Ministerio de Energia", "Ministerio de Energía de Chile"]),
 ("Municipalidad de Coronel", "Organization", []),
 ("Jon Ander Urquiola Bastida", "Person", ["Jon Ander Urquiola", "Urquiola Bastida"]),
 ("Patricio Henríquez Ulloa", "Person", ["Patricio Henriquez Ulloa", "Patricio Henríquez", "Henríquez Ulloa"]),
 ("Carolina Fuentealba Rivas", "Person", ["Carolina Fuentealba", "Fuentealba Rivas"]),
 ("Marcelo Toloza Parra", "Person", ["Marcelo Toloza", "Toloza Parra"]),
 ("Boris Chamorro Lagos", "Person", ["Boris Chamorro", "Chamorro Lagos"]),
 ("Ximena Gajardo Sepúlveda", "Person", ["Ximena Gajardo Sepulveda", "Ximena Gajardo", "Gajardo Sepúlveda"]),
 ("Coronel", "Place", ["comuna de Coronel"]),
 ("Escuadrón", "Place", ["sector Escuadrón", "Escuadron"]),
 ("Concepción", "Place", ["Concepcion"]),
 ("Biobío", "Place", ["Biobio", "región del Biobío", "Región del Biobío"]),
 ("La Araucanía", "Place", ["Araucanía", "La Araucania"]),
 ("Zaragoza", "Place", []),
 ("Spain", "Place", ["España", "Espagne"]),
 ("Marruecos", "Place", ["Morocco", "Maroc"]),
 ("Asia", "Place", []),
 ("Europe", "Place", ["Europa"]),
 CL, BR],
roles=[R("Jon Ander Urquiola Bastida", ["gerente general", "gerente general en Chile"], "Moncayo Wind Systems", "dijo el gerente general de Moncayo en Chile, Jon Ander Urquiola Bastida"),
       R("Patricio Henríquez Ulloa", ["gobernador regional", "gobernador"], ["Biobío", "Gobierno Regional del Biobío"], "el gobernador regional del Biobío, Patricio Henríquez Ulloa"),
       R("Carolina Fuentealba Rivas", ["delegada presidencial regional", "delegada presidencial"], ["Delegación Presidencial Regional del Biobío", "Biobío", "Chile"], "la delegada presidencial regional, Carolina Fuentealba Rivas"),
       R("Marcelo Toloza Parra", ["seremi de Energía", "seremi", "secretario regional ministerial de Energía"], ["Ministerio de Energía", "Biobío", "Chile"], "el seremi de Energía, Marcelo Toloza Parra"),
       R("Boris Chamorro Lagos", "alcalde", ["Coronel", "Municipalidad de Coronel"], "el alcalde de Coronel, Boris Chamorro Lagos"),
       R("Ximena Gajardo Sepúlveda", "rectora", "Universidad de Concepción", "la rectora de la UdeC, Ximena Gajardo Sepúlveda")],
inv=[I("Moncayo Wind Systems", ["Escuadrón", "Coronel", "Biobío", "Chile"], 95000000, "USD", "operación desde el primer semestre de 2028", "planta de torres y ensamble de góndolas", "una planta de torres y ensamble de góndolas que requerirá desembolsar US$ 95 millones"),
     I("Moncayo Wind Systems", ["Coronel", "Biobío", "Chile"], 89000000000, "CLP", None, "equivalente en pesos", "(cerca de $ 89.000 millones)", opt=True),
     I("Gobierno Regional del Biobío", ["Biobío", "Chile"], 1800000000, "CLP", "próximos tres años", "financiamiento público del programa de formación", "en un programa que contará con financiamiento del Gobierno Regional del Biobío por $ 1.800 millones", opt=True)],
parts=[P("Moncayo Wind Systems", "Universidad de Concepción", "alianza de formación de técnicos eólicos", "la compañía selló además una alianza con la Universidad de Concepción (UdeC)"),
       P("Moncayo Wind Systems", "Inacap", "alianza de formación de técnicos eólicos", "y con Inacap para formar a 400 técnicos"),
       P("Gobierno Regional del Biobío", "Moncayo Wind Systems", "financiamiento del programa", "contará con financiamiento del Gobierno Regional del Biobío", opt=True)],
claims=[C("Moncayo Wind Systems", "trainees", 400, "técnicos en montaje y mantenimiento", "para formar a 400 técnicos en montaje y mantenimiento de aerogeneradores"),
        C("Moncayo Wind Systems", "jobs", 260, "empleos directos", "la planta dará empleo directo a 260 personas"),
        C("Moncayo Wind Systems", "jobs", 450, "personas en construcción", "su construcción requerirá a unas 450 personas durante 18 meses"),
        C("Moncayo Wind Systems", "jobs", 3100, "empleados en España, Marruecos y Brasil", "donde emplea a unas 3.100 personas", opt=True, note="existing workforce")],
notes="Invented. Chilean regional newspaper with 'LEE TAMBIÉN' chrome. 'una planta ... que requerirá desembolsar US$ 95 millones (cerca de $ 89.000 millones)': Chilean '$' is CLP (equivalent optional). 'selló además una alianza con X y con Y': two required rows with the company; the regional government's financing of the program is an optional funding link and an optional public-budget row. Chilean officials listed after 'Participaron en la ceremonia': gobernador regional (region + GORE), delegada presidencial regional (delegación + region + Chile), seremi (ministry + region + Chile), alcalde, rectora. The regional wind-project portfolio and the generation share give no fact; the existing workforce abroad is optional.")

A("r12", "es", "2026-06-04", "https://example.org/mendoza/economia/2026/06/04/cristalerias-pehuenche-lujan-de-cuyo",
"""Una vidriera chilena desembarca en Luján de Cuyo con US$ 60 millones y 250 puestos de trabajo

La fabricante chilena de envases de vidrio Cristalerías Pehuenche confirmó que construirá una planta en el Parque Industrial Provincial de Luján de Cuyo, con una inversión de US$ 60 millones que la firma desembolsará en dos etapas entre 2026 y 2028. La fábrica producirá botellas para las bodegas de Mendoza y San Juan, que hoy importan buena parte de sus envases desde Chile y Brasil.

El anuncio se realizó ayer en Casa de Gobierno, con la presencia del gobernador Tomás Aguinaga Ruiz; la ministra de Producción, Julieta Sarmiento Lúquez; el intendente de Luján de Cuyo, Esteban Lucero Guiñazú, y el presidente de la Unión Comercial e Industrial de Mendoza (UCIM), Raúl Montenegro Pagés.

"Mendoza embotella cerca de 800 millones de litros de vino al año y casi ninguna botella se fabrica aquí. Eso es lo que venimos a cambiar", dijo Felipe Ossandón Vial, gerente general de la compañía, que tiene dos plantas en Chile.

La planta, que será dirigida por el ingeniero mendocino Martín Lucchesi Ortega, hoy gerente de operaciones de la firma en Rancagua, empleará a 250 personas en forma directa cuando funcionen sus dos hornos.

Cristalerías Pehuenche firmó además un convenio con la Facultad Regional Mendoza de la Universidad Tecnológica Nacional (UTN) para capacitar a 120 operarios en fusión, moldeo y control de calidad antes de la puesta en marcha del primer horno, prevista para mediados de 2027.

Por otra parte, el Fondo para la Transformación y el Crecimiento (FTyC) le otorgará un crédito de $ 4.500 millones para la compra de equipamiento de origen nacional, informó la ministra Sarmiento.

La inversión queda por debajo del umbral de US$ 200 millones que exige el Régimen de Incentivo para Grandes Inversiones (RIGI), por lo que la empresa accederá a los beneficios de la ley provincial de promoción industrial, que prevé exenciones de Ingresos Brutos por diez años.

Según la Bolsa de Comercio de Mendoza, la provincia exportó vino por US$ 630 millones en 2025, un 4 % menos que el año anterior, y el costo de los envases representa hasta el 18 % del precio final de una botella de gama media.""",
[("Cristalerías Pehuenche", "Organization", ["Cristalerias Pehuenche", "Pehuenche"]),
 ("Gobierno de Mendoza", "Organization", ["Gobierno de la Provincia de Mendoza"]),
 ("Ministerio de Producción de Mendoza", "Organization", ["Ministerio de Produccion de Mendoza"]),
 ("Municipalidad de Luján de Cuyo", "Organization", ["Municipalidad de Lujan de Cuyo"]),
 ("Unión Comercial e Industrial de Mendoza", "Organization", ["UCIM", "Union Comercial e Industrial de Mendoza"]),
 ("Universidad Tecnológica Nacional", "Organization", ["UTN", "Universidad Tecnologica Nacional", "Facultad Regional Mendoza", "UTN Mendoza"]),
 ("Fondo para la Transformación y el Crecimiento", "Organization", ["FTyC", "Fondo para la Transformacion y el Crecimiento"]),
 ("Bolsa de Comercio de Mendoza", "Organization", []),
 ("Tomás Aguinaga Ruiz", "Person", ["Tomas Aguinaga Ruiz", "Tomás Aguinaga", "Aguinaga Ruiz"]),
 ("Julieta Sarmiento Lúquez", "Person", ["Julieta Sarmiento Luquez", "Julieta Sarmiento", "Sarmiento Lúquez"]),
 ("Esteban Lucero Guiñazú", "Person", ["Esteban Lucero Guinazu", "Esteban Lucero", "Lucero Guiñazú"]),
 ("Raúl Montenegro Pagés", "Person", ["Raul Montenegro Pages", "Raúl Montenegro", "Montenegro Pagés"]),
 ("Felipe Ossandón Vial", "Person", ["Felipe Ossandon Vial", "Felipe Ossandón", "Ossandón Vial"]),
 ("Martín Lucchesi Ortega", "Person", ["Martin Lucchesi Ortega", "Martín Lucchesi", "Lucchesi Ortega"]),
 ("Parque Industrial Provincial de Luján de Cuyo", "Place", ["Parque Industrial Provincial"]),
 ("Luján de Cuyo", "Place", ["Lujan de Cuyo"]),
 ("Mendoza", "Place", ["provincia de Mendoza"]),
 ("San Juan", "Place", []),
 ("Rancagua", "Place", []),
 AR, CL, BR],
roles=[R("Tomás Aguinaga Ruiz", "gobernador", ["Mendoza", "Gobierno de Mendoza"], "con la presencia del gobernador Tomás Aguinaga Ruiz"),
       R("Julieta Sarmiento Lúquez", ["ministra de Producción", "ministra"], ["Ministerio de Producción de Mendoza", "Mendoza", "Gobierno de Mendoza"], "la ministra de Producción, Julieta Sarmiento Lúquez"),
       R("Esteban Lucero Guiñazú", "intendente", ["Luján de Cuyo", "Municipalidad de Luján de Cuyo"], "el intendente de Luján de Cuyo, Esteban Lucero Guiñazú"),
       R("Raúl Montenegro Pagés", "presidente", "Unión Comercial e Industrial de Mendoza", "el presidente de la Unión Comercial e Industrial de Mendoza (UCIM), Raúl Montenegro Pagés"),
       R("Felipe Ossandón Vial", "gerente general", "Cristalerías Pehuenche", "dijo Felipe Ossandón Vial, gerente general de la compañía"),
       R("Martín Lucchesi Ortega", ["director de la planta", "director de planta", "director"], "Cristalerías Pehuenche", "La planta, que será dirigida por el ingeniero mendocino Martín Lucchesi Ortega"),
       R("Martín Lucchesi Ortega", ["gerente de operaciones", "gerente"], "Cristalerías Pehuenche", "hoy gerente de operaciones de la firma en Rancagua")],
inv=[I("Cristalerías Pehuenche", ["Parque Industrial Provincial de Luján de Cuyo", "Luján de Cuyo", "Mendoza", "Argentina"], 60000000, "USD", "en dos etapas entre 2026 y 2028", "planta de envases de vidrio", "con una inversión de US$ 60 millones que la firma desembolsará en dos etapas entre 2026 y 2028")],
parts=[P("Cristalerías Pehuenche", "Universidad Tecnológica Nacional", "convenio de capacitación de operarios", "Cristalerías Pehuenche firmó además un convenio con la Facultad Regional Mendoza de la Universidad Tecnológica Nacional (UTN)"),
       P("Fondo para la Transformación y el Crecimiento", "Cristalerías Pehuenche", "crédito para equipamiento", "le otorgará un crédito de $ 4.500 millones", opt=True)],
claims=[C("Cristalerías Pehuenche", "jobs", 250, "empleos directos", "empleará a 250 personas en forma directa"),
        C("Universidad Tecnológica Nacional", "trainees", 120, "operarios", "para capacitar a 120 operarios en fusión, moldeo y control de calidad")],
notes="Invented. Mendoza newspaper; the headline names no investor ('Una vidriera chilena'), the first sentence does, then 'la firma'/'la compañía'. 'con una inversión de US$ 60 millones que la firma desembolsará en dos etapas'. Officials listed after 'con la presencia del ...; la ...; el ..., y el ...': an Argentine provincial minister (ministry + province), an intendente (municipality), a business-chamber president (attendee: role, no partnership). The manager's post is told after the name with a comma ('dijo X, gerente general de la compañía'); the future plant head ('será dirigida por', required) and his current post ('hoy gerente de operaciones', required). The FTyC credit is an optional loan link, never an investment; the RIGI threshold, the provincial tax break, bottling volumes and exports give no fact.")

A("r13", "es", "2026-03-09", "https://example.org/tlajomulco/comunicacion/2026/03/09/parque-logistico-cajititlan-san-agustin",
"""Anuncia Tlajomulco parque logístico de mil 200 millones de pesos en San Agustín; generará 850 empleos

Tlajomulco de Zúñiga, Jalisco, 9 de marzo de 2026.- La presidenta municipal, Mariela Íñiguez Hermosillo, anunció este lunes que la desarrolladora tapatía Grupo Logístico Cajititlán invertirá mil 200 millones de pesos en la construcción de un parque logístico de 14 naves en la delegación de San Agustín, el cual generará 850 empleos directos cuando esté plenamente ocupado, hacia finales de 2028.

La inversión se realizará en sociedad con Fibra Tonalli, fideicomiso de inversión en bienes raíces que aportará el 40 por ciento del capital, mientras que el resto correrá a cargo de Cajititlán, precisó el director general y cofundador de la desarrolladora, Rodrigo Aceves Plascencia.

En la rueda de prensa, realizada en el Salón de Cabildo, estuvieron también el secretario de Desarrollo Económico del Gobierno de Jalisco, Alfonso Gudiño Lepe; el director de Desarrollo Económico del Ayuntamiento, Jonathan Ruelas Vega, y el regidor Francisco Javier Navarro Lomelí, presidente de la Comisión Edilicia de Promoción Económica.

Íñiguez Hermosillo informó que el Ayuntamiento y la empresa firmaron un convenio de colaboración para que las vacantes del parque se publiquen primero en la bolsa de trabajo municipal, y que Cajititlán suscribió otro con el Centro Universitario de Tlajomulco de la Universidad de Guadalajara para recibir cada año a 90 practicantes de las licenciaturas en Logística y en Comercio Internacional.

"Tlajomulco dejó de ser sólo el dormitorio de Guadalajara; hoy también es donde se trabaja", afirmó la alcaldesa.

En lo que va de la administración municipal, Tlajomulco suma 3 mil 500 millones de pesos de inversión privada en proyectos industriales y logísticos, detalló Ruelas Vega, quien agregó que el municipio otorgará un descuento de 50 por ciento en el impuesto sobre transmisiones patrimoniales a los proyectos que contraten a más de 500 personas.

Por su parte, el secretario Gudiño Lepe destacó que Jalisco registró 2 mil 140 millones de dólares de inversión extranjera directa en 2025 y que la demanda de naves en la zona metropolitana de Guadalajara mantiene una desocupación inferior al 3 por ciento.

Aceves Plascencia adelantó que la primera nave, de 32 mil metros cuadrados, estará lista en el primer trimestre de 2027 y que ya existen cartas de intención de dos operadores de comercio electrónico.

Coordinación General de Comunicación Social""",
[("Grupo Logístico Cajititlán", "Organization", ["Grupo Logistico Cajititlan", "Cajititlán", "Cajititlan"]),
 ("Fibra Tonalli", "Organization", []),
 ("Ayuntamiento de Tlajomulco", "Organization", ["Ayuntamiento de Tlajomulco de Zúñiga", "Gobierno Municipal de Tlajomulco"]),
 ("Secretaría de Desarrollo Económico de Jalisco", "Organization", ["Secretaria de Desarrollo Economico de Jalisco", "Sedeco Jalisco"]),
 ("Gobierno de Jalisco", "Organization", ["Gobierno del Estado de Jalisco"]),
 ("Centro Universitario de Tlajomulco", "Organization", ["CUTlajomulco", "CUTLAJO"]),
 ("Universidad de Guadalajara", "Organization", ["UdeG", "UDG"]),
 ("Mariela Íñiguez Hermosillo", "Person", ["Mariela Iniguez Hermosillo", "Mariela Íñiguez", "Íñiguez Hermosillo"]),
 ("Rodrigo Aceves Plascencia", "Person", ["Rodrigo Aceves", "Aceves Plascencia"]),
 ("Alfonso Gudiño Lepe", "Person", ["Alfonso Gudino Lepe", "Alfonso Gudiño", "Gudiño Lepe"]),
 ("Jonathan Ruelas Vega", "Person", ["Jonathan Ruelas", "Ruelas Vega"]),
 ("Francisco Javier Navarro Lomelí", "Person", ["Francisco Javier Navarro Lomeli", "Francisco Javier Navarro", "Navarro Lomelí"]),
 ("San Agustín", "Place", ["San Agustin", "delegación de San Agustín"]),
 ("Tlajomulco de Zúñiga", "Place", ["Tlajomulco", "Tlajomulco de Zuniga"]),
 ("Guadalajara", "Place", ["zona metropolitana de Guadalajara"]),
 ("Jalisco", "Place", []),
 MX],
roles=[R("Mariela Íñiguez Hermosillo", ["presidenta municipal", "alcaldesa"], ["Tlajomulco de Zúñiga", "Ayuntamiento de Tlajomulco"], "La presidenta municipal, Mariela Íñiguez Hermosillo, anunció este lunes"),
       R("Rodrigo Aceves Plascencia", ["director general y cofundador", "director general", "cofundador"], "Grupo Logístico Cajititlán", "precisó el director general y cofundador de la desarrolladora, Rodrigo Aceves Plascencia"),
       R("Alfonso Gudiño Lepe", ["secretario de Desarrollo Económico", "secretario"], ["Secretaría de Desarrollo Económico de Jalisco", "Jalisco", "Gobierno de Jalisco"], "el secretario de Desarrollo Económico del Gobierno de Jalisco, Alfonso Gudiño Lepe"),
       R("Jonathan Ruelas Vega", ["director de Desarrollo Económico", "director"], ["Ayuntamiento de Tlajomulco", "Tlajomulco de Zúñiga"], "el director de Desarrollo Económico del Ayuntamiento, Jonathan Ruelas Vega"),
       R("Francisco Javier Navarro Lomelí", ["regidor", "presidente de la Comisión Edilicia de Promoción Económica"], ["Ayuntamiento de Tlajomulco", "Tlajomulco de Zúñiga"], "el regidor Francisco Javier Navarro Lomelí, presidente de la Comisión Edilicia de Promoción Económica")],
inv=[I("Grupo Logístico Cajititlán", ["San Agustín", "Tlajomulco de Zúñiga", "Jalisco", "Mexico"], 1200000000, "MXN", "hacia finales de 2028", "parque logístico de 14 naves", "invertirá mil 200 millones de pesos en la construcción de un parque logístico", alts=["Fibra Tonalli"]),
     I("Fibra Tonalli", ["San Agustín", "Tlajomulco de Zúñiga", "Jalisco", "Mexico"], None, "MXN", None, "40 % del capital del parque (coinversionista)", "que aportará el 40 por ciento del capital", opt=True)],
parts=[P("Grupo Logístico Cajititlán", "Fibra Tonalli", "coinversión en el parque logístico", "La inversión se realizará en sociedad con Fibra Tonalli"),
       P("Ayuntamiento de Tlajomulco", "Grupo Logístico Cajititlán", "convenio de colaboración (bolsa de trabajo municipal)", "el Ayuntamiento y la empresa firmaron un convenio de colaboración", a_alt=["Tlajomulco de Zúñiga"]),
       P("Grupo Logístico Cajititlán", "Centro Universitario de Tlajomulco", "convenio de prácticas profesionales", "Cajititlán suscribió otro con el Centro Universitario de Tlajomulco de la Universidad de Guadalajara", b_alt=["Universidad de Guadalajara"])],
claims=[C("Grupo Logístico Cajititlán", "jobs", 850, "empleos directos", "el cual generará 850 empleos directos cuando esté plenamente ocupado"),
        C("Centro Universitario de Tlajomulco", "trainees", 90, "practicantes al año", "para recibir cada año a 90 practicantes")],
notes="Invented. Municipal communiqué from Jalisco. The municipal president announces a private developer's investment ('mil 200 millones de pesos' = 1.2e9 MXN); the jobs are those of future tenants once occupied (required, probes3). Joint investment 'en sociedad con X, que aportará el 40 por ciento del capital': one required row for the developer with the co-investor accepted, an optional co-investor row without an amount of its own, and a required partnership. A municipal convenio de colaboración and a university convenio in one sentence ('firmaron un convenio ..., y que X suscribió otro con Y'). A regidor with a committee chair (title before the name, chair after a comma; org the ayuntamiento and the municipality), a municipal director and a state secretary. The municipal investment tally (3 mil 500 millones), the tax discount, the state's FDI, vacancy rates and unnamed letters of intent give no fact.")

A("r14", "es", "2026-07-16", "https://example.org/yucatan/local/2026/07/16/helios-gredos-tizimin-memorando",
"""Firman Gobierno de Yucatán y Helios Gredos memorando para parque solar de 210 mdd en Tizimín

MÉRIDA.— Un memorando de entendimiento para el desarrollo de un parque solar con almacenamiento en baterías de 280 megawatts en el municipio de Tizimín fue firmado ayer en el Salón de la Historia del Palacio de Gobierno. Lo suscribieron el gobernador Joaquín Pech Canché, en representación del Gobierno del Estado, y el consejero delegado de la compañía española Helios Gredos Renovables, Álvaro Sanz de Oteyza.

De acuerdo con lo expuesto durante la firma, la empresa prevé invertir 210 millones de dólares, alrededor de 3 mil 780 millones de pesos, en un plazo de tres años, y comenzar la construcción en el último trimestre de 2026, una vez que obtenga la autorización de impacto ambiental y el permiso de generación.

PUBLICIDAD

El secretario de Economía y Trabajo, Efraín Cervera Pacheco, explicó que el proyecto generará unos 700 empleos durante la construcción y 45 permanentes en la etapa de operación, y que la energía se venderá a usuarios industriales del estado mediante contratos privados de suministro.

Helios Gredos firmó también un convenio con la Universidad Tecnológica Regional del Oriente (UTRO) para formar a 150 técnicos en instalación fotovoltaica y sistemas de almacenamiento, informó el director general de la empresa para México, Lorenzo Baquedano Rius, quien estará a cargo del proyecto.

Al acto asistieron el embajador de España en México, Fernando Albiñana Casals, y el presidente municipal de Tizimín, Wilberth Dzib Tuz, quien pidió que parte de los empleos se reserven a los ejidatarios que rentarán sus tierras al proyecto. Según el Ayuntamiento, 320 ejidatarios de tres ejidos recibirán un pago anual por el arrendamiento de 600 hectáreas.

"Yucatán necesita energía firme para crecer; un parque solar que guarda su energía para la noche es exactamente lo que nos falta", señaló el mandatario estatal.

El gobernador recordó que el estado captó 412 millones de dólares de inversión extranjera directa en 2025 y que la demanda eléctrica de la península crece a un ritmo de 6 por ciento anual, el doble del promedio nacional.

Helios Gredos opera 1.900 megawatts solares y eólicos en España, Portugal y Chile.""",
[("Helios Gredos Renovables", "Organization", ["Helios Gredos"]),
 ("Gobierno del Estado de Yucatán", "Organization", ["Gobierno de Yucatán", "Gobierno de Yucatan"]),
 ("Secretaría de Economía y Trabajo de Yucatán", "Organization", ["Secretaria de Economia y Trabajo de Yucatan", "Secretaría de Economía y Trabajo"]),
 ("Universidad Tecnológica Regional del Oriente", "Organization", ["UTRO", "Universidad Tecnologica Regional del Oriente"]),
 ("Ayuntamiento de Tizimín", "Organization", ["Ayuntamiento de Tizimin"]),
 ("Joaquín Pech Canché", "Person", ["Joaquin Pech Canche", "Joaquín Pech", "Pech Canché"]),
 ("Álvaro Sanz de Oteyza", "Person", ["Alvaro Sanz de Oteyza", "Sanz de Oteyza"]),
 ("Efraín Cervera Pacheco", "Person", ["Efrain Cervera Pacheco", "Efraín Cervera", "Cervera Pacheco"]),
 ("Lorenzo Baquedano Rius", "Person", ["Lorenzo Baquedano", "Baquedano Rius"]),
 ("Fernando Albiñana Casals", "Person", ["Fernando Albinana Casals", "Fernando Albiñana", "Albiñana Casals"]),
 ("Wilberth Dzib Tuz", "Person", ["Wilberth Dzib", "Dzib Tuz"]),
 ("Tizimín", "Place", ["Tizimin", "municipio de Tizimín"]),
 ("Mérida", "Place", ["Merida"]),
 ("Yucatán", "Place", ["Yucatan", "estado de Yucatán"]),
 ("Spain", "Place", ["España", "Espagne"]),
 ("Portugal", "Place", []),
 ("Chile", "Place", ["Chili"]),
 MX],
roles=[R("Joaquín Pech Canché", ["gobernador", "mandatario estatal"], ["Yucatán", "Gobierno del Estado de Yucatán"], "Lo suscribieron el gobernador Joaquín Pech Canché, en representación del Gobierno del Estado"),
       R("Álvaro Sanz de Oteyza", ["consejero delegado", "CEO"], "Helios Gredos Renovables", "el consejero delegado de la compañía española Helios Gredos Renovables, Álvaro Sanz de Oteyza"),
       R("Efraín Cervera Pacheco", ["secretario de Economía y Trabajo", "secretario"], ["Secretaría de Economía y Trabajo de Yucatán", "Yucatán", "Gobierno del Estado de Yucatán"], "El secretario de Economía y Trabajo, Efraín Cervera Pacheco"),
       R("Lorenzo Baquedano Rius", ["director general para México", "director general", "director del proyecto"], "Helios Gredos Renovables", "el director general de la empresa para México, Lorenzo Baquedano Rius"),
       R("Fernando Albiñana Casals", ["embajador", "embajador de España en México"], "Spain", "el embajador de España en México, Fernando Albiñana Casals"),
       R("Wilberth Dzib Tuz", ["presidente municipal", "alcalde"], ["Tizimín", "Ayuntamiento de Tizimín"], "el presidente municipal de Tizimín, Wilberth Dzib Tuz")],
inv=[I("Helios Gredos Renovables", ["Tizimín", "Yucatán", "Mexico"], 210000000, "USD", "en un plazo de tres años", "parque solar con almacenamiento de 280 MW", "la empresa prevé invertir 210 millones de dólares"),
     I("Helios Gredos Renovables", ["Tizimín", "Yucatán", "Mexico"], 3780000000, "MXN", None, "equivalente en pesos", "alrededor de 3 mil 780 millones de pesos", opt=True)],
parts=[P("Gobierno del Estado de Yucatán", "Helios Gredos Renovables", "memorando de entendimiento (parque solar)", "Lo suscribieron el gobernador Joaquín Pech Canché, en representación del Gobierno del Estado", a_alt=["Yucatán"]),
       P("Helios Gredos Renovables", "Universidad Tecnológica Regional del Oriente", "convenio de formación de técnicos", "Helios Gredos firmó también un convenio con la Universidad Tecnológica Regional del Oriente (UTRO)")],
claims=[C("Helios Gredos Renovables", "jobs", 700, "empleos en construcción", "el proyecto generará unos 700 empleos durante la construcción"),
        C("Helios Gredos Renovables", "jobs", 45, "empleos permanentes", "45 permanentes en la etapa de operación"),
        C("Universidad Tecnológica Regional del Oriente", "trainees", 150, "técnicos", "para formar a 150 técnicos en instalación fotovoltaica"),
        C("Ayuntamiento de Tizimín", "people_reached", 320, "ejidatarios que arriendan tierras", "320 ejidatarios de tres ejidos recibirán un pago anual", opt=True, note="landowners paid for leases"),
        C("Helios Gredos Renovables", "other", 280, "megawatts", "de 280 megawatts en el municipio de Tizimín", opt=True, note="capacity")],
notes="Invented. Yucatán newspaper with a 'PUBLICIDAD' chrome line and an em-dash dateline. The memorandum is told across two sentences: a passive sentence with no parties ('Un memorando ... fue firmado ayer') and 'Lo suscribieron el gobernador X, en representación del Gobierno del Estado, y el consejero delegado de la compañía española Y, Z' (the evidence is the second sentence; state government, state accepted). 'la empresa prevé invertir 210 millones de dólares, alrededor de 3 mil 780 millones de pesos' in the next paragraph with the company as anaphor (MXN equivalent optional). A Spanish 'consejero delegado' (CEO); a Spanish ambassador attended (org Spain; role, no partnership). Private supply contracts with unnamed users give no fact. Landowners paid for leases are optional people_reached (a decision: leases are not program contracts); capacity optional; FDI and demand growth give no fact.")

A("r15", "es", "2026-05-12", "https://example.org/boyaca/prensa/2026/05/12/convenio-uptc-siderurgica-sugamuxi",
"""Gobernación de Boyacá, UPTC y Siderúrgica del Sugamuxi firman convenio para 150 becas y 300 practicantes

Oficina de Prensa y Comunicaciones

Sogamoso, 12 de mayo de 2026. La Gobernación de Boyacá, la Universidad Pedagógica y Tecnológica de Colombia (UPTC) y la Siderúrgica del Sugamuxi S.A. suscribieron este martes un convenio de cooperación por cuatro años, promovido por la empresa, mediante el cual esta financiará 150 becas de matrícula para estudiantes de Ingeniería Metalúrgica, de Minas y Electromecánica de la Seccional Sogamoso de la universidad y recibirá a 300 practicantes en su acería de Nobsa.

El convenio fue firmado por el gobernador, Germán Camargo Sandoval; el rector de la UPTC, Ricardo Alfonso Patiño Cely, y el presidente de la siderúrgica, el brasileño Marcelo Vasconcelos Brandão. Asistieron también la decana de la Facultad Seccional Sogamoso, Luz Stella Pérez Barrera, y el alcalde de Nobsa, Édgar Ávila Rincón.

Vasconcelos informó que la siderúrgica, filial del grupo brasileño Aços Serra Branca, ejecuta una inversión de US$ 45 millones —unos $ 180.000 millones— en un horno de arco eléctrico que entrará en operación en el segundo semestre de 2027, con el que reducirá en 60 % las emisiones de la planta y creará 120 nuevos empleos. Desde 2012, el grupo ha invertido en Boyacá más de US$ 300 millones, añadió.

"No queremos seguir trayendo ingenieros de Bogotá o de Medellín; queremos que salgan de la UPTC y que se queden en Boyacá", afirmó el gobernador Camargo, quien recordó que el corredor industrial Duitama–Sogamoso–Nobsa concentra el 70 % del PIB industrial del departamento.

La compañía, que emplea a 1.350 trabajadores directos y produce 420.000 toneladas de acero largo al año, es el mayor empleador privado de la provincia de Sugamuxi.

Según el rector Patiño, la Seccional Sogamoso tiene 6.800 estudiantes, de los cuales cerca del 40 % provienen de municipios rurales, y el convenio permitirá además actualizar el laboratorio de metalurgia con equipos donados por la empresa.

De acuerdo con el DANE, la tasa de desempleo de Tunja cerró 2025 en 11,2 %.""",
[("Gobernación de Boyacá", "Organization", ["Gobernacion de Boyaca"]),
 ("Universidad Pedagógica y Tecnológica de Colombia", "Organization", ["UPTC", "Universidad Pedagogica y Tecnologica de Colombia"]),
 ("Facultad Seccional Sogamoso", "Organization", ["Seccional Sogamoso", "UPTC Seccional Sogamoso"]),
 ("Siderúrgica del Sugamuxi", "Organization", ["Siderurgica del Sugamuxi", "Siderúrgica del Sugamuxi S.A."]),
 ("Aços Serra Branca", "Organization", ["Acos Serra Branca", "grupo Aços Serra Branca"]),
 ("Alcaldía de Nobsa", "Organization", ["Alcaldia de Nobsa"]),
 ("Departamento Administrativo Nacional de Estadística", "Organization", ["DANE"]),
 ("Germán Camargo Sandoval", "Person", ["German Camargo Sandoval", "Germán Camargo", "Camargo Sandoval"]),
 ("Ricardo Alfonso Patiño Cely", "Person", ["Ricardo Alfonso Patino Cely", "Ricardo Alfonso Patiño", "Patiño Cely"]),
 ("Marcelo Vasconcelos Brandão", "Person", ["Marcelo Vasconcelos Brandao", "Marcelo Vasconcelos", "Vasconcelos Brandão"]),
 ("Luz Stella Pérez Barrera", "Person", ["Luz Stella Perez Barrera", "Luz Stella Pérez", "Pérez Barrera"]),
 ("Édgar Ávila Rincón", "Person", ["Edgar Avila Rincon", "Édgar Ávila", "Ávila Rincón"]),
 ("Sogamoso", "Place", []),
 ("Nobsa", "Place", []),
 ("Duitama", "Place", []),
 ("Tunja", "Place", []),
 ("Bogotá", "Place", ["Bogota"]),
 ("Medellín", "Place", ["Medellin"]),
 ("Sugamuxi", "Place", ["provincia de Sugamuxi"]),
 ("Boyacá", "Place", ["Boyaca", "departamento de Boyacá"]),
 CO, BR],
roles=[R("Germán Camargo Sandoval", "gobernador", ["Boyacá", "Gobernación de Boyacá"], "El convenio fue firmado por el gobernador, Germán Camargo Sandoval"),
       R("Ricardo Alfonso Patiño Cely", "rector", "Universidad Pedagógica y Tecnológica de Colombia", "el rector de la UPTC, Ricardo Alfonso Patiño Cely"),
       R("Marcelo Vasconcelos Brandão", "presidente", "Siderúrgica del Sugamuxi", "el presidente de la siderúrgica, el brasileño Marcelo Vasconcelos Brandão"),
       R("Luz Stella Pérez Barrera", ["decana", "decana de la Facultad Seccional Sogamoso"], ["Facultad Seccional Sogamoso", "Universidad Pedagógica y Tecnológica de Colombia"], "la decana de la Facultad Seccional Sogamoso, Luz Stella Pérez Barrera"),
       R("Édgar Ávila Rincón", "alcalde", ["Nobsa", "Alcaldía de Nobsa"], "el alcalde de Nobsa, Édgar Ávila Rincón")],
inv=[I("Siderúrgica del Sugamuxi", ["Nobsa", "Boyacá", "Colombia"], 45000000, "USD", "operación en el segundo semestre de 2027", "horno de arco eléctrico", "ejecuta una inversión de US$ 45 millones", alts=["Aços Serra Branca"]),
     I("Siderúrgica del Sugamuxi", ["Nobsa", "Boyacá", "Colombia"], 180000000000, "COP", None, "equivalente en pesos", "—unos $ 180.000 millones—", opt=True, alts=["Aços Serra Branca"]),
     I("Aços Serra Branca", ["Boyacá", "Colombia"], 300000000, "USD", "desde 2012", "inversión acumulada (pasada)", "el grupo ha invertido en Boyacá más de US$ 300 millones", opt=True, alts=["Siderúrgica del Sugamuxi"])],
parts=[P("Siderúrgica del Sugamuxi", "Gobernación de Boyacá", "convenio de cooperación (becas y prácticas)", "La Gobernación de Boyacá, la Universidad Pedagógica y Tecnológica de Colombia (UPTC) y la Siderúrgica del Sugamuxi S.A. suscribieron", b_alt=["Boyacá"]),
       P("Siderúrgica del Sugamuxi", "Universidad Pedagógica y Tecnológica de Colombia", "convenio de cooperación (becas y prácticas)", "suscribieron este martes un convenio de cooperación por cuatro años, promovido por la empresa")],
claims=[C("Siderúrgica del Sugamuxi", "trainees", 150, "becas de matrícula", "esta financiará 150 becas de matrícula"),
        C("Siderúrgica del Sugamuxi", "trainees", 300, "practicantes", "recibirá a 300 practicantes en su acería de Nobsa"),
        C("Siderúrgica del Sugamuxi", "jobs", 120, "nuevos empleos", "creará 120 nuevos empleos"),
        C("Siderúrgica del Sugamuxi", "jobs", 1350, "trabajadores directos", "emplea a 1.350 trabajadores directos", opt=True, note="existing workforce"),
        C("Facultad Seccional Sogamoso", "other", 6800, "estudiantes", "la Seccional Sogamoso tiene 6.800 estudiantes", opt=True, note="existing enrolment")],
notes="Invented. Colombian departmental press release. A three-party 'convenio de cooperación ..., promovido por la empresa': the company is the lead (one row per pair with it, none between the Gobernación and the UPTC). Signatories listed after 'fue firmado por el gobernador, X; el rector de la UPTC, Y, y el presidente de la siderúrgica, el brasileño Z' (demonym between title and name); a faculty dean lists the faculty and the university. The investment is ongoing ('ejecuta una inversión de US$ 45 millones —unos $ 180.000 millones—', a subsidiary of a Brazilian group, parent accepted); the COP equivalent and the group's past tally since 2012 are optional. Becas and practicantes are trainees; the workforce and enrolment are optional; the industrial GDP share, output and unemployment give no fact.")
