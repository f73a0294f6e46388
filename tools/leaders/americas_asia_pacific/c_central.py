from lib import Country, X
c = Country("GT", hos="President of Guatemala")
P = c.P
P("Vinicio Cerezo", ["فينيسيو سيريزو", "فينيسيو سيريسو"], short=["سيريزو"], offices=[("hos", "1986-01-14", "1991-01-14")])
P("Jorge Serrano Elias", ["خورخي سيرانو إلياس", "خورخي سيرانو"], aliases=["Jorge Serrano Elías"],
  offices=[("hos", "1991-01-14", "1993-06-01")])
P("Ramiro de Leon Carpio", ["راميرو دي ليون كاربيو"], aliases=["Ramiro de León Carpio"],
  offices=[("hos", "1993-06-06", "1996-01-14")])
P("Alvaro Arzu", ["ألفارو أرزو", "ألفارو أرسو"], short=["أرزو"], aliases=["Álvaro Arzú"], offices=[("hos", "1996-01-14", "2000-01-14")])
P("Alfonso Portillo", ["ألفونسو بورتيو", "ألفونسو بورتيلو"], short=["بورتيو"], offices=[("hos", "2000-01-14", "2004-01-14")])
P("Oscar Berger", ["أوسكار بيرغر", "أوسكار بيرجر"], aliases=["Óscar Berger"], offices=[("hos", "2004-01-14", "2008-01-14")])
P("Alvaro Colom", ["ألفارو كولوم"], short=["كولوم"], aliases=["Álvaro Colom"], offices=[("hos", "2008-01-14", "2012-01-14")])
P("Otto Perez Molina", ["أوتو بيريز مولينا", "أوتو بيريث مولينا"], short=["بيريز مولينا"], aliases=["Otto Pérez Molina"],
  offices=[("hos", "2012-01-14", "2015-09-03")])
P("Alejandro Maldonado", ["أليخاندرو مالدونادو"], offices=[("hos", "2015-09-03", "2016-01-14")])
P("Jimmy Morales", ["جيمي موراليس"], offices=[("hos", "2016-01-14", "2020-01-14")])
P("Alejandro Giammattei", ["أليخاندرو جياماتي", "أليخاندرو جاماتي"], short=["جياماتي"],
  aliases=["Giammattei"], offices=[("hos", "2020-01-14", "2024-01-14")])
P("Bernardo Arevalo", ["برناردو أريفالو"], short=["أريفالو"], aliases=["Bernardo Arévalo"], offices=[("hos", "2024-01-15", None)])

c = Country("HN", hos="President of Honduras")
P = c.P
P("Jose Azcona", ["خوسيه أزكونا", "خوسيه أسكونا"], aliases=["José Azcona del Hoyo"], offices=[("hos", "1986-01-27", "1990-01-27")])
P("Rafael Leonardo Callejas", ["رافائيل ليوناردو كاييخاس", "رافائيل كاييخاس"], short=["كاييخاس"], offices=[("hos", "1990-01-27", "1994-01-27")])
P("Carlos Roberto Reina", ["كارلوس روبرتو رينا"], offices=[("hos", "1994-01-27", "1998-01-27")])
P("Carlos Roberto Flores", ["كارلوس روبرتو فلوريس", "كارلوس فلوريس"], offices=[("hos", "1998-01-27", "2002-01-27")])
P("Ricardo Maduro", ["ريكاردو مادورو"], offices=[("hos", "2002-01-27", "2006-01-27")])
P("Manuel Zelaya", ["مانويل زيلايا", "مانويل سيلايا"], short=["زيلايا"], aliases=["Mel Zelaya", "Zelaya"],
  offices=[("hos", "2006-01-27", "2009-06-28", "deposed in a coup")])
P("Roberto Micheletti", ["روبرتو ميشيليتي", "روبرتو ميتشيليتي"], short=["ميشيليتي"],
  offices=[("hos", "2009-06-28", "2010-01-27", "de facto, after the coup")])
P("Porfirio Lobo", ["بورفيريو لوبو", "بورفيريو لوبو سوسا"], short=["لوبو"], aliases=["Porfirio Lobo Sosa"],
  offices=[("hos", "2010-01-27", "2014-01-27")])
P("Juan Orlando Hernandez", ["خوان أورلاندو هيرنانديز", "خوان أورلاندو إرنانديز"], aliases=["Juan Orlando Hernández"],
  offices=[("hos", "2014-01-27", "2022-01-27")])
P("Xiomara Castro", ["شيومارا كاسترو", "زيومارا كاسترو"], offices=[("hos", "2022-01-27", None)])

c = Country("SV", hos="President of El Salvador")
P = c.P
P("Alfredo Cristiani", ["ألفريدو كريستياني"], short=["كريستياني"], offices=[("hos", "1989-06-01", "1994-06-01")])
P("Armando Calderon Sol", ["أرماندو كالديرون سول"], aliases=["Armando Calderón Sol"], offices=[("hos", "1994-06-01", "1999-06-01")])
P("Francisco Flores", ["فرانسيسكو فلوريس"], offices=[("hos", "1999-06-01", "2004-06-01")])
P("Antonio Saca", ["أنطونيو ساكا", "أنطونيو سقا", "إلياس أنطونيو ساكا"], aliases=["Elías Antonio Saca", "Tony Saca"],
  offices=[("hos", "2004-06-01", "2009-06-01")])
P("Mauricio Funes", ["ماوريسيو فونيس", "موريسيو فونيس"], short=["فونيس"], offices=[("hos", "2009-06-01", "2014-06-01")])
P("Salvador Sanchez Ceren", ["سلفادور سانشيز سيرين", "سلفادور سانشيث ثيرين"], aliases=["Salvador Sánchez Cerén"],
  offices=[("hos", "2014-06-01", "2019-06-01")])
P("Nayib Bukele", ["نجيب بوكيلة", "نجيب بوكيلي", "نايب بوكيلي", "ناييب بوكيلة"], short=["بوكيلة", "بوكيلي"], aliases=["Bukele"],
  offices=[("hos", "2019-06-01", None, "second term from 2024-06-01; on leave 2023-12-01 to 2024-05-31 to run for re-election")])

c = Country("NI", hos="President of Nicaragua", vp=("Vice President of Nicaragua", "oth"))
P = c.P
P("Daniel Ortega", ["دانيال أورتيغا", "دانييل أورتيغا", "دانيال أورتيجا"], short=["أورتيغا", "أورتيجا"], aliases=["Ortega"],
  offices=[("hos", "2007-01-10", None, "co-president with Rosario Murillo from 2025-02"), ("hos", "1985-01-10", "1990-04-25")])
P("Violeta Chamorro", ["فيوليتا تشامورو", "فيوليتا باريوس دي تشامورو", "فيوليتا شامورو"], short=["تشامورو"],
  aliases=["Violeta Barrios de Chamorro"], offices=[("hos", "1990-04-25", "1997-01-10")])
P("Arnoldo Aleman", ["أرنولدو أليمان"], aliases=["Arnoldo Alemán"], offices=[("hos", "1997-01-10", "2002-01-10")])
P("Enrique Bolanos", ["إنريكي بولانيوس", "إنريكي بولانوس"], short=["بولانيوس"], aliases=["Enrique Bolaños"],
  offices=[("hos", "2002-01-10", "2007-01-10")])
P("Rosario Murillo", ["روساريو موريو", "روساريو موريلو", "روزاريو موريلو"], short=["موريو"],
  offices=[("hos", "2025-02", None, "co-president under the 2025 constitutional reform"), ("vp", "2017-01-10", "2025-02")])

c = Country("CR", hos="President of Costa Rica")
P = c.P
P("Oscar Arias", ["أوسكار أرياس", "أوسكار أرياس سانشيز"], short=["أرياس"], aliases=["Óscar Arias"],
  offices=[("hos", "1986-05-08", "1990-05-08"), ("hos", "2006-05-08", "2010-05-08")])
P("Rafael Angel Calderon", ["رافائيل أنخيل كالديرون"], aliases=["Rafael Ángel Calderón Fournier"], offices=[("hos", "1990-05-08", "1994-05-08")])
P("Jose Maria Figueres", ["خوسيه ماريا فيغيريس", "خوسيه ماريا فيجيريس"], short=["فيغيريس"], aliases=["José María Figueres"],
  offices=[("hos", "1994-05-08", "1998-05-08")])
P("Miguel Angel Rodriguez", ["ميغيل أنخيل رودريغيز"], aliases=["Miguel Ángel Rodríguez"], offices=[("hos", "1998-05-08", "2002-05-08")])
P("Abel Pacheco", ["أبيل باتشيكو"], offices=[("hos", "2002-05-08", "2006-05-08")])
P("Laura Chinchilla", ["لاورا تشينشيا", "لورا تشينشيلا", "لاورا تشينتشيا"], short=["تشينشيا", "تشينشيلا"], offices=[("hos", "2010-05-08", "2014-05-08")])
P("Luis Guillermo Solis", ["لويس غييرمو سوليس", "لويس جييرمو سوليس"], aliases=["Luis Guillermo Solís"], offices=[("hos", "2014-05-08", "2018-05-08")])
P("Carlos Alvarado Quesada", ["كارلوس ألفارادو", "كارلوس ألفارادو كيسادا"], aliases=["Carlos Alvarado"], offices=[("hos", "2018-05-08", "2022-05-08")])
P("Rodrigo Chaves", ["رودريغو تشافيس", "رودريغو تشافيس روبليس"], aliases=["Rodrigo Chaves Robles"], offices=[("hos", "2022-05-08", None)])

c = Country("PA", hos="President of Panama")
P = c.P
P("Guillermo Endara", ["غييرمو إندارا", "جييرمو إندارا"], short=["إندارا"], offices=[("hos", "1989-12-20", "1994-09-01")])
P("Ernesto Perez Balladares", ["إرنستو بيريز بالاداريس"], short=["بالاداريس"], aliases=["Ernesto Pérez Balladares"],
  offices=[("hos", "1994-09-01", "1999-09-01")])
P("Mireya Moscoso", ["ميريا موسكوسو", "ميرييا موسكوسو"], short=["موسكوسو"], offices=[("hos", "1999-09-01", "2004-09-01")])
P("Martin Torrijos", ["مارتن توريخوس", "مارتين توريخوس"], short=["توريخوس"], aliases=["Martín Torrijos"], offices=[("hos", "2004-09-01", "2009-07-01")])
P("Ricardo Martinelli", ["ريكاردو مارتينيلي"], short=["مارتينيلي"], offices=[("hos", "2009-07-01", "2014-07-01")])
P("Juan Carlos Varela", ["خوان كارلوس فاريلا"], short=["فاريلا"], offices=[("hos", "2014-07-01", "2019-07-01")])
P("Laurentino Cortizo", ["لورنتينو كورتيزو", "لاورنتينو كورتيسو"], short=["كورتيزو"], offices=[("hos", "2019-07-01", "2024-07-01")])
P("Jose Raul Mulino", ["خوسيه راؤول مولينو", "خوسيه راؤل مولينو"], short=["مولينو"], aliases=["José Raúl Mulino"],
  offices=[("hos", "2024-07-01", None)])

c = Country("BZ", hog="Prime Minister of Belize")
P = c.P
P("Manuel Esquivel", ["مانويل إسكيفيل"], short=["إسكيفيل"], offices=[("hog", "1984-12-14", "1989-09-07"), ("hog", "1993-07-03", "1998-08-28")])
P("George Price", ["جورج برايس"], offices=[("hog", "1989-09-07", "1993-07-03")])
P("Said Musa", ["سعيد موسى"], offices=[("hog", "1998-08-28", "2008-02-08")])
P("Dean Barrow", ["دين بارو"], offices=[("hog", "2008-02-08", "2020-11-12")])
P("Johnny Briceno", ["جوني بريسينيو", "جوني بريسينو"], short=["بريسينيو"], aliases=["Johnny Briceño"], offices=[("hog", "2020-11-12", None)])
