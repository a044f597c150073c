"""Where an article names its source or publisher: labelled lines, masthead lines, attributions."""
from __future__ import annotations

import re

from generator.lang.scripts import ends_sentence

# "Source: X" lines, in any language; the line is metadata, not body.
SOURCE_LINE = re.compile(
    r"(?:source|sources|quelle|источник|المصدر|ที่มา|fuente|fonte|źródło)\s*:\s*(?P<source>.{2,120})",
    re.IGNORECASE,
)

# A masthead line names a publication type and the publication's name in quotes
# ('Еженедельник "Аргументы и Факты" № 48').
PUBLICATION_WORDS = (
    r"еженедельник|газета|журнал|агентство|издание|weekly|newspaper|magazine|agency|"
    r"wochenzeitung|zeitung|zeitschrift|agentur|صحيفة|جريدة|مجلة|وكالة|หนังสือพิมพ์|นิตยสาร|สำนักข่าว"
)
_MASTHEAD_MAX_WORDS = 8
QUOTED_NAME = re.compile(r"[«„“\"](?P<name>[^»“”\"]{2,80})[»“”\"]")
MASTHEAD = re.compile(rf"(?:{PUBLICATION_WORDS})\b", re.IGNORECASE)

# Attributions to a press or information office, which is the source of a press release:
# "so das Informationsbüro der ...", "وفقًا لمكتب المعلومات ...", "ตามสำนักข่าว...".
ATTRIBUTIONS: dict[str, tuple[str, ...]] = {
    "de": (r"\bso\s+(?:das|die|der)\s+(?P<source>(?:Informationsbüro|Pressestelle|Presseamt|Nachrichtenagentur|Informationsamt)\b[^.;:!?]{0,120})",),
    "en": (r"\baccording\s+to\s+(?:the\s+)?(?P<source>(?:information|press|news)\s+(?:office|agency|bureau|service)\b[^.;:!?]{0,120})",),
    "ar": (r"وفق(?:[اً]|ًا|ا)?\s+(?:لـ\s*|ل)(?P<source>(?:مكتب\s+المعلومات|المكتب\s+الإعلامي|وكالة\s+(?:أنباء|الأنباء))[^.;:!?؟]{0,120})",),
    "th": (r"ตาม(?P<source>สำนักข่าว[^\s.]{0,80}|สำนักงานข้อมูลข่าวสาร[^\s.]{0,80})",),
    "ru": (r"\b(?:сообщает|сообщила|сообщили|по\s+данным|по\s+информации)\s+(?P<source>(?:пресс-служб\w*|информационн\w+\s+агентств\w*|информационн\w+\s+бюро)\b[^.;:!?]{0,120})",),
}
_ATTRIBUTIONS = {lang: tuple(re.compile(p, re.IGNORECASE) for p in pats) for lang, pats in ATTRIBUTIONS.items()}


def source_line(line: str) -> str | None:
    """The source a "Source: X" line names, or None."""
    match = SOURCE_LINE.fullmatch(line.strip())
    return match.group("source").strip() if match else None


def masthead_name(line: str) -> str | None:
    """The publication a masthead line names in quotes, or None when the line is no masthead.

    A masthead is a label, not a sentence: a line of more than a few words that ends as a sentence
    ends ('Die "Zeitung X" hatte über … berichtet.') is the text quoting a publication.
    """
    if not MASTHEAD.search(line) or (len(line.split()) > _MASTHEAD_MAX_WORDS and ends_sentence(line)):
        return None
    match = QUOTED_NAME.search(line)
    return match.group("name").strip() if match else None


def attributed_source(text: str, lang: str) -> str | None:
    """The press or information office the text attributes itself to, or None."""
    for pattern in _ATTRIBUTIONS.get(lang, ()):
        match = pattern.search(text)
        if match:
            return match.group("source").strip(" ,،")
    return None
