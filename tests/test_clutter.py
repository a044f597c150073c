"""Table-driven tests of site clutter: every pattern, per language, and lines that are not clutter."""
import pytest

from generator.lang.clutter import clutter_kind, credit_marker, photo_credit
from generator.read.lines import split_lines, strip_clutter

CLUTTER = [
    ("ru", "Примерное время чтения: 3 минуты", "reading time"),
    ("ru", "Время чтения: 5 мин.", "reading time"),
    ("en", "5 min read", "reading time"),
    ("en", "Reading time: 4 minutes", "reading time"),
    ("de", "Lesezeit: 3 Min.", "reading time"),
    ("ar", "وقت القراءة: 3 دقائق", "reading time"),
    ("th", "อ่าน 3 นาที", "reading time"),
    ("ru", "181", "counter"),
    ("en", "1,204 views", "counter"),
    ("ru", "Просмотров: 1 204", "counter"),
    ("de", "Aufrufe: 87", "counter"),
    ("ar", "مشاهدات: 87", "counter"),
    ("th", "เข้าชม 1,204", "counter"),
    ("ru", "Оцените материал", "rating"),
    ("en", "Rate this article", "rating"),
    ("de", "Artikel bewerten", "rating"),
    ("ar", "قيم هذا المقال", "rating"),
    ("th", "ให้คะแนนบทความนี้", "rating"),
    ("ru", "Топ 5 читаемых", "top list"),
    ("en", "Top 10 stories", "top list"),
    ("de", "← Der Stammtisch im Mai steht fest", "teaser"),
    ("en", "Ten walks along the river this autumn →", "teaser"),
    ("fr", "Tous les articles de Marie →", "teaser"),
    ("ru", "Оставить комментарий (0)", "comment prompt"),
    ("en", "Comments (3)", "comment prompt"),
    ("de", "Kommentar schreiben", "comment prompt"),
    ("ar", "أضف تعليقا", "comment prompt"),
    ("th", "แสดงความคิดเห็น", "comment prompt"),
    ("ru", "Самое интересное в регионах", "teaser"),
    ("ru", "Читайте также: другие новости", "teaser"),
    ("en", "Read more", "teaser"),
    ("de", "Lesen Sie auch", "teaser"),
    ("ar", "اقرأ أيضا", "teaser"),
    ("th", "อ่านเพิ่มเติม", "teaser"),
    ("ru", "Поделиться", "share prompt"),
    ("fr", "Laisser un commentaire", "comment prompt"),
    ("es", "Deja una respuesta", "comment prompt"),
    ("it", "Lascia un commento", "comment prompt"),
    ("pt", "Deixe um comentário", "comment prompt"),
    ("pl", "Dodaj komentarz", "comment prompt"),
    ("nl", "Geef een reactie", "comment prompt"),
    ("de", "Schreibe einen Kommentar", "comment prompt"),
    ("fr", "À lire aussi : la réforme en questions", "teaser"),
    ("es", "Lee también: el plan del gobierno", "teaser"),
    ("it", "Leggi anche", "teaser"),
    ("pt", "Leia também", "teaser"),
    ("pl", "Czytaj więcej", "teaser"),
    ("nl", "Lees ook", "teaser"),
    ("de", "Ähnliche Beiträge", "teaser"),
    ("fr", "Partager cet article", "share prompt"),
    ("es", "Compartir en Facebook", "share prompt"),
    ("it", "Condividi su Twitter", "share prompt"),
    ("pt", "Compartilhe isso:", "share prompt"),
    ("pl", "Udostępnij:", "share prompt"),
    ("nl", "Delen", "share prompt"),
    ("en", "Facebook | Twitter | Telegram", "share prompt"),
    ("en", "Share this article:", "share prompt"),
    ("en", "Share this story", "share prompt"),
    ("pl", "Podziel się", "share prompt"),
    ("de", "Beitrag teilen", "share prompt"),
    ("fr", "Partager sur Facebook", "share prompt"),
    ("en", "Write a comment", "comment prompt"),
    ("en", "Advertisement:", "advertisement"),
    ("de", "-- Anzeige --", "advertisement"),
    ("fr", "Publicité", "advertisement"),
    ("es", "Publicidad", "advertisement"),
    ("ru", "Реклама", "advertisement"),
    ("pl", "Reklama", "advertisement"),
    ("de", "Hinterlasse eine Antwort", "comment prompt"),
    ("de", "Schreiben Sie einen Kommentar", "comment prompt"),
    ("de", "Keine Kommentare Kommentare sind geschlossen.", "comment prompt"),
    ("en", "No comments yet", "comment prompt"),
    ("fr", "Les commentaires sont fermés.", "comment prompt"),
    ("de", "Teilen Sie dies mit:", "share prompt"),
    ("de", "Teile dies mit:", "share prompt"),
    ("de", "Auf Facebook teilen Auf X teilen Per E-Mail teilen", "share prompt"),
    ("de", "Lesen Sie hier: Neue Regeln für den Nahverkehr ab Januar", "teaser"),
    ("es", "Le puede interesar: El Gobierno anuncia un plan para el agua", "teaser"),
    ("en", "See also: How the city paid for its bridges", "teaser"),
    ("fr", "À voir aussi : la réforme en cinq questions", "teaser"),
    ("de", "Nächster ArtikelDie Stadt plant neue Radwege", "teaser"),
    ("de", "Vorheriger Beitrag", "teaser"),
    ("en", "Next post: What we learned this year", "teaser"),
    ("es", "Artículo anterior", "teaser"),
    ("de", "Die meistgelesenen Artikel", "teaser"),
    ("es", "Lo más leído", "teaser"),
    ("en", "About the author", "author heading"),
    ("de", "Über den Autor", "author heading"),
    ("de", "Über die Autorin", "author heading"),
    ("fr", "À propos de l'auteur", "author heading"),
    ("es", "Sobre el autor", "author heading"),
    ("pl", "O autorze", "author heading"),
    ("en", "Click to share on Facebook (Opens in new window)", "share prompt"),
    ("de", "Klicken, um auf Twitter zu teilen (Wird in neuem Fenster geöffnet)", "share prompt"),
    ("de", "Klick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)", "share prompt"),
    ("en", "Click to share on Google+ (Opens in new window)", "share prompt"),
    ("de", "Teile über Facebook Teile über X Teile über E-Mail", "share prompt"),
    ("en", "Flipboard", "share prompt"),
    ("de", "WhatsApp", "share prompt"),
    ("en", "View this post on Instagram", "embed label"),
    ("de", "Sieh dir diesen Beitrag auf Instagram an", "embed label"),
    ("en", "A post shared by Jane Doe (@janedoe)", "embed label"),
    ("de", "Ein Beitrag geteilt von Max Muster (@muster)", "embed label"),
    ("en", "Share this on Facebook", "share prompt"),
    ("en", "Your email address will not be published. Required fields are marked *", "comment prompt"),
    ("de", "Deine E-Mail-Adresse wird nicht veröffentlicht.", "comment prompt"),
    ("fr", "Votre adresse e-mail ne sera pas publiée.", "comment prompt"),
    ("en", "Notify me of new posts by email.", "comment prompt"),
    ("de", "Benachrichtige mich über nachfolgende Kommentare via E-Mail.", "comment prompt"),
    ("de", "Informiere mich über neue Beiträge per E-Mail.", "comment prompt"),
    ("en", "Save my name, email, and website in this browser for the next time I comment.", "comment prompt"),
    ("en", "Tweet", "share prompt"),
    ("en", "Share on", "share prompt"),
    ("de", "Teilen auf", "share prompt"),
    ("pl", "7 minut czytania", "reading time"),
    ("fr", "4 min de lecture", "reading time"),
    ("es", "5 minutos de lectura", "reading time"),
    ("it", "3 minuti di lettura", "reading time"),
    ("pt", "6 min de leitura", "reading time"),
    ("en", "FacebookTwitterPinterestE-MailWhatsApp", "share prompt"),
    ("de", "Face\u00adbookTwit\u00adterPin\u00adte\u00adrest", "share prompt"),
    ("en", "Facebook | Twitter | LinkedIn", "share prompt"),
    ("de", "Über den Autor / die Autorin", "author heading"),
    ("en", "Explore further", "teaser"),
    ("en", "Continue reading »", "teaser"),
    ("de", "Weiterlesen", "teaser"),
    ("es", "Infórmate más", "teaser"),
    ("fr", "En savoir plus", "teaser"),
    ("it", "Scopri di più", "teaser"),
    ("pt", "Saiba mais", "teaser"),
    ("pl", "Czytaj dalej", "teaser"),
    ("nl", "Lees verder", "teaser"),
    ("de", "Zeitschrift bestellen", "shop button"),
    ("de", "Jetzt abonnieren", "shop button"),
    ("en", "Buy now", "shop button"),
    ("pl", "Kup teraz", "shop button"),
    ("de", "MietrechnerAnzeige", "advertisement"),
    ("en", "Find your dream homeAdvertisement", "advertisement"),
    ("de", "Empfohlener redaktioneller Inhalt", "embed label"),
    ("en", "No Responses so far »", "comment prompt"),
    ("en", "2 Responses to “A day at the lake”", "comment prompt"),
    ("zh", "关注我们", "share prompt"),
    ("de", "(Alle Angaben ohne Gewähr)", "disclaimer"),
    ("de", "Inhaltsverzeichnis", "contents label"),
    ("en", "Like Loading...", "widget label"),
    ("de", "Gefällt mir Wird geladen …", "widget label"),
    ("es", "Cargando…", "widget label"),
    ("de", "Der Link wurde kopiert", "widget label"),
    ("en", "Link copied", "widget label"),
    ("de", "MENÜ Menü schließen", "widget label"),
    ("en", "Close menu", "widget label"),
    ("de", "Gib hier deinen Kommentar ein …", "comment prompt"),
    ("en", "Enter your comment here...", "comment prompt"),
    ("de", "Weitere Meldungen: Polizei Musterstadt", "teaser"),
    ("en", "Table of Contents [hide]", "contents label"),
    ("pl", "Spis treści", "contents label"),
    ("de", "Themen: Bundestag, Haushalt 2024, Team-Porträt: Grüne", "tag list"),
    ("en", "Tags: elections, Berlin, budget", "tag list"),
    ("fr", "Mots-clés : climat, Paris", "tag list"),
    ("en", "Filed under city council , parking fees.", "tag list"),
    ("en", "Filed Under: Travel, Food", "tag list"),
    ("de", "Abgelegt unter Allgemein", "tag list"),
    ("fr", "Classé dans Politique, Europe", "tag list"),
]

NOT_CLUTTER = [
    "Обороты растут",
    "Побратимские связи",
    "Dalian Mayor Chen Shaowang attended relevant activities.",
    "Die Delegation besuchte 3 Städte in 5 Tagen.",
    "Top officials met in Munich on the 12th to discuss 90 projects and more.",
    "ในฐานะมณฑลอุตสาหกรรมสำคัญ",
    "وأرامكو السعودية هي أكبر منتج للنفط في العالم.",
    "Commentaires sur la réforme des retraites",
    "Delen van de stad blijven zonder stroom.",
    "Compartir la mesa con desconocidos es una costumbre antigua.",
    "Werbung im Wandel der Zeit",
    "Share the road with cyclists",
    "Advertisement revenue fell by a third last year.",
    "Podziel się opinią z sąsiadami, zanim rada zagłosuje.",
    "Keine Kommentare wollte der Sprecher dazu abgeben, hieß es am Abend.",
    "No comments were made by the ministry on Friday.",
    "Next post office opens in May, the town said.",
    "Lesen Sie hier, was die Ministerin dazu sagte.",
    "Share and share alike, said the mayor of the town.",
    "Facebook fined over data transfers",
    "Click to see the full map of the bridges",
    "Tweets by the minister were deleted",
    "Share one's thoughts on the plan before Friday.",
    "10 minut czytania dziennie wystarczy, mówią nauczyciele.",
    "Facebook and Twitter were fined",
    "Explore further options before you decide, the council said.",
    "Wer jetzt Aktien kaufen will, zahlt mehr.",
    "Buy now, pay later schemes grow",
    "En savoir plus sur la réforme",
    "Die Außenwerbung",
    "Loading the ships took three days, the port said.",
    "Das Menü des Abends",
    "Weitere Meldungen liegen der Polizei nicht vor.",
    "Themen: Die Ministerin sprach über den Haushalt.",
    "Tags: the game, which ended at midnight, was a draw.",
    "Two responses to the crisis emerged in Berlin.",
    "No comment on the deal from the ministry, which said it was studying it.",
    "Filed under the new rules, the claims were rejected by the court in May.",
    "Classé dans les monuments historiques, le pont sera restauré l'an prochain.",
    "Der Weg Berlin → Hamburg dauert mit dem Zug knapp zwei Stunden.",
    "Prices rose (→ see the table below) for the third month in a row.",
]

CREDITS = [
    ("Фото: Правительство Тверской области", "Правительство Тверской области"),
    ("Photo: Reuters", "Reuters"),
    ("Foto: dpa", "dpa"),
    ("صورة: وكالة الأنباء", "وكالة الأنباء"),
    ("ภาพ: สำนักข่าวไทย", "สำนักข่าวไทย"),
    ("© AFP", "AFP"),
]


@pytest.mark.parametrize("lang,line,kind", CLUTTER, ids=[f"{r[0]}:{r[2]}:{r[1]}" for r in CLUTTER])
def test_clutter_lines_are_recognised(lang, line, kind):
    """Every clutter pattern matches its line, in every language, with its kind."""
    assert clutter_kind(line) == kind


@pytest.mark.parametrize("line", NOT_CLUTTER)
def test_article_lines_are_not_clutter(line):
    """Subheadings and sentences with numbers are kept."""
    assert clutter_kind(line) is None
    assert photo_credit(line) is None


@pytest.mark.parametrize("line,credit", CREDITS)
def test_photo_credits_are_kept_as_credits(line, credit):
    """A photo credit line yields its credit."""
    assert photo_credit(line) == credit


def test_footer_after_rating_goes_with_it():
    """Short widget lines after a footer marker are clutter; the long article line before stays."""
    text = "Title line here\n\nA long paragraph of the article that ends properly with a full stop, as articles do.\n\nОцените материал\nУчастники акции\nСамое важное"
    kept, removed, _ = strip_clutter(split_lines(text))
    assert [l.text for l in kept] == ["Title line here", "A long paragraph of the article that ends properly with a full stop, as articles do."]
    assert [r.kind for r in removed] == ["rating", "footer", "footer"]


@pytest.mark.parametrize("line", [
    "Fot. Jan Kowalski / Agencja Prasowa",  # pl: the press's abbreviation
    "Protesters in front of the parliament (crédito: Ana Souza/Agência)",  # pt
    "Der Bürgermeister (l.) und die Landrätin bei der Eröffnung.",  # de: where the people stand
    "The minister (right) looks on as the director signs the agreement.",  # en
    "El alcalde (izq.) saluda a la presidenta de la región.",  # es
    "Ein Hund an der Leine im Park (Symbolbild).",  # de: a stock picture
    "Credits: Titelbild Beispiel GmbH",
    "Die Eröffnung der Ausstellung in Paris, Bild via Beispiel",  # de: the credit's "via"
    "Protesters outside the court. Photo via Example Agency",  # en
])
def test_caption_markers(line):
    """Captions by their credit or by the picture's own words (where people stand, a stock picture)."""
    assert credit_marker(line)


@pytest.mark.parametrize("line", [
    "The minister left the room after the vote on Tuesday.",
    "Der Kredit: eine Frage der Zinsen, sagte die Ministerin.",
    "Der Bürgermeister (SPD) und die Landrätin bei der Eröffnung.",
    "The photos were shared via messaging apps, police said.",
])
def test_text_without_caption_markers(line):
    """Text that names a side or a credit without the caption's shape."""
    assert not credit_marker(line)
