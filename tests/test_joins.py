"""Joining names across languages and scripts: gazetteer ids, transliteration keys with evidence, the registry."""
from __future__ import annotations

from dataclasses import replace

import pytest

from generator.assembly.acronyms import acronym_ref
from generator.assembly.join_report import joins_text
from generator.assembly.name_forms import without_designator
from generator.assembly.names import merge_candidates, registry_yaml
from generator.knowledge.registry import Entity
from generator.model import AnnotatedArticle, Article, Mention, Paragraph

# Made-up articles: every name below is written out by hand in each script; the keys were checked with
# the rules of generator/lang/translit.py (Marco Bellini, Марко Беллини, ماركو بيليني, มาร์โก เบลลินี: mrkpln).


def article(article_id: str, lang: str, body: str, *names: str) -> tuple[AnnotatedArticle, tuple[Mention, ...]]:
    """An annotated article and the candidate mentions of the given names (first occurrence each)."""
    art = Article(id=article_id, source_file=f"{article_id}.txt", lang=lang, lang_basis="test", title="Title",
                  title_derived=False, body=body, paragraphs=(Paragraph("p1", "text", 0, len(body)),),
                  truncated=False, encoding="utf-8")
    mentions = []
    for name in names:
        start = body.index(name)
        mentions.append(Mention(" ".join(name.casefold().split()), start, start + len(name), name))
    return AnnotatedArticle(art), tuple(mentions)


def join(*articles, registry: tuple[Entity, ...] = ()):
    """Entities and mentions by article of a corpus of (annotated article, candidates)."""
    annotated = {a.article.id: a for a, _ in articles}
    return merge_candidates(annotated, {a.article.id: found for a, found in articles}, registry)


def entity_of(mentions: dict, article_id: str, surface: str) -> str:
    """The entity id of the mention with this surface in an article ('' if none)."""
    return next((m.entity for m in mentions.get(article_id, ()) if m.surface == surface), "")


def test_names_with_one_gazetteer_id_are_one_entity_in_every_script():
    entities, mentions = join(
        article("en", "en", "Trade with Germany grew.", "Germany"),
        article("ar", "ar", "نمت التجارة مع ألمانيا.", "ألمانيا"),
        article("th", "th", "การค้ากับเยอรมนีเติบโต", "เยอรมนี"),
        article("ru", "ru", "Торговля с Германией растёт.", "Германией"),  # a case form: Германия
    )
    ids = {entity_of(mentions, a, s) for a, s in [("en", "Germany"), ("ar", "ألمانيا"), ("th", "เยอรมนี"),
                                                 ("ru", "Германией")]}
    assert len(ids) == 1 and len(entities) == 1
    germany = entities[0]
    assert germany.ref == "cldr:DE" and germany.type == "place"
    assert {lang for lang, _ in germany.names} == {"ar", "en", "ru", "th"}
    assert {rule for _, _, rule, _ in germany.joins} >= {"gazetteer id"}


def test_a_transliteration_key_joins_when_the_names_around_agree():
    entities, mentions = join(
        article("en", "en", "Marco Bellini spoke in Germany.", "Marco Bellini", "Germany"),
        article("ru", "ru", "Марко Беллини выступил в Германии.", "Марко Беллини", "Германии"),
    )
    assert entity_of(mentions, "en", "Marco Bellini") == entity_of(mentions, "ru", "Марко Беллини")
    person = next(e for e in entities if dict(e.names).get("ru") == "Марко Беллини")
    rule, evidence = next((r, ev) for lang, _, r, ev in person.joins if r != "first name")
    assert rule == "transliteration key" and "mrkpln" in evidence and "cldr:DE" in evidence


def test_a_key_the_evidence_does_not_carry_stays_two_entities():
    """Same key, but nothing around the two names is shared: possibly different people, two pages."""
    _, mentions = join(
        article("en", "en", "Marco Bellini spoke in Germany.", "Marco Bellini", "Germany"),
        article("ru", "ru", "Марко Беллини выступил в Японии.", "Марко Беллини", "Японии"),
    )
    assert entity_of(mentions, "en", "Marco Bellini") != entity_of(mentions, "ru", "Марко Беллини")


def test_different_people_with_similar_names_stay_apart():
    """Shared surroundings do not join names whose keys differ (Petrov / Petrenko, Novák / Nováková)."""
    _, mentions = join(
        article("en", "en", "Ivan Petrov and Jan Novák met in Germany.", "Ivan Petrov", "Jan Novák", "Germany"),
        article("ru", "ru", "Иван Петренко прибыл в Германию.", "Иван Петренко", "Германию"),
        article("cs", "cs", "Jana Nováková přijela do Německa.", "Jana Nováková", "Německa"),
    )
    assert entity_of(mentions, "en", "Ivan Petrov") != entity_of(mentions, "ru", "Иван Петренко")
    assert entity_of(mentions, "en", "Jan Novák") != entity_of(mentions, "cs", "Jana Nováková")


def test_a_name_known_in_latin_letters_is_found_in_arabic_and_thai_text():
    entities, mentions = join(
        article("en", "en", "Marco Bellini visited Germany and Japan.", "Marco Bellini", "Germany", "Japan"),
        article("ar", "ar", "زار ماركو بيليني ألمانيا واليابان.", "ألمانيا", "اليابان"),
        article("th", "th", "มาร์โก เบลลินี เยือนเยอรมนีและญี่ปุ่น", "เยอรมนี", "ญี่ปุ่น"),
    )
    person = entity_of(mentions, "en", "Marco Bellini")
    assert entity_of(mentions, "ar", "ماركو بيليني") == person
    assert entity_of(mentions, "th", "มาร์โก เบลลินี") == person
    rules = {rule for _, _, rule, _ in next(e for e in entities if e.id == person).joins}
    assert "found in text by transliteration key" in rules


def test_a_common_word_that_transliterates_like_a_name_does_not_join():
    """ล้านหยวน ("million yuan") has the key of Lenin (lnn); a frequent Thai word is ordinary text."""
    _, mentions = join(
        article("en", "en", "Lenin was discussed in Germany and Japan.", "Lenin", "Germany", "Japan"),
        article("th", "th", "มูลค่า 5 ล้านหยวน ในเยอรมนีและญี่ปุ่น", "เยอรมนี", "ญี่ปุ่น"),
    )
    assert [m.surface for m in mentions["th"]] == ["เยอรมนี", "ญี่ปุ่น"]


def test_a_discovered_name_joins_the_registry_entity_of_its_gazetteer_id():
    """The registry lists Germany in English; the Arabic name resolves to the same id and joins it."""
    registry = (Entity("germany", "place", (("en", "Germany"),)),)
    entities, mentions = join(article("ar", "ar", "نمت التجارة مع ألمانيا.", "ألمانيا"), registry=registry)
    assert entities == () and entity_of(mentions, "ar", "ألمانيا") == "germany"


def test_registry_yaml_prints_a_joined_candidate_as_one_entry():
    entities, mentions = join(
        article("en", "en", "Trade with Germany grew.", "Germany"),
        article("ar", "ar", "نمت التجارة مع ألمانيا.", "ألمانيا"),
    )
    text = registry_yaml(entities, {entities[0].id: 2})
    assert text.count("- id:") == 1 and "cldr:DE" in text
    assert "en: Germany" in text and "ar: ألمانيا" in text


def test_joining_does_not_depend_on_the_order_of_articles():
    corpus = [article("en", "en", "Marco Bellini spoke in Germany.", "Marco Bellini", "Germany"),
              article("ru", "ru", "Марко Беллини выступил в Германии.", "Марко Беллини", "Германии"),
              article("ar", "ar", "نمت التجارة مع ألمانيا.", "ألمانيا")]
    assert join(*corpus) == join(*reversed(corpus))


def test_a_word_the_gazetteer_does_not_give_for_a_place_in_its_language_does_not_join_it():
    """Czech calls Germany Německo: Němec (a German; a surname) has its key (nmk) but is not Germany."""
    _, mentions = join(
        article("a", "cs", "Německo a Japonsko podepsaly dohodu.", "Německo", "Japonsko"),
        article("b", "cs", "Němec přijel z Japonska do Německa.", "Němec", "Japonska", "Německa"),
    )
    assert entity_of(mentions, "b", "Němec") != entity_of(mentions, "a", "Německo")
    assert entity_of(mentions, "b", "Německa") == entity_of(mentions, "a", "Německo")  # a case form


# Acronyms of states and unions, made from their names in the language (CLDR, pycountry); each row checked
# against the name it abbreviates: Соединённые Штаты Америки, Съединени американски щати, Združene države
# Amerike, Европейский союз, Європейський Союз, Unia Europejska, Российская Федерация, United Kingdom,
# Китайская Народная Республика, Организация Объединённых Наций.
ACRONYMS = [
    ("США", "ru", "cldr:US"), ("САЩ", "bg", "cldr:US"), ("ZDA", "sl", "cldr:US"), ("USA", "en", "cldr:US"),
    ("ЕС", "ru", "cldr:EU"), ("ЄС", "uk", "cldr:EU"), ("UE", "pl", "cldr:EU"), ("EU", "de", "cldr:EU"),
    ("РФ", "ru", "cldr:RU"), ("UK", "en", "cldr:GB"), ("КНР", "ru", "cldr:CN"), ("ООН", "ru", "cldr:UN"),
    # Not states: an acronym no state name gives, or one that two give, or one from a form of state
    ("BBC", "en", ""), ("TUI", "de", ""),
    ("SA", "en", ""),  # Saudi Arabia and South Africa
    ("РК", "ru", ""),  # Республика Корея starts with a form of state; Kazakhstan is a Республика too
    ("IRA", "en", ""),  # the official name of a state too small for its official name's acronym
    ("АО", "ru", ""),  # a legal form (joint-stock company)
    ("США", "xx", ""),  # a language without names: nothing
]


@pytest.mark.parametrize("acronym, lang, ref", ACRONYMS, ids=[f"{a}-{l}" for a, l, _ in ACRONYMS])
def test_acronyms_of_states_and_unions(acronym, lang, ref):
    assert acronym_ref(acronym, lang) == ref


def test_an_acronym_joins_the_state_named_in_full_in_other_languages():
    entities, mentions = join(
        article("ru", "ru", "США и Китай договорились.", "США", "Китай"),
        article("bg", "bg", "САЩ и Китай се договориха.", "САЩ", "Китай"),
        article("pl", "pl", "Stany Zjednoczone i Chiny się porozumiały.", "Stany Zjednoczone", "Chiny"),
    )
    ids = {entity_of(mentions, a, s) for a, s in [("ru", "США"), ("bg", "САЩ"), ("pl", "Stany Zjednoczone")]}
    assert len(ids) == 1
    assert next(e for e in entities if e.id in ids).ref == "cldr:US"


def test_a_city_and_the_subdivision_named_like_it_are_one_place():
    """Slovene Rim resolves to the province of Rome, Polish Rzym to the city: one page."""
    _, mentions = join(
        article("sl", "sl", "Papež je v Rim prišel včeraj.", "Rim"),
        article("pl", "pl", "Papież przyjechał do Rzym wczoraj.", "Rzym"),
    )
    assert entity_of(mentions, "sl", "Rim") == entity_of(mentions, "pl", "Rzym")


@pytest.mark.parametrize("name, lang, company", [
    ("Siemens Group", "en", "Siemens"), ("Siemens AG", "de", "Siemens"), ("Sulzer Gruppe", "de", "Sulzer"),
    ("Dalian Group", "en", ""),  # what is left is a city: no company's own name
    ("Group", "en", ""), ("Siemens", "de", ""),
    ("Foo se", "cs", ""),  # legal forms only as written: "se" is a Czech word
])
def test_company_words_are_left_out_for_the_same_name(name, lang, company):
    assert without_designator(name, lang) == company


def test_a_company_with_and_without_its_company_word_is_one_entity():
    _, mentions = join(
        article("en", "en", "Talks with Siemens Group in Munich.", "Siemens Group"),
        article("de", "de", "Gespräche mit Siemens in München.", "Siemens"),
    )
    assert entity_of(mentions, "en", "Siemens Group") == entity_of(mentions, "de", "Siemens")


def test_an_acronym_glued_before_a_person_does_not_hide_the_person():
    """'Szef VC Martin Locher': recognition took the union's acronym into the name; the key is the person's."""
    _, mentions = join(
        article("pl", "pl", "Szef VC Martin Locher mówił o strajku w Niemczech i Irlandii.", "VC Martin Locher",
                "Niemczech", "Irlandii"),
        article("uk", "uk", "Мартін Лохер говорив про страйк у Німеччині та Ірландії.", "Мартін Лохер",
                "Німеччині", "Ірландії"),
    )
    assert entity_of(mentions, "pl", "VC Martin Locher") == entity_of(mentions, "uk", "Мартін Лохер")


def test_the_join_report_lists_names_in_several_scripts_with_their_rule():
    entities, mentions = join(
        article("en", "en", "Trade with Germany grew.", "Germany"),
        article("ar", "ar", "نمت التجارة مع ألمانيا.", "ألمانيا"),
        article("de", "de", "Der Handel mit Japan wuchs.", "Japan"),
        article("fr", "fr", "Le commerce avec le Japon a augmenté.", "Japon"),
    )
    text = joins_text(entities, {})
    assert "ar  ألمانيا  [gazetteer id: cldr:DE]" in text and "Japan" not in text  # Japan: Latin letters only
    assert "Japan" in joins_text(entities, {}, every_language=True)


def test_a_discovered_name_the_registry_lists_under_another_language_joins_it():
    """The registry lists the name in Russian only; a Bulgarian article's candidate writes it the same way."""
    registry = (Entity("bellini", "person", (("ru", "Марко Беллини"),)),)
    entities, mentions = join(article("bg", "bg", "Марко Беллини говори в Германия.", "Марко Беллини"), registry=registry)
    assert entity_of(mentions, "bg", "Марко Беллини") == "bellini" and entities == ()


def test_a_discovered_transliteration_of_a_registry_name_joins_it_with_evidence():
    """The registry lists Marco Bellini in English; the Russian article that names him, and Germany, as the
    registry's English article does, writes Марко Беллини: the same key (mrkpln), the same names around."""
    registry = (Entity("bellini", "person", (("en", "Marco Bellini"),)), Entity("germany", "place", (("en", "Germany"),)))
    en, _ = article("en", "en", "Marco Bellini spoke in Germany.")
    en = replace(en, mentions=(Mention("bellini", 0, 13, "Marco Bellini"), Mention("germany", 23, 30, "Germany")))
    ru, found = article("ru", "ru", "Марко Беллини выступил в Германии.", "Марко Беллини")
    ru = replace(ru, mentions=(Mention("germany", 25, 33, "Германии"),))
    _, mentions = join((en, ()), (ru, found), registry=registry)
    assert entity_of(mentions, "ru", "Марко Беллини") == "bellini"
    # Without the shared neighbour (the Russian article about Japan), the key alone joins nothing.
    other, found = article("ru", "ru", "Марко Беллини выступил в Японии.", "Марко Беллини")
    _, mentions = join((en, ()), (other, found), registry=registry)
    assert entity_of(mentions, "ru", "Марко Беллини") != "bellini"


def test_an_arabic_phrase_through_a_function_word_is_no_name():
    """غيرها من ("others of") has the key of German (krmn); من is a function word: no name runs through it."""
    _, mentions = join(
        article("en", "en", "German firms came to France and Japan.", "German", "France", "Japan"),
        article("ar", "ar", "الشركات وغيرها من فرنسا واليابان.", "فرنسا", "اليابان"),
    )
    assert [m.surface for m in mentions["ar"]] == ["فرنسا", "اليابان"]


@pytest.mark.parametrize("word, place", [
    ("Stadt", True), ("Städten", True), ("Provinzen", True), ("Inseln", True), ("City", True),
    ("Sean", False),  # "sea" + n: too short a place word to take endings
    ("Landtag", False), ("Bergbau", False),  # compounds are no case forms
])
def test_place_words_and_their_german_plural_and_case_forms(word, place):
    from generator.assembly.name_forms import place_word

    assert place_word(word) == place


def test_a_common_noun_a_run_of_capitals_took_in_does_not_hide_a_city():
    """'den befreundeten Städten Dalian und Wladiwostok': "Städten Dalian" is Dalian, as in English."""
    _, mentions = join(
        article("de", "de", "Flüge zwischen den Städten Dalian und Wladiwostok.", "Städten Dalian"),
        article("en", "en", "Flights between Dalian and Vladivostok.", "Dalian"),
    )
    assert entity_of(mentions, "de", "Städten Dalian") == entity_of(mentions, "en", "Dalian")


def test_discover_joins_prints_the_cross_script_joins_of_a_seeds_folder(tmp_path):
    """`python -m generator discover --joins`: each candidate named in two scripts, each name with its rule."""
    from generator.assembly.join_report import discover_joins
    from generator.cli import main

    (tmp_path / "en.txt").write_text("Trade with Germany grew\n\nTrade between Germany and China grew again this year, "
                                     "the ministry in Beijing said on Monday.\n", encoding="utf-8")
    (tmp_path / "ar.txt").write_text("نمو التجارة مع ألمانيا\n\nنمت التجارة بين ألمانيا والصين مرة أخرى هذا العام، "
                                     "كما قالت الوزارة في بكين يوم الاثنين.\n", encoding="utf-8")
    text = discover_joins(tmp_path)
    assert "ar  ألمانيا  [gazetteer id: cldr:DE]" in text and "en  Germany  [gazetteer id: cldr:DE]" in text
    assert main(["discover", "--joins", "--seeds", str(tmp_path)]) == 0


@pytest.mark.parametrize("name, lang", [("Stadt", "de"), ("City", "en"), ("Provinz", "de")])
def test_a_place_word_alone_has_no_gazetteer_id(name, lang):
    """"Stadt" is a word, not Basel-Stadt: a place word alone names no place."""
    from generator.assembly.name_forms import lookup_id

    assert lookup_id(name, lang) == ""
