"""The relation classifier's weights: a multinomial logistic regression over sparse features.

The model is a compact NumPy file in the package (``teia/extract/data/relation_model.npz``,
written by ``training/relation_train.py``): a :class:`~teia.extract.softmax.SoftmaxModel`
(the feature names, a float16 weight row per feature, one bias per label, the labels, the
temperature fitted on the dev split so that the probabilities are calibrated) and a confidence
per relation from which that relation's predictions are kept (chosen on the dev split as well; a
file without them keeps every relation from the component's ``min_confidence``). Nothing is
loaded at import time: :func:`load_model` reads the file on first use and keeps it for the life
of the process. Scoring a pair is a sum of a few weight rows and a softmax: NumPy only, no new
dependency.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from teia.errors import ModelError
from teia.extract.softmax import SoftmaxModel, cached_model, softmax

__all__ = ["DEFAULT_MODEL_PATH", "MODEL_NAME", "RelationModel", "load_model", "softmax"]

DEFAULT_MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "relation_model.npz"
MODEL_NAME = "dbpedia-pt"
"""The shipped model's name, cited in ``teia:rule "model:dbpedia-pt"``."""


@dataclass
class RelationModel(SoftmaxModel):
    thresholds: Mapping[str, float] = field(default_factory=dict)
    """Relation (``origin``, not ``origin>``) -> the lowest confidence at which it is kept;
    ``inf`` for a relation never precise enough to keep. A relation absent here has none."""

    KIND: ClassVar[str] = "relation model"
    TRAIN: ClassVar[str] = "make -C training relations"

    def __post_init__(self) -> None:
        super().__post_init__()
        bad = {r: t for r, t in self.thresholds.items() if not (0.0 <= t <= 1.0 or t == np.inf)}
        if bad:
            raise ModelError(f"{self.KIND}: thresholds must lie between 0 and 1 (or be inf): {bad}")

    def threshold(self, relation: str) -> float:
        """The lowest confidence at which a prediction of ``relation`` is kept (0 if none is set)."""
        return self.thresholds.get(relation, 0.0)

    def extra_arrays(self) -> dict[str, np.ndarray]:
        return {
            "threshold_relations": np.array(sorted(self.thresholds), dtype=str),
            "thresholds": np.array([self.thresholds[r] for r in sorted(self.thresholds)], dtype=np.float64),
        }

    @classmethod
    def extra_fields(cls, data: Mapping[str, np.ndarray]) -> dict[str, Any]:
        if "thresholds" not in data:
            return {}
        return {"thresholds": {str(r): float(t) for r, t in zip(data["threshold_relations"], data["thresholds"], strict=True)}}


def load_model(path: str | None = None) -> RelationModel:
    """The relation model at ``path`` (default: the shipped one), loaded once per process."""
    return cached_model(RelationModel, Path(path) if path else DEFAULT_MODEL_PATH)
