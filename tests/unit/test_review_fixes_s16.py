"""Bugs a review of the session-16 rules found: each rule fired beyond the construction its
comment names. Fresh sentences, not taken from the gold."""

from tests.unit._events_util import events  # noqa: I001


def _of_type(text: str, kind: str, published: str = "2025-03-12") -> list:
    return [e for e in events(text, published) if e.type == kind]


def test_news_perfect_of_force_is_not_a_record():
    # `_narrated_record` is for records over time ("China has poured $25 billion …"); a
    # present-perfect report of today's killing is the news
    evs = _of_type(
        "Security forces have killed eight militants in an operation in Bajaur.", "ASSAULT"
    )
    assert evs and all(e.factuality != "generic" for e in evs)


def test_passive_relative_clause_is_not_a_record():
    # `_described_record` is for a party's record ("which has attacked government targets"), not
    # one act done to the noun
    evs = _of_type(
        "Tribesmen blocked the road to demand the release of an elder who has been arrested by police.",
        "COERCE",
    )
    assert all(e.factuality != "generic" for e in evs)


def test_claimed_earlier_attack_is_not_pinned_on_this_one():
    # "a week after a bombing claimed by X killed 12": X claimed another attack, not the shooting
    evs = _of_type(
        "Gunmen shot dead two policemen in Peshawar on Monday, a week after a bombing claimed by "
        "the Tehreek-e-Taliban Pakistan killed 12 people in Bannu.",
        "ASSAULT",
    )
    assert not any(e.actor and e.actor.id == "ttp" and "Peshawar" in (e.place or "") for e in evs)


def test_attack_that_ended_a_lull_is_kept():
    # transitive "ended" says what the attack did; only an intransitive "the firing stopped"
    # ends a fight told before
    evs = _of_type(
        "A bombing in Bannu on Monday ended a two-month lull in the district.", "ASSAULT"
    )
    assert evs


def test_pipeline_version_carries_cue_files_and_propositions():
    # an edit to claims.yaml, factuality.yaml or the proposition catalogue/model changes stored
    # analyses, so each must show in the version `reprocess` and `doctor` compare
    from watchfloor.pipeline import Pipeline

    versions = Pipeline().versions()
    assert "+cues" in versions["claims"] and "+fact" in versions["claims"]
    assert versions["propositions"].split("+")[0]  # the catalogue's version
    assert "+model" in versions["propositions"]
