"""Session 16 speed work: the proposition features memoise their topic-word searches per call,
and the linker's passes walk the state's token list instead of the Doc. Both must give exactly
what the unmemoised paths give. Every sentence here is invented for the test."""

from __future__ import annotations

import os

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from watchfloor.analyze import propositions  # noqa: E402
from watchfloor.analyze.propositions import PropositionMatcher, _names_any  # noqa: E402

SENTENCES = [
    "The envoy said the rights of women were curtailed.",
    "The group also accused them.",
    "Police detained 40 people in Peshawar after the attack.",
    "",
]


@pytest.fixture(scope="module")
def matcher() -> PropositionMatcher:
    return PropositionMatcher.load(model=False)


def test_meets_requirements_with_a_memo_agrees_with_the_plain_search(matcher):
    memo: dict[tuple[tuple[str, ...], str], bool] = {}

    def memoised(terms: tuple[str, ...], low: str) -> bool:
        if (terms, low) not in memo:
            memo[(terms, low)] = _names_any(terms, low)
        return memo[(terms, low)]

    for pi, p in enumerate(matcher.propositions):
        if not p.requires:
            continue
        for sentence in SENTENCES:
            for context in ("", *SENTENCES):
                plain = matcher._meets_requirements(pi, sentence, context)
                # twice: the second answer comes from the memo
                for _ in range(2):
                    assert matcher._meets_requirements(pi, sentence, context, memoised) == plain


def test_features_search_each_text_once_and_give_the_same_array(matcher, monkeypatch):
    rng = np.random.default_rng(0)
    n = 6
    vectors = rng.normal(size=(n, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    sentences = [SENTENCES[k % 3] for k in range(n)]  # repeated sentences, as in an article
    args = (vectors, vectors, sentences, sentences)
    kwargs = {
        "contexts": ["", *sentences[:-1]],
        "histories": ["", *sentences[:-1]],
        "articles": [" ".join(sentences)] * n,
    }
    memoised = matcher.features(*args, **kwargs)
    calls: list[tuple[tuple[str, ...], str]] = []
    original = propositions._names_any

    def counting(terms: tuple[str, ...], low: str) -> bool:
        calls.append((terms, low))
        return original(terms, low)

    monkeypatch.setattr(propositions, "_names_any", counting)
    again = matcher.features(*args, **kwargs)
    assert np.array_equal(memoised, again)
    assert calls and len(calls) == len(set(calls))
