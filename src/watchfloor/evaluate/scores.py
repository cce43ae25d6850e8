"""The numbers every evaluation reports, computed and rounded one way."""

from __future__ import annotations


def ratio(part: int, whole: int) -> float:
    """part / whole to four places; 0.0 when there is nothing to count."""
    return round(part / whole, 4) if whole else 0.0


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 of `tp` matches among `n_pred` predicted and `n_gold` gold."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
