"""Temporal expressions, event/quote dates, publication-date inference."""
