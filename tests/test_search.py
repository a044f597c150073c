"""Search in every language, without a browser: the normaliser (Python and JavaScript agree), Thai
segmentation, the index the build hook writes, the search languages, and the built site's own search
worker run in Node."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest
import yaml

from conftest import ROOT
from generator.lang.search import UnsupportedSearchLanguage, check_search_languages, search_languages, search_rules
from generator.search import SEPARATOR
from generator.search.index import PageInfo, dumps, page_info, prepare
from generator.search.normalise import RULES, compose_sara_am, fold, index_forms, query_form
from generator.search.segment import ZWSP, thai_segmenter
from generator.search.shards import read_index

NODE = shutil.which("node") or "/usr/bin/node"
SEARCH_JS = ROOT / "generator" / "assets" / "search.js"
NODE_SEARCH = ROOT / "generator" / "search" / "node_search.js"
WORD = re.compile(r"[^\W_]+(?:[\u0e00-\u0e7f\u064b-\u065f\u0670\u0640]+[^\W_]*)*")
CLITICS = ["و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "كال", "لل", "ول", "وب", "وبال", "فلل"]

# Inputs the two normalisers must treat alike, besides every word of the seed articles.
EDGE_CASES = [
    "Straße", "ÄÖÜ", "Föderationsrates", "Saudi-Arabiens", "Æbleskiver", "Łódź", "Ørsted", "İstanbul",
    "ΣΟΦΟΣ", "Ἀθῆναι", "Ёлка", "ЙОГУРТ", "Тверью", "статья", "статью", "КНР", "Бау", "Хао",
    "أَرَامْكُو", "أرامـكو", "وأرامكو", "لـمقاطعة", "للصين", "وبالصين", "فلاديفوستوك", "إبراهيم", "آسيا",
    "مستشفى", "ٱلله", "المدينة", "پاکستان", "یک", "٢٠٢٣", "۱۴۰۲", "๒๕๖๖", "२०२३",
    "กํา", "สําคัญ", "น้ํา", "เสิ่นหยาง", "ความร่วมมือ", "soft\u00adhyphen", "zero\u200bwidth", "\u200frtl",
    "BMW", "C3PO", "83,7", "ab", "x", "", "ǅ", "ﬁnance", "naïve", "Ærø",
]


def seed_words(seed_articles) -> list[str]:
    """Every distinct word of the seed articles (titles and bodies)."""
    words = {m.group() for a in seed_articles.values() for text in (a.title, a.body) for m in WORD.finditer(text)}
    return sorted(words)


def run_node(script: str, payload) -> object:
    """Run JavaScript in Node with `payload` as JSON on stdin; return its JSON output."""
    result = subprocess.run([NODE, "-e", script], input=json.dumps(payload), capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


JS_NORMALISE = f"""
const N = require({json.dumps(str(SEARCH_JS))})
const words = JSON.parse(require("fs").readFileSync(0, "utf-8"))
const out = words.map(w => {{ const f = N.fold(w); return [f, N.queryForm(f), N.indexForms(f)] }})
process.stdout.write(JSON.stringify({{ rules: N.RULES, out }}))
"""


# --- the normaliser: Python and JavaScript agree -------------------------------------------------------

def test_js_and_python_rule_tables_agree():
    """Both normalisers use the same tables (clitics, endings, letter forms)."""
    js = run_node(JS_NORMALISE, [])["rules"]
    assert js == json.loads(json.dumps(RULES))


def test_js_and_python_normalise_alike(seed_articles):
    """fold, query form and index forms agree on every seed word and on edge cases of every script."""
    words = EDGE_CASES + seed_words(seed_articles)
    assert len(words) > 1000
    js = run_node(JS_NORMALISE, words)["out"]
    python = [[fold(w), query_form(fold(w)), index_forms(fold(w))] for w in words]
    differ = [(w, p, j) for w, p, j in zip(words, python, js) if p != j]
    assert not differ, f"{len(differ)} words differ (word, python, js): {differ[:10]}"


# --- the normaliser: what it does ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "folded"), [
    ("أَرَامْكُو", "ارامكو"),          # harakat
    ("أرامـكو", "ارامكو"),             # tatweel
    ("إبراهيم آسيا مستشفى مدينة", "ابراهيم اسيا مستشفي مدينه"),  # alef forms, alef maqsura, ta marbuta
    ("٢٠٢٣ ۱۴۰۲ ๒๕๖๖", "2023 1402 2566"),  # digits of every script
    ("Föderationsrat Straße", "foderationsrat strasse"),
    ("Ёлка ЙОГУРТ", "елка йогурт"),     # ё folds, й stays
    ("สําคัญ น้ํา", "สำคัญ น้ำ"),         # decomposed SARA AM (and with a tone mark)
    ("zero\u200bwidth soft\u00adhyphen", "zerowidth softhyphen"),
])
def test_fold(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize(("typed", "written"), [
    ("أرامكو", "وأرامكو"), ("أرامكو", "لأرامكو"), ("أرامكو", "وبأرامكو"), ("الصين", "للصين"),
    ("الصين", "وبالصين"), ("صين", "الصين"), ("مقاطعة", "لـمقاطعة"), ("وأرامكو", "أرامكو"),
    ("Шэньян", "Шэньяне"), ("Шэньяне", "Шэньян"), ("Ляонин", "Ляонином"), ("Ляонином", "Ляонин"),
    ("Тверь", "Твери"), ("Твери", "Тверью"), ("область", "областей"), ("статья", "статью"),
    ("Тверская", "Тверской"), ("Россия", "России"), ("Китай", "Китаем"),
    ("China", "Chinas"), ("Chinas", "China"), ("Föderationsrat", "Föderationsrates"),
    ("Foderationsrates", "Föderationsrat"), ("Unternehmen", "Unternehmens"), ("Städte", "Städten"),
    ("chinesisch", "chinesischen"), ("Hessen", "Hesse"), ("delegations", "delegation"),
])
def test_typed_form_finds_written_form(typed, written):
    """A word typed in one form is a prefix of an index form of the word as the text writes it."""
    query = query_form(fold(typed))
    assert any(form.startswith(query) for form in index_forms(fold(written))), (query, index_forms(fold(written)))


@pytest.mark.parametrize(("typed", "written"), [
    ("بيان", "يانغ"), ("Шэньян", "Шанхай"), ("China", "Chile"), ("Rat", "Rotterdam"), ("أرامكو", "رامكو"),
])
def test_typed_form_does_not_find_other_words(typed, written):
    query = query_form(fold(typed))
    assert not any(form.startswith(query) for form in index_forms(fold(written)))


def test_every_seed_word_is_found_as_typed_letter_by_letter(seed_articles):
    """Each prefix of each word (3 letters on), typed, is a prefix of one of the word's index forms."""
    missed = []
    for word in seed_words(seed_articles):
        folded = fold(word)
        forms = index_forms(folded)
        for end in range(min(3, len(word)), len(word) + 1):
            query = query_form(fold(word[:end]))
            if query and not any(form.startswith(query) for form in forms):
                missed.append((word, word[:end], query))
    assert not missed, missed[:20]


def test_bare_arabic_word_finds_every_clitic_form(seed_articles):
    """Typing a bare Arabic word finds it with any clitic (و ف ب ل ك ال and combinations) attached."""
    words = [w for w in seed_words(seed_articles) if re.fullmatch(r"[\u0621-\u064a]{4,}", fold(w))]
    assert len(words) > 200
    missed = [(c, w) for w in words for c in CLITICS
              if not w.startswith(("ال", "و", "ف")) and query_form(fold(w)) not in index_forms(fold(c + w))]
    assert not missed, missed[:20]


def test_sara_am():
    assert compose_sara_am("\u0e2a\u0e4d\u0e32\u0e04\u0e31\u0e0d") == "สำคัญ"
    assert compose_sara_am("\u0e19\u0e49\u0e4d\u0e32") == "น้ำ"
    assert compose_sara_am("\u0e19\u0e4d\u0e49\u0e32") == "น้ำ"


# --- Thai segmentation ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def segment():
    return thai_segmenter(["เสิ่นหยาง", "มณฑลเหลียวหนิง", "ลี่อนิง", "Shenyang"])


def test_thai_words_are_cut_with_zero_width_spaces(segment):
    text = "คณะผู้แทนทางเศรษฐกิจและการค้าขนาดสูงจากมณฑลเหลียวหนิง"
    words = segment(text).split(ZWSP)
    assert "".join(words) == text
    assert {"คณะผู้แทน", "การค้า", "มณฑลเหลียวหนิง"} <= set(words)


def test_thai_names_are_kept_whole(segment):
    assert "เสิ่นหยาง" in segment("เมืองเสิ่นหยางของมณฑล").split(ZWSP)
    assert "ลี่อนิง" in segment("ลี่อนิงมุ่งมั่นส่งเสริม").split(ZWSP)


def test_thai_segmentation_leaves_other_text_and_markup(segment):
    assert segment("<p>Liaoning, 2023 — «Шэньян»</p>") == "<p>Liaoning, 2023 — «Шэньян»</p>"
    assert segment("<p>ข่าวนี้</p> <li>BMW Groupที่ใหญ่</li>") == \
        f"<p>ข่าว{ZWSP}นี้</p> <li>BMW Group{ZWSP}ที่{ZWSP}ใหญ่</li>"
    assert segment("สําคัญ") == "สำคัญ"


THAI_TEXTS = ["<p>ข่าวนี้</p> <li>BMW Groupที่ใหญ่</li>", "เมืองเสิ่นหยางของมณฑล", "Liaoning ไม่มี", "no Thai at all",
              "สําคัญ ข่าวนี้"]


def remembered_build(folder, texts, names=("เสิ่นหยาง",)):
    """One build's segmentation of these texts through a cache table in folder (saved as the search hook saves it)."""
    from generator.cache import Store
    from generator.search.segment import Remembered, thai_run_segmenter

    store = Store.load(folder, "search-segments")
    remembered = Remembered(lambda: thai_run_segmenter(names), store, "salt")
    out = [remembered(text) for text in texts]
    remembered.keep()
    if store.computed or (store.used and store.used.keys() != store.entries.keys()):
        store.save()
    return out, remembered.segmenters_made


def test_remembered_segmentation_is_the_segmenters_and_makes_it_only_for_runs_never_seen(tmp_path):
    """Texts seen before are looked up; a new text whose Thai runs were all seen needs no segmenter (no trie)."""
    expected = [thai_segmenter(["เสิ่นหยาง"])(text) for text in THAI_TEXTS + ["ข่าวนี้ สําคัญ"]]
    assert remembered_build(tmp_path, THAI_TEXTS) == (expected[:-1], 1)
    assert remembered_build(tmp_path, THAI_TEXTS) == (expected[:-1], 0)  # every text seen
    assert remembered_build(tmp_path, ["ข่าวนี้ สําคัญ"]) == (expected[-1:], 0)  # a new text of runs seen before
    assert remembered_build(tmp_path, ["ข่าวนี้ สําคัญ", "ใหม่มาก"]) == ([expected[-1], thai_segmenter()("ใหม่มาก")], 1)


def test_remembered_runs_survive_builds_that_segment_nothing(tmp_path):
    """A build whose texts are all known keeps the runs' table; one that asks nothing leaves the table unsaved."""
    remembered_build(tmp_path, THAI_TEXTS)
    remembered_build(tmp_path, [])
    remembered_build(tmp_path, THAI_TEXTS[:1])
    assert remembered_build(tmp_path, ["ข่าวนี้ ที่ใหญ่ เมืองเสิ่นหยางของมณฑล"])[1] == 0


def test_separator_splits_what_the_index_needs():
    """Material uses the separator as a JavaScript regular expression; these splits matter."""
    pattern = re.compile(SEPARATOR)
    split = [p for p in pattern.split("ข่าว\u200bนี้ Saudi-Arabien «Шэньян», 83,7 Mrd. U.S. آرامكو، و&amp;") if p]
    assert split == ["ข่าว", "นี้", "Saudi", "Arabien", "Шэньян", "83,7", "Mrd", "U", "S", "آرامكو", "و"]
    for syntax in "*+~^":
        assert not pattern.search(syntax), syntax


# --- the index the hook writes -------------------------------------------------------------------------

def test_page_kinds():
    assert page_info("ar/some-title.md", {"lang": "ar", "dossier_article": "x"}) == PageInfo("ar", "article")
    assert page_info("ar/index.md", {"lang": "ar"}) == PageInfo("ar", "language")
    assert page_info("entities/shenyang.md", {}) == PageInfo(None, "entity")
    assert page_info("events/2023-10-11-germany.md", {}) == PageInfo(None, "event")
    assert page_info("entities/index.md", {}) == PageInfo(None, "site")
    assert page_info("about.md", {}) == PageInfo(None, "page")


def test_prepare_index():
    index = {"config": {"lang": ["en", "th"], "separator": SEPARATOR, "pipeline": ["stopWordFilter"]}, "docs": [
        {"location": "th/x.html", "title": "หัวข้อ", "text": "<p>Seed file</p>"},
        {"location": "th/x.html#title", "title": "หัวข้อ", "text": "<p>ความร่วมมือระหว่างประเทศ</p>"},
        {"location": "th/x.html#p2", "title": "ส่วนที่สอง", "text": "<p>ท่าเรือ</p>"},
        {"location": "entities/shenyang.html", "title": "Shenyang", "text": "<p>Capital</p>"},
        {"location": "entities/shenyang.html#mentions", "title": "Mentions", "text": "<p>quoted article text</p>"},
        {"location": "about.html", "title": "About", "text": ""},
        {"location": "about.html#more", "title": "More", "text": "<p>kept</p>"},
    ]}
    pages = {"th/x.html": PageInfo("th", "article"), "entities/shenyang.html": PageInfo(None, "entity"),
             "about.html": PageInfo(None, "page")}
    names = {"entities/shenyang.html": ["شنيانغ", "Shenyang", "เสิ่นหยาง", "<img src=x onerror=alert(1)>"]}
    out = prepare(index, pages, names, {"th": "ไทย"}, thai_segmenter(["เสิ่นหยาง"]))
    locations = [d["location"] for d in out["docs"]]
    assert locations == ["th/x.html", "th/x.html#p2", "entities/shenyang.html", "about.html", "about.html#more"]
    page = out["docs"][0]
    assert page["lang"] == "th" and page["text"].startswith(f"<p>ความร่วมมือ{ZWSP}ระหว่างประเทศ</p>")
    entity = out["docs"][2]
    assert entity["kind"] == "entity"
    assert entity["tags"] == ["شنيانغ", "Shenyang", "เสิ่นหยาง", "&lt;img src=x onerror=alert(1)&gt;"]
    assert out["config"]["lang"] == ["dossier"] and out["config"]["pipeline"] == []
    assert out["config"]["dossier"] == {"languages": {"th": "ไทย"}}
    text = dumps(out)
    assert "ความร่วมมือ" in text and "\\u0e" not in text


def test_prepare_keeps_urls_readable():
    """Percent-encoded page URLs are stored as UTF-8 (the browser encodes them again when following a result)."""
    index = {"config": {}, "docs": [{"location": "th/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7.html#p2", "title": "t", "text": ""},
                                    {"location": "a%25b.html", "title": "t", "text": ""}]}
    out = prepare(index, {}, {}, {}, lambda text: text)
    assert [d["location"] for d in out["docs"]] == ["th/ข่าว.html#p2", "a%25b.html"]


# --- search languages ----------------------------------------------------------------------------------

def test_search_rules():
    assert search_rules("th") and search_rules("ar") and search_rules("pl") and search_rules("uk")
    assert search_rules("he") and search_rules("pt-BR")
    assert search_rules("zh") is None and search_rules("ja") is None and search_rules("km") is None
    assert search_rules("12") is None


def test_search_languages_of_a_corpus():
    assert search_languages(("th", "ru", "en", "zh", "pl")) == (("en", "pl", "ru", "th"), ("zh",))
    assert search_languages(("ja",)) == (("en",), ("ja",))


def test_an_unsupported_listed_language_is_an_error():
    check_search_languages(["en", "ar", "de", "ru", "th", "uk", "he"])
    with pytest.raises(UnsupportedSearchLanguage, match="'zh'.*'ja'"):
        check_search_languages(["en", "zh", "ja"])


def test_build_stops_on_an_unsupported_listed_language(built_site, tmp_path):
    """The hook checks the list as written: MkDocs would silently drop zh and search in English."""
    project = tmp_path / "project"
    shutil.copytree(built_site / "docs", project / "docs")
    shutil.copy(built_site / "mkdocs.yml", project / "mkdocs.yml")
    (project / "generator").symlink_to(ROOT / "generator", target_is_directory=True)
    fragment = project / "docs" / ".dossier" / "mkdocs.corpus.yml"
    config = yaml.safe_load(fragment.read_text(encoding="utf-8"))
    config["plugins"][0]["search"]["lang"] = ["en", "zh"]
    fragment.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    mkdocs = Path(sys.executable).parent / "mkdocs"
    result = subprocess.run([str(mkdocs), "build", "-f", str(project / "mkdocs.yml")], cwd=project,
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert "search cannot handle 'zh'" in result.stdout + result.stderr


# --- the built site ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def index(built_site) -> dict:
    return json.loads((built_site / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))


def test_fragment_configures_search(built_site):
    config = yaml.safe_load((built_site / "docs" / ".dossier" / "mkdocs.corpus.yml").read_text(encoding="utf-8"))
    search = config["plugins"][0]["search"]
    assert search["lang"] == ["en", "ar", "de", "ru", "th"]
    assert search["separator"] == SEPARATOR and search["pipeline"] == []
    assert config["extra"]["polyfills"] == ["assets/dossier/iframe-worker-shim.js", "assets/dossier/search.js"]


def test_index_is_utf8_and_compact(built_site, index):
    site = built_site / "site"
    raw = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    body = raw[raw.index('"docs"'):]
    assert not re.search(r"\\u[0-9a-fA-F]{4}", body), "non-ASCII characters are escaped"
    assert "Шэньян" in raw and "شنيانغ" in raw and "เสิ่นหยาง" in raw
    script = (site / "search" / "search_index.js").read_text(encoding="utf-8")
    assert script == "var __index = JSON.parse('" + raw.replace("\\", "\\\\").replace("'", "\\'") + "')"
    # The base holds no text; the texts (each article's once, other pages by their lead only) are in pieces.
    texts = sum(p.stat().st_size for p in (site / "search" / "text").glob("*.js"))
    article_text = sum(len(a["body"].encode("utf-8")) for a in
                       json.loads((site / "knowledge.json").read_text(encoding="utf-8"))["articles"])
    assert len(raw.encode("utf-8")) < texts < 4 * article_text
    assert "ความร่วมมือ" in "".join(p.read_text(encoding="utf-8") for p in (site / "search" / "text").glob("*.js"))


def test_index_config_and_documents(built_site, index):
    assert index["config"]["lang"] == ["dossier"]
    assert index["config"]["dossier"]["languages"]["th"] == "ไทย"
    site = built_site / "site"
    assert (site / "assets/javascripts/lunr/min/lunr.dossier.min.js").read_bytes() == \
        (site / "assets/dossier/search.js").read_bytes()
    docs = {unquote(d["location"]): d for d in index["docs"]}
    shenyang = docs["entities/shenyang.html"]
    assert shenyang["kind"] == "entity" and {"Shenyang", "Шэньян", "شنيانغ", "เสิ่นหยาง"} <= set(shenyang["tags"])
    assert not [loc for loc in docs if loc.startswith("entities/") and "#" in loc], "entity page sections are indexed"
    assert all("text" not in d and "title" not in d for d in index["docs"]), "titles and texts are in pieces (search/text/)"
    texts = read_index(site / "search")["docs"]
    thai = [d for d in texts if unquote(d["location"]).startswith("th/") and d.get("lang") == "th" and "index" not in d["location"]]
    assert thai and ZWSP in thai[0]["text"]
    manifest = index["config"]["fields"]["text"]["dossier"]
    assert manifest["documents"] == len(index["docs"]) and manifest["names"]["shenyang"]


def test_pictures_are_left_out_of_the_index(built_site):
    """No picture's title or description is an entity page's search text (its labels repeat the page's lists)."""
    site = built_site / "site"
    texts = {unquote(d["location"]): d["text"] for d in read_index(site / "search")["docs"]
             if d.get("kind") == "entity"}
    page = (site / "entities" / "shenyang.html").read_text(encoding="utf-8")
    picture = re.findall(r'<(?:title|desc) id="[^"]+">([^<]+)</(?:title|desc)>', page)
    assert len(picture) >= 6 and "Capital of Liaoning" in texts["entities/shenyang.html"]
    assert not [text for text in picture if text in texts["entities/shenyang.html"]]


# --- the site's own search worker, in Node ---------------------------------------------------------------

def node_search(site: Path, *queries: str) -> dict[str, list[str]]:
    """The pages the built site's search returns for each query, best first (URL paths)."""
    result = subprocess.run([NODE, str(NODE_SEARCH), str(site), *queries], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return {q: [unquote(group[0][0].split("#")[0]) for group in groups] for q, groups in json.loads(result.stdout).items()}


def test_worker_in_node(built_site):
    """The worker's query evaluation: forms, Thai phrases, entity names across languages, nothing for nonsense."""
    site = built_site / "site"
    found = node_search(site, "Шэньяне", "وأرامكو", "ร่วมมือ", "หยางเสิ่น", "Foderationsrates", "qwxzv")
    assert found["Шэньяне"][0] == "entities/shenyang.html"
    assert {p.split("/")[0] for p in found["Шэньяне"]} >= {"ar", "de", "en", "ru", "th"}
    assert any(p.startswith("ar/") for p in found["وأرامكو"])
    assert found["ร่วมมือ"] and all(p.startswith("th/") for p in found["ร่วมมือ"])
    assert found["หยางเสิ่น"] == [] and found["qwxzv"] == []
    assert found["Foderationsrates"][0] == "entities/federation-council.html"

