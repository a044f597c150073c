"""Article text with its mentions linked: escaped text pieces and generator-made links only."""
from __future__ import annotations

from markupsafe import Markup

from generator.escape import markdown_text
from generator.model import AnnotatedArticle, Paragraph, Span
from generator.slugs import relative_link


def linked_text(annotated: AnnotatedArticle, span: Span | Paragraph, page: str, entity_pages: dict[str, str],
                highlight: str | None = None) -> Markup:
    """The text of a span with every mention inside it linked to its entity's page.

    Mentions of the `highlight` entity (the page's own) are set in bold instead of linking to itself.
    """
    body = annotated.article.body
    pieces, cursor = [], span.start
    candidates = set(annotated.candidates)
    for mention in annotated.all_mentions():
        if mention.start < span.start or mention.end > span.end:
            continue
        pieces.append(markdown_text(body[cursor:mention.start]))
        if mention.entity == highlight:
            pieces.append(f"<strong>{markdown_text(mention.surface)}</strong>")
        else:
            target = relative_link(page, entity_pages[mention.entity])
            kind = "dossier-candidate" if mention in candidates else "dossier-mention"
            pieces.append(f"[{markdown_text(mention.surface)}](<{target}>){{: .{kind} }}")
        cursor = mention.end
    pieces.append(markdown_text(body[cursor:span.end]))
    return Markup("".join(pieces))
