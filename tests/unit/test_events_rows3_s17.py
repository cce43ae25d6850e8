"""Event rows, session 17 (third pass, missed rows): a weapon brought in with "a"/"an" as the
subject of its own clause ("a roadside bomb tore through a patrol, and gunmen then opened fire")
is an attack of its own beside the other clause's, one mode per row (guide §1.2); a mutual act
"between A and B" makes one row per direction (guide §1.3, joint / mutual acts)."""

from __future__ import annotations


def _assaults(analyze, text: str) -> list:  # type: ignore[no-untyped-def]
    return [e for e in analyze(text).events if e.type == "ASSAULT"]


def test_indefinite_bomb_clause_is_its_own_attack(analyze):
    text = (
        "PANJGUR, Pakistan — A roadside bomb tore through a Frontier Corps patrol near Gichk on "
        "Monday, and gunmen hiding in the hills then opened fire on the survivors, officials said."
    )
    modes = sorted(e.mode or "" for e in _assaults(analyze, text))
    assert modes == ["explosives", "firearms"]


def test_blast_in_a_while_clause_is_its_own_attack(analyze):
    text = (
        "QUETTA, Pakistan — Gunmen stormed a Levies post near Mastung late on Monday, killing "
        "four personnel, while a blast the same night tore through a gas pipeline in Dera Bugti, "
        "officials said."
    )
    assert len(_assaults(analyze, text)) == 2


def test_definite_blast_refers_back_to_the_attack(analyze):
    # near miss: "the blast" is the attack already told, not a second one
    text = "Militants stormed the post on Monday, and the blast killed four soldiers."
    assert len(_assaults(analyze, text)) == 1


def test_bomb_that_kills_is_one_attack(analyze):
    # near miss: the weapon's own clause and its toll are one happening
    text = "A roadside bomb struck a police van in Bannu on Monday, killing five officers."
    assert len(_assaults(analyze, text)) == 1


def test_fighting_between_two_sides_gives_both_directions(analyze):
    text = (
        "The Tirah valley, which borders Afghanistan, has seen repeated fighting between the "
        "military and militants over the past decade."
    )
    rows = _assaults(analyze, text)
    assert len(rows) == 2
    pairs = {(e.actor and e.actor.text, e.recipient and e.recipient.text) for e in rows}
    assert len(pairs) == 2 and all(a and r for a, r in pairs)


def test_relation_between_two_parties_is_no_mutual_attack(analyze):
    # near miss: "between A and B" on a word that names no mutual act codes no clash
    text = "The report examined the relationship between the Taliban and al-Qaeda."
    assert not _assaults(analyze, text)
