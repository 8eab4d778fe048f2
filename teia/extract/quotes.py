"""Quotation marks: the one table the entity rules (a title in quotation marks), the quotation,
title and gate rules of the relations, and the reading of a question (a ``?`` inside quotation
marks is the quotation's) read."""

from __future__ import annotations

__all__ = ["QUOTE_MARKS", "QUOTE_PAIRS"]

QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}
"""Quotation marks, opening → closing (``"`` closes itself)."""

QUOTE_MARKS = frozenset(QUOTE_PAIRS) | frozenset(QUOTE_PAIRS.values())
"""Every quotation mark, opening or closing."""
