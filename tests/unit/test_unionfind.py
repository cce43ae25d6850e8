"""Disjoint sets: the grouping helper behind incidents and the claim filter's article groups."""

from __future__ import annotations

from watchfloor.unionfind import UnionFind


def test_linked_items_share_the_smallest_member_as_id():
    sets = UnionFind(["ev_c", "ev_a", "ev_b", "ev_d"])
    sets.union("ev_c", "ev_b")
    assert sets.union("ev_b", "ev_a") == "ev_a"
    assert sets.groups() == {"ev_a": "ev_a", "ev_b": "ev_a", "ev_c": "ev_a", "ev_d": "ev_d"}


def test_ids_do_not_depend_on_the_order_of_links():
    pairs = [(4, 2), (2, 7), (9, 5)]
    forward, backward = UnionFind(range(10)), UnionFind(range(10))
    for a, b in pairs:
        forward.union(a, b)
    for a, b in reversed(pairs):
        backward.union(b, a)
    assert forward.groups() == backward.groups()
    assert forward.find(7) == 2 and forward.find(9) == 5


def test_membership():
    sets = UnionFind(["a"])
    assert "a" in sets and "b" not in sets and None not in sets
