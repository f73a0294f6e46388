# Saudi Arabia
C("SA", "Saudi Arabia",
  KING=("King of Saudi Arabia", "hos"),
  DCP=("Deputy Crown Prince of Saudi Arabia", "oth"),
  DPM2=("Second Deputy Prime Minister of Saudi Arabia", "oth"),
  ENERGY=("Minister of Energy of Saudi Arabia", "min"),
  PETRO=("Minister of Petroleum and Mineral Resources of Saudi Arabia", "min"),
  MEDIA=("Minister of Media of Saudi Arabia", "min"),
  INFO=("Minister of Culture and Information of Saudi Arabia", "min"),
  HEALTH=("Minister of Health of Saudi Arabia", "min"),
  EDU=("Minister of Education of Saudi Arabia", "min"),
  HEDU=("Minister of Higher Education of Saudi Arabia", "min"),
  NG=("Commander of the Saudi Arabian National Guard", "oth"),
  GIP=("President of the General Intelligence Presidency of Saudi Arabia", "oth"),
  SHURA=("Speaker of the Shura Council of Saudi Arabia", "oth"),
  RIY=("Emir of Riyadh Region", "oth"), MAK=("Emir of Makkah Region", "oth"),
  MED=("Emir of Madinah Region", "oth"), EAST=("Emir of the Eastern Province", "oth"),
  QAS=("Emir of Qassim Region", "oth"), ASIR=("Emir of Asir Region", "oth"),
  TAB=("Emir of Tabuk Region", "oth"), HAIL=("Emir of Hail Region", "oth"),
  NB=("Emir of the Northern Borders Region", "oth"), JAZ=("Emir of Jazan Region", "oth"),
  NAJ=("Emir of Najran Region", "oth"), BAHA=("Emir of Al-Bahah Region", "oth"),
  JOUF=("Emir of Al-Jouf Region", "oth"),
  )

# The founder and the kings before 1990: Saudi copy names them every day ("عهد الملك
# عبدالعزيز", "الملك فيصل رحمه الله"), so a title and the name link to the right king.
p("Abdulaziz bin Abdul Rahman Al Saud", "عبد العزيز بن عبد الرحمن آل سعود|عبدالعزيز بن عبدالرحمن آل سعود|عبد العزيز آل سعود|عبدالعزيز آل سعود",
  amb="عبدالعزيز|عبد العزيز", al="Ibn Saud|King Abdulaziz",
  o=[("KING", "1932-09-23", "1953-11-09")])
p("Saud bin Abdulaziz Al Saud", "سعود بن عبد العزيز آل سعود|سعود بن عبدالعزيز آل سعود",
  amb="سعود", al="King Saud",
  o=[("KING", "1953-11-09", "1964-11-02")])
p("Faisal bin Abdulaziz Al Saud", "فيصل بن عبد العزيز آل سعود|فيصل بن عبدالعزيز آل سعود",
  amb="فيصل", al="King Faisal",
  o=[("KING", "1964-11-02", "1975-03-25")])
p("Khalid bin Abdulaziz Al Saud", "خالد بن عبد العزيز آل سعود|خالد بن عبدالعزيز آل سعود",
  amb="خالد", al="King Khalid",
  o=[("KING", "1975-03-25", "1982-06-13")])

p("Fahd bin Abdulaziz Al Saud", "فهد بن عبد العزيز آل سعود|فهد بن عبدالعزيز آل سعود|فهد بن عبد العزيز|فهد بن عبدالعزيز",
  amb="فهد", al="King Fahd",
  o=[("KING", "1982-06-13", "2005-08-01"), ("PM", "1982-06-13", "2005-08-01")])

p("Abdullah bin Abdulaziz Al Saud", "", key="abdullah-bin-abdulaziz-al-saud", amb="عبدالله|عبد الله",
  o=[("PM", "2005-08-01", "2015-01-23"), ("CP", "1982-06-13", "2005-08-01"),
     ("NG", "1962", "2010-11-17")])

p("Salman bin Abdulaziz Al Saud", "", key="salman-bin-abdulaziz-al-saud",
  o=[("DEF", "2011-11-05", "2015-01-23"), ("RIY", "1963", "2011-11-05", "also governor 1955-1960")])

p("Sultan bin Abdulaziz Al Saud", "سلطان بن عبد العزيز آل سعود|سلطان بن عبدالعزيز آل سعود|سلطان بن عبد العزيز|سلطان بن عبدالعزيز",
  al="Prince Sultan",
  o=[("CP", "2005-08-01", "2011-10-22"), ("DEF", "1962", "2011-10-22", "Minister of Defence and Aviation"),
     ("DPM2", "1982-06-13", "2005-08-01")])

p("Nayef bin Abdulaziz Al Saud", "نايف بن عبد العزيز آل سعود|نايف بن عبدالعزيز آل سعود|نايف بن عبد العزيز|نايف بن عبدالعزيز",
  al="Prince Nayef|Naif bin Abdulaziz",
  o=[("CP", "2011-10-27", "2012-06-16"), ("INT", "1975", "2012-06-16"),
     ("DPM2", "2009-03-27", "2011-10-27")])

p("Muqrin bin Abdulaziz Al Saud", "مقرن بن عبد العزيز آل سعود|مقرن بن عبدالعزيز آل سعود|مقرن بن عبد العزيز|مقرن بن عبدالعزيز",
  al="Prince Muqrin|Moqren bin Abdulaziz",
  o=[("CP", "2015-01-23", "2015-04-29"), ("DCP", "2014-03-27", "2015-01-23"),
     ("GIP", "2005-10-22", "2012-07-19"), ("HAIL", "1980", "1999"), ("MED", "1999", "2005-10")])

p("Mohammed bin Nayef", "محمد بن نايف بن عبدالعزيز|محمد بن نايف آل سعود", key="mohammed-bin-nayef",
  o=[("DCP", "2015-01-23", "2015-04-29")])

p("Mohammed bin Salman", "", key="mohammed-bin-salman")

p("Ahmed bin Abdulaziz Al Saud", "أحمد بن عبد العزيز آل سعود|أحمد بن عبدالعزيز آل سعود|أحمد بن عبد العزيز|أحمد بن عبدالعزيز",
  o=[("INT", "2012-06-18", "2012-11-05"),
     ("Deputy Minister of Interior of Saudi Arabia", "oth", "1975", "2012-06-18")])

p("Abdulaziz bin Saud bin Nayef", "عبد العزيز بن سعود بن نايف بن عبد العزيز|عبدالعزيز بن سعود بن نايف بن عبدالعزيز|عبد العزيز بن سعود بن نايف|عبدالعزيز بن سعود بن نايف|عبد العزيز بن سعود|عبدالعزيز بن سعود",
  o=[("INT", "2017-06-21", None)])

p("Khalid bin Salman", "خالد بن سلمان بن عبد العزيز|خالد بن سلمان بن عبدالعزيز|خالد بن سلمان",
  al="Khalid bin Salman Al Saud",
  o=[("DEF", "2022-09-27", None),
     ("Deputy Minister of Defence of Saudi Arabia", "oth", "2019-02-23", "2022-09-27"),
     ("Ambassador of Saudi Arabia to the United States", "oth", "2017-04-22", "2019-02-23")])

p("Khalid bin Sultan", "خالد بن سلطان بن عبد العزيز|خالد بن سلطان بن عبدالعزيز|خالد بن سلطان",
  o=[("Deputy Minister of Defence of Saudi Arabia", "oth", "2011-11-05", "2013-04-20"),
     ("Assistant Minister of Defence of Saudi Arabia", "oth", "2001", "2011-11-05")])

p("Mutaib bin Abdullah", "متعب بن عبد الله بن عبد العزيز|متعب بن عبدالله بن عبدالعزيز|متعب بن عبد الله|متعب بن عبدالله",
  o=[("NG", "2010-11-17", "2017-11-04"),
     ("Minister of the National Guard of Saudi Arabia", "min", "2013-05-27", "2017-11-04")])

p("Abdullah bin Bandar bin Abdulaziz", "عبد الله بن بندر بن عبد العزيز|عبدالله بن بندر بن عبدالعزيز|عبد الله بن بندر|عبدالله بن بندر",
  o=[("Minister of the National Guard of Saudi Arabia", "min", "2018-12-27", None)])

p("Bandar bin Sultan", "بندر بن سلطان بن عبد العزيز|بندر بن سلطان بن عبدالعزيز|بندر بن سلطان",
  o=[("Ambassador of Saudi Arabia to the United States", "oth", "1983", "2005"),
     ("Secretary-General of the National Security Council of Saudi Arabia", "oth", "2005", "2015-01-29"),
     ("GIP", "2012-07-19", "2014-04-15")])

p("Turki al-Faisal", "تركي الفيصل|تركي الفيصل بن عبد العزيز|تركي الفيصل بن عبدالعزيز",
  al="Turki bin Faisal Al Saud",
  o=[("GIP", "1977", "2001-08-31"),
     ("Ambassador of Saudi Arabia to the United Kingdom", "oth", "2002", "2005"),
     ("Ambassador of Saudi Arabia to the United States", "oth", "2005", "2007")])

p("Nawaf bin Abdulaziz Al Saud", "نواف بن عبد العزيز آل سعود|نواف بن عبدالعزيز آل سعود|نواف بن عبد العزيز|نواف بن عبدالعزيز",
  o=[("GIP", "2001-08-31", "2005-01")])

# Foreign affairs
p("Saud al-Faisal", "سعود الفيصل بن عبدالعزيز", key="saud-al-faisal", al="Saud bin Faisal Al Saud")
p("Ibrahim Abdulaziz Al-Assaf", "إبراهيم العساف|إبراهيم بن عبد العزيز العساف|إبراهيم بن عبدالعزيز العساف",
  s="العساف", al="Ibrahim Al-Assaf",
  o=[("FM", "2018-12-27", "2019-10-23"), ("FIN", "1996", "2016-11-01")])

# Energy / petroleum
p("Hisham Nazer", "هشام ناظر|هشام محيي الدين ناظر", amb="ناظر",
  o=[("PETRO", "1986", "1995-08-02")])
p("Ali al-Naimi", "علي النعيمي|علي بن إبراهيم النعيمي", s="النعيمي", al="Ali Al-Naimi",
  o=[("PETRO", "1995-08-02", "2016-05-07")])
p("Khalid al-Falih", "خالد الفالح|خالد بن عبد العزيز الفالح|خالد بن عبدالعزيز الفالح", s="الفالح",
  al="Khalid Al-Falih",
  o=[("Minister of Investment of Saudi Arabia", "min", "2020-02-25", None),
     ("ENERGY", "2016-05-07", "2019-09-08", "Minister of Energy, Industry and Mineral Resources"),
     ("HEALTH", "2015-04-29", "2016-05-07")])
p("Abdulaziz bin Salman", "عبد العزيز بن سلمان بن عبد العزيز|عبدالعزيز بن سلمان بن عبدالعزيز",
  key="abdulaziz-bin-salman",
  o=[("Minister of State for Energy Affairs of Saudi Arabia", "min", "2017-04-22", "2019-09-08")])

# Finance
p("Mohammed Abalkhail", "محمد أبا الخيل|محمد علي أبا الخيل|محمد بن علي أبا الخيل", s="أبا الخيل",
  o=[("FIN", "1975", "1995-08-02")])
p("Sulaiman Al-Sulaim", "سليمان السليم|سليمان بن عبد العزيز السليم|سليمان بن عبدالعزيز السليم",
  o=[("FIN", "1995-08-02", "1996")])
p("Mohammed Al-Jadaan", "محمد الجدعان|محمد بن عبد الله الجدعان|محمد بن عبدالله الجدعان", s="الجدعان",
  al="Mohammed Aljadaan",
  o=[("FIN", "2016-11-01", None)])

# Media
p("Ali Hassan al-Shaer", "علي الشاعر|علي حسن الشاعر", o=[("Minister of Information of Saudi Arabia", "min", "1983", "1995-08-02")])
p("Fouad al-Farsi", "فؤاد فارسي|فؤاد عبد السلام فارسي|فؤاد بن عبد السلام فارسي",
  o=[("Minister of Information of Saudi Arabia", "min", "1995-08-02", "2005-02")])
p("Iyad Madani", "إياد مدني|إياد أمين مدني", al="Iyad Ameen Madani",
  o=[("INFO", "2005-02", "2009-02-14"),
     ("Secretary-General of the Organisation of Islamic Cooperation", "int", "2014-01", "2016-10")],
  org="OIC")
p("Abdulaziz Khoja", "عبد العزيز خوجة|عبدالعزيز خوجة|عبد العزيز محيي الدين خوجة", s="خوجة",
  o=[("INFO", "2009-02-14", "2014-11")])
p("Adel al-Toraifi", "عادل الطريفي|عادل بن زيد الطريفي", s="الطريفي", al="Adel Al-Turaifi",
  o=[("INFO", "2015-01-29", "2017-04-22")])
p("Awwad Alawwad", "عواد العواد|عواد بن صالح العواد", s="العواد", al="Awwad Al-Awwad",
  o=[("INFO", "2017-04-22", "2018-12-27", "Minister of Media from 2018-06 when culture became a separate ministry")])
p("Turki al-Shabanah", "تركي الشبانة|تركي بن عبد الله الشبانة|تركي بن عبدالله الشبانة", s="الشبانة",
  o=[("MEDIA", "2018-12-27", "2020")])
p("Majid al-Qasabi", "ماجد القصبي|ماجد بن عبد الله القصبي|ماجد بن عبدالله القصبي", s="القصبي",
  o=[("Minister of Commerce of Saudi Arabia", "min", "2016-05-07", None),
     ("MEDIA", "2020", "2023-03-05", "acting")])
p("Salman al-Dossary", "سلمان الدوسري|سلمان بن يوسف الدوسري", al="Salman Al-Dossary",
  o=[("MEDIA", "2023-03-05", None)])

# Health
p("Osama Shobokshi", "أسامة شبكشي|أسامة عبد المجيد شبكشي", s="شبكشي",
  o=[("HEALTH", "1995-08-02", "2003")])
p("Hamad al-Manie", "حمد المانع|حمد بن عبد الله المانع|حمد بن عبدالله المانع", s="المانع",
  o=[("HEALTH", "2003", "2009-02-14")])
p("Abdullah Al-Rabeeah", "عبد الله الربيعة|عبدالله الربيعة|عبد الله بن عبد العزيز الربيعة|عبدالله بن عبدالعزيز الربيعة",
  al="Abdullah Al Rabeeah",
  o=[("HEALTH", "2009-02-14", "2014-04-21"),
     ("Supervisor General of the King Salman Humanitarian Aid and Relief Centre", "oth", "2015-05", None)])
p("Adel Fakeih", "عادل فقيه|عادل بن محمد فقيه", s="فقيه",
  o=[("Minister of Labour of Saudi Arabia", "min", "2010", "2015-04-29"),
     ("HEALTH", "2014-04-21", "2014-12-08", "acting"),
     ("Minister of Economy and Planning of Saudi Arabia", "min", "2015-04-29", "2016-05-07")])
p("Tawfiq al-Rabiah", "توفيق الربيعة|توفيق بن فوزان الربيعة", al="Tawfiq Al-Rabiah",
  o=[("Minister of Hajj and Umrah of Saudi Arabia", "min", "2021-10-15", None),
     ("Minister of Commerce of Saudi Arabia", "min", "2011", "2016-05-07"),
     ("HEALTH", "2016-05-07", "2021-10-15")])
p("Fahad Al-Jalajel", "فهد الجلاجل|فهد بن عبد الرحمن الجلاجل|فهد بن عبدالرحمن الجلاجل", s="الجلاجل",
  o=[("HEALTH", "2021-10-15", None)])

# Education
p("Mohammed Al-Rasheed", "محمد الرشيد|محمد بن أحمد الرشيد",
  o=[("EDU", "1995-08-02", "2005-02")])
p("Abdullah Al-Obaid", "عبد الله العبيد|عبدالله العبيد|عبد الله بن صالح العبيد",
  o=[("EDU", "2005-02", "2009-02-14")])
p("Faisal bin Abdullah bin Mohammed Al Saud", "فيصل بن عبد الله بن محمد آل سعود|فيصل بن عبدالله بن محمد آل سعود|فيصل بن عبد الله بن محمد|فيصل بن عبدالله بن محمد",
  o=[("EDU", "2009-02-14", "2013-12-22")])
p("Khalid al-Faisal", "خالد الفيصل|خالد الفيصل بن عبد العزيز|خالد الفيصل بن عبدالعزيز|خالد بن فيصل بن عبد العزيز|خالد بن فيصل بن عبدالعزيز",
  al="Khalid bin Faisal Al Saud",
  o=[("MAK", "2015-01-29", None), ("ASIR", "1971", "2007-05-16"), ("MAK", "2007-05-16", "2013-12-22"),
     ("EDU", "2013-12-22", "2015-01-29")])
p("Azzam al-Dakhil", "عزام الدخيل|عزام بن محمد الدخيل", s="الدخيل",
  o=[("EDU", "2015-01-29", "2016-12-12")])
p("Ahmed Al-Issa", "أحمد العيسى|أحمد بن محمد العيسى",
  o=[("EDU", "2016-12-12", "2020-02-25")])
p("Hamad Al al-Sheikh", "حمد آل الشيخ|حمد بن محمد آل الشيخ",
  o=[("EDU", "2020-02-25", "2022-09-27")])
p("Yousef Al-Benyan", "يوسف البنيان|يوسف بن عبد الله البنيان|يوسف بن عبدالله البنيان", s="البنيان",
  o=[("EDU", "2022-09-27", None), ("Chief Executive of SABIC", "oth", "2015", "2022-09-27")])
p("Khalid Al-Anqari", "خالد العنقري|خالد بن محمد العنقري", s="العنقري",
  o=[("HEDU", "1991", "2014-12-08")])

# Shura
p("Mohammed bin Jubair", "محمد بن جبير|محمد بن إبراهيم بن جبير",
  o=[("SHURA", "1992", "2002-01")])
p("Saleh bin Humaid", "صالح بن حميد|صالح بن عبد الله بن حميد|صالح بن عبدالله بن حميد",
  o=[("SHURA", "2002", "2009-02-14")])
p("Abdullah Al al-Sheikh", "عبد الله آل الشيخ|عبدالله آل الشيخ|عبد الله بن محمد آل الشيخ|عبدالله بن محمد آل الشيخ",
  o=[("SHURA", "2009-02-14", None)])

# Region emirs
p("Sattam bin Abdulaziz Al Saud", "سطام بن عبد العزيز آل سعود|سطام بن عبدالعزيز آل سعود|سطام بن عبد العزيز|سطام بن عبدالعزيز",
  o=[("RIY", "2011-11-05", "2013-02-12")])
p("Khalid bin Bandar bin Abdulaziz", "خالد بن بندر بن عبد العزيز|خالد بن بندر بن عبدالعزيز|خالد بن بندر",
  o=[("RIY", "2013-02-14", "2014-05-14")])
p("Turki bin Abdullah bin Abdulaziz", "تركي بن عبد الله بن عبد العزيز|تركي بن عبدالله بن عبدالعزيز|تركي بن عبد الله|تركي بن عبدالله",
  o=[("RIY", "2014-05-14", "2015-01-29")])
p("Faisal bin Bandar bin Abdulaziz", "فيصل بن بندر بن عبد العزيز|فيصل بن بندر بن عبدالعزيز|فيصل بن بندر",
  o=[("RIY", "2015-01-29", None), ("QAS", "1992", "2015-01-29")])
p("Majid bin Abdulaziz Al Saud", "ماجد بن عبد العزيز آل سعود|ماجد بن عبدالعزيز آل سعود|ماجد بن عبد العزيز|ماجد بن عبدالعزيز",
  o=[("MAK", "1980", "2000")])
p("Abdul Majeed bin Abdulaziz Al Saud", "عبد المجيد بن عبد العزيز آل سعود|عبدالمجيد بن عبدالعزيز آل سعود|عبد المجيد بن عبد العزيز|عبدالمجيد بن عبدالعزيز",
  o=[("MED", "1986", "1999"), ("MAK", "2000", "2007-05-05")])
p("Mishaal bin Abdullah bin Abdulaziz", "مشعل بن عبد الله بن عبد العزيز|مشعل بن عبدالله بن عبدالعزيز",
  o=[("NAJ", "2009", "2013-12-22"), ("MAK", "2013-12-22", "2015-01-29")])
p("Abdulaziz bin Majid bin Abdulaziz", "عبد العزيز بن ماجد بن عبد العزيز|عبدالعزيز بن ماجد بن عبدالعزيز|عبد العزيز بن ماجد|عبدالعزيز بن ماجد",
  o=[("MED", "2005-10", "2013-01-14")])
p("Faisal bin Salman bin Abdulaziz", "فيصل بن سلمان بن عبد العزيز|فيصل بن سلمان بن عبدالعزيز|فيصل بن سلمان",
  o=[("MED", "2013-01-14", "2023-12")])
p("Salman bin Sultan bin Abdulaziz", "سلمان بن سلطان بن عبد العزيز|سلمان بن سلطان بن عبدالعزيز|سلمان بن سلطان",
  o=[("MED", "2023-12", None)])
p("Mohammed bin Fahd bin Abdulaziz", "محمد بن فهد بن عبد العزيز|محمد بن فهد بن عبدالعزيز|محمد بن فهد",
  o=[("EAST", "1985", "2013-01-14")])
p("Saud bin Nayef bin Abdulaziz", "سعود بن نايف بن عبد العزيز|سعود بن نايف بن عبدالعزيز|سعود بن نايف",
  o=[("EAST", "2013-01-14", None)])
p("Abdulilah bin Abdulaziz Al Saud", "عبد الإله بن عبد العزيز آل سعود|عبدالإله بن عبدالعزيز آل سعود|عبد الإله بن عبد العزيز|عبدالإله بن عبدالعزيز",
  o=[("QAS", "1980", "1992"), ("JOUF", "1998", "2001")])
p("Faisal bin Mishaal bin Saud", "فيصل بن مشعل بن سعود بن عبد العزيز|فيصل بن مشعل بن سعود بن عبدالعزيز|فيصل بن مشعل بن سعود|فيصل بن مشعل",
  o=[("QAS", "2015-01-29", None)])
p("Faisal bin Khalid bin Abdulaziz", "فيصل بن خالد بن عبد العزيز|فيصل بن خالد بن عبدالعزيز",
  o=[("ASIR", "2007-05-16", "2018-02")])
p("Turki bin Talal bin Abdulaziz", "تركي بن طلال بن عبد العزيز|تركي بن طلال بن عبدالعزيز|تركي بن طلال",
  o=[("ASIR", "2018-02", None, "deputy emir from 2017-11")])
p("Fahd bin Sultan bin Abdulaziz", "فهد بن سلطان بن عبد العزيز|فهد بن سلطان بن عبدالعزيز|فهد بن سلطان",
  o=[("TAB", "1987", None)])
p("Saud bin Abdulmohsen bin Abdulaziz", "سعود بن عبد المحسن بن عبد العزيز|سعود بن عبدالمحسن بن عبدالعزيز|سعود بن عبد المحسن|سعود بن عبدالمحسن",
  o=[("HAIL", "1999", "2017-04-22")])
p("Abdulaziz bin Saad bin Abdulaziz", "عبد العزيز بن سعد بن عبد العزيز|عبدالعزيز بن سعد بن عبدالعزيز|عبد العزيز بن سعد|عبدالعزيز بن سعد",
  o=[("HAIL", "2017-04-22", None)])
p("Faisal bin Khalid bin Sultan", "فيصل بن خالد بن سلطان بن عبد العزيز|فيصل بن خالد بن سلطان بن عبدالعزيز|فيصل بن خالد بن سلطان",
  o=[("NB", "2017-04-22", None)])
p("Mohammed bin Nasser bin Abdulaziz", "محمد بن ناصر بن عبد العزيز|محمد بن ناصر بن عبدالعزيز|محمد بن ناصر",
  o=[("JAZ", "2001", "2025-05-09")])
p("Mohammed bin Abdulaziz bin Mohammed", "محمد بن عبد العزيز بن محمد بن عبد العزيز|محمد بن عبدالعزيز بن محمد بن عبدالعزيز|محمد بن عبد العزيز بن محمد|محمد بن عبدالعزيز بن محمد",
  o=[("JAZ", "2025-05-09", None)])
p("Mishaal bin Saud bin Abdulaziz", "مشعل بن سعود بن عبد العزيز|مشعل بن سعود بن عبدالعزيز",
  o=[("NAJ", "1996", "2008")])
p("Jalawi bin Abdulaziz bin Musaed", "جلوي بن عبد العزيز بن مساعد|جلوي بن عبدالعزيز بن مساعد",
  o=[("NAJ", "2014", None)])
p("Mohammed bin Saud bin Abdulaziz", "محمد بن سعود بن عبد العزيز|محمد بن سعود بن عبدالعزيز",
  o=[("BAHA", None, "2010-08", "in office from the late 1980s")])
p("Mishari bin Saud bin Abdulaziz", "مشاري بن سعود بن عبد العزيز|مشاري بن سعود بن عبدالعزيز|مشاري بن سعود",
  o=[("BAHA", "2010-08", "2017-04-22")])
p("Hussam bin Saud bin Abdulaziz", "حسام بن سعود بن عبد العزيز|حسام بن سعود بن عبدالعزيز|حسام بن سعود",
  o=[("BAHA", "2017-04-22", None)])
p("Fahd bin Badr bin Abdulaziz", "فهد بن بدر بن عبد العزيز|فهد بن بدر بن عبدالعزيز|فهد بن بدر",
  o=[("JOUF", "2001", "2018-02")])
p("Ghazi Algosaibi", "غازي القصيبي|غازي عبد الرحمن القصيبي|غازي بن عبد الرحمن القصيبي", s="القصيبي",
  o=[("Ambassador of Saudi Arabia to the United Kingdom", "oth", "1992", "2002"),
     ("Minister of Labour of Saudi Arabia", "min", "2004", "2010-08-15")])
p("Abdullatif Al al-Sheikh", "عبد اللطيف آل الشيخ|عبداللطيف آل الشيخ|عبد اللطيف بن عبد العزيز آل الشيخ",
  o=[("Minister of Islamic Affairs of Saudi Arabia", "min", "2018-06-02", None)])
