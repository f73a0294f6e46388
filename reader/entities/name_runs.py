"""Provides NameRuns: may a word be part of a person's name, and where a name ends (no Textual).

:class:`NameRuns` adds to an article's :class:`~reader.entities.words.Words`
the tests of names: can a word start a name or go on with one (not a stop
word, a title, a verb, an ordinary word with a clitic glued on ...), and where
the run of name-like words starting at a word ends.  Like the word tests
these read the words and the gazetteer, never what the rules have found so far.
"""

from __future__ import annotations

from functools import lru_cache

from reader.entities.detector import load_detector
from reader.entities.lexicon import NAME_PARTICLES, OFFICE_WORDS, OPEN_PARTICLES
from reader.entities.words import VERB_LOG_ODDS, Words

#: Longest run of words read as one person's name.
MAX_NAME_WORDS = 8
#: Fathatan, dammatan, kasratan: written on an indefinite word, never on a name in news copy.
_TANWEEN = frozenset("\u064b\u064c\u064d")


#: "son of", "daughter of": the word after them is a father's name, whatever else it means.
_SON_OF = frozenset({"بن", "بنت", "ابن"})
#: Log-odds (name detector) over which a surname is plainly transliterated ("نافاس" 17,
#: "روبرتو" 33), so a common noun with the article after it is no part of the name.
FOREIGN_SURNAME_LOG_ODDS = 15.0
#: Jobs named right after a person's name ("آل سعود وكيل الحرس الوطني") that are no
#: title of their own (a title word ends a name anyway): the name ends before them.
_JOBS_AFTER_NAME = frozenset({"وكيل", "وكيله"})
#: "Chief of" before a noun with the article: a job after a name, as in
#: "كبير المفاوضين" ("كبير" alone may be a family name).
_HEAD_NOUNS = frozenset({"كبير", "كبيره"})
#: Name words after which the next one always belongs to the name, even a title:
#: "عبد الأمير", "سعد عبدرب الأمير", "مهدي العبد الإله".
_SERVANT_OF = frozenset({"عبد", "عبدرب", "العبد"})


@lru_cache(maxsize=65536)
def _has_digit(word: str) -> bool:
    """Does the word hold a digit (cached: asked of the same words in every article)?"""
    return any(c.isdigit() for c in word)


class NameRuns(Words):
    """An article's words and the tests of whether a word belongs to a person's name."""

    def name_like(self, k: int, first: bool, after_particle: bool, titled: bool = False) -> bool:
        """Can word k be part of a person's name here?

        ``first``: it would be the name's first word; ``after_particle``: the
        word before is a name particle or a given name.  ``titled``: a title
        came just before, so a first word that is also an ordinary word
        (إمام، حياة، سلطان) may still start a name of two words.
        """
        if k >= self.n or (not first and self.brk[k]) or not self.arabic[k]:
            return False
        w = self.words[k]
        if len(w) < 2 or self.is_stop(k) or self.future_verb(k):
            return False
        if _has_digit(w):
            return False  # "رجب 1434هـ": a date, not a name
        if _TANWEEN.intersection(self.text[self.starts[k]:self.ends[k]]):
            return False  # "مخاطباً", "مجازاً": tanween marks an indefinite word, not a name
        if self._nisba_or_title(k, w, first, after_particle, titled):
            return False
        if first:
            return self._first_name_word(k, w, titled)
        return self._next_name_word(k, w, after_particle)

    def _nisba_or_title(self, k: int, w: str, first: bool, after_particle: bool,
                        titled: bool) -> bool:
        """:meth:`name_like`: is word k a nationality, a title, an office or a job here?"""
        previous = "" if first else self.words[k - 1]
        son_of = previous in _SON_OF  # "بن تركي", "بن أمين": a father's name
        if (self.nisba_at(k) and not son_of
                and (first or not after_particle or not w.startswith("ال"))):
            return True  # a nationality, except a family name after a given name (إبراهيم التركي)
        if previous == "ال" or previous in _SERVANT_OF or (son_of and not w.startswith("ال")):
            return False  # "آل الشيخ": after آل, a family's name ("ابن الكاتب" is no name)
        if k >= 2 and self.words[k - 2] in _SON_OF and w.startswith("ال") and not self.brk[k - 1]:
            return False  # "محمد بن عبدالله المرشد": after "بن X", the family's name
        if self.is_title(k) and not (first and titled and w in self.gz.given):
            # after a title, "أمين" in "الخبير أمين فارس" is the name; after a given
            # name, "ماجد المهندس يغني" is a family's (no office nor name follows)
            return first or not after_particle or not self._family_title(k)
        return w in OFFICE_WORDS or (not first and self._job_after_name(k, w))

    def _family_title(self, k: int) -> bool:
        """Is word k, a title with the article right after a given name, that person's
        family name: nothing after it makes it a title (no office word, nationality,
        title, given name or particle follows)?"""
        w = self.words[k]
        if (not w.startswith("ال") or self.words[k - 1] not in self.gz.given
                or (k >= 2 and self.words[k - 2] in NAME_PARTICLES)):
            return False  # ("يوسف أبو ماريا الناشط": after a kunya, the title is a job)
        nxt = k + 1
        if nxt >= self.n or self.brk[nxt] or not self.arabic[nxt]:
            return True
        v = self.words[nxt]
        if _TANWEEN.intersection(self.text[self.starts[nxt]:self.ends[nxt]]):
            return False  # "ناجى الشاعر مجازاً": a verb, its subject and an adverb
        return not (v in OFFICE_WORDS or v in self.gz.given or v in NAME_PARTICLES
                    or self.is_title(nxt) or self.nisba_at(nxt) or v.startswith("ال"))

    def _job_after_name(self, k: int, w: str) -> bool:
        """Is word k, after a name's first word, a job named after the name ("د. محمد وكيل
        جامعة شقراء", "رونالد لويس كبير المساعدين": "chief of" a plural with the article)?"""
        if w in _JOBS_AFTER_NAME:
            return True
        return (w in _HEAD_NOUNS and k + 1 < self.n and not self.brk[k + 1]
                and self.words[k + 1].startswith("ال"))

    def _first_name_word(self, k: int, w: str, titled: bool) -> bool:
        """:meth:`name_like` for the first word of a name."""
        gz = self.gz
        if w in ("عبد", "ابو", "ابي") and k + 1 < self.n and not self.brk[k + 1]:
            return True  # "عبد الواحد", "أبو مازن": a compound given name or kunya
        if w in ("ابن", "بن") and self._son_of_the_late(k + 1):
            return False  # "وزير الداخلية ابن الراحل": "son of the late", no name
        if self._clitic_on_first(k, w):
            return False
        if w not in gz.given and self._derived_word(k, w, titled):
            return False
        if w in gz.common and w not in gz.given:
            if not titled or w.startswith("ال"):
                return False
            # "إمام عاشور": needs a second word, and no place ("حرص واشنطن")
            return (self.name_like(k + 1, False, w in NAME_PARTICLES)
                    and self.phrase_at(k + 1, ("place",)) is None)
        return True

    def _son_of_the_late(self, k: int) -> bool:
        """After ابن at the start of a name, is word k an ordinary word with the article
        ("ابن الراحل", "ابن الشهيد"), not a father's or family's name ("ابن الخطاب")?"""
        if k >= self.n or self.brk[k]:
            return False
        w = self.words[k]
        return (w.startswith("ال") and w not in self.gz.given and w[2:] not in self.gz.given
                and w in self.gz.frequent and load_detector().score(w) < VERB_LOG_ODDS)

    def _derived_word(self, k: int, w: str, titled: bool) -> bool:
        """Is word k, no given name, shaped as a verb or a derived noun that starts no name?"""
        gz = self.gz
        if w[:2] == "مت" and len(w) >= 5 and w in gz.frequent:
            return True  # "الفريق متقاعد محمد العماني": a participle ("retired"), not a name
        if w.startswith("است") and len(w) >= 6 and load_detector().score(w) < VERB_LOG_ODDS:
            return True  # "وزير التنمية استجابة المحافظات": a verbal noun of form X
        if w[:1] == "ي" and len(w) > 3:
            return True  # "يأمر", "يقول": an imperfect verb, not a name
        if self.noun_form(w, first=True):
            return True  # "اللاعب اول مباراتين", "الشهيد السعودي ماديا": a noun's form
        if w.startswith("ال") and self.raw(k).endswith("ية"):
            return True  # "بلكنتها الفرنسية المتوسطية المحببة": an adjective, no name
        return titled and self._noun_after_title(k, w)

    def _clitic_on_first(self, k: int, w: str) -> bool:
        """Is word k, a name's would-be first word, an ordinary word with a preposition or
        a conjunction glued on ("الأمير برقية تهنئة", "وأعضاء الوفد")?"""
        gz = self.gz
        if self.glued_word(k, conjunctions=False) and w not in gz.given:
            return True
        if w[:1] in "بلك" and w not in gz.given and self._preposition_on_first(k, w):
            return True
        if w[:1] in "وف" and w[1:4] == "است" and len(w) >= 7:
            return True  # "واستعرضت بطولاته": "and" on a verb of form X
        if w[:1] not in "وف" or len(w) <= 4:
            return False
        rest = w[1:]
        if w[:1] == "و" and w not in gz.given and rest not in gz.given and (
                not self._theophoric(k)) and (
                rest in gz.frequent or rest[:1] in "يت"
                or self.raw(k).endswith(("ه", "ها", "هم", "نا"))  # as written: not ة
                or load_detector().score(rest) < VERB_LOG_ODDS):
            # "رئيس الوزراء ونظيره", "وتأجيل المثول", "وجنودنا البواسل": "and" on a word
            # that reads as Arabic, not on a name
            return True
        if rest[-1] in "يو" and rest not in gz.given and (
                rest[:-1] + "ين" in gz.frequent
                or (rest[:-1] in gz.common and rest in gz.frequent and self.nisba_at(k) is None)):
            return True  # "ومديري الإدارات": "and" on a plural in construct
        return self._glued_common(rest)

    def _theophoric(self, k: int) -> bool:
        """Does الله follow word k, making the two a given name ("اللواء وديعة الله")?"""
        return k + 1 < self.n and not self.brk[k + 1] and self.words[k + 1] == "الله"

    def _preposition_on_first(self, k: int, w: str) -> bool:
        """:meth:`_clitic_on_first` for a word in ب ل ك that is no given name."""
        gz = self.gz
        if len(w) > 3 and w[1:] in gz.given:
            return True  # a preposition on a name-like word starts no name
        if w[:1] in "بل" and len(w) > 4 and self.raw(k).endswith("ية"):
            return True  # "التركي برباعية نظيفة": a preposition on a noun in ية
        # "ويقوم الطبيب بحقن الحبيبات": a preposition on a frequent word
        return (w[:1] in "بل" and len(w) >= 4 and w[1:] in gz.frequent
                and not load_detector().foreign(w))

    def _noun_after_title(self, k: int, w: str) -> bool:
        """After a title, is word k (no given name) an ordinary noun, not a name's start:
        a common noun in ة as written after a title that is not feminine ("اللاعب مادة
        ..."; "السيدة حياة الفهد" is a woman's name), or a frequent word with the article
        that reads as Arabic ("أصحاب السمو الأمراء")?"""
        gz = self.gz
        if w in gz.common and self.raw(k).endswith("ة") and not self.raw(k - 1).endswith("ة"):
            return True
        return (w.startswith("ال") and len(w) >= 5 and w in gz.frequent
                and w[2:] not in gz.given and not load_detector().foreign(w))

    def _next_name_word(self, k: int, w: str, after_particle: bool) -> bool:
        """:meth:`name_like` for a word after the first of a name."""
        gz = self.gz
        if w == "الله" and not self.brk[k]:
            # دخل الله، فضل الله، نصر الله: a name ending; but "أحمد الله" is "I praise God"
            prev = self.words[k - 1]
            return prev not in gz.given or prev + "الله" in gz.given
        if self._clitic_starts_phrase(k, w):
            return False
        if self.pronoun_suffixed(k) or (w not in gz.given and self.words[k - 1] not in
                                        NAME_PARTICLES and self.inflected(w)):
            return False  # "كامل أراضيها", "زين تبدأ", "فيدال هدفين"
        return not (w in gz.common and not (after_particle or w in gz.given or w in NAME_PARTICLES))

    def _clitic_starts_phrase(self, k: int, w: str) -> bool:
        """Does word k, after a name's first word, start a new phrase with a conjunction
        or a preposition glued on (so the name ends before it)?"""
        gz = self.gz
        if (w[:1] in "وف" and len(w) > 3 and w not in gz.given
                and (w[1:] in gz.given or w[1:] in gz.common)):
            return True  # "... وعزام": a conjunction starts a new name ("فيصل" is no ف + يصل)
        if (w[:1] == "و" and len(w) > 3 and w not in gz.given and w not in NAME_PARTICLES
                and (w[1:] in gz.frequent or (len(w) > 4 and w.endswith(("ه", "ها", "هم"))))):
            return True  # "عالية وخصوصية", "أمنه واستقراره": "and" on a word ends a name
        if self.glued_word(k):
            return True  # "... للصحفيين": a new phrase starts
        if w[:1] in "بلف" and w not in gz.given and self._preposition_starts_phrase(k, w):
            return True
        # "... وبسلاح": a conjunction and a preposition start a new phrase
        return w[:2] in ("وب", "فب", "وك", "فك") and len(w) > 4 and w not in gz.given

    def _preposition_starts_phrase(self, k: int, w: str) -> bool:
        """:meth:`_clitic_starts_phrase` for a word in ب ل ف that is no given name: a
        preposition on a noun in ة or on a frequent word ("دونيس بمناورة", "لينكولن
        بمحاصرة", "بلاتر لخوض", "عمار فأنشأ"); باسلمة، بوخمسين are families."""
        if w[:2] == "بو" or load_detector().foreign(w):
            return False
        gz = self.gz
        if (w[:1] in "بل" and w[:2] != "با" and len(w) >= 5 and self.raw(k).endswith("ة")
                and w[1:] not in gz.given):
            return True
        return len(w) > 4 and w[1:] in gz.frequent

    def inflected(self, w: str) -> bool:
        """Is the folded word (no given name) shaped like a verb or an inflected noun,
        which a name never runs into?"""
        gz = self.gz
        if w[0] in "يت" and (w in gz.common or (len(w) >= 4
                                                and load_detector().score(w) < VERB_LOG_ODDS)):
            return True  # "زين تبدأ", "فاضل يحافظ": an imperfect verb, even after a given name
        if w.endswith("وا") and len(w) >= 5:
            return True  # "قيديد سيطروا": a verb in the plural
        if w.startswith("ات") and len(w) == 4 and load_detector().score(w) < VERB_LOG_ODDS:
            return True  # "في جو اتسم بالمودة": a verb of form VIII (اتسم، اتفق، اتهم)
        if (w.startswith("است") or (w[:2] == "مت" and w[2:3] != "ع")) and len(w) >= 5 \
                and load_detector().score(w) < VERB_LOG_ODDS:
            # "أحمد البارقي استشهد": a verb or verbal noun of form X; "الختارشي متزوج":
            # a participle of form V or VI (متعب is a given name: not asked)
            return True
        if self.noun_form(w):
            return True
        # "سلاف ويعاونه": a conjunction, a verb and a pronoun
        return w[:2] in ("وي", "وت", "في", "فت") and w.endswith(("ه", "ها", "هم"))

    def noun_form(self, w: str, first: bool = False) -> bool:
        """Is the folded word (no given name) an inflected form of an ordinary noun or
        adjective, which no name is: a dual or plural, an indefinite accusative?
        (``first``: the name's first word, where "لامين" is no plural of لام.)"""
        gz = self.gz
        if not first and w.endswith("ين") and len(w) >= 5 and w[:-2] in gz.common:
            return True  # "فيدال هدفين": the dual or plural of an ordinary noun
        if w.startswith("ال") and w.endswith("ين") and len(w) >= 8 and (
                w[2:-2] in gz.frequent
                or (w[2] == "م" and load_detector().score(w) < VERB_LOG_ODDS)):
            return True  # "إلهام الممارسين": the plural of a participle, with the article
        if w.endswith(("تين", "تان")) and len(w) >= 6 and w[:-3] + "ه" in gz.frequent:
            return True  # "فترتين تدريبيتين", "مباراتين": the dual of a noun in ة
        if (w.startswith("ال") and w.endswith("ين") and len(w) >= 7
                and w[2:-2] in gz.common):
            return True  # "كبير المساعدين": the plural of a noun, with the article
        if not w.endswith("ا") or len(w) < 4 or load_detector().foreign(w):
            return False
        # "ديمبسي رافعا" ("بينيا" is a name); "غوستافو قائلا": a frequent adverb
        return w[:-1] in gz.frequent or (w in gz.frequent and not w.startswith("ال")
                                         and load_detector().score(w) < VERB_LOG_ODDS)

    def name_run(self, k: int, titled: bool = False) -> int:
        """End of the run of name-like words starting at k (k itself if none)."""
        j = k
        after_particle = False
        count = 0
        while (j < self.n and count < MAX_NAME_WORDS
               and self.name_like(j, j == k, after_particle, titled)):
            if self._name_ends_at(k, j, after_particle):
                break
            after_particle = self._family_name_may_follow(j, j > k)
            j += 1
            count += 1
        while j > k and self.words[j - 1] in OPEN_PARTICLES:
            j -= 1
        return j

    def _name_ends_at(self, k: int, j: int, after_particle: bool) -> bool:
        """Does the name that starts at word k end before word j, a name-like word?"""
        w = self.words[j]
        if j > k and self.phrase_at(j, ("place",)) and not after_particle:
            return True
        if self.phrase_at(j, ("formula",)):
            return True  # "الملك سلمان حفظه الله": a name never runs into a religious formula
        nisba = w.startswith("ال") and w.endswith("ي")
        if j >= k + 2 and self.words[j - 2] == "ال" and not nisba:
            return True  # "آل مقرن وكيل", "آل سعود علي": a family's name after آل ends it
        if j >= k + 2 and self._and_next_name(j):
            return True  # "جورج شقرا وطوني ورد", "ناصر علوي وعصمت": "and" starts the next
        prev = self.words[j - 1] if j > k + 1 else ""
        if prev and not nisba and self._noun_after_foreign(prev, w):
            return True  # "كيلور نافاس القميص": a noun after a foreign surname
        if prev and not nisba and self._after_family_name(j):
            return True
        # "وائل كفوري أحيا", "هاني أبوراس أرجأ": a verb after a full name
        return (j >= k + 2 + (self.words[k] in ("عبد", "ابو", "ابي"))
                and self.words[j - 1] not in NAME_PARTICLES and self._ordinary_after_name(j))

    def _after_family_name(self, j: int) -> bool:
        """Does word j follow a family name with the article, which ends a name ("ياسر
        القحطاني جماهير ...", "نواف العابد التمارين"), unless a particle, a given name or a
        nisba follows (word j is no nisba: the caller asks)?"""
        w = self.words[j]
        prev = self.words[j - 1]
        return (len(prev) > 3 and prev.startswith("ال") and w not in NAME_PARTICLES
                and prev not in _SERVANT_OF
                and (self.words[j - 2] not in NAME_PARTICLES  # "عبد السلام أحيزون"
                     or self.words[j - 2] == "ال")  # but "آل الشيخ مفتي" ends at الشيخ
                and (w not in self.gz.given or w in self.gz.common)  # "الأحمري مالك شركة"
                and not self._after_compound(j))

    def _and_next_name(self, j: int) -> bool:
        """Is word j "and" on the first word of another name, after a name that has two
        words already: a given name or a foreign-looking one, or any word that another
        name word follows ("جورج شقرا وطوني ورد", "ناصر علوي وعصمت ودخيل"; "مولي مانينغ
        ووكر عن فيلمها" is Walker)?"""
        w = self.words[j]
        gz = self.gz
        if w[:1] != "و" or len(w) <= 3 or w in gz.given or self.words[j - 1] in NAME_PARTICLES:
            return False
        rest = w[1:]
        if rest in gz.common:
            return False
        if rest in gz.given or load_detector().foreign(rest):
            return True
        nxt = j + 1
        return (nxt < self.n and not self.brk[nxt] and self.arabic[nxt]
                and not self.is_stop(nxt) and self.words[nxt] not in gz.common)

    def _family_name_may_follow(self, j: int, inside: bool) -> bool:
        """After word j of a name (``inside``: not its first), may the next word be a family
        name that is also an ordinary word?  After a particle or a given name, yes; after
        a given name in two words ("عبد الكريم الخلف"), one with the article."""
        w = self.words[j]
        if w in NAME_PARTICLES or w in self.gz.given or w in _SERVANT_OF:
            return True
        compound = inside and (self.words[j - 1] + w in self.gz.given or self.words[j - 1] == "عبد")
        return compound and j + 1 < self.n and self.words[j + 1][:2] == "ال"

    def _noun_after_foreign(self, prev: str, w: str) -> bool:
        """Is ``w`` a word with the article after ``prev``, a surname that reads as clearly
        transliterated: a frequent word, or any that reads as Arabic ("فرانك ريبيري
        الغائب", "كيفن دي بروين الملاحق")?  (Arabic given names the detector
        half-believes foreign, إبراهيم 7, سليمان 12, stay under the bar.)"""
        if not w.startswith("ال") or w in self.gz.given:
            return False
        detector = load_detector()
        return (detector.score(prev) > FOREIGN_SURNAME_LOG_ODDS
                and (w in self.gz.frequent or detector.score(w) < VERB_LOG_ODDS))

    def _ordinary_after_name(self, j: int) -> bool:
        """Is word j, after two words of a name, a frequent word that is no given name
        nor particle and reads as Arabic, not as a transliterated name (a verb, a noun)?"""
        w = self.words[j]
        gz = self.gz
        return (w in gz.frequent and w not in gz.given and w not in NAME_PARTICLES
                and not w.startswith("ال") and not w.endswith("ي")  # علوي: a family nisba
                and load_detector().score(w) < VERB_LOG_ODDS)

    def _after_compound(self, j: int) -> bool:
        """Does a family name go on at word j after a compound given name ("صلاح الدين
        دميرتاش", "نور الدين رجب"): a name the detector reads as foreign, or a word
        no list calls ordinary, with nothing glued on ("عز الدين تتبرأ" stops)?"""
        gz = self.gz
        if self.words[j - 2] + self.words[j - 1] not in gz.given:
            return False
        w = self.words[j]
        return (not self.glued_word(j) and not self.future_verb(j) and not self.is_stop(j)
                and w not in gz.common and w[:1] not in "يت"
                and (load_detector().foreign(w) or w in gz.frequent))
