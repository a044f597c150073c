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


@pytest.mark.parametrize("label,name,bio", [
    ("Author", "Jane Doe", "Jane is the founder of a small design studio and writes about typography and the web."),
    ("AUTOR", "Anna Muster", "ist Partnerin einer Kanzlei in der Stadt und berät Unternehmen im Arbeitsrecht seit 2010."),
    ("Auteur", "Jean Dupont", "Journaliste indépendant, il couvre l'agriculture et l'environnement depuis dix ans."),
    ("Autor", "Jan Kowalski", "Historyk, wykładowca uniwersytecki i autor kilku książek o dziejach miasta i regionu."),
    ("Автор", "Иван Петров", "Журналист, пишет о науке и технологиях для нескольких изданий с 2012 года."),
    ("Über den Autor / die Autorin", "Anna Muster", "Anna Muster schreibt über Verkehr, Städtebau und die Politik der Stadt."),
], ids=["en", "de-caps", "fr", "pl", "ru", "de-heading"])
def test_a_labelled_author_box_ends_the_text(label, name, bio):
    """A label "Author" near the end of the text starts the author's box: it, the name and the
    biography under it are removed, whether the label stayed in the body or was removed as clutter."""
    page = lines(*TEXT, label, name, bio)
    body, removed = author_box(page[:], set(), page)
    assert [line.text for line in body] == TEXT
    assert [r.line.text for r in removed] == [label, name, bio]
    body, removed = author_box([*page[:4], *page[5:]], set(), page)  # the label removed before
    assert [line.text for line in body] == TEXT
    assert [r.line.text for r in removed] == [name, bio]


def test_a_labelled_author_box_takes_the_paragraphs_given_back_below_it():
    """Long lines given back from below the article's run (tail) after the box are the page's comments."""
    comment = "I read this with great interest and would like to add that the bridge was already closed once."
    page = [*lines(*TEXT, "Author", "Jane Doe", "Jane writes about cities."), Line(9, comment, tail=True)]
    body, removed = author_box(page, set(), page)
    assert [line.text for line in body] == TEXT
    assert [(r.line.text, r.kind) for r in removed][-1] == (comment, "after the article")


@pytest.mark.parametrize("page_texts", [
    # the label on top is a byline's label, not a box
    ["Author", "Jane Doe", *TEXT],
    # what follows the label is most of the text: the label is a word of the text's own
    [TEXT[0], "Author", *TEXT[1:]],
], ids=["label-on-top", "most-of-the-text"])
def test_an_author_label_early_in_the_text_removes_nothing(page_texts):
    """The label counts only in the text's last lines, over less than a third of the text."""
    page = lines(*page_texts)
    body, removed = author_box(page, set(), page)
    assert [line.text for line in body] == page_texts and removed == []


@pytest.mark.parametrize("texts, expected", [
    (["By", "Jane Roe", "Text."], ["By Jane Roe", "Text."]),
    (["Von", "Anna Muster und Max Beispiel", "Text."], ["Von Anna Muster und Max Beispiel", "Text."]),
    (["Par :", "Jeanne Dupont", "Texte."], ["Par : Jeanne Dupont", "Texte."]),
    (["Por", "Lucía Ejemplo / Redacción", "Texto."], ["Por Lucía Ejemplo / Redacción", "Texto."]),
    # no name under the lead, or the lead ends the page, or it is the label of an author's box
    (["By", "the end of the year the bridge will be open.", "Text."], ["By", "the end of the year the bridge will be open.", "Text."]),
    (["Text.", "By"], ["Text.", "By"]),
    (["Author", "Jane Roe", "Jane Roe writes about cities."], ["Author", "Jane Roe", "Jane Roe writes about cities."]),
    (["Autor:", "Anna Muster"], ["Autor:", "Anna Muster"]),
])
def test_a_byline_split_over_two_lines_is_put_back_together(texts, expected):
    """A byline's lead alone on its line and the name under it make one byline, numbered as the lead."""
    from generator.read.authorbox import joined_bylines

    joined = joined_bylines(lines(*texts))
    assert [line.text for line in joined] == expected
    assert joined[0].number == 1


@pytest.mark.parametrize("byline, kept", [
    ("By Jane Roe", False),
    ("By\nJane Roe", False),
    ("Von Anna Muster", False),
    ("By the end of the year, the council hopes to open the bridge to cars and buses again.", True),
])
def test_a_byline_left_under_the_standfirst_is_no_paragraph(byline, kept):
    """A byline among the text's first lines is taken out of the text (the build report lists it)."""
    from generator.read.reader import analyse

    page = "\n".join(["Bridge to reopen", "The council expects to reopen the old bridge before the winter, its leader said.",
                      byline, *TEXT]) + "\n"
    article = analyse(page, "bridge.txt", "utf-8")
    assert article.title == "Bridge to reopen"
    assert (byline.replace("\n", " ") in article.body.replace("\n\n", " ")) is kept
    assert TEXT[0] in article.body and TEXT[-1] in article.body
