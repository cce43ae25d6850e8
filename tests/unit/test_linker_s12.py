"""Session 12 linking rules: a state organ qualifying a named person's title, an embassy after
its diplomat, an indefinite government described by a relative clause, "its neighbours" after a
pronoun speaker, coordinated demonyms before "forces" and "the full council"."""

from __future__ import annotations


def ids_of(linked, text):
    return {m.actor_id for m in linked.actor_mentions if m.text == text}


def all_ids(linked):
    return {m.actor_id for m in linked.actor_mentions}


def test_ministry_in_a_named_spokespersons_title_is_the_person(link):
    ld = link(
        "China's foreign ministry spokesperson, Mao Ning, said Beijing supported Pakistan's "
        "fight against terrorism."
    )
    assert "CHN-MOFA" not in all_ids(ld)
    assert ids_of(ld, "China's foreign ministry") == {"mao-ning"}


def test_ministry_after_the_named_spokeswoman_is_the_person(link):
    ld = link(
        "Maria Zakharova, the Russian foreign ministry's spokeswoman, said in Moscow that the "
        "decision was right."
    )
    assert "RUS-MOFA" not in all_ids(ld)


def test_unnamed_spokesman_keeps_the_ministry(link):
    ld = link("Pakistan's Foreign Office spokesman said the talks had been useful.")
    assert "PAK-MOFA" in all_ids(ld)


def test_government_owning_its_spokesman_stays(link):
    ld = link("The Islamic Emirate's spokesman, Zabihullah Mujahid, said the border would reopen.")
    assert "taliban" in all_ids(ld)


def test_embassy_after_a_named_ambassador_is_the_foreign_ministry(link):
    ld = link(
        "China's ambassador in Kabul, Zhao Xing, visited the two engineers in hospital on "
        "Wednesday, and the embassy urged Chinese nationals to avoid travel outside the capital."
    )
    assert ids_of(ld, "the embassy") == {"CHN-MOFA"}


def test_described_government_is_the_de_facto_government(link):
    ld = link(
        "The Taliban detained two women in Kabul. Human Rights Watch said Uzbekistan was "
        "signing deals with a government that bars girls from secondary school."
    )
    assert ids_of(ld, "a government") == {"taliban"}


def test_described_regime_is_the_de_facto_government(link):
    ld = link(
        "Taliban fighters raided villages in Panjshir. Ahmad Massoud urged Western governments "
        'not to "normalise a regime that tortures its own people".'
    )
    assert ids_of(ld, "a regime") == {"taliban"}


def test_described_government_needs_a_de_facto_government(link):
    ld = link("Pakistan's prime minister said voters wanted a government that delivers.")
    assert "taliban" not in all_ids(ld)


def test_neighbours_blamed_after_a_pronoun_speaker(link):
    ld = link(
        "The Taliban's chief spokesman, Zabihullah Mujahid, rejected the allegation. "
        "He added that Pakistan was blaming its neighbours for its own security failures."
    )
    assert ids_of(ld, "its neighbours") == {"taliban"}


def test_neighbours_blamed_by_an_apposed_spokesman(link):
    ld = link(
        "The Taliban administration in Kabul rejected the charge. Its deputy spokesman, "
        "Hamdullah Fitrat, said Pakistan should look at its own failures before blaming its "
        "neighbours."
    )
    assert ids_of(ld, "its neighbours") == {"taliban"}


def test_coordinated_demonyms_before_forces(link):
    ld = link("Trade has fallen since the clashes between Pakistani and Afghan forces in 2025.")
    assert ids_of(ld, "Pakistani") == {"PAK-MIL"}
    assert ids_of(ld, "Afghan forces") == {"taliban"}


def test_the_full_council(link):
    ld = link(
        "Al-Qaeda runs five camps, the UN Security Council's sanctions monitoring team said in a "
        "report. The full council is due to discuss the findings in June."
    )
    assert ids_of(ld, "The full council") == {"unsc"}


def test_paramilitary_forces_are_the_unit_the_article_names(link):
    ld = link(
        "Paramilitary forces on Tuesday cleared a protest camp near the Chaman border crossing. "
        "The Frontier Corps said its men had used no live fire."
    )
    assert ids_of(ld, "Paramilitary forces") == {"PAK-FC"}


def test_paramilitary_forces_without_a_named_unit_stay_unlinked(link):
    ld = link("Paramilitary forces cleared a protest camp near Karachi on Tuesday.")
    assert "PAK-FC" not in all_ids(ld)


def test_branch_named_again_without_its_parent(link):
    ld = link(
        "The Islamic State's Khorasan branch claimed the attack in Kabul. A Taliban spokesman "
        "said the Khorasan branch had been reduced to a handful of fugitives."
    )
    assert ids_of(ld, "the Khorasan branch") == {"iskp"}


def test_spokesman_for_a_person_speaks_for_the_person(link):
    # superseded by docs/annotation-guide.md §15 rule 7 (session 16): the UN
    # Secretary-General's spokesperson is `antonio-guterres`, not `un`
    ld = link(
        "In New York, a spokesman for UN Secretary-General Antonio Guterres condemned the attack."
    )
    assert ids_of(ld, "a spokesman") == {"antonio-guterres"}


def test_branch_named_first_in_text_wins_over_its_parent(link):
    ld = link(
        "The Islamic State's Khorasan branch claimed responsibility through its Amaq news "
        "agency. Officials said the Khorasan branch had lost most of its fighters."
    )
    assert ids_of(ld, "Amaq news agency") == {"iskp"}
