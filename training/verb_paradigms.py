"""Full paradigms of the common irregular Portuguese verbs and their compounds, generated from
their principal parts (issue 20, for ``verb_lexicon.py``).

Bosque train holds only the irregular forms its texts happen to use (``fizeram``, not
``fizessem``; ``vieram``, not ``virão``), and the lemmatizer returns the others as they are or
cut like infinitives (``puderam`` -> ``puder``, ``trouxeram`` -> ``trouxer``). Each verb of
:data:`VERBS` is given by the parts a grammar lists as irregular, and :func:`paradigm` derives
the rest the way every verb does:

* the preterite's theme (the third person plural without ``-ram``: ``puderam`` -> ``pude``)
  gives the whole preterite but its first and third person singular, the pluperfect, the
  imperfect and the future subjunctive (``pudemos``, ``pudera``, ``pudéramos``, ``pudesse``,
  ``puder``, ``puderem``), the theme's last vowel taking an accent before ``-ramos``,
  ``-reis``, ``-ssemos``, ``-sseis`` (``pudéssemos``, ``fôramos``, ``víramos``);
* the present subjunctive's stem (``poss-a``, ``tenh-a``), unless written out (``dar``, ``ir``);
* the future's stem gives the future and the conditional (``far-ei``, ``far-ia``);
* the imperfect is regular unless written out (``tinha``, ``era``, ``punha``, ``vinha``);
* the personal infinitive, the gerund and the participle's four forms.

A compound (:data:`COMPOUNDS`: ``obter``, ``intervir``, ``propor``, ``desfazer``, ``prever``)
is its prefix before each form of its base, with the accent a monosyllable of ``ter`` and
``vir`` takes after a prefix (``tem`` -> ``obtém``, ``vem`` -> ``intervém``) and ``pôr`` without
its accent (``propor``). Nothing here reads a corpus.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["VERBS", "COMPOUNDS", "paradigm", "paradigms"]

_ACCENT = str.maketrans("aeiou", "áéíóú")
_CLOSED = str.maketrans("aeo", "âêô")


@dataclass(frozen=True)
class Verb:
    """The principal parts of an irregular verb."""

    present: str
    """The present indicative, six forms separated by spaces."""
    preterite: str
    """The preterite's first and third person singular (``pude pôde``)."""
    theme: str
    """The preterite's theme: its third person plural without ``-ram`` (``pude``)."""
    subjunctive: str
    """The present subjunctive's stem (``poss``), or its six forms separated by spaces."""
    future: str = ""
    """The future's stem when it is not the infinitive (``far``)."""
    imperfect: str = ""
    """The imperfect's six forms when it is not regular."""
    participle: str = ""
    """The masculine singular participle when it is not regular."""
    gerund: str = ""
    """The gerund when it is not the infinitive's stem and ``-ndo``."""
    closed: bool = False
    """Whether the theme's last vowel is closed under the accent (``lêramos``, not ``léramos``)."""


VERBS: dict[str, Verb] = {
    "ser": Verb("sou és é somos sois são", "fui foi", "fo", "sej", imperfect="era eras era éramos éreis eram", participle="sido", closed=True),
    "ir": Verb("vou vais vai vamos ides vão", "fui foi", "fo", "vá vás vá vamos vades vão", participle="ido", closed=True),
    "ter": Verb("tenho tens tem temos tendes têm", "tive teve", "tive", "tenh", imperfect="tinha tinhas tinha tínhamos tínheis tinham", participle="tido"),
    "haver": Verb("hei hás há havemos haveis hão", "houve houve", "houve", "haj"),
    "vir": Verb("venho vens vem vimos vindes vêm", "vim veio", "vie", "venh", imperfect="vinha vinhas vinha vínhamos vínheis vinham", participle="vindo"),
    "pôr": Verb(
        "ponho pões põe pomos pondes põem", "pus pôs", "puse", "ponh", future="por",
        imperfect="punha punhas punha púnhamos púnheis punham", participle="posto", gerund="pondo",
    ),
    "fazer": Verb("faço fazes faz fazemos fazeis fazem", "fiz fez", "fize", "faç", future="far", participle="feito"),
    "dizer": Verb("digo dizes diz dizemos dizeis dizem", "disse disse", "disse", "dig", future="dir", participle="dito"),
    "trazer": Verb("trago trazes traz trazemos trazeis trazem", "trouxe trouxe", "trouxe", "trag", future="trar"),
    "poder": Verb("posso podes pode podemos podeis podem", "pude pôde", "pude", "poss"),
    "querer": Verb("quero queres quer queremos quereis querem", "quis quis", "quise", "queir"),
    "saber": Verb("sei sabes sabe sabemos sabeis sabem", "soube soube", "soube", "saib"),
    "caber": Verb("caibo cabes cabe cabemos cabeis cabem", "coube coube", "coube", "caib"),
    "ver": Verb("vejo vês vê vemos vedes veem", "vi viu", "vi", "vej", participle="visto"),
    "dar": Verb("dou dás dá damos dais dão", "dei deu", "de", "dê dês dê demos deis deem"),
    "estar": Verb("estou estás está estamos estais estão", "estive esteve", "estive", "estej"),
    "ler": Verb("leio lês lê lemos ledes leem", "li leu", "le", "lei", closed=True),
    "crer": Verb("creio crês crê cremos credes creem", "cri creu", "cre", "crei", closed=True),
}
"""The irregular verbs, by their principal parts (a grammar's tables)."""

COMPOUNDS: dict[str, tuple[str, ...]] = {
    "ter": ("abster", "ater", "conter", "deter", "entreter", "manter", "obter", "reter", "suster"),
    "vir": ("advir", "convir", "desavir", "intervir", "provir", "sobrevir"),
    "pôr": (
        "antepor", "apor", "compor", "contrapor", "decompor", "depor", "dispor", "expor", "impor", "indispor",
        "interpor", "justapor", "opor", "predispor", "pressupor", "propor", "recompor", "repor", "sobrepor",
        "supor", "transpor",
    ),
    "fazer": ("contrafazer", "desfazer", "perfazer", "refazer", "satisfazer"),
    "dizer": ("bendizer", "contradizer", "desdizer", "maldizer", "predizer"),
    "ver": ("antever", "entrever", "prever", "rever"),
    "ler": ("reler",),
    "crer": ("descrer",),
    "trazer": (),
}
"""Verbs conjugated as their base with a prefix (``prover`` is not ``ver``'s: ``proveu``)."""

# the old spelling of the third person plural present of "ver", "ler", "crer"
_OLD_PLURALS = {"veem": "vêem", "leem": "lêem", "creem": "crêem", "deem": "dêem"}


def _accented(theme: str, closed: bool) -> str:
    """The theme with its last vowel accented (``pude`` -> ``pudé``, ``fo`` -> ``fô``)."""
    for k in range(len(theme) - 1, -1, -1):
        if theme[k] in "aeiou":
            mark = _CLOSED if closed and theme[k] in "aeo" else _ACCENT
            return theme[:k] + theme[k].translate(mark) + theme[k + 1 :]
    return theme


def paradigm(infinitive: str, verb: Verb) -> set[str]:
    """Every finite and non-finite form of ``verb`` (imperatives are present forms), with the
    old spelling of ``vêem``, ``lêem``, ``crêem``, ``dêem``."""
    forms = {infinitive}
    present = verb.present.split()
    forms.update(present)
    forms.update(verb.preterite.split())
    t, acc = verb.theme, _accented(verb.theme, verb.closed)
    forms.update(t + e for e in ("ste", "mos", "stes", "ram", "ra", "ras", "sse", "sses", "ssem", "r", "res", "rmos", "rdes", "rem"))
    forms.update(acc + e for e in ("ramos", "reis", "ssemos", "sseis"))
    subjunctive = verb.subjunctive.split()
    if len(subjunctive) == 1:
        stem = subjunctive[0]
        subjunctive = [stem + e for e in ("a", "as", "a", "amos", "ais", "am")]
    forms.update(subjunctive)
    future = verb.future or infinitive.translate(str.maketrans("ô", "o"))
    forms.update(future + e for e in ("ei", "ás", "á", "emos", "eis", "ão", "ia", "ias", "íamos", "íeis", "iam"))
    base = infinitive.translate(str.maketrans("ô", "o"))
    forms.update(base + e for e in ("es", "mos", "des", "em"))
    stem, conj = infinitive[:-2], infinitive[-2:]
    if verb.imperfect:
        forms.update(verb.imperfect.split())
    elif conj == "ar":
        forms.update(stem + e for e in ("ava", "avas", "ávamos", "áveis", "avam"))
    else:
        forms.update(stem + e for e in ("ia", "ias", "íamos", "íeis", "iam"))
    forms.add(verb.gerund or base[:-1] + "ndo")
    participle = verb.participle or stem + ("ado" if conj == "ar" else "ido")
    forms.update(participle[:-1] + e for e in ("o", "a", "os", "as"))
    forms.update(old for new, old in _OLD_PLURALS.items() if new in forms)
    return forms


def _compound(prefix: str, form: str, base: str) -> str:
    """``form`` of ``base`` after ``prefix``: ``tem`` -> ``obtém``, ``pôr`` -> ``propor``."""
    if base in ("ter", "vir") and form in ("tem", "tens", "vem", "vens"):
        form = form.replace("e", "é")
    elif form == "pôr":
        form = "por"
    return prefix + form


def paradigms() -> dict[str, set[str]]:
    """Each verb of :data:`VERBS` and :data:`COMPOUNDS` with its forms."""
    out = {}
    for infinitive, verb in VERBS.items():
        forms = paradigm(infinitive, verb)
        out[infinitive] = forms
        for compound in COMPOUNDS.get(infinitive, ()):
            prefix = compound[: -len(infinitive.replace("ô", "o"))]
            out[compound] = {_compound(prefix, f, infinitive) for f in forms}
    return out
