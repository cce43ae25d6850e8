"""Session-22 companion rows (rowsA): the attack a charge names as a kind of act (guide §11
"Charges"), the talks an agreement came out of when their span is told ("after two days of
talks"), one AID row per coordinated support mode (§11 rule 2), and the `negated` attack of a
later denial that says the other side's account did not happen (§17 rule 1). Each rule has a
near miss it must leave alone."""

from __future__ import annotations

PUB = "2026-06-15T10:00:00+00:00"


def _rows(pipeline, text: str) -> list:
    return pipeline.analyze(text, published=PUB).events


def _types(pipeline, text: str, kind: str) -> list:
    return [e for e in _rows(pipeline, text) if e.type == kind]


# ---------------------------------------------------------------- charged kinds of attack


def test_blame_for_violence_gives_the_accused_attack(pipeline) -> None:
    text = (
        "Chinese officials say fighters of the East Turkestan Islamic Movement, which Beijing "
        "blames for violence in Xinjiang, are present in northern Afghanistan."
    )
    attacks = _types(pipeline, text, "ASSAULT")
    assert len(attacks) == 1
    assert attacks[0].actor is not None and attacks[0].actor.id == "etim"


def test_blame_for_a_definite_attack_is_no_kind_of_act(pipeline) -> None:
    # an incident recalled ("the attack") is `_charged_perpetrators`'s, with nothing told before
    text = "Beijing blamed the East Turkestan Islamic Movement for the attack."
    assert not _types(pipeline, text, "ASSAULT")


def test_permitted_attack_is_the_permitted_party_s(pipeline) -> None:
    text = (
        "Islamabad also accuses the Taliban of allowing fighters of the Tehreek-e-Taliban "
        "Pakistan to use Afghan territory to attack Pakistani forces."
    )
    attacks = [e for e in _types(pipeline, text, "ASSAULT") if e.factuality != "negated"]
    assert len(attacks) == 1
    assert attacks[0].actor is not None and attacks[0].actor.id == "ttp"


def test_planned_attacks_in_a_charge_give_no_attack(pipeline) -> None:
    text = "Islamabad accuses Kabul of allowing the TTP to use Afghan territory to plan attacks."
    assert not _types(pipeline, text, "ASSAULT")


def test_financed_attacks_have_no_known_doer(pipeline) -> None:
    text = (
        "Pakistan's Foreign Office has accused India's Research and Analysis Wing of financing "
        "attacks on Chinese projects in Balochistan."
    )
    attacks = _types(pipeline, text, "ASSAULT")
    assert len(attacks) == 1 and attacks[0].actor is None
    aid = _types(pipeline, text, "AID")
    assert [(e.mode, e.actor.id if e.actor else None) for e in aid] == [("economic", "IND-RAW")]


# ---------------------------------------------------------------- talks told by their span


def test_signed_after_two_days_of_talks_is_a_meeting(pipeline) -> None:
    text = (
        "The deal was signed by Uzbekistan's deputy transport minister, Jasur Karimov, and the "
        "Taliban's acting commerce minister, Nooruddin Azizi, after two days of talks."
    )
    assert len(_types(pipeline, text, "CONSULT")) == 1


def test_signed_after_the_talks_recalls_them(pipeline) -> None:
    text = "The deal was signed by Uzbekistan and the Taliban after the talks."
    assert not _types(pipeline, text, "CONSULT")


def test_surrender_followed_months_of_talks(pipeline) -> None:
    text = "The provincial government said the surrender followed months of talks by tribal elders."
    assert len(_types(pipeline, text, "CONSULT")) == 1


# ---------------------------------------------------------------- one AID row per mode


def test_financing_and_arming_are_two_rows(pipeline) -> None:
    text = "Bugti also said India was funding and arming the BLA."
    modes = sorted(e.mode for e in _types(pipeline, text, "AID"))
    assert modes == ["economic", "military"]


def test_arming_and_training_are_one_mode(pipeline) -> None:
    text = "Bugti also said India was arming and training the BLA."
    assert [e.mode for e in _types(pipeline, text, "AID")] == ["military"]


# ---------------------------------------------------------------- account denied later


_ACCOUNT = (
    "The military said a drone strike in Spinwam killed five militants of the Hafiz Gul "
    "Bahadur group. "
)


def test_denied_account_negates_the_attack(pipeline) -> None:
    text = _ACCOUNT + (
        "Residents rejected the military's account, saying no militants had been staying in "
        "the house."
    )
    negated = [e for e in _types(pipeline, text, "ASSAULT") if e.factuality == "negated"]
    assert len(negated) == 1
    assert negated[0].sentence.startswith("Residents")


def test_denial_about_soil_negates_no_attack(pipeline) -> None:
    text = _ACCOUNT + (
        "Kabul rejected the military's account, saying it does not allow anyone to use Afghan "
        "soil against Pakistan."
    )
    assert not [e for e in _types(pipeline, text, "ASSAULT") if e.factuality == "negated"]


# ---------------------------------------------------------------- traded charges


def test_traded_charge_over_a_fight_gives_each_side_s_attack(pipeline) -> None:
    text = (
        "Iranian border guards and Taliban forces clashed near Milak on Tuesday. "
        "Each side accused the other of starting the fighting."
    )
    alleged = [
        e
        for e in _types(pipeline, text, "ASSAULT")
        if e.sentence.startswith("Each") and e.factuality == "alleged"
    ]
    assert sorted(e.actor.id for e in alleged if e.actor) == ["IRN", "taliban"]


def test_traded_charge_over_a_deadlock_gives_no_attack(pipeline) -> None:
    text = (
        "A third round of talks between Pakistan and Afghanistan in Istanbul ended without "
        "agreement on Friday, with both sides blaming the other for the deadlock."
    )
    assert not _types(pipeline, text, "ASSAULT")
