"""Search as the corpus grows: time from typing to the first result, and JavaScript memory, in headless Chromium.

    python -m bench.search [--sizes 1000,10000] [--template bench/out/project-1000] [--schemes file,http]
                           [--repeat N] [--delay SECONDS] [--timeout SECONDS]

The template is a project built by the bench runner (`python -m bench --sizes 1000 --keep`). At the
template's own size its index is measured as built; any other size gets its index synthesized from
the template and the corpus of that size (bench.search_synth: real article texts, the template's page
structure). Either is written with the build hook's own writer (generator.search.hook.write_index)
and the current search script into a copy of the template site (hard links; search/ and the search
script replaced) in bench/out/search-N/, so the measure is of the code as it is now.
Measures: bench.search_browser. Results: printed, and bench/out/search-results.json.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

from bench.search_browser import FIRST, LATER, measure_site
from bench.search_synth import synthesize
from generator.search.hook import write_index
from generator.search.shards import read_index

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SCRIPTS = ("assets/dossier/search.js", "assets/javascripts/lunr/min/lunr.dossier.min.js")


def site_with(template: Path, index: dict, out: Path) -> Path:
    """A copy of the template's site (hard links) whose search files are written from `index` by the
    current code (the build hook's writer, generator/assets/search.js)."""
    if out.is_symlink():
        out.unlink()
    shutil.rmtree(out, ignore_errors=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    # The site's own folder (resolved: cp -a would copy a symbolic link as a link, and search/ below is replaced).
    subprocess.run(["cp", "-al", str((template / "site").resolve()), str(out)], check=True)
    assert not out.is_symlink() and (out / "search").resolve().parent == out.resolve()
    shutil.rmtree(out / "search")
    (out / "search").mkdir()
    for script in SCRIPTS:  # hard links: replace, never write through
        (out / script).unlink()
        shutil.copy(ROOT / "generator" / "assets" / "search.js", out / script)
    write_index(out, index, offline=True)
    return out


def sizes_of(site: Path) -> dict:
    """Bytes of the search files: the base index, all word pieces, all text pieces (kB)."""
    folder = site / "search"
    total = lambda name: sum(p.stat().st_size for p in (folder / name).glob("*.js")) / 1024
    return {"base_kb": (folder / "search_index.json").stat().st_size / 1024, "terms_kb": total("terms"),
            "texts_kb": total("text"), "term_pieces": len(list((folder / "terms").glob("*.js"))),
            "text_pieces": len(list((folder / "text").glob("*.js")))}


def articles_in(site: Path) -> int:
    return len(json.loads((site / "knowledge.json").read_text(encoding="utf-8"))["articles"])


def print_rows(rows: list[dict]) -> None:
    print(f"\n{'articles':>9} {'site':<7}{'first ms':>10}{'ready ms':>10}{'later median':>14}{'later max':>11}"
          f"{'heap MB':>9}{'peak MB':>9}{'renderer MB':>13}{'base kB':>9}{'pieces kB':>11}{'load':>6}")
    for row in rows:
        first = f"{row['first_ms']:.0f}" if row["first_ms"] is not None else f">{row['timeout_s']:.0f}000"
        later = lambda key: f"{row[key]:.0f}" if row.get(key) is not None else "-"
        print(f"{row['articles']:>9} {row['root']:<7}{first:>10}{later('worker_ready_ms'):>10}{later('later_median_ms'):>14}"
              f"{later('later_max_ms'):>11}{row['heap_total_mb']:>9.1f}{row['heap_peak_total_mb']:>9.1f}"
              f"{row['renderer_pss_mb']:>13.0f}{row['base_kb']:>9.0f}{row['terms_kb'] + row['texts_kb']:>11.0f}"
              f"{row['load_average']:>6.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated (default 1000,10000)")
    parser.add_argument("--template", type=Path, default=OUT / "project-1000", help="a project built by `python -m bench --keep`")
    parser.add_argument("--schemes", default="file,http", help="file, http or both (default)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=180, help="seconds to wait for the first result (default 180)")
    parser.add_argument("--delay", type=float, default=0, help="seconds between page load and typing (default 0)")
    parser.add_argument("--repeat", type=int, default=1, help="measures per size and site (default 1)")
    args = parser.parse_args(argv)
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    if not (args.template / "site" / "search" / "search_index.json").is_file():
        raise SystemExit(f"{args.template}: no built site; run `python -m bench --sizes 1000 --keep` first")
    template_n = articles_in(args.template / "site")
    rows = []
    for n in (int(s) for s in args.sizes.split(",") if s):
        start = time.perf_counter()
        index = read_index(args.template / "site" / "search") if n == template_n else synthesize(args.template, n, args.seed)
        site = site_with(args.template, index, OUT / f"search-{n}")
        made = time.perf_counter() - start
        for _ in range(args.repeat):
            for row in measure_site(site, tuple(args.schemes.split(",")), first=FIRST, later=LATER,
                                    timeout=args.timeout, delay=args.delay):
                rows.append({"articles": n, "synthesized": n != template_n, "site": str(site), "made_seconds": made,
                             "load_average": os.getloadavg()[0], **sizes_of(site), **row})
    (OUT / "search-results.json").write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
    print_rows(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
