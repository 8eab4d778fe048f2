"""The ``teia_relation_model`` spaCy component: the relation classifier beside the rules.

A thin shell over :func:`~teia.extract.classifier.predict.model_relations` and
:func:`~teia.extract.classifier.predict.merge_relations`. It runs after ``teia_relations``
and replaces ``doc._.teia_relations`` with the rules' relations plus the classifier's. The
model (``teia/extract/data/relation_model.npz`` unless ``model_path`` names another) is read
on the first doc, not when the pipeline is built.

    nlp.add_pipe("teia_relation_model", config={"assert_threshold": 0.9})
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from teia.errors import ModelError
from teia.extract.classifier.labels import ASSERT_THRESHOLD, MIN_CONFIDENCE
from teia.extract.classifier.model import MODEL_NAME, RelationModel, load_model
from teia.extract.classifier.predict import merge_relations, model_relations
from teia.extract.relations.component import RELATIONS

__all__ = ["RelationClassifier"]


class RelationClassifier:
    """Scores the mention pairs of each doc and merges the result into its relations."""

    def __init__(self, name: str, model_path: str, model_name: str, min_confidence: float, assert_threshold: float) -> None:
        if not 0.0 <= min_confidence <= 1.0 or not 0.0 <= assert_threshold <= 1.0:
            raise ModelError(
                f"{name}: min_confidence ({min_confidence}) and assert_threshold ({assert_threshold}) must lie between 0 and 1"
            )
        self.name = name
        self.model_path = model_path
        self.model_name = model_name
        self.min_confidence = min_confidence
        self.assert_threshold = assert_threshold
        self._model: RelationModel | None = None

    @property
    def model(self) -> RelationModel:
        if self._model is None:
            self._model = load_model(self.model_path or None)
        return self._model

    def __call__(self, doc: Doc) -> Doc:
        found = model_relations(
            doc,
            self.model,
            self.model_name,
            min_confidence=self.min_confidence,
            assert_threshold=self.assert_threshold,
        )
        if found:
            doc._.set(RELATIONS, merge_relations(doc._.get(RELATIONS) or (), found))
        return doc


@Language.factory(
    "teia_relation_model",
    default_config={
        "model_path": "",
        "model_name": MODEL_NAME,
        "min_confidence": MIN_CONFIDENCE,
        "assert_threshold": ASSERT_THRESHOLD,
    },
    assigns=[f"doc._.{RELATIONS}"],
    requires=[f"doc._.{RELATIONS}"],
)
def make_relation_classifier(
    nlp: Language, name: str, model_path: str, model_name: str, min_confidence: float, assert_threshold: float
) -> RelationClassifier:
    return RelationClassifier(name, model_path, model_name, min_confidence, assert_threshold)
