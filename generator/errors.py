"""The small exception tree: every error names where, what, and how to fix it."""
from __future__ import annotations


class DossierError(Exception):
    """Base class: a problem the user can act on, reported without a traceback."""

    exit_code = 2


class BuildAborted(DossierError):
    """Something stops the whole build (missing seeds folder, unreadable registry, path collision)."""


class StrictFailure(DossierError):
    """`--strict` was given and the build produced warnings."""

    exit_code = 1


class SeedError(Exception):
    """One seed cannot become a page; it is reported and skipped, the build goes on."""

    def __init__(self, reason: str, hint: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.hint = hint
