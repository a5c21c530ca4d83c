# Spanish articles r07-r15 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])

A("r07", "es", "2026-01-26", "https://example.org/aguascalientes/kuroshio-seiki-transmisiones-san-francisco-de-los-romo",
"""Kuroshio Seiki invertirá 450 mdd en nueva planta de transmisiones en Aguascalientes

AGUASCALIENTES, Ags.- La gobernadora Leticia Ornelas Macías anunció este lunes que la empresa japonesa Kuroshio Seiki invertirá 450 mdd en una planta de transmisiones automáticas en el municipio de San Francisco de los Romo, la mayor inversión industrial de su administración.

En conferencia de prensa, la mandataria estatal detalló que la construcción iniciará en abril y que la planta comenzará a operar a finales de 2027. El proyecto generará mil 200 empleos directos y alrededor de 3 mil indirectos, precisó.

Por parte de la compañía, Hiroshi Kanemoto, presidente de Kuroshio Seiki de México, explicó que la planta abastecerá a armadoras de Aguascalientes, Guanajuato y San Luis Potosí. «Aquí encontramos proveedores, talento y certidumbre», dijo el directivo, quien llegó al país en 2019 para dirigir la filial.

El titular de la Secretaría de Desarrollo Económico, Ciencia y Tecnología (Sedecyt), Esteban Rentería Salas, informó que la firma suscribió un convenio de colaboración con la Universidad Politécnica de Aguascalientes y con el Conalep estatal para formar técnicos en mecatrónica. Como parte del acuerdo, la empresa otorgará 300 becas a estudiantes de ambas instituciones durante los próximos cuatro años.

El rector de la Politécnica, Gerardo Ávalos Durón, dijo que los primeros alumnos harán estancias en Japón.

Al evento asistieron como testigos de honor el presidente municipal de San Francisco de los Romo, Alfredo Esparza Luévano, y el cónsul general de Japón en León, Takeshi Mori.

De acuerdo con cifras de la Sedecyt, Aguascalientes captó el año pasado inversión extranjera directa por mil 100 mdd. Kuroshio Seiki factura alrededor de 6 mil millones de dólares al año en el mundo.""",
[("Kuroshio Seiki", "Organization", ["Kuroshio Seiki de México", "Kuroshio Seiki de Mexico", "Kuroshio"]),
 ("Leticia Ornelas Macías", "Person", ["Leticia Ornelas", "Ornelas Macías", "Leticia Ornelas Macias"]),
 ("Gobierno de Aguascalientes", "Organization", ["Gobierno del Estado de Aguascalientes"]),
 ("Hiroshi Kanemoto", "Person", ["Kanemoto"]),
 ("Esteban Rentería Salas", "Person", ["Esteban Rentería", "Rentería Salas", "Esteban Renteria Salas"]),
 ("Secretaría de Desarrollo Económico, Ciencia y Tecnología de Aguascalientes", "Organization", ["Secretaría de Desarrollo Económico, Ciencia y Tecnología", "Sedecyt", "SEDECYT"]),
 ("Universidad Politécnica de Aguascalientes", "Organization", ["Politécnica", "Universidad Politecnica de Aguascalientes", "UPA"]),
 ("Conalep Aguascalientes", "Organization", ["Conalep", "Conalep estatal", "Colegio Nacional de Educación Profesional Técnica"]),
 ("Gerardo Ávalos Durón", "Person", ["Gerardo Ávalos", "Ávalos Durón", "Gerardo Avalos Duron"]),
 ("Alfredo Esparza Luévano", "Person", ["Alfredo Esparza", "Esparza Luévano", "Alfredo Esparza Luevano"]),
 ("Takeshi Mori", "Person", ["Mori"]),
 ("San Francisco de los Romo", "Place", []),
 ("Aguascalientes", "Place", ["Ags.", "estado de Aguascalientes"]),
 ("Guanajuato", "Place", []),
 ("San Luis Potosí", "Place", ["San Luis Potosi"]),
 ("León", "Place", ["Leon"]),
 ("Japan", "Place", ["Japón", "Japon"]),
 MX],
roles=[R("Leticia Ornelas Macías", ["gobernadora", "mandataria estatal"], ["Aguascalientes", "Gobierno de Aguascalientes"], "La gobernadora Leticia Ornelas Macías anunció"),
       R("Hiroshi Kanemoto", "presidente", "Kuroshio Seiki", "Hiroshi Kanemoto, presidente de Kuroshio Seiki de México"),
       R("Esteban Rentería Salas", ["titular", "secretario de Desarrollo Económico, Ciencia y Tecnología", "titular de la Secretaría de Desarrollo Económico, Ciencia y Tecnología"], ["Secretaría de Desarrollo Económico, Ciencia y Tecnología de Aguascalientes", "Aguascalientes"], "El titular de la Secretaría de Desarrollo Económico, Ciencia y Tecnología (Sedecyt), Esteban Rentería Salas"),
       R("Gerardo Ávalos Durón", "rector", "Universidad Politécnica de Aguascalientes", "El rector de la Politécnica, Gerardo Ávalos Durón"),
       R("Alfredo Esparza Luévano", "presidente municipal", "San Francisco de los Romo", "el presidente municipal de San Francisco de los Romo, Alfredo Esparza Luévano"),
       R("Takeshi Mori", ["cónsul general de Japón en León", "cónsul general"], "Japan", "el cónsul general de Japón en León, Takeshi Mori")],
inv=[I("Kuroshio Seiki", ["San Francisco de los Romo", "Aguascalientes", "Mexico"], 450000000, "USD", "construcción desde abril, operación a finales de 2027", "planta de transmisiones automáticas", "la empresa japonesa Kuroshio Seiki invertirá 450 mdd")],
parts=[P("Kuroshio Seiki", "Universidad Politécnica de Aguascalientes", "formación de técnicos en mecatrónica", "la firma suscribió un convenio de colaboración con la Universidad Politécnica de Aguascalientes"),
       P("Kuroshio Seiki", "Conalep Aguascalientes", "formación de técnicos en mecatrónica", "y con el Conalep estatal")],
claims=[C("Kuroshio Seiki", "jobs", 1200, "empleos directos", "generará mil 200 empleos directos"),
        C("Kuroshio Seiki", "jobs", 3000, "empleos indirectos", "alrededor de 3 mil indirectos", note="indirect"),
        C("Kuroshio Seiki", "trainees", 300, "scholarships", "la empresa otorgará 300 becas")],
notes="Invented. The investment is announced by the governor on the company's behalf ('La gobernadora ... anunció que la empresa ... invertirá 450 mdd'); 'mdd' = millones de dólares, so 4.5e8 USD. 'la mandataria estatal' is an anaphor for the governor. 'El titular de la Secretaría ...' is the Mexican form for the secretary (titles 'titular' and 'secretario' both accepted). The president of the Mexican subsidiary is recorded with the company (subsidiary name is an alias). 'Conalep estatal' = Conalep Aguascalientes. Witnesses of honour give roles but no partnership; a consul general's org is the country he represents. The state FDI total and the group's revenue give no fact. Three-party convenio: one row per pair with the company.")

A("r08", "es", "2026-02-24", "https://example.org/chihuahua/medanos-mesquite-parque-logistico-juarez",
"""Médanos y Mesquite Industrial Trust levantarán parque logístico de 1,850 mdp en Ciudad Juárez

CIUDAD JUÁREZ, Chih.— La desarrolladora chihuahuense Grupo Médanos y el fondo estadounidense Mesquite Industrial Trust anunciaron una coinversión de mil 850 millones de pesos para construir el Parque Logístico Samalayuca, un complejo de doce naves industriales al sur de la ciudad, en un horizonte de cuatro años.

El anuncio se realizó en la Presidencia Municipal y fue encabezado por el alcalde Óscar Luján Baca, quien destacó que el parque tendrá acceso directo a la carretera federal 45.

De acuerdo con la secretaria de Innovación y Desarrollo Económico del estado, Alejandra Chávez Ochoa, el complejo generará 4 mil 500 empleos una vez ocupado, además de 900 durante la obra.

El director general de Grupo Médanos, Rogelio Terrazas Quintana, explicó que la primera etapa contempla tres naves para empresas de electrónica y autopartes. «Ya tenemos cartas de intención de dos inquilinos», adelantó el empresario, quien preside además el Consejo Empresarial Fronterizo.

Por parte de Mesquite, su vicepresidenta de Inversiones para México, Dana Holcomb, dijo que el fondo aportará el 60 % del capital y que evalúa un segundo parque en Chihuahua capital.

El director de Desarrollo Económico municipal, Iván Sotelo Armendáriz, calculó una derrama económica de 2 mil 300 millones de pesos al año para la región. El Ayuntamiento aprobó un descuento de 50 % en el impuesto predial durante cinco años.

El parque ocupará 80 hectáreas en la zona conocida como Valle de Samalayuca.""",
[("Grupo Médanos", "Organization", ["Médanos", "Grupo Medanos", "Medanos"]),
 ("Mesquite Industrial Trust", "Organization", ["Mesquite"]),
 ("Parque Logístico Samalayuca", "Organization", ["Parque Logistico Samalayuca"]),
 ("Óscar Luján Baca", "Person", ["Óscar Luján", "Luján Baca", "Oscar Lujan Baca"]),
 ("Ayuntamiento de Juárez", "Organization", ["Presidencia Municipal", "Ayuntamiento", "Municipio de Juárez", "Gobierno Municipal de Juárez"]),
 ("Alejandra Chávez Ochoa", "Person", ["Alejandra Chávez", "Chávez Ochoa", "Alejandra Chavez Ochoa"]),
 ("Secretaría de Innovación y Desarrollo Económico de Chihuahua", "Organization", ["Secretaría de Innovación y Desarrollo Económico", "SIDE"]),
 ("Rogelio Terrazas Quintana", "Person", ["Rogelio Terrazas", "Terrazas Quintana"]),
 ("Consejo Empresarial Fronterizo", "Organization", []),
 ("Dana Holcomb", "Person", ["Holcomb"]),
 ("Iván Sotelo Armendáriz", "Person", ["Iván Sotelo", "Sotelo Armendáriz", "Ivan Sotelo Armendariz"]),
 ("Dirección de Desarrollo Económico de Juárez", "Organization", ["Dirección de Desarrollo Económico", "Desarrollo Económico municipal"]),
 ("Ciudad Juárez", "Place", ["Juárez", "Ciudad Juarez", "Juarez"]),
 ("Chihuahua", "Place", ["Chih.", "estado de Chihuahua"]),
 ("Samalayuca", "Place", ["Valle de Samalayuca"]),
 MX],
roles=[R("Óscar Luján Baca", ["alcalde", "presidente municipal"], ["Ciudad Juárez", "Ayuntamiento de Juárez"], "fue encabezado por el alcalde Óscar Luján Baca"),
       R("Alejandra Chávez Ochoa", "secretaria de Innovación y Desarrollo Económico", ["Secretaría de Innovación y Desarrollo Económico de Chihuahua", "Chihuahua"], "la secretaria de Innovación y Desarrollo Económico del estado, Alejandra Chávez Ochoa"),
       R("Rogelio Terrazas Quintana", "director general", "Grupo Médanos", "El director general de Grupo Médanos, Rogelio Terrazas Quintana"),
       R("Rogelio Terrazas Quintana", ["presidente", "preside"], "Consejo Empresarial Fronterizo", "quien preside además el Consejo Empresarial Fronterizo"),
       R("Dana Holcomb", "vicepresidenta de Inversiones para México", "Mesquite Industrial Trust", "su vicepresidenta de Inversiones para México, Dana Holcomb"),
       R("Iván Sotelo Armendáriz", "director de Desarrollo Económico", ["Dirección de Desarrollo Económico de Juárez", "Ciudad Juárez", "Ayuntamiento de Juárez"], "El director de Desarrollo Económico municipal, Iván Sotelo Armendáriz")],
inv=[I("Grupo Médanos", ["Samalayuca", "Ciudad Juárez", "Chihuahua", "Mexico"], 1850000000, "MXN", "en un horizonte de cuatro años", "Parque Logístico Samalayuca (coinversión)", "anunciaron una coinversión de mil 850 millones de pesos", alts=["Mesquite Industrial Trust", "Parque Logístico Samalayuca"]),
     I("Mesquite Industrial Trust", ["Samalayuca", "Ciudad Juárez", "Chihuahua", "Mexico"], 1850000000, "MXN", "en un horizonte de cuatro años", "mismo proyecto (co-inversionista, 60 % del capital)", "anunciaron una coinversión de mil 850 millones de pesos", opt=True, alts=["Grupo Médanos"])],
parts=[P("Grupo Médanos", "Mesquite Industrial Trust", "Parque Logístico Samalayuca", "anunciaron una coinversión de mil 850 millones de pesos")],
claims=[C("Parque Logístico Samalayuca", "jobs", 4500, "empleos", "generará 4 mil 500 empleos una vez ocupado"),
        C("Parque Logístico Samalayuca", "jobs", 900, "empleos", "además de 900 durante la obra", note="construction"),
        C("Parque Logístico Samalayuca", "other", 80, "hectáreas", "ocupará 80 hectáreas", opt=True),
        C("Parque Logístico Samalayuca", "other", 12, "naves", "un complejo de doce naves industriales", opt=True)],
notes="Invented. Headline '1,850 mdp' (millones de pesos) and body 'mil 850 millones de pesos' = 1.85e9 MXN. 'coinversión' between two firms: joint investment (required row with the partner and the park as alternatives, optional partner row) and a partnership. The fund's 60 % share is not an amount. 'encabezado por el alcalde X' (mayor's city from the dateline). 'quien preside además el Consejo ...' is a second current role. Letters of intent with unnamed tenants, the possible second park ('evalúa'), the 'derrama económica' and the tax discount give no fact. Jobs of future tenants 'una vez ocupado' are required (the project's own stated job figure).")

A("r09", "es", "2026-03-17", "https://example.org/colombia/tesela-software-medellin-sena-convenio-marco",
"""Tesela Software abrirá centro de ingeniería en Medellín y se une al SENA para formar 3.000 programadores

MEDELLÍN. Tesela Software, una de las mayores empresas de desarrollo de la capital antioqueña, invertirá $120.000 millones en los próximos tres años para abrir un centro de ingeniería en el distrito de innovación de la ciudad, anunció su fundadora y presidenta, Verónica Zuluaga Arango.

La compañía también selló un convenio marco con el Servicio Nacional de Aprendizaje (SENA). Según el documento, firmado el martes en la sede regional de la entidad, ambas partes diseñarán cursos de programación, nube e inteligencia artificial para 3.000 aprendices hasta 2028.

La directora regional del SENA en Antioquia, Luz Adriana Cardona Ruiz, explicó que la mitad de los cupos se destinará a jóvenes de las comunas de la ladera. El programa se desarrollará en colaboración con la Institución Universitaria Salvador Cadavid, cuyo rector, Alirio Mesa Giraldo, puso a disposición cuatro laboratorios.

Quien lidera la parte técnica del plan es Camilo Ríos Bedoya. El ingeniero, vicepresidente de tecnología de la compañía desde 2022, aseguró que Tesela contratará 1.400 ingenieros para el nuevo centro. Hoy la firma emplea a 2.100 personas en Colombia y México.

El alcalde Mauricio Ocampo Vélez y la secretaria de Desarrollo Económico, Natalia Gómez Arbeláez, asistieron a la firma. «Medellín quiere exportar talento, no solo café», dijo el mandatario.

La empresa facturó $380.000 millones en 2025. El evento contó con el patrocinio del Banco Antioqueño del Comercio, y las exportaciones de software del departamento sumaron US$ 480 millones el año pasado, según la gobernación.""",
[("Tesela Software", "Organization", ["Tesela"]),
 ("Verónica Zuluaga Arango", "Person", ["Verónica Zuluaga", "Zuluaga Arango", "Veronica Zuluaga Arango"]),
 ("Servicio Nacional de Aprendizaje", "Organization", ["SENA", "Sena"]),
 ("Luz Adriana Cardona Ruiz", "Person", ["Luz Adriana Cardona", "Cardona Ruiz"]),
 ("Institución Universitaria Salvador Cadavid", "Organization", ["Salvador Cadavid", "Institucion Universitaria Salvador Cadavid"]),
 ("Alirio Mesa Giraldo", "Person", ["Alirio Mesa", "Mesa Giraldo"]),
 ("Camilo Ríos Bedoya", "Person", ["Camilo Ríos", "Ríos Bedoya", "Camilo Rios Bedoya"]),
 ("Mauricio Ocampo Vélez", "Person", ["Mauricio Ocampo", "Ocampo Vélez", "Mauricio Ocampo Velez"]),
 ("Alcaldía de Medellín", "Organization", ["Alcaldia de Medellin"]),
 ("Natalia Gómez Arbeláez", "Person", ["Natalia Gómez", "Gómez Arbeláez", "Natalia Gomez Arbelaez"]),
 ("Secretaría de Desarrollo Económico de Medellín", "Organization", ["Secretaría de Desarrollo Económico", "Secretaria de Desarrollo Economico de Medellin"]),
 ("Banco Antioqueño del Comercio", "Organization", ["Banco Antioqueno del Comercio"]),
 ("Gobernación de Antioquia", "Organization", ["gobernación"]),
 ("Medellín", "Place", ["Medellin"]),
 ("Antioquia", "Place", ["departamento de Antioquia"]),
 ("Colombia", "Place", ["Colombie"]),
 MX],
roles=[R("Verónica Zuluaga Arango", ["fundadora y presidenta", "fundadora", "presidenta"], "Tesela Software", "anunció su fundadora y presidenta, Verónica Zuluaga Arango"),
       R("Luz Adriana Cardona Ruiz", ["directora regional del SENA en Antioquia", "directora regional"], "Servicio Nacional de Aprendizaje", "La directora regional del SENA en Antioquia, Luz Adriana Cardona Ruiz"),
       R("Alirio Mesa Giraldo", "rector", "Institución Universitaria Salvador Cadavid", "cuyo rector, Alirio Mesa Giraldo"),
       R("Camilo Ríos Bedoya", "vicepresidente de tecnología", "Tesela Software", "El ingeniero, vicepresidente de tecnología de la compañía desde 2022"),
       R("Mauricio Ocampo Vélez", ["alcalde", "mandatario"], ["Medellín", "Alcaldía de Medellín"], "El alcalde Mauricio Ocampo Vélez"),
       R("Natalia Gómez Arbeláez", "secretaria de Desarrollo Económico", ["Secretaría de Desarrollo Económico de Medellín", "Medellín", "Alcaldía de Medellín"], "la secretaria de Desarrollo Económico, Natalia Gómez Arbeláez")],
inv=[I("Tesela Software", ["Medellín", "Antioquia", "Colombia"], 120000000000, "COP", "en los próximos tres años", "centro de ingeniería", "invertirá $120.000 millones en los próximos tres años")],
parts=[P("Tesela Software", "Servicio Nacional de Aprendizaje", "cursos de programación, nube e IA", "La compañía también selló un convenio marco con el Servicio Nacional de Aprendizaje (SENA)"),
       P("Tesela Software", "Institución Universitaria Salvador Cadavid", "cursos de programación, nube e IA", "El programa se desarrollará en colaboración con la Institución Universitaria Salvador Cadavid", a_alt=["Servicio Nacional de Aprendizaje"])],
claims=[C("Tesela Software", "trainees", 3000, "aprendices", "para 3.000 aprendices hasta 2028"),
        C("Tesela Software", "jobs", 1400, "ingenieros", "Tesela contratará 1.400 ingenieros"),
        C("Tesela Software", "jobs", 2100, "personas", "Hoy la firma emplea a 2.100 personas", opt=True, note="existing workforce")],
notes="Invented. Colombian '$120.000 millones' uses '$' for pesos: 1.2e11 COP. The SENA agreement is told across two sentences ('selló un convenio marco con el SENA. Según el documento, ... ambas partes diseñarán'); the university joins the program 'en colaboración con' (the company is the lead; SENA accepted as the other side). The VP's name is in one sentence and his title in the next ('El ingeniero, vicepresidente de tecnología ...'). 'dijo el mandatario' refers back to the mayor. The sponsor bank, revenue and departmental exports give no fact. Mexico appears only as the place of existing staff (no fact).")

A("r10", "es", "2026-04-20", "https://example.org/peru/minera-ccollpa-yanaorqo-apurimac-eia",
"""Minera Ccollpa presentó el EIA de Yanaorqo: prevé ejecutar US$ 2.100 millones en Apurímac

Lima. Minera Ccollpa presentó ante el Ministerio de Energía y Minas (Minem) el estudio de impacto ambiental de su proyecto cuprífero Yanaorqo, en la provincia de Cotabambas, región Apurímac. La compañía estima ejecutar una inversión de US$ 2.100 millones entre 2027 y 2030, informó su gerente general (e), Renato Alvarado Quispe.

Alvarado asumió el cargo en febrero tras la renuncia de Jaime Lazarte Cornejo, quien ocupó la gerencia general durante seis años y ahora asesorará al directorio.

De acuerdo con el EIA, la construcción demandará 3.200 puestos de trabajo en su etapa pico y la operación empleará a 950 personas de forma permanente. La vicepresidenta de Asuntos Corporativos de la minera, Milagros Chumpitaz Ore, precisó que el 70 % de los trabajadores no calificados serán contratados en las comunidades vecinas.

La empresa suscribió además un convenio con el Servicio Nacional de Adiestramiento en Trabajo Industrial (Senati) para capacitar a 600 jóvenes del área de influencia en soldadura, electricidad y mantenimiento de equipo pesado. El director zonal del Senati en Apurímac, Edwin Huamán Soto, indicó que los cursos empezarán en Tambobamba.

El gobernador regional de Apurímac, Percy Ccahuana Huillca, pidió que la minera priorice el asfaltado de la vía hacia Challhuahuacho. A su turno, el viceministro de Minas, Ricardo Zevallos Tapia, destacó que el proyecto es uno de los cinco mayores de la cartera minera nacional, valorizada en US$ 54.000 millones.

Una eventual segunda fase, de unos US$ 800 millones, aún está en evaluación. El canon minero transferido a Apurímac ascendió a S/ 640 millones el año pasado.""",
[("Minera Ccollpa", "Organization", ["Ccollpa", "la minera"]),
 ("Yanaorqo", "Organization", ["proyecto Yanaorqo", "proyecto cuprífero Yanaorqo"]),
 ("Renato Alvarado Quispe", "Person", ["Renato Alvarado", "Alvarado Quispe", "Alvarado"]),
 ("Jaime Lazarte Cornejo", "Person", ["Jaime Lazarte", "Lazarte Cornejo"]),
 ("Milagros Chumpitaz Ore", "Person", ["Milagros Chumpitaz", "Chumpitaz Ore"]),
 ("Servicio Nacional de Adiestramiento en Trabajo Industrial", "Organization", ["Senati", "SENATI"]),
 ("Edwin Huamán Soto", "Person", ["Edwin Huamán", "Huamán Soto", "Edwin Huaman Soto"]),
 ("Percy Ccahuana Huillca", "Person", ["Percy Ccahuana", "Ccahuana Huillca"]),
 ("Gobierno Regional de Apurímac", "Organization", ["Gobierno Regional de Apurimac"]),
 ("Ricardo Zevallos Tapia", "Person", ["Ricardo Zevallos", "Zevallos Tapia"]),
 ("Ministerio de Energía y Minas del Perú", "Organization", ["Ministerio de Energía y Minas", "Minem", "MINEM"]),
 ("Cotabambas", "Place", ["provincia de Cotabambas"]),
 ("Apurímac", "Place", ["Apurimac", "región Apurímac", "Apurímac Region"]),
 ("Tambobamba", "Place", []),
 ("Challhuahuacho", "Place", []),
 ("Lima", "Place", []),
 ("Peru", "Place", ["Perú", "Pérou"])],
roles=[R("Renato Alvarado Quispe", ["gerente general (e)", "gerente general encargado", "gerente general interino", "gerente general"], "Minera Ccollpa", "informó su gerente general (e), Renato Alvarado Quispe"),
       R("Jaime Lazarte Cornejo", "gerente general", "Minera Ccollpa", "quien ocupó la gerencia general durante seis años", opt=True),
       R("Jaime Lazarte Cornejo", ["asesor del directorio", "asesor"], "Minera Ccollpa", "y ahora asesorará al directorio"),
       R("Milagros Chumpitaz Ore", "vicepresidenta de Asuntos Corporativos", "Minera Ccollpa", "La vicepresidenta de Asuntos Corporativos de la minera, Milagros Chumpitaz Ore"),
       R("Edwin Huamán Soto", ["director zonal del Senati en Apurímac", "director zonal"], "Servicio Nacional de Adiestramiento en Trabajo Industrial", "El director zonal del Senati en Apurímac, Edwin Huamán Soto"),
       R("Percy Ccahuana Huillca", "gobernador regional", ["Apurímac", "Gobierno Regional de Apurímac"], "El gobernador regional de Apurímac, Percy Ccahuana Huillca"),
       R("Ricardo Zevallos Tapia", "viceministro de Minas", ["Ministerio de Energía y Minas del Perú", "Peru"], "el viceministro de Minas, Ricardo Zevallos Tapia")],
inv=[I("Minera Ccollpa", ["Cotabambas", "Apurímac", "Peru"], 2100000000, "USD", "entre 2027 y 2030", "proyecto cuprífero Yanaorqo", "La compañía estima ejecutar una inversión de US$ 2.100 millones entre 2027 y 2030"),
     I("Minera Ccollpa", ["Cotabambas", "Apurímac", "Peru"], 800000000, "USD", None, "segunda fase en evaluación", "de unos US$ 800 millones, aún está en evaluación", opt=True)],
parts=[P("Minera Ccollpa", "Servicio Nacional de Adiestramiento en Trabajo Industrial", "capacitación de jóvenes del área de influencia", "La empresa suscribió además un convenio con el Servicio Nacional de Adiestramiento en Trabajo Industrial (Senati)")],
claims=[C("Minera Ccollpa", "jobs", 3200, "puestos de trabajo", "la construcción demandará 3.200 puestos de trabajo en su etapa pico", note="construction peak"),
        C("Minera Ccollpa", "jobs", 950, "personas", "la operación empleará a 950 personas de forma permanente", note="permanent"),
        C("Minera Ccollpa", "trainees", 600, "jóvenes", "para capacitar a 600 jóvenes")],
notes="Invented. Investor stated in one sentence and the amount in the next with 'La compañía estima ejecutar una inversión de'. Peruvian interim notation 'gerente general (e)' (encargado): required, with variants. Succession already effective ('asumió el cargo en febrero tras la renuncia de Y, quien ocupó la gerencia general'): Y's old post optional, his new advisory post ('ahora asesorará al directorio') required. 'viceministro' is a vice post. The second phase 'aún está en evaluación' is optional. The national mining pipeline, the canon minero (a tax transfer) and the 70 % local-hire share give no fact.")

A("r11", "es", "2026-05-28", "https://example.org/chile/jinhai-electrica-del-loa-mejillones-baterias",
"""Jinhai y Eléctrica del Loa sellan alianza estratégica para ensamblar baterías en Mejillones

ANTOFAGASTA.- La fabricante china de celdas Jinhai Energy Storage y la generadora chilena Eléctrica del Loa sellaron una alianza estratégica para instalar en Mejillones una planta de ensamblaje de sistemas de almacenamiento de energía, con una inversión conjunta de US$ 380 millones que se materializará entre 2026 y 2028.

La firma se realizó en la sede del Gobierno Regional y contó con la presencia de la seremi de Energía de Antofagasta, Javiera Olate Cortés, y del delegado presidencial regional, Fabián Rivera Bugueño. La gobernadora regional, Pamela Araya Fuentes, que se encontraba en Santiago, envió un saludo grabado.

El gerente general de Eléctrica del Loa, Sebastián Ugarte Risopatrón, sostuvo que la planta permitirá almacenar el excedente solar que hoy se pierde en el norte. Por la compañía asiática habló su vicepresidente para América Latina, Zhou Ming, quien adelantó que la fábrica tendrá una capacidad de 4 GWh anuales.

La iniciativa contempla un programa de formación técnica que se ejecutará en colaboración con Inacap, cuya sede de Antofagasta impartirá cursos a 1.200 técnicos y operarios. El director de la sede, Claudio Maturana Ríos, valoró que un tercio de los cupos quede reservado para mujeres.

Durante la construcción se generarán unos 700 empleos, y la operación requerirá 260 trabajadores, según las empresas.

Eléctrica del Loa obtuvo ingresos por US$ 910 millones en 2025. Corfo otorgará al proyecto un crédito de US$ 40 millones.""",
[("Jinhai Energy Storage", "Organization", ["Jinhai"]),
 ("Eléctrica del Loa", "Organization", ["Electrica del Loa"]),
 ("Javiera Olate Cortés", "Person", ["Javiera Olate", "Olate Cortés", "Javiera Olate Cortes"]),
 ("Ministerio de Energía de Chile", "Organization", ["Ministerio de Energía", "Seremi de Energía", "Seremi de Energía de Antofagasta"]),
 ("Fabián Rivera Bugueño", "Person", ["Fabián Rivera", "Rivera Bugueño", "Fabian Rivera Bugueno"]),
 ("Delegación Presidencial Regional de Antofagasta", "Organization", ["Delegación Presidencial Regional"]),
 ("Pamela Araya Fuentes", "Person", ["Pamela Araya", "Araya Fuentes"]),
 ("Gobierno Regional de Antofagasta", "Organization", ["Gobierno Regional", "GORE Antofagasta"]),
 ("Sebastián Ugarte Risopatrón", "Person", ["Sebastián Ugarte", "Ugarte Risopatrón", "Sebastian Ugarte Risopatron"]),
 ("Zhou Ming", "Person", ["Zhou"]),
 ("Inacap", "Organization", ["INACAP", "Instituto Nacional de Capacitación Profesional"]),
 ("Claudio Maturana Ríos", "Person", ["Claudio Maturana", "Maturana Ríos", "Claudio Maturana Rios"]),
 ("Corporación de Fomento de la Producción", "Organization", ["Corfo", "CORFO"]),
 ("Mejillones", "Place", []),
 ("Antofagasta", "Place", ["Región de Antofagasta", "Antofagasta Region"]),
 ("Santiago", "Place", ["Santiago de Chile"]),
 ("Chile", "Place", ["Chili"]),
 ("China", "Place", ["Chine"])],
roles=[R("Javiera Olate Cortés", ["seremi de Energía", "secretaria regional ministerial de Energía", "seremi"], ["Ministerio de Energía de Chile", "Antofagasta", "Chile"], "la seremi de Energía de Antofagasta, Javiera Olate Cortés"),
       R("Fabián Rivera Bugueño", "delegado presidencial regional", ["Antofagasta", "Delegación Presidencial Regional de Antofagasta"], "del delegado presidencial regional, Fabián Rivera Bugueño"),
       R("Pamela Araya Fuentes", "gobernadora regional", ["Antofagasta", "Gobierno Regional de Antofagasta"], "La gobernadora regional, Pamela Araya Fuentes"),
       R("Sebastián Ugarte Risopatrón", "gerente general", "Eléctrica del Loa", "El gerente general de Eléctrica del Loa, Sebastián Ugarte Risopatrón"),
       R("Zhou Ming", "vicepresidente para América Latina", "Jinhai Energy Storage", "su vicepresidente para América Latina, Zhou Ming"),
       R("Claudio Maturana Ríos", ["director de la sede", "director"], "Inacap", "El director de la sede, Claudio Maturana Ríos")],
inv=[I("Jinhai Energy Storage", ["Mejillones", "Antofagasta", "Chile"], 380000000, "USD", "entre 2026 y 2028", "planta de ensamblaje de sistemas de almacenamiento", "con una inversión conjunta de US$ 380 millones", alts=["Eléctrica del Loa"]),
     I("Eléctrica del Loa", ["Mejillones", "Antofagasta", "Chile"], 380000000, "USD", "entre 2026 y 2028", "mismo proyecto (co-inversionista)", "con una inversión conjunta de US$ 380 millones", opt=True, alts=["Jinhai Energy Storage"])],
parts=[P("Jinhai Energy Storage", "Eléctrica del Loa", "planta de Mejillones", "sellaron una alianza estratégica"),
       P("Jinhai Energy Storage", "Inacap", "programa de formación técnica", "se ejecutará en colaboración con Inacap", a_alt=["Eléctrica del Loa"])],
claims=[C("Jinhai Energy Storage", "trainees", 1200, "técnicos y operarios", "impartirá cursos a 1.200 técnicos y operarios"),
        C("Jinhai Energy Storage", "jobs", 700, "empleos", "se generarán unos 700 empleos", note="construction"),
        C("Jinhai Energy Storage", "jobs", 260, "trabajadores", "la operación requerirá 260 trabajadores", note="permanent"),
        C("Jinhai Energy Storage", "other", 4, "GWh", "una capacidad de 4 GWh anuales", opt=True)],
notes="Invented. 'alianza estratégica' between two companies with 'una inversión conjunta' (required row with the partner as alternative, optional partner row). Chilean regional officials: 'seremi' (secretaria regional ministerial: ministry + region), 'delegado presidencial regional', 'gobernadora regional' (org the region). Officials present at the signing are not parties. The training program 'se ejecutará en colaboración con Inacap' has no explicit subject: the alliance's lead is recorded, its partner accepted. Revenue and the Corfo credit give no fact; the 4 GWh capacity is optional.")

A("r12", "es", "2026-06-30", "https://example.org/argentina/aceitera-parana-sur-san-lorenzo-molienda",
"""Aceitera Paraná Sur destinará US$ 240 millones a una planta de molienda en San Lorenzo

ROSARIO.– La agroexportadora Aceitera Paraná Sur confirmó que destinará US$ 240 millones, unos $ 290.000 millones al tipo de cambio oficial, a construir una planta de molienda de soja y una terminal de barcazas en San Lorenzo, sobre el río Paraná, unos 25 kilómetros al norte de esta ciudad.

El anuncio fue el primero de Gonzalo Mayorga Beltrán como CEO de la compañía. Mayorga tomó el relevo de Héctor Iribarne, quien se jubiló en marzo tras 22 años al frente de la empresa.

La terminal se construirá a través de Paraná Sur Logística, una sociedad que la aceitera formó con la naviera paraguaya Transportes Fluviales Itapúa, dueña del 30 % de las acciones. «El río es nuestra autopista», sintetizó el presidente de la naviera, Blas Riquelme Ayala.

La obra ocupará a 1.500 operarios durante dos años y la planta generará 320 puestos directos cuando esté en marcha. Procesará 12.000 toneladas de soja por día.

La intendenta de San Lorenzo, Carina Boglione, celebró la noticia pero reclamó obras de accesos para los camiones. El ministro de Desarrollo Productivo de Santa Fe, Néstor Ariaudo, dijo que la provincia acompañará el proyecto con beneficios impositivos.

La directora de Finanzas (CFO), Gabriela Strada, detalló que el financiamiento combinará fondos propios con un préstamo sindicado de US$ 150 millones otorgado por bancos locales. La compañía facturó US$ 3.100 millones en el último ejercicio.""",
[("Aceitera Paraná Sur", "Organization", ["Paraná Sur", "Aceitera Parana Sur", "la aceitera"]),
 ("Gonzalo Mayorga Beltrán", "Person", ["Gonzalo Mayorga", "Mayorga Beltrán", "Mayorga"]),
 ("Héctor Iribarne", "Person", ["Iribarne", "Hector Iribarne"]),
 ("Paraná Sur Logística", "Organization", ["Parana Sur Logistica"]),
 ("Transportes Fluviales Itapúa", "Organization", ["Transportes Fluviales Itapua", "Itapúa"]),
 ("Blas Riquelme Ayala", "Person", ["Blas Riquelme", "Riquelme Ayala"]),
 ("Carina Boglione", "Person", ["Boglione"]),
 ("Municipalidad de San Lorenzo", "Organization", []),
 ("Néstor Ariaudo", "Person", ["Ariaudo", "Nestor Ariaudo"]),
 ("Ministerio de Desarrollo Productivo de Santa Fe", "Organization", ["Ministerio de Desarrollo Productivo"]),
 ("Gabriela Strada", "Person", ["Strada"]),
 ("San Lorenzo", "Place", []),
 ("Rosario", "Place", []),
 ("Santa Fe", "Place", ["provincia de Santa Fe", "Santa Fe Province"]),
 ("Argentina", "Place", ["Argentine"]),
 ("Paraguay", "Place", [])],
roles=[R("Gonzalo Mayorga Beltrán", "CEO", "Aceitera Paraná Sur", "El anuncio fue el primero de Gonzalo Mayorga Beltrán como CEO de la compañía"),
       R("Héctor Iribarne", ["CEO", "al frente de la empresa"], "Aceitera Paraná Sur", "quien se jubiló en marzo tras 22 años al frente de la empresa", opt=True),
       R("Blas Riquelme Ayala", "presidente", "Transportes Fluviales Itapúa", "sintetizó el presidente de la naviera, Blas Riquelme Ayala"),
       R("Carina Boglione", "intendenta", ["San Lorenzo", "Municipalidad de San Lorenzo"], "La intendenta de San Lorenzo, Carina Boglione"),
       R("Néstor Ariaudo", "ministro de Desarrollo Productivo", ["Ministerio de Desarrollo Productivo de Santa Fe", "Santa Fe"], "El ministro de Desarrollo Productivo de Santa Fe, Néstor Ariaudo"),
       R("Gabriela Strada", ["directora de Finanzas (CFO)", "directora de Finanzas", "CFO"], "Aceitera Paraná Sur", "La directora de Finanzas (CFO), Gabriela Strada")],
inv=[I("Aceitera Paraná Sur", ["San Lorenzo", "Santa Fe", "Argentina"], 240000000, "USD", None, "planta de molienda de soja y terminal de barcazas", "destinará US$ 240 millones", alts=["Paraná Sur Logística"]),
     I("Aceitera Paraná Sur", ["San Lorenzo", "Santa Fe", "Argentina"], 290000000000, "ARS", None, "equivalente en pesos", "unos $ 290.000 millones al tipo de cambio oficial", opt=True)],
parts=[P("Aceitera Paraná Sur", "Transportes Fluviales Itapúa", "Paraná Sur Logística", "una sociedad que la aceitera formó con la naviera paraguaya Transportes Fluviales Itapúa"),
       P("Aceitera Paraná Sur", "Paraná Sur Logística", None, "La terminal se construirá a través de Paraná Sur Logística", opt=True)],
claims=[C("Aceitera Paraná Sur", "jobs", 1500, "operarios", "La obra ocupará a 1.500 operarios", note="construction"),
        C("Aceitera Paraná Sur", "jobs", 320, "puestos directos", "la planta generará 320 puestos directos"),
        C("Aceitera Paraná Sur", "other", 12000, "toneladas por día", "Procesará 12.000 toneladas de soja por día", opt=True)],
notes="Invented. Argentine '$ 290.000 millones' uses '$' for pesos: optional ARS equivalent (2.9e11). Succession already effective ('X como CEO ... tomó el relevo de Y, quien se jubiló'): the retired predecessor is optional. The terminal is built through a company formed with a partner that owns 30 %: partnership with the partner required; the vehicle is accepted as investor; the parent–vehicle link optional. Title with an English abbreviation in parentheses ('directora de Finanzas (CFO)'). 'intendenta' heads the municipality. The syndicated loan and the revenue give no fact; tax benefits are not an investment.")

A("r13", "es", "2026-07-22", "https://example.org/republica-dominicana/voxandina-santiago-centro-de-contacto",
"""Voxandina abrirá centro de contacto en Santiago con inversión de RD$ 1.450 millones

SANTIAGO DE LOS CABALLEROS.- La empresa de atención al cliente Voxandina Contact Services invertirá RD$ 1.450 millones (unos US$ 24 millones) en un centro de contacto bilingüe en esta ciudad, que generará 2.000 empleos directos en su primera etapa, informó el Centro de Exportación e Inversión de la República Dominicana (ProDominicana).

El director ejecutivo de ProDominicana, Luis Miguel Cabral Tejada, explicó que la empresa eligió Santiago por la disponibilidad de jóvenes bilingües y por la conectividad del Cibao.

Para preparar al personal, Voxandina y el Instituto Nacional de Formación Técnico Profesional (INFOTEP) firmaron un memorando de entendimiento mediante el cual 1.500 jóvenes recibirán formación en inglés conversacional y servicio al cliente. La directora general del INFOTEP, Altagracia Ventura de los Santos, precisó que los cursos durarán doce semanas.

«Aquí no venimos por mano de obra barata, venimos por talento», afirmó Mark Delgado Ruiz, vicepresidente sénior de Operaciones para el Caribe de Voxandina, quien dirigirá la apertura.

En el acto estuvieron presentes la alcaldesa de Santiago, Yudelka Rosario Peralta, y el ministro de Industria, Comercio y Mipymes, Aníbal Grullón Jiménez, quien recordó que el sector de centros de contacto emplea a unas 60.000 personas en el país.

El evento contó con el patrocinio del Clúster de Servicios del Cibao. Voxandina, con sede en Bogotá, factura unos US$ 310 millones al año y atiende desde Santiago a clientes de Estados Unidos y Canadá.""",
[("Voxandina Contact Services", "Organization", ["Voxandina"]),
 ("Centro de Exportación e Inversión de la República Dominicana", "Organization", ["ProDominicana", "Prodominicana", "Centro de Exportacion e Inversion de la Republica Dominicana"]),
 ("Luis Miguel Cabral Tejada", "Person", ["Luis Miguel Cabral", "Cabral Tejada"]),
 ("INFOTEP", "Organization", ["Instituto Nacional de Formación Técnico Profesional", "Infotep", "Instituto Nacional de Formacion Tecnico Profesional", "Institut national de formation technique professionnelle"]),
 ("Altagracia Ventura de los Santos", "Person", ["Altagracia Ventura", "Ventura de los Santos"]),
 ("Mark Delgado Ruiz", "Person", ["Mark Delgado", "Delgado Ruiz"]),
 ("Yudelka Rosario Peralta", "Person", ["Yudelka Rosario", "Rosario Peralta"]),
 ("Ayuntamiento de Santiago", "Organization", ["Alcaldía de Santiago"]),
 ("Aníbal Grullón Jiménez", "Person", ["Aníbal Grullón", "Grullón Jiménez", "Anibal Grullon Jimenez"]),
 ("Ministerio de Industria, Comercio y Mipymes", "Organization", ["MICM", "Ministerio de Industria y Comercio"]),
 ("Clúster de Servicios del Cibao", "Organization", ["Cluster de Servicios del Cibao"]),
 ("Santiago de los Caballeros", "Place", ["Santiago", "Santiago de los Caballeros, República Dominicana"]),
 ("Cibao", "Place", []),
 ("Dominican Republic", "Place", ["República Dominicana", "Republica Dominicana", "République dominicaine"]),
 ("Bogotá", "Place", ["Bogota"]),
 ("Caribbean", "Place", ["Caribe", "Caraïbes"])],
roles=[R("Luis Miguel Cabral Tejada", "director ejecutivo", "Centro de Exportación e Inversión de la República Dominicana", "El director ejecutivo de ProDominicana, Luis Miguel Cabral Tejada"),
       R("Altagracia Ventura de los Santos", "directora general", "INFOTEP", "La directora general del INFOTEP, Altagracia Ventura de los Santos"),
       R("Mark Delgado Ruiz", "vicepresidente sénior de Operaciones para el Caribe", "Voxandina Contact Services", "vicepresidente sénior de Operaciones para el Caribe de Voxandina"),
       R("Yudelka Rosario Peralta", "alcaldesa", ["Santiago de los Caballeros", "Ayuntamiento de Santiago"], "la alcaldesa de Santiago, Yudelka Rosario Peralta"),
       R("Aníbal Grullón Jiménez", "ministro de Industria, Comercio y Mipymes", ["Ministerio de Industria, Comercio y Mipymes", "Dominican Republic"], "el ministro de Industria, Comercio y Mipymes, Aníbal Grullón Jiménez")],
inv=[I("Voxandina Contact Services", ["Santiago de los Caballeros", "Dominican Republic"], 1450000000, "DOP", None, "centro de contacto bilingüe", "invertirá RD$ 1.450 millones"),
     I("Voxandina Contact Services", ["Santiago de los Caballeros", "Dominican Republic"], 24000000, "USD", None, "equivalente en dólares", "(unos US$ 24 millones)", opt=True)],
parts=[P("Voxandina Contact Services", "INFOTEP", "formación en inglés y servicio al cliente", "Voxandina y el Instituto Nacional de Formación Técnico Profesional (INFOTEP) firmaron un memorando de entendimiento")],
claims=[C("Voxandina Contact Services", "jobs", 2000, "empleos directos", "que generará 2.000 empleos directos en su primera etapa"),
        C("Voxandina Contact Services", "trainees", 1500, "jóvenes", "1.500 jóvenes recibirán formación"),
        C("Dominican Republic", "jobs", 60000, "personas", "emplea a unas 60.000 personas en el país", opt=True, note="sector employment statistic")],
notes="Invented. Dominican pesos 'RD$ 1.450 millones' = 1.45e9 DOP (USD equivalent optional); the investment is reported by the investment-promotion agency. 'X y el INFOTEP firmaron un memorando de entendimiento'. The SVP's title follows the quote ('afirmó X, vicepresidente sénior de ... de Voxandina, quien dirigirá la apertura'). Officials 'presentes' and the sponsoring cluster are not parties. Sector employment is optional; revenue gives no fact. INFOTEP's head is reused in r24 on purpose.")

A("r14", "es", "2026-08-12", "https://example.org/honduras/entrevista-ventisca-energia-choluteca",
"""Entrevista: «Honduras puede exportar electricidad limpia a toda la región»

Mariela Bográn Zelaya dirige desde octubre la filial hondureña de Ventisca Energía, como gerente general para Centroamérica. Conversamos con la ejecutiva en Tegucigalpa sobre el parque eólico que la compañía prepara en el sur del país.

—¿De qué tamaño es el proyecto?

—Son 180 megavatios en San Marcos de Colón, en Choluteca. Vamos a invertir unos US$ 310 millones en tres años, a partir de julio.

—¿Quién comprará la energía?

—Firmamos en marzo un contrato de suministro por veinte años con la Empresa Nacional de Energía Eléctrica (ENEE). Sin ese acuerdo no habría proyecto.

—¿Y el financiamiento?

—El BCIE nos otorgará un préstamo de US$ 180 millones; el resto es capital propio.

—¿Cuántos empleos?

—En la fase de obra, unos 900. Después quedarán 45 puestos fijos. Además, con el Instituto Nacional de Formación Profesional (INFOP) vamos a formar a 120 técnicos en mantenimiento de aerogeneradores.

—¿A cuántas personas llegará la energía?

—La producción equivale al consumo de unos 210.000 hogares.

—¿Ha hablado con el Gobierno?

—Sí. La secretaria de Energía, Lourdes Cálix Membreño, visitó el sitio en enero, y el alcalde de San Marcos de Colón, Wilmer Osorto Paz, nos ha acompañado desde el principio.

—¿Quién está detrás de Ventisca?

—Es una empresa guatemalteca fundada por Álvaro Samayoa Klee, que hoy preside el directorio. Tenemos parques en Guatemala y El Salvador, y este será el más grande.""",
[("Ventisca Energía", "Organization", ["Ventisca", "Ventisca Energia", "Ventisca Energía Honduras"]),
 ("Mariela Bográn Zelaya", "Person", ["Mariela Bográn", "Bográn Zelaya", "Mariela Bogran Zelaya"]),
 ("Empresa Nacional de Energía Eléctrica", "Organization", ["ENEE", "Empresa Nacional de Energia Electrica"]),
 ("Banco Centroamericano de Integración Económica", "Organization", ["BCIE", "CABEI"]),
 ("Instituto Nacional de Formación Profesional", "Organization", ["INFOP", "Instituto Nacional de Formacion Profesional"]),
 ("Lourdes Cálix Membreño", "Person", ["Lourdes Cálix", "Cálix Membreño", "Lourdes Calix Membreno"]),
 ("Secretaría de Energía de Honduras", "Organization", ["Secretaría de Energía", "SEN"]),
 ("Wilmer Osorto Paz", "Person", ["Wilmer Osorto", "Osorto Paz"]),
 ("Álvaro Samayoa Klee", "Person", ["Álvaro Samayoa", "Samayoa Klee", "Alvaro Samayoa Klee"]),
 ("San Marcos de Colón", "Place", ["San Marcos de Colon"]),
 ("Choluteca", "Place", ["departamento de Choluteca"]),
 ("Honduras", "Place", []),
 ("Tegucigalpa", "Place", []),
 ("Central America", "Place", ["Centroamérica", "Centroamerica", "Amérique centrale"]),
 ("Guatemala", "Place", []),
 ("El Salvador", "Place", [])],
roles=[R("Mariela Bográn Zelaya", ["gerente general para Centroamérica", "gerente general"], "Ventisca Energía", "como gerente general para Centroamérica"),
       R("Lourdes Cálix Membreño", "secretaria de Energía", ["Secretaría de Energía de Honduras", "Honduras"], "La secretaria de Energía, Lourdes Cálix Membreño"),
       R("Wilmer Osorto Paz", "alcalde", "San Marcos de Colón", "el alcalde de San Marcos de Colón, Wilmer Osorto Paz"),
       R("Álvaro Samayoa Klee", ["fundador", "founder"], "Ventisca Energía", "fundada por Álvaro Samayoa Klee"),
       R("Álvaro Samayoa Klee", ["presidente del directorio", "presidente"], "Ventisca Energía", "que hoy preside el directorio")],
inv=[I("Ventisca Energía", ["San Marcos de Colón", "Choluteca", "Honduras"], 310000000, "USD", "en tres años, a partir de julio", "parque eólico de 180 MW", "Vamos a invertir unos US$ 310 millones en tres años")],
parts=[P("Ventisca Energía", "Empresa Nacional de Energía Eléctrica", "contrato de suministro por veinte años", "Firmamos en marzo un contrato de suministro por veinte años"),
       P("Ventisca Energía", "Instituto Nacional de Formación Profesional", "formación de técnicos en aerogeneradores", "con el Instituto Nacional de Formación Profesional (INFOP) vamos a formar"),
       P("Ventisca Energía", "Banco Centroamericano de Integración Económica", "préstamo", "El BCIE nos otorgará un préstamo de US$ 180 millones", opt=True)],
claims=[C("Ventisca Energía", "jobs", 900, "empleos", "En la fase de obra, unos 900", note="construction"),
        C("Ventisca Energía", "jobs", 45, "puestos fijos", "Después quedarán 45 puestos fijos", note="permanent"),
        C("Ventisca Energía", "trainees", 120, "técnicos", "vamos a formar a 120 técnicos"),
        C("Ventisca Energía", "people_reached", 210000, "hogares", "equivale al consumo de unos 210.000 hogares", opt=True, note="equivalent households"),
        C("Ventisca Energía", "other", 180, "MW", "Son 180 megavatios", opt=True)],
notes="Invented. Spanish dialogue interview (em-dash turns): the investor, the supply contract and the training program are told in the first person plural ('Vamos a invertir', 'Firmamos', 'vamos a formar'), so the interviewee's company is the subject. The interviewee's title comes in the intro ('dirige ... la filial hondureña ..., como gerente general para Centroamérica'), 'la ejecutiva' refers back to her. A 20-year supply contract with the state utility is a partnership (probes2 convention). The BCIE loan is optional (loans). Founder and board chair from 'fundada por X, que hoy preside el directorio'. Job answers without a noun ('unos 900') are jobs. Equivalent households optional.")

A("r15", "es", "2026-09-03", "https://example.org/hidalgo/comunicado-laboratorios-tepozan-tepeji",
"""Gobierno de Hidalgo y Laboratorios Tepozán firman convenio; la farmacéutica invertirá 4 mil 750 millones de pesos

Pachuca de Soto, Hidalgo, 2 de septiembre de 2026.- El Gobierno del Estado de Hidalgo, a través de la Secretaría de Desarrollo Económico (Sedeco), y Laboratorios Tepozán firmaron un convenio de colaboración para la instalación de una planta de medicamentos biotecnológicos en el municipio de Tepeji del Río de Ocampo.

Con una inversión de 4 mil 750 millones de pesos, que se ejercerá entre 2026 y 2029, la planta será la mayor de su tipo en el centro del país.

Los compromisos asumidos son los siguientes: la empresa generará 1,100 empleos directos y 2,400 indirectos; la Sedeco, el Tecnológico Nacional de México (TecNM) campus Pachuca y la empresa pondrán en marcha un programa de formación dual para 450 estudiantes, y el Conalep Hidalgo certificará a 200 técnicos de laboratorio.

Durante la firma, el gobernador Arturo Vite Cerón destacó que Hidalgo se consolida como destino de la industria farmacéutica. El secretario de Desarrollo Económico, Emiliano Trejo Badillo, señaló que la dependencia acompañará a la empresa en la gestión de permisos.

Dr. Ignacio Uribe Landa, director general de Laboratorios Tepozán, agradeció la confianza del Gobierno estatal y adelantó que la planta exportará a Centroamérica.

Mtra. Rebeca Islas Monroy, directora del Instituto Tecnológico de Pachuca, informó que el programa dual iniciará en el semestre de enero.

Como testigos de honor firmaron la presidenta municipal de Tepeji del Río de Ocampo, Salma Cortés Olvera, y el representante de la Secretaría de Economía federal en Hidalgo, Omar Baños Rangel.

Coordinación General de Comunicación Social
Gobierno del Estado de Hidalgo""",
[("Laboratorios Tepozán", "Organization", ["Tepozán", "Laboratorios Tepozan", "Tepozan"]),
 ("Gobierno del Estado de Hidalgo", "Organization", ["Gobierno de Hidalgo", "Gobierno estatal"]),
 ("Secretaría de Desarrollo Económico de Hidalgo", "Organization", ["Sedeco", "SEDECO", "Secretaría de Desarrollo Económico"]),
 ("Tecnológico Nacional de México", "Organization", ["TecNM", "Tecnologico Nacional de Mexico"]),
 ("Instituto Tecnológico de Pachuca", "Organization", ["TecNM campus Pachuca", "Tecnológico Nacional de México (TecNM) campus Pachuca", "Instituto Tecnologico de Pachuca"]),
 ("Conalep Hidalgo", "Organization", ["Conalep", "Colegio de Educación Profesional Técnica del Estado de Hidalgo"]),
 ("Arturo Vite Cerón", "Person", ["Arturo Vite", "Vite Cerón", "Arturo Vite Ceron"]),
 ("Emiliano Trejo Badillo", "Person", ["Emiliano Trejo", "Trejo Badillo"]),
 ("Ignacio Uribe Landa", "Person", ["Ignacio Uribe", "Uribe Landa", "Dr. Ignacio Uribe Landa"]),
 ("Rebeca Islas Monroy", "Person", ["Rebeca Islas", "Islas Monroy", "Mtra. Rebeca Islas Monroy"]),
 ("Salma Cortés Olvera", "Person", ["Salma Cortés", "Cortés Olvera", "Salma Cortes Olvera"]),
 ("Omar Baños Rangel", "Person", ["Omar Baños", "Baños Rangel", "Omar Banos Rangel"]),
 ("Secretaría de Economía", "Organization", ["Secretaría de Economía federal", "SE"]),
 ("Pachuca de Soto", "Place", ["Pachuca"]),
 ("Hidalgo", "Place", ["estado de Hidalgo"]),
 ("Tepeji del Río de Ocampo", "Place", ["Tepeji del Río", "Tepeji del Rio de Ocampo", "Tepeji"]),
 ("Central America", "Place", ["Centroamérica", "Centroamerica"]),
 MX],
roles=[R("Arturo Vite Cerón", "gobernador", ["Hidalgo", "Gobierno del Estado de Hidalgo"], "el gobernador Arturo Vite Cerón destacó"),
       R("Emiliano Trejo Badillo", "secretario de Desarrollo Económico", ["Secretaría de Desarrollo Económico de Hidalgo", "Hidalgo"], "El secretario de Desarrollo Económico, Emiliano Trejo Badillo"),
       R("Ignacio Uribe Landa", "director general", "Laboratorios Tepozán", "Ignacio Uribe Landa, director general de Laboratorios Tepozán"),
       R("Rebeca Islas Monroy", "directora", "Instituto Tecnológico de Pachuca", "Rebeca Islas Monroy, directora del Instituto Tecnológico de Pachuca"),
       R("Salma Cortés Olvera", "presidenta municipal", "Tepeji del Río de Ocampo", "la presidenta municipal de Tepeji del Río de Ocampo, Salma Cortés Olvera"),
       R("Omar Baños Rangel", ["representante de la Secretaría de Economía federal en Hidalgo", "representante"], ["Secretaría de Economía", "Mexico"], "el representante de la Secretaría de Economía federal en Hidalgo, Omar Baños Rangel")],
inv=[I("Laboratorios Tepozán", ["Tepeji del Río de Ocampo", "Hidalgo", "Mexico"], 4750000000, "MXN", "entre 2026 y 2029", "planta de medicamentos biotecnológicos", "Con una inversión de 4 mil 750 millones de pesos")],
parts=[P("Laboratorios Tepozán", "Gobierno del Estado de Hidalgo", "convenio de colaboración (planta de Tepeji)", "y Laboratorios Tepozán firmaron un convenio de colaboración", b_alt=["Secretaría de Desarrollo Económico de Hidalgo"]),
       P("Laboratorios Tepozán", "Instituto Tecnológico de Pachuca", "programa de formación dual", "y la empresa pondrán en marcha un programa de formación dual", b_alt=["Tecnológico Nacional de México"]),
       P("Laboratorios Tepozán", "Conalep Hidalgo", "certificación de técnicos de laboratorio", "el Conalep Hidalgo certificará a 200 técnicos de laboratorio", opt=True)],
claims=[C("Laboratorios Tepozán", "jobs", 1100, "empleos directos", "la empresa generará 1,100 empleos directos"),
        C("Laboratorios Tepozán", "jobs", 2400, "empleos indirectos", "y 2,400 indirectos", note="indirect"),
        C("Laboratorios Tepozán", "trainees", 450, "estudiantes", "un programa de formación dual para 450 estudiantes"),
        C("Conalep Hidalgo", "trainees", 200, "técnicos", "certificará a 200 técnicos de laboratorio")],
notes="Invented. Government communiqué: the signatories are the state government 'a través de la Sedeco' and the company (either accepted); the investment sentence has no explicit subject (the company from the previous sentence and the headline). Commitments listed after a colon and separated by semicolons. The dual program is run by the company with the TecNM campus (and the Sedeco: no row between the two public bodies). Conalep's certification is listed as a commitment but Conalep is not a signatory (optional partnership); its 200 technicians are trainees (required). Honorifics 'Dr.' and 'Mtra.' before names start their sentences. Witnesses of honour give roles only. The federal economy ministry's state representative: org the ministry or Mexico.")
