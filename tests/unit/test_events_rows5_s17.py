"""Event rows, session 17 (fifth pass): "the attackers", "two attackers" told after a claim of
responsibility are the attackers the incident was told with (`?:gunmen`), not the group
claiming it (guide §0 and §8)."""

from __future__ import annotations


def _killings(analyze, text: str) -> list:  # type: ignore[no-untyped-def]
    return [
        e
        for e in analyze(text).events
        if e.type == "ASSAULT"
        and e.recipient is not None
        and e.sentence_span[0] >= text.index("Two attackers")
    ]


def test_attackers_after_claim_are_the_descriptive_attackers(analyze):
    text = (
        "Gunmen stormed a police post near Kardgap in Mastung district late on Monday, killing "
        "four personnel, officials said. The Balochistan Liberation Army claimed both attacks "
        "in a statement. Two attackers were killed when reinforcements reached the post, "
        "a police official said."
    )
    rows = _killings(analyze, text)
    assert rows
    assert all(e.recipient.id is None and e.recipient.text == "Gunmen" for e in rows)


def test_attackers_after_named_attack_stay_the_group(analyze):
    # near miss: the group is told as the attacker itself, not only in a claim
    text = (
        "Fighters of the Balochistan Liberation Army stormed a police post near Kardgap in "
        "Mastung district late on Monday, killing four personnel, officials said. Two attackers "
        "were killed when reinforcements reached the post, a police official said."
    )
    rows = _killings(analyze, text)
    assert rows
    assert all(e.recipient.id == "bla" for e in rows)
