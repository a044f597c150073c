"""One measured `mkdocs build`, in a child process of bench.run: time of each of MkDocs' stages.

MkDocs runs as its command line does (`mkdocs build`); the functions its build calls are wrapped in
its own namespace (mkdocs.commands.build), and every plugin event is timed by name, so the measure
follows MkDocs' build:

- files: finding the docs files and the theme's (get_files, on_files); nav: get_navigation, on_nav
  (where generator/mkdocs_cache converts the pages ahead, in forked workers: `event nav`);
- pages read: reading and converting each page (_populate_page: on_pre_page, on_page_markdown,
  the conversion, on_page_content); templates: the theme's own templates; pages built: each page
  through its template (_build_page: on_page_context, where Material's search indexes the page, the
  template, on_post_page); anchors: anchor validation; post-build: on_post_build (Material's search
  index, the offline plugin, Dossier's search index in pieces).

    python -m bench.mkdocs_stages --json FILE -- build -f PROJECT/mkdocs.yml [--strict]
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time

import mkdocs.commands.build as build
from mkdocs.plugins import PluginCollection

WRAPPED = {"get_files": "files", "get_navigation": "nav", "_populate_page": "pages read",
           "_build_theme_template": "templates", "_build_page": "pages built"}


class Meter:
    """Wall and CPU seconds by stage, and by plugin event."""

    def __init__(self):
        self.stages: dict[str, dict[str, float]] = {}

    def add(self, name: str, start: float, cpu: float) -> None:
        row = self.stages.setdefault(name, {"seconds": 0.0, "cpu_seconds": 0.0, "calls": 0})
        row["seconds"] += time.perf_counter() - start
        row["cpu_seconds"] += time.process_time() - cpu
        row["calls"] += 1

    def wrap(self, name: str, function):
        """The function, measured under name."""
        def measured(*args, **kwargs):
            start, cpu = time.perf_counter(), time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.add(name, start, cpu)
        return measured


def install(meter: Meter) -> None:
    """Wrap MkDocs' build functions and plugin events."""
    for function, stage in WRAPPED.items():
        setattr(build, function, meter.wrap(stage, getattr(build, function)))
    run_event = PluginCollection.run_event

    def timed_event(self, name, *args, **kwargs):
        start, cpu = time.perf_counter(), time.process_time()
        try:
            return run_event(self, name, *args, **kwargs)
        finally:
            meter.add(f"event {name}", start, cpu)
    PluginCollection.run_event = timed_event

    validate = build.Page.validate_anchor_links

    def timed_validate(self, *args, **kwargs):
        start, cpu = time.perf_counter(), time.process_time()
        try:
            return validate(self, *args, **kwargs)
        finally:
            meter.add("anchors", start, cpu)
    build.Page.validate_anchor_links = timed_validate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", required=True)
    parser.add_argument("mkdocs_args", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    meter = Meter()
    install(meter)
    from mkdocs.__main__ import cli

    code = 0
    try:
        cli.main(args=[a for a in args.mkdocs_args if a != "--"], prog_name="mkdocs", standalone_mode=False)
    except SystemExit as stop:
        code = stop.code or 0
    except Exception as error:  # an aborted build (strict mode): its numbers are still worth a look
        print(f"mkdocs: {error}", file=sys.stderr)
        code = 1
    with open(args.json, "w", encoding="utf-8") as out:
        json.dump({"stages": meter.stages, "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                   "returncode": code}, out, indent=1)
    sys.exit(code)


if __name__ == "__main__":
    main()
