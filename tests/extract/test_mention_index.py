"""Rules that ask, per match, which mentions overlap it read the mentions once into a
``docindex.SpanIndex`` (P52s): the phone numbers and addresses of ``virtual_places``, the laws'
numbers of ``_act_numbers``, the places' numbers of ``_place_numbers``, the event names of
``find_event_names``, the brackets of ``lifespan_places``. Their answers are the scans' they
replace: each test below holds a mention the index must find (a long one starting well before the
match, one given out of order) or names the old loop found one by one."""

from __future__ import annotations

import random

import spacy

from teia.extract.docindex import SpanIndex
from teia.extract.entities import _act_numbers, _place_numbers, _repeated_names, find_event_names, virtual_places
from teia.extract.labels import DATE, EVENT, LOC, ORG, PER, WORK
from teia.records import Mention

NLP = spacy.blank("pt")


def _mention(text: str, name: str, category: str, nth: int = 0, source: str = "ner") -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention("d", start, start + len(name), name, category, source)


def test_the_index_answers_as_a_scan_of_every_span():
    # short spans, nested long ones, empty ones and repeats, in no order; every range asked of
    # both, the scan over the spans as given and the index
    rng = random.Random(52)
    spans = []
    for _ in range(300):
        start = rng.randrange(0, 2_000)
        length = rng.choice((0, 1, 3, 8, 20, 40, 600))
        spans.append((start, start + length))
    spans += spans[:10]  # the same span twice
    index = SpanIndex(spans)
    for _ in range(2_000):
        start = rng.randrange(-5, 2_700)
        end = start + rng.choice((0, 1, 2, 10, 50))
        expected = [k for k, (s, e) in enumerate(spans) if s < end and start < e]
        assert index.overlapping(start, end) == expected
        assert index.overlaps(start, end) == bool(expected)


def test_a_span_holding_the_range_is_found_past_the_spans_after_it():
    # the long span starts first and the short ones after it end before the range: the walk back
    # goes on past them while the furthest end reaches the range
    spans = [(10, 20), (0, 1_000), (30, 40), (50, 60), (70, 80)]
    index = SpanIndex(spans)
    assert index.overlapping(500, 510) == [1]
    assert index.overlapping(55, 75) == [1, 3, 4]
    assert index.overlaps(2_000, 2_010) is False
    assert SpanIndex([]).overlapping(0, 10) == [] and not SpanIndex([]).overlaps(0, 10)


def test_a_phone_number_a_long_mention_holds_stays_unadded():
    # the mention holding the first numbers is given last and starts before the short ones
    text = ("Contatos da Empresa Aurora: Telefone 236 200 810 Fax 236 217 122 e a Rua Nova.\n"
            "Tel.: 236 300 400\n")
    held = _mention(text, "Empresa Aurora: Telefone 236 200 810 Fax 236 217 122", ORG)
    ner = [_mention(text, "Rua Nova", LOC), _mention(text, "Aurora", ORG), held]  # "Aurora" ends before the numbers
    out = [(m.text, m.source) for m in virtual_places(NLP(text), ner, "d")]
    assert out == [(held.text, "ner"), ("Aurora", "ner"), ("Rua Nova", "ner"), ("236 300 400", "rule")]


def test_a_laws_number_another_mention_holds_is_left_out_of_its_name():
    text = "A Lei 9.610/98 protege os autores; a Lei 8.666/93 rege as compras e a Lei 4.320/64 as contas."
    ner = [
        _mention(text, "Lei", ORG, 2),
        _mention(text, "Lei", ORG, 1),
        _mention(text, "os autores; a Lei 8.666/93", ORG),  # holds the second law's number: it keeps its name
        _mention(text, "4.320/64 as", DATE),  # crosses the third's number
        _mention(text, "Lei", ORG, 0),
    ]
    out = [(m.text, m.category) for m in _act_numbers(NLP(text), ner, text)]
    assert out == [
        ("Lei", ORG), ("Lei", ORG), ("os autores; a Lei 8.666/93", ORG), ("4.320/64 as", DATE), ("Lei 9.610/98", WORK)
    ]


def test_a_places_number_a_date_took_is_swallowed_and_a_longer_name_blocks_it():
    text = "O voo sai do Terminal 1 às dez, chega ao Pavilhão 3 e ao Portão 2 Norte."
    names = [
        _mention(text, "Portão", LOC),
        _mention(text, "Portão 2 Norte", ORG),  # the place's own longer name: it holds the number
        _mention(text, "3", DATE),  # the NER's date of the number alone: it goes
        _mention(text, "Pavilhão", LOC),
        _mention(text, "Terminal", LOC),
        _mention(text, "voo sai do Terminal 1", ORG),  # holds the terminal's number, from before its name
    ]
    out = [(m.text, m.category) for m in _place_numbers(NLP(text), names, text)]
    assert out == [("Portão", LOC), ("Portão 2 Norte", ORG), ("Pavilhão 3", LOC), ("Terminal", LOC), ("voo sai do Terminal 1", ORG)]


def test_names_opening_with_the_same_word_are_each_found_again():
    # wanted names of one first word, of the same length and of others: each later occurrence is
    # found (the word is compared with each length's names at once)
    text = ("Ligue 236 200 810 ou 236 217 122 ou 236 400.\n"
            "Amanhã ligue 236 217 122, depois 236 200 810, e 236 400 também.\n")
    doc = NLP(text)
    found = [
        _mention(text, "236 200 810", LOC),
        _mention(text, "236 217 122", LOC),
        _mention(text, "236 400", LOC),
    ]
    out = [(m.text, m.start, m.source) for m in _repeated_names(doc, found, "d")]
    second = text.index("\n") + 1
    assert out == [
        ("236 200 810", text.index("236 200 810"), "ner"),
        ("236 217 122", text.index("236 217 122"), "ner"),
        ("236 400", text.index("236 400"), "ner"),
        ("236 217 122", text.index("236 217 122", second), "rule"),
        ("236 200 810", text.index("236 200 810", second), "rule"),
        ("236 400", text.index("236 400", second), "rule"),
    ]


def test_an_event_name_crossing_a_mention_given_out_of_order_is_not_made():
    text = "Depois da Guerra Civil Russa, o Comitê da Cidade reuniu o Congresso de Viena Velha em paz."
    mentions = [
        _mention(text, "Cidade", LOC),  # ends before the congress's name
        _mention(text, "Comitê da Cidade reuniu o Congresso", ORG),  # crosses its start: no event made
        _mention(text, "Russa", LOC),  # inside the war's name: swallowed
    ]
    new, dropped = find_event_names(NLP(text), mentions, "d")
    assert [(m.text, m.category) for m in new] == [("Guerra Civil Russa", EVENT)]
    assert dropped == {mentions[2]}


def test_the_name_of_god_inside_a_long_name_given_out_of_order_is_cut_from_it():
    from teia.extract.deity import deity_mentions

    text = "Meu Deus, disse ele. A Casa de Oração e Louvor a Deus Todo Poderoso fica ali, e só Deus Pai sabe."
    mentions = [
        _mention(text, "Oração", ORG),  # ends before the second Deus
        _mention(text, "Casa de Oração e Louvor a Deus Todo Poderoso", ORG),  # holds it, from before "Oração"
    ]
    out = [(m.text, m.category, m.source) for m in deity_mentions(NLP(text), mentions, "d", frozenset({"deus"}))]
    assert out == [
        ("Deus", PER, "rule"),
        ("Oração", ORG, "ner"),
        ("Deus Todo Poderoso", PER, "rule"),
        ("Deus Pai", PER, "rule"),
    ]


def test_a_day_name_a_longer_name_holds_is_no_event():
    text = "Depois do 25 de Abril, a Associação Movimento do 25 de Abril convocou o 1 de Maio."
    mentions = [
        _mention(text, "Movimento", ORG),  # ends before the second day
        _mention(text, "Associação Movimento do 25 de Abril", ORG),  # holds it, from before "Movimento"
    ]
    new, dropped = find_event_names(NLP(text), mentions, "d")
    assert [(m.text, m.start) for m in new] == [("25 de Abril", text.index("25 de Abril")), ("1 de Maio", text.index("1 de Maio"))]
    assert not dropped


def test_the_name_of_god_inside_the_name_added_last_cuts_it():
    # the first Deus takes the second as its epithet (no tagger: no part of speech stops it); the
    # second, inside the name added last, cuts it to start there
    from teia.extract.deity import deity_mentions

    text = "Ó meu Deus Deus, valei-me."
    out = [(m.text, m.start) for m in deity_mentions(NLP(text), [], "d", frozenset({"deus"}))]
    assert out == [("Deus", text.index("Deus,"))]


def test_the_topic_organization_is_the_one_a_count_of_every_mention_finds():
    # the organization mentioned most often before a character (at least twice, more than any
    # other), read from counts worked out once: the same as counting every mention at each ask
    from types import SimpleNamespace

    from teia.extract.entities import ENTITIES
    from teia.extract.events.subjects import _topic_organization

    rng = random.Random(7)
    ents = []
    for k in range(12):
        ends = sorted(rng.sample(range(5, 400), rng.choice((1, 2, 3, 5, 8))))
        mentions = tuple(SimpleNamespace(end=e) for e in ends)
        ents.append(SimpleNamespace(id=f"e{k}", type=ORG if k % 4 else PER, mentions=mentions))

    def counted(before: int) -> str:  # what a count of every mention at each ask gives
        counts = sorted(((sum(m.end <= before for m in e.mentions), e.id) for e in ents if e.type == ORG), reverse=True)
        counts = [c for c in counts if c[0]]
        if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
            return ""
        return counts[0][1]

    ctx = SimpleNamespace(doc=SimpleNamespace(_=SimpleNamespace(**{ENTITIES: ents})))
    answers = [_topic_organization(ctx, before) for before in range(0, 420)]
    assert answers == [counted(before) for before in range(0, 420)]
    assert len(set(answers)) > 2  # several organizations lead in turn, and none at times


def test_the_live_mentions_answer_as_the_list_they_stand_for():
    # given mentions, some dropped and some added as a reader goes on in the text's order: each
    # answer is the plain list's (the given ones still there, then the added ones)
    from teia.extract.entities import _LiveMentions

    rng = random.Random(17)
    for _ in range(20):
        given = []
        for _ in range(rng.randrange(0, 60)):
            start = rng.randrange(0, 500)
            given.append(Mention("d", start, start + rng.choice((0, 1, 4, 9, 30, 200)), "x", ORG))
        live = _LiveMentions(given)
        plain = list(given)
        at = 0
        for _ in range(40):
            at += rng.randrange(0, 25)
            start, end = at, at + rng.choice((1, 5, 12))
            near = [m for _, m in live.near(start, end)]
            expected = [m for m in plain if m.start < end + 1 and start - 1 < m.end]
            assert near == expected
            before = [m for m in plain if m.end <= start]
            assert live.last_ending_by(start) == (before[-1] if before else None)
            if rng.random() < 0.5:
                held = [(k, m) for k, m in live.near(start, end) if start <= m.start and m.end <= end]
                for k, _ in held:
                    live.drop(k)
                inside = [m for _, m in held]
                plain = [m for m in plain if m not in inside]
                added = Mention("d", start, end, "y", WORK)
                live.add(added)
                plain.append(added)
            assert live.items() == plain


def test_quoted_titles_read_the_last_name_before_a_quote_in_the_lists_order():
    from teia.extract.entities import _quoted_titles

    text = 'Vi "Navalha na Carne" e "Viagem ao Centro da Terra" no Teatro Bela Vista "Sem Mistério" e no Cine Arte "Noite Azul".'
    mentions = [
        _mention(text, "Navalha", ORG),
        _mention(text, "Carne", LOC),
        _mention(text, "Viagem", ORG),
        _mention(text, "Centro da Terra", LOC),
        _mention(text, "Teatro Bela Vista", ORG),
        _mention(text, "Mistério", ORG),
        _mention(text, 'no Cine Arte "Noite', ORG),  # reaches into the last quotes: they stay as they are
        _mention(text, "Azul", LOC),
    ]
    out = [(m.text, m.category) for m in _quoted_titles(NLP(text), mentions, text)]
    # the titles made are added after the other names: the last name before "Sem Mistério" is
    # the title before it, no organization's, so the quoted words are a title too
    assert out == [
        ("Navalha na Carne", WORK),
        ("Viagem ao Centro da Terra", WORK),
        ("Teatro Bela Vista", ORG),
        ("Sem Mistério", WORK),
        ('no Cine Arte "Noite', ORG),
        ("Azul", LOC),
    ]
