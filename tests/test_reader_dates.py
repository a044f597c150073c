"""Publication dates and datelines as the reader takes them from a page: day or month first (dateorder.py), a dateline with text of its own."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.read.dateorder import in_page_order
from generator.read.reader import analyse

D = dt.date


@pytest.mark.parametrize("lang, published, text, expected", [
    # English is month first in CLDR; a page that shows it writes day first is read so
    ("en", D(2024, 3, 5), "Posted 03/05/2024 09:12\nText.\nA reader wrote on May 3, 2024", D(2024, 5, 3)),
    ("en", D(2024, 3, 5), "Posted 03/05/2024\nMore stories: 21/04/2024 Another story", D(2024, 5, 3)),
    ("en", D(2024, 3, 5), "Posted 03-05-2024\nMore stories: 21-04-2024 Another story", D(2024, 5, 3)),
    ("en", D(2024, 3, 5), "Posted 03/05/24\nMore stories: 21/04/24 Another story", D(2024, 5, 3)),
    # ... and stays month first when the page says so, or says nothing, or both
    ("en", D(2024, 3, 5), "Posted 03/05/2024\nMore stories: 04/21/2024 Another story", D(2024, 3, 5)),
    ("en", D(2024, 3, 5), "Posted 03/05/2024\nText.", D(2024, 3, 5)),
    ("en", D(2024, 3, 5), "Posted 03/05/2024\nMore: 21/04/2024 and 04/22/2024", D(2024, 3, 5)),
    # the date was written with its month's name: never swapped
    ("en", D(2024, 3, 5), "March 5, 2024\nMore: 21/04/2024 and 03/05/2024", D(2024, 3, 5)),
    # dotted dates are day first everywhere: a date read from one is not the slashed kind
    ("en", D(2024, 3, 5), "Posted 05.03.2024\nMore: 21/04/2024", D(2024, 3, 5)),
    # nothing to swap: the day is over 12, or day and month are the same
    ("en", D(2024, 3, 21), "Posted 03/21/2024\nMore: 22/04/2024", D(2024, 3, 21)),
    ("en", D(2024, 4, 4), "Posted 04/04/2024\nMore: 22/04/2024", D(2024, 4, 4)),
    # German is day first; a page writing month first (an American site in German) is read so
    ("de", D(2024, 5, 3), "Veröffentlicht 03/05/2024\nWeitere: 04/21/2024 Meldung", D(2024, 3, 5)),
    ("de", D(2024, 5, 3), "Veröffentlicht 03/05/2024\nWeitere: 21/04/2024 Meldung", D(2024, 5, 3)),
    ("fr", D(2024, 5, 3), "Publié le 03/05/2024\nLe 5 mars 2024, un lecteur écrivait", D(2024, 3, 5)),
    (None, None, "", None),
])
def test_a_publication_date_follows_the_pages_own_order(lang, published, text, expected):
    assert in_page_order(published, text, lang or "en") == expected


def test_the_reader_reads_an_english_page_written_day_first_as_day_first():
    page = ("Harbour wall to be rebuilt\n03/05/2024 10:15am\n"
            "The council agreed on Tuesday to rebuild the old harbour wall before the winter storms arrive.\n"
            "Work is expected to take four months and to cost less than the council feared.\n"
            "Related: 21/04/2024 Ferry timetable changes\n")
    article = analyse(page, "wall.txt", "utf-8")
    assert article.lang == "en" and article.published == D(2024, 5, 3)


@pytest.mark.parametrize("lang, line, expected", [
    ("de", "Genf, 03.04.2024 - Ansprache von Erika Muster an der Jahrestagung der Gemeinden, Genf", True),
    ("en", "LEEDS, 3 April 2024 - Speech by Jane Doe to the annual meeting of the county's mayors", True),
    ("fr", "Lyon, 3 avril 2024 - Discours de Jeanne Dupont devant l'assemblée des maires du canton", True),
    # a labelled field, a byline, an agency or a bare date after the dash is no text of its own
    ("de", "Genf, 03.04.2024 - Redaktion: Erika Muster (Pressestelle der Gemeinde Genf)", False),
    ("en", "LEEDS, 3 April 2024 - By Jane Doe and John Roe, political correspondents", False),
    ("en", "LEEDS, 3 April 2024 - Updated on 4 April 2024 at 10:15 with new figures", False),
    ("de", "Genf, 03.04.2024 - dpa", False),
    ("de", "Genf, 03.04.2024 - Anna Muster, Bert Beispiel, Carla Probe, Dora Test", False),
    ("de", "Genf, 03.04.2024", False),
])
def test_a_dateline_followed_by_a_phrase_keeps_the_phrase(lang, line, expected):
    from generator.read.datelines import dateline_with_text

    assert dateline_with_text(line, lang) is expected


def test_the_reader_keeps_the_text_after_a_dateline_in_the_header():
    page = ("Gemeinden\nNachrichten\nDer Fluss gehört allen\n"
            "Genf, 03.04.2024 - Ansprache von Erika Muster an der Jahrestagung der Gemeinden, Genf\n"
            "Meine Damen und Herren, der Fluss, der durch unsere Städte fließt, verbindet uns seit Jahrhunderten.\n"
            "Wer ihn schützt, schützt das Wasser, das wir trinken, und die Ufer, an denen unsere Kinder spielen.\n")
    article = analyse(page, "rede.txt", "utf-8")
    assert article.title == "Der Fluss gehört allen" and article.place == "Genf"
    assert article.published == D(2024, 4, 3)
    assert article.body.startswith("Ansprache von Erika Muster an der Jahrestagung der Gemeinden, Genf\n")
