"""MAC-MORPHO's POS tags as a second task for the syntax encoder (issue 17, multi-task learning).

Two outputs, both build artefacts under ``corpus/`` (git-ignored):

* ``--out``: MAC-MORPHO's sentences (Folha de São Paulo 1994) in source order as a ``.spacy``
  file, one sentence a doc, on the surface tokens Bosque uses (contractions joined, ``do``
  tagged ``PREP+ART``: ``raw_corpus.mac_morpho_tagged``), the tag in ``token.tag_`` and
  nothing else: no heads, dependencies, POS, morphology or lemmas, which the parser, the
  morphologizer and the lemmatizer treat as missing (the parser skips a doc without a
  dependency label, the other two a token whose value is empty). Bosque's docs leave
  ``tag_`` empty, which the tagger treats as missing in turn. A sentence repeating one
  already kept, or sharing an 8-gram with a held-out text (``raw_corpus.held_out_texts``:
  Bosque dev/test, HAREM I test, Paramopama test, HAREM II dev), is dropped.
* ``--config-out``: ``configs/syntax.cfg`` with a ``tagger`` component added that listens to
  the shared ``tok2vec``, and the parser's actions read from ``--parser-labels`` (``spacy
  init labels`` on ``configs/syntax.cfg``, i.e. Bosque alone): initialized on the mixed
  corpus, the parser would count every MAC-MORPHO token, whose head is itself and whose
  label is empty, as a root with an empty label.

    python mac_morpho_tags.py --data ../../shared/data --out corpus/mac-morpho-tags.spacy \\
        --config-out corpus/syntax-mm.cfg --parser-labels corpus/syntax-labels/parser.json

* ``--source MODEL`` (instead of the above): ``--config`` (the multi-task config) with every
  component sourced from the trained pipeline MODEL, for a second stage that goes on from
  its weights (``make train-syntax-mm2``).

    python mac_morpho_tags.py --config corpus/syntax-mm.cfg --source OUT/model-best \\
        --config-out corpus/syntax-mm-stage.cfg --train corpus/bosque-train-mm7018-skip7018.spacy

  ``--train`` leaves missing in that training file each tag the sourced tagger lacks.
"""

from __future__ import annotations

import argparse
import io
import sys
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from thinc.api import Config

sys.path.insert(0, str(Path(__file__).resolve().parent))
import raw_corpus  # noqa: E402  (MAC-MORPHO's tagged words, the held-out filter)

HERE = Path(__file__).resolve().parent
# no MAC-MORPHO tag opens with it (multitask_config)
NEG_PREFIX = "NOT:"


def tagged_sentences(data: Path) -> Iterator[list[tuple[str, str]]]:
    """MAC-MORPHO's sentences as ``(word, tag)`` pairs, its files in name order (the order of
    ``raw_corpus.mac_morpho``)."""
    with zipfile.ZipFile(data / "raw-pt" / "mac_morpho.zip") as z:
        for name in sorted(z.namelist()):
            if name.endswith(".txt"):
                with z.open(name) as raw:
                    yield from raw_corpus.mac_morpho_tagged(io.TextIOWrapper(raw, encoding="iso-8859-1"))


def tagged_doc(vocab, sent: list[tuple[str, str]]) -> Doc:
    """One sentence as a Doc with its tags only; the spaces between words are those of
    ``raw_corpus.join_words_at``."""
    words = [w for w, _ in sent]
    text, starts = raw_corpus.join_words_at(words)
    spaces = [k + 1 < len(words) and starts[k + 1] > starts[k] + len(w) for k, w in enumerate(words)]
    return Doc(vocab, words=words, spaces=spaces, tags=[t for _, t in sent])


def build(sents, flt: raw_corpus.Filter, nlp, limit: int = 0) -> tuple[list[Doc], Counter]:
    """The kept sentences as tagged Docs (at most ``limit``, 0: all) and the filter's counts."""
    docs: list[Doc] = []
    counts: Counter = Counter()
    for sent in sents:
        doc = tagged_doc(nlp.vocab, sent)
        verdict = flt.check([t.text for t in nlp.make_doc(doc.text) if not t.is_space])
        counts[verdict] += 1
        if verdict == "kept":
            docs.append(doc)
            if limit and len(docs) >= limit:
                break
    return docs, counts


def multitask_config(base: Path, parser_labels: Path) -> Config:
    """``base`` (``configs/syntax.cfg``) with a ``tagger`` listening to its ``tok2vec`` (its
    accuracy is not part of the model-selection score) and the parser's actions read from
    ``parser_labels``."""
    config = Config().from_disk(base, interpolate=False)
    config["nlp"]["pipeline"] = [*config["nlp"]["pipeline"], "tagger"]
    config["components"]["tagger"] = {
        "factory": "tagger",
        "label_smoothing": 0.0,
        # spaCy reads a tag opening with its default neg_prefix "!" as "not this tag", and
        # MAC-MORPHO tags the exclamation mark "!"
        "neg_prefix": NEG_PREFIX,
        "overwrite": False,
        "scorer": {"@scorers": "spacy.tagger_scorer.v1"},
        "model": {
            "@architectures": "spacy.Tagger.v2",
            "nO": None,
            "normalize": False,
            "tok2vec": {
                "@architectures": "spacy.Tok2VecListener.v1",
                "width": "${components.tok2vec.model.encode.width}",
                "upstream": "tok2vec",
            },
        },
    }
    config["initialize"]["components"]["parser"] = {
        "labels": {"@readers": "spacy.read_labels.v1", "path": str(parser_labels), "require": True},
    }
    config["training"]["score_weights"]["tag_acc"] = None
    return config


def stage_config(base: Path, source: Path) -> Config:
    """``base`` (the multi-task config) for a second stage: every component of its pipeline
    sourced with its weights from the trained pipeline ``source`` (the tagger and the
    listeners with the encoder they listen to), so ``spacy train`` goes on from there instead
    of initializing; the parser's labels come with it. The sourced lemmatizer needs its map
    from edit tree to label rebuilt (``teia.resume_lemmatizer.v1`` in ``callbacks.py``)."""
    config = Config().from_disk(base, interpolate=False)
    for name in config["nlp"]["pipeline"]:
        config["components"][name] = {"source": str(source)}
    config["initialize"]["components"] = {}
    config["initialize"]["after_init"] = {"@callbacks": "teia.resume_lemmatizer.v1"}
    return config


def known_tags_only(path: Path, tagger_labels: Iterable[str]) -> int:
    """Rewrite the training file ``path`` with each tag the sourced tagger does not know
    (MAC-MORPHO sentences a first stage never saw: a typo such as ``.-``) left missing,
    since its fixed output layer has no row for it; returns how many were blanked."""
    known = set(tagger_labels)
    vocab = spacy.blank("pt").vocab
    docs = list(DocBin().from_disk(path).get_docs(vocab))
    blanked = 0
    for doc in docs:
        for token in doc:
            if token.tag_ and token.tag_ not in known:
                token.tag_ = ""
                blanked += 1
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return blanked


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=HERE.parents[1] / "shared" / "data")
    ap.add_argument("--out", type=Path, default=Path("corpus/mac-morpho-tags.spacy"))
    ap.add_argument("--limit", type=int, default=0, help="keep at most this many sentences (0: all)")
    ap.add_argument("--config", type=Path, default=HERE / "configs" / "syntax.cfg")
    ap.add_argument("--config-out", type=Path, default=None, help="also write the multi-task config here")
    ap.add_argument("--parser-labels", type=Path, default=Path("corpus/syntax-labels/parser.json"))
    ap.add_argument("--source", type=Path, default=None,
                    help="instead: write --config (the multi-task config) to --config-out with every "
                         "component sourced from this trained pipeline (a second stage)")
    ap.add_argument("--train", type=Path, default=None,
                    help="with --source: leave missing in this training file the tags its tagger lacks")
    args = ap.parse_args(argv)
    if args.source is not None:
        if not (args.source / "config.cfg").is_file() or (args.config_out is None and args.train is None):
            sys.exit("--source needs a trained pipeline folder and --config-out or --train")
        if args.config_out is not None:
            args.config_out.parent.mkdir(parents=True, exist_ok=True)
            stage_config(args.config, args.source).to_disk(args.config_out)
            print(f"{args.config}, every component from {args.source} -> {args.config_out}")
        if args.train is not None:
            labels = spacy.load(args.source).get_pipe("tagger").labels
            print(f"{known_tags_only(args.train, labels)} tags the tagger lacks left missing in {args.train}")
        return
    if not args.data.is_dir():
        sys.exit(f"corpus folder {args.data} not found")  # before anything is written
    if args.config_out is not None:
        args.config_out.parent.mkdir(parents=True, exist_ok=True)
        multitask_config(args.config, args.parser_labels).to_disk(args.config_out)
        print(f"{args.config} + tagger -> {args.config_out}")
    nlp = spacy.blank("pt")
    flt = raw_corpus.Filter(raw_corpus.tokenizer(nlp), raw_corpus.held_out_texts(args.data))
    docs, counts = build(tagged_sentences(args.data), flt, nlp, args.limit)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, attrs=["ORTH", "TAG"], store_user_data=False).to_disk(args.out)
    words = sum(len(d) for d in docs)
    print(f"MAC-MORPHO: {counts['kept']} kept, {counts['duplicate']} duplicate, {counts['held-out']} sharing "
          f"an 8-gram with held-out text; {len(docs)} docs, {words} words -> {args.out}")


if __name__ == "__main__":
    main()
