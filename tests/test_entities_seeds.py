"""Entities on the seed corpus: a hand-made list of names each article uses, linked to the right page.

The list was made by reading the five articles; each row is a surface form as the article writes it.
"""
from __future__ import annotations

import json
import os
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest

from generator.annotate.mentions import build_name_index
from generator.annotate.pipeline import Knowledge, annotate
from generator.knowledge.registry import load_registry
from generator.model import HEADER_PLACE, HEADER_TITLE

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "mentions.json"
AR, TH, DE, RU, EN = ("000_19d5bed1d5b90f32.txt", "001_47c2c21cdd7082a6.txt", "002_72008c147d53139e.txt",
                      "003_a69ecc05fa5aba7e.txt", "004_7403dead97f10758.txt")

HAND_LIST = [
    (AR, "liaoning", "لياونينغ"), (AR, "germany", "ألمانيا"), (AR, "saudi-arabia", "المملكة العربية السعودية"),
    (AR, "russia", "روسيا"), (AR, "bmw-group", "مجموعة بي إم دبليو"), (AR, "siemens", "سيمنز"),
    (AR, "saudi-aramco", "أرامكو السعودية"), (AR, "panjin", "مدينة بانجين"), (AR, "dalian", "داليان"),
    (AR, "vladivostok", "فلاديفوستوك"), (AR, "federation-council", "مجلس الاتحاد"), (AR, "china", "الصين"),
    (TH, "liaoning", "มณฑลเหลียวหนิง"), (TH, "germany", "เยอรมนี"), (TH, "saudi-arabia", "ซาอุดีอาระเบีย"),
    (TH, "russia", "รัสเซีย"), (TH, "bmw-group", "BMW Group"), (TH, "saudi-aramco", "Saudi Aramco"),
    (TH, "tianjin", "เตียนจิน"), (TH, "vladivostok", "วลาดีวอสตอค"), (TH, "china", "จีน"),
    (DE, "liaoning", "Provinz Liaoning"), (DE, "germany", "Deutschland"), (DE, "saudi-arabia", "Saudi-Arabien"),
    (DE, "saudi-arabia", "Saudi Arabiens"), (DE, "russia", "Russland"), (DE, "shenyang", "Stadt Shenyang"),
    (DE, "primorsky-krai", "Primorsky Krais"), (DE, "vladivostok", "Wladiwostok"), (DE, "china", "Chinas"),
    (RU, "liaoning", "провинции Ляонин"), (RU, "tver", "Твери"), (RU, "tver-oblast", "Тверской областью"),
    (RU, "shenyang", "Шэньяне"), (RU, "igor-rudenya", "Игорю Рудене"), (RU, "hao-peng", "Хао Пэн"),
    (RU, "li-lecheng", "Ли Лэчэн"), (RU, "yingkou", "Инкоу"), (RU, "siasun", "Siasun Robot & Automation"),
    (RU, "korall", "Коралл"), (RU, "tver-carriage-works", "Тверской вагоностроительный завод"),
    (RU, "russian-chinese-trade-industrial-park", "Российско-Китайском торгово-промышленном парке"),
    (EN, "hao-peng", "Hao Peng"), (EN, "germany", "Germany"), (EN, "frankfurt", "Frankfurt"), (EN, "munich", "Munich"),
    (EN, "hesse", "Hesse"), (EN, "shenyang", "Shenyang City"), (EN, "sap", "SAP Group"), (EN, "jens-rigg", "Jens Rigg"),
    (EN, "stephen-blandall", "Stephen Blandall"), (EN, "sulzer-group", "Sulzer Group"), (EN, "olaf-scholz", "Scholcz"),
    (EN, "xi-jinping", "Xi"), (EN, "chen-shaowang", "Chen Shaowang"),
]


@pytest.fixture(scope="module")
def annotated(seed_articles):
    """The seed articles annotated with the curated registry."""
    knowledge = Knowledge(build_name_index(load_registry(ROOT / "seeds" / "knowledge" / "entities.yml")))
    return {name: annotate(article, knowledge) for name, article in seed_articles.items()}


def test_hand_list_covers_thirty_entities_in_all_articles():
    """The hand-made list is broad enough to mean something."""
    assert len({entity for _, entity, _ in HAND_LIST}) >= 30
    assert {name for name, _, _ in HAND_LIST} == {AR, TH, DE, RU, EN}


@pytest.mark.parametrize("name,entity,surface", HAND_LIST, ids=[f"{e}:{s}" for _, e, s in HAND_LIST])
def test_hand_listed_name_is_linked(annotated, name, entity, surface):
    """Each name a reader sees in an article is a mention of the right entity, with its exact text."""
    found = {(m.entity, m.surface) for m in annotated[name].mentions}
    assert (entity, surface) in found


class _MentionLinks(HTMLParser):
    """Collects (href, text) of the mention links on a page."""

    def __init__(self):
        super().__init__()
        self.links, self._href = [], None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and "dossier-mention" in (attributes.get("class") or ""):
            self._href, self._text = attributes["href"], ""

    def handle_data(self, data):
        if self._href is not None:
            self._text += data

    def handle_endtag(self, tag):
        if tag == "a" and self._href is not None:
            self.links.append((unquote(self._href), self._text))
            self._href = None


def test_every_mention_links_to_its_entity_page(built_site, annotated):
    """On every article page, the first mention of each entity in each paragraph links to its entity's page."""
    knowledge = json.loads((built_site / "site" / "knowledge.json").read_text(encoding="utf-8"))
    urls = {a["source_file"]: a["url"] for a in knowledge["articles"]}
    linked = 0
    for name, item in annotated.items():
        parser = _MentionLinks()
        parser.feed((built_site / "site" / urls[name]).read_text(encoding="utf-8"))
        expected = []
        for paragraph in item.article.paragraphs:
            seen = set()
            for m in item.mentions:
                if paragraph.start <= m.start and m.end <= paragraph.end and m.entity not in seen:
                    seen.add(m.entity)
                    expected.append((f"../entities/{m.entity}.html", m.surface))
        assert parser.links == expected, name
        linked += len(expected)
    assert linked < sum(len(item.mentions) for item in annotated.values())  # the seeds repeat names in paragraphs


def mention_rows(annotated) -> dict:
    """Every mention of every seed article: entity id, surface text, offset; the header's first (dateline places,
    then the headline's names), marked with the header text they are in ("place", "title")."""
    return {name: [[m.entity, m.surface, m.header] for m in annotated[name].header]
            + [[m.entity, m.surface, m.start] for m in annotated[name].mentions] for name in sorted(annotated)}


@pytest.mark.parametrize("name,expected", [
    (AR, [("shenyang", "شنيانغ")]),  # "شنيانغ - ..." before the date
    (TH, [("shenyang", "เชียงหยาง"), ("china", "ประเทศจีน")]),  # the city, then the country, one space apart
    (DE, [("shenyang", "Shenyang"), ("china", "China")]),  # "SHENYANG, China, 26. Oktober 2023"
    (RU, []), (EN, []),  # no dateline
])
def test_the_dateline_place_is_a_mention_of_the_header(annotated, name, expected):
    """A dateline names the article's place: each name in it is a mention located in the header."""
    assert [(m.entity, m.surface) for m in annotated[name].header if m.header == HEADER_PLACE] == expected
    assert all(m.header in (HEADER_PLACE, HEADER_TITLE) for m in annotated[name].header)
    assert not any(m.header for m in annotated[name].all_mentions())  # body spans only


def test_the_dateline_place_lists_the_article_on_its_page(built_site):
    """knowledge.json holds the header mention (no body span); the place's page lists the article by its dateline."""
    knowledge = json.loads((built_site / "site" / "knowledge.json").read_text(encoding="utf-8"))
    source = {a["id"]: a["source_file"] for a in knowledge["articles"]}
    shenyang = next(e for e in knowledge["entities"] if e["id"] == "shenyang")
    headers = sorted((source[m["article"]], m["surface"]) for m in shenyang["mentions"] if m.get("in") == "header")
    assert headers == [(AR, "شنيانغ"), (TH, "เชียงหยาง"), (DE, "Shenyang")]
    assert all(m["start"] is None and m["end"] is None for m in shenyang["mentions"] if m.get("in") == "header")
    page = (built_site / "docs" / "entities" / "shenyang.md").read_text(encoding="utf-8")
    assert page.count("Place: <span") == 3  # the label of the article header's place


def test_golden_mentions(annotated):
    """Every mention found per seed article matches the reviewed golden file (make golden rewrites it)."""
    actual = mention_rows(annotated)
    if os.environ.get("DOSSIER_REGENERATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(actual, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    assert actual == json.loads(GOLDEN.read_text(encoding="utf-8"))
