"""Day or month first in a page's numeric dates, from the page itself (generator/read/dateorder.py)."""
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
