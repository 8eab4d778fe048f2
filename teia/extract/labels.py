"""Named constants for dependency labels and entity categories.

Every rule in ``teia.extract`` refers to these names, never to string literals, so a
pipeline whose label scheme differs can be adapted in one place.
"""

from __future__ import annotations

from teia.categories import (  # noqa: F401 (re-exported)
    CONCEPT,
    DATE,
    ENTITY_CATEGORIES,
    EVENT,
    FOREIGN_LABELS,
    LOC,
    MISC,
    NODE_CATEGORIES,
    ORG,
    PER,
    VALUE,
    WORK,
)

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
NUMMOD = "nummod"
PUNCT = "punct"
ROOT = "ROOT"
PARATAXIS = "parataxis"
MARK = "mark"
ADVCL = "advcl"
CSUBJ = "csubj"
CSUBJ_PASS = "csubj:pass"
DEP = "dep"
DISCOURSE = "discourse"
EXPL = "expl"
EXPL_PASS = "expl:pass"
EXPL_PV = "expl:pv"
FIXED = "fixed"
NMOD_POSS = "nmod:poss"

SUBJECTS = frozenset({NSUBJ, NSUBJ_PASS, CSUBJ})
NAME_PARTS = frozenset({FLAT_NAME, FLAT})

# --- Entity categories: the table is teia/categories.py, re-exported here ---------------


def normalize_category(label: str) -> str:
    """Map a NER label of any pipeline onto one of :data:`ENTITY_CATEGORIES`."""
    return FOREIGN_LABELS.get(label.upper(), MISC)
