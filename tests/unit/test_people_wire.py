"""People in agency copy: what a conditional, a hyphenated compound, a conjunction
or the article tell about whether a word is a name."""

from __future__ import annotations

from reader.entities import extract


def names(text: str, date: str = "2013-06-01") -> list[str]:
    return [p.name for p in extract("", text, None, date).people]


def english(text: str, date: str = "2013-06-01") -> list[str | None]:
    return [p.english for p in extract("", text, None, date).people]


def test_a_word_before_an_with_no_verb_is_the_conditional_not_lula() -> None:
    text = "وقامت العداءة بسباق جيد كادت تنهيه بالفوز لولا أنها أضاعتها في الأمتار الأخيرة."
    assert english(text) == []
    # after a reporting verb it is the man, once he is named
    text = "استقبل الرئيس لويس إيناسيو لولا دا سيلفا الوفد، وأعلن لولا أن القمة ناجحة."
    assert "Luiz Inacio Lula da Silva" in english(text, "2006-08-01")


def test_half_of_a_hyphenated_compound_is_no_leaders_surname() -> None:
    # Jean-Marc Ayrault was prime minister on this date: still not a mention of him
    text = 'وأكد في كلمة نشرت في العدد الأخير من مجلة " لورالي أيرو-أتلنتيك " أن المغرب يتقدم.'
    assert english(text) == []


def test_and_on_an_ordinary_word_after_a_title_starts_no_name() -> None:
    text = ("وكان الملك في مقدمة مستقبلي صاحب السمو رئيس الدولة وأعضاء الوفد المرافق "
            "لسموه بالمطار.")
    assert not any("اعضاء" in n or "أعضاء" in n for n in names(text))


def test_a_family_name_with_the_article_may_end_in_alef() -> None:
    text = 'إن الشهداء الثلاثة هم " صالح عبد الغفور وبسام شراب وسعيد الفرا وجميعهم من سكان البلدة.'
    assert "سعيد الفرا" in names(text)
    # without the article the alef is the accusative ending of a word
    assert names("وقال إنه طلب مني جوابا فوريا.") == []
