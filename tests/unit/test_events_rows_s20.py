"""Session-20 event rows: a meeting of three or more named parties gets one CONSULT row per
party, aimed at the host (guide §1.3, three or more parties); a visit's host gets no row of
its own, and separate meetings, one party's contacts with several, or two parties stay as
they were."""

from __future__ import annotations


def _consults(pipeline, text: str) -> list[tuple[str | None, str | None]]:
    rows = pipeline.analyze(text, published="2026-03-05").events
    return sorted(
        (e.actor.id if e.actor else None, e.recipient.id if e.recipient else None)
        for e in rows
        if e.type == "CONSULT"
    )


def test_listed_envoys_each_meet_the_host(pipeline) -> None:
    text = "Russia hosted envoys from China, Iran and India in Moscow on Tuesday."
    rows = _consults(pipeline, text)
    # Three guests visit the host, and the host of a meeting of three or more parties has its
    # own row aimed at the first-named guest (guide §18 rule 10).
    assert len(rows) == 4
    assert sorted(r for _, r in rows) == ["CHN-MOFA", "RUS", "RUS", "RUS"]


def test_single_guest_of_a_host_is_one_row(pipeline) -> None:
    text = "Russia hosted envoys from China in Moscow on Tuesday."
    assert len(_consults(pipeline, text)) == 1


def test_listed_envoys_meeting_a_delegation_at_home(pipeline) -> None:
    text = (
        "Special envoys on Afghanistan from Russia, China and Iran met a Taliban delegation "
        "in Moscow on Tuesday."
    )
    rows = _consults(pipeline, text)
    assert len(rows) == 4
    host = [a for a, _ in rows if a and a.startswith("RUS")]
    assert len(host) == 1
    assert sum(1 for _, r in rows if r == host[0]) == 3


def test_separate_meetings_stay_one_row_each(pipeline) -> None:
    text = "Muttaqi met Russia's envoy and Iran's envoy separately in Kabul on Tuesday."
    rows = _consults(pipeline, text)
    assert len(rows) == 2
    assert all(a == "amir-khan-muttaqi" for a, _ in rows)


def _assaults(pipeline, text: str) -> list:
    rows = pipeline.analyze(text, published="2026-03-05").events
    return [e for e in rows if e.type == "ASSAULT"]


def test_claim_and_its_account_are_one_attack(pipeline) -> None:
    text = (
        "The Islamic State claimed the bombing in Peshawar on its news channel, saying its "
        "fighter had killed 20 policemen."
    )
    rows = _assaults(pipeline, text)
    assert len(rows) == 1
    assert rows[0].fatalities == 20


def test_claim_beside_another_attack_keeps_both(pipeline) -> None:
    text = (
        "The Islamic State claimed the bombing in Peshawar, and police said gunmen had killed "
        "two guards in Quetta."
    )
    assert len(_assaults(pipeline, text)) == 2


def _types(pipeline, text: str) -> list[str]:
    return [e.type for e in pipeline.analyze(text, published="2026-03-05").events]


def test_talks_a_truce_was_agreed_in_are_a_meeting(pipeline) -> None:
    text = "Pakistan and the Taliban agreed to a truce in talks mediated by Qatar."
    assert _types(pipeline, text).count("CONSULT") == 1


def test_refusing_to_take_part_in_talks_adds_no_meeting(pipeline) -> None:
    text = "The Taliban refused to take part in talks mediated by Qatar."
    assert "CONSULT" not in _types(pipeline, text)
