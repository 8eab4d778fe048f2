"""The teia vocabulary shared by extraction and graph."""
