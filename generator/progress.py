"""Progress of the long stages: a bar on an interactive terminal, one line per stage otherwise.

A 1,000-article build takes minutes; without a sign of life it looks hung. On a terminal, tqdm
draws one bar per stage (count done of the total, elapsed time, rate) and leaves it finished on
screen. When stderr is no terminal (CI, a pipe, a log file) a bar would write hundreds of
carriage-return updates, so each stage says one line when it ends instead. --quiet shows neither.
DOSSIER_PROGRESS=bar|lines|off chooses the display whatever stderr is.
"""
from __future__ import annotations

import logging
import os
import sys
import time
from contextlib import contextmanager
from typing import Callable, Iterator

log = logging.getLogger("dossier")

PROGRESS_VARIABLE = "DOSSIER_PROGRESS"
_MODES = ("bar", "lines", "off")
# Stage names are padded to one width so that the bars of successive stages line up.
_NAME_WIDTH = 12


def display_mode(logger: logging.Logger = log) -> str:
    """How progress is shown: "bar" on an interactive terminal, "lines" otherwise, "off" when info is not logged."""
    configured = os.environ.get(PROGRESS_VARIABLE, "").strip().lower()
    if configured in _MODES:
        return configured
    if not logger.isEnabledFor(logging.INFO):
        return "off"
    interactive = sys.stderr.isatty() and os.environ.get("TERM", "") != "dumb"
    return "bar" if interactive else "lines"


class Stage:
    """One stage in progress: count what is done with advance(), then close() once."""

    def __init__(self, name: str, total: int, unit: str, logger: logging.Logger = log, mode: str | None = None):
        self.name, self.total, self.unit, self.logger = name, total, unit, logger
        self.mode = mode or display_mode(logger)
        self.done = 0
        self.started = time.monotonic()
        self._bar = self._open_bar() if self.mode == "bar" else None

    def _open_bar(self):
        """A tqdm bar on stderr: `reading   : 100%|█████| 89/89 files [00:03<00:00, 27.4 files/s]`."""
        from tqdm import tqdm

        return tqdm(total=self.total, desc=self.name.ljust(_NAME_WIDTH), unit=f" {self.unit or 'step'}", file=sys.stderr,
                    leave=True, dynamic_ncols=True, mininterval=0.2)

    def advance(self, count: int = 1) -> None:
        """Count `count` more items as done."""
        self.done += count
        if self._bar is not None:
            self._bar.update(count)

    def close(self) -> None:
        """End the stage: the bar stays on screen finished, or the stage's one line is said."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        elif self.mode == "lines":
            elapsed = time.monotonic() - self.started
            if self.unit:
                self.logger.info("%s: %d of %d %s in %.1f s", self.name, self.done, self.total, self.unit, elapsed)
            else:  # one step, nothing to count
                self.logger.info("%s: %s in %.1f s", self.name, "done" if self.done else "stopped", elapsed)


@contextmanager
def stage(name: str, total: int, unit: str) -> Iterator[Callable[[int], None]]:
    """A stage of `total` items: yields the function that counts items done; closes the stage at the end."""
    current = Stage(name, total, unit)
    try:
        yield current.advance
    finally:
        current.close()


@contextmanager
def redirect_logging(logger: logging.Logger) -> Iterator[None]:
    """While bars are on screen, the logger's terminal lines are written above the bar, not through it."""
    from tqdm.contrib.logging import logging_redirect_tqdm

    with logging_redirect_tqdm(loggers=[logger]):
        yield
