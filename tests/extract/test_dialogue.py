"""The people of a novel's dialogue (teia.extract.dialogue): a dialogue tag's speaker and the one
a line of direct speech addresses are people, where the NER read Machado de Assis' characters as
places or organizations."""

from __future__ import annotations

from teia.extract.labels import LOC, ORG, PER

from tests.extract.test_entities import doc_of, refined, toks


def _types(text, pos, ents, lemmas=None):
    doc = doc_of(toks(text, pos, lemmas), ents)
    return [(t, c) for t, c, _ in refined(doc)]


def test_the_speaker_of_a_dialogue_tag_is_a_person():
    # Machado, Quincas Borba: "— Não cai, acudiu o Rubião.", the NER's place
    assert _types("— Não cai , acudiu o Rubião .", "PUNCT ADV VERB PUNCT VERB DET PROPN PUNCT", [(6, 7, "LOC")]) == [("Rubião", PER)]
    # Oliver Twist: "— Sim — respondeu Sikes.", the NER's organization
    assert _types("— Sim — respondeu Sikes .", "PUNCT ADV PUNCT VERB PROPN PUNCT", [(4, 5, "ORG")]) == [("Sikes", PER)]
    # a verb with its enclitic pronoun the tagger read as a name: "disse-me Virgília"
    assert _types("— Vem , disse-me Virgília .", "PUNCT VERB PUNCT PROPN PROPN PUNCT", [(4, 5, "LOC")]) == [("Virgília", PER)]


def test_a_dialogue_tag_with_an_adverb_or_a_gerund_names_the_speaker():
    # Quincas Borba: "— ..., atalhou fogosamente o Palha.", the NER's organization
    text = "— Não dou , atalhou fogosamente o Palha ."
    assert _types(text, "PUNCT ADV VERB PUNCT VERB ADV DET PROPN PUNCT", [(7, 8, "ORG")]) == [("Palha", PER)]
    # "— Fique, disse Quintanilha apertando-lhe a mão.": a gerund after the name
    text = "— Fique , disse Quintanilha apertando-lhe a mão ."
    assert _types(text, "PUNCT VERB PUNCT VERB PROPN VERB DET NOUN PUNCT", [(4, 5, "LOC")]) == [("Quintanilha", PER)]
    # a word in -mente that is no adverb of manner before the name, a noun after it: no tag
    text = "— Fique , disse Quintanilha casa ."
    assert _types(text, "PUNCT VERB PUNCT VERB PROPN NOUN PUNCT", [(4, 5, "LOC")]) == [("Quintanilha", LOC)]


def test_the_one_a_line_of_speech_addresses_is_a_person_in_all_the_documents_mentions():
    # "— Tem razão, Capitu, concordou o agregado." and Capitu again with no evidence
    text = "— Tem razão , Capitu , concordou o agregado . Capitu saiu ."
    pos = "PUNCT VERB NOUN PUNCT PROPN PUNCT VERB DET NOUN PUNCT PROPN VERB PUNCT"
    doc = doc_of(toks(text, pos), [(4, 5, "LOC"), (10, 11, "LOC")], sent_starts=[i in (0, 10) for i in range(13)])
    assert [(t, c) for t, c, _ in refined(doc)] == [("Capitu", PER), ("Capitu", PER)]
    # "— Obrigado, Capitu!": after the speech's first word
    assert _types("— Obrigado , Capitu !", "PUNCT ADJ PUNCT PROPN PUNCT", [(3, 4, "ORG")]) == [("Capitu", PER)]


def test_no_dialogue_no_person():
    # a list of places in speech: a name after another name's comma
    ents = [(3, 4, "LOC"), (5, 6, "LOC")]
    assert _types("— Fui a Cortegaça , Vilarinho .", "PUNCT VERB ADP PROPN PUNCT PROPN PUNCT", ents) == [("Cortegaça", LOC), ("Vilarinho", LOC)]
    # the words spoken go on after an infinitive: "— Sim, ir a Santa-Pia, ..."
    assert _types("— Sim , ir a Santa-Pia ,", "PUNCT ADV PUNCT VERB ADP PROPN PUNCT", [(5, 6, "LOC")]) == [("Santa-Pia", LOC)]
    # a line with no dash is no speech
    assert _types("Não cai , acudiu o Rubião .", "ADV VERB PUNCT VERB DET PROPN PUNCT", [(5, 6, "LOC")]) == [("Rubião", LOC)]
    # an organization name_types knows stays one: "— Sim — respondeu a Petrobras."
    assert _types("— Sim — respondeu a Petrobras .", "PUNCT ADV PUNCT VERB DET PROPN PUNCT", [(5, 6, "ORG")]) == [("Petrobras", ORG)]


def test_a_speech_line_is_the_line_a_dash_opens_whatever_the_lines_before():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from teia.extract.dialogue import speech_line

    # "Capitu saiu.\n  — Vem, disse Bento.\nBento — o amigo — ficou.": the second line is speech
    # (after the spaces that open it), the third is not, though a dash stands in it
    words = ["Capitu", "saiu", ".", "\n  ", "—", "Vem", ",", "disse", "Bento", ".", "\n", "Bento", "—", "o", "amigo", "—", "ficou", "."]
    spaces = [True, False, False, False, True, False, True, True, False, False, False, True, True, True, True, True, False, False]
    doc = Doc(Vocab(), words=words, spaces=spaces)
    assert [speech_line(doc, k) for k in (1, 5, 8, 13, 16)] == [False, True, True, False, False]
    assert not speech_line(doc, 4)  # the dash itself: nothing before it on its line
    # a document of one line opened by a dash: every word after it is on a speech line
    doc = Doc(Vocab(), words=["—", "Sim", "—", "respondeu", "Sikes", "."], spaces=[True, True, True, True, False, False])
    assert [speech_line(doc, k) for k in range(6)] == [False, True, True, True, True, True]


def test_the_speaker_a_news_quotations_tag_names_is_a_person():
    # '"Não vou sair", ironizou ontem Cerdeira.': a time word between the verb and the name, the NER's place
    text = '" Não vou sair " , ironizou ontem Cerdeira .'
    pos = "PUNCT ADV VERB VERB PUNCT PUNCT VERB ADV PROPN PUNCT"
    assert _types(text, pos, [(8, 9, "LOC")]) == [("Cerdeira", PER)]
    # a time expression of three words and a comma after the name; an organization of the NER
    text = "« É cedo » , afirmou ontem à noite Rebello , à saída ."
    pos = "PUNCT AUX ADV PUNCT PUNCT VERB ADV ADP NOUN PROPN PUNCT ADP NOUN PUNCT"
    assert _types(text, pos, [(9, 10, "ORG")]) == [("Rebello", PER)]
    # a surname the name lists know as a town's, and a preposition after it: '", diz Lima à Folha'
    text = '" É um retrocesso " , diz Lima à Folha .'
    pos = "PUNCT AUX DET NOUN PUNCT PUNCT VERB PROPN ADP PROPN PUNCT"
    assert _types(text, pos, [(7, 8, "LOC"), (9, 10, "ORG")]) == [("Lima", PER), ("Folha", ORG)]
    # the NER's person there stays one: the name lists' town does not undo what the tag says
    assert _types(text, pos, [(7, 8, "PER"), (9, 10, "ORG")]) == [("Lima", PER), ("Folha", ORG)]
    # the words spoken ended by a dash inside a line: "A proposta é inaceitável — disse Almada."
    text = "A proposta é inaceitável — disse Almada ."
    pos = "DET NOUN AUX ADJ PUNCT VERB PROPN PUNCT"
    assert _types(text, pos, [(6, 7, "LOC")]) == [("Almada", PER)]


def test_no_news_tag_no_speaker():
    # an article before the name: a body speaks as often ('", anunciou o Pentágono')
    text = '" Atacámos " , anunciou o Pentágono .'
    assert _types(text, "PUNCT VERB PUNCT PUNCT VERB DET PROPN PUNCT", [(6, 7, "ORG")]) == [("Pentágono", ORG)]
    # a country speaks for its government: '", anunciou Israel'
    text = '" Atacámos " , anunciou ontem Israel .'
    assert _types(text, "PUNCT VERB PUNCT PUNCT VERB ADV PROPN PUNCT", [(6, 7, "LOC")]) == [("Israel", LOC)]
    # no closing quotation mark before the comma: a place after a verb and its adverb
    text = "Nessa altura , chegou ontem Cerdeira ."
    assert _types(text, "ADP NOUN PUNCT VERB ADV PROPN PUNCT", [(5, 6, "LOC")]) == [("Cerdeira", LOC)]
    # a place of the tag, after a preposition: '", disse em Cerdeira'
    text = '" Vamos " , disse em Cerdeira .'
    assert _types(text, "PUNCT VERB PUNCT PUNCT VERB ADP PROPN PUNCT", [(6, 7, "LOC")]) == [("Cerdeira", LOC)]
