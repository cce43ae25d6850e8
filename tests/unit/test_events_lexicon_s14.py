"""Session-14 lexicon senses: sponsorship of armed groups (sanctuary given, sheltering a named
group, attackers trained or financed by a patron) and shooting back ("returned fire").

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events, events_of_type  # noqa: I001


def test_safe_haven_given_to_militants_is_military_aid():
    evs = events_of_type("Officials said Kabul continues to give the fighters a safe haven.", "AID")
    assert evs and evs[0].mode == "military"


def test_sheltering_a_named_group_is_military_aid():
    evs = events_of_type("Officials say the Taliban shelter the TTP in Kunar.", "AID")
    assert evs and evs[0].mode == "military"


def test_sheltering_families_stays_relief():
    evs = events_of_type("The agency sheltered displaced families in tents.", "AID")
    assert all(e.mode != "military" for e in evs)


def test_bomber_trained_abroad_is_military_aid():
    evs = events_of_type("He said the bomber had been trained in a camp across the border.", "AID")
    assert evs and evs[0].mode == "military"


def test_second_participle_shares_the_passive_subject():
    evs = events_of_type(
        "Police said the gunmen had been recruited and financed by a foreign agency.", "AID"
    )
    assert evs and evs[0].mode == "economic"


def test_returned_fire_is_an_assault():
    evs = events_of_type("The spokesman said the border guards had returned fire.", "ASSAULT")
    assert evs and evs[0].mode == "firearms"


def test_returned_prisoners_is_no_assault():
    assert "ASSAULT" not in [e.type for e in events("The army returned the prisoners on Monday.")]
