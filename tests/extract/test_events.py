"""Event rules on hand-built Docs (no model) and the event coreference of issue 5."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from teia.extract.entities import DOC_ID_KEY, EntityGrouper
from teia.extract.events import event_type_of_name, find_events
from teia.extract.gazetteer import KBEntry, KnowledgeBase
from teia.extract.labels import CASE, DET, NMOD, NSUBJ, NSUBJ_PASS, OBJ, OBL, OBL_AGENT, PUNCT, ROOT
from teia.extract.records import Document, Extraction
from teia.extract.resolve import resolve_corpus, resolve_events
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
    text = "A vitória dos poloneses sobre o Exército Vermelho em Varsóvia surpreendeu a Europa."
    doc = blank_doc(text, [("poloneses", "ORG"), ("Exército Vermelho", "ORG"), ("Varsóvia", "LOC"), ("Europa", "LOC")])
    (ev,) = find_events(doc)
    assert ev.type == "Battle"
    assert roles(doc, ev) == {("poloneses", "agent"), ("Exército Vermelho", "defeated")}
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
    # "Os poloneses derrotaram o Exército Vermelho ."
    words = ["Os", "poloneses", "derrotaram", "o", "Exército", "Vermelho", "."]
    heads = [1, 2, 2, 4, 2, 4, 2]
    deps = [DET, NSUBJ, ROOT, DET, OBJ, "amod", PUNCT]
    pos = ["DET", "NOUN", "VERB", "DET", "PROPN", "PROPN", "PUNCT"]
    lemmas = ["o", "polonês", "derrotar", "o", "Exército", "Vermelho", "."]
    doc = Doc(NLP.vocab, words=words, spaces=[True] * 5 + [False, False], heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    process(doc, [("poloneses", "ORG"), ("Exército Vermelho", "ORG")])
    (ev,) = find_events(doc)
    assert roles(doc, ev) == {("poloneses", "agent"), ("Exército Vermelho", "defeated")}


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
    doc._.teia_events = tuple(find_events(doc))
    return Extraction(
        Document(doc_id, text),
        entities=tuple(doc._.teia_entities),
        times=tuple(doc._.teia_times),
        events=doc._.teia_events,
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
