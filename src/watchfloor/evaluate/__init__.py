"""Evaluation of extractors against gold data."""
