"""Disjoint sets (union-find) for grouping items that are linked pairwise."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T", int, str)


class UnionFind(Generic[T]):
    """Union-find with path halving.

    The smallest member names its set, so the group ids do not depend on the order in which
    pairs were linked: a rerun over the same items gives the same ids.
    """

    def __init__(self, items: Iterable[T]) -> None:
        self._parent: dict[T, T] = {x: x for x in items}

    def __contains__(self, item: object) -> bool:
        return item in self._parent

    def find(self, item: T) -> T:
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: T, b: T) -> T:
        """Put `a` and `b` in one set; returns the set's id (its smallest member)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        root, child = (ra, rb) if ra < rb else (rb, ra)
        self._parent[child] = root
        return root

    def groups(self) -> dict[T, T]:
        """Every item → the id of its set."""
        return {x: self.find(x) for x in self._parent}
