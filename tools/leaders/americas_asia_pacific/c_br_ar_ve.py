from lib import Country, X
c = Country("BR", hos="President of Brazil", vp="Vice President of Brazil", fm="Minister of Foreign Affairs of Brazil",
            **{"def": "Minister of Defence of Brazil"}, jus=("Minister of Justice of Brazil", "min"),
            spk="President of the Chamber of Deputies of Brazil")
P = c.P
P("Jose Sarney", ["جوزيه سارني", "خوسيه سارني"], short=["سارني"], aliases=["José Sarney"], offices=[("hos", "1985-03-15", "1990-03-15")])
P("Fernando Collor de Mello", ["فرناندو كولور دي ميلو", "فرناندو كولور"], short=["كولور"], aliases=["Fernando Collor", "Collor"],
  offices=[("hos", "1990-03-15", "1992-12-29", "suspended from 1992-10-02, resigned during his impeachment trial")])
P("Itamar Franco", ["إيتامار فرانكو"], aliases=["Itamar"],
  offices=[("vp", "1990-03-15", "1992-12-29"), ("hos", "1992-12-29", "1995-01-01", "acting from 1992-10-02")])
P("Fernando Henrique Cardoso", ["فرناندو إنريكي كاردوسو", "فرناندو هنريكي كاردوسو", "فرناندو هنريك كاردوزو"],
  short=["كاردوسو"], aliases=["Cardoso", "FHC"],
  offices=[("fm", "1992-10", "1993-05"), ("hos", "1995-01-01", "2003-01-01")])
P("Marco Maciel", ["ماركو ماسيل", "ماركو ماسييل"], offices=[("vp", "1995-01-01", "2003-01-01")])
P("Jose Alencar", ["جوزيه ألينكار", "جوزيه ألنكار"], short=["ألينكار"], aliases=["José Alencar"],
  offices=[("vp", "2003-01-01", "2011-01-01"), ("def", "2004-11", "2006-03")])
P("Michel Temer", [], offices=[("vp", "2011-01-01", "2016-08-31")])
P("Hamilton Mourao", ["هاميلتون موراو"], short=["موراو"], aliases=["Hamilton Mourão", "Mourão"], offices=[("vp", "2019-01-01", "2023-01-01")])
P("Geraldo Alckmin", ["جيرالدو ألكمين", "جيرالدو ألكيمين"], short=["ألكمين"], aliases=["Alckmin"], offices=[("vp", "2023-01-01", None)])
P("Roberto de Abreu Sodre", ["روبرتو دي أبريو سودري"], aliases=["Roberto de Abreu Sodré"], offices=[("fm", "1986-02", "1990-03-15")])
P("Francisco Rezek", ["فرانسيسكو ريزك", "فرانسيسكو رزق"], offices=[("fm", "1990-03-15", "1992-04")])
P("Celso Lafer", ["سيلسو لافر", "سلسو لافير"], short=["لافر"], offices=[("fm", "1992-04", "1992-10"), ("fm", "2001-01-29", "2003-01-01")])
P("Celso Amorim", ["سيلسو أموريم", "سلسو أموريم"], short=["أموريم"], aliases=["Amorim"],
  offices=[("Chief Adviser to the President of Brazil for International Affairs", "oth", "2023-01-01", None),
           ("fm", "1993-07", "1995-01-01"), ("fm", "2003-01-01", "2011-01-01"), ("def", "2011-08-08", "2015-01-01")])
P("Luiz Felipe Lampreia", ["لويز فيليبي لامبريا", "لويس فيليبي لامبريا"], short=["لامبريا"], offices=[("fm", "1995-01-01", "2001-01-29")])
P("Antonio Patriota", ["أنطونيو باتريوتا", "أنطونيو دي أغيار باتريوتا"], short=["باتريوتا"], aliases=["Antonio de Aguiar Patriota"],
  offices=[("fm", "2011-01-01", "2013-08-26")])
P("Luiz Alberto Figueiredo", ["لويز ألبرتو فيغيريدو", "لويس ألبرتو فيغيريدو"], offices=[("fm", "2013-08-28", "2015-01-01")])
P("Mauro Vieira", ["ماورو فييرا", "ماورو فيرا"], offices=[("fm", "2023-01-01", None), ("fm", "2015-01-01", "2016-05-12")])
P("Jose Serra", ["جوزيه سيرا", "خوسيه سيرا"], aliases=["José Serra"], offices=[("fm", "2016-05-18", "2017-02-22")])
P("Aloysio Nunes", ["ألويزيو نونيس", "ألويسيو نونيس"], offices=[("fm", "2017-03-07", "2019-01-01")])
P("Ernesto Araujo", ["إرنستو أراوجو", "إرنستو أراووخو"], short=["أراوجو"], aliases=["Ernesto Araújo"], offices=[("fm", "2019-01-01", "2021-03-29")])
P("Carlos Franca", ["كارلوس فرانسا", "كارلوس ألبرتو فرانكو فرانسا"], aliases=["Carlos França"], offices=[("fm", "2021-04-06", "2023-01-01")])
P("Elcio Alvares", ["إلسيو ألفاريس"], aliases=["Élcio Álvares"], offices=[("def", "1999-06-10", "2000-01")])
P("Geraldo Quintao", ["جيرالدو كينتاو"], aliases=["Geraldo Quintão"], offices=[("def", "2000-01", "2003-01-01")])
P("Jose Viegas Filho", ["جوزيه فيغاس فيليو", "جوزيه فيغاس"], aliases=["José Viegas Filho"], offices=[("def", "2003-01-01", "2004-11")])
P("Waldir Pires", ["والدير بيريس"], offices=[("def", "2006-03", "2007-07-25")])
P("Nelson Jobim", ["نيلسون جوبيم", "نلسون جوبيم"], short=["جوبيم"], offices=[("def", "2007-07-25", "2011-08-04")])
P("Jaques Wagner", ["جاك فاغنر", "جاكيس فاغنر"], offices=[("def", "2015-01-01", "2015-10")])
P("Aldo Rebelo", ["ألدو ريبيلو"], offices=[("def", "2015-10", "2016-05-12")])
P("Raul Jungmann", ["راؤول يونغمان", "راؤول جونغمان"], aliases=["Raul Jungmann"], offices=[("def", "2016-05-12", "2018-02")])
P("Joaquim Silva e Luna", ["جواكيم سيلفا إي لونا", "جواكيم سيلفا ولونا"], offices=[("def", "2018-02", "2019-01-01")])
P("Fernando Azevedo e Silva", ["فرناندو أزيفيدو إي سيلفا", "فرناندو أزيفيدو"], offices=[("def", "2019-01-01", "2021-03-29")])
P("Walter Braga Netto", ["والتر براغا نيتو", "والتر براجا نيتو"], short=["براغا نيتو"], aliases=["Braga Netto"],
  offices=[("def", "2021-03-29", "2022-03-31")])
P("Paulo Sergio Nogueira", ["باولو سيرجيو نوغيرا", "باولو سيرجيو نوجيرا"], aliases=["Paulo Sérgio Nogueira de Oliveira"],
  offices=[("def", "2022-04-01", "2023-01-01")])
P("Jose Mucio", ["جوزيه موسيو", "خوسيه موسيو"], aliases=["José Múcio Monteiro"], offices=[("def", "2023-01-01", None)])
P("Jose Eduardo Cardozo", ["جوزيه إدواردو كاردوزو"], aliases=["José Eduardo Cardozo"], offices=[("jus", "2011-01-01", "2016-02-29")])
P("Alexandre de Moraes", ["ألكسندر دي مورايس", "أليكساندر دي مورايس"], short=["دي مورايس"], aliases=["Moraes"],
  offices=[("Justice of the Supreme Federal Court of Brazil", "oth", "2017-03-22", None), ("jus", "2016-05-12", "2017-02-22")])
P("Sergio Moro", ["سيرجيو مورو", "سيرجو مورو"], short=["مورو"], aliases=["Sérgio Moro", "Moro"], offices=[("jus", "2019-01-01", "2020-04-24")])
P("Andre Mendonca", ["أندريه ميندونسا", "أندريه مندونسا"], aliases=["André Mendonça"], offices=[("jus", "2020-04-29", "2021-03-30")])
P("Anderson Torres", ["أندرسون توريس"], offices=[("jus", "2021-03-30", "2023-01-01")])
P("Flavio Dino", ["فلافيو دينو"], aliases=["Flávio Dino"], offices=[("jus", "2023-01-01", "2024-01-31")])
P("Ricardo Lewandowski", ["ريكاردو ليفاندوفسكي", "ريكاردو لفاندوفسكي"], short=["ليفاندوفسكي"], offices=[("jus", "2024-02-01", None)])
P("Eduardo Cunha", ["إدواردو كونيا", "إدواردو كونها"], short=["كونيا"], offices=[("spk", "2015-02-01", "2016-07-07")])
P("Rodrigo Maia", ["رودريغو مايا", "رودريجو مايا"], offices=[("spk", "2016-07-14", "2021-02-01")])
P("Arthur Lira", ["آرثر ليرا", "أرتور ليرا"], offices=[("spk", "2021-02-01", "2025-02-01")])
P("Hugo Motta", ["هوغو موتا", "أوغو موتا"], offices=[("spk", "2025-02-01", None)])

c = Country("AR", hos="President of Argentina", fm="Minister of Foreign Affairs of Argentina")
P = c.P
P("Carlos Menem", ["كارلوس منعم", "كارلوس شاول منعم"], short=["منعم"], amb=["منعم"], aliases=["Carlos Saúl Menem", "Menem"],
  offices=[("hos", "1989-07-08", "1999-12-10")])
P("Fernando de la Rua", ["فرناندو دي لا روا", "فرناندو دي لاروا"], short=["دي لا روا"], aliases=["Fernando de la Rúa"],
  offices=[("hos", "1999-12-10", "2001-12-21")])
P("Eduardo Duhalde", ["إدواردو دوهالدي", "إدواردو دوالدي"], short=["دوهالدي"], offices=[("hos", "2002-01-02", "2003-05-25")])
P("Nestor Kirchner", ["نيستور كيرشنر", "نستور كيرشنر", "نيستور كيرتشنر"], aliases=["Néstor Kirchner"],
  offices=[("hos", "2003-05-25", "2007-12-10")])
P("Domingo Cavallo", ["دومينغو كافالو", "دومينجو كافالو"], short=["كافالو"],
  offices=[("fm", "1989-07-08", "1991-01-31"), ("Minister of Economy of Argentina", "min", "1991-01-31", "1996-07-26")])
P("Guido di Tella", ["غيدو دي تيلا", "جيدو دي تيلا"], short=["دي تيلا"], offices=[("fm", "1991-01-31", "1999-12-10")])
P("Adalberto Rodriguez Giavarini", ["أدالبرتو رودريغيز جيافاريني"], offices=[("fm", "1999-12-10", "2001-12-20")])
P("Carlos Ruckauf", ["كارلوس روكاوف"], short=["روكاوف"], offices=[("fm", "2002-01-03", "2003-05-25")])
P("Rafael Bielsa", ["رافائيل بيلسا"], offices=[("fm", "2003-05-25", "2005-12")])
P("Jorge Taiana", ["خورخي تايانا"], short=["تايانا"], offices=[("fm", "2005-12", "2010-06-18")])
P("Hector Timerman", ["هيكتور تيمرمان", "هكتور تيمرمان"], short=["تيمرمان"], aliases=["Héctor Timerman"], offices=[("fm", "2010-06-22", "2015-12-10")])
P("Susana Malcorra", ["سوزانا مالكورا", "سوسانا مالكورا"], short=["مالكورا"], offices=[("fm", "2015-12-10", "2017-06-12")])
P("Jorge Faurie", ["خورخي فوري", "خورخي فاوري"], offices=[("fm", "2017-06-12", "2019-12-10")])
P("Felipe Sola", ["فيليبي سولا"], aliases=["Felipe Solá"], offices=[("fm", "2019-12-10", "2021-09-20")])
P("Santiago Cafiero", ["سانتياغو كافييرو", "سانتياجو كافييرو"], short=["كافييرو"], offices=[("fm", "2021-09-20", "2023-12-10")])
P("Diana Mondino", ["ديانا موندينو"], short=["موندينو"], offices=[("fm", "2023-12-10", "2024-10-30")])
P("Gerardo Werthein", ["جيراردو فيرثين", "خيراردو فيرتين", "جيراردو ويرثين"], short=["فيرثين"], offices=[("fm", "2024-10-30", None)])

c = Country("VE", hos="President of Venezuela", vp="Executive Vice President of Venezuela", fm="Minister of Foreign Affairs of Venezuela",
            **{"def": "Minister of Defence of Venezuela"}, int="Minister of the Interior of Venezuela",
            spk="President of the National Assembly of Venezuela")
P = c.P
P("Carlos Andres Perez", ["كارلوس أندريس بيريز", "كارلوس أندريس بيريث"], aliases=["Carlos Andrés Pérez"],
  offices=[("hos", "1989-02-02", "1993-05-21", "suspended and removed by Congress")])
P("Ramon Jose Velasquez", ["رامون خوسيه فيلاسكيز"], aliases=["Ramón José Velásquez"], offices=[("hos", "1993-06-05", "1994-02-02", "interim")])
P("Rafael Caldera", ["رافائيل كالديرا"], short=["كالديرا"], offices=[("hos", "1994-02-02", "1999-02-02")])
P("Nicolas Maduro", [], offices=[("spk", "2005-01-05", "2006-01-05"), ("fm", "2006-08-09", "2013-01-15"), ("vp", "2012-10-13", "2013-03-05")])
P("Diosdado Cabello", ["ديوسدادو كابيو", "ديوسدادو كابيلو"], short=["كابيو", "كابيلو"], aliases=["Cabello"],
  offices=[("int", "2024-08-27", None), ("vp", "2002-01-13", "2002-04-28"), ("spk", "2012-01-05", "2016-01-05"),
           ("President of the National Constituent Assembly of Venezuela", "oth", "2018-06-19", "2020-12-18")])
P("Jose Vicente Rangel", ["خوسيه فيسنتي رانجل", "خوسيه فيسينتي رانخيل", "خوسيه فيسنتي رانخل"], short=["رانجل"],
  aliases=["José Vicente Rangel"], offices=[("fm", "1999-02-02", "2001-02"), ("vp", "2002-04-28", "2007-01-03")])
P("Jorge Rodriguez", ["خورخي رودريغيز", "خورخي رودريجيز"], aliases=["Jorge Rodríguez Gómez"],
  offices=[("spk", "2021-01-05", None), ("vp", "2007-01-03", "2008-01-03")])
P("Ramon Carrizales", ["رامون كاريزاليس"], aliases=["Ramón Carrizales"], offices=[("vp", "2008-01-03", "2010-01-26")])
P("Elias Jaua", ["إلياس خاوا", "إلياس جاوا"], short=["خاوا"], aliases=["Elías Jaua"],
  offices=[("vp", "2010-01-26", "2012-10-13"), ("fm", "2013-01-15", "2014-09-02")])
P("Jorge Arreaza", ["خورخي أرياسا", "خورخي أرياثا", "خورخي أريازا"], short=["أرياسا", "أريازا"], aliases=["Arreaza"],
  offices=[("vp", "2013-04-22", "2016-01-06"), ("fm", "2017-08-02", "2021-08-21")])
P("Aristobulo Isturiz", ["أريستوبولو إستوريز", "أريستوبولو إيستوريث"], aliases=["Aristóbulo Istúriz"], offices=[("vp", "2016-01-06", "2017-01-04")])
P("Tareck El Aissami", ["طارق العيسمي", "طارق العيسامي", "طارق زيدان العيسمي"], short=["العيسمي", "العيسامي"],
  offices=[("int", "2008", "2012-10"), ("vp", "2017-01-04", "2018-06-14"), ("Minister of Petroleum of Venezuela", "min", "2020-04-27", "2023-03-20")])
P("Delcy Rodriguez", ["ديلسي رودريغيز", "ديلسي رودريجيز"], aliases=["Delcy Rodríguez"],
  offices=[("vp", "2018-06-14", None), ("fm", "2014-12-26", "2017-06-21"),
           ("President of the National Constituent Assembly of Venezuela", "oth", "2017-08-04", "2018-06-19")])
P("Reinaldo Figueredo", ["رينالدو فيغيريدو"], aliases=["Reinaldo Figueredo Planchart"], offices=[("fm", "1989-02", "1991")])
P("Armando Duran", ["أرماندو دوران"], aliases=["Armando Durán"], offices=[("fm", "1991", "1992")])
P("Fernando Ochoa Antich", ["فرناندو أوتشوا أنتيتش"], offices=[("fm", "1992", "1993")])
P("Miguel Angel Burelli Rivas", ["ميغيل أنخيل بوريلي ريفاس"], aliases=["Miguel Ángel Burelli Rivas"], offices=[("fm", "1994-02-02", "1999-02-02")])
P("Luis Alfonso Davila", ["لويس ألفونسو دافيلا"], aliases=["Luis Alfonso Dávila"], offices=[("fm", "2001-02", "2002-05-30")])
P("Roy Chaderton", ["روي تشاديرتون", "روي شاديرتون"], short=["تشاديرتون"], offices=[("fm", "2002-05-30", "2004-02")])
P("Jesus Arnaldo Perez", ["خيسوس أرنالدو بيريز"], aliases=["Jesús Arnaldo Pérez"], offices=[("fm", "2004", "2004")])
P("Ali Rodriguez Araque", ["علي رودريغيز أراكي", "ألي رودريغيز أراكي"], aliases=["Alí Rodríguez Araque"],
  offices=[("fm", "2004", "2006-08"), ("Secretary General of OPEC", "oth", "2001-01", "2002-06")])
P("Rafael Ramirez", ["رافائيل راميريز"], aliases=["Rafael Ramírez"],
  offices=[("Minister of Energy and Petroleum of Venezuela", "min", "2002-07", "2014-09-02"), ("fm", "2014-09-02", "2014-12-26")])
P("Felix Plasencia", ["فيليكس بلاسينسيا"], aliases=["Félix Plasencia"], offices=[("fm", "2021-08-20", "2022-05")])
P("Carlos Faria", ["كارلوس فاريا"], aliases=["Carlos Faría"], offices=[("fm", "2022-05", "2023-01-06")])
P("Yvan Gil", ["إيفان خيل", "إيفان جيل", "إيبان خيل"], aliases=["Yván Gil"], offices=[("fm", "2023-01-06", None)])
P("Vladimir Padrino Lopez", ["فلاديمير بادرينو لوبيز", "فلاديمير بادرينو لوبيث", "فلاديمير بادرينو"], short=["بادرينو"],
  aliases=["Vladimir Padrino López", "Padrino López"], offices=[("def", "2014-10-24", None)])
P("Carmen Melendez", ["كارمن ميليندز", "كارمن ميلينديث"], aliases=["Carmen Meléndez"],
  offices=[("def", "2013-07", "2014-10-24"), ("int", "2020-10", "2021-08")])
P("Nestor Reverol", ["نيستور ريفيرول", "نستور ريبيرول"], short=["ريفيرول"], aliases=["Néstor Reverol"], offices=[("int", "2016-08-02", "2020-10")])
P("Remigio Ceballos", ["ريميجيو سيبايوس", "ريميخيو سيبايوس"], offices=[("int", "2021-08", "2024-08-27")])
P("Cilia Flores", ["سيليا فلوريس"], offices=[("spk", "2006-01-05", "2011-01-05")])
P("Henry Ramos Allup", ["هنري راموس ألوب", "إنري راموس ألوب"], short=["راموس ألوب"], offices=[("spk", "2016-01-05", "2017-01-05")])
P("Julio Borges", ["خوليو بورخيس"], offices=[("spk", "2017-01-05", "2018-01-05")])
P("Omar Barboza", ["عمر باربوزا", "أومار باربوزا"], offices=[("spk", "2018-01-05", "2019-01-05")])
P("Juan Guaido", ["خوان غوايدو", "خوان جوايدو"], short=["غوايدو", "جوايدو"], aliases=["Juan Guaidó", "Guaidó"],
  offices=[("spk", "2019-01-05", "2021-01-05", "opposition claim to the office continued until 2023-01-05"),
           ("Interim President of Venezuela (claimed)", "oth", "2019-01-23", "2023-01-05",
            "self-proclaimed, recognised by the US and some 50 states; never controlled the government")])
