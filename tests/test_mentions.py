"""Table-driven tests of mention finding, per language and script: what must match and what must not."""
import pytest

from generator.annotate.mentions import build_name_index, find_mentions
from generator.knowledge.registry import Entity

REGISTRY = (
    Entity("liaoning", "place", (("ar", "لياونينغ"), ("de", "Liaoning"), ("en", "Liaoning"), ("ru", "Ляонин"), ("th", "เหลียวหนิง")),
           (("ar", "مقاطعة لياونينغ"), ("de", "Provinz Liaoning"), ("th", "มณฑลเหลียวหนิง"))),
    Entity("china", "place", (("ar", "الصين"), ("de", "China"), ("en", "China"), ("ru", "Китай"), ("th", "จีน"))),
    Entity("saudi-arabia", "place", (("ar", "المملكة العربية السعودية"), ("de", "Saudi-Arabien"), ("en", "Saudi Arabia"), ("th", "ซาอุดีอาระเบีย"))),
    Entity("saudi-aramco", "organisation", (("ar", "أرامكو السعودية"), ("en", "Saudi Aramco")), (("ar", "أرامكو"),)),
    Entity("tver-oblast", "place", (("ru", "Тверская область"),)),
    Entity("tver", "place", (("ru", "Тверь"),)),
    Entity("igor-rudenya", "person", (("ru", "Игорь Руденя"),), (("ru", "Руденя"),)),
    Entity("shenyang", "place", (("ru", "Шэньян"), ("en", "Shenyang"), ("th", "เสิ่นหยาง"))),
    Entity("primorsky-krai", "place", (("de", "Primorsky Krai"),)),
    Entity("beijing", "place", (("zh", "北京"),)),
    Entity("federation-council", "organisation", (("de", "Föderationsrat"),)),
    Entity("russia", "place", (("de", "Russland"),)),
)


@pytest.fixture(scope="module")
def index():
    """One name index for all cases."""
    return build_name_index(REGISTRY)


FOUND = [
    # Russian case forms of one- and multi-word names
    ("ru", "сотрудничество с Ляонином", [("liaoning", "Ляонином")]),
    ("ru", "В Шэньяне открыт парк", [("shenyang", "Шэньяне")]),
    ("ru", "правительства Тверской области", [("tver-oblast", "Тверской области")]),
    ("ru", "в Тверскую область", [("tver-oblast", "Тверскую область")]),
    ("ru", "Игорю Рудене было предложено", [("igor-rudenya", "Игорю Рудене")]),
    ("ru", "побратим Твери", [("tver", "Твери")]),
    ("ru", "в Китае и Китаю", [("china", "Китае"), ("china", "Китаю")]),
    # German genitive and hyphen/space variants
    ("de", "die Stärken Primorsky Krais in Häfen", [("primorsky-krai", "Primorsky Krais")]),
    ("de", "Saudi Arabiens größte Investition", [("saudi-arabia", "Saudi Arabiens")]),
    ("de", "nach Saudi-Arabien", [("saudi-arabia", "Saudi-Arabien")]),
    ("de", "in der Provinz Liaoning", [("liaoning", "Provinz Liaoning")]),
    ("de", "Industrieprovinzen Chinas", [("china", "Chinas")]),
    ("de", "des Föderationsrates Russlands", [("federation-council", "Föderationsrates"), ("russia", "Russlands")]),
    # Arabic clitics, tatweel, alef forms, the article after ل
    ("ar", "وأرامكو السعودية هي", [("saudi-aramco", "أرامكو السعودية")]),
    ("ar", "التابعة لـمقاطعة لياونينغ", [("liaoning", "مقاطعة لياونينغ")]),
    ("ar", "والمملكة العربية السعودية", [("saudi-arabia", "المملكة العربية السعودية")]),
    ("ar", "بالصين وللصين", [("china", "الصين"), ("china", "للصين")]),
    ("ar", "مقر ارامكو", [("saudi-aramco", "ارامكو")]),
    # Thai: no spaces, but whole syllables
    ("th", "ของมณฑลเหลียวหนิงได้", [("liaoning", "มณฑลเหลียวหนิง")]),
    ("th", "เมืองเสิ่นหยางของ", [("shenyang", "เสิ่นหยาง")]),
    ("th", "ระหว่าง จีน และ ซาอุดีอาระเบีย", [("china", "จีน"), ("saudi-arabia", "ซาอุดีอาระเบีย")]),
    # Latin names in any language, case-insensitive, possessive
    ("en", "Liaoning's revitalization in SHENYANG", [("liaoning", "Liaoning"), ("shenyang", "SHENYANG")]),
    ("pl", "Delegacja z Liaoning odwiedziła Shenyang", [("liaoning", "Liaoning"), ("shenyang", "Shenyang")]),
    ("th", "สำนักงานใหญ่ของ Saudi Aramco เมื่อ", [("saudi-aramco", "Saudi Aramco")]),
    # Han: no word boundaries at all
    ("zh", "代表团访问北京市", [("beijing", "北京")]),
]

NOT_FOUND = [
    ("en", "Chinatown and Indochina"),
    ("ru", "Тверьлес и Тверская"),
    ("ru", "Ляонинский"),
    ("de", "Chinasalz"),
    ("ar", "يالصين"),
    ("th", "จีนา"),
    ("en", "Liaoning2"),
]


@pytest.mark.parametrize("lang,text,expected", FOUND, ids=[f"{r[0]}:{r[1][:24]}" for r in FOUND])
def test_mentions_found(index, lang, text, expected):
    """Inflected, clitic, hyphen and unspaced forms link to their entity, with exact spans."""
    mentions = find_mentions(text, index)
    assert [(m.entity, m.surface) for m in mentions] == expected
    assert all(text[m.start:m.end] == m.surface for m in mentions)


@pytest.mark.parametrize("lang,text", NOT_FOUND, ids=[r[1] for r in NOT_FOUND])
def test_no_match_inside_longer_words(index, lang, text):
    """A name inside a longer word (or glued to digits) is not a mention."""
    assert find_mentions(text, index) == ()


def test_longest_name_wins(index):
    """Where names overlap, the longer one is the mention (Saudi Aramco, not Saudi Arabia's prefix)."""
    mentions = find_mentions("Saudi Aramco in Saudi Arabia", index)
    assert [m.entity for m in mentions] == ["saudi-aramco", "saudi-arabia"]


def test_offsets_survive_removed_marks(index):
    """Spans point into the original text even where folding removed tatweel and harakat."""
    text = "زار الوفد مقـر أرامكـو السعوديةً اليوم"
    [mention] = find_mentions(text, index)
    assert mention.surface == "أرامكـو السعوديةً"[:len(mention.surface)] and text[mention.start:mention.end] == mention.surface


def test_empty_registry_finds_nothing():
    """Without a registry the matcher finds nothing and does not fail."""
    assert find_mentions("Liaoning", build_name_index(())) == ()


def _with_place(lang: str, place: str):
    """An article whose dateline names `place` (the reader cut it from the body)."""
    from generator.model import Article, Paragraph
    body = "Text."
    return Article("a", "a.txt", lang, "test", "Title", False, body, (Paragraph("p1", "text", 0, len(body)),),
                   False, "utf-8", place=place)


HEADER = [
    ("en", "Shenyang, China", [("shenyang", "Shenyang", 0, 8, ""), ("china", "China", 10, 15, "")]),  # registry names
    ("ru", "Шэньян", [("shenyang", "Шэньян", 0, 6, "")]),
    ("de", "Hamburg", [("hamburg", "Hamburg", 0, 7, "place")]),  # unknown to the registry: a candidate place
    ("de", "Shenyang, Hamburg", [("shenyang", "Shenyang", 0, 8, ""), ("hamburg", "Hamburg", 10, 17, "place")]),
    ("ar", "القاهرة، مصر", [("القاهره", "القاهرة", 0, 7, "place"), ("مصر", "مصر", 9, 12, "place")]),  # Arabic comma; keys fold ة to ه
    ("en", "", []),  # no dateline, no header mention
    ("th", "โตเกียว ประเทศญี่ปุ่น", [("โตเกียว", "โตเกียว", 0, 7, "place"), ("ญี่ปุ่น", "ญี่ปุ่น", 14, 21, "place")]),  # after ประเทศ
    ("th", "เชียงใหม่ ลำพูน", [("เชียงใหม่", "เชียงใหม่", 0, 9, "place"), ("ลำพูน", "ลำพูน", 10, 15, "place")]),  # a Thai space
]


@pytest.mark.parametrize("lang,place,expected", HEADER, ids=["en-registry", "ru-registry", "de-candidate", "de-mixed",
                                                             "ar-arabic-comma", "no-place", "th-head-word", "th-space"])
def test_dateline_places_are_header_mentions(index, lang, place, expected):
    """Each comma part of the dateline's place is a mention in the header: a registry name, else a candidate place."""
    from generator.annotate.header import header_mentions
    found = header_mentions(_with_place(lang, place), index)
    assert [(m.entity, m.surface, m.start, m.end, m.kind) for m in found] == expected
    assert all(m.header and place[m.start:m.end] == m.surface for m in found)


def test_header_mentions_stay_out_of_the_body():
    """A header mention has no body span: sentence, paragraph and inline-link lookups never see it."""
    from generator.annotate.pipeline import Knowledge, annotate
    annotated = annotate(_with_place("de", "Hamburg"), Knowledge(build_name_index(())))
    assert [m.surface for m in annotated.header] == ["Hamburg"]
    assert annotated.all_mentions() == () and annotated.mentions_within(0, 5) == ()


def test_a_dateline_candidate_joins_the_same_name_in_a_body():
    """The dateline's candidate place and the same name in another article's body are one entity."""
    from dataclasses import replace
    from generator.annotate.pipeline import Knowledge, annotate
    from generator.build import discover
    from generator.model import Paragraph
    knowledge = Knowledge(build_name_index(()))
    body = "Der Hafen von Hamburg wächst. In Hamburg ist es kalt."
    other = replace(_with_place("de", ""), id="b", source_file="b.txt", body=body,
                    paragraphs=(Paragraph("p1", "text", 0, len(body)),))
    entities, rekeyed = discover({"a": annotate(_with_place("de", "Hamburg"), knowledge), "b": annotate(other, knowledge)})
    (header,) = rekeyed["a"].header
    assert header.header and header.entity in {m.entity for m in rekeyed["b"].candidates if m.surface == "Hamburg"}
    assert {e.id: e.type for e in entities}[header.entity] == "place"
