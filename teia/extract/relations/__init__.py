"""Relations between entities, and quotations, read off Portuguese dependency parses (issue 6).

* :mod:`~teia.extract.relations.rules`: one pure function per construction over a parsed
  ``Doc`` (active and passive clauses, relative and participial clauses, coordination, control,
  copulas, appositions and titles, genitives, quotations);
* :mod:`~teia.extract.relations.mapping`: the declarative mapping from verb frames and
  relational nouns to ontology properties (``teia/extract/data/relations.json``);
* :mod:`~teia.extract.relations.component`: the ``teia_relations`` spaCy component.

See ``docs/relations.md``.
"""

from __future__ import annotations

from teia.extract.relations.mapping import RelationMapping, default_mapping, load_mapping
from teia.extract.relations.rules import extract_relations

__all__ = ["RelationMapping", "default_mapping", "extract_relations", "load_mapping"]
