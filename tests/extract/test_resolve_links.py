"""Links in the corpus resolution: the same article joins, different articles never do, and an
exact name does not join an entity linked to an article its own document does not support."""

from __future__ import annotations

from teia.extract.linking import link_documents
from teia.records import Document, Entity, Extraction, Mention
from teia.extract.resolve import resolve_corpus

KB_ROWS = [
    ("Estado Novo (Portugal)", "LOC", 3, "", ""),
    ("Portugal", "LOC", 500, "", ""),
    ("Moscovo", "LOC", 12, "Moscou", ""),
    ("Paris", "LOC", 300, "", ""),
    ("Paris (Texas)", "LOC", 4, "", ""),
    ("Texas", "LOC", 80, "", ""),
]


def doc(doc_id: str, text: str, names: list[tuple[str, str]]) -> Extraction:
    ents, mentions = [], []
    for i, (name, cat) in enumerate(names):
        start = text.index(name)
        m = Mention(doc_id, start, start + len(name), name, cat)
        mentions.append(m)
        ents.append(Entity(f"e{i}", name, cat, (), (m,)))
    return Extraction(Document(doc_id, text), mentions=tuple(mentions), entities=tuple(ents))


def test_estado_novo_of_two_countries_stays_two(link_kb):
    a = doc("br.txt", "O Estado Novo de Getúlio no Brasil durou até 1945.", [("Estado Novo", "LOC"), ("Brasil", "LOC")])
    b = doc("pt.txt", "Em Portugal, o Estado Novo de Salazar durou até 1974.", [("Portugal", "LOC"), ("Estado Novo", "LOC")])
    links = link_documents([a, b], link_kb(KB_ROWS))
    assert links[("pt.txt", "e1")] == ("Estado Novo (Portugal)", frozenset())
    assert links[("br.txt", "e0")] == ("", frozenset({"Estado Novo (Portugal)"}))
    res = resolve_corpus([a, b], links=links)
    novo = [e for e in res.entities if e.label == "Estado Novo"]
    assert len(novo) == 2
    assert not [m for m in res.merges if m.rule == "exact" and m.status == "accepted"]
    # without links, the exact name joins them (the old behaviour)
    assert len([e for e in resolve_corpus([a, b]).entities if e.label == "Estado Novo"]) == 1


def test_different_articles_never_join_and_the_same_article_joins(link_kb):
    a = doc("a.txt", "Paris, no Texas, tem uma torre.", [("Paris", "LOC"), ("Texas", "LOC")])
    b = doc("b.txt", "Paris é a capital.", [("Paris", "LOC")])
    c = doc("c.txt", "Moscou e Moscovo são a mesma cidade.", [("Moscou", "LOC")])
    d = doc("d.txt", "Moscovo fica no rio Moskva.", [("Moscovo", "LOC")])
    links = link_documents([a, b, c, d], link_kb(KB_ROWS))
    assert links[("a.txt", "e0")][0] == "Paris (Texas)" and links[("b.txt", "e0")][0] == "Paris"
    res = resolve_corpus([a, b, c, d], links=links)
    assert len([e for e in res.entities if e.label == "Paris"]) == 2
    moscow = [e for e in res.entities if "Moscou" in {e.label, *e.aliases}]
    assert len(moscow) == 1 and {"Moscou", "Moscovo"} <= {moscow[0].label, *moscow[0].aliases}
    assert [m.rule for m in res.merges if m.merged in ("Moscou", "Moscovo")] == ["link"]


def test_a_city_and_its_country_in_parentheses_are_split_and_logged(link_kb):
    from teia.extract.linking import log_splits, split_by_links
    from teia.records import Mention

    text = "Em Durban (África do Sul) houve uma conferência. Durban recebeu os delegados."
    ms = [Mention("a.txt", text.index("Durban"), text.index("Durban") + 6, "Durban", "LOC")]
    ms.append(Mention("a.txt", text.index("África"), text.index("África") + 13, "África do Sul", "LOC"))
    ms.append(Mention("a.txt", text.rindex("Durban"), text.rindex("Durban") + 6, "Durban", "LOC"))
    merged = Entity("e0", "Durban", "LOC", ("África do Sul",), tuple(ms))  # as an alias rule would make it
    ex = Extraction(Document("a.txt", text), mentions=tuple(ms), entities=(merged,))
    kb = link_kb(KB_ROWS + [("Durban", "LOC", 20, "", ""), ("África do Sul", "LOC", 90, "", "")])
    (out,), splits = split_by_links([ex], kb)
    assert [(e.id, e.label, len(e.mentions)) for e in out.entities] == [("e0", "Durban", 2), ("e0~2", "África do Sul", 1)]
    assert [(s.name, s.article, s.other) for s in splits] == [("África do Sul", "África do Sul", "Durban")]
    res = log_splits(resolve_corpus([out], links=link_documents([out], kb)), splits)
    assert len(res.entities) == 2
    (rejected,) = [m for m in res.merges if m.status == "rejected"]
    assert (rejected.rule, rejected.merged) == ("link", "África do Sul") and "different articles" in rejected.evidence
    # nothing to split: one article, or names the knowledge base does not know
    alone = Extraction(Document("b.txt", "Durban, Durban."), entities=(Entity("e0", "Durban", "LOC", (), (ms[0],)),))
    assert split_by_links([alone], kb) == ((alone,), ())
