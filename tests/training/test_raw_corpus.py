"""training/raw_corpus.py: MAC-MORPHO surface text, sentence cutting and the held-out
8-gram filter, on tiny inline samples (no dependency on /work/shared/data)."""

from __future__ import annotations

import io

import pytest

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def raw_corpus(training_module):
    return training_module("raw_corpus")


def test_mac_morpho_rejoins_contractions_and_clitics(raw_corpus):
    lines = [
        "Em_PREP|+", "a_ART", "cidade_N", "de_PREP|+", "os_ART", "meninos_N", ",_,",
        "a_PREP", "partir_PREP|+", "de_PREP|+", "aquela_PROADJ", "noite_N", ",_,",
        "Pedro_NPROP", "tornou_V|+", "se_PROPESS", "fiel_ADJ", "a_PREP|+", "a_ART", "causa_N",
        "por_PREP|+", "os_ART", "filhos_N", "._.", "Ele_PROPESS", "voltou_V", "!_!",
    ]
    sents = [raw_corpus.join_words(w) for w in raw_corpus.mac_morpho_words(lines)]
    assert sents == [
        "Na cidade dos meninos, a partir daquela noite, Pedro tornou-se fiel à causa pelos filhos.",
        "Ele voltou!",
    ]


def test_mac_morpho_keeps_unknown_pairs_apart(raw_corpus):
    # "a" + "ele" is not a contraction: both words are written
    words = next(raw_corpus.mac_morpho_words(["deu_V", "a_PREP|+", "ele_PROPESS", "._."]))
    assert words == ["deu", "a", "ele", "."]


def test_mac_morpho_tags_of_joined_words_are_joined_and_marks_dropped(raw_corpus):
    lines = [
        "De_PREP|+", "o_ART", "Rio_NPROP", ",_,", "Pedro_NPROP", "tornou_V|+", "se_PROPESS",
        "fiel_ADJ|EST", "a_PREP|+", "aquela_PROADJ", "causa_N|AP", "a_PREP|+", "ele_PROPESS",
        "e_KC|[", "deu_V", "._.", "Fim_N", "!_!",
    ]
    sents = list(raw_corpus.mac_morpho_tagged(lines))
    assert sents == [
        [("Do", "PREP+ART"), ("Rio", "NPROP"), (",", ","), ("Pedro", "NPROP"),
         ("tornou-se", "V+PROPESS"), ("fiel", "ADJ"), ("àquela", "PREP+PROADJ"), ("causa", "N"),
         ("a", "PREP"), ("ele", "PROPESS"), ("e", "KC"), ("deu", "V"), (".", ".")],
        [("Fim", "N"), ("!", "!")],
    ]
    # the words alone are mac_morpho_words'
    assert [[w for w, _ in s] for s in sents] == list(raw_corpus.mac_morpho_words(lines))


def test_mac_morpho_tags_of_a_contraction_that_glues_on_again(raw_corpus):
    # the joined word keeps asking for the next one; its last part decides how (here a
    # pronoun: not a preposition or verb, so the next word stands apart)
    sents = list(raw_corpus.mac_morpho_tagged(["de_PREP|+", "o_ART|+", "mesmo_PROADJ", "._."]))
    assert sents == [[("do", "PREP+ART"), ("mesmo", "PROADJ"), (".", ".")]]


def test_split_sentences_at_capitals_and_line_breaks(raw_corpus):
    text = "Era noite. Ele saiu às 3 da manhã.\nMaria ficou! e depois? «Nada.» Fim"
    assert list(raw_corpus.split_sentences(text)) == [
        "Era noite.", "Ele saiu às 3 da manhã.", "Maria ficou! e depois?", "«Nada.»", "Fim",
    ]


def _filter(raw_corpus, held_out):
    nlp = spacy.blank("pt")
    return raw_corpus.Filter(lambda t: [x.text for x in nlp.make_doc(t)], held_out)


def test_filter_drops_sentences_sharing_an_8gram_with_held_out_text(raw_corpus):
    held = ["O presidente da câmara municipal de Lisboa anunciou ontem um novo plano."]
    flt = _filter(raw_corpus, held)
    # eight consecutive tokens of the held-out sentence, in other case and context
    shared = "Disse que o PRESIDENTE da Câmara municipal de Lisboa anunciou tudo .".split()
    # seven only
    seven = "Disse que o presidente da câmara municipal de Lisboa falou .".split()
    assert flt.check(shared) == "held-out"
    assert flt.check(seven) == "kept"
    assert flt.check(list(seven)) == "duplicate"
    assert flt.check([w.upper() for w in seven]) == "duplicate"


def test_build_counts_per_source_and_writes_kept_sentences(raw_corpus):
    nlp = spacy.blank("pt")
    held = ["um dois três quatro cinco seis sete oito nove"]
    flt = _filter(raw_corpus, held)
    out = io.StringIO()
    stats = raw_corpus.build(
        {"a": ["Olá, mundo.", "Olá, mundo.", "zero um dois três quatro cinco seis sete oito"],
         "b": ["Olá, mundo.", "Outra frase."]},
        flt, out, nlp,
    )
    assert stats["a"] == {"kept": 1, "duplicate": 1, "held-out": 1, "words": 4}
    assert stats["b"] == {"kept": 1, "duplicate": 1, "held-out": 0, "words": 3}
    assert out.getvalue() == "Olá , mundo .\nOutra frase .\n"


def test_bosque_train_reads_the_written_text_of_the_training_split_only(raw_corpus, tmp_path):
    bosque = tmp_path / "ud-bosque"
    bosque.mkdir()
    (bosque / "train.conllu").write_text(
        "# sent_id = a\n# text = Ele foi no domingo.\n1-2\tno\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
        "# sent_id = b\n# text = O Porto venceu.\n1\tO\to\tDET\t_\t_\t_\t_\t_\t_\n\n",
        encoding="utf-8",
    )
    (bosque / "test.conllu").write_text("# text = Nunca lido.\n\n", encoding="utf-8")
    assert list(raw_corpus.bosque_train(tmp_path)) == ["Ele foi no domingo.", "O Porto venceu."]


def test_a_hard_wrapped_text_is_unwrapped_into_paragraphs_before_cutting(raw_corpus):
    # Machado's texts are wrapped at about 80 characters: "ponto de" / "refúgio" is one sentence
    text = (
        "CAPÍTULO II\n"
        "Não assentara no ponto de\nrefúgio, porque a saída estava marcada. Foi ele\n"
        "que o levou ao reitor:\n— Trago-lhe o grande homem, disse ele ao\nreitor.\n\nMoço...\nTal foi a entrada"
    )
    assert raw_corpus.unwrap_lines(text) == (
        "CAPÍTULO II\n"
        "Não assentara no ponto de refúgio, porque a saída estava marcada. Foi ele que o levou ao reitor:\n"
        "— Trago-lhe o grande homem, disse ele ao reitor.\n\nMoço...\nTal foi a entrada"
    )
    assert list(raw_corpus.split_sentences(raw_corpus.unwrap_lines(text)))[1:3] == [
        "Não assentara no ponto de refúgio, porque a saída estava marcada.",
        "Foi ele que o levou ao reitor:",
    ]
