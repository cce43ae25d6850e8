"""Claim detection, session 8: sourced reports that a later "could not be verified" or a
rival toll makes claims, hedges named by their owner or by "offered no evidence", negated
modals, "neither … nor", figure and data cues ("gave a toll of", "police figures show"), a
second cue joined inside an of-phrase, titled names the tagger mistypes, a speaker stranded in
apposition, a pronoun inside a relative clause, announcements by sources the knowledge base
lacks, and bystanders' testimony of a killing.

One to four sentences in, rule-made ClaimRecords out (no keep/drop filter, no database).
"""

from __future__ import annotations

from tests.unit._events_util import assert_no_claim_with as _no_claim_with
from tests.unit._events_util import claim_with_content as _by_content
from tests.unit._events_util import claims_with_cue
from tests.unit._events_util import speaker_id as _speaker

# ------------------------------------------------------------------ hedges


def test_sourced_figure_joins_the_unverified_figures(claims_of):
    claims = claims_of(
        'The Frontier Corps said troops had killed nine "terrorists" in a raid near Wana. '
        "Three soldiers were wounded, it said.\n\n"
        "Tribal elders said the dead were woodcutters from a nearby village. Neither the "
        "elders' account nor the military's figures could be independently verified."
    )
    wounded = _by_content(claims, "Three soldiers were wounded")
    assert wounded.hedged
    assert _speaker(wounded) == "PAK-FC"


def test_single_sourced_account_becomes_a_hedged_claim(claims_of):
    claims = claims_of(
        "Three officials familiar with the talks said the Qatari delegation had withdrawn its "
        "offer. The account could not be independently verified, and the Qatari embassy "
        "neither confirmed nor denied it."
    )
    said = _by_content(claims, "the Qatari delegation had withdrawn its offer")
    assert said.hedged
    # "neither confirmed nor denied" takes no position.
    assert not [c for c in claims if c.cue.startswith(("denied", "confirmed"))]


def test_owned_account_hedges_only_its_owner(claims_of):
    claims = claims_of(
        "Students said guards had beaten two of the marchers outside the university gate. "
        "The rector said nobody had been hurt. The students' account could not be verified."
    )
    assert _by_content(claims, "guards had beaten").hedged
    assert not _by_content(claims, "nobody had been hurt").hedged


def test_no_evidence_sentence_hedges_the_last_speaker(claims_of):
    claims = claims_of(
        "Home Minister Ziaullah Langove went further, accusing Tehran of arming the raiders "
        "and saying their commander had fled to Zahedan. He offered no evidence for either "
        "charge."
    )
    accused = claims_with_cue(claims, "accusing")[0]
    saying = claims_with_cue(claims, "saying")[0]
    assert accused.content == "Tehran of arming the raiders"
    assert "their commander had fled to Zahedan" in saying.content
    assert accused.hedged and saying.hedged


def test_negated_modal_is_no_hedge(claims_of):
    claims = claims_of(
        "The governor said the province could not keep paying for the camps on its own."
    )
    assert not _by_content(claims, "could not keep paying").hedged


def test_deny_cue_read_from_its_inflected_word():
    from watchfloor.extract.claims import ClaimLexicon

    lexicon = ClaimLexicon.load()
    assert lexicon.is_deny_cue("denied")
    assert lexicon.is_deny_cue("denies")
    assert not lexicon.is_deny_cue("said")


# ------------------------------------------------------------------ cues


def test_rival_toll_in_one_sentence_is_a_claim(claims_of):
    claims = claims_of(
        "Gunmen attacked a convoy on the coastal highway on Friday. The district administration "
        "said six drivers had been killed, while the rebels put the number of dead at 19."
    )
    said = _by_content(claims, "six drivers had been killed")
    assert said.stance == "assert"
    assert claims_with_cue(claims, "put")


def test_toll_given_with_its_count(claims_of):
    claims = claims_of(
        "A car bomb exploded outside a market in Parachinar on Monday. Local officials gave a "
        "higher toll of 31 dead and 60 wounded."
    )
    (gave,) = claims_with_cue(claims, "gave")
    assert "31 dead" in gave.content


def test_giving_without_a_figure_is_no_claim(claims_of):
    claims = claims_of(
        "The minister said the road would stay shut until the traders gave assurances that "
        "the tolls would be paid."
    )
    assert not [c for c in claims if c.cue.startswith("gave")]


def test_owned_data_speak_for_their_owner(claims_of):
    claims = claims_of(
        "Attacks on polio teams in Khyber Pakhtunkhwa have risen every year. Provincial police "
        "figures show that 40 vaccinators were killed in the province last year."
    )
    (show,) = claims_with_cue(claims, "show")
    assert _speaker(show) == "PAK-POLICE"


def test_evidence_that_shows_is_no_claim(claims_of):
    claims = claims_of("The raid on the depot showed that the earlier denials had been wrong.")
    assert not [c for c in claims if c.cue.startswith("show")]


def test_praise_with_what_it_calls_the_other(claims_of):
    claims = claims_of(
        'Foreign Minister Amir Khan Muttaqi praised Tashkent as "a neighbour that keeps its word".'
    )
    (praised,) = claims_with_cue(claims, "praised")
    assert praised.content.startswith("Tashkent as")


def test_announced_order_sourced_by_officials_is_no_claim(claims_of):
    claims = claims_of(
        "The provincial governor visited the flooded district on Sunday. He also ordered "
        "tents and water pumps for the camps near the river, officials said."
    )
    _no_claim_with(claims, "ordered tents")


def test_unknown_source_announcing_its_own_act(claims_of):
    claims = claims_of(
        "Several charities said they would ask the governor for a meeting next month."
    )
    _no_claim_with(claims, "ask the governor")


# ------------------------------------------------------------------ speakers


def test_titled_name_speaks_and_is_he_later(claims_of):
    claims = claims_of(
        "France's deputy ambassador, Nathalie Broadhurst, told the council that the "
        'sanctions regime had become "a tool of pressure". "Nobody in this room believes '
        'it works," she said.'
    )
    told = claims_with_cue(claims, "told")[0]
    assert _speaker(told) not in ("FRA", None)
    assert told.speaker.text == "Nathalie Broadhurst"


def test_speaker_hung_on_a_fronted_phrase(claims_of):
    claims = claims_of(
        "In a statement from Geneva, its director, Halima Sadaat, said the camps were "
        '"running out of water" and accused the authorities of blocking convoys.'
    )
    said = claims_with_cue(claims, "said")[0]
    accused = claims_with_cue(claims, "accused")[0]
    assert said.speaker is not None and said.speaker.text == "Halima Sadaat"
    assert accused.speaker is not None and accused.speaker.text == "Halima Sadaat"


def test_pronoun_in_a_relative_clause_is_the_nearer_relative_subject(claims_of):
    claims = claims_of(
        "The army's media wing said troops killed 12 militants of what it called \"Fitna "
        'al-Khawarij", a term Islamabad uses for TTP fighters it says are sheltered in '
        "Afghanistan."
    )
    (says,) = claims_with_cue(claims, "says")
    assert _speaker(says) == "PAK"


def test_bystander_testimony_of_a_killing_is_a_claim(claims_of):
    claims = claims_of(
        "QUETTA, Pakistan — Gunmen stopped two coaches on the highway on Monday, officials "
        "said. Four of the passengers were shot dead beside the road, a wounded conductor "
        "told reporters."
    )
    (told,) = claims_with_cue(claims, "told")
    assert "shot dead" in told.content


def test_participle_closing_a_noun_is_no_reported_clause(claims_of):
    claims = claims_of(
        "The governor toured the burnt bazaar on Friday and announced grants of 50,000 rupees "
        "for the widow of each shopkeeper killed."
    )
    assert not [c for c in claims if c.cue.startswith("announced")]


def test_done_nothing_is_a_charge_not_a_denial(claims_of):
    claims = claims_of(
        "Germany's envoy, Markus Potzel, told the meeting that the ministers had \"done nothing "
        'to deserve relief".'
    )
    (told,) = claims_with_cue(claims, "told")
    assert told.stance == "assert"


def test_it_after_a_relative_aside_is_the_sentence_speaker(claims_of):
    claims = claims_of(
        "The army's media wing said soldiers killed 14 militants of what it called \"Fitna "
        'al-Khawarij", a term Islamabad uses for TTP fighters it says are sheltered in '
        'Afghanistan. It described the dead as "hired killers".'
    )
    (described,) = claims_with_cue(claims, "described")
    assert _speaker(described) == "PAK-ISPR"
    (says,) = claims_with_cue(claims, "says")
    assert _speaker(says) == "PAK"


def test_judged_act_is_a_grievance_not_sourcing(claims_of):
    claims = claims_of(
        "Mullah Abdul Ghani Baradar said Afghan lorries had been unfairly stopped at the "
        "Torkham crossing for weeks."
    )
    assert _by_content(claims, "unfairly stopped")
