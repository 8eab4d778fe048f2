"""training/silver.py: Wikipedia titles as silver NER labels, on sentences written here
(no dependency on /work/shared/data)."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def silver(training_module):
    return training_module("silver")


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("pt")


@pytest.fixture()
def gazetteer(silver, nlp):
    g = silver.Gazetteer(lambda t: [x.text for x in nlp.make_doc(t)])
    for url, label in [
        ("http://pt.wikipedia.org/wiki/Rio_de_Janeiro", "LOC"),
        ("http://pt.wikipedia.org/wiki/Rio_(banda)", "ORG"),
        ("http://pt.wikipedia.org/wiki/Paris", "LOC"),
        ("http://pt.wikipedia.org/wiki/Paris_(mitologia)", "PER"),
        ("http://pt.wikipedia.org/wiki/Machado_de_Assis", "PER"),
        ("http://pt.wikipedia.org/wiki/Como", "LOC"),
        ("http://pt.wikipedia.org/wiki/Academia_Brasileira_de_Letras", "ORG"),
        ("http://pt.wikipedia.org/wiki/ascens%C3%A3o", "LOC"),
    ]:
        for form in silver.title_forms(url):
            g.add(form, label)
    return g


def test_title_forms(silver):
    assert silver.title_forms("http://pt.wikipedia.org/wiki/Itamb%C3%A9_(Bahia)") == ["Itambé (Bahia)", "Itambé"]
    assert silver.title_forms("http://pt.wikipedia.org/wiki/Vladimir_Lenin") == ["Vladimir Lenin"]


def _tags(doc):
    return [(t.text, t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "")) for t in doc]


def test_longest_single_type_names_become_entities(silver, nlp, gazetteer):
    words = "Machado de Assis nasceu no Rio de Janeiro e entrou na Academia Brasileira de Letras .".split()
    doc = silver.annotate(nlp.vocab, words, gazetteer, common=set())
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Machado de Assis", "PER"), ("Rio de Janeiro", "LOC"), ("Academia Brasileira de Letras", "ORG"),
    ]
    assert _tags(doc)[3:5] == [("nasceu", "O"), ("no", "O")]


def test_ambiguous_common_and_unknown_names_are_missing_not_o(silver, nlp, gazetteer):
    # "Paris" is LOC and PER (its disambiguated form), "Rio" alone is ORG only,
    # "Como" is a LOC title but mostly a lower-case word, "Pedro" no title at all
    sents = [
        "Como Pedro visitou Paris em 1900 , foi ao Rio .".split(),
        "Ele perguntou como foi .".split(),
    ]
    common = silver.lowercase_words(sents)
    assert "como" in common and "paris" not in common
    doc = silver.annotate(nlp.vocab, sents[0], gazetteer, common)
    assert _tags(doc) == [
        ("Como", ""), ("Pedro", ""), ("visitou", "O"), ("Paris", ""), ("em", "O"), ("1900", ""),
        (",", "O"), ("foi", "O"), ("ao", "O"), ("Rio", "B-ORG"), (".", "O"),
    ]


def test_names_must_start_with_a_capital(silver, nlp, gazetteer):
    doc = silver.annotate(nlp.vocab, "a ascensão do rei".split(), gazetteer, common=set())
    assert doc.ents == () and all(t.ent_iob_ == "O" for t in doc)


def test_combine_appends_the_first_silver_docs(silver, nlp, tmp_path):
    from spacy.tokens import DocBin

    DocBin(docs=[nlp.make_doc("Texto de ouro .")]).to_disk(tmp_path / "base.spacy")
    DocBin(docs=[nlp.make_doc(f"Frase {k} .") for k in range(5)]).to_disk(tmp_path / "silver.spacy")
    out = tmp_path / "both.spacy"
    assert silver.combine(tmp_path / "base.spacy", tmp_path / "silver.spacy", 3, out) == (1, 3)
    texts = [d.text for d in DocBin().from_disk(out).get_docs(nlp.vocab)]
    assert texts == ["Texto de ouro .", "Frase 0 .", "Frase 1 .", "Frase 2 ."]


def test_combine_skips_the_first_silver_docs_for_a_second_stage(silver, nlp, tmp_path):
    from spacy.tokens import DocBin

    DocBin(docs=[nlp.make_doc("Texto de ouro .")]).to_disk(tmp_path / "base.spacy")
    DocBin(docs=[nlp.make_doc(f"Frase {k} .") for k in range(6)]).to_disk(tmp_path / "silver.spacy")
    out = tmp_path / "both.spacy"
    assert silver.combine(tmp_path / "base.spacy", tmp_path / "silver.spacy", 2, out, skip=3) == (1, 2)
    texts = [d.text for d in DocBin().from_disk(out).get_docs(nlp.vocab)]
    assert texts == ["Texto de ouro .", "Frase 3 .", "Frase 4 ."]
    # past the end: what is left
    assert silver.combine(tmp_path / "base.spacy", tmp_path / "silver.spacy", 5, out, skip=4) == (1, 2)
