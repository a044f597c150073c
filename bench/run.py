"""Runner: for each corpus size, the generator by stage and `mkdocs build`, timed and measured, and the output size.

    python -m bench [--sizes 100,1000,10000] [--seed 0] [--keep] [--trace] [--profile 1000] [--incremental] [--no-mkdocs] [--reference]

Each size gets a fresh corpus (bench.corpus) and a fresh project folder under bench/out/ (removed
unless --keep); the generator runs in a child process (bench.stages), then MkDocs as `make site`
runs it. Numbers go to bench/out/results-<N>.json; a table per size and the ratios are printed.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.corpus import make_corpus

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
MKDOCS = Path(sys.executable).parent / "mkdocs"
# As the Makefile sets them (compiled modules in the virtual environment's pycache folder, written there
# whatever PYTHONDONTWRITEBYTECODE says: the Makefile unexports it).
ENV = {"PYTHAINLP_OFFLINE": "1", "PYTHAINLP_READ_ONLY": "1", "NO_MKDOCS_2_WARNING": "1",
       "PYTHONPYCACHEPREFIX": str(Path(sys.executable).parent.parent / "pycache")}
STAGES = ("read", "annotate", "assemble", "assemble.discover", "assemble.events", "assemble.stories", "assemble.site",
          "render", "write")
CHANGED_SEED = "00002_de.txt"  # the seed edited for the incremental run
# And a second edit, to another seed, that names a person and a place the corpus does not have: new entity
# pages, new lines in the entity lists (a user's edits often name someone new).
NAMED_SEED, NAMED_SENTENCE = "00007_de.txt", "Am Dienstag besuchte die Delegation Frau Henrike Aldenhoven in Wilhelmshaven."
TARGETS = {"whole cold build, ms/article": "30 at 1,000, 40 at 10,000", "whole build, one change / cold": 0.1,
           "whole build, no change / cold": 0.05, "peak memory of a step, MB": 2048,
           "time per article, largest vs next size": 1.2, "generator / mkdocs": 0.5, "incremental / full": 0.05,
           "average page, largest vs smallest size": 1.5}


def measured(command: list[str], log: Path, **options) -> dict:
    """Run a command to its end: wall and CPU time and peak RSS (os.wait4), exit code; output to a log file."""
    with log.open("w", encoding="utf-8") as output:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, **options)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return {"seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime, "max_rss_mb": usage.ru_maxrss / 1024,
            "returncode": process.returncode, "log": str(log), "load_average": os.getloadavg()[0]}


def step_environment(**extra: str) -> dict[str, str]:
    """The environment of a measured step: this one as the Makefile passes it on, with ENV and extra."""
    inherited = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    return {**inherited, **ENV, **extra}


def generate(corpus: Path, project: Path, name: str, *extra: str) -> dict:
    """One measured generator run (bench.stages) into project/docs; its stage numbers and process numbers."""
    numbers = project / f"{name}.json"
    command = [sys.executable, "-m", "bench.stages", "--seeds", str(corpus), "--docs", str(project / "docs"),
               "--json", str(numbers), *extra]
    process = measured(command, project / f"{name}.log", cwd=ROOT, env=step_environment())
    if process["returncode"] != 0:
        raise SystemExit(f"generator failed ({process['returncode']}); see {process['log']}")
    return {**json.loads(numbers.read_text(encoding="utf-8")), "process": process}


def source_state() -> dict:
    """The commit measured, and the files of generator/ and mkdocs.yml changed since (others edit them)."""
    git = lambda *a: subprocess.run(["git", *a], cwd=ROOT, capture_output=True, text=True).stdout
    return {"commit": git("rev-parse", "--short", "HEAD").strip(),
            "changed": git("status", "--porcelain", "--", "generator", "mkdocs.yml").splitlines()}


def site_size(site: Path, docs: Path) -> dict:
    """Whole site, HTML pages (average, largest five), search index and knowledge.json, in kB."""
    sizes = {p.relative_to(site).as_posix(): p.stat().st_size for p in site.rglob("*") if p.is_file()}
    html = sorted(((size, path) for path, size in sizes.items() if path.endswith(".html")), reverse=True)
    return {
        "site_kb": sum(sizes.values()) / 1024, "files": len(sizes), "html_pages": len(html),
        "html_avg_kb": sum(s for s, _ in html) / len(html) / 1024 if html else 0,
        "html_largest": [{"page": path, "kb": size / 1024} for size, path in html[:5]],
        "search_index_kb": sizes.get("search/search_index.json", 0) / 1024,
        "knowledge_json_kb": sizes.get("knowledge.json", 0) / 1024,
        "docs_kb": sum(p.stat().st_size for p in docs.rglob("*") if p.is_file()) / 1024,
    }


def build_site(project: Path, name: str, reference: bool = False) -> dict:
    """One measured `mkdocs build` as `make site` runs it (bench.mkdocs_stages), into project/site; its numbers.

    As `make site`: the site stamp is checked first (a site current with its inputs is not built again, and
    the check is the step's time), MkDocs builds into a staging folder beside the site (reading the last
    renderings back from the site, DOSSIER_PREVIOUS_SITE) that is then swapped in, and the stamp is recorded
    (generator/mkdocs_cache/stamp.py); the swap and the record count in the step's time.

    reference: MkDocs alone (its page cache off, one process), into project/site-reference.
    """
    epoch = (project / "docs" / ".dossier" / "source-date-epoch").read_text().strip()
    numbers = project / f"{name}.json"
    site = project / ("site-reference" if reference else "site")
    staging = project / ".site.staging"  # as make site: built beside the site, swapped in once built
    command = [sys.executable, "-m", "bench.mkdocs_stages", "--json", str(numbers), "--", "build", "--strict",
               "-f", str(project / "mkdocs.yml"), "-d", str(site if reference else staging)]
    env = step_environment(SOURCE_DATE_EPOCH=epoch)
    if reference:
        env.update({"DOSSIER_MKDOCS_CACHE": "0", "DOSSIER_WORKERS": "1"})
    stamp = [sys.executable, "-m", "generator.mkdocs_cache.stamp", "--config", str(project / "mkdocs.yml"),
             "--docs", str(project / "docs"), "--site", str(site)]
    steps = []
    if not reference:  # as `make site`: a site current with its inputs is not built again
        steps.append(measured(stamp + ["check"], project / f"{name}-check.log", cwd=ROOT, env=env))
        if steps[0]["returncode"] == 0:
            return {**steps[0], "stages": {}, "site_current": True}
    shutil.rmtree(staging, ignore_errors=True)
    # The last site is named to MkDocs only, as make site does (the stamp hashes every DOSSIER_* variable).
    process = measured(command, project / f"{name}.log", cwd=ROOT, env={**env, "DOSSIER_PREVIOUS_SITE": str(site)})
    if not reference and process["returncode"] == 0:
        start = time.perf_counter()
        swap_in(staging, site)
        process["seconds"] += time.perf_counter() - start
        steps.append(measured(stamp + ["record"], project / f"{name}-record.log", cwd=ROOT, env=env))
    stages = json.loads(numbers.read_text(encoding="utf-8"))["stages"] if numbers.is_file() else {}
    for step in steps:  # the stamp's check and record are part of the step's time
        process["seconds"] += step["seconds"]
        process["cpu_seconds"] += step["cpu_seconds"]
        process["max_rss_mb"] = max(process["max_rss_mb"], step["max_rss_mb"])
    return {**process, "stages": stages, "site_current": False}


def swap_in(staging: Path, site: Path) -> None:
    """The staging folder becomes the site, as make site swaps them (the old site removed)."""
    old = site.with_name(f".{site.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if site.is_dir():
        site.rename(old)
    staging.rename(site)
    shutil.rmtree(old, ignore_errors=True)


def same_files(a: Path, b: Path) -> bool:
    """Whether two folders hold the same files with the same bytes."""
    files = lambda root: {p.relative_to(root).as_posix(): p for p in root.rglob("*") if p.is_file()}
    left, right = files(a), files(b)
    return left.keys() == right.keys() and all(left[k].read_bytes() == right[k].read_bytes() for k in left)


def bench_size(n: int, args: argparse.Namespace) -> dict:
    """Make a corpus of n articles, generate, build with MkDocs (cold, again, after one change), measure; the results."""
    corpus, project = OUT / f"corpus-{n}", OUT / f"project-{n}"
    start = time.perf_counter()
    make_corpus(corpus, n, args.seed)
    corpus_seconds = time.perf_counter() - start
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (project / "generator").symlink_to(ROOT / "generator", target_is_directory=True)  # mkdocs.yml's hooks
    result = {"n": n, "seed": args.seed, "source": source_state(), "corpus_seconds": corpus_seconds,
              "generator": generate(corpus, project, "generator"), "mkdocs": None, "output": {}}
    if not args.no_mkdocs:
        result["mkdocs"] = build_site(project, "mkdocs")
        result["output"] = site_size(project / "site", project / "docs")
        if args.reference:
            result["reference"] = build_site(project, "mkdocs-reference", reference=True)
            result["reference"]["same_site"] = same_files(project / "site", project / "site-reference")
            shutil.rmtree(project / "site-reference")
    if args.incremental:
        result["again"] = generate(corpus, project, "again")
        if not args.no_mkdocs:
            result["again_mkdocs"] = build_site(project, "mkdocs-again")
        seed = corpus / CHANGED_SEED
        seed.write_text(seed.read_text(encoding="utf-8") + "\nDie Delegation kehrte am Wochenende zurück.\n", encoding="utf-8")
        result["incremental"] = generate(corpus, project, "incremental")
        if not args.no_mkdocs:
            result["incremental_mkdocs"] = build_site(project, "mkdocs-incremental")
        seed = corpus / NAMED_SEED
        seed.write_text(seed.read_text(encoding="utf-8") + f"\n{NAMED_SENTENCE}\n", encoding="utf-8")
        result["named"] = generate(corpus, project, "named")
        if not args.no_mkdocs:
            result["named_mkdocs"] = build_site(project, "mkdocs-named")
    if args.trace:
        result["traced"] = generate(corpus, project, "traced", "--trace", "--no-cache")
    if n in args.profile:
        profile = OUT / f"profile-{n}.txt"
        generate(corpus, project, "profiled", "--profile", str(profile), "--no-cache")
        result["profile"] = str(profile)
    if not args.keep:
        shutil.rmtree(project)
        shutil.rmtree(corpus)
    return result


def stage_row(result: dict, stage: str) -> tuple[float, float, float, float]:
    """Wall and CPU seconds, peak Python MB (traced run, if any) and max RSS MB of one stage (assemble: its parts summed)."""
    def pick(run: dict | None, key: str) -> list[float]:
        rows = (run or {}).get("stages", {})
        return [row.get(key, 0.0) for name, row in rows.items() if name == stage or name.startswith(stage + ".")]
    return (sum(pick(result["generator"], "seconds")), sum(pick(result["generator"], "cpu_seconds")),
            max(pick(result.get("traced"), "py_peak_mb"), default=0.0), max(pick(result["generator"], "rss_mb"), default=0.0))


def print_table(result: dict) -> None:
    """The numbers of one size, as a table."""
    n, gen, mk, out = result["n"], result["generator"], result["mkdocs"], result["output"]
    counts = gen["counts"]
    print(f"\nN = {n}: {counts['articles']} articles, {counts['entities']} entities ({counts['candidates']} candidates), "
          f"{counts['events']} events, {counts['stories']} stories, {counts['warnings']} warnings; corpus made in "
          f"{result['corpus_seconds']:.1f} s; load average {gen['process']['load_average']:.1f}")
    print(f"  {'stage':<22}{'wall s':>9}{'CPU s':>9}{'ms/article':>12}{'Python peak MB':>16}{'max RSS MB':>12}")
    for stage in STAGES:
        seconds, cpu, peak, rss = stage_row(result, stage)
        label = ("  " + stage.split(".")[1]) if "." in stage else stage
        peak_text = f"{peak:.1f}" if peak else "-"
        print(f"  {label:<22}{seconds:>9.2f}{cpu:>9.2f}{1000 * seconds / n:>12.2f}{peak_text:>16}{rss:>12.1f}")
    print(f"  {'other (in build)':<22}{gen['other_seconds']:>9.2f}")
    rows = [("generator (process)", gen["process"]), ("mkdocs build", mk)]
    rows += [("incremental (1 seed)", result["incremental"]["process"])] if "incremental" in result else []
    rows += [("new names (1 seed)", result["named"]["process"])] if "named" in result else []
    for label, run in rows:
        if run:
            print(f"  {label:<22}{run['seconds']:>9.2f}{run['cpu_seconds']:>9.2f}{1000 * run['seconds'] / n:>12.2f}"
                  f"{'':>16}{run['max_rss_mb']:>12.1f}" + ("" if run["returncode"] == 0 else f"  exit {run['returncode']}, see {run['log']}"))
    if out:
        print(f"  site {out['site_kb'] / 1024:.1f} MB in {out['files']} files; {out['html_pages']} HTML pages, average "
              f"{out['html_avg_kb']:.1f} kB; search index {out['search_index_kb'] / 1024:.1f} MB; knowledge.json "
              f"{out['knowledge_json_kb'] / 1024:.1f} MB; docs/ {out['docs_kb'] / 1024:.1f} MB")
        print("  largest pages: " + ", ".join(f"{p['page']} {p['kb']:.0f} kB" for p in out["html_largest"]))
    print_whole(result)
    if "profile" in result:
        print(f"  profile (top 25, cumulative and own time): {result['profile']}")


WHOLE_RUNS = (("cold", "generator", "mkdocs"), ("no change", "again", "again_mkdocs"),
              ("one change", "incremental", "incremental_mkdocs"), ("one change, new names", "named", "named_mkdocs"))
MKDOCS_STAGES = (("files", "files"), ("nav", "nav"), ("  convert ahead", "event nav"), ("pages read", "pages read"),
                 ("  page_markdown", "event page_markdown"), ("  page_content", "event page_content"),
                 ("templates", "templates"), ("pages built", "pages built"), ("  page_context", "event page_context"),
                 ("anchors", "anchors"), ("post-build", "event post_build"))


def whole_runs(result: dict) -> dict[str, tuple[dict, dict]]:
    """The whole builds (generator process, mkdocs build) that ran, by name: cold, no change, one change."""
    found = {}
    for name, generator, mkdocs in WHOLE_RUNS:
        if result.get(generator) and result.get(mkdocs):
            run = result[generator]
            found[name] = (run["process"] if "process" in run else run, result[mkdocs])
    return found


def print_whole(result: dict) -> None:
    """The whole `make site` (generator, then mkdocs build) cold, again and after one change; MkDocs' stages."""
    runs, n = whole_runs(result), result["n"]
    if not runs:
        return
    print(f"  {'whole build':<22}{'generator s':>12}{'mkdocs s':>10}{'total s':>9}{'ms/article':>12}{'CPU s':>8}"
          f"{'peak RSS MB (gen, mkdocs)':>27}")
    for name, (gen, mk) in runs.items():
        total = gen["seconds"] + mk["seconds"]
        failed = "" if mk["returncode"] == 0 else f"  mkdocs exit {mk['returncode']}, see {mk['log']}"
        failed += "  (site current: mkdocs not run)" if mk.get("site_current") else ""
        print(f"  {name:<22}{gen['seconds']:>12.2f}{mk['seconds']:>10.2f}{total:>9.2f}{1000 * total / n:>12.2f}"
              f"{gen['cpu_seconds'] + mk['cpu_seconds']:>8.1f}{gen['max_rss_mb']:>14.0f}{mk['max_rss_mb']:>13.0f}{failed}")
    if "reference" in result:
        ref = result["reference"]
        print(f"  {'mkdocs alone (1 process, no page cache)':<44}{ref['seconds']:>10.2f} s, {ref['max_rss_mb']:.0f} MB;"
              f" its site {'is' if ref['same_site'] else 'is NOT'} byte-identical to the cold build's")
    print(f"  {'mkdocs stages, wall s':<26}" + "".join(f"{name:>12}" for name in runs)
          + ("  mkdocs alone" if "reference" in result else ""))
    columns = [mk.get("stages", {}) for _, mk in runs.values()]
    if "reference" in result:
        columns.append(result["reference"]["stages"])
    for label, key in MKDOCS_STAGES:
        print(f"  {label:<26}" + "".join(f"{stages.get(key, {}).get('seconds', 0.0):>12.2f}" for stages in columns))


def ratios(results: list[dict]) -> dict[str, tuple[float, float | None]]:
    """The ratios the targets are stated in (see TARGETS), wall and CPU time, from the sizes that were run."""
    def both(a: dict, b: dict, scale: float = 1.0) -> tuple[float, float]:
        return b["seconds"] / a["seconds"] * scale, b["cpu_seconds"] / a["cpu_seconds"] * scale

    found: dict[str, tuple[float, float | None]] = {}
    if len(results) > 1:
        small, large = results[-2], results[-1]
        found[f"time per article, {large['n']} vs {small['n']}"] = both(
            small["generator"]["process"], large["generator"]["process"], small["n"] / large["n"])
    for r in results:
        if r["mkdocs"]:
            found[f"generator / mkdocs at {r['n']}"] = both(r["mkdocs"], r["generator"]["process"])
        if "incremental" in r:
            found[f"incremental / full at {r['n']}"] = both(r["generator"]["process"], r["incremental"]["process"])
            found[f"generator, no change / full at {r['n']}"] = both(r["generator"]["process"], r["again"]["process"])
        if r["output"]:
            found[f"largest page at {r['n']}, kB"] = (r["output"]["html_largest"][0]["kb"], None)
        runs = whole_runs(r)
        if "cold" in runs:
            cold = sum(run["seconds"] for run in runs["cold"])
            found[f"whole cold build at {r['n']}, ms/article"] = (1000 * cold / r["n"], None)
            for name in ("no change", "one change", "one change, new names"):
                if name in runs:
                    found[f"whole build, {name} / cold at {r['n']}"] = (sum(run["seconds"] for run in runs[name]) / cold, None)
            found[f"peak memory of a step at {r['n']}, MB"] = (max(run["max_rss_mb"] for run in runs["cold"]), None)
    if len(results) > 1 and results[0]["output"] and results[-1]["output"]:
        found[f"average page, {results[-1]['n']} vs {results[0]['n']}"] = (
            results[-1]["output"]["html_avg_kb"] / results[0]["output"]["html_avg_kb"], None)
    return found


def growth(results: list[dict], target: int = 10000) -> list[str]:
    """Between the two largest sizes: the exponent k of value ~ N^k (1 is linear) and the value at target if k held.

    Times are CPU seconds: other processes on the machine change wall times more than CPU times.
    """
    if len(results) < 2:
        return []
    a, b = results[-2], results[-1]
    pairs = {stage: (stage_row(a, stage)[1], stage_row(b, stage)[1]) for stage in STAGES}
    for name, key in (("generator (process)", "generator"), ("mkdocs build", "mkdocs")):
        if a[key] and b[key]:
            run_a, run_b = (r[key]["process"] if key == "generator" else r[key] for r in (a, b))
            pairs[name] = (run_a["cpu_seconds"], run_b["cpu_seconds"])
    if a["output"] and b["output"]:
        for key in ("html_avg_kb", "search_index_kb", "site_kb"):
            pairs[key] = (a["output"][key], b["output"][key])
        pairs["largest_page_kb"] = (a["output"]["html_largest"][0]["kb"], b["output"]["html_largest"][0]["kb"])
    lines = [f"\ngrowth from N = {a['n']} to {b['n']} (CPU seconds, kB): k in value ~ N^k (1 = linear), and the value at {target} if k held"]
    for name, (x, y) in pairs.items():
        if x > 0 and y > 0:
            k = math.log(y / x) / math.log(b["n"] / a["n"])
            lines.append(f"  {name:<22}{k:>8.2f}{y * (target / b['n']) ** k:>14.1f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Command line: run every size, print the tables and ratios, write the JSON files."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="corpus sizes, comma-separated (default 100,1000,10000)")
    parser.add_argument("--seed", type=int, default=0, help="corpus random seed (default 0)")
    parser.add_argument("--keep", action="store_true", help="keep the corpora and projects under bench/out/")
    parser.add_argument("--trace", action="store_true", help="one more run per size with tracemalloc: peak Python memory per stage")
    parser.add_argument("--profile", default="", help="sizes to profile (cProfile, top 25 cumulative), e.g. 1000")
    parser.add_argument("--incremental", action="store_true", help="more runs per size: after one seed changed, then after another seed names a new person and place")
    parser.add_argument("--no-mkdocs", action="store_true", help="the generator only: no MkDocs build, no output sizes")
    parser.add_argument("--reference", action="store_true",
                        help="one more MkDocs build per size as MkDocs alone makes it (no page cache, one process), compared byte for byte")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    args.profile = {int(s) for s in args.profile.split(",") if s}
    OUT.mkdir(parents=True, exist_ok=True)
    results = []
    for n in sizes:
        result = bench_size(n, args)
        results.append(result)
        (OUT / f"results-{n}.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
        print_table(result)
        if "profile" in result:
            print(Path(result["profile"]).read_text(encoding="utf-8"))
    print("\nratios (targets: " + "; ".join(f"{k} <= {v}" for k, v in TARGETS.items()) + "; largest page < 1024 kB)")
    print(f"  {'':<40}{'wall':>10}{'CPU':>10}")
    for name, (wall, cpu) in ratios(results).items():
        print(f"  {name:<40}{wall:>10.2f}" + (f"{cpu:>10.2f}" if cpu is not None else ""))
    print("\n".join(growth(results)))
    return 0
