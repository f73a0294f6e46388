from lib import Country, X
c = Country("DO", hos="President of the Dominican Republic")
P = c.P
P("Joaquin Balaguer", ["خواكين بالاغير", "خواكين بالاجير"], short=["بالاغير", "بالاجير"], aliases=["Joaquín Balaguer"],
  offices=[("hos", "1986-08-16", "1996-08-16")])
P("Leonel Fernandez", ["ليونيل فرنانديز", "ليونيل فيرنانديز"], aliases=["Leonel Fernández"],
  offices=[("hos", "1996-08-16", "2000-08-16"), ("hos", "2004-08-16", "2012-08-16")])
P("Hipolito Mejia", ["هيبوليتو ميخيا", "إيبوليتو ميخيا"], short=["ميخيا"], aliases=["Hipólito Mejía"], offices=[("hos", "2000-08-16", "2004-08-16")])
P("Danilo Medina", ["دانيلو مدينا", "دانيلو ميدينا"], offices=[("hos", "2012-08-16", "2020-08-16")])
P("Luis Abinader", ["لويس أبي نادر", "لويس أبينادر"], short=["أبينادر"], aliases=["Abinader"], offices=[("hos", "2020-08-16", None)])

c = Country("HT", hos="President of Haiti", hog="Prime Minister of Haiti",
            tpc=("Coordinator of the Transitional Presidential Council of Haiti", "hos"))
P = c.P
P("Prosper Avril", ["بروسبير أفريل", "بروسبر أفريل"], offices=[("hos", "1988-09-17", "1990-03-10", "military ruler")])
P("Ertha Pascal-Trouillot", ["إرثا باسكال تروييو", "إيرثا باسكال ترويو"], offices=[("hos", "1990-03-13", "1991-02-07", "provisional")])
P("Jean-Bertrand Aristide", ["جان برتران أريستيد", "جان برتراند أريستيد"], short=["أريستيد"], aliases=["Aristide"],
  offices=[("hos", "1991-02-07", "1996-02-07", "deposed 1991-09-30; in exile until 1994-10-15"), ("hos", "2001-02-07", "2004-02-29")])
P("Joseph Nerette", ["جوزيف نيريت"], aliases=["Joseph Nérette"],
  offices=[("hos", "1991-10-08", "1992-06-19", "de facto provisional president after the 1991 coup")])
P("Emile Jonassaint", ["إميل جوناسان"], aliases=["Émile Jonassaint"], offices=[("hos", "1994-05-12", "1994-10-12", "de facto, under the military regime")])
P("Rene Preval", ["رينيه بريفال", "رينيه بريفا"], short=["بريفال"], aliases=["René Préval"],
  offices=[("hog", "1991-02-13", "1991-10-11"), ("hos", "1996-02-07", "2001-02-07"), ("hos", "2006-05-14", "2011-05-14")])
P("Boniface Alexandre", ["بونيفاس ألكسندر", "بونيفاس ألكساندر"], offices=[("hos", "2004-02-29", "2006-05-14", "interim")])
P("Michel Martelly", ["ميشيل مارتيلي", "ميشال مارتيلي"], short=["مارتيلي"], offices=[("hos", "2011-05-14", "2016-02-07")])
P("Jocelerme Privert", ["جوسلرم بريفير", "جوسيليرم بريفير"], offices=[("hos", "2016-02-14", "2017-02-07", "provisional")])
P("Jovenel Moise", ["جوفينيل مويز", "جوفنيل مويز", "جوفينيل مويس"], short=["مويز"], aliases=["Jovenel Moïse"],
  offices=[("hos", "2017-02-07", "2021-07-07", "assassinated")])
P("Edgard Leblanc Fils", ["إدغار لوبلان فيس", "إدجار لوبلان فيس"], offices=[("tpc", "2024-04-30", "2024-10-07")])
P("Leslie Voltaire", ["ليزلي فولتير", "ليسلي فولتير"], offices=[("tpc", "2024-10-07", None)])
P("Jean-Jacques Honorat", ["جان جاك أونورا"], offices=[("hog", "1991-10-11", "1992-06-19", "de facto, under the military regime")])
P("Claudette Werleigh", ["كلوديت ويرلي", "كلوديت فيرلي"], offices=[("hog", "1995-11-07", "1996-03-06")])
P("Jean-Marie Cherestal", ["جان ماري شيريستال"], aliases=["Jean-Marie Chérestal"], offices=[("hog", "2001-03-02", "2002-01")])
P("Marc Bazin", ["مارك بازان"], offices=[("hog", "1992-06-19", "1993-06", "under the military regime")])
P("Robert Malval", ["روبير مالفال", "روبرت مالفال"], offices=[("hog", "1993-08-30", "1994-11-08")])
P("Smarck Michel", ["سمارك ميشيل"], offices=[("hog", "1994-11-08", "1995-10")])
P("Rosny Smarth", ["روسني سمارت"], offices=[("hog", "1996-03", "1997-06", "resigned June 1997, then caretaker")])
P("Jacques-Edouard Alexis", ["جاك إدوار أليكسيس", "جاك إدوارد أليكسيس"], aliases=["Jacques-Édouard Alexis"],
  offices=[("hog", "1999-03-26", "2001-03-02"), ("hog", "2006-06-09", "2008-09-05", "dismissed by the Senate 2008-04-12, caretaker until 2008-09-05")])
P("Yvon Neptune", ["إيفون نبتون", "إيفون نيبتون"], offices=[("hog", "2002-03-15", "2004-03-12")])
P("Gerard Latortue", ["جيرار لاتورتو", "جيرار لاتورتي"], aliases=["Gérard Latortue"], offices=[("hog", "2004-03-12", "2006-06-09")])
P("Michele Pierre-Louis", ["ميشيل بيير لويس"], aliases=["Michèle Pierre-Louis"], offices=[("hog", "2008-09-05", "2009-11-11")])
P("Jean-Max Bellerive", ["جان ماكس بيليريف", "جان ماكس بلريف"], offices=[("hog", "2009-11-11", "2011-10-18")])
P("Garry Conille", ["غاري كونيي", "غاري كونيل", "جاري كونيل"], short=["كونيي"],
  offices=[("hog", "2011-10-18", "2012-05-16"), ("hog", "2024-06-03", "2024-11-11")])
P("Laurent Lamothe", ["لوران لاموت", "لوران لاموث"], offices=[("hog", "2012-05-16", "2014-12-20")])
P("Evans Paul", ["إيفانز بول"], offices=[("hog", "2015-01-16", "2016-02-26")])
P("Enex Jean-Charles", ["إينيكس جان شارل"], offices=[("hog", "2016-02-26", "2017-03-21")])
P("Jack Guy Lafontant", ["جاك غي لافونتان"], offices=[("hog", "2017-03-21", "2018-09-17", "resigned 2018-07-14, caretaker until 2018-09-17")])
P("Jean-Henry Ceant", ["جان هنري سيان"], aliases=["Jean-Henry Céant"], offices=[("hog", "2018-09-17", "2019-03-21")])
P("Jean-Michel Lapin", ["جان ميشيل لابان"], offices=[("hog", "2019-03-21", "2020-03-04", "acting")])
P("Joseph Jouthe", ["جوزيف جوت"], offices=[("hog", "2020-03-04", "2021-04-14")])
P("Claude Joseph", ["كلود جوزيف"], offices=[("hog", "2021-04-14", "2021-07-20", "acting")])
P("Ariel Henry", ["أرييل هنري"],
  offices=[("hog", "2021-07-20", "2024-04-25", "also acting head of the executive after the assassination of Jovenel Moise")])
P("Alix Didier Fils-Aime", ["أليكس ديدييه فيس إيميه", "أليكس ديدييه فيس إيمي"], aliases=["Alix Didier Fils-Aimé"],
  offices=[("hog", "2024-11-11", None)])

c = Country("JM", hog="Prime Minister of Jamaica", fm="Minister of Foreign Affairs of Jamaica")
P = c.P
P("Michael Manley", ["مايكل مانلي"], offices=[("hog", "1989-02-13", "1992-03-30"), ("hog", "1972-03-02", "1980-11-01")])
P("P. J. Patterson", ["بي جي باترسون", "بيرسيفال باترسون"], aliases=["Percival James Patterson", "P.J. Patterson"],
  offices=[("hog", "1992-03-30", "2006-03-30")])
P("Portia Simpson-Miller", ["بورتيا سيمبسون ميلر"], offices=[("hog", "2006-03-30", "2007-09-11"), ("hog", "2012-01-05", "2016-03-03")])
P("Bruce Golding", ["بروس غولدينغ", "بروس جولدنج"], offices=[("hog", "2007-09-11", "2011-10-23")])
P("Andrew Holness", ["أندرو هولنس", "أندرو هولنيس"], short=["هولنس"], offices=[("hog", "2016-03-03", None), ("hog", "2011-10-23", "2012-01-05")])
P("Kamina Johnson Smith", ["كامينا جونسون سميث"], offices=[("fm", "2016-03-07", None)])

c = Country("TT", hos="President of Trinidad and Tobago", hog="Prime Minister of Trinidad and Tobago")
P = c.P
P("Noor Hassanali", ["نور حسن علي", "نور حسنعلي"], offices=[("hos", "1987-03-20", "1997-03-18")])
P("Arthur N. R. Robinson", ["آرثر روبنسون", "آرثر نابليون رايموند روبنسون"], aliases=["A. N. R. Robinson", "Ray Robinson"],
  offices=[("hog", "1986-12-18", "1991-12-17"), ("hos", "1997-03-19", "2003-03-17")])
P("George Maxwell Richards", ["جورج ماكسويل ريتشاردز"], offices=[("hos", "2003-03-17", "2013-03-18")])
P("Anthony Carmona", ["أنتوني كارمونا"], offices=[("hos", "2013-03-18", "2018-03-19")])
P("Paula-Mae Weekes", ["باولا ماي ويكس", "بولا ماي ويكس"], offices=[("hos", "2018-03-19", "2023-03-20")])
P("Christine Kangaloo", ["كريستين كانغالو", "كريستين كانجالو"], offices=[("hos", "2023-03-20", None)])
P("Patrick Manning", ["باتريك مانينغ", "باتريك ماننغ"], offices=[("hog", "1991-12-17", "1995-11-09"), ("hog", "2001-12-24", "2010-05-26")])
P("Basdeo Panday", ["باسديو باندي"], offices=[("hog", "1995-11-09", "2001-12-24")])
P("Kamla Persad-Bissessar", ["كاملا بيرساد بيسيسار", "كاملا بيرساد بيسسار"], short=["بيرساد بيسيسار"],
  offices=[("hog", "2025-05-01", None), ("hog", "2010-05-26", "2015-09-09")])
P("Keith Rowley", ["كيث رولي"], offices=[("hog", "2015-09-09", "2025-03-17")])
P("Stuart Young", ["ستيوارت يونغ", "ستيوارت يانغ"], offices=[("hog", "2025-03-17", "2025-05-01")])

c = Country("BB", hos="President of Barbados", hog="Prime Minister of Barbados")
P = c.P
P("Sandra Mason", ["ساندرا ماسون", "ساندرا ميسون"], offices=[("hos", "2021-11-30", None)])
P("Erskine Sandiford", ["إرسكين سانديفورد"], offices=[("hog", "1987-06-01", "1994-09-06")])
P("Owen Arthur", ["أوين آرثر"], offices=[("hog", "1994-09-06", "2008-01-15")])
P("David Thompson", ["ديفيد طومسون", "ديفيد تومسون"], offices=[("hog", "2008-01-15", "2010-10-23", "died in office")])
P("Freundel Stuart", ["فروندل ستيوارت", "فرويندل ستيوارت"], offices=[("hog", "2010-10-23", "2018-05-25")])
P("Mia Mottley", ["ميا موتلي", "ميا أمور موتلي"], short=["موتلي"], aliases=["Mottley"], offices=[("hog", "2018-05-25", None)])

c = Country("BS", hog="Prime Minister of the Bahamas")
P = c.P
P("Lynden Pindling", ["ليندن بيندلينغ", "ليندن بندلنج"], short=["بيندلينغ"], offices=[("hog", "1967-01-16", "1992-08-21")])
P("Hubert Ingraham", ["هوبرت إنغراهام", "هيوبرت إنجراهام"], short=["إنغراهام"],
  offices=[("hog", "1992-08-21", "2002-05-03"), ("hog", "2007-05-04", "2012-05-08")])
P("Perry Christie", ["بيري كريستي"], offices=[("hog", "2002-05-03", "2007-05-04"), ("hog", "2012-05-08", "2017-05-11")])
P("Hubert Minnis", ["هوبرت مينيس", "هيوبرت مينيس"], short=["مينيس"], offices=[("hog", "2017-05-11", "2021-09-17")])
P("Philip Davis", ["فيليب ديفيس"], offices=[("hog", "2021-09-17", None)])

c = Country("AG", hog="Prime Minister of Antigua and Barbuda")
P = c.P
P("Vere Bird", ["فير بيرد"], offices=[("hog", "1981-11-01", "1994-03-09")])
P("Lester Bird", ["ليستر بيرد"], offices=[("hog", "1994-03-09", "2004-03-24")])
P("Baldwin Spencer", ["بالدوين سبنسر"], offices=[("hog", "2004-03-24", "2014-06-13")])
P("Gaston Browne", ["غاستون براون", "جاستون براون"], offices=[("hog", "2014-06-13", None)])

c = Country("DM", hos="President of Dominica", hog="Prime Minister of Dominica")
P = c.P
P("Clarence Seignoret", ["كلارنس سينيوريه"], offices=[("hos", "1983-12-19", "1993-10-25")])
P("Crispin Sorhaindo", ["كريسبين سورهاندو"], offices=[("hos", "1993-10-25", "1998-10-06")])
P("Vernon Shaw", ["فيرنون شو"], offices=[("hos", "1998-10-06", "2003-10-02")])
P("Nicholas Liverpool", ["نيكولاس ليفربول"], offices=[("hos", "2003-10-02", "2012-09-17")])
P("Eliud Williams", ["إليود ويليامز"], offices=[("hos", "2012-09-17", "2013-10-02")])
P("Charles Savarin", ["تشارلز سافارين"], offices=[("hos", "2013-10-02", "2023-10-02")])
P("Sylvanie Burton", ["سيلفاني بيرتون"], offices=[("hos", "2023-10-02", None)])
P("Eugenia Charles", ["يوجينيا تشارلز"], offices=[("hog", "1980-07-21", "1995-06-14")])
P("Edison James", ["إديسون جيمس"], offices=[("hog", "1995-06-14", "2000-02-03")])
P("Rosie Douglas", ["روزي دوغلاس"], offices=[("hog", "2000-02-03", "2000-10-01", "died in office")])
P("Pierre Charles", ["بيير شارل", "بيير تشارلز"], offices=[("hog", "2000-10-03", "2004-01-06", "died in office")])
P("Roosevelt Skerrit", ["روزفلت سكيريت"], short=["سكيريت"], offices=[("hog", "2004-01-08", None)])

c = Country("GD", hog="Prime Minister of Grenada")
P = c.P
P("Nicholas Brathwaite", ["نيكولاس براثويت"], offices=[("hog", "1990-03-13", "1995-02-01")])
P("George Brizan", ["جورج بريزان"], offices=[("hog", "1995-02-01", "1995-06-22")])
P("Keith Mitchell", ["كيث ميتشل"], offices=[("hog", "1995-06-22", "2008-07-09"), ("hog", "2013-02-20", "2022-06-24")])
P("Tillman Thomas", ["تيلمان توماس"], offices=[("hog", "2008-07-09", "2013-02-20")])
P("Dickon Mitchell", ["ديكون ميتشل"], offices=[("hog", "2022-06-24", None)])

c = Country("KN", hog="Prime Minister of Saint Kitts and Nevis")
P = c.P
P("Kennedy Simmonds", ["كينيدي سيموندز"], offices=[("hog", "1983-09-19", "1995-07-07")])
P("Denzil Douglas", ["دنزل دوغلاس", "دينزيل دوغلاس"], offices=[("hog", "1995-07-07", "2015-02-18")])
P("Timothy Harris", ["تيموثي هاريس"], offices=[("hog", "2015-02-18", "2022-08-06")])
P("Terrance Drew", ["تيرانس درو", "تيرينس درو"], offices=[("hog", "2022-08-06", None)])

c = Country("LC", hog="Prime Minister of Saint Lucia")
P = c.P
P("John Compton", ["جون كومبتون"], offices=[("hog", "1982-05-03", "1996-04-02"), ("hog", "2006-12-15", "2007-09-07", "died in office")])
P("Vaughan Lewis", ["فون لويس"], offices=[("hog", "1996-04-02", "1997-05-24")])
P("Kenny Anthony", ["كيني أنتوني"], offices=[("hog", "1997-05-24", "2006-12-15"), ("hog", "2011-11-30", "2016-06-07")])
P("Stephenson King", ["ستيفنسون كينغ"], offices=[("hog", "2007-09-07", "2011-11-30", "acting until 2007-10")])
P("Allen Chastanet", ["ألين شاستانيه", "آلن شاستانيت"], offices=[("hog", "2016-06-07", "2021-07-28")])
P("Philip J. Pierre", ["فيليب بيير", "فيليب جوزيف بيير"], aliases=["Philip Pierre"], offices=[("hog", "2021-07-28", None)])

c = Country("VC", hog="Prime Minister of Saint Vincent and the Grenadines")
P = c.P
P("James Mitchell", ["جيمس ميتشل"], aliases=["Son Mitchell"], offices=[("hog", "1984-07-30", "2000-10-27")])
P("Arnhim Eustace", ["أرنهيم يوستاس"], offices=[("hog", "2000-10-27", "2001-03-29")])
P("Ralph Gonsalves", ["رالف غونسالفيس", "رالف جونسالفيس"], short=["غونسالفيس"], offices=[("hog", "2001-03-29", None)])
