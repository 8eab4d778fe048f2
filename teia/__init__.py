"""teia — an offline knowledge-graph builder for Portuguese texts.

>>> import teia
>>> kg = teia.build("corpus", out="out")          # doctest: +SKIP
>>> kg.query("SELECT ?s WHERE { ?s a <https://w3id.org/teia/ontology#Person> }")  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from teia.errors import TeiaError  # noqa: E402

__all__ = ["__version__", "TeiaError", "KnowledgeGraph", "build", "load", "read_merge_log", "reject_merge"]


def __getattr__(name: str):
    # The API pulls in spaCy and rdflib; import it on first use, not with the package.
    if name in ("KnowledgeGraph", "build", "load", "read_merge_log", "reject_merge"):
        from teia import api

        return getattr(api, name)
    raise AttributeError(f"module 'teia' has no attribute {name!r}")
