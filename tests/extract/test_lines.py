"""A web page's lines of their own start sentences; hard-wrapped prose is not cut (issue 17).

The texts are written for the test in the two shapes the module tells apart: a web page
(headings, menus, list lines over one-line paragraphs) and a paragraph wrapped at ~70 columns
(as Machado's books are written), each with the control that differs in the one thing the
rule reads.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from teia.extract import lines as _lines  # noqa: F401  (registers teia_lines)
from teia.extract.lines import line_starts, wide_line


def starts_of(text: str) -> list[str]:
    """The first word of each line :func:`line_starts` starts a sentence at."""
    return [text[o:].split(maxsplit=1)[0] for o in line_starts(text)]


PAGE = (
    "Notícias do Porto\n"
    "Início\n"
    "Contactos\n"
    "O presidente da câmara inaugurou ontem a nova ponte sobre o rio Douro, que liga as duas margens da cidade.\n"
    "Programa:\n"
    "- Visita ao Museu Nacional\n"
    "- Jantar no Palácio da Bolsa\n"
)

WRAPPED = (
    "Já não será do mesmo sentir o leitor que tiver passado a segunda\n"
    "mocidade e vir diante de si uma velhice sem recurso. Para esse, a Miss\n"
    "Dollar verdadeiramente digna de ser contada em algumas páginas, seria\n"
    "uma boa inglesa de cinquenta anos, dotada com algumas mil libras\n"
    "esterlinas, e que, aportando ao Brasil em procura de assunto, chegou ao\n"
    "Rio de Janeiro numa manhã de sol, cansada da longa viagem por mar.\n"
)


def test_a_web_pages_short_lines_start_sentences():
    # the second list item; the first stays with "Programa:" (a colon announces what follows)
    assert starts_of(PAGE) == ["Início", "Contactos", "O", "-"]


def test_a_line_ending_with_a_colon_keeps_what_follows():
    # "Programa:" is short, but a colon announces what follows: its list is not cut from it
    assert "Programa:" not in starts_of(PAGE)
    text = "Camilo murmurou consigo:\n— Adeus, França!\nDepois envolveu-se num silêncio."
    assert starts_of(text) == []


def test_hard_wrapped_prose_is_not_cut():
    # "a Miss\nDollar" and "ao\nRio de Janeiro": a wrapped line before a capital, as wide as the others
    assert starts_of(WRAPPED) == []


def test_a_short_last_line_of_wrapped_prose_before_a_capital_is_cut_only_without_punctuation():
    heading = "CAPÍTULO II\nENTRE DEUS E O DIABO\n" + WRAPPED
    assert starts_of(heading) == ["ENTRE", "Já"]
    sentence = "Terminou assim.\n" + WRAPPED  # ends as a sentence: the splitter's business
    assert starts_of(sentence) == []


def test_a_title_like_line_as_wide_as_prose_starts_a_sentence():
    wide = "Visita Oficial de Fernando Henrique Cardoso ao Presidente da República Portuguesa"
    text = wide + "\n" + WRAPPED
    assert starts_of(text) == ["Já"]
    # the same width in running words is a wrapped line
    prose = "a visita oficial do presidente brasileiro foi adiada por causa da greve dos"
    assert starts_of(prose + "\n" + WRAPPED) == []


def test_a_line_ending_with_a_small_word_is_wrapped():
    text = "Notícias de\nPortugal e do Brasil\n" + WRAPPED
    assert starts_of(text)[0] != "Portugal"


def test_a_blank_line_starts_a_sentence_unless_the_next_opens_in_lower_case():
    assert starts_of("Uma frase sem ponto final\n\nOutra frase.") == ["Outra"]
    assert starts_of("Uma frase partida por\n\numa linha em branco.") == []


def test_wide_line_is_a_quantile_of_the_line_lengths():
    assert wide_line([]) == 0
    assert wide_line([10, 70, 72, 75, 71, 70, 74, 73, 69, 30]) == 75


def test_the_component_sets_sentence_starts_and_tags_line_breaks_space():
    nlp = spacy.blank("pt")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("teia_lines")
    doc = nlp.make_doc(PAGE)
    for tok in doc:
        tok.pos_ = "VERB"  # as the tagger read the line breaks
    doc = nlp(doc)
    sents = [s.text.strip() for s in doc.sents]
    assert sents[:3] == ["Notícias do Porto", "Início", "Contactos"]
    assert sents[-1] == "- Jantar no Palácio da Bolsa"
    breaks = [t for t in doc if t.is_space]
    assert breaks and all(t.pos_ == "SPACE" for t in breaks)
    assert all(t.pos_ == "VERB" for t in doc if not t.is_space)
    # the line break before a line the rule starts ends the sentence before it, no sentence of its own
    cut = [t for t in doc if t.idx in set(line_starts(PAGE))]
    assert len(cut) == 4 and all(t.is_sent_start and not doc[t.i - 1].is_sent_start for t in cut)


def test_the_component_leaves_wrapped_prose_to_the_splitter():
    nlp = spacy.blank("pt")
    nlp.add_pipe("teia_lines")
    doc = nlp(WRAPPED)
    assert not any(t.is_sent_start for t in doc[1:])
    empty = nlp(Doc(nlp.vocab, words=[]))
    assert len(empty) == 0


# a poem quoted between two paragraphs of one-line prose: every line opens with a capital and
# several end with no punctuation, in the middle of a sentence
POEM = (
    "O poeta deixou sobre a mesa, antes de partir para a fazenda, uns versos que a família guardou por muitos anos.\n"
    "Ora do fuste, ora da ogiva\n"
    "Sair parece;\n"
    "Ora o velho deus esquece\n"
    "A sua crença.\n"
    "Ninguém soube dizer a quem os tinha escrito, nem em que noite os copiara no caderno de capa verde.\n"
)

# the control: the same short lines with no comma or semicolon at their ends, a menu
MENU = (
    "O poeta deixou sobre a mesa, antes de partir para a fazenda, uns versos que a família guardou por muitos anos.\n"
    "Ora do fuste\n"
    "Sair parece\n"
    "Ora o velho deus esquece\n"
    "A sua crença\n"
    "Ninguém soube dizer a quem os tinha escrito, nem em que noite os copiara no caderno de capa verde.\n"
)


def test_lines_of_verse_start_no_sentence():
    assert starts_of(POEM) == []


def test_short_lines_without_a_comma_or_semicolon_at_their_ends_are_cut():
    assert starts_of(MENU) == ["Sair", "Ora", "A", "Ninguém"]


def test_a_heading_before_verse_is_cut_from_it():
    # a heading in capitals is no line of verse: the poem's first line starts a sentence
    text = "A CAROLINA\n" + POEM.split("\n", 1)[1]
    assert starts_of(text)[:1] == ["Ora"]
