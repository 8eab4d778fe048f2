"""teia.extract.linking.title_types: the one type of the Wikipedia titles a name is, read from a
knowledge-base file written here, with teia's lookup cache and without it."""

from __future__ import annotations

import pytest

from teia.errors import InputError
from teia.extract.linking import FORMAT, article_keys, title_types

ROWS = [
    ("Paraná (futebolista)", "PER", "3", ""),
    ("Paraná", "LOC", "90", ""),
    ("Intelbras", "ORG", "1", ""),
    ("Rio Tejo", "LOC", "12", "Tejo"),
    ("Tejo (banda)", "ORG", "0", ""),
    ("Mércia (Nova Iorque)", "LOC", "0", ""),
]


def _write(path):
    lines = [f"# {FORMAT}", "# title\ttype\tuses\taliases\tkb_ids\tkeys"]
    for title, kind, uses, aliases in ROWS:
        keys = "|".join(sorted(article_keys(title, aliases.split("|") if aliases else ())))
        lines.append(f"{title}\t{kind}\t{uses}\t{aliases}\t\t{keys}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("cache", ["on", "off"])
def test_one_type_across_titles_and_bare_titles_aliases_not_counted(tmp_path, monkeypatch, cache):
    monkeypatch.setenv("TEIA_CACHE_DIR", str(tmp_path / "cache") if cache == "on" else "")
    kb = _write(tmp_path / f"kb-{cache}.tsv")
    got = title_types(["Paraná", "INTELBRAS", "Tejo", "Mercia", "Rio Tejo", "Lisboa"], kb)
    # Paraná: a state and a footballer; Tejo: the band's bare title (the river's alias is not counted)
    assert got == {"INTELBRAS": "ORG", "Tejo": "ORG", "Mercia": "LOC", "Rio Tejo": "LOC"}
    assert title_types([], kb) == {}
    # whole titles only: Mércia has none but "Mércia (Nova Iorque)", Tejo none but the band's and an alias
    got = title_types(["INTELBRAS", "Tejo", "Mercia", "Rio Tejo"], kb, whole=True)
    assert got == {"INTELBRAS": "ORG", "Rio Tejo": "LOC"}


def test_shipped_titles():
    got = title_types(["Intelbras", "Fernando Pessoa", "Paraná", "Nome Que Não Existe"])
    assert got == {"Intelbras": "ORG", "Fernando Pessoa": "PER"}


def test_missing_file_is_one_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        title_types(["Intelbras"], tmp_path / "none.tsv.gz")
