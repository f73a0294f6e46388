"""Provides the small closed word classes of Arabic news that the extractor reasons with.

These are grammar, not data: titles and honorifics that introduce a person,
the words that may stand between a title and the name (an office, a
nationality, a country), the particles and verbs at which a name stops, and
the nouns that make a following place name part of an organisation or a
building.  No library lists them for Arabic news, so they are written here,
each group with the reason it exists.  Everything is stored folded (see
:func:`reader.entities.normalize.fold`).
"""

from __future__ import annotations

from reader.entities.normalize import fold


def _fold_all(words: str) -> frozenset[str]:
    """The words of a block of text, folded."""
    return frozenset(fold(w) for w in _as_written(words))


def _as_written(words: str) -> frozenset[str]:
    """The words of a block of text, as written."""
    return frozenset(words.split())


#: Words that introduce a person's name ("الرئيس X", "الشيخ X", "وزيرة X").
#: The article is part of the word: "رئيس" without ال needs an office after it
#: ("رئيس الوزراء X", "رئيس قيرغيزستان X"), see OFFICE_WORDS.
TITLES = _fold_all(
    """
    الرئيس الرئيسة رئيس رئيسة رئيسا
    الملك الملكة العاهل ملك ملكة الأمير الأميرة أمير أميرة الأمير الشيخ الشيخة سمو صاحب
    السلطان سلطان الإمبراطور الامبراطور البابا الإمام المرشد آية حجة
    المستشار المستشارة مستشار مستشارة
    الوزير الوزيرة وزير وزيرة نائب نائبة ولي
    السيد السيدة السادة الآنسة مدام المسيو
    الزعيم الزعيمة زعيم القائد قائد
    الجنرال الفريق اللواء العميد العقيد المشير المقدم الرائد النقيب الأدميرال الأميرال
    الملازم الرقيب العريف الخوي
    الدكتور الدكتورة د البروفيسور البروفسور الأستاذ الأستاذة المهندس المحامي القاضي
    السفير السفيرة سفير المبعوث المبعوثة مبعوث المندوب المندوبة مندوب
    الأمين الأمينة أمين المتحدث المتحدثة متحدث الناطق الناطقة ناطق
    المدير المديرة مدير مديرة الحاكم حاكم المحافظ محافظ
    السناتور السيناتور النائب النائبة العضو عضو
    المفوض المفوضة مفوض المنسق المنسقة
    المدرب اللاعب اللاعبة النجم النجمة الفنان الفنانة المغني المغنية الممثل الممثلة
    مدرب لاعب لاعبة الحارس حارس المهاجم مهاجم المدافع مدافع الظهير القائد عميد العميد
    الكاتب الكاتبة الروائي الشاعر الصحفي الصحفية المخرج المخرجة الباحث الباحثة الخبير الخبيرة
    الحاخام الكاردينال المطران الأسقف الشيخ الداعية المفتي
    المحلل المحللة الإعلامي الإعلامية الناشط الناشطة الأكاديمي الأكاديمية المغرد المغردة
    المسعف المسعفة الطبيب الطبيبة الممرض الممرضة الشهيد الشهيدة الأسير الأسيرة الطفل الطفلة
    الشاب الشابة الفتاة المواطن المواطنة الطالب الطالبة
    """
)

#: Titles after which a bare name is expected at once (no office needed).
NAME_TITLES = _fold_all(
    """
    الرئيس الرئيسة الملك الملكة العاهل الأمير الأميرة الشيخ الشيخة سمو السلطان الإمبراطور
    الامبراطور البابا الإمام المرشد المستشار المستشارة السيد السيدة الآنسة الزعيم الزعيمة
    الجنرال الفريق اللواء العميد العقيد المشير الأدميرال الملازم الرقيب العريف الخوي
    الدكتور الدكتورة د البروفيسور
    البروفسور الأستاذ الأستاذة المهندس المحامي القاضي السفير السفيرة المبعوث المبعوثة
    السناتور السيناتور النائب النائبة المدرب اللاعب اللاعبة النجم النجمة الفنان الفنانة
    المغني المغنية الممثل الممثلة الكاتب الكاتبة الروائي الشاعر الصحفي الصحفية المخرج
    المخرجة الحاخام الكاردينال المطران الأسقف الداعية المفتي الوزير الوزيرة
    الحارس المهاجم المدافع الظهير
    المسعف المسعفة الطبيب الطبيبة الممرض الممرضة الشهيد الشهيدة الأسير الأسيرة الطفل الطفلة
    الشاب الشابة الفتاة المواطن المواطنة الطالب الطالبة
    """
)

#: Titles after which a leader's given name alone names the leader ("الملك سلمان",
#: "الأمير نايف"); after others a given name is anyone's ("الدكتور عبدالله البرقان").
ROYAL_TITLES = _fold_all("الملك الملكة العاهل السلطان الأمير الأميرة الرئيس الإمام البابا")

#: Titles that are also common nouns ("الفريق" the team, "العميد" the dean, "النجم" the
#: star): after them a single word is no name ("الفريق جاهز"); two are.
NOUN_TITLES = _fold_all("الفريق العميد القائد النجم النجمة الحارس المدافع المهاجم النائب")

#: Titles that name a trade, not an office: a nationality after them does not
#: make the person an office-holder of that country (what a country search finds).
NON_OFFICE_TITLES = _fold_all(
    """
    المدرب اللاعب اللاعبة النجم النجمة الفنان الفنانة المغني المغنية الممثل الممثلة
    مدرب لاعب لاعبة الحارس حارس المهاجم مهاجم المدافع مدافع الظهير
    الكاتب الكاتبة الروائي الشاعر الصحفي الصحفية المخرج المخرجة الباحث الباحثة الخبير الخبيرة
    الدكتور الدكتورة د البروفيسور البروفسور الأستاذ الأستاذة المهندس المحامي السيد السيدة
    السادة الآنسة مدام المسيو
    المحلل المحللة الإعلامي الإعلامية الناشط الناشطة الأكاديمي الأكاديمية المغرد المغردة
    المسعف المسعفة الطبيب الطبيبة الممرض الممرضة الشهيد الشهيدة الأسير الأسيرة الطفل الطفلة
    الشاب الشابة الفتاة المواطن المواطنة الطالب الطالبة
    """
)

#: Titles after which a single definite word is still a name ("الرئيس السيسي");
#: after others it is an adjective ("الصحفي الصباحي", "اللاعب الدولي").
STRONG_TITLES = _fold_all(
    """
    الرئيس الرئيسة الملك الملكة العاهل الأمير الأميرة الشيخ الشيخة السيد السيدة الزعيم
    الزعيمة المستشار المستشارة السلطان سمو الإمام المرشد الجنرال المشير
    """
)

#: Words that may stand between a title and the name: the office or its parts
#: ("رئيس الوزراء", "وزير الخارجية", "ولي العهد", "الأمين العام"), or a
#: qualifier ("السابق", "المنتخب", "المضيف").
OFFICE_WORDS = _fold_all(
    """
    الوزراء الحكومة الجمهورية الدولة الدول الولاية الإقليم المجلس مجلس المفوضية البرلمان
    النواب الشيوخ الشورى الأمة الاتحاد المنظمة الجامعة البنك الصندوق الوكالة الهيئة اللجنة
    المحكمة الحزب الجبهة الحركة التحالف الائتلاف الأركان الجيش القوات الشرطة الأمن المخابرات
    العهد العام العامة الأعلى الأول الأولى الثاني الثانية التنفيذي التنفيذية
    الخارجية الداخلية الدفاع المالية الاقتصاد الطاقة النفط التجارة الصناعة الزراعة الصحة
    التعليم التربية العدل الإعلام الثقافة السياحة النقل الاتصالات العمل الإسكان البيئة المياه
    الشؤون شؤون الدولة والتعاون والمغتربين الدولي الدولية الاستثمار التخطيط الرياضة الشباب
    السابق السابقة الأسبق الحالي الحالية الجديد الجديدة المنتخب المنتخبة المؤقت المؤقتة
    المضيف المكلف المكلفة المنتهية ولايته بالوكالة بالإنابة الفخري
    باسم لشؤون للشؤون المتحدة الأمم الأوروبية الأفريقي الأفريقية العربية الإسلامية
    العسكري الأمريكي للأمم المفوضية الأوروبي الشمال الأطلسي الناتو الخليجي
    المركزي الوطني الوطنية الشعبي الشعبية الإسلامي الديمقراطي الاشتراكي الجمهوري المحافظ
    سمو السمو الشيخ الأمير الملك السيد الدكتور معالي فخامة جلالة سعادة دولة
    الوزيرة الوزير رئيس رئيسة نائب أمير ولي وزراء وزير دولة حكومة الوزارة وزارة
    بلدية مجلس هيئة لجنة جامعة حزب حركة شركة بنك مصرف صندوق وكالة منظمة اتحاد جمعية نقابة
    مكتب دائرة مديرية محكمة جهاز ديوان مؤسسة مركز معهد بعثة أمناء تصريف الأعمال الوسط
    باسم أول ركن بحري طيار جوي
    """
)

#: Particles, prepositions, pronouns, demonstratives and other function words:
#: a name never contains one, so a name stops before it.
STOP_WORDS = _fold_all(
    """
    في من على إلى الى عن مع بين منذ حتى خلال بعد قبل عند لدى نحو ضد دون حول عبر تحت فوق أمام
    إن أن ان إنه أنه انه إنها أنها لأن لان كي لكي ما ماذا لم لن لا لا ليس ليست قد لقد سوف
    هو هي هم هن هما نحن أنا أنت انت هذا هذه ذلك تلك هؤلاء أولئك الذي التي الذين اللذين اللتين
    اللواتي كان كانت يكون تكون كانوا أصبح أصبحت ظل ظلت كما حيث إذ إذا اذا لو لولا لكن بل أو
    أم ثم كل بعض غير سوى أي أيضا أيضًا فقط جدا كذلك هنا هناك الآن اليوم أمس غدا يوم عام
    جميع الجميع بكل لكل
    و ف ب ل ك يا أما إما وإن وأن فإن بأن لأنه لها له لهم عليه عليها فيه فيها منه منها به بها
    والذي والتي وهو وهي وقد ولا ولم وكان وكانت وفي ومن وعلى وإلى وعن ومع
    كيف لماذا متى هل
    """
)

#: The same words as written (hamza and ى kept), to tell على from the name علي.
STOP_RAW = _as_written(
    """
    في من على إلى الى عن مع بين منذ حتى خلال بعد قبل عند لدى نحو ضد دون حول عبر تحت فوق أمام
    """
)

#: Folded prepositions of STOP_RAW written with أ: the same letters written
#: with إ or آ are another word, usually a name ("إمام" is not "أمام").
STOP_HAMZA_FOLDED = frozenset(fold(w) for w in STOP_RAW if w[:1] == "أ")

#: Common reporting and action verbs of news.  A name never continues into
#: one ("قال الرئيس بوتين أكد" has no person "بوتين أكد").
VERBS = _fold_all(
    """
    قال قالت يقول تقول أكد أكدت يؤكد تؤكد أعلن أعلنت يعلن تعلن أضاف أضافت يضيف أشار أشارت يشير
    أوضح أوضحت يوضح أفاد أفادت صرح صرحت دعا دعت يدعو تدعو طالب طالبت يطالب رحب رحبت يرحب
    استقبل استقبلت يستقبل بحث بحثت يبحث تبحث التقى التقت يلتقي اجتمع اجتمعت يجتمع زار زارت يزور
    وصل وصلت يصل غادر غادرت توجه توجهت شارك شاركت يشارك ترأس ترأست يترأس افتتح افتتحت
    أجرى أجرت يجري تلقى تلقت وقع وقعت يوقع شهد شهدت يشهد ناقش ناقشت يناقش عقد عقدت يعقد
    أعرب أعربت يعرب أبدى أبدت وجه وجهت بعث بعثت أرسل أرسلت هنأ هنأت أدان أدانت ندد نددت
    اعتبر اعتبرت يعتبر رأى رأت يرى وصف وصفت يصف كتب كتبت نشر نشرت أصدر أصدرت قرر قررت
    أمر أمرت حذر حذرت يحذر نفى نفت ينفي اتهم اتهمت يتهم تعهد تعهدت يتعهد سلم سلمت تسلم
    فاز فازت يفوز خسر خسرت انتخب انتخبت عين عينت أقال استقال استقالت توفي توفيت قتل قتلت
    يبحثان بحثا التقيا اتفق اتفقا يعتزم تعتزم سيلقي سيزور سيعقد ستعقد أجريا عقدا
    """
)

#: Nouns after which a place name belongs to an organisation, a building, a
#: geographic feature or a tournament, not to the place itself (gold policy:
#: "جامعة القاهرة", "قصر السلام", "نهر النيجر" are not places; "كأس أمم آسيا").
ORG_HEADS = _fold_all(
    """
    جامعة الجامعة بنك البنك مصرف المصرف شركة الشركة نادي النادي مطار المطار قصر القصر ميناء
    الميناء صحيفة الصحيفة جريدة قناة القناة إذاعة مجموعة المجموعة رابطة الرابطة منظمة المنظمة
    اتحاد الاتحاد وكالة الوكالة مؤسسة المؤسسة معهد المعهد مستشفى المستشفى فندق الفندق ملعب
    الملعب استاد ستاد نهر النهر جبل الجبل جبال بحيرة البحيرة سد السد مسجد المسجد كنيسة الكنيسة
    ساحة الساحة شارع الشارع حي مخيم المخيم متحف المتحف سجن السجن قاعدة القاعدة محطة المحطة
    مركز المركز بورصة البورصة اتفاق اتفاقية الاتفاقية إعلان معاهدة مؤتمر منتدى قمة بعثة
    مجلس جيش الجيش حزب الحزب حركة الحركة جبهة الجبهة تحالف ائتلاف برنامج مبادرة مشروع
    فيلق الفيلق كتائب سرايا مهرجان المهرجان أمم
    """
)

#: Places, institutions, companies, prizes and events named after people: a name
#: after one of these is part of that thing's name, not a mention of the person
#: ("استاد محمد بن زايد", "جامعة الملك سعود", "مجموعة عبدالمحسن الحكير", "كأس الأمير
#: فيصل بن فهد", "برنامج خادم الحرمين الشريفين للابتعاث").
FACILITY_HEADS = _fold_all(
    """
    استاد ستاد ملعب مطار شارع جادة طريق جامعة مستشفى معرض جائزة مسجد جامع مدرسة قاعة حديقة
    ميدان ساحة جسر مؤسسة مركز قصر سد ميناء مرفأ مهرجان مكتبة متحف نفق حي مدينة كأس بطولة
    بلدة قرية مخيم
    شركة مجموعة مجمع كلية معهد أكاديمية مدارس مستشفيات دوري مسابقة برنامج مشروع مبادرة منحة
    وقف صندوق جمعية هيئة دارة صالة منتدى كرسي وسام قلادة درع ميدالية قاعدة مدينة ضاحية
    متنزه منتزه كورنيش مستوصف مشفى مختبر مصنع محطة واحة باب بوابة
    كتائب سرايا لجنة
    """
)

#: Nouns that a work's title follows ("فيلم بنات ألفة", "رواية موسم الهجرة"):
#: the words after them name the work, not a person.
WORK_HEADS = _fold_all(
    """
    فيلم الفيلم رواية الرواية كتاب الكتاب أغنية الأغنية مسلسل المسلسل مسرحية المسرحية ألبوم
    الألبوم ديوان قصيدة برنامج البرنامج لوحة صحيفة مجلة المجلة قناة موقع تطبيق منصة علامة
    """
)

#: Nouns after which an ambiguous name is the city ("العاصمة عمان" = Amman).
CITY_HEADS = _fold_all("العاصمة عاصمة مدينة المدينة بلدة البلدة قرية")

#: Nouns after which an ambiguous name is the country ("سلطنة عمان" = Oman).
COUNTRY_HEADS = _fold_all("دولة الدولة سلطنة مملكة المملكة جمهورية الجمهورية إمارة بلاد")

#: Particles that belong inside names ("محمد بن سلمان", "عبد الله", "أبو مازن", "آل نهيان").
NAME_PARTICLES = _fold_all(
    "بن ابن بنت آل أبو أبي أبا أم عبد عبدال دا دي دو دوس فان فون دير لا لي دل ديل")

#: Particles that cannot end a name (they need a following name word).
OPEN_PARTICLES = _fold_all("بن ابن بنت آل أبو أبي أبا عبد فان فون دير دا دي دو ديل دل")

#: English titles for English articles (lower-cased): a head word names the
#: office; modifiers may come before it ("Prime Minister", "Crown Prince").
EN_TITLE_HEADS = _as_written(
    """
    president chancellor king queen prince princess sheikh emir sultan mr mrs ms dr senator
    governor ambassador pope ayatollah premier minister secretary-general envoy emperor
    """
)
EN_TITLE_MODIFIERS = _as_written(
    """
    prime foreign crown vice deputy defence defense finance interior former acting
    """
)
EN_TITLES = EN_TITLE_HEADS | EN_TITLE_MODIFIERS

#: Nouns after which a name is a region or province ("منطقة عسير", "محافظة الخرج",
#: "منطقتي الشرقية والرياض"), with their duals and plurals.
REGION_HEADS = _fold_all(
    """
    منطقة المنطقة منطقتي مناطق محافظة المحافظة محافظتي محافظات إمارة ولاية مديرية
    إقليم لواء قضاء ناحية مقاطعة
    """
)

#: Words after which a name that is also an ordinary word is read as a place:
#: a head noun that is no other word (city, governorate, village; not ولاية "term",
#: قضاء "judiciary", لواء "brigade", مركز "centre"), one and two of them but not
#: many ("مدن الجنوب" is any southern city), and a place's municipality, police
#: or governor ("محافظ الكامل", "بلدية الخبر").
PLACE_CONTEXT = _fold_all(
    """
    مدينة المدينة مدينتي بلدة البلدة بلدتي قرية القرية قريتي محافظة المحافظة محافظتي
    منطقة المنطقة منطقتي مديرية إقليم ناحية مقاطعة العاصمة عاصمة
    بلدية أمانة محافظ شرطة
    """
)

#: The people of a place ("أهالي الخرج"): a less common word after them is the place
#: (tier 2), a very common one not ("سكان الحي" are a neighbourhood's).
PLACE_PEOPLE = _fold_all("أهالي أهل سكان")

#: Directions from a place ("شرق الخبر"): they say a less common word is a place
#: (tier 2) but not a very common one ("شمال البلاد" is the country's north).
PLACE_DIRECTIONS = _fold_all(
    "شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي أطراف ضواحي قرب")

#: Prepositions of place: after one a name that is a less common word (tier 2 of
#: place_words.json) is read as the place ("في الخرج", "إلى العلا").  Not من: it
#: also makes a material or a part ("قفازات من حرير", "جزء من").
LOCATIVE_PREPOSITIONS = _fold_all("في إلى الى نحو داخل خارج قرب")

#: Adjectives that qualify a place without making its name an ordinary noun
#: ("القدس الشرقية", "الموصل القديمة", "القاهرة الكبرى").
PLACE_ADJECTIVES = _fold_all(
    """
    الشرقية الغربية الشمالية الجنوبية الشرقي الغربي الشمالي الجنوبي الوسطى الأوسط
    القديمة القديم الجديدة الجديد الكبرى الكبير الصغرى الصغير العاصمة
    """
)

#: Words of football clubs' names written beside a city's: "ريال مدريد",
#: "مانشستر يونايتد", "بايرن ميونيخ", "بوروسيا دورتموند": the city there is
#: part of the club's name, not a mention of the city.
CLUB_WORDS_BEFORE = _fold_all(
    """
    ريال أتلتيكو اتلتيكو إنتر انتر بايرن بوروسيا أولمبيك أولمبياكوس سبورتينغ سبورتنغ
    ديبورتيفو راسينغ هيرتا فيردر يونيون دينامو سبارتاك لوكوموتيف رابيد ستاندرد باير
    سلافيا شاختار زينيت
    """
)
CLUB_WORDS_AFTER = _fold_all("يونايتد يونايتيد سيتي هوتسبير ألبيون وندررز روفرز سان")

#: Words of sports copy: with several of them in an article, a city named like a
#: club (برشلونة, ليفربول: place_words.json) is the club.
SPORTS_WORDS = _fold_all(
    """
    مباراة المباراة مباريات الدوري دوري لاعب اللاعب لاعبي اللاعبين المدرب مدرب هدف
    أهداف الأهداف الفريق فريق النادي نادي بطولة البطولة كأس الملعب ملعب المنتخب
    الموسم التعاقد صفقة انتقال المهاجم مهاجم المدافع حارس الحارس الجولة التشكيلة
    """
)

#: Definite nouns that name a state by its form, standing for a kingdom or
#: sultanate the article names ("المملكة" in Saudi copy is Saudi Arabia).
STATE_ANAPHORS = _fold_all("المملكة السلطنة")

#: Days and months: never a place, though GeoNames names towns after market days
#: (خميس مليانة is Khemis Miliana; الخميس alone is Thursday).
TIME_WORDS = _fold_all(
    """
    السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة
    يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
    كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين
    محرم صفر ربيع جمادى رجب شعبان رمضان شوال ذو
    """
)

#: Demonstratives (folded).  Before a title word they make it a plain noun ("هذه
#: السيدة"); after a word that may be a name or a noun, the noun ("نجاح هذه").
DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هولاء", "اوليك", "هاتين", "هذين"})
