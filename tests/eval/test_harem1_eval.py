"""teia.eval.harem1: the first HAREM's convention for time expressions, applied by the scorer to
teia's expressions (written sentences, the rules' own expressions)."""

from __future__ import annotations

from teia.eval.harem import SysMention
from teia.eval.harem1 import harem1_time_spans, with_harem1_times
from teia.extract.timex import find_times


def _harem1(text: str) -> list[str]:
    return [text[s:e] for t in find_times(text) for s, e in harem1_time_spans(text, t)]


def test_the_calendar_core_without_preposition_article_or_fuzzy_part():
    text = "Em 1960 e no dia 07, a fins de Outubro, às 6 horas; no início dos anos 60, no século XVII e após a década de 1960."
    assert _harem1(text) == ["1960", "07", "Outubro", "6 horas", "anos 60", "século XVII", "1960"]
    assert _harem1("Abre às 9h da manhã e fecha às 6 horas da tarde.") == ["9h", "6 horas"]


def test_an_interval_is_two_mentions():
    text = "De 21 de janeiro a 21 de fevereiro de 2003 houve aulas, e entre 1990 e 1995 também."
    assert _harem1(text) == ["21 de janeiro", "21 de fevereiro de 2003", "1990", "1995"]


def test_an_hour_range_is_its_two_hours():
    # "às" and "até às" join the two ends as "a" and "e" do (HAREM I train: "das 09:30 às 16:45 horas")
    text = "Abre das 09:30 às 16:45 horas, desde as 8 até às 20h e entre as 9 e as 18 horas."
    assert _harem1(text) == ["09:30", "16:45 horas", "8", "20h", "9", "18 horas"]


def test_no_mention_without_a_calendar_word_or_a_number():
    text = "Hoje, naquele tempo, durante três anos e todos os dias, no ano seguinte."
    assert [t.text for t in find_times(text)]  # the graph keeps them
    assert _harem1(text) == []


def test_only_our_time_expressions_are_cut_the_ner_dates_are_kept():
    text = "Em 1960, 12 de maio, Ana Lima chegou."
    times = find_times(text)
    ours = [SysMention(t.start_char, t.end_char, t.text, "TEMPO") for t in times]
    ner = SysMention(text.index("Ana"), text.index(" chegou"), "Ana Lima", "PESSOA")
    other = SysMention(0, 2, "Em", "TEMPO")  # a date of the NER, not one of our expressions
    got = with_harem1_times(text, [*ours, ner, other], times)
    assert [(m.text, m.category) for m in got] == [("1960", "TEMPO"), ("12 de maio", "TEMPO"), ("Ana Lima", "PESSOA"), ("Em", "TEMPO")]


def test_a_season_counts_capitalized_only_a_month_in_either_case():
    text = "Já está passando o verão quando a gente já está no inverno, ou vice-versa."
    assert [t.text for t in find_times(text)]  # the graph keeps them
    assert _harem1(text) == []
    assert _harem1("Vemo-nos no Verão e na Primavera, em março.") == ["Verão", "Primavera", "março"]
    assert _harem1("A coleção da primavera de 1994 saiu no inverno de 1995.") == ["1994", "1995"]


def test_a_time_of_day_and_a_part_of_the_day_joined_to_their_day_are_cut_from_it():
    # teia joins them (P57c, P59g); HAREM I marks the hour and the day's core apart and no part of the day
    text = "Em 1994, às 8 da manhã de 15 de março saiu, às 13h de ontem voltou, no dia 28 à tarde e no dia 9, à noite, também."
    assert [t.text for t in find_times(text)][1:] == [
        "às 8 da manhã de 15 de março", "às 13h de ontem", "no dia 28 à tarde", "no dia 9, à noite",
    ]
    assert _harem1(text) == ["1994", "8", "15 de março", "13h", "28", "9"]
    # a day, month and year keep their core whole
    assert _harem1("Em 15 de março de 1994 pela manhã e às 10:30 do dia 5 de maio de 1990.") == [
        "15 de março de 1994", "10:30", "5 de maio de 1990",
    ]
