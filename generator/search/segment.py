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


def thai_run_segmenter(names: Iterable[str] = ()) -> Callable[[str], str]:
    """A function that puts U+200B between the words of one run of Thai letters (names kept whole)."""
    from pythainlp.corpus import thai_words
    from pythainlp.tokenize import word_tokenize
    from pythainlp.util import dict_trie

    extra = {part for name in names for part in compose_sara_am(name).split() if _THAI_RUN.fullmatch(part)}
    trie = dict_trie(dict_source=set(thai_words()) | extra)

    def joined_words(run: str) -> str:
        return ZWSP.join(w for w in word_tokenize(run, custom_dict=trie, engine="newmm", keep_whitespace=False) if w.strip())

    return joined_words


def thai_segmenter(names: Iterable[str] = ()) -> Callable[[str], str]:
    """A function that puts U+200B between the Thai words of a text (names kept whole), leaving the rest as it is."""
    joined_words = thai_run_segmenter(names)
    return lambda text: segment_runs(text, joined_words)


def segment_runs(text: str, joined_words: Callable[[str], str]) -> str:
    """The text with each run of Thai letters segmented by joined_words (each run on its own, whatever the others)."""
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
        pieces.append((ZWSP if _WORD_CHAR.match(before) else "") + joined_words(match.group())
                      + (ZWSP if _WORD_CHAR.match(after) else ""))
        end = match.end()
    pieces.append(text[end:])
    return "".join(pieces)


class Remembered:
    """The segmenter, its results kept in a cache table across builds (generator.cache.Store, or None).

    pythainlp's segmenter costs seconds per thousand pages, and making it (its dictionary's trie) half a
    second: a text seen before is looked up, and a new text is made of the runs of Thai letters seen
    before (one entry of the table holds every run's words) where it can. The segmenter is made only
    for a run never seen. `salt` names what the segmenter depends on (its dictionary of names). Call
    `keep()` once every text is segmented, before the table is saved.
    """

    def __init__(self, make_run_segmenter: Callable[[], Callable[[str], str]], store, salt: str):
        self.make_run_segmenter, self.store, self.salt = make_run_segmenter, store, salt
        self.runs_key = hashlib.sha256(f"{salt}\0every run".encode()).hexdigest()
        self._runs: dict[str, str] | None = None  # run -> its words joined by U+200B, once read
        self._new_runs = False
        self._segmenter: Callable[[str], str] | None = None
        self.segmenters_made = 0

    def __call__(self, text: str) -> str:
        if not _THAI_RUN.search(text):
            return text
        key = hashlib.sha256(f"{self.salt}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()
        found = self.store.get(key) if self.store is not None else None
        if found is None:
            found = segment_runs(text, self._joined_words)
            if self.store is not None:
                self.store.put(key, found)
        return found

    def _joined_words(self, run: str) -> str:
        if self._runs is None:
            self._runs = dict((self.store.get(self.runs_key) if self.store is not None else None) or {})
        found = self._runs.get(run)
        if found is None:
            if self._segmenter is None:
                self._segmenter = self.make_run_segmenter()
                self.segmenters_made += 1
            found = self._runs[run] = self._segmenter(run)
            self._new_runs = True
        return found

    def keep(self) -> None:
        """Keep the runs' words for the next build: stored again if new runs were segmented, else kept as they are."""
        if self.store is None or not self.store.used:  # nothing asked of the table: it is not saved at all
            return
        if self._new_runs:
            self.store.put(self.runs_key, self._runs)
        else:
            self.store.retain([self.runs_key])
