"""Records → RDF, store, SPARQL and exports. Never imports spaCy."""
