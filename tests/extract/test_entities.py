"""Refining the NER's mentions (teia.extract.entities.refine_mentions) and the gazetteer's
person rule, on hand-built Docs (words, tags, lemmas and sentence starts written here)."""

from __future__ import annotations

from collections import Counter

import pytest
import spacy
from spacy.tokens import Doc

from teia.extract.components import Gazetteer
from teia.extract.entities import DOC_ID_KEY, ENTITIES, MENTIONS, EntityGrouper, _named_as_a_word, _repeated_names, find_alias_links, refine_mentions, spans_to_mentions, virtual_places
from teia.extract.gazetteer import KBEntry, KnowledgeBase
from teia.extract.labels import CONCEPT, EVENT, LOC, MISC, ORG, PER, WORK
from teia.records import CLUB_SOURCE, Mention

NLP = spacy.blank("pt")


def doc_of(tokens, ents=(), sent_starts=None):
    """``tokens``: (text, pos, lemma, space_after); ``ents``: (first token, end token, label)."""
    words = [t[0] for t in tokens]
    starts = sent_starts or [i == 0 for i in range(len(words))]
    doc = Doc(
        NLP.vocab,
        words=words,
        spaces=[t[3] for t in tokens],
        pos=[t[1] for t in tokens],
        lemmas=[t[2] for t in tokens],
        sent_starts=starts,
    )
    doc.ents = [_span(doc, a, b, lab) for a, b, lab in ents]
    doc.user_data[DOC_ID_KEY] = "d.txt"
    return doc


def _span(doc, a, b, label):
    from spacy.tokens import Span

    return Span(doc, a, b, label=label)


def toks(text: str, pos: str, lemmas: str | None = None):
    """One token per word of ``text``, tags from ``pos`` (one per word), lemmas (``=`` keeps the word)."""
    words = text.split()
    tags = pos.split()
    lems = (lemmas or " ".join("=" for _ in words)).split()
    assert len(words) == len(tags) == len(lems)
    return [(w, p, w if lem == "=" else lem, True) for w, p, lem in zip(words, tags, lems)]


def refined(doc):
    return [(m.text, m.category, m.source) for m in refine_mentions(doc, spans_to_mentions(doc.ents, "d.txt"), "d.txt")]


def typed(text: str, pos: str, ents) -> list[tuple[str, str]]:
    """The refined mentions' texts and types of a hand-tagged text (:func:`toks`, :func:`doc_of`)."""
    return [(t, c) for t, c, _ in refined(doc_of(toks(text, pos), ents))]


# --- noise ---------------------------------------------------------------------------------


def test_capitalized_participle_starting_a_sentence_is_dropped():
    tokens = toks("Preso e deportado para a Sibéria , fugiu .", "PROPN CCONJ VERB ADP DET PROPN PUNCT VERB PUNCT",
                  "preso = deportar = o = = fugir =")
    doc = doc_of(tokens, [(0, 1, "PER"), (5, 6, "LOC")])
    assert refined(doc) == [("Sibéria", LOC, "ner")]


def test_capitalized_noun_is_dropped_but_a_surname_of_the_text_is_kept():
    tokens = toks("O general Anton Denikin recuou . Denikin fugiu para o novo Estado .",
                  "DET NOUN PROPN PROPN VERB PUNCT NOUN VERB ADP DET ADJ NOUN PUNCT",
                  "o general = = recuar = denikin fugir = o novo estado =")
    starts = [i in (0, 6) for i in range(len(tokens))]
    doc = doc_of(tokens, [(2, 4, "PER"), (6, 7, "LOC"), (11, 12, "ORG")], starts)
    out = refined(doc)
    assert ("Estado", ORG, "ner") not in out  # "estado" is a Portuguese stop word
    assert ("Denikin", LOC, "ner") in out  # not noise: the surname of Anton Denikin ...
    # ... which the grouper makes a person, one with the full name
    EntityGrouper(None)(doc)
    people = [e for e in getattr(doc._, ENTITIES) if e.type == PER]
    assert [(e.label, e.aliases) for e in people] == [("Anton Denikin", ("Denikin",))]


def test_an_e_mail_or_web_address_the_ner_found_is_a_place_whatever_its_tag():
    # the tagger reads an address as an adverb, a preposition or a noun at random, and an address
    # in lower case is no capitalized word: HAREM has it a (virtual) place, as a phone number; a
    # capitalized verb opening a sentence is still no name
    tokens = toks("E-mail : csj@csasp.g12.br ou www.rnp.br/gt5.html ou Info@Exponor.pt . Recebe",
                  "NOUN PUNCT ADP CCONJ ADV CCONJ NOUN PUNCT VERB",
                  "e-mail : csj@csasp.g12.br ou www.rnp.br/gt5.html ou info@exponor.pt . receber")
    starts = [i in (0, 6, 8) for i in range(len(tokens))]
    doc = doc_of(tokens, [(2, 3, "PER"), (4, 5, "ORG"), (6, 7, "LOC"), (8, 9, "PER")], starts)
    assert refined(doc) == [("csj@csasp.g12.br", LOC, "ner"), ("www.rnp.br/gt5.html", LOC, "ner"), ("Info@Exponor.pt", LOC, "ner")]


def test_a_one_word_name_the_tagger_made_a_verb_stays_when_its_sentence_says_what_it_is():
    # issue 17, P63m: "Paliseul é um município" opens with a name the tagger took for a verb; a
    # copula and an article after it keep the span; "Recebe" before no copula, and a name in the
    # middle of a sentence, still go
    tokens = toks("Paliseul é um município . Chiny é a cidade . Recebe um prémio . Fightstar é banda",
                  "VERB AUX DET NOUN PUNCT ADV AUX DET NOUN PUNCT VERB DET NOUN PUNCT VERB AUX NOUN")
    starts = [i in (0, 5, 10, 14) for i in range(len(tokens))]
    doc = doc_of(tokens, [(0, 1, "LOC"), (5, 6, "LOC"), (10, 11, "PER"), (14, 15, "ORG")], starts)
    assert [(m.text, m.category) for m in spans_to_mentions(doc.ents, "d.txt")] == [("Paliseul", LOC), ("Chiny", LOC)]
    # not at the start of its sentence: no lead
    tokens = toks("Disse que Paliseul é um município", "VERB SCONJ VERB AUX DET NOUN")
    doc = doc_of(tokens, [(2, 3, "LOC")])
    assert spans_to_mentions(doc.ents, "d.txt") == []


def test_addresses_and_phone_numbers_no_mention_touches_are_places():
    # HAREM's (virtual) places the NER did not find, or typed a date: an e-mail or web address
    # anywhere, digits after a phone word on its line and the numbers it lists, an area code in
    # brackets or a toll-free prefix; no count, amount, day, range of years nor handle
    text = ("Visite nosso site: www.vitaecremonezzi.com.br ou enviarcremonezi@ieg.com.br.\n"
            "Tel.: (19) 3232-0366 / 3232-0367 e 0800 770 8552 (chamadas locais).\n"
            "Comercial: (048) 281-9600 Informações de contacto Telefone 236 200 810 Fax 236 217 122\n"
            "Informações pelos telefones 011 818-4541 818-4853.\n"
            "A firma tem 2345678 clientes, 1.500.000 reais e o @joao, de 1990-1995, ligou a 12-03-1994; "
            "o telefone é 282-7666 e o site da Rede www.rede.pt.")
    doc = NLP(text)
    start = text.index("www.rede.pt")
    ner = [Mention("d.txt", start - 8, start + 11, "da Rede www.rede.pt", ORG, "ner")]
    out = [(m.text, m.category, m.source) for m in virtual_places(doc, ner, "d.txt")]
    assert out == [
        ("www.vitaecremonezzi.com.br", LOC, "rule"),
        ("enviarcremonezi@ieg.com.br", LOC, "rule"),
        ("(19) 3232-0366", LOC, "rule"),
        ("3232-0367", LOC, "rule"),
        ("0800 770 8552", LOC, "rule"),
        ("(048) 281-9600", LOC, "rule"),
        ("236 200 810", LOC, "rule"),
        ("236 217 122", LOC, "rule"),
        ("011 818-4541", LOC, "rule"),  # a dash ends a number
        ("818-4853", LOC, "rule"),
        ("da Rede www.rede.pt", ORG, "ner"),  # touched by a mention: left as it is
    ]


def test_heading_word_that_is_a_lowercase_word_of_the_text_is_dropped():
    tokens = toks("# Fundação O congresso de fundação reuniu Lenin .", "X PROPN DET NOUN ADP NOUN VERB PROPN PUNCT",
                  "# Fundação o congresso de fundação reunir Lenin .")
    tokens[1] = ("Fundação", "PROPN", "Fundação", False)
    doc = Doc(NLP.vocab, words=[t[0] for t in tokens], spaces=[True, False] + [True] * 7,
              pos=[t[1] for t in tokens], lemmas=[t[2] for t in tokens],
              sent_starts=[True, False, True, False, False, False, False, False, False])
    doc.ents = [_span(doc, 1, 2, "LOC"), _span(doc, 7, 8, "PER")]
    assert refined(doc) == [("Lenin", PER, "ner")]


def test_name_without_a_proper_noun_is_dropped():
    tokens = toks("comissário para os Negócios Estrangeiros e Trotski", "NOUN ADP DET NOUN ADJ CCONJ PROPN",
                  "comissário para o negócio estrangeiro e Trotski")
    doc = doc_of(tokens, [(3, 5, "PER"), (6, 7, "PER")])
    assert refined(doc) == [("Trotski", PER, "ner")]


# --- boundaries ------------------------------------------------------------------------------


def test_span_holding_a_verb_is_split():
    tokens = toks("o Exército Polonês tomou Vilna e Minsk", "DET PROPN PROPN VERB PROPN CCONJ PROPN",
                  "o Exército Polonês tomar Vilna e Minsk")
    doc = doc_of(tokens, [(1, 5, "ORG"), (6, 7, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Exército Polonês", ORG), ("Vilna", ORG), ("Minsk", LOC)]


def test_person_span_is_split_at_a_conjunction_and_trimmed():
    tokens = toks("À semelhança de Houaiss e Celso , os Hussitas na Boémia", "ADP NOUN ADP PROPN CCONJ PROPN PUNCT DET PROPN ADP PROPN")
    doc = doc_of(tokens, [(3, 6, "PER"), (8, 10, "ORG"), (10, 11, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Houaiss", PER), ("Celso", PER), ("Hussitas", ORG), ("Boémia", LOC)]


def test_organization_with_inner_particles_is_not_split():
    tokens = toks("o Instituto do Patrimônio Histórico e Artístico Nacional abriu", "DET PROPN ADP PROPN PROPN CCONJ PROPN PROPN VERB")
    doc = doc_of(tokens, [(1, 8, "ORG")])
    assert refined(doc) == [("Instituto do Patrimônio Histórico e Artístico Nacional", ORG, "ner")]


def test_a_word_in_capitals_is_a_heading_word_only_on_a_heading():
    nl = [("\n", "SPACE", "\n", False)]
    # "a UNICEF" in running text is a name even where the text also writes "unicef" (a form field)
    tokens = toks("a UNICEF trabalha em Angola", "DET PROPN VERB ADP PROPN") + nl + toks(
        "Envio cheque à ordem de unicef .", "VERB NOUN ADP NOUN ADP NOUN PUNCT"
    )
    doc = doc_of(tokens, [(1, 2, "ORG"), (4, 5, "LOC")], sent_starts=[i in (0, 6) for i in range(len(tokens))])
    assert [t for t, _, _ in refined(doc)] == ["UNICEF", "Angola"]
    # a heading in capitals ("PUBLICAÇÕES DO IBAP") and a heading of one word ("DOCUMENTOS") whose
    # words the text writes in lower case are no names; the acronym on the heading is
    tokens = (
        toks("PUBLICAÇÕES DO IBAP", "NOUN ADP PROPN") + nl + toks("DOCUMENTOS", "NOUN") + nl
        + toks("As publicações e os documentos do instituto .", "DET NOUN CCONJ DET NOUN ADP NOUN PUNCT")
    )
    doc = doc_of(tokens, [(0, 1, "ORG"), (2, 3, "ORG"), (4, 5, "ORG")], sent_starts=[i in (0, 4, 6) for i in range(len(tokens))])
    assert [t for t, _, _ in refined(doc)] == ["IBAP"]


def test_a_comma_inside_a_name_coordinating_adjectives_or_before_a_company_suffix():
    tokens = toks(
        "a Escola Tecnológica , Artística e Profissional de Pombal e a CotoNet - Tecnologias de Informação , Lda "
        "em Lisboa , Porto e Coimbra",
        "DET PROPN PROPN PUNCT PROPN CCONJ PROPN ADP PROPN CCONJ DET PROPN PUNCT PROPN ADP PROPN PUNCT PROPN "
        "ADP PROPN PUNCT PROPN CCONJ PROPN",
    )
    doc = doc_of(tokens, [(1, 9, "ORG"), (11, 18, "ORG"), (19, 24, "LOC")])
    out = [t for t, _, _ in refined(doc)]
    assert out[:2] == ["Escola Tecnológica , Artística e Profissional de Pombal", "CotoNet - Tecnologias de Informação , Lda"]
    assert out[2] == "Lisboa"  # a list of names is still cut at its commas


def test_a_bodys_name_listing_what_it_deals_with_each_item_with_its_article_is_one_name():
    # HAREM I train: "a Comissão da Política Regional, dos Transportes e do Turismo", which the NER
    # tagged whole, was cut at its comma into two organizations
    words = "a Comissão da Política Regional , dos Transportes e do Turismo vai reunir"
    tags = "DET PROPN ADP PROPN ADJ PUNCT ADP PROPN CCONJ ADP PROPN AUX VERB"
    assert typed(words, tags, [(1, 11, "ORG")]) == [("Comissão da Política Regional , dos Transportes e do Turismo", "ORG")]
    # a middle item with its own complement
    words = "o Ministério do Ambiente , do Ordenamento do Território e do Desenvolvimento Regional decidiu"
    tags = "DET PROPN ADP PROPN PUNCT ADP PROPN ADP PROPN CCONJ ADP PROPN ADJ VERB"
    assert [t for t, _ in typed(words, tags, [(1, 13, "ORG")])] == [
        "Ministério do Ambiente , do Ordenamento do Território e do Desenvolvimento Regional"
    ]
    # separate bodies are still cut: an item opening with an institution's word, one the name
    # lists know, an acronym; and a list with no institution's word before it
    for words, tags, first in (
        ("o Ministério da Fazenda , do Banco Central e do Tesouro", "DET PROPN ADP PROPN PUNCT ADP PROPN ADJ CCONJ ADP PROPN", "Ministério da Fazenda"),
        ("a Câmara da Maia , do Porto e de Gaia", "DET PROPN ADP PROPN PUNCT ADP PROPN CCONJ ADP PROPN", "Câmara da Maia"),
        ("a Comissão da Saúde , do PSD e do Turismo", "DET PROPN ADP PROPN PUNCT ADP PROPN CCONJ ADP PROPN", "Comissão da Saúde"),
        ("a Loja da Música , dos Livros e do Desporto", "DET PROPN ADP PROPN PUNCT ADP PROPN CCONJ ADP PROPN", "Loja da Música"),
    ):
        n = len(words.split())
        assert typed(words, tags, [(1, n, "ORG")])[0][0] == first, words


def test_a_compound_surname_after_a_particle_is_one_persons_name():
    tokens = toks(
        "Evando Mirra de Paula e Silva , Houaiss e Celso , Ana de Sousa e Maria",
        "PROPN PROPN ADP PROPN CCONJ PROPN PUNCT PROPN CCONJ PROPN PUNCT PROPN ADP PROPN CCONJ PROPN",
    )
    doc = doc_of(tokens, [(0, 6, "PER"), (7, 10, "PER"), (11, 16, "PER")])
    assert [t for t, _, _ in refined(doc)] == [
        "Evando Mirra de Paula e Silva",
        "Houaiss",  # two people: no particle before the "e"
        "Celso",
        "Ana de Sousa",  # two people: a given name after the "e"
        "Maria",
    ]


def test_a_body_for_something_is_one_name():
    # the NER's "Comité Português" and "UNICEF": one organization, "o Comité Português para a UNICEF"
    tokens = toks(
        "o Comité Português para a UNICEF e o Benfica doou para a UNICEF",
        "DET PROPN ADJ ADP DET PROPN CCONJ DET PROPN VERB ADP DET PROPN",
    )
    doc = doc_of(tokens, [(1, 3, "ORG"), (5, 6, "ORG"), (8, 9, "ORG"), (12, 13, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [
        ("Comité Português para a UNICEF", ORG),
        ("Benfica", ORG),  # no body's word, and a verb between
        ("UNICEF", ORG),
    ]


def test_a_common_word_cut_from_its_own_span_is_not_protected_by_it():
    # the NER's "Signo cardeal" starting a sentence, cut to "Signo": a common word ("o signo de
    # Câncer"), not a word of another name of the document
    tokens = toks(
        "o signo de Câncer é feminino . Signo cardeal , simboliza o lar",
        "DET NOUN ADP PROPN AUX ADJ PUNCT PROPN ADJ PUNCT VERB DET NOUN",
    )
    doc = doc_of(tokens, [(3, 4, "LOC"), (7, 9, "LOC")], sent_starts=[i in (0, 7) for i in range(13)])
    assert [t for t, _, _ in refined(doc)] == ["Câncer"]


def test_a_name_written_with_a_double_space_is_one_name():
    # "a Grã  Bretanha e Wagner  Bittencourt ; Lisboa   Porto": the tokenizer makes the extra
    # spaces a token, where the NER stops; more spaces (a table's columns) still part names
    words = ["a", "Grã", " ", "Bretanha", "e", "Wagner", " ", "Bittencourt", ";", "Lisboa", "  ", "Porto"]
    spaces = [True, True, False, True, True, True, False, True, True, True, False, False]
    pos = ["DET", "PROPN", "SPACE", "PROPN", "CCONJ", "PROPN", "SPACE", "PROPN", "PUNCT", "PROPN", "SPACE", "PROPN"]
    tokens = [(w, p, w, sp) for w, p, sp in zip(words, pos, spaces)]
    doc = doc_of(tokens, [(1, 2, "LOC"), (5, 6, "PER"), (7, 8, "PER"), (9, 10, "LOC"), (11, 12, "LOC")])
    assert doc.text == "a Grã  Bretanha e Wagner  Bittencourt ; Lisboa   Porto"
    assert [(t, c) for t, c, _ in refined(doc)] == [
        ("Grã  Bretanha", LOC), ("Wagner  Bittencourt", PER), ("Lisboa", LOC), ("Porto", LOC)
    ]


def test_a_name_glued_over_a_double_space_is_not_found_again_as_its_first_word():
    # HAREM I train (a text that lost its hyphens): "outro Estado  Membro", the NER's "Estado",
    # joined over the double space and dropped (two common nouns, no proper noun), came back as an
    # organization "Estado" because the page names it elsewhere: the repeated names leave a word a
    # double space glues to a capitalized word, as a single space glues it
    def repeated(words, spaces):
        doc = doc_of([(w, "SPACE" if w == " " else "PROPN", w, sp) for w, sp in zip(words, spaces)])
        last = doc[len(doc) - 2]  # the NER's "Sonae" of "A Sonae vende"
        out = _repeated_names(doc, [Mention("d.txt", last.idx, last.idx + len(last.text), "Sonae", ORG, "ner")], "d.txt")
        return doc.text, [(m.text, m.source) for m in out]

    words = ["a", "Sonae", " ", "Indústria", ".", "A", "Sonae", "vende"]
    assert repeated(words, [True, True, False, True, True, True, True, False]) == (
        "a Sonae  Indústria . A Sonae vende", [("Sonae", "ner")]
    )
    # a single space before a lowercase word: the NER missed the name there, the rule finds it
    words = ["a", "Sonae", "vende", ".", "A", "Sonae", "vende"]
    assert repeated(words, [True, True, True, True, True, True, False])[1] == [("Sonae", "rule"), ("Sonae", "ner")]


def test_a_name_the_ner_cut_at_its_de_is_the_name_after_it():
    # Wikipedia's municipality leads: the NER tags "estado de" alone and drops "São Paulo",
    # which left the town without its state; "nordeste de" likewise
    tokens = toks(
        "Ipeúna é um município brasileiro do estado de São Paulo , no nordeste de Ilha de São Luís",
        "PROPN AUX DET NOUN ADJ ADP NOUN ADP PROPN PROPN PUNCT ADP NOUN ADP PROPN ADP PROPN PROPN",
    )
    doc = doc_of(tokens, [(0, 1, "LOC"), (6, 8, "LOC"), (12, 14, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Ipeúna", LOC), ("São Paulo", LOC), ("Ilha de São Luís", LOC)]
    # a name the NER found after the de is its own (not taken in)
    doc = doc_of(tokens, [(0, 1, "LOC"), (6, 8, "LOC"), (8, 10, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Ipeúna", LOC), ("São Paulo", LOC)]
    # a lowercase word after the de, a capitalized word inside the span: nothing taken
    doc = doc_of(toks("o estado de origem", "DET NOUN ADP NOUN"), [(1, 3, "LOC")])
    assert refined(doc) == []
    doc = doc_of(toks("Dados da FAO estimam", "NOUN ADP PROPN VERB"), [(0, 2, "ORG")])
    assert "FAO" not in [t for t, _, _ in refined(doc)]


def test_an_acronym_of_a_common_noun_is_no_name():
    # MAC-MORPHO and Wikipedia: the NER tags "CD" an organization 170 of 197 times; HAREM I dev
    # has two such "CD" organizations, never a gold mention
    doc = doc_of(toks("a banda lançou um CD e um DVD pela Sony", "DET NOUN VERB DET NOUN CCONJ DET NOUN ADP PROPN"), [(4, 5, "ORG"), (7, 8, "ORG"), (9, 10, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Sony"]
    # a company named so stays ("A SMS lança no-breaks"): not in the table
    doc = doc_of(toks("a SMS lança no-breaks", "DET PROPN VERB NOUN"), [(1, 2, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["SMS"]


def test_an_acronym_of_a_computers_part_or_standard_is_no_name():
    # MAC-MORPHO's computing section (28,000-31,000): the NER tags "BBS" an organization 34
    # times, "PCMCIA" 12, "OCR" 9, never a body's name
    tokens = toks("ligou o BBS à CPU com a placa PCMCIA e um programa de OCR", "VERB DET PROPN ADP PROPN ADP DET NOUN PROPN CCONJ DET NOUN ADP PROPN")
    assert refined(doc_of(tokens, [(2, 3, "ORG"), (4, 5, "ORG"), (8, 9, "ORG"), (13, 14, "ORG")])) == []
    # "PC" stays: also a man ("a mulher de PC", Paulo César Farias) and a party ("o PC chinês")
    tokens = toks("a mulher de PC", "DET NOUN ADP PROPN")
    assert refined(doc_of(tokens, [(3, 4, "PER")])) == [("PC", PER, "ner")]


def test_a_name_after_a_product_noun_is_a_thing_unless_known_as_a_company():
    # MAC-MORPHO's computing section: "o processador Pentium", "notebooks ThinkPad", "o padrão
    # Super VGA", the NER's organizations: products and standards, no companies
    tokens = toks("o processador Pentium , os notebooks ThinkPad e o padrão Super VGA",
                  "DET NOUN PROPN PUNCT DET NOUN PROPN CCONJ DET NOUN PROPN PROPN")
    doc = doc_of(tokens, [(2, 3, "ORG"), (6, 7, "ORG"), (10, 12, "ORG")])
    assert refined(doc) == [("Pentium", MISC, "ner"), ("ThinkPad", MISC, "ner"), ("Super VGA", MISC, "ner")]
    # the maker, a company of the name lists or the Wikipedia titles, stays ("o micro IBM PS/2",
    # "a câmera Nikon"); a person after "modelo" stays a person (the rule reads organizations)
    tokens = toks("o micro IBM , a câmera Nikon e a modelo Gisele Bündchen",
                  "DET NOUN PROPN PUNCT DET NOUN PROPN CCONJ DET NOUN PROPN PROPN")
    doc = doc_of(tokens, [(2, 3, "ORG"), (6, 7, "ORG"), (10, 12, "PER")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("IBM", ORG), ("Nikon", ORG), ("Gisele Bündchen", PER)]
    # the noun capitalized is a name's word, not a product's kind ("Memória Pentium"): the NER's
    # organization stays one, and takes in the word it left out (P61c, _cut_start)
    tokens = toks("a Memória Pentium", "DET PROPN PROPN")
    assert [(t, c) for t, c, _ in refined(doc_of(tokens, [(2, 3, "ORG")]))] == [("Memória Pentium", ORG)]


def _parsed(words: str, pos: str, heads: list[int], deps: str, ents) -> Doc:
    doc = Doc(NLP.vocab, words=words.split(), pos=pos.split(), heads=heads, deps=deps.split())
    doc.ents = [_span(doc, a, b, lab) for a, b, lab in ents]
    doc.user_data[DOC_ID_KEY] = "d.txt"
    return doc


def test_a_title_in_apposition_to_a_work_noun_is_a_work():
    # Wikipedia: "O primeiro álbum, Nevermore, sai pela Century Media Records", the NER's
    # organization (the band's name too)
    doc = _parsed(
        "O primeiro álbum , Nevermore , sai pela Century Media Records",
        "DET ADJ NOUN PUNCT PROPN PUNCT VERB ADP PROPN PROPN PROPN",
        [2, 2, 6, 4, 2, 4, 6, 8, 6, 8, 8],
        "det amod nsubj punct appos punct ROOT case obl flat:name flat:name",
        [(4, 5, "ORG"), (8, 11, "ORG")],
    )
    assert [(t, c) for t, c, _ in refined(doc)] == [("Nevermore", WORK), ("Century Media Records", ORG)]
    # in apposition to another noun, the band's: as the NER says
    doc = _parsed(
        "A banda , Nevermore , sai",
        "DET NOUN PUNCT PROPN PUNCT VERB",
        [1, 5, 3, 1, 3, 5],
        "det nsubj punct appos punct ROOT",
        [(3, 4, "ORG")],
    )
    assert [(t, c) for t, c, _ in refined(doc)] == [("Nevermore", ORG)]
    # a work's noun far before the comma: not its title ("tornou-se peça principal para o sucesso
    # do grupo, e também da esposa, Tomica Woods Wright")
    doc = _parsed(
        "peça principal para o sucesso do grupo e da esposa , Tomica",
        "NOUN ADJ ADP DET NOUN ADP NOUN CCONJ ADP NOUN PUNCT PROPN",
        [0, 0, 4, 4, 0, 6, 4, 9, 9, 6, 11, 0],
        "ROOT amod case det nmod case nmod cc case conj punct appos",
        [(11, 12, "ORG")],
    )
    assert [(t, c) for t, c, _ in refined(doc)] == [("Tomica", ORG)]
    # the verb's subject after a fronted phrase, which the parse hangs on the noun: the band stays
    # ("com o lançamento do álbum, Tenacious D embarcou em turnê")
    doc = _parsed(
        "do álbum , Tenacious D embarcou",
        "ADP NOUN PUNCT PROPN PROPN VERB",
        [1, 5, 3, 1, 3, 5],
        "case obl punct appos flat:name ROOT",
        [(3, 5, "ORG")],
    )
    assert [(t, c) for t, c, _ in refined(doc)] == [("Tenacious D", ORG)]


def test_an_acronym_of_a_tax_an_index_or_a_unit_of_account_is_a_concept():
    # HAREM I dev: "a URV" is a gold ABSTRACCAO, the NER's and name_types.tsv's organization;
    # MAC-MORPHO: "o ICMS", "a Ufir" (a place to the NER); a given name stays a person ("Iva")
    tokens = toks("a URV , o ICMS e a Ufir", "DET PROPN PUNCT DET PROPN CCONJ DET PROPN")
    doc = doc_of(tokens, [(1, 2, "ORG"), (4, 5, "ORG"), (7, 8, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("URV", CONCEPT), ("ICMS", CONCEPT), ("Ufir", CONCEPT)]
    # a woman's name: an acronym of 3 letters only in capitals
    doc = doc_of(toks("a Iva disse", "DET PROPN VERB"), [(1, 2, "PER")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Iva", PER)]
    # not an acronym that is also a place's code or a company's ("Acquasparta (TR)")
    doc = doc_of(toks("Acquasparta ( TR )", "PROPN PUNCT PROPN PUNCT"), [(0, 1, "LOC"), (2, 3, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Acquasparta", LOC), ("TR", LOC)]


def test_a_security_or_a_rate_of_brazilian_news_is_a_concept_but_a_provinces_code():
    # MAC-MORPHO's business section (P58e): the NER tags the certificates, the Treasury's notes and
    # the Taxa Referencial organizations ("os juros dos CDBs com TR", "leiloou NTNs", "pelos CDIs")
    tokens = toks("os juros dos CDBs com TR , as NTNs e os CDIs", "DET NOUN ADP PROPN ADP PROPN PUNCT DET PROPN CCONJ DET PROPN")
    doc = doc_of(tokens, [(3, 4, "ORG"), (5, 6, "ORG"), (8, 9, "ORG"), (11, 12, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("CDBs", CONCEPT), ("TR", CONCEPT), ("NTNs", CONCEPT), ("CDIs", CONCEPT)]
    # its words in brackets after it, or it in brackets after its words, the initials spelling it
    tokens = toks("pela TR ( Taxa Referencial ) e pela Taxa Referencial ( TR )",
                  "ADP PROPN PUNCT PROPN PROPN PUNCT CCONJ ADP PROPN PROPN PUNCT PROPN PUNCT")
    doc = doc_of(tokens, [(1, 2, "ORG"), (3, 5, "ORG"), (8, 10, "ORG"), (11, 12, "ORG")])
    assert {c for _, c, _ in refined(doc)} == {CONCEPT}
    # a town and its Italian province's code in brackets: "Avigliano Umbro" does not spell TR
    tokens = toks("com Avigliano Umbro ( TR ) e Orvieto ( TR )", "ADP PROPN PROPN PUNCT PROPN PUNCT CCONJ PROPN PUNCT PROPN PUNCT")
    doc = doc_of(tokens, [(1, 3, "LOC"), (4, 5, "ORG"), (7, 8, "LOC"), (9, 10, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Avigliano Umbro", LOC), ("TR", ORG), ("Orvieto", LOC), ("TR", ORG)]


def test_a_price_index_or_a_unit_of_account_of_brazilian_news_is_a_concept():
    # MAC-MORPHO's business section (P61a): the NER tags these indices and units organizations
    # and places ("o IPC-r do IBGE", "o INCC teve", "pela Ufesp", "instituiu a Useg, um indexador")
    tokens = toks("o IPC-r , o INCC , a Ufesp e a Useg", "DET PROPN PUNCT DET PROPN PUNCT DET PROPN CCONJ DET PROPN")
    doc = doc_of(tokens, [(1, 2, "LOC"), (4, 5, "ORG"), (7, 8, "ORG"), (10, 11, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("IPC-r", CONCEPT), ("INCC", CONCEPT), ("Ufesp", CONCEPT), ("Useg", CONCEPT)]


def test_a_cars_model_after_a_masculine_article_is_a_thing():
    # MAC-MORPHO's business section (P61a): the NER tags the models organizations or places
    tokens = toks("vai montar o Gol 1000 e um novo Gol para enfrentar o Uno ELX e o Range Rover do Corsa",
                  "AUX VERB DET PROPN NUM CCONJ DET ADJ PROPN ADP VERB DET PROPN PROPN CCONJ DET PROPN PROPN ADP PROPN")
    doc = doc_of(tokens, [(3, 4, "ORG"), (8, 9, "ORG"), (12, 14, "ORG"), (16, 18, "ORG"), (19, 20, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Gol", MISC), ("Gol", MISC), ("Uno ELX", MISC), ("Range Rover", MISC), ("Corsa", MISC)]
    # after a feminine article: the airline, the maker; a model's name not in the table
    tokens = toks("a Gol comprou a Land Rover e o Monza", "DET PROPN VERB DET PROPN PROPN CCONJ DET PROPN")
    doc = doc_of(tokens, [(1, 2, "ORG"), (4, 6, "ORG"), (8, 9, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Gol", ORG), ("Land Rover", ORG), ("Monza", ORG)]
    # a sentence's capitalized article; not a capitalized article inside a line (a site's title),
    # nor a name before a bracket that may hold its maker ("o Fiesta (Sadia)", a poultry brand)
    doc = doc_of(toks("O Fusca pode ser comprado", "DET PROPN AUX AUX VERB"), [(1, 2, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Fusca", MISC)]
    tokens = toks("Site O Gol - acessado e o Fiesta ( Sadia )", "NOUN DET PROPN PUNCT VERB CCONJ DET PROPN PUNCT PROPN PUNCT")
    doc = doc_of(tokens, [(2, 3, "ORG"), (7, 8, "ORG"), (9, 10, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Gol", ORG), ("Fiesta", ORG), ("Sadia", ORG)]


def test_a_medida_provisorias_acronym_is_a_work_but_the_ministerio_publico_a_body():
    # MAC-MORPHO's business section of 1994 (P58e): "a MP" is the medida provisória, a text as
    # "a Medida Provisória" is; the NER tags it an organization
    tokens = toks("A MP não esclarece , diz a minuta da MP", "DET PROPN ADV VERB PUNCT VERB DET NOUN ADP PROPN")
    doc = doc_of(tokens, [(1, 2, "ORG"), (9, 10, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("MP", WORK), ("MP", WORK)]
    tokens = toks("editar uma nova MP ou editar MPs", "VERB DET ADJ PROPN CCONJ VERB PROPN")
    doc = doc_of(tokens, [(3, 4, "ORG"), (6, 7, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("MP", WORK), ("MPs", WORK)]
    # its number after it: the act's name goes on over it, as "a Medida Provisória 434"'s does
    doc = doc_of(toks("MP 434 foi editada", "PROPN NUM AUX VERB"), [(0, 1, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("MP 434", WORK)]
    # after a masculine article: the Ministério Público, a body
    tokens = toks("o MP está pretendendo ; a denúncia do MP", "DET PROPN AUX VERB PUNCT DET NOUN ADP PROPN")
    doc = doc_of(tokens, [(1, 2, "ORG"), (8, 9, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("MP", ORG), ("MP", ORG)]


def test_the_pm_a_masculine_article_names_is_a_person_and_its_plural_no_one():
    # MAC-MORPHO's city news of 1994 (P64a): "o PM" is a military policeman (Portugal's "o PM", the
    # primeiro-ministro, a person too), named by the office as "o Presidente" is; "a PM" the police
    tokens = toks("o PM disse que a PM deteve o autor do tiro contra o PM", "DET PROPN VERB SCONJ DET PROPN VERB DET NOUN ADP NOUN ADP DET PROPN")
    doc = doc_of(tokens, [(1, 2, "ORG"), (5, 6, "ORG"), (13, 14, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("PM", PER), ("PM", ORG), ("PM", PER)]
    # the plural names the police's men, no one's name
    tokens = toks("os PMs e dois PMs feridos", "DET PROPN CCONJ NUM PROPN ADJ")
    doc = doc_of(tokens, [(1, 2, "ORG"), (4, 5, "ORG")])
    assert refined(doc) == []
    # after a feminine article, the police forces ("extinguem-se as PMs"; read on the check range)
    doc = doc_of(toks("extinguem-se as PMs", "VERB DET PROPN"), [(2, 3, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("PMs", ORG)]


def test_a_sentences_verb_preposition_or_article_before_a_number_is_no_name():
    # MAC-MORPHO (P64a): the NER takes a sentence's first word and the number after it for an
    # organization; a proper noun's number stays a name
    for text, tags in (("Serão 103 amarelinhos", "AUX NUM NOUN"), ("Entre 150 e 200 pessoas", "ADP NUM CCONJ NUM NOUN"),
                       ("Participaram 33.200 alunos", "VERB NUM NOUN"), ("Os 42 países", "DET NUM NOUN")):
        assert refined(doc_of(toks(text, tags), [(0, 2, "ORG")])) == [], text
    doc = doc_of(toks("Boeing 747 cai", "PROPN NUM VERB"), [(0, 2, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Boeing 747", ORG)]
    # inside a sentence, the word before the number is not its first
    doc = doc_of(toks("viu Os 42", "VERB DET NUM"), [(1, 3, "WORK")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Os 42", WORK)]


def test_a_disease_and_its_virus_are_concepts():
    # MAC-MORPHO of 1994: the NER tags "Aids" a person and "HIV" an organization in the news on the
    # epidemic (HAREM's ABSTRACCAO); Bosque: "a Sida" a place
    tokens = toks("a Aids , o vírus HIV e a Sida", "DET PROPN PUNCT DET NOUN PROPN CCONJ DET PROPN")
    doc = doc_of(tokens, [(1, 2, "PER"), (5, 6, "ORG"), (8, 9, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Aids", CONCEPT), ("HIV", CONCEPT), ("Sida", CONCEPT)]


def test_a_disease_named_after_a_person_is_a_concept_with_its_noun():
    # MAC-MORPHO: "a doença de Crohn" (the NER's person), "a doença de Tay-Sachs" (its place), "o
    # mal de Alzheimer" (its place over the three words, or its concept on the name alone): the
    # disease, its noun in the name as HAREM I writes "mal de Alzheimer"
    doc = doc_of(toks("na doença de Crohn e na doença de Tay-Sachs", "ADP NOUN ADP PROPN CCONJ ADP NOUN ADP PROPN"),
                 [(3, 4, "PER"), (8, 9, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("doença de Crohn", CONCEPT), ("doença de Tay-Sachs", CONCEPT)]
    doc = doc_of(toks("o mal de Alzheimer", "DET NOUN ADP PROPN"), [(1, 4, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("mal de Alzheimer", CONCEPT)]
    doc = doc_of(toks("o mal de Alzheimer", "DET NOUN ADP PROPN"), [(3, 4, "CONCEPT")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("mal de Alzheimer", CONCEPT)]
    # a person's illness: a given name, a word of a person's name in the text, a name the NER cut
    doc = doc_of(toks("a doença de Rafael", "DET NOUN ADP PROPN"), [(3, 4, "PER")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Rafael", PER)]
    doc = doc_of(toks("Tancredo Neves piorou ; a doença de Neves", "PROPN PROPN VERB PUNCT DET NOUN ADP PROPN"),
                 [(0, 2, "PER"), (7, 8, "PER")])
    assert ("doença de Neves", CONCEPT) not in [(t, c) for t, c, _ in refined(doc)]
    doc = doc_of(toks("Com a doença de Umaru Yar'Adua", "ADP DET NOUN ADP PROPN PROPN"), [(4, 5, "PER")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Umaru", PER)]


def test_a_field_after_a_word_of_studying_or_teaching_is_a_concept():
    # MAC-MORPHO: "licenciado em Línguas Neolatinas" (the NER's place), Bosque: "professores de
    # Trabalhos Oficinais" (its organization): fields of study, their first word a common noun
    tokens = toks("licenciado em Línguas Neolatinas e professores de Trabalhos Oficinais",
                  "VERB ADP PROPN PROPN CCONJ NOUN ADP PROPN PROPN")
    ents = [(2, 4, "LOC"), (7, 9, "ORG")]
    rows = ["línguas", "trabalhos"]
    assert [(t, c) for t, c, _ in refined(_with_vectors(tokens, ents, rows))] == [
        ("Línguas Neolatinas", CONCEPT), ("Trabalhos Oficinais", CONCEPT)]
    # without vectors the rule says nothing
    assert [(t, c) for t, c, _ in refined(_with_vectors(tokens, ents, []))] == [
        ("Línguas Neolatinas", LOC), ("Trabalhos Oficinais", ORG)]
    # a town's name (its first word no common noun; or a Wikipedia title typed a place), a span
    # holding its institution and an institution after a fused article are left as they are
    tokens = toks("professor de Coimbra , estudantes de Bom Jardim , professor de Higiene da Universidade de Coimbra",
                  "NOUN ADP PROPN PUNCT NOUN ADP PROPN PROPN PUNCT NOUN ADP PROPN ADP PROPN ADP PROPN")
    ents = [(2, 3, "LOC"), (6, 8, "LOC"), (11, 16, "ORG")]
    rows = ["bom", "jardim", "higiene", "universidade"]
    assert [(t, c) for t, c, _ in refined(_with_vectors(tokens, ents, rows))] == [
        ("Coimbra", LOC), ("Bom Jardim", LOC), ("Higiene da Universidade de Coimbra", ORG)]


def test_a_tax_or_a_rate_and_the_words_of_a_notions_acronym_are_concepts():
    # MAC-MORPHO: "o Imposto de Renda" (a person to the NER 29 times), "a Taxa Referencial" (an
    # organization), "a URV (Unidade Real de Valor)", "o Produto Interno Bruto (PIB)"
    tokens = toks("o Imposto de Renda e a Taxa Referencial", "DET PROPN ADP PROPN CCONJ DET PROPN PROPN")
    doc = doc_of(tokens, [(1, 4, "PER"), (6, 8, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Imposto de Renda", CONCEPT), ("Taxa Referencial", CONCEPT)]
    tokens = toks("a URV ( Unidade Real de Valor ) e o Produto Interno Bruto ( PIB )",
                  "DET PROPN PUNCT PROPN PROPN ADP PROPN PUNCT CCONJ DET PROPN PROPN PROPN PUNCT PROPN PUNCT")
    doc = doc_of(tokens, [(3, 7, "ORG"), (10, 13, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Unidade Real de Valor", CONCEPT), ("Produto Interno Bruto", CONCEPT)]
    # without its acronym in brackets a name is no notion by its initials ("a Primeira Igreja
    # Batista" spells PIB too)
    doc = doc_of(toks("o Produto Interno Bruto cresceu", "DET PROPN PROPN PROPN VERB"), [(1, 4, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Produto Interno Bruto", ORG)]


def test_two_numbers_joined_by_a_hyphen_are_no_name_and_cut_one():
    # MAC-MORPHO and Bosque: a score, a newspaper's page, a record of wins and losses that the NER
    # tags a person or takes into a name ("venceu por 99-86", "PÁGINA: 4-1 Palmeiras", "Knicks 4-6");
    # a date and a phone number stay the NER's
    doc = doc_of(
        toks("venceu por 99-86 e 4-1 Palmeiras e Knicks 4-6 e 2222-3333", "VERB ADP NUM CCONJ NUM PROPN CCONJ PROPN NUM CCONJ NUM"),
        [(2, 3, "PER"), (4, 6, "ORG"), (7, 9, "ORG"), (10, 11, "LOC")],
    )
    assert [(t, c) for t, c, _ in refined(doc)] == [("Palmeiras", ORG), ("Knicks", ORG), ("2222-3333", LOC)]
    doc = doc_of(toks("( 001-415 345-9278 )", "PUNCT NUM NUM PUNCT"), [(1, 3, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("001-415 345-9278", LOC)]


def test_an_amount_of_money_is_no_name():
    # MAC-MORPHO: the NER tags a currency's sign with its amount a place, a person or an
    # organization (23 such mentions in 200 random sentences holding one): "a taxa é de CR$
    # 4.300,00", "Os US$ utilizados", "Ganha US$ 3,25 por hora"; a name beside one stays
    doc = doc_of(
        toks("a taxa é de CR$ 4.300,00 e Os US$ da Petrobras", "DET NOUN AUX ADP SYM NUM CCONJ DET SYM ADP PROPN"),
        [(4, 6, "LOC"), (7, 9, "PER"), (10, 11, "ORG")],
    )
    assert [(t, c) for t, c, _ in refined(doc)] == [("Petrobras", ORG)]
    doc = doc_of(toks("Ganha US$ 3,25 por hora", "VERB SYM NUM ADP NOUN", "ganhar = = = ="), [(0, 2, "PER")])
    assert refined(doc) == []
    # a book's price before its review's headline: the name after the amount, not the amount
    doc = doc_of(toks("R$ 14,50 Trakl transforma grito", "SYM NUM PROPN VERB NOUN"), [(0, 3, "PER")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Trakl", PER)]


def test_an_amount_in_a_unit_of_account_is_no_name_and_the_unit_alone_stays_a_notion():
    # MAC-MORPHO of 1994: the NER tags an amount in URVs or Ufirs a name, which the relations then
    # take for an argument ("acertou pagar 600 URVs" -> rel:pagar URVs); a scaled amount too, and
    # the title the NER glued after a price keeps its own words
    doc = doc_of(
        toks("A Brasinca acertou pagar 600 URVs", "DET PROPN VERB VERB NUM PROPN", "= = acertar = = ="),
        [(0, 2, "ORG"), (5, 6, "ORG")],
    )
    assert [(t, c) for t, c, _ in refined(doc)] == [("Brasinca", ORG)]
    doc = doc_of(
        toks("gaste 200 Ufir com um e 1.000 Ufir com o outro", "VERB NUM PROPN ADP NUM CCONJ NUM PROPN ADP DET PRON", "gastar = = = = = = = = = ="),
        [(1, 3, "ORG"), (6, 8, "PER")],
    )
    assert refined(doc) == []
    doc = doc_of(toks("devolveu 8,5 milhões de Ufir", "VERB NUM NUM ADP PROPN", "devolver = = = ="), [(4, 5, "LOC")])
    assert refined(doc) == []
    doc = doc_of(toks("custa 24 URVs Análise Econômica", "VERB NUM PROPN PROPN PROPN", "custar = = = ="), [(1, 5, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Análise Econômica", ORG)]
    # a list of books on sale: the publisher before the price keeps no number of it
    doc = doc_of(toks("Paulo Coelho Rocco 13,95 URVs", "PROPN PROPN PROPN NUM PROPN"), [(0, 5, "PER")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Paulo Coelho Rocco", PER)]
    # the unit alone names the unit of account: a notion, as before
    doc = doc_of(toks("A URV foi criada em 1994", "DET PROPN AUX VERB ADP NUM", "= = ser criar = ="), [(1, 2, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("URV", CONCEPT)]


def test_no_name_goes_over_a_line_break():
    # HAREM I dev: the NER's "Carlos Henrique Marcondes UFF \n \n Vale" (a signature and the next
    # line); a name a double space cuts is joined, one a line break cuts is not
    words = ["Carlos", "Marcondes", "UFF", "\n \n", "Lopes", "disse", "a", "Informação", "\n", "Brasília"]
    spaces = [True, True, True, False, True, True, True, False, False, False]
    pos = ["PROPN", "PROPN", "PROPN", "SPACE", "PROPN", "VERB", "DET", "PROPN", "SPACE", "PROPN"]
    tokens = [(w, p, w, sp) for w, p, sp in zip(words, pos, spaces)]
    doc = doc_of(tokens, [(0, 5, "PER"), (7, 10, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Carlos Marcondes UFF", "Lopes", "Informação", "Brasília"]


def test_a_quoted_name_after_an_institutions_name_is_part_of_it():
    # 'Ginásio Estadual "Anhanguera"': the NER's school and a quoted word it took for a place
    tokens = toks(
        'o Ginásio Estadual " Anhanguera " e o álbum " Sopa "',
        "DET PROPN PROPN PUNCT PROPN PUNCT CCONJ DET NOUN PUNCT PROPN PUNCT",
    )
    doc = doc_of(tokens, [(1, 3, "ORG"), (4, 5, "LOC"), (10, 11, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [('Ginásio Estadual " Anhanguera "', ORG), ("Sopa", WORK)]


# --- categories -------------------------------------------------------------------------------


def test_title_before_a_name_makes_a_person():
    tokens = toks("o almirante Kolchak e o general francês Maxime Weygand", "DET NOUN PROPN CCONJ DET NOUN ADJ PROPN PROPN")
    doc = doc_of(tokens, [(2, 3, "LOC"), (7, 9, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Kolchak", PER), ("Maxime Weygand", PER)]


def test_doutor_and_senhora_are_titles_of_people():
    # "o doutor Cabral" (the NER's place), "a senhora Presidente" (its organization): people, and
    # HAREM's convention puts the title inside the person's mention
    from teia.eval.harem import SysMention, with_titles

    tokens = toks("o doutor Cabral falou com a senhora Presidente", "DET NOUN PROPN VERB ADP DET NOUN PROPN")
    doc = doc_of(tokens, [(2, 3, "LOC"), (7, 8, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Cabral", PER), ("Presidente", PER)]
    text = "o doutor Cabral falou com a Senhora Presidente"
    out = with_titles(text, [SysMention(9, 15, "Cabral", "PESSOA"), SysMention(36, 46, "Presidente", "PESSOA")])
    assert [m.text for m in out] == ["doutor Cabral", "Senhora Presidente"]


def test_more_trades_and_human_verbs_make_a_person():
    # "a banda do carpinteiro Brito", "o prefeito Quipangala", "Ofélia chorou": the NER's places
    tokens = toks(
        "a banda do carpinteiro Brito e o prefeito Quipangala . Ofélia chorou",
        "DET NOUN ADP NOUN PROPN CCONJ DET NOUN PROPN PUNCT PROPN VERB",
        "o banda de carpinteiro = e o prefeito = . = chorar",
    )
    doc = doc_of(tokens, [(4, 5, "LOC"), (8, 9, "LOC"), (10, 11, "LOC")], sent_starts=[i in (0, 10) for i in range(12)])
    doc[10].dep_, doc[10].head = "nsubj", doc[11]
    assert [(t, c) for t, c, _ in refined(doc)] == [("Brito", PER), ("Quipangala", PER), ("Ofélia", PER)]


def test_a_name_asking_recommending_or_suggesting_is_a_person():
    # Bosque train (Público): "Gramm recomendou", "Veiga Simão pediu": the NER's places as subjects
    # of verbs whose subject is a person; a place known as one stays a place ("Lisboa pediu")
    tokens = toks(
        "Gramm recomendou calma . Veiga Simão pediu tempo . Lisboa pediu fundos",
        "PROPN VERB NOUN PUNCT PROPN PROPN VERB NOUN PUNCT PROPN VERB NOUN",
        "= recomendar calma . = = pedir tempo . = pedir fundo",
    )
    doc = doc_of(tokens, [(0, 1, "LOC"), (4, 6, "LOC"), (9, 10, "LOC")], sent_starts=[i in (0, 4, 9) for i in range(12)])
    doc[0].dep_, doc[0].head = "nsubj", doc[1]
    doc[5].dep_, doc[5].head = "nsubj", doc[6]
    doc[4].dep_, doc[4].head = "flat:name", doc[5]
    doc[9].dep_, doc[9].head = "nsubj", doc[10]
    assert [(t, c) for t, c, _ in refined(doc)] == [("Gramm", PER), ("Veiga Simão", PER), ("Lisboa", LOC)]
    # the parser's subject after the verb, past a comma: a place named in a clause of its own
    tokens = toks(
        "Junqueira planejou os núcleos , denominados Santa Mariana",
        "PROPN VERB DET NOUN PUNCT VERB PROPN PROPN",
        "= planejar o núcleo , denominar = =",
    )
    doc = doc_of(tokens, [(0, 1, "LOC"), (6, 8, "LOC")])
    doc[0].dep_, doc[0].head = "nsubj", doc[1]
    doc[6].dep_, doc[6].head = "nsubj", doc[1]
    doc[7].dep_, doc[7].head = "flat:name", doc[6]
    assert [(t, c) for t, c, _ in refined(doc)] == [("Junqueira", PER), ("Santa Mariana", LOC)]


def test_a_name_whose_kin_a_kinship_noun_names_is_a_person():
    # Machado, Memorial de Aires: "O pai de Fidélia", the NER's place, and Fidélia again with no
    # evidence; "a esposa do Tenente-coronel Veiga", the NER's organization
    tokens = toks(
        "O pai de Fidélia chegou . Fidélia saiu com a esposa do Veiga",
        "DET NOUN ADP PROPN VERB PUNCT PROPN VERB ADP DET NOUN ADP PROPN",
        "o pai de = chegar . = sair com o esposa de =",
    )
    doc = doc_of(tokens, [(3, 4, "LOC"), (6, 7, "LOC"), (12, 13, "ORG")], sent_starts=[i in (0, 6) for i in range(13)])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Fidélia", PER), ("Fidélia", PER), ("Veiga", PER)]
    # a Wikipedia title typed a place ("filho do Maranhão") and a street stay places
    tokens = toks("o filho do Maranhão e a filha da Rua do Bac", "DET NOUN ADP PROPN CCONJ DET NOUN ADP PROPN ADP PROPN")
    doc = doc_of(tokens, [(3, 4, "LOC"), (8, 11, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Maranhão", LOC), ("Rua do Bac", LOC)]
    # an apposition after the name (Casa Velha: "conhecia o Vitorino, filho do segeiro", the NER's
    # place); not a place's apposition with another noun ("Lisboa, capital de Portugal")
    tokens = toks("conhecia o Vitorino , filho do segeiro , e Lisboa , capital de Portugal", "VERB DET PROPN PUNCT NOUN ADP NOUN PUNCT CCONJ PROPN PUNCT NOUN ADP PROPN")
    doc = doc_of(tokens, [(2, 3, "LOC"), (9, 10, "LOC"), (13, 14, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Vitorino", PER), ("Lisboa", LOC), ("Portugal", LOC)]


def test_a_person_after_a_trade_and_its_article_is_the_body_it_works_for():
    # "o gerente da Elgin", "o pesquisador do Inpa", "os funcionários da Sabesp": the NER's people
    # after a trade and do/da/dos/das; "o diretor executivo da Elgin", an adjective between
    tokens = toks(
        "o gerente da Elgin , o pesquisador do Inpa , os funcionários da Sabesp e o diretor executivo da Trace",
        "DET NOUN ADP PROPN PUNCT DET NOUN ADP PROPN PUNCT DET NOUN ADP PROPN CCONJ DET NOUN ADJ ADP PROPN",
    )
    doc = doc_of(tokens, [(3, 4, "PER"), (8, 9, "PER"), (13, 14, "PER"), (19, 20, "PER")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Elgin", ORG), ("Inpa", ORG), ("Sabesp", ORG), ("Trace", ORG)]
    # a given name after the article is a person (European Portuguese), and so is a name a person
    # mention of the document holds, one the name lists give a person, one after a bare "de", and
    # one after a kin noun, no trade
    tokens = toks(
        "o advogado do João , Jáder Barbalho e o assessor do Barbalho , o assessor do Maluf , o gerente de Silveira , o filho do Silveira",
        "DET NOUN ADP PROPN PUNCT PROPN PROPN CCONJ DET NOUN ADP PROPN PUNCT DET NOUN ADP PROPN PUNCT DET NOUN ADP PROPN PUNCT DET NOUN ADP PROPN",
    )
    doc = doc_of(tokens, [(3, 4, "PER"), (5, 7, "PER"), (11, 12, "PER"), (16, 17, "PER"), (21, 22, "PER"), (26, 27, "PER")])
    assert [c for _, c, _ in refined(doc)] == [PER] * 6
    # a place the NER found there stays a place
    tokens = toks("o prefeito do Rio", "DET NOUN ADP PROPN")
    assert [(t, c) for t, c, _ in refined(doc_of(tokens, [(3, 4, "LOC")]))] == [("Rio", LOC)]


def test_a_titled_name_after_a_masculine_article_is_a_person():
    # Machado: "o Padre Cabral", "do Major Vilela", the NER's place and organization
    tokens = toks("o Padre Cabral e a filha do Major Vilela", "DET PROPN PROPN CCONJ DET NOUN ADP PROPN PROPN")
    doc = doc_of(tokens, [(1, 3, "LOC"), (7, 9, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Padre Cabral", PER), ("Major Vilela", PER)]
    # a town, a street or a company named after a title: no article or a feminine one
    tokens = toks("em Engenheiro Passos , na Coronel Xavier e a General Magic", "ADP PROPN PROPN PUNCT ADP PROPN PROPN CCONJ DET PROPN PROPN")
    doc = doc_of(tokens, [(1, 3, "LOC"), (5, 7, "LOC"), (9, 11, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Engenheiro Passos", LOC), ("Coronel Xavier", LOC), ("General Magic", ORG)]
    # a title of nobility and its place: "pelo Marquês de Olinda" (Machado), the NER's organization
    doc = doc_of(toks("pelo Marquês de Olinda", "ADP PROPN ADP PROPN"), [(1, 4, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Marquês de Olinda", PER)]
    # a woman's title after a feminine article (Wikipedia: "a Condessa Anastásia Mikhailovna de
    # Torby", "da Infanta Branca de Espanha", the NER's organization and place); not after "na"
    # (the avenue as often as the woman), nor a man's title after a feminine article
    tokens = toks("a Condessa Anastásia de Torby e da Rainha D. Maria", "DET PROPN PROPN ADP PROPN CCONJ ADP PROPN PROPN PROPN")
    doc = doc_of(tokens, [(1, 5, "ORG"), (7, 10, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Condessa Anastásia de Torby", PER), ("Rainha D. Maria", PER)]
    tokens = toks("na Condessa Elvira e a Coronel Xavier", "ADP PROPN PROPN CCONJ DET PROPN PROPN")
    doc = doc_of(tokens, [(1, 3, "LOC"), (5, 7, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Condessa Elvira", LOC), ("Coronel Xavier", LOC)]
    # a heading in capitals
    doc = doc_of(toks("o CAPITÃO BRANCO", "DET PROPN PROPN"), [(1, 3, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("CAPITÃO BRANCO", ORG)]


def test_a_name_after_a_masculine_article_and_a_gentilic_is_a_person():
    # news: "o alemão Hansi Krauss", "pelo norte-americano Edmund Jensen", the NER's organization and place
    tokens = toks(
        "o alemão Hansi Krauss e pelo norte-americano Edmund Jensen",
        "DET NOUN PROPN PROPN CCONJ ADP ADJ PROPN PROPN",
    )
    doc = doc_of(tokens, [(2, 4, "ORG"), (7, 9, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Hansi Krauss", PER), ("Edmund Jensen", PER)]
    # a company after a feminine article (its noun left out), a name of one word, one in capitals
    tokens = toks(
        "a espanhola Santana Motor , o holandês Richemont e o alemão BASF AG",
        "DET ADJ PROPN PROPN PUNCT DET ADJ PROPN CCONJ DET ADJ PROPN PROPN",
    )
    doc = doc_of(tokens, [(2, 4, "ORG"), (7, 8, "ORG"), (11, 13, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Santana Motor", ORG), ("Richemont", ORG), ("BASF AG", ORG)]
    # a club in a sentence with a score
    tokens = toks("o paraguaio Cerro Porteño venceu por 2-1", "DET ADJ PROPN PROPN VERB ADP NUM")
    doc = doc_of(tokens, [(2, 4, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Cerro Porteño", ORG)]


def test_surnames_after_a_masculine_article_are_a_person():
    # European Portuguese (HAREM I dev): "ideia do Veiga Simão", "com o Santos Simões", the NER's places
    tokens = toks(
        "ideia do Veiga Simão , amigos com o Santos Simões e o Cavaco Silva disse",
        "NOUN ADP PROPN PROPN PUNCT NOUN ADP DET PROPN PROPN CCONJ DET PROPN PROPN VERB",
    )
    doc = doc_of(tokens, [(2, 4, "LOC"), (8, 10, "LOC"), (12, 14, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Veiga Simão", PER), ("Santos Simões", PER), ("Cavaco Silva", PER)]
    # "no" (where a place stands): the NER's place stays (with no article the surnames are a man's
    # too: test_two_surnames_with_no_article_before_them_are_a_man)
    doc = doc_of(toks("ideia e no Santos Simões", "NOUN CCONJ ADP PROPN PROPN"), [(3, 5, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Santos Simões", LOC)]
    # a name of one word (a surname too: "o Nobel", a prize), known places and clubs ("o Porto",
    # "o Benfica"), a name holding a place's word, and one in a match report stay the NER's
    tokens = toks("do Guterres , o Porto , o Benfica e o Rio Simões", "ADP PROPN PUNCT DET PROPN PUNCT DET PROPN CCONJ DET PROPN PROPN")
    doc = doc_of(tokens, [(1, 2, "ORG"), (4, 5, "LOC"), (7, 8, "ORG"), (10, 12, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Guterres", ORG), ("Porto", LOC), ("Benfica", ORG), ("Rio Simões", LOC)]
    doc = doc_of(toks("o Santos Simões venceu por 2-0", "DET PROPN PROPN VERB ADP NUM"), [(1, 3, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Santos Simões", ORG)]
    # after a feminine article, a company or a street (Bosque train: "da Oliveira Martins", the
    # street); after an adverb of place and its preposition, a place ("junto ao Santos Simões")
    tokens = toks("da Oliveira Martins e junto ao Santos Simões", "ADP PROPN PROPN CCONJ ADV ADP PROPN PROPN")
    doc = doc_of(tokens, [(1, 3, "LOC"), (6, 8, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Oliveira Martins", LOC), ("Santos Simões", LOC)]


def test_two_surnames_with_no_article_before_them_are_a_man():
    # Bosque train (Público): "na opinião de Pais Antunes", "abordado por Cunha Rodrigues",
    # "Botelho da Costa garantiu", the NER's places: a man named by two of his surnames
    tokens = toks("na opinião de Pais Antunes , abordado por Cunha Rodrigues . Botelho da Costa garantiu",
                  "ADP NOUN ADP PROPN PROPN PUNCT VERB ADP PROPN PROPN PUNCT PROPN ADP PROPN VERB")
    starts = [i in (0, 11) for i in range(len(tokens))]
    doc = doc_of(tokens, [(3, 5, "LOC"), (8, 10, "LOC"), (11, 14, "LOC")], starts)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Pais Antunes", PER), ("Cunha Rodrigues", PER), ("Botelho da Costa", PER)]
    # after an article (a company after a feminine one: "a Soares da Costa"; where a place stands:
    # "na Oliveira Martins"), a town the Wikipedia titles know ("de Pereira Barreto"), a name in
    # capitals and a name of one word stay the NER's places
    tokens = toks("a Soares da Costa , na Oliveira Martins , de Pereira Barreto , de CUNHA RODRIGUES e de Antunes",
                  "DET PROPN ADP PROPN PUNCT ADP PROPN PROPN PUNCT ADP PROPN PROPN PUNCT ADP PROPN PROPN CCONJ ADP PROPN")
    doc = doc_of(tokens, [(1, 4, "LOC"), (6, 8, "LOC"), (10, 12, "LOC"), (14, 16, "LOC"), (18, 19, "LOC")])
    assert [c for _, c, _ in refined(doc)] == [LOC] * 5


def _parsed_with_verbs(words: str, pos: str, heads: list[int], deps: str, ents, finite=()) -> Doc:
    """A parsed Doc (:func:`_parsed`) whose tokens at ``finite`` are finite verbs (``VerbForm=Fin``)."""
    doc = Doc(NLP.vocab, words=words.split(), pos=pos.split(), heads=heads, deps=deps.split(),
              morphs=["VerbForm=Fin" if i in finite else "" for i in range(len(words.split()))])
    doc.ents = [_span(doc, a, b, lab) for a, b, lab in ents]
    doc.user_data[DOC_ID_KEY] = "d.txt"
    return doc


def test_a_surname_no_list_knows_subject_of_a_verb_is_a_person():
    # news names a man by his surname alone, the NER's place: a word neither the name lists nor the
    # Wikipedia titles know, the subject of a finite verb after it, with no article before it
    doc = _parsed_with_verbs("Vilaboim propôs um acordo", "PROPN VERB DET NOUN", [1, 1, 3, 1], "nsubj ROOT det obj",
                             [(0, 1, "LOC")], finite=(1,))
    assert [(t, c) for t, c, _ in refined(doc)] == [("Vilaboim", PER)]
    doc = _parsed_with_verbs("Furioso , Baldaia arrastou Pedro", "ADJ PUNCT PROPN VERB PROPN", [0, 0, 3, 0, 3],
                             "ROOT punct nsubj parataxis obj", [(2, 3, "LOC"), (4, 5, "PER")], finite=(3,))
    assert [(t, c) for t, c, _ in refined(doc)] == [("Baldaia", PER), ("Pedro", PER)]


def test_a_name_after_a_noun_of_opinion_or_speech_and_de_is_a_person_in_every_mention():
    # "na opinião de Pertence", "segundo declarações de X": whose opinion or words, the NER's place
    # or organization; its other mentions and the surname of a full name follow
    assert typed("Na opinião de Vilaboim , o projeto cai . Vilaboim votou",
                 "ADP NOUN ADP PROPN PUNCT DET NOUN VERB PUNCT PROPN VERB", [(3, 4, "LOC"), (9, 10, "LOC")]) == [
        ("Vilaboim", PER), ("Vilaboim", PER)]
    assert typed("segundo declarações de Sigmaringa Vilaboim , Vilaboim votou",
                 "ADP NOUN ADP PROPN PROPN PUNCT PROPN VERB", [(3, 5, "ORG"), (6, 7, "LOC")]) == [
        ("Sigmaringa Vilaboim", PER), ("Vilaboim", PER)]
    assert typed("nas palavras de Vilaboim , o projeto cai", "ADP NOUN ADP PROPN PUNCT DET NOUN VERB", [(3, 4, "LOC")]) == [("Vilaboim", PER)]


def test_a_place_or_a_body_after_a_noun_of_opinion_stays_what_it_was():
    # an article before the name (a body's, a place's), a country, a town a Wikipedia title knows,
    # an acronym, and a noun of no opinion keep the NER's type
    assert typed("na opinião do Vilaboim , o projeto cai", "ADP NOUN ADP PROPN PUNCT DET NOUN VERB", [(3, 4, "LOC")]) == [("Vilaboim", LOC)]
    assert typed("na opinião de Portugal , o projeto cai", "ADP NOUN ADP PROPN PUNCT DET NOUN VERB", [(3, 4, "LOC")]) == [("Portugal", LOC)]
    assert typed("na avaliação de Diadema , o projeto cai", "ADP NOUN ADP PROPN PUNCT DET NOUN VERB", [(3, 4, "LOC")]) == [("Diadema", LOC)]
    assert typed("na opinião de VLB , o projeto cai", "ADP NOUN ADP PROPN PUNCT DET NOUN VERB", [(3, 4, "ORG")]) == [("VLB", ORG)]
    assert typed("na cidade de Vilaboim , o projeto cai", "ADP NOUN ADP PROPN PUNCT DET NOUN VERB", [(3, 4, "LOC")]) == [("Vilaboim", LOC)]


def test_a_place_subject_of_a_verb_stays_a_place():
    # a town the Wikipedia titles know ("Orlândia planta soja"), a name after an article (a
    # company's), one the document puts where a place stands, a subject after its verb and the
    # subject of an infinitive stay the NER's places
    doc = _parsed_with_verbs("Orlândia planta soja", "PROPN VERB NOUN", [1, 1, 1], "nsubj ROOT obj", [(0, 1, "LOC")], finite=(1,))
    assert [c for _, c, _ in refined(doc)] == [LOC]
    doc = _parsed_with_verbs("A Vilaboim propôs um acordo", "DET PROPN VERB DET NOUN", [1, 2, 2, 4, 2], "det nsubj ROOT det obj",
                             [(1, 2, "LOC")], finite=(2,))
    assert [c for _, c, _ in refined(doc)] == [LOC]
    doc = _parsed_with_verbs("Vilaboim cresceu e muitos vivem em Vilaboim", "PROPN VERB CCONJ PRON VERB ADP PROPN",
                             [1, 1, 4, 4, 1, 6, 4], "nsubj ROOT cc nsubj conj case obl", [(0, 1, "LOC"), (6, 7, "LOC")], finite=(1, 4))
    assert [c for _, c, _ in refined(doc)] == [LOC, LOC]
    doc = _parsed_with_verbs("propôs Vilaboim um acordo", "VERB PROPN DET NOUN", [0, 0, 3, 0], "ROOT nsubj det obj", [(1, 2, "LOC")], finite=(0,))
    assert [c for _, c, _ in refined(doc)] == [LOC]
    doc = _parsed_with_verbs("Vilaboim propor um acordo", "PROPN VERB DET NOUN", [1, 1, 3, 1], "nsubj ROOT det obj", [(0, 1, "LOC")])
    assert [c for _, c, _ in refined(doc)] == [LOC]
    # a quoted title whose verb the parse found past a dash, and a common noun a restrictive "que"
    # follows, opening a sentence
    doc = _parsed_with_verbs('" Vilaboim " , de Ana Lopes - levou anos', "PUNCT PROPN PUNCT PUNCT ADP PROPN PROPN PUNCT VERB NOUN",
                             [1, 8, 1, 5, 5, 1, 5, 8, 8, 8], "punct nsubj punct punct case nmod flat:name punct ROOT obj",
                             [(1, 2, "LOC"), (5, 7, "PER")], finite=(8,))
    assert [(t, c) for t, c, _ in refined(doc)][0][1] != PER
    doc = _parsed_with_verbs("Vilaboins que carregam a imagem acabam", "PROPN PRON VERB DET NOUN VERB", [5, 2, 0, 4, 2, 5],
                             "nsubj nsubj acl:relcl det obj ROOT", [(0, 1, "LOC")], finite=(2, 5))
    assert [c for _, c, _ in refined(doc)] == [LOC]


def test_a_division_noun_in_the_plural_alone_is_no_place():
    # news capitalizes the divisions in general: "em vários Estados", "a Estados e municípios",
    # "nas Regiões"; no place, dropped; a name the NER cut before a capitalized word stays
    doc = doc_of(toks("feito em vários Estados e nas Regiões do país e nos Estados Unidos",
                      "VERB ADP DET NOUN CCONJ ADP NOUN ADP NOUN CCONJ ADP PROPN PROPN"),
                 [(3, 4, "LOC"), (6, 7, "LOC"), (11, 13, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Estados Unidos", LOC)]
    doc = doc_of(toks("como nos Estados Membros", "ADP ADP PROPN PROPN"), [(2, 3, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Estados", LOC)]


def test_a_name_after_an_animals_noun_is_a_thing():
    # livestock pages: "o cavalo Vento Leste", "a vaca Brisa Clara", "o garanhão Pitanguá", the
    # NER's people; "o gato" says as much of a handsome man, who stays a person
    doc = doc_of(toks("o cavalo Vento Leste venceu ; a vaca Brisa Clara e o garanhão Pitanguá ; o gato Pedro Souza",
                      "DET NOUN PROPN PROPN VERB PUNCT DET NOUN PROPN PROPN CCONJ DET NOUN PROPN PUNCT DET NOUN PROPN PROPN"),
                 [(2, 4, "PER"), (8, 10, "PER"), (13, 14, "PER"), (17, 19, "PER")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Vento Leste", MISC), ("Brisa Clara", MISC), ("Pitanguá", MISC), ("Pedro Souza", PER)]


def test_two_surnames_in_an_address_are_a_street_named_after_a_man():
    # MAC-MORPHO's streets named after men ("Min. Rocha Azevedo, 539", "nas ruas Engenheiro
    # Monlevade, Peixoto Gomide e alameda Itu"), the NER's places with no article before them: a
    # house number after the name (after a comma or "nº"), an abbreviated title after a street noun,
    # a plural street noun opening a list, "esquina com" on either side keep the place
    text = ("fica em Rocha Azevedo , 539 . Na av. Min. Cunha Rodrigues . Nas ruas Itu , Lima Duarte e Augusta . "
            "Fica Pais Antunes esquina com Oscar Freire . Na Oscar Freire esquina com Veiga Simão . Mora em Nobre Guedes nº 12")
    pos = ("VERB ADP PROPN PROPN PUNCT NUM PUNCT ADP NOUN PROPN PROPN PROPN PUNCT ADP NOUN PROPN PUNCT PROPN PROPN CCONJ PROPN PUNCT "
           "VERB PROPN PROPN NOUN ADP PROPN PROPN PUNCT ADP PROPN PROPN NOUN ADP PROPN PROPN PUNCT VERB ADP PROPN PROPN NOUN NUM")
    tokens = toks(text, pos)
    starts = [i in (0, 7, 13, 22, 30, 38) for i in range(len(tokens))]
    doc = doc_of(tokens, [(2, 4, "LOC"), (10, 12, "LOC"), (17, 19, "LOC"), (23, 25, "LOC"), (35, 37, "LOC"), (40, 42, "LOC")], starts)
    assert [(t, c) for t, c, _ in refined(doc)] == [
        ("Rocha Azevedo", LOC), ("Cunha Rodrigues", LOC), ("Lima Duarte", LOC), ("Pais Antunes", LOC), ("Veiga Simão", LOC), ("Nobre Guedes", LOC)]


def test_two_surnames_after_an_address_are_still_a_man():
    # an age after the comma, a singular street's name ended by a comma, a plural street noun
    # whose list does not go on after the name, a year: the man's surnames
    tokens = toks("disse Cunha Rodrigues , 52 . Na avenida Paulista , Pais Antunes falou . "
                  "Nas ruas de Lisboa , Veiga Simão viu . Segundo Nobre Guedes , 1998",
                  "VERB PROPN PROPN PUNCT NUM PUNCT ADP NOUN PROPN PUNCT PROPN PROPN VERB PUNCT "
                  "ADP NOUN ADP PROPN PUNCT PROPN PROPN VERB PUNCT ADP PROPN PROPN PUNCT NUM")
    starts = [i in (0, 6, 14, 23) for i in range(len(tokens))]
    doc = doc_of(tokens, [(1, 3, "LOC"), (10, 12, "LOC"), (19, 21, "LOC"), (24, 26, "LOC")], starts)
    assert [(t, c) for t, c, _ in refined(doc) if c == PER] == [
        ("Cunha Rodrigues", PER), ("Pais Antunes", PER), ("Veiga Simão", PER), ("Nobre Guedes", PER)]


def test_surnames_after_a_complex_preposition_of_place_stay_a_place():
    # Bosque train: "em frente ao Banana Banana", a bar (the NER's place); "ao redor do", "debaixo
    # do", "defronte do" too
    tokens = toks("em frente ao Banana Banana , ao redor do Santos Simões , debaixo do Veiga Simão e defronte do Cavaco Silva",
                  "ADP NOUN ADP PROPN PROPN PUNCT ADP NOUN ADP PROPN PROPN PUNCT ADV ADP PROPN PROPN CCONJ ADV ADP PROPN PROPN")
    doc = doc_of(tokens, [(3, 5, "LOC"), (9, 11, "LOC"), (14, 16, "LOC"), (19, 21, "LOC")])
    assert [c for _, c, _ in refined(doc)] == [LOC] * 4
    # a person after "ao lado do" and "em torno do", whose object is a person as often
    tokens = toks("ao lado do Santos Simões e em torno do Veiga Simão", "ADP NOUN ADP PROPN PROPN CCONJ ADP NOUN ADP PROPN PROPN")
    doc = doc_of(tokens, [(3, 5, "LOC"), (9, 11, "LOC")])
    assert [c for _, c, _ in refined(doc)] == [PER, PER]


def test_surnames_after_an_article_stay_a_place_where_the_document_puts_them_where_a_place_stands():
    # "o Santos Simões" of a text that also says "em Santos": the NER's place stays
    words = "o Santos Simões cresceu e vive em Santos".split()
    doc = Doc(
        NLP.vocab,
        words=words,
        pos="DET PROPN PROPN VERB CCONJ VERB ADP PROPN".split(),
        heads=[1, 3, 1, 3, 5, 3, 7, 5],
        deps="det nsubj flat:name ROOT cc conj case obl".split(),
    )
    doc.ents = [_span(doc, 1, 3, "LOC"), _span(doc, 7, 8, "LOC")]
    doc.user_data[DOC_ID_KEY] = "d.txt"
    assert [(t, c) for t, c, _ in refined(doc)] == [("Santos Simões", LOC), ("Santos", LOC)]


def test_a_club_named_by_its_town_in_a_match_report_is_an_organization():
    # Bosque train (Público): "O Norwich bateu em casa o Southampton por 1-0", the NER's places;
    # where it was played ("em Matosinhos") stays a place, and so does a country (its team)
    tokens = toks(
        "O Norwich bateu em Matosinhos o Southampton e a Nigéria por 1-0",
        "DET PROPN VERB ADP PROPN DET PROPN CCONJ DET PROPN ADP NUM",
    )
    doc = doc_of(tokens, [(1, 2, "LOC"), (4, 5, "LOC"), (6, 7, "LOC"), (9, 10, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Norwich", ORG), ("Matosinhos", LOC), ("Southampton", ORG), ("Nigéria", LOC)]
    # no score, no match: a town
    doc = doc_of(toks("O Norwich recebeu a visita", "DET PROPN VERB DET NOUN"), [(1, 2, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Norwich", LOC)]
    # where it was played, after a venue's noun, is no team (23d's wrong "estádio da Fonte Nova")
    tokens = toks(
        "O Leixões venceu o Farense por 2-0 no estádio da Fonte Nova",
        "DET PROPN VERB DET PROPN ADP NUM ADP NOUN ADP PROPN PROPN",
    )
    doc = doc_of(tokens, [(1, 2, "LOC"), (4, 5, "LOC"), (10, 12, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Leixões", ORG), ("Farense", ORG), ("Fonte Nova", LOC)]


def test_a_players_or_a_coachs_club_is_an_organization_even_a_known_town():
    # Wikipedia: "é um futebolista uruguaio que atua no Liverpool", "ex-futebolista ... jogou no
    # Farense", "treinador do Barcelona", the NER's places (Liverpool and Barcelona known towns)
    tokens = toks("é um futebolista uruguaio que atua no Liverpool", "AUX DET NOUN ADJ PRON VERB ADP PROPN")
    doc = doc_of(tokens, [(7, 8, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Liverpool", ORG)]
    tokens = toks("um ex-futebolista que jogou no Farense e hoje é treinador do Barcelona",
                  "DET NOUN PRON VERB ADP PROPN CCONJ ADV AUX NOUN ADP PROPN")
    doc = doc_of(tokens, [(5, 6, "LOC"), (11, 12, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Farense", ORG), ("Barcelona", ORG)]
    # a country (its team), a continent and a region stay places; no football, no club
    tokens = toks("o futebolista jogou no Brasil , atua na Europa e joga na Região Sul",
                  "DET NOUN VERB ADP PROPN PUNCT VERB ADP PROPN CCONJ VERB ADP PROPN PROPN")
    doc = doc_of(tokens, [(4, 5, "LOC"), (8, 9, "LOC"), (12, 14, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Brasil", LOC), ("Europa", LOC), ("Região Sul", LOC)]
    doc = doc_of(toks("a empresa atua no Porto", "DET NOUN VERB ADP PROPN"), [(4, 5, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Porto", LOC)]


def test_a_club_coordinated_with_a_players_club():
    # Wikipedia: "jogou no Feyenoord da Holanda e no Ajax", "jogou no Internacional e no CA Osasuna
    # da Espanha": the conjunct after its own preposition is a club too (its country cut)
    from tests.extract.handparse import table_doc

    table = """
    futebolista futebolista NOUN ROOT 0
    que que PRON nsubj 2
    jogou jogar VERB acl:relcl 0
    no em_o ADP case 4
    Internacional Internacional PROPN obl 2
    e e CCONJ cc 8
    no em_o ADP case 8
    CA CA PROPN conj 4
    Osasuna Osasuna PROPN flat:name 7
    da de_a ADP case 10
    Espanha Espanha PROPN nmod 7
    """
    doc = table_doc(NLP, table, [("LOC", 4, 5), ("LOC", 7, 11)], "d.txt", run=False)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Internacional", ORG), ("CA Osasuna", ORG), ("Espanha", LOC)]
    # a conjunct of a place after no cue stays a place
    table = """
    futebolista futebolista NOUN nsubj 1
    mora morar VERB ROOT 1
    em em ADP case 3
    Lisboa Lisboa PROPN obl 1
    e e CCONJ cc 6
    no em_o ADP case 6
    Porto Porto PROPN conj 3
    """
    doc = table_doc(NLP, table, [("LOC", 3, 4), ("LOC", 6, 7)], "d.txt", run=False)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Lisboa", LOC), ("Porto", LOC)]


def test_an_adverb_between_a_club_cue_and_its_preposition():
    # Wikipedia's footballers: "é um futebolista que joga atualmente pelo Feyenoord da Holanda",
    # "joga actualmente no Braga de Portugal": the club (its country cut), not a town
    tokens = toks("é um futebolista que joga atualmente pelo Feyenoord da Holanda",
                  "AUX DET NOUN PRON VERB ADV ADP PROPN ADP PROPN")
    doc = doc_of(tokens, [(7, 10, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Feyenoord", ORG), ("Holanda", LOC)]
    tokens = toks("o futebolista joga atualmente pelo Bylis Ballsh da Albânia", "DET NOUN VERB ADV ADP PROPN PROPN ADP PROPN")
    doc = doc_of(tokens, [(5, 9, "PER")])  # the NER's person: the club and its country all the same
    assert [(t, c) for t, c, _ in refined(doc)] == [("Bylis Ballsh", ORG), ("Albânia", LOC)]
    tokens = toks("o futebolista joga actualmente no Braga", "DET NOUN VERB ADV ADP PROPN")
    doc = doc_of(tokens, [(5, 6, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Braga", ORG)]
    # an adverb after a word that is no cue: a town
    tokens = toks("o futebolista mora atualmente no Braga", "DET NOUN VERB ADV ADP PROPN")
    doc = doc_of(tokens, [(5, 6, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Braga", LOC)]


def test_a_club_a_contest_names_is_an_organization_even_a_known_town_without_a_score():
    # MAC-MORPHO: "a vitória do São Paulo sobre o Santos" (São Paulo a known town, Santos the NER's
    # organization the name lists made a place), "O Bayer Leverkusen enfrenta o Kispest" (a place)
    from tests.extract.handparse import table_doc

    table = """
    assistiram assistir VERB ROOT 0
    a o DET det 2
    vitória vitória NOUN obj 0
    do de ADP case 4
    São São PROPN nmod 2
    Paulo Paulo PROPN flat:name 4
    sobre sobre ADP case 8
    o o DET det 8
    Santos Santos PROPN nmod 2
    """
    doc = table_doc(NLP, table, [("LOC", 4, 6), ("ORG", 8, 9)], "d.txt", run=False)
    assert [(t, c) for t, c, _ in refined(doc)] == [("São Paulo", ORG), ("Santos", ORG)]
    table = """
    O o DET det 1
    Kispest Kispest PROPN nsubj 2
    empatou empatar VERB ROOT 2
    com com ADP case 5
    o o DET det 5
    Braga Braga PROPN obl 2
    """
    doc = table_doc(NLP, table, [("LOC", 1, 2), ("LOC", 5, 6)], "d.txt", run=False)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Kispest", ORG), ("Braga", ORG)]
    # a contest's verb with one party, no football, no score: a town ("O Porto perdeu importância");
    # a country stays a place (its national team, which the graph does not tell from it); where
    # it was played has no team's article ("venceu em Bochum")
    table = """
    O o DET det 1
    Porto Porto PROPN nsubj 2
    perdeu perder VERB ROOT 2
    importância importância NOUN obj 2
    """
    doc = table_doc(NLP, table, [("LOC", 1, 2)], "d.txt", run=False)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Porto", LOC)]
    table = """
    O o DET det 1
    Brasil Brasil PROPN nsubj 2
    venceu vencer VERB ROOT 2
    a o DET det 4
    Itália Itália PROPN obj 2
    em em ADP case 6
    Bochum Bochum PROPN obl 2
    """
    doc = table_doc(NLP, table, [("LOC", 1, 2), ("LOC", 4, 5), ("LOC", 6, 7)], "d.txt", run=False)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Brasil", LOC), ("Itália", LOC), ("Bochum", LOC)]


def _types_of(table: str, ents: list[tuple[str, int, int]]) -> list[tuple[str, str]]:
    """The refined mentions' texts and types of a hand-parsed sentence (``handparse.table_doc``)."""
    from tests.extract.handparse import table_doc

    return [(t, c) for t, c, _ in refined(table_doc(NLP, table, ents, "d.txt", run=False))]


def test_a_club_named_by_its_town_keeps_its_identity_and_the_towns_mentions_stay_places():
    # "O Norwich venceu o Southampton por 2-1. O presidente vive no Norwich.": the club, a sports
    # rule's, casts no vote, so the town where the president lives stays a place (the tie made both
    # organizations); the club's mention says it is one (CLUB_SOURCE), for the corpus and the linker
    tokens = toks(
        "O Norwich venceu o Southampton por 2-1 . O presidente vive no Norwich",
        "DET PROPN VERB DET PROPN ADP NUM PUNCT DET NOUN VERB ADP PROPN",
    )
    doc = doc_of(tokens, [(1, 2, "LOC"), (4, 5, "LOC"), (12, 13, "LOC")], [i in (0, 8) for i in range(len(tokens))])
    assert refined(doc) == [("Norwich", ORG, CLUB_SOURCE), ("Southampton", ORG, CLUB_SOURCE), ("Norwich", LOC, "ner")]
    # a document with only the club: all its mentions the club's
    doc = doc_of(tokens[:8], [(1, 2, "LOC"), (4, 5, "LOC")])
    assert [c for _, c, _ in refined(doc)] == [ORG, ORG]
    # the preposition "a" is no team's article: a destination, a place ("na deslocação a Estugarda")
    tokens = toks(
        "na deslocação a Estugarda o Norwich perdeu por 2-0",
        "ADP NOUN ADP PROPN DET PROPN VERB ADP NUM",
    )
    assert [(t, c) for t, c, _ in refined(doc_of(tokens, [(3, 4, "LOC"), (5, 6, "LOC")]))] == [("Estugarda", LOC), ("Norwich", ORG)]


def test_a_country_whose_state_acts_is_an_organization_and_its_other_mentions_stay_places():
    # HAREM types a country an organization where its state acts ("a Rússia aceita o ataque", "o
    # México prende o assessor"): the subject of a state's act or of a speech verb, or its agent
    # and the agent's conjunct; in the first, where the tourists went back is the place, no vote
    # between the two mentions
    cases = [
        ("A o DET det 1|Grécia Grécia PROPN nsubj 2|assinou assinar VERB ROOT 2|o o DET det 4|tratado tratado NOUN obj 2|"
         "e e CCONJ cc 8|os o DET det 7|turistas turista NOUN nsubj 8|voltaram voltar VERB conj 2|à a ADP case 10|"
         "Grécia Grécia PROPN obl 8", [("LOC", 1, 2), ("LOC", 10, 11)], [("Grécia", ORG), ("Grécia", LOC)]),
        ("A o DET det 1|milícia milícia NOUN ROOT 1|apoiada apoiar VERB acl 1|pelo por_o ADP case 4|"
         "Irão Irão PROPN obl:agent 2|e e CCONJ cc 7|pela por_a ADP case 7|Síria Síria PROPN conj 4",
         [("LOC", 4, 5), ("ORG", 7, 8)], [("Irão", ORG), ("Síria", ORG)]),
        ("Os o DET det 1|EUA EUA PROPN nsubj 2|dizem dizer VERB ROOT 2|que que SCONJ mark 5|vão ir AUX aux 5|"
         "negociar negociar VERB ccomp 2", [("ORG", 1, 2)], [("EUA", ORG)]),
    ]
    for rows, ents, want in cases:
        assert _types_of(rows.replace("|", "\n"), ents) == want


@pytest.mark.parametrize("lemma", ["renunciar", "renunciasse"], ids=["lemma-the-infinitive", "lemma-the-form"])
def test_a_country_whose_state_acts_is_an_organization_whatever_lemma_its_verb_has(lemma):
    # "conseguiu que a França renunciasse a quaisquer reclamações" (HAREM I train): the lemmatizer
    # of a syntax encoder taught MAC-MORPHO's tags returns the form as it is, the shipped one the
    # infinitive; the state renounces either way (issue 17, P68n)
    rows = (f"que que SCONJ mark 3|a o DET det 2|França França PROPN nsubj 3|renunciasse {lemma} VERB ROOT 3|"
            "a a ADP case 5|reclamações reclamação NOUN obl 3")
    assert _types_of(rows.replace("|", "\n"), [("LOC", 2, 3)]) == [("França", ORG)]


def test_a_country_stays_a_place_where_no_state_acts():
    # a national team in a sentence about football; a verb that is no state's act; a city (no
    # country); the name a news quotation's tag gives after its verb, a person's
    cases = [
        ("O o DET det 1|Brasil Brasil PROPN nsubj 2|aceitou aceitar VERB ROOT 2|o o DET det 4|empate empate NOUN obj 2|"
         "por por ADP case 6|1-1 1-1 NUM obl 2", 1, "Brasil"),
        ("Portugal Portugal PROPN nsubj 1|tem ter VERB ROOT 1|praias praia NOUN obj 1", 0, "Portugal"),
        ("Moscou Moscou PROPN nsubj 1|recusa recusar VERB ROOT 1|o o DET det 3|plano plano NOUN obj 1", 0, "Moscou"),
        ("Vamos ir AUX aux 1|negociar negociar VERB ccomp 3|, , PUNCT punct 1|acusou acusar VERB ROOT 3|"
         "Montenegro Montenegro PROPN nsubj 3", 4, "Montenegro"),
    ]
    for rows, at, name in cases:
        assert _types_of(rows.replace("|", "\n"), [("LOC", at, at + 1)]) == [(name, LOC)], name


def test_a_country_whose_state_decides_trades_or_is_the_maker_of_an_act_noun_is_an_organization():
    # "o Brasil importava esse insumo", "A Suécia e a Dinamarca ordenaram uma inspeção": a state's
    # decision or trade; "Portugal tem vindo a investir", "os EUA devem enviar tropas": the act the
    # aspectual or modal verb carries; "a ameaça da Espanha", "um acordo entre o PAIGC e Portugal":
    # the maker of the act a noun names (HAREM I train's organizations)
    cases = [
        ("o o DET det 1|Brasil Brasil PROPN nsubj 2|importava importar VERB ROOT 2|esse esse DET det 4|insumo insumo NOUN obj 2",
         [("LOC", 1, 2)], [("Brasil", ORG)]),
        ("A o DET det 1|Suécia Suécia PROPN nsubj 5|e e CCONJ cc 4|a o DET det 4|Dinamarca Dinamarca PROPN conj 1|"
         "ordenaram ordenar VERB ROOT 5|uma um DET det 7|inspeção inspeção NOUN obj 5",
         [("LOC", 1, 2), ("LOC", 4, 5)], [("Suécia", ORG), ("Dinamarca", ORG)]),
        ("Portugal Portugal PROPN nsubj 2|tem ter AUX aux 2|vindo vir VERB ROOT 2 VerbForm=Part|a a SCONJ mark 4|"
         "investir investir VERB xcomp 2 VerbForm=Inf|em em ADP case 6|tecnologia tecnologia NOUN obl 4",
         [("LOC", 0, 1)], [("Portugal", ORG)]),
        ("os o DET det 1|EUA EUA PROPN nsubj 2|devem dever VERB ROOT 2|enviar enviar VERB xcomp 2 VerbForm=Inf|"
         "tropas tropa NOUN obj 3", [("LOC", 1, 2)], [("EUA", ORG)]),
        ("a o DET det 1|ameaça ameaça NOUN nsubj 4|da de_o ADP case 3|Espanha Espanha PROPN nmod 1|pesava pesar VERB ROOT 4",
         [("LOC", 3, 4)], [("Espanha", ORG)]),
        ("foi ser AUX aux:pass 1|assinado assinar VERB ROOT 1|um um DET det 3|acordo acordo NOUN nsubj:pass 1|"
         "entre entre ADP case 6|o o DET det 6|PAIGC PAIGC PROPN nmod 3|e e CCONJ cc 8|Portugal Portugal PROPN conj 6",
         [("ORG", 6, 7), ("LOC", 8, 9)], [("PAIGC", ORG), ("Portugal", ORG)]),
    ]
    for rows, ents, want in cases:
        assert _types_of(rows.replace("|", "\n"), ents) == want, rows


def test_a_country_stays_a_place_under_a_verb_or_a_noun_of_no_states_act():
    # what a territory has or goes through, a generic verb, a modal carrying no state's act, the
    # aim of a sanction (contra) and the party a text sets beside the maker (com), a noun whose de
    # complement is what is acted on
    cases = [
        ("a o DET det 1|Venezuela Venezuela PROPN nsubj 2|entrou entrar VERB ROOT 2|em em ADP case 4|recessão recessão NOUN obl 2", 1, "Venezuela"),
        ("Portugal Portugal PROPN nsubj 1|conseguiu conseguir VERB ROOT 1|o o DET det 3|reconhecimento reconhecimento NOUN obj 1", 0, "Portugal"),
        ("o o DET det 1|Brasil Brasil PROPN nsubj 2|deve dever VERB ROOT 2|crescer crescer VERB xcomp 2 VerbForm=Inf", 1, "Brasil"),
        ("as o DET det 1|sanções sanção NOUN nsubj 5|contra contra ADP case 4|o o DET det 4|Japão Japão PROPN nmod 1|"
         "começam começar VERB ROOT 5", 4, "Japão"),
        ("os o DET det 1|acordos acordo NOUN nsubj 4|com com ADP case 3|Polônia Polônia PROPN nmod 1|sustentariam sustentar VERB ROOT 4", 3, "Polônia"),
        ("a o DET det 1|invasão invasão NOUN nsubj 4|do de_o ADP case 3|Haiti Haiti PROPN nmod 1|começou começar VERB ROOT 4", 3, "Haiti"),
    ]
    for rows, at, name in cases:
        assert _types_of(rows.replace("|", "\n"), [("LOC", at, at + 1)]) == [(name, LOC)], name


def test_a_country_after_a_players_club_is_cut_from_its_name():
    # Wikipedia's footballers: "jogou no Feyenoord da Holanda", "atuou pelo CA Osasuna da Espanha",
    # one NER organization each; the country says where the club plays, it is no part of its name
    tokens = toks("o futebolista jogou no Feyenoord da Holanda e atuou pelo CA Osasuna da Espanha",
                  "DET NOUN VERB ADP PROPN ADP PROPN CCONJ VERB ADP PROPN PROPN ADP PROPN")
    doc = doc_of(tokens, [(4, 7, "ORG"), (10, 14, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Feyenoord", ORG), ("Holanda", LOC), ("CA Osasuna", ORG), ("Espanha", LOC)]
    # the country is the name's in an institution's or a club's own name, after a kind's noun, and
    # with no club's cue; a town stays in the name
    tokens = toks("o futebolista jogou no Sporting Clube de Portugal , na Seleção da Espanha e no Atlético de Madrid",
                  "DET NOUN VERB ADP PROPN PROPN ADP PROPN PUNCT ADP PROPN ADP PROPN CCONJ ADP PROPN ADP PROPN")
    doc = doc_of(tokens, [(4, 8, "ORG"), (10, 13, "ORG"), (15, 18, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [
        ("Sporting Clube de Portugal", ORG), ("Seleção da Espanha", ORG), ("Atlético de Madrid", ORG)
    ]
    tokens = toks("o futebolista trabalhou no Banco do Brasil", "DET NOUN VERB ADP PROPN ADP PROPN")
    doc = doc_of(tokens, [(4, 7, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Banco do Brasil", ORG)]


def test_a_name_opening_with_a_venues_word_is_a_place():
    # Wikipedia: "O Estádio Francisco Leite, apelidado de Chico Leite", "A Ponte de Almansor", the
    # NER's organizations; a building where things happen, no body (the venue_heads)
    tokens = toks("O Estádio Francisco Leite fica perto da Ponte de Almansor", "DET PROPN PROPN PROPN VERB ADV ADP PROPN ADP PROPN")
    doc = doc_of(tokens, [(1, 4, "ORG"), (7, 10, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Estádio Francisco Leite", LOC), ("Ponte de Almansor", LOC)]
    # an institution's word (organization_heads) is no venue's, nor is the word alone
    tokens = toks("O Museu da Lourinhã e o Estádio", "DET PROPN ADP PROPN CCONJ DET PROPN")
    doc = doc_of(tokens, [(1, 4, "ORG"), (6, 7, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)][0] == ("Museu da Lourinhã", ORG)
    # the word alone after "no"/"na"/"em" is the building where it is (MAC-MORPHO, P64a: "desfilam no
    # Sambódromo", "está na Basílica nacional"); after another word it stays the NER's ("a Ponte
    # venceu": a club; "a direção da Basílica")
    tokens = toks("desfilam no Sambódromo e a imagem está na Basílica", "VERB ADP PROPN CCONJ DET NOUN VERB ADP PROPN")
    doc = doc_of(tokens, [(2, 3, "ORG"), (8, 9, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Sambódromo", LOC), ("Basílica", LOC)]
    tokens = toks("a direção da Basílica", "DET NOUN ADP PROPN")
    assert [(t, c) for t, c, _ in refined(doc_of(tokens, [(3, 4, "ORG")]))] == [("Basílica", ORG)]


def test_a_station_a_hall_and_a_building_or_business_named_after_a_person_are_no_person():
    cases = [
        # Wikipedia and MAC-MORPHO: "desceu na Estação Artur Alvim", "no Auditório Cláudio Santoro",
        # the NER's organization and person; stations and halls are venues, places
        ("desceu na Estação Artur Alvim e tocou no Auditório Cláudio Santoro", "VERB ADP PROPN PROPN PROPN CCONJ VERB ADP PROPN PROPN PROPN",
         [(2, 5, "ORG"), (8, 11, "PER")], [("Estação Artur Alvim", LOC), ("Auditório Cláudio Santoro", LOC)]),
        # a person's name after a building's or a business's word (premises_heads), which the NER
        # typed a person: the building's place, the business's organization
        ("no Teatro Sérgio Cardoso e na Livraria Francisco Alves", "ADP PROPN PROPN PROPN CCONJ ADP PROPN PROPN PROPN",
         [(1, 4, "PER"), (6, 9, "PER")], [("Teatro Sérgio Cardoso", LOC), ("Livraria Francisco Alves", ORG)]),
        # the NER's organization after such a word stays one (a theatre company); a Wikipedia title
        # of a person stays a person ("Café Filho", a president)
        ("o Teatro Oficina Uzyna e Café Filho", "DET PROPN PROPN PROPN CCONJ PROPN PROPN",
         [(1, 4, "ORG"), (5, 7, "PER")], [("Teatro Oficina Uzyna", ORG), ("Café Filho", PER)]),
    ]
    for text, pos, ents, want in cases:
        assert typed(text, pos, ents) == want, text


def test_the_source_a_report_cites_is_a_person_without_an_article_and_a_body_with_one():
    cases = [
        # MAC-MORPHO: "Segundo Guimarães, ...", "Segundo Lula, ...", the NER's place and organization
        ("Segundo Guimarães , a safra cresceu e , segundo Lula , o hospital fechou .",
         "ADP PROPN PUNCT DET NOUN VERB CCONJ PUNCT ADP PROPN PUNCT DET NOUN VERB PUNCT",
         [(1, 2, "LOC"), (9, 10, "ORG")], [("Guimarães", PER), ("Lula", PER)]),
        # ", segundo a Epagri, ...", the NER's place; "de acordo com a Andima, ...", the NER's person
        ("Os nevoeiros , segundo a Epagri , são comuns e , de acordo com a Andima , a taxa subiu .",
         "DET NOUN PUNCT ADP DET PROPN PUNCT AUX ADJ CCONJ PUNCT ADP NOUN ADP DET PROPN PUNCT DET NOUN VERB PUNCT",
         [(5, 6, "LOC"), (15, 16, "PER")], [("Epagri", ORG), ("Andima", ORG)]),
        # a country stays a place (the graph's, when it acts as a state too); the ordinal cites no
        # one; a name the report does not close with a comma or the sentence's end is no source
        ("Segundo o Brasil , o segundo Mundial Vargas foi segundo Leme disse .",
         "ADP DET PROPN PUNCT DET ADJ PROPN PROPN AUX ADP PROPN VERB PUNCT",
         [(2, 3, "LOC"), (6, 8, "LOC"), (10, 11, "LOC")], [("Brasil", LOC), ("Mundial Vargas", LOC), ("Leme", LOC)]),
        # a name with "e" or an institution's word is no person's (Wikipedia: a register of jobs)
        ("de acordo com Cadastro Geral de Empregos e Desempregos .", "ADP NOUN ADP PROPN PROPN ADP PROPN CCONJ PROPN PUNCT",
         [(3, 9, "ORG")], [("Cadastro Geral de Empregos e Desempregos", ORG)]),
    ]
    for text, pos, ents, want in cases:
        assert typed(text, pos, ents) == want, text


def test_an_office_and_its_body_leave_the_body_and_a_title_alone_is_no_name():
    # "Os Presidentes do Parlamento Europeu ... assinaram": the NER's organization opening with the
    # office in the plural; the holders are no name, the body is
    tokens = toks("Os Presidentes do Parlamento Europeu assinaram a Carta .", "DET NOUN ADP PROPN ADJ VERB DET PROPN PUNCT")
    doc = doc_of(tokens, [(0, 5, "ORG"), (7, 8, "WORK")])
    assert refined(doc) == [("Parlamento Europeu", ORG, "ner"), ("Carta", WORK, "ner")]
    # a singular office with its body stays one person's mention, as HAREM has it
    tokens = toks("a Professora da Faculdade de Direito publicou", "DET NOUN ADP PROPN ADP PROPN VERB")
    doc = doc_of(tokens, [(1, 6, "PER")])
    assert refined(doc) == [("Professora da Faculdade de Direito", PER, "ner")]
    # a portfolio after its minister is no entity, in the plural too
    tokens = toks("Os Ministros da Agricultura reuniram-se", "DET NOUN ADP PROPN VERB")
    assert refined(doc_of(tokens, [(1, 4, "ORG")])) == []
    # a title alone: a plural, a trade, or after "um"; "o Papa" stays a person, as HAREM has it
    tokens = toks("Presidentes e o Papa e um Mestre e o Ator", "NOUN CCONJ DET PROPN CCONJ DET NOUN CCONJ DET NOUN")
    doc = doc_of(tokens, [(0, 1, "PER"), (3, 4, "PER"), (6, 7, "ORG"), (9, 10, "PER")])
    assert refined(doc) == [("Papa", PER, "ner")]


def test_a_singular_office_opening_a_sentence_or_in_lower_case_leaves_the_body():
    # a headline's "Candidato do PSDB passa..." and a lead's "Diretor da Fiesp diz...": the office
    # is capitalized for opening the sentence; the NER's one name is the body's, typed a body
    tokens = toks("Candidato do PSC diz detestar radicalismo .", "NOUN ADP PROPN VERB VERB NOUN PUNCT")
    assert refined(doc_of(tokens, [(0, 3, "LOC")])) == [("PSC", ORG, "ner")]
    tokens = toks("Diretor da Fiesp diz que sim .", "NOUN ADP PROPN VERB SCONJ ADV PUNCT")
    assert refined(doc_of(tokens, [(0, 3, "PER")])) == [("Fiesp", ORG, "ner")]
    # a trade in lower case opening the NER's span: the body too
    tokens = toks("ontem o secretário executivo do MCT falou", "ADV DET NOUN ADJ ADP PROPN VERB")
    assert refined(doc_of(tokens, [(2, 6, "PER")])) == [("MCT", ORG, "ner")]
    tokens = toks("ontem o secretário do MCT falou", "ADV DET NOUN ADP PROPN VERB")
    assert refined(doc_of(tokens, [(2, 5, "PER")])) == [("MCT", ORG, "ner")]
    # inside a sentence the capitalized office is one person's, as HAREM has it; so is a portfolio,
    # an office of a kind's noun, and a body whose own name opens with the office's spelling
    tokens = toks("ontem o Secretario Executivo do MCT falou", "ADV DET PROPN PROPN ADP PROPN VERB")
    assert refined(doc_of(tokens, [(2, 6, "PER")])) == [("Secretario Executivo do MCT", PER, "ner")]
    tokens = toks("Ministro da Fazenda diz que sim .", "NOUN ADP PROPN VERB SCONJ ADV PUNCT")
    assert refined(doc_of(tokens, [(0, 3, "PER")])) == [("Ministro da Fazenda", PER, "ner")]
    tokens = toks("Presidente da República viaja hoje .", "NOUN ADP PROPN VERB ADV PUNCT")
    assert refined(doc_of(tokens, [(0, 3, "PER")])) == [("Presidente da República", PER, "ner")]
    tokens = toks("Secretaria da Agricultura avisa os produtores .", "PROPN ADP PROPN VERB DET NOUN PUNCT")
    assert refined(doc_of(tokens, [(0, 3, "ORG")])) == [("Secretaria da Agricultura", ORG, "ner")]


def test_a_singular_office_the_ner_typed_a_place_is_its_holder():
    # "o Governador do Maranhão", "o Arcebispo de Turim" inside a sentence: the NER's place is the
    # office's holder, a person, as HAREM marks a capitalized office (not the place after "de")
    assert typed("Em 1955 o Governador do Maranhão assinou a lei .", "ADP NUM DET PROPN ADP PROPN VERB DET NOUN PUNCT",
                 [(3, 6, "LOC")]) == [("Governador do Maranhão", PER)]
    tokens = toks("chegou ao posto de Presidente do Brasil e o Arcebispo de Turim aplaudiu",
                  "VERB ADP NOUN ADP PROPN ADP PROPN CCONJ DET PROPN ADP PROPN VERB")
    doc = doc_of(tokens, [(4, 7, "LOC"), (9, 12, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Presidente do Brasil", PER), ("Arcebispo de Turim", PER)]
    # a town named so (a Wikipedia title typed a place), a title of nobility with its place (towns
    # as often as their nobles), an office in the plural (its holders: the body stays), a name in
    # capitals: what the NER says
    tokens = toks("nasceu em Juiz de Fora e vive em Duque de Caxias", "VERB ADP PROPN ADP PROPN CCONJ VERB ADP PROPN ADP PROPN")
    doc = doc_of(tokens, [(2, 5, "LOC"), (8, 11, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Juiz de Fora", LOC), ("Duque de Caxias", LOC)]
    tokens = toks("ontem os Governadores do Nordeste e o GOVERNADOR DO ACRE", "ADV DET NOUN ADP PROPN CCONJ DET PROPN ADP PROPN")
    doc = doc_of(tokens, [(2, 5, "LOC"), (7, 10, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Nordeste", LOC), ("GOVERNADOR DO ACRE", LOC)]
    # a title its capitalized article opens (a film's): no office
    tokens = toks("filmes como O Alfaiate do Panamá", "NOUN ADP DET PROPN ADP PROPN")
    assert [(t, c) for t, c, _ in refined(doc_of(tokens, [(3, 6, "LOC")]))] == [("O Alfaiate do Panamá", LOC)]


def test_a_body_and_the_person_after_it_in_one_ner_name_are_two_names():
    # "o pesquisador do Inpa Carlos Nobre": the NER's one person; the body after the trade's "do"
    # and the person (a known given name and a surname) after it
    tokens = toks("o pesquisador do Inpa Carlos Nobre disse", "DET NOUN ADP PROPN PROPN PROPN VERB")
    assert refined(doc_of(tokens, [(3, 6, "PER")])) == [("Inpa", ORG, "ner"), ("Carlos Nobre", PER, "ner")]
    # a place the name lists know, and an acronym in capitals, before the person
    tokens = toks("sobre o ex-governador de São Paulo Orestes Quércia .", "ADP DET NOUN ADP PROPN PROPN PROPN PROPN PUNCT")
    assert refined(doc_of(tokens, [(4, 8, "LOC")])) == [("São Paulo", LOC, "ner"), ("Orestes Quércia", PER, "ner")]
    tokens = toks("e o dirigente do MST José Rainha falou", "CCONJ DET NOUN ADP PROPN PROPN PROPN VERB")
    assert refined(doc_of(tokens, [(4, 7, "PER")])) == [("MST", ORG, "ner"), ("José Rainha", PER, "ner")]
    # a person's own name, a word no list knows before a given name with no trade before it, and a
    # body's name whole stay one name
    tokens = toks("disse Clóvis Alberto Censoni e Colaboraram André Lamounier", "VERB PROPN PROPN PROPN CCONJ PROPN PROPN PROPN")
    doc = doc_of(tokens, [(1, 4, "PER"), (5, 8, "PER")])
    assert [t for t, _, _ in refined(doc)] == ["Clóvis Alberto Censoni", "Colaboraram André Lamounier"]
    tokens = toks("a Petrobras Distribuidora vendeu", "DET PROPN PROPN VERB")
    assert refined(doc_of(tokens, [(1, 3, "ORG")])) == [("Petrobras Distribuidora", ORG, "ner")]
    # no "de" before it (the policeman "o PM João Carlos"), an institution's word alone before the
    # given name (a hospital named after a man): one name
    tokens = toks("e o PM João Carlos Gonçalves saiu do Hospital Albert Einstein", "CCONJ DET NOUN PROPN PROPN PROPN VERB ADP PROPN PROPN PROPN")
    doc = doc_of(tokens, [(2, 6, "PER"), (8, 11, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["PM João Carlos Gonçalves", "Hospital Albert Einstein"]
    # the person after a known place stays a person, though the place is a river's word
    tokens = toks("o promotor do Rio Antônio Campos afirmou", "DET NOUN ADP PROPN PROPN PROPN VERB")
    assert refined(doc_of(tokens, [(3, 6, "LOC")])) == [("Rio", LOC, "ner"), ("Antônio Campos", PER, "ner")]


def test_a_person_no_given_name_opens_is_cut_from_an_acronym_by_the_surname_that_ends_it():
    # MAC-MORPHO's city news (P64a): the given name is not in the lists, the name ends in a known
    # surname; after an acronym's "da" the person is cut from the body
    tokens = toks("o estudante de filosofia da USP Moisés da Silva Santos , 26", "DET NOUN ADP NOUN ADP PROPN PROPN ADP PROPN PROPN PUNCT NUM")
    assert refined(doc_of(tokens, [(5, 10, "ORG")])) == [("USP", ORG, "ner"), ("Moisés da Silva Santos", PER, "ner")]
    # a word no list knows before such a name stays in it: "Grupo" is no body of its own
    tokens = toks("o diretor do Grupo Silva Santos falou", "DET NOUN ADP PROPN PROPN PROPN VERB")
    assert [t for t, _, _ in refined(doc_of(tokens, [(3, 6, "ORG")]))] == ["Grupo Silva Santos"]
    # a former holder's trade is a trade: "o ex-ministro do Planejamento" and the known given name
    # after it; the portfolio is no name of its own (the units' mention, P67c)
    tokens = toks("o ex-ministro do Planejamento João Paulo Velloso foi acordado", "DET NOUN ADP PROPN PROPN PROPN PROPN AUX VERB")
    assert refined(doc_of(tokens, [(3, 7, "ORG")])) == [("João Paulo Velloso", PER, "ner")]


def test_a_body_and_the_person_after_it_after_another_preposition_are_two_names():
    # MAC-MORPHO: a dateline or a byline run into the text after "no", "em", "para a", "na": the
    # place or the body the lists know, or an acronym, and the person after it
    cases = [
        ("é lançado no Brasil Renato Janine Ribeiro hoje", "AUX VERB ADP PROPN PROPN PROPN PROPN ADV", (3, 7, "PER"), [("Brasil", LOC), ("Renato Janine Ribeiro", PER)]),
        ("trabalhos em Minas Gerais Lúcia Camargo diz", "NOUN ADP PROPN PROPN PROPN PROPN VERB", (2, 6, "PER"), [("Minas Gerais", LOC), ("Lúcia Camargo", PER)]),
        ("Especial para a Folha Michelle Perrot dedicou", "ADJ ADP DET PROPN PROPN PROPN VERB", (3, 6, "ORG"), [("Folha", ORG), ("Michelle Perrot", PER)]),
        ("depôs pela CPI Paulo Portugal ontem", "VERB ADP PROPN PROPN PROPN ADV", (2, 5, "PER"), [("CPI", ORG), ("Paulo Portugal", PER)]),
        # the common acronym cut off is no name: the person alone
        ("falou na TV Carlos Eduardo Alves ontem", "VERB ADP PROPN PROPN PROPN PROPN ADV", (2, 6, "PER"), [("Carlos Eduardo Alves", PER)]),
    ]
    for text, pos, ent, expected in cases:
        assert [(t, c) for t, c, _ in refined(doc_of(toks(text, pos), [ent]))] == expected, text
    # one name: an institution's word alone before the given name (a foundation named after a
    # man), a Wikipedia title whole (two rivers named after men), a body the lists do not know, an
    # article with no preposition before it
    cases = [
        ("estudou na Fundação Roberto Marinho em", "VERB ADP PROPN PROPN PROPN ADP", (2, 5, "ORG"), "Fundação Roberto Marinho"),
        ("pescou no Rio Manuel Alves ontem", "VERB ADP PROPN PROPN PROPN ADV", (2, 5, "LOC"), "Rio Manuel Alves"),
        ("a foz do Rio José Pedro fica", "DET NOUN ADP PROPN PROPN PROPN VERB", (3, 6, "LOC"), "Rio José Pedro"),
        ("estudou no Centro Universitário Maria Antonia ontem", "VERB ADP PROPN PROPN PROPN PROPN ADV", (2, 6, "ORG"), "Centro Universitário Maria Antonia"),
        ("e o PM João Carlos Gonçalves saiu", "CCONJ DET NOUN PROPN PROPN PROPN VERB", (2, 6, "PER"), "PM João Carlos Gonçalves"),
    ]
    for text, pos, ent, expected in cases:
        assert [t for t, _, _ in refined(doc_of(toks(text, pos), [ent]))] == [expected], text


def test_a_place_the_wikipedia_titles_know_and_the_person_after_it_are_two_names():
    # a town the name lists do not know, a Wikipedia title of places only, after de/em/no/na, then a
    # known given name: the place and the person (names and types); one name (its text) for a town
    # that is a known surname too (Castro), a preposition the rule does not read (com), a Wikipedia
    # title known whole, a place name the lists give, and a common noun that only towns' titles
    # with their "(...)" hold (Jardim: a neighbourhood named after a woman)
    cases = [
        ("o povo de Itaparica Jorge Amado escreveu", "DET NOUN ADP PROPN PROPN PROPN VERB", (3, 6, "PER"), [("Itaparica", LOC), ("Jorge Amado", PER)]),
        ("um congresso em Weimar Lúcia Nagib falou", "DET NOUN ADP PROPN PROPN PROPN VERB", (3, 6, "PER"), [("Weimar", LOC), ("Lúcia Nagib", PER)]),
        ("a obra de Castro Alves Paulo Santos ficou", "DET NOUN ADP PROPN PROPN PROPN PROPN VERB", (3, 7, "PER"), ["Castro Alves Paulo Santos"]),
        ("falou com Itaparica Jorge Amado ontem", "VERB ADP PROPN PROPN PROPN ADV", (2, 5, "PER"), ["Itaparica Jorge Amado"]),
        ("a foz do Rio José Pedro fica", "DET NOUN ADP PROPN PROPN PROPN VERB", (3, 6, "LOC"), ["Rio José Pedro"]),
        ("mora em São José dos Campos hoje", "VERB ADP PROPN PROPN ADP PROPN ADV", (2, 6, "LOC"), ["São José dos Campos"]),
        ("reside no Jardim Maria Estela desde", "VERB ADP PROPN PROPN PROPN ADP", (2, 5, "LOC"), ["Jardim Maria Estela"]),
    ]
    for text, pos, ent, expected in cases:
        got = refined(doc_of(toks(text, pos), [ent]))
        assert ([(t, c) for t, c, _ in got] if isinstance(expected[0], tuple) else [t for t, _, _ in got]) == expected, text


def test_a_writers_newsroom_title_cuts_the_byline_from_the_names_around_it():
    # a byline run into the text: the writer (a person), the title and its preposition (no name),
    # the paper or the desk (an organization) or the envoy's town (a place), the text's first name;
    # then an institution's word with no writer before it: one name
    cases = [
        ("anuncia Paulo Coelho Colunista da Folha Claudia Martins disse", "VERB PROPN PROPN NOUN ADP PROPN PROPN PROPN VERB", (1, 8, "PER"),
         [("Paulo Coelho", PER), ("Folha", ORG), ("Claudia Martins", PER)]),
        ("em 90 Igor Gielow GIELOW Editor da Folha Norte O ex-prefeito", "ADP NUM PROPN PROPN PROPN NOUN ADP PROPN PROPN DET NOUN", (2, 9, "LOC"),
         [("Igor Gielow GIELOW", PER), ("Folha Norte", ORG)]),
        ("radical Carlos Eduardo Alves Enviado especial a Brasília Luiz Inácio Lula será", "ADJ PROPN PROPN PROPN VERB ADJ ADP PROPN PROPN PROPN PROPN AUX", (1, 11, "PER"),
         [("Carlos Eduardo Alves", PER), ("Brasília", LOC), ("Luiz Inácio Lula", PER)]),
        ("segundo a Mesa Diretora da Câmara Municipal ontem", "ADP DET PROPN PROPN ADP PROPN PROPN ADV", (2, 7, "ORG"),
         [("Mesa Diretora da Câmara Municipal", ORG)]),
        # the headline's last word before the writer's given name stays the NER's; after a bare "de",
        # the section and the text's first word are no name, a person opening the text is
        ("a faixa de Gaza DAVID COHEN Editor-adjunto de Exterior A faixa", "DET NOUN ADP PROPN PROPN PROPN NOUN ADP PROPN DET NOUN", (3, 9, "LOC"),
         [("Gaza", LOC), ("DAVID COHEN", PER)]),
        ("subjetivos Lucia REGGIANI Editora-adjunta de Economia Otimismo e", "ADJ PROPN PROPN NOUN ADP PROPN PROPN CCONJ", (1, 7, "PER"),
         [("Lucia REGGIANI", PER)]),
        ("subjetivos Lucia REGGIANI Editora-adjunta de Economia Gustavo Franco disse", "ADJ PROPN PROPN NOUN ADP PROPN PROPN PROPN VERB", (1, 8, "PER"),
         [("Lucia REGGIANI", PER), ("Gustavo Franco", PER)]),
    ]
    for text, pos, ent, expected in cases:
        assert [(t, c) for t, c, _ in refined(doc_of(toks(text, pos), [ent]))] == expected, text


def test_an_area_of_a_body_after_its_role_leaves_the_body():
    # "o diretor de Assuntos Internacionais do Banco Central, Gustavo Franco": the NER's one name
    # glues the director's area to the bank; the area is no name, the bank is
    tokens = toks("o diretor de Assuntos Internacionais do Banco Central , Gustavo Franco , disse",
                  "DET NOUN ADP PROPN ADJ ADP PROPN PROPN PUNCT PROPN PROPN PUNCT VERB")
    doc = doc_of(tokens, [(3, 8, "CONCEPT"), (9, 11, "PER")])
    assert refined(doc) == [("Banco Central", ORG, "ner"), ("Gustavo Franco", PER, "ner")]
    tokens = toks("o diretor de Administração do BC falou", "DET NOUN ADP PROPN ADP PROPN VERB")
    assert refined(doc_of(tokens, [(3, 6, "ORG")])) == [("BC", ORG, "ner")]
    # a unit heading the name makes one name with its body, as HAREM has it
    tokens = toks("o diretor do Departamento de Crédito do BC falou", "DET NOUN ADP PROPN ADP PROPN ADP PROPN VERB")
    assert refined(doc_of(tokens, [(3, 8, "ORG")])) == [("Departamento de Crédito do BC", ORG, "ner")]
    # no role before it, or a place after the area: the NER's name stays
    tokens = toks("a Economia da Fiesp e o diretor de Esportes da Bahia", "DET PROPN ADP PROPN CCONJ DET NOUN ADP PROPN ADP PROPN")
    doc = doc_of(tokens, [(1, 4, "ORG"), (8, 11, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Economia da Fiesp", "Esportes da Bahia"]


def test_a_wikipedia_heading_glued_to_the_sections_first_name_is_cut_off():
    # a text that lost its line breaks: "Biografia" ended the heading line, "Ivan Moré" opens the section
    tokens = toks("Biografia Ivan Moré estreou na Rádio Som", "PROPN PROPN PROPN VERB ADP PROPN PROPN")
    doc = doc_of(tokens, [(0, 3, "PER"), (5, 7, "ORG")])
    assert refined(doc) == [("Ivan Moré", PER, "ner"), ("Rádio Som", ORG, "ner")]
    # a place the NER typed so, two headings in a row, and headings alone are no name
    tokens = toks("Geografia Rio Bonito pertence à região", "PROPN PROPN PROPN VERB ADP NOUN")
    assert refined(doc_of(tokens, [(0, 3, "LOC")])) == [("Rio Bonito", LOC, "ner")]
    tokens = toks("Geografia Localização Piumhi fica em Minas", "PROPN PROPN PROPN VERB ADP PROPN")
    assert [t for t, _, _ in refined(doc_of(tokens, [(0, 3, "LOC"), (5, 6, "LOC")]))] == ["Piumhi", "Minas"]
    tokens = toks("Geografia Localização O município fica em Minas", "PROPN PROPN DET NOUN VERB ADP PROPN")
    assert [t for t, _, _ in refined(doc_of(tokens, [(0, 2, "LOC"), (6, 7, "LOC")]))] == ["Minas"]
    # a name holding the word: an adjective after it, an organization, or not opening the sentence
    tokens = toks("História Natural e Vida Nova", "PROPN ADJ CCONJ PROPN ADJ")
    doc = doc_of(tokens, [(0, 2, "LOC"), (3, 5, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["História Natural", "Vida Nova"]
    tokens = toks("o livro Vida Pedro Silva", "DET NOUN PROPN PROPN PROPN")
    assert [t for t, _, _ in refined(doc_of(tokens, [(2, 5, "PER")]))] == ["Vida Pedro Silva"]


def test_a_wikipedia_heading_glued_before_a_heading_a_verb_or_a_name_of_another_type():
    # two headings in a row ("Biografia" / "Vida pessoal"): no name, the person after them stays
    tokens = toks("Biografia Vida pessoal Jason Brooks nasceu", "PROPN PROPN NOUN PROPN PROPN VERB")
    assert refined(doc_of(tokens, [(0, 2, "ORG"), (3, 5, "PER")])) == [("Jason Brooks", PER, "ner")]
    # the heading before the section's first word, a verb or an adverb: no name at all
    tokens = toks("História Nasceu em Pirmasens", "PROPN VERB ADP PROPN")
    assert refined(doc_of(tokens, [(0, 2, "CONCEPT"), (3, 4, "LOC")])) == [("Pirmasens", LOC, "ner")]
    tokens = toks("História Pouco depois do Hardcore Superstar", "PROPN ADV ADV ADP PROPN PROPN")
    assert [t for t, _, _ in refined(doc_of(tokens, [(0, 4, "ORG"), (4, 6, "ORG")]))] == ["Hardcore Superstar"]
    # a name of two proper nouns after the heading and its adjective, whatever the NER's type
    tokens = toks("Discografia Leona Lewis lançou dois álbuns", "PROPN PROPN PROPN VERB NUM NOUN")
    assert [t for t, _, _ in refined(doc_of(tokens, [(0, 3, "ORG")]))] == ["Leona Lewis"]
    tokens = toks("Vida Pessoal Carolina Kostner nasceu", "NOUN PROPN PROPN PROPN VERB")
    assert [t for t, _, _ in refined(doc_of(tokens, [(0, 4, "ORG")]))] == ["Carolina Kostner"]
    # a given name with an adjective's ending is no heading's adjective; one word after it stays a name
    tokens = toks("Carreira Mariana Silva Costa começou", "PROPN PROPN PROPN PROPN VERB")
    assert [t for t, _, _ in refined(doc_of(tokens, [(0, 4, "PER")]))] == ["Mariana Silva Costa"]
    tokens = toks("Vida Nova Esperança gravou", "PROPN PROPN PROPN VERB")
    assert [t for t, _, _ in refined(doc_of(tokens, [(0, 3, "ORG")]))] == ["Vida Nova Esperança"]
    tokens = toks("Vida Nova é uma banda", "PROPN PROPN AUX DET NOUN")
    assert [t for t, _, _ in refined(doc_of(tokens, [(0, 2, "ORG")]))] == ["Vida Nova"]


def test_a_wikipedia_heading_before_a_known_surname_or_a_known_place_is_cut_off():
    # the given name unknown, the surname shaped like an adjective ("Oliveira"): a known surname
    # ending a person's name tells a name after the heading
    tokens = toks("Biografia Thalita Oliveira nasceu em Santos", "PROPN PROPN PROPN VERB ADP PROPN")
    doc = doc_of(tokens, [(0, 3, "PER"), (5, 6, "LOC")])
    assert refined(doc) == [("Thalita Oliveira", PER, "ner"), ("Santos", LOC, "ner")]
    # headings of Wikipedia's sections the list lacked before, a given name after them
    tokens = toks("Início Bruce Grobbelaar nasceu em Durban", "PROPN PROPN PROPN VERB ADP PROPN")
    assert [t for t, _, _ in refined(doc_of(tokens, [(0, 3, "PER"), (5, 6, "LOC")]))] == ["Bruce Grobbelaar", "Durban"]
    tokens = toks("Prêmios Humberto Díaz ganhou o Prêmio", "NOUN PROPN PROPN VERB DET PROPN")
    assert [t for t, _, _ in refined(doc_of(tokens, [(0, 3, "PER")]))] == ["Humberto Díaz"]
    # a known place alone after the heading, whatever the NER called the two words
    tokens = toks("Economia Bogotá é o principal centro", "PROPN PROPN AUX DET ADJ NOUN")
    assert refined(doc_of(tokens, [(0, 2, "CONCEPT")])) == [("Bogotá", LOC, "ner")]
    # no known surname last, or a person the NER did not call one: the name stays whole
    tokens = toks("Biografia Thalita Oliveira nasceu", "PROPN PROPN PROPN VERB")
    assert [t for t, _, _ in refined(doc_of(tokens, [(0, 3, "ORG")]))] == ["Biografia Thalita Oliveira"]
    tokens = toks("Biografia Autorizada Oliveira saiu", "PROPN ADJ PROPN VERB")
    assert [t for t, _, _ in refined(doc_of(tokens, [(0, 3, "PER")]))] == ["Biografia Autorizada Oliveira"]


def test_an_institution_listing_what_it_deals_with_is_one_name():
    # the NER cut the name at the list: its pieces are one organization
    tokens = toks("os dados da Associação de Músicos , Arranjadores e Regentes .",
                  "DET NOUN ADP PROPN ADP PROPN PUNCT PROPN CCONJ PROPN PUNCT")
    doc = doc_of(tokens, [(3, 6, "ORG"), (7, 8, "LOC"), (9, 10, "LOC")])
    assert refined(doc) == [("Associação de Músicos , Arranjadores e Regentes", ORG, "ner")]
    # the NER's last name going on past the list ends the whole name
    tokens = toks("o Sindicato dos Hotéis , Bares e Similares de São Paulo disse",
                  "DET PROPN ADP PROPN PUNCT PROPN CCONJ PROPN ADP PROPN PROPN VERB")
    doc = doc_of(tokens, [(1, 4, "ORG"), (5, 6, "LOC"), (7, 11, "LOC")])
    assert [t for t, _, _ in refined(doc)] == ["Sindicato dos Hotéis , Bares e Similares de São Paulo"]
    # the NER's one name is not cut at its comma
    tokens = toks("o Ministério da Indústria , Comércio e Turismo divulgou", "DET PROPN ADP PROPN PUNCT PROPN CCONJ PROPN VERB")
    assert [t for t, _, _ in refined(doc_of(tokens, [(1, 8, "ORG")]))] == ["Ministério da Indústria , Comércio e Turismo"]
    # a list of names is no institution's: a known place among the items, or no institution's word
    tokens = toks("o Banco do Brasil , Bradesco e Itaú subiram", "DET PROPN ADP PROPN PUNCT PROPN CCONJ PROPN VERB")
    doc = doc_of(tokens, [(1, 4, "ORG"), (5, 6, "ORG"), (7, 8, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Banco do Brasil", "Bradesco", "Itaú"]
    tokens = toks("o Clube de Regatas , Flamengo e Vasco", "DET PROPN ADP PROPN PUNCT PROPN CCONJ PROPN")
    doc = doc_of(tokens, [(1, 4, "ORG"), (5, 6, "ORG"), (7, 8, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Clube de Regatas", "Flamengo", "Vasco"]


def test_an_institution_listing_two_things_with_no_comma_is_one_name():
    # "de A e do B": the NER stopped at the e and typed the last word a place
    tokens = toks("Criada a Comissão Técnica da Moeda e do Crédito .", "VERB DET PROPN ADJ ADP PROPN CCONJ ADP PROPN PUNCT")
    doc = doc_of(tokens, [(2, 6, "ORG"), (8, 9, "LOC")])
    assert refined(doc) == [("Comissão Técnica da Moeda e do Crédito", ORG, "ner")]
    # "de A e de B", the second word in no mention, the first item of two words
    tokens = toks("a Federação das Empresas de Seguros Privados e de Capitalização disse",
                  "DET PROPN ADP PROPN ADP PROPN ADJ CCONJ ADP PROPN VERB")
    assert [t for t, _, _ in refined(doc_of(tokens, [(1, 7, "ORG")]))] == ["Federação das Empresas de Seguros Privados e de Capitalização"]
    # two bodies: the NER's organization after the e, a known place, a name going on, an article
    tokens = toks("o Banco do Comércio e da Caixa subiram", "DET PROPN ADP PROPN CCONJ ADP PROPN VERB")
    assert [t for t, _, _ in refined(doc_of(tokens, [(1, 4, "ORG"), (6, 7, "ORG")]))] == ["Banco do Comércio", "Caixa"]
    tokens = toks("a Universidade de Coimbra e de Lisboa", "DET PROPN ADP PROPN CCONJ ADP PROPN")
    assert [t for t, _, _ in refined(doc_of(tokens, [(1, 4, "ORG"), (6, 7, "LOC")]))] == ["Universidade de Coimbra", "Lisboa"]
    tokens = toks("a Comissão da Moeda e do Crédito Agrícola", "DET PROPN ADP PROPN CCONJ ADP PROPN PROPN")
    assert [t for t, _, _ in refined(doc_of(tokens, [(1, 4, "ORG"), (6, 8, "ORG")]))] == ["Comissão da Moeda", "Crédito Agrícola"]
    tokens = toks("a Associação de Transportes e a Cultura", "DET PROPN ADP PROPN CCONJ DET PROPN")
    assert [t for t, _, _ in refined(doc_of(tokens, [(1, 4, "ORG"), (6, 7, "LOC")]))] == ["Associação de Transportes", "Cultura"]


def test_a_headlines_noun_and_its_de_before_a_known_name_are_no_names_words():
    # a sentence's first word, a common noun, joined by de to a name the lists know or an acronym
    assert typed("Pesquisa do Datafolha em 12 lojas constatou alta .", "NOUN ADP PROPN ADP NUM NOUN VERB NOUN PUNCT",
                 [(0, 3, "ORG")]) == [("Datafolha", ORG)]
    assert typed("Lojas de SP começam liquidação .", "NOUN ADP PROPN VERB NOUN PUNCT", [(0, 3, "ORG")]) == [("SP", LOC)]  # the known place, its type
    # an institution's or a place's noun, a word the tagger read a proper noun, an unknown name, inside a sentence: whole
    assert typed("Secretaria da Fazenda reduziu prazos .", "NOUN ADP PROPN VERB NOUN PUNCT", [(0, 3, "ORG")]) == [("Secretaria da Fazenda", ORG)]
    assert typed("Estado de São Paulo tem queda .", "NOUN ADP PROPN PROPN VERB NOUN PUNCT", [(0, 4, "LOC")]) == [("Estado de São Paulo", LOC)]
    assert typed("Caderneta de Poupança rende mais .", "NOUN ADP PROPN VERB ADV PUNCT", [(0, 3, "LOC")]) == [("Caderneta de Poupança", LOC)]
    assert typed("Cotações do Datafolha subiram .", "PROPN ADP PROPN VERB PUNCT", [(0, 3, "ORG")]) == [("Cotações do Datafolha", ORG)]
    assert typed("Barão de Limeira , 425 .", "NOUN ADP PROPN PUNCT NUM PUNCT", [(0, 3, "LOC")]) == [("Barão de Limeira", LOC)]
    assert typed("Casa de Portugal promove festa .", "NOUN ADP PROPN VERB NOUN PUNCT", [(0, 3, "ORG")]) == [("Casa de Portugal", ORG)]
    assert typed("ontem a Pesquisa do Datafolha saiu .", "ADV DET NOUN ADP PROPN VERB PUNCT", [(2, 5, "ORG")]) == [("Pesquisa do Datafolha", ORG)]


def test_a_subject_listing_names_before_a_singular_copula_is_one_name():
    # "Saus, Camallera i Llampaies é um município": a town named after its villages, the NER's pieces
    tokens = toks("Saus , Camallera i Llampaies é um município da Espanha .",
                  "PROPN PUNCT PROPN CCONJ PROPN AUX DET NOUN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(0, 1, "LOC"), (2, 3, "LOC"), (4, 5, "LOC"), (9, 10, "LOC")])
    assert refined(doc) == [("Saus , Camallera i Llampaies", LOC, "ner"), ("Espanha", LOC, "ner")]
    # a particle inside an item, the article before the name aside
    tokens = toks("O Cruïlles , Monells i Sant Sadurní é um município .", "DET PROPN PUNCT PROPN CCONJ PROPN PROPN AUX DET NOUN PUNCT")
    doc = doc_of(tokens, [(3, 7, "LOC")])
    assert [t for t, _, _ in refined(doc)] == ["Cruïlles , Monells i Sant Sadurní"]
    # a list of things takes a plural copula; a list with no comma, or a person in it, stays apart
    tokens = toks("Lisboa , Porto e Coimbra são cidades .", "PROPN PUNCT PROPN CCONJ PROPN AUX NOUN PUNCT")
    assert [t for t, _, _ in refined(doc_of(tokens, [(0, 1, "LOC"), (2, 3, "LOC"), (4, 5, "LOC")]))] == ["Lisboa", "Porto", "Coimbra"]
    tokens = toks("Porto e Coimbra é um destino .", "PROPN CCONJ PROPN AUX DET NOUN PUNCT")
    assert [t for t, _, _ in refined(doc_of(tokens, [(0, 1, "LOC"), (2, 3, "LOC")]))] == ["Porto", "Coimbra"]
    tokens = toks("Flamengo , Vasco e Botafogo é o que importa .", "PROPN PUNCT PROPN CCONJ PROPN AUX PRON PRON VERB PUNCT")
    doc = doc_of(tokens, [(0, 1, "ORG"), (2, 3, "ORG"), (4, 5, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Flamengo", "Vasco", "Botafogo"]  # clubs the name lists know
    tokens = toks("Leite , Tosto e Barros é um escritório .", "PROPN PUNCT PROPN CCONJ PROPN AUX DET NOUN PUNCT")
    doc = doc_of(tokens, [(0, 1, "ORG"), (2, 3, "PER"), (4, 5, "PER")])
    assert [t for t, _, _ in refined(doc)] == ["Leite", "Tosto", "Barros"]
    # not at the sentence's start: a list inside the sentence is no subject of the copula
    tokens = toks("Em Saus , Camallera i Llampaies é um dia .", "ADP PROPN PUNCT PROPN CCONJ PROPN AUX DET NOUN PUNCT")
    doc = doc_of(tokens, [(1, 2, "LOC"), (3, 4, "LOC"), (5, 6, "LOC")])
    assert [t for t, _, _ in refined(doc)] == ["Saus", "Camallera", "Llampaies"]


def test_a_title_of_nobility_or_address_with_its_place_is_a_name():
    # "name_titles": "o Duque de Caxias", "o Marquês de Pombal", "o Senhor do Bonfim" stay whole
    tokens = toks("o Duque de Caxias , o Marquês de Pombal e o Senhor do Bonfim",
                  "DET PROPN ADP PROPN PUNCT DET PROPN ADP PROPN CCONJ DET PROPN ADP PROPN")
    doc = doc_of(tokens, [(1, 4, "PER"), (6, 9, "PER"), (11, 14, "LOC")])
    assert [t for t, _, _ in refined(doc)] == ["Duque de Caxias", "Marquês de Pombal", "Senhor do Bonfim"]


def test_a_title_makes_its_own_mention_a_person_but_not_a_known_places_others():
    # "o professor Brasil" (a coach) in a text about handball in Brazil: the NER's three places
    tokens = toks(
        "chegou ao Brasil . jogadores do Brasil . o professor Brasil e o almirante Kolchak . Kolchak fugiu",
        "VERB ADP PROPN PUNCT NOUN ADP PROPN PUNCT DET NOUN PROPN CCONJ DET NOUN PROPN PUNCT PROPN VERB",
    )
    starts = [i in (0, 4, 8, 16) for i in range(len(tokens))]
    doc = doc_of(tokens, [(2, 3, "LOC"), (6, 7, "LOC"), (10, 11, "LOC"), (14, 15, "LOC"), (16, 17, "LOC")], sent_starts=starts)
    assert [(t, c) for t, c, _ in refined(doc)] == [
        ("Brasil", LOC),
        ("Brasil", LOC),
        ("Brasil", PER),
        ("Kolchak", PER),
        ("Kolchak", PER),  # a name known as no place: all its mentions follow the title
    ]


def test_an_acronym_in_brackets_after_a_person_is_her_institution_unless_her_initials():
    tokens = toks(
        "Liz-Rejane Legey ( IBICT ) e Fernando Henrique Cardoso ( FHC )",
        "PROPN PROPN PUNCT PROPN PUNCT CCONJ PROPN PROPN PROPN PUNCT PROPN PUNCT",
    )
    doc = doc_of(tokens, [(0, 2, "PER"), (3, 4, "PER"), (6, 9, "PER"), (10, 11, "PER")])
    mentions = refine_mentions(doc, spans_to_mentions(doc.ents, "d.txt"), "d.txt")
    assert [(m.text, m.category) for m in mentions] == [
        ("Liz-Rejane Legey", PER), ("IBICT", ORG), ("Fernando Henrique Cardoso", PER), ("FHC", PER)
    ]
    new, links = find_alias_links(doc, mentions, "d.txt")
    assert new == [] and [(a.text, b.text) for a, b in links] == [("Fernando Henrique Cardoso", "FHC")]
    # the NER missed the acronym: a mention of the institution, not of the person
    doc = doc_of(tokens, [(0, 2, "PER"), (6, 9, "PER")])
    new, links = find_alias_links(doc, refine_mentions(doc, spans_to_mentions(doc.ents, "d.txt"), "d.txt"), "d.txt")
    assert [(m.text, m.category) for m in new] == [("IBICT", ORG), ("FHC", PER)] and len(links) == 1


def test_given_name_makes_a_person_but_not_in_an_institution_name():
    tokens = toks("Fernando Pessoa estudou na Escola Fernando Pessoa", "PROPN PROPN VERB ADP PROPN PROPN PROPN")
    doc = doc_of(tokens, [(0, 2, "LOC"), (4, 7, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Fernando Pessoa", PER), ("Escola Fernando Pessoa", ORG)]


def test_given_name_makes_no_person_of_an_english_institution_name():
    # "George Washington University", the NER's organization: "university" keeps it one
    tokens = toks("um curso na George Washington University , EUA", "DET NOUN ADP PROPN PROPN PROPN PUNCT PROPN")
    doc = doc_of(tokens, [(3, 6, "ORG"), (7, 8, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("George Washington University", ORG), ("EUA", LOC)]
    # the given name alone still makes the NER's organization a person
    tokens = toks("um curso com George Washington , EUA", "DET NOUN ADP PROPN PROPN PUNCT PROPN")
    doc = doc_of(tokens, [(3, 5, "ORG"), (6, 7, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("George Washington", PER), ("EUA", LOC)]


def test_vessel_name_is_a_thing_not_a_person():
    tokens = toks("um disparo do cruzador Aurora serviu de sinal", "DET NOUN ADP NOUN PROPN VERB ADP NOUN")
    doc = doc_of(tokens, [(4, 5, "PER")])
    assert refined(doc) == [("Aurora", MISC, "ner")]


def test_quoted_title_is_a_work_but_a_quoted_nickname_stays_a_person():
    tokens = toks('o álbum " Sopa " e a " Pequena Notável "', "DET NOUN PUNCT PROPN PUNCT CCONJ DET PUNCT PROPN PROPN PUNCT")
    doc = doc_of(tokens, [(3, 4, "LOC"), (8, 10, "PER")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Sopa", WORK), ("Pequena Notável", PER)]


def test_a_quoted_institution_stays_an_organization():
    # Wikipedia: 'do Conselho de Administração do "Centre International de l'Enfance"', the NER's
    # organization read as a quoted title; one opening with an institution's word stays one
    tokens = toks(
        "membro do \" Centre International de l'Enfance \" e diretor do \" Instituto de Pesquisas Tecnológicas \"",
        "NOUN ADP PUNCT PROPN PROPN ADP PROPN PUNCT CCONJ NOUN ADP PUNCT PROPN ADP PROPN PROPN PUNCT",
    )
    doc = doc_of(tokens, [(3, 7, "ORG"), (12, 16, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Centre International de l'Enfance", ORG), ("Instituto de Pesquisas Tecnológicas", ORG)]
    # one the NER cut in two is one organization, not a title's work (Bosque train)
    tokens = toks(
        "Segundo a « Comissão de Afectados pela Barragem do Lindoso » ,",
        "ADP DET PUNCT PROPN ADP PROPN ADP PROPN ADP PROPN PUNCT PUNCT",
    )
    doc = doc_of(tokens, [(3, 6, "ORG"), (7, 10, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Comissão de Afectados pela Barragem do Lindoso", ORG)]
    # a quoted name with no institution's word, or of one word, is a title
    tokens = toks('o " Centro " e a " Pedra Branca "', "DET PUNCT PROPN PUNCT CCONJ DET PUNCT PROPN PROPN PUNCT")
    doc = doc_of(tokens, [(2, 3, "ORG"), (7, 9, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Centro", WORK), ("Pedra Branca", WORK)]


def test_a_kind_noun_before_the_quotes_types_the_quoted_name():
    # HAREM I train: 'ao passarmos pelo bairro "Três Barras"', the NER's place the quoted-title
    # rule made a work; a school and a band after their nouns are organizations, a book a work
    tokens = toks(
        'o bairro " Três Barras " , a escola " Pereira Barreto " , a banda " Os Mutantes " e o livro " Vidas Secas "',
        "DET NOUN PUNCT PROPN PROPN PUNCT PUNCT DET NOUN PUNCT PROPN PROPN PUNCT PUNCT DET NOUN PUNCT DET PROPN PUNCT"
        " CCONJ DET NOUN PUNCT PROPN PROPN PUNCT",
    )
    doc = doc_of(tokens, [(3, 5, "LOC"), (10, 12, "PER"), (17, 19, "LOC"), (24, 26, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [
        ("Três Barras", LOC), ("Pereira Barreto", ORG), ("Os Mutantes", ORG), ("Vidas Secas", WORK)
    ]
    # a quoted name the NER cut at a word of it, after a place noun, is one place
    tokens = toks('no bairro " Jardim das Flores " e o romance " Noite na Taverna "',
                  "ADP NOUN PUNCT PROPN ADP PROPN PUNCT CCONJ DET NOUN PUNCT PROPN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(3, 4, "LOC"), (5, 6, "LOC"), (11, 12, "LOC"), (13, 14, "LOC")])
    assert refined(doc) == [("Jardim das Flores", LOC, "ner"), ("Noite na Taverna", WORK, "ner")]
    # the NER's title after a body's noun is the body's; a paper's name after "jornal da cidade" the paper's
    tokens = toks('pela gravadora " Equal Vision Records " e o jornal da cidade " Porvir "',
                  "ADP NOUN PUNCT PROPN PROPN PROPN PUNCT CCONJ DET NOUN ADP NOUN PUNCT PROPN PUNCT")
    doc = doc_of(tokens, [(3, 6, "WORK"), (13, 14, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Equal Vision Records", ORG), ("Porvir", WORK)]
    # the NER's title after a place's noun stays a title (MAC-MORPHO: 'Chegam ao país " Return to Zork "')
    tokens = toks('Chegam ao país " Return to Zork "', "VERB ADP NOUN PUNCT PROPN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(4, 7, "WORK")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Return to Zork", WORK)]
    # a quote after a noun and its bare "de" is no kind noun's: still a title
    tokens = toks('o companheiro de bairro " Três Barras "', "DET NOUN ADP NOUN PUNCT PROPN PROPN PUNCT")
    doc = doc_of(tokens, [(5, 7, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Três Barras", WORK)]


def test_a_venue_noun_or_a_kind_noun_and_an_adjective_before_the_quotes_types_the_quoted_name():
    # HAREM I train: 'ocorreu no restaurante "Porto Fino"' (an organization in its gold), 'no local
    # "Três Barras"' and a hotel (places); the NER's place, person and place the quoted-title rule made works
    tokens = toks(
        'no restaurante " Porto Fino " , no local " Três Barras " e no hotel " Grande Avenida "',
        "ADP NOUN PUNCT PROPN PROPN PUNCT PUNCT ADP NOUN PUNCT PROPN PROPN PUNCT CCONJ ADP NOUN PUNCT PROPN PROPN PUNCT",
    )
    doc = doc_of(tokens, [(3, 5, "LOC"), (10, 12, "PER"), (17, 19, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Porto Fino", ORG), ("Três Barras", LOC), ("Grande Avenida", LOC)]
    # one adjective between the kind noun and the quotes; an adjective alone before them is no kind noun
    tokens = toks(
        'a banda britânica " Midtown Lights " e o jornal local " Porvir Novo "',
        "DET NOUN ADJ PUNCT PROPN PROPN PUNCT CCONJ DET NOUN ADJ PUNCT PROPN PROPN PUNCT",
    )
    doc = doc_of(tokens, [(4, 6, "LOC"), (12, 14, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Midtown Lights", ORG), ("Porvir Novo", WORK)]
    # nor before a name without quotes (Wikipedia: 'no seu clube local FC Spartak Trnava', a club)
    tokens = toks("no clube local Spartak Trnava", "ADP NOUN ADJ PROPN PROPN")
    doc = doc_of(tokens, [(3, 5, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Spartak Trnava", ORG)]
    # a title the NER cut at a word of it after a noun and its adjective: one name, the noun's type
    tokens = toks('na escola estadual " Jardim das Flores "', "ADP NOUN ADJ PUNCT PROPN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(4, 5, "LOC"), (6, 7, "LOC")])
    assert refined(doc) == [("Jardim das Flores", ORG, "ner")]


def test_a_quoted_title_the_ner_cut_at_a_word_of_it_is_one_work():
    # the play " Navalha na Carne ": the NER's organization and place, cut at "na"
    tokens = toks('as peças " Navalha na Carne " e " Viagem ao Centro da Terra " .',
                  "DET NOUN PUNCT PROPN ADP PROPN PUNCT CCONJ PUNCT PROPN ADP PROPN ADP PROPN PUNCT PUNCT")
    doc = doc_of(tokens, [(3, 4, "ORG"), (5, 6, "LOC"), (9, 10, "WORK"), (11, 14, "WORK")])
    assert refined(doc) == [("Navalha na Carne", WORK, "ner"), ("Viagem ao Centro da Terra", WORK, "ner")]
    # not a name's last words in quotes, nor quoted words with a lowercase word of their own
    tokens = toks('o Ginásio Estadual " Pereira na Barreto " e " Lisboa vence Porto "',
                  "DET PROPN PROPN PUNCT PROPN ADP PROPN PUNCT CCONJ PUNCT PROPN VERB PROPN PUNCT")
    doc = doc_of(tokens, [(1, 3, "ORG"), (4, 5, "PER"), (6, 7, "PER"), (10, 11, "LOC"), (12, 13, "LOC")])
    assert [t for t, _, _ in refined(doc)] == ["Ginásio Estadual", "Pereira", "Barreto", "Lisboa", "Porto"]
    # two quoted nicknames: the words between them are no title
    tokens = toks('as irmãs Alyson " Aly " Michalka e Amanda Joy " AJ " Michalka',
                  "DET NOUN PROPN PUNCT PROPN PUNCT PROPN CCONJ PROPN PROPN PUNCT PROPN PUNCT PROPN")
    doc = doc_of(tokens, [(2, 3, "PER"), (6, 7, "PER"), (8, 10, "PER")])
    assert [t for t, _, _ in refined(doc)] == ["Alyson", "Michalka", "Amanda Joy", "Michalka"]


def test_a_quoted_title_with_a_capitalized_word_the_ner_left_out_is_one_work():
    # the film " Traídos pelo Desejo ", the column " Sem Mistério ", the play " Meu Nome É Pablo
    # Neruda ": the NER took a word or a name of the title alone, and not its first words
    tokens = toks('o filme " Traídos pelo Desejo " , a seção " Sem Mistério " e " Meu Nome É Pablo Neruda "',
                  "DET NOUN PUNCT VERB ADP PROPN PUNCT PUNCT DET NOUN PUNCT ADP PROPN PUNCT CCONJ PUNCT DET NOUN AUX PROPN PROPN PUNCT")
    doc = doc_of(tokens, [(5, 6, "ORG"), (12, 13, "LOC"), (19, 21, "PER")])
    assert refined(doc) == [("Traídos pelo Desejo", WORK, "ner"), ("Sem Mistério", WORK, "ner"), ("Meu Nome É Pablo Neruda", WORK, "ner")]
    # a name filling its quotes stays what it is; words in lower case of their own are no title
    tokens = toks('o poeta " Pablo Neruda " disse " Lisboa vence " .', "DET NOUN PUNCT PROPN PROPN PUNCT VERB PUNCT PROPN VERB PUNCT PUNCT")
    doc = doc_of(tokens, [(3, 5, "PER"), (8, 9, "LOC")])
    assert refined(doc) == [("Pablo Neruda", PER, "ner"), ("Lisboa", LOC, "ner")]

def test_a_quoted_title_holding_e_or_que_is_one_work():
    # MAC-MORPHO's culture section (P62g): " Meu Nome é Tonho ", " Antes que Anochezca ", cut by
    # the NER at the verb or the conjunction into organizations, places and people
    tokens = toks('os filmes " Meu Nome é Tonho " e " Antes que Anochezca " .',
                  "DET NOUN PUNCT DET NOUN AUX PROPN PUNCT CCONJ PUNCT ADP SCONJ PROPN PUNCT PUNCT")
    doc = doc_of(tokens, [(3, 5, "ORG"), (6, 7, "ORG"), (12, 13, "LOC")])
    assert refined(doc) == [("Meu Nome é Tonho", WORK, "ner"), ("Antes que Anochezca", WORK, "ner")]
    # a quoted sentence about people of full names stays their names
    tokens = toks('disse : " Amigo é o Oscar Niemeyer e o Pixinguinha "',
                  "VERB PUNCT PUNCT NOUN AUX DET PROPN PROPN CCONJ DET PROPN PUNCT")
    doc = doc_of(tokens, [(6, 8, "PER"), (10, 11, "PER")])
    assert refined(doc) == [("Oscar Niemeyer", PER, "ner"), ("Pixinguinha", PER, "ner")]


# --- repeated names ---------------------------------------------------------------------------


def test_missed_surname_of_a_person_becomes_a_mention():
    tokens = toks("Celso Oiticica escreveu muito . Oiticica foi generoso", "PROPN PROPN VERB ADV PUNCT PROPN AUX ADJ")
    starts = [i in (0, 5) for i in range(len(tokens))]
    doc = doc_of(tokens, [(0, 2, "PER")], starts)
    assert refined(doc) == [("Celso Oiticica", PER, "ner"), ("Oiticica", PER, "rule")]


def test_surname_inside_another_persons_name_is_not_a_new_mention():
    tokens = toks("Vladimir Ilitch Ulianov tinha um irmão , Alexandre Ulianov", "PROPN PROPN PROPN VERB DET NOUN PUNCT PROPN PROPN")
    doc = doc_of(tokens, [(0, 3, "PER")])
    assert refined(doc) == [("Vladimir Ilitch Ulianov", PER, "ner")]


def test_a_surname_in_capitals_inside_a_longer_name_in_capitals_is_not_a_new_mention():
    # a surname written in capitals is no acronym: "MARCO AURÉLIO" is not "AURÉLIO" alone, nor
    # "MINISTÉRIO PÚBLICO" the "PÚBLICO" of a person's name; the person is found again whole
    tokens = toks(
        "O MINISTRO MARCO AURÉLIO votou . RELATOR : MIN . MARCO AURÉLIO , pelo MINISTÉRIO PÚBLICO . "
        "Votou MARCO AURÉLIO . Ouvido CARLOS PÚBLICO , AURÉLIO saiu",
        "DET NOUN PROPN PROPN VERB PUNCT NOUN PUNCT NOUN PUNCT PROPN PROPN PUNCT ADP PROPN PROPN PUNCT "
        "VERB PROPN PROPN PUNCT VERB PROPN PROPN PUNCT PROPN VERB",
    )
    starts = [i in (0, 6, 17, 21) for i in range(len(tokens))]
    doc = doc_of(tokens, [(2, 4, "PER"), (22, 24, "PER")], starts)
    # "Votou MARCO AURÉLIO": the name glued to the verb opening the sentence is left alone, and its
    # surname with it; the surname alone between a comma and a verb is the person
    assert refined(doc) == [
        ("MARCO AURÉLIO", PER, "ner"), ("MARCO AURÉLIO", PER, "rule"), ("CARLOS PÚBLICO", PER, "ner"), ("AURÉLIO", PER, "rule"),
    ]


def test_a_common_word_or_roman_numeral_in_capitals_is_no_acronym_to_find_again():
    import numpy

    # the static vectors rank "agravo" before "Agravo": a word written mostly in lower case
    nlp = spacy.blank("pt")
    for word in ("agravo", "Agravo"):
        nlp.vocab.set_vector(word, numpy.ones(3, dtype="float32"))
    words = "AGRAVO contra a decisão . AGRAVO REGIMENTAL NO RECURSO III DA LEI . Item III : DPVAT . O DPVAT PAGA".split()
    pos = "NOUN ADP DET NOUN PUNCT NOUN ADJ ADP NOUN PROPN ADP NOUN PUNCT NOUN NUM PUNCT PROPN PUNCT DET PROPN VERB".split()
    starts = [i in (0, 5, 13, 18) for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, pos=pos, lemmas=words, sent_starts=starts)
    doc.ents = [_span(doc, 0, 1, "ORG"), _span(doc, 14, 15, "PER"), _span(doc, 16, 17, "ORG")]
    doc.user_data[DOC_ID_KEY] = "d.txt"
    got = [(m.text, m.start) for m in refine_mentions(doc, spans_to_mentions(doc.ents, "d.txt"), "d.txt") if m.source == "rule"]
    # "AGRAVO" and "III" inside the capitals of a heading are not found again; the acronym is
    assert got == [("DPVAT", doc[19].idx)]


# --- the gazetteer ----------------------------------------------------------------------------

KB = KnowledgeBase((
    KBEntry("lenin", "Vladimir Lenin", PER, ("Lenin", "Vladimir Ilitch Ulianov", "Ulianov")),
    KBEntry("petrogrado", "Petrogrado", LOC, ("Leningrado",)),
))


def test_kb_type_wins_over_the_ner_label():
    tokens = toks("Petrogrado recebeu o nome de Leningrado", "PROPN VERB DET NOUN ADP PROPN")
    doc = doc_of(tokens, [(5, 6, "PER")])
    doc = Gazetteer(NLP, KB)(doc)
    EntityGrouper(KB)(doc)
    (ent,) = getattr(doc._, ENTITIES)
    assert ent.kb_id == "petrogrado" and ent.type == LOC and ent.aliases == ("Leningrado",)


def test_kb_surname_inside_another_persons_name_is_not_that_person():
    tokens = toks("Vladimir Ilitch Ulianov , irmão de Alexandre Ulianov . Ulianov voltou",
                  "PROPN PROPN PROPN PUNCT NOUN ADP PROPN PROPN PUNCT PROPN VERB")
    doc = doc_of(tokens, [(0, 3, "PER"), (6, 8, "PER")])
    doc = Gazetteer(NLP, KB)(doc)
    EntityGrouper(KB)(doc)
    ms = {(m.text, m.kb_id) for m in getattr(doc._, MENTIONS)}
    assert ("Alexandre Ulianov", "") in ms  # the brother keeps his own name ...
    assert ("Ulianov", "lenin") in ms  # ... while a bare Ulianov is still the kb's
    people = sorted(e.label for e in getattr(doc._, ENTITIES))
    assert people == ["Alexandre Ulianov", "Vladimir Lenin"]


# --- streets -----------------------------------------------------------------------------------


def test_a_street_named_after_a_country_is_the_street():
    tokens = toks("Ele mora na rua Bolívia , em Lisboa .", "PRON VERB ADP NOUN PROPN PUNCT ADP PROPN PUNCT")
    doc = doc_of(tokens, [(4, 5, "LOC"), (7, 8, "LOC")])
    assert refined(doc) == [("rua Bolívia", LOC, "ner"), ("Lisboa", LOC, "ner")]


def test_a_street_named_after_a_general_is_no_person():
    tokens = toks("O ato foi na rua General Glicério e no largo do Paço .",
                  "DET NOUN AUX ADP NOUN PROPN PROPN CCONJ ADP NOUN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(5, 7, "PER"), (11, 12, "ORG")])
    assert refined(doc) == [("rua General Glicério", LOC, "ner"), ("largo do Paço", LOC, "ner")]


def test_a_capitalized_avenue_is_a_place():
    tokens = toks("Moro na Avenida da Liberdade", "VERB ADP PROPN ADP PROPN")
    doc = doc_of(tokens, [(2, 5, "ORG")])
    assert refined(doc) == [("Avenida da Liberdade", LOC, "ner")]


def test_a_street_of_a_city_and_off_a_coast_are_no_street_names():
    tokens = toks("Andou por uma rua do Cairo e passou ao largo da Islândia .",
                  "VERB ADP DET NOUN ADP PROPN CCONJ VERB ADP NOUN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(5, 6, "LOC"), (11, 12, "LOC")])
    assert refined(doc) == [("Cairo", LOC, "ner"), ("Islândia", LOC, "ner")]
    tokens = toks("Passeou pela rua de Paris", "VERB ADP NOUN ADP PROPN")
    assert refined(doc_of(tokens, [(4, 5, "LOC")])) == [("Paris", LOC, "ner")]
    tokens = toks("a principal rodovia da Paraíba e a estrada Três Pontas - Nepomuceno",
                  "DET ADJ NOUN ADP PROPN CCONJ DET NOUN PROPN PROPN PUNCT PROPN")
    got = refined(doc_of(tokens, [(4, 5, "LOC"), (8, 10, "LOC"), (11, 12, "LOC")]))
    assert got == [("Paraíba", LOC, "ner"), ("Três Pontas", LOC, "ner"), ("Nepomuceno", LOC, "ner")]


def test_a_repeated_surname_after_a_street_noun_is_the_street():
    tokens = toks("Simón Bolívar morreu . Há uma estátua na rua Bolívar .",
                  "PROPN PROPN VERB PUNCT VERB DET NOUN ADP NOUN PROPN PUNCT")
    starts = [i in (0, 4) for i in range(len(tokens))]
    doc = doc_of(tokens, [(0, 2, "PER")], starts)
    assert refined(doc) == [("Simón Bolívar", PER, "ner"), ("rua Bolívar", LOC, "rule")]


def test_a_kb_name_after_a_street_noun_is_the_street_not_the_kb_entry():
    tokens = toks("Lenin discursou . Moro na avenida Lenin .", "PROPN VERB PUNCT VERB ADP NOUN PROPN PUNCT")
    starts = [i in (0, 3) for i in range(len(tokens))]
    doc = doc_of(tokens, [], starts)
    doc = Gazetteer(NLP, KB)(doc)
    EntityGrouper(KB)(doc)
    ms = [(m.text, m.category, m.kb_id) for m in getattr(doc._, MENTIONS)]
    assert ms == [("Lenin", PER, "lenin"), ("avenida Lenin", LOC, "")]


def test_a_publishers_street_abbreviated_r_is_the_street_not_the_country_or_the_person():
    # Folha's book lists: "Record (r. Argentina, 171, Rio de Janeiro)", "Edusp (av. Prof. Luciano Gualberto, ...)"
    tokens = toks("Record ( r. Argentina , 171 ) e Nobel ( r. Maria Antônia , 108 )",
                  "PROPN PUNCT NOUN PROPN PUNCT NUM PUNCT CCONJ PROPN PUNCT NOUN PROPN PROPN PUNCT NUM PUNCT")
    doc = doc_of(tokens, [(0, 1, "ORG"), (3, 4, "LOC"), (8, 9, "ORG"), (11, 13, "PER")])
    got = refined(doc)
    assert got == [("Record", ORG, "ner"), ("r. Argentina", LOC, "ner"), ("Nobel", ORG, "ner"), ("r. Maria Antônia", LOC, "ner")]
    tokens = toks("Edusp ( av. Prof. Luciano Gualberto , 374 )", "PROPN PUNCT NOUN NOUN PROPN PROPN PUNCT NUM PUNCT")
    assert refined(doc_of(tokens, [(4, 6, "PER")])) == [("av. Prof. Luciano Gualberto", LOC, "ner")]


def test_an_initial_r_and_et_al_are_no_streets():
    tokens = toks("o diretor R. W. Fassbinder e Silva et al. Nature", "DET NOUN PROPN PROPN PROPN CCONJ PROPN X X PROPN")
    got = refined(doc_of(tokens, [(2, 5, "PER"), (6, 7, "PER"), (9, 10, "ORG")]))
    assert got == [("R. W. Fassbinder", PER, "ner"), ("Silva", PER, "ner"), ("Nature", ORG, "ner")]


def test_iron_is_a_place_noun_only_in_a_railway():
    tokens = toks("A empresa exporta minério de ferro da Vale", "DET NOUN VERB NOUN ADP NOUN ADP PROPN")
    assert refined(doc_of(tokens, [(7, 8, "ORG")])) == [("Vale", ORG, "ner")]
    tokens = toks("a estrada de ferro Madeira-Mamoré", "DET NOUN ADP NOUN PROPN")
    assert refined(doc_of(tokens, [(4, 5, "ORG")])) == [("Madeira-Mamoré", LOC, "ner")]


# --- concepts: fields of study, languages; letters ------------------------------------------------


def test_a_field_of_study_is_a_concept():
    tokens = toks("Tirei licenciatura em Economia em Bilbau , Ciências Políticas em Levanda .",
                  "VERB NOUN ADP PROPN ADP PROPN PUNCT PROPN PROPN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(3, 4, "CONCEPT"), (5, 6, "LOC"), (7, 9, "ORG"), (10, 11, "LOC")])
    assert ("Ciências Políticas", CONCEPT, "ner") in refined(doc)
    tokens = toks("para Humanidades estou eu", "ADP PROPN AUX PRON")
    assert refined(doc_of(tokens, [(1, 2, "LOC")])) == [("Humanidades", CONCEPT, "ner")]


def test_information_technology_abbreviated_is_a_field_not_an_organization():
    # HAREM I dev: "a difusão da TI", "A formação em TI", "as TI": the NER tags TI an
    # organization seven times in one page; Wikipedia writes "empresas de TIC", "serviços de TI"
    tokens = toks("A formação em TI e as empresas de TIC da Intelbras", "DET NOUN ADP PROPN CCONJ DET NOUN ADP PROPN ADP PROPN")
    doc = doc_of(tokens, [(3, 4, "ORG"), (8, 9, "ORG"), (10, 11, "ORG")])
    assert refined(doc) == [("TI", CONCEPT, "ner"), ("TIC", CONCEPT, "ner"), ("Intelbras", ORG, "ner")]
    # inside a department's name it stays the organization's
    tokens = toks("o Departamento de TI da Intelbras", "DET PROPN ADP PROPN ADP PROPN")
    assert [c for _, c, _ in refined(doc_of(tokens, [(1, 4, "ORG")]))] == [ORG]


def test_a_field_inside_an_institutions_name_is_no_concept():
    tokens = toks("o Instituto Federal de Educação , Ciência e Tecnologia e o diretor de Economia da Fiesp",
                  "DET PROPN PROPN ADP PROPN PUNCT PROPN CCONJ PROPN CCONJ DET NOUN ADP PROPN ADP PROPN")
    doc = doc_of(tokens, [(1, 5, "ORG"), (6, 9, "ORG"), (13, 16, "ORG")])
    # the institute listing its fields is one name; the director's area leaves its body
    assert [(t, c) for t, c, _ in refined(doc)] == [("Instituto Federal de Educação , Ciência e Tecnologia", ORG), ("Fiesp", ORG)]


def test_a_language_after_em_is_a_concept_and_a_nickname_is_not():
    tokens = toks("Toda a correspondência será em Inglês .", "DET DET NOUN AUX ADP PROPN PUNCT")
    assert refined(doc_of(tokens, [(5, 6, "LOC")])) == [("Inglês", CONCEPT, "ner")]
    tokens = toks("Depois , Alemão marcou o gol .", "ADV PUNCT PROPN VERB DET NOUN PUNCT")
    assert refined(doc_of(tokens, [(2, 3, "PER")])) == [("Alemão", PER, "ner")]


def test_a_language_read_after_em_is_a_concept_all_over_the_page():
    # HAREM I dev: "todo o conteúdo éem Inglês ... deverá ser em Inglês": the glued "éem" hides
    # the first "em", and the document's vote on the name gave the second one back to the place
    tokens = toks("o conteúdo éem Inglês . A correspondência será em Inglês .",
                  "DET NOUN ADV PROPN PUNCT DET NOUN AUX ADP PROPN PUNCT")
    doc = doc_of(tokens, [(3, 4, "LOC"), (9, 10, "LOC")])
    assert refined(doc) == [("Inglês", CONCEPT, "ner"), ("Inglês", CONCEPT, "ner")]
    # without the reading after "em", the vote stays the NER's
    tokens = toks("o conteúdo éem Inglês . A correspondência será no Inglês .",
                  "DET NOUN ADV PROPN PUNCT DET NOUN AUX ADP PROPN PUNCT")
    assert [c for _, c, _ in refined(doc_of(tokens, [(3, 4, "LOC"), (9, 10, "LOC")]))] == [LOC, LOC]


def test_a_letter_of_a_formula_is_no_name_but_a_street_letter_is():
    tokens = toks("até um estado de equilíbrio ( B ) na travessa J .",
                  "ADP DET NOUN ADP NOUN PUNCT PROPN PUNCT ADP NOUN PROPN PUNCT")
    doc = doc_of(tokens, [(6, 7, "LOC"), (10, 11, "LOC")])
    assert refined(doc) == [("travessa J", LOC, "ner")]


# --- event names ------------------------------------------------------------------------------


def test_ordinal_congress_tagged_as_a_person_is_an_event():
    tokens = toks("o Primeiro Congresso dos Sovietes aprovou", "DET PROPN PROPN ADP PROPN VERB")
    doc = doc_of(tokens, [(1, 5, "PER")])
    EntityGrouper(None)(doc)
    assert [(m.text, m.category) for m in getattr(doc._, MENTIONS)] == [("Primeiro Congresso dos Sovietes", EVENT)]


def test_event_name_stops_before_a_kb_name_inside_it():
    kb = KnowledgeBase((KBEntry("pcr", "Partido Comunista da Rússia", ORG),))
    tokens = toks("no Décimo Congresso do Partido Comunista da Rússia", "ADP PROPN PROPN ADP PROPN PROPN ADP PROPN")
    doc = doc_of(tokens, [(1, 3, "LOC")])
    doc = Gazetteer(NLP, kb)(doc)
    EntityGrouper(kb)(doc)
    got = [(m.text, m.category) for m in getattr(doc._, MENTIONS)]
    assert got == [("Décimo Congresso", EVENT), ("Partido Comunista da Rússia", ORG)]


def test_portfolio_after_a_title_and_a_heading_word_are_not_names():
    tokens = toks("Stalin , comissário do povo para as Nacionalidades , e Trotski",
                  "PROPN PUNCT NOUN ADP NOUN ADP DET PROPN PUNCT CCONJ PROPN")
    doc = doc_of(tokens, [(0, 1, "PER"), (7, 8, "LOC"), (10, 11, "PER")])
    assert [t for t, _, _ in refined(doc)] == ["Stalin", "Trotski"]


def test_markdown_heading_made_of_one_name_is_a_section_title():
    words = ["##", "Objetivos", "\n", "A", "Terceira", "Internacional", "reuniu", "."]
    doc = Doc(NLP.vocab, words=words, spaces=[True, False, False, True, True, True, False, False],
              pos=["X", "PROPN", "SPACE", "DET", "PROPN", "PROPN", "VERB", "PUNCT"],
              lemmas=["##", "Objetivos", "\n", "o", "Terceira", "Internacional", "reunir", "."])
    doc.ents = [_span(doc, 1, 2, "LOC"), _span(doc, 4, 6, "ORG")]
    assert [t for t, _, _ in refined(doc)] == ["Terceira Internacional"]


def test_ordinal_number_joins_an_army_and_an_organization_noun_types_a_regiment():
    tokens = toks("à frente do 7.º Exército , no regimento Semionovski", "ADP NOUN ADP ADJ NOUN PUNCT ADP NOUN PROPN",
                  "a frente de 7.º exército , em regimento Semionovski")
    doc = doc_of(tokens, [(4, 5, "ORG"), (8, 9, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("7.º Exército", ORG), ("Semionovski", ORG)]


def test_a_news_organization_noun_right_before_a_name_types_an_organization():
    tokens = toks("Lopes , da consultoria Macrométrica , e o grupo de Lenin", "PROPN PUNCT ADP NOUN PROPN PUNCT CCONJ DET NOUN ADP PROPN",
                  "Lopes , de consultoria Macrométrica , e o grupo de Lenin")
    doc = doc_of(tokens, [(0, 1, "PER"), (4, 5, "LOC"), (10, 11, "PER")])
    # "de" between the noun and the name is not enough for these nouns: "o grupo de Lenin"
    assert [(t, c) for t, c, _ in refined(doc)] == [("Lopes", PER), ("Macrométrica", ORG), ("Lenin", PER)]


def test_a_kind_noun_of_the_copulas_table_right_before_a_name_types_it():
    # "o time Chievo Verona", "a clínica Erasto Gaertner" (organizations), "no bairro Dom Lustosa",
    # "dos bairros Giovannini" (places), "o estado do Acre": the nouns of predicate_nouns,
    # organization_heads and the divisions, which the copula's rule reads
    tokens = toks("defende o time Vila Verde e foi levado à clínica Rui Sobral , no bairro Dom Lustosa",
                  "VERB DET NOUN PROPN PROPN CCONJ AUX VERB ADP NOUN PROPN PROPN PUNCT ADP NOUN PROPN PROPN",
                  "defender o time Vila Verde e ser levar a clínica Rui Sobral , em bairro Dom Lustosa")
    doc = doc_of(tokens, [(3, 5, "PER"), (10, 12, "PER"), (15, 17, "PER")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Vila Verde", ORG), ("Rui Sobral", ORG), ("Dom Lustosa", LOC)]
    tokens = toks("dos bairros Giovannini e deputado pelo estado do Acre",
                  "ADP NOUN PROPN CCONJ NOUN ADP NOUN ADP PROPN", "de bairro Giovannini e deputado por estado de Acre")
    doc = doc_of(tokens, [(2, 3, "PER"), (8, 9, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Giovannini", LOC), ("Acre", LOC)]


def test_a_kind_noun_that_qualifies_someone_else_types_no_name():
    # "seu companheiro de equipe Gianni Morbidelli", "o médico da equipe Joaquim Grava": people;
    # a person's noun is the titles' rules' ("o presidente Lula")
    tokens = toks("o companheiro de equipe Gino Morelli e o médico da equipe Joaquim Grava",
                  "DET NOUN ADP NOUN PROPN PROPN CCONJ DET NOUN ADP NOUN PROPN PROPN",
                  "o companheiro de equipe Gino Morelli e o médico de equipe Joaquim Grava")
    doc = doc_of(tokens, [(4, 6, "PER"), (11, 13, "PER")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Gino Morelli", PER), ("Joaquim Grava", PER)]


def test_a_body_noun_with_its_complement_or_a_gentilic_before_a_name_makes_it_a_body():
    # MAC-MORPHO and HAREM I: "a companhia de cosméticos Elizabeth Arden" (the NER's organization
    # a given name made a person), "o banco de investimentos Goldman Sachs", "a empresa italiana
    # Illycaffè" and "a rede de lojas Mesbla" (the NER's people and place)
    tokens = toks("a companhia de cosméticos Elizabeth Arden , o banco de investimentos Goldman Sachs , a empresa italiana Illycaffè e a rede de lojas Mesbla",
                  "DET NOUN ADP NOUN PROPN PROPN PUNCT DET NOUN ADP NOUN PROPN PROPN PUNCT DET NOUN ADJ PROPN CCONJ DET NOUN ADP NOUN PROPN")
    doc = doc_of(tokens, [(4, 6, "ORG"), (11, 13, "PER"), (17, 18, "PER"), (23, 24, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Elizabeth Arden", ORG), ("Goldman Sachs", ORG), ("Illycaffè", ORG), ("Mesbla", ORG)]
    # the complement and the gentilic both: "a agência de notícias russa Itar-Tass"
    tokens = toks("a agência de notícias russa Itar-Tass informou", "DET NOUN ADP NOUN ADJ PROPN VERB")
    assert [(t, c) for t, c, _ in refined(doc_of(tokens, [(5, 6, "PER")]))] == [("Itar-Tass", ORG)]
    # people: a trade and its "da" before the body's noun ("o presidente da companhia de seguros
    # João Silva"), an owner after a bare "de" ("a empresa de João Silva"), a name the name lists
    # give a person ("a fabricante de móveis Paulo Maluf"), a name of more than four words
    tokens = toks("o presidente da companhia de seguros João Silva , a empresa de João Silva , a fabricante de móveis Paulo Maluf e a editora de livros Ana Rita Lobo Dias Costa",
                  "DET NOUN ADP NOUN ADP NOUN PROPN PROPN PUNCT DET NOUN ADP PROPN PROPN PUNCT DET NOUN ADP NOUN PROPN PROPN CCONJ DET NOUN ADP NOUN PROPN PROPN PROPN PROPN PROPN")
    doc = doc_of(tokens, [(6, 8, "PER"), (12, 14, "PER"), (19, 21, "PER"), (26, 31, "PER")])
    assert [c for _, c, _ in refined(doc)] == [PER] * 4
    # a body's people after a complement that is a trade ("Da equipe de articulistas Francisco
    # Maturana", a byline); a complement that is no noun ("a companhia de outro Modigliani")
    tokens = toks("da equipe de articulistas Rui Matos e a companhia de outro Modigliani",
                  "ADP NOUN ADP NOUN PROPN PROPN CCONJ DET NOUN ADP DET PROPN")
    assert [c for _, c, _ in refined(doc_of(tokens, [(4, 6, "PER"), (11, 12, "PER")]))] == [PER, PER]
    # a country stays a place after a team's noun and its complement ("a seleção de futebol Argentina")
    tokens = toks("a seleção de futebol Argentina venceu", "DET NOUN ADP NOUN PROPN VERB")
    assert [(t, c) for t, c, _ in refined(doc_of(tokens, [(4, 5, "LOC")]))] == [("Argentina", LOC)]


def test_a_regional_gentilic_before_a_name_types_it_as_a_countrys_does():
    # MAC-MORPHO: "a empresa gaúcha Turiscol", "o grupo gaúcho Cabanha Azul" (the given-name rule's
    # people), "a empresa coreana Rainbow Vision": a state's gentilic, a Korean one
    tokens = toks("a empresa gaúcha Turiscol , o grupo gaúcho Cabanha Azul e a empresa coreana Rainbow Vision",
                  "DET NOUN ADJ PROPN PUNCT DET NOUN ADJ PROPN PROPN CCONJ DET NOUN ADJ PROPN PROPN")
    doc = doc_of(tokens, [(3, 4, "PER"), (8, 10, "PER"), (14, 16, "PER")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Turiscol", ORG), ("Cabanha Azul", ORG), ("Rainbow Vision", ORG)]
    # a man after a masculine article and a state's gentilic: "o gaúcho Mário Quintana" (the NER's place)
    tokens = toks("o gaúcho Mário Quintana escreveu", "DET NOUN PROPN PROPN VERB")
    assert [(t, c) for t, c, _ in refined(doc_of(tokens, [(2, 4, "LOC")]))] == [("Mário Quintana", PER)]
    # a capitalized one after a lowercase noun is still a name: "a avenida Paulista"
    tokens = toks("na avenida Paulista", "ADP NOUN PROPN")
    assert [(t, c) for t, c, _ in refined(doc_of(tokens, [(2, 3, "LOC")]))] == [("avenida Paulista", LOC)]


def test_a_citys_gentilic_before_a_name_types_it_as_a_states_does():
    # a city's gentilic reads as a state's: "a empresa paulistana Xpto" a company (the NER's person),
    # "o soteropolitano Ruy Barreto" a man (the NER's place), "a lisboeta Maria Lopes" a woman
    tokens = toks("a empresa paulistana Xpto Sistemas , o soteropolitano Ruy Barreto e a lisboeta Maria Lopes",
                  "DET NOUN ADJ PROPN PROPN PUNCT DET NOUN PROPN PROPN CCONJ DET NOUN PROPN PROPN")
    doc = doc_of(tokens, [(3, 5, "PER"), (8, 10, "LOC"), (13, 15, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Xpto Sistemas", ORG), ("Ruy Barreto", PER), ("Maria Lopes", PER)]


def test_a_name_no_person_after_a_trade_and_a_body_noun_with_its_complement_is_the_body():
    # MAC-MORPHO: "o diretor da empresa de ônibus Viação São José Ltda." (the NER's place): the
    # body noun heads the trade's complement and the name, which the NER gave no person and no
    # given name opens, is the company's
    tokens = toks("o diretor da empresa de ônibus Viação Cometa Ltda. foi preso",
                  "DET NOUN ADP NOUN ADP NOUN PROPN PROPN PROPN AUX VERB")
    doc = doc_of(tokens, [(6, 9, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Viação Cometa Ltda.", ORG)]
    # the holder's name stays his: the NER's person, or a known given name opening the NER's place
    # (which the given-name rule then makes a person)
    tokens = toks("o diretor da empresa de ônibus Cometa Almeida e o presidente da companhia de seguros João Sá",
                  "DET NOUN ADP NOUN ADP NOUN PROPN PROPN CCONJ DET NOUN ADP NOUN ADP NOUN PROPN PROPN")
    doc = doc_of(tokens, [(6, 8, "PER"), (15, 17, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Cometa Almeida", PER), ("João Sá", PER)]


def test_a_short_name_of_no_persons_word_after_a_role_and_a_body_noun_is_the_body():
    # "o vocalista da banda de hardcore punk Matanza" (the NER's person): one or two words, none
    # a known given name or surname, after a trade, its "da" and a body's noun with its complement
    tokens = toks("o vocalista da banda de rock Matanza cantou",
                  "DET NOUN ADP NOUN ADP NOUN PROPN VERB")
    assert [(t, c) for t, c, _ in refined(doc_of(tokens, [(6, 7, "PER")]))] == [("Matanza", ORG)]
    tokens = toks("o líder do partido de esquerda Sinn Fein falou",
                  "DET NOUN ADP NOUN ADP NOUN PROPN PROPN VERB")
    assert [(t, c) for t, c, _ in refined(doc_of(tokens, [(6, 8, "PER")]))] == [("Sinn Fein", ORG)]
    # the holder's bare surname, a known one, and a name a known given name opens stay his
    tokens = toks("o presidente da companhia de seguros Silva e o diretor da empresa de ônibus João Sá",
                  "DET NOUN ADP NOUN ADP NOUN PROPN CCONJ DET NOUN ADP NOUN ADP NOUN PROPN PROPN")
    doc = doc_of(tokens, [(6, 7, "PER"), (14, 16, "PER")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Silva", PER), ("João Sá", PER)]
    # without the role the body's noun alone types it, as before
    tokens = toks("a banda de rock Matanza cantou", "DET NOUN ADP NOUN PROPN VERB")
    assert [(t, c) for t, c, _ in refined(doc_of(tokens, [(4, 5, "PER")]))] == [("Matanza", ORG)]


_DESCRIBED_BODIES = [
    # "o líder do partido separatista Sinn Fein", "vocalista da banda de hardcore punk Matanza":
    # the NER's persons, no known given name or surname in them
    ("o líder do partido separatista Sinn Fein falou", "DET NOUN ADP NOUN ADJ PROPN PROPN VERB", [(5, 7)], [ORG]),
    ("o vocalista da banda de hardcore punk Matanza cantou", "DET NOUN ADP NOUN ADP NOUN ADJ PROPN VERB", [(7, 8)], [ORG]),
    # an adjective before the complement, and no role before the noun
    ("a banda britânica de new wave Duran Duran tocou", "DET NOUN ADJ ADP NOUN NOUN PROPN PROPN VERB", [(6, 8)], [ORG]),
    ("a banda de hardcore punk Matanza lançou", "DET NOUN ADP NOUN ADJ PROPN VERB", [(5, 6)], [ORG]),
    # the holder's name stays his after either shape: a known given name or surname
    ("o presidente da companhia de seguros internacional João Sá e o diretor do partido separatista Silva",
     "DET NOUN ADP NOUN ADP NOUN ADJ PROPN PROPN CCONJ DET NOUN ADP NOUN ADJ PROPN", [(7, 9), (15, 16)], [PER, PER]),
    # a name the knowledge base's titles have a person stays one, its words unknown to the lists
    ("o presidente é o líder do partido nacionalista Ollanta Humala",
     "DET NOUN AUX DET NOUN ADP NOUN ADJ PROPN PROPN", [(8, 10)], [PER]),
    # and without a role: a person's name after an adjective is no body's
    ("a equipe técnica Carlos Sá chegou", "DET NOUN ADJ PROPN PROPN VERB", [(3, 5)], [PER]),
    # a verb is no complement's word: the name after it is not the body's
    ("a banda de rock tocou Matanza", "DET NOUN ADP NOUN VERB PROPN", [(5, 6)], [PER]),
]


@pytest.mark.parametrize(("text", "pos", "names", "categories"), _DESCRIBED_BODIES)
def test_a_short_name_after_a_body_noun_and_an_adjective_or_a_two_word_complement_is_the_body(text, pos, names, categories):
    words = text.split()
    doc = doc_of(toks(text, pos), [(a, b, "PER") for a, b in names])
    assert [(t, c) for t, c, _ in refined(doc)] == [(" ".join(words[a:b]), c) for (a, b), c in zip(names, categories)]


_NO_BODYS_NAMES = [
    # a place the lists know after a two-word complement stays a place ("uma banda de improviso
    # instrumental Lisboa, Portugal": a "de" missing in the text)
    ("uma banda de improviso instrumental Lisboa , Portugal", "DET NOUN ADP NOUN ADJ PROPN PUNCT PROPN", [(5, 6, "LOC")], [("Lisboa", LOC)]),
    # a byline in capitals run into the text stays a person
    ("com um grupo de acompanhantes terapêuticos SUELY ROLNIK é psicanalista",
     "ADP DET NOUN ADP NOUN ADJ PROPN PROPN AUX NOUN", [(6, 8, "PER")], [("SUELY ROLNIK", PER)]),
    # a place of the lists the knowledge base's titles have an organization is the body's
    ("a banda brasileira de power metal Angra tocou", "DET NOUN ADJ ADP NOUN NOUN PROPN VERB", [(6, 7, "LOC")], [("Angra", ORG)]),
    # one word in capitals is no byline: the body's
    ("o grupo petroquímico ULTRA cresceu", "DET NOUN ADJ PROPN VERB", [(3, 4, "PER")], [("ULTRA", ORG)]),
]


@pytest.mark.parametrize(("text", "pos", "ents", "expected"), _NO_BODYS_NAMES)
def test_a_known_place_or_a_byline_in_capitals_after_a_described_body_noun_is_not_the_body(text, pos, ents, expected):
    doc = doc_of(toks(text, pos), ents)
    assert [(t, c) for t, c, _ in refined(doc)] == expected


def test_a_coachs_a_squads_or_a_teams_club_in_football_news():
    # "O técnico do Santos", "jogadores do Parma e da Sampdoria", "o retorno de Muller ao time do
    # São Paulo": the club, the NER's place; a country stays a place
    tokens = toks("O técnico do Ituano elogiou a equipe", "DET NOUN ADP PROPN VERB DET NOUN", "o técnico de Ituano elogiar a equipe")
    doc = doc_of(tokens, [(3, 4, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Ituano", ORG)]
    tokens = toks("o retorno de Muller ao time do Guarani e aos jogadores do Brasil",
                  "DET NOUN ADP PROPN ADP NOUN ADP PROPN CCONJ ADP NOUN ADP PROPN",
                  "o retorno de Muller a time de Guarani e a jogador de Brasil")
    doc = doc_of(tokens, [(3, 4, "PER"), (7, 8, "LOC"), (12, 13, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Muller", PER), ("Guarani", ORG), ("Brasil", LOC)]
    # no football word in the sentence: a technician of a town
    tokens = toks("O técnico do Ituano consertou o motor", "DET NOUN ADP PROPN VERB DET NOUN", "o técnico de Ituano consertar o motor")
    doc = doc_of(tokens, [(3, 4, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Ituano", LOC)]


def test_a_players_club_the_ner_found_stays_a_club_and_a_persons_name_a_person():
    # MAC-MORPHO: "os jogadores do Santos", the NER's organization, which the name lists' town
    # (Santos, São Paulo: places) turned back into a place; "o time do Maradona": his team, he
    # stays a person (the name lists give him as one); an event's head the NER took for an
    # organization after a cue is the event, as without the cue; with no football word the town
    # the NER took for an organization is the name lists' place
    cases = [
        ("os jogadores do Santos treinaram ontem", "DET NOUN ADP PROPN VERB ADV", "o jogador de Santos treinar ontem", (3, 4, "ORG"), ("Santos", ORG)),
        ("o técnico do São Paulo escalou o time", "DET NOUN ADP PROPN PROPN VERB DET NOUN", "o técnico de São Paulo escalar o time", (3, 5, "ORG"), ("São Paulo", ORG)),
        ("o time do Maradona perdeu a final", "DET NOUN ADP PROPN VERB DET NOUN", "o time de Maradona perder o final", (3, 4, "PER"), ("Maradona", PER)),
        ("a exclusão do jogador da Copa", "DET NOUN ADP NOUN ADP PROPN", "o exclusão de jogador de Copa", (5, 6, "ORG"), ("Copa", EVENT)),
        ("os moradores do Santos protestaram", "DET NOUN ADP PROPN VERB", "o morador de Santos protestar", (3, 4, "ORG"), ("Santos", LOC)),
    ]
    for text, pos, lemmas, ent, expected in cases:
        doc = doc_of(toks(text, pos, lemmas), [ent])
        assert [(t, c) for t, c, _ in refined(doc)] == [expected], text


def test_a_clubs_own_people_make_the_name_after_them_its_club_without_a_football_word():
    # "os dirigentes do San Antonio", "torcedor do Botafogo": a club's officials and fans need no
    # football word in the sentence; the NER's place or person is the club. A country stays a
    # place (its national team), a Brazilian state after "da" too, and a name the lists give a
    # person stays his; a president needs a football word (a firm's, a republic's: "o
    # presidente da Abiq", "o presidente do Amazonas")
    cases = [
        ("os dirigentes do Parma deram entrevista", "DET NOUN ADP PROPN VERB NOUN", "o dirigente de Parma dar entrevista", (3, 4, "LOC"), ("Parma", ORG)),
        ("o presidente do Parma deu entrevista", "DET NOUN ADP PROPN VERB NOUN", "o presidente de Parma dar entrevista", (3, 4, "LOC"), ("Parma", LOC)),
        ("o presidente do Parma elogiou o time", "DET NOUN ADP PROPN VERB DET NOUN", "o presidente de Parma elogiar o time", (3, 4, "LOC"), ("Parma", ORG)),
        ("os dirigentes do Ituano reclamaram", "DET NOUN ADP PROPN VERB", "o dirigente de Ituano reclamar", (3, 4, "LOC"), ("Ituano", ORG)),
        ("um torcedor do Ituano disse isso", "DET NOUN ADP PROPN VERB PRON", "um torcedor de Ituano dizer isso", (3, 4, "PER"), ("Ituano", ORG)),
        ("os dirigentes do São Paulo falaram", "DET NOUN ADP PROPN PROPN VERB", "o dirigente de São Paulo falar", (3, 5, "LOC"), ("São Paulo", ORG)),
        ("a torcida da Itália cantou", "DET NOUN ADP PROPN VERB", "o torcida de Itália cantar", (3, 4, "LOC"), ("Itália", LOC)),
        ("a torcida da Bahia cantou", "DET NOUN ADP PROPN VERB", "o torcida de Bahia cantar", (3, 4, "LOC"), ("Bahia", LOC)),
        ("a torcida do Maradona cantou", "DET NOUN ADP PROPN VERB", "o torcida de Maradona cantar", (3, 4, "PER"), ("Maradona", PER)),
        ("os moradores do Ituano protestaram", "DET NOUN ADP PROPN VERB", "o morador de Ituano protestar", (3, 4, "LOC"), ("Ituano", LOC)),
    ]
    for text, pos, lemmas, ent, expected in cases:
        doc = doc_of(toks(text, pos, lemmas), [ent])
        assert [(t, c) for t, c, _ in refined(doc)] == [expected], text
    # the NER's organization a Wikipedia title types a person (DBpedia-PT's "Botafogo") stays the
    # club after a cue: "os jogadores do Botafogo", "um torcedor do Botafogo"
    for text, pos, lemmas in [
        ("os jogadores do Botafogo treinaram", "DET NOUN ADP PROPN VERB", "o jogador de Botafogo treinar"),
        ("um torcedor do Botafogo falou", "DET NOUN ADP PROPN VERB", "um torcedor de Botafogo falar"),
    ]:
        doc = doc_of(toks(text, pos, lemmas), [(3, 4, "ORG")])
        assert [(t, c) for t, c, _ in refined(doc)] == [("Botafogo", ORG)], text


def test_subject_of_a_speech_verb_is_a_person_not_a_place():
    tokens = toks("Norfini disse que Lisboa cresceu", "PROPN VERB SCONJ PROPN VERB", "Norfini dizer que Lisboa crescer")
    doc = doc_of(tokens, [(0, 1, "LOC"), (3, 4, "LOC")])
    doc[0].dep_, doc[0].head = "nsubj", doc[1]
    doc[3].dep_, doc[3].head = "nsubj", doc[4]
    assert [(t, c) for t, c, _ in refined(doc)] == [("Norfini", PER), ("Lisboa", LOC)]


def test_work_noun_before_a_title_and_stop_word_starting_a_sentence():
    tokens = toks("o livro Fonte Perene saiu . Posso ler", "DET NOUN PROPN PROPN VERB PUNCT PROPN VERB",
                  "o livro Fonte Perene sair . Posso ler")
    starts = [i in (0, 6) for i in range(len(tokens))]
    doc = doc_of(tokens, [(2, 4, "LOC"), (6, 7, "PER")], starts)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Fonte Perene", WORK)]


def test_one_category_per_name_in_a_document():
    tokens = toks("Tambov revoltou-se ; a revolta de Tambov e Tambov", "PROPN VERB PUNCT DET NOUN ADP PROPN CCONJ PROPN")
    doc = doc_of(tokens, [(0, 1, "ORG"), (6, 7, "LOC"), (8, 9, "LOC")])
    assert [c for _, c, _ in refined(doc)] == [LOC, LOC, LOC]


def test_a_name_the_ner_typed_a_concept_and_a_person_or_a_place_keeps_both():
    # "se chama Pierre": the name spoken of as a word (HAREM's ABSTRACCAO); "o segundo, Pierre": the man
    tokens = toks("o do meio se chama Pierre . Mas o segundo , Pierre , trabalha",
                  "DET ADP NOUN PRON VERB PROPN PUNCT CCONJ DET ADJ PUNCT PROPN PUNCT VERB")
    starts = [i in (0, 7) for i in range(len(tokens))]
    doc = doc_of(tokens, [(5, 6, "CONCEPT"), (11, 12, "PER")], starts)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Pierre", CONCEPT), ("Pierre", PER)]
    tokens = toks("uma cidade pequena chamada Itaporanga . Fui para Itaporanga e Itaporanga",
                  "DET NOUN ADJ VERB PROPN PUNCT VERB ADP PROPN CCONJ PROPN")
    starts = [i in (0, 6) for i in range(len(tokens))]
    doc = doc_of(tokens, [(4, 5, "CONCEPT"), (8, 9, "LOC"), (10, 11, "LOC")], starts)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Itaporanga", CONCEPT), ("Itaporanga", LOC), ("Itaporanga", LOC)]
    # must not: an organization's name the NER once typed a concept still takes the vote's type
    tokens = toks("a Intelbras vende . a Intelbras cresce e a Intelbras paga",
                  "DET PROPN VERB PUNCT DET PROPN VERB CCONJ DET PROPN VERB")
    starts = [i in (0, 4) for i in range(len(tokens))]
    doc = doc_of(tokens, [(1, 2, "CONCEPT"), (5, 6, "ORG"), (9, 10, "ORG")], starts)
    assert [c for _, c, _ in refined(doc)] == [ORG, ORG, ORG]
    # must not: a name a rule typed a concept ("a equação de Nernst", the NER's place) still wins the vote
    tokens = toks("a equação de Nernst dá 2 e a equação de Nernst dá 3 . Nernst",
                  "DET NOUN ADP PROPN VERB NUM CCONJ DET NOUN ADP PROPN VERB NUM PUNCT PROPN")
    starts = [i in (0, 14) for i in range(len(tokens))]
    doc = doc_of(tokens, [(3, 4, "LOC"), (10, 11, "LOC"), (14, 15, "PER")], starts)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Nernst", CONCEPT)] * 3
    # must not: a person and a place of one name still vote (the first mention's type on a tie)
    tokens = toks("Tambov revoltou-se ; a revolta de Tambov", "PROPN VERB PUNCT DET NOUN ADP PROPN")
    doc = doc_of(tokens, [(0, 1, "LOC"), (6, 7, "PER")])
    assert [c for _, c, _ in refined(doc)] == [LOC, LOC]


def test_a_role_before_one_mention_makes_every_mention_of_the_name_a_person():
    tokens = toks("o fotojornalista Sebastião Salgado expôs . Sebastião Salgado voltou",
                  "DET NOUN PROPN PROPN VERB PUNCT PROPN PROPN VERB")
    starts = [i in (0, 6) for i in range(len(tokens))]
    doc = doc_of(tokens, [(2, 4, "LOC"), (6, 8, "LOC")], starts)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Sebastião Salgado", PER), ("Sebastião Salgado", PER)]


def test_person_named_at_the_end_of_a_unit_name_is_split_off():
    tokens = toks("o Primeiro Exército de Cavalaria de Semion Budionni rompeu", "DET PROPN PROPN ADP PROPN ADP PROPN PROPN VERB")
    doc = doc_of(tokens, [(1, 8, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Primeiro Exército de Cavalaria", ORG), ("Semion Budionni", PER)]
    # must not: a place after "de" is not a person
    tokens = toks("o Partido Comunista da Hungria cresceu", "DET PROPN PROPN ADP PROPN VERB")
    doc = doc_of(tokens, [(1, 5, "ORG")])
    assert refined(doc) == [("Partido Comunista da Hungria", ORG, "ner")]


def test_a_county_named_after_a_person_is_one_place():
    tokens = toks("Warren fica no Condado de Jo Daviess .", "PROPN VERB ADP PROPN ADP PROPN PROPN PUNCT")
    doc = doc_of(tokens, [(0, 1, "LOC"), (3, 7, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Warren", LOC), ("Condado de Jo Daviess", LOC)]


def test_a_lowercase_place_noun_and_its_de_opening_a_ner_span_are_left_out_of_the_name():
    # "no estado norte-americano de Pensilvânia": the name is Pensilvânia (HAREM leaves the noun out)
    tokens = toks("Pillow fica no estado norte-americano de Pensilvânia .", "PROPN VERB ADP NOUN ADJ ADP PROPN PUNCT")
    doc = doc_of(tokens, [(0, 1, "LOC"), (3, 7, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Pillow", LOC), ("Pensilvânia", LOC)]
    # a place noun that is no division of regions.json's area_levels ("distrito"), the NER's person
    tokens = toks("fica no distrito de Lilienfeld , perto do rio Danúbio .", "VERB ADP NOUN ADP PROPN PUNCT ADV ADP NOUN PROPN PUNCT")
    doc = doc_of(tokens, [(2, 5, "PER"), (8, 10, "LOC")])
    # must not: a noun right before the name stays ("rio Danúbio")
    assert [(t, c) for t, c, _ in refined(doc)] == [("Lilienfeld", LOC), ("rio Danúbio", LOC)]
    # must not: a gulf "of" a country is not the country
    tokens = toks("entrou no golfo da Finlândia .", "VERB ADP NOUN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(2, 5, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("golfo da Finlândia", LOC)]
    # must not: a street's noun stays the street's, a capitalized noun is the name's
    tokens = toks("mora na rua do Ouvidor e no Estado de Sergipe .", "VERB ADP NOUN ADP PROPN CCONJ ADP PROPN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(2, 5, "LOC"), (7, 10, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("rua do Ouvidor", LOC), ("Estado de Sergipe", LOC)]


def test_lowercase_modifiers_opening_a_ner_span_are_left_out_of_the_name():
    tokens = toks("Era a linda Marcela que chegava .", "AUX DET ADJ PROPN PRON VERB PUNCT")
    doc = doc_of(tokens, [(2, 4, "PER")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Marcela", PER)]
    tokens = toks("o cubano Orestes Lorenzo fugiu", "DET ADJ PROPN PROPN VERB")
    doc = doc_of(tokens, [(1, 4, "PER")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Orestes Lorenzo", PER)]
    # must not: a title stays in the person's mention, as HAREM has it
    tokens = toks("disse o senhor Camões ontem", "VERB DET NOUN PROPN ADV")
    doc = doc_of(tokens, [(2, 4, "PER")])
    assert [t for t, _, _ in refined(doc)] == ["senhor Camões"]


def test_name_coordinated_with_a_person_by_the_same_preposition_is_a_person():
    tokens = toks("tratados por Stalin e por Sergo Ordjonikidze , e de Kolchak e por Odessa",
                  "VERB ADP PROPN CCONJ ADP PROPN PROPN PUNCT CCONJ ADP PROPN CCONJ ADP PROPN")
    doc = doc_of(tokens, [(2, 3, "PER"), (5, 7, "LOC"), (10, 11, "PER"), (13, 14, "LOC")])
    got = [(t, c) for t, c, _ in refined(doc)]
    assert ("Sergo Ordjonikidze", PER) in got
    assert ("Odessa", LOC) in got  # "de Kolchak e por Odessa": not the same preposition


def test_a_place_of_a_persons_lifespan_bracket_the_parse_joins_to_him_stays_a_place():
    # Wikipedia: "Ilderlei Cordeiro (Cruzeiro do Sul, Acre, 28 de junho de 1977) ... deputado pelo
    # estado do Acre": the parse made the bracket's "Acre" a conjunct of the person; his place,
    # and the document's other "Acre" with it
    tokens = toks("Ana Lima ( Cruzeiro do Sul , Acre , 28 de junho de 1977 ) é deputada pelo estado do Acre .",
                  "PROPN PROPN PUNCT PROPN ADP PROPN PUNCT PROPN PUNCT NUM ADP NOUN ADP NUM PUNCT AUX NOUN ADP NOUN ADP PROPN PUNCT",
                  "Ana Lima ( Cruzeiro de Sul , Acre , 28 de junho de 1977 ) ser deputado por estado de Acre .")
    doc = doc_of(tokens, [(0, 2, "PER"), (3, 6, "LOC"), (7, 8, "LOC"), (20, 21, "LOC")])
    doc[7].dep_, doc[7].head = "conj", doc[0]
    assert [(t, c) for t, c, _ in refined(doc)] == [("Ana Lima", PER), ("Cruzeiro do Sul", LOC), ("Acre", LOC), ("Acre", LOC)]
    # no bracket: the conjunct of a person is a person
    tokens = toks("Ana Lima e Acre chegaram", "PROPN PROPN CCONJ PROPN VERB", "Ana Lima e Acre chegar")
    doc = doc_of(tokens, [(0, 2, "PER"), (3, 4, "LOC")])
    doc[3].dep_, doc[3].head = "conj", doc[0]
    assert [(t, c) for t, c, _ in refined(doc)] == [("Ana Lima", PER), ("Acre", PER)]


def test_name_of_a_text_is_a_work():
    tokens = toks("apresentou as Teses de Abril ao Partido Comunista", "VERB DET PROPN ADP PROPN ADP PROPN PROPN")
    doc = doc_of(tokens, [(2, 5, "ORG"), (6, 8, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Teses de Abril", WORK), ("Partido Comunista", ORG)]
    # MAC-MORPHO: the NER tags "a Constituição" and "a Medida Provisória" organizations; a
    # document word alone is a text as well; a person named so stays a person
    tokens = toks("mudanças na Constituição e na Medida Provisória , diz Lei", "NOUN ADP PROPN CCONJ ADP PROPN PROPN PUNCT VERB PROPN")
    doc = doc_of(tokens, [(2, 3, "ORG"), (5, 7, "ORG"), (9, 10, "PER")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Constituição", WORK), ("Medida Provisória", WORK), ("Lei", PER)]


# --- parentheses that are not aliases (a list of names, a gloss of a phrase) ------------------


def alias_links_of(text: str, pos: str, ents):
    doc = doc_of(toks(text, pos), ents)
    mentions = spans_to_mentions(doc.ents, "d.txt")
    _, links = find_alias_links(doc, mentions, "d.txt")
    return [(a.text, b.text) for a, b in links]


def test_a_name_in_parentheses_is_an_alias():
    assert alias_links_of(
        "A Internacional Comunista ( Komintern ) nasceu .", "DET PROPN PROPN PUNCT PROPN PUNCT VERB PUNCT", [(1, 3, "ORG")]
    ) == [("Internacional Comunista", "Komintern")]


def test_an_acronym_spelling_a_bodys_name_in_brackets_is_the_bodys():
    # MAC-MORPHO: "o presidente do Instituto Brasileiro de Executivos Financeiros (Ibef)", the NER's
    # organization and place: the acronym spells the name, so it glosses the name, not the phrase
    # the name completes, and is an organization as the name is; and the other way round
    doc = doc_of(
        toks("o presidente do Instituto Brasileiro de Executivos Financeiros ( Ibef ) falou",
             "DET NOUN ADP PROPN PROPN ADP PROPN PROPN PUNCT PROPN PUNCT VERB"),
        [(3, 8, "ORG"), (9, 10, "LOC")],
    )
    new, links = find_alias_links(doc, spans_to_mentions(doc.ents, "d.txt"), "d.txt")
    assert [(m.text, m.category) for m in new] == [("Ibef", ORG)]
    assert [(a.text, b.text) for a, b in links] == [("Instituto Brasileiro de Executivos Financeiros", "Ibef")]
    doc = doc_of(
        toks("O Ipea ( Instituto de Pesquisa Econômica Aplicada ) divulgou", "DET PROPN PUNCT PROPN ADP PROPN PROPN PROPN PUNCT VERB"),
        [(1, 2, "LOC"), (3, 8, "ORG")],
    )
    new, links = find_alias_links(doc, spans_to_mentions(doc.ents, "d.txt"), "d.txt")
    assert [(m.text, m.category) for m in new] == [("Ipea", ORG)]
    assert [(a.text, b.text) for a, b in links] == [("Ipea", "Instituto de Pesquisa Econômica Aplicada")]
    # a place in brackets that spells nothing stays a place: the town of the university
    doc = doc_of(toks("a Unesp ( Prudente ) abriu", "DET PROPN PUNCT PROPN PUNCT VERB"), [(1, 2, "ORG"), (3, 4, "LOC")])
    new, _ = find_alias_links(doc, spans_to_mentions(doc.ents, "d.txt"), "d.txt")
    assert new == []


def test_a_place_opening_with_a_capitalized_business_noun_is_an_organization():
    # MAC-MORPHO: "da Corretora Convenção", "na Bolsa de Nova York", the NER's places
    tokens = toks("Azevedo , da Corretora Convenção , comprou na Bolsa de Nova York", "PROPN PUNCT ADP PROPN PROPN PUNCT VERB ADP PROPN ADP PROPN PROPN")
    doc = doc_of(tokens, [(0, 1, "PER"), (3, 5, "LOC"), (8, 12, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Azevedo", PER), ("Corretora Convenção", ORG), ("Bolsa de Nova York", ORG)]
    # the noun alone, or in lower case before the name, is no such name's head
    tokens = toks("subiu na Bolsa e na rede Mesbla", "VERB ADP PROPN CCONJ ADP NOUN PROPN")
    doc = doc_of(tokens, [(2, 3, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Bolsa", LOC)]


def test_a_bracket_that_disambiguates_a_wikipedia_title_is_not():
    # "Berndorf (Baixa Áustria)" is the title of an article (the shipped dbpedia-pt.tsv.gz): the
    # bracket tells the town from another Berndorf, it is the state the town is in, not another
    # name of it (issue 17, 26a: the two were one entity, labelled "Baixa Áustria")
    pos = "PROPN PUNCT PROPN PROPN PUNCT AUX DET NOUN ADP PROPN PUNCT"
    text = "Berndorf ( Baixa Áustria ) é um município da Áustria ."
    assert alias_links_of(text, pos, [(0, 1, "LOC"), (2, 4, "LOC")]) == []
    # a bracket that spells no title stays another name of the place
    assert alias_links_of(
        "Birmânia ( Myanmar ) é um país da Ásia .", pos.replace("PROPN PROPN PUNCT AUX", "PROPN PUNCT AUX"), [(0, 1, "LOC"), (2, 3, "LOC")]
    ) == [("Birmânia", "Myanmar")]


def test_a_lifespans_place_and_its_bracket_are_not():
    # "Wilmette (Illinois)", no title of the shipped knowledge base: in a lifespan bracket the
    # bracket after a place is the larger place (issue 17, 26a: diedIn Illinois was written)
    text = "Forest Moulton ( Le Roy , 29 de abril de 1872 — Wilmette ( Illinois ) , 7 de dezembro de 1952 ) foi ."
    pos = "PROPN PROPN PUNCT PROPN PROPN PUNCT NUM ADP NOUN ADP NUM PUNCT PROPN PUNCT PROPN PUNCT PUNCT NUM ADP NOUN ADP NUM PUNCT AUX PUNCT"
    ents = [(0, 2, "PER"), (3, 5, "LOC"), (12, 13, "LOC"), (14, 15, "LOC")]
    assert alias_links_of(text, pos, ents) == []
    # the same words after no person's name stay another name of the place
    assert alias_links_of(text, pos, ents[1:]) == [("Wilmette", "Illinois")]


def test_a_list_of_places_in_parentheses_is_not():
    # "o sul do Brasil (Paraná e Santa Catarina)": neither the list nor its first name is Brasil
    assert alias_links_of(
        "Ficaram no Brasil ( Paraná e Santa Catarina ) .",
        "VERB ADP PROPN PUNCT PROPN CCONJ PROPN PROPN PUNCT PUNCT",
        [(2, 3, "LOC")],
    ) == []
    assert alias_links_of(
        "Ficaram na Rússia ( Moscou , Kiev ) .", "VERB ADP PROPN PUNCT PROPN PUNCT PROPN PUNCT PUNCT", [(2, 3, "LOC")]
    ) == []


def test_a_gloss_of_the_phrase_around_the_name_is_not():
    assert alias_links_of(
        "Ficaram no sul do Brasil ( Paraná ) .", "VERB ADP NOUN ADP PROPN PUNCT PROPN PUNCT PUNCT", [(4, 5, "LOC"), (6, 7, "LOC")]
    ) == []
    # a split contraction ("de o") is read the same way
    assert alias_links_of(
        "Foram para a capital de a Polônia ( Varsóvia ) .",
        "VERB ADP DET NOUN ADP DET PROPN PUNCT PROPN PUNCT PUNCT",
        [(6, 7, "LOC"), (8, 9, "LOC")],
    ) == []


def test_a_gloss_in_parentheses_still_names_what_the_ner_missed():
    doc = doc_of(toks("Ficaram no sul do Brasil ( Paraná ) .", "VERB ADP NOUN ADP PROPN PUNCT PROPN PUNCT PUNCT"), [(4, 5, "LOC")])
    new, links = find_alias_links(doc, spans_to_mentions(doc.ents, "d.txt"), "d.txt")
    assert [(m.text, m.category, m.source) for m in new] == [("Paraná", "LOC", "rule")]
    assert links == []


def test_lowercase_event_head_takes_a_place_or_an_event_name_after_it():
    # "a paz de Brest-Litovsk": the event is the whole phrase whether the NER took
    # Brest-Litovsk for a place (pt_teia 0.6.0) or for the event itself (the deeper NER
    # candidate of issue 17, not shipped)
    text = "a aceitação da paz de Brest-Litovsk , assinada"
    pos = "DET NOUN ADP NOUN ADP PROPN PUNCT VERB"
    for label in ("LOC", "EVENT"):
        doc = doc_of(toks(text, pos), [(5, 6, label)])
        EntityGrouper(None)(doc)
        assert [(m.text, m.category) for m in getattr(doc._, MENTIONS)] == [("paz de Brest-Litovsk", EVENT)]
    # a person after the head is not an event's name
    doc = doc_of(toks("a batalha de Piłsudski", "DET NOUN ADP PROPN"), [(3, 4, "PER")])
    EntityGrouper(None)(doc)
    assert [(m.text, m.category) for m in getattr(doc._, MENTIONS)] == [("Piłsudski", PER)]


def test_mention_texts_are_the_spans_texts(parsed_corpus):
    # spans_to_mentions slices the Doc's text instead of joining each span's tokens
    seen = 0
    for doc in parsed_corpus:
        mentions = spans_to_mentions(doc.ents, "d")
        by_start = {e.start_char: e for e in doc.ents}
        assert all(m.text == by_start[m.start].text and m.end == by_start[m.start].end_char for m in mentions)
        seen += len(mentions)
    assert seen > 50


# --- categories from the typed Wikipedia titles (issue 17) ---------------------------------


def test_a_place_that_is_only_an_organizations_title_is_an_organization():
    tokens = toks("a Intelbras vende em Lisboa", "DET PROPN VERB ADP PROPN")
    doc = doc_of(tokens, [(1, 2, "LOC"), (4, 5, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Intelbras", ORG), ("Lisboa", LOC)]


def test_an_organization_that_is_only_a_persons_title_is_a_person_but_not_an_institution():
    # DBpedia-PT types the Nobel Foundation a person (a laureate): its institution word keeps it an organization
    tokens = toks("Mahatma Gandhi e a Fundação Nobel", "PROPN PROPN CCONJ DET PROPN PROPN")
    doc = doc_of(tokens, [(0, 2, "ORG"), (4, 6, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Mahatma Gandhi", PER), ("Fundação Nobel", ORG)]


def test_an_organization_after_a_news_organization_noun_keeps_it_whatever_its_title():
    # "José Olympio" and "Norberto Odebrecht" are people's titles; after "a editora", "a construtora"
    # they name the publisher and the builder (the given name made them people before the noun did)
    tokens = toks(
        "a editora José Olympio e a construtora Norberto Odebrecht", "DET NOUN PROPN PROPN CCONJ DET NOUN PROPN PROPN"
    )
    doc = doc_of(tokens, [(2, 4, "ORG"), (7, 9, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("José Olympio", ORG), ("Norberto Odebrecht", ORG)]
    # without the noun the title still decides
    doc = doc_of(toks("José Olympio e Norberto Odebrecht", "PROPN PROPN CCONJ PROPN PROPN"), [(0, 2, "ORG"), (3, 5, "ORG")])
    assert [c for _, c, _ in refined(doc)] == [PER, PER]


def test_titles_never_turn_a_person_into_a_place_nor_override_a_classifier():
    # "Martim" is only a town's title, "Kaiserslautern" a city's: people and teams keep the NER's category
    tokens = toks("Martim marcou contra o Kaiserslautern na cidade de Intelbras", "PROPN VERB ADP DET PROPN ADP NOUN ADP PROPN")
    doc = doc_of(tokens, [(0, 1, "PER"), (4, 5, "ORG"), (8, 9, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Martim", PER), ("Kaiserslautern", ORG), ("Intelbras", LOC)]


def test_semana_names_an_event_only_opening_the_name():
    # HAREM I marks "a Semana do Teatro", "a Semana Equestre Militar" events; "Semana" inside a
    # longer capitalized run is no event's head: a newspaper, a headline
    tokens = toks("a Semana do Teatro começa hoje", "DET PROPN ADP PROPN VERB ADV")
    doc = doc_of(tokens, [(1, 4, "ORG")])
    EntityGrouper(None)(doc)
    assert [(m.text, m.category) for m in getattr(doc._, MENTIONS)] == [("Semana do Teatro", EVENT)]
    doc = doc_of(toks("o diário Nova Semana publicou", "DET NOUN PROPN PROPN VERB"), [(2, 4, "ORG")])
    EntityGrouper(None)(doc)
    assert [(m.text, m.category) for m in getattr(doc._, MENTIONS)] == [("Nova Semana", ORG)]


def _events(doc):
    EntityGrouper(None)(doc)
    return [(m.text, m.category) for m in getattr(doc._, MENTIONS)]


def test_an_event_name_keeps_the_list_of_what_it_is_about():
    # HAREM I train: "Feira da Ciência, Tecnologia e Inovação" is one event; the comma cut it in two
    words = "a Feira da Ciência , Tecnologia e Inovação começa hoje"
    tags = "DET PROPN ADP PROPN PUNCT PROPN CCONJ PROPN VERB ADV"
    for label in ("ORG", "EVENT"):
        doc = doc_of(toks(words, tags), [(0, 8, label)])
        assert _events(doc) == [("Feira da Ciência , Tecnologia e Inovação", EVENT)]
    # the NER's event span stays whole through the refinement
    doc = doc_of(toks(words, tags), [(1, 8, "EVENT")])
    assert refined(doc) == [("Feira da Ciência , Tecnologia e Inovação", EVENT, "ner")]
    # the NER cut the list: the rule takes it whole, and the run's words after it
    words = "o Congresso de Ciência , Arte e Cultura de Lisboa reuniu"
    tags = "DET PROPN ADP PROPN PUNCT PROPN CCONJ PROPN ADP PROPN VERB"
    doc = doc_of(toks(words, tags), [(1, 7, "ORG"), (7, 8, "CONCEPT")])
    assert _events(doc) == [("Congresso de Ciência , Arte e Cultura de Lisboa", EVENT)]
    doc = doc_of(toks("a Feira de Rochas Ornamentais , Cerâmicas e Vidro", "DET PROPN ADP PROPN ADJ PUNCT ADJ CCONJ PROPN"), [(1, 9, "EVENT")])
    assert _events(doc) == [("Feira de Rochas Ornamentais , Cerâmicas e Vidro", EVENT)]


def test_a_list_of_separate_names_after_an_event_is_no_part_of_it():
    tokens = toks("na Feira de Frankfurt , Paris e Londres", "ADP PROPN ADP PROPN PUNCT PROPN CCONJ PROPN")
    doc = doc_of(tokens, [(1, 4, "EVENT"), (5, 6, "LOC"), (7, 8, "LOC")])
    assert _events(doc) == [("Feira de Frankfurt", EVENT), ("Paris", LOC), ("Londres", LOC)]
    # places the corpora know, though the NER missed them; acronyms; other events
    doc = doc_of(tokens, [(1, 4, "ORG")])
    assert _events(doc) == [("Feira de Frankfurt", EVENT)]
    tokens = toks("o Congresso do PT , PSDB e PMDB", "DET PROPN ADP PROPN PUNCT PROPN CCONJ PROPN")
    doc = doc_of(tokens, [(1, 8, "ORG")])
    assert _events(doc) == [("Congresso do PT", EVENT), ("PSDB e PMDB", ORG)]
    tokens = toks("a Copa do Mundo , Eurocopa e Copa América", "DET PROPN ADP PROPN PUNCT PROPN CCONJ PROPN PROPN")
    doc = doc_of(tokens, [(1, 9, "ORG")])
    assert ("Copa do Mundo", EVENT) in _events(doc)
    # not opened by the event's head word: "Escola de Artes, Música e Dança" is the institution's rule
    tokens = toks("a Grande Feira de Arte , Moda e Dança", "DET ADJ PROPN ADP PROPN PUNCT PROPN CCONJ PROPN")
    doc = doc_of(tokens, [(1, 9, "ORG")])
    assert ("Grande Feira de Arte , Moda e Dança", EVENT) not in _events(doc)


def test_an_event_name_holds_its_year_and_its_ordinal_number():
    # the NER's names hold them ("Golpe Militar de 1964" tagged an organization): the rule took
    # "Golpe Militar", crossing the NER's span, and so left the organization alone
    cases = [
        ("o Golpe Militar de 1964 acabou", "DET PROPN ADJ ADP NUM VERB", (1, 5), "Golpe Militar de 1964"),
        ("a Copa do Mundo 2010 começou", "DET PROPN ADP PROPN NUM VERB", (1, 5), "Copa do Mundo 2010"),
        ("nas Eleições 2012 votou", "ADP PROPN NUM VERB", (1, 3), "Eleições 2012"),
        ("a 60ª Exposição Nacional de Gado abriu", "DET ADJ PROPN ADJ ADP PROPN VERB", (1, 6), "60ª Exposição Nacional de Gado"),
    ]
    for words, tags, (a, b), name in cases:
        doc = doc_of(toks(words, tags), [(a, b, "ORG")])
        assert _events(doc) == [(name, EVENT)], words
    # without the NER's span too
    doc = doc_of(toks("o 16.º Congresso do Partido reuniu", "DET ADJ PROPN ADP PROPN VERB"))
    assert _events(doc) == [("16.º Congresso do Partido", EVENT)]
    # a year opening a range is no part of the name
    doc = doc_of(toks("a Guerra do Paraguai de 1864 a 1870", "DET PROPN ADP PROPN ADP NUM ADP NUM"))
    assert _events(doc) == [("Guerra do Paraguai", EVENT)]


def test_news_event_words_open_event_names():
    # MAC-MORPHO and Wikipedia: the NER gives these organizations or places
    cases = [
        ("no Salão do Automóvel", "ADP PROPN ADP PROPN", "ORG"),
        ("na Maratona de Chicago", "ADP PROPN ADP PROPN", "LOC"),
        ("a Mostra Internacional de Cinema", "DET PROPN ADJ ADP PROPN", "ORG"),
        ("da Inconfidência Mineira", "ADP PROPN ADJ", "LOC"),
        ("a Intentona Comunista", "DET PROPN ADJ", "ORG"),
        ("o Carnaval de Barranquilla", "DET PROPN ADP PROPN", "LOC"),
        ("na Olimpíada de Barcelona", "ADP PROPN ADP PROPN", "ORG"),
        ("a Operação Mãos Limpas", "DET PROPN PROPN PROPN", "ORG"),
        # feasts, fairs, cups and world championships
        ("a 6ª Festa do Peão de Jaguariúna", "DET ADJ PROPN ADP PROPN ADP PROPN", "ORG"),
        ("as Festas Juninas", "DET PROPN ADJ", "ORG"),
        ("o Mundial de Clubes", "DET PROPN ADP PROPN", "ORG"),
        ("o Mundial de 1994", "DET PROPN ADP NUM", "ORG"),
        ("a Expo de Itaguaí", "DET PROPN ADP PROPN", "LOC"),
        ("a Recopa Sul-Americana", "DET PROPN ADJ", "ORG"),
        ("a Supercopa da Espanha", "DET PROPN ADP PROPN", "ORG"),
    ]
    for words, tags, label in cases:
        doc = doc_of(toks(words, tags), [(1, len(words.split()), label)])
        assert _events(doc) == [(" ".join(words.split()[1:]), EVENT)], words
    # opening only: inside a name they are no event's head
    doc = doc_of(toks("a Rádio Inconfidência transmite", "DET PROPN PROPN VERB"), [(1, 3, "ORG")])
    assert _events(doc) == [("Rádio Inconfidência", ORG)]
    doc = doc_of(toks("o Futebol de Salão cresce", "DET PROPN ADP PROPN VERB"), [(1, 4, "ORG")])
    assert _events(doc) == [("Futebol de Salão", ORG)]


def test_an_event_name_stops_at_a_capitalized_article():
    # a Wikipedia heading glued to its section's first sentence
    doc = doc_of(toks("Carnaval O carnaval de Iguape", "PROPN DET NOUN ADP PROPN"), [(4, 5, "LOC")])
    assert _events(doc) == [("Iguape", LOC)]
    # a letter of a name is no article
    doc = doc_of(toks("o Campeonato Brasileiro Série A de 2010", "DET PROPN ADJ PROPN PROPN ADP NUM"))
    assert _events(doc) == [("Campeonato Brasileiro Série A de 2010", EVENT)]


def test_an_event_word_alone_is_no_place():
    # MAC-MORPHO: the NER tags "Carnaval" and "Bienal" places
    tokens = toks("as contas abertas depois do Carnaval e a Bienal", "DET NOUN ADJ ADV ADP PROPN CCONJ DET PROPN")
    doc = doc_of(tokens, [(5, 6, "LOC"), (8, 9, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Carnaval", EVENT), ("Bienal", EVENT)]
    # a town that is a place's title (Batalha, Leiria), or after a place noun, stays a place
    doc = doc_of(toks("nasceu na Batalha", "VERB ADP PROPN"), [(2, 3, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Batalha", LOC)]
    doc = doc_of(toks("a cidade de Festival", "DET NOUN ADP PROPN"), [(3, 4, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Festival", LOC)]
    # an organization keeps the NER's type: "o Congresso" is the parliament
    doc = doc_of(toks("aprovado pelo Congresso", "VERB ADP PROPN"), [(2, 3, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Congresso", ORG)]


def test_an_event_word_alone_after_an_article_is_no_organization():
    # MAC-MORPHO: "ganhar a Copa", "na última Olimpíada" tagged organizations
    doc = doc_of(toks("ganhar a Copa e nadar na última Olimpíada", "VERB DET PROPN CCONJ VERB ADP ADJ PROPN"), [(2, 3, "ORG"), (7, 8, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Copa", EVENT), ("Olimpíada", EVENT)]
    # an institution's word stays an organization; so does a name with no article before it
    doc = doc_of(toks("o presidente da Fundação", "DET NOUN ADP PROPN"), [(3, 4, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Fundação", ORG)]
    doc = doc_of(toks("o programa Pacto pela vida", "DET NOUN PROPN ADP NOUN"), [(2, 3, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Pacto", ORG)]


def test_a_head_of_two_words_names_an_event():
    # MAC-MORPHO: "o Grande Prêmio da Austrália" tagged a place, "do Brasil" an organization;
    # HAREM I: "o Dia Mundial do Teatro" is an event. "Prêmio" and "Dia" alone are no event's head.
    doc = doc_of(toks("o Grande Prêmio da Hungria foi vencido", "DET ADJ PROPN ADP PROPN AUX VERB"), [(1, 5, "LOC")])
    assert _events(doc) == [("Grande Prêmio da Hungria", EVENT)]
    doc = doc_of(toks("assinalar o Dia Mundial do Teatro", "VERB DET PROPN ADJ ADP PROPN"))
    assert _events(doc) == [("Dia Mundial do Teatro", EVENT)]
    doc = doc_of(toks("o Prêmio Nobel da Paz", "DET PROPN PROPN ADP PROPN"), [(1, 3, "ORG")])
    assert ("Prêmio Nobel", ORG) in _events(doc)
    doc = doc_of(toks("ganhou o grande Prêmio da noite", "VERB DET ADJ PROPN ADP NOUN"), [(3, 4, "ORG")])
    assert _events(doc) == [("Prêmio", ORG)]
    # a comma list after it belongs to the event's name, as after a head of one word
    tokens = toks("o Dia Nacional da Ciência , Tecnologia e Inovação", "DET PROPN ADJ ADP PROPN PUNCT PROPN CCONJ PROPN")
    assert _events(doc_of(tokens, [(1, 5, "ORG")])) == [("Dia Nacional da Ciência , Tecnologia e Inovação", EVENT)]


def test_festa_and_mundial_open_event_names_only_as_the_first_word():
    # the names themselves are cases of test_news_event_words_open_event_names; HAREM I train
    # marks "o Mundial" and "o Mundial de França'98" events.
    # Opening only: inside a name "Mundial" and "Festa" are no event's head
    for words, tags in [
        ("a Organização Mundial da Saúde alertou", "DET PROPN ADJ ADP PROPN VERB"),
        ("o Banco Mundial emprestou", "DET PROPN ADJ VERB"),
        ("a Rádio Festa transmite", "DET PROPN PROPN VERB"),
    ]:
        n = len(words.split()) - 1
        doc = doc_of(toks(words, tags), [(1, n, "ORG")])
        assert _events(doc) == [(" ".join(words.split()[1:n]), ORG)], words
    # alone, after an article, the organization the NER gave is the event
    doc = doc_of(toks("jogou no Mundial pela seleção", "VERB ADP PROPN ADP NOUN"), [(2, 3, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Mundial", EVENT)]


def test_a_historical_acts_noun_opens_an_event_name_only_before_de():
    # Wikipedia: the NER tags "a Independência do Brasil", "a Proclamação da República"
    # organizations and "a Abolição" of "a Abolição da Escravatura" a place
    cases = [
        ("após a Independência do Brasil", "ADP DET PROPN ADP PROPN", (2, 5, "ORG"), "Independência do Brasil"),
        ("após a Proclamação da República", "ADP DET PROPN ADP PROPN", (2, 5, "ORG"), "Proclamação da República"),
        ("da Abolição da Escravatura", "ADP PROPN ADP PROPN", (1, 2, "LOC"), "Abolição da Escravatura"),
    ]
    for words, tags, span, name in cases:
        doc = doc_of(toks(words, tags), [span])
        assert _events(doc) == [(name, EVENT)], words
    # not after another capitalized word, not without de, not alone (a town, a club)
    doc = doc_of(toks("a Rede Independência de Comunicação", "DET PROPN PROPN ADP PROPN"), [(1, 5, "ORG")])
    assert _events(doc) == [("Rede Independência de Comunicação", ORG)]
    doc = doc_of(toks("o Independência Shopping abriu", "DET PROPN PROPN VERB"), [(1, 3, "ORG")])
    assert _events(doc) == [("Independência Shopping", ORG)]
    doc = doc_of(toks("nasceu em Independência", "VERB ADP PROPN"), [(2, 3, "LOC")])
    assert _events(doc) == [("Independência", LOC)]
    # nor the tail of another name after its de: a document
    doc = doc_of(toks("desde a Declaração de Independência do Kosovo", "ADP DET PROPN ADP PROPN ADP PROPN"), [(6, 7, "LOC")])
    assert _events(doc) == [("Kosovo", LOC)]


def test_a_tournaments_abbreviation_is_an_event_only_alone_before_its_year():
    # Wikipedia: the NER tags "o Euro 2004" an organization, a work, or "Euro" alone a person
    for words, tags, span, name in [
        ("construído para o Euro 2004 em Faro", "VERB ADP DET PROPN NUM ADP PROPN", (3, 5, "ORG"), "Euro 2004"),
        ("jogou no Euro 2004 todos os jogos", "VERB ADP PROPN NUM DET DET NOUN", (2, 3, "PER"), "Euro 2004"),
        ("a qualificação para o Euro de 2008", "DET NOUN ADP DET PROPN ADP NUM", (4, 5, "ORG"), "Euro de 2008"),
    ]:
        doc = doc_of(toks(words, tags), [span])
        assert _events(doc) == [(name, EVENT)], words
    # without its year it is the currency; inside a longer run it stays what the NER said
    doc = doc_of(toks("o Euro caiu face ao dólar", "DET PROPN VERB NOUN ADP NOUN"), [(1, 2, "ORG")])
    assert _events(doc) == [("Euro", ORG)]
    doc = doc_of(toks("jogou a UEFA Euro 2004", "VERB DET PROPN PROPN NUM"), [(2, 5, "ORG")])
    assert _events(doc) == [("UEFA Euro 2004", ORG)]
    doc = doc_of(toks("visitou a Euro Disney em 1994", "VERB DET PROPN PROPN ADP NUM"), [(2, 4, "LOC")])
    assert _events(doc) == [("Euro Disney", LOC)]


def test_an_event_head_that_alone_names_a_region_is_an_event_only_before_de():
    # "o Levante", the region (or the club), is no uprising; "o Levante dos boxers" is one
    doc = doc_of(toks("a frota chegou ao Levante em março", "DET NOUN VERB ADP PROPN ADP NOUN"), [(4, 5, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Levante", LOC)]
    doc = doc_of(toks("morto durante o Levante dos boxers", "VERB ADP DET PROPN ADP NOUN"), [(3, 4, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Levante", EVENT)]
    doc = doc_of(toks("o Levante venceu o jogo", "DET PROPN VERB DET NOUN"), [(1, 2, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Levante", ORG)]


def test_a_day_after_a_masculine_article_names_what_happened_on_it():
    # HAREM I train: "o 25 de Abril", "no 25 de Abril de 1974" are events (EFEMERIDE); "do dia
    # 25 de Abril de 1974" is a date. The NER's event span was dropped, its month a common noun.
    tags = "SCONJ DET NUM ADP NOUN VERB DET NOUN"
    doc = doc_of(toks("que o 25 de Abril valeu a pena", tags, "= o 25 de abril valer o pena"), [(2, 5, "EVENT")])
    assert _events(doc) == [("25 de Abril", EVENT)]
    doc = doc_of(toks("foi deposto no 25 de Abril de 1974", "AUX VERB ADP NUM ADP NOUN ADP NUM"))
    assert _events(doc) == [("25 de Abril de 1974", EVENT)]
    doc = doc_of(toks("antes do 11 de Setembro .", "ADV ADP NUM ADP NOUN PUNCT"))
    assert _events(doc) == [("11 de Setembro", EVENT)]
    # dates: "dia" before the day, another article, a month in lower case (translated
    # Wikipedia), a bare year after the month; a club's longer name
    for words, tags in [
        ("o levantamento do dia 25 de Abril de 1974", "DET NOUN ADP NOUN NUM ADP NOUN ADP NUM"),
        ("em 25 de Abril de 1974", "ADP NUM ADP NOUN ADP NUM"),
        ("Era o 19 de outubro", "AUX DET NUM ADP NOUN"),
        ("nascida o 25 de Novembro 1957 em Foggia", "VERB DET NUM ADP NOUN NUM ADP PROPN"),
        ("o 1º de Maio Esporte Clube", "DET NUM ADP PROPN PROPN PROPN"),
    ]:
        assert (EVENT not in {c for _, c in _events(doc_of(toks(words, tags)))}), words
    # inside a longer name the NER found, the day is that name's
    doc = doc_of(toks("a Ponte 25 de Abril", "DET PROPN NUM ADP PROPN"), [(1, 5, "LOC")])
    assert _events(doc) == [("Ponte 25 de Abril", LOC)]


# --- institutions, verbs opening a sentence ---------------------------------------------------


def test_an_institution_the_ner_took_for_a_place_is_an_organization():
    tokens = toks("Levaram-no do Museu da Lourinhã para o Hospital de São João , no Porto .",
                  "VERB ADP PROPN ADP PROPN ADP DET PROPN ADP PROPN PROPN PUNCT ADP PROPN PUNCT")
    doc = doc_of(tokens, [(2, 5, "LOC"), (7, 11, "LOC"), (13, 14, "LOC")])
    assert refined(doc) == [("Museu da Lourinhã", ORG, "ner"), ("Hospital de São João", ORG, "ner"), ("Porto", LOC, "ner")]


def test_a_council_the_ner_took_for_a_place_is_an_organization():
    # Público: "um funcionário da Junta de Freguesia do Castelo", "à Junta Autónoma de Estradas",
    # the NER's places; a parish's or a road board's council is a body ('junta' of organization_heads)
    tokens = toks("um funcionário da Junta de Freguesia do Castelo e a Junta Autónoma de Estradas",
                  "DET NOUN ADP PROPN ADP PROPN ADP PROPN CCONJ DET PROPN PROPN ADP PROPN")
    doc = doc_of(tokens, [(3, 8, "LOC"), (10, 14, "LOC")])
    assert refined(doc) == [("Junta de Freguesia do Castelo", ORG, "ner"), ("Junta Autónoma de Estradas", ORG, "ner")]


def test_a_hotel_and_a_town_named_after_a_body_stay_places():
    tokens = toks("A reunião decorre no Hotel Eva , em Câmara de Lobos .",
                  "DET NOUN VERB ADP PROPN PROPN PUNCT ADP PROPN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(4, 6, "LOC"), (8, 11, "LOC")])
    assert refined(doc) == [("Hotel Eva", LOC, "ner"), ("Câmara de Lobos", LOC, "ner")]


def test_a_verb_opening_a_sentence_is_no_name_but_a_surname_opening_one_is():
    tokens = toks("Imagine que ele veio . Nascia a Intelbras . Vale notar isto .",
                  "PROPN SCONJ PRON VERB PUNCT PROPN DET PROPN PUNCT PROPN VERB PRON PUNCT")
    starts = [i in (0, 5, 9) for i in range(len(tokens))]
    doc = doc_of(tokens, [(0, 1, "PER"), (5, 6, "ORG"), (7, 8, "ORG"), (9, 10, "PER")], starts)
    assert refined(doc) == [("Intelbras", ORG, "ner")]
    tokens = toks("Silva disse que sim . Costa não veio .", "PROPN VERB SCONJ ADV PUNCT PROPN ADV VERB PUNCT")
    starts = [i in (0, 5) for i in range(len(tokens))]
    doc = doc_of(tokens, [(0, 1, "PER"), (5, 6, "PER")], starts)
    assert refined(doc) == [("Silva", PER, "ner"), ("Costa", PER, "ner")]



def test_an_adverb_an_interjection_or_a_past_verb_opening_a_sentence_is_left_out_of_the_name_after_it():
    # MAC-MORPHO: "Ontem Branco não treinou", "Tanto Anne Klein quanto...", "Colaborou Mário
    # Simas", "Perguntou Covas justificava", "Teriam Barrichello e Christian chance...", the NER's
    # names holding the sentence's first word (here after a full stop too)
    tokens = toks("Ontem Vilaboim não treinou . Tanto Ana Vilaboim quanto Rui votaram .",
                  "ADV PROPN ADV VERB PUNCT ADV PROPN PROPN ADV PROPN VERB PUNCT")
    starts = [i in (0, 5) for i in range(len(tokens))]
    doc = doc_of(tokens, [(0, 2, "ORG"), (5, 8, "PER"), (9, 10, "PER")], starts)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Vilaboim", ORG), ("Ana Vilaboim", PER), ("Rui", PER)]
    tokens = toks("Colaborou Ana Vilaboim , da sucursal . Perguntou Vilaboim se vinha .",
                  "VERB PROPN PROPN PUNCT ADP NOUN PUNCT PROPN PROPN SCONJ VERB PUNCT")
    starts = [i in (0, 7) for i in range(len(tokens))]
    doc = doc_of(tokens, [(0, 3, "PER"), (7, 9, "PER")], starts)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Ana Vilaboim", PER), ("Vilaboim", PER)]
    # an interjection the NER joined over a comma is cut there and then dropped
    assert typed("Olha , Vilaboim , eu não sei", "INTJ PUNCT PROPN PUNCT PRON ADV VERB", [(0, 3, "PER")]) == [("Vilaboim", PER)]


def test_a_name_opening_a_sentence_with_a_word_shaped_like_a_verb_or_inside_a_sentence_stays_whole():
    # a given name, a surname or a noun in the present's form, a gerund (given names share its
    # ending: "Rolando"), a verb before a function word (a course's title) and an adverb inside
    # the sentence keep the NER's span
    for text, pos, ents, want in [
        ("Armando Vilaboim disse", "PROPN PROPN VERB", [(0, 2, "PER")], "Armando Vilaboim"),
        ("Costa Vilaboim foi deputado", "PROPN PROPN AUX NOUN", [(0, 2, "PER")], "Costa Vilaboim"),
        ("Rolando Vilaboim disse", "PROPN PROPN VERB", [(0, 2, "PER")], "Rolando Vilaboim"),
        ("Passeando Pela História De Vilaboim , curso", "VERB ADP PROPN ADP PROPN PUNCT NOUN", [(0, 5, "ORG")],
         "Passeando Pela História De Vilaboim"),
        ("Caso Vilaboim seja escolhido", "NOUN PROPN AUX VERB", [(0, 2, "PER")], "Caso Vilaboim"),
        ("o jornal Agora Vilaboim saiu", "DET NOUN PROPN PROPN VERB", [(2, 4, "ORG")], "Agora Vilaboim"),
    ]:
        assert [t for t, _ in typed(text, pos, ents)] == [want], text


def test_a_capitalized_word_the_ner_left_out_before_a_name_inside_a_sentence_is_its_first_word():
    # MAC-MORPHO and Bosque: "a Média do Júri Folha", "no Madison Square Garden", "do Produto
    # Interno Bruto", the NER's "Folha", "Square Garden", "Interno Bruto"; the NER's type stays
    # (not a person's by a given name it left out)
    assert typed("a média do Júri Vilaboim foi alta", "DET NOUN ADP PROPN PROPN AUX ADJ", [(4, 5, "ORG")]) == [("Júri Vilaboim", ORG)]
    assert typed("o jogo é hoje no Madison Vilaboim Garden", "DET NOUN AUX ADV ADP PROPN PROPN PROPN", [(6, 8, "LOC")]) == [
        ("Madison Vilaboim Garden", LOC)]


def test_a_capitalized_word_before_a_name_that_is_no_left_out_first_word_stays_out():
    # opening the sentence, a title, a month, a function word, another mention's word, after a
    # capitalized word or a comma
    for text, pos, ents, want in [
        ("Júri Vilaboim votou", "PROPN PROPN VERB", [(1, 2, "ORG")], ["Vilaboim"]),
        ("disse que o Presidente Vilaboim errou", "VERB SCONJ DET NOUN PROPN VERB", [(4, 5, "PER")], ["Vilaboim"]),
        ("visitou em Maio Vilaboim e Rui", "VERB ADP PROPN PROPN CCONJ PROPN", [(3, 4, "LOC"), (5, 6, "PER")], ["Vilaboim", "Rui"]),
        ("votou ainda Entre Vilaboim", "VERB ADV ADP PROPN", [(3, 4, "LOC")], ["Vilaboim"]),
        ("a sede da Folha Vilaboim caiu", "DET NOUN ADP PROPN PROPN VERB", [(3, 4, "ORG"), (4, 5, "PER")], ["Folha", "Vilaboim"]),
        ("disse Rui Júri Vilaboim", "VERB PROPN PROPN PROPN", [(1, 2, "PER"), (3, 4, "ORG")], ["Rui", "Vilaboim"]),
        ("disse , Júri Vilaboim", "VERB PUNCT PROPN PROPN", [(3, 4, "ORG")], ["Vilaboim"]),
        # a Roman numeral, a word a hyphen glues, a portfolio after de before a person, a person's given name
        ("do século XVII Rui Vilaboim", "ADP NOUN PROPN PROPN PROPN", [(3, 5, "PER")], ["Rui Vilaboim"]),
        ("será o Espanha- Vilaboim", "AUX DET PROPN PROPN", [(3, 4, "LOC")], ["Vilaboim"]),
        ("o ministro das Finanças Vilaboim Fujii", "DET NOUN ADP PROPN PROPN PROPN", [(4, 6, "PER")], ["Vilaboim Fujii"]),
        ("poesia portuguesa Secções Ana Vilaboim nasceu", "NOUN ADJ PROPN PROPN PROPN VERB", [(3, 5, "PER")], ["Ana Vilaboim"]),
    ]:
        assert [t for t, _ in typed(text, pos, ents)] == want, text


def test_a_long_person_name_the_ner_ended_one_space_early_goes_on():
    # Bosque: "Sónia Maria de Moraes Angel Jones", two NER people; HAREM I train: "Sophia de Mello
    # Breyner Andresen nasceu", the segmenter's sentence starting at the last surname
    assert typed("o rasto de Ana Maria de Vilaboim Angel Jones .", "DET NOUN ADP PROPN PROPN ADP PROPN PROPN PROPN PUNCT",
                 [(3, 7, "PER"), (7, 9, "PER")]) == [("Ana Maria de Vilaboim Angel Jones", PER)]
    tokens = toks("Sophia de Vilaboim Breyner Andresen nasceu no Porto", "PROPN ADP PROPN PROPN PROPN VERB ADP PROPN")
    doc = doc_of(tokens, [(0, 4, "PER"), (7, 8, "LOC")], [i in (0, 4) for i in range(len(tokens))])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Sophia de Vilaboim Breyner Andresen", PER), ("Porto", LOC)]


def test_two_names_one_space_apart_without_a_particle_or_with_a_number_stay_two():
    # a byline's town glued to a name ("Do enviado a Hockenheim Michael Schumacher"), a line of
    # results ("1964 Carel Godin De Beaufort"), a name of one word
    for text, pos, ents, want in [
        ("enviado a Vilaboim Rui Costa disse", "VERB ADP PROPN PROPN PROPN VERB", [(2, 3, "PER"), (3, 5, "PER")], ["Vilaboim", "Rui Costa"]),
        ("Ana Vilaboim Rui Costa disse", "PROPN PROPN PROPN PROPN VERB", [(0, 2, "PER"), (2, 4, "PER")], ["Ana Vilaboim", "Rui Costa"]),
        ("1964 Carel de Vilaboim Rui Costa", "NUM PROPN ADP PROPN PROPN PROPN", [(0, 4, "PER"), (4, 6, "PER")], ["1964 Carel de Vilaboim", "Rui Costa"]),
    ]:
        assert [t for t, _ in typed(text, pos, ents)] == want, text

# --- companies and copyright holders -------------------------------------------------------------


def lines(tokens):
    """``tokens`` with a newline token for each ``NL`` word: the lines of a page."""
    out = []
    for k, (word, pos, lemma, space) in enumerate(tokens):
        if word == "NL":
            out[-1] = (*out[-1][:3], False)
            out.append(("\n", "SPACE", "\n", False))
        else:
            out.append((word, pos, lemma, space))
    return out


def test_a_company_suffix_makes_the_name_an_organization_across_the_page():
    tokens = lines(toks("Isotexsa - Impermeabilização para a Construção Civil , Lda NL A Isotexsa fica com sócios . NL "
                        "Hoje , a Isotexsa conta com colaboradores .",
                        "PROPN PUNCT NOUN ADP DET PROPN PROPN PUNCT PROPN SPACE DET PROPN VERB ADP NOUN PUNCT SPACE "
                        "ADV PUNCT DET PROPN VERB ADP NOUN PUNCT"))
    doc = doc_of(tokens, [(0, 1, "LOC"), (5, 7, "ORG"), (11, 12, "LOC"), (20, 21, "LOC")])
    assert refined(doc) == [("Isotexsa", ORG, "ner"), ("Construção Civil", ORG, "ner"), ("Isotexsa", ORG, "ner"),
                            ("Isotexsa", ORG, "ner")]


def test_a_copyright_holder_is_no_place_and_keeps_its_type_against_the_vote():
    tokens = toks("A feira decorre na Exponor . AEP Exponor - Copyright 2001",
                  "DET NOUN VERB ADP PROPN PUNCT PROPN PROPN PUNCT NOUN NUM")
    doc = doc_of(tokens, [(4, 5, "LOC"), (6, 7, "ORG"), (7, 8, "LOC")])
    assert refined(doc) == [("Exponor", LOC, "ner"), ("AEP", ORG, "ner"), ("Exponor", ORG, "ner")]


def test_the_line_rules_read_a_bounded_part_of_a_line_without_breaks():
    """A document without line breaks is one line: the company and copyright rules read at most
    _LINE_REACH characters on either side of a name, not the whole line for every name (which
    cost the square of the document's length: 4.8 of 7.7 CPU s on a 16,000-word line)."""
    from teia.extract.entities import _LINE_REACH, _line_window

    text = "palavra " * 5000 + "Isotexsa" + " palavra" * 5000
    start = text.index("Isotexsa")
    lo, hi = _line_window(text, start, start + 8)
    assert (lo, hi) == (start - _LINE_REACH, start + 8 + _LINE_REACH)
    text = "Cabeçalho\nA Isotexsa, Lda.\nOutra linha"  # a short line: all of it, no more
    start = text.index("A Isotexsa")
    assert _line_window(text, start + 2, start + 10) == (start, text.index("\nOutra"))


def test_a_copyright_mark_far_along_a_long_line_names_no_holder():
    gap = " ".join(["2001"] * 60)  # years only between them, but 300 characters of them
    tokens = toks(f"AEP Exponor {gap} Copyright", " ".join(["PROPN", "PROPN"] + ["NUM"] * 60 + ["NOUN"]))
    doc = doc_of(tokens, [(0, 1, "ORG"), (1, 2, "LOC")])
    assert refined(doc) == [("AEP", ORG, "ner"), ("Exponor", LOC, "ner")]


def test_a_month_or_a_season_between_lowercase_words_is_no_place_but_an_island_in_a_list_is():
    tokens = toks("Foi a trinta e um de Janeiro , pela Páscoa , no Verão .",
                  "AUX DET NUM CCONJ NUM ADP PROPN PUNCT ADP PROPN PUNCT ADP PROPN PUNCT")
    doc = doc_of(tokens, [(6, 7, "LOC"), (9, 10, "LOC"), (12, 13, "LOC")])
    assert refined(doc) == []
    tokens = toks("as ilhas de Santiago , Maio , Brava e Fogo", "DET NOUN ADP PROPN PUNCT PROPN PUNCT PROPN CCONJ PROPN")
    doc = doc_of(tokens, [(3, 4, "LOC"), (5, 6, "LOC"), (7, 8, "LOC"), (9, 10, "LOC")])
    assert [t for t, _, _ in refined(doc)] == ["Santiago", "Maio", "Brava", "Fogo"]



def test_a_fixed_feast_after_an_article_is_no_place_but_the_city_without_one_is():
    # "até o Natal", "No Réveillon, Teresa chegou": the feast, which the time expressions read
    tokens = toks("a greve vai até o Natal . No Réveillon , Teresa chegou .",
                  "DET NOUN VERB ADP DET PROPN PUNCT ADP PROPN PUNCT PROPN VERB PUNCT")
    starts = [i in (0, 7) for i in range(len(tokens))]
    doc = doc_of(tokens, [(5, 6, "LOC"), (8, 9, "LOC"), (10, 11, "PER")], starts)
    assert [(t, c) for t, c, _ in refined(doc)] == [("Teresa", PER)]
    # the city takes no article: "disse em Natal", "voltou de Natal"
    tokens = toks("disse em Natal e voltou de Natal", "VERB ADP PROPN CCONJ VERB ADP PROPN")
    doc = doc_of(tokens, [(2, 3, "LOC"), (6, 7, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Natal", LOC), ("Natal", LOC)]

def test_a_capitalized_adjective_after_a_copula_is_no_name_but_a_known_place_is():
    tokens = toks("herdei a vontade de ser Monárquico e a família torna-se Monárquica .",
                  "VERB DET NOUN ADP AUX PROPN CCONJ DET NOUN VERB PROPN PUNCT")
    doc = doc_of(tokens, [(5, 6, "LOC"), (10, 11, "LOC")])
    assert refined(doc) == []
    tokens = toks("A capital é Portugal ?", "DET NOUN AUX PROPN PUNCT")
    assert refined(doc_of(tokens, [(3, 4, "LOC")])) == [("Portugal", LOC, "ner")]


def test_a_repeated_name_is_not_added_where_the_ner_read_a_date():
    tokens = toks("Descobertas em Maio de 1460 , as ilhas de Santiago , Maio e Fogo",
                  "VERB ADP PROPN ADP NUM PUNCT DET NOUN ADP PROPN PUNCT PROPN CCONJ PROPN")
    doc = doc_of(tokens, [(2, 5, "DATE"), (9, 10, "LOC"), (11, 12, "LOC"), (13, 14, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Santiago", LOC), ("Maio", LOC), ("Fogo", LOC)]


def test_a_capitalized_article_in_the_middle_of_a_sentence_opens_a_title():
    # HAREM I train: "como O Estado de S. Paulo", «O Olhar de Ulisses», "A Floresta, A Menina do Mar"
    doc = doc_of(toks("jornais como O Estado de S. Paulo", "NOUN ADP DET PROPN ADP PROPN PROPN"), [(3, 7, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("O Estado de S. Paulo", ORG)]
    # the NER's span held the article
    doc = doc_of(toks("o filme O Mandarim estreou", "DET NOUN DET PROPN VERB"), [(2, 4, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("O Mandarim", WORK)]
    doc = doc_of(toks("Obras : A Floresta , A Menina do Mar", "NOUN PUNCT DET PROPN PUNCT DET PROPN ADP PROPN"), [(3, 4, "WORK"), (6, 9, "WORK")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Floresta", WORK), ("A Menina do Mar", WORK)]
    # a sentence's article, after a heading glued to it ("História A Recife FM foi fundada")
    doc = doc_of(toks("O Santos joga hoje", "DET PROPN VERB ADV"), [(1, 2, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Santos"]
    doc = doc_of(toks("atividades básicas As Testemunhas de Jeová iniciaram", "NOUN ADJ DET PROPN ADP PROPN VERB"), [(3, 6, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Testemunhas de Jeová"]
    doc = doc_of(toks("O museu O Museu Municipal do Esporte é", "DET NOUN DET PROPN ADJ ADP PROPN AUX"), [(3, 7, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Museu Municipal do Esporte"]
    # a quote opening a quoted sentence, not a title (HAREM I train: «A Câmara de Santo Tirso tem apoiado)
    doc = doc_of(toks("« A Câmara de Lisboa tem apoiado", "PUNCT DET PROPN ADP PROPN AUX VERB"), [(2, 5, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Câmara de Lisboa"]
    doc = doc_of(toks("com « O Olhar de Ulisses »", "ADP PUNCT DET PROPN ADP PROPN PUNCT"), [(3, 6, "WORK")])
    assert [t for t, _, _ in refined(doc)] == ["O Olhar de Ulisses"]


def test_a_capitalized_article_after_a_naming_participle_or_backtick_quotes_opens_the_name():
    # HAREM I train: "uma espelunca chamada O Farol", "do musical ``O Beijo da Mulher Aranha''"
    doc = doc_of(toks("uma espelunca chamada O Farol .", "DET NOUN VERB DET PROPN PUNCT"), [(3, 5, "MISC")])
    assert [t for t, _, _ in refined(doc)] == ["O Farol"]
    doc = doc_of(toks("um texto intitulado A Pátria dos Outros", "DET NOUN VERB DET PROPN ADP PROPN"), [(4, 7, "WORK")])
    assert [t for t, _, _ in refined(doc)] == ["A Pátria dos Outros"]
    doc = doc_of(toks("do musical ` ` O Beijo da Mulher Aranha '' , para", "ADP NOUN PUNCT PUNCT DET PROPN ADP PROPN PROPN PUNCT PUNCT ADP"), [(4, 9, "WORK")])
    assert [t for t, _, _ in refined(doc)] == ["O Beijo da Mulher Aranha"]
    # must not: another verb's participle, backticks not closed after the name
    doc = doc_of(toks("uma espelunca fechada O Farol abriu", "DET NOUN VERB DET PROPN VERB"), [(4, 5, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Farol"]
    doc = doc_of(toks("disse ` ` O Farol abriu", "VERB PUNCT PUNCT DET PROPN VERB"), [(4, 5, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Farol"]


def test_a_complement_of_an_action_noun_is_part_of_the_name():
    # MAC-MORPHO: "Campanha Nacional de Prevenção ao Câncer" was cut at "ao"; HAREM I train:
    # "Programa de Pós Graduação em Ciência da Informação" is one name
    words = "a Campanha Nacional de Prevenção ao Câncer começou"
    doc = doc_of(toks(words, "DET PROPN ADJ ADP PROPN ADP PROPN VERB"), [(1, 7, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Campanha Nacional de Prevenção ao Câncer", ORG)]
    words = "o Programa de Pós-Graduação em Ciência da Informação"
    doc = doc_of(toks(words, "DET PROPN ADP PROPN ADP PROPN ADP PROPN"), [(1, 8, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Programa de Pós-Graduação em Ciência da Informação", ORG)]
    # where the body is, a place the corpora know; after a noun that is no action's
    doc = doc_of(toks("o Ministério da Educação em Brasília", "DET PROPN ADP PROPN ADP PROPN"), [(1, 6, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Ministério da Educação", "Brasília"]
    doc = doc_of(toks("a Sociedade de Toxicologia em Orleans", "DET PROPN ADP PROPN ADP PROPN"), [(1, 6, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Sociedade de Toxicologia", "Orleans"]


def test_a_complement_of_a_noun_of_complement_nouns_is_part_of_the_name():
    # MAC-MORPHO's business news (P61a): the NER's whole names were cut at "ao"/"às" after nouns
    # no ending marks as an action's, leaving an organization of the complement ("Consumidor")
    words = "o Índice de Preços ao Consumidor subiu"
    doc = doc_of(toks(words, "DET PROPN ADP PROPN ADP PROPN VERB"), [(1, 6, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Índice de Preços ao Consumidor", CONCEPT)]
    words = "o Serviço de Apoio às Pequenas Empresas e o Conselho de Amparo ao Trabalhador"
    tags = "DET PROPN ADP PROPN ADP PROPN PROPN CCONJ DET PROPN ADP PROPN ADP PROPN"
    doc = doc_of(toks(words, tags), [(1, 7, "ORG"), (9, 14, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [
        ("Serviço de Apoio às Pequenas Empresas", ORG),
        ("Conselho de Amparo ao Trabalhador", ORG),
    ]
    # still cut: where the body is, a place the corpora know; a noun of no such table
    doc = doc_of(toks("a Associação de Apoio em Brasília", "DET PROPN ADP PROPN ADP PROPN"), [(1, 6, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Associação de Apoio", "Brasília"]
    doc = doc_of(toks("a Liga de Futebol ao Vivo", "DET PROPN ADP PROPN ADP PROPN"), [(1, 6, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Liga de Futebol", "Vivo"]


def test_a_units_word_alone_and_the_body_it_is_in_are_one_name():
    # HAREM I train: "chefe de Divisão na Coordenação Geral do INSS", the NER's one organization
    # (HAREM's too), was cut at "na" into "Divisão", no name, and the body
    words = "o chefe de Divisão na Coordenação Geral do INSS"
    doc = doc_of(toks(words, "DET NOUN ADP PROPN ADP PROPN ADJ ADP PROPN"), [(3, 9, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Divisão na Coordenação Geral do INSS"]
    # still cut: a place after the unit's word; a unit's word with words of its own before "na"
    doc = doc_of(toks("o Departamento no Porto", "DET PROPN ADP PROPN"), [(1, 4, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Departamento", "Porto"]
    doc = doc_of(toks("a Divisão de Obras na Secretaria da Cultura", "DET PROPN ADP PROPN ADP PROPN ADP PROPN"), [(1, 8, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Divisão de Obras", "Secretaria da Cultura"]


def test_a_complement_in_lower_case_before_de_and_capitals_stays_in_the_ners_name():
    # HAREM I train: "Associação Nacional de Pesquisa e Pós-Graduação em ciência da Informação e
    # Biblioteconomia", which the NER tagged whole, was cut at "em" into two organizations
    words = "a Associação de Pesquisa e Pós-Graduação em ciência da Informação e Biblioteconomia organiza"
    tags = "DET PROPN ADP PROPN CCONJ PROPN ADP NOUN ADP PROPN CCONJ PROPN VERB"
    doc = doc_of(toks(words, tags), [(1, 12, "ORG")])
    assert [t for t, _, _ in refined(doc)] == ["Associação de Pesquisa e Pós-Graduação em ciência da Informação e Biblioteconomia"]
    # still cut: a lower-case word with no de and capitals after it; a known place after the de
    doc = doc_of(toks("a Fundação em conjunto Lisboa", "DET PROPN ADP NOUN PROPN"), [(1, 5, "ORG")])
    assert [t for t, _, _ in refined(doc)][0] == "Fundação"
    doc = doc_of(toks("a Associação em cidade de Braga", "DET PROPN ADP NOUN ADP PROPN"), [(1, 6, "ORG")])
    assert [t for t, _, _ in refined(doc)][0] == "Associação"


def test_a_state_of_a_known_place_is_a_place_not_the_title_of_a_secretary_of_state():
    tokens = toks("o governo do Estado do Rio de Janeiro e do Estado de Sergipe .",
                  "DET NOUN ADP PROPN ADP PROPN ADP PROPN CCONJ ADP PROPN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(3, 8, "ORG"), (10, 13, "ORG")])
    assert refined(doc) == [("Estado do Rio de Janeiro", LOC, "ner"), ("Estado de Sergipe", LOC, "ner")]
    tokens = toks("pelo ministro de Estado do Rio e pelo jornal O Estado de S. Paulo .",
                  "ADP NOUN ADP PROPN ADP PROPN CCONJ ADP NOUN DET PROPN ADP PROPN PROPN PUNCT")
    doc = doc_of(tokens, [(3, 6, "ORG"), (10, 14, "ORG")])
    assert LOC not in [c for _, c, _ in refined(doc)]  # a minister's title; the newspaper


def test_a_name_after_a_lowercase_notions_word_and_de_is_a_concept_not_a_place():
    # "a equação de Nernst", "o teorema de Fermat": the NER's place and organization after a
    # notion's word and "de" name the notion; a person stays one, and a place after "do" or
    # after a word that is no notion's stays a place
    cases = [
        ("a equação de Nernst vale aqui", "DET NOUN ADP PROPN VERB ADV", (3, 4, "LOC"), ("Nernst", CONCEPT)),
        ("o teorema de Fermat foi provado", "DET NOUN ADP PROPN AUX VERB", (3, 4, "ORG"), ("Fermat", CONCEPT)),
        ("a teoria de Darwin mudou tudo", "DET NOUN ADP PROPN VERB PRON", (3, 4, "PER"), ("Darwin", PER)),
        ("a cidade de Braga cresceu", "DET NOUN ADP PROPN VERB", (3, 4, "LOC"), ("Braga", LOC)),
        ("a taxa do Brasil subiu", "DET NOUN ADP PROPN VERB", (3, 4, "LOC"), ("Brasil", LOC)),
    ]
    for text, pos, ent, expected in cases:
        doc = doc_of(toks(text, pos), [ent])
        assert [(t, c) for t, c, _ in refined(doc)] == [expected], text


def test_a_name_opening_with_a_scientific_notions_word_is_a_concept():
    # HAREM I dev: "dado pela Equação de Nernst" an organization, "Coeficiente de Permeabilidade" a place
    tokens = toks("é dado pela Equação de Nernst e pelo Coeficiente de Permeabilidade .",
                  "AUX VERB ADP PROPN ADP PROPN CCONJ ADP PROPN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(3, 6, "ORG"), (8, 11, "LOC")])
    assert refined(doc) == [("Equação de Nernst", CONCEPT, "ner"), ("Coeficiente de Permeabilidade", CONCEPT, "ner")]
    # MAC-MORPHO: an economic index the NER tags an organization
    tokens = toks("o IGP ( Índice Geral de Preços )", "DET PROPN PUNCT PROPN ADJ ADP PROPN PUNCT")
    assert refined(doc_of(tokens, [(3, 7, "ORG")])) == [("Índice Geral de Preços", CONCEPT, "ner")]
    # a shop's name opening with "Modelo" is no concept; a word alone is left to the NER
    tokens = toks("no Modelo Continente e na Teoria .", "ADP PROPN PROPN CCONJ ADP PROPN PUNCT")
    doc = doc_of(tokens, [(1, 3, "ORG"), (5, 6, "ORG")])
    assert [c for _, c, _ in refined(doc)] == [ORG, ORG]


def _bracket_links(text: str, pos: str, ents):
    doc = doc_of(toks(text, pos), ents)
    mentions = spans_to_mentions(doc.ents, "d.txt")
    return [(a.text, b.text) for a, b in find_alias_links(doc, mentions, "d.txt")[1]]


def test_a_larger_place_or_another_category_in_brackets_is_no_alias():
    # the country or the state a place is in
    assert _bracket_links("em Viseu ( Portugal )", "ADP PROPN PUNCT PROPN PUNCT", [(1, 2, "LOC"), (3, 4, "LOC")]) == []
    assert _bracket_links("em Goiânia ( Goiás )", "ADP PROPN PUNCT PROPN PUNCT", [(1, 2, "LOC"), (3, 4, "LOC")]) == []
    # an organization's town, a person's institution
    assert _bracket_links(
        "a Universidade do Minho ( Braga )", "DET PROPN ADP PROPN PUNCT PROPN PUNCT", [(1, 4, "ORG"), (5, 6, "LOC")]
    ) == []
    assert _bracket_links(
        "por Isaac Kerstenetzky ( PUC-Rio )", "ADP PROPN PROPN PUNCT PROPN PUNCT", [(1, 3, "PER"), (4, 5, "LOC")]
    ) == []


def test_another_name_in_brackets_stays_an_alias_whatever_its_category():
    # two names of one country
    assert _bracket_links("em Birmânia ( Myanmar )", "ADP PROPN PUNCT PROPN PUNCT", [(1, 2, "LOC"), (3, 4, "LOC")]) == [
        ("Birmânia", "Myanmar")
    ]
    # a short form starting as the name does, typed a place by the NER
    assert _bracket_links(
        "a Universidade Estadual de Montes Claros ( Unimontes )",
        "DET PROPN PROPN ADP PROPN PROPN PUNCT PROPN PUNCT",
        [(1, 6, "ORG"), (7, 8, "LOC")],
    ) == [("Universidade Estadual de Montes Claros", "Unimontes")]
    # a person's full name, a name in another script
    assert _bracket_links(
        "a Princesa Carlota ( Maria Isabel Carlota )",
        "DET PROPN PROPN PUNCT PROPN PROPN PROPN PUNCT",
        [(1, 3, "PER"), (4, 7, "LOC")],
    ) == [("Princesa Carlota", "Maria Isabel Carlota")]
    assert _bracket_links(
        "Oxana Malaya ( Оксана Малая )", "PROPN PROPN PUNCT PROPN PROPN PUNCT", [(0, 2, "PER"), (3, 5, "ORG")]
    ) == [("Oxana Malaya", "Оксана Малая")]


def test_a_part_and_its_actor_in_brackets_are_two_people():
    pos = "PROPN PROPN PUNCT PROPN PROPN PUNCT"
    # a film's cast: the actor after the part, the part after the actor
    assert _bracket_links("Butch Haynes ( Kevin Costner )", pos, [(0, 2, "PER"), (3, 5, "PER")]) == []
    assert _bracket_links("o locutor Rogério ( Marco Nanini )", "DET NOUN PROPN PUNCT PROPN PROPN PUNCT",
                          [(2, 3, "PER"), (4, 6, "PER")]) == []
    # a nickname, a birth name sharing a word or longer than the name stay aliases
    assert _bracket_links("Edson Arantes ( Pelé )", "PROPN PROPN PUNCT PROPN PUNCT", [(0, 2, "PER"), (3, 4, "PER")]) == [
        ("Edson Arantes", "Pelé")
    ]
    assert _bracket_links("Luiz Lula ( Luiz Inácio )", pos, [(0, 2, "PER"), (3, 5, "PER")]) == [("Luiz Lula", "Luiz Inácio")]
    assert _bracket_links(
        "Marilyn Monroe ( Maria Jeane Mortenson )", "PROPN PROPN PUNCT PROPN PROPN PROPN PUNCT", [(0, 2, "PER"), (3, 6, "PER")]
    ) == [("Marilyn Monroe", "Maria Jeane Mortenson")]


def test_a_name_part_with_an_elided_de_is_kept():
    # "d'Arc", "d’Ajuda": de elided before a capital, one token opening in lower case
    tokens = toks("A Joana d'Arc nasceu em Domrémy .", "DET PROPN PROPN VERB ADP PROPN PUNCT", "o = = nascer = = =")
    doc = doc_of(tokens, [(1, 3, "PER"), (5, 6, "LOC")])
    assert refined(doc) == [("Joana d'Arc", PER, "ner"), ("Domrémy", LOC, "ner")]
    tokens = toks("O Palácio d’Ajuda e a Estrela d'alva .", "DET PROPN PROPN CCONJ DET PROPN ADJ PUNCT")
    doc = doc_of(tokens, [(1, 3, "LOC"), (5, 7, "LOC")])
    assert [m[0] for m in refined(doc)] == ["Palácio d’Ajuda", "Estrela"]


def test_a_name_part_with_an_elided_article_is_kept():
    # the Catalan, French and Italian "l'" before a capital, one token opening in lower case, is a
    # part of the name as "d'" is: "Vilanova de l'Aguda", "Ponte de l’Alma"
    tokens = toks("Vilanova de l'Aguda é um município", "PROPN ADP PROPN AUX DET NOUN", "= = = ser = =")
    assert refined(doc_of(tokens, [(0, 3, "LOC")])) == [("Vilanova de l'Aguda", LOC, "ner")]
    tokens = toks("sob a Ponte de l’Alma , em Paris", "ADP DET PROPN ADP PROPN PUNCT ADP PROPN")
    assert [m[0] for m in refined(doc_of(tokens, [(2, 5, "LOC"), (7, 8, "LOC")]))] == ["Ponte de l’Alma", "Paris"]
    # a word in lower case after the apostrophe, or another letter before it, is no name's part
    tokens = toks("a Ponte de l'alma", "DET PROPN ADP PROPN")
    assert [m[0] for m in refined(doc_of(tokens, [(1, 4, "LOC")]))] == ["Ponte"]
    tokens = toks("a Ponte de s'Alma", "DET PROPN ADP PROPN")
    assert [m[0] for m in refined(doc_of(tokens, [(1, 4, "LOC")]))] == ["Ponte"]


def test_a_capitalized_gentilic_after_a_lowercase_noun_is_an_adjective_not_a_name():
    # Wikipedia: "é um rapper Americano de Baton Rouge", "a emissora de televisão Moçambicana";
    # HAREM I dev: "Sou contra o federaliamo Europeu"
    tokens = toks("é um rapper Americano de Baton Rouge", "AUX DET NOUN PROPN ADP PROPN PROPN")
    assert refined(doc_of(tokens, [(3, 4, "LOC"), (5, 7, "LOC")])) == [("Baton Rouge", LOC, "ner")]
    tokens = toks("a emissora de televisão Moçambicana com sede em Maputo", "DET NOUN ADP NOUN PROPN ADP NOUN ADP PROPN")
    assert refined(doc_of(tokens, [(4, 5, "LOC"), (8, 9, "LOC")])) == [("Maputo", LOC, "ner")]
    tokens = toks("contra o federalismo Europeu ( mas a favor )", "ADP DET NOUN ADJ PUNCT CCONJ ADP NOUN PUNCT")
    assert refined(doc_of(tokens, [(3, 4, "LOC")])) == []


def test_a_gentilic_stays_a_name_after_an_article_before_a_name_or_naming_a_country():
    # "o Português chegou": a person (or the language after a preposition: "em Inglês")
    tokens = toks("e o Português chegou", "CCONJ DET PROPN VERB")
    assert refined(doc_of(tokens, [(2, 3, "PER")])) == [("Português", PER, "ner")]
    # "a seleção Argentina": the word names a country, kept
    tokens = toks("jogou a seleção Argentina ontem", "VERB DET NOUN PROPN ADV")
    assert refined(doc_of(tokens, [(3, 4, "LOC")])) == [("Argentina", LOC, "ner")]
    # a longer name the NER cut: "a Congregação reformada Holandesa Unida" is left to the NER
    tokens = toks("a igreja reformada Holandesa Unida", "DET NOUN ADJ PROPN PROPN")
    assert refined(doc_of(tokens, [(3, 5, "ORG")])) == [("Holandesa Unida", ORG, "ner")]


def test_an_acronym_after_an_indefinite_article_is_a_kind_not_a_name():
    # Wikipedia: "é um DJ e produtor", "uma ONG chamada Fundação Cafu"; MAC-MORPHO: "conectar a um BBS"
    tokens = toks("Tee é um DJ e produtor americano", "PROPN AUX DET PROPN CCONJ NOUN ADJ")
    assert refined(doc_of(tokens, [(0, 1, "PER"), (3, 4, "PER")])) == [("Tee", PER, "ner")]
    tokens = toks("e uma ONG chamada Fundação Cafu", "CCONJ DET PROPN VERB PROPN PROPN")
    assert refined(doc_of(tokens, [(2, 3, "ORG"), (4, 6, "ORG")])) == [("Fundação Cafu", ORG, "ner")]
    tokens = toks("se conectar num BBS", "PRON VERB ADP PROPN")
    assert refined(doc_of(tokens, [(3, 4, "ORG")])) == []


def test_a_name_no_table_knows_after_an_indefinite_article_is_a_thing():
    # MAC-MORPHO: "fugiram num Opala azul", "em uma Saveiro preta", "um PowerBook pesa 3,17 kg"
    tokens = toks("fugiram num Opala azul e uma Saveiro preta ; um PowerBook pesa",
                  "VERB ADP PROPN ADJ CCONJ DET PROPN ADJ PUNCT DET PROPN VERB")
    doc = doc_of(tokens, [(2, 3, "LOC"), (6, 7, "LOC"), (10, 11, "ORG")])
    assert refined(doc) == [("Opala", MISC, "ner"), ("Saveiro", MISC, "ner"), ("PowerBook", MISC, "ner")]
    # a known place, an event's word, a name of two words, a person: as the NER says
    tokens = toks("um Brasil melhor , uma Copa , um Holiday Inn e um Lula radical",
                  "DET PROPN ADJ PUNCT DET PROPN PUNCT DET PROPN PROPN CCONJ DET PROPN ADJ")
    doc = doc_of(tokens, [(1, 2, "LOC"), (5, 6, "ORG"), (8, 10, "ORG"), (12, 13, "PER")])
    assert [c for _, c, _ in refined(doc)] == [LOC, ORG, ORG, PER]
    # Wikipedia: "foi um Físico estadunidense": a word the vectors rank first in lower case is no name
    tokens = toks("foi um Físico estadunidense e comprou uma Leica", "AUX DET PROPN ADJ CCONJ VERB DET PROPN")
    doc = _with_vectors(tokens, [(2, 3, "ORG"), (7, 8, "LOC")], ["físico", "estadunidense", "Leica"])
    assert refined(doc) == [("Leica", MISC, "ner")]
    # a quoted title takes the word in: the play " A Vida É uma Ópera " (a Portuguese vocabulary,
    # whose lower-case forms the title's words are read by)
    import numpy
    from spacy.vectors import Vectors

    vocab = spacy.blank("pt").vocab
    vocab.vectors = Vectors(shape=(2, 2))
    for word in ("ópera", "peça"):
        vocab.set_vector(word, numpy.ones(2, dtype="float32"))
    tokens = toks('a peça " A Vida É uma Ópera "', "DET NOUN PUNCT DET PROPN AUX DET PROPN PUNCT")
    words = [t[0] for t in tokens]
    doc = Doc(vocab, words=words, spaces=[t[3] for t in tokens], pos=[t[1] for t in tokens],
              lemmas=[t[2] for t in tokens], sent_starts=[i == 0 for i in range(len(words))])
    doc.ents = [_span(doc, 7, 8, "ORG")]
    doc.user_data[DOC_ID_KEY] = "d.txt"
    assert refined(doc) == [("A Vida É uma Ópera", WORK, "ner")]


def test_an_acronym_after_a_definite_article_stays_a_name():
    # (not "o BBS": a common noun's acronym of common_acronyms since P52c, dropped wherever it
    # stands, as "o DVD"; MAC-MORPHO's "o BBS da Fuvest", "colocar o BBS no ar" name no body)
    tokens = toks("o líder do MST e a ONU", "DET NOUN ADP PROPN CCONJ DET PROPN")
    assert [t for t, _, _ in refined(doc_of(tokens, [(3, 4, "ORG"), (6, 7, "ORG")]))] == ["MST", "ONU"]


def test_tv_alone_is_a_medium_not_a_name():
    # MAC-MORPHO: "aparecer na TV/ORG", "emissoras de TV/LOC"; a station's longer name stays
    tokens = toks("aparecer na TV e na TV Globo", "VERB ADP PROPN CCONJ ADP PROPN PROPN")
    assert [t for t, _, _ in refined(doc_of(tokens, [(2, 3, "ORG"), (5, 7, "ORG")]))] == ["TV Globo"]
    tokens = toks("emissoras de TVs públicas", "NOUN ADP PROPN ADJ")
    assert refined(doc_of(tokens, [(2, 3, "LOC")])) == []


def test_a_measure_is_no_name():
    # Wikipedia's Spanish municipalities: "de área 27,04 km²", "densidade populacional de 45,45 hab./km²"
    tokens = toks("Amer , de área 49,86 km² e densidade de 45,45 hab./km² .", "PROPN PUNCT ADP NOUN NUM NOUN CCONJ NOUN ADP NUM NOUN PUNCT")
    doc = doc_of(tokens, [(0, 1, "LOC"), (4, 5, "LOC"), (9, 11, "PER")])
    assert refined(doc) == [("Amer", LOC, "ner")]
    # the unit alone after its number
    tokens = toks("densidade de 4,22 hab./km²", "NOUN ADP NUM NOUN")
    assert refined(doc_of(tokens, [(3, 4, "LOC")])) == []


def test_a_count_of_pages_alone_is_no_name():
    # a book's data sheet in news, one sentence each: "Editora X.", "294 págs.", "R$ 20"
    tokens = toks("294 págs.", "NUM NOUN")
    assert refined(doc_of(tokens, [(0, 2, "ORG")])) == []
    tokens = toks("Editora Record , 120 págs. , R$ 20", "PROPN PROPN PUNCT NUM NOUN PUNCT SYM NUM")
    assert refined(doc_of(tokens, [(0, 2, "ORG"), (3, 5, "ORG")])) == [("Editora Record", ORG, "ner")]
    # a name that opens on a number holds a capitalized word; digits alone are a phone number
    tokens = toks("a série 77 Sunset Strip e o 21 585 2000", "DET NOUN NUM PROPN PROPN CCONJ DET NUM NUM NUM")
    out = refined(doc_of(tokens, [(2, 5, "WORK"), (7, 10, "LOC")]))
    assert [t for t, _, _ in out] == ["77 Sunset Strip", "21 585 2000"]


def test_a_phone_number_and_a_lowercase_name_are_no_measure():
    # HAREM I marks phone numbers as places; "os mencheviques" is the NER's name in lower case
    tokens = toks("Telefone 236 200 810 e os mencheviques", "NOUN NUM NUM NUM CCONJ DET NOUN")
    out = refined(doc_of(tokens, [(1, 4, "LOC"), (6, 7, "ORG")]))
    assert [t for t, _, _ in out] == ["236 200 810", "mencheviques"]


def test_a_heading_alone_glued_to_its_section_is_no_name():
    # Wikipedia without its line breaks: "Hidrografia O município de Frecheirinha está inserido..."
    tokens = toks("Hidrografia O município de Frecheirinha está", "PROPN DET NOUN ADP PROPN AUX")
    assert refined(doc_of(tokens, [(0, 1, "LOC"), (4, 5, "LOC")])) == [("Frecheirinha", LOC, "ner")]
    tokens = toks("Histórico A editora esteve no Rio", "PROPN DET NOUN AUX ADP PROPN")
    assert refined(doc_of(tokens, [(0, 1, "ORG"), (5, 6, "LOC")])) == [("Rio", LOC, "ner")]
    # not before a lowercase word, nor inside a sentence
    tokens = toks("Cultura é o jornal de Vida", "PROPN AUX DET NOUN ADP PROPN")
    assert [t for t, _, _ in refined(doc_of(tokens, [(0, 1, "ORG"), (5, 6, "ORG")]))] == ["Cultura", "Vida"]


def test_a_broadcast_band_is_no_name():
    # Wikipedia: "opera no canal 13 VHF", "um VHF e um UHF"; the station's name stays
    tokens = toks("a TV Guará opera no canal 23 UHF", "DET PROPN PROPN VERB ADP NOUN NUM PROPN")
    assert [t for t, _, _ in refined(doc_of(tokens, [(1, 3, "ORG"), (7, 8, "ORG")]))] == ["TV Guará"]


def test_a_genre_after_a_lowercase_word_is_no_name():
    # Wikipedia: "é uma banda de Forró/LOC", "nomes fortes do Hip Hop/ORG"; HAREM I: "filmes de Drama"
    tokens = toks("Saia Rodada é uma banda de Forró criada em Caraúbas", "PROPN PROPN AUX DET NOUN ADP PROPN VERB ADP PROPN")
    out = refined(doc_of(tokens, [(0, 2, "ORG"), (6, 7, "LOC"), (9, 10, "LOC")]))
    assert [t for t, _, _ in out] == ["Saia Rodada", "Caraúbas"]
    tokens = toks("nomes fortes do Hip Hop incluindo Fabolous", "NOUN ADJ ADP PROPN PROPN VERB PROPN")
    assert [t for t, _, _ in refined(doc_of(tokens, [(3, 5, "ORG"), (6, 7, "PER")]))] == ["Fabolous"]


def test_a_genre_opening_a_sentence_or_after_an_article_stays():
    # "Funk é uma vila" (Nebraska); "o Jazz venceu" (Utah's team)
    tokens = toks("Funk é uma vila", "PROPN AUX DET NOUN")
    assert [t for t, _, _ in refined(doc_of(tokens, [(0, 1, "LOC")]))] == ["Funk"]
    tokens = toks("ontem o Jazz venceu", "ADV DET PROPN VERB")
    assert [t for t, _, _ in refined(doc_of(tokens, [(2, 3, "ORG")]))] == ["Jazz"]


def test_years_and_postal_codes_are_no_names_and_a_phone_number_is_a_place():
    # MAC-MORPHO: "London (1876-1916)"/LOC, "Castelo (1930 - 1964)"/ORG, "Cep 2011-040"/PER, "tel. 051 221-0732"/WORK
    tokens = toks("London ( 1876-1916 ) e Castelo ( 1930 - 1964 )", "PROPN PUNCT NUM PUNCT CCONJ PROPN PUNCT NUM PUNCT NUM PUNCT")
    got = refined(doc_of(tokens, [(0, 1, "PER"), (2, 3, "LOC"), (5, 6, "PER"), (7, 8, "ORG")]))
    assert got == [("London", PER, "ner"), ("Castelo", PER, "ner")]
    tokens = toks("Rio de Janeiro , Cep 2011-040 , tel. 051 221-0732 )", "PROPN ADP PROPN PUNCT NOUN NUM PUNCT NOUN NUM NUM PUNCT")
    got = refined(doc_of(tokens, [(0, 3, "LOC"), (4, 6, "PER"), (8, 10, "WORK")]))
    assert got == [("Rio de Janeiro", LOC, "ner"), ("051 221-0732", LOC, "ner")]
    # a day in digits is a date, no phone number: "a data aparece no formato 1917-11-07"/ORG
    tokens = toks("no formato 1917-11-07 , que", "ADP NOUN NUM PUNCT PRON")
    assert refined(doc_of(tokens, [(2, 3, "ORG")])) == []
    # HAREM's places with no letter stay: "Extensão interna: 4293", a phone number
    tokens = toks("Extensão interna : 4293 ou ( 048 ) 281-9505", "NOUN ADJ PUNCT NUM CCONJ PUNCT NUM PUNCT NUM")
    got = refined(doc_of(tokens, [(3, 4, "LOC"), (5, 9, "LOC")]))
    assert got == [("4293", LOC, "ner"), ("( 048 ) 281-9505", LOC, "ner")]


def test_a_link_placeholder_of_scraped_wikipedia_is_no_name():
    # DBpedia-PT's abstracts: "[URLTOKEN Mamadou Sakho] Futebolistas da França", "1876 [URLTOKEN] ) foi"
    tokens = toks("[ URLTOKEN Mamadou Sakho ] Futebolistas", "PUNCT PROPN PROPN PROPN PUNCT NOUN")
    assert [t for t, _, _ in refined(doc_of(tokens, [(1, 4, "ORG")]))] == ["Mamadou Sakho"]
    tokens = toks("1876 [ URLTOKEN ] ) foi uma infanta", "NUM PUNCT PROPN PUNCT PUNCT AUX DET NOUN")
    assert refined(doc_of(tokens, [(2, 3, "ORG")])) == []


# --- a word the static vectors know in lower case only -----------------------------------------


def _with_vectors(tokens, ents, rows, starts=None, vocab=None):
    """A Doc of ``tokens`` over a vocabulary whose static vectors hold the words of ``rows`` only
    (``vocab``: a Portuguese one, whose lexical attributes such as ``is_alpha`` some rules read,
    its vectors replaced; a bare one by default)."""
    import numpy
    from spacy.vectors import Vectors
    from spacy.vocab import Vocab

    vocab = vocab if vocab is not None else Vocab()
    vocab.vectors = Vectors(shape=(len(rows), 2))
    for word in rows:
        vocab.set_vector(word, numpy.ones(2, dtype="float32"))
    words = [t[0] for t in tokens]
    doc = Doc(vocab, words=words, spaces=[t[3] for t in tokens], pos=[t[1] for t in tokens],
              lemmas=[t[2] for t in tokens], sent_starts=starts or [i == 0 for i in range(len(words))])
    doc.ents = [_span(doc, a, b, lab) for a, b, lab in ents]
    doc.user_data[DOC_ID_KEY] = "d.txt"
    return doc


def test_a_word_the_vectors_know_in_lower_case_only_opening_a_sentence_is_no_name():
    tokens = toks("Furioso , despachou o ministro . Coordenador : Ana Gouveia .",
                  "PROPN PUNCT VERB DET NOUN PUNCT PROPN PUNCT PROPN PROPN PUNCT")
    starts = [i in (0, 6) for i in range(len(tokens))]
    ents = [(0, 1, "PER"), (6, 7, "ORG"), (8, 10, "PER")]
    rows = ["furioso", "coordenador", "ministro", "Ana"]
    assert refined(_with_vectors(tokens, ents, rows, starts)) == [("Ana Gouveia", PER, "ner")]
    # without vectors (a blank pipeline, a model without them) the rule says nothing
    assert refined(_with_vectors(tokens, ents, [], starts)) == [
        ("Furioso", PER, "ner"), ("Coordenador", ORG, "ner"), ("Ana Gouveia", PER, "ner")]


def test_a_name_the_vectors_know_as_written_or_not_at_all_stays():
    tokens = toks("Silva , disse o ministro . Quipangala , disse ele . Furioso chegou .",
                  "PROPN PUNCT VERB DET NOUN PUNCT PROPN PUNCT VERB PRON PUNCT PROPN VERB PUNCT")
    starts = [i in (0, 6, 11) for i in range(len(tokens))]
    ents = [(0, 1, "PER"), (6, 7, "PER"), (11, 12, "PER")]
    # "Silva" has a row of its own, "Quipangala" none in either case: both stay; "Furioso" goes
    rows = ["Silva", "silva", "ministro", "furioso"]
    assert refined(_with_vectors(tokens, ents, rows, starts)) == [("Silva", PER, "ner"), ("Quipangala", PER, "ner")]
    # not opening a sentence: a name, as the NER says ("o Furioso", a nickname)
    tokens = toks("Chegou o Furioso .", "VERB DET PROPN PUNCT")
    assert refined(_with_vectors(tokens, [(2, 3, "PER")], rows)) == [("Furioso", PER, "ner")]


def test_a_word_the_vectors_know_in_lower_case_only_opening_a_bracket_is_no_name():
    # a play's stage directions: "Põe o blazer. (Suspira) Acho que vou", "(Retira muletas, ...)"
    tokens = toks("Põe o blazer ( Suspira ) e sai ( Retira muletas ) de Lisboa ( Portugal )",
                  "VERB DET NOUN PUNCT PROPN PUNCT CCONJ VERB PUNCT PROPN NOUN PUNCT ADP PROPN PUNCT PROPN PUNCT")
    ents = [(4, 5, "LOC"), (9, 10, "PER"), (13, 14, "LOC"), (15, 16, "LOC")]
    rows = ["suspira", "retira", "muletas", "blazer", "Lisboa", "Portugal", "portugal"]
    assert refined(_with_vectors(tokens, ents, rows)) == [("Lisboa", LOC, "ner"), ("Portugal", LOC, "ner")]
    # a word the vectors know capitalized, or before another capitalized word, stays
    tokens = toks("a editora ( Suspira Records )", "DET NOUN PUNCT PROPN PROPN PUNCT")
    assert refined(_with_vectors(tokens, [(3, 5, "ORG")], rows)) == [("Suspira Records", ORG, "ner")]


def test_a_common_word_opening_a_quotation_that_goes_on_in_lower_case_is_no_name():
    # issue 17, P69s: "conhecido como o " Pai do vôo planado "", the quotation's capital, as a sentence's
    tokens = toks('conhecido como o " Pai do vôo planado " , disse " Sirvo melhor o país "',
                  "VERB ADP DET PUNCT NOUN ADP NOUN ADJ PUNCT PUNCT VERB PUNCT PROPN ADV DET NOUN PUNCT",
                  "= = = = pai = = = = = = = = = = = =")
    ents = [(4, 5, "PER"), (12, 13, "LOC")]
    rows = ["pai", "Pai", "sirvo", "melhor", "país"]
    assert refined(_with_vectors(tokens, ents, rows, vocab=spacy.blank("pt").vocab)) == []
    # the same words after a closing mark, or a quoted name alone or before a capitalized word, stay
    tokens = toks('o " vôo " Pai disse " Pai " e " Pai Nosso " e " Brasil ainda acampa "',
                  "DET PUNCT NOUN PUNCT PROPN VERB PUNCT PROPN PUNCT CCONJ PUNCT PROPN PROPN PUNCT CCONJ PUNCT PROPN ADV VERB PUNCT")
    ents = [(4, 5, "PER"), (7, 8, "PER"), (11, 13, "WORK"), (16, 17, "LOC")]
    got = refined(_with_vectors(tokens, ents, ["pai", "sirvo", "Brasil"], vocab=spacy.blank("pt").vocab))
    assert [t for t, _, _ in got] == ["Pai", "Pai", "Pai Nosso", "Brasil"]
    # « opens whatever came before it
    tokens = toks("disse « Sirvo melhor »", "VERB PUNCT PROPN ADV PUNCT")
    assert refined(_with_vectors(tokens, [(2, 3, "LOC")], ["sirvo"], vocab=spacy.blank("pt").vocab)) == []


def test_an_initial_alone_is_no_name():
    # issue 17, P69s: "da espécie L. chrysomelas", a genus abbreviated; "J. Silva" stays whole
    assert typed("micos da espécie L. chrysomelas e J. Silva", "NOUN ADP NOUN PROPN NOUN CCONJ PROPN PROPN",
                 [(3, 4, "PER"), (6, 8, "PER")]) == [("J. Silva", PER)]


def test_a_common_word_or_numeral_the_ner_typed_a_concept_and_a_place_or_person_takes_the_vote():
    # "projeto" ranks before "Projeto" in the vectors: a common word of a heading, no town's name;
    # the NER's concept and place vote as one name's (the first mention's type on a tie)
    tokens = toks("Disse o Projeto que sim . Chegou ao Projeto hoje .",
                  "VERB DET PROPN SCONJ ADV PUNCT VERB ADP PROPN ADV PUNCT")
    starts = [i in (0, 6) for i in range(len(tokens))]
    ents = [(2, 3, "CONCEPT"), (8, 9, "LOC")]
    got = refined(_with_vectors(tokens, ents, ["projeto", "Projeto"], starts))
    assert [(t, c) for t, c, _ in got] == [("Projeto", CONCEPT), ("Projeto", CONCEPT)]
    # a word of names, ranked first capitalized, keeps both types (the name spoken of and the place)
    got = refined(_with_vectors(tokens, ents, ["Projeto", "projeto"], starts))
    assert [(t, c) for t, c, _ in got] == [("Projeto", CONCEPT), ("Projeto", LOC)]
    # a Roman numeral (with or without vectors) is no one's name either
    tokens = toks("Disse o IV que sim . Chegou o IV hoje .", "VERB DET PROPN SCONJ ADV PUNCT VERB DET PROPN ADV PUNCT")
    ents = [(2, 3, "CONCEPT"), (8, 9, "PER")]
    got = refined(_with_vectors(tokens, ents, [], starts))
    assert [(t, c) for t, c, _ in got] == [("IV", CONCEPT), ("IV", CONCEPT)]


def test_without_vectors_only_a_numeral_keeps_a_concept_and_a_person_in_one_vote():
    votes = Counter({CONCEPT: 1, PER: 1})
    assert _named_as_a_word(votes, "Pierre", None)  # no vectors to call it a common word: two readings
    assert not _named_as_a_word(votes, "Luís IV", None)  # a numeral: one name's vote
    assert not _named_as_a_word(Counter({CONCEPT: 2}), "Pierre", None)  # no person or place beside the concept


def test_a_heading_in_capitals_of_common_words_is_no_name():
    tokens = toks("ORGANIZAÇÃO ESTRUTURAL DA MEMBRANA A membrana celular é fina .",
                  "PROPN PROPN ADP PROPN DET NOUN ADJ AUX ADJ PUNCT")
    tokens.insert(4, ("\n", "SPACE", "\n", False))  # the heading's line ends
    starts = [i in (0, 5) for i in range(len(tokens))]
    # "organização" ranks before "Organização", "estrutural" has no capitalized row, "membrana" is in the text
    rows = ["organização", "estrutural", "Organização"]
    assert refined(_with_vectors(tokens, [(0, 4, "ORG")], rows, starts)) == []
    # a word the corpus writes mostly capitalized keeps the name: "Organização" ranked first
    rows = ["Organização", "estrutural", "organização"]
    assert refined(_with_vectors(tokens, [(0, 4, "ORG")], rows, starts)) == [("ORGANIZAÇÃO ESTRUTURAL DA MEMBRANA", ORG, "ner")]


def test_a_name_in_capitals_in_running_text_stays():
    tokens = toks("Disse a ORGANIZAÇÃO ESTRUTURAL que a estrutura é fina .",
                  "VERB DET PROPN PROPN SCONJ DET NOUN AUX ADJ PUNCT")
    rows = ["organização", "estrutural", "Organização"]
    assert refined(_with_vectors(tokens, [(2, 4, "ORG")], rows)) == [("ORGANIZAÇÃO ESTRUTURAL", ORG, "ner")]


def test_a_football_position_before_a_name_makes_it_a_person():
    # MAC-MORPHO's sports pages: "o retorno do atacante Casagrande", "observou o meia Rincón", the
    # NER's place and organization
    tokens = toks("o retorno do atacante Casagrande e do volante Rincón", "DET NOUN ADP NOUN PROPN CCONJ ADP NOUN PROPN")
    doc = doc_of(tokens, [(4, 5, "LOC"), (8, 9, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Casagrande", PER), ("Rincón", PER)]
    # "meia" is no position there: it is also "half" before a name ("a meia Maratona de Lisboa",
    # "meia Lisboa saiu à rua"), so it makes no one a person
    tokens = toks("correram a meia Maratona de Lisboa", "VERB DET ADJ PROPN ADP PROPN")
    doc = doc_of(tokens, [(3, 6, "EVENT")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Maratona de Lisboa", EVENT)]
    # a position alone, capitalized, names no one: "atua como Atacante", the NER's person
    tokens = toks("é um futebolista que atua como Atacante .", "AUX DET NOUN PRON VERB ADP PROPN PUNCT")
    doc = doc_of(tokens, [(6, 7, "PER")])
    assert refined(doc) == []


def test_a_coach_before_a_name_makes_it_a_person_but_not_a_schools_adjective():
    # MAC-MORPHO's sports pages: "O técnico Tata prometeu", the NER's place
    tokens = toks("O técnico Tata prometeu manter o esquema", "DET NOUN PROPN VERB VERB DET NOUN")
    assert [(t, c) for t, c, _ in refined(doc_of(tokens, [(2, 3, "LOC")]))] == [("Tata", PER)]
    # "técnico" tagged an adjective after a common noun is the noun's: "no colégio técnico Agrícola"
    tokens = toks("fica no colégio técnico Agrícola", "VERB ADP NOUN ADJ PROPN")
    assert [(t, c) for t, c, _ in refined(doc_of(tokens, [(4, 5, "ORG")]))] == [("Agrícola", ORG)]
    # the school's adjective inside its name, and the coach of it: "o técnico do Instituto Superior Técnico"
    tokens = toks("o técnico do Instituto Superior Técnico", "DET NOUN ADP PROPN PROPN PROPN")
    assert [(t, c) for t, c, _ in refined(doc_of(tokens, [(3, 6, "ORG")]))] == [("Instituto Superior Técnico", ORG)]


def test_a_gentilic_the_tagger_calls_a_noun_is_left_out_of_the_name():
    """``o cubano Orestes Lorenzo``: the NER's span opens with the gentilic, which the tagger reads
    as a noun; the name starts after it, as after an adjective (``a linda Marcela``)."""
    words = ["o", "cubano", "Orestes", "Lorenzo", "chegou"]
    doc = Doc(NLP.vocab, words=words, pos=["DET", "NOUN", "PROPN", "PROPN", "VERB"], ents=["O", "B-PER", "I-PER", "I-PER", "O"])
    assert [(m.text, m.category) for m in refine_mentions(doc, spans_to_mentions(doc.ents, "d"), "d")] == [("Orestes Lorenzo", "PER")]
    doc = Doc(NLP.vocab, words=words, pos=["DET", "NOUN", "PROPN", "PROPN", "VERB"], ents=["O", "O", "B-PER", "I-PER", "O"])
    assert [m.text for m in refine_mentions(doc, spans_to_mentions(doc.ents, "d"), "d")] == ["Orestes Lorenzo"]


def test_a_place_of_the_ner_after_a_vessels_noun_is_a_thing():
    # MAC-MORPHO's world pages on a ferry's wreck: "a balsa Estonia", "O navio Suunta", the NER's
    # places; a name the lists know as a place stays one ("o navio Brasil"), and so does a name after
    # the noun capitalized (a headline's or a title's word, "O Navio Sorvala"); the document's other
    # mentions of the vessel's name are the vessel ("destroços da Vindmark", before and after)
    tokens = toks("destroços da Vindmark ; a balsa Vindmark afundou ; O navio Korpela chegou ; o navio Brasil atracou ; O Navio Sorvala ; a Vindmark",
                  "NOUN ADP PROPN PUNCT DET NOUN PROPN VERB PUNCT DET NOUN PROPN VERB PUNCT DET NOUN PROPN VERB PUNCT DET PROPN PROPN PUNCT DET PROPN")
    doc = doc_of(tokens, [(2, 3, "LOC"), (6, 7, "LOC"), (11, 12, "LOC"), (16, 17, "LOC"), (21, 22, "LOC"), (24, 25, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [
        ("Vindmark", MISC), ("Vindmark", MISC), ("Korpela", MISC), ("Brasil", LOC), ("Sorvala", LOC), ("Vindmark", MISC)]


def test_a_name_after_a_role_noun_and_a_comma_is_the_holder():
    # news' way of naming an office's holder: "o premiê da Estônia, Mart Laar,", "ao presidente da
    # Síria, Hafez al Assad, o plano", names the NER typed places
    tokens = toks("disse o premiê da Lapônia , Vikstedt Orlok , ontem ; deu ao ministro da Reforma Agrária , Tammsaar al Ulvik , o plano",
                  "VERB DET NOUN ADP PROPN PUNCT PROPN PROPN PUNCT ADV PUNCT VERB ADP NOUN ADP PROPN PROPN PUNCT PROPN ADP PROPN PUNCT DET NOUN")
    doc = doc_of(tokens, [(4, 5, "LOC"), (6, 8, "LOC"), (15, 17, "ORG"), (18, 21, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc) if c == PER] == [("Vikstedt Orlok", PER), ("Tammsaar al Ulvik", PER)]


def test_a_name_after_a_comma_stays_a_place_without_a_role_noun_right_before():
    # a noun between the role and the comma ("o antecessor no cargo, ..."), no role ("a capital do
    # país, ..."), no article before the role, a name the text goes on after, a role in capitals
    tokens = toks("o ministro no cargo , Vikstedt Orlok , disse ; a capital do país , Lomvila , fica ; "
                  "ministro da Lapônia , Tammsaar Ulvik , disse ; o presidente da Lapônia , Korvo Ulvik e Lomvila",
                  "DET NOUN ADP NOUN PUNCT PROPN PROPN PUNCT VERB PUNCT DET NOUN ADP NOUN PUNCT PROPN PUNCT VERB PUNCT "
                  "NOUN ADP PROPN PUNCT PROPN PROPN PUNCT VERB PUNCT DET NOUN ADP PROPN PUNCT PROPN PROPN CCONJ PROPN")
    doc = doc_of(tokens, [(5, 7, "LOC"), (15, 16, "LOC"), (21, 22, "LOC"), (23, 25, "LOC"), (31, 32, "LOC"), (33, 35, "LOC"), (36, 37, "LOC")])
    assert [c for t, c, _ in refined(doc) if t != "Lapônia"] == [LOC] * 5


def test_a_name_after_a_kin_noun_or_a_role_and_its_body_in_lower_case_and_a_comma_is_a_person():
    # MAC-MORPHO (issue 17, P68a): "O vice-presidente do grupo, Togo Meirelles, disse", "sua mulher,
    # Malvina, jantaram", "da mulher de Juan Domingo Perón, Isabelita.", names the NER typed places
    tokens = toks("o vice-presidente do grupo , Vikstedt Orlok , disse ; sua mulher , Lomvila , jantou ; a mulher de Tammsaar Ulvik , Korvila .",
                  "DET NOUN ADP NOUN PUNCT PROPN PROPN PUNCT VERB PUNCT DET NOUN PUNCT PROPN PUNCT VERB PUNCT DET NOUN ADP PROPN PROPN PUNCT PROPN PUNCT")
    doc = doc_of(tokens, [(5, 7, "LOC"), (13, 14, "LOC"), (20, 22, "PER"), (23, 24, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Vikstedt Orlok", PER), ("Lomvila", PER), ("Tammsaar Ulvik", PER), ("Korvila", PER)]
    # a noun after a de that no role nor kin noun opens ("a sede do grupo"), a noun between with
    # no de ("o ministro no cargo", above): the place stays
    tokens = toks("a sede do grupo , Lomvila , fica longe", "DET NOUN ADP NOUN PUNCT PROPN PUNCT VERB ADV")
    doc = doc_of(tokens, [(5, 6, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Lomvila", LOC)]


def test_a_one_word_place_a_bracket_says_is_a_body_is_an_organization():
    # MAC-MORPHO (issue 17, P68a): "da Pesagro (Empresa Estadual de Pesquisa Agropecuária)", "a
    # Sealbrent (empresa intermediária na importação)", "do Sindicato das Agências Marítimas ...
    # (Sindamar)": the NER's places, whose letters spell no initials
    tokens = toks("a Lomvila ( Empresa Estadual de Pesquisa ) e a Korvila ( empresa intermediária ) e o Sindicato dos Portos ( Vikstad ) falaram",
                  "DET PROPN PUNCT PROPN PROPN ADP PROPN PUNCT CCONJ DET PROPN PUNCT NOUN ADJ PUNCT CCONJ DET PROPN ADP PROPN PUNCT PROPN PUNCT VERB")
    doc = doc_of(tokens, [(1, 2, "LOC"), (3, 7, "ORG"), (10, 11, "LOC"), (17, 20, "ORG"), (21, 22, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc) if t in ("Lomvila", "Korvila", "Vikstad")] == [("Lomvila", ORG), ("Korvila", ORG), ("Vikstad", ORG)]
    # a bracket of a place's noun, a state's code, a place after a place: places
    tokens = toks("a Lomvila ( cidade natal ) , Korvila ( KR ) e a Ulvik Norte ( Vikstad ) ficam longe",
                  "DET PROPN PUNCT NOUN ADJ PUNCT PUNCT PROPN PUNCT PROPN PUNCT CCONJ DET PROPN PROPN PUNCT PROPN PUNCT VERB ADV")
    doc = doc_of(tokens, [(1, 2, "LOC"), (7, 8, "LOC"), (9, 10, "LOC"), (13, 15, "LOC"), (16, 17, "LOC")])
    assert all(c == LOC for t, c, _ in refined(doc))


def test_a_name_para_cites_opening_a_sentence_is_whose_view_it_gives():
    cases = [
        # MAC-MORPHO (issue 17, P68a): "Para Singer, antes de vir o real, ...", "Para Friso, a CPI
        # da Cut é...", the NER's places: a person, as after "segundo"
        ("Para Vikstedt , a safra cresceu .", "ADP PROPN PUNCT DET NOUN VERB PUNCT", [(1, 2, "LOC")], [("Vikstedt", PER)]),
        # inside a sentence "para" says where to; a place the lists know stays one
        ("Ele viajou , para Lomvila , ontem .", "PRON VERB PUNCT ADP PROPN PUNCT ADV PUNCT", [(4, 5, "LOC")], [("Lomvila", LOC)]),
        ("Para São Paulo , a medida custa caro .", "ADP PROPN PROPN PUNCT DET NOUN VERB ADV PUNCT", [(1, 3, "LOC")], [("São Paulo", LOC)]),
    ]
    for text, pos, ents, want in cases:
        assert typed(text, pos, ents) == want, text


def test_a_name_in_brackets_after_a_quoted_title_is_the_title_in_another_language():
    # MAC-MORPHO's culture section (P62g): a film's or a picture's other title in brackets, which
    # the NER tags an organization or a place
    tokens = toks('refilmou " Duas Vidas " ( Love Affair , 1938 ) e " A Caminho do Rio " ( Road to Rio )',
                  "VERB PUNCT PROPN PROPN PUNCT PUNCT PROPN PROPN PUNCT NUM PUNCT CCONJ PUNCT DET PROPN ADP PROPN PUNCT PUNCT PROPN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(6, 8, "ORG"), (19, 22, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Love Affair", WORK), ("Road to Rio", WORK)]
    tokens = toks('a colagem " La Bouteille " ( A Garrafa ) e " Calouros na Broadway " ( Babes on Broadway )',
                  "DET NOUN PUNCT PROPN PROPN PUNCT PUNCT DET PROPN PUNCT CCONJ PUNCT PROPN ADP PROPN PUNCT PUNCT PROPN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(8, 9, "ORG"), (17, 20, "LOC")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("A Garrafa", WORK), ("Babes on Broadway", WORK)]
    # the author, a publisher (one word, a publisher's word, a year or not), a channel, a title far
    # longer than the name, words in lower case before the bracket: what the NER says
    tokens = toks('a peça " A Tempestade " ( Pedro Silva ) , " Textos e Tribos " ( Imago , 1993 ) , " Poemas Novos " ( Cia. das Letras , 1992 ) , " Hoje " ( SBT )',
                  "DET NOUN PUNCT DET PROPN PUNCT PUNCT PROPN PROPN PUNCT PUNCT PUNCT PROPN CCONJ PROPN PUNCT PUNCT PROPN PUNCT NUM PUNCT PUNCT PUNCT PROPN ADJ PUNCT PUNCT PROPN ADP PROPN PUNCT NUM PUNCT PUNCT PUNCT PROPN PUNCT PUNCT PROPN PUNCT")
    doc = doc_of(tokens, [(7, 9, "PER"), (17, 18, "LOC"), (27, 30, "ORG"), (38, 39, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Pedro Silva", PER), ("Imago", LOC), ("Cia. das Letras", ORG), ("SBT", ORG)]
    tokens = toks('" As Viagens de Sir John de Mandeville " ( Duas Cidades ) e " vítimas da ditadura " ( Nova Ordem )',
                  "PUNCT DET NOUN ADP PROPN PROPN ADP PROPN PUNCT PUNCT PROPN PROPN PUNCT CCONJ PUNCT NOUN ADP NOUN PUNCT PUNCT PROPN PROPN PUNCT")
    doc = doc_of(tokens, [(4, 8, "PER"), (10, 12, "ORG"), (20, 22, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)][1:] == [("Duas Cidades", ORG), ("Nova Ordem", ORG)]
    # a song's performer: a band's "&", a genre in the name
    tokens = toks('as canções " Agora Só Falta Você " ( Rita Lee & Tutti Frutti ) e " Para Sempre Vou Te Amar " ( Tigres do Forró )',
                  "DET NOUN PUNCT ADV ADV VERB PRON PUNCT PUNCT PROPN PROPN CCONJ PROPN PROPN PUNCT CCONJ PUNCT ADP ADV AUX PRON VERB PUNCT PUNCT PROPN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(9, 14, "ORG"), (24, 27, "ORG")])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Rita Lee & Tutti Frutti", ORG), ("Tigres do Forró", ORG)]


# --- names whatever the tagger made of their words (issue 17, P64n) -------------------------
# The shipped tagger and that of a syntax encoder taught MAC-MORPHO's tags tag these words
# differently; each name stays with either tagging.


@pytest.mark.parametrize("day", ["PROPN", "NUM"], ids=["day-a-proper-noun", "day-a-numeral"])
def test_a_day_and_month_after_da_is_a_street_whatever_the_tag_of_the_day(day):
    tokens = toks("as lojas da 23 de Maio fecharam", f"DET NOUN ADP {day} ADP NOUN VERB", "o loja de_o 23 de maio fechar")
    doc = doc_of(tokens, [(3, 6, "LOC")])
    assert refined(doc) == [("23 de Maio", LOC, "ner")]


def test_a_day_and_month_after_another_word_is_no_name():
    # "em 23 de Maio": a date, as before (no street's article)
    tokens = toks("fecharam em 23 de Maio", "VERB ADP NUM ADP NOUN", "fechar em 23 de maio")
    assert refined(doc_of(tokens, [(2, 5, "LOC")])) == []


@pytest.mark.parametrize("pos", ["PROPN", "NOUN"], ids=["title-a-proper-noun", "title-a-common-noun"])
def test_a_singular_office_inside_a_sentence_is_a_person_whatever_the_tag(pos):
    tokens = toks("no debate com o Presidente do Conselho e", f"ADP NOUN ADP DET {pos} ADP NOUN CCONJ",
                  "em_o debate com o presidente de_o conselho e")
    doc = doc_of(tokens, [(4, 7, "PER")])
    assert refined(doc) == [("Presidente do Conselho", PER, "ner")]


@pytest.mark.parametrize("pos", ["PROPN", "NOUN"], ids=["initials-a-proper-noun", "initials-a-common-noun"])
def test_initials_opening_a_line_are_a_name_whatever_the_tag(pos):
    tokens = [("Os", "DET", "o", True), ("palmeirenses", "NOUN", "palmeirense", True), ("\n", "SPACE", "\n", False),
              ("M.F.B.", pos, "M.F.B.", False), (",", "PUNCT", ",", True), ("16", "NUM", "16", False)]
    doc = doc_of(tokens, [(3, 4, "PER")])
    assert refined(doc) == [("M.F.B.", PER, "ner")]


@pytest.mark.parametrize("head", [3, 1], ids=["conjunct-of-the-complement", "conjunct-of-the-title"])
def test_a_conjunct_with_its_own_preposition_is_not_joined_to_the_person_before(head):
    # "os Presidentes da Knesset e do Conselho Legislativo": "Conselho" a conjunct of "Knesset", or
    # (a syntax encoder taught MAC-MORPHO's tags) of "Presidentes"; a body either way
    words = "os Presidentes da Knesset e do Conselho Legislativo".split()
    doc = Doc(
        NLP.vocab,
        words=words,
        pos="DET NOUN ADP PROPN CCONJ ADP PROPN PROPN".split(),
        lemmas="o presidente de_o Knesset e de_o Conselho Legislativo".split(),
        heads=[1, 1, 3, 1, 6, 6, head, 6],
        deps=["det", "ROOT", "case", "nmod", "cc", "case", "conj", "flat:name"],
    )
    doc.ents = [_span(doc, 1, 2, "PER"), _span(doc, 3, 4, "ORG"), _span(doc, 6, 8, "ORG")]
    doc.user_data[DOC_ID_KEY] = "d.txt"
    assert ("Conselho Legislativo", ORG) in [(t, c) for t, c, _ in refined(doc)]


@pytest.mark.parametrize("lemmas", ["Junta Provincial", "junta provincial"], ids=["lemmas-capitalized", "lemmas-in-lower-case"])
def test_capitalized_words_the_vectors_know_in_names_are_a_name_whatever_the_lemmas(lemmas):
    # "a lei aprovada pela Junta Provincial obriga" (as "pela Assembléia Nacional": a syntax
    # encoder taught MAC-MORPHO's tags lemmatizes the two words in lower case, the shipped one
    # keeps "Nacional"); the static vectors rank "Provincial" before "provincial": a name either
    # way (issue 17, P64n)
    tokens = toks("a lei aprovada pela Junta Provincial obriga", "DET NOUN VERB ADP NOUN ADJ VERB",
                  f"o lei aprovar por_o {lemmas} obrigar")
    doc = _with_vectors(tokens, [(4, 6, "ORG")], ["Provincial", "provincial", "junta", "Junta"], vocab=spacy.blank("pt").vocab)
    assert refined(doc) == [("Junta Provincial", ORG, "ner")]


def test_capitalized_common_words_the_vectors_know_in_lower_case_stay_no_name():
    tokens = toks("comissário para os Negócios Estrangeiros e Trotski", "NOUN ADP DET NOUN ADJ CCONJ PROPN",
                  "comissário para o negócio estrangeiro e Trotski")
    doc = _with_vectors(tokens, [(3, 5, "PER"), (6, 7, "PER")], ["negócios", "estrangeiros", "Negócios", "Estrangeiros"], vocab=spacy.blank("pt").vocab)
    assert refined(doc) == [("Trotski", PER, "ner")]


@pytest.mark.parametrize("lemma", ["telefone", "Telefone"], ids=["lemma-in-lower-case", "lemma-capitalized"])
def test_a_common_noun_before_a_number_the_ner_took_for_a_place_is_no_name_whatever_its_lemma(lemma):
    # "Informações de contacto Telefone 236 200 810" (HAREM I train; HAREM's place is the number):
    # the capitalized noun before the NER's number is a common word, no name's first word, whether
    # the lemmatizer writes its lemma in lower case (the shipped one) or keeps its capital (that of
    # a syntax encoder taught MAC-MORPHO's tags; issue 17, P68n): the vectors rank it first in
    # lower case
    tokens = toks("Informações de contacto Telefone 236 200 810", "NOUN ADP NOUN NOUN NUM NUM NUM",
                  f"informação = = {lemma} = = =")
    rows = ["telefone", "Telefone", "contacto"]
    doc = _with_vectors(tokens, [(4, 7, "LOC")], rows, vocab=spacy.blank("pt").vocab)
    assert not [text for text, _, _ in refined(doc) if "Telefone" in text]


@pytest.mark.parametrize("lemma", ["Edusp", "edusp"], ids=["lemma-capitalized", "lemma-in-lower-case"])
def test_a_proper_noun_opening_a_line_unknown_in_lower_case_is_a_name_whatever_its_lemma(lemma):
    # "Edusp (av. Prof. Luciano Gualberto": the publisher, whether the lemmatizer keeps its capital
    # (the shipped pipeline) or not (a syntax encoder taught MAC-MORPHO's tags; issue 17, P64n)
    tokens = toks("Rosenbaum . Edusp ( av.", "PROPN PUNCT PROPN PUNCT NOUN", f"Rosenbaum . {lemma} ( av.")
    doc = _with_vectors(tokens, [(2, 3, "ORG")], ["av.", "Edusp"], [True, False, True, False, False], vocab=spacy.blank("pt").vocab)
    assert refined(doc) == [("Edusp", ORG, "ner")]


def test_a_former_holders_portfolio_is_no_name_as_a_holders_is_and_the_person_after_it_stays():
    # MAC-MORPHO (P64a's leftover, P67c): "ex-ministro" reads as "ministro"; the portfolio the NER
    # tags alone or with the person after it is the units' mention, the person a name
    tokens = toks("o ex-ministro da Fazenda Pedro Malan falou", "DET NOUN ADP PROPN PROPN PROPN VERB")
    assert refined(doc_of(tokens, [(3, 4, "ORG"), (4, 6, "PER")])) == [("Pedro Malan", PER, "ner")]
    tokens = toks("o ministro do Planejamento João Paulo Velloso foi acordado", "DET NOUN ADP PROPN PROPN PROPN PROPN AUX VERB")
    assert refined(doc_of(tokens, [(3, 7, "ORG")])) == [("João Paulo Velloso", PER, "ner")]
    # no role before it: the body stays a name
    tokens = toks("o prédio do Planejamento fechou", "DET NOUN ADP PROPN VERB")
    assert [t for t, _, _ in refined(doc_of(tokens, [(3, 4, "ORG")]))] == ["Planejamento"]


def test_a_given_name_in_capitals_before_an_initial_or_a_surname_opens_the_persons_name():
    # MAC-MORPHO's author lines (P65h's leftover, P67c): "EDWARD J. Amadeo, 37, doutor em economia"
    tokens = toks("EDWARD J. Amadeo , 37 , doutor", "PROPN PROPN PROPN PUNCT NUM PUNCT NOUN")
    assert refined(doc_of(tokens, [(1, 3, "PER")])) == [("EDWARD J. Amadeo", PER, "ner")]
    tokens = toks("disse ontem DAVID Silva em Brasília", "VERB ADV PROPN PROPN ADP PROPN")
    assert refined(doc_of(tokens, [(3, 4, "PER")]))[0][:2] == ("DAVID Silva", PER)
    # a word in capitals no given name, or a given name before no initial nor surname, stays out
    tokens = toks("ECONOMIA J. Amadeo , 37", "NOUN PROPN PROPN PUNCT NUM")
    assert refined(doc_of(tokens, [(1, 3, "PER")]))[0][:2] == ("J. Amadeo", PER)
    tokens = toks("EDWARD Gol , 37", "PROPN PROPN PUNCT NUM")
    assert refined(doc_of(tokens, [(1, 2, "PER")]))[0][:2] == ("Gol", PER)


def _line_break_doc(space: tuple[str, int], name: tuple[str, int], verb: tuple[str, str]) -> Doc:
    """``Ele saiu .`` then a line break, ``Fidélia`` and a verb: the line break's and the name's
    dependency and head given, the verb (``verb``: its form and lemma) the second sentence's root;
    the NER types the name a place."""
    words = ["Ele", "saiu", ".", "\n", "Fidélia", verb[0], "."]
    doc = Doc(
        NLP.vocab, words=words, spaces=[True, False, False, False, True, False, False],
        pos=["PRON", "VERB", "PUNCT", "SPACE", "PROPN", "VERB", "PUNCT"],
        lemmas=["ele", "sair", ".", "\n", "Fidélia", verb[1], "."],
        deps=["nsubj", "ROOT", "punct", space[0], name[0], "ROOT", "punct"],
        heads=[1, 1, 1, space[1], name[1], 5, 5],
        morphs=["", "Mood=Ind|VerbForm=Fin", "", "", "", "Mood=Ind|VerbForm=Fin", ""],
    )
    doc.ents = [_span(doc, 4, 5, "LOC")]
    doc.user_data[DOC_ID_KEY] = "d.txt"
    return doc


@pytest.mark.parametrize(
    "space,name",
    [(("mark", 5), ("nsubj", 5)), (("nsubj", 5), ("nsubj", 3))],
    ids=["the-name-the-subject", "the-name-hung-on-the-line-break-the-subject"],
)
def test_a_persons_verbs_subject_hung_on_a_line_break_is_a_person(space, name):
    # "\nFidélia percebeu": the name opening a line is the subject of a person's verb, whether the
    # parser makes it so (the shipped one, the line break a mark) or makes the line break the
    # subject and hangs the name on it (a syntax encoder taught MAC-MORPHO's tags; issue 17, P68n)
    doc = _line_break_doc(space, name, ("percebeu", "perceber"))
    assert [(t, c) for t, c, _ in refined(doc)] == [("Fidélia", PER)]



def test_a_name_with_its_own_preposition_and_copula_is_no_persons_verbs_subject():
    # "Que nosso juiz fosse de San Francisco, tampouco explica sua decisão": a parser taught
    # MAC-MORPHO's tags makes the predicate of the subject clause, "San Francisco" with its "de"
    # and "fosse", the subject of "explica"; the town explains nothing (issue 17, P68n)
    rows = ("Que que SCONJ mark 5|nosso nosso DET det 2|juiz juiz NOUN nsubj 5|fosse ser AUX cop 5|de de ADP case 5|"
            "San San PROPN nsubj 9|Francisco Francisco PROPN flat:name 5|, , PUNCT punct 5|tampouco tampouco ADV advmod 9|"
            "explica explicar VERB ROOT 9|sua seu DET det 11|decisão decisão NOUN obj 9")
    assert _types_of(rows.replace("|", "\n"), [("LOC", 5, 7)]) == [("San Francisco", LOC)]
    # without its "de" and its copula, the subject of a person's verb
    rows = ("Que que SCONJ mark 5|nosso nosso DET det 2|juiz juiz NOUN nsubj 5|fosse ser AUX ccomp 5|que que SCONJ mark 5|"
            "San San PROPN nsubj 9|Francisco Francisco PROPN flat:name 5|, , PUNCT punct 5|tampouco tampouco ADV advmod 9|"
            "explica explicar VERB ROOT 9|sua seu DET det 11|decisão decisão NOUN obj 9")
    assert _types_of(rows.replace("|", "\n"), [("LOC", 5, 7)]) == [("San Francisco", PER)]
