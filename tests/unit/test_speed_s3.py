"""Behaviour the embedding speed-ups rely on: a text's vectors do not depend on its batch, and
the per-process cache gives exactly what a fresh computation would (no timings asserted)."""

from __future__ import annotations

import os

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from watchfloor.nlp import embeddings  # noqa: E402
from watchfloor.nlp.embeddings import DIM, embed, embed_with_spans  # noqa: E402

SENTENCE = "The Foreign Office said the talks with Kabul would resume in Doha next week."
_START = SENTENCE.index("the talks")
CONTENT = (_START, len(SENTENCE) - 1)  # the reported content, without the full stop
LONG = (
    "Officials in Islamabad said on Tuesday that the border crossing at Torkham, closed since "
    "clashes between the two sides last month, would reopen for pedestrians and for trucks "
    "carrying perishable goods once both governments had agreed on new security arrangements."
)


@pytest.fixture
def no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embeddings, "_cache", embeddings._Cache(0))


@pytest.fixture
def fresh_cache(monkeypatch: pytest.MonkeyPatch) -> embeddings._Cache:
    cache = embeddings._Cache(64)
    monkeypatch.setattr(embeddings, "_cache", cache)
    return cache


def test_vectors_do_not_depend_on_the_batch(no_cache: None) -> None:
    # The cache is only exact because of this: padding to a longer neighbour, or sharing a
    # batch with other texts, must not move a single bit of a text's vectors.
    alone_whole, alone_parts = embed_with_spans([SENTENCE], [[CONTENT]])
    texts = [LONG, "Short.", SENTENCE, LONG + " Again."]
    for batch_size in (1, 2, 4, 16):
        whole, parts = embed_with_spans(texts, [[], [], [CONTENT], [(0, 9)]], batch_size=batch_size)
        assert np.array_equal(whole[2], alone_whole[0])
        assert np.array_equal(parts[2], alone_parts[0])


def test_cached_vectors_equal_fresh_ones(fresh_cache: embeddings._Cache) -> None:
    first_whole, first_parts = embed_with_spans([SENTENCE, LONG], [[CONTENT], []])
    assert len(fresh_cache) == 2
    again_whole, again_parts = embed_with_spans([LONG, SENTENCE], [[], [CONTENT]])
    assert np.array_equal(again_whole, first_whole[::-1])
    assert np.array_equal(again_parts[1], first_parts[0])
    assert np.array_equal(embed([SENTENCE])[0], first_whole[0])


def test_a_cached_text_asked_for_a_new_span_gets_it(fresh_cache: embeddings._Cache) -> None:
    embed([SENTENCE])
    whole, parts = embed_with_spans([SENTENCE], [[CONTENT, (4, 18)]])
    fresh = embeddings._Cache(0)
    embeddings._cache, saved = fresh, embeddings._cache
    try:
        expected_whole, expected_parts = embed_with_spans([SENTENCE], [[CONTENT, (4, 18)]])
    finally:
        embeddings._cache = saved
    assert np.array_equal(whole, expected_whole)
    assert np.array_equal(parts[0], expected_parts[0])
    assert not np.allclose(parts[0][0], parts[0][1])


def test_one_call_asking_a_cached_text_for_old_and_new_spans(
    fresh_cache: embeddings._Cache,
) -> None:
    _, first = embed_with_spans([SENTENCE], [[CONTENT]])
    _, parts = embed_with_spans([SENTENCE, SENTENCE], [[CONTENT], [(4, 18)]])
    assert np.array_equal(parts[0][0], first[0][0])
    assert np.isclose(np.linalg.norm(parts[1][0]), 1.0)
    assert not np.allclose(parts[1][0], parts[0][0])


def test_changing_a_result_does_not_change_the_cache(fresh_cache: embeddings._Cache) -> None:
    vectors = embed([SENTENCE])
    expected = vectors.copy()
    vectors[:] = 0.0
    _, parts = embed_with_spans([SENTENCE], [[CONTENT]])
    parts[0][:] = 0.0
    assert np.array_equal(embed([SENTENCE]), expected)
    assert np.isclose(np.linalg.norm(embed_with_spans([SENTENCE], [[CONTENT]])[1][0][0]), 1.0)


def test_a_repeated_text_is_computed_once(
    fresh_cache: embeddings._Cache, monkeypatch: pytest.MonkeyPatch
) -> None:
    computed: list[str] = []
    compute = embeddings._compute

    def counting(
        texts: list[str], spans: list[list[tuple[int, int]]], batch_size: int
    ) -> list[tuple[np.ndarray, dict[tuple[int, int], np.ndarray]]]:
        computed.extend(texts)
        return compute(texts, spans, batch_size)

    monkeypatch.setattr(embeddings, "_compute", counting)
    whole, parts = embed_with_spans([SENTENCE, SENTENCE, LONG], [[CONTENT], [(4, 18)], []])
    assert sorted(computed) == sorted([SENTENCE, LONG])
    assert np.array_equal(whole[0], whole[1])
    assert parts[0].shape == (1, DIM) and parts[1].shape == (1, DIM)
    embed([LONG, SENTENCE])
    assert len(computed) == 2  # both cached now


def test_empty_and_blank_texts() -> None:
    assert embed([]).shape == (0, DIM)
    whole, parts = embed_with_spans([], [])
    assert whole.shape == (0, DIM) and parts == []
    blank = embed(["", "   "])
    assert np.array_equal(blank[0], blank[1])


def test_lru_cache_keeps_the_most_recent_texts() -> None:
    cache = embeddings._Cache(2)
    vector = np.ones(DIM, dtype=np.float32)
    cache.put("a", vector, {})
    cache.put("b", vector, {})
    assert cache.get("a", []) is not None  # "a" is now the most recently used
    cache.put("c", vector, {})
    assert cache.get("b", []) is None
    assert cache.get("a", []) is not None and cache.get("c", []) is not None
    cache.put("a", vector, {(0, 1): vector})
    assert cache.get("a", [(0, 1)]) is not None and cache.get("a", [(1, 2)]) is None
    assert embeddings._Cache(0).get("a", []) is None


def test_cache_size_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHFLOOR_EMBED_CACHE", "0")
    assert embeddings._env_int("WATCHFLOOR_EMBED_CACHE", 10, 0) == 0
    monkeypatch.setenv("WATCHFLOOR_EMBED_CACHE", "many")
    with pytest.raises(ValueError, match="WATCHFLOOR_EMBED_CACHE"):
        embeddings._env_int("WATCHFLOOR_EMBED_CACHE", 10, 0)


def test_single_threaded_blas_is_scoped(monkeypatch: pytest.MonkeyPatch) -> None:
    from watchfloor.pipeline import _openblas_threads, single_threaded_blas

    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    rng = np.random.default_rng(0)
    a, b = rng.random((120, DIM), dtype=np.float32), rng.random((500, DIM), dtype=np.float32)
    expected = a @ b.T
    control = _openblas_threads()
    before = control[0]() if control is not None else None
    with single_threaded_blas():
        if control is not None:
            assert control[0]() == 1
        inside = a @ b.T
    # Another split of the work may round the last bit differently, nothing more.
    assert np.allclose(inside, expected, rtol=1e-6, atol=0)
    if control is not None:
        assert control[0]() == before


def test_single_threaded_blas_leaves_a_users_setting_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from watchfloor.pipeline import _openblas_threads, single_threaded_blas

    control = _openblas_threads()
    if control is None:
        pytest.skip("numpy's OpenBLAS thread control not found on this platform")
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "2")
    before = control[0]()
    with single_threaded_blas():
        assert control[0]() == before
