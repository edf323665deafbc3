# Two promises, each from a brand-new machine (Python 3.11 + pip):
#   make run   -> creates .venv, installs newskg, builds the graph of data/ into output/
#   make test  -> creates .venv, installs newskg[test], runs the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench screenshot clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/kg build data --out output

test: $(STAMP)
	$(BIN)/python -m tests.browser_setup
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check kg tests bench

bench: $(STAMP)
	$(BIN)/python bench/bench_build.py
	$(BIN)/python bench/bench_finre.py
	$(BIN)/python bench/bench_scale.py --sizes 1000,10000

screenshot: $(STAMP)
	$(BIN)/kg build data --out output
	$(BIN)/python -m tests.browser_setup
	$(BIN)/python bench/screenshot.py output/graph.html docs/viewer.png

clean:
	rm -rf $(VENV) output/graph.* output/report.*
