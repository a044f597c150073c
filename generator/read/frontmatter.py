"""Front matter of `.md` seeds: a typed schema; a field given there overrides what is detected."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields

from frontmatter.default_handlers import YAMLHandler
import yaml

from generator.errors import SeedError
from generator.model import Notice
from generator.read.normalise import normalise_text


@dataclass(frozen=True)
class FrontMatter:
    """The fields a seed may set in YAML front matter; None means "detect it"."""

    title: str | None = None
    date: dt.date | None = None
    lang: str | None = None
    source: str | None = None
    url: str | None = None
    story: str | None = None


FIELDS = tuple(f.name for f in fields(FrontMatter))
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
_SHOWN_CHARS = 60


def split_front_matter(text: str, path: str) -> tuple[FrontMatter, str, list[Notice]]:
    """Separate YAML front matter from the text; a broken block makes the seed unreadable."""
    handler = YAMLHandler()
    if not handler.detect(text):
        return FrontMatter(), text, []
    try:
        block, rest = handler.split(text)
    except ValueError:  # no second --- line
        raise SeedError("the front matter has no closing --- line",
                        "add a line --- after the last field, or remove the first --- line") from None
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as error:
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise SeedError(f"the front matter is not valid YAML{where}", "fix the YAML between the --- lines") from None
    except (ValueError, TypeError, RecursionError, MemoryError):  # an over-long number, nesting too deep
        raise SeedError("the front matter cannot be read (a value too long or nested too deep)",
                        "fix the YAML between the --- lines") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SeedError("the front matter is not a mapping of fields", f"use fields such as {', '.join(FIELDS)}")
    front, notices = _typed(data, path)
    return front, rest, notices


def _typed(data: dict, path: str) -> tuple[FrontMatter, list[Notice]]:
    """Check each field's type; unknown or ill-typed fields are reported and ignored.

    Text values are normalised as article text is (one line, NFC, no control or bidi-override
    characters); only scalars are ever turned into text (a YAML alias bomb stays a few objects).
    """
    values, notices = {}, []
    for key, value in sorted(data.items(), key=lambda kv: _shown(kv[0])):
        if key not in FIELDS:
            notices.append(Notice(path, f"unknown front matter field {_shown(key)} is ignored", f"known fields: {', '.join(FIELDS)}"))
        elif key == "date":
            day = _as_date(value)
            if day is None and value is not None:
                notices.append(Notice(path, f"front matter field 'date' is not a date: {_shown(value)}", "write it as YYYY-MM-DD"))
            values["date"] = day
        elif key == "lang" and not (isinstance(value, str) and _LANGUAGE_CODE.fullmatch(value)):
            notices.append(Notice(path, f"front matter field 'lang' is not a language code: {_shown(value)}", "write an ISO 639-1 code such as de or ar"))
        elif value is not None and not isinstance(value, (str, int, float)):
            notices.append(Notice(path, f"front matter field '{key}' should be text", "write it as a plain string"))
        elif value is not None:
            values[key] = _one_line(str(value)) or None
    return FrontMatter(**values), notices


def _one_line(text: str) -> str:
    """A front matter value as article text is normalised, on one line."""
    return " ".join(normalise_text(text).split())


def _shown(value: object) -> str:
    """A short printable form of a YAML key or value for a message (never the repr of a whole structure)."""
    if isinstance(value, (list, tuple, set, dict)):
        return f"a {'mapping' if isinstance(value, dict) else 'list'}"
    text = _one_line(str(value)) if isinstance(value, (str, int, float, bool, dt.date)) or value is None else type(value).__name__
    return repr(text if len(text) <= _SHOWN_CHARS else text[:_SHOWN_CHARS] + "…")


def _as_date(value: object) -> dt.date | None:
    """A front matter date: a YAML date, a datetime, or an ISO string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
