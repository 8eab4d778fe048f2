"""The separate process of a query with a timeout when the caller's process cannot fork
safely (other threads run) or at all: ``python -m teia.graph.querychild`` reads the job on
stdin and writes the outcome on stdout (:func:`teia.graph.query.serve_copy`)."""

from __future__ import annotations

import sys

from teia.graph.query import serve_copy

if __name__ == "__main__":
    serve_copy(sys.stdin.buffer, sys.stdout.buffer)
