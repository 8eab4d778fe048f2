"""A learned second opinion on a mention's category (issue 17): the type model.

The rules of :mod:`teia.extract.entities` give each mention a category; on text they were not
written from, the right span with the wrong category is their largest pool of errors (an
organization read as a place, a notion as an organization). The type model is a multinomial
logistic regression (:class:`~teia.extract.softmax.SoftmaxModel`) that gives each category a
probability from the mention's words and context (:func:`type_features`). It is trained from
HAREM I's training documents by ``make -C training types`` (``training/type_train.py``) and
shipped as ``teia/extract/data/type_model.npz``, with the probability from which it retypes
(``threshold``) and the kinds of evidence it leaves alone (``keep``), both chosen by
cross-validation over those documents.

:func:`retype_mentions` runs in ``teia_entities`` after the mention rules, before the mentions
are grouped into entities: an entity cluster (the mentions :func:`~teia.extract.resolve.group_mentions`
puts together) whose averaged probabilities put another category first with at least the
threshold is retyped as a whole, unless one of its mentions has evidence the model defers to
(:data:`EVIDENCE`). ``teia_entities``' ``type_model`` option turns it off; the file is read on the
first doc (:func:`load_type_model`), never at import time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
from spacy.tokens import Doc, Span

from teia.errors import ModelError
from teia.extract.classifier.features import span_head
from teia.extract.docindex import doc_words, has_annotation
from teia.extract.gazetteer import name_types
from teia.extract.linking import title_types
from teia.extract.resolve.names import name_key
from teia.extract.softmax import SoftmaxModel, cached_model
from teia.records import Entity, Mention, as_category

__all__ = ["DEFAULT_TYPE_MODEL_PATH", "EVIDENCE", "TYPE_LABELS", "NameEvidence", "TypeModel", "load_type_model", "name_evidence", "retype_mentions", "type_features"]

DEFAULT_TYPE_MODEL_PATH = Path(__file__).resolve().parent / "data" / "type_model.npz"

TYPE_LABELS = ("CONCEPT", "EVENT", "LOC", "ORG", "PER", "WORK")
"""The categories the shipped model gives: those of HAREM's gold mentions that the rules' mentions
carry (time expressions and values are other components')."""

EVIDENCE = ("kb", "kind", "title")
"""The hard evidence a rule may have for a mention's category, which the model may be told to
leave alone: ``kb``, a match of the knowledge base of the gazetteer (the mention has a ``kb_id``);
``kind``, a kind noun before the name (``o banco X``, ``a cidade de X``); ``title``, a Wikipedia
title of one type only (:func:`teia.extract.linking.title_types`)."""

_WORDS_KEPT = 5
"""A mention's first words that are features (the last one is always one)."""


@dataclass
class TypeModel(SoftmaxModel):
    threshold: float = 1.0
    """The probability from which the model's category replaces the rules'."""
    keep: tuple[str, ...] = ()
    """The evidence (of :data:`EVIDENCE`) under which a mention's cluster keeps its category."""

    KIND: ClassVar[str] = "type model"
    TRAIN: ClassVar[str] = "make -C training types"

    def __post_init__(self) -> None:
        super().__post_init__()
        if not 0.0 <= self.threshold <= 1.0:
            raise ModelError(f"{self.KIND}: threshold must lie between 0 and 1, not {self.threshold}")
        unknown = sorted(set(self.keep) - set(EVIDENCE))
        if unknown:
            raise ModelError(f"{self.KIND}: unknown evidence {', '.join(unknown)} (known: {', '.join(EVIDENCE)})")
        self.keep = tuple(self.keep)

    def extra_arrays(self) -> dict[str, np.ndarray]:
        return {"threshold": np.array(self.threshold), "keep": np.array(self.keep, dtype=str)}

    @classmethod
    def extra_fields(cls, data: Mapping[str, np.ndarray]) -> dict[str, Any]:
        return {"threshold": float(data["threshold"]), "keep": tuple(str(k) for k in data["keep"])}


def load_type_model(path: str | None = None) -> TypeModel:
    """The type model at ``path`` (default: the shipped one), read once per process."""
    return cached_model(TypeModel, Path(path) if path else DEFAULT_TYPE_MODEL_PATH)


@dataclass(frozen=True)
class NameEvidence:
    """What the document and the name lists say of one mention, beside its words."""

    category: str = ""
    """The rules' category."""
    source: str = ""
    """The component that made the mention (``ner``, ``gazetteer``, ``rule``)."""
    kb: bool = False
    """The gazetteer matched a knowledge-base entry."""
    kind: str = ""
    """The type a kind noun before the name gives it (``o banco X``: ORG), or ``""``."""
    title_type: str = ""
    """The type of the Wikipedia titles of one type the name is (``dbpedia-pt.tsv.gz``), or ``""``."""
    listed_type: str = ""
    """The type ``name_types.tsv`` gives the name, or ``""``."""
    elsewhere: frozenset[str] = field(default_factory=frozenset)
    """The other categories the same name has in the document's mentions."""

    def hard(self) -> frozenset[str]:
        """The kinds of hard evidence (:data:`EVIDENCE`) this mention has."""
        return frozenset(k for k, v in (("kb", self.kb), ("kind", self.kind), ("title", self.title_type)) if v)


def _shape(text: str) -> list[str]:
    letters = [c for c in text if c.isalpha()]
    out = []
    if len(letters) > 1 and all(c.isupper() for c in letters):
        out.append("s=caps")
    elif text[:1].isupper():
        out.append("s=title")
    elif text[:1].islower():
        out.append("s=lower")
    if any(c.isdigit() for c in text):
        out.append("s=digit")
    return out


def _word(text: str) -> str:
    return text.lower() if text.strip() else "<sp>"  # a line break is a token of its own


def type_features(span: Span, evidence: NameEvidence) -> list[str]:
    """The features of the mention ``span`` (a bag of strings) given what else is known of it:
    its words lowercased (the first few and the last), its head's lemma and the last word's
    ending, its shape and length, the one and two words before and after it, the dependency of
    its head and the lemma of the head's governor, the kind noun before it, the types the name
    lists give it, the categories the same name has elsewhere in the document, and the rules'
    category and source. Only the span's tokens and a few around them are read."""
    doc = span.doc
    words = doc_words(doc)
    a, b = span.start, span.end
    lower = [w.lower() for w in words[a:b]]
    feats = [f"w={w}" for w in dict.fromkeys(lower[:_WORDS_KEPT])]
    feats.append(f"wl={lower[-1]}")
    feats.append(f"sfx={lower[-1][-3:]}")
    n = b - a
    feats.append(f"n={min(n, 4)}")
    feats.extend(_shape(span.text))
    before1 = _word(words[a - 1]) if a > 0 else "<s>"
    before2 = _word(words[a - 2]) if a > 1 else "<s>"
    after1 = _word(words[b]) if b < len(words) else "</s>"
    after2 = _word(words[b + 1]) if b + 1 < len(words) else "</s>"
    feats += [f"b1={before1}", f"b2={before2}_{before1}", f"a1={after1}", f"a2={after1}_{after2}"]
    if has_annotation(doc, "DEP"):
        head = span_head(doc, a, b)
        feats.append(f"h={(head.lemma_ or head.text).lower()}")
        feats.append(f"dep={head.dep_}")
        gov = head.head
        if gov.i != head.i and not a <= gov.i < b:
            feats.append(f"gov={head.dep_}:{_word(gov.lemma_ or gov.text)}")
    if evidence.kind:
        feats.append(f"kind={evidence.kind}")
    feats.append(f"kb={evidence.title_type or '-'}")
    feats.append(f"nt={evidence.listed_type or '-'}")
    if evidence.kb:
        feats.append("gaz")
    feats.extend(f"also={c}" for c in sorted(evidence.elsewhere))
    if evidence.category:
        feats.append(f"cat={evidence.category}")
        feats.append(f"src={evidence.source}")
    return feats


KindOf = Callable[[int, str], str]
"""The type (``ORG``, ``LOC`` or ``""``) a kind noun before the name at a token gives it, as the
entity rules read it (:func:`teia.extract.entities.name_kind`)."""


def name_evidence(doc: Doc, mentions: Sequence[Mention], kind_of: KindOf) -> list[tuple[Span | None, NameEvidence]]:
    """The token span of each of ``mentions`` (None where its characters do not fall on tokens)
    and its :class:`NameEvidence`: one knowledge-base look-up for the document's names."""
    listed = name_types()
    titles = title_types({m.text for m in mentions})
    categories: dict[str, set[str]] = {}
    for m in mentions:
        categories.setdefault(name_key(m.text), set()).add(m.category)
    out: list[tuple[Span | None, NameEvidence]] = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        kind = kind_of(span.start, m.text) if span is not None else ""
        evidence = NameEvidence(
            category=m.category,
            source=m.source,
            kb=bool(m.kb_id),
            kind=kind,
            title_type=titles.get(m.text, ""),
            listed_type=listed.get(m.text, ""),
            elsewhere=frozenset(categories[name_key(m.text)] - {m.category}),
        )
        out.append((span, evidence))
    return out


def retype_mentions(
    doc: Doc,
    mentions: Sequence[Mention],
    model: TypeModel,
    clusters: Callable[[Sequence[Mention]], Sequence[Entity]],
    kind_of: KindOf,
) -> list[Mention]:
    """``mentions`` with the categories the model changes: per cluster of ``clusters(mentions)``
    (the document's entities), the mean of its mentions' probabilities; where another category
    than the cluster's comes first with at least ``model.threshold``, and no mention of the
    cluster has evidence of ``model.keep``, every mention of the cluster takes it. A mention whose
    category the model does not know (a date, a value) is left alone, and so is its cluster."""
    labels = set(model.labels)
    scored = [k for k, m in enumerate(mentions) if m.category in labels]
    if not scored:
        return list(mentions)
    known = name_evidence(doc, [mentions[k] for k in scored], kind_of)
    feats, held = {}, set()
    for k, (span, evidence) in zip(scored, known):
        if span is None:
            held.add(k)
            continue
        feats[k] = type_features(span, evidence)
        if evidence.hard() & set(model.keep):
            held.add(k)
    order = sorted(feats)
    probs = dict(zip(order, model.probabilities_many([feats[k] for k in order])))
    where = {(m.start, m.end): k for k, m in enumerate(mentions)}
    out = list(mentions)
    for entity in clusters(mentions):
        members = sorted({where[(m.start, m.end)] for m in entity.mentions if (m.start, m.end) in where})
        if not members or any(k in held or k not in probs for k in members):
            continue
        p = np.mean([probs[k] for k in members], axis=0)
        best = int(p.argmax())
        label = model.labels[best]
        current = {mentions[k].category for k in members}
        if p[best] >= model.threshold and current != {label}:
            for k in members:
                out[k] = as_category(mentions[k], label)
    return out
