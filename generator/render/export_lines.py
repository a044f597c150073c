"""The items of the last run's knowledge.json, found again where that run wrote them.

Why: after one changed article, nearly every entity and story is as it was, and dumping them to
JSON again (half a million small dicts of mentions and facts at 10,000 articles) took seconds. Each
entity and story item is keyed by the hash of everything its page is made of (generator/render/
inputs.py), a superset of what its item is made of; the last run recorded, with the SHA-256 of the
file it wrote, where each item's bytes are in it. Only when docs/knowledge.json is still that file
(generator/docs_state.py) are they read from it, a few bytes at a time.
"""
from __future__ import annotations

import os

from generator.cache import Store, content_key
from generator.docs_state import DocsState
from generator.slugs import KNOWLEDGE_FILE


class KnowledgeLines:
    """The last run's knowledge.json items by key (generator.render.export.Lines), and where this run writes them."""

    def __init__(self, stream=None, places: dict[str, tuple[int, int]] | None = None):
        self._stream = stream
        self._places = places or {}
        self.written: dict[str, tuple[int, int]] = {}

    @classmethod
    def of_last_run(cls, state: DocsState, store: Store) -> "KnowledgeLines":
        """The items the last run recorded, if docs/knowledge.json is the file it wrote (else none)."""
        entry = store.get(_key())
        if not entry:
            return cls()
        try:
            stream = (state.docs_dir / KNOWLEDGE_FILE).open("rb")
        except OSError:
            return cls()
        if state.digest(KNOWLEDGE_FILE) != entry[0]:  # changed by hand, or by another run: no item is trusted
            stream.close()
            return cls()
        return cls(stream, entry[1])

    def line(self, key: str) -> bytes | None:
        """The item's bytes as the last run wrote them (None if it wrote no item under this key)."""
        place = self._places.get(key)
        if place is None or self._stream is None:
            return None
        offset, size = place
        data = os.pread(self._stream.fileno(), size, offset)
        return data if len(data) == size else None

    def wrote(self, key: str, offset: int, size: int) -> None:
        """Where this run wrote an item."""
        self.written[key] = (offset, size)

    def close(self) -> None:
        """Let go of the last run's file."""
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    def save(self, digest: str, store: Store) -> None:
        """Record where this run wrote each item, with the SHA-256 of the file written."""
        store.put(_key(), (digest, self.written))


def _key() -> str:
    """The one entry of the pages table that holds the record (the code is part of every key)."""
    return content_key("knowledge.json items")
