"""Table-driven tests of the full-date grammar, per language, with the cases that must not be dates."""
import datetime as dt

import pytest

from generator.dates import find_dates
from generator.lang.datewords import reading_time

D = dt.date

FOUND = [
    # (lang, text, date, time, matched text)
    ("ar", "شنيانغ، 26 أكتوبر 2023 – سافر وفد", D(2023, 10, 26), None, "26 أكتوبر 2023"),
    ("ar", "في ٢٦ تشرين الأول ٢٠٢٣ زار", D(2023, 10, 26), None, "٢٦ تشرين الأول ٢٠٢٣"),
    ("ar", "يوم 3 مارس 2024", D(2024, 3, 3), None, "3 مارس 2024"),
    ("th", "เชียงหยาง ประเทศจีน, วันที่ 26 ตุลาคม พ.ศ. 2566 — คณะ", D(2023, 10, 26), None, "26 ตุลาคม พ.ศ. 2566"),
    ("th", "๒๖ ตุลาคม ๒๕๖๖", D(2023, 10, 26), None, "๒๖ ตุลาคม ๒๕๖๖"),
    ("th", "วันที่ 1 มกราคม 2024", D(2024, 1, 1), None, "1 มกราคม 2024"),
    ("de", "SHENYANG, China, 26. Oktober 2023 — Eine", D(2023, 10, 26), None, "26. Oktober 2023"),
    ("de", "am 3. März 2023 begann", D(2023, 3, 3), None, "3. März 2023"),
    ("de", "am 3.10.2023.", D(2023, 10, 3), None, "3.10.2023"),
    ("ru", "АиФ в Твери 28/11/2023", D(2023, 11, 28), None, "28/11/2023"),
    ("ru", "26 октября 2023 г. делегация", D(2023, 10, 26), None, "26 октября 2023"),
    ("ru", "1 ЯНВАРЯ 2024", D(2024, 1, 1), None, "1 ЯНВАРЯ 2024"),
    ("en", "2023-10-13 13:29", D(2023, 10, 13), "13:29", "2023-10-13 13:29"),
    ("en", "On October 26, 2023, he said", D(2023, 10, 26), None, "October 26, 2023"),
    ("en", "26 October 2023", D(2023, 10, 26), None, "26 October 2023"),
    ("en", "Oct. 26, 2023", D(2023, 10, 26), None, "Oct. 26, 2023"),
    # a byline glued to its date where the page's markup held no space
    ("en", "By Jane DoeNovember 6, 2023", D(2023, 11, 6), None, "November 6, 2023"),
    # a site's name in another script glued to an English date ("Daily News" in Hindi, Gujarati)
    ("en", "दैनिक समाचारApr 02, 2020, 04:11 AM IST", D(2020, 4, 2), "04:11", "Apr 02, 2020, 04:11 AM"),
    ("en", "દૈનિક સમાચારMarch 5, 2024", D(2024, 3, 5), None, "March 5, 2024"),
    ("en", "12/31/2023", D(2023, 12, 31), None, "12/31/2023"),
    ("en", "31/12/2023", D(2023, 12, 31), None, "31/12/2023"),
    ("fr", "le 26 octobre 2023", D(2023, 10, 26), None, "26 octobre 2023"),
    ("zh", "2023年10月26日", D(2023, 10, 26), None, "2023年10月26日"),
]

NOT_DATES = [
    ("de", "eine Investition von 83,7 Milliarden Yuan"),
    ("en", "83.7 billion yuan and 2023 people"),
    ("en", "the 31/02/2023 deadline"),
    ("de", "die Delegation reiste im Jahr 2023"),
    ("ru", "более 20 предприятий, 40 га"),
    ("en", "version 1.12.2023.4"),
    # a month's name glued in lower case to the word before is part of that word
    ("en", "the doemay 6, 2023 list"),
    ("ar", "استثمار قدره 83.7 مليار يوان"),
]


@pytest.mark.parametrize("lang,text,date,time,matched", FOUND, ids=[f"{r[0]}:{r[4]}" for r in FOUND])
def test_full_dates_are_found(lang, text, date, time, matched):
    """Each style of full date is found with its span, date and time."""
    found = find_dates(text, lang)
    assert len(found) == 1
    assert found[0].date == date and found[0].time == time
    assert text[found[0].start:found[0].end] == matched


@pytest.mark.parametrize("lang,text", NOT_DATES, ids=[r[1][:30] for r in NOT_DATES])
def test_numbers_and_words_are_not_dates(lang, text):
    """Amounts, years alone, invalid days and version numbers yield no date."""
    assert find_dates(text, lang) == []


SHORT_YEARS = [
    # (lang, text, date or None, time): two-digit years in header lines; an hour is no year
    ("de", "07.11.23 09:20", D(2023, 11, 7), "09:20"),
    ("de", "07.11. 09:20", None, None),
    ("fr", "07/11 09h20", None, None),
    ("en", "7/11/23 at 9:20", D(2023, 7, 11), "09:20"),  # month first in en (CLDR), time zero-padded
    ("pl", "07.11. 09:20", None, None),
]


@pytest.mark.parametrize("lang,text,date,time", SHORT_YEARS, ids=[f"{r[0]}:{r[1]}" for r in SHORT_YEARS])
def test_short_years_are_no_hours(lang, text, date, time):
    """A day and month followed by a time of day ("07.11. 09:20") has no year: no date, not 2009."""
    found = find_dates(text, lang, short_years=True)
    assert [(m.date, m.time) for m in found] == ([(date, time)] if date else [])


@pytest.mark.parametrize("lang,text,label", [
    ("en", "5 min read", True),
    ("en", "Reading time: 4 minutes", True),
    ("en", "Reading Time: 3 mins read", True),
    ("pl", "11 minut czytania", True),
    ("pl", "Jeszcze 3 minuty czytania", True),
    ("de", "Lesezeit: 3 Minuten", True),
    ("fr", "Temps de lecture : 5 min", True),
    ("ru", "7 минут на чтение", True),
    # a headline with a count of minutes in it, a number without a unit, a date
    ("en", "90 minutes that changed the history of football", False),
    ("en", "Apollo 11", False),
    ("de", "Wahl 2024: 5 Minuten", False),
], ids=["en", "en-label", "en-gb-mins", "pl", "pl-left", "de", "fr", "ru", "en-headline", "en-number", "de-two-numbers"])
def test_reading_time_labels(lang, text, label):
    """A count of minutes (CLDR's unit patterns) with three words at most around it is a reading-time label."""
    assert reading_time(text, lang) is label
