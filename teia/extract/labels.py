"""Named constants for dependency labels and entity categories.

Every rule in ``teia.extract`` refers to these names, never to string literals, so a
pipeline whose label scheme differs can be adapted in one place.
"""

from __future__ import annotations

# --- Portuguese Universal Dependencies relations --------------------------------------
NSUBJ = "nsubj"
NSUBJ_PASS = "nsubj:pass"
OBJ = "obj"
IOBJ = "iobj"
OBL = "obl"
OBL_AGENT = "obl:agent"
APPOS = "appos"
FLAT_NAME = "flat:name"
FLAT = "flat"
NMOD = "nmod"
ACL = "acl"
ACL_RELCL = "acl:relcl"
AMOD = "amod"
CASE = "case"
CONJ = "conj"
CC = "cc"
COP = "cop"
XCOMP = "xcomp"
CCOMP = "ccomp"
ADVMOD = "advmod"
AUX = "aux"
AUX_PASS = "aux:pass"
DET = "det"
PUNCT = "punct"
ROOT = "ROOT"
PARATAXIS = "parataxis"

SUBJECTS = frozenset({NSUBJ, NSUBJ_PASS, "csubj"})
NAME_PARTS = frozenset({FLAT_NAME, FLAT})

# --- Entity categories (NER labels of the shipped pipeline) ----------------------------
PER = "PER"
ORG = "ORG"
LOC = "LOC"
DATE = "DATE"
EVENT = "EVENT"
WORK = "WORK"
CONCEPT = "CONCEPT"
VALUE = "VALUE"
MISC = "MISC"

ENTITY_CATEGORIES = (PER, ORG, LOC, DATE, EVENT, WORK, CONCEPT, VALUE, MISC)
"""All categories a :class:`~teia.records.Mention` may carry."""

NODE_CATEGORIES = (PER, ORG, LOC, EVENT, WORK, CONCEPT, MISC)
"""Categories that become entity nodes (dates and values become literals instead)."""

# Labels used by other pipelines (e.g. spaCy's pt_core_news_* trained on WikiNER), mapped
# onto ours so that ``--model pt_core_news_lg`` works.
FOREIGN_LABELS = {
    "PER": PER,
    "PERSON": PER,
    "PESSOA": PER,
    "ORG": ORG,
    "ORGANIZACAO": ORG,
    "LOC": LOC,
    "GPE": LOC,
    "LOCAL": LOC,
    "DATE": DATE,
    "TIME": DATE,
    "TEMPO": DATE,
    "EVENT": EVENT,
    "ACONTECIMENTO": EVENT,
    "WORK": WORK,
    "WORK_OF_ART": WORK,
    "OBRA": WORK,
    "CONCEPT": CONCEPT,
    "ABSTRACCAO": CONCEPT,
    "VALUE": VALUE,
    "VALOR": VALUE,
    "MISC": MISC,
}


def normalize_category(label: str) -> str:
    """Map a NER label of any pipeline onto one of :data:`ENTITY_CATEGORIES`."""
    return FOREIGN_LABELS.get(label.upper(), MISC)
