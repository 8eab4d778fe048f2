"""teia — an offline knowledge-graph builder for Portuguese texts.

>>> import teia
>>> kg = teia.build("corpus", out="out")          # doctest: +SKIP
>>> kg.query("SELECT ?s WHERE { ?s a <https://w3id.org/teia/ontology#Person> }")  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

import types  # noqa: E402

from teia import build as _build_room  # noqa: E402  (a light package: see below)
from teia.errors import TeiaError  # noqa: E402

__all__ = ["__version__", "TeiaError", "KnowledgeGraph", "build", "load", "read_merge_log", "reject_merge"]


class _BuildRoom(types.ModuleType):
    """``teia.build`` is both the build room (the package ``teia/build/``) and the API's
    :func:`teia.api.build`: a subpackage always becomes its parent's attribute, so calling the
    package is calling the function."""

    def __call__(self, *args, **kwargs):
        from teia.api import build

        return build(*args, **kwargs)


_build_room.__class__ = _BuildRoom


def __getattr__(name: str):
    # The API pulls in spaCy and rdflib; import it on first use, not with the package.
    if name in ("KnowledgeGraph", "load", "read_merge_log", "reject_merge"):
        from teia import api

        return getattr(api, name)
    raise AttributeError(f"module 'teia' has no attribute {name!r}")
