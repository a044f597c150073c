"""Table-driven tests of the author's box under an article: a biography starting with the name
the page's byline (or the box's own heading) gives is removed; the text stays. Every page here
is made up for the test."""
import pytest

from generator.read.authorbox import author_box, byline_names
from generator.read.lines import Line

TEXT = [
    "The council met on Tuesday evening to discuss the plans for the new bridge over the river, and it heard residents.",
    "Residents said the works would close the main road for months and asked the council to find another way.",
    "The mayor said the council would publish a timetable of the works before the end of the month, after talks.",
    "Another meeting is planned for next week, when the engineers will present three options for the bridge.",
]


def lines(*texts, head=False):
    """Lines numbered from 1 (head: before the article's run)."""
    return [Line(n, t, head=head) for n, t in enumerate(texts, start=1)]


@pytest.mark.parametrize("lang,byline,bio", [
    ("en", "By Jane Doe", "Jane Doe is a reporter covering city politics and transport for the paper since 2015."),
    ("de", "Von Anna Muster", "Anna Muster ist Redakteurin im Ressort Politik und schreibt über Verkehr und Städtebau."),
    ("fr", "Par Jean Dupont", "Jean Dupont est journaliste au service politique et suit les questions de transport."),
    ("pl", "Autor: Jan Kowalski", "Jan Kowalski jest dziennikarzem działu krajowego i pisze o transporcie i samorządach."),
    ("en", "12.01.2024 - Jane Doe - 5 comments", "Jane Doe writes about science, climate and the environment for the magazine and its podcast."),
], ids=["en-by", "de-von", "fr-par", "pl-autor", "en-dated-parts"])
def test_biography_after_the_byline_is_removed(lang, byline, bio):
    """A last paragraph that starts with the byline's name and a verb is the author's box."""
    page = lines(byline, *TEXT, bio)
    names = byline_names(page[:1])
    body, removed = author_box(page[1:], names, page)
    assert [line.text for line in body] == TEXT
    assert [(r.line.text, r.kind) for r in removed] == [(bio, "author box")]


@pytest.mark.parametrize("heading,bio", [
    ("Jane Doe", "Jane Doe is a reporter covering city politics and transport for the paper since 2015."),
    ("Anna Muster", "Anna Muster lehrt Geschichte an der Universität und schreibt regelmäßig für das Magazin."),
], ids=["en", "de"])
def test_biography_under_its_own_name_heading_is_removed(heading, bio):
    """The box's heading, the name alone on the line above, names the author when no byline does."""
    page = lines(*TEXT, heading, bio)
    body, removed = author_box([*page[:4], page[5]], set(), page)
    assert [line.text for line in body] == TEXT
    assert [r.line.text for r in removed] == [bio]


@pytest.mark.parametrize("byline,paragraph", [
    # the article's subject, not named in the byline
    ("By Jane Doe", "John Smith is the engineer in charge of the works and said the bridge would open in spring."),
    # a quotation of the author's name followed by a colon, no verb in lower case
    ("By Jane Doe", "Jane Doe: the council did not answer our questions about the cost of the works by Friday."),
    # a short line is no biography
    ("By Jane Doe", "Jane Doe is a reporter."),
], ids=["other-name", "name-colon", "short"])
def test_text_that_starts_with_a_name_stays(byline, paragraph):
    """A last paragraph that is no biography of the byline's author stays in the text."""
    page = lines(byline, *TEXT, paragraph)
    body, removed = author_box(page[1:], byline_names(page[:1]), page)
    assert [line.text for line in body] == [*TEXT, paragraph] and removed == []


def test_biography_early_in_the_text_stays():
    """Only the last paragraphs may be the author's box: the name earlier is the article's own text."""
    bio = "Jane Doe is a reporter covering city politics and transport for the paper since 2015."
    page = lines("By Jane Doe", bio, *TEXT, *TEXT)
    body, removed = author_box(page[1:], byline_names(page[:1]), page)
    assert len(body) == 9 and removed == []


@pytest.mark.parametrize("line,names", [
    ("By Jane Doe", {"jane doe"}),
    ("Von Anna Muster", {"anna muster"}),
    ("Jane Doe", {"jane doe"}),
    ("12.01.2024 - Jane Doe - 5 comments", {"jane doe"}),
    ("Home", set()),
    ("The council met on Tuesday evening to discuss the plans for the new bridge over the river", set()),
], ids=["by", "von", "alone", "dated-parts", "one-word", "long"])
def test_byline_names(line, names):
    """Names by their shape: after a byline lead, alone on a short line, or a part of a dated line."""
    assert byline_names(lines(line)) == names
