"""The shape of a line of text: whether it reads as a sentence or paragraph, a list of words, a
line of program code, or ends with an emoji; what the article's run and the header both ask."""
from __future__ import annotations

import re
import unicodedata

from generator.lang.boundaries import UNSPACED_SCRIPTS
from generator.lang.scripts import UNPUNCTUATED_SCRIPTS, dominant_script, ends_sentence

# The separators of a breadcrumb or menu row copied as one line ("Home » News » …", "A | B").
NAV_SEPARATORS = re.compile(r"\s[|·•»›>/]\s|\s[|·•]|[|·•]\s")
# An ISBN with its label (ISO 2108: 10 or 13 digits, the groups joined by hyphens or spaces).
BOOK_NUMBER = re.compile(r"\bISBN(?:-1[03])?:?\s*(?:97[89][\s-]?)?\d{1,5}[\s-]?\d{1,7}[\s-]?\d{1,7}[\s-]?[\dX]\b")
TEXT_MIN_CHARS = 40  # a punctuated line shorter than this is a label or a button, not a paragraph
_MEAN_WORD_MAX = 14  # characters per word: words of any spaced language are shorter on average
# A tag cloud or a row of menu items written as one line: this many words with no sentence marks,
# and this share of them capitalised.
_LIST_MIN_WORDS = 8
_LIST_CAPITALISED_SHARE = 0.7
# (a full stop or comma inside a word or number, "2.0", "Wiki.de", is none)
_SENTENCE_MARKS = re.compile(r"[.!?,;:](?!\w)|[。！？؟،]")
_LONG_LINE = 200  # a line this long is text even without final punctuation (and in unpunctuated scripts)
# A sign-off after the last sentence: a short group in brackets, ASCII or full-width ("(dpa)",
# "(AFP/jd)", "（記者 名前）"), as agencies and Chinese and Japanese papers sign their texts; not
# buttons in spaced brackets ("( Log out / Change )").
_SIGNED_OFF = re.compile(r"(?<=[.!?…。！？\"”“»«’'」』])\s*[(（](?!\s)[^()（）]{1,30}(?<!\s)[)）]$")
# A quotation ending with its author in brackets, no full stop ("... that created it (Jane Doe)"):
# a sentence in lower case, then a name of two to four capitalised words (measured on reader-dev:
# one more article snippet kept, nothing else changed).
_ATTRIBUTED = re.compile(r"(\S+)\s\(((?:[^\W\d_][\w.'’-]*\s){1,3}[^\W\d_][\w.'’-]*)\)$")
_EMOJI_JOINERS = "\ufe0f\u200d"  # the emoji presentation selector and the joiner of emoji sequences
# Emoticons written in ASCII after a sentence (":)", ";-)", "=)", ":D", "^^", "<3").
_EMOTICONS = re.compile(r"\s*(?:[:;=8][-'^o]?[()DPp3\]\[/|]+|\^\^|<3|xD)$")
# CJK scripts carry a word in one or two characters: their lines count this many times their length.
_DENSE_SCRIPTS = {"HAN": 3, "KANA": 3, "HANGUL": 2}
# A line of program code: a call, an assignment, an import or a statement's end (the syntax common
# to C-like languages, Python and shells: a variable "$name", an assignment "name=value", a path
# "./run.sh", an option "-g" or "--quiet"); menus and share rows have none of these (measured on
# reader-dev: the shell forms kept 2 more article snippets, no clutter came in).
CODE_LINE = re.compile(r"\w\((?:[^()]*)\)|\s=\s|^\s*(?:from\s+\S+\s+)?import\s\S|[;{}]\s*$|^\s*(?:def|return|class|var|let|const)\s|^\s*[#$>]+\s\S"
                       r"|^[\w.-]+=\S|\$\{?[A-Za-z_]|^\s*\.{0,2}/\w|(?<=\s)--?[a-zA-Z][\w-]*(?:\s|$)")


def reads_as_text(text: str) -> bool:
    """Whether a line reads as a paragraph of text: long enough and punctuated, or very long."""
    weight = line_weight(text)
    if (weight == len(text) and len(text) > _MEAN_WORD_MAX * len(text.split())
            and dominant_script(text[:200]) not in UNSPACED_SCRIPTS):
        return False  # menu items run together ("Top StoriesCompanies & MarketsStocks..."); Thai, Lao,
        # Khmer and Burmese put spaces between phrases only, so their words look long
    if is_word_list(text):
        return False
    if weight >= _LONG_LINE:
        return True
    if text.endswith(("...", "…")):
        return False  # a teaser cut short
    if dominant_script(text[:200]) in UNPUNCTUATED_SCRIPTS:
        # Thai, Lao, Khmer and Burmese end a sentence with a space, not a mark: a line of two or more
        # phrases, as long as a punctuated paragraph must be, is a sentence (menu items are single phrases)
        return weight >= TEXT_MIN_CHARS and len(text.split()) >= 2
    if weight < TEXT_MIN_CHARS or (len(text.split()) < 4 and dominant_script(text[:200]) not in UNSPACED_SCRIPTS):
        return False  # (Chinese and Japanese write no spaces: their weight stands for the words)
    return (ends_sentence(text) or introduces(text) or ends_with_emoji(text) or ends_sentence(_SIGNED_OFF.sub("", text))
            or attributed(text))


def ends_with_emoji(text: str) -> bool:
    """Whether a text ends with an emoji or an emoticon, which ends a sentence in informal writing
    ("... I would be glad 🙂", "... see you there ;-)")."""
    return without_emoji(text) != text.rstrip()


def without_emoji(text: str) -> str:
    """The text without the emoji or emoticons after its last sentence ("... freuen 🙂", "... ;-)")."""
    text = _EMOTICONS.sub("", text.rstrip())
    while text and (_is_emoji(text[-1]) or text[-1] in _EMOJI_JOINERS):
        text = _EMOTICONS.sub("", text[:-1].rstrip())
    return text


def _is_emoji(char: str) -> bool:
    """Whether a character is a pictograph: a symbol (Unicode category So, or Sk for the skin tones)
    from the Miscellaneous Symbols block (U+2600) on, where the emoji are (not ©, ®, ° or ™)."""
    return ord(char) >= 0x2600 and unicodedata.category(char) in ("So", "Sk")


def introduces(text: str) -> bool:
    """Whether a line is a sentence that introduces what follows (a list, a quotation, code): it
    ends with a colon (ASCII or full-width), and it is no row of labels ("Home: Shop: Contact:")."""
    return text.rstrip().endswith((":", "：")) and text.count(":") + text.count("：") <= 2


def is_word_list(text: str) -> bool:
    """Whether a long line is a list of tags, places or menu items: many words, no punctuation
    that sentences have, and most words capitalised (a sentence has lower-case function words
    in any cased script, German nouns too)."""
    words = text.split()
    if len(words) < _LIST_MIN_WORDS or _SENTENCE_MARKS.search(text):
        return False
    capitalised = sum(1 for word in words if word[0].isupper() or word[0].isdigit())
    return capitalised >= _LIST_CAPITALISED_SHARE * len(words)


def line_weight(text: str) -> int:
    """A line's length in characters, CJK lines counted as the longer Latin text they stand for."""
    return len(text) * _DENSE_SCRIPTS.get(dominant_script(text[:200]) or "", 1)


def attributed(text: str) -> bool:
    """Whether a line ends as a quotation signed with its author's name in brackets: a word in lower
    case, then two to four capitalised words in brackets ("... created it (Jane Doe)")."""
    signed = _ATTRIBUTED.search(text)
    return bool(signed) and signed.group(1)[:1].islower() and all(word[:1].isupper() for word in signed.group(2).split())
