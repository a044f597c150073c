"""Language detection: the script decides where it can, a classifier decides among its languages."""
from __future__ import annotations

from functools import lru_cache

from generator.lang.datacache import cache_folder, load_or_build
from generator.lang.scripts import dominant_script, script_counts

# Scripts written by one language (in news text), and the candidates for shared scripts.
# A script missing here falls back to the classifier over every language it knows.
SCRIPT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "ARABIC": ("ar", "fa", "ur", "ps", "ug", "ku"),
    "ARMENIAN": ("hy",),
    "BENGALI": ("bn", "as"),
    "CYRILLIC": ("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn"),
    "DEVANAGARI": ("hi", "mr", "ne"),
    "ETHIOPIC": ("am",),
    "GEORGIAN": ("ka",),
    "GREEK": ("el",),
    "GUJARATI": ("gu",),
    "GURMUKHI": ("pa",),
    "HANGUL": ("ko",),
    "HEBREW": ("he",),
    "KANA": ("ja",),
    "KANNADA": ("kn",),
    "KHMER": ("km",),
    "LAO": ("lo",),
    "MALAYALAM": ("ml",),
    "MYANMAR": ("my",),
    "SINHALA": ("si",),
    "TAMIL": ("ta",),
    "TELUGU": ("te",),
    "THAI": ("th",),
}

# Han text is Chinese unless kana show it to be Japanese.
_KANA_SHARE_FOR_JAPANESE = 0.05


def detect_language(text: str) -> tuple[str | None, str]:
    """The ISO 639-1 code of the text's language and how it was decided, or (None, reason)."""
    script = dominant_script(text)
    if script is None:
        return None, "no letters to decide from"
    if script == "HAN":
        counts = script_counts(text)
        kana_share = counts["KANA"] / sum(counts.values())
        return ("ja", "script HAN with kana") if kana_share > _KANA_SHARE_FOR_JAPANESE else ("zh", "script HAN")
    candidates = SCRIPT_LANGUAGES.get(script)
    if candidates and len(candidates) == 1:
        return candidates[0], f"script {script}"
    code = _classifier(candidates).classify(text)[0]
    return code, f"script {script}, classifier"


def unload() -> None:
    """Let the classifiers go (about 85 MB; a later question loads them again)."""
    _classifier.cache_clear()


@lru_cache(maxsize=None)
def _classifier(candidates: tuple[str, ...] | None):
    """A py3langid classifier, restricted to the candidates of one script (its model is in the wheel)."""
    from py3langid.langid import LanguageIdentifier

    # The wheel's model is xz-compressed: 0.5 s to open at every run that reads a seed; pickled once, 0.07 s.
    identifier = load_or_build(_model_cache_path(), _model, LanguageIdentifier)
    if candidates:
        identifier.set_languages([code for code in candidates if code in identifier.labels])
    return identifier


def _model():
    """py3langid's classifier as its wheel ships it."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


def _model_cache_path():
    """Where the classifier is kept pickled: named by the versions of py3langid and numpy (the pickle holds their objects)."""
    from importlib.metadata import version

    return cache_folder() / f"langid-{version('py3langid')}-numpy-{version('numpy')}.pickle"
