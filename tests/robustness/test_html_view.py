"""The HTML view shows a readable drawing at once (issue 22, failure 10)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from teia.graph.export.html import LABELLED_NODES, page_data, write_html
from teia.graph.export.layout import layout
from teia.graph.export.projection import as_projection

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def test_layout_is_deterministic_and_gathers_isolated_nodes() -> None:
    ids = [f"n{i}" for i in range(40)]
    edges = [(f"n{i}", f"n{i + 1}") for i in range(20)] + [("n30", "n31")]
    first, second = layout(ids, edges), layout(ids, edges)
    assert first == second and set(first) == set(ids)
    main = [first[f"n{i}"] for i in range(21)]
    right_edge = max(x for x, _ in main)
    # the pair and the isolated nodes are beside the main drawing, not around it
    assert all(first[f"n{i}"][0] > right_edge for i in range(30, 40))
    assert len({first[i] for i in ids}) == len(ids)  # no two nodes on the same spot


def test_page_data_marks_isolated_and_best_connected(corpus_graph) -> None:
    kg, _ = corpus_graph
    data = page_data(as_projection(kg.dataset))
    nodes = data["nodes"]
    linked = {e["source"] for e in data["edges"]} | {e["target"] for e in data["edges"]}
    assert all(("x" in n and "y" in n) for n in nodes)
    assert {n["id"] for n in nodes if n["isolated"]} == {n["id"] for n in nodes} - linked
    top = [n for n in nodes if n["top"]]
    assert len(top) == min(LABELLED_NODES, len(linked))
    assert min(n["degree"] for n in top) >= max(n["degree"] for n in nodes if not n["top"] and not n["isolated"])


def _dark_pixels_below_header(png: Path, header: int = 80) -> int:
    from PIL import Image

    image = Image.open(png).convert("L")
    width, height = image.size
    crop = image.crop((0, header, width, height))
    return sum(crop.histogram()[:200])


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (make browser)")
def test_screenshot_at_load_shows_the_graph(corpus_graph, tmp_path: Path) -> None:
    pytest.importorskip("PIL")
    kg, _ = corpus_graph
    page = tmp_path / "graph.html"
    write_html(kg.dataset, page)
    shot = tmp_path / "shot.png"
    # no --virtual-time-budget: the picture is taken as soon as the page has loaded
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,800", f"--screenshot={shot}", page.as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert shot.is_file(), proc.stderr[-2000:]
    # the page before this change: only the header (0 dark pixels below it); now nodes, edges, labels
    assert _dark_pixels_below_header(shot) > 5000


def test_large_component_layout_is_deterministic() -> None:
    # above 400 nodes the repulsion is sampled (seeded): still the same drawing every time
    ids = [f"n{i}" for i in range(450)]
    edges = [(f"n{i}", f"n{(i * 7 + 3) % 450}") for i in range(450)]
    first = layout(ids, edges)
    assert first == layout(ids, edges) and len(set(first.values())) == len(ids)
