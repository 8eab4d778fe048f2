"""A multinomial logistic regression over sparse features, as a NumPy file: what teia's trained
components share (the relation classifier, :mod:`teia.extract.classifier.model`; the mention
type model, :mod:`teia.extract.mention_types`).

A model is its feature names, one weight row per feature (stored as float16), one bias per
label, the labels and a temperature (the logits are divided by it, so that the probabilities are
calibrated). An instance is the set of its feature names: its logits are the sum of the rows of
the features the model knows plus the biases. Each model adds its own fields (the relation
classifier's per-relation thresholds, the type model's retyping threshold) through
:meth:`SoftmaxModel.extra_arrays` and :meth:`SoftmaxModel.extra_fields`. A file is read with
its shapes checked: any fault is one :class:`~teia.errors.ModelError` line. Nothing is read at
import time; :func:`cached_model` reads a file on first use and keeps it for the process.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, TypeVar

import numpy as np

from teia.errors import ModelError

__all__ = ["SoftmaxModel", "cached_model", "softmax"]

M = TypeVar("M", bound="SoftmaxModel")


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


@dataclass
class SoftmaxModel:
    features: Sequence[str]
    weights: np.ndarray  # (n_features, n_labels)
    bias: np.ndarray  # (n_labels,)
    labels: Sequence[str]
    temperature: float = 1.0
    index: dict[str, int] = field(init=False, repr=False)

    KIND: ClassVar[str] = "sparse softmax model"
    """What the model is called in its errors (``relation model``, ``type model``)."""
    TRAIN: ClassVar[str] = ""
    """The command that writes the shipped file, named when it is missing."""

    def __post_init__(self) -> None:
        weights, bias = np.asarray(self.weights), np.asarray(self.bias)
        if weights.ndim != 2 or weights.shape != (len(self.features), len(self.labels)) or bias.shape != (len(self.labels),):
            raise ModelError(
                f"{self.KIND}: weights {weights.shape} and bias {bias.shape} "
                f"do not match {len(self.features)} features and {len(self.labels)} labels"
            )
        if not self.temperature > 0:
            raise ModelError(f"{self.KIND}: temperature must be positive, not {self.temperature}")
        self.index = {f: i for i, f in enumerate(self.features)}
        # float32 rows plus a zero row at the end (what an instance without known features sums)
        self._rows = np.vstack([weights.astype(np.float32), np.zeros((1, len(self.labels)), dtype=np.float32)])

    def probabilities(self, features: Iterable[str]) -> np.ndarray:
        """The calibrated probability of every label for one instance."""
        rows = [self.index[f] for f in features if f in self.index]
        z = self._rows[rows].sum(axis=0) + self.bias if rows else np.asarray(self.bias, dtype=np.float32)
        return softmax(np.asarray(z, dtype=np.float64) / self.temperature)

    def predict(self, features: Iterable[str]) -> tuple[str, float]:
        """The most probable label and its probability."""
        p = self.probabilities(features)
        k = int(p.argmax())
        return self.labels[k], float(p[k])

    def probabilities_many(self, instances: Sequence[Iterable[str]]) -> np.ndarray:
        """:meth:`probabilities` of many instances at once, one row each (one matrix operation
        for a whole doc)."""
        if not instances:
            return np.zeros((0, len(self.labels)))
        rows: list[int] = []
        starts: list[int] = []
        for features in instances:
            starts.append(len(rows))
            rows.extend(self.index[f] for f in features if f in self.index)
        # the zero row closes the index list, so a last instance without known features is in range
        idx = np.array(rows + [len(self._rows) - 1], dtype=np.int64)
        bounds = np.array(starts, dtype=np.int64)
        z = np.add.reduceat(self._rows[idx], bounds, axis=0)
        empty = np.diff(np.append(bounds, len(rows))) == 0
        z[empty] = 0.0
        return softmax((z.astype(np.float64) + self.bias) / self.temperature)

    def predict_many(self, instances: Sequence[Iterable[str]]) -> list[tuple[str, float]]:
        """:meth:`predict` for many instances at once."""
        p = self.probabilities_many(instances)
        best = p.argmax(axis=1)
        return [(self.labels[k], float(p[i, k])) for i, k in enumerate(best)]

    @classmethod
    def compact(cls: type[M], features: Sequence[str], weights: np.ndarray, bias: np.ndarray, labels: Sequence[str],
                temperature: float, min_weight: float = 1e-3, **extra: Any) -> M:
        """A model of freshly fitted weights, as it is shipped: the features whose weights are all
        under ``min_weight`` in absolute value dropped, the rest stored as float16."""
        keep = np.abs(weights).max(axis=1) >= min_weight
        return cls(
            features=[f for f, k in zip(features, keep) if k],
            weights=weights[keep].astype(np.float16),
            bias=np.asarray(bias).astype(np.float32),
            labels=list(labels),
            temperature=temperature,
            **extra,
        )

    # --- the file ---------------------------------------------------------------------------

    def extra_arrays(self) -> dict[str, np.ndarray]:
        """The arrays a subclass stores beside the weights."""
        return {}

    @classmethod
    def extra_fields(cls, data: Mapping[str, np.ndarray]) -> dict[str, Any]:
        """A subclass's own fields, read from the arrays of its file."""
        return {}

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            features=np.array(self.features, dtype=str),
            weights=self.weights,
            bias=self.bias,
            labels=np.array(self.labels, dtype=str),
            temperature=np.array(self.temperature),
            **self.extra_arrays(),
        )

    @classmethod
    def read(cls: type[M], path: Path) -> M:
        try:
            with np.load(path, allow_pickle=False) as data:
                return cls(
                    features=[str(f) for f in data["features"]],
                    weights=data["weights"],
                    bias=data["bias"],
                    labels=[str(x) for x in data["labels"]],
                    temperature=float(data["temperature"]),
                    **cls.extra_fields(data),
                )
        except (OSError, KeyError, ValueError, TypeError) as exc:
            reason = " ".join(str(exc).split())  # one line, whatever NumPy says
            raise ModelError(f"cannot read the {cls.KIND} {path}: {reason}") from exc


@functools.lru_cache(maxsize=8)
def cached_model(cls: type[M], path: Path) -> M:
    """The model of class ``cls`` in the file ``path``, read once per process."""
    if not path.is_file():
        how = f"; train it with `{cls.TRAIN}`" if cls.TRAIN else ""
        raise ModelError(f"the {cls.KIND} {path} does not exist{how}")
    return cls.read(path)
