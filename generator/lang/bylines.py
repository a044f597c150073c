"""Words of a news page's header that no library lists: byline leads, update and publication labels, agencies.

One entry per language; a new language adds its words. Sources: the byline and label conventions
of the news style guides of each language (AP Stylebook "By", Duden "Von", "Par", "Por", "Autor:",
"Автор:", "بقلم"), the labels of the common publishing systems' templates (WordPress, Drupal:
"Published", "Updated" and their translations in those systems' language packs), and for
agencies Wikipedia's "List of news agencies" (the national agencies and the world's largest).
"""
from __future__ import annotations

import re

# Words that start a byline: "By Jane Doe", "Von Anna Muster", "Par Jean Dupont", "Autor: ...".
BYLINE_LEADS: dict[str, tuple[str, ...]] = {
    "en": ("by", "written by", "words by", "author", "posted by", "reported by"),
    "de": ("von", "autor", "autorin", "ein beitrag von", "text"),
    "fr": ("par", "auteur", "autrice", "rédigé par", "publié par"),
    "es": ("por", "autor", "autora", "escrito por", "redacción"),
    "pt": ("por", "autor", "autora"),
    "it": ("di", "autore", "autrice", "a cura di"),
    "nl": ("door", "auteur"),
    "pl": ("autor", "autorka", "napisał", "napisała", "opracowanie"),
    "ru": ("автор", "текст"),
    "uk": ("автор", "авторка"),
    "bg": ("автор",),
    "cs": ("autor", "autorka"),
    "sv": ("av", "skribent"),
    "da": ("af", "skrevet af"),
    "no": ("av", "skrevet av"),
    "fi": ("teksti", "kirjoittaja"),
    "hu": ("szerző", "írta"),
    "tr": ("yazar", "haber"),
    "id": ("oleh", "penulis"),
    "ar": ("بقلم", "كتب", "كتبت", "الكاتب", "إعداد"),
    "fa": ("نویسنده",),
    "he": ("מאת",),
}

# Labels of an update: a date after them is an update, never the publication date. The noun
# forms ("Letzte Änderung", "dernière modification") are the "last change" labels of content
# management systems' page footers, as their translations word them.
UPDATE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("updated", "last updated", "last modified", "modified", "edited", "last update"),
    "de": ("aktualisiert", "zuletzt aktualisiert", "geändert", "editiert", "update", "letzte änderung",
           "zuletzt geändert", "letzte aktualisierung"),
    "fr": ("mis à jour", "mise à jour", "modifié", "dernière mise à jour", "dernière modification"),
    "es": ("actualizado", "actualización", "modificado", "última actualización", "última modificación"),
    "pt": ("atualizado", "atualização", "actualizado", "última atualização", "última modificação"),
    "it": ("aggiornato", "aggiornamento", "modificato", "ultimo aggiornamento", "ultima modifica"),
    "nl": ("bijgewerkt", "gewijzigd", "laatst bijgewerkt", "laatst gewijzigd", "laatste wijziging"),
    "pl": ("aktualizacja", "zaktualizowano", "zmodyfikowano"),
    "ru": ("обновлено", "обновлён", "изменено"),
    "uk": ("оновлено",),
    "tr": ("güncelleme", "güncellendi"),
    "ar": ("تحديث", "آخر تحديث", "محدث"),
}

# Agencies named in datelines ("PARIS (AFP) -"), bylines ("By Jane Doe | Reuters") and last lines.
AGENCIES: tuple[str, ...] = (
    "AFP", "AP", "Associated Press", "Reuters", "dpa", "epd", "ots", "KNA", "APA", "SDA", "Keystone-SDA", "ANSA",
    "AGI", "Adnkronos", "PAP", "EFE", "Europa Press", "Lusa", "Agência Brasil", "Belga", "ANP", "ČTK", "CTK",
    "TASR", "MTI", "BTA", "Agerpres", "HINA", "Tanjug", "STA", "TT", "NTB", "Ritzau", "STT", "ТАСС", "TASS",
    "РИА Новости", "RIA Novosti", "Интерфакс", "Interfax", "УНИАН", "Укрінформ", "Ukrinform", "Anadolu",
    "Xinhua", "新华社", "Kyodo", "共同通信", "Yonhap", "연합뉴스", "PTI", "IANS", "ANI", "UNI", "Bernama",
    "Antara", "PNA", "WAM", "واس", "SPA", "MENA", "وكالة الأنباء", "IRNA", "ISNA", "WAFA", "QNA", "KUNA",
    "Bloomberg", "AAP", "NZPA", "CP", "Canadian Press", "Prensa Latina", "Télam", "Notimex", "ABI",
)

_WORD_END = r"(?![^\W\d_])"


def _alternation(words) -> str:
    """A regex alternation of words, longest first, spaces matching any white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


_LEADS = _alternation(w for words in BYLINE_LEADS.values() for w in words)
_UPDATES = _alternation(w for words in UPDATE_WORDS.values() for w in words)
# "By Jane Doe", "Von Anna Muster und Max Mann", "Autor: Jan Kowalski": a lead and one to six words.
BYLINE = re.compile(rf"(?:{_LEADS}){_WORD_END}\s*:?\s*(?P<name>\S.{{0,80}})", re.IGNORECASE)
# A byline's lead alone on its line ("By", "Von", "Par"), the name on the next (a page's markup put them
# apart); not the label "Author" alone, which heads an author's box under the text (read/authorbox.py).
_BY_LEADS = _alternation(w for words in BYLINE_LEADS.values() for w in words if not w.startswith(("aut", "авт")))
LEAD_ALONE = re.compile(rf"\s*(?:{_BY_LEADS})\s*:?\s*", re.IGNORECASE)
UPDATE = re.compile(rf"(?:^|[|·•(/]\s*)(?:{_UPDATES}){_WORD_END}", re.IGNORECASE)
AGENCY = re.compile(rf"(?<![^\W\d_])(?P<agency>{_alternation(AGENCIES)})(?![^\W\d_])")


def is_update(line: str) -> bool:
    """Whether a line labels an update ("Updated 5 hours ago", "Aktualisiert am 3. März 2024"):
    the label starts the line or a part of it after a bar or bullet."""
    return bool(UPDATE.search(line[:60]))


def before_update(line: str) -> str:
    """The part of a line before its update label ("Written: 7 Nov 2023 / Updated: 8 Nov 2023"
    gives "Written: 7 Nov 2023 "): where the publication date is; empty when the line starts with it."""
    match = UPDATE.search(line)
    return line[:match.start()] if match else line


def byline_name(line: str) -> str | None:
    """The author a byline names ("By Jane Doe | Reuters" gives "Jane Doe"), or None for another line.

    A byline is short and its name is a few capitalised words: a sentence that starts with "By"
    ("By the end of the year ...") is no byline.
    """
    text = line.strip()
    match = BYLINE.fullmatch(text) if len(text) <= 120 else None
    if match is None:
        return None
    # the name ends at a separator, a date ("Von Anna Muster 6. November 2023") or the next label
    # ("By Jane Doe Category: Politics")
    name = re.split(r"\s*[|,·•/–—-]\s*|\s+(?:am|le|el|on|il|на|في)\s+\d|\s+\d|\s+[^\W\d_]+:", match.group("name"))[0].strip()
    words = name.split()
    if not 1 <= len(words) <= 6 or not all(_name_word(w) or (i and len(w) <= 3) for i, w in enumerate(words)):
        return None
    return name


def _name_word(word: str) -> bool:
    """Whether a word may be part of a name: capitalised, or of a script without capitals (Arabic)."""
    first = word[:1]
    return first.isupper() or not first.isalpha() or not (first.islower() or first.isupper())


def agency_in(line: str) -> str | None:
    """The news agency a dateline, byline or last line names ("(AFP)", "| Reuters", "© ANSA"), or None."""
    match = AGENCY.search(line)
    return match.group("agency") if match else None
