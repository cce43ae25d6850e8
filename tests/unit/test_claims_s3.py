"""Claim detection, session 3: cues, speakers and hedges the annotation guide asks for.

One or two sentences in, rule-made ClaimRecords out (no keep/drop filter, no database).
"""

from __future__ import annotations

from tests.unit._events_util import claims_with_cue


def _by_cue(claims, cue):
    return claims_with_cue(claims, cue)[0]


# ------------------------------------------------------------------ cues


def test_demand_with_a_clause_is_a_claim_but_not_with_an_object(claims_of):
    text = "Islamabad demanded that Kabul take verifiable action against TTP hideouts."
    claim = _by_cue(claims_of(text), "demanded")
    assert claim.content == "Kabul take verifiable action against TTP hideouts"
    text = "Islamabad demanded talks with Kabul."
    assert not [c for c in claims_of(text) if c.cue.startswith("demanded")]


def test_denial_of_a_gerund_is_a_claim(claims_of):
    text = "The Pakistani military denied suffering any casualties."
    claim = _by_cue(claims_of(text), "denied")
    assert claim.stance == "deny"
    assert claim.content == "suffering any casualties"


def test_denial_of_a_pronoun_standing_for_a_claim(claims_of):
    assert _by_cue(claims_of("The Taliban deny this."), "deny").stance == "deny"
    text = "The Taliban have rejected all of this."
    assert _by_cue(claims_of(text), "rejected").content == "all of this"
    text = "The Taliban rejected the findings."
    assert _by_cue(claims_of(text), "rejected").content == "the findings"


def test_what_x_called_y_is_the_characterisation(claims_of):
    text = (
        "The Foreign Office lodged a strong protest over what it called the continued use of "
        "Afghan territory by militants."
    )
    claim = _by_cue(claims_of(text), "called")
    assert claim.content.startswith("the continued use of Afghan territory")


def test_what_x_called_inside_the_same_speakers_claim_is_not_a_second_claim(claims_of):
    text = (
        "Muttaqi said Afghanistan guarantees the security of the route and rejected what he "
        'called "propaganda that the country is unsafe".'
    )
    claims = claims_of(text)
    assert not [c for c in claims if c.cue == "called"]
    assert _by_cue(claims, "rejected").stance == "deny"


def test_characterisation_with_as_on_the_object(claims_of):
    text = (
        "Kazakhstan said it would consider joining the project, while Russia's special envoy, "
        'Zamir Kabulov, welcomed the accord as "a practical step towards regional connectivity".'
    )
    claims = claims_of(text)
    assert _by_cue(claims, "welcomed").content.startswith("the accord as")
    # The first speaker's content stops where the second speaker's claim begins.
    assert _by_cue(claims, "said").content == "it would consider joining the project"


def test_coordinated_cue_is_cut_from_the_first_content(claims_of):
    text = (
        'The Taliban insist that the TTP is "Pakistan\'s internal problem" and deny hosting '
        "its fighters."
    )
    claims = claims_of(text)
    # a partial quote keeps its closing mark (guide §2.2: inner quotation marks kept)
    assert _by_cue(claims, "insist").content == 'the TTP is "Pakistan\'s internal problem"'
    assert _by_cue(claims, "deny").content == "hosting its fighters"


def test_to_infinitive_complement_cue_is_not_a_claim(claims_of):
    text = (
        'The military said Pakistan "expects the interim Afghan government to fulfil its '
        'obligations and deny the use of its soil".'
    )
    assert [c.cue for c in claims_of(text)] == ["said"]


def test_said_in_a_report_that(claims_of):
    text = (
        "Amnesty International said in a report released on Monday that Pakistani authorities "
        'had carried out "a campaign of harassment" against Afghan refugees.'
    )
    claim = _by_cue(claims_of(text), "said")
    assert claim.content.startswith("Pakistani authorities had carried out")


def test_nested_claim_closed_by_a_document(claims_of):
    text = (
        "One member state assessed that al-Qaeda had moved some of its fighters to Helmand, "
        "the report adds."
    )
    cues = {c.cue for c in claims_of(text)}
    assert {"assessed", "adds"} <= cues


def test_unquoted_cue_inside_a_sourced_clause_is_kept(claims_of):
    text = (
        "The United States imposed sanctions on a money exchange business that it accused of "
        "moving funds for the group, the State Department said."
    )
    claim = _by_cue(claims_of(text), "accused")
    assert claim.content == "moving funds for the group"


def test_according_to_closing_two_coordinated_clauses_gives_two_claims(claims_of):
    text = (
        "Al-Qaeda continues to enjoy the protection of the Taliban, and the Islamic State "
        "remains the most serious threat in the region, according to a UN report."
    )
    claims = [c for c in claims_of(text) if c.cue == "according to"]
    assert len(claims) == 2


def test_citing_concerns_that_is_the_speakers_claim(claims_of):
    text = (
        "Border guards were placed on alert, a security source in Dushanbe said, citing "
        "concerns that unrest could spill over the frontier."
    )
    claim = _by_cue(claims_of(text), "citing")
    assert claim.content == "unrest could spill over the frontier"
    assert claim.speaker is not None and claim.speaker.text == "a security source"


# ------------------------------------------------------------------ speakers


def test_relative_pronoun_speaks_for_its_antecedent(claims_of):
    text = (
        "Taliban forces fired at Pakistani border posts, according to social media accounts, "
        "which claimed several Pakistani soldiers had been killed."
    )
    claim = _by_cue(claims_of(text), "claimed")
    assert claim.speaker is not None and "accounts" in claim.speaker.text


def test_pronoun_in_relative_clause_keeps_the_sentence_subject(claims_of):
    text = (
        "Iran's foreign ministry said the returns were orderly. The UN refugee agency, UNHCR, "
        "urged Tehran to halt forced returns of former soldiers, who it said could face "
        "persecution."
    )
    claim = [c for c in claims_of(text) if "persecution" in c.content][0]
    assert claim.speaker is not None and claim.speaker.id == "unhcr"
    assert claim.content == "could face persecution"


def test_he_after_an_unnamed_person_continues_that_person(claims_of):
    text = (
        "Taliban spokesman Zabihullah Mujahid said the attackers had been killed. A shopkeeper "
        "near the bank told reporters that he had counted at least 12 bodies. "
        '"The hospital was full and they are hiding the real number," he said.'
    )
    claim = [c for c in claims_of(text) if "hospital" in c.content][0]
    # Either the claim carries the unnamed person on, or the linker already resolved "he" to
    # a provisional actor for them: never to the spokesman named before.
    assert claim.speaker is not None and claim.speaker.id in (None, "prov:shopkeeper")
    assert "shopkeeper" in (claim.speaker.name or "") + claim.speaker.text


def test_document_speaker_is_its_issuer(claims_of):
    text = (
        "According to a statement released by Qatar, Afghan territory will not be used for "
        "attacks against Pakistan."
    )
    claim = _by_cue(claims_of(text), "according")
    assert claim.speaker is not None and claim.speaker.id == "QAT"


# ------------------------------------------------------------------ hedges


def test_anonymity_makes_a_claim_but_not_a_hedge(claims_of):
    text = (
        "Two Pakistani security officials, speaking on condition of anonymity, said the jets "
        "had targeted hideouts of the Tehreek-e-Taliban Pakistan."
    )
    claim = _by_cue(claims_of(text), "said")
    assert not claim.hedged
    text = 'He accused unnamed "foreign-funded networks" of trying to spread violence.'
    assert not _by_cue(claims_of(text), "accused").hedged


def test_doubt_cue_hedges(claims_of):
    text = "She said strikes could follow, though she doubted it would change their calculations."
    assert _by_cue(claims_of(text), "doubted").hedged


# ------------------------------------------------------------------ sourcing vs claim


def test_monitor_reporting_coercion_by_others_is_a_claim(claims_of):
    text = (
        "IOM said many of those returned had been arrested in raids in Tehran and held in "
        "detention centres for several days."
    )
    assert _by_cue(claims_of(text), "said").speaker.id == "iom"


def test_unnamed_non_official_telling_of_harm_claims_it(claims_of):
    text = "Human rights lawyer Moniza Kakar said police had detained Afghan students."
    assert _by_cue(claims_of(text), "said")
    # An unnamed official telling the same is routine sourcing.
    text = "A local official said police had detained Afghan students."
    assert not claims_of(text)


def test_casualty_details_and_ongoing_work_are_sourcing(claims_of):
    text = "Most of the dead were civil servants, he said, and two guards were among the wounded."
    assert not claims_of(text)
    text = "The military said a clearance operation was under way in the area."
    assert not claims_of(text)


def test_other_side_acting_only_in_a_condition_is_still_own_account(claims_of):
    text = "Pakistan has said the crossings will stay closed until Kabul acts against the TTP."
    assert not claims_of(text)


def test_not_only_and_litotes_do_not_deny(claims_of):
    text = '"Daesh is not only Afghanistan\'s problem," Araghchi said.'
    assert _by_cue(claims_of(text), "said").stance == "assert"
    text = '"Our patience is not unlimited," the spokesman said.'
    assert _by_cue(claims_of(text), "said").stance == "assert"


def test_ability_modal_in_a_dependent_clause_is_no_hedge(claims_of):
    text = (
        "The World Food Programme warned that funding cuts meant it could support only one in "
        "five returnees."
    )
    assert not _by_cue(claims_of(text), "warned").hedged
    text = "The inspector general has said that aid may have been taxed by Taliban authorities."
    assert _by_cue(claims_of(text), "said").hedged


def test_named_spokesperson_unknown_to_the_kb_is_the_person(claims_of):
    text = (
        "China's Foreign Ministry spokesperson Mao Ning said Beijing strongly condemns the attack."
    )
    claim = _by_cue(claims_of(text), "said")
    assert claim.speaker is not None
    # Session 7: once the knowledge base has the person (`mao-ning`, a spokesperson entry),
    # the claim is hers by id (fresh4 gold: `esmaeil-baghaei`); never the ministry's.
    assert claim.speaker.id in (None, "mao-ning") or claim.speaker.id.startswith("prov:")
    assert "Mao Ning" in claim.speaker.text


def test_descriptive_suspected_outside_the_content_is_no_hedge(claims_of):
    text = (
        "The UN mission documented detentions of civilians suspected of links to the NRF, and "
        "Ahmad Massoud said the Taliban's control of the north was an illusion."
    )
    claim = [c for c in claims_of(text) if "illusion" in c.content][0]
    assert not claim.hedged


def test_calling_reports_speculation_or_claims_fabricated_denies(claims_of):
    text = (
        "The ministry rejected media reports that Astana would recognise the Taliban, "
        'describing them as "speculation".'
    )
    assert _by_cue(claims_of(text), "describing").stance == "deny"
    text = (
        '"These are fabricated claims meant to divert attention," spokesman Randhir Jaiswal said.'
    )
    assert _by_cue(claims_of(text), "said").stance == "deny"


def test_rejecting_any_object_and_relative_characterisation(claims_of):
    assert _by_cue(claims_of("The Taliban rejected the move."), "rejected").stance == ("deny")
    text = (
        "Aircraft struck several locations late on Thursday, Taliban officials said, killing 19 "
        "people whom they described as civilians."
    )
    claim = _by_cue(claims_of(text), "described")
    assert claim.content.endswith("as civilians")
