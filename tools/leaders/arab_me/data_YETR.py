# Yemen, Turkey
C("YE", "Yemen", SPK=("Speaker of the House of Representatives of Yemen", "oth"),
  SPC=("President of the Houthi Supreme Political Council", "oth"),
  HPM=("Prime Minister of the Houthi government in Sanaa", "oth"))
p("Ali Abdullah Saleh", "", key="ali-abdullah-saleh",
  o=[("President of North Yemen", "hos", "1978-07-17", "1990-05-22")])
p("Haidar Abu Bakr al-Attas", "حيدر أبو بكر العطاس|حيدر العطاس", s="العطاس",
  o=[("Chairman of the Presidium of the Supreme People's Council of South Yemen", "hos", "1986-02-08", "1990-05-22"),
     ("PM", "1990-05-22", "1994-05-09")])
p("Ali Salem al-Beidh", "علي سالم البيض", amb="البيض",
  o=[("VP", "1990-05-22", "1994-05-21"), ("General Secretary of the Yemeni Socialist Party", "oth", "1986", "1994")])
p("Abdul Aziz Abdul Ghani", "عبد العزيز عبد الغني|عبدالعزيز عبدالغني",
  o=[("Prime Minister of North Yemen", "hog", "1983-11-12", "1990-05-22"), ("PM", "1994-10-06", "1997-05-14")])
p("Yasin Said Numan", "ياسين سعيد نعمان", o=[("Prime Minister of South Yemen", "hog", "1986-02-08", "1990-05-22"),
  ("Speaker of the House of Representatives of Yemen", "oth", "1990-05", "1993-05")])
p("Muhammad Said al-Attar", "محمد سعيد العطار", o=[("PM", "1994-05-09", "1994-10-06", "acting")])
p("Faraj Said Bin Ghanem", "فرج سعيد بن غانم|فرج بن غانم", s="بن غانم", o=[("PM", "1997-05-15", "1998-04-29")])
p("Abdul Karim al-Iryani", "عبد الكريم الإرياني|عبدالكريم الإرياني", s="الإرياني", o=[("PM", "1998-04-29", "2001-03-31")])
p("Abdul Qadir Bajamal", "عبد القادر باجمال|عبدالقادر باجمال", s="باجمال", o=[("PM", "2001-03-31", "2007-04-07"), ("FM", "1998", "2001-03-31")])
p("Ali Muhammad Mujawar", "علي محمد مجور", s="مجور", o=[("PM", "2007-04-07", "2011-12-07")])
p("Mohammed Basindawa", "محمد سالم باسندوة|محمد باسندوة", s="باسندوة", o=[("PM", "2011-12-07", "2014-09-24")])
p("Khaled Bahah", "خالد محفوظ بحاح|خالد بحاح", s="بحاح", o=[("PM", "2014-11-09", "2016-04-04"), ("VP", "2015-04-13", "2016-04-03")])
p("Ahmed Obeid bin Daghr", "أحمد عبيد بن دغر|أحمد بن دغر", s="بن دغر", o=[("PM", "2016-04-04", "2018-10-15")])
p("Abdrabbuh Mansur Hadi", "", key="abdrabbuh-mansur-hadi", amb="هادي", o=[("VP", "1994-10-03", "2012-02-25")])
p("Ali Mohsen al-Ahmar", "علي محسن الأحمر|علي محسن صالح الأحمر", s="علي محسن", o=[("VP", "2016-04-03", "2022-04-07")])
p("Abu Bakr al-Qirbi", "أبو بكر القربي|أبوبكر القربي", s="القربي", o=[("FM", "2001-04-04", "2014-03")])
p("Jamal al-Sallal", "جمال عبد الله السلال|جمال السلال", o=[("FM", "2014-03", "2014-11-09")])
p("Riad Yassin", "رياض ياسين|رياض ياسين عبد الله", o=[("FM", "2015-03", "2015-12", "acting")])
p("Abdulmalik al-Mekhlafi", "عبد الملك المخلافي|عبدالملك المخلافي", s="المخلافي", o=[("FM", "2015-12", "2018-05")])
p("Khaled al-Yamani", "خالد اليماني|خالد حسين اليماني", s="اليماني", o=[("FM", "2018-05", "2019-06")])
p("Mohammed al-Hadhrami", "محمد الحضرمي|محمد عبد الله الحضرمي", s="الحضرمي", o=[("FM", "2019-06", "2020-12-18")])
p("Ahmed Awad bin Mubarak", "", key="ahmed-awad-bin-mubarak")
p("Shaya al-Zindani", "شائع الزنداني|شايع الزنداني|شائع محسن الزنداني", o=[("FM", "2024-03", None)])
p("Mohammed Nasser Ahmed", "محمد ناصر أحمد|محمد ناصر أحمد علي", o=[("DEF", "2006", "2014-11-09")])
p("Abdullah bin Hussein al-Ahmar", "عبد الله بن حسين الأحمر|عبدالله بن حسين الأحمر", o=[("SPK", "1993-05", "2007-12-29")])
p("Yahya al-Raee", "يحيى الراعي|يحيى علي الراعي", s="الراعي",
  o=[("SPK", "2008-02", "2019-04-13", "continued as speaker of the Houthi-run house in Sanaa")])
p("Sultan al-Barakani", "سلطان البركاني|سلطان سعيد البركاني", s="البركاني", o=[("SPK", "2019-04-13", None)])
p("Saleh al-Sammad", "صالح الصماد|صالح علي الصماد", s="الصماد", o=[("SPC", "2016-08-14", "2018-04-19")])
p("Abdel-Aziz bin Habtour", "عبد العزيز بن حبتور|عبدالعزيز بن حبتور", s="بن حبتور", o=[("HPM", "2016-10-04", "2024-08")])
p("Ahmed al-Rahawi", "أحمد غالب الرهوي|أحمد الرهوي", s="الرهوي", o=[("HPM", "2024-08", None)])

C("TR", "Turkey", SPK=("Speaker of the Grand National Assembly of Turkey", "oth"))
p("Turgut Ozal", "تورغوت أوزال|تورغت أوزال|تورجوت أوزال", s="أوزال", al="Turgut Özal",
  o=[("PRES", "1989-11-09", "1993-04-17"), ("PM", "1983-12-13", "1989-10-31")])
p("Suleyman Demirel", "سليمان ديميريل|سليمان دميريل", s="ديميريل|دميريل", al="Süleyman Demirel",
  o=[("PRES", "1993-05-16", "2000-05-16"), ("PM", "1991-11-20", "1993-05-16")])
p("Ahmet Necdet Sezer", "أحمد نجدت سيزر|أحمد نجدت سزر", s="سيزر|سزر", o=[("PRES", "2000-05-16", "2007-08-28")])
p("Yildirim Akbulut", "يلدريم أكبولوت|يلدرم أقبولوت", s="أكبولوت", al="Yıldırım Akbulut", o=[("PM", "1989-11-09", "1991-06-23")])
p("Mesut Yilmaz", "مسعود يلماز", amb="يلماز", al="Mesut Yılmaz",
  o=[("PM", "1991-06-23", "1991-11-20"), ("PM", "1996-03-06", "1996-06-28"), ("PM", "1997-06-30", "1999-01-11"),
     ("FM", "1987-12-21", "1990-02-21")])
p("Tansu Ciller", "تانسو تشيلر|تانسو شيلر|تانسو تشيللر", s="تشيلر|شيلر", al="Tansu Çiller",
  o=[("PM", "1993-06-25", "1996-03-06"), ("FM", "1996-06-28", "1997-06-30")])
p("Necmettin Erbakan", "نجم الدين أربكان|نجم الدين اربكان", s="أربكان", o=[("PM", "1996-06-28", "1997-06-30")])
p("Bulent Ecevit", "بولنت أجاويد|بولنت أجفيد|بولنت إيجيفيت", s="أجاويد|أجفيد", al="Bülent Ecevit", o=[("PM", "1999-01-11", "2002-11-18")])
p("Abdullah Gul", "", key="abdullah-gul",
  o=[("PM", "2002-11-18", "2003-03-14"), ("FM", "2003-03-14", "2007-08-28")])
p("Recep Tayyip Erdogan", "", key="recep-tayyip-erdogan")
p("Ahmet Davutoglu", "", key="ahmet-davutoglu")
p("Binali Yildirim", "", key="binali-yildirim", o=[("SPK", "2018-07-12", "2019-02-18")])
p("Ali Bozer", "علي بوزير|علي بوزر", o=[("FM", "1990-02-21", "1990-10-12")])
p("Ahmet Kurtcebe Alptemocin", "أحمد كورتجبه ألبتموتشين", o=[("FM", "1990-10-12", "1991-06-23")])
p("Safa Giray", "صفا غيراي|صفا جيراي", o=[("FM", "1991-06-23", "1991-11-20")])
p("Mumtaz Soysal", "ممتاز سويسال", o=[("FM", "1994-07-27", "1994-11-28")])
p("Murat Karayalcin", "مراد قره يالتشين|مراد قرايالتشين", o=[("FM", "1994-12-12", "1995-03-27")])
p("Erdal Inonu", "أردال إينونو|أردال إينونو", s="إينونو", o=[("FM", "1995-03-27", "1995-10-05")])
p("Deniz Baykal", "دنيز بايكال|دينيز بايكال", s="بايكال", o=[("FM", "1995-10-30", "1996-03-06")])
p("Emre Gonensay", "أمره جونانساي|أمره غونانساي", o=[("FM", "1996-03-06", "1996-06-28")])
p("Sukru Sina Gurel", "شكري سينا غورل|شكري سينا جورل", o=[("FM", "2002-07-11", "2002-11-18")])
p("Hikmet Cetin", "حكمت تشيتين|حكمت جتين", al="Hikmet Çetin", o=[("FM", "1991-11-20", "1994-07-27")])
p("Ismail Cem", "إسماعيل جم|إسماعيل جيم", al="İsmail Cem", o=[("FM", "1997-06-30", "2002-07-11")])
p("Yasar Yakis", "ياشار ياكيش|يشار ياكيش", s="ياكيش", al="Yaşar Yakış", o=[("FM", "2002-11-18", "2003-03-14")])
p("Ali Babacan", "علي باباجان", s="باباجان", o=[("FM", "2007-08-29", "2009-05-01")])
p("Feridun Sinirlioglu", "فريدون سينيرلي أوغلو|فريدون سنيرلي أوغلو", s="سينيرلي أوغلو", o=[("FM", "2015-08-28", "2015-11-24", "interim government")])
p("Mevlut Cavusoglu", "", key="mevlut-cavusoglu")
p("Hakan Fidan", "", key="hakan-fidan")
p("Vecdi Gonul", "وجدي غونول|وجدي جونول", al="Vecdi Gönül", o=[("DEF", "2002-11-18", "2011-07-06")])
p("Ismet Yilmaz", "عصمت يلماز", amb="يلماز", al="İsmet Yılmaz", o=[("DEF", "2011-07-06", "2016-05-24", "out of office 2015-08 to 2015-11")])
p("Fikri Isik", "فكري إشيق|فكري إيشيك|فكري ايشيك", s="إشيق", al="Fikri Işık", o=[("DEF", "2016-05-24", "2017-07-19")])
p("Nurettin Canikli", "نور الدين جانيكلي|نور الدين جانكلي", s="جانيكلي|جانكلي", o=[("DEF", "2017-07-19", "2018-07-09")])
p("Hulusi Akar", "خلوصي أكار|خلوصي آكار", s="أكار|آكار",
  o=[("DEF", "2018-07-10", "2023-06-04"), ("Chief of the General Staff of Turkey", "oth", "2015-08-18", "2018-07-10")])
p("Yasar Guler", "يشار غولر|يشار جولر|ياشار غولر", s="غولر|جولر", al="Yaşar Güler", o=[("DEF", "2023-06-04", None)])
p("Besir Atalay", "بشير أتالاي|بشير آتالاي", s="أتالاي", al="Beşir Atalay", o=[("INT", "2007-08-29", "2011-07-06")])
p("Efkan Ala", "أفكان آلا|أفكان علاء", o=[("INT", "2013-12-25", "2016-08-31", "out of office 2015-08 to 2015-11")])
p("Suleyman Soylu", "سليمان صويلو", s="صويلو", al="Süleyman Soylu", o=[("INT", "2016-08-31", "2023-06-04")])
p("Ali Yerlikaya", "علي يرلي كايا|علي يرليكايا", s="يرلي كايا|يرليكايا", o=[("INT", "2023-06-04", None)])
p("Fuat Oktay", "فؤاد أوقطاي|فؤاد أقطاي", s="أوقطاي|أقطاي", o=[("VP", "2018-07-09", "2023-06-04")])
p("Cevdet Yilmaz", "جودت يلماز|جودت يلمز", amb="يلماز", al="Cevdet Yılmaz", o=[("VP", "2023-06-04", None)])
p("Ibrahim Kalin", "إبراهيم قالن|إبراهيم كالين", s="قالن|كالين", al="İbrahim Kalın",
  o=[("Director of the National Intelligence Organization of Turkey", "oth", "2023-06-05", None),
     ("Spokesman of the Presidency of Turkey", "oth", "2014", "2023-06-04")])
p("Bulent Arinc", "بولنت أرينتش|بولنت أرينج", s="أرينتش|أرينج", al="Bülent Arınç", o=[("SPK", "2002-11-19", "2007-08-09")])
p("Koksal Toptan", "كوكسال توبتان", o=[("SPK", "2007-08-09", "2011-07-04")])
p("Cemil Cicek", "جميل تشيتشك|جميل جيجك", al="Cemil Çiçek", o=[("SPK", "2011-07-04", "2015-06-23")])
p("Ismail Kahraman", "إسماعيل قهرمان", s="قهرمان", o=[("SPK", "2015-11-22", "2018-07-12")])
p("Mustafa Sentop", "مصطفى شنطوب|مصطفى شنتوب", s="شنطوب|شنتوب", al="Mustafa Şentop", o=[("SPK", "2019-02-24", "2023-06-07")])
p("Numan Kurtulmus", "نعمان كورتولموش", s="كورتولموش", al="Numan Kurtulmuş", o=[("SPK", "2023-06-07", None)])
