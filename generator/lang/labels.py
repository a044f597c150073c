"""Labels of the pages, from gettext catalogs: one `generator/locale/<lang>/LC_MESSAGES/dossier.po` per language.

The messages are the English labels themselves, so English needs no catalog and is the fallback
for a language without one (or a message a catalog does not translate yet). A new language is one
catalog (`pybabel init`, see generator/locale/README.md); its plural rule comes from CLDR through Babel.

Catalogs are compiled in memory when first used (Babel's read_po and write_mo): no binary .mo file
is committed that could drift from its .po, and the output depends on the .po text only.

Pages about many languages (home, indexes, entity, event, story) are labelled in the site's
language: `theme.language` of mkdocs.yml or `--language` on the command line, English by default.
"""
from __future__ import annotations

import gettext
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import Translations

CATALOG_DIR = Path(__file__).resolve().parent.parent / "locale"
DOMAIN = "dossier"
FALLBACK = "en"  # the language of the messages themselves

_site_language = FALLBACK


def set_site_language(lang: str) -> None:
    """Label pages about many languages in this language (the site's)."""
    global _site_language
    _site_language = lang or FALLBACK


def site_language() -> str:
    """The language of the pages about many languages."""
    return _site_language


def catalog_path(lang: str) -> Path:
    """Where the catalog of a language is (it may not exist)."""
    return CATALOG_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@lru_cache(maxsize=None)
def catalog_languages() -> tuple[str, ...]:
    """The languages that have a catalog, English included (its messages need none)."""
    found = {p.parent.parent.name for p in CATALOG_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")}
    return tuple(sorted(found | {FALLBACK}))


@lru_cache(maxsize=None)
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalog of a language; messages it lacks stay in English."""
    path = catalog_path(lang)
    if lang == FALLBACK or not path.is_file():
        return gettext.NullTranslations()
    with path.open("rb") as stream:
        catalog = read_po(stream, locale=lang, domain=DOMAIN)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


def label_lang(lang: str) -> str:
    """The language labels are shown in on a page in `lang` (so that their `lang` attribute is right)."""
    return lang if lang in catalog_languages() else FALLBACK


def tr(lang: str, message: str, **values: object) -> str:
    """A label in the language (English if it has no translation), with {named} values filled in."""
    text = translations(lang).gettext(message)
    return text.format(**values) if values else text


def trn(lang: str, singular: str, plural: str, n: int, **values: object) -> str:
    """A label with a count, in the plural form the language's CLDR rule picks for n ({n} is the count, localised)."""
    text = translations(lang).ngettext(singular, plural, n)
    return text.format(n=format_decimal(n, locale=label_lang(lang)), **values)


def configured_language(mkdocs_yml: Path) -> str | None:
    """`theme.language` of a mkdocs.yml, if the file exists and sets it (its other contents are not checked here)."""
    import yaml

    class _Tolerant(yaml.SafeLoader):
        """A loader that reads MkDocs' tags (!ENV, !relative) as plain values."""

    _Tolerant.add_multi_constructor("", lambda loader, suffix, node: None)
    try:
        config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=_Tolerant)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    theme = config.get("theme") if isinstance(config, dict) else None
    language = theme.get("language") if isinstance(theme, dict) else None
    return language if isinstance(language, str) and language.strip() else None
