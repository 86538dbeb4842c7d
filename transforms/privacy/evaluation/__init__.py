"""Scoring detection: generated gold, public external corpora, the naive baseline."""
