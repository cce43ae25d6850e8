"""Watchlists and alerts (being written; this stub lets ingest run)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session


def evaluate_watches(session: Session, doc_ids: list[int]) -> list[dict[str, Any]]:
    return []
