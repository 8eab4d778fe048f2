"""The notebook tour (``notebooks/tour.ipynb``) runs top to bottom, and what is committed is
what it shows today.

The notebook is executed once for this module with nbclient, in a ``python3`` kernel running
this interpreter (see ``notebooks/regenerate.py``), from its own folder as a reader would.
Cells tagged ``counts`` print numbers and tables that depend on the pipeline: their committed
text must equal a fresh run's, so a change to extraction that is not followed by
``python notebooks/regenerate.py`` fails here. Pictures are not compared (only present).
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
for _module in ("nbclient", "ipykernel", "pandas", "matplotlib"):
    pytest.importorskip(_module)

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "tour.ipynb"
MAX_BYTES = 1_000_000
COUNTS = "counts"


def _regenerate():
    spec = importlib.util.spec_from_file_location("notebooks_regenerate", ROOT / "notebooks" / "regenerate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def committed():
    return nbformat.read(NOTEBOOK, as_version=4)


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    # The notebook writes to a tempfile.mkdtemp() folder: keep it under pytest's temporary
    # directory. Raises nbclient's CellExecutionError, with the cell and traceback, on any error.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TMPDIR", str(tmp_path_factory.mktemp("notebook")))
        return _regenerate().execute(NOTEBOOK)


def _code_cells(nb):
    return [cell for cell in nb.cells if cell.cell_type == "code"]


def _text(cell) -> str:
    """What a cell shows as text: its stdout and the plain-text form of its results.

    stderr is left out: it carries log lines with absolute paths of the machine that ran it.
    """
    text = ""
    for out in cell.get("outputs", []):
        if out.output_type == "stream" and out.name == "stdout":
            text += out.text  # a print may arrive in several chunks: join them as they came
        elif out.output_type in ("execute_result", "display_data") and "text/plain" in out.data:
            text += out.data["text/plain"] + "\n"
    return text


def _all_text(nb) -> str:
    return "\n".join(_text(cell) for cell in _code_cells(nb))


def test_committed_notebook_is_small_and_executed(committed):
    assert NOTEBOOK.stat().st_size < MAX_BYTES, "notebook over 1 MB: lower the figures' size or dpi"
    cells = _code_cells(committed)
    assert cells
    for cell in cells:
        assert cell.execution_count is not None, f"cell not executed:\n{cell.source[:200]}"
        assert not [o for o in cell.outputs if o.output_type == "error"], f"committed with an error:\n{cell.source[:200]}"
    counts = [cell for cell in cells if COUNTS in cell.metadata.get("tags", [])]
    assert len(counts) >= 5, "the cells that print counts are tagged 'counts'"
    images = [o for cell in cells for o in cell.outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 2, "the network picture and the timeline are committed"
    assert not any(cell.get("attachments") for cell in committed.cells), "no embedded files"


def test_notebook_runs_top_to_bottom(executed):
    for cell in _code_cells(executed):
        assert not [o for o in cell.outputs if o.output_type == "error"]
    images = [o for cell in _code_cells(executed) for o in cell.outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 2


def test_committed_counts_are_not_stale(committed, executed):
    old = [cell for cell in _code_cells(committed) if COUNTS in cell.metadata.get("tags", [])]
    new = [cell for cell in _code_cells(executed) if COUNTS in cell.metadata.get("tags", [])]
    assert [c.source for c in old] == [c.source for c in new]
    for before, after in zip(old, new):
        assert _text(before) == _text(after), (
            "committed output is stale; run `python notebooks/regenerate.py` and review the diff.\n"
            f"cell:\n{before.source[:300]}"
        )


def _tagged(nb, tag):
    cells = [cell for cell in _code_cells(nb) if tag in cell.metadata.get("tags", [])]
    assert cells, f"no code cell is tagged {tag!r}"
    return cells


def _tables(nb) -> list[str]:
    """The plain-text form of every table the notebook shows (pandas results have HTML too)."""
    return [
        out.data["text/plain"]
        for cell in _code_cells(nb)
        for out in cell.outputs
        if out.output_type == "execute_result" and "text/html" in out.data
    ]


# What the reader must see of the three entities the tour follows: the names that must be
# written, whatever else the extraction finds around them.
FOLLOWED = {
    "the Battle of Warsaw": ("Batalha de Varsóvia",),
    "Lenin": ("Vladimir Lenin",),
    "the Komintern": ("Internacional Comunista", "Komintern"),
}


@pytest.mark.parametrize("entity", sorted(FOLLOWED))
def test_tour_tables_show_the_followed_entities(executed, entity):
    tables = _tables(executed)
    assert len(tables) >= 5, "the cookbook queries are shown as tables"
    for name in FOLLOWED[entity]:
        assert any(name in table for table in tables), f"{entity}: {name!r} is in no table"


def test_tour_picture_names_the_followed_entities(executed):
    (cell,) = _tagged(executed, "picture")
    assert any("image/png" in out.get("data", {}) for out in cell.outputs)
    named = next(line for line in _text(cell).splitlines() if line.startswith("named on the picture:"))
    names = named.split(":", 1)[1].split("; ")
    names = [n.strip() for n in names]
    for entity in FOLLOWED:
        assert FOLLOWED[entity][0] in names, f"{entity} is not named on the network picture: {names}"


def test_tour_timeline_has_events_of_the_followed_entities(executed):
    cells = _tagged(executed, "timeline")
    assert any("image/png" in out.get("data", {}) for cell in cells for out in cell.outputs)
    text = "".join(_text(cell) for cell in cells)
    # one line per followed name: "Komintern - dated events between 1917 and 1925: 2"
    counts = dict(re.findall(r"^(.+) - dated events between 1917 and 1925: (\d+)$", text, re.M))
    assert set(counts) == {"Batalha de Varsóvia", "Lenin", "Komintern"}, text
    for name, count in counts.items():
        assert int(count) > 0, f"no dated event about {name} on the timeline"
    for entity in FOLLOWED:  # and the rows themselves, in the timeline's table
        assert FOLLOWED[entity][0] in text, f"{entity} is not in the timeline table"


def test_tour_rejects_a_merge_through_the_override_file(executed):
    text = _all_text(executed)
    assert "rejected" in text, "the merge rejected through the override file is shown"
    assert '"status": "rejected"' in text, "the override line written by teia.reject_merge is shown"
