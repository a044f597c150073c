"""Names in another script than the page's are marked with their language and direction, so that a browser sets
an Arabic name in an English list right to left, apart from the counts beside it (invented entities and the seeds)."""
from __future__ import annotations

import re

import markdown
import pytest

from generator.build import build
from generator.knowledge.registry import Entity
from generator.render.entity_pages import name_language
from tests.conftest import SEEDS


@pytest.mark.parametrize("names, lang, expected", [
    ((("ar", "زوربل"),), "en", "ar"),  # only an Arabic name: that one, in Arabic
    ((("ar", "زوربل"), ("en", "Zorbel")), "en", "en"),
    ((("ar", "زوربل"), ("en", "Zorbel")), "de", "en"),  # no German name: the English one
    ((("de", "Zorbel AG"), ("th", "ซอร์เบล")), "th", "th"),
    ((("de", "Zorbel AG"), ("th", "ซอร์เบล")), "fr", "de"),  # neither: the first
])
def test_the_language_of_the_name_an_entity_is_shown_by(names, lang, expected):
    entity = Entity("zorbel", "organisation", names)
    assert name_language(entity, lang) == expected
    assert dict(names)[expected] == entity.name(lang)


LINK = re.compile(r"<a ([^>]*)>([^<]+)</a>")


def test_related_names_carry_their_language_and_direction(tmp_path):
    """Every name of a Related list on the seeds' entity pages is a link with its lang and dir: Arabic ones rtl."""
    build(SEEDS, tmp_path / "docs", use_cache=False)
    texts = [page.read_text(encoding="utf-8") for page in sorted((tmp_path / "docs" / "entities").glob("*.md"))]
    rows = [line for text in texts if "## Related" in text
            for line in text.split("## Related", 1)[1].splitlines() if line.startswith("- [")]
    assert rows
    links = [LINK.search(markdown.markdown(row, extensions=["attr_list"])).groups() for row in rows]
    arabic = [attributes for attributes, name in links if re.search("[\u0600-\u06ff]", name)]
    assert arabic and all('dir="rtl"' in a and 'lang="ar"' in a for a in arabic)
    assert all('dir="ltr"' in attributes for attributes, name in links if not re.search("[\u0600-\u06ff]", name))
