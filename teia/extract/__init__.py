"""Text → records. Never imports rdflib."""
