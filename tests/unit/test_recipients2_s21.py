"""Recipients, session 21 round 2: a dealing's own "with" phrase names its other party ("ended
its ceasefire with the government", "has taken part in talks with Kabul"); a standing denial
appended to an accusation answers the accuser, not whoever reported it (guide §18 rule 8)."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows


def _rec(row):
    return row.recipient.id if row.recipient is not None else None


def _by_trigger(analyze, text, etype, trigger):
    return [r for r in _rows(analyze, text, etype) if r.trigger == trigger]


def test_talks_with_a_capital_are_with_its_government(analyze):
    text = (
        "An Iranian envoy who has taken part in talks with Kabul said on Sunday that the "
        "dispute over the Helmand water could be settled by spring."
    )
    rows = [r for r in _rows(analyze, text, "CONSULT") if "talks with" in r.sentence]
    assert rows and _rec(rows[0]) == "taliban"


def test_a_border_with_a_country_is_no_partner(analyze):
    # near miss: "Afghanistan's border with Turkmenistan" only says where the line runs
    text = (
        "Kazakhstan will invest $300 million in a road to Herat from Torghundi, on "
        "Afghanistan's border with Turkmenistan, officials in Astana said."
    )
    rows = _rows(analyze, text, "AID")
    assert all(_rec(r) != "TKM" for r in rows)


def test_shared_evidence_with_kabul_is_aimed_at_kabul(analyze):
    text = (
        "Pakistan's Foreign Office said on Friday that Pakistan had shared evidence of militant "
        "camps in Kunar and Nuristan with Kabul."
    )
    rows = _rows(analyze, text, "ACCUSE")
    assert rows and _rec(rows[0]) == "taliban"


def test_talks_with_several_counterparts_name_no_single_partner(analyze):
    # near miss: two parties in the "with" phrase are not one recipient
    text = (
        "Russian Foreign Minister Sergei Lavrov travelled to Tashkent on Monday for talks "
        "with his Uzbek and Tajik counterparts."
    )
    rows = [r for r in _rows(analyze, text, "CONSULT") if r.trigger == "travelled"]
    assert all(_rec(r) not in ("UZB", "TJK") for r in rows) or len(rows) > 1


def test_a_charge_denied_answers_its_accuser(analyze):
    # guide §18 rule 8: "..., which Pakistan accuses of ..., a charge the Taliban deny"
    text = (
        "A retired general said the bombing would raise pressure on Kabul, which Islamabad "
        "accuses of harbouring TTP commanders, a charge the Taliban deny."
    )
    rows = _by_trigger(analyze, text, "REJECT", "deny")
    assert rows and _rec(rows[0]) == "PAK"


def test_a_claim_denied_still_answers_its_teller(analyze):
    # near miss: an account of an attack is its teller's, not its doer's
    text = (
        "The ISPR said troops had killed nine militants in a raid in Bannu, a claim the TTP "
        "dismissed."
    )
    rows = _by_trigger(analyze, text, "REJECT", "dismissed")
    assert rows and _rec(rows[0]) not in ("PAK-MIL",)
