"""A newspaper page's furniture and newsroom desks are no names (teia.extract.newspaper), on
sentences written here in the manner of MAC-MORPHO's Folha de São Paulo, and through the entity
component on a hand-built Doc."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from teia.extract.entities import DOC_ID_KEY, MENTIONS, EntityGrouper
from teia.extract.labels import EVENT, LOC, ORG, PER, WORK
from teia.extract.newspaper import NEWSROOM_TITLE, off_the_furniture
from teia.records import Mention


def mentions_of(text: str, *names: tuple[str, str]) -> list[Mention]:
    """Mentions of ``text``: each name (its words, its category) at its first place after the last."""
    out, at = [], 0
    for words, category in names:
        at = text.index(words, at)
        out.append(Mention("d", at, at + len(words), words, category))
        at += len(words)
    return out


def kept(text: str, *names: tuple[str, str]) -> list[tuple[str, str]]:
    out = off_the_furniture(text, mentions_of(text, *names))
    assert all(text[m.start : m.end] == m.text for m in out)
    return [(m.text, m.category) for m in out]


def test_a_headline_glued_to_the_page_header_is_no_name():
    text = "Propaganda e palavrões Confete Editoria: Mais PáGINA: 6-2 Confete O bonitão Alec Baldwin chegou."
    got = kept(text, ("Confete Editoria", ORG), ("Alec Baldwin", PER))
    assert got == [("Alec Baldwin", PER)]


def test_the_header_and_its_section_are_no_names():
    text = "O Brasil visto de longe Editoria: Mais PáGINA: 6-10 O Brasil visto de longe por Skidmore."
    got = kept(text, ("Brasil", LOC), ("Editoria", ORG), ("Mais", PER), ("Brasil", LOC), ("Skidmore", PER))
    assert got == [("Brasil", LOC), ("Brasil", LOC), ("Skidmore", PER)]


def test_a_name_running_past_the_header_keeps_its_words_after_it():
    text = "Covas ataca Quércia Editoria: Brasil PáGINA: 1-4 Tucanos em campanha."
    start = text.index("4 Tucanos")
    got = off_the_furniture(text, [Mention("d", start, start + len("4 Tucanos"), "4 Tucanos", ORG)])
    assert [(m.text, m.category) for m in got] == [("Tucanos", ORG)]


def test_a_page_pointer_is_cut_out_of_a_name():
    text = "Leia mais sobre o Ibirapuera PÁG. 5-3 no caderno."
    assert kept(text, ("Ibirapuera PÁG. 5-3", LOC)) == [("Ibirapuera", LOC)]


def test_a_desk_cuts_the_writer_from_the_text_after_it():
    text = "Tecnologia de ponta vai para a panela RICARDO BONALUME Neto Da Reportagem Local Por trás de cada nugget."
    assert kept(text, ("RICARDO BONALUME Neto Da Reportagem Local", PER)) == [("RICARDO BONALUME Neto", PER)]
    text = "e viu o Brasil participar da Guerra do Paraguai Da Reportagem Local Comércio, ciência e guerra."
    got = kept(text, ("Brasil", LOC), ("Guerra do Paraguai Da Reportagem Local Comércio", EVENT))
    assert got == [("Brasil", LOC), ("Guerra do Paraguai", EVENT)]


def test_the_desk_and_the_text_after_it_are_no_names_but_its_branch_and_agency():
    text = "Artigo ensina a soltar pênis Da Reportagem Local Parece piada de mau gosto."
    assert kept(text, ("Reportagem Local Parece", ORG)) == []
    text = "O turista SÉRGIO Augusto Da Sucursal do Rio Turista é fenômeno recente."
    assert kept(text, ("SÉRGIO Augusto", PER), ("Rio Turista", LOC)) == [("SÉRGIO Augusto", PER), ("Rio", LOC)]
    # the branch's town is a place, where the NER typed the desk an organization (P58e)
    text = "INSS começa a pagar Da Sucursal de Brasília O INSS inicia hoje."
    assert kept(text, ("Sucursal de Brasília", ORG)) == [("Brasília", LOC)]
    text = "Morre o escritor Da Agência Folha O escritor morreu ontem."
    assert kept(text, ("Agência Folha", ORG)) == [("Agência Folha", ORG)]


def test_a_text_with_no_furniture_keeps_its_names():
    text = "A Editoria de Esportes da Folha de S. Paulo mudou. O Da Silva foi à página 5."
    names = (("Editoria de Esportes", ORG), ("Folha de S. Paulo", ORG), ("Da Silva", PER))
    assert kept(text, *names) == [(w, c) for w, c in names]


def test_the_entity_component_drops_the_furniture():
    words = "Boa Idéia Editoria : Mais ! PáGINA : 6-2 Boa Idéia O inglês Tom Jones chegou .".split()
    doc = Doc(spacy.blank("pt").vocab, words=words)
    doc.ents = [Span(doc, 0, 3, label="ORG"), Span(doc, 4, 5, label="PER"), Span(doc, 13, 15, label="PER")]
    doc.user_data[DOC_ID_KEY] = "d.txt"
    EntityGrouper(None)(doc)
    assert [(m.text, m.category) for m in getattr(doc._, MENTIONS)] == [("Tom Jones", PER)]


def test_a_bylines_word_is_cut_from_its_writer_who_is_a_person():
    text = "Imaginação erótica se baseia no excesso ELIANE ROBERT MORAES Especial para a Folha No século 12, um monge."
    assert kept(text, ("ELIANE ROBERT MORAES Especial", PER)) == [("ELIANE ROBERT MORAES", PER)]
    text = "Assisti ao strip-tease CONTARDO CALLIGARIS Especial para a Folha Assisti a um strip-tease."
    assert kept(text, ("CONTARDO CALLIGARIS Especial", ORG)) == [("CONTARDO CALLIGARIS", PER)]
    text = "Colóquio na Unicamp vai durar três dias Especial para a Folha O colóquio começa hoje."
    assert kept(text, ("Especial", EVENT)) == []
    # a name with no word in capitals keeps the NER's type; a special edition is no byline
    text = "A Edição Especial de Natal saiu. João Alexandre Barbosa Especial para a Folha A leitura."
    names = (("Edição Especial de Natal", WORK), ("João Alexandre Barbosa Especial", ORG))
    assert kept(text, *names) == [("Edição Especial de Natal", WORK), ("João Alexandre Barbosa", ORG)]


def test_a_newsroom_title_is_read_with_its_preposition_before_a_capital():
    def titles(text: str) -> list[str]:
        return [m.group() for m in NEWSROOM_TITLE.finditer(text)]

    assert titles("Paulo Coelho Colunista da Folha Claudia Martins") == ["Colunista da"]
    assert titles("Clóvis Rossi Enviado especial a Brasília O ministro") == ["Enviado especial a"]
    assert titles("Ana Lima Editora-adjunta de Mundo e João Reis Correspondente em Paris") == ["Editora-adjunta de", "Correspondente em"]
    # a lower-case word after the preposition, or no preposition: no byline's title
    assert titles("o Colunista da casa e o Editor Chefe saíram") == []
