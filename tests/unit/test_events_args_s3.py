"""Event arguments (issue #5): victims' groups named inside a count, "instead of blaming",
"both governments", dates and factuality of patterns, threats and statements, places named as
parties, where a statement was made, and the target of a claimed attack."""

from __future__ import annotations

from tests.unit._events_util import extractor, linked_doc  # noqa: I001  (test helper on the unit-test path)
from tests.unit._events_util import linked_with as _linked

from watchfloor.extract.recipients import parse_cues
from watchfloor.records import Actor, ActorMention, Place

_ATLANTIS = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_ATL_ARMY = Actor("AAA-MIL", "Atlantis army", sector="MIL", country="AAA", parent="AAA")
_BORDURIA = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_RURITANIA = Actor("RRR", "Ruritania", sector="GOV", country="RRR", kind="country")
_FRONT = Actor("front", "Zenda Front", sector="REB", country="AAA")
_SPOKESMAN = Actor("bbb-spox", "Karl Ottokar", sector="GOV", country="BBB", kind="person")


def _of(evs, etype, trigger=None):
    return [e for e in evs if e.type == etype and (trigger is None or e.trigger == trigger)]


def test_generic_people_cue_is_validated_and_loaded():
    cues = parse_cues({"version": "1", "generic_people": ["people", "persons"]}, "test")
    assert cues.generic_people == frozenset({"people", "persons"})


def test_a_count_of_people_including_soldiers_targets_the_soldiers():
    text = "A bomb exploded at the station, killing nine people, including six soldiers."
    linked = _linked(text, {"soldiers": "AAA-MIL"}, [_ATLANTIS, _ATL_ARMY])
    evs = _of(extractor().extract(linked), "ASSAULT")
    assert evs and all(e.recipient is not None and e.recipient.id == "AAA-MIL" for e in evs)


def test_people_of_whom_some_were_soldiers_are_the_soldiers():
    text = "Nine people, six of them soldiers, were killed when a bomb exploded."
    linked = _linked(text, {"soldiers": "AAA-MIL"}, [_ATLANTIS, _ATL_ARMY])
    evs = _of(extractor().extract(linked), "ASSAULT")
    assert evs and all(e.recipient is not None and e.recipient.id == "AAA-MIL" for e in evs)


def test_people_killed_when_forces_fired_on_farmers_are_the_farmers():
    text = (
        "At least two people were killed on Tuesday when Atlantis forces opened fire on "
        "farmers protesting against the ban."
    )
    linked = _linked(text, {"Atlantis forces": "AAA-MIL"}, [_ATLANTIS, _ATL_ARMY])
    killed = _of(extractor().extract(linked), "ASSAULT", "killed")
    assert killed and killed[0].recipient is not None
    assert "farmers" in killed[0].recipient.text


def test_instead_of_blaming_makes_the_speaker_reproach_the_blamer():
    text = (
        "Karl Ottokar said Atlantis should look inward instead of blaming its neighbours "
        "for its internal failures."
    )
    linked = _linked(text, {"Karl Ottokar": "bbb-spox", "Atlantis": "AAA"}, [_ATLANTIS, _SPOKESMAN])
    [ev] = _of(extractor().extract(linked), "ACCUSE")
    assert ev.actor is not None and ev.actor.id == "bbb-spox"
    assert ev.recipient is not None and ev.recipient.id == "AAA"


def test_rather_than_blame_also_reproaches_the_blamer():
    text = "Karl Ottokar said Atlantis should fix its own failures rather than blame Borduria."
    linked = _linked(
        text,
        {"Karl Ottokar": "bbb-spox", "Atlantis": "AAA", "Borduria": "BBB"},
        [_ATLANTIS, _BORDURIA, _SPOKESMAN],
    )
    [ev] = _of(extractor().extract(linked), "ACCUSE")
    assert ev.actor is not None and ev.actor.id == "bbb-spox"
    assert ev.recipient is not None and ev.recipient.id == "AAA"


def test_a_mediator_urging_both_governments_addresses_the_two_sides_not_itself():
    text = (
        "Atlantis accused Borduria of shelling border villages. "
        "Borduria accused Atlantis of arming rebels. "
        "Ruritania hosted talks with Borduria. "
        "Ruritania urged both governments to show restraint."
    )
    linked = _linked(
        text,
        {"Atlantis": "AAA", "Borduria": "BBB", "Ruritania": "RRR"},
        [_ATLANTIS, _BORDURIA, _RURITANIA],
    )
    urged = _of(extractor().extract(linked), "REQUEST")
    assert {e.recipient.id for e in urged if e.recipient} == {"AAA", "BBB"}


def test_a_pattern_since_a_year_has_no_date():
    text = "Militants have repeatedly attacked police posts in the district since 2021."
    evs = _of(extractor().extract(linked_doc(text, "2025-03-01")), "ASSAULT")
    assert evs and evs[0].factuality == "generic"
    assert evs[0].date is None


def test_a_conditional_act_takes_no_date_from_the_context():
    text = (
        "Militants attacked a police post on Monday. "
        "Atlantis said it would strike their hideouts if attacks continued."
    )
    linked = _linked(text, {"Atlantis": "AAA"}, [_ATLANTIS], published="2025-03-05")
    evs = extractor().extract(linked)
    # the condition "if attacks continued" is no row of its own (session 17, guide §1.2: the
    # threat and the threatened act); the threatened strike is hypothetical and undated
    assert not [e for e in evs if e.type == "ASSAULT" and e.trigger == "attacks"]
    conditional = [e for e in evs if e.type == "ASSAULT" and e.trigger == "strike"]
    assert conditional and conditional[0].factuality == "hypothetical"
    assert conditional[0].date is None
    # the warning itself is dated (the day it was made)
    assert all(e.date is not None for e in evs if e.type == "THREATEN")


def test_a_warning_is_made_now_even_when_what_it_announces_is_future():
    text = 'Atlantis warned that it "will respond with force" to any further attack.'
    linked = _linked(text, {"Atlantis": "AAA"}, [_ATLANTIS])
    threats = _of(extractor().extract(linked), "THREATEN")
    assert threats and all(e.factuality == "asserted" for e in threats)


def test_a_statement_reported_by_a_neutral_source_is_asserted():
    text = (
        "Atlantis and Borduria agreed to an immediate ceasefire on Sunday after talks "
        "mediated by Ruritania, Ruritania's foreign ministry said."
    )
    linked = _linked(
        text,
        {"Atlantis": "AAA", "Borduria": "BBB", "Ruritania": "RRR"},
        [_ATLANTIS, _BORDURIA, _RURITANIA],
    )
    linked.focus_countries = ["AAA", "BBB", "RRR"]
    agreed = _of(extractor().extract(linked), "AGREE")
    assert agreed and all(e.factuality == "asserted" for e in agreed)


def test_a_country_named_as_a_place_is_its_government_as_a_party():
    text = "The Atlantis minister thanked Borduria for its assistance."
    borduria = Place("p:bbb", "Borduria", "country", "BBB", None, None)
    linked = _linked(
        text, {"Atlantis": "AAA"}, [_ATLANTIS, _BORDURIA], places={"Borduria": borduria}
    )
    linked.actor_mentions.append(
        ActorMention(text.find("Borduria") + 100, text.find("Borduria") + 101, "x", "BBB", "x")
    )  # Borduria is known to the document as an actor elsewhere
    linked.actor_mentions = [m for m in linked.actor_mentions if m.start < len(text)]
    [ev] = _of(extractor().extract(linked), "SUPPORT")
    assert ev.recipient is not None and ev.recipient.id == "BBB"


def test_a_place_an_act_comes_from_is_not_a_party():
    text = "Atlantis said the group had tried to infiltrate from Borduria through the mountains."
    borduria = Place("p:bbb", "Borduria", "country", "BBB", None, None)
    linked = _linked(
        text, {"Atlantis": "AAA"}, [_ATLANTIS, _BORDURIA], places={"Borduria": borduria}
    )
    for e in extractor().extract(linked):
        assert e.recipient is None or e.recipient.id != "BBB"


def test_a_visit_to_a_capital_is_hosted_by_that_country_and_placed_there():
    text = "An Atlantis technical team visited Vienna in December to discuss the route."
    vienna = Place("p:vienna", "Vienna", "city", "BBB", None, None)
    linked = _linked(text, {"Atlantis": "AAA"}, [_ATLANTIS, _BORDURIA], places={"Vienna": vienna})
    [ev] = _of(extractor().extract(linked), "CONSULT")
    assert ev.recipient is not None and ev.recipient.id == "BBB"
    assert ev.place is not None and ev.place.name == "Vienna"


def test_a_demand_made_at_a_rally_is_placed_where_the_rally_was():
    text = (
        "Hundreds of traders rallied in Lindau on Sunday, demanding the reopening of the crossing."
    )
    lindau = Place("p:lindau", "Lindau", "city", "AAA", None, None)
    linked = _linked(text, {}, [_ATLANTIS], places={"Lindau": lindau})
    demands = _of(extractor().extract(linked), "REQUEST")
    assert demands and demands[0].place is not None and demands[0].place.name == "Lindau"


def test_a_place_inside_what_was_said_is_not_where_the_appeal_was_made():
    text = (
        "The ministry said the drone had been launched from Lindau, and called on Borduria "
        "to investigate."
    )
    lindau = Place("p:lindau", "Lindau", "city", "AAA", None, None)
    linked = _linked(text, {"Borduria": "BBB"}, [_BORDURIA], places={"Lindau": lindau})
    for e in _of(extractor().extract(linked), "REQUEST"):
        assert e.place is None


def test_a_claim_of_responsibility_targets_what_the_attack_targeted():
    text = (
        "Gunmen stormed an Atlantis army post on Monday, killing four soldiers. "
        "Troops killed three of the attackers. "
        "The Zenda Front claimed responsibility in a message to journalists."
    )
    linked = _linked(
        text,
        {"Atlantis army": "AAA-MIL", "Troops": "AAA-MIL", "Zenda Front": "front"},
        [_ATLANTIS, _ATL_ARMY, _FRONT],
    )
    claims = [e for e in extractor().extract(linked) if e.trigger.startswith("claimed")]
    assert claims
    for e in claims:
        assert e.recipient is not None and e.recipient.id == "AAA-MIL"


_MINISTER = Actor("aaa-minister", "Hugo Brand", sector="GOV", country="AAA", kind="person")


def test_an_official_warning_that_the_state_would_strike_is_the_officials_threat():
    text = "Hugo Brand told parliament that Atlantis would strike any hideout if attacks continued."
    linked = _linked(
        text, {"Hugo Brand": "aaa-minister", "Atlantis": "AAA"}, [_ATLANTIS, _MINISTER]
    )
    threats = _of(extractor().extract(linked), "THREATEN")
    assert threats and threats[0].actor is not None
    assert threats[0].actor.id == "aaa-minister"


def test_an_earlier_act_of_the_state_the_official_reports_stays_the_states():
    text = "Hugo Brand said Atlantis had lodged a strong protest with Borduria over the attack."
    linked = _linked(
        text,
        {"Hugo Brand": "aaa-minister", "Atlantis": "AAA", "Borduria": "BBB"},
        [_ATLANTIS, _BORDURIA, _MINISTER],
    )
    accusations = _of(extractor().extract(linked), "ACCUSE")
    assert accusations
    assert all(e.actor is not None and e.actor.id == "AAA" for e in accusations)


def test_a_passive_warning_in_what_was_said_is_the_speakers():
    text = "Hugo Brand said the attackers would be hunted down wherever they hide."
    linked = _linked(text, {"Hugo Brand": "aaa-minister"}, [_ATLANTIS, _MINISTER])
    threats = _of(extractor().extract(linked), "THREATEN")
    assert threats and threats[0].actor is not None
    assert threats[0].actor.id == "aaa-minister"


def _factuality(text: str, trigger: str) -> str:
    from tests.unit._events_util import nlp

    from watchfloor.extract.factuality import classify_factuality

    doc = nlp()(text)
    tok = next(t for t in doc if t.text == trigger)
    return classify_factuality(next(iter(doc.sents)), tok)


def test_an_act_kept_up_over_time_is_generic():
    assert _factuality("Borduria has consistently denied the allegation.", "denied") == "generic"
    assert _factuality("Borduria has long accused Atlantis of sheltering rebels.", "accused") == (
        "generic"
    )
    assert _factuality("Atlantis has sent food aid to Borduria since 2021.", "sent") == "generic"
    assert (
        _factuality("The army had made similar accusations for years.", "accusations") == "generic"
    )


def test_a_state_reached_since_a_recent_day_is_not_generic():
    assert _factuality("Roads have been closed since the weekend.", "closed") != "generic"
    assert _factuality("Atlantis closed the crossing on Monday.", "closed") == "asserted"


def test_a_count_of_attackers_killed_in_response_is_the_attackers_told_of():
    text = (
        "Masked gunmen attacked an Atlantis army post on Thursday. "
        "Troops killed 11 attackers in the ensuing clash."
    )
    linked = _linked(text, {"Atlantis army": "AAA-MIL", "Troops": "AAA-MIL"}, [_ATL_ARMY])
    [response] = _of(extractor().extract(linked), "ASSAULT", "killed")
    assert response.recipient is not None and "gunmen" in response.recipient.text.lower()


def test_talks_between_two_parties_go_from_the_first_named_to_the_other():
    text = "The crossing reopened after talks between Atlantis and Borduria ended the closure."
    linked = _linked(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_ATLANTIS, _BORDURIA])
    talks = _of(extractor().extract(linked), "CONSULT")
    assert talks and talks[0].actor is not None and talks[0].actor.id == "AAA"
    assert talks[0].recipient is not None and talks[0].recipient.id == "BBB"


def test_a_warning_to_protect_its_citizens_is_aimed_at_the_other_side():
    text = (
        "Borduria's fighters shelled Atlantis villages on Monday. "
        "Hugo Brand said Atlantis would protect its citizens."
    )
    linked = _linked(
        text,
        {"Hugo Brand": "aaa-minister", "Atlantis": "AAA", "Borduria": "BBB"},
        [_ATLANTIS, _BORDURIA, _MINISTER],
    )
    threats = _of(extractor().extract(linked), "THREATEN")
    assert threats and threats[0].recipient is not None
    assert threats[0].recipient.id == "BBB"


def test_a_month_in_a_future_clause_is_the_coming_one():
    from datetime import date

    from watchfloor.extract.dates import resolve_date

    published = date(2025, 9, 30)
    assert resolve_date("in January", published) == ("2025-01", "month")
    assert resolve_date("in January", published, future=True) == ("2026-01", "month")
    assert resolve_date("next month", published) == ("2025-10", "month")
    assert resolve_date("on Friday", published, future=True) == ("2025-10-03", "day")
    assert resolve_date("on 5 January", published, future=True) == ("2026-01-05", "day")


def test_a_meeting_agreed_for_january_is_dated_next_january():
    text = "Atlantis and Borduria agreed to meet again in January to review the study."
    linked = _linked(
        text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_ATLANTIS, _BORDURIA], published="2025-09-30"
    )
    meetings = _of(extractor().extract(linked), "CONSULT")
    assert meetings and meetings[0].date == "2026-01"


def test_an_attack_reported_a_day_later_keeps_the_earlier_day():
    text = (
        "Six soldiers were martyred when militants attacked a checkpost late on Thursday, "
        "the military said on Friday."
    )
    evs = _of(extractor().extract(linked_doc(text, "2025-01-31")), "ASSAULT")
    assert evs and evs[0].date == "2025-01-30"


def test_an_agreement_reached_after_talks_is_placed_where_the_talks_were():
    text = "Atlantis and Borduria agreed to a ceasefire on Sunday after talks in Lindau ended."
    lindau = Place("p:lindau", "Lindau", "city", "RRR", None, None)
    linked = _linked(
        text,
        {"Atlantis": "AAA", "Borduria": "BBB"},
        [_ATLANTIS, _BORDURIA],
        places={"Lindau": lindau},
    )
    agreed = _of(extractor().extract(linked), "AGREE")
    assert agreed and agreed[0].place is not None and agreed[0].place.name == "Lindau"


def test_an_offer_to_host_talks_is_not_placed_where_the_talks_would_be():
    text = "Ruritania offered on Tuesday to host talks between the two sides in Lindau."
    lindau = Place("p:lindau", "Lindau", "city", "RRR", None, None)
    linked = _linked(text, {"Ruritania": "RRR"}, [_RURITANIA], places={"Lindau": lindau})
    for e in extractor().extract(linked):
        if e.type in ("REQUEST", "AGREE"):
            assert e.place is None


def test_rejecting_the_move_answers_the_party_that_acted_last():
    text = (
        "Ruritania imposed sanctions on two Atlantis commanders on Monday. "
        "Atlantis rejected the move."
    )
    linked = _linked(text, {"Ruritania": "RRR", "Atlantis": "AAA"}, [_ATLANTIS, _RURITANIA])
    rejects = _of(extractor().extract(linked), "REJECT")
    assert rejects and rejects[0].recipient is not None
    assert rejects[0].recipient.id == "RRR"


def test_act_nouns_are_loaded():
    cues = parse_cues({"version": "1", "act_nouns": ["move", "decision"]}, "test")
    assert cues.act_nouns == frozenset({"move", "decision"})


def test_an_object_shared_by_coordinated_verbs_is_the_recipient_of_both():
    text = "Atlantis has deported or pressured more than a million migrants into leaving."
    linked = _linked(text, {"Atlantis": "AAA"}, [_ATLANTIS])
    deported = [e for e in extractor().extract(linked) if e.trigger == "deported"]
    assert deported and deported[0].recipient is not None
    assert "migrants" in deported[0].recipient.text


def test_the_victims_of_a_dateline_sentence_are_not_the_dateline():
    text = "LINDAU, Atlantis — More than 9,000 migrants were deported over the past week."
    linked = _linked(text, {}, [_ATLANTIS])
    deported = _of(extractor().extract(linked), "COERCE")
    assert deported and deported[0].recipient is not None
    assert "migrants" in deported[0].recipient.text


def test_people_killed_in_a_states_air_strikes_were_killed_by_that_state():
    text = "At least 12 civilians were killed on Wednesday in Atlantis air strikes near the border."
    linked = _linked(text, {"Atlantis": "AAA"}, [_ATLANTIS])
    killed = _of(extractor().extract(linked), "ASSAULT", "killed")
    assert killed and killed[0].actor is not None and killed[0].actor.id == "AAA"


def test_a_relative_clause_on_an_act_names_its_author():
    text = (
        "The truce ended the strikes by Atlantis, which killed 10 civilians in the border villages."
    )
    linked = _linked(text, {"Atlantis": "AAA"}, [_ATLANTIS])
    killed = _of(extractor().extract(linked), "ASSAULT", "killed")
    assert killed and killed[0].actor is not None and killed[0].actor.id == "AAA"
