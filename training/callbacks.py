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
