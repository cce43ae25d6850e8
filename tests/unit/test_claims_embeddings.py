"""The MiniLM embedder: shapes, normalisation and sensible neighbours, fully offline."""

from __future__ import annotations

import os

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from watchfloor.nlp.embeddings import DIM, embed  # noqa: E402


def test_shape_and_norm():
    vectors = embed(["Pakistan closed the Torkham crossing.", "Talks resumed in Doha."])
    assert vectors.shape == (2, DIM)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


def test_empty_input():
    assert embed([]).shape == (0, DIM)
    assert embed([""]).shape == (1, DIM)


def test_paraphrase_is_closer_than_unrelated():
    anchor, para, other = embed(
        [
            "Afghan territory is used to attack Pakistan",
            "Militants use Afghan soil to launch attacks on Pakistan",
            "Wheat prices rose sharply in Kabul's markets",
        ]
    )
    assert float(anchor @ para) > 0.65
    assert float(anchor @ other) < 0.45


def test_order_preserved_across_batches():
    texts = [f"Statement number {i} " + "word " * (i % 7) for i in range(40)]
    batched = embed(texts, batch_size=8)
    single = np.vstack([embed([t]) for t in texts[:5]])
    assert np.allclose(batched[:5], single, atol=1e-4)
