"""Where a time rule can match: around the places its ``needs`` occur (:func:`matches`).

Every match of a rule holds each of the rule's ``needs`` (:mod:`.rules`; the need may begin up
to three characters before the match, where the rule's lookbehind reads). A match is also never
longer than a bound worked out from the rule's regular expression and the text
(:func:`_reach`): the parts of fixed length, plus, for each unbounded repeat of one character
(``\\s+``, ``\\d+``, ``[IVXLC]+``), the longest run of such characters in that text. So a match
starts at most that bound before an occurrence of the need, and the rule only has to be tried
there: :func:`matches` runs ``regex.search`` with ``pos`` and ``endpos`` around each occurrence
instead of ``regex.finditer`` over the whole text. An attempt at a kept position reads no
character at or beyond its ``endpos`` (the bound covers the lookaheads and the character a
repeat reads to see where it stops), and a lookbehind still sees the text before ``pos``, so
each attempt ends as it would in the whole text: the matches are the ones ``finditer`` gives,
in the same order (``tests/extract/test_timex_windows.py`` compares them).

A rule whose expression holds something the bound does not know (a back-reference, an
unbounded repeat of more than one character), a need with an anchor or a lookaround (its
occurrences in the text would not be those in the match), and a text where the windows would
cover most of it are matched over the whole text, as before.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterator
from functools import lru_cache

_READ = (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY, sre.CATEGORY)
"""Pattern items that read one character."""

_SLACK = 2
"""Characters read beyond a match's bound: the one a greedy repeat reads to stop, and one more."""

_GAP = 64
"""Windows closer than this are searched as one."""

Reach = tuple[int, tuple[tuple[str, int], ...]]
"""``(fixed, ((item pattern, count), ...))``: a match reads at most ``fixed`` characters plus,
for each item, ``count`` times the longest run of characters that item matches."""


def _one_character(sub: sre_parse.SubPattern) -> str | None:
    """The pattern of a repeated item that reads one character (a literal or a set of literals,
    ranges, ``\\s`` and ``\\d``), or None."""
    if len(sub) != 1:
        return None
    op, av = sub[0]
    if op == sre.LITERAL:
        return re.escape(chr(av))
    if op != sre.IN:
        return None
    parts = []
    for o, a in av:
        if o == sre.LITERAL:
            parts.append(re.escape(chr(a)))
        elif o == sre.RANGE:
            parts.append(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
        elif o == sre.CATEGORY and a == sre.CATEGORY_SPACE:
            parts.append(r"\s")
        elif o == sre.CATEGORY and a == sre.CATEGORY_DIGIT:
            parts.append(r"\d")
        else:
            return None
    return f"[{''.join(parts)}]"


def _add(counts: dict[str, int], more: dict[str, int], times: int = 1) -> None:
    for item, n in more.items():
        counts[item] = counts.get(item, 0) + n * times


def _bound(items: sre_parse.SubPattern) -> tuple[int, dict[str, int]] | None:
    """An upper bound of the characters an attempt of ``items`` reads from where it starts (a
    lookbehind reads before it and is left out), as :data:`Reach` counts them; None when an
    item is not one the bound knows."""
    fixed, counts = 0, {}
    for op, av in items:
        if op in _READ:
            fixed += 1
        elif op == sre.AT:
            continue
        elif op == sre.SUBPATTERN:
            inner = _bound(av[-1])
            if inner is None:
                return None
            fixed += inner[0]
            _add(counts, inner[1])
        elif op == sre.BRANCH:
            branches = [_bound(b) for b in av[1]]
            if any(b is None for b in branches):
                return None
            fixed += max(b[0] for b in branches)
            for item in {i for b in branches for i in b[1]}:
                counts[item] = counts.get(item, 0) + max(b[1].get(item, 0) for b in branches)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            _, most, sub = av
            if most == sre.MAXREPEAT:
                item = _one_character(sub)
                if item is None:
                    return None
                counts[item] = counts.get(item, 0) + 1
            else:
                inner = _bound(sub)
                if inner is None:
                    return None
                fixed += most * inner[0]
                _add(counts, inner[1], most)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, sub = av
            if direction < 0:
                continue
            inner = _bound(sub)
            if inner is None:
                return None
            fixed += inner[0]
            _add(counts, inner[1])
        else:
            return None
    return fixed, counts


@lru_cache(maxsize=None)
def _reach(regex: re.Pattern) -> Reach | None:
    """The :data:`Reach` of a rule's expression, or None when it cannot be bounded (or may
    match the empty string)."""
    parsed = sre_parse.parse(regex.pattern, regex.flags)
    found = _bound(parsed)
    if found is None or parsed.getwidth()[0] == 0:
        return None
    return found[0] + _SLACK, tuple(sorted(found[1].items()))


@lru_cache(maxsize=None)
def _plain(need: str) -> bool:
    """Whether a need only reads the characters it matches (no anchor, lookaround or
    back-reference) and never matches the empty string: then its occurrence in a match is an
    occurrence in the whole text."""

    def plain(items: sre_parse.SubPattern) -> bool:
        for op, av in items:
            if op in _READ:
                continue
            if op == sre.SUBPATTERN:
                ok = plain(av[-1])
            elif op == sre.BRANCH:
                ok = all(plain(b) for b in av[1])
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                ok = plain(av[2])
            else:
                ok = False
            if not ok:
                return False
        return True

    parsed = sre_parse.parse(need)
    return plain(parsed) and parsed.getwidth()[0] > 0


_MOST_STRINGS = 64
"""The most strings a piece of a need is spelled out into by :func:`need_literals`."""


def _spelled(items: sre_parse.SubPattern) -> set[str] | None:
    """Every string ``items`` matches, when there are at most :data:`_MOST_STRINGS` of them and
    each character is a literal or one of a set of literals and ranges; else None."""
    out = {""}
    for op, av in items:
        pieces: set[str] | None = None
        if op == sre.LITERAL:
            pieces = {chr(av)}
        elif op == sre.IN:
            pieces = set()
            for o, a in av:
                if o == sre.LITERAL:
                    pieces.add(chr(a))
                elif o == sre.RANGE and a[1] - a[0] < _MOST_STRINGS:
                    pieces.update(chr(c) for c in range(a[0], a[1] + 1))
                else:
                    return None
        elif op == sre.SUBPATTERN:
            pieces = _spelled(av[-1])
        elif op == sre.BRANCH:
            branches = [_spelled(b) for b in av[1]]
            pieces = None if any(b is None for b in branches) else set().union(*branches)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == av[1] and av[1] <= 4:
            inner = _spelled(av[2])
            if inner is not None:
                pieces = {""}
                for _ in range(av[1]):
                    pieces = {a + b for a in pieces for b in inner}
        if pieces is None or len(out) * len(pieces) > _MOST_STRINGS:
            return None
        out = {a + b for a in out for b in pieces}
    return out


def _telling(found: set[str]) -> tuple[int, int]:
    """How well a set of strings tells a text apart: its shortest string, then fewer strings."""
    return min(map(len, found)), -len(found)


def _held(items: sre_parse.SubPattern) -> list[set[str]]:
    """Sets of strings such that every match of ``items`` holds a string of each set: the
    runs of consecutive items :func:`_spelled` spells out (each run kept small), what a group
    or a repeat that must occur holds, and for an alternation the union of each branch's most
    telling set (none when a branch has none)."""
    found: list[set[str]] = []
    run = {""}
    for op, av in items:
        piece = _spelled([(op, av)])
        if piece is not None and len(run) * len(piece) <= _MOST_STRINGS:
            run = {a + b for a in run for b in piece}
            continue
        if run != {""}:
            found.append(run)
        run = piece if piece is not None else {""}
        if op == sre.SUBPATTERN:
            found += _held(av[-1])
        elif op == sre.BRANCH:
            branches = [_held(b) for b in av[1]]
            if all(branches):
                found.append(set().union(*(max(b, key=_telling) for b in branches)))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            found += _held(av[2])
    if run != {""}:
        found.append(run)
    return found


@lru_cache(maxsize=None)
def need_literals(need: str) -> tuple[tuple[str, ...], ...]:
    """Sets of strings such that every occurrence of the need holds a string of each set (as it
    is matched, case included): a text lacking every string of one set holds no occurrence, and
    the need's regular expression is not run over it. Only sets whose strings all have two
    characters or more, the three most telling; none for a need with a lookaround, an anchor
    or a back-reference."""
    if not _plain(need):
        return ()
    found = [s for s in _held(sre_parse.parse(need)) if min(map(len, s)) >= 2]
    found.sort(key=_telling, reverse=True)
    return tuple(tuple(sorted(s)) for s in found[:3])


@lru_cache(maxsize=None)
def _run_pattern(item: str, flags: int) -> re.Pattern:
    return re.compile(f"(?:{item}){{2,}}", flags)


def _longest_run(item: str, flags: int, text: str, memo: dict) -> int:
    """At least the longest run of characters ``item`` matches in ``text`` (1 when no two are
    side by side: only runs of two or more are looked for, the common single space is not)."""
    key = ("run", item, flags)
    if key not in memo:
        memo[key] = max((m.end() - m.start() for m in _run_pattern(item, flags).finditer(text)), default=1)
    return memo[key]


def _windows(need: re.Pattern, where: str, span: int, memo: dict) -> list[list[int]] | None:
    """``[first, last]`` positions where a match may start, around the occurrences of ``need``;
    None when they cover more than half of the text (then the whole text is searched). The
    occurrences are kept in ``memo`` for the other rules of the text with the same need (and
    ``memo[("first", need)]``, when set, is where the first one starts)."""
    size = len(where)
    if span >= memo.get(("dense", need), size + span + 1):
        return None  # a smaller span already covered more than half of the text
    occurrences = memo.get(("need", need))
    # from the first occurrence when :mod:`.scan` found it (the same occurrences: a plain need
    # reads nothing before where it matches)
    found = occurrences if occurrences is not None else (m.span() for m in need.finditer(where, memo.get(("first", need), 0)))
    seen: list[tuple[int, int]] = []
    windows: list[list[int]] = []
    covered = 0
    for start, end in found:
        if occurrences is None:
            seen.append((start, end))
        first, last = max(0, start - span), end + 3
        if windows and first <= windows[-1][1] + _GAP:
            if last > windows[-1][1]:
                covered += last - windows[-1][1]
                windows[-1][1] = last
        else:
            windows.append([first, last])
            covered += last - first
        if covered > size // 2:
            memo[("dense", need)] = min(span, memo.get(("dense", need), span))
            return None
    if occurrences is None:
        memo[("need", need)] = seen
    return windows


def prepare(regex: re.Pattern, needs: tuple[str, ...]) -> None:
    """Work out at once what :func:`matches` and :func:`need_literals` read of a rule (its
    :data:`Reach`, the runs its repeated characters are measured by, the plain needs and their
    strings), which they otherwise work out at their first call; the answers are the same."""
    reach = _reach(regex)
    for item, _ in reach[1] if reach is not None else ():
        _run_pattern(item, regex.flags)
    for need in needs:
        need_literals(need)


def matches(regex: re.Pattern, need: re.Pattern | None, text: str, where: str, memo: dict) -> Iterator[re.Match]:
    """``regex.finditer(text)``, searched only around the occurrences of ``need`` in ``where``
    (the text the needs are searched in: ``text`` or its lower-case copy, of the same length).

    ``need`` is one of the rule's needs (None: the whole text); ``memo`` is shared by the rules
    of one text (the runs of characters and the needs' occurrences)."""
    reach = _reach(regex) if need is not None and _plain(need.pattern) and len(where) == len(text) else None
    if reach is None:
        yield from regex.finditer(text)
        return
    fixed, counts = reach
    span = fixed + sum(n * _longest_run(item, regex.flags, text, memo) for item, n in counts)
    windows = _windows(need, where, span, memo)
    if windows is None:
        yield from regex.finditer(text)
        return
    size = len(text)
    pos = 0
    for first, last in windows:
        at = max(first, pos)
        while at <= last:
            m = regex.search(text, at, min(size, last + span))
            if m is None or m.start() > last:
                break
            yield m
            pos = at = m.end()  # never empty: ``_reach`` refuses such an expression
