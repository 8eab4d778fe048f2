"""The relation classifier's weights: a multinomial logistic regression over sparse features.

The model is a compact NumPy file in the package (``teia/extract/data/relation_model.npz``,
written by ``training/relation_train.py``): the feature names, a float16 weight row per
feature, one bias per label, the labels, the temperature fitted on the dev split so that
the probabilities are calibrated, and a confidence per relation from which that relation's
predictions are kept (chosen on the dev split as well; a file without them keeps every
relation from the component's ``min_confidence``). Nothing is loaded at import time: :func:`load_model` reads
the file on first use and keeps it for the life of the process. Scoring a pair is a sum of
a few weight rows and a softmax: NumPy only, no new dependency.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from teia.errors import ModelError

__all__ = ["DEFAULT_MODEL_PATH", "MODEL_NAME", "RelationModel", "load_model", "softmax"]

DEFAULT_MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "relation_model.npz"
MODEL_NAME = "dbpedia-pt"
"""The shipped model's name, cited in ``teia:rule "model:dbpedia-pt"``."""


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


@dataclass
class RelationModel:
    features: Sequence[str]
    weights: np.ndarray  # (n_features, n_labels)
    bias: np.ndarray  # (n_labels,)
    labels: Sequence[str]
    temperature: float = 1.0
    thresholds: Mapping[str, float] = field(default_factory=dict)
    """Relation (``origin``, not ``origin>``) -> the lowest confidence at which it is kept;
    ``inf`` for a relation never precise enough to keep. A relation absent here has none."""
    index: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.weights.shape != (len(self.features), len(self.labels)) or self.bias.shape != (len(self.labels),):
            raise ModelError(
                f"relation model: weights {self.weights.shape} and bias {self.bias.shape} "
                f"do not match {len(self.features)} features and {len(self.labels)} labels"
            )
        if not self.temperature > 0:
            raise ModelError(f"relation model: temperature must be positive, not {self.temperature}")
        bad = {r: t for r, t in self.thresholds.items() if not (0.0 <= t <= 1.0 or t == np.inf)}
        if bad:
            raise ModelError(f"relation model: thresholds must lie between 0 and 1 (or be inf): {bad}")
        self.index = {f: i for i, f in enumerate(self.features)}
        # float32 rows plus a zero row at the end (what a pair without known features sums)
        self._rows = np.vstack([self.weights.astype(np.float32), np.zeros((1, len(self.labels)), dtype=np.float32)])

    def threshold(self, relation: str) -> float:
        """The lowest confidence at which a prediction of ``relation`` is kept (0 if none is set)."""
        return self.thresholds.get(relation, 0.0)

    def probabilities(self, features: Iterable[str]) -> np.ndarray:
        """The calibrated probability of every label for one pair."""
        rows = [self.index[f] for f in features if f in self.index]
        z = self._rows[rows].sum(axis=0) + self.bias if rows else self.bias.astype(np.float32)
        return softmax(np.asarray(z, dtype=np.float64) / self.temperature)

    def predict(self, features: Iterable[str]) -> tuple[str, float]:
        """The most probable label and its probability."""
        p = self.probabilities(features)
        k = int(p.argmax())
        return self.labels[k], float(p[k])

    def predict_many(self, pairs: Sequence[Iterable[str]]) -> list[tuple[str, float]]:
        """:meth:`predict` for many pairs at once (one matrix operation for a whole doc)."""
        if not pairs:
            return []
        rows: list[int] = []
        starts: list[int] = []
        for features in pairs:
            starts.append(len(rows))
            rows.extend(self.index[f] for f in features if f in self.index)
        # the zero row closes the index list, so a last pair without known features is in range
        idx = np.array(rows + [len(self._rows) - 1], dtype=np.int64)
        bounds = np.array(starts, dtype=np.int64)
        z = np.add.reduceat(self._rows[idx], bounds, axis=0)
        empty = np.diff(np.append(bounds, len(rows))) == 0
        z[empty] = 0.0
        p = softmax((z.astype(np.float64) + self.bias) / self.temperature)
        best = p.argmax(axis=1)
        return [(self.labels[k], float(p[i, k])) for i, k in enumerate(best)]

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            features=np.array(self.features, dtype=str),
            weights=self.weights,
            bias=self.bias,
            labels=np.array(self.labels, dtype=str),
            temperature=np.array(self.temperature),
            threshold_relations=np.array(sorted(self.thresholds), dtype=str),
            thresholds=np.array([self.thresholds[r] for r in sorted(self.thresholds)], dtype=np.float64),
        )

    @classmethod
    def read(cls, path: Path) -> RelationModel:
        try:
            with np.load(path, allow_pickle=False) as data:
                thresholds = {}
                if "thresholds" in data.files:
                    thresholds = {str(r): float(t) for r, t in zip(data["threshold_relations"], data["thresholds"], strict=True)}
                return cls(
                    features=[str(f) for f in data["features"]],
                    weights=data["weights"],
                    bias=data["bias"],
                    labels=[str(x) for x in data["labels"]],
                    temperature=float(data["temperature"]),
                    thresholds=thresholds,
                )
        except (OSError, KeyError, ValueError) as exc:
            raise ModelError(f"cannot read the relation model {path}: {exc}") from exc


@functools.lru_cache(maxsize=4)
def load_model(path: str | None = None) -> RelationModel:
    """The relation model at ``path`` (default: the shipped one), loaded once per process."""
    where = Path(path) if path else DEFAULT_MODEL_PATH
    if not where.is_file():
        raise ModelError(f"the relation model {where} does not exist; train it with `make -C training relations`")
    return RelationModel.read(where)
