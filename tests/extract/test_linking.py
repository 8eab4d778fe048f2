"""The linker's decisions on a small knowledge base written here."""

from __future__ import annotations

import gzip

import pytest

from teia.errors import InputError
from teia.extract.labels import ORG
from teia.records import CLUB_SOURCE, Entity, Mention
from teia.extract.linking import (
    FORMAT,
    LINKED,
    NIL,
    article_keys,
    context_words,
    default_link_kb_path,
    dbpedia_iri,
    link_entities,
    link_names,
    read_link_kb,
    wikipedia_iri,
)

ROWS = [
    ("Varsóvia", "LOC", 49, "", "varsovia"),
    ("Varsóvia (Indiana)", "LOC", 0, "", ""),
    ("Polónia", "LOC", 11, "Polônia", ""),
    ("China (Texas)", "LOC", 1, "", ""),
    ("Santa Catarina (Lisboa)", "LOC", 0, "", ""),
    ("Santa Catarina (Juiz de Fora)", "LOC", 0, "", ""),
    ("Estado Novo (Portugal)", "LOC", 3, "", ""),
    ("Máximo Gorki", "PER", 2, "Gorki", ""),
    ("Mikhail Tukhachevsky", "PER", 0, "Tukhachevsky", ""),
    ("Getúlio Vargas", "PER", 40, "", ""),
    ("Getúlio Vargas (Rio Grande do Sul)", "LOC", 0, "", ""),
    ("França", "LOC", 300, "", ""),
    ("Franca", "LOC", 5, "", ""),
    ("Springfield (Illinois)", "LOC", 2, "", ""),
    ("Springfield (Missouri)", "LOC", 2, "", ""),
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    path = tmp_path_factory.mktemp("kb") / "kb.tsv.gz"
    body = "# teia-kb 1\n" + "".join("\t".join(map(str, r)) + "\n" for r in ROWS)
    path.write_bytes(gzip.compress(body.encode("utf-8")))
    return read_link_kb(path)


def link(kb, name, category, *, context=(), names=(), kb_ids=()):
    return link_names("e0", name, category, [name, *names], kb, kb_ids=kb_ids, context=context_words(context))


def test_title_links_and_beats_a_disambiguated_namesake(kb):
    d = link(kb, "Varsóvia", "LOC")
    assert (d.status, d.article, d.rule) == (LINKED, "Varsóvia", "title")
    assert [t for t, _ in d.candidates] == ["Varsóvia", "Varsóvia (Indiana)"]


def test_only_a_namesake_with_another_qualifier_is_nil(kb):
    # the KB has no China article: 'China (Texas)' is not China
    d = link(kb, "China", "LOC")
    assert (d.status, d.article, d.rule) == (NIL, "", "weak")
    assert d.candidates[0][0] == "China (Texas)"
    # nor is any of the parishes named Santa Catarina
    assert link(kb, "Santa Catarina", "LOC").status == NIL


def test_qualifier_named_in_the_documents_supports_the_link(kb):
    assert link(kb, "Estado Novo", "LOC").status == NIL
    d = link(kb, "Estado Novo", "LOC", context=["Portugal", "Salazar"])
    assert (d.status, d.article, d.rule) == (LINKED, "Estado Novo (Portugal)", "context")
    # two namesakes, one supported by the context
    assert link(kb, "Springfield", "LOC").status == NIL
    d = link(kb, "Springfield", "LOC", context=["Missouri"])
    assert d.article == "Springfield (Missouri)"


def test_type_must_agree(kb):
    d = link(kb, "Gorki", "LOC")  # the town, not the writer's surname
    assert d.status == NIL and "type disagrees" in d.evidence
    assert link(kb, "Gorki", "PER").article == "Máximo Gorki"


def test_full_person_name_mistyped_by_the_ner_links_to_the_person(kb):
    d = link(kb, "Getúlio Vargas", "LOC")
    assert (d.status, d.article) == (LINKED, "Getúlio Vargas")
    assert "typed LOC" in d.evidence
    # a one-word name is never retyped
    assert link(kb, "Tukhachevsky", "LOC").status == NIL
    assert link(kb, "Tukhachevsky", "PER").article == "Mikhail Tukhachevsky"


def test_prior_and_accents_decide_between_folded_titles(kb):
    d = link(kb, "França", "LOC")
    assert d.article == "França" and d.candidates[1][0] == "Franca"


def test_aliases_articles_and_kb_ids(kb):
    assert link(kb, "a Polônia", "LOC").article == "Polónia"
    d = link(kb, "Cidade", "LOC", kb_ids=["varsovia"])
    assert (d.article, d.rule) == ("Varsóvia", "kb")
    assert link(kb, "Atlântida", "LOC").rule == "no-candidate"


def test_organization_label_for_a_place_article_is_weaker_but_links(kb):
    d = link(kb, "Polônia", "ORG")
    assert d.status == LINKED and d.score < link(kb, "Polônia", "LOC").score
    assert link(kb, "Polônia", "EVENT").status == NIL


def test_a_club_named_by_its_town_is_not_the_towns_article(kb):
    # "o Varsóvia venceu o Bauru por 80-70": the club (a sports rule's mention, CLUB_SOURCE) is no
    # link of the town's article; the NER's organization of the same name still links, weaker
    def entity(source):
        return Entity("e0", "Varsóvia", ORG, (), (Mention("d.txt", 2, 10, "Varsóvia", ORG, source),))

    assert link_entities([entity("ner")], kb)[0].article == "Varsóvia"
    d = link_entities([entity(CLUB_SOURCE)], kb)[0]
    assert (d.status, d.article) == (NIL, "")


def test_subset_read_keeps_only_reached_articles(tmp_path, kb):
    path = tmp_path / "kb.tsv"
    path.write_text("# teia-kb 1\n" + "".join("\t".join(map(str, r)) + "\n" for r in ROWS), encoding="utf-8")
    small = read_link_kb(path, ["Varsóvia", "Gorki"], ["nothing"])
    assert sorted(small.articles) == ["Máximo Gorki", "Varsóvia", "Varsóvia (Indiana)"]
    assert link(small, "Varsóvia", "LOC") == link(kb, "Varsóvia", "LOC")


def _format2(rows) -> str:
    keys = ["|".join(sorted(article_keys(r[0], r[3].split("|") if r[3] else ()))) for r in rows]
    return f"# {FORMAT}\n" + "".join("\t".join(map(str, r)) + f"\t{k}\n" for r, k in zip(rows, keys))


def test_stored_keys_are_read_as_the_folded_ones(tmp_path):
    first, second = tmp_path / "kb1.tsv", tmp_path / "kb2.tsv"
    first.write_text("# teia-kb 1\n" + "".join("\t".join(map(str, r)) + "\n" for r in ROWS), encoding="utf-8")
    second.write_text(_format2(ROWS), encoding="utf-8")
    assert "\tvarsovia|varsovia (indiana)\n" in second.read_text(encoding="utf-8")
    for names in (["Varsóvia", "Gorki"], ["POLÔNIA"], ["Getulio  Vargas", "Franca"], ["Atlântida"]):
        one, two = read_link_kb(first, names, ["varsovia"]), read_link_kb(second, names, ["varsovia"])
        assert one.articles == two.articles
        assert [link(one, n, "LOC") for n in names] == [link(two, n, "LOC") for n in names]
    # the keys column is what a subset read compares: a row whose keys do not hold a name is left out
    third = tmp_path / "kb3.tsv"
    third.write_text(_format2(ROWS).replace("\tgorki|maximo gorki\n", "\tmaximo gorki\n"), encoding="utf-8")
    assert "Máximo Gorki" in read_link_kb(third, ["Máximo Gorki"]).articles
    assert "Máximo Gorki" not in read_link_kb(third, ["Gorki"]).articles


def test_comments_and_blank_lines_are_skipped_even_with_tabs(tmp_path):
    path = tmp_path / "kb.tsv"
    comment = "#Varsóvia\tLOC\t1\t\t\t#varsovia\n"  # a row's shape, but a comment
    path.write_text(_format2(ROWS[:2]).replace("\n", "\n" + comment + "\n \t\n", 1), encoding="utf-8")
    assert sorted(read_link_kb(path).articles) == ["Varsóvia", "Varsóvia (Indiana)"]
    assert sorted(read_link_kb(path, ["Varsóvia"]).articles) == ["Varsóvia", "Varsóvia (Indiana)"]


def test_shipped_file_keys_are_its_names_folded():
    with gzip.open(default_link_kb_path(), "rt", encoding="utf-8") as handle:
        assert handle.readline() == f"# {FORMAT}\n"
        rows = [line.rstrip("\n").split("\t") for line in handle if not line.startswith("#")]
    assert len(rows) > 200_000
    stale = [c[0] for c in rows if c[5].split("|") != sorted(article_keys(c[0], c[3].split("|") if c[3] else ()))]
    assert stale == [], f"{len(stale)} rows with stale keys (rebuild with make -C training kb): {stale[:5]}"


def test_iris():
    assert dbpedia_iri("Rio Vístula") == "http://pt.dbpedia.org/resource/Rio_Vístula"
    assert wikipedia_iri("Lenin") == "http://pt.wikipedia.org/wiki/Lenin"


@pytest.mark.parametrize(
    "body, message",
    [
        ("title\tLOC\t1\t\t\n", "not a teia link knowledge base"),
        ("# teia-kb 1\nVarsóvia\tCITY\t1\t\t\n", ":2: expected title, type"),
        ("# teia-kb 1\nVarsóvia\tLOC\tmany\t\t\n", ":2: expected title, type"),
        ("# teia-kb 2\nVarsóvia\tLOC\t1\t\t\n", ":2: expected title, type .*, keys"),
        ("# teia-kb 3\nVarsóvia\tLOC\t1\t\t\t\n", "first line must be '# teia-kb 1' or '# teia-kb 2'"),
    ],
)
def test_bad_file_is_one_clear_error(tmp_path, body, message):
    path = tmp_path / "kb.tsv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_link_kb(path)


def test_surname_of_another_person_is_not_a_link(link_kb):
    kb = link_kb([("Rolf Landauer", "PER", 0, "Landauer", ""), ("Aleksandr Kolchak", "PER", 0, "Kolchak", "")])
    assert link(kb, "Gustav Landauer", "PER", names=["Landauer"]).status == NIL
    assert link(kb, "Landauer", "PER").article == "Rolf Landauer"
    assert link(kb, "Alexandre Kolchak", "PER", names=["Kolchak"]).article == "Aleksandr Kolchak"


def test_full_name_reaches_a_person_by_its_surname_when_given_names_agree(link_kb):
    kb = link_kb([("Symon Petliura", "PER", 0, "Petliura", ""), ("Rolf Landauer", "PER", 0, "Landauer", "")])
    d = link(kb, "Simon Petliura", "PER")
    assert (d.article, d.rule) == ("Symon Petliura", "surname")
    assert link(kb, "Gustav Landauer", "PER").status == NIL
    assert link(kb, "Simon Petliura", "LOC").status == NIL  # only a person's full name is read so


def _union_context(entities, ids_of_docs):
    """The context as the union of the other entities' words (what OtherWords stands for)."""
    from teia.extract.linking import context_words

    words = {e: context_words(names) for e, names in entities.items()}
    out = {}
    for e in entities:
        others = {o for doc, ids in ids_of_docs.items() if e in ids for o in ids} - {e}
        out[e] = frozenset().union(*(words[o] for o in others)) if others else frozenset()
    return words, out


def test_other_words_hold_the_words_of_the_other_entities_only():
    import random

    from teia.extract.linking import OtherWords, _word_counts

    rng = random.Random(7)
    vocab = ["Dacota do Sul", "Sul", "Indiana", "Porto", "Rio de Janeiro", "Lisboa", "Janeiro", "Texas"]
    entities = {f"e{i}": rng.sample(vocab, rng.randint(1, 3)) for i in range(30)}
    ids_of_docs = {f"d{j}": set(rng.sample(sorted(entities), rng.randint(1, 8))) for j in range(10)}
    words, union = _union_context(entities, ids_of_docs)
    counts = {d: _word_counts(words[o] for o in ids) for d, ids in ids_of_docs.items()}
    every = {w for ws in words.values() for w in ws} | {"nada", ""}
    for e in entities:
        ctx = OtherWords(words[e], [counts[d] for d, ids in ids_of_docs.items() if e in ids])
        assert {w for w in every if w in ctx} == set(union[e]), e
    assert 3 not in OtherWords(frozenset(), [{"3": 2}])


def test_document_and_corpus_context_agree_with_the_union():
    from teia.extract.linking import corpus_context, document_context
    from teia.records import Entity, Mention, Resolution

    def ent(i, label, docs, aliases=()):
        return Entity(f"e{i}", label, "LOC", aliases, tuple(Mention(d, 0, len(label), label, "LOC") for d in docs))

    ents = [
        ent(0, "Varsóvia", ["a"]),
        ent(1, "Indiana", ["a", "b"]),
        ent(2, "Dacota do Sul", ["b"], ("Dacota",)),
        ent(3, "Lisboa", []),
        ent(4, "Indiana", ["c"]),
    ]
    names = {e.id: [e.label, *e.aliases] for e in ents}
    docs = {d: {e.id for e in ents if any(m.doc_id == d for m in e.mentions)} for d in "abc"}
    words, union = _union_context(names, docs)
    ctx = corpus_context(Resolution(tuple(ents), (), (), ()))
    for e in ents:
        assert {w for ws in words.values() for w in ws if w in ctx[e.id]} == set(union[e.id]), e.id
    assert "indiana" in ctx["e0"] and "indiana" not in ctx["e4"] and "sul" in ctx["e1"] and not ctx["e3"]._docs
    local = document_context(ents[:3])
    assert "varsovia" in local["e1"] and "varsovia" not in local["e0"] and "dacota" in local["e0"]
