"""Names in headlines: the title read with the body's recognisers where its capitals say something, and
the corpus' names found in any headline; header mentions located in Article.title (invented examples)."""
import json
from dataclasses import replace

import pytest

from generator.annotate.mentions import build_name_index
from generator.annotate.pipeline import Knowledge, annotate
from generator.annotate.title import in_sentence_case, title_mentions
from generator.build import build, discover
from generator.model import HEADER_TITLE, Mention
from test_discovery import entity, make_article

EMPTY = Knowledge(build_name_index(()))


def article(lang: str, title: str, body: str, article_id: str = "a0", derived: bool = False):
    """An invented article with its title."""
    return replace(make_article(body, lang, article_id), title=title, title_derived=derived)


def headline_names(*articles: tuple[str, str, str]) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """The last article's headline names after discovery, as (surface, entity id), and every body name's entity."""
    annotated = {f"a{i}": annotate(article(lang, title, body, f"a{i}"), EMPTY) for i, (lang, title, body) in enumerate(articles)}
    _, rekeyed = discover(annotated)
    last = rekeyed[f"a{len(articles) - 1}"]
    assert all(m.header == HEADER_TITLE and last.article.title[m.start:m.end] == m.surface for m in last.header)
    body = {m.surface: m.entity for a in rekeyed.values() for m in a.candidates}
    return [(m.surface, m.entity) for m in last.header], body


@pytest.mark.parametrize("lang,title,expected", [
    ("en", "Police Arrest Man After Chase In Velkton", False),  # title case: only function words in lower case
    ("en", "ZORBLAND VOTES TODAY", False),  # capitals
    ("en", "Storm hits Velkton harbour", True),
    ("de", "Neue Regierung in Zorbstadt", False),  # "in" is a function word: nothing shows sentence case
    ("de", "Zorbstadt wählt eine neue Regierung", True),
    ("ru", "Самолёт компании Зорбавиа сел в Велкограде", True),
    ("ru", "ЗОРБАВИА ОТМЕНИЛА РЕЙСЫ", False),
    ("ar", "وصول الرئيس زوربيل إلى فيلكتون", True),  # no case in the script
    ("th", "นายสมปอง ใจดี เยือนเชียงใหม่", True),
], ids=["en-title-case", "en-capitals", "en-sentence", "de-function-words", "de-sentence", "ru-sentence",
        "ru-capitals", "ar", "th"])
def test_a_headline_is_read_for_names_in_sentence_case_or_without_case(lang, title, expected):
    """Title case and capitals make every word capitalised; a content word in lower case shows sentence case."""
    assert in_sentence_case(article(lang, title, "Text.")) is expected


@pytest.mark.parametrize("articles,expected", [
    # Latin, English title case: the ordinary words are no names; the body's names are found in it.
    ([("en", "Police Arrest Man After Chase In Velkton", "Officers detained a man on Monday after a short chase.")], []),
    ([("en", "Velk Wins Zorbland Vote", "Anna Velk won the vote in Zorbland on Sunday. Velk thanked voters.")],
     [("Velk", "Anna Velk"), ("Zorbland", "Zorbland")]),
    ([("en", "ZORBLAND VOTES TODAY", "Voters in Zorbland go to the polls today.")], [("ZORBLAND", "Zorbland")]),
    # ... or another article's: the corpus finds the name elsewhere.
    ([("en", "Passengers wait", "Passengers of Zorbel Airways waited for hours."),
      ("en", "Zorbel Airways Cancels Flights", "The airline said the strike would last two days.")],
     [("Zorbel Airways", "Zorbel Airways")]),
    # Sentence case: the body's rules, a sentence's first word judged by the corpus' evidence.
    ([("en", "Storm hits Velkton harbour", "The storm damaged boats on Monday.")], [("Velkton", None)]),
    # A surname alone in a headline is the person the body names in full, as a later sentence's would be.
    ([("en", "Velkland's Zorbam meets Ruritania's Hellwig.", "Velkland President Zorbam Kastel told visiting politician "
      "Anton Hellwig on Monday that talks went well. Zorbam thanked him.")],
     [("Zorbam", "Zorbam Kastel"), ("Ruritania", None), ("Hellwig", "Anton Hellwig")]),
    ([("de", "Kastel trifft Hellwig in Velkstadt", "Der Präsident Zorbam Kastel traf am Montag den Politiker Anton Hellwig. "
      "Kastel dankte ihm.")], [("Kastel", "Zorbam Kastel"), ("Hellwig", "Anton Hellwig"), ("Velkstadt", None)]),
    ([("ru", "Хельвиг прилетел в Велкоград", "Политик Антон Хельвиг прилетел в понедельник. Его встретили в аэропорту.")],
     [("Хельвиг", "Антон Хельвиг"), ("Велкоград", None)]),
    # A label in capitals before a colon is no name; what follows the colon opens a sentence.
    ([("en", "LIVEBLOG: Zorbel Airways lands in Velkton", "The plane landed safely.")],
     [("Zorbel Airways", None), ("Velkton", None)]),
    ([("pl", "Z OSTATNIEJ CHWILI Anna Velk wygrała wybory", "Wybory odbyły się w niedzielę.")], [("Anna Velk", None)]),
    ([("en", "Flights of &quot;Zorbavia&quot; delayed again", "Many flights were delayed.")], []),  # markup
    # Cyrillic.
    ([("ru", "Самолёт компании Зорбавиа сел в Велкограде", "Пассажиры не пострадали.")],
     [("Зорбавиа", None), ("Велкограде", None)]),
    ([("ru", "Пассажиры ждали вылета весь день", "Рейс перенесли на утро.")], []),
    # A sentence's first adjective before a lower-case head: its capital is the sentence's ("Zorbelský soud").
    ([("cs", "Zorbelský soud osvobodil ženu", "Soud rozhodl v pondělí.")], []),
    # Arabic: cue words, as in the body.
    ([("ar", "وصول الرئيس زوربيل إلى فيلكتون", "وصل الوفد صباح اليوم.")], [("زوربيل", None)]),
    ([("ar", "تحذير من \"الموجة\" الجديدة", "قال المسؤولون إن الوضع مستقر.")], []),  # a quoted term
    # Thai: cue words, as in the body; a quoted term is no name unless the corpus names it elsewhere.
    ([("th", "นายสมปอง ใจดี เยือนจังหวัดเชียงใหม่", "คณะเดินทางถึงเมื่อเช้านี้")],
     [("นายสมปอง ใจดี", None), ("จังหวัดเชียงใหม่", None)]),
    ([("th", "เตือนประชาชนระวัง \"โรคใหม่\"", "เจ้าหน้าที่ขอให้ประชาชนล้างมือบ่อยๆ")], []),
], ids=["en-title-case-words", "en-title-case-body-names", "en-capitals", "en-other-article", "en-sentence-case",
        "en-surname", "de-surname", "ru-surname", "en-label", "pl-kicker", "en-markup", "ru-names", "ru-no-names", "cs-opening-adjective", "ar-cue",
        "ar-quoted-term", "th-cues", "th-quoted-term"])
def test_headline_names(articles, expected):
    """Each headline name, and the body name whose entity it is (None: a name of the headline's own)."""
    found, body = headline_names(*articles)
    assert [surface for surface, _ in found] == [surface for surface, _ in expected]
    for (surface, entity_id), (_, same_as) in zip(found, expected):
        assert entity_id == body[same_as] if same_as else entity_id not in body.values()


def test_a_derived_title_is_body_text_not_read_again():
    """A title the reader made from the first sentence has its names in the body already."""
    derived = article("en", "Anna Velk won in Zorbland", "Anna Velk won in Zorbland.", derived=True)
    assert title_mentions(derived, EMPTY.names) == ()


def test_registry_names_are_found_in_any_headline():
    """A registry name is that entity in a headline in capitals too; its offsets are in the title."""
    names = build_name_index((entity("zorbland", "place", en="Zorbland"),))
    found = title_mentions(article("en", "ZORBLAND VOTES TODAY", "Voters went to the polls."), names)
    assert [(m.entity, m.start, m.end, m.header) for m in found] == [("zorbland", 0, 8, HEADER_TITLE)]


def test_a_headline_only_name_reaches_knowledge_json_and_its_entity_page(tmp_path):
    """knowledge.json gives a headline's mention with its span in the title; the entity page quotes the headline."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "en-1.txt").write_text("Zorbel Airways Cancels <i>Flights</i> To Velkton\n\nThe airline said the strike "
                                    "would last two days. Travellers were told to check the website.", encoding="utf-8")
    (seeds / "en-2.txt").write_text("Strike talks end\n\nPassengers of Zorbel Airways waited for hours in the "
                                    "terminal on Monday. The talks ended late in the evening.", encoding="utf-8")
    result = build(seeds, tmp_path / "docs", use_cache=False)
    knowledge = json.loads((tmp_path / "docs" / "knowledge.json").read_text(encoding="utf-8"))
    titles = {a["id"]: a["title"] for a in knowledge["articles"]}
    (airline,) = [e for e in knowledge["entities"] if e["names"].get("en") == "Zorbel Airways"]
    in_title = [m for m in airline["mentions"] if m.get("in") == "title"]
    assert [titles[m["article"]][m["start"]:m["end"]] for m in in_title] == ["Zorbel Airways"]
    assert len(airline["mentions"]) == 2
    page = (tmp_path / "docs" / result.site.entity_pages[airline["id"]]).read_text(encoding="utf-8")
    # The headline is quoted (its markup inert), the name in bold, linked to the article's header.
    assert "<strong>Zorbel Airways</strong> Cancels &lt;i&gt;Flights&lt;/i&gt; To Velkton [¶](<" in page
    assert "#title>)" in page and "<i>" not in page and "Strike talks end" in page
    assert not any(e["names"].get("en") in ("Cancels", "Flights", "Velkton") for e in knowledge["entities"])


def test_a_word_the_corpus_writes_in_lower_case_is_no_headline_name():
    """A one-word name the corpus writes in lower case more than half as often as capitalised mid-sentence is that
    word in a headline (the counts discovery judged the bodies by): an acronym "ZORB" is no "Zorb" of a title."""
    acronym = Mention("zorb", 4, 8, "ZORB", "ZORB", "organisation")
    first = replace(annotate(article("en", "Talks resume", "The ZORB said the talks would resume."), EMPTY),
                    candidates=(acronym,), word_cases=(("zorb", 5, 1),))
    second = annotate(article("en", "Those Zorb Behind", "Readers wrote letters to the editor on Monday.", "a1"), EMPTY)
    _, rekeyed = discover({"a0": first, "a1": second})
    assert [m.surface for m in rekeyed["a0"].candidates] == ["ZORB"]  # an acronym: kept by its shape
    assert rekeyed["a1"].header == ()
    # Written capitalised as often: the corpus' name, in the headline too.
    _, rekeyed = discover({"a0": replace(first, word_cases=(("zorb", 1, 5),)), "a1": second})
    assert [m.surface for m in rekeyed["a1"].header] == ["Zorb"]
