"""Slavic recognition rules (bg cs pl ru sl uk): invented sentences in the shape of news text."""
import pytest

from generator.lang.baseform import nominative_candidates
from generator.lang.inhabitants import inhabitant_place
from generator.lang.media import cited_medium
from generator.lang.namewords import is_leading_place_head
from test_recognise import found


@pytest.mark.parametrize("body,lang,expected", [
    # A capitalised organisation word, genitive words, a place in the genitive: one name.
    ("Он сказал, что Министерство сельского хозяйства Молдавии опубликовало отчёт.", "ru",
     [("Министерство сельского хозяйства Молдавии", "organisation")]),
    ("Він сказав, що Міністерство охорони здоров'я і спорту Польщі оприлюднило звіт.", "uk",
     [("Міністерство охорони здоров'я і спорту Польщі", "organisation")]),
    # An acronym and a place in the genitive close it too.
    ("Об этом сообщил Департамент печати МИД Молдавии в пятницу.", "ru",
     [("Департамент печати МИД Молдавии", "organisation")]),
    # A ministry inside a sentence is named in lower case.
    ("Представитель министерства обороны Молдавии отказался от комментариев.", "ru",
     [("министерства обороны Молдавии", "organisation")]),
    # A verb after the head ends the name: no genitive complement, the place is a name of its own.
    ("Он сказал, что Министерство заявило о переговорах с Молдавией.", "ru", [("Министерство", "organisation"),
                                                                      ("Молдавией", "place")]),
    # No head word before the genitive: no organisation.
    ("Вчера представитель сельского хозяйства Молдавии выступил.", "ru", [("Молдавии", "place")]),
], ids=["ru-ministry", "uk-ministry-coordinated", "ru-department-acronym", "ru-lower-case-ministry",
        "ru-verb-after-head", "ru-no-head"])
def test_genitive_complement_names(body, lang, expected):
    """Russian and Ukrainian names of institutions: a head, genitive words, a closing name in the genitive."""
    assert found(body, lang) == expected


@pytest.mark.parametrize("body,lang,expected", [
    # A sentence's first word that agrees with a court noun after it: the court's name.
    ("Sprava je prišla včeraj. Okrožno sodišče je zavrnilo pritožbo.", "sl", [("Okrožno sodišče", "organisation")]),
    ("Справа тривала довго. Апеляційний суд скасував вирок.", "uk", [("Апеляційний суд", "organisation")]),
    ("Делото продължи дълго. Районният съд отхвърли жалбата.", "bg", [("Районният съд", "organisation")]),
    # An adverb or a pronoun first agrees with nothing: no name.
    ("Sprawa trwała długo. Wczoraj sąd oddalił skargę.", "pl", []),
    ("Дело тянулось долго. Этот суд отменил решение.", "ru", []),
    # A place's adjective at a sentence's start, an adjective, a court: one name, though the place's adjective
    # is written in lower case elsewhere in the corpus.
    ("Kristjanka je prosta. Moldavsko vrhovno sodišče jo je oprostilo, moldavsko ljudstvo pa protestira.", "sl",
     [("Moldavsko vrhovno sodišče", "organisation")]),
], ids=["sl-district-court", "uk-appeal-court", "bg-district-court-definite", "pl-adverb", "ru-pronoun",
        "sl-place-adjective-first"])
def test_courts_at_a_sentence_start(body, lang, expected):
    """A court named by an adjective is a name at a sentence's start too, where every first word is capitalised."""
    assert found(body, lang) == expected


@pytest.mark.parametrize("word,lang,expected", [
    ("молдаванката", "bg", "cldr:MD"), ("испанците", "bg", "cldr:ES"), ("японкой", "ru", "cldr:JP"),
    ("канадців", "uk", "cldr:CA"), ("мадридцы", "ru", "geonames:3117735"),
    # Common words that end as inhabitants' nouns do, and languages that capitalise them: nothing.
    ("граница", "ru", ""), ("девушка", "ru", ""), ("фондация", "bg", ""), ("молодець", "uk", ""),
    ("Японка", "ru", ""), ("japonka", "pl", ""),
], ids=["bg-feminine-article", "bg-plural-article", "ru-instrumental", "uk-genitive-plural", "ru-city",
        "ru-border", "ru-girl", "bg-foundation", "uk-well-done", "ru-capitalised", "pl-latin"])
def test_inhabitant_nouns(word, lang, expected):
    """A lower-case noun of a place's inhabitants, made from a place the gazetteer knows, and its place."""
    assert inhabitant_place(word, lang) == expected


@pytest.mark.parametrize("body,lang,expected", [
    ("Вчера молдаванката получи убежище в Канада.", "bg", [("молдаванката", "person"), ("Канада", "place")]),
    ("Он сказал. Японцы приехали в Москву.", "ru", [("Японцы", "person"), ("Москву", "place")]),
    ("Вона працювала з багатьма людьми в Канаді.", "uk", [("Канаді", "place")]),
], ids=["bg-inhabitant", "ru-sentence-start", "uk-none"])
def test_inhabitants_are_persons(body, lang, expected):
    """Inhabitants' nouns are found in lower case, and at a sentence's start, as persons."""
    assert found(body, lang) == expected


@pytest.mark.parametrize("body,lang,expected", [
    # An adjective alone, its noun in lower case after it, is no name ...
    ("Он сказал. Немецкие пилоты объявили забастовку в Мюнхене.", "ru", [("Мюнхене", "place")]),
    ("Він сказав. Європейське агентство попередило пасажирів у Польщі.", "uk", [("Польщі", "place")]),
    ("Той каза. Европейския съюз няма да помогне на Молдова.", "bg", [("Молдова", "place")]),
    # ... but a surname shaped as an adjective is one, and so is an adjective before a court.
    ("Об этом сказал Достоевский в Москве.", "ru", [("Достоевский", "person"), ("Москве", "place")]),
    ("Дело шло долго. Арбитражный суд вынес решение.", "ru", [("Арбитражный суд", "organisation")]),
], ids=["ru-adjective", "uk-adjective", "bg-articled-adjective", "ru-surname", "ru-court"])
def test_adjectives_alone_are_no_names(body, lang, expected):
    """A capitalised word that is only an adjective names nothing without its head noun."""
    assert found(body, lang) == expected


@pytest.mark.parametrize("body,lang,expected", [
    # A sentence's end lost in the text: the capitalised one-letter preposition is no initial.
    ("Wczoraj odwołano loty i dziś Z Gdańska nie poleci żaden samolot.", "pl", [("Gdańska", "place")]),
    ("Рейсы отменены сегодня В Казани не будет вылетов.", "ru", [("Казани", "place")]),
    # Not in English, where a one-letter word is a name's ("A Star Holdings").
    ("Yesterday the firm A Star Holdings opened.", "en", [("A Star Holdings", "organisation")]),
], ids=["pl-preposition", "ru-preposition", "en-not-slavic"])
def test_one_letter_prepositions(body, lang, expected):
    """A Slavic one-letter preposition before a name, capitalised, is cut; an initial with its stop is not."""
    assert found(body, lang) == expected


@pytest.mark.parametrize("word,lang,nominative,expected", [
    ("Praze", "cs", "Praha", True), ("Olomouci", "cs", "Olomouc", True), ("Polsce", "pl", "Polska", True),
    ("Praze", "cs", "Praza", True), ("Praze", "cs", "Prada", False),
], ids=["cs-h-z", "cs-plain", "pl-k-c", "cs-plain-ending-too", "cs-no-such-form"])
def test_nominative_candidates_undo_softening(word, lang, nominative, expected):
    """A locative's softened consonant goes back to the nominative's (Czech h/z, Polish k/c)."""
    assert (nominative in nominative_candidates(word, lang)) is expected


@pytest.mark.parametrize("body,lang,expected", [
    ("Podle agentury to včera řekla Dvořáková novinářům.", "cs", [("Dvořáková", "person")]),
    ("Podľa agentúry to včera povedala Kováčová novinárom.", "sk", [("Kováčová", "person")]),
], ids=["cs-surname", "sk-surname"])
def test_czech_feminine_surnames(body, lang, expected):
    """A single word with the Czech or Slovak feminine surname suffix is a person."""
    assert found(body, lang) == expected


def test_the_feminine_suffix_rule_is_czech_and_slovak_only():
    # Polish has no -ová suffix: the word is found, but the suffix makes no person of it.
    found_words = found("Według agencji to wczoraj powiedziała Dvořáková dziennikarzom.", "pl")
    assert [surface for surface, _ in found_words] == ["Dvořáková"]
    assert all(kind != "person" for _, kind in found_words)


@pytest.mark.parametrize("word,lang,expected", [
    ("řece", "cs", True), ("rzeki", "pl", True), ("reki", "sl", True), ("lotnisku", "pl", True),
    ("řekla", "cs", False), ("rzekomo", "pl", False), ("rzecz", "pl", False), ("rekel", "sl", False),
], ids=["cs-river", "pl-river", "sl-river", "pl-airport", "cs-said", "pl-allegedly", "pl-thing", "sl-said"])
def test_river_heads_are_no_verbs(word, lang, expected):
    """A river's noun before its name, in its case forms; verbs and words sharing its first letters are none."""
    assert is_leading_place_head(word, lang) is expected


@pytest.mark.parametrize("name,before,lang,expected", [
    ("Vjesnik", "передает", "ru", True), ("The Courier", "poroča", "sl", True), ("ТВ7", "съобщава", "bg", True),
    # A wire agency stays an organisation; a person's two names, or a verb of saying, cite no medium.
    ("Reuters", "передает", "ru", False), ("Jana Nováková", "uvádí", "cs", False), ("Kowalski", "powiedział", "pl", False),
], ids=["ru-medium", "sl-english-title", "bg-channel", "ru-agency", "cs-person", "pl-said"])
def test_media_cited_as_sources(name, before, lang, expected):
    """A name after a present-tense verb of reporting is a medium (a product), unless an agency or a person."""
    assert cited_medium(name, before, lang) is expected
