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
                highlight: str | None = None, marks: tuple[Span, ...] = ()) -> Markup:
    """The text of a span with the first mention of each entity inside it linked to its entity's page.

    One link per entity and span (a paragraph, a quoted sentence): a name repeated in a paragraph is
    linked once, where the reader first meets it, so the text is not a wall of links (WCAG 2.4.4).
    Mentions of the `highlight` entity (the page's own) are set in bold instead of linking to itself.
    `marks` (disputed values) are wrapped in <mark>.
    """
    body = annotated.article.body
    pieces, cursor = [], span.start
    candidates = annotated.candidate_set
    linked: set[str] = set()
    previous_link_end = -1
    for mention in annotated.mentions_within(span.start, span.end):
        pieces.append(_marked(body, cursor, mention.start, marks))
        surface = markdown_text(mention.surface)
        if mention.entity == highlight:
            piece = f"<strong>{surface}</strong>"
        elif mention.entity in linked:
            piece = surface
        else:
            linked.add(mention.entity)
            target = _link(page, entity_pages[mention.entity])
            kind = "dossier-candidate" if mention in candidates else "dossier-mention"
            # Two links with nothing but space between them read as one: a separator keeps them apart.
            gap = body[previous_link_end:mention.start] if previous_link_end >= 0 else "x"
            separator = "<span class=\"dossier-sep\" aria-hidden=\"true\">·</span>" if not gap.strip() else ""
            piece = f"{separator}[{surface}](<{target}>){{: .{kind} }}"
            previous_link_end = mention.end
        if any(m.start < mention.end and mention.start < m.end for m in marks):
            piece = f"<mark>{piece}</mark>"
        pieces.append(piece)
        cursor = mention.end
    pieces.append(_marked(body, cursor, span.end, marks))
    return Markup("".join(pieces))


def highlighted_text(text: str, spans: tuple[Span, ...]) -> Markup:
    """A header's text (a headline) made inert, the page's own entity's spans in it set in bold."""
    return Markup(_marked(text, 0, len(text), spans, "strong"))


def _marked(body: str, start: int, end: int, marks: tuple[Span, ...], tag: str = "mark") -> str:
    """The escaped text between start and end, with the parts inside marks wrapped in <mark> (or another tag)."""
    pieces, cursor = [], start
    for mark in sorted(marks, key=lambda m: m.start):
        left, right = max(mark.start, cursor), min(mark.end, end)
        if left >= right:
            continue
        pieces.append(markdown_text(body[cursor:left]))
        pieces.append(f"<{tag}>{markdown_text(body[left:right])}</{tag}>")
        cursor = right
    pieces.append(markdown_text(body[cursor:end]))
    return "".join(pieces)
