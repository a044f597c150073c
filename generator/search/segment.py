"""Thai words for the search index: pythainlp's segmenter, U+200B between the words.

Thai is written without spaces between words, so Material's tokenizer would index a whole clause as
one token. pythainlp's `newmm` segmenter (offline) with its dictionary plus the corpus's Thai entity
names (it would split a transliterated name such as เสิ่นหยาง otherwise) cuts it into words; U+200B,
which is in the search `separator`, marks the cuts. It is invisible in the result snippets.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable

from generator.search.normalise import compose_sara_am

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

ZWSP = "\u200b"
_THAI_RUN = re.compile("[\u0e00-\u0e7f]+")
_WORD_CHAR = re.compile(r"\w")


def thai_segmenter(names: Iterable[str] = ()) -> Callable[[str], str]:
    """A function that puts U+200B between the Thai words of a text (names kept whole), leaving the rest as it is."""
    from pythainlp.corpus import thai_words
    from pythainlp.tokenize import word_tokenize
    from pythainlp.util import dict_trie

    extra = {part for name in names for part in compose_sara_am(name).split() if _THAI_RUN.fullmatch(part)}
    trie = dict_trie(dict_source=set(thai_words()) | extra)

    def words(run: str) -> list[str]:
        return [w for w in word_tokenize(run, custom_dict=trie, engine="newmm", keep_whitespace=False) if w.strip()]

    def segment(text: str) -> str:
        if not _THAI_RUN.search(text):
            return text
        text = compose_sara_am(text)
        pieces, end = [], 0
        for match in _THAI_RUN.finditer(text):
            start = match.start()
            pieces.append(text[end:start])
            before = text[start - 1] if start else ""
            after = text[match.end()] if match.end() < len(text) else ""
            # A Thai run glued to a word of another script ("Groupที่") is two words.
            pieces.append((ZWSP if _WORD_CHAR.match(before) else "") + ZWSP.join(words(match.group()))
                          + (ZWSP if _WORD_CHAR.match(after) else ""))
            end = match.end()
        pieces.append(text[end:])
        return "".join(pieces)

    return segment


def remembered(make_segmenter: Callable[[], Callable[[str], str]], store, salt: str) -> Callable[[str], str]:
    """The segmenter, its results kept in a cache table across builds (generator.cache.Store, or None).

    pythainlp's segmenter costs seconds per thousand pages; a text seen before is looked up instead.
    `salt` names what the segmenter depends on (its dictionary of names); the segmenter is made only
    when a text is not in the table.
    """
    segmenter: list[Callable[[str], str]] = []

    def segment(text: str) -> str:
        if not _THAI_RUN.search(text):
            return text
        key = hashlib.sha256(f"{salt}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()
        found = store.get(key) if store is not None else None
        if found is None:
            if not segmenter:
                segmenter.append(make_segmenter())
            found = segmenter[0](text)
            if store is not None:
                store.put(key, found)
        return found

    return segment
