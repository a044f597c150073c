"""Command line: `python -m generator build|clean|discover`. Exit codes are set here and nowhere else.

Only light modules are imported at the top: the heavy ones (the whole pipeline, Babel, pythainlp,
numpy) are imported inside main(), where Ctrl-C and errors become one-line messages.
"""
from __future__ import annotations

import argparse
import errno
import logging
import os
import signal
import sys
import traceback
from pathlib import Path

from generator.errors import DossierError, StrictFailure
from generator.escape import printable

log = logging.getLogger("dossier")


def parser() -> argparse.ArgumentParser:
    """The argument parser, with help on every command."""
    top = argparse.ArgumentParser(prog="python -m generator", description="Dossier: news articles in any language to a static site.")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    build_cmd = commands.add_parser("build", help="generate docs/ from seeds/", description="Read every seed and generate the Markdown pages of the site in docs/.")
    build_cmd.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of article files (default: seeds)")
    build_cmd.add_argument("--docs", type=Path, default=Path("docs"), help="folder the pages are written to (default: docs)")
    build_cmd.add_argument("--strict", action="store_true",
                           help="fail with exit code 1 if there is any warning (a skipped or re-encoded file, a stale override); "
                                "without it the build goes on and reports them")
    build_cmd.add_argument("--language", help="language of the pages about many languages (default: theme.language of "
                           "mkdocs.yml beside the docs folder, else en)")
    build_cmd.add_argument("--quiet", action="store_true", help="print warnings only (no progress)")
    build_cmd.add_argument("--no-cache", action="store_true",
                           help="compute everything again, ignoring .dossier-cache/ beside the docs folder (which is filled anew)")
    discover_cmd = commands.add_parser("discover", help="print names missing from the registry, as registry YAML",
                                       description="Read every seed, find the names the entity registry does not list, and print them as entries for seeds/knowledge/entities.yml, ready to edit and paste.")
    discover_cmd.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of article files (default: seeds)")
    discover_cmd.add_argument("--joins", action="store_true",
                              help="print instead the candidates whose names span scripts, each name with the rule and evidence that joined it")
    discover_cmd.add_argument("--every-language", action="store_true",
                              help="with --joins: also the candidates named in two languages of one script")
    clean_cmd = commands.add_parser("clean", help="remove generated pages from docs/", description="Remove the files a previous build generated; hand-written pages stay.")
    clean_cmd.add_argument("--docs", type=Path, default=Path("docs"), help="folder to clean (default: docs)")
    return top


def main(argv: list[str] | None = None) -> int:
    """Run one command; 0 success, 1 warnings under --strict, 2 a problem that stops the build, 130 Ctrl-C.

    No traceback reaches the user: every failure ends in a message saying what to do
    (set DOSSIER_TRACEBACK=1 to see the traceback of an internal error as well).
    """
    args: argparse.Namespace | None = None
    docs_before: tuple[int, int] | None = None
    try:
        args = parser().parse_args(argv)
        terminal = logging.StreamHandler(sys.stderr)
        terminal.setFormatter(PrintableFormatter("%(levelname)s: %(message)s"))
        logging.basicConfig(level=logging.WARNING if getattr(args, "quiet", False) else logging.INFO, handlers=[terminal])
        docs_before = _identity(getattr(args, "docs", None))
        if args.command == "discover":
            from generator.build import discover_yaml
            if args.joins:
                from generator.assembly.join_report import discover_joins
                sys.stdout.write(discover_joins(args.seeds, args.every_language))
            else:
                sys.stdout.write(discover_yaml(args.seeds))
            sys.stdout.flush()
            return 0
        if args.command == "clean":
            from generator.writer import clean_docs
            log.info("removed %d generated files from %s", clean_docs(args.docs), args.docs)
            return 0
        return _build(args)
    except DossierError as error:
        log.error("%s", error)
        return error.exit_code
    except KeyboardInterrupt:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C does not cut the message short
        if not logging.getLogger().handlers:  # Ctrl-C came before the terminal's log handler was set up
            sys.stderr.write(f"ERROR: interrupted: {_left_as_it_was(args, docs_before)}\n")
        else:
            log.error("interrupted: %s", _left_as_it_was(args, docs_before))
        return 130
    except BrokenPipeError:  # `discover | head`: the reader has gone; nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:
        log.error("%s", _os_error_message(error, args, docs_before))
        return 2
    except Exception as error:  # a bug: say where in one line; the traceback only when asked for
        if os.environ.get("DOSSIER_TRACEBACK"):
            traceback.print_exc()
        frame = traceback.extract_tb(error.__traceback__)[-1]
        log.error("internal error: %s: %s (at %s:%s); %s. Please report it with the file that caused it "
                  "(DOSSIER_TRACEBACK=1 shows the traceback)", type(error).__name__, " ".join(str(error).split()),
                  Path(frame.filename).name, frame.lineno, _left_as_it_was(args, docs_before))
        return 2


def _identity(folder: Path | None) -> tuple[int, int] | None:
    """Which folder is at a path (device and inode), None if none: a build replaces docs/ by renaming a new tree onto it."""
    try:
        status = os.stat(folder) if folder is not None else None
    except OSError:
        return None
    return (status.st_dev, status.st_ino) if status else None


def _left_as_it_was(args: argparse.Namespace | None, docs_before: tuple[int, int] | None) -> str:
    """What a stopped run left behind, for the messages above (the generator never writes site/)."""
    if args is None:
        return "nothing was written"
    if args.command == "build":
        if _identity(args.docs) != docs_before:  # the new tree was swapped in before the run stopped
            return f"{args.docs} had already been replaced in full by this run (this command never writes site/)"
        return f"{args.docs} was left as it was before this run (this command never writes site/)"
    if args.command == "clean":
        return f"{args.docs} may be partly cleaned; run clean again"
    return "nothing was written"


def _os_error_message(error: OSError, args: argparse.Namespace | None, docs_before: tuple[int, int] | None) -> str:
    """An operating-system error as `file: what is wrong; what to do`."""
    where = f"{error.filename}: " if error.filename else ""
    what = error.strerror or str(error)
    advice = {
        errno.ENOSPC: "the disk is full; free some space and run the command again",
        errno.EDQUOT: "the disk quota is used up; free some space and run the command again",
        errno.EACCES: "permission denied; check who owns the file or folder and its permissions",
        errno.EPERM: "operation not permitted; check who owns the file or folder and its permissions",
        errno.EROFS: "the file system is read-only; write the docs folder somewhere writable (--docs)",
    }.get(error.errno, "check the path, its permissions and free space, and run the command again")
    return f"{where}{what}: {advice}; {_left_as_it_was(args, docs_before)}"


class PrintableFormatter(logging.Formatter):
    """Log lines with control and bidi characters shown as escapes (see generator.escape.printable), never obeyed."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record), keep_line_breaks=True)


def _build(args: argparse.Namespace) -> int:
    """The build command."""
    from generator.build import build
    from generator.lang.labels import configured_language, set_site_language
    set_site_language(args.language or configured_language(args.docs.resolve().parent / "mkdocs.yml") or "en")
    result = build(args.seeds, args.docs, fresh_cache=args.no_cache)
    summary, outcomes = result.summary, result.outcomes
    merged = _merged_count(outcomes)
    log.info(
        "read %d files: %d articles in %d languages (%s), %s%d skipped; %d warnings; "
        "docs: %d files written, %d unchanged, %d removed",
        len(outcomes), summary.articles, len(summary.languages), ", ".join(summary.languages),
        f"{merged} merged into the page of an identical file, " if merged else "",
        sum(1 for o in outcomes if o.article is None) - merged, len(result.warnings),
        result.written.written, result.written.unchanged, result.written.removed,
    )
    if args.strict and result.warnings:
        log.error("%s", strict_failure_list(result.warnings))
        raise StrictFailure(f"--strict: {len(result.warnings)} warnings (listed above and on the build report; "
                            f"{args.docs} was written all the same): fix the files named, or build without --strict "
                            "(make site without STRICT=1)")
    return 0


def strict_failure_list(warnings) -> str:
    """The warnings that fail a --strict build, one a line (they may have scrolled by among the notes)."""
    return f"--strict: the build fails on its {len(warnings)} warnings:" + "".join(f"\n  - {w}" for w in warnings)


def _merged_count(outcomes) -> int:
    """How many files were duplicates merged into another file's page (see generator/read/duplicates.py), not skipped."""
    kept = {o.path for o in outcomes if o.article is not None}
    prefix, suffix = "duplicate of ", ": merged into its page"
    return sum(1 for o in outcomes if o.article is None and (o.skip_reason or "").startswith(prefix)
               and o.skip_reason.endswith(suffix) and o.skip_reason[len(prefix):-len(suffix)] in kept)
