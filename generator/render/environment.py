"""The Jinja2 environment: every value a template prints is escaped unless the generator made it."""
from __future__ import annotations

import datetime as dt
import pickle
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context
from markupsafe import Markup

from generator.escape import html_text, markdown_text, yaml_string
from generator.lang.labels import label_lang, site_language, tr, trn
from generator.lang.locale import direction, format_long_date, native_name
from generator.slugs import relative_link


def _finalize(value: object) -> str:
    """Escape whatever a template prints, unless it is Markup made by the generator itself."""
    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    return markdown_text(str(value))


# Pages link to the same few index pages over and over: path arithmetic is worth remembering.
_relative_link = lru_cache(maxsize=1 << 16)(relative_link)


def _long_date(day: dt.date | None, lang: str) -> str:
    """A publication date in the reader's locale, or the localised "date unknown"."""
    return format_long_date(day, lang) if day else tr(lang, "date unknown")


@pass_context
def _gettext(context, message: str, **values: object) -> str:
    """A label in the page's label language (`ui` in every page's context)."""
    return tr(context["ui"], message, **values)


@pass_context
def _ngettext(context, singular: str, plural: str, n: int, **values: object) -> str:
    """A label with a count, in the right plural form of the page's label language."""
    return trn(context["ui"], singular, plural, n, **values)


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The template environment (templates live in generator/templates/)."""
    env = Environment(
        loader=PackageLoader("generator", "templates"),
        autoescape=False,  # the output is Markdown: escaping is done by _finalize, for both contexts
        finalize=_finalize,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        yaml=lambda value: Markup(yaml_string(str(value))),
        attr=lambda value: Markup(html_text(str(value))),
        link=lambda to_page, from_page, anchor="": Markup(f"<{_relative_link(from_page, to_page, anchor)}>"),
        long_date=_long_date,
    )
    # `_` and `ngettext` are the names Babel's extraction looks for (generator/locale/README.md).
    env.globals.update(_=_gettext, gettext=_gettext, ngettext=_ngettext, label_lang=label_lang,
                       direction=direction, native_name=native_name)
    return env


class Rendered(str):
    """A page's text, with the key of the template and context it came from (None if they cannot be hashed).

    A page whose key is in the reusable set is not rendered: its text is empty and `reused` is set,
    and the caller takes the text the last run wrote for that key.
    """

    key: str | None = None
    reused: bool = False


_reusable: frozenset[str] = frozenset()


def reuse(keys: frozenset[str]) -> None:
    """Skip rendering the pages whose key is one of these (their last output is still valid)."""
    global _reusable
    _reusable = keys


def render(template: str, **context: object) -> str:
    """Render one template with the given context (or skip it if the same context was rendered last run).

    `ui`, the language of the page's labels, is the site's language unless the page is about one language.
    """
    context.setdefault("ui", site_language())
    key = _context_key(template, context)
    if key is not None and key in _reusable:
        page = Rendered("")
        page.reused = True
    else:
        page = Rendered(environment().get_template(template).render(**context))
    page.key = key
    return page


def render_from(template: str, inputs: object, make_context) -> str:
    """Render a template with the context make_context() gives, unless a page of the same inputs was rendered last run.

    inputs: everything the context is made from (frozen records, strings, numbers), hashed in place
    of the context, for pages whose context costs more to make than its inputs to hash.
    """
    from generator.cache import content_key  # here, not at the top: the cache is an optional layer over rendering
    key = content_key("page-inputs", template, site_language(), inputs)
    if key in _reusable:
        page = Rendered("")
        page.reused = True
    else:
        context = make_context()
        context.setdefault("ui", site_language())
        page = Rendered(environment().get_template(template).render(**context))
    page.key = key
    return page


def _context_key(template: str, context: dict) -> str | None:
    """The hash of a template's name and its context; the output depends on nothing else but the code."""
    from generator.cache import content_key  # here, not at the top: the cache is an optional layer over rendering
    try:
        return content_key("page", template, sorted(context.items()))
    except (pickle.PicklingError, TypeError, AttributeError):
        return None  # a context holding a function: always rendered
