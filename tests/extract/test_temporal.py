"""Portuguese temporal expressions: recognition, normalization, anchoring, spaCy component."""

from __future__ import annotations

import pytest

from teia.records import TimeExpression
from teia.extract.timex import find_times, xsd_type

# (sentence, expected surface, value, granularity, start, end, qualifier)
# start/end of None mean "same as value" (single points).
CASES = [
    # years
    ("A revolução ocorreu em 1917.", "em 1917", "1917", "year", None, None, ""),
    ("Em 1917 os bolcheviques tomaram o poder.", "Em 1917", "1917", "year", None, None, ""),
    ("Foi no ano de 1917 que tudo mudou.", "no ano de 1917", "1917", "year", None, None, ""),
    ("O ano de 1918 foi difícil.", "O ano de 1918", "1918", "year", None, None, ""),
    ("A crise de 1921 levou à NEP.", "de 1921", "1921", "year", None, None, ""),
    ("1917 foi o ano decisivo.", "1917", "1917", "year", None, None, ""),
    ("O partido existia desde 1903.", "desde 1903", "1903", "year", None, None, ""),
    ("Governou até 1924.", "até 1924", "1924", "year", None, None, ""),
    ("A paz durou a partir de 1921.", "a partir de 1921", "1921", "year", None, None, ""),
    ("Foi fundado em 1131 pelo rei.", "em 1131", "1131", "year", None, None, ""),
    ("O plano para 2008 foi aprovado.", "para 2008", "2008", "year", None, None, ""),
    # months
    ("Em janeiro de 1918 a assembleia foi dissolvida.", "Em janeiro de 1918", "1918-01", "month", None, None, ""),
    ("Em Janeiro de 1918 a assembleia foi dissolvida.", "Em Janeiro de 1918", "1918-01", "month", None, None, ""),
    ("O congresso reuniu-se em agosto de 1920.", "em agosto de 1920", "1920-08", "month", None, None, ""),
    ("A ofensiva começou em março de 1919.", "em março de 1919", "1919-03", "month", None, None, ""),
    ("O decreto de fevereiro de 1922 mudou tudo.", "de fevereiro de 1922", "1922-02", "month", None, None, ""),
    ("Houve eleições no mês de novembro de 1917.", "no mês de novembro de 1917", "1917-11", "month", None, None, ""),
    ("O preço subiu em abril/2000.", "em abril/2000", "2000-04", "month", None, None, ""),
    ("Nada mudou até dezembro.", "até dezembro", "--12", "month", None, None, ""),
    # full dates
    ("O poder foi tomado em 7 de novembro de 1917.", "em 7 de novembro de 1917", "1917-11-07", "day", None, None, ""),
    ("No 1º de maio de 1920 houve desfiles.", "No 1º de maio de 1920", "1920-05-01", "day", None, None, ""),
    ("A 1.º de maio de 1920 houve desfiles.", "A 1.º de maio de 1920", "1920-05-01", "day", None, None, ""),
    ("O tratado foi assinado a 18 de março de 1921.", "a 18 de março de 1921", "1921-03-18", "day", None, None, ""),
    ("Registado em 07/11/1917 no arquivo.", "em 07/11/1917", "1917-11-07", "day", None, None, ""),
    ("Registado em 7.11.1917 no arquivo.", "em 7.11.1917", "1917-11-07", "day", None, None, ""),
    ("Data de registo: 1917-11-07.", "1917-11-07", "1917-11-07", "day", None, None, ""),
    ("Nasceu no dia 22 de abril de 1870.", "no dia 22 de abril de 1870", "1870-04-22", "day", None, None, ""),
    ("Morreu a 21 de Janeiro de 1924.", "a 21 de Janeiro de 1924", "1924-01-21", "day", None, None, ""),
    ("A portaria de 2 de Janeiro estabelece regras.", "de 2 de Janeiro", "--01-02", "day", None, None, ""),
    ("O prazo vai até 16/4 para todos.", "até 16/4", "--04-16", "day", None, None, ""),
    ("Assinado em 12/Julho/2007 em Lisboa.", "em 12/Julho/2007", "2007-07-12", "day", None, None, ""),
    # ranges
    ("A guerra durou de 1919 a 1921.", "de 1919 a 1921", "1919/1921", "year", "1919", "1921", ""),
    ("A guerra (1919-1921) terminou em Riga.", "1919-1921", "1919/1921", "year", "1919", "1921", ""),
    ("A guerra (1919–1921) terminou em Riga.", "1919–1921", "1919/1921", "year", "1919", "1921", ""),
    ("A guerra (1914-18) devastou a Europa.", "1914-18", "1914/1918", "year", "1914", "1918", ""),
    ("Combateram entre 1919 e 1921.", "entre 1919 e 1921", "1919/1921", "year", "1919", "1921", ""),
    ("A temporada 2003/2004 correu bem.", "2003/2004", "2003/2004", "year", "2003", "2004", ""),
    ("A temporada 1893/94 correu bem.", "1893/94", "1893/1894", "year", "1893", "1894", ""),
    (
        "A batalha travou-se entre 13 e 25 de agosto de 1920.",
        "entre 13 e 25 de agosto de 1920",
        "1920-08-13/1920-08-25",
        "day",
        "1920-08-13",
        "1920-08-25",
        "",
    ),
    (
        "O cerco durou de 3 de março a 12 de abril de 1921.",
        "de 3 de março a 12 de abril de 1921",
        "1921-03-03/1921-04-12",
        "day",
        "1921-03-03",
        "1921-04-12",
        "",
    ),
    ("A revolta durou de março a maio de 1921.", "de março a maio de 1921", "1921-03/1921-05", "month", "1921-03", "1921-05", ""),
    (
        "O governo existiu de março de 1920 a maio de 1921.",
        "de março de 1920 a maio de 1921",
        "1920-03/1921-05",
        "month",
        "1920-03",
        "1921-05",
        "",
    ),
    # decades and centuries
    ("A economia cresceu durante a década de 1920.", "durante a década de 1920", "1920/1929", "decade", "1920", "1929", ""),
    ("Foi a década de 1920 que o mudou.", "a década de 1920", "1920/1929", "decade", "1920", "1929", ""),
    ("Nos anos 20 a cidade cresceu.", "Nos anos 20", "1920/1929", "decade", "1920", "1929", ""),
    ("Recordou os anos 1920 com saudade.", "os anos 1920", "1920/1929", "decade", "1920", "1929", ""),
    ("A música dos anos 30 era outra.", "dos anos 30", "1930/1939", "decade", "1930", "1939", ""),
    ("Era moda nos anos vinte.", "nos anos vinte", "1920/1929", "decade", "1920", "1929", ""),
    ("No século XX houve duas guerras mundiais.", "No século XX", "1901/2000", "century", "1901", "2000", ""),
    ("Viveu no século XIX em Paris.", "no século XIX", "1801/1900", "century", "1801", "1900", ""),
    ("Foi construído no séc. XVI pelos monges.", "no séc. XVI", "1501/1600", "century", "1501", "1600", ""),
    ("A vila cresceu no séc.XIX com o café.", "no séc.XIX", "1801/1900", "century", "1801", "1900", ""),
    ("Há ruínas do séc.12 no morro.", "do séc.12", "1101/1200", "century", "1101", "1200", ""),
    ("Os desafios do século vinte e um são outros.", "do século vinte e um", "2001/2100", "century", "2001", "2100", ""),
    # fuzzy parts
    ("Mudou-se no início do século XX.", "no início do século XX", "1901/2000", "century", "1901", "2000", "early"),
    ("Ruiu nos finais do século XIX.", "nos finais do século XIX", "1801/1900", "century", "1801", "1900", "late"),
    (
        "A arte floresceu em meados da década de 1920.",
        "em meados da década de 1920",
        "1920/1929",
        "decade",
        "1920",
        "1929",
        "mid",
    ),
    ("A fome chegou no fim de 1920.", "no fim de 1920", "1920", "year", None, None, "late"),
    ("A fome chegou no final de 1920.", "no final de 1920", "1920", "year", None, None, "late"),
    ("A revolta estalou no início de 1921.", "no início de 1921", "1921", "year", None, None, "early"),
    ("A revolta estalou no começo de 1921.", "no começo de 1921", "1921", "year", None, None, "early"),
    ("O exército recuou em fins de 1920.", "em fins de 1920", "1920", "year", None, None, "late"),
    ("O exército recuou em meados de 1920.", "em meados de 1920", "1920", "year", None, None, "mid"),
    ("A cidade tinha sido fundada por volta de 1920.", "por volta de 1920", "1920", "year", None, None, "approx"),
    ("Chegou no início de janeiro de 1918.", "no início de janeiro de 1918", "1918-01", "month", None, None, "early"),
    (
        "Cresceu na primeira metade do século XX.",
        "na primeira metade do século XX",
        "1901/2000",
        "century",
        "1901",
        "2000",
        "early",
    ),
    # seasons (northern meteorological)
    ("O ataque veio no inverno de 1920.", "no inverno de 1920", "1919-12/1920-02", "season", "1919-12", "1920-02", ""),
    ("Na primavera de 1919 o exército avançou.", "Na primavera de 1919", "1919-03/1919-05", "season", "1919-03", "1919-05", ""),
    ("No verão de 1920 chegaram a Varsóvia.", "No verão de 1920", "1920-06/1920-08", "season", "1920-06", "1920-08", ""),
    ("No outono de 1918 a guerra acabou.", "No outono de 1918", "1918-09/1918-11", "season", "1918-09", "1918-11", ""),
    # old-calendar notes
    (
        "na noite de 25 de outubro (7 de novembro no calendário gregoriano) de 1917.",
        "na noite de 25 de outubro (7 de novembro no calendário gregoriano) de 1917",
        "1917-11-07",
        "day",
        None,
        None,
        "",
    ),
    (
        "em 7 de novembro (25 de outubro pelo calendário juliano) de 1917.",
        "em 7 de novembro (25 de outubro pelo calendário juliano) de 1917",
        "1917-11-07",
        "day",
        None,
        None,
        "",
    ),
    (
        "a 25 de outubro de 1917 (pelo calendário antigo) caiu o governo.",
        "a 25 de outubro de 1917 (pelo calendário antigo)",
        "1917-11-07",
        "day",
        None,
        None,
        "",
    ),
    # a text without accents, and three-letter months between a day and a year (issue 17)
    ("Nasceu no dia 20 de marco de 1943 em Braga.", "no dia 20 de marco de 1943", "1943-03-20", "day", None, None, ""),
    ("A sede abriu em marco de 1990.", "em marco de 1990", "1990-03", "month", None, None, ""),
    ("Atualizado em 07 Jan 2000 pela redação.", "em 07 Jan 2000", "2000-01-07", "day", None, None, ""),
    ("O prazo acabou a 3 fev. 1999.", "a 3 fev. 1999", "1999-02-03", "day", None, None, ""),
    ("Publicado 12-Dez-2003.", "12-Dez-2003", "2003-12-12", "day", None, None, ""),
    ("Na edição de Out/2001 saiu a entrevista.", "de Out/2001", "2001-10", "month", None, None, ""),
    # years of an era, years before 1000 after "ano" (issue 17)
    ("As relíquias chegaram em 828 d.C. a Veneza.", "em 828 d.C.", "0828", "year", None, None, ""),
    ("Roma caiu no ano 476.", "no ano 476", "0476", "year", None, None, ""),
    ("Reinou desde o início do ano 800.", "desde o início do ano 800", "0800", "year", None, None, "early"),
    # lists of decades and centuries under one head (issue 17, P53c): one interval when the items
    # follow one another or the list is a range
    ("Foi entre as décadas de 40 a 60.", "entre as décadas de 40 a 60", "1940/1969", "decade", "1940", "1969", ""),
    ("Agitou a cidade nos anos 70 e 80.", "nos anos 70 e 80", "1970/1989", "decade", "1970", "1989", ""),
    ("Expôs nos anos 30, 40 e 50.", "nos anos 30, 40 e 50", "1930/1959", "decade", "1930", "1959", ""),
    ("Cresceu nos anos 1980 e 1990.", "nos anos 1980 e 1990", "1980/1999", "decade", "1980", "1999", ""),
    ("Na década de 80 e 90 cresceu.", "Na década de 80 e 90", "1980/1999", "decade", "1980", "1999", ""),
    ("Publicou nas décadas de 70 e 80.", "nas décadas de 70 e 80", "1970/1989", "decade", "1970", "1989", ""),
    ("Obras dos séculos 19 e 20.", "dos séculos 19 e 20", "1801/2000", "century", "1801", "2000", ""),
    ("Viveu entre os séculos XV e XVI.", "entre os séculos XV e XVI", "1401/1600", "century", "1401", "1600", ""),
    ("Escritores do século 17 e 18 liam Lucrécio.", "do século 17 e 18", "1601/1800", "century", "1601", "1800", ""),
    # a semester, quarter or four-month part of a year: the months it covers
    ("Lucrou no primeiro semestre de 1994.", "no primeiro semestre de 1994", "1994-01/1994-06", "month", "1994-01", "1994-06", ""),
    ("Cresceu no 2º semestre de 2007.", "no 2º semestre de 2007", "2007-07/2007-12", "month", "2007-07", "2007-12", ""),
    ("Perdeu no último trimestre de 1993.", "no último trimestre de 1993", "1993-10/1993-12", "month", "1993-10", "1993-12", ""),
    ("Abriu no 3.º trimestre de 2001.", "no 3.º trimestre de 2001", "2001-07/2001-09", "month", "2001-07", "2001-09", ""),
    ("Jogou no primeiro semestre do ano de 2005.", "no primeiro semestre do ano de 2005", "2005-01/2005-06", "month", "2005-01", "2005-06", ""),
    ("Subiu no segundo quadrimestre de 1990.", "no segundo quadrimestre de 1990", "1990-05/1990-08", "month", "1990-05", "1990-08", ""),
    ("Caiu no início do segundo semestre de 1994.", "no início do segundo semestre de 1994", "1994-07/1994-12", "month", "1994-07", "1994-12", "early"),
]


@pytest.mark.parametrize("sentence,surface,value,granularity,start,end,qualifier", CASES)
def test_expression(sentence, surface, value, granularity, start, end, qualifier):
    dates = [t for t in find_times(sentence, "d") if t.kind == "date"]
    assert dates, f"nothing found in {sentence!r}"
    t = dates[0]
    assert t.text == surface
    assert sentence[t.start_char:t.end_char] == surface
    assert t.value == value
    assert t.granularity == granularity
    assert t.start == (value if start is None else start)
    assert t.end == (value if end is None else end)
    assert t.qualifier == qualifier
    assert t.normalized
    assert t.doc_id == "d"


def test_case_count():
    assert len(CASES) + len(NEGATIVES) + len(OTHER_KINDS) >= 70


NEGATIVES = [
    "Morreram 1917 homens na batalha.",
    "Morreram cerca de 1917 soldados na batalha.",
    "Ver a página 1920 do volume.",
    "Ver p. 1918 e seguintes.",
    "A frente tinha 1.920 km de extensão.",
    "Eram 3000 soldados.",
    "O ano 2150 ainda não chegou.",
    "O número 999 é pequeno.",
    "O artigo 1919 do código civil.",
    "Custou R$ 1920 ao governo.",
    "A lei 1918/2004 foi revogada.",
    "Subiu 1917% num mês.",
    "Tinha 20 anos de idade.",
    "A Revolução de Fevereiro derrubou o czar.",
    "Tomaram o Palácio de Inverno.",
    "Vivia na casa 1915 da avenida.",
    "Ele recebia às duas irmãs em casa.",
    "O mar tem 2000 metros de fundo.",
    "Leia o capítulo 8 da manhã.",
    "No ano 300 km foram andados.",
    "Depois de três anos de 365 dias vem um ano de 366 dias.",
    "A taxa de juros ficou em 45. O time venceu em 90 minutos.",
    "Eram de 40 a 50 pessoas, de 40 a 50 por cento, de 40 a 50 km.",
    "Os preços subiram em 45, 50 e 60 por cento; o jogo terminou em 2 a 1.",
    "O encontro foi em 10/11 na sala, até 12, em 25.",
    "O queniano venceu a maratona em 2:08:45 e bateu o recorde.",
    # decades read as a decade list below, never as two-digit years (P48c's refusal)
    "Tinha entre 20 e 30 anos; crianças de 10 e 20 anos.",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_not_a_date(sentence):
    assert [t for t in find_times(sentence) if t.kind == "date"] == []


# (sentence, expected surface, kind)
OTHER_KINDS = [
    ("A guerra civil durou durante três anos.", "durante três anos", "duration"),
    ("O cerco durou por 133 dias.", "por 133 dias", "duration"),
    ("Viveu ali há seis meses.", "há seis meses", "duration"),
    ("Esteve preso pelo período de 12 anos.", "pelo período de 12 anos", "duration"),
    ("Choveu por todo o dia.", "por todo o dia", "duration"),
    ("O congresso reunia-se todos os anos.", "todos os anos", "frequency"),
    ("O congresso reunia-se anualmente.", "anualmente", "frequency"),
    ("Diariamente chegavam comboios.", "Diariamente", "frequency"),
    ("Algumas vezes o comité recusava.", "Algumas vezes", "frequency"),
    ("Reuniam-se duas vezes por semana.", "duas vezes por semana", "frequency"),
    # weekdays in the plural and ranges of weekdays, a weekly habit (issue 17, P53c)
    ("A missa é aos domingos.", "aos domingos", "frequency"),
    ("O jornal sai às segundas-feiras.", "às segundas-feiras", "frequency"),
    ("Ele escreve às terças, quintas e sábados.", "às terças, quintas e sábados", "frequency"),
    ("Corre aos sábados, domingos, segundas e quartas.", "aos sábados, domingos, segundas e quartas", "frequency"),
    ("Toca todas as segundas e terças-feiras.", "todas as segundas e terças-feiras", "frequency"),
    ("Publica anúncios todas as quintas-feiras.", "todas as quintas-feiras", "frequency"),
    ("A loja abre de segunda a sexta-feira.", "de segunda a sexta-feira", "frequency"),
    ("O museu abre de terça a domingo.", "de terça a domingo", "frequency"),
    ("As aulas são das segundas às sextas feiras.", "das segundas às sextas feiras", "frequency"),
]


@pytest.mark.parametrize("sentence,surface,kind", OTHER_KINDS)
def test_durations_and_frequencies(sentence, surface, kind):
    found = find_times(sentence)
    assert [(t.text, t.kind) for t in found] == [(surface, kind)]
    t = found[0]
    assert t.value == "" and not t.normalized
    assert sentence[t.start_char:t.end_char] == surface


def test_lists_of_decades_or_centuries_apart_or_backwards_keep_their_text_only():
    for sentence, surface in (
        ("Agitaram a capital nos anos 60 e 80, respectivamente.", "nos anos 60 e 80"),
        ("Nasceu nos anos 70 ou 80.", "nos anos 70 ou 80"),
        ("A obra data de algum momento entre os séculos 5 e 4.", "entre os séculos 5 e 4"),
        ("Vasos dos séculos 3 e 4 a.C. chegaram.", "dos séculos 3 e 4 a.C."),
    ):
        assert [(t.text, t.kind, t.value, t.normalized) for t in find_times(sentence)] == [(surface, "date", "", False)]


def test_a_plural_weekday_alone_without_feiras_and_a_range_of_weekdays_said_once_are_no_habit():
    # "quartas" alone: the quarter-finals
    for sentence in ("O time disputa vaga nas quartas Domingo.", "Caiu nas quartas-de-final.", "Perdeu nas quartas de final."):
        assert [t for t in find_times(sentence) if t.kind == "frequency"] == []
    # a range of weekdays of a given week happens once
    found = find_times("Treinam de terça a quinta-feira da semana que vem.")
    assert [t.kind for t in found if "terça" in t.text] == []
    assert not any(t.kind == "frequency" for t in found)
    # plural weekdays before the month they fall in are still a habit
    found = find_times("Acontece todas as terças e quintas-feiras do mês de julho.")
    assert [(t.text, t.kind) for t in found][0] == ("todas as terças e quintas-feiras", "frequency")


def test_offsets_on_a_paragraph():
    text = (
        "A Revolução de Outubro começou em 25 de outubro de 1917. No ano seguinte, a guerra civil "
        "alastrou; entre 1919 e 1921 o país viveu sob o comunismo de guerra. Morreram 1917 homens "
        "num só dia, segundo a página 1920 do relatório. Em março de 1921 veio a NEP."
    )
    found = find_times(text, "doc")
    assert [t.text for t in found] == [
        "em 25 de outubro de 1917",
        "No ano seguinte",
        "entre 1919 e 1921",
        "Em março de 1921",
    ]
    for t in found:
        assert text[t.start_char:t.end_char] == t.text
        assert isinstance(t, TimeExpression)
    assert [t.start_char for t in found] == sorted(t.start_char for t in found)


# --- relative expressions -------------------------------------------------------------------

RELATIVE = [
    ("no ano seguinte", "1918", "year"),
    ("no ano anterior", "1916", "year"),
    ("dois anos depois", "1919", "year"),
    ("três meses depois", "1918-02", "month"),
    ("naquele mesmo mês", "1917-11", "month"),
    ("naquele ano", "1917", "year"),
    ("no mesmo ano", "1917", "year"),
    ("no dia seguinte", "1917-11-08", "day"),
    ("um dia antes", "1917-11-06", "day"),
    ("na véspera", "1917-11-06", "day"),
    ("em dezembro", "1917-12", "month"),
    ("no dia 10", "1917-11-10", "day"),
]


@pytest.mark.parametrize("phrase,value,granularity", RELATIVE)
def test_relative_anchored(phrase, value, granularity):
    text = f"Os bolcheviques tomaram o poder em 7 de novembro de 1917. Depois, {phrase}, tudo mudou."
    found = find_times(text)
    assert found[0].text == "em 7 de novembro de 1917"
    rel = found[1]
    assert rel.text.lower() == phrase
    assert rel.relative and rel.normalized
    assert rel.anchor == "em 7 de novembro de 1917"
    assert (rel.value, rel.granularity) == (value, granularity)


def test_relative_next_week_is_an_interval():
    found = find_times("A greve começou a 7 de novembro de 1917; na semana seguinte acabou.")
    week = found[1]
    assert week.value == "1917-11-12/1917-11-18"
    assert (week.start, week.end) == ("1917-11-12", "1917-11-18")


WINDOWS = [
    # (anchor sentence, window phrase, value, granularity)
    ("A greve geral começou em 28 de maio de 1905.", "Nos dias seguintes", "1905-05-29/1905-06-04", "day"),
    ("A greve geral começou em 28 de maio de 1905.", "Nos dias anteriores", "1905-05-21/1905-05-27", "day"),
    ("O porto foi bloqueado em 3 de novembro de 1912.", "Nas semanas seguintes", "1912-11/1912-12", "month"),
    ("O porto foi bloqueado em 3 de novembro de 1912.", "Nas semanas anteriores", "1912-09/1912-11", "month"),
    ("O congresso reuniu-se entre 2 e 9 de junho de 1931.", "Nas semanas seguintes", "1931-06/1931-07", "month"),
    ("A cheia do rio veio em outubro de 1876.", "Nas semanas seguintes", "1876-11/1876-12", "month"),
    ("A cheia do rio veio em outubro de 1876.", "Nos meses seguintes", "1876-11/1877-01", "month"),
    ("A cheia do rio veio em outubro de 1876.", "Nos meses anteriores", "1876-07/1876-09", "month"),
    ("A colheita falhou no verão de 1891.", "Nos meses seguintes", "1891-09/1891-11", "month"),
]


@pytest.mark.parametrize("anchor,phrase,value,granularity", WINDOWS)
def test_relative_window_after_or_before_the_anchor(anchor, phrase, value, granularity):
    found = find_times(f"{anchor} {phrase}, a fome espalhou-se pelas aldeias.")
    assert len(found) == 2
    t = found[1]
    assert t.text == phrase
    assert t.relative and t.normalized and t.qualifier == "approx"
    assert t.anchor == found[0].text
    assert (t.value, t.granularity) == (value, granularity)
    assert t.value == f"{t.start}/{t.end}" or t.value == t.start == t.end


def test_relative_window_needs_a_fine_enough_anchor():
    found = find_times("Em 1912 o porto foi bloqueado. Nas semanas seguintes, e nos dias seguintes, nada chegou.")
    assert [t.text for t in found] == ["Em 1912", "Nas semanas seguintes", "nos dias seguintes"]
    for t in found[1:]:
        assert t.relative and not t.normalized and t.value == "" and t.anchor == "Em 1912"
    in_month = find_times("Em outubro de 1876 veio a cheia. Nos dias seguintes choveu.")[1]
    assert not in_month.normalized  # which days of October is unknown


def test_relative_window_does_not_anchor_later_expressions():
    found = find_times("A cheia veio em 12 de outubro de 1876. Nas semanas seguintes choveu; no dia seguinte parou.")
    assert found[2].anchor == "em 12 de outubro de 1876" and found[2].value == "1876-10-13"


def test_vague_years_after_are_not_normalized():
    found = find_times("Em 1903 fundou-se o jornal. Nos anos seguintes viveu no exílio.")
    assert found[1].relative and not found[1].normalized and found[1].anchor == "Em 1903"


def test_relative_uses_the_nearest_previous_anchor():
    found = find_times("Em 1905 houve greves. Em 1917 caiu o czar. No ano seguinte assinou-se a paz.")
    assert found[-1].anchor == "Em 1917" and found[-1].value == "1918"


def test_relative_after_a_range_counts_from_its_end():
    found = find_times("A guerra durou de 1919 a 1921. No ano seguinte fundou-se a URSS.")
    assert found[-1].value == "1922"


def test_relative_without_anchor_is_not_normalized():
    found = find_times("No ano seguinte a guerra acabou, e dois anos depois veio a paz.")
    assert len(found) == 2
    for t in found:
        assert t.relative and not t.normalized
        assert t.value == t.start == t.end == "" and t.anchor == ""


def test_relative_too_coarse_anchor_is_not_normalized():
    found = find_times("Em 1917 houve a revolução. No dia seguinte nada mudou.")
    t = found[1]
    assert t.relative and not t.normalized and t.anchor == "Em 1917"


def test_relative_to_an_event_is_not_normalized():
    found = find_times("Em 1917 houve a revolução. Dois anos depois da revolução veio a fome.")
    assert not found[1].normalized


def test_deictic_expressions():
    found = find_times("Em 1917 houve a revolução. Hoje, no ano passado e amanhã nada se sabe.")
    deictic = found[1:]
    assert [t.text for t in deictic] == ["Hoje", "no ano passado", "amanhã"]
    for t in deictic:
        assert t.relative and not t.normalized and t.note == "deictic" and t.anchor == ""


def test_implicit_month_without_anchor_keeps_a_partial_value():
    t = find_times("Em setembro os bolcheviques ganharam a maioria.")[0]
    assert (t.value, t.granularity, t.relative) == ("--09", "month", False)


def test_times_of_day_are_detected_but_not_normalized():
    found = find_times("Abre às 19h30 e fecha às três da manhã.")
    assert [t.text for t in found] == ["às 19h30", "às três da manhã"]
    assert all(t.kind == "date" and not t.normalized for t in found)


def test_times_of_day_with_the_part_of_the_day():
    found = find_times("Abre às 8 da manhã, fecha às 11h da noite e reabre às 6 horas da tarde.")
    assert [t.text for t in found] == ["às 8 da manhã", "às 11h da noite", "às 6 horas da tarde"]
    assert all(t.kind == "date" and not t.normalized for t in found)


def test_a_month_with_a_two_digit_year_takes_the_anchor_s_century():
    found = find_times("Em 1994 o governo lembrou agosto de 93, o dia 5 de agosto de 93, julho/99 e março de 05.")
    assert [(t.text, t.value, t.relative) for t in found] == [
        ("Em 1994", "1994", False),
        ("agosto de 93", "1993-08", True),
        ("o dia 5 de agosto de 93", "1993-08-05", True),
        ("julho/99", "1999-07", True),
        ("março de 05", "2005-03", True),
    ]
    assert found[1].anchor == "Em 1994"


def test_a_part_of_a_year_with_a_two_digit_year_takes_the_anchor_s_century():
    found = find_times("Em 1994 a empresa lucrou, mas perdeu no segundo semestre de 93 e no 1º trimestre de 95 em vendas.")
    assert [(t.text, t.value, t.granularity) for t in found] == [
        ("Em 1994", "1994", "year"),
        ("no segundo semestre de 93", "1993-07/1993-12", "month"),
        ("no 1º trimestre de 95", "1995-01/1995-03", "month"),
    ]
    assert found[1].anchor == "Em 1994"


def test_no_part_of_a_year_past_its_count_nor_before_a_count_s_noun():
    # a fourth semester is a course's term; "de 94 alunos" counts pupils
    assert [t.text for t in find_times("Cursa o quarto semestre de 2003.")] == ["de 2003"]
    assert find_times("Havia no primeiro semestre de 94 alunos.") == []


def test_a_part_of_the_day_alone_is_a_time_of_day():
    text = ("Retornou à noite; de manhã visitou a fábrica, pela manhã a escola e de madrugada o porto. "
            "No fim da tarde, até o início da noite, durante a noite e nas primeiras horas da manhã choveu.")
    found = find_times(text)
    assert [(t.text, t.kind, t.normalized, t.qualifier) for t in found] == [
        ("à noite", "date", False, ""), ("de manhã", "date", False, ""), ("pela manhã", "date", False, ""),
        ("de madrugada", "date", False, ""), ("No fim da tarde", "date", False, "late"),
        ("até o início da noite", "date", False, "early"), ("durante a noite", "date", False, ""),
        ("nas primeiras horas da manhã", "date", False, ""),
    ]
    # the night as a noun, a title's words, the night all through (a duration)
    assert find_times("Passaram a noite na noite paulista.") == []
    assert find_times("Leu Educação pela Noite e Viagem ao Fim da Noite.") == []
    assert [(t.text, t.kind) for t in find_times("Dormiu durante a noite toda.")] == [("a noite toda", "duration")]


def test_a_part_of_the_day_before_its_day_is_that_day():
    found = find_times("Morreu na noite de 3 de novembro de 1914; o jogo, na madrugada do último sábado.")
    assert [(t.text, t.value, t.note) for t in found] == [
        ("na noite de 3 de novembro de 1914", "1914-11-03", ""), ("na madrugada do último sábado", "", "deictic"),
    ]
    found = find_times("Em março de 1994 houve greve; até o fim da tarde do dia 31 ninguém voltou.")
    assert [(t.text, t.value) for t in found] == [("Em março de 1994", "1994-03"), ("até o fim da tarde do dia 31", "1994-03-31")]
    # a time of day with its part of the day goes in whole (P59g); a part of the day before no date stays alone
    assert [t.text for t in find_times("às 8 da manhã de 15 de março")] == ["às 8 da manhã de 15 de março"]
    assert [t.text for t in find_times("Saiu no fim da tarde do jogo.")] == ["no fim da tarde"]


def test_a_part_of_the_day_after_its_day_is_that_day():
    found = find_times("Em março de 1994 houve greve; no dia 28 à tarde voltou, em 3 de maio de 1994 pela manhã saiu.")
    assert [(t.text, t.value) for t in found] == [
        ("Em março de 1994", "1994-03"), ("no dia 28 à tarde", "1994-03-28"), ("em 3 de maio de 1994 pela manhã", "1994-05-03"),
    ]
    # after a month or a year it stays alone (after a comma it joins its day: the test below)
    assert [t.text for t in find_times("Em maio de 1994, à noite, e em 1994 de manhã.")] == [
        "Em maio de 1994", "à noite", "em 1994", "de manhã",
    ]


def test_a_part_of_the_day_after_its_day_and_a_comma_is_that_day():
    found = find_times("Em 3 de maio de 1994, à noite, saiu; no dia 9, pela manhã, voltou. Ontem, à noite, choveu.")
    assert [(t.text, t.value) for t in found] == [
        ("Em 3 de maio de 1994, à noite", "1994-05-03"), ("no dia 9, pela manhã", "1994-05-09"), ("Ontem, à noite", ""),
    ]
    assert found[2].note == "deictic"
    # the part of the day before a day opened by "de" is that day's, not the one before it
    assert [t.text for t in find_times("A reunião de hoje até o final da tarde de ontem.")] == [
        "de hoje", "até o final da tarde de ontem",
    ]
    # not after a span that is no single day
    assert [t.text for t in find_times("Hoje em dia, à noite, ninguém sai.")] == ["Hoje em dia", "à noite"]


def test_a_time_of_day_before_its_day_is_that_day():
    text = "Em março de 1994 houve greve. Às 8 da manhã de 15 de março saiu, às 9h30 do dia 16 voltou e às 17h30 do mesmo dia partiu."
    assert [(t.text, t.value) for t in find_times(text)][1:] == [
        ("Às 8 da manhã de 15 de março", "1994-03-15"), ("às 9h30 do dia 16", "1994-03-16"), ("às 17h30 do mesmo dia", "1994-03-16"),
    ]
    found = find_times("O crime ocorreu às 22h de anteontem; a estrada ficou fechada das 20h até as 4h de ontem e abre às 13h desta sexta-feira.")
    assert [(t.text, t.note) for t in found] == [
        ("às 22h de anteontem", "deictic"), ("das 20h até as 4h de ontem", "deictic"), ("às 13h desta sexta-feira", "deictic"),
    ]
    # a time of day after its day stays apart (HAREM I marks the two); nor is a place after "de" a day
    assert [t.text for t in find_times("A apuração será no dia 3 às 20h, hoje, às 10h de Lisboa.")] == [
        "no dia 3", "às 20h", "hoje", "às 10h",
    ]
    # nor a year, a month or a span after the hour
    assert [t.text for t in find_times("Abre às 10h de 1994 e às 8h do ano passado.")] == ["às 10h", "de 1994", "às 8h", "do ano passado"]


def test_midnight_as_the_24th_hour_after_its_preposition():
    text = "O bar abre das 19h às 24h, a loja das 5h00 às 24h00; fica aberto até às 24h de hoje e a partir das 24h00 fecha."
    assert [t.text for t in find_times(text)] == ["das 19h às 24h", "das 5h00 às 24h00", "até às 24h de hoje", "a partir das 24h00"]
    # a span of hours
    assert find_times("Entrega em até 24h, com 24h de antecedência; funciona 24h.") == []


def test_the_morning_after_is_the_next_day():
    found = find_times("Em 3 de maio de 1994 saiu. Na manhã seguinte voltou; na noite anterior choveu.")
    assert [(t.text, t.value) for t in found] == [
        ("Em 3 de maio de 1994", "1994-05-03"), ("Na manhã seguinte", "1994-05-04"), ("na noite anterior", "1994-05-02"),
    ]
    assert find_times("Viu A Noite Anterior no cinema.") == []


def test_noon_and_midnight_after_their_preposition():
    text = "Antes, ao meio-dia, assinou; por volta do meio-dia comeu e pela meia-noite saiu, até à meia-noite."
    assert [t.text for t in find_times(text)] == ["ao meio-dia", "por volta do meio-dia", "pela meia-noite", "até à meia-noite"]
    assert [t.text for t in find_times("Pouco após a meia-noite saiu, pouco antes do meio dia local.")] == [
        "Pouco após a meia-noite", "pouco antes do meio dia",
    ]
    # a noun's complement, a title's words, half a day
    assert find_times("Não fotografe sob o sol do meio-dia; no bloco da meia-noite.") == []
    assert find_times("A exposição Um Leão ao Meio-Dia abriu.") == []
    assert find_times("Gastou pelo meio dia de trabalho.") == []


def test_a_part_of_a_year_without_its_year():
    found = find_times("Em 1990 a empresa cresceu. No segundo semestre caiu, e no último trimestre do ano voltou a cair.")
    assert [(t.text, t.value, t.relative, t.anchor) for t in found] == [
        ("Em 1990", "1990", False, ""),
        ("No segundo semestre", "1990-07/1990-12", True, "Em 1990"),
        ("no último trimestre do ano", "1990-10/1990-12", True, "No segundo semestre"),
    ]
    # the time of writing: no value
    text = "No primeiro semestre deste ano, neste primeiro trimestre e no último semestre vendeu menos."
    assert [(t.text, t.normalized, t.note) for t in find_times(text)] == [
        ("No primeiro semestre deste ano", False, "deictic"), ("neste primeiro trimestre", False, "deictic"),
        ("no último semestre", False, "deictic"),
    ]
    found = find_times("Cresceu no primeiro bimestre de 1995 e no quinto bimestre de 1995.")
    assert [t.value for t in found] == ["1995-01/1995-02", "1995-09/1995-10"]
    # a course's term, a fiscal year
    assert find_times("Os alunos do primeiro semestre do curso.") == []
    assert [t.text for t in find_times("Caiu no primeiro semestre do ano fiscal de 2001.")] == ["de 2001"]


def test_the_weekends_are_a_weekly_habit():
    found = find_times("Abre aos fins de semana, nos fins-de-semana e todos os finais de semana; no fim de semana passado fechou.")
    assert [(t.text, t.kind) for t in found] == [
        ("aos fins de semana", "frequency"), ("nos fins-de-semana", "frequency"),
        ("todos os finais de semana", "frequency"), ("no fim de semana passado", "date"),
    ]
    assert find_times("Trabalhava em fins de semana.")[0].kind == "frequency"


def test_an_hour_range_is_one_time_of_day():
    text = ("Abre entre as 9 e as 18 horas, das 13 às 19h aos sábados, das 09:30 às 16:45 horas nos dias "
            "úteis, desde as 8 até às 20 horas aos feriados e entre as 8 e as 10 da manhã aos domingos.")
    found = [t for t in find_times(text) if t.kind == "date"]
    assert [t.text for t in found] == [
        "entre as 9 e as 18 horas", "das 13 às 19h", "das 09:30 às 16:45 horas", "desde as 8 até às 20 horas",
        "entre as 8 e as 10 da manhã",
    ]
    assert not any(t.normalized for t in found)
    # without a unit after the second number it is no hour
    assert find_times("Leu das 9 às 18 páginas.") == []


def test_the_words_that_belong_to_an_expression():
    # European "até ao", "próximo dia", "entre as", the preposition of a year range, "horas" after "02h30"
    text = ("Fica até ao fim do ano; volta no próximo dia 15, entre as 10h e as 12h; "
            "fechou em 2003/2004 e até 1919-1921, às 02h30 horas.")
    assert [t.text for t in find_times(text)] == [
        "até ao fim do ano", "no próximo dia 15", "entre as 10h e as 12h", "em 2003/2004", "até 1919-1921", "às 02h30 horas"
    ]


def test_parts_of_a_deictic_day_weekdays_and_the_weekend():
    text = ("Ontem à noite e hoje de manhã, esta manhã, na madrugada de ontem, nesta sexta-feira, "
            "na próxima segunda, no sábado passado, sábado à noite, daqui a dois anos e no fim-de-semana.")
    found = find_times(text)
    assert [t.text for t in found] == [
        "Ontem à noite", "hoje de manhã", "esta manhã", "na madrugada de ontem", "nesta sexta-feira",
        "na próxima segunda", "no sábado passado", "sábado à noite", "daqui a dois anos", "no fim-de-semana",
    ]
    assert all(t.relative and not t.normalized and t.note == "deictic" for t in found)
    # anaphoric, not deictic; and no weekday in "a segunda volta"
    assert [(t.text, t.note) for t in find_times("Nessa tarde choveu; na segunda volta ganhou.")] == [("Nessa tarde", "")]
    assert find_times("Nesta segunda fase, a última quinta da região.") == []
    assert [t.text for t in find_times("Saiu na noite de quarta-feira passada.")] == ["na noite de quarta-feira passada"]


def test_feasts_have_their_day():
    found = find_times("O Natal de 1914, a Páscoa de 2003, o Carnaval de 1990 e a véspera de Natal de 1990.")
    assert [(t.text, t.value) for t in found] == [
        ("O Natal de 1914", "1914-12-25"), ("a Páscoa de 2003", "2003-04-20"),
        ("o Carnaval de 1990", "1990-02-27"), ("a véspera de Natal de 1990", "1990-12-24"),
    ]
    # without a year: the anchor's (Easter computed for it)
    found = find_times("Em 1990, na Páscoa, rezou; no Natal, cantou.")
    assert [(t.text, t.value, t.relative) for t in found] == [
        ("Em 1990", "1990", False), ("na Páscoa", "1990-04-15", True), ("no Natal", "1990-12-25", True)
    ]
    # a city, an adjective, a metaphor
    assert find_times("Mudou-se para Natal; em Natal voltou à terra natal, o carnaval da vida.") == []
    assert find_times("Foram a Natal, a cidade do Natal, ficar no Natal Mar Hotel da Ilha da Páscoa.") == []


def test_seasons_without_a_year():
    found = find_times("Em 1994, no verão, choveu; nesse outono também, e no inverno nevou.")
    assert [(t.text, t.value) for t in found] == [
        ("Em 1994", "1994"), ("no verão", "1994-06/1994-08"), ("nesse outono", "1994-09/1994-11"), ("no inverno", "")
    ]
    assert [(t.text, t.note) for t in find_times("Neste verão e no inverno passado.")] == [
        ("Neste verão", "deictic"), ("no inverno passado", "deictic")
    ]
    assert find_times("Tomaram o Palácio do Inverno na Primavera Árabe e na primavera de Praga.") == []
    # "seguinte"/"anterior": the first such season after the anchor's end (before its start)
    found = find_times("Em novembro de 1918 chegou e, na primavera seguinte, avançou; em 1921, no verão anterior.")
    assert [(t.text, t.value) for t in found][1::2] == [("na primavera seguinte", "1919-03/1919-05"), ("no verão anterior", "1920-06/1920-08")]


def test_a_year_before_christ_keeps_its_text_only():
    found = find_times("César morreu em 44 a.C.; por volta de 500 antes de Cristo e em 1200 a.C. também.")
    assert [(t.text, t.normalized, t.granularity, t.qualifier) for t in found] == [
        ("em 44 a.C.", False, "year", ""),
        ("por volta de 500 antes de Cristo", False, "year", "approx"),
        ("em 1200 a.C.", False, "year", ""),
    ]


def test_each_year_of_a_list_after_a_dated_one():
    found = find_times("A constituição foi revista em 1865, 1871, 1874 e 1893, e de 1990, 1991 e 1992.")
    assert [t.value for t in found] == ["1865", "1871", "1874", "1893", "1990", "1991", "1992"]
    # not a list of counts, and not a list that does not start with a date
    assert [t.text for t in find_times("Morreram em 1917, 1918 e 1919 soldados.")] == ["em 1917"]
    assert [t.text for t in find_times("Foram 1917, 1918 e 1919 votos.")] == []


def test_a_two_digit_year_alone_as_an_oral_account_says_it():
    text = (
        "Nasci em 1930. Eu morei de 48 até 54 numa casa grande. Em 54 nós mudamos; morei ali até 67, "
        "e o clube angariou, em 93/94, fundos. R- Em 60. Nasceu em 17/4/24."
    )
    found = find_times(text)
    assert [(t.text, t.value, t.relative) for t in found] == [
        ("em 1930", "1930", False),
        ("de 48 até 54", "1948/1954", True),
        ("Em 54", "1954", True),
        ("até 67", "1967", True),
        ("em 93/94", "1993/1994", True),
        ("Em 60", "1960", True),
        ("17/4/24", "1924-04-17", True),
    ]
    assert found[1].granularity == found[2].granularity == "year"
    assert [(t.text, t.normalized) for t in find_times("Em 68 eu fui para Osasco.")] == [("Em 68", False)]
    roman = find_times("Em 41 d.C. Cláudio subiu ao trono; quando faleceu em 54, Nero sucedeu-lhe.")
    assert [(t.text, t.value) for t in roman] == [("Em 41 d.C.", "0041"), ("em 54", "")]
    assert [t.text for t in find_times("o imperador Cláudio (reinou de 41 a 54 d.C.)")] == ["a 54 d.C."]
    assert [t.text for t in find_times("Em 10/11 de manhã, até 30, na sala de 40 a 50 lugares, ficou em 45.")] == ["de manhã"]


def test_a_time_of_day_with_its_seconds_after_an_hour_preposition():
    found = find_times("Última alteração às 08:46:45; a maratona em 2:08:45.")
    assert [(t.text, t.kind, t.normalized) for t in found] == [("às 08:46:45", "date", False)]


def test_a_street_named_after_a_date_is_no_time():
    # MAC-MORPHO "entrar na rua 24 de Março", Wikipedia "a Ponte 25 de Abril"
    assert find_times("Mora na Rua 25 de Março, perto da rua 24 de Maio e da Ponte 25 de Abril.") == []
    assert find_times("Abriu na Av. 9 de Julho e no Largo 1º de Maio.") == []
    # the date after a street noun with its own preposition, or after a comma, is a time
    found = find_times("Chegou à rua a 25 de Março de 1990; a rua, 7 de Setembro, estava cheia.")
    assert [(t.text, t.value) for t in found] == [("a 25 de Março de 1990", "1990-03-25"), ("7 de Setembro", "1990-09-07")]


def test_a_day_and_month_after_a_feminine_article_is_a_street():
    # HAREM I train: "a região da 25 de Março", the street in São Paulo; MAC-MORPHO "os corredores
    # da 23 de Maio": the article of the street noun left out, a day being masculine
    assert find_times("Abriu a loja na 25 de Março, perto da 23 de Maio, e passou pela 7 de Setembro.") == []
    # with a year, or after a preposition, a masculine article or "a", it is a date
    found = find_times("Foi na 25 de Março de 1990; voltou em 2 de Maio, no dia 3 de Junho e a 4 de Julho.")
    assert [(t.text, t.value) for t in found] == [
        ("na 25 de Março de 1990", "1990-03-25"), ("em 2 de Maio", "1990-05-02"), ("no dia 3 de Junho", "1990-06-03"), ("a 4 de Julho", "1990-07-04")
    ]


def test_marco_without_its_accent_is_a_month_only_with_a_day_or_after_em():
    found = find_times("O marco de 1990 foi a constituição; em marco de 1991 e a 2 de marco houve eleições.")
    assert [(t.text, t.value) for t in found] == [("de 1990", "1990"), ("em marco de 1991", "1991-03"), ("a 2 de marco", "1991-03-02")]


def test_a_month_with_a_two_digit_year_and_no_anchor_keeps_its_text_only():
    found = find_times("Em agosto de 93 houve greve; em maio de 30 anos de casa, nada.")
    assert [(t.text, t.normalized, t.value) for t in found] == [("Em agosto de 93", False, ""), ("em maio", True, "--05")]


# --- old calendar ---------------------------------------------------------------------------


def test_old_calendar_note():
    text = "A insurreição começou em 25 de outubro (7 de novembro no calendário gregoriano) de 1917."
    (t,) = find_times(text)
    assert t.value == "1917-11-07"
    assert t.note == "7 de novembro no calendário gregoriano"
    assert t.text.endswith("de 1917")


def test_old_calendar_julian_note_after_gregorian_date():
    (t,) = find_times("Tudo mudou a 7 de novembro (25 de outubro pelo calendário juliano).")
    assert t.value == "--11-07"
    assert "juliano" in t.note


def test_old_calendar_marked_julian_is_converted():
    (t,) = find_times("A 23 de fevereiro de 1917 (pelo calendário antigo) começou a greve.")
    assert t.value == "1917-03-08"
    assert t.note == "pelo calendário antigo"


# --- sentences ------------------------------------------------------------------------------


def test_sentences_prevent_crossing_expressions():
    text = "Acabou em 1919. 1920 foi outro ano."
    assert [t.text for t in find_times(text)] == ["em 1919", "1920"]
    assert [t.text for t in find_times(text, sentences=[(0, 15), (16, len(text))])] == ["em 1919", "1920"]
    text2 = "de 1919 a\n1921"
    assert len(find_times(text2)) == 1
    assert [t.text for t in find_times(text2, sentences=[(0, 9), (10, 14)])] == ["de 1919", "1921"]


# --- XSD ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value,xsd",
    [
        ("1917", "gYear"),
        ("1918-01", "gYearMonth"),
        ("1917-11-07", "date"),
        ("--11-07", "gMonthDay"),
        ("--12", "gMonth"),
    ],
)
def test_xsd_type(value, xsd):
    assert xsd_type(value) == xsd


@pytest.mark.parametrize("value", ["1919/1921", "", "1917-13", "abc", "192X"])
def test_xsd_type_rejects_non_values(value):
    with pytest.raises(ValueError):
        xsd_type(value)


# --- spaCy component ------------------------------------------------------------------------


def test_spacy_component():
    spacy = pytest.importorskip("spacy")
    import teia.extract.temporal  # noqa: F401  (registers the factory)

    nlp = spacy.blank("pt")
    nlp.add_pipe("teia_time")
    text = "Em 1917 caiu o czar. No ano seguinte assinou-se a paz de Brest-Litovsk."
    doc = nlp(text)
    times = doc._.teia_times
    assert [t.text for t in times] == ["Em 1917", "No ano seguinte"]
    assert times[1].value == "1918" and times[1].anchor == "Em 1917"
    assert times == find_times(text)
    assert doc.ents == ()


def test_spacy_component_with_sentences():
    spacy = pytest.importorskip("spacy")
    import teia.extract.temporal  # noqa: F401

    nlp = spacy.blank("pt")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("teia_time")
    doc = nlp("A guerra durou de 1919 a 1921. Depois veio a paz.")
    assert [t.value for t in doc._.teia_times] == ["1919/1921"]


def test_spacy_component_cites_the_document_id():
    spacy = pytest.importorskip("spacy")
    import teia.extract.temporal  # noqa: F401

    nlp = spacy.blank("pt")
    nlp.add_pipe("teia_time")
    doc = nlp.make_doc("Em 1917 caiu o czar.")
    doc.user_data["teia_doc_id"] = "lenin.txt"
    doc = nlp(doc)
    assert [t.doc_id for t in doc._.teia_times] == ["lenin.txt"]


# --- days that name an event ---------------------------------------------------------------

def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


def test_a_day_that_opens_an_event_name_is_no_time():
    text = "Em 1990 o 25 de Abril já era feriado."
    assert [t.text for t in find_times(text)] == ["Em 1990", "25 de Abril"]
    assert find_times(text)[1].value == "1990-04-25"  # anchored on the wrong year without the name
    times = find_times(text, event_names=[_span(text, "25 de Abril")])
    assert [t.text for t in times] == ["Em 1990"]


def test_an_event_day_with_its_year_stays_a_date():
    text = "A ditadura caiu no 25 de Abril de 1974."
    times = find_times(text, event_names=[_span(text, "25 de Abril de 1974")])
    assert [(t.text, t.value) for t in times] == [("no 25 de Abril de 1974", "1974-04-25")]


def test_a_date_inside_an_event_name_but_not_opening_it_stays():
    text = "Ganhou nos Jogos Olímpicos de 2016 e voltou a 3 de Maio."
    times = find_times(text, event_names=[_span(text, "Jogos Olímpicos de 2016")])
    assert [t.text for t in times] == ["de 2016", "a 3 de Maio"]


def test_the_component_reads_the_event_names_of_the_mentions():
    spacy = pytest.importorskip("spacy")
    import teia.extract.temporal  # noqa: F401
    from teia.extract.entities import MENTIONS
    from teia.records import Mention

    nlp = spacy.blank("pt")
    nlp.add_pipe("teia_time")
    text = "Em 1990, antes do 11 de Setembro, houve eleições a 12 de Outubro."
    doc = nlp.make_doc(text)
    a, b = _span(text, "11 de Setembro")
    doc._.set(MENTIONS, [Mention("d", a, b, "11 de Setembro", "EVENT", "rule")])
    times = nlp(doc)._.teia_times
    assert [t.text for t in times] == ["Em 1990", "a 12 de Outubro"]
    doc = nlp.make_doc(text)
    doc._.set(MENTIONS, [Mention("d", a, b, "11 de Setembro", "LOC", "rule")])
    assert [t.text for t in nlp(doc)._.teia_times] == ["Em 1990", "antes do 11 de Setembro", "a 12 de Outubro"]


def test_each_day_of_a_list_of_days_is_a_date_of_the_last_ones_month():
    text = "A feira abriu nos dias 12, 13 e 14 de março de 1994 e fechou a 2 ou 3 de abril."
    found = find_times(text)
    assert [(t.text, t.value) for t in found] == [
        ("nos dias 12", "1994-03-12"),
        ("13", "1994-03-13"),
        ("14 de março de 1994", "1994-03-14"),
        ("a 2", "1994-04-02"),
        ("3 de abril", "1994-04-03"),
    ]
    # commas alone after "dias"; without "dias" a list of numbers may count anything
    found = find_times("Nos dias 4, 5, 6 de setembro de 2003 houve greve; os capítulos 4, 5, 6 de setembro.")
    assert [(t.text, t.value) for t in found] == [
        ("Nos dias 4", "2003-09-04"),
        ("5", "2003-09-05"),
        ("6 de setembro de 2003", "2003-09-06"),
        ("6 de setembro", "2003-09-06"),
    ]
    assert [t.text for t in find_times("Lisboa, 1º e 8 de maio de 1866.")] == ["1º", "8 de maio de 1866"]
    # a day the rules read alone ("no dia 12", a day of the anchor's month) takes the list's month
    found = find_times("Em maio de 1990 choveu no dia 12 e 13 de junho.")
    assert [(t.text, t.value) for t in found] == [
        ("Em maio de 1990", "1990-05"),
        ("no dia 12", "1990-06-12"),
        ("13 de junho", "1990-06-13"),
    ]


def test_a_list_of_days_is_no_range_and_counts_up():
    found = find_times("Choveu de 12 a 15 de março de 1994 e entre 20 e 22 de março de 1994.")
    assert [t.value for t in found] == ["1994-03-12/1994-03-15", "1994-03-20/1994-03-22"]
    # the numbers before a day that do not count up to it are no days of its month
    found = find_times("Em 1990 foram 15 e 3 de março.")
    assert [t.text for t in found] == ["Em 1990", "3 de março"]


def test_the_earlier_items_of_a_list_take_the_year_of_the_last():
    found = find_times("Esteve lá em março e abril de 1994, nos dias 30 de maio e 1 de junho de 1995 e em julho.")
    assert [(t.text, t.value) for t in found] == [
        ("em março", "1994-03"),
        ("abril de 1994", "1994-04"),
        ("30 de maio", "1995-05-30"),
        ("1 de junho de 1995", "1995-06-01"),
        ("em julho", "1995-07"),
    ]
    assert all(not t.relative for t in found[:4])


def test_each_month_of_a_list_joined_by_commas_is_a_time_with_the_last_ones_year():
    found = find_times("A cheia durou em janeiro, fevereiro e março de 1920.")
    assert [(t.text, t.value) for t in found] == [
        ("em janeiro", "1920-01"),
        ("fevereiro", "1920-02"),
        ("março de 1920", "1920-03"),
    ]
    found = find_times("Em 1990 viajou em maio, junho, julho ou agosto.")
    assert [(t.text, t.value) for t in found] == [
        ("Em 1990", "1990"), ("em maio", "1990-05"), ("junho", "1990-06"), ("julho", "1990-07"), ("agosto", "1990-08")
    ]
    # a month after a comma with no list going on after it is still refused
    assert [t.text for t in find_times("Chegou em maio, Março foi embora.")] == ["em maio"]
    assert [t.text for t in find_times("Viu o Sol, Maio e Junho de 1920.")] == ["Junho de 1920"]


def test_a_list_crossing_a_new_year_gives_its_year_to_no_earlier_item():
    # December before January of 1995 is no December of 1995: the year stops where the list counts down
    found = find_times("Em 1993 choveu em novembro, dezembro e janeiro de 1995.")
    assert [(t.text, t.value) for t in found] == [
        ("Em 1993", "1993"), ("em novembro", "1993-11"), ("dezembro", "1993-12"), ("janeiro de 1995", "1995-01")
    ]
    found = find_times("Choveu em 30 de dezembro e 2 de janeiro de 1995.")
    assert [(t.text, t.value) for t in found] == [("em 30 de dezembro", "--12-30"), ("2 de janeiro de 1995", "1995-01-02")]
