"""Which languages the site search handles, and how (the search itself: generator/search/).

Dossier does not use Material's per-language lunr packs (their stemmers make results worse, and a
language Material does not know is silently dropped or mapped onto another: uk becomes ru, he, el and
fa become en). Its own normaliser (generator/assets/search.js) works by script, for every language:

- every language written with spaces between words is searchable: words are folded (case, accents,
  letter forms, digits) and found by prefix; Arabic (clitics), Russian and German (case endings)
  have rules of their own, and so do other languages written in their scripts;
- Thai, written without spaces, is segmented (pythainlp at build time, the index's own words for the
  query);
- a language written without spaces that Dossier cannot segment (Chinese, Japanese, Khmer, Lao,
  Burmese, Tibetan, ...) is not searchable: its text would be indexed as whole clauses.

The search plugin's `lang` lists the corpus languages search handles (the generator writes it into
docs/.dossier/mkdocs.corpus.yml). A listed language search cannot handle stops the build (the hook,
generator/search/hook.py, checks the list as written, before MkDocs drops or remaps anything). A
corpus language search cannot handle is left out of the list and reported on the build report.
"""
from __future__ import annotations

from collections.abc import Iterable

# How the search handles the languages it has rules for.
LANGUAGE_RULES = {
    "ar": "Arabic script: marks, tatweel and letter forms folded; clitics (و ف ب ل ك ال) stripped",
    "de": "Latin script: accents folded; -s, -es and -e, -en, -er, -em, -ern stripped",
    "en": "Latin script: accents folded; -s, -es and -e, -en, -er, -em, -ern stripped",
    "ru": "Cyrillic script: ё folded; noun and adjective case endings stripped",
    "th": "Thai script: words segmented (pythainlp, then the index's own words for the query)",
}
GENERIC_RULES = "folded by script (case, accents, letter forms, digits), found by prefix"

# Languages written without spaces between words, for which Dossier has no segmenter.
_UNSEGMENTED = frozenset({"bo", "dz", "ja", "km", "lo", "my", "yue", "wuu", "zh"})


class UnsupportedSearchLanguage(ValueError):
    """A search language was listed that the search cannot handle."""


def search_rules(lang: str) -> str | None:
    """How search handles a language (ISO 639 code, optionally with a region), or None if it cannot."""
    base = lang.replace("_", "-").split("-")[0].lower()
    if not base.isalpha() or base in _UNSEGMENTED:
        return None
    return LANGUAGE_RULES.get(base, GENERIC_RULES)


def search_languages(corpus_languages: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The corpus languages search handles (English first, as Material expects), and the ones it cannot."""
    languages = set(corpus_languages)
    usable = sorted((lang for lang in languages if search_rules(lang)), key=lambda l: (l != "en", l))
    return tuple(usable) or ("en",), tuple(sorted(lang for lang in languages if not search_rules(lang)))


def check_search_languages(listed: Iterable[str], where: str = "plugins.search.lang") -> None:
    """Raise UnsupportedSearchLanguage naming every listed language search cannot handle, and what to do."""
    bad = [str(lang) for lang in listed if not isinstance(lang, str) or not search_rules(lang)]
    if bad:
        raise UnsupportedSearchLanguage(
            f"{where}: search cannot handle {', '.join(repr(b) for b in bad)} "
            "(written without spaces between words, and Dossier has no segmenter for it; or not a language code): "
            "remove it from the list, or add a segmenter in generator/search/ (see generator/lang/search.py)"
        )
