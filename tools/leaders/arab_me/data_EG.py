# Egypt
C("EG", "Egypt", SPK=("Speaker of the House of Representatives of Egypt", "oth"),
  GIS=("Director of the General Intelligence Service of Egypt", "oth"))
p("Hosni Mubarak", "", key="hosni-mubarak")
p("Mohamed Hussein Tantawi", "محمد حسين طنطاوي|حسين طنطاوي", s="طنطاوي",
  o=[("Chairman of the Supreme Council of the Armed Forces of Egypt", "hos", "2011-02-11", "2012-06-30"),
     ("DEF", "1991-05-20", "2012-08-12")])
p("Mohamed Morsi", "", key="mohamed-morsi")
p("Adly Mansour", "", key="adly-mansour")
p("Abdel Fattah el-Sisi", "", key="abdel-fattah-el-sisi",
  o=[("Director of Military Intelligence of Egypt", "oth", "2010-01", "2012-08-12")])
p("Omar Suleiman", "عمر سليمان", o=[("VP", "2011-01-29", "2011-02-11"), ("GIS", "1993-01-22", "2011-01-31")])
p("Mahmoud Mekki", "محمود مكي", o=[("VP", "2012-08-12", "2012-12-22")])
p("Mohamed ElBaradei", "محمد البرادعي", s="البرادعي", al="Mohamed El Baradei",
  o=[("VP", "2013-07-14", "2013-08-14", "interim Vice President for foreign affairs"),
     ("Director General of the International Atomic Energy Agency", "int", "1997-12-01", "2009-11-30")], org="IAEA")
p("Atef Sedki", "عاطف صدقي", amb="صدقي", o=[("PM", "1986-11-12", "1996-01-02")])
p("Kamal Ganzouri", "كمال الجنزوري", s="الجنزوري", al="Kamal al-Ganzouri",
  o=[("PM", "1996-01-02", "1999-10-05"), ("PM", "2011-12-07", "2012-08-02")])
p("Atef Ebeid", "عاطف عبيد", amb="عبيد", o=[("PM", "1999-10-05", "2004-07-14")])
p("Ahmed Nazif", "أحمد نظيف", amb="نظيف", o=[("PM", "2004-07-14", "2011-01-29")])
p("Ahmed Shafik", "أحمد شفيق", amb="شفيق", o=[("PM", "2011-01-29", "2011-03-03")])
p("Essam Sharaf", "عصام شرف", amb="شرف", o=[("PM", "2011-03-03", "2011-12-07")])
p("Hesham Qandil", "", key="hesham-qandil")
p("Hazem el-Beblawi", "", key="hazem-el-beblawi")
p("Esmat Abdel Meguid", "عصمت عبد المجيد|عصمت عبدالمجيد", key="ahmed-esmat-abdel-meguid",
  o=[("FM", "1984-07", "1991-05-20"), ("Secretary-General of the Arab League", "int", "1991-05-15", "2001-05-15")],
  org="ARAB_LEAGUE")
p("Amr Moussa", "", key="amr-moussa", o=[("FM", "1991-05-20", "2001-05-15")])
p("Ahmed Maher", "أحمد ماهر|أحمد ماهر السيد", o=[("FM", "2001-05-15", "2004-07-14")])
p("Ahmed Aboul Gheit", "", key="ahmed-aboul-gheit")
p("Nabil Elaraby", "", key="nabil-elaraby", o=[("FM", "2011-03-06", "2011-06")])
p("Mohamed Kamel Amr", "محمد كامل عمرو", o=[("FM", "2011-07", "2013-07")])
p("Nabil Fahmy", "نبيل فهمي", amb="فهمي", o=[("FM", "2013-07-16", "2014-06-17")])
p("Sameh Shoukry", "", key="sameh-shoukry")
p("Youssef Sabri Abu Taleb", "يوسف صبري أبو طالب", o=[("DEF", "1989-04", "1991-05-20")])
p("Sedki Sobhi", "صدقي صبحي", o=[("DEF", "2014-03-26", "2018-06-14")])
p("Mohamed Zaki", "محمد زكي|محمد أحمد زكي", o=[("DEF", "2018-06-14", "2024-07-03")])
p("Abdel Mageed Saqr", "عبد المجيد صقر|عبدالمجيد صقر", o=[("DEF", "2024-07-03", None)])
p("Mohamed Abdel Halim Moussa", "محمد عبد الحليم موسى|عبد الحليم موسى", o=[("INT", "1990-01", "1993-04")])
p("Hassan al-Alfi", "حسن الألفي", s="الألفي", o=[("INT", "1993-04", "1997-11-18")])
p("Habib el-Adly", "حبيب العادلي", s="العادلي", o=[("INT", "1997-11-18", "2011-01-31")])
p("Mansour el-Essawy", "منصور العيسوي", s="العيسوي", o=[("INT", "2011-03-05", "2011-12-07")])
p("Magdy Abdel Ghaffar", "مجدي عبد الغفار|مجدي عبدالغفار", o=[("INT", "2015-03-05", "2018-06-14")])
p("Mahmoud Tawfik", "محمود توفيق", o=[("INT", "2018-06-14", None)])
p("Ahmed Fathi Sorour", "أحمد فتحي سرور|فتحي سرور", amb="سرور",
  o=[("Speaker of the People's Assembly of Egypt", "oth", "1990-12", "2011-02")])
p("Saad El-Katatni", "سعد الكتاتني|محمد سعد الكتاتني", s="الكتاتني",
  o=[("Speaker of the People's Assembly of Egypt", "oth", "2012-01-23", "2012-06-14")])
p("Ali Abdel Aal", "علي عبد العال|علي عبدالعال", o=[("SPK", "2016-01-10", "2021-01-12")])
p("Hanafy El Gebaly", "حنفي جبالي|حنفي الجبالي", s="جبالي|الجبالي", o=[("SPK", "2021-01-12", None)])
p("Abbas Kamel", "عباس كامل", o=[("GIS", "2018-01", "2024-10-16", "acting until 2018-06")])
p("Hassan Rashad", "حسن رشاد|حسن محمود رشاد", o=[("GIS", "2024-10-16", None)])
