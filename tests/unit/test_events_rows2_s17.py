"""Event rows, session 17 (second pass): victims named after an attack only continue it when the
sentence counts them or says who they were; their lives, funerals or handling are descriptions
(guide §1.1; §15 rule 6). A relative clause on a speaker named after a quote ("said X, whose
brother was killed") tells who the speaker is, not a new attack (guide §1.1, descriptions)."""

from __future__ import annotations

_ATTACK = (
    "NUSHKI, Pakistan — Gunmen shot dead nine passengers on the N-40 highway on Tuesday, "
    "officials said.\n\n"
)


def _assaults_in(analyze, text: str, words: str) -> list:  # type: ignore[no-untyped-def]
    return [e for e in analyze(text).events if e.type == "ASSAULT" and words in e.sentence]


def test_victims_lives_are_no_new_attack_row(analyze):
    text = (
        _ATTACK + "Several of the victims had worked for years in Quetta and were returning home."
    )
    assert not _assaults_in(analyze, text, "had worked")


def test_funerals_for_the_victims_are_no_attack_row(analyze):
    text = _ATTACK + "Funerals were held on Tuesday evening for at least seven of the victims."
    assert not _assaults_in(analyze, text, "Funerals")


def test_who_the_dead_were_still_continues_the_attack(analyze):
    # near miss: a copula saying who the victims were is a casualty-only sentence (guide §1.1)
    text = _ATTACK + "Most of the dead were labourers, he said."
    assert _assaults_in(analyze, text, "Most of the dead")


def test_counted_bodies_still_continue_the_attack(analyze):
    # near miss: a count of the bodies brought in is the incident's toll
    text = _ATTACK + "Doctors said 15 bodies had been brought in to the district hospital."
    assert _assaults_in(analyze, text, "15 bodies")


def test_speaker_described_by_an_attack_is_no_new_row(analyze):
    text = (
        _ATTACK + '"We want justice," said Muhammad Aslam, whose younger brother was among those '
        "killed."
    )
    assert not _assaults_in(analyze, text, "Aslam")


def test_survivor_speaking_is_no_new_row(analyze):
    text = _ATTACK + ('"We have no protection," said a constable who survived Tuesday\'s attack.')
    assert not _assaults_in(analyze, text, "constable")


def test_group_past_attacks_before_its_statement_are_kept(analyze):
    # near miss: a group's background acts before its own statement are coded (§1.1 generic)
    text = (
        _ATTACK + "The Balochistan Liberation Army, which has attacked government targets across "
        "the province, said it had no role in the killing."
    )
    assert _assaults_in(analyze, text, "which has attacked")
