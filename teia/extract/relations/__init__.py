"""Relations between entities, and quotations, read off Portuguese dependency parses (issue 6).

* :mod:`~teia.extract.relations.component`: the ``teia_relations`` spaCy component, the entry
  point; it runs :func:`teia.extract.relations.rules.extract_relations`, which runs one pure
  function per construction over a parsed ``Doc``; the constructions live in
  :mod:`~teia.extract.relations.verbal` (active and passive clauses, relative and participial
  clauses, coordination, control), :mod:`~teia.extract.relations.nominal` (copulas,
  predicatives, appositions and titles), :mod:`~teia.extract.relations.genitive` (genitives,
  possessive kinship), :mod:`~teia.extract.relations.nesting` (surface nesting) and
  :mod:`~teia.extract.relations.quotations`, over the shared reading of
  :mod:`~teia.extract.relations.syntax`, :mod:`~teia.extract.relations.context`,
  :mod:`~teia.extract.relations.clauses`, :mod:`~teia.extract.relations.repairs` and
  :mod:`~teia.extract.relations.modality`;
* :mod:`~teia.extract.relations.mapping`: the declarative mapping from verb frames and
  relational nouns to ontology properties (``teia/extract/data/relations.json``).

The package itself imports nothing: the entity rules (:mod:`teia.extract.entities`) read the
mapping, :mod:`~teia.extract.relations.syntax`, :mod:`~teia.extract.relations.conjugation` and
:mod:`~teia.extract.relations.contests`, none of which imports them back, while the relation
rules import the entity rules. See ``docs/relations.md``.
"""
