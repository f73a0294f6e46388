# Palestine, Iraq
C("PS", "the Palestinian Authority", PLC=("Speaker of the Palestinian Legislative Council", "oth"))
p("Yasser Arafat", "", key="yasser-arafat",
  o=[("President of the State of Palestine", "hos", "1989-04-02", "2004-11-11")])
p("Ahmed Qurei", "أحمد قريع|أبو علاء", s="قريع", al="Abu Alaa",
  o=[("PM", "2003-10-07", "2006-03-29", "briefly resigned 2005-12"), ("PLC", "1996-03-07", "2003-10-07")])
p("Rawhi Fattouh", "روحي فتوح", s="فتوح",
  o=[("PLC", "2004", "2006-02-18", "acting President of the Palestinian Authority 2004-11-11 to 2005-01-15"),
     ("Speaker of the Palestinian National Council", "oth", "2022-02", None)])
p("Aziz Dweik", "عزيز دويك", s="دويك", o=[("PLC", "2006-02-18", "2018-12", "council inactive from 2007; dissolved 2018-12")])
p("Farouk Kaddoumi", "فاروق القدومي|أبو اللطف", s="القدومي",
  o=[("Head of the PLO Political Department", "min", "1973", "2009", "the PLO's foreign minister")])
p("Nabil Shaath", "نبيل شعث", s="شعث", o=[("FM", "2003-04-30", "2005-02-24")])
p("Nasser al-Kidwa", "ناصر القدوة", s="القدوة", o=[("FM", "2005-02-24", "2006-03-29")])
p("Mahmoud al-Zahar", "محمود الزهار", s="الزهار", o=[("FM", "2006-03-29", "2007-03-17")])
p("Ziad Abu Amr", "زياد أبو عمرو", o=[("FM", "2007-03-17", "2007-06-14")])
p("Riyad al-Maliki", "", key="riyad-al-maliki", amb="المالكي")
p("Mahmoud Abbas", "", key="mahmoud-abbas", amb="عباس")
p("Mousa Abu Marzouk", "موسى أبو مرزوق", s="أبو مرزوق", o=[("Head of the Hamas Political Bureau", "oth", "1992", "1996")])

C("IQ", "Iraq", SPK=("Speaker of the Council of Representatives of Iraq", "oth"),
  KRP=("President of the Kurdistan Region", "oth"), KRPM=("Prime Minister of the Kurdistan Region", "oth"))
p("Saddam Hussein", "", key="saddam-hussein",
  o=[("PM", "1979-07-16", "1991-03-23"), ("PM", "1994-05-29", "2003-04-09")])
p("Sa'dun Hammadi", "سعدون حمادي", s="حمادي", amb="حمادي", o=[("PM", "1991-03-23", "1991-09-16")])
p("Mohammed Hamza Zubeidi", "محمد حمزة الزبيدي", o=[("PM", "1991-09-16", "1993-09-05")])
p("Ahmad Hussein Khudayir as-Samarrai", "أحمد حسين خضير السامرائي|أحمد حسين خضير",
  o=[("PM", "1993-09-05", "1994-05-29"), ("FM", "1991", "1992")])
p("Tariq Aziz", "طارق عزيز",
  o=[("FM", "1983", "1991"), ("Deputy Prime Minister of Iraq", "oth", "1979", "2003-04-09")])
p("Muhammad Saeed al-Sahhaf", "محمد سعيد الصحاف", s="الصحاف", o=[("FM", "1992", "2001-04")])
p("Naji Sabri", "ناجي صبري|ناجي صبري الحديثي", o=[("FM", "2001-04", "2003-04-09")])
p("Taha Yassin Ramadan", "طه ياسين رمضان", o=[("VP", "1991-03", "2003-04-09")])
p("Izzat Ibrahim al-Douri", "عزة إبراهيم الدوري|عزت إبراهيم الدوري", s="الدوري", amb="الدوري",
  o=[("Vice Chairman of the Revolutionary Command Council of Iraq", "oth", "1979", "2003-04-09")])
p("Ali Hassan al-Majid", "علي حسن المجيد|علي الكيماوي", o=[("DEF", "1991", "1995")])
p("Sultan Hashim Ahmad", "سلطان هاشم أحمد|سلطان هاشم", o=[("DEF", "1995", "2003-04-09")])
p("Ghazi al-Yawer", "غازي الياور|غازي عجيل الياور", s="الياور", o=[("PRES", "2004-06-01", "2005-04-07")])
p("Ayad Allawi", "إياد علاوي", s="علاوي",
  o=[("PM", "2004-06-01", "2005-05-03"), ("VP", "2014-09-09", "2018", "post abolished 2015-08 to 2016-10")])
p("Ibrahim al-Jaafari", "إبراهيم الجعفري", s="الجعفري",
  o=[("PM", "2005-05-03", "2006-05-20"), ("FM", "2014-09-08", "2018-10-25")])
p("Nouri al-Maliki", "", key="nouri-al-maliki", amb="المالكي",
  o=[("VP", "2014-09-09", "2018", "post abolished 2015-08 to 2016-10")])
p("Haider al-Abadi", "", key="haider-al-abadi")
p("Adil Abdul-Mahdi", "", key="adil-abdul-mahdi", o=[("VP", "2005-04-07", "2011-05")])
p("Mustafa al-Kadhimi", "", key="mustafa-al-kadhimi",
  o=[("Director of the Iraqi National Intelligence Service", "oth", "2016-06", "2020-05-07")])
p("Jalal Talabani", "", key="jalal-talabani")
p("Tariq al-Hashimi", "طارق الهاشمي", s="الهاشمي", o=[("VP", "2006-04-22", "2012-09", "fled in 2011-12, sentenced in absentia 2012-09")])
p("Hoshyar Zebari", "هوشيار زيباري", s="زيباري", o=[("FM", "2003-09-03", "2014-09-08"), ("FIN", "2014-10-18", "2016-09-21")])
p("Mohammed Ali al-Hakim", "محمد علي الحكيم", o=[("FM", "2018-10-25", "2020-05-07")])
p("Fuad Hussein", "", key="fuad-hussein")
p("Hazim al-Shaalan", "حازم الشعلان", s="الشعلان", o=[("DEF", "2004-06-01", "2005-05-03")])
p("Saadoun al-Dulaimi", "سعدون الدليمي", o=[("DEF", "2005-05-03", "2006-05-20"), ("DEF", "2011-08", "2014-09-08", "acting")])
p("Abdul Qader al-Obeidi", "عبد القادر العبيدي|عبد القادر محمد جاسم العبيدي", o=[("DEF", "2006-05-20", "2010-12-21")])
p("Khaled al-Obeidi", "خالد العبيدي", o=[("DEF", "2014-10-18", "2016-08-25")])
p("Erfan al-Hiyali", "عرفان الحيالي", s="الحيالي", o=[("DEF", "2017-01-30", "2018-10-25")])
p("Najah al-Shammari", "نجاح الشمري", o=[("DEF", "2019-06-24", "2020-05-07")])
p("Juma Inad", "جمعة عناد", amb="عناد", o=[("DEF", "2020-05-07", "2022-10-27")])
p("Thabet al-Abbasi", "ثابت العباسي|ثابت محمد سعيد العباسي", s="العباسي", o=[("DEF", "2022-10-27", None)])
p("Bayan Jabr", "باقر جبر الزبيدي|بيان جبر|باقر صولاغ", o=[("INT", "2005-05-03", "2006-05-20"), ("FIN", "2006-05-20", "2010-12-21")])
p("Jawad al-Bulani", "جواد البولاني", s="البولاني", o=[("INT", "2006-06-08", "2010-12-21")])
p("Mohammed Salem al-Ghabban", "محمد سالم الغبان", s="الغبان", o=[("INT", "2014-10-18", "2016-07")])
p("Qasim al-Araji", "قاسم الأعرجي", s="الأعرجي",
  o=[("National Security Adviser of Iraq", "oth", "2020-07", None), ("INT", "2017-01-30", "2018-10-25")])
p("Yassin al-Yasiri", "ياسين الياسري", o=[("INT", "2019-06-24", "2020-05-07")])
p("Othman al-Ghanmi", "عثمان الغانمي", s="الغانمي", o=[("INT", "2020-05-07", "2022-10-27")])
p("Abdul Amir al-Shammari", "عبد الأمير الشمري|عبدالأمير الشمري", o=[("INT", "2022-10-27", None)])
p("Hajim al-Hassani", "حاجم الحسني", o=[("SPK", "2005-04-03", "2006-04-22", "Speaker of the Transitional National Assembly")])
p("Mahmoud al-Mashhadani", "محمود المشهداني", s="المشهداني", o=[("SPK", "2024-10-31", None), ("SPK", "2006-04-22", "2008-12-23")])
p("Ayad al-Samarrai", "إياد السامرائي", o=[("SPK", "2009-04-19", "2010-06")])
p("Osama al-Nujaifi", "أسامة النجيفي", s="النجيفي",
  o=[("SPK", "2010-11-11", "2014-07-15"), ("VP", "2014-09-09", "2018", "post abolished 2015-08 to 2016-10")])
p("Salim al-Jabouri", "سليم الجبوري", s="الجبوري", o=[("SPK", "2014-07-15", "2018-09-03")])
p("Mohamed al-Halbousi", "محمد الحلبوسي|محمد ريكان الحلبوسي", s="الحلبوسي", o=[("SPK", "2018-09-15", "2023-11-14")])
p("Mohsen al-Mandalawi", "محسن المندلاوي", s="المندلاوي", o=[("SPK", "2023-11-14", "2024-10-31", "acting")])
p("Masoud Barzani", "مسعود البارزاني|مسعود بارزاني", amb="البارزاني|بارزاني", o=[("KRP", "2005-06-13", "2017-11-01")])
p("Nechirvan Barzani", "نيجيرفان البارزاني|نيجيرفان بارزاني", s="نيجيرفان", amb="نيجيرفان",
  o=[("KRP", "2019-06-10", None), ("KRPM", "1999", "2009-10"), ("KRPM", "2012-03", "2019-06-10")])
p("Masrour Barzani", "مسرور البارزاني|مسرور بارزاني", s="مسرور", amb="مسرور", o=[("KRPM", "2019-07-10", None)])
