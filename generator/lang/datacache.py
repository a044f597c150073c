"""Language data built from packages once and kept in the user's cache folder (gazetteer, German nouns, the language classifier).

Building them takes seconds (the gazetteer about 20 s); a pickle loads in well under one. The file
name carries what the data was built from, so a changed package or module builds it again.
"""
from __future__ import annotations

import logging
import os
import pickle
from pathlib import Path
from typing import Callable, TypeVar

from generator.memory import set_aside

log = logging.getLogger(__name__)

CACHE_VARIABLE = "DOSSIER_GAZETTEER_CACHE"  # a folder to keep the built data in, instead of ~/.cache/dossier
Built = TypeVar("Built")


def cache_folder() -> Path:
    """Where built language data is kept: $DOSSIER_GAZETTEER_CACHE, else $XDG_CACHE_HOME/dossier or ~/.cache/dossier."""
    root = os.environ.get(CACHE_VARIABLE) or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "dossier")
    return Path(root)


def load_or_build(path: Path, build: Callable[[], Built], expected: type | None = None) -> Built:
    """The data pickled at path (of the expected type, when given), else build() saved there for next time."""
    try:
        with open(path, "rb") as file:
            data = pickle.load(file)
        if expected is None or isinstance(data, expected):
            set_aside()  # kept to the end of the build: out of the cycle collector's scans (generator/memory.py)
            return data
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
        pass  # no cache yet, or an unreadable one: build it
    data = build()
    set_aside()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")  # written whole, then renamed: no half file is read
        with open(temporary, "wb") as file:
            pickle.dump(data, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError as error:  # a read-only home only makes the next build slower
        log.debug("language data: cache not saved at %s (%s)", path, error)
    return data
