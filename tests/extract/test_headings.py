"""Headings, list items and glued titles are no arguments of relations (issue 20).

The sentences are written for the test and parsed by hand (``text lemma POS dep head
morphology``, see :mod:`handparse`; ``⏎`` stands for a line break), as the parser reads such
text: a heading's name hung on the verb of the line below it. Each case has a control that
differs in the one thing the detector reads and keeps its relation.
"""

from __future__ import annotations

import json

import pytest
import spacy
from handparse import relations_pipeline, table_doc

from spacy.tokens import Doc, Span

from teia.extract.entities import DOC_ID_KEY, ENTITIES, MENTIONS
from teia.extract.headings import doc_tail, fragments, mostly_capitalized, title_words


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def doc_of(nlp, table: str, ents: list[tuple[str, int, int]], *, run: bool = True) -> Doc:
    """The hand-parsed Doc of ``table`` (as :func:`handparse.table_doc` reads it), ``⏎`` made a
    line break with no space around it, as in a text."""
    parsed = table_doc(nlp, table, ents, "page.txt", run=False)
    words = [t.text.replace("⏎", "\n") for t in parsed]
    spaces = [bool(t.whitespace_) and "⏎" not in t.text and (t.i + 1 == len(parsed) or parsed[t.i + 1].text != "⏎") for t in parsed]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        lemmas=[t.lemma_ for t in parsed],
        pos=[t.pos_ for t in parsed],
        deps=[t.dep_ for t in parsed],
        heads=[t.head.i for t in parsed],
        morphs=[str(t.morph) for t in parsed],
    )
    doc.ents = [Span(doc, s, e, label=lab) for lab, s, e in ents]
    doc.user_data[DOC_ID_KEY] = "page.txt"
    if run:
        for _, proc in nlp.pipeline:
            doc = proc(doc)
    return doc


def statements(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    doc = doc_of(nlp, table, ents)
    label = {e.id: e.label for e in doc._.get(ENTITIES)}
    return {(label[r.subject], r.predicate, label[r.object]) for r in doc._.teia_relations}


FIN = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"

# "Jornal do Brasil ⏎ Comprou a Shell ontem em Recife ." (a page's heading over its first line)
HEADING = f"""
Jornal Jornal PROPN nsubj 4 _
do de ADP case 2 _
Brasil Brasil PROPN nmod 0 _
⏎ _ SPACE dep 2 _
{{verb}} comprar VERB ROOT 4 {FIN}
a o DET det 6 _
Shell Shell PROPN obj 4 _
em em ADP case 8 _
Recife Recife PROPN obl 4 _
. . PUNCT punct 4 _
"""
HEADING_ENTS = [("ORG", 0, 3), ("ORG", 6, 7), ("LOC", 8, 9)]


def test_a_heading_is_no_subject_of_the_line_below(nlp) -> None:
    """``Jornal do Brasil`` on a line of its own is the page's heading, not who bought Shell."""
    table = HEADING.format(verb="Comprou")
    assert fragments(next(doc_of(nlp, table, HEADING_ENTS, run=False).sents)) == ((0, 3),)
    assert not any("Jornal do Brasil" in (s, o) for s, _, o in statements(nlp, table, HEADING_ENTS))


def test_a_line_going_on_in_lower_case_is_no_heading(nlp) -> None:
    """The control: ``Jornal do Brasil ⏎ comprou ...``, a hard-wrapped sentence, keeps its
    relations."""
    table = HEADING.format(verb="comprou")
    assert fragments(next(doc_of(nlp, table, HEADING_ENTS, run=False).sents)) == ()
    found = statements(nlp, table, HEADING_ENTS)
    assert {("Jornal do Brasil", "rel:comprar", "Shell"), ("Jornal do Brasil", "rel:comprar_em", "Recife")} <= found


def test_a_heading_keeps_the_relations_of_the_text_below_it(nlp) -> None:
    """``Jornal do Brasil ⏎ A Petrobras comprou a Shell em Recife .``: the heading's name is
    left out, the line's own subject is not."""
    table = f"""
Jornal Jornal PROPN nmod 5 _
do de ADP case 2 _
Brasil Brasil PROPN nmod 0 _
⏎ _ SPACE dep 2 _
A o DET det 5 _
Petrobras Petrobras PROPN nsubj 6 _
comprou comprar VERB ROOT 6 {FIN}
a o DET det 8 _
Shell Shell PROPN obj 6 _
em em ADP case 10 _
Recife Recife PROPN obl 6 _
. . PUNCT punct 6 _
"""
    ents = [("ORG", 0, 3), ("ORG", 5, 6), ("ORG", 8, 9), ("LOC", 10, 11)]
    found = statements(nlp, table, ents)
    assert ("Petrobras", "rel:comprar", "Shell") in found
    assert not any("Jornal do Brasil" in (s, o) for s, _, o in found)


def test_a_list_item_is_no_argument(nlp) -> None:
    """``- Banco do Brasil ⏎ Comprou a Shell ...``: an item of a list (in lower case too)."""
    table = f"""
- - PUNCT punct 1 _
banco banco NOUN nsubj 5 _
do de ADP case 3 _
Brasil Brasil PROPN nmod 1 _
⏎ _ SPACE dep 3 _
Comprou comprar VERB ROOT 5 {FIN}
a o DET det 7 _
Shell Shell PROPN obj 5 _
em em ADP case 9 _
Recife Recife PROPN obl 5 _
. . PUNCT punct 5 _
"""
    ents = [("ORG", 1, 4), ("ORG", 7, 8), ("LOC", 9, 10)]
    assert fragments(next(doc_of(nlp, table, ents, run=False).sents)) == ((0, 4),)
    assert not any("banco do Brasil" in (s, o) for s, _, o in statements(nlp, table, ents))
    # the control, no bullet: a line going on in lower case, read as text
    control = "\n".join(table.strip().splitlines()[1:])
    control = "\n".join(" ".join(r[:4] + [str(int(r[4]) - 1)] + r[5:]) for r in (line.split() for line in control.splitlines()))
    found = statements(nlp, control, [(lab, s - 1, e - 1) for lab, s, e in ents])
    assert ("banco do Brasil", "rel:comprar", "Shell") in found


# "Escândalo na Petrobras A Receita multou a Shell ." (a headline glued before the sentence)
GLUED = f"""
Escândalo escândalo NOUN dep 5 _
na em ADP case 2 _
Petrobras Petrobras PROPN obl 5 _
{{det}} o DET det 4 _
Receita Receita PROPN nsubj 5 _
multou multar VERB ROOT 5 {FIN}
a o DET det 7 _
Shell Shell PROPN obj 5 _
. . PUNCT punct 5 _
"""
GLUED_ENTS = [("ORG", 2, 3), ("ORG", 4, 5), ("ORG", 7, 8)]


def test_a_glued_headline_is_no_argument(nlp) -> None:
    """A capitalized article right after a word starts the sentence again: the words before it
    are a headline (``Escândalo na Petrobras``), whose name is not where Receita fined Shell."""
    table = GLUED.format(det="A")
    assert fragments(next(doc_of(nlp, table, GLUED_ENTS, run=False).sents)) == ((0, 3),)
    assert statements(nlp, table, GLUED_ENTS) == {("Receita", "rel:multar", "Shell")}
    # the control, the article in lower case: one sentence, the oblique read
    table = GLUED.format(det="a")
    assert fragments(next(doc_of(nlp, table, GLUED_ENTS, run=False).sents)) == ()
    assert ("Receita", "rel:multar_em", "Petrobras") in statements(nlp, table, GLUED_ENTS)


def test_lines_of_running_text_are_no_fragments(nlp) -> None:
    """A line ending with a full stop, or with a finite verb, is text; a title's words joined
    by ``e`` (``A Sociedade da Corte e O Processo Civilizador``) are no headline glued to a
    sentence."""
    stop = """
Visita visita NOUN ROOT 0 _
a a ADP case 2 _
Portugal Portugal PROPN nmod 0 _
. . PUNCT punct 0 _
"""
    ents = [("LOC", 2, 3)]
    assert fragments(next(doc_of(nlp, stop, ents, run=False).sents)) == ()
    # without the full stop it is a heading
    heading = "\n".join(stop.strip().splitlines()[:3])
    assert fragments(next(doc_of(nlp, heading, ents, run=False).sents)) == ((0, 3),)
    titles = """
Sociedade Sociedade PROPN nsubj 4 _
e e CCONJ cc 3 _
O o DET det 3 _
Processo Processo PROPN conj 0 _
saíram sair VERB ROOT 4 Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
. . PUNCT punct 4 _
"""
    assert fragments(next(doc_of(nlp, titles, [("WORK", 0, 1), ("WORK", 3, 4)], run=False).sents)) == ()


def test_a_numbered_item_is_a_list_item(nlp) -> None:
    table = """
1. 1. NUM nummod 1 _
Petrobras Petrobras PROPN ROOT 1 _
, , PUNCT punct 3 _
Recife Recife PROPN appos 1 _
"""
    assert fragments(next(doc_of(nlp, table, [("ORG", 1, 2), ("LOC", 3, 4)], run=False).sents)) == ((0, 4),)


def test_title_words_leave_out_the_small_words_and_what_is_no_word():
    assert title_words(["Museu", "Nacional", "de", "Belas", "Artes", "1922", ","]) == ["Museu", "Nacional", "Belas", "Artes"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Notícias do Brasil e do mundo", True),  # 2 of 3 title words capitalized
        ("O Brasil vence o jogo", False),  # 1 of 3: "O" is a small word
        ("de e o", False),  # no title word at all
        ("A CAROLINA", True),
    ],
)
def test_mostly_capitalized_counts_title_words_only(line, expected):
    assert mostly_capitalized(line.split()) is expected


# "O Avaí atua em Joinville Governadores de Santa Catarina Naturais de Florianópolis": the
# categories a Wikipedia text glues after its last sentence, the NER's name running into them
TAIL = """
O o DET det 1 _
Avaí Avaí PROPN nsubj 2 _
atua atuar VERB ROOT 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
em em ADP case 4 _
Joinville Joinville PROPN obl 2 _
Governadores Governadores PROPN flat:name 4 _
de de ADP case 8 _
Santa Santa PROPN flat:name 8 _
Catarina Catarina PROPN nmod 5 _
Naturais Naturais PROPN flat:name 8 _
de de ADP case 11 _
Florianópolis Florianópolis PROPN nmod 9 _
"""
TAIL_ENTS = [("ORG", 1, 2), ("ORG", 4, 9), ("LOC", 11, 12)]


@pytest.fixture(scope="module")
def entities_nlp():
    nlp = spacy.blank("pt")
    nlp.add_pipe("teia_entities")
    return nlp


def mention_texts(nlp, table: str, ents: list[tuple[str, int, int]]) -> list[str]:
    doc = doc_of(nlp, table, ents)
    return [m.text for m in doc._.get(MENTIONS)]


def test_a_glued_category_list_gives_no_name(entities_nlp) -> None:
    """A capitalized plural after a name, before a word in lower case, with no verb after it and
    no full stop at the document's end opens the tail: the name running into it stops before it,
    and the names inside it are none."""
    doc = doc_of(entities_nlp, TAIL, TAIL_ENTS, run=False)
    assert doc_tail(doc) == 5
    assert fragments(next(doc.sents))[-1] == (5, 12)
    assert mention_texts(entities_nlp, TAIL, TAIL_ENTS) == ["Avaí", "Joinville"]


def test_a_sentence_ending_as_one_has_no_tail(entities_nlp) -> None:
    """The control: with a full stop at its end the line is a sentence, and its names stay."""
    table = TAIL.strip() + "\n. . PUNCT punct 2 _"
    assert doc_tail(doc_of(entities_nlp, table, TAIL_ENTS, run=False)) is None
    assert mention_texts(entities_nlp, table, TAIL_ENTS) == ["Avaí", "Joinville Governadores de Santa Catarina", "Florianópolis"]


def test_a_long_name_ending_the_text_stays_whole(entities_nlp) -> None:
    """A name with capitalized plurals in it ends the text without a full stop: a plural after a
    plural (``Ciências Sociais``, ``Estados Unidos``) or after a small word (``de Ciências``) opens
    no tail."""
    table = """
Ele ele PRON nsubj 1 _
estudou estudar VERB ROOT 1 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
na em ADP case 3 _
Faculdade Faculdade PROPN obl 1 _
de de ADP case 5 _
Ciências Ciências PROPN nmod 3 _
Sociais Sociais PROPN flat:name 5 _
e e CCONJ cc 8 _
Humanas Humanas PROPN conj 6 _
dos de ADP case 10 _
Estados Estados PROPN nmod 3 _
Unidos Unidos PROPN flat:name 10 _
da de ADP case 13 _
América América PROPN nmod 10 _
"""
    ents = [("ORG", 3, 14)]
    assert doc_tail(doc_of(entities_nlp, table, ents, run=False)) is None
    assert mention_texts(entities_nlp, table, ents) == ["Faculdade de Ciências Sociais e Humanas dos Estados Unidos da América"]
    # a plural surname after a given name before "da" is no category either
    person = """
O o DET det 1 _
autor autor NOUN nsubj 2 _
é ser AUX ROOT 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
Pedro Pedro PROPN attr 2 _
Neves Neves PROPN flat:name 3 _
da de ADP case 6 _
Silva Silva PROPN flat:name 3 _
"""
    assert doc_tail(doc_of(entities_nlp, person, [("PER", 3, 7)], run=False)) is None
    # a page's footer: a determiner before an article opens no category
    footer = """
Desenvolvido desenvolver VERB ROOT 0 VerbForm=Part
por por ADP case 2 _
Promidia Promidia PROPN obl 0 _
Todos todo DET det 5 _
os o DET det 5 _
direitos direito NOUN nsubj 0 _
reservados reservar VERB acl 5 VerbForm=Part
Cadê Cadê PROPN appos 5 _
Médico Médico PROPN flat:name 7 _
"""
    ents = [("ORG", 2, 3), ("ORG", 7, 9)]
    assert doc_tail(doc_of(entities_nlp, footer, ents, run=False)) is None
    assert mention_texts(entities_nlp, footer, ents) == ["Promidia", "Cadê Médico"]


# an end-of-article heading glued before the categories, the NER's names running over it
HEADED_TAIL = """
A o DET det 1 _
empresa empresa NOUN nsubj 2 _
fica ficar VERB ROOT 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
em em ADP case 4 _
Xangai Xangai PROPN obl 2 _
Referências Referências PROPN flat:name 4 _
Empresas Empresas PROPN flat:name 4 _
da de ADP case 8 _
China China PROPN nmod 6 _
Empresas Empresas PROPN flat:name 8 _
do de ADP case 11 _
Brasil Brasil PROPN nmod 9 _
"""
HEADED_TAIL_ENTS = [("ORG", 4, 6), ("LOC", 6, 9), ("LOC", 11, 12)]


def test_an_end_of_article_heading_opens_the_tail(entities_nlp) -> None:
    """A section heading right before the category list opens it, though it is a plural
    (``Referências Empresas da China``): the name running over it stops before it."""
    doc = doc_of(entities_nlp, HEADED_TAIL, HEADED_TAIL_ENTS, run=False)
    assert doc_tail(doc) == 5
    assert mention_texts(entities_nlp, HEADED_TAIL, HEADED_TAIL_ENTS) == ["Xangai"]
    # with a full stop the line is a sentence: no tail, the names stay
    table = HEADED_TAIL.strip() + "\n. . PUNCT punct 2 _"
    assert doc_tail(doc_of(entities_nlp, table, HEADED_TAIL_ENTS, run=False)) is None
    assert mention_texts(entities_nlp, table, HEADED_TAIL_ENTS) == ["Xangai Referências", "Empresas da China", "Brasil"]


def test_headings_ending_the_text_or_before_a_link_open_the_tail(entities_nlp) -> None:
    """``Referências URLTOKEN Governadores de Alagoas``: the heading before the link opens the tail;
    a heading of two words ending the text (``Ligações externas``) is a tail alone."""
    table = """
Perdeu perder VERB ROOT 0 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
para para ADP case 2 _
Manuel Manuel PROPN obl 0 _
Barros Barros PROPN flat:name 2 _
Referências Referências PROPN flat:name 2 _
URLTOKEN URLTOKEN PROPN flat:name 2 _
Governadores Governadores PROPN flat:name 2 _
de de ADP case 8 _
Alagoas Alagoas PROPN nmod 6 _
"""
    ents = [("PER", 2, 5), ("LOC", 8, 9)]
    assert doc_tail(doc_of(entities_nlp, table, ents, run=False)) == 4
    assert mention_texts(entities_nlp, table, ents) == ["Manuel Barros"]
    table = """
Perdeu perder VERB ROOT 0 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
em em ADP case 2 _
2002 2002 NUM obl 0 _
Ligações Ligações PROPN nmod 2 _
externas externo ADJ amod 3 _
"""
    assert doc_tail(doc_of(entities_nlp, table, [("ORG", 3, 5)], run=False)) == 3
    assert mention_texts(entities_nlp, table, [("ORG", 3, 5)]) == []


def test_a_heading_word_inside_running_text_or_a_name_stays(entities_nlp) -> None:
    """A heading's word after an article (``as Referências de Pedro Cabral``) or as a surname after
    a capitalized word (``Mickael Carreira``) opens no tail."""
    table = """
Ele ele PRON nsubj 1 _
leu ler VERB ROOT 1 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
as o DET det 3 _
Referências Referências PROPN obj 1 _
de de ADP case 5 _
Pedro Pedro PROPN nmod 3 _
Cabral Cabral PROPN flat:name 5 _
"""
    ents = [("WORK", 3, 4), ("PER", 5, 7)]
    assert doc_tail(doc_of(entities_nlp, table, ents, run=False)) is None
    assert mention_texts(entities_nlp, table, ents) == ["Referências", "Pedro Cabral"]
    table = """
Ele ele PRON nsubj 1 _
conhece conhecer VERB ROOT 1 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
Mickael Mickael PROPN obj 1 _
Carreira Carreira PROPN flat:name 2 _
Naturais Naturais PROPN flat:name 2 _
de de ADP case 6 _
Essonne Essonne PROPN nmod 4 _
"""
    ents = [("PER", 2, 5), ("LOC", 6, 7)]
    assert doc_tail(doc_of(entities_nlp, table, ents, run=False)) == 4
    assert mention_texts(entities_nlp, table, ents) == ["Mickael Carreira"]


# a heading the shipped lexicon lacks ("Curiosidades"), glued between the last name and the categories
AWARDS_TAIL = HEADED_TAIL.replace("Referências Referências", "Curiosidades Curiosidades")


def test_a_heading_of_the_users_lexicon_opens_the_tail(tmp_path) -> None:
    """A section heading added only by a user's ``--lexicon`` file opens the glued tail as a shipped
    one does: the name running over it stops before it, and a heading ending the text is a tail.
    Without the file the heading is a word of the name: the tail opens at the second category."""
    user = tmp_path / "sections.json"
    user.write_text(json.dumps({"entities": {"section_headings": ["curiosidades"]}}), encoding="utf-8")
    shipped = spacy.blank("pt")
    shipped.add_pipe("teia_entities")
    extended = spacy.blank("pt")
    extended.add_pipe("teia_entities", config={"lexicon_paths": [str(user)]})
    assert mention_texts(shipped, AWARDS_TAIL, HEADED_TAIL_ENTS) == ["Xangai Curiosidades", "Empresas da China"]
    assert mention_texts(extended, AWARDS_TAIL, HEADED_TAIL_ENTS) == ["Xangai"]
    doc = doc_of(extended, AWARDS_TAIL, HEADED_TAIL_ENTS)
    assert doc_tail(doc) == 5 and fragments(next(doc.sents))[-1] == (5, 12)
    # a heading ending the text: a tail with the user's word, none without it
    ending = """
Perdeu perder VERB ROOT 0 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
em em ADP case 2 _
2002 2002 NUM obl 0 _
Curiosidades Curiosidades PROPN nmod 2 _
"""
    assert mention_texts(shipped, ending, [("ORG", 3, 4)]) == ["Curiosidades"]
    assert mention_texts(extended, ending, [("ORG", 3, 4)]) == []
    assert doc_tail(doc_of(shipped, ending, [("ORG", 3, 4)])) is None
    assert doc_tail(doc_of(extended, ending, [("ORG", 3, 4)])) == 3
