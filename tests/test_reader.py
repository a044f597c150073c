"""Table-driven tests of the reader: decoding, normalising, header lines, truncation, front matter."""
import codecs
import datetime as dt

import pytest

from generator.errors import SeedError
from generator.lang.sources import masthead_name
from generator.read.decode import decode_bytes
from generator.read.datelines import header_dates, place_before
from generator.read.frontmatter import split_front_matter
from generator.read.normalise import normalise_text
from generator.read.reader import analyse

RUSSIAN = "Делегация Тверской области провела в Китае четыре дня и подписала соглашения о сотрудничестве."


@pytest.mark.parametrize("raw,encoding,guessed", [
    (RUSSIAN.encode("utf-8"), "utf-8", False),
    (codecs.BOM_UTF8 + RUSSIAN.encode("utf-8"), "utf-8-sig", False),
    (codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le"), "utf-16", False),
    (codecs.BOM_UTF16_BE + RUSSIAN.encode("utf-16-be"), "utf-16", False),
    ((RUSSIAN + " " + RUSSIAN).encode("cp1251"), "cp1251", True),
], ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1251"])
def test_decoding(raw, encoding, guessed):
    """UTF-8 and BOM-marked text decode silently; other encodings are detected and flagged."""
    decoded = decode_bytes(raw)
    assert decoded.text.lstrip("\ufeff").startswith("Делегация")
    assert (decoded.encoding.replace("_", "-"), decoded.guessed) == (encoding, guessed)


@pytest.mark.parametrize("raw,reason", [
    (b"", "empty"),
    (b"  \n\t\n ", "white space"),
    (codecs.BOM_UTF8 + b"text \xff\xfe\xc3\x28", "not valid"),
    (codecs.BOM_UTF16_LE + "text".encode("utf-16-le") + b"A", "not valid"),
    (codecs.BOM_UTF8 + b"   \n", "white space"),
    (bytes(range(256)) * 8, "binary"),
    (b"\x00\x01\x02\x03" * 200, "binary"),
])
def test_unreadable_files_say_why(raw, reason):
    """Empty, blank and binary files raise a SeedError naming the reason and a fix."""
    with pytest.raises(SeedError) as error:
        decode_bytes(raw)
    assert reason in error.value.reason and error.value.hint


@pytest.mark.parametrize("text,expected", [
    ("a\r\nb\rc", "a\nb\nc"),
    ("สำค\u0e31ญ".replace("ำ", "\u0e4d\u0e32"), "สำคัญ"),
    ("น\u0e49\u0e4d\u0e32มัน", "น\u0e49\u0e33มัน"),
    ("น\u0e4d\u0e49\u0e32มัน", "น\u0e49\u0e33มัน"),
    ("a\u00a0b\u202fc  d\te", "a b c d e"),
    ("Cafe\u0301", "Café"),
    ("abc\u202edef\u200b", "abcdef"),
    ("  padded line  ", "padded line"),
], ids=["line-endings", "sara-am", "sara-am-tone-before", "sara-am-tone-after", "spaces", "nfc", "bidi-override", "strip"])
def test_normalisation(text, expected):
    """Line endings, Thai SARA AM, no-break spaces, NFC and bidi controls are normalised."""
    assert normalise_text(text) == expected


BODY = "The delegation visited Munich and Frankfurt and signed several agreements there."


def read(text, **front):
    """Analyse a text as a seed would be."""
    return analyse(normalise_text(text), "x.txt", "utf-8")


@pytest.mark.parametrize("text,title,derived,subtitle", [
    (f"A headline about Liaoning\n\n{BODY}", "A headline about Liaoning", False, None),
    (f"{BODY}\n\n{BODY}", "The delegation visited Munich and Frankfurt and signed several agreements there", True, None),
    (f"ลี่อนิงมุ่งมั่นส่งเสริมความร่วมมือ\n\nLiaoning Pursues International Cooperation\n\nคณะผู้แทนทางเศรษฐกิจและการค้าเดินทางไปเยอรมนีเพื่อเสริมสร้างความร่วมมือกับประเทศเหล่านี้ผ่านการเยือนอย่างเป็นมิตร",
     "ลี่อนิงมุ่งมั่นส่งเสริมความร่วมมือ", False, "Liaoning Pursues International Cooperation"),
], ids=["title-line", "derived", "second-title"])
def test_titles(text, title, derived, subtitle):
    """A title line, a title derived from the first sentence, a second title in another language."""
    article = read(text)
    assert (article.title, article.title_derived, article.subtitle) == (title, derived, subtitle)


@pytest.mark.parametrize("text,published,basis,place,source", [
    (f"Headline of the story\n2023-10-13 13:29\n\n{BODY}", dt.date(2023, 10, 13), "timestamp line", None, None),
    (f"Headline of the story\n\nSHENYANG, China, 26 October 2023 — {BODY}", dt.date(2023, 10, 26), "dateline", "Shenyang, China", None),
    (f"Заголовок статьи о визите\n\nЕженедельник \"Аргументы и Факты\" № 48. АиФ в Твери 28/11/2023\n\n{RUSSIAN}", dt.date(2023, 11, 28), "masthead line", None, "Аргументы и Факты"),
    (f"Headline of the story\n\n{BODY}\n\n26/10/2023", dt.date(2023, 10, 26), "date at the end", None, None),
    (f"Headline of the story\n\nSource: Xinhua\n\n{BODY}", None, None, None, "Xinhua"),
], ids=["timestamp", "dateline", "masthead", "date-at-end", "source-line"])
def test_header_lines(text, published, basis, place, source):
    """Timestamp, dateline, masthead, trailing date and source lines become metadata, not body."""
    article = read(text)
    assert (article.published, article.date_basis, article.place, article.source) == (published, basis, place, source)
    assert article.body.startswith(BODY[:20]) or article.body.startswith(RUSSIAN[:20])


@pytest.mark.parametrize("lang,line,place", [
    # a news wire's dateline: the place in capitals and the date, alone on a line, no dash
    ("en", "LONDON 2024-03-05", "London"),
    ("en", "NEW YORK 2024-03-05", "New York"),
    ("de", "HAMBURG 05.03.2024", "Hamburg"),
    ("fr", "PARIS 5 mars 2024", "Paris"),
    ("es", "BUENOS AIRES 5 de marzo de 2024", "Buenos Aires"),
    ("ru", "МОСКВА 5 марта 2024", "Москва"),
    ("pl", "GDAŃSK 05.03.2024 r.", "Gdańsk"),
    # a weekday, a publication label, an author's name or words after the date: no place
    ("en", "Tuesday 2024-03-05", None),
    ("de", "Veröffentlicht 05.03.2024", None),
    ("en", "Published 2024-03-05", None),
    ("en", "TUESDAY 2024-03-05", None),
    ("en", "Jane Doe 2024-03-05", None),
    ("de", "ANNA MUSTER 05.03.2024", None),
    ("de", "HAMBURG05.03.2024", None),
    ("en", "LONDON 2024-03-05 the council met", None),
], ids=lambda v: v if isinstance(v, str) and " " in v else None)
def test_wire_dateline_places(lang, line, place):
    """One to three words in capitals (or one capitalised word) and a date with nothing after: a dateline's place."""
    dates = header_dates(line, lang)
    assert dates, line
    assert place_before(line, dates[0], lang) == place


@pytest.mark.parametrize("text,place", [
    (f"A headline about the visit.\n\nJane Doe\n\nBRUSSELS 1996-08-22\n\n{BODY}", "Brussels"),
    (f"SPORT - A HEADLINE IN CAPITALS ABOUT THE GAME.\n\nBALTIMORE 1996-08-22\n\n{BODY}", "Baltimore"),
], ids=["after-author", "section-label-in-title"])
def test_a_wire_dateline_line_gives_the_place(text, place):
    """A wire dateline line under the headline gives the article its place and date, and leaves the body."""
    article = read(text)
    assert (article.place, article.published) == (place, dt.date(1996, 8, 22))
    assert "1996" not in article.body and article.body.endswith(BODY)


@pytest.mark.parametrize("last,truncated", [
    ("The delegation visited Munich and signed agreements.", False),
    ("The delegation visited Munich and signed agreem", True),
    ("Die Delegation besuchte München und unterzeichnete", True),
    ("Делегация посетила Шэньян и подписала соглашения.", False),
    ("Делегация посетила Шэньян и подписа", True),
    ("«Мы наметили основные направления взаимодействия».", False),
    ("وأرامكو السعودية هي أكبر منتج للنفط في العالم.", False),
    ("وأرامكو السعودية هي أكبر منتج للنفط في العا", True),
    ("ฐานการผลิตสารเคมีชีวภาพในมณฑลเหลียวหนิงมีศักยภาพอย่างมาก", False),
    ("ในฐานะมณฑลอุตสาหกรรมสำค", True),
    ("Is this the end?", False),
], ids=["en-ok", "en-cut", "de-cut", "ru-ok", "ru-cut", "ru-quote", "ar-ok", "ar-cut", "th-ok", "th-cut", "question"])
def test_truncation(last, truncated):
    """Cut-off text is detected mid-sentence (punctuating scripts) and mid-word (Thai)."""
    assert read(f"Some headline here\n\n{BODY}\n\n{last}").truncated is truncated


def test_front_matter_overrides_detection():
    """Front matter fields win over detected ones; unknown fields are reported."""
    front, rest, notices = split_front_matter(
        "---\ntitle: Given title\ndate: 2024-01-02\nlang: de\nstory: visit\ncolour: red\n---\nText", "a.md")
    assert (front.title, front.date, front.lang, front.story) == ("Given title", dt.date(2024, 1, 2), "de", "visit")
    assert rest.strip() == "Text"
    assert [n.message for n in notices] == ["unknown front matter field 'colour' is ignored"]


@pytest.mark.parametrize("text,message", [
    ("---\ntitle: [unclosed\n---\nText", "not valid YAML"),
    ("---\n- a list\n---\nText", "not a mapping"),
])
def test_broken_front_matter_is_a_seed_error(text, message):
    """Malformed front matter makes the seed unreadable, with the reason."""
    with pytest.raises(SeedError, match=message):
        split_front_matter(text, "a.md")


def test_front_matter_lang_must_be_a_code():
    """A lang value that is not a language code is refused (it ends up in HTML attributes)."""
    front, _, notices = split_front_matter('---\nlang: \'en" onmouseover="x\'\n---\nText', "a.md")
    assert front.lang is None and "not a language code" in notices[0].message


P1 = {
    "en": "The council met on Tuesday evening to discuss the plans for the new bridge over the river, and it heard residents who live near it.",
    "de": "Der Stadtrat hat am Dienstagabend über die Pläne für die neue Brücke über den Fluss beraten und dabei auch die Anwohner angehört.",
    "es": "El consejo se reunió el martes por la noche para discutir los planes del nuevo puente sobre el río y escuchó a los vecinos de la zona.",
}
P2 = {
    "en": "Residents said the works would close the main road for months, and they asked the council to find another way across the river.",
    "de": "Die Anwohner sagten, die Bauarbeiten würden die Hauptstraße monatelang sperren, und baten den Rat, einen anderen Weg zu finden.",
    "es": "Los vecinos dijeron que las obras cerrarían la carretera principal durante meses y pidieron al consejo que buscara otra solución.",
}


@pytest.mark.parametrize("lang,mark", [
    ("en", "Source: City statistics office"),
    ("de", "Quelle: Statistisches Landesamt"),
    ("es", "Fuente: Ayuntamiento"),
], ids=["en", "de", "es"])
def test_a_source_line_inside_the_text_is_removed(lang, mark):
    """A "Source: X" line between paragraphs (a figure's source) is no text: removed, said in the report."""
    article = read(f"{P1[lang]}\n\n{mark}\n\n{P2[lang]}\n")
    assert mark not in article.body and P1[lang] in article.body and P2[lang] in article.body
    assert any(f"(source line): {mark}" in line for line in article.removed)


def test_a_paragraph_starting_like_a_source_line_stays():
    """A line longer than any title is a paragraph, whatever its first word."""
    paragraph = "Source: " + P2["en"] + " " + P1["en"]
    article = read(f"{P1['en']}\n\n{paragraph}\n\n{P2['en']}\n")
    assert paragraph in article.body


def test_the_author_box_of_a_byline_left_in_the_text_is_removed():
    """A byline under the headline names the author whose biography ends the page: it is removed."""
    bio = "Jane Doe is a reporter covering city politics and transport for the paper since 2015."
    paragraphs = [P1["en"], P2["en"], P1["en"].replace("Tuesday", "Monday"), P2["en"].replace("months", "weeks")]
    article = read("\n\n".join(["Council weighs the new bridge", "By Jane Doe", *paragraphs, bio]) + "\n")
    assert bio not in article.body and all(p in article.body for p in paragraphs)
    assert any(f"(author box): {bio}" in line for line in article.removed)


@pytest.mark.parametrize("line, name", [
    ('Wochenzeitung "Der Bote vom Land" Nr. 12', "Der Bote vom Land"),
    ('Еженедельник "Вести Заречья" № 7', "Вести Заречья"),
    # Invented sentences that quote a publication: the text's own words, no masthead.
    ('Die "Neue Talzeitung" hatte am Montag über die Pläne des Stadtrats berichtet.', None),
    ('The weekly "Harbour Courier" was the first newspaper to report the closure of the yard.', None),
    ('Газета "Вести Заречья" первой сообщила о закрытии завода в прошлую пятницу.', None),
])
def test_a_sentence_quoting_a_publication_is_no_masthead(line, name):
    """A masthead is a label (a publication word and its quoted name); a sentence that quotes one is text."""
    assert masthead_name(line) == name
