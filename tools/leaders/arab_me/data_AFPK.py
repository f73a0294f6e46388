# Afghanistan, Pakistan
C("AF", "Afghanistan", TAL=("Leader of the Taliban", "oth"))
p("Mohammad Najibullah", "محمد نجيب الله|نجيب الله", amb="نجيب الله", al="Najibullah", o=[("PRES", "1987-09-30", "1992-04-16")])
p("Sibghatullah Mojaddedi", "صبغة الله مجددي|صبغة الله المجددي", s="مجددي|المجددي", o=[("PRES", "1992-04-28", "1992-06-28", "interim")])
p("Burhanuddin Rabbani", "برهان الدين رباني", amb="رباني",
  o=[("PRES", "1992-06-28", "2001-12-22", "internationally recognised; lost Kabul to the Taliban in 1996-09"),
     ("Chairman of the High Peace Council of Afghanistan", "oth", "2010-10", "2011-09-20")])
p("Mohammed Omar", "الملا محمد عمر|الملا عمر|محمد عمر مجاهد", al="Mullah Omar",
  o=[("Supreme Leader of the Islamic Emirate of Afghanistan", "hos", "1996-09-27", "2001-11-13", "Taliban government, recognised by three states"),
     ("TAL", "1994", "2013-04-23", "death announced 2015-07-29")])
p("Mohammad Rabbani", "الملا محمد رباني|محمد رباني", o=[("Chairman of the Council of Ministers of the Islamic Emirate of Afghanistan", "hog", "1996-09-27", "2001-04-16")])
p("Wakil Ahmed Muttawakil", "وكيل أحمد متوكل", s="متوكل", o=[("FM", "1999", "2001-11")])
p("Fazal Haq Khaliqyar", "فضل الحق خالقيار", s="خالقيار", o=[("PM", "1990-05-21", "1992-04-16")])
p("Gulbuddin Hekmatyar", "قلب الدين حكمتيار|غلب الدين حكمتيار|قلب الدين حكمتيار", s="حكمتيار",
  o=[("PM", "1993-06-17", "1994", "nominal; fought the Rabbani government"), ("PM", "1996-06-26", "1996-09-27")])
p("Hamid Karzai", "", key="hamid-karzai")
p("Ashraf Ghani", "", key="ashraf-ghani")
p("Abdullah Abdullah", "عبد الله عبد الله|عبدالله عبدالله",
  o=[("Chief Executive of Afghanistan", "hog", "2014-09-29", "2020-05-17"), ("FM", "2001-12-22", "2006-03-20"),
     ("Chairman of the High Council for National Reconciliation of Afghanistan", "oth", "2020-05-17", "2021-08-15")])
p("Rangin Dadfar Spanta", "رنجين دادفر سبانتا|رنغين دادفر سبانتا", s="سبانتا", o=[("FM", "2006-04", "2010-01")])
p("Zalmai Rassoul", "زلماي رسول", o=[("FM", "2010-01", "2013-10")])
p("Zarar Ahmad Osmani", "ضرار أحمد عثماني|ضرار أحمد مقبل عثماني", o=[("FM", "2013-10", "2015-01-28")])
p("Abdul Wakil", "عبد الوكيل", o=[("FM", "1986-12", "1992-04")])
p("Salahuddin Rabbani", "صلاح الدين رباني", amb="رباني", o=[("FM", "2015-01-28", "2019")])
p("Mohammad Haneef Atmar", "محمد حنيف أتمر|حنيف أتمر", s="أتمر", o=[("FM", "2020-04", "2021-08-15", "acting")])
p("Mohammed Fahim", "محمد قسيم فهيم|محمد فهيم", amb="فهيم",
  o=[("First Vice President of Afghanistan", "oth", "2009-11-19", "2014-03-09"), ("DEF", "2001-12-22", "2004-12")])
p("Abdul Rashid Dostum", "عبد الرشيد دوستم|عبدالرشيد دوستم", s="دوستم", o=[("First Vice President of Afghanistan", "oth", "2014-09-29", "2020-02-19")])
p("Amrullah Saleh", "أمر الله صالح", amb="صالح", o=[("First Vice President of Afghanistan", "oth", "2020-02-19", "2021-08-15")])
p("Abdul Rahim Wardak", "عبد الرحيم وردك|عبدالرحيم وردك", s="وردك", o=[("DEF", "2004-12", "2012-08")])
p("Akhtar Mansour", "أختر منصور|أختر محمد منصور|الملا أختر منصور", o=[("TAL", "2015-07-29", "2016-05-21")])
p("Abdul Ghani Baradar", "عبد الغني برادر|عبدالغني برادر|الملا عبد الغني برادر", s="برادر",
  o=[("Deputy Prime Minister of Afghanistan (acting)", "oth", "2021-09-07", None)])
p("Sirajuddin Haqqani", "سراج الدين حقاني", amb="حقاني", o=[("Minister of Interior of Afghanistan (acting)", "min", "2021-09-07", None)])
p("Mohammad Yaqoob", "محمد يعقوب مجاهد|الملا محمد يعقوب", o=[("Minister of Defence of Afghanistan (acting)", "min", "2021-09-07", None)])
p("Hibatullah Akhundzada", "", key="hibatullah-akhundzada")

C("PK", "Pakistan", SPK=("Speaker of the National Assembly of Pakistan", "oth"),
  COAS=("Chief of Army Staff of Pakistan", "oth"), CPM=("Prime Minister of Pakistan (caretaker)", "hog"))
p("Ghulam Ishaq Khan", "غلام إسحاق خان", o=[("PRES", "1988-08-17", "1993-07-18", "acting until 1988-12-13")])
p("Wasim Sajjad", "وسيم سجاد", o=[("PRES", "1993-07-18", "1993-11-14", "acting"),
  ("Chairman of the Senate of Pakistan", "oth", "1988-12", "1999-10")])
p("Farooq Leghari", "فاروق لغاري|فاروق أحمد خان لغاري", s="لغاري", o=[("PRES", "1993-11-14", "1997-12-02")])
p("Muhammad Rafiq Tarar", "محمد رفيق تارر|رفيق تارر|محمد رفيق تارار", s="تارر|تارار", o=[("PRES", "1998-01-01", "2001-06-20")])
p("Pervez Musharraf", "برويز مشرف|بيرفيز مشرف", s="مشرف", amb="مشرف",
  o=[("PRES", "2001-06-20", "2008-08-18"), ("Chief Executive of Pakistan", "hog", "1999-10-12", "2002-11-23"),
     ("COAS", "1998-10-07", "2007-11-28")])
p("Mamnoon Hussain", "ممنون حسين", o=[("PRES", "2013-09-09", "2018-09-09")])
p("Asif Ali Zardari", "", key="asif-ali-zardari")
p("Benazir Bhutto", "بينظير بوتو|بنظير بوتو|بنازير بوتو", amb="بوتو",
  o=[("PM", "1988-12-02", "1990-08-06"), ("PM", "1993-10-19", "1996-11-05")])
p("Ghulam Mustafa Jatoi", "غلام مصطفى جتوي", o=[("CPM", "1990-08-06", "1990-11-06")])
p("Nawaz Sharif", "", key="nawaz-sharif", amb="شريف",
  o=[("PM", "1990-11-06", "1993-07-18", "dismissed 1993-04-18, reinstated 1993-05-26"), ("PM", "1997-02-17", "1999-10-12")])
p("Moeenuddin Qureshi", "معين الدين قريشي", o=[("CPM", "1993-07-18", "1993-10-19")])
p("Malik Meraj Khalid", "معراج خالد|ملك معراج خالد", o=[("CPM", "1996-11-05", "1997-02-17")])
p("Zafarullah Khan Jamali", "ظفر الله خان جمالي|مير ظفر الله خان جمالي", s="جمالي", o=[("PM", "2002-11-23", "2004-06-26")])
p("Shaukat Aziz", "شوكت عزيز", o=[("PM", "2004-08-28", "2007-11-16")])
p("Muhammad Mian Soomro", "محمد ميان سومرو", s="سومرو", o=[("CPM", "2007-11-16", "2008-03-25")])
p("Yousaf Raza Gillani", "يوسف رضا جيلاني|يوسف رضا كيلاني|يوسف رضا غيلاني", s="جيلاني|كيلاني|غيلاني",
  o=[("PM", "2008-03-25", "2012-06-19", "disqualified by the Supreme Court with effect from 2012-04-26")])
p("Raja Pervaiz Ashraf", "راجا برويز أشرف|راجه برويز أشرف", o=[("PM", "2012-06-22", "2013-03-25"), ("SPK", "2022-04-16", "2024-02-29")])
p("Shahid Khaqan Abbasi", "شاهد خاقان عباسي", amb="عباسي", o=[("PM", "2017-08-01", "2018-05-31")])
p("Imran Khan", "", key="imran-khan")
p("Shehbaz Sharif", "", key="shehbaz-sharif", amb="شريف")
p("Sahabzada Yaqub Khan", "صاحب زاده يعقوب خان|يعقوب خان", o=[("FM", "1988-03", "1991-03")])
p("Aseff Ahmad Ali", "آصف أحمد علي|سردار آصف أحمد علي", o=[("FM", "1993-10", "1996-11")])
p("Gohar Ayub Khan", "جوهر أيوب خان|غوهر أيوب خان", o=[("FM", "1997-02", "1998-08")])
p("Sartaj Aziz", "سرتاج عزيز", o=[("FM", "1998-08", "1999-10-12"),
  ("Adviser to the Prime Minister on Foreign Affairs of Pakistan", "min", "2013-06", "2017-07")])
p("Khurshid Mahmud Kasuri", "خورشيد محمود قصوري|خورشيد قصوري", s="قصوري", o=[("FM", "2002-11-23", "2007-11-15")])
p("Shah Mahmood Qureshi", "شاه محمود قريشي", amb="قريشي", o=[("FM", "2008-03-31", "2011-02-11"), ("FM", "2018-08-20", "2022-04-10")])
p("Hina Rabbani Khar", "حنا رباني خار|هنا رباني خار", s="رباني خار", o=[("FM", "2011-07-20", "2013-03-16", "acting as minister of state from 2011-02")])
p("Khawaja Asif", "خواجة آصف|خواجة محمد آصف|خواجه آصف", s="خواجة آصف",
  o=[("DEF", "2024-03-11", None), ("FM", "2017-08-04", "2018-04-26"), ("DEF", "2013-11", "2017-07-28"), ("DEF", "2022-04-19", "2023-08-10")])
p("Bilawal Bhutto Zardari", "بلاول بوتو زرداري|بيلاول بوتو زرداري|بلاول بوتو", s="بلاول", amb="بلاول", o=[("FM", "2022-04-27", "2023-08-10")])
p("Jalil Abbas Jilani", "جليل عباس جيلاني", o=[("FM", "2023-08-17", "2024-03-04", "caretaker government")])
p("Ishaq Dar", "إسحاق دار|محمد إسحاق دار", o=[("FM", "2024-03-11", None), ("FIN", "2013-06-07", "2017-11")])
p("Pervez Khattak", "برويز خطك|برويز ختك", s="خطك", o=[("DEF", "2018-08-20", "2022-04-10")])
p("Rehman Malik", "رحمن مالك|رحمان مالك", o=[("INT", "2008-03", "2013-03")])
p("Chaudhry Nisar Ali Khan", "نثار علي خان|تشودري نثار علي خان|شودري نثار علي خان", o=[("INT", "2013-06-07", "2017-07-28")])
p("Rana Sanaullah", "رانا ثناء الله", o=[("INT", "2022-04-19", "2023-08-10")])
p("Mohsin Naqvi", "محسن نقوي", s="نقوي", o=[("INT", "2024-03-11", None)])
p("Ashfaq Parvez Kayani", "أشفاق برويز كياني|أشفق برويز كياني|أشفاق كياني", s="كياني", o=[("COAS", "2007-11-28", "2013-11-29")])
p("Raheel Sharif", "راحيل شريف", amb="شريف", o=[("COAS", "2013-11-29", "2016-11-29"),
  ("Commander of the Islamic Military Counter Terrorism Coalition", "int", "2017", None)])
p("Qamar Javed Bajwa", "قمر جاويد باجوا|قمر جاويد باجوه", s="باجوا|باجوه", o=[("COAS", "2016-11-29", "2022-11-29")])
p("Asim Munir", "", key="asim-munir")
p("Fahmida Mirza", "فهميدة ميرزا", o=[("SPK", "2008-03-19", "2013-06-03")])
p("Ayaz Sadiq", "أياز صادق|إياز صادق", o=[("SPK", "2024-03-01", None), ("SPK", "2013-06-03", "2018-08-15", "unseated 2015-08 to 2015-11")])
p("Asad Qaiser", "أسد قيصر", o=[("SPK", "2018-08-15", "2022-04-09")])
