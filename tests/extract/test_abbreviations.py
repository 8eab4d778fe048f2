"""Abbreviations ending with a period (issue 17): ``O Cmdt. João Filhó chegou`` is one sentence
whose person mention holds the name, because the tokenizer keeps ``Cmdt.`` whole
(``teia/extract/data/abbreviations.json``, extended by a lexicon file's ``abbreviations``)."""

from __future__ import annotations

import json

import pytest

from teia.errors import InputError
from teia.extract.abbreviations import SCHEMA, abbreviation_forms, abbreviation_lexicon
from teia.extract.model import shipped_model_path
from teia.extract.pipeline import PipelineConfig, create_pipeline

needs_model = pytest.mark.skipif(
    not (shipped_model_path() / "config.cfg").is_file(), reason="shipped pipeline not built (run `make model`)"
)


def write(path, data):
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def sentences(nlp, text: str) -> list[str]:
    return [s.text for s in nlp(text).sents]


def test_the_shipped_forms_are_checked_and_each_one_token():
    lexicon = abbreviation_lexicon()
    assert set(SCHEMA) <= set(lexicon.tables)
    forms = abbreviation_forms(lexicon)
    assert {"Cmdt.", "Profa.", "Prof.", "Eng.", "Ltda.", "séc."} <= set(forms)
    assert len(forms) == len(set(forms))
    nlp = create_pipeline(PipelineConfig(model="blank"))
    for form in forms:
        assert [t.text for t in nlp.make_doc(f"o {form} X")] == ["o", form, "X"], form


def test_blank_pipeline_keeps_the_name_after_a_title_in_its_sentence():
    nlp = create_pipeline(PipelineConfig(model="blank"))
    text = "O Cmdt. João Filhó chegou a Lisboa. A Profa. Maria Silva deu a aula no séc. XXI."
    assert sentences(nlp, text) == ["O Cmdt. João Filhó chegou a Lisboa.", "A Profa. Maria Silva deu a aula no séc. XXI."]


@needs_model
@pytest.mark.parametrize(
    "text,name",
    [
        ("O Cmdt. João Filhó chegou ontem a Lisboa.", "João Filhó"),
        ("A Profa. Maria Silva deu a aula de física.", "Maria Silva"),
        ("O Pe. António Vieira pregou em Lisboa.", "António Vieira"),
        ("O Eng. Carlos Ramos projetou a ponte.", "Carlos Ramos"),
        # HAREM I train: "O Paris St. Germain e o Bastia", "Soc. Cientificas" were cut at the period
        ("O Paris St. Germain venceu ontem o Bastia.", "Paris St. Germain"),
        ("A Soc. Brasileira de Química reuniu-se ontem.", "Soc. Brasileira de Química"),
    ],
)
def test_shipped_pipeline_one_sentence_and_the_name_in_a_mention(text, name):
    nlp = create_pipeline()
    doc = nlp(text)
    assert [s.text for s in doc.sents] == [text]
    assert any(name in m.text for m in doc._.teia_mentions), [(m.text, m.category) for m in doc._.teia_mentions]


@needs_model
def test_a_sentence_that_ends_with_an_abbreviation_is_still_cut():
    nlp = create_pipeline()
    assert sentences(nlp, "O contrato foi assinado com a empresa Silva & Filhos Ltda. O presidente falou ontem.") == [
        "O contrato foi assinado com a empresa Silva & Filhos Ltda.",
        "O presidente falou ontem.",
    ]


def test_a_lexicon_file_adds_forms_and_a_pipeline_built_without_it_drops_them(tmp_path):
    user = write(tmp_path / "abrev.json", {"version": 1, "abbreviations": {"titles": ["Bel.", "Cmdt."]}})
    assert abbreviation_forms(abbreviation_lexicon(user)).count("Cmdt.") == 1
    nlp = create_pipeline(PipelineConfig(model="blank", lexicons=(user,)))
    assert [t.text for t in nlp.make_doc("o Bel. Souza")] == ["o", "Bel.", "Souza"]
    nlp = create_pipeline(PipelineConfig(model="blank"))
    assert [t.text for t in nlp.make_doc("o Bel. Souza")] == ["o", "Bel", ".", "Souza"]
    assert [t.text for t in nlp.make_doc("o Cmdt. Souza")] == ["o", "Cmdt.", "Souza"]


@pytest.mark.parametrize("form", ["Prof", "Cmdt .", "12.", ".", ""])
def test_a_form_that_is_no_abbreviation_is_one_error(tmp_path, form):
    user = write(tmp_path / "abrev.json", {"version": 1, "abbreviations": {"names": [form]}})
    with pytest.raises(InputError, match=r"abrev\.json.*table 'names'") as err:
        abbreviation_lexicon(user)
    assert "\n" not in str(err.value)


def test_an_unknown_table_is_one_error(tmp_path):
    user = write(tmp_path / "abrev.json", {"version": 1, "abbreviations": {"ranks": ["Cmdt."]}})
    with pytest.raises(InputError, match="unknown table"):
        abbreviation_lexicon(user)



# --- abbreviated titles in the mention rules (teia.extract.entities) ------------------------


def _refined(text: str, pos: str, ents):
    from spacy.tokens import Doc, Span

    from teia.extract.entities import DOC_ID_KEY, refine_mentions, spans_to_mentions

    nlp = create_pipeline(PipelineConfig(model="blank"))
    words = text.split()
    doc = Doc(nlp.vocab, words=words, pos=pos.split(), lemmas=words, sent_starts=[i == 0 for i in range(len(words))])
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    doc.user_data[DOC_ID_KEY] = "d.txt"
    return [(m.text, m.category) for m in refine_mentions(doc, spans_to_mentions(doc.ents, "d.txt"), "d.txt")]


def test_a_name_opening_with_an_abbreviated_title_is_a_person_and_the_title_alone_no_name():
    text = "Chegou o Prof. Antunes com a Profa. Ana e a Cmdt. Rita"
    pos = "VERB DET PROPN PROPN ADP DET PROPN PROPN CCONJ DET PROPN PROPN"
    assert _refined(text, pos, [(2, 4, "PER"), (6, 8, "LOC"), (10, 11, "ORG"), (11, 12, "LOC")]) == [
        ("Prof. Antunes", "PER"),
        ("Profa. Ana", "PER"),
        ("Rita", "PER"),  # after an abbreviated title: a person
    ]


def test_a_place_opening_with_an_abbreviated_word_of_a_name_keeps_its_type():
    text = "Ele nasceu em Sto. André"
    assert _refined(text, "PRON VERB ADP PROPN PROPN", [(3, 5, "LOC")]) == [("Sto. André", "LOC")]


@pytest.mark.parametrize("city", ["Gov. Valadares", "Pres. Prudente"])
def test_a_city_named_after_an_abbreviated_office_stays_a_place(city):
    # Governador Valadares, Presidente Prudente: "Gov." and "Pres." are no titles of a person here
    text = f"Ele nasceu em {city}"
    assert _refined(text, "PRON VERB ADP PROPN PROPN", [(3, 5, "LOC")]) == [(city, "LOC")]
    assert _refined(text, "PRON VERB ADP PROPN PROPN", [(4, 5, "LOC")]) == [(city.split()[1], "LOC")]


def test_the_harem_convention_puts_an_abbreviated_title_inside_the_person():
    from teia.eval.harem import SysMention, with_titles

    text = "O Cmdt. João Filhó chegou."
    out = with_titles(text, [SysMention(8, 18, "João Filhó", "PESSOA", "e1")])
    assert [(m.start, m.text) for m in out] == [(2, "Cmdt. João Filhó")]
