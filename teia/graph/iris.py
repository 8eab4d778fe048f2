"""Minting IRIs: one function, :func:`mint`, for every resource teia creates.

Entity IRIs are ``{base}{kind}/{slug}``: the kind is the class in kebab case (``person``,
``battle``), the slug is the canonical label, lower-cased, accents folded, non-alphanumerics
turned into dashes (``Józef Piłsudski`` → ``jozef-pilsudski``). Two different keys that give
the same slug are told apart by :class:`IriMinter`, which appends a short hash of the key to
all but the first (in sorted key order, so the result does not depend on input order).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from rdflib import URIRef

from teia.folding import slug
from teia.ontology.namespace import DEFAULT_BASE_IRI

__all__ = ["DEFAULT_BASE", "slugify", "mint", "IriMinter", "kind_of"]

DEFAULT_BASE = DEFAULT_BASE_IRI

slugify = slug
"""A URL-safe slug of a label; never empty (:func:`teia.folding.slug`)."""


def kind_of(class_name: str) -> str:
    """``"PoliticalParty"`` → ``"political-party"``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", class_name).lower()


def mint(base: str, kind: str, local: str) -> URIRef:
    """The IRI of a resource of ``kind`` whose local part is ``local`` (already a slug or key)."""
    if not base.endswith(("/", "#")):
        base += "/"
    return URIRef(f"{base}{kind}/{local}")


def short_hash(text: str, n: int = 8) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


class IriMinter:
    """Collision-free entity IRIs for a whole corpus.

    ``assign`` takes ``(key, kind, label)`` for every entity at once, so the outcome is a pure
    function of the set of entities.
    """

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base
        self._iris: dict[str, URIRef] = {}

    def assign(self, entities: Iterable[tuple[str, str, str]]) -> dict[str, URIRef]:
        taken: dict[URIRef, str] = {}
        for key, kind, label in sorted(entities):
            iri = mint(self.base, kind, slugify(label))
            if iri in taken and taken[iri] != key:
                iri = mint(self.base, kind, f"{slugify(label)}-{short_hash(key)}")
            taken[iri] = key
            self._iris[key] = iri
        return dict(self._iris)

    def __getitem__(self, key: str) -> URIRef:
        return self._iris[key]
