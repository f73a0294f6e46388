"""People rules read from the words around a name: demonstratives, months, verbs and
prepositions that make a name-like word an ordinary one, and family names after a
given name written in two words (from a sample of 30 SaudiNewsNet articles)."""

from __future__ import annotations

import pytest

from reader.entities import extract
from reader.entities.evidence import SHOWN

DATE = "2015-08-01"


def shown(text: str) -> list[str]:
    return [p.name for p in extract("", text, None, DATE).people if p.confidence >= SHOWN]


@pytest.mark.parametrize("text", [
    "والفرق الأكبر أن داعش سعيد بإرهابه وعلى العلن.",  # happy with its terror
    "وكان الموظف سعيد براتبه الجديد.",
    "إن الكلفة عالية لمقاتليه في الجبهة.",
])
def test_an_ambiguous_given_name_before_a_preposition_on_a_word_is_no_person(text: str) -> None:
    assert shown(text) == []


def test_a_demonstrative_makes_a_title_word_a_noun() -> None:
    assert shown("ومن بادرة فردية قامت هذه السيدة وتبعتها سيدات أخريات في الحي.") == []
    assert shown("وقالت السيدة نورة العتيبي إن الحي جميل.") == ["نورة العتيبي"]


def test_a_verb_after_a_title_is_no_name() -> None:
    assert shown("طائرة سعودية تقل نائب الرئيس اليمني تهبط بمطار عدن") == []
    # a name in ن after a strong title still is one
    assert shown("ليشرع بعدها السيد نصيف على اللعب في المربعات.") == ["نصيف"]


@pytest.mark.parametrize("text", [
    "إن الإنفاق خلال شهر رمضان توازي موازنات دول عربية.",
    "بعد شهر رمضان المنصرم عادت الأسواق إلى هدوئها.",
])
def test_the_name_after_month_is_the_month(text: str) -> None:
    assert shown(text) == []


def test_a_word_that_may_be_a_name_before_a_demonstrative_is_the_noun() -> None:
    assert shown("من جانبه، أرجع نائب المشرف نجاح هذه الاحتفالية إلى تعاون الأهالي.") == []


@pytest.mark.parametrize(("text", "name"), [
    ("وألقي القبض على المدعو عبد الكريم الخلف وشقيقه.", "عبد الكريم الخلف"),
    ("بإشراف كل من عبد الرحمن العبيد ومحمد الشراري.", "عبد الرحمن العبيد"),
    ("وقال عبد الرحمن البر إن الجماعة باقية.", "عبد الرحمن البر"),
])
def test_a_given_name_in_two_words_keeps_its_family_name_with_the_article(
    text: str, name: str
) -> None:
    assert name in shown(text)


def test_after_a_given_name_in_two_words_an_ordinary_word_without_the_article_ends_it() -> None:
    assert "عبد الناصر أمره" not in shown("وقد حسم عبد الناصر أمره بالرحيل.")


@pytest.mark.parametrize("text", [
    "إن سياسة حسن الجوار هي الأساس.",  # good neighbourliness
    "ولم يرفض أي منهم نجاح التفاوض مع المدرب.",
    "وتحدثت كريمة المرحوم عن والدها.",  # the late man's daughter
    "وقدموا كرم الضيافة للزوار.",
])
def test_an_ambiguous_given_name_before_a_definite_ordinary_word_is_no_person(text: str) -> None:
    assert shown(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("وقال صالح العمري إن الموسم طويل.", "صالح العمري"),
    ("وأوضح حسن الشهري أن الحادث وقع فجرا.", "حسن الشهري"),
])
def test_a_family_nisba_that_is_also_a_frequent_word_follows_an_ambiguous_given_name(
    text: str, name: str
) -> None:
    assert shown(text) == [name]


@pytest.mark.parametrize("text", [
    "وخلق جو صحي بين الموظفين.",
    "ووصف ذلك بأنه انتصار تاريخي للبلاد.",
    "أشار إلى أن الموقع يزعج رضا مستخدمي الشبكة.",
    "وتسأل عن الله أن يكرم نزله ويكون رفيق دربه في الجنة.",
])
def test_an_ambiguous_given_name_before_an_adjective_or_a_noun_with_his_is_no_person(
    text: str,
) -> None:
    assert shown(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("تدريب المدرب جورج ايفانوف ومساعده الوطني خالد حمدان وعمد المدرب إلى التمارين.",
     "خالد حمدان"),
    ("الجدير ذكره أن اللاعب فتفاتزيديس سيلتحق غدا الأحد بمعسكر الفريق.", None),
    ("وقال اللاعب لويس كارول إن الفريق جاهز.", "لويس كارول"),
])
def test_a_name_stops_at_and_on_a_short_verb_and_at_any_future_verb(
    text: str, name: str | None
) -> None:
    names = shown(text)
    assert not any("وعمد" in n or "سيلتحق" in n for n in names)
    if name is not None:
        assert name in names


@pytest.mark.parametrize("text", [
    "تطبيق توصيات لجنة ليفي من دون أن تكون ملزمة.",
    "نشرت كتائب عز الدين القسام، الذراع العسكري للحركة، بيانا.",
])
def test_a_name_after_committee_or_brigades_names_the_body_not_the_person(text: str) -> None:
    assert shown(text) == []


def test_names_set_off_by_spaced_dashes_are_names_each() -> None:
    text = "وشارك في التدريب: أحمد عكاش ـ عبدالرحمن الشمري ـ حسين شيعان - متعب شراحيلي."
    assert sorted(shown(text)) == sorted(
        ["أحمد عكاش", "عبدالرحمن الشمري", "حسين شيعان", "متعب شراحيلي"])


def test_a_name_is_shown_without_direction_marks_or_tatweel() -> None:
    text = ("بحسب الباحث الإيزيدي \u202bداود مراد الختاري\u202c. "
            "وقال الأمير عـارف بـــن غـازي الشمري.")
    names = shown(text)
    assert "داود مراد الختاري" in names
    assert all("\u202b" not in n and "\u202c" not in n and "ـ" not in n for n in names)


@pytest.mark.parametrize("text", [
    "استطاعت أن تبرز نجوماً ونجمات شباب خلال الموسم.",  # not Utoni Nujoma
    "حاول المتسلل الدخول سيراً على الأقدام.",  # not Eduardo Serra
    "وما يؤلم عمرو قد لا يؤلم بالضرورة زيداً.",  # not Yacouba Isaac Zida
])
def test_a_word_with_tanween_is_never_a_leaders_surname(text: str) -> None:
    assert [p.english for p in extract("", text, None, DATE).people if p.english] == []


@pytest.mark.parametrize(("text", "name"), [
    ("وتهنئة صاحب السمو الأمير الدكتور خالد بن فيصل بن تركي آل سعود وكيل الحرس.",
     "خالد بن فيصل بن تركي آل سعود"),  # فيصل is no ف + يصل
    ("وكان أفضل لاعب في الزمالك ومحمد كوفي أفضل لاعب.", "محمد كوفي"),
    ("وعبدالقادر كمال مدرب الفريق.", "عبدالقادر كمال"),  # كمال is no ك + مال
])
def test_a_given_name_that_starts_like_a_clitic_goes_on_in_a_name(text: str, name: str) -> None:
    assert name in shown(text)


@pytest.mark.parametrize(("text", "name"), [
    ("أكد سماحة المفتي الشيخ عبدالعزيز بن عبدالله آل الشيخ، في كلمته.",
     "عبدالعزيز بن عبدالله آل الشيخ"),
    ("ودشن المهندس عبداللطيف بن عبدالملك آل الشيخ حفل المعايدة السنوي.",
     "عبداللطيف بن عبدالملك آل الشيخ"),
    ("وقال سماحة الشيخ عبد العزيز آل الشيخ مفتي عام المملكة إن", "عبد العزيز آل الشيخ"),
])
def test_a_family_name_after_al_may_be_a_title_word(text: str, name: str) -> None:
    names = shown(text)
    assert name in names and not any("المعايدة" in n or "مفتي" in n for n in names)


@pytest.mark.parametrize(("text", "name"), [
    ("منح الحارس الكوستاريكي كيلور نافاس القميص رقم 1 في مؤشر.", "كيلور نافاس"),
    ("وسجل سيرجي روبرتو الهدف الثاني.", "سيرجي روبرتو"),
    ("والزميل د. محمد الشهري وكيل جامعة شقراء للدراسات.", "محمد الشهري"),
])
def test_a_name_ends_before_a_noun_after_a_foreign_surname_or_a_job(text: str, name: str) -> None:
    assert shown(text) == [name]


def test_an_arabic_given_name_the_detector_half_believes_foreign_keeps_its_family() -> None:
    assert "خالد بن إبراهيم المزيد" in shown("إنه الشيخ خالد بن إبراهيم المزيد يرحمه الله.")


@pytest.mark.parametrize(("text", "name"), [
    ("وقال الأمين العام للمنظمة إياد بن أمين مدني إن", "إياد بن أمين مدني"),
    ("وجه المدير العام للتعليم محمد بن عبدالله المرشد بذلك.", "محمد بن عبدالله المرشد"),
    ("استقبل الأمير فيصل بن سلطان بن عبدالعزيز المهنئين.", "فيصل بن سلطان بن عبدالعزيز"),
])
def test_after_son_of_a_title_word_is_a_fathers_or_familys_name(text: str, name: str) -> None:
    assert name in shown(text)


@pytest.mark.parametrize(("text", "name"), [
    ("وحضر مستشار وزير الداخلية الفريق متقاعد محمد العماني الحفل.", "محمد العماني"),
    ("خادم الحرمين يبحث مع وزير الدفاع الأمريكي مستجدات الأوضاع", None),
    ("وكتب ريتشارد ابن الكاتب الشهير مقالا.", None),
])
def test_a_participle_after_a_title_is_no_name(text: str, name: str | None) -> None:
    names = shown(text)
    assert not any(n.startswith(("متقاعد", "مستجدات")) or "ابن الكاتب" in n for n in names)
    if name is not None:
        assert name in names


@pytest.mark.parametrize("text", [
    "وكان الفريق كسب نظيره السويسري بثلاثة أهداف.",
    "وواصل الفريق تدريباته الصباحية استعدادا للموسم.",
    "حينما يستضيف على ملعبه الفريق المكسيكي تغريز أونال.",
])
def test_the_team_is_no_lieutenant_general(text: str) -> None:
    assert shown(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("وقال الفريق أول ركن عبدالرحمن البنيان إن", "عبدالرحمن البنيان"),
    ("وصرح الفريق سعيد القحطاني مدير الأمن العام.", "سعيد القحطاني"),
])
def test_a_lieutenant_general_is_still_read(text: str, name: str) -> None:
    assert name in shown(text)


@pytest.mark.parametrize(("text", "name"), [
    ("وقاد المدرب البرتغالي جوزيه قوميز فترتين تدريبيتين في اليوم.", "جوزيه قوميز"),  # dual in ة
    ("ورشح مدرب الريال المقال كارلو انشيلوتي لخلافته في حال فشله.", "كارلو انشيلوتي"),
    ("وحضر رونالد لويس كبير المساعدين العسكريين الاجتماع.", "رونالد لويس"),  # chief of
])
def test_a_name_ends_before_a_nouns_inflected_form(text: str, name: str) -> None:
    assert shown(text) == [name]


@pytest.mark.parametrize("text", [
    "وخاض اللاعب اول مباراتين ضد البيرو وفنزويلا.",  # the dual of مباراة
    "وأثبت الفحص تناول اللاعب مادة محظورة قبل المباراة.",  # a noun in ة after a title
    "وتلقى التعازي من أصحاب السمو الأمراء والمعالي الوزراء.",  # a plural with the article
    "وتعهد بمعاملة الشهيد السعودي ماديا ومعنويا.",  # an indefinite accusative
    "وبث الرئيس المخلوع خطابا جديدا.",
])
def test_an_ordinary_word_after_a_title_is_no_name(text: str) -> None:
    assert shown(text) == []


def test_a_womans_name_in_ta_marbuta_after_a_feminine_title_stays() -> None:
    assert shown("أما السيدة حياة الفهد فاختارت دورا كوميديا.") == ["حياة الفهد"]


@pytest.mark.parametrize("text", [
    "لها دوي لطيف ينجد ويغور في الغابات.",  # an imperfect verb
    "لا يجب أن يكون بيننا محسن متشكك يريد أن يهدم.",  # a participle of form V
    "وتم إعلان أسماء لاعبي المنتخب الأول.",  # a plural in the construct state
])
def test_an_ambiguous_given_name_before_an_arabic_verb_or_noun_is_no_person(text: str) -> None:
    assert shown(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("وصلت شهادة اللاعب العراقي سعد عبد الأمير إلى النادي.", "سعد عبد الأمير"),
    ("وصلت شهادة اللاعب العراقي سعد عبدرب الأمير إلى النادي.", "سعد عبدرب الأمير"),
    ("في مسابقة قدمها مهدي العبد الإله أمس.", "مهدي العبد الإله"),
])
def test_after_servant_of_a_title_word_belongs_to_the_name(text: str, name: str) -> None:
    assert shown(text) == [name]


def test_ali_misspelt_for_the_preposition_before_an_ordinary_word() -> None:
    assert shown("ونصبت الصور بامتداد 300 متر علي ضفاف سد أبها.") == []
    assert shown("وقال المهندس أحمد علي إن العمل انتهى.") == ["أحمد علي"]
    assert "علي الشهري" in shown("وفاز علي الشهري بالجائزة.")


def test_lower_ranks_are_titles_and_a_form_x_verb_ends_a_name() -> None:
    assert shown("وأوضح أن الرقيب أحمد البارقي استشهد أمس.") == ["أحمد البارقي"]
    assert shown("وقال المدرب كريستيان جروس استغنى النادي عنه.") == ["كريستيان جروس"]


@pytest.mark.parametrize("text", [
    "الآية الكريمة تعدد الشهوات الكبرى عند الناس.",  # a verse, not the title آية الله
    "القرارات المتعلقة بمحاور رئيسة لتعزيز مساعي الاستدامة.",  # "main", not a president
    "ويرتبط ذلك بفعالية الكفاءات وارتفاع مستوى الابتكار.",  # not ف + عالية
    "وتفاوض مع لاعب الوسط السابق لنادي شالكة وانتر ميلان.",  # the club's name
    "وأشاد بالمدرب الغاني واستعرضت بطولاته ومشاركاته.",  # "and" on a verb of form X
])
def test_words_after_a_false_title_or_a_clubs_head_are_no_name(text: str) -> None:
    assert shown(text) == []


def test_a_title_before_a_club_then_its_president_still_names_him() -> None:
    assert shown("وأكد رئيس النادي محمد القاسم أن الفريق جاهز.") == ["محمد القاسم"]
    assert shown("وزار آية الله علي السيستاني المدينة.") == ["علي السيستاني"]


@pytest.mark.parametrize(("text", "names"), [
    ("ومن الكبار حاتم خيمي وناصر علوي وعصمت الشهري.", ["حاتم خيمي", "ناصر علوي"]),
    ("وضم الوفد مبارك بن محمد آل وديان.", ["مبارك بن محمد آل وديان"]),  # و after آل
])
def test_and_on_a_word_after_a_full_name_starts_the_next(text: str, names: list[str]) -> None:
    assert [n for n in names if n in shown(text)] == names
    assert not any(n.endswith("وعصمت") for n in shown(text))


@pytest.mark.parametrize("text", [
    "وقال سعد الجميع يعرفون ذلك.",  # everyone
    "ويتابع المواطن بكل شفافية ما يجري.",
    "وأكد وزير التنمية المحلية استجابة المحافظات للمبادرة.",  # a verbal noun of form X
])
def test_quantifiers_and_verbal_nouns_are_no_name_words(text: str) -> None:
    assert shown(text) == []


def test_a_leaders_full_name_set_off_by_commas_after_a_title_is_linked() -> None:
    people = extract("", "اجتمع رئيس الوزراء، بنيامين نتنياهو، مع نظيره الإيطالي.", None,
                     DATE).people
    assert [p.english for p in people] == ["Benjamin Netanyahu"]


def test_a_surname_the_article_uses_as_a_noun_or_before_a_first_name_is_no_leader() -> None:
    text = "والوعود بإطلاق طيور الفيشر الأخضر والموف فيشر في الحديقة."
    assert shown(text) == []
    assert shown("وتدور الأحداث على جزيرة (أيلا نوبلار) القريبة.") == []


@pytest.mark.parametrize(("text", "name"), [
    ("وكان لجناحه الفرنسي فرانك ريبيري الغائب عن الملاعب دور كبير.", "فرانك ريبيري"),
    ("وتوج لاعبه البلجيكي كيفن دي بروين الملاحق من مانشستر سيتي.", "كيفن دي بروين"),
    ("يشار إلى أن الشهيد حسن الختارشي متزوج وله من الأبناء ثلاثة.", "حسن الختارشي"),
])
def test_a_name_ends_before_an_arabic_participle(text: str, name: str) -> None:
    assert shown(text) == [name]


@pytest.mark.parametrize("text", [
    "وتحدث المدرب عن غوستافو قائلا: لقد ظهر بشكل جيد.",  # an adverb in the accusative
    "وذكرت بلكنتها الفرنسية المتوسطية المحببة أنها عادت.",  # adjectives after a nationality
    "وحضر رئيس الشركة ونواب الرئيس ومديري الإدارات الحفل.",  # a plural in construct
    "مسجد جواثا بناه بنو عبد القيس بعد وفادتهم.",  # a tribe
])
def test_adverbs_adjectives_plurals_and_tribes_are_no_people(text: str) -> None:
    assert shown(text) == []


def test_a_man_called_by_his_fathers_name_is_the_man_named_before() -> None:
    text = ("بحضور الأستاذ الدكتور عبدالله بن عويقل السلمي وعدد من الأدباء. "
            "ورحب الدكتور عويقل بالحضور.")
    assert shown(text) == ["عبدالله بن عويقل السلمي"]


@pytest.mark.parametrize("text", [
    "وتأجلت الجلسة بعد تغيب الرئيس المعزول وتعذر حضوره.",  # a passive participle
    "وكرر سمو وزير الداخلية ابن الراحل العبارة نفسها.",  # "son of the late"
    "وحل ثانيا في الدوري ما خوله المشاركة في دوري الأبطال.",  # a verb, then a noun in ة
    "وخسر أمام كونيا سبور التركي برباعية نظيفة.",  # a preposition on a noun in ية
])
def test_participles_and_nouns_in_ta_after_name_like_words_are_no_people(text: str) -> None:
    assert [n for n in shown(text) if "كونيا" not in n] == []


def test_a_leader_misspelt_after_his_name_is_the_leader() -> None:
    text = "نقل تحيات الرئيس الأميركي باراك أوباما. وكان بارك أوباما قد اتصل."
    people = extract("", text, None, DATE).people
    assert [p.english for p in people] == ["Barack Obama"]


@pytest.mark.parametrize("text", [
    "ويقوم الطبيب بحقن الحبيبات الزجاجية في الشريان.",  # a preposition on a frequent word
    "وتبادل الجميع التهاني في جو اتسم بروح المودة.",  # a verb of form VIII
    "تهدف إلى تشجيع المواهب، وإلهام الممارسين، وصقل معاييرهم.",  # a participle's plural
    "آتاهم اللّهُ ثَوَابَ الدُّنْيَا وَحُسْنَ ثَوَابِ الآخِرَةِ.",  # a case ending: a noun
])
def test_nouns_verbs_and_vocalised_words_are_no_names(text: str) -> None:
    assert shown(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("وقدم الحفل إياد أبو الشامات أمس.", "إياد أبو الشامات"),  # ات after a particle
    ("وحضرت كريمة حسن بن حسن آل خيرات الحفل.", "كريمة حسن بن حسن آل خيرات"),
    ("وفي مقدمة الحضور ليلى أبو الجدايل.", "ليلى أبو الجدايل"),  # ل is no preposition
    ("وأكد الشهيد الخوي خالد مساوي حمدي ذلك.", "خالد مساوي حمدي"),  # a rank
])
def test_family_names_after_particles_and_names_in_lam_stay(text: str, name: str) -> None:
    assert name in shown(text)


@pytest.mark.parametrize("name", ["محمد عرفات", "محمد بركات", "أحمد سادات"])
def test_family_names_in_at_are_names(name: str) -> None:
    assert shown(f"وقال {name} إن العمل مستمر.") == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("طرح الفنان ماجد المهندس أحدث أغنياته المنفردة.", "ماجد المهندس"),  # a family name
    ("وأكدت حصة عبدالله القاضي والدة الشهيد ذلك.", "حصة عبدالله القاضي"),
    ("وأكد المقدم بحري شايع القحطاني أن القوات جاهزة.", "شايع القحطاني"),  # a rank's part
    ("وأعلن رئيس اللجنة وشيبان العنزي النتائج.", "شيبان العنزي"),  # and, then a name
])
def test_titles_as_family_names_and_ranks(text: str, name: str) -> None:
    assert shown(text) == [name]


@pytest.mark.parametrize("text", [
    "واستقبل رئيس الوزراء ونظيره أمس في القصر.",  # "and his counterpart"
    "وطالب المحامي وتأجيل المثول أمام المحكمة.",
    "وأشاد الأمير وجنودنا البواسل على الحدود.",
])
def test_and_on_an_arabic_word_after_a_title_is_no_name(text: str) -> None:
    assert shown(text) == []


def test_a_title_after_a_given_name_before_an_office_is_a_title() -> None:
    assert "محمد الأمين" not in shown("واستقبل الأمير محمد الأمين العام للجامعة.")


def test_surnames_in_a_list_joined_by_and_are_each_a_leader() -> None:
    text = "وقال الممثل: بوش وشارون وبلير واولميرت أسماء سيذكرها التاريخ."
    english = {p.english for p in extract("", text, None, "2006-08-01").people}
    assert {"Ariel Sharon", "Tony Blair"} <= english


@pytest.mark.parametrize(("text", "name"), [
    ("وقال اللواء وديعة الله إن الفيضان أدى إلى خسائر.", "وديعة الله"),  # a theophoric name
    ("وحكم السلطان المنصور قلاوون مصر.", "المنصور قلاوون"),  # المنصور: a name with ال
])
def test_names_after_a_title_that_look_like_and_or_a_definite_word(text: str, name: str) -> None:
    assert shown(text) == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("وقال الرئيس التنفيذي لأرامكو أمين الناصر إن الإنتاج مستقر.", "أمين الناصر"),
    ("وأشاد التقرير بالرئيس السابق لأوفيد علي شريف العمادي.", "علي شريف العمادي"),
    ("وخاض لاعب الوسط لويز غوستافو المباراة.", "لويز غوستافو"),  # a player's title: no office
])
def test_an_office_title_takes_the_organisation_glued_to_lam(text: str, name: str) -> None:
    assert shown(text) == [name]
