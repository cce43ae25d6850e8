"""Review fixes to the linking rules of session 15: "ethnic" before a demonym of two words
("ethnic North Korean traders") names a people as it does before one word; "the group" is the
ruling movement only when bare, not when a clause or phrase describes another group; the
demonyms whose plural takes no -s come from kb/data/linker_nouns.yaml. Each bug beside the
rule's intended case; no database."""

from __future__ import annotations

from tests.unit._events_util import covering


def test_ethnic_before_a_one_word_demonym_names_a_people(link):
    linked = link("Police arrested two ethnic Uzbek traders in Kabul.")
    assert covering(linked, "Uzbek") == set()


def test_ethnic_before_a_two_word_demonym_names_a_people(link):
    linked = link("Police arrested two ethnic North Korean traders in Kabul.")
    assert covering(linked, "North Korean") == set()


def test_a_bare_group_after_the_ruling_movement_is_still_that_movement(link):
    linked = link("The Taliban administration said the group had fled.")
    assert covering(linked, "the group") == {"taliban"}


def test_a_group_described_by_a_clause_or_phrase_is_not_the_ruling_movement(link):
    for text in (
        "The Taliban administration said the group that attacked the mosque had fled.",
        "The Taliban administration said the group behind the attack had fled.",
        "The Taliban administration said the group responsible for the bombing had fled.",
    ):
        linked = link(text)
        assert "taliban" not in covering(linked, "the group"), text


def test_plural_demonyms_without_s_come_from_the_data_file():
    import yaml

    from watchfloor.kb.linking import lexicon

    data = yaml.safe_load(lexicon.LEXICON_FILE.read_bytes())
    listed = frozenset(data["plural_demonyms_without_s"])
    assert {"British", "French"} <= listed
    assert listed == lexicon.PLURAL_DEMONYMS_WITHOUT_S


def test_the_british_and_the_chinese_still_name_their_states(link):
    assert "GBR" in covering(link("The British left Kabul in 1842."), "British")
    linked = link("The Chinese may start bringing their own security to the mines.")
    assert covering(linked, "Chinese") & {"CHN", "CHN-GOV"}


def test_appeal_verbs_come_from_the_data_file():
    # the mediator rule's own list once overwrote the data file's "appealed to X" verbs
    import yaml

    from watchfloor.kb.linking import lexicon

    data = yaml.safe_load(lexicon.LEXICON_FILE.read_bytes())
    assert frozenset(data["appeal_verbs"]) == lexicon.APPEAL_VERBS


def test_a_capital_written_to_is_its_state(link):
    linked = link("The traders wrote to Islamabad to reopen the crossing.")
    assert "PAK" in covering(linked, "Islamabad")


def test_a_mediator_urging_both_sides_is_still_no_side(link):
    linked = link(
        "China called on both sides to show restraint after Pakistan and Afghanistan "
        "exchanged fire."
    )
    assert "CHN" not in covering(linked, "both sides")
