"""training/kb.py on a small DBpedia-PT folder written here (no ../shared needed)."""

from __future__ import annotations

import gzip
import json

from teia.extract.linking import read_link_kb


def _write(tmp_path):
    folder = tmp_path / "dbpedia-pt"
    folder.mkdir()
    lists = {
        "persons": ["Josef_Stalin", "Mikhail_Tukhachevsky", "Paraná_(futebolista)", "Chavela_Vargas", "Getúlio_Vargas"],
        "locations": ["Varsóvia", "Varsóvia_(Indiana)", "Paraná", "Vargas_(município)"],
        "organizations": ["Partido_Comunista_do_Brasil"],
    }
    for stem, titles in lists.items():
        with gzip.open(folder / f"{stem}.txt.gz", "wt", encoding="utf-8") as handle:
            handle.write("".join(f"http://pt.wikipedia.org/wiki/{t}\n" for t in titles))
    sentences = [
        ("Varsóvia", "LOCATION", "Paraná", "LOCATION"),
        ("Varsóvia", "LOCATION", "Josef Stalin", "PERSON"),
        ("Tukhachevsky", "PERSON", "Varsóvia", "LOCATION"),
    ]
    with gzip.open(folder / "relations.jsonl.gz", "wt", encoding="utf-8") as handle:
        for e1, t1, e2, t2 in sentences:
            obj = {"sentence": f"{e1} ... {e2}.", "entity1": e1, "type1": t1, "entity2": e2, "type2": t2, "relation": "other"}
            handle.write(json.dumps(obj, ensure_ascii=False) + "\n")
    kb = tmp_path / "kb.jsonl"
    kb.write_text(
        json.dumps({"id": "stalin", "label": "José Stalin", "type": "PER", "aliases": ["Estaline", "Josef Stalin"]}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": "nowhere", "label": "Terra do Nunca", "type": "LOC"}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    return kb


def test_kb_file_rows_uses_and_aliases(tmp_path, training_module):
    kb_script = training_module("kb")
    kb_jsonl = _write(tmp_path)
    blob = kb_script.build(tmp_path, kb_jsonl)
    assert blob == kb_script.build(tmp_path, kb_jsonl)  # byte-identical: no time stamp in the gzip stream
    out = tmp_path / "kb.tsv.gz"
    out.write_bytes(blob)
    lines = gzip.decompress(blob).decode("utf-8").splitlines()
    assert lines[0] == "# teia-kb 2"
    rows = {line.split("\t")[0]: line.split("\t") for line in lines if not line.startswith("#")}
    assert len(rows) == 10
    assert rows["Varsóvia"][1:3] == ["LOC", "3"]  # named three times
    assert rows["Varsóvia (Indiana)"][2] == "0"
    assert rows["Paraná"][2] == "1" and rows["Paraná (futebolista)"][2] == "0"
    # the surname reaches one article only: an alias; Vargas also reaches a town and another person
    assert "Tukhachevsky" in rows["Mikhail Tukhachevsky"][3].split("|")
    assert rows["Mikhail Tukhachevsky"][2] == "0"  # uses count titles and bare titles, not surnames
    assert rows["Getúlio Vargas"][3] == "" and rows["Chavela Vargas"][3] == ""
    # the hand-written entry names the article: its names and id go with it
    assert set(rows["Josef Stalin"][3].split("|")) >= {"Estaline", "José Stalin"}
    assert rows["Josef Stalin"][4] == "stalin"
    # the last column: the folded title, title without its (…), aliases
    assert rows["Paraná (futebolista)"][5] == "parana|parana (futebolista)"
    assert set(rows["Josef Stalin"][5].split("|")) >= {"josef stalin", "estaline", "jose stalin"}
    kb = read_link_kb(out)
    assert kb.by_kb_id("stalin").title == "Josef Stalin"
    assert [(a.title, how) for a, how in kb.lookup("Estaline")] == [("Josef Stalin", "alias")]
