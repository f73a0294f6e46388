"""The importers' small parts: dates, language, titles, encodings, HTML fragments, properties."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reader.importers import ImportProblem, read_article_file
from reader.importers.dates import from_struct, normalise_date
from reader.importers.encoding import decode_bytes, looks_like_cp1256_arabic
from reader.importers.htmltext import fragment_to_text, html_to_paragraphs
from reader.importers.language import guess_language, primary_language
from reader.importers.plaintext import strip_furniture
from reader.importers.titles import derive_title
from reader.models import ArticleDraft

# --- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-05-18", "2023-05-18"),
        ("2023-05-18T10:00:00Z", "2023-05-18T10:00:00Z"),
        ("2023-05-18T10:00:00+03:00", "2023-05-18T07:00:00Z"),
        ("2023-05-18 01:30:00-02:00", "2023-05-18T03:30:00Z"),
        ("2023-05-18T10:00:00.123456+00:00", "2023-05-18T10:00:00Z"),
        ("Thu, 18 May 2023 10:00:00 GMT", "2023-05-18T10:00:00Z"),
        ("Thu, 18 May 2023 10:00:00 +0300", "2023-05-18T07:00:00Z"),
        ("18 May 2023", "2023-05-18"),
        ("May 18, 2023", "2023-05-18"),
        ("Sept. 9, 2023", "2023-09-09"),
        ("18 مايو 2023", "2023-05-18"),
        ("18 مايو/أيار 2023", "2023-05-18"),
        ("١٨ أيار ٢٠٢٣", "2023-05-18"),
        ("5 كانون الثاني 2021", "2021-01-05"),
        ("2023/05/18", "2023-05-18"),
        ("18/05/2023", "2023-05-18"),
        ("05/18/2023", "2023-05-18"),
        ("05.05.2023", "2023-05-05"),
        (1701388800, "2023-12-01T00:00:00Z"),
        (1701388800000, "2023-12-01T00:00:00Z"),
        ("1701388800", "2023-12-01T00:00:00Z"),
    ],
)
def test_dates_are_normalised(value: object, expected: str) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("2023-05-18T23:30:00", "2023-05-18T23:30:00Z"),
    ("2015-07-23 19:28:17", "2015-07-23T19:28:17Z"),  # SaudiNewsNet's date_extracted
    ("Thu, 18 May 2023 10:00:00 -0000", "2023-05-18T10:00:00Z"),
    ("2023-05-18", "2023-05-18"),  # a day stays a day
])
def test_a_time_without_a_zone_is_taken_as_utc(value: str, expected: str) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "05/06/2023",
        "2023-02-30",
        "yesterday",
        "",
        "   ",
        None,
        True,
        [2023],
        "May 2023",
        "2023-13-01",
        "18 May",
        "0001-01-01",
        float("nan"),
        "1e400",
    ],
)
def test_ambiguous_or_unreadable_dates_are_none(value: object) -> None:
    assert normalise_date(value) is None


def test_struct_time_from_feedparser_is_utc() -> None:
    assert (
        from_struct(time.strptime("2023-05-18 10:00:00", "%Y-%m-%d %H:%M:%S"))
        == "2023-05-18T10:00:00Z"
    )


@given(st.text(max_size=60))
def test_normalise_date_never_raises(value: str) -> None:
    result = normalise_date(value)
    assert result is None or len(result) in (10, 20)


# --- language ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اجتمع قادة الصين ودول آسيا الوسطى في مدينة شيآن", "ar"),
        ("The leaders of the five states met in the city and agreed on a plan.", "en"),
        (
            "Les dirigeants des cinq pays se sont réunis dans la ville et ont adopté "
            "une déclaration.",
            "fr",
        ),
        (
            "Los líderes de los cinco países se reunieron en la ciudad y firmaron una declaración.",
            "es",
        ),
        (
            "Die Staatschefs der fünf Länder trafen sich in der Stadt und unterzeichneten "
            "eine Erklärung.",
            "de",
        ),
        ("رهبران پنج کشور در شهر دیدار کردند و یک بیانیه را امضا کردند", None),
        ("Лидеры пяти государств встретились в городе", None),
        ("G20 COP28 UNFCCC", None),
        ("12345 67890", None),
    ],
)
def test_language_is_guessed_only_when_clear(text: str, expected: str | None) -> None:
    assert guess_language(text) == expected


def test_arabic_text_with_latin_acronyms_is_arabic() -> None:
    assert (
        guess_language("اختتم مؤتمر COP28 أعماله في دبي بإقرار اتفاق الإمارات UAE Consensus")
        == "ar"
    )


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("en-US", "en"),
        ("ar", "ar"),
        ("AR_EG", "ar"),
        ("fr-CA", "fr"),
        ("und", None),
        ("", None),
        ("123", None),
        (None, None),
        ("x", None),
    ],
)
def test_primary_language(tag: object, expected: str | None) -> None:
    assert primary_language(tag) == expected


# --- titles ------------------------------------------------------------------------------


def test_title_is_the_first_sentence_without_full_stop() -> None:
    assert derive_title("The summit opened. Leaders spoke.") == "The summit opened"


def test_title_keeps_a_question_mark() -> None:
    assert derive_title("هل تنجح القمة؟ يقول المراقبون إن الأمر صعب.") == "هل تنجح القمة؟"


def test_title_does_not_stop_at_abbreviations_or_initials() -> None:
    assert derive_title("Mr. Biden met John F. Kennedy's biographer. Then he left.") == (
        "Mr. Biden met John F. Kennedy's biographer"
    )


def test_title_does_not_stop_at_a_decimal_point() -> None:
    assert (
        derive_title("Growth reached 3.5 percent in 2023. More later.")
        == "Growth reached 3.5 percent in 2023"
    )


def test_long_first_sentence_is_cut_at_a_word_with_ellipsis() -> None:
    title = derive_title("word " * 100)
    assert title.endswith("word…")
    assert len(title) <= 121


def test_endless_word_is_cut_anyway() -> None:
    assert derive_title("x" * 10_000) == "x" * 120 + "…"


def test_title_skips_a_leading_bullet() -> None:
    assert derive_title("* في 18 مايو، أجرى الرئيس محادثات.") == "في 18 مايو، أجرى الرئيس محادثات"


# --- furniture ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "[إعلان رقم 2]",
        "[Advertisement]",
        "مصدر",
        "المصدر",
        "المصدر:",
        "Source",
        "Sources:",
        "تعليق (0)",
        "تعليقات (12)",
        "Comments (3)",
        "3 comments",
        "Share | Print",
        "شارك عبر فيسبوك",
        "طباعة",
        "Share this article",
    ],
)
def test_trailing_furniture_lines_are_dropped(line: str) -> None:
    assert strip_furniture(["Body text.", line]) == ["Body text."]


@pytest.mark.parametrize(
    "line",
    [
        "المصدر: وكالة الأنباء",
        "Source: Reuters reported the talks.",
        "Comments were made by the minister.",
        "(المصدر: THX) |",
        "Share prices rose sharply in Astana.",
    ],
)
def test_text_lines_that_resemble_furniture_are_kept(line: str) -> None:
    assert strip_furniture(["Body text.", line]) == ["Body text.", line]


def test_furniture_in_the_middle_is_kept_except_advert_markers() -> None:
    lines = ["A.", "مصدر", "[إعلان رقم 1]", "B."]
    assert strip_furniture(lines) == ["A.", "مصدر", "B."]


# --- encoding ----------------------------------------------------------------------------

ARABIC = (
    "اجتمع قادة الصين ودول آسيا الوسطى الخمس في مدينة شيآن، واتفقوا على عقد القمة مرة كل عامين."
)


def test_utf8_arabic_misread_as_cp1256_is_not_taken_for_arabic() -> None:
    assert not looks_like_cp1256_arabic(ARABIC.encode("utf-8").decode("cp1256"))


def test_cp1256_arabic_is_recognised() -> None:
    assert looks_like_cp1256_arabic(ARABIC)


def test_cp1256_arabic_with_french_words_is_recognised() -> None:
    assert looks_like_cp1256_arabic(ARABIC + " Le président a déclaré à la presse: très bien.")


def test_random_bytes_are_not_cp1256_arabic() -> None:
    import random

    rng = random.Random(7)
    data = bytes(rng.randrange(1, 256) for _ in range(4000))
    with pytest.raises(ImportProblem):
        decode_bytes(data)


def test_declared_charset_is_used_for_markup_only() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body>Caf\xe9</body></html>'.encode(
        "latin-1"
    )
    assert "Café" in decode_bytes(page, markup=True)
    with pytest.raises(ImportProblem):
        decode_bytes(page)


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي ،.\n0123456789", min_size=40, max_size=400))
@settings(max_examples=60)
def test_arabic_text_reads_the_same_in_every_supported_encoding(text: str) -> None:
    assume(sum(ch.isalpha() for ch in text) >= 20)
    reference = decode_bytes(text.encode("utf-8"))
    for data in (
        b"\xef\xbb\xbf" + text.encode("utf-8"),
        b"\xff\xfe" + text.encode("utf-16-le"),
        b"\xfe\xff" + text.encode("utf-16-be"),
        text.encode("cp1256"),
    ):
        assert decode_bytes(data) == reference


# --- HTML fragments ----------------------------------------------------------------------


def test_fragment_paragraphs_breaks_and_lists() -> None:
    assert html_to_paragraphs("<p>One <b>two</b></p>three<br>four<ul><li>five</li></ul>") == [
        "One two",
        "three",
        "four",
        "• five",
    ]


def test_fragment_scripts_and_styles_are_dropped() -> None:
    assert html_to_paragraphs("<style>p{}</style><p>kept</p><script>dropped()</script>") == ["kept"]


def test_fragment_source_newlines_are_spaces() -> None:
    assert html_to_paragraphs("<p>one\ntwo</p>") == ["one two"]


def test_fragment_pre_keeps_its_lines() -> None:
    assert html_to_paragraphs("<pre>a\nb</pre>") == ["a", "b"]


def test_plain_fragment_keeps_lines_and_decodes_entities() -> None:
    assert fragment_to_text("Tom &amp; Jerry\n\nline two") == "Tom & Jerry\nline two"


def test_fragment_with_control_characters_does_not_crash() -> None:
    assert html_to_paragraphs("<p>a\x00b\x1bc</p>") == ["a b c"]


# --- properties of the text importer ------------------------------------------------------

WORDS = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويabcdefxyz0123456789", min_size=1, max_size=8)
LINES = st.lists(st.lists(WORDS, min_size=1, max_size=12).map(" ".join), min_size=1, max_size=8)


@given(LINES, st.booleans())
@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_text_import_loses_no_words(
    tmp_path: Path, lines: list[str], blank_after_first: bool
) -> None:
    assume(all(strip_furniture(["x", line]) == ["x", line] for line in lines))  # e.g. "تعليق"
    text = lines[0] + ("\n\n" if blank_after_first else "\n") + "\n".join(lines[1:]) + "\n"
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    try:
        found = list(read_article_file(path))
    except ImportProblem:
        assert not text.strip()
        return
    (draft,) = found
    assert isinstance(draft, ArticleDraft)
    words = text.split()
    if draft.body.split() == words:
        return  # untitled: the title is derived, the body holds everything
    assert draft.title.split() + draft.body.split() == words
