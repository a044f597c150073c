"""Table-driven tests of the headline's shape among a page's head lines: post links, section labels,
a headline written twice over its standfirst, a menu under a slogan, a long page head and a one-word
headline. Every page here is made up for the test."""
import pytest

from generator.read.lines import Line
from generator.lang.stopwords import opens_with_definite_article
from generator.read.titles import HEAD_WINDOW, post_link, title_index


def head(*texts):
    """Head lines (before the article's run), numbered from 1."""
    return [Line(n, t, head=True) for n, t in enumerate(texts, start=1)]


def chosen(lines, lang):
    """The text of the head line title_index takes, or None."""
    at = title_index(head(*lines), lang)
    return None if at is None else lines[at]


@pytest.mark.parametrize("line,link", [
    ("« Älterer Beitrag", True),
    ("« Sommerfest am See war ein Erfolg", True),
    ("Newer post: the river walk in spring »", True),
    ("‹ Article précédent", True),
    ("Następny wpis ›", True),
    # quotes come in pairs: a quoted headline is no link
    ("« Le climat change vite », dit la maire", False),
    ("»Wir bleiben hier«, sagt der Wirt", False),
    ("«Wir bleiben hier», sagt der Wirt", False),
    ("Der Rat tagt am Montag", False),
], ids=["de-older", "de-title", "en-newer", "fr-previous", "pl-next", "fr-quote", "de-quote", "ch-quote", "plain"])
def test_links_to_other_posts(line, link):
    """A line opening with a guillemet or angle quote it never closes (or closing with one it never opened) is a post link."""
    assert post_link(line) is link


@pytest.mark.parametrize("lang,lines,headline", [
    ("de", ("Startseite", "Neuer Kindergarten öffnet im Herbst", "« Sommerfest am See war ein Erfolg", "12. März 2015"),
     "Neuer Kindergarten öffnet im Herbst"),
    ("en", ("Home", "New nursery opens in the autumn", "« Summer fair by the lake was a success", "March 12, 2015"),
     "New nursery opens in the autumn"),
    ("fr", ("Accueil", "Une nouvelle crèche ouvre à l'automne", "Fête d'été au bord du lac ›", "12 mars 2015"),
     "Une nouvelle crèche ouvre à l'automne"),
], ids=["de", "en", "fr"])
def test_a_link_to_another_post_is_no_headline(lang, lines, headline):
    """The link to the previous post between a blog post's title and its date is not the title."""
    assert chosen(lines, lang) == headline


@pytest.mark.parametrize("lang,lines,headline", [
    # a section label of two words above the headline: the headline is no standfirst of it
    ("de", ("Startseite", "Reisen & Wetter", "Regenjacken: Warum leichte Modelle jetzt gefragt sind", "Von Anna Muster",
            "12.03.2019", "Neu im Frühjahr 2019: leichte Regenjacke von Nordwind für 80 Euro im Handel"),
     "Regenjacken: Warum leichte Modelle jetzt gefragt sind"),
    ("en", ("Home", "Travel & Weather", "Rain jackets: why light models sell so well now", "By Jane Doe",
            "March 12, 2019", "New this spring: a light rain jacket from Northwind for 80 euros in the shops"),
     "Rain jackets: why light models sell so well now"),
    # a headline of three words or more above a longer line: that line is its standfirst
    ("de", ("Startseite", "Streit um die alten Bäume im Stadtpark",
            "Die Anwohner wollen die alten Bäume retten und sammeln Unterschriften gegen die Pläne", "Von Anna Muster"),
     "Streit um die alten Bäume im Stadtpark"),
    ("en", ("Home", "Row over the old trees of the city park",
            "Residents want to save the old trees and collect signatures against the plans", "By Jane Doe"),
     "Row over the old trees of the city park"),
], ids=["de-label", "en-label", "de-standfirst", "en-standfirst"])
def test_a_section_label_above_the_headline(lang, lines, headline):
    """Only a line of three words or more makes the longer line under it a standfirst."""
    assert chosen(lines, lang) == headline


@pytest.mark.parametrize("lang,lines,headline", [
    # a headline written twice over its standfirst, its date far under it (share buttons, magazine
    # issue lines between): the article's header
    ("de", ("News", "Recycling: Akkus aus dem Schrott", "Recycling: Akkus aus dem Schrott",
            "Eine Firma aus Bremen gewinnt Lithium aus alten Batterien zurück und will nun größer werden.",
            "In Pocket speichern", "Vorlesen Drucken", "20.06.2019 07:30 Uhr", "Magazin", "Von", "Anna Muster",
            "Heft 7/2019", "Das Magazin im Juli 2019 mit allen Berichten aus Forschung und Technik"), "Recycling: Akkus aus dem Schrott"),
    ("en", ("News", "Recycling: batteries from the scrapyard", "Recycling: batteries from the scrapyard",
            "A firm from Bristol wins lithium back from old batteries and now wants to grow.",
            "Save for later", "Listen Print", "20.06.2019 07:30", "Magazine", "By", "Jane Doe",
            "Issue 7/2019", "The magazine in July 2019 with all the reports from science and technology"), "Recycling: batteries from the scrapyard"),
    # a menu item written twice, menu items under it: no header, the line near the text wins
    ("en", ("Things to see", "Things to see", "Weather", "Traffic", "Sport", "Jobs", "Cars", "Homes", "Deals",
            "Puzzles", "Council approves the new cycle lane along the river"),
     "Council approves the new cycle lane along the river"),
], ids=["de-doubled", "en-doubled", "en-doubled-menu"])
def test_a_headline_written_twice_over_its_standfirst(lang, lines, headline):
    """A headline written twice with a line of text under it is near enough, however far its date is."""
    assert chosen(lines, lang) == headline


@pytest.mark.parametrize("lang,lines,headline", [
    # a slogan over a menu whose items have up to four words
    ("de", ("Der Wissenspodcast der Stadtbibliothek für alle Neugierigen – mit Anna Muster und Gästen", "Menü", "Startseite",
            "Geschichten für die Ohren", "Archiv", "Kurze Folgen", "Lange Folgen", "Impressum",
            "F042 Wie Vulkane das Wetter machen"), "F042 Wie Vulkane das Wetter machen"),
    ("en", ("The science podcast of the city library for the curious – with Jane Doe and guests", "Menu", "Home", "Stories for your ears",
            "Archive", "Short episodes", "Long episodes", "Imprint", "E042 How volcanoes make the weather"),
     "E042 How volcanoes make the weather"),
    # a headline over a poll: one long question among the lines under it, no menu
    ("en", ("Home", "News", "Embassy thanks the city for its help with the visas", "Poll",
            "Should universities offer more courses online to students abroad?", "Yes", "No", "Results"),
     "Embassy thanks the city for its help with the visas"),
], ids=["de-slogan", "en-slogan", "en-poll"])
def test_a_slogan_over_a_menu_of_longer_items(lang, lines, headline):
    """A line over five menu items of up to four words is the site's slogan."""
    assert chosen(lines, lang) == headline


FORM = ("Kommentar verfassen", "Name", "E-Mail", "Website", "Abbrechen", "Senden", "Verbinde", "Abmelden",
        "Ändern", "Folgen", "Teilen", "Drucken", "Archiv", "Kategorien", "Schlagworte", "Meta", "Anmelden",
        "Einträge", "Kommentare", "Suche", "Menü")


@pytest.mark.parametrize("lang,lines,headline", [
    # a blog post's title and date at the top, its comment form and sidebar under them
    ("de", ("Mein Gartenblog", "Was der Regen im Garten alles anrichtet", "14. Juni 2013 um 20:51", *FORM),
     "Was der Regen im Garten alles anrichtet"),
    ("en", ("Gardening", "What the rain does to the garden", "June 14, 2013 at 8:51 pm", *FORM),
     "What the rain does to the garden"),
    # without its date under it, a line that far above is not taken
    ("de", ("Mein Gartenblog", "Was der Regen im Garten alles anrichtet", *FORM), None),
], ids=["de", "en", "de-undated"])
def test_a_dated_headline_above_a_long_page_head(lang, lines, headline):
    """When no line of the head's last lines is a headline, a dated one higher up is."""
    assert len(lines) > HEAD_WINDOW + 2
    assert chosen(lines, lang) == headline


@pytest.mark.parametrize("lang,lines,headline", [
    ("de", ("Menü", "Startseite", "Kontakt", "Ladesäulen.", "17.11.2019"), "Ladesäulen."),
    ("en", ("Menu", "Home", "Contact", "Heat-pumps.", "November 17, 2019"), "Heat-pumps."),
    # a word with a full stop, its date not right under it, or no date: no headline
    ("de", ("Menü", "Startseite", "Ladesäulen.", "Kontakt", "17.11.2019"), None),
    ("de", ("Menü", "Warenkorb", "Danke.", "Suche"), None),
], ids=["de", "en", "de-apart", "de-undated"])
def test_a_one_word_headline_right_above_its_date(lang, lines, headline):
    """A blog post's title of one word with its full stop is the headline only right above its date."""
    assert chosen(lines, lang) == headline


@pytest.mark.parametrize("lang,line,article", [
    ("en", "The planners rely on trees", True),
    ("de", "Die Planer setzen auf Bäume", True),
    ("fr", "L'usine ferme ses portes", True),
    ("fr", "Les écoles rouvrent lundi", True),
    ("it", "L’azienda chiude lo stabilimento", True),
    ("es", "Los vecinos piden más árboles", True),
    # no article, an indefinite one, or a language without articles in the table
    ("en", "Planners rely on trees", False),
    ("de", "Ein Quartier für alle", False),
    ("fr", "Lundi, les écoles rouvrent", False),
    ("pl", "Te drzewa zostaną", False),
], ids=["en", "de", "fr-elided", "fr", "it-elided", "es", "en-none", "de-indefinite", "fr-later", "pl"])
def test_lines_opening_with_a_definite_article(lang, line, article):
    """A line whose first word is a definite article of its language (headlines drop them)."""
    assert opens_with_definite_article(line, lang) is article


@pytest.mark.parametrize("lang,lines,headline", [
    # a kicker over a headline a little longer than it: the headline is no standfirst
    ("de", ("Startseite", "Im Gespräch mit der Planerin Anna Muster", "Wie die Stadt sich gegen Sommerhitze wappnet",
            "Von Max Muster"), "Wie die Stadt sich gegen Sommerhitze wappnet"),
    ("en", ("Home", "In conversation with the planner Jane Doe", "How the town council prepares for summer heat",
            "By John Doe"), "How the town council prepares for summer heat"),
    # a line a little longer that opens with a definite article is the standfirst of the one above
    ("de", ("Startseite", "Wie die Stadt sich gegen Sommerhitze wappnet", "Die Planer setzen auf Bäume und auf helle Dächer",
            "Von Max Muster"), "Wie die Stadt sich gegen Sommerhitze wappnet"),
    ("en", ("Home", "How the town council prepares for summer heat", "The planners rely on more trees and on light roofs",
            "By John Doe"), "How the town council prepares for summer heat"),
    # a line much longer is a standfirst whatever its first word
    ("de", ("Startseite", "Wie die Stadt sich gegen Sommerhitze wappnet",
            "Mehr Bäume, helle Dächer und Brunnen in jedem Viertel: ein Plan für die heißen Wochen", "Von Max Muster"),
     "Wie die Stadt sich gegen Sommerhitze wappnet"),
], ids=["de-kicker", "en-kicker", "de-standfirst", "en-standfirst", "de-long-standfirst"])
def test_a_kicker_over_a_slightly_longer_headline(lang, lines, headline):
    """Only a line markedly longer than the one above it, or opening with a definite article, is its standfirst."""
    assert chosen(lines, lang) == headline


TEASERS = tuple(f"Nr. {n}" for n in range(15))  # a list of short items between the header and the text


@pytest.mark.parametrize("lang,lines,at", [
    # the headline with its date far above; the "most read" list near the text repeats it, undated
    ("de", ("Startseite", "Die Fähre fährt wieder nach dem Fahrplan", "12.03.2022", *TEASERS, "Meistgelesen",
            "Die Fähre fährt wieder nach dem Fahrplan", "Gemeinderat"), 1),
    ("en", ("Home", "The ferry runs on its timetable again", "March 12, 2022", *TEASERS, "Most read",
            "The ferry runs on its timetable again", "Council"), 1),
], ids=["de", "en"])
def test_a_headline_repeated_in_a_list_is_taken_where_it_is_dated(lang, lines, at):
    """Of two copies of a line far apart, the one followed by its date is the headline."""
    assert title_index(head(*lines), lang) == at
