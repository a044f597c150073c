"""Labels of the pages, in each language that has them; English is the fallback.

Labels on a page about one language's content are shown in that language. A new language
adds one entry here; a missing key falls back to English.
"""
from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "other_languages": "This story in other languages", "compare_versions": "Compare the versions",
        "events": "Events",
        "in_this_article": "In this article",
        "published": "Published", "place": "Place", "source": "Source", "language": "Language",
        "photo": "Photo", "subtitle": "Second title", "articles": "Articles",
        "truncated_title": "Incomplete text",
        "truncated_text": "The text of this article is cut off: it ends in the middle of a sentence or a word.",
        "derived_title": "Title made from the first sentence: the article has no title of its own.",
        "no_date": "date unknown", "seed_file": "Seed file", "paragraph": "Paragraph",
        "count_articles": "{n} articles",
    },
    "ar": {
        "other_languages": "هذه القصة بلغات أخرى", "compare_versions": "قارن بين النسخ",
        "events": "الأحداث",
        "in_this_article": "في هذه المقالة",
        "published": "تاريخ النشر", "place": "المكان", "source": "المصدر", "language": "اللغة",
        "photo": "صورة", "subtitle": "عنوان ثانٍ", "articles": "المقالات",
        "truncated_title": "نص غير مكتمل",
        "truncated_text": "نص هذه المقالة مقطوع: ينتهي في منتصف جملة أو كلمة.",
        "derived_title": "العنوان مأخوذ من الجملة الأولى: ليس للمقالة عنوان خاص بها.",
        "no_date": "التاريخ غير معروف", "seed_file": "الملف المصدر", "paragraph": "فقرة",
        "count_articles": "عدد المقالات: {n}",
    },
    "de": {
        "other_languages": "Diese Meldung in anderen Sprachen", "compare_versions": "Fassungen vergleichen",
        "events": "Ereignisse",
        "in_this_article": "In diesem Artikel",
        "published": "Veröffentlicht", "place": "Ort", "source": "Quelle", "language": "Sprache",
        "photo": "Foto", "subtitle": "Zweiter Titel", "articles": "Artikel",
        "truncated_title": "Unvollständiger Text",
        "truncated_text": "Der Text dieses Artikels ist abgeschnitten: Er endet mitten in einem Satz oder Wort.",
        "derived_title": "Titel aus dem ersten Satz gebildet: Der Artikel hat keinen eigenen Titel.",
        "no_date": "Datum unbekannt", "seed_file": "Quelldatei", "paragraph": "Absatz",
        "count_articles": "{n} Artikel",
    },
    "ru": {
        "other_languages": "Этот материал на других языках", "compare_versions": "Сравнить версии",
        "events": "События",
        "in_this_article": "В этой статье",
        "published": "Опубликовано", "place": "Место", "source": "Источник", "language": "Язык",
        "photo": "Фото", "subtitle": "Второй заголовок", "articles": "Статьи",
        "truncated_title": "Неполный текст",
        "truncated_text": "Текст этой статьи обрывается на середине предложения или слова.",
        "derived_title": "Заголовок составлен из первого предложения: у статьи нет своего заголовка.",
        "no_date": "дата неизвестна", "seed_file": "Исходный файл", "paragraph": "Абзац",
        "count_articles": "Статей: {n}",
    },
    "th": {
        "other_languages": "ข่าวนี้ในภาษาอื่น", "compare_versions": "เปรียบเทียบฉบับต่าง ๆ",
        "events": "เหตุการณ์",
        "in_this_article": "ในบทความนี้",
        "published": "เผยแพร่", "place": "สถานที่", "source": "แหล่งที่มา", "language": "ภาษา",
        "photo": "ภาพ", "subtitle": "ชื่อเรื่องที่สอง", "articles": "บทความ",
        "truncated_title": "ข้อความไม่สมบูรณ์",
        "truncated_text": "ข้อความของบทความนี้ถูกตัดจบกลางประโยคหรือกลางคำ",
        "derived_title": "ชื่อเรื่องสร้างจากประโยคแรก เนื่องจากบทความไม่มีชื่อเรื่อง",
        "no_date": "ไม่ทราบวันที่", "seed_file": "ไฟล์ต้นฉบับ", "paragraph": "ย่อหน้า",
        "count_articles": "{n} บทความ",
    },
}


def label(key: str, lang: str) -> str:
    """The label in the language when it has one, else in English."""
    return LABELS.get(lang, {}).get(key) or LABELS["en"][key]


def label_lang(key: str, lang: str) -> str:
    """The language the label is actually shown in (so that its `lang` attribute is right)."""
    return lang if key in LABELS.get(lang, {}) else "en"
