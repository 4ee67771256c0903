# paris-droits — every target sets up .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLE := $(VENV)/.installe

.PHONY: demo test bench lint verifier-paquet nettoyer

$(INSTALLE): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(INSTALLE)

## demo: set up, then run the main job on the embedded data
demo: $(INSTALLE)
	$(BIN)/paris-droits non-recours -o sorties/non_recours.html

## test: set up, check the wheel in a fresh virtualenv, then run the whole suite (YAML + pytest)
test: $(INSTALLE)
	$(MAKE) --no-print-directory verifier-paquet
	$(BIN)/python -m pytest -q -n 2

## verifier-paquet: build the wheel, install it in a fresh virtualenv outside the tree, run it there
verifier-paquet: $(INSTALLE)
	bash .ci/verifier-paquet

## bench: performance figures, written to docs/performance.md
bench: $(INSTALLE)
	$(BIN)/python -m benchmarks

lint: $(INSTALLE)
	$(BIN)/ruff check paris_droits variables reforms tests

nettoyer:
	rm -rf $(VENV) build dist
