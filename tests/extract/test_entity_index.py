"""EntityIndex.at stops walking back once no earlier mention reaches the span (issue 19): it must
give the answer of a scan of the whole window of mentions before the span's end."""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Iterator

from teia.extract.entities import EntityIndex
from teia.records import Entity, Mention


def _scan_mention(
    spans: list[tuple[int, int, str]], start: int, end: int, window: int = 8, last_start: int | None = None
) -> tuple[int, int, str] | None:
    """The mention overlapping ``[start, end)`` most, among the ``window`` mentions starting last
    at or before ``last_start`` (``end`` unless given; ties: the later start), every one of them tested."""
    best, best_overlap = None, 0
    i = bisect_right([s for s, _, _ in spans], end if last_start is None else last_start)
    for span in reversed(spans[max(0, i - window) : i]):
        overlap = min(span[1], end) - max(span[0], start)
        if overlap > best_overlap:
            best, best_overlap = span, overlap
    return best


def _scan(spans: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The entity whose mention overlaps ``[start, end)`` most, among the eight mentions starting
    last before ``end`` (ties: the later start), every one of them tested."""
    hit = _scan_mention(spans, start, end)
    return hit[2] if hit is not None else None


def _entities(rng: random.Random) -> list[Entity]:
    """Entities with mentions of any length, nested and overlapping ones among them."""
    out = []
    for k in range(rng.randint(1, 12)):
        mentions = []
        for _ in range(rng.randint(1, 4)):
            start = rng.randint(0, 300)
            end = start + rng.choice([1, 2, 5, 12, 40, 120])
            mentions.append(Mention("d", start, end, "x" * (end - start), "PER"))
        out.append(Entity(f"e{k}", "x", "PER", mentions=tuple(mentions)))
    return out


def _cases(seed: int, indexes: int) -> Iterator[tuple[EntityIndex, list[tuple[int, int, str]], int, int]]:
    """``(index, its sorted mention spans, start, end)``: 40 random spans over each of ``indexes``
    random sets of entities."""
    rng = random.Random(seed)
    for _ in range(indexes):
        entities = _entities(rng)
        index = EntityIndex(entities)
        spans = sorted((m.start, m.end, e.id) for e in entities for m in e.mentions)
        for _ in range(40):
            start = rng.randint(0, 450)
            yield index, spans, start, start + rng.randint(1, 30)


def test_at_answers_as_a_scan_of_the_whole_window():
    checked = found = 0
    for index, spans, start, end in _cases(19, 300):
        expected = _scan(spans, start, end)
        assert index.at(start, end) == expected, (spans, start, end)
        checked += 1
        found += expected is not None
    assert checked == 12_000 and 0 < found < checked  # both answers occur


def test_a_long_mention_before_short_ones_is_still_found():
    # the long mention starts first and ends last: the short ones in between end before the span
    long = Mention("d", 0, 100, "x" * 100, "ORG")
    short = [Mention("d", s, s + 2, "xx", "PER") for s in (10, 20, 30)]
    index = EntityIndex([Entity("org", "x", "ORG", mentions=(long,)), Entity("per", "x", "PER", mentions=tuple(short))])
    assert index.at(50, 55) == "org"
    assert index.at(20, 22) == "per"  # two characters of each: the later start wins the tie
    assert index.at(120, 130) is None


def test_the_relation_context_window_answers_as_a_scan():
    # the relation rules' Context.mention: twelve mentions starting before the span's end
    found = 0
    for index, spans, start, end in _cases(29, 200):
        expected = _scan_mention(spans, start, end, window=12, last_start=end - 1)
        assert index.overlapping(start, end, lookback=12, starting_by=end - 1) == expected, (spans, start, end)
        found += expected is not None
    assert found
