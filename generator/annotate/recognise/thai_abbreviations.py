"""Thai abbreviated names: a known name cut short with ฯ, and Latin acronyms spelt with Thai letter names.

- ฯ (ไปยาลน้อย) is the Thai mark of abbreviation: "สหรัฐฯ" stands for the longer name that begins with
  สหรัฐ (สหรัฐอเมริกา). When the gazetteer holds a country or region name that begins with those letters,
  the abbreviation is that place (the shortest such name when there are several).
- Thai writes Latin acronyms by the English names of their letters (อียู EU, ยูเอ็น UN, เอเอฟพี AFP;
  Royal Institute transcription and press usage): a word made only of letter names, standing between
  spaces or punctuation, is an acronym. Acronyms in news are organisations' names in most cases.
- Thai acronyms proper are consonant letters closed by a dot (Royal Institute rules: the initial
  consonants of the syllables, สธ. for สาธารณสุข, กทม.): two to five consonants, perhaps followed by
  more dotted groups (a faculty after its university). Titles, offices (ผอ. director), units (กม.) and
  dates (ม.ค., with a dot inside) are no names. A hospital's or a school's abbreviated head (รพ., รร.)
  names the body with the word glued after it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from generator.annotate.recognise.found import Found
from generator.lang import gazetteer
from generator.lang.boundaries import thai_cluster_boundaries
from generator.lang.fold import fold_form
from generator.lang.thai import OFFICE_ABBREVIATION, TITLE_ABBREVIATIONS, UNIT_ABBREVIATIONS, is_word, segment

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
    yield from _dotted_acronyms(body)


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


_CONSONANTS = "\u0e01-\u0e2e"
# Consonants closed by a dot, then dotted groups of 1 to 4 consonants glued after them (a faculty after
# its university); not after a dot or a digit (the second half of ม.ค., a unit after a number).
_DOTTED = re.compile(f"(?<![.\\d])([{_CONSONANTS}]{{2,}})\\.((?:[{_CONSONANTS}]{{1,4}}\\.)*)")
_LETTERS = (2, 5)  # consonants of an acronym
# Abbreviated heads of a body named by the word glued after them: hospital (โรงพยาบาล), school (โรงเรียน).
_HEADS = ("รพ.", "รร.")
_NUMBER_BEFORE = re.compile("\\d\\s*$")
_NAME_WORDS = 2  # dictionary words of a name glued after an abbreviated head, at most


def _dotted_acronyms(body: str) -> Iterator[Found]:
    """Dotted Thai acronyms (สธ., กทม.) as organisations, and a hospital's or a school's name after รพ., รร."""
    boundaries = None
    for match in _DOTTED.finditer(body):
        run, start = match.group(1), match.start(1)
        if re.match(f"[{_THAI}]", body[start - 1:start]):
            # Glued after a word: the acronym must be a word of pythainlp's dictionary (it lists กทม., รพ.),
            # the longest that ends the run and starts at a character-cluster boundary.
            boundaries = boundaries if boundaries is not None else thai_cluster_boundaries(body)
            cut = next((k for k in range(max(0, len(run) - _LETTERS[1]), len(run) - _LETTERS[0] + 1)
                        if start + k in boundaries and is_word(run[k:] + ".")), None)
            if cut is None:
                continue
            run, start = run[cut:], start + cut
        elif len(run) > _LETTERS[1]:
            continue
        acronym = run + "."
        if not _names_a_body(acronym, body, start):
            continue
        end = match.end()
        if acronym in _HEADS and not match.group(2):
            end = _glued_name_end(body, end)
            if end == match.end():
                continue  # "the hospital" with no name after it names no one hospital
        yield Found(start, end, "organisation")


def _names_a_body(acronym: str, body: str, start: int) -> bool:
    """Whether a dotted acronym can name a body: no title (nor the end of a word before one: กับพ.ต.ท.), office
    or unit, no unit after a number."""
    return not (any(body.startswith(TITLE_ABBREVIATIONS, at) for at in range(start, start + len(acronym))) or acronym in UNIT_ABBREVIATIONS or OFFICE_ABBREVIATION.match(acronym)
                or _NUMBER_BEFORE.search(body, max(0, start - 4), start))


def _glued_name_end(body: str, start: int) -> int:
    """The end of the words glued after an abbreviated head, up to a function word (the head alone: start)."""
    from generator.annotate.recognise.thai_names import cut_words

    run = re.compile(f"[{_THAI}]*").match(body, start).group()
    taken = start
    for word in segment(run)[:_NAME_WORDS]:
        if word in cut_words() or word.startswith(cut_words()):
            break
        taken += len(word)
    return taken
