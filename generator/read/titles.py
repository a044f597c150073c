"""The headline among a page's head lines: title-like, close above the text, followed by its date or byline."""
from __future__ import annotations

import re

from generator.dates import DateMatch
from generator.lang.bylines import agency_in, byline_name, is_update
from generator.lang.clutter import clutter_kind, credit_marker
from generator.lang.datewords import reading_time
from generator.lang.scripts import UNPUNCTUATED_SCRIPTS, dominant_script
from generator.read.datelines import DATELINE_REACH, header_dates, mostly_date
from generator.read.lines import Line, reads_as_text
from generator.read.textshape import NAV_SEPARATORS
from generator.read.standfirst import over_stamp, over_standfirst, stamped_above, standfirst_under

TITLE_MAX_CHARS = 200
_TITLE_END = re.compile(r"[.,;:،؛。，；：]$")  # full-width CJK stops too
_TITLE_AFTER_DATE = re.compile(r"\s*(?:[:|—–-]|\s)\s*")
# A headline has a few words; more make a teaser. It sits close above its text and is followed by
# its date or byline more often than any other line of a page's head.
_TITLE_WORDS = 10
# Head lines in which the headline is looked for (a headline sits a few lines above its text; the
# menus, breadcrumbs and share rows before it are dropped, their dates read when nothing else has one).
HEAD_WINDOW = 20
_TITLE_DISTANCE_COST = 0.4
_TITLE_DATED_BONUS = 6
_TITLE_OTHER_LANGUAGE_COST = 6
_TITLE_LONG = 130  # a headline is rarely longer; a standfirst or teaser often is
_TITLE_LONG_COST = 3
_STANDFIRST_COST = 5
_TITLE_MIN_CHARS = 20  # a headline of one or two words is a long compound ("Last-Minute-Halloween-Kostüme")
_TITLE_MENU_COST = 4
_TITLE_REPEATED_BONUS = 2
_DOUBLED_BONUS = 8
_DOUBLED_MIN_WORDS = 3
_REPEATED_MIN_WORDS = 5  # menu items repeat too (in the header and the footer); they are shorter
# A headline may hold two short sentences ("Why is X? Because Y"); a line longer than this that
# holds a sentence break, or ends cut short ("…"), is a lead paragraph or a teaser.
_TEASER_CHARS = 120
_SENTENCE_INSIDE = re.compile(r"[.!?。！？]\s+[^\W\d_]")
# A list of other stories (a sidebar, "latest news") prints each title with its date under it, the
# next title one to three lines after that date (a blurb or author between); a headline stands alone above its date.
_TEASER_GAP = 3
_FOLLOWING = 3  # lines under a headline in which its date or byline is looked for
# A short line with a time of day ("Di, 10:19 Uhr", "5:30 PM EST") is a timestamp, not a headline.
_CLOCK = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)")
_CLOCK_LINE_WORDS = 4
_CAPITALS_MIN_WORDS = 4
# A headline repeats the words of its text's opening (its subject, names, verbs); menus and
# teasers of other stories do not. Measured on reader-dev: shared stems decide between close candidates.
_WORD = re.compile(r"[^\W\d_]+")
_STEM_CHARS = 5
_SHARED_BONUS = 1.5
_SHARED_MAX = 3
_UNSHARED_COST = 2.0
# A picture's credit closes its caption: names joined by slashes without spaces, in the last words.
_SLASH_CREDIT = re.compile(r"[^\W\d_][\w.-]*/[^\W\d_][\w.-]*(?:[/ ][\w.-]+){0,3}\)?\s*$")
_CREDIT_WORDS = 4
_CAPTION_MIN_WORDS = 7
_UNSPACED_TITLE_MIN_CHARS = 8
# A one-word headline is a compound of three parts or more joined by hyphens, as German and Dutch
# write them ("Last-Minute-Halloween-Kostüme"); each part counts as a word. A menu item of one word
# has no hyphens or one ("E-Paper").
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+){2,}")
_UNSPACED_TITLE_SCRIPTS = frozenset({"HAN", "KANA", "THAI", "LAO", "KHMER", "MYANMAR"})
# A headline may end with a full stop (a two-sentence headline "X. Now, Y.", a blog post's title
# "Electric pumps."); a sentence does too, so such a line is a candidate only when its date or
# byline follows it, and only when short (a lead or caption under a menu is longer).
_FULL_STOP_MAX_WORDS = 15
# Counters a page prints after its headline (rating, views, comments: "… Multiplikators 3.17 5 12"):
# two numbers or more in a row at the end; one number may belong to the headline ("Apollo 11").
_TRAILING_COUNTERS = re.compile(r"(?:\s+\d+(?:[.,]\d+)?){2,}$")
# A row of buttons copied as one line ("Share on Facebook Share on Twitter", "Facebook Twitter
# E-Mail"): each part a clutter label of generator.lang.clutter; such a row is never a headline.
_LABEL_ROW_MAX_WORDS = 12
# A site's name as a domain in capitals ("EXAMPLE.COM", "NEWS.DE"): sites print their own name so in
# their slogan and promotions; a headline names another site in its own case ("Booking.com").
_SITE_DOMAIN = re.compile(r"(?<![\w.])[A-Z0-9][A-Z0-9-]*\.[A-Z]{2,4}(?![\w.])")
# A menu under a line: this many lines of this many words at most (a site's slogan stands over it).
_MENU_LINES = 5
_MENU_ITEM_WORDS = 4  # "Wissenschaft auf die Ohren": a section's name may have four
# A section label set off by a bar from a headline of several words; menu rows hold short items.
_LABELLED_MIN_WORDS = 4
# A line above a longer one makes it a standfirst when it may be a headline itself: of three words or
# more; a section label of one or two words ("Trends & Styling") stands above the headline, not over it.
_HEADLINE_ABOVE_MIN_WORDS = 3
# A link to the previous or next post ("« Older post", "Newer post ›"): a guillemet or angle quote
# without its pair. Quotes come in pairs in the languages that use them («…», »…«, « … »); arrows
# do not.
_OPENING_ARROWS, _CLOSING_ARROWS = "«‹", "»›"
# A one-word headline with its full stop ("Pumps."): only right above its date, nothing else a headline.
_ONE_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def title_index(head: list[Line], lang: str, script: str | None = None, page: tuple[str, ...] = (),
                text_from: int | None = None, opening: frozenset[str] | None = None,
                below: tuple[Line, ...] = (), whole: bool = False) -> int | None:
    """The index of the head line that is the headline, or None.

    A headline is a title-like line of several words (or one long compound), closest to the
    text, followed by its date or byline more often than not; menu items and labels are short.
    A breadcrumb ends with the headline, a standfirst under it is longer than it, a kicker above
    it shorter; a line in another script than the text's (script) is a second title. A line the
    page repeats (page: every line of it), whole or inside a breadcrumb, share row or "previous
    article" link, is more often the headline than not. text_from: the index of the first line of
    the text's run, when head goes on into it (a line in capitals above it may be the headline).
    opening: the stems of the text's first lines (opening_stems): a headline shares its words with
    them, a menu item or a teaser of another story seldom does. below: the lines under head (the
    text's first lines), where the date or byline of a headline ending with a full stop may stand.
    whole: look at every head line, not the last HEAD_WINDOW, and only at those followed by their
    date or byline (when no line of the window is a headline: a long page head, its comment form
    or sidebar under the article's header).
    """
    folded = [line.casefold() for line in page]
    window = {*range(0 if whole else max(0, len(head) - HEAD_WINDOW), len(head)), *_doubled(head)}
    candidates = {index for index in window if _headline_candidate(head[index].text, lang)}
    for index in range(max(0, (text_from or len(head)) - 1), len(head)):
        if _capitals_headline(head[index].text, lang):
            candidates.add(index)
    teasers = _teaser_items(head, candidates, lang)
    dated_of = {index: index not in teasers and _dated(head[index + 1:index + 1 + _FOLLOWING], lang)
                for index in candidates}
    best, best_score = None, 0.0
    for index in sorted(candidates):
        text = head[index].text
        if any(other != index and _ends_with_line(text, head[other].text) for other in candidates):
            continue  # a breadcrumb ending with the headline
        following = head[index + 1:index + 1 + _FOLLOWING]
        dated = dated_of[index]
        if not dated and any(dated_of[other] and head[other].text == text for other in candidates if abs(other - index) > 2):
            continue  # a link to the article (a "most read" list) repeating its headline, dated elsewhere
        # a headline written twice and followed by its date is the article's, however far above the
        # text the page's widgets put it: its distance costs no more than the window's
        capped = dated and index in _doubled(head) or whole
        distance = min(len(head) - index, HEAD_WINDOW) if capped else len(head) - index
        if index in _doubled(head) and any(reads_as_text(line.text) for line in following):
            distance = min(distance, _FOLLOWING)  # written twice over its standfirst: the article's header
        if whole and not dated:
            continue
        score = min(_title_words(text), _TITLE_WORDS) - _TITLE_DISTANCE_COST * distance
        if len(text) > _TITLE_LONG:
            score -= _TITLE_LONG_COST
        over = over_stamp(head, index, lang)
        above = head[over].text if over is not None else ""
        headline_above = over in candidates and len(_WORD.findall(above)) >= _HEADLINE_ABOVE_MIN_WORDS
        if headline_above and not _reads_as_menu(above) and (
                standfirst_under(above, text, lang) or lang == "en" and _title_case(above) and not _title_case(text)):
            score -= _STANDFIRST_COST  # a longer (or, in English, sentence-case) line under a headline is its standfirst
        if _reads_as_menu(text.capitalize() if in_capitals(text) else text):  # a line in capitals has no case to judge by
            score -= _TITLE_MENU_COST
        if _above_a_menu(head, index, lang):
            score -= _TITLE_MENU_COST  # the site's slogan over its menu
        if index in _doubled(head):
            score += _DOUBLED_BONUS
        if _title_words(text) >= _REPEATED_MIN_WORDS and sum(text.casefold() in line for line in folded) > 1:
            score += _TITLE_REPEATED_BONUS
        score += _vocabulary_score(text, opening)
        if dated or stamped_above(head, index, candidates, lang) and over_standfirst(head, index, lang):
            score += _TITLE_DATED_BONUS
        if score > best_score and script and dominant_script(text) != script:
            score -= _TITLE_OTHER_LANGUAGE_COST  # a second title, translating the headline above it
        if score > best_score:
            best, best_score = index, score
    if best is None and not whole and len(head) > HEAD_WINDOW:
        best = title_index(head, lang, script, page, text_from, opening, whole=True)
    if best is None:  # no other headline: the nearest line ending with a full stop that its date follows
        lines = [*head, *below]
        stopped = [index for index in window if _full_stop_headline(lines, index, lang)]
        if not stopped:
            return None
        at = max(stopped)  # its standfirst may end with a full stop too: the headline is the line above
        while at - 1 in stopped or at - 2 in stopped and label_row(lines[at - 1].text):
            at -= 2 if at - 1 not in stopped else 1
        return at
    return best


def _dated(following: list[Line], lang: str) -> bool:
    """Whether the lines under a candidate hold its date or byline."""
    return bool(header_dates(" ".join(l.text for l in following), lang) or any(byline_name(l.text) for l in following))


def opening_stems(texts: list[str]) -> frozenset[str]:
    """The stems of the longer words of the text's first lines (for _vocabulary_score)."""
    return frozenset(stem for text in texts for stem in _stems(text))


def _stems(text: str) -> set[str]:
    """Words of four letters or more, case-folded and cut to their first five letters: a crude
    stem that matches the inflected forms of most languages written with spaces ("reborn",
    "rebirth" do not; "Friseurbesuch", "Friseurbesuchs" do)."""
    if dominant_script(text) in _UNSPACED_TITLE_SCRIPTS:
        return set()  # no spaces between words: no words to compare
    return {word.casefold()[:_STEM_CHARS] for word in _WORD.findall(text) if len(word) >= 4}


def _vocabulary_score(text: str, opening: frozenset[str] | None) -> float:
    """What a candidate gains for sharing words with the text's opening, or loses for sharing none."""
    stems = _stems(text)
    if not opening or len(stems) < 2:
        return 0.0
    shared = len(stems & opening)
    return min(shared, _SHARED_MAX) * _SHARED_BONUS if shared else -_UNSHARED_COST


def _title_case(text: str) -> bool:
    """Whether a line capitalises most of its longer words: English headlines do (the headline style of
    the Chicago Manual and of many newspapers), their standfirsts, in sentence case, do not."""
    words = [word for word in _WORD.findall(text) if len(word) >= 4]
    return len(words) >= 3 and 4 * sum(word[0].isupper() for word in words) >= 3 * len(words)


def _doubled(head: list[Line]) -> set[int]:
    """The head lines of several words written again one or two lines above (the second copy):
    pages print their headline twice in a row (a hidden heading or the picture's alternative
    text, then the visible headline); menu items that repeat are single words."""
    doubled = set()
    for index, line in enumerate(head):
        if len(line.text.split()) >= _DOUBLED_MIN_WORDS and any(
                head[other].text == line.text for other in range(max(0, index - 2), index)):
            doubled.add(index)
    return doubled


def _above_a_menu(head: list[Line], index: int, lang: str) -> bool:
    """Whether a line stands over a menu: the next _MENU_LINES lines are all items of one to three
    words without a digit, no byline or button among them. A site prints its slogan so, at the top
    of the page; a headline is followed by its date ("vor 4 Monaten"), reading time, counters,
    byline, share buttons or text."""
    following = head[index + 1:index + 1 + _MENU_LINES]
    return len(following) == _MENU_LINES and all(
        len(line.text.split()) <= _MENU_ITEM_WORDS and not any(ch.isdigit() for ch in line.text)
        and not byline_name(line.text) and not clutter_kind(line.text) for line in following)


def _teaser_items(head: list[Line], candidates: set[int], lang: str) -> set[int]:
    """The candidates that are items of a list of stories: each title followed by its date, and
    the next title within _TEASER_GAP lines of that date, dated too; the last item of such a list
    (or the headline under it) is what the date bonus is left to."""
    dated = {index for index, line in enumerate(head) if header_dates(line.text, lang)}
    items = set()
    for index in candidates:
        date = min((d for d in dated if index < d <= index + _FOLLOWING), default=None)
        if date is None:
            continue
        for other in range(date + 1, min(date + 1 + _TEASER_GAP, len(head))):
            if other in candidates and any(other < d <= other + _FOLLOWING for d in dated):
                items.add(index)
                break
    return items


def _headline_candidate(text: str, lang: str, short: bool = False) -> bool:
    """Whether a head line may be the headline: title-like, long enough, no date, byline, update or
    caption; short: a line of any length, one word too (right above its date, see _full_stop_headline)."""
    prefixed = dated_title(text, lang)
    if prefixed:
        text = prefixed[1]
    if _title_words(text) < 3 and len(text) < _TITLE_MIN_CHARS and not short:
        return False
    title_like = is_title_like(text, strict=True) or short and bool(_ONE_WORD.fullmatch(text))
    if not title_like or not _starts_as_text(text) or header_dates(text, lang) or post_link(text):
        return False
    if _starts_lower_case(text) or _CLOCK.search(text) and len(text.split()) <= _CLOCK_LINE_WORDS:
        return False
    if byline_name(text) or is_update(text) and not _labelled(text) or credit_marker(text) or _credited_caption(text):
        return False  # an update label before a bar and a headline ("Update | Crash victims identified") is its kicker
    if reading_time(text, lang) or _SITE_DOMAIN.search(text):
        return False
    return not label_row(text)


def post_link(text: str) -> bool:
    """Whether a line is a link to the previous or next post: it opens with a guillemet or angle
    quote it does not close ("« Older post"), or closes with one it did not open ("Newer post »")."""
    text = text.strip()
    opens = text[:1] in _OPENING_ARROWS and not any(ch in _CLOSING_ARROWS for ch in text[1:])
    closes = text[-1:] in _CLOSING_ARROWS and not any(ch in _OPENING_ARROWS for ch in text[:-1])
    return opens or closes


def label_row(text: str) -> bool:
    """Whether a line is made of two clutter labels or more in a row (share or follow buttons)."""
    words = text.split()
    if len(words) > _LABEL_ROW_MAX_WORDS:
        return False
    # labels[i]: the most labels that make up words[:i] (None: no way to cut them so); the most, since
    # a row of network names is one label too ("Facebook Twitter E-Mail") and still a row of buttons
    labels: list[int | None] = [0] + [None] * len(words)
    for end in range(1, len(words) + 1):
        for start in range(end):
            if labels[start] is not None and clutter_kind(" ".join(words[start:end])):
                labels[end] = labels[start] + 1 if labels[end] is None else max(labels[end], labels[start] + 1)
    return labels[-1] is not None and labels[-1] >= 2


def _full_stop_headline(head: list[Line], index: int, lang: str) -> bool:
    """Whether a line ending with one full stop may be the headline: short, a candidate without its
    stop, and followed by its date or byline (a sentence of a lead or caption seldom is); a blog
    post's title of one word ("Pumps.") only with its date on the next line."""
    text = head[index].text
    if not ends_with_full_stop(text) or len(text.split()) > _FULL_STOP_MAX_WORDS:
        return False
    dated_under = index + 1 < len(head) and mostly_date(head[index + 1].text, lang)
    if not _headline_candidate(text[:-1], lang, short=dated_under):
        return False
    # the date or byline under it, past a row of share buttons between them
    following = [line for line in head[index + 1:] if not label_row(line.text)][:_FOLLOWING]
    return bool(header_dates(" ".join(l.text for l in following), lang) or any(byline_name(l.text) for l in following))


def without_counters(title: str) -> str:
    """A headline without the counters glued after it (two numbers or more), when a headline is left."""
    shorter = _TRAILING_COUNTERS.sub("", title)
    return shorter if shorter != title and len(shorter.split()) >= 2 and is_title_like(shorter) else title


def ends_with_full_stop(text: str) -> bool:
    """Whether a line ends with one full stop (not an ellipsis "..." or another sentence mark)."""
    return text.endswith(".") and not text.endswith("..") and not _TITLE_END.search(text[:-1])


def _credited_caption(text: str) -> bool:
    """Whether a line ends with a picture's credit: photographer and agency joined by slashes
    ("... Mike Blake/Reuters files", "(Saul Loeb/AFP/Getty Images)", "Bild: AFP/SID/Name") or an
    agency alone after its last sentence ("... el 11 de febrero pasado. EFE"): a caption."""
    if len(text.split()) < _CAPTION_MIN_WORDS:
        return False  # a short headline may end with a slash ("Streit um AC/DC"); a caption is a sentence
    if _SLASH_CREDIT.search(text):
        return True
    last = re.split(r"[.!?]\s+|\(", text)[-1]
    return last != text and len(last.split()) <= _CREDIT_WORDS and agency_in(last) is not None


def _capitals_headline(text: str, lang: str) -> bool:
    """Whether a line in capitals may be a headline: right above the text, of several words, and a
    candidate once written in lower case (menus in capitals are one or two words, far above)."""
    return in_capitals(text) and len(text.split()) >= _CAPITALS_MIN_WORDS and _headline_candidate(text.capitalize(), lang)


def _labelled(text: str) -> bool:
    """Whether a line is a headline with a one-word section label before or after one bar
    ("Update | Crash victims identified", "... rose to the challenge | COMMENTARY"), no menu row."""
    parts = [part.strip() for part in text.split("|")]
    if len(parts) != 2 or NAV_SEPARATORS.search(parts[0]) or NAV_SEPARATORS.search(parts[1]):
        return False
    words = sorted((len(part.split()) for part in parts))
    return words[0] == 1 and words[1] >= _LABELLED_MIN_WORDS


def in_capitals(text: str) -> bool:
    """Whether a line is written in capitals: its cased letters are upper case and make most of its
    letters (a Chinese or Japanese headline with a Latin name in capitals, "NBA", is not)."""
    letters = [ch for ch in text if ch.isalpha()]
    cased = sum(ch.isupper() or ch.islower() for ch in letters)
    return text.isupper() and 2 * cased > len(letters)


def _starts_lower_case(text: str) -> bool:
    """Whether a line of a cased script starts with a lower-case word (a menu row, a link), as no
    headline does in the languages that write capitals ("iPhone", with a capital inside, may)."""
    first = text.split()[0] if text.split() else ""
    return first[:1].islower() and not any(ch.isupper() for ch in first[1:])


def _ends_with_line(text: str, other: str) -> bool:
    """Whether a line ends with another, shorter line ("Home > News > The headline")."""
    return len(other) < len(text) and text.casefold().endswith(other.casefold())


def _reads_as_menu(text: str) -> bool:
    """Whether a line of a cased script is a row of capitalised menu words, or all lower case."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 4 or not all(w[:1].isupper() or w[:1].islower() for w in words):
        return False
    capitals = sum(w[:1].isupper() for w in words)
    return capitals == 0 or (capitals == len(words) and not any(ch in text for ch in ":,–—-?!\"'„“«"))


def _starts_as_text(text: str) -> bool:
    """Whether a line starts with a letter, digit or opening quote (not an arrow, dash or bullet of a widget)."""
    first = text[:1]
    return first.isalnum() or first in "\"'„“«‚‘¿¡(["


def dated_title(text: str, lang: str) -> tuple[DateMatch, str] | None:
    """A title written after its date and time ("11.01.2019 01:05 : The headline"): the date and the title."""
    dates = header_dates(text[:DATELINE_REACH], lang)
    if not dates or dates[0].start > 2:
        return None
    separator = _TITLE_AFTER_DATE.match(text, dates[0].end)
    title = text[separator.end():].strip() if separator else ""
    if len(title.split()) < 2 or not is_title_like(title) or header_dates(title, lang):
        return None
    return dates[0], title


def two_line_title(head: list[Line], at: int) -> bool:
    """Whether the headline goes on in the next line ("Headline:" + "its second part")."""
    return head[at].text.endswith(":") and at + 1 < len(head) and is_title_like(head[at + 1].text)


def _title_words(text: str) -> int:
    """Words of a line; in scripts without spaces, one word per two characters."""
    if dominant_script(text) in _UNSPACED_TITLE_SCRIPTS:
        return len(text) // 2
    if _compound(text):
        return text.count("-") + 1
    return len(text.split())


def _compound(text: str) -> bool:
    """Whether a line is one long compound word of three parts or more ("Last-Minute-Halloween-Kostüme")."""
    return len(text) >= _TITLE_MIN_CHARS and bool(_COMPOUND.fullmatch(text))


def is_title_like(text: str, strict: bool = False) -> bool:
    """Whether a line reads as a headline: short, not ending like a sentence or a clause.

    strict (for a page's head lines): not ending in a colon either, unless a second part follows,
    and holding no bar or bullet (navigation and share rows are separated so).
    """
    if len(text) > TITLE_MAX_CHARS or (_TITLE_END.search(text) and not (strict and text.endswith(":"))):
        return False
    if strict and (NAV_SEPARATORS.search(text) and not _labelled(text) or in_capitals(text) and len(text) < 40):
        return False
    if len(text) > _TEASER_CHARS and (_SENTENCE_INSIDE.search(text) or text.endswith(("…", "..."))):
        return False  # a long line of sentences, or one cut short, is a lead or a teaser
    if len(text.split()) >= 2 or dominant_script(text) in UNPUNCTUATED_SCRIPTS or _compound(text):
        return True
    # Chinese and Japanese write a headline without spaces: a line of a few characters or more
    return dominant_script(text) in _UNSPACED_TITLE_SCRIPTS and len(text) >= _UNSPACED_TITLE_MIN_CHARS
