"""Registered functions the training configs name (imported by ``train.py``).

``teia.load_ner_tok2vec.v1``: an ``[initialize.after_init]`` callback that loads the
encoder weights written by ``spacy pretrain configs/ner-pretrain.cfg`` into the CNN
tok2vec inside the NER model. spaCy's own ``[initialize] init_tok2vec`` cannot do it: the
NER model owns its tok2vec (no listener, so ``assemble.py`` can source it), and the layer
that model exposes as ``tok2vec`` is that encoder followed by a projection, whose shape
differs from the pretrained one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from spacy import Language
from spacy.util import registry


@registry.callbacks("teia.load_ner_tok2vec.v1")
def make_load_ner_tok2vec(path: str | None) -> Callable[[Language], Language]:
    def load(nlp: Language) -> Language:
        if path is None:
            return nlp
        weights = Path(path)
        if not weights.is_file():
            raise FileNotFoundError(f"pretrained NER encoder not found: {weights}")
        projection = nlp.get_pipe("ner").model.get_ref("tok2vec")
        # chain(encoder, list2array, Linear): the encoder is its first layer
        projection.layers[0].from_bytes(weights.read_bytes())
        return nlp

    return load


@registry.callbacks("teia.resume_lemmatizer.v1")
def make_resume_lemmatizer() -> Callable[[Language], Language]:
    """An ``[initialize.after_init]`` callback for a second training stage whose
    ``trainable_lemmatizer`` is sourced from a trained pipeline: spaCy 3.8's
    ``EditTreeLemmatizer.from_disk`` loads its labels (edit-tree ids) and trees but leaves the
    map from tree to label that training reads empty, so every gold lemma would count as
    label 0 and the lemmatizer unlearn (dev lemma accuracy 96.6 → 65.8 within 50 steps). The
    map is rebuilt from the labels, as ``initialize`` builds it. ``nlp.components``: spaCy
    runs this with the sourced components disabled, out of ``nlp.pipeline``."""

    def resume(nlp: Language) -> Language:
        for _, proc in nlp.components:
            if hasattr(proc, "tree2label") and not proc.tree2label:
                proc.tree2label.update((tree, label) for label, tree in enumerate(proc.labels))
        return nlp

    return resume
