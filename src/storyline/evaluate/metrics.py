"""Small scoring helpers shared by the task scorers."""

from __future__ import annotations


def safe_div(num: float, den: float) -> float:
    return num / den if den else 0.0


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 from counts."""
    p, r = safe_div(tp, tp + fp), safe_div(tp, tp + fn)
    return {"precision": p, "recall": r, "f1": safe_div(2 * p * r, p + r)}


def span_overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap of two character spans as a share of the longer one (0..1)."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    longest = max(a[1] - a[0], b[1] - b[0])
    return safe_div(max(0, inter), longest)
