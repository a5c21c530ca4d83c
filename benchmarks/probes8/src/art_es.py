# Spanish articles r13-r16 (invented).
MX = ("Mexico", "Place", ["México", "Mexique"])
CO = ("Colombia", "Place", ["Colombie"])
PE = ("Peru", "Place", ["Perú", "Pérou"])
AR = ("Argentina", "Place", ["Argentine"])
FRs = ("France", "Place", ["Francia"])

A("r13", "es", "2026-02-17", "https://example.org/hidalgo-noticias/2026/02/17/aubreval-tepeji-planta-frascos",
"""Francesa Aubréval invertirá mil 300 millones de pesos en planta de frascos en Tepeji del Río; generará 650 empleos

Pachuca, Hgo.— La empresa francesa Aubréval, fabricante de frascos de vidrio para perfumería y cosmética, invertirá mil 300 millones de pesos en la construcción de su primera planta en el continente americano, que se ubicará en un parque industrial de Tepeji del Río y comenzará a operar en el segundo semestre de 2027.

El anuncio se realizó este martes en Palacio de Gobierno, donde el gobernador Alfonso Meneses Cravioto y el director general de Aubréval, Philippe Sauveterre-Daguerre, firmaron un convenio de colaboración mediante el cual el estado se compromete a agilizar los permisos de construcción y a gestionar el suministro de gas natural para los hornos de la planta.

La secretaria de Desarrollo Económico, Araceli Zerón Licona, informó que el proyecto generará 650 empleos directos y alrededor de mil 300 indirectos, y que la empresa dará preferencia a la contratación de habitantes de Tepeji, Tula y Atotonilco de Tula.

Para formar al personal técnico, Aubréval firmó además un convenio con el Conalep Hidalgo, que capacitará a 200 técnicos en operación de hornos, control de calidad y mantenimiento industrial durante los próximos dos años. El director general del Conalep Hidalgo, Rubén Escamilla Tellería, detalló que los cursos se impartirán en el plantel de Tepeji y en las instalaciones de la empresa.

“Nuestros clientes, las grandes casas de perfume, producen cada vez más en México para el mercado de Norteamérica. Queríamos estar a menos de un día de camión de sus líneas de llenado”, explicó Sauveterre-Daguerre.

Atestiguaron la firma la embajadora de Francia en México, Sophie Kervarec-Ibos, y el presidente de la CCI France México, Thierry Plassard-Lombard, quien destacó que se trata de la tercera inversión industrial francesa anunciada en la entidad en los últimos dos años.

PUBLICIDAD

De acuerdo con cifras de la Secretaría de Economía federal, Hidalgo captó mil 240 millones de dólares de inversión extranjera directa en 2025. Aubréval, fundada en 1887 en el valle de la Bresle, en Normandía, emplea a mil 900 personas en Francia y en Polonia.""",
[("Aubréval", "Organization", ["Aubreval"]),
 ("Gobierno de Hidalgo", "Organization", ["Gobierno del Estado de Hidalgo"]),
 ("Secretaría de Desarrollo Económico de Hidalgo", "Organization", ["Secretaria de Desarrollo Economico de Hidalgo", "Sedeco Hidalgo", "SEDECO Hidalgo"]),
 ("Conalep Hidalgo", "Organization", ["Colegio de Educación Profesional Técnica del Estado de Hidalgo", "Colegio de Educacion Profesional Tecnica del Estado de Hidalgo"]),
 ("CCI France Mexique", "Organization", ["CCI France-Mexique", "Cámara Franco-Mexicana de Comercio e Industria", "CCI France México", "CCI France Mexico"]),
 ("Alfonso Meneses Cravioto", "Person", ["Alfonso Meneses", "Meneses Cravioto"]),
 ("Philippe Sauveterre-Daguerre", "Person", ["Sauveterre-Daguerre"]),
 ("Araceli Zerón Licona", "Person", ["Araceli Zeron Licona", "Araceli Zerón", "Zerón Licona"]),
 ("Rubén Escamilla Tellería", "Person", ["Ruben Escamilla Tellería", "Rubén Escamilla", "Escamilla Tellería"]),
 ("Sophie Kervarec-Ibos", "Person", ["Kervarec-Ibos"]),
 ("Thierry Plassard-Lombard", "Person", ["Plassard-Lombard"]),
 ("Tepeji del Río", "Place", ["Tepeji del Rio", "Tepeji"]),
 ("Hidalgo", "Place", ["Hgo."]),
 ("Pachuca", "Place", []),
 ("Tula", "Place", []),
 ("Atotonilco de Tula", "Place", []),
 ("Normandía", "Place", ["Normandie", "Normandy"]),
 ("Polonia", "Place", ["Pologne", "Poland"]),
 ("Norteamérica", "Place", ["North America"]),
 MX, FRs],
roles=[R("Alfonso Meneses Cravioto", ["gobernador", "gobernador de Hidalgo"], ["Hidalgo", "Gobierno de Hidalgo"], "donde el gobernador Alfonso Meneses Cravioto"),
       R("Philippe Sauveterre-Daguerre", "director general", "Aubréval", "el director general de Aubréval, Philippe Sauveterre-Daguerre"),
       R("Araceli Zerón Licona", ["secretaria de Desarrollo Económico", "secretaria"], ["Secretaría de Desarrollo Económico de Hidalgo", "Hidalgo", "Gobierno de Hidalgo"], "La secretaria de Desarrollo Económico, Araceli Zerón Licona"),
       R("Rubén Escamilla Tellería", "director general", "Conalep Hidalgo", "El director general del Conalep Hidalgo, Rubén Escamilla Tellería"),
       R("Sophie Kervarec-Ibos", ["embajadora", "embajadora de Francia en México"], "France", "la embajadora de Francia en México, Sophie Kervarec-Ibos"),
       R("Thierry Plassard-Lombard", "presidente", "CCI France Mexique", "el presidente de la CCI France México, Thierry Plassard-Lombard")],
inv=[I("Aubréval", ["Tepeji del Río", "Hidalgo", "Mexico"], 1300000000, "MXN", "operación en el segundo semestre de 2027", "planta de frascos de vidrio", "invertirá mil 300 millones de pesos en la construcción de su primera planta")],
parts=[P("Gobierno de Hidalgo", "Aubréval", "convenio de colaboración (permisos, gas natural)", "firmaron un convenio de colaboración mediante el cual el estado se compromete"),
       P("Aubréval", "Conalep Hidalgo", "convenio de capacitación", "Aubréval firmó además un convenio con el Conalep Hidalgo")],
claims=[C("Aubréval", "jobs", 650, "empleos directos", "el proyecto generará 650 empleos directos"),
        C("Aubréval", "jobs", 1300, "empleos indirectos", "alrededor de mil 300 indirectos"),
        C("Conalep Hidalgo", "trainees", 200, "técnicos capacitados", "que capacitará a 200 técnicos"),
        C("Aubréval", "jobs", 1900, "empleados en Francia y Polonia", "emplea a mil 900 personas", opt=True, note="existing workforce")],
notes="Invented. Hidalgo regional paper with a place line ('Pachuca, Hgo.—') and 'PUBLICIDAD'. Mexican number words: 'mil 300 millones de pesos' = 1.3e9 MXN, 'mil 300 indirectos' = 1,300 jobs, 'mil 900 personas' = 1,900. The convenio is told with both signatories as the subject ('el gobernador X y el director general de Y firmaron un convenio'): one required pair, the state government and the company. The Conalep convenio is required. The ambassador and the chamber president witnessed (roles only; the chamber is not a partner). FDI of the state is background.")

A("r14", "es", "2026-05-05", "https://example.org/valle-economia/2026/05/05/merevia-yumbo-vacunas",
"""Farmacéutica francesa Mérévia instalará en Yumbo planta de vacunas veterinarias por US$ 40 millones

La compañía francesa Mérévia Biotech, especializada en vacunas para aves y cerdos, construirá en Yumbo su primera planta de producción fuera de Europa. La inversión será de US$ 40 millones (unos $ 160.000 millones) y la fábrica, que atenderá a los avicultores y porcicultores de la región andina y de Centroamérica, deberá estar lista a comienzos de 2028.

La gobernadora del Valle del Cauca, Mariela Zamorano Sarria, y la presidenta de Mérévia Biotech, Anne-Laure Berthomieu, firmaron el lunes en Cali un memorando de entendimiento en el que el departamento se compromete a acompañar los trámites ante el Invima y a promover el proyecto ante los gremios del sector pecuario.

La planta generará 250 empleos directos, en su mayoría para veterinarios, biólogos, químicos y técnicos de laboratorio. Para conseguirlos, la empresa se alió con la Universidad del Valle, con la que montará un laboratorio de control de calidad y financiará 40 becas de maestría en microbiología. “Es el tipo de alianza que le pedimos a la industria: que invierta en la formación de nuestros estudiantes y no solo en su contratación”, afirmó el rector de Univalle, Jairo Aponzá Lenis.

De la mano del SENA Regional Valle, Mérévia formará además a 300 aprendices en buenas prácticas de manufactura. La directora regional del SENA, Luz Dary Riascos Obando, indicó que la primera cohorte iniciará en agosto.

La filial, Mérévia Colombia, será dirigida por el médico veterinario caleño Andrés Felipe Garcés Lloreda, hasta ahora director técnico de una cooperativa avícola del Valle.

“Colombia es uno de los mayores productores de huevo y pollo de América Latina, y hoy importa casi todas sus vacunas”, explicó Berthomieu.

TE PUEDE INTERESAR: Exportaciones del Valle crecieron 9 % en el primer trimestre

Según el gremio avícola, el país produjo en 2025 más de 18.000 millones de huevos. Mérévia Biotech, con sede en Nantes, tiene 720 empleados y plantas en Francia y Tailandia.""",
[("Mérévia Biotech", "Organization", ["Merevia Biotech", "Mérévia", "Merevia"]),
 ("Mérévia Colombia", "Organization", ["Merevia Colombia"]),
 ("Gobernación del Valle del Cauca", "Organization", ["Gobernacion del Valle del Cauca", "Gobernación del Valle"]),
 ("Universidad del Valle", "Organization", ["Univalle"]),
 ("SENA Regional Valle", "Organization", ["SENA Valle", "Servicio Nacional de Aprendizaje Regional Valle"]),
 ("Servicio Nacional de Aprendizaje", "Organization", ["SENA", "Sena"]),
 ("Mariela Zamorano Sarria", "Person", ["Mariela Zamorano Sarria", "Mariela Zamorano", "Zamorano Sarria"]),
 ("Anne-Laure Berthomieu", "Person", ["Berthomieu"]),
 ("Jairo Aponzá Lenis", "Person", ["Jairo Aponzá", "Aponzá Lenis"]),
 ("Luz Dary Riascos Obando", "Person", ["Luz Dary Riascos Obando", "Luz Dary Riascos", "Riascos Obando"]),
 ("Andrés Felipe Garcés Lloreda", "Person", ["Andres Felipe Garcés Lloreda", "Andrés Felipe Garcés", "Garcés Lloreda"]),
 ("Yumbo", "Place", []),
 ("Valle del Cauca", "Place", ["Valle"]),
 ("Cali", "Place", []),
 ("Nantes", "Place", []),
 ("Tailandia", "Place", ["Thailand", "Thaïlande"]),
 ("Europa", "Place", ["Europe"]),
 ("Centroamérica", "Place", ["Central America"]),
 ("América Latina", "Place", ["Latin America", "Amérique latine"]),
 CO, FRs],
roles=[R("Mariela Zamorano Sarria", ["gobernadora", "gobernadora del Valle del Cauca"], ["Valle del Cauca", "Gobernación del Valle del Cauca"], "La gobernadora del Valle del Cauca, Mariela Zamorano Sarria"),
       R("Anne-Laure Berthomieu", "presidenta", "Mérévia Biotech", "la presidenta de Mérévia Biotech, Anne-Laure Berthomieu"),
       R("Jairo Aponzá Lenis", "rector", "Universidad del Valle", "afirmó el rector de Univalle, Jairo Aponzá Lenis"),
       R("Luz Dary Riascos Obando", ["directora regional", "directora regional del SENA"], ["SENA Regional Valle", "Servicio Nacional de Aprendizaje"], "La directora regional del SENA, Luz Dary Riascos Obando"),
       R("Andrés Felipe Garcés Lloreda", ["director", "gerente", "gerente general", "directivo"], ["Mérévia Colombia", "Mérévia Biotech"], "será dirigida por el médico veterinario caleño Andrés Felipe Garcés Lloreda"),
       R("Andrés Felipe Garcés Lloreda", "director técnico", None, "hasta ahora director técnico de una cooperativa avícola del Valle", opt=True)],
inv=[I("Mérévia Biotech", ["Yumbo", "Valle del Cauca", "Colombia"], 40000000, "USD", "lista a comienzos de 2028", "planta de vacunas veterinarias", "La inversión será de US$ 40 millones", alts=["Mérévia Colombia"]),
     I("Mérévia Biotech", ["Yumbo", "Valle del Cauca", "Colombia"], 160000000000, "COP", None, "equivalente en pesos", "(unos $ 160.000 millones)", opt=True, alts=["Mérévia Colombia"])],
parts=[P("Gobernación del Valle del Cauca", "Mérévia Biotech", "memorando de entendimiento (trámites, promoción)", "firmaron el lunes en Cali un memorando de entendimiento"),
       P("Mérévia Biotech", "Universidad del Valle", "alianza (laboratorio de control de calidad, becas)", "la empresa se alió con la Universidad del Valle"),
       P("Mérévia Biotech", "SENA Regional Valle", "formación de aprendices", "De la mano del SENA Regional Valle", b_alt=["Servicio Nacional de Aprendizaje"])],
claims=[C("Mérévia Biotech", "jobs", 250, "empleos directos", "La planta generará 250 empleos directos"),
        C("Universidad del Valle", "trainees", 40, "becas de maestría", "financiará 40 becas de maestría en microbiología"),
        C("SENA Regional Valle", "trainees", 300, "aprendices", "formará además a 300 aprendices"),
        C("Mérévia Biotech", "jobs", 720, "empleados", "tiene 720 empleados", opt=True, note="existing workforce")],
notes="Invented. Colombian regional business paper with 'TE PUEDE INTERESAR'. 'La inversión será de US$ 40 millones (unos $ 160.000 millones)': the COP equivalent is optional. The memorando is signed by the governor and the company's president (one required pair, department and company). 'se alió con la Universidad del Valle, con la que montará ... y financiará 40 becas' (required alliance; scholarships are trainees). 'De la mano del SENA Regional Valle, Mérévia formará' is a training partnership (required). The future head of the subsidiary ('será dirigida por') gets a loose title list; his 'hasta ahora' post at an unnamed cooperative is optional (no org). Egg output is background.")

A("r15", "es", "2026-08-04", "https://example.org/economia-peru/2026/08/04/agrivalys-viru-planta-congelados",
"""Francesa Agrivalys invertirá US$ 55 millones en planta de congelados en Virú y firma convenio con el Gobierno Regional de La Libertad

El grupo agroindustrial francés Agrivalys construirá en Virú, en La Libertad, una planta de congelado de espárrago, palta y arándano que demandará una inversión de US$ 55 millones y entrará en operación en la campaña 2027-2028, informó su filial peruana, Agrivalys Perú.

El gerente general de Agrivalys Perú, Diego Chávarry Ganoza, y el gobernador regional de La Libertad, Teófilo Anticona Vergaray, suscribieron el martes en Trujillo un convenio marco de cooperación por el que el Gobierno Regional se compromete a asfaltar el acceso a la planta desde la Panamericana Norte y a facilitar la conexión eléctrica. La compañía, a su vez, dará prioridad a proveedores y trabajadores de la región.

En temporada alta, la planta dará trabajo a 1.500 personas, de las cuales 280 tendrán empleo permanente. “La mano de obra de Virú conoce el campo y conoce la exportación. Eso no se encuentra en cualquier parte”, señaló Chávarry Ganoza.

El abastecimiento de agua está asegurado por un contrato de 20 años firmado con el Proyecto Especial Chavimochic, cuyo gerente general, Rolando Mestanza Cueva, explicó que la planta utilizará agua del canal madre para sus procesos de lavado y enfriamiento.

La empresa también firmó un convenio con la Universidad Nacional de Trujillo (UNT), que enviará cada año 100 practicantes de ingeniería agroindustrial y de industrias alimentarias a la planta. El rector de la UNT, Wilfredo Alcántara Rebaza, destacó que los practicantes recibirán una subvención mensual.

Desde París, el presidente del grupo, Hubert Dumesnil-Fayolle, indicó que Perú se convertirá en la tercera base de producción de Agrivalys después de Francia y Marruecos.

LEE TAMBIÉN: Agroexportaciones de La Libertad superan los US$ 2.300 millones

La Libertad concentra más del 40 % de las exportaciones peruanas de espárrago, según la Asociación de Gremios Productores Agrarios. Agrivalys, con sede en Angers, factura 1.100 millones de euros al año y emplea a 5.200 personas.""",
[("Agrivalys", "Organization", ["grupo Agrivalys"]),
 ("Agrivalys Perú", "Organization", ["Agrivalys Peru"]),
 ("Gobierno Regional de La Libertad", "Organization", ["Gobierno Regional La Libertad"]),
 ("Proyecto Especial Chavimochic", "Organization", ["Chavimochic", "PECH"]),
 ("Universidad Nacional de Trujillo", "Organization", ["UNT"]),
 ("Diego Chávarry Ganoza", "Person", ["Diego Chávarry", "Chávarry Ganoza"]),
 ("Teófilo Anticona Vergaray", "Person", ["Teofilo Anticona Vergaray", "Teófilo Anticona", "Anticona Vergaray"]),
 ("Rolando Mestanza Cueva", "Person", ["Rolando Mestanza", "Mestanza Cueva"]),
 ("Wilfredo Alcántara Rebaza", "Person", ["Wilfredo Alcántara", "Alcántara Rebaza"]),
 ("Hubert Dumesnil-Fayolle", "Person", ["Dumesnil-Fayolle"]),
 ("Virú", "Place", ["Viru"]),
 ("La Libertad", "Place", []),
 ("Trujillo", "Place", []),
 ("París", "Place", ["Paris"]),
 ("Angers", "Place", []),
 ("Marruecos", "Place", ["Maroc", "Morocco"]),
 PE, FRs],
roles=[R("Diego Chávarry Ganoza", "gerente general", "Agrivalys Perú", "El gerente general de Agrivalys Perú, Diego Chávarry Ganoza"),
       R("Teófilo Anticona Vergaray", ["gobernador regional", "gobernador regional de La Libertad", "gobernador"], ["La Libertad", "Gobierno Regional de La Libertad"], "el gobernador regional de La Libertad, Teófilo Anticona Vergaray"),
       R("Rolando Mestanza Cueva", "gerente general", "Proyecto Especial Chavimochic", "cuyo gerente general, Rolando Mestanza Cueva"),
       R("Wilfredo Alcántara Rebaza", "rector", "Universidad Nacional de Trujillo", "El rector de la UNT, Wilfredo Alcántara Rebaza"),
       R("Hubert Dumesnil-Fayolle", "presidente", "Agrivalys", "el presidente del grupo, Hubert Dumesnil-Fayolle")],
inv=[I("Agrivalys", ["Virú", "La Libertad", "Peru"], 55000000, "USD", "operación en la campaña 2027-2028", "planta de congelado de espárrago, palta y arándano", "que demandará una inversión de US$ 55 millones", alts=["Agrivalys Perú"])],
parts=[P("Gobierno Regional de La Libertad", "Agrivalys Perú", "convenio marco de cooperación (acceso vial, conexión eléctrica)", "suscribieron el martes en Trujillo un convenio marco de cooperación", b_alt=["Agrivalys"]),
       P("Proyecto Especial Chavimochic", "Agrivalys Perú", "contrato de suministro de agua por 20 años", "El abastecimiento de agua está asegurado por un contrato de 20 años firmado con el Proyecto Especial Chavimochic", b_alt=["Agrivalys"]),
       P("Agrivalys Perú", "Universidad Nacional de Trujillo", "convenio de prácticas", "La empresa también firmó un convenio con la Universidad Nacional de Trujillo (UNT)", a_alt=["Agrivalys"])],
claims=[C("Agrivalys Perú", "jobs", 1500, "empleos en temporada alta", "En temporada alta, la planta dará trabajo a 1.500 personas"),
        C("Agrivalys Perú", "jobs", 280, "empleos permanentes", "de las cuales 280 tendrán empleo permanente"),
        C("Universidad Nacional de Trujillo", "trainees", 100, "practicantes por año", "que enviará cada año 100 practicantes"),
        C("Agrivalys", "jobs", 5200, "empleados del grupo", "emplea a 5.200 personas", opt=True, note="existing workforce")],
notes="Invented. Peruvian business paper with 'LEE TAMBIÉN'. The investment is a relative clause on the plant ('que demandará una inversión de US$ 55 millones'), announced by the subsidiary (group is the subject of 'construirá'; subsidiary accepted). The convenio marco is signed by the subsidiary's manager and the regional governor (one required pair). A 20-year water contract with a state special project is required (long-term supply with a state body). Seasonal jobs and their permanent part are both required (probes7 r11). Group revenue, export shares and the regional tally in the 'LEE TAMBIÉN' line are background.")

A("r16", "es", "2026-10-27", "https://example.org/santa-fe-campo/2026/10/27/gatinais-venado-tuerto",
"""La francesa Gâtinais Semences invertirá US$ 30 millones en una planta de semillas híbridas en Venado Tuerto

La semillera francesa Gâtinais Semences anunció que construirá en Venado Tuerto, en el sur de Santa Fe, una planta de acondicionamiento de semillas híbridas de girasol y sorgo que demandará US$ 30 millones y comenzará a procesar la cosecha 2027-2028.

La planta será operada por su filial Gâtinais Semillas Argentina, cuyo director general, Martín Echagüe Lavalle, explicó que la empresa multiplicará la semilla en campos de productores de la zona bajo contrato. Unos 500 productores del sur santafesino y del sudeste cordobés se sumarán al programa de multiplicación en la primera campaña.

“Argentina es el laboratorio ideal para el girasol: si una genética funciona acá, funciona en el mar Negro”, afirmó desde Pithiviers el presidente de Gâtinais Semences, Jean-Baptiste Thivolle-Garnaud.

La compañía firmó un convenio de vinculación tecnológica con el INTA para ensayar sus híbridos en la red de estaciones experimentales de la región pampeana. El director del Centro Regional Santa Fe del INTA, Raúl Abbona Tessio, precisó que los ensayos comenzarán con la próxima siembra.

También suscribió un convenio con la Facultad Regional Venado Tuerto de la Universidad Tecnológica Nacional, que recibirá 40 pasantes de ingeniería electromecánica y química por año. El decano de la facultad, Germán Ruggeri Pavón, celebró que “los chicos no tengan que irse a Rosario para trabajar en una industria de punta”.

La planta creará 120 puestos de trabajo directos. Al acto de presentación asistieron el secretario de Agricultura y Ganadería de la provincia, Lisandro Tosello Bianchi, y la intendenta de Venado Tuerto, Gisela Cicarelli Bergero.

MÁS NOTICIAS

La Argentina es el tercer productor mundial de girasol, con unas 2,4 millones de hectáreas sembradas en la última campaña, según la Bolsa de Cereales. Gâtinais Semences, una empresa familiar fundada en 1954, emplea a 1.350 personas en doce países.""",
[("Gâtinais Semences", "Organization", ["Gatinais Semences", "Gâtinais"]),
 ("Gâtinais Semillas Argentina", "Organization", ["Gatinais Semillas Argentina"]),
 ("Instituto Nacional de Tecnología Agropecuaria", "Organization", ["INTA", "Instituto Nacional de Tecnologia Agropecuaria"]),
 ("Centro Regional Santa Fe del INTA", "Organization", ["INTA Centro Regional Santa Fe", "Centro Regional Santa Fe"]),
 ("UTN Facultad Regional Venado Tuerto", "Organization", ["Facultad Regional Venado Tuerto", "UTN FRVT", "Facultad Regional Venado Tuerto de la Universidad Tecnológica Nacional"]),
 ("Universidad Tecnológica Nacional", "Organization", ["UTN", "Universidad Tecnologica Nacional"]),
 ("Secretaría de Agricultura y Ganadería de Santa Fe", "Organization", ["Secretaria de Agricultura y Ganaderia de Santa Fe"]),
 ("Municipalidad de Venado Tuerto", "Organization", []),
 ("Martín Echagüe Lavalle", "Person", ["Martin Echague Lavalle", "Martín Echagüe", "Echagüe Lavalle"]),
 ("Jean-Baptiste Thivolle-Garnaud", "Person", ["Thivolle-Garnaud"]),
 ("Raúl Abbona Tessio", "Person", ["Raul Abbona Tessio", "Raúl Abbona", "Abbona Tessio"]),
 ("Germán Ruggeri Pavón", "Person", ["German Ruggeri Pavón", "Germán Ruggeri", "Ruggeri Pavón"]),
 ("Lisandro Tosello Bianchi", "Person", ["Lisandro Tosello", "Tosello Bianchi"]),
 ("Gisela Cicarelli Bergero", "Person", ["Gisela Cicarelli", "Cicarelli Bergero"]),
 ("Venado Tuerto", "Place", []),
 ("Santa Fe", "Place", ["provincia de Santa Fe"]),
 ("Rosario", "Place", []),
 ("Pithiviers", "Place", []),
 ("mar Negro", "Place", ["Black Sea", "mer Noire"]),
 AR, FRs],
roles=[R("Martín Echagüe Lavalle", "director general", "Gâtinais Semillas Argentina", "cuyo director general, Martín Echagüe Lavalle"),
       R("Jean-Baptiste Thivolle-Garnaud", "presidente", "Gâtinais Semences", "el presidente de Gâtinais Semences, Jean-Baptiste Thivolle-Garnaud"),
       R("Raúl Abbona Tessio", ["director", "director del Centro Regional Santa Fe"], ["Centro Regional Santa Fe del INTA", "Instituto Nacional de Tecnología Agropecuaria"], "El director del Centro Regional Santa Fe del INTA, Raúl Abbona Tessio"),
       R("Germán Ruggeri Pavón", "decano", ["UTN Facultad Regional Venado Tuerto", "Universidad Tecnológica Nacional"], "El decano de la facultad, Germán Ruggeri Pavón"),
       R("Lisandro Tosello Bianchi", ["secretario de Agricultura y Ganadería", "secretario"], ["Secretaría de Agricultura y Ganadería de Santa Fe", "Santa Fe"], "el secretario de Agricultura y Ganadería de la provincia, Lisandro Tosello Bianchi"),
       R("Gisela Cicarelli Bergero", ["intendenta", "intendenta de Venado Tuerto"], ["Venado Tuerto", "Municipalidad de Venado Tuerto"], "la intendenta de Venado Tuerto, Gisela Cicarelli Bergero")],
inv=[I("Gâtinais Semences", ["Venado Tuerto", "Santa Fe", "Argentina"], 30000000, "USD", "procesará la cosecha 2027-2028", "planta de acondicionamiento de semillas híbridas", "que demandará US$ 30 millones", alts=["Gâtinais Semillas Argentina"])],
parts=[P("Gâtinais Semences", "Instituto Nacional de Tecnología Agropecuaria", "convenio de vinculación tecnológica (ensayos de híbridos)", "La compañía firmó un convenio de vinculación tecnológica con el INTA", a_alt=["Gâtinais Semillas Argentina"], b_alt=["Centro Regional Santa Fe del INTA"]),
       P("Gâtinais Semences", "UTN Facultad Regional Venado Tuerto", "convenio de pasantías", "También suscribió un convenio con la Facultad Regional Venado Tuerto", a_alt=["Gâtinais Semillas Argentina"], b_alt=["Universidad Tecnológica Nacional"])],
claims=[C("Gâtinais Semillas Argentina", "people_reached", 500, "productores multiplicadores bajo contrato", "Unos 500 productores del sur santafesino"),
        C("UTN Facultad Regional Venado Tuerto", "trainees", 40, "pasantes por año", "que recibirá 40 pasantes"),
        C("Gâtinais Semillas Argentina", "jobs", 120, "puestos directos", "La planta creará 120 puestos de trabajo directos"),
        C("Gâtinais Semences", "jobs", 1350, "empleados en doce países", "emplea a 1.350 personas en doce países", opt=True, note="existing workforce")],
notes="Invented. Santa Fe farm paper with 'MÁS NOTICIAS'. The amount is a relative clause on the plant ('que demandará US$ 30 millones'); the parent is the subject (subsidiary accepted). Growers joining the company's own multiplication program are people_reached (probes3). Two convenios, the second told with a subjectless 'También suscribió' (the company); the INTA regional centre and the UTN faculty are accepted with their parent bodies. A provincial secretary (secretariat and province) and an intendenta attended. Sunflower acreage and the workforce are background (workforce optional).")
