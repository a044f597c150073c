"""Names in scripts without capitals: Arabic and Thai cues, span ends, and what is no name."""
from __future__ import annotations

import pytest

from generator.annotate.recognise import cased, thai_bodies, thai_names, uncased
from generator.annotate.recognise.found import Found
from generator.annotate.recognise.tokens import tokenize
from generator.lang.arabic import definite_stem, is_family_name_with_article, is_plural_or_feminine, surname


def _names(text: str, lang: str) -> set[tuple[str, str]]:
    """(surface, kind) of every name the uncased finders report in a text."""
    return {(text[f.start:f.end], f.kind) for f in uncased.find(text, lang, tokenize(text, lang))}


# Arabic sentences written for these tests: (text, a name that must be found, its kind).
ARABIC_FOUND = [
    ("وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده مستعدة.", "إيمانويل ماكرون", "person"),  # adjective skipped
    ("استقبل الوزير خالد المنصوري وفدا من الشركة.", "خالد المنصوري", "person"),  # family name with the article
    ("وصل الشيخ سامي نصر الله إلى المدينة.", "سامي نصر الله", "person"),  # theophoric family name
    ("وقال مارك روته إن الحلف موحد.", "مارك روته", "person"),  # verb of saying ... "that"
    ("التقى الرئيس ماكرون وميركل في المدينة.", "ماكرون", "person"),  # "and" ends the name
    ("وأجرى يوهان بيرغمان نائب وزير الخارجية محادثات.", "يوهان بيرغمان", "person"),  # before an office in apposition
    ("وكان سائقا لسعيد بن مرزوق، ثم اعتقل.", "لسعيد بن مرزوق", "person"),  # بن "son of" between name words
    ("ويحمل المطار اسم خالد بن الوليد منذ عام.", "خالد بن الوليد", "person"),  # a family name with the article
]


@pytest.mark.parametrize("text, name, kind", ARABIC_FOUND)
def test_arabic_names_after_cues(text, name, kind):
    assert (name, kind) in _names(text, "ar")


# (text, a span that must not be reported as a person).
ARABIC_NOT_PERSONS = [
    # "foreign (ministry)" is written with the article elsewhere in the text: a common noun, no name.
    ("أعلنت الخارجية أن نائب وزير خارجية فرنسا أجرى محادثات.", "خارجية فرنسا"),
    ("وقال أنه يتوقع أن تنمو الصادرات.", "أنه يتوقع"),  # "that" is no speaker
    ("وقال خبراء اقتصاديون إن النمو تباطأ.", "خبراء اقتصاديون"),  # plural nisba: experts, not a name
    ("التقى الرئيس ماكرون وميركل في المدينة.", "ماكرون وميركل"),
    ("ولم يدل الرئيس باي تصريح بعد الاجتماع.", "باي تصريح"),  # ب + أي "with any" after a title
    ("موسكو انتقد رئيس الوزراء الخطة.", "موسكو انتقد"),  # a dateline's city and a verb before an office
    ("وأعلن نائب رئيس الحزب أن الخطة جاهزة.", "وأعلن نائب"),  # an office before an office
]


@pytest.mark.parametrize("text, span", ARABIC_NOT_PERSONS)
def test_arabic_common_words_end_or_refuse_a_name(text, span):
    assert (span, "person") not in _names(text, "ar")
    assert all(span not in surface for surface, kind in _names(text, "ar") if kind == "person")


@pytest.mark.parametrize("word, stem", [
    ("والخارجية", "خارجية"), ("للخارجية", "خارجية"), ("بالمجلس", "مجلس"), ("الخارجية", "خارجية"),
    ("مجلس", ""), ("روته", ""), ("الى", ""),
])
def test_definite_stem(word, stem):
    assert definite_stem(word) == stem


@pytest.mark.parametrize("word, expected", [
    ("المنصوري", True), ("الحسيني", True), ("الأميركية", False), ("الإسرائيليون", False),
    ("المسلحين", False), ("منصور", False),
])
def test_family_name_with_article(word, expected):
    assert is_family_name_with_article(word) is expected


@pytest.mark.parametrize("word, expected", [("اقتصاديون", True), ("الأوروبية", True), ("روته", False)])
def test_plural_or_feminine(word, expected):
    assert is_plural_or_feminine(word) is expected


def test_quoted_arabic_phrases_are_screened_but_cued_names_stay():
    body = 'طالب بوضع "خطة زمنية واضحة" وقال الوزير خالد المنصوري'
    quoted = Found(body.index("خطة"), body.index("واضحة") + len("واضحة"), "")
    person = Found(body.index("خالد"), len(body), "person")
    latin = Found(0, 0, "")  # an empty span has no Arabic letters: not the screen's business
    assert uncased.screened(body, [quoted, person, latin]) == [person, latin]


# Thai sentences written for these tests: (text, name, kind).
THAI_FOUND = [
    ("พ.ต.อ.สมชาย ใจดี กล่าวว่าจะตรวจสอบ", "พ.ต.อ.สมชาย ใจดี", "person"),  # rank abbreviation + surname
    ("ด.ญ.สมศรี รักดี เดินทางกลับบ้าน", "ด.ญ.สมศรี รักดี", "person"),  # child's title
    ("เขาเดินทางไปประเทศฝรั่งเศสเมื่อวาน", "ประเทศฝรั่งเศส", "place"),  # classifier glued to a country
    ("โดยนางสุดาพร ศรีสุข กล่าวว่า", "นางสุดาพร ศรีสุข", "person"),  # given name beginning with สุด "most"
    ("นางมานพ ใจดี เดินทางกลับบ้าน", "นางมานพ ใจดี", "person"),  # given name beginning with มา "come"
    ("และนางเล็ก ศรีสุข อายุ 40 ปี", "นางเล็ก ศรีสุข", "person"),
    ("โดยนายสมชาย ส่งเสริม กล่าวว่า", "นายสมชาย ส่งเสริม", "person"),  # listed family name beginning with ส่ง  # nickname that is a word, with a surname
    ("ผู้เชี่ยวชาญจากสหรัฐฯ เดินทางมาถึง", "สหรัฐฯ", "place"),  # ฯ abbreviates สหรัฐอเมริกา
    ("สหภาพยุโรป (อียู) ประกาศ", "อียู", "organisation"),  # EU spelt with letter names
    ("ตามรายงานของ \"เอเอฟพี\" เมื่อวาน", "เอเอฟพี", "organisation"),  # AFP spelt with letter names
    ("ที่เขตบางรักนั้น มีการตรวจ", "เขตบางรัก", "place"),  # a district the gazetteer knows after เขต
    ("นายสมชาย ใจดี บริษัทสยามฟู้ดส์จำกัด(มหาชน) เปิดเผยว่า", "บริษัทสยามฟู้ดส์จำกัด(มหาชน)", "organisation"),
    ("บริษัท สยามฟู้ดส์ จำกัด แถลงว่า สยามฟู้ดส์ได้ส่งสินค้า", "สยามฟู้ดส์", "organisation"),  # the bare name again  # a district the gazetteer knows after เขต
    ("โดยรัฐมนตรีสมชาย กล่าวว่า", "สมชาย", "person"),  # an office glued before the name: no part of it
    ("และประธานาธิบดีปูติน ได้เดินทาง", "ปูติน", "person"),
    ("พบที่ อ.กำแพงแสน และดอนตูม จ.นครปฐม", "ดอนตูม", "place"),  # a second district joined by และ shares อ.
    ("พบที่ จ.ลำปาง และ น่าน เมื่อวาน", "น่าน", "place"),  # a second province, และ between spaces
]


@pytest.mark.parametrize("text, name, kind", THAI_FOUND)
def test_thai_names_after_titles_heads_and_classifiers(text, name, kind):
    assert (name, kind) in _names(text, "th")


@pytest.mark.parametrize("text, surface, ref", [
    ("ผู้เชี่ยวชาญจากสหรัฐฯ เดินทางมาถึง", "สหรัฐฯ", "cldr:US"),  # shorter than สหรัฐอาหรับเอมิเรตส์
    ("เดินทางไปกรุงเทพฯ แล้ว", "กรุงเทพฯ", "iso3166-2:TH-10"),  # กรุงเทพมหานคร
])
def test_thai_abbreviation_mark_names_the_place_it_shortens(text, surface, ref):
    refs = {f.ref for f in thai_names.find(text, "th") if text[f.start:f.end] == surface}
    assert refs == {ref}


def test_thai_classified_place_keeps_the_gazetteer_id():
    text = "เขาเดินทางไปประเทศฝรั่งเศสเมื่อวาน"
    refs = {f.ref for f in thai_names.find(text, "th") if text[f.start:f.end] == "ประเทศฝรั่งเศส"}
    assert refs == {"cldr:FR"}


# (text, a span that must not be reported): a title's letters inside a word, a head inside a longer word.
THAI_NOT_FOUND = [
    ("เขาทำได้เท่านั้น", "ท่านั้น"),  # ท่าน "Sir" inside เท่านั้น "only"
    ("สภาพอากาศดีมาก", "สภาพอากาศดีมาก"),  # สภา "council" inside สภาพ "condition"
    ("รัฐมนตรีใหม่ กล่าว", "รัฐมนตรีใหม่"),  # ใหม่ "new" is in the name lists, but no surname follows
    ("ไปกระทรวงเกษตรฯ แล้ว", "เกษตรฯ"),  # ฯ after a ministry: no country or region begins with เกษตร
    ("ที่ จ.ลำปาง และพบว่า ไม่มี", "พบว่า"),  # a clause after และ ("and found that"): a function word in it
    ("ที่ จ.ลำปาง และอื่นๆ", "อื่นๆ"),  # "and others"
    ("ในพื้นที่ จ.เดิม ที่เคยพบ", "จ.เดิม"),  # "the same province"
    ("ในเขตพื้นที่ดังกล่าว", "เขตพื้นที่"),  # เขต "zone" before a common noun
]


@pytest.mark.parametrize("text, span", THAI_NOT_FOUND)
def test_thai_letters_of_a_cue_inside_a_word_are_no_cue(text, span):
    assert not any(span.startswith(surface) or surface.startswith(span[:3]) for surface, _ in _names(text, "th"))


def test_one_arabic_word_the_text_also_writes_with_the_article_is_a_common_noun():
    body = "قالت الدولة إن دولة جارة وافقت، وزار الوفد بيروت."
    noun = Found(body.index("دولة جارة"), body.index("دولة جارة") + len("دولة"), "place", "geonames:1")
    city = Found(body.index("بيروت"), body.index("بيروت") + len("بيروت"), "place", "geonames:2")
    assert uncased.screened(body, [noun, city]) == [city]


def _entry(article: str, surface: str, kind: str):
    from generator.model import Mention

    return (article, "ar", Mention("key-" + surface, 0, len(surface), surface, surface, kind, ""))


def test_names_found_by_a_cue_are_looked_for_in_other_articles():
    from generator.assembly.known_names import _automaton, _repeatable_forms, _whole_matches

    entries = [_entry("a1", "مارك روته", "person"), _entry("a2", "يان روته", "person"),
               _entry("a1", "سامي قاسم", "person"), _entry("a1", "دولة", "place"),
               _entry("a2", "بيتر هولمستروم", "person")]
    forms = _repeatable_forms(entries)
    # Whole names, a surname two articles end a name with, and one of six letters or more (no verb of saying
    # is that long); one article's short surname and places are not.
    assert set(forms) == {"مارك روته", "يان روته", "سامي قاسم", "روته", "بيتر هولمستروم", "هولمستروم"}
    body = "وقال روته إن الحلف موحد، وزار ولروته قاسم الدولة مقاسم"
    matches = [body[s:e] for s, e, _ in _whole_matches(body, _automaton(forms))]
    assert matches == ["روته", "ولروته"]  # with its glued clitics; مقاسم is another word


def test_family_names_with_the_article_or_two_words_are_looked_for_alone():
    from generator.assembly.known_names import _repeatable_forms

    entries = [_entry("a1", "سامي الحريري", "person"), _entry("a1", "كريم نصر الله", "person"),
               _entry("a1", "خالد الأميركية", "person")]
    forms = _repeatable_forms(entries)
    # الحريري: a nisba in -ī of seven letters; نصر الله: God's name alone names no one, the surname is two words;
    # الأميركية ends like a nisba adjective in the feminine (-iyya), a word the cue ran into.
    assert set(forms) == {"سامي الحريري", "كريم نصر الله", "خالد الأميركية", "الحريري", "نصر الله"}


@pytest.mark.parametrize("words, expected", [
    (["مارك", "روته"], "روته"),
    (["حسن", "نصر", "الله"], "نصر الله"),  # theophoric: God's name ends it
    (["أسامة", "بن", "لادن"], "بن لادن"),  # a particle governs the last word
    (["عبد", "الله"], "الله"),  # two words: the given name is the theophoric one
])
def test_arabic_surname(words, expected):
    assert surname(words) == expected


def test_arabic_surname_of_two_words_is_found_again_in_the_article():
    body = "وقال الشيخ كريم نصر الله إن الوفد وصل. ثم غادر نصر الله المدينة."
    assert ("نصر الله", "person") in _names_with_repeats(body)


def _names_with_repeats(text: str) -> set[tuple[str, str]]:
    """(surface, kind) of the names the uncased finders report and their repeats in the same text."""
    from generator.annotate.recognise.repeats import repeats

    found = list(uncased.find(text, "ar", tokenize(text, "ar")))
    return {(text[f.start:f.end], f.kind) for f in repeats(text, found)}


@pytest.mark.parametrize("text, name", [
    ("وقالت سارة ميلر للصحفيين إن المحادثات انتهت.", "سارة ميلر"),  # feminine verb, a preposition after the name
    ("وأضاف مارك روته: سنواصل العمل.", "مارك روته"),  # punctuation after the name
    ("وقال ستيفان دوجاريك في مؤتمر صحفي إن", "ستيفان دوجاريك"),
    ("وقال بيتر هولم رئيس المعهد إن الخطر قائم.", "بيتر هولم"),  # the office after the name ends it
    ("حسب ما قال بيتر هولم الذي زار الموقع.", "بيتر هولم"),  # "who" after the name ends it
])
def test_arabic_speakers_before_a_preposition_or_punctuation(text, name):
    assert (name, "person") in _names(text, "ar")


@pytest.mark.parametrize("text", [
    "وقال مسؤولون أمميون إن الوضع خطير.",  # plural: officials
    "وقال في بيان إن الوضع خطير.",  # a preposition straight after the verb: no name
])
def test_arabic_saying_without_a_name(text):
    assert not any(kind == "person" for _, kind in _names(text, "ar"))


@pytest.mark.parametrize("text, name, kind", [
    ("عبرت السفينة البحر الأبيض المتوسط أمس.", "البحر الأبيض المتوسط", "place"),  # definite head + adjectives
    ("وصل الوفد إلى جزيرة كريت صباحا.", "كريت", "place"),  # indefinite head: the name is the word after it
    ("أعلن اتحاد نقابات العمال إضرابا.", "اتحاد نقابات العمال", "organisation"),  # construct chain
    ("وقال معهد الفلك والفيزياء إن", "معهد الفلك والفيزياء", "organisation"),  # two genitives joined by و
    ("ودعا مجلس الأمن والأمم المتحدة إلى الهدوء.", "مجلس الأمن", "organisation"),  # و begins another body
])
def test_arabic_heads_of_places_and_organisations(text, name, kind):
    assert (name, kind) in _names(text, "ar")


@pytest.mark.parametrize("text, names", [
    ("أعلنت شركة فيليبس زيادة أرباحها.", {("فيليبس", "organisation")}),  # company + its name
    ("ونقلت وكالة سبوتنيك عن مصدر قوله", {("سبوتنيك", "organisation")}),  # agency + its name
    ("وحققت أسهم الشركة مكاسب كبيرة.", set()),  # "the company" then the predicate: no name
    ("ونقلت وكالة الأنباء الكويتية الرسمية عن مصدر", {("وكالة الأنباء الكويتية", "organisation")}),  # "official"
])
def test_arabic_company_and_agency_named_after_their_head(text, names):
    assert {n for n in _names(text, "ar") if n[1] == "organisation"} == names


def test_a_tv_channel_is_no_canal():
    assert not any(kind == "place" for _, kind in _names("قالت قناة الجزيرة إن", "ar"))


@pytest.mark.parametrize("text, name, kind", [
    ("กรมควบคุมมลพิษแถลงเมื่อวาน", "กรมควบคุมมลพิษ", "organisation"),  # verb right after the head, then its object
    ("สถาบันวิจัยและพัฒนาแห่งชาติได้ประกาศ", "สถาบันวิจัยและพัฒนาแห่งชาติ", "organisation"),  # "and" between nouns
    # a glued run longer than forty letters is read from its start
    ("กรมควบคุมมลพิษแถลงเมื่อวานว่าได้ตรวจพบสารพิษในแม่น้ำหลายสายทางภาคเหนือ", "กรมควบคุมมลพิษ", "organisation"),
    # a department, then the ministry it belongs to: two bodies
    ("กรมควบคุมมลพิษกระทรวงทรัพยากรธรรมชาติแถลง", "กรมควบคุมมลพิษ", "organisation"),
    # a second cue later in the glued run of the first name (a province, then the ministry that booked the rooms)
    ("ไปพักที่จังหวัดเชียงรายที่ทางกระทรวงการคลังจองไว้ให้", "กระทรวงการคลัง", "organisation"),
])
def test_thai_organisation_names_run_to_the_first_verb_after_a_noun(text, name, kind):
    assert (name, kind) in _names(text, "th")


@pytest.mark.parametrize("text, name", [
    ("وأكدت الوزيرة سارة ميلر أن الاتفاق قريب.", "سارة ميلر"),  # feminine title
    ("قال رئيس اللجنة، توماس فيشر، إن الجلسة تأجلت.", "توماس فيشر"),  # full name between commas
    ("أعلن المفوض الأوروبي ماروش شيفتشوفيتش أن المحادثات مستمرة.", "ماروش شيفتشوفيتش"),  # office ... name "that"
])
def test_arabic_persons_by_office_apposition_and_subject(text, name):
    assert (name, "person") in _names(text, "ar")


@pytest.mark.parametrize("text", [
    "وأضاف خصوصا أن الوضع خطير.",  # an adverb after a verb of saying
    "وقال، في الوقت نفسه، إن الوضع خطير.",  # a phrase between commas
    "المحكمة التي اعتبرت خصوصا أن القرار باطل.",  # after a relative pronoun, a verb and an adverb
])
def test_arabic_adverbs_and_phrases_are_no_persons(text):
    assert not any(kind == "person" for _, kind in _names(text, "ar"))


@pytest.mark.parametrize("text, name, kind", [
    ("รมว.พลังงาน เดินทางไปเชียงใหม่", "พลังงาน", "organisation"),  # the ministry a minister's title names
    ("เมื่อเวลา 10.30 น.พ.ต.อ.สมชาย ใจดี เดินทางมาถึง", "พ.ต.อ.สมชาย ใจดี", "person"),  # น. of the clock time
    ("วันที่ 3 ก.พ.ดร.สมศรี รักดี กล่าว", "ดร.สมศรี รักดี", "person"),  # a month abbreviation is no title
])
def test_thai_ministries_and_titles_after_times_and_dates(text, name, kind):
    assert (name, kind) in _names(text, "th")


@pytest.mark.parametrize("text, name", [
    ("أعلن نائب الرئيس العراقي عادل كريم حسين أمس أن", "عادل كريم حسين"),  # third name closed by an adverb
    ("انتهى الاجتماع. خالد المنصوري قال إن الاتفاق قريب.", "خالد المنصوري"),  # subject before the verb
])
def test_arabic_three_word_names_and_subjects_first(text, name):
    assert (name, "person") in _names(text, "ar")


def test_a_verb_after_a_two_word_name_is_no_third_name():
    names = _names("قال الرئيس مارك روته تجاوز صلاحياته", "ar")
    assert ("مارك روته", "person") in names and ("مارك روته تجاوز", "person") not in names


@pytest.mark.parametrize("body, word, kept", [
    ("قدمت الحكومة الدعم للدولة الفقيرة", "للدولة", False),  # ل + ال + دولة: a noun with the article
    ("قدمت الحكومة الدعم للبنان", "للبنان", True),  # ل + لبنان: the country
    ("وصل الشيخ سامي نصر الله ثم قال الله أكبر", "الله", False),  # God's name alone is no person
])
def test_screen_of_single_arabic_words(body, word, kept):
    start = body.rindex(word)
    item = Found(start, start + len(word), "place" if word != "الله" else "person", "x" if word != "الله" else "")
    assert (uncased.screened(body, [item]) == [item]) is kept


@pytest.mark.parametrize("text, name", [
    ("التقى امين عام الجامعة العربية سامي قاسم في القاهرة", "سامي قاسم"),  # a title pair without the article
    ("قال الأمين العام للحلف مارك روته في المؤتمر", "مارك روته"),  # the office's genitive with لل skipped
])
def test_arabic_names_after_offices_with_genitives(text, name):
    assert (name, "person") in _names(text, "ar")


@pytest.mark.parametrize("word, expected", [("تجاوز", True), ("استقبل", True), ("روته", False), ("توماس", False)])
def test_derived_verb_patterns(word, expected):
    from generator.lang.arabic import is_derived_verb

    assert is_derived_verb(word) is expected


def test_a_derived_verb_after_a_surname_ends_the_name():
    assert ("روته", "person") in _names("وقال الرئيس روته تجاوز صلاحياته", "ar")


def test_a_head_compounded_with_an_adjective_is_no_organisation():
    assert not any(kind == "organisation" for _, kind in _names("ที่สำนักงานใหญ่ของบริษัท", "th"))


@pytest.mark.parametrize("text, name", [
    ("โฆษก ศธ.แถลงว่าโรงเรียนจะเปิดตามปกติ", "ศธ."),  # a ministry's acronym, a verb glued after it
    ("ผู้บริหาร กฟผ. ยืนยันว่าไฟฟ้าเพียงพอ", "กฟผ."),  # between spaces
    ("คณะผู้บริหารจากรพ.ศิริราช เดินทางมาถึง", "รพ.ศิริราช"),  # a hospital's head and its name, glued after จาก
    ("อธิการบดี มข.วท. กล่าวในที่ประชุม", "มข.วท."),  # a faculty's group after its university's
])
def test_thai_dotted_acronyms_are_organisations(text, name):
    assert (name, "organisation") in _names(text, "th")


@pytest.mark.parametrize("text, span", [
    ("ผอ. ศูนย์วิจัยกล่าวว่า", "ผอ."),  # an office: director
    ("ระยะทาง 20 กม. จากตัวเมือง", "กม."),  # a unit after a number
    ("เมื่อวันที่ 5 ม.ค. ที่ผ่านมา", "ม.ค."),  # a month: a dot inside
    ("เข้าพบกับพ.ต.ท.สมชาย ใจดี", "บพ."),  # the end of กับ before a rank
    ("เมื่อถูกส่งตัวมาถึง รพ. แพทย์ได้ดูแล", "รพ."),  # "the hospital": no name after the head
])
def test_thai_dotted_abbreviations_that_name_no_body(text, span):
    assert all(not surface.startswith(span) for surface, kind in _names(text, "th") if kind == "organisation")


@pytest.mark.parametrize("text, name, kind", [
    ("ตั้งแต่ด.ช.กมล ใจดี เข้ารับการรักษา", "ด.ช.กมล ใจดี", "person"),  # a given name in ก- after a title
    ("โดยนายกิตติ รักไทย กล่าวว่า", "นายกิตติ รักไทย", "person"),  # นาย + ก-: "Mr.", not นายก "chief"
    ("ผวจ.ลำปาง ได้เปิดแถลงข่าว", "ลำปาง", "place"),  # จ. ends the governor's acronym: the bare name
    ("ผู้ป่วยจากจ.เชียงใหม่ ได้รับการรักษา", "จ.เชียงใหม่", "place"),  # จ. after จาก "from": the province
])
def test_thai_titles_and_province_abbreviations(text, name, kind):
    assert (name, kind) in _names(text, "th")


@pytest.mark.parametrize("text", ["นายกรัฐมนตรีกล่าวว่า", "นายกฯ ลงพื้นที่"])
def test_thai_chief_is_no_title(text):
    assert not any(kind == "person" for _, kind in _names(text, "th"))


@pytest.mark.parametrize("text, name", [
    ("قال محامي سامي كريم منصور، إن موكله بريء.", "سامي كريم منصور"),  # a lawyer's client, closed by a comma
    ("وسمحت المحكمة لمحامي منصور بالدخول إلى السجن.", "منصور"),  # a preposition glued to the title
])
def test_arabic_names_after_a_lawyer_or_a_glued_title(text, name):
    assert (name, "person") in _names(text, "ar")


def test_press_conference_is_no_title():
    assert not any(kind == "person" for _, kind in _names("وقال الوزير في مؤتمر صحفي عقده في المدينة", "ar"))


@pytest.mark.parametrize("text, span", [
    ("มีโรงพยาบาลทั่วประเทศพร้อมรับผู้ป่วย", "โรงพยาบาลทั่วประเทศ"),  # "hospitals all over the country"
    ("ผู้ว่าราชการจังหวัดทุกจังหวัด", "จังหวัดทุกจังหวัด"),  # "every province"
    ("นายสมชาย ใจดี รัฐมนตรีช่วยว่าการกระทรวงการคลัง", "รัฐมนตรีช่วย"),  # "deputy minister", an office
    ("ผมได้ให้รัฐมนตรีสมชาย ลงไปในพื้นที่ โดยเร็ว", "รัฐมนตรีสมชาย ลงไปในพื้นที่"),  # a clause, no surname
])
def test_thai_quantified_heads_offices_and_clauses_are_no_names(text, span):
    assert all(surface != span for surface, _ in _names(text, "th"))


@pytest.mark.parametrize("text, name", [
    ("وقال المعهد الوطني للبحوث لرصد الأمطار إن", "المعهد الوطني للبحوث لرصد الأمطار"),  # ل + verbal noun: its purpose
    ("وذكرت الهيئة العامة للتنسيق في الإغاثة أن", "الهيئة العامة للتنسيق في الإغاثة"),  # في after a لل genitive
    ("وقال مدير مركز الدراسات الاستراتيجية", "مركز الدراسات الاستراتيجية"),  # centre: a head
])
def test_arabic_organisations_with_their_purpose(text, name):
    assert (name, "organisation") in _names(text, "ar")


def test_a_purpose_after_a_construct_is_the_sentence_not_the_name():
    names = _names("اجتمع مجلس الأمن الدولي لبحث الأزمة", "ar")
    assert ("مجلس الأمن الدولي", "organisation") in names
    assert not any("لبحث" in surface for surface, _ in names)


# A Thai word in parentheses right after a name found by a cue is another form of it (a transcription or
# the English acronym read out); the legal form "(มหาชน)" and frequent words are no names.
@pytest.mark.parametrize("text, name, kind, gloss", [
    ("ที่มณฑลเสฉวน (เสฉวนหนาน) ก็พบ", "มณฑลเสฉวน", "place", "เสฉวนหนาน"),  # invented transcription, with a space
    ("ตามองค์การอนามัยโลก(ดับบลิว) ระบุ", "องค์การอนามัยโลก", "organisation", "ดับบลิว"),  # invented acronym, glued
    ("บริษัทสยามจำกัด (มหาชน) แถลง", "บริษัทสยามจำกัด", "organisation", None),  # legal form
    ("ที่มณฑลเสฉวน (และ) ก็พบ", "มณฑลเสฉวน", "place", None),  # a function word
    ("ที่มณฑลเสฉวน (เสฉวนหนาน) ก็พบ", "มณฑลเสฉวน", "", None),  # a name no cue typed
])
def test_thai_gloss_in_parentheses_after_a_name(text, name, kind, gloss):
    start = text.index(name)
    glossed = thai_names.glosses(text, [Found(start, start + len(name), kind)])
    assert [(text[f.start:f.end], f.kind) for f in glossed] == ([(gloss, kind)] if gloss else [])


def test_thai_title_find_running_on_past_a_known_given_name_gives_way():
    # Invented: the full name once, then title + given name glued to a verb ("ขอ", ask) and a clause.
    text = "นายกฤตวิน ทองประเสริฐ เดินทางมาถึง\n\nโดยนายกฤตวินขอให้รัฐบาลช่วยเหลือ"
    found = {text[f.start:f.end] for f in uncased.screened(text, list(uncased.find(text, "th", tokenize(text, "th"))))}
    assert "นายกฤตวิน" in found and not any(f.startswith("นายกฤตวินข") for f in found)


def test_thai_given_name_alone_after_the_full_name():
    # Invented name: title + given name + surname once, then the given name alone glued to a verb of saying.
    text = "นายกฤตวิน ทองประเสริฐ เดินทางมาถึง\n\nกฤตวินกล่าวว่า พร้อมแล้ว"
    full = Found(0, text.index(" เดินทาง"), "person")
    repeated = [(text[f.start:f.end], f.kind, f.start) for f in thai_names.given_name_repeats(text, [full])]
    assert ("กฤตวิน", "person", text.index("กฤตวินกล่าว")) in repeated
    assert thai_names.given_name_repeats(text, [Found(0, full.end, "organisation")]) == []


@pytest.mark.parametrize("given, found", [
    ("กรรณิการ์", True),  # a given name pythainlp's dictionary lists, rare in the Thai National Corpus
    ("กุหลาบ", False),  # a given name that is also a frequent word ("rose"): ordinary text
])
def test_thai_given_name_in_the_dictionary_repeats_only_when_rare(given, found):
    text = f"นางสาว{given} ทองประเสริฐ เดินทางมาถึง\n\n{given}กล่าวว่า พร้อมแล้ว"
    full = Found(0, text.index(" เดินทาง"), "person")
    repeated = [text[f.start:f.end] for f in thai_names.given_name_repeats(text, [full])]
    assert (given in repeated) is found


def test_thai_given_name_repeated_with_its_title_keeps_the_title():
    text = "นายแพทย์กฤตวิน ทองประเสริฐ เดินทางมาถึง\n\nซึ่งนายแพทย์กฤตวินได้เสนอ"
    full = Found(0, text.index(" เดินทาง"), "person")
    repeated = [text[f.start:f.end] for f in thai_names.given_name_repeats(text, [full])]
    assert "นายแพทย์กฤตวิน" in repeated and "ซึ่งนายแพทย์กฤตวิน" not in repeated


@pytest.mark.parametrize("person, given", [
    ("นายกฤตวิน ทองประเสริฐ", "กฤตวิน"),
    ("พ.ต.ท.กฤตวิน ทองประเสริฐ", "กฤตวิน"),  # an abbreviated rank
    ("นายแพทย์กฤตวิน ทองประเสริฐ", "กฤตวิน"),  # the longer title wins over นาย
    ("กฤตวิน ทองประเสริฐ", ""),  # no title: nothing says where the name starts
])
def test_thai_given_name_after_titles(person, given):
    from generator.lang.thai import given_name

    assert given_name(person) == given


def test_thai_given_name_is_looked_for_in_other_articles():
    from generator.assembly.known_names import _repeatable_forms

    entries = [_entry("a1", "นายกฤตวินทร์ ทองประเสริฐ", "person"), _entry("a1", "นางสาวกุหลาบ ใจดี", "person")]
    forms = _repeatable_forms(entries)
    # A given name of six letters or more is looked for alone; one that is a frequent word (กุหลาบ "rose") is not.
    assert "กฤตวินทร์" in forms and "กุหลาบ" not in forms


def test_quoted_thai_phrase_gives_way_to_given_names():
    text = "นายกฤตวิน ทองประเสริฐ มา\n\n\"กฤตวิน-สมหญิง\"เตรียมบิน"
    quoted = text.index("กฤตวิน-"), text.index("\"เตรียม")
    screened = uncased.screened(text, [Found(0, text.index(" มา"), "person"), Found(*quoted, "")])
    assert Found(*quoted, "") not in screened
    assert Found(quoted[0], quoted[0] + len("กฤตวิน"), "person") in screened


# Written for these tests: a town the gazetteer knows (GeoNames: Agadir, Baalbek, El Hermel) after a settlement
# noun; a word after it that the gazetteer does not know is no town.
@pytest.mark.parametrize("text, names", [
    ("تحتضن مدينة أكادير المعرض.", {"أكادير"}),
    ("غارات على مدينتي الهرمل وبعلبك أمس.", {"الهرمل", "بعلبك"}),
    ("زار مدينة كبيرة أمس.", set()),
    # a transcribed name the gazetteer lacks, after a division noun (with a preposition glued to it); not an Arabic
    # noun in construct (حظر "ban", عمليات "operations") nor an adjective agreeing with the head
    ("وقتل عشرة في إقليم سوراكيتان التابع للجزيرة.", {"سوراكيتان"}),
    ("وثار البركان بمنطقة ميلاكور في الوسط.", {"ميلاكور"}),
    ("أقيمت منطقة حظر الطيران ومنطقة عمليات الجيش.", set()),
    ("وصلوا إلى قرية صغيرة في ولاية شاسعة.", set()),
    # after a noun whose genitive is a place (police of, mosque of): a transcribed word only
    ("وقال مسؤول في شرطة باراكيلو إن عشرة قتلوا.", {"باراكيلو"}),
    ("لجأ السكان إلى مسجد سيراتوبان ليلا.", {"سيراتوبان"}),
    ("هبطت الطائرة في مطار رفيق الحريري وفي شمال المدينة.", set()),
])
def test_arabic_known_towns_after_a_settlement_noun(text, names):
    found = {text[f.start:f.end] for f in uncased.find(text, "ar", tokenize(text, "ar")) if f.kind == "place"}
    assert found == names


def test_thai_company_is_named_again_by_its_bare_name():
    text = "บริษัท สยามฟู้ดส์ จำกัด แถลงว่า สยามฟู้ดส์ได้ส่งสินค้า"
    found = {(f.start, f.end, f.kind) for f in thai_bodies.find(text)}
    assert (0, text.index(" แถลง"), "organisation") in found  # the registered name with จำกัด
    repeat = text.rindex("สยามฟู้ดส์")
    assert (repeat, repeat + len("สยามฟู้ดส์"), "organisation") in found


@pytest.mark.parametrize("text, name, not_name", [
    # an adjective describing a noun of its own after it, with a pronoun back ("whose height reaches"): no part of it
    ("شوهد الدخان فوق البحر الهائج موجه أمس.", None, "البحر الهائج"),
    # a masculine adjective after one in -iyya agrees with neither the head nor the genitive: the name ends before it
    ("قال رئيس لجنة الشؤون المالية البارز، إن", "لجنة الشؤون المالية", "لجنة الشؤون المالية البارز"),
])
def test_arabic_name_ends_before_an_adjective_that_does_not_describe_it(text, name, not_name):
    found = {surface for surface, _ in _names(text, "ar")}
    assert not_name not in found
    assert name is None or name in found


def test_an_indefinite_head_before_a_purpose_is_a_description():
    # "part of a foundation for peace": an indefinite head and ل + noun describe, the construct state names
    assert not any(kind == "organisation" for _, kind in _names("وكان جزءا من مؤسسة للسلام في المنطقة.", "ar"))
    assert ("مؤسسة الإسكان", "organisation") in _names("وقال متحدث باسم مؤسسة الإسكان إن", "ar")


# Invented: a party named bare, then with a preposition and with "and" glued before it; a word that only begins with
# a clitic's letter (وزارة, not و + زارة) keeps its own entity.
def test_arabic_clitic_forms_join_the_bare_name():
    from generator.model import Mention
    bare = Mention("حزب النور الجديد", 0, 16, "حزب النور الجديد", base="حزب النور الجديد", kind="organisation")
    glued = [Mention(key, 30, 30 + len(key), key, base=key, kind="") for key in ("لحزب النور الجديد", "وحزب النور الجديد")]
    other = Mention("وزارة النور", 60, 71, "وزارة النور", base="وزارة النور", kind="organisation")
    from generator.annotate.recognise.repeats import joined_clitic_forms
    joined = joined_clitic_forms([bare, *glued, other])
    assert [(m.entity, m.base, m.kind) for m in joined[1:3]] == [(bare.entity, bare.base, "organisation")] * 2
    assert joined[3] == other and joined[0] == bare


# Invented addresses: villages named before their sub-district (two joined by และ); a house number, villagers and
# a word that only ends in บ้าน are no village.
@pytest.mark.parametrize("text, villages", [
    ("มีรายงานว่า ที่บ้านหนองแสงและบ้านโคกสูง ต.หนองแสง อ.เมือง มีไก่ตาย", {"บ้านหนองแสง", "บ้านโคกสูง"}),
    ("เกิดเหตุที่บ้านนาคำ หมู่ 4 ต.นาดี", {"บ้านนาคำ"}),
    ("บ้านเลขที่ 12 หมู่ 3 ต.นาดี", set()),
    ("ชาวบ้านหนองบัว หมู่ 4 ต.นาดี", set()),
    ("ที่บ้านพักของเขา อ.เมือง", set()),
])
def test_thai_villages_named_before_their_address(text, villages):
    assert {text[f.start:f.end] for f in thai_bodies.find(text) if text[f.start:f.end].startswith("บ้าน")} == villages


# Invented lists joined by و: an unknown member of a list of three or more with two places the gazetteer knows
# (GeoNames: Haifa, Nazareth) is a place; two members, or a list of common nouns, are not.
@pytest.mark.parametrize("text, places", [
    ("سقطت قذائف على كارمونا وحيفا والناصرة أمس.", {"كارمونا"}),
    ("سقطت قذائف على كارمونا وحيفا أمس.", {"كارمونا"}),  # two members: a transcribed name only
    ("سقطت قذائف على كرم وحيفا أمس.", set()),
    ("أغلقت الأسواق والمدارس والمستشفيات في حيفا والناصرة.", set()),
])
def test_arabic_unknown_member_of_a_list_of_places(text, places):
    """Lists of places joined by و."""
    from generator.annotate.recognise.arabic_places import coordinated_places
    from generator.annotate.recognise.tokens import tokenize as words
    tokens = [t for t in words(text, "ar") if t.script == "ARABIC"]
    found = {text[f.start:f.end] for f in coordinated_places(text, tokens, lambda w: not w.startswith("ال"), frozenset())
             if not f.ref}
    assert found == places


# Invented: a faculty named by its discipline in -ศาสตร์ or before its university; a working group, a team of doctors
# and the cabinet are no faculty.
@pytest.mark.parametrize("text, faculty", [
    ("โดยที่คณะประมงมหาวิทยาลัยขอนแก่น จัดประชุม", "คณะประมง"),
    ("คณบดีคณะนิติศาสตร์ นายสมชาย", "คณะนิติศาสตร์"),
    ("ประธานคณะทำงานแก้ไขปัญหา", None),
    ("คณะแพทย์ได้ช่วยรักษา", None),
    ("การประชุมคณะรัฐมนตรี", None),
])
def test_thai_faculties(text, faculty):
    found = {text[f.start:f.end] for f in thai_bodies.find(text) if text[f.start:f.end].startswith("คณะ")}
    assert found == ({faculty} if faculty else set())


# Invented: a region named by a point of the compass after ภาค; ภาค inside another word names none.
@pytest.mark.parametrize("text, region", [
    ("ซึ่งอยู่ทางภาคใต้ของประเทศ", "ภาคใต้"),
    ("ฝนตกหนักในภาคตะวันออกเฉียงเหนือ", "ภาคตะวันออกเฉียงเหนือ"),
    ("ภาคเหนือ", "ภาคเหนือ"),
    ("เขาเป็นสมาชิกภาคีกลางปี", None),
])
def test_thai_regions(text, region):
    found = {text[f.start:f.end] for f in thai_bodies.find(text) if f.kind == "place"}
    assert found == ({region} if region else set())


# Invented: a name located by the country or division in parentheses after it, in a dateline or after a preposition
# of place; a person's country in parentheses in other text is no place.
@pytest.mark.parametrize("text, place", [
    ("عقد في المقر الرئاسي في كامب فالي (ولاية ميريلاند - شرق) اجتماع", "كامب فالي"),
    ("سانتا ريتا (الفلبين) ـ رويترز ـ بثت القنوات", "سانتا ريتا"),
    ("وفاز سامي كوري (مصر) بالذهبية", None),
])
def test_arabic_place_located_in_parentheses(text, place):
    from generator.annotate.recognise.arabic_places import located_places
    tokens = [t for t in tokenize(text, "ar") if t.script == "ARABIC"]
    found = {text[f.start:f.end] for f in located_places(text, tokens, lambda w: w[:2] != "ال" and w not in ("في", "عقد"))}
    assert found == ({place} if place else set())


# Invented: a quoted name after a body's head or the office that heads it is an organisation; a long quotation after a
# title is what was said; a settlement noun with a preposition glued is no word of a person's name.
@pytest.mark.parametrize("text, name, kind", [
    ('قال سامي كوري, رئيس "فيرتان غلوبال", وهي هيئة', "فيرتان غلوبال", "organisation"),
    ('نشرت في العدد الأخير من مجلة "ماريان ويكلي" أن', "ماريان ويكلي", "organisation"),
])
def test_arabic_quoted_body_after_its_head(text, name, kind):
    assert (name, kind) in _names(text, "ar")


@pytest.mark.parametrize("text, span", [
    ('وقال الرئيس "لن نتراجع عن موقفنا أبدا مهما كانت الضغوط" أمس', "لن نتراجع عن موقفنا أبدا مهما كانت الضغوط"),
    ("وهي هيئة في خدمة المقاولات بمنطقة سيرتان إن البلد", "بمنطقة سيرتان"),
])
def test_arabic_no_name_in_a_quotation_or_a_settlement_noun(text, span):
    assert not any(surface == span for surface, _ in _names(text, "ar"))


@pytest.mark.parametrize("word, transcribed", [
    ("سيلاكورا", True), ("ميريتان", True), ("بيكوس", True),
    ("حظر", False), ("عمليات", False), ("كبيرة", False), ("سلبيا", False), ("رسميا", False), ("صناعي", False),
])
def test_arabic_words_that_look_transcribed(word, transcribed):
    from generator.lang.arabic import looks_transcribed
    assert looks_transcribed(word) is transcribed


@pytest.mark.parametrize("text, lang, expected", [
    ('ผู้แทนจากองค์กร "คีรู" เดินทางมาถึงแล้ว', "th", ["คีรู"]),  # a closing vowel mark is the word's
    ('ผู้แทนจาก "ซาลี" เดินทางมาถึงแล้ว', "th", ["ซาลี"]),
    ('The board of "Zorbel Velk Holdings." met.', "en", []),  # a full stop inside the marks: a sentence
    ('Die Firma „Zorbel Velk“ wächst.', "de", ["Zorbel Velk"]),
], ids=["th-final-mark", "th-final-vowel", "en-stop-inside", "de"])
def test_quoted_names_end_on_their_last_letter_or_mark(text, lang, expected):
    """A quoted name is cut at the quotation marks and punctuation, not at a combining mark ending its last word."""
    assert [text[f.start:f.end] for f in cased.quoted(text, lang)] == expected
