# make run  - set everything up and start the wizard
# make test - set everything up and run ruff, mypy and the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench golden clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/profile-wizard $(FILE)

lint: $(STAMP)
	$(BIN)/ruff check wizard tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

# Re-write the golden files after a deliberate change to templates or filters; review the diff.
golden: $(STAMP)
	$(BIN)/pytest tests/test_golden.py --update-golden

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
