"""knowledge.json: everything extracted, for other tools (its format is documented in the README)."""
from __future__ import annotations

import json

from generator.model import Site
from generator.slugs import html_url

FORMAT_VERSION = 1


def knowledge(site: Site) -> str:
    """The JSON export of the site model, sorted and stable."""
    articles = [
        {
            "id": a.id,
            "source_file": a.source_file,
            "lang": a.lang,
            "title": a.title,
            "title_derived": a.title_derived,
            "subtitle": a.subtitle,
            "published": a.published.isoformat() if a.published else None,
            "published_time": a.published_time,
            "date_basis": a.date_basis,
            "place": a.place,
            "source": a.source,
            "url": html_url(site.page_paths[a.id]),
            "source_url": a.url,
            "story": a.story,
            "truncated": a.truncated,
            "paragraphs": [{"anchor": p.anchor, "kind": p.kind, "start": p.start, "end": p.end} for p in a.paragraphs],
            "body": a.body,
        }
        for a in (site.articles[i] for i in sorted(site.articles))
    ]
    document = {"format": FORMAT_VERSION, "articles": articles, "entities": [], "events": [], "stories": []}
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
