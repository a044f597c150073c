"""The Jinja2 environment: every value a template prints is escaped unless the generator made it."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from generator.escape import html_text, markdown_text, yaml_string
from generator.lang.labels import label
from generator.lang.locale import direction, format_long_date, native_name
from generator.slugs import relative_link


def _finalize(value: object) -> str:
    """Escape whatever a template prints, unless it is Markup made by the generator itself."""
    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    return markdown_text(str(value))


def _long_date(day: dt.date | None, lang: str) -> str:
    """A publication date in the reader's locale, or the localised "date unknown"."""
    return format_long_date(day, lang) if day else label("no_date", lang)


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
        link=lambda to_page, from_page, anchor="": Markup(f"<{relative_link(from_page, to_page, anchor)}>"),
        long_date=_long_date,
    )
    env.globals.update(label=label, direction=direction, native_name=native_name)
    return env


def render(template: str, **context: object) -> str:
    """Render one template with the given context."""
    return environment().get_template(template).render(**context)
