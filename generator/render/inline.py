"""Article text with its mentions linked: escaped text pieces and generator-made links only."""
from __future__ import annotations

from functools import lru_cache

from markupsafe import Markup

from generator.escape import markdown_text
from generator.model import AnnotatedArticle, Paragraph, Span
from generator.slugs import relative_link

# Pages link the same few entity pages over and over (an entity page, to every name its sentences
# hold), and relpath is slow (it asks the OS for the working directory): the links are remembered.
_link = lru_cache(maxsize=1 << 16)(relative_link)


def linked_text(annotated: AnnotatedArticle, span: Span | Paragraph, page: str, entity_pages: dict[str, str],
                highlight: str | None = None) -> Markup:
    """The text of a span with every mention inside it linked to its entity's page.

    Mentions of the `highlight` entity (the page's own) are set in bold instead of linking to itself.
    """
    body = annotated.article.body
    pieces, cursor = [], span.start
    candidates = annotated.candidate_set
    for mention in annotated.mentions_within(span.start, span.end):
        pieces.append(markdown_text(body[cursor:mention.start]))
        if mention.entity == highlight:
            pieces.append(f"<strong>{markdown_text(mention.surface)}</strong>")
        else:
            target = _link(page, entity_pages[mention.entity])
            kind = "dossier-candidate" if mention in candidates else "dossier-mention"
            pieces.append(f"[{markdown_text(mention.surface)}](<{target}>){{: .{kind} }}")
        cursor = mention.end
    pieces.append(markdown_text(body[cursor:span.end]))
    return Markup("".join(pieces))
