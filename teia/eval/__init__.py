"""Evaluation of teia components against gold corpora (HAREM...)."""
