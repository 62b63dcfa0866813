# The README's two commands are `make run` and `make test`; each sets itself up on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
ARGS   ?=

.PHONY: run test test-both lint bench screenshot dist dist-check clean

# Debian/Ubuntu packages: Qt's offscreen set for tests, its X11 set for
# a real window. Installed once (with sudo when not root) where missing; elsewhere skipped.
QT_TEST_DEBS := libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3
# The PDF checks the tests make (qpdf --check, pdffonts, pdftoppm); they skip where absent.
PDF_TEST_DEBS := qpdf poppler-utils
# Team mode's tests run on a throwaway PostgreSQL server (tests/postgres_server.py).
POSTGRES_TEST_DEBS := postgresql
QT_RUN_DEBS  := $(QT_TEST_DEBS) libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 \
                libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-xkb1
# `make bench`: GNOME Planner opened beside the app under Xvfb (benchmarks/bench_planner.py).
BENCH_DEBS   := planner xdotool xvfb
define install_debs
	@if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then \
	  missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	  if [ -n "$$missing" ]; then \
	    echo "Installing system packages:" $$missing; \
	    sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	    ($$sudo apt-get update -qq && $$sudo apt-get install -y -qq $$missing >/dev/null) \
	      || echo "warning: could not install" $$missing; \
	  fi; \
	fi
endef

# One stamp per set of extras; re-installs only when pyproject.toml changes.
$(VENV)/.stamp-app: pyproject.toml
	$(call install_debs,$(QT_RUN_DEBS))
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.stamp-test: pyproject.toml
	$(call install_debs,$(QT_TEST_DEBS) $(PDF_TEST_DEBS) $(POSTGRES_TEST_DEBS))
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@ $(VENV)/.stamp-app

$(VENV)/.stamp-dev: pyproject.toml
	$(call install_debs,$(QT_TEST_DEBS))
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dev]"
	@touch $@ $(VENV)/.stamp-test $(VENV)/.stamp-app

$(VENV)/.stamp-dist: pyproject.toml
	$(call install_debs,$(QT_TEST_DEBS))
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dist]"
	@touch $@ $(VENV)/.stamp-app

# The app's own translations: each language's .ts files (one per area of ui/) compiled into one
# .qm that ui/language.py loads (resources/translations/README.md).
TRANSLATIONS := resources/translations
QM_FILES     := $(TRANSLATIONS)/cpm_desktop_de.qm $(TRANSLATIONS)/cpm_desktop_fr.qm
.SECONDEXPANSION:
$(TRANSLATIONS)/cpm_desktop_%.qm: $$(wildcard $(TRANSLATIONS)/%/*.ts) | $(VENV)/.stamp-app
	$(BIN)/pyside6-lrelease -silent $(filter %.ts,$^) -qm $@

run: $(VENV)/.stamp-app $(QM_FILES)  ## open the app on the default workspace (ARGS="--db FILE" for another)
	$(BIN)/cpm-desktop $(ARGS)

# The tests whose workspace is the shared fixtures' (tests/stores.py) run a second time with
# their workspaces on the throwaway server: `make test` samples SERVER_SAMPLE tests of each module
# there to stay within four minutes, `make test-both` runs them all.
# (The migration tests run on both in the first run: test_migrations.py on files, test_migrations_postgres.py on the server.)
SERVER_TESTS  := tests/services tests/cli
SERVER_SAMPLE ?= 1
PYTEST        := $(BIN)/python -m pytest -q -n auto --dist worksteal

test: $(VENV)/.stamp-test $(QM_FILES)  ## the whole suite, offscreen, on every core (pytest-xdist), beside a throwaway PostgreSQL; a sample again on it
	$(BIN)/python -m tests.postgres_server -- sh -c '$(PYTEST) $(ARGS) && \
		$(PYTEST) --store postgresql --server-sample $(SERVER_SAMPLE) $(SERVER_TESTS) $(ARGS)'

test-both: $(VENV)/.stamp-test $(QM_FILES)  ## `make test` with every service, CLI and migration test on PostgreSQL too
	$(MAKE) test SERVER_SAMPLE=0

lint: $(VENV)/.stamp-dev  ## ruff, mypy, the layer contracts and dead code
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/vulture cpm_desktop .ci/vulture_whitelist.py --min-confidence 60

# The scripts are bench_*/compare_*; the other modules there are their helpers.
bench: $(VENV)/.stamp-app  ## speed and memory figures
	$(call install_debs,$(QT_RUN_DEBS) $(BENCH_DEBS))
	@for script in benchmarks/bench_*.py benchmarks/compare_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

screenshot: $(VENV)/.stamp-app  ## refresh the README screenshot
	rm -f /tmp/cpm-readme.cpm && $(BIN)/cpm-desktop demo /tmp/cpm-readme.cpm
	QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=/tmp/cpm-readme-config $(BIN)/cpm-desktop --db /tmp/cpm-readme.cpm \
		--screenshot docs/main-window.png --size 1600x1760 --project NHL-WMS

dist: $(VENV)/.stamp-dist $(QM_FILES)  ## the one-folder app for this OS in dist/cpm-desktop (PyInstaller)
	$(BIN)/pyinstaller installers/cpm-desktop.spec --noconfirm --clean \
		--distpath dist --workpath build/pyinstaller

dist-check: dist  ## build, then run the bundle from a clean folder without the venv (slow)
	sh installers/dist_check.sh dist/cpm-desktop

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
