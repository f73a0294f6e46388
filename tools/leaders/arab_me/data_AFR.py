# Sudan, Libya, Tunisia, Algeria, Morocco, Mauritania, Somalia, Djibouti, Comoros
C("SD", "Sudan", SPK=("Speaker of the National Assembly of Sudan", "oth"), FVP=("First Vice President of Sudan", "oth"))
p("Omar al-Bashir", "", key="omar-al-bashir",
  o=[("Chairman of the Revolutionary Command Council for National Salvation of Sudan", "hos", "1989-06-30", "1993-10-16")])
p("Zubair Mohamed Salih", "الزبير محمد صالح", o=[("FVP", "1989", "1998-02-12")])
p("Ali Osman Taha", "علي عثمان محمد طه|علي عثمان طه",
  o=[("FM", "1995-02", "1998-02"), ("FVP", "1998-02-17", "2005-07-09"), ("VP", "2005-07-09", "2011-07-09"),
     ("FVP", "2011-07", "2013-12-08")])
p("Bakri Hassan Saleh", "بكري حسن صالح", o=[("FVP", "2013-12-08", "2019-02-23"), ("PM", "2017-03-02", "2018-09-09")])
p("Motazz Moussa", "معتز موسى|معتز موسى عبد الله", o=[("PM", "2018-09-10", "2019-02-23")])
p("Mohamed Tahir Ayala", "محمد طاهر أيلا|محمد طاهر إيلا", s="أيلا", o=[("PM", "2019-02-23", "2019-04-11")])
p("Ahmed Awad Ibn Auf", "أحمد عوض بن عوف|عوض بن عوف|عوض ابن عوف", s="ابن عوف|بن عوف",
  o=[("FVP", "2019-02-23", "2019-04-11"), ("DEF", "2015-06", "2019-04-12"),
     ("Chairman of the Transitional Military Council of Sudan", "hos", "2019-04-11", "2019-04-12", "one day")])
p("Osman Hussein", "عثمان حسين عثمان|عثمان حسين", o=[("PM", "2022-01", "2025-04-30", "acting; Secretary-General of the Council of Ministers")])
p("Mustafa Osman Ismail", "مصطفى عثمان إسماعيل", o=[("FM", "1998-02", "2005-07")])
p("Lam Akol", "لام أكول", o=[("FM", "2005-09-22", "2007-10")])
p("Deng Alor", "دينق ألور|دينق ألور كول", key="deng-alor-kuol", o=[("FM", "2007-10", "2010-06")])
p("Ali Karti", "علي كرتي|علي أحمد كرتي", s="كرتي", o=[("FM", "2010-06-16", "2015-06-07")])
p("Ibrahim Ghandour", "إبراهيم غندور|إبراهيم أحمد غندور", s="غندور", o=[("FM", "2015-06-07", "2018-04-19")])
p("Al-Dirdiri Mohamed Ahmed", "الدرديري محمد أحمد", s="الدرديري", o=[("FM", "2018-06-04", "2019-04-11")])
p("Asma Abdalla", "أسماء محمد عبد الله|أسماء عبد الله|أسماء محمد عبدالله", o=[("FM", "2019-09-08", "2020-07-09")])
p("Mariam al-Sadiq al-Mahdi", "مريم الصادق المهدي|مريم الصادق", o=[("FM", "2021-02-08", "2021-10-25")])
p("Omar Gamar al-Din", "عمر قمر الدين|عمر قمر الدين إسماعيل", o=[("FM", "2020-07", "2021-02-08", "acting")])
p("Ali al-Sadiq", "علي الصادق|علي الصادق علي", o=[("FM", "2021-10-28", "2024-04", "acting")])
p("Hussein Awad Ali", "حسين عوض علي|حسين عوض", o=[("FM", "2024-04", "2024-11", "acting")])
p("Ali Youssef al-Sharif", "علي يوسف أحمد الشريف|علي يوسف الشريف", o=[("FM", "2024-11", "2025-04-18", "acting")])
p("Omar Siddig", "عمر محمد أحمد صديق|عمر صديق|عمر الصديق", o=[("FM", "2025-04-30", None)])
p("Abdel Rahim Mohammed Hussein", "عبد الرحيم محمد حسين|عبدالرحيم محمد حسين", o=[("DEF", "2005-09", "2015-06")])
p("Hassan al-Turabi", "حسن الترابي|حسن عبد الله الترابي", s="الترابي", o=[("SPK", "1996-03", "1999-12")])
p("Ahmed Ibrahim al-Tahir", "أحمد إبراهيم الطاهر", o=[("SPK", "2001-02", "2014-01")])

C("LY", "Libya", GPC=("Secretary of the General People's Committee of Libya", "hog"),
  FL=("Secretary of the General People's Committee for Foreign Liaison of Libya", "min"))
p("Umar Mustafa al-Muntasir", "عمر المنتصر|عمر مصطفى المنتصر", s="المنتصر",
  o=[("GPC", "1987-03-01", "1990-10-07"), ("FL", "1992-11", "2000-03")])
p("Abuzed Omar Dorda", "أبو زيد عمر دوردة|أبوزيد عمر دوردة", s="دوردة", o=[("GPC", "1990-10-07", "1994-01-29")])
p("Abdul Majid al-Qaud", "عبد المجيد القعود|عبدالمجيد القعود", s="القعود", o=[("GPC", "1994-01-29", "1997-12-29")])
p("Muhammad Ahmad al-Mangoush", "محمد أحمد المنقوش", o=[("GPC", "1997-12-29", "2000-03-01")])
p("Imbarek Shamekh", "مبارك الشامخ|امبارك الشامخ", s="الشامخ", o=[("GPC", "2000-03-01", "2003-06-14")])
p("Shukri Ghanem", "شكري غانم|شكري محمد غانم", o=[("GPC", "2003-06-14", "2006-03-05")])
p("Baghdadi Mahmudi", "البغدادي المحمودي|البغدادي علي المحمودي", s="المحمودي", o=[("GPC", "2006-03-05", "2011-08-23")])
p("Abdel Rahman Shalgham", "عبد الرحمن شلقم|عبدالرحمن شلقم", s="شلقم", o=[("FL", "2000-03", "2009-03-04")])
p("Moussa Koussa", "موسى كوسا", s="كوسا", o=[("FL", "2009-03-04", "2011-03-30", "defected 2011-03-30")])
p("Mustafa Abdul Jalil", "مصطفى عبد الجليل|مصطفى عبدالجليل", o=[("Chairman of the National Transitional Council of Libya", "hos", "2011-03-05", "2012-08-08")])
p("Mahmoud Jibril", "محمود جبريل", s="جبريل", amb="جبريل", o=[("Chairman of the Executive Board of the National Transitional Council of Libya", "hog", "2011-03-23", "2011-10-23")])
p("Abdurrahim El-Keib", "عبد الرحيم الكيب|عبدالرحيم الكيب", s="الكيب", o=[("PM", "2011-11-24", "2012-11-14")])
p("Mohammed Magariaf", "محمد المقريف|محمد يوسف المقريف", s="المقريف", o=[("President of the General National Congress of Libya", "hos", "2012-08-09", "2013-05-28")])
p("Nouri Abusahmain", "نوري أبو سهمين|نوري بوسهمين", s="أبو سهمين|بوسهمين",
  o=[("President of the General National Congress of Libya", "hos", "2013-06-25", "2014-08-04", "headed the rival Tripoli-based congress until 2016")])
p("Ali Zeidan", "علي زيدان", o=[("PM", "2012-11-14", "2014-03-11")])
p("Abdullah al-Thani", "عبد الله الثني|عبدالله الثني", s="الثني",
  o=[("PM", "2014-03-11", "2021-03-15", "from 2014-09 head of the eastern government backed by the House of Representatives")])
p("Fayez al-Sarraj", "", key="fayez-al-sarraj", o=[("Chairman of the Presidential Council of Libya", "hos", "2016-03-30", "2021-03-15")])
p("Fathi Bashagha", "فتحي باشاغا", s="باشاغا",
  o=[("Prime Minister of Libya (House of Representatives-designated)", "oth", "2022-03-03", "2023-05-16"),
     ("INT", "2018-10", "2021-03-15")])
p("Osama Hammad", "أسامة حماد", o=[("Prime Minister of Libya (House of Representatives-designated)", "oth", "2023-05-16", None)])
p("Ashour Bin Khayal", "عاشور بن خيال", o=[("FM", "2011-11-22", "2012-11-14")])
p("Mohamed Taha Siala", "محمد الطاهر سيالة|محمد طاهر سيالة", s="سيالة", o=[("FM", "2016", "2021-03-15")])
p("Taher al-Baour", "الطاهر الباعور|طاهر الباعور", s="الباعور", o=[("FM", "2023-08-27", None, "acting, Government of National Unity")])
p("Najla Mangoush", "نجلاء المنقوش", s="المنقوش", o=[("FM", "2021-03-15", "2023-08-27", "suspended 2023-08-27")])

C("TN", "Tunisia", SPK=("Speaker of the Assembly of the Representatives of the People of Tunisia", "oth"))
p("Zine El Abidine Ben Ali", "", key="zine-el-abidine-ben-ali")
p("Fouad Mebazaa", "فؤاد المبزع", s="المبزع",
  o=[("PRES", "2011-01-15", "2011-12-13", "interim"), ("Speaker of the Chamber of Deputies of Tunisia", "oth", "1997-10", "2011-01-15")])
p("Mohamed Ennaceur", "محمد الناصر", o=[("PRES", "2019-07-25", "2019-10-23", "acting"), ("SPK", "2014-12-04", "2019-11-13")])
p("Hamed Karoui", "حامد القروي", s="القروي", o=[("PM", "1989-09-27", "1999-11-17")])
p("Mohamed Ghannouchi", "محمد الغنوشي", amb="الغنوشي", o=[("PM", "1999-11-17", "2011-02-27")])
p("Hamadi Jebali", "حمادي الجبالي", amb="الجبالي", o=[("PM", "2011-12-24", "2013-03-14")])
p("Ali Laarayedh", "علي العريض", amb="العريض", o=[("PM", "2013-03-14", "2014-01-29"), ("INT", "2011-12-24", "2013-03-14")])
p("Mehdi Jomaa", "مهدي جمعة|المهدي جمعة", amb="جمعة", o=[("PM", "2014-01-29", "2015-02-06")])
p("Habib Essid", "", key="habib-essid", o=[("INT", "2011-03-28", "2011-12-24")])
p("Habib Ben Yahia", "الحبيب بن يحيى|حبيب بن يحيى", o=[("FM", "1991", "1997"), ("FM", "1999-11", "2004-11")])
p("Abderrahim Zouari", "عبد الرحيم الزواري", o=[("FM", "1997", "1999-11")])
p("Abdelbaki Hermassi", "عبد الباقي الهرماسي", s="الهرماسي", o=[("FM", "2004-11", "2005-08")])
p("Abdelwahab Abdallah", "عبد الوهاب عبد الله|عبد الوهاب عبدالله", o=[("FM", "2005-08", "2010-01")])
p("Kamel Morjane", "كمال مرجان", amb="مرجان", o=[("FM", "2010-01", "2011-01-27"), ("DEF", "2005-08", "2010-01")])
p("Mouldi Kefi", "المولدي الكافي", o=[("FM", "2011-02-21", "2011-12-24")])
p("Rafik Abdessalem", "رفيق عبد السلام|رفيق بوشلاكة", o=[("FM", "2011-12-24", "2013-03-14")])
p("Othman Jerandi", "عثمان الجرندي", s="الجرندي", o=[("FM", "2013-03-14", "2014-01-29"), ("FM", "2020-09-02", "2023-02-07")])
p("Mongi Hamdi", "المنجي الحامدي|منجي الحامدي", o=[("FM", "2014-01-29", "2015-02-06")])
p("Taieb Baccouche", "الطيب البكوش", s="البكوش", o=[("FM", "2015-02-06", "2016-01-12"),
  ("Secretary-General of the Arab Maghreb Union", "int", "2016-08", None)])
p("Khemaies Jhinaoui", "خميس الجهيناوي", s="الجهيناوي", o=[("FM", "2016-01-12", "2019-10-29")])
p("Noureddine Erray", "نور الدين الري", o=[("FM", "2020-02-27", "2020-07-24")])
p("Nabil Ammar", "نبيل عمار", o=[("FM", "2023-02-07", "2024-08-25")])
p("Mohamed Ali Nafti", "محمد علي النفطي", s="النفطي", o=[("FM", "2024-08-25", None)])
p("Abdallah Kallel", "عبد الله القلال|عبدالله القلال", s="القلال", o=[("INT", "1991", "1995"), ("INT", "1999", "2001")])
p("Rafik Belhaj Kacem", "رفيق بلحاج قاسم|رفيق الحاج قاسم", o=[("INT", "2004", "2011-01-12")])
p("Lotfi Ben Jeddou", "لطفي بن جدو", s="بن جدو", o=[("INT", "2013-03-14", "2015-02-06")])
p("Najem Gharsalli", "ناجم الغرسلي", s="الغرسلي", o=[("INT", "2015-02-06", "2016-01-06")])
p("Hedi Majdoub", "الهادي مجدوب|هادي مجدوب", s="مجدوب", o=[("INT", "2016-01-12", "2017-09-12")])
p("Lotfi Brahem", "لطفي براهم", s="براهم", o=[("INT", "2017-09-12", "2018-06-06")])
p("Hichem Fourati", "هشام الفوراتي", s="الفوراتي", o=[("INT", "2018-11", "2020-02-27")])
p("Hichem Mechichi", "", key="hichem-mechichi", o=[("INT", "2020-02-27", "2020-09-02")])
p("Taoufik Charfeddine", "توفيق شرف الدين", o=[("INT", "2020-09-02", "2021-01"), ("INT", "2021-10-11", "2023-03-17")])
p("Kamel Feki", "كمال الفقي", o=[("INT", "2023-03-17", "2024-08-25")])
p("Khaled Nouri", "خالد النوري", o=[("INT", "2024-08-25", None)])
p("Abdelkarim Zbidi", "عبد الكريم الزبيدي|عبدالكريم الزبيدي", amb="الزبيدي",
  o=[("DEF", "2011-01-27", "2013-03-14"), ("DEF", "2017-09-12", "2019-08")])
p("Farhat Horchani", "فرحات الحرشاني", s="الحرشاني", o=[("DEF", "2015-02-06", "2017-09-12")])
p("Mustapha Ben Jafar", "مصطفى بن جعفر", o=[("President of the Constituent Assembly of Tunisia", "oth", "2011-11-22", "2014-12-02")])
p("Rached Ghannouchi", "راشد الغنوشي", s="الغنوشي", amb="الغنوشي",
  o=[("SPK", "2019-11-13", "2021-07-25", "parliament suspended 2021-07-25, dissolved 2022-03-30"),
     ("Leader of the Ennahda Movement", "oth", "1991", None)])
p("Ibrahim Bouderbala", "إبراهيم بودربالة|ابراهيم بودربالة", s="بودربالة", o=[("SPK", "2023-03-13", None)])

C("DZ", "Algeria", SPK=("Speaker of the People's National Assembly of Algeria", "oth"))
p("Chadli Bendjedid", "الشاذلي بن جديد|الشاذلي بن جديد", s="بن جديد", o=[("PRES", "1979-02-09", "1992-01-11")])
p("Mohamed Boudiaf", "محمد بوضياف", s="بوضياف", o=[("Chairman of the High Council of State of Algeria", "hos", "1992-01-16", "1992-06-29")])
p("Ali Kafi", "علي كافي", o=[("Chairman of the High Council of State of Algeria", "hos", "1992-07-02", "1994-01-30")])
p("Liamine Zeroual", "اليمين زروال|الأمين زروال", s="زروال", al="Liamine Zéroual",
  o=[("PRES", "1994-01-30", "1999-04-27"), ("DEF", "1993-07", "1994-01-30")])
p("Abdelkader Bensalah", "عبد القادر بن صالح|عبدالقادر بن صالح", s="بن صالح",
  o=[("PRES", "2019-04-09", "2019-12-19", "acting"),
     ("President of the Council of the Nation of Algeria", "oth", "2002-07", "2019-04-09"),
     ("SPK", "1997-06", "2002-06")])
p("Abdelaziz Bouteflika", "", key="abdelaziz-bouteflika")
p("Mouloud Hamrouche", "مولود حمروش", s="حمروش", o=[("PM", "1989-09-09", "1991-06-05")])
p("Sid Ahmed Ghozali", "سيد أحمد غزالي", amb="غزالي", o=[("PM", "1991-06-05", "1992-07-08"), ("FM", "1989-09", "1991-06")])
p("Belaid Abdessalam", "بلعيد عبد السلام", o=[("PM", "1992-07-08", "1993-08-21")])
p("Redha Malek", "رضا مالك", o=[("PM", "1993-08-21", "1994-04-11"), ("FM", "1993-02", "1993-09")])
p("Mokdad Sifi", "مقداد سيفي", o=[("PM", "1994-04-11", "1995-12-31")])
p("Ahmed Ouyahia", "", key="ahmed-ouyahia",
  o=[("PM", "1995-12-31", "1998-12-15"), ("PM", "2003-05-05", "2006-05-24"), ("PM", "2008-06-23", "2012-09-03")])
p("Smail Hamdani", "إسماعيل حمداني", o=[("PM", "1998-12-15", "1999-12-23")])
p("Ahmed Benbitour", "أحمد بن بيتور", s="بن بيتور", o=[("PM", "1999-12-23", "2000-08-27")])
p("Ali Benflis", "علي بن فليس", s="بن فليس", o=[("PM", "2000-08-27", "2003-05-05")])
p("Abdelaziz Belkhadem", "عبد العزيز بلخادم|عبدالعزيز بلخادم", s="بلخادم",
  o=[("PM", "2006-05-24", "2008-06-23"), ("FM", "2000-08", "2005-05"), ("SPK", "1990", "1992-01")])
p("Abdelmalek Sellal", "", key="abdelmalek-sellal")
p("Abdelmadjid Tebboune", "", key="abdelmadjid-tebboune")
p("Noureddine Bedoui", "نور الدين بدوي", amb="بدوي", o=[("PM", "2019-03-11", "2019-12-19"), ("INT", "2015-05-14", "2019-03-11")])
p("Lakhdar Brahimi", "الأخضر الإبراهيمي|الأخضر الابراهيمي", s="الإبراهيمي",
  o=[("FM", "1991-06", "1993-02"), ("Joint UN-Arab League Special Representative for Syria", "int", "2012-08-17", "2014-05-31")], org="UN")
p("Mohamed Salah Dembri", "محمد صالح دمبري", o=[("FM", "1993-09", "1996-01")])
p("Ahmed Attaf", "", key="ahmed-attaf", o=[("FM", "1996-01", "1999-12")])
p("Youcef Yousfi", "يوسف يوسفي", o=[("FM", "1999-12", "2000-08")])
p("Mohamed Bedjaoui", "محمد بجاوي", s="بجاوي", o=[("FM", "2005-05", "2007-06")])
p("Mourad Medelci", "مراد مدلسي", s="مدلسي", o=[("FM", "2007-06", "2013-09")])
p("Abdelkader Messahel", "عبد القادر مساهل|عبدالقادر مساهل", s="مساهل", o=[("FM", "2017-05", "2019-03")])
p("Sabri Boukadoum", "صبري بوقدوم", s="بوقدوم", o=[("FM", "2019-03-31", "2021-07-07")])
p("Ramtane Lamamra", "", key="ramtane-lamamra")
p("Khaled Nezzar", "خالد نزار", s="نزار", amb="نزار", o=[("DEF", "1990-07", "1993-07")])
p("Ahmed Gaid Salah", "أحمد قايد صالح|أحمد ڨايد صالح", s="قايد صالح",
  o=[("Chief of Staff of the Algerian People's National Army", "oth", "2004-08-03", "2019-12-23"),
     ("Deputy Minister of National Defence of Algeria", "min", "2013-09-11", "2019-12-23")])
p("Said Chengriha", "السعيد شنقريحة|سعيد شنقريحة", s="شنقريحة",
  o=[("Chief of Staff of the Algerian People's National Army", "oth", "2019-12-23", None)])
p("Noureddine Yazid Zerhouni", "نور الدين يزيد زرهوني|يزيد زرهوني", s="زرهوني", o=[("INT", "1999-12", "2010-05")])
p("Daho Ould Kablia", "دحو ولد قابلية", s="ولد قابلية", o=[("INT", "2010-05", "2013-09")])
p("Abdelaziz Ziari", "عبد العزيز زياري|عبدالعزيز زياري", s="زياري", o=[("SPK", "2007-05", "2012-05")])
p("Mohamed Larbi Ould Khelifa", "محمد العربي ولد خليفة", s="ولد خليفة", o=[("SPK", "2012-05", "2017-05")])
p("Said Bouhadja", "السعيد بوحجة|سعيد بوحجة", s="بوحجة", o=[("SPK", "2017-05", "2018-10")])
p("Mouad Bouchareb", "معاذ بوشارب", s="بوشارب", o=[("SPK", "2018-10", "2019-07")])
p("Slimane Chenine", "سليمان شنين", s="شنين", o=[("SPK", "2019-07", "2021-06")])
p("Brahim Boughali", "إبراهيم بوغالي|ابراهيم بوغالي", s="بوغالي", o=[("SPK", "2021-07", None)])

C("MA", "Morocco", HOG=("Head of Government of Morocco", "hog"),
  SPK=("Speaker of the House of Representatives of Morocco", "oth"))
p("Moulay Hassan", "مولاي الحسن|الحسن بن محمد", al="Crown Prince Moulay El Hassan|Moulay El Hassan",
  key="moulay-hassan-crown-prince-of-morocco", o=[("CP", "2003-05-08", None)])
p("Azzeddine Laraki", "عز الدين العراقي", key="azeddine-laraki", o=[("PM", "1986-09-30", "1992-08-11")])
p("Mohammed Karim Lamrani", "محمد كريم العمراني", o=[("PM", "1992-08-11", "1994-05-25")])
p("Abdellatif Filali", "عبد اللطيف الفيلالي|عبداللطيف الفيلالي", s="الفيلالي",
  o=[("PM", "1994-05-25", "1998-03-14"), ("FM", "1985-02-16", "1999-04")])
p("Abderrahmane Youssoufi", "عبد الرحمن اليوسفي|عبدالرحمن اليوسفي", s="اليوسفي", o=[("PM", "1998-03-14", "2002-10-09")])
p("Driss Jettou", "إدريس جطو", s="جطو", o=[("PM", "2002-10-09", "2007-09-19"), ("INT", "2001-09", "2002-10-09")])
p("Abbas El Fassi", "عباس الفاسي", amb="الفاسي", o=[("PM", "2007-09-19", "2011-11-29")])
p("Mohamed Benaissa", "محمد بن عيسى", o=[("FM", "1999-04", "2007-10-15")])
p("Taieb Fassi Fihri", "الطيب الفاسي الفهري|الطيب الفاسي", s="الفاسي الفهري", o=[("FM", "2007-10-15", "2012-01-03")])
p("Saadeddine Othmani", "", key="saadeddine-othmani", o=[("FM", "2012-01-03", "2013-10-10")])
p("Salaheddine Mezouar", "صلاح الدين مزوار", s="مزوار", o=[("FM", "2013-10-10", "2017-04-05")])
p("Driss Basri", "إدريس البصري", s="البصري", o=[("INT", "1979-03", "1999-11-09")])
p("Ahmed Midaoui", "أحمد الميداوي", s="الميداوي", o=[("INT", "1999-11-09", "2001-09")])
p("Mustapha Sahel", "مصطفى الساهل", s="الساهل", o=[("INT", "2002-11", "2006-02")])
p("Chakib Benmoussa", "شكيب بنموسى", s="بنموسى", o=[("INT", "2006-02", "2010-01")])
p("Taieb Cherkaoui", "الطيب الشرقاوي", o=[("INT", "2010-01", "2012-01-03")])
p("Mohand Laenser", "امحند العنصر|محند العنصر", amb="العنصر", o=[("INT", "2012-01-03", "2013-10-10")])
p("Mohamed Hassad", "محمد حصاد", amb="حصاد", o=[("INT", "2013-10-10", "2017-04-05")])
p("Abdelouafi Laftit", "عبد الوافي لفتيت|عبدالوافي لفتيت", s="لفتيت", o=[("INT", "2017-04-05", None)])
p("Abdellatif Loudiyi", "عبد اللطيف لوديي|عبداللطيف لوديي", s="لوديي",
  o=[("Minister Delegate for National Defence Administration of Morocco", "min", "2010", None)])
p("Abdelwahed Radi", "عبد الواحد الراضي|عبدالواحد الراضي", o=[("SPK", "1997-11", "2007-09"), ("SPK", "2010-04", "2011-12")])
p("Mustapha Mansouri", "مصطفى المنصوري", o=[("SPK", "2007-09", "2010-04")])
p("Karim Ghellab", "كريم غلاب", s="غلاب", o=[("SPK", "2011-12", "2014-04")])
p("Rachid Talbi Alami", "رشيد الطالبي العلمي|راشيد الطالبي العلمي", s="الطالبي العلمي",
  o=[("SPK", "2021-10-08", None), ("SPK", "2014-04", "2016-10")])
p("Habib El Malki", "الحبيب المالكي|حبيب المالكي", amb="المالكي", o=[("SPK", "2017-01-16", "2021-10-08")])

C("MR", "Mauritania")
p("Maaouya Ould Sid'Ahmed Taya", "معاوية ولد سيدي أحمد الطايع|معاوية ولد الطايع", s="ولد الطايع",
  o=[("PRES", "1984-12-12", "2005-08-03")])
p("Ely Ould Mohamed Vall", "اعل ولد محمد فال|علي ولد محمد فال", s="ولد محمد فال",
  o=[("PRES", "2005-08-03", "2007-04-19", "chairman of the Military Council for Justice and Democracy")])
p("Sidi Ould Cheikh Abdallahi", "سيدي محمد ولد الشيخ عبد الله|سيدي ولد الشيخ عبد الله|سيدي ولد الشيخ عبدالله",
  s="ولد الشيخ عبد الله|ولد الشيخ عبدالله", o=[("PRES", "2007-04-19", "2008-08-06")])
p("Mohamed Ould Abdel Aziz", "", key="mohamed-ould-abdel-aziz",
  o=[("PRES", "2008-08-06", "2009-04-15", "chairman of the High State Council after the 2008 coup")])
p("Ba Mamadou Mbare", "با مامادو امباري|با ممادو امباري", o=[("PRES", "2009-04-15", "2009-08-05", "interim")])
p("Sidi Mohamed Ould Boubacar", "سيدي محمد ولد بوبكر", s="ولد بوبكر",
  o=[("PM", "1992-04-18", "1996-01-02"), ("PM", "2005-08-07", "2007-04-20")])
p("Cheikh El Avia Ould Mohamed Khouna", "الشيخ العافية ولد محمد خونه|الشيخ العافية ولد محمد خونا", s="ولد محمد خونه",
  o=[("PM", "1996-01-02", "1997-12-18"), ("PM", "1998-11-12", "2003-07-06")])
p("Mohamed Lemine Ould Guig", "محمد الأمين ولد الكيك", o=[("PM", "1997-12-18", "1998-11-12")])
p("Sghair Ould M'Bareck", "الصغير ولد امبارك", s="ولد امبارك", o=[("PM", "2003-07-06", "2005-08-07")])
p("Zeine Ould Zeidane", "الزين ولد زيدان", s="ولد زيدان", o=[("PM", "2007-04-20", "2008-05-06")])
p("Yahya Ould Ahmed El Waghef", "يحيى ولد أحمد الوقف", s="ولد الوقف", o=[("PM", "2008-05-06", "2008-08-06")])
p("Moulaye Ould Mohamed Laghdaf", "مولاي ولد محمد لقظف", s="ولد محمد لقظف", o=[("PM", "2008-08-14", "2014-08-20")])
p("Yahya Ould Hademine", "يحيى ولد حدمين", s="ولد حدمين", o=[("PM", "2014-08-20", "2018-06-29")])
p("Mohamed Salem Ould Bechir", "محمد سالم ولد البشير", s="ولد البشير", o=[("PM", "2018-06-29", "2019-08-03")])
p("Ismail Ould Bedde Ould Cheikh Sidiya", "إسماعيل ولد بده ولد الشيخ سيديا|إسماعيل ولد الشيخ سيديا", s="ولد الشيخ سيديا",
  o=[("PM", "2019-08-03", "2020-08-06")])
p("Ismail Ould Cheikh Ahmed", "إسماعيل ولد الشيخ أحمد|إسماعيل ولد الشيخ احمد", s="ولد الشيخ أحمد",
  o=[("FM", "2018-10", "2022-03"), ("UN Special Envoy for Yemen", "int", "2015-04-25", "2018-02")], org="UN")
p("Mohamed Salem Ould Merzouk", "محمد سالم ولد مرزوك", s="ولد مرزوك", o=[("FM", "2022-03", None)])
p("Naha Mint Mouknass", "الناها بنت مكناس|الناها بنت حمدي ولد مكناس", s="بنت مكناس", o=[("FM", "2009-08", "2011-03")])

C("SO", "Somalia")
p("Siad Barre", "محمد سياد بري|سياد بري", s="سياد بري", o=[("PRES", "1969-10-21", "1991-01-26")])
p("Ali Mahdi Muhammad", "علي مهدي محمد|علي مهدي", o=[("PRES", "1991-01-27", "1997", "interim president, authority limited to part of Mogadishu")])
p("Abdiqasim Salad Hassan", "عبدي قاسم صلاد حسن|عبد القاسم صلاد حسن|عبدي قاسم صلاد", o=[("PRES", "2000-08-27", "2004-10-14", "Transitional National Government")])
p("Abdullahi Yusuf Ahmed", "عبد الله يوسف أحمد|عبدالله يوسف أحمد", o=[("PRES", "2004-10-14", "2008-12-29")])
p("Sharif Sheikh Ahmed", "شريف شيخ أحمد|شيخ شريف شيخ أحمد", o=[("PRES", "2009-01-31", "2012-08-20")])
p("Mohamed Abdullahi Farmaajo", "", key="mohamed-abdullahi-farmaajo", o=[("PM", "2010-11-01", "2011-06-19")])
p("Mohamed Abdirizak Mohamud", "محمد عبد الرزاق محمود|محمد عبدالرزاق محمود", o=[("FM", "2021-11", "2022-08")])
p("Abshir Omar Huruse", "أبشر عمر هروسي|أبشر عمر جامع هروسي", s="هروسي", o=[("FM", "2022-08", "2023-12", "resigned")])
p("Ahmed Moalim Fiqi", "أحمد معلم فقي", s="فقي", o=[("FM", "2024-04-07", None),
  ("Minister of Interior, Federal Affairs and Reconciliation of Somalia", "min", "2022-08", "2024-04-07")])
p("Ali Mohamed Gedi", "علي محمد جيدي|علي محمد غيدي", s="جيدي|غيدي", o=[("PM", "2004-11-03", "2007-10-29")])
p("Nur Hassan Hussein", "نور حسن حسين|نور عدي", o=[("PM", "2007-11-24", "2009-02-14")])
p("Omar Abdirashid Ali Sharmarke", "عمر عبد الرشيد علي شارماركي|عمر عبد الرشيد شارماركي|عمر عبدالرشيد شارماركي", s="شارماركي",
  o=[("PM", "2009-02-14", "2010-09-21"), ("PM", "2014-12-24", "2017-03-01")])
p("Abdiweli Mohamed Ali", "عبد الولي محمد علي|عبدي ولي محمد علي", o=[("PM", "2011-06-28", "2012-10-17")])
p("Abdi Farah Shirdon", "عبدي فارح شردون|عبدي فارح شيردون", s="شردون", o=[("PM", "2012-10-17", "2013-12-21")])
p("Abdiweli Sheikh Ahmed", "عبد الولي شيخ أحمد|عبدي ولي شيخ أحمد", o=[("PM", "2014-01-12", "2014-12-24")])

C("DJ", "Djibouti")
p("Hassan Gouled Aptidon", "حسن جوليد أبتيدون|حسن غوليد أبتيدون", s="جوليد|غوليد", o=[("PRES", "1977-06-27", "1999-05-08")])
p("Barkat Gourad Hamadou", "بركات جوراد حمادو|بركات غوراد حمادو", o=[("PM", "1978-09-30", "2001-03-04")])
p("Dileita Mohamed Dileita", "دليتا محمد دليتا|ديليتا محمد ديليتا", o=[("PM", "2001-03-04", "2013-04-01")])
p("Ali Abdi Farah", "علي عبدي فارح", o=[("FM", "1999", "2005")])

C("KM", "Comoros")
p("Said Mohamed Djohar", "سعيد محمد جوهر", o=[("PRES", "1989-11-26", "1995-09-29", "interim until 1990-03; ousted 1995-09-29")])
p("Mohamed Taki Abdoulkarim", "محمد تقي عبد الكريم", o=[("PRES", "1996-03-25", "1998-11-06")])
p("Tadjidine Ben Said Massounde", "تاج الدين بن سعيد مسوندي", o=[("PRES", "1998-11-06", "1999-04-30", "interim")])
p("Azali Assoumani", "", key="azali-assoumani")
p("Ahmed Abdallah Sambi", "أحمد عبد الله سامبي|أحمد عبدالله سامبي", s="سامبي", o=[("PRES", "2006-05-26", "2011-05-26")])
p("Ikililou Dhoinine", "إكليل ظنين|إكليلو ظنين", s="ظنين", o=[("PRES", "2011-05-26", "2016-05-26")])
