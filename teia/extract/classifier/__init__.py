"""The trained relation classifier (issue 20): a logistic regression over the features of a
pair of mentions (:mod:`~teia.extract.classifier.features`), trained on DBpedia-PT's
distantly supervised Wikipedia sentences by ``make -C training relations``.

* :mod:`~teia.extract.classifier.features`: the features of a pair (shared with training);
* :mod:`~teia.extract.classifier.labels`: the labels and their mapping onto the ontology;
* :mod:`~teia.extract.classifier.model`: the weights, loaded lazily, and the scoring;
* :mod:`~teia.extract.classifier.predict`: a doc's classifier relations, merged with the rules';
* :mod:`~teia.extract.classifier.component`: the ``teia_relation_model`` spaCy component.
"""
