"""Session-22 event rows (rowsE): a second to-infinitive demand the parser hangs on the first
demand's gerund, or under a "for X to" clause, is its own REQUEST row (guide §8 "each demand
joined by 'and'"); "blamed X for hiring the gunmen" and "militants sheltered / backed by X" charge
X's support of the people named, an AID row (guide §11 "Sponsor", "Sheltering"); an appended
denial negates only acts the denier is a party to (guide §13 rule 1)."""

from __future__ import annotations


def _rows(pipeline, text: str) -> list[tuple[str, str | None, str | None, str | None, str]]:
    events = pipeline.analyze(text, published="2026-03-05").events
    return sorted(
        (
            (
                e.type,
                e.mode,
                e.actor.id if e.actor else None,
                e.recipient.id if e.recipient else None,
                e.factuality,
            )
            for e in events
        ),
        key=lambda r: tuple(x or "" for x in r),
    )


def _types(pipeline, text: str) -> list[str]:
    return [t for t, *_ in _rows(pipeline, text)]


def test_second_demand_hung_on_the_first_demands_gerund(pipeline) -> None:
    text = (
        "The front has also called on foreign governments to stop engaging with the Taliban "
        "and to arm its fighters."
    )
    assert _types(pipeline, text).count("REQUEST") == 2


def test_gerund_without_repeated_to_is_one_demand(pipeline) -> None:
    text = "The front has also called on foreign governments to stop engaging with the Taliban."
    assert _types(pipeline, text).count("REQUEST") == 1


def test_second_demand_in_a_for_clause(pipeline) -> None:
    text = (
        "Envoys from Russia and China called on Wednesday for the Taliban to form an inclusive "
        "government and to act against all terrorist groups."
    )
    assert _types(pipeline, text).count("REQUEST") == 2


def test_single_demand_in_a_for_clause(pipeline) -> None:
    text = "Envoys from Russia and China called on Wednesday for the Taliban to form a government."
    assert _types(pipeline, text).count("REQUEST") == 1


def test_blame_for_hiring_is_economic_aid(pipeline) -> None:
    text = (
        'The deputy governor blamed "foreign intelligence services" for hiring the gunmen, '
        "without offering evidence."
    )
    rows = _rows(pipeline, text)
    assert [r for r in rows if r[0] == "AID"][0][1] == "economic"
    assert "ACCUSE" in [r[0] for r in rows]


def test_blame_for_an_attack_gives_no_aid(pipeline) -> None:
    text = 'The deputy governor blamed "foreign intelligence services" for the attack.'
    assert "AID" not in _types(pipeline, text)


def test_militants_sheltered_by_a_party_are_its_aid(pipeline) -> None:
    text = 'A Shia elder blamed "militants sheltered by Sunni tribes" for the attack.'
    aid = [r for r in _rows(pipeline, text) if r[0] == "AID"]
    assert len(aid) == 1
    assert aid[0][1] == "military" and aid[0][4] == "alleged"


def test_participle_without_a_backer_gives_no_aid(pipeline) -> None:
    text = "Officials blamed militants trained in camps for the attack."
    assert "AID" not in _types(pipeline, text)


def test_appended_denial_spares_acts_of_a_third_party(pipeline) -> None:
    text = (
        "Pakistan accused the TTP of ambushing a Chinese convoy in Gwadar, a charge Kabul denies."
    )
    rows = _rows(pipeline, text)
    assert "REJECT" in [r[0] for r in rows]
    assert not [r for r in rows if r[0] == "ASSAULT" and r[4] == "negated"]


def test_appended_denial_negates_the_deniers_own_act(pipeline) -> None:
    text = (
        "Pakistan accused the TTP of ambushing a Chinese convoy in Gwadar, a charge the TTP denies."
    )
    rows = _rows(pipeline, text)
    assert [r for r in rows if r[0] == "ASSAULT" and r[4] == "negated"]
