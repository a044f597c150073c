"""Table-driven tests of page talk (generator/lang/pagetalk.py) and of its removal at the end of the
article's run (generator/read/lines.py). Every sentence here is made up for the test."""
import pytest

from generator.lang.pagetalk import addresses_reader, page_talk, site_words
from generator.read.lines import split_lines, strip_clutter


@pytest.mark.parametrize("text, kind", [
    ("Sign up for our weekly newsletter and get the best stories in your inbox.", "reader appeal"),
    ("Please keep comments civil; we delete insults.", "reader appeal"),
    ("Melde dich jetzt für unseren Newsletter an und verpasse keine Geschichte mehr.", "reader appeal"),
    ("Hat dir der Beitrag gefallen? Dann hinterlasse uns einen Kommentar.", "reader appeal"),
    ("Abonnez-vous à notre newsletter pour recevoir nos articles chaque semaine.", "reader appeal"),
    ("Suscríbete a nuestro boletín y recibe las noticias en tu correo.", "reader appeal"),
    ("Iscriviti alla nostra newsletter per ricevere le notizie del giorno.", "reader appeal"),
    ("Assine a nossa newsletter e receba as notícias no seu e-mail.", "reader appeal"),
    ("Zapisz się do naszego newslettera i czytaj nas codziennie.", "reader appeal"),
    ("Meld je aan voor onze nieuwsbrief en mis geen enkel verhaal.", "reader appeal"),
    ("Подпишитесь на нашу рассылку, чтобы получать новости первыми.", "reader appeal"),
    ("This website earns a commission as an affiliate of the shops it links to.", "site notice"),
    ("© 2024 Example Media. All rights reserved.", "copyright notice"),
    ("Copyright 2021 Example News Group", "copyright notice"),
    ("Alle Rechte vorbehalten.", "copyright notice"),
    ("Tous droits réservés.", "copyright notice"),
    ("Wszelkie prawa zastrzeżone.", "copyright notice"),
    ("Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.", "copyright notice"),
    ("Die Inhalte dieser Seite sind unter einer Creative Commons-Lizenz lizenziert.", "copyright notice"),
    ("All text on this page is licensed under a Creative Commons licence.", "copyright notice"),
    ("Dieser Beitrag steht unter der Lizenz CC BY-SA 4.0.", "copyright notice"),
    ("Texto publicado con licencia CC-BY-NC-ND.", "copyright notice"),
], ids=lambda value: value if len(value) < 20 else value[:20])
def test_page_talk_by_kind(text, kind):
    """A site's appeals, notices and copyright lines, in each language with an entry."""
    assert page_talk(text) == kind


@pytest.mark.parametrize("text", [
    # news that names a site word once, or addresses nobody
    "The minister said the new law would take effect in March, after a vote in parliament.",
    "Der Stadtrat beschloss am Dienstag, die Brücke bis zum Herbst zu sanieren.",
    "Le gouvernement a annoncé mardi un plan de 2 milliards d'euros pour les hôpitaux.",
    # two site words, but a paragraph of news, longer than a notice
    ("Researchers told owners of phones to install updates as soon as they come out and to download "
     "apps only from the official store, as the malware spreads through links in messages and on "
     "forums, where it poses as a game and asks for access to the contacts on the phone."),
    # an article about copyright law names it without being a notice
    "The court ruled that the photographs were protected by copyright even when shared online.",
    "Die Fotos der Ausstellung stehen seit Montag unter freier Lizenz im Netz, sagte die Direktorin.",
    "The club's accounts were checked by its auditor, Jane Abcc, by the end of March.",
    # longer than any notice or appeal
    "You " + "read the long paragraph of the article about the town's new website. " * 12,
], ids=["en", "de", "fr", "two-site-words-long", "copyright-word", "licence-word", "cc-inside-a-word", "long"])
def test_text_is_no_page_talk(text):
    """Paragraphs of news stay text."""
    assert page_talk(text) is None


@pytest.mark.parametrize("text, expected", [
    ("Subscribe to the newsletter", {"subscri", "newsletter"}),
    ("Kommentare und Kommentarregeln", {"kommentar"}),
    ("He followed the signals", set()),  # no site word ("follow" is none: news follows events)
    ("the application of the law", set()),  # "app" is a whole word, not a word start
])
def test_site_words(text, expected):
    """Site words are matched whole or as declared word starts, case-folded."""
    assert site_words(text) >= expected and (expected or not site_words(text))


@pytest.mark.parametrize("text, expected", [
    ("Thank you for reading", True), ("Danke, dass du liest", True), ("Merci à vous", True),
    ("The bridge was closed on Monday", False), ("Die Brücke ist gesperrt", False),
])
def test_addresses_reader(text, expected):
    """Second-person and first-person plural words, and "please", address the reader."""
    assert addresses_reader(text) is expected


PARAGRAPHS = [
    "The council voted on Tuesday to close the old bridge over the river for repairs until the autumn, "
    "after engineers found cracks in two of its pillars during an inspection last month.",
    "Traffic will be sent over the northern bridge instead, and buses will run every ten minutes from "
    "the station to the market square while the work lasts, the council said in a statement.",
    "Shop owners near the bridge said they feared losing customers over the summer, and asked the "
    "council to help them with the rent for the months the bridge stays closed to all traffic.",
]


def body_of(page):
    """The lines of the article's run."""
    kept, _, _ = strip_clutter(split_lines(page))
    return [line.text for line in kept if not line.head and not line.tail]


@pytest.mark.parametrize("talk", [
    ["If you enjoyed this article, please consider supporting our journalism: subscribe today and get "
     "unlimited access to every story on our website, on any device."],
    ["Gefällt dir unser Magazin? Wir verzichten auf eine Bezahlschranke, deshalb brauchen wir deine Hilfe.",
     "Unterstütze uns mit einem kleinen Beitrag, damit wir weiter für dich schreiben können."],
    ["Nous modérons les commentaires : merci de rester courtois et de ne pas publier de liens publicitaires."],
    ["© 2024 Example Media Group. All rights reserved. No part of this site may be reproduced without permission."],
], ids=["en-appeal", "de-appeal-and-its-rest", "fr-comment-rules", "copyright"])
def test_page_talk_after_the_text_leaves_the_run(talk):
    """An appeal, comment rules or a notice after the last paragraph are not the article's."""
    page = "\n".join(["Bridge to close for repairs", *PARAGRAPHS, "Newsletter", *talk]) + "\n"
    assert body_of(page) == PARAGRAPHS


def test_page_talk_within_the_text_stays():
    """Within the run the same words are news: only talk after the last paragraph of text leaves."""
    quote = ("\"Please tell your customers to check our website before they travel,\" the mayor told the "
             "shop owners at the meeting, adding that the council would post updates there every day.")
    page = "\n".join(["Bridge to close for repairs", PARAGRAPHS[0], quote, *PARAGRAPHS[1:]]) + "\n"
    assert body_of(page) == [PARAGRAPHS[0], quote, *PARAGRAPHS[1:]]


def test_an_article_that_talks_like_a_site_keeps_its_text():
    """An article about a website speaks its words throughout: the run never loses half its text."""
    site = [
        "You can now choose to get our stories by email: open the settings of your account on the website "
        "and tick the box for the newsletter, then click save to confirm the choice for every device.",
        "We also added a dark mode to the app, which you can turn on in the same settings page, and made "
        "the comments load faster on phones, where most of you read the site on the way to work.",
    ]
    page = "\n".join(["What is new on the site", PARAGRAPHS[0], *site]) + "\n"
    assert body_of(page) == [PARAGRAPHS[0], *site]


def test_page_talk_standing_apart_above_the_text_leaves_the_run():
    """A disclosure above the headline (talk, then short lines) is not the article's first paragraph."""
    notice = ("Our editors choose the products on this site independently. We may earn an affiliate "
              "commission when you buy through the links on our website.")
    page = "\n".join(["Home", notice, "News", "Bridge to close for repairs", *PARAGRAPHS]) + "\n"
    assert body_of(page) == PARAGRAPHS


def test_page_talk_followed_by_text_stays_the_first_paragraph():
    """Talk followed at once by text may be the article's own opening (a how-to speaks to its reader)."""
    opening = ("You can now get our stories by email: open the settings of your account on the website and "
               "tick the box for the newsletter, then click save to confirm it for every device.")
    page = "\n".join(["Home", "What is new on the site", opening, *PARAGRAPHS]) + "\n"
    assert body_of(page)[0] == opening


def test_site_words_find_every_start_a_word_begins_with():
    # Word starts are looked up by length (site_words); the same set as trying each start on each word.
    import re

    from generator.lang.pagetalk import _SITE_WORDS

    entries = {word for words in _SITE_WORDS.values() for word in words.split()}
    starts = [w[:-1] for w in entries if w.endswith("*")]
    whole = {w for w in entries if not w.endswith("*")}
    words = [variant for start in starts for variant in (start, start + "en", start[:-1], "x" + start)] + sorted(whole)
    text = " ".join(words)
    expected = set()
    for word in re.findall(r"\w[\w-]*", text.casefold()):
        expected |= {word} & whole
        expected |= {start for start in starts if word.startswith(start)}
    assert starts and site_words(text) == expected
