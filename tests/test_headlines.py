"""Table-driven tests of how the headline is chosen among a page's head lines and which lines
are timestamps, in several languages. Every page here is made up for the test."""
import datetime as dt

import pytest

from generator.lang.bylines import before_update, byline_name, is_update
from generator.lang.clutter import credit_marker
from generator.read.datelines import dateline_match, header_dates, mostly_date
from generator.read.header import _above_low_stamp, _through_doubled
from generator.read.lines import Line, split_lines, strip_clutter
from generator.read.normalise import normalise_text
from generator.read.reader import analyse
from generator.read.titles import HEAD_WINDOW, is_title_like, label_row, opening_stems, title_index, without_counters


def head(*texts):
    """Head lines (before the article's run), numbered from 1."""
    return [Line(n, t, head=True) for n, t in enumerate(texts, start=1)]


@pytest.mark.parametrize("lang,lines,headline", [
    # a short line with a time of day under a menu is a timestamp, not the headline
    ("de", ("Startseite", "Di, 10:19 Uhr", "31.10.2023", "So viel Regen gab es lange nicht"),
     "So viel Regen gab es lange nicht"),
    ("en", ("Home", "Mon, 11:41 AM", "10/31/2023", "The river reached its highest level in a decade"),
     "The river reached its highest level in a decade"),
    # a row of lower-case menu words is no headline in a script with capitals
    ("de", ("wetter sport kultur lokales", "01.11.2023", "Der Stadtrat plant einen neuen Park"),
     "Der Stadtrat plant einen neuen Park"),
    ("fr", ("accueil politique monde économie", "01.11.2023", "Le conseil municipal vote le budget"),
     "Le conseil municipal vote le budget"),
], ids=["de-clock", "en-clock", "de-lower-menu", "fr-lower-menu"])
def test_timestamps_and_menus_are_no_headline(lang, lines, headline):
    """The headline is the title-like line, never a timestamp or a lower-case menu row."""
    lines = head(*lines)
    at = title_index(lines, lang)
    assert at is not None and lines[at].text == headline


@pytest.mark.parametrize("lang,lines,headline", [
    ("en", ("Council approves the cycle lane plans today", "Six new bridges for the old town", "By Jane Doe"),
     "Council approves the cycle lane plans today"),
    ("de", ("Stadtrat beschließt heute den neuen Radweg", "Sechs neue Brücken für die Stadt", "Von Anna Muster"),
     "Stadtrat beschließt heute den neuen Radweg"),
], ids=["en", "de"])
def test_a_headline_the_page_repeats_wins(lang, lines, headline):
    """Of two title-like lines, the nearer one wins unless the page repeats the other (in a breadcrumb,
    a share row): then that one is the headline."""
    lines = head(*lines)
    page = tuple(line.text for line in lines) + (f"Home > News > {headline}",)
    assert lines[title_index(lines, lang)].text != headline
    assert lines[title_index(lines, lang, page=page)].text == headline


@pytest.mark.parametrize("lang,headline,others", [
    ("en", "Council approves the new cycle lane", ("Rated 4.0 by 4 readers", "Reading time 4 min", "Share this article")),
    ("de", "Stadtrat beschließt den neuen Radweg", ("4,0 bei 4 Bewertungen", "Lesezeit 4 Minuten", "Artikel teilen")),
    ("fr", "Le conseil vote la nouvelle piste cyclable", ("Noté 4 sur 5 par les lecteurs", "Temps de lecture 4 min", "Partager cet article")),
], ids=["en", "de", "fr"])
def test_a_headline_written_twice_in_a_row_wins(lang, headline, others):
    """A line of several words written twice in a row (a hidden heading, then the visible one) is
    the headline, even far above the text, behind rating and reading-time lines."""
    labels = tuple(f"#{n} tag" for n in range(HEAD_WINDOW))  # a long tag list between headline and text
    lines = head("Home", headline, headline, *others, *labels)
    assert lines[title_index(lines, lang)].text == headline


def test_a_short_line_written_twice_is_no_headline_for_it():
    """Menu items of one or two words repeat in a row too: they gain nothing."""
    lines = head("Newsletter", "Newsletter", "Council approves the new cycle lane along the river", "By Jane Doe")
    assert lines[title_index(lines, "en")].text == "Council approves the new cycle lane along the river"


@pytest.mark.parametrize("lang,lines,headline", [
    ("en", ("Home Reviews Strategy The New City Bridge Game", "THE NEW CITY BRIDGE REVIEWED"), "THE NEW CITY BRIDGE REVIEWED"),
    ("de", ("Startseite Politik Lokales Sport", "FÜNF NEUE BRÜCKEN FÜR DIE ALTSTADT"), "FÜNF NEUE BRÜCKEN FÜR DIE ALTSTADT"),
    # capitals far above the text, or of two words, are menu items
    ("en", ("PHOTO OF THE DAY", "Council approves the new cycle lane", "Share"), "Council approves the new cycle lane"),
    ("en", ("Council approves the new cycle lane", "MAGAZINE SUBSCRIPTION"), "Council approves the new cycle lane"),
], ids=["en-capitals", "de-capitals", "en-capitals-menu-above", "en-two-words"])
def test_a_headline_in_capitals_right_above_the_text(lang, lines, headline):
    """A line in capitals of several words right above the text may be the headline."""
    lines = head(*lines)
    assert lines[title_index(lines, lang)].text == headline


def test_a_short_menu_item_gets_nothing_for_repeating():
    """Menu items repeat in the header and footer: a repeated line of a few words gains nothing."""
    lines = head("Contact the editors", "Council approves the new cycle lane along the river", "By Jane Doe")
    page = tuple(line.text for line in lines) + ("Contact the editors",)
    assert lines[title_index(lines, "en", page=page)].text == "Council approves the new cycle lane along the river"


@pytest.mark.parametrize("line,caption", [
    ("Chief officer Jane Doe at the opening. (Picture by John Smith)", True),
    ("Der Bürgermeister bei der Eröffnung (Foto von Max Mann)", True),
    ("Le maire lors de l'inauguration (Photo de Jean Dupont)", True),
    ("Pictures of the new bridge", False),
    ("Council approves the new cycle lane", False),
], ids=lambda v: v if isinstance(v, str) else None)
def test_captions_by_their_credit(line, caption):
    """A line with a photo credit ("Picture by", "Foto von", "Photo de") is a caption, no headline."""
    assert credit_marker(line) is caption


@pytest.mark.parametrize("lang,line,timestamp", [
    ("es", "Miércoles, 4 de mayo de 2022 a las 07:46 hrs.", True),
    ("en", "Published on 3 March 2024.", True),
    ("de", "Veröffentlicht am 3. März 2024 um 10:12 Uhr.", True),
    ("de", "Am 3. März 2024 hat der Stadtrat den neuen Radweg an der Uferstraße beschlossen.", False),
    ("en", "The council met on 3 March 2024 to vote on the budget for the coming year.", False),
], ids=lambda v: v if isinstance(v, str) else None)
def test_timestamp_lines_with_a_full_stop(lang, line, timestamp):
    """A date with a few words around it is a timestamp even when it ends with a full stop; a sentence with a date is text."""
    assert mostly_date(line, lang) is timestamp


LEAD = ("The council met on Monday to discuss the budget for the coming year, which grows by four per cent "
        "and pays for new schools.")
MORE = "Most of the new money goes to schools and to the repair of roads that were damaged in the winter storms."


@pytest.mark.parametrize("page,date", [
    # the caption under the headline dates its picture; the timestamp above the headline dates the article
    ("Home\nBusiness\nJanuary 13, 2020 / 1:39 PM / Updated 2 minutes ago\nCouncil passes the budget for next year\n"
     "FILE PHOTO: The town hall seen on March 5, 2019. REUTERS/Jane Doe\n", dt.date(2020, 1, 13)),
    ("Startseite\nPolitik\nStadtrat beschließt den Haushalt für das nächste Jahr\n"
     "Das Rathaus am 5. März 2019 (Foto: Max Mann)\nVeröffentlicht am 13.01.2020, 10:00 Uhr\n", dt.date(2020, 1, 13)),
    # the publication date before an update label on the same line
    ("Home\nNews\nCouncil passes the budget for next year\nWritten: 2023-11-07 15:03 / Updated: 2023-11-08 09:30\n",
     dt.date(2023, 11, 7)),
    ("Início\nNotícias\nCâmara aprova o orçamento do próximo ano\npostado em 04/05/2022 05:49 / atualizado em 05/05/2022 10:00\n"
     "A câmara municipal aprovou na segunda-feira o orçamento para o próximo ano, que cresce quatro por cento.\n"
     "A maior parte do novo dinheiro vai para as escolas e para a reparação das estradas danificadas no inverno.\n",
     dt.date(2022, 5, 4)),
    # the stamp right above the headline, not a book's release date in a fact box further down
    ("Home\nReviews\nSaturday, 9 September 2017\nReview: the new novel by Jane Doe about her village\nBook facts:\n"
     "Pages: 448\nRelease date: 14.08.2017\n", dt.date(2017, 9, 9)),
], ids=["en-caption-above", "de-caption-under", "en-written-updated", "pt-postado-atualizado", "en-stamp-above-fact-box"])
def test_the_timestamp_dates_the_article(page, date):
    """The timestamp line nearest the headline gives the date, not a caption's date or an update."""
    article = analyse(normalise_text(page + f"{LEAD}\n{MORE}\n"), "page.txt", "utf-8")
    assert article.published == date


@pytest.mark.parametrize("line,part", [
    ("Written: 2023-11-07 / Updated: 2023-11-08", "Written: 2023-11-07 "),
    ("postado em 04/05/2022 | atualizado em 05/05/2022", "postado em 04/05/2022 "),
    ("Aktualisiert am 3. März 2024", ""),
    ("3. März 2024, 10:12 Uhr", "3. März 2024, 10:12 Uhr"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_the_part_before_an_update(line, part):
    """The publication date stands before the update label of a line."""
    assert before_update(line) == part


@pytest.mark.parametrize("share,bio", [
    ("Share this", "Jane Doe is a reporter who has covered city politics for ten years and writes about housing, "
                   "transport and the budget of the region for several newspapers."),
    ("Teilen", "Anna Muster ist Redakteurin und berichtet seit zehn Jahren über die Stadtpolitik, den Verkehr "
               "und den Haushalt der Region für mehrere Zeitungen im ganzen Land."),
], ids=["en", "de"])
def test_text_after_a_share_row_is_not_the_article(share, bio):
    """An author box after the share row stays out of the article's run, however long it is."""
    page = f"Council passes the budget\n{LEAD}\n{MORE}\n{LEAD[:-1]} again.\n{share}\n{bio}\n"
    kept, _, _ = strip_clutter(split_lines(page))
    assert [line.text for line in kept if line.tail] == [bio]


@pytest.mark.parametrize("page,title", [
    # the headline is a question: it reads as text and opens the article's run, under a menu
    ("NEWS SPORT WEATHER\nSEARCH\nWhen do hens start to lay eggs, and for how long?\n", "When do hens start to lay eggs, and for how long?"),
    ("Zum Inhalt springen\nMENÜ\nIst die neue Regel im Alltag umsetzbar?\n", "Ist die neue Regel im Alltag umsetzbar?"),
], ids=["en-question", "de-question"])
def test_a_question_opening_the_text_is_the_headline(page, title):
    """With no headline among the menu lines, the short question opening the text is the headline, not a menu line."""
    article = analyse(normalise_text(page + f"{LEAD}\n{MORE}\n{LEAD[:-1]} once more.\n"), "page.txt", "utf-8")
    assert article.title == title


@pytest.mark.parametrize("line,title_like", [
    ("Why is infant mortality so high? Because the health system fails mothers, too", True),
    ("The council met on Monday to discuss the budget. It grows by four per cent and pays for new schools, roads and parks in the north", False),
    ("Zur Republik wird es im Sommer keine Spielstraße geben, wie die Stadt nach dem langen Streit mit allen Anwohnern bekannt gab…", False),
], ids=["two-short-sentences", "lead-of-sentences", "teaser-cut-short"])
def test_long_lines_of_sentences_are_no_headline(line, title_like):
    """A headline may hold two short sentences; a long line of sentences, or one cut short, is a lead or teaser."""
    assert is_title_like(line) is title_like


@pytest.mark.parametrize("page,date,basis", [
    ("Home\nNews\nCouncil passes the budget for next year\nUpdated: 08/11/2023 10:00\n", dt.date(2023, 8, 11), "update line"),
    ("Home\nNews\nCouncil passes the budget for next year\nPublished: 07/11/2023\nUpdated: 08/11/2023\n", dt.date(2023, 7, 11), "timestamp line"),
    ("Home\nNews\nCouncil passes the budget for next year\nUpdated 5 hours ago\n", None, None),
], ids=["only-update", "published-and-updated", "relative-update"])
def test_an_update_dates_a_page_that_gives_no_other_date(page, date, basis):
    """An update's date is never the publication date when the page gives one; when it gives none, it is the best there is."""
    article = analyse(normalise_text(page + f"{LEAD}\n{MORE}\n"), "page.txt", "utf-8")
    assert (article.published, article.date_basis) == (date, basis)


@pytest.mark.parametrize("page,title,date", [
    # the headline opens the text's run, above its date and byline; the menu above is no headline
    ("Skip to main content\nEXPLORE\nREGISTER\nPHOTO OF THE DAY\nCouncil passes the budget for next year\n"
     "Monday, 6 January 2020\nBy Jane Doe\n", "Council passes the budget for next year", dt.date(2020, 1, 6)),
    ("Zum Inhalt springen\nSUCHE\nABO\nStadtrat beschließt den Haushalt für das nächste Jahr\n"
     "13.01.2020\nVon Anna Muster\n", "Stadtrat beschließt den Haushalt für das nächste Jahr", dt.date(2020, 1, 13)),
    # a date in English month names on a page in another language (the publishing system's)
    ("Aller au contenu\nACCUEIL\nCONTACT\nLe conseil municipal vote le budget de l'année prochaine\n27 Sep 2016\n",
     "Le conseil municipal vote le budget de l'année prochaine", dt.date(2016, 9, 27)),
], ids=["en", "de", "fr-english-month"])
def test_the_line_above_the_date_and_byline_is_the_headline(page, title, date):
    """The article's own header (headline, date, byline) may open the text's run: its headline wins over the menu."""
    article = analyse(normalise_text(page + f"{LEAD}\n{MORE}\n{LEAD[:-1]} once more.\n"), "page.txt", "utf-8")
    assert (article.title, article.published) == (title, date)


@pytest.mark.parametrize("lang,lines,opening,headline", [
    # the menu line nearer the text has more words but shares none with the text; the headline shares several
    ("en", ("Councillors approve municipal budget increases", "Sign up for our news in your inbox"),
     "Councillors approved the municipal budget on Monday, with increases for schools.",
     "Councillors approve municipal budget increases"),
    ("de", ("Stadträte genehmigen höheren Schulhaushalt", "Hier gibt es den Newsletter für dich"),
     "Die Stadträte genehmigten am Montag einen höheren Schulhaushalt für das nächste Jahr.",
     "Stadträte genehmigen höheren Schulhaushalt"),
    ("es", ("Concejales aprueban presupuesto escolar ampliado", "Recibe en tu correo lo mejor de hoy"),
     "Los concejales aprobaron el lunes un presupuesto escolar ampliado para el próximo año.",
     "Concejales aprueban presupuesto escolar ampliado"),
], ids=["en", "de", "es"])
def test_the_headline_shares_the_words_of_the_text(lang, lines, opening, headline):
    """Between title-like head lines, the one that shares words with the text's opening is the headline."""
    lines = head(*lines)
    at = title_index(lines, lang, opening=opening_stems([opening]))
    assert at is not None and lines[at].text == headline
    assert title_index(lines, lang) == len(lines) - 1  # without the text, the nearer line would win


@pytest.mark.parametrize("line,caption", [
    ("The mayor opens the new bridge over the river on Monday morning. Jane Doe/Reuters", True),
    ("Der Bürgermeister eröffnet am Montag die neue Brücke über den Fluss (Foto: Max Mann/dpa)", True),
    ("El alcalde inaugura el nuevo puente sobre el río el lunes por la mañana. EFE", True),
    ("O prefeito inaugura a nova ponte sobre o rio na segunda-feira Imagem: Divulgação/Prefeitura", True),
    # a slash or an agency's name inside a headline is no credit
    ("Streit um AC/DC", False),
    ("Israel/Palästina: Ein Krieg der Karten und seine Geschichte", False),
    ("Why the AFP chief resigned after only two years in the job", False),
], ids=["en-slash", "de-paren", "es-agency", "pt-label", "short-slash", "slash-first", "agency-inside"])
def test_a_caption_with_its_credit_is_no_headline(line, caption):
    """A line ending with a picture credit (names joined by slashes, an agency after the last sentence) is a caption."""
    assert (title_index(head(line, "Another line about the same story here"), "en") != 0) is caption


@pytest.mark.parametrize("page,date", [
    # the site's "today" line over the menu is not the article's date: its dateline is
    ("Saturday, 19 October 2019\nHome\nNews\nSport\nWeather\nCouncil passes the budget for next year\n"
     f"LONDON, 18 October 2019 — {LEAD}\n{MORE}\n", dt.date(2019, 10, 18)),
    ("Samstag, 19. Oktober 2019\nStartseite\nPolitik\nSport\nWetter\nStadtrat beschließt den Haushalt für das nächste Jahr\n"
     "Der Stadtrat hat am Freitag den Haushalt für das nächste Jahr beschlossen, der vier Prozent mehr Geld vorsieht.\n"
     "18.10.2019 - 17:08 Uhr\n"
     "Das meiste neue Geld geht an die Schulen und an die Reparatur der Straßen, die im Winter beschädigt wurden.\n",
     dt.date(2019, 10, 18)),
], ids=["en-dateline", "de-stamp-in-text"])
def test_the_sites_today_line_does_not_date_the_article(page, date):
    """A date far above the headline, over the menu, comes after the text's own dateline and date lines."""
    article = analyse(normalise_text(page + f"{LEAD}\n{MORE}\n"), "page.txt", "utf-8")
    assert article.published == date


@pytest.mark.parametrize("page,title", [
    # a kicker of a few words ending with a colon is the headline's first part
    ("Home\nNews\nRow over the town budget:\nCouncil passes the budget for next year\n",
     "Row over the town budget: Council passes the budget for next year"),
    ("Startseite\nPolitik\nStreit um den Haushalt:\nStadtrat beschließt den Haushalt für das nächste Jahr\n",
     "Streit um den Haushalt: Stadtrat beschließt den Haushalt für das nächste Jahr"),
    # a label of one or two words ending with a colon is not
    ("Home\nNews\nSearch for:\nCouncil passes the budget for next year\n", "Council passes the budget for next year"),
], ids=["en-kicker", "de-kicker", "en-label"])
def test_a_kicker_with_a_colon_joins_the_headline(page, title):
    """A short kicker ending with a colon above the headline is its first part; a form label is not."""
    article = analyse(normalise_text(page + f"{LEAD}\n{MORE}\n{LEAD[:-1]} once more.\n"), "page.txt", "utf-8")
    assert article.title == title


DE_LEAD = "Der Stadtrat hat am Montag den Haushalt für das nächste Jahr beschlossen, der vier Prozent mehr Geld vorsieht."
DE_MORE = "Das meiste neue Geld geht an die Schulen und an die Reparatur der Straßen, die im Winter beschädigt wurden."


@pytest.mark.parametrize("lang,line,date,text", [
    ("de", "31. Oktober 2023. Der Stadtrat hat den Haushalt beschlossen.", dt.date(2023, 10, 31), "Der Stadtrat"),
    ("de", "Karlsruhe, (12.11.2021). Der Stadtrat hat den Haushalt beschlossen.", dt.date(2021, 11, 12), "Der Stadtrat"),
    ("en", "March 5, 2024. The council passed the budget.", dt.date(2024, 3, 5), "The council"),
    # a sentence's words before the date, or a lower-case word after the stop: no dateline
    ("de", "Am 12. März 2024. Der Stadtrat hat den Haushalt beschlossen.", None, None),
    ("de", "Seit dem 1. Januar 2024. Die Regel gilt für alle.", None, None),
    ("en", "March 5, 2024. and then the council met.", None, None),
], ids=["de-date", "de-place-brackets", "en-date", "de-am", "de-seit", "en-lower"])
def test_a_dateline_ending_with_a_full_stop(lang, line, date, text):
    """A date alone (or after a place) and a full stop before a capital opens the text as a dateline does."""
    found = dateline_match(line, lang)
    assert (found[0].date, line[found[1].end():][:len(text)]) == (date, text) if date else found is None


@pytest.mark.parametrize("page,date,opening", [
    # a dateline under the standfirst and the byline: its date dates the article and leaves the text
    ("Startseite\nPolitik\nStadtrat beschließt den Haushalt für das nächste Jahr\n"
     "Mehr Geld für Schulen und Straßen: was der neue Haushalt der Stadt für die Bürger bedeutet, im Überblick\n"
     f"Von Anna Muster\n27.1.2022 - {DE_LEAD}\n{DE_MORE}\n", dt.date(2022, 1, 27), DE_LEAD),
    ("Startseite\nPolitik\nStadtrat beschließt den Haushalt für das nächste Jahr\n"
     "Mehr Geld für Schulen und Straßen: was der neue Haushalt der Stadt für die Bürger bedeutet, im Überblick\n"
     f"Köln, 27.1.2022 - {DE_LEAD}\n{DE_MORE}\n", dt.date(2022, 1, 27), DE_LEAD),
    # a sentence with a date and a dash in the text's second line is no dateline
    (f"Startseite\nPolitik\nStadtrat beschließt den Haushalt für das nächste Jahr\n{DE_LEAD}\n"
     f"Seit dem 1. Januar 2022 – so die Regel – zahlt die Stadt alle Reparaturen selbst, auch die der Schulen.\n{DE_MORE}\n",
     None, DE_LEAD),
], ids=["de-after-byline", "de-place-after-standfirst", "de-sentence"])
def test_a_dateline_under_the_standfirst(page, date, opening):
    """A dateline may stand a few lines down, under a standfirst or byline; a sentence with a date and a dash is none."""
    article = analyse(normalise_text(page + f"{DE_MORE[:-1]} noch einmal.\n"), "page.txt", "de")
    assert article.published == date
    assert f"\n\n{opening}" in f"\n\n{article.body}"


@pytest.mark.parametrize("line,title_like", [
    ("市议会通过明年的预算案", True),
    ("市議会が来年度の予算案を可決！", True),
    ("市议会周一通过了明年的预算案。", False),  # a sentence with its full stop
    ("ツイート", False),  # a button of a few characters
], ids=["zh", "ja", "zh-sentence", "ja-button"])
def test_headlines_without_spaces(line, title_like):
    """A Chinese or Japanese headline is one run of characters without spaces; a sentence ends with 。."""
    assert is_title_like(line, strict=True) is title_like


@pytest.mark.parametrize("page,title,date", [
    # two sentences in one headline, the second ending with a full stop, above its standfirst and date
    ("MENU\nSUBSCRIBE\nWild goats ruled this island for a century. Now it is green again.\n"
     "The island makes an astonishingly quick comeback after the goats left, and why it matters to us all.\n"
     "Monday, 6 January 2020\n", "Wild goats ruled this island for a century. Now it is green again.", dt.date(2020, 1, 6)),
    # a headline with abbreviated weekdays, its timestamp line holding an update after the publication date
    ("MENU\nSUBSCRIBE\nColder weather forecast for Wed. after frost alert Tues.\n"
     "Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46\n",
     "Colder weather forecast for Wed. after frost alert Tues.", dt.date(2023, 11, 7)),
    ("MENÜ\nABO\nDer Stadtrat beschließt den Haushalt. Die Schulen bekommen mehr.\n13.01.2020\n",
     "Der Stadtrat beschließt den Haushalt. Die Schulen bekommen mehr.", dt.date(2020, 1, 13)),
], ids=["en-two-sentences", "en-abbreviations", "de-two-sentences"])
def test_a_headline_may_end_with_a_full_stop_above_its_date(page, title, date):
    """Where no other head line is a headline, a short line ending with one full stop that its date follows is."""
    article = analyse(normalise_text(page + f"{LEAD}\n{MORE}\n{LEAD[:-1]} once more.\n"), "page.txt", "utf-8")
    assert (article.title, article.published) == (title, date)


@pytest.mark.parametrize("lang,lines", [
    # a sentence ending with a full stop and no date or byline under it is no headline
    ("en", ("MENU", "There are no products in your basket.", "Search")),
    ("de", ("MENÜ", "Es befinden sich keine Produkte im Warenkorb.", "Suche")),
], ids=["en", "de"])
def test_a_sentence_without_its_date_is_no_headline(lang, lines):
    """A line ending with a full stop needs its date or byline under it to be a headline."""
    assert title_index(head(*lines), lang) is None


@pytest.mark.parametrize("title,kept", [
    # a rating, views and comments printed after the headline go
    ("Eine neue Deutung des Multiplikators 3.17 5 12", "Eine neue Deutung des Multiplikators"),
    ("A new reading of the multiplier 4,5 120 3", "A new reading of the multiplier"),
    # one number belongs to the headline
    ("Apollo 11 landed on the Moon 1969", "Apollo 11 landed on the Moon 1969"),
    ("Die Top 10", "Die Top 10"),
    # nothing of a headline would be left
    ("Bilanz 2023 2024", "Bilanz 2023 2024"),
], ids=["de-counters", "en-counters", "en-one-number", "de-one-number", "nothing-left"])
def test_counters_after_a_headline_are_dropped(title, kept):
    """Two numbers or more at the end of a headline are the page's counters, not the headline's words."""
    assert without_counters(title) == kept


@pytest.mark.parametrize("line,update", [
    ("Letzte Änderung: 31.10.2023 - 14:49:39", True),
    ("Zuletzt geändert am 31.10.2023", True),
    ("Last update: 31 October 2023", True),
    ("Dernière modification : 31 octobre 2023", True),
    ("Última actualización: 31 de octubre de 2023", True),
    ("Ultima modifica: 31 ottobre 2023", True),
    ("Laatst gewijzigd: 31 oktober 2023", True),
    ("Erschienen am: 01.11.2023", False),
    ("Published: 1 November 2023", False),
], ids=["de-letzte", "de-zuletzt", "en", "fr", "es", "it", "nl", "de-published", "en-published"])
def test_last_change_labels_are_updates(line, update):
    """A 'last change' label dates an update, never the publication; a 'published' label does not."""
    assert is_update(line) is update


@pytest.mark.parametrize("line,row", [
    ("Share on Facebook Share on Twitter", True),
    ("Facebook Twitter E-Mail", True),
    ("Artikel teilen Facebook Twitter", True),
    # one label alone is clutter's, not a row; a headline naming a network is no row
    ("Facebook", False),
    ("Trump banned from Twitter", False),
    ("Der Konzern verlässt Facebook", False),
], ids=["en-share", "networks", "de-share", "one-label", "en-headline", "de-headline"])
def test_rows_of_share_buttons(line, row):
    """A line made of two share or follow labels or more is a row of buttons."""
    assert label_row(line) is row


@pytest.mark.parametrize("page,title", [
    # no headline but the full-stop one, its standfirst (ending with a full stop too) and a share row under it
    ("Home\nTravel\nCulture\nWant to travel alone? Here is how to start.\nShare on Facebook Share on Twitter\n"
     "The first trip is the hardest one.\nBy Jane Doe\n", "Want to travel alone? Here is how to start."),
    ("Startseite\nReisen\nKultur\nAllein reisen? So gelingt der Anfang.\nArtikel teilen Facebook Twitter\n"
     "Die erste Reise ist die schwerste.\nVon Anna Muster\n", "Allein reisen? So gelingt der Anfang."),
], ids=["en", "de"])
def test_a_share_row_is_no_headline(page, title):
    """A share row under the headline neither wins as headline nor hides its byline; the standfirst under it is no headline."""
    article = analyse(normalise_text(page + f"{LEAD}\n{MORE}\n{LEAD[:-1]} once more.\n"), "page.txt", "utf-8")
    assert article.title == title


@pytest.mark.parametrize("lang,lines,headline", [
    # a list of other stories, each title with its date under it, above a headline without a date
    ("en", ("Latest", "The library in the old town opens its doors again next week", "4 March 2020",
            "Heavy rain floods two villages in the valley for the second time", "3 March 2020",
            "School starts later", "2 March 2020", "Society",
            "The old bridge over the river reopens after two long years"),
     "The old bridge over the river reopens after two long years"),
    ("de", ("Aktuell", "Die Bibliothek in der Altstadt öffnet nächste Woche wieder ihre Türen", "04. März 2020",
            "Starker Regen überschwemmt zum zweiten Mal zwei Dörfer im Tal", "03. März 2020",
            "Schule beginnt später", "02. März 2020", "Gesellschaft",
            "Die alte Brücke über den Fluss ist nach zwei Jahren wieder offen"),
     "Die alte Brücke über den Fluss ist nach zwei Jahren wieder offen"),
    # the last item of such a list keeps its date: a headline dated under the list wins
    ("en", ("Library opens in the old town", "4 March 2020", "River floods two villages", "3 March 2020",
            "Council passes the budget for next year", "5 March 2020"), "Council passes the budget for next year"),
], ids=["en", "de", "en-dated-headline"])
def test_titles_of_a_list_of_stories_lose_their_dates(lang, lines, headline):
    """In a list of stories (title, date, title, date) the dates do not make the titles headlines."""
    lines = head(*lines)
    assert lines[title_index(lines, lang)].text == headline


@pytest.mark.parametrize("lang,lines,headline", [
    ("en", ("Videos Sign In Subscribe", "Council passes the budget for next year after a long debate",
            "The budget grows by four per cent, and most of the new money goes to schools and roads",
            "By Jane Doe"), "Council passes the budget for next year after a long debate"),
    ("de", ("Videos Anmelden Abo Suche", "Stadtrat beschließt den Haushalt für das nächste Jahr nach langer Debatte",
            "Der Haushalt wächst um vier Prozent, und das meiste neue Geld geht an Schulen und Straßen",
            "Von Anna Muster"), "Stadtrat beschließt den Haushalt für das nächste Jahr nach langer Debatte"),
], ids=["en", "de"])
def test_a_headline_under_a_menu_row_is_no_standfirst(lang, lines, headline):
    """A headline longer than the menu row above it is no standfirst of that row; the longer line under it is."""
    lines = head(*lines)
    assert lines[title_index(lines, lang)].text == headline


@pytest.mark.parametrize("line,title_like", [
    # a Chinese or Japanese headline with a Latin name in capitals is not written in capitals
    ("球队第一次战胜对手!NBA历史纪录终结", True),
    ("チームが初めて勝利、NBAの記録が終わる", True),
    # a short line in capitals is a menu or section label
    ("SPORT UND KULTUR", False),
    ("NEWS AND SPORT", False),
], ids=["zh-nba", "ja-nba", "de-capitals", "en-capitals"])
def test_a_name_in_capitals_does_not_make_a_line_of_capitals(line, title_like):
    """Only cased letters (most of the line's) written in capitals make a line in capitals."""
    assert is_title_like(line, strict=True) is title_like


@pytest.mark.parametrize("line,title_like", [
    ("Update | Two crash victims were identified on Monday", True),
    ("Schools that rose to the challenges of the year | COMMENTARY", True),
    ("Aktualisiert | Der Stadtrat beschließt den Haushalt", True),
    # menu rows: short items on both sides of the bar, or several bars
    ("Home | News", False),
    ("Politik | Wirtschaft | Kultur und Gesellschaft heute", False),
], ids=["en-label-before", "en-label-after", "de-label", "menu-two", "menu-three"])
def test_a_section_label_by_a_bar_keeps_a_headline(line, title_like):
    """One bar between a one-word section label and a headline of several words makes no menu row."""
    assert is_title_like(line, strict=True) is title_like


@pytest.mark.parametrize("lang,lines,headline", [
    ("en", ("Home", "5 min read", "Council passes the budget", "March 5, 2024"), "Council passes the budget"),
    ("pl", ("Szukaj", "12 minut czytania", "Rada uchwala budżet", "05.03.2024"), "Rada uchwala budżet"),
    ("de", ("Startseite", "Lesezeit: 3 Minuten", "Stadtrat beschließt Haushalt", "05.03.2024"), "Stadtrat beschließt Haushalt"),
    ("fr", ("Accueil", "Temps de lecture : 4 min", "Le conseil vote le budget", "05.03.2024"), "Le conseil vote le budget"),
    # an update label set off by a bar is the headline's kicker, no update line
    ("en", ("Home", "Update | Two crash victims were identified on Monday", "Published: March 5, 2024"),
     "Update | Two crash victims were identified on Monday"),
    # the site's slogan naming it as a domain in capitals
    ("uk", ("Головна", "Новини, яким можна довіряти NEWS.UA", "Міська рада ухвалила бюджет", "05.03.2024"),
     "Міська рада ухвалила бюджет"),
    ("en", ("Home", "Books.com opens a shop in the city centre", "05.03.2024"), "Books.com opens a shop in the city centre"),
], ids=["en-read", "pl-read", "de-read", "fr-read", "en-update-label", "uk-site-domain", "en-domain-in-headline"])
def test_reading_times_and_update_labels_by_a_headline(lang, lines, headline):
    """A reading-time label (CLDR's minute units) or a slogan with the site's domain in capitals is no
    headline; "Update | <headline>" is one, and so is a headline naming a site in its own case."""
    lines = head(*lines)
    at = title_index(lines, lang)
    assert at is not None and lines[at].text == headline


@pytest.mark.parametrize("page,date", [
    # the site's "today" line (a weekday and a date alone) over its menu; the article's date nearer the headline
    ("Donnerstag, 16. Februar 2012\nStartseite\nPolitik\nWirtschaft\n14. Februar 2012\nDrucken\nSport\nKultur\n"
     "Stadtrat beschließt den Haushalt für das nächste Jahr\n"
     "Der Stadtrat hat am Dienstag den Haushalt für das nächste Jahr beschlossen, er wächst um vier Prozent.\n"
     "Das meiste neue Geld geht an die Schulen und an die Reparatur der Straßen, die der Winter beschädigt hat.\n",
     dt.date(2012, 2, 14)),
    ("Wednesday, 26 February 2020\nHome\nNews\nSport\n01.05.2017\nPrint\nCulture\nTravel\n"
     "Council passes the budget for next year\n", dt.date(2017, 5, 1)),
    # a weekday and a date alone is the article's own date when the page gives no other
    ("Wednesday, 26 February 2020\nHome\nNews\nSport\nPrint\nCulture\nTravel\n"
     "Council passes the budget for next year\n", dt.date(2020, 2, 26)),
], ids=["de", "en", "en-only-date"])
def test_the_sites_today_line_dates_the_page_last(page, date):
    """A weekday-and-date line at the top of the page's header dates the article only when no other line of it does."""
    article = analyse(normalise_text(page + f"{LEAD}\n{MORE}\n"), "page.txt", "utf-8")
    assert article.published == date


@pytest.mark.parametrize("line,title_like", [
    ("Last-Minute-Halloween-Kostüme", True),
    ("Rad-Weltmeisterschafts-Finale", True),
    # a menu item of one word, with one hyphen or none; a link
    ("E-Paper", False),
    ("Newsletter-Anmeldung", False),
    ("www.example-site-name.com", False),
], ids=["de-compound", "de-compound-2", "e-paper", "one-hyphen", "link"])
def test_a_long_compound_may_be_a_headline(line, title_like):
    """One word of three parts or more joined by hyphens reads as a headline; a menu item does not."""
    assert is_title_like(line, strict=True) is title_like


def test_a_headline_written_twice_and_dated_far_above_the_text():
    """A headline written twice and followed by its date wins however many widget lines stand between it and the text."""
    headline = "The council passes the budget for next year"
    widgets = [f"Section {n}" for n in range(1, 31)] + ["Things To Do", "Things To Do"]
    lines = head("Home", "World", headline, headline, "World", "On Apr 15, 2020", "0", "Share", *widgets)
    at = title_index(lines, "en")
    assert at is not None and lines[at].text == headline


@pytest.mark.parametrize("lang,line,dates", [
    # a date badge's day and year glued together ("Apr 042013"), WordPress's published and updated dates glued
    ("de", "Apr 042013", [dt.date(2013, 4, 4)]),
    ("en", "Mar 152021 Jane Doe", [dt.date(2021, 3, 15)]),
    ("de", "19. Juni 201619. Juni 2016", [dt.date(2016, 6, 19)] * 2),
    # six digits after a word that is no month make no date
    ("en", "Route 662015", []),
], ids=["de-badge", "en-badge-byline", "de-wordpress", "en-no-month"])
def test_glued_date_parts_in_header_lines(lang, line, dates):
    """Header lines copied without spaces between a date's boxes still give their dates."""
    assert [match.date for match in header_dates(line, lang)] == dates


@pytest.mark.parametrize("line,name", [
    ("Von Katharina Muster Kategorien: Mode 6. November 2023, 15:25 Uhr", "Katharina Muster"),
    ("Von Anna Muster 6. November 2023", "Anna Muster"),
    ("By Jane Doe Updated: March 5, 2024", "Jane Doe"),
    ("By Jane Doe | Reuters", "Jane Doe"),
    ("Autor: Jan Kowalski", "Jan Kowalski"),
    # a sentence that starts like a byline
    ("By the end of 2023 the council had spent it all", None),
], ids=["de-label-date", "de-date", "en-update-label", "en-agency", "pl-label", "en-sentence"])
def test_the_bylines_name_ends_at_a_date_or_label(line, name):
    """A byline's name ends where its date or the next label ("Kategorien:") starts."""
    assert byline_name(line) == name


@pytest.mark.parametrize("page,date", [
    # a sentence's date in the page's header dates what it tells; the short timestamp line dates the page
    ("Home\nNews\nMissing people\nThe man vanished in the early hours of Sunday, November 3, 2013, after leaving a nightclub.\n"
     "Comments\nNews\nBy\nJohn Doe\n04:30, 3 NOV 2023\nBookmark\nShare\nSubscribe\nMore Newsletters\n"
     "Council passes the budget for next year\n", dt.date(2023, 11, 3)),
], ids=["en-sentence-then-stamp"])
def test_a_short_date_line_of_the_page_header_before_a_caption(page, date):
    """Of the page header's dates, a short date line's comes before a sentence's or caption's."""
    article = analyse(normalise_text(page + f"{LEAD}\n{MORE}\n"), "page.txt", "utf-8")
    assert article.published == date


@pytest.mark.parametrize("lang,lines,headline", [
    # the site's slogan over its menu, the headline under the menu
    ("de", ("Das Wirtschafts- und Karrieremagazin für Frauen, Unternehmerinnen und Gründerinnen", "Unternehmen", "Gründen",
            "Netzwerken", "Events", "Buchtipps", "Aktuelles", "Frauen im Sport"), "Frauen im Sport"),
    ("en", ("The business and career magazine for women, owners of small firms and founders", "Business", "Founders",
            "Networking", "Events", "Book tips", "News", "Women in sport and business"), "Women in sport and business"),
    # a headline followed by its relative date, reading time and author is no slogan
    ("de", ("Startseite", "Kontakt", "Neue Laufschuhe bringen Tempo auf die Straße", "vor 4 Monaten", "1 Min",
            "Matthias Muster", "vor 4 Monaten", "Schreib einen Kommentar"), "Neue Laufschuhe bringen Tempo auf die Straße"),
], ids=["de-slogan", "en-slogan", "de-headline-with-stamps"])
def test_a_line_over_the_menu_is_the_sites_slogan(lang, lines, headline):
    """A line over five menu items (short, no digit, no button or byline) is the site's slogan, not the headline."""
    lines = head(*lines)
    at = title_index(lines, lang)
    assert at is not None and lines[at].text == headline


NOTICE = {  # a site's long notice that opens the text's run above the article's own header
    "de": "Für Links auf dieser Seite erhalten wir unter Umständen eine Provision vom Händler, die den Preis für Sie nicht ändert.",
    "en": "We may earn a commission from links on this page, which does not change the price you pay at the shop in any way.",
    "fr": "Nous pouvons toucher une commission sur les liens de cette page, ce qui ne change pas le prix que vous payez.",
}


@pytest.mark.parametrize("lang,top,header,title", [
    # a headline written twice (a hidden heading, then the visible one) under a breadcrumb, its byline and date under it
    ("de", "", "Ratgeber\nGarten\nSo überwintern Dahlien im Keller\nSo überwintern Dahlien im Keller\nAnna Muster, 01. Dez. 2017, 12:01 Uhr\n",
     "So überwintern Dahlien im Keller"),
    # its date above it, the second copy in another case
    ("en", "", "Tuesday, March 3, 2020\nWriting Parsers In Plain Python\nWriting parsers in plain Python\n",
     "Writing parsers in plain Python"),
    ("fr", "", "Actualités\nRégion\nLe marché couvert rouvre ses portes\nBretagne\nLe marché couvert rouvre ses portes\n12/03/2021\n",
     "Le marché couvert rouvre ses portes"),
    # no headline among the page's head lines: the line above a date or byline lower down (a standfirst between)
    ("de", "", "Menü\nTests\nRatgeber\nSo überwintern Dahlien sicher im Keller\nEine Gärtnerin erklärt, worauf es beim Einlagern der Knollen ankommt.\n"
     "von Anna Muster am 14. Mai 2014, 15:40 Uhr\n", "So überwintern Dahlien sicher im Keller"),
    ("en", "", "Menu\nReviews\nGuides\nHow to keep dahlias safe over the winter\nBy Jane Doe\n",
     "How to keep dahlias safe over the winter"),
    ("fr", "", "Menu\nEssais\nGuides\nComment conserver les dahlias pendant l'hiver\n14/05/2014\n",
     "Comment conserver les dahlias pendant l'hiver"),
    # the page's head has a title-like line without a date (the site's motto): the headline right above its date wins
    ("en", "Thinking ahead for a free society\n", "Menu\nGoals\nThe council ends the state of emergency\n12/03/2021\n",
     "The council ends the state of emergency"),
    ("de", "Zeit für einen neuen Anfang\n", "Menü\nZiele\nDer Stadtrat beendet den Notstand\n12.03.2021\n",
     "Der Stadtrat beendet den Notstand"),
], ids=["de-byline-under", "en-date-above", "fr-kicker-between", "de-low-standfirst-between", "en-low-byline", "fr-low-date",
        "en-motto-above", "de-motto-above"])
def test_a_headline_in_the_run_with_its_date(lang, top, header, title):
    """A headline lower in the text's run (written twice, or the head has none or one without a date), its date or byline by it."""
    page = f"Menu\nSuche\n{top}{NOTICE[lang]}\n{header}{LEAD}\n{MORE}\n{LEAD[:-1]} once more.\n"
    assert analyse(normalise_text(page), "page.txt", "utf-8").title == title


@pytest.mark.parametrize("lang,lines", [
    # a line written twice with no date or byline near it is the page's (a "back to the list" link), not a headline
    ("en", "Back to the overview of all posts\nBack to the overview of all posts\n"),
    ("fr", "Retour à la liste des articles\nRetour à la liste des articles\n"),
], ids=["en", "fr"])
def test_a_line_written_twice_without_a_date_is_not_taken(lang, lines):
    """Without a date or byline next to it, a line the run writes twice does not beat the headline above the run."""
    page = f"Menu\nSearch\nCouncil passes the budget for next year\nMonday, 6 January 2020\n{NOTICE[lang]}\n{lines}{LEAD}\n{MORE}\n"
    assert analyse(normalise_text(page), "page.txt", "utf-8").title == "Council passes the budget for next year"


@pytest.mark.parametrize("find,header,above,under,taken", [
    # more of the text under the header than above it: the lines above are the page's
    (_through_doubled, ("The schools open in spring", "The schools open in spring"), (MORE,), (LEAD, MORE, LEAD), True),
    (_above_low_stamp, ("The schools open in spring",), (MORE,), (LEAD, MORE, LEAD), True),
    # more above than under: a heading or date of the text itself, and the text above it stays
    (_through_doubled, ("The schools open in spring", "The schools open in spring"), (LEAD, MORE, LEAD), (MORE,), False),
    (_above_low_stamp, ("The schools open in spring",), (LEAD, MORE, LEAD), (MORE,), False),
    # more under than above, but the lines above are paragraphs: the text's opening over a dated subheading
    (_above_low_stamp, ("The schools open in spring",), (LEAD, MORE, LEAD), (MORE, LEAD, MORE, LEAD, MORE), False),
], ids=["doubled-header", "low-stamp-header", "doubled-low-heading", "low-stamp-in-the-text", "low-stamp-under-paragraphs"])
def test_a_header_in_the_run_only_above_the_text(find, header, above, under, taken):
    """A headline (written twice or not) with a date under it opens the article's header only when the text lies under it."""
    texts = [*above, *header, "Monday, 13 January 2020", *under]
    body = [Line(n, t) for n, t in enumerate(texts, start=1)]
    assert bool(find(body, "en")) is taken



@pytest.mark.parametrize("lang,lines,headline", [
    # an English headline in title case over its shorter standfirst in sentence case
    ("en", ("Home", "Local Baker Wins National Prize for Her Sourdough Bread After Ten Years of Trying",
            "The owner of a small shop in Leeds took the award on Friday", "By Jane Doe"),
     "Local Baker Wins National Prize for Her Sourdough Bread After Ten Years of Trying"),
    # German capitalises its nouns, not its headlines: a kicker of names over the headline stays a kicker
    ("de", ("Start", "Interview: Autorin Anna Muster", "Warum wir wieder lesen", "Von Anna Muster"), "Warum wir wieder lesen"),
], ids=["en-title-case-over-standfirst", "de-nouns-are-no-title-case"])
def test_an_english_headline_in_title_case_over_its_standfirst(lang, lines, headline):
    """In English, a sentence-case line under a title-case headline is its standfirst, even when shorter."""
    lines = head(*lines)
    at = title_index(lines, lang)
    assert at is not None and lines[at].text == headline
