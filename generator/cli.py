"""Command line: `python -m generator build|clean`. Exit codes are set here and nowhere else."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from generator.build import build, discover_yaml
from generator.errors import DossierError, StrictFailure
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
    """Run one command; 0 success, 1 warnings under --strict, 2 a problem that stops the build."""
    args = parser().parse_args(argv)
    logging.basicConfig(format="%(levelname)s: %(message)s", level=logging.WARNING if getattr(args, "quiet", False) else logging.INFO, stream=sys.stderr)
    try:
        if args.command == "discover":
            sys.stdout.write(discover_yaml(args.seeds))
            return 0
        if args.command == "clean":
            log.info("removed %d generated files from %s", clean_docs(args.docs), args.docs)
            return 0
        return _build(args)
    except DossierError as error:
        log.error("%s", error)
        return error.exit_code
    except KeyboardInterrupt:
        log.error("interrupted: docs/ was left as it was before this run")
        return 130


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
