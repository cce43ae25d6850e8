"""Proposition grouping, session 22 (catalogue version 35): a corrective "not" after a comma
("as brothers, not as a problem") asserts the statement; the speaker's own soil ("use our
soil") is an Afghan-soil predicate; a ban that "bars girls" is the women's-rights predicate;
the Turkistan Islamic Party (TIP) is a foreign group, and the Taliban moving a foreign
group's families says it is there; the TTP's shelter named without its name ("the group's
leaders", "no fighters in the village"), as a favour ("safe houses") or a bond ("as
brothers"). Every sentence here is invented for the test, each rule with a near miss it must
leave alone."""

from __future__ import annotations

import functools
import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from watchfloor.analyze.propositions import (  # noqa: E402
    DATA_PATH,
    PropositionMatcher,
    is_negated_text,
)

SOIL = "afghan-soil-used-against-pakistan"
SHELTER = "taliban-shelter-ttp"
WOMEN = "taliban-restrict-women-rights"
FOREIGN = "foreign-militants-in-afghanistan"


@functools.lru_cache(maxsize=1)
def _matcher() -> PropositionMatcher:
    return PropositionMatcher.load()


def _assign(sentence: str, content: str, stance: str = "assert") -> tuple[str | None, str | None]:
    from tests.unit._events_util import claim_record

    claim = claim_record(content, sentence, stance=stance)
    _matcher().assign([claim])
    return claim.proposition_id, claim.polarity


def test_catalogue_version_is_at_least_35():
    import yaml

    version = yaml.safe_load(DATA_PATH.read_text(encoding="utf-8"))["version"]
    assert int(version) >= 35


# ------------------------------------------------------------------ corrective "not"


def test_corrective_not_after_a_comma_does_not_negate():
    assert not is_negated_text("the Taliban treat the Pakistani militants as kin, not as a threat")
    assert not is_negated_text("the dead were herders, not fighters")


def test_a_plain_negation_with_a_comma_stays_negated():
    # near miss: the statement's own verb is negated before the comma
    assert is_negated_text("Kabul has not acted against the camps, not once")
    assert is_negated_text("the Taliban do not host the group, the spokesman said")


def test_not_only_is_still_litotes():
    assert not is_negated_text("the group recruits in the cities, not only in the hills")


def test_bond_with_the_ttp_is_shelter_for():
    sentence = (
        "Pakistani officials said the Taliban regard the Pakistani militants as brothers, "
        "not as a danger."
    )
    content = "the Taliban regard the Pakistani militants as brothers, not as a danger"
    assert _assign(sentence, content) == (SHELTER, "for")


# ------------------------------------------------------------------ the speaker's own soil


def test_use_our_soil_is_an_afghan_soil_denial():
    sentence = (
        '"We will never let any group use our soil against Pakistan or any other neighbour," '
        "the Taliban spokesman said."
    )
    content = "We will never let any group use our soil against Pakistan or any other neighbour"
    assert _assign(sentence, content, "deny") == (SOIL, "against")


def test_use_our_soil_without_the_topic_is_none():
    # near miss: soil of a farm, no Afghan or border topic
    sentence = (
        "The farmers' union said the drought means they can no longer use our soil for wheat."
    )
    assert _assign(sentence, "they can no longer use our soil for wheat")[0] is None


# ------------------------------------------------------------------ "bars girls"


def test_bars_girls_from_school_is_womens_rights():
    sentence = (
        "Rights groups said donors keep funding a regime that bars girls from secondary school."
    )
    content = "donors keep funding a regime that bars girls from secondary school"
    assert _assign(sentence, content) == (WOMEN, "for")


def test_bars_lorries_is_none():
    # near miss: the same verb, no women or girls
    sentence = "The ministry said the new rule bars lorries from the highway at night."
    assert _assign(sentence, "the new rule bars lorries from the highway at night")[0] is None


# ------------------------------------------------------------------ TIP


def test_tip_fighters_are_foreign_militants():
    sentence = "Diplomats said several hundred TIP fighters were based in Badakhshan province."
    content = "several hundred TIP fighters were based in Badakhshan province"
    assert _assign(sentence, content) == (FOREIGN, "for")


def test_a_tip_from_residents_is_none():
    # near miss: "tip" as a plain noun names no group
    sentence = "Police said a tip from residents led officers to the house in Peshawar."
    assert (
        _assign(sentence, "a tip from residents led officers to the house in Peshawar")[0] is None
    )


# ------------------------------------------------------------------ the TTP unnamed


def test_the_groups_leaders_living_in_afghanistan_is_shelter():
    sentence = "Islamabad said the group's leaders were living in Kunar province."
    assert _assign(sentence, "the group's leaders were living in Kunar province") == (
        SHELTER,
        "for",
    )


def test_the_groups_leaders_meeting_is_none():
    # near miss: the leaders named, but not where they shelter
    sentence = "The spokesman said the group's leaders had met in Quetta to choose a new emir."
    assert (
        _assign(sentence, "the group's leaders had met in Quetta to choose a new emir")[0] is None
    )


def test_no_fighters_at_a_struck_place_is_shelter_denied():
    sentence = (
        '"There were no fighters in the houses that were bombed, only shepherds," a villager said.'
    )
    content = "There were no fighters in the houses that were bombed, only shepherds"
    assert _assign(sentence, content, "deny") == (SHELTER, "against")


def test_no_militants_killed_is_not_shelter():
    # near miss: "no militants" of the dead, not of where militants are
    sentence = "The police chief said no militants were killed in the crossfire at the checkpoint in Bannu."
    content = "no militants were killed in the crossfire at the checkpoint in Bannu"
    assert _assign(sentence, content)[0] is None


def test_safe_houses_for_ttp_commanders_is_shelter():
    sentence = (
        "The envoy said Kabul gives the TTP's commanders safe houses in the eastern provinces."
    )
    content = "Kabul gives the TTP's commanders safe houses in the eastern provinces"
    assert _assign(sentence, content) == (SHELTER, "for")


def test_safe_houses_without_pakistani_militants_are_not_shelter():
    # near miss: a safe house for people who are no militants
    sentence = "The aid agency said it runs safe houses in Kabul for women fleeing violence."
    content = "it runs safe houses in Kabul for women fleeing violence"
    assert _assign(sentence, content)[0] != SHELTER


def test_foreign_fighters_families_moved_is_foreign_militants():
    sentence = (
        "A diplomat said the Taliban had moved TIP families from Badakhshan to central provinces."
    )
    content = "the Taliban had moved TIP families from Badakhshan to central provinces"
    assert _assign(sentence, content) == (FOREIGN, "for")


def test_displaced_families_moved_is_not_foreign_militants():
    # near miss: families moved, but no foreign group named
    sentence = (
        "Aid workers said the Taliban had moved displaced families from Kunar to camps in Kabul."
    )
    content = "the Taliban had moved displaced families from Kunar to camps in Kabul"
    assert _assign(sentence, content)[0] != FOREIGN
