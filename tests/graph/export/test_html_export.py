"""HTML export: one self-contained page; optional check in headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
from test_export_sample import LENIN, PILSUDSKI, RED_ARMY, add_awkward_entity, sample_dataset

from teia.graph.export import write_html
from teia.graph.palette import TYPE_COLORS


def embedded(page: str, block: str) -> dict:
    m = re.search(rf'<script type="application/json" id="{block}">(.*?)</script>', page, re.S)
    assert m, f"no {block} block"
    return json.loads(m.group(1))


def test_page_is_self_contained(tmp_path):
    out = tmp_path / "g.html"
    write_html(sample_dataset(), out, title="Guerra <1920>")
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Guerra &lt;1920&gt;</title>" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert "<link" not in page and "@import" not in page
    assert "sourceMappingURL" not in page
    assert "vis.Network" in page and 'id="search"' in page
    assert out.stat().st_size < 1_500_000


def test_embedded_data(tmp_path):
    out = tmp_path / "g.html"
    write_html(sample_dataset(), out)
    data = embedded(out.read_text(encoding="utf-8"), "teia-data")
    assert len(data["nodes"]) == 7 and len(data["edges"]) == 8
    nodes = {n["id"]: n for n in data["nodes"]}
    lenin = nodes[str(LENIN)]
    assert lenin["label"] == "Vladimir Lenin" and lenin["type"] == "Person"
    assert lenin["aliases"] == "Lenin; Vladimir Ilitch Ulianov"
    assert 1 <= len(nodes[str(RED_ARMY)]["evidence"]) <= 3
    assert "o marechal Piłsudski" in nodes[str(PILSUDSKI)]["evidence"]
    assert data["types"]["Person"] == TYPE_COLORS["Person"]


def test_script_breaking_text_is_escaped(tmp_path):
    ds = sample_dataset()
    odd = add_awkward_entity(ds)
    out = tmp_path / "g.html"
    write_html(ds, out)
    page = out.read_text(encoding="utf-8")
    data_block = page.split('id="teia-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data_block
    data = embedded(page, "teia-data")
    node = next(n for n in data["nodes"] if n["id"] == str(odd))
    assert node["label"] == 'Manifesto "A & B" </script><!-- x\n linha'


def test_deterministic(tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    write_html(sample_dataset(), a)
    write_html(sample_dataset(), b)
    assert a.read_bytes() == b.read_bytes()


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_headless_chromium_draws_every_node(tmp_path):
    ds = sample_dataset()
    add_awkward_entity(ds)
    out = tmp_path / "g.html"
    write_html(ds, out)
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
           "--disable-background-networking", "--virtual-time-budget=10000",
           f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", out.as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    m = re.search(r'data-drawn-nodes="(\d+)"', proc.stdout)
    assert m, proc.stderr[-2000:]
    assert int(m.group(1)) == 8


def test_max_nodes_keeps_the_best_connected(tmp_path):
    out = tmp_path / "g.html"
    write_html(sample_dataset(), out, max_nodes=2)
    data = embedded(out.read_text(encoding="utf-8"), "teia-data")
    assert data["total_nodes"] == 7
    ids = {n["id"] for n in data["nodes"]}
    assert len(ids) == 2 and str(RED_ARMY) in ids
    assert all(e["source"] in ids and e["target"] in ids for e in data["edges"])
