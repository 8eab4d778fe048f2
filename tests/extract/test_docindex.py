"""teia.extract.docindex: the parse read from a Doc's arrays answers what spaCy's ``Token``
properties answer, on every token of parsed documents."""

from __future__ import annotations

import pytest
from spacy.lang.pt import Portuguese

from teia.extract.docindex import dependents, doc_text, doc_words, end_of_line, has_dependent, morph_values, start_of_line, tree
from teia.extract.labels import CASE, CONJ, COP, NAME_PARTS, NSUBJ, NSUBJ_PASS

LABEL_SETS = [(CASE,), (COP,), (CONJ,), (NSUBJ, NSUBJ_PASS), NAME_PARTS, ("det", "nmod:poss"), ("punct",)]


@pytest.fixture(scope="module")
def docs(parsed_corpus):
    return parsed_corpus


def test_children_and_labels_are_spacys(docs):
    for doc in docs:
        t = tree(doc)
        assert t.deps == [tok.dep_ for tok in doc]
        assert t.children == [[c.i for c in tok.children] for tok in doc]
        assert t.heads == [tok.head.i for tok in doc]
        assert tree(doc) is t  # read once per Doc


def test_dependents_and_has_dependent_are_the_children_tests(docs):
    seen = 0
    for doc in docs:
        for tok in doc:
            for labels in LABEL_SETS:
                expected = [c.i for c in tok.children if c.dep_ in labels]
                assert [c.i for c in dependents(tok, labels)] == expected
                assert has_dependent(tok, labels) == bool(expected)
                seen += bool(expected)
    assert seen > 100  # the label sets do occur


def test_a_doc_of_another_length_is_read_again(docs):
    doc = docs[0]
    shorter = doc[: len(doc) // 2].as_doc()
    shorter.user_data.update(doc.user_data)  # a Doc made with another one's user data
    assert tree(shorter).children == [[c.i for c in tok.children] for tok in shorter]
    assert doc_words(shorter) == [tok.text for tok in shorter]
    assert doc_text(doc) == doc.text
    assert [morph_values(tok, "Number") for tok in shorter] == [tok.morph.get("Number") for tok in shorter]


FIELDS = ["VerbForm", "Mood", "Tense", "Person", "Number", "Gender", "PronType", "Polarity"]


def test_morph_values_are_spacys_for_every_token_and_field(docs):
    seen = set()
    for doc in docs:
        for tok in doc:
            for field in FIELDS:
                values = morph_values(tok, field)
                assert values == tok.morph.get(field)
                assert type(values) is list
                seen.update(f"{field}={v}" for v in values)
    assert {"VerbForm=Fin", "VerbForm=Inf", "Mood=Sub", "Number=Plur", "Person=3", "PronType=Rel"} <= seen


def test_morph_values_are_a_fresh_list_each_time(docs):
    tok = next(t for t in docs[0] if t.morph.get("Number"))
    morph_values(tok, "Number").append("changed")
    assert morph_values(tok, "Number") == tok.morph.get("Number")


def test_line_bounds_are_the_text_searches(docs):
    seen = 0
    for doc in docs:
        text = doc_text(doc)
        for char in range(len(text) + 1):
            assert start_of_line(doc, char) == text.rfind("\n", 0, char) + 1
            end = text.find("\n", char)
            assert end_of_line(doc, char) == (end if end >= 0 else len(text))
        seen += text.count("\n")
    assert seen  # the corpus has line breaks


def test_line_bounds_of_a_text_without_breaks_and_one_made_of_them():
    nlp = Portuguese()
    one = nlp("Lenin nasceu em Simbirsk. Morreu em Gorki.")
    assert start_of_line(one, 30) == 0 and end_of_line(one, 0) == len(doc_text(one))
    breaks = nlp("A\n\nB\nC")
    text = doc_text(breaks)
    assert [start_of_line(breaks, c) for c in range(len(text) + 1)] == [0, 0, 2, 3, 3, 5, 5]
    assert [end_of_line(breaks, c) for c in range(len(text) + 1)] == [1, 1, 2, 4, 4, 6, 6]


def _broken_line(space_dep: str, space_head: int, name_head: int):
    """``Ele saiu .``, a line break, ``Virgília enxugou .``: the line break's and the name's heads given."""
    from spacy.tokens import Doc

    words = ["Ele", "saiu", ".", "\n", "Virgília", "enxugou", "."]
    return Doc(Portuguese().vocab, words=words, spaces=[True, False, False, False, True, False, False],
               deps=["nsubj", "ROOT", "punct", space_dep, "nsubj", "ROOT", "punct"],
               heads=[1, 1, 1, space_head, name_head, 5, 5])


def test_a_head_past_a_line_break_is_the_word_the_line_break_hangs_on():
    # "Ele saiu.\nVirgília enxugou.": a parser taught MAC-MORPHO's tags makes the line break the subject of "enxugou" and hangs
    # "Virgília" on it (issue 17, P68n): the name's head is the verb past the line break
    from teia.extract.docindex import head_past_space

    assert head_past_space(_broken_line("nsubj", 5, 3), 4) == 5
    assert head_past_space(_broken_line("mark", 5, 5), 4) == 5  # the shipped parse: the verb itself
    assert head_past_space(_broken_line("nsubj", 5, 5), 1) == 1  # a root is its own head
