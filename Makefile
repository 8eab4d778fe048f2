# teia — the two commands: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: demo test install install-test model bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'

demo: install
	$(BIN)/teia build corpus -o $(OUT)
	$(BIN)/teia query $(OUT)/graph.ttl examples/queries/people.rq

test: install-test
	$(BIN)/python -m pytest

model: install
	$(MAKE) -C training all

bench: install-test
	$(BIN)/python bench/model_speed.py

clean:
	rm -rf $(OUT) build dist *.egg-info
