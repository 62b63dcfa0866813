# The README's two commands are `make run` and `make test`; each sets itself up on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
ARGS   ?=

.PHONY: run test lint bench screenshot clean

# One stamp per set of extras; re-installs only when pyproject.toml changes.
$(VENV)/.stamp-app: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.stamp-test: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@ $(VENV)/.stamp-app

$(VENV)/.stamp-dev: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dev]"
	@touch $@ $(VENV)/.stamp-test $(VENV)/.stamp-app

run: $(VENV)/.stamp-app  ## open the app on the default workspace (ARGS="--db FILE" for another)
	$(BIN)/cpm-desktop $(ARGS)

test: $(VENV)/.stamp-test  ## the whole suite, offscreen
	$(BIN)/python -m pytest -q $(ARGS)

lint: $(VENV)/.stamp-dev  ## ruff, mypy and the layer contracts
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(VENV)/.stamp-app  ## speed and memory figures
	@for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

screenshot: $(VENV)/.stamp-app  ## refresh the README screenshot
	rm -f /tmp/cpm-readme.cpm && $(BIN)/cpm-desktop demo /tmp/cpm-readme.cpm
	QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=/tmp/cpm-readme-config $(BIN)/cpm-desktop --db /tmp/cpm-readme.cpm \
		--screenshot docs/main-window.png --size 1600x1000 --project NHL-WMS

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
