"""Surface nesting: a name followed by a place (or an organization in brackets), read off the
text between the two mentions whatever the parse (``Luanda, Angola``; ``a Igreja dos Mártires,
no Chiado``; ``Martin Schulz (PSE, DE)``); members of a list are not nested, unless each is a
division of a country of a lower level than the place before the list (``no estado de Illinois, no
Condado de Cook e Condado de Kane``: each county in the state).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Token

from teia.extract.articles import DEFINITE_ARTICLES, IN_FORMS, OF_FORMS
from teia.extract.characters import ORDINAL_SIGNS
from teia.extract.demonyms import names_a_country
from teia.extract.docindex import has_dependent
from teia.extract.entities import place_noun
from teia.extract.entity_words import entity_words
from teia.extract.lexicons import alternation
from teia.extract.labels import CONJ, LOC, NSUBJ, NSUBJ_PASS, OBJ, OBL, ORG, PER
from teia.folding import fold
from teia.extract.relations.areas import country_in_a_division, division_order
from teia.extract.relations.bracket_parts import bracket_list
from teia.extract.relations.context import Context
from teia.extract.relations.demonyms import town_for_nationality
from teia.extract.relations.found import ASSERTED, Arg, Found, make_found
from teia.extract.relations.gaps import AND_GAP, BRACKET_OPENS, COMMA_GAP
from teia.extract.relations.gates import known_place, known_place_names
from teia.extract.relations.genitive import byline_desk, contest_party, owned_by_noun, placed_by_noun
from teia.extract.relations.lifespan import lifespan_bracket
from teia.extract.relations.repairs import named_by_the_copula
from teia.extract.relations.results_teams import results_code
from teia.extract.relations.syntax import VERBAL, flat_head
from teia.extract.regions import state, state_code, wider_than_countries

__all__ = [
    "acronym_of",
    "cut_abbreviation",
    "gloss_bracket",
    "list_gap",
    "no_body",
    "surface_nesting",
    "word_list",
]

# the text between two names that nests the first in the second
_NESTING_GAP = {
    "bracket": BRACKET_OPENS,
    "comma": COMMA_GAP,
    "em": re.compile(rf"\s*,?\s*(?:{alternation(IN_FORMS)})\s+"),
}
# a place noun in lower case, an adjective and its de before the second name ("Barretos, no estado
# de São Paulo", "Velas, ilha de São Jorge"): the entity rules leave it out of the name
# (:func:`teia.extract.entities.place_noun`), the gap reads over it
_NOUN_BEFORE_NAME = re.compile(rf"([^\W\d_]+)(?:\s+[^\W\d_]+(?:-[^\W\d_]+)*)?\s+(?:{alternation(OF_FORMS)})\s+")
_WORD_START = re.compile(r"(?<!\S)\S")


def _without_place_noun(between: str) -> str:
    """``between`` without a place noun, an adjective and its ``de`` that end it (:data:`_NOUN_BEFORE_NAME`)."""
    for start in _WORD_START.finditer(between):
        hit = _NOUN_BEFORE_NAME.fullmatch(between, start.start())
        if hit is not None and hit.group(1).islower() and place_noun(hit.group(1)):
            return between[: start.start()]
    return between


_LIST_GO_ON = re.compile(rf"\s*(?:,|e|ou)\s+(?:{alternation(IN_FORMS)})\b")
# a capitalized word of a list the NER did not take for a name, right after a name (across a comma
# or a conjunction, the Catalan ``i`` and the Spanish ``y`` too) or right before one (across a comma)
_WORD_ITEM_AFTER = re.compile(r"\s*(?:,|e|i|y|ou)\s+[A-ZÀ-Ý][^\W\d_]*(?!\w)")
_WORD_ITEM_BEFORE = re.compile(r"(?<!\S)[A-ZÀ-Ý][^\W\d_]*\s*,\s*$")
# a short word cut by its period with the sentence going on: "Rel. Ministro", "Min. Luiz Fux"
_CUT_ABBREVIATION = re.compile(r"[A-Z][A-Za-z][a-z]?")
_GOES_ON = re.compile(r"\.\s+[A-ZÀ-Ý]")


# the text between two members of a list
_LIST_GAP = re.compile(rf"\s*(?:,|e|ou)\s*(?:(?:{alternation(IN_FORMS | OF_FORMS | DEFINITE_ARTICLES)})\s+)?")
# the text between two members of a list of names of any categories ("Simeone, Redondo e
# Maradona", a team's line-up the NER typed half as places)
_BARE_LIST_GAP = re.compile(r"\s*(?:[,;]|e|ou)\s*")
# a comma and ``em`` (or its fused forms) between two places: a list whose items each take it
# (``em Lisboa, em Madrid e em Paris``) or a name and the place it is in (``no túnel da Ponte de
# l'Alma, em Paris``)
_IN_GAP = re.compile(rf"\s*,\s*(?:{alternation(IN_FORMS)})\s+")
# a list whose members each take the same word before them ("com a Alemanha, com Inglaterra,
# Estados Unidos": England is no part of the United States): the word after the comma and the word
# before the first member, an article aside
_REPEATED_WORD_GAP = re.compile(rf"\s*(?:,|e|ou)\s*([a-zà-ÿ]+)\s+(?:(?:{alternation(DEFINITE_ARTICLES)})\s+)?")
_WORD_BEFORE = re.compile(rf"\b([a-zà-ÿ]+)\s+(?:(?:{alternation(DEFINITE_ARTICLES)})\s+)?$")


def list_gap(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between two names, is a gap of a list (:data:`_LIST_GAP`: a
    comma or a conjunction, then maybe ``em``, ``de`` or an article)."""
    return _LIST_GAP.fullmatch(text, start, end) is not None


def repeated_word(text: str, a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Whether the text between the mentions ``a`` and ``b`` (character offsets first) is a comma
    or conjunction and the lower-case word that stands right before ``a`` (``com a Alemanha, com
    Inglaterra``), an article aside: the two are members of one list."""
    between = _REPEATED_WORD_GAP.fullmatch(text, a[1], b[0])
    before = _WORD_BEFORE.search(text[max(0, a[0] - 24) : a[0]])
    return between is not None and before is not None and between.group(1) == before.group(1)


def acronym_of(short: str, name: str) -> bool:
    """Whether ``short`` is an acronym of ``name``: capital letters (dots allowed) that are the
    initials of its capitalized words, or of the last two or more of them (``UR`` for
    ``Detroit Underground Resistance``, ``PT`` for ``Partido dos Trabalhadores``), or one word
    spelled from the starts of the name's words, the first word's first (``Apas`` for
    ``Associação Paulista dos Supermercados``, ``Abiec`` for ``Associação Brasileira das
    Indústrias Exportadoras de Carnes Industrializadas``, ``Embrapa``); a state code is not one
    (``Universidade de São Paulo (SP)`` is in the state). A plural's ``s`` after the capitals is
    no letter of the acronym (``CPCs`` for ``Centros Populares de Cultura``)."""
    letters = short.replace(".", "").strip()
    if len(letters) > 2 and letters.endswith("s") and letters[:-1].isupper():
        letters = letters[:-1]
    if len(letters) < 2 or not letters.isalpha() or not letters[0].isupper() or state(letters):
        return False
    if letters.isupper():
        initials = "".join(w[0] for w in name.split() if w[0].isupper())
        if len(letters) <= len(initials) and initials.endswith(letters):
            return True
    words = [w for w in re.split(r"[\s\-]+", fold(name)) if w]
    return len(words) >= 2 and _spelled_from(fold(letters), words)


def in_expansion(text: str, name: tuple[int, ...], inner: tuple[int, ...], close: int) -> bool:
    """Whether the mention ``inner``, inside the bracket that follows the name ``name`` and
    closes at ``close`` (character offsets first), lies in the bracket's spelling out of that
    name, its first part up to a comma, which the name is an acronym of (:func:`acronym_of`):
    ``a Casan (Companhia de Águas e Saneamento)``, ``a Fenaseg (Federação Nacional das Empresas
    de Seguros Privados e de Capitalização)``: a word of the full name the NER took for a place,
    not where the organization is. A place after the comma stays (``o Secovi (Sindicato ..., de
    São Paulo)``)."""
    opening = text.find("(", name[1], inner[0])
    if opening < 0:
        return False
    comma = text.find(",", opening, close)
    end = close if comma < 0 else comma
    return inner[1] <= end and acronym_of(text[name[0] : name[1]], text[opening + 1 : end])


def gloss_bracket(text: str, at: int) -> bool:
    """Whether the bracket opened after ``at`` (spaces allowed) glosses a word with ``=``
    (``do Kimbundo (MataKu = nádegas)``): a word and its meaning, not a place, an
    organization or another name of what comes before it."""
    opening = _GLOSS_OPENING.match(text, at)
    if opening is None:
        return False
    close = text.find(")", opening.end())
    return close >= 0 and "=" in text[opening.end() : close]


_GLOSS_OPENING = re.compile(r"\s*\(")


def _spelled_from(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are the first letters of ``words[0]`` and of some later words in order
    (words may be skipped), each word giving one letter or more from its start."""

    def go(i: int, w: int, p: int) -> bool:
        # letters[i:] still to spell; the last letter taken was words[w][p - 1]
        if i == len(letters):
            return True
        if p < len(words[w]) and words[w][p] == letters[i] and go(i + 1, w, p + 1):
            return True
        return any(words[v][0] == letters[i] and go(i + 1, v, 1) for v in range(w + 1, len(words)))

    return words[0][0] == letters[0] and go(1, 0, 1)


def clause_subject_after(first: Token, second: Token) -> bool:
    """Whether ``second`` (a token of the name after ``first``'s) is the subject of a verb that
    comes after it, and ``first`` lies outside that subject's words: a fronted place (or any
    phrase) closed by a comma before the clause's subject (``Em 1935, em Nova York, Balanchine já
    corria pela cidade``; ``Com festança em seu château no Jardim Europa, Veridiana Prado
    comemora``), whatever the NER typed the subject."""
    name = flat_head(second)
    if name.dep_ not in (NSUBJ, NSUBJ_PASS) or name.head.i < name.i:
        return False
    return not (name.left_edge.i <= first.i <= name.right_edge.i)


def act_place(first: Token, second: Token, first_name: str, second_name: str) -> bool:
    """Whether the place ``second`` (named ``second_name``) after the country ``first``
    (``first_name``) and ``em`` is where the act of the verb both hang on happens: ``first`` is
    that verb's subject or object and ``second`` its oblique (``os atletas que vão representar o
    Brasil em Sydney``; ``os privilégios de que se beneficiava a Inglaterra em Portugal``). A
    country lies in no place but a continent or a sea (:func:`~teia.extract.regions.wider_than_countries`:
    ``o Brasil na América do Sul`` stays), and the rule would otherwise turn the pair round
    (``Sydney locatedIn Brasil``): on HAREM I's training documents both such statements were wrong
    (P55e)."""
    a, b = flat_head(first), flat_head(second)
    if a.dep_ not in (OBJ, NSUBJ, NSUBJ_PASS) or b.dep_ != OBL or a.head.i != b.head.i or a.head.pos_ not in VERBAL:
        return False
    return names_a_country(first_name) and not wider_than_countries(second_name)


def cut_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a short word its period cuts off in a sentence
    that goes on, no acronym (``(REsp 1681249/SP, Rel. Ministro Herman Benjamin)``: the ``Rel``
    of ``Relator``, which the NER took for a place; ``ReI. Min.``): no place to nest a name in."""
    word = text[start:end]
    return _CUT_ABBREVIATION.fullmatch(word) is not None and not word.isupper() and _GOES_ON.match(text, end) is not None


def _country_first(text: str, first: tuple[int, int, str], second: tuple[int, int, str], ctx: Context) -> bool:
    """Whether two places are named the larger first: a country, then a place that is neither a
    country nor wider than one (``na Espanha, em Granada``, ``nasceu na Alemanha, em Münster``;
    not ``em Portugal, na Europa``)."""
    if not (ctx.category.get(first[2]) == ctx.category.get(second[2]) == LOC):
        return False
    outer, inner = text[first[0] : first[1]], text[second[0] : second[1]]
    # a state's code after a town that shares a country's name is the town's state: "de
    # Montenegro (RS)", "Franca, SP" (the fold of França), not RS in Montenegro (issue 20, P59i)
    return names_a_country(outer) and not names_a_country(inner) and not wider_than_countries(inner) and not state_code(inner)


def joined_places(name: str) -> bool:
    """Whether ``name`` is a list of places the NER joined into one mention: two or more parts
    between ``e``, each a known place (:func:`~.gates.known_place_names`), the whole none
    (``Juazeiro do Norte e Fortaleza``; not ``Bósnia e Herzegovina``, ``Trinidad e Tobago``, a
    place of its own). No place holds another."""
    parts = AND_GAP.split(name)
    if len(parts) < 2:
        return False
    known = known_place_names([name, *parts])
    return name not in known and all(p in known for p in parts)


def street_holding_a_place(inner: Arg, outer: Arg, ctx: Context) -> bool:
    """Whether the name of ``outer`` is a street's (its first word one of the ``street_nouns``) and
    ``inner`` a place of the shipped name lists (:func:`~.gates.known_place`: towns,
    neighbourhoods, countries; not a building the knowledge base knows): ``em Pinheiros, na Rua
    Fradique Coutinho`` names the street in the neighbourhood, not the neighbourhood in the
    street. A building before a street stays in it (``o Teatro Oficina, na Rua Jaceguai``;
    ``Shopping da Gávea (r. Marquês de São Vicente, 52)``)."""
    words = entity_words()
    name = ctx.text[outer.start : outer.end].split()
    return bool(name) and words.street_noun(name[0]) and known_place(inner, ctx)


def word_list(text: str, sentence_start: int, first: tuple[int, ...], second: tuple[int, ...]) -> bool:
    """Whether the names ``first`` and ``second`` (character offsets first), a comma between them,
    are items of a list that goes on with a capitalized word the NER did not take for a name: after
    ``second`` across a comma or a conjunction (``Saus, Camallera i Llampaies``, one town's name),
    or before ``first`` across a comma, the sentence's first word aside (``Suntuosa, Bela, Elegante,
    Magnífica, Soberba``, adjectives). Such a list is no place and its container, whatever the NER
    made of its words; a list whose other items are names is told by the mentions themselves."""
    if _WORD_ITEM_AFTER.match(text, second[1]):
        return True
    before = _WORD_ITEM_BEFORE.search(text, sentence_start, first[0])
    return before is not None and before.start() > sentence_start


def _lower_divisions(
    text: str, first: tuple[int, int, str], after: Sequence[tuple[int, int, str]], listed: Callable[[int, int], bool], k: int
) -> list[tuple[int, int, str]]:
    """The items of the list that opens ``after`` (``after[0]`` is mention ``k``; ``listed(i, j)``
    tells whether mentions ``i`` and ``j`` are neighbours in a list) when each is named as a
    division of a country of a lower level than ``first`` (:func:`~.areas.division_order`: ``no
    estado de Illinois, no Condado de Cook e Condado de Kane``), the list ending there (not ``e em
    outras regiões``, :data:`_LIST_GO_ON`); none otherwise (``na Hungria, na Baviera e na Áustria``)."""
    n = 1
    while listed(k + n - 1, k + n):
        n += 1
    items = list(after[:n])
    if _LIST_GO_ON.match(text, items[-1][1]) or _WORD_ITEM_AFTER.match(text, items[-1][1]):
        return []
    if any(division_order(text, (first[0], first[1]), (m[0], m[1])) != -1 for m in items):
        return []
    return items


# an ordinal or a number right before a name in a bracket, or opening it: a rank ("(24º ATP)")
_RANK_BEFORE = re.compile(rf"\d+\s*[{ORDINAL_SIGNS}]?\s*$")
# another capitalized word across a slash, after the name or before it ("(Reynard/Cosworth)")
_SLASH_AFTER = re.compile(r"\s*/\s*([A-ZÀ-Ý][\w-]*)")
_SLASH_BEFORE = re.compile(r"([A-ZÀ-Ý][\w-]*)\s*/\s*$")


def no_body(text: str, start: int, end: int, ctx: Context) -> bool:
    """Whether the name at ``start``–``end``, beside a person (in brackets after him), names no
    body the person belongs to: a ranking (a number right before it or opening it: ``Jim Courier
    (24º ATP)``), an award (a name opening with a word of ``award_heads``: ``Sergi Belbel (Prémio
    Nacional da Literatura Catalã em 91, 92 e 93)``), or one of two names joined by a slash, a
    racing car's chassis and engine (``Luca Badoer (Reynard/Cosworth)``, whatever the NER typed
    the other; a state after the slash is the party's politician's, ``(PMDB/SP)``)."""
    name = text[start:end]
    if name[:1].isdigit() or _RANK_BEFORE.search(text, max(0, start - 8), start):
        return True
    words = name.split()
    if words and words[0].lower() in ctx.mapping.award_heads:
        return True
    other = _SLASH_AFTER.match(text, end) or _SLASH_BEFORE.search(text, max(0, start - 40), start)
    return other is not None and not state(other.group(1))


def surface_nesting(tok: Token, ctx: Context) -> list[Found]:
    """``Luanda, Angola``; ``a Igreja dos Mártires, no Chiado``; ``Recepção ao Caloiro (Covilhã)``;
    ``Martin Schulz (PSE, DE)``: a name followed by a place (or an organization, in brackets),
    read off the text between the two mentions, whatever the parse. The categories choose the
    property through the ``apposition`` rules (and the ``em`` genitive rules after ``em``);
    members of a list (``na França, na Itália, na China e...``) are not nested. Two places named
    as divisions of a country nest by their levels (:func:`~.areas.division_order`): ``no estado
    de Texas, no Condado de Smith`` puts the county in the state, and so does a list of counties
    (:func:`_lower_divisions`: ``no Condado de Cook e Condado de Kane``, each in the state)."""
    found = ctx.starting_mention(tok, None)
    if found is None:
        return []  # no mention starts here, or it runs over the end of the sentence
    first, sent, mentions, k = found
    text = ctx.text
    out: list[Found] = []

    def gap(a: tuple[int, int, str], b: tuple[int, int, str]) -> str:
        return text[a[1] : b[0]]

    def listed(i: int, j: int) -> bool:
        """Whether mention ``i`` is coordinated with its neighbour ``j``: any gap of a list
        between names of one category, a bare comma or conjunction between names of any."""
        if not (0 <= j < len(mentions)):
            return False
        a, b = sorted((mentions[i], mentions[j]))
        if ctx.category.get(mentions[j][2]) != ctx.category.get(mentions[i][2]):
            return _BARE_LIST_GAP.fullmatch(gap(a, b)) is not None
        return _LIST_GAP.fullmatch(gap(a, b)) is not None or repeated_word(text, a, b)

    def in_item(i: int) -> bool:
        """Whether mention ``i``, no country, follows the mention before it across a comma and
        ``em`` (:data:`_IN_GAP`): a list whose items take ``em`` takes it before each, so a bare
        comma after mention ``i`` opens the place it is in (``no túnel da Ponte de l'Alma, em
        Paris, França``; ``em Lisboa, em Madrid, Espanha``); two countries are no such pair (``na
        França, na Itália, Espanha``)."""
        m = mentions[i]
        return i > 0 and _IN_GAP.fullmatch(gap(mentions[i - 1], m)) is not None and not names_a_country(text[m[0] : m[1]])

    head_cat = ctx.category.get(first[2], "")
    head = Arg(first[2], first[0], first[1], tok)
    after = mentions[k + 1 :]
    if not after:
        return []
    nxt = after[0]
    between = gap(first, nxt)
    if not _NESTING_GAP["bracket"].fullmatch(between):
        between = _without_place_noun(between)
    targets: list[tuple[tuple[int, int, str], str]] = []
    if _NESTING_GAP["bracket"].fullmatch(between):
        if lifespan_bracket(text, first[1], dated=head_cat != PER):
            # "Fernando Pessoa (Lisboa, 1888 — Lisboa, 1935)": the lifespan rule's; "Lima (Monte
            # Alegre, 11 de agosto de 1983)": a person's, whatever the NER typed the name
            return []
        # every name inside the brackets: "(PSE, DE)"
        if gloss_bracket(text, first[1]):
            return []  # "Kimbundo (MataKu = nádegas)": a word and its meaning, no place
        if head_cat == LOC and bracket_list(text, mentions, k):
            # "nos Estados de São Paulo (Orlândia e Cândido Mota)", the second typed a person: a
            # bracket of names joined by "e" after a place lists its parts (bracket-parts reads
            # those of one category), not places it is in; after a person it may list his bands
            # ("Dave Grohl (Foo Fighters e ex-Nirvana)", kept) (issue 20, P62k)
            return []
        close = text.find(")", first[1])
        inside = [m for m in after if close >= 0 and m[1] <= close and not in_expansion(text, first, m, close)]
        if head_cat == PER:
            # "Olívio Dutra (RS)", "(PMDB AP)", "Almir Gabriel (Pará)": the state a politician
            # stands for, whatever the NER typed it (not counted as a second organization)
            inside = [m for m in inside if not state(text[m[0] : m[1]])]
            # "Damon Hill (ING Williams)": a results table's country code, no body he belongs to
            inside = [m for m in inside if not results_code(text, first[1], m[0], m[1])]
            # "Jim Courier (24º ATP)", "Sergi Belbel (Prémio Nacional da Literatura Catalã)",
            # "Luca Badoer (Reynard/Cosworth)": a ranking, an award, a car's makers (issue 20, P65g)
            inside = [m for m in inside if not no_body(text, m[0], m[1], ctx)]
        cats = [ctx.category.get(m[2], "") for m in inside]
        targets = [
            (m, "")
            for m, cat in zip(inside, cats)
            # "Mercosul (Brasil, Argentina, Uruguai e Paraguai)": a list of its parts, not places
            # it is in
            if cats.count(cat) == 1
            # "Detroit Underground Resistance (UR)": the name's acronym, not a place it is in
            and not acronym_of(text[m[0] : m[1]], text[first[0] : first[1]])
        ]
    elif _NESTING_GAP["comma"].fullmatch(between):
        if (
            head_cat == LOC
            and ctx.category.get(nxt[2]) == LOC
            and not (listed(k, k - 1) and not in_item(k))
            and not listed(k + 1, k + 2)
            and not word_list(text, sent.start_char, first, nxt)
        ):
            targets = [(nxt, "")]
    elif _NESTING_GAP["em"].fullmatch(between) and not listed(k, k - 1) and listed(k + 1, k + 2):
        # "no estado de Illinois, no Condado de Cook e Condado de Kane": a list of divisions, each
        # of a lower level than the place before it, is in that place, item by item
        targets = [(m, "em") for m in _lower_divisions(text, first, mentions[k + 1 :], listed, k + 1)]
    elif (
        _NESTING_GAP["em"].fullmatch(between)
        and not listed(k, k - 1)
        and not listed(k + 1, k + 2)
        # "na Hungria, na Baviera e em outras regiões": the list goes on after the second name
        and not _LIST_GO_ON.match(text, nxt[1])
        and not has_dependent(ctx.offsets.token_in(sent, nxt[0]), (CONJ,))
        # "a embaixada do Brasil em Buenos Aires": the embassy is there, not Brazil
        and not (head_cat == LOC and "," not in between and owned_by_noun(ctx.offsets.token_in(sent, first[0]), ctx))
        # "o encontro do PT, em Brasília": the meeting is there, not the party's seat
        and not placed_by_noun(ctx.offsets.token_in(sent, first[0]), ctx)
        # "Da Agência Folha, em Salvador": a byline, not the seat
        and not byline_desk(ctx.offsets.token_in(sent, first[0]), ctx)
        # "enfrenta o Paysandu no Canindé": where the match was, not the club's seat (a venue the
        # NER typed a place is where it is: "no estádio Cachamai, na Venezuela")
        and not (head_cat == ORG and contest_party(ctx.offsets.token_in(sent, first[0]), ctx))
        # "representar o Brasil em Sydney": where the act was; a country is in no town
        and not (
            "," not in between
            and act_place(
                ctx.offsets.token_in(sent, first[0]), ctx.offsets.token_in(sent, nxt[0]), text[first[0] : first[1]], text[nxt[0] : nxt[1]]
            )
        )
    ):
        targets = [(nxt, "em")]
    trigger = ctx.offsets.token_in(sent, first[1])
    for m, prep in targets:
        if m[2] == first[2] or cut_abbreviation(text, m[0], m[1]):
            continue
        dep = Arg(m[2], m[0], m[1], ctx.offsets.token_in(sent, m[0]))
        if clause_subject_after(tok, dep.token):
            continue  # "Em 1935, em Nova York, Balanchine já corria": the comma closes the place
        inner, outer = head, dep
        order = division_order(text, (first[0], first[1]), (m[0], m[1]))
        if order == 0:
            continue  # "no departamento de La Paz, província de Inquisivi": either may hold the other
        if order == -1 or (order is None and _country_first(text, first, m, ctx)):
            # "no estado de Texas, no Condado de Smith": the county is in the state; "na Espanha,
            # em Granada": the town is in the country
            inner, outer = dep, head
        elif prep and street_holding_a_place(inner, outer, ctx):
            inner, outer = dep, head  # "em Pinheiros, na Rua Fradique Coutinho": the street is there (P62k)
        elif country_in_a_division(text, (inner.start, inner.end), (outer.start, outer.end)):
            # "N'Zeto é um município de Angola, na província do Zaire": the town the copula names
            # is in the province, not the country ("a cidade de Costa Rica, no estado de Mato
            # Grosso do Sul", no copula's place: the town named so, as read)
            owner = named_by_the_copula(inner.token, ctx)
            if owner is not None and owner.entity == outer.entity:
                continue
            inner = owner or inner
        if joined_places(text[outer.start : outer.end]):
            continue  # "o Ceará (Juazeiro do Norte e Fortaleza)": two towns the NER made one name
        inner_cat, outer_cat = ctx.category.get(inner.entity, ""), ctx.category.get(outer.entity, "")
        rule = ctx.mapping.genitive_rule(inner_cat, "", outer_cat, "em") if prep else ctx.mapping.apposition_rule(inner_cat, outer_cat)
        if rule is None:
            continue
        s_, o_ = (outer, inner) if rule.inverse else (inner, outer)
        if town_for_nationality(rule.predicate, text[o_.start : o_.end]):
            continue
        out.append(make_found(s_, rule.predicate, o_, trigger, "surface-nesting", None, True, ASSERTED, None))
    return out

