"""gc_settled: the objects alive at the start set aside from the cyclic collector for a block,
collectable again after it; a build leaves nothing frozen."""

from __future__ import annotations

import contextlib
import gc

import pytest

from teia.build.steps import SETTLED_YOUNG, gc_settled


@pytest.fixture(autouse=True)
def _nothing_frozen():
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.enable()


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_block_freezes_what_is_alive_and_unfreezes_after():
    keep = [_Cycle() for _ in range(10)]
    with gc_settled():
        assert gc.get_freeze_count() >= len(keep)
        made = _Cycle()  # made inside: tracked as usual
        assert gc.is_tracked(made)
    assert gc.get_freeze_count() == 0


def test_cyclic_garbage_from_before_the_block_is_collected_after_it():
    import weakref

    cycle = _Cycle()
    ref = weakref.ref(cycle)
    with gc_settled():
        del cycle
        gc.collect()
        assert ref() is not None  # frozen: not collected in the block
    gc.collect()
    assert ref() is None


def test_nothing_done_when_frozen_by_the_caller_or_collector_off():
    gc.freeze()
    before = gc.get_freeze_count()
    with gc_settled():
        pass
    assert gc.get_freeze_count() == before > 0  # the caller's freeze is left as it was
    gc.unfreeze()
    gc.disable()
    with gc_settled():
        assert gc.get_freeze_count() == 0
    assert not gc.isenabled()


def test_block_unfreezes_on_error():
    before = gc.get_threshold()
    with pytest.raises(ValueError), gc_settled():
        raise ValueError("boom")
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before


def test_young_objects_collected_less_often_in_the_block_and_as_before_after():
    before = gc.get_threshold()
    assert before[0] < SETTLED_YOUNG
    counts = []
    for settled in (True, False):
        collections = []
        watch = lambda phase, info: collections.append(info["generation"]) if phase == "start" else None  # noqa: E731
        gc.callbacks.append(watch)
        try:
            with gc_settled() if settled else contextlib.nullcontext():
                if settled:
                    assert gc.get_threshold() == (SETTLED_YOUNG, *before[1:])
                kept = [[i] for i in range(3 * SETTLED_YOUNG)]  # tracked objects that stay alive
        finally:
            gc.callbacks.remove(watch)
        assert len(kept) == 3 * SETTLED_YOUNG
        counts.append(collections.count(0))
        assert gc.get_threshold() == before
    assert 1 <= counts[0] <= 3 < 3 * SETTLED_YOUNG // before[0] // 2 <= counts[1]


def test_build_leaves_nothing_frozen(tmp_path):
    import teia

    (tmp_path / "a.txt").write_text("O Lenin nasceu em Simbirsk em 1870.\n", encoding="utf-8")
    teia.build(tmp_path / "a.txt", out=tmp_path / "out", model="blank")
    assert gc.get_freeze_count() == 0
    assert (tmp_path / "out" / "graph.nq").is_file()
