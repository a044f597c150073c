"""Table-driven tests of date expressions: every form per language, resolution, non-dates and the seed corpus."""
import datetime as dt
from pathlib import Path

import pytest

from generator.dates import DateExpression, find_date_expressions
from generator.read.reader import read_seed

D = dt.date
P = D(2023, 10, 26)      # publication date of the ar, th and de seeds
P_RU = D(2023, 11, 28)   # publication date of the ru seed
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
E = "explicit"
PUB = "publication date"

# (lang, text, published, matched text, first, last, precision, kind, basis)
FOUND = [
    # Arabic: Arabic-Indic digits, both month-name variants, the article "الـ" with a tatweel
    ("ar", "شنيانغ، 26 أكتوبر 2023 – سافر", P, "26 أكتوبر 2023", D(2023, 10, 26), D(2023, 10, 26), "day", "full", E),
    ("ar", "في ٢٦ تشرين الأول ٢٠٢٣ زار", P, "٢٦ تشرين الأول ٢٠٢٣", D(2023, 10, 26), D(2023, 10, 26), "day", "full", E),
    ("ar", "زاروا ألمانيا بين الـ 11 والـ 13، وقاموا", P, "بين الـ 11 والـ 13", D(2023, 10, 11), D(2023, 10, 13), "day", "day-range", PUB),
    ("ar", "أمضى الوفد الفترة من الـ 16 إلى الـ 19 في روسيا", P, "من الـ 16 إلى الـ 19", D(2023, 10, 16), D(2023, 10, 19), "day", "day-range", PUB),
    ("ar", "بين ١١ و١٣ أكتوبر", P, "بين ١١ و١٣ أكتوبر", D(2023, 10, 11), D(2023, 10, 13), "day", "full", PUB),
    ("ar", "وروسيا في منتصف أكتوبر.", P, "في منتصف أكتوبر", D(2023, 10, 11), D(2023, 10, 20), "part-of-month", "part-of-month", PUB),
    ("ar", "في منتصف تشرين الأول", P, "في منتصف تشرين الأول", D(2023, 10, 11), D(2023, 10, 20), "part-of-month", "part-of-month", PUB),
    ("ar", "في نهاية أكتوبر", P, "في نهاية أكتوبر", D(2023, 10, 21), D(2023, 10, 31), "part-of-month", "part-of-month", PUB),
    ("ar", "بدأ في مارس", P, "في مارس", D(2023, 3, 1), D(2023, 3, 31), "month", "month", PUB),
    ("ar", "في شهر مارس 2022", P, "في شهر مارس 2022", D(2022, 3, 1), D(2022, 3, 31), "month", "month", E),
    ("ar", "في مارس الماضي", P, "في مارس الماضي", D(2023, 3, 1), D(2023, 3, 31), "month", "month", PUB),
    ("ar", "التقى الأسبوع الماضي", P, "الأسبوع الماضي", D(2023, 10, 16), D(2023, 10, 22), "week", "relative", PUB),
    ("ar", "زار العام الماضي", P, "العام الماضي", D(2022, 1, 1), D(2022, 12, 31), "year", "relative", PUB),
    ("ar", "هذا العام", P, "هذا العام", D(2023, 1, 1), D(2023, 12, 31), "year", "relative", PUB),
    ("ar", "وفي بداية هذا العام، تم", P, "في بداية هذا العام", D(2023, 1, 1), D(2023, 3, 31), "year", "relative", PUB),
    ("ar", "هذا الصيف", P, "هذا الصيف", D(2023, 6, 1), D(2023, 8, 31), "season", "relative", PUB),
    # Thai: Buddhist era with and without its marker, Thai digits, words without spaces
    ("th", "วันที่ 26 ตุลาคม พ.ศ. 2566 — คณะ", P, "วันที่ 26 ตุลาคม พ.ศ. 2566", D(2023, 10, 26), D(2023, 10, 26), "day", "full", E),
    ("th", "๒๖ ตุลาคม ๒๕๖๖", P, "๒๖ ตุลาคม ๒๕๖๖", D(2023, 10, 26), D(2023, 10, 26), "day", "full", E),
    ("th", "เยอรมนี ระหว่างวันที่ 11-13 และได้เยือน", P, "ระหว่างวันที่ 11-13", D(2023, 10, 11), D(2023, 10, 13), "day", "day-range", PUB),
    ("th", "11-13 ตุลาคม", P, "11-13 ตุลาคม", D(2023, 10, 11), D(2023, 10, 13), "day", "full", PUB),
    ("th", "11-13 ตุลาคม 2566", P, "11-13 ตุลาคม 2566", D(2023, 10, 11), D(2023, 10, 13), "day", "full", E),
    ("th", "๑๑-๑๓ ต.ค. ๒๕๖๖", P, "๑๑-๑๓ ต.ค. ๒๕๖๖", D(2023, 10, 11), D(2023, 10, 13), "day", "full", E),
    ("th", "วันที่ 12 คณะ", P, "วันที่ 12", D(2023, 10, 12), D(2023, 10, 12), "day", "day", PUB),
    ("th", "รัสเซีย ระหว่างกลางเดือนตุลาคม เพื่อ", P, "ระหว่างกลางเดือนตุลาคม", D(2023, 10, 11), D(2023, 10, 20), "part-of-month", "part-of-month", PUB),
    ("th", "ต้นเดือนตุลาคม", P, "ต้นเดือนตุลาคม", D(2023, 10, 1), D(2023, 10, 10), "part-of-month", "part-of-month", PUB),
    ("th", "ปลายเดือนตุลาคม", P, "ปลายเดือนตุลาคม", D(2023, 10, 21), D(2023, 10, 31), "part-of-month", "part-of-month", PUB),
    ("th", "เมื่อเดือนมีนาคมที่ผ่านมา การก่อสร้าง", P, "เมื่อเดือนมีนาคมที่ผ่านมา", D(2023, 3, 1), D(2023, 3, 31), "month", "month", PUB),
    ("th", "เดือนมีนาคม 2566", P, "เดือนมีนาคม 2566", D(2023, 3, 1), D(2023, 3, 31), "month", "month", E),
    ("th", "สัปดาห์ที่แล้ว", P, "สัปดาห์ที่แล้ว", D(2023, 10, 16), D(2023, 10, 22), "week", "relative", PUB),
    ("th", "ปีที่แล้ว", P, "ปีที่แล้ว", D(2022, 1, 1), D(2022, 12, 31), "year", "relative", PUB),
    ("th", "ปีนี้", P, "ปีนี้", D(2023, 1, 1), D(2023, 12, 31), "year", "relative", PUB),
    ("th", "ต้นปีนี้", P, "ต้นปีนี้", D(2023, 1, 1), D(2023, 3, 31), "year", "relative", PUB),
    # German: ordinal dots, "vom ... bis", parts of a month, "dieses Jahres"
    ("de", "SHENYANG, China, 26. Oktober 2023 — Eine", P, "26. Oktober 2023", D(2023, 10, 26), D(2023, 10, 26), "day", "full", E),
    ("de", "am 3.10.2023.", P, "3.10.2023", D(2023, 10, 3), D(2023, 10, 3), "day", "numeric", E),
    ("de", "vom 11. bis 13. Oktober 2023", P, "vom 11. bis 13. Oktober 2023", D(2023, 10, 11), D(2023, 10, 13), "day", "full", E),
    ("de", "11.–13. Oktober", P, "11.–13. Oktober", D(2023, 10, 11), D(2023, 10, 13), "day", "full", PUB),
    ("de", "zwischen dem 11. und 13. Oktober", P, "zwischen dem 11. und 13. Oktober", D(2023, 10, 11), D(2023, 10, 13), "day", "full", PUB),
    ("de", "besuchte die Delegation vom 11. bis 13. Deutschland", P, "vom 11. bis 13.", D(2023, 10, 11), D(2023, 10, 13), "day", "day-range", PUB),
    ("de", "am 12. besuchte sie", P, "am 12.", D(2023, 10, 12), D(2023, 10, 12), "day", "day", PUB),
    ("de", "reiste Anfang Oktober nach", P, "Anfang Oktober", D(2023, 10, 1), D(2023, 10, 10), "part-of-month", "part-of-month", PUB),
    ("de", "Mitte Oktober", P, "Mitte Oktober", D(2023, 10, 11), D(2023, 10, 20), "part-of-month", "part-of-month", PUB),
    ("de", "Ende Oktober", P, "Ende Oktober", D(2023, 10, 21), D(2023, 10, 31), "part-of-month", "part-of-month", PUB),
    ("de", "Ende Februar 2024", P, "Ende Februar 2024", D(2024, 2, 21), D(2024, 2, 29), "part-of-month", "part-of-month", E),
    ("de", "Im März dieses Jahres wurde", P, "Im März dieses Jahres", D(2023, 3, 1), D(2023, 3, 31), "month", "month", PUB),
    ("de", "im März", P, "im März", D(2023, 3, 1), D(2023, 3, 31), "month", "month", PUB),
    ("de", "letzte Woche", P, "letzte Woche", D(2023, 10, 16), D(2023, 10, 22), "week", "relative", PUB),
    ("de", "im vergangenen Jahr", P, "im vergangenen Jahr", D(2022, 1, 1), D(2022, 12, 31), "year", "relative", PUB),
    ("de", "dieses Jahr", P, "dieses Jahr", D(2023, 1, 1), D(2023, 12, 31), "year", "relative", PUB),
    ("de", "diesen Sommer", P, "diesen Sommer", D(2023, 6, 1), D(2023, 8, 31), "season", "relative", PUB),
    ("de", "Anfang dieses Jahres", P, "Anfang dieses Jahres", D(2023, 1, 1), D(2023, 3, 31), "year", "relative", PUB),
    ("de", "Ende letzten Jahres", P, "Ende letzten Jahres", D(2022, 10, 1), D(2022, 12, 31), "year", "relative", PUB),
    # Russian: genitive and (derived) prepositional months, "с ... по", relative phrases
    ("ru", "26 октября 2023 г. делегация", P, "26 октября 2023 г.", D(2023, 10, 26), D(2023, 10, 26), "day", "full", E),
    ("ru", "АиФ в Твери 28/11/2023", P, "28/11/2023", D(2023, 11, 28), D(2023, 11, 28), "day", "numeric", E),
    ("ru", "с 16 по 19 октября", P, "с 16 по 19 октября", D(2023, 10, 16), D(2023, 10, 19), "day", "full", PUB),
    ("ru", "с 16 по 19 в Китае", P, "с 16 по 19", D(2023, 10, 16), D(2023, 10, 19), "day", "day-range", PUB),
    ("ru", "16-19 октября 2023 года", P, "16-19 октября 2023 года", D(2023, 10, 16), D(2023, 10, 19), "day", "full", E),
    ("ru", "16-го числа", P, "16-го числа", D(2023, 10, 16), D(2023, 10, 16), "day", "day", PUB),
    ("ru", "в марте", P_RU, "в марте", D(2023, 3, 1), D(2023, 3, 31), "month", "month", PUB),
    ("ru", "в октябре", P_RU, "в октябре", D(2023, 10, 1), D(2023, 10, 31), "month", "month", PUB),
    ("ru", "в мае", P_RU, "в мае", D(2023, 5, 1), D(2023, 5, 31), "month", "month", PUB),
    ("ru", "в январе", P_RU, "в январе", D(2023, 1, 1), D(2023, 1, 31), "month", "month", PUB),
    ("ru", "в марте 2022 года", P_RU, "в марте 2022 года", D(2022, 3, 1), D(2022, 3, 31), "month", "month", E),
    ("ru", "в середине октября", P, "в середине октября", D(2023, 10, 11), D(2023, 10, 20), "part-of-month", "part-of-month", PUB),
    ("ru", "в начале октября", P, "в начале октября", D(2023, 10, 1), D(2023, 10, 10), "part-of-month", "part-of-month", PUB),
    ("ru", "в конце февраля 2024 года", P, "в конце февраля 2024 года", D(2024, 2, 21), D(2024, 2, 29), "part-of-month", "part-of-month", E),
    ("ru", "Об этом на прошлой неделе договорилась", P_RU, "на прошлой неделе", D(2023, 11, 20), D(2023, 11, 26), "week", "relative", PUB),
    ("ru", "в прошлом году", P_RU, "в прошлом году", D(2022, 1, 1), D(2022, 12, 31), "year", "relative", PUB),
    ("ru", "вышло в этом году на", P_RU, "в этом году", D(2023, 1, 1), D(2023, 12, 31), "year", "relative", PUB),
    ("ru", "приезжали в Тверь этим летом, и", P_RU, "этим летом", D(2023, 6, 1), D(2023, 8, 31), "season", "relative", PUB),
    ("ru", "в начале этого года", P_RU, "в начале этого года", D(2023, 1, 1), D(2023, 3, 31), "year", "relative", PUB),
    # English: month before the day, ordinals, parts, relative phrases
    ("en", "From October 11 to 12, Hao Peng", D(2023, 10, 13), "From October 11 to 12", D(2023, 10, 11), D(2023, 10, 12), "day", "full", PUB),
    ("en", "October 11-12, 2023", P, "October 11-12, 2023", D(2023, 10, 11), D(2023, 10, 12), "day", "full", E),
    ("en", "September 30 to October 2, 2023", P, "September 30 to October 2, 2023", D(2023, 9, 30), D(2023, 10, 2), "day", "full", E),
    ("en", "from 30 September to 2 October", P, "from 30 September to 2 October", D(2023, 9, 30), D(2023, 10, 2), "day", "full", PUB),
    ("en", "30 December – 2 January 2024", P, "30 December – 2 January 2024", D(2023, 12, 30), D(2024, 1, 2), "day", "full", E),
    ("en", "On October 26, 2023, he said", P, "October 26, 2023", D(2023, 10, 26), D(2023, 10, 26), "day", "full", E),
    ("en", "2023-10-13 13:29", P, "2023-10-13 13:29", D(2023, 10, 13), D(2023, 10, 13), "day", "iso", E),
    ("en", "12/31/2022", P, "12/31/2022", D(2022, 12, 31), D(2022, 12, 31), "day", "numeric", E),
    ("en", "they met between the 11th and 13th in Bonn", P, "between the 11th and 13th", D(2023, 10, 11), D(2023, 10, 13), "day", "day-range", PUB),
    ("en", "from the 14th to the 15th", P, "from the 14th to the 15th", D(2023, 10, 14), D(2023, 10, 15), "day", "day-range", PUB),
    ("en", "On the 11th, Liaoning", P, "On the 11th", D(2023, 10, 11), D(2023, 10, 11), "day", "day", PUB),
    ("en", "On the 11th of October", P, "On the 11th of October", D(2023, 10, 11), D(2023, 10, 11), "day", "full", PUB),
    ("en", "began in March", P, "in March", D(2023, 3, 1), D(2023, 3, 31), "month", "month", PUB),
    ("en", "in mid-October", P, "in mid-October", D(2023, 10, 11), D(2023, 10, 20), "part-of-month", "part-of-month", PUB),
    ("en", "mid-October", P, "mid-October", D(2023, 10, 11), D(2023, 10, 20), "part-of-month", "part-of-month", PUB),
    ("en", "early October", P, "early October", D(2023, 10, 1), D(2023, 10, 10), "part-of-month", "part-of-month", PUB),
    ("en", "late October", P, "late October", D(2023, 10, 21), D(2023, 10, 31), "part-of-month", "part-of-month", PUB),
    ("en", "at the end of October", P, "at the end of October", D(2023, 10, 21), D(2023, 10, 31), "part-of-month", "part-of-month", PUB),
    ("en", "last week", P, "last week", D(2023, 10, 16), D(2023, 10, 22), "week", "relative", PUB),
    ("en", "last month", P, "last month", D(2023, 9, 1), D(2023, 9, 30), "month", "relative", PUB),
    ("en", "met last year, the", P, "last year", D(2022, 1, 1), D(2022, 12, 31), "year", "relative", PUB),
    ("en", "this year", P, "this year", D(2023, 1, 1), D(2023, 12, 31), "year", "relative", PUB),
    ("en", "this summer", P, "this summer", D(2023, 6, 1), D(2023, 8, 31), "season", "relative", PUB),
    ("en", "this winter", D(2024, 1, 15), "this winter", D(2023, 12, 1), D(2024, 2, 29), "season", "relative", PUB),
    ("en", "at the beginning of this year", P, "at the beginning of this year", D(2023, 1, 1), D(2023, 3, 31), "year", "relative", PUB),
    ("en", "in March last year", P, "in March last year", D(2022, 3, 1), D(2022, 3, 31), "month", "month", PUB),
    # French, Spanish and Polish: only word tables were added; month names come from Babel
    ("fr", "le 26 octobre 2023", P, "26 octobre 2023", D(2023, 10, 26), D(2023, 10, 26), "day", "full", E),
    ("fr", "du 11 au 13 octobre", P, "du 11 au 13 octobre", D(2023, 10, 11), D(2023, 10, 13), "day", "full", PUB),
    ("fr", "du 11 au 13", P, "du 11 au 13", D(2023, 10, 11), D(2023, 10, 13), "day", "day-range", PUB),
    ("fr", "en mars", P, "en mars", D(2023, 3, 1), D(2023, 3, 31), "month", "month", PUB),
    ("fr", "mi-octobre", P, "mi-octobre", D(2023, 10, 11), D(2023, 10, 20), "part-of-month", "part-of-month", PUB),
    ("fr", "fin octobre 2022", P, "fin octobre 2022", D(2022, 10, 21), D(2022, 10, 31), "part-of-month", "part-of-month", E),
    ("fr", "la semaine dernière", P, "la semaine dernière", D(2023, 10, 16), D(2023, 10, 22), "week", "relative", PUB),
    ("fr", "cet été", P, "cet été", D(2023, 6, 1), D(2023, 8, 31), "season", "relative", PUB),
    ("pl", "od 11 do 13 października", P, "od 11 do 13 października", D(2023, 10, 11), D(2023, 10, 13), "day", "full", PUB),
    ("pl", "11-13 października 2023", P, "11-13 października 2023", D(2023, 10, 11), D(2023, 10, 13), "day", "full", E),
    ("pl", "w połowie października", P, "w połowie października", D(2023, 10, 11), D(2023, 10, 20), "part-of-month", "part-of-month", PUB),
    ("es", "del 11 al 13 de octubre de 2023", P, "del 11 al 13 de octubre de 2023", D(2023, 10, 11), D(2023, 10, 13), "day", "full", E),
    ("pl", "w zeszłym tygodniu", P, "w zeszłym tygodniu", D(2023, 10, 16), D(2023, 10, 22), "week", "relative", PUB),
]

NOT_DATES = [
    ("de", "eine Investition von 83,7 Milliarden Yuan"),
    ("de", "die Delegation reiste im Jahr 2023"),
    ("de", "Die die die, Mai war"),
    ("de", "von 11 bis 13 Uhr"),
    ("de", "vom 11. bis 13. Jahrhundert"),
    ("de", "am 3. Tag"),
    ("de", "die letzte Woche des Monats"),
    ("en", "83.7 billion yuan and 2023 people"),
    ("en", "The 2023 Top 5: No. 48, at 13:29 with 90 foreign government figures"),
    ("en", "the three-year action, the first time since the epidemic"),
    ("en", "on the 11th floor"),
    ("en", "they may come"),
    ("en", "in the last year and over the past week"),
    ("en", "from 11 to 13 percent"),
    ("en", "version 1.12.2023.4"),
    ("ru", "более 20 предприятий, 40 га"),
    ("ru", "Еженедельник № 48. Топ 5 читаемых"),
    ("ru", "с 1 по 4 класс"),
    ("ru", "с 16 до 19 часов"),
    ("ru", "за два года вырос"),
    ("ar", "استثمار قدره 83.7 مليار يوان"),
    ("ar", "بين 11 و 13 مليار"),
    ("ar", "قبل سنوات منذ فترة طويلة"),
    ("th", "งบประมาณ 837 พันล้านหยวน"),
    ("th", "หลายปีก่อน หลายปีที่แล้ว 2 ปีที่แล้ว"),
    ("th", "วันอาทิตย์ที่แล้ว"),
    ("fr", "entre 11 et 13 pour cent"),
    ("xx", "a language without month names: 5 people, 12 cars, on the 11th"),
]


def _one(lang: str, text: str, published: dt.date | None) -> DateExpression:
    """The only expression in a text."""
    found = find_date_expressions(text, lang, published)
    assert len(found) == 1, [text[e.start:e.end] for e in found]
    return found[0]


@pytest.mark.parametrize("lang,text,published,matched,first,last,precision,kind,basis", FOUND,
                         ids=[f"{r[0]}:{r[3]}" for r in FOUND])
def test_each_form_is_found_and_resolved(lang, text, published, matched, first, last, precision, kind, basis):
    """Each form is found with its span, resolved to its range, with its precision, kind and basis."""
    found = _one(lang, text, published)
    assert text[found.start:found.end] == matched
    assert (found.first, found.last, found.precision, found.kind, found.basis) == (first, last, precision, kind, basis)


@pytest.mark.parametrize("lang,text", NOT_DATES, ids=[r[1][:30] for r in NOT_DATES])
def test_numbers_and_words_are_not_dates(lang, text):
    """Amounts, counts, numbers, bare years, times, ordinals of other things and look-alike words are no dates."""
    assert find_date_expressions(text, lang, P) == []


def _spans(text: str, lang: str, published: dt.date | None) -> list[tuple[str, dt.date, dt.date, str]]:
    """Matched text, range and basis of every expression in a text."""
    return [(text[e.start:e.end], e.first, e.last, e.basis) for e in find_date_expressions(text, lang, published)]


def test_a_day_takes_the_month_of_the_preceding_date():
    """"On the 12th" after "From October 11 to 12" is October 12, resolved against that range."""
    text = "From October 11 to 12, they met. On the 12th, they signed."
    assert _spans(text, "en", D(2023, 10, 13))[1] == ("On the 12th", D(2023, 10, 12), D(2023, 10, 12), "previous date at 0")


def test_the_preceding_date_gives_its_year_too():
    """A day after a full date of another year takes that year, not the publication's."""
    text = "On 5 March 2021 he came. On the 7th, he left."
    assert _spans(text, "en", P)[1] == ("On the 7th", D(2021, 3, 7), D(2021, 3, 7), "previous date at 3")


def test_a_month_takes_the_year_of_the_preceding_date():
    """"in mid-October" after "26 October 2022" is October 2022."""
    text = "26 October 2022: in mid-October"
    assert _spans(text, "en", P)[1] == ("in mid-October", D(2022, 10, 11), D(2022, 10, 20), "previous date at 0")


def test_a_chain_of_day_ranges_keeps_its_month():
    """Each day range leans on the one before; a month placed by "dieses Jahres" does not break the chain."""
    text = "reiste Anfang Oktober. vom 11. bis 13. dort. Im März dieses Jahres begann es. vom 16. bis 19. in Russland"
    spans = _spans(text, "de", P)
    assert spans[3] == ("vom 16. bis 19.", D(2023, 10, 16), D(2023, 10, 19), f"previous date at {text.index('vom 11.')}")


def test_days_without_context_take_the_latest_such_days_before_publication():
    """Days not yet reached in the publication month are last month's; a 31st skips short months."""
    assert _spans("between the 11th and 13th", "en", D(2023, 10, 5))[0][1:3] == (D(2023, 9, 11), D(2023, 9, 13))
    assert _spans("On the 31st, it", "en", D(2023, 11, 15))[0][1:3] == (D(2023, 10, 31), D(2023, 10, 31))


def test_months_without_a_year_take_the_latest_before_publication():
    """"in November" published in October 2023 is November 2022; "dieses Jahres" is the publication year."""
    assert _spans("in November", "en", P)[0] == ("in November", D(2022, 11, 1), D(2022, 11, 30), "publication date")
    assert _spans("Im März dieses Jahres", "de", D(2024, 1, 10))[0][1] == D(2024, 3, 1)


def test_without_context_or_publication_nothing_is_guessed():
    """Without a preceding date or a publication date, incomplete and relative expressions are skipped."""
    assert find_date_expressions("vom 11. bis 13. dort, letzte Woche, im März", "de", None) == []
    text = "Am 10. Oktober 2023 kam er, am 12. ging er"
    assert _spans(text, "de", None) == [
        ("Am 10. Oktober 2023", D(2023, 10, 10), D(2023, 10, 10), "explicit"),
        ("am 12.", D(2023, 10, 12), D(2023, 10, 12), "previous date at 0"),
    ]


def test_find_dates_still_finds_its_dates():
    """find_date_expressions includes every full date find_dates finds, with the same day."""
    found = find_date_expressions("SHENYANG, 26. Oktober 2023, und am 3.10.2023.", "de", None)
    assert [(e.first, e.kind) for e in found] == [(D(2023, 10, 26), "full"), (D(2023, 10, 3), "numeric")]


SEED_EXPECTED = {
    "000_19d5bed1d5b90f32.txt": [
        ("في منتصف أكتوبر", D(2023, 10, 11), D(2023, 10, 20), "part-of-month"),
        ("بين الـ 11 والـ 13", D(2023, 10, 11), D(2023, 10, 13), "day"),
        ("بين الـ 14 والـ 15", D(2023, 10, 14), D(2023, 10, 15), "day"),
        ("في بداية هذا العام", D(2023, 1, 1), D(2023, 3, 31), "year"),
        ("من الـ 16 إلى الـ 19", D(2023, 10, 16), D(2023, 10, 19), "day"),
    ],
    "001_47c2c21cdd7082a6.txt": [
        ("ระหว่างกลางเดือนตุลาคม", D(2023, 10, 11), D(2023, 10, 20), "part-of-month"),
        ("ระหว่างวันที่ 11-13", D(2023, 10, 11), D(2023, 10, 13), "day"),
        ("ระหว่างวันที่ 14-15", D(2023, 10, 14), D(2023, 10, 15), "day"),
        ("เมื่อเดือนมีนาคมที่ผ่านมา", D(2023, 3, 1), D(2023, 3, 31), "month"),
        ("ระหว่างวันที่ 16-19", D(2023, 10, 16), D(2023, 10, 19), "day"),
    ],
    "002_72008c147d53139e.txt": [
        ("Anfang Oktober", D(2023, 10, 1), D(2023, 10, 10), "part-of-month"),
        ("vom 11. bis 13.", D(2023, 10, 11), D(2023, 10, 13), "day"),
        ("vom 14. bis 15.", D(2023, 10, 14), D(2023, 10, 15), "day"),
        ("Im März dieses Jahres", D(2023, 3, 1), D(2023, 3, 31), "month"),
        ("vom 16. bis 19.", D(2023, 10, 16), D(2023, 10, 19), "day"),
    ],
    "003_a69ecc05fa5aba7e.txt": [
        ("на прошлой неделе", D(2023, 11, 20), D(2023, 11, 26), "week"),
        ("этим летом", D(2023, 6, 1), D(2023, 8, 31), "season"),
        ("в этом году", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ],
    "004_7403dead97f10758.txt": [
        ("From October 11 to 12", D(2023, 10, 11), D(2023, 10, 12), "day"),
        ("On the 11th", D(2023, 10, 11), D(2023, 10, 11), "day"),
        ("On the 12th", D(2023, 10, 12), D(2023, 10, 12), "day"),
        ("last year", D(2022, 1, 1), D(2022, 12, 31), "year"),
        ("On the 13th", D(2023, 10, 13), D(2023, 10, 13), "day"),
    ],
}


@pytest.mark.parametrize("name", sorted(SEED_EXPECTED))
def test_seed_articles_yield_their_trip_legs(name):
    """Every date expression in each seed's body, exactly: the trip's legs, the months and relative phrases."""
    article = read_seed(SEEDS / name, SEEDS).article
    found = find_date_expressions(article.body, article.lang, article.published)
    got = [(article.body[e.start:e.end], e.first, e.last, e.precision) for e in found]
    assert got == SEED_EXPECTED[name]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
