from lib import Country, X
c = Country("US", hos="President of the United States", fm="United States Secretary of State",
            vp="Vice President of the United States", **{"def": "United States Secretary of Defense"},
            int="United States Secretary of Homeland Security",
            spk="Speaker of the United States House of Representatives",
            nsa=("United States National Security Advisor", "oth"))
P = c.P
# Presidents
# Both Bushes are "جورج بوش" and "بوش" in the press: the article's date tells them apart.
P("George H. W. Bush", ["جورج بوش الأب", "جورج هربرت ووكر بوش", "جورج إتش دبليو بوش", "جورج دبليو إتش بوش",
                       "جورج بوش"], short=["بوش"],
  aliases=["George Bush", "George H.W. Bush", "Bush Sr."],
  offices=[("hos", "1989-01-20", "1993-01-20")])
P("Bill Clinton", ["ويليام جيفرسون كلينتون", "وليام كلينتون"], aliases=["William Jefferson Clinton", "Clinton"], offices=[])
P("George W. Bush", ["جورج ووكر بوش"], aliases=["Bush"], offices=[])
# Vice presidents
P("Dan Quayle", ["دان كويل"], short=["كويل"], aliases=["Quayle"], offices=[("vp", "1989-01-20", "1993-01-20")])
P("Al Gore", ["آل غور", "آل جور", "ألبرت غور"], short=["غور"], amb=["غور"], aliases=["Gore", "Albert Gore"],
  offices=[("vp", "1993-01-20", "2001-01-20")])
P("Dick Cheney", ["ديك تشيني", "ريتشارد تشيني"], short=["تشيني"], aliases=["Cheney", "Richard Cheney"],
  offices=[("def", "1989-03-21", "1993-01-20"), ("vp", "2001-01-20", "2009-01-20")])
P("Mike Pence", ["مايك بنس", "مايك بينس"], short=["بنس", "بينس"], aliases=["Pence"],
  offices=[("vp", "2017-01-20", "2021-01-20")])
# Secretaries of State
P("James Baker", ["جيمس بيكر", "جيمس أديسون بيكر"], short=["بيكر"], aliases=["James A. Baker", "Baker"],
  offices=[("fm", "1989-01-25", "1992-08-23")])
P("Lawrence Eagleburger", ["لورانس إيغلبرغر", "لورنس إيغلبرغر", "لورانس إيجلبرجر"], short=["إيغلبرغر", "إيجلبرجر"],
  aliases=["Eagleburger"], offices=[("fm", "1992-08-23", "1993-01-20", "acting until 1992-12-08")])
P("Warren Christopher", ["وارن كريستوفر", "وارين كريستوفر"], aliases=["Christopher"],
  offices=[("fm", "1993-01-20", "1997-01-17")])
P("Madeleine Albright", ["مادلين أولبرايت", "مادلين أولبريت"], short=["أولبرايت", "أولبريت"], aliases=["Albright"],
  offices=[("United States Ambassador to the United Nations", "oth", "1993-01-27", "1997-01-21"),
           ("fm", "1997-01-23", "2001-01-20")])
P("Condoleezza Rice", ["كوندليزا رايس", "كونداليزا رايس"], offices=[("nsa", "2001-01-20", "2005-01-26")])
# Secretaries of Defense
P("Les Aspin", ["ليس أسبن", "لي أسبين", "ليس أسبين"], short=["أسبن", "أسبين"], aliases=["Aspin"],
  offices=[("def", "1993-01-21", "1994-02-03")])
P("William Perry", ["وليام بيري", "ويليام بيري"], aliases=["William J. Perry"],
  offices=[("def", "1994-02-03", "1997-01-23")])
P("William Cohen", ["وليام كوهين", "ويليام كوهين"], aliases=["William S. Cohen"],
  offices=[("def", "1997-01-24", "2001-01-20")])
P("Donald Rumsfeld", ["دونالد رامسفيلد"], short=["رامسفيلد"], aliases=["Rumsfeld"],
  offices=[("def", "2001-01-20", "2006-12-18")])
P("Robert Gates", ["روبرت غيتس", "روبرت جيتس"], aliases=["Gates"], offices=[("def", "2006-12-18", "2011-06-30")])
P("Leon Panetta", ["ليون بانيتا"], short=["بانيتا"], aliases=["Panetta"],
  offices=[("Director of the CIA", "oth", "2009-02-13", "2011-06-30"), ("def", "2011-07-01", "2013-02-26")])
P("Chuck Hagel", ["تشاك هاغل", "تشاك هيغل", "تشاك هاجل"], short=["هاغل", "هيغل", "هاجل"], aliases=["Hagel"],
  offices=[("def", "2013-02-27", "2015-02-17")])
P("Ash Carter", ["آشتون كارتر", "آش كارتر"], aliases=["Ashton Carter"], offices=[("def", "2015-02-17", "2017-01-20")])
P("Jim Mattis", ["جيمس ماتيس", "جيم ماتيس"], short=["ماتيس"], aliases=["James Mattis", "Mattis"],
  offices=[("def", "2017-01-20", "2018-12-31")])
P("Patrick Shanahan", ["باتريك شاناهان"], short=["شاناهان"], aliases=["Shanahan"],
  offices=[("def", "2019-01-01", "2019-06-23", "acting")])
P("Mark Esper", ["مارك إسبر"], short=["إسبر"], aliases=["Esper"], offices=[("def", "2019-07-23", "2020-11-09")])
P("Lloyd Austin", ["لويد أوستين"], aliases=["Austin"], offices=[])
# Homeland Security
P("Tom Ridge", ["توم ريدج"], short=["ريدج"], aliases=["Ridge"], offices=[("int", "2003-01-24", "2005-02-01")])
P("Michael Chertoff", ["مايكل شيرتوف", "مايكل تشيرتوف"], short=["شيرتوف", "تشيرتوف"], aliases=["Chertoff"],
  offices=[("int", "2005-02-15", "2009-01-21")])
P("Janet Napolitano", ["جانيت نابوليتانو"], aliases=["Napolitano"], offices=[("int", "2009-01-21", "2013-09-06")])
P("Jeh Johnson", ["جيه جونسون", "جي جونسون"], offices=[("int", "2013-12-23", "2017-01-20")])
P("John Kelly", ["جون كيلي"], aliases=["John F. Kelly"],
  offices=[("int", "2017-01-20", "2017-07-31"), ("White House Chief of Staff", "oth", "2017-07-31", "2019-01-02")])
P("Kirstjen Nielsen", ["كيرستين نيلسن", "كيرستجين نيلسن"], aliases=["Nielsen"], offices=[("int", "2017-12-06", "2019-04-10")])
P("Kevin McAleenan", ["كيفن ماكالينان", "كيفين ماكالينان"], short=["ماكالينان"], aliases=["McAleenan"],
  offices=[("int", "2019-04-10", "2019-11-13", "acting")])
P("Chad Wolf", ["تشاد وولف"], aliases=["Wolf"], offices=[("int", "2019-11-13", "2021-01-11", "acting")])
P("Alejandro Mayorkas", ["أليخاندرو مايوركاس"], short=["مايوركاس"], aliases=["Mayorkas"],
  offices=[("int", "2021-02-02", "2025-01-20")])
P("Kristi Noem", ["كريستي نويم"], short=["نويم"], aliases=["Noem"], offices=[("int", "2025-01-25", None)])
# Speakers
P("Tom Foley", ["توم فولي"], aliases=["Thomas Foley"], offices=[("spk", "1989-06-06", "1995-01-03")])
P("Newt Gingrich", ["نيوت غينغريتش", "نيوت جينجريتش"], short=["غينغريتش", "جينجريتش"], aliases=["Gingrich"],
  offices=[("spk", "1995-01-04", "1999-01-03")])
P("Dennis Hastert", ["دينيس هاسترت", "دنيس هاسترت"], short=["هاسترت"], aliases=["Hastert"],
  offices=[("spk", "1999-01-06", "2007-01-03")])
P("Nancy Pelosi", ["نانسي بيلوسي"], short=["بيلوسي"], aliases=["Pelosi"],
  offices=[("spk", "2007-01-04", "2011-01-03"), ("spk", "2019-01-03", "2023-01-03")])
P("John Boehner", ["جون بينر", "جون بوينر"], short=["بينر", "بوينر"], aliases=["Boehner"],
  offices=[("spk", "2011-01-05", "2015-10-29")])
P("Paul Ryan", ["بول رايان"], aliases=["Ryan"], offices=[("spk", "2015-10-29", "2019-01-03")])
P("Kevin McCarthy", ["كيفن مكارثي", "كيفين مكارثي", "كيفن ماكارثي"], short=["مكارثي", "ماكارثي"], aliases=["McCarthy"],
  offices=[("spk", "2023-01-07", "2023-10-03")])
P("Mike Johnson", ["مايك جونسون"], offices=[("spk", "2023-10-25", None)])
# National Security Advisors
P("Brent Scowcroft", ["برنت سكوكروفت", "برينت سكوكروفت"], short=["سكوكروفت"], aliases=["Scowcroft"],
  offices=[("nsa", "1989-01-20", "1993-01-20")])
P("Anthony Lake", ["أنتوني ليك", "أنطوني ليك"], offices=[("nsa", "1993-01-20", "1997-03-14")])
P("Sandy Berger", ["ساندي بيرغر", "ساندي برغر", "ساندي بيرجر"], aliases=["Samuel Berger"],
  offices=[("nsa", "1997-03-14", "2001-01-20")])
P("Stephen Hadley", ["ستيفن هادلي", "ستيفن هيدلي"], short=["هادلي"], aliases=["Hadley"],
  offices=[("nsa", "2005-01-26", "2009-01-20")])
P("James L. Jones", ["جيمس جونز"], aliases=["Jim Jones"], offices=[("nsa", "2009-01-20", "2010-10-08")])
P("Tom Donilon", ["توم دونيلون"], short=["دونيلون"], aliases=["Donilon"], offices=[("nsa", "2010-10-08", "2013-07-01")])
P("Susan Rice", ["سوزان رايس"], offices=[("United States Ambassador to the United Nations", "oth", "2009-01-22", "2013-06-30"),
                                        ("nsa", "2013-07-01", "2017-01-20")])
P("Michael Flynn", ["مايكل فلين"], short=["فلين"], aliases=["Flynn"], offices=[("nsa", "2017-01-20", "2017-02-13")])
P("H. R. McMaster", ["هربرت ماكماستر", "إتش آر ماكماستر"], short=["ماكماستر"], aliases=["McMaster", "H.R. McMaster"],
  offices=[("nsa", "2017-02-20", "2018-04-09")])
P("John Bolton", ["جون بولتون"], short=["بولتون"], aliases=["Bolton"],
  offices=[("United States Ambassador to the United Nations", "oth", "2005-08-02", "2006-12-09"),
           ("nsa", "2018-04-09", "2019-09-10")])
P("Robert O'Brien", ["روبرت أوبراين"], aliases=["O'Brien"], offices=[("nsa", "2019-09-18", "2021-01-20")])
P("Jake Sullivan", ["جيك سوليفان"], short=["سوليفان"], aliases=["Sullivan"], offices=[("nsa", "2021-01-20", "2025-01-20")])
P("Mike Waltz", ["مايك والتز"], short=["والتز"], aliases=["Waltz", "Michael Waltz"], offices=[("nsa", "2025-01-20", "2025-05-01")])
