"""Which corpus languages Material's search can index with a language of its own."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

# Languages Material accepts but maps onto another one's rules (measured, see BRIEF.md):
# listing them would index with the wrong language, so they count as unsupported.
_SILENTLY_REMAPPED = frozenset({"uk", "he", "el", "fa"})


@lru_cache(maxsize=1)
def supported_search_languages() -> frozenset[str]:
    """The languages the installed Material's lunr bundle has stemmers and tokenisers for."""
    import material

    lunr = Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "lunr" / "min"
    codes = {p.name.split(".")[1] for p in lunr.glob("lunr.*.min.js")}
    return frozenset((codes | {"en"}) - {"multi", "stemmer", "jp"} - _SILENTLY_REMAPPED)


def search_languages(corpus_languages: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The corpus languages search supports (English first, as Material expects), and the rest."""
    supported = supported_search_languages()
    usable = sorted((lang for lang in corpus_languages if lang in supported), key=lambda l: (l != "en", l))
    return tuple(usable) or ("en",), tuple(sorted(set(corpus_languages) - supported))
