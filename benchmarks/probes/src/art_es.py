# Spanish articles p13-p24 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])

A("p13", "es", "2026-02-03", "https://example.org/noticias/vextra-energia-parque-solar-sonora",
"""Vextra Energía invertirá 3 mil 200 millones de pesos en parque solar en Sonora

Hermosillo, Son.- La empresa Vextra Energía invertirá 3 mil 200 millones de pesos en la construcción de un parque fotovoltaico de 280 megawatts en el municipio de Hermosillo, Sonora, que entrará en operación a finales de 2027.

El anuncio fue realizado en Palacio de Gobierno por el director general adjunto de Vextra Energía, Joaquín Terán Villegas, y por el secretario de Economía del estado, Arturo Cázares Duarte, quien destacó que el proyecto generará 850 empleos directos e indirectos durante su construcción.

“Sonora tiene la mejor radiación solar del país y hoy lo estamos aprovechando”, dijo el funcionario. Agregó que en lo que va del sexenio la entidad ha captado más de 9 mil millones de dólares de inversión extranjera, cifra que incluye proyectos de distintos sectores.

Terán Villegas explicó que la energía se venderá a empresas manufactureras del parque industrial de la capital del estado mediante contratos de largo plazo. Entre sus futuros compradores mencionó a la armadora Kendrik Motors, con la que aún no se ha firmado contrato.

Como parte del proyecto, Vextra firmó un convenio de colaboración con la Universidad Estatal de Sonora para que 120 estudiantes de ingeniería realicen prácticas profesionales en la planta. La rectora de la institución, Maribel Coronado Leyva, agradeció el apoyo de la compañía.

Vextra Energía, de capital español y mexicano, opera otros dos parques solares en Chihuahua y Zacatecas. Además, la empresa prevé destinar otros 600 millones de pesos a una línea de transmisión de 40 kilómetros en Hermosillo.""",
[("Vextra Energía", "Organization", ["Vextra", "Vextra Energia"]),
 ("Joaquín Terán Villegas", "Person", ["Joaquín Terán", "Terán Villegas"]),
 ("Arturo Cázares Duarte", "Person", ["Arturo Cázares", "Cázares Duarte"]),
 ("Secretaría de Economía de Sonora", "Organization", ["secretario de Economía del estado"]),
 ("Kendrik Motors", "Organization", []),
 ("Universidad Estatal de Sonora", "Organization", ["UES"]),
 ("Maribel Coronado Leyva", "Person", ["Maribel Coronado", "Coronado Leyva"]),
 ("Hermosillo", "Place", []),
 ("Sonora", "Place", ["Estado de Sonora"]),
 MX],
roles=[R("Joaquín Terán Villegas", "director general adjunto", "Vextra Energía", "el director general adjunto de Vextra Energía, Joaquín Terán Villegas"),
       R("Arturo Cázares Duarte", "secretario de Economía", ["Secretaría de Economía de Sonora", "Sonora"], "el secretario de Economía del estado, Arturo Cázares Duarte"),
       R("Maribel Coronado Leyva", "rectora", "Universidad Estatal de Sonora", "La rectora de la institución, Maribel Coronado Leyva")],
inv=[I("Vextra Energía", ["Hermosillo", "Sonora", "Mexico"], 3200000000, "MXN", "operación a finales de 2027", "parque fotovoltaico de 280 MW", "invertirá 3 mil 200 millones de pesos"),
     I("Vextra Energía", ["Hermosillo", "Sonora", "Mexico"], 600000000, "MXN", None, "línea de transmisión de 40 km", "prevé destinar otros 600 millones de pesos")],
parts=[P("Vextra Energía", "Universidad Estatal de Sonora", "prácticas profesionales", "Vextra firmó un convenio de colaboración con la Universidad Estatal de Sonora")],
claims=[C("Vextra Energía", "jobs", 850, "jobs", "generará 850 empleos directos e indirectos"),
        C("Universidad Estatal de Sonora", "trainees", 120, "students", "120 estudiantes de ingeniería realicen prácticas", opt=True, note="interns doing professional practice rather than a training program"),
        C("Vextra Energía", "other", 280, "MW", "parque fotovoltaico de 280 megawatts", opt=True)],
notes="Invented. '3 mil 200 millones de pesos' = 3.2e9 MXN; 'otros 600 millones de pesos' for the transmission line is a second required investment. The 9 mil millones de dólares is the state's accumulated FDI (no investor): not annotated. Kendrik Motors is a prospective buyer without contract: no partnership. 'director general adjunto' is a deputy post. Dateline 'Hermosillo, Son.-' kept.")

A("p14", "es", "2026-03-18", "https://example.org/noticias/grupo-caldeira-apodaca-autopartes",
"""Grupo Caldeira destinará 450 millones de dólares a nueva planta de autopartes en Apodaca

Monterrey, N.L.- El fabricante de autopartes Grupo Caldeira destinará 450 millones de dólares a la construcción de una planta de sistemas de frenado en Apodaca, Nuevo León, informó el gobernador del estado, Eduardo Salinas Garza, en conferencia de prensa.

Acompañado por el presidente ejecutivo de la compañía, Rodrigo Caldeira Montes, el mandatario estatal detalló que la planta generará mil 800 empleos directos en su primera etapa, que concluirá en 2028.

Por su parte, la secretaria de Economía de Nuevo León, Paulina Treviño Lozano, señaló que la inversión se suma a otros 17 proyectos anunciados en el año. “Nuevo León sigue siendo el destino preferido del nearshoring”, afirmó.

La empresa, con sede en Guadalajara, abastecerá a armadoras de Estados Unidos y México. Caldeira Montes indicó que alrededor del 40 por ciento de la producción se exportará.

El analista de la consultora Ábaco Estrategia, Fernando Quiroga, consideró que el anuncio confirma el interés de los proveedores automotrices por el norte del país, aunque advirtió sobre la falta de agua y de energía eléctrica en la zona metropolitana.

En 2022, Grupo Caldeira inauguró una planta en Silao, Guanajuato, con una inversión de 120 millones de dólares. La compañía reportó ventas por 2 mil 300 millones de dólares el año pasado.""",
[("Grupo Caldeira", "Organization", ["Caldeira"]),
 ("Eduardo Salinas Garza", "Person", ["Eduardo Salinas", "Salinas Garza"]),
 ("Rodrigo Caldeira Montes", "Person", ["Rodrigo Caldeira", "Caldeira Montes"]),
 ("Paulina Treviño Lozano", "Person", ["Paulina Treviño", "Treviño Lozano"]),
 ("Secretaría de Economía de Nuevo León", "Organization", []),
 ("Fernando Quiroga", "Person", ["Quiroga"]),
 ("Ábaco Estrategia", "Organization", ["Abaco Estrategia"]),
 ("Apodaca", "Place", []),
 ("Nuevo León", "Place", ["Nuevo Leon", "N.L."]),
 ("Silao", "Place", []),
 ("Guanajuato", "Place", ["Estado de Guanajuato"]),
 MX],
roles=[R("Eduardo Salinas Garza", "gobernador", "Nuevo León", "el gobernador del estado, Eduardo Salinas Garza"),
       R("Rodrigo Caldeira Montes", "presidente ejecutivo", "Grupo Caldeira", "el presidente ejecutivo de la compañía, Rodrigo Caldeira Montes"),
       R("Paulina Treviño Lozano", "secretaria de Economía", ["Secretaría de Economía de Nuevo León", "Nuevo León"], "la secretaria de Economía de Nuevo León, Paulina Treviño Lozano"),
       R("Fernando Quiroga", "analista", "Ábaco Estrategia", "El analista de la consultora Ábaco Estrategia, Fernando Quiroga", opt=True)],
inv=[I("Grupo Caldeira", ["Apodaca", "Nuevo León", "Mexico"], 450000000, "USD", "primera etapa hasta 2028", "planta de sistemas de frenado", "destinará 450 millones de dólares"),
     I("Grupo Caldeira", ["Silao", "Guanajuato", "Mexico"], 120000000, "USD", "2022", "planta inaugurada en 2022 (antecedente)", "con una inversión de 120 millones de dólares", opt=True)],
parts=[],
claims=[C("Grupo Caldeira", "jobs", 1800, "jobs", "generará mil 800 empleos directos")],
notes="Invented. 'mil 800' = 1,800. The governor's state is read from 'del estado' and the dateline. The 2022 Silao plant is a past investment (optional). Sales are not an investment. The analyst's firm is an optional role, and his opinion gives no fact.")

A("p15", "es", "2026-04-21", "https://example.org/noticias/andina-verde-antioquia-sena",
"""Andina Verde prevé invertir 1,2 billones de pesos en Antioquia y se alía con el SENA

Medellín.- La compañía de empaques sostenibles Andina Verde S.A.S. prevé invertir 1,2 billones de pesos entre 2025 y 2028 en una planta de reciclaje de plásticos y papel en el municipio de Rionegro, Antioquia, anunció su presidenta, Luisa Fernanda Restrepo Uribe.

La ministra de Comercio, Industria y Turismo, Camila Ortegón Vargas, asistió al lanzamiento y aseguró que se trata de una de las mayores inversiones industriales del departamento en la última década. Según la funcionaria, la planta creará 1.100 empleos formales.

La empresa también suscribió una alianza con el Servicio Nacional de Aprendizaje (SENA) para formar a 3.000 jóvenes del oriente antioqueño en operación de maquinaria y gestión de residuos. El director regional del SENA en Antioquia, Hernán Gaviria Mejía, explicó que los cursos empezarán en el segundo semestre.

Además, la gobernación de Antioquia otorgará 200 becas para tecnólogos en economía circular.

Restrepo Uribe recordó que la compañía exporta a Ecuador y Centroamérica y que sus ventas superaron los 800.000 millones de pesos en 2025. “Queremos que Rionegro sea el centro del reciclaje en la región andina”, dijo.

El gerente de la firma de inversión Cordillera Partners, Tomás Aristizábal, estimó que el mercado colombiano de empaques reciclables crecerá un 12% anual.""",
[("Andina Verde S.A.S.", "Organization", ["Andina Verde", "Andina Verde SAS"]),
 ("Luisa Fernanda Restrepo Uribe", "Person", ["Luisa Fernanda Restrepo", "Restrepo Uribe"]),
 ("Camila Ortegón Vargas", "Person", ["Camila Ortegón", "Ortegón Vargas"]),
 ("Ministerio de Comercio, Industria y Turismo", "Organization", ["MinCIT", "Mincomercio"]),
 ("Servicio Nacional de Aprendizaje", "Organization", ["SENA"]),
 ("Hernán Gaviria Mejía", "Person", ["Hernán Gaviria", "Gaviria Mejía"]),
 ("Gobernación de Antioquia", "Organization", []),
 ("Cordillera Partners", "Organization", []),
 ("Tomás Aristizábal", "Person", ["Aristizábal"]),
 ("Rionegro", "Place", []),
 ("Antioquia", "Place", []),
 ("Colombia", "Place", ["Colombie"])],
roles=[R("Luisa Fernanda Restrepo Uribe", "presidenta", "Andina Verde S.A.S.", "anunció su presidenta, Luisa Fernanda Restrepo Uribe"),
       R("Camila Ortegón Vargas", "ministra de Comercio, Industria y Turismo", ["Ministerio de Comercio, Industria y Turismo", "Colombia"], "La ministra de Comercio, Industria y Turismo, Camila Ortegón Vargas"),
       R("Hernán Gaviria Mejía", "director regional", "Servicio Nacional de Aprendizaje", "El director regional del SENA en Antioquia, Hernán Gaviria Mejía"),
       R("Tomás Aristizábal", "gerente", "Cordillera Partners", "El gerente de la firma de inversión Cordillera Partners, Tomás Aristizábal", opt=True)],
inv=[I("Andina Verde S.A.S.", ["Rionegro", "Antioquia", "Colombia"], 1200000000000, "COP", "entre 2025 y 2028", "planta de reciclaje de plásticos y papel", "prevé invertir 1,2 billones de pesos entre 2025 y 2028")],
parts=[P("Andina Verde S.A.S.", "Servicio Nacional de Aprendizaje", "formación de jóvenes del oriente antioqueño", "suscribió una alianza con el Servicio Nacional de Aprendizaje")],
claims=[C("Andina Verde S.A.S.", "jobs", 1100, "jobs", "creará 1.100 empleos formales"),
        C("Servicio Nacional de Aprendizaje", "trainees", 3000, "young people", "formar a 3.000 jóvenes"),
        C("Gobernación de Antioquia", "trainees", 200, "scholarships", "otorgará 200 becas")],
notes="Invented. Colombian '1,2 billones de pesos' is 1.2 × 10^12 COP (long-scale billón). The ministry is not named with the country; the country is implied (Colombia). Sales of 800.000 millones de pesos are revenue. The SENA director's title 'director regional ... en Antioquia': org SENA. The investment-firm manager is an optional role; his market estimate is no fact.")

A("p16", "es", "2026-05-12", "https://example.org/noticias/minera-tolhuaca-antofagasta-inversion",
"""Minera Tolhuaca destinará US$ 1.500 millones a ampliar su faena en Antofagasta

Santiago.- Minera Tolhuaca destinará US$ 1.500 millones entre 2025 y 2028 a la ampliación de su mina de cobre Cerro Tolar, ubicada en la comuna de Sierra Gorda, Región de Antofagasta, según informó la compañía en un comunicado enviado a la Comisión para el Mercado Financiero.

La vicepresidenta de operaciones para la región andina de Minera Tolhuaca, Carolina Echeverría Pizarro, explicó que la ampliación permitirá elevar la producción en un 35% y extender la vida útil de la mina hasta 2045. El proyecto demandará unos 3.000 trabajadores en su fase de construcción.

En la presentación estuvo el ministro de Minería, Sergio Valdivia Rojas, quien valoró que la compañía haya optado por usar agua de mar desalada. “Es una inversión que respeta los límites hídricos de la región”, sostuvo.

Los resultados de la empresa acompañan: en 2025 la minera registró ingresos por US$ 4.200 millones.

Por otra parte, Minera Tolhuaca y la empresa estatal Codelco firmaron un memorando de entendimiento para estudiar el uso compartido de una línea de transmisión eléctrica en el desierto. El gerente general de Tolhuaca, Andrés Lagos Muñoz, precisó que el acuerdo no implica por ahora aportes de capital.

La Sociedad Nacional de Minería estima que la cartera de proyectos mineros del país supera los US$ 65.000 millones.""",
[("Minera Tolhuaca", "Organization", ["Tolhuaca"]),
 ("Cerro Tolar", "Organization", ["mina Cerro Tolar"]),
 ("Carolina Echeverría Pizarro", "Person", ["Carolina Echeverría", "Echeverría Pizarro"]),
 ("Sergio Valdivia Rojas", "Person", ["Sergio Valdivia", "Valdivia Rojas"]),
 ("Ministerio de Minería de Chile", "Organization", ["Ministerio de Minería"]),
 ("Codelco", "Organization", ["Corporación Nacional del Cobre"]),
 ("Andrés Lagos Muñoz", "Person", ["Andrés Lagos", "Lagos Muñoz"]),
 ("Sociedad Nacional de Minería", "Organization", ["Sonami"]),
 ("Comisión para el Mercado Financiero", "Organization", ["CMF"]),
 ("Sierra Gorda", "Place", []),
 ("Antofagasta", "Place", ["Región de Antofagasta", "Antofagasta Region"]),
 ("Chile", "Place", ["Chili"])],
roles=[R("Carolina Echeverría Pizarro", "vicepresidenta de operaciones para la región andina", "Minera Tolhuaca", "La vicepresidenta de operaciones para la región andina de Minera Tolhuaca"),
       R("Sergio Valdivia Rojas", "ministro de Minería", ["Ministerio de Minería de Chile", "Chile"], "el ministro de Minería, Sergio Valdivia Rojas"),
       R("Andrés Lagos Muñoz", "gerente general", "Minera Tolhuaca", "El gerente general de Tolhuaca, Andrés Lagos Muñoz")],
inv=[I("Minera Tolhuaca", ["Sierra Gorda", "Antofagasta", "Chile"], 1500000000, "USD", "entre 2025 y 2028", "ampliación de la mina Cerro Tolar", "Minera Tolhuaca destinará US$ 1.500 millones entre 2025 y 2028")],
parts=[P("Minera Tolhuaca", "Codelco", "uso compartido de línea de transmisión", "firmaron un memorando de entendimiento")],
claims=[C("Cerro Tolar", "jobs", 3000, "workers", "unos 3.000 trabajadores en su fase de construcción"),
        C("Cerro Tolar", "other", 35, "percent", "elevar la producción en un 35%", opt=True)],
notes="Invented. 'US$ 1.500 millones' (space after US$, thousands point) = 1.5e9 USD. Revenues (US$ 4.200 millones) and the national pipeline (US$ 65.000 millones) are not investments. The MoU with Codelco is a partnership (exploratory, without capital). The CMF is only the filing recipient.")

A("p17", "es", "2026-06-09", "https://example.org/noticias/agroexportadora-huarmey-ancash-convenio",
"""Agroexportadora Huarmey invertirá S/ 280 millones en Áncash y capacitará a productores

Chimbote.- La Agroexportadora Huarmey S.A.C. invertirá S/ 280 millones en los próximos tres años para instalar 1.500 hectáreas de arándanos y una planta de empaque en la provincia de Huarmey, región Áncash, informó su gerente general, Miguel Ángel Salazar Chávez.

El ejecutivo indicó que el proyecto generará 2.500 puestos de trabajo en temporada alta, la mayoría para mujeres de los distritos vecinos.

Asimismo, la empresa firmó un convenio de colaboración con la Universidad Privada de Chimbote Norte para desarrollar investigación en riego tecnificado. Gracias a este acuerdo, la universidad y la empresa capacitarán a 1.200 pequeños productores de la zona en manejo de agua y sanidad vegetal.

El rector de la universidad, doctor Julio César Mendoza Aguirre, resaltó que el convenio incluye prácticas preprofesionales para 60 estudiantes de agronomía cada año.

Al acto asistió el gobernador regional de Áncash, Wilfredo Cáceda Ramos, quien pidió a la empresa priorizar la contratación local. La agroexportación peruana alcanzó envíos por US$ 12.000 millones en 2025, según la Asociación de Gremios Productores Agrarios.

La compañía forma parte del grupo chileno Frutícola Los Andes, que en 2020 adquirió el 70% de sus acciones.""",
[("Agroexportadora Huarmey S.A.C.", "Organization", ["Agroexportadora Huarmey", "Agroexportadora Huarmey SAC"]),
 ("Miguel Ángel Salazar Chávez", "Person", ["Miguel Ángel Salazar", "Salazar Chávez"]),
 ("Universidad Privada de Chimbote Norte", "Organization", []),
 ("Julio César Mendoza Aguirre", "Person", ["Julio César Mendoza", "Mendoza Aguirre"]),
 ("Wilfredo Cáceda Ramos", "Person", ["Wilfredo Cáceda", "Cáceda Ramos"]),
 ("Gobierno Regional de Áncash", "Organization", []),
 ("Asociación de Gremios Productores Agrarios", "Organization", []),
 ("Frutícola Los Andes", "Organization", []),
 ("Huarmey", "Place", ["provincia de Huarmey"]),
 ("Áncash", "Place", ["Ancash", "región Áncash", "Áncash Region"]),
 ("Peru", "Place", ["Perú", "Pérou"])],
roles=[R("Miguel Ángel Salazar Chávez", "gerente general", "Agroexportadora Huarmey S.A.C.", "informó su gerente general, Miguel Ángel Salazar Chávez"),
       R("Julio César Mendoza Aguirre", "rector", "Universidad Privada de Chimbote Norte", "El rector de la universidad, doctor Julio César Mendoza Aguirre"),
       R("Wilfredo Cáceda Ramos", "gobernador regional", ["Áncash", "Gobierno Regional de Áncash"], "el gobernador regional de Áncash, Wilfredo Cáceda Ramos")],
inv=[I("Agroexportadora Huarmey S.A.C.", ["Huarmey", "Áncash", "Peru"], 280000000, "PEN", "en los próximos tres años", "arándanos y planta de empaque", "invertirá S/ 280 millones en los próximos tres años")],
parts=[P("Agroexportadora Huarmey S.A.C.", "Universidad Privada de Chimbote Norte", "investigación en riego tecnificado", "firmó un convenio de colaboración con la Universidad Privada de Chimbote Norte"),
       P("Frutícola Los Andes", "Agroexportadora Huarmey S.A.C.", None, "que en 2020 adquirió el 70% de sus acciones", opt=True)],
claims=[C("Agroexportadora Huarmey S.A.C.", "jobs", 2500, "jobs", "generará 2.500 puestos de trabajo en temporada alta", note="seasonal peak"),
        C("Universidad Privada de Chimbote Norte", "trainees", 1200, "producers", "capacitarán a 1.200 pequeños productores"),
        C("Universidad Privada de Chimbote Norte", "trainees", 60, "students per year", "prácticas preprofesionales para 60 estudiantes", opt=True),
        C("Agroexportadora Huarmey S.A.C.", "other", 1500, "hectares", "1.500 hectáreas de arándanos", opt=True)],
notes="Invented. 'S/ 280 millones' = 280e6 PEN (soles). The trainees are stated in the sentence after the convenio ('Gracias a este acuerdo'). The parent group's 2020 acquisition of 70% is ownership, background (optional partnership, no amount). Agro exports are a sector statistic. 'doctor' is an honorific, not part of the title.")

A("p18", "es", "2026-08-26", "https://example.org/noticias/quantiva-conalep-jalisco-docentes",
"""Quantiva Software y Conalep Jalisco capacitarán a 2 mil docentes en programación

Guadalajara, Jal.- La empresa tecnológica Quantiva Software y el Colegio de Educación Profesional Técnica del Estado de Jalisco (Conalep Jalisco) firmaron un memorando de entendimiento para lanzar el programa “Código Jalisco”, con el que capacitarán a 2 mil docentes de educación media superior en programación e inteligencia artificial durante los próximos dos años.

En la firma participaron la directora general de Conalep Jalisco, Norma Elizabeth Ruvalcaba Íñiguez, y el vicepresidente de Quantiva para México y Centroamérica, Santiago Ledesma Orozco, así como el secretario de Educación del estado, Alfonso Pérez Gallardo, en calidad de testigo de honor.

Ledesma Orozco informó que la compañía otorgará además 500 becas de certificación a estudiantes y que los contenidos llegarán a unos 40 mil alumnos de los 14 planteles del subsistema.

“No se trata de una donación, sino de una alianza de largo plazo”, subrayó Ruvalcaba Íñiguez.

Quantiva, que cuenta con un centro de desarrollo en Zapopan con 900 ingenieros, ya había colaborado en 2023 con la Universidad de Guadalajara en un programa de prácticas profesionales.

La Cámara Nacional de la Industria Electrónica estimó que el sector de tecnologías de la información en Jalisco requiere 15 mil profesionales adicionales cada año.""",
[("Quantiva Software", "Organization", ["Quantiva"]),
 ("Conalep Jalisco", "Organization", ["Colegio de Educación Profesional Técnica del Estado de Jalisco"]),
 ("Código Jalisco", "Program", ["Codigo Jalisco"]),
 ("Norma Elizabeth Ruvalcaba Íñiguez", "Person", ["Norma Elizabeth Ruvalcaba", "Ruvalcaba Íñiguez"]),
 ("Santiago Ledesma Orozco", "Person", ["Santiago Ledesma", "Ledesma Orozco"]),
 ("Alfonso Pérez Gallardo", "Person", ["Alfonso Pérez", "Pérez Gallardo"]),
 ("Secretaría de Educación Jalisco", "Organization", ["secretario de Educación del estado"]),
 ("Universidad de Guadalajara", "Organization", ["UdeG"]),
 ("Cámara Nacional de la Industria Electrónica", "Organization", ["Canieti"]),
 ("Guadalajara", "Place", []),
 ("Zapopan", "Place", []),
 ("Jalisco", "Place", []),
 MX],
roles=[R("Norma Elizabeth Ruvalcaba Íñiguez", "directora general", "Conalep Jalisco", "la directora general de Conalep Jalisco, Norma Elizabeth Ruvalcaba Íñiguez"),
       R("Santiago Ledesma Orozco", "vicepresidente para México y Centroamérica", "Quantiva Software", "el vicepresidente de Quantiva para México y Centroamérica, Santiago Ledesma Orozco"),
       R("Alfonso Pérez Gallardo", "secretario de Educación", ["Secretaría de Educación Jalisco", "Jalisco"], "el secretario de Educación del estado, Alfonso Pérez Gallardo")],
inv=[],
parts=[P("Quantiva Software", "Conalep Jalisco", "Código Jalisco", "firmaron un memorando de entendimiento para lanzar el programa"),
       P("Quantiva Software", "Universidad de Guadalajara", "prácticas profesionales (2023)", "ya había colaborado en 2023 con la Universidad de Guadalajara", opt=True)],
claims=[C("Código Jalisco", "trainees", 2000, "teachers", "capacitarán a 2 mil docentes"),
        C("Quantiva Software", "trainees", 500, "scholarships", "otorgará además 500 becas de certificación"),
        C("Código Jalisco", "people_reached", 40000, "students", "llegarán a unos 40 mil alumnos"),
        C("Quantiva Software", "jobs", 900, "engineers", "un centro de desarrollo en Zapopan con 900 ingenieros", opt=True, note="existing workforce")],
notes="Invented. No investment amount. The state education secretary is a witness of honour, not a party (no partnership). The 2023 UdeG collaboration is past (optional). Canieti's 15 mil professionals is a sector need, not a claim about these parties. 'vicepresidente de Quantiva para México y Centroamérica': the org sits inside the title.")

A("p19", "es", "2026-09-15", "https://example.org/noticias/petroandes-vaca-muerta-rigi",
"""Petroandes presentó al RIGI un plan de US$ 2.400 millones para Vaca Muerta

Neuquén.- La petrolera Petroandes Energía presentó ante el Régimen de Incentivo para Grandes Inversiones (RIGI) un proyecto por US$ 2.400 millones para desarrollar el bloque Loma Alta Norte, en la provincia de Neuquén, durante los próximos seis años.

El presidente y CEO de la compañía, Horacio Benvenuto, afirmó que la iniciativa permitirá perforar 180 pozos y crear 2.000 empleos directos. “Es el proyecto más ambicioso de nuestra historia”, sostuvo.

El gobernador neuquino, Marcelo Tassara, celebró la presentación y recordó que la provincia ya concentra más de la mitad de la producción de petróleo del país. La ministra de Energía provincial, Graciela Ñancucheo, indicó que el proyecto incluye un oleoducto de 90 kilómetros.

Versiones periodísticas señalaron que Petroandes podría asociarse con una petrolera estadounidense para financiar la segunda etapa, algo que la empresa no confirmó.

Según la consultora Patagonia Energy Research, dirigida por el economista Julián Iturbe, las exportaciones de crudo de Neuquén podrían superar los US$ 10.000 millones anuales hacia 2030.

El año pasado, Petroandes había invertido US$ 650 millones en la provincia, principalmente en el bloque vecino de Aguada Brava.""",
[("Petroandes Energía", "Organization", ["Petroandes", "Petroandes Energia"]),
 ("Régimen de Incentivo para Grandes Inversiones", "Program", ["RIGI"]),
 ("Loma Alta Norte", "Organization", ["bloque Loma Alta Norte"]),
 ("Horacio Benvenuto", "Person", ["Benvenuto"]),
 ("Marcelo Tassara", "Person", ["Tassara"]),
 ("Graciela Ñancucheo", "Person", ["Ñancucheo"]),
 ("Ministerio de Energía de Neuquén", "Organization", ["Ministerio de Energía"]),
 ("Patagonia Energy Research", "Organization", []),
 ("Julián Iturbe", "Person", ["Iturbe"]),
 ("Neuquén", "Place", ["Neuquen", "provincia de Neuquén", "Neuquén Province"]),
 ("Argentina", "Place", ["Argentine"])],
roles=[R("Horacio Benvenuto", ["presidente y CEO", "presidente", "CEO"], "Petroandes Energía", "El presidente y CEO de la compañía, Horacio Benvenuto"),
       R("Marcelo Tassara", "gobernador", "Neuquén", "El gobernador neuquino, Marcelo Tassara"),
       R("Graciela Ñancucheo", "ministra de Energía", ["Ministerio de Energía de Neuquén", "Neuquén"], "La ministra de Energía provincial, Graciela Ñancucheo"),
       R("Julián Iturbe", "director", "Patagonia Energy Research", "dirigida por el economista Julián Iturbe", opt=True)],
inv=[I("Petroandes Energía", ["Neuquén", "Argentina"], 2400000000, "USD", "durante los próximos seis años", "desarrollo del bloque Loma Alta Norte", "un proyecto por US$ 2.400 millones"),
     I("Petroandes Energía", ["Neuquén", "Argentina"], 650000000, "USD", "el año pasado", "inversión pasada en Aguada Brava (antecedente)", "Petroandes había invertido US$ 650 millones", opt=True)],
parts=[],
claims=[C("Petroandes Energía", "jobs", 2000, "jobs", "crear 2.000 empleos directos"),
        C("Loma Alta Norte", "other", 180, "wells", "perforar 180 pozos", opt=True)],
notes="Invented. Demonym for the org: 'El gobernador neuquino' = governor of Neuquén; 'La ministra de Energía provincial' = Neuquén's. 'presidente y CEO' compound title, either half accepted. The US partner is a press rumour (no fact). The analyst is only 'dirigida por' (optional role, director of the firm). Projected exports are not investments. Last year's US$ 650 millones is past (optional).")

A("p20", "es", "2026-10-07", "https://example.org/noticias/lacteos-arapey-paysandu-planta",
"""Lácteos Arapey invertirá US$ 95 millones en una nueva planta en Paysandú

Montevideo.- La cooperativa Lácteos Arapey anunció una inversión de US$ 95 millones para construir una planta de leche en polvo y quesos en la ciudad de Paysandú, con la que espera duplicar su capacidad de procesamiento hacia 2028.

El anuncio se realizó en la Torre Ejecutiva con la presencia del ministro de Industria, Energía y Minería, Gonzalo Irureta Sosa, y del intendente de Paysandú, Álvaro Benítez Olivera. El presidente de la cooperativa, Néstor Piriz, detalló que la obra ocupará a 500 operarios durante la construcción y que la planta contará con 320 puestos de trabajo permanentes.

Lácteos Arapey también firmó un acuerdo con el Instituto Nacional de Investigación Agropecuaria (INIA) para mejorar la productividad de los tambos remitentes. Según el acuerdo, técnicos de ambas instituciones asistirán a 1.800 productores lecheros del litoral.

El ministro Irureta destacó que la lechería representa cerca del 1,5% del producto interno bruto del país.

El proyecto será financiado en parte con un préstamo del Banco República. La cooperativa exportó productos por US$ 310 millones en 2025, principalmente a Argelia, Brasil y China.""",
[("Lácteos Arapey", "Organization", ["Arapey", "Lacteos Arapey"]),
 ("Gonzalo Irureta Sosa", "Person", ["Gonzalo Irureta", "Irureta"]),
 ("Ministerio de Industria, Energía y Minería", "Organization", ["MIEM"]),
 ("Álvaro Benítez Olivera", "Person", ["Álvaro Benítez", "Benítez Olivera"]),
 ("Intendencia de Paysandú", "Organization", []),
 ("Néstor Piriz", "Person", ["Piriz"]),
 ("Instituto Nacional de Investigación Agropecuaria", "Organization", ["INIA"]),
 ("Banco República", "Organization", ["BROU", "Banco de la República Oriental del Uruguay"]),
 ("Paysandú", "Place", ["Paysandu"]),
 ("Uruguay", "Place", []),
 ("Montevideo", "Place", [])],
roles=[R("Gonzalo Irureta Sosa", "ministro de Industria, Energía y Minería", ["Ministerio de Industria, Energía y Minería", "Uruguay"], "del ministro de Industria, Energía y Minería, Gonzalo Irureta Sosa"),
       R("Álvaro Benítez Olivera", "intendente", ["Paysandú", "Intendencia de Paysandú"], "del intendente de Paysandú, Álvaro Benítez Olivera"),
       R("Néstor Piriz", "presidente", "Lácteos Arapey", "El presidente de la cooperativa, Néstor Piriz")],
inv=[I("Lácteos Arapey", ["Paysandú", "Uruguay"], 95000000, "USD", "hacia 2028", "planta de leche en polvo y quesos", "anunció una inversión de US$ 95 millones")],
parts=[P("Lácteos Arapey", "Instituto Nacional de Investigación Agropecuaria", "productividad de tambos", "también firmó un acuerdo con el Instituto Nacional de Investigación Agropecuaria"),
       P("Lácteos Arapey", "Banco República", "préstamo", "financiado en parte con un préstamo del Banco República", opt=True)],
claims=[C("Lácteos Arapey", "jobs", 500, "workers", "ocupará a 500 operarios durante la construcción"),
        C("Lácteos Arapey", "jobs", 320, "jobs", "320 puestos de trabajo permanentes"),
        C("Instituto Nacional de Investigación Agropecuaria", "people_reached", 1800, "producers", "asistirán a 1.800 productores lecheros"),
        C("Uruguay", "gdp_contribution", 1.5, "percent", "cerca del 1,5% del producto interno bruto", opt=True, note="dairy sector share, not the project's")],
notes="Invented. Uruguay's 'intendente' is the head of a department (Paysandú). A bank loan is optional as a partnership. Exports are not investments. The dairy sector GDP share is optional (sector statistic). The investment is a noun phrase ('anunció una inversión de').")

A("p21", "es", "2026-11-11", "https://example.org/noticias/textiles-quetzal-escuintla",
"""Textiles del Pacífico Quetzal invertirá Q 400 millones en Escuintla

Ciudad de Guatemala.- La empresa de confección Textiles del Pacífico Quetzal invertirá Q 400 millones, unos US$ 52 millones, en un complejo de hilado y tejido en el municipio de Masagua, Escuintla, que comenzará a operar en 2027, informó la ministra de Economía, Lesbia Castañeda Morales.

La funcionaria explicó que la planta generará 2.500 empleos formales y que la empresa exportará la totalidad de su producción a Estados Unidos bajo el tratado de libre comercio regional.

El gerente de operaciones de la compañía, Byron Alvarado Cifuentes, indicó que el proyecto se ejecutará en alianza con la firma coreana Hanul Textile, que aportará la maquinaria y la tecnología. Ambas empresas constituirán una sociedad en la que la guatemalteca tendrá el 51% de participación.

La Asociación Guatemalteca de Exportadores indicó que el sector de vestuario y textiles exportó US$ 1.700 millones el año pasado y emplea a unas 100 mil personas.

Alvarado Cifuentes añadió que la empresa, junto con el Instituto Técnico de Capacitación y Productividad (Intecap), formará a 800 operarias antes de la apertura. El alcalde de Masagua, Edgar Ramírez Polanco, pidió que se contrate a vecinos del municipio.""",
[("Textiles del Pacífico Quetzal", "Organization", ["Textiles Quetzal", "Textiles del Pacifico Quetzal"]),
 ("Lesbia Castañeda Morales", "Person", ["Lesbia Castañeda", "Castañeda Morales"]),
 ("Ministerio de Economía de Guatemala", "Organization", ["Ministerio de Economía", "Mineco", "Economy Ministry"]),
 ("Byron Alvarado Cifuentes", "Person", ["Byron Alvarado", "Alvarado Cifuentes"]),
 ("Hanul Textile", "Organization", ["Hanul"]),
 ("Asociación Guatemalteca de Exportadores", "Organization", ["Agexport"]),
 ("Instituto Técnico de Capacitación y Productividad", "Organization", ["Intecap", "INTECAP"]),
 ("Edgar Ramírez Polanco", "Person", ["Edgar Ramírez", "Ramírez Polanco"]),
 ("Municipalidad de Masagua", "Organization", []),
 ("Masagua", "Place", []),
 ("Escuintla", "Place", ["Escuintla Department"]),
 ("Guatemala", "Place", []),
 ("Ciudad de Guatemala", "Place", [])],
roles=[R("Lesbia Castañeda Morales", "ministra de Economía", ["Ministerio de Economía de Guatemala", "Guatemala"], "informó la ministra de Economía, Lesbia Castañeda Morales"),
       R("Byron Alvarado Cifuentes", "gerente de operaciones", "Textiles del Pacífico Quetzal", "El gerente de operaciones de la compañía, Byron Alvarado Cifuentes"),
       R("Edgar Ramírez Polanco", "alcalde", ["Masagua", "Municipalidad de Masagua"], "El alcalde de Masagua, Edgar Ramírez Polanco")],
inv=[I("Textiles del Pacífico Quetzal", ["Masagua", "Escuintla", "Guatemala"], 400000000, "GTQ", "operación en 2027", "complejo de hilado y tejido", "invertirá Q 400 millones"),
     I("Textiles del Pacífico Quetzal", ["Masagua", "Escuintla", "Guatemala"], 52000000, "USD", "operación en 2027", "USD equivalent", "unos US$ 52 millones", opt=True)],
parts=[P("Textiles del Pacífico Quetzal", "Hanul Textile", "sociedad para el complejo textil", "en alianza con la firma coreana Hanul Textile"),
       P("Textiles del Pacífico Quetzal", "Instituto Técnico de Capacitación y Productividad", "formación de operarias", "junto con el Instituto Técnico de Capacitación y Productividad")],
claims=[C("Textiles del Pacífico Quetzal", "jobs", 2500, "jobs", "generará 2.500 empleos formales"),
        C("Instituto Técnico de Capacitación y Productividad", "trainees", 800, "workers", "formará a 800 operarias"),
        C("Asociación Guatemalteca de Exportadores", "jobs", 100000, "people", "emplea a unas 100 mil personas", opt=True, note="sector employment")],
notes="Invented. 'Q 400 millones' = 400e6 GTQ (quetzales); USD equivalent optional. Hanul Textile is a partner (alliance and joint company) but contributes machinery, no amount: no investment row for it. The Intecap training is a partnership stated with 'junto con'. Sector exports are not investments.")

A("p22", "es", "2026-07-21", "https://example.org/noticias/ylb-kestrel-litio-uyuni",
"""YLB y Kestrel Lithium firman convenio para planta de litio en Potosí

La Paz.- La estatal Yacimientos de Litio Bolivianos (YLB) y la empresa canadiense Kestrel Lithium Technologies firmaron un convenio para construir una planta de extracción directa de litio en el salar de Uyuni, en el departamento de Potosí, con una inversión de 600 millones de dólares a cargo de la compañía extranjera.

El documento fue suscrito por el presidente ejecutivo de YLB, Franz Mamani Choque, y por la vicepresidenta de desarrollo de negocios de Kestrel, Rebecca Holloway, en un acto encabezado por el ministro de Hidrocarburos y Energías, Jhonny Quiroga Vaca.

Según el ministro, la planta producirá 20.000 toneladas de carbonato de litio al año y generará 1.200 empleos directos en su fase de construcción. El convenio debe ser aprobado por la Asamblea Legislativa Plurinacional.

El Comité Cívico Potosinista, presidido por Marco Antonio Condo, exigió que las regalías queden en el departamento.

Bolivia firmó en años anteriores acuerdos similares con empresas de China y Rusia, que todavía no han entrado en producción. Expertos estiman que el país tiene los mayores recursos de litio del mundo, unos 23 millones de toneladas.

La empresa canadiense aseguró que capacitará a 300 técnicos bolivianos en su centro de Vancouver.""",
[("Yacimientos de Litio Bolivianos", "Organization", ["YLB"]),
 ("Kestrel Lithium Technologies", "Organization", ["Kestrel Lithium", "Kestrel"]),
 ("Franz Mamani Choque", "Person", ["Franz Mamani", "Mamani Choque"]),
 ("Rebecca Holloway", "Person", ["Holloway"]),
 ("Jhonny Quiroga Vaca", "Person", ["Jhonny Quiroga", "Quiroga Vaca"]),
 ("Ministerio de Hidrocarburos y Energías", "Organization", []),
 ("Comité Cívico Potosinista", "Organization", ["Comcipo"]),
 ("Marco Antonio Condo", "Person", ["Condo"]),
 ("Asamblea Legislativa Plurinacional", "Organization", []),
 ("Uyuni", "Place", ["salar de Uyuni"]),
 ("Potosí", "Place", ["Potosi", "departamento de Potosí", "Potosí Department"]),
 ("Bolivia", "Place", ["Bolivie"]),
 ("La Paz", "Place", []),
 ("Vancouver", "Place", [])],
roles=[R("Franz Mamani Choque", "presidente ejecutivo", "Yacimientos de Litio Bolivianos", "el presidente ejecutivo de YLB, Franz Mamani Choque"),
       R("Rebecca Holloway", "vicepresidenta de desarrollo de negocios", "Kestrel Lithium Technologies", "la vicepresidenta de desarrollo de negocios de Kestrel, Rebecca Holloway"),
       R("Jhonny Quiroga Vaca", "ministro de Hidrocarburos y Energías", ["Ministerio de Hidrocarburos y Energías", "Bolivia"], "el ministro de Hidrocarburos y Energías, Jhonny Quiroga Vaca"),
       R("Marco Antonio Condo", "presidente", "Comité Cívico Potosinista", "presidido por Marco Antonio Condo")],
inv=[I("Kestrel Lithium Technologies", ["Uyuni", "Potosí", "Bolivia"], 600000000, "USD", None, "planta de extracción directa de litio", "con una inversión de 600 millones de dólares a cargo de la compañía extranjera")],
parts=[P("Yacimientos de Litio Bolivianos", "Kestrel Lithium Technologies", "planta de extracción directa de litio", "firmaron un convenio para construir una planta")],
claims=[C("Kestrel Lithium Technologies", "jobs", 1200, "jobs", "generará 1.200 empleos directos"),
        C("Kestrel Lithium Technologies", "trainees", 300, "technicians", "capacitará a 300 técnicos bolivianos"),
        C("Kestrel Lithium Technologies", "other", 20000, "tonnes per year", "20.000 toneladas de carbonato de litio al año", opt=True),
        C("Bolivia", "other", 23000000, "tonnes", "unos 23 millones de toneladas", opt=True, note="lithium resources")],
notes="Invented. The investor is given by a description ('a cargo de la compañía extranjera' = Kestrel). 'presidido por' gives the civic committee president (a role in passive form). Earlier agreements with unnamed Chinese and Russian companies are background without named parties: not annotated.")

A("p23", "es", "2026-12-01", "https://example.org/noticias/cementos-pichincha-andina-nueva-gerente",
"""Cementos Pichincha Andina nombra nueva gerente general e invertirá US$ 120 millones en Guayas

Quito.- Cementos Pichincha Andina nombró a María Belén Cevallos Proaño como su nueva gerente general, en reemplazo de Patricio Jaramillo Vega, quien dejará el cargo el 31 de diciembre tras nueve años al frente de la compañía.

Cevallos Proaño, ingeniera civil de 44 años, se desempeñaba hasta ahora como vicepresidenta financiera de la cementera. Mientras se designa a su sucesor en esa área, el contralor Hugo Naranjo asumirá la vicepresidencia financiera de manera interina.

La nueva ejecutiva tendrá a su cargo el proyecto de expansión más grande de la empresa: una molienda de cemento en el cantón Durán, provincia del Guayas, que demandará US$ 120 millones hasta 2028 y que generará 350 plazas de trabajo directas.

El directorio, presidido por Fernando Albornoz Ribadeneira, destacó que la planta reducirá un 20% las emisiones por tonelada.

La empresa compite en el mercado ecuatoriano con otros tres productores. Según la Cámara de la Construcción de Quito, la demanda nacional de cemento llegó a 6 millones de toneladas en 2025.

El ministro de Producción, Comercio Exterior e Inversiones, Luis Alberto Jaramillo, había visitado la planta de la empresa en Otavalo la semana pasada.""",
[("Cementos Pichincha Andina", "Organization", ["Pichincha Andina"]),
 ("María Belén Cevallos Proaño", "Person", ["María Belén Cevallos", "Cevallos Proaño"]),
 ("Patricio Jaramillo Vega", "Person", ["Patricio Jaramillo", "Jaramillo Vega"]),
 ("Hugo Naranjo", "Person", ["Naranjo"]),
 ("Fernando Albornoz Ribadeneira", "Person", ["Fernando Albornoz", "Albornoz Ribadeneira"]),
 ("Cámara de la Construcción de Quito", "Organization", []),
 ("Luis Alberto Jaramillo", "Person", []),
 ("Ministerio de Producción, Comercio Exterior e Inversiones", "Organization", ["Mipro"]),
 ("Durán", "Place", ["Duran", "cantón Durán"]),
 ("Guayas", "Place", ["provincia del Guayas", "Guayas Province"]),
 ("Ecuador", "Place", ["Équateur"]),
 ("Quito", "Place", []),
 ("Otavalo", "Place", [])],
roles=[R("María Belén Cevallos Proaño", "gerente general", "Cementos Pichincha Andina", "nombró a María Belén Cevallos Proaño como su nueva gerente general"),
       R("Patricio Jaramillo Vega", "gerente general", "Cementos Pichincha Andina", "en reemplazo de Patricio Jaramillo Vega", opt=True),
       R("María Belén Cevallos Proaño", "vicepresidenta financiera", "Cementos Pichincha Andina", "se desempeñaba hasta ahora como vicepresidenta financiera", opt=True),
       R("Hugo Naranjo", "contralor", "Cementos Pichincha Andina", "el contralor Hugo Naranjo"),
       R("Hugo Naranjo", "vicepresidente financiero interino", "Cementos Pichincha Andina", "asumirá la vicepresidencia financiera de manera interina"),
       R("Fernando Albornoz Ribadeneira", "presidente del directorio", "Cementos Pichincha Andina", "presidido por Fernando Albornoz Ribadeneira"),
       R("Luis Alberto Jaramillo", "ministro de Producción, Comercio Exterior e Inversiones", ["Ministerio de Producción, Comercio Exterior e Inversiones", "Ecuador"], "El ministro de Producción, Comercio Exterior e Inversiones, Luis Alberto Jaramillo")],
inv=[I("Cementos Pichincha Andina", ["Durán", "Guayas", "Ecuador"], 120000000, "USD", "hasta 2028", "molienda de cemento", "que demandará US$ 120 millones hasta 2028")],
parts=[],
claims=[C("Cementos Pichincha Andina", "jobs", 350, "jobs", "generará 350 plazas de trabajo directas"),
        C("Cementos Pichincha Andina", "other", 20, "percent", "reducirá un 20% las emisiones", opt=True)],
notes="Invented. Appointment article: the new general manager is required; the outgoing one (leaving 31 December, 'en reemplazo de') and her previous post are optional. Interim post: 'asumirá la vicepresidencia financiera de manera interina' (a vice post; the title is a noun, 'vicepresidencia'). Two people named Jaramillo: the outgoing manager and the minister (Luis Alberto Jaramillo has no alias 'Jaramillo' on purpose). The investment is told in a relative clause ('que demandará').")

A("p24", "es", "2026-04-29", "https://example.org/noticias/meditrel-cartago-planta",
"""Meditrel Devices inaugura planta en Cartago con inversión de US$ 60 millones

San José.- La fabricante estadounidense de dispositivos médicos Meditrel Devices inauguró este martes su primera planta en Costa Rica, ubicada en una zona franca de Cartago, con una inversión de US$ 60 millones.

La planta, que fabricará catéteres y componentes para cirugía cardiovascular, emplea ya a 250 personas y prevé alcanzar 700 colaboradores en 2028, informó el director de la operación en Costa Rica, Esteban Quesada Monge.

Al acto asistieron la ministra de Comercio Exterior, Andrea Vargas Brenes, y el embajador de Estados Unidos en Costa Rica, Michael Rutherford. La ministra recordó que los dispositivos médicos son el principal producto de exportación del país, con ventas externas por US$ 8.000 millones en 2025.

Meditrel llegó al país tras un proceso de atracción de inversiones acompañado por la Coalición Costarricense de Iniciativas de Desarrollo (Cinde). Su directora general, Patricia Rojas Alfaro, dijo que el sector ya emplea a más de 50 mil personas.

Además, la empresa firmó una carta de intención con el Colegio Universitario de Cartago para diseñar un técnico en manufactura médica, con cupo para 90 estudiantes al año.

El vicepresidente global de manufactura de Meditrel, Kevin O’Brien, adelantó que la compañía evalúa una segunda fase, aunque no precisó montos.""",
[("Meditrel Devices", "Organization", ["Meditrel"]),
 ("Esteban Quesada Monge", "Person", ["Esteban Quesada", "Quesada Monge"]),
 ("Andrea Vargas Brenes", "Person", ["Andrea Vargas", "Vargas Brenes"]),
 ("Ministerio de Comercio Exterior de Costa Rica", "Organization", ["Ministerio de Comercio Exterior", "Comex"]),
 ("Michael Rutherford", "Person", ["Rutherford"]),
 ("Coalición Costarricense de Iniciativas de Desarrollo", "Organization", ["Cinde", "CINDE"]),
 ("Patricia Rojas Alfaro", "Person", ["Patricia Rojas", "Rojas Alfaro"]),
 ("Colegio Universitario de Cartago", "Organization", ["CUC"]),
 ("Kevin O’Brien", "Person", ["Kevin O'Brien", "O’Brien"]),
 ("Cartago", "Place", []),
 ("Costa Rica", "Place", []),
 ("United States", "Place", ["Estados Unidos", "États-Unis", "EE.UU."]),
 ("San José", "Place", ["San Jose"])],
roles=[R("Esteban Quesada Monge", "director de la operación en Costa Rica", "Meditrel Devices", "el director de la operación en Costa Rica, Esteban Quesada Monge"),
       R("Andrea Vargas Brenes", "ministra de Comercio Exterior", ["Ministerio de Comercio Exterior de Costa Rica", "Costa Rica"], "la ministra de Comercio Exterior, Andrea Vargas Brenes"),
       R("Michael Rutherford", "embajador en Costa Rica", "United States", "el embajador de Estados Unidos en Costa Rica, Michael Rutherford"),
       R("Patricia Rojas Alfaro", "directora general", "Coalición Costarricense de Iniciativas de Desarrollo", "Su directora general, Patricia Rojas Alfaro"),
       R("Kevin O’Brien", "vicepresidente global de manufactura", "Meditrel Devices", "El vicepresidente global de manufactura de Meditrel")],
inv=[I("Meditrel Devices", ["Cartago", "Costa Rica"], 60000000, "USD", None, "planta de dispositivos médicos (catéteres)", "con una inversión de US$ 60 millones")],
parts=[P("Meditrel Devices", "Colegio Universitario de Cartago", "técnico en manufactura médica", "firmó una carta de intención con el Colegio Universitario de Cartago"),
       P("Meditrel Devices", "Coalición Costarricense de Iniciativas de Desarrollo", "atracción de inversiones", "acompañado por la Coalición Costarricense", opt=True)],
claims=[C("Meditrel Devices", "jobs", 700, "jobs", "prevé alcanzar 700 colaboradores en 2028", note="target workforce; the plant is new, so all of it is created"),
        C("Meditrel Devices", "jobs", 250, "employees", "emplea ya a 250 personas", opt=True, note="current workforce"),
        C("Colegio Universitario de Cartago", "trainees", 90, "students per year", "con cupo para 90 estudiantes al año", opt=True),
        C("Coalición Costarricense de Iniciativas de Desarrollo", "jobs", 50000, "people", "ya emplea a más de 50 mil personas", opt=True, note="sector employment")],
notes="Invented. 'Su directora general' (coreference to Cinde). A 'carta de intención' is a (weak but signed) partnership, kept required. Cinde's investment-attraction support is an optional partnership. The 700 target is required as jobs for a new plant (judgment call; the current 250 is optional). Exports are not investment. The second phase has no amount: no fact.")
