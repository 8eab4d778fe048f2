"""The :class:`Context` every rule reads: the doc, its entities and dates, the mapping, and
the discourse topic (for dropped subjects).

It answers which entity a token or a noun phrase names (flat name parts, a name in apposition
to a common noun, coordinated and proxy nouns, a name the NER missed here but found elsewhere in
the document), which dates overlap some tokens, and a verb's lemma repaired with the mapping's
known verbs.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from teia.extract.docindex import SpanIndex, TokenOffsets, dependents, has_dependent, morph_values, tree
from teia.extract.headings import fragment_of, fragments
from teia.extract.entities import ENTITIES, EntityIndex, doc_id_of
from teia.extract.labels import (
    APPOS,
    CASE,
    COP,
    DET,
    FIXED,
    LOC,
    MISC,
    NAME_PARTS,
    NMOD,
    NSUBJ,
    ORG,
    PER,
    PUNCT,
    WORK,
)
from teia.records import TimeExpression, unit_mention
from teia.extract.relations.area_parts import part_place
from teia.extract.relations.divisions import division_name
from teia.extract.relations.found import Arg
from teia.extract.relations.mapping import RelationMapping
from teia.extract.relations.syntax import VERBAL, case_of, conjuncts, lemma_of, name_tagged_pronoun

__all__ = [
    "Context",
]

# endings only a verb in -ar has (past, imperfect, gerund, participle), its stem three letters
# at least ("sou", "vou", "dou", "dado" are not of one)
_AR_ENDINGS = ("ou", "ava", "avam", "ando", "ado", "ada", "ados", "adas")
# and the past of a verb in -er ("comprometeu-se", "conheceu"; "deu", "leu" are too short)
_ER_ENDINGS = ("eu",)

# a participle: its stem and the vowel before "-do" ("ocupad-o" -> "ocup", "a"; "vencido" -> "venc", "i")
_PARTICIPLE = re.compile(r"(\w{2,})([ai])d[oa]s?")


def _set_aside(name: Token) -> bool:
    """Whether the apposition ``name`` opens with a preposition after a word of its own (``além
    de``, ``ao lado de``): a phrase set beside the noun, not its name (``entre os pesquisadores,
    além de Michelle Perrot, participam X``: Perrot is not the researchers). A particle right
    after the comma stays part of the apposition (``a personagem central, des Esseintes``)."""
    case = case_of(name)
    return case is not None and any(c.i < case.i and c.dep_ != PUNCT for c in name.children)


class Context:
    """The doc, the lookups every rule needs, and the discourse topic (for dropped subjects)."""

    def __init__(self, doc: Doc, mapping: RelationMapping) -> None:
        self.doc = doc
        self.offsets = TokenOffsets(doc)
        self.text = self.offsets.text  # read once: ``Doc.text`` joins every token at each read
        self.mapping = mapping
        self.doc_id = doc_id_of(doc)
        entities = doc._.get(ENTITIES) if doc.has_extension(ENTITIES) else None
        self.index = EntityIndex(entities or ())
        self.mention_starts = frozenset(self.index.starts)
        """Where entity mentions start (character offsets)."""
        self.category = {e.id: _category(e, mapping) for e in entities or ()}
        self.labels = {e.id: e.label for e in entities or ()}
        """The label of each entity (its name)."""
        self.units = frozenset(e.id for e in entities or () if any(unit_mention(m) for m in e.mentions))
        """The entities a role's unit phrase names (:mod:`.units`: ``Fazenda`` of ``ministro da Fazenda``)."""
        times = doc._.get("teia_times") if doc.has_extension("teia_times") else None
        self.times = tuple(t for t in times or () if t.kind == "date")
        # the dates indexed, to look up those near some tokens without a scan of them all
        self._time_spans = SpanIndex((t.start_char, t.end_char) for t in self.times)
        self.topic: Arg | None = None
        names: dict[str, str | None] = {}
        for e in entities or ():
            for m in e.mentions:
                if m.text[:1].isupper():
                    names[m.text] = e.id if names.get(m.text, e.id) == e.id else None
        self._names = {k: v for k, v in names.items() if v is not None}
        self._known_set = frozenset(mapping.known_verbs)  # worked out once per mapping, not per doc
        # what ``direct`` and ``entity`` answered for a token: pure functions of the doc, asked
        # again by every rule that looks at the token
        self._direct: dict[int, Arg | None] = {}
        self._lemmas: dict[int, str] = {}
        self._entity: dict[tuple[int, int], Arg | None] = {}
        self._sentences: list[Span] | None = None
        self._sentence_starts: list[int] = []
        self._roots: dict[int, Token] = {}
        self._fragments: dict[int, tuple[tuple[int, int], ...]] = {}
        self.clauses: dict[tuple[int, Arg | None, int], object] = {}
        """``analyse_clause`` of a verb under a discourse topic (see :mod:`.clauses`)."""

    def lemma(self, tok: Token) -> str:
        """:func:`lemma_of`, repaired when a statistical lemmatizer gets a verb wrong: an irregular
        participle of the mapping's ``participles`` (``escrita`` -> ``escrever``, where the
        lemmatizer gives ``escazrr``), an accent on the ending (``caír``, ``distribuír``); a lemma
        the verb lexicon (:meth:`~.mapping.RelationMapping.is_verb`) does not know, the infinitive
        of the lexicon the form's regular endings give (:func:`~.conjugation.infinitive_of`:
        ``atiram`` -> ``atirar``, ``exibe`` -> ``exibir``, ``apóia`` -> ``apoiar``), else the lexicon's
        irregular form (``faz`` -> ``fazer``, ``ido`` -> ``ir``); failing that, another
        conjugation of a known verb (``server`` -> ``servir``), a form returned as is or a clitic
        form (``nasceu``, ``tornou-se``): the known verb whose stem starts the form, else for a
        form only a verb in ``-ar`` has its verb (``levou`` -> ``levar``, ``aproximava-se`` ->
        ``aproximar``; a present indicative ``colabora`` -> ``colaborar``, ``substitui`` ->
        ``substituir``; ``comprometeu`` -> ``comprometer``). An open relation of a lemma still no
        infinitive after these (:func:`~.mapping.is_infinitive`: ``sofr``, ``eleva``) is only
        probable (:func:`~.found.broken_open`). A verb of an older spelling is written in its
        present one (the lexicon's ``spellings``: ``actuar`` -> ``atuar``, ``adoptou`` ->
        ``adotar``), so that both spellings give one predicate and the same frames. Worked out
        once per token (rules ask it of the same verbs again and again, and a form returned as is
        is compared with every known verb)."""
        known = self._lemmas.get(tok.i)
        if known is None:
            lemma = self._lemma(tok)
            known = self._lemmas[tok.i] = self.mapping.spellings.get(lemma, lemma)
        return known

    def _lemma(self, tok: Token) -> str:
        lemma = lemma_of(tok)
        verb = self.mapping.participle_verb(tok.lower_) if tok.pos_ == "ADJ" or tok.pos_ in VERBAL else None
        if tok.pos_ == "ADJ":
            # a participle the lemmatizer left as an adjective ("ocupado", "eleito"): its known verb
            if verb is not None and verb in self._known_set:
                return verb
            m = _PARTICIPLE.fullmatch(lemma)
            if m is not None:
                for vowel in "ei" if m.group(2) == "i" else "a":
                    if m.group(1) + vowel + "r" in self._known_set:
                        return m.group(1) + vowel + "r"
            return lemma
        if tok.pos_ not in VERBAL:
            return lemma
        if verb is not None:
            return verb
        if lemma.endswith("ír"):
            lemma = lemma[:-2] + "ir"  # "caíram" -> "caír": no infinitive has the accent
        if self.mapping.is_verb(lemma):
            return lemma
        # a lemma the verb lexicon does not know ("atir" for "atiram", "exiber", "incluar"): the
        # infinitive the regular endings of the form give ("atirar", "exibir", "incluir")
        form = tok.lower_.split("-")[0]
        verb = self.mapping.form_infinitive(form, lemma)
        if verb is not None:
            return verb
        if lemma.endswith(("ar", "er", "ir")) and lemma not in self._known_set:
            # a lemmatizer confusing conjugations ("servia" -> "server"): a known verb one vowel away
            for vowel in "aei":
                other = lemma[:-2] + vowel + "r"
                if other in self._known_set:
                    return other
        if lemma.endswith(("ar", "er", "ir", "or")):
            return lemma
        # the lemmatizer returned the form ("nasceu") or a broken clitic form ("tornour se")
        for stem, known in self.mapping.known_stems.get(form[:3], ()):  # the known verbs in order
            if form.startswith(stem):
                return known
        for ending in _AR_ENDINGS:
            if form.endswith(ending) and len(form) - len(ending) >= 3:
                return form[: -len(ending)] + "ar"  # "levou", "aproximava-se": only a verb in -ar ends so
        for ending in _ER_ENDINGS:
            if form.endswith(ending) and len(form) - len(ending) >= 3:
                return form[: -len(ending)] + "er"
        if "Pres" in morph_values(tok, "Tense") and "Ind" in morph_values(tok, "Mood"):
            # a present indicative: "-a"/"-am" is a verb in -ar's ("colabora", "separam"), "-ui"/"-uem"
            # one in -uir's ("substitui", "possuem")
            # ("-era"/"-ira" may be a pluperfect the tagger calls present: "prendera")
            for ending, verb in (("a", "ar"), ("am", "ar"), ("ui", "uir"), ("uem", "uir")):
                if form.endswith(ending) and len(form) - len(ending) >= 3 and not form.endswith(("era", "eram", "ira", "iram")):
                    return form[: -len(ending)] + verb
        return lemma

    def subtree(self, i: int) -> list[int]:
        """The indices of ``doc[i].subtree``, in its order (each token's left children's
        subtrees, the token, its right children's subtrees), from the children read once per doc
        (:func:`~teia.extract.docindex.tree`): ``Token.subtree`` nests a generator per level and
        builds a ``Token`` per word."""
        children = tree(self.doc).children
        out: list[int] = []
        stack: list[tuple[int, bool]] = [(i, False)]
        while stack:
            k, done = stack.pop()
            if done:
                out.append(k)
                continue
            kids = children[k]  # ascending
            stack.extend((c, False) for c in reversed(kids) if c > k)
            stack.append((k, True))
            stack.extend((c, False) for c in reversed(kids) if c < k)
        return out

    def sentence(self, tok: Token) -> Span:
        """``tok.sent`` (which walks the sentence's tokens at each read), from the sentence
        starts read once per doc."""
        if self._sentences is None:
            self._sentences = list(self.doc.sents)
            self._sentence_starts = [s.start for s in self._sentences]
        return self._sentences[bisect_right(self._sentence_starts, tok.i) - 1]

    def sentence_root(self, tok: Token) -> Token:
        """``tok.sent.root`` (``Span.root`` walks the sentence too), once per sentence."""
        sent = self.sentence(tok)
        root = self._roots.get(sent.start)
        if root is None:
            root = self._roots[sent.start] = sent.root
        return root

    def fragment(self, tok: Token) -> tuple[int, int] | None:
        """The heading, list item or glued title of its sentence ``tok`` lies in, as a token
        range (:func:`teia.extract.headings.fragments`, worked out once per sentence)."""
        sent = self.sentence(tok)
        pieces = self._fragments.get(sent.start)
        if pieces is None:
            pieces = self._fragments[sent.start] = fragments(sent)
        return fragment_of(tok, pieces)

    # --- entities -----------------------------------------------------------------------
    def mention(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The entity mention overlapping ``[start, end)`` most."""
        return self.index.overlapping(start, end, lookback=12, starting_by=end - 1)

    def starting_mention(
        self, tok: Token, category: str | None
    ) -> tuple[tuple[int, int, str], Span, list[tuple[int, int, str]], int] | None:
        """The mention of ``category`` (``None``: of any) that starts at ``tok``, ``tok``'s
        sentence, the mentions of that sentence and the mention's index among them; None when no
        mention of that category starts at ``tok`` or it runs over the sentence's end (the rules
        that read the text between a mention and the next: ``dash-nesting``, ``place-chain``,
        ``surface-nesting``, ``bracket-parts``)."""
        first = self.mention(tok.idx, tok.idx + len(tok.text))
        if first is None or first[0] != tok.idx or (category is not None and self.category.get(first[2]) != category):
            return None
        sent = self.sentence(tok)
        mentions = self.mentions_in(sent.start_char, sent.end_char)
        if first not in mentions:
            return None
        return first, sent, mentions, mentions.index(first)

    def may_name(self, sent: Span, pos: Sequence[str]) -> bool:
        """Whether a token of ``sent`` may name an entity: an entity mention overlaps it, or it
        holds a proper noun (:meth:`echo` finds names the NER missed among them). A rule's
        arguments are the entities its sentence's tokens name, besides the discourse topic,
        which only ever stands for a subject: in a sentence where this is False every rule finds
        nothing (``tests/extract/test_relations_skip.py`` checks it), and is not run
        (``pos``: the POS of every token of the doc)."""
        i = bisect_right(self.index.starts, sent.end_char - 1)
        if i and self.index.reach[i - 1] > sent.start_char:
            return True  # a mention starting before the sentence's end reaches into it
        return "PROPN" in pos[sent.start : sent.end]

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The entity mentions inside ``[start, end)``, in order."""
        spans = self.index.spans
        out = []
        # from the first mention starting at ``start``, without a copy of the list's tail (made
        # once per sentence, a copy makes a document of many mentions quadratic)
        for k in range(bisect_right(self.index.starts, start - 1), len(spans)):
            m = spans[k]
            if m[0] >= end:
                break
            if m[1] <= end:
                out.append(m)
        return out

    def direct(self, tok: Token) -> Arg | None:
        """The entity the token itself (or a flat name part of it) belongs to."""
        if tok.i not in self._direct:
            self._direct[tok.i] = self._find_direct(tok)
        return self._direct[tok.i]

    def _find_direct(self, tok: Token) -> Arg | None:
        if tok.pos_ == "PRON":
            # "Odon é uma cidade localizada em Indiana": a known name the tagger took for a
            # pronoun keeps its mention (``entities.spans_to_mentions``) and names its entity;
            # a pronoun's lemma is lower case ("Ele", "Esta"), and finds no name here
            return self._arg_at(tok, tok) if name_tagged_pronoun(tok) else None
        found = self._arg_at(tok, tok)
        if found is not None:
            return found
        # then its flat name parts up to the first gap (read only when the token names nothing)
        parts = dependents(tok, NAME_PARTS)
        if parts:
            last = _last_part(tok.i, {c.i for c in parts})
            for t in parts:
                if t.i <= last:
                    found = self._arg_at(tok, t)
                    if found is not None:
                        return found
        return self.echo(tok)

    def _arg_at(self, tok: Token, t: Token) -> Arg | None:
        """``tok`` as an argument, when the entity mention at token ``t`` (``tok`` or one of its
        name parts) says which entity it is."""
        start = t.idx
        end = start + len(t.text)
        eid = self.index.at(start, end)  # the local entity id, as every component finds it
        if eid is None:
            return None
        m = self.mention(start, end)  # and the span of the mention, for the evidence
        s, e = (m[0], m[1]) if m is not None and m[2] == eid else (start, end)
        return Arg(eid, s, e, tok)

    def entity(self, tok: Token, depth: int = 2) -> Arg | None:
        """The entity a noun phrase headed by ``tok`` names.

        The head itself, its flat name parts, then (for a common-noun head like ``o marechal
        Piłsudski`` or ``o chefe ..., o general X``) a name in apposition to it; a division noun
        names the place of its ``de`` complement (``na cidade de Miradouro``: :mod:`.divisions`),
        and so does a part of a place after ``em`` (``no norte do estado do Paraná``:
        :mod:`.area_parts`).
        """
        key = (tok.i, depth)
        if key not in self._entity:
            self._entity[key] = self._find_entity(tok, depth)
        return self._entity[key]

    def _find_entity(self, tok: Token, depth: int) -> Arg | None:
        arg = self.direct(tok)
        if arg is not None or depth == 0 or tok.pos_ not in ("NOUN", "X", "ADJ"):
            return arg
        if has_dependent(tok, (COP,)):
            # "o Komintern foi a organização que...": the predicate noun is its subject
            for c in dependents(tok, (NSUBJ,)):
                found = self.entity(c, depth - 1)
                if found is not None:
                    return found
        named = self.division(tok)
        if named is not None:
            return named
        part = part_place(tok, self.mapping.preposition)
        if part is not None:
            # "localizado no norte do estado do Paraná": what lies in a part of a place lies in it
            found = self.entity(part, depth - 1)
            return found if found is not None and self.category.get(found.entity) == LOC else None
        listed = self.list_items(tok)
        for c in dependents(tok, (APPOS, NMOD)):
            if (c.dep_ == APPOS or not case_of(c)) and not _set_aside(c) and c.i not in listed:
                found = self.entity(c, depth - 1)
                if found is not None:
                    return found
        return None

    def division(self, tok: Token) -> Arg | None:
        """The place a division noun's ``de`` complement names (``a cidade de Miradouro``,
        ``no estado norte-americano do Texas``: :func:`~.divisions.division_name`), when the NER
        found it and typed it a place."""
        name = division_name(tok, self.mapping.preposition)
        if name is None:
            return None
        arg = self.direct(name)
        return arg if arg is not None and self.category.get(arg.entity) == LOC else None

    def entities(self, tok: Token) -> list[Arg]:
        """Entities of ``tok`` and of the nominals coordinated with it (``X e Y``).

        A proxy noun (``os exércitos brancos de Kolchak e Denikin``) stands for the entities of
        its ``de`` complement, and a division noun for the places of its own (``nos estados do
        Rio de Janeiro e São Paulo``)."""
        out = []
        listed = self.list_items(tok)
        for t in conjuncts(tok):
            if t.i in listed or self._other_preposition(tok, t):
                continue
            arg = self.entity(t)
            if arg is not None and arg == self.division(t):
                name = division_name(t, self.mapping.preposition)
                out.extend(a for a in self.entities(name) if a not in out and self.category.get(a.entity) == LOC)
                continue
            if arg is None and t.pos_ == "NOUN" and lemma_of(t) in self.mapping.proxy_nouns:
                if t.i != tok.i and t.morph.get("Number") == ["Sing"] and not dependents(t, (DET,)):
                    continue  # "chefe da Associação e partidário do Hamas": a second role, not the Hamas

                for c in t.children:
                    case = case_of(c)
                    if c.dep_ != NMOD or case is None or self.mapping.preposition(case.lemma_ or case.text) != "de":
                        continue
                    out.extend(a for a in self.entities(c) if a not in out and self.category.get(a.entity) in (PER, ORG, LOC))
                continue
            if arg is not None and arg not in out:
                out.append(arg)
        return out

    def _other_preposition(self, first: Token, conjunct: Token) -> bool:
        """Whether the ``conjunct`` of ``first`` has a preposition of its own that is none of the
        phrase's: it is then no second argument under the first's (``lançado pela distribuidora
        MSD Brasil, do Rio de Janeiro``, the parser's ``Rio`` a conjunct of ``distribuidora``: the
        town launched nothing; issue 20, P64e). The phrase's prepositions are those of ``first``
        with their fixed parts (``em Lisboa e no Porto``, ``até ao X, à Y``, ``diante de Ísis e de
        Hórus``), of its complements (``os territórios das freguesias de X, ... e de Y``: the
        conjunct goes on the complement's list) and, for a complement, of the noun it completes
        (``para o resto do estado do Ceará e para o estado do Piauí``); those the parser's
        attachment leaves as they were."""
        if conjunct.i == first.i:
            return False
        own, cases = case_of(conjunct), dependents(first, (CASE,))
        if own is None or not cases:
            return False
        markers = [*cases, *(p for c in dependents(first, (NMOD,)) for p in dependents(c, (CASE,)))]
        if first.dep_ == NMOD and first.head.i != first.i:
            markers += dependents(first.head, (CASE,))
        prep = self.mapping.preposition
        phrase = {prep(w.lemma_ or w.text) for p in markers for w in (p, *dependents(p, (FIXED,)))}
        return prep(own.lemma_ or own.text) not in phrase

    def listed_names(self, tok: Token) -> list[Arg]:
        """The names listed after the first one in apposition to the plural common noun ``tok``
        or a noun coordinated with it (:meth:`_listed_with`), which :meth:`entities` leaves out:
        the clause readers add them where the noun is a subject or an agent (a list of people
        doing one thing), not an object (``as estações Tatuapé, Santana e Itaquera``)."""
        out: list[Arg] = []
        for t in conjuncts(tok):
            arg = self.entity(t)
            if arg is not None:
                out.extend(a for a in self._listed_with(t, arg) if a not in out)
        return out

    def _listed_with(self, noun: Token, arg: Arg) -> list[Arg]:
        """The names coordinated with the name ``arg`` in apposition to the plural common noun
        ``noun`` (``os estilistas italianos Domenico Dolce e Steffano Gabbana``, ``pelos
        empresários Dave Robinson e Andrew Jakeman``: the parser hangs the first name on the noun
        and the others on the first) or to a singular noun of a group of people (the mapping's
        ``group_nouns`` and ``couple_nouns``: ``a dupla Sérgio Miguez e Bel Berlinck``), of its
        category; none for a name itself, a list of
        examples (``como``) or the names of a list the noun's own complement opens
        (:meth:`list_items`)."""
        if self.direct(noun) is not None or noun.pos_ not in ("NOUN", "X", "ADJ"):
            return []
        if noun.morph.get("Number") != ["Plur"] and noun.lower_ not in self.mapping.group_nouns | self.mapping.couple_nouns:
            return []  # "o engenheiro japonês Osamu Goto, ex-McLaren e Honda": one person, not a list
        named = next((c for c in dependents(noun, (APPOS,)) if self.direct(c) == arg), None)
        if named is None or case_of(named) is not None:
            return []  # "autores pós-modernos, como Derrida, Foucault e Lyotard": examples, read by .enumerations
        listed = self.list_items(noun)
        out = []
        for c in conjuncts(named)[1:]:
            item = self.direct(c)
            if c.i not in listed and item is not None and self.category.get(item.entity) == self.category.get(arg.entity):
                out.append(item)
        return out

    def list_items(self, tok: Token) -> frozenset[int]:
        """The names hanging from a common noun (as conjuncts or in apposition) that go on the
        list its own prepositional complement opens: ``iniciaram pesquisa em Santos, Praia
        Grande, Guarujá e Cubatão`` (``Praia Grande`` parsed as an apposition of ``pesquisa``,
        ``Guarujá`` and ``Cubatão`` as its conjuncts) names no place the research is. Two such
        names of the complement's category at least, after it: one is an apposition of the noun
        (``a capital da Polônia, Varsóvia``). One is enough when it is a bare conjunct, with no
        article of its own: it stands for a second ``de`` (``com dois golos de Franck Burnier e
        Anton Drobnjak``, the parser's ``Drobnjak`` a conjunct of ``golos``: no goal is his
        argument of the verb; issue 20, P64e)."""
        if tok.pos_ not in ("NOUN", "X", "ADJ") or self.direct(tok) is not None:
            return frozenset()
        opened = [c for c in dependents(tok, (NMOD,)) if c.i > tok.i and case_of(c) is not None and self.direct(c) is not None]
        if not opened:
            return frozenset()
        first = opened[0]
        cat = self.category.get(self.direct(first).entity)
        hanging = [c for c in dependents(tok, (APPOS,)) if c.i > first.i] + [c for c in conjuncts(tok)[1:] if c.i > first.i]
        items = frozenset(
            c.i for c in hanging if (a := self.direct(c)) is not None and self.category.get(a.entity) == cat and not case_of(c)
        )
        if len(items) >= 2:
            return items
        return frozenset(c.i for c in conjuncts(tok)[1:] if c.i in items and not has_dependent(c, (DET,)))

    def echo(self, tok: Token) -> Arg | None:
        """A name the NER missed here but found elsewhere in the document (``a Frente Ocidental``
        tagged in a later sentence only): the proper noun and its contiguous flat parts, spelled
        exactly as a mention of one entity."""
        if tok.pos_ != "PROPN":
            return None
        end = _name_end(tok) + 1
        if end - tok.i < 2:
            return None  # one word is too weak a clue
        last = self.doc[end - 1]
        eid = self._names.get(self.text[tok.idx : last.idx + len(last.text)])
        if eid is None:
            return None
        return Arg(eid, tok.idx, last.idx + len(last.text), tok)

    # --- time and place ------------------------------------------------------------------
    def time_in(self, tokens: Iterable[Token]) -> TimeExpression | None:
        """The first date expression overlapping these tokens."""
        spans = sorted((t.idx, t.idx + len(t.text)) for t in tokens)
        if not spans:
            return None
        # only a date overlapping the stretch from the first token to the last can overlap one
        for i in self._time_spans.overlapping(spans[0][0], max(e for _, e in spans)):  # in the order of self.times
            te = self.times[i]
            if any(s < te.end_char and te.start_char < e for s, e in spans):
                return te
        return None


def _name_end(tok: Token) -> int:
    """Index of the last of the flat name parts that follow ``tok`` without a gap (``Frente
    Ocidental`` in ``a Frente Ocidental de Mikhail Tukhachevsky``, with ``Tukhachevsky``
    wrongly parsed as a part of ``Frente``)."""
    return _last_part(tok.i, {c.i for c in dependents(tok, NAME_PARTS)})


def _last_part(i: int, parts: set[int]) -> int:
    """The last index of the run ``i + 1``, ``i + 2``... of ``parts`` (``i`` when ``i + 1`` is not one)."""
    end = i
    while end + 1 in parts:
        end += 1
    return end


def _category(entity, mapping: RelationMapping) -> str:
    """The entity's category, except that a name opening with a work noun (``as Teses de
    Abril``, ``o Manifesto Comunista``) the NER took for an organization is a work."""
    first = entity.label.split()[0].lower() if entity.label.split() else ""
    plural = first.endswith("s") and first[:-1] in mapping.work_nouns
    if entity.type in (ORG, MISC) and (first in mapping.work_nouns or plural):
        return WORK
    return entity.type
