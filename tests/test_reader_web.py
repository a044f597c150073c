"""Table-driven tests of reading web pages as copied from a browser: headline, dateline, byline,
agency, dates and times, and the page clutter around the article, in several languages.

Every page here is written for the test (made-up text in the layouts common agencies and
publishing systems use); none is taken from a corpus.
"""
import datetime as dt

import pytest

from generator.lang.bylines import agency_in, byline_name, is_update
from generator.read.datelines import header_dates, timestamp_line
from generator.read.lines import reads_as_text, split_lines, strip_clutter
from generator.read.normalise import normalise_text
from generator.read.reader import analyse

EN_PAGE = """Home
World
Business
Central bank holds rates as inflation cools
By Jane Doe | Reuters
Updated 5 hours ago
LONDON (Reuters) - The central bank kept its main interest rate unchanged on Thursday, saying that inflation had slowed for a third month in a row and that wages were rising more slowly.
The decision was expected by most economists, who had forecast that the bank would wait for more data before it cut borrowing costs later in the year.
Reporting by Jane Doe; Editing by John Smith
Our Standards: The Thomson Reuters Trust Principles.
Share
Facebook Twitter LinkedIn
"""
FR_PAGE = """Accueil
International
Le gouvernement présente son plan pour l'eau
PARIS, 3 mars 2024 (AFP) - Le gouvernement a présenté dimanche un plan pour réduire la consommation d'eau de dix pour cent d'ici à la fin de la décennie, après deux étés de sécheresse.
Le plan prévoit des aides aux agriculteurs qui investissent dans l'irrigation au goutte-à-goutte et une hausse des tarifs pour les plus gros consommateurs.
Lire aussi
Sécheresse : les nappes phréatiques au plus bas
Partager
Facebook Twitter LinkedIn
"""
PL_PAGE = """Wiadomości
Kraj
Sejm przyjął ustawę o ochronie lasów
Warszawa, 04.03.2024 r.
Autor: Jan Kowalski, PAP
Sejm przyjął w poniedziałek ustawę, która ogranicza wycinkę drzew w lasach państwowych i wprowadza nowe zasady ochrony starodrzewu.
Za ustawą głosowało 250 posłów, przeciw było 180, a 10 wstrzymało się od głosu. Teraz ustawą zajmie się Senat.
Czytaj także:
Rząd zapowiada nowy program dla gmin
Udostępnij:
Komentarze (12)
"""
IT_PAGE = """Cronaca
Nuovo piano per i trasporti pubblici a Roma
ROMA, 4 MAR - Il comune ha presentato oggi un piano per rinnovare la flotta degli autobus entro il 2027, con cinquecento nuovi mezzi elettrici e nuove corsie preferenziali.
Il piano costerà 150 milioni di euro e sarà finanziato in parte con fondi europei, ha detto l'assessore alla mobilità.
Leggi anche
Condividi
© Copyright ANSA - Tutti i diritti riservati
"""
DE_PAGE = """Startseite
Politik
Wirtschaft
Kultur
Stadtrat beschließt neuen Radweg an der Uferstraße
Von Anna Muster
19.10.2023, 05:00 Uhr
Der Stadtrat hat am Mittwochabend mit großer Mehrheit beschlossen, entlang der Uferstraße einen durchgehenden Radweg zu bauen.
Die Arbeiten sollen im Frühjahr beginnen und etwa ein Jahr dauern; die Kosten teilen sich Stadt und Land.
Gegen den Plan stimmten nur zwei Mitglieder des Rates, die mehr Parkplätze gefordert hatten.
Mehr zum Thema
Artikel teilen
Impressum
Datenschutz
"""

PAGES = [
    # name, page, title, date, time, place, source, clutter lines that must be gone
    ("en-reuters", EN_PAGE, "Central bank holds rates as inflation cools", None, None, "London", "Reuters",
     ["By Jane Doe | Reuters", "Updated 5 hours ago", "Trust Principles", "Facebook Twitter LinkedIn", "Business"]),
    ("fr-afp", FR_PAGE, "Le gouvernement présente son plan pour l'eau", dt.date(2024, 3, 3), None, "Paris", "AFP",
     ["PARIS, 3 mars", "Lire aussi", "Partager", "Facebook Twitter LinkedIn", "nappes phréatiques"]),
    ("pl-pap", PL_PAGE, "Sejm przyjął ustawę o ochronie lasów", dt.date(2024, 3, 4), None, "Warszawa", "PAP",
     ["Autor:", "Czytaj także", "Udostępnij", "Komentarze (12)", "Warszawa, 04.03.2024"]),
    ("it-ansa", IT_PAGE, "Nuovo piano per i trasporti pubblici a Roma", None, None, "Roma", "ANSA",
     ["ROMA, 4 MAR", "Leggi anche", "Condividi", "Copyright"]),
    ("de-byline", DE_PAGE, "Stadtrat beschließt neuen Radweg an der Uferstraße", dt.date(2023, 10, 19), "05:00", None, None,
     ["Von Anna Muster", "19.10.2023", "Mehr zum Thema", "Artikel teilen", "Impressum", "Startseite"]),
]


def read(text):
    """Analyse a text as a seed would be."""
    return analyse(normalise_text(text), "page.txt", "utf-8")


@pytest.mark.parametrize("name,page,title,date,time,place,source,clutter", PAGES, ids=[p[0] for p in PAGES])
def test_agency_layouts(name, page, title, date, time, place, source, clutter):
    """Headline, dateline date and place, agency, and the page's clutter gone; not marked cut off."""
    article = read(page)
    assert (article.title, article.published, article.published_time) == (title, date, time)
    assert (article.place, article.source) == (place, source)
    for line in clutter:
        assert line not in article.body, line
    assert not article.truncated
    assert len(article.paragraphs) >= 2


PARAGRAPH = "Депутаты городской думы утвердили бюджет на следующий год после долгого обсуждения в комитетах."
TITLE = "Дума утвердила бюджет города"


@pytest.mark.parametrize("text,title,derived,date,time", [
    (f"11.01.2019 01:05 : {TITLE}\n\n{PARAGRAPH}", TITLE, False, dt.date(2019, 1, 11), "01:05"),
    (f"Новости\nГород\n11.01.2019 01:05 : {TITLE}\n\n{PARAGRAPH}", TITLE, False, dt.date(2019, 1, 11), "01:05"),
    (f"{TITLE}\n06.03.2018 18.16\n\n{PARAGRAPH}", TITLE, False, dt.date(2018, 3, 6), "18:16"),
    (f"{TITLE}\n\n11.01.2019 01:05 :\n\n{PARAGRAPH}", TITLE, False, dt.date(2019, 1, 11), "01:05"),
    (f"{TITLE}\n\n{PARAGRAPH}", TITLE, False, None, None),
    (PARAGRAPH, "Депутаты городской думы утвердили бюджет на следующий год после долгого обсуждения в…", True, None, None),
], ids=["title-after-timestamp", "title-after-timestamp-in-page", "dotted-time", "timestamp-colon", "title-paragraph", "one-line"])
def test_real_article_shapes(text, title, derived, date, time):
    """The shapes real news files take each become one article with its title, date and body
    (one line only: a title made from its first words, cut at a word)."""
    article = read(text)
    assert (article.title, article.title_derived, article.published, article.published_time) == (title, derived, date, time)
    assert article.body.startswith(PARAGRAPH[:30])


@pytest.mark.parametrize("lang,line,date,time", [
    ("de", "19.10.2019, 05:00 Uhr", dt.date(2019, 10, 19), "05:00"),
    ("de", "19.10.19, 18:56", dt.date(2019, 10, 19), "18:56"),
    ("de", "Veröffentlicht am 19. Dezember 202219. Dezember 2022 von Redaktion", dt.date(2022, 12, 19), None),
    ("de", "18. 05. 2014 22:38", dt.date(2014, 5, 18), "22:38"),
    ("en", "November 8, 2023, 11:15 PM", dt.date(2023, 11, 8), "23:15"),
    ("en", "BUSINESS 01.11.2023 06:06 PM", dt.date(2023, 11, 1), "18:06"),
    ("en", "2023-10-13 13:29", dt.date(2023, 10, 13), "13:29"),
    ("fr", "Publié le 02/11/23 à 16h33", dt.date(2023, 11, 2), "16:33"),
    ("hu", "2020. 08. 18. 21:35", dt.date(2020, 8, 18), "21:35"),
    ("pl", "Warszawa, 04.03.2024 r.", dt.date(2024, 3, 4), None),
    ("pl", "Dzisiaj, 02-11-2023 13:29", dt.date(2023, 11, 2), "13:29"),
    ("ru", "06.03.2018 18.16", dt.date(2018, 3, 6), "18:16"),
    ("ar", "On Apr 15, 2020", dt.date(2020, 4, 15), None),
    ("ja", "2020年7月3日 10:00", dt.date(2020, 7, 3), "10:00"),
    ("ko", "2020년 7월 3일", dt.date(2020, 7, 3), None),
], ids=lambda v: v if isinstance(v, str) else None)
def test_header_dates_and_times(lang, line, date, time):
    """Dates in the forms news sites write in headers, each with its time; English month names on any page."""
    found = header_dates(line, lang)
    assert (found[0].date, found[0].time) == (date, time)


@pytest.mark.parametrize("line,name", [
    ("By Jane Doe | Reuters", "Jane Doe"),
    ("Von Anna Muster und Max Mann", "Anna Muster und Max Mann"),
    ("Par Jean Dupont", "Jean Dupont"),
    ("Autor: Jan Kowalski, PAP", "Jan Kowalski"),
    ("Автор: Иван Петров", "Иван Петров"),
    ("بقلم أحمد علي", "أحمد علي"),
    ("von Anna Muster am 14. Mai 2014, 15:40 Uhr", "Anna Muster"),
    ("By the end of the year the bank expects inflation to fall below two per cent.", None),
    ("Von der Leyen besucht Kiew", None),
    ("Par ailleurs, le gouvernement a annoncé un plan.", None),
], ids=lambda v: v if isinstance(v, str) else None)
def test_bylines(line, name):
    """Bylines by shape, in several languages; a sentence or a headline that starts like one is none."""
    assert byline_name(line) == name


@pytest.mark.parametrize("line,agency", [
    ("PARIS, 3 mars 2024 (AFP) -", "AFP"),
    ("By Jane Doe | Reuters", "Reuters"),
    ("© Copyright ANSA - Tutti i diritti riservati", "ANSA"),
    ("Autor: Jan Kowalski, PAP", "PAP"),
    ("МОСКВА, 4 марта. /ТАСС/.", "ТАСС"),
    ("The map app helps drivers find parking.", None),
], ids=lambda v: v if isinstance(v, str) else None)
def test_agencies(line, agency):
    """Agencies named in datelines, bylines and copyright lines; none in ordinary words."""
    assert agency_in(line) == agency


@pytest.mark.parametrize("line,update", [
    ("Updated 5 hours ago", True),
    ("Aktualisiert am 3. März 2024, 10:12 Uhr", True),
    ("Mis à jour le 4 mars 2024", True),
    ("Actualizado: 04/03/2024", True),
    ("3. März 2024, 10:12 Uhr", False),
    ("The updated plan was approved on Monday.", False),
], ids=lambda v: v if isinstance(v, str) else None)
def test_update_lines(line, update):
    """"Updated ..." lines are updates: their date is never the publication date."""
    assert is_update(line) is update


def test_update_date_is_not_the_publication_date():
    """Under a headline, an update line's date is skipped for the publication date that follows."""
    page = ("Home\nNews\nCity council approves the new cycle lane\nUpdated: 05.03.2024 10:00\nPublished: 04.03.2024 09:00\n"
            f"{EN_PAGE.splitlines()[6]}\n{EN_PAGE.splitlines()[7]}\n")
    article = read(page)
    assert article.published == dt.date(2024, 3, 4)


@pytest.mark.parametrize("line,text", [
    ("The delegation visited Munich and Frankfurt and signed several agreements there.", True),
    ("Die Delegation besuchte München und unterzeichnete mehrere Abkommen mit Firmen.", True),
    ("Top 5 takeaways from the Paris summit", False),
    ("Share", False),
    ("Top StoriesCompanies & MarketsStocksReal EstateBanking & FinanceEnergy & Commodities", False),
], ids=lambda v: v if isinstance(v, str) else None)
def test_lines_that_read_as_text(line, text):
    """A paragraph is long and punctuated; headlines, buttons and menus run together are not."""
    assert reads_as_text(line) is text


def test_short_lines_within_the_article_stay():
    """Subheadings and a short sentence between the article's paragraphs stay; menus around it go."""
    long_a = "The council met on Monday to discuss the budget for the coming year, which grows by four per cent."
    long_b = "Most of the new money goes to schools and to the repair of roads that were damaged in the winter."
    page = f"Home\nNews\nSport\nCouncil passes the budget\n{long_a}\nWhere the money goes\n{long_b}\nIt passed.\n{long_a[:-1]} again.\nContact\nPrivacy\nTerms\n"
    kept, _, _ = strip_clutter(split_lines(page))
    body = [line.text for line in kept if not line.head and not line.tail]
    assert body == [long_a, "Where the money goes", long_b, "It passed.", long_a[:-1] + " again."]


@pytest.mark.parametrize("line", [
    "Top 5 takeaways from the Paris summit",
    "13.10.2023",
    "Top 10 ways the new law changes your taxes this year",
])
def test_lines_that_look_like_clutter_but_are_not(line):
    """A "top 5" headline and a date alone on a line are neither a top list nor a view counter."""
    from generator.lang.clutter import clutter_kind
    assert clutter_kind(line) is None


@pytest.mark.parametrize("lang,text,value,unit", [
    ("fr", "un plan de 150 millions d'euros", 150_000_000, "euro"),
    ("pl", "kosztował 150 mln euro", 150_000_000, "euro"),
    ("it", "costerà 150 milioni di euro", 150_000_000, "euro"),
    ("de", "rund 150 Mio. Euro", 150_000_000, "euro"),
    ("de", "83,7 Milliarden Yuan", 83_700_000_000, "yuan"),
    ("ru", "на 150 млн рублей", 150_000_000, "rouble"),
    ("ar", "بقيمة 150 مليون دولار", 150_000_000, "dollar"),
    ("es", "150 millones de dólares", 150_000_000, "dollar"),
    ("en", "a $5 billion loan", None, None),
], ids=lambda v: v if isinstance(v, str) else None)
def test_amounts_in_any_language(lang, text, value, unit):
    """Amounts with CLDR's compact-number words and currency names, joined by "d'", "di", "de"."""
    from generator.lang.numbers import find_amounts
    found = [(a.value, a.unit) for a in find_amounts(text, lang)]
    assert found == ([(value, unit)] if value else [])


@pytest.mark.parametrize("line", ["181", "1234 views", "1 234", "12.5K", "2 345 просмотров", "👁 1.2K"])
def test_counters_are_clutter(line):
    """View counters, grouped or not, are clutter (a date alone on a line is not, above)."""
    from generator.lang.clutter import clutter_kind
    assert clutter_kind(line) == "counter"


DATED_TEASERS = [
    "01.02.2024 - Sport The club signs a new coach after a season of defeats at home and away from home, "
    "and the fans hope for better days in the league that starts again next month with three matches.",
    "2024-01-28 - Sport The stadium will be rebuilt for the next season, the council decided on Monday, "
    "after years of talks with the club and the neighbours about the noise and the traffic on match days.",
]


def test_dated_teasers_under_the_article_are_not_given_back():
    """Long lines after the article that start with a date are other stories' teasers: they stay out."""
    text = ("The council met on Tuesday evening to discuss the plans for the new bridge over the river. "
            "It heard residents, engineers and the owners of the shops on both banks for more than three hours.",
            "Residents said the works would close the main road for months and asked for another way round. "
            "The engineers answered that a ferry could carry cyclists and people on foot while the road is shut.",
            "The mayor said a timetable of the works would be published before the end of the month. The "
            "council will vote on the plans in May, after a second meeting with the residents of both banks.")
    menu = ["More stories", "Sport", "Politics", "Culture", "Weather", "Travel", "Video"]
    page = "\n\n".join(["Council talks about the bridge", *text, *menu, *DATED_TEASERS])
    body = read(page).body
    assert all(line in body for line in text)
    assert all(teaser not in body for teaser in DATED_TEASERS)


STAMP_PARAGRAPHS = {
    "en": ("The council met again on Monday and agreed to spend more on the repair of the old bridge over the river.",
           "Work is to start in the spring and end before the summer holidays, the mayor told the meeting later."),
    "de": ("Der Stadtrat hat am Montag beschlossen, mehr Geld für die Reparatur der alten Brücke über den Fluss auszugeben.",
           "Die Arbeiten sollen im Frühjahr beginnen und vor den Sommerferien enden, sagte der Bürgermeister danach."),
    "es": ("El consejo se reunió el lunes y acordó gastar más en la reparación del viejo puente sobre el río de la ciudad.",
           "Las obras empezarán en primavera y terminarán antes de las vacaciones de verano, dijo el alcalde después."),
}


@pytest.mark.parametrize("lang, line", [
    ("en", "Updated 3 March 2024, 09:25 GMT"),
    ("en", "— Jane Doe (@janedoe) March 3, 2024"),
    ("de", "04.03.2024, 13.47 Uhr"),
    ("de", "Aktualisiert: 04.03.2024, 10:27"),
    ("es", "Actualizado el 04/03/2024 02:14 a.m."),
    ("fr", "Mis à jour le 4 mars 2024 à 14h30"),
], ids=lambda v: str(v)[:24])
def test_a_timestamp_inside_the_text_is_removed(lang, line):
    """A live entry's, an update's or an embedded post's stamp between paragraphs is no text."""
    assert timestamp_line(line, lang)
    first, second = STAMP_PARAGRAPHS[lang if lang in STAMP_PARAGRAPHS else "en"]
    third = STAMP_PARAGRAPHS["en" if lang != "en" else "de"][0]
    article = read(f"Home\nNews\nThe bridge will be repaired\n{first}\n{second}\n{line}\n{third}\nContact\n")
    assert line not in article.body
    assert all(paragraph in article.body for paragraph in (first, second, third))


@pytest.mark.parametrize("lang, line", [
    ("de", "Wochenende in Rom 12.10. - 15.10.2024"),
    ("de", "Der Zug fährt am 4. März 2024 um 10:00 von Gleis drei ab."),
    ("en", "The vote is on March 4, 2024 at 10:00, the council said."),
    ("en", "Weekend in Rome, 3-5 May 2024"),
    ("fr", "Le train part le 4 mars 2024 à 14h30 de la gare du Nord."),
])
def test_a_sentence_or_subheading_with_a_date_is_no_timestamp(lang, line):
    """A sentence with a date and a time, or a subheading with dates and no time, is no stamp."""
    assert not timestamp_line(line, lang)


CONTINUED = {
    "en": ("The old mill by the river was sold last spring to a group of neighbours who want to turn it into a "
           "workshop and a small cafe, and they have spent every weekend since then clearing the rooms of old sacks and rusty tools.",
           "The first floor is finished now, with long tables for the workshop and a kitchen for the cafe.",
           "Several neighbours would still like a museum about the mill in the rooms upstairs."),
    "de": ("Die alte Mühle am Fluss wurde im vergangenen Frühjahr an eine Gruppe von Nachbarn verkauft, die daraus "
           "eine Werkstatt und ein kleines Café machen wollen, und seitdem räumen sie jedes Wochenende alte Säcke und Werkzeug aus den Räumen.",
           "Das erste Stockwerk ist jetzt fertig, mit langen Tischen für die Werkstatt und einer Küche.",
           "Einige Nachbarn hätten oben gern noch ein kleines Museum über die Geschichte der Mühle."),
    "es": ("El viejo molino junto al río fue vendido la primavera pasada a un grupo de vecinos que quieren convertirlo "
           "en un taller y un pequeño café, y desde entonces pasan todos los fines de semana limpiando las salas.",
           "El primer piso ya está terminado, con mesas largas para el taller y una cocina para el café.",
           "Algunos vecinos querrían todavía un pequeño museo sobre el molino en las salas de arriba."),
}


@pytest.mark.parametrize("lang", sorted(CONTINUED))
def test_a_shorter_paragraph_under_one_given_back_comes_back_too(lang):
    """Under a stretch of captions the article goes on with a long paragraph (given back) and a
    shorter one right under it: both are the article's; a sentence further down, after more short
    lines, is not."""
    one, two = STAMP_PARAGRAPHS[lang]
    first = [f"{one} {two}", f"{two} {one}"]
    long, near, far = CONTINUED[lang]
    captions = [f"Picture {n}" for n in range(1, 8)]
    page = "\n\n".join(["The mill by the river", *first, *captions, long, near, "Tags", "Mill", "River", far, "Imprint"])
    body = read(page).body
    assert all(paragraph in body for paragraph in [*first, long, near])
    assert far not in body and "Picture 1" not in body


MENU = ["Start", "Verein", "Termine", "Kontakt", "Archiv"]
TEXT = {
    "de": ("Der Vorstand hat am Montagabend beschlossen, das Turnier wegen der Bauarbeiten an der Halle um ein "
           "Jahr zu verschieben, und die gemeldeten Mannschaften schon am Dienstag informiert.",
           "Die Halle soll im Herbst wieder offen sein, sagte die Vorsitzende nach der Sitzung."),
    "en": ("The board decided on Monday evening to put the tournament off for a year because of the building "
           "work at the hall, and told the teams that had entered on Tuesday morning.",
           "The hall should open again in the autumn, the chair said after the meeting."),
}
HEADLINE = {"de": "Hallenturnier des Vereins VERSCHOBEN", "en": "Hall tournament POSTPONED"}
STANDFIRST = {"de": "Was seit Tagen im Verein erzählt wurde, hat der Vorstand nun offiziell bestätigt",
              "en": "What members had said for days was now confirmed by the board of the club"}
DATE = {"de": "14.03.2023 Verein", "en": "14/03/2023 Club news"}


@pytest.mark.parametrize("lang", sorted(TEXT))
@pytest.mark.parametrize("layout", ["headline-date-standfirst", "date-headline-standfirst"])
def test_a_standfirst_without_its_full_stop_under_the_headline_and_date(lang, layout):
    """Headline, date line and a standfirst without its full stop (or the date over the headline): the
    headline is the title, the date the publication's, the standfirst the text's first line."""
    head = [HEADLINE[lang], DATE[lang]] if layout.startswith("headline") else [DATE[lang], HEADLINE[lang]]
    article = read("\n\n".join([*MENU, *head, STANDFIRST[lang], *TEXT[lang], "Impressum"]))
    assert article.title == HEADLINE[lang]
    assert article.published == dt.date(2023, 3, 14)
    assert article.body.startswith(STANDFIRST[lang])


@pytest.mark.parametrize("lang,line", [
    ("de", "Startseite » Verein » Hallenturnier im kommenden Jahr erst im Frühjahr"),
    ("de", "Die Halle bleibt im Winter für die Bauarbeiter geschlossen, sagt Huber.Foto: Anna Beispiel"),
    ("en", "The hall is closed to the builders during the winter months. Photo: Ann Example"),
], ids=["breadcrumb", "caption-glued-credit", "caption-credit"])
def test_a_breadcrumb_or_caption_under_the_headline_is_no_standfirst(lang, line):
    """A breadcrumb or a captioned picture between the headline's date and the text stays out of it."""
    article = read("\n\n".join([*MENU, HEADLINE[lang], DATE[lang], line, *TEXT[lang], "Impressum"]))
    assert article.title == HEADLINE[lang]
    assert article.body.startswith(TEXT[lang][0][:40])


@pytest.mark.parametrize("lang,page,place,date", [
    ("de", ["Neue Halle öffnet am Sonntag", "Ein Tag der offenen Tür für alle Nachbarn der neuen Halle",
            "Karlsruhe, (12.11.2021). Der Verein lädt am Sonntag zu einem Tag der offenen Tür in die neue Halle ein, die nach zwei Jahren Bauzeit fertig ist.",
            TEXT["de"][1]], "Karlsruhe", dt.date(2021, 11, 12)),
    ("en", ["New hall opens on Sunday", "An open day for all the neighbours of the new hall",
            "Leeds, (3 March 2024) – The club opens the doors of its new hall on Sunday, finished after two years of work and delays.",
            TEXT["en"][1]], "Leeds", dt.date(2024, 3, 3)),
], ids=["de", "en"])
def test_a_dateline_with_its_date_in_brackets_under_a_standfirst(lang, page, place, date):
    """A dateline whose date stands in brackets, under the standfirst: its place and date are read."""
    article = read("\n\n".join(page))
    assert (article.place, article.published) == (place, date)
    assert article.body.startswith(page[1])
