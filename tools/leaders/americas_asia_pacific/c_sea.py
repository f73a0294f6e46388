from lib import Country, X
c = Country("PH", hos="President of the Philippines", fm="Secretary of Foreign Affairs of the Philippines")
P = c.P
P("Corazon Aquino", ["كورازون أكينو"], aliases=["Cory Aquino"], offices=[("hos", "1986-02-25", "1992-06-30")])
P("Fidel Ramos", ["فيدل راموس"], aliases=["Fidel V. Ramos"], offices=[("hos", "1992-06-30", "1998-06-30")])
P("Joseph Estrada", ["جوزيف إسترادا"], short=["إسترادا"], offices=[("hos", "1998-06-30", "2001-01-20", "ousted")])
P("Gloria Macapagal Arroyo", ["غلوريا ماكاباغال أرويو", "غلوريا أرويو", "جلوريا ماكاباجال أرويو"], short=["أرويو"], aliases=["Gloria Arroyo", "Arroyo"],
  offices=[("hos", "2001-01-20", "2010-06-30")])
P("Benigno Aquino III", ["بينينو أكينو الثالث", "بينينو أكينو", "نوينوي أكينو"], aliases=["Noynoy Aquino"], offices=[("hos", "2010-06-30", "2016-06-30")])
P("Rodrigo Duterte", ["رودريغو دوتيرتي", "رودريجو دوتيرتي"], short=["دوتيرتي"], aliases=["Duterte"],
  offices=[("hos", "2016-06-30", "2022-06-30")])
P("Bongbong Marcos", ["فرديناند ماركوس الابن", "فرديناند ماركوس جونيور", "بونغبونغ ماركوس"], short=["ماركوس"], amb=["ماركوس"],
  aliases=["Ferdinand Marcos Jr.", "Marcos"], offices=[("hos", "2022-06-30", None)])
P("Raul Manglapus", ["راؤول مانغلابوس"], offices=[("fm", "1987-09", "1992-06-30")])
P("Roberto Romulo", ["روبرتو رومولو"], offices=[("fm", "1992-06-30", "1995-05")])
P("Domingo Siazon", ["دومينغو سيازون"], offices=[("fm", "1995-05", "2001-01-20")])
P("Teofisto Guingona", ["تيوفيستو غينغونا", "تيوفيستو جينجونا"],
  offices=[("Vice President of the Philippines", "oth", "2001-02-07", "2004-06-30"), ("fm", "2001-02", "2002-07")])
P("Blas Ople", ["بلاس أوبلي"], offices=[("fm", "2002-07", "2003-12-14", "died in office")])
P("Delia Albert", ["ديليا ألبرت"], offices=[("fm", "2003-12", "2004-08")])
P("Alberto Romulo", ["ألبرتو رومولو"], offices=[("fm", "2004-08", "2011-02-24")])
P("Albert del Rosario", ["ألبرت ديل روساريو", "ألبرت دل روساريو"], offices=[("fm", "2011-02-24", "2016-03-07")])
P("Perfecto Yasay", ["بيرفكتو ياساي", "بيرفيكتو ياساي"], offices=[("fm", "2016-06-30", "2017-03-08")])
P("Alan Peter Cayetano", ["آلان بيتر كايتانو", "ألان بيتر كاييتانو"], offices=[("fm", "2017-05-18", "2018-10-17")])
P("Teodoro Locsin Jr.", ["تيودورو لوكسين", "تيودورو لوكسين جونيور"], short=["لوكسين"], aliases=["Teodoro Locsin"], offices=[("fm", "2018-10-17", "2022-06-30")])
P("Enrique Manalo", ["إنريكي مانالو"], short=["مانالو"], offices=[("fm", "2022-07-01", "2025-06-30")])
P("Theresa Lazaro", ["تيريزا لازارو", "ماريا تيريزا لازارو"], aliases=["Ma. Theresa Lazaro"], offices=[("fm", "2025-07-01", None)])

c = Country("TH", hos="King of Thailand", hog="Prime Minister of Thailand", fm="Minister of Foreign Affairs of Thailand")
P = c.P
P("Bhumibol Adulyadej", ["بوميبول أدولياديج", "بوميبول أدولياديت", "راما التاسع"], short=["بوميبول"], aliases=["Rama IX", "Bhumibol"],
  offices=[("hos", "1946-06-09", "2016-10-13")])
P("Vajiralongkorn", ["ماها فاجيرالونغكورن", "فاجيرالونغكورن", "ماها فاجيرالونجكورن", "راما العاشر"], aliases=["Rama X", "Maha Vajiralongkorn"],
  offices=[("hos", "2016-10-13", None)])
P("Chatichai Choonhavan", ["تشاتيتشاي تشونهافان", "شاتيشاي شونهافان"], short=["تشاتيتشاي"], offices=[("hog", "1988-08-04", "1991-02-23", "overthrown")])
P("Anand Panyarachun", ["أناند بانياراتشون", "أناند بانيارتشون"], short=["بانياراتشون"],
  offices=[("hog", "1991-03-02", "1992-04-07"), ("hog", "1992-06-10", "1992-09-23")])
P("Suchinda Kraprayoon", ["سوتشيندا كرابرايون"], short=["سوتشيندا"], offices=[("hog", "1992-04-07", "1992-05-24")])
P("Chuan Leekpai", ["تشوان ليكباي", "شوان ليكباي"], short=["ليكباي"], offices=[("hog", "1992-09-23", "1995-07-13"), ("hog", "1997-11-09", "2001-02-09")])
P("Banharn Silpa-archa", ["بانهارن سيلبا أرتشا", "بانهارن سيلبا أرشا"], short=["بانهارن"], offices=[("hog", "1995-07-13", "1996-11-25")])
P("Chavalit Yongchaiyudh", ["تشافاليت يونغتشايود", "شافاليت يونغشايوت"], short=["تشافاليت"], offices=[("hog", "1996-11-25", "1997-11-09")])
P("Thaksin Shinawatra", ["تاكسين شيناواترا", "ثاكسين شيناواترا"], short=["تاكسين", "ثاكسين"], aliases=["Thaksin"],
  offices=[("fm", "1994-10", "1995-02"), ("hog", "2001-02-09", "2006-09-19", "overthrown in a coup")])
P("Surayud Chulanont", ["سورايود تشولانونت", "سورايود شولانونت"], short=["سورايود"], offices=[("hog", "2006-10-01", "2008-01-29")])
P("Samak Sundaravej", ["ساماك سوندارافيج", "ساماك سونداراوج"], short=["ساماك"], offices=[("hog", "2008-01-29", "2008-09-09")])
P("Somchai Wongsawat", ["سومتشاي وونغساوات", "سومشاي وونغساوات"], short=["سومتشاي"], offices=[("hog", "2008-09-18", "2008-12-02")])
P("Abhisit Vejjajiva", ["أبهيسيت فيجاجيفا", "أبهيسيت فيتشاتشيوا"], short=["أبهيسيت"], aliases=["Abhisit"], offices=[("hog", "2008-12-17", "2011-08-05")])
P("Yingluck Shinawatra", ["ينغلاك شيناواترا", "ينجلاك شيناواترا", "يينغلاك شيناواترا"], short=["ينغلاك", "ينجلاك"], aliases=["Yingluck"],
  offices=[("hog", "2011-08-05", "2014-05-07", "removed by the Constitutional Court")])
P("Prayut Chan-o-cha", ["برايوت تشان أوتشا", "برايوت تشان أو تشا", "برايوث تشان أوتشا"], short=["برايوت"], aliases=["Prayuth Chan-ocha", "Prayut"],
  offices=[("Head of the National Council for Peace and Order of Thailand", "oth", "2014-05-22", "2019-07-16", "military junta"),
           ("hog", "2014-08-24", "2023-08-22", "led the 2014-05-22 coup")])
P("Srettha Thavisin", ["سريتا تافيسين", "سريثا تافيسين"], short=["سريتا"], offices=[("hog", "2023-08-22", "2024-08-14", "removed by the Constitutional Court")])
P("Paetongtarn Shinawatra", ["بايتونغتارن شيناواترا", "بيتونغتارن شيناواترا", "بايتونجتارن شيناواترا"], short=["بايتونغتارن", "بيتونغتارن"],
  offices=[("hog", "2024-08-16", None, "suspended by the Constitutional Court from 2025-07-01")])
P("Siddhi Savetsila", ["سيدي سافيتسيلا"], offices=[("fm", "1980", "1990-08")])
P("Arsa Sarasin", ["أرسا ساراسين"], offices=[("fm", "1991-03", "1992-09")])
P("Prasong Soonsiri", ["براسونغ سونسيري"], offices=[("fm", "1992-09", "1994-10")])
P("Surin Pitsuwan", ["سورين بيتسوان", "سورين بيتسوفان"], short=["بيتسوان"],
  offices=[("fm", "1997-11-14", "2001-02-17"), ("Secretary-General of ASEAN", "oth", "2008-01-01", "2012-12-31")])
P("Surakiart Sathirathai", ["سوراكيارت ساتيراتاي"], offices=[("fm", "2001-02-17", "2005-03-11")])
P("Kantathi Suphamongkhon", ["كانتاتي سوفامونغكون"], offices=[("fm", "2005-03-11", "2006-09-19")])
P("Nitya Pibulsonggram", ["نيتيا بيبولسونغرام"], offices=[("fm", "2006-10", "2008-02")])
P("Noppadon Pattama", ["نوبادون باتاما"], offices=[("fm", "2008-02", "2008-07")])
P("Kasit Piromya", ["كاسيت بيرومايا", "كاسيت بيروميا"], offices=[("fm", "2008-12-20", "2011-08-09")])
P("Surapong Tovichakchaikul", ["سورابونغ توفيتشاكتشايكول"], offices=[("fm", "2011-08-09", "2014-05")])
P("Thanasak Patimaprakorn", ["ثاناساك باتيمابراكورن"], offices=[("fm", "2014-08-30", "2015-08-23")])
P("Don Pramudwinai", ["دون برامودويناي", "دون براموديناي"], short=["برامودويناي"], offices=[("fm", "2015-08-23", "2023-09-01")])
P("Parnpree Bahiddha-Nukara", ["بارنبري باهيدا نوكارا"], offices=[("fm", "2023-09-01", "2024-04-28")])
P("Maris Sangiampongsa", ["ماريس سانغيامبونغسا", "ماريس سانجيامبونجسا"], offices=[("fm", "2024-04-30", None)])

c = Country("VN", hos="President of Vietnam", hog="Prime Minister of Vietnam", fm="Minister of Foreign Affairs of Vietnam",
            gs=("General Secretary of the Communist Party of Vietnam", "oth"))
P = c.P
P("Nguyen Van Linh", ["نغوين فان لينه", "نجوين فان لينه"], aliases=["Nguyễn Văn Linh"], offices=[("gs", "1986-12-18", "1991-06-28")])
P("Do Muoi", ["دو موي", "دو مووي"], aliases=["Đỗ Mười"], offices=[("hog", "1988-06-22", "1991-08-08"), ("gs", "1991-06-28", "1997-12-26")])
P("Le Kha Phieu", ["لي كا فيو", "لي خا فيو"], aliases=["Lê Khả Phiêu"], offices=[("gs", "1997-12-26", "2001-04-22")])
P("Nong Duc Manh", ["نونغ دوك مانه", "نونج دوك مانه"], aliases=["Nông Đức Mạnh"], offices=[("gs", "2001-04-22", "2011-01-19")])
P("Nguyen Phu Trong", ["نغوين فو ترونغ", "نجوين فو ترونج", "نغوين فو تشونغ"], aliases=["Nguyễn Phú Trọng"],
  offices=[("gs", "2011-01-19", "2024-07-19", "died in office"), ("hos", "2018-10-23", "2021-04-05")])
P("To Lam", ["تو لام"], aliases=["Tô Lâm"],
  offices=[("gs", "2024-08-03", None), ("Minister of Public Security of Vietnam", "min", "2016-04-09", "2024-05-22"), ("hos", "2024-05-22", "2024-10-21")])
P("Vo Chi Cong", ["فو تشي كونغ", "فو شي كونغ"], aliases=["Võ Chí Công"], offices=[("hos", "1987-06-18", "1992-09-23", "Chairman of the Council of State")])
P("Le Duc Anh", ["لي دوك آنه"], aliases=["Lê Đức Anh"], offices=[("hos", "1992-09-23", "1997-09-24")])
P("Tran Duc Luong", ["تران دوك لونغ", "تران دوك لونج"], aliases=["Trần Đức Lương"], offices=[("hos", "1997-09-24", "2006-06-27")])
P("Nguyen Minh Triet", ["نغوين مينه تريت", "نجوين مينه تريت"], aliases=["Nguyễn Minh Triết"], offices=[("hos", "2006-06-27", "2011-07-25")])
P("Truong Tan Sang", ["ترونغ تان سانغ", "ترونج تان سانج"], aliases=["Trương Tấn Sang"], offices=[("hos", "2011-07-25", "2016-04-02")])
P("Tran Dai Quang", ["تران داي كوانغ", "تران داي كوانج"], aliases=["Trần Đại Quang"], offices=[("hos", "2016-04-02", "2018-09-21", "died in office")])
P("Nguyen Xuan Phuc", ["نغوين شوان فوك", "نجوين شوان فوك", "نغوين زوان فوك"], aliases=["Nguyễn Xuân Phúc"],
  offices=[("hog", "2016-04-07", "2021-04-05"), ("hos", "2021-04-05", "2023-01-18")])
P("Vo Van Thuong", ["فو فان ثونغ", "فو فان تونغ"], aliases=["Võ Văn Thưởng"], offices=[("hos", "2023-03-02", "2024-03-21")])
P("Luong Cuong", ["لونغ كونغ", "لوونغ كوونغ"], aliases=["Lương Cường"], offices=[("hos", "2024-10-21", None)])
P("Vo Van Kiet", ["فو فان كيت", "فو فان كييت"], aliases=["Võ Văn Kiệt"], offices=[("hog", "1991-08-08", "1997-09-25")])
P("Phan Van Khai", ["فان فان خاي", "فان فان كاي"], aliases=["Phan Văn Khải"], offices=[("hog", "1997-09-25", "2006-06-27")])
P("Nguyen Tan Dung", ["نغوين تان دونغ", "نجوين تان دونج"], aliases=["Nguyễn Tấn Dũng"], offices=[("hog", "2006-06-27", "2016-04-07")])
P("Pham Minh Chinh", ["فام مينه تشينه", "فام مينه شينه", "فام مين تشين"], aliases=["Phạm Minh Chính"], offices=[("hog", "2021-04-05", None)])
P("Nguyen Co Thach", ["نغوين كو تاش", "نغوين كو ثاتش"], aliases=["Nguyễn Cơ Thạch"], offices=[("fm", "1980-02", "1991-08")])
P("Nguyen Manh Cam", ["نغوين مانه كام"], aliases=["Nguyễn Mạnh Cầm"], offices=[("fm", "1991-08", "2000-01")])
P("Nguyen Dy Nien", ["نغوين دي نين", "نغوين دي نيين"], aliases=["Nguyễn Dy Niên"], offices=[("fm", "2000-01", "2006-06")])
P("Pham Gia Khiem", ["فام جيا خيم", "فام زا خيم"], aliases=["Phạm Gia Khiêm"], offices=[("fm", "2006-06", "2011-08")])
P("Pham Binh Minh", ["فام بينه مينه", "فام بين مينه"], aliases=["Phạm Bình Minh"], offices=[("fm", "2011-08-03", "2021-04-08")])
P("Bui Thanh Son", ["بوي ثانه سون", "بوي تانه سون"], aliases=["Bùi Thanh Sơn"], offices=[("fm", "2021-04-08", None)])

c = Country("MM", hos="Head of State of Myanmar", hog="Prime Minister of Myanmar", fm="Minister of Foreign Affairs of Myanmar",
            pres=("President of Myanmar", "hos"))
P = c.P
P("Saw Maung", ["ساو ماونغ", "ساو ماونج"], offices=[("hos", "1988-09-18", "1992-04-23", "Chairman of the State Law and Order Restoration Council"),
                                                  ("hog", "1988-09-21", "1992-04-23")])
P("Than Shwe", ["ثان شوي", "تان شوي"], offices=[("hos", "1992-04-23", "2011-03-30", "Chairman of the SLORC, from 1997 the State Peace and Development Council"),
                                               ("hog", "1992-04-24", "2003-08-25")])
P("Khin Nyunt", ["خين نيونت", "كين نيونت"], offices=[("hog", "2003-08-25", "2004-10-19")])
P("Soe Win", ["سو وين"], offices=[("hog", "2004-10-19", "2007-10-12")])
P("Thein Sein", ["ثين سين", "تين سين"], offices=[("hog", "2007-10-24", "2011-03-30", "acting from 2007-05"), ("pres", "2011-03-30", "2016-03-30")])
P("Htin Kyaw", ["هتين كياو", "تين كياو"], offices=[("pres", "2016-03-30", "2018-03-21")])
P("Win Myint", ["وين مينت", "وين ميينت"], offices=[("pres", "2018-03-30", "2021-02-01", "deposed in the 2021 coup")])
P("Myint Swe", ["مينت سوي", "ميينت سوي"], offices=[("pres", "2021-02-01", "2024-07-22", "acting, appointed by the military")])
P("Min Aung Hlaing", ["مين أونغ هلاينغ", "مين أونج هلاينج", "مين أونغ لاينغ"], aliases=["Min Aung Hlaing"],
  offices=[("pres", "2024-07-22", None, "acting"), ("Commander-in-Chief of Defence Services of Myanmar", "oth", "2011-03-30", None),
           ("hos", "2021-02-02", "2025-07-31", "Chairman of the State Administration Council, the military junta"),
           ("hog", "2021-08-01", "2025-07-31")])
P("Nyo Saw", ["نيو ساو"], offices=[("hog", "2025-07-31", None)])
P("Aung San Suu Kyi", ["أونغ سان سو تشي", "أونغ سان سوتشي", "أونج سان سو تشي", "أون سان سو تشي"], short=["سو تشي", "سوتشي"], aliases=["Suu Kyi"],
  offices=[("State Counsellor of Myanmar", "hog", "2016-04-06", "2021-02-01", "de facto head of government"), ("fm", "2016-03-30", "2021-02-01")])
P("Ohn Gyaw", ["أون غياو", "أون جياو"], offices=[("fm", "1991-09", "1998-11")])
P("Win Aung", ["وين أونغ", "وين أونج"], offices=[("fm", "1998-11", "2004-09")])
P("Nyan Win", ["نيان وين"], offices=[("fm", "2004-09", "2011-03-30")])
P("Wunna Maung Lwin", ["وونا ماونغ لوين", "وونا ماونج لوين"], offices=[("fm", "2011-03-30", "2016-03-30"), ("fm", "2021-02-01", "2023-02-01")])
P("Than Swe", ["ثان سوي"], offices=[("fm", "2023-02-01", None)])

c = Country("SG", hos="President of Singapore", hog="Prime Minister of Singapore", fm="Minister of Foreign Affairs of Singapore")
P = c.P
P("Wee Kim Wee", ["وي كيم وي"], offices=[("hos", "1985-09-02", "1993-09-01")])
P("Ong Teng Cheong", ["أونغ تنغ تشيونغ", "أونغ تينغ تشيونغ"], offices=[("hos", "1993-09-01", "1999-09-01")])
P("S. R. Nathan", ["إس آر ناثان", "سيلابان راما ناثان"], aliases=["Sellapan Ramanathan"], offices=[("hos", "1999-09-01", "2011-08-31")])
P("Tony Tan", ["توني تان", "توني تان كينغ يام"], aliases=["Tony Tan Keng Yam"], offices=[("hos", "2011-09-01", "2017-08-31")])
P("Halimah Yacob", ["حليمة يعقوب"], offices=[("hos", "2017-09-14", "2023-09-13")])
P("Tharman Shanmugaratnam", ["ثارمان شانموغاراتنام", "تارمان شانموجاراتنام"], short=["ثارمان"], offices=[("hos", "2023-09-14", None)])
P("Lee Kuan Yew", ["لي كوان يو", "لي كوان يوو"], offices=[("hog", "1959-06-05", "1990-11-28")])
P("Goh Chok Tong", ["غوه تشوك تونغ", "جوه تشوك تونج", "غو تشوك تونغ"], offices=[("hog", "1990-11-28", "2004-08-12")])
P("Lee Hsien Loong", ["لي هسين لونغ", "لي هسين لونج", "لي شين لونغ"], offices=[("hog", "2004-08-12", "2024-05-15")])
P("Lawrence Wong", ["لورنس وونغ", "لورانس وونغ", "لورنس وونج"], offices=[("hog", "2024-05-15", None)])
P("Wong Kan Seng", ["وونغ كان سنغ", "وونغ كان سينغ"], offices=[("fm", "1988-09", "1994-01")])
P("S. Jayakumar", ["إس جاياكومار", "شونموغام جاياكومار"], aliases=["Shunmugam Jayakumar"], offices=[("fm", "1994-01", "2004-08-12")])
P("George Yeo", ["جورج يو", "جورج ييو"], offices=[("fm", "2004-08-12", "2011-05-20")])
P("K. Shanmugam", ["كاسيفيسواناثان شانموغام", "ك شانموغام"], offices=[("fm", "2011-05-21", "2015-09-30")])
P("Vivian Balakrishnan", ["فيفيان بالاكريشنان"], short=["بالاكريشنان"], offices=[("fm", "2015-10-01", None)])

c = Country("KH", hos="King of Cambodia", hog="Prime Minister of Cambodia", fm="Minister of Foreign Affairs of Cambodia",
            cs=("Chairman of the Council of State of Cambodia", "hos"))
P = c.P
P("Heng Samrin", ["هنغ سامرين", "هينغ سامرين"], offices=[("cs", "1979-01", "1992-04-06"), ("President of the National Assembly of Cambodia", "oth", "2006-03", "2023-08")])
P("Chea Sim", ["تشيا سيم", "شيا سيم"], offices=[("cs", "1992-04-06", "1993-06-14"), ("President of the Senate of Cambodia", "oth", "1999-03", "2015-06-08", "died in office")])
P("Norodom Sihanouk", ["نورودوم سيهانوك", "نورودوم سيانوك"], short=["سيهانوك"], aliases=["Sihanouk"],
  offices=[("hos", "1993-06-14", "2004-10-07", "head of state, king again from 1993-09-24; President of the Supreme National Council from 1991-11")])
P("Norodom Sihamoni", ["نورودوم سيهاموني"], short=["سيهاموني"], offices=[("hos", "2004-10-14", None)])
P("Hun Sen", ["هون سين", "هون سن"], offices=[("President of the Senate of Cambodia", "oth", "2024-04-03", None),
  ("hog", "1985-01-14", "2023-08-22", "Second Prime Minister in the co-premiership 1993-09-24 to 1998-11-30")])
P("Norodom Ranariddh", ["نورودوم رانارية", "نورودوم راناريد"], short=["رانارية", "راناريد"],
  offices=[("hog", "1993-07-02", "1997-08-06", "First Prime Minister in the co-premiership; ousted")])
P("Ung Huot", ["أونغ هوت", "أونج هوت"], offices=[("fm", "1994-10", "1998-11-30"), ("hog", "1997-08-06", "1998-11-30", "First Prime Minister")])
P("Hun Manet", ["هون مانيت", "هون مانيه"], offices=[("hog", "2023-08-22", None)])
P("Hor Namhong", ["هور نامهونغ", "هور نام هونغ"], offices=[("fm", "1990", "1993"), ("fm", "1998-11-30", "2016-04-04")])
P("Prak Sokhonn", ["براك سوخون", "براك سوكون"], offices=[("fm", "2016-04-04", "2023-08-22")])
P("Sok Chenda Sophea", ["سوك تشيندا سوفيا", "سوك شيندا سوفيا"], offices=[("fm", "2023-08-22", None)])

c = Country("LA", hos="President of Laos", hog="Prime Minister of Laos", fm="Minister of Foreign Affairs of Laos")
P = c.P
P("Phoumi Vongvichit", ["فومي فونغفيتشيت"], offices=[("hos", "1986-10-29", "1991-08-15", "acting")])
P("Kaysone Phomvihane", ["كايسون فومفيهان", "كايسون فومفيهانه"], short=["كايسون"],
  offices=[("hog", "1975-12-08", "1991-08-15"), ("hos", "1991-08-15", "1992-11-21", "died in office")])
P("Nouhak Phoumsavanh", ["نوهاك فومسافان"], offices=[("hos", "1992-11-25", "1998-02-24")])
P("Khamtai Siphandone", ["خامتاي سيفاندون", "كامتاي سيفاندون"], offices=[("hog", "1991-08-15", "1998-02-24"), ("hos", "1998-02-24", "2006-06-08")])
P("Choummaly Sayasone", ["تشومالي سايا سون", "تشومالي سياسون", "شومالي سياسون"], offices=[("hos", "2006-06-08", "2016-04-20")])
P("Bounnhang Vorachith", ["بونيانغ فوراتشيت", "بونيانغ فوراجيث"], offices=[("hog", "2001-03-27", "2006-06-08"), ("hos", "2016-04-20", "2021-03-22")])
P("Thongloun Sisoulith", ["ثونغلون سيسوليث", "تونغلون سيسوليت"],
  offices=[("hos", "2021-03-22", None), ("fm", "2006-06-08", "2016-04-20"), ("hog", "2016-04-20", "2021-03-22")])
P("Sisavath Keobounphanh", ["سيسافات كيوبونفان"], offices=[("hog", "1998-02-24", "2001-03-27")])
P("Bouasone Bouphavanh", ["بواسون بوفافان", "بوازون بوفافان"], offices=[("hog", "2006-06-08", "2010-12-23")])
P("Thongsing Thammavong", ["ثونغسينغ ثامافونغ", "تونغسينغ تامافونغ"], offices=[("hog", "2010-12-23", "2016-04-20")])
P("Phankham Viphavanh", ["فانكام فيفافان", "فانخام فيفافان"], offices=[("hog", "2021-03-22", "2022-12-30")])
P("Sonexay Siphandone", ["سونساي سيفاندون", "سونكساي سيفاندون"], offices=[("hog", "2022-12-30", None)])
P("Somsavat Lengsavad", ["سومسافات لينغسافاد"], offices=[("fm", "1993-02", "2006-06-08")])
P("Saleumxay Kommasith", ["سالومساي كوماسيت", "سالوم ساي كوماسيث"], offices=[("fm", "2016-04-20", None)])

c = Country("BN", hos="Sultan of Brunei", hog="Prime Minister of Brunei", fm="Minister of Foreign Affairs of Brunei")
P = c.P
P("Hassanal Bolkiah", ["حسن البلقية", "حسن البلقية معز الدين والدولة"], aliases=["Sultan Hassanal Bolkiah"],
  offices=[("hos", "1967-10-05", None), ("hog", "1984-01-01", None), ("Minister of Defence of Brunei", "min", "1986-10", None),
           ("fm", "2015-10-22", None)])
P("Mohamed Bolkiah", ["محمد البلقية"], aliases=["Prince Mohamed Bolkiah"], offices=[("fm", "1984-01-01", "2015-10-22")])
P("Al-Muhtadee Billah", ["المهتدي بالله"], aliases=["Crown Prince Al-Muhtadee Billah"],
  offices=[("Crown Prince of Brunei", "oth", "1998-08-10", None), ("Senior Minister at the Prime Minister's Office of Brunei", "min", "2005-05", None)])
P("Erywan Yusof", ["إريوان يوسف"], offices=[("Minister of Foreign Affairs II of Brunei", "min", "2018-01-30", None)])

c = Country("TL", hos="President of Timor-Leste", hog="Prime Minister of Timor-Leste", fm="Minister of Foreign Affairs of Timor-Leste")
P = c.P
P("Xanana Gusmao", ["شانانا غوسماو", "زانانا غوسماو", "شانانا جوسماو"], short=["غوسماو", "جوسماو"], aliases=["Xanana Gusmão"],
  offices=[("hog", "2023-07-01", None), ("hos", "2002-05-20", "2007-05-20"), ("hog", "2007-08-08", "2015-02-16")])
P("Jose Ramos-Horta", ["خوسيه راموس هورتا", "جوزيه راموس هورتا"], short=["راموس هورتا"], aliases=["José Ramos-Horta", "Ramos-Horta"],
  offices=[("hos", "2022-05-20", None), ("fm", "2002-05-20", "2006-06"), ("hog", "2006-07-10", "2007-05-19"), ("hos", "2007-05-20", "2012-05-20")])
P("Taur Matan Ruak", ["تاور ماتان رواك"], offices=[("hos", "2012-05-20", "2017-05-20"), ("hog", "2018-06-22", "2023-07-01")])
P("Francisco Guterres", ["فرانسيسكو غوتيريس", "لو أولو"], aliases=["Lú-Olo", "Francisco Guterres Lú-Olo"],
  offices=[("hos", "2017-05-20", "2022-05-20")])
P("Mari Alkatiri", ["ماري الكثيري", "مرعي الكثيري"], short=["الكثيري"], amb=["الكثيري"],
  offices=[("hog", "2002-05-20", "2006-06-26"), ("hog", "2017-09-15", "2018-06-22")])
P("Estanislau da Silva", ["إستانيسلاو دا سيلفا"], offices=[("hog", "2007-05-19", "2007-08-08")])
P("Rui Maria de Araujo", ["روي ماريا دي أراوجو"], aliases=["Rui Maria de Araújo"], offices=[("hog", "2015-02-16", "2017-09-15")])
