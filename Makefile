# make run  - set up what running needs (.venv) and start the wizard
# make test - add the test tools and run ruff, mypy and the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Two stamps: `make run` installs the program and its runtime dependencies only; the test
# tools (pytest, mypy, ruff, Playwright, ...) come with the first `make test` or `make lint`.
RUN_STAMP := $(VENV)/.run-stamp
TEST_STAMP := $(VENV)/.test-stamp

.PHONY: run serve test lint bench perf-doc golden clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# On a fresh clone `make test` installs everything in one pip run (the program's dependencies
# are resolved, and the editable wheel built, once instead of twice: ~28 s less); after a
# `make run` it adds the test tools. Either way the run stamp is left current.
$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(RUN_STAMP) $@

run: $(RUN_STAMP)
	$(BIN)/profile-wizard $(FILE)

# The wizard in a browser tab on this machine (see docs/serve.md).
serve: $(RUN_STAMP)
	$(BIN)/profile-wizard serve

lint: $(TEST_STAMP)
	$(BIN)/ruff check wizard tests bench
	$(BIN)/mypy

# The suite on two workers (pytest-xdist), one per CPU of a small machine: most tests wait on
# a child process, a pseudo-terminal or the app's timers, so the two overlap well; each worker
# has its own temporary folders, serve takes a free port, and the snapshot report is merged.
# `make test TEST_WORKERS=0` runs it in one process.
TEST_WORKERS ?= 2

# Before the tests, one process compiles our modules' bytecode (the installed packages have
# theirs from pip): every command a test starts imports wizard, and with PYTHONDONTWRITEBYTECODE
# set each compiled it again. Nothing writes bytecode while the tests run: a test's child under
# a file size limit (RLIMIT_FSIZE) once left a truncated .pyc that broke every later import.
# Only pytest, while it collects (before any test or child runs), keeps the modules it rewrote
# for their asserts in __pycache__ (tests/conftest.py): a warm collection takes ~8 s of CPU
# instead of ~13 s, in each worker.
# mypy (~20 s of one CPU) runs beside the tests, which mostly wait on children, ptys and
# timers; its report is shown after theirs when it finds something, and fails the run (pytest's
# summary stays the last line otherwise).
MYPY_OUT := $(VENV)/mypy-report.txt

test: $(TEST_STAMP)
	$(BIN)/ruff check wizard tests bench
	$(BIN)/python -m compileall -q wizard tests bench >/dev/null
	@echo "mypy runs beside the tests: its report is in $(MYPY_OUT)"
	@$(BIN)/mypy >$(MYPY_OUT) 2>&1 & mypy=$$!; \
	    $(BIN)/pytest -n $(TEST_WORKERS) --dist worksteal; status=$$?; \
	    if ! wait $$mypy; then cat $(MYPY_OUT); status=1; fi; exit $$status

# Re-write the golden files after a deliberate change to templates or filters; review the diff.
golden: $(TEST_STAMP)
	$(BIN)/pytest tests/test_golden.py --update-golden

# One table of every figure with its baseline, ratio, target and whether it is met.
bench: $(RUN_STAMP)
	$(BIN)/python bench/run.py

# The same, written into docs/performance.md.
perf-doc: $(RUN_STAMP)
	$(BIN)/python bench/run.py --doc docs/performance.md

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
