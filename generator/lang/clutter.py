"""Site clutter copied along with articles: line patterns per language, grouped by kind.

Every pattern matches a whole line (case-insensitive). Clutter comes from the page the article
was copied from, whose language may differ from the article's, so every table applies to
every article. A new language adds its phrases to the lists below.

Sources: the labels of the common publishing systems' templates in their translations (WordPress
core and Jetpack language packs: "Leave a Reply", "Share this:", "Like this:", "Related", "Read
more"; the same labels in Drupal and news-site themes), and the news style of each language for
"read also" lines.
"""
from __future__ import annotations

import re

# A count as counters write it ("181", "1 234", "12.5K"): digits in groups of three, one decimal
# part at most, so that a date alone on a line ("13.10.2023") is no counter.
_NUMBER = r"(?:\d{1,3}(?:[\s.,]\d{3})+|\d+)(?:[.,]\d{1,2})?\s?[kKкКmM]?"

# The networks whose share and follow buttons pages carry (their names as the buttons write them).
_NETWORK = (r"(?:facebook|twitter|x|telegram|whatsapp|vk|вконтакте|одноклассники|linkedin|xing|pinterest|reddit"
            r"|tumblr|instagram|youtube|flipboard|pocket|e-mail|email|messenger|threads|mastodon|bluesky)")

CLUTTER_PATTERNS: dict[str, tuple[str, ...]] = {
    # "Примерное время чтения: 3 минуты", "5 min read", "Lesezeit: 3 Min."
    "reading time": (
        r"(?:estimated\s+)?reading\s+time\s*:?\s*\d+\s*(?:min(?:ute)?s?\.?)?",
        r"\d+\s*(?:min(?:ute)?s?\.?)\s*(?:read|reading)",
        r"(?:ca\.\s*)?lesezeit\s*:?\s*(?:ca\.\s*)?\d+\s*(?:min(?:uten|\.)?)?",
        r"\d+\s*min(?:uten|\.)?\s+lesezeit",
        r"(?:примерное\s+)?время\s+(?:на\s+)?чтени[ея]\s*:?\s*(?:~\s*)?\d+\s*(?:мин(?:ут[аы]?|\.)?)?",
        r"\d+\s*мин(?:ут[аы]?|\.)?\s+(?:на\s+)?чтени[ея]",
        r"(?:وقت|مدة)\s+القراءة\s*:?\s*\d+\s*(?:دقيقة|دقائق|د)?",
        r"\d+\s*(?:دقيقة|دقائق)\s+(?:للقراءة|قراءة)",
        r"(?:เวลา\s*)?(?:ใน\s*การ\s*)?อ่าน\s*(?:ประมาณ\s*)?\d+\s*นาที",
        r"temps\s+de\s+lecture\s*:?\s*\d+\s*min\w*",
        r"tiempo\s+de\s+lectura\s*:?\s*\d+\s*min\w*",
        # the count first, as the Romance, Polish and Dutch themes write it ("4 min de lecture",
        # "5 minutos de lectura", "3 minuti di lettura", "6 min de leitura", "11 minut czytania", "4 min leestijd")
        r"\d+\s*(?:min\.?|minut[eoiy]s?|minuty|minut)\s+(?:de\s+lecture|de\s+lectura|di\s+lettura|de\s+leitura|czytania|leestijd)",
        r"(?:czas\s+czytania|tempo\s+di\s+lettura|tempo\s+de\s+leitura|leestijd)\s*:?\s*\d+\s*min\w*\.?",
    ),
    # A line that is only a number (a view counter), or a labelled counter.
    "counter": (
        _NUMBER,
        rf"(?:👁|👀)\s*{_NUMBER}",
        rf"(?:views?|просмотр\w*|aufrufe|gelesen|مشاهدات?|عدد\s+المشاهدات|ยอด\s*วิว|เข้าชม|การดู)\s*:?\s*{_NUMBER}",
        rf"{_NUMBER}\s*(?:views?|просмотр\w*|aufrufe|mal\s+gelesen|مشاهدة|مشاهدات|ครั้ง|วิว)",
    ),
    # "Оцените материал", "Rate this article", "Artikel bewerten"
    "rating": (
        r"rate\s+this(?:\s+(?:article|story|post))?\s*[:!]?",
        r"оцените\s+(?:материал|статью|новость|публикацию)\s*[:!]?",
        r"(?:bewerten\s+sie\s+(?:diesen|den)\s+artikel|artikel\s+bewerten)\s*[:!]?",
        r"(?:قيّم|قيم|قيِّم)\s+(?:هذا\s+)?(?:المقال|الخبر|الموضوع)\s*[:!]?",
        r"ให้คะแนน(?:\s*(?:บทความ|ข่าว)(?:นี้)?)?",
        r"[★☆]{3,}",
    ),
    # "Топ 5 читаемых", "Top 10 stories"
    "top list": (
        # the number and one or two words: "Top 5 takeaways from the Paris summit" is a headline
        r"(?:top|топ|أفضل|ท็อป|ท๊อป)[\s-]*\d{1,2}(?:\s+\S+){0,2}",
    ),
    # "Оставить комментарий (0)", "Comments (3)", "Kommentar schreiben"
    "comment prompt": (
        r"(?:leave\s+a\s+(?:comment|reply)|add\s+a\s+comment|write\s+a\s+comment|post\s+a\s+comment|comments?)\s*(?:\(\d+\))?\s*:?\s*\d*",
        r"(?:оставить\s+комментарий|комментари[йи]\w*|написать\s+комментарий)\s*(?:\(\d+\))?\s*:?\s*\d*",
        r"(?:kommentar(?:e)?(?:\s+schreiben)?|jetzt\s+kommentieren)\s*(?:\(\d+\))?\s*:?\s*\d*",
        # WordPress "Leave a Reply" / "Leave a comment" / "Comments are closed" in its language packs
        r"(?:schreibe\s+einen\s+kommentar|laisser\s+un\s+commentaire|laisser\s+une\s+réponse|commentaires?"
        r"|deja\s+(?:una\s+respuesta|un\s+comentario)|comentarios?|lascia\s+(?:un\s+commento|una\s+risposta)|commenti"
        r"|deixe\s+(?:um\s+comentário|uma\s+resposta)|comentários?|dodaj\s+komentarz|zostaw\s+komentarz|komentarze?"
        r"|geef\s+een\s+reactie|laat\s+een\s+reactie\s+achter|reacties?|comments\s+are\s+closed\.?)\s*(?:\(\d+\))?\s*:?\s*\d*",
        # the same packs' informal and formal German ("Hinterlasse eine Antwort", "Schreiben Sie einen
        # Kommentar"), "No comments" and "Comments are closed" in their languages
        r"(?:hinterlasse\s+(?:eine\s+antwort|einen\s+kommentar)|hinterlassen\s+sie\s+(?:eine\s+antwort|einen\s+kommentar)"
        r"|schreiben\s+sie\s+einen\s+kommentar|(?:keine\s+kommentare\s*)?kommentare\s+sind\s+geschlossen|keine\s+kommentare"
        r"|no\s+comments(?:\s+yet)?|les\s+commentaires\s+sont\s+fermés|comentarios\s+cerrados|i\s+commenti\s+sono\s+chiusi"
        r"|komentarze\s+są\s+wyłączone|reacties\s+zijn\s+gesloten)\s*[.:!]?",
        # the comment form's notes and boxes in WordPress's and Jetpack's language packs ("Your email
        # address will not be published.", "Notify me of new posts by email.")
        r"(?:your\s+email\s+address\s+will\s+not\s+be\s+published|(?:deine|ihre)?\s*e-mail[- ]adresse\s+wird\s+nicht\s+veröffentlicht"
        r"|votre\s+adresse\s+(?:e-mail|email|de\s+messagerie)\s+ne\s+sera\s+pas\s+publiée"
        r"|tu\s+dirección\s+de\s+correo\s+electrónico\s+no\s+será\s+publicada).{0,80}",
        r"(?:notify\s+me\s+of\s+(?:follow-up\s+comments|new\s+posts)\s+by\s+e-?mail"
        r"|benachrichtige\s+mich\s+über\s+(?:nachfolgende\s+kommentare|neue\s+beiträge)\s+(?:per|via)\s+e-mail"
        r"|benachrichtigung\s+bei\s+weiteren\s+kommentaren\s+per\s+e-mail\s+senden|informiere\s+mich\s+über\s+neue\s+beiträge\s+per\s+e-mail"
        r"|prévenez-moi\s+de\s+tous\s+les\s+nouveaux\s+(?:commentaires|articles)\s+par\s+e-?mail"
        r"|save\s+my\s+name,\s+email,\s+and\s+website\s+in\s+this\s+browser.{0,60}"
        r"|meinen\s+namen,\s+(?:meine\s+)?e-mail(?:-adresse)?\s+und\s+(?:meine\s+)?website\s+in\s+diesem\s+browser.{0,60})\s*\.?",
        r"(?:أضف\s+تعليق(?:ا|اً)?|التعليقات|اترك\s+تعليق(?:ا|اً)?)\s*(?:\(\d+\))?\s*:?\s*\d*",
        r"(?:แสดง)?ความคิดเห็น\s*(?:\(\d+\))?\s*:?\s*\d*",
        # the comment box's placeholder in WordPress's and Jetpack's language packs ("Enter your comment here...")
        r"(?:enter\s+your\s+comment\s+here|gib\s+hier\s+deinen\s+kommentar\s+ein|geben\s+sie\s+hier\s+ihren\s+kommentar\s+ein"
        r"|saisissez\s+votre\s+commentaire\s+ici|escribe\s+aquí\s+tu\s+comentario|scrivi\s+qui\s+il\s+tuo\s+commento"
        r"|digite\s+seu\s+comentário\s+aqui)\s*(?:\.{3}|…)?",
        # WordPress themes' count of responses over the comments ("No Responses so far", "2 Responses to
        # “Title”", "One thought on “Title”": the title in quotes)
        r"(?:no|one|\d+)\s+(?:responses?|comments?|replies|reply|thoughts?)(?:\s+(?:so\s+far|yet)|\s+(?:to|on)\s+[“„«‘\x22\x27].{1,150})?\s*[.»]?",
    ),
    # "Читайте также", "Самое интересное в регионах", "Read more", "Lesen Sie auch"
    "teaser": (
        r"(?:читайте\s+также|смотрите\s+также|самое\s+интересное|самое\s+читаемое|новости\s+партнеров).{0,60}",
        r"(?:read\s+(?:more|also|next)|related\s+(?:articles|stories|news)|more\s+from|most\s+read|you\s+may\s+also\s+like).{0,60}",
        r"(?:lesen\s+sie\s+auch|mehr\s+zum\s+thema|meistgelesen|das\s+könnte\s+sie\s+auch\s+interessieren).{0,60}",
        r"(?:ähnliche\s+beiträge|verwandte\s+(?:artikel|beiträge|themen)|related\s+posts?)\s*:?",
        r"(?:lire\s+aussi|lire\s+la\s+suite|à\s+lire\s+aussi|articles?\s+similaires|sur\s+le\s+même\s+sujet).{0,60}",
        r"(?:lee\s+también|leer\s+más|lea\s+también|artículos?\s+relacionados?|noticias\s+relacionadas).{0,60}",
        r"(?:leggi\s+anche|leggi\s+di\s+più|articoli\s+correlati).{0,60}",
        r"(?:leia\s+também|leia\s+mais|artigos?\s+relacionados?|notícias\s+relacionadas).{0,60}",
        r"(?:czytaj\s+(?:także|też|również|więcej)|zobacz\s+też|powiązane\s+artykuły).{0,60}",
        r"(?:lees\s+(?:ook|meer)|gerelateerde\s+artikelen).{0,60}",
        r"(?:اقرأ\s+أيضا|اقرأ\s+أيضاً|الأكثر\s+قراءة|أخبار\s+ذات\s+صلة).{0,60}",
        r"(?:อ่านเพิ่มเติม|อ่านต่อ|ข่าวที่เกี่ยวข้อง|ข่าวยอดนิยม).{0,60}",
        # a "read also" lead and a colon before another story's headline ("Lesen Sie hier: ...",
        # "Le puede interesar: ...", "See also: ..."), as news sites set them between paragraphs
        r"(?:lesen\s+sie\s+(?:auch|hier|mehr|dazu)|(?:see|read)\s+also|also\s+read|(?:le|te)\s+puede\s+interesar|puede\s+interesarte"
        r"|weitere\s+(?:meldungen|nachrichten|artikel|beiträge)|more\s+(?:stories|news|articles)\s+(?:from|by)|(?:à\s+)?voir\s+aussi|vous\s+aimerez\s+aussi|potrebbe\s+interessarti|ti\s+potrebbe\s+interessare"
        r"|você\s+pode\s+gostar|pode\s+interessar|przeczytaj\s+(?:też|także|również))\s*:.{0,200}",
        # the previous and next posts' links (the themes' "Previous Post" / "Next Post" labels)
        r"(?:(?:vorheriger|nächster)\s+(?:artikel|beitrag)|(?:previous|next)\s+(?:article|post|story)"
        r"|(?:article|billet)\s+(?:précédent|suivant)|(?:artículo|entrada)\s+(?:anterior|siguiente)"
        r"|articolo\s+(?:precedente|successivo)|(?:poprzedni|następny)\s+(?:artykuł|wpis)"
        r"|(?:vorig|volgend)e?\s+(?:artikel|bericht))"
        # then the end, a colon or arrow, or the headline glued on ("Nächster ArtikelFDP-...", "Next post»"):
        # not a sentence going on ("Next post office opens in May")
        r"(?:\s*[:|»›>–—-].{0,200}|(?=[^\s\w]).{0,200}|(?=(?-i:[A-ZÀ-ÖØ-Þ])).{0,200}|\s*)",
        # a link drawn with an arrow before or after it (the themes' previous and next post links,
        # "← Older title", "Newer title →", "All posts by Name →"): no sentence of a text is
        r"←\s*\S.{0,200}|.{0,200}\S\s*→",
        # "Die meistgelesenen Artikel", "Los más leídos", "Les plus lus", "I più letti", "Najczęściej czytane"
        r"(?:die\s+)?meistgelesen\w*.{0,60}|(?:lo|los|las)\s+más\s+leíd[oa]s?.{0,60}|les\s+plus\s+lus.{0,60}"
        r"|(?:i\s+)?più\s+lett[ie].{0,60}|najczęściej\s+czytane.{0,60}|os\s+mais\s+lidos.{0,60}",
        # a "more" link alone on its line, over another story's headline or the rest of a teaser
        # (the themes' and news sites' link labels in each language: "Explore further", "Weiterlesen",
        # "Infórmate más", "En savoir plus", "Scopri di più", "Saiba mais", "Czytaj dalej", "Lees verder")
        r"(?:explore\s+further|see\s+more|more\s+(?:stories|news)|keep\s+reading|continue\s+reading"
        r"|weiterlesen|mehr\s+lesen|auch\s+interessant|inf[oó]rmate\s+más|más\s+noticias|seguir\s+leyendo"
        r"|en\s+savoir\s+plus|lire\s+plus|voir\s+plus|scopri\s+di\s+più|continua\s+a\s+leggere|saiba\s+mais"
        r"|continue\s+lendo|veja\s+também|zobacz\s+więcej|czytaj\s+dalej|lees\s+verder)\s*[:.»›>…]*",
    ),
    # The text of an embedded social-media post that stands for the picture ("View this post on
    # Instagram", "A post shared by Name (@name)"): the embed's labels in its translations.
    "embed label": (
        r"view\s+this\s+post\s+on\s+\w+|sieh\s+dir\s+diesen\s+beitrag\s+auf\s+\w+\s+an|voir\s+cette\s+publication\s+sur\s+\w+"
        r"|ver\s+esta\s+publicación\s+en\s+\w+|visualizza\s+questo\s+post\s+su\s+\w+|ver\s+essa\s+foto\s+no\s+\w+"
        r"|zobacz\s+ten\s+post\s+na\s+\w+",
        r"(?:a\s+post\s+shared\s+by|ein\s+beitrag\s+geteilt\s+von|une\s+publication\s+partagée\s+par"
        r"|una\s+publicación\s+compartida\s+por|un\s+post\s+condiviso\s+da|uma\s+publicação\s+compartilhada\s+por"
        r"|post\s+udostępniony\s+przez)\s+.{1,80}",
        # the consent placeholder of an embed held back ("Empfohlener redaktioneller Inhalt", "Externer
        # Inhalt", "Recommended editorial content"): the German news sites' consent-tool label
        r"(?:empfohlener\s+redaktioneller\s+inhalt|externer\s+inhalt|recommended\s+editorial\s+content)\s*:?",
    ),
    # The heading of the author's box under the text ("About the author", "Über den Autor"): the
    # themes' label in their translations; a biography follows, not the article.
    "author heading": (
        r"(?:about\s+the\s+authors?|über\s+(?:den\s+autor|die\s+autorin|die\s+autor(?:inn)?en)(?:\s*/\s*(?:die\s+)?autorin)?|zu[mr]\s+autor(?:in)?"
        r"|à\s+propos\s+de\s+l['’]auteure?|(?:sobre|acerca\s+del?)\s+(?:el\s+)?autor(?:a)?|sull['’]autore|o\s+autorze"
        r"|over\s+de\s+auteur|об\s+авторе)\s*:?",
    ),
    # The label over an advertisement inside the text ("Advertisement", "-- Anzeige --", "Publicité"):
    # the labels press laws and the ad networks' templates require, in each language.
    "advertisement": (
        r"[-–—\s]*(?:advertisement|advertising|sponsored|anzeige|werbung|publicité|publicidad|pubblicità|publicidade"
        r"|reklama|advertentie|реклама|إعلان|โฆษณา)\s*:?[-–—\s]*",
        # the label glued to the ad's link text as a page copy runs them together ("VermögenscheckAnzeige"):
        # a short line ending with the label's capital right after a lower-case letter
        r".{1,60}[a-zà-öø-ÿß](?-i:Anzeige|Advertisement|Sponsored|Werbung|Publicité|Publicidad|Pubblicità"
        r"|Publicidade|Reklama|Advertentie|Реклама)",
    ),
    # The label of a table of contents over the article's own subheadings (the table-of-contents
    # plugins' label in their translations), with its show/hide toggle.
    "contents label": (
        r"(?:table\s+of\s+contents|inhaltsverzeichnis|table\s+des\s+matières|sommaire|tabla\s+de\s+contenidos"
        r"|indice\s+dei\s+contenuti|índice\s+de\s+conteúdo|spis\s+treści|inhoudsopgave|содержание|оглавление)"
        r"\s*:?\s*(?:\[?\s*(?:hide|show|toggle|ausblenden|einblenden|anzeigen|verbergen|masquer|afficher)\s*\]?)?",
    ),
    # The article's tags under a label, a list of short items ("Themen: Formel 1, Team A", "Tags: x, y"):
    # the publishing systems' tag-list label in their translations; a sentence has no such list.
    "tag list": (
        r"(?:tags?|themen|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?|mots[- ]clés|étiquettes|etiquetas|temas|argomenti"
        r"|tagi|tematy|trefwoorden|теги|метки)\s*:\s*[^,.;!?]{1,40}(?:\s*,\s*[^,.;!?]{1,40})+",
        # the themes' category line under a post ("Filed under Travel, Food"; Genesis and its kin, in
        # their translations): the label, then items of three words at most, colon or none
        r"(?:filed\s+under|abgelegt\s+unter|classé\s+dans|archivado\s+en|archiviato\s+in|gearchiveerd\s+onder)"
        r"\s*:?\s*[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,2}(?:\s*,\s*[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,2})*\.?",
    ),
    # A widget's state or control copied as text: a loading indicator (Jetpack's "Like Loading…" row in
    # its language packs: "Gefällt mir Wird geladen …", "Liken Lade …"), a copied-link toast, a menu's
    # open or close button (the themes' labels in their translations).
    "widget label": (
        r"(?:(?:like|liken|gefällt\s+mir|j['’]aime|me\s+gusta|mi\s+piace|curtir|lubię\s+to)\s+)?"
        r"(?:loading|lade|wird\s+geladen|chargement(?:\s+en\s+cours)?|cargando|caricamento(?:\s+in\s+corso)?"
        r"|carregando|ładowanie|laden|загрузка)\s*(?:\.{3}|…)?",
        r"(?:(?:der|das)\s+)?link\s+(?:wurde\s+)?(?:kopiert|copied)|lien\s+copié|enlace\s+copiado|link\s+copiato",
        r"(?:(?:menü|menu|menú)\s+)?(?:menü|menu|menú)\s+(?:schließen|öffnen|close|open|fermer|ouvrir|cerrar|abrir)"
        r"|(?:close|open)\s+(?:the\s+)?menu|(?:fermer|ouvrir)\s+le\s+menu",
    ),
    # The disclaimer of a list of figures, dates or prices, the German legal formula ("Alle Angaben ohne Gewähr").
    "disclaimer": (
        r"\(?(?:alle\s+)?angaben\s+ohne\s+gewähr\.?\)?",
    ),
    # A shop's or subscription's button under a book, magazine or ticket ("Buch bestellen", "Ausgabe
    # kaufen", "Jetzt abonnieren", "Buy now"): the verb of the button in its language, with one noun at most.
    "shop button": (
        r"(?:jetzt\s+)?(?:\w+\s+)?(?:kaufen|bestellen|abonnieren)(?:\s+»)?|(?:buy|order|shop)\s+now"
        r"|acheter\s+maintenant|comprar\s+ahora|acquista\s+ora|kup\s+teraz|nu\s+kopen",
    ),
    # "Поделиться", "Share this", "Teilen"
    "share prompt": (
        r"(?:share(?:\s+(?:this(?:\s+(?:article|story|post|page))?|on(?:\s+\w+)?))?|teilen\s+auf|partager\s+sur|compartir\s+en|поделиться|teilen|شارك|مشاركة|แชร์)\s*:?",
        r"share\s+this(?:\s+(?:article|story|post|page))?\s+(?:on|via)\s+\w+\s*:?",
        # Facebook's and the news sites' own share buttons ("Podziel się", "Beitrag teilen", "Partager sur X")
        r"(?:podziel\s+się|beitrag\s+teilen|partager\s+sur\s+\w+|compartir\s+en\s+\w+)\s*:?",
        # Jetpack's "Share this:" and "Like this:" rows in its language packs, and the sites' own share labels
        r"(?:artikel\s+teilen|teilen\s+mit|like\s+this|partager(?:\s+(?:cet\s+article|ceci))?"
        r"|j’aime\s+ça|j'aime\s+ça|compartir(?:\s+(?:esto|en\s+\w+))?|me\s+gusta|condividi(?:\s+(?:questo|su\s+\w+))?|mi\s+piace"
        r"|compartilhe(?:\s+isso)?|compartilhar|curtir\s+isso|udostępnij|delen|vind\s+ik\s+leuk)\s*:?",
        # Jetpack's "Share this:" in German, informal and formal ("Teile dies mit:", "Teilen Sie dies mit:")
        r"(?:teile\s+dies\s+mit|teilen\s+sie\s+dies\s+mit)\s*:?",
        # a row of share buttons as one line ("Auf Facebook teilen In Messenger teilen Via E-Mail teilen")
        r"(?:.{0,25}?\b(?:teilen|teile|share|partager|compartir|condividi|udostępnij|delen|compartilhar)\b){3,}.{0,25}",
        # one share or follow button alone on its line: the network's name (Twitter's button: "Tweet")
        r"(?:facebook|twitter|linkedin|xing|whatsapp|telegram|reddit|pinterest|flipboard|pocket|tumblr|instagram|youtube"
        r"|mastodon|bluesky|threads|messenger|e-mail|email|rss|rss-feed|vk|вконтакте|одноклассники|tweet)\s*:?",
        # Jetpack's share buttons ("Click to share on Facebook (Opens in new window)") in its language packs
        r"(?:click\s+to\s+(?:share\s+on\s+\w+\+?|email\s+a\s+link\s+to\s+a\s+friend|print)"
        r"|klick(?:e|en)?,?\s+um\s+(?:auf\s+\w+\+?\s+zu\s+teilen|einem\s+freund\s+einen\s+link\s+per\s+e-mail\s+zu\s+senden|zu\s+drucken)"
        r"|cliquez\s+pour\s+(?:partager\s+sur\s+\w+\+?|imprimer)|haz\s+clic\s+para\s+(?:compartir\s+en\s+\w+\+?|imprimir))"
        r"\s*(?:\([^()]*\))?",
        # a row of network names, with separators or run together as a browser copies a row of icons
        # ("Facebook | Twitter", "FacebookTwitterPinterestE-MailWhatsApp")
        rf"{_NETWORK}(?:\s*[|/·,]?\s*{_NETWORK})+",
        # "Follow us" / "Follow <site>" in Chinese ("关注我们", "关注新华网"): the follow button's label
        r"关注(?:我们|\S{1,6}(?:网|号))",
    ),
}

# Photo credits are kept as credits, not body. Group "credit" is what is kept.
CREDIT_PATTERNS: tuple[str, ...] = (
    r"(?:фото|photo|photos|foto|fotos|bild|image|صورة|الصورة|ภาพ|ภาพประกอบ|ภาพจาก)\s*(?:credit)?\s*:\s*(?P<credit>.+)",
    r"(?:photo|foto|фото|bild)?\s*©\s*(?P<credit>.+)",
)

# A photo credit or caption inside a line ("... Bild: Name", "(Foto: ...)", "© Agency"): such a line
# is a caption, never a headline.
CREDIT_MARKER = re.compile(
    r"(?:^|[\s(])(?:фото|photo|photos|foto|fotos|bild|image|credit|quelle|source|fuente|fonte|źródło|fot\.)\s*:|©|\(c\)\s"
    # "(Picture by Name)", "Foto von Name", "Photo de Name": the credit's "by" in the caption's language
    r"|(?:^|[\s(])(?:photo|picture|image|foto|bild|fotografía|фото)s?\s+(?:by|von|de|di|por|par|door|av|автор)\s"
    # "Bild via Site", "Photo via Agency" and a caption ending with it (the link to the credit cut off)
    r"|(?:^|[\s(,])(?:photo|picture|image|foto|bild)s?\s+via\b"
    # "Fot. Name / Agency" (the Polish press's abbreviation), "(crédito: Name)", "Credits: Name"
    r"|(?:^|[\s(])fot\.\s|(?:^|[\s(])cr[ée]dit(?:o|os|s)?\s*:"
    # a stock or archive picture marked as such ("(Symbolbild)", "(file photo)", "(foto de archivo)")
    r"|\((?:symbolbild|symbolfoto|archivbild|archivfoto|file\s+photo|archive\s+photo|photo\s+d'archives|foto\s+de\s+archivo)\)"
    # where the people in a picture stand, as captions say it ("(l.)", "(right)", "(v.l.)", "(izq.)")
    r"|\((?:l|r|li|re|v\.\s?l|v\.\s?r|izq|der|dcha|left|right|links|rechts|izquierda|derecha|à\s+gauche|à\s+droite"
    r"|de\s+g\.\s+à\s+d|from\s+left|z\s+lewej|z\s+prawej|od\s+lewej)\.?\)",
    re.IGNORECASE,
)

# What follows "©" in a copyright notice, not a photo credit: a year or the word itself.
_COPYRIGHT_NOTICE = re.compile(r"(?:copyright\b|\(c\)|\d{4}\b)", re.IGNORECASE)

# Kinds that mark the start of a page's footer: everything after them is clutter too,
# as long as what follows is only short lines (widget titles, links).
FOOTER_KINDS = frozenset({"rating", "comment prompt", "top list", "teaser", "share prompt", "author heading"})

_COMPILED = tuple(
    (kind, re.compile(rf"(?:{pattern})", re.IGNORECASE))
    for kind, patterns in CLUTTER_PATTERNS.items()
    for pattern in patterns
)
_CREDITS = tuple(re.compile(pattern, re.IGNORECASE) for pattern in CREDIT_PATTERNS)


def clutter_kind(line: str) -> str | None:
    """The kind of clutter a whole line is ("reading time", "counter", ...), or None."""
    text = line.strip().replace("\u00ad", "")  # soft hyphens are hyphenation hints, not letters
    for kind, pattern in _COMPILED:
        if pattern.fullmatch(text):
            return kind
    return None


def credit_marker(line: str) -> bool:
    """Whether a line carries a photo credit or source mark (a caption)."""
    return bool(CREDIT_MARKER.search(line))


def photo_credit(line: str) -> str | None:
    """The credit of a photo-credit line ("Фото: Правительство ..." gives the part after the colon).

    A copyright notice ("© 2024 Site", "© Copyright ANSA") is no photo credit: it ends a page.
    """
    for pattern in _CREDITS:
        match = pattern.fullmatch(line.strip())
        if match:
            credit = match.group("credit").strip()
            return None if _COPYRIGHT_NOTICE.match(credit) else credit
    return None
