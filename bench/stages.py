"""One measured generator run, in a child process of bench.run: time and memory of each build stage.

generator.build.build() runs as it is; the stage functions it calls are wrapped in its own
namespace, so the measure follows build.py. Time not spent in a wrapped function is "other".

    python -m bench.stages --seeds DIR --docs DIR --json FILE [--trace] [--profile FILE]
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import generator.build as build

# The functions generator.build calls, by the stage they belong to (assemble.* are parts of assemble).
STAGE_OF = {
    "read_all": "read", "load_registry": "read",
    "build_name_index": "annotate", "annotate_all": "annotate",
    "discover": "assemble.discover", "load_event_overrides": "assemble.events", "assemble_events": "assemble.events",
    "assemble_stories": "assemble.stories", "assemble": "assemble.site",
    "render_all": "render", "write_docs": "write",
}
PROFILE_LINES = 25


def max_rss_mb() -> float:
    """The process's peak resident memory so far, in MB (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Meter:
    """Wall and CPU time, peak Python memory (tracemalloc, when tracing) and max RSS after each stage."""

    def __init__(self, trace: bool):
        self.trace = trace
        self.stages: dict[str, dict[str, float]] = {}

    def wrap(self, name: str, function):
        """The function, measured under its stage's name."""
        def measured(*args, **kwargs):
            if self.trace:
                tracemalloc.reset_peak()
            start, cpu = time.perf_counter(), time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                row = self.stages.setdefault(STAGE_OF[name], {"seconds": 0.0, "cpu_seconds": 0.0, "py_peak_mb": 0.0, "rss_mb": 0.0})
                row["seconds"] += time.perf_counter() - start
                row["cpu_seconds"] += time.process_time() - cpu
                if self.trace:
                    row["py_peak_mb"] = max(row["py_peak_mb"], tracemalloc.get_traced_memory()[1] / 2**20)
                row["rss_mb"] = max_rss_mb()
        return measured


def run(seeds: Path, docs: Path, trace: bool, profile: Path | None, fresh: bool = False) -> dict:
    """Build once with every stage measured (fresh: a full run, the cache ignored); the counts of what was built."""
    meter = Meter(trace)
    missing = [name for name in STAGE_OF if not hasattr(build, name)]
    for name in STAGE_OF.keys() - set(missing):
        setattr(build, name, meter.wrap(name, getattr(build, name)))
    if trace:
        tracemalloc.start()
    profiler = cProfile.Profile() if profile else None
    start = time.perf_counter()
    result = (profiler.runcall(build.build, seeds, docs, fresh_cache=fresh) if profiler
              else build.build(seeds, docs, fresh_cache=fresh))
    total = time.perf_counter() - start
    if profiler:
        profiler.dump_stats(profile.with_suffix(".prof"))
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text)
        stats.sort_stats("cumulative").print_stats(PROFILE_LINES)
        stats.sort_stats("tottime").print_stats(PROFILE_LINES)
        profile.write_text(text.getvalue(), encoding="utf-8")
    summary = result.summary
    return {
        "seconds": total, "max_rss_mb": max_rss_mb(), "traced": trace, "profiled": bool(profile),
        "stages": meter.stages, "other_seconds": total - sum(s["seconds"] for s in meter.stages.values()),
        "missing_stage_functions": missing,
        "counts": {"files": len(result.outcomes), "articles": summary.articles, "entities": summary.entities,
                   "candidates": summary.candidates, "events": summary.events, "stories": summary.stories,
                   "warnings": len(result.warnings), "docs_written": result.written.written,
                   "docs_unchanged": result.written.unchanged},
    }


def main(argv: list[str] | None = None) -> int:
    """Command line: measure one build and write the numbers as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.stages", description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=Path, required=True)
    parser.add_argument("--docs", type=Path, required=True)
    parser.add_argument("--json", type=Path, required=True, help="where to write the numbers")
    parser.add_argument("--trace", action="store_true", help="peak Python memory per stage (tracemalloc; slows the run)")
    parser.add_argument("--profile", type=Path, help="write the top of a cProfile (cumulative, then own time) to this file, the whole profile beside it (.prof)")
    parser.add_argument("--no-cache", action="store_true", help="a full run: ignore the build cache (and fill it anew)")
    args = parser.parse_args(argv)
    numbers = run(args.seeds, args.docs, args.trace, args.profile, args.no_cache)
    args.json.write_text(json.dumps(numbers, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
