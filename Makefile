# Dossier: `make site` builds the static site, `make test` runs every test.
# Both start from a fresh clone: they create .venv and install pinned dependencies.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MKDOCS := $(VENV)/bin/mkdocs
# Any corpus folder: `make site SEEDS=path/to/articles DOCS=/tmp/x/docs SITE=/tmp/x/site`.
SEEDS ?= seeds
DOCS ?= docs
SITE ?= site
# STRICT=1: any warning about the input (a skipped, merged or re-encoded file, a stale override)
# fails the build. Without it they are reported (terminal, build report) and the site is built.
STRICT ?=
STRICT_FLAG := $(if $(filter 1 yes true,$(STRICT)),--strict)
DOCS_PATH := $(abspath $(DOCS))
SITE_PATH := $(abspath $(SITE))
# MkDocs empties its output folder first: build beside the site folder and swap, so that a failed
# or interrupted build leaves the previous site as it was. The build reads its pages' last output
# from the previous site (DOSSIER_PREVIOUS_SITE, read only: generator/mkdocs_cache/site_files.py).
SITE_STAGING := $(dir $(SITE_PATH)).$(notdir $(SITE_PATH)).staging
SITE_OLD := $(dir $(SITE_PATH)).$(notdir $(SITE_PATH)).old
# mkdocs.yml reads the docs folder from these (its defaults are docs/ beside it).
MKDOCS_ENV := DOSSIER_DOCS=$(DOCS_PATH) DOSSIER_MKDOCS_CORPUS=$(DOCS_PATH)/.dossier/mkdocs.corpus.yml
# Offline Thai tooling: never reach for a model or corpus download at run time.
export PYTHAINLP_OFFLINE := 1
export PYTHAINLP_READ_ONLY := 1
# Compiled modules are kept in the virtual environment, not beside the sources: compiled again at every
# run (as when bytecode was not written), the project's modules were tenths of a second of each step.
# Python then reads no compiled module from beside any source, the standard library's and the installed
# packages' included: a PYTHONDONTWRITEBYTECODE in the environment (set to keep __pycache__ folders out of
# source trees, where nothing is written now) would have every module of every step compiled again.
export PYTHONPYCACHEPREFIX := $(abspath $(VENV))/pycache
unexport PYTHONDONTWRITEBYTECODE
# MkDocs prints a banner about its successor on every build; it says nothing about this site.
export NO_MKDOCS_2_WARNING := 1

.PHONY: site docs test serve clean golden bench browser

# `mkdocs build --strict` checks the site itself (a broken link, a page MkDocs warns about): that
# always fails the build, whatever STRICT says.
# A site already built from exactly these inputs (docs/, mkdocs.yml, theme, hooks, packages) is left
# as it is, as make leaves a target newer than its sources (generator/mkdocs_cache/stamp.py).
MKDOCS_RUN_ENV = $(MKDOCS_ENV) SOURCE_DATE_EPOCH=$$(cat "$(DOCS_PATH)/.dossier/source-date-epoch")
SITE_STAMP = $(PY) -m generator.mkdocs_cache.stamp --config mkdocs.yml --docs "$(DOCS_PATH)" --site "$(SITE_PATH)"
site: docs
	@if $(MKDOCS_RUN_ENV) $(SITE_STAMP) check; then exit 0; fi; set -ex; \
	rm -rf "$(SITE_STAGING)"; \
	$(MKDOCS_RUN_ENV) DOSSIER_PREVIOUS_SITE="$(SITE_PATH)" $(MKDOCS) build --strict --config-file mkdocs.yml --site-dir "$(SITE_STAGING)"; \
	rm -rf "$(SITE_OLD)"; \
	[ ! -d "$(SITE_PATH)" ] || mv "$(SITE_PATH)" "$(SITE_OLD)"; \
	mv "$(SITE_STAGING)" "$(SITE_PATH)"; \
	rm -rf "$(SITE_OLD)"; \
	$(MKDOCS_RUN_ENV) $(SITE_STAMP) record

docs: $(VENV)/.installed generator/vendor/node_modules/.installed
	$(PY) -m generator build $(STRICT_FLAG) --seeds "$(SEEDS)" --docs "$(DOCS_PATH)"

test: $(VENV)/.installed-test generator/vendor/node_modules/.installed browser
	$(PY) -m pytest -q tests

# Regenerate the golden files of the seed corpus; review the diff before committing.
golden: $(VENV)/.installed-test
	DOSSIER_REGENERATE_GOLDEN=1 $(PY) -m pytest -q tests/test_golden.py tests/test_entities_seeds.py -k "golden or regenerate"

serve: docs
	$(MKDOCS_ENV) $(MKDOCS) serve --config-file mkdocs.yml

# Corpus sizes for `make bench` (e.g. `make bench BENCH_SIZES=100,1000`); bench/README.md has the options.
BENCH_SIZES ?= 100,1000,10000

bench: $(VENV)/.installed generator/vendor/node_modules/.installed
	$(PY) -m bench --sizes $(BENCH_SIZES) --incremental

clean:
	rm -rf "$(SITE_PATH)" "$(SITE_STAGING)" "$(SITE_OLD)" .pytest_cache "$(dir $(DOCS_PATH)).dossier-cache"
	[ ! -x $(PY) ] || $(PY) -m generator clean --docs "$(DOCS_PATH)"

$(VENV)/.installed: generator/requirements.txt
	[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r generator/requirements.txt
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed tests/requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r tests/requirements.txt
	touch $@

# The iframe-worker shim lets Material's search run from file:// without a CDN.
generator/vendor/node_modules/.installed: generator/vendor/package.json generator/vendor/package-lock.json
	cd generator/vendor && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Browser tests drive Debian's Chromium through Debian's ChromeDriver.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-thai-tlwg; }

# Entity recognition quality without the registry: `make quality CORPUS=dir-with-seeds GOLD=dir-with-tsv`.
# Builds CORPUS/seeds (or CORPUS itself) with its knowledge/ folder left out, then prints the shared
# scorer's table (../shared/eval/score_entities.py, or SCORER=path) when it is there.
QUALITY_DIR ?= $(or $(TMPDIR),/tmp)/dossier-quality
SCORER ?= $(firstword $(wildcard ../shared/eval/score_entities.py ../../shared/eval/score_entities.py) ../shared/eval/score_entities.py)
quality: $(VENV)/.installed
	@test -n "$(CORPUS)" || { echo "quality: give CORPUS=folder of seeds (and GOLD=folder of gold .tsv)"; exit 2; }
	@rm -rf $(QUALITY_DIR) && mkdir -p $(QUALITY_DIR)/seeds
	@src="$(CORPUS)"; [ -d "$$src/seeds" ] && src="$$src/seeds"; \
	  find "$$src" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' \) -exec cp {} $(QUALITY_DIR)/seeds/ \;
	$(PY) -m generator build --quiet --seeds $(QUALITY_DIR)/seeds --docs $(QUALITY_DIR)/docs
	@if [ -n "$(GOLD)" ] && [ -f "$(SCORER)" ]; then python3 "$(SCORER)" $(QUALITY_DIR)/docs "$(GOLD)"; \
	  else echo "quality: built $(QUALITY_DIR)/docs (no GOLD= or no scorer at $(SCORER): nothing to score)"; fi
.PHONY: quality
