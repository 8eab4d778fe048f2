"""A bracket the source text glues to the word before it (issue 17, P50a): ``Kunal
Nayyar(Londres, 30 de abril de 1981)`` is ``Nayyar``, ``(``, ``Londres``, so that the name ends
at the bracket (``teia.extract.glued``); a word's optional ending (``aluno(a)``) and a chemical
formula (``Ca(OH)2``) are left whole. A comma glued between a letter and a digit (P50l):
``Janeiro,1907`` is ``Janeiro``, ``,``, ``1907``; a decimal's (``1,5``) is left whole."""

from __future__ import annotations

import pytest
import spacy

from teia.extract.entities import MENTIONS
from teia.extract.glued import GLUED_BRACKET, split_glued_brackets
from teia.extract.model import shipped_model_path
from teia.extract.pipeline import PipelineConfig, create_pipeline

needs_model = pytest.mark.skipif(
    not (shipped_model_path() / "config.cfg").is_file(), reason="shipped pipeline not built (run `make model`)"
)


def tokens(nlp, text: str) -> list[str]:
    return [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kunal Nayyar(Londres, 1981)", ["Kunal", "Nayyar", "(", "Londres", ",", "1981", ")"]),
        ("Boiadeiros(Exceto os Suíços)", ["Boiadeiros", "(", "Exceto", "os", "Suíços", ")"]),
        ("a Foundation(FSF) e", ["a", "Foundation", "(", "FSF", ")", "e"]),
        ("reeleita(2009-2012)", ["reeleita", "(", "2009-2012", ")"]),
        ("do CNPq)(retirado do site)", ["do", "CNPq", ")", "(", "retirado", "do", "site", ")"]),
        ('o Brasil"(riso)', ["o", "Brasil", '"', "(", "riso", ")"]),
        ("do Boqueirão(entrada da cidade)", ["do", "Boqueirão", "(", "entrada", "da", "cidade", ")"]),
        ("ano(Economia).Pratico", ["ano", "(", "Economia", ")", ".", "Pratico"]),
        # a comma glued between a letter and a digit (P50l): spaCy cuts it between two letters only
        ("Alim Pedro (Rio de Janeiro,1907)", ["Alim", "Pedro", "(", "Rio", "de", "Janeiro", ",", "1907", ")"]),
        ("o canal VH1,junto com", ["o", "canal", "VH1", ",", "junto", "com"]),
        ("criada em 1986,por ele", ["criada", "em", "1986", ",", "por", "ele"]),
        ("Pelican Books,1961, ISBN", ["Pelican", "Books", ",", "1961", ",", "ISBN"]),
    ],
)
def test_a_bracket_glued_to_the_word_before_it_is_a_token_of_its_own(text, expected):
    nlp = spacy.blank("pt")
    assert tokens(nlp, text) != expected  # spaCy's own tokenizer leaves it glued
    split_glued_brackets(nlp)
    assert tokens(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "o aluno(a) chegou",
        "professor(es)",
        "filho(s)",
        "o Ca(OH)2 reage",
        "f(X) = 2",
        # a comma between two digits or inside a web address (P50l)
        "custa 1,5 milhões",
        "pi é 3,14",
        "os anos 1,2,3",
        "R$1,50",
        "0,5mg",
        "http://g1.globo.com/a/0,,MUL1-5602,00.html",
    ],
)
def test_an_optional_ending_or_a_formula_stays_as_the_tokenizer_left_it(text):
    nlp = spacy.blank("pt")
    before = tokens(nlp, text)
    split_glued_brackets(nlp)
    assert tokens(nlp, text) == before


def test_the_infixes_are_added_once_and_keep_the_tokenizer_s_own():
    nlp = spacy.blank("pt")
    split_glued_brackets(nlp)
    split_glued_brackets(nlp)  # pipelines are cached per process: built again, not given them twice
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    assert pattern.count(GLUED_BRACKET) == 1
    assert tokens(nlp, "Nayyar(Londres") == ["Nayyar", "(", "Londres"]
    assert tokens(nlp, "o Rio...e") == ["o", "Rio", "...", "e"]  # spaCy's own infix still cuts
    assert tokens(nlp, "A,B e Lisboa,Portugal") == ["A", ",", "B", "e", "Lisboa", ",", "Portugal"]  # and its comma's


def test_the_pipeline_splits_a_glued_bracket():
    nlp = create_pipeline(PipelineConfig(model="blank"))
    assert tokens(nlp, "Kunal Nayyar(Londres)") == ["Kunal", "Nayyar", "(", "Londres", ")"]


@needs_model
@pytest.mark.parametrize(
    "text,name,not_name",
    [
        # Wikipedia leads and HAREM I train (a web page's "CNPq)(retirado", a transcript's 'Brasil"(riso')
        ("Kunal Nayyar(Londres, 30 de abril de 1981) é um ator britânico.", "Kunal Nayyar", "Kunal Nayyar(Londres"),
        ("Fale com a Assessoria de Comunicacao Social do CNPq)(retirado do site).", "Assessoria de Comunicacao Social do CNPq", "Assessoria de Comunicacao Social do CNPq)(retirado"),
        # a comma glued before a digit (P50l; Wikipedia leads, source order 71426 and 83630)
        ("Alim Pedro (Rio de Janeiro,1907 — Rio de Janeiro,1975) foi um engenheiro e político brasileiro.", "Rio de Janeiro", "Rio de Janeiro,1907"),
        ("Valery Nahayo (Bujumbura,15 de abril de 1984) é um futebolista do Burundi.", "Bujumbura", "Bujumbura,15 de abril de 1984"),
    ],
)
def test_shipped_pipeline_ends_the_name_at_the_glued_bracket_or_comma(text, name, not_name):
    names = [m.text for m in getattr(create_pipeline(PipelineConfig())(text)._, MENTIONS)]
    assert name in names
    assert not_name not in names


@needs_model
def test_a_capitalized_exceto_opens_no_name():
    nlp = create_pipeline(PipelineConfig())
    names = [m.text for m in getattr(nlp("Grupo 1: Cães Pastores e Boiadeiros(Exceto Boiadeiros Suíços) e mais.")._, MENTIONS)]
    assert "Boiadeiros Suíços" in names
    assert not any(n.startswith("Exceto") for n in names)

