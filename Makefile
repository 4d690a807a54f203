# Two commands set everything up: `make run` and `make test`.
# Any Python 3.11 or newer on the machine: the first of these that is at least 3.11 (PYTHON=... to choose).
CANDIDATES := python3.11 python3.12 python3.13 python3.14 python3 python
PYTHON ?= $(shell for p in $(CANDIDATES); do command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo $$p; break; }; done)
NO_PYTHON := Coach needs Python 3.11 or newer: none of $(CANDIDATES) on PATH is (or set PYTHON=/path/to/python3.x)
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench eval clean which-python

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "$(NO_PYTHON)" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/coach run

test: $(STAMP)
	$(BIN)/ruff check bot adapters tests bench
	$(BIN)/python -m pytest -n auto --maxprocesses 4  # one worker per core (pytest-xdist), each with its own PostgreSQL

lint: $(STAMP)
	$(BIN)/ruff check bot adapters tests bench

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python -m bench

# Quality figures on labelled text (../shared/corpora and bench/devsets): printed, never a test.
eval: $(STAMP)
	$(BIN)/python -m bench.eval $(EVAL_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info

which-python:  # the interpreter `make run` and `make test` build .venv with
	@test -n "$(PYTHON)" || { echo "$(NO_PYTHON)" >&2; exit 1; }
	@echo "$(PYTHON)"
