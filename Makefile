# Dossier: `make site` builds the static site, `make test` runs every test.
# Both start from a fresh clone: they create .venv and install pinned dependencies.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MKDOCS := $(VENV)/bin/mkdocs
SEEDS ?= seeds
DOCS ?= docs
# Offline Thai tooling: never reach for a model or corpus download at run time.
export PYTHAINLP_OFFLINE := 1
export PYTHAINLP_READ_ONLY := 1
export PYTHONDONTWRITEBYTECODE := 1
# MkDocs prints a banner about its successor on every build; it says nothing about this site.
export NO_MKDOCS_2_WARNING := 1

.PHONY: site docs test serve clean golden bench browser

# MkDocs empties its output folder first: build beside site/ and swap, so that a failed or
# interrupted build leaves the previous site/ as it was.
site: docs
	rm -rf .site.staging
	SOURCE_DATE_EPOCH=$$(cat $(DOCS)/.dossier/source-date-epoch) $(MKDOCS) build --strict --site-dir .site.staging
	rm -rf .site.old
	[ ! -d site ] || mv site .site.old
	mv .site.staging site
	rm -rf .site.old

docs: $(VENV)/.installed generator/vendor/node_modules/.installed
	$(PY) -m generator build --strict --seeds $(SEEDS) --docs $(DOCS)

test: $(VENV)/.installed-test generator/vendor/node_modules/.installed browser
	$(PY) -m pytest -q tests

# Regenerate the golden files of the seed corpus; review the diff before committing.
golden: $(VENV)/.installed-test
	DOSSIER_REGENERATE_GOLDEN=1 $(PY) -m pytest -q tests/test_golden.py tests/test_entities_seeds.py -k "golden or regenerate"

serve: docs
	$(MKDOCS) serve

# Corpus sizes for `make bench` (e.g. `make bench BENCH_SIZES=100,1000`); bench/README.md has the options.
BENCH_SIZES ?= 100,1000,10000

bench: $(VENV)/.installed generator/vendor/node_modules/.installed
	$(PY) -m bench --sizes $(BENCH_SIZES) --incremental

clean:
	rm -rf site .site.staging .site.old .pytest_cache .dossier-cache
	[ ! -x $(PY) ] || $(PY) -m generator clean --docs $(DOCS)

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
