from lib import Country, X
# Commonwealth realms of the region: the monarch's office for each state
REALMS = [("New Zealand", "NZ"), ("Jamaica", "JM"), ("the Bahamas", "BS"), ("Belize", "BZ"),
          ("Antigua and Barbuda", "AG"), ("Grenada", "GD"), ("Saint Kitts and Nevis", "KN"),
          ("Saint Lucia", "LC"), ("Saint Vincent and the Grenadines", "VC"), ("Papua New Guinea", "PG"),
          ("Solomon Islands", "SB"), ("Tuvalu", "TV")]
g = Country("GB")
g.P("Elizabeth II", [], key="person:elizabeth-ii",
    offices=[X(f"Queen of {n}", "hos", "1952-02-06" if cc in ("NZ",) else
               {"JM": "1962-08-06", "BS": "1973-07-10", "BZ": "1981-09-21", "AG": "1981-11-01", "GD": "1974-02-07",
                "KN": "1983-09-19", "LC": "1979-02-22", "VC": "1979-10-27", "PG": "1975-09-16", "SB": "1978-07-07",
                "TV": "1978-10-01"}[cc], "2022-09-08", cc) for n, cc in REALMS]
    + [X("Queen of Barbados", "hos", "1966-11-30", "2021-11-30", "BB")])
g.P("Charles III", [], key="person:charles-iii",
    offices=[X(f"King of {n}", "hos", "2022-09-08", None, cc) for n, cc in REALMS])

c = Country("CA", hog="Prime Minister of Canada", fm="Minister of Foreign Affairs of Canada",
            dpm=("Deputy Prime Minister of Canada", "oth"))
P = c.P
P("Brian Mulroney", ["بريان مولروني", "براين مولروني"], short=["مولروني"], aliases=["Mulroney"],
  offices=[("hog", "1984-09-17", "1993-06-25")])
P("Kim Campbell", ["كيم كامبل", "كيم كامبيل"], offices=[("hog", "1993-06-25", "1993-11-04")])
P("Jean Chretien", ["جان كريتيان", "جان كرتيان"], short=["كريتيان"], aliases=["Jean Chrétien", "Chrétien"],
  offices=[("hog", "1993-11-04", "2003-12-12")])
P("Paul Martin", ["بول مارتن"], offices=[("hog", "2003-12-12", "2006-02-06")])
P("Joe Clark", ["جو كلارك"], offices=[("fm", "1984-09-17", "1991-04-21", "Secretary of State for External Affairs")])
P("Barbara McDougall", ["باربرا ماكدوغال", "باربارا ماكدوجال"], short=["ماكدوغال"],
  offices=[("fm", "1991-04-21", "1993-06-25", "Secretary of State for External Affairs")])
P("Perrin Beatty", ["بيرين بيتي"], offices=[("fm", "1993-06-25", "1993-11-04", "Secretary of State for External Affairs")])
P("Andre Ouellet", ["أندريه أوليه", "أندريه أويليه"], aliases=["André Ouellet"], offices=[("fm", "1993-11-04", "1996-01-25")])
P("Lloyd Axworthy", ["لويد أكسورثي", "لويد أكسوورثي"], short=["أكسورثي"], aliases=["Axworthy"],
  offices=[("fm", "1996-01-25", "2000-10-17")])
P("John Manley", ["جون مانلي"], offices=[("fm", "2000-10-17", "2002-01-15")])
P("Bill Graham", ["بيل غراهام", "بيل جراهام"], offices=[("fm", "2002-01-16", "2004-07-20")])
P("Pierre Pettigrew", ["بيير بيتيغرو", "بيير بيتيجرو"], short=["بيتيغرو"], offices=[("fm", "2004-07-20", "2006-02-06")])
P("Peter MacKay", ["بيتر ماكاي", "بيتر ماكي"], aliases=["MacKay"],
  offices=[("fm", "2006-02-06", "2007-08-14"), ("Minister of National Defence of Canada", "min", "2007-08-14", "2013-07-15")])
P("Maxime Bernier", ["ماكسيم برنييه", "ماكسيم بيرنييه"], short=["برنييه"], offices=[("fm", "2007-08-14", "2008-05-26")])
P("David Emerson", ["ديفيد إيمرسون"], offices=[("fm", "2008-05-29", "2008-10-30")])
P("Lawrence Cannon", ["لورنس كانون", "لورانس كانون"], offices=[("fm", "2008-10-30", "2011-05-18")])
P("John Baird", ["جون بيرد"], offices=[("fm", "2011-05-18", "2015-02-03")])
P("Rob Nicholson", ["روب نيكلسون", "روب نيكولسون"], offices=[("fm", "2015-02-09", "2015-11-04")])
P("Stephane Dion", ["ستيفان ديون"], aliases=["Stéphane Dion"], offices=[("fm", "2015-11-04", "2017-01-10")])
P("Chrystia Freeland", ["كريستيا فريلاند"], short=["فريلاند"], aliases=["Freeland"],
  offices=[("fm", "2017-01-10", "2019-11-20"), ("dpm", "2019-11-20", "2024-12-16")])
P("Francois-Philippe Champagne", ["فرانسوا فيليب شامبين", "فرانسوا فيليب شامباني"], aliases=["François-Philippe Champagne"],
  offices=[("fm", "2019-11-20", "2021-01-12")])
P("Marc Garneau", ["مارك غارنو", "مارك جارنو"], short=["غارنو"], offices=[("fm", "2021-01-12", "2021-10-26")])
P("Melanie Joly", ["ميلاني جولي"], aliases=["Mélanie Joly", "Joly"],
  offices=[("fm", "2021-10-26", "2025-05-13")])
P("Anita Anand", ["أنيتا أناند"], aliases=["Anand"],
  offices=[("fm", "2025-05-13", None), ("Minister of National Defence of Canada", "min", "2021-10-26", "2023-07-26")])
