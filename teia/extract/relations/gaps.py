"""The punctuation between two names, as the surface rules read it off the text whatever the
parse: a comma, a bracket that opens or closes, an ``e``. One compiled expression each, for every
rule that asks whether the text between two mentions is that gap (``fullmatch`` over the text
between them) or whether a name is followed by it (``match`` from the name's end).

The gaps that carry words of their own (``, no``, ``, de``, a list's ``ou``) stay with the rule
that reads them.
"""

from __future__ import annotations

import re

__all__ = ["AND_GAP", "BRACKET_CLOSES", "BRACKET_OPENS", "COMMA_AHEAD", "COMMA_GAP", "COMMA_OR_AND_GAP"]

COMMA_GAP = re.compile(r"\s*,\s*")
"""A comma, with any spaces either side: ``Luanda, Angola``, ``Denver, Colorado``."""

COMMA_AHEAD = re.compile(r"\s*,")
"""Spaces, then a comma: what closes a name's apposition or phrase, matched from the name's end
(``o presidente da CPI, senador Amir Lando, disse``)."""

BRACKET_OPENS = re.compile(r"\s*\(\s*")
"""A bracket opening between two names, with any spaces either side: ``Madison (EUA``."""

BRACKET_CLOSES = re.compile(r"\s*\)")
"""Spaces, then the bracket closing: matched from the end of the name the bracket holds."""

AND_GAP = re.compile(r"\s+e\s+")
"""``e`` between two names, a space either side (``Sérvia e Montenegro``); no comma."""

COMMA_OR_AND_GAP = re.compile(r"\s*(?:,|\be\b)\s*")
"""A comma or a whole-word ``e`` between two members of a list (``PT, PSDB e PMDB``)."""
