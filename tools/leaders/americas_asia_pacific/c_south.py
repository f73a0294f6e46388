from lib import Country, X
c = Country("CO", hos="President of Colombia", fm="Minister of Foreign Affairs of Colombia",
            **{"def": "Minister of Defence of Colombia"}, vp="Vice President of Colombia")
P = c.P
P("Virgilio Barco", ["فيرجيليو باركو", "فيرخيليو باركو"], offices=[("hos", "1986-08-07", "1990-08-07")])
P("Cesar Gaviria", ["سيزار غافيريا", "سيزار جافيريا", "سيسار غابيريا"], short=["غافيريا", "جافيريا"], aliases=["César Gaviria"],
  offices=[("hos", "1990-08-07", "1994-08-07"), ("Secretary General of the Organization of American States", "oth", "1994-09-15", "2004-09-15")])
P("Ernesto Samper", ["إرنستو سامبر", "إرنستو سامبير"], short=["سامبر"], offices=[("hos", "1994-08-07", "1998-08-07")])
P("Andres Pastrana", ["أندريس باسترانا"], short=["باسترانا"], aliases=["Andrés Pastrana"], offices=[("hos", "1998-08-07", "2002-08-07")])
P("Alvaro Uribe", ["ألفارو أوريبي"], short=["أوريبي"], aliases=["Álvaro Uribe", "Uribe"],
  offices=[("hos", "2002-08-07", "2010-08-07")])
P("Juan Manuel Santos", ["خوان مانويل سانتوس"], aliases=["Santos"],
  offices=[("def", "2006-07-19", "2009-05-18"), ("hos", "2010-08-07", "2018-08-07")])
P("Ivan Duque", ["إيفان دوكي"], short=["دوكي"], aliases=["Iván Duque", "Duque"], offices=[("hos", "2018-08-07", "2022-08-07")])
P("Gustavo Petro", ["غوستافو بيترو", "جوستافو بيترو"], short=["بيترو"], aliases=["Petro"], offices=[("hos", "2022-08-07", None)])
P("Julio Londono Paredes", ["خوليو لوندونيو باريديس"], aliases=["Julio Londoño Paredes"], offices=[("fm", "1986-08-07", "1990-08-07")])
P("Noemi Sanin", ["نويمي سانين"], aliases=["Noemí Sanín"], offices=[("fm", "1991", "1994-08-07")])
P("Rodrigo Pardo", ["رودريغو باردو"], offices=[("fm", "1994-08-07", "1996")])
P("Maria Emma Mejia", ["ماريا إيما ميخيا"], aliases=["María Emma Mejía"], offices=[("fm", "1996", "1998-08-07")])
P("Guillermo Fernandez de Soto", ["غييرمو فرنانديز دي سوتو"], aliases=["Guillermo Fernández de Soto"], offices=[("fm", "1998-08-07", "2002-08-07")])
P("Carolina Barco", ["كارولينا باركو"], offices=[("fm", "2002-08-07", "2006-08-07")])
P("Maria Consuelo Araujo", ["ماريا كونسويلو أراوخو"], aliases=["María Consuelo Araújo"], offices=[("fm", "2006-08-07", "2007-02")])
P("Fernando Araujo Perdomo", ["فرناندو أراوخو"], aliases=["Fernando Araújo"], offices=[("fm", "2007-02", "2008-07")])
P("Jaime Bermudez", ["خايمي برموديز", "خايمي بيرموديث"], aliases=["Jaime Bermúdez"], offices=[("fm", "2008-07", "2010-08-07")])
P("Maria Angela Holguin", ["ماريا أنخيلا أولغين", "ماريا أنخيلا هولغين", "ماريا أنجيلا هولجين"], aliases=["María Ángela Holguín"],
  offices=[("fm", "2010-08-07", "2018-08-07")])
P("Carlos Holmes Trujillo", ["كارلوس هولمز تروخيو", "كارلوس هولمز تروخيلو"],
  offices=[("fm", "2018-08-07", "2019-11"), ("def", "2019-11", "2021-01-26", "died in office")])
P("Claudia Blum", ["كلاوديا بلوم", "كلوديا بلوم"], offices=[("fm", "2019-11", "2021-05")])
P("Marta Lucia Ramirez", ["مارتا لوسيا راميريز"], aliases=["Marta Lucía Ramírez"],
  offices=[("vp", "2018-08-07", "2022-08-07"), ("fm", "2021-05", "2022-08-07")])
P("Francia Marquez", ["فرانسيا ماركيز"], aliases=["Francia Márquez"], offices=[("vp", "2022-08-07", None)])
P("Alvaro Leyva", ["ألفارو ليفا", "ألبارو ليبا"], aliases=["Álvaro Leyva"], offices=[("fm", "2022-08-07", "2024-04", "suspended April 2024")])
P("Luis Gilberto Murillo", ["لويس جيلبرتو موريو", "لويس غيلبرتو موريو"], offices=[("fm", "2024-04", "2025-01-29", "acting at first")])
P("Laura Sarabia", ["لورا سارابيا", "لاورا سارابيا"], offices=[("fm", "2025-01-29", "2025-07-03")])

c = Country("CL", hos="President of Chile", fm="Minister of Foreign Affairs of Chile")
P = c.P
P("Augusto Pinochet", ["أوغستو بينوشيه", "أوجستو بينوشيه", "أوغوستو بينوشيه"], short=["بينوشيه"], aliases=["Pinochet"],
  offices=[("hos", "1973-09-11", "1990-03-11", "head of the military junta, president from 1974")])
P("Patricio Aylwin", ["باتريسيو أيلوين", "باتريثيو أيلوين"], short=["أيلوين"], offices=[("hos", "1990-03-11", "1994-03-11")])
P("Eduardo Frei Ruiz-Tagle", ["إدواردو فراي رويز تاغلي", "إدواردو فراي"], short=["فراي"], aliases=["Eduardo Frei"],
  offices=[("hos", "1994-03-11", "2000-03-11")])
P("Ricardo Lagos", ["ريكاردو لاغوس", "ريكاردو لاجوس"], short=["لاغوس"], amb=["لاغوس"], offices=[("hos", "2000-03-11", "2006-03-11")])
P("Michelle Bachelet", ["ميشيل باشليه", "ميشيل باشيليت", "ميشال باشليه"], short=["باشليه", "باشيليت"], aliases=["Bachelet"],
  offices=[("hos", "2006-03-11", "2010-03-11"), ("Executive Director of UN Women", "oth", "2010-09-14", "2013-03-15"),
           ("hos", "2014-03-11", "2018-03-11"), ("United Nations High Commissioner for Human Rights", "oth", "2018-09-01", "2022-08-31")])
P("Sebastian Pinera", ["سيباستيان بينيرا", "سباستيان بينيرا", "سيباستيان بنيرا"], short=["بينيرا"], aliases=["Sebastián Piñera", "Piñera"],
  offices=[("hos", "2010-03-11", "2014-03-11"), ("hos", "2018-03-11", "2022-03-11")])
P("Gabriel Boric", ["غابرييل بوريك", "جابرييل بوريتش", "غابريال بوريك"], short=["بوريك"], aliases=["Boric"], offices=[("hos", "2022-03-11", None)])
P("Hernan Felipe Errazuriz", ["هيرنان فيليبي إيرازوريز"], aliases=["Hernán Felipe Errázuriz"], offices=[("fm", "1988", "1990-03-11")])
P("Enrique Silva Cimma", ["إنريكي سيلفا سيما"], offices=[("fm", "1990-03-11", "1994-03-11")])
P("Carlos Figueroa Serrano", ["كارلوس فيغيروا"], aliases=["Carlos Figueroa"], offices=[("fm", "1994-03-11", "1994-09")])
P("Jose Miguel Insulza", ["خوسيه ميغيل إنسولسا", "خوسيه ميغيل إنسولزا"], short=["إنسولسا", "إنسولزا"], aliases=["José Miguel Insulza"],
  offices=[("fm", "1994-09", "1999-06"), ("Secretary General of the Organization of American States", "oth", "2005-05-26", "2015-05-26")])
P("Juan Gabriel Valdes", ["خوان غابرييل فالديس"], aliases=["Juan Gabriel Valdés"], offices=[("fm", "1999-06", "2000-03-11")])
P("Soledad Alvear", ["سوليداد ألفير"], offices=[("fm", "2000-03-11", "2004-09")])
P("Ignacio Walker", ["إغناسيو ووكر"], offices=[("fm", "2004-09", "2006-03-11")])
P("Alejandro Foxley", ["أليخاندرو فوكسلي"], offices=[("fm", "2006-03-11", "2009-03")])
P("Mariano Fernandez", ["ماريانو فرنانديز"], aliases=["Mariano Fernández"], offices=[("fm", "2009-03", "2010-03-11")])
P("Alfredo Moreno", ["ألفريدو مورينو"], offices=[("fm", "2010-03-11", "2014-03-11")])
P("Heraldo Munoz", ["هيرالدو مونيوز", "إيرالدو مونيوث"], aliases=["Heraldo Muñoz"], offices=[("fm", "2014-03-11", "2018-03-11")])
P("Roberto Ampuero", ["روبرتو أمبويرو"], offices=[("fm", "2018-03-11", "2019-06-13")])
P("Teodoro Ribera", ["تيودورو ريبيرا"], offices=[("fm", "2019-06-13", "2020-07-28")])
P("Andres Allamand", ["أندريس ألاماند"], aliases=["Andrés Allamand"], offices=[("fm", "2020-07-28", "2022-03-11")])
P("Antonia Urrejola", ["أنطونيا أوريخولا"], offices=[("fm", "2022-03-11", "2023-03-10")])
P("Alberto van Klaveren", ["ألبرتو فان كلافيرين", "ألبرتو فان كلافيرن"], offices=[("fm", "2023-03-10", None)])

c = Country("PE", hos="President of Peru", hog="President of the Council of Ministers of Peru", fm="Minister of Foreign Affairs of Peru")
P = c.P
P("Alan Garcia", ["آلان غارسيا", "آلان جارسيا"], aliases=["Alan García"],
  offices=[("hos", "1985-07-28", "1990-07-28"), ("hos", "2006-07-28", "2011-07-28")])
P("Alberto Fujimori", ["ألبرتو فوجيموري"], short=["فوجيموري"], aliases=["Fujimori"], offices=[("hos", "1990-07-28", "2000-11-22")])
P("Valentin Paniagua", ["فالنتين بانياغوا", "فالنتين بانياجوا"], short=["بانياغوا"], aliases=["Valentín Paniagua"],
  offices=[("hos", "2000-11-22", "2001-07-28", "interim")])
P("Alejandro Toledo", ["أليخاندرو توليدو"], short=["توليدو"], amb=["توليدو"], offices=[("hos", "2001-07-28", "2006-07-28")])
P("Ollanta Humala", ["أويانتا هومالا", "أولانتا هومالا"], short=["هومالا"], offices=[("hos", "2011-07-28", "2016-07-28")])
P("Pedro Pablo Kuczynski", ["بيدرو بابلو كوتشينسكي", "بيدرو بابلو كوجينسكي"], short=["كوتشينسكي"], aliases=["Kuczynski", "PPK"],
  offices=[("hog", "2005-08-16", "2006-07-28"), ("hos", "2016-07-28", "2018-03-23")])
P("Martin Vizcarra", ["مارتن فيزكارا", "مارتين بيسكارا", "مارتن فيسكارا"], short=["فيزكارا", "فيسكارا"], aliases=["Martín Vizcarra"],
  offices=[("hos", "2018-03-23", "2020-11-10")])
P("Francisco Sagasti", ["فرانسيسكو ساغاستي", "فرانسيسكو ساجاستي"], short=["ساغاستي"], offices=[("hos", "2020-11-17", "2021-07-28", "interim")])
P("Pedro Castillo", ["بيدرو كاستيو", "بيدرو كاستييو"], short=["كاستيو"], offices=[("hos", "2021-07-28", "2022-12-07")])
P("Dina Boluarte", ["دينا بولوارتي"], short=["بولوارتي"], aliases=["Boluarte"], offices=[("hos", "2022-12-07", None)])
P("Javier Perez de Cuellar", ["خافيير بيريز دي كوييار", "خافيير بيريث دي كوييار", "خافيير بيريز دي كويار"], short=["دي كوييار"],
  aliases=["Javier Pérez de Cuéllar", "Pérez de Cuéllar"], org="UN",
  offices=[("Secretary-General of the United Nations", "int", "1982-01-01", "1991-12-31"),
           ("hog", "2000-11-22", "2001-07-28"), ("fm", "2000-11-22", "2001-07-28")])
P("Guillermo Larco Cox", ["غييرمو لاركو كوكس"], offices=[("hog", "1989-05", "1990-07-28")])
P("Juan Carlos Hurtado Miller", ["خوان كارلوس أورتادو ميلر"], offices=[("hog", "1990-07-28", "1991-02")])
P("Carlos Torres y Torres Lara", ["كارلوس توريس إي توريس لارا"], offices=[("hog", "1991-02", "1991-11")])
P("Alfonso Bustamante", ["ألفونسو بوستامانتي"], offices=[("hog", "1993-08", "1994-02")])
P("Dante Cordova", ["دانتي كوردوفا"], aliases=["Dante Córdova"], offices=[("hog", "1995-07-28", "1996-04")])
P("Victor Joy Way", ["فيكتور جوي واي"], aliases=["Víctor Joy Way"], offices=[("hog", "1999-01", "1999-10")])
P("Alberto Bustamante Belaunde", ["ألبرتو بوستامانتي بيلاوندي"], aliases=["Alberto Bustamante Belaúnde"], offices=[("hog", "1999-10", "2000-07-28")])
P("Federico Salas", ["فيديريكو سالاس"], offices=[("hog", "2000-07-28", "2000-11")])
P("Luis Solari", ["لويس سولاري"], offices=[("hog", "2002-07", "2003-06")])
P("Alfonso de los Heros", ["ألفونسو دي لوس إيروس"], offices=[("hog", "1991-11", "1992-04")])
P("Oscar de la Puente", ["أوسكار دي لا بوينتي"], aliases=["Óscar de la Puente Raygada"], offices=[("hog", "1992-04", "1993-08")])
P("Efrain Goldenberg", ["إفراين غولدنبرغ"], aliases=["Efraín Goldenberg"], offices=[("hog", "1994-02", "1995-07-28")])
P("Alberto Pandolfi", ["ألبرتو باندولفي"], offices=[("hog", "1996-04", "1999-01", "interrupted June–August 1998")])
P("Roberto Danino", ["روبرتو دانينيو"], aliases=["Roberto Dañino"], offices=[("hog", "2001-07-28", "2002-07")])
P("Beatriz Merino", ["بياتريس مرينو"], offices=[("hog", "2003-06", "2003-12")])
P("Carlos Ferrero", ["كارلوس فيريرو"], offices=[("hog", "2003-12", "2005-08-16")])
P("Jorge del Castillo", ["خورخي ديل كاستيو"], offices=[("hog", "2006-07-28", "2008-10-14")])
P("Yehude Simon", ["يهودي سيمون", "يهود سيمون"], offices=[("hog", "2008-10-14", "2009-07-11")])
P("Javier Velasquez Quesquen", ["خافيير فيلاسكيز كيسكين"], offices=[("hog", "2009-07-11", "2010-09-14")])
P("Jose Antonio Chang", ["خوسيه أنطونيو تشانغ"], offices=[("hog", "2010-09-14", "2011-03-18")])
P("Rosario Fernandez", ["روساريو فرنانديز"], offices=[("hog", "2011-03-19", "2011-07-28")])
P("Salomon Lerner Ghitis", ["سالومون ليرنر غيتيس"], offices=[("hog", "2011-07-28", "2011-12-11")])
P("Oscar Valdes", ["أوسكار فالديس"], aliases=["Óscar Valdés"], offices=[("hog", "2011-12-11", "2012-07-23")])
P("Juan Jimenez Mayor", ["خوان خيمينيز مايور"], aliases=["Juan Jiménez Mayor"], offices=[("hog", "2012-07-23", "2013-10-31")])
P("Cesar Villanueva", ["سيزار فيانويفا"], aliases=["César Villanueva"],
  offices=[("hog", "2013-10-31", "2014-02-24"), ("hog", "2018-04-02", "2019-03-11")])
P("Rene Cornejo", ["رينيه كورنيخو"], aliases=["René Cornejo"], offices=[("hog", "2014-02-24", "2014-07-22")])
P("Ana Jara", ["آنا خارا"], offices=[("hog", "2014-07-22", "2015-03-30")])
P("Pedro Cateriano", ["بيدرو كاتيريانو"], offices=[("hog", "2015-04-02", "2016-07-28"), ("hog", "2020-07-15", "2020-08-06")])
P("Fernando Zavala", ["فرناندو سافالا", "فرناندو زافالا"], offices=[("hog", "2016-07-28", "2017-09-17")])
P("Mercedes Araoz", ["مرسيدس أراوز"], aliases=["Mercedes Aráoz"], offices=[("hog", "2017-09-17", "2018-04-02")])
P("Salvador del Solar", ["سلفادور ديل سولار"], offices=[("hog", "2019-03-11", "2019-09-30")])
P("Vicente Zeballos", ["فيسنتي زيبايوس"], offices=[("hog", "2019-09-30", "2020-07-15")])
P("Walter Martos", ["والتر مارتوس"], offices=[("hog", "2020-08-06", "2020-11-10")])
P("Violeta Bermudez", ["فيوليتا بيرموديز"], aliases=["Violeta Bermúdez"], offices=[("hog", "2020-11-18", "2021-07-28")])
P("Guido Bellido", ["غيدو بيليدو"], offices=[("hog", "2021-07-29", "2021-10-06")])
P("Mirtha Vasquez", ["ميرثا فاسكيز"], aliases=["Mirtha Vásquez"], offices=[("hog", "2021-10-06", "2022-02-01")])
P("Anibal Torres", ["أنيبال توريس"], aliases=["Aníbal Torres"], offices=[("hog", "2022-02-08", "2022-11-24")])
P("Alberto Otarola", ["ألبرتو أوتارولا"], aliases=["Alberto Otárola"], offices=[("hog", "2022-12-21", "2024-03-06")])
P("Gustavo Adrianzen", ["غوستافو أدريانزين"], aliases=["Gustavo Adrianzén"], offices=[("hog", "2024-03-06", "2025-05-13")])
P("Eduardo Arana", ["إدواردو أرانا"], offices=[("hog", "2025-05-14", None)])
P("Francisco Tudela", ["فرانسيسكو توديلا"], offices=[("fm", "1995-07-28", "1997-07-16")])
P("Jose Antonio Garcia Belaunde", ["خوسيه أنطونيو غارسيا بيلاوندي"], aliases=["José Antonio García Belaúnde"], offices=[("fm", "2006-07-28", "2011-07-28")])
P("Rafael Roncagliolo", ["رافائيل رونكاليولو"], offices=[("fm", "2011-07-28", "2013-05")])

c = Country("BO", hos="President of Bolivia", fm="Minister of Foreign Affairs of Bolivia", vp="Vice President of Bolivia")
P = c.P
P("Jaime Paz Zamora", ["خايمي باز زامورا", "خايمي باث ثامورا"], offices=[("hos", "1989-08-06", "1993-08-06")])
P("Gonzalo Sanchez de Lozada", ["غونزالو سانشيز دي لوسادا", "جونزالو سانشيز دي لوزادا"], short=["سانشيز دي لوسادا"],
  aliases=["Gonzalo Sánchez de Lozada", "Goni"], offices=[("hos", "1993-08-06", "1997-08-06"), ("hos", "2002-08-06", "2003-10-17")])
P("Hugo Banzer", ["هوغو بانزر", "هوجو بانزر"], short=["بانزر"], offices=[("hos", "1997-08-06", "2001-08-07")])
P("Jorge Quiroga", ["خورخي كيروغا", "خورخي كيروجا"], short=["كيروغا"], aliases=["Tuto Quiroga"], offices=[("hos", "2001-08-07", "2002-08-06")])
P("Carlos Mesa", ["كارلوس ميسا"], offices=[("hos", "2003-10-17", "2005-06-09")])
P("Eduardo Rodriguez Veltze", ["إدواردو رودريغيز فيلتسي", "إدواردو رودريغيز"], aliases=["Eduardo Rodríguez Veltzé"],
  offices=[("hos", "2005-06-09", "2006-01-22", "interim")])
P("Evo Morales", ["إيفو موراليس"], aliases=["Morales"], offices=[("hos", "2006-01-22", "2019-11-10")])
P("Jeanine Anez", ["جانين آنييز", "خانين آنييز"], short=["آنييز"], aliases=["Jeanine Áñez"],
  offices=[("hos", "2019-11-12", "2020-11-08", "interim")])
P("Luis Arce", ["لويس آرسي"], short=["آرسي"], aliases=["Arce"], offices=[("hos", "2020-11-08", None)])
P("David Choquehuanca", ["ديفيد تشوكيوانكا", "دافيد تشوكيهوانكا"], short=["تشوكيوانكا"],
  offices=[("vp", "2020-11-08", None), ("fm", "2006-01-23", "2017-01-23")])
P("Alvaro Garcia Linera", ["ألفارو غارسيا لينيرا"], aliases=["Álvaro García Linera"], offices=[("vp", "2006-01-22", "2019-11-10")])
P("Karen Longaric", ["كارين لونغاريك"], offices=[("fm", "2019-11-13", "2020-11-08")])
P("Rogelio Mayta", ["روخيليو مايتا", "روجيليو مايتا"], offices=[("fm", "2020-11-09", "2023-11-14")])
P("Celinda Sosa", ["سيليندا سوسا"], aliases=["Celinda Sosa Lunda"], offices=[("fm", "2023-11-27", None)])

c = Country("EC", hos="President of Ecuador", fm="Minister of Foreign Affairs of Ecuador")
P = c.P
P("Rodrigo Borja", ["رودريغو بورخا", "رودريجو بورخا"], short=["بورخا"], offices=[("hos", "1988-08-10", "1992-08-10")])
P("Sixto Duran Ballen", ["سيكستو دوران بالين", "سيكستو دوران باين"], aliases=["Sixto Durán Ballén"], offices=[("hos", "1992-08-10", "1996-08-10")])
P("Abdala Bucaram", ["عبد الله بوكرم", "عبدالا بوكرم"], short=["بوكرم"], aliases=["Abdalá Bucaram"],
  offices=[("hos", "1996-08-10", "1997-02-06", "removed by Congress")])
P("Fabian Alarcon", ["فابيان ألاركون"], aliases=["Fabián Alarcón"], offices=[("hos", "1997-02-11", "1998-08-10", "interim")])
P("Jamil Mahuad", ["جميل معوض", "جميل ماهواد"], aliases=["Jamil Mahuad"], offices=[("hos", "1998-08-10", "2000-01-21", "overthrown")])
P("Gustavo Noboa", ["غوستافو نوبوا", "جوستافو نوبوا"], offices=[("hos", "2000-01-22", "2003-01-15")])
P("Lucio Gutierrez", ["لوسيو غوتيريز", "لوسيو جوتيريز"], aliases=["Lucio Gutiérrez"], offices=[("hos", "2003-01-15", "2005-04-20", "removed by Congress")])
P("Alfredo Palacio", ["ألفريدو بالاسيو"], offices=[("hos", "2005-04-20", "2007-01-15")])
P("Rafael Correa", ["رافائيل كوريا"], aliases=["Correa"], offices=[("hos", "2007-01-15", "2017-05-24")])
P("Lenin Moreno", ["لينين مورينو"], aliases=["Lenín Moreno"], offices=[("hos", "2017-05-24", "2021-05-24")])
P("Guillermo Lasso", ["غييرمو لاسو", "جييرمو لاسو"], short=["لاسو"], offices=[("hos", "2021-05-24", "2023-11-23")])
P("Daniel Noboa", ["دانيال نوبوا", "دانييل نوبوا"], offices=[("hos", "2023-11-23", None)])
P("Ricardo Patino", ["ريكاردو باتينيو", "ريكاردو باتينو"], short=["باتينيو"], aliases=["Ricardo Patiño"], offices=[("fm", "2010-01", "2016-03")])
P("Guillaume Long", ["غيوم لونغ"], offices=[("fm", "2016-03", "2017-05-24")])
P("Maria Fernanda Espinosa", ["ماريا فرناندا إسبينوزا", "ماريا فرناندا إسبينوسا"], aliases=["María Fernanda Espinosa"],
  offices=[("fm", "2017-05-24", "2018-06"), ("President of the United Nations General Assembly", "oth", "2018-09-18", "2019-09-17")])
P("Gabriela Sommerfeld", ["غابرييلا سومرفيلد", "جابرييلا سومرفيلد"], offices=[("fm", "2023-11-23", None)])

c = Country("PY", hos="President of Paraguay", fm="Minister of Foreign Affairs of Paraguay")
P = c.P
P("Andres Rodriguez", ["أندريس رودريغيز"], aliases=["Andrés Rodríguez"], offices=[("hos", "1989-02-03", "1993-08-15")])
P("Juan Carlos Wasmosy", ["خوان كارلوس واسموسي", "خوان كارلوس فاسموسي"], short=["واسموسي"], offices=[("hos", "1993-08-15", "1998-08-15")])
P("Raul Cubas", ["راؤول كوباس"], aliases=["Raúl Cubas"], offices=[("hos", "1998-08-15", "1999-03-28")])
P("Luis Gonzalez Macchi", ["لويس غونزاليس ماكي", "لويس جونزاليس ماكي"], aliases=["Luis González Macchi"], offices=[("hos", "1999-03-28", "2003-08-15")])
P("Nicanor Duarte", ["نيكانور دوارتي", "نيكانور دوارتي فروتوس"], aliases=["Nicanor Duarte Frutos"], offices=[("hos", "2003-08-15", "2008-08-15")])
P("Fernando Lugo", ["فرناندو لوغو", "فرناندو لوجو"], short=["لوغو"], offices=[("hos", "2008-08-15", "2012-06-22", "removed by impeachment")])
P("Federico Franco", ["فيديريكو فرانكو"], offices=[("hos", "2012-06-22", "2013-08-15")])
P("Horacio Cartes", ["هوراسيو كارتيس"], short=["كارتيس"], offices=[("hos", "2013-08-15", "2018-08-15")])
P("Mario Abdo Benitez", ["ماريو عبدو بينيتيز", "ماريو عبده بينيتيز", "ماريو أبدو بينيتيز"], short=["ماريو عبدو"],
  aliases=["Mario Abdo Benítez"], offices=[("hos", "2018-08-15", "2023-08-15")])
P("Santiago Pena", ["سانتياغو بينيا", "سانتياجو بينيا"], aliases=["Santiago Peña"], offices=[("hos", "2023-08-15", None)])
P("Eladio Loizaga", ["إيلاديو لويزاغا"], offices=[("fm", "2013-08-15", "2018-08-15")])
P("Ruben Ramirez Lezcano", ["روبين راميريز ليزكانو"], aliases=["Rubén Ramírez Lezcano"], offices=[("fm", "2023-08-15", None)])

c = Country("UY", hos="President of Uruguay", fm="Minister of Foreign Affairs of Uruguay")
P = c.P
P("Julio Maria Sanguinetti", ["خوليو ماريا سانغينيتي", "خوليو ماريا سانجينيتي"], short=["سانغينيتي"], aliases=["Julio María Sanguinetti"],
  offices=[("hos", "1985-03-01", "1990-03-01"), ("hos", "1995-03-01", "2000-03-01")])
P("Luis Alberto Lacalle", ["لويس ألبرتو لاكايي"], aliases=["Luis Alberto Lacalle Herrera"], offices=[("hos", "1990-03-01", "1995-03-01")])
P("Jorge Batlle", ["خورخي باتلي", "خورخي باتيي"], short=["باتلي"], offices=[("hos", "2000-03-01", "2005-03-01")])
P("Tabare Vazquez", ["تاباريه فاسكيز", "تاباري فاسكيز"], aliases=["Tabaré Vázquez"],
  offices=[("hos", "2005-03-01", "2010-03-01"), ("hos", "2015-03-01", "2020-03-01")])
P("Jose Mujica", ["خوسيه موخيكا", "خوسيه موجيكا"], short=["موخيكا", "موجيكا"], aliases=["José Mujica", "Pepe Mujica"],
  offices=[("hos", "2010-03-01", "2015-03-01")])
P("Luis Lacalle Pou", ["لويس لاكايي بو", "لويس لاكاي بو"], short=["لاكايي بو"], offices=[("hos", "2020-03-01", "2025-03-01")])
P("Yamandu Orsi", ["ياماندو أورسي"], short=["أورسي"], aliases=["Yamandú Orsi"], offices=[("hos", "2025-03-01", None)])
P("Didier Opertti", ["ديدييه أوبيرتي"], offices=[("fm", "1998", "2005-03-01")])
P("Reinaldo Gargano", ["رينالدو غارغانو"], offices=[("fm", "2005-03-01", "2008-03")])
P("Luis Almagro", ["لويس ألماغرو", "لويس ألماجرو"], short=["ألماغرو", "ألماجرو"], aliases=["Almagro"],
  offices=[("fm", "2010-03-01", "2015-03-01"), ("Secretary General of the Organization of American States", "oth", "2015-05-26", "2025-05-26")])
P("Rodolfo Nin Novoa", ["رودولفو نين نوفوا"], offices=[("fm", "2015-03-01", "2020-03-01")])
P("Ernesto Talvi", ["إرنستو تالفي"], offices=[("fm", "2020-03-01", "2020-07")])
P("Francisco Bustillo", ["فرانسيسكو بوستيو", "فرانسيسكو بوستيلو"], offices=[("fm", "2020-07", "2023-11")])
P("Omar Paganini", ["عمر باغانيني", "أومار باجانيني"], offices=[("fm", "2023-11", "2025-03-01")])
P("Mario Lubetkin", ["ماريو لوبيتكين"], offices=[("fm", "2025-03-01", None)])

c = Country("GY", hos="President of Guyana", fm="Minister of Foreign Affairs of Guyana")
P = c.P
P("Desmond Hoyte", ["ديزموند هويت", "ديزموند هويتي"], offices=[("hos", "1985-08-06", "1992-10-09")])
P("Cheddi Jagan", ["تشيدي جاغان", "شيدي جاجان"], offices=[("hos", "1992-10-09", "1997-03-06", "died in office")])
P("Sam Hinds", ["سام هيندز"], offices=[("hos", "1997-03-06", "1997-12-19")])
P("Janet Jagan", ["جانيت جاغان", "جانيت جاجان"], offices=[("hos", "1997-12-19", "1999-08-11")])
P("Bharrat Jagdeo", ["بهارات جاغديو", "بهارات جاجديو"], short=["جاغديو"], offices=[("hos", "1999-08-11", "2011-12-03")])
P("Donald Ramotar", ["دونالد راموتار"], short=["راموتار"], offices=[("hos", "2011-12-03", "2015-05-16")])
P("David Granger", ["ديفيد غرانجر", "ديفيد جرانجر"], offices=[("hos", "2015-05-16", "2020-08-02")])
P("Irfaan Ali", ["عرفان علي"], aliases=["Mohamed Irfaan Ali"], offices=[("hos", "2020-08-02", None)])
P("Carl Greenidge", ["كارل غرينيدج"], offices=[("fm", "2015-05", "2019")])
P("Hugh Todd", ["هيو تود"], offices=[("fm", "2020-08", None)])

c = Country("SR", hos="President of Suriname", fm="Minister of Foreign Affairs of Suriname")
P = c.P
P("Ramsewak Shankar", ["رامسيواك شانكار"], offices=[("hos", "1988-01-25", "1990-12-24", "deposed in a military coup")])
P("Johan Kraag", ["يوهان كراغ"], offices=[("hos", "1990-12-29", "1991-09-16", "interim")])
P("Ronald Venetiaan", ["رونالد فينيتيان"], offices=[("hos", "1991-09-16", "1996-09-15"), ("hos", "2000-08-12", "2010-08-12")])
P("Jules Wijdenbosch", ["جول فايدنبوس", "يول فايدنبوس"], offices=[("hos", "1996-09-15", "2000-08-12")])
P("Desi Bouterse", ["ديسي بوترسي", "ديزي بوترس"], short=["بوترسي"], aliases=["Dési Bouterse"], offices=[("hos", "2010-08-12", "2020-07-16")])
P("Chan Santokhi", ["تشان سانتوخي", "شان سانتوكي"], short=["سانتوخي"], offices=[("hos", "2020-07-16", "2025-07-16")])
P("Jennifer Geerlings-Simons", ["جينيفر غيرلينغز سيمونز", "جينيفر سيمونز"], aliases=["Jennifer Simons"], offices=[("hos", "2025-07-16", None)])
P("Albert Ramdin", ["ألبرت رامدين"], offices=[("Secretary General of the Organization of American States", "oth", "2025-05-26", None),
                                           ("fm", "2020-07-16", "2025-05")])
