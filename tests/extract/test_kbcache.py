"""The link knowledge-base lookup cache: the same articles as a whole read, checked when built,
rebuilt when the file changes, and a plain read (with one warning) when it cannot be used."""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import random
import stat

import pytest

from teia import __version__
from teia.errors import InputError
from teia.extract import kbcache
from teia.extract.linking import FORMAT, LinkKB, article_keys, default_link_kb_path, read_link_kb

ROWS = [
    ("Varsóvia", "LOC", 49, "", "varsovia"),
    ("Varsóvia (Indiana)", "LOC", 0, "", ""),
    ("Polónia", "LOC", 11, "Polônia", ""),
    ("Máximo Gorki", "PER", 2, "Gorki", ""),
    ("Getúlio Vargas", "PER", 40, "", "vargas|getulio"),
    ("Getúlio Vargas (Rio Grande do Sul)", "LOC", 0, "", ""),
    ("França", "LOC", 300, "", ""),
    ("Franca", "LOC", 5, "", ""),
    ("Varsóvia", "LOC", 7, "Warszawa", ""),  # the same title twice: the later row wins, as in a whole read
]
NAMES = (["Varsóvia", "Gorki"], ["POLÔNIA", "a França"], ["Getulio  Vargas"], ["Warszawa"], ["Atlântida"], [])


def _format2(rows) -> str:
    keys = ["|".join(sorted(article_keys(r[0], r[3].split("|") if r[3] else ()))) for r in rows]
    return f"# {FORMAT}\n" + "".join("\t".join(map(str, r)) + f"\t{k}\n" for r, k in zip(rows, keys))


def _same(one: LinkKB, two: LinkKB) -> bool:
    """Same articles, index and hand-written ids, in the same order."""
    return (
        list(one.articles.items()) == list(two.articles.items())
        and list(one._index.items()) == list(two._index.items())
        and list(one._kb.items()) == list(two._kb.items())
    )


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("TEIA_CACHE_DIR", str(folder))
    return folder


@pytest.mark.parametrize("fmt", ["1", "2", "gz"])
def test_cached_reads_give_the_articles_of_a_plain_read(tmp_path, cache, fmt):
    path = tmp_path / ("kb.tsv.gz" if fmt == "gz" else "kb.tsv")
    body = "# teia-kb 1\n" + "".join("\t".join(map(str, r)) + "\n" for r in ROWS) if fmt == "1" else _format2(ROWS)
    path.write_bytes(gzip.compress(body.encode()) if fmt == "gz" else body.encode())
    for names in NAMES:
        for ids in ([], ["varsovia"], ["getulio", "nothing"]):
            plain = read_link_kb(path, names, ids, cache=False)
            first = read_link_kb(path, names, ids)  # builds the cache the first time
            assert len(list(cache.glob("link-kb-*.sqlite"))) == 1
            again = read_link_kb(path, names, ids)  # read from it
            assert _same(plain, first) and _same(plain, again)
    assert "Warszawa" in read_link_kb(path, ["Warszawa"]).articles["Varsóvia"].aliases


def test_cache_is_read_not_the_file(tmp_path, cache):
    path = tmp_path / "kb.tsv"
    path.write_text(_format2(ROWS), encoding="utf-8")
    read_link_kb(path, ["Gorki"])
    (built,) = cache.glob("link-kb-*.sqlite")
    cached = kbcache.for_file(path, path.read_bytes())
    assert cached.lookup({"gorki"}, set()) == [["Máximo Gorki", "PER", "2", "Gorki", ""]]
    # a cache holding other rows for these bytes would be believed: the lookup goes by the file's hash
    assert built == cached.path and cached.digest == hashlib.sha256(path.read_bytes()).hexdigest()


def test_edited_file_is_a_new_cache_checked_when_built(tmp_path, cache):
    path = tmp_path / "kb.tsv"
    path.write_text(_format2(ROWS), encoding="utf-8")
    assert "Franca" in read_link_kb(path, ["Franca"]).articles
    path.write_text(_format2(ROWS[:-2]), encoding="utf-8")  # Franca removed
    assert "Franca" not in read_link_kb(path, ["Franca"]).articles
    (second,) = cache.glob("link-kb-*.sqlite")  # the first file's cache is gone
    path.write_text(_format2(ROWS) + "Lisboa\tCITY\t1\t\t\tlisboa\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"kb\.tsv:11: expected title, type"):
        read_link_kb(path, ["Franca"])
    assert list(cache.glob("link-kb-*.sqlite")) == [second]  # nothing stored for the broken file, nothing deleted
    assert not list(cache.glob("*.tmp"))


def test_each_file_keeps_one_cache_and_others_are_left_alone(tmp_path, cache):
    one, two = tmp_path / "one.tsv", tmp_path / "two.tsv"
    one.write_text(_format2(ROWS), encoding="utf-8")
    two.write_text(_format2(ROWS[:3]), encoding="utf-8")
    read_link_kb(one, ["Gorki"])
    read_link_kb(two, ["Gorki"])
    first = {p.name for p in cache.glob("link-kb-*.sqlite")}
    assert len(first) == 2  # one per file
    stale = cache / kbcache.for_file(one, b"older bytes").path.name.replace(f"teia{__version__}", "teia0.0.1")
    stale.write_bytes(b"a cache an older teia made")
    foreign = cache / "notes.sqlite"
    foreign.write_bytes(b"not ours")
    one.write_text(_format2(ROWS[1:]), encoding="utf-8")  # edited: a new cache for it replaces its old ones
    assert "Máximo Gorki" in read_link_kb(one, ["Gorki"]).articles
    now = {p.name for p in cache.glob("*.sqlite")}
    assert now == {kbcache.for_file(one, one.read_bytes()).path.name, kbcache.for_file(two, two.read_bytes()).path.name, "notes.sqlite"}
    assert kbcache.for_file(two, two.read_bytes()).path.name in first


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_unwritable_folder_falls_back_to_a_plain_read(tmp_path, cache, caplog):
    path = tmp_path / "kb.tsv"
    path.write_text(_format2(ROWS), encoding="utf-8")
    cache.mkdir()
    cache.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with caplog.at_level(logging.WARNING, logger="teia"):
            kb = read_link_kb(path, ["Varsóvia"])
    finally:
        cache.chmod(stat.S_IRWXU)
    assert _same(kb, read_link_kb(path, ["Varsóvia"], cache=False))
    assert [r.getMessage() for r in caplog.records if "cannot write the link knowledge-base cache" in r.getMessage()]


def test_folder_that_is_a_file_falls_back_to_a_plain_read(tmp_path, monkeypatch, caplog):
    path = tmp_path / "kb.tsv"
    path.write_text(_format2(ROWS), encoding="utf-8")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("TEIA_CACHE_DIR", str(blocker / "teia"))
    with caplog.at_level(logging.WARNING, logger="teia"):
        kb = read_link_kb(path, ["Varsóvia", "Gorki"])
    assert _same(kb, read_link_kb(path, ["Varsóvia", "Gorki"], cache=False))
    (warning,) = [r.getMessage() for r in caplog.records]
    assert "cannot write the link knowledge-base cache" in warning and "\n" not in warning


def test_damaged_cache_is_a_warning_and_is_rebuilt(tmp_path, cache, caplog):
    path = tmp_path / "kb.tsv"
    path.write_text(_format2(ROWS), encoding="utf-8")
    read_link_kb(path, ["Gorki"])
    (built,) = cache.glob("link-kb-*.sqlite")
    built.write_bytes(b"not a database" * 100)
    with caplog.at_level(logging.WARNING, logger="teia"):
        kb = read_link_kb(path, ["Gorki", "Varsóvia"])
    assert _same(kb, read_link_kb(path, ["Gorki", "Varsóvia"], cache=False))
    assert any("cannot read the link knowledge-base cache" in r.getMessage() for r in caplog.records)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="teia"):
        assert _same(kb, read_link_kb(path, ["Gorki", "Varsóvia"]))
    assert not caplog.records  # rebuilt by the read above


def test_empty_setting_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("TEIA_CACHE_DIR", "")
    path = tmp_path / "kb.tsv"
    path.write_text(_format2(ROWS), encoding="utf-8")
    assert kbcache.cache_dir() is None
    assert _same(read_link_kb(path, ["Gorki"]), read_link_kb(path, ["Gorki"], cache=False))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kb.tsv"]


def test_shipped_knowledge_base_through_the_cache(cache):
    """Names drawn from the shipped file's own titles and aliases (and some that reach nothing):
    the cached read keeps the articles the whole-file read keeps."""
    with gzip.open(default_link_kb_path(), "rt", encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if not line.startswith("#")]
    rng = random.Random(19)
    picked = rng.sample(rows, 400)
    names = [r[0] for r in picked[:200]] + [a for r in picked[200:] for a in r[3].split("|") if a]
    names += [r[0].split()[-1] for r in picked[:100]] + ["Nenhures Inexistente", "o Porto", ""]
    ids = sorted({i for r in rows if r[4] for i in r[4].split("|")})[:5]
    plain = read_link_kb(default_link_kb_path(), names, ids, cache=False)
    assert _same(plain, read_link_kb(default_link_kb_path(), names, ids))
    assert _same(plain, read_link_kb(default_link_kb_path(), names, ids))
    assert len(plain) > 200
