"""The type model (issue 17, P64t): a mention's features, the model file, the retyping."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc, Span

from teia.errors import ModelError
from teia.extract.entities import DOC_ID_KEY, ENTITIES, MENTIONS, EntityGrouper, name_kind, spans_to_mentions
from teia.extract.mention_types import TYPE_LABELS, NameEvidence, TypeModel, load_type_model, name_evidence, retype_mentions, type_features
from teia.extract.resolve import group_mentions

# "O banco Itaú anunciou lucros no Brasil e o Itaú cresceu ." with a hand-written parse
WORDS = ["O", "banco", "Itaú", "anunciou", "lucros", "no", "Brasil", "e", "o", "Itaú", "cresceu", "."]
LEMMAS = ["o", "banco", "Itaú", "anunciar", "lucro", "em o", "Brasil", "e", "o", "Itaú", "crescer", "."]
POS = ["DET", "NOUN", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "CCONJ", "DET", "PROPN", "VERB", "PUNCT"]
DEPS = ["det", "nsubj", "appos", "ROOT", "obj", "case", "obl", "cc", "det", "nsubj", "conj", "punct"]
HEADS = [1, 3, 1, 3, 3, 6, 3, 10, 9, 10, 3, 3]
ITAU, BRASIL, ITAU2 = (2, 3), (6, 7), (9, 10)


def itau_doc(labels=("LOC", "LOC", "LOC")) -> Doc:
    nlp = spacy.blank("pt")
    spaces = [True] * len(WORDS)
    spaces[-2] = spaces[-1] = False
    doc = Doc(nlp.vocab, words=WORDS, spaces=spaces, lemmas=LEMMAS, pos=POS, deps=DEPS, heads=HEADS)
    doc.ents = [Span(doc, s, e, label=lab) for (s, e), lab in zip((ITAU, BRASIL, ITAU2), labels)]
    doc.user_data[DOC_ID_KEY] = "itau.txt"
    return doc


def tiny_model(threshold: float = 0.5, keep: tuple[str, ...] = (), feature: str = "b1=banco", label: str = "ORG") -> TypeModel:
    labels = list(TYPE_LABELS)
    w = np.zeros((1, len(labels)), dtype=np.float16)
    w[0, labels.index(label)] = 8.0
    return TypeModel(features=[feature], weights=w, bias=np.zeros(len(labels), dtype=np.float32), labels=labels,
                     threshold=threshold, keep=keep)


# --- features ---------------------------------------------------------------------------------


def test_features_of_a_name_after_its_kind_noun() -> None:
    doc = itau_doc()
    feats = type_features(doc[ITAU[0] : ITAU[1]], NameEvidence(category="LOC", source="ner", kind="ORG"))
    for f in ("w=itaú", "wl=itaú", "n=1", "s=title", "b1=banco", "b2=o_banco", "a1=anunciou", "a2=anunciou_lucros",
              "h=itaú", "dep=appos", "gov=appos:banco", "kind=ORG", "kb=-", "nt=-", "cat=LOC", "src=ner"):
        assert f in feats, f
    assert not any(f.startswith("also=") for f in feats)


def test_features_of_a_place_after_a_fused_preposition_read_the_governor_and_the_lists() -> None:
    doc = itau_doc()
    mentions = spans_to_mentions(doc.ents, "itau.txt")
    (span, evidence) = name_evidence(doc, mentions, name_kind(doc))[1]
    assert span.text == "Brasil" and evidence.listed_type == "LOC" and evidence.kind == ""
    feats = type_features(span, evidence)
    assert {"b1=no", "b2=lucros_no", "a1=e", "dep=obl", "gov=obl:anunciar", "nt=LOC"} <= set(feats)


def test_the_other_categories_of_the_same_name_in_the_doc_are_features() -> None:
    doc = itau_doc(labels=("ORG", "LOC", "LOC"))
    mentions = spans_to_mentions(doc.ents, "itau.txt")
    evidence = [ev for _, ev in name_evidence(doc, mentions, name_kind(doc))]
    assert evidence[0].kind == "ORG" and evidence[0].hard() == {"kind"}
    assert evidence[0].elsewhere == {"LOC"} and evidence[2].elsewhere == {"ORG"}
    assert evidence[1].elsewhere == frozenset()
    assert "also=ORG" in type_features(doc[ITAU2[0] : ITAU2[1]], evidence[2])


# --- the file ---------------------------------------------------------------------------------


def test_model_round_trip(tmp_path) -> None:
    path = tmp_path / "types.npz"
    tiny_model(threshold=0.7, keep=("kb", "kind")).save(path)
    again = load_type_model(str(path))
    assert again.threshold == 0.7 and again.keep == ("kb", "kind") and list(again.labels) == list(TYPE_LABELS)
    label, p = again.predict(["b1=banco", "unknown"])
    assert label == "ORG" and p > 0.99


def test_bad_model_files_are_one_line_errors(tmp_path) -> None:
    labels = list(TYPE_LABELS)
    with pytest.raises(ModelError, match="type model: weights .* do not match") as bad_shape:
        TypeModel(features=["a", "b"], weights=np.zeros((1, len(labels))), bias=np.zeros(len(labels)), labels=labels)
    assert "\n" not in str(bad_shape.value)
    with pytest.raises(ModelError, match="threshold must lie between 0 and 1"):
        tiny_model(threshold=1.5)
    with pytest.raises(ModelError, match="unknown evidence"):
        tiny_model(keep=("gut",))
    # a file whose bias has the wrong length: the checked shapes, one line naming the file
    path = tmp_path / "bad.npz"
    good = tiny_model()
    np.savez(path, features=np.array(good.features), weights=good.weights, bias=np.zeros(2), labels=np.array(good.labels),
             temperature=np.array(1.0), threshold=np.array(0.5), keep=np.array([], dtype=str))
    with pytest.raises(ModelError, match="do not match") as from_file:
        TypeModel.read(path)
    assert "\n" not in str(from_file.value)
    garbage = tmp_path / "garbage.npz"
    garbage.write_bytes(b"not numpy")
    with pytest.raises(ModelError, match="cannot read the type model") as unreadable:
        TypeModel.read(garbage)
    assert "\n" not in str(unreadable.value)
    no_threshold = tmp_path / "old.npz"
    np.savez(no_threshold, features=np.array(good.features), weights=good.weights, bias=good.bias, labels=np.array(good.labels),
             temperature=np.array(1.0))
    with pytest.raises(ModelError, match="cannot read the type model"):
        TypeModel.read(no_threshold)
    with pytest.raises(ModelError, match="does not exist; train it with `make -C training types`"):
        load_type_model(str(tmp_path / "missing.npz"))


# --- the retyping -----------------------------------------------------------------------------


def _mentions(doc: Doc):
    mentions = spans_to_mentions(doc.ents, "itau.txt")
    return mentions, (lambda ms: group_mentions(ms))


def _retype(doc, mentions, model, clusters):
    return retype_mentions(doc, mentions, model, clusters, name_kind(doc))


def test_a_confident_model_retypes_the_whole_cluster() -> None:
    doc = itau_doc()
    mentions, clusters = _mentions(doc)
    out = _retype(doc, mentions, tiny_model(), clusters)
    # both "Itaú" are one cluster: the first one's "banco" before it carries the second
    assert [m.category for m in out] == ["ORG", "LOC", "ORG"]
    assert [(m.start, m.end, m.source) for m in out] == [(m.start, m.end, m.source) for m in mentions]


def test_the_threshold_and_the_evidence_left_alone_stop_it() -> None:
    doc = itau_doc()
    mentions, clusters = _mentions(doc)
    # the cluster's mean probability of ORG is about (1 + 1/6) / 2: under 0.6
    assert [m.category for m in _retype(doc, mentions, tiny_model(threshold=0.6), clusters)] == ["LOC"] * 3
    # "o banco Itaú": a kind noun before the first mention, which the model is told to leave alone
    assert [m.category for m in _retype(doc, mentions, tiny_model(keep=("kind",)), clusters)] == ["LOC"] * 3
    # a model agreeing with the rules changes nothing
    same = tiny_model(label="LOC")
    assert _retype(doc, mentions, same, clusters) == mentions


def test_the_component_option_off_changes_nothing(tmp_path) -> None:
    path = tmp_path / "types.npz"
    tiny_model(feature="b1=no", label="PER").save(path)  # a wrong model: "no Brasil" a person
    on = EntityGrouper(None, type_model=True, type_model_path=str(path))(itau_doc())
    off = EntityGrouper(None, type_model=False, type_model_path=str(path))(itau_doc())
    plain = EntityGrouper(None)(itau_doc())
    categories = lambda doc: [(m.text, m.category) for m in doc._.get(MENTIONS)]  # noqa: E731
    assert categories(off) == categories(plain)
    assert ("Brasil", "LOC") in categories(off)
    assert ("Brasil", "PER") in categories(on) and ("Brasil", "LOC") not in categories(on)
    # the entities are grouped from the retyped mentions
    assert {e.type for e in on._.get(ENTITIES) if e.label == "Brasil"} == {"PER"}


def test_the_factory_option_reaches_the_component() -> None:
    nlp = spacy.blank("pt")
    assert nlp.add_pipe("teia_entities").type_model is False
    nlp2 = spacy.blank("pt")
    assert nlp2.add_pipe("teia_entities", config={"type_model": True, "type_model_path": "x.npz"}).type_model is True


def test_the_shipped_model_loads_with_its_choices() -> None:
    from teia.extract.mention_types import DEFAULT_TYPE_MODEL_PATH, EVIDENCE

    model = TypeModel.read(DEFAULT_TYPE_MODEL_PATH)
    assert tuple(model.labels) == TYPE_LABELS
    assert 0.5 <= model.threshold <= 1.0 and set(model.keep) <= set(EVIDENCE)
    assert len(model.features) > 1000 and model.temperature > 0
