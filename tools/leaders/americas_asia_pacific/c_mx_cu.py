from lib import Country, X
c = Country("MX", hos="President of Mexico", fm="Minister of Foreign Affairs of Mexico")
P = c.P
P("Carlos Salinas de Gortari", ["كارلوس ساليناس دي غورتاري", "كارلوس ساليناس دي جورتاري", "كارلوس ساليناس"],
  short=["ساليناس"], aliases=["Salinas"], offices=[("hos", "1988-12-01", "1994-11-30")])
P("Ernesto Zedillo", ["إرنستو زيديلو", "إرنستو سيديو", "إرنستو زيديو"], short=["زيديلو"], aliases=["Zedillo"],
  offices=[("hos", "1994-12-01", "2000-11-30")])
P("Vicente Fox", ["فيسنتي فوكس", "فيسينتي فوكس", "فينسنتي فوكس"], short=["فوكس"], amb=["فوكس"], aliases=["Fox"],
  offices=[("hos", "2000-12-01", "2006-11-30")])
P("Fernando Solana", ["فرناندو سولانا"], offices=[("fm", "1988-12-01", "1993")])
P("Manuel Tello Macias", ["مانويل تيو", "مانويل تيلو"], aliases=["Manuel Tello", "Manuel Tello Macías"],
  offices=[("fm", "1994-01", "1994-11-30")])
P("Jose Angel Gurria", ["خوسيه أنخيل غوريا", "خوسيه أنخيل جوريا", "أنخيل غوريا"], short=["غوريا", "جوريا"],
  aliases=["José Ángel Gurría", "Gurría"],
  offices=[("fm", "1994-12-01", "1998-01-07"), ("Secretary-General of the OECD", "oth", "2006-06-01", "2021-05-31")])
P("Rosario Green", ["روساريو غرين", "روزاريو غرين", "روساريو جرين"], offices=[("fm", "1998-01-07", "2000-11-30")])
P("Jorge Castaneda", ["خورخي كاستانيدا", "خورخي كاستانييدا", "خورخي كاستانيادا"], short=["كاستانيدا"],
  aliases=["Jorge Castañeda"], offices=[("fm", "2000-12-01", "2003-01-10")])
P("Luis Ernesto Derbez", ["لويس إرنستو ديربيز", "لويس ديربيز"], short=["ديربيز"], aliases=["Derbez"],
  offices=[("fm", "2003-01-13", "2006-11-30")])
P("Patricia Espinosa", ["باتريسيا إسبينوسا", "باتريسيا إسبينوزا"], aliases=["Patricia Espinosa Cantellano"],
  offices=[("fm", "2006-12-01", "2012-11-30")])
P("Jose Antonio Meade", ["خوسيه أنطونيو ميادي", "خوسيه أنطونيو ميد"], short=["ميادي"], aliases=["José Antonio Meade"],
  offices=[("fm", "2012-12-01", "2015-08-27")])
P("Claudia Ruiz Massieu", ["كلاوديا رويز ماسيو", "كلوديا رويز ماسيو"], short=["ماسيو"], offices=[("fm", "2015-08-27", "2017-01-04")])
P("Luis Videgaray", ["لويس فيديغاراي", "لويس فيديجاراي"], short=["فيديغاراي", "فيديجاراي"], aliases=["Videgaray"],
  offices=[("fm", "2017-01-04", "2018-11-30")])
P("Marcelo Ebrard", ["مارسيلو إبرارد", "مارسيلو إيبرارد"], short=["إبرارد", "إيبرارد"], aliases=["Ebrard"],
  offices=[("fm", "2018-12-01", "2023-06-12"), ("Secretary of Economy of Mexico", "min", "2024-10-01", None)])
P("Alicia Barcena", ["أليسيا بارسينا", "أليثيا بارثينا"], short=["بارسينا"], aliases=["Alicia Bárcena"],
  offices=[("fm", "2023-07-03", "2024-09-30")])
P("Juan Ramon de la Fuente", ["خوان رامون دي لا فوينتي"], aliases=["Juan Ramón de la Fuente"],
  offices=[("fm", "2024-10-01", None)])

c = Country("CU", hos="President of Cuba", hog=("President of the Council of Ministers of Cuba", "hog"),
            pm=("Prime Minister of Cuba", "hog"), fm="Minister of Foreign Affairs of Cuba",
            sec=("First Secretary of the Communist Party of Cuba", "oth"))
P = c.P
P("Fidel Castro", ["فيدل كاسترو", "فيديل كاسترو", "فيدل كاسترو روز"], aliases=["Fidel"],
  offices=[("hos", "1976-12-02", "2008-02-24", "President of the Council of State; powers delegated to Raul Castro from 2006-07-31"),
           ("hog", "1976-12-02", "2008-02-24"), ("sec", "1965-10-03", "2011-04-19")])
P("Raul Castro", ["راؤول كاسترو", "راؤل كاسترو"], aliases=["Raúl Castro"],
  offices=[("Minister of the Revolutionary Armed Forces of Cuba", "min", "1959-10-16", "2008-02-24"),
           ("hos", "2008-02-24", "2018-04-19", "acting from 2006-07-31"), ("hog", "2008-02-24", "2018-04-19"),
           ("sec", "2011-04-19", "2021-04-19")])
P("Miguel Diaz-Canel", ["ميغيل دياز كانيل", "ميجيل دياز كانيل", "ميغيل دياز كانل"], short=["دياز كانيل"],
  aliases=["Miguel Díaz-Canel", "Díaz-Canel"],
  offices=[("hos", "2018-04-19", None, "President of the Council of State until 2019-10-10"),
           ("sec", "2021-04-19", None), ("hog", "2018-04-19", "2019-12-21")])
P("Manuel Marrero Cruz", ["مانويل ماريرو كروز", "مانويل ماريرو"], short=["ماريرو"], aliases=["Manuel Marrero"],
  offices=[("pm", "2019-12-21", None)])
P("Isidoro Malmierca", ["إيسيدورو مالميركا", "إيزيدورو مالميركا"], short=["مالميركا"], offices=[("fm", "1976-12", "1992")])
P("Ricardo Alarcon", ["ريكاردو ألاركون", "ريكاردو ألاركون دي كيسادا"], aliases=["Ricardo Alarcón"],
  offices=[("fm", "1992", "1993-03-30"), ("President of the National Assembly of People's Power of Cuba", "oth", "1993-03", "2013-02-24")])
P("Roberto Robaina", ["روبرتو روباينا", "روبرتو روبينا"], short=["روباينا"], offices=[("fm", "1993-03-30", "1999-05-28")])
P("Felipe Perez Roque", ["فيليبي بيريز روكي", "فيليب بيريز روكي", "فيليبي بيريث روكي"], short=["بيريز روكي"],
  aliases=["Felipe Pérez Roque"], offices=[("fm", "1999-05-28", "2009-03-02")])
P("Bruno Rodriguez Parrilla", ["برونو رودريغيز باريا", "برونو رودريغيز", "برونو رودريجيز"],
  aliases=["Bruno Rodríguez", "Bruno Rodríguez Parrilla"], offices=[("fm", "2009-03-02", None)])
