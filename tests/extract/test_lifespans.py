"""The places of a lifespan bracket are places, and the name before a dated one a person's
(``teia.extract.lifespans``; the relation rule reads the same brackets: test_relations)."""

from __future__ import annotations

from teia.extract.lifespans import lifespan_bracket, lifespan_parts, lifespan_places, part_places, post_nominal
from teia.records import Mention


def _m(text: str, name: str, category: str, *, nth: int = 0, source: str = "ner", kb_id: str | None = None) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention("d", start, start + len(name), name, category, source, kb_id)


def _typed(mentions) -> list[tuple[str, str, str]]:
    return [(m.text, m.category, m.source) for m in mentions]


def test_a_birthplace_the_ner_typed_a_person_is_a_place():
    text = "Olympia Dukakis (Lowell, 20 de junho de 1931) é uma atriz."
    out = lifespan_places(text, [_m(text, "Olympia Dukakis", "PER"), _m(text, "Lowell", "PER")], "d")
    assert _typed(out) == [("Olympia Dukakis", "PER", "ner"), ("Lowell", "LOC", "rule")]


def test_a_place_the_ner_missed_or_cut_gets_a_mention():
    text = "Otto Hahn (Frankfurt am Main, 8 de março de 1879 — Göttingen, 28 de julho de 1968) foi um químico."
    out = lifespan_places(text, [_m(text, "Otto Hahn", "PER"), _m(text, "Frankfurt", "ORG")], "d")
    assert _typed(out) == [("Otto Hahn", "PER", "ner"), ("Frankfurt am Main", "LOC", "rule"), ("Göttingen", "LOC", "rule")]


def test_the_larger_places_of_a_part_are_places_too():
    text = "Willie Hall (Memphis, Tennessee, 8 de agosto de 1950) é um baterista."
    mentions = [_m(text, "Willie Hall", "PER"), _m(text, "Memphis", "LOC"), _m(text, "Tennessee", "PER")]
    out = lifespan_places(text, mentions, "d")
    assert _typed(out) == [("Willie Hall", "PER", "ner"), ("Memphis", "LOC", "ner"), ("Tennessee", "LOC", "rule")]


def test_a_part_that_is_no_name_gives_no_place():
    text = "Johann Winckelmann (Stendal, 9 de dezembro de 1717 — morreu perto de Trieste, 8 de junho de 1768) foi um arqueólogo."
    places = part_places(text, 0, text.index(" ("))
    assert [[text[a:b] for a, b in part] for part in places] == [["Stendal"], []]
    out = lifespan_places(text, [_m(text, "Johann Winckelmann", "PER")], "d")
    assert _typed(out) == [("Johann Winckelmann", "PER", "ner"), ("Stendal", "LOC", "rule")]


def test_a_linked_name_and_an_edition_are_left_alone():
    text = "Mark Bosnich (Fairfield, 13 de janeiro de 1972) jogou."
    linked = _m(text, "Fairfield", "PER", kb_id="Q1")
    assert _typed(lifespan_places(text, [_m(text, "Mark Bosnich", "PER"), linked], "d"))[1] == ("Fairfield", "PER", "ner")
    text = '"Roughing It", de Mark Twain (Signet, 1987) é um livro.'
    mentions = [_m(text, "Mark Twain", "PER"), _m(text, "Signet", "ORG")]
    assert _typed(lifespan_places(text, mentions, "d")) == [("Mark Twain", "PER", "ner"), ("Signet", "ORG", "ner")]


def test_the_name_before_a_dated_bracket_is_a_person():
    text = "Jô (Rio de Janeiro, 16 de janeiro de 1938) é um humorista."
    out = lifespan_places(text, [_m(text, "Jô", "LOC"), _m(text, "Rio de Janeiro", "LOC")], "d")
    assert _typed(out) == [("Jô", "PER", "rule"), ("Rio de Janeiro", "LOC", "ner")]


def test_not_without_a_day_nor_a_name_in_capitals():
    text = "China (Rio de Janeiro, 1950) é um cantor."
    assert _typed(lifespan_places(text, [_m(text, "China", "LOC")], "d")) == [("China", "LOC", "ner")]
    text = "Hans Meyer OBE (Bremen, 3 de maio de 1901) foi um engenheiro."
    mentions = [_m(text, "Hans Meyer", "PER"), _m(text, "OBE", "ORG"), _m(text, "Bremen", "ORG")]
    # the honour stays what it was; the bracket is Hans Meyer's, read after his name (since 26e)
    assert _typed(lifespan_places(text, mentions, "d")) == [("Hans Meyer", "PER", "ner"), ("OBE", "ORG", "ner"), ("Bremen", "LOC", "rule")]


def test_the_bracket_readers_agree():
    text = "Fernando Pessoa (Lisboa, 13 de junho de 1888 — Lisboa, 30 de novembro de 1935)"
    end = text.index(" (")
    inner = text[end + 2 : -1]
    assert [inner[a:b] for a, b in lifespan_parts(inner)] == ["Lisboa", "Lisboa"]
    assert lifespan_bracket(text, end) and lifespan_bracket(text, end, dated=True)
    assert [[text[a:b] for a, b in part] for part in part_places(text, 0, end)] == [["Lisboa"], ["Lisboa"]]
    assert part_places(text, 0, 3) is None


def test_a_dash_written_as_an_html_entity_parts_the_bracket():
    text = "Virginia Woolf (Londres, 25 de Janeiro de 1882 &mdash; Lewes, 28 de Março de 1941) foi uma escritora."
    end = text.index(" (")
    assert [[text[a:b] for a, b in part] for part in part_places(text, 0, end)] == [["Londres"], ["Lewes"]]
    text = "Carlos Gomes (Campinas, 11 de julho de 1836 &ndash; Belém, 16 de setembro de 1896) compôs."
    assert lifespan_bracket(text, text.index(" ("), dated=True)


def test_a_bracket_after_the_comma_of_an_apposition_and_a_month_without_a_day():
    text = "Dennis Coles, mais conhecido por Ghostface Killah, (Staten Island, Nova York, 9 de Maio de 1970) é um rapper."
    end = text.index(", (")
    assert [[text[a:b] for a, b in part] for part in part_places(text, 0, end)] == [["Staten Island", "Nova York"]]
    text = "Ricardo Levi (Évora, Janeiro de 1977) é um cantor."
    assert [[text[a:b] for a, b in part] for part in part_places(text, 0, text.index(" ("))] == [["Évora"]]
    # a word that is no month before the year is no date
    text = "Ricardo Levi (Évora, Europa de 1977) é um cantor."
    assert part_places(text, 0, text.index(" (")) is None


def test_a_name_before_a_comma_and_a_dated_bracket_keeps_its_type():
    # "segundo barão de Palmeiras, (Paty do Alferes, ...)": the bracket is the baron's, not the town's
    text = "João Werneck, segundo barão de Palmeiras, (Paty do Alferes, 19 de setembro de 1846) foi fazendeiro."
    out = lifespan_places(text, [_m(text, "João Werneck", "PER"), _m(text, "Palmeiras", "ORG")], "d")
    assert ("Palmeiras", "ORG", "ner") in _typed(out)


def test_a_bracket_may_give_the_date_first_and_the_place_after_it():
    text = "Glen Matlock (27 de Agosto de 1956, Paddington, Londres) é um baixista."
    end = text.index(" (")
    assert [[text[a:b] for a, b in part] for part in part_places(text, 0, end)] == [["Paddington", "Londres"]]
    text = "Horst Creutz (19 de Maio de 1915, Berlim - 15 de Dezembro de 1944, Atlântico Norte) foi um comandante."
    assert [[text[a:b] for a, b in part] for part in part_places(text, 0, text.index(" ("))] == [["Berlim"], ["Atlântico Norte"]]
    for text, place in (
        ("Larrys Mabiala (8 de Outubro de 1987 em Montfermeil, França) é um futebolista.", ["Montfermeil", "França"]),
        ("Silvia Machete (27 de Março de 1976 no Rio de Janeiro) é uma cantora.", ["Rio de Janeiro"]),
        ("Pierre-Luc Gagnon (nascido no dia 2 de maio de 1980 em Montreal, Canadá) é um skatista.", ["Montreal", "Canadá"]),
        ("José Lima (Nascido em 11 de Janeiro de 1957, em Ponte Nova) é um ex-jogador.", ["Ponte Nova"]),
    ):
        assert [[text[a:b] for a, b in part] for part in part_places(text, 0, text.index(" ("))] == [place]
    out = lifespan_places(text, [_m(text, "José Lima", "PER")], "d")
    assert _typed(out) == [("José Lima", "PER", "ner"), ("Ponte Nova", "LOC", "rule")]


def test_a_date_first_bracket_needs_a_full_date_and_types_no_name_a_person():
    # "(1987, Paris)": no day nor month, no lifespan; "(3 de março de 2000, Lisboa)" after a
    # film's name dates the film: the name keeps its type
    text = "Lúcia Reis (1987, Paris) é uma pintora."
    assert part_places(text, 0, text.index(" (")) is None
    text = "Cidade Nova (3 de março de 2000, Lisboa) foi exibido."
    assert not lifespan_bracket(text, text.index(" ("), dated=True)
    assert _typed(lifespan_places(text, [_m(text, "Cidade Nova", "MISC")], "d")) == [("Cidade Nova", "MISC", "ner")]


def test_the_ways_encyclopedias_write_a_lifespan_bracket():
    # brackets of Wikipedia's first sentences the reader left unread (issue 20, WP 10200-12000 and
    # 42500-45000 of statement_dump's order): a doubled dash, a semicolon, a space or "em"
    # before the date, a year without its "de", "1°", a link after a date, a death left open
    for text, places in (
        ("Guido Masetti (Verona, 22 de Novembro de 1907 –– Roma, 27 de Novembro de 1993) foi um futebolista.", [["Verona"], ["Roma"]]),
        ("Ana Sá (Salvador, 2 de junho de 1855 — Rio de Janeiro 10 de novembro de 1935), foi engenheira.", [["Salvador"], ["Rio de Janeiro"]]),
        ("José Canalejas (Ferrol; 31 de julho de 1854 — Madrid; 1912) foi um advogado.", [["Ferrol"], ["Madrid"]]),
        ("Julie Delpy (Paris; 21 de dezembro de 1969) é atriz.", [["Paris"]]),
        ("Eduardo Semerjian (São Paulo, SP, em 11 de setembro de 1965) é ator.", [["São Paulo", "SP"]]),
        ("Giuseppe Lampedusa (Palermo, 23 de dezembro 1896 &mdash; Roma, 23 de Julho 1957) foi um escritor.", [["Palermo"], ["Roma"]]),
        ("Washington Cerqueira (Brasília, 1° de abril de 1975), é um futebolista.", [["Brasília"]]),
        ("Paulo Moura (São José do Rio Preto, 15 de julho de 1932 [URLTOKEN Biografia] - Rio de Janeiro, 12 de Julho de 2010) foi um compositor.", [["São José do Rio Preto"], ["Rio de Janeiro"]]),
        ("Francis Byrne (Xangai, 1934 - ) é um historiador.", [["Xangai"], []]),
        ("Ernesto Sales (Lamego, 1864 -?) foi um sacerdote.", [["Lamego"], []]),
        ("Hermann Menschen (Landau, 20 de agosto de 1876 - ?) foi um arquiteto.", [["Landau"], []]),
        ("Raimundo Dequinha (Mossoró,19 de março de 1929- Aracaju, 23 de Julho de 1997) foi futebolista.", [["Mossoró"], ["Aracaju"]]),
    ):
        end = text.index(" (")
        assert [[text[a:b] for a, b in part] for part in part_places(text, 0, end)] == places, text
        assert lifespan_bracket(text, end)
    # still no lifespan: three dashes, a place without a date, an open start
    for text in ("Alonso Alvarado (Secadura - Voto , Espanha, 1500 - Lima, Peru, 1556) foi.", "Jesús Franco (Madrid) é um cineasta.", "Ana Luz ( - Lisboa, 1990) foi."):
        assert part_places(text, 0, text.index(" (")) is None, text


def test_a_bracket_after_honours_letters_dates_the_person_before_them():
    # "Rebecca Adlington, OBE (Mansfield, ...)": the places are the person's, the letters no one's
    text = "Rebecca Adlington, OBE (Mansfield, Nottinghamshire, 17 de fevereiro de 1989) é uma nadadora."
    end = text.index(", OBE")
    assert [[text[a:b] for a, b in part] for part in part_places(text, 0, end)] == [["Mansfield", "Nottinghamshire"]]
    assert lifespan_bracket(text, end)
    obe = text.index("OBE")
    assert post_nominal(text, obe, obe + 3)
    out = lifespan_places(text, [_m(text, "Rebecca Adlington", "PER"), _m(text, "OBE", "PER"), _m(text, "Mansfield", "ORG")], "d")
    assert _typed(out) == [("Rebecca Adlington", "PER", "ner"), ("OBE", "PER", "ner"), ("Mansfield", "LOC", "rule"), ("Nottinghamshire", "LOC", "rule")]
    text = "Stanley Tucci, Jr. (Peekskill, 11 de novembro de 1960), é um ator."
    assert [[text[a:b] for a, b in part] for part in part_places(text, 0, text.index(", Jr."))] == [["Peekskill"]]
    assert post_nominal(text, text.index("Jr."), text.index("Jr.") + 3)
    # a nickname in capitals after "como" is the person's other name, not an honour
    text = "Robert Diggs, mais conhecido como RZA, (Brownsville, 5 de Julho de 1969), é um rapper."
    rza = text.index("RZA")
    assert not post_nominal(text, rza, rza + 3)


def test_a_place_written_as_its_wikipedia_title_keeps_its_bracket():
    # issue 17 (26a): "Lexington (Kentucky)", the link's text, made the bracket no lifespan
    text = "Thomas Hunt Morgan (Lexington (Kentucky), 25 de Setembro de 1866 — Pasadena, 4 de Dezembro de 1945) foi um zoólogo."
    end = text.index(" (")
    assert lifespan_bracket(text, end, dated=True)
    assert [[text[a:b] for a, b in part] for part in part_places(text, 0, end)] == [["Lexington", "Kentucky"], ["Pasadena"]]
    text = "Franz Reuleaux (Eschweiler (Renânia), 30 de setembro de 1829 — Charlottenburg, 20 de agosto de 1905) foi engenheiro."
    out = lifespan_places(text, [_m(text, "Franz Reuleaux", "PER"), _m(text, "Renânia", "LOC"), _m(text, "Charlottenburg", "LOC")], "d")
    assert _typed(out) == [
        ("Franz Reuleaux", "PER", "ner"), ("Eschweiler", "LOC", "rule"), ("Renânia", "LOC", "ner"), ("Charlottenburg", "LOC", "ner")
    ]
    # a bracket in the bracket that is no place's is still no lifespan
    text = "Ana Lima (atriz (2), 3 de maio de 1950) foi."
    assert not lifespan_bracket(text, text.index(" ("))
