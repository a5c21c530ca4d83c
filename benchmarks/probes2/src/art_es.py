# Spanish articles q09-q16 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])

A("q09", "es", "2026-01-28", "https://example.org/nuevo-leon/envases-altamira-escobedo-planta",
"""Envases Altamira inyectará 3 mil 500 millones de pesos en planta de Escobedo

Monterrey, NL.- La fabricante de envases de aluminio Envases Altamira inyectará 3 mil 500 millones de pesos en una nueva planta en el municipio de General Escobedo, con la que prevé generar mil 200 empleos directos y cerca de 3 mil indirectos.

El anuncio lo hizo su director general, Mauricio Elizondo Treviño, en Palacio de Gobierno, acompañado por el secretario de Economía estatal, Jorge Alberto Cantú Leal, y la alcaldesa de Escobedo, Rosalinda Garza Villarreal.

“Nuevo León tiene el talento y la proveeduría que buscamos”, dijo Elizondo. La inversión se ejercerá entre 2026 y 2028 y la planta producirá 2 mil millones de latas al año.

Como parte del proyecto, la empresa firmó un convenio con el Colegio de Educación Profesional Técnica de Nuevo León (Conalep Nuevo León) para capacitar a 450 jóvenes en mantenimiento industrial y control de calidad. El director general del Conalep en el estado, Arturo Sepúlveda Cavazos, explicó que los alumnos realizarán prácticas en la planta desde el primer semestre.

Envases Altamira, que el año pasado registró ventas por 18 mil millones de pesos, es filial del grupo español Latas Ibéricas. Su directora de operaciones para Norteamérica, Lucía Ferrer Bosch, señaló que la planta abastecerá a cerveceras de México y Texas.

Cantú Leal recordó que en 2025 el estado captó más de 4 mil millones de dólares de inversión extranjera directa.""",
[("Envases Altamira", "Organization", ["Altamira"]),
 ("Mauricio Elizondo Treviño", "Person", ["Mauricio Elizondo", "Elizondo Treviño", "Elizondo"]),
 ("Jorge Alberto Cantú Leal", "Person", ["Jorge Alberto Cantú", "Cantú Leal", "Jorge Alberto Cantu Leal"]),
 ("Secretaría de Economía de Nuevo León", "Organization", ["Secretaría de Economía", "Secretaría de Economía estatal", "Secretaria de Economia de Nuevo Leon"]),
 ("Rosalinda Garza Villarreal", "Person", ["Rosalinda Garza", "Garza Villarreal"]),
 ("Conalep Nuevo León", "Organization", ["Conalep", "Colegio de Educación Profesional Técnica de Nuevo León", "Conalep Nuevo Leon", "CONALEP Nuevo León"]),
 ("Arturo Sepúlveda Cavazos", "Person", ["Arturo Sepúlveda", "Sepúlveda Cavazos", "Arturo Sepulveda Cavazos"]),
 ("Latas Ibéricas", "Organization", ["Latas Ibericas"]),
 ("Lucía Ferrer Bosch", "Person", ["Lucía Ferrer", "Ferrer Bosch", "Lucia Ferrer Bosch"]),
 ("General Escobedo", "Place", ["Escobedo", "municipio de General Escobedo"]),
 ("Nuevo León", "Place", ["Nuevo Leon", "NL", "N.L."]),
 ("Texas", "Place", []),
 MX],
roles=[R("Mauricio Elizondo Treviño", "director general", "Envases Altamira", "su director general, Mauricio Elizondo Treviño"),
       R("Jorge Alberto Cantú Leal", "secretario de Economía", ["Secretaría de Economía de Nuevo León", "Nuevo León"], "el secretario de Economía estatal, Jorge Alberto Cantú Leal"),
       R("Rosalinda Garza Villarreal", "alcaldesa", "General Escobedo", "la alcaldesa de Escobedo, Rosalinda Garza Villarreal"),
       R("Arturo Sepúlveda Cavazos", "director general", "Conalep Nuevo León", "El director general del Conalep en el estado, Arturo Sepúlveda Cavazos"),
       R("Lucía Ferrer Bosch", "directora de operaciones para Norteamérica", ["Envases Altamira", "Latas Ibéricas"], "Su directora de operaciones para Norteamérica, Lucía Ferrer Bosch")],
inv=[I("Envases Altamira", ["General Escobedo", "Nuevo León", "Mexico"], 3500000000, "MXN", "entre 2026 y 2028", "planta de envases de aluminio", "inyectará 3 mil 500 millones de pesos en una nueva planta")],
parts=[P("Envases Altamira", "Conalep Nuevo León", None, "la empresa firmó un convenio con el Colegio de Educación Profesional Técnica de Nuevo León"),
       P("Latas Ibéricas", "Envases Altamira", None, "es filial del grupo español Latas Ibéricas", opt=True)],
claims=[C("Envases Altamira", "jobs", 1200, "empleos", "generar mil 200 empleos directos"),
        C("Envases Altamira", "jobs", 3000, "empleos", "cerca de 3 mil indirectos", note="indirectos"),
        C("Conalep Nuevo León", "trainees", 450, "jóvenes", "para capacitar a 450 jóvenes"),
        C("Envases Altamira", "other", 2000000000, "latas al año", "2 mil millones de latas al año", opt=True)],
notes="Invented. '3 mil 500 millones de pesos' = 3.5e9 MXN; 'mil 200' = 1,200. The period is told in a later sentence. 'el secretario de Economía estatal' (state implied, Nuevo León). 'Su directora de operaciones para Norteamérica' follows a sentence naming both the subsidiary and the parent: either accepted. Subsidiary-of-parent is ownership (optional partnership). Sales and the state's FDI total are not investments.")

A("q10", "es", "2026-02-16", "https://example.org/colombia/conectia-andina-fibra-santander",
"""Conectia Andina desembolsará 850.000 millones de pesos para llevar fibra óptica a Santander

Bucaramanga.- El operador Conectia Andina desembolsará 850.000 millones de pesos en los próximos cuatro años para desplegar una red de fibra óptica en 74 municipios de Santander, de la mano de la Gobernación del departamento, informó la compañía este lunes.

La presidenta ejecutiva de Conectia Andina, Natalia Ospina Grajales, y el gobernador de Santander, Álvaro Mantilla Rueda, firmaron el memorando de entendimiento en Bucaramanga. Según la firma, el proyecto beneficiará a 1,3 millones de habitantes, de los cuales cerca de 400.000 viven en zonas rurales.

“Hay veredas donde hoy no entra ni la señal del celular”, afirmó Mantilla.

La ministra de Tecnologías de la Información y las Comunicaciones, Claudia Patricia Rengifo, destacó que la iniciativa complementa el programa nacional de conectividad. El Ministerio, sin embargo, no aportará recursos.

Las obras generarán 650 empleos directos, detalló el vicepresidente de infraestructura de la compañía, Sebastián Quintero Mejía. Además, Conectia y la Fundación Universitaria Comunera lanzarán el programa “Técnicos de la Red”, que formará a 300 instaladores en San Gil y Socorro.

El operador facturó 1,9 billones de pesos en 2025 y tiene unos 2,2 millones de clientes en el país. Su gerente para la región nororiental, Andrés Felipe Duarte, asumirá la coordinación del despliegue.""",
[("Conectia Andina", "Organization", ["Conectia"]),
 ("Gobernación de Santander", "Organization", ["Gobernación del departamento", "Gobernacion de Santander"]),
 ("Natalia Ospina Grajales", "Person", ["Natalia Ospina", "Ospina Grajales"]),
 ("Álvaro Mantilla Rueda", "Person", ["Álvaro Mantilla", "Mantilla Rueda", "Mantilla", "Alvaro Mantilla Rueda"]),
 ("Claudia Patricia Rengifo", "Person", ["Rengifo"]),
 ("Ministerio de Tecnologías de la Información y las Comunicaciones", "Organization", ["MinTIC", "Ministerio TIC", "Ministerio de Tecnologias de la Informacion y las Comunicaciones"]),
 ("Sebastián Quintero Mejía", "Person", ["Sebastián Quintero", "Quintero Mejía", "Sebastian Quintero Mejia"]),
 ("Fundación Universitaria Comunera", "Organization", ["Fundacion Universitaria Comunera"]),
 ("Técnicos de la Red", "Program", ["Tecnicos de la Red"]),
 ("Andrés Felipe Duarte", "Person", ["Duarte", "Andres Felipe Duarte"]),
 ("Santander", "Place", ["departamento de Santander", "Santander Department"]),
 ("Bucaramanga", "Place", []),
 ("San Gil", "Place", []),
 ("Socorro", "Place", []),
 ("Colombia", "Place", ["Colombie"])],
roles=[R("Natalia Ospina Grajales", "presidenta ejecutiva", "Conectia Andina", "La presidenta ejecutiva de Conectia Andina, Natalia Ospina Grajales"),
       R("Álvaro Mantilla Rueda", "gobernador", ["Santander", "Gobernación de Santander"], "el gobernador de Santander, Álvaro Mantilla Rueda"),
       R("Claudia Patricia Rengifo", "ministra de Tecnologías de la Información y las Comunicaciones", ["Ministerio de Tecnologías de la Información y las Comunicaciones", "Colombia"], "La ministra de Tecnologías de la Información y las Comunicaciones, Claudia Patricia Rengifo"),
       R("Sebastián Quintero Mejía", "vicepresidente de infraestructura", "Conectia Andina", "el vicepresidente de infraestructura de la compañía, Sebastián Quintero Mejía"),
       R("Andrés Felipe Duarte", "gerente para la región nororiental", "Conectia Andina", "Su gerente para la región nororiental, Andrés Felipe Duarte")],
inv=[I("Conectia Andina", ["Santander", "Colombia"], 850000000000, "COP", "en los próximos cuatro años", "red de fibra óptica en 74 municipios", "desembolsará 850.000 millones de pesos en los próximos cuatro años")],
parts=[P("Conectia Andina", "Gobernación de Santander", None, "de la mano de la Gobernación del departamento"),
       P("Conectia Andina", "Fundación Universitaria Comunera", "Técnicos de la Red", "Conectia y la Fundación Universitaria Comunera lanzarán el programa")],
claims=[C("Conectia Andina", "people_reached", 1300000, "habitantes", "beneficiará a 1,3 millones de habitantes"),
        C("Conectia Andina", "people_reached", 400000, "habitantes rurales", "cerca de 400.000 viven en zonas rurales", opt=True, note="subset of the 1.3 million"),
        C("Conectia Andina", "jobs", 650, "empleos", "Las obras generarán 650 empleos directos"),
        C("Técnicos de la Red", "trainees", 300, "instaladores", "formará a 300 instaladores"),
        C("Conectia Andina", "people_reached", 2200000, "clientes", "unos 2,2 millones de clientes", opt=True, note="existing clients"),
        C("Conectia Andina", "other", 74, "municipios", "en 74 municipios de Santander", opt=True)],
notes="Invented. '850.000 millones de pesos' = 8.5e11 COP. 'de la mano de la Gobernación del departamento' is the partnership (the MoU signing is told in the next sentence). The ministry explicitly contributes nothing: no partnership. The ministry is named without the country (Colombia). Revenue (1,9 billones) is not an investment. The rural subset and existing clients are optional.")

A("q11", "es", "2026-03-12", "https://example.org/peru/calizas-del-colca-yura-clinker",
"""Calizas del Colca contempla una inversión de S/ 1.200 millones en Arequipa

Arequipa.- La cementera Calizas del Colca contempla una inversión de S/ 1.200 millones (unos US$ 320 millones) para construir una nueva línea de clínker en el distrito de Yura, en la región Arequipa, anunció su gerente general, Renzo Valdivia Zegarra.

La obra se ejecutará entre 2026 y 2028 y generará 1.500 puestos de trabajo durante la construcción y 280 permanentes, precisó el ejecutivo. La nueva línea duplicará la capacidad de la planta, hasta 3 millones de toneladas anuales.

El gobernador regional de Arequipa, Wilber Huamaní Ccama, saludó el anuncio. “Es una señal de confianza en el sur”, dijo.

En tanto, el ministro de la Producción, Óscar Pacheco Luna, indicó que el proyecto forma parte de una cartera de 40 iniciativas industriales por S/ 9.000 millones que el Gobierno busca destrabar este año.

La empresa suscribió además una alianza con el Servicio Nacional de Adiestramiento en Trabajo Industrial (Senati) para formar a 200 soldadores y electricistas de la zona. Los cursos serán gratuitos y durarán seis meses.

Su CFO, Mariana Eguren Polar, informó que el financiamiento provendrá en 60 % de un préstamo sindicado de bancos locales. En 2023, la compañía ya había invertido S/ 350 millones en un molino de cemento en Matarani.""",
[("Calizas del Colca", "Organization", ["Calizas"]),
 ("Renzo Valdivia Zegarra", "Person", ["Renzo Valdivia", "Valdivia Zegarra"]),
 ("Wilber Huamaní Ccama", "Person", ["Wilber Huamaní", "Huamaní Ccama", "Wilber Huamani Ccama"]),
 ("Gobierno Regional de Arequipa", "Organization", ["Gobierno Regional", "GRA"]),
 ("Óscar Pacheco Luna", "Person", ["Óscar Pacheco", "Pacheco Luna", "Oscar Pacheco Luna"]),
 ("Ministerio de la Producción", "Organization", ["Produce", "Ministerio de la Produccion"]),
 ("Servicio Nacional de Adiestramiento en Trabajo Industrial", "Organization", ["Senati", "SENATI"]),
 ("Mariana Eguren Polar", "Person", ["Mariana Eguren", "Eguren Polar"]),
 ("Yura", "Place", ["distrito de Yura"]),
 ("Arequipa", "Place", ["región Arequipa", "Arequipa Region", "región de Arequipa"]),
 ("Matarani", "Place", []),
 ("Peru", "Place", ["Perú", "Pérou"])],
roles=[R("Renzo Valdivia Zegarra", "gerente general", "Calizas del Colca", "anunció su gerente general, Renzo Valdivia Zegarra"),
       R("Wilber Huamaní Ccama", "gobernador regional", ["Arequipa", "Gobierno Regional de Arequipa"], "El gobernador regional de Arequipa, Wilber Huamaní Ccama"),
       R("Óscar Pacheco Luna", "ministro de la Producción", ["Ministerio de la Producción", "Peru"], "el ministro de la Producción, Óscar Pacheco Luna"),
       R("Mariana Eguren Polar", "CFO", "Calizas del Colca", "Su CFO, Mariana Eguren Polar")],
inv=[I("Calizas del Colca", ["Yura", "Arequipa", "Peru"], 1200000000, "PEN", "entre 2026 y 2028", "nueva línea de clínker", "contempla una inversión de S/ 1.200 millones"),
     I("Calizas del Colca", ["Yura", "Arequipa", "Peru"], 320000000, "USD", "entre 2026 y 2028", "equivalente en dólares", "unos US$ 320 millones", opt=True),
     I("Calizas del Colca", ["Matarani", "Arequipa", "Peru"], 350000000, "PEN", "2023", "molino de cemento (antecedente)", "ya había invertido S/ 350 millones", opt=True)],
parts=[P("Calizas del Colca", "Servicio Nacional de Adiestramiento en Trabajo Industrial", None, "La empresa suscribió además una alianza con el Servicio Nacional de Adiestramiento en Trabajo Industrial")],
claims=[C("Calizas del Colca", "jobs", 1500, "puestos de trabajo", "generará 1.500 puestos de trabajo durante la construcción", note="construcción"),
        C("Calizas del Colca", "jobs", 280, "puestos de trabajo", "y 280 permanentes"),
        C("Servicio Nacional de Adiestramiento en Trabajo Industrial", "trainees", 200, "soldadores y electricistas", "para formar a 200 soldadores"),
        C("Calizas del Colca", "other", 3000000, "toneladas anuales", "hasta 3 millones de toneladas anuales", opt=True)],
notes="Invented. 'contempla una inversión de S/ 1.200 millones' = 1.2e9 PEN; USD equivalent optional. The national pipeline of S/ 9.000 millones is not an investment by anyone. The ministry is named without the country (Peru). 'Su CFO' (English abbreviation in Spanish text, possessive). A syndicated loan from unnamed banks gives no fact. The 2023 Matarani mill is past (optional).")

A("q12", "es", "2026-04-08", "https://example.org/argentina/eolica-austral-chubut-meseta-blanca",
"""Eólica Austral destinará US$ 480 millones a un parque eólico en Chubut

Rawson.- La generadora Eólica Austral destinará US$ 480 millones a la construcción del parque eólico Meseta Blanca, de 300 megavatios, en las afueras de Puerto Madryn, según informó el Gobierno del Chubut.

El gobernador Martín Luengo Ibáñez encabezó la firma del acuerdo con la compañía junto al CEO de Eólica Austral, Federico Basualdo Kraus, y al intendente de Puerto Madryn, Emiliano Ferro.

El ministro de Producción provincial, Horacio Pugh Jones, precisó que la obra demandará unos 600 trabajadores durante 18 meses y que la energía se venderá a grandes usuarios industriales. El parque abastecerá el equivalente al consumo de 350.000 hogares, agregó.

Eólica Austral conformará un consorcio con la Cooperativa de Servicios Públicos del Valle Inferior, que tendrá el 10 % del proyecto y se ocupará de la operación y el mantenimiento. Su presidente, Gustavo Owen, dijo que la cooperativa incorporará a 40 técnicos de la zona y que la empresa financiará 50 becas para estudiantes de la tecnicatura en energías renovables.

Basualdo Kraus añadió que la compañía evalúa invertir otros US$ 200 millones en una segunda etapa, aunque la decisión dependerá de la ampliación de las líneas de transmisión.

La generadora cuenta además con una línea de crédito de US$ 150 millones de un banco de desarrollo para la primera etapa.""",
[("Eólica Austral", "Organization", ["Eolica Austral"]),
 ("Meseta Blanca", "Organization", ["parque eólico Meseta Blanca"]),
 ("Gobierno del Chubut", "Organization", ["Gobierno de Chubut", "provincia del Chubut"]),
 ("Martín Luengo Ibáñez", "Person", ["Martín Luengo", "Luengo Ibáñez", "Martin Luengo Ibanez"]),
 ("Federico Basualdo Kraus", "Person", ["Federico Basualdo", "Basualdo Kraus"]),
 ("Emiliano Ferro", "Person", ["Ferro"]),
 ("Horacio Pugh Jones", "Person", ["Horacio Pugh", "Pugh Jones"]),
 ("Ministerio de Producción del Chubut", "Organization", ["Ministerio de Producción", "Ministerio de Produccion del Chubut"]),
 ("Cooperativa de Servicios Públicos del Valle Inferior", "Organization", ["Cooperativa del Valle Inferior", "Cooperativa de Servicios Publicos del Valle Inferior"]),
 ("Gustavo Owen", "Person", ["Owen"]),
 ("Puerto Madryn", "Place", []),
 ("Chubut", "Place", ["Chubut Province", "provincia del Chubut", "el Chubut"]),
 ("Rawson", "Place", []),
 ("Argentina", "Place", ["Argentine"])],
roles=[R("Martín Luengo Ibáñez", "gobernador", ["Chubut", "Gobierno del Chubut"], "El gobernador Martín Luengo Ibáñez"),
       R("Federico Basualdo Kraus", "CEO", "Eólica Austral", "al CEO de Eólica Austral, Federico Basualdo Kraus"),
       R("Emiliano Ferro", "intendente", "Puerto Madryn", "al intendente de Puerto Madryn, Emiliano Ferro"),
       R("Horacio Pugh Jones", "ministro de Producción", ["Ministerio de Producción del Chubut", "Chubut"], "El ministro de Producción provincial, Horacio Pugh Jones"),
       R("Gustavo Owen", "presidente", "Cooperativa de Servicios Públicos del Valle Inferior", "Su presidente, Gustavo Owen")],
inv=[I("Eólica Austral", ["Puerto Madryn", "Chubut", "Argentina"], 480000000, "USD", None, "parque eólico Meseta Blanca (300 MW)", "destinará US$ 480 millones a la construcción del parque eólico Meseta Blanca"),
     I("Eólica Austral", ["Puerto Madryn", "Chubut", "Argentina"], 200000000, "USD", None, "posible segunda etapa (en evaluación)", "evalúa invertir otros US$ 200 millones", opt=True)],
parts=[P("Eólica Austral", "Cooperativa de Servicios Públicos del Valle Inferior", "Meseta Blanca", "conformará un consorcio con la Cooperativa de Servicios Públicos del Valle Inferior"),
       P("Eólica Austral", "Gobierno del Chubut", None, "encabezó la firma del acuerdo con la compañía")],
claims=[C("Meseta Blanca", "jobs", 600, "trabajadores", "la obra demandará unos 600 trabajadores", note="construcción, 18 meses"),
        C("Cooperativa de Servicios Públicos del Valle Inferior", "jobs", 40, "técnicos", "incorporará a 40 técnicos de la zona"),
        C("Eólica Austral", "trainees", 50, "scholarships", "financiará 50 becas"),
        C("Meseta Blanca", "people_reached", 350000, "hogares", "el equivalente al consumo de 350.000 hogares", opt=True, note="consumption equivalence"),
        C("Meseta Blanca", "other", 300, "MW", "de 300 megavatios", opt=True)],
notes="Invented. 'El ministro de Producción provincial' (province from context, Chubut); 'intendente' = mayor. The agreement signed with the province ('encabezó la firma del acuerdo con la compañía') is a required partnership, the consortium with the cooperative another. The second stage is only being evaluated (optional). A development-bank credit line is not an investment (unnamed lender: no fact). Scholarships are trainees with unit scholarships. 'Su presidente' = the cooperative's.")

A("q13", "es", "2026-05-13", "https://example.org/el-salvador/daeseong-circuits-ilopango",
"""Daeseong Circuits invertirá US$ 65 millones en El Salvador

San Salvador.- El fabricante surcoreano de circuitos impresos Daeseong Circuits invertirá 65 millones de dólares en una planta en la zona franca de San Bartolo, en Ilopango, con la que creará 900 empleos formales, anunció la ministra de Economía, Karla Menjívar Rauda.

La inversión se hará en dos etapas hasta 2028. La primera, de US$ 40 millones, entrará en operación a finales de 2026.

El vicepresidente ejecutivo de Daeseong, Park Ji-hoon, explicó en conferencia de prensa que el país fue elegido tras comparar cinco destinos de la región. “La cercanía con Estados Unidos y la estabilidad fueron decisivas”, dijo el ejecutivo, quien estuvo acompañado por el embajador de Corea del Sur, Choi Dong-wook.

La compañía nombró a la salvadoreña Andrea Villalta Cáceres como gerente de país. Villalta dirigía hasta ahora una maquiladora textil en Santa Ana.

Daeseong firmó también una carta de intención con el Instituto Salvadoreño de Formación Profesional (Insaforp) para formar a 600 operarios en soldadura electrónica y control de calidad. El presidente de Insaforp, Ricardo Alas Menéndez, indicó que los primeros cursos comenzarán en agosto en un aula dentro de la propia zona franca.

Las exportaciones salvadoreñas de productos electrónicos sumaron US$ 310 millones en 2025, según el Banco Central de Reserva. La ministra Menjívar dijo esperar que otras dos empresas asiáticas del sector anuncien proyectos este año.""",
[("Daeseong Circuits", "Organization", ["Daeseong"]),
 ("Karla Menjívar Rauda", "Person", ["Karla Menjívar", "Menjívar Rauda", "Menjívar", "Karla Menjivar Rauda"]),
 ("Ministerio de Economía de El Salvador", "Organization", ["Ministerio de Economía", "Minec"]),
 ("Park Ji-hoon", "Person", ["Park"]),
 ("Choi Dong-wook", "Person", ["Choi"]),
 ("South Korea", "Place", ["Corea del Sur", "Corée du Sud", "República de Corea"]),
 ("Andrea Villalta Cáceres", "Person", ["Andrea Villalta", "Villalta Cáceres", "Villalta", "Andrea Villalta Caceres"]),
 ("Instituto Salvadoreño de Formación Profesional", "Organization", ["Insaforp", "INSAFORP", "Instituto Salvadoreno de Formacion Profesional"]),
 ("Ricardo Alas Menéndez", "Person", ["Ricardo Alas", "Alas Menéndez", "Ricardo Alas Menendez"]),
 ("Banco Central de Reserva", "Organization", ["BCR"]),
 ("San Bartolo", "Place", ["zona franca de San Bartolo"]),
 ("Ilopango", "Place", []),
 ("El Salvador", "Place", ["Salvador"]),
 ("Santa Ana", "Place", []),
 ("San Salvador", "Place", [])],
roles=[R("Karla Menjívar Rauda", "ministra de Economía", ["Ministerio de Economía de El Salvador", "El Salvador"], "anunció la ministra de Economía, Karla Menjívar Rauda"),
       R("Park Ji-hoon", "vicepresidente ejecutivo", "Daeseong Circuits", "El vicepresidente ejecutivo de Daeseong, Park Ji-hoon"),
       R("Choi Dong-wook", "embajador", "South Korea", "el embajador de Corea del Sur, Choi Dong-wook"),
       R("Andrea Villalta Cáceres", "gerente de país", "Daeseong Circuits", "nombró a la salvadoreña Andrea Villalta Cáceres como gerente de país"),
       R("Ricardo Alas Menéndez", "presidente", "Instituto Salvadoreño de Formación Profesional", "El presidente de Insaforp, Ricardo Alas Menéndez")],
inv=[I("Daeseong Circuits", ["San Bartolo", "Ilopango", "El Salvador"], 65000000, "USD", "en dos etapas hasta 2028", "planta de circuitos impresos", "invertirá 65 millones de dólares en una planta"),
     I("Daeseong Circuits", ["San Bartolo", "Ilopango", "El Salvador"], 40000000, "USD", "finales de 2026", "primera etapa (parte del total)", "La primera, de US$ 40 millones", opt=True)],
parts=[P("Daeseong Circuits", "Instituto Salvadoreño de Formación Profesional", None, "Daeseong firmó también una carta de intención con el Instituto Salvadoreño de Formación Profesional")],
claims=[C("Daeseong Circuits", "jobs", 900, "empleos", "creará 900 empleos formales"),
        C("Instituto Salvadoreño de Formación Profesional", "trainees", 600, "operarios", "para formar a 600 operarios")],
notes="Invented. The headline has 'US$ 65 millones', the body '65 millones de dólares'. The first stage (US$ 40 millones) is part of the total (optional). Ambassador's org = the country he represents (South Korea). 'nombró a X como gerente de país' is an appointment (required); her previous job at an unnamed maquiladora gives no fact. A carta de intención is a partnership. Exports are not investments; the two unnamed Asian firms are rumours (no fact).")

A("q14", "es", "2026-06-04", "https://example.org/yucatan/farmacias-kanan-nuevo-director-expansion",
"""Farmacias Kanán nombra nuevo director general y destinará mil 800 millones de pesos a su expansión

Mérida, Yuc.- La cadena yucateca Farmacias Kanán informó que Rodrigo Peniche Cámara sucederá a Gilberto Abraham Duarte como director general a partir del 1 de julio, en plena expansión de la empresa por la península.

Peniche, quien hasta ahora se desempeñaba como director de Operaciones (COO) de la cadena, encabezará un plan por mil 800 millones de pesos para abrir 120 sucursales y un centro de distribución en Yucatán, Campeche y Quintana Roo durante los próximos tres años. Abraham Duarte, fundador de la empresa, pasará a presidir el consejo de administración.

El plan generará mil 400 empleos directos, detalló la directora de Expansión, Verónica Chan Pech.

Durante el anuncio, la secretaria de Fomento Económico y Trabajo de Yucatán, Mariana Couoh Aké, destacó que el comercio minorista emplea a más de 110 mil personas en el estado.

La cadena alcanzó ventas por 6 mil 200 millones de pesos en 2025 y atiende a unos 2 millones de clientes al mes.

Además, Farmacias Kanán y la Universidad Peninsular de Negocios firmaron un convenio para crear un diplomado en farmacia comunitaria, por el que se otorgarán 200 becas a empleados de la cadena. El rector de la institución, Jorge Alberto Canto Medina, dijo que la primera generación iniciará en septiembre con clases en línea y presenciales.""",
[("Farmacias Kanán", "Organization", ["Kanán", "Farmacias Kanan"]),
 ("Rodrigo Peniche Cámara", "Person", ["Rodrigo Peniche", "Peniche Cámara", "Peniche", "Rodrigo Peniche Camara"]),
 ("Gilberto Abraham Duarte", "Person", ["Gilberto Abraham", "Abraham Duarte"]),
 ("Verónica Chan Pech", "Person", ["Verónica Chan", "Chan Pech", "Veronica Chan Pech"]),
 ("Mariana Couoh Aké", "Person", ["Mariana Couoh", "Couoh Aké", "Mariana Couoh Ake"]),
 ("Secretaría de Fomento Económico y Trabajo de Yucatán", "Organization", ["Secretaría de Fomento Económico y Trabajo", "Sefoet", "Secretaria de Fomento Economico y Trabajo de Yucatan"]),
 ("Universidad Peninsular de Negocios", "Organization", []),
 ("Jorge Alberto Canto Medina", "Person", ["Jorge Alberto Canto", "Canto Medina"]),
 ("Mérida", "Place", ["Merida"]),
 ("Yucatán", "Place", ["Yucatan", "Yuc.", "península de Yucatán"]),
 ("Campeche", "Place", []),
 ("Quintana Roo", "Place", []),
 MX],
roles=[R("Rodrigo Peniche Cámara", "director general", "Farmacias Kanán", "Rodrigo Peniche Cámara sucederá a Gilberto Abraham Duarte como director general"),
       R("Gilberto Abraham Duarte", "director general", "Farmacias Kanán", "Rodrigo Peniche Cámara sucederá a Gilberto Abraham Duarte como director general"),
       R("Rodrigo Peniche Cámara", ["director de Operaciones", "COO"], "Farmacias Kanán", "se desempeñaba como director de Operaciones (COO)"),
       R("Gilberto Abraham Duarte", ["presidente del consejo de administración", "presidente del consejo"], "Farmacias Kanán", "pasará a presidir el consejo de administración"),
       R("Gilberto Abraham Duarte", "fundador", "Farmacias Kanán", "Abraham Duarte, fundador de la empresa", opt=True),
       R("Verónica Chan Pech", "directora de Expansión", "Farmacias Kanán", "la directora de Expansión, Verónica Chan Pech"),
       R("Mariana Couoh Aké", "secretaria de Fomento Económico y Trabajo", ["Secretaría de Fomento Económico y Trabajo de Yucatán", "Yucatán"], "la secretaria de Fomento Económico y Trabajo de Yucatán, Mariana Couoh Aké"),
       R("Jorge Alberto Canto Medina", "rector", "Universidad Peninsular de Negocios", "El rector de la institución, Jorge Alberto Canto Medina")],
inv=[I("Farmacias Kanán", ["Yucatán", "Campeche", "Quintana Roo", "Mexico"], 1800000000, "MXN", "durante los próximos tres años", "120 sucursales y un centro de distribución", "encabezará un plan por mil 800 millones de pesos")],
parts=[P("Farmacias Kanán", "Universidad Peninsular de Negocios", "diplomado en farmacia comunitaria", "Farmacias Kanán y la Universidad Peninsular de Negocios firmaron un convenio")],
claims=[C("Farmacias Kanán", "jobs", 1400, "empleos", "El plan generará mil 400 empleos directos"),
        C("Farmacias Kanán", "trainees", 200, "scholarships", "se otorgarán 200 becas"),
        C("Farmacias Kanán", "people_reached", 2000000, "clientes al mes", "unos 2 millones de clientes al mes", opt=True, note="existing clients"),
        C("Yucatán", "jobs", 110000, "personas", "emplea a más de 110 mil personas", opt=True, note="sector employment"),
        C("Farmacias Kanán", "other", 120, "sucursales", "abrir 120 sucursales", opt=True)],
notes="Invented. Succession 'X sucederá a Y como director general a partir del 1 de julio': both required (Y in office until then). X's COO post ('hasta ahora se desempeñaba') is current until July (required, like an outgoing post). Y's new board chair post is required; 'fundador' optional. The investment is a noun phrase 'un plan por mil 800 millones de pesos' (= 1.8e9 MXN) attached to the new CEO. Sales are not an investment. Existing clients and sector employment optional. Scholarships are trainees.")

A("q15", "es", "2026-07-14", "https://example.org/paraguay/nubesur-condor-hernandarias-datos",
"""NubeSur y Cóndor Digital invertirán US$ 1.200 millones en un campus de datos en Paraguay

Asunción.- La brasileña NubeSur Data, en alianza con el fondo chileno Cóndor Digital Partners, invertirá US$ 1.200 millones entre 2026 y 2030 en un campus de centros de datos en Hernandarias, departamento de Alto Paraná, para aprovechar la energía hidroeléctrica de la zona.

El anuncio fue realizado en el Palacio de López por el ministro de Industria y Comercio, Diego Cardozo Benítez, y el director ejecutivo (CEO) de NubeSur, Henrique Lacerda Prado.

La Administración Nacional de Electricidad (ANDE) y NubeSur firmaron un contrato de suministro de 300 megavatios por 15 años. La presidenta de la ANDE, Liz Ayala Fretes, precisó que la empresa pagará tarifas de alta tensión.

Según el Gobierno, el proyecto creará 2.000 empleos durante la construcción y 350 puestos permanentes, y aportará el 0,8 % del PIB cuando opere a plena capacidad.

Cóndor Digital Partners, cuyo socio gerente es Matías Larraín Errázuriz, aportará el 40 % del capital. El gobernador de Alto Paraná, Rubén Giménez Oviedo, dijo que el departamento ofrecerá exenciones de tasas y un acceso vial nuevo.

NubeSur, que opera seis centros de datos en Brasil, facturó R$ 2.300 millones el año pasado. La empresa no descartó abrir más adelante una oficina comercial en Asunción.""",
[("NubeSur Data", "Organization", ["NubeSur"]),
 ("Cóndor Digital Partners", "Organization", ["Cóndor Digital", "Condor Digital Partners"]),
 ("Diego Cardozo Benítez", "Person", ["Diego Cardozo", "Cardozo Benítez", "Diego Cardozo Benitez"]),
 ("Ministerio de Industria y Comercio del Paraguay", "Organization", ["Ministerio de Industria y Comercio", "MIC"]),
 ("Henrique Lacerda Prado", "Person", ["Henrique Lacerda", "Lacerda Prado"]),
 ("Administración Nacional de Electricidad", "Organization", ["ANDE", "Administracion Nacional de Electricidad"]),
 ("Liz Ayala Fretes", "Person", ["Liz Ayala", "Ayala Fretes"]),
 ("Matías Larraín Errázuriz", "Person", ["Matías Larraín", "Larraín Errázuriz", "Matias Larrain Errazuriz"]),
 ("Rubén Giménez Oviedo", "Person", ["Rubén Giménez", "Giménez Oviedo", "Ruben Gimenez Oviedo"]),
 ("Gobernación de Alto Paraná", "Organization", ["Gobernacion de Alto Parana"]),
 ("Hernandarias", "Place", []),
 ("Alto Paraná", "Place", ["Alto Parana", "departamento de Alto Paraná"]),
 ("Paraguay", "Place", []),
 ("Asunción", "Place", ["Asuncion"]),
 ("Brazil", "Place", ["Brasil", "Brésil"])],
roles=[R("Diego Cardozo Benítez", "ministro de Industria y Comercio", ["Ministerio de Industria y Comercio del Paraguay", "Paraguay"], "el ministro de Industria y Comercio, Diego Cardozo Benítez"),
       R("Henrique Lacerda Prado", ["director ejecutivo", "CEO"], "NubeSur Data", "el director ejecutivo (CEO) de NubeSur, Henrique Lacerda Prado"),
       R("Liz Ayala Fretes", "presidenta", "Administración Nacional de Electricidad", "La presidenta de la ANDE, Liz Ayala Fretes"),
       R("Matías Larraín Errázuriz", "socio gerente", "Cóndor Digital Partners", "cuyo socio gerente es Matías Larraín Errázuriz"),
       R("Rubén Giménez Oviedo", "gobernador", ["Alto Paraná", "Gobernación de Alto Paraná"], "El gobernador de Alto Paraná, Rubén Giménez Oviedo")],
inv=[I("NubeSur Data", ["Hernandarias", "Alto Paraná", "Paraguay"], 1200000000, "USD", "entre 2026 y 2030", "campus de centros de datos", "invertirá US$ 1.200 millones entre 2026 y 2030", alts=["Cóndor Digital Partners"]),
     I("Cóndor Digital Partners", ["Hernandarias", "Alto Paraná", "Paraguay"], 1200000000, "USD", "entre 2026 y 2030", "misma inversión (co-inversor, 40 % del capital)", "invertirá US$ 1.200 millones entre 2026 y 2030", opt=True, alts=["NubeSur Data"])],
parts=[P("NubeSur Data", "Cóndor Digital Partners", None, "en alianza con el fondo chileno Cóndor Digital Partners"),
       P("NubeSur Data", "Administración Nacional de Electricidad", "contrato de suministro de 300 MW", "firmaron un contrato de suministro de 300 megavatios")],
claims=[C("NubeSur Data", "jobs", 2000, "empleos", "creará 2.000 empleos durante la construcción", note="construcción"),
        C("NubeSur Data", "jobs", 350, "puestos", "350 puestos permanentes"),
        C("NubeSur Data", "gdp_contribution", 0.8, "percent", "aportará el 0,8 % del PIB"),
        C("NubeSur Data", "other", 300, "MW", "contrato de suministro de 300 megavatios", opt=True)],
notes="Invented. 'X, en alianza con Y, invertirá ...' (singular verb): joint investment, required row with the partner as alternative, optional row for the partner (40 % of equity, not turned into an amount). A long-term power supply contract with the state utility is a signed agreement (required partnership, as in the first probe set). 'director ejecutivo (CEO)' either accepted. Revenue in BRL is not an investment; the possible sales office gives no fact.")

A("q16", "es", "2026-09-08", "https://example.org/ecuador/camaronera-puerto-jeli-secap-convenio",
"""Camaronera Puerto Jelí, el SECAP y un instituto tecnológico firman convenio para formar a 2.500 acuicultores

Machala.- La exportadora de camarón Camaronera Puerto Jelí, el Servicio Ecuatoriano de Capacitación Profesional (SECAP) y el Instituto Superior Tecnológico Costa Azul firmaron este martes un convenio tripartito para formar a 2.500 trabajadores acuícolas de la provincia de El Oro durante los próximos dos años.

El programa, denominado “Acuicultura 4.0”, incluirá cursos de manejo de piscinas, bioseguridad y uso de alimentadores automáticos. Para ello, la compañía desembolsará US$ 3,5 millones en equipar dos laboratorios de práctica en Santa Rosa, explicó su gerente general, Xavier Aguirre Loayza.

La directora ejecutiva del SECAP, Paola Villacrés Andrade, señaló que el 40 % de los cupos estará reservado para mujeres. Por su parte, el rector del instituto, Fernando Romero Apolo, anunció que la empresa otorgará 150 becas completas para la carrera de tecnología en acuicultura.

Al acto asistieron el viceministro de Acuacultura y Pesca, Julio Mite Cedeño, y la prefecta de El Oro, Carmen Zambrano Ruilova, quien calificó al camarón como “el motor de la provincia”.

Camaronera Puerto Jelí emplea a 3.800 personas y exportó US$ 420 millones en 2025, principalmente a China y Europa. La empresa prevé certificar todas sus piscinas bajo estándares internacionales antes de 2028.""",
[("Camaronera Puerto Jelí", "Organization", ["Puerto Jelí", "Camaronera Puerto Jeli"]),
 ("Servicio Ecuatoriano de Capacitación Profesional", "Organization", ["SECAP", "Secap", "Servicio Ecuatoriano de Capacitacion Profesional"]),
 ("Instituto Superior Tecnológico Costa Azul", "Organization", ["Instituto Costa Azul", "Instituto Superior Tecnologico Costa Azul"]),
 ("Acuicultura 4.0", "Program", []),
 ("Xavier Aguirre Loayza", "Person", ["Xavier Aguirre", "Aguirre Loayza"]),
 ("Paola Villacrés Andrade", "Person", ["Paola Villacrés", "Villacrés Andrade", "Paola Villacres Andrade"]),
 ("Fernando Romero Apolo", "Person", ["Fernando Romero", "Romero Apolo"]),
 ("Julio Mite Cedeño", "Person", ["Julio Mite", "Mite Cedeño", "Julio Mite Cedeno"]),
 ("Ministerio de Producción, Comercio Exterior, Inversiones y Pesca", "Organization", ["Viceministerio de Acuacultura y Pesca", "Ministerio de Producción"]),
 ("Carmen Zambrano Ruilova", "Person", ["Carmen Zambrano", "Zambrano Ruilova"]),
 ("Prefectura de El Oro", "Organization", ["Gobierno Provincial de El Oro"]),
 ("Machala", "Place", []),
 ("El Oro", "Place", ["provincia de El Oro", "El Oro Province"]),
 ("Santa Rosa", "Place", []),
 ("Ecuador", "Place", ["Équateur"])],
roles=[R("Xavier Aguirre Loayza", "gerente general", "Camaronera Puerto Jelí", "su gerente general, Xavier Aguirre Loayza"),
       R("Paola Villacrés Andrade", "directora ejecutiva", "Servicio Ecuatoriano de Capacitación Profesional", "La directora ejecutiva del SECAP, Paola Villacrés Andrade"),
       R("Fernando Romero Apolo", "rector", "Instituto Superior Tecnológico Costa Azul", "el rector del instituto, Fernando Romero Apolo"),
       R("Julio Mite Cedeño", "viceministro de Acuacultura y Pesca", ["Ministerio de Producción, Comercio Exterior, Inversiones y Pesca", "Ecuador"], "el viceministro de Acuacultura y Pesca, Julio Mite Cedeño"),
       R("Carmen Zambrano Ruilova", "prefecta", ["El Oro", "Prefectura de El Oro"], "la prefecta de El Oro, Carmen Zambrano Ruilova")],
inv=[I("Camaronera Puerto Jelí", ["Santa Rosa", "El Oro", "Ecuador"], 3500000, "USD", None, "dos laboratorios de práctica", "la compañía desembolsará US$ 3,5 millones")],
parts=[P("Camaronera Puerto Jelí", "Servicio Ecuatoriano de Capacitación Profesional", "Acuicultura 4.0", "firmaron este martes un convenio tripartito"),
       P("Camaronera Puerto Jelí", "Instituto Superior Tecnológico Costa Azul", "Acuicultura 4.0", "firmaron este martes un convenio tripartito")],
claims=[C("Acuicultura 4.0", "trainees", 2500, "trabajadores", "para formar a 2.500 trabajadores acuícolas"),
        C("Camaronera Puerto Jelí", "trainees", 150, "scholarships", "otorgará 150 becas completas"),
        C("Camaronera Puerto Jelí", "jobs", 3800, "personas", "emplea a 3.800 personas", opt=True, note="existing workforce")],
notes="Invented. Three-party convenio: one row per pair with the lead company, none between SECAP and the institute. 'viceministro' is a vice post; his ministry is the real Ecuadorian production ministry (named as an entity). 'prefecta' heads a province (org El Oro). 'US$ 3,5 millones' = 3.5e6 (decimal comma). Exports are not investments; existing workforce optional. The 40 % quota is not a claim.")
