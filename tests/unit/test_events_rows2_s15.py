"""Event rows, session 15 (second pass): a charge of backing armed men (funding, training,
sheltering them) is placed and dated only by what its own sentence says, never by the attack
it is made about, and one charge naming two kinds of backing is one row per kind."""

from __future__ import annotations

from tests.unit._events_util import events  # noqa: I001  (unit-test helpers)

_ATTACK = "Gunmen attacked a bus in Turbat on Monday, killing nine passengers. "
_PLACES = {"Turbat": "p:turbat"}


def _aid(text: str, actors: dict[str, str]):  # type: ignore[no-untyped-def]
    places = {k: v for k, v in _PLACES.items() if k in text}
    rows = events(text, "2025-03-05", places=places, actors=actors)
    return [e for e in rows if e.type == "AID"]


def test_a_charge_of_financing_the_attackers_takes_no_place_or_day_of_the_attack():
    text = _ATTACK + "The minister accused India of financing the attackers."
    (row,) = _aid(text, {"India": "IND"})
    assert row.factuality == "alleged"
    assert row.place is None and row.date is None


def test_attackers_said_to_be_trained_by_a_state_are_not_placed_at_the_attack():
    text = (
        _ATTACK + "The minister said the gunmen had been trained by India's intelligence services."
    )
    rows = _aid(text, {"India": "IND"})
    assert rows and all(r.place is None and r.date is None for r in rows)


def test_a_denial_of_sheltering_takes_neither_the_news_day_nor_the_attacks_place():
    text = _ATTACK + "The Taliban deny sheltering the group."
    (row,) = _aid(text, {"Taliban": "taliban"})
    assert row.factuality == "negated"
    assert row.place is None and row.date is None


def test_aid_handed_out_after_an_attack_still_takes_its_place_and_day():
    # near miss: an account of aid delivered is no charge of backing anyone
    text = _ATTACK + "Residents said the Red Cross had delivered food to the families."
    (row,) = _aid(text, {"Red Cross": "ICRC"})
    assert row.place is not None and row.place.name == "Turbat"
    assert row.date == "2025-03-03"


def test_compensation_paid_after_an_attack_still_takes_its_place_and_day():
    # near miss: "paid" is a sponsor verb, but told as done it is no charge
    text = _ATTACK + "The province later paid compensation to the families."
    (row,) = _aid(text, {})
    assert row.factuality == "asserted"
    assert row.place is not None and row.date == "2025-03-03"


def test_trained_and_financed_is_one_row_per_kind_of_backing():
    text = _ATTACK + "The minister said the gunmen had been trained and financed by India."
    modes = sorted(r.mode or "" for r in _aid(text, {"India": "IND"}))
    assert modes == ["economic", "military"]


def test_aid_of_two_kinds_handed_out_stays_one_row():
    # near miss: two kinds of aid in one delivery are not two charges
    text = "The World Food Programme handed out food parcels, cash and tents to families."
    assert len(_aid(text, {"World Food Programme": "WFP"})) == 1
    text = "China provided funding and equipment to the Afghan police."
    assert len(_aid(text, {"China": "CHN"})) == 1


_SIGNERS = {
    "Ilkhom Makhkamov": "makhkamov",
    "Hanif Abbasi": "abbasi",
    "Mohammad Esa Thani": "thani",
}


def _rows(text: str, actors: dict[str, str]) -> list[tuple[str, str | None, str | None]]:
    rows = events(text, "2025-03-05", actors={k: v for k, v in actors.items() if k in text})
    return sorted(
        (e.type, e.actor.id if e.actor else None, e.recipient.id if e.recipient else None)
        for e in rows
    )


def test_each_signer_named_by_title_and_name_after_by_is_a_party():
    text = (
        "The accord was signed by Uzbekistan's transport minister, Ilkhom Makhkamov, "
        "Pakistan's railways minister, Hanif Abbasi, and the Taliban's acting minister of "
        "public works, Mohammad Esa Thani, in the presence of the presidents."
    )
    actors = {a for t, a, _ in _rows(text, _SIGNERS) if t == "AGREE"}
    assert actors == {"makhkamov", "abbasi", "thani"}


def test_one_signer_with_his_title_is_one_party():
    # near miss: an apposition that names the same signer adds no party
    text = "The accord was signed by Pakistan's railways minister, Hanif Abbasi, on Monday."
    assert [a for t, a, _ in _rows(text, _SIGNERS) if t == "AGREE"] == ["abbasi"]


def test_names_in_a_clause_on_the_signer_are_no_parties():
    # near miss: a name inside a prepositional phrase or relative clause on the signer
    text = "The accord was signed by Hanif Abbasi, who thanked Ilkhom Makhkamov for his support."
    assert [a for t, a, _ in _rows(text, _SIGNERS) if t == "AGREE"] == ["abbasi"]


def test_a_passive_attack_with_an_apposition_stays_one_attackers_row():
    # near miss: only joint acts (agreements, talks) have several parties after "by"
    text = "The post was attacked by gunmen of Hanif Abbasi, Ilkhom Makhkamov's rival faction."
    assert sum(1 for t, _, _ in _rows(text, _SIGNERS) if t == "ASSAULT") <= 1


def test_a_body_named_again_by_its_mission_after_by_is_one_party():
    # near miss: an apposition with no list ("and") renames the one party
    text = "The United Nations was represented by its political mission, UNAMA, at the talks."
    rows = _rows(text, {"United Nations": "UN", "UNAMA": "UNAMA"})
    assert sum(1 for t, _, _ in rows if t == "CONSULT") <= 1
