"""Thai bodies and places named by the way Thai writes them rather than by a cue word: registered companies
(บริษัท X จำกัด), villages before the rest of their address (บ้านX ต.Y), university faculties (คณะX-ศาสตร์),
a country's regions (ภาคใต้)."""
from __future__ import annotations

import re
from typing import Iterator

from generator.annotate.recognise.found import Found
from generator.annotate.recognise.thai_names import GIVEN_NAME_MIN, NAME_MAX, THAI_LETTERS, cut_words
from generator.lang.boundaries import thai_cluster_boundaries
from generator.lang.stopwords import function_words
from generator.lang.thai import is_frequent, is_word, segment

_THAI, _NAME_MAX, _GIVEN_NAME_MIN = THAI_LETTERS, NAME_MAX, GIVEN_NAME_MIN


def find(body: str) -> Iterator[Found]:
    """Registered companies and their bare names, villages in addresses, faculties."""
    yield from _companies(body)
    yield from _villages(body)
    yield from _faculties(body)
    yield from _regions(body)


# A Thai company's registered name: บริษัท (company) + name + จำกัด (limited), perhaps (มหาชน) (public), as written
# (with ำ or its decomposition ํา). Thai news then names the company by the bare name alone ("X ได้...").
_COMPANY = re.compile(f"บริษัท ?([{_THAI}A-Za-z0-9.&\\-]{{2,{_NAME_MAX * 2}}}?) ?จ(?:ำ|ํา)กัด(?: ?\\(มหาชน\\))?")


def _companies(body: str) -> Iterator[Found]:
    """Registered company names, and the bare name repeated elsewhere in the article at syllable boundaries."""
    bare = set()
    for match in _COMPANY.finditer(body):
        yield Found(match.start(), match.end(), "organisation")
        name = match.group(1)
        if len(name) >= _GIVEN_NAME_MIN and not is_frequent(name) and name not in cut_words():
            bare.add(name)
    if not bare:
        return
    boundaries = thai_cluster_boundaries(body)
    for name in sorted(bare):
        for match in re.finditer(re.escape(name), body):
            if match.start() in boundaries and match.end() in boundaries:
                yield Found(match.start(), match.end(), "organisation")


# A Thai address names the village first, then its number, sub-district, district and province: "บ้านX หมู่ 4
# ต.Y อ.Z จ.W" (บ้าน "village" is written glued to the name and belongs to it). A run of villages joined by และ
# ("บ้านXและบ้านY ต.Z") shares the address. บ้านเลขที่ is a house number, no village. The village's name is
# glued to what comes before it, so บ้าน must begin a word there.
_VILLAGE = re.compile(rf"บ้าน[{_THAI}]{{2,{_NAME_MAX * 3}}}(?= ?(?:หมู่|ม\. ?\d|ต\.|ตำบล|อ\.|อำเภอ))")
_VILLAGE_HEAD, _HOUSE_NUMBER = "บ้าน", "เลขที่"


def _villages(body: str) -> Iterator[Found]:
    """Villages named before the rest of their address (บ้านX ต.Y), each of a run joined by และ."""
    boundaries = None
    for match in _VILLAGE.finditer(body):
        start = match.start()
        boundaries = boundaries or thai_cluster_boundaries(body)
        if start not in boundaries or any(is_word(body[start - k:start + len(_VILLAGE_HEAD)]) for k in range(1, 5)):
            continue  # บ้าน ends another word: ชาวบ้าน "villagers", หมู่บ้าน "village", เจ้าของบ้าน "house owner"
        for part in match.group().split("และ"):
            name = part[len(_VILLAGE_HEAD):]
            if not (part.startswith(_VILLAGE_HEAD) and 2 <= len(name) <= _NAME_MAX) or name.startswith(
                    (_HOUSE_NUMBER, *cut_words())) or any(w in function_words("th") for w in segment(name)):
                break
            yield Found(start, start + len(part), "place")
            start += len(part) + len("และ")


# A university's faculty: คณะ ("body, group") + the discipline it teaches, which Thai names with ศาสตร์ "-science"
# (คณะนิติศาสตร์, faculty of law; คณะวิศวกรรมศาสตร์), or any discipline when the university's name follows glued
# (คณะX มหาวิทยาลัยY). Other bodies คณะ heads (คณะทำงาน working group, คณะแพทย์ team of doctors) name no one.
_FACULTY = re.compile(f"คณะ(?:[{_THAI}]{{2,{_NAME_MAX}}}?(?=มหาวิทยาลัย)|[{_THAI}]{{2,{_NAME_MAX * 2}}}?ศาสตร์)")


def _faculties(body: str) -> Iterator[Found]:
    """A faculty named by its discipline in -ศาสตร์ or before its university's name."""
    boundaries = None
    for match in _FACULTY.finditer(body):
        boundaries = boundaries or thai_cluster_boundaries(body)
        if match.start() in boundaries and match.end() in boundaries and not any(
                word in function_words("th") for word in segment(match.group()[len("คณะ"):])):
            yield Found(match.start(), match.end(), "organisation")


# A country's region: ภาค ("part, region") + a point of the compass or the centre (ภาคเหนือ the North, ภาคใต้ the South,
# ภาคกลาง, ภาคตะวันออกเฉียงเหนือ, ภาคอีสาน the Northeast): Thai writes the regions of Thailand, and of other countries
# (ภาคใต้ของลาว), so; which country's region is left to the context (no gazetteer id).
_REGION = re.compile("ภาค(?:ตะวันออกเฉียงเหนือ|ตะวันออกเฉียงใต้|ตะวันออก|ตะวันตก|เหนือ|ใต้|กลาง|อีสาน)")


def _regions(body: str) -> Iterator[Found]:
    """Regions named by a point of the compass after ภาค, where ภาค begins a word and the direction ends one."""
    boundaries = None
    for match in _REGION.finditer(body):
        boundaries = boundaries or thai_cluster_boundaries(body)
        if match.start() in boundaries | {0} and match.end() in boundaries | {len(body)} and not any(
                is_word(body[match.start() - k:match.end()]) for k in range(1, 4)):
            yield Found(match.start(), match.end(), "place")

