# UAE, Qatar, Bahrain, Kuwait, Oman
C("AE", "the United Arab Emirates",
  VPPM=("Vice President and Prime Minister of the United Arab Emirates", "hog"),
  DPM=("Deputy Prime Minister of the United Arab Emirates", "oth"),
  MSFA=("Minister of State for Foreign Affairs of the United Arab Emirates", "min"),
  SPK=("Speaker of the Federal National Council of the United Arab Emirates", "oth"),
  )
p("Zayed bin Sultan Al Nahyan", "زايد بن سلطان آل نهيان", key="zayed-bin-sultan-al-nahyan",
  o=[("Ruler of Abu Dhabi", "oth", "1966-08-06", "2004-11-02")])
p("Khalifa bin Zayed Al Nahyan", "", key="khalifa-bin-zayed-al-nahyan",
  o=[("Crown Prince of Abu Dhabi", "oth", "1969-02-01", "2004-11-02"),
     ("Ruler of Abu Dhabi", "oth", "2004-11-03", "2022-05-13")])
p("Mohamed bin Zayed Al Nahyan", "", key="mohamed-bin-zayed-al-nahyan",
  o=[("Ruler of Abu Dhabi", "oth", "2022-05-14", None)])
p("Rashid bin Saeed Al Maktoum", "راشد بن سعيد آل مكتوم|راشد بن سعيد",
  o=[("VPPM", "1979", "1990-10-07"), ("Ruler of Dubai", "oth", "1958-10-04", "1990-10-07")])
p("Maktoum bin Rashid Al Maktoum", "مكتوم بن راشد آل مكتوم|مكتوم بن راشد",
  o=[("VPPM", "1990", "2006-01-04", "also Prime Minister 1971-1979"),
     ("Ruler of Dubai", "oth", "1990-10-07", "2006-01-04")])
p("Mohammed bin Rashid Al Maktoum", "محمد بن راشد آل مكتوم", key="mohammed-bin-rashid-al-maktoum",
  o=[("DEF", "1971-12-09", "2024-07-14")])
p("Hamdan bin Mohammed Al Maktoum", "حمدان بن محمد بن راشد آل مكتوم|حمدان بن محمد آل مكتوم|حمدان بن محمد بن راشد|حمدان بن محمد",
  o=[("Crown Prince of Dubai", "oth", "2008-02-01", None),
     ("DEF", "2024-07-14", None, "also Deputy Prime Minister")])
p("Maktoum bin Mohammed Al Maktoum", "مكتوم بن محمد بن راشد آل مكتوم|مكتوم بن محمد آل مكتوم|مكتوم بن محمد بن راشد|مكتوم بن محمد",
  o=[("FIN", "2021-09-25", None, "also Deputy Prime Minister")])
p("Hamdan bin Rashid Al Maktoum", "حمدان بن راشد آل مكتوم|حمدان بن راشد",
  o=[("FIN", "1971", "2021-03-24"), ("Deputy Ruler of Dubai", "oth", "1990-10-07", "2021-03-24")])
p("Khaled bin Mohamed bin Zayed Al Nahyan", "خالد بن محمد بن زايد آل نهيان|خالد بن محمد بن زايد",
  o=[("Crown Prince of Abu Dhabi", "oth", "2023-03-29", None)])
p("Saif bin Zayed Al Nahyan", "سيف بن زايد آل نهيان|سيف بن زايد",
  o=[("INT", "2004", None), ("DPM", "2009-05", None)])
p("Mansour bin Zayed Al Nahyan", "", key="mansour-bin-zayed-al-nahyan",
  o=[("DPM", "2009-05", None), ("Minister of Presidential Affairs of the United Arab Emirates", "min", "2004-11", "2023-03-29")])
p("Sultan bin Zayed Al Nahyan", "سلطان بن زايد آل نهيان|سلطان بن زايد", o=[("DPM", "1990", "2009-05")])
p("Hamdan bin Zayed Al Nahyan", "حمدان بن زايد آل نهيان|حمدان بن زايد",
  o=[("MSFA", "1990", "2006-02"), ("Ruler's Representative in Al Dhafra Region", "oth", "2009", None)])
p("Tahnoun bin Zayed Al Nahyan", "طحنون بن زايد آل نهيان|طحنون بن زايد",
  o=[("National Security Adviser of the United Arab Emirates", "oth", "2016", None),
     ("Deputy Ruler of Abu Dhabi", "oth", "2023-03-29", None)])
p("Rashid Abdullah Al Nuaimi", "راشد عبد الله النعيمي|راشد عبدالله النعيمي|راشد بن عبد الله النعيمي",
  o=[("FM", "1980", "2006-02-09")])
p("Abdullah bin Zayed Al Nahyan", "", key="abdullah-bin-zayed-al-nahyan",
  o=[("Minister of Information and Culture of the United Arab Emirates", "min", "1997", "2006-02-09"),
     ("DPM", "2024-07-14", None)])
p("Anwar Gargash", "أنور قرقاش|أنور محمد قرقاش|أنور بن محمد قرقاش", s="قرقاش",
  o=[("Diplomatic Adviser to the President of the United Arab Emirates", "oth", "2021-02", None),
     ("MSFA", "2008-02", "2021-02")])
p("Abdulaziz Al Ghurair", "عبد العزيز الغرير|عبدالعزيز الغرير|عبد العزيز عبد الله الغرير", s="الغرير",
  o=[("SPK", "2007", "2011-11")])
p("Mohammad Al Murr", "محمد أحمد المر|محمد المر", o=[("SPK", "2011-11", "2015-11-18")])
p("Amal Al Qubaisi", "أمل القبيسي|أمل عبد الله القبيسي|أمل عبدالله القبيسي", s="القبيسي",
  o=[("SPK", "2015-11-18", "2019-11-14")])
p("Saqr Ghobash", "صقر غباش|صقر غباش سعيد غباش", s="غباش",
  o=[("SPK", "2019-11-14", None), ("Minister of Human Resources of the United Arab Emirates", "min", "2008", "2016-02")])

C("QA", "Qatar",
  EMIR=("Emir of Qatar", "hos"), HEIR=("Heir Apparent of Qatar", "oth"),
  MSDEF=("Minister of State for Defence Affairs of Qatar", "min"),
  SPK=("Speaker of the Shura Council of Qatar", "oth"))
p("Khalifa bin Hamad Al Thani", "خليفة بن حمد آل ثاني|خليفة بن حمد بن عبد الله آل ثاني",
  o=[("EMIR", "1972-02-22", "1995-06-27"), ("PM", "1970", "1995-06-27")])
p("Hamad bin Khalifa Al Thani", "", key="hamad-bin-khalifa-al-thani",
  o=[("PM", "1995-06-27", "1996-10-29"), ("HEIR", "1977", "1995-06-27")])
p("Abdullah bin Khalifa Al Thani", "عبد الله بن خليفة آل ثاني|عبدالله بن خليفة آل ثاني",
  o=[("PM", "1996-10-29", "2007-04-03")])
p("Hamad bin Jassim Al Thani", "", key="hamad-bin-jassim-al-thani", s="", al="HBJ")
p("Abdullah bin Nasser Al Thani", "", key="abdullah-bin-nasser-al-thani",
  o=[("INT", "2013-06-26", "2020-01-28")])
p("Khalid bin Khalifa Al Thani", "", key="khalid-bin-khalifa-al-thani",
  o=[("INT", "2020-01-28", "2023-03-07")])
p("Khalifa bin Hamad bin Khalifa Al Thani", "خليفة بن حمد بن خليفة آل ثاني", o=[("INT", "2023-03-07", None)])
p("Jassim bin Hamad Al Thani", "جاسم بن حمد بن خليفة آل ثاني|جاسم بن حمد آل ثاني", o=[("HEIR", "1996-10-23", "2003-08-05")])
p("Tamim bin Hamad Al Thani", "", key="tamim-bin-hamad-al-thani", o=[("HEIR", "2003-08-05", "2013-06-25")])
p("Abdullah bin Hamad Al Thani", "عبد الله بن حمد آل ثاني|عبدالله بن حمد آل ثاني|عبد الله بن حمد بن خليفة آل ثاني",
  o=[("Deputy Emir of Qatar", "oth", "2014-11-11", None)])
p("Khalid bin Mohammad Al Attiyah", "خالد بن محمد العطية|خالد العطية", s="العطية",
  al="Khalid Al-Attiyah",
  o=[("FM", "2013-06-26", "2016-01-27"), ("MSDEF", "2016-01-27", "2024-11", "also Deputy Prime Minister from 2017")])
p("Saoud bin Abdulrahman Al Thani", "سعود بن عبد الرحمن آل ثاني|سعود بن عبدالرحمن آل ثاني|سعود بن عبد الرحمن بن حسن آل ثاني",
  o=[("MSDEF", "2024-11", None, "also Deputy Prime Minister"),
     ("Chief of the Amiri Diwan of Qatar", "oth", "2020", "2024-11")])
p("Mohammed bin Abdulrahman Al Thani", "", key="mohammed-bin-abdulrahman-al-thani")
p("Ahmad bin Abdullah Al Mahmoud", "أحمد بن عبد الله آل محمود|أحمد بن عبدالله آل محمود",
  o=[("SPK", "2017-11", "2021-10")])
p("Hassan bin Abdullah Al-Ghanim", "حسن بن عبد الله الغانم|حسن بن عبدالله الغانم", o=[("SPK", "2021-10-26", None)])

C("BH", "Bahrain", SPK=("Speaker of the Council of Representatives of Bahrain", "oth"))
p("Isa bin Salman Al Khalifa", "عيسى بن سلمان آل خليفة|عيسى بن سلمان",
  o=[("Emir of Bahrain", "hos", "1961-11-02", "1999-03-06")])
p("Hamad bin Isa Al Khalifa", "", key="hamad-bin-isa-al-khalifa", o=[("CP", "1964-06-27", "1999-03-06")])
p("Khalifa bin Salman Al Khalifa", "", key="khalifa-bin-salman-al-khalifa")
p("Mohammed bin Mubarak Al Khalifa", "محمد بن مبارك آل خليفة|محمد بن مبارك بن حمد آل خليفة",
  o=[("FM", "1971-08-15", "2005-09")])
p("Khalid bin Ahmed Al Khalifa", "خالد بن أحمد بن محمد آل خليفة|خالد بن أحمد آل خليفة",
  o=[("FM", "2005-09", "2020-02-11")])
p("Mohammed bin Khalifa bin Hamad Al Khalifa", "محمد بن خليفة بن حمد آل خليفة|محمد بن خليفة آل خليفة",
  o=[("INT", "1973", "2004-05")])
p("Rashid bin Abdullah Al Khalifa", "راشد بن عبد الله آل خليفة|راشد بن عبدالله آل خليفة",
  o=[("INT", "2004-05", None)])
p("Khalifa bin Ahmed Al Dhahrani", "خليفة بن أحمد الظهراني|خليفة الظهراني", s="الظهراني",
  o=[("SPK", "2002-12", "2018-12")])
p("Fawzia Zainal", "فوزية زينل|فوزية بنت عبد الله زينل|فوزية عبدالله زينل", s="زينل",
  o=[("SPK", "2018-12-12", "2022-12")])
p("Ahmed Al-Musallam", "أحمد بن سلمان المسلم|أحمد المسلم", o=[("SPK", "2022-12", None)])

C("KW", "Kuwait", EMIR=("Emir of Kuwait", "hos"),
  SPK=("Speaker of the National Assembly of Kuwait", "oth"))
p("Jaber Al-Ahmad Al-Jaber Al-Sabah", "جابر الأحمد الجابر الصباح|جابر الأحمد الصباح|جابر الأحمد",
  o=[("EMIR", "1977-12-31", "2006-01-15")])
p("Saad Al-Abdullah Al-Salem Al-Sabah", "سعد العبد الله السالم الصباح|سعد العبدالله السالم الصباح|سعد العبد الله|سعد العبدالله",
  o=[("EMIR", "2006-01-15", "2006-01-24"), ("CP", "1978-01-31", "2006-01-15"),
     ("PM", "1978-02-08", "2003-07-13")])
p("Sabah Al-Ahmad Al-Jaber Al-Sabah", "", key="sabah-al-ahmad-al-jaber-al-sabah",
  o=[("FM", "1963-01-28", "2003-07-13")])
p("Nasser Al-Mohammed Al-Ahmad Al-Sabah", "ناصر المحمد الأحمد الصباح|ناصر المحمد",
  o=[("PM", "2006-02-07", "2011-11-28")])
p("Jaber Al-Mubarak Al-Hamad Al-Sabah", "", key="jaber-al-mubarak-al-hamad-al-sabah",
  o=[("DEF", "2001-02-14", "2011-11-30"), ("INT", "2006-02-09", "2007-10-28"), ("Minister of Information of Kuwait", "min", "1988-01-27", "1990-11-24")])
p("Nawaf Al-Ahmad Al-Jaber Al-Sabah", "", key="nawaf-al-ahmad-al-jaber-al-sabah",
  o=[("INT", "1978", "1988"), ("DEF", "1988", "1991"), ("INT", "2003-07-14", "2006-02-07")])
p("Mohammad Sabah Al-Salem Al-Sabah", "", key="mohammad-sabah-al-salem-al-sabah",
  o=[("FM", "2003-07-14", "2011-10", "resigned 2011-10")])
p("Sabah Al-Khalid Al-Sabah", "صباح خالد الحمد الصباح", key="sabah-al-khalid-al-sabah",
  o=[("CP", "2024-06-01", None), ("FM", "2011-12", "2019-11-19")])
p("Ahmad Nasser Al-Mohammed Al-Sabah", "أحمد ناصر المحمد الصباح|أحمد ناصر المحمد",
  o=[("FM", "2019-12-17", "2022-08-01")])
p("Salem Abdullah Al-Jaber Al-Sabah", "سالم عبد الله الجابر الصباح|سالم عبدالله الجابر الصباح|سالم العبدالله الجابر الصباح|سالم العبدالله",
  o=[("FM", "2022-08-01", "2024-01-17")])
p("Abdullah Al-Yahya", "عبد الله اليحيا|عبدالله اليحيا|عبد الله علي اليحيا|عبدالله علي عبدالله اليحيا", s="اليحيا",
  o=[("FM", "2024-01-17", None)])
p("Jassem Al-Kharafi", "جاسم الخرافي|جاسم محمد الخرافي", s="الخرافي", o=[("SPK", "1999", "2011")])
p("Marzouq Al-Ghanim", "مرزوق الغانم|مرزوق علي الغانم", s="الغانم",
  o=[("SPK", "2013-08", "2022-08", "also 2023-03 to 2023-05 after the 2022 assembly was annulled")])
p("Ahmed Al-Saadoun", "أحمد السعدون|أحمد عبد العزيز السعدون|أحمد عبدالعزيز السعدون", s="السعدون",
  o=[("SPK", "1985", "1999", "parliament suspended 1986-1992"), ("SPK", "2012-02", "2012-06"),
     ("SPK", "2022-10", "2024-02", "interrupted 2023-03 to 2023-06 when the 2022 assembly was annulled")])

C("OM", "Oman", SULTAN=("Sultan of Oman", "hos"))
p("Qaboos bin Said", "", key="qaboos-bin-said",
  o=[("PM", "1972", "2020-01-10"), ("DEF", "1970", "2020-01-10"), ("FIN", "1970", "2020-01-10")])
p("Haitham bin Tariq", "", key="haitham-bin-tariq",
  o=[("Minister of Heritage and Culture of Oman", "min", "2002", "2020-01-11")])
p("Yusuf bin Alawi bin Abdullah", "", key="yusuf-bin-alawi-bin-abdullah",
  o=[("Minister of State for Foreign Affairs of Oman", "min", "1982", "1997")])
p("Theyazin bin Haitham", "ذي يزن بن هيثم آل سعيد|ذي يزن بن هيثم",
  o=[("CP", "2021-01-12", None), ("Minister of Culture, Sports and Youth of Oman", "min", "2020-08-18", None)])
p("Shihab bin Tariq", "شهاب بن طارق آل سعيد|شهاب بن طارق",
  o=[("Deputy Prime Minister for Defence Affairs of Oman", "min", "2020-03", None)])
p("Hamoud bin Faisal Al Busaidi", "حمود بن فيصل البوسعيدي|حمود بن فيصل بن سعيد البوسعيدي",
  o=[("INT", "2011-03", None)])
