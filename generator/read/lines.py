"""Lines of a seed: the unit the reader works on before paragraphs exist, and the article run among them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.lang.clutter import FOOTER_KINDS, clutter_kind, credit_marker, photo_credit
from generator.lang.pagetalk import addresses_reader, page_talk
from generator.lang.boundaries import UNSPACED_SCRIPTS
from generator.lang.sources import source_line
from generator.lang.scripts import UNPUNCTUATED_SCRIPTS, dominant_script
from generator.read.textshape import BOOK_NUMBER, CODE_LINE, TEXT_MIN_CHARS, introduces, is_word_list, line_weight, reads_as_text

# A footer starts at a footer marker when everything after it is short (widget titles, links).
_FOOTER_LINE_MAX = 100
# The article is the run of long paragraphs (the idea of Finn, Kushmerick and Smyth's Body Text
# Extraction and of jusText: text is long and punctuated, navigation is short). A line scores its
# length less _TEXT_COST when it reads as text, else _SHORT_COST; the run is the best-scoring span.
_TEXT_COST = 30
_SHORT_COST = 40
# Added for each further short line in a row, up to _STRETCH_MAX times: a long stretch of menu,
# share and teaser lines parts the article from the author box or appeal after it (measured on
# reader-dev: with 10 instead of 50, 23 more clutter snippets stayed and 5 article ones more came in).
_STRETCH_COST = 50
_STRETCH_MAX = 10
_BREAK_COST = 200
_LAST_WORDS = 5
# A web address alone on a line (measured on reader-dev: right under the run, one page, one more
# article snippet kept).
_LINK_LINE = re.compile(r"\s*https?://\S+\s*")
# The last sentence under the run may stand this many kept lines above the share row or comment
# prompt: a short line may come between (measured on reader-dev: with 2, three more article
# snippets kept, no clutter snippet came in; 3 gave the same).
_MARKER_REACH = 2
# Markers of the part of a page that follows the article (the comment form, a rating, the author's
# box): a run that starts below the first of them is a comment, the sidebar or the footer's blurb
# when text stands above it (a short post under a long comment form). Share rows and "read also"
# lists are not among them: pages set them above the article too (measured on reader-dev: with
# them 40 article snippets more were lost).
_SECTION_KINDS = frozenset({"comment prompt", "rating", "author heading"})
# ... unless the text above is less than 1/_SECTION_SHARE of the run's: then the marker is a link
# to the comments in the site's toolbar, and the text above it a notice (measured on reader-dev:
# a short post has a fifth of the sidebar's text or more, a toolbar's notice a thirtieth).
_SECTION_SHARE = 6
# Hard-wrapped paragraphs: this many lines at least, each this long (a fixed width of 60 to 80
# characters, the last line of a paragraph shorter), each scoring its length less _WRAPPED_COST.
_WRAPPED_MIN = 3
_WRAPPED_CHARS = (15, 100)
_WRAPPED_COST = 10
_WRAPPED_MEAN = 45  # characters a line at least on average: the width less the short last lines
# Page talk after the text is left out when it is less than 1/_TALK_SHARE_MAX of the run's text.
_TALK_SHARE_MAX = 2
# A teaser in a list of other stories: a numeric date first (day, month and year, any order of
# the common separators), then its headline.
_DATED_LIST_MIN = 3
_DATED_ITEM = re.compile(r"\s*(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\b")
# Under the talk, the run may end with a line or two this long (the headline of a teaser, a
# "related story"): passed over when looking for the talk.
_TEASERS_AFTER_TALK = 1
_TEASER_MAX_CHARS = 100
# What a short line costs when the run grows across it to more text: little before the run (the
# lead, a first paragraph split from the rest by a picture), more after it (where teasers,
# author boxes and comments follow; measured on reader-dev with this session's edges of the run:
# 32 to 35 instead of 30 left out three more clutter snippets, a donation box and teasers, and no
# article snippet; 40 lost one; 35 cut the end of a text of sentences of 60 characters each under
# a short line (tests/test_hostile.py); before the run, 8 instead of 12 kept three more article
# snippets but lost three headlines and three clutter snippets).
_GAP_COST_BEFORE = 12
_GAP_COST_AFTER = 32
# A line with a date in it is a timestamp or byline (which may name its copyright holder), no caption.
# A book review closes with the book's details (author, title, publisher, pages, price), its ISBN last
# or in their line; a page's sidebar sells books with it too, further down.
_BOOK_LINES = 4
_DATE_LIKE = re.compile(r"\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|(?<!\d)(?:19|20)\d\d(?!\d)")
_CAPTION_MAX = 250  # a caption with its credit is a sentence or two; a paragraph citing a source is longer
_ENTRY_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s*")  # "3.", "3.1", "II." before a contents entry
# A copyright notice ends a page, never an article.
_COPYRIGHT = re.compile(r"\bcopyright\b|\(c\)\s*\d{4}|all\s+rights\s+reserved", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    """One non-empty line of a seed, with its 1-based line number in the file.

    head: the line stands before the article's run of paragraphs (where the title, date and byline are);
    tail: after it (page clutter, where a date may still be written: "This article was written on ...").
    """

    number: int
    text: str
    head: bool = False
    tail: bool = False


@dataclass(frozen=True)
class Removed:
    """A line taken out of the body, and why."""

    line: Line
    kind: str


def split_lines(text: str) -> list[Line]:
    """The non-empty lines of normalised text, numbered as in the file."""
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1) if t.strip()]


def strip_clutter(lines: list[Line]) -> tuple[list[Line], list[Removed], list[str]]:
    """Separate clutter from the article: kept lines, removed lines with their kind, photo credits.

    Lines before the article's run are kept marked head, lines after it marked tail: the header
    reader takes the title, date and byline from them and removes the rest as page clutter.
    """
    kept, removed, credits, breaks = [], [], [], set()
    footer_at = _footer_start(lines)
    after_break = False
    for index, line in enumerate(lines):
        credit = photo_credit(line.text)
        kind = "footer" if index >= footer_at else clutter_kind(line.text)
        after_break = after_break or kind in FOOTER_KINDS
        if kind is None and not credit and not is_caption(line.text):
            if after_break:
                breaks.add(line.number)
            after_break = False
        if credit and kind is None:
            credits.append(credit)
            removed.append(Removed(line, "photo credit"))
        elif kind:
            removed.append(Removed(line, kind))
        elif is_caption(line.text):
            removed.append(Removed(line, "photo caption"))
        else:
            kept.append(line)
    below = min((r.line.number for r in removed if r.kind in _SECTION_KINDS), default=None)
    markers = frozenset(r.line.number for r in removed if r.kind in FOOTER_KINDS)
    kept, outside = _article_run(kept, frozenset(breaks), below, markers)
    return kept, sorted(removed + outside, key=lambda r: r.line.number), credits


def is_caption(text: str) -> bool:
    """Whether a line is a picture's caption: short and carrying a photo credit ("... Bild: Name")."""
    if len(text) > _CAPTION_MAX or source_line(text) or _DATE_LIKE.search(text) or _COPYRIGHT.search(text):
        return False
    return credit_marker(text)


def _score(text: str) -> int:
    """What a line adds to a run of article text (negative for short lines)."""
    if reads_as_text(text):
        return min(line_weight(text), 1000) - _TEXT_COST
    if dominant_script(text[:200]) in UNPUNCTUATED_SCRIPTS and line_weight(text) >= TEXT_MIN_CHARS * 2:
        return 0  # Thai and its neighbours end no sentence with punctuation: a mid-length line is neutral
    if CODE_LINE.search(text):
        return 0  # a line of program code in a technical article: short and unpunctuated, but no menu
    return -_SHORT_COST


def article_span(lines: list[Line], breaks: frozenset[int] = frozenset(),
                 talk: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """The start and end (exclusive) of the article's lines, or None when no line reads as text.

    The core is the best-scoring run (a line repeated from earlier in the page, a teaser or a
    comment quoting the text, scores as short); it then grows over neighbouring lines that read
    as text across gaps of at most _GAP short lines (a caption, a subheading), as jusText lets
    short blocks between good ones join them. A line in breaks (its number) follows a share row,
    comment prompt or "read also" list: crossing one costs _BREAK_COST, as the article rarely
    goes on after them (an author box, a newsletter appeal or the site's blurb does). A line in
    talk (its number) scores as short.
    """
    seen: set[str] = set()
    scores, shorts = [], 0
    for line in lines:
        key = line.text.casefold()
        score = -_SHORT_COST if key in seen or line.number in talk else _score(line.text)
        shorts = shorts + 1 if score < 0 else 0
        if line.number in breaks:
            score -= _BREAK_COST
        # a long stretch of short lines (a menu, a list of teasers) parts blocks more than a few do
        scores.append(score - _STRETCH_COST * min(shorts - 1, _STRETCH_MAX) if score < 0 else score)
        seen.add(key)
    scores = _wrapped_paragraphs(lines, scores)
    best, span, total, start = 0, None, 0, 0
    for index, score in enumerate(scores):
        if total <= 0:
            total, start = 0, index
        total += score
        if total > best:
            best, span = total, (start, index + 1)
    if span is None:
        return None
    return _grown(scores, lines, *span)


def _wrapped_paragraphs(lines: list[Line], scores: list[int]) -> list[int]:
    """The scores with the lines of hard-wrapped paragraphs (plain text, e-mail, <pre> blocks broken
    at a fixed width) scored as text: _WRAPPED_MIN lines or more, one right under the other, each
    _WRAPPED_CHARS long and _WRAPPED_MEAN on average, and most of them continued on the next line by a word in lower case
    (a sentence going on; a list of headlines starts each line with a capital)."""
    scores = list(scores)
    index = 0
    while index < len(lines):
        end = index + 1
        while (end < len(lines) and lines[end].number == lines[end - 1].number + 1
               and _WRAPPED_CHARS[0] <= len(lines[end].text) <= _WRAPPED_CHARS[1]):
            end += 1
        block = lines[index:end]
        if not _WRAPPED_CHARS[0] <= len(block[0].text) <= _WRAPPED_CHARS[1]:
            index += 1  # a heading too short for a wrapped line, right above the paragraph
            continue
        if (len(block) >= _WRAPPED_MIN
                and sum(len(line.text) for line in block) >= _WRAPPED_MEAN * len(block)):
            going_on = sum(1 for line in block[1:] if line.text.lstrip()[:1].islower())
            if going_on * 2 >= len(block) - 1:
                for at in range(index, end):
                    scores[at] = max(scores[at], len(lines[at].text) - _WRAPPED_COST)
        index = end
    return scores


def _grown(scores: list[int], lines: list[Line], start: int, end: int) -> tuple[int, int]:
    """The span grown at either end as far as the text beyond outweighs the short lines between,
    short lines costing _GAP_COST there (code, verse, lists and captions break an article's run)."""
    best, total = 0, 0
    for index in range(end, len(lines)):
        if _COPYRIGHT.search(lines[index].text):
            break
        total += scores[index] if scores[index] > 0 else scores[index] + _SHORT_COST - _GAP_COST_AFTER
        if total > best:
            best, new_end = total, index + 1
    end = new_end if best > 0 else end
    best, total = 0, 0
    listed = _contents_entries(lines, start, end)
    for index in range(start - 1, -1, -1):
        total += scores[index] if scores[index] > 0 else 0 if index in listed else -_GAP_COST_BEFORE
        if total > best:
            best, new_start = total, index
    return (new_start if best > 0 else start), end


def _contents_entries(lines: list[Line], start: int, end: int) -> set[int]:
    """The indexes of the short lines above the span that stand again within it: a table of
    contents lists the text's own subheadings (with or without their numbers), and costs nothing
    when the run grows up to the introduction above it (measured on reader-dev: one more article
    snippet, no clutter came in)."""
    within = {_ENTRY_NUMBER.sub("", line.text).casefold() for line in lines[start:end]}
    return {index for index in range(start) if _ENTRY_NUMBER.sub("", lines[index].text).casefold() in within}


def _article_run(lines: list[Line], breaks: frozenset[int], below: int | None = None,
                 markers: frozenset[int] = frozenset()) -> tuple[list[Line], list[Removed]]:
    """The lines with those before the article's run marked head and those after it marked tail;
    below: the number of the first line of what follows an article (a comment form), if any."""
    span = article_span(lines, breaks)
    # (2 of reader-dev's 454 pages: one has its text in another run, one a three-line post above the share row)
    if span is not None and _all_talk(lines[slice(*span)]):
        talk = frozenset(line.number for line in lines if page_talk(line.text))
        span = article_span(lines, breaks, talk) or _short_post(lines, markers) or span
    if span is not None and below is not None and lines[span[0]].number > below:
        above = [line for line in lines if line.number < below]
        earlier = article_span(above, breaks) if above else None
        if earlier and _text_weight(lines[slice(*earlier)]) * _SECTION_SHARE >= _text_weight(lines[slice(*span)]):
            span = earlier
    if span is None:
        return lines, []
    start, end = _without_page_talk(lines, *span)
    while end - start > 1 and introduces(lines[end - 1].text):
        end -= 1  # a line that introduces what follows ends no text (what it introduced is not there)
    if end == len(lines) - 1 and _may_end_text(lines[end].text) and lines[end].number not in breaks:
        end += 1  # one line after the run, last in the file, is the text's own end (a date, a cut-off sentence)
    elif end < len(lines) and _before_marker(lines, end, markers) and _last_sentence(lines[end].text):
        end += 1  # one line after the run, right above the share row or comment prompt, is the text's last
    elif end < len(lines) and _LINK_LINE.fullmatch(lines[end].text) and lines[end].number not in breaks:
        end += 1  # a web address alone right under the text is its link (the document or petition it cites)
    end = _through_book_details(lines, end, breaks)
    if start > 0 and _first_sentence(lines[start - 1].text):
        start -= 1  # a sentence right above the run is the text's own first (a note on where it appeared)
    head = [Line(line.number, line.text, head=True) for line in lines[:start]]
    tail = [Line(line.number, line.text, tail=True) for line in lines[end:]]
    return head + lines[start:end] + tail, []


def _through_book_details(lines: list[Line], end: int, breaks: frozenset[int]) -> int:
    """The end of the run through the reviewed book's details under it (author, title, publisher,
    pages, price) when they close with its ISBN within _BOOK_LINES lines; the ISBN alone on its line
    is left out (a number to look the book up by, nothing to read)."""
    for index in range(end, min(end + _BOOK_LINES, len(lines))):
        if lines[index].number in breaks:
            break
        number = BOOK_NUMBER.search(lines[index].text)
        if number:
            return index if number.group() == lines[index].text.strip(" .") else index + 1
    return end


def _short_post(lines: list[Line], markers: frozenset[int]) -> tuple[int, int] | None:
    """The span of a post too short to read as text (a line or two of dialogue, a quotation):
    the lines between its date line and the first share row or comment prompt under it."""
    first = min(markers, default=None)
    above = [index for index, line in enumerate(lines) if first is not None and line.number < first]
    for at in range(len(above) - 1, -1, -1):
        if _DATE_LIKE.search(lines[above[at]].text):
            return (above[at] + 1, above[-1] + 1) if at < len(above) - 1 else None
    return None


def _all_talk(lines: list[Line]) -> bool:
    """Whether every line of a run that reads as text is page talk (a form's privacy notice, a
    licence line): the site's words, no article; its article is then the best run of the rest."""
    return all(page_talk(line.text) for line in lines if reads_as_text(line.text))


def _without_page_talk(lines: list[Line], start: int, end: int) -> tuple[int, int]:
    """The span without the site's talk at its end (appeals, comment rules, notices: see
    generator/lang/pagetalk.py), with the short lines between it and the text, and without
    talk standing apart above the text.

    Only the end: within the text the same words are the news ("the company asked its users to
    download the app"); after the last paragraph of text they are the site's. And never most of
    the text: an article about a website, a browser or an app speaks the site's words throughout.
    """
    return _text_start(lines, start, end), _text_end(lines, start, end)


def _text_end(lines: list[Line], start: int, end: int) -> int:
    """The end of the span once page talk at its end (and the short lines around it) is left out,
    and a list of dated teasers."""
    end = _without_dated_list(lines, start, end)
    cut, teasers, spoken = end, 0, 0
    for index in range(end - 1, start, -1):
        text = lines[index].text
        if page_talk(text):
            cut, spoken = index, 0
        elif cut == end and teasers < _TEASERS_AFTER_TALK and TEXT_MIN_CHARS <= len(text) <= _TEASER_MAX_CHARS:
            teasers += 1  # the last lines may be another story's headline under the appeal
        elif reads_as_text(text):
            spoken += 1
            if not addresses_reader(text) or (cut < end and spoken > 1):
                break  # a paragraph that speaks to the reader may be the rest of an appeal above it
                # (one: an article written to its reader speaks to them throughout)
    while cut < end and cut > start + 1 and not reads_as_text(lines[cut - 1].text):
        cut -= 1  # the short lines above the talk: its heading, a sign-off, a share row
    if _text_weight(lines[cut:end]) * _TALK_SHARE_MAX > _text_weight(lines[start:end]):
        return end
    return cut


def _without_dated_list(lines: list[Line], start: int, end: int) -> int:
    """The end of the span before a list of other stories at its end: _DATED_LIST_MIN lines or more
    in a row that each start with a date ("12.01.2024 - Headline and teaser ..."), as news sites
    list their archive; an article's paragraphs rarely start with a numeric date, several in a row never."""
    cut = end
    while cut > start + 1 and starts_with_date(lines[cut - 1].text):
        cut -= 1
    return cut if end - cut >= _DATED_LIST_MIN else end


def starts_with_date(text: str) -> bool:
    """Whether a line starts with a numeric date (a teaser in a list of other stories, a timestamp)."""
    return bool(_DATED_ITEM.match(text))


def _text_start(lines: list[Line], start: int, end: int) -> int:
    """The start of the span past page talk that stands apart above the text (a disclosure over
    the headline: talk followed by a short line). Talk followed at once by text may be the text's
    own first paragraph (an article about a browser's settings speaks to its reader)."""
    cut = start
    while cut + 1 < end and page_talk(lines[cut].text) and not reads_as_text(lines[cut + 1].text):
        cut += 1
        while cut < end and not reads_as_text(lines[cut].text) and not page_talk(lines[cut].text):
            cut += 1
    return start if cut >= end else cut


def _text_weight(lines: list[Line]) -> int:
    """The length of the lines that read as text."""
    return sum(line_weight(line.text) for line in lines if reads_as_text(line.text))


def is_copyright(text: str) -> bool:
    """Whether a line is (or holds) a copyright notice ("© 2024 Site", "Copyright ANSA", "All rights reserved")."""
    return "©" in text or bool(_COPYRIGHT.search(text))


def _before_marker(lines: list[Line], index: int, markers: frozenset[int]) -> bool:
    """Whether a share row, comment prompt or "read also" line follows the line before any other
    line that reads as text, with at most _MARKER_REACH - 1 short lines between (a row of tags,
    the title of a linked document)."""
    stop = index + 1
    while stop < min(index + _MARKER_REACH, len(lines)) and not reads_as_text(lines[stop].text):
        stop += 1
    after = lines[stop].number if stop < len(lines) else 1 << 30
    return any(lines[index].number < number < after for number in markers)


def _last_sentence(text: str) -> bool:
    """Whether a line under the run may be the text's last sentence, cut short of its full stop: a few
    words, some in lower case (a sentence, not a headline in title case or a name), no list or notice."""
    words = text.split()
    return (len(words) >= _LAST_WORDS and sum(word[:1].islower() for word in words) * 3 >= len(words)
            and not page_talk(text) and _may_end_text(text))


def _first_sentence(text: str) -> bool:
    """Whether a short line right above the run is a sentence of the text: it ends with a full stop
    (a headline ends with none, or asks or exclaims), has no date (a timestamp line the header
    reads) and reads as a sentence (see _last_sentence)."""
    end = text.rstrip()
    return (end.endswith((".", "。")) and not end.endswith("..") and not _DATE_LIKE.search(text)
            and _last_sentence(text))


def _may_end_text(text: str) -> bool:
    """Whether a last line may belong to the text: no copyright notice, no row of links or tags, no
    button (one word of letters alone: "Back", "Zurück"; a date or a number may end the text)."""
    if len(text.split()) == 1 and text.strip().isalpha() and dominant_script(text) not in UNSPACED_SCRIPTS:
        return False
    return ("©" not in text and not _COPYRIGHT.search(text) and not any(ch in text for ch in "|·•")
            and not is_word_list(text))


def _footer_start(lines: list[Line]) -> int:
    """The index of the first footer marker after which only short lines follow (len(lines) if none)."""
    start = len(lines)
    for index in range(len(lines) - 1, -1, -1):
        if len(lines[index].text) > _FOOTER_LINE_MAX:
            break
        if clutter_kind(lines[index].text) in FOOTER_KINDS:
            start = index + 1  # the marker itself is removed as its own kind
    return start
