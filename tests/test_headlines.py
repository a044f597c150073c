"""Table-driven tests of how the headline is chosen among a page's head lines and which lines
are timestamps, in several languages. Every page here is made up for the test."""
import pytest

from generator.lang.clutter import credit_marker
from generator.read.datelines import mostly_date
from generator.read.lines import Line
from generator.read.titles import title_index


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
