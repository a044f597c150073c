"""Command line: `python -m generator build|clean`. Exit codes are set here and nowhere else."""
from __future__ import annotations

import argparse
import errno
import logging
import os
import sys
import traceback
from pathlib import Path

from generator.build import build, discover_yaml
from generator.errors import DossierError, StrictFailure
from generator.escape import printable
from generator.writer import clean_docs

log = logging.getLogger("dossier")


def parser() -> argparse.ArgumentParser:
    """The argument parser, with help on every command."""
    top = argparse.ArgumentParser(prog="python -m generator", description="Dossier: news articles in any language to a static site.")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    build_cmd = commands.add_parser("build", help="generate docs/ from seeds/", description="Read every seed and generate the Markdown pages of the site in docs/.")
    build_cmd.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of article files (default: seeds)")
    build_cmd.add_argument("--docs", type=Path, default=Path("docs"), help="folder the pages are written to (default: docs)")
    build_cmd.add_argument("--strict", action="store_true", help="fail with exit code 1 if there is any warning")
    build_cmd.add_argument("--quiet", action="store_true", help="print warnings only")
    discover_cmd = commands.add_parser("discover", help="print names missing from the registry, as registry YAML",
                                       description="Read every seed, find the names the entity registry does not list, and print them as entries for seeds/knowledge/entities.yml, ready to edit and paste.")
    discover_cmd.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of article files (default: seeds)")
    clean_cmd = commands.add_parser("clean", help="remove generated pages from docs/", description="Remove the files a previous build generated; hand-written pages stay.")
    clean_cmd.add_argument("--docs", type=Path, default=Path("docs"), help="folder to clean (default: docs)")
    return top


def main(argv: list[str] | None = None) -> int:
    """Run one command; 0 success, 1 warnings under --strict, 2 a problem that stops the build, 130 Ctrl-C.

    No traceback reaches the user: every failure ends in a message saying what to do
    (set DOSSIER_TRACEBACK=1 to see the traceback of an internal error).
    """
    args = parser().parse_args(argv)
    terminal = logging.StreamHandler(sys.stderr)
    terminal.setFormatter(PrintableFormatter("%(levelname)s: %(message)s"))
    logging.basicConfig(level=logging.WARNING if getattr(args, "quiet", False) else logging.INFO, handlers=[terminal])
    try:
        if args.command == "discover":
            sys.stdout.write(discover_yaml(args.seeds))
            sys.stdout.flush()
            return 0
        if args.command == "clean":
            log.info("removed %d generated files from %s", clean_docs(args.docs), args.docs)
            return 0
        return _build(args)
    except DossierError as error:
        log.error("%s", error)
        return error.exit_code
    except KeyboardInterrupt:
        log.error("interrupted: %s", _left_as_it_was(args))
        return 130
    except BrokenPipeError:  # `discover | head`: the reader has gone; nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:
        log.error("%s", _os_error_message(error, args))
        return 2
    except Exception as error:  # a bug: say where, without a traceback
        if os.environ.get("DOSSIER_TRACEBACK"):
            raise
        frame = traceback.extract_tb(error.__traceback__)[-1]
        log.error("internal error: %s: %s (at %s:%s); %s. Please report it with the file that caused it "
                  "(DOSSIER_TRACEBACK=1 shows the traceback)", type(error).__name__, error,
                  Path(frame.filename).name, frame.lineno, _left_as_it_was(args))
        return 2


def _left_as_it_was(args: argparse.Namespace) -> str:
    """What a stopped run left behind, for the messages above."""
    if args.command == "build":
        return f"{args.docs} was left as it was before this run"
    if args.command == "clean":
        return f"{args.docs} may be partly cleaned; run clean again"
    return "nothing was written"


def _os_error_message(error: OSError, args: argparse.Namespace) -> str:
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
    return f"{where}{what}: {advice}; {_left_as_it_was(args)}"


class PrintableFormatter(logging.Formatter):
    """Log lines with control and bidi characters shown as escapes (see generator.escape.printable), never obeyed."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record), keep_line_breaks=True)


def _build(args: argparse.Namespace) -> int:
    """The build command."""
    result = build(args.seeds, args.docs)
    site = result.site
    log.info(
        "read %d files: %d articles in %d languages (%s), %d skipped; %d warnings; "
        "docs: %d files written, %d unchanged, %d removed",
        len(site.outcomes), len(site.articles), len(site.by_language), ", ".join(site.languages),
        sum(1 for o in site.outcomes if o.article is None), len(result.warnings),
        result.written.written, result.written.unchanged, result.written.removed,
    )
    if args.strict and result.warnings:
        raise StrictFailure(f"--strict: {len(result.warnings)} warnings (listed above and on the build report page)")
    return 0
