"""Thai words: a dictionary check for text written without spaces between words (pythainlp, offline)."""
from __future__ import annotations

import bisect
import os
from functools import lru_cache

# pythainlp must never try to download a corpus or write to the user's home at run time.
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")


@lru_cache(maxsize=1)
def _sorted_words() -> tuple[str, ...]:
    """pythainlp's Thai word list, sorted for prefix look-ups."""
    from pythainlp.corpus import thai_words

    return tuple(sorted(thai_words()))


def is_word(token: str) -> bool:
    """Whether the token is a word of pythainlp's Thai dictionary."""
    words = _sorted_words()
    index = bisect.bisect_left(words, token)
    return index < len(words) and words[index] == token


def is_word_prefix(token: str) -> bool:
    """Whether some longer dictionary word starts with the token."""
    words = _sorted_words()
    index = bisect.bisect_right(words, token)
    return index < len(words) and words[index].startswith(token)


# Characters that cannot begin a Thai word: following vowels, tone marks and other signs.
_WORD_CONTINUES = frozenset("ะัาำิีึืฺุู็่้๊๋์ํ๎")
_TAIL = 4


def ends_mid_word(text: str, context: str = "") -> bool:
    """Whether Thai text stops inside a word ("…สำค" of สำคัญ).

    The dictionary decides first: the last token must be no word but the start of one. Names
    are rarely in the dictionary, so the context (the whole article) gets the last word: if the
    same final letters appear elsewhere followed by the start of a new word, they can end a word.
    """
    from pythainlp.tokenize import word_tokenize

    text = text.rstrip()
    tokens = [t for t in word_tokenize(text[-60:], engine="newmm", keep_whitespace=False) if t.strip()]
    if not tokens or not any("\u0e00" <= ch <= "\u0e7f" for ch in tokens[-1]):
        return False
    last, joined = tokens[-1], "".join(tokens[-2:])
    if is_word(last) or is_word(joined) or not is_word_prefix(last):
        return False
    return not _ends_a_word_elsewhere(text[-_TAIL:], context or text)


def _ends_a_word_elsewhere(tail: str, context: str) -> bool:
    """Whether the tail occurs in the context followed by something that starts a new word."""
    start = context.find(tail)
    while start != -1:
        after = start + len(tail)
        if after < len(context) and context[after] not in _WORD_CONTINUES:
            return True
        start = context.find(tail, start + 1)
    return False


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Thai sentence spans, from pythainlp's CRF sentence segmenter (its model ships in the wheel).

    Thai separates clauses, sentences and foreign words alike with a space; a space alone does
    not tell where a sentence ends.
    """
    from pythainlp.tokenize import sent_tokenize

    spans, offset = [], 0
    for sentence in sent_tokenize(text, engine="crfcut"):
        start = text.find(sentence.strip(), offset) if sentence.strip() else -1
        if start == -1:
            continue
        end = start + len(sentence.strip())
        spans.append((start, end))
        offset = end
    return spans
