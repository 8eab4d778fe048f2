"""A participle after a name's apposition tells of the name (issue 20, P61d): ``A Resistência
Islâmica, ala armada do Hizbollah, apoiada pelo Irão``, ``João Gilberto, cantor brasileiro,
nascido em Juazeiro``, ``a MBR, uma empresa de mineração, instalada em Minas Gerais``.

The parser hangs such a participle on the common noun in apposition to the name (``ala``,
``cantor``, ``empresa``), which names no entity, so the participle's clause had no subject and
gave nothing. The noun stands for the name, so the participle's noun is the name, when:

* the participle agrees with the noun in gender (and number), set off by a comma or not
  (``Pedro Silva, um engenheiro contratado pela Petrobras``);
* the noun is a lower-case common noun in apposition to a name before it;
* the word is written as a participle: a regular one, ``-ado``/``-ido`` and their feminine and
  plural forms with no accent on the stem (not ``discos rígidos``, which the tagger took for a
  participle of ``reger``), or one of the irregular ``participles`` of ``relations.json``;
* no named complement of the noun agrees with the participle (that one is the participle's, as
  :func:`~teia.extract.relations.repairs.agreeing_noun` reads it: ``presidente da Fundação
  Roberto Marinho, criada em 1977``), nor a common noun complement with an article of its own
  (``X, presidente do clube, fundado em 1910``: the club was founded); a bare ``de`` complement
  tells the kind of the noun and owns nothing (``empresa de mineração``).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from teia.extract.articles import FUSED_OF
from teia.extract.docindex import dependents
from teia.extract.labels import ACL, APPOS, DET, NMOD
from teia.extract.relations.context import Context
from teia.extract.relations.found import Arg
from teia.extract.relations.repairs import agrees
from teia.extract.relations.syntax import case_of

__all__ = ["apposed_name"]

# a regular participle: the stem without an accent, then -ado or -ido (-ído after a vowel:
# "distribuído"), in the feminine and the plural too
_REGULAR_PARTICIPLE = re.compile(r"[^áéíóúâêô]+(?:[ai]|(?<=[aeiou])í)d[oa]s?")


def _written_as_participle(word: Token, ctx: Context) -> bool:
    """Whether ``word`` is written as a participle (module docstring)."""
    return _REGULAR_PARTICIPLE.fullmatch(word.lower_) is not None or ctx.mapping.participle_verb(word.lower_) is not None


def _owning_complement(noun: Token, participle: Token, ctx: Context) -> bool:
    """Whether a complement of ``noun`` between it and ``participle`` agrees with the participle
    and may own it: a name, or a common noun with an article (``do clube``, ``da empresa``)."""
    for t in noun.doc[noun.i + 1 : participle.i]:
        if t.dep_ != NMOD or not agrees(t, participle):
            continue
        case = case_of(t)
        if ctx.entity(t) is not None or (case is not None and case.lower_ in FUSED_OF) or dependents(t, (DET,)):
            return True
    return False


def apposed_name(participle: Token, ctx: Context) -> Arg | None:
    """The name whose apposition the parser hung ``participle`` on, when the participle tells of
    it (module docstring); ``None`` otherwise."""
    noun = participle.head
    if participle.dep_ != ACL or noun.pos_ != "NOUN" or noun.dep_ != APPOS or not noun.text[:1].islower():
        return None
    name = noun.head
    if not name.i < noun.i < participle.i:
        return None
    arg = ctx.entity(name)
    if arg is None or not _written_as_participle(participle, ctx) or not agrees(noun, participle):
        return None
    if _owning_complement(noun, participle, ctx):
        return None
    return arg
