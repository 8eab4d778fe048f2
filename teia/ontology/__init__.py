"""The teia vocabulary shared by extraction and graph.

The ontology (``teia.ttl``), its SHACL shapes (``shapes.ttl``) and a local JSON-LD context
(``context.jsonld``) ship with the package; :mod:`teia.ontology.namespace` gives their terms
Python names. The names below are loaded lazily, so importing this package alone does not
import rdflib (``teia.extract`` must stay free of it).
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "CATEGORY_CLASS",
    "CONTEXT_PATH",
    "DEFAULT_BASE_IRI",
    "ENTITY_CLASSES",
    "EVENT_CLASSES",
    "NIF",
    "ONTOLOGY_IRI",
    "ONTOLOGY_PATH",
    "REL",
    "SHAPES_PATH",
    "TEIA",
    "bind_prefixes",
    "load_ontology",
    "load_shapes",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from teia.ontology import namespace

        return getattr(namespace, name)
    raise AttributeError(f"module 'teia.ontology' has no attribute {name!r}")
