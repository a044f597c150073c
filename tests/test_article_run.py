"""Table-driven tests of the article's run of paragraphs among a page's lines: program code in a
technical article stays in it; a long stretch of menu lines parts it from what follows; a tag
cloud is no text; a text ending with a quotation mark or an agency's sign-off is not cut off.
Every page here is made up for the test."""
import pytest

from generator.model import Paragraph
from generator.read.body import is_truncated
from generator.read.lines import _ENTRY_NUMBER, reads_as_text, split_lines, starts_with_date, strip_clutter
from generator.read.textshape import CODE_LINE

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
    ["set-option -g history on", "bind-key -T copy-mode send-keys", "tmux attach -t main"],
    ["target=$1", "for name in `ls $target`", "./convert.sh --quiet ${name}"],
], ids=["python-import", "python-assign", "shell", "c", "shell-flags", "shell-variables"])
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


@pytest.mark.parametrize("words", [
    "Politik Wirtschaft Kultur Sport Datenschutz Überwachung Europa Klimawandel Verkehr Bildung Gesundheit",
    "Aachen Berlin Bonn Bremen Dresden Essen Hamburg Hannover Kiel Köln Leipzig Mainz München Münster Ulm",
    "Coronavirus Local News Weather Maps & Radar Traffic Business Politics Sports Entertainment Video",
    "2.0.1 Apple Browser Datenschutz Linux Linux 5.4 Musik Podcast Programme Server Ubuntu Wiki.de Zeitung",
], ids=["de-tags", "de-places", "en-menu", "de-tags-with-versions"])
def test_a_long_line_of_tags_is_no_text(words):
    """A tag cloud or a menu written as one long line is no paragraph, and ends no article."""
    assert not reads_as_text(words)
    page = "\n".join(["Clearing a cache", INTRO, MIDDLE, END, words]) + "\n"
    assert body_of(page) == [INTRO, MIDDLE, END]


@pytest.mark.parametrize("text", [
    "Die Stadt will die Brücke bis zum Herbst sanieren lassen. Der Verkehr wird umgeleitet.",
    "Der Sprecher sagte: „Wir sind froh, dass es so gekommen ist.“",
    "Le maire a conclu : « Nous ferons mieux l'an prochain. »",
    "Die Polizei sucht nach Zeugen. (dpa)",
    "The council will vote again in May. (AFP/jd)",
    "Weitere Informationen und Anmeldung unter www.example.org",
    "Pressekontakt: Jane Doe, Tel. 030 123456, E-Mail: presse(at)example.de",
    "The full study is available at https://example.org/study",
    "He summed it up in one line, which he posted that evening:",
    "„Wir machen weiter.“ – Jane Doe",
    "The council will vote again in May. 27.01.2024",
    "The council will vote again in May. —",
    "set-option -g history-limit 5000",
    "cache.clear(force=True)",
    "Beispiel Verlag, Berlin 2021, 320 Seiten, 24 Euro, ISBN 978-3-00-000000-0",
    "Example Press, 2020. ISBN 0-00-000000-0.",
    "Die Stadt will die Brücke im Herbst sanieren. Von Erika Muster und Max Beispiel, Berlin, und Jane Doe",
    "Il ponte sarà chiuso fino a ottobre. Ultimo aggiornamento: 22:07 © RIPRODUZIONE RISERVATA",
    "Der Rat stimmt im Mai erneut ab. aw",
    "Der Rat stimmt im Mai erneut ab. dpa/lnw",
    "You cannot cross the same river twice, said the old ferryman (Jane Doe)",
], ids=["de", "de-quote", "fr-quote", "de-agency", "en-agency", "de-web-address", "de-email", "en-url",
        "en-colon", "de-quote-signed", "en-dated", "en-dash", "shell-code", "python-code", "de-isbn", "en-isbn",
        "de-writers", "it-update-copyright", "de-initials", "de-agency-initials", "en-attributed"])
def test_an_ended_text_is_not_cut_off(text):
    """A last sentence, then a closing quotation mark or the agency's sign-off in brackets: not cut off."""
    assert not is_truncated(text, (Paragraph("p1", "text", 0, len(text)),))


@pytest.mark.parametrize("text", [
    "Die Stadt will die Brücke bis zum Herbst sanieren lassen, sagte der",
    "The council will vote again in May (AFP)",
    "The council will vote again in May. Then the mayor said that the",
], ids=["de", "en-no-sentence-end", "en-lower-case-tail"])
def test_a_text_ending_mid_sentence_is_cut_off(text):
    """A last paragraph without a sentence's end is cut off, a bracket after it or not."""
    assert is_truncated(text, (Paragraph("p1", "text", 0, len(text)),))


# Invented: Thai, Lao, Khmer and Burmese put spaces between phrases, not words, so a paragraph's
# "words" are long; that is no sign of menu items run together, as it is in spaced scripts.
@pytest.mark.parametrize("text, is_text", [
    ("นักวิทยาศาสตร์ในจังหวัดเชียงใหม่รายงานว่าฝนตกหนักต่อเนื่องสามวันทำให้แม่น้ำล้นตลิ่ง "
     "ชาวบ้านหลายร้อยครอบครัวต้องย้ายไปอยู่ที่ศูนย์พักพิงชั่วคราวในโรงเรียนใกล้เคียง "
     "เจ้าหน้าที่กล่าวว่าระดับน้ำจะลดลงภายในสัปดาห์หน้าหากฝนหยุดตกและเขื่อนไม่ต้องระบายน้ำเพิ่ม", True),
    ("Top StoriesCompaniesMarketsStocksOpinionTechnologyPoliticsClimateSportsCultureTravel "
     "HealthScienceEducationWeatherPodcastsNewslettersEventsVideosPhotographyArchiveSubscribeLogin", False),
])
def test_unspaced_scripts_paragraphs_read_as_text(text, is_text):
    """A long Thai paragraph reads as text; Latin words run together without spaces do not."""
    assert reads_as_text(text) is is_text


# Invented: Thai ends a sentence with a space, not a mark, so a shorter line of two phrases is a
# sentence too; a single phrase (a menu item, a section name) is not.
@pytest.mark.parametrize("text, is_text", [
    ("เจ้าหน้าที่กล่าวว่าระดับน้ำจะลดลงภายในสัปดาห์หน้า หากฝนหยุดตกตามที่คาดไว้", True),
    ("ข่าวเศรษฐกิจและการเงินทั่วโลกประจำวัน", False),
    ("ข่าว กีฬา", False),
])
def test_unpunctuated_scripts_sentences_without_marks(text, is_text):
    """A Thai line of two phrases, as long as a paragraph must be, reads as text; one phrase does not."""
    assert reads_as_text(text) is is_text


@pytest.mark.parametrize("button", ["Back", "Zurück", "Retour"])
def test_a_button_alone_after_the_run_does_not_end_the_text(button):
    """A last line of one word (a button) is no end of the text, unlike a date or a sentence."""
    page = "\n".join(["Clearing a cache", INTRO, MIDDLE, END, button]) + "\n"
    kept, _, _ = strip_clutter(split_lines(page))
    assert [line.text for line in kept if not line.head and not line.tail] == [INTRO, MIDDLE, END]
    dated = "\n".join(["Clearing a cache", INTRO, MIDDLE, END, "13.10.2023"]) + "\n"
    kept, _, _ = strip_clutter(split_lines(dated))
    assert [line.text for line in kept if not line.tail][-1] == "13.10.2023"


@pytest.mark.parametrize("intro, is_text", [
    ("In the next example we load the settings from a file and clear the cache after saving them:", True),
    ("Im nächsten Beispiel laden wir die Einstellungen aus einer Datei und leeren danach den Cache:", True),
    ("Dans l'exemple suivant, on charge les réglages depuis un fichier puis on vide le cache :", True),
    ("Home: Shop: Weekly: Podcast: Press review: Search: Contact:", False),
    ("Example data:", False),
], ids=["en", "de", "fr", "labels", "short"])
def test_a_sentence_introducing_what_follows_reads_as_text(intro, is_text):
    """A long line ending with a colon introduces a list, a quotation or code: it is text (a row of
    labels with colons, or a short label, is not)."""
    assert reads_as_text(intro) == is_text


def test_a_line_introducing_what_follows_ends_no_text():
    """The run does not end on a line that introduces what follows (a paywall's 'to read on:')."""
    intro = "To go on reading this article about the cache, choose one of the offers below and log in:"
    page = "\n".join(["Clearing a cache", INTRO, MIDDLE, END, intro, "Home", "Contact"]) + "\n"
    assert body_of(page) == [INTRO, MIDDLE, END]


@pytest.mark.parametrize("text, is_text", [
    ("I entered the map in the contest too, and I would be very glad about your votes 🙂", True),
    ("Ich habe die Karte auch eingereicht und würde mich über eure Stimmen sehr freuen ;-)", True),
    ("J'ai aussi envoyé la carte au concours et je serais ravi de vos votes 👍🏽", True),
    ("Our new reader app for phones and tablets ™", False),
    ("Ostatnie wiadomości z kraju i ze świata ©", False),
], ids=["en-emoji", "de-emoticon", "fr-emoji-skin-tone", "trademark", "copyright-sign"])
def test_a_sentence_ending_with_an_emoji_reads_as_text(text, is_text):
    """An emoji or an emoticon ends a sentence in informal writing; ™ or © end no sentence."""
    assert reads_as_text(text) == is_text


def test_a_text_ending_with_an_emoji_is_not_cut_off():
    """The last paragraph ending with an emoji is no cut-off text."""
    text = "Thanks for reading, and see you next week at the market 😉"
    assert not is_truncated(text, (Paragraph("p1", "text", 0, len(text)),))


@pytest.mark.parametrize("trailer", ["Jane Doe", "Die Redaktion", "Nov 1, 08:20", "NEW ON EXAMPLE.COM"])
def test_a_signature_or_label_under_the_text_does_not_make_it_cut_off(trailer):
    """A short last line without a word in lower case is a signature, a date or a label: the
    paragraph above it says whether the text is whole."""
    text = f"{END}\n\n{trailer}"
    paragraphs = (Paragraph("p1", "text", 0, len(END)), Paragraph("p2", "text", len(END) + 2, len(text)))
    assert not is_truncated(text, paragraphs)
    cut = f"{END[:-20]}\n\n{trailer}"
    paragraphs = (Paragraph("p1", "text", 0, len(END) - 20), Paragraph("p2", "text", len(END) - 18, len(cut)))
    assert is_truncated(cut, paragraphs)


APPEAL = ("Want more? Get our best stories in your inbox every week: subscribe to our newsletter, "
          "it takes one click and you can leave at any time.")
TEASER = "Why some cities still ban cars from their old town"


def test_an_appeal_above_a_teaser_headline_leaves_the_run():
    """The appeal at the text's end goes, and with it the other story's headline under it."""
    page = "\n".join(["Clearing a cache", INTRO, MIDDLE, END, APPEAL, TEASER, "Home", "Contact"]) + "\n"
    assert body_of(page) == [INTRO, MIDDLE, END]


def test_talk_far_above_the_end_of_a_text_written_to_its_reader_stays():
    """In a text that speaks to its reader throughout, an appeal-like paragraph two paragraphs
    above the end is the text's own: only the talk at the end, with one paragraph between, goes."""
    you = [
        "If you want your cache to stay fresh, you should clear it whenever you save your settings, as shown above.",
        "You may also clear it by hand when you notice old answers, which takes you a few seconds at most.",
        "Your users will thank you for it, since they will see the new settings at once instead of an hour later.",
    ]
    page = "\n".join(["Clearing a cache", INTRO, APPEAL, *you, "Home", "Contact"]) + "\n"
    assert body_of(page) == [INTRO, APPEAL, *you]


@pytest.mark.parametrize("text, is_text", [
    ("The council will vote on the plan again in May, the mayor said. (AFP/jd)", True),
    ("市政府表示，新桥将于明年五月通车，届时交通将大为改善！（记者 王明）", True),
    ("新しい橋は来年の五月に開通する予定だと市は発表した。", True),
    ("You are commenting using your account. ( Log out / Change )", False),
    ("新闻中心", False),
], ids=["en-agency", "zh-signed", "ja-short-sentence", "spaced-buttons", "zh-label"])
def test_sentences_signed_off_and_short_cjk_sentences_read_as_text(text, is_text):
    """A sign-off in brackets (ASCII or full-width) after the last sentence leaves a paragraph; a
    Chinese or Japanese sentence needs no spaces between words to read as text."""
    assert reads_as_text(text) == is_text


WRAPPED = [
    "Caching the results of an expensive function is easy in most",
    "languages, but the cache must be cleared when the data behind it",
    "changes, or the program serves stale answers to its users for",
    "hours. This note shows how we clear ours.",
]


def test_a_hard_wrapped_text_is_the_article():
    """Lines broken at a fixed width, each going on in lower case, are one text, not short lines."""
    page = "\n".join(["Home", "Blog", "About", "", "Clearing a cache", "", *WRAPPED, "", "Contact", "Imprint"]) + "\n"
    assert body_of(page) == WRAPPED


@pytest.mark.parametrize("heading, notes", [
    ("2 Notes", ["The first version of this cache was written for a small town's", "library catalogue, and it was later moved into the program", "that we use today for all of the branches."]),
    ("3 Quellen", ["Die erste Fassung dieses Textes erschien vor Jahren in einer", "kleinen Zeitschrift für Programmierer, damals noch ohne die", "Beispiele, die wir erst später ergänzt haben."]),
], ids=["en", "de"])
def test_a_wrapped_paragraph_under_a_short_heading_is_wrapped_text(heading, notes):
    """A short numbered heading right above a wrapped paragraph (with no blank line between) is
    no part of the paragraph's lines, and the paragraph under it still reads as wrapped text."""
    page = "\n".join(["Home", "Blog", "", "Clearing a cache", "", *WRAPPED, "", "", "", heading, *notes,
                      "", "Posted at 2:33 PM", "Newer Post Older Post Home", "Followers", "Archive"]) + "\n"
    assert body_of(page)[-len(notes):] == notes


def test_a_list_of_headlines_is_no_wrapped_text():
    """Lines one under the other that each start with a capital are a list (of headlines), no text."""
    headlines = ["Council Votes Again on the New Bridge Over the River Today",
                 "Why Some Cities Still Ban Cars From Their Old Town Centres",
                 "Residents Ask for Another Way Round During the Works on the Road"]
    page = "\n".join(["Clearing a cache", INTRO, MIDDLE, END, "", *headlines]) + "\n"
    assert body_of(page) == [INTRO, MIDDLE, END]


@pytest.mark.parametrize("text, dated", [
    ("01.02.2024 - Sport The club signs a new coach", True),
    ("2024-01-28 Council votes on the bridge", True),
    (" 3/4/24 – Markets close higher", True),
    ("2024 was a year of floods in the region, the report says.", False),
    ("On 01.02.2024 the council met.", False),
], ids=["de-dotted", "iso", "slashed-short-year", "year-alone", "date-inside"])
def test_a_teaser_is_led_by_its_date(text, dated):
    """A line led by a numeric date (a teaser in a list of other stories); a year alone is no date."""
    assert starts_with_date(text) == dated


def test_a_list_of_dated_teasers_ends_the_run():
    """Three lines or more in a row at the run's end that each start with a date are other stories."""
    teasers = [f"0{day}.02.2024 - Sport The club signs a new coach after a season of defeats at home and away, "
               "and the fans hope for better days in the league that starts again next month." for day in (1, 2, 3)]
    page = "\n".join(["Clearing a cache", INTRO, MIDDLE, END, *teasers]) + "\n"
    assert body_of(page) == [INTRO, MIDDLE, END]
    page = "\n".join(["Clearing a cache", INTRO, MIDDLE, END, *teasers[:2]]) + "\n"
    assert body_of(page) == [INTRO, MIDDLE, END, *teasers[:2]]  # two dated paragraphs may be the text's


SHORT_POSTS = [
    ("en", "Back from the lake at last. The water was colder than last year, but the children swam every day.",
     "Leave a Reply",
     "Jane Doe writes this blog about her garden, her travels and the books she reads; she lives with her "
     "family in a small town by the sea and has written here since the spring of 2009."),
    ("de", "Heute haben wir den neuen Backofen ausprobiert. Das Brot ist gut geworden, nur die Kruste war zu hell.",
     "Schreibe einen Kommentar",
     "Hier schreibt Erika Muster über das Backen, den Garten und die kleinen Dinge des Alltags; sie wohnt mit "
     "ihrer Familie in einem Dorf am Fluss und bloggt seit vielen Jahren über alles, was ihr wichtig ist."),
    ("fr", "Nous avons enfin terminé la cabane du jardin. Il reste à peindre la porte avant les premières pluies.",
     "Laisser un commentaire",
     "Marie Exemple écrit ici sur son jardin, ses voyages et ses lectures ; elle vit avec sa famille dans "
     "un petit village au bord de la rivière et tient ce carnet depuis le printemps de l'année 2010."),
]


@pytest.mark.parametrize("lang, post, prompt, blurb", SHORT_POSTS, ids=[p[0] for p in SHORT_POSTS])
def test_a_short_post_above_the_comment_form_is_the_article(lang, post, prompt, blurb):
    """The comment form follows the article: a longer text under it (the sidebar's blurb about the
    blog) is not the article when text stands above the form."""
    form = ["Name (required)", "Email (required)", "Website", "Cancel", "Search", "Recent posts", "Archives"]
    page = "\n".join(["Home", "About", "A day at the lake", post, "Share", "Facebook", prompt,
                      *form, blurb, blurb.replace("2009", "2011").replace("2010", "2012"), "Imprint"]) + "\n"
    assert body_of(page) == [post]


@pytest.mark.parametrize("lang, post, prompt, blurb", SHORT_POSTS, ids=[p[0] for p in SHORT_POSTS])
def test_an_article_under_a_comment_count_at_the_top_stays(lang, post, prompt, blurb):
    """A comment link above the headline, with no text above it, leaves the article where it is."""
    page = "\n".join(["Home", prompt, "A day at the lake", blurb, post, "Imprint"]) + "\n"
    assert body_of(page) == [blurb, post]


LAST_LINES = [
    ("en", "Share", "Whether the council will ever fund the new bridge is anyone's guess at this point", True),
    ("de", "Teilen Sie dies mit:", "Ob der Stadtrat die neue Brücke je bezahlen wird, weiß im Moment niemand so genau", True),
    ("fr", "Partager", "Personne ne sait encore si le conseil financera un jour le nouveau pont sur la rivière", True),
    ("en", "Share", "Council Votes On New Bridge Funding Plan For Next Year", False),
    ("de", "Teilen Sie dies mit:", "Erika Muster, Max Beispiel, Hans Probe und Anna Test", False),
]


@pytest.mark.parametrize("lang, share, last, kept", LAST_LINES, ids=[f"{r[0]}-{r[3]}" for r in LAST_LINES])
def test_a_last_sentence_above_the_share_row_ends_the_text(lang, share, last, kept):
    """A sentence under the last paragraph, right above the share row, is the text's last even
    without its full stop; a headline in title case or an appeal there is not."""
    teaser = ("Another story on the same site, a teaser of two sentences or more under the share row. It goes on "
              "for a while, as teasers of other stories do, and it is no part of the article above it.")
    page = "\n".join(["Clearing a cache", INTRO, MIDDLE, END, last, share, "Facebook", "Twitter",
                      "Related posts", teaser, "Imprint"]) + "\n"
    assert body_of(page) == [INTRO, MIDDLE, END, *([last] if kept else [])]


@pytest.mark.parametrize("line, kept", [
    ("This post first appeared on a blog.", True),
    ("Der Text erschien zuerst im Blog.", True),
    ("Ce texte est paru dans le journal.", True),
    ("How the town came to love its library", False),
    ("Why is the cache stale once again?", False),
    ("Am 3. März 2024 von Erika Muster.", False),
    ("Von Erika Muster und Max Beispiel.", False),
], ids=lambda v: str(v)[:20])
def test_a_sentence_right_above_the_text_is_its_first(line, kept):
    """A sentence with its full stop right above the first paragraph (a note on where the text first
    appeared) belongs to it; a headline, a question, a dated line or a byline does not."""
    page = "\n".join(["Home", "Blog", "Clearing a cache", line, INTRO, MIDDLE, END, "Imprint"]) + "\n"
    assert body_of(page) == [*([line] if kept else []), INTRO, MIDDLE, END]


@pytest.mark.parametrize("lang, post, prompt, blurb", SHORT_POSTS, ids=[p[0] for p in SHORT_POSTS])
def test_a_notice_above_a_comment_link_in_the_toolbar_is_no_article(lang, post, prompt, blurb):
    """A comment link in the site's toolbar under a short line of text: the long text below is the article."""
    notice = "The valley stayed mild this week, with some rain."
    page = "\n".join([notice, "Log in", "News", "Sport", "Opinion", "Business", "Culture", "Travel", prompt, "0",
                      "A day at the lake", INTRO, MIDDLE, END,
                      "Imprint"]) + "\n"
    body = body_of(page)
    assert body[-3:] == [INTRO, MIDDLE, END] and notice not in body


@pytest.mark.parametrize("lang, share, between, last, kept", [
    ("en", "Share", "Tags: garden, lake", "Whether the council will ever fund the new bridge is anyone's guess at this point", True),
    ("de", "Teilen Sie dies mit:", "Schlagwörter: Brücke", "Das Gutachten zum Neubau finden Sie hier:", True),
    ("fr", "Partager", "Rapport du conseil municipal sur le pont", "Le rapport complet du conseil se trouve ici :", True),
    ("en", "Share", "Tags: garden, lake", "Council Votes On New Bridge Funding Plan For Next Year", False),
    ("de", "Teilen Sie dies mit:", "Schlagwörter: Brücke", "Erika Muster, Max Beispiel, Hans Probe und Anna Test", False),
], ids=lambda v: str(v)[:12])
def test_a_last_sentence_a_short_line_above_the_share_row_ends_the_text(lang, share, between, last, kept):
    """The text's last sentence (or the line introducing a linked document) may stand one short line
    (a row of tags, the document's title) above the share row; a headline or a list of names may not."""
    teaser = ("Another story on the same site, a teaser of two sentences or more under the share row. It goes on "
              "for a while, as teasers of other stories do, and it is no part of the article above it.")
    page = "\n".join(["Clearing a cache", INTRO, MIDDLE, END, last, between, share, "Facebook", "Twitter",
                      "Related posts", teaser, "Imprint"]) + "\n"
    assert body_of(page) == [INTRO, MIDDLE, END, *([last] if kept else [])]


def test_a_last_sentence_two_short_lines_above_the_share_row_is_not_taken():
    """Two short lines between a sentence and the share row part it from the text (a teaser's line)."""
    last = "Whether the council will ever fund the new bridge is anyone's guess at this point"
    page = "\n".join(["Clearing a cache", INTRO, MIDDLE, END, last, "Tags: garden", "Categories: town",
                      "Share", "Facebook", "Imprint"]) + "\n"
    assert body_of(page) == [INTRO, MIDDLE, END]


@pytest.mark.parametrize("lang, notice, text", [
    ("en", "By filling in this form you agree to receive our newsletter by e-mail. You can unsubscribe at any "
           "time with the link at the end of each message, and we will never pass your address on to anyone "
           "else. If you have a question about your data, please write to us through the contact page.",
     "Jane Doe, the spokeswoman of the tenants' union, spoke on the radio on Monday about the petition "
     "against the sale of the town's housing company to a private investor."),
    ("fr", "En remplissant ce formulaire vous recevrez notre lettre d'information par courriel. Vous pourrez "
           "vous désabonner à tout moment grâce au lien présent à la fin de chaque message. Ces données ne seront "
           "jamais transmises à des tiers ; pour toute question, vous pouvez nous écrire par la page de contact.",
     "Marie Exemple, porte-parole de l'association des locataires, était l'invitée de la radio lundi pour "
     "parler de la pétition contre la vente de l'office du logement de la ville."),
    ("de", "Mit dem Absenden dieses Formulars abonnierst du unseren Newsletter per E-Mail. Du kannst ihn "
           "jederzeit über den Link am Ende jeder Nachricht wieder abbestellen. Deine Daten geben wir nie an Dritte "
           "weiter; bei Fragen schreib uns bitte über die Kontaktseite, wir antworten dir gern.",
     "Erika Muster, Sprecherin des Mietervereins, sprach am Montag im Radio über die Petition gegen den "
     "Verkauf der städtischen Wohnungsgesellschaft an einen privaten Investor."),
], ids=lambda v: str(v)[:4])
def test_a_run_of_page_talk_alone_is_no_article(lang, notice, text):
    """When the longest run is the site's talk only (a signup form's notice under a menu), the
    article is the best run of the rest: the short text above it."""
    menu = ["Home", "News", "Videos", "Podcasts", "Shop", "Agenda", "Contact", "Donate", "About us", "Press"]
    page = "\n".join(["Home", "News", "A petition against the sale", text, "Listen again",
                      *menu, "First name", "Last name", notice, "Imprint"]) + "\n"
    assert body_of(page) == [text]


@pytest.mark.parametrize("line, code", [
    ("set-option -g history on", True),
    ("filename=$1", True),
    ("./build.sh", True),
    ("echo ${HOME}", True),
    ("Berlin - Die Stadt", False),
    ("Preis: $5 pro Monat", False),
    ("Haupt- und Nebenstraßen", False),
    ("E-Mail an die Redaktion", False),
], ids=lambda v: str(v)[:16])
def test_a_line_of_program_code_by_its_syntax(line, code):
    """Shell flags, variables and assignments are code; a dash in prose, a price or a hyphenated word is not."""
    assert bool(CODE_LINE.search(line)) is code


@pytest.mark.parametrize("lang, intro, heading", [
    ("en", "In this tutorial I will show how to clear a cache in several ways, from the simplest to the safest.",
     "Step {}: clearing the cache"),
    ("de", "In diesem Beitrag zeige ich, wie man den Zwischenspeicher leert, von der einfachsten Art zur sichersten.",
     "{}. Den Speicher leeren"),
    ("es", "En este artículo explico cómo vaciar la caché de varias maneras, de la más sencilla a la más segura.",
     "1.{} Vaciar la caché"),
], ids=lambda v: str(v)[:4])
def test_an_introduction_above_a_table_of_contents_is_the_texts(lang, intro, heading):
    """The lines above the first paragraph that stand again as the text's subheadings (numbered or
    not) are its table of contents: the introduction above them belongs to the text."""
    headings = [heading.format(n) for n in range(1, 9)]
    sections = [part for n, entry in enumerate(headings) for part in (_ENTRY_NUMBER.sub("", entry), INTRO.replace("easy", f"easy ({n})"))]
    page = "\n".join(["Home", "Blog", "About", "Clearing a cache", intro, *headings, *sections, "Imprint"]) + "\n"
    assert body_of(page)[0] == intro
    menu = [f"Other post {n}" for n in range(1, 9)]  # short lines that do not stand again below are no contents
    page = "\n".join(["Home", "Blog", "About", "Clearing a cache", intro, *menu, *sections, "Imprint"]) + "\n"
    assert intro not in body_of(page)


@pytest.mark.parametrize("link, kept", [
    ("https://petitions.example.org/save-the-old-mill", True),
    ("http://www.example.de/dokumente/gutachten-bruecke.pdf", True),
    ("www.example.org", False),
    ("Mehr unter https://www.example.de", False),
], ids=lambda v: str(v)[:24])
def test_a_web_address_alone_under_the_text_is_its_link(link, kept):
    """A full web address alone on the line right under the text is the text's link; a bare
    domain (the site's name) or a line of words is not taken that way."""
    page = "\n".join(["Clearing a cache", INTRO, MIDDLE, END, link, "Older posts", "Newer posts", "Imprint"]) + "\n"
    assert body_of(page) == [INTRO, MIDDLE, END, *([link] if kept else [])]


@pytest.mark.parametrize("lang, date, dialogue, share, talk", [
    ("en", "March 3, 2024 at 21:40", ["“Are you coming to the lake tomorrow?”", "– “If it doesn't rain.”", "– “It will.”"],
     "Share this:", "You are commenting using your account. Please log in to leave a comment, and follow our blog "
     "by e-mail to receive notifications of new posts by e-mail, with a link to unsubscribe in each message."),
    ("de", "3. März 2024 um 21:40", ["„Kommst du morgen mit an den See?“", "– „Wenn es nicht regnet.“", "– „Es regnet.“"],
     "Teilen mit:", "Du kommentierst mit deinem Konto. Bitte melde dich an, um einen Kommentar zu schreiben, und "
     "abonniere unseren Blog per E-Mail, um über neue Beiträge informiert zu werden; abbestellen kannst du jederzeit."),
    ("fr", "3 mars 2024 à 21h40", ["« Tu viens au lac demain ? »", "– « S'il ne pleut pas. »", "– « Il pleuvra. »"],
     "Partager :", "Vous commentez avec votre compte. Merci de vous connecter pour laisser un commentaire, et abonnez-vous "
     "à notre blog par courriel pour recevoir les nouveaux articles ; un lien de désinscription figure dans chaque message."),
], ids=lambda v: str(v)[:4])
def test_a_post_too_short_to_read_as_text_lies_between_its_date_and_the_share_row(lang, date, dialogue, share, talk):
    """When the only text of the page is the site's talk, the post is the short lines between its
    date line and the share row (a line or two of dialogue); with no date line above them, nothing is taken."""
    page = "\n".join(["My little blog", "A day at the lake", date, *dialogue, share, "Facebook", "Twitter",
                      talk, "Categories", "Archive", "Imprint"]) + "\n"
    assert body_of(page) == dialogue
    page = "\n".join(["My little blog", "A day at the lake", *dialogue, share, "Facebook", "Twitter",
                      talk, "Categories", "Archive", "Imprint"]) + "\n"
    assert body_of(page) == [talk]


@pytest.mark.parametrize("line, is_text", [
    ("You cannot cross the same river twice, said the old ferryman (Jane Doe)", True),
    ("Man kann nicht zweimal in denselben Fluss steigen, sagte sie immer (Erika Muster)", True),
    ("On ne traverse jamais deux fois la même rivière, disait le passeur (Marie Exemple)", True),
    ("An empty wooden boat on the river bank (Example Images/Jane Doe)", False),
    ("Sources: (River Research Today) (Example University)", False),
    ("Council Approves New Bridge Budget For Next Year (Jane Doe)", False),
], ids=lambda v: str(v)[:16])
def test_a_quotation_signed_with_its_author_in_brackets_reads_as_text(line, is_text):
    """A sentence without its full stop, then its author's name in brackets, reads as text; a
    picture's credit, a list of sources or a headline in title case with a name does not."""
    assert reads_as_text(line) is is_text


REVIEW = {
    "de": ("Der Roman erzählt von einer Fährfrau, die jeden Morgen dieselben Pendler über den Fluss bringt und "
           "dabei nach und nach ihre Geschichten erfährt, bis eine von ihnen nicht mehr zurückkommt.",
           "Ein ruhiges, genau beobachtetes Buch, das man nach der letzten Seite nicht so schnell vergisst.",
           ["Erika Muster: Die Fährfrau", "Beispiel Verlag, Berlin 2021, 320 Seiten, 24 Euro"], "ISBN 978-3-00-000000-0"),
    "en": ("The novel follows a ferry pilot who takes the same commuters across the river every morning and "
           "slowly learns their stories, until one of them does not come back one evening in the autumn.",
           "A quiet, closely observed book that stays with the reader long after its last page is turned.",
           ["Jane Doe: The Ferry", "Example Press, London 2020, 288 pages, £14.99"], "ISBN-13: 9780000000000"),
}


@pytest.mark.parametrize("lang", sorted(REVIEW))
def test_a_review_keeps_the_books_details_under_it(lang):
    """A book review ends with the book's details closed by its ISBN: they are the text's (the ISBN
    alone on its line is left out); further down, past a share row, a sidebar's book offer is not."""
    first, last, details, isbn = REVIEW[lang]
    page = "\n".join(["Books", "Reviews", first, last, *details, isbn, "Share", "Facebook", "Twitter",
                       "Bestsellers", "Another Book", isbn.replace("0000", "1111"), "Imprint"]) + "\n"
    assert body_of(page) == [first, last, *details]
    far = "\n".join(["Books", "Reviews", first, last, "Share", "Facebook", *details, isbn, "Imprint"]) + "\n"
    assert body_of(far) == [first, last]


def paragraphs_of(*texts):
    """The body and paragraphs of texts joined as build_body joins them."""
    body, spans, offset = "\n\n".join(texts), [], 0
    for n, text in enumerate(texts, start=1):
        spans.append(Paragraph(f"p{n}", "text", offset, offset + len(text)))
        offset += len(text) + 2
    return body, tuple(spans)


@pytest.mark.parametrize("last", [
    "Leserbrief schreiben",
    "Previous post: A week by the sea",
    "Трамвайную линию продлят до вокзала",
], ids=["de-button", "en-previous-post", "ru-headline"])
def test_a_button_or_headline_under_the_text_is_no_cut_off_where_the_page_goes_on(last):
    """A short line without a sentence's end under the last paragraph: where the page goes on under it
    (its footer, other stories), a button or another story's headline, and the text above it ended; where
    the copy stops with it, the text may be cut off."""
    body, spans = paragraphs_of(INTRO, END, last)
    assert not is_truncated(body, spans, followed=True)
    assert is_truncated(body, spans, followed=False)


@pytest.mark.parametrize("texts", [
    ("„Ich weiß nicht, ob ich das sagen sollte.“", "– „Dann sag es nicht“", "– „Ok.“"),
    ("She asked whether he would come.", "– Not today", "– Fine."),
], ids=["de-dialogue", "en-dialogue"])
def test_a_text_whose_last_line_ends_a_sentence_is_not_cut_off(texts):
    """The last line ends a sentence: the text ended, whatever the short line above it lacks."""
    assert not is_truncated(*paragraphs_of(*texts))
