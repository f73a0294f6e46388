"""Provides tests of the people rules from the real archive: given names, institutions,
religious formulas, names that run on, surnames alone, evidence and confidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.entities import extract
from reader.entities.detector import load_detector, ngrams
from reader.entities.evidence import SHOWN
from reader.entities.gazetteer import load_gazetteer
from reader.models import Entity

DATE = "2015-08-01"


def people(text: str, date: str | None = DATE) -> list[Entity]:
    return extract("", text, None, date).people


def shown(text: str, date: str | None = DATE) -> list[str]:
    """Names of the people shown by default."""
    return [p.name for p in people(text, date) if p.confidence >= SHOWN]


# ---------------------------------------------------------- bare given names

@pytest.mark.parametrize("text", [
    "وقال عبد الله إن الأمر محسوم.",
    "وأكد سلمان أن الفريق جاهز.",
    "واحتفل الشابان عبد العزيز بالمناسبة.",
])
def test_a_bare_given_name_names_no_known_person(text: str) -> None:
    assert [p for p in people(text) if p.key.startswith("person:") and p.english] == []


def test_a_leaders_given_name_that_starts_another_name_is_that_name() -> None:
    assert [p.name for p in people("احتفل الشابان عبد العزيز فهد الزارع بزواجه.")] == [
        "عبد العزيز فهد الزارع"]
    assert [(p.name, p.english) for p in people("وقال اللواء عباس إبراهيم إن الوضع هادئ.")] == [
        ("عباس إبراهيم", None)]


def test_a_title_makes_a_kings_given_name_his() -> None:
    (king,) = people("استقبل الملك سلمان الوفد في جدة.")
    assert king.key == "person:salman-bin-abdulaziz-al-saud" and king.evidence == ("title",)


def test_an_office_title_that_is_not_the_leaders_does_not_make_a_given_name_his() -> None:
    found = people("وقال رئيس مجلس الجمعيات التعاونية السعودية عبدالله الوابلي إن الوزارة تدعم.")
    assert [(p.name, p.english) for p in found] == [("عبدالله الوابلي", None)]


# ------------------------------------------------------------ named things

@pytest.mark.parametrize("text", [
    "تخرج في جامعة الملك سعود بالرياض.",
    "أعلنت مجموعة عبدالمحسن الحكير عن أرباحها.",
    "فاز الفريق بكأس الأمير فيصل بن فهد.",
    "يعالج في مستشفى الملك فيصل التخصصي.",
    "ضمن برنامج خادم الحرمين الشريفين للابتعاث.",
    "وسط متنزه الملك عبدالعزيز في الباحة.",
])
def test_a_name_inside_an_institution_prize_or_place_name_is_no_mention(text: str) -> None:
    assert people(text) == []


def test_a_head_with_the_article_is_no_construct() -> None:
    text = "وفازت بالجائزة الكبرى للمسابقة المخرجة البريطانية مولي مانينغ ووكر عن فيلمها."
    assert "مولي مانينغ ووكر" in [p.name for p in people(text)]


# ------------------------------------------------------------ formulas

@pytest.mark.parametrize("text", [
    "قال الله عز وجل في كتابه.",
    "أن قادتنا في الخليج العربي -حفظهم الله وسدد خطاهم- قد أسهموا.",
    "قال رسول الله صلى الله عليه وسلم.",
    "وكان الفقيد رحمه الله من أهل الخير.",
])
def test_religious_formulas_are_never_people(text: str) -> None:
    assert people(text) == []


def test_a_name_never_runs_into_a_formula() -> None:
    (king,) = people("وأكد الملك سلمان حفظه الله أن المملكة ماضية.")
    assert king.key == "person:salman-bin-abdulaziz-al-saud" and king.aliases == ("سلمان",)


# ------------------------------------------------- names that run on

@pytest.mark.parametrize(("text", "name"), [
    ("وقال إبراهيم آل مرعي المحلل السياسي في تغريدة.", "إبراهيم آل مرعي"),
    ("وبدأ نايف هزازي برنامجه التأهيلي أمس.", "نايف هزازي"),
    ("وطمأن ياسر القحطاني جماهير ناديه على جاهزيته.", "ياسر القحطاني"),
    ("وقال سمير مقبل إن الحكومة ستجتمع.", "سمير مقبل"),
    ("وسجل أرتورو فيدال هدفين في المباراة.", "أرتورو فيدال"),
    ("مسلحين موالين لعبدي حسن أوالي قيديد سيطروا على البلدة.", None),
])
def test_names_stop_at_verbs_jobs_and_ordinary_words(text: str, name: str | None) -> None:
    names = [p.name for p in people(text)]
    assert all(not n.endswith(("سيطروا", "سيصدر", "المحلل", "برنامجه", "هدفين")) for n in names)
    if name is not None:
        assert name in names


@pytest.mark.parametrize("text", [
    "ثم أجاب مباشرة دون أن يسمع مني جوابا، وما أكثرهم.",
    "فنحن مجتمع لا نتفاعل مع الكاتب ومقالته إلا سلبا.",
    "أن يكون لهذا وذاك هدف ومعنى وغاية سامية نبيلة، فما يضر.",
    "738303 زين تبدأ بالرمز 153 مسافة ثم الرسالة.",
    "بعد نسيان أحد ضيوف طيران ناس للأدوية الخاصة.",
    "لتقديم الخدمات العلاجية لضيوف بيت الله الحرام.",
    "توفير كوادر متخصصة لتصميم المشروعات.",
])
def test_ordinary_words_are_not_people(text: str) -> None:
    assert people(text) == []


def test_a_family_name_equal_to_a_nationality_is_still_a_name() -> None:
    assert [p.name for p in people("التقى إبراهيم التركي بالوفد.")] == ["إبراهيم التركي"]


# ------------------------------------------------------ surnames alone

@pytest.mark.parametrize(("text", "key"), [
    ("وقال إردوغان إن تركيا لن تتراجع.", "person:recep-tayyip-erdogan"),
    ("وهاجم ترامب منافسيه في الحزب.", "person:donald-trump"),
    ("وهي الشعبية الاستثنائية لترامب بين المرشحين.", "person:donald-trump"),
])
def test_leaders_named_by_surname_alone_are_found(text: str, key: str) -> None:
    assert [p.key for p in people(text) if p.confidence >= SHOWN] == [key]


def test_ashton_is_not_catherine_ashton_where_ashton_carter_is_named() -> None:
    text = "وصل آشتون كارتر وزير الدفاع الأمريكي إلى جدة. وقال آشتون إن التعاون قائم."
    assert "person:catherine-ashton" not in [p.key for p in people(text)]
    assert "person:ash-carter" in [p.key for p in people(text)]


def test_a_surname_someone_named_in_the_article_bears_is_theirs() -> None:
    text = "قال المدرب مارسيل كولر إن الفريق جاهز. وأضاف كولر أن المباراة صعبة."
    assert [p.name for p in people(text, None)] == ["مارسيل كولر"]


def test_arabic_words_do_not_join_an_arabic_surname_by_skeleton() -> None:
    text = "وقال الرئيس علي عبدالله صالح إن الحرب انتهت. وأكد أن وصوله كان سريعا."
    (saleh,) = people(text, None)
    assert saleh.count == 1


# ------------------------------------------------- evidence and confidence

def test_every_person_carries_evidence_and_a_confidence() -> None:
    res = extract("", "وقال الرئيس الصيني شي جين بينغ إن العلاقات قوية. وقالت جيما أرياس إن "
                      "الحكومة مستعدة.", None, DATE)
    by_name = {p.name: p for p in res.people}
    assert by_name["شي جين بينغ"].evidence[0] in ("known full name", "title")
    assert by_name["شي جين بينغ"].confidence >= 0.9
    assert by_name["جيما أرياس"].evidence == ("looks like a foreign name",)
    data = res.to_json()
    assert all({"evidence", "confidence"} <= set(p) for p in data["people"])
    assert "unsure_people" in data


UNSURE = "وحضر الحفل ريناتو سوليدام ومسؤولون آخرون."


def test_weakly_evidenced_people_are_listed_apart() -> None:
    res = extract("", UNSURE, None, DATE)
    assert [e.name for e in res.unsure] == ["ريناتو سوليدام"]
    assert [p["name"] for p in res.to_json()["unsure_people"]] == ["ريناتو سوليدام"]
    assert [p["name"] for p in res.to_json()["people"]] == [e.name for e in res.shown
                                                            if e.kind == "person"]


def test_the_store_indexes_the_unsure_as_postings_only() -> None:
    from reader.entities import analyse

    a = analyse("", UNSURE, None, DATE)
    res = extract("", UNSURE, None, DATE)
    unsure = {e.key for e in res.unsure}
    assert unsure
    assert not unsure & {e.key for e in a.entities}
    assert unsure <= {k for k, _ in a.facets}


# --------------------------------------------------------- the detector

def test_the_detector_tells_transliterated_names_from_words() -> None:
    det = load_detector()
    for name in ("تيلرسون", "روزينباخ", "زيلينسكي", "اردوغان", "سوليدام"):
        assert det.foreign(name), name
    for word in ("ومقالته", "المحلل", "للحج", "مغطاه", "سيصدر", "دبلوماسي"):
        assert not det.foreign(word), word


def test_the_detector_reads_character_ngrams_with_edges() -> None:
    assert ngrams("ab")[:3] == ["a", "b", "<a"] and "ab>" in ngrams("ab")


def test_the_detector_file_states_its_sources_and_held_out_figures() -> None:
    path = Path(__file__).resolve().parents[2] / "reader/entities/data/name_detector.json"
    meta = json.loads(path.read_text(encoding="utf-8"))["meta"]
    held = meta["held_out_one_fifth"]
    assert meta["built_by"] == "tools/train_name_detector.py" and "wordfreq" in meta["sources"]
    assert held["precision"] >= 0.8 and held["recall"] >= 0.8


def test_well_known_saudi_officials_have_an_english_name_and_country() -> None:
    gz = load_gazetteer()
    for key in ("person:adel-al-jubeir", "person:khalid-al-faisal", "person:azzam-al-dakhil",
                "person:mohammed-bin-nayef"):
        assert gz.leaders[key].english and gz.leaders[key].country == "SA"


@pytest.mark.parametrize("text", [
    "وقال وكيل اللاعبين ميركو بوليديكا: «ليس هناك أي دولة يوجد بها هذا الكم من التلاعب».",
    "فلا توجد مقارنة. ارنولد شوارزنيجر: العرب هم الإرهابيون.",
])
def test_a_foreign_name_that_a_quote_follows_after_a_colon_is_shown(text: str) -> None:
    # A colon after a name opens what the person said: as good as a verb of speech.
    names = shown(text)
    assert any(n in ("ميركو بوليديكا", "ارنولد شوارزنيجر") for n in names), names


def test_a_foreign_looking_pair_with_no_colon_or_verb_is_not_shown() -> None:
    assert "ارنولد شوارزنيجر" not in shown("فلا توجد مقارنة ارنولد شوارزنيجر والعرب.")


@pytest.mark.parametrize(("text", "name"), [
    ("وكان بين الجرحى شقيق زعيم حزب الشعوب الكردي في تركيا، صلاح الدين دميرتاش.",
     "صلاح الدين دميرتاش"),
    ("وفي الجزء الأول خبر مفاده أن صلاح الدين الصفدي التقى الشاعر.", "صلاح الدين الصفدي"),
    ("زار صلاح الدين الأيوبي القدس.", "صلاح الدين الأيوبي"),
])
def test_a_compound_given_name_that_is_also_a_place_starts_a_persons_name(
        text: str, name: str) -> None:
    result = extract("", text, None, DATE)
    assert name in [p.name for p in result.people]
    assert "صلاح الدين" not in [p.name for p in result.places]


def test_the_governorate_named_like_a_compound_given_name_is_still_a_place() -> None:
    result = extract("", "فيما سجلت محافظة صلاح الدين مقتل 64 شخصا.", None, DATE)
    assert [(p.name, p.english) for p in result.places] == [("صلاح الدين", "Saladin")]
    assert not result.people


@pytest.mark.parametrize(("text", "name"), [
    ("دخل الثنائي رمضان صبحي لاعب الأهلي ويوسف أوباما لاعب الزمالك في مشادة.", "يوسف أوباما"),
    ("خضع ثلاثي الفريق سان مارتن ومختار فلاتة وفواز القرني لفحوصات طبية.", "مختار فلاتة"),
])
def test_a_conjunction_glued_to_a_given_name_is_not_part_of_the_name(text: str, name: str) -> None:
    names = [p.name for p in people(text)]
    assert name in names and "و" + name not in names, names


@pytest.mark.parametrize("text", [
    "وبعث ولي العهد برقية تهنئة لجلالة الملك محمد السادس.",
    "وبعث الأمير برقية تهنئة إلى الرئيس.",
])
def test_a_preposition_on_a_given_name_after_a_title_starts_no_name(text: str) -> None:
    # برقية is "a telegram", not ب + رقية: after a title it is the object, not a name.
    assert not any(n.startswith("برقية") for n in (p.name for p in people(text)))


@pytest.mark.parametrize(("text", "name"), [
    ("وأكد فاضل يحافظ على مستواه في المباراة.", None),
    ("وقال جواد ظريف يصرح للصحفيين.", "جواد ظريف"),
    ("بعد صلاة العصر يوم الخامس من رجب 1434هـ في المسجد.", None),
    ("وسجل لامين يامال هدفا رائعا.", "لامين يامال"),
])
def test_a_name_stops_at_an_imperfect_verb_and_a_date_but_not_a_foreign_surname(
        text: str, name: str | None) -> None:
    names = [p.name for p in people(text)]
    assert all(not n.endswith(("يحافظ", "يصرح", "1434هـ")) for n in names), names
    if name is not None:
        assert name in names, names


def test_a_name_stops_at_a_noun_with_a_plural_or_feminine_pronoun() -> None:
    names = [p.name for p in people("وقال عبد العزيز فلاتة جوازاتهم منتهية منذ شهر.")]
    assert "عبد العزيز فلاتة" in names, names


@pytest.mark.parametrize(("text", "name"), [
    ("وقام إبراهيم لينكولن بمحاصرة الولايات الجنوبية.", "إبراهيم لينكولن"),
    ("وكرمت فاطمة بنت موسى بوخمسين في الحفل.", "فاطمة بنت موسى بوخمسين"),
])
def test_a_name_stops_at_a_preposition_glued_to_a_word(text: str, name: str) -> None:
    assert name in [p.name for p in people(text)]


@pytest.mark.parametrize("text", [
    "وتتميز المنتجات بجودة عالية الجودة والسعر.",
    "وهي منتجات عالية الجودة ومنخفضة السعر.",
])
def test_a_given_name_that_is_also_a_place_and_a_word_is_no_person_before_a_noun(
        text: str) -> None:
    # عالية is a given name, an adjective ("high") and a town (Aley): before a noun it is
    # the adjective, as the given-name rule already says for given names that are no place.
    assert not any(p.name.startswith("عالية") for p in people(text))


def test_a_fathers_name_in_another_mans_name_is_no_surname() -> None:
    text = ("استقبل الأمير محمد بن نايف الوفد. فيما أكد نايف الهاجري المشرف العام على "
            "البرنامج أن الدورات مجانية.")
    assert "نايف الهاجري" in [p.name for p in people(text)]


@pytest.mark.parametrize(("text", "name"), [
    ("وائل كفوري أحيا حفلا غنائيا في جرش.", "وائل كفوري"),
    ("وكان المدرب مارسيلو غاياردو اعتمد على التشكيلة نفسها.", "مارسيلو غاياردو"),
    ("وقال عبد القادر قاضي إن الموعد قريب.", "عبد القادر قاضي"),
])
def test_a_full_name_stops_at_an_ordinary_word_after_it(text: str, name: str) -> None:
    assert name in [p.name for p in people(text)]


@pytest.mark.parametrize("text", [
    "وكان التحقيق كامل وشفاف كما طلب المحتجون.",
    "ونتطلع إلى الموسم بكل أمل وتفاؤل وثقة.",
])
def test_an_ambiguous_given_name_before_and_on_a_word_is_no_person(text: str) -> None:
    assert people(text) == []


def test_a_foreign_surname_that_starts_like_and_still_follows_a_given_name() -> None:
    assert "أوبرا وينفري" in [p.name for p in people("وقالت أوبرا وينفري إنها سعيدة.")]


@pytest.mark.parametrize(("text", "name"), [
    ("وقد لاحظ ذلك إيواتا وشيجيرو مياموتو، كبير مصممي الألعاب.", "شيجيرو مياموتو"),
    ("وقالت فيدريكا موجيريني إن الاتفاق تاريخي.", "فيدريكا موجيريني"),
])
def test_and_glued_on_a_foreign_name_is_cut_but_a_name_in_f_or_w_is_kept(
        text: str, name: str) -> None:
    names = [p.name for p in people(text) + extract("", text, None, DATE).unsure]
    assert name in names, names


def test_a_number_is_never_read_as_a_foreign_name() -> None:
    names = [p.name for p in extract("", "بلغ الإنتاج و14297 برميلًا يوميا.", None, DATE).unsure]
    assert not any(any(c.isdigit() for c in n) for n in names), names


@pytest.mark.parametrize(("text", "name"), [
    ("وأكد أحمد عمر مسؤول التأجير في الشركة ذلك.", "أحمد عمر"),
    ("من جانبه أوضح أحمد الأحمري مالك شركة لتأجير السيارات أن الطلب زاد.", "أحمد الأحمري"),
])
def test_a_name_stops_at_the_job_that_follows_it(text: str, name: str) -> None:
    assert name in [p.name for p in people(text)]


def test_main_after_a_definite_noun_is_no_presidents_title() -> None:
    text = "وأعلنت الأمانة 25 مشروعا لتحرير المحاور الرئيسة تشمل الأنفاق والجسور."
    assert people(text) == []
    assert [p.name for p in people("وصل الرئيس أوباما في زيارة الرئيس أوباما الأولى.")] == [
        "باراك أوباما"]
