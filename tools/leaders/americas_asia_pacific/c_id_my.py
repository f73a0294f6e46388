from lib import Country, X
c = Country("ID", hos="President of Indonesia", vp="Vice President of Indonesia", fm="Minister of Foreign Affairs of Indonesia",
            **{"def": "Minister of Defence of Indonesia"}, int="Minister of Home Affairs of Indonesia",
            spk="Speaker of the House of Representatives of Indonesia")
P = c.P
P("Suharto", ["سوهارتو"], aliases=["Soeharto"], offices=[("hos", "1967-03-12", "1998-05-21", "acting until 1968-03-27")])
P("B. J. Habibie", ["بحر الدين يوسف حبيبي", "يوسف حبيبي", "بي جي حبيبي"], short=["حبيبي"], amb=["حبيبي"],
  aliases=["Bacharuddin Jusuf Habibie", "Habibie"], offices=[("vp", "1998-03-11", "1998-05-21"), ("hos", "1998-05-21", "1999-10-20")])
P("Abdurrahman Wahid", ["عبد الرحمن واحد", "عبدالرحمن واحد", "غوس دور"], aliases=["Gus Dur"],
  offices=[("hos", "1999-10-20", "2001-07-23", "removed by the People's Consultative Assembly")])
P("Megawati Sukarnoputri", ["ميغاواتي سوكارنوبوتري", "ميجاواتي سوكارنوبوتري", "ميغاواتي سوكارنو بوتري"], short=["ميغاواتي", "ميجاواتي"],
  aliases=["Megawati"], offices=[("vp", "1999-10-21", "2001-07-23"), ("hos", "2001-07-23", "2004-10-20")])
P("Susilo Bambang Yudhoyono", [], offices=[("Coordinating Minister for Political and Security Affairs of Indonesia", "min", "2000-08", "2004-03")])
P("Sudharmono", ["سودارمونو"], offices=[("vp", "1988-03-11", "1993-03-11")])
P("Try Sutrisno", ["تري سوتريسنو"], short=["سوتريسنو"], offices=[("vp", "1993-03-11", "1998-03-11")])
P("Hamzah Haz", ["حمزة هاز", "حمزة حاز"], offices=[("vp", "2001-07-26", "2004-10-20")])
P("Jusuf Kalla", ["يوسف كالا", "يوسف كلا"], short=["كالا"], offices=[("vp", "2004-10-20", "2009-10-20"), ("vp", "2014-10-20", "2019-10-20")])
P("Boediono", ["بوديونو"], offices=[("vp", "2009-10-20", "2014-10-20")])
P("Ma'ruf Amin", ["معروف أمين"], aliases=["Ma'ruf Amin", "Maruf Amin"], offices=[("vp", "2019-10-20", "2024-10-20")])
P("Gibran Rakabuming Raka", ["جبران راكابومينغ راكا", "جبران راكابومينج راكا", "جبران راكابومينغ"], offices=[("vp", "2024-10-20", None)])
P("Ali Alatas", ["علي العطاس"], offices=[("fm", "1988-03-21", "1999-10-20")])
P("Alwi Shihab", ["علوي شهاب"], offices=[("fm", "1999-10-29", "2001-08-09")])
P("Hassan Wirajuda", ["حسن ويراجودا", "حسن ويرايودا"], short=["ويراجودا"], offices=[("fm", "2001-08-09", "2009-10-20")])
P("Marty Natalegawa", ["مارتي ناتاليغاوا", "مارتي ناتاليجاوا"], short=["ناتاليغاوا", "ناتاليجاوا"], offices=[("fm", "2009-10-22", "2014-10-20")])
P("Sugiono", ["سوغيونو", "سوجيونو"], offices=[("fm", "2024-10-21", None)])
P("Benny Moerdani", ["بيني مورداني", "ليوناردوس بنيامين مورداني"], aliases=["Leonardus Benjamin Moerdani"], offices=[("def", "1988-03", "1993-03")])
P("Edi Sudradjat", ["إيدي سودراجات"], offices=[("def", "1993-03", "1998-03")])
P("Wiranto", ["ويرانتو"], 
  offices=[("def", "1998-03", "1999-10", "Minister of Defence and Security and armed forces commander"),
           ("Coordinating Minister for Political, Legal and Security Affairs of Indonesia", "min", "2016-07-27", "2019-10-20")])
P("Juwono Sudarsono", ["جوونو سودارسونو", "يوونو سودارسونو"], offices=[("def", "1999-10", "2000-08"), ("def", "2004-10-21", "2009-10-20")])
P("Mahfud MD", ["محفوظ إم دي", "محمد محفوظ"], aliases=["Mohammad Mahfud MD"],
  offices=[("def", "2000-08", "2001-07"), ("Coordinating Minister for Political, Legal and Security Affairs of Indonesia", "min", "2019-10-23", "2024-02-02")])
P("Matori Abdul Djalil", ["ماتوري عبد الجليل"], offices=[("def", "2001-08", "2004-10-20")])
P("Purnomo Yusgiantoro", ["بورنومو يوسغيانتورو", "بورنومو يوسجيانتورو"], offices=[("def", "2009-10-22", "2014-10-20")])
P("Ryamizard Ryacudu", ["رياميزارد رياكودو"], offices=[("def", "2014-10-27", "2019-10-20")])
P("Prabowo Subianto", [], offices=[])
P("Sjafrie Sjamsoeddin", ["شافري شمس الدين", "سيافري سيامسودين"], offices=[("def", "2024-10-21", None)])
P("Gamawan Fauzi", ["غماوان فوزي", "جماوان فوزي"], offices=[("int", "2009-10-22", "2014-10-20")])
P("Tjahjo Kumolo", ["تجاهجو كومولو", "تشاهيو كومولو"], offices=[("int", "2014-10-27", "2019-10-20")])
P("Tito Karnavian", ["تيتو كارنافيان"], short=["كارنافيان"], offices=[("int", "2019-10-23", None)])
P("Amien Rais", ["أمين رايس"], offices=[("Speaker of the People's Consultative Assembly of Indonesia", "oth", "1999-10-03", "2004-09-30")])
P("Akbar Tandjung", ["أكبر تانجونغ", "أكبر تنجونج"], offices=[("spk", "1999-10-01", "2004-10-01")])
P("Agung Laksono", ["أغونغ لاكسونو", "أجونج لاكسونو"], offices=[("spk", "2004-10-01", "2009-10-01")])
P("Marzuki Alie", ["مرزوقي علي"], offices=[("spk", "2009-10-01", "2014-10-01")])
P("Setya Novanto", ["ستيا نوفانتو", "سيتيا نوفانتو"], offices=[("spk", "2014-10-02", "2015-12-16"), ("spk", "2016-11-30", "2017-12-11")])
P("Bambang Soesatyo", ["بامبانغ سوساتيو", "بامبانج سوساتيو"], offices=[("spk", "2018-01-15", "2019-10-01"),
  ("Speaker of the People's Consultative Assembly of Indonesia", "oth", "2019-10-03", "2024-10-01")])
P("Puan Maharani", ["بوان مهاراني"], offices=[("spk", "2019-10-01", None)])

c = Country("MY", hos="King of Malaysia", hog="Prime Minister of Malaysia", fm="Minister of Foreign Affairs of Malaysia",
            dpm=("Deputy Prime Minister of Malaysia", "oth"), **{"def": "Minister of Defence of Malaysia"},
            int="Minister of Home Affairs of Malaysia", spk="Speaker of the Dewan Rakyat of Malaysia")
P = c.P
P("Azlan Shah of Perak", ["عزلان شاه", "عزلان محب الدين شاه"], aliases=["Sultan Azlan Shah"], offices=[("hos", "1989-04-26", "1994-04-25")])
P("Jaafar of Negeri Sembilan", ["توانكو جعفر", "جعفر بن عبد الرحمن"], aliases=["Tuanku Ja'afar"], offices=[("hos", "1994-04-26", "1999-04-25")])
P("Salahuddin of Selangor", ["صلاح الدين عبد العزيز شاه"], aliases=["Sultan Salahuddin Abdul Aziz Shah"],
  offices=[("hos", "1999-04-26", "2001-11-21", "died in office")])
P("Sirajuddin of Perlis", ["سيد سراج الدين", "سيد سراج الدين جمل الليل"], aliases=["Tuanku Syed Sirajuddin"], offices=[("hos", "2001-12-13", "2006-12-12")])
P("Mizan Zainal Abidin of Terengganu", ["ميزان زين العابدين"], aliases=["Sultan Mizan Zainal Abidin"], offices=[("hos", "2006-12-13", "2011-12-12")])
P("Abdul Halim of Kedah", ["عبد الحليم معظم شاه"], aliases=["Sultan Abdul Halim Mu'adzam Shah"], offices=[("hos", "2011-12-13", "2016-12-12")])
P("Muhammad V of Kelantan", ["محمد فارس بترا"], aliases=["Sultan Muhammad V"],
  offices=[("hos", "2016-12-13", "2019-01-06", "abdicated")])
P("Abdullah of Pahang", ["عبد الله رعاية الدين المصطفى بالله شاه", "عبد الله رعاية الدين"], aliases=["Al-Sultan Abdullah"],
  offices=[("hos", "2019-01-31", "2024-01-30")])
P("Ibrahim Iskandar of Johor", ["إبراهيم إسكندر", "إبراهيم بن إسكندر"], aliases=["Sultan Ibrahim"], offices=[("hos", "2024-01-31", None)])
P("Mahathir Mohamad", ["مهاتير محمد"], short=["مهاتير"], aliases=["Mahathir"],
  offices=[("hog", "1981-07-16", "2003-10-31"), ("int", "1986-10", "1999-01-08"), ("hog", "2018-05-10", "2020-02-24")])
P("Abdullah Ahmad Badawi", ["عبد الله أحمد بدوي", "عبد الله بدوي"], short=["بدوي"], amb=["بدوي"], aliases=["Abdullah Badawi", "Pak Lah"],
  offices=[("fm", "1991-03-15", "1999-12-14"), ("dpm", "1999-01-08", "2003-10-31"), ("int", "1999-01-08", "2004-03-26"),
           ("hog", "2003-10-31", "2009-04-03"), ("def", "2008-03-19", "2009-04-09")])
P("Najib Razak", ["نجيب عبد الرزاق", "نجيب رزاق", "نجيب تون رزاق"], short=["نجيب"], amb=["نجيب"], aliases=["Najib"],
  offices=[("def", "1990-10-27", "1995-05-08"), ("def", "1999-12-15", "2008-03-18"), ("dpm", "2004-01-07", "2009-04-03"),
           ("hog", "2009-04-03", "2018-05-10")])
P("Muhyiddin Yassin", ["محيي الدين ياسين", "محي الدين ياسين"],
  offices=[("dpm", "2009-04-09", "2015-07-28"), ("int", "2018-05-21", "2020-02-24"), ("hog", "2020-03-01", "2021-08-16")])
P("Ismail Sabri Yaakob", ["إسماعيل صبري يعقوب", "إسماعيل صبري"], aliases=["Ismail Sabri"],
  offices=[("def", "2020-03-10", "2021-08-16"), ("dpm", "2021-07-07", "2021-08-16"), ("hog", "2021-08-21", "2022-11-24")])
P("Anwar Ibrahim", ["أنور إبراهيم", "أنور بن إبراهيم"], short=["أنور"], amb=["أنور"], aliases=["Anwar"],
  offices=[("hog", "2022-11-24", None), ("dpm", "1993-12-01", "1998-09-02")])
P("Ghafar Baba", ["غفار بابا", "عبد الغفار بابا"], offices=[("dpm", "1986-05-07", "1993-12-01")])
P("Ahmad Zahid Hamidi", ["أحمد زاهد حميدي"], short=["زاهد حميدي"],
  offices=[("dpm", "2022-12-03", None), ("def", "2009-04-10", "2013-05-15"), ("int", "2013-05-16", "2018-05-09"), ("dpm", "2015-07-29", "2018-05-10")])
P("Fadillah Yusof", ["فضيلة يوسف", "فاضلة يوسف"], offices=[("dpm", "2022-12-03", None)])
P("Wan Azizah Wan Ismail", ["وان عزيزة وان إسماعيل", "وان عزيزة"], offices=[("dpm", "2018-05-21", "2020-02-24")])
P("Abu Hassan Omar", ["أبو حسن عمر"], offices=[("fm", "1987-08", "1991-03-14")])
P("Syed Hamid Albar", ["سيد حامد البار", "سيد حميد البار"], short=["حامد البار"],
  offices=[("def", "1995-05-08", "1999-12-14"), ("fm", "1999-12-15", "2008-03-18"), ("int", "2008-03-19", "2009-04-09")])
P("Rais Yatim", ["رايس ياتيم", "رئيس ياتيم"], offices=[("fm", "2008-03-19", "2009-04-09")])
P("Anifah Aman", ["حنيفة أمان", "أنيفة أمان"], offices=[("fm", "2009-04-10", "2018-05-09")])
P("Saifuddin Abdullah", ["سيف الدين عبد الله"], offices=[("fm", "2018-07-02", "2020-02-24"), ("fm", "2021-08-30", "2022-11-24")])
P("Hishammuddin Hussein", ["هشام الدين حسين", "هشام الدين حسين عون"], short=["هشام الدين"], amb=["هشام الدين"],
  offices=[("int", "2009-04-10", "2013-05-15"), ("def", "2013-05-16", "2018-05-09"), ("fm", "2020-03-10", "2021-08-16"),
           ("def", "2021-08-30", "2022-11-24")])
P("Zambry Abdul Kadir", ["زامبري عبد القادر"], offices=[("fm", "2022-12-03", "2023-12-12")])
P("Mohamad Hasan", ["محمد بن حاجي حسن", "توك مات حسن"], aliases=["Tok Mat"],
  offices=[("fm", "2023-12-12", None), ("def", "2022-12-03", "2023-12-12")])
P("Ahmad Rithauddeen", ["أحمد رثاء الدين", "تنكو أحمد رثاء الدين"], aliases=["Tengku Ahmad Rithauddeen"], offices=[("def", "1986-08", "1990-10-26")])
P("Mohamad Sabu", ["محمد سابو"], offices=[("def", "2018-05-21", "2020-02-24")])
P("Mohamed Khaled Nordin", ["محمد خالد نور الدين"], offices=[("def", "2023-12-12", None)])
P("Azmi Khalid", ["عزمي خالد"], offices=[("int", "2004-03-27", "2006-02-14")])
P("Radzi Sheikh Ahmad", ["راضي شيخ أحمد"], offices=[("int", "2006-02-14", "2008-03-18")])
P("Hamzah Zainudin", ["حمزة زين الدين"], offices=[("int", "2020-03-10", "2022-11-24")])
P("Saifuddin Nasution Ismail", ["سيف الدين ناسوتيون إسماعيل", "سيف الدين ناسوتيون"], offices=[("int", "2022-12-03", None)])
P("Pandikar Amin Mulia", ["بانديكار أمين موليا"], offices=[("spk", "2008-04-28", "2018-07-15")])
P("Mohamad Ariff Md Yusof", ["محمد عارف محمد يوسف", "محمد عارف يوسف"], offices=[("spk", "2018-07-16", "2020-07-13")])
P("Azhar Azizan Harun", ["أزهر عزيزان هارون"], offices=[("spk", "2020-07-13", "2022-12-19")])
P("Johari Abdul", ["جوهري عبد"], offices=[("spk", "2022-12-19", None)])
