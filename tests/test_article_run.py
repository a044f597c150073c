"""Table-driven tests of the article's run of paragraphs among a page's lines: program code in a
technical article stays in it; a long stretch of menu lines parts it from what follows.
Every page here is made up for the test."""
import pytest

from generator.read.lines import split_lines, strip_clutter

INTRO = ("Caching the results of an expensive function is easy in most languages, but the cache "
         "must be cleared when the data behind it changes, or the program serves stale answers.")
MIDDLE = ("The fix is to clear the cache whenever the settings are saved, which takes one more line "
          "in the function that writes them, as the next example shows for both cases.")
END = ("With this change in place the tests passed again, and the pages showed the new settings "
       "at once instead of an hour later, which was what the users had asked for.")


def body_of(page):
    """The lines of the article's run."""
    kept, _, _ = strip_clutter(split_lines(page))
    return [line.text for line in kept if not line.head and not line.tail]


@pytest.mark.parametrize("code", [
    ["from django.conf import settings", "settings.CACHE = None", "cache.clear()"],
    ["import os", "x = load(path)", "return x"],
    ["$ make clean", "$ make test", "# run it again"],
    ["int main(void) {", "    return run(argv);", "}"],
], ids=["python-import", "python-assign", "shell", "c"])
def test_code_lines_stay_in_a_technical_article(code):
    """Lines of program code between paragraphs are part of the article, however short."""
    lines = "\n".join(code)
    page = f"Home\nBlog\nAbout\nClearing a cache\n{INTRO}\n{MIDDLE}\n{lines}\n{END}\nContact\nImprint\n"
    assert body_of(page) == [INTRO, MIDDLE, *code, END]


@pytest.mark.parametrize("menu", [
    ["Home", "News", "Sport", "Weather", "Culture", "Travel", "Contact"],
    ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Reise", "Kontakt"],
], ids=["en", "de"])
def test_a_long_stretch_of_menu_lines_parts_the_run(menu):
    """A paragraph after a long run of menu lines is no longer the article (an author box, an appeal)."""
    box = ("Jane Doe writes about technology and the people who build it; before that she worked as a "
           "programmer for ten years at several firms in the city and abroad.")
    page = "\n".join(["Clearing a cache", INTRO, MIDDLE, END, *menu, box]) + "\n"
    assert body_of(page) == [INTRO, MIDDLE, END]
