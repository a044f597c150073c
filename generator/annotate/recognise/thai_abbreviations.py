"""Thai abbreviated names: a known name cut short with ฯ, and Latin acronyms spelt with Thai letter names.

- ฯ (ไปยาลน้อย) is the Thai mark of abbreviation: "สหรัฐฯ" stands for the longer name that begins with
  สหรัฐ (สหรัฐอเมริกา). When the gazetteer holds a country or region name that begins with those letters,
  the abbreviation is that place (the shortest such name when there are several).
- Thai writes Latin acronyms by the English names of their letters (อียู EU, ยูเอ็น UN, เอเอฟพี AFP;
  Royal Institute transcription and press usage): a word made only of letter names, standing between
  spaces or punctuation, is an acronym. Acronyms in news are organisations' names in most cases.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from generator.annotate.recognise.found import Found
from generator.lang import gazetteer
from generator.lang.boundaries import thai_cluster_boundaries
from generator.lang.fold import fold_form

_THAI = "\u0e01-\u0e4e"
_ABBREVIATION_MARK = "ฯ"
_MIN_STEM = 4  # letters before ฯ: shorter stems begin too many names
# Countries and first-level regions only (CLDR territories, ISO 3166-2): the names press abbreviates.
_COUNTRIES_AND_REGIONS = ("cldr:", "iso3166-2:")
# The English letter names as Thai writes them (A to Z; W and Z have two spellings).
LETTER_NAMES = ("เอ บี ซี ดี อี เอฟ จี เอช ไอ เจ เค แอล เอ็ม เอ็น โอ พี คิว อาร์ เอส ที ยู วี ดับเบิลยู ดับบลิว "
                "เอ็กซ์ วาย แซด").split()
_MIN_LETTERS, _MAX_LETTERS = 2, 6


def find(body: str, lang: str) -> Iterator[Found]:
    """Places abbreviated with ฯ and acronyms spelt with letter names."""
    yield from _abbreviated_places(body, lang)
    yield from _letter_acronyms(body)


def _abbreviated_places(body: str, lang: str) -> Iterator[Found]:
    """Thai letters closed by ฯ that begin one country's or region's name (สหรัฐฯ); Thai glues words, so
    the stem may start anywhere in the run at a character-cluster boundary (longest stem first)."""
    for match in re.finditer(f"[{_THAI}]{{{_MIN_STEM},}}(?={_ABBREVIATION_MARK})", body):
        boundaries = thai_cluster_boundaries(match.group())
        for offset in sorted(b for b in boundaries if len(match.group()) - b >= _MIN_STEM):
            entry = _place_starting(match.group()[offset:], lang)
            if entry is not None:
                yield Found(match.start() + offset, match.end() + 1, "place", entry.id)
                break


@lru_cache(maxsize=4096)
def _place_starting(stem: str, lang: str):
    """The country or region whose name in this language begins with the stem, else None.

    When several do, the one that the abbreviation shortens least (สหรัฐฯ: สหรัฐอเมริกา before
    สหรัฐอาหรับเอมิเรตส์), unless two tie.
    """
    from generator.lang.gazetteer import _index

    index = _index()
    key = fold_form(stem)
    options = sorted({(len(form), entry_id) for form in index.forms_starting(key) if form != key
                      for entry_id, form_lang, _ in index.forms[form]
                      if form_lang == lang and entry_id.startswith(_COUNTRIES_AND_REGIONS)})
    if not options or (len(options) > 1 and options[0][0] == options[1][0]):
        return None
    return gazetteer.entry(options[0][1])


@lru_cache(maxsize=1)
def _acronym_pattern() -> re.Pattern:
    """Two to six letter names standing alone between non-Thai characters."""
    letters = "|".join(re.escape(n) for n in sorted(LETTER_NAMES, key=len, reverse=True))
    return re.compile(f"(?<![{_THAI}])(?:{letters}){{{_MIN_LETTERS},{_MAX_LETTERS}}}(?![{_THAI}])")


def _letter_acronyms(body: str) -> Iterator[Found]:
    """Acronyms written with Thai letter names (อียู, เอฟเอโอ) as organisations."""
    for match in _acronym_pattern().finditer(body):
        yield Found(match.start(), match.end(), "organisation")
