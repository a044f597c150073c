"""Page talk: paragraphs in which a site speaks to its reader about itself, not about the news.

A site's appeals ("Subscribe to our newsletter", "Support our journalism"), comment rules, cookie
and affiliate notices, app and social-media prompts and copyright notices read like paragraphs,
so the article's run may take them in. They have a shape the news has not: the site's own
vocabulary (the labels of its subscription, comment, login, sharing and consent widgets) together
with words that address the reader (second person, "please", the site's "we" and "our").

Sources: the widget labels come from the publishing systems' translations (WordPress core,
Jetpack's subscription and sharing modules, Mailchimp's signup forms and the common cookie-consent
plugins in their language packs); the address words are each language's second-person pronouns
and possessives, its first-person plural possessives and its word for "please" (grammar). Words
are matched case-folded, in every language's table (page talk may be in the site's language, not
the article's). A new language is one entry in each table.
"""
from __future__ import annotations

import re
from functools import lru_cache

# The site's own vocabulary ("word*" is a word start, so that one stem covers a word's inflections;
# a short or ambiguous word is given whole): subscription, newsletter, comments, sign-in,
# clicking, the site, e-mail, apps, downloads, cookies and privacy, ad blockers, donations,
# affiliate commissions, paywalls.
_SITE_WORDS: dict[str, str] = {
    "en": "subscri* newsletter* inbox* comment* click* tap website* blog blogs e-mail* email* sign-up signup "
          "log-in login register* cookie* privacy javascript browser* ad-block* adblock* advertis* affiliate* "
          "paywall* unsubscri* donat* podcast* app apps download* notification*",
    "de": "abonn* newsletter* postfach posteingang kommentar* klick* website* webseite* blog* e-mail* email* "
          "anmelden login einlogg* cookie* datenschutz* javascript browser* werbeblocker* adblock* "
          "werbung affiliate* provision* bezahlschranke* paywall* spende spenden spendet podcast* app apps "
          "download* herunterlad*",
    "fr": "abonn* newsletter* courriel* commentaire* cliqu* site blog* e-mail* email* inscri* connectez "
          "cookie* confidentialité javascript navigateur* bloqueur* publicité* affili* paywall* podcast* "
          "appli télécharg*",
    "es": "suscri* newsletter* boletín comentario* clic clica* pincha* sitio web blog* correo* e-mail* email* "
          "regístr* cookie* privacidad javascript navegador* bloqueador* publicidad afiliad* podcast* app apps "
          "aplicación descarg*",
    "it": "abbona* iscri* newsletter* comment* clicca* sito web blog* e-mail* email* accedi cookie* "
          "privacy javascript browser* pubblicità affilia* paywall* podcast* app scarica*",
    "pt": "assin* inscrev* newsletter* comentário* clique* site blog* e-mail* email* cadastr* cookie* "
          "privacidade javascript navegador* bloqueador* publicidade afiliad* paywall* podcast* aplicativo* "
          "app baix*",
    "pl": "subskryb* prenumer* newsletter* komentarz* klikn* kliknij serwis* blog* e-mail* email* "
          "zarejestr* zaloguj* cookie* ciasteczk* prywatnoś* javascript przeglądark* reklam* afiliac* "
          "paywall* wesprzyj* wsparci* podcast* aplikacj* pobierz*",
    "nl": "abonn* nieuwsbrie* inbox* reactie* klik* website* site blog* e-mail* email* aanmeld* "
          "inlog* cookie* privacy javascript browser* adblock* advertent* affiliate* paywall* doneer* "
          "donat* podcast* app apps download*",
    "ru": "подпис* рассылк* комментар* нажмите кликн* сайт* блог* почт* e-mail* email* регистр* войдите "
          "cookie* куки конфиденциальн* javascript браузер* реклам* донат* поддержите подкаст* приложени* "
          "скачай*",
}

# Words that address the reader: second-person pronouns and possessives, the site's "we" and
# "our", and "please" (an appeal, a rule, a request). Not the forms that are also a common word of
# another language or of the same one (German "ihr" is "her", Polish "was" English, Italian "ci"
# "there", Portuguese "seu" "his"): the tables apply to every page.
_ADDRESS_WORDS: dict[str, str] = {
    "en": "you your yours yourself we our us please",
    "de": "du dich dir dein deine deinen deinem deiner deines euch euer eure euren eurem eurer "
          "wir uns unser unsere unseren unserem unserer unseres bitte",
    "fr": "vous votre vos tu te toi ton ta tes nous notre nos merci",
    "es": "usted ustedes tú tu tus te ti vosotros nosotros nuestro nuestra nuestros nuestras favor",
    "it": "tu ti tuo tua tuoi tue voi vostro vostra noi nostro nostra nostri nostre favore",
    "pt": "você vocês teu tua nós nosso nossa nossos nossas favor",
    "pl": "ty cię twój twoja twoje wy wasz wasza wasze nasz nasza nasze naszego naszej naszym prosimy proszę",
    "nl": "je jij jou jouw u uw jullie we wij ons onze alsjeblieft alstublieft",
    "ru": "вы вас вам ваш ваша ваше ваши вашу вашего вашей ты тебя тебе твой мы нас нам наш наша наше наши нашу нашего нашей наших пожалуйста",
}

# A copyright notice: the sign, the word before a year, and each language's reservation formula
# (the wording publishers' imprints use). Not the word alone: articles are written about copyright.
_COPYRIGHT = re.compile(
    r"©|\((?:c|C)\)\s*\d{4}|\bcopyright\s*(?:©|\(c\)|\d{4})|rights\s+reserved|alle\s+rechte\s+vorbehalten"
    r"|tous\s+droits\s+réservés|todos\s+los\s+derechos\s+reservados|tutti\s+i\s+diritti\s+riservati"
    r"|todos\s+os\s+direitos\s+reservados|wszelkie\s+prawa\s+zastrzeżone|alle\s+rechten\s+voorbehouden"
    r"|все\s+права\s+защищены"
    # the Polish press's notice ("Materiał chroniony prawem autorskim - zasady przedruków ...") and a
    # site's licence line ("... licensed under a Creative Commons licence", "unter einer Creative Commons-Lizenz")
    r"|materiał\s+chroniony\s+prawem\s+autorskim|(?:under|unter)\s+(?:a|the|einer|der)\s+creative\s+commons"
    # a Creative Commons licence by its code ("CC BY-SA 4.0", "CC-BY-NC-ND"), as the licences name themselves
    r"|\bcc[- ]by(?:[- ](?:sa|nc|nd))*\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w[\w-]*")
# A paragraph of page talk is a notice, a rule or an appeal: longer than this is an article's paragraph.
_TALK_MAX_CHARS = 700
# A notice that does not address the reader is a sentence or two; a paragraph of news that uses
# two site words ("urged users to download apps only from the store") is longer.
_NOTICE_MAX_CHARS = 250


@lru_cache(maxsize=None)
def _site_vocabulary() -> tuple[frozenset[str], tuple[tuple[int, frozenset[str]], ...]]:
    """The site words of every language: whole words, and word starts (given with a final "*") by their length."""
    entries = {word for words in _SITE_WORDS.values() for word in words.split()}
    starts = [w[:-1] for w in entries if w.endswith("*")]
    return (frozenset(w for w in entries if not w.endswith("*")),
            tuple((n, frozenset(s for s in starts if len(s) == n)) for n in sorted({len(s) for s in starts})))


@lru_cache(maxsize=None)
def _address_words() -> frozenset[str]:
    """The address words of every language, whole words."""
    return frozenset(word for words in _ADDRESS_WORDS.values() for word in words.split())


def site_words(text: str) -> set[str]:
    """The site words (or word starts) a text uses."""
    whole, starts = _site_vocabulary()
    found = set()
    for word in _WORD.findall(text.casefold()):
        if word in whole:
            found.add(word)
        # A start is the word's first n characters: one look-up per length, not one startswith per start.
        found.update(word[:n] for n, of_length in starts if word[:n] in of_length)
    return found


def addresses_reader(text: str) -> bool:
    """Whether a text has a word that addresses the reader (you, du, wir, vous, please...)."""
    words = _address_words()
    return any(word in words for word in _WORD.findall(text.casefold()))


def is_copyright_notice(text: str) -> bool:
    """Whether a text holds a copyright or licence notice."""
    return bool(_COPYRIGHT.search(text))


def page_talk(text: str) -> str | None:
    """The kind of page talk a paragraph is ("copyright notice", "reader appeal", "site notice"), or None."""
    if len(text) > _TALK_MAX_CHARS:
        return None
    if is_copyright_notice(text):
        return "copyright notice"
    found = site_words(text)
    if found and addresses_reader(text):
        return "reader appeal"
    # Without a word to the reader, a notice ("This site earns commissions as an affiliate..."):
    # short, and two different site words (word starts of one another count once).
    distinct = {word for word in found if not any(other != word and word.startswith(other) for other in found)}
    if len(distinct) >= 2 and len(text) <= _NOTICE_MAX_CHARS:
        return "site notice"
    return None
