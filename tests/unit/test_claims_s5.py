"""Claim detection, session 5: reported cues, closing sources over several clauses, document
speakers, announcements of one's own acts, findings and hedges.

One to three sentences in, rule-made ClaimRecords out (no keep/drop filter, no database).
"""

from __future__ import annotations

import pytest
from tests.unit._events_util import claims_with_cue
from tests.unit._events_util import speaker_id as _speaker


def _cues(claims):
    return [c.cue for c in claims]


# ------------------------------------------------------------------ cues inside reported words


@pytest.mark.parametrize(
    "text,inner",
    [
        pytest.param(
            "Mujahid added that Islamabad was blaming Kabul for its own failures.",
            "blaming",
            id="accusation_inside_a_reported_clause",
        ),
        pytest.param(
            "Analysts said the size of the raid suggested the militants had rearmed.",
            "suggested",
            id="evidence_verb_inside_a_reported_clause",
        ),
        pytest.param(
            "The Foreign Office said the new evidence confirmed what Pakistan had argued for "
            "months.",
            "confirmed",
            id="confirmation_inside_a_reported_clause",
        ),
    ],
)
def test_cue_inside_a_reported_clause_is_part_of_that_claim(claims_of, text, inner):
    claims = claims_of(text)
    assert not [c for c in claims if c.cue.startswith(inner)], _cues(claims)
    assert len(claims) == 1


def test_relative_clause_cue_inside_a_content_keeps_its_own_claim(claims_of):
    text = (
        "Pakistan's Foreign Office demanded that Kabul dismantle TTP camps, which it says are "
        "located in Kunar and Khost."
    )
    claims = claims_of(text)
    assert {"demanded", "says"} <= {c.cue.split()[-1] for c in claims}, _cues(claims)


def test_second_cue_of_the_reporter_stays_a_claim(claims_of):
    text = (
        "Khawaja Asif said the bombers were trained abroad and warned that Pakistan would "
        "respond to any attack."
    )
    (warned,) = claims_with_cue(claims_of(text), "warned")
    assert _speaker(warned) == "khawaja-asif"


# ------------------------------------------------------------------ closing sources


@pytest.mark.parametrize(
    "text,cue,n",
    [
        pytest.param(
            "According to the UN report, the TTP still runs camps in Paktika, and its leaders "
            "move freely between Kabul and Kandahar.",
            "according",
            2,
            id="according_to_two_independent_clauses",
        ),
        pytest.param(
            "The Islamic State has recruited fighters in Tajikistan, and its online propaganda "
            "in Russian has doubled, researchers at a Bishkek institute said in a study.",
            "said",
            2,
            id="closing_source_over_two_independent_clauses",
        ),
        pytest.param(
            "According to the UN report, the TTP runs camps in Paktika and trains recruits there.",
            "according",
            1,
            id="one_subject_with_two_verbs_stays_one_claim",
        ),
        pytest.param(
            '"The border is open and the trucks are moving," a customs official said.',
            "said",
            1,
            id="direct_quotation_stays_whole",
        ),
    ],
)
def test_closing_source_gives_one_claim_per_independent_clause(claims_of, text, cue, n):
    assert len(claims_with_cue(claims_of(text), cue)) == n


def test_source_closing_a_sentence_vouches_for_all_of_it(claims_of):
    text = (
        "The UN report said the TTP was growing. The group staged more than 400 raids last "
        "year, most of them launched from Kunar and Nuristan, the monitors write."
    )
    (write,) = claims_with_cue(claims_of(text), "write")
    assert write.content.startswith("The group staged")


# ------------------------------------------------------------------ document speakers


@pytest.mark.parametrize(
    "second",
    [
        pytest.param(
            "According to the document, al-Qaeda keeps a small cadre in Ghazni.",
            id="the_document",
        ),
        pytest.param(
            "The monitors assess that the network could rebuild its external operations.",
            id="the_monitors",
        ),
    ],
)
def test_document_and_its_authors_point_back_to_the_document_speaker(claims_of, second):
    first = "A UN Security Council report said al-Qaeda still runs camps in Afghanistan. "
    claims = claims_of(first + second)
    assert len(claims) == 2, _cues(claims)
    assert _speaker(claims[0]) is not None
    assert _speaker(claims[1]) == _speaker(claims[0])


def test_record_and_find_are_cues_of_findings(claims_of):
    text = (
        "The report records that Taliban forces raided Islamic State cells in Balkh. "
        "The inquiry found that the checkpoint had been left unguarded."
    )
    claims = claims_of(text)
    assert {c.cue for c in claims} == {"records", "found"}, _cues(claims)


def test_found_with_an_object_claims_nothing(claims_of):
    assert not claims_of("Police found the bodies of three men near the river.")


# ------------------------------------------------------------------ announcements of own acts


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Uzbekistan's foreign ministry said it would open a consulate in Mazar-i-Sharif.",
            id="it_would",
        ),
        pytest.param(
            "Mujahid said the Islamic Emirate would provide security for the pipeline workers.",
            id="own_body_would",
        ),
        pytest.param(
            "Kazakhstan, Tokayev said, was ready to send grain and fuel to Afghanistan.",
            id="ready_to_offer",
        ),
        pytest.param(
            "Work on the new terminal is due to begin in March, the Kazakh government said.",
            id="due_to_begin",
        ),
    ],
)
def test_announcing_ones_own_act_is_not_a_claim(claims_of, text):
    claims = claims_of(text)
    assert not claims, _cues(claims)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Pakistan's defence minister said Pakistan would respond to any attack from Afghan "
            "soil.",
            id="threat_of_force",
        ),
        pytest.param(
            "Uzbekistan's foreign ministry said it would not allow militants to use its territory.",
            id="negated",
        ),
        pytest.param(
            "Uzbekistan's foreign ministry said it would consider joining the railway project.",
            id="stance_verb",
        ),
        pytest.param(
            "Zabihullah Mujahid said Pakistan would soon close the Torkham crossing again.",
            id="another_sides_act",
        ),
        pytest.param(
            '"We will open the crossing next week," Uzbekistan\'s foreign ministry said.',
            id="direct_quotation",
        ),
    ],
)
def test_threats_refusals_stances_and_quotes_stay_claims(claims_of, text):
    assert claims_of(text)


# ------------------------------------------------------------------ routine sourcing


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The night train was halted near Sibi and gunmen boarded the carriages, railway "
            "officials said.",
            id="halted_and_boarded",
        ),
        pytest.param(
            "About 3,000 troops began a joint exercise near the Afghan border on Monday, the "
            "Tajik defence ministry said.",
            id="began_an_exercise",
        ),
        pytest.param(
            "Electricity was cut across the district on Sunday, the provincial government said.",
            id="cut",
        ),
    ],
)
def test_event_reports_with_a_closing_source_are_sourcing(claims_of, text):
    claims = claims_of(text)
    assert not claims, _cues(claims)


def test_aspect_verb_is_judged_by_what_was_begun(claims_of):
    text = (
        "A security official denied the army's involvement and said militants had begun "
        "using drones fitted with explosives."
    )
    assert claims_with_cue(claims_of(text), "said")


def test_account_the_other_side_left_unanswered_stays_a_claim(claims_of):
    text = (
        "Villagers said electricity had been cut for a week, a charge the provincial "
        "government did not address."
    )
    assert claims_with_cue(claims_of(text), "said")


def test_commentators_account_of_events_is_a_claim(claims_of):
    text = "The Islamic State has attacked Chinese workers before, analysts said."
    assert claims_with_cue(claims_of(text), "said")


# ------------------------------------------------------------------ hedges


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Sabina Qureshi, an analyst in Lahore, said the sanctions were unlikely to change "
            "the group's conduct.",
            id="unlikely",
        ),
        pytest.param(
            "A Western diplomat said the talks would maybe resume after the elections.",
            id="maybe",
        ),
        pytest.param(
            "A local official said the convoy had seemingly been targeted by mistake.",
            id="seemingly",
        ),
    ],
)
def test_words_of_doubt_hedge_the_claim(claims_of, text):
    (claim,) = claims_with_cue(claims_of(text), "said")
    assert claim.hedged


# ------------------------------------------------------------------ quotations


def test_quotation_of_two_sentences_split_by_the_parser_gives_two_claims(claims_of):
    text = (
        "Ishaq Dar met reporters in Islamabad. "
        '"Kabul gave us its word in Doha. It has broken it," Ishaq Dar said.'
    )
    claims = claims_with_cue(claims_of(text), "said")
    assert [c.content for c in claims] == ["Kabul gave us its word in Doha", "It has broken it"]
    assert {_speaker(c) for c in claims} == {"ishaq-dar"}


# ------------------------------------------------------------------ figures


@pytest.mark.parametrize(
    "text,cue",
    [
        pytest.param("The TTP put the number of soldiers killed at 23.", "put", id="put_number"),
        pytest.param("The provincial police placed the death toll at 40.", "placed", id="placed"),
        pytest.param(
            "Aid agencies estimated the number of displaced families at 6,000.",
            "estimated",
            id="estimated_at",
        ),
    ],
)
def test_figure_put_at_a_number_is_a_claim(claims_of, text, cue):
    (claim,) = claims_with_cue(claims_of(text), cue)
    assert claim.content.endswith(("23", "40", "6,000"))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The minister put the blame on Kabul.", id="put_blame_on"),
        pytest.param("The clashes put the talks at risk.", id="put_at_risk"),
    ],
)
def test_put_without_a_figure_claims_nothing(claims_of, text):
    assert not claims_of(text)


def test_relative_pronoun_acting_in_a_report_is_its_antecedent(claims_of):
    text = "Protests followed the Pakistani raids, which Afghan officials said killed 12 people."
    (said,) = claims_with_cue(claims_of(text), "said")
    assert _speaker(said) == "taliban"
    assert said.content == "killed 12 people"


def test_finding_verb_under_a_closing_source_is_that_sources_report(claims_of):
    text = "Border posts were placed on high alert overnight, a security source said."
    assert claims_with_cue(claims_of(text), "said")


@pytest.mark.parametrize(
    "text,cue,speaker",
    [
        pytest.param(
            "Kabul's position is that the TTP is Pakistan's internal problem.",
            "position",
            "taliban",
            id="position_is_that",
        ),
        pytest.param(
            "Islamabad's view is that the strikes deter further attacks.",
            "view",
            "PAK",
            id="view_is_that",
        ),
    ],
)
def test_stated_view_equated_with_a_that_clause_is_a_claim(claims_of, text, cue, speaker):
    (claim,) = claims_with_cue(claims_of(text), cue)
    assert _speaker(claim) == speaker
    assert claim.content.startswith("the ")


def test_view_without_a_clause_claims_nothing(claims_of):
    assert not claims_of("Kabul's position on the border has hardened since March.")
