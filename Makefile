# Watchfloor — everyday commands. `make demo` and `make test` work on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
DB ?= sqlite:///watchfloor.db
PYTEST_WORKERS ?= 2
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install demo serve test test-fast lint format bench eval clean help

help:
	@echo "make demo    - install, ingest the bundled demo corpus into watchfloor.db and serve the dashboard"
	@echo "make test    - install and run the whole test suite"
	@echo "make lint    - ruff and mypy"
	@echo "make eval    - accuracy on the bundled gold (dev and held-out parts)"
	@echo "make bench   - throughput and memory benchmarks (writes bench/report.json)"

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

demo: install
	$(BIN)/watchfloor --db $(DB) demo --port $(PORT)

serve: install
	$(BIN)/watchfloor --db $(DB) serve --port $(PORT)

test: install
	$(BIN)/python -m pytest -q -n $(PYTEST_WORKERS) --dist loadgroup -p no:cacheprovider

test-fast: install
	$(BIN)/python -m pytest -q -x -m "not browser and not slow and not quality" -p no:cacheprovider

lint: install
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy src/watchfloor

format: install
	$(BIN)/ruff format src tests scripts

eval: install
	$(BIN)/watchfloor eval events gold/plover/plover_gsr_dev.jsonl --split heldout
	$(BIN)/watchfloor eval events gold --split heldout
	$(BIN)/watchfloor eval claims gold --split heldout
	$(BIN)/watchfloor eval actors gold --split heldout
	$(BIN)/watchfloor eval places gold --split heldout

bench: install
	$(BIN)/python scripts/bench.py --out bench/report.json

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info src/*.egg-info
