"""Join the trained pipelines into one: the syntax pipeline (tok2vec, morphologizer,
trainable_lemmatizer, parser), the ``senter`` of the sentence pipeline (placed before the
parser, which keeps the boundaries it sets) and the ``ner`` component of the NER pipeline.

The ``ner`` model embeds its own tok2vec (no listener), so sourcing it is enough. The
``senter`` listens to its own pipeline's ``tok2vec``: that encoder is first copied into
the senter (``replace_listeners``) so it never listens to the syntax tok2vec.

    python assemble.py [--syntax output/syntax/model-best] [--senter output/senter/model-best]
                       [--ner output/ner/model-best] [--out output/pt_teia]

``--senter none`` leaves sentence boundaries to the parser; ``--senter`` may also name an
assembled pipeline (``../teia/models/pt_teia``) whose senter owns its encoder.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import spacy

HERE = Path(__file__).resolve().parent

META = {
    "name": "pt_teia",
    "version": "0.2.0",
    "description": (
        "Portuguese pipeline of teia: CNN tok2vec, morphologizer, trainable lemmatizer, "
        "sentence segmenter, dependency parser (UD Portuguese-Bosque) and NER with PER, ORG, "
        "LOC, DATE, EVENT, WORK, CONCEPT, VALUE (HAREM I, Paramopama, WikiANN). No word vectors."
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


def assemble(syntax: Path, ner: Path, out: Path, senter: Path | None = None) -> spacy.Language:
    nlp = spacy.load(syntax)
    if senter is not None:
        senter_nlp = spacy.load(senter)
        # a senter trained by configs/senter.cfg listens to its pipeline's tok2vec; one taken
        # from an assembled pipeline (such as the shipped pt_teia) already owns its encoder
        if "tok2vec" in senter_nlp.pipe_names and "senter" in senter_nlp.get_pipe("tok2vec").listening_components:
            senter_nlp.replace_listeners("tok2vec", "senter", ["model.tok2vec"])
        nlp.add_pipe("senter", source=senter_nlp, name="senter", before="parser")
    ner_nlp = spacy.load(ner)
    nlp.add_pipe("ner", source=ner_nlp, name="ner")
    nlp.meta.update(META)
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
    ap.add_argument("--out", type=Path, default=HERE / "output" / "pt_teia")
    args = ap.parse_args()
    senter = None if args.senter == "none" else Path(args.senter)
    for option, path in (("--syntax", args.syntax), ("--senter", senter), ("--ner", args.ner)):
        if path is not None and not (path / "config.cfg").is_file():
            sys.exit(f"assemble.py: {option} {path} is not a trained spaCy pipeline (no config.cfg); train it first")
    nlp = assemble(args.syntax, args.ner, args.out, senter)
    print(f"assembled {nlp.pipe_names} into {args.out}")


if __name__ == "__main__":
    main()
