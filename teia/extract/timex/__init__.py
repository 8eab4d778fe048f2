"""Portuguese temporal expressions: recognition and normalization by rules (no spaCy).

:func:`find_times` reads raw text (European or Brazilian Portuguese) and returns
:class:`~teia.records.TimeExpression` records in document order. Nothing here needs a
model or a pipeline; :mod:`teia.extract.temporal` wraps it as the ``teia_time`` spaCy component.
:func:`xsd_type` lives in the dependency-free :mod:`teia.timevalues` (re-exported here).

The package is split by job: :mod:`.lexicon` (words), :mod:`.values` (normalized values),
:mod:`.rules` (the rule table) with :mod:`.calendar_rules`, :mod:`.relative_rules` and
:mod:`.clock_rules` (the rules, in priority order), :mod:`.scan` (matching and choosing), :mod:`.lists`
(lists of days and months) and :mod:`.anchoring` (relative expressions anchored on a previous date).

Conventions (see also ``docs/quality.md``):

* **Surface text.** An expression includes the preposition (or preposition + article) that
  introduces it, and the article of ``década``/``anos``/``século``: ``"em janeiro de 1918"``,
  ``"no ano de 1917"``, ``"a partir do fim da década de 1930"``, ``"durante três anos"``.
* **Values.** ``"1917"``, ``"1918-01"``, ``"1917-11-07"``; a day or a month whose year is not in
  the expression keeps a truncated ISO value (``"--11-07"``, ``"--12"``) rather than a guessed
  year. Intervals use ISO 8601 ``start/end`` notation with the same granularity on both sides
  (``"1919/1921"``) and set ``start``/``end``; single values have ``start == end == value``.
  Decades and centuries are intervals (``"1920/1929"``, ``"1901/2000"``); ``os anos 20`` is
  read as the 1920s. A list under one head (``nos anos 70 e 80``, ``dos séculos 19 e 20``) is one
  expression: one interval when its items follow one another or it is a range, no value otherwise. Fuzzy parts (``início``/``meados``/``fim`` of a unit) keep the whole unit as
  the interval and put ``"early"``/``"mid"``/``"late"`` in ``qualifier``; ``por volta de`` gives
  ``"approx"``.
* **Seasons** use northern-hemisphere meteorological months (spring March-May, summer
  June-August, autumn September-November, winter December-February); ``o inverno de 1920`` is
  December 1919 - February 1920 (the winter that ends in that year).
  Without a year (``no verão``) a season takes the anchor's year; ``na primavera seguinte`` the
  first spring after the anchor.
* **Streets named after a date** (``a Rua 25 de Março``, ``a Ponte 25 de Abril``, ``na Av. 9 de
  Julho``): a day and month right after a street noun of ``data/entities.json`` is the street's
  name, no time expression; so is a day and month without a year after ``na``, ``da`` or
  ``pela`` (``na 25 de Março``): the feminine article of the street noun the text leaves out.
* **Days that name an event** (``o 25 de Abril``, ``antes do 11 de Setembro``, found by the entity
  rules): a day without its year that opens such a name is left out (``event_names``), not
  anchored on the text's last year; ``no 25 de Abril de 1974`` stays a date.
* **Feasts** (``o Natal de 1914``, ``a Páscoa de 2003``, ``o Carnaval``): their day, Easter by
  the Gregorian computus; without a year, the anchor's.
* **Old calendar.** A parenthesized note about the Julian/Gregorian calendar next to a date is
  part of the expression and is copied to ``note``; the value is the Gregorian date when the
  text gives it. A date marked only as Julian (``pelo calendário antigo``) is converted to the
  Gregorian calendar when its year is known, and left unnormalized otherwise.
* **Relative expressions** (``no ano seguinte``, ``dois anos depois``, ``naquele mês``...) are
  anchored on the nearest previous absolute date of the document (``relative=True``,
  ``anchor`` = its text). ``nos dias/nas semanas/nos meses seguintes`` (``anteriores``) are an
  approximate window after the end (before the start) of the anchor (:data:`WINDOWS`,
  ``qualifier="approx"``). Without an anchor, or with one too coarse for the unit, they keep
  their text with ``normalized=False``. Deictic expressions (``hoje``, ``no ano passado``,
  ``na sexta-feira``) depend on the unknown time of writing: ``relative=True``,
  ``normalized=False``, ``note="deictic"``.
* **Times of day** (``às 19h30``, ``às 8 da manhã``, ``de manhã``, ``à noite``, ``ao meio-dia``) are
  detected as dates with ``normalized=False`` (the records have no time granularity); a part of
  the day before its day is that day's expression (``na noite de 3 de novembro de 1914``), so is
  one after its day (``no dia 28 à tarde``, ``no dia 15, à noite``) and a time of day before a
  day opened by ``de`` (``às 8 da manhã de 15 de março``, ``às 13h de ontem``): the day's value.
  A time of day after its day stays apart (``no dia 15 às 20h``).
* **Parts of a year** (``no primeiro semestre de 1994``) are the interval of their months; without a
  year (``no segundo semestre``) the months take the anchor's year, as a month alone does.
* **Years of an era**: a year before 1000 needs ``d.C.``/``a.C.`` or ``ano`` before it (``em 828
  d.C.``, ``no ano 476``); a year before Christ keeps its text only (``normalized=False``).
* **Lists** (:mod:`.lists`): each earlier day of a list of days is its own date with the last
  day's month and year (``nos dias 12 e 13 de março de 1994``: ``nos dias 12`` is ``1994-03-12``);
  an earlier day or month without a year takes the year of the list's last item (``em março e
  abril de 1994``: ``em março`` is ``1994-03``). A range (``de 12 a 15 de março``) is one interval.
* **Two-digit years** after a month (``agosto de 93``, ``julho/99``) take 19xx or 20xx, whichever
  is nearer the anchor's year (``relative=True``); without an anchor, ``normalized=False``. Durations and frequencies have kind ``"duration"`` /
  ``"frequency"`` and no value; weekdays in the plural and ranges of weekdays (``aos domingos``, ``de
  segunda a sexta``) and the weekends (``aos fins de semana``) are frequencies.
"""

from __future__ import annotations

from teia.extract.timex.lexicon import GRANULARITIES
from teia.extract.timex.scan import find_times, prepare_rules
from teia.timevalues import xsd_type

__all__ = ["find_times", "prepare_rules", "xsd_type", "GRANULARITIES"]
